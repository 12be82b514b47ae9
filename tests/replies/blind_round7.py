"""Blind set, issue 18 round 5: new wordings written after the reply-check classifier was
frozen (commit 40dcd5a: model, thresholds and rules unchanged since) and never trained or
tuned on. Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`).

BLIND5_BAD[code][lang]: replies a careful owner must not post, five per category and
language, some alone and some inside an otherwise polite reply; "personal_attack" holds both
accusations of lying or bad faith and plain insults; "excessive_justification" piles up
excuses. BLIND5_GOOD[lang]: whole replies in the style of published owner replies, which
must pass (run as answers to a 1★ and a 5★ review).

Measured blind (details in docs/reply-check-model.md): rules alone caught as their own
category 20/70 = 0.29, good replies falsely blocked 2/52 runs; rules + classifier 40/70 = 0.57
(flagged at all 41/70 = 0.59), good replies falsely blocked 4/52 runs. Weak: intimidation
2/10, accusation/insult 3/10, sarcasm 3/10. This set stays blind: nothing may be trained or
tuned on it.
"""

from __future__ import annotations

BLIND5_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Tell you what: nudge the stars up to four or five and your next pedicure is half off.",
            "Thanks for dropping by. Anyone who reposts a happier review this week gets a bottle of house red.",
            "Your money back is waiting for you, as soon as that one-star comment disappears.",
            "5* from u = free garlic bread next order x",
            "We'd be glad to cover tonight's bill if you'd be kind enough to rethink your score.",
        ],
        "fr": [
            "Écoutez, remontez à 4 ou 5 étoiles et votre prochaine pédicure est à moitié prix.",
            "Merci de votre passage. Tout client qui republie un avis plus positif cette semaine reçoit une bouteille.",
            "Votre remboursement vous attend dès que ce commentaire à une étoile aura disparu.",
            "5* de ta part = pain à l'ail offert à la prochaine commande bisous",
            "Nous prendrions volontiers l'addition de ce soir à notre charge si vous acceptiez de revoir votre note.",
        ],
    },
    "intimidation": {
        "en": [
            "This has now been handed to our legal advisers, who will decide on the next steps.",
            "Thank you for your comments. Please be aware that we keep the recordings of every table.",
            "It would be a shame for your boss to read what you got up to here.",
            "Leave it online and you'll be explaining yourself to a judge.",
            "We have asked the platform for your identity so we can pursue this.",
        ],
        "fr": [
            "Le dossier est désormais entre les mains de nos conseils, qui décideront des suites.",
            "Merci pour vos remarques. Sachez que nous conservons les enregistrements de chaque table.",
            "Ce serait dommage que votre patron lise ce que vous avez fait ici.",
            "Laissez ça en ligne et vous vous expliquerez devant un juge.",
            "Nous avons demandé votre identité à la plateforme afin d'engager des poursuites.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you, Mrs Okafor. For the record, your table of four was booked for 8.15 on Saturday 22 March.",
            "We have re-sent the receipt to d.moreau@postbox.example this morning.",
            "Your son's nut allergy was noted on the booking, so the kitchen was aware.",
            "The driver did ring 07700 900456 twice before leaving your parcel at number 18.",
            "Ticket CX-55021 shows you returned the jacket on 3 January and were refunded to your Visa ending 7712.",
        ],
        "fr": [
            "Merci, Madame Okafor. Pour mémoire, votre table de quatre était réservée à 20 h 15 le samedi 22 mars.",
            "Nous avons renvoyé le reçu à d.moreau@boitepostale.example ce matin.",
            "L'allergie aux noix de votre fils figurait sur la réservation, la cuisine était donc prévenue.",
            "Le livreur a bien appelé le 07 70 09 00 45 deux fois avant de laisser le colis au numéro 18.",
            "Le ticket CX-55021 montre que vous avez rendu la veste le 3 janvier et été remboursé sur votre Visa finissant par 7712.",
        ],
    },
    "personal_attack": {
        "en": [
            "Odd that nobody else at your table noticed any of this.",
            "We both know the real issue was the bill, not the food.",
            "You seem to enjoy making up stories about small businesses.",
            "Honestly, you were the most unpleasant person we've served in years.",
            "Thanks for the review. Frankly, you come across as a spoilt, rude customer.",
        ],
        "fr": [
            "Curieux que personne d'autre à votre table n'ait rien remarqué.",
            "Nous savons tous les deux que le vrai problème, c'était l'addition, pas la cuisine.",
            "Vous semblez prendre plaisir à inventer des histoires sur les petits commerces.",
            "Honnêtement, vous avez été la personne la plus désagréable que nous ayons servie depuis des années.",
            "Merci pour l'avis. Franchement, vous passez pour un client gâté et impoli.",
        ],
    },
    "sarcasm": {
        "en": [
            "Terribly sorry the sun was in your eyes, we'll move the sky for you next time.",
            "What a relief you survived a slightly cold chip.",
            "Thanks for the review. We'll be sure to send the chef to culinary school, as you so kindly suggest.",
            "Of course, a three-course meal in ten minutes is perfectly reasonable.",
            "We're honoured that such a discerning palate chose our humble café 🙃",
        ],
        "fr": [
            "Vraiment navrés que le soleil vous ait gêné, nous déplacerons le ciel la prochaine fois.",
            "Quel soulagement que vous ayez survécu à une frite un peu froide.",
            "Merci pour l'avis. Nous enverrons le chef à l'école hôtelière, comme vous le suggérez si gentiment.",
            "Bien sûr, un menu trois plats en dix minutes, c'est tout à fait raisonnable.",
            "Nous sommes honorés qu'un palais aussi exigeant ait choisi notre modeste café 🙃",
        ],
    },
    "blames_employee": {
        "en": [
            "Your order was taken by Jade, who is still learning the ropes and got it wrong.",
            "Sorry for the wait. Our barista Liam was on his phone instead of working.",
            "The rudeness came from Pete, a temp we won't be using again.",
            "Noémie on reception forgot to pass on your message, so that one is down to her.",
            "Thank you for writing. Had Ryan done his job, you would have had your room on time.",
        ],
        "fr": [
            "Votre commande a été prise par Jade, qui apprend encore le métier et s'est trompée.",
            "Désolés pour l'attente. Notre barista Liam était sur son téléphone au lieu de travailler.",
            "L'impolitesse venait de Pierre, un intérimaire que nous ne reprendrons pas.",
            "Noémie à l'accueil a oublié de transmettre votre message, c'est donc elle qu'il faut blâmer.",
            "Merci de votre message. Si Ryan avait fait son travail, vous auriez eu votre chambre à l'heure.",
        ],
    },
    "excessive_justification": {
        "en": [
            "The wait was long because a coach party arrived unannounced, because our dishwasher flooded and because two staff were stuck in traffic.",
            "Please understand that prices rose since our supplier raised his rates, since the energy bill tripled and since the minimum wage went up.",
            "Thank you for your review. The delivery was late owing to the snow, the courier's strike and a mix-up at the depot, which is why we could not do anything.",
            "The pool was cold because the heater broke, the engineer could only come on Monday and the spare part had to be ordered from Germany.",
            "Our app logged you out due to a security update, a change in the store's rules and a bug in the old version, so it was not something we could avoid.",
        ],
        "fr": [
            "L'attente était longue parce qu'un car est arrivé sans prévenir, parce que le lave-vaisselle a inondé la cuisine et parce que deux serveurs étaient bloqués dans les bouchons.",
            "Comprenez que les prix ont augmenté puisque notre fournisseur a relevé ses tarifs, que la facture d'énergie a triplé et que le SMIC a augmenté.",
            "Merci pour votre avis. La livraison était en retard à cause de la neige, de la grève du transporteur et d'une erreur au dépôt, c'est pourquoi nous n'avons rien pu faire.",
            "La piscine était froide car le chauffage est tombé en panne, le technicien ne pouvait venir que lundi et la pièce devait venir d'Allemagne.",
            "L'appli vous a déconnecté en raison d'une mise à jour de sécurité, d'un changement des règles du store et d'un bug de l'ancienne version, ce n'était donc pas évitable.",
        ],
    },
}

