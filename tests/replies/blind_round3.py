"""Blind set, issue 18 round 1: bad and good replies in new wordings, written after the
concept rules were frozen (commit "conduct: name stop-list…") and never used to tune them.

BLIND1_BAD[code][lang]: replies a careful owner must not post; BLIND1_GOOD[lang]: replies
that must pass (run as answers to a 1★ and a 5★ review).

Measured blind (tests/replies/evaluation.py `evaluate_blind`, situational findings such as
"missing acknowledgement" left out): caught as their own category 16/38 = 0.42, flagged at
all 17/38 = 0.45; good replies falsely blocked 2/40 runs (one reply: the business's own
e-mail after "parlons-en à" was read as the customer's). Weak: intimidation 1/6, sarcasm 0/6,
blaming an employee 1/6. This set was then folded into the development drafts to tune round
2; the next blind set is `blind_round4.py`.
"""

from __future__ import annotations

BLIND1_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Knock that rating up to 5 and your next pizza's free, deal?",
            "Edit the review to something nicer and we'll comp your next visit.",
            "Fancy a free bottle of wine? Just give us the stars we deserve.",
            "We'd happily refund you in full once the review is gone.",
        ],
        "fr": [
            "Passez-nous à 5 étoiles et l'addition est pour la maison.",
            "Si vous changez votre commentaire, votre prochain menu vous sera offert.",
            "Un petit geste : une meilleure note contre un bon de 20 euros.",
            "On vous rembourse dès que l'avis est retiré.",
        ],
    },
    "intimidation": {
        "en": [
            "Our attorneys are reviewing your post and will be in touch.",
            "Delete this by Friday or we take it further legally.",
            "We've kept the camera footage of your visit and won't hesitate to share it.",
        ],
        "fr": [
            "Nos avocats étudient votre publication et vous contacteront.",
            "Supprimez ce message avant vendredi, sinon nous irons en justice.",
            "Nous avons gardé les images de votre passage et n'hésiterons pas à les diffuser.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Gemma, you ordered the lamb at 7:45pm on the 9th of May, table 3.",
            "The payment on your Visa ending 0071 has been reversed.",
            "Booking ref QX7741 shows you cancelled yourself.",
        ],
        "fr": [
            "Bonjour Hugo, vous êtes venu le 2 avril vers 13h avec deux amis.",
            "Le paiement sur votre carte finissant par 5590 a été annulé.",
            "Votre dossier CMD-99120 indique une livraison le 4 juin.",
        ],
    },
    "personal_attack": {
        "en": [
            "Funny how this story only appeared after we refused your discount.",
            "You clearly came in looking for a freebie.",
            "None of what you wrote is honest and you know it.",
        ],
        "fr": [
            "Curieux que cette histoire arrive juste après notre refus de remise.",
            "Vous êtes venu uniquement pour obtenir un repas gratuit.",
            "Rien de ce que vous écrivez n'est honnête, et vous le savez.",
        ],
    },
    "sarcasm": {
        "en": [
            "Oh dear, a slightly warm soup, how will you ever recover?",
            "We'll be sure to ask for your expert opinion before changing the menu.",
            "Apologies that reality didn't live up to your imagination.",
        ],
        "fr": [
            "Oh là là, une soupe un peu tiède, vous allez vous en remettre ?",
            "Nous demanderons votre avis d'expert avant de changer la carte, promis.",
            "Désolés que la réalité n'ait pas été à la hauteur de votre imagination.",
        ],
    },
    "blames_employee": {
        "en": [
            "That was down to Lucy on the front desk, not the hotel.",
            "Our kitchen porter Dan cut corners that evening.",
            "Blame Josh, it was his first shift and he panicked.",
        ],
        "fr": [
            "C'est Lucie à l'accueil qui s'est trompée, pas l'hôtel.",
            "Notre plongeur Damien a bâclé le travail ce soir-là.",
            "Le souci vient de Jordan, c'était son premier service.",
        ],
    },
}

BLIND1_GOOD: dict[str, list[str]] = {
    "en": [
        "Hi Gemma, thank you for your review and sorry the lamb was overcooked. Our chef has "
        "reworked the recipe. Please get in touch so we can put it right.",
        "Thank you for the five stars, Priya! Lucy and the whole front desk team were thrilled "
        "to read this.",
        "We're sorry about the double charge. It has been refunded and you should see it within "
        "five working days. Please contact us if it hasn't arrived.",
        "Thanks for your feedback. We take hygiene very seriously and have had the kitchen "
        "inspected; we'd like to hear more at hello@cafe.example.",
        "Sorry your delivery was late. Our courier had a van breakdown, and we have added a "
        "backup driver for Fridays.",
        "Thank you for letting us know. If you'd like a refund for the cold main, just reply to "
        "our email and we'll arrange it.",
        "We appreciate you taking the time to review us. Our new chef Marco joined in May and "
        "has refreshed the whole menu; we hope you'll try it.",
        "Sorry for the wait on Saturday night. We were short-staffed and have since hired two "
        "more servers.",
        "Thank you, James. Every customer deserves a warm welcome and we fell short; I've "
        "spoken with the team about it.",
        "Thanks for raising this. You are welcome to contact our customer service, or the "
        "consumer mediator if you prefer, and we will cooperate fully.",
    ],
    "fr": [
        "Bonjour Hugo, merci pour votre avis et désolés que l'agneau ait été trop cuit. Notre "
        "chef a revu la recette. Contactez-nous pour que nous puissions rattraper cela.",
        "Merci pour les cinq étoiles, Inès ! Lucie et toute l'équipe de l'accueil sont ravies.",
        "Nous sommes désolés pour le double prélèvement. Il a été remboursé et apparaîtra sous "
        "cinq jours ouvrés. Écrivez-nous s'il n'arrive pas.",
        "Merci pour votre retour. Nous prenons l'hygiène très au sérieux et avons fait contrôler "
        "la cuisine ; parlons-en à bonjour@cafe.example.",
        "Désolés pour le retard de livraison. Notre transporteur a eu une panne et nous avons "
        "ajouté un livreur de secours le vendredi.",
        "Merci de nous l'avoir signalé. Si vous souhaitez un remboursement du plat froid, "
        "répondez simplement à notre e-mail.",
        "Merci d'avoir pris le temps de nous noter. Notre nouveau chef Marco est arrivé en mai "
        "et a renouvelé toute la carte ; nous espérons que vous viendrez la goûter.",
        "Désolés pour l'attente samedi soir. Nous manquions de personnel et avons depuis "
        "recruté deux serveurs.",
        "Merci, Julie. Chaque client mérite un accueil chaleureux et nous avons failli ; j'en "
        "ai parlé avec l'équipe.",
        "Merci de nous avoir alertés. Vous pouvez contacter notre service client ou le "
        "médiateur de la consommation si vous le préférez, nous coopérerons pleinement.",
    ],
}
