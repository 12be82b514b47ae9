"""Blind set, issue 18 round 11: new wordings written blind on 2026-12-03 by helper 18y, an
independent writer. The writer read the issue text and, to copy the format, the module
docstring and data layout of `blind_round12.py` (the dict shape and the category codes used as
keys). Disclosure: while looking for that layout, a badly filtered listing also showed the
writer the text of `blind_round12.py`'s replies (all of BLIND12_GOOD and part of BLIND12_BAD);
the replies below were written as new wordings and none is copied or paraphrased from it. The
writer did not read the replies of any other blind file, the check's code
(`workstation/replies/`), its docs, its rules, its training sentences, its other tests, the
bench or any other helper's work, and never ran the check, the bench or any test on these
replies. Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`). It must be measured
once and never tuned or trained on: a miss found here is reported, not fixed against this file.

BLIND13_BAD[code][lang]: 80 replies a careful owner must not post, five per category and
language for all eight categories (review_incentive, intimidation, personal_data,
personal_attack, sarcasm, blames_employee, excessive_justification, categorical_denial), in
formal, casual, sarcastic, texting and unaccented registers, British, American, Irish and
Australian English, and Belgian, Swiss and Quebec French. One reply in each category and
language is a long, warm reply whose fault is a single clause. Incentives are worded
indirectly ("a little something for your updated impression", a discount for amending a
rating, a prize draw for five-star ratings, a voucher once a review is removed); intimidation
as "our insurer has opened a file with your name", counsel finding the post "actionable",
"everyone talks in a small town", a plate on the CCTV, being blacklisted or reported to the
police; personal data as a reference number with a surname, a dated visit with a room number,
card digits, a mobile number, an e-mail or postal address; personal attacks accuse the
customer of lying, fishing for a discount or being drunk; sarcasm includes "thanks for the
free consulting"; blaming "the new girl on the till" or a named colleague; excessive
justification lists five or more excuses and ends by blaming the customer; categorical
denial is "we have checked and this simply did not happen, case closed".

BLIND13_GOOD[lang]: 80 whole replies (40 en, 40 fr) that must pass: warm thanks, apologies
with a concrete corrective action and the business's own phone or e-mail for continuing
offline, polite factual disagreement without denial ("we checked our records and couldn't
find it, but that doesn't mean it didn't happen"), staff praised by first name, pets, jokes
about the business itself, regional registers, and wordings that look like faults but are not:
"we'd never blame our team for a system failure", solicitor-reviewed terms online, a refund
processed with the reference on the receipt, CCTV checked with the police at the customer's
request to help find a stolen bike, a loyalty card open to everyone whether or not they
review, "a little something for everyone this December", cake as "your reward for the climb".
"""

from __future__ import annotations

