"""Blind reply set, round 47: owner replies the pre-post check has never seen.

Who and when: written by helper 18w47, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check), as "round 45" of its blind rounds.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
eight kinds of business: a bakery-café in Lyon, a family-run campsite in
Brittany, a car repair garage, a dentist's practice, an online shoe shop, a
yoga studio, a kebab takeaway and a bike rental shop.  Each French reply was
written directly in French, not translated.  Names, phone numbers, addresses
and dates are invented (phone numbers taken from the ranges kept for fiction);
no real person's data appears.  What the writer read: the writer's brief, the
first seventy-five lines of the round 20 file (only to copy its format) and
the [tool.ruff] section of pyproject.toml (line length); before reading the
brief's list of what not to read, it also read the first fifty lines of the
workplace's machine description (/work/.library/env/README.md), which says
nothing about the check or about replies.  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set beyond those seventy-five lines, any
other helper's worktree or the git history; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from very formal to very casual: French from formal
correspondence, Lyon and Breton touches, banlieue slang and texting with
typos and no accents; English from British (Yorkshire, Manchester, London)
and American owners, corporate politeness, texting with emoji, veiled
phrasings and one-liners.  Sentence length varies from two words to long
run-on lists.  For every code and language the first reply is long and warm,
with its fault in one sentence in the middle.  Good replies include
look-alikes that are not faults: loyalty cards and discount codes open to
every customer whatever they write, a star rating quoted neutrally, the
business's own phone number, e-mail route and opening hours, a health form
kept private, CCTV or the police mentioned to help the customer, legal rights
explained to the customer, "we know" used for empathy, "our records show"
followed by an open door, one honest reason with an apology, staff praised by
first name, an employee's mistake owned by the business, refunds already
made, condolences, safety rules (lifeguard hours, helmets) explained kindly,
polite factual corrections, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND47_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for stopping by on your trip to Lyon, and for such a kind review! We're thrilled the praline brioche lived up to the hype, and that you found a quiet corner by the window to write your postcards. If you bump your rating up to five stars, just show us the updated review next time and your coffee and pastry are on the house. Our bakers start at four every morning, so hearing that the croissants were still warm at nine makes their early alarm worth it. We hope to see you again before you fly home!",
            "Cheers mate, sorry the chips were a bit soggy Friday. Stick us on 5 stars and your next large doner's free, just flash the review at the till 👍",
            "We would be pleased to extend a 15% courtesy discount on your next hygiene appointment once your feedback reflects the full experience you had with our practice.",
            "So sorry your sneakers showed up late!! Delete this review and we'll email you a code for free shipping for life. Deal? 😊",
            "Any chance you'd reconsider those two stars? Riders who update their review get a free e-bike upgrade on their next rental.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce joli retour sur vos vacances au camping ! Nous sommes ravis que vos enfants aient profité de la piscine chauffée et des crêpes du vendredi soir, c'est toujours un moment qu'on adore préparer. Si vous passez votre note à cinq étoiles, on vous offre une nuit supplémentaire lors de votre prochaine réservation. La vue sur la baie au coucher du soleil fait souvent des heureux, et on comprend que vous ayez eu du mal à repartir. À très bientôt en Bretagne, et bonne rentrée à toute la famille !",
            "wesh merci frere 🙏 met 5 etoiles et ton prochain tacos il est offert, montre juste ton tel au comptoir",
            "Nous serions ravis de vous offrir une boîte de pralines roses lors de votre prochain passage, dès que votre avis aura été mis à jour.",
            "Bonjour, si vous retirez votre commentaire, on vous fait la vidange gratuite à la prochaine révision. Cordialement, le garage.",
            "Désolé pour la chaine qui a sauté 😅 si vous modifiez votre note on vous rembourse la demi journée, promis !",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your thoughts about your visit to our practice. We're genuinely sorry the wait in reception ran longer than you expected, and we know how stressful dental appointments can be for many people. Please be aware that our solicitors have been copied into this thread and are reviewing whether your comments are defamatory. Our team works hard to keep everyone comfortable, and we'd really value the chance to talk this through with you. We hope to welcome you back and make your next visit a far better one.",
            "Funny how you think nobody knows who you are, mate. Small town. Think on before you post next time.",
            "We have the dashcam footage from your vehicle's visit to our shop and will not hesitate to share it publicly if this review stays up.",
            "We've kept a full record of your orders and returns. It may be worth reflecting on whether you want this discussion to continue in a more formal setting.",
            "Just so you know, every class has a sign-in sheet. We know exactly who you are, and so will everyone else if this carries on.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à la boulangerie. Nous sommes sincèrement désolés que la tarte aux pralines ne vous ait pas plu, d'autant que c'est la recette de la famille depuis trois générations. Sachez toutefois que nous avons transmis votre commentaire à notre avocat, qui étudie les suites judiciaires à y donner. Toute l'équipe met un point d'honneur à travailler des produits frais et locaux chaque matin. Nous espérons malgré tout vous revoir bientôt pour vous faire changer d'avis.",
            "On sait très bien qui vous êtes, le camping n'est pas si grand. Réfléchissez avant d'écrire n'importe quoi.",
            "Nous vous informons qu'une plainte pour diffamation est en cours de rédaction et qu'elle vous sera adressée dans les prochains jours si ce commentaire n'est pas retiré.",
            "Nos velos sont tous equipes de GPS et on a garde l'historique de votre trajet... je pense que vous n'avez pas trop envie qu'on en parle ici.",
            "Fais gaffe a ce que t'ecris frero, on a les cameras et ta tete on l'a. Tu vas pas aimer si on la poste.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for your feedback, and we're really sorry the showers in the top block weren't up to scratch during your stay. We've had a plumber in since and the hot water problem is sorted, so we hope you'll give us another go. It was lovely having the Hendry family back with us on pitch 27 from the 3rd to the 10th of August, and your two were a delight at the crêpe evening. Brittany is at its best in early September if you fancy a quieter trip. Take care and thanks again!",
            "We're sorry you found the root canal uncomfortable, but given your history of dental anxiety and the two abscesses we treated last spring, some discomfort was to be expected.",
            "Hi Mark, we checked and your package was delivered to 1418 Maple Ridge Drive on the 14th at 2:06pm and signed for. Please check with your neighbors!",
            "We've tried ringing you on 07700 900417 three times about the Astra you dropped off on Tuesday the 12th. Please pick up.",
            "Hey Jess! Sorry the studio was chilly at Thursday's 7am class 💛 hope the pregnancy's going smoothly and the back pain has eased!",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur l'entretien de votre véhicule. Nous sommes désolés que le délai ait été plus long que prévu, la pièce a mis trois jours à arriver de chez le fournisseur. Madame Lefèvre, nous avons bien noté votre numéro, le 06 39 98 41 27, et nous vous rappellerons demain pour faire le point sur la facture de votre Clio. Notre équipe reste à votre disposition pour tout complément d'information. Belle journée à vous !",
            "Madame, nous comprenons votre mécontentement, mais au vu de votre traitement anticoagulant, l'extraction ne pouvait pas être réalisée le jour même.",
            "Bonjour Sandrine, votre colis a bien été livré au 12 impasse des Glycines le 3 mars à 11 h 40, le transporteur a même la photo de la boîte aux lettres.",
            "Coucou la famille Le Gall 😊 on a adoré vous avoir sur l'emplacement 8 du 14 au 21 juillet, revenez quand vous voulez !",
            "Salut Karim, t'es un habitue, tu prends toujours l'assiette sans oignons vers 23h et on connait ton adresse par coeur lol, on t'en veut pas pour l'avis",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch about your rental last weekend. We're sorry the ride didn't go the way you hoped, and we know how frustrating a flat tire can be halfway around the lake. Frankly, though, you come across as someone who was looking for something to complain about from the moment you walked in. Every bike is checked before it leaves the shop, and our mechanics take real pride in that. We'd still be glad to see you again if you'd like to give the trail another try.",
            "Absolute muppet. You were steaming drunk and couldn't even find the door.",
            "This review is a flat-out lie and you know it. Customers like you are the reason small businesses struggle.",
            "It is regrettable that some patients choose to invent grievances in the hope of avoiding payment of their outstanding balance.",
            "Maybe work on your own inner peace before blaming us, sweetie 🙃 Some people just can't be pleased.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir partagé votre ressenti après votre rendez-vous au cabinet. Nous comprenons que les soins dentaires puissent être source d'angoisse, et toute l'équipe fait son possible pour mettre chacun à l'aise. Mais soyons honnêtes, vous êtes visiblement de mauvaise foi et cherchez simplement à ne pas régler votre facture. Nous avons d'ailleurs investi cette année dans un nouveau fauteuil et une salle d'attente plus calme. Nous restons néanmoins à votre écoute si vous souhaitez en discuter.",
            "t'es qu'un rageux frere, ton avis vaut rien, va manger ailleurs",
            "Encore un client grincheux qui ne sait pas faire la différence entre une brioche et un pain au lait. Quel manque de culture.",
            "Votre récit relève manifestement de l'affabulation ; nous laissons nos lecteurs juger de votre sincérité.",
            "Franchement vous êtes un menteur. Vous savez très bien que vous avez roulé des semaines avec le voyant allumé.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting our little bakery in the Croix-Rousse and for taking the time to write. We're sorry the queue was long on Saturday morning; weekends are our busiest time and we only have two ovens. Of course, we'll be sure to rush our forty-eight-hour croissant dough just for you next time, since patience is clearly overrated. Our pastry team makes everything by hand from four in the morning, and we're always happy to explain what goes into each cake. We hope you'll come back on a quieter weekday.",
            "Wow, thanks for the expert diagnosis! Maybe you should open your own shop, since you clearly know more than our ASE-certified techs. 🙄",
            "So sorry Brittany had the audacity to rain in August. We'll have a word with the weather.",
            "Oh no, shoes that fit exactly the size you ordered. What a nightmare for you.",
            "Yeah mate, a kebab at 2am wasn't a Michelin meal. Who knew.",
        ],
        "fr": [
            "Namasté, et merci pour votre message après votre premier cours chez nous. Nous sommes désolés que la salle vous ait semblé trop chaude, la séance de vinyasa se pratique effectivement à une température un peu plus élevée. Mais bravo pour avoir réussi à vous plaindre de la chaleur dans un cours de yoga chaud, c'est un vrai exploit. Nos professeurs adaptent toujours les postures aux débutants et restent disponibles après le cours pour répondre aux questions. Au plaisir de vous revoir sur le tapis !",
            "Ah oui c'est vrai, une baguette qui croustille, quel scandale 🙄",
            "Effectivement, un vélo, ça se pédale. Désolés de ne pas avoir prévu de moteur dans vos mollets.",
            "Nous prenons bonne note que la douleur d'une extraction vous a surpris ; nous veillerons désormais à pratiquer nos soins par la seule pensée positive.",
            "Merci pour ce retour d'un grand critique gastronomique, on attend votre guide Michelin du kebab avec impatience 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Hi there, and thank you for letting us know about the mix-up with your order. We completely understand how disappointing it is to open a box expecting your new running shoes and find the wrong size inside. The packing error was Tyler's, and he's been taken off fulfillment while we decide whether he stays with us. We've already shipped the correct pair by express delivery, and your return label is in your inbox. We really appreciate your patience and hope you love the shoes when they arrive!",
            "That was Dean on the grill that night, he's been told. He's on his final warning.",
            "We regret to confirm that the delay was caused by our hygienist, Ms Patel, who has since been the subject of a formal disciplinary procedure.",
            "Yeah, Kyle forgot to tighten the seat post. Kyle's gone. Sorry!",
            "The apprentice who worked on your car (Liam, for those who know him) won't be touching customer vehicles again any time soon.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous raconter votre séjour. Nous sommes vraiment navrés que votre arrivée se soit si mal passée, après une longue route on a surtout envie de s'installer tranquillement. C'est Maëlle, à l'accueil ce soir-là, qui a oublié d'enregistrer votre réservation, et nous l'avons sévèrement recadrée. Le reste de la semaine s'est heureusement mieux déroulé, et nous sommes ravis que vous ayez profité du sentier côtier. Nous espérons vous revoir l'an prochain.",
            "Après vérification, l'erreur de montage incombe à notre mécanicien, M. Rouault, à l'encontre duquel une procédure disciplinaire a été engagée.",
            "c'est yanis qui etait en caisse ce soir la, il a pas l habitude, on lui a remonte les bretelles t inquiete",
            "La vendeuse du samedi, Chloé, n'aurait jamais dû vous parler comme ça. Elle ne fera plus partie de l'équipe à la fin du mois.",
            "Le cours du mardi était assuré par Inès, une remplaçante. Nous avons décidé de ne plus faire appel à elle.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks ever so much for taking the time to leave a review, and we're sorry your car wasn't ready when we promised. We know how much people rely on their cars, especially with the school run. The part was late because of the supplier, and the supplier was late because of the strike at the port, and we were two mechanics down with flu, and the ramp needed servicing that week, and the computer system went down on the Tuesday, and honestly the weather didn't help either. We've since added a text update so you'll always know where your car is. Hope to see you for your next service.",
            "Look, Friday was crazy. The fryer broke, our delivery driver quit, the meat supplier came late, there was a game on downtown, the card machine kept dropping out and we had one guy on the counter. So yeah, the wait was long.",
            "Please understand that the delay arose from an emergency patient, a late laboratory delivery, a software update to our imaging system, the absence of our receptionist, roadworks outside the practice and an unusually high number of new registrations that week.",
            "The studio was cold because the heating's on a timer, and the landlord controls the timer, and he was away, and the backup heater tripped the fuse, and we couldn't get an electrician on a Sunday, and we didn't want to cancel on everyone.",
            "Postage delays: Royal Mail strike, warehouse move, new stock system, bank holiday, half-term, staff holidays, and the courier lost a van. Sorry.",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour votre retour sur votre journée à vélo le long du canal. Nous sommes désolés que votre vélo électrique soit tombé en panne de batterie avant la fin de la balade. Il faut dire que les batteries étaient neuves et pas encore rodées, que le chargeur avait été débranché par la femme de ménage la veille, que la chaleur de ce week-end réduit l'autonomie, que le parcours choisi est plus vallonné qu'il n'y paraît et que notre technicien était en congé ce jour-là. Nous avons depuis ajouté une vérification de charge systématique au départ. Au plaisir de vous revoir !",
            "frere le soir la la friteuse a lache, le livreur etait malade, y avait match, le terminal cb marchait pas, mon cousin etait en retard et il pleuvait donc voila pk c etait long",
            "Ce manque de viennoiseries s'explique par une panne du four à sole, une livraison de farine décalée, l'absence imprévue de deux apprentis, la grève des TCL qui a retardé notre pâtissier, ainsi qu'une affluence exceptionnelle liée à la vogue des marrons.",
            "Pour la piscine fermée : contrôle sanitaire, pompe en panne, pièce commandée, fournisseur en rupture, technicien débordé, météo pas terrible de toute façon, et une préfecture qui a mis trois semaines à répondre.",
            "Le retard, ça vient du fournisseur, du transporteur, du jour férié, du logiciel constructeur qui plantait et du chef d'atelier qui était en formation. On n'y pouvait rien, hein.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for sharing your experience, and for giving our Sunday flow class a try. We love welcoming new people, and we know it can feel a little intimidating to walk into a full room for the first time. However, no one on our team was ever rude to you, and that conversation simply did not happen the way you describe. Our teachers always offer modifications and props for anyone who needs them. We hope you'll find a class that suits you, here or elsewhere.",
            "Never happened. We don't sell chicken past its date, end of.",
            "Our records show no such charge was ever made. The invoice you describe does not exist.",
            "The bike was in perfect condition when it left. There was no puncture. None.",
            "We're confident your parcel arrived in perfect condition; our packing process makes damage like the kind you describe impossible.",
        ],
        "fr": [
            "Bonjour et merci d'avoir commandé sur notre boutique. Nous savons combien il est agréable de recevoir rapidement ses nouvelles chaussures, et nous faisons tout pour que les colis partent sous 24 heures. Cela dit, aucune paire n'est jamais sortie de chez nous avec une couture défaite, ce que vous décrivez est tout simplement impossible. Nos modèles sont contrôlés un par un avant l'envoi, et nous travaillons avec des ateliers familiaux au Portugal. N'hésitez pas à revenir vers nous pour vos prochaines envies.",
            "n importe quoi, on a jamais servi de viande froide ici, jamais",
            "Contrairement à vos allégations, aucun acte n'a été facturé sans votre accord. Les faits que vous rapportez sont inexacts.",
            "Des fourmis dans le mobil-home ? Chez nous ? Ça n'existe pas, désolé.",
            "Nous ne voyons vraiment pas de quoi vous parlez : chez nous, le pain est toujours frais, sans exception.",
        ],
    },
}

BLIND47_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the lovely review! Camille will be thrilled to hear her praline tart made your trip to Lyon. See you next time!",
        "We're really sorry we'd run out of croissants by ten on Sunday. We've started baking a second batch at half nine, so late risers should be luckier next time.",
        "Thanks for coming in! Just so you know, our loyalty card gives every tenth coffee free. Ask at the till, no strings attached.",
        "Guilty as charged: our cinnamon rolls are dangerously addictive. We apologise for nothing, except perhaps the sugar rush.",
        "Thanks for the feedback. The almond croissant does contain nuts, which is why it's labelled in the cabinet, but we're sorry the sign was hidden behind the cake stand that morning. We've moved it.",
        "Thank you for such a warm review. We're delighted the kids loved the rock pools, and we hope to see you all next summer.",
        "We're so sorry the toilet block was closed for most of your stay. That isn't acceptable in August, and we've refunded two nights.",
        "Thanks for asking about the pool hours. For safety reasons it's only open while a lifeguard is on duty, 10am to 7pm. We know that's frustrating on warm evenings, and we're looking at extending it next season.",
        "We were so sorry to hear that your holiday was cut short by your father's passing. Please don't worry about the remaining nights; they've been cancelled at no charge. Our thoughts are with you and your family.",
        "We'd really like to put this right. Could you ring reception on 02 61 91 23 45? We're there every day from 9 till 7 during the season.",
        "Cheers for the five stars! Glad the MOT went through first time. Dave says the brew's on him next time you're in.",
        "We know how stressful a breakdown on the motorway is, and we're sorry it took us two hours to reach you. We've added a second recovery truck since.",
        "You're right, and we're sorry. Our technician left the oil cap loose, and that's our mistake as a business, not his alone: our final check should have caught it. We've reimbursed the top-up and added a second sign-off on every service.",
        "Thanks for the review. For clarity, the £85 diagnostic fee is listed on our website and at the front desk, and it's deducted from the repair if you go ahead. We're sorry it wasn't explained on the phone, and we'll make sure it is from now on.",
        "Because this was an insurance repair, we have to use the parts your insurer approves. We understand that's frustrating, and we're happy to call them with you if that would help.",
        "Thank you for your kind words. Dr Moreau and the whole team were delighted to help, and we look forward to seeing you at your next check-up.",
        "We're very sorry you waited forty minutes past your appointment time. An emergency came in that morning, but we should have told you and offered to rebook. We'll do that from now on.",
        "We take patient confidentiality seriously, so we can't discuss any treatment here. Please call our practice manager on 020 7946 0321 so we can look into this properly.",
        "If you're unhappy with your bill, you're entitled to an itemised statement at any time, and you can also contact the dental complaints service. We'd much rather sort it out with you first, though.",
        "We're sorry the X-ray felt like one step too many. We only take them when they're clinically necessary, and we're always happy to explain why before we start.",
        "So sorry your boots arrived scuffed! We've sent a replacement pair today with a prepaid return label, so just pop the damaged ones back whenever it's convenient.",
        "Thanks for shopping with us! Every customer gets 10% off their next order with the code in their shipping email, review or no review.",
        "We understand your frustration. Our records show the order left our warehouse on time, but we know that doesn't help if it never reached you. We've opened a claim with the carrier and will refund you in full if it isn't found by Friday.",
        "Thanks for the three stars and the honest feedback about the box. Size charts are our nemesis, so we're glad the half-size guide helped at least!",
        "Ouch. You're right, that model runs small and we should have said so. The product page is updated.",
        "Thank you for joining us for your first class! Maya loved having you, and we can't wait to see you back on the mat.",
        "You're absolutely right that the studio was too cold on Sunday. The heating failed and we should have warned everyone before class. The heating is fixed, and your next class is on us.",
        "We ask everyone to fill in a short health form before their first class so our teachers can suggest safe modifications. It's kept private, and nobody will ever ask you about it in front of the group.",
        "Fair point about the playlist. The owner chose it, and apparently nobody needs whale sounds at 6am. It's been changed.",
        "Sorry the 6pm class was full when you arrived. We've just launched online booking so you can reserve your spot ahead of time.",
        "Cheers for the kind words, mate! Best chilli sauce in Manchester, we reckon. See you Friday.",
        "Sorry your order turned up cold, that's not on. Give us a ring on 0161 496 0753 and we'll sort a fresh one out.",
        "Big shout out to Emre on the grill, who you mentioned. He'll be made up to hear it.",
        "Thanks! Don't forget the stamp card: ten meals and the eleventh's free, for everyone.",
        "Thanks for the review. Just so you know, our meat comes fresh every morning from a local halal butcher. Sorry the wrap was dry that night though; we'll keep an eye on it.",
        "Thanks for riding with us! So glad the coastal route was as gorgeous as promised.",
        "We're sorry the chain came off twice. Our mechanic missed it during the pre-ride check, and that's on us as a shop. We've refunded the rental and added a second check before every bike goes out.",
        "We know helmets aren't everyone's favorite accessory, but we require them for all riders under 18. Thanks for understanding, and we hope the kids still had a blast.",
        "Yes, the hill up to the lighthouse is brutal. We'd love to say we put it there to build character, but honestly we just forgot to warn you. It's on the map now.",
        "We were sorry to hear about your fall and hope you're healing well. If you need anything for an insurance claim, just reply to your booking confirmation email and it'll come straight to us.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Toute l'équipe est ravie que la brioche aux pralines vous ait plu. À très vite à la Croix-Rousse !",
        "Bonjour, vous avez tout à fait raison : il ne restait plus de pain de campagne samedi à midi, et nous en sommes désolés. Nous avons augmenté la fournée du week-end.",
        "Merci pour votre visite ! Petit rappel : notre carte de fidélité offre le dixième café à tout le monde, il suffit de la demander en caisse.",
        "Coupables ! Nos bugnes sont effectivement une menace pour les régimes. On assume, mais on promet de ne pas en rajouter.",
        "merci a vous !! trop contents que les macarons aient plu a votre maman pour son anniv 🎂 a bientot",
        "Merci pour votre retour. Vous avez raison, les sanitaires du haut n'étaient pas à la hauteur cet été. Ils seront entièrement rénovés avant la saison prochaine.",
        "Nous comprenons que la fermeture de la piscine à 19 h soit frustrante. Pour des raisons de sécurité, elle n'ouvre qu'en présence d'un maître-nageur. Merci de votre compréhension.",
        "Nous sommes profondément attristés d'apprendre le décès de votre mère pendant votre séjour. Les nuits restantes vous ont été remboursées, et toutes nos pensées vous accompagnent.",
        "Nous aimerions beaucoup en parler avec vous. N'hésitez pas à appeler l'accueil au 02 61 91 23 45, tous les jours de 9 h à 19 h.",
        "Kenavo et merci ! Ravis que les crêpes du vendredi aient conquis les enfants. Gwen, à l'accueil, vous passe le bonjour.",
        "Pour répondre à votre question, le parking est sous vidéosurveillance pour la sécurité de tous, comme indiqué à l'entrée. Si votre vélo a bien disparu, nous pouvons transmettre les images à la gendarmerie : appelez-nous et on s'en occupe.",
        "Merci pour vos cinq étoiles ! Ravis que la révision se soit bien passée. Au plaisir, l'équipe du garage.",
        "Vous avez raison et nous vous présentons nos excuses. Le voyant est resté allumé après notre intervention : c'est une erreur de notre atelier, et nous en assumons l'entière responsabilité. Nous reprenons votre véhicule gratuitement quand cela vous arrange.",
        "Bonjour, merci pour votre avis. Pour information, le devis signé mentionnait bien le remplacement des plaquettes et des disques. Nous comprenons que la facture ait surpris, et nous aurions dû vous appeler avant d'intervenir. Nous restons disponibles pour en parler.",
        "Madame, Monsieur, nous vous remercions de votre retour. L'immobilisation de votre véhicule a été trop longue, nous le reconnaissons. Nous proposons désormais un véhicule de prêt pour toute intervention de plus de deux jours.",
        "Désolés pour l'attente. La pièce venait d'Allemagne et elle est arrivée avec deux jours de retard ; nous aurions dû vous prévenir plus tôt. Ce ne sera plus le cas.",
        "Merci pour votre confiance. Le Dr Lambert et son assistante Julie sont ravis que tout se soit bien passé.",
        "Nous sommes sincèrement désolés pour l'attente de ce matin. Une urgence nous a retardés, mais nous aurions dû vous en informer dès votre arrivée.",
        "Par respect du secret médical, nous ne pouvons pas évoquer vos soins ici. Nous vous invitons à contacter le secrétariat du cabinet au 04 65 71 08 12 pour en parler de vive voix.",
        "Vous avez tout à fait le droit de demander un devis détaillé avant chaque soin, et nous vous le fournirons toujours avec plaisir. Nous sommes désolés que cela ne vous ait pas été proposé.",
        "Nous savons que personne ne vient chez le dentiste pour s'amuser, mais nous sommes contents d'avoir réussi à vous faire sourire… au sens propre.",
        "Bonjour, désolés que vos bottines soient arrivées abîmées. Une nouvelle paire est partie ce matin, avec une étiquette de retour prépayée.",
        "Merci pour votre commande ! Pour info, tous nos clients reçoivent un code de -10 % pour leur prochaine commande dans l'e-mail d'expédition, sans condition.",
        "Vous avez raison, ce modèle taille petit. Nous l'avons indiqué sur la fiche produit et nous vous remboursons les frais de retour.",
        "Merci pour votre message. D'après notre suivi, le colis apparaît comme livré, mais nous savons bien que cela ne veut pas dire qu'il est arrivé entre vos mains. Nous avons ouvert une enquête auprès du transporteur et nous vous rembourserons s'il reste introuvable.",
        "Trop contents que les baskets vous plaisent ! Merci pour les 4 étoiles, on garde votre remarque sur l'emballage en tête 😉",
        "Merci d'être venue au cours du jeudi ! Clara a adoré vous avoir dans le groupe, au plaisir de vous revoir sur le tapis.",
        "Vous avez raison, la salle était trop froide dimanche. Le chauffage est réparé, et nous vous offrons le prochain cours pour nous excuser.",
        "Nous demandons à chaque nouvel élève de remplir une petite fiche santé, uniquement pour que le professeur puisse proposer des variantes adaptées. Elle reste confidentielle, promis.",
        "Vous avez raison pour la musique : c'est la playlist du patron, et visiblement les chants de baleine à 7 h du matin ne font pas l'unanimité. Elle a été changée.",
        "merci pour ce retour ❤️ desolee pour le cours complet, on a mis en place la reservation en ligne pour que ca n arrive plus",
        "Merci frérot ! Content que l'assiette t'ait plu, à la prochaine 🙏",
        "Désolé pour la commande froide, c'est pas normal. Appelle-nous au 04 65 71 55 90 et on t'en refait une.",
        "Merci pour le compliment à Sofiane, il était trop content quand on lui a montré ton avis !",
        "Merci à toi ! Petit rappel : la carte à tampons est pour tout le monde, 10 menus achetés = le 11e offert.",
        "Merci pour ton avis. Juste pour info, notre viande est livrée fraîche tous les matins par une boucherie du quartier. Désolé que le pain ait été sec ce soir-là, on fait plus attention.",
        "Merci pour votre balade avec nous ! Ravis que le tour du lac vous ait plu malgré le vent.",
        "Nous sommes vraiment désolés pour la crevaison. Notre mécanicien n'a pas repéré l'usure du pneu lors du contrôle, et c'est notre responsabilité en tant que magasin. Nous vous avons remboursé la location.",
        "Le casque est obligatoire pour les moins de 12 ans, c'est la loi, et nous le prêtons gratuitement. Merci de votre compréhension, et on espère que les enfants se sont bien amusés.",
        "Oui, la côte jusqu'au phare est redoutable. On aimerait dire que c'est voulu pour le sport, mais la vérité, c'est qu'on a oublié de la signaler. C'est corrigé sur la carte !",
    ],
}
