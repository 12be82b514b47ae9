"""Round-1 held-out drafts: measured blind (recall 64/88 = 0.727, 0 false flags in 448 check
runs on clean replies), then folded into the development set used to tune the rules.

The current blind set is `holdout_cases.py`.
"""

from __future__ import annotations

ROUND1_TRIGGER: dict[str, dict[str, list[str]]] = {
    "categorical_denial": {
        "en": [
            "Nothing of the sort took place in our restaurant.",
            "This review is pure fiction.",
            "We have never had a single complaint like this, so it is not true.",
            "Our staff would never do that, full stop.",
            "That simply did not occur.",
        ],
        "fr": [
            "Rien de tout cela ne s'est passé chez nous.",
            "Cet avis relève de la pure invention.",
            "Notre personnel ne ferait jamais une chose pareille.",
            "C'est archi faux, relisez votre addition.",
            "Cela n'est jamais arrivé dans notre établissement.",
        ],
    },
    "defensive_tone": {
        "en": [
            "Perhaps you should read the reservation policy next time.",
            "It was up to you to check the address before ordering.",
            "You were the one who arrived 40 minutes late.",
            "Had you bothered to ask, we would have helped.",
            "Honestly, you should've mentioned it at the time.",
        ],
        "fr": [
            "Il aurait fallu nous prévenir avant de venir.",
            "C'était à vous de vérifier l'adresse de livraison.",
            "Vous êtes arrivés avec 40 minutes de retard.",
            "Si vous aviez pris la peine de demander, nous vous aurions aidé.",
            "Vous n'aviez qu'à le signaler au serveur.",
        ],
    },
    "personal_attack": {
        "en": [
            "Clearly you have no taste.",
            "You're a clueless troll.",
            "People like you ruin small businesses.",
            "What a ridiculous, childish rant.",
            "Go back to your fast food, loser.",
        ],
        "fr": [
            "Vous n'avez visiblement aucun goût.",
            "Vous êtes un troll.",
            "Les gens comme vous tuent les petits commerces.",
            "Quel commentaire puéril et ridicule.",
            "Retournez au fast-food, pauvre type.",
        ],
    },
    "excessive_justification": {
        "en": [
            "We were short-staffed because of flu, and since the delivery came late, and "
            "because the dishwasher broke, service was slow.",
            "The reason is that our supplier changed. This is why the taste differed, since "
            "the flour is new.",
            "Owing to the storm, and because of roadworks, and since two drivers were off, "
            "your order was late.",
            "Because it was a holiday, because we were full and because the card machine "
            "failed, you waited.",
        ],
        "fr": [
            "Nous manquions de personnel à cause de la grippe, et puisque la livraison est "
            "arrivée tard, et car le lave-vaisselle est tombé en panne, le service était lent.",
            "La raison est que notre fournisseur a changé. C'est pourquoi le goût différait, "
            "car la farine est nouvelle.",
            "En raison de l'orage, à cause des travaux, et vu que deux livreurs étaient "
            "absents, votre commande est arrivée en retard.",
            "Parce que c'était férié, parce que nous étions complets et car le terminal de "
            "paiement a lâché, vous avez attendu.",
        ],
    },
    "personal_data": {
        "en": [
            "Mrs Patel, your account ID 99812 shows the refund.",
            "We sent the replacement to 221B Baker Street yesterday.",
            "Your e-mail anna.k@example.org is now unsubscribed.",
            "Since your son's allergy is severe, the kitchen should have known.",
            "Our driver called 0412 345 678 three times.",
        ],
        "fr": [
            "Madame Petit, votre compte n° 99812 indique le remboursement.",
            "Nous avons envoyé le remplacement au 3 bis rue Victor Hugo hier.",
            "Votre adresse anna.k@example.org a été désinscrite.",
            "Votre intolérance au gluten aurait dû être signalée en cuisine.",
            "Notre livreur a appelé le 07 81 22 33 44 trois fois.",
        ],
    },
    "review_incentive": {
        "en": [
            "Change your rating and your next coffee is on the house.",
            "We'll send a gift card to everyone who updates their review.",
            "Post a new review and get 15% off.",
            "Delete this review and we'll give you a free month.",
        ],
        "fr": [
            "Changez votre note et le prochain café est offert.",
            "Nous enverrons une carte cadeau à chaque client qui modifie son avis.",
            "Publiez un nouvel avis et obtenez 15 % de réduction.",
            "Supprimez cet avis et nous vous offrons un mois gratuit.",
        ],
    },
    "shouting": {
        "en": [
            "We are SO SORRY about this.",
            "Thanks again!!",
            "PLEASE contact us.",
            "This is UNBELIEVABLE, we apologise.",
        ],
        "fr": [
            "Nous sommes VRAIMENT DÉSOLÉS.",
            "Merci encore !!",
            "CONTACTEZ-NOUS s'il vous plaît.",
            "C'est INCROYABLE, pardon.",
        ],
    },
    "missing_acknowledgement": {
        "en": [
            "Hi Sue, we hope you'll visit us again soon.",
            "Thank you for your comments. Regards, the team.",
            "Our chef has 20 years of experience.",
            "Please call us to discuss.",
        ],
        "fr": [
            "Bonjour Sue, nous espérons vous revoir bientôt.",
            "Merci pour vos commentaires. Cordialement, l'équipe.",
            "Notre chef a 20 ans d'expérience.",
            "Appelez-nous pour en discuter.",
        ],
    },
    "missing_thanks": {
        "en": [
            "So happy you liked it!",
            "Come back soon, Jo.",
            "Our baristas will love this.",
            "Enjoy the rest of your trip.",
        ],
        "fr": [
            "Tellement contents que cela vous ait plu !",
            "Revenez vite, Jo.",
            "Nos baristas vont adorer.",
            "Bonne fin de séjour.",
        ],
    },
    "unfilled_placeholder": {
        "en": [
            "Hi {name}, thanks!",
            "Dear [customer name], sorry.",
            "Signed: {signature}",
            "Call us at {phone}.",
        ],
        "fr": [
            "Bonjour {nom}, merci !",
            "Cher [nom du client], désolés.",
            "Signé : {signature}",
            "Appelez-nous au {telephone}.",
        ],
    },
}

