"""Hand-written labelled drafts for every pre-post check, per language.

TRIGGER[code][lang]: drafts that must raise `code`.
HARD_NEGATIVE[code][lang]: near misses that must not raise it (besides the shared good
replies of `good_replies.py`, which must not raise anything).
`context(code, lang)` gives the situation each check is evaluated in.
"""

from __future__ import annotations

from typing import Any

from .blind_round3 import BLIND1_BAD, BLIND1_GOOD
from .blind_round4 import BLIND2_BAD, BLIND2_GOOD
from .blind_round5 import BLIND3_BAD, BLIND3_GOOD
from .good_replies import GOOD_NEGATIVE, GOOD_POSITIVE
from .round1_cases import ROUND1_CLEAN_NEGATIVE, ROUND1_CLEAN_POSITIVE, ROUND1_TRIGGER
from .round3_dev_cases import DEV3_TRIGGER

PREVIOUS: dict[str, list[str]] = {
    "en": [
        "Hi Marie, thank you so much for your kind words! We're delighted you enjoyed your time at "
        "Le Bistrot, and we hope to welcome you back soon.",
        "Thank you for letting us know about your visit. I'm sorry it fell so far short of what you "
        "expected. I've shared your review with the team and we're going through what went wrong.",
        "Sorry about the crashes, and thanks for reporting them. Our developers are investigating. "
        "Please write to us with your device and app version so we can help.",
    ],
    "fr": [
        "Bonjour Marie, merci beaucoup pour ce très gentil message ! Nous sommes ravis que vous ayez "
        "passé un bon moment chez nous, et nous espérons vous revoir très bientôt.",
        "Merci de nous avoir fait part de votre visite. Je suis désolé qu'elle ait été si loin de vos "
        "attentes. J'ai partagé votre avis avec l'équipe et nous analysons ce qui n'a pas fonctionné.",
        "Désolés pour ces plantages, et merci de nous les avoir signalés. Nos développeurs enquêtent. "
        "Écrivez-nous en indiquant votre appareil et la version de l'application.",
    ],
}

_LONG_EN = (
    "Hi Tom, thank you for your review and I'm sorry about your evening. We've talked it over with "
    "the whole team, changed the way we handle bookings on busy nights and added a second person on "
    "the door, so that nobody waits without news again. I'd really like to hear more about your "
    "visit and welcome you back; please write to us whenever suits you. Claire, Le Bistrot"
)
_LONG_FR = (
    "Bonjour Thomas, merci pour votre avis et toutes nos excuses pour cette soirée. Nous en avons "
    "parlé avec toute l'équipe, nous avons changé la gestion des réservations les soirs d'affluence "
    "et ajouté une personne à l'accueil, pour que plus personne n'attende sans nouvelles. J'aimerais "
    "en savoir plus et vous accueillir à nouveau ; écrivez-nous quand vous voulez. Claire, Le Bistrot"
)

