"""Blind set, issue 18 round 3: new wordings written after the round-3 rules were frozen
(commit d5ed5c7) and never used to tune them. Same scoring as `blind_round3.py`.

Measured blind: caught as their own category 11/48 = 0.23, flagged at all 11/48 = 0.23;
good replies falsely blocked 0/48 runs. The rules catch what they were shown and little
of a new wording: hand-written concepts do not reach the 0.9 target on fresh phrasing.
Then folded into the development drafts for round 4; the next blind set is `blind_round6.py`.
"""

from __future__ import annotations

BLIND3_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "If you bump the score we'll throw in a free breakfast on your next stay.",
            "Guests who leave us top marks get a bottle of bubbly on arrival.",
            "Swap that one star for five and your next haircut is half price.",
            "We can offer store credit as soon as the negative post comes down.",
        ],
        "fr": [
            "Si vous relevez la note, le petit-déjeuner vous sera offert au prochain séjour.",
            "Les clients qui nous mettent la note maximale reçoivent une bouteille de champagne.",
            "Transformez cette étoile en cinq et votre prochaine coupe sera à moitié prix.",
            "Nous pouvons vous faire un avoir dès que ce commentaire négatif disparaît.",
        ],
    },
    "intimidation": {
        "en": [
            "Our legal advisers have been instructed regarding this post.",
            "Think carefully: false reviews can cost the author dearly in court.",
            "We have photos of you at the bar that night and we're not afraid to use them.",
            "A formal complaint against you is being prepared.",
        ],
        "fr": [
            "Nos conseillers juridiques ont été saisis au sujet de ce message.",
            "Réfléchissez bien : les faux avis peuvent coûter cher à leur auteur devant un juge.",
            "Nous avons des photos de vous au bar ce soir-là et nous n'avons pas peur de les utiliser.",
            "Une plainte contre vous est en cours de préparation.",
        ],
    },
    "personal_data": {
        "en": [
            "Ms Alvarez, you sat at table 9 from 8 until 10:30 on Friday 3rd March.",
            "Your loyalty number 5521-0093 shows only two visits this year.",
            "We called you back on +44 7911 123456 yesterday evening.",
            "The invoice INV-30412 was paid by your Amex ending 1009.",
        ],
        "fr": [
            "Madame Alvarez, vous étiez à la table 9 de 20 h à 22 h 30 le vendredi 3 mars.",
            "Votre numéro de fidélité 5521-0093 n'indique que deux visites cette année.",
            "Nous vous avons rappelé au 06 12 34 56 78 hier soir.",
            "La facture FAC-30412 a été réglée avec votre Amex finissant par 1009.",
        ],
    },
    "personal_attack": {
        "en": [
            "We suspect you never even set foot in the restaurant.",
            "This reads like someone hoping to get their meal paid for.",
            "Your account of the evening bears no relation to reality.",
            "It's not the first time you've tried this trick with local businesses.",
        ],
        "fr": [
            "Nous doutons que vous ayez même mis les pieds au restaurant.",
            "Cela ressemble à quelqu'un qui espère se faire payer son repas.",
            "Votre récit de la soirée n'a aucun rapport avec la réalité.",
            "Ce n'est pas la première fois que vous tentez ce coup avec les commerces du quartier.",
        ],
    },
    "sarcasm": {
        "en": [
            "Wow, a whole five-minute wait. Truly the end of the world.",
            "We'll forward your culinary wisdom to our chef, he could use a laugh.",
            "Sorry we didn't have caviar on the kids' menu, how dreadful of us.",
            "Glad to know you're an authority on everything from pasta to parking.",
        ],
        "fr": [
            "Waouh, cinq minutes d'attente. La fin du monde, vraiment.",
            "Nous transmettrons votre grande sagesse culinaire au chef, ça le fera rire.",
            "Désolés de ne pas avoir de caviar au menu enfant, quelle honte pour nous.",
            "Ravis d'apprendre que vous êtes une autorité en tout, des pâtes au stationnement.",
        ],
    },
    "blames_employee": {
        "en": [
            "The mix-up was caused by Emma, one of our part-timers.",
            "Nathan, our weekend cook, ignored the ticket.",
            "I've had a serious talk with Bella, who served you, about her attitude.",
            "That's on Connor, who was supposed to check the booking list.",
        ],
        "fr": [
            "La confusion a été causée par Emma, l'une de nos extras.",
            "Nathan, notre cuisinier du week-end, a ignoré le bon.",
            "J'ai eu une discussion sérieuse avec Bella, qui vous a servi, sur son attitude.",
            "C'est à cause de Connor, qui devait vérifier la liste des réservations.",
        ],
    },
}

