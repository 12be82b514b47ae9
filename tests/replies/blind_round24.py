"""Blind reply set, round 24: owner replies the pre-post check has never seen.

Who and when: written by helper 18b24, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 22").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not used in earlier rounds (knitting, model-train and
art-supply shops, second-hand and charity shops, pawnbrokers, jewellers,
watch and shoe repairers, tailors, bridal shops, funeral directors and
funeral florists, church and community hall hire, co-working spaces, copy
shops, IT repair and computer shops, solar installers, window fitters,
kitchen showrooms, carpet and lighting shops, hardware stores, locksmiths and
key cutters, self-storage, laundrettes, car washes, bike couriers, food and
grocery delivery apps, meal kits, subscription boxes, online courses,
tutoring, coding bootcamps, private and dermatology clinics, hearing tests,
online pharmacies, pet insurance, dog walkers and cat hotels).  Each French
reply was written directly in French, not translated.  Apart from the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Caen, Le Havre, Dunkerque, Nancy, Annecy,
Chambéry, Avignon, Nîmes, Montpellier, La Rochelle, Bayonne (a Basque
touch), Réunion (créole touches), Guadeloupe, Sénégal, Bénin, Genève, Liège
and Montréal (joual), very short replies of three to six words and a
passive-aggressive "cordialement" style; English from Cornwall, Yorkshire,
Essex, the Black Country, Northern Ireland, the Scottish Highlands, Western
Australia, Queensland, Auckland, Nairobi, Lagos, Delhi, Kuala Lumpur,
Jamaica, New Orleans, the Midwest and Newfoundland, Gen Z slang and a stiff
legalistic style; indirect phrasings and euphemisms; short one-liners; and,
for every code and language, one long warm reply (the first of each list)
whose fault sits in a single clause.  (Besançon, Côte d'Ivoire and
Johannesburg, already in round 20, were left out.)  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, thanks to happy customers, an invitation to call or
e-mail, an apology for a named employee's mistake with the business taking
responsibility, condolences, congratulations, a safety rule explained kindly,
a price change explained with an apology, a lost item found and kept for the
customer, a recall notice, a charity donation, a waiting list and a
cancellation policy explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND24_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Well, this made our morning here in St Ives, thank you so much! We're delighted the chunky merino worked up so beautifully for your grandson's jumper, and that Morwenna's little cable-stitch lesson at the counter helped you past that tricky bit in the pattern. Knitters like you are exactly why we opened the shop. Pop back for our Thursday knit-and-natter whenever you like. If you're able to bump that four stars up to five, there's a free skein of our hand-dyed sea-glass yarn waiting for you at the till. Happy knitting, my lovely!",
            "Leave us 5 stars and your next month of cat hotel is 20% off, just show us the review 🐱",
            "Should you feel able to revisit your comments in a more favourable light, we would be pleased to extend your storage unit's first month free of charge.",
            "ngl that review kinda hurts 😭 delete it and ur next meal kit box is on us fr fr 📦",
            "The Company hereby confirms that, upon the amendment of the Reviewer's rating to five (5) stars, a credit of £25 shall be applied to the Reviewer's account.",
        ],
        "fr": [
            "Bonjour et mille mercis pour ce joli message ! Nous sommes ravis que la locomotive BB 9200 ait trouvé sa place sur le réseau de votre petit-fils, et que Gérard ait pris le temps de vous expliquer le câblage du transformateur. À Caen, on est une petite boutique de passionnés et ce genre de retour nous touche beaucoup. Revenez nous voir pour la bourse d'échange du mois prochain. Et si vous passez votre note à cinq étoiles, on vous offre un wagon-citerne de la collection HO à votre prochain passage. Bonne route à votre réseau !",
            "Mettez 5 étoiles, le lavage intérieur est offert la prochaine fois 🚗",
            "Un petit geste vous sera volontiers proposé lors de votre prochaine commande, dès que votre avis aura été revu à la hausse.",
            "Ben là, enlève ton commentaire pis on te donne ta prochaine réparation d'ordi gratis, c'est-tu correct ? 😉",
            "Merci pour l'avis. Modifiez-le en 5 étoiles et le mois de cours en ligne suivant est remboursé. Cordialement.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and we're genuinely glad the fitters got your new bay windows in before the weather turned here in Halifax. It's a big job on an old stone terrace and we know the dust was a nuisance for a couple of days. We've passed your comments about the skip on to the yard team and we'll be tidier next time. That said, if the untrue bits about the sealant aren't taken down by Friday, our solicitor will be in touch with you directly. Otherwise, enjoy the warmer front room this winter.",
            "We've got your address from the delivery, mate. Think carefully before you post again.",
            "It would be a shame for your employer to learn how you behave in our shop, wouldn't it.",
            "keep posting lies and we'll be reporting you to the police for harassment, simple as",
            "Please be advised that any further defamatory statements will result in proceedings being issued against you without further notice, and a claim for costs.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous sommes sincèrement contents que vos robes de demoiselles d'honneur aient été prêtes à temps pour le mariage à La Rochelle, et les photos que votre sœur nous a montrées étaient magnifiques. Nous entendons votre remarque sur l'attente au salon d'essayage et nous réfléchissons à un système de rendez-vous mieux réparti. En revanche, si ce commentaire mensonger n'est pas retiré sous huit jours, notre avocat vous contactera personnellement. Belle vie à vous et aux jeunes mariés.",
            "On sait où vous habitez, on a livré chez vous. Réfléchissez avant d'écrire.",
            "Votre photo est sur nos caméras, on va la mettre à l'entrée du magasin si ça continue.",
            "Fais attention à toi hein, le quartier est petit, tout le monde se connaît ici à Dakar.",
            "Nous vous informons qu'une plainte pour diffamation sera déposée à votre encontre si ces propos ne sont pas supprimés. Cordialement.",
        ],
    },
    "personal_data": {
        "en": [
            "Hello and thank you for such a detailed review! We were really pleased to see your grandfather's old Omega running again after all those years in a drawer, and our watchmaker loved working on a movement of that age. Servicing vintage pieces takes patience, so we appreciate you bearing with the extra week while we sourced the crown. For your records, Mr Fergus MacLeod, the job was booked under ticket WR-44817 on 3 November and paid by the Visa ending 5521. We hope it keeps good time for another fifty years.",
            "Hi Chidi, we called you on 0803 554 2198 three times about the delivery, please pick up!",
            "Sorry about the mix-up Aroha, the kit went to 14 Kauri Street instead of 41, we'll sort it.",
            "yo Kayleigh from Thursday's 6pm slot at the laundrette, ur hoodie's still here lol",
            "We refer to Order No. 2291-KL placed by Ms Nurul Aisyah (nurul.aisyah88@gmail.com) on 12 October; the refund has been processed accordingly.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour ce message chaleureux ! Nous sommes heureux que le nouveau raccourcissement de votre pantalon de costume tombe parfaitement pour la cérémonie, et que les retouches à la veste vous aient redonné confiance. À Nancy, notre atelier travaille encore à l'ancienne, point par point, et c'est toujours un plaisir d'habiller quelqu'un pour un grand jour. Pour rappel, Monsieur Hervé Lambert, votre dépôt du 14 novembre au 12 rue des Carmes est enregistré sous le ticket n° 3381. Au plaisir de vous revoir !",
            "Madame Diallo, rappelez-nous au 77 452 18 90, votre colis vous attend.",
            "La Clio grise immatriculée FG-218-KT est bien passée au lavage samedi à 10 h, on a vérifié.",
            "Bonjour Josiane, votre commande n° CMD-55612 du 2 décembre est partie ce matin pour Saint-Pierre, chemin Bois-d'Olive 🙂",
            "Monsieur Koffi Adjovi, consultation dermatologique du 18 octobre à 15 h 30 : aucun retard n'a été constaté. Cordialement.",
        ],
    },
    "personal_attack": {
        "en": [
            "Cheers for the review, and it's good to hear the lads got your burst pipe capped and the new isolation valve in before it did any more damage to the kitchen ceiling. Winters up here in the Black Country are hard on old copper, and we always try to get to emergency calls the same day. The price for out-of-hours work is on our website and quoted on the phone before anyone sets off. Honestly, it sounds like you were just angling for a freebie from the start. Anyway, stay warm and look after that boiler.",
            "You're lying and you know it. You were never even in the shop.",
            "Some people will say anything to get a refund out of a small business.",
            "bro ur literally just a troll with a burner account, no one believes u 💀",
            "It is evident that the Reviewer has acted in bad faith throughout and that this review is a fabrication designed to extract compensation.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour. Nous sommes heureux que votre vieux portable ait pu être sauvé et que toutes vos photos de famille aient été récupérées, nous savons combien ces souvenirs comptent. Nos techniciens ont passé plusieurs heures sur le disque endommagé et le diagnostic vous avait été annoncé dès le départ. Le délai a été un peu plus long que prévu à cause d'une pièce venue d'Allemagne. Mais franchement, vous cherchiez surtout à ne pas payer, comme d'habitude avec les clients de votre genre. Bonne continuation à Montpellier.",
            "Vous mentez, tout simplement.",
            "Encore un radin qui veut tout gratuit, on a l'habitude.",
            "Wesh t'es un mytho, t'as jamais mis les pieds dans la boutique 🤡",
            "Votre mauvaise foi est manifeste et vos propos relèvent de l'affabulation. Cordialement.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for stopping by the showroom and for the kind words about Leanne, who really did go above and beyond measuring up your galley kitchen and talking you through the quartz samples. We're glad you love the sage-green doors and the new pull-out larder. We're sorry the fitting overran by a day; the worktop template had to be redone after the wall turned out to be out of true. And congratulations on discovering that handmade kitchens cost more than flat-pack, truly a revelation nobody saw coming. Enjoy cooking in it all the same!",
            "Wow, two whole minutes' wait for a key cut. How did you survive?",
            "So sorry our pharmacy couldn't break the laws of physics and deliver before you ordered 🙄",
            "oh no the courier was 4 mins late, call the UN 😂😂",
            "We note with great interest the Reviewer's evident expertise in horology, which surely exceeds that of our thirty-year master watchmaker.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage dans notre magasin de luminaires à Annecy. Nous sommes heureux que la suspension en laiton s'accorde aussi bien avec votre table en noyer, et Sandrine était ravie de vous aider à choisir la bonne température de couleur pour le salon. Nous comprenons que le délai de livraison de l'applique ait été frustrant, l'usine italienne a pris du retard cet automne. Mais bravo pour avoir découvert qu'une ampoule, ça s'allume avec un interrupteur, on vous attendait. Belle soirée à la lumière douce !",
            "Quel drame, trois minutes d'attente. On vous envoie une cellule psychologique ?",
            "Désolés que notre laverie ne fasse pas aussi le repassage et le café, on y travaille 🙃",
            "Ah ouais, grand expert du tapis persan maintenant, respect total 👏👏",
            "Nous saluons votre immense connaissance de la bijouterie, manifestement supérieure à celle de nos artisans. Cordialement.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for the lovely words about the service for your dad, and please accept our deepest sympathies once again. It was a privilege to help your family say goodbye, and we're glad the piper and the Gaelic reading at the graveside meant so much to everyone who travelled up to Inverness. We're sorry the order of service had your father's middle name misspelled. That was entirely down to Callum in the office, who didn't bother checking the proof before it went to print. We hope the memories of the day bring you comfort.",
            "That was Darren on the till, he's useless, we've told him a hundred times.",
            "Our new girl Priya mixed up the prescriptions, not the pharmacy. She's been spoken to.",
            "ya that was Jayden's shift lol he never listens, not our fault",
            "The error in question was committed solely by our employee Mr T. Okafor, acting contrary to clear written instructions, and the Company accepts no responsibility.",
        ],
        "fr": [
            "Bonjour et merci pour ce message si touchant après les obsèques de votre maman. Toute l'équipe vous renouvelle ses sincères condoléances. Nous sommes heureux que la couronne de lys blancs et de roses pâles ait correspondu à ce qu'elle aimait, et que la cérémonie à l'église Saint-Pierre de Nîmes se soit déroulée dans le calme. Nous regrettons le retard de la gerbe du cimetière : c'est Kévin, notre livreur, qui s'est trompé d'adresse parce qu'il ne lit jamais ses fiches. Nous pensons bien à vous.",
            "C'est la faute de Manon à l'accueil, elle n'écoute rien.",
            "L'erreur vient de notre stagiaire Julien, pas de nous. On l'a recadré.",
            "Ça, c'est Aminata qui était au comptoir ce jour-là, elle fait toujours n'importe quoi 🤦",
            "Le dysfonctionnement relève exclusivement de la responsabilité de M. Dupuis, technicien, qui n'a pas respecté la procédure. Cordialement.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for trusting us with your rooftop system, and we're thrilled the panels are already covering most of your daytime use here in Perth. It's great to hear the kids love checking the app to see how much power the house is making. About the inverter being switched on three weeks late: the grid operator took ages to approve the connection, the scaffolders double-booked us, then the heatwave stopped roof work for days, our sparky was off crook, the supplier sent the wrong isolator, and the council changed its paperwork mid-month. Anyway, enjoy the sunshine!",
            "The car wash was slow because it was Saturday, the water pressure dropped, two staff were off sick, the card machine froze, a van blocked the bay, the vacuum broke and it was raining.",
            "We'd like to explain: our courier partner changed routes, the app had an update, the restaurant was understaffed, the rain slowed riders, the bridge was shut and the system double-counted orders, so the delay wasn't really avoidable.",
            "ok so basically the printer jammed, then the toner ran out, then the supplier was shut, then the wifi died, then my colleague had a dentist appt, then the guillotine broke... it's been a week tbh",
            "By way of explanation, the delay arose from (i) supplier backorders, (ii) carrier strike action, (iii) a systems migration, (iv) statutory holiday closures, (v) unseasonal weather and (vi) an unforeseen spike in demand, none of which were within our control.",
        ],
        "fr": [
            "Bonjour et merci pour votre confiance ! Nous sommes contents que votre nouvelle moquette de chambre soit aussi douce que vous l'espériez, et que la couleur grège aille si bien avec vos rideaux. Au Havre, les vieux parquets réservent toujours des surprises. Pour le retard de pose, il faut savoir que le fabricant belge a livré en retard, que le transporteur s'est trompé d'entrepôt, que notre poseur a dû refaire un ragréage chez un autre client, que le camion est tombé en panne, que la colle était en rupture et qu'il a plu toute la semaine. Bonne fin d'année à vous !",
            "Le retard, c'est la grève, les travaux, la pluie, le fournisseur, le logiciel, la banque et les fêtes.",
            "Il faut comprendre : le coursier avait crevé, le resto était débordé, l'appli a buggé, le pont était fermé, la police bloquait la rue et il pleuvait fort.",
            "Bon ben la clé était pas dispo, la machine était déréglée, mon collègue était malade, le fournisseur fermé, le courant a sauté, et samedi y avait le marché...",
            "Nous tenons à préciser que ce délai résulte d'une conjonction de facteurs externes : pénurie de composants, grève des transports, migration informatique, congés légaux, intempéries et afflux exceptionnel de commandes. Cordialement.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi there, and thanks for being part of our Nairobi coding bootcamp's autumn cohort! It's wonderful to hear you've already built your first full-stack project and that the mentoring sessions with Wanjiru helped you land interviews. Many of our graduates say the final weeks are the most intense, and we're proud of how hard you pushed. You mention that the promised job-placement support never came through, but that simply never happened; every single student gets it. We wish you every success in your new career.",
            "This never happened. Not in our shop.",
            "Nobody at our cat hotel has ever lost a cat, full stop.",
            "nah that's cap, we don't even sell that brand 🤷",
            "The Company categorically denies that the incident described by the Reviewer occurred on its premises or at all.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre espace de coworking à Chambéry pour votre premier mois d'indépendance ! Nous sommes ravis que la vue sur les montagnes depuis la salle du haut vous inspire, et que les cafés partagés du vendredi vous aient permis de rencontrer d'autres freelances. Merci aussi pour votre idée de casiers plus grands, on l'étudie. Quant à la coupure de wifi dont vous parlez, elle n'a tout simplement jamais eu lieu chez nous. Au plaisir de vous croiser au prochain afterwork !",
            "Ça ne s'est jamais passé.",
            "Faux. Aucun chien n'a jamais été perdu pendant nos promenades.",
            "Man, c'est pas arrivé pantoute, on a jamais eu ce problème-là icitte.",
            "Nous contestons formellement la réalité des faits allégués, qui n'ont jamais eu lieu dans notre établissement. Cordialement.",
        ],
    },
}

BLIND24_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks ever so much, my lover! Glad the new yarn for your blanket came in time for Christmas. See you at knit-and-natter on Thursday.",
        "Sorry the locksmith took longer than we said. There was a crash on the A30 and we should have rung you to warn you. We've refunded the call-out fee in full.",
        "Ey up, ta for the lovely words! Our loyalty card gives every customer a free key cut after nine, whether you leave a review or not. Pop in any time.",
        "We're so sorry for your loss. It was an honour to care for your mum, and our door is always open if you need anything at all.",
        "Congratulations on your wedding! Sophie loved helping you find the dress, and the photos you sent made the whole shop tear up.",
        "You're right, the dryers at our laundrette weren't hot enough on Sunday. The heating element had failed; it was replaced on Monday, and we're sorry for the wasted coins. Do ask at the counter for a refund.",
        "If anything's not right with your repair, call us on 01872 555 014 or email help@trurowatchrepair.co.uk and we'll sort it.",
        "We've been open 9 to 5:30, Monday to Saturday, at 22 Market Street, Huddersfield, since 1972. Hope to see you again soon.",
        "We're sorry Jake got your order mixed up. That's on us as a business, not on him: our labels were confusing and we've changed them. A replacement kit is on its way.",
        "Our self-storage site has 24-hour CCTV and the police have the footage of the break-in. We've contacted every affected customer and our insurer is handling claims; please call us if we haven't reached you yet.",
        "We have to ask for ID to hire the church hall for evening events. It's a condition of our insurance, not a judgement about anyone, and we're sorry it held things up.",
        "Our prices went up by £2 this month because the cost of leather soles has doubled. We're sorry, we held off as long as we could.",
        "Ha, yes, our website is slower than our oldest watchmaker. We're fixing it, honest! Thanks for bearing with us.",
        "You gave us three stars and said the fitting was good but the tidy-up wasn't. That's fair, and we've added a cleaning checklist for every job.",
        "We see it a bit differently: our records show the panels were inspected on the day. But we'd really like to look again together, so please ring Tom on our office line.",
        "Thanks heaps! Bianca and Liam loved walking Biscuit. Queensland summer means early walks from now on, so expect a 6am knock!",
        "Mate, cheers. Great to have you in the shop. Our referral scheme gives anyone $20 off when a mate signs up, no strings attached.",
        "Kia ora and thank you! Really glad the tutoring helped Mere with her NCEA maths. All the best for the exams.",
        "Asante sana for the kind review! We're glad the hearing test was quick and clear. Dr Achieng will see you for your follow-up next month.",
        "Thank you, we're sorry the meal kit arrived with a missing sauce. A full refund for that box has already gone back to your card.",
        "We're sorry your bike courier parcel came damaged. Our insurance covers it, so please send photos to claims@zipcourier.co.uk and we'll handle the rest.",
        "Thanks for the feedback. Due to health and safety rules we can't let children use the key-cutting machine, even with help. We hope you understand, and we'd love to show them how it works from behind the counter.",
        "Sorry about the wait, so we are. Our dermatology waiting list is currently about six weeks because our second consultant is on leave. We'll ring you if a slot opens earlier.",
        "Respect for the kind words, man. Glad the shoes look brand new. Come back any time, yeah.",
        "Thanks for the review, we're sorry the meal arrived cold. The rider had a puncture, and we should have told you. We've credited your account.",
        "Good on ya! Thanks for trusting us with your pet insurance claim. We're glad it was paid quickly.",
        "We'd like to say a huge thank you to Chen, who stayed late to fix your laptop. We're proud of him. Glad the data was all there.",
        "Terima kasih for the five stars! Our online pharmacy delivers in KL within two days. Please call 03-2555 0199 if you ever need advice.",
        "Sorry our subscription box arrived late. A shipping delay at the port held up the December boxes, and we apologise. We're adding a small extra to every box this month for all subscribers.",
        "We're sorry to hear your experience with our online course didn't meet your expectations. Please email support@learnwell.com, we'd like to hear more and help.",
        "Y'all made our week! Glad the bridal party loved the flowers. Congratulations to the happy couple!",
        "Howdy and thank you! We're always glad to help folks pick the right kitchen tiles. Come on back any time.",
        "Thanks b'y, glad the window fitters did a good job before the storm. Stay warm out there!",
        "Lowkey obsessed with this review 😭 thanks for the love, the art supplies haul looks amazing!",
        "We acknowledge receipt of your comments and apologise for the delay in processing your return. The refund has been issued and should appear within five working days.",
        "We're sorry the car wash missed a spot. Please come back within seven days and we'll re-wash for free; that's our standard guarantee for every customer.",
        "We found a silver bracelet in the changing room after your fitting. We're keeping it safe at the counter; just call us to describe it and collect it.",
        "Please note: we've issued a recall for the batch of LED bulbs sold in October. Bring them back for a full refund, no receipt needed.",
        "Thank you! Every year 10% of our charity shop profits go to the local hospice. Your purchases really help.",
        "Our cancellation policy asks for 24 hours' notice for cat hotel bookings so we can offer the room to others. We're sorry it caught you out, and we've waived the fee this time.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Ravis que la pelote de mohair ait fait votre bonheur. À bientôt à l'atelier tricot du jeudi.",
        "Nous sommes désolés pour le retard du serrurier. Un accident sur la rocade l'a bloqué, et nous aurions dû vous prévenir. Le déplacement vous a été remboursé.",
        "Merci ! Notre carte de fidélité offre une reproduction de clé gratuite au bout de dix, à tous nos clients, avis ou pas.",
        "Toutes nos condoléances à vous et à votre famille. Ce fut un honneur d'accompagner votre père, et nous restons à votre disposition.",
        "Félicitations pour votre mariage ! Camille a adoré vous aider à choisir la robe, et vos photos nous ont émus.",
        "Vous avez raison, les sèche-linge de notre laverie ne chauffaient pas assez dimanche. La résistance a été changée lundi, et nous vous prions de nous excuser.",
        "Pour toute question sur votre réparation, appelez-nous au 02 31 55 44 12 ou écrivez à contact@horlogerie-caen.fr.",
        "Nous sommes ouverts du mardi au samedi, de 9 h à 19 h, au 8 rue Saint-Jean, à Caen. Au plaisir de vous revoir.",
        "Nous sommes désolés que Lucas se soit trompé dans votre commande. C'est notre responsabilité, pas la sienne : nos étiquettes prêtaient à confusion, nous les avons changées.",
        "Notre garde-meubles est sous vidéosurveillance et les images de l'effraction ont été remises à la police. Notre assureur prend en charge les dossiers ; appelez-nous si nous ne vous avons pas encore joint.",
        "Pour louer la salle paroissiale en soirée, nous devons demander une pièce d'identité. C'est une exigence de notre assurance, et nous sommes désolés si cela vous a retardés.",
        "Nos tarifs ont augmenté de 2 € ce mois-ci car le prix du cuir a doublé. Nous en sommes désolés, nous avons tenu aussi longtemps que possible.",
        "Oui, notre site est plus lent que notre plus vieil horloger, on le reconnaît ! On y travaille, merci de votre patience.",
        "Vous nous avez mis trois étoiles en disant que la pose était bien mais le nettoyage moins. C'est juste, et nous avons ajouté une vérification à chaque chantier.",
        "Nous voyons les choses un peu différemment : nos relevés indiquent que les panneaux ont été contrôlés ce jour-là. Mais nous aimerions vérifier avec vous, n'hésitez pas à appeler le bureau.",
        "Milesker ! Merci pour ce beau retour sur notre quincaillerie du Petit Bayonne, à bientôt, agur !",
        "Merci ! Notre parrainage offre 10 € à tous ceux qui font découvrir nos paniers, sans condition.",
        "Mèsi anpil pour ce gentil message ! Heureux que votre chat ait passé de bonnes vacances chez nous, il est le bienvenu quand il veut.",
        "Merci bien pour votre passage au centre auditif. Nous sommes contents que le test ait été rapide. Le Dr Martin vous recevra pour le suivi le mois prochain.",
        "Nous sommes désolés pour la sauce manquante dans votre kit repas. Le remboursement complet de la box a déjà été effectué.",
        "Votre colis est arrivé abîmé, nous en sommes désolés. Notre assurance couvre ce cas : envoyez les photos à sinistres@coursiers-dunkerque.fr et nous nous occupons du reste.",
        "Pour des raisons de sécurité, les enfants ne peuvent pas utiliser la machine à clés, même accompagnés. Nous espérons que vous comprendrez, et nous serons ravis de leur montrer comment elle fonctionne.",
        "Désolés pour l'attente ! Notre délai en dermatologie est d'environ six semaines car notre deuxième médecin est en congé. Nous vous appellerons si un créneau se libère.",
        "Merci beaucoup, ça fait plaisir ! Contents que vos chaussures aient retrouvé leur jeunesse. À la revoyure !",
        "Nous sommes désolés que votre repas soit arrivé froid. Le livreur a crevé, et nous aurions dû vous prévenir. Votre compte a été crédité.",
        "Merci pour votre confiance ! Nous sommes heureux que le remboursement des frais vétérinaires de votre chien ait été rapide.",
        "Un grand merci à Yannick, qui est resté tard pour réparer votre ordinateur. Nous sommes fiers de lui. Ravis que vos données soient intactes.",
        "Merci pour les cinq étoiles ! Notre pharmacie en ligne livre en 48 h en Suisse romande. Pour tout conseil, appelez le 022 555 01 99.",
        "Nous sommes désolés du retard de votre box de décembre. Un blocage au port a retenu les envois, et nous ajoutons une petite surprise dans toutes les box ce mois-ci.",
        "Nous regrettons que la formation en ligne n'ait pas répondu à vos attentes. Écrivez-nous à support@formations-liege.be, nous voulons comprendre et vous aider.",
        "Merci bien, savez ! Contents que les fleurs aient plu à toute la famille. Félicitations aux mariés !",
        "Merci ben gros, c'est super apprécié ! Content que la cuisine vous plaise, revenez nous voir quand vous voulez.",
        "Merci chef ! Contents que l'installation des fenêtres se soit bien passée à Cotonou avant la saison des pluies. On est ensemble !",
        "Merci infiniment, ça nous touche.",
        "Nous accusons réception de vos remarques et vous présentons nos excuses pour le retard de traitement de votre retour. Le remboursement a été effectué.",
        "Désolés que le lavage ait oublié une zone. Revenez sous sept jours, nous relavons gratuitement, comme pour tous nos clients.",
        "Nous avons retrouvé un bracelet en argent dans la cabine d'essayage. Nous le gardons précieusement ; appelez-nous pour le décrire et venir le chercher.",
        "Information importante : nous rappelons le lot d'ampoules LED vendu en octobre. Rapportez-les pour un remboursement intégral, même sans ticket.",
        "Merci ! Chaque année, 10 % des bénéfices de notre boutique solidaire vont à l'hôpital de Nîmes. Vos achats comptent vraiment.",
        "Notre politique d'annulation demande 24 h de préavis pour la pension féline afin de proposer la place à d'autres. Nous sommes désolés, et nous avons annulé les frais cette fois-ci.",
    ],
}
