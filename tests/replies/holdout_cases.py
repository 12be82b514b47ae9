"""Held-out labelled drafts (round 2), written before the last tuning round and never used
to tune the rules.

They measure how the checks generalise to phrasing they were not written for; the test
only guards against regressions (a floor below the measured figure).

Measured blind: recall 70/76 = 0.921, 0 false flags in 448 check runs on clean replies.
One miss revealed a bug (a contact verb matched inside "voicemail"); after fixing that
word boundary: 71/76 = 0.934. The other misses are left as they are, on purpose.
"""

from __future__ import annotations

HOLDOUT_TRIGGER: dict[str, dict[str, list[str]]] = {
    "categorical_denial": {
        "en": [
            "That's completely made up.",
            "No such incident ever took place.",
            "Our records prove this is false.",
            "We never served you, so this cannot be true.",
            "This story is simply untrue.",
        ],
        "fr": [
            "Tout ceci est faux.",
            "Cet incident n'a jamais eu lieu.",
            "Nos registres prouvent que c'est faux.",
            "Ce que vous racontez est totalement faux.",
            "C'est un mensonge pur et simple.",
        ],
    },
    "defensive_tone": {
        "en": [
            "You should have checked the opening hours.",
            "If you had asked, we would have changed it.",
            "The allergen list is on the menu, as clearly indicated.",
            "It's your own fault for booking the wrong date.",
            "Maybe you should read reviews before complaining.",
        ],
        "fr": [
            "Vous auriez dû vérifier les horaires.",
            "Si vous aviez demandé, nous l'aurions changé.",
            "Les allergènes figurent sur la carte, comme indiqué.",
            "C'est de votre faute si la date était fausse.",
            "Il fallait réserver, tout simplement.",
        ],
    },
    "personal_attack": {
        "en": [
            "You're obviously a liar.",
            "Only an idiot orders fish in a steakhouse.",
            "Stop trolling, loser.",
            "Your review is pathetic and so are you.",
            "You are delusional.",
        ],
        "fr": [
            "Vous êtes un menteur.",
            "Seul un imbécile commande du poisson ici.",
            "Arrêtez de troller, minable.",
            "Votre avis est pathétique.",
            "Espèce d'abruti.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Because we were full, and because a cook was off, and due to a late delivery, "
            "the food took time.",
            "We charge more since our rent rose, because of inflation and due to staff costs.",
            "The pool was closed because of a leak, since the plumber was late, and due to rain.",
        ],
        "fr": [
            "Car nous étions complets, car un cuisinier était absent et à cause d'une livraison "
            "tardive, le repas a pris du temps.",
            "Nos prix ont augmenté puisque le loyer a monté, à cause de l'inflation et en raison "
            "des salaires.",
            "La piscine était fermée à cause d'une fuite, car le plombier était en retard, et "
            "en raison de la pluie.",
        ],
    },
    "personal_data": {
        "en": [
            "We emailed the receipt to mark.b@example.net.",
            "Order #A77120 was delivered at 6pm.",
            "Your booking reference 55102 shows two guests.",
            "We understand your epilepsy made the lights hard to bear.",
            "We left a voicemail on 06 55 44 33 22.",
        ],
        "fr": [
            "Nous avons envoyé le reçu à mark.b@example.net.",
            "La commande n° A77120 a été livrée à 18h.",
            "Votre réservation 55102 indique deux personnes.",
            "Nous comprenons que votre épilepsie rende les lumières pénibles.",
            "Nous avons laissé un message au 06 55 44 33 22.",
        ],
    },
    "review_incentive": {
        "en": [
            "Update your rating and we'll give you a 10% discount.",
            "A free dessert for every 5-star review!",
            "Leave us a review and get a free coffee.",
        ],
        "fr": [
            "Modifiez votre note et nous vous offrons 10 % de remise.",
            "Un dessert offert pour chaque avis 5 étoiles !",
            "Laissez-nous un avis et recevez un café gratuit.",
        ],
    },
    "shouting": {
        "en": ["We are DEEPLY sorry.", "Great to see you!!!", "THANK YOU, see you soon."],
        "fr": ["Nous sommes SINCÈREMENT désolés.", "Ravis de vous voir !!!", "MERCI, à bientôt."],
    },
    "missing_acknowledgement": {
        "en": [
            "Thanks for your review. We are open every day from noon.",
            "Hello, the team has been informed.",
            "See you next time.",
        ],
        "fr": [
            "Merci pour votre avis. Nous sommes ouverts tous les jours dès midi.",
            "Bonjour, l'équipe a été informée.",
            "À la prochaine.",
        ],
    },
    "missing_thanks": {
        "en": [
            "So glad you loved the cake!",
            "See you again, Kate.",
            "The team loved reading this.",
        ],
        "fr": [
            "Tellement contents que le gâteau vous ait plu !",
            "À bientôt, Kate.",
            "L'équipe a adoré lire ceci.",
        ],
    },
    "unfilled_placeholder": {
        "en": ["Hi {firstname}, thank you.", "Thanks, [signature]", "Sorry, <name>."],
        "fr": ["Bonjour {prenom}, merci.", "Merci, [signature]", "Désolés, <nom>."],
    },
}

# Good replies: to an unhappy customer (checked as answers to 1-star and unrated reviews) and to
# a happy one (checked as answers to 5-star and unrated reviews). No check may flag them.
HOLDOUT_CLEAN_NEGATIVE: dict[str, list[str]] = {
    "en": [
        "Hi Nina, I'm sorry your steak was overcooked. Our chef has reviewed the grill times. "
        "We'd love to cook for you again; please call us on 01632 960 961.",
        "Thank you for the feedback, Raj, and sorry for the noise from the terrace. We've added "
        "screens and moved the tables.",
        "We apologise for the late delivery, Ida. The courier has been replaced for your area.",
        "Sorry the shop was closed when you arrived, Tim; the hours online were wrong and are now "
        "fixed. Thanks for telling us.",
        "Hello Pia, we regret that your room wasn't ready at check-in. We've changed how "
        "housekeeping is scheduled.",
    ],
    "fr": [
        "Bonjour Nina, désolé que votre steak ait été trop cuit. Notre chef a revu les temps de "
        "cuisson. Appelez-nous au 01 98 76 54 32 pour en parler.",
        "Merci pour votre retour, Raj, et désolés pour le bruit de la terrasse. Nous avons "
        "installé des paravents.",
        "Toutes nos excuses pour la livraison tardive, Ida. Nous avons changé de livreur pour "
        "votre secteur.",
        "Désolés que la boutique ait été fermée à votre arrivée, Tim ; les horaires en ligne "
        "étaient faux et sont corrigés. Merci de nous l'avoir dit.",
        "Bonjour Pia, nous regrettons que votre chambre n'ait pas été prête à l'arrivée. Nous "
        "avons revu le planning du ménage.",
    ],
}
HOLDOUT_CLEAN_POSITIVE: dict[str, list[str]] = {
    "en": [
        "Thank you, Nina! The whole team is delighted you enjoyed the tasting menu.",
        "Thanks for the five stars, Raj. See you at the next quiz night.",
        "Many thanks, Ida, for choosing us for your wedding dinner.",
    ],
    "fr": [
        "Merci Nina ! Toute l'équipe est ravie que le menu dégustation vous ait plu.",
        "Merci pour les cinq étoiles, Raj. À la prochaine soirée quiz.",
        "Un grand merci, Ida, de nous avoir choisis pour votre dîner de mariage.",
    ],
}
