"""Blind reply set, round 38: owner replies the pre-post check has never seen.

Who and when: written by helper 18b38, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 36").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
these kinds of business: locksmiths, plumbers, electricians, boiler
engineers, roofers, removal firms, self-storage units, car washes, tyre
fitters, MOT and service garages, petrol stations, breakdown services,
solar-panel installers, kitchen fitters, bathroom showrooms, cleaning
companies, dog groomers, dog walkers, pet hotels, cat cafés, aquarium shops,
fishing-tackle shops, escape rooms, bowling alleys, laser-tag arenas, karaoke
bars and independent cinemas.  Each French reply was written directly in
French, not translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py, to copy its format, and the [tool.ruff]
section of pyproject.toml (line length); before reading the brief it also
opened the workplace's machine description (/work/.library/env/README.md),
which says nothing about this project's code or replies.  It did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree or the git
history; did not run the check, any test or any bench on these replies (only
a syntax parse, a count of entries and ruff); and did not search the code.
Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from England, Ireland (Dublin, Cork) and Scotland
(Glasgow, Edinburgh), from very formal corporate English to blunt
tradesman's talk, texting with emoji and dialect spellings; French from
France, Belgium (septante, une fois, savoir, GSM, drache) and Switzerland
(natel, ça joue, septante francs), from formal administrative "vous" to casual
"tu".  For every code and language the first reply is long and warm with
its fault in a single sentence in the middle; the others vary in length,
register and subtlety (veiled, polite, slangy, regional).  Good replies
include look-alikes that are not faults: a loyalty card open to everyone
whatever they write, the business's own phone, e-mail or desk, staff praised
by first name, an employee's mistake owned by the business, one honest
reason given with an apology, insurance, the police or CCTV mentioned to help
the customer, "we know who this is" said of a proud angler's photo, a joke at
the business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, condolences, congratulations, a
safety rule explained kindly, a price rise explained and a waiting list.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND38_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks a million for the kind words after the emergency call-out. Burst pipes at eleven at night are nobody's idea of fun, and we're chuffed Declan got the water off and the kitchen dried out before midnight. It's customers like yourself who keep a small family firm like ours going. If you'd bump that four stars up to a five, we'll knock the call-out charge off your next job entirely. Mind how you go with the frost this winter, and do lag those outside taps!",
            "Cheers mate. Stick a 5 on it and your next tyre's fitted free, no joke.",
            "Should you feel able to revisit your rating in light of this reply, we would be pleased to extend a complimentary deluxe valet at any of our car washes.",
            "Aye cheers pal 👍 delete this wee review an' yer next game o' bowlin's on us 🎳",
            "Ah you're very good. Tell you what, edit that review to say something nice and the first round's on the house next Friday, so it is.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce message si gentil ! Nous sommes ravis que votre petit compagnon soit ressorti du salon tout doux et fier comme un prince, et que la coupe aux ciseaux vous plaise autant. Notre toiletteuse prend toujours le temps d'habituer les chiens anxieux au bruit du séchoir, et ça fait plaisir de voir que ça se remarque. Si vous passez votre note de quatre à cinq étoiles, le prochain bain-brushing vous sera offert. À très bientôt, et plein de caresses à votre boule de poils !",
            "Merci hein ! Mets-nous 5 étoiles une fois et t'as ton lavage auto gratuit la prochaine fois, promis 🚗",
            "Nous nous ferions un plaisir de vous offrir un bon de septante francs sur votre prochain entretien de chaudière, dès que votre évaluation aura été revue à la hausse.",
            "Trop cool merci !! Si tu retires ton avis on te file une salle gratos pour ton anniv 🔐",
            "Madame, Monsieur, toute modification favorable de votre note vous ouvrira droit à deux places offertes pour la séance de votre choix.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for getting in touch, and we're sorry the evening you were locked out was so stressful. Our engineer was on site within forty minutes, and we understand how long that feels when you're standing on the doorstep in the rain. Our solicitors are already looking at whether your post is defamatory, so you may wish to take it down before this goes any further. We'd still much rather talk it through, so please call the office whenever suits. Stay warm, and thanks again for choosing a local firm.",
            "We know exactly who you are and where you live, pal. Think before you post.",
            "We have retained the dashcam footage from the breakdown call-out and will not hesitate to share it publicly should this review remain online.",
            "Ah now, it'd be an awful shame if the other tackle shops round here heard what you're really like on the riverbank. Just saying.",
            "Please be advised that any further unfounded statements will be referred to our legal department and may result in proceedings for the recovery of losses.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous comprenons tout à fait que la coupure de courant pendant les travaux ait été pénible, surtout avec des enfants à la maison. Sachez cependant que notre avocat a été informé de votre avis et qu'une plainte pour diffamation n'est pas exclue si vous le maintenez en ligne. Notre équipe a fait au plus vite pour remettre le tableau aux normes et rétablir l'électricité. Nous restons bien sûr à votre disposition pour en discuter calmement.",
            "On sait très bien qui tu es, hein, on a ton GSM et ta plaque. Fais gaffe à ce que tu écris.",
            "Nous conservons les images de vidéosurveillance de votre passage à la station-service et nous réservons le droit de les publier si ces propos ne sont pas retirés.",
            "Continue comme ça et tout le quartier va savoir ce que tu fabriques vraiment dans ton garage 😉",
            "Nous vous informons que votre commentaire a été transmis à notre service juridique, qui ne manquera pas d'engager toute procédure utile.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for the review, and for trusting us with your two lads over the summer. We know how hard it is to leave dogs with someone new, and the walks round the park were a highlight of our week too. We hope the knee operation at the Mater on the 14th went well and that you're back on your feet by now. Any time you need us again, just give us a shout. Give them both a scratch behind the ears from us!",
            "Mr Harrow at 22 Beech Road, your boiler was serviced on 3 March as booked. Check your emails.",
            "We've checked your booking, reference SU-4471 for unit 118, and can confirm the door code was working when you last visited on Saturday at 6.42pm.",
            "Aye we've still got yer number, 07700 900412, so we'll gie ye a bell aboot the roof, nae bother.",
            "For transparency, our records show that the customer attended our MOT centre on 11 October in a Ford Fiesta, registration LK19 XTB, which failed on its brakes.",
        ],
        "fr": [
            "Un grand merci pour ce joli commentaire, ça nous touche beaucoup ! Nos chats adorent les visiteurs calmes comme vous, et Moustache ne quitte plus le coussin sur lequel vous l'aviez installé. Nous espérons que votre grossesse se passe bien et que le rendez-vous à la maternité du 12 mai s'est bien déroulé. Revenez nous voir quand vous voulez, le thé à la rose vous attend. Belle journée à vous !",
            "Madame, votre réservation du 3 février à 19 h 15 pour quatre personnes, au nom de Favre, natel 079 000 12 34, a bien été honorée.",
            "T'habites au 14 rue des Lilas, on est passés à l'heure pile, faut pas raconter n'importe quoi.",
            "Pour rappel, votre box numéro 212 contient surtout les meubles de votre ancien ménage, on l'a bien vu lors de l'état des lieux du 8 mars.",
            "Nous confirmons que le véhicule immatriculé GH-482-TR a été pris en charge le 22 novembre à 8 h 10 pour le remplacement de deux pneus.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for coming along to The Vault with your team, and for taking the time to write. We're genuinely sorry the padlock in the second room jammed, and we've replaced it since. Honestly though, anyone reading this should know you've been trying to blag free tickets off us for months and this review is just more of the same. Our game masters love feedback and we'll keep improving the rooms. We hope the rest of your evening was fun.",
            "Utter rubbish. You're a liar and you know it.",
            "With respect, it's clear you were never going to be satisfied, which is perhaps telling given how you spoke to our electrician.",
            "Ye were langers the whole night and roaring at the screen, so spare us the sob story about the karaoke.",
            "Some folk are jist born moaners an' you're clearly wan o' them.",
        ],
        "fr": [
            "Bonsoir et merci pour votre retour sur votre soirée au bowling. Nous sommes désolés que la piste 6 ait eu des soucis de retour de boule, le technicien l'a révisée dès le lendemain. Mais soyons honnêtes : vous êtes clairement de mauvaise foi et vous inventez la moitié de l'histoire pour vous faire rembourser. Nous faisons tout pour que chaque partie se passe bien. Au plaisir de vous revoir sur nos pistes.",
            "Franchement t'es une fameuse menteuse, toi, une fois.",
            "Votre commentaire en dit sans doute davantage sur votre caractère que sur la qualité de notre travail.",
            "Vous êtes un escroc qui cherche juste à ne pas payer sa facture de plomberie.",
            "Quand on sait pas conduire on vient pas accuser la station de lavage, hein, retourne à l'auto-école.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for taking the time to leave a review, it's always good to hear from customers. We're sorry the wait was longer than the forty minutes we'd quoted; it was our busiest morning of the month. Congratulations, by the way, on being the first person in history to expect four tyres fitted in five minutes — truly a visionary. We've since opened a second bay, so queues should be shorter. Safe driving, and we hope to see you again.",
            "Wow, a whole star. We'll treasure it forever 🙄",
            "How kind of you to share your expert opinion on wiring, after what was clearly a rigorous weekend of YouTube.",
            "Sure wasn't it terrible altogether that the roof stopped leaking. Our deepest apologies.",
            "Aye, sorry the cinema was showin' the film ye paid tae see. Shockin' service, that.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Nous comprenons que la pose de vos panneaux ait pris une semaine de plus que prévu à cause de la neige, et nous nous en excusons. Évidemment, nous aurions dû demander à la météo de patienter gentiment jusqu'à la fin du chantier, quelle négligence de notre part. Depuis la mise en service, votre production semble excellente et nous en sommes ravis. Belle fin de journée à vous.",
            "Ah oui, une étoile parce que le poisson rouge est… rouge. Bravo Sherlock 🐟",
            "Merci pour ce chef-d'œuvre de critique, on va l'encadrer à côté de la caisse, savez-vous.",
            "Nous prenons bonne note de votre remarquable expertise en serrurerie, acquise manifestement en regardant une porte.",
            "Trop dommage que le karaoké passe de la musique, t'aurais préféré le silence peut-être ? 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for your patience while we finished your new kitchen, and for the lovely photos of the island. We're so pleased the layout works for the whole family. The chipped worktop was entirely down to Gary, who didn't check the delivery and has now been given a formal written warning. The replacement is fitted and we hope you enjoy cooking in the space for years to come. Thanks again for choosing us.",
            "Blame Kyle for that, he's a liability and he's on his last chance.",
            "We have spoken to Sophie, the groomer responsible, and she will no longer be trusted with larger breeds.",
            "Ah that was Ciarán on the desk that night, he's new and hasn't a clue, we've had words with him.",
            "The delay was caused solely by our removals operative, Mr D. Okafor, whose employment has since been terminated.",
        ],
        "fr": [
            "Bonjour et merci d'avoir fait appel à nous pour le nettoyage de fin de bail. Nous sommes contents que l'appartement ait été rendu à temps et que votre garantie locative vous ait été restituée. Les traces sur les vitres, c'est la faute de Kevin, qui a bâclé son travail et qui a reçu un avertissement. Nous vous remercions de votre confiance et restons à votre service pour un prochain déménagement. Belle journée !",
            "C'est Jessica qui a oublié ton chien dans la cage, elle est virée, voilà.",
            "Notre collaborateur M. Rochat, responsable de votre raccordement, a été sanctionné pour cette négligence.",
            "Nous avons longuement recadré Mathilde, notre vendeuse, qui vous avait conseillé ces poissons incompatibles.",
            "Le gars qui t'a fait ton contrôle, c'était Nico, il est nul, on le sait, on va s'en séparer.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for visiting our showroom and for your honest feedback. We're really pleased you found a vanity unit you loved in the end. The delay happened because our supplier changed depots, two of our vans were in for servicing, the motorway was shut that week, our fitter had the flu, the tiles came in the wrong shade and the bank holiday threw every schedule out. We hope the finished bathroom is everything you wanted. Do pop back to see the new range in spring.",
            "Wasn't our fault. Traffic, weather, the parts guy, the council, the scaffolders, the job before yours. Take your pick.",
            "Please understand that the hotel was at full capacity, two members of staff were off sick, the heating contractor was late, the vet's surgery was closed and the phone line was down, all of which contributed to the situation you describe.",
            "Och we were short-staffed, the machines were playin' up, the delivery didnae come, a weans' party ran late an' the lane sensors were glitchin', so whit were we meant tae dae?",
            "In fairness, the van broke down, the lad was at a funeral, the boiler part was on back-order from Germany and the weather was shocking, so you'll understand it wasn't that we didn't care.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message après votre panne sur l'autoroute. Nous sommes sincèrement désolés pour l'attente et soulagés que vous et vos enfants soyez rentrés sans encombre. Il faut dire que ce soir-là deux dépanneuses étaient en révision, un camion s'était renversé sur l'A7, le standard avait planté, notre chauffeur de garde était malade et une alerte orage avait été déclenchée, donc nous étions débordés de tous côtés. Nous restons à votre disposition pour toute question. Bonne route !",
            "Ouais mais bon, y avait grève, il drachait, le fournisseur était en retard, la camionnette était en panne et le patron était en vacances, qu'est-ce que tu veux qu'on fasse ?",
            "Nous tenons à préciser que le retard s'explique par les travaux routiers, la pénurie de composants, la météo, la fermeture de la douane, l'absence de notre monteur et une erreur du transporteur.",
            "Faut comprendre, le cinéma est vieux, le projecteur date, la clim est en panne depuis juin, on n'a plus de subventions et le distributeur nous a envoyé la mauvaise copie.",
            "Les rayures sur votre carrosserie s'expliquent par les brosses neuves, le calcaire de l'eau, le vent, le sable du Sahara et la saleté déjà présente.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for stopping by and for taking the time to write. We're always glad to see regulars on the forecourt, and the new coffee machine seems to be going down well. We have to be clear, though: there was no overcharge at pump 4, it simply did not happen. We hope you'll keep popping in for your morning paper and a brew. Have a lovely week.",
            "Never happened. End of.",
            "We have no record of any such incident and can say with certainty that our walker did not let your dog off the lead.",
            "Naw, that's no whit happened. Yer roof wis fine when we left, full stop.",
            "That's simply not true, we never once started a film late.",
        ],
        "fr": [
            "Bonjour et merci d'avoir confié votre chat à notre pension pendant vos vacances. Nous sommes heureux de savoir qu'il a retrouvé son panier et ses habitudes sans difficulté. En revanche, il n'a jamais perdu de poids chez nous, c'est tout simplement faux. Notre équipe met beaucoup d'amour dans chaque séjour et nous espérons vous revoir bientôt. Belle fin de semaine !",
            "Faux. Ça ne s'est jamais passé.",
            "Non non, le serrurier n'a jamais demandé trois cents euros, vous confondez avec une autre société.",
            "Nous contestons formellement l'intégralité de votre récit : aucune fuite n'a été constatée après notre intervention.",
            "Arrête, on n'a jamais cassé ton moulinet, il était déjà fichu quand tu l'as amené.",
        ],
    },
}

BLIND38_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the five stars! Jamie will be chuffed to hear the lock change was quick and tidy. Give us a ring on 0131 496 0000 any time you need us again.",
        "We're really sorry the boiler packed in again so soon after its service. That's not good enough, and we'd like to send a senior engineer out at no charge. Please call the office on 0161 496 0123 so we can book a time that suits you.",
        "Sorry for the wait at the tyre bay. We were a fitter short and should have told you at the desk rather than leaving you guessing. We've changed how we keep people in the queue updated.",
        "Thanks for the lovely words! Just so everyone knows, our stamp card is for every customer: your tenth wash is free, whether you leave a review or not.",
        "We're so sorry to hear about your mum. Please don't worry about the storage unit for now; we'll keep everything safe and sort the paperwork whenever you're ready. Our condolences to you and your family.",
        "You're right, Connor forgot to reconnect the outside tap, and that's on us as a company, not on him. We've refunded the call-out and added a final check to every job sheet.",
        "Sorry your youngest was disappointed. We only let players aged 8 and up into the arena because the vests are heavy and the room is dark, and we'd never want anyone to get hurt. We'd love to see you back in a couple of years.",
        "Thanks for the feedback. Just to clarify, the quote we gave included VAT, which is why the final invoice matched it. If anything on it is unclear, please email accounts@brightsparkelectrical.co.uk and we'll go through it line by line.",
        "Thanks for a brilliant night! We apologise to the whole street for our manager's Bohemian Rhapsody; it will not be repeated (it will be repeated).",
        "Ah thanks a million, that's very good of you. Aoife says yours was the best-behaved dog she's groomed all week, and she's not easily impressed!",
        "Cheers for the kind words, much appreciated. Glad the new roof's keepin' the rain oot. Gie us a shout if ye ever need the gutters done.",
        "Cheers for the review mate. Sorry we left a bit of mess in the hall, shouldn't happen. The lads have been told to put dust sheets down every time.",
        "We're so sorry your car was damaged on our forecourt. Our insurer will cover the repair, and if it helps your claim we're happy to give the police a copy of the CCTV. Please ask for Mark at the kiosk and he'll take care of everything.",
        "We'd rather not go into your booking details in public, so please email bookings@strikezonebowl.co.uk or ring the front desk, and we'll look into what happened straight away.",
        "Lane 3 has apparently developed a personality of its own and eats bowling balls for breakfast. Our engineer has had a stern word with it. Sorry, and thanks for letting us know!",
        "We've gone back through the job sheet and we see things a little differently: the water pressure was already low before we started. We may still have got something wrong, though, so we'd really like to talk it through. Could you call us on 0117 496 0789?",
        "Dear customer, thank you for your feedback regarding your removal. We sincerely apologise for the damage to your wardrobe. The assembly charge has been refunded in full, and our claims team will contact you within two working days.",
        "Sorry for the late start. Our van broke down on the way, and we should have phoned ahead. Lesson learned, and we've knocked the first hour off the bill.",
        "Thank you! We'll pass this on to Fatima, who's been with us eight years and still gets excited about every new tank she sets up.",
        "The wrong film went on in Screen 2 and that's entirely our fault as a cinema. We've refunded everyone at that showing and changed our checks so it can't happen again.",
        "Thanks for the five stars, see you next time!",
        "Ah lovely, thanks a mill!",
        "You're right that our prices went up this spring, and we're sorry it came as a surprise. The energy bill for the dryers nearly doubled and we'd rather be honest than cut corners. Our early-morning slots are still at the old price.",
        "Sorry we couldn't fit your pup in before Christmas. December books up months ahead, so we've started a waiting list: just ring us and we'll call you as soon as a slot opens.",
        "Thanks for the three stars and the honest feedback. You're right that the waiting area was cold, and we've fitted a heater since.",
        "We know exactly who this is from the photo of that enormous pike, congratulations! It's a shop record, and it's going on the wall of fame if you'll let us.",
        "We're so sorry to hear your old girl has passed away. It was a privilege to walk her all those years, and the whole team will miss her. Thinking of you.",
        "We know the queue for shoes felt slow, but we clean every pair and check the lanes between groups. It keeps everyone safe, and we promise it's worth the extra few minutes.",
        "Thanks for the feedback. The panels were switched on later than planned because we were waiting for the network operator's approval, but we should have kept you better informed. We're sorry, and your project lead will call you every week until the paperwork is finished.",
        "Yes, our resident tabby did steal your croissant. We cannot discipline him, he owns the place. Sorry, and the next croissant's on us.",
        "Thank you for taking the time to share your experience. We are sorry that your MOT retest was not booked as promised. This was our error, and the retest fee has been waived. Please contact our service desk on 0141 496 0456 if we can help further.",
        "We read every review, good and bad, and yours has already helped us change our booking system. Thank you.",
        "For anyone wondering, we're fully insured and Gas Safe registered, and our engineers always show their ID card at the door. Thanks for asking about it in your review.",
        "So sorry the final lock in the escape room wouldn't open. Please drop us a line at hello@lockedinrooms.co.uk and we'll arrange a free replay for your group.",
        "Glad you enjoyed the film! Our membership card is open to anyone: every sixth ticket is free, and members get first dibs on the director Q&As.",
        "Fair enough, we don't agree on the price but we respect your view. The door's always open if you want us to take another look.",
        "Thanks a million fur the lovely words! Ellie's been walkin' dogs in the Meadows for years an' she fair loves the wee characters.",
        "Congratulations on the new house! Glad the move went smoothly and that the lads got the piano up those stairs in one piece.",
        "You're right that the cabinet doors weren't aligned when we left. That's not our standard. Our fitter will come back and adjust them free of charge at a time that suits you; just call 020 7946 0321.",
        "Sorry you waited so long on the hard shoulder. That must have been frightening, especially at night. We're reviewing how calls are prioritised so that people in unsafe spots are reached first.",
    ],
    "fr": [
        "Merci beaucoup pour vos cinq étoiles ! Toute l'équipe de la serrurerie est ravie que l'intervention se soit bien passée. N'hésitez pas à nous appeler au 01 99 00 12 34 en cas de besoin.",
        "Nous sommes sincèrement désolés que la chaudière soit retombée en panne si vite. Ce n'est pas acceptable, et nous vous envoyons un technicien sans frais. Appelez notre standard pour fixer le rendez-vous qui vous convient.",
        "Merci pour votre avis ! Notre carte de fidélité est pour tout le monde : au dixième lavage, le suivant est offert, avis ou pas, hein.",
        "Merci pour ce gentil message. Ça joue pour nous aussi : on est contents que la nouvelle salle de bains vous plaise. Au plaisir de vous revoir au showroom !",
        "Nous avons appris avec tristesse le décès de votre père. Ne vous souciez pas du garde-meubles pour l'instant : nous gardons tout en sécurité et réglerons les formalités quand vous serez prêts. Toutes nos condoléances.",
        "Vous avez raison, Julien a oublié de resserrer le raccord sous l'évier, et c'est notre responsabilité en tant qu'entreprise. Nous avons annulé la facture et ajouté une vérification finale à chaque intervention.",
        "Désolés que votre petit n'ait pas pu jouer. L'arène est réservée aux plus de 8 ans car les gilets sont lourds et la salle est sombre, et on ne veut surtout pas d'accident. On a hâte de le voir dans quelques années !",
        "Merci pour votre retour. Pour être précis, le devis incluait déjà la TVA, c'est pourquoi la facture finale est identique. Si un point reste flou, écrivez-nous à compta@elecpro-services.fr et on reprend tout ligne par ligne.",
        "Merci pour cette soirée géniale ! Nous présentons nos excuses à tout le quartier pour le « Je te promets » chanté par notre gérant. Ça ne se reproduira plus (si).",
        "Merci beaucoup ! Léa dit que ton chien est le plus sage qu'elle ait toiletté de la semaine, et elle est pas facile à impressionner 🐶",
        "Merci une fois pour le chouette commentaire ! Contents que le toit tienne bon avec toute cette drache. Appelez-nous si vous voulez qu'on passe voir les gouttières.",
        "Merci pour l'avis. Désolés pour la poussière dans l'entrée, ça n'aurait pas dû arriver. Les gars posent maintenant des bâches à chaque chantier.",
        "Nous sommes désolés pour les dégâts sur votre voiture à la station. Notre assurance prendra la réparation en charge, et nous pouvons transmettre les images de vidéosurveillance à la police si cela aide votre dossier. Demandez notre responsable de site, il s'occupera de tout.",
        "Nous préférons ne pas évoquer les détails de votre réservation ici. Écrivez-nous à reservation@bowling-du-lac.ch ou appelez l'accueil, et nous regarderons tout de suite ce qui s'est passé.",
        "La piste 3 a manifestement décidé de manger les boules au petit-déjeuner. Notre technicien lui a parlé sévèrement. Désolés, et merci de nous l'avoir signalé !",
        "Nous avons revu le bon d'intervention et nous voyons les choses un peu différemment : la pression était déjà basse avant notre passage. Mais nous pouvons nous tromper, et nous aimerions en parler avec vous. Pourriez-vous nous appeler ?",
        "Madame, Monsieur, nous vous remercions pour votre retour concernant votre déménagement. Nous vous présentons nos sincères excuses pour l'armoire abîmée. Les frais de montage vous ont été intégralement remboursés et notre service sinistres vous contactera sous deux jours ouvrables.",
        "Désolés pour le retard. Notre camionnette est tombée en panne en route, et nous aurions dû vous prévenir. Leçon retenue : la première heure ne vous sera pas facturée.",
        "Merci ! Nous transmettrons à Amandine, qui est avec nous depuis huit ans et s'émerveille encore devant chaque nouvel aquarium qu'elle installe.",
        "Le mauvais film a été lancé en salle 2, et c'est entièrement notre faute. Tous les spectateurs de la séance ont été remboursés et nous avons revu nos vérifications.",
        "Merci pour les cinq étoiles, à bientôt !",
        "Merci beaucoup, c'est vraiment sympa. À une prochaine !",
        "Vous avez raison, nos tarifs ont augmenté ce printemps, et nous sommes désolés de la surprise. Le coût de l'électricité pour les séchoirs a presque doublé et nous préférons être honnêtes plutôt que de rogner sur la qualité. Les créneaux du matin restent à l'ancien prix.",
        "Désolés de ne pas avoir pu accueillir votre chien pour les fêtes. Décembre se remplit des mois à l'avance : nous avons ouvert une liste d'attente, appelez-nous et nous vous rappellerons dès qu'une place se libère.",
        "Merci pour les trois étoiles et pour votre franchise. Vous avez raison, la salle d'attente était froide ; nous avons installé un chauffage depuis.",
        "On a tout de suite reconnu ce brochet géant sur la photo, bravo ! C'est un record du magasin, et il mérite sa place sur notre mur des prises si vous êtes d'accord.",
        "Nous sommes tellement tristes d'apprendre le départ de votre vieux compagnon. Ce fut un honneur de le promener pendant toutes ces années ; toute l'équipe pense à vous.",
        "Nous savons que l'attente à l'accueil a paru longue, mais nous désinfectons chaque paire de chaussures entre deux groupes. C'est pour la sécurité et l'hygiène de tous, merci de votre compréhension.",
        "Merci pour votre message. La mise en service a pris du retard car nous attendions l'autorisation du gestionnaire de réseau, mais nous aurions dû mieux vous informer. Toutes nos excuses : votre chef de projet vous appellera chaque semaine jusqu'à la fin des démarches.",
        "Oui, notre tigré a bel et bien volé votre croissant. Impossible de le sanctionner, c'est lui le patron. Désolés, le prochain croissant est pour nous !",
        "Nous vous remercions d'avoir pris le temps de partager votre expérience. Nous regrettons que la contre-visite n'ait pas été planifiée comme convenu. L'erreur est la nôtre et les frais de contre-visite ont été annulés.",
        "Nous lisons tous les avis, bons ou mauvais, et le vôtre nous a déjà aidés à améliorer notre système de réservation. Merci.",
        "Pour information, nous sommes assurés et certifiés, et nos techniciens présentent toujours leur carte professionnelle à la porte. Merci d'avoir posé la question dans votre avis.",
        "Vraiment désolés que le dernier cadenas ne se soit pas ouvert. Écrivez-nous à contact@enigme-et-cie.be et nous organiserons une nouvelle partie gratuite pour votre groupe.",
        "Ravis que le film vous ait plu ! Notre carte d'abonnement est ouverte à tous : la sixième place est offerte, et les abonnés sont prioritaires pour les rencontres avec les réalisateurs.",
        "On n'est pas d'accord sur le prix, mais on respecte ton avis. Si tu veux qu'on rejette un œil à ta voiture, passe quand tu veux.",
        "Merci pour ces mots adorables ! Margaux promène des chiens au bord du lac depuis des années et elle adore chacun de ses petits pensionnaires.",
        "Félicitations pour votre nouvelle maison ! Contents que le déménagement se soit bien passé et que le piano soit arrivé en un seul morceau au troisième étage.",
        "Vous avez raison, les portes des meubles n'étaient pas alignées à notre départ. Ce n'est pas notre niveau d'exigence. Notre poseur repassera les régler gratuitement, au moment qui vous arrange.",
        "Désolés pour cette longue attente sur la bande d'arrêt d'urgence, cela a dû être très angoissant, surtout de nuit. Nous revoyons notre façon de prioriser les appels pour que les personnes en danger soient dépannées en premier.",
    ],
}
