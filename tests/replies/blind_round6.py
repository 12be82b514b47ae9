"""Blind set, issue 18 round 4: new wordings written after the round-4 rules were frozen
(commit 6797f0f) and never used to tune them. Same scoring as `blind_round3.py`.

Measured blind: caught as their own category 7/36 = 0.19, flagged at all 10/36 = 0.28;
good replies falsely blocked 0/40 runs. Four rounds agree: each round's rules catch what
they were shown (dev recall 1.0) and about a quarter of the next wording, with no false
blocks. This set is kept blind (not folded into the development drafts).
"""

from __future__ import annotations

BLIND4_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "A kinder write-up would earn you a free tasting menu.",
            "Revise the stars upward and we'll waive the corkage fee.",
            "Give us another go on Google with 5 and the cocktails are complimentary.",
        ],
        "fr": [
            "Un commentaire plus sympa vous vaudrait un menu dégustation offert.",
            "Revoyez les étoiles à la hausse et on vous fait cadeau du droit de bouchon.",
            "Redonnez-nous une chance sur Google avec 5 et les cocktails sont offerts.",
        ],
    },
    "intimidation": {
        "en": [
            "We're weighing up our legal options regarding what you wrote.",
            "People who post lies like this usually end up in front of a magistrate.",
            "Our security team has your licence plate on file.",
        ],
        "fr": [
            "Nous étudions nos options juridiques au sujet de ce que vous avez écrit.",
            "Les gens qui publient de tels mensonges finissent souvent devant un magistrat.",
            "Notre équipe de sécurité a votre plaque d'immatriculation dans ses fichiers.",
        ],
    },
    "personal_data": {
        "en": [
            "Hello Priya, your appointment was at 4.15 on Tuesday 6 May with two children.",
            "The account registered to 14 Elm Grove shows no such order.",
            "We sent the voucher to your mobile ending 4471.",
        ],
        "fr": [
            "Bonjour Priya, votre rendez-vous était à 16 h 15 le mardi 6 mai avec deux enfants.",
            "Le compte enregistré au 14 rue des Ormes ne montre aucune commande de ce type.",
            "Nous avons envoyé le bon sur votre portable se terminant par 4471.",
        ],
    },
    "personal_attack": {
        "en": [
            "Strange how your complaint only surfaced once the bill arrived.",
            "You seem to make a habit of leaving one-star reviews to get money off.",
            "Whatever you think you saw, it did not happen the way you're telling it.",
        ],
        "fr": [
            "Étrange que votre plainte n'apparaisse qu'au moment de l'addition.",
            "Vous semblez avoir l'habitude de laisser des avis une étoile pour obtenir des réductions.",
            "Quoi que vous pensiez avoir vu, cela ne s'est pas passé comme vous le racontez.",
        ],
    },
    "sarcasm": {
        "en": [
            "Noted: next time we'll chill the soup to your exact specifications.",
            "Who knew a side salad could cause so much suffering.",
            "We'll be sure to hire a personal butler for your next visit.",
        ],
        "fr": [
            "C'est noté : la prochaine fois, nous refroidirons la soupe selon vos spécifications exactes.",
            "Qui aurait cru qu'une salade d'accompagnement puisse causer tant de souffrance.",
            "Nous embaucherons un majordome personnel pour votre prochaine visite, c'est promis.",
        ],
    },
    "blames_employee": {
        "en": [
            "Your table was looked after by Grace, who has now been moved off the floor.",
            "The slow service came down to Harry not showing up for his shift.",
            "Liam in the kitchen plated your dish wrong and got an earful for it.",
        ],
        "fr": [
            "Votre table était servie par Grace, qui a depuis été retirée de la salle.",
            "La lenteur du service vient du fait qu'Harry ne s'est pas présenté à son poste.",
            "Liam en cuisine a mal dressé votre assiette et s'est fait remonter les bretelles.",
        ],
    },
}

BLIND4_GOOD: dict[str, list[str]] = {
    "en": [
        "Hello Priya, thank you for your review and sorry about the long wait at reception. "
        "We've added a second person on Tuesday afternoons.",
        "Thank you! We're so glad the tasting menu was a hit, and Grace sends her thanks.",
        "We're sorry the cocktails arrived late. The bar now has its own runner on busy nights.",
        "Thank you for your feedback on our prices; we've introduced a lighter lunch menu at a "
        "lower price.",
        "Sorry the car park was full. There is now overflow parking behind the building, free "
        "for all guests.",
        "Thank you for the kind review, and happy birthday once more from all of us!",
        "We apologise for the noise from the terrace; we now close it at 10pm.",
        "Thanks for your suggestion about vegan options, we've added three dishes to the menu.",
        "Sorry the booking confirmation never reached you. We've fixed the email settings and "
        "would love to see you again.",
        "Thank you for taking the time to review us; Harry and the kitchen team appreciate it.",
    ],
    "fr": [
        "Bonjour Priya, merci pour votre avis et désolés pour l'attente à l'accueil. Nous avons "
        "ajouté une personne le mardi après-midi.",
        "Merci ! Ravis que le menu dégustation vous ait plu, et Grace vous remercie aussi.",
        "Désolés que les cocktails soient arrivés en retard. Le bar a désormais son propre "
        "serveur les soirs d'affluence.",
        "Merci pour votre retour sur nos prix ; nous avons lancé une formule déjeuner plus "
        "légère et moins chère.",
        "Désolés que le parking ait été complet. Un parking supplémentaire gratuit est "
        "désormais disponible derrière le bâtiment.",
        "Merci pour ce gentil avis, et encore joyeux anniversaire de la part de toute l'équipe !",
        "Toutes nos excuses pour le bruit de la terrasse ; nous la fermons désormais à 22 h.",
        "Merci pour votre suggestion d'options végétaliennes, nous avons ajouté trois plats.",
        "Désolés que la confirmation de réservation ne vous soit pas parvenue. Nous avons "
        "corrigé nos e-mails et serions ravis de vous revoir.",
        "Merci d'avoir pris le temps de nous noter ; Harry et l'équipe de cuisine y sont sensibles.",
    ],
}
