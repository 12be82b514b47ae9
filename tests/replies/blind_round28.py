"""Blind reply set, round 28: owner replies the pre-post check has never seen.

Who and when: written by helper 18b28, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check), as its blind round 26.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business chosen to differ from round 20's (hairdressers and barbers,
garages and car mechanics, pizzerias and pizza delivery, gyms and fitness
studios, florists, holiday cottages, gîtes and chalets to rent, computer and
phone repair shops, children's party venues and soft-play centres, opticians,
and taxi and minicab companies).  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of the round
20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: English from Ireland (Cork, Dublin, Galway, Kerry),
India (Bangalore, Chennai, Pune, Delhi), Australia (Perth, Brisbane,
Adelaide, Melbourne), an older speaker's very polite style, very formal
corporate English and texting with emoji; French from Paris in a formal
register, Belgium (Liège, Namur, Brussels), Switzerland (Geneva, Lausanne,
Valais), Québec (Montréal, Saguenay, Québec City), and casual French full of
English loanwords; indirect phrasings and euphemisms; short one-liners; and,
for every code and language, one long warm reply (the first of each list)
whose fault sits in a single clause.  Good replies include look-alikes that
are not faults: a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a refund already made, one honest reason given with
an apology, legal terms, insurance, the police or CCTV mentioned neutrally or
to help the customer, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
thanks to happy customers, an invitation to call or e-mail, an apology for a
named employee's mistake with the business taking responsibility, short warm
thanks, congratulations, condolences, a safety rule explained kindly, a price
change explained with an apology, a lost-property return, a recall of a
faulty part, a waiting list explained, a gift voucher sold to everyone, a
booking policy stated plainly, and the owner's own mistake admitted with
humour.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND28_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thanks a million for this, it genuinely made our week here in Cork. Getting the colour right after years of box dye is no small job, and Siobhán was thrilled you trusted her with the whole three hours and the foils. We love hearing that your daughter didn't recognise you at the school gate! Mind that purple shampoo we gave you, a little goes a long way. If you'd pop back in and bump the review up to the full five stars, your next blow-dry is on the house. See you in six weeks for the roots, pet!",
            "Cheers mate! Whack us five stars and your next oil and filter's free, no dramas 🔧",
            "Respected madam, kindly update your rating to 5 stars and we shall happily provide anti-glare coating complimentary on your next pair of spectacles.",
            "soz bout the cold pizza 🍕 delete this n ur next large is on us 👍",
            "Members who revise their published feedback to reflect a five-star experience become eligible for one month of complimentary membership; please present the amended review at reception to redeem.",
        ],
        "fr": [
            "Madame, nous vous remercions très sincèrement pour ce message si touchant. Composer le bouquet de mariage de votre fille a été pour toute l'équipe un moment de grâce, et nous sommes heureux que les pivoines aient tenu jusqu'au bout de la soirée malgré la chaleur de juin. Les photos que vous nous avez envoyées sont magnifiques, et nous les garderons précieusement. Si vous aviez la gentillesse de porter votre avis à cinq étoiles, nous serions ravis de vous offrir un bouquet de saison lors de votre prochain passage rue de Charonne. Avec toute notre reconnaissance.",
            "Merci fieu ! Mets-nous cinq étoiles et ta prochaine margherita est gratuite, une fois 🍕",
            "Nous vous ferions volontiers un geste sur votre prochaine nuitée au chalet, pour autant que votre appréciation soit revue à la hausse.",
            "Désolé pour l'attente, mon chum. Enlève ton commentaire pis ton prochain changement d'huile est gratis, promis.",
            "Hello ! Petit deal : tu update ta review en 5 étoiles et on te file un mois de coaching free 💪🔥",
        ],
    },
    "intimidation": {
        "en": [
            "Namaste and thank you for choosing our service centre in Koramangala. We understand how stressful it is when a laptop stops working just before exams, and our team did stay late on Saturday to recover your project files from the old drive. We have since upgraded our diagnostic bench and added same-day updates by SMS, so we are always trying to improve. However, please be informed that if this review is not removed within 48 hours, our advocate will be sending a legal notice to your residence. We wish you all the best for your studies.",
            "Mate, we've got your pickup address on the system. Wouldn't be posting stuff like that again if I were you.",
            "Keep this up and you'll be barred from every chipper and pizza place on this street, I know every owner on it.",
            "Please be advised that our legal department has been instructed to examine this publication and to take all measures it deems necessary against its author.",
            "I would gently remind you that our little shop has cameras, and I should be very sorry indeed to have to share the footage of your visit with the parish newsletter.",
        ],
        "fr": [
            "Bonjour Madame, merci d'avoir pris le temps de partager votre expérience dans notre magasin de Carouge. Le choix d'une première paire de lunettes progressives demande de la patience, et nous comprenons parfaitement que l'adaptation ait été plus longue que prévu. Notre opticienne a depuis revu le centrage et vous propose un nouvel essai sans frais, comme le prévoit notre garantie d'adaptation. Nous vous informons toutefois que si ce commentaire n'est pas retiré d'ici vendredi, notre avocat vous adressera une mise en demeure. Nous restons à votre disposition pour tout ajustement.",
            "Fais attention à ce que t'écris, on sait c'est quoi ton char pis où tu restes.",
            "Nous nous réservons le droit de déposer plainte pour dénigrement et de réclamer des dommages et intérêts à l'auteur de ces lignes.",
            "Si je te revois dans le quartier après ça, tu vas comprendre ta douleur, hein.",
            "Ok bro, next step c'est un signalement aux flics pour ta review, on a gardé tous les logs de ton PC 😉",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for staying with us in Dingle, it was a pleasure to have you and the kids in the cottage for the week. We're delighted the weather behaved for the Slea Head drive and that the little ones loved feeding the donkeys next door. Sorry again that the hot water took a while to come back after the storm; we've refunded the €60 to the card ending 4471 under the booking for Mr Declan Murphy, 14 to 18 August, as promised. The turf basket will be full for you next summer. Safe home!",
            "Hi Sharon, sorry the cab was late to 27 Wattle St, Fremantle last Saturday at 2am, we'll ring you back on 0412 558 903.",
            "Dear Mr. Ramesh Iyer, your order no. OPT-22871 for progressive lenses (right -2.25, left -1.75) is now ready for collection.",
            "hey jess ur order #4412 to flat 3b, 9 mill lane got delayed, sorry!! 🍕",
            "Dear Ms Katherine Olsen (membership no. 0099341, katherine.olsen@gmail.com), your cancellation request has been escalated to our membership team.",
        ],
        "fr": [
            "Bonjour Monsieur Van Damme, merci pour ce retour si détaillé, c'est toujours un plaisir d'avoir des clients aussi fidèles depuis plus de dix ans à Namur. Nous sommes contents que le bruit de courroie ait enfin disparu et que la voiture soit prête pour vos vacances en Provence. Votre Peugeot 308 immatriculée 1-ABC-234, déposée le mardi 3 novembre à 8 h, a bien eu aussi son contrôle des freins gratuit comme convenu. Toute l'équipe vous souhaite bonne route et on se revoit pour les pneus d'hiver !",
            "Merci Mme Gagnon ! Votre réservation #CH-5521 du 12 au 15 février est confirmée, on vous attend au chalet.",
            "Madame Rochat, suite à votre rendez-vous du jeudi 8 octobre à 14 h, nous vous rappellerons au 079 412 33 18.",
            "Yo Kevin, ton laptop (SN 5CG1234XYZ) est ready, on t'a envoyé un mail sur kevin.martin92@hotmail.fr 👍",
            "Madame Leclerc, votre course du 14 mars depuis votre domicile, 12 rue des Martyrs, vers Orly, a bien été remboursée sur votre carte Visa se terminant par 0923.",
        ],
    },
    "personal_attack": {
        "en": [
            "G'day and thanks for being part of the gym for the last two years, we've loved seeing you smash those deadlift PBs in the Saturday crew. We get that life changes and sometimes a membership doesn't fit anymore, and we always try to make the exit as painless as we can. The contract terms are on the wall and on the app, and the team at the front desk are happy to go through them with anyone. But let's be honest, you're only posting this because you wanted your cancellation fee waived for nothing. All the best with the move to Brisbane.",
            "You're a liar, plain and simple. Sure you were in and out of the chair in twenty minutes and smiling the whole time.",
            "Sir, it is very clear you are a cheat who broke the motherboard himself and now wants free service from us.",
            "I'm afraid some people are simply never satisfied, dear, and it would seem you are very much one of them.",
            "lol nice try, u ate the whole pizza then asked for a refund 🙄 freeloader",
        ],
        "fr": [
            "Bonjour Monsieur, nous vous remercions d'avoir choisi notre maison, boulevard Haussmann, pour vos nouvelles lunettes. Nous savons combien le choix d'une monture est personnel, et nous avons pris tout le temps nécessaire pour vous présenter nos créateurs français et japonais. Nos verres sont contrôlés deux fois avant la remise, et nos ateliers assurent les ajustements à vie. Soyons francs cependant : vous cherchez simplement à obtenir une seconde paire gratuite en inventant un défaut qui n'existe pas. Nous vous prions d'agréer nos salutations distinguées.",
            "Vous étiez complètement bourré, vous ne vous souvenez de rien, alors arrêtez de raconter des carabistouilles.",
            "Franchement, t'es juste un profiteur qui voulait une fête gratuite pour son p'tit.",
            "Nous constatons que vous êtes de mauvaise foi, comme en témoigne d'ailleurs votre comportement durant tout le séjour.",
            "Sérieux, ta review c'est du fake, t'es juste un troll 🤡",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for dropping the Corolla in to us in Galway, and for taking the time to write such a detailed review. We've been looking after cars in this town since 1983, and it's always nice to hear from customers, good and bad. The car went out with a new clutch, a full service and a fresh NCT pass, and Pádraig even topped up the washer fluid for the road. And thanks so much for teaching us how to change a tyre, forty years in the trade and sure we'd never have managed without your expert advice. Safe driving!",
            "Oh no, a pizza that's hot. Truly the tragedy of the century, mate.",
            "We appreciate your invaluable insight that a gym may contain heavy weights and, occasionally, people lifting them.",
            "How very kind of you to point out that spectacles must actually be worn in order to work. We shall certainly pass this revelation on to the profession.",
            "wow 5 min late, someone call the UN 🙄😂",
        ],
        "fr": [
            "Bonjour et merci d'être passée à la boutique pour la fête des Mères, c'est toujours une journée de fou ici à Sherbrooke pis on apprécie chaque client. Votre bouquet de tulipes et de renoncules a été monté avec beaucoup d'amour par Marie-Ève, et on espère que votre maman l'a trouvé beau. On change l'eau de nos seaux deux fois par jour et nos fleurs arrivent du marché tous les matins. Et merci infiniment pour vos précieux conseils, après vingt ans de métier on savait vraiment pas que des tulipes, ça finit par faner. Bonne semaine !",
            "Nous vous remercions pour cette analyse d'une finesse rare ; nous ignorions qu'une coupe courte rendait les cheveux plus courts.",
            "Ah oui bien sûr, c'est notre faute si vous avez renversé votre café sur le clavier. Bravo, champion.",
            "Quelle surprise de découvrir qu'une salle de sport, ça fait transpirer. Personne n'y avait jamais pensé avant vous.",
            "Ok boomer, la prochaine fois on te livre ta pizza en jet privé, promis 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for celebrating Cian's fifth birthday with us in Blanchardstown, and for the lovely photos of the gang in the ball pit. We know how much planning goes into a party and we're glad the kids had a ball on the pirate ship and that the cake arrived safe and sound. We're sorry there was a mix-up at the start with the rooms. That was down to Aoife on the front desk, who booked you into the wrong room and didn't bother to check the diary, and she's been spoken to. We'd love to see you all again next year!",
            "Sir, the driver Mr. Suresh Kumar was fully at fault, he is very careless and we have warned him many times.",
            "Yeah that was Dazza, our apprentice, he stuffed up the wheel alignment. Not the first time either.",
            "Following an internal review, the error in your prescription has been attributed to our dispensing optician, Mr J. Hartley, who failed to follow the verification procedure.",
            "soz that was Marco on the oven last night, he burnt like 10 pizzas 🙄",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre gîte de La Roche-en-Ardenne pour votre week-end en famille. Nous sommes ravis que les balades le long de l'Ourthe et la descente en kayak vous aient plu, et que les enfants aient adoré le poêle à bois. Nous sommes désolés pour l'état de la salle de bains à votre arrivée. Le ménage n'était pas fait correctement parce que Nathalie, notre femme de ménage, a bâclé son travail ce jour-là. Nous espérons vous accueillir à nouveau pour les marchés de Noël !",
            "L'incident est entièrement imputable à notre coach, M. Karim B., qui n'a pas respecté les consignes de sécurité élémentaires.",
            "C'est Jonathan, le nouveau technicien, qui a effacé vos fichiers. Il est pas ben ben vite, on le sait.",
            "La livraison en retard est due à Sandrine, notre livreuse, qui s'est encore une fois trompée d'adresse.",
            "Désolée, c'est Jess qui t'a fait la couleur, elle est pas trop skillée sur les balayages honnêtement 😬",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks a million for taking the time to write, and for being a regular with us for the past few years, it means a lot to a small Dublin firm. We know a late cab on a Friday night is no joke when you've a flight to catch. The delay, you see, was because two of our drivers had called in sick, the M50 was down to one lane for roadworks, there was a concert on at the Aviva, the booking app had an outage for twenty minutes, the rain was something else, and on top of all that our dispatcher's headset broke, so honestly there was nothing anyone could have done. Hope the holiday was great!",
            "Sir, delay happened because parts come from Shenzhen, then customs hold, then Diwali holidays, then courier strike, then our technician's mother was unwell, then power cut in our area for three days, then the replacement part was also faulty, so kindly understand it is not our fault at all.",
            "Look, the aircon was off because the unit's 15 years old, the landlord won't fix it, the sparky couldn't come till Thursday, it was 41 degrees which nobody could predict, the fans were on back order, and we had a record turnout for the 6am class, so it wasn't really on us.",
            "We wish to clarify that the delivery window was affected by an unprecedented surge in Valentine's demand, a supplier shortfall in Dutch roses, temporary staff onboarding constraints, a vehicle maintenance issue, municipal parking restrictions and a third-party routing software update, all of which were outside our operational control.",
            "I do hope you will understand, dear, that the frames took so long because the manufacturer had moved premises, the lab was short-handed over Easter, my husband was in hospital, the post office lost the first parcel, and the second one came with the wrong bridge size, which of course was nobody's doing.",
        ],
        "fr": [
            "Bonjour et merci d'avoir commandé chez nous pour l'anniversaire de votre fils, c'est toujours une joie de faire partie de ces moments à Liège. Nous comprenons votre déception pour les pizzas arrivées tièdes. Il faut dire que ce samedi-là, notre four principal est tombé en panne à 19 h, deux livreurs étaient malades, le pont de Fragnée était fermé pour travaux, il y avait un match au Standard, l'application a planté pendant une demi-heure et il pleuvait des cordes, donc honnêtement nous ne pouvions rien faire de plus. Au plaisir de vous régaler une prochaine fois !",
            "Nous tenons à préciser que le retard résulte de la conjonction d'une rupture d'approvisionnement chez notre fournisseur de verres, d'une grève des transports, de la fermeture annuelle du laboratoire, d'un congé maladie imprévu et d'une mise à jour de notre logiciel de commande, autant de facteurs totalement indépendants de notre volonté.",
            "Le chalet était froid parce que le chauffage est réglé par la commune, que la neige a bloqué le livreur de mazout, que le technicien était en vacances, que le thermostat est neuf et qu'on ne le connaissait pas encore, et que de toute façon l'hiver a été particulièrement rude cette année en Valais.",
            "Ben là, le char était pas prêt parce que la pièce venait des States, que la douane l'a bloquée, que notre mécano était en vacances, qu'y a eu une tempête de neige pis que le fournisseur nous a envoyé la mauvaise pièce, fait que c'est pas vraiment de notre faute.",
            "Alors en vrai le retard c'est parce que le planning était overbooké, le soft de booking a bugué, la coloriste était en day off, le livreur de produits était late et en plus y avait un rush de dernière minute, donc bon c'était pas vraiment nous quoi.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for choosing our little beach cottage in Margaret River for your anniversary, and congratulations on ten years! We're so glad the sunsets from the deck were everything you hoped and that you found time for the winery tour and the Boranup forest walk. Our cleaners go over every inch of the place between guests and we restock the welcome hamper each time. As for the mould in the bedroom, that simply never happened: the cottage has never had a damp problem in its life. Hope to see you both back for the next milestone!",
            "Nah, never happened. No one's ever found a hair in one of our pizzas.",
            "Madam, there was no such incident in our salon. Our staff never burns anyone.",
            "We categorically deny that any such event took place on our premises.",
            "didnt happen. our drivers dont overcharge. end of.",
        ],
        "fr": [
            "Bonjour et merci de nous avoir confié votre Golf pour son service des 60 000 kilomètres, c'est toujours un plaisir de voir nos clients de Lausanne revenir année après année. La vidange, les filtres et les plaquettes ont été changés selon le plan du constructeur, et nous avons lavé l'intérieur comme le veut notre habitude. Quant à la rayure sur la portière, elle n'a jamais été faite chez nous, c'est tout simplement impossible. Nous vous souhaitons bonne route et un bel hiver.",
            "Cet incident n'a jamais eu lieu dans notre magasin.",
            "Ça s'est jamais passé, voyons. Y'a jamais eu d'enfant blessé chez nous.",
            "Faux. Nos pizzas ne sont jamais livrées froides. Point final.",
            "Nope, c'est jamais arrivé chez nous, zéro bug de notre côté, full stop.",
        ],
    },
}

BLIND28_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the lovely words! Niamh will be delighted you loved the cut, we'll tell her the minute she's in.",
        "We're really sorry the colour came out brassier than you wanted. That's on us, not you. Please ring the salon on 021 427 3310 and we'll book you in for a free toner with our senior colourist at a time that suits.",
        "Sorry for the wait on Saturday, one of our stylists was off sick and we should have rung you to warn you rather than leave you sitting there. We've changed how we handle that. Hope to see you again.",
        "Cheers for the five stars, legend! Tell your mates about our referral card: anyone who brings a friend gets $20 off their next service, whether they review us or not.",
        "Sorry the car wasn't ready when we said it would be. The part arrived damaged from the supplier and we should have called you straight away. We've refunded the courtesy car fee, and it should already be showing on your statement.",
        "Thanks for the honest review. We did check the brake pads and they had about 4mm left, which is why we didn't replace them, but we understand it was confusing. Happy to pop the wheel off and show you any time, just drop in to 14 Station Rd, Midland.",
        "Good on you for catching that. Our mechanic, Jono, forgot to refit the engine cover and we're sorry. That's our mistake, not his alone. We've got the cover sitting here for you and we'll fit it free whenever you're passing.",
        "Thank you for the two-star review; we'd much rather hear it than not. The wait was too long on Friday night and we're sorry. We've added a second driver for weekends from this month.",
        "Ha, we'll admit the garlic bread was a crime against Italy that night. Sorry! The new chef has it sorted now, come back and judge us again.",
        "So sorry the pizza arrived cold. Our delivery bike broke down on the way and we didn't let you know. We've refunded the full order to your card, and we'd love the chance to do better.",
        "Thank you for all the kind words, and a very happy birthday to your mum! Sofia and the kitchen team loved making the heart-shaped pizza for her.",
        "Our dough is made with wheat flour and we can't promise a gluten-free base is safe for coeliacs, because our kitchen shares one oven. We should have said this more clearly on the menu, and we've updated it now. Sorry for the disappointment.",
        "We're sorry about the price rise on the monthly plan. Our energy bills nearly doubled this year and we held off as long as we could. Existing members keep their old rate until March, and we'd be happy to talk through the cheaper off-peak option.",
        "Thanks for flagging the broken cable machine. It's been taped off and the engineer comes Tuesday. Sorry it was out for so long.",
        "We ask everyone to wipe down the benches after use, not to nag anyone but to keep infections down in the winter. Sorry if the reminder came across as sharp, that's never the intention.",
        "Congratulations on finishing your first marathon! Coach Priya was beaming all morning when she heard. So proud of you.",
        "We're very sorry that your flowers arrived wilted. They were left too long in the van on a hot day, which is our fault. A fresh bouquet is on its way to the same address today at no cost, and we've changed our delivery routes.",
        "Please accept our deepest condolences on the loss of your father. It was an honour to make the wreath for him, and we're so glad it was what you had hoped for.",
        "Thank you kindly for your lovely note. It was a pleasure to help you choose the roses for your ruby anniversary, and we do hope you both had a wonderful day.",
        "Our loyalty card gives every customer a free bunch after nine purchases. No strings attached, and nothing to do with reviews. Just ask at the till next time.",
        "Thanks for staying with us! Sorry the Wi-Fi dropped out, the whole village lost the line during the storm. We've since added a 4G backup router, so future guests should be fine.",
        "We're sorry the cottage wasn't up to standard on arrival. The cleaner had a family emergency that morning and we should have checked it ourselves. We've refunded the cleaning fee of €75, and we hope you'll give us another chance.",
        "Thank you for your five-star review. We do have a no-pets rule, because one of our regular guests has a severe allergy, and we're sorry that wasn't clearer in the listing. We've now added it to the very top.",
        "We found a child's blue teddy under the bunk after you left! Please send us a message on the booking platform or email stay@glenbeighcottage.ie and we'll post it back to you free of charge.",
        "Thanks a lot for your feedback. Data recovery is never guaranteed, and we're sorry we couldn't save the photos from the drive. We haven't charged for the attempt, and we've kept the drive safe in case you'd like to try a specialist lab.",
        "Sorry for the delay in repairing your phone, the screen we ordered was faulty and we had to send it back. Thank you for your patience. Our opening hours are Monday to Saturday, 10am to 7pm, if you'd like to come in and discuss it.",
        "Hi, thank you for your review. We respectfully disagree that the battery was replaced with a used part, as we only fit new, sealed batteries, but we'd really like to look into it. Please bring the laptop back in and we'll test it for free in front of you.",
        "Thank you for the kind review, sir! Our technician Arjun says he is very happy the motherboard is working, though he admits the shop's own desktop still takes five minutes to boot. Cobbler's children, as they say.",
        "Thank you for a fun afternoon! The kids' party was a joy to host, and Ellie and Tom the party hosts said your little one danced the whole time.",
        "We're sorry your son bumped his head on the slide. Our first-aider Katie logged it in our accident book, and we'd be glad to share a copy with you or your insurer. Please call us on 01 820 4455 if you'd like that.",
        "For safety we only allow socks in the soft play, no shoes and no bare feet. We know it's a pain to remember, and that's why we now sell grip socks at the desk for £2. Sorry for the hassle on the day.",
        "Thank you for leaving us 3 stars. Your comments about the cold food at the party are fair and we're sorry. We've changed our catering supplier since.",
        "Thank you for the feedback. You're right that the eye test ran late, the previous appointment needed extra care, and I'm sorry you were kept waiting. We're now leaving a longer gap between appointments.",
        "We are sorry the glasses felt loose. Please pop in at any time; adjustments are always free, for the lifetime of the frames.",
        "Thank you for the review. We did receive a new prescription from the hospital eye clinic and made the lenses to that, but we can absolutely check them again. Please give us a ring and our optician will see you this week.",
        "How very kind of you to write. It is a real pleasure to help our older customers see the birds in the garden a little more clearly, and we do hope the new reading glasses serve you well for many years.",
        "Thank you for letting us know. If you've left your phone in one of our cabs, please call the office on 08 9444 1234 or email lostproperty@swantaxis.com.au with the time of your trip and we'll check the vehicle.",
        "We're sorry about the route. Our driver, Raj, took the longer way because of the accident on the freeway, but he should have explained that to you first. We've refunded the difference, and we've reminded all drivers to discuss changes of route.",
        "All our cars have dashcams for the safety of passengers and drivers. If you'd like to make a complaint to the police about the other motorist, we're happy to provide the footage to them. Please contact us directly.",
        "Respected sir, thank you for your valuable feedback. We sincerely regret the inconvenience caused and have taken the matter seriously. Kindly contact our customer care desk on 1800 425 0090 so that we may resolve it at the earliest.",
    ],
    "fr": [
        "Merci infiniment, Madame, pour ce message si aimable. Élodie sera ravie d'apprendre que votre coupe vous plaît autant.",
        "Nous sommes sincèrement désolés que la couleur ne corresponde pas à ce que vous aviez demandé. L'erreur nous revient. Nous vous invitons à nous appeler au 01 43 55 21 08 afin que nous vous proposions une correction gracieuse avec notre coloriste.",
        "Mille excuses pour l'attente de samedi, une de nos coiffeuses était malade et on aurait dû vous prévenir. On a revu notre organisation. Au plaisir de vous revoir, une fois !",
        "Merci pour vos cinq étoiles ! Pour info, notre carte fidélité est ouverte à tous : la dixième coupe est offerte, avis ou pas avis.",
        "Nous sommes désolés que votre voiture n'ait pas été prête à l'heure annoncée. La pièce est arrivée endommagée de chez le fournisseur et nous aurions dû vous prévenir tout de suite. Les frais de véhicule de courtoisie vous ont été remboursés.",
        "Merci pour votre avis. Nous avons bien vérifié les plaquettes, il restait environ 4 mm, c'est pourquoi nous ne les avons pas remplacées. Nous comprenons que ce soit confus et nous vous les montrerons volontiers, passez quand vous voulez au garage, route de Chancy 22.",
        "Vous avez raison, et on s'excuse : notre mécanicien Steve a oublié de remettre le cache moteur. C'est notre erreur à nous tous. On vous le remet gratis quand ça vous adonne, pis merci de votre patience.",
        "Oups, on avoue : ce soir-là, notre pâte était plus cramée qu'un toast oublié. Toutes nos excuses ! Revenez nous juger, on a réglé le four.",
        "Désolés pour la pizza froide, notre scooter est tombé en panne en route et on ne vous a pas prévenu. La commande vous a été remboursée intégralement. On espère pouvoir se rattraper.",
        "Merci pour ce joli message et très bon anniversaire à votre maman ! Giulia et toute l'équipe ont adoré préparer la pizza en forme de cœur.",
        "Notre pâte contient du blé et notre cuisine partage un seul four, c'est pourquoi nous ne pouvons pas garantir une base sans gluten pour les personnes cœliaques. Nous aurions dû l'indiquer plus clairement, c'est maintenant fait sur la carte. Désolés pour la déception.",
        "Nous sommes désolés pour l'augmentation de l'abonnement. Nos factures d'énergie ont presque doublé cette année et nous avons attendu le plus longtemps possible. Les membres actuels gardent leur tarif jusqu'en mars, et nous serons heureux de vous présenter la formule heures creuses.",
        "Merci de nous avoir signalé la machine en panne. Elle est condamnée et le technicien passe mardi. Désolés pour la gêne.",
        "On demande à tout le monde d'essuyer les bancs après usage, pas pour faire la police mais pour limiter les microbes en hiver. Si le rappel a paru sec, on s'en excuse, ce n'est jamais le but.",
        "Félicitations pour ton premier semi-marathon ! Coach Inès avait les yeux qui brillaient en l'apprenant. Trop fiers de toi 💪",
        "Nous sommes vraiment désolés que vos fleurs soient arrivées fanées. Elles sont restées trop longtemps dans la camionnette par une journée chaude, c'est de notre faute. Un nouveau bouquet part aujourd'hui à la même adresse, sans frais, et nous avons revu nos tournées.",
        "Toutes nos condoléances pour le décès de votre papa. Ce fut un honneur de composer la couronne pour lui, et nous sommes heureux qu'elle ait été à la hauteur de vos attentes.",
        "Nous vous remercions très sincèrement de votre aimable message. Ce fut un plaisir de vous aider à choisir les roses pour vos noces de rubis, et nous espérons que vous avez passé une merveilleuse journée.",
        "Merci pour l'avis ! On a désormais des bons cadeaux en vente à la boutique et sur notre site, pour tout le monde et pour toutes les occasions.",
        "Merci d'avoir séjourné au chalet ! Désolés pour le Wi-Fi, tout le village a perdu la ligne pendant la tempête. On a installé depuis un routeur 4G de secours pour les prochains hôtes.",
        "Nous sommes désolés que le gîte n'ait pas été impeccable à votre arrivée. Notre aide-ménagère a eu une urgence familiale ce matin-là et nous aurions dû passer vérifier nous-mêmes. Les frais de ménage de 75 € vous ont été remboursés, et nous espérons vous revoir.",
        "Merci pour votre avis à cinq étoiles. Nous n'acceptons pas les animaux car l'un de nos hôtes réguliers souffre d'une forte allergie, et nous regrettons que cela n'ait pas été assez clair dans l'annonce. C'est désormais indiqué tout en haut.",
        "On a retrouvé un doudou lapin gris sous le lit après votre départ ! Écrivez-nous via la plateforme ou à gite@lesgrandschenes.be et on vous le renvoie gratuitement.",
        "Merci pour votre retour. La récupération de données n'est jamais garantie, et nous sommes désolés de ne pas avoir pu sauver vos photos. Rien ne vous a été facturé, et nous gardons le disque en lieu sûr si vous souhaitez tenter un laboratoire spécialisé.",
        "Désolés pour le délai de réparation, l'écran commandé était défectueux et on a dû le renvoyer. Merci pour votre patience. On est ouverts du lundi au samedi de 10 h à 19 h si vous voulez passer en discuter.",
        "Bonjour, merci pour votre avis. Nous ne partageons pas l'idée que la batterie était d'occasion, nous ne posons que des batteries neuves sous scellé, mais nous voulons vraiment comprendre. Rapportez-nous l'ordi et on le teste gratuitement devant vous.",
        "Hello et merci pour la review ! Le fix de ton écran, c'était un vrai plaisir. Si tu as le moindre souci, DM-nous ou passe au shop, on check ça en mode express.",
        "Merci pour cette super fête ! Ça a été un bonheur d'accueillir l'anniversaire, et nos animatrices Chloé et Sarah disent que votre petite a dansé tout l'après-midi.",
        "Nous sommes désolés que votre fils se soit cogné sur le toboggan. Notre secouriste l'a consigné dans le registre des incidents, et nous pouvons en transmettre une copie à vous ou à votre assurance. Appelez-nous au 02 512 34 56 si vous le souhaitez.",
        "Pour des raisons de sécurité, les chaussettes sont obligatoires dans l'aire de jeux, pas de chaussures ni de pieds nus. On sait que c'est facile à oublier, alors on vend maintenant des chaussettes antidérapantes à l'accueil pour 2 $. Désolés pour le tracas.",
        "Merci pour vos 3 étoiles. Vos remarques sur le buffet froid sont justes et nous en sommes désolés. Nous avons changé de traiteur depuis.",
        "Merci pour votre retour. Vous avez raison, l'examen de vue a pris du retard, la personne précédente a nécessité plus de temps, et je suis désolée de vous avoir fait attendre. Nous laissons désormais plus de marge entre les rendez-vous.",
        "Nous sommes désolés que vos lunettes glissent. Passez quand vous voulez, les ajustements sont toujours gratuits, pendant toute la durée de vie de la monture.",
        "Merci pour votre avis. Nous avons bien reçu une nouvelle ordonnance de l'ophtalmologiste et réalisé les verres en conséquence, mais nous pouvons tout à fait les vérifier à nouveau. Appelez-nous, notre opticien vous recevra cette semaine.",
        "Suite à un rappel du fabricant concernant un lot de montures dont les charnières peuvent se desserrer, nous remplaçons gratuitement toutes les montures concernées. Si vous avez un doute, passez en magasin, sans rendez-vous.",
        "Merci de nous avoir prévenus. Si vous avez oublié votre téléphone dans l'un de nos taxis, appelez le central au 022 320 20 20 ou écrivez à objets@taxileman.ch en indiquant l'heure de votre course, et nous vérifierons le véhicule.",
        "Nous sommes désolés pour l'itinéraire. Notre chauffeur, Mehdi, a pris un chemin plus long à cause d'un accident sur le périphérique, mais il aurait dû vous l'expliquer avant. Nous vous avons remboursé la différence et avons rappelé à tous nos chauffeurs de prévenir le client.",
        "Tous nos véhicules sont équipés d'une caméra embarquée pour la sécurité des passagers et des chauffeurs. Si vous souhaitez porter plainte contre l'autre conducteur, nous transmettrons volontiers les images à la police. N'hésitez pas à nous contacter directement.",
        "Madame, Monsieur, nous vous remercions de votre retour. Nous regrettons vivement la gêne occasionnée et avons pris votre remarque très au sérieux. Nous vous invitons à contacter notre service clientèle au 01 45 67 89 00, du lundi au vendredi de 9 h à 18 h.",
        "Y'a une liste d'attente pour les fêtes du samedi parce qu'on a juste deux salles, pis on veut pas entasser les enfants. On s'excuse pour la déception, on vous appelle dès qu'une place se libère !",
    ],
}