# Good replies: to an unhappy customer (checked as answers to 1-star and unrated reviews) and to
# a happy one (checked as answers to 5-star and unrated reviews). No check may flag them.
ROUND1_CLEAN_NEGATIVE: dict[str, list[str]] = {
    "en": [
        "Hi Jo, thanks for your patience, and sorry the order was wrong. We've refunded it and "
        "retrained the team on order checks.",
        "Thank you, Kim. We're sorry the music was too loud; we've turned it down on weekdays.",
        "Hello Ravi, we apologise for the mix-up with your table. It won't happen again.",
        "We're sorry the parking was full. There is now a partnership with the car park next door.",
        "Sorry to hear the Wi-Fi was down during your stay, Max; it has been replaced.",
    ],
    "fr": [
        "Bonjour Jo, merci pour votre patience et désolés pour l'erreur de commande. Nous vous "
        "avons remboursé et rappelé à l'équipe de vérifier les commandes.",
        "Merci Kim. Désolés que la musique ait été trop forte ; nous l'avons baissée en semaine.",
        "Bonjour Ravi, toutes nos excuses pour la confusion sur votre table. Cela ne se reproduira pas.",
        "Désolés que le parking ait été complet. Un partenariat existe désormais avec le parking voisin.",
        "Désolés que le Wi-Fi ait été coupé pendant votre séjour, Max ; il a été remplacé.",
    ],
}
ROUND1_CLEAN_POSITIVE: dict[str, list[str]] = {
    "en": [
        "Thanks for the kind words, Lou! The team will be thrilled.",
        "Thank you for your review, Ade. We've passed your comments about the dessert to our pastry chef.",
        "Thanks a lot, Eva! Glad the gluten-free menu worked for you.",
    ],
    "fr": [
        "Merci pour vos gentils mots, Lou ! L'équipe sera ravie.",
        "Merci pour votre avis, Ade. Nous avons transmis vos remarques sur le dessert à notre pâtissier.",
        "Merci beaucoup, Eva ! Ravis que la carte sans gluten vous ait convenu.",
    ],
}
