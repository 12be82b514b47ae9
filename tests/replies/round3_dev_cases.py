"""Development drafts for the concept checks of issue 18 (intimidation, sarcasm, blaming an
employee, and the wider incentive / personal data / accusation concepts).

These were written while building the rules and tune them; the blind sets written after
freezing each round live in `blind_round3.py` (and later rounds), never here.
"""

from __future__ import annotations

DEV3_TRIGGER: dict[str, dict[str, list[str]]] = {
    "intimidation": {
        "en": [
            "Take this down or you will hear from our solicitor.",
            "Our lawyer has been informed and we will not hesitate to sue.",
            "This review is defamatory and we reserve the right to take legal action.",
            "Remove your review within 48 hours, otherwise we'll go to court.",
            "We have your CCTV footage and will post your photo online.",
            "We know where you live, so think twice before writing lies.",
            "Your comments have been forwarded to our legal team.",
            "Consider this a formal cease and desist.",
            "You'll regret posting this.",
            "We are going to report you to the police for this libel.",
        ],
        "fr": [
            "Retirez cet avis ou vous aurez affaire à notre avocat.",
            "Nous nous réservons le droit de porter plainte pour diffamation.",
            "Sans retrait sous 48 h, nous engagerons des poursuites.",
            "Votre avis a été transmis à notre service juridique.",
            "Nous avons vos images de vidéosurveillance et nous allons publier votre photo.",
            "On sait où vous habitez, réfléchissez avant d'écrire.",
            "Ceci vaut mise en demeure de supprimer votre commentaire.",
            "Vous allez le regretter.",
            "Nous allons saisir la justice, faute de quoi vous continuerez à mentir.",
            "Notre avocat prendra contact avec vous si cet avis n'est pas supprimé.",
        ],
    },
    "sarcasm": {
        "en": [
            "So sorry our humble bistro didn't meet your royal standards.",
            "Congratulations on writing such a creative review.",
            "Thanks for the lesson, we'll be sure to frame it.",
            "What a surprise, another expert food critic.",
            "Maybe try McDonald's next time, they might suit your palate.",
            "Poor you, having to wait ten whole minutes.",
            "We are devastated that the ice was too cold lol.",
            "Sorry our chips didn't satisfy your exquisite taste.",
            "Perhaps you should cook at home if you know better.",
            'Thanks for your "review", we had a good laugh 😂',
        ],
        "fr": [
            "Désolés que notre modeste bistrot ne soit pas à la hauteur de vos exigences raffinées.",
            "Bravo pour ce roman, quelle imagination !",
            "Merci pour la leçon, monsieur le critique gastronomique.",
            "Quelle surprise, encore un grand connaisseur.",
            "La prochaine fois, essayez le McDo, ce sera plus à votre goût.",
            "Pauvre chou, dix minutes d'attente, quel drame.",
            "Nous sommes effondrés que les glaçons soient trop froids mdr.",
            "Peut-être qu'un fast-food conviendrait mieux à votre palais si délicat.",
            "Cuisinez vous-même si vous savez mieux faire.",
            "Merci pour votre « avis », il nous a bien fait rire 🙄",
        ],
    },
    "blames_employee": {
        "en": [
            "Kevin was new that night and forgot your starters.",
            "It was entirely Sarah's fault, she has been spoken to.",
            "Our waiter Tom made a mistake with your order.",
            "The new waitress was inexperienced and has since been let go.",
            "Mark, who was on the till, is responsible for the error.",
            "The blame lies with Jake, our trainee.",
            "Our delivery driver was careless and has been disciplined.",
            "Chloe forgot to put your booking in the system.",
            "The chef that night has been fired.",
            "Unfortunately Ryan didn't follow our procedure.",
        ],
        "fr": [
            "C'est la faute de Julien, qui était en cuisine.",
            "Kevin était nouveau ce soir-là et a oublié vos entrées.",
            "Notre serveuse Léa a commis une erreur sur votre commande.",
            "Le stagiaire était en tort et a été recadré.",
            "Marc, notre livreur, est responsable de ce retard.",
            "La faute revient à Sophie, notre réceptionniste.",
            "Le serveur concerné a été licencié.",
            "Thomas s'est trompé dans votre addition.",
            "Notre nouveau commis était débutant et a été sanctionné.",
            "Malheureusement Inès n'a pas suivi nos consignes.",
        ],
    },
    "review_incentive": {
        "en": [
            "Rate us higher and lunch is on the house!",
            "Bump us to five stars and your next coffee is free.",
            "Change your rating and we'll send you a voucher.",
            "A 5-star review gets you 10% off next time.",
            "Update your review and the next round is on us.",
        ],
        "fr": [
            "5 etoiles = le dessert offert",
            "Remontez votre note et le café est pour nous.",
            "Modifiez votre avis, on vous offre l'apéro.",
            "Un avis 5 étoiles et la prochaine nuit est gratuite.",
            "Supprimez ce commentaire et nous vous rembourserons le repas.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Anna, your booking BK-20931 was cancelled by the system.",
            "We refunded the card ending in 4242 yesterday.",
            "Hello Tom, on 12 March at 8pm you were seated at table 14.",
            "Dear Mrs Patel, your stay in room 214 was on 3 June.",
            "Your order #48213 was delivered to the wrong door.",
        ],
        "fr": [
            "Bonjour Marie, votre réservation RES-55821 a bien été annulée.",
            "Nous avons remboursé la carte se terminant par 1234.",
            "Bonjour Paul, lors de votre dîner du 14 février à 20h30, table 7, le service a été lent.",
            "Madame Durand, votre séjour en chambre 12 du 3 au 5 mai…",
            "Votre commande n° 887432 a été livrée en retard.",
        ],
    },
    "personal_attack": {
        "en": [
            "You're just trying to get a free meal.",
            "You made the whole thing up.",
            "This is a fake review and you know it.",
            "Clearly all you wanted was a refund.",
            "Writing this in bad faith won't get you anything.",
        ],
        "fr": [
            "Vous cherchez juste à manger gratuitement.",
            "Vous inventez tout cela.",
            "Vous êtes de mauvaise foi.",
            "Tout ce que vous vouliez, c'était un geste commercial.",
            "C'est du chantage pour obtenir un remboursement.",
        ],
    },
}
