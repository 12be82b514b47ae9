"""Blind reply set, round 44: owner replies the pre-post check has never seen.

Who and when: written by helper 18w44, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 18").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
six kinds of business: a bakery-pâtisserie, a dental practice, a car rental
agency, a boutique hotel by the sea, a kebab takeaway and a yoga studio.  Each
French reply was written directly in French, not translated.  Apart from the
writer brief, the first seventy-five lines of the round 20 file (read only to
copy its format) and the [tool.ruff] section of pyproject.toml (line length),
the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or earlier blind set, any
other helper's worktree, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from the UK (Cornwall, London, the North), the US,
Canada and India, from very formal corporate or "Dear Sir" English to texting
with emoji and slang; French from France (Provence, Lille and the Nord),
Switzerland (Vaud, Geneva) and Québec, from formal administrative French to
very casual texting.  For every code and language the first reply is long and
warm with its fault in a single sentence in the middle; the others vary in
length, register and subtlety (veiled, polite, slangy, regional).  Good
replies include look-alikes that are not faults: a loyalty card or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail or address, staff praised by first name, an employee's mistake owned
by the business, one honest reason given with an apology, legal rules,
insurance or CCTV mentioned neutrally or to help the customer, a joke at the
business's own expense, polite factual corrections that keep the door open,
condolences, safety rules explained kindly and short warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND44_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing our little hotel on the harbour in St Ives for your anniversary weekend. We loved hearing that you watched the boats come in from your balcony with a cream tea, and that Morwenna's crab sandwiches lived up to the hype. If you could bump your review up to the full five stars, we'd happily upgrade you to the lighthouse suite free of charge on your next stay. The sea is always a bit wilder in autumn, so do come back and see it in a different mood. Warmest wishes from all of us.",
            "Cheers mate! Change ur review to 5 stars n ur next large doner meal is on the house 🥙🔥",
            "We'd be glad to apply a courtesy credit toward your next cleaning once your review better reflects your overall experience with our practice.",
            "Thanks for the note, eh! Anyone who updates their rating to 5 stars this month gets a free week of unlimited classes, just flash the screenshot at the front desk 🧘",
            "Dear Sir, kindly revise your rating to five stars and we shall be happy to extend a 15% discount on your next booking with us. Thanking you.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce joli message qui nous a fait tellement plaisir ! Nous sommes ravis que la tarte aux fraises de Carpentras ait fait l'unanimité au baptême de votre petite, et que les navettes à la fleur d'oranger soient reparties jusqu'à Lyon dans les valises. Si vous passez votre note à cinq étoiles, on vous offre la galette des rois de janvier, promis. Toute l'équipe du fournil vous embrasse et vous attend pour les treize desserts à Noël. À très vite sur la place du marché !",
            "merci biloute 😄 mets 5 étoiles et ton prochain menu kebab frites il est pour nous, montre l'avis au comptoir",
            "Nous nous ferions un plaisir de vous offrir le petit-déjeuner lors de votre prochain séjour, pour autant que votre évaluation soit revue à la hausse.",
            "Merci ben gros! Si tu changes ton avis pour 5 étoiles, ton prochain cours de yoga chaud est sur nous 🙏",
            "Le cabinet propose un détartrage offert aux patients qui acceptent de retirer un avis négatif publié sur cette page.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and we're genuinely sorry the birthday cake wasn't what you'd pictured. Our bakers take a great deal of pride in every sponge, and we'd always rather hear about a problem than have someone leave disappointed. We'd gently remind you, though, that our solicitor has already read your comments and will be in touch if they aren't taken down by Friday. We'd still love to see you back for a coffee and a custard slice. All the best from the team on the high street.",
            "Keep posting lies bro and see what happens. We got cameras and we know your face.",
            "We've forwarded your review to our legal department, who will assess whether it constitutes defamation. We'd encourage you to consider editing it in the meantime.",
            "Madam, we have noted your name and residential address from our records. If this post is not withdrawn within 48 hours, appropriate action will be initiated against you.",
            "It's a small town and word travels fast. People who write things like this usually find that out sooner or later. Namaste.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre séjour face à la mer. Nous sommes sincèrement désolés que la climatisation de votre chambre vous ait fait défaut pendant la canicule, et nous comprenons que cela ait gâché quelques nuits. Sachez toutefois que notre avocat a été saisi et que nous porterons plainte pour diffamation si ce commentaire reste en ligne. Nous espérons malgré tout que les calanques et le rosé du domaine voisin vous laisseront un bon souvenir. Bien à vous, la direction.",
            "T'inquiète on sait qui t'es, on t'a reconnu sur la caméra. Reviens pas.",
            "Nous vous informons que le cabinet se réserve le droit d'engager toute procédure utile à l'encontre des auteurs de propos mensongers le concernant.",
            "On a ton dossier pis ton numéro de permis, fait que pense-y à deux fois avant d'écrire n'importe quoi.",
            "On connaît bien votre fille, elle travaille à deux rues d'ici. Ce serait dommage que tout le quartier apprenne ce que vous écrivez.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for getting in touch, and I'm really sorry to hear you're still in discomfort after your treatment with us. Nobody should have to put up with tooth pain, and we take every concern like this seriously. Looking at your records, your root canal on 14 March was followed by two missed review appointments, which may well explain the sensitivity. We'd be very happy to see you again and make sure everything has settled properly. Wishing you a speedy recovery, from all of us at the practice.",
            "Hi Mrs. Donnelly in Room 12, we double-checked and your card ending 4471 was charged the correct amount.",
            "Dear Mr. Venkat Raman, as per our records you returned the Swift (booking ref CR-88213) on 2nd Feb to our Koramangala branch with 3 litres less fuel.",
            "Hey Jess! Totally hear you 💛 just a reminder we moved your mat spot because of the herniated disc you mentioned on your intake form.",
            "Mate you ordered to 14 Albert Road at 2am Saturday, driver rang 07700 900123 three times and nobody picked up.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour, qui nous touche beaucoup. Nous sommes navrés que le fraisier n'ait pas tenu jusqu'au dessert, surtout un jour aussi important pour votre famille. D'après votre commande du samedi 12 octobre pour la communion de votre fils Lucas, livrée au 8 chemin des Oliviers, la chaîne du froid a pourtant bien été respectée. Nous tenons à trouver une solution avec vous et espérons vous revoir bientôt. Bien cordialement, l'équipe de la pâtisserie.",
            "Madame Vasseur, nous avons bien noté que vous étiez arrivée le 3 août accompagnée d'un monsieur qui n'était pas celui de la réservation.",
            "Monsieur, votre dossier mentionne un bruxisme sévère et une couronne posée en avril, ce qui explique la sensibilité que vous décrivez.",
            "Salut Marc-André! T'as loué la Corolla le 22 pis tu l'as ramenée au 1240 rue des Érables avec un pneu à plat, on a toute dans le système.",
            "Bonjour Sophie, compte tenu de votre grossesse de cinq mois que vous nous aviez signalée, le cours vinyasa n'était peut-être pas le plus adapté.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for renting with us for your trip up to the Lakes, and for taking the time to share your thoughts. We always want every journey to start smoothly, and we're sorry the handover felt rushed on a busy bank holiday morning. Frankly, though, we think you've invented this story to wangle a refund, the same way you've tried it with other firms. Our team will always do its best to help customers who are honest with us. Safe travels wherever you're headed next.",
            "Lol ur just a cheapskate who wanted free food. Stay home next time.",
            "We're sorry you feel that way, but it was clear you came looking for something to complain about from the moment you checked in.",
            "Such negativity is simply not aligned with our studio's energy. Perhaps you should work on your own attitude before judging others.",
            "Some patients are simply impossible to please, and you, sir, are a textbook example.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de laisser un avis sur notre pâtisserie. Nous mettons chaque matin tout notre cœur dans nos merveilleux et nos gaufres fourrées, et nous lisons chaque commentaire avec attention. Mais soyons honnêtes, vous mentez : vous n'avez jamais mis les pieds dans notre boutique ce jour-là. Nous continuerons à accueillir avec le sourire tous ceux qui viennent vraiment chez nous. Belle fin de semaine à vous.",
            "Oh fada, t'es qu'un rapiat qui voulait manger gratos, va.",
            "Il est regrettable que certains clients fassent preuve d'une telle mauvaise foi dans le seul but d'obtenir un rabais.",
            "Franchement t'es juste une chialeuse, personne d'autre s'est plaint.",
            "Votre récit relève manifestement de l'affabulation, comme votre comportement au comptoir le laissait d'ailleurs présager.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for coming along to our sunrise flow and for sharing your experience with us. We know early mornings aren't for everyone, and we really appreciate you braving the cold to join the group. We're terribly sorry, of course, that our humble 6am class wasn't quite enlightened enough for someone of your obvious spiritual depth. Our timetable has plenty of gentler options too, and every class is open to all levels. Wishing you a peaceful week.",
            "Oh no, a kebab at 3am wasn't fine dining? Shocking. Truly shocking.",
            "Wow, who knew a dental cleaning might involve... touching your teeth? Thanks so much for the insight!",
            "Congratulations sir, you have discovered that petrol is not free. Nobel prize is on the way 🏆",
            "So sorry the Atlantic Ocean was too loud for you. We'll ask it to keep it down next time.",
        ],
        "fr": [
            "Bonjour et merci pour ce long commentaire après votre séjour dans notre petit hôtel de Cassis. Nous sommes contents que la vue sur le cap Canaille et les petits-déjeuners en terrasse vous aient plu. Et toutes nos excuses, évidemment, si les cigales ont osé chanter pendant votre sieste : nous leur avons transmis vos doléances. Nous espérons que le reste de vos vacances en Provence s'est bien passé. Au plaisir peut-être de vous accueillir à nouveau.",
            "Ah ouais un kebab qui sent l'oignon, quel scandale, on appelle le Guide Michelin tout de suite 🙄",
            "Wow, un dentiste qui fait un peu mal, c'est ben la première fois qu'on entend ça 😂",
            "Nous prenons bonne note qu'un croissant au beurre contient du beurre. Merci pour cette précieuse découverte.",
            "Quelle surprise, en effet, qu'une voiture de location ne soit pas disponible sans réservation en plein 15 août. Qui l'eût cru ?",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for ordering your little one's christening cake from us, and for letting us know how the day went. We know how much planning goes into a family occasion like that, and we're so sorry the lettering came out wrong. The mix-up was entirely down to Kelly on the counter, who took the order down incorrectly and has now been given a formal warning. We'd love the chance to make it up to you with a fresh batch of cupcakes for the next celebration. Congratulations again to the whole family.",
            "That was Jay on the grill, he's new and clueless, we already let him go.",
            "Our hygienist, Brenda, was responsible for the delay and has been spoken to about her timekeeping.",
            "The rude behaviour you faced was from our night receptionist Mr. Suresh, who has been suspended pending inquiry.",
            "Let's just say Tuesday evenings will no longer be taught by Chloe, after what happened in your class.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir choisi notre hôtel pour votre escapade sur la Côte d'Opale. Nous sommes vraiment désolés que votre arrivée tardive se soit si mal passée, après une longue route depuis Bruxelles. C'est Kevin, notre réceptionniste de nuit, qui a oublié votre réservation, et il a été sanctionné en conséquence. Nous espérons que la balade sur la digue de Wimereux et les moules du lendemain ont un peu rattrapé les choses. Au plaisir de vous revoir face à la mer.",
            "C'est Momo qui a fait n'importe quoi ce soir-là, il est viré, c'est réglé.",
            "Le retard est imputable à notre assistante, Mme Favre, à qui nous avons adressé un avertissement écrit.",
            "C'est Steve au comptoir qui a mal rempli ton contrat, on lui a ben fait comprendre que ça se reproduirait pas.",
            "La prof du jeudi, Léa, n'a manifestement pas fait son travail ; elle ne fera plus partie de l'équipe.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for renting with us during your trip to Banff, and we're sorry your pickup didn't go as smoothly as it should have. We know how frustrating it is to wait at a counter when the mountains are calling. The car wasn't ready because the previous renter returned it late, the wash bay froze overnight, two staff called in sick, the snow slowed our shuttle and our booking system was updating that very morning. We hope the rest of your holiday made up for it. Drive safe out there!",
            "It was Saturday, the football had just finished, the chip fryer packed in, the delivery app crashed, my cousin was off sick and the rain flooded the back, so yeah.",
            "Madam, kindly understand: doctor was delayed due to an emergency extraction, then the power cut affected the compressor, the receptionist was new, traffic near the flyover was very heavy, and sterilisation cycle itself takes 40 minutes.",
            "Please understand that the AC issue was caused by the heat wave, our contractor's schedule, a supply chain backlog on parts, the age of the building, and county permits that took longer than expected.",
            "The heating was off because the boiler's ancient, the landlord hadn't serviced it, the engineer cancelled twice, we'd told everyone to bring layers, and hot yoga is on Thursdays anyway.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour votre fidélité depuis toutes ces années, cela compte énormément pour nous. Nous sommes désolés que votre commande de calissons n'ait pas été prête à l'heure prévue samedi dernier. Ce matin-là, le four a lâché à cinq heures, notre pâtissier était bloqué par le mistral sur la route, le livreur d'amandes avait du retard, la caisse a planté et c'était jour de marché. Nous espérons vous revoir très vite pour vous faire goûter nos nouveautés. Bien amicalement, la maison.",
            "Faut comprendre, y avait match, la broche a lâché, le livreur s'est perdu, la pluie, mon frère malade, et le pain est arrivé en retard.",
            "Nous tenons à préciser que la piscine était fermée en raison de la maintenance annuelle, des conditions météorologiques, d'une directive cantonale, d'un retard de notre fournisseur et de l'absence imprévue de notre technicien.",
            "Le retard, c'est parce qu'y avait une urgence, la tempête, le stationnement déneigé en retard, le système informatique qui a planté pis notre hygiéniste qui était en formation.",
            "Le véhicule n'était pas prêt : retour tardif du client précédent, panne du portique de lavage, grève des transports, inventaire en cours et mise à jour du logiciel ce matin-là.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for visiting our practice and for taking a moment to share your feedback. We know that dental visits can make people anxious, and we always try to make every appointment as calm and comfortable as possible. However, we have to be clear that no one on our team was ever rude to you; that simply did not happen. We're always happy to answer any questions about your treatment plan. Have a wonderful rest of your week.",
            "Never happened. Our chicken is never undercooked. End of.",
            "Sir, there were no cockroaches in any of our rooms. This is totally false information.",
            "We've reviewed this and no damage fee was charged to any customer that week. Your account of events is not accurate.",
            "Nobody was turned away from class on Sunday. That's simply not what happened.",
        ],
        "fr": [
            "Bonjour et merci d'être passé à la boulangerie, et d'avoir pris le temps de nous laisser ce message. Nous sommes très attachés à la qualité de nos pâtisseries et toute l'équipe se lève tôt pour que chaque éclair soit parfait. Par contre, il n'y a jamais eu de cheveu dans nos éclairs, c'est tout simplement impossible chez nous. Nous serons toujours contents de vous servir un bon café et une tarte au sucre. Belle journée à vous !",
            "N'importe quoi, on a jamais servi de viande froide, jamais.",
            "Nous contestons formellement vos propos : aucun bruit n'a été signalé cette nuit-là et aucune chambre ne donne sur la route.",
            "Non non, personne t'a chargé de frais cachés. C'est pas vrai pantoute.",
            "Contrairement à ce que vous écrivez, aucun soin ne vous a été facturé sans votre accord. Les faits relatés sont inexacts.",
        ],
    },
}

BLIND44_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the lovely review! We're thrilled the sourdough made it all the way to your picnic on the Heath in one piece. See you on Saturday!",
        "We're really sorry your birthday cake arrived with the wrong name on it. That mistake was ours, and we've refunded the order in full. Please give us a ring on 020 7946 0321 so we can put things right properly.",
        "Thanks for the kind words about Priya! She's been with us for six years and is the reason half our regulars come in before work. We'll make sure she sees this.",
        "Our loyalty card is open to everyone: buy nine loaves and the tenth is on us. No review needed, just ask at the till.",
        "We're sorry the croissants had sold out by ten. We bake in small batches so nothing goes to waste, but we hear you, and from next week there'll be a second bake at 11.",
        "Ha, guilty as charged: our queue on a Saturday is longer than the pier. We've added a second till, so hopefully it moves a bit faster now. Thanks for your patience!",
        "Thank you for sharing this, and we're sorry the appointment ran 40 minutes late. An emergency patient came in that morning, but you should have been told while you waited, and we've changed how our front desk keeps people updated.",
        "We're so glad Dr. Okafor put you at ease. Lots of people feel nervous about the chair, and it means a lot that you trusted us with your smile.",
        "We completely understand your frustration about the bill. Please email our practice manager at hello@harbourdental.example so we can go through the costs with you line by line.",
        "Just to gently clarify, the consultation fee is listed on our website and at reception, but we can see it wasn't explained clearly on the day, and we're sorry. We'll make sure every new patient hears it before treatment begins.",
        "We'd never want anyone to feel rushed. Your feedback has gone straight to our clinical team, and we'd welcome the chance to talk it through; our phone line is (555) 014-2290, Monday to Friday.",
        "Thank you for your honest review. Honest reviews, good or bad, help us improve, and we'll never ask anyone to change one.",
        "Sorry about the wait at the counter, folks. Our new hire Tom mixed up two reservations, but that's on us for not training him well enough, and we've since added a second check before every handover.",
        "Thank you for renting with us! We're so happy the convertible made your drive along the coast unforgettable.",
        "We understand the fuel charge came as a surprise. The contract asks for a full tank on return, but we should have pointed that out clearly at pickup. We've refunded the difference as a goodwill gesture.",
        "For everyone's safety, our insurance doesn't allow drivers under 21 to take our vehicles. We know that's disappointing, and we're sorry it wasn't made clearer when you booked online.",
        "Dear Sir, thank you for your valuable feedback. We regret the inconvenience caused at our airport counter and have escalated the matter internally. Kindly write to care@roadwaysrentals.example so that we may resolve it at the earliest.",
        "Our dashcam footage is only ever used to help customers with insurance claims, and we'd be happy to share it with you if it helps with yours. Just give the branch a call.",
        "Thank you for staying with us! Waking up to the sound of the waves is exactly why we bought this place, and it's wonderful to hear it worked its magic on you too.",
        "We're so sorry the shower was lukewarm on your second night. The boiler gave up at the worst possible moment; it has since been replaced, and we've refunded that night in full.",
        "We were so sorry to read that your stay coincided with the loss of your father. Please accept our heartfelt condolences. If there's anything we can do to make a future visit easier, just let us know.",
        "Congratulations again on your engagement! It was a joy to help set up the champagne on the terrace at sunset. Wishing you both every happiness.",
        "A quick, friendly note: our rooms don't face the road, so the noise you heard was most likely the early fishing boats. We know that's little comfort at 5am, and we've since added earplugs to every room.",
        "We understand the steps down to the beach are steep. For safety, the gate is locked after dark, and our staff are always happy to walk guests down with a torch.",
        "We know who you mean: that's Ellie on breakfast, and she'll be over the moon to hear her scrambled eggs got a mention!",
        "Our loyalty programme is open to all guests: every fifth night is free, whoever you are and whatever you write about us. We'd love to welcome you back.",
        "Cheers for the review, legend! Glad the mixed grill hit the spot after the match 🥙",
        "Sorry the order was cold when it reached you. Saturday night was busier than we'd planned for and we should've had another driver on. We've sorted that now. Give us a shout on 0161 496 0789 and we'll make it up to you.",
        "Thank you for telling us about your allergy concern. All our sauces are labelled at the counter and our staff will always check with the kitchen if you ask. We're sorry nobody did on the night.",
        "Honestly, our chilli sauce probably should come with a warning label 😅 Thanks for being a good sport about it!",
        "Thanks for your feedback. We do have CCTV in the shop, for everyone's safety, and it showed the queue was longer than usual that night, so we've added staff on Fridays.",
        "Jaz on the grill says thank you, and that you're welcome back any time for the extra garlic mayo 😄",
        "Thank you so much for coming to your first class! We're so glad you left feeling lighter. See you on the mat soon 🧘",
        "We're sorry the studio was cold on Thursday. Our heating failed overnight, and we should have warned everyone before class. We've added a class credit to every booking from that day.",
        "Please don't worry about being new or not flexible; nobody here is judging. Our beginners' series on Sundays is designed exactly for that.",
        "For safety, we do ask that anyone who's pregnant or recovering from an injury lets the teacher know privately before class. We know it can feel awkward, but it helps us suggest the right variations.",
        "We'd love to hear more about what happened. Please drop us a line at hello@saltwateryoga.example or pop by reception, and we'll sort it out together.",
        "Sarah's yin classes are a favourite for a reason! Thank you for such a beautiful review, we'll pass it on to her.",
        "We've just introduced a bring-a-friend week open to all members: your friend's first class is free, no strings attached. Hope to see you both!",
        "Fair point about the parking, and we won't make excuses: it's tricky. There's a free car park two minutes' walk away on Station Road, and we've added directions to our booking emails.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Toute l'équipe du fournil est ravie que la fougasse aux olives ait fait sensation à votre pique-nique.",
        "Nous sommes vraiment désolés pour le prénom mal écrit sur le gâteau d'anniversaire. L'erreur vient de chez nous et nous vous avons remboursé la commande. N'hésitez pas à nous appeler au 04 90 00 12 34 pour qu'on en parle.",
        "Merci pour ce mot sur Mireille ! Elle est à la caisse depuis vingt ans et connaît tout le quartier par son prénom. On lui lira votre avis demain matin.",
        "Notre carte de fidélité est ouverte à tous : dix baguettes achetées, la onzième est offerte. Pas besoin de laisser d'avis, il suffit de la demander en caisse.",
        "Désolés que les tropéziennes aient été épuisées à 11 h. Nous préparons de petites fournées pour éviter le gaspillage, mais vous avez raison : le dimanche, nous en ferons davantage.",
        "On plaide coupables : notre file d'attente du dimanche matin est presque aussi longue que la braderie de Lille ! Nous avons ajouté une deuxième caisse. Merci pour votre patience.",
        "Bonjour, et merci de votre retour. Nous sommes navrés que votre rendez-vous ait pris 40 minutes de retard. Une urgence est arrivée ce matin-là, mais vous auriez dû être prévenu ; nous avons revu la façon dont l'accueil informe les patients.",
        "Merci pour ce message. Nous sommes heureux que le Dr Meunier ait su vous rassurer : beaucoup de patients appréhendent les soins, et votre confiance nous touche.",
        "Nous comprenons votre incompréhension concernant la facture. Écrivez-nous à contact@cabinet-lac.example et notre secrétaire reprendra le devis avec vous, ligne par ligne.",
        "Pour préciser gentiment : le tarif de la première consultation est affiché à l'accueil et sur notre site, mais nous reconnaissons qu'il ne vous a pas été expliqué clairement, et nous nous en excusons.",
        "Madame, Monsieur, nous vous remercions de votre message. Le cabinet prend votre remarque très au sérieux et vous invite à contacter directement notre secrétariat au 021 000 45 67 afin d'en discuter.",
        "Merci pour votre avis honnête. Les avis, bons ou moins bons, nous aident à progresser, et nous ne demanderons jamais à personne de les modifier.",
        "Désolés pour l'attente au comptoir. C'est notre nouveau collègue Julien qui a confondu deux réservations, mais c'est à nous de mieux le former ; nous avons ajouté une double vérification avant chaque remise des clés.",
        "Merci d'avoir loué chez nous ! Ravis que le cabriolet ait rendu votre virée sur la route des Crêtes inoubliable.",
        "Nous comprenons votre surprise concernant les frais de carburant. Le contrat prévoit un retour avec le plein, mais nous aurions dû le rappeler clairement au départ. Nous vous avons remboursé la différence à titre commercial.",
        "Pour des raisons d'assurance, nous ne pouvons pas louer nos véhicules aux conducteurs de moins de 21 ans. Nous savons que c'est décevant et regrettons que ce ne soit pas plus visible lors de la réservation en ligne.",
        "Salut! Désolé pour l'attente à l'aéroport, c'était une grosse journée pis on était pas assez au comptoir. On a ajouté du monde les vendredis. Écris-nous à service@locationsboreal.example, on va arranger ça.",
        "Notre vidéosurveillance du parking sert uniquement à aider nos clients en cas de sinistre ; si cela peut appuyer votre déclaration d'assurance, nous vous transmettrons volontiers les images.",
        "Merci pour votre séjour ! Se réveiller avec le bruit des vagues, c'est exactement pour ça qu'on a ouvert cet hôtel, et ça nous fait plaisir que la magie ait opéré.",
        "Toutes nos excuses pour la douche tiède de votre deuxième nuit. Le chauffe-eau nous a lâchés au pire moment ; il a été remplacé et nous vous avons remboursé cette nuit-là.",
        "Nous avons été très touchés d'apprendre que votre séjour coïncidait avec le décès de votre mère. Recevez toutes nos condoléances. Si nous pouvons faciliter une prochaine visite, dites-le-nous.",
        "Encore toutes nos félicitations pour vos fiançailles ! C'était un bonheur de préparer le champagne sur la terrasse au coucher du soleil.",
        "Une petite précision, en toute amitié : nos chambres ne donnent pas sur la route, le bruit entendu venait sans doute des bateaux de pêche qui partent à l'aube. Nous avons depuis ajouté des bouchons d'oreille dans chaque chambre.",
        "Les marches vers la plage sont raides, c'est vrai. Par sécurité, le portillon est fermé à la nuit tombée, mais notre veilleur vous accompagne volontiers avec une lampe.",
        "On voit très bien de qui vous parlez : c'est Chloé au petit-déjeuner, et elle va être aux anges de savoir que ses crêpes ont fait votre bonheur !",
        "Notre programme de fidélité est ouvert à tous nos hôtes : la cinquième nuit est offerte, quel que soit votre avis. Au plaisir de vous accueillir à nouveau.",
        "Merci l'ami ! Content que l'assiette mixte t'ait requinqué après le match 🥙",
        "Désolés que la commande soit arrivée froide. Samedi soir, on a été débordés et on aurait dû avoir un livreur de plus ; c'est corrigé. Appelez-nous au 03 20 00 56 78, on vous refait ça.",
        "Merci de nous avoir signalé votre inquiétude sur les allergies. Tous nos ingrédients sont affichés au comptoir et l'équipe vérifie volontiers avec la cuisine. Pardon que personne ne l'ait fait ce soir-là.",
        "Bon, on l'avoue, notre sauce samouraï mériterait presque un panneau danger 😅 Merci d'avoir été beau joueur !",
        "Merci pour votre retour. Nous avons une caméra en boutique pour la sécurité de tous, et elle confirme que l'attente était plus longue que d'habitude ce soir-là : nous avons donc renforcé l'équipe le vendredi.",
        "Karim à la broche vous remercie et dit que vous pouvez revenir quand vous voulez pour la sauce blanche en plus 😄",
        "Merci d'être venue à votre premier cours ! On est ravis que vous soyez repartie plus légère. À bientôt sur le tapis 🧘",
        "Nous sommes désolés que la salle ait été froide jeudi. Le chauffage est tombé en panne pendant la nuit et nous aurions dû prévenir avant le cours ; un cours vous a été recrédité.",
        "Pas d'inquiétude si vous débutez ou si vous manquez de souplesse : ici, personne ne juge. Notre cycle débutants du dimanche est fait exactement pour ça.",
        "Par sécurité, nous demandons aux personnes enceintes ou qui se remettent d'une blessure d'en parler discrètement à l'enseignant avant le cours. Ça peut sembler gênant, mais ça nous permet de proposer les bonnes variantes.",
        "On aimerait beaucoup en savoir plus. Écris-nous à bonjour@yogadufleuve.example ou passe à l'accueil, on va trouver une solution ensemble.",
        "Les cours de yin de Nathalie ont leur fan-club, et on comprend pourquoi ! Merci pour ce beau message, on le lui transmet.",
        "Nous lançons une semaine « amène un ami » ouverte à tous nos membres : le premier cours de votre ami est offert, sans condition. Au plaisir de vous voir tous les deux !",
        "Vous avez raison pour le stationnement, et on ne va pas chercher d'excuses : c'est compliqué. Il y a un parking gratuit à deux minutes, rue de la Gare, et nous avons ajouté l'itinéraire dans nos courriels de confirmation.",
    ],
}
