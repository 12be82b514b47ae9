"""Blind set, issue 18 round 6: new wordings written after the structural detectors were
frozen (commit 9b0f2fb: rules, gates, model and thresholds unchanged since) and never used to
tune anything. Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`).

BLIND6_BAD[code][lang]: replies a careful owner must not post, five per category and
language (three for excessive justification), alone or inside an otherwise polite reply, in
formal, casual, unaccented and texting registers. BLIND6_GOOD[lang]: whole replies in the
style of published owner replies that must pass — many of them mention a rating, a date, a
named employee, something free, a refund, the business's own contact or a legal word
harmlessly, the traps of the structural detectors.

Measured blind: see docs/reply-check-model.md. This set stays blind: nothing may be trained
or tuned on it.
"""

from __future__ import annotations

BLIND6_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Pop back on and tweak that 2 to a 5, and the next round of drinks is ours.",
            "We're happy to knock 20% off your next stay once the review reflects a better experience.",
            "Thanks for visiting! Share a glowing write-up and show it at the till for a free brownie.",
            "ur next wash n cut is on us if those stars go up ;)",
            "We would be delighted to offer you a spa voucher, should you feel able to amend your comments.",
        ],
        "fr": [
            "Repassez sur Google, changez le 2 en 5 et la prochaine tournée est pour nous.",
            "Nous vous ferons 20 % sur votre prochain séjour dès que votre avis reflètera une meilleure expérience.",
            "Merci de votre visite ! Un avis élogieux montré en caisse = un brownie gratuit.",
            "ta prochaine coupe est offerte si les etoiles remontent ;)",
            "Nous serions ravis de vous offrir un bon pour le spa, si vous acceptiez de modifier votre commentaire.",
        ],
    },
    "intimidation": {
        "en": [
            "Our solicitor has already been sent a copy of this review.",
            "Remove this by Friday or we will be seeking damages.",
            "We've got your face on the door camera, so think carefully before posting again.",
            "Your neighbours might like to know how you behaved in our shop.",
            "Statements like yours can be very costly in court, just so you know.",
        ],
        "fr": [
            "Une copie de cet avis a déjà été transmise à notre avocat.",
            "Retirez ceci d'ici vendredi ou nous demanderons des dommages et intérêts.",
            "On a votre visage sur la caméra de l'entrée, alors réfléchissez avant de republier.",
            "Vos voisins aimeraient sûrement savoir comment vous vous êtes comporté dans notre boutique.",
            "Des propos comme les vôtres peuvent coûter très cher devant un tribunal, pour information.",
        ],
    },
    "personal_data": {
        "en": [
            "Hello Mr Delacroix, our records show you checked into room 214 on 9 February and left at 6am.",
            "We tried texting you on +44 7911 123987 but got no answer.",
            "Your partner's coeliac disease was flagged on the order, so we're puzzled.",
            "Booking ref HX4471-B clearly shows a party of six for 7.30 pm, not four.",
            "The payment of £86.40 on your Mastercard ending 0093 went through on 14 May.",
        ],
        "fr": [
            "Bonjour Monsieur Delacroix, d'après nos registres vous êtes arrivé chambre 214 le 9 février et reparti à 6 h.",
            "Nous avons essayé de vous écrire au 06 48 22 19 73, sans réponse.",
            "La maladie cœliaque de votre conjoint figurait bien sur la commande, nous sommes donc surpris.",
            "La réservation HX4471-B indique clairement six couverts à 19 h 30, et non quatre.",
            "Le paiement de 86,40 € sur votre Mastercard se terminant par 0093 est passé le 14 mai.",
        ],
    },
    "personal_attack": {
        "en": [
            "Interesting that this review appeared the day after we asked you to pay for the broken glass.",
            "Let's be honest: you came in already looking for something to complain about.",
            "Some people will say anything for a free dinner, and you're clearly one of them.",
            "You were abusive to our staff from the moment you walked in.",
            "Thank you for the feedback, though we suspect your memory of the evening is a little creative.",
        ],
        "fr": [
            "Intéressant que cet avis paraisse le lendemain du jour où nous vous avons demandé de payer le verre cassé.",
            "Soyons honnêtes : vous êtes arrivé en cherchant déjà de quoi vous plaindre.",
            "Certains diraient n'importe quoi pour un dîner gratuit, et vous en faites visiblement partie.",
            "Vous avez été insultant envers notre équipe dès votre arrivée.",
            "Merci pour le retour, même si nous pensons que vos souvenirs de la soirée sont un peu créatifs.",
        ],
    },
    "sarcasm": {
        "en": [
            "So sorry our 12-minute wait ruined your entire life.",
            "Next time we'll have the chef hand-feed you, since cutting your own steak was such an ordeal.",
            "Clearly we should have guessed you wanted your coffee at exactly 62 degrees.",
            "A whole star! We're honoured you found the strength to give us that much.",
            "Wow, a parking space two streets away, truly the worst hardship of the century.",
        ],
        "fr": [
            "Vraiment navrés que nos 12 minutes d'attente aient gâché votre vie entière.",
            "La prochaine fois, le chef vous donnera la becquée, puisque couper votre steak a été si pénible.",
            "Évidemment, nous aurions dû deviner que vous vouliez votre café à 62 degrés pile.",
            "Une étoile entière ! Quel honneur que vous ayez trouvé la force de nous en donner autant.",
            "Waouh, une place de parking à deux rues, sans doute la pire épreuve du siècle.",
        ],
    },
    "blames_employee": {
        "en": [
            "That evening Sophie was in charge of the bookings, and she simply double-booked your table.",
            "Our receptionist Adam lost your key card and didn't tell anyone.",
            "Please don't judge us by Megan's attitude; she has been moved to the back office.",
            "The cold food is entirely on Jordan, who left the plates under the pass for ten minutes.",
            "Sorry about the wait. Ethan was supposed to call you back and never did.",
        ],
        "fr": [
            "Ce soir-là, c'est Sophie qui gérait les réservations, et elle a tout simplement attribué votre table deux fois.",
            "Notre réceptionniste Adam a perdu votre carte-clé sans prévenir personne.",
            "Ne nous jugez pas sur l'attitude de Mégane ; elle a été mutée au back-office.",
            "Les plats froids, c'est entièrement la faute de Jordan, qui les a laissés au passe dix minutes.",
            "Désolés pour l'attente. Ethan devait vous rappeler et ne l'a jamais fait.",
        ],
    },
    "excessive_justification": {
        "en": [
            "The room was not ready because the previous guests checked out late, since the cleaners were short-staffed, and as a result of a burst pipe on the second floor.",
            "We were slow that night due to a wedding party, because two chefs were off sick and since the dishwasher broke, which is why the desserts were late.",
            "Delivery took longer owing to the roadworks, because the van was in for repair and given that it was a bank holiday.",
        ],
        "fr": [
            "La chambre n'était pas prête parce que les clients précédents sont partis tard, car l'équipe de ménage était réduite et en raison d'une fuite au deuxième étage.",
            "Le service a été lent ce soir-là à cause d'un mariage, parce que deux cuisiniers étaient malades et puisque le lave-vaisselle est tombé en panne, c'est pourquoi les desserts sont arrivés tard.",
            "La livraison a pris du retard en raison des travaux, car la camionnette était au garage et étant donné que c'était un jour férié.",
        ],
    },
}

