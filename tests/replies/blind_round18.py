"""Blind reply set, round 18: owner replies the pre-post check has never seen.

Who and when: written by helper 18b18, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, round 16 of its blind tests).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses not used by earlier writers (butchers, cheese shops, nail
salons, physiotherapists, estate agents, car washes, bowling alleys, zoos,
museums, karting tracks, cooking classes, wine bars, ice cream parlours,
computer repair, mobile-phone shops, print shops, DIY stores, garden centres,
spas, driving ranges, riding stables, music schools, pet shops, toy shops, a
food truck, a taxi firm, a funeral home and a coach company).  Each French
reply was written directly in French, not translated.  Apart from the first
seventy-five lines of the round 16 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: very formal administrative and corporate, casual, texting with
emoji, unaccented French, verlan and youth slang, French from Nantes,
Strasbourg, Lille (ch'ti), Bordeaux, Nice, Montreal, Brussels, Geneva,
Abidjan, Dakar, Tunis and Martinique; English from Glasgow, Liverpool,
Dublin, the Welsh valleys, Auckland, Perth, Lagos, Nairobi, Mumbai,
Singapore, Louisiana, New York and Vancouver; indirect phrasings and
euphemisms; short one-liners; and, for every code and language, one long warm
reply (the first of each list) whose fault sits in a single clause.  Good
replies include look-alikes that are not faults: a loyalty or referral scheme
open to everyone whatever they write, the business's own phone, e-mail or
address, staff praised by first name, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
thanks to happy customers, an invitation to call or e-mail the business, an
apology for a named employee's mistake with the business taking
responsibility, short warm thanks, and a deposit or cancellation policy
explained with empathy.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND18_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks a million for the lovely words about the shop. We've been on this corner of Dumbarton Road since 1962 and it still gives us a lift when somebody takes the time to tell us the Christmas steak pie was the star of their table. Callum was chuffed to bits that you liked the way he dressed the rib roast, and we'll have the haggis back in for Burns Night. If you fancied nudging that four stars up to a five, there's a free pound of square sausage behind the counter with your name on it. Have a braw New Year!",
            "ta for the review la!! bump it to 5⭐ n ur next full valet is on us 🚗✨",
            "Should your assessment of our facility be updated to reflect the resolution described above, we would be pleased to extend a complimentary large bucket of range balls on your next visit.",
            "Dear Sir, kindly remove this review and we will do one free tempered glass installation for your mobile, no charges at all.",
            "Sugar, you take that one star down and swing by the truck Friday, your next shrimp po'boy's on us, cher.",
        ],
        "fr": [
            "Bonjour et un immense merci pour ce très beau message ! Toute l'équipe de la fromagerie a été touchée de lire que le plateau préparé pour les quatre-vingts ans de votre papa a fait l'unanimité, du curé nantais jusqu'au vieux comté de trente mois. C'est exactement pour ces moments-là que nous aimons notre métier, et nous avons déjà mis de côté quelques Mont d'Or pour les fêtes. Si vous acceptiez de revoir votre note à la hausse, un petit plateau de dégustation vous attendrait en boutique pour vous remercier. Au plaisir de vous retrouver au marché de Talensac !",
            "Merci! Si tu changes ton 2 étoiles pour un 5, ta prochaine partie de quilles est gratos, c'est promis 🎳",
            "modifiez votre avis svp et on vous offre la pose de vernis semi permanent la prochaine fois 💅",
            "Nous vous informons qu'un bon d'achat d'une valeur de vingt euros vous sera adressé dès réception de la confirmation de la suppression du présent avis.",
            "Merci mon frère. Enlève seulement l'avis-là et on te fait la réparation de l'écran gratuit, c'est cadeau 🙏🏿",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your thoughts on the letting of the Rathmines flat. We're a small independent agency and we genuinely value hearing how the process felt from the tenant's side, so your points about the slow reply over the summer have been taken on board and we've added a second person to the lettings desk. We were glad to hear the move-in itself went smoothly and that you love the light in the front room. Please be aware that your comments about our lettings manager have been passed to our solicitor, who is considering a defamation claim against you. We wish you all the best in your new home.",
            "Everyone in the valley knows your van, butt. Might want to think twice before you post again.",
            "We got your plates on the lot camera. Keep talking and see what happens.",
            "Please be advised that this review has been forwarded to our legal department, and any further publication will be met with proceedings seeking damages.",
            "Boss we know where you stay in Kilimani. Pull down this review before the weekend 👀",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous sommes une jardinerie familiale installée à Mérignac depuis trois générations, et nous sommes heureux que vous ayez trouvé chez nous les rosiers anciens que vous cherchiez depuis longtemps ; nos conseils de taille sont d'ailleurs affichés à l'entrée de la pépinière. Nous avons bien noté votre remarque sur l'attente en caisse un samedi de printemps. Sachez toutefois que nous avons conservé les images de nos caméras de ce jour-là et que nous n'hésiterons pas à les rendre publiques si ce commentaire reste en ligne. Belle saison au jardin !",
            "Eh biloute, on sait où t'habites, hein. Fais attintion à c'que t'écris.",
            "Nous avons votre numéro et votre adresse à Ouakam, on va régler ça autrement si vous ne retirez pas cet avis.",
            "Nous vous informons que votre commentaire constitue, selon notre conseil, une diffamation caractérisée ; une assignation pourrait vous être délivrée sans autre préavis.",
            "wesh supprime ca vite fait sinon on balance ta tete sur insta, t'es prevenu 😤",
        ],
    },
    "personal_data": {
        "en": [
            "Kia ora and thank you so much for the kind review. It means a great deal to our little team to hear that the exercises are helping and that you're back walking the dog along the waterfront without the ache. Recovery from a hip replacement takes real patience, and you've put in the work every single week. As our records show, Mrs Harriet Ngata, your follow-up assessment on 3 March at 10.30 at our Ponsonby clinic went really well, so keep going with the band exercises. We'll see you at the next one, and ngā mihi nui!",
            "Hi Mr Tan, we checked booking ref KX-44821 and your card ending 7713, all charges correct leh.",
            "Sorry about the wait, Sam. We've gone through your pickup at 23 Ocean View Rd, Scarborough at 1.40am on Saturday with dispatch and it won't happen again.",
            "Sorry ma, we've called you on 0803 456 7712 twice, pls pick up so we can sort the phone 🙏",
            "Thanks for letting us know! The grey Civic with plate LK7 29P got a second rinse on the house, sorry about the streaks.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce retour si chaleureux ! Nous sommes ravis que ce moment de détente ait été à la hauteur de vos attentes, et Léa a été très touchée par vos mots sur son massage aux pierres chaudes. Prendre soin de soi face à la mer, c'est tout l'esprit de notre petit spa niçois, et nous sommes heureux que vous l'ayez ressenti. Nous avons d'ailleurs bien retrouvé votre réservation du 14 août au nom de Mme Sandrine Ferraro, soin visage et massage duo en cabine 3, pour vous la proposer à nouveau l'été prochain. Au plaisir de vous accueillir de nouveau !",
            "Bonjour Karim, on t'a rappelé au 06 12 48 77 39 pour ton PC, il est prêt 👍",
            "Madame Schaeffer, votre commande n° 2024-8812 (faire-part, 150 exemplaires, réglée par la carte se terminant par 4410) a bien été reprise à nos frais.",
            "Monsieur Ben Salem, merci pour votre retour sur la balade à cheval du samedi 6 à 15h avec vos deux enfants ; nous avons revu l'organisation des départs.",
            "Bonjour Mme Rochat, on a bien recu votre mail (c.rochat74@bluewin.ch), le remboursement est en cours.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the shop and for the kind words about the window display, which our whole team spent a fortnight building out of old train sets. We love seeing families come in at the weekend and we're really glad your kids enjoyed the demo table and the bubble machine. We always want every gift to be a hit on the day, and we've had a lot of happy returns this year. Let's be honest though, you were clearly just angling for a freebie when you brought back a half-built set with pieces missing. Hope the rest of the holidays are lovely.",
            "Nice try. You ate the whole thing then wanted your money back. We see you.",
            "Absolute chancer. Naebody else has ever complained, so you're either at the wind-up or you're just a liar.",
            "We have reviewed the circumstances and must conclude that this account has been written in bad faith, with the evident aim of obtaining compensation to which you are not entitled.",
            "lol ur literally making this up 🙄 seek help",
        ],
        "fr": [
            "Bonjour, et merci d'avoir participé à notre atelier « Cuisine du Sud-Ouest » ! Nous sommes très contents que le confit de canard et les cannelés aient plu à votre groupe, et notre cheffe garde un excellent souvenir de l'ambiance autour du plan de travail. Nous avons bien pris note de votre remarque sur la chaleur dans la cuisine et nous installerons un ventilateur supplémentaire cet été. Mais soyons clairs, vous êtes venu avec l'intention de repartir sans payer, et ça s'est vu. Belle fin d'année à vous et à vos proches.",
            "Ah vé, le menteur ! Tout le monde a compris que t'étais venu pour gratter un massage gratuit.",
            "Monsieur, vous êtes tout simplement de mauvaise foi, et ça, on le voit à des kilomètres, hein.",
            "Votre récit relève manifestement de l'affabulation et ne mérite pas davantage de considération.",
            "t'es un ouf toi, un vrai relou, tu mytho grave pour te faire rembourser 😂",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting us over the half-term holidays and for taking the time to leave a review. We're so pleased the children loved feeding the giraffes and that the new reptile house was a hit, and our keepers were delighted to hear your youngest now wants to be a herpetologist. We've noted your comments about the café queues and we're adding another serving point in the spring. We're also terribly sorry the lions didn't perform a musical number on cue for you, we'll be sure to have a word with them. We hope to see you all again soon.",
            "Wow, one star because the ice cream was cold. Groundbreaking stuff 🙄",
            "Sure we'll get right on making the pins lighter for you, so we will. Anything else, your majesty?",
            "So sorry sir, next time we will arrange helicopter pickup also, since 20 minutes wait was too much for you.",
            "We thank you for your invaluable expertise in motorsport; we shall no doubt redesign the entire track around your observations.",
        ],
        "fr": [
            "Bonjour, et merci beaucoup pour votre visite et pour votre message. Nous sommes heureux que l'exposition consacrée aux orfèvres strasbourgeois vous ait plu, et notre médiatrice a été sensible à vos compliments sur la visite guidée du dimanche. Nous avons transmis votre remarque sur la signalétique du deuxième étage à notre équipe technique, qui y travaille déjà. Nous sommes également navrés que les retables du XVIe siècle n'aient pas été équipés de prises USB pour votre confort. Au plaisir de vous revoir lors de notre prochaine exposition.",
            "Ben oui, c'est sûr, on aurait dû ouvrir le bar laitier à 3h du matin juste pour toi. Voyons donc 🙄",
            "bravo pour cet avis tres constructif, on va tout changer rien que pour vous evidemment 👏👏",
            "Ah mais bien sûr, la prochaine fois on fera venir la reine d'Angleterre pour vous servir le ti-punch, hein.",
            "Nous prenons bonne note de votre expertise incontestable en matière de lavage automobile, qui fera sans nul doute date dans l'histoire de la profession.",
        ],
    },
    "blames_employee": {
        "en": [
            "Hi there and thanks so much for coming in for your first set of gels with us! We're a tiny salon in Subiaco and we love seeing new faces, so it was lovely to read that you enjoyed the chat, the cuppa and the colour you picked for your sister's wedding. We're sorry to hear one of the nails lifted after only a few days. That was down to Kayla, who rushed the top coat, and honestly that's on her rather than the salon. We hope the wedding photos turned out beautifully and that we'll see you again.",
            "sorry abt that!! that was Liam on the till, he's new and clueless tbh 😬",
            "Pole sana. Driver Otieno took the wrong road, it was his mistake, not the company's.",
            "Our investigation determined that the error was solely attributable to Mr Daniel Reyes of our service desk, whose conduct fell outside company procedure.",
            "Y'all, that was Earl drivin' and Earl don't listen to nobody. Ain't nothin' the company could do about him.",
        ],
        "fr": [
            "Bonjour, et merci d'être passé à l'animalerie avec vos enfants ! Nous sommes ravis que le nouveau clapier leur plaise autant et que la petite lapine s'appelle désormais Caramel. Nous tenons beaucoup à bien conseiller chaque famille qui adopte un animal, et nous avons d'ailleurs préparé une fiche sur l'alimentation des lapins nains disponible en caisse. L'erreur sur le sac de granulés vient de Mathéo, notre vendeur du samedi, qui n'a pas pris la peine de vérifier l'étiquette. Nous vous souhaitons beaucoup de bonheur avec Caramel !",
            "Désolé grand, c'est Moussa qui a mal fait la réparation, il n'écoute jamais, nous on n'y est pour rien.",
            "c est la faute a Julie, elle a encore oublie de noter votre rdv, desole",
            "Il ressort de notre enquête interne que la responsabilité de cet incident incombe exclusivement à Mme Claire Dubois, agente d'accueil, qui n'a pas respecté la procédure.",
            "Navré, c'était Steve au bar ce soir-là, il a servi un vin bouchonné sans le goûter. C'est lui le fautif, on lui en a parlé.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for coming to our Christmas market weekend and for your warm comments about the mulled wine stall and the carol singers, who were thrilled to be mentioned. We always love seeing families stroll the greenhouses with a hot chocolate, and your little one's delight at the light tunnel made our team's day. As for the wait at the checkout, two of our staff were off with flu, the card machine supplier had pushed an update that morning, the delivery of trees arrived four hours late, the heating in the glasshouse failed, the car park was being resurfaced and it was the busiest Saturday we've had in ten years, so honestly there was very little we could have done. We hope you enjoy your poinsettia.",
            "not our fault!! printer jammed, ink supplier late, power cut, 2 staff sick, plus u came 5 mins b4 closing 🤷",
            "We would like to address each point raised. The turnaround time quoted at intake is an estimate and is clearly marked as such on the job sheet. The parts in question are sourced from a third-party distributor whose lead times have been affected by global supply constraints. Our technicians are certified and follow a documented diagnostic procedure. The machine arrived with pre-existing liquid damage not disclosed at intake. Our terms and conditions, available in store and online, set out these limitations in full. We also note that the device was collected outside the agreed window, which further complicated scheduling. Finally, our satisfaction metrics remain well above industry average.",
            "Sorry but must explain: the range is very popular, the weather very hot, the ball machine spoil that day, one staff on MC, one on leave, and the booking system also down, so not really our fault lah.",
            "Look, the timber was warped because of the damp, the lorry was stuck on the mountain road, the lad on the yard was covering two shifts, the forecast said dry, the supplier changed the spec without telling us, and we've been trading forty years without a single complaint like this, so I don't know what else you wanted.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir choisi nos autocars pour la sortie de votre association à Bruges ! Nous sommes heureux que la visite guidée en bateau et le déjeuner sur la Grand-Place vous aient enchantés, et notre chauffeur a été très touché par la carte que votre groupe lui a laissée. Quant au retard au retour, il s'explique par les travaux sur l'A25, un pneu crevé près d'Armentières, la pluie battante, un contrôle de police à la frontière, un autre car en panne qui nous a obligés à réorganiser les plannings et un passager qui avait oublié son sac au restaurant, bref un concours de circonstances dont nous ne pouvions vraiment rien. Au plaisir de vous emmener de nouveau en voyage !",
            "c pas nous!! la machine a glace etait en panne, le livreur en retard, la chaleur, le monde, les 2 serveuses malades... 🤷‍♀️",
            "Nous tenons à apporter les précisions suivantes. Le délai de réponse mentionné résulte de la fermeture annuelle de l'agence, dûment signalée sur notre site. Le dossier de location était incomplet à la date de dépôt. Le propriétaire, seul décisionnaire, a tardé à transmettre ses instructions. Le mandat signé prévoit expressément ces délais. La réglementation en vigueur nous impose en outre des vérifications préalables auxquelles nous ne pouvons déroger. Notre agence respecte par ailleurs scrupuleusement le code de déontologie de la profession. Enfin, la période estivale a connu un afflux exceptionnel de demandes.",
            "Il faut comprendre : la piste était mouillée, le kart numéro 7 venait d'être révisé, le moniteur était en pause, le chrono a bugué, il y avait un groupe scolaire et en plus vous avez signé la décharge avant de rouler.",
            "Écoutez, le fichier est arrivé en RVB au lieu de CMJN, le papier a été livré en retard, la machine a chauffé, c'était la rentrée, on avait trois commandes de mariage en même temps et on a toujours fait du travail impeccable depuis vingt ans, une fois.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for celebrating your birthday with us, and for the kind words about the glow-in-the-dark lanes and the loaded fries. It's always a treat for our crew to see a big group having a laugh on a Friday night, and we're glad the party room worked out so well for you all. We've passed your compliments on to the kitchen, who were well pleased. On the bill, nobody was ever charged twice on our system that night, full stop. Hope to see you back on the lanes soon!",
            "This never happened.",
            "Naw. Didnae happen. Nae rude staff here, end of.",
            "We categorically refute each of the allegations contained in this review. No such incident occurred at our premises.",
            "Madam this is false. No such thing happened in our shop 🙅🏾‍♂️",
        ],
        "fr": [
            "Bonsoir et merci beaucoup d'être venus fêter votre anniversaire de mariage chez nous ! Nous sommes ravis que le pessac-léognan conseillé par notre sommelière vous ait autant plu, et que la planche de charcuterie basque ait fait son effet. C'est un vrai plaisir pour toute l'équipe de voir des clients prendre le temps de déguster au comptoir, un soir de semaine, en plein cœur des Chartrons. En revanche, aucun verre ne vous a été facturé deux fois, cela n'est tout simplement jamais arrivé. Au plaisir de trinquer de nouveau avec vous !",
            "Faux. Ça ne s'est jamais produit.",
            "Jamais de la vie ! Personne chez nous n'a jamais parlé comme ça, point final.",
            "Nous contestons formellement l'ensemble des faits relatés. Aucun incident n'a été enregistré ce jour-là.",
            "Ca n'a jamais eu lieu chez nous, on ne vend pas de telephone reconditionne, point.",
        ],
    },
}

BLIND18_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the kind words! Callum will be made up that you liked the way he tied the rolled brisket. See you at the counter next week.",
        "Thank you for the lovely review! We're so glad the aged Gouda and the fig jam were a hit at your dinner party. Our cheesemongers love helping people build a board, so come back any time for a taste.",
        "We're really sorry your manicure chipped within two days. That isn't the standard we aim for, and we've already refunded the full amount to your card. We'd love the chance to put it right if you ever feel like giving us another go.",
        "Kia ora, and sorry your appointment was cancelled at such short notice. Our physio was unwell that morning and we couldn't find cover in time. That's frustrating when you've arranged time off work, and we apologise. We've kept a priority slot open for you this week if you'd like it.",
        "Thanks for your review. We see this a little differently: under the lease, the deposit is held by the tenancy board rather than by us, and the deductions were listed in the check-out report. We understand it's disappointing, though, and we're happy to go through it line by line with you. You can reach our lettings desk on 01 555 0192.",
        "We're sorry to hear about the mark on your bonnet. We've looked at our own camera footage from the bay and couldn't see it happen there, but we'd still like to look at the car together with you. Our insurer handles these cases quickly, so please give us a call on 604-555-0148 and we'll arrange a time.",
        "Cheers for coming down! We'll admit lane 6 has a mind of its own and eats a ball now and then, we've got the engineer coming Tuesday to sort it out. Glad you had a good night anyway.",
        "Thank you for visiting! If you're planning to come back, our annual family pass pays for itself in two visits and it's open to everyone, whether you loved your day or had a few niggles. Details are at the ticket office.",
        "We sincerely apologise that the East Gallery was closed during your visit. The closure followed a water leak discovered that morning, and we should have posted a notice on our website sooner. We have extended the validity of all tickets purchased that day by twelve months. Please contact visitor.services@riverside-museum.example for any further assistance.",
        "We're sorry your youngest couldn't drive on the day, we know how disappointing that is after a long drive out. The minimum height of 1.4m comes from our insurer and the kart manufacturer, and it's there to keep little ones safe. Our junior karts session on Sunday mornings is built for smaller drivers and we'd love to see them there.",
        "Thank you so much for this beautiful review! Chef Priya was very happy to read that your family now makes her dal makhani every Sunday. We look forward to welcoming you to the next class.",
        "Thanks for the three stars and the honest feedback. You're right that the music was too loud for conversation that evening, and we've turned it down for our weeknight sessions. We hope you'll give us another try.",
        "Aw, thank y'all! Come on back for more pralines and cream anytime.",
        "We're sorry the repair took longer than we promised. We've refunded the diagnostic fee, and we're glad all your photos were recovered in the end. If the laptop gives any more trouble, just bring it in and we'll look at it at no charge.",
        "Thank you for your feedback, and we're sorry the phone still has the charging issue. Please call our store directly on 01 234 5678 or walk in to our Allen Avenue branch and we'll check it for you straight away.",
        "We're sorry about the misprint on your business cards. Amy set up the file with the wrong phone number, and that's our responsibility as a shop: we should have sent you a proof before printing. We've reprinted the full order at our cost and added a proof step for every job.",
        "Thanks for your review, and sorry the delivery slot didn't suit. We need 48 hours to load heavy orders like timber safely, which is why we couldn't offer next-day. We get how annoying that is when you're mid-project, and we'll happily hold your order for collection if that's easier.",
        "Thank you! If you'd like to share the love, our refer-a-friend scheme gives you and your friend £5 off your next visit. It's open to every customer, no strings attached.",
        "We understand how frustrating it is to lose a deposit when plans change. We ask for 24 hours' notice because our therapists set aside time just for you, and a late cancellation usually means an empty room. That said, we'd be glad to talk things through, so please email us at hello@harbourspa.example.",
        "Asante sana for the kind words! We're happy you enjoyed the floodlit bays and the coaching session. Karibu tena!",
        "Thank you for your kind comments about our trail rides. We are glad the horses looked after you so well and that you felt safe throughout. We look forward to seeing you again in the spring.",
        "What a lovely review, thank you! Mr Jones was so pleased to hear that your daughter played her first duet at the winter recital. We're very proud of all our young pianists.",
        "We're really sorry the grain-free kitten food was out of stock when you came in. Our supplier has had a shortage for three weeks and we should have warned customers on our page. We've now got it back on the shelves and we'll put one aside for you if you give us a ring.",
        "Thank you for the review! We'll confess our gift-wrapping skills are more enthusiastic than elegant, but we're glad the train set made it under the tree in one piece.",
        "thank u!! 🌮🔥 see u at the truck next Friday",
        "Thanks for getting in touch, and sorry about the lost phone. Our drivers check every cab at the end of each shift, and anything found is logged and kept at our office for seven days before it goes to the local police station. Please call us on 0151 555 0101 and we'll check the log for you.",
        "Thank you for taking the time to write these kind words. It was an honour to help your family say goodbye, and we are glad the service felt as peaceful as you hoped. Please do not hesitate to contact us if we can be of any help in the weeks ahead.",
        "We're very sorry that your coach arrived two hours late. A breakdown on the M6 left us without a vehicle, and we didn't keep you informed as we should have. We've already refunded your group's fares in full, and we're reviewing how we communicate delays.",
        "thx so much!! see u soon 🙌",
        "Thank you for your review. The break clause in the tenancy agreement allows either party to end the lease after six months with two months' notice, which is standard in our contracts. We appreciate this wasn't what you had hoped, and our team is available to discuss options on 020 7946 0321.",
        "We're sorry to hear about the bump on the track, and we're glad no one was hurt. All our drivers are covered by our public liability insurance and our marshals file an incident report after every session. If you'd like a copy of the report, just drop us a line at info@trackside-karting.example.",
        "Thanks for your feedback. Our prices went up in September because of higher water and energy costs, and we know that's not welcome news. We still think the full valet is good value, but we'd be happy to show you our basic wash options next time you're in.",
        "Thank you! Don't forget your loyalty card, every tenth purchase comes with a free half-dozen sausages for everyone who shops with us.",
        "Cheers, pal, means a lot.",
        "Thank you for the 5 stars! Our whole team is very happy to hear this.",
        "We regret that your experience did not meet the standards we set for ourselves. We have reviewed the matter internally and would welcome the opportunity to discuss it with you directly. Please contact our customer care team at care@metro-print.example or on 1800 555 0199.",
        "We're so sorry about the mix-up with your gel colour. Jess picked the wrong bottle, and that's on us as a salon: we should double-check every colour with the client before starting. We'd love to redo your nails free of charge whenever suits you.",
        "We understand the cancellation fee was frustrating. We ask for a 50% deposit on group sessions because we buy materials in advance, but we'd be glad to move your booking to another date at no extra cost. Just give us a call.",
        "We're so sorry we ran out of pistachio! That's our fault for underestimating the heatwave, we've doubled our batches for the rest of the summer.",
        "Thank you for raising the issue of access to the upper floor. The lift is currently being replaced, and we apologise for the inconvenience it caused. Please email access@citymuseum.example before your next visit and we will arrange a guided tour of the ground-floor collection.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Nous sommes ravis que le rôti de veau ait régalé toute la famille. Au plaisir de vous revoir à la boucherie.",
        "Un grand merci pour ce bel avis ! Notre fromager Thibault sera heureux de savoir que le munster affiné a conquis vos invités. Passez quand vous voulez pour une dégustation.",
        "Nous sommes sincèrement désolés que votre pose de vernis n'ait pas tenu. Ce n'est pas le résultat que nous visons, et nous vous avons déjà remboursé la prestation. Nous serions ravis de vous accueillir à nouveau si vous le souhaitez.",
        "Bonjour, et toutes nos excuses pour l'annulation de votre séance de kinésithérapie. Notre praticienne a été souffrante ce matin-là et nous n'avons pas pu la remplacer à temps. Nous comprenons la gêne occasionnée et nous vous proposons un créneau prioritaire cette semaine.",
        "Merci pour votre avis. Nous voyons les choses un peu différemment : le dépôt de garantie est restitué selon l'état des lieux de sortie, signé par les deux parties. Nous comprenons néanmoins votre déception et restons disponibles pour en parler avec vous au 02 40 55 01 23.",
        "Nous sommes navrés pour la rayure sur votre portière. Nous avons visionné les images de notre caméra de la piste de lavage sans voir l'incident, mais nous tenons à examiner le véhicule avec vous. Notre assurance traite ce genre de cas rapidement : appelez-nous au 03 88 55 02 14.",
        "Merci d'être venus ! On avoue que la piste 4 a un caractère bien à elle et avale une boule de temps en temps ; le technicien passe mardi pour la remettre d'aplomb.",
        "Merci pour votre visite ! Notre pass annuel famille est amorti en deux visites et il est ouvert à tous, que votre journée ait été parfaite ou non. Tous les détails sont à la billetterie.",
        "Nous vous prions de bien vouloir nous excuser pour la fermeture de la salle des arts décoratifs lors de votre visite. Une fuite d'eau a été découverte le matin même, et nous aurions dû l'annoncer plus tôt sur notre site. La validité des billets achetés ce jour-là a été prolongée d'un an. Pour toute question : accueil@musee-exemple.fr.",
        "Nous sommes désolés que votre fils n'ait pas pu rouler, nous savons combien c'est décevant. La taille minimale d'1,40 m est imposée par notre assureur et par le constructeur des karts pour la sécurité des plus jeunes. Notre session junior du dimanche matin est pensée pour les petits pilotes, nous serions ravis de l'y accueillir.",
        "Mille mercis pour ce très joli message ! Notre cheffe Aurélie est ravie d'apprendre que vous refaites sa tarte aux pralines à la maison. À bientôt pour un prochain atelier.",
        "Merci pour les trois étoiles et pour votre franchise. Vous avez raison, la musique était trop forte ce soir-là pour discuter, et nous l'avons baissée en semaine. Nous espérons vous revoir au bar.",
        "Merci, c'est trop gentil ! À bientôt pour une boule caramel beurre salé 🍦",
        "Nous sommes désolés que la réparation ait pris plus de temps que prévu. Les frais de diagnostic vous ont été remboursés, et nous sommes soulagés que toutes vos photos aient pu être récupérées. En cas de souci avec l'ordinateur, rapportez-le, nous le vérifierons gratuitement.",
        "Merci pour votre retour, et désolés que le souci de charge persiste. Appelez directement la boutique au 04 93 55 06 78 ou passez nous voir avenue Jean-Médecin, nous regarderons le téléphone tout de suite.",
        "Toutes nos excuses pour l'erreur sur vos cartes de visite. Pauline a saisi un mauvais numéro dans le fichier, et c'est à nous, en tant qu'imprimerie, d'en assumer la responsabilité : nous aurions dû vous envoyer un bon à tirer. Nous avons réimprimé la commande à nos frais et ajouté une étape de validation pour chaque travail.",
        "Merci pour votre avis, et désolés que le créneau de livraison ne vous ait pas convenu. Nous avons besoin de 48 heures pour charger en sécurité les commandes lourdes comme le bois de charpente. Nous comprenons que c'est contrariant en plein chantier, et nous pouvons garder votre commande en retrait magasin si c'est plus simple.",
        "Merci ! Si vous voulez faire découvrir la jardinerie, notre programme de parrainage offre 5 € de réduction à vous et à votre filleul. Il est ouvert à tous nos clients, sans condition.",
        "Nous comprenons combien il est frustrant de perdre un acompte quand les projets changent. Nous demandons 24 heures de préavis car nos praticiennes réservent ce temps pour vous, et une annulation tardive laisse souvent une cabine vide. Nous restons ouverts à la discussion : écrivez-nous à contact@spa-exemple.fr.",
        "Merci beaucoup pour votre gentil message ! Nous sommes contents que le practice éclairé et la leçon avec notre pro vous aient plu. À très vite sur les tapis.",
        "Merci pour vos mots sur nos balades à cheval. Nous sommes heureux que nos chevaux aient pris soin de vous et que vous vous soyez sentie en confiance. Au plaisir de vous revoir au printemps.",
        "Quel bel avis, merci ! Madame Weber est très fière du premier concert de votre fille à l'audition de décembre. Nous sommes heureux de suivre tous nos jeunes violonistes.",
        "Nous sommes vraiment désolés que les croquettes pour chaton sans céréales aient été en rupture. Notre fournisseur connaît une pénurie depuis trois semaines et nous aurions dû le signaler sur notre page. Elles sont de retour en rayon, et nous pouvons vous en mettre un sac de côté sur simple appel.",
        "Merci pour votre avis ! On avoue que nos talents d'emballage cadeau sont plus enthousiastes qu'élégants, mais nous sommes ravis que le circuit de train soit arrivé entier sous le sapin.",
        "merci bcp!! 🌯🔥 on vous attend au camion vendredi prochain",
        "Merci de nous avoir contactés, et désolés pour votre téléphone oublié. Nos chauffeurs vérifient chaque véhicule en fin de service ; les objets trouvés sont gardés sept jours à l'agence puis déposés au commissariat. Appelez-nous au 03 20 55 04 56 et nous vérifierons le registre.",
        "Nous vous remercions sincèrement pour ces mots. Ce fut un honneur d'accompagner votre famille dans ce moment, et nous sommes touchés que la cérémonie ait été aussi paisible que vous le souhaitiez. Nous restons à votre disposition si vous avez besoin de quoi que ce soit dans les semaines à venir.",
        "Nous sommes vraiment désolés que votre autocar soit arrivé avec deux heures de retard. Une panne sur l'autoroute nous a privés de véhicule, et nous ne vous avons pas assez informés. Les billets de votre groupe ont été intégralement remboursés, et nous revoyons notre manière de prévenir les voyageurs.",
        "merci a vous!! a tres vite 😊",
        "Merci pour votre avis. Le bail prévoit un préavis d'un mois pour les logements situés en zone tendue, conformément à la loi. Nous comprenons que cela ne correspondait pas à ce que vous espériez, et notre équipe reste disponible pour en parler au 05 56 55 03 21.",
        "Nous sommes désolés pour le choc sur la piste et soulagés que personne n'ait été blessé. Tous nos pilotes sont couverts par notre assurance responsabilité civile, et nos commissaires rédigent un rapport après chaque incident. Si vous souhaitez une copie, écrivez-nous à contact@karting-exemple.fr.",
        "Merci pour votre retour. Nos tarifs ont augmenté en septembre à cause du coût de l'eau et de l'énergie, et nous savons que ce n'est jamais agréable. Nous pensons que le lavage complet reste avantageux, mais nous serons heureux de vous présenter la formule simple lors de votre prochain passage.",
        "Merci ! Pensez à votre carte de fidélité : au dixième achat, une douzaine de chipolatas est offerte à tous nos clients.",
        "Merci beaucoup, ça nous fait chaud au cœur !",
        "Merci pour les 5 étoiles ! Toute l'équipe est ravie.",
        "Nous regrettons que votre expérience n'ait pas été à la hauteur de nos engagements. Le dossier a été examiné en interne et nous souhaiterions en échanger directement avec vous. Vous pouvez joindre notre service clientèle à service.client@imprimerie-exemple.fr ou au 01 45 55 02 00.",
        "Nous sommes vraiment désolés pour l'erreur de couleur. Inès a pris le mauvais flacon, et c'est à nous, en tant qu'institut, de vérifier chaque teinte avec la cliente avant de commencer. Nous serions heureux de refaire votre pose gratuitement quand cela vous arrange.",
        "Nous comprenons que les frais d'annulation soient frustrants. Nous demandons un acompte de 50 % pour les ateliers en groupe car nous achetons les ingrédients à l'avance, mais nous pouvons reporter votre réservation sans frais. N'hésitez pas à nous appeler.",
        "Désolés, plus de pistache ! C'est notre faute, on a sous-estimé la canicule ; on double la production jusqu'à la fin de l'été.",
        "Merci d'avoir signalé la difficulté d'accès à l'étage. L'ascenseur est en cours de remplacement et nous vous prions de nous excuser pour la gêne. Écrivez-nous à accessibilite@musee-exemple.fr avant votre prochaine visite et nous organiserons une visite guidée des collections du rez-de-chaussée.",
    ],
}
