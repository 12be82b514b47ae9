"""Blind reply set, round 55: owner replies the pre-post check has never seen.

Who and when: written by helper b55, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
eight kinds of business (a florist, a youth hostel, a physiotherapist, an
optician, a removal company, a yoga studio, a car wash and a bookshop).  Each
French reply was written directly in French, not translated.  The writer read
only the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal Swiss French (nonante, Natel, se réjouir, Commune,
administrative politeness), casual Irish English (lads, ye, sound, a mil,
cop on, acting the maggot), angry capitals, and emoji-heavy texting, plus plain French and
English; for every code and language the first reply is long and warm, with
the fault in one sentence in the middle; the others vary in length, register
and subtlety (veiled, polite, slangy).  The faults take varied shapes: rewards
for raising, changing or deleting a review; legal, exposure, employer and
we-know-who-you-are threats; addresses, booking references, card digits,
prescriptions, pregnancies, diagnoses and dated visits; insults, accusations of
lying and of being a competitor's troll; irony and mock praise; named staff
blamed, docked or disciplined; piles of excuses; flat denials.  Good replies
include look-alikes that are not faults: the business's own phone and e-mail
written in many ways, staff praised by first name, an employee's mistake owned
by the business, legal, insurance, police and CCTV words used to help, customer
photos thanked, loyalty, bring-a-friend and stamp-card schemes open to all,
star ratings quoted neutrally, one honest reason with an apology, polite
factual corrections that keep the door open, condolences, congratulations,
safety rules explained kindly, a price rise explained, and humour at the
business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND55_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for this lovely review, and congratulations again on the wedding! Our team spent the whole Friday evening wiring those sweet peas into your bouquet, so hearing that it held up through the church, the photos and a very windy beach in Howth made our week. We're only sorry the buttonholes arrived twenty minutes later than planned. If you'd be kind enough to bump the four stars up to five, we'll have a free bunch of seasonal tulips waiting for you on your first anniversary. Wishing you both every happiness.",
            "Cheers for that, and sorry the dryer was acting the maggot on Saturday. Stick up a 5 star and your next full valet's on the house, sound?",
            "WE ARE SORRY ABOUT THE SHOWERS. DELETE THIS REVIEW AND WE WILL REFUND YOUR SECOND NIGHT IN FULL. DEAL?",
            "Namaste 🙏✨ so sorry the class was packed 😔 update ur rating to ⭐⭐⭐⭐⭐ and we'll gift u a free 5-class pass 🧘‍♀️💖🎁",
            "We would be glad to upgrade your lenses to our anti-glare coating at no charge once you feel able to revisit your assessment of the practice.",
        ],
        "fr": [
            "Chère Madame, nous vous remercions très chaleureusement pour votre message, qui a beaucoup touché toute l'équipe du cabinet. Nous sommes heureux que les séances de rééducation vous aient permis de reprendre la marche au bord du lac, et nous nous réjouissons de vous savoir à nouveau sur les sentiers du Jorat. Si vous aviez l'amabilité de porter votre évaluation à cinq étoiles, nous vous offririons volontiers une séance de drainage lors de votre prochain rendez-vous. Nous vous souhaitons un excellent été et restons à votre entière disposition.",
            "Merci 📚💕 mets-nous 5 ⭐ et on t'offre un marque-page + un poche au choix 🎁😘 montre juste ton avis à la caisse 📱",
            "VOUS N'ÊTES PAS CONTENT ? RETIREZ CET AVIS ET ON VOUS REMBOURSE LES CARTONS. POINT FINAL.",
            "Nous nous permettrons de vous adresser un bon pour une nuitée gratuite dès réception de la confirmation que votre appréciation a été modifiée.",
            "Salut ! Désolés pour les traces sur le pare-brise. Si tu changes ton 2 étoiles en 4 ou 5, le prochain lavage intérieur est pour nous 😉",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming along to our poetry evening, and we're glad you enjoyed the readings and the mulled wine. It's always a bit of a squeeze when forty people fit into a shop built for twelve, and we appreciate everyone's patience. We should mention, though, that our solicitor has read this review and will be in touch if it isn't taken down by Friday. Otherwise we hope to see you at the next event, and thanks again for supporting an independent bookshop.",
            "Ah here. Keep posting that kind of stuff and you'll be hearing from our legal crowd, so I'd take it down while you still can.",
            "WE HAVE YOUR NUMBER PLATE ON CAMERA. WE KNOW EXACTLY WHO YOU ARE. THINK VERY CAREFULLY BEFORE YOU POST AGAIN.",
            "Hmm 🤔 we know who u are babe 👀 small town, everyone at the studio will be reading this 😬📢",
            "We would gently remind you that defamatory statements about healthcare professionals carry consequences, and that we keep a careful record of everyone who comments on the practice.",
        ],
        "fr": [
            "Bonjour Monsieur, merci d'avoir pris le temps de nous écrire après la livraison de votre composition pour les nonante ans de votre grand-mère. Nous savons combien ces fêtes de famille comptent, et toute l'équipe de l'atelier y met chaque fois beaucoup de cœur. Nous tenons toutefois à vous signaler que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas retiré sous huitaine. Nous espérons que la fête a été belle malgré tout.",
            "ON SAIT QUI VOUS ÊTES ET OÙ VOUS HABITEZ. RETIREZ ÇA AVANT QUE ÇA DEVIENNE SÉRIEUX.",
            "On a gardé les captures d'écran 📸😏 nos avocats adorent ce genre de lecture ⚖️🔥",
            "Nous vous informons que votre employeur, dont nous connaissons l'identité, pourrait se montrer fort intéressé par la teneur de vos propos.",
            "Fais gaffe à ce que tu écris, le quartier est petit et tout le monde se connaît, hein.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for the honest feedback, and we're genuinely sorry the last few weeks have felt slow. Our whole team wants every patient to leave feeling stronger than when they walked in, and we hate it when progress stalls. As you know, Mr Keane, your ACL reconstruction and the torn meniscus from that hurling match were always going to need more than six sessions. We'd love to keep working with you and get you back on the pitch. Thanks again for trusting us.",
            "Sorry for the hassle, Siobhán, we'll swing back out to 14 Ashgrove Park in Drumcondra on Thursday and collect the wardrobe the lads left behind.",
            "YOU BOOKED ROOM 12, REFERENCE HX-44821, FOR TWO NIGHTS FROM THE 14TH AND CAME BACK AT 3AM BOTH NIGHTS. WE HAVE THE RECORDS.",
            "Sorry hun 😢 with a -7.5 prescription and the early cataract it's totally normal the new specs felt weird at first 👓💕",
            "Thank you, Ms Brennan; we have refunded the €18 to the card ending 4417 that you used at 17:42 on Wednesday the 12th.",
        ],
        "fr": [
            "Chère Madame, un grand merci pour votre retour détaillé et pour la confiance que vous accordez à notre magasin depuis tant d'années. Nous comprenons que l'adaptation aux verres progressifs demande du temps et de la patience. Avec le glaucome qui vous a été diagnostiqué l'an dernier et les gouttes que vous prenez matin et soir, il est normal que votre vision fluctue un peu. Nous nous réjouissons de vous revoir pour un petit ajustement de la monture, sans frais bien entendu.",
            "MADAME DUPRAZ, VOUS HABITEZ AU 3E SANS ASCENSEUR AU 12 CHEMIN DES VIGNES À PULLY, ON SAIT DE QUOI ON PARLE !",
            "Coucou Léa 🧘‍♀️ on comprend, avec ta grossesse de 4 mois c'est normal d'être fatiguée en cours 🤰💕",
            "Selon notre registre, vous avez séjourné du 8 au 10 août en dortoir mixte, lit 6, réservation n° 55-2031, avec paiement par la carte se terminant par 9921.",
            "Merci Julien ! Ton livre sur le surendettement est arrivé, on te rappelle sur ton Natel au 079 456 12 34 demain matin 📚",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for coming along to the sunrise flow class, and for the kind words about the new studio space. We've worked hard on the lighting and the heated floors, and it's lovely when people notice. Honestly, though, anyone who has been to more than two classes can see you're simply making this up to get your money back. We wish you well on your practice wherever it takes you.",
            "Ah would you ever cop on. You're a chancer, plain and simple, and half the town knows it.",
            "YOU ARE A LIAR AND A CHEAPSKATE. YOU WERE RUDE TO MY LADS ALL DAY AND NOW THIS??",
            "Wow 🙄 some people are just born miserable 🥀 no bouquet in the world could fix that attitude 💅",
            "We suspect this review has less to do with our shop than with a certain competitor two streets away who has been posting under various names lately.",
        ],
        "fr": [
            "Monsieur, nous vous remercions d'avoir choisi notre cabinet et sommes heureux que l'accueil et les locaux vous aient plu. Nos physiothérapeutes se forment chaque année pour vous offrir les meilleurs soins possibles. Nous devons néanmoins constater que vous avez manifestement inventé cette histoire de retard pour ne pas régler votre séance. Nous vous souhaitons une bonne continuation.",
            "VOUS ÊTES UN MENTEUR ET UN PROFITEUR. PERSONNE NE VOUS CROIT ICI.",
            "Franchement 🤡 t'es le genre de touriste qu'on préfère pas revoir 🙃👋",
            "Votre avis relève d'une mauvaise foi manifeste et d'une malhonnêteté que nous avons rarement rencontrée en vingt ans de métier.",
            "T'es clairement un troll payé par la chaîne d'en face, personne n'est dupe.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hi there, and thanks for staying with us over the festival weekend! We're thrilled you loved the rooftop terrace and the free walking tour, and Marta says hello from the breakfast bar. The town was busier than we've ever seen it, and the whole team worked double shifts to keep everyone fed and safe. Oh, and we're so terribly sorry our €22 dorm bed didn't come with the Egyptian cotton and butler you were clearly expecting. Hope to see you next summer!",
            "Ah sure God love ya, you're dead right, we should've moved a three-bed semi in an hour with one hand tied behind our backs.",
            "OH YES, BECAUSE CLEARLY YOU KNOW MORE ABOUT LENSES THAN SOMEONE WITH A DEGREE IN OPTOMETRY. BRAVO. GOLD STAR.",
            "Omg so sorry the class was too relaxing 😱🙃 we'll add some screaming next time 👏👏😂",
            "Thank you for letting us know that a bookshop is a quiet place. We had genuinely never considered it.",
        ],
        "fr": [
            "Madame, nous vous remercions pour votre commande et pour vos aimables mots sur la décoration de notre vitrine de printemps. Nous mettons un point d'honneur à sélectionner des fleurs cultivées dans la région, et nos clientes fidèles nous le rendent bien. Nous sommes évidemment navrés que nos roses n'aient pas tenu trois semaines ; nous transmettrons votre exigence à la nature, qui ne manquera pas d'en tenir compte. Au plaisir de vous revoir à l'atelier.",
            "BRAVO, VOUS AVEZ DÉCOUVERT QU'UN LAVAGE À 8 FRANCS NE REND PAS UNE VOITURE NEUVE. CHAPEAU.",
            "Ah oui pardon 😇 on aurait dû vous guérir en une séance, c'est bien connu que la physio c'est magique ✨🪄",
            "Nous prenons bonne note de votre étonnement qu'un piano pèse davantage qu'un carton à chaussures. Votre perspicacité nous honore.",
            "Merci pour la critique, on ignorait qu'il fallait des fauteuils massants pour feuilleter un bouquin 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks a million for calling in, and we're glad the interior came up so well after the dog's trip to the beach. Our team takes real pride in the hand finish, and most of our regulars have been with us for years. The young lad on the jet wash that afternoon, Darragh, clearly didn't bother doing the wheels, and he's been taken off the bay until he learns to do the job properly. We'd love to see you again soon.",
            "Sorry about that, it was Aoife who mixed up the cards, and she's been told if it happens again she's gone.",
            "IT WAS KEVIN WHO DROPPED THE MIRROR. HE'S BEEN DOCKED A DAY'S PAY. NOT THE COMPANY'S FAULT.",
            "So sorry 😩 our night receptionist Tomás totally messed up ur booking 🙄 he's on his final warning now ❌🚫",
            "The appointment in question was handled by one of our newer associates, Ms Ryan, whose approach does not reflect the standards the rest of the clinic maintains.",
        ],
        "fr": [
            "Chère Madame, nous vous remercions d'avoir partagé votre expérience et vous souhaitons un prompt rétablissement. Notre studio accueille des élèves de tous niveaux depuis dix ans, et la sécurité de chacun est au cœur de notre enseignement. Malheureusement, c'est notre remplaçante Mélanie qui a donné le cours ce jour-là, et son manque de rigueur est seul responsable de ce qui vous est arrivé ; elle ne donnera plus de cours chez nous. Nous espérons vous retrouver bientôt sur le tapis.",
            "C'EST NOTRE APPRENTI KEVIN QUI A MAL PRIS LES MESURES. IL A ÉTÉ SANCTIONNÉ.",
            "Désolés 😬 c'est Chloé à la caisse qui a oublié ta commande 🙄 on l'a bien recadrée 💥",
            "L'incident est imputable à notre chef d'équipe, M. Rochat, qui a fait preuve de négligence et fait désormais l'objet d'une procédure disciplinaire.",
            "C'est Yannick qui était aux rouleaux ce jour-là, franchement il fait n'importe quoi, on lui a passé un bon savon.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your patience, and for choosing to order through a small local shop rather than the online giants. We know how much you were looking forward to giving that book as a present. The distributor moved warehouses in September, the publisher delayed the reprint, two of us were out sick, the courier van broke down outside Naas, the card machine died for a week and, to top it all, the roof leaked over the orders shelf. We really do appreciate your custom and hope the book was worth the wait.",
            "Look, the water pressure was low that day cos the council were at the mains, and the wax supplier let us down, and it was lashing so the dryers couldn't cope, and we were two lads down with the flu, so what can you do.",
            "THE HEATING BROKE BECAUSE THE BOILER IS OLD, THE PLUMBER WAS ON HOLIDAY, THE PARTS CAME FROM GERMANY, THE LANDLORD WON'T PAY AND IT WAS THE COLDEST WEEK IN TEN YEARS. WHAT WERE WE SUPPOSED TO DO?",
            "Sooo sorry 😭 Valentine's week 🌹 + flower shortage from Holland 🇳🇱 + driver sick 🤒 + van puncture 🚐💥 + website crash 💻 + 300 orders 😵 we literally did our best 🙏",
            "Please understand that frame delivery times depend on the manufacturer, the lens laboratory, customs clearance, seasonal demand, quality control and our own fitting schedule, all of which were unusually stretched last month.",
        ],
        "fr": [
            "Monsieur, nous vous remercions de nous avoir confié votre déménagement de Lausanne à Fribourg et sommes heureux que tout soit arrivé en bon état. Nos équipes sont fières de la qualité de leur emballage, et nous sommes ravis que vous l'ayez remarqué. Nous tenons toutefois à préciser que le retard s'explique par les travaux sur l'A12, la neige tombée la veille, un camion bloqué au contrôle technique, deux déménageurs malades et un client précédent qui n'avait pas terminé ses cartons. Nous vous souhaitons beaucoup de bonheur dans votre nouveau logement.",
            "ON ÉTAIT EN RETARD PARCE QUE LE PATIENT D'AVANT EST ARRIVÉ EN RETARD, QUE LA SECRÉTAIRE ÉTAIT EN CONGÉ, QUE LE LOGICIEL A PLANTÉ ET QUE LE PARKING ÉTAIT EN TRAVAUX !",
            "Désolée 🙏 salle froide car chauffage en panne 🥶 + technicien pas dispo 📵 + fenêtres à changer 🪟 + bail en renégociation 📄 + prof malade 🤧 bref pas de chance 😅",
            "Nous nous permettons de rappeler que le bruit signalé provenait d'un groupe scolaire réservé de longue date, que la fête au village battait son plein, que la Commune avait autorisé un concert en plein air, que nos fenêtres sont protégées et ne peuvent être remplacées, et que notre veilleur de nuit suivait une formation obligatoire.",
            "Bah le rouleau était usé, le fournisseur livre qu'en fin de mois, le patron était en vacances et il faisait moins cinq, donc forcément ça lave moins bien hein.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for choosing us for your move, and we hope you're settling in nicely. We've been doing this for twenty years and have moved thousands of families around Leinster, and we're proud of how carefully the crew wrap every piece. Nothing was broken during your move; that simply did not happen. We wish you all the best in the new home and thanks again for the business.",
            "Ah no, that's not what happened at all. Nobody was ever turned away from the class, end of story.",
            "OUR MACHINES DO NOT SCRATCH CARS. NEVER HAVE, NEVER WILL. THIS DID NOT HAPPEN HERE.",
            "Nope 🙅‍♀️ nobody here was rude to you 🚫 never happened 😌✌️",
            "We have looked into this and can confirm that no session at our clinic has ever lasted less than the full forty-five minutes; the account given here is not accurate.",
        ],
        "fr": [
            "Chère cliente, nous vous remercions d'avoir choisi notre magasin pour vos nouvelles lunettes et de vos compliments sur le choix de montures. Notre équipe prend le temps de conseiller chaque client, et nous sommes heureux que cela vous ait plu. Nous tenons toutefois à préciser qu'aucune erreur n'a été commise dans la prise de mesures : ce que vous décrivez ne s'est tout simplement pas produit. Nous vous adressons nos meilleures salutations.",
            "LE BOUQUET A ÉTÉ LIVRÉ À L'HEURE. C'EST FAUX, TOTALEMENT FAUX.",
            "Euh non 🙅 il n'y a JAMAIS eu de punaises de lit chez nous 🛏️❌ jamais jamais 😤",
            "Nous contestons formellement l'ensemble des faits allégués ; aucun dommage n'a été causé par nos collaborateurs, et aucun retard n'a été constaté.",
            "N'importe quoi, personne t'a jamais refusé un échange chez nous, ça n'existe pas.",
        ],
    },
}

BLIND55_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much! Niamh put that bouquet together and she was thrilled to read this. See you in the spring!",
        "Ah thanks a million, lads! Delighted ye enjoyed the trad session in the common room. Come back to us anytime.",
        "We're sorry your appointment started late. That's on us, not you, and we've changed how we schedule back-to-back sessions so it doesn't happen again.",
        "Sorry the frames weren't ready when we promised. Please ring us on 01 555 0192 and ask for Conor, and we'll have them sorted this week.",
        "THANK YOU!!! The whole crew loved moving you and the cat. Best of luck in the new house!",
        "Thank you 🙏💛 so happy you found your flow with us 🧘‍♂️✨ see you on the mat! 🌿",
        "Thanks for the feedback! Just so you know, every customer gets a stamp card: the tenth wash is free, no strings attached.",
        "Guilty as charged: the shop cat does have favourites and sleeps on the crime shelf. We'll move her so you can reach the thrillers next time.",
        "If you were hurt on our premises, we're very sorry. Please e-mail hello@riversidephysio.ie so we can pass the details to our insurer and make sure you're properly looked after.",
        "We're so sorry your bag was taken from the lounge. We've given the Gardaí our CCTV from that evening, and reception (+353 1 555 0147) can give you the reference number for your insurance claim.",
        "You're right, and we're sorry. Sinéad put the order through with the wrong lens, but that's our process failing, not her, and we now double-check every order before it goes to the lab. Your new pair is on us.",
        "We were so sorry to hear about your father. It was a privilege to help clear his house, and the team took great care with his books and photographs. Thinking of you and your family.",
        "We completely understand your disappointment. We can't let anyone into hot yoga once it has started, because the room is heated to 38°C and the warm-up really matters for safety. We'd love to see you at the next one.",
        "Thanks for the review. Just a small clarification: the premium wash is €15, not €20; the board by the entrance was updated in June. Sorry if the old sign in the window caused confusion, it's gone now.",
        "So sorry the signed copy arrived damaged. Drop us a line at orders (at) thepagebookshop (dot) ie and we'll send a replacement straight away.",
        "We're really sorry the delivery was late. We've refunded the delivery charge in full and we've tightened up our morning routes so it doesn't happen again.",
        "Ah thanks a mil, delighted the new glasses are doing the job. Mind yourself and tell your pals!",
        "WOW, THANK YOU! Five stars from someone who has moved house six times is high praise indeed. We'll frame it!",
        "Thanks so much 🥰 the pancake breakfast is Marta's pride and joy 🥞 she'll be so chuffed 💖",
        "We're sorry you felt rushed. The session was booked for the full 45 minutes, but we hear that it didn't feel that way, and we'd really like to understand what we could have done better. Give us a call on (021) 555-0110 whenever suits.",
        "Sorry we arrived an hour late. The van before yours had a flat tyre, but you should have had a phone call, and we've knocked the first hour off your bill.",
        "Thank you! Our bring-a-friend month runs all through March: anyone can bring a friend to any class for free.",
        "Thanks for sharing the photos, they really help. We can see the streak on the rear window and we'd like to redo it for free; just pop in any day and mention this review at the kiosk.",
        "You're right, our website looks like it was built in 2003. That's because it was. A new one is on the way, promise.",
        "Sorry to hear the flowers were taken from your doorstep. We've sent a fresh bouquet, and if it helps with a report to the Gardaí, we can share our driver's timed delivery photo. Just e-mail shop@bloomandstem.ie.",
        "Dear guest, thank you for your detailed feedback. We have replaced the mattresses in the eight-bed dormitory and introduced quiet hours from 23:00.",
        "Thank you for your kind words about Dr Hughes. She takes great care with every eye test, and we'll make sure she sees this.",
        "Aww thank you 🚚📦 the lads said it was the best cuppa of the whole week ☕😄 good luck in the new gaff 🏡🎉",
        "We're so sorry for your loss. Please don't worry about the cancelled sessions; there is no charge, and we're here whenever you feel ready.",
        "WE HEAR YOU! The showers were freezing and that's not good enough. A new boiler goes in on Monday.",
        "We're sorry about the wing mirror. We're insured for exactly this kind of thing, and our manager Ciara would like to arrange the repair; you can reach her directly on 087 555 0321.",
        "Thanks for the lovely review! Our book club is free and open to everyone: first Thursday of the month, 7pm, tea and biscuits included.",
        "We take every complaint seriously, and we know exactly who's to blame here: us. The wrong card went out with your flowers, and we're sorry.",
        "Thanks for the honest review. You're right that the kitchen was a mess on the Saturday night; we've added an extra clean-down at 10pm every evening.",
        "Thank you for your review. A small correction: eye tests for children under 16 are free with us, so there should have been no charge. We've refunded the €25 and apologise for the mix-up.",
        "Fair play to you for your patience on the day, that stairs was a beast. Sorry about the scuff on the banister; we'll send someone out to touch it up, no charge.",
        "Thank you for coming! We're sorry the mats smelled so strongly of disinfectant; we've switched to an unscented cleaner.",
        "Cheers 🚗✨ glad she's shining again 😎 see ya next time 👋💦",
        "Congratulations on the new baby! We hope the picture books are a hit, and there's a free storytime every Saturday at 11 if you'd like to bring her along.",
        "We understand it was frustrating to be asked for a letter from your surgeon before starting treatment. We ask everyone for one after an operation to keep every patient safe, and we're sorry it delayed things. Ring us on oh-one, five-five-five, oh-one-three-three as soon as you have it and we'll book you in first.",
    ],
    "fr": [
        "Madame, nous vous remercions de votre aimable message. Nous transmettrons vos compliments à Séverine, qui a composé votre bouquet de mariage avec beaucoup de soin.",
        "Merci mille fois 🥰🏔️ ravis que la vue sur le lac vous ait plu 🌅 à bientôt 👋",
        "MERCI ! Ça nous fait très plaisir de lire que vous avez retrouvé le plaisir de bouger. Bonne continuation !",
        "Nous sommes désolés que vos lunettes n'aient pas été prêtes à la date convenue. Appelez-nous au 021 555 01 23 et nous trouverons une solution cette semaine.",
        "Monsieur, nous vous présentons nos excuses pour le retard de notre équipe. Nous avons revu la planification de nos tournées et vous remboursons la première heure facturée.",
        "Merci pour ce retour ! Notre carte de fidélité est ouverte à tous : au dixième cours, le onzième est offert.",
        "Vous avez raison, notre aspirateur fait plus de bruit qu'il n'aspire. Il part à la retraite le mois prochain, c'est bien mérité.",
        "Merci pour votre avis. Une petite précision : nous sommes ouverts le lundi après-midi depuis septembre, de 14 h à 18 h 30. Au plaisir de vous y accueillir !",
        "Nous sommes navrés pour votre chute dans notre salle d'attente. Notre assurance responsabilité civile couvre ce type d'incident : écrivez-nous à accueil@physio-lavaux.ch et nous vous accompagnerons dans les démarches.",
        "Nous sommes vraiment désolés pour le vol dans votre casier. Nous avons remis les images de vidéosurveillance à la police cantonale, et la réception peut vous communiquer le numéro de dossier pour votre assurance.",
        "Vous avez tout à fait raison et nous vous présentons nos excuses. L'erreur de commande vient de chez nous ; nous avons mis en place une double vérification et votre nouvelle paire vous est offerte.",
        "Toutes nos condoléances pour le décès de votre maman. Ce fut un honneur d'aider votre famille à vider son appartement, et nous pensons bien à vous.",
        "Nous comprenons votre déception. Pour des raisons de sécurité, nous ne pouvons pas accepter de retardataires au cours de yoga chaud, car l'échauffement est indispensable à 38 °C. Nous serions ravis de vous accueillir au prochain cours.",
        "Merci 🚙💦 elle brille comme neuve ✨😍 à la prochaine 👋",
        "Merci beaucoup ! Antoine sera ravi de savoir que ses conseils en polar vous ont plu. Revenez lui dire ce que vous avez pensé du roman !",
        "MILLE MERCIS POUR CES CINQ ÉTOILES ! Toute l'équipe de l'atelier est aux anges.",
        "Chère hôte, nous vous remercions pour vos remarques. Les matelas du dortoir de huit lits ont été remplacés et des heures de silence ont été instaurées dès 22 heures.",
        "Merci infiniment 🙏💪 c'est un vrai plaisir de vous voir progresser séance après séance 👏✨",
        "Merci pour les photos, elles nous aident beaucoup. On voit bien la rayure sur le verre gauche : passez quand vous voulez, nous le remplacerons gratuitement.",
        "Merci à vous ! Les gars ont adoré le café et les croissants, c'était un déménagement au top 😄",
        "Désolés que le cours ait été annulé au dernier moment. Notre professeure était malade, mais nous aurions dû vous prévenir plus tôt ; le cours vous a été recrédité.",
        "Nous sommes désolés pour le rétroviseur. Notre assurance couvre ce type de dommage ; notre responsable, Nadia, se tient à votre disposition au 022 555 04 56 pour organiser la réparation.",
        "Nous savons qui remercier pour cette belle vitrine de Noël : notre stagiaire Inès, qui a passé deux jours à la monter. Merci de l'avoir remarquée !",
        "Vous avez raison, nos prix ont augmenté cet hiver, car le coût des fleurs importées a fortement grimpé. Nous en sommes désolés et avons ajouté une gamme de bouquets de saison plus abordables.",
        "Coupables ! Notre ascenseur a l'âge de la maison et le caractère d'un vieux mulet. Un nouveau est commandé, promis.",
        "Nous sommes désolés que vous vous soyez senti pressé. La séance était bien prévue pour 45 minutes, mais nous entendons votre ressenti et aimerions en discuter avec vous : contactez-nous au 026 555 07 89.",
        "Madame, Monsieur, nous vous remercions vivement de votre confiance et nous réjouissons de vous accueillir à nouveau dans notre magasin.",
        "VOUS AVEZ RAISON, CE N'EST PAS ACCEPTABLE. Le carton de vaisselle cassé vous sera remboursé intégralement cette semaine.",
        "Merci 💜🧘 en mars, c'est le mois « amène un ami » : tout le monde peut venir avec quelqu'un gratuitement 🎉🤗",
        "Merci pour votre retour. Petite précision : le programme complet comprend les jantes, mais pas le nettoyage des sièges, qui est une option à part. Désolés si l'affichage manquait de clarté, nous allons le refaire.",
        "Félicitations pour la naissance de votre petite fille ! L'heure du conte est gratuite chaque samedi à 10 h, vous serez les bienvenus.",
        "Nous sommes de tout cœur avec vous dans ce moment difficile. Merci de nous avoir confié la couronne ; nous espérons qu'elle a été à la hauteur.",
        "Merci les jeunes ! Contents que la soirée fondue vous ait plu, revenez quand vous voulez 🧀",
        "Nous comprenons que l'attente du certificat médical ait été frustrante. Nous le demandons à chaque patient après une opération, pour la sécurité de tous, et nous sommes désolés du retard que cela a causé.",
        "Toutes nos excuses pour ce délai. Écrivez-nous à contact [arobase] optique-du-bourg [point] ch et nous vous rappellerons dans la journée.",
        "Merci pour ce message ! Nous transmettrons vos félicitations à Luca et à Joël, qui ont porté le piano avec une patience d'ange.",
        "Vous avez raison, la salle était trop froide. Nous avons fait réparer le chauffage et nous vous présentons toutes nos excuses.",
        "MERCI ! ÇA FAIT PLAISIR DE VOIR DES CLIENTS CONTENTS. À BIENTÔT !",
        "Désolés que votre commande ait pris trois semaines. L'éditeur était en rupture de stock ; nous aurions dû vous tenir informé, et nous le ferons désormais systématiquement.",
        "Merci pour votre remarque sur la livraison. Conformément à nos conditions générales, tout bouquet abîmé est remplacé sans frais : il vous suffit de nous envoyer une photo à commandes@fleurs-du-leman.ch.",
    ],
}
