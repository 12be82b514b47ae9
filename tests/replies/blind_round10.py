"""Blind set, issue 18 round 8: new wordings written after the rules were frozen at commit
57de240 (the corroboration rule of 3ba60f5 included, the classifier unchanged), by the
helper who wrote those rules, none of them tried on the check before the one measurement.
Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`); `bench/replies.py` prints
it. Nothing may be trained or tuned on it.

Measured once at 57de240 (docs/reply-check-model.md): rules + classifier 45/52 caught as
their category (47/52 flagged at all, 35/52 blocking), 6/132 good-reply runs blocked (all by
the rules), 22/132 warned; rules alone 36/52 and 6/132.

BLIND10_BAD[code][lang]: replies a careful owner must not post, four per category and
language (two for excessive justification), in formal, casual, unaccented and texting
registers. BLIND10_GOOD[lang]: whole replies in the style of published owner replies that
must pass, many warm or casual, naming staff, pets, family, prices, stars, a lawyer friend,
the business's own phone or e-mail, or joking about the business itself.
"""

from __future__ import annotations

BLIND10_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Any chance you'd revisit those two stars? There's a bottle of house red with your name on it if so.",
            "hey! bump us up to 5 and ur next trim is on the house 💇",
            "Guests who tweak their Google score this week get a loyalty card with three free washes.",
            "We'll knock 20% off your next stay if the review looks a bit kinder by Friday.",
        ],
        "fr": [
            "Une petite retouche de votre note et l'apéro vous attend la prochaine fois.",
            "cinq etoiles et on vous offre la livraison pendant un mois, ca marche ?",
            "Nous vous ferions volontiers un avoir de 30 € si votre commentaire évoluait un peu.",
            "Chaque avis remonté à 5 donne droit à une crêpe gratuite, parole de crêpier !",
        ],
    },
    "intimidation": {
        "en": [
            "A printout of this review is now sitting on our barrister's desk.",
            "People who post lies about small businesses tend to get a letter, and you're next.",
            "Our cameras caught your face clearly, and we're happy to share it with the neighbourhood group.",
            "Careful — your manager is a regular here and might like to hear about this.",
        ],
        "fr": [
            "Une copie de votre message a été transmise à notre avocate, vous aurez de ses nouvelles.",
            "on a les images de la camera, ca pourrait interesser pas mal de monde dans le quartier",
            "Retirez ce texte rapidement, sinon l'affaire passera devant le juge.",
            "Votre patron mange ici tous les midis, il serait sûrement ravi de lire ce que vous écrivez.",
        ],
    },
    "personal_data": {
        "en": [
            "Mr Lindqvist, your card ending 7710 was charged twice on 2 March and has been refunded.",
            "Hi Dana, we called you on 07700 900123 about the cake order for Saturday at 3pm.",
            "Your stay in room 14 from the 9th to the 11th under booking HX-22817 is on our records.",
            "We remember your son's epilepsy and were careful with the strobe lights, Mrs Grant.",
        ],
        "fr": [
            "Madame Lefort, votre commande n° CMD-448812 du 5 mai a bien été remboursée.",
            "Nous vous avons écrit à claire.morel@gmail.com après votre rendez-vous du mardi 14 h.",
            "Votre réservation pour 6 personnes le samedi 21 à 20 h 30 au nom de M. Dubois est notée.",
            "Monsieur Garnier, nous avions bien noté votre diabète sur la fiche du séjour.",
        ],
    },
    "personal_attack": {
        "en": [
            "Strange how this story only surfaced after we declined your request for a discount.",
            "Some of us can spot a professional complainer from across the room.",
            "Your account of the evening is, shall we say, generously embroidered.",
            "Let's be honest, you were after a free dinner from the moment you sat down.",
        ],
        "fr": [
            "Curieux que ce problème ne soit apparu qu'après notre refus de vous rembourser.",
            "On connait bien les clients qui viennent chercher un geste commercial a tout prix.",
            "Votre version des faits est pour le moins romancée.",
            "Soyons clairs : vous vouliez juste repartir sans payer.",
        ],
    },
    "sarcasm": {
        "en": [
            "Oh no, a slightly soggy chip — we'll hold a minute's silence in the kitchen.",
            "Sorry our little café didn't live up to your five-star Parisian palace expectations.",
            "Next time we'll hire a string quartet to announce each course, just for you.",
            "Wow, three minutes for a coffee. Truly the scandal of the decade.",
        ],
        "fr": [
            "Quelle tragédie, une frite un peu molle. On va organiser une cellule de soutien.",
            "Désolés que notre modeste crêperie n'ait pas été à la hauteur d'un palace étoilé pour vous.",
            "La prochaine fois on déroulera un orchestre pour annoncer chaque plat, promis.",
            "trois minutes d'attente pour un cafe, le drame du siecle lol",
        ],
    },
    "blames_employee": {
        "en": [
            "The mix-up with your order was entirely Callum's doing; he's still learning the till.",
            "Our receptionist Nadia misread your booking, and she has been spoken to.",
            "Honestly, if Rob had looked at the ticket properly, you'd have had the right pizza.",
            "Ellie left the cream out overnight, so that's on her, not the kitchen.",
        ],
        "fr": [
            "L'erreur vient de Mathis, notre nouveau serveur, qui a mal noté la commande.",
            "C'est Sandra qui a oublié votre gâteau, elle a été recadrée depuis.",
            "Si Hugo avait relu le bon de commande, vous auriez eu la bonne taille.",
            "Notre livreur Yanis s'est trompé d'adresse, il ne travaillera plus le week-end.",
        ],
    },
    "excessive_justification": {
        "en": [
            "The wait was long because two chefs were off sick, because the supplier was late, and because a large party arrived unannounced, which is why the kitchen fell behind.",
            "We were short-staffed since it was a bank holiday, due to the roadworks deliveries came late, and the reason the room was cold is that the boiler is old.",
        ],
        "fr": [
            "L'attente était longue car deux cuisiniers étaient malades, parce que le fournisseur était en retard et puisque un groupe est arrivé sans prévenir, c'est pourquoi le service a pris du retard.",
            "La chambre était froide en raison d'une panne, car le technicien n'a pas pu venir, et vu que c'était un dimanche, c'est pourquoi nous n'avons rien pu faire.",
        ],
    },
}