BLIND3_GOOD: dict[str, list[str]] = {
    "en": [
        "Hi Carmen, thank you for your review. I'm sorry the table wasn't ready on time; we've "
        "changed how we pace bookings on Fridays. Hope to see you again.",
        "Thanks for the lovely review! Emma and Nathan will be chuffed to hear you enjoyed "
        "Sunday lunch.",
        "We're sorry to hear the order was incomplete. Please message us with your order details "
        "privately and we'll sort out a refund straight away.",
        "Thank you for your feedback about the noise. We've added soft furnishings to the back "
        "room and moved the speakers.",
        "Sorry about the wait for the bill. We've added a card reader at the bar to speed "
        "things up.",
        "Thank you for taking the time to write. We'd welcome a chance to put things right; our "
        "manager Sofia can be reached at manager@trattoria.example.",
        "Thanks a lot! Our Tuesday quiz night is free to join, so do come along sometime.",
        "We're sorry the heating wasn't working in your room. An engineer has fixed it and "
        "we've checked every room on that floor.",
        "Thank you for the five-star review, it made our week!",
        "Sorry the delivery driver couldn't find you. We've updated our address instructions "
        "and added a phone call on arrival.",
        "We appreciate your honest words about the portions, and we've increased the size of "
        "the children's meals.",
        "Thank you for your patience while we dealt with the power cut. We hope your next "
        "visit is smoother.",
    ],
    "fr": [
        "Bonjour Carmen, merci pour votre avis. Désolés que la table n'ait pas été prête à "
        "l'heure ; nous avons revu le rythme des réservations du vendredi. Au plaisir.",
        "Merci pour ce très bel avis ! Emma et Nathan seront ravis que le déjeuner du dimanche "
        "vous ait plu.",
        "Nous sommes désolés que la commande soit incomplète. Envoyez-nous les détails en "
        "message privé et nous vous rembourserons immédiatement.",
        "Merci pour votre retour sur le bruit. Nous avons ajouté des rideaux dans la salle du "
        "fond et déplacé les enceintes.",
        "Désolés pour l'attente de l'addition. Nous avons ajouté un terminal de paiement au bar.",
        "Merci d'avoir pris le temps d'écrire. Nous aimerions arranger les choses ; notre "
        "responsable Sofia est joignable à direction@trattoria.example.",
        "Merci beaucoup ! Notre soirée quiz du mardi est gratuite, venez quand vous voulez.",
        "Nous sommes désolés que le chauffage ne fonctionnait pas dans votre chambre. Un "
        "technicien l'a réparé et nous avons vérifié tout l'étage.",
        "Merci pour les cinq étoiles, vous avez illuminé notre semaine !",
        "Désolés que le livreur ne vous ait pas trouvé. Nous avons précisé nos consignes "
        "d'adresse et ajoutons un appel à l'arrivée.",
        "Merci pour vos mots sincères sur les portions ; nous avons augmenté celles des menus "
        "enfants.",
        "Merci de votre patience pendant la coupure de courant. Nous espérons que votre "
        "prochaine visite sera plus sereine.",
    ],
}