BLIND13_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks so much for the feedback, Ruth. We're sorry the scones were on the dry side on Sunday; our baker has adjusted the recipe and we now bake a second batch at noon so they're always fresh. We'd love you to pop back and try them, and once you've shared your updated impression here, there'll be a little something waiting for you at the counter. Warm wishes, the Larder team.",
            "Ah sure look, sorry about the wait lads. Tell you what, bump that up to five stars and the next round of pints is on the house.",
            "omg sorry!! edit ur review n show us at the till, free smoothie upgrade 4 u 😘",
            "We are pleased to inform you that clients who amend their published rating within 14 days qualify for 20% off their next service invoice. Simply quote this reply when booking.",
            "Good news: every 5-star rating posted this month goes into our draw for a weekend in the Cotswolds. Shame yours is only two, but there's still time to fix that!",
        ],
        "fr": [
            "Bonjour Camille, merci pour votre retour détaillé et toutes nos excuses pour la tarte un peu trop cuite. Notre pâtissière a revu le temps de cuisson et nous avons ajouté un contrôle avant la mise en vitrine. Nous serions ravis de vous revoir, et si vous partagez ici votre nouvelle impression après votre prochain passage, un petit quelque chose vous attendra en caisse. Belle journée, l'équipe de la Fournée.",
            "slt, dsl pr le retard ! tu mets 5 etoiles et tu montres l ecran au comptoir = boisson offerte",
            "Madame, Monsieur, nous vous informons que toute modification de votre note avant la fin du mois donne droit à une remise de 15 % sur votre prochaine facture. Il vous suffit de mentionner ce message.",
            "Désolés pour l'attente, une fois ! Passez-nous de deux à cinq étoiles et on vous offre la gaufre et le café à votre prochain passage, savez-vous.",
            "Merci pour votre message. Si l'avis est retiré d'ici vendredi, un bon d'achat de 30 francs valable nonante jours vous attendra à la réception.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for your feedback. Please note that our insurer has opened a file with your name on it following this post, and their assessor may be in touch about the claims you have made here.",
            "Hi there, we're sorry you felt the room was overpriced, and we've passed your comments to our revenue team, who are reviewing weekend rates. We've also added extra pillows to every room after your note. For completeness, our counsel has read your post and advised us that it is actionable, so we would strongly encourage you to reconsider its wording before the end of the week. Kind regards, Front Office.",
            "Funny thing about small towns, love: everyone talks, and people remember. Might be worth keeping in mind next time you feel like typing.",
            "bro we got ur plate on the cctv. think real hard b4 posting again",
            "We'll be forwarding this review, together with your account history, to every salon in our network so they know exactly what kind of client to expect.",
        ],
        "fr": [
            "Bonjour, notre assureur a ouvert un dossier à votre nom suite à la publication de cet avis ; un expert pourrait prendre contact avec vous prochainement.",
            "Merci Julien d'avoir pris le temps d'écrire. Nous regrettons que la livraison ait eu du retard et avons changé de transporteur depuis, avec un suivi par SMS à chaque étape. Notre conseil juridique a toutefois relevé plusieurs passages de votre avis susceptibles de poursuites, et nous vous invitons vivement à le modifier avant lundi. Cordialement, le service client.",
            "Continue de même pis on va afficher ta photo à l'entrée avec « client interdit » en dessous. Tout le quartier va savoir c'est qui.",
            "retirez cet avis ou on porte plainte pour diffamation, on a deja les captures d ecran",
            "Nous vous signalons que votre commentaire ainsi que votre adresse ont été transmis à la police cantonale ; il vous appartiendra d'en assumer les conséquences.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Mr O'Donnell, regarding booking ref BK-90317 under your name, the late checkout you asked for was logged by our system at 11.02.",
            "Thank you for your kind and detailed review, and we're sorry the spa was busier than you expected on your birthday. We've since introduced timed slots for the pool so it never feels crowded. For the record, Mrs Anjali Desai, you and your partner checked in on 22 November at 3.40pm and used the pool between 5 and 6pm, which is our peak hour. We hope to welcome you back soon.",
            "We've already refunded £42.50 to the Mastercard ending 0093, Kieran, so if it hasn't shown up yet please ring your bank.",
            "hey Leanne, tried ur mobile 0412 555 017 a few times, call us back when u can x",
            "We shipped a replacement to 48 Elm Grove, Apt 2B, Brooklyn on Monday and emailed the tracking link to m.kowalski@example.com.",
        ],
        "fr": [
            "Bonjour M. Bertrand, concernant votre dossier n° SAV-77214, la pièce a bien été commandée le 18 novembre.",
            "Merci beaucoup pour votre avis et vos mots sur la décoration, cela fait très plaisir à toute l'équipe. Nous sommes navrés pour le bruit de la rue et avons installé de nouveaux rideaux épais dans les chambres côté boulevard. Pour mémoire, Madame Estelle Girard, vous avez séjourné chez nous du 7 au 9 novembre en chambre 14, réglée par virement. Au plaisir de vous accueillir à nouveau.",
            "bonjour Yanis, on vous a laisse un message au 07 61 22 48 90 et un mail a yanis.b@example.fr, merci de rappeler",
            "Bonjour Madame Peeters, votre colis a été déposé au 12 rue des Tanneurs à Namur le jeudi 5 ; pour rappel, votre numéro de client est le 004-5521.",
            "Salut Jessica, ton rendez-vous du 2 décembre à 14 h 30 pour la Civic blanche a été facturé sur ta Visa finissant par 2288.",
        ],
    },
    "personal_attack": {
        "en": [
            "It's always the same with customers like you: complain loudly, expect a freebie, never come back. We see straight through it.",
            "Thanks for taking the time to leave a review, Jordan. We're sorry the paint finish didn't last as long as you hoped, and we've updated our aftercare leaflet to explain curing times more clearly. Our team is happy to come back and touch up the corner. Between us, though, it's pretty obvious you're fishing for a discount, and that's not how honest people behave. All the best, Coastline Decorators.",
            "Mate, you're a serial whinger. Half the one-star reviews on this street have your name on them.",
            "ur a liar n u know it lol",
            "With respect, sir, your account of the evening is pure invention, and we suspect you know that perfectly well.",
        ],
        "fr": [
            "Vous mentez, et vous le savez très bien. Des clients qui cherchent à se faire rembourser comme vous, on en voit tous les jours.",
            "Bonjour Mathilde, merci d'avoir pris le temps de nous écrire. Nous sommes désolés que la robe ait été trop grande et avons mis à jour notre guide des tailles ; l'échange reste possible en boutique jusqu'à la fin du mois. Cela dit, il est assez clair que vous avez porté la robe à un mariage avant de vouloir la rendre, ce qui en dit long sur votre honnêteté. Belle journée, la boutique Lila.",
            "franchement vous etes de mauvaise foi, vous cherchiez juste un repas gratuit",
            "Vous faites partie de ces gens qui n'ont jamais rien apprécié de leur vie. Nous plaignons sincèrement votre entourage.",
            "Soyons sérieux deux minutes : vous étiez complètement bourré, une fois, et maintenant vous inventez une histoire pour vous donner le beau rôle.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for the free consulting! We'll be sure to send you an invoice for all that expertise. Oh wait.",
            "Wow, two stars because the sun was in your eyes on the terrace. We'll have a stern word with the sun.",
            "Thank you for staying with us, and we're sorry the Wi-Fi dropped during your visit. Our provider replaced the router on Monday and the signal now reaches every room; we've also added a printed guide to the TV controls. And congratulations on being the first guest in fifteen years to find our beds too soft. Truly a rare talent. Warm regards, the Glenview B&B.",
            "lmao ok Gordon Ramsay 🙄 thanks for the tips",
            "We are deeply honoured that a connoisseur of your stature graced our humble chip shop. We shall endeavour to fly in Wagyu for your next visit.",
        ],
        "fr": [
            "Merci pour la consultation gratuite ! On vous enverra la facture de votre expertise culinaire.",
            "Bravo, vous avez trouvé LE défaut du siècle : une serviette pliée de travers. On va s'en remettre, promis.",
            "Bonjour et merci pour votre visite. Nous sommes désolés pour l'attente à la caisse samedi ; une deuxième caisse est désormais ouverte le week-end et le rayon fromages a été réorganisé. Et merci infiniment de nous avoir appris que le camembert sent fort : sans vous, nous ne l'aurions jamais su. Bonne journée, l'équipe de l'épicerie.",
            "Ben oui, toute est de notre faute, même la tempête de neige. Merci de nous éclairer, Einstein.",
            "super, encore un expert en pizza sur internet, on a tellement de chance lol",
        ],
    },
    "blames_employee": {
        "en": [
            "So sorry about the mix-up with your change. That was the new girl on the till; she's still learning the ropes.",
            "Our apologies. Daniel was on shift that evening and, frankly, he's been nothing but trouble. We're dealing with him.",
            "Thank you for your thoughtful review, and we're truly sorry your anniversary dinner didn't go to plan. We've reworked our booking notes so special occasions are flagged to the kitchen, and we'd love to host you again. The wine mix-up was down to Sophie, our sommelier, who clearly didn't read the order properly that night. With best wishes, Hearth & Vine.",
            "soz that was Jake's fault, he forgot ur order again 🙄 he's on his last warning",
            "Yeah nah, that one's on Brodie in the workshop, mate. He cross-threaded the sump plug and didn't tell anyone.",
        ],
        "fr": [
            "Toutes nos excuses, c'est la nouvelle à la caisse qui s'est trompée, elle n'est pas encore très dégourdie.",
            "C'est Kevin qui était en cuisine ce soir-là et, entre nous, il a encore beaucoup à apprendre. Il a été recadré.",
            "Merci Pauline pour ce retour très complet, et toutes nos excuses pour la soirée gâchée. Nous avons revu notre organisation pour les grandes tablées et ajouté un serveur le samedi. L'erreur sur l'addition vient de notre serveur Mehdi, qui ne fait jamais attention ; nous lui en avons parlé sévèrement. Chaleureusement, l'équipe du Bouchon.",
            "desole c est la stagiaire qui a mal note la commande, elle est nulle en informatique",
            "Désolé pour ton char, c'est Steve au garage qui a oublié de resserrer la roue, y'est pas fiable pantoute.",
        ],
    },
    "excessive_justification": {
        "en": [
            "We'd like to explain. Two staff were off sick, the delivery was late, the oven had been playing up all week, the school holidays had just started and there was a big match on the telly. On top of that, you arrived at our busiest time without booking, so the wait was really out of our hands.",
            "Thanks for your review, Marcus. We understand your frustration about the delay with the kitchen fitting. To give some context: our supplier missed two deliveries, the worktops arrived in the wrong size, the weather stopped the skip being collected, our electrician had a family emergency, the council changed the parking rules on your street, and the plans we were given were not final. Honestly, given all that and the changes you kept requesting, we did remarkably well to finish at all.",
            "look it wasnt our fault ok, power cut + 2 ppl sick + supplier late + huge party + card machine broke, what were we meant to do??",
            "For the avoidance of doubt: the heating was scheduled for maintenance, the contractor was delayed by snow, the replacement part was back-ordered, reception was short-staffed owing to a flu outbreak, and our booking terms state that amenities may vary. We therefore consider that no part of this is attributable to the hotel.",
            "Ah now, in fairness, the chef was out, the fryer was on the blink, the dishwasher flooded, the lad on deliveries got a flat and there was a hen party of thirty in. Sure what did you expect on a Saturday?",
        ],
        "fr": [
            "Nous tenons à préciser : deux serveurs étaient malades, le livreur avait deux heures de retard, le four est tombé en panne, il y avait un match à la télé et la salle était complète. Vous comprendrez que l'attente ne dépendait pas de nous, d'autant que vous étiez arrivés sans réserver.",
            "Bonjour Arnaud, merci pour votre avis. Nous comprenons votre agacement concernant le retard du chantier. Pour être transparents : notre fournisseur de carrelage a livré avec trois semaines de retard, la pluie a bloqué les travaux, notre plombier s'est blessé, la mairie a tardé à délivrer l'autorisation et les plans initiaux étaient incomplets. Sans compter vos nombreuses demandes de modification : franchement, nous avons fait le maximum, et bien plus que la plupart ne l'auraient fait.",
            "c etait pas notre faute : panne de courant, 2 malades, fournisseur en retard, grosse reservation et machine a cafe cassee. on pouvait pas faire mieux",
            "Il faut savoir qu'il y avait la grève des trains, la pluie, notre friteuse en panne, la moitié de l'équipe à la côte et un groupe de septante personnes. Alors un peu d'indulgence, hein, tout ça ce n'est vraiment pas de notre faute.",
            "Pour votre information : l'ascenseur était en révision, l'entreprise mandatée a été retardée par la neige, la pièce de rechange était en rupture, la réception était en sous-effectif et nos conditions générales précisent que les prestations peuvent varier. Aucune responsabilité ne saurait donc être imputée à notre établissement.",
        ],
    },
    "categorical_denial": {
        "en": [
            "We have checked and this simply did not happen, case closed.",
            "There was no hair in your food. Our kitchen is spotless and this story is not true.",
            "Thank you for taking the time to write; we're always glad to hear from our guests. We've looked into your visit with the whole team and reviewed our records carefully. We can state with complete certainty that nobody at this restaurant was ever rude to you, and we will not be discussing it further. We hope you find somewhere more to your taste. Kind regards, The Old Mill.",
            "nope. never happened. we dont overcharge, end of.",
            "Our technicians do not make mistakes of this kind. The installation was done correctly and we consider this matter closed.",
        ],
        "fr": [
            "Nous avons vérifié : cela ne s'est tout simplement pas produit. Affaire classée.",
            "Il n'y a jamais eu de cafard dans notre établissement. C'est faux, point final.",
            "Bonjour et merci d'avoir pris le temps d'écrire. Nous avons étudié votre message avec toute l'équipe et consulté nos registres. Nous pouvons affirmer avec certitude que personne dans notre hôtel ne vous a parlé sur ce ton : cela n'est jamais arrivé et n'arrivera jamais. Nous ne reviendrons pas sur ce sujet. Cordialement, la direction.",
            "non, c est faux. on ne se trompe jamais sur les additions, fin de la discussion",
            "Ça s'est jamais passé, OK? Nos mécanos font pas d'erreurs de même, c'est réglé.",
        ],
    },
}