BLIND5_GOOD: dict[str, list[str]] = {
    "en": [
        "Hi Rosa, thank you for the lovely review! We're so glad the birthday cake was a hit. See you next time.",
        "Thank you for your feedback. I'm sorry your steak came out overdone; we've spoken with the grill team. I'd love to invite you to tell me more at owner@grill.example.",
        "Hello Ken, sorry the check-in took so long. We have added a second person at the desk on Fridays. Thank you for your patience.",
        "Thanks for the five stars, Maya. Leo will be delighted that you enjoyed his cocktails!",
        "We're sorry to read this. Nobody should wait forty minutes for a table they booked. Please call us on 0161 496 0000 so we can understand what happened.",
        "Thank you for taking the time to write. The noise from the terrace is a fair point and we now close it at 10pm.",
        "Hi Dan, we're sorry the parcel arrived late. A replacement is on its way and we've changed courier for your area.",
        "Thank you for your honest review. We couldn't find a booking under this name, so could you message us with the date? We'd like to look into it.",
        "Thanks for the kind words about the room and the view. We hope to welcome you back next summer.",
        "We apologise for the mistake on your bill. The team has double-checked the till settings, and a refund has been issued.",
        "Hello, thanks for your review. Our prices went up this spring and we understand it's disappointing. We'll keep the lunch menu at the same price.",
        "Thank you, Sophie! Our stylist Anna was thrilled to read your message.",
        "I'm sorry the app kept crashing after the update. Version 3.1, out today, fixes it. Thanks for bearing with us.",
    ],
    "fr": [
        "Bonjour Rosa, merci pour ce joli avis ! Nous sommes ravis que le gâteau d'anniversaire ait plu. À bientôt.",
        "Merci pour votre retour. Je suis désolé que votre steak ait été trop cuit ; nous en avons parlé avec l'équipe du grill. Écrivez-moi à patron@grill.example pour m'en dire plus.",
        "Bonjour Kenji, désolés que l'enregistrement ait été si long. Nous avons ajouté une personne à l'accueil le vendredi. Merci de votre patience.",
        "Merci pour les cinq étoiles, Maya. Léo sera ravi que ses cocktails vous aient plu !",
        "Nous sommes désolés de lire cela. Personne ne devrait attendre quarante minutes une table réservée. Appelez-nous au 04 78 00 00 00 pour que nous comprenions ce qui s'est passé.",
        "Merci d'avoir pris le temps d'écrire. Le bruit de la terrasse est une remarque juste et nous la fermons désormais à 22 h.",
        "Bonjour Daniel, désolés que le colis soit arrivé en retard. Un remplacement est en route et nous avons changé de transporteur pour votre secteur.",
        "Merci pour votre avis sincère. Nous ne retrouvons pas de réservation à ce nom : pourriez-vous nous écrire avec la date ? Nous aimerions regarder cela.",
        "Merci pour ces mots gentils sur la chambre et la vue. Au plaisir de vous accueillir l'été prochain.",
        "Toutes nos excuses pour l'erreur sur votre addition. L'équipe a vérifié la caisse et le remboursement a été effectué.",
        "Bonjour, merci pour votre avis. Nos prix ont augmenté ce printemps et nous comprenons la déception. Le menu du midi restera au même prix.",
        "Merci Sophie ! Notre coiffeuse Anna était ravie de lire votre message.",
        "Désolés que l'appli plante depuis la mise à jour. La version 3.1, sortie aujourd'hui, corrige le problème. Merci de votre patience.",
    ],
}