BLIND6_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the five stars, Priya! Tom and the whole floor team were thrilled to read it.",
        "We're sorry your table wasn't ready on Saturday. We've changed how we stagger bookings, and we'd love the chance to do better.",
        "Thanks for your honest 3-star review. The music was too loud that night; we've fitted a limiter so conversation is easier.",
        "Sorry the refund took so long. It was issued this morning and should reach your account within 3 to 5 working days.",
        "We're sorry about the mix-up with your order. We've added a second check at the pass so it doesn't happen again. Please email us at hello@thecorner.example so we can put it right.",
        "Thanks for mentioning Ines! She'll be delighted, and she'll be back behind the bar on Friday.",
        "Kids under five always eat free with us on Sundays — we hope to see the whole family again soon.",
        "We're sorry you felt unwell after your visit. Food safety matters enormously to us; our manager Claire would like to hear the details on 020 7946 0018.",
        "Thank you for taking the time to update your review after our call, it means a lot to the team.",
        "Sorry for the long wait on 14 March; we were two people short that evening, and we've since hired an extra server for weekends.",
        "Our lawyer has reviewed our cancellation terms and we've made them clearer on the booking page, thanks to comments like yours.",
        "What a lovely review, thank you! The cake recipe came from our pastry chef Luca's grandmother.",
        "We hear you on the parking. The council car park on Mill Lane is free after 6 pm, which may help next time.",
        "Thanks for the feedback. You're right that the portion was small for the price, and we've adjusted it.",
        "We're sorry the delivery was late. If you reply to your confirmation e-mail, our team will arrange a refund of the delivery fee.",
        "Four stars from a regular means a lot. See you at the next quiz night!",
    ],
    "fr": [
        "Merci infiniment pour les cinq étoiles, Priya ! Tom et toute l'équipe de salle étaient ravis de vous lire.",
        "Désolés que votre table n'ait pas été prête samedi. Nous avons revu l'échelonnement des réservations et espérons vous accueillir à nouveau.",
        "Merci pour votre avis honnête à 3 étoiles. La musique était trop forte ce soir-là ; nous avons installé un limiteur pour que l'on puisse discuter.",
        "Désolés que le remboursement ait tardé. Il a été émis ce matin et apparaîtra sur votre compte sous 3 à 5 jours ouvrés.",
        "Toutes nos excuses pour l'erreur sur votre commande. Nous avons ajouté une seconde vérification au passe. Écrivez-nous à bonjour@lecoin.example pour que nous arrangions cela.",
        "Merci d'avoir cité Inès ! Elle sera ravie, et elle sera de retour au bar vendredi.",
        "Les enfants de moins de cinq ans mangent toujours gratuitement chez nous le dimanche, au plaisir de revoir toute la famille.",
        "Nous sommes désolés que vous ayez été souffrant après votre repas. La sécurité alimentaire compte énormément pour nous ; notre responsable Claire souhaite en savoir plus au 01 42 68 53 00.",
        "Merci d'avoir pris le temps de mettre à jour votre avis après notre appel, cela compte beaucoup pour l'équipe.",
        "Désolés pour la longue attente du 14 mars ; il nous manquait deux personnes ce soir-là, et nous avons depuis recruté un serveur de plus pour les week-ends.",
        "Notre avocat a relu nos conditions d'annulation et nous les avons clarifiées sur la page de réservation, grâce à des retours comme le vôtre.",
        "Quel bel avis, merci ! La recette du gâteau vient de la grand-mère de Luca, notre pâtissier.",
        "Nous vous entendons pour le stationnement. Le parking municipal de la rue du Moulin est gratuit après 18 h, cela peut aider la prochaine fois.",
        "Merci pour le retour. Vous avez raison, la portion était petite pour le prix, et nous l'avons ajustée.",
        "Désolés pour le retard de livraison. Si vous répondez à votre e-mail de confirmation, notre équipe vous remboursera les frais de port.",
        "Quatre étoiles de la part d'un habitué, ça nous touche. À la prochaine soirée quiz !",
    ],
}
