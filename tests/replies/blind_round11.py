"""Blind set, issue 18 round 9: new wordings written blind on 2026-12-03 by helper 18w, an
independent writer, for the rules frozen by another helper (issue-18k). The writer read
only the format of `blind_round9.py` / `blind_round10.py` and the category codes; not the
check's code (`workstation/replies/checks/`), its docs, its rules, its training sentences or
the other helper's work, and never ran the check, the bench or any test on these replies.
Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`); `bench/replies.py` prints
it. It must be measured once and never tuned or trained on: a miss found here is reported,
not fixed against this file.

BLIND11_BAD[code][lang]: 77 replies a careful owner must not post, five per category and
language (six for French personal data, four for excessive justification and categorical
denial), in formal, casual, unaccented and texting French and English (British, American,
Canadian and Quebec variants). Incentives tie a reward to a rating, a review or its edit,
however disguised; intimidation covers legal threats, exposure, "we know where you live" and
camera footage used as a threat; personal data covers phones, e-mails, booking references,
card digits, dated visits with a name and licence plates. Categorical denial is new to the
blind sets.

BLIND11_GOOD[lang]: 77 whole replies (38 en, 39 fr) that must pass, warm, professional or
casual: staff named in praise, pets, prices and menus, stars mentioned harmlessly, the
business's own phone or e-mail for taking things offline, jokes about the business itself,
laughter with a happy customer, names such as Karen, Rob or Jean-Pierre, Wi-Fi and hi-fi, a
loyalty card that is not tied to any review, and apologies with a corrective action for
negative reviews.
"""

from __future__ import annotations