TRIGGER: dict[str, dict[str, list[str]]] = {
    "empty_draft": {
        "en": ["", " ", "\n", "\n\n", "\t", "   \n  ", "\r\n", "\u00a0", "  \t\n ", "\u2003"],
        "fr": [
            "",
            "  ",
            "\n\n\n",
            "\t\t",
            " \r\n ",
            "\u00a0\u00a0",
            "\n \n",
            "\u2009",
            " " * 50,
            "\f",
        ],
    },
    "categorical_denial": {
        "en": [
            "This never happened. We have no record of you.",
            "That is simply false and you know it.",
            "Your review is completely untrue.",
            "That's not true, our food is always fresh.",
            "We categorically deny these claims.",
            "There is no way this happened at our restaurant.",
            "It did not happen the way you describe.",
            "We did nothing wrong and the staff followed procedure.",
            "This is a lie from start to finish.",
            "What you describe could not have happened here.",
            "Totally false. Our kitchen is spotless.",
            "That is impossible, we close at 10pm.",
        ],
        "fr": [
            "C'est faux, nous n'avons jamais servi ce plat.",
            "C'est totalement faux et vous le savez.",
            "Ce n'est pas vrai, notre cuisine est toujours propre.",
            "Cela ne s'est jamais produit chez nous.",
            "Nous démentons formellement ces accusations.",
            "Vos propos sont mensongers et nous le prouverons.",
            "C'est impossible, nous fermons à 22h.",
            "Ça n'a jamais eu lieu, point final.",
            "Nous n'avons rien à nous reprocher dans cette affaire.",
            "Ce n'est pas de notre faute si le livreur était en retard.",
            "Vos accusations sont totalement infondées.",
            "Archi faux, relisez votre ticket.",
        ],
    },
    "defensive_tone": {
        "en": [
            "You should have told the waiter about your allergy.",
            "If you had read the menu, you would have seen the price.",
            "As clearly stated on our website, we close at 9.",
            "You failed to mention this during your visit.",
            "It's your responsibility to check the order before leaving.",
            "You were told the wait would be 40 minutes.",
            "Next time, read the booking conditions.",
            "You didn't even bother to ask for a manager.",
            "That is not our problem, the courier is a third party.",
            "You could have just asked us to change the table.",
            "You obviously didn't read the terms.",
            "Had you called ahead, we would have kept the table.",
        ],
        "fr": [
            "Vous auriez dû prévenir le serveur de votre allergie.",
            "Si vous aviez lu la carte, vous auriez vu le prix.",
            "Comme clairement indiqué sur notre site, nous fermons à 21h.",
            "Il fallait nous le dire sur place.",
            "C'est votre responsabilité de vérifier la commande.",
            "Vous n'aviez qu'à demander une autre table.",
            "La prochaine fois, lisez les conditions de réservation.",
            "Vous avez oublié de préciser l'heure de livraison.",
            "Ce n'est pas notre problème, le livreur est un prestataire.",
            "Vous auriez pu simplement appeler le restaurant.",
            "Vous n'avez même pas pris la peine de demander le responsable.",
            "Comme c'est pourtant affiché à l'entrée, les chiens ne sont pas admis.",
        ],
    },
    "personal_attack": {
        "en": [
            "Only an idiot would complain about free bread.",
            "You are a liar and everyone here knows it.",
            "What a pathetic review.",
            "Get a life and stop trolling small businesses.",
            "How dare you speak to my staff like that.",
            "You're clearly a bitter competitor.",
            "Stupid comments like this don't deserve an answer.",
            "You people are never happy.",
            "Grow up and learn some manners.",
            "You sound entitled and rude.",
            "Shut up and go eat somewhere else.",
            "This is the rant of a moron.",
        ],
        "fr": [
            "Seul un idiot se plaindrait du pain gratuit.",
            "Vous êtes un menteur et tout le monde le sait.",
            "Quel avis pathétique.",
            "Espèce de râleur, allez manger ailleurs.",
            "Honte à vous de parler ainsi à mon équipe.",
            "Vous êtes de mauvaise foi.",
            "Votre commentaire est ridicule.",
            "Un avis de concurrent jaloux, rien de plus.",
            "Taisez-vous et laissez travailler les gens.",
            "Vous mentez, nous avons les caméras.",
            "Pauvre type, va.",
            "Un client aussi débile, on n'en veut pas.",
        ],
    },
    "excessive_justification": {
        "en": [
            "We were late because the chef was ill, because two staff quit and because of the rain.",
            "The wait was long due to a large party, since it was Friday, and because the oven broke.",
            "The reason was a supplier delay. That's why the menu changed, because stock ran out.",
            "Prices went up because of energy costs, since rents doubled, and due to new taxes.",
            "Given that we were full, and since you came late, and because the kitchen had closed, "
            "we could not serve you.",
            "The room was cold because the heating failed, due to a power cut, which is why we moved "
            "you.",
            "It happened because of a new system. Since then we have trained everyone, because it "
            "matters.",
            "Because of the strike the courier was late, and because of traffic, and since the "
            "address was unclear.",
            "We changed the recipe because customers asked, because costs rose and because of supply.",
            "The app crashed due to an update, because of a server issue, and since the store "
            "delayed the fix.",
            "Your table was moved because of a leak, since the terrace was closed, and due to wind.",
        ],
        "fr": [
            "Nous étions en retard car le chef était malade, car deux serveurs sont partis et car il pleuvait.",
            "L'attente était longue parce qu'un groupe était là, puisque c'était vendredi, et car le four a lâché.",
            "La raison est un retard fournisseur. C'est pourquoi la carte a changé, car le stock manquait.",
            "Les prix ont augmenté en raison de l'énergie, car les loyers ont doublé, et à cause des taxes.",
            "Étant donné que nous étions complets, puisque vous êtes arrivé tard, et car la cuisine "
            "était fermée, nous n'avons pas pu vous servir.",
            "La salle était froide car le chauffage est tombé en panne, à cause d'une coupure, ce qui "
            "explique le changement de table.",
            "C'est arrivé à cause d'un nouveau logiciel. Depuis, nous avons formé l'équipe, car c'est important, "
            "parce que nous y tenons.",
            "Le livreur était en retard à cause de la grève, parce qu'il y avait des bouchons, et "
            "puisque l'adresse était incomplète.",
            "Nous avons changé la recette car des clients l'ont demandé, car les coûts ont augmenté et "
            "car l'approvisionnement est difficile.",
            "L'application a planté à cause d'une mise à jour, car le serveur était saturé, et vu que "
            "le magasin a retardé le correctif.",
            "Votre table a été déplacée en raison d'une fuite, puisque la terrasse était fermée, et "
            "car il y avait du vent.",
        ],
    },
    "personal_data": {
        "en": [
            "Sorry, John. We've refunded the card used by john.smith@gmail.com.",
            "We tried to reach you on 07700 900123 but got no answer.",
            "Your order number 45812-B has been refunded.",
            "We delivered to 14 Baker Street as requested.",
            "Regarding your booking #RX4471, the table was ready.",
            "We're sorry about your allergy to nuts, and the dish should have been labelled.",
            "We know you were pregnant and should have offered you a seat.",
            "Invoice INV-2024-0087 was sent twice by mistake.",
            "We've noted your diabetes for your next visit.",
            "Call back the number you gave us, +44 20 7946 0018, and ask for Sam.",
            "Your reservation 88213 was cancelled by our system.",
        ],
        "fr": [
            "Désolés Jean, nous avons remboursé la carte de jean.dupont@orange.fr.",
            "Nous avons essayé de vous joindre sur votre portable, le 06 12 34 56 78, sans réponse.",
            "Votre commande n° 45812 a été remboursée.",
            "Nous avons livré au 12 rue des Lilas comme demandé.",
            "Concernant votre réservation RES-20931, la table était prête.",
            "Nous sommes désolés pour votre allergie aux fruits à coque.",
            "Nous savions que vous étiez enceinte et aurions dû vous proposer une chaise.",
            "La facture FA2024-118 a été envoyée deux fois par erreur.",
            "Nous avons noté votre diabète pour votre prochaine visite.",
            "Votre dossier 7781-22 est en cours de traitement.",
            "Le colis suivi 6A12345678901 a été retourné.",
        ],
    },
    "review_incentive": {
        "en": [
            "Update your review to five stars and get 10% off your next visit!",
            "We'll give you a free dessert if you change your rating.",
            "Leave us a 5-star review and receive a voucher.",
            "In exchange for a new review, we offer a gift card.",
            "Remove your review and we'll send you a discount code.",
            "Anyone who reviews us on Google gets a free drink.",
            "Edit your review and enjoy a free meal on us.",
            "We offer a 20% off coupon for every five-star rating.",
            "If you raise your rating, a reward is waiting for you.",
            "Rate us 5 stars to get a free upgrade.",
            "Once you update the review, the gift is yours.",
        ],
        "fr": [
            "Modifiez votre avis et recevez 10 % de réduction sur votre prochaine visite.",
            "Un dessert offert si vous changez votre note !",
            "Laissez-nous un avis 5 étoiles et obtenez un bon d'achat.",
            "En échange d'un nouvel avis, nous vous offrons une carte cadeau.",
            "Supprimez votre avis et nous vous enverrons un code promo.",
            "Pour tout avis sur Google, une boisson gratuite.",
            "Si vous mettez 5 étoiles, un cadeau vous attend.",
            "Une remise de 20 % contre une meilleure note.",
            "Dès que vous aurez modifié votre avis, la réduction sera appliquée.",
            "Notez-nous 5 étoiles et profitez d'un repas offert.",
            "Changez votre évaluation et nous vous offrons un cadeau.",
        ],
    },
    "length_limit": {
        # Context: Google Play (350 characters) unless the draft names another platform.
        "en": [
            _LONG_EN,
            _LONG_EN + " Thanks again.",
            "Thank you! " * 40,
            "a" * 351,
            _LONG_EN.replace("Tom", "Thomas"),
            "Sorry. " * 60,
            _LONG_EN + "\n\nClaire",
            "x " * 200,
            "We are sorry. " * 30,
            _LONG_EN * 2,
        ],
        "fr": [
            _LONG_FR,
            _LONG_FR + " Merci encore.",
            "Merci ! " * 50,
            "é" * 351,
            _LONG_FR.replace("Thomas", "Tom"),
            "Désolé. " * 50,
            _LONG_FR + "\n\nClaire",
            "à " * 200,
            "Nous sommes désolés. " * 20,
            _LONG_FR * 2,
        ],
    },
    "language_mismatch": {
        # Context: the review is in `lang`; these drafts are in another language.
        "en": GOOD_NEGATIVE["fr"][:6]
        + GOOD_POSITIVE["fr"][:3]
        + [
            "Vielen Dank für Ihre Bewertung, wir freuen uns sehr über Ihren Besuch und sind für Sie da."
        ],
        "fr": GOOD_NEGATIVE["en"][:6]
        + GOOD_POSITIVE["en"][:3]
        + [
            "Muchas gracias por su opinión, es un placer para nosotros y esperamos verle pronto con "
            "su familia."
        ],
    },
    "unfilled_placeholder": {
        "en": [
            "Hi {first_name}, thank you for your review.",
            "Hi [first name], thank you for visiting.",
            "Thanks for visiting [business]!",
            "Please contact us at [contact].",
            "Best wishes, [signature]",
            "Hi <name>, thanks for the review.",
            "Sorry about XXX, we'll fix it.",
            "Thanks for your comments on {topic}.",
            "Dear {{first_name}}, thank you.",
            "TODO: add apology. Thanks for your review.",
            "See you at [location] soon.",
        ],
        "fr": [
            "Bonjour {first_name}, merci pour votre avis.",
            "Bonjour [prénom], merci de votre visite.",
            "Merci d'être venu chez [établissement] !",
            "Contactez-nous à [coordonnées].",
            "Bien à vous, [signature]",
            "Bonjour <prénom>, merci pour l'avis.",
            "Désolés pour XXX, nous corrigeons.",
            "Merci pour vos remarques sur {topic}.",
            "À bientôt à [lieu] !",
            "À COMPLÉTER : merci pour votre avis.",
            "Merci pour votre retour sur [sujet].",
        ],
    },
    "near_duplicate": {
        # Context: PREVIOUS[lang] has already been posted.
        "en": [
            PREVIOUS["en"][0],
            PREVIOUS["en"][0].replace("Marie", "Paul"),
            PREVIOUS["en"][0].replace("Le Bistrot", "Chez Léon"),
            PREVIOUS["en"][1],
            PREVIOUS["en"][1].replace("I'm sorry", "We're so sorry"),
            "Hi Tom. " + PREVIOUS["en"][1],
            PREVIOUS["en"][2],
            PREVIOUS["en"][2].replace("crashes", "freezes"),
            PREVIOUS["en"][2] + " Thanks!",
            PREVIOUS["en"][0].replace("soon", "very soon").replace("Marie", "Jo"),
        ],
        "fr": [
            PREVIOUS["fr"][0],
            PREVIOUS["fr"][0].replace("Marie", "Paul"),
            PREVIOUS["fr"][0].replace("chez nous", "au Bistrot"),
            PREVIOUS["fr"][1],
            PREVIOUS["fr"][1].replace("Je suis désolé", "Nous sommes désolés"),
            "Bonjour Tom. " + PREVIOUS["fr"][1],
            PREVIOUS["fr"][2],
            PREVIOUS["fr"][2].replace("plantages", "blocages"),
            PREVIOUS["fr"][2] + " Merci !",
            PREVIOUS["fr"][0].replace("très bientôt", "bientôt").replace("Marie", "Jo"),
        ],
    },
    "shouting": {
        "en": [
            "We are VERY DISAPPOINTED by this review.",
            "Thank you!!!",
            "THIS IS NOT HOW WE TREAT CUSTOMERS.",
            "Sorry about that!! We'll fix it.",
            "Please READ THE MENU before ordering.",
            "Really?! That is surprising.",
            "We NEVER serve frozen food.",
            "ABSOLUTELY UNACCEPTABLE behaviour from our side, sorry.",
            "Thanks for coming!!!!! See you soon.",
            "What?!? We are shocked.",
            "THANK YOU SO MUCH FOR YOUR REVIEW",
        ],
        "fr": [
            "Nous sommes TRÈS DÉÇUS par cet avis.",
            "Merci !!!",
            "CE N'EST PAS NOTRE FAÇON DE TRAITER LES CLIENTS.",
            "Désolés !! Nous allons corriger cela.",
            "Merci de LIRE LA CARTE avant de commander.",
            "Vraiment ?! C'est surprenant.",
            "Nous ne servons JAMAIS de surgelés.",
            "INACCEPTABLE de notre part, toutes nos excuses.",
            "Merci d'être venus !!!!! À bientôt.",
            "Quoi ?!? Nous sommes choqués.",
            "MERCI BEAUCOUP POUR VOTRE AVIS",
        ],
    },
    "missing_acknowledgement": {
        # Context: a 1-star review.
        "en": [
            "Thank you for your review.",
            "Hi Tom, thanks for your feedback. Hope to see you again.",
            "We have passed this on to the team.",
            "Thanks for writing. Our opening hours are on the website.",
            "Hello, we always use fresh ingredients. Best regards.",
            "Thank you for your visit, Anna.",
            "We hope you'll give us another try.",
            "Noted, thanks.",
            "Our team works very hard every day. Kind regards, Claire.",
            "Please contact us at hello@bistro.example.",
            "Thank you for choosing us. We look forward to your next visit.",
        ],
        "fr": [
            "Merci pour votre avis.",
            "Bonjour Thomas, merci pour votre retour. Au plaisir de vous revoir.",
            "Nous avons transmis à l'équipe.",
            "Merci pour votre message. Nos horaires sont sur le site.",
            "Bonjour, nous utilisons toujours des produits frais. Cordialement.",
            "Merci de votre visite, Anne.",
            "Nous espérons que vous nous donnerez une seconde chance.",
            "Bien noté, merci.",
            "Notre équipe travaille dur chaque jour. Bien à vous, Claire.",
            "Contactez-nous à bonjour@bistrot.example.",
            "Merci de nous avoir choisis. Au plaisir de votre prochaine visite.",
        ],
    },
    "missing_thanks": {
        # Context: a 5-star review.
        "en": [
            "Glad you enjoyed it!",
            "See you soon.",
            "Hi Emma, we're happy you had a good time.",
            "Our chef will be pleased to hear that.",
            "Great to hear, come back any time.",
            "It was a pleasure to have you with us.",
            "We hope to welcome you again soon.",
            "Lovely to read this, Paul.",
            "The team did a great job that night.",
            "Delighted the app works well for you.",
            "Enjoy your holiday, Sam!",
        ],
        "fr": [
            "Ravis que cela vous ait plu !",
            "À bientôt.",
            "Bonjour Emma, heureux que vous ayez passé un bon moment.",
            "Notre chef sera content de le lire.",
            "Super nouvelle, revenez quand vous voulez.",
            "Ce fut un plaisir de vous accueillir.",
            "Nous espérons vous revoir bientôt.",
            "Quel plaisir de lire cela, Paul.",
            "L'équipe a été formidable ce soir-là.",
            "Contents que l'application vous soit utile.",
            "Bonnes vacances, Sam !",
        ],
    },
}