BLIND10_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks so much, Priya! Five stars from a regular means the world to Tom and the whole crew.",
        "Cheers Mike, glad the £9.50 lunch deal hit the spot. See you Friday!",
        "Hi Jo, sorry the soup was lukewarm. We've checked the hob and it's fixed. Pop in and let us know how it is.",
        "Our barista Sam was chuffed to read this — he's been practising his latte art all winter.",
        "Thank you for the four stars! The missing one is fair: we're adding more vegan options next month.",
        "We're sorry about the 40-minute wait on Saturday. We've added a second cook on weekends. Please call us on 01632 960123 if you'd like to talk.",
        "Haha, yes, our dog Biscuit does think every guest has come to see him. Thanks for the lovely words!",
        "Sorry your room was noisy. We've moved the ice machine away from the corridor.",
        "Thanks Dave — three stars is honest feedback, and we hear you on the prices. Our new set menu is £18.",
        "What a lovely review, thank you! Chef Anton says the secret is his grandmother's butter.",
        "We apologise for the mix-up with your order. We've changed how we label takeaway bags so it doesn't happen again.",
        "Thank you, Helen. Your kind words have been pinned to the staff room board.",
        "So glad the kids enjoyed the free face painting at our summer fair!",
        "Sorry to hear the delivery was late. Our courier partner had a van breakdown; we've set up a backup.",
        "Thanks for the shout-out to Maria — she's been with us twelve years and is a legend.",
        "Apologies for the cold chips. That's not our standard, and we've retrained the fryer station.",
        "Lovely to have you and your mum for her 80th! The candle was the least we could do.",
        "Thank you for your honest review. We've passed your comments to our manager, Karen, who will review the booking process.",
        "You're right that the stairs are steep — our legs complain too! We've added a handrail.",
        "Thanks for stopping by! Happy hour runs 5–7pm, two-for-one cocktails, if you fancy coming back.",
        "Sorry your appointment ran late. Please email us at bookings@salon.example and we'll find you a better slot.",
        "Our lawyer friend who comes every Thursday says hi — and thanks for the kind review!",
        "We take allergies very seriously and are sorry the menu wasn't clearer. We've added allergen icons to every dish.",
        "Thank you! We'll tell Grace you loved the lemon tart — she'll be over the moon.",
        "Five stars, wow! Thanks Ahmed, see you at the next quiz night.",
        "We're sorry the Wi-Fi dropped during your stay. A new router was installed on Monday.",
        "Sorry the parking was full. There's a free car park two minutes away on Mill Lane.",
        "Thanks a million, it was a pleasure to cater your wedding. Congratulations to you both!",
        "We hear you about the portion size and have increased the side salad at no extra cost.",
        "Our apologies — that's not the welcome we want. We've talked as a team about greeting every guest at the door.",
        "Thanks for the 2 stars and the honest words. We'd love a second chance to get it right.",
        "Ha, the rain wasn't our doing, but the hot chocolate was! Glad it warmed you up.",
        "thx for the 5 stars guys, see u soon!",
    ],
    "fr": [
        "Merci beaucoup Sophie ! Cinq étoiles d'une habituée, ça fait chaud au cœur à toute l'équipe.",
        "Merci Julien, ravi que la formule à 14,50 € vous ait plu. À vendredi !",
        "Bonjour Karim, désolés pour la soupe tiède. Nous avons fait réparer la plaque, repassez nous dire ce que vous en pensez.",
        "Notre pâtissière Léa était toute contente de lire votre message.",
        "Merci pour les quatre étoiles ! L'étoile manquante est méritée : plus de plats végétariens arrivent le mois prochain.",
        "Nous sommes désolés pour l'attente de 40 minutes samedi. Un second cuisinier est désormais là le week-end. Appelez-nous au 01 23 45 67 89 si vous souhaitez en parler.",
        "Oui, notre chat Pistache pense que chaque client vient pour lui ! Merci pour ce joli mot.",
        "Désolés pour le bruit dans votre chambre, nous avons déplacé la machine à glaçons.",
        "Merci Paul, trois étoiles c'est un avis honnête, et on entend la remarque sur les prix. Le nouveau menu est à 18 €.",
        "Quel bel avis, merci ! Le chef Antoine dit que le secret, c'est le beurre de sa grand-mère.",
        "Nous nous excusons pour l'erreur de commande. Nous étiquetons désormais chaque sac à emporter.",
        "Merci Hélène, votre message est affiché dans la salle de pause de l'équipe.",
        "Ravis que les enfants aient aimé le maquillage gratuit à la fête de l'été !",
        "Désolés pour le retard de livraison : le camion de notre transporteur est tombé en panne, nous avons prévu une solution de secours.",
        "Merci pour ce mot sur Maria, elle est avec nous depuis douze ans, c'est une perle.",
        "Toutes nos excuses pour les frites froides, ce n'est pas notre niveau. Le poste friture a été revu.",
        "Quel plaisir d'avoir fêté les 80 ans de votre maman ! La bougie, c'était la moindre des choses.",
        "Merci pour votre retour sincère. Nous l'avons transmis à notre responsable, Karine, qui revoit le système de réservation.",
        "Vous avez raison, l'escalier est raide, nos jambes s'en plaignent aussi ! Une rampe a été posée.",
        "Merci de votre passage ! L'happy hour, c'est de 17 h à 19 h, deux cocktails pour le prix d'un.",
        "Désolés pour le retard de votre rendez-vous. Écrivez-nous à rdv@salon.example et nous vous trouverons un meilleur créneau.",
        "Notre banque a confirmé l'annulation du double prélèvement, comptez trois jours ouvrés.",
        "Nous prenons les allergies très au sérieux et sommes désolés que la carte n'ait pas été plus claire. Des pictogrammes sont désormais sur chaque plat.",
        "Merci ! On dira à Grâce que vous avez adoré sa tarte au citron, elle va être aux anges.",
        "Cinq étoiles, waouh ! Merci Ahmed, à la prochaine soirée quiz.",
        "Désolés pour le wifi pendant votre séjour, un nouveau routeur a été installé lundi.",
        "Désolés que le parking ait été plein, il y a un parking gratuit à deux minutes, rue du Moulin.",
        "Mille mercis, c'était un plaisir de préparer votre mariage. Tous nos vœux de bonheur !",
        "On vous a entendu sur la taille des portions : la salade d'accompagnement est plus copieuse, sans supplément.",
        "Toutes nos excuses, ce n'est pas l'accueil que nous voulons. Nous en avons parlé en équipe.",
        "Merci pour les 2 étoiles et la franchise. Nous aimerions avoir une seconde chance de bien faire.",
        "La pluie, on n'y est pour rien, mais le chocolat chaud, si ! Contents qu'il vous ait réchauffé.",
        "merci bcp pour les 5 etoiles, a tres vite chez nous !",
    ],
}
