"""Blind reply set, round 27: owner replies the pre-post check has never seen.

Who and when: written by helper 18b27, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check), blind round 25 of that issue.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business chosen to differ from round 20's (plumbers, nail salons,
escape rooms, pharmacies, removal companies, kebab shops, boutique hotels in
the mountains, yoga studios, second-hand bookshops and electricians).  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 20 file, read only to copy its format,
and the ruff section of pyproject.toml, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: English from New Zealand (Wellington, Auckland,
Queenstown, Dunedin, Christchurch, Hamilton) and Wales (Cardiff, Swansea, the
Valleys, with a little Welsh), US Southern English (Georgia, Tennessee,
Mississippi, Texas), very terse texting, very formal corporate English;
French from Brittany (Rennes, Brest, Quimper, Lorient, with a little Breton),
Toulouse, Alsace (Strasbourg, Colmar, Mulhouse, with a little Alsatian),
Senegal (Dakar, Thiès, with a little Wolof), young urban French (verlan,
abbreviations, slang), texting and formal French; indirect phrasings and
euphemisms; short one-liners; and, for every code and language, one long warm
reply (the first of each list) whose fault sits in a single clause.  Good
replies include look-alikes that are not faults: a loyalty card, referral or
bring-a-friend scheme open to everyone whatever they write, the business's
own phone, e-mail, address or opening hours, staff praised by first name, a
refund already made, one honest reason given with an apology, legal rules,
insurance, the police, CCTV or a report to the council mentioned neutrally or
to help the customer, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
thanks to happy customers, an invitation to call or e-mail, an apology for a
named employee's mistake with the business taking responsibility, short warm
thanks, congratulations, condolences, a safety rule explained kindly, a
price change explained with an apology, an identity check required by law
explained, a privacy rule explained and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND27_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora Sarah, and thanks heaps for taking the time to write this. A burst cylinder at 6am on a Sunday is nobody's idea of a good start to the weekend, so we're really glad Tama got out to you in Karori within the hour and had the hot water back on before the kids woke up. He said your dog was the best-behaved supervisor he's had all year. If you bump this up to the full five stars, we'll knock 20% off your next callout, no worries. Thanks again for supporting a local Wellington business, sweet as!",
            "5 stars = free mani next time 💅 x",
            "Should you feel able to revisit your rating, we would be glad to upgrade your next stay to one of our valley-view suites at no additional cost.",
            "Thank y'all kindly for comin' by the bookshop. Tell you what, you take that two-star review down and your next sack of paperbacks is on the house, hear?",
            "Diolch butt! Leave us a 5 star review and show it on your phone at the counter for a free large doner, tidy 👌",
        ],
        "fr": [
            "Trugarez, Maëlle, pour ce très joli message ! Nous sommes ravis que le stage de yin yoga du week-end vous ait fait autant de bien, et que la séance face à la mer à Saint-Lunaire ait été, selon vos mots, le plus beau moment de votre automne. Gwenola a été très touchée de lire ce que vous avez écrit sur sa façon d'accompagner les débutantes. Si vous passez votre avis à cinq étoiles, on vous offre un cours particulier au studio de Rennes. Au plaisir de vous retrouver sur le tapis, kenavo !",
            "wesh merci frr, mets 5 étoiles et ton prochain grec c cadeau tkt 🥙",
            "Nous vous proposons, en contrepartie d'une révision de votre appréciation, un bon d'achat de 15 euros valable sur l'ensemble de notre rayon parapharmacie.",
            "Merci beaucoup grand frère ! Si tu enlèves ton commentaire là, le prochain déménagement on te fait une bonne remise, inchallah on va s'arranger entre nous.",
            "Merci vielmols pour votre passage ! Un petit 5 étoiles et la prochaine partie est à moitié prix pour toute l'équipe, hopla !",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for getting in touch, Rhys, and for being so patient while we finished the rewire on your terrace in Canton. We know living with floorboards up for a fortnight is no fun, especially with a little one in the house, and we really appreciated the cups of tea. The new consumer unit is fully certified and the paperwork's been sent through. But if you carry on posting about the fuse board on every Cardiff group, our solicitor will be in touch and you'll be hearing from him, not us. Otherwise, thanks again and give us a shout if anything trips.",
            "keep it up n see what happens mate",
            "Ma'am, we know exactly where you live, and folks round here talk. I'd think real hard before writin' another word about my shop.",
            "Please be advised that your comments have been forwarded to our legal counsel and that defamation proceedings will be initiated should they not be withdrawn within seven days.",
            "Funny how people who leave reviews like this never seem to get a booking at any escape room in Dunedin again. Just saying.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire ! On est contents que vous ayez trouvé votre bonheur dans le rayon polars, et que l'édition de poche de Simenon que vous cherchiez depuis des années vous attendait sagement sur l'étagère du fond. La librairie est petite, on sait, mais c'est ce qui fait son charme, non ? Par contre, sachez qu'on a votre visage sur la caméra et qu'on le fera circuler chez tous les bouquinistes de Toulouse si vous continuez à raconter n'importe quoi. Allez, à bientôt entre deux piles de livres !",
            "fais gaffe à toi, on sait qui t'es. reviens pas ici c mieux pour toi",
            "Nous vous informons avoir mandaté notre avocat : une plainte sera déposée à votre encontre si ce commentaire n'est pas supprimé sous 48 heures.",
            "Toi là, on te connaît bien dans le quartier à Grand Yoff. Continue comme ça et tu vas voir ce qui va t'arriver.",
            "Sachez que nous signalerons votre profil à tous les instituts d'ongles de Brest pour que plus personne ne vous prenne en rendez-vous.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Daniel, thank you so much for such a thoughtful review. We're delighted the snow held off long enough for your drive over the Crown Range, and that the fire was already lit when you arrived. It's lovely to hear the lake view from the top floor was everything you'd hoped for your anniversary. We've checked your booking (ref QTN-48213, Mr Daniel Hart, 14 to 16 March, room 7) and the late checkout you asked about was indeed approved. We'd love to welcome you both back to Queenstown for the winter season!",
            "Hi Kevin, rang you on 07700 900412 twice about the rewire, no answer. Pls call back.",
            "We have reviewed the metformin prescription collected on Tuesday the 3rd under the name Mrs J. Pritchard and can confirm it was dispensed correctly.",
            "Hey Darlene, we sure remember y'all! Silver F-150, plate 7XK-219, parked out front Friday night around eleven. Come see us again, hon.",
            "Regarding your move from 14 Ponsonby Road to Mt Eden on 2 October, the card ending 4471 was charged the agreed amount of $1,850.",
        ],
        "fr": [
            "Bonjour et un grand merci pour ce retour plein d'enthousiasme ! Toute l'équipe est ravie que votre groupe ait réussi à s'échapper de la salle du Laboratoire avec quatre minutes d'avance, c'est l'un des meilleurs temps du mois. Nos game masters ont beaucoup ri en vous entendant chanter pendant l'énigme du gramophone. Nous avons bien retrouvé votre réservation n° ESC-20931 au nom de Mme Lucie Meyer pour le samedi 12 octobre à 18 h, et la photo de groupe vous attend. Au plaisir de vous revoir à Strasbourg pour la nouvelle salle !",
            "yo Mehdi on t'a appelé au 06 12 34 56 78 pr ta commande, réponds frérot",
            "Madame Le Goff, votre ordonnance de Lévothyrox du 4 novembre a bien été délivrée conformément à la prescription du Dr Tanguy.",
            "Monsieur Diallo, votre déménagement du 15 rue Carnot vers les Almadies le 3 novembre a bien été payé par Wave depuis le 77 654 32 10.",
            "Bonjour M. Fabre, pour le chantier du 22 allées Jean-Jaurès, le devis n° 2025-118 vous a été renvoyé à l'adresse jfabre31@gmail.com.",
        ],
    },
    "personal_attack": {
        "en": [
            "Hi there, and thanks for trying out our Ponsonby studio. We're really glad you enjoyed the heated vinyasa class on Thursday night and that Aroha's breathing cues helped with your lower back, that's exactly what she loves to hear. We know the changing rooms can get a bit crowded at peak times and we're looking at adding more lockers over summer. Frankly though, we think you're just after a free month and are making the rest of this up. Namaste, and hope to see you on the mat.",
            "nice try, ur not getting a refund, liar",
            "Come off it, you know full well that book wasn't torn when you bought it. Some people will say anything for a freebie, honestly.",
            "Sir, you are about the rudest, most ignorant customer we've had in twenty years of wirin' houses in Tennessee, and that's sayin' something.",
            "It is evident that this review was written in bad faith with the sole objective of obtaining compensation to which you are not entitled.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Nous sommes contentes que la couleur bordeaux que vous aviez choisie pour vos ongles vous ait plu, et que Nolwenn ait pris le temps de vous conseiller sur la forme amande, qui vous va très bien. Le salon était plein ce samedi-là, c'est vrai, et l'attente a été un peu longue avant votre pose. Mais soyons honnêtes, vous cherchiez surtout un prétexte pour ne pas payer votre remplissage. Nous restons disponibles au salon de Brest du mardi au samedi.",
            "t un mytho frère, t'as jamais mangé chez nous 🤡",
            "Vos propos relèvent manifestement de la mauvaise foi la plus totale, ce qui ne nous surprend guère de la part d'une personne de votre genre.",
            "Vous êtes un menteur, tout le quartier sait que vous cherchez toujours à avoir les choses gratuitement.",
            "Franchement, faut être un sacré boulet pour brancher un radiateur sur une multiprise et venir se plaindre après, con.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for coming along to The Lighthouse Keeper, and for bringing such a lively crew! We loved hearing you all shouting across the room, and it's great that the brass telescope puzzle got the big gasp it was designed for. Our game host Mia said you were one of the most enthusiastic groups she's had since we opened in Dunedin. And congratulations on being the first team in history to find a sixty-minute room far too long, truly a record for the ages. Hope to see you back for the new room in autumn!",
            "wow 1 star for a free upgrade. tough crowd 🙄",
            "Well, I'm real sorry our plumber didn't also fix your marriage while he was under that sink, ma'am. We'll add it to the list.",
            "Oh aye, so sorry the nails we did in forty minutes weren't done in ten, we'll get the magic wand out next time, love.",
            "We do apologise that our team were unable to carry an upright piano up four flights of stairs without breathing audibly. We shall train them to levitate.",
        ],
        "fr": [
            "Bonjour et merci d'être passée à la bouquinerie pendant vos vacances à Quimper ! On est ravis que la collection de vieux Tintin vous ait plu et que vous soyez repartie avec le recueil de contes bretons illustré, c'est un de nos coups de cœur. Le chat de la boutique vous passe aussi le bonjour. Et toutes nos excuses que nos livres d'occasion aient l'air, comment dire, d'occasion : on va demander aux imprimeurs d'en refaire des neufs rien que pour vous. Kenavo et à l'année prochaine !",
            "ah ouais 2 étoiles pcq la sauce blanche était trop blanche ? respect le niveau d'analyse 👏😂",
            "Désolés, peuchère, de ne pas avoir pu déplacer les Pyrénées pour que la vue soit plus près de votre balcon.",
            "Pardon hein, on va demander au fournisseur d'ouvrir l'usine la nuit exprès pour Monsieur, puisque Monsieur est pressé.",
            "Nous prenons bonne note que la méditation guidée n'était pas assez silencieuse. Nous demanderons aux oiseaux de la cour de bien vouloir se taire à l'avenir.",
        ],
    },
    "blames_employee": {
        "en": [
            "Hi Kate, thank you for coming to see us in Riccarton and for being such a loyal client over the past two years. We're so pleased you loved the nail art for your sister's wedding, and the photos of the little gold daisies look absolutely gorgeous. We're sorry the gel chipped after just a few days. That was down to Jessica, who rushed your top coat because she wanted to get away early, and she's been told. We'd love to see you again soon for your next fill, and congratulations to your sister!",
            "that was Dylan's job not ours, take it up w him",
            "The booking error was entirely the fault of our receptionist, Megan Price, who failed to record your request for a ground-floor room.",
            "Now that leak, ma'am, that was all on Bobby Ray. Boy couldn't tighten a compression fitting to save his life.",
            "Sorry about the wardrobe, that was our new lad Gethin, clumsy as anything he is. Not the rest of us, mind.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre fidélité, ça fait plaisir de voir les mêmes têtes tous les vendredis soir à Saint-Cyprien ! On est contents que l'assiette mixte avec les frites maison et la sauce harissa vous plaise toujours autant, et que vos enfants aient adoré les durums. Pour la viande trop cuite de la dernière fois, c'est Karim, notre nouveau, qui n'écoute rien quand on lui explique la cuisson. On espère vous revoir vite, et encore merci de votre confiance !",
            "c Yanis qui a merdé sur ta commande pas nous, il est trop à l'ouest ce gars",
            "L'erreur de délivrance incombe exclusivement à notre préparatrice, Mme Schneider, qui n'a pas vérifié l'ordonnance avant de vous remettre le traitement.",
            "C'est Moussa l'apprenti qui a mal branché le disjoncteur, on lui a dit mille fois, il ne comprend rien.",
            "Le maître du jeu de samedi soir, Erwan, a tout simplement oublié de vous donner les indices. C'est à lui qu'il faut vous en prendre, pas à la maison.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Hi Mere, thanks for choosing us for your move from Hamilton East to Cambridge, and we're so glad the team kept your grandmother's china cabinet in one piece and got the beds set up before dark. We're sorry it finished later than planned, but it was the wettest day of the year, two of our trucks were in for their WoF, State Highway 1 was down to one lane, the lift in your old building was out, the job before yours ran three hours over, our foreman's wife went into labour that morning and the new driver didn't know the area, so really there wasn't much more we could have done. All the best in the new place!",
            "traffic + rain + supplier late + short staffed + ur address hard to find = not our fault",
            "Well now, I hear you, but you gotta understand: the supply house was out of breakers, my truck threw a belt on I-20, it was a hundred and two in that attic, the inspector moved his visit twice, my helper was down with strep, the power company was late pullin' the meter and your dog wouldn't let us in the yard. Ain't a man alive could've done it faster.",
            "We wish to clarify that the delay resulted from a national shortage affecting several manufacturers, revised prescribing guidance, an IT migration mandated by our head office, the late arrival of our wholesaler's van, reduced staffing due to regulatory training, and the exceptionally high demand typical of the winter season, all of which were outside the control of this branch.",
            "Look, the oven packed in, the delivery from Cardiff never came, half the staff had the flu, the rugby was on and the card machine was down, so what did you expect like?",
        ],
        "fr": [
            "Bonjour, et merci infiniment d'avoir choisi notre petit hôtel pour votre séjour dans la vallée de Munster, ça nous touche beaucoup. On est ravis que la choucroute de la ferme-auberge et la balade jusqu'au lac vous aient laissé un si beau souvenir. Pour l'eau chaude du deuxième soir, il faut savoir que le chauffagiste était en congé, que la chaudière a quinze ans, que la neige avait bloqué la route du livreur de fioul, que deux de nos employés étaient malades, que l'hôtel était complet à cause du marché de Noël et que le réseau électrique du village avait sauté la veille, donc on a vraiment fait le maximum. À bientôt dans les Vosges, hopla !",
            "frr y avait grave de monde, la friteuse a lâché, le livreur est arrivé en retard, mon cousin était malade, le TPE buggait, on pouvait pas faire mieux wallah",
            "Nous tenons à préciser que le retard d'intervention s'explique par la tempête de la semaine précédente, par la saturation de notre planning, par la rupture de stock chez notre grossiste à Lorient, par l'absence de notre technicien en formation obligatoire, par les difficultés de stationnement dans votre rue et par l'état de vétusté de votre installation, éléments sur lesquels nous n'avions aucune prise.",
            "Il faut comprendre : coupure Senelec toute la matinée, embouteillages sur la VDN, le camion qui tombe en panne à Pikine, la pluie, le gardien de l'immeuble absent et l'ascenseur bloqué. On ne pouvait rien faire de plus.",
            "Si votre rendez-vous a commencé en retard, c'est parce que la cliente précédente est arrivée tard, que la lampe UV a grillé, que le fournisseur n'avait pas livré la base, que ma collègue était chez le médecin et que le parking de la place était en travaux, donc franchement ce n'était pas de notre fait.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi Sam, thanks for popping into the shop on George Street and for the kind words about the poetry corner, it's Hine's pride and joy. We're glad you found the first edition of Janet Frame you'd been hunting for, and yes, the shop cat really does sleep on the New Zealand history shelf every afternoon. We do love a chat about books, so come back any time. However, nobody here was ever rude to you at the till, that simply never happened. Cheers, and happy reading!",
            "never happened.",
            "Ain't no way, ma'am. Nobody in this shop ever overcharged nobody. Didn't happen.",
            "We categorically deny that any such incident occurred at our property.",
            "No lock was broken, no clue was missing and nobody kept you waiting. End of.",
        ],
        "fr": [
            "Bonjour et merci d'avoir fait appel à nous pour la rénovation électrique de votre appartement aux Minimes ! On est contents que les nouveaux spots de la cuisine vous plaisent et que le tableau soit enfin aux normes, ça faisait un moment que vous en parliez. Benoît garde un très bon souvenir du café et de vos conseils sur le rugby. En revanche, aucune facture supplémentaire ne vous a été envoyée, cela n'a jamais eu lieu. Bonne continuation et à la prochaine, boudu !",
            "ça s'est jamais passé chez nous, point.",
            "Nous contestons formellement l'existence de l'incident décrit : aucun échange de ce type n'a eu lieu dans notre officine.",
            "Non non, ça n'a jamais eu lieu. Aucun de nos déménageurs n'a cassé quoi que ce soit chez vous.",
            "Y'a jamais eu de cheveu dans nos assiettes, jamais. Ça n'existe pas chez nous.",
        ],
    },
}

BLIND27_GOOD: dict[str, list[str]] = {
    "en": [
        "Kia ora Hemi, thanks heaps for the awesome review! Tama was stoked to hear the new hot water cylinder is running sweet as. Cheers for supporting a local Wellington plumber.",
        "Hi Jo, we're really sorry we had to leave your bathroom half finished on Friday. The shower valve we'd ordered arrived in the wrong size, which was our mistake for not double-checking it. We've got the right one now and Tama will be back Tuesday at 8am to finish, at no extra cost.",
        "Thanks for the lovely words, Ffion! Just so you know, our loyalty card is for everyone: every tenth set of nails is free, no strings attached. See you next time, cariad 💅",
        "We're so sorry your acrylics lifted after two days. That's not the standard we aim for, and we've refunded the full amount to your card this morning. We'd love to redo them free of charge if you'd give us another chance.",
        "Thanks for playing The Lighthouse Keeper! Don't worry, you're not the first team to be beaten by the brass telescope. Our own owner got stuck on it for twenty minutes during testing and still won't talk about it.",
        "Thanks for the feedback about the locked door. Just to reassure everyone: the exit door in every room is never actually locked, and you can walk out at any time by pressing the green button. The puzzles are the only thing keeping you in!",
        "Thanks for your review. We're sorry you had to wait for your prescription. If anything is still outstanding, please ring the pharmacy on 04 385 2210 or pop in. We're open 8:30am to 6pm weekdays and 9am to 1pm on Saturdays.",
        "Thank you for taking the time to write. To protect your privacy, we can't discuss any details of medication or prescriptions here, but our pharmacist Anjali would be glad to go through everything with you in the consultation room or over the phone.",
        "We're very sorry the mirror was cracked during your move. Every move with us is fully insured, so please send us a photo at claims@kiwimovers.co.nz and we'll arrange the repair or replacement straight away.",
        "Hi Aroha, you're right, and we're sorry. Liam should have wrapped the dining table before it went on the truck. That's on us as a company, not on you, and we've already booked a furniture restorer at our cost. We've also gone over wrapping procedures with the whole crew.",
        "Diolch yn fawr! Made up you enjoyed the mixed kebab, see you Saturday after the match 🍖",
        "Thanks for pointing this out, Gareth. You're right that our wraps have gone up by 50p. Lamb and flour prices have climbed a lot this year and we held off as long as we could. Sorry, we know nobody likes paying more, and the lunchtime deal is still the same price.",
        "Congratulations on your engagement! We're over the moon that you chose our little hotel for the big question, and the whole team hopes the view from the terrace was as special as the moment. Here's to many happy years together.",
        "Thank you for your review, Grant. Our records show the room was ready at 3pm, our advertised check-in time, but we're sorry it felt like a long wait after a long drive over the pass. We'd really like to understand what happened, so please email us at stay@alpinelodge.nz if you're happy to.",
        "So sorry to hear your ring went missing during your stay. We've checked our CCTV of the lobby and the housekeeping trolley with your permission, and we're handing everything over to the police to help find it. We'll keep you updated by email.",
        "We were so sorry to read about the loss of your mum, Tui. Thank you for telling us that the Sunday class gave you a bit of peace in such a hard time. You're always welcome here, whenever you feel ready.",
        "Thank you so much! Just a reminder that anyone can bring a friend to their first class free any time, whether or not they've left us a review. Hope to see you both on the mat soon.",
        "Thanks for the four stars, Bryn! Really glad you found the old Dick Francis paperbacks, and we've taken your point about the lighting in the back room on board.",
        "Thanks for asking about the Ladybird books. We've put you on our waiting list and we'll let you know as soon as a set comes in. The list is first come, first served, so nobody jumps the queue.",
        "Sorry the power had to be off for most of the afternoon. We know that's a pain with a freezer full of food. Safety regulations say we have to isolate the whole board before working on it, to protect both you and our sparky, but we should have warned you the day before.",
        "Why thank you, Miss Loretta! Travis was tickled pink to read this. Y'all holler if that porch light gives you any more trouble.",
        "thx so much!! see u next time 🙌",
        "We're really sorry your bike was taken from our loading yard during the move. We've given the footage to the police and reported it, and we'll cover the cost of a replacement while they look into it.",
        "Thank you for letting us know. You were charged the wrong price for the hay fever tablets, and we've refunded the difference to your card. Sorry for the mix-up.",
        "Happy birthday, Caleb! Thanks for choosing us for your party. Escaping with thirty seconds to spare is quite the present, and we hope the cake survived the celebrations.",
        "Thank you for raising this with us. You were right to ask, and we're sorry. Since your visit we've brought in single-use files for every client and a new autoclave for all the metal tools.",
        "Thanks for staying with us. We're sorry the Wi-Fi in the chalet rooms was so patchy. If you have any other feedback, you can write to our manager directly at hello@glenlodge.co.nz.",
        "Cheers for the kind review! If anyone else needs us, you'll find us at 12 Kent Terrace, Wellington, or on 04 801 5532, Monday to Friday, 7am to 5pm.",
        "Sorry about Friday night, Owen. The grill broke halfway through the evening, which is why everything was so slow. Apologies to everyone who waited. It's fixed now and the next one's on us if you want to come back.",
        "Thanks for your review. We respectfully disagree that the quote was hidden. The callout fee was listed on the written quote you signed, but we understand it came as a surprise, and we'd be happy to go through the invoice with you on 029 2049 7731.",
        "Ha, guilty as charged! The shop is a bit dusty, we'll admit. The books have been waiting a long time for the right reader. Glad you found yours!",
        "You're right, the Saturday class was far too full and we're sorry. We've now capped every class at eighteen mats so everyone has room to move.",
        "Hi Tom, thanks for the feedback. We're sorry the crew turned up late. We'd like to make it right, so please give our office a ring on 07 834 2211 and ask for Rachel.",
        "Thank y'all kindly for the sweet words! We're fixin' to open a second shop over in Macon, so come see us there too.",
        "We sincerely apologise for the noise from the renovation works during your stay. You should have been told when you booked. A 30% reduction has been applied to your final bill, and the works will be finished before the ski season.",
        "Thank you for your feedback. We're sorry the ID check felt intrusive. By law, we have to confirm a customer's age before selling certain medicines, such as some sleep aids. We do it for every customer, and we should have explained why at the counter.",
        "Sorry you arrived after the room had started. Our terms say late arrivals can't be refunded, but we understand the traffic on the motorway was terrible that day, so we've rebooked your team for next Saturday free of charge.",
        "sorry bout that, call us on 029 2000 0391 and we'll sort it ✌️",
        "Diolch o galon! It's lovely to have someone asking for Welsh-language books. We've a whole new shelf of them in now, so pop in for a look next time you're passing.",
        "Thanks for mentioning the pothole outside. We've reported it to the council and put cones out until it's repaired, so nobody trips on their way in.",
    ],
    "fr": [
        "Trugarez bras, Soizic ! Ça fait chaud au cœur de lire ça. Gwenola vous attend pour le prochain stage au printemps. Kenavo !",
        "Bonjour, vous avez raison et nous sommes désolés : le cours de 18 h était bien trop plein. Depuis lundi, les réservations sont limitées à quinze tapis par séance pour que chacun ait de la place.",
        "Merci pour votre message ! Pour info, notre carte de fidélité est ouverte à toutes et à tous : la dixième pose est offerte, que vous nous laissiez un avis ou pas. À très vite au salon 💅",
        "Nous sommes vraiment désolées que votre vernis semi-permanent ait écaillé au bout de trois jours. Nous vous avons remboursé la prestation ce matin, et nous serions ravies de vous la refaire gratuitement si vous nous laissez une seconde chance.",
        "Merci d'avoir joué au Laboratoire ! Rassurez-vous, l'énigme du gramophone a aussi résisté vingt minutes à notre propre gérant pendant les tests. Il en parle encore avec émotion.",
        "Merci pour votre retour. Pour rassurer tout le monde : la porte de chaque salle n'est jamais vraiment verrouillée, un bouton vert permet de sortir à tout moment. Seules les énigmes vous retiennent !",
        "Bonjour, et merci pour votre avis. Nous sommes désolés pour l'attente au comptoir. N'hésitez pas à nous appeler au 03 88 32 14 56 : la pharmacie est ouverte du lundi au samedi, de 8 h 30 à 19 h 30.",
        "Merci d'avoir pris le temps d'écrire. Par respect du secret professionnel, nous ne pouvons pas parler de votre traitement ici, mais notre pharmacienne, Mme Kieffer, se tient à votre disposition au comptoir ou par téléphone pour en discuter tranquillement.",
        "Nous sommes sincèrement désolés pour le miroir cassé. Tous nos déménagements sont assurés : envoyez-nous simplement une photo à sinistres@demenagements-rennes.fr et nous lançons la prise en charge dès réception.",
        "Vous avez entièrement raison et nous vous présentons nos excuses. Thomas aurait dû protéger le buffet avant de le charger, mais c'est notre entreprise qui en porte la responsabilité. Un ébéniste passera chez vous la semaine prochaine, à nos frais, et toute l'équipe a revu les consignes d'emballage.",
        "Wesh merci frérot, ça fait grave plaisir 🙏 à la prochaine !",
        "Merci pour votre remarque. Oui, le sandwich grec est passé de 7 à 7,50 euros : le prix de la viande et du pain a beaucoup augmenté cette année et on a tenu le plus longtemps possible. Désolés, on sait que personne n'aime payer plus. La formule étudiant, elle, ne bouge pas.",
        "Félicitations pour votre mariage ! Toute l'équipe de l'hôtel est très touchée que vous ayez choisi notre petite maison de montagne pour votre nuit de noces. Tous nos vœux de bonheur à tous les deux.",
        "Merci pour votre avis. D'après notre registre, la chambre était prête à 16 h, l'heure d'arrivée indiquée lors de la réservation, mais nous comprenons que l'attente ait paru longue après la route du col. Nous aimerions en parler avec vous : écrivez-nous à contact@hotel-lesgentianes.fr si vous le souhaitez.",
        "Nous sommes navrés que votre bague ait disparu pendant votre séjour. Avec votre accord, nous avons visionné les images de vidéosurveillance du hall et les avons transmises à la gendarmerie pour aider l'enquête. Nous vous tenons informée par e-mail.",
        "Toutes nos condoléances pour le décès de votre papa. Merci de nous avoir confié que les séances du dimanche vous avaient apporté un peu de calme dans cette période si difficile. La porte du studio vous reste ouverte, quand vous le voudrez.",
        "Merci beaucoup ! Petit rappel : tout le monde peut venir avec un ami pour son premier cours, c'est offert à l'ami, que vous nous ayez laissé un avis ou non. Au plaisir de vous voir tous les deux.",
        "Merci pour les quatre étoiles ! Contents que vous ayez trouvé vos vieux Maigret. On a bien noté votre remarque sur l'éclairage de l'arrière-boutique, on s'en occupe cet hiver.",
        "Merci pour votre message. Nous vous avons inscrit sur notre liste d'attente pour l'intégrale des Astérix. Dès qu'une série complète arrive, on prévient les gens dans l'ordre de la liste.",
        "Désolés d'avoir dû couper le courant tout l'après-midi, on sait que c'est pénible avec un congélateur plein. La réglementation nous oblige à mettre l'installation hors tension avant d'intervenir sur le tableau, pour votre sécurité comme pour celle de l'électricien, mais on aurait dû vous prévenir la veille.",
        "Merci beaucoup pour ce gentil message, ça fait plaisir ! Benoît est ravi que les prises du salon fonctionnent enfin. À la prochaine, et allez le Stade, boudu !",
        "merci bcp !! à bientôt 😊",
        "Nous sommes vraiment désolés pour votre vélo, disparu dans notre cour de chargement pendant le déménagement. Nous avons porté plainte et remis les images à la police, et nous prenons en charge un vélo de remplacement en attendant.",
        "Merci de nous l'avoir signalé. Vous avez bien été facturé au mauvais prix pour vos antihistaminiques : la différence a été recréditée sur votre carte. Toutes nos excuses pour cette erreur.",
        "Joyeux anniversaire Inès ! Merci d'avoir fêté ça chez nous. S'évader avec trente secondes d'avance, c'est un joli cadeau, on espère que le gâteau a survécu.",
        "Merci d'avoir soulevé ce point, vous aviez raison de poser la question. Depuis votre passage, nous utilisons des limes à usage unique pour chaque cliente et un nouvel autoclave pour tous les instruments en métal.",
        "Jërëjëf pour ce beau message ! On est contents que le déménagement vers Thiès se soit bien passé. C'est toujours un plaisir de travailler pour des familles accueillantes comme la vôtre, la teranga c'est aussi ça.",
        "Merci pour votre passage ! Si d'autres personnes ont besoin de nous, on est au 14 rue des Couteliers à Toulouse, ou au 05 61 22 48 90, du lundi au vendredi, de 7 h 30 à 18 h.",
        "Désolés pour vendredi soir. La broche est tombée en panne en plein service, c'est pour ça que tout était si lent. Pardon à tous ceux qui ont attendu. C'est réparé, et votre prochain menu est pour nous si vous repassez.",
        "Merci pour votre retour. Nous ne sommes pas tout à fait d'accord sur le fait que le déplacement n'était pas annoncé : il figurait sur le devis signé. Mais nous comprenons la surprise, et nous serions heureux de reprendre la facture avec vous au 02 98 44 17 63.",
        "Bon, on plaide coupables : la bouquinerie est un peu poussiéreuse. Mais que voulez-vous, certains livres attendent leur lecteur depuis 1974 ! Contents que vous ayez trouvé le vôtre.",
        "Merci pour votre avis. Nous sommes désolés que le technicien soit arrivé en retard. Pour en parler, appelez notre bureau au 02 99 31 40 12 et demandez Anne, elle s'occupera de vous.",
        "Merci vielmols pour votre visite, et à bientôt à Colmar ! Le bretzel est toujours offert avec le café le dimanche matin, pour tout le monde 🥨",
        "Nous vous présentons toutes nos excuses pour le bruit des travaux pendant votre séjour. Vous auriez dû en être informé lors de la réservation. Une réduction de 30 % a été appliquée sur votre facture, et les travaux seront terminés avant la saison de ski.",
        "Merci pour votre retour. Nous comprenons que la demande de pièce d'identité vous ait surpris. La réglementation nous impose de vérifier l'identité pour la délivrance de certains médicaments, et nous le faisons pour tous nos patients. Nous aurions dû vous l'expliquer au comptoir.",
        "Désolés que vous soyez arrivés après le début de la partie. Nos conditions ne prévoient pas de remboursement en cas de retard, mais vu les bouchons sur la rocade ce jour-là, on vous a reprogrammés gratuitement samedi prochain.",
        "dsl pour ça, appelle-nous au 01 48 32 77 10 et on règle ça direct 👍",
        "Merci beaucoup pour ce retour, et bravo pour votre nouvelle maison ! Nos déménageurs Ousmane et Pape ont été très touchés par votre accueil. Bonne installation à toute la famille, inchallah tout ira bien.",
        "Merci de nous avoir signalé le trou dans le trottoir devant la boutique. Nous l'avons signalé à la mairie et mis un plot en attendant la réparation, pour que personne ne trébuche en entrant.",
        "Merci pour vos trois étoiles et pour ce retour honnête. Vous avez raison, la chambre donnant sur la route était bruyante. Nous installons des doubles vitrages cet automne et serions heureux de vous recevoir à nouveau, côté montagne cette fois.",
    ],
}
