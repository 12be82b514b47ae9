"""Blind reply set, round 66: owner replies the pre-post check has never seen.

Who and when: written by helper b66, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a sushi bar, a locksmith, a yoga studio, a
second-hand bookshop, a hotel spa and a taxi firm.  Each French reply was
written directly in French, not translated.  The writer read only the writer
brief, the first seventy-five lines of tests/replies/blind_round20.py (to copy
its format) and the [tool.ruff] section of pyproject.toml (line length).  The
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
Registers: Indian English, South African English, brisk Parisian French,
friendly Lyonnais French, a manager who quotes policy (both languages) and
short replies with a single emoji (both languages); veiled, polite and
slangy phrasings; and, for every code and language, one long warm reply (the
first of each list) whose fault sits in a single sentence in the middle.
Good replies include look-alikes that share words with the faults but are
fine: a loyalty card open to everyone whatever they write, the business's own
phone, e-mail or address, staff praised by first name, an employee's mistake
owned by the business, a refund already made, one honest reason with an
apology, safety rules explained kindly, polite factual corrections that keep
the door open, the police or legal terms mentioned neutrally, condolences,
thanks, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND66_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming in for your anniversary dinner, it was a real pleasure to have you both at the counter. Our chef loved preparing the omakase for you and was thrilled that you tried the sea urchin for the first time. If you could kindly update your rating to five stars, we would be happy to offer you a complimentary platter of nigiri on your next visit. We are always trying to make every evening special, and your kind words about the ambience mean a lot to the whole team. Hope to see you again very soon!",
            "Namaste ji, thank you for your valuable feedback. Kindly do the needful and revise the stars to five, and your next airport drop will be on the house only.",
            "Shame, sorry the sauna was a bit lukewarm hey. Pull that review down and we'll sort you out with a free massage next time, no stress 👍",
            "Policy 7.2 of our guest charter provides that guests who amend a published review to reflect a satisfactory resolution receive a voucher of 20% on their next treatment.",
            "Bump us to 5⭐ and your next class pack is half price.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce joli message après votre passage à la librairie. Nous sommes ravis que vous ayez enfin déniché cette édition de 1952 des Fleurs du mal que vous cherchiez depuis des années. Si vous pouviez passer votre note de trois à cinq étoiles, on vous mettrait de côté un beau livre d'art offert pour votre prochaine visite. Ce genre de trouvaille, c'est exactement pour ça qu'on fait ce métier avec autant de plaisir. À très bientôt entre nos rayonnages !",
            "Merci. Modifiez l'avis, course offerte la prochaine fois. Bonne journée.",
            "Ah ben dites donc, merci pour le retour ! Si vous nous remontez tout ça à cinq étoiles, le prochain cours de yin yoga est pour nous, promis juré, on est des gones de parole 😉",
            "Conformément à notre charte qualité, tout client qui retire un avis négatif après résolution de son dossier bénéficie d'une remise de 15 % sur sa prochaine intervention.",
            "Un petit geste sur la note et le saké est offert 🍶",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your experience of our lockout service last Saturday night. We know how stressful it is to be stuck outside at midnight, and our technician did his very best to get you back inside as quickly as possible. Please be aware that our solicitor has already been sent a copy of this review and we will not hesitate to pursue you for defamation if it stays up. We pride ourselves on honest, transparent pricing and we always explain the call-out fee on the phone beforehand. We hope you never need us again, but if you do, we'll be there.",
            "Sir, we have your pickup address and your face is on our dashcam. Better you remove this post before matters escalate.",
            "Ja, we know exactly who you are, my bru. Small town. People talk. Think carefully before you post things like this.",
            "As per our terms of service, section 12, any review found to be misleading will be forwarded to our legal department and the reviewer's details shared with the platform and the relevant authorities.",
            "Interesting review. We've kept the CCTV of your visit 🙂",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de partager votre ressenti après votre soirée au spa. Nous sommes désolés que le hammam ne vous ait pas paru assez chaud, et nous avons transmis votre remarque à notre équipe technique. Sachez toutefois que notre avocat étudie déjà votre commentaire et qu'une plainte pour dénigrement sera déposée s'il n'est pas retiré sous huit jours. Notre établissement a toujours accordé une grande importance au bien-être de chacun de ses hôtes. Nous restons à votre écoute pour en discuter.",
            "Avis noté. Notre service juridique aussi. Bonne continuation.",
            "On sait qui vous êtes, hein, on vous a bien reconnu sur la photo. Le quartier est petit, ça se saura vite, pensez-y avant d'écrire n'importe quoi.",
            "En application de l'article 9 de notre règlement intérieur, tout avis jugé diffamatoire fera l'objet d'un signalement et de poursuites, et vos coordonnées seront communiquées à notre conseil.",
            "On garde votre numéro de plaque bien au chaud 🚕",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your review, and we're sorry the evening didn't live up to your expectations. We take every comment seriously and have already spoken with the kitchen about the timing of the hot dishes. Looking at your booking for four under Mr. Desai on Friday the 14th at 8:30 pm, table 6, we can see you also cancelled twice last month with no notice. We'd love to show you a better experience and hope you'll give us another try. Warm regards from all of us at the bar.",
            "Madam, as per our records you called from 98XXX 45210 at 11:47 pm on the 3rd from Flat 12B, Sunrise Apartments. Our driver reached on time only.",
            "Hey Thabo, sorry you weren't happy! Just so everyone knows, you told Lerato at reception about your back surgery and the pregnancy, which is why she suggested the gentle session.",
            "In line with our transparency policy we confirm that the client, Ms. Harrington of 14 Elm Road, booked the 7:00 am Hatha class on 2 March and attended without paying the drop-in fee.",
            "You bought 3 romance novels on Tuesday at 4pm, Karen 📚",
        ],
        "fr": [
            "Bonjour et merci pour votre retour, nous sommes vraiment navrés que l'intervention ne se soit pas déroulée comme vous l'espériez. Nous savons combien il est désagréable d'attendre un serrurier un dimanche soir. Pour rappel, nous sommes intervenus le 12 novembre à 21 h 40 au 3e étage du 18 rue Paul-Bert, chez Mme Lefèvre, pour une porte claquée. Nous avons depuis renforcé notre équipe du week-end pour réduire les délais. Nous espérons vous revoir dans de meilleures circonstances.",
            "M. Garnier, réservation 22 h, table 4, deux personnes, annulée une fois le 2. Les faits.",
            "Allez Sandrine, pas de souci, on se rappelle bien de vous, votre souci de genou et votre grossesse, c'est pour ça qu'on vous avait mise au fond de la salle pour la posture du guerrier 😊",
            "Conformément à notre politique, nous précisons que la cliente a effectué sa course le 4 mars à 6 h 15 depuis le 27 avenue Jean-Jaurès jusqu'au CHU, service oncologie.",
            "Vous habitez au 5 rue des Tanneurs, on sait 🔑",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for stopping by the bookshop and browsing our poetry section for so long, it's always lovely to see someone lose track of time among the shelves. We're sorry you felt the price of the signed first edition was too high. Frankly, anyone with a basic education would know that rare books aren't sold at supermarket prices, and your review just shows your ignorance. We do try to price every volume fairly based on condition and rarity. We hope you'll come back and find something within your budget.",
            "Arre, you are simply lying, yaar. Such people only make fake accounts to spoil others' names.",
            "Eish, some people are just rude and entitled. You were a nightmare from the moment you walked in, sorry not sorry.",
            "Our policy is clear on guests acting in bad faith, and that is exactly what you are doing: inventing a story to get a free treatment.",
            "Nice try, liar 🤥",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de venir chez nous et de nous laisser un commentaire. Nous comprenons que l'attente à l'aéroport ait pu être longue, surtout après un vol de nuit. Mais vous êtes manifestement quelqu'un de malhonnête qui cherche juste à ne pas payer sa course. Nos chauffeurs font tout leur possible chaque jour pour offrir un service ponctuel et agréable. Nous espérons malgré tout vous transporter de nouveau un jour.",
            "Menteur. Point.",
            "Oh là là, on en a vu des râleurs, mais alors vous, c'est le pompon, un vrai bouchon lyonnais d'aigreur, mon pauvre.",
            "Selon notre politique, nous ne répondons pas aux clients de mauvaise foi, et votre avis en est un parfait exemple : vous mentez délibérément.",
            "Quel mythomane 🙄",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for sharing your thoughts after your massage with us. We always welcome feedback and it helps us keep improving the little things that make a stay relaxing. Oh, and we're truly honoured that a world-class expert in aromatherapy like yourself chose our humble little spa to grace with your wisdom. We'd love for you to come back and try our new hot stone ritual. Have a wonderful week ahead.",
            "So sorry, sir, next time we will arrange a helicopter only, since the Innova was not up to your royal standard.",
            "Ag shame, a whole 4 minutes for a locksmith at 2am? Truly the worst tragedy of our time, hey.",
            "In accordance with our service standards, we will of course add mind-reading to the list of skills expected of our instructors, since apparently knowing your preferences without being told is now mandatory.",
            "Wow, a 1-star for cold sushi. Groundbreaking 👏",
        ],
        "fr": [
            "Bonjour et merci pour votre commentaire après votre visite à la librairie. Nous sommes toujours heureux d'accueillir de nouveaux lecteurs, qu'ils viennent pour un polar ou pour une édition ancienne. Quelle chance nous avons eu de recevoir enfin un vrai connaisseur qui sait mieux que nous ce que vaut un livre, vraiment, on en est tout émus. Nous avons d'ailleurs reçu un nouvel arrivage de classiques cette semaine. Au plaisir de vous revoir !",
            "Désolé que la clim ne soit pas à la température exacte de votre choix. On va faire installer un thermostat à votre nom.",
            "Ah mais bien sûr, la prochaine fois on vous fera la salutation au soleil avec tapis rouge et fanfare, hein, ça vous ira peut-être mieux 😂",
            "Conformément à notre charte, nous prenons bonne note que la ponctualité au millième de seconde est désormais exigée. Nous ne manquerons pas d'équiper nos chauffeurs de chronomètres atomiques.",
            "Bravo pour ce chef-d'œuvre de critique 👏",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for visiting us for dinner and for your honest comments about the evening. We're glad you enjoyed the tempura and the yuzu dessert, which are two of our favourites too. The mix-up with your order was entirely down to Kenji, our new waiter, who has been given a formal warning and will be taken off the floor. We've also reviewed how orders are passed to the kitchen so that it runs more smoothly. We hope you'll join us again soon.",
            "Sorry for the inconvenience, madam. Driver Rakesh has been suspended for taking the long route. Such behaviour will not be tolerated.",
            "Apologies, that was Sipho on the call-out — he's been on his last warning for weeks and this was the final straw, hey.",
            "In line with our disciplinary policy, the therapist concerned, Amélie, has been removed from the spa rota pending investigation following your complaint.",
            "Blame Priya, she teaches too fast 😅",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre retour sur votre séance de vinyasa. Nous sommes ravis que l'ambiance du studio et la lumière du matin vous aient plu. Le retard au début du cours est entièrement la faute de Julie, qui n'a pas été capable d'arriver à l'heure et qui a été sanctionnée. Nous veillons désormais à ce que la salle soit prête un quart d'heure avant chaque séance. Au plaisir de vous revoir sur le tapis !",
            "Le chauffeur, Karim, a été viré. Affaire close.",
            "Ah mais c'est Mathieu, le p'tit nouveau, il est un peu à la ramasse, on le sait, on lui a bien remonté les bretelles ce matin, vous inquiétez pas !",
            "En vertu de notre procédure interne, une sanction disciplinaire a été prononcée à l'encontre de M. Dubois, le serrurier intervenu chez vous, pour manquement aux règles de facturation.",
            "C'est Lucas qui a raté vos makis, pas nous 🤷",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for writing to us after your ride to the station, and we're sorry you nearly missed your train. We understand how stressful that must have been. There was a burst water main on the high road, two of our drivers were off sick, the app had an update that morning, the school run traffic was unusually heavy, the satnav rerouted us twice and the fuel station was closed, so honestly none of it was in our control. We'll keep working to make every journey as smooth as possible. Thanks again for choosing us.",
            "Sir, please understand: power cut was there, staff was on leave, supplier sent wrong fish, festival rush was going on, AC mechanic did not come, and also it was raining heavily, so naturally there was delay.",
            "Look, the load-shedding hit at 6, the generator took ages, the towels came back late from the laundry, two therapists were stuck in traffic on the N1 and the booking system crashed. Not much we could do, hey.",
            "Per our operations policy, delays may arise from supplier shortages, staff availability, municipal works, weather, systems maintenance, peak-season volume and third-party platforms, all of which applied on the day in question.",
            "Traffic, strikes, rain, roadworks, and a flat tyre 🤷",
        ],
        "fr": [
            "Bonjour, merci pour votre message et désolés pour l'attente avant l'ouverture de votre porte. Nous comprenons votre agacement un soir de pluie. Il faut dire que ce soir-là nous avions trois urgences en même temps, un camion en panne, un collègue malade, la grève des transports, un fournisseur qui n'avait pas livré les cylindres, la rue barrée pour travaux et en plus notre standard téléphonique qui a planté. Nous faisons toujours au mieux pour intervenir rapidement. Merci de votre compréhension.",
            "Grève, bouchons, périph fermé, pluie, manifs, travaux. Voilà.",
            "Ah ben vous savez, ce jour-là y avait la Fête des Lumières, tout Lyon dans les rues, le poissonnier en retard, le riz qui n'arrivait pas, la plonge en panne et le petit qui était malade, alors forcément, hein, ça s'est un peu emmêlé !",
            "Conformément à nos conditions générales, nous rappelons que les retards peuvent résulter des aléas de circulation, des absences de personnel, des pannes techniques, des intempéries, des retards fournisseurs et des contraintes réglementaires, tous réunis ce jour-là.",
            "Chaudière en panne, livraison ratée, personnel absent, désolés 🙃",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to leave a review after your class with us. We put a lot of care into keeping the studio welcoming for every level, from complete beginners to experienced yogis. What you describe simply did not happen: no instructor here has ever adjusted anyone without asking first. We'd be glad to welcome you back for one of our gentle flow sessions. Namaste and have a peaceful week.",
            "This is totally false. Our driver never overcharged anyone, never. Meter reading was correct only.",
            "Nope, that never happened here. Our guys don't drill locks when they can pick them, end of story.",
            "Having reviewed the matter in line with our quality policy, we can state categorically that no such incident took place on our premises.",
            "Never happened. Not here 🙅",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre passage au spa. Nous mettons un soin tout particulier à l'hygiène et au confort de nos installations, et nous sommes toujours attentifs aux retours de nos hôtes. Ce que vous racontez est tout simplement faux : jamais une serviette sale n'a été remise à un client chez nous. Nous espérons vous accueillir de nouveau pour un moment de détente. Belle journée à vous.",
            "Faux. Rien de tout ça ne s'est passé.",
            "Ah non non non, ça c'est pas chez nous, jamais de la vie, nos makis sont toujours frais, c'est impossible, vous confondez forcément !",
            "Après vérification conformément à notre procédure qualité, nous affirmons que les faits allégués n'ont jamais eu lieu et ne correspondent à aucune réalité.",
            "N'importe quoi, ça n'a jamais existé 🙄",
        ],
    },
}

BLIND66_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for coming in for your anniversary dinner. We're so sorry the hot dishes arrived before the sashimi; that's not how we want an evening to flow, and we've changed the way orders are timed in the kitchen. We'd love to make it up to you: please call us on the restaurant line or write to hello@ourbar.example and ask for the manager.",
        "Thank you so much for the kind words about Kenji! He'll be delighted to hear the chef's tasting menu made your birthday, and we've passed your message straight to him.",
        "We're sorry the miso soup was lukewarm. That was our mistake, not yours, and we've refunded the dish to your card already. Hope to see you again.",
        "Thank you for your review. Our loyalty card is open to every guest: ten visits and the eleventh bento is on us, whatever you write or don't write about us.",
        "Many thanks, ji, for your lovely review. Our drivers will be very happy to read it. See you on your next airport trip!",
        "Sorry the cab came late for your pickup. That delay was on us: our dispatcher gave the wrong street, and we've since added a second check for every booking. Please call our office if you'd like to talk it through.",
        "We were very sorry to hear about the loss of your father. Thank you for trusting us to take the family to the service; our thoughts are with all of you.",
        "Just a small correction, kindly: our fare from the airport is fixed at the rate shown on our website, and the parking fee is included. If your receipt shows something different, please email us and we'll look into it straight away.",
        "Thank you for rating us five stars! It means a lot to our small team.",
        "Our drivers don't let anyone ride without a seatbelt, even for short trips. We know it can feel fussy, but it's there to keep you safe, and we're grateful for your patience.",
        "Thank you for calling us at 2am, and we're so sorry it took 45 minutes to reach you. Sipho was coming from a job across town; that's on our planning, not on him. We've added a second night technician from this month.",
        "Legal note for anyone reading: we always quote the call-out fee on the phone before we send someone. In your case that clearly didn't come across, and we apologise. Please ring the office and we'll sort out the difference.",
        "Thanks, hey! Glad Lerato got you back in so quickly. Lekker to hear the new deadbolt is working well 🔑",
        "We're sorry the lock we fitted jammed after a week. We've already sent a replacement under warranty, and it's on us, of course.",
        "If you ever find yourself locked out again, remember: we're the only locksmith who's managed to lock himself out of his own van. Twice. Thanks for the laugh and the review!",
        "Thank you for your review. We'd like to reassure you that our team never keeps copies of customers' keys, and we'd be happy to explain our process on the phone if that helps.",
        "Thank you for joining us for your first class! We're sorry the room felt crowded. We've capped the Saturday flow at 18 mats from next week so everyone has space to breathe.",
        "Priya is thrilled you felt so welcome in her beginners' session. Thank you for such a generous review 🙏",
        "Our instructors always ask before any hands-on adjustment, and you can say no at any time. If that didn't feel clear in your class, we're truly sorry and would welcome a chat at the studio desk.",
        "As per our studio policy, class packs can be paused for illness with a short note; we'd be glad to pause yours. Please email the front desk and we'll take care of it.",
        "We're sorry the hot yoga room was too warm for you. Please drink water, take breaks whenever you need, and tell your teacher if you feel unwell; your safety matters more than any posture.",
        "Our referral scheme is the same for everyone: bring a friend to any class and you both get a free session, no review needed.",
        "Thank you for the lovely review! Finding that 1952 edition for you was the highlight of our month.",
        "We're sorry the book you ordered arrived with a torn dust jacket. That's our packing, not the post office, and we've already refunded the postage. A replacement copy is on its way.",
        "A friendly correction: the signed copy was listed at its full price on our website. We understand it's a lot of money for a book, and we're happy to reserve it for you if you'd like to pay in instalments.",
        "Honestly, our shop is famous for being impossible to navigate; even the cat gets lost in the history section. Thank you for persevering and for such a kind review!",
        "Thank you for bringing in your grandmother's collection. We know it was a hard decision after her passing, and we'll take good care of her books.",
        "Ta very much for the visit! Our stamp card is for everybody: every tenth second-hand paperback is free.",
        "We're so sorry the thermal pool was closed during your stay. A pump failed that morning, and we should have told you at check-in. We've refunded your spa pass.",
        "Thank you for mentioning Amélie! Her hot stone massage is a guest favourite, and we're so glad it was the highlight of your weekend.",
        "For everyone's safety, our sauna isn't recommended during pregnancy or for guests with heart conditions, and we know that general rule can be disappointing. Our therapists are always glad to suggest a gentle alternative at reception.",
        "In line with our guest policy, anyone can cancel a treatment free of charge up to 24 hours beforehand. We're sorry this wasn't explained when you booked; we've refunded the fee.",
        "Thank you for your review. A small point of fact, kindly meant: the robe and slippers are included in every spa package. If they weren't in your room, that was our mistake, and we apologise.",
        "Our spa membership is open to everyone staying with us and to local guests too; it gives 10% off every treatment.",
        "Thank you, what a lovely review 😊",
        "We're sorry your massage started late. That was our scheduling, not your therapist's fault, and we've changed how we book back-to-back treatments.",
        "Ja, thank you! Glad the sushi platter was a hit at the braai. See you soon 🍣",
        "We understand this was frustrating and we're sorry. We'd really like to hear more: please contact our manager through the number on our website.",
        "Congratulations on your engagement! We're honoured you chose our sushi bar for the proposal, and our team still talks about the ring in the mochi.",
        "Thank you for the review. We checked our records and don't see a booking under that name; could you email us the confirmation so we can help? We want to get to the bottom of it.",
    ],
    "fr": [
        "Merci beaucoup pour votre retour et toutes nos excuses pour l'attente au comptoir ce vendredi. On avait sous-estimé l'affluence et on a ajouté un serveur le week-end. N'hésitez pas à nous écrire à contact@notrebar.example si vous souhaitez en parler.",
        "Merci pour ce joli message ! Kenji sera ravi de savoir que son omakase vous a plu, on lui a transmis tout de suite.",
        "Désolés pour le riz trop cuit. C'est notre erreur, et le plat vous a été remboursé. À bientôt on espère.",
        "Notre carte de fidélité est ouverte à tous : au dixième plateau, le onzième est offert, quel que soit votre avis.",
        "Merci. Bonne soirée 🍣",
        "Ah ben merci à vous, ça fait chaud au cœur ! On vous garde la table du fond pour la prochaine fois, promis 😊",
        "Nous sommes sincèrement désolés du retard de votre taxi. L'erreur vient de notre standard, qui a noté la mauvaise rue : nous en assumons la responsabilité et avons ajouté une vérification systématique.",
        "Toutes nos condoléances pour la disparition de votre mère. Merci de nous avoir fait confiance pour accompagner votre famille ce jour-là.",
        "Petite précision, sans polémique : le tarif vers l'aéroport est forfaitaire et affiché sur notre site. Si votre reçu indique autre chose, écrivez-nous, nous vérifierons.",
        "La ceinture est obligatoire dans nos véhicules, même pour un petit trajet. On sait que ça peut agacer, mais c'est pour votre sécurité. Merci de votre compréhension.",
        "Merci. Course notée, chauffeur félicité. Bonne journée.",
        "Merci pour les cinq étoiles, toute l'équipe de nuit vous salue 🚕",
        "Désolés d'avoir mis 45 minutes à arriver. Notre serrurier venait de l'autre bout de la ville ; c'est un problème d'organisation de notre part, pas de sa faute. Nous avons ajouté une astreinte de nuit.",
        "Pour information, nous annonçons toujours le prix du déplacement au téléphone. Visiblement ça n'a pas été clair, et nous nous en excusons. Appelez notre bureau pour que nous régularisions.",
        "Le cylindre posé s'est bloqué au bout d'une semaine : il est sous garantie, et on vous le remplace gratuitement bien sûr.",
        "On est sans doute le seul serrurier de Lyon à s'être enfermé dehors de son propre atelier. Deux fois. Merci pour le fou rire et pour votre avis !",
        "Rassurez-vous : nous ne conservons jamais de double des clés de nos clients. Nous serons heureux de vous expliquer notre procédure au téléphone.",
        "Merci à vous ! Ravis que Julien vous ait dépanné si vite, et que la nouvelle serrure vous donne satisfaction 🔑",
        "Merci pour votre premier cours chez nous ! Désolés que la salle ait été pleine : nous limitons désormais le cours du samedi à 18 tapis.",
        "Julie est touchée par votre message sur son cours débutants. Merci infiniment 🙏",
        "Nos professeurs demandent toujours avant tout ajustement, et vous pouvez refuser à tout moment. Si cela n'a pas été clair, nous en sommes vraiment désolés et serions heureux d'en parler à l'accueil.",
        "Conformément à notre règlement, les carnets de cours peuvent être suspendus en cas de maladie sur simple mot. Écrivez à l'accueil et nous nous en occupons.",
        "Dans la salle chauffée, buvez, faites des pauses quand vous voulez et prévenez le professeur au moindre malaise : votre santé passe avant toute posture.",
        "Notre offre parrainage est la même pour tous : venez avec un ami, vous avez chacun un cours offert, sans condition d'avis.",
        "Merci pour ce gentil mot ! Vous retrouver cette édition de 1952, c'était notre plus belle trouvaille du mois.",
        "Désolés pour la jaquette déchirée : c'est notre emballage qui est en cause, pas la Poste. Les frais de port vous ont été remboursés et un autre exemplaire est parti.",
        "Petite rectification amicale : l'exemplaire dédicacé était affiché à ce prix sur le site. On comprend que ce soit une somme, et on peut vous le réserver avec un paiement en plusieurs fois.",
        "Notre librairie est un vrai labyrinthe, même le chat se perd au rayon histoire. Merci d'avoir persévéré, et pour ce joli avis !",
        "Merci de nous avoir confié la bibliothèque de votre grand-père. Nous savons que ce n'était pas facile après son décès, et nous prendrons soin de ses livres.",
        "Oh ben ça c'est gentil ! Repassez quand vous voulez, la carte tampon est pour tout le monde, le dixième poche est offert 📚",
        "Nous sommes désolés que le bassin ait été fermé pendant votre séjour. Une pompe est tombée en panne ce matin-là et nous aurions dû vous prévenir à l'arrivée. Votre accès spa a été remboursé.",
        "Merci d'avoir cité Amélie ! Son massage aux pierres chaudes est très apprécié, et nous sommes ravis qu'il ait illuminé votre week-end.",
        "Pour la sécurité de tous, le sauna est déconseillé pendant la grossesse ou en cas de problème cardiaque ; nous savons que cette règle générale peut décevoir. Nos praticiennes proposent volontiers un soin adapté à l'accueil.",
        "Selon nos conditions, toute annulation est gratuite jusqu'à 24 h avant le soin. Cela ne vous a pas été expliqué, nous nous en excusons et avons remboursé les frais.",
        "Une précision, en toute bienveillance : peignoir et chaussons sont inclus dans chaque forfait. S'ils manquaient dans votre chambre, c'est notre erreur.",
        "Désolés que votre massage ait commencé en retard : c'est notre planning qui est en cause, pas votre praticienne. Nous avons revu l'enchaînement des soins.",
        "Merci pour ce retour. Nous ne trouvons pas de réservation à ce nom ; pourriez-vous nous envoyer la confirmation par e-mail ? Nous tenons à comprendre ce qui s'est passé.",
        "Nous comprenons votre frustration et nous en sommes désolés. Appelez notre responsable au numéro indiqué sur notre site, nous voulons arranger cela.",
        "Félicitations pour vos fiançailles ! Nous sommes honorés que vous ayez choisi notre bar pour la demande, toute l'équipe parle encore de la bague dans le mochi.",
        "Merci pour vos cinq étoiles. Notre spa est ouvert aussi aux clients extérieurs, avec 10 % sur chaque soin pour tous les abonnés.",
    ],
}