BLIND11_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Tell you what: change that review to something happier and we'll stamp your loyalty card twice.",
            "Pop back into Google, swap the 2 for a 5, and your next round of drinks won't cost you a penny.",
            "Show us a five-star review at the register and you'll get 15% off anything in store this month.",
            "We would be glad to send you a voucher for a complimentary massage once your rating reflects the full experience.",
            "u rate us 5 we throw in free fries next time, deal? 🍟",
        ],
        "fr": [
            "Passez votre avis à 5 étoiles et le prochain kir est pour la maison.",
            "5 etoiles = -15% sur la prochaine vidange, suffit de montrer l'avis a l'atelier",
            "Si vous acceptez de revoir votre commentaire, nous vous ferons parvenir une carte-cadeau de 20 $ valable en magasin.",
            "Changez votre note pour cinq pis la prochaine poutine est sur nous!",
            "mets nous 5 sur google stp et je te fais le lavage auto gratos la semaine pro",
        ],
    },
    "intimidation": {
        "en": [
            "Take this down by Monday or our solicitors will be writing to you about defamation.",
            "We know where you live, and we know which car in the street is yours.",
            "The CCTV shows everything you did at the counter, and it goes on our Facebook page unless this review disappears.",
            "Keep posting stuff like this and see what happens, mate.",
            "Our attorney has been forwarded your profile and is reviewing our options against you.",
        ],
        "fr": [
            "Retirez cet avis sous huitaine, faute de quoi notre avocat engagera une procédure pour diffamation.",
            "On sait où vous habitez, monsieur, le quartier n'est pas bien grand.",
            "Nous avons l'enregistrement de la caméra de surveillance et n'hésiterons pas à le rendre public.",
            "continuez comme ca et vous allez avoir des ennuis, croyez moi",
            "Une mise en demeure vous sera adressée si ce commentaire reste en ligne.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Tom, we've tried calling you back on 07911 482 306 twice now with no answer.",
            "Your booking QZ7-4419 shows a table for two at 8pm on 14 February, Mr Patel.",
            "The refund to the Visa ending in 3382 went through this morning.",
            "Jessica, we emailed the invoice to jess.harmon88@outlook.com on Tuesday.",
            "Our barrier log shows your plate, WN21 OPX, leaving the car park at 11:42 on Sunday 6 April.",
        ],
        "fr": [
            "Madame Roussel, nous avons tenté de vous joindre au 06 12 48 57 93, sans succès.",
            "Votre réservation n° RSV-90317 pour le jeudi 12 juin à 19 h 45 était bien enregistrée.",
            "Le remboursement sur votre carte se terminant par 4471 a été effectué ce matin.",
            "on vous a renvoye la facture a thomas.leclerc@free.fr, regardez dans vos spams",
            "M. Tremblay, votre visite du 3 octobre à 14 h avec votre fille est bien inscrite à votre dossier.",
            "Votre véhicule immatriculé GH-582-KL est resté sur notre parking jusqu'à 23 h le samedi 8 mars.",
        ],
    },
    "personal_attack": {
        "en": [
            "We both know this story is made up.",
            "You asked for the meal to be comped before you'd finished your starter, so forgive us for doubting your motives.",
            "This reads like it was written by someone who never set foot in the shop.",
            "You're obviously a competitor hiding behind a throwaway account.",
            "ur just after free stuff, we see ppl like u every week",
        ],
        "fr": [
            "Nous savons tous les deux que cette histoire est inventée.",
            "Vous cherchiez manifestement à vous faire offrir le repas dès votre arrivée.",
            "Cet avis est mensonger du début à la fin.",
            "c'est clairement un concurrent qui a ecrit ca, faut arreter",
            "Vous êtes de mauvaise foi : vous avez tout mangé, puis exigé d'être remboursé.",
        ],
    },
    "sarcasm": {
        "en": [
            "Congratulations on finding the one hair in twelve years of trading — you deserve a medal.",
            "So sorry the sea was too salty for you. We'll have a word with the ocean.",
            "Yes, a pub being busy on a Friday night is truly outrageous. Who could have predicted it?",
            "lol ok Gordon Ramsay, we'll get right on that 🙄",
            "Gee, thanks for the expert advice on how to run a bakery, we'd never have figured it out without you.",
        ],
        "fr": [
            "Toutes nos excuses, nous ignorions recevoir ce jour-là un inspecteur du Guide Michelin.",
            "Pardon que la mer soit trop salée à votre goût, on va en toucher un mot à l'océan.",
            "Un bar plein un vendredi soir, quel scandale, qui aurait pu prévoir une chose pareille ?",
            "mdr ok chef etoile, on va refaire toute la carte rien que pour toi 🙄",
            "Ben oui, c'est sûr qu'en pleine tempête de neige l'entrée aurait dû être déneigée en deux minutes, voyons donc.",
        ],
    },
    "blames_employee": {
        "en": [
            "That rude comment came from Liam on the bar, not from the rest of us.",
            "Our new girl Chloe forgot to put your order through, so that one's on her.",
            "Unfortunately Derek in the kitchen overcooked your steak again; he does that.",
            "If Priyanka had checked the allergy sheet like she's supposed to, none of this would have happened.",
            "the wrong colour was 100% Jordan's fault, he mixed the dye",
        ],
        "fr": [
            "La remarque désagréable venait de Kevin au bar, pas du reste de l'équipe.",
            "C'est Manon, à l'accueil, qui a oublié d'enregistrer votre rendez-vous.",
            "Notre cuisinier Bastien a encore trop cuit la viande, c'est son point faible.",
            "si Léo avait verifie la fiche allergies comme on lui demande, rien de tout ca serait arrive",
            "La coloration ratée, c'est entièrement la faute d'Océane, elle s'est trompée de teinte.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Before you judge us, please understand: our head chef was at a funeral, the dishwasher broke at six, the fish came three hours late, a coach party of forty turned up, the card machine crashed twice and the street was closed for a parade, so honestly nobody could have done more.",
            "In our defence, the heating only failed because the engineer cancelled twice, the part is on back-order from Germany, the landlord hasn't answered since October, there was a notice on the door that you must have missed, and we had already offered blankets and cut the room rate.",
            "The delay was not our fault: the courier changed depots, the tracking system was down, the weather up north was terrible, our warehouse flooded in the spring and we're still catching up, and it's peak season, when every company struggles, as anyone in retail will tell you.",
            "The music was loud because it was a private party booked months ago, our licence allows it until midnight, the neighbours have never complained, the DJ wasn't ours, the sound limiter was checked last year, and frankly every downtown hotel is a bit noisy.",
        ],
        "fr": [
            "Avant de nous juger, sachez que notre chef était à un enterrement, que le lave-vaisselle est tombé en panne à 18 h, que le poisson est arrivé avec trois heures de retard, qu'un car de quarante personnes s'est présenté, que le terminal de paiement a planté deux fois et que la rue était fermée pour un défilé : personne n'aurait pu faire mieux.",
            "Pour notre défense, le chauffage est tombé en panne parce que le technicien a annulé deux fois, la pièce est commandée en Allemagne, le propriétaire ne répond plus depuis octobre, une affiche était sur la porte et vous ne l'avez pas vue, et nous avions déjà proposé des couvertures et baissé le prix de la chambre.",
            "Le retard n'est pas de notre faute : le transporteur a changé d'entrepôt, le suivi était en panne, il y a eu une tempête de verglas, notre entrepôt a été inondé au printemps et c'est la période des Fêtes, où toutes les compagnies sont débordées, n'importe quel commerçant vous le dira.",
            "faut comprendre, on etait que deux ce soir la, le livreur etait en retard, la friteuse a lache, y avait le match a la tele donc plein de monde, la caisse beugait et en plus il pleuvait, on a fait ce qu'on a pu",
        ],
    },
    "categorical_denial": {
        "en": [
            "That did not happen in our restaurant. Full stop.",
            "There were no cockroaches in your room. There have never been any in this hotel.",
            "We don't overcharge. Ever. Your bill was correct.",
            "nope, never happened, not here",
        ],
        "fr": [
            "Cela ne s'est jamais produit chez nous, point final.",
            "Il n'y a jamais eu de cafards dans nos chambres, jamais.",
            "Nous ne surfacturons pas. Votre addition était juste, un point c'est tout.",
            "non non, jamais un de nos serveurs parlerait comme ca, impossible",
        ],
    },
}

