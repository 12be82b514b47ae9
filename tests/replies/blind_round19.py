"""Blind reply set, round 19: owner replies the pre-post check has never seen.

Who and when: written by helper 18b19, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 17" of the brief).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses of kinds no earlier writer used (fishmongers, chocolatiers,
tailors, shoe repairers, jewellers, watchmakers, beauty institutes,
osteopaths, speech therapists, tutoring centres, swimming pools, trampoline
parks, paintball, golf clubs, sailing schools, surf shops, hostels, B&Bs,
farm shops, breweries, distilleries, vineyards, second-hand shops,
electricians, roofers, cleaning firms, window cleaners, pest control,
self-storage, parcel lockers, bubble-tea shops, crêperies, pizza vans,
pottery studios, art galleries, theatres, concert venues, translation
agencies...).  Each French reply was written directly in French, not
translated.  Apart from the first seventy-five lines of the round 16 file,
read only to copy its format, the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: French from Rennes, Grenoble, Perpignan, Metz, Limoges,
La Rochelle, Ajaccio, Guadeloupe, Lausanne, Namur, Saguenay (Quebec),
Cameroon, Madagascar and Morocco, texting, unaccented French and very formal
administrative French; English from Newcastle, Bristol, Aberdeen, Cork,
Belfast, Cardiff, Brisbane, Adelaide, Wellington, Accra, Kampala, Karachi,
Kuala Lumpur, Georgia (US), Chicago and anglophone Montreal, texting with
emoji and very formal corporate English; indirect phrasings and euphemisms;
short one-liners; and, for every code and language, one long warm reply (the
first of each list) whose fault sits in a single clause.  Good replies
include look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail or address,
staff and apprentices praised by first name, a refund already made, one
honest reason given with an apology, legal terms, insurance, the police or
CCTV mentioned neutrally, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
thanks to happy customers, an invitation to call or e-mail, an apology for a
named employee's mistake taken on by the business, congratulations on an
event, and event photos shared with consent.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND19_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming down to the stall on Saturday and for the lovely words about the hake and the dressed crab. We've been on this quay for three generations and it means the world when someone notices that everything on the slab came in on the morning boats. Your tip about keeping the lemons by the till was a good one, and we've already done it. If you could see your way to nudging this up to five stars, there'll be a pound of prawns waiting for you with your name on it. Enjoy the rest of the winter and mind how you go on the cobbles!",
            "Cheers pet 😘 change it to 5⭐ and ur next bubble tea is on us, just show the screenshot at the till",
            "We note your comments regarding the alteration. Clients who are in a position to reconsider their published assessment are entitled to a complimentary pressing of their next garment.",
            "Sorry it didn't go to plan on the greens. Tell you what, knock the one-star thing off the page and your next round's on the house, no questions asked.",
            "Hey y'all, quick one: anybody who updates their rating on here gets a free jump hour for the kiddos 🎉 just DM us the new review!",
        ],
        "fr": [
            "Bonjour et un immense merci pour votre passage à la chocolaterie avant les fêtes ! Toute l'équipe a été très touchée par vos mots sur nos pralinés au sarrasin et sur l'accueil de la boutique, qui est petite mais que nous aimons faire vivre. Nous avons bien noté votre remarque sur l'emballage des ballotins et nous testons déjà une nouvelle boîte plus solide pour les envois. Si le cœur vous en dit de passer votre note à cinq étoiles, un ballotin de 250 g vous attendra en boutique. Nous vous souhaitons de très belles fêtes et à bientôt rue de la Soif !",
            "wesh merci pr l avis 🙏 si tu mets 5 etoiles t as une galette complete offerte la prochaine fois, montre juste ton tel",
            "Nous vous informons qu'une gratification sous forme de bon d'achat pourra vous être attribuée sous réserve de la modification de l'appréciation publiée ci-dessus.",
            "Bon, on efface tout et on recommence ? Tu enlèves ton commentaire et la prochaine partie de paintball est pour nous, avec les billes en plus.",
            "Merci hein. Pour les clients qui reviennent sur leur avis, on fait un petit geste sur la prochaine degustation, vous voyez l'idee.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks very much for staying with us at the hostel over the festival weekend, and for the kind words about the rooftop kitchen and the breakfast pancakes. We're a small team and the volunteers were chuffed to hear you enjoyed the pub quiz on the Friday night. We've taken your point about the lockers on board and new padlocks are on order. Bear in mind, though, that we've got you on the CCTV in the common room, and if this review stays up we'll be handing that footage to anyone who wants to see it. Safe travels and all the best for the rest of your trip.",
            "Please be advised that our legal department has been instructed to review this post for defamatory content and to initiate proceedings where appropriate.",
            "Funny, we did the wiring at your place so we know exactly where you are. I'd think twice, mate.",
            "u might wanna take this down b4 our lawyer sees it 👀 just sayin",
            "Georgia is a small world, friend. Folks around here talk, and a lot of them play golf with your boss.",
        ],
        "fr": [
            "Bonjour, merci d'avoir choisi notre cave pour votre séminaire d'entreprise et d'avoir pris le temps de laisser ce retour détaillé. Nous sommes ravis que la visite des chais et la dégustation des cuvées de Collioure aient plu à votre groupe, et notre maître de chai a beaucoup apprécié vos questions sur l'élevage en fût. Nous avons noté votre remarque sur le temps d'attente au déjeuner. Nous vous signalons cependant que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas retiré sous huit jours. Au plaisir de vous revoir dans le Roussillon.",
            "On sait où vous garez votre voiture le soir, vous savez. Réfléchissez bien avant d'écrire ce genre de chose.",
            "Ti madanm, fais attention à ce que tu écris, hein. Ici tout le monde se connaît et on pourrait raconter des choses sur toi aussi.",
            "Le présent avis a été transmis à notre service contentieux aux fins de poursuites. Nous vous invitons à en tirer les conséquences qui s'imposent.",
            "retire ton avis avant lundi sinon on balance les photos de ta soiree au bar du festival sur notre page, t es prevenu",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there, and thank you for bringing your grandfather's pocket watch to us for its overhaul. It's a beautiful piece, a 1920s Waltham, and our watchmaker genuinely enjoyed the work of cleaning the movement and fitting a new mainspring. We're sorry the job took longer than the three weeks we quoted; parts for these older calibres can be slow to come from the States. We can see from job ticket WR-20461, collected by you, Mr Declan Rooney, on the 14th of November, that the balance staff was also replaced at no extra charge. We hope it keeps ticking for another hundred years.",
            "Hi Shanelle, we rang you on 0412 887 305 three times about the trampoline booking and got no answer, so we're not sure what else we could have done.",
            "Your card ending 4471 was charged the correct amount for the storage unit, as per the invoice we emailed to priya.k88@gmail.com.",
            "Dear Mr Osei, we have checked: you collected your parcel from locker 12 at our Ring Road site at 18:42 on Tuesday, and the package was intact.",
            "lol we saw ur silver golf with reg WK19 FHD parked in the disabled bay all day so 🤷",
        ],
        "fr": [
            "Bonjour et merci pour ce long message après votre séjour dans notre maison d'hôtes. Nous sommes heureux que la chambre bleue, le jardin et les confitures maison vous aient plu, et nos poules aussi, puisque vous avez eu la gentillesse de leur rapporter les épluchures ! Nous avons pris note de votre remarque sur l'eau chaude du matin et le chauffe-eau a été remplacé la semaine dernière. Pour rappel, votre réservation n° 4827 au nom de Mme Sandrine Lefèvre, du 3 au 6 octobre, comprenait bien les petits déjeuners. Au plaisir de vous accueillir à nouveau près de Metz.",
            "Monsieur Rakotobe, votre numéro 034 12 456 78 a bien été appelé à deux reprises le 12 novembre, sans réponse de votre part.",
            "Bjr Karim, ton colis est tjs dans le casier 7 au 14 bd Mohammed V, code 5521, viens le chercher stp 🙂",
            "Nous avons retrouvé votre dossier : séance d'ostéopathie du jeudi 9 à 17 h, réglée par chèque n° 0045128 de la Banque Populaire.",
            "Madame Tremblay de la rue Racine, on a bien nettoyé vos fenêtres le 2, on a même des photos de votre salon.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for taking the time to write such a detailed review of your stay at our vineyard cottage. We're delighted you enjoyed the sunset over the Barossa, the cellar door tasting and the cheese platter, and our winemaker was chuffed you loved the old-vine grenache. We have noted your comments about the wifi and a new router is already on its way. That said, it's pretty obvious you were angling for a free night from the moment you arrived, and we don't reward that sort of behaviour. We wish you all the best for your future travels.",
            "Ah here, this is a made-up story, boy. Nobody at our pool ever said that to you and you know it.",
            "Some customers seem to think a one-star review is a coupon. It isn't.",
            "Mate, you were rude, you were drunk and you're a liar. Don't come back to the brewery.",
            "It appears the complainant's account has been constructed with the sole aim of obtaining a refund to which they were not entitled.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir fait appel à notre agence pour la traduction de vos documents administratifs. Nous sommes heureux que l'acte de naissance et le diplôme aient été acceptés sans difficulté par la préfecture, et notre traductrice a été touchée par vos remerciements. Nous avons pris note de votre remarque sur le délai de livraison, qui a effectivement dépassé d'une journée ce qui était prévu. Mais soyons honnêtes : vous cherchiez surtout à ne pas payer la majoration d'urgence, et ce n'est pas très correct. Nous restons à votre disposition pour vos prochaines démarches.",
            "Menteur. Tu n'as jamais mis les pieds dans notre atelier de poterie.",
            "Certains clients pensent qu'en criant fort ils auront leurs chaussures ressemelées gratuitement. Ce n'est pas comme ça que ça marche chez nous.",
            "franchement t es de mauvaise foi, tu savais tres bien que la crepe etait au sarrasin, arrete de raconter n importe quoi",
            "Il est regrettable que vous ayez choisi de travestir la réalité. Votre récit est tout simplement mensonger.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hello, and thanks for coming to the Thursday night show and for your kind words about the cast and the new seating in the stalls. Our front-of-house team work incredibly hard on opening week and it's lovely to hear that the interval ice creams and the programme notes went down well. We've passed your comments about the sound in the back row to our technical manager, who is looking into it. And congratulations on being the first person in forty years to find Shakespeare too long, truly a groundbreaking piece of criticism. We hope to see you again next season.",
            "Oh no, a surf shop that sells surfboards instead of refunding them after a month of use. What a scandal. 🙄",
            "Wow, two stars because the chocolate was too chocolatey. We'll get right on that.",
            "Sorry our roof didn't also fix your marriage, we'll add it to the quote next time 😂",
            "Thank you for your invaluable expertise in bagpipe acoustics. We shall inform the band immediately.",
        ],
        "fr": [
            "Bonjour et merci beaucoup d'être venu à la soirée de clôture du festival, et pour vos mots sur la programmation et le nouvel éclairage de la salle. Nos bénévoles ont travaillé d'arrache-pied et nous sommes heureux que le bar et le vestiaire aient tourné sans accroc cette année. Nous transmettons votre remarque sur les files d'attente à la sortie à l'équipe technique. Et bravo d'avoir découvert qu'un concert de rock peut être bruyant, c'est une vraie révélation qui mérite d'être partagée. En espérant vous revoir l'an prochain à Grenoble.",
            "Ah oui, quel drame, un poisson qui sent le poisson. On va appeler la presse.",
            "Merci pour cette analyse d'une finesse rare, on n'aurait jamais cru qu'un piège à souris puisse attraper des souris 🐭😂",
            "Bravo champion, 1 étoile parce qu'il pleuvait à l'école de voile. La prochaine fois on commandera le soleil exprès pour toi.",
            "Nous prenons bonne note de votre surprise de constater qu'un magasin de seconde main vend des objets d'occasion.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for choosing us to clean your new flat before you moved in, and for your lovely words about the kitchen and the bathroom tiles, which had certainly seen better days. We're a small family firm working across Cardiff and Newport, and reviews like yours really do help us grow. We're sorry about the smears on the living-room windows; that was Gareth, who rushed that part of the job and frankly didn't do what he was told. We'd be happy to pop back and sort the windows at a time that suits you. Diolch yn fawr and enjoy the new home!",
            "That was Fiona's shift. She's new and honestly she's been a nightmare, so it's not on us.",
            "The measurements were taken by Bilal, not by me. If your trousers are too short, take it up with him.",
            "chale sorry oo, Kofi forgot to put the bubble tea lids on properly again 🙄 we've told him a hundred times",
            "Regrettably, the instructor on duty, Mr Tan, failed to follow company procedure. Management accepts no responsibility for his conduct.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour détaillé sur votre soin visage à l'institut. Nous sommes très contentes que le modelage et l'ambiance de la cabine vous aient détendue après une longue semaine, et vos compliments sur la tisane à l'accueil ont fait plaisir à toute l'équipe. Nous sommes désolées pour la rougeur apparue le lendemain : c'est Jessica qui a utilisé le mauvais masque, elle n'avait pas lu la fiche, ce n'est pas du tout la faute de l'institut. Nous vous offrons volontiers un rendez-vous pour vérifier que tout va bien. Belle fin de semaine à La Rochelle !",
            "C'est Mathieu qui a posé les tuiles ce jour-là, il travaille comme un pied, on va s'en séparer.",
            "dsl c est Nadia qui etait a la caisse, elle se trompe tout le temps dans les rendus 🤦‍♀️",
            "Le technicien intervenant, M. Ngono, a agi de sa propre initiative et en contradiction avec nos consignes ; la société ne saurait en être tenue responsable.",
            "Pour la bague mal dimensionnée, voyez avec Lucie, c'est elle qui a pris les mesures, pas nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for taking the time to leave a review after your kids' party at the trampoline park, and we're so glad the birthday girl had a brilliant time on the dodgeball court and loved her cake. Our party hosts adore seeing the little ones having fun and it's wonderful to hear the goodie bags were a hit. About the food arriving late: the fryer had been serviced that morning, two of our staff were off with the flu, the supplier delivered the nuggets an hour late, the till system crashed at 2 pm, the car park was full because of the football, a school group had booked the same slot by mistake, and the council had the road dug up outside. We hope to see you again soon!",
            "In our defence: the boat was fine, the wind changed, the forecast was wrong, the harbour master held us up, the previous group came back late, our second dinghy was in for repair, and the insurance rules meant we could not launch earlier. So really there was nothing more we could have done.",
            "Just to explain: power cut, then the van broke down, then the part was wrong, then the wholesaler closed early, then it was a bank holiday, then the customer before you overran, then the rain. We did our best!!",
            "Respectfully, please understand that our pest control technicians are bound by regulations, and that the product requires 14 days, and that the weather was cold, which slows it down, and that the mice may come from your neighbour, and that we had warned you verbally, and that the sealant takes time to set, and that bait stations are sometimes moved by pets, and that our contract clause 7 covers this, and that we are a small team.",
            "ok so the thing is the oven was still warming up + the generator was playing up + it was our first night at this market + the flour delivery was short + the queue was massive + my phone died so card machine was down + one of us had to leave early 😩🍕",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre séjour au gîte, nous sommes ravis que la vue sur le golfe, la piscine et les figues du jardin vous aient plu, et nos enfants ont adoré dessiner avec les vôtres. Pour le ménage à l'arrivée, il faut savoir que la femme de ménage était malade, que le bateau de Marseille avait du retard, que le linge n'était pas revenu de la blanchisserie d'Ajaccio, que la route était coupée pour les travaux, que les précédents locataires sont partis en retard, que l'aspirateur est tombé en panne et que nous étions nous-mêmes au mariage d'un cousin à Corte. Au plaisir de vous revoir l'été prochain.",
            "Pour votre information, le retard s'explique par : la grève des transporteurs, l'inventaire annuel, la mise à jour du logiciel, la fermeture de la rue, l'absence de deux collaborateurs, les intempéries du 14, un changement de fournisseur et des contraintes réglementaires nouvelles.",
            "Alors voilà, la pompe était en panne, le chlore est arrivé en retard, le maître-nageur était en formation, la mairie a changé les horaires, la chaudière a lâché, il y avait un tournoi de water-polo et en plus le parking était plein. Donc bon, on n'y pouvait rien.",
            "ben on s excuse mais bon le camion etait en panne, le livreur est parti sans prevenir, le brasseur nous a livre la mauvaise biere, le frigo a lache, y avait le match, et nous on etait que deux 😫 donc voila quoi",
            "Nous tenons à préciser que notre électricien a dû composer avec un tableau électrique hors norme, une installation datant de 1970, l'absence de plan, un accès difficile aux combles, des gaines non conformes, l'indisponibilité du fournisseur de disjoncteurs, une coupure Enedis imprévue et une météo défavorable, autant d'éléments indépendants de notre volonté qui expliquent la durée du chantier.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hello, and thank you for visiting the gallery during the opening of our winter exhibition. We're so pleased you enjoyed the landscape series, the live cello and the mulled wine, and the artist was delighted to hear your thoughts on the harbour paintings. We're a small volunteer-run space in Wellington and every visitor matters to us. As for your claim that a member of staff was rude to you at the door, that simply did not happen. We hope you'll come and see the spring show when it opens.",
            "This never happened. No one has ever been bitten by a bedbug in our hostel.",
            "We categorically deny every allegation in this review. The events described did not take place.",
            "Nope. Didn't happen. Our pizzas are never burnt.",
            "Sir, no such thing happened at our shop yaar, please check again 🙅‍♂️",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à notre ferme-boutique. Nous sommes heureux que vous ayez apprécié nos fromages de chèvre, les œufs du jour et le jus de pomme pressé sur place, et nos enfants ont été ravis que les vôtres donnent à manger aux lapins. Nous faisons tout nous-mêmes, de la traite à la vente, et vos compliments nous donnent du courage pour l'hiver. Quant aux yaourts périmés dont vous parlez, cela n'est jamais arrivé et ne peut pas arriver chez nous. À bientôt dans le Limousin.",
            "C'est faux. Il n'y a jamais eu de cafards dans notre garde-meubles.",
            "Nous contestons formellement l'intégralité des faits allégués, qui ne correspondent à aucune réalité.",
            "Ah non, pas chez nous. Aucune montre n'est jamais ressortie de notre atelier rayée, point.",
            "n importe quoi, y a jamais eu de probleme avec nos casiers, jamais 🙄",
        ],
    },
}

BLIND19_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the lovely review! We're thrilled the smoked haddock made your Sunday, and we'll have more in on Friday.",
        "Cheers for this, pet. Chuffed to bits you liked the new shoe soles. See you next time you're down the Bigg Market.",
        "Thank you for your feedback. We're sorry the tailoring took longer than promised; a supplier delay on the lining fabric held us up, and we should have called you to let you know. We've refunded the express fee to your card.",
        "We're sorry the pool was closed when you arrived. The maintenance notice should have been on our website and it wasn't, which is our fault. Please call us on 0117 496 0321 and we'll sort out a free session.",
        "Thank you for your review. Our loyalty card gives every customer a free coffee after nine visits, so do grab one next time at the counter.",
        "Massive thanks to everyone who came to the brewery's tenth birthday! Photos from the night are now up on our Facebook page, shared with the permission of everyone pictured. 🍻",
        "We're sorry to read this. We see things a little differently: our records show the unit was booked for the 1st, not the 3rd. That said, we'd really like to understand what went wrong, so please email us at hello@keepsafe-storage.co.uk.",
        "Dead on, thanks a million for the kind words about Aoife! She'll be delighted. We'll make sure she sees this.",
        "We're sorry the necklace clasp failed so soon. That's not the standard we aim for. The repair has been done free of charge and your parcel was posted this morning.",
        "Ah, thank you! Our pizza van is held together with duct tape and love, so a five-star review genuinely keeps the wheels on. 😄",
        "Thank you for your honest review. You're right that Connor gave you the wrong tee time, and that's our responsibility as a club, not his. We've changed how we confirm bookings so it doesn't happen again, and we'd love to have you back as our guest.",
        "Congratulations on your engagement! It was an honour to make the ring, and we hope you have a wonderful wedding next summer.",
        "We're sorry you were disappointed with the wait at the cellar door. We had a coach party arrive unannounced and we didn't handle it well. Please give us another go.",
        "Thanks for the three stars and for the fair comments. We'll work on the changing rooms over the winter.",
        "Dear valued customer, thank you for your correspondence. Please be assured that we have taken note of your concerns and that our quality team will contact you should you wish to discuss them further at customerservice@lockerpoint.com.",
        "Our CCTV covers the car park for everyone's safety, and we've checked it following your comment: unfortunately it doesn't show the area where your bike was parked. We're sorry, and we've reported the theft to the police on our side too.",
        "Brilliant to hear the kids had a ball! Thanks for choosing us for the party, and happy birthday to the wee man.",
        "Thank you for the kind words about our apprentice, Mia. She's only three months in and already doing beautiful pleats. We'll pass this on!",
        "Thank you for flagging the damp patch. Our roofers have inspected it and it's covered by our ten-year workmanship guarantee, so we'll be back on Tuesday to put it right at no cost to you.",
        "Sorry you didn't enjoy the play. Comedy is a matter of taste and we respect that. We hope something in our spring season is more your cup of tea.",
        "Thank you so much, we are very grateful! We're so glad the house looked spotless for your parents' visit, you are most welcome back anytime. 😊",
        "We're sorry the window cleaning was missed last month. Our round was cut short by the storm, and we should have texted to reschedule. There's no charge for that visit.",
        "Good on ya for giving surfing a go at sixty! Loved having you in the lesson and hope you're back out there soon. 🏄",
        "Thank you for your feedback on the translation. We've reviewed the document and respectfully believe the terminology used is standard for legal French, but we'd be glad to go through it with you. Please ring us on 020 7946 0855.",
        "Our referral scheme is open to all customers: introduce a friend and you both get 10% off your next treatment. Thanks again for visiting!",
        "Apologies for the mix-up with your parcel locker code. A software update caused the problem on Tuesday and it's now fixed. We've credited your account with the delivery fee.",
        "Thanks for the 4 stars, much appreciated! Glad the pottery class was a good laugh even if the bowl came out a bit wonky. Ours did too at first. See you on the Plateau!",
        "Thank you for coming to the gig and for the kind words. Shout out to our sound engineer Tomás for a great night's work.",
        "We're genuinely sorry your cat reacted to the treatment. Our technician followed the product's safety guidance, but we understand how worrying it was. Please call our office on 08 1234 5678 and we'll talk through the next steps together.",
        "As per our terms, deposits are refundable up to 48 hours before the session. We understand that's frustrating when plans change, and we'd be happy to move your booking to another date instead.",
        "Thanks ah, so happy the taro milk tea hit the spot lah 🙌 see you again!",
        "Thank you for your kind review of our B&B. Margaret and I loved having you, and the dog is still looking for you at breakfast.",
        "We're sorry the hostel was noisy on Saturday. There was a large group in and we should have done more to keep the common room quiet after 11. Thanks for letting us know.",
        "Thank you for the lovely feedback on our whisky tour! Special thanks to Callum, whose first solo tour it was. He did us proud.",
        "We appreciate you taking the time to share this. We disagree that the repair was unnecessary, as the heel was split through, but we're sorry it wasn't explained better at the counter. Our door is always open.",
        "Well, we can't argue with 'best chocolate in Chicago', so we won't! Thank you so much.",
        "Congratulations to your daughter on passing her maths exam! Our tutors were so happy to hear the news.",
        "Thank you for your review. Our electricians carry full public liability insurance and all work is certified. If you have any concerns about the installation, please contact us at 03 9123 4567 and we'll send someone out.",
        "Sorry about the long queue at the crêpe stand. We had one griddle down on Saturday and it slowed everything. Your next one's on us when you come back, whatever you decide to write.",
        "Many thanks for choosing our sailing school. We were all delighted to see you earn your Competent Crew certificate. Fair winds!",
    ],
    "fr": [
        "Merci beaucoup pour ce joli message ! On est ravis que les huîtres de Cancale vous aient plu, à samedi au marché des Lices.",
        "Merci pour votre retour. Vous avez raison, l'attente était trop longue ce samedi : nous étions en sous-effectif et nous aurions dû vous prévenir. Nous vous présentons nos excuses.",
        "Bonjour, nous sommes désolés pour la retouche de votre veste. Nous vous avons remboursé intégralement hier et nous restons à votre disposition si vous souhaitez la refaire reprendre.",
        "Merci à Léa pour son accueil, et merci à vous de l'avoir souligné ! Elle est ravie.",
        "Notre carte de fidélité est ouverte à tous : la dixième crêpe est offerte. Merci encore pour votre visite et à bientôt !",
        "Pour toute question sur votre commande, n'hésitez pas à nous appeler au 04 76 12 34 56 ou à écrire à contact@chocolaterie-alpes.fr.",
        "Bravo pour votre mariage et merci d'avoir choisi nos alliances ! Tous nos vœux de bonheur.",
        "Merci pour les trois étoiles et pour vos remarques constructives sur les vestiaires. Les travaux sont prévus pour février.",
        "Bonjour, nous ne partageons pas tout à fait votre lecture de la facture : le déplacement était indiqué sur le devis signé. Mais nous comprenons votre surprise et nous serions heureux d'en parler avec vous par téléphone.",
        "Mesdames, Messieurs, nous accusons réception de votre avis et vous remercions de l'attention portée à nos services. Nos équipes restent à votre disposition pour tout complément d'information.",
        "Merci mille fois ! Notre camion à pizza a plus de kilomètres qu'un taxi parisien mais il tient bon grâce à des clients comme vous 😄",
        "Merci pour ce retour honnête. C'est vrai que Théo s'est trompé dans la taille de votre bague, et c'est à nous, la bijouterie, d'en assumer la responsabilité. La mise à taille a été refaite gratuitement.",
        "Nous sommes désolés : la piscine a fermé plus tôt à cause d'une panne de chauffage, et l'information n'a pas été affichée à temps. Vos entrées vous ont été remboursées.",
        "merci bcp 🙏 trop content que le bubble tea mangue t ait plu !",
        "Un grand merci à toute la classe pour la sortie au trampoline park, les enfants étaient adorables. Les photos sont en ligne sur notre page avec l'accord des parents 📸",
        "Merci pour votre avis. Conformément à nos conditions générales, l'acompte n'est pas remboursable à moins de 48 h, mais nous vous proposons volontiers de reporter votre séance.",
        "Bonjour, merci pour votre confiance. Notre apprentie Inès a réalisé votre ressemelage et elle est très fière de votre message !",
        "Désolé pour la dégustation écourtée, un groupe est arrivé sans réservation et nous avons été débordés. Ce n'est pas une excuse, revenez nous voir, on vous accueillera comme il se doit.",
        "Merci pour ce beau retour sur votre séance d'ostéopathie. Prenez soin de vous et n'hésitez pas à nous appeler au 02 99 00 11 22 si la douleur revient.",
        "Nous avons bien reçu votre signalement et les images de vidéosurveillance ont été transmises à la gendarmerie, comme le prévoit la procédure. Nous sommes désolés pour cet incident dans notre parking.",
        "Mèsi anpil pour votre visite à la distillerie ! Ravis que le rhum vieux vous ait plu, à bientôt en Guadeloupe.",
        "Merci ben gros pour ton beau commentaire! On est contents que le déneigement de ton toit se soit bien passé, lâche pas!",
        "Bonjour, merci pour votre retour. Nos techniciens sont assurés et tous nos produits sont homologués. Si vous avez des doutes sur le traitement, écrivez-nous à info@nuisibles-namur.be, nous reviendrons gratuitement contrôler.",
        "Félicitations à votre fils pour son bac ! Toute l'équipe du centre de soutien est fière de lui.",
        "Merci d'être venus au vernissage, et merci pour vos mots sur les aquarelles. L'artiste a été très touchée.",
        "Nous sommes désolés que le ménage n'ait pas été à la hauteur. Une intervenante était absente et nous aurions dû reporter plutôt que d'envoyer une équipe réduite. Nous repassons jeudi sans frais.",
        "Merci ! Petite précision : nos vitres sont propres mais notre site internet l'est moins, la page des tarifs est enfin à jour 😅",
        "Bonsoir et merci pour votre fidélité. Notre programme de parrainage est ouvert à tous nos clients : un ami parrainé, une séance offerte pour chacun.",
        "Merci pour la note de 4 étoiles et pour vos conseils sur la signalétique, vous avez raison, l'entrée du théâtre n'est pas facile à trouver.",
        "Bonjour, nous comprenons votre déception. Nous pensons que la traduction respecte le glossaire fourni, mais nous serions heureux d'en discuter avec vous. Appelez-nous au 021 312 45 67.",
        "Merci beaucoup pour cet avis chaleureux ! Sandrine et Paul vous remercient pour votre gentillesse pendant le stage de voile.",
        "Bonjour, merci pour votre message. Le retard de livraison des meubles chinés est dû à un souci de transporteur, nous nous en excusons. Votre commande est partie ce matin.",
        "Merci du fond du cœur pour cette fête d'anniversaire, c'était un plaisir de vous recevoir à la ferme. Joyeux anniversaire encore à Emma !",
        "Mesdames, Messieurs, nous vous prions de bien vouloir accepter nos excuses pour la gêne occasionnée lors de l'intervention de notre électricien. Le remboursement du déplacement a été effectué ce jour.",
        "Merci beaucoup mon frère pour le concert et pour ton mot, c'était le feu ! On est ensemble, à la prochaine !",
        "Merci pour votre visite au jardin de la brasserie. Bravo à Yanis, notre apprenti brasseur, dont c'était la première bière de saison !",
        "Nous sommes désolés que le paintball ait été annulé. La météo rendait le terrain dangereux, et nous aurions dû vous prévenir plus tôt. Votre réservation est remboursée.",
        "Merci pour votre avis sur notre service de garde-meubles. Vous avez raison sur l'éclairage du couloir, nous l'avons fait changer cette semaine.",
        "Misaotra betsaka pour votre passage à l'atelier ! Nous sommes heureux que la broderie vous ait plu. À bientôt à Tana.",
        "Merci beaucoup pour votre gentil message, c'est toujours un plaisir de vous voir à la poissonnerie. Bonne fin d'année à vous et à votre famille !",
    ],
}
