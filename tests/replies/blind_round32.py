"""Blind reply set, round 32: owner replies the pre-post check has never seen.

Who and when: written by helper 18b32, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 30").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
the kinds of business given for this round (hardware stores, garden centres,
plant nurseries, pool builders, fencing and decking firms, window cleaners,
pest control, chimney sweeps, carpet shops, furniture makers, second-hand
shops, charity shops, pawnbrokers, jewellers, bridal shops, perfumeries,
beauty salons, waxing studios, massage parlours, saunas, gyms for seniors,
martial-arts clubs, dance schools, horse-riding stables, farms selling
direct, zoos, pick-your-own orchards and craft breweries' taprooms).  Each
French reply was written directly in French, not translated.  The writer read
only the writer brief, the first seventy-five lines of the round 20 file
(tests/replies/blind_round20.py, to copy its format) and the [tool.ruff]
section of pyproject.toml (line length); it did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, mixed: an owner who writes in long paragraphs, a manager answering
on a phone with typos, a franchise's head office, Alsatian/Lorraine French,
Parisian casual French, Canadian English, South African English, New Zealand
English and plain everyday English and French.  For every code and language
the first reply is long and warm with its fault in a single sentence in the
middle; several other bad replies are subtle, their fault hidden in polite
wording.  Good replies include look-alikes that are not faults: a loyalty
scheme or seasonal discount open to everyone whatever they write, the
business's own phone, e-mail or address, staff praised by first name, an
employee's mistake owned by the business, condolences, a safety rule
explained kindly, polite factual corrections that keep the door open, one
honest reason given with an apology, the police, CCTV or insurance mentioned
neutrally, and humour at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND32_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming out to the orchard on what turned out to be the hottest Saturday of the summer. We know the raspberry rows were a bit picked over by the afternoon, and we're glad the kids still found enough for a pie and had a go on the hay-bale maze. Our family has been growing fruit on this bit of land for three generations, so hearing that you'll make it a yearly outing means the world. If you'd be kind enough to bump your rating up to five stars, your next punnets are on the house. Hope to see you back for the apple weekend in September!",
            "hey thx for review, if u edit to 5 stars show it at the till next time and ur wax is 20% off 👍",
            "As a small gesture, we'd be happy to include a complimentary sample set with your next order once your review reflects the experience you had with us overall.",
            "Howzit! Sorry the taproom was packed on Friday. Delete this one and the first round's on us next time, lekker?",
            "Head Office thanks you for your feedback. Customers who update their rating following a resolution are eligible for a 15% voucher on their next furniture purchase from any of our showrooms.",
        ],
        "fr": [
            "Bonjour et merci infiniment d'avoir pris le temps de nous écrire après votre passage à la jardinerie. Nous sommes ravis que les conseils de notre équipe pour vos rosiers anciens vous aient été utiles, et que le petit olivier ait bien supporté le voyage jusqu'à Colmar. Nous mettons beaucoup de soin à choisir nos producteurs, et savoir que cela se voit nous touche vraiment. Si vous voulez bien passer votre note à cinq étoiles, un sac de terreau vous attendra gratuitement en caisse à votre prochaine visite. Au plaisir de vous revoir au printemps !",
            "merci bcp !! si tu changes ta note on t offre le prochain cours de salsa, dis le juste a l accueil 💃",
            "Nous serions heureux de vous accorder une remise sur votre prochain nettoyage de vitres dès que votre avis aura été actualisé.",
            "Ah la vache, désolé pour l'attente au bar 🍻 vire ton avis et la prochaine pinte est pour nous, promis.",
            "La direction du réseau vous remercie. Tout client modifiant son évaluation à la suite d'un échange avec notre service bénéficie d'un bon d'achat de 20 € valable dans l'ensemble de nos magasins de moquette.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write about your visit to our saunas last weekend. We completely understand that the steam room was cooler than you hoped, and we've already had the technician in to look at the generator. Our small team works hard to keep the place calm and welcoming for everyone, which is why we take reviews so personally. Please be aware that we have forwarded your comments to our solicitor and will be pursuing you for defamation if this post stays up. We hope you'll still come and relax with us again one day.",
            "we have ur rego from the car park cameras mate, so think twice b4 posting stuff like this",
            "We'd gently remind you that statements like these can carry legal consequences, and we'd hate for things to go further than they need to.",
            "We know exactly who you are and where you live, eh, so maybe have a think before you tell the whole town about our pest control.",
            "Head Office has been notified and our legal department will be in touch with you directly regarding the contents of this review.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour sur notre écurie et sur la balade à cheval de dimanche. Nous sommes désolés que la jument vous ait paru nerveuse, le vent s'était levé et les chevaux le sentent vite. Nous accueillons des cavaliers de tous niveaux depuis quinze ans et la sécurité reste notre priorité absolue. Sachez toutefois que notre avocat a été saisi et que nous porterons plainte pour diffamation si ce commentaire n'est pas retiré sous huit jours. Nous espérons malgré tout vous revoir au club.",
            "t'inquiète on sait très bien qui t'es, le quartier est petit 😉",
            "Nous vous invitons amicalement à mesurer la portée de vos propos, certaines affirmations pouvant avoir des suites que vous ne souhaitez sans doute pas.",
            "Mir han dini Adress, gell, on passera peut-être discuter de tout ça de vive voix devant chez vous.",
            "Le siège a transmis votre avis à son service juridique, qui ne manquera pas d'engager les poursuites appropriées.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for letting us know how you felt about your massage. We're always sorry when a session doesn't hit the spot, and we've passed your comments about the room temperature on to the team. Many of our clients come to us for stress and sore shoulders, and we try to tailor every treatment to the person on the table. As you mentioned your sciatica and the medication you're on when you booked for 3 pm on Tuesday 14th, we chose a gentler pressure on purpose. We'd love a chance to make it up to you.",
            "sorry abt that, we did ring u on 021 448 3920 twice but no answer??",
            "We did try to deliver the wardrobe to 14 Kowhai Street as agreed, but nobody was home between 9 and 11 that morning.",
            "Your pawn ticket shows you brought the ring in on the 2nd and didn't come back until well after the loan period ended, eh.",
            "For transparency, our records show the customer's account (Mrs J. Pretorius, membership no. 55821) was frozen for non-payment in August.",
        ],
        "fr": [
            "Bonjour, merci beaucoup d'avoir partagé votre expérience dans notre institut. Nous sommes sincèrement navrés que l'épilation vous ait paru douloureuse, et nous avons revu avec l'équipe la température de la cire. Chaque peau est différente et nous prenons toujours le temps d'adapter le soin. Comme vous nous l'aviez indiqué lors de votre rendez-vous du jeudi 8 à 18 h, votre grossesse et votre traitement pour l'eczéma rendaient la peau plus sensible. N'hésitez pas à revenir, nous serons aux petits soins.",
            "on t a appelé au 06 12 48 77 03 hier soir mais t as pas décroché frère",
            "Votre robe a bien été retouchée pour le mariage du 12 juin, comme convenu avec votre mère lors de l'essayage du samedi matin.",
            "Le ramoneur s'est bien présenté au 7 rue des Tilleuls à Sarreguemines à l'heure prévue, mais personne n'a ouvert.",
            "Pour information, l'adhérent concerné (M. Weber, 74 ans, suivi pour une prothèse de hanche) avait été orienté vers le cours adapté.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for popping in to the shop and for taking the time to leave a review. We're a small charity store run almost entirely by volunteers, and every sale goes straight to the hospice down the road. We understand that the coat you wanted had already been sold, and we're sorry for the disappointment. Frankly though, anyone who shouts at a seventy-year-old volunteer over a five-dollar coat is a bully and should be ashamed of themselves. We hope you find what you're looking for elsewhere.",
            "lol ur clearly lying, u never even came in that day",
            "We can only assume this review was written by a competitor, as no genuine customer would describe our decking this way.",
            "Some people will say anything for a refund, hey. We see your type every week.",
            "It is regrettable that a small number of customers choose to post dishonest accounts in the hope of a discount, as appears to be the case here.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris un moment pour nous écrire après votre visite au zoo. Nous savons que la chaleur était forte ce jour-là et que beaucoup d'animaux restaient à l'ombre, ce qui peut décevoir quand on vient de loin. Nos soigneurs font un travail formidable pour le bien-être des animaux avant tout. Mais franchement, il faut être sacrément de mauvaise foi pour reprocher à un lion de dormir l'après-midi. Nous vous souhaitons une bonne fin de saison.",
            "t'es un gros mytho, t'as jamais mis les pieds au dojo",
            "Nous avons du mal à croire qu'un client réel puisse écrire cela ; ce commentaire ressemble surtout à une manœuvre de la concurrence.",
            "Vous êtes le genre de client qui cherche toujours la petite bête pour ne pas payer, on vous connaît.",
            "Il est dommage que certaines personnes, visiblement malhonnêtes, utilisent ces plateformes pour nuire aux artisans du coin.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting our nursery and for sharing your thoughts. We grow nearly everything on site, and spring is our busiest time, so the car park does get full on weekends. Our team is always happy to help people choose plants that suit their garden and soil. Oh, and we're truly sorry our living plants had the nerve to need watering after you took them home — we'll ask them to be more low-maintenance next time. Have a lovely week.",
            "wow, 2 stars bc the gym for seniors had too many seniors in it. groundbreaking 🙄",
            "What a shame the perfume smelled like perfume. We'll have a word with the roses.",
            "Shot for the review, boet. Next time we'll make sure the zoo animals do a little dance on cue just for you.",
            "We're thrilled to learn that a carpet fitter should also be able to move your entire house. Noted for future reference.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis sur notre ferme. Nous vendons en direct depuis vingt ans et nous sommes fiers de nos œufs, de nos fromages et de nos légumes de saison. Le samedi, il y a souvent du monde et l'attente peut être longue, nous en sommes conscients. Pardon d'avoir osé ne pas avoir de fraises en novembre, c'est vrai que la nature manque cruellement d'organisation. Bonne continuation à vous.",
            "ah oui, quel scandale, une brasserie qui sert de la bière. on est choqués 🙃",
            "Nous prenons bonne note que le fer à repasser d'occasion aurait dû être neuf. Quelle idée géniale.",
            "Bravo pour cette analyse d'expert en bijouterie, on va tous prendre des cours chez vous.",
            "Ah ben dis donc, un ramoneur qui salit un peu le tapis, on n'avait jamais vu ça de toute notre vie.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for choosing us to build your pool and for being so patient through a wet winter. We know the tiling finish around the steps wasn't what you expected, and we're arranging for it to be redone next week at no cost. We've been building pools in the region for nearly twenty years and we hold ourselves to a high standard. The problem came down to Darren, who ignored the drawings and rushed the job, and he has been given a formal warning. We look forward to handing over a pool you'll love.",
            "sry about that, it was Kayla on the till, shes new and honestly useless, been told off",
            "Please be assured that the team member responsible, Sipho, has been removed from our window-cleaning rounds following your complaint.",
            "Yeah that was Mitch on the door, he's been docked a day's pay for it, so hopefully that squares things up.",
            "Head Office can confirm that the store manager at our Halifax location, Ms. Tremblay, failed to follow company policy and has been subject to disciplinary action.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et pour votre fidélité à notre quincaillerie depuis toutes ces années. Nous sommes vraiment désolés que la clé n'ait pas fonctionné et que vous ayez dû revenir deux fois. Nous tenons à ce que chaque client reparte avec la bonne pièce du premier coup. C'est Kevin, au comptoir, qui a mal reproduit la clé parce qu'il ne fait pas attention, et il a été recadré. Nous vous en referons une gratuitement quand vous voudrez.",
            "dsl c'est Léa qui a raté ton épilation, elle est nulle, on l'a virée",
            "Nous vous informons que Mme Schaeffer, responsable de l'accueil, a fait l'objet d'une sanction suite à votre réclamation.",
            "C'était Yannick au bar ce soir-là, il avait un coup dans le nez, on lui a retiré son week-end.",
            "Le siège vous confirme que le gérant du magasin de Metz, M. Roth, n'a pas respecté les procédures et sera sanctionné.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for taking the time to tell us about your experience with our dance school. We're sorry the recital ran so long and that the little ones were tired by the end. We love seeing families come together to celebrate how hard the kids have worked all year. The hall had double-booked us, the sound guy was sick, two teachers had the flu, the printer broke so the programmes were late, it was raining so everyone arrived at once, and the parking was shut for roadworks, so honestly there was nothing we could have done. We hope to see you at the winter showcase.",
            "sorry but it wasnt our fault, supplier was late, van broke down, staff sick, power went off, and its school holidays so yeah",
            "We'd like to explain that the delay was due to the weather, a backlog at the timber yard, a council permit that took longer than expected, the public holiday, a staff member's wedding and a flat tyre on the ute, none of which were within our control.",
            "Eh, the jewellery repair took long because the part comes from overseas, customs held it, the courier lost it, our jeweller was on leave, then the Christmas rush hit, and you also changed your mind on the clasp.",
            "Head Office wishes to clarify that the delay resulted from a supply-chain disruption, a regional staffing shortage, an IT migration, updated safety regulations, abnormal seasonal demand and a third-party logistics failure.",
        ],
        "fr": [
            "Bonjour, merci beaucoup d'avoir pris le temps de nous écrire après la livraison de votre buffet. Nous sommes navrés que le meuble soit arrivé avec trois semaines de retard. Nous fabriquons chaque pièce à la main dans notre atelier près de Nancy et nous y mettons tout notre cœur. Le bois de chêne n'était pas assez sec, le vernisseur était en congé, notre camion est tombé en panne, il y a eu deux jours fériés, la neige a bloqué la route et vous aviez aussi changé la couleur des poignées, donc vraiment ce n'était pas de notre faute. Nous espérons que le buffet vous plaira longtemps.",
            "bah c pas nous, le fournisseur a du retard, y a la grève, le stagiaire était malade et la caisse a planté",
            "Nous tenons à préciser que l'attente s'explique par l'affluence exceptionnelle, un problème informatique, l'absence de deux collègues, une livraison tardive, les travaux dans la rue et la réglementation sanitaire.",
            "Alors ce jour-là le sauna chauffait mal parce que la résistance est vieille, le technicien pouvait pas venir avant lundi, y avait le marché de Noël, la moitié de l'équipe avait la grippe et en plus il gelait dehors, hein.",
            "Le siège souhaite rappeler que ce dysfonctionnement résulte de contraintes logistiques, d'une pénurie de main-d'œuvre, d'une évolution réglementaire, d'une migration informatique et d'aléas climatiques indépendants de notre volonté.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for coming along to our martial-arts open day and for giving the kids' class a try. We're sorry you left feeling unhappy, and we always want new families to feel welcome on the mat. Our instructors are all qualified and first-aid trained, and we run a tight ship on safety. What you describe simply did not happen — no instructor at our club has ever raised his voice at a child. We wish your family all the best.",
            "nope that never happened, we dont even sell that brand",
            "We have checked carefully and can confirm that no one was turned away at the door on that evening.",
            "That's just not true, eh. Our exterminator was there the full two hours, end of story.",
            "Head Office has reviewed the matter and confirms that the events described in this review did not take place at any of our salons.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour sur notre magasin de robes de mariée. Nous comprenons que le choix d'une robe est un moment chargé d'émotion, et nous faisons tout pour que chaque future mariée se sente unique. Notre équipe suit régulièrement des formations et nous travaillons avec des créateurs que nous aimons. Mais ce que vous racontez est faux : personne chez nous n'a jamais fait de remarque sur le poids d'une cliente. Nous vous souhaitons un très beau mariage.",
            "n'importe quoi, ça s'est jamais passé comme ça",
            "Après vérification, nous pouvons vous assurer qu'aucune araignée n'était présente dans la cabine ce jour-là.",
            "C'est pas vrai, ça, le parfum était bien d'origine, point barre.",
            "Le siège a examiné la situation et confirme qu'aucun des faits relatés ne s'est produit dans l'un de nos centres.",
        ],
    },
}

BLIND32_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind words about the kitchen table, it was a joy to build. Enjoy many long dinners around it!",
        "We're really sorry the fence panels arrived with a split rail. We've ordered a replacement and will fit it this Friday at no charge. Thanks for your patience.",
        "Sorry for the wait at the garden centre café on Sunday. We were one staff member short and it showed; we've added an extra person for weekends from now on.",
        "Thanks for the review! Just so everyone knows, our loyalty card gives every tenth bag of compost free, whether you leave us a review or not.",
        "Sorry you had a rough time. Could you give us a ring on 09 555 0142 or email hello@kiwifencing.example so we can put it right?",
        "Huge thanks for the shout-out to Priya — she's been doing brows with us for six years and we're lucky to have her.",
        "We got your delivery date wrong, and that's on us, not on Tom who drove out to you. We've refunded the delivery fee in full.",
        "We were so sorry to hear about the loss of your husband. It was an honour to make the memorial bench for him, and our thoughts are with your family.",
        "For everyone's safety, riders must wear a helmet at all times on the yard, even for a quick photo. Sorry if it felt fussy — we'd rather be fussy than sorry.",
        "Thanks for your feedback. Just to clarify kindly, the chimney sweep price includes the smoke test but not the cowl, which is quoted separately. Sorry that wasn't clearer, and we've updated our website.",
        "Our hot tub was colder than our jokes that day, and that's saying something. The heater has been replaced — come back and judge for yourself!",
        "We're sorry the rug faded so quickly. Please bring it back with your receipt and we'll exchange it or refund you, whichever you prefer.",
        "Thanks for visiting the taproom! Happy hour runs 4–6 pm every weekday for everyone, so we hope to see you at one soon.",
        "Cheers for the lovely review, eh! Our pick-your-own strawberries are back in December, weather permitting.",
        "We understand the wait for a pawn valuation was long. We now have two valuers on Saturdays to keep things moving. Thanks for letting us know.",
        "You're right that the sauna was overbooked that evening. We apologise, and we've capped sessions at twelve people from now on.",
        "Thanks for your review. We couldn't find a booking under that name, so could you email us at bookings@oakandash.example? We'd really like to look into it.",
        "Lovely to hear the seniors' balance class has helped with your confidence. Margaret will be chuffed — she designed that class herself.",
        "We're sorry the termite inspection report was late. It was our admin error, and we've put a new system in place so reports go out within 48 hours.",
        "Thank you for bringing your daughter to her first ballet class. Little ones often feel shy the first week — we hope she'll come back and give it another go.",
        "Howzit, and thanks for the honest feedback. The windows should have been done properly; our team will come back this week and redo them free of charge.",
        "We take your comments about the animal enclosures seriously. Our head keeper would be happy to show you around and explain our welfare standards — just call the front desk.",
        "Sorry the engagement ring resizing took longer than promised. That's not good enough and we've knocked the fee off as an apology.",
        "We hear you on the prices. Our wholesale costs went up this year, and we're sorry to pass some of that on. Our weekly specials are still there for everyone.",
        "Thanks for the review! Fair point that our car park is basically a paddock in the rain. We're getting it gravelled in the spring.",
        "We respect your opinion, though our records show the pool was handed over in March rather than May. Either way, we'd love to chat — please call us at the office.",
        "Thank you for taking the time to write. The chlorine smell you noticed is now being checked twice a day, and we've replaced the filter.",
        "We're so sorry your sweater had a moth hole. Everything in our charity shop is donated and we try to check each item, but this one slipped through. Pop back in and choose something on us.",
        "Thank you for your lovely five-star review — it really made our week.",
        "We'd never want anyone to feel rushed during a massage. Thanks for telling us; we've added ten minutes between bookings so nobody has to hurry.",
        "Sorry about the mix-up with your bridal fitting. Jess felt terrible, and it was our booking system that let her down. We've fixed it.",
        "Just so you know, our CCTV is there for security only, and we were able to use it to find the earring you lost. Glad it's back with you!",
        "We appreciate the feedback about the noise. Our drummer-night Thursdays aren't for everyone, so we've now added quieter acoustic Sundays too.",
        "Thank you for trusting us with your grandmother's chest of drawers. It was a privilege to restore it.",
        "We're sorry the perfume sample didn't match the full bottle. Please bring it in and we'll swap it or give you a refund, no questions asked.",
        "Thanks for the feedback, and congratulations on your black belt! The whole club is proud of you.",
        "Our apologies — the hardware store's online stock count was wrong, and you made a wasted trip. We're working with our supplier to get it updated hourly.",
        "Thank you for letting us know. Our insurance covers damage during installation, so please get in touch with our office on 021 555 7788 and we'll start a claim for you.",
        "We love hearing that the goats were the highlight of the day. They'll be insufferable about it now.",
        "Sorry the waxing hurt more than expected. Our therapist Chloe does a patch test on request, so just mention it when you book next time.",
    ],
    "fr": [
        "Merci beaucoup pour ce beau message, ça nous fait très plaisir ! À bientôt au magasin.",
        "Nous sommes sincèrement désolés pour les lames de terrasse abîmées. Nous les remplaçons gratuitement vendredi matin.",
        "Toutes nos excuses pour l'attente à la caisse samedi. Il manquait une personne, et nous avons depuis renforcé l'équipe le week-end.",
        "Merci pour votre avis ! Notre carte de fidélité offre le dixième sac de terreau à tous nos clients, qu'ils laissent un commentaire ou non.",
        "Nous sommes navrés. Pouvez-vous nous appeler au 03 88 00 00 00 ou écrire à contact@jardinerie-exemple.fr pour qu'on règle ça ensemble ?",
        "Merci pour ce gentil mot sur Sophie, elle fait les soins du visage chez nous depuis huit ans, on est ravis de l'avoir.",
        "L'erreur de livraison vient de nous, pas de Julien qui s'est déplacé. Nous vous avons remboursé les frais de transport.",
        "Toutes nos condoléances pour le décès de votre maman. Ce fut un honneur de restaurer sa commode pour vous.",
        "Pour la sécurité de tous, le casque est obligatoire dans la carrière, même pour une photo. Désolés si cela a paru strict, c'est pour protéger chacun.",
        "Merci pour votre retour. Juste pour préciser gentiment : le ramonage comprend le certificat, mais pas le chapeau de cheminée, qui fait l'objet d'un devis à part. Désolés que ce n'ait pas été clair.",
        "Notre sauna était plus tiède que nos blagues ce jour-là, c'est dire ! La résistance est changée, revenez donc nous juger.",
        "Désolés que le tapis ait déteint. Rapportez-le avec votre ticket et nous l'échangerons ou vous rembourserons, comme vous préférez.",
        "Merci d'être passés à la brasserie ! L'happy hour, c'est de 17 h à 19 h en semaine pour tout le monde.",
        "Merci pour votre visite au verger ! La cueillette des pommes reprend fin août, si la météo le veut bien.",
        "Nous comprenons que l'attente pour l'estimation était longue. Il y a désormais deux estimateurs le samedi.",
        "Vous avez raison, le cours de danse était trop chargé. Nous limitons désormais les groupes à quinze élèves. Merci de nous l'avoir signalé.",
        "Merci pour votre commentaire. Nous ne retrouvons pas votre réservation, pourriez-vous écrire à reservation@institut-exemple.fr ? Nous tenons à comprendre ce qui s'est passé.",
        "Ravis que la gym douce vous fasse du bien ! Monique sera touchée, c'est elle qui a conçu ce cours.",
        "Désolés pour le retard du rapport d'intervention contre les guêpes. C'était une erreur de notre secrétariat, et nous avons mis en place un nouveau suivi.",
        "Merci d'avoir inscrit votre fils au judo. Les premiers cours sont souvent intimidants, on espère le revoir bientôt sur le tatami.",
        "Merci pour votre franchise. Les vitres auraient dû être impeccables ; notre équipe repasse cette semaine sans frais.",
        "Nous prenons vos remarques sur les enclos très au sérieux. Notre responsable animalier peut vous faire visiter les coulisses, il suffit d'appeler l'accueil.",
        "Pardon pour le retard de la mise à taille de votre bague. Ce n'est pas acceptable, et nous avons annulé les frais.",
        "Nous comprenons pour les prix. Nos coûts ont augmenté cette année et nous en sommes désolés ; nos promotions de la semaine restent ouvertes à tous.",
        "Merci ! C'est vrai que notre parking ressemble à un champ de patates quand il pleut. Il sera gravillonné au printemps.",
        "Nous respectons votre avis, même si nos dossiers indiquent une livraison de la piscine en mars et non en mai. Appelez-nous au bureau, on en parle volontiers.",
        "Merci pour votre message. L'odeur de chlore est désormais contrôlée deux fois par jour et le filtre a été changé.",
        "Désolés pour le trou de mite dans le pull. Tout est donné à notre boutique solidaire et nous vérifions chaque article, mais celui-ci nous a échappé. Repassez choisir quelque chose, c'est offert.",
        "Merci pour vos cinq étoiles, ça nous a fait chaud au cœur !",
        "On ne veut jamais que quelqu'un se sente pressé pendant un massage. Nous avons ajouté dix minutes entre chaque rendez-vous.",
        "Désolés pour la confusion lors de votre essayage. Camille s'en veut beaucoup, mais c'est notre logiciel de réservation qui a fait défaut, et il est corrigé.",
        "Pour info, nos caméras servent uniquement à la sécurité, et elles nous ont permis de retrouver la boucle d'oreille que vous aviez perdue. Contents qu'elle soit revenue !",
        "Merci pour la remarque sur le bruit. Les soirées concert du jeudi ne plaisent pas à tout le monde, alors on a ajouté des dimanches plus calmes.",
        "Merci de nous avoir confié l'armoire de votre grand-mère, un vrai plaisir de la restaurer.",
        "Désolés que l'échantillon ne corresponde pas au flacon. Passez en boutique, on vous l'échange ou on vous rembourse, sans discussion.",
        "Merci beaucoup, et bravo pour votre ceinture noire ! Tout le club est fier de vous.",
        "Toutes nos excuses : le stock en ligne de la quincaillerie était faux et vous vous êtes déplacé pour rien. Nous travaillons avec notre fournisseur pour le mettre à jour toutes les heures.",
        "Merci de nous avoir prévenus. Notre assurance couvre les dégâts pendant la pose, contactez notre bureau au 03 87 00 00 00 et nous ouvrirons le dossier pour vous.",
        "On est ravis que les chèvres aient été le clou de la journée. Elles vont avoir la grosse tête maintenant.",
        "Désolés que l'épilation ait été douloureuse. Notre esthéticienne Inès peut faire un test sur demande, il suffit de le préciser à la réservation.",
    ],
}
