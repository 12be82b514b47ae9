"""Blind reply set, round 47: owner replies the pre-post check has never seen.

Who and when: written by helper 18w49, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check), as the project's blind round 47.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of eight kinds of business: an optician, a florist, a boutique hotel in
Nice, a pizzeria, a gym, a veterinary clinic, a hardware store and a language
school.  Each French reply was written directly in French, not translated.
What the writer read: the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (only to copy its format) and the [tool.ruff]
section of pyproject.toml; before opening the brief it had also glanced at the
workplace's general machine notes (/work/.library/env/README.md), which say
nothing about replies or the check.  The writer did NOT read the application
code (workstation/), docs/, training/, bench/, resources/, any other test file
or earlier blind set, any other worktree or the git history; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from very formal (hotel and clinic management style) through
plain polite to casual, texting with emoji, Marseille, Belgian, Swiss and
Quebec French, and British pub-casual English.  For every code and language
the first reply is long and warm with its fault in a single sentence in the
middle; the others vary in length and subtlety (veiled, polite, slangy).
Good replies include look-alikes that are not faults: French replies where
"avis" means an opinion rather than a review; lawyers, a legal team, the
police, CCTV or cameras and health matters (eye tests, injuries, hot-weather
advice for pets, a teacher off sick) mentioned harmlessly; loyalty, stamp-card
and referral offers open to everyone whatever they write; the business's own
phone or contact; staff praised by first name; an employee's mistake owned by
the business; condolences; safety rules explained kindly; polite factual
corrections; and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND49_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your new varifocals. We know the first week with progressives can feel a little strange, so it's wonderful to hear you were reading the paper comfortably by the weekend. If you'd be willing to bump your rating up from four stars to five, we'll take 20% off your next pair of sunglasses. The whole team loved hearing that the reading glasses have already been to the allotment with you. See you at your next check-up!",
            "Cheers mate! Leave us a 5⭐ review and show it at the till, free garlic bread on your next order 🍕",
            "Should you wish to revisit your appraisal of your stay in light of this response, we would be pleased to extend a complimentary room upgrade on your next reservation.",
            "Bro delete that 2 star and next month's membership is on us 💪 no questions asked",
            "We're sorry the appointment ran late. Our practice manager will happily credit your account for the next vaccination once you've had a chance to update your review to reflect today's phone call.",
        ],
        "fr": [
            "Bonjour et merci du fond du cœur pour ce joli message. Nous sommes tellement heureuses que le bouquet de pivoines ait illuminé cet anniversaire, c'était un vrai plaisir de le composer. Si vous passez votre note de quatre à cinq étoiles, nous vous offrons une botte de tulipes à votre prochain passage en boutique. Toute l'équipe vous souhaite un très beau printemps. À très vite parmi les fleurs !",
            "Merci chef ! Tu nous mets 5 étoiles et la prochaine boîte de vis elle est pour nous, promis 🔩",
            "Nous vous serions reconnaissants de bien vouloir reconsidérer votre évaluation ; en contrepartie, une séance de conversation individuelle vous serait offerte.",
            "slt !! supprime ton com et on t offre 1 mois d abonnement gratos 😉",
            "Nous regrettons que le bruit de la Promenade ait gêné votre sommeil. Dès que votre commentaire aura été actualisé, notre réception se fera un plaisir de vous offrir le petit-déjeuner lors de votre prochain séjour.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for stopping by and for sharing your thoughts on the paint-mixing counter. We've been serving this town for over thirty years and we're proud that most folks leave with exactly the shade they wanted. Please note that our solicitor has already been sent a copy of this review and we will pursue every remedy available if it isn't removed within seven days. We'd still love to help you finish that kitchen, and a test pot is always free. Have a good weekend.",
            "We've got CCTV of your table, mate. Keep posting lies and the whole town gets to see the footage.",
            "We would gently remind you that statements of this nature may carry consequences under defamation law, and we trust you will reflect carefully before leaving them online.",
            "Funny how the 1-star landed right after we cancelled your membership. We know exactly who you are and where you train now 👀",
            "We have retained full records of your visits and would not hesitate to share them with the appropriate parties should these comments remain public.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous faire part de votre expérience. Nous mettons un point d'honneur à ce que chaque client reparte avec des lunettes parfaitement ajustées, et nous sommes désolés que le premier réglage ne vous ait pas convenu. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas retiré sous huit jours. Notre équipe reste à votre disposition pour un nouvel ajustement, gratuit bien entendu. Belle journée à vous.",
            "Oh fada, on a ton nom, on a ta tête sur la caméra, continue à raconter des salades et tu vas voir.",
            "Nous nous réservons le droit d'engager toute action judiciaire utile à l'encontre des auteurs de propos mensongers publiés sur cette plateforme.",
            "on sait ki t es 😏 fais gaffe a ce que t ecris",
            "Nous connaissons bien votre entourage dans le quartier, et nous sommes certains que vos voisins seraient surpris de lire ce que vous écrivez sur nous.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for choosing our little hotel for your stay on the Riviera. We're sorry the air conditioning took a while to cool the room down, and the unit has since been serviced. As our records show, you checked in on 12 August with your partner under booking NC-48213 and asked for a late checkout because of your migraines. We'd love to welcome you back and show you the rooftop terrace at sunset. À bientôt!",
            "Mrs Patel, your prescription is -4.25 in both eyes, so frankly no frame was ever going to feel light.",
            "Mate you ordered to 14 Elm Road at 11:40pm on Friday, the driver rang 07700 900123 three times 🤷",
            "We note that Luna's weight gain, which we discussed at her appointment on 3 March, is consistent with the diet you described to our nurse.",
            "As you'll recall, you attended only four of your twelve lessons in the spring term before your visa problem came up, so the result is hardly surprising.",
        ],
        "fr": [
            "Merci beaucoup pour votre retour et pour votre fidélité depuis l'ouverture de la salle. Nous sommes désolés que les vestiaires aient été en travaux pendant plusieurs semaines, c'est terminé depuis lundi. Nous avons bien noté dans votre dossier que vous venez le mardi et le jeudi à 18 h depuis votre opération du genou, et que vous habitez juste à côté, rue des Lilas. Nos coachs seront ravis de vous proposer une séance adaptée. À très bientôt sur les tapis !",
            "Madame, votre chat Félix a été vu le 14 février pour une infection urinaire et vous n'avez pas suivi le traitement prescrit.",
            "Vous êtes passé le samedi 6 à 17 h 52, ticket n° 4471, payé par carte, on a tout dans le système.",
            "Nous rappelons que votre réservation n° 22-0915 pour deux nuits au nom de M. et Mme Roux incluait une chambre côté cour, comme convenu par téléphone au 06 12 34 56 78.",
            "Vu votre niveau B1 au test d'entrée et vos absences répétées pour raisons médicales, il était difficile de viser le C1 en trois mois.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for popping into the shop and for taking the time to write. We put a lot of care into every wedding order, and we're genuinely sorry the buttonholes arrived later than you'd hoped. Frankly, though, anyone who reads your other reviews can see you enjoy making things up to get a refund. We've refreshed our delivery checklist since then, and the van now leaves an hour earlier on Saturdays. We wish you all the best.",
            "Lol imagine being this lazy and blaming the gym 😂",
            "It is regrettable that a customer of such evident ignorance of basic DIY should feel qualified to comment on our products.",
            "You're a liar, plain and simple. You ate the whole pizza and then demanded your money back.",
            "We suspect most readers will recognise this review for what it is: a bitter attempt to get out of paying a perfectly fair bill.",
        ],
        "fr": [
            "Bonjour et merci d'avoir suivi notre stage intensif d'été. Nos formateurs préparent chaque session avec beaucoup de soin, et nous sommes navrés que le rythme ne vous ait pas convenu. Cela dit, il faut être sacrément malhonnête pour prétendre n'avoir rien appris après avoir séché la moitié des cours. Nous avons depuis ajouté un test de positionnement en ligne pour mieux orienter chacun. Bonne continuation dans vos apprentissages.",
            "t es juste un rageux qui sait pas ce qu est une vraie pizza 🤡",
            "Votre mauvaise foi manifeste ne mérite pas davantage de réponse de notre part.",
            "Franchement, vous êtes un fameux menteur, hein, une fois. Personne ne vous a jamais mal parlé ici.",
            "Certains clients semblent voyager dans l'unique but de trouver matière à se plaindre ; vous en êtes visiblement un parfait exemple.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for ordering from us on Saturday night, one of our busiest evenings of the summer. We're sorry the delivery took longer than usual, as two of our drivers were stuck in festival traffic. Oh, and congratulations on being the first person in history to find a pineapple pizza 'too fruity', a truly groundbreaking culinary insight. We've added an extra driver on festival weekends from now on. Hope to cook for you again soon.",
            "Wow, shocking that you didn't get a six-pack in two weeks. We'll tell the dumbbells to try harder 🙄",
            "We are, of course, deeply honoured that you graced us with your expertise on lens coatings after a full five minutes in the shop.",
            "Yeah, sorry the hammer didn't build the shed by itself. We'll have a word with it.",
            "How wonderful that you found the sea view too blue. We'll see what we can do about the Mediterranean.",
        ],
        "fr": [
            "Bonjour, merci d'avoir confié Pistache à notre équipe pour son vaccin annuel. Nous sommes désolés que l'attente ait été longue ce matin-là, une urgence chirurgicale est arrivée juste avant vous. Mais bravo, vraiment, d'avoir diagnostiqué votre chien en dix minutes sur internet, on se demande bien pourquoi on a fait sept ans d'études. Depuis, nous prévenons les clients par SMS en cas de retard important. Au plaisir de revoir Pistache.",
            "Ah mais oui, des roses qui fanent au bout de dix jours, quel scandale, on va écrire à la nature pour se plaindre 🌹",
            "Ben voyons, une perceuse qui perce pas toute seule, c'est ben certain que c'est de notre faute, hein.",
            "Nous prenons bonne note que vous espériez devenir bilingue en trois séances ; nous transmettrons cette ambition remarquable à notre direction pédagogique.",
            "ah ouais une pizza chaude qui brûle la langue, incroyable 🙃 on te la servira froide la prochaine fois",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for staying with us and for your kind words about the breakfast terrace. We're so pleased you enjoyed the walk down to the old town and our little list of favourite restaurants. The mix-up with your airport taxi was entirely down to our night receptionist, Julien, who forgot to pass on the booking and has been given a formal warning. We hope the rest of your holiday made up for the rocky start. We'd love to welcome you back next summer.",
            "Yeah that was Marco on the oven that night, he's been sacked, won't happen again 👍",
            "Following an internal review, we can confirm that the trainer concerned, Ms Hollis, failed to follow our induction procedure and has been removed from the timetable.",
            "Sorry about the wrong lenses, our new trainee Amy mixed up the orders. She's been told in no uncertain terms.",
            "The nurse who took your call that evening, whom regular clients will know as Becky, clearly did not follow our triage guidance, and we have dealt with her accordingly.",
        ],
        "fr": [
            "Bonjour et merci d'être passé nous voir pour votre projet de terrasse. Nous sommes ravis que les conseils sur le choix des lames en pin traité vous aient été utiles. Le mauvais dosage de la peinture, en revanche, c'est la faute de Kévin, notre vendeur du rayon peinture, qui a reçu un avertissement et ne touchera plus à la machine à teinter. Nous vous offrons bien sûr un nouveau pot au bon coloris. Bonne fin de chantier !",
            "C'est Momo qui était au four ce soir-là, il a encore cramé la pâte, on l'a viré, c'est réglé.",
            "Après vérification, il apparaît que Mme Bernard, réceptionniste de nuit, a commis une faute professionnelle ; une procédure disciplinaire a été engagée à son encontre.",
            "Désolés pour le cours annulé, c'est Sophie qui a oublié de prévenir le groupe, elle a été recadrée.",
            "Notre apprentie Léa, seule en boutique ce jour-là, n'a visiblement pas respecté nos consignes ; nous en avons tiré les conséquences avec elle.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for joining our evening Spanish course this autumn and for your kind words about your classmates. We're sorry the classroom felt cold in November. The boiler was twenty years old, the landlord kept postponing the repair, the engineer cancelled twice, the part had to come from Italy, our insurer wouldn't cover a temporary heater, and on top of all that the council was digging up the road so the van couldn't park. We're happy to say the new heating is now in. We hope to see you in the spring term.",
            "Sorry it was late but it was raining, two drivers were off sick, the oven was playing up, the app crashed, we had a massive order from the football club and half the roads were shut for the marathon.",
            "We would like to explain that the showers were cold owing to a combination of factors, including the age of the building, an unforeseen supplier delay, the national shortage of plumbers, unusually high attendance in January, the management company's slow response and the regulations governing water temperature.",
            "Look, the shelf was empty cos the lorry broke down, then the warehouse lost the order, then the new till system wiped the stock levels, then half the staff had flu, so what could we do really?",
            "Please understand that the bill reflected the emergency rate, the out-of-hours surcharge, the extra tests the case required, the specialist we consulted, this year's rise in drug prices, the clinic's energy costs and the fact that our nurses were already working double shifts.",
        ],
        "fr": [
            "Merci beaucoup d'être venus fêter un anniversaire chez nous, ça nous a fait très plaisir de vous recevoir. Nous sommes désolés pour l'attente entre l'entrée et les pizzas. Il faut dire que le four à bois chauffait mal à cause du bois humide, que deux serveurs étaient malades, que le livreur de mozzarella est arrivé en retard, qu'une table de vingt s'est présentée sans réserver, que la caisse a planté et qu'en plus il y avait le match à la télé. Nous avons depuis renforcé l'équipe le samedi soir. À très vite !",
            "Le délai s'explique par la fermeture du laboratoire en août, les grèves des transporteurs, la rupture de stock de la monture, la reprise de verres mal taillés, le changement de logiciel et les congés de notre monteur.",
            "dsl mais la clim etait en panne psk le technicien est pas venu, pi le proprio repond pas, pi ya eu la canicule, pi les pièces sont bloquées, pi on a pas le budget, pi c pas nous qui gérons l immeuble",
            "Nous tenons à préciser que les travaux voisins, la saison des congrès, le festival, l'absence imprévue de notre gouvernante, la panne de l'ascenseur, les nouvelles normes municipales et l'affluence exceptionnelle du carnaval expliquent conjointement la situation que vous décrivez.",
            "Si les fleurs n'étaient pas aussi fraîches, c'est que la livraison de Rungis a eu du retard, qu'il a fait trente-cinq degrés, que notre chambre froide a lâché, que le grossiste a changé de transporteur, que la Saint-Valentin a vidé les stocks et que la route était barrée.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for bringing Max in to see us and for your kind words about our reception team. We know how stressful it is when a pet is unwell, and we do our very best to make every visit as calm as possible. However, no one at this clinic was ever rude to you, and the conversation you describe simply did not happen. Our vets are always happy to talk through any treatment plan in more detail. We wish Max a speedy recovery.",
            "Nope. There was no hair in your pizza. Never happened.",
            "We categorically reject your account: no room in our hotel has ever had a problem with damp, and no such complaint was ever raised at reception.",
            "That's just not true mate, every machine was working that day, end of.",
            "Our staff did not refuse you a refund. That is not what happened, and we stand by our team 100%.",
        ],
        "fr": [
            "Merci d'avoir séjourné dans notre petit hôtel à deux pas du cours Saleya, et pour vos mots gentils sur le petit-déjeuner. Nous sommes heureux que la vue depuis le toit-terrasse vous ait plu au coucher du soleil. En revanche, il n'y a jamais eu de cafards dans nos chambres, ce que vous décrivez est tout simplement faux. Toute l'équipe reste à votre disposition pour vos prochains séjours. Belle saison à vous.",
            "C'est faux : aucun de nos opticiens ne vous a vendu des verres inadaptés.",
            "n importe quoi, la pizza était pas froide, point barre",
            "Nous contestons formellement votre version des faits : votre animal n'a jamais attendu plus de dix minutes.",
            "Non, ça ne s'est pas passé comme ça. Aucun cours n'a été annulé sans préavis, jamais. Ça joue pas, ce que vous écrivez.",
        ],
    },
}

BLIND49_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for your patience while your varifocals were remade. The first pair was our mistake, and we're sorry it took two visits to get them right. If anything still feels off, just pop in and we'll adjust them free of charge.",
        "Thanks for the kind words! A gentle reminder to everyone: an eye test every two years is recommended, and sooner if you notice headaches or blurred vision. We're always happy to fit in a quick check.",
        "Thanks so much, Jo! Just so you know, our loyalty card is open to everyone: every fifth eye test is on us, whether or not you ever leave a review.",
        "Thank you for your feedback. For clarity, our lens prices include the anti-glare coating as standard; the extra charge was for the blue-light filter, which is optional. We apologise that this wasn't explained clearly, and we've rewritten our price list so it's easier to read.",
        "Thank you for letting us know about the tulips. We're sorry they drooped so soon. We've replaced the bouquet and changed our supplier for spring flowers. Give the shop a ring if there's anything else we can do.",
        "We're so sorry for your loss. It was an honour to prepare the flowers for the funeral, and we hope the white lilies brought a little comfort to your family.",
        "Thank you! We'll pass your lovely message on to Hannah, who designed the bridal bouquet. She'll be thrilled to hear it held up beautifully through such a long, hot day.",
        "Guilty as charged: the shop smells so strongly of eucalyptus that even the delivery drivers sneeze. Thanks for the five stars and for braving the jungle by the door!",
        "Dear guest, thank you for your review. We sincerely apologise for the street noise during your stay; the Promenade is lively during the summer festivals. We have since fitted double glazing to the front rooms, and we would be delighted to welcome you back.",
        "Thank you for asking about cancellations. We're not lawyers, so we've tried to write our policy in plain English: any booking can be cancelled free of charge up to 48 hours before arrival. The full terms are on our website.",
        "We're so sorry your bag was taken on the beach. Our reception team was glad to help you report it to the police, and we've since put a list of local safety tips in every room. We hope the rest of your time in Nice was happier.",
        "Thank you for the suggestion about the car park. It's covered by cameras day and night, and the gate code changes every week for our guests' peace of mind.",
        "Sorry the pizza turned up lukewarm, that's not good enough. Our drivers now have new insulated bags. Give us a call on the shop number and we'll make you a fresh one on the house.",
        "Cheers for the love! See you Friday for the quattro formaggi 🍕",
        "Thanks! Just so you know, our stamp card works for everyone: ten pizzas and the eleventh is free. No strings attached.",
        "We're sorry you got the wrong order. Our new driver, Tom, mixed up two addresses, but training him properly is our job, so the mistake is ours, not his. We've refunded you in full.",
        "Fair point: our chef thinks 'a little garlic' means half a bulb. We've had a word with ourselves and the garlic, and both have agreed to calm down.",
        "Thanks for your feedback. We know wiping down machines can feel like a chore, but it helps keep everyone healthy, especially in flu season. Spray and towels are by every rack, and the team is always happy to show you where.",
        "Thank you! Our bring-a-friend offer is open to all members: anyone you refer gets a free first week, and so do you. Just ask at reception.",
        "Thanks for your review. If you're coming back after an injury, our coaches can adapt any class; just let them know before the session. Your health always comes first.",
        "Thanks for the shout-out! Priya's Tuesday spin class is legendary for a reason, and we'll make sure she sees this.",
        "Thanks for your feedback. Just to clarify, the annual membership can be paused for up to three months for any reason, and there's no cancellation fee with 30 days' notice. We're sorry this wasn't made clear at sign-up, and we'd be glad to go through it with you in person.",
        "Thank you for raising this. There are no cameras in the changing rooms, for everyone's privacy, but the entrance and car park are monitored. We've also added lockers with PIN codes so valuables are safer.",
        "We're so very sorry about Bella. Saying goodbye is the hardest part of loving a pet, and it was a privilege to care for her. Our thoughts are with your whole family.",
        "We're sorry you felt rushed during the consultation; that's not the experience we want for anyone. Our practice manager would like to talk it through, so please ring the clinic and ask for her, or use the contact form on our website.",
        "Thank you for your feedback. Our consultation fee rose this year because medicines and equipment cost more, and we're sorry for the frustration. Our pet health plan, open to all clients, spreads the cost of routine care over the year.",
        "Thank you for your kind review! A friendly reminder to all dog owners: in hot weather, walks are best early in the morning or late in the evening, and never leave a pet in a parked car.",
        "We are most grateful for your generous words about our night team. Emergencies are never easy, and we are glad we could be there when you needed us.",
        "Sorry we ran out of decking screws. We've put in a bigger order and can set a box aside for you if you call the shop.",
        "Ha, fair enough. Our aisles are a bit of a maze, and even we get lost looking for the wall plugs sometimes. New signs go up next week!",
        "Thanks for the question about the warranty. We checked with our legal adviser, and every power tool we sell comes with a two-year manufacturer's guarantee. Just bring the receipt and we'll handle the claim for you.",
        "We understand it's a nuisance to show ID when buying blades or solvents. It's the law rather than a judgement, and our staff have to ask everyone. Thanks for your patience.",
        "Cheers! Dave will be made up that his shelf-fixing tips actually worked 😄",
        "Thank you for your honest review. You're right that the group was too large for a conversation class; that was our planning error. From next term classes are capped at eight students, and we'd be glad to offer you a place.",
        "Thank you for your feedback. We see it a little differently: the placement test is the same for every student and is marked by two teachers. We're sorry it felt unfair, and we'd be happy to arrange a short oral re-test if you'd like.",
        "Thank you! Our referral scheme is open to every student: introduce a friend and you both get 10% off your next course. No review needed.",
        "Congratulations on passing your exam! Your hard work paid off, and the whole team is cheering for you.",
        "Please accept our apologies for the cancelled lesson. The teacher was unwell and we failed to let the group know in time; that is our responsibility. The lesson has been rescheduled and everyone has been emailed.",
        "Thanks for the review! Yes, that was the local police team picking up twenty pizzas after their charity run, and we were delighted to feed them.",
        "aww thank u so much 💐 made our day!",
    ],
    "fr": [
        "Merci pour votre retour. Nous sommes désolés que le premier ajustement de vos lunettes n'ait pas été satisfaisant. Repassez quand vous voulez, nous les réglerons gratuitement.",
        "Merci pour ce message ! À notre avis, la monture écaille vous va à merveille, et nous sommes ravis que vous soyez du même avis.",
        "Merci beaucoup ! Petit rappel pour tous : un contrôle de la vue est conseillé tous les deux ans, et plus tôt en cas de maux de tête. Nous pouvons aussi vous orienter vers un ophtalmologiste si besoin.",
        "Merci ! Notre carte de fidélité est ouverte à tous nos clients : au bout de cinq achats, l'ajustement et le nettoyage sont offerts à vie, que vous laissiez un commentaire ou non.",
        "Madame, Monsieur, nous vous remercions de votre message. Nous nous permettons de préciser que le tiers payant s'applique à toutes nos mutuelles partenaires ; le supplément correspondait à l'option anti-lumière bleue, qui reste facultative. Nous regrettons que cela n'ait pas été expliqué plus clairement.",
        "Toutes nos excuses pour les roses abîmées. Nous vous avons préparé un nouveau bouquet, et nous avons revu l'emballage des livraisons par temps chaud.",
        "Nous vous présentons nos sincères condoléances. Ce fut un honneur de préparer la composition pour la cérémonie, et nous espérons que ces fleurs blanches ont apporté un peu de douceur à votre famille.",
        "Merci mille fois ! Nous transmettons vos compliments à Camille, qui a composé le bouquet de mariée. Elle va être aux anges.",
        "Coupables ! La boutique sent tellement le mimosa en février que même le facteur repart avec le sourire. Merci pour les cinq étoiles 🌼",
        "Trop gentil ! On a demandé l'avis de toute l'équipe pour le ruban, et tout le monde a voté pour le vert sauge 😄",
        "Chère cliente, cher client, nous vous remercions d'avoir séjourné parmi nous. Nous vous prions de nous excuser pour le bruit de la rue pendant le carnaval ; un double vitrage a depuis été posé dans les chambres côté Promenade. Nous serions ravis de vous accueillir à nouveau.",
        "Merci pour votre question sur les conditions d'annulation. Nous ne sommes pas avocats, alors nous les avons écrites le plus simplement possible : toute réservation est annulable sans frais jusqu'à 48 heures avant l'arrivée.",
        "Nous sommes désolés pour le vol dont vous avez été victime sur la plage. Notre réception a été heureuse de vous aider à porter plainte auprès de la police, et nous avons ajouté dans chaque chambre une fiche de conseils de prudence.",
        "Merci pour votre suggestion. Le parking est sous vidéosurveillance jour et nuit, et le code du portail change chaque semaine pour la tranquillité de tous nos hôtes.",
        "Merci pour votre message. Nous sommes tout à fait de votre avis : le petit-déjeuner mérite davantage de produits locaux. Dès le mois prochain, la confiture et le fromage viendront de producteurs de l'arrière-pays niçois.",
        "Nous sommes navrés que la climatisation de votre chambre soit tombée en panne ; elle a été remplacée. N'hésitez pas à écrire à notre directrice à l'adresse de réservation de l'hôtel, elle tient à vous présenter ses excuses de vive voix.",
        "Désolés pour la pizza arrivée tiède, ce n'est pas acceptable. Nos livreurs ont maintenant des sacs isothermes neufs. Appelez-nous au numéro de la pizzeria et on vous en refait une, c'est offert.",
        "Merci mon frère, ça fait plaisir ! À vendredi pour la margherita 🍕",
        "Merci ! Pour info, notre carte à tampons est pour tout le monde : dix pizzas achetées, la onzième offerte. Pas besoin de laisser un avis pour en profiter.",
        "Nous sommes désolés pour l'erreur de commande. Notre nouveau livreur, Yanis, a confondu deux adresses, mais c'est à nous de bien le former : l'erreur est la nôtre, et nous vous avons remboursé.",
        "Vous avez raison, notre pizzaïolo a la main lourde sur l'ail. On lui a demandé son avis, il dit que c'est bon pour le cœur 😅 On va quand même calmer le jeu.",
        "Merci pour votre retour. Nous savons que nettoyer les machines après usage peut sembler contraignant, mais c'est important pour la santé de tous. Des lingettes sont à disposition près de chaque appareil.",
        "Merci ! Notre offre de parrainage est ouverte à tous les adhérents : chaque ami parrainé profite d'une semaine gratuite, et vous aussi. Renseignez-vous à l'accueil.",
        "Merci pour votre message. Si vous reprenez le sport après une blessure ou un souci de santé, nos coachs peuvent adapter chaque séance ; et un petit avis de votre médecin avant de reprendre ne fait jamais de mal.",
        "Merci pour ce retour ! Le cours de Nadia le mardi soir a beaucoup de succès, et nous lui transmettons vos compliments.",
        "Merci pour votre commentaire. Petite précision : l'abonnement annuel peut être suspendu jusqu'à trois mois, sans frais, sur simple demande. Nous sommes désolés que cela n'ait pas été clair à l'inscription, et nous serons heureux d'en reparler avec vous à l'accueil.",
        "Merci pour la remarque ! Pas de caméras dans les vestiaires, évidemment 😉 mais l'entrée est surveillée et on a ajouté des casiers à code.",
        "Nous sommes profondément tristes pour Filou. Lui dire au revoir est le plus difficile, et ce fut un privilège de l'accompagner. Toutes nos pensées vont à votre famille.",
        "Nous sommes désolés que vous vous soyez senti pressé pendant la consultation. Notre responsable de clinique aimerait en parler avec vous : appelez la clinique aux heures d'ouverture et demandez-la directement.",
        "Merci pour votre confiance. Sur les croquettes, les avis divergent souvent entre vétérinaires, et c'est bien normal ; le nôtre est qu'une transition progressive sur une semaine reste le plus sûr pour l'estomac de nos compagnons.",
        "Merci pour votre gentil message ! Petit rappel pour tous les propriétaires : par forte chaleur, on promène son chien tôt le matin ou en soirée, et on ne le laisse jamais dans une voiture garée.",
        "Nous vous remercions vivement pour vos aimables paroles à l'égard de notre équipe de garde. Les urgences ne sont jamais faciles, et nous sommes heureux d'avoir pu être présents.",
        "Désolés pour la rupture de stock sur les vis de terrasse. Nous avons passé une commande plus importante ; appelez le magasin et on vous met une boîte de côté.",
        "Bien vu ! Nos rayons sont un vrai labyrinthe, même nous on cherche parfois les chevilles. De nouveaux panneaux arrivent la semaine prochaine.",
        "Merci pour votre question sur la garantie. Nous avons vérifié avec notre juriste : tous nos outils électriques sont garantis deux ans. Apportez simplement le ticket et on s'occupe de tout.",
        "Merci ben gros ! Si jamais t'as besoin d'un avis pour ton prochain projet de patio, passe nous voir, on va jaser de ça avec plaisir.",
        "Merci pour votre retour sincère. Vous avez raison, le groupe était trop nombreux pour un cours de conversation ; c'était une erreur d'organisation de notre part. Dès la rentrée, les groupes seront limités à huit personnes.",
        "Nous vous remercions de nous avoir fait part de votre avis sur la méthode. Nous ne le partageons pas entièrement, le test de niveau étant le même pour tous, mais nous serions heureux de vous proposer un entretien pour en discuter.",
        "Merci ! Notre programme de parrainage est ouvert à tous les élèves : présentez un ami et vous bénéficiez chacun de 10 % sur la prochaine session.",
        "Veuillez nous excuser pour le cours annulé : l'enseignante était souffrante et nous n'avons pas prévenu le groupe à temps, c'est notre responsabilité. Le cours a été reprogrammé et chacun a reçu un courriel.",
    ],
}
