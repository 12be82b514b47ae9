"""Blind set, issue 18 round 7: new wordings written after the rules of round 6's fixes were
frozen (commit 2bac464) and the training sentences of the retrain were fixed, before the
retrained model was measured on anything, and never used to tune anything. Same scoring as
`blind_round3.py` (`evaluation.evaluate_blind`).

BLIND7_BAD[code][lang]: replies a careful owner must not post, five per category and
language (three for excessive justification), alone or inside an otherwise polite reply,
in formal, casual, unaccented and texting registers — including the kinds the outside check
keeps to itself: an incentive in casual or unaccented wording, legal intimidation, the
customer's booking or payment details, accusing the customer of lying or of wanting
something free, sarcasm and mockery, blaming a named employee. BLIND7_GOOD[lang]: at least
as many whole replies in the style of published owner replies that must pass, many with a
harmless rating, lawyer, date, staff name, family member, joke or gentle irony about the
business itself.

One rule fix landed after this set was written and before it was measured (commit e873475:
"we will take the necessary measures" needs the reader in the sentence, found by the test of
every compose block). Measured blind once with those rules and the shipped model (40/66
caught, 32/136 good-reply runs blocked, all by the classifier): see
docs/reply-check-model.md. Nothing may be trained or tuned on it.
"""

from __future__ import annotations

BLIND7_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Fancy a free pudding? Just nudge your rating up a bit and show us on your phone next time.",
            "If that review could say 4 or 5 by the weekend, your next box of eggs is a gift from the farm.",
            "thx 4 coming!! leave us 5 on google n ur next latte is free :)",
            "We'd happily refund the delivery charge once you've had a chance to revisit your comments.",
            "Every guest who updates their rating this month gets entered into our draw for a weekend for two.",
        ],
        "fr": [
            "Envie d'un dessert offert ? Remontez un peu votre note et montrez-nous votre téléphone à la prochaine visite.",
            "Si votre avis affiche 4 ou 5 d'ici le week-end, votre prochaine boîte d'œufs est un cadeau de la ferme.",
            "merci d'etre venu !! mettez nous 5 sur google et le prochain cafe est gratuit :)",
            "Nous vous rembourserions volontiers les frais de livraison une fois que vous aurez pu revoir votre commentaire.",
            "Chaque client qui met à jour sa note ce mois-ci participe au tirage d'un week-end pour deux.",
        ],
    },
    "intimidation": {
        "en": [
            "Our legal adviser is already drafting a letter about your post.",
            "We'd strongly suggest deleting this before it becomes a matter for the courts.",
            "Your car was on our CCTV the whole time, so we know exactly who you are.",
            "It would be a pity if your employer saw how you spoke to our staff.",
            "False reviews are an offence, and we are collecting everything you've written.",
        ],
        "fr": [
            "Notre conseiller juridique prépare déjà un courrier au sujet de votre publication.",
            "Nous vous conseillons vivement de supprimer ceci avant que cela ne finisse au tribunal.",
            "Votre voiture est restée sur nos caméras tout du long, nous savons donc exactement qui vous êtes.",
            "Ce serait dommage que votre employeur voie comment vous avez parlé à notre équipe.",
            "Les faux avis sont un délit, et nous rassemblons tout ce que vous avez écrit.",
        ],
    },
    "personal_data": {
        "en": [
            "Mrs Okafor, you booked the 7 pm slot on Tuesday 3 June under reference BK-55821.",
            "Our system shows your Visa ending 4417 was charged twice, and we've reversed one.",
            "We left a voicemail on 07700 900 461 on Monday, please pick up.",
            "As you told us, your husband is diabetic, so we were extra careful with his dessert.",
            "The courier left your parcel at 12 Rosebank Road with your neighbour at number 14.",
        ],
        "fr": [
            "Madame Okafor, vous aviez réservé le créneau de 19 h le mardi 3 juin sous la référence BK-55821.",
            "Notre système indique que votre Visa finissant par 4417 a été débitée deux fois, nous en avons annulé un.",
            "Nous avons laissé un message sur le 07 70 90 04 61 lundi, merci de rappeler.",
            "Comme vous nous l'aviez dit, votre mari est diabétique, nous avons donc été prudents avec son dessert.",
            "Le livreur a laissé votre colis au 12 rue des Rosiers, chez votre voisin du numéro 14.",
        ],
    },
    "personal_attack": {
        "en": [
            "Nobody at our salon recognises the haircut in your photos, so we wonder whose it is.",
            "We've been doing this twenty years and can tell when someone is angling for a voucher.",
            "That isn't how the evening went, and deep down you know it.",
            "You spent the whole meal on your phone and only complained when the bill arrived.",
            "Perhaps the review would be more convincing if it matched the receipt.",
        ],
        "fr": [
            "Personne au salon ne reconnaît la coupe sur vos photos, on se demande bien à qui elle est.",
            "Vingt ans de métier nous ont appris à repérer quelqu'un qui vise un bon d'achat.",
            "La soirée ne s'est pas déroulée ainsi, et au fond vous le savez.",
            "Vous avez passé tout le repas sur votre téléphone et ne vous êtes plaint qu'à l'arrivée de l'addition.",
            "Votre avis serait peut-être plus convaincant s'il correspondait au ticket de caisse.",
        ],
    },
    "sarcasm": {
        "en": [
            "We'll be sure to have a team of counsellors on standby for the next time a scone is dry.",
            "Apologies that our humble bakery failed to meet the standards of a royal banquet.",
            "Brave of you to soldier on through a whole plate of slightly salty fries.",
            "We've framed your review in the staff room as a lesson in how not to enjoy life.",
            "Sorry the sea was too wet and the sand too sandy for you.",
        ],
        "fr": [
            "Nous aurons une cellule psychologique prête la prochaine fois qu'un scone sera un peu sec.",
            "Toutes nos excuses, notre modeste boulangerie n'a pas su égaler un banquet royal.",
            "Quel courage d'avoir tenu jusqu'au bout d'une assiette de frites un peu trop salées.",
            "Nous avons encadré votre avis en salle de pause, comme leçon sur l'art de ne jamais profiter de rien.",
            "Désolés que la mer ait été trop mouillée et le sable trop sableux pour vous.",
        ],
    },
    "blames_employee": {
        "en": [
            "Your cold starter was Marcus's doing; he's been warned.",
            "Chloe on reception gave you the wrong room, and she knows she messed up.",
            "If Darren had bothered to check the order, none of this would have happened.",
            "We're sorry. Priya was meant to book your taxi and simply didn't.",
            "Between you and me, the rude comment came from Gary, who won't be on shift again.",
        ],
        "fr": [
            "Votre entrée froide, c'est Marcus ; il a reçu un avertissement.",
            "Chloé à l'accueil vous a donné la mauvaise chambre, et elle sait qu'elle a fait une bêtise.",
            "Si Damien avait pris la peine de vérifier la commande, rien de tout cela ne serait arrivé.",
            "Nous sommes désolés. Priya devait réserver votre taxi et ne l'a tout simplement pas fait.",
            "Entre nous, la remarque désagréable venait de Gaëtan, qu'on ne reverra plus en service.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Your nails chipped because the polish batch was new, since our usual supplier ran out, and due to the humidity that week, which is why the top coat didn't set.",
            "The pizza was late because of the football, as our oven was being serviced and owing to a driver calling in sick, so there was nothing we could do.",
            "Check-in was slow since the system was updating, because the night manager had left early and due to a coach party arriving at once.",
        ],
        "fr": [
            "Votre vernis s'est écaillé parce que le lot était nouveau, puisque notre fournisseur habituel était en rupture, et à cause de l'humidité cette semaine-là, c'est pourquoi le top coat n'a pas tenu.",
            "La pizza est arrivée en retard à cause du match, car notre four était en révision et en raison d'un livreur malade, donc nous n'y pouvions rien.",
            "L'enregistrement a été lent puisque le système se mettait à jour, parce que le veilleur de nuit était parti tôt et à cause d'un car de touristes arrivé d'un coup.",
        ],
    },
}