BLIND13_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much, Nadia! We're delighted you loved the lemon tart, and Chef Owen will be thrilled to hear it.",
        "Thanks for your patience on Saturday. We'd never blame our team for a system failure: the card reader went down, and we've since installed a backup terminal so it won't hold anyone up again.",
        "Thank you for raising this. Our solicitor-reviewed terms are online under 'Booking conditions', and we've added a plain-English summary at the top so the deposit rules are clear before you pay.",
        "We're sorry about the faulty kettle. Your refund was processed today, and the reference is on your receipt. If it doesn't appear within five working days, email us at help@brightbrew.co.uk.",
        "We're so sorry your bike was taken from outside the shop. At your request, we checked our CCTV with the police this morning and gave them the footage; we really hope it helps. We've also put in a covered rack with lockable stands. Call us on 0161 496 0752 if there's anything more we can do.",
        "Thanks for joining our loyalty club! It's free for anyone who signs up at the counter: every sixth car wash is on us, no review needed.",
        "Thanks for the honest feedback. We see the timeline a little differently, as our tracking shows the order left the warehouse on the Tuesday, but we understand how frustrating the wait was and we've switched to a faster courier for your area.",
        "Sorry about the lunchtime queue. We've added a second till and online pre-ordering so you can skip the line next time. Any other thoughts? Drop us a line at hello@greenbowl.com.",
        "Huge thanks, and a shout-out to Aoife, who guests keep telling us makes the best hot chocolate in Galway. She's blushing.",
        "Fair cop: our sign is so small even the postman gets lost. A bigger one goes up next week!",
        "Thanks a million for the kind words. Delighted the lads got your boiler sorted before the cold snap.",
        "Thank you for your review. We're sorry the pasta was overcooked; the kitchen has changed its timing for that dish. Our manager, Luca, would be glad to hear more on 020 7946 0958.",
        "We appreciate the feedback about parking. The car park next door is run by the council, so the fee isn't ours to set, but we now refund two hours of parking with any meal over £20.",
        "Sorry the gym felt packed at 6pm. We've extended our opening hours to 11pm and added live occupancy to the app so you can pick a quieter time.",
        "You made our week! Thanks for bringing your grandparents along, and we hope to see all of you for the Christmas menu.",
        "Thanks for the four stars, Tom! We're working on the missing one: a quieter extractor fan arrives next month.",
        "We're really sorry the driver left your parcel in the rain. We've raised it with our courier and added safe-place instructions at checkout. Please email care@homeandhearth.com and we'll replace anything that was damaged.",
        "Thanks for spotting the typo on our menu. It's 'crispy duck', not 'crispy duke'. No aristocrats were harmed.",
        "Thanks for your review. We don't agree the repair was unnecessary, as the brake pads were down to 2mm, but we understand it was an unwelcome bill. We're happy to show you the old parts; just call the garage on 03 9555 0147.",
        "We hear you, and we're sorry. Twenty minutes for a coffee isn't good enough. We've changed the rota so there are two baristas on from 8 to 10am.",
        "Thanks, Sinead! Yes, we're the only chipper in the county doing gluten-free batter every day, and proud of it.",
        "Thanks for the review. To clarify, tap water is always free here; the £2 on your bill was the sparkling water ordered for the table. We've reworded the menu so the difference is clearer.",
        "Thanks for the five stars! A little something for everyone this December: a free mince pie with every coffee, all month long.",
        "Sorry your room wasn't ready when you arrived. We now text guests as soon as their room is cleaned, and reception can store luggage any time. You can reach us at stay@harbourlights.com.au.",
        "What a lovely review, thank you. Marta and Jin were so pleased to read it, and they say Pepper is welcome back any time for a biscuit.",
        "Thank you for your patience while our website was down. That was a fault with our hosting, and we've moved to a more reliable provider.",
        "We're sorry the vegan choice was so limited. Our chef is adding two new plant-based mains this month, and we'd love to know what you think when you next come in.",
        "Thanks for the feedback on our opening hours. We're now open until 8pm on Thursdays for anyone who can't make it before work ends.",
        "Appreciate you! Best of luck with the new puppy, and remember the first nail trim is free for every new client.",
        "Thank you for the review. We respectfully disagree that the ticket price was hidden, as it's shown on the first booking screen, but several people have said the same, so we're making it larger.",
        "We're sorry your hire car had a warning light on. That should have been caught at inspection. We've added a dashboard check to our handover list, and our branch manager, Gemma, would be glad to talk it through on 0117 496 0823.",
        "Thank you! We take our cheese scones very seriously. Possibly too seriously. Our accountant certainly thinks so.",
        "Sorry we couldn't fit you in on Saturday. We now keep two walk-in slots free every morning, and you can book online at any hour.",
        "Thanks for your thoughtful review. We checked our records for the day you mention and couldn't find the issue, but that doesn't mean it didn't happen, and we'd really like to understand. Could you email us at owner@maplecafe.ca?",
        "Thank you for choosing us for your wedding flowers! Seeing the photos made the whole studio tear up.",
        "Thanks for letting us know about the cracked tile in the shower. It was replaced the same afternoon.",
        "We're sorry the renovation noise disturbed your stay. Work now stops at 5pm, and every affected guest is offered a free late checkout.",
        "Yep, the hill up to our café is brutal, we know. Consider the cake your reward for the climb!",
        "Thank you for the honest feedback. We're sorry the lesson felt rushed. Our instructors now have ten minutes between classes, and Ben would be glad to run a catch-up session with you; just ask at the front desk.",
        "Cheers for the shout-out, legend! See you at quiz night on Thursday.",
    ],
    "fr": [
        "Merci beaucoup Inès ! Ravis que la tarte au citron vous ait plu : Antoine, notre pâtissier, est aux anges.",
        "Merci pour votre patience samedi. Nous ne reprocherions jamais à notre équipe une panne informatique : le terminal de paiement a lâché, et nous avons depuis installé un second terminal de secours.",
        "Bonjour, nos conditions générales, relues par notre avocate, sont en ligne dans la rubrique « Réservations ». Nous y avons ajouté un résumé simple pour que les règles d'acompte soient claires avant le paiement.",
        "Toutes nos excuses pour la bouilloire défectueuse. Votre remboursement a été effectué aujourd'hui, et la référence figure sur votre ticket de caisse. Pour toute question : sav@maisonclaire.fr.",
        "Nous sommes vraiment désolés pour le vol de votre vélo devant la boutique. À votre demande, nous avons visionné la vidéosurveillance avec la police ce matin et leur avons remis l'enregistrement ; nous espérons que cela aidera. Nous avons aussi installé un abri à vélos fermé. Appelez-nous au 04 72 00 31 85 si nous pouvons faire autre chose.",
        "Merci de votre fidélité ! Notre carte de fidélité est gratuite et ouverte à tous : le sixième lavage est offert, que vous laissiez un avis ou non.",
        "Merci pour votre retour. Nous voyons le délai un peu différemment, le suivi indiquant un départ de l'entrepôt le mardi, mais nous comprenons que l'attente ait été pénible et avons choisi un transporteur plus rapide pour votre région.",
        "Désolés pour la file d'attente à midi. Nous avons ouvert une deuxième caisse et la commande en ligne pour éviter la queue. Une idée ? Écrivez-nous à bonjour@lebolvert.fr.",
        "Un immense merci, et bravo à Élodie, dont le chocolat chaud fait l'unanimité depuis l'ouverture. Elle rougit.",
        "Touché : notre enseigne est si petite que même le facteur se perd. Une plus grande arrive la semaine prochaine !",
        "Merci mille fois pour ce message, ça fait chaud au cœur. Contents que la chaudière ait été réparée avant les grands froids.",
        "Merci pour votre avis. Nous sommes désolés que les pâtes aient été trop cuites ; la cuisine a revu le temps de cuisson de ce plat. Notre responsable, Luca, est joignable au 01 42 00 58 96 si vous souhaitez en parler.",
        "Merci pour votre remarque sur le stationnement. Le parking voisin est municipal et ses tarifs ne dépendent pas de nous, mais nous remboursons désormais deux heures de parking pour tout repas de plus de 20 €.",
        "Désolés que la salle ait été bondée à 18 h. Nous ouvrons désormais jusqu'à 23 h, et l'appli affiche la fréquentation en direct pour choisir un créneau plus calme.",
        "Merci pour ce chouette avis ! On est ravis que les boulets à la liégeoise vous aient plu. À bientôt, une fois !",
        "Merci pour vos quatre étoiles ! Nous travaillons sur la cinquième : une hotte plus silencieuse sera posée le mois prochain. Belle fin de semaine et à bientôt à Lausanne.",
        "Nous sommes désolés que le livreur ait laissé votre colis sous la pluie. Nous avons ajouté un champ « lieu de dépôt » à la commande. Écrivez-nous à service@maisonduhamac.fr et nous remplacerons les articles abîmés.",
        "Merci d'avoir repéré la coquille sur la carte : c'est bien « magret de canard » et non « maigret de canard ». Aucun commissaire n'a été blessé.",
        "Merci pour votre avis. Nous ne pensons pas que la réparation était inutile, les plaquettes de frein étant à 2 mm, mais nous comprenons que la facture ait été une mauvaise surprise. Nous pouvons vous montrer les pièces usagées : appelez le garage au 02 99 00 14 72.",
        "On vous entend, et on est désolés. Vingt minutes pour un café, ce n'est pas acceptable. Nous avons revu le planning pour avoir deux baristas de 8 h à 10 h.",
        "Merci ben gros, Marie-Ève! Oui, on est la seule cabane du coin qui fait de la tire sur la neige toute l'année, pis on en est fiers.",
        "Merci pour votre retour. Pour préciser, la carafe d'eau est toujours gratuite chez nous : les 3 € sur l'addition correspondaient à l'eau pétillante commandée pour la table. Nous avons rendu la carte plus claire à ce sujet.",
        "Merci pour les cinq étoiles ! Un petit quelque chose pour tout le monde en décembre : un chocolat offert avec chaque café, tout le mois.",
        "Désolés que votre chambre n'ait pas été prête à votre arrivée. Nous envoyons désormais un SMS dès qu'elle est prête, et la réception garde les bagages à toute heure. Contact : sejour@hotelduport.fr.",
        "Quel joli message, merci. Inès et Malik étaient ravis de le lire, et Praline est la bienvenue quand elle veut pour sa friandise.",
        "Merci pour votre patience pendant la panne de notre site. Le problème venait de notre hébergeur, et nous en avons changé pour un service plus fiable.",
        "Désolés que le choix végétarien ait été si limité. Notre cheffe ajoute deux plats végétaux ce mois-ci, et nous serions heureux que vous nous disiez ce que vous en pensez lors de votre prochaine visite.",
        "Merci pour votre remarque sur nos horaires. Nous sommes désormais ouverts jusqu'à 20 h le jeudi pour tous ceux qui finissent tard.",
        "Merci à vous ! Bonne chance avec le nouveau chiot, et n'oubliez pas : la première coupe de griffes est offerte à tous les nouveaux clients.",
        "Merci pour votre avis. Nous ne pensons pas que le prix était caché, puisqu'il apparaît dès le premier écran de réservation, mais plusieurs clients nous l'ont signalé : nous allons donc l'afficher en plus gros.",
        "Désolés que votre voiture de location ait affiché un voyant d'alerte. Cela aurait dû être repéré au contrôle. Nous avons ajouté une vérification du tableau de bord à la remise des clés, et Gemma, notre responsable d'agence, peut en parler avec vous au 05 61 00 77 23.",
        "Merci ! On prend nos gougères très au sérieux. Peut-être trop. Notre comptable en est persuadé.",
        "merci pour le message et desole qu on n ait pas pu vous prendre samedi, on garde maintenant deux creneaux sans rdv chaque matin",
        "Merci pour votre retour détaillé. Nous avons consulté nos registres pour le jour mentionné sans trouver trace du problème, mais cela ne veut pas dire qu'il n'a pas eu lieu, et nous aimerions vraiment comprendre. Pourriez-vous nous écrire à direction@cafedelaplace.fr ?",
        "Merci de nous avoir confié les fleurs de votre mariage ! Voir les photos a ému tout l'atelier.",
        "Merci de nous avoir signalé le carrelage fissuré dans la douche, il a été remplacé le jour même. Au plaisir de vous revoir à Fribourg.",
        "Désolés que le bruit des travaux ait gêné votre séjour. Le chantier s'arrête maintenant à 17 h, et nous proposons à tous les clients concernés un départ tardif gratuit.",
        "Oui, la côte pour monter jusqu'au salon de thé est raide, on sait. Voyez le gâteau comme une récompense pour l'effort !",
        "Merci pour ton beau commentaire! Jessica pis Olivier ont ben aimé t'avoir au cours de yoga. À la semaine prochaine!",
        "Désolés pour l'attente de septante minutes, ce n'est pas normal. Nous avons engagé une personne en plus le week-end. Vous pouvez nous joindre au 02 511 00 42 pour en parler.",
    ],
}