HARD_NEGATIVE: dict[str, dict[str, list[str]]] = {
    "categorical_denial": {
        "en": [
            "We're sorry this happened, and we're checking what went wrong.",
            "We couldn't find your booking in our records; could you contact us?",
            "It's impossible to say how sorry we are.",
        ],
        "fr": [
            "Nous sommes désolés que cela soit arrivé et vérifions ce qui s'est passé.",
            "Nous n'avons pas retrouvé votre réservation ; pouvez-vous nous contacter ?",
            "C'est impossible de vous dire à quel point nous sommes désolés.",
        ],
    },
    "defensive_tone": {
        "en": [
            "We should have warned you about the wait, and I'm sorry we didn't.",
            "You should have received a confirmation e-mail; we're checking why you didn't.",
        ],
        "fr": [
            "Nous aurions dû vous prévenir de l'attente, toutes nos excuses.",
            "Vous auriez normalement dû recevoir un e-mail ; nous vérifions pourquoi.",
        ],
    },
    "personal_attack": {
        "en": [
            "We had a crazy busy night, which is no excuse, and I'm sorry.",
            "Our clown show for kids runs on Sundays; sorry it was cancelled.",
        ],
        "fr": [
            "C'était une soirée folle, ce n'est pas une excuse, toutes nos excuses.",
            "Ce délai ridicule n'aurait jamais dû arriver, pardon.",
        ],
    },
    "personal_data": {
        "en": [
            "Please e-mail us at hello@bistro.example so we can help.",
            "Call us on 020 7946 0958 any time.",
            "We're open from 12 to 10pm, 7 days a week.",
            "We've refunded the order in full.",
        ],
        "fr": [
            "Écrivez-nous à bonjour@bistrot.example pour que nous puissions aider.",
            "Appelez-nous au 04 72 00 00 00 quand vous voulez.",
            "Nous sommes ouverts de 12h à 22h, 7 jours sur 7.",
            "Votre commande a été intégralement remboursée.",
        ],
    },
    "review_incentive": {
        "en": [
            "We'd like to offer you a voucher for your next visit to make up for this.",
            "If you feel we've earned it, you're welcome to update your review.",
        ],
        "fr": [
            "Nous aimerions vous offrir un bon pour votre prochaine visite, pour nous rattraper.",
            "Si vous estimez que nous l'avons mérité, vous pouvez mettre à jour votre avis.",
        ],
    },
    "shouting": {
        "en": ["Thank you! See you at the SNCF station café.", "Our VIP room opens in May."],
        "fr": ["Merci ! À bientôt au café de la gare SNCF.", "Le prix TTC est affiché en salle."],
    },
    "unfilled_placeholder": {
        "en": ["Our set menu [lunch only] is 15 pounds."],
        "fr": ["Notre formule [midi uniquement] est à 15 euros."],
    },
}