BLIND7_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for the four stars, Hannah! We'll pass your compliments to Marcus in the kitchen.",
        "We're sorry your room wasn't ready at 3 pm on 12 June. We've moved cleaning earlier on busy days.",
        "Our solicitor helped us update our gift card terms, and they're now printed on every card.",
        "A one-star review stings, but you were right about the cold coffee. The machine has been serviced.",
        "Ha! Yes, the goat by the gate is called Brian, and he is not as friendly as he looks.",
        "Chloe was so pleased to read this, she has been with us since we opened.",
        "We're sorry the delivery arrived late. Please call us on 01632 960 123 and we'll sort out the charge.",
        "Thanks for celebrating your dad's 70th with us, it was a pleasure to host the family.",
        "We admit our car park is tiny. The public one behind the church is free on Sundays.",
        "You're right, the bathroom needed attention. It was repainted last week and the extractor replaced.",
        "Thank you for the honest review. We've added gluten-free bread after several requests like yours.",
        "Our little team of three is blushing. Thank you!",
        "Sorry your haircut wasn't what you asked for. We'd like to redo it free of charge, just message us.",
        "We're sorry about the wait on Friday; a coach party arrived unannounced. We've since added a second host.",
        "Thank you for updating your review, it's lovely to know the replacement order arrived safely.",
        "Darren, our delivery driver, says hello and thanks you for the biscuits!",
        "We love a good pun too: thank you for calling our croissants 'flaky in the best way'.",
        "Your comment about the prices is fair. We've introduced a lunch menu at £12.",
        "We're glad your grandmother enjoyed the soup, it's our chef's own family recipe.",
        "The noise from the building work should end by 30 September, and we'll offer quieter rooms until then.",
        "Thank you. Five stars from a fellow baker means a great deal to us.",
        "We hear you about the music. We've turned it down on weekday evenings.",
        "Sorry we got your order wrong. We've refunded the missing item and added a check at the counter.",
        "We'd like to understand what happened with your booking; our manager Priya is on hello@thegreen.example.",
        "Our accountant spotted the double charge too, and it has been refunded today.",
        "Honestly, our stairs are a workout. We're looking at a ramp for the side entrance.",
        "Thanks for the three stars and the helpful tips on the menu layout.",
        "Sorry the pool was closed during your stay; the repair took longer than our contractor promised.",
        "What a kind message. Gary will frame it, we're sure.",
        "We understand the frustration of a cancelled appointment and we're sorry. We now text a reminder the day before.",
        "Thank you for bringing your dog along, the team still talks about him.",
        "We're sorry the room felt cold. Each room now has its own heater you can control.",
        "A lovely review, thank you! The recipe for the lemon drizzle came from Chloe's aunt.",
        "We'll admit the queue on Saturday mornings is legendary. The new self-service till should help.",
    ],
    "fr": [
        "Merci pour les quatre étoiles, Hannah ! Nous transmettons vos compliments à Marcus en cuisine.",
        "Désolés que votre chambre n'ait pas été prête à 15 h le 12 juin. Nous avons avancé le ménage les jours chargés.",
        "Notre avocate nous a aidés à mettre à jour les conditions des cartes cadeaux, elles sont désormais imprimées sur chaque carte.",
        "Un avis une étoile, ça pique, mais vous aviez raison pour le café froid. La machine a été révisée.",
        "Ha ! Oui, la chèvre près du portail s'appelle Brigitte, et elle est moins gentille qu'elle n'en a l'air.",
        "Chloé a été ravie de lire ceci, elle est avec nous depuis l'ouverture.",
        "Désolés pour le retard de livraison. Appelez-nous au 04 72 00 11 22 et nous réglerons les frais.",
        "Merci d'avoir fêté les 70 ans de votre papa chez nous, ce fut un plaisir de recevoir la famille.",
        "Nous l'avouons, notre parking est minuscule. Celui derrière l'église est gratuit le dimanche.",
        "Vous avez raison, la salle de bain méritait un coup de neuf. Elle a été repeinte la semaine dernière.",
        "Merci pour cet avis honnête. Nous proposons maintenant du pain sans gluten après plusieurs demandes comme la vôtre.",
        "Notre petite équipe de trois en rougit. Merci !",
        "Désolés que la coupe ne corresponde pas à votre demande. Nous vous proposons de la reprendre gratuitement, écrivez-nous.",
        "Désolés pour l'attente vendredi ; un car est arrivé sans prévenir. Nous avons depuis ajouté une seconde personne à l'accueil.",
        "Merci d'avoir mis à jour votre avis, nous sommes heureux que la commande de remplacement soit bien arrivée.",
        "Damien, notre livreur, vous salue et vous remercie pour les biscuits !",
        "Nous aimons aussi les jeux de mots : merci d'avoir trouvé nos croissants « feuilletés comme il faut ».",
        "Votre remarque sur les prix est juste. Nous avons lancé une formule midi à 12 €.",
        "Heureux que la soupe ait plu à votre grand-mère, c'est une recette de famille de notre chef.",
        "Le bruit des travaux devrait cesser d'ici le 30 septembre, et nous proposerons des chambres plus calmes d'ici là.",
        "Merci. Cinq étoiles de la part d'une boulangère, c'est une vraie fierté.",
        "Nous vous entendons pour la musique. Nous l'avons baissée en semaine le soir.",
        "Désolés de nous être trompés dans votre commande. Nous avons remboursé l'article manquant et ajouté une vérification au comptoir.",
        "Nous aimerions comprendre ce qui s'est passé avec votre réservation ; notre responsable Priya est joignable à bonjour@levert.example.",
        "Notre comptable a aussi repéré le double débit, il a été remboursé aujourd'hui.",
        "Honnêtement, nos escaliers sont un vrai sport. Nous étudions une rampe pour l'entrée latérale.",
        "Merci pour les trois étoiles et pour vos conseils sur la présentation de la carte.",
        "Désolés que la piscine ait été fermée pendant votre séjour ; la réparation a pris plus de temps que prévu par notre prestataire.",
        "Quel gentil message. Gaëtan va l'encadrer, c'est sûr.",
        "Nous comprenons la frustration d'un rendez-vous annulé et nous en sommes désolés. Nous envoyons désormais un rappel la veille.",
        "Merci d'être venus avec votre chien, l'équipe en parle encore.",
        "Désolés que la chambre vous ait paru froide. Chaque chambre a maintenant son propre radiateur réglable.",
        "Quel bel avis, merci ! La recette du cake au citron vient de la tante de Chloé.",
        "Nous l'avouons, la file du samedi matin est légendaire. La nouvelle caisse automatique devrait aider.",
    ],
}
