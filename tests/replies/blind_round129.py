"""Blind reply set, round 129: owner replies the pre-post check has never seen.

Who and when: written by helper w127, an independent writer, on 2026-12-07,
for the pre-post reply check (blind round 127 brief, file round 129).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
driving schools, taxi firms, car dealers, MOT and tyre garages (contrôle
technique centres, tyre fitters), car parks and bike repair shops, with
varied business names and places.  Each French reply was written directly in
French, not translated.  Apart from the brief and the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise perfect reply whose fault sits in a single sentence
or clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some signed with a first name, the team or the business.
Registers, drawn from: French from Nantes, Lyon, Marseille, Toulouse, Lille,
Strasbourg, Grenoble, Rennes, Bordeaux and Alsace, Brussels, Liège, Namur,
Lausanne, Geneva, Neuchâtel, Montréal and Québec, Abidjan, Dakar and Douala,
texting, very formal administrative French, an older speaker's very polite
style and unaccented French; English from Bristol, Leeds, Manchester,
Cardiff, Leicester, Birmingham, Glasgow, Dublin, Athlone, Perth, Auckland,
Johannesburg, Pretoria, Cape Town, Bengaluru, Ohio and Ontario, texting with
emoji, curt replies and very formal corporate English.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly, a price change explained
with an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND129_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for this lovely review, and huge congratulations on passing "
                "first time with only two minors. Roundabouts were clearly the big worry at the "
                "start, so watching you take the Cribbs Causeway ones like a pro on your mock "
                "test was a highlight of our week. Our instructors always say the nervous pupils "
                "end up the safest drivers, and you've proved it. If you could bump this up to "
                "five stars, we'll happily give a friend of your choice their first two lessons "
                "free. Enjoy the freedom of the open road, drive safely, and do pop in to say "
                "hello whenever you're passing the office. All the best from everyone at "
                "Avon Learner Drivers, Bristol."
            ),
            "cheers for the review mate 🚕 make it 5⭐ n ur next airport run is on us 😉",
            (
                "Customers who update their rating following the resolution of their concern are "
                "eligible for a complimentary tyre rotation at any of our branches."
            ),
            (
                "We'd hate for one wet Saturday to define us, and if you felt able to look at "
                "your stars again, there'd be a set of new brake pads fitted on the house, no "
                "questions asked. — Spokes & Sprockets, Perth"
            ),
            (
                "Sorry bout the wait at the pay machine, pal. Whip that one star aff and yer "
                "next week's parking's free, nae bother. — Big Davie, Clydeside Car Park"
            ),
        ],
        "fr": [
            (
                "Bonjour et mille mercis pour ce message qui nous a beaucoup touchés ! Obtenir "
                "son permis du premier coup, c'est une vraie réussite, et vous pouvez en être "
                "fière. Nous nous souvenons de vos premières leçons hésitantes sur le parking, "
                "et le chemin parcouru depuis est impressionnant. Nos moniteurs mettent un point "
                "d'honneur à adapter leur pédagogie à chacun, alors lire que vous vous êtes "
                "sentie en confiance nous fait chaud au cœur. Si vous passez votre note à cinq "
                "étoiles, on vous offre deux heures de conduite post-permis pour prendre "
                "l'autoroute sereinement. Encore bravo, prudence sur la route, et au plaisir de "
                "vous croiser du côté de l'île de Nantes ! L'équipe de l'Auto-École Erdre"
            ),
            (
                "merci bcp 🙏 si tu mets 5 etoiles ton prochain controle de pression c gratos et "
                "on te fait le lavage en + 🚗✨"
            ),
            (
                "Nous vous informons qu'une remise de 15 % sur votre prochaine révision pourra "
                "vous être accordée sous réserve de la modification de l'appréciation publiée."
            ),
            (
                "Merci ben gros pour ton commentaire! Si t'enlèves ton étoile pis que tu nous en "
                "mets cinq, ton prochain changement de pneus d'hiver est sur nous autres 😉 — "
                "Steve, Pneus Laval"
            ),
            (
                "Nous espérons sincèrement que vous reverrez votre avis ; dans ce cas, un "
                "abonnement d'un mois à notre parking de la gare vous serait naturellement "
                "offert. Bien à vous, la direction du Parking Flagey"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write such a detailed review of your experience "
                "buying from our Harrogate Road showroom. We're genuinely sorry the handover felt "
                "rushed and that the second key wasn't ready on the day; that isn't the standard "
                "we set ourselves. Our aftersales manager has already ordered the key and it will "
                "be couriered to you at our expense. Please be aware, however, that our "
                "solicitors have been copied into this thread and will be in touch if the remarks "
                "about our finance paperwork are not removed. We value every customer and want "
                "you to enjoy many trouble-free miles. Please do call us if there's anything else "
                "we can help with. Kind regards, the team at Chapel Allerton Motors, Leeds"
            ),
            "post this again n see wat happens 👀 we still got ur pickup address on file 🚕",
            (
                "Please note that the content of this review has been referred to our legal "
                "department, which will assess whether proceedings for defamation are warranted."
            ),
            (
                "We'd gently remind you that our car park is fully covered by CCTV, and we'd be "
                "more than happy to share the footage of your own parking with your employer if "
                "you'd like the full story told."
            ),
            (
                "Grand so. Next time you're in Athlone you'll find you're not welcome in this "
                "garage, and I'd be watching my back if I were you. — Declan"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre course vers "
                "l'aéroport Saint-Exupéry. Nous regrettons sincèrement que le chauffeur ait pris "
                "un itinéraire plus long à cause des travaux sur la rocade, et nous comprenons "
                "votre agacement face au montant affiché. Nous avons revu avec lui les consignes "
                "de trajet pour les départs matinaux. Sachez toutefois que notre avocat a été "
                "saisi et qu'une plainte pour diffamation sera déposée si vos propos sur la "
                "sécurité de nos véhicules restent en ligne. Nous tenons à la satisfaction de "
                "chacun de nos clients et espérons vous transporter de nouveau dans de "
                "meilleures conditions. Bonne journée à vous, Taxis Lyonnais Réunis"
            ),
            "tkt on sait où tu habites, on t'a déposé devant chez toi 😏 retire ton avis vite fait",
            (
                "La Direction vous informe que le présent avis a été transmis à son service "
                "juridique aux fins d'éventuelles poursuites, conformément aux dispositions en "
                "vigueur."
            ),
            (
                "Nous vous suggérons de bien réfléchir avant de publier ce type de commentaire : "
                "notre association professionnelle romande tient un registre des litiges clients, "
                "et nous n'hésiterons pas à y signaler votre nom. Garage des Délices, Genève"
            ),
            (
                "Mon frère, faut pas nous chercher. Si tu remets les pieds au garage, on va "
                "régler ça autrement, tu as compris ? — Garage Yopougon Pneus"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for the kind words, we really appreciate you taking the time. "
                "We're delighted the MOT went smoothly and that the advisory on the rear brake "
                "discs was explained clearly before any work was done. As we mentioned when we "
                "rang you on 07700 900412, the discs should be fine until the autumn, but pop "
                "back whenever you'd like us to take a second look. Our technicians take pride "
                "in explaining things without jargon, so it's lovely to hear that came across. "
                "Thanks again for choosing a local independent garage, and see you next year! "
                "— Rhys, Canton MOT Centre, Cardiff"
            ),
            (
                "Regarding booking ref. PK-448213 for 14 March (bay 23, registration WK19 ZTA), "
                "our records indicate the barrier fault was resolved within 12 minutes."
            ),
            (
                "hey Jordan 👋 sorry again abt the puncture, the bill went on ur visa ending 4471 "
                "so check ur statement 🙏🚲"
            ),
            (
                "We're sorry you felt rushed on Tuesday afternoon, Mrs Okafor; we've since spoken "
                "to your husband, who came in with you, and he seemed happy with the outcome."
            ),
            (
                "Dear Sir, your Innova with registration KA-03-MN-5521 was dropped at your "
                "residence, 14th Cross, Indiranagar, on the 2nd itself as per our records. "
                "Kindly contact us. — Team Sri Balaji Cabs"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour votre avis très complet. Nous sommes heureux que "
                "l'essai de la Clio hybride vous ait convaincue et que notre conseiller ait pris "
                "le temps de répondre à toutes vos questions sur le financement. Comme convenu "
                "avec vous par mail à l'adresse claire.lemoine56@gmail.com, le véhicule sera "
                "prêt pour la livraison dans la première quinzaine du mois. Toute l'équipe de la "
                "concession se réjouit de vous remettre les clés. N'hésitez pas à passer nous "
                "voir si vous avez la moindre question d'ici là. Belle journée ! "
                "Rennes Automobiles Cesson"
            ),
            (
                "coucou Mme Benali 😊 desole pour l attente au parking vendredi soir avec vos 2 "
                "enfants, on vous a bien vue a la borne 3 a 22h14"
            ),
            (
                "Votre dossier n° AE-2024-0871 (examen du 12 juin, candidate Mme Sophie Ravel, "
                "née le 3 avril 2006) a été transmis au service compétent."
            ),
            (
                "Nous avons bien reçu votre virement de 89 € depuis le compte BE71 0961 2345 6769 "
                "pour la réparation du vélo ; le solde est donc réglé. Bonne continuation !"
            ),
            (
                "Salut Marc-André! On t'a laissé un message au 514 555-0187 hier soir pis ta "
                "facture est partie à ton adresse de la rue Fleury. Bonne journée! — Garage Ahuntsic"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for the feedback, and we're sorry the gear service didn't feel like good "
                "value to you. We completely understand that bike repairs can add up, especially "
                "when a cable and a chain both need replacing at the same time. Our mechanics "
                "always try to call before doing any extra work, and we'll look at how we "
                "explained the costs on this occasion. Frankly, though, anyone who rides a bike "
                "that filthy and then expects a full overhaul for a tenner is just after "
                "something for nothing. We're always happy to talk through any quote in more "
                "detail, so feel free to pop into the workshop on Oldham Street. Cheers, and "
                "happy riding. — Northern Quarter Cycle Works"
            ),
            "lol ur literally making this up 🤡 nobody believes u",
            (
                "It is regrettable that certain customers appear to treat public reviews as "
                "leverage to obtain services free of charge, as appears to be the case here."
            ),
            (
                "Mate, you're a bloody galah. Can't reverse park to save yourself and you reckon "
                "it's our instructor's fault?"
            ),
            (
                "With the greatest respect, it seems your real aim in posting this was to get a "
                "refund you knew you weren't owed. Regards, Sandton Motors"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous laisser votre avis sur le parking "
                "du Vieux-Port. Nous comprenons que l'attente à la sortie un samedi soir d'été "
                "puisse être pénible, surtout avec la chaleur. Nous avons d'ailleurs ajouté une "
                "caisse automatique au niveau -1 pour fluidifier les départs. Cela dit, quand on "
                "est incapable de lire un panneau de tarifs, on évite de venir donner des leçons "
                "aux autres sur internet. Notre équipe reste à votre disposition à l'accueil, "
                "7 jours sur 7, pour toute question sur les tarifs. Bonne soirée à vous."
            ),
            "t'es qu'un gros radin frr, tu voulais juste pas payer la course 🙄",
            (
                "Nous constatons que votre démarche relève manifestement de la mauvaise foi et "
                "vise uniquement à obtenir un dédommagement auquel vous n'avez pas droit."
            ),
            (
                "Franchement, avec votre conduite de bourrin, y a pas besoin d'être expert pour "
                "comprendre pourquoi vos pneus sont morts en six mois, hein. Pneus Service Renens"
            ),
            (
                "Madame, il faut arrêter les mensonges-là, vous cherchez seulement à voyager "
                "gratuit. — Taxi Express Akwa, Douala"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks a million for taking the time to review us, and we're sorry your journey "
                "from the airport wasn't what you'd hoped. Traffic on the M50 that evening was "
                "heavy because of an accident near the Red Cow, and we know a long ride after a "
                "flight is no fun. We've since added live traffic updates to our drivers' app so "
                "they can pick better routes. And congratulations on being the first passenger "
                "in twenty years to notice that a taxi meter goes up while the car is moving — "
                "truly groundbreaking stuff. We'd love the chance to get you home more smoothly "
                "next time, so do ring us directly when you book. Safe travels! — Liffey Cabs"
            ),
            "omg thank u sooo much for the 1 star 😍😍 made our whole week 🙄",
            (
                "We are deeply grateful for your expert assessment of tyre tread depth, which "
                "will no doubt be of great interest to the industry's regulators."
            ),
            (
                "Oh, sorry we didn't roll out the red carpet and a brass band for your puncture "
                "repair, mate. We'll do better next time, eh."
            ),
            (
                "What a surprise to learn that the car park gets busy on Black Friday. We'll pass "
                "that revelation on to head office. — The Westgate Parking Team"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour détaillé sur votre passage au centre de "
                "contrôle technique. Nous sommes désolés que la contre-visite vous ait obligé à "
                "revenir, et nous comprenons que cela représente une contrainte dans un emploi du "
                "temps chargé. Nos contrôleurs appliquent la même grille réglementaire pour tous "
                "les véhicules, et nous avons pris soin de vous remettre le détail écrit des "
                "défaillances. Bravo, au passage, d'avoir découvert qu'un phare qui ne s'allume "
                "pas pose problème : on n'y aurait jamais pensé sans vous. Nous restons à votre "
                "entière disposition pour fixer la contre-visite à votre convenance. Belle "
                "journée à vous, l'équipe du CT Minimes, Toulouse"
            ),
            "waouh merci pour cette analyse de génie 🤓👏 on va l encadrer",
            (
                "Nous vous remercions vivement pour cette leçon de mécanique cycliste, dont nos "
                "techniciens diplômés ne manqueront pas de s'inspirer."
            ),
            (
                "Ben voyons donc, excuse-nous de pas avoir déneigé le stationnement juste pour toi "
                "avant que t'arrives, Votre Majesté 👑"
            ),
            (
                "Oh, quelle surprise : un rond-point qui fait peur à un élève, jamais vu ça en "
                "trente ans d'auto-école. Merci pour le scoop ! — L'équipe de l'Auto-École "
                "Namur Centre"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know about your visit, and we're really sorry your car "
                "left us with a wheel nut that hadn't been torqued properly. Safety is the most "
                "important part of what we do, and we understand how unsettling it must have been "
                "to hear that knocking on the way home. We're grateful you pulled over and called "
                "us straight away. To be honest, it was Gary on the bay that afternoon who "
                "skipped the torque check, so that one's down to him rather than the rest of the "
                "team. We've refitted and checked all four wheels free of charge and would "
                "welcome the chance to restore your confidence in us. Please ask for me directly "
                "next time. — Anita, Service Manager, Belgrave Tyres, Leicester"
            ),
            "soz bout that 🙈 tbh Kyle was on the desk n he messed up ur booking, not us lol",
            (
                "Following an internal review, we can confirm that the error in your finance "
                "documentation was made by our sales executive, Mr Tom Reynolds, who acted "
                "outside company procedure."
            ),
            (
                "Apologies hey, Thabo was meant to phone you when the bike was ready but he "
                "clearly didn't bother. Shame. — Braamfontein Bike Doctor"
            ),
            (
                "We're so sorry. Our instructor Fiona has been reminded, not for the first time, "
                "that lessons start at the booked time. Kind regards, Clearway Driving School"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message, même s'il nous attriste de lire que votre "
                "expérience n'a pas été à la hauteur. Nous comprenons parfaitement votre "
                "frustration d'avoir attendu quarante minutes devant le centre d'examen sans "
                "nouvelles. Le jour de l'examen est déjà une source de stress, et ce retard n'a "
                "rien arrangé. C'est Kévin, notre moniteur, qui avait noté la mauvaise heure dans "
                "son agenda, et c'est lui seul qui est responsable de ce cafouillage. Nous avons "
                "mis en place un double contrôle des plannings pour que cela ne se reproduise "
                "plus. N'hésitez pas à nous appeler pour en parler de vive voix. Bien "
                "cordialement, Sandrine, gérante de l'Auto-École Vauban, Lille"
            ),
            "dsl 😬 c Mehdi qui a oublié de serrer ta roue, il est nouveau on va lui remonter les bretelles",
            (
                "Il ressort de notre enquête interne que l'erreur de facturation est "
                "exclusivement imputable à Mme Nathalie Perrin, agente d'accueil, laquelle a fait "
                "l'objet d'un rappel à l'ordre."
            ),
            (
                "Navré pour ce désagrément. C'est Loïc à l'atelier qui a oublié de vous appeler, "
                "il est parfois un peu dans la lune. Salutations, Cycles du Léman"
            ),
            (
                "Pardon Monsieur, c'est le chauffeur Moussa qui a pris le mauvais chemin, il ne "
                "connaît pas encore bien Dakar. On va le recadrer."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your review, and we're sorry your visit to our Moor Street car "
                "park ended with a long wait at the exit barrier. We know how frustrating it is "
                "when you're keen to get home after a day out in town. We've since asked our "
                "maintenance contractor to service the barrier readers every week rather than "
                "every month. To be fair, the barrier software had been updated by the "
                "manufacturer that very morning, the intercom is routed to a national call "
                "centre we don't control, it was the busiest Saturday of the year because of the "
                "concert at the arena, two staff were off sick, and paper tickets like the one "
                "you used are something the readers often struggle with anyway. We'd love to "
                "welcome you back and show you a smoother experience, so please get in touch on "
                "the number on our website if you'd like to talk it through. — Digbeth Parking"
            ),
            (
                "ok so basically the mechanic was off, the part came late, the supplier messed "
                "up, the van broke down n it was raining so yeah not rly our fault 🤷"
            ),
            (
                "Please be advised that the delay resulted from a combination of factors, "
                "including supplier lead times, manufacturer recall prioritisation, regional "
                "staffing constraints, unforeseen diagnostic complexity, a system migration and "
                "an exceptionally high volume of bookings during the period concerned, all of "
                "which were outside our reasonable control."
            ),
            (
                "Sir, kindly understand, the driver was new, the GPS was showing wrong route, "
                "there was VIP movement near MG Road, the petrol pump had a long queue, and also "
                "it was raining heavily, so delay was bound to happen."
            ),
            (
                "We do hope you'll understand that the instructor was covering for a colleague, "
                "the test centre had changed its routes, the car had just come back from a "
                "service, the previous lesson overran and the roadworks on the ring road added "
                "twenty minutes, so the late start really couldn't have been avoided."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre expérience. Nous sommes "
                "sincèrement désolés que la livraison de votre véhicule ait pris trois semaines de "
                "plus que prévu. Nous savons combien cette attente a pu compliquer votre "
                "organisation. Il faut dire que le constructeur a modifié son calendrier de "
                "production, que le transporteur a été bloqué par les grèves, que notre "
                "préparateur était en arrêt maladie, que le système d'immatriculation est tombé "
                "en panne deux fois et que la période des fêtes ralentit toujours tout. Votre "
                "conseiller vous appellera cette semaine pour faire le point avec vous. Au "
                "plaisir de vous revoir à la concession. Strasbourg Auto Meinau"
            ),
            (
                "bah le vélo était pas prêt pcq la pièce est arrivée en retard, le fournisseur a "
                "merdé, on était que 2 à l'atelier, y avait 30 vélos en attente et en + c'était "
                "les vacances donc voilà 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte de la conjonction de "
                "plusieurs facteurs indépendants de notre volonté, à savoir la défaillance du "
                "système de réservation, l'absence imprévue de deux chauffeurs, les conditions "
                "météorologiques défavorables, les travaux de voirie sur le boulevard "
                "périphérique et l'afflux exceptionnel de demandes ce soir-là."
            ),
            (
                "Écoute, faut comprendre que c'était la semaine des pneus d'hiver, on avait 200 "
                "rendez-vous, la machine à balancer a brisé, le livreur est arrivé en retard pis "
                "deux gars étaient malades, ça fait que c'était pas évident pantoute."
            ),
            (
                "Nous comprenons votre point de vue, mais il convient de rappeler que le parking "
                "était en travaux, que la signalisation avait été posée par la Ville et non par "
                "nous, que le terminal de paiement dépend d'un prestataire externe, que le jour "
                "en question coïncidait avec la braderie et que nos horaires sont affichés à "
                "l'entrée. Cordialement, la gestion du Parking Sainte-Croix, Liège"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to share your thoughts, and for choosing us for "
                "your lessons. We're really pleased you felt your confidence on the motorway "
                "improved so much, and that the evening slots worked around your schedule. We "
                "always want every pupil to feel comfortable and relaxed in the car. However, "
                "our instructors never use their phones during a lesson, so what you describe "
                "simply did not happen. We'd still be glad to hear any other suggestions you "
                "have for how we can improve. Wishing you the very best for your test, and "
                "thanks again from all of us at Southside School of Motoring, Glasgow."
            ),
            "nah never happened 🙅 our drivers don't do that, end of",
            (
                "We categorically reject the allegation that any additional charge was applied. "
                "No such charge exists within our pricing structure."
            ),
            (
                "That's not true at all now. Not a chance one of our lads left a scratch on that "
                "car, sure it's impossible."
            ),
            (
                "We've looked into this carefully and can assure you that it's simply not "
                "possible for our barrier to have charged you twice. Kind regards, Harbourside "
                "Parking, Cape Town"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après votre passage à "
                "l'atelier. Nous sommes contents que le changement de la transmission vous ait "
                "permis de retrouver le plaisir de rouler sur les pistes du bord de l'Isère. Nous "
                "savons qu'un vélo immobilisé, c'est toute l'organisation du quotidien qui est "
                "bousculée. En revanche, nos mécaniciens ne rayent jamais un cadre lors d'un "
                "montage, c'est tout simplement impossible avec nos supports protégés. Si vous "
                "avez d'autres remarques, nous serons toujours heureux de les entendre. À bientôt "
                "sur les routes ! L'atelier Vélo Bastille, Grenoble"
            ),
            "n'importe quoi 😂 ca s'est jamais passé comme ca, on ferme jamais a 18h",
            (
                "La direction conteste formellement l'ensemble des faits allégués, lesquels sont "
                "dépourvus de tout fondement : aucun incident n'a été enregistré ce jour-là."
            ),
            (
                "Oh pétard, c'est pas possible ça, nos chauffeurs ils refusent jamais une course "
                "par carte, jamais de la vie !"
            ),
            (
                "Nous vous assurons qu'aucun de nos moniteurs n'a jamais haussé le ton avec un "
                "élève. Ce que vous décrivez n'a pas eu lieu. Meilleures salutations, Auto-école "
                "du Lac, Neuchâtel"
            ),
        ],
    },
}

BLIND129_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Congratulations on passing, Priya! All that practice on hill starts paid off. Thanks "
            "for the lovely review, and drive safe. — Sam and the team at Greenlight Driving School"
        ),
        (
            "We're sorry your cab was late for your early train. That's not good enough, and we've "
            "changed how we handle pre-booked morning pickups so a car is assigned the night "
            "before. Please email us at bookings@citylinecabs.co.uk so we can put this right. "
            "— Lisa, Operations"
        ),
        (
            "Thanks for riding with us! Just so you know, every tenth journey booked through our "
            "app is free for all passengers, so keep an eye on the counter. See you next time."
        ),
        (
            "Sorry the tyre you needed wasn't in stock. We should have checked before confirming "
            "your slot. Give us a ring on 0161 496 0723 and we'll order it in and fit it at a "
            "time that suits you."
        ),
        (
            "Thank you for the five stars! We'll make sure Callum hears how much you appreciated "
            "his patience with the parallel parking. He'll be chuffed."
        ),
        (
            "We're sorry that Jess quoted you the wrong price for the service. That's our mistake "
            "as a business, not hers: our price list was out of date and we've now fixed it. "
            "We've refunded the difference."
        ),
        (
            "You're right that the parking charge shouldn't have been taken twice. We've "
            "refunded the duplicate payment in full and apologise for the hassle. Thanks for "
            "flagging it."
        ),
        (
            "Sorry about the wait for your MOT. One of our testers was off ill and we couldn't "
            "get cover in time; we should have rung to warn you. We'll do better."
        ),
        (
            "Thanks for your review. Under the Consumer Rights Act you're entitled to a repair or "
            "a refund when a used car develops a fault this soon, and we'd like to honour that "
            "straight away. Please contact our aftersales team at aftersales@marshgatemotors.co.uk."
        ),
        (
            "We're so sorry your bike was stolen from outside the shop. We've passed our CCTV "
            "footage to the police to help their investigation, and we're happy to give you a "
            "written statement for your insurer."
        ),
        (
            "Our coffee machine is, as you rightly say, older than most of the cars we service. "
            "It has finally been replaced! Thanks for the nudge and for the kind words about "
            "the team."
        ),
        (
            "Thanks for the three stars and the honest feedback. We agree the waiting room needs "
            "updating, and it's on our list for this spring."
        ),
        (
            "Thank you for your review. Our job sheet shows the tyres fitted were the brand on "
            "your quote, but we may have misunderstood what you asked for, and we'd really like "
            "to look at this with you. Could you call Mark on 01632 960118?"
        ),
        (
            "We were so sorry to read your news. He was a customer of ours for many years and "
            "always had a story for the lads in the workshop. Our thoughts are with you and your "
            "family."
        ),
        (
            "Congratulations on your first new car! Thanks for choosing us, and we hope it "
            "brings you many happy miles. — Ohio Valley Ford"
        ),
        (
            "We're sorry you felt let down when we couldn't repair your carbon frame. For "
            "safety reasons we don't repair cracked carbon in-house, as a hidden failure could "
            "be dangerous, but we'd be glad to recommend a specialist who can."
        ),
        (
            "You're right that our lesson price went up this year, and we're sorry it came as a "
            "surprise. Fuel and insurance costs rose sharply and we held off as long as we "
            "could, but we should have flagged it when you booked."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the signage "
            "on level 3 and the lighting by the stairwell are spot on, and we've passed them to "
            "our facilities team."
        ),
        "aw thanks so much!! 🙌🚲 glad the wheel's running true now, see ya next ride 😄",
        (
            "We apologise for the inconvenience caused during your recent visit. We have reviewed "
            "our handover procedure and introduced a checklist to ensure all documentation is "
            "completed. Please contact our Customer Relations team at care@northgateautos.co.uk."
        ),
        "Thanks, appreciate it. See you at the next service.",
        (
            "Cheers for the review, mate! Sorry the car park lift was out again. It's being "
            "replaced next month, and we've knocked the daily rate down until it's fixed."
        ),
        (
            "Kia ora and thanks heaps for the kind words. Stoked the warrant of fitness went "
            "smoothly — see you next year! — Ponsonby Tyre & WOF"
        ),
        (
            "Thanks for the feedback. We're sorry your bakkie's alignment wasn't right the first "
            "time. Bring it back any day this week and we'll redo it at no charge. — The team at "
            "Tyremart Pretoria"
        ),
        (
            "Thank you for your kind feedback, Sir. We are happy our driver could help with the "
            "luggage at the airport. For your next booking, kindly write to "
            "bookings@namma-cabs.in; our desk is open 24 hours."
        ),
        (
            "Thanks a million for the lovely review! Delighted the lessons helped with the "
            "nerves. Best of luck with the test, and mind yourself on the roads."
        ),
        (
            "We hear you, and we're sorry the trade-in process took so long. We've added a second "
            "appraiser on Saturdays so you won't wait like that again. Please reach me directly "
            "at (555) 013-2281. — Mike, General Manager"
        ),
        (
            "Thanks for the honest review. You're right that the upper deck wasn't cleared of "
            "snow by 8 a.m. Our contractor was held up by the storm, and we're sorry. We've "
            "booked a second crew for future snowfalls."
        ),
        (
            "Sorry we were closed when you came by! Our hours are Mon–Fri 8am–6pm and Sat "
            "9am–1pm, and we've updated Google so it's clearer. Hope to see you soon."
        ),
        (
            "Thanks for the review! Just to help others: we've moved to Unit 4, Riverside "
            "Trading Estate, just off the A38, so the old sat-nav pin is out of date."
        ),
        (
            "We're sorry your car was damaged in our car park. Our insurer will handle the claim, "
            "and we've sent you the claim form. If you need any help filling it in, call us on "
            "0113 496 0555."
        ),
        (
            "Glad you enjoyed the lessons! If any friends are starting to learn, our referral "
            "scheme is open to everyone: they get their first hour half price, whether or not "
            "anyone leaves a review."
        ),
        (
            "Thanks so much for the kind words about Raj! He's been with us ten years and knows "
            "every shortcut in the city. We'll pass it on."
        ),
        (
            "You're right, and we're sorry. We fitted the wrong valve to your tyre and didn't "
            "spot it before you left. That's on us, and we've reimbursed the cost of the "
            "roadside call-out."
        ),
        (
            "Thanks for your feedback. We see it a little differently, as the quote listed the "
            "brake pads separately, but we understand why it was confusing and we'd like to talk "
            "it through. Please ask for Helen at the front desk."
        ),
        (
            "So sorry about the scrape to your car. We've checked our CCTV and found the vehicle "
            "that hit yours, and we've sent you the details privately so you can claim from "
            "their insurer."
        ),
        (
            "Dear Sir or Madam, thank you for your kind review. It is a pleasure to serve you, "
            "and we look forward to assisting you again. Yours faithfully, Kingsway Motor Group"
        ),
        (
            "Sorry the bike wasn't ready when we said it would be. We underestimated the job and "
            "should have called you, so we've taken the labour charge off the bill."
        ),
        (
            "Cheers for the kind review! Glad the MOT was quick and painless. See you next year "
            "— the kettle's always on."
        ),
        "Thank you!! 🙏⭐ Really glad the new tyres made the motorway run quieter. Drive safe! — Team Tread",
    ],
    "fr": [
        (
            "Merci beaucoup pour votre avis et félicitations pour votre permis ! Toute l'équipe "
            "est ravie pour vous. Prudence sur la route et à bientôt !"
        ),
        (
            "Nous sommes désolés que le taxi soit arrivé en retard pour votre train. Ce n'est pas "
            "acceptable : nous avons revu l'organisation des courses réservées tôt le matin. "
            "Écrivez-nous à contact@taxis-rennais.fr afin que nous puissions arranger cela."
        ),
        (
            "Merci pour votre fidélité ! Pour rappel, notre carte de fidélité est ouverte à tous "
            "les clients : après dix équilibrages, le onzième est offert, sans condition."
        ),
        (
            "Désolés que le pneu commandé ne soit pas arrivé à temps, nous aurions dû vous "
            "prévenir. Appelez-nous au 04 65 71 23 18 et nous fixerons ensemble un nouveau "
            "rendez-vous."
        ),
        (
            "Un grand merci pour ces cinq étoiles ! Nous transmettrons vos compliments à Élodie, "
            "qui sera ravie de savoir que ses conseils pour le créneau vous ont aidé."
        ),
        (
            "Nous vous présentons nos excuses : Julien vous a communiqué un mauvais tarif, mais "
            "la responsabilité nous revient entièrement, car notre grille n'était pas à jour. La "
            "différence vous a été remboursée."
        ),
        (
            "Vous avez raison, le stationnement vous a été débité deux fois. Le remboursement a "
            "été effectué, et nous vous prions de nous excuser pour ce désagrément."
        ),
        (
            "Toutes nos excuses pour l'attente lors de votre contrôle technique : un de nos "
            "contrôleurs était absent et nous n'avons pas pu le remplacer à temps. Nous aurions "
            "dû vous prévenir."
        ),
        (
            "Merci pour votre message. Au titre de la garantie légale de conformité, ce véhicule "
            "d'occasion peut être réparé sans frais, et nous tenons à le faire rapidement. "
            "Contactez notre service après-vente au 05 36 49 10 22."
        ),
        (
            "Nous sommes navrés pour le vol de votre vélo devant l'atelier. Nous avons transmis "
            "les images de vidéosurveillance à la police et pouvons vous fournir une attestation "
            "pour votre assurance."
        ),
        (
            "Notre machine à café a effectivement connu des jours meilleurs, à peu près à "
            "l'époque de la 2CV. Elle vient d'être remplacée ! Merci pour vos gentils mots sur "
            "l'équipe."
        ),
        (
            "Merci pour vos trois étoiles et pour votre franchise. Nous sommes d'accord : la "
            "salle d'attente mérite un coup de neuf, et les travaux sont prévus au printemps."
        ),
        (
            "Merci pour votre retour. D'après notre bon d'intervention, les pneus montés "
            "correspondent à ceux du devis, mais nous avons peut-être mal compris votre demande "
            "et souhaitons en parler avec vous. N'hésitez pas à appeler l'atelier."
        ),
        (
            "Toute l'équipe vous présente ses sincères condoléances. Nous gardons un très bon "
            "souvenir de ce fidèle client, toujours souriant au comptoir. Nos pensées vous "
            "accompagnent."
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes heureux que la voiture ancienne soit "
            "arrivée à l'heure devant la mairie. Tous nos vœux de bonheur. Taxis de la Garonne"
        ),
        (
            "Nous comprenons votre déception. Par sécurité, nous ne réparons pas les cadres en "
            "carbone fissurés, car une rupture pourrait être grave. Nous pouvons vous orienter "
            "vers un spécialiste agréé."
        ),
        (
            "Vous avez raison, nos tarifs horaires ont augmenté cette année, et nous sommes "
            "désolés que vous l'ayez découvert sur place. La hausse de l'assurance et du "
            "carburant nous y a contraints ; nous aurions dû l'annoncer plus clairement."
        ),
        (
            "Merci infiniment pour ce retour si détaillé. Vos remarques sur la signalétique du "
            "niveau -2 et l'éclairage de l'escalier sont très justes ; nous les avons transmises "
            "au service technique."
        ),
        "merci trop gentil 🙏🚲 content que le vélo roule nickel, à la prochaine !",
        (
            "Madame, Monsieur, nous accusons bonne réception de votre avis et vous prions de bien "
            "vouloir agréer nos excuses pour la gêne occasionnée. Une procédure de vérification "
            "systématique a été mise en place. Le service clientèle demeure à votre disposition "
            "à l'adresse relation.client@parkings-centre.fr."
        ),
        "Merci, à bientôt.",
        (
            "Merci ben gros pour ton beau commentaire! Content que tes pneus d'hiver aient été "
            "posés vite fait. Bon hiver pis sois prudent sur la route!"
        ),
        (
            "Un tout grand merci pour votre avis ! Nous sommes contents que la réparation de "
            "votre vélo ait été faite dans les temps. À tantôt à l'atelier, et bonne route."
        ),
        (
            "Merci pour votre retour. Nous regrettons que le parking ait été complet ; nous avons "
            "ajouté un affichage des places libres à l'entrée de la ville. Meilleures "
            "salutations, Parking de la Riponne"
        ),
        (
            "Merci beaucoup pour vos bénédictions ! Nous sommes contents que le chauffeur vous "
            "ait bien conduits jusqu'à Grand-Bassam. Que Dieu vous garde, à la prochaine fois."
        ),
        (
            "Nous vous présentons nos excuses pour le retard du taxi. La circulation sur la VDN "
            "était bloquée ce jour-là, mais nous aurions dû vous appeler. Cela ne se reproduira "
            "pas."
        ),
        (
            "Merci pour votre avis. Desole pour l attente a la caisse, on a ajoute une deuxieme "
            "borne de paiement. Bonne journee !"
        ),
        (
            "Désolés que vous ayez trouvé porte close ! Nous sommes ouverts du lundi au vendredi "
            "de 8 h à 18 h et le samedi de 9 h à 12 h. Les horaires sur Google sont désormais "
            "corrigés."
        ),
        (
            "Merci pour votre avis ! Pour information, l'auto-école a déménagé au 12 rue des "
            "Tanneurs, juste à côté de l'ancienne adresse."
        ),
        (
            "Nous sommes désolés pour les dommages subis par votre véhicule dans notre parking. "
            "Notre assureur prend en charge le dossier et vous a envoyé le formulaire. "
            "Appelez-nous au 02 61 91 44 07 si vous avez besoin d'aide."
        ),
        (
            "Ravis que les leçons vous aient plu ! Si des amis veulent s'inscrire, notre offre "
            "de parrainage est ouverte à tous : une heure offerte au filleul, que vous laissiez "
            "un avis ou non."
        ),
        (
            "Merci pour vos compliments sur Ahmed ! Il connaît Marseille comme sa poche et sera "
            "très touché par votre message."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses : nous avons monté une "
            "mauvaise valve et ne l'avons pas vu avant votre départ. C'est notre faute, et les "
            "frais de dépannage vous ont été remboursés."
        ),
        (
            "Merci pour votre retour. Nous avons une lecture un peu différente, car le devis "
            "mentionnait les plaquettes à part, mais nous comprenons que cela ait pu prêter à "
            "confusion. Nous serions heureux d'en discuter avec vous à l'accueil."
        ),
        (
            "Nous sommes désolés pour la rayure sur votre voiture. Grâce à nos caméras, nous "
            "avons identifié le véhicule responsable et vous avons transmis les informations "
            "en privé pour votre déclaration d'assurance."
        ),
        "merci merci 😍 trop contents que la clio te plaise, roule bien 🚗💨 — l'équipe",
        (
            "Désolés que le vélo n'ait pas été prêt à la date prévue. Nous avions sous-estimé le "
            "travail et aurions dû vous appeler ; nous avons retiré la main-d'œuvre de la facture."
        ),
        (
            "Chère Madame, nous avons été très sensibles à votre aimable message et vous en "
            "remercions de tout cœur. Ce fut un plaisir de vous accompagner dans le choix de "
            "votre voiture."
        ),
        (
            "Merci pour votre message ! Désolés pour l'attente au contrôle technique : c'était "
            "la période des fêtes et nous étions débordés. Nous avons depuis ouvert des créneaux "
            "le samedi. Garage Schmitt, Colmar"
        ),
        (
            "Merci pour tes commentaires honnêtes. T'as raison, l'horaire des cours théoriques a "
            "changé sans préavis, pis c'est pas correct. On t'envoie le nouveau calendrier pis "
            "on te rembourse le cours manqué."
        ),
    ],
}