# The round-1 held-out drafts, measured blind first, now belong to the development set.
for _code, _by_lang in ROUND1_TRIGGER.items():
    for _lang, _drafts in _by_lang.items():
        TRIGGER[_code][_lang] = TRIGGER[_code][_lang] + _drafts
# Issue 18's development drafts for the concept checks, and the round-1 blind set once measured.
_CONCEPT_CODES = (
    "review_incentive",
    "intimidation",
    "personal_data",
    "personal_attack",
    "sarcasm",
    "blames_employee",
)
for _code in _CONCEPT_CODES:
    for _lang in ("en", "fr"):
        HARD_NEGATIVE.setdefault(_code, {}).setdefault(_lang, [])
        HARD_NEGATIVE[_code][_lang] = (
            HARD_NEGATIVE[_code][_lang]
            + BLIND1_GOOD[_lang]
            + BLIND2_GOOD[_lang]
            + BLIND3_GOOD[_lang]
        )
for _code, _by_lang in [
    *DEV3_TRIGGER.items(),
    *BLIND1_BAD.items(),
    *BLIND2_BAD.items(),
    *BLIND3_BAD.items(),
]:
    for _lang, _drafts in _by_lang.items():
        TRIGGER.setdefault(_code, {}).setdefault(_lang, [])
        TRIGGER[_code][_lang] = TRIGGER[_code][_lang] + _drafts

_NEG_POOL = {lang: GOOD_NEGATIVE[lang] + ROUND1_CLEAN_NEGATIVE[lang] for lang in ("en", "fr")}
_POS_POOL = {lang: GOOD_POSITIVE[lang] + ROUND1_CLEAN_POSITIVE[lang] for lang in ("en", "fr")}
_POOL = {"missing_acknowledgement": _NEG_POOL, "missing_thanks": _POS_POOL}


def context(code: str, lang: str) -> dict[str, Any]:
    """Keyword arguments for `check_draft` that put a draft in the check's situation."""
    stars = {"missing_acknowledgement": 1, "missing_thanks": 5}.get(code)
    return {
        "lang": lang,
        "platform": "google_play" if code == "length_limit" else "google_business",
        "stars": stars,
        "previous": PREVIOUS[lang] if code == "near_duplicate" else [],
    }


def negatives(code: str, lang: str) -> list[str]:
    """Drafts that must not raise `code` in its context."""
    pool = _POOL.get(code)
    shared = pool[lang] if pool else _NEG_POOL[lang] + _POS_POOL[lang]
    return shared + HARD_NEGATIVE.get(code, {}).get(lang, [])