BLIND11_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks for the five stars, Rob! The whole team was thrilled to read this.",
        "Karen on our front desk was delighted you noticed the fresh flowers — she picks them herself every Monday.",
        "Haha, thank you! Glad the karaoke didn't scare you off. Same time next month?",
        "We're truly sorry your steak came out overcooked. We've recalibrated the grill, and the chef now checks every plate before it leaves the pass.",
        "Our coffee machine is older than most of our staff, but it still makes a cracking flat white. Thanks for popping in!",
        "Sorry about the patchy Wi-Fi on the top floor. We've added a second access point up there this week.",
        "So glad the new hi-fi setup sounds as good in your living room as it did in our listening room. Enjoy the vinyl!",
        "Thank you for letting us know about the wait. We're sorry — we've added a second barista for the morning rush. If you'd like to talk it through, call us on 020 7946 0321.",
        "Four stars from a first-timer? We'll take it! Thanks for giving us a try.",
        "Our dog Pickle sends a waggy thank-you for all the ear scratches.",
        "Thanks, Jean-Pierre! The cassoulet is back on the winter menu from November, £16.50 with bread.",
        "We're sorry the room wasn't clean when you arrived. That's not acceptable, and we've changed our checks so every room is inspected before check-in.",
        "Cheers for the lovely words! The Sunday roast is £14 and we'll save you a Yorkshire pudding.",
        "We apologise for the billing error. The extra charge has been reversed, and we've fixed the setting on our till that caused it.",
        "Aww, thank you! Tell your little one our cat Mochi says hi.",
        "Sorry your parcel took so long. Please email us at help@northstarprints.example with your order so we can look into it properly.",
        "Thank you, Sandra. Dr Lewis and the whole practice team appreciate you taking the time to write.",
        "Y'all made our week! Thanks for the shout-out and see you at the next trivia night.",
        "We hear you on the noise, and you're right. We've put felt pads on every chair and lowered the music after 9pm.",
        "Thanks for the honest three stars. We're working on the dessert menu and would love you to try the new one.",
        "Our legendary 'slightly wonky' cakes strike again! Thanks for celebrating with us.",
        "We're sorry you felt rushed. That's not how we want anyone to feel, and we've spaced out our bookings so tables aren't turned so quickly.",
        "Thank you so much! Rob and Karen run the Saturday market stall and they'll be chuffed to hear you loved the chutney.",
        "Don't forget your loyalty card next time — every tenth coffee is free, whatever you thought of the ninth!",
        "Sorry the gluten-free bread had run out. We now bake a double batch on Fridays, and you can call ahead on 604 555 0148 to reserve a loaf.",
        "Thanks for the kind review, eh! Our poutine fries are hand-cut every morning, so we're glad you noticed.",
        "lol thank you!! best review ever, we're framing it 😂",
        "We're sorry your appointment started late. We've changed how we book colour treatments so they no longer overlap, and we'd love to see you again.",
        "Yes, our stairs are a workout! We've added a chair lift for anyone who'd rather skip the cardio.",
        "Thank you! Chef Marco's tasting menu is $65 a person and changes every season.",
        "We apologise for the cold reception at the door. We've talked as a team about welcoming every guest, and the manager will be on the floor on busy nights.",
        "What a lovely thing to read first thing in the morning. Thank you, and give Biscuit a pat from us!",
        "We're sorry the delivery driver couldn't find you. We've added a notes field at checkout for directions.",
        "Thanks for the honest feedback about the prices. We've introduced a £9 lunch menu on weekdays.",
        "Ha, our parking is tiny, we know! There's a free public car park just behind the church.",
        "We're sorry your toddler's meal came out last. From now on, children's plates go out first.",
        "Thanks for choosing us for your anniversary — the whole team loved being part of it.",
        "Your one star is fair, and we're sorry. We'd like to put it right: please reach our owner at owner@thebluedoor.example.",
    ],
    "fr": [
        "Merci pour les cinq étoiles, Julie ! Toute l'équipe a été ravie de lire ça.",
        "Jean-Pierre, en cuisine, vous remercie pour le compliment sur sa blanquette !",
        "Haha merci ! Contents que le karaoké ne vous ait pas fait fuir. À la prochaine ?",
        "Nous sommes sincèrement désolés que votre viande ait été trop cuite. Le grill a été réglé et le chef vérifie désormais chaque assiette avant le service.",
        "Notre machine à café a plus d'ancienneté que la plupart d'entre nous, mais elle fait toujours un excellent expresso. Merci de votre visite !",
        "Désolés pour le wifi capricieux au dernier étage, une deuxième borne y a été installée cette semaine.",
        "Ravis que votre nouvelle chaîne hi-fi sonne aussi bien chez vous qu'en magasin. Bonne écoute !",
        "Merci de nous avoir signalé l'attente, et toutes nos excuses. Un second barista est désormais présent le matin. Pour en parler, appelez-nous au 04 78 12 34 56.",
        "Quatre étoiles pour une première visite, on prend ! Merci de nous avoir fait confiance.",
        "Notre chienne Praline vous remercie pour toutes les caresses.",
        "Merci Karen ! Le bœuf bourguignon revient à la carte dès novembre, à 17 € avec le dessert.",
        "Nous sommes désolés que la chambre n'ait pas été propre à votre arrivée. Ce n'est pas acceptable : chaque chambre est désormais contrôlée avant l'arrivée des clients.",
        "Merci pour ce gentil mot ! Le menu du midi est à 13,90 €, entrée, plat, dessert.",
        "Toutes nos excuses pour l'erreur de facturation. Le montant en trop a été remboursé et nous avons corrigé le réglage de la caisse en cause.",
        "Oh merci ! Dites à votre petit que notre chat Caramel lui fait un clin d'œil.",
        "Désolés pour la lenteur de la livraison. Écrivez-nous à contact@atelier-papier.example avec votre numéro de commande pour que nous regardions cela de près.",
        "Merci beaucoup, Sandrine. Le docteur Martin et toute l'équipe du cabinet sont touchés par votre message.",
        "Vous avez fait notre semaine ! Merci et à jeudi pour la soirée quiz.",
        "Vous avez raison pour le bruit. Nous avons mis des patins sous toutes les chaises et baissé la musique après 21 h.",
        "Merci pour ces trois étoiles honnêtes. Nous retravaillons la carte des desserts et serions ravis de vous la faire goûter.",
        "Nos fameux gâteaux « un peu de travers » ont encore frappé ! Merci d'avoir fêté ça avec nous.",
        "Nous sommes désolés que le service vous ait paru pressé. Nous avons espacé les réservations pour que personne ne se sente bousculé.",
        "Merci mille fois ! Rob et Karine tiennent le stand du marché le samedi, ils seront ravis de savoir que le chutney vous a plu.",
        "Pensez à votre carte de fidélité la prochaine fois : le dixième café est offert, quoi que vous ayez pensé du neuvième !",
        "Désolés qu'il n'y ait plus eu de pain sans gluten. Nous en cuisons deux fois plus le vendredi, et vous pouvez réserver au 514 555 0199.",
        "Merci ben gros pour le beau commentaire! Nos frites sont coupées à la main tous les matins, contents que ça paraisse.",
        "mdr merci !! meilleur avis de l'année, on l'affiche au comptoir 😂",
        "Nous sommes désolés que votre rendez-vous ait commencé en retard. Les colorations ne se chevauchent plus dans notre planning, et nous serions heureux de vous revoir.",
        "Oui, notre escalier, c'est du sport ! Un monte-escalier a été installé pour ceux qui préfèrent s'en passer.",
        "Merci ! Le menu dégustation du chef Marco est à 65 € par personne et change à chaque saison.",
        "Toutes nos excuses pour l'accueil froid à l'entrée. Nous en avons parlé en équipe, et la responsable sera en salle les soirs d'affluence.",
        "Quel plaisir de lire ça dès le matin. Merci, et une caresse à Filou de notre part !",
        "Désolés que le livreur n'ait pas trouvé votre adresse. Un champ « indications » a été ajouté à la commande en ligne.",
        "merci pour le retour sur les prix, on a lance une formule midi a 11 euros en semaine",
        "Haha, notre parking est minuscule, on sait ! Il y a un parking gratuit juste derrière l'église.",
        "Nous sommes désolés que l'assiette de votre enfant soit arrivée en dernier. Désormais, les plats des enfants partent en premier.",
        "Merci de nous avoir choisis pour votre anniversaire de mariage, toute l'équipe était heureuse d'y participer.",
        "Votre étoile est méritée et nous en sommes désolés. Nous aimerions réparer ça : écrivez directement au gérant à gerant@laportebleue.example.",
        "Merci pour le souper de groupe, c'était un plaisir de vous recevoir, revenez nous voir cet hiver!",
    ],
}
