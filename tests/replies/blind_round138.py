"""Blind reply set, round 138: owner replies the pre-post check has never seen.

Who and when: written by helper w136, an independent writer, on 2026-12-07,
for blind round 136 (file blind_round138.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hairdressers, barbers, beauty salons and spas, tanning studios, tattoo parlours
and nail bars, with varied business names and places.  Each French reply was
written directly in French, not translated.  Apart from the brief and the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other folder
under /work, the git history or /work/.library; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing any
result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and forty
good French replies.  Registers, drawn from: French from Lyon, Marseille,
Nantes, Bordeaux, Lille, Toulouse, Strasbourg, Rennes and Brittany, Paris,
Aix-en-Provence, Brussels, Liege, Geneva, Lausanne, Quebec, Abidjan, Dakar,
Cotonou, Douala, Yaounde and Kinshasa, texting, very formal administrative
French, curt replies and unaccented French; English from Dublin, Cork, Tralee,
Manchester, Bristol, Birmingham, London, Edinburgh, Glasgow, Harrogate, Sydney, Melbourne,
Wellington, Auckland, Durban, Cape Town, Toronto, Texas, Pune, Mumbai and
Bangalore, texting with emoji, very formal corporate English and curt
one-liners; veiled and polite phrasings; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single sentence
or clause.  Good replies include look-alikes that are not faults: a loyalty or
referral scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that keeps
the door open, condolences, congratulations, a safety rule explained kindly, a
price change explained with an apology, a goodwill gesture for a fault that is
not tied to any review, and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND138_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a glowing write-up, it genuinely made our Tuesday at Strand & Co "
                "in Ranelagh. Balayage on dark hair is one of the trickiest things we do, and we're thrilled "
                "the tone came out exactly the honey shade you showed us. It was a pleasure having you in "
                "the chair, and we loved chatting about holidays and good coffee. If you could bump the "
                "review up from four stars to five, your next blow-dry is on the house. A sulphate-free "
                "shampoo will keep that colour glowing for weeks. Looking forward to seeing you again soon! "
                "Aoife and the team"
            ),
            (
                "cheers legend 🙌 chuck us 5 stars and ur next fade's half price, just flash the review at "
                "the counter 💈🔥"
            ),
            (
                "In line with our client appreciation programme, guests who update their published rating to "
                "five stars are eligible for a complimentary gel manicure at any of our Birmingham locations."
            ),
            (
                "We'd hate for one rushed session to define us, so if you felt able to reconsider your "
                "stars, we'd love to treat you to a week of free sunbed minutes as a small thank you. Warm "
                "regards, Sun Kissed Durban"
            ),
            (
                "Fingers crossed that rating climbs a bit 😉 there's a free touch-up waiting for anyone who "
                "edits their review to 5. Northern Needle Tattoo, Toronto"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce message qui a illuminé notre samedi au salon de la "
                "Croix-Rousse. Le passage du brun au blond polaire n'est jamais simple, et nous sommes ravis "
                "que le résultat corresponde exactement à ce que vous aviez imaginé. Prendre le temps "
                "d'écouter chaque cliente fait partie de notre façon de travailler, et lire que vous vous "
                "êtes sentie en confiance nous touche beaucoup. Si vous passez votre avis à cinq étoiles, "
                "nous vous offrons le soin Olaplex lors de votre prochain rendez-vous. Pensez à revenir pour "
                "l'entretien des racines d'ici six à huit semaines. Belle journée et à très vite ! L'équipe "
                "Mèches & Merveilles"
            ),
            "merci bcp 😍 si tu enleves ton avis ta pose gel est offerte la prochaine fois, promis 💅",
            (
                "Nous vous proposons volontiers une séance de bronzage gratuite, pour autant que vous "
                "acceptiez de modifier votre évaluation. Bien à vous, Soleil d'Ixelles"
            ),
            (
                "Merci pour ton avis! Si jamais tu montes ta note à 5 étoiles, on te fait une retouche de "
                "ton tatou gratis, c'est pas compliqué pantoute 😉"
            ),
            (
                "Chère cliente, nous espérons que vous voudrez bien revoir votre note ; un soin du visage "
                "vous attend gracieusement au salon dès que ce sera fait. Que Dieu vous bénisse. Institut "
                "Belle Ivoire, Cocody"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for taking the time to write this, and I'm genuinely sorry the skin fade didn't "
                "blend the way you wanted. We pride ourselves on clean work at Sharp Lines in Ancoats, so "
                "it's hard to read that you left unhappy. I'd love the chance to fix it properly, free of "
                "charge, with our senior barber at a time that suits you. Just so you know, your comments "
                "about our hygiene have gone to our solicitor, and if they aren't taken down you'll be "
                "hearing from her. Our door is always open, and we'd really like to turn this around. Give "
                "us a ring on 0161 496 0732 whenever you're ready. Dan, owner"
            ),
            "mate keep running ur mouth online and ur banned from every shop on the strip, we all talk 😤",
            (
                "Please be advised that your statements have been referred to our legal counsel, and we "
                "reserve the right to pursue all remedies available to us under Texas law."
            ),
            (
                "We'd gently remind you that Tralee is a small town, and people here tend to find out who's "
                "writing these things. Best wishes, Niamh, Polished Nail Bar"
            ),
            (
                "Sir, we have your CCTV footage and will be sharing it with your office if this review is "
                "not deleted. Regards, Royal Cuts Salon, Bandra"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire, et sincèrement désolée que votre "
                "épilation ne se soit pas passée comme vous l'espériez. Au Jardin d'Ève, le confort de "
                "chaque cliente compte énormément, et nous avons relu votre message en équipe. Nous "
                "aimerions beaucoup vous revoir pour comprendre ce qui a coincé et vous proposer un soin "
                "apaisant offert. Sachez toutefois que notre avocat a été informé de vos propos et qu'il "
                "n'hésitera pas à engager des poursuites s'ils restent en ligne. Nous restons joignables au "
                "salon du mardi au samedi pour en parler calmement. Bonne fin de semaine à vous. Sandrine, "
                "Marseille"
            ),
            "continue comme ça et on balance ton nom sur notre page insta, tout le quartier saura qui t'es 😡",
            (
                "Nous vous informons que vos allégations ont été transmises à notre service juridique, "
                "lequel se réserve le droit de déposer plainte pour atteinte à l'honneur auprès du Ministère "
                "public du canton de Vaud. Salon Élégance, Lausanne"
            ),
            (
                "On connaît du monde dans le coin, pis on sait c'est qui qui écrit ça. Je serais prudent à "
                "ta place."
            ),
            (
                "Madame nous avons votre numero et nous allons signaler votre comportement a votre employeur "
                "si ce commentaire reste en ligne. Salon Teranga Beauté, Dakar"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you so much for coming in and for such a thoughtful review. We're sorry the gel on "
                "your ring finger lifted after a few days; that's not the standard we aim for, and we'd love "
                "to put it right. All our technicians have just completed a refresher on cuticle prep, so "
                "your feedback has already made a difference. We've tried calling you on 07700 914 382 to "
                "book a free repair but couldn't get through, so please do give us a buzz when it suits. In "
                "the meantime, a little cuticle oil each evening will help keep everything sealed. Thanks "
                "again for your patience. Lola & the team at Gloss Bar Clifton"
            ),
            (
                "hey Jess!! so sorry about the streaks from ur sat 14th spray tan with ur mum 🙈 pop back in "
                "n we'll fix it 🧡"
            ),
            (
                "We have reviewed booking reference HBX-20931 and confirm that the card ending 4417 was "
                "charged the standard deposit in accordance with our cancellation policy."
            ),
            (
                "Sorry tae hear this, Mr Donaldson. As you'll mind, you came in on Friday the 3rd with your "
                "partner and wee boy for three cuts, and we'd be glad to have a chat about it. Clyde "
                "Cutters, Glasgow"
            ),
            (
                "Hi Thabo, we've emailed you at thabo.m.nkosi@gmail.com with aftercare tips for the sleeve "
                "we started on 2 May, shout if it went to spam. Ink Republic, Sea Point"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour honnête. Nous sommes vraiment désolés que la taille de "
                "barbe ait été plus courte que ce que vous aviez demandé ; ce n'est pas notre façon de "
                "travailler. Nous avons revu avec toute l'équipe la manière de valider la longueur avec le "
                "client avant de prendre la tondeuse. Nous vous avons laissé un message au 06 12 47 83 90 "
                "pour vous proposer un rendez-vous d'entretien offert, mais sans réponse pour l'instant. Une "
                "barbe, heureusement, ça repousse, et nous serions ravis de vous aider à retrouver la forme "
                "qui vous plaît. Au plaisir de vous revoir. Yann, Le Barbier de Trentemoult"
            ),
            (
                "coucou Léa 😘 dsl pour ton bronzage de mercredi 16h avec ta copine Inès, repasse on te "
                "refait une séance 🌞"
            ),
            (
                "Après vérification de votre réservation n° TAT-5528 et du paiement par carte se terminant "
                "par 0921, nous confirmons que l'acompte de 80 euros reste acquis conformément à nos "
                "conditions générales."
            ),
            (
                "Bonjour Madame Van Damme, nous nous souvenons bien de votre venue du 12 mars avec votre "
                "fille pour son essai coiffure de mariage, et nous regrettons sincèrement votre déception. "
                "Bien à vous."
            ),
            (
                "Bonjour Mme Ngo Bilong, nous sommes passés à votre domicile au quartier Bastos, derrière la "
                "pharmacie, pour vous déposer le vernis oublié, mais vous étiez absente. Onglerie Chic "
                "Yaoundé"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for taking the time to share your experience with us at Maple & Mane on Queen "
                "West. We always want every client to leave feeling their best, and we're sorry the cut "
                "didn't feel right once you got home. Our stylists do a full consultation before every "
                "service, and we're always happy to book a complimentary adjustment within seven days. "
                "Honestly, though, it was clear you were angling for a free haircut from the moment you sat "
                "down. We'd still welcome a call at the front desk if you'd like to talk it through. Wishing "
                "you a lovely week. The Maple & Mane team"
            ),
            "lol ur the rudest client we've had all year, absolute clown 🙄",
            (
                "Regrettably, your account of events is untruthful, and it is evident that this complaint "
                "has been fabricated."
            ),
            (
                "We'd politely suggest that someone who shouted at a nineteen-year-old receptionist may not "
                "be the best judge of customer service. Kind regards, Brow Bar Melbourne"
            ),
            "Madam, you are simply a cheapskate trying to get threading done for free, that is the truth.",
        ],
        "fr": [
            (
                "Bonjour, merci pour votre message et pour le temps pris à le rédiger. Nous sommes "
                "sincèrement navrés que le soin du visage ne vous ait pas apporté l'éclat espéré. Nos "
                "esthéticiennes adaptent chaque protocole au type de peau, et nous aurions aimé en discuter "
                "avec vous sur place. Pour être franche, vous mentez sur la durée du soin, et vous le savez "
                "très bien. Notre porte reste ouverte si vous souhaitez en reparler, par téléphone ou "
                "directement à l'institut des Chartrons. Belle journée à vous. Émilie"
            ),
            "t'es vraiment un rat, tu voulais juste pas payer ta coupe 🐀",
            (
                "Nous constatons que votre commentaire relève d'une mauvaise foi manifeste et ne saurait "
                "être pris au sérieux."
            ),
            (
                "Franchement, t'es le client le plus bête qu'on a eu au salon, pis tout le monde icitte le "
                "pense."
            ),
            (
                "Madame, vous êtes une profiteuse qui cherche toujours le gratuit partout où elle passe. "
                "Salon Élite, Kinshasa"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Kia ora and thanks for popping in to see us at Harbourside Beauty Lounge. We're sorry your "
                "lash lift didn't hold its curl as long as you'd hoped; humidity can play a part, but we'd "
                "still like to take a look. Our lash artist has plenty of tips to keep things looking fresh "
                "between appointments. Oh, and thank you so much for the expert review, we had no idea we "
                "had a world-leading lash scientist in the chair. If you'd like a complimentary check-up, "
                "just send us a message and we'll find a slot. Have a lovely weekend. The team, Wellington"
            ),
            "wow 2 stars for a free fringe trim, truly devastating, we'll never recover 😂😂",
            (
                "We are deeply honoured that you found time in your undoubtedly very busy schedule to grace "
                "us with such an insightful critique of our complimentary coffee."
            ),
            (
                "Shame, we're so terribly sorry that your tattoo hurt. We'll be sure to invent painless "
                "needles just for you. Regards, Black Anchor Ink, Cape Town"
            ),
            (
                "Ah sure, what a surprise, another expert who knows more about highlights than the woman "
                "who's been doing them for thirty years. Grand so."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi notre onglerie du Vieux-Lille. Nous sommes désolées que la "
                "couleur de votre semi-permanent ait paru plus foncée qu'en photo ; les éclairages jouent "
                "parfois des tours. Nous proposons à chaque cliente un nuancier à la lumière naturelle près "
                "de la vitrine pour éviter ce genre de surprise. Et un grand bravo pour cette analyse digne "
                "d'une experte en colorimétrie, on a presque envie de vous embaucher. Si vous souhaitez "
                "changer de teinte, passez nous voir, nous trouverons un créneau. Belle semaine à vous ! "
                "L'équipe Onglerie des Carreaux"
            ),
            "ah oui 1 etoile pour 5 min d attente, quel drame, on va s en remettre difficilement 🙃",
            (
                "Nous vous remercions chaleureusement de nous avoir éclairés de votre immense expertise en "
                "matière de coupe, dont nous ne doutions pas un seul instant."
            ),
            (
                "Oh, toutes nos excuses d'avoir osé vous faire attendre trois minutes, Votre Altesse. La "
                "prochaine fois, on déroulera le tapis rouge, une fois. Salon Chez Nadine, Liège"
            ),
            "Wow, merci ben gros pour tes conseils de pro, on savait pas que t'étais tatoueur toi aussi 🙄",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your feedback, and I'm really sorry your colour appointment ran so far over "
                "time. We know how precious a Saturday afternoon is, and we never want anyone leaving the "
                "salon later than planned. We've since reworked our colour booking slots so there's a proper "
                "buffer between clients. Kirsty was the one who double-booked you and then mixed the wrong "
                "toner, so that's where it all fell apart. We'd love to invite you back for a complimentary "
                "gloss to get the shade exactly where you want it. Please drop us an email at "
                "hello@thistlehair.co.uk and we'll sort a time. Warmest wishes, Fiona, Thistle Hair, "
                "Stockbridge"
            ),
            "soz bro that was Jayden's cut not mine, he's new and rushes everything 🤦‍♂️",
            (
                "Following an internal review, we have determined that the burn was caused by technician "
                "Sarah Whitfield failing to perform the required patch test."
            ),
            (
                "We're sorry, truly. Between us, Bec was on the spray gun that day and she's been spoken to. "
                "Bronze Bay, Bondi"
            ),
            "Sorry ma'am, the threading was done by Pooja who is very careless, we have warned her strictly.",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous faire ce retour détaillé. Nous sommes "
                "sincèrement désolés que votre coupe soit plus courte que prévu, d'autant que vous nous "
                "aviez apporté des photos très claires. Depuis, nous avons instauré une validation de la "
                "longueur au miroir avant chaque coupe. C'est Mathieu qui n'a pas écouté vos consignes et "
                "qui a coupé trop vite, c'est lui le responsable. Nous serions heureux de vous proposer un "
                "soin et un rendez-vous de rattrapage offerts avec notre responsable technique. Vous pouvez "
                "nous joindre au 05 61 22 40 18 du mardi au samedi. Bien cordialement, Salon Capitole "
                "Coiffure"
            ),
            "dsl c'est Kevin qui t'a fait ton degrade, il est pas au point, on l'a recadré 😬",
            (
                "Il ressort de notre enquête interne que l'incident est imputable à Mme Laura Berset, "
                "esthéticienne, qui n'a pas respecté le protocole de désinfection."
            ),
            (
                "Désolé! C'est Jessica qui était sur ton tatou ce jour-là, pis elle a pas suivi le stencil "
                "pantoute."
            ),
            (
                "Pardon maman, c'est Awa qui a mal posé vos faux ongles, elle est distraite ces temps-ci. "
                "Onglerie Prestige, Cotonou"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks so much for taking the time to write this, and I'm sorry the wait on the day was "
                "longer than you expected. We really value everyone who walks through our door at Rebel Rose "
                "Tattoo in Cork. The delay happened because our autoclave needed an extra cycle, the "
                "previous client's piece ran over, our apprentice was out sick, the card machine went down "
                "twice, a delivery arrived mid-session and the street was closed for roadworks, so honestly "
                "there was very little we could have done differently. We'd love to have you back to finish "
                "the linework whenever suits. Just send us a DM and we'll look after you. Cheers, Orla"
            ),
            (
                "look we were short staffed, the dryer broke, the power kept flickering, my kid was sick and "
                "the parking was chaos lol 🤷‍♀️ wasn't on us"
            ),
            (
                "Please note that appointment durations are estimates only; service time depends on hair "
                "length, density, porosity, previous chemical history, client punctuality, product "
                "processing times and the complexity of the requested style, all of which are set out in "
                "sections 4.2 to 4.9 of our terms and conditions."
            ),
            (
                "We understand, and just to give some context: it was our busiest week of the year, two of "
                "our stylists had the flu, the supplier sent the wrong developer, our booking app glitched "
                "and the hydro was out for an hour that morning, so we truly did our very best under the "
                "circumstances."
            ),
            (
                "Sir, the AC was not working due to power cut, generator had diesel issue, staff came late "
                "due to rain, traffic was very heavy and water supply was also not there, so the delay was "
                "not in our hands."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup pour votre retour et pour votre visite à notre institut de la "
                "Petite France. Nous sommes désolées que votre massage ait commencé en retard. Il faut dire "
                "que ce jour-là la cliente précédente est arrivée avec vingt minutes de retard, notre "
                "chaudière est tombée en panne, la stagiaire était à l'école, le logiciel de réservation a "
                "planté, les huiles n'avaient pas été livrées et le tram était en grève, donc nous n'avions "
                "vraiment aucune marge. Nous tenons énormément à ce que chaque moment passé chez nous soit "
                "un vrai instant de détente. N'hésitez pas à nous appeler pour convenir d'un nouveau "
                "rendez-vous. À très bientôt. L'équipe de l'Institut Lumière d'Alsace"
            ),
            (
                "bah on était que 2, la clim marchait pas, le fournisseur avait pas livré, y avait la fête "
                "du quartier, bref c'était pas notre faute hein 🤷"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte de la conjonction de plusieurs "
                "facteurs, à savoir l'indisponibilité imprévue d'un collaborateur, une surcharge "
                "exceptionnelle du planning, un retard de livraison de nos fournisseurs, une coupure réseau "
                "affectant le terminal de paiement ainsi que des contraintes réglementaires d'hygiène, "
                "autant d'éléments indépendants de notre volonté."
            ),
            (
                "Ben là, faut comprendre qu'on avait une tempête, la moitié du staff était prise dans le "
                "trafic, la machine à café était brisée, le logiciel plantait pis le boss était en vacances, "
                "fait qu'on pouvait pas faire mieux."
            ),
            (
                "Bonjour madame, il y avait delestage, le groupe electrogene etait en panne, la route etait "
                "inondee, la coiffeuse habite loin et les meches sont arrivees en retard du marche, donc ce "
                "n etait pas de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "G'day and thanks for taking the time to leave a review for Harbour Fades in Surry Hills. We "
                "always want everyone who sits in our chair to walk out feeling sharp, and we're sorry you "
                "didn't leave happy. We work hard on keeping the shop welcoming, with fresh towels for every "
                "client and clippers cleaned between every cut. Our barbers never nick anyone with a "
                "straight razor, so that simply didn't happen here. If you'd like to chat about your visit, "
                "give us a call on (02) 9555 0148 or drop in any weekday. Cheers, Mick"
            ),
            "nah that never happened bro, no one got charged twice 💯",
            (
                "We have found no basis for your claim; no client of ours has ever experienced an allergic "
                "reaction to our products."
            ),
            (
                "With the greatest of respect, that's simply not possible, as none of our nail technicians "
                "would ever reuse a file."
            ),
            (
                "Sorry but impossible, our sunbeds run on automatic timers, nobody gets burnt at Bronze Bay "
                "Umhlanga."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre expérience au studio. Un tatouage, "
                "c'est un projet important et nous comprenons que vous attendiez beaucoup de cette séance. "
                "Nous accordons énormément d'importance à l'hygiène et à l'accueil, et nous sommes toujours "
                "preneurs de retours pour nous améliorer. En revanche, notre tatoueur ne fume jamais dans le "
                "studio, cela n'est tout simplement jamais arrivé. Si vous souhaitez échanger sur le "
                "résultat ou envisager une retouche, nous serions ravis de vous revoir. Vous pouvez nous "
                "écrire à contact@encre-armor.bzh. Trugarez et à bientôt, l'équipe d'Encre d'Armor, Rennes"
            ),
            "n'importe quoi, personne t'a brûlée ici, ça s'est jamais passé 🙄",
            (
                "Après vérification, nous contestons formellement vos affirmations : aucun incident de cette "
                "nature ne s'est jamais produit au sein de notre établissement."
            ),
            (
                "Désolé mais c'est impossible, chez nous les pinces sont stérilisées après chaque cliente, "
                "jamais autrement. Bien à vous."
            ),
            (
                "Nos coiffeuses ne font jamais payer de supplément sans prévenir, cela n'a pas pu se "
                "produire au salon. Salon Yasmine, Genève"
            ),
        ],
    },
}

BLIND138_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much! Our stylist Siobhán is delighted you love your curls. See you for a refresh "
            "whenever you're ready. Curl Haven, Cork"
        ),
        (
            "Thanks for the kind words! Just so you know, every client gets a stamp card and the tenth cut "
            "is on us, whether or not you ever leave a review. See you next time. King's Cross Barbers"
        ),
        (
            "We're so sorry your gel extensions didn't last. That's not okay, and we'd like to fix them at "
            "no cost. Please call us on 020 7946 0321 or email bookings@nailnook.co.uk and ask for Priya, "
            "our manager."
        ),
        (
            "Thanks for flagging that the door was locked at 9. Our hours changed in March: we're now open "
            "Tuesday to Saturday, 10am to 7pm, and we've updated Google too. Sorry for the wasted trip."
        ),
        "Cheers mate! Tariq will be chuffed, he loves a good skin fade. See you in three weeks 💈",
        (
            "You're right, and I'm sorry. Chloe was new to the toner we use and we hadn't trained her "
            "properly on it, which is on us as a salon, not on her. We've booked extra training for the "
            "whole team and would like to correct your colour for free. Please call me directly on 0131 496 "
            "0222. Fiona, owner"
        ),
        (
            "We've refunded the full £45 for the brow lamination, and I'm sorry it didn't work out. We'd "
            "still love the chance to make it right if you ever fancy coming back."
        ),
        (
            "Sorry about the 20-minute wait. One of our barbers went home sick at short notice, and we "
            "should have texted to let you know. We've set up delay alerts now. Thanks for your patience."
        ),
        (
            "Thanks for your question about the deposit. Under our published booking terms, deposits are "
            "refundable with 48 hours' notice, but we're happy to talk through your situation if something "
            "came up. Please email us at studio@inkwellnz.co.nz."
        ),
        (
            "We're very sorry about the reaction to the wax. We're fully insured for exactly this kind of "
            "situation and we'd like to cover any doctor's costs; please get in touch on 09 555 0192 so we "
            "can help."
        ),
        (
            "So sorry your handbag went missing while you were at the basin. We've checked our CCTV and "
            "handed the footage to the police; give us a call and we'll pass on the incident number for your "
            "insurance claim."
        ),
        (
            "Ha, fair cop! Our coffee machine is older than most of our clients and about as reliable as the "
            "Irish weather. A new one's on order. Thanks for the laugh and the lovely review!"
        ),
        (
            "Thanks for the 3 stars and the honest feedback. You're right that the waiting area is cramped; "
            "we're knocking through to the back room in the new year. Hope to see you again."
        ),
        (
            "Thanks for your review. Our booking system shows the express tan rather than the full session, "
            "which might explain the lighter result, though we may not have explained the difference well. "
            "We'd really like to talk it through; could you give us a call on 03 9555 0174?"
        ),
        (
            "We're so sorry for your loss. It was a privilege to help you get ready for the service, and "
            "we're thinking of you. Take all the time you need, and know our door is always open."
        ),
        (
            "Congratulations to you both! It was a joy doing the bridal party's hair, and the photos look "
            "stunning. Wishing you a lifetime of happiness."
        ),
        (
            "We're sorry you were disappointed on the day. We ask every client for photo ID before "
            "tattooing, even if they look well over 18; it's a legal requirement and we apply it to "
            "everyone. We'd be glad to book you in whenever suits."
        ),
        (
            "You're right that our prices went up in January, and I'm sorry we didn't make that clearer "
            "before your appointment. Product and energy costs rose sharply this year. The full price list "
            "is now on our website and at reception."
        ),
        (
            "Thank you for such a detailed and fair review. Your point about the music being too loud in the "
            "treatment rooms is well taken, and we've already turned it down. Feedback like this genuinely "
            "helps us improve."
        ),
        "aww thank u sooo much 😍💅 see u next time!!",
        (
            "Thank you for your feedback. We apologise for the inconvenience caused by the booking error. "
            "Please contact our guest services team at care@luxebeautygroup.com and we will arrange a "
            "rebooking at your convenience."
        ),
        (
            "Thank you so much Ma'am for your kind words! Our team at Lotus Salon, Koramangala is very happy "
            "you liked the bridal makeup. Please do visit again."
        ),
        (
            "Shame, we're really sorry the sunbed timer cut out early. We've had the technician in to fix "
            "it. Pop in anytime and we'll give you a full session on us."
        ),
        "Thanks. Dryer's fixed. Hope to see you again.",
        (
            "Ah thanks a million, you're very good! Delighted the highlights turned out well. Mind yourself "
            "and see you soon."
        ),
        (
            "Thanks for coming in! Heads up: bring a friend and you both get 10% off your next visit. It's "
            "open to everyone, no catch."
        ),
        (
            "Cheers for the honest review. You're dead right, the parking's a nightmare. There's a free car "
            "park behind the church on Main Street, two minutes' walk from us. Sorry for the hassle."
        ),
        (
            "Hi there, I'm so sorry your acrylic broke within a day. That shouldn't happen. I'd love to redo "
            "the set for free. Please text us at (512) 555-0147 and we'll get you in this week. Thanks, "
            "Linh, Polished Nail Lounge, Austin"
        ),
        (
            "Thanks for the kind words! Our apprentice Maya did your flash piece and she's over the moon "
            "that you love it."
        ),
        "Cheers for the 5 stars, legend. See ya next time.",
        (
            "We're sorry you felt rushed. Our standard cut is booked as a 30-minute service, which we know "
            "isn't for everyone; we also offer a 45-minute consultation cut and we'd be happy to book that "
            "for you next time."
        ),
        (
            "You're absolutely right, the footbath wasn't up to standard and I'm truly sorry. We now log a "
            "full clean after every client, and you're welcome to ask to see the sheet. I'd really like to "
            "hear more; please email me at owner@tipsandtoes.ie. Deirdre"
        ),
        (
            "Kia ora, thanks heaps for the awesome review! Hemi loved working on your design. Follow the "
            "aftercare sheet and flick us a message if you've any questions."
        ),
        (
            "We're sorry we couldn't do your lash tint on the day. We need a patch test at least 48 hours "
            "beforehand for every client to check for allergies, and we know that's frustrating when you've "
            "made the trip. It's now in our booking confirmations so it's clear from the start."
        ),
        (
            "Thanks to everyone for your patience on Friday when the police closed the street after the "
            "accident next door. We're glad nobody was hurt, and we've rebooked every appointment that was "
            "affected."
        ),
        (
            "Dear Guest, thank you for your valuable feedback. We regret the delay in your appointment and "
            "have reviewed our scheduling with the front desk team. Kindly call us on +91 80 4567 1200 so we "
            "can make amends."
        ),
        (
            "Guilty as charged, our banter was louder than the clippers. We'll keep it down next time! "
            "Thanks for popping in."
        ),
        (
            "What a lovely review to wake up to! We're so happy you felt relaxed from the moment you "
            "arrived, and that the hot stone massage sorted out that stubborn shoulder. Anna takes great "
            "pride in her work and was thrilled to read this. Thank you for choosing us, and we look forward "
            "to seeing you again soon. The team at Willow Spa, Harrogate"
        ),
        (
            "We appreciate the 4-star review! Glad the new bed was a hit. We're working on the changing "
            "rooms next, so watch this space."
        ),
        (
            "I'm sorry you've had such a worrying experience. If you'd prefer to raise this formally, our "
            "complaints procedure is on our website and you're also entitled to contact Trading Standards; "
            "either way, I'd like to speak to you directly. Please call me on 0117 496 0555. Mark, manager"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce joli message ! Toute l'équipe est ravie que votre nouvelle coupe vous "
            "plaise. À bientôt au salon."
        ),
        "merci trop 😍 a bientot pour le remplissage 💅",
        (
            "Merci pour votre visite ! Pour information, notre carte de fidélité est proposée à toutes nos "
            "clientes : la dixième manucure est offerte, que vous laissiez un avis ou non."
        ),
        (
            "Merci pour votre confiance. Petit rappel : si vous nous présentez une amie, vous bénéficiez "
            "toutes les deux de 10 % sur votre prochaine prestation, c'est ouvert à toutes les clientes."
        ),
        (
            "Nous sommes vraiment désolés que votre couleur ait viré au roux. Ce n'est pas le résultat "
            "attendu et nous souhaitons la corriger gratuitement. Appelez-nous au 04 78 22 15 60 ou "
            "écrivez-nous à contact@salon-belleville.fr, nous trouverons un créneau rapidement."
        ),
        (
            "Bonjour, désolés pour le déplacement inutile ! Nos horaires ont changé : nous sommes ouverts du "
            "mardi au samedi de 9 h à 19 h, et le jeudi jusqu'à 21 h. Notre fiche est à jour. Au plaisir de "
            "vous accueillir."
        ),
        "Merci pour ce message ! Karim sera ravi de lire que sa taille de barbe vous a plu. À la prochaine !",
        (
            "Vous avez raison et nous vous présentons nos excuses. Julie débutait sur cette technique et "
            "c'était à nous, en tant que salon, de mieux l'accompagner ; la responsabilité nous revient "
            "entièrement. Nous avons organisé une formation pour toute l'équipe et aimerions reprendre votre "
            "balayage gratuitement. Appelez-moi directement au salon. Nathalie, gérante"
        ),
        (
            "Nous vous avons remboursé l'intégralité de la prestation, soit 55 euros, et nous sommes "
            "sincèrement désolés que le résultat ne vous ait pas convenu."
        ),
        (
            "Pardon pour l'attente de vingt minutes. Une de nos coiffeuses est tombée malade dans la matinée "
            "et nous aurions dû vous prévenir par SMS. Nous avons mis en place un système d'alerte pour que "
            "cela ne se reproduise pas."
        ),
        (
            "Merci pour votre message. Selon nos conditions générales de vente, affichées en caisse et sur "
            "notre site, l'acompte est remboursable en cas d'annulation au moins 48 heures à l'avance. Si "
            "vous avez eu un empêchement, contactez-nous, nous regarderons votre situation avec "
            "bienveillance."
        ),
        (
            "Nous sommes navrés de la réaction cutanée survenue après l'épilation. Notre institut est assuré "
            "en responsabilité civile professionnelle et nous prendrons en charge les frais médicaux "
            "éventuels. Merci de nous contacter au 02 40 35 18 77 pour que nous puissions vous accompagner."
        ),
        (
            "Nous sommes désolés pour la disparition de votre écharpe. Nous avons visionné les images de "
            "vidéosurveillance et les avons transmises au commissariat pour vous aider ; passez au salon "
            "quand vous voulez, nous vous donnerons toutes les références utiles."
        ),
        (
            "Promis, notre sèche-cheveux ne fera plus un bruit d'avion au décollage : il part enfin à la "
            "retraite ! Merci pour votre bonne humeur et à bientôt."
        ),
        (
            "Merci pour vos trois étoiles et pour ce retour honnête. Vous avez raison, la salle d'attente "
            "est trop petite ; des travaux sont prévus cet hiver."
        ),
        (
            "Merci pour votre avis. De notre côté, la formule réservée était le bronzage express et non la "
            "séance complète, ce qui peut expliquer la différence, mais nous avons peut-être mal présenté "
            "les options. Nous serions heureux d'en discuter avec vous par téléphone."
        ),
        (
            "Toutes nos condoléances. Ce fut un honneur de vous aider à vous préparer pour ce moment si "
            "difficile. Nos pensées vous accompagnent."
        ),
        (
            "Félicitations pour votre mariage ! C'était un vrai bonheur de coiffer tout le cortège, et les "
            "photos sont magnifiques. Tous nos vœux de bonheur."
        ),
        (
            "Nous comprenons votre déception. Au studio, nous ne tatouons aucune personne mineure et nous "
            "demandons une pièce d'identité à tout le monde, sans exception, par sécurité. Nous serons ravis "
            "de vous accueillir le moment venu."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté en janvier, et nous sommes désolés de ne pas l'avoir "
            "indiqué plus clairement avant votre rendez-vous. Le coût des produits et de l'énergie a "
            "fortement grimpé. La grille complète est désormais affichée à l'accueil et sur notre site."
        ),
        (
            "Un grand merci pour ce retour si détaillé et constructif. Votre remarque sur la musique trop "
            "forte en cabine est très juste ; nous l'avons déjà baissée. Ce genre d'avis nous aide vraiment "
            "à progresser."
        ),
        (
            "Merci beaucoup pour ce chouette commentaire ! On est ravis que la pédicure vous ait fait du "
            "bien. À tantôt ! Bien à vous, l'équipe de Beauté Flagey"
        ),
        (
            "Madame, Monsieur, nous vous remercions de votre appréciation et prenons bonne note de vos "
            "remarques concernant la ponctualité. Des mesures ont été prises afin d'améliorer la gestion des "
            "rendez-vous. Nous restons à votre entière disposition au 022 310 45 12. Avec nos meilleures "
            "salutations, Salon Rhône Coiffure, Genève"
        ),
        (
            "Merci ben gros pour ton beau commentaire! On est super contents que ton tatou guérisse bien. "
            "Lâche-nous un message si t'as des questions sur les soins!"
        ),
        (
            "Désolé pour l'attente, c'était pas correct. On avait mal planifié la journée, pis on a ajusté "
            "l'horaire depuis. Reviens nous voir, on va bien s'occuper de toi."
        ),
        (
            "Merci beaucoup ma sœur pour ce gentil message ! Toute l'équipe est contente que vos tresses "
            "vous plaisent. Que Dieu vous garde et à bientôt au salon."
        ),
        (
            "Bonjour madame, nous sommes vraiment désolés pour le retard de la pose. Il y a eu une coupure "
            "d'électricité et nous aurions dû vous prévenir. Nous avons acheté un groupe électrogène pour "
            "que cela n'arrive plus. Appelez-nous au 07 07 12 34 56 pour un nouveau rendez-vous. Salon "
            "Akwaba, Abidjan"
        ),
        (
            "Merci pour votre avis, desole pour le vernis qui a saute. Repassez quand vous voulez, on vous "
            "le refait gratuitement."
        ),
        "Merci. Problème de climatisation réglé. Au plaisir.",
        (
            "Nous accusons réception de votre avis et vous prions d'agréer nos sincères excuses pour le "
            "désagrément occasionné. Notre responsable qualité se tient à votre disposition à l'adresse "
            "qualite@institut-aurore.fr afin d'examiner votre demande."
        ),
        (
            "Merci mille fois, ça nous fait un plaisir fou ! On vous attend avec le café au salon du Panier. "
            "Peuchère, on en rougit encore !"
        ),
        (
            "Merci pour ce retour. Nous reconnaissons que l'eau du bac à shampoing était trop froide ce "
            "jour-là et nous vous présentons nos excuses ; le chauffe-eau a été remplacé. Nous espérons vous "
            "revoir bientôt."
        ),
        (
            "Merci bien pour ce bel avis, ça fait plaisir ! On vous attend avec une bonne tasse de café au "
            "salon de Wazemmes."
        ),
        (
            "Nous sommes désolées que vous n'ayez pas pu être prise sans rendez-vous. Le samedi, nous "
            "travaillons uniquement sur réservation pour respecter les temps de séchage et d'hygiène. Vous "
            "pouvez réserver en ligne ou au 01 42 55 67 80."
        ),
        (
            "Nous comprenons votre frustration. Pour toute coloration, un test d'allergie 48 heures avant "
            "est obligatoire pour toutes nos clientes, afin d'éviter une réaction. Nous aurions dû le "
            "préciser lors de la prise de rendez-vous, et c'est désormais indiqué dans le SMS de "
            "confirmation."
        ),
        (
            "Merci pour votre message. Nous limitons les séances d'UV à une par 48 heures pour tout le "
            "monde, conformément aux recommandations sanitaires, pour protéger votre peau. Nous restons "
            "disponibles pour en parler au studio."
        ),
        "Merci pour les 4 étoiles ! Nous travaillons déjà sur la cabine de douche, promis.",
        (
            "Madame, nous avons bien pris connaissance de votre remarque et vous présentons nos excuses. "
            "Nous avons revu notre procédure de nettoyage des outils. Nous restons à votre disposition au "
            "salon, chaussée de Waterloo. Bien à vous."
        ),
        (
            "Quel plaisir de lire votre message ! Nous sommes ravis que vous soyez repartie détendue et que "
            "le soin hydratant ait fait des merveilles. Sophie prend un soin tout particulier de chaque "
            "cliente et elle a été très touchée par vos mots. Merci de votre confiance, et au plaisir de "
            "vous revoir. L'équipe de Belle de Jour, Aix-en-Provence"
        ),
        (
            "Merci à toutes et à tous pour votre patience samedi, quand la police a fermé la rue après "
            "l'accident. Heureusement, personne n'a été blessé, et nous avons recontacté chaque cliente pour "
            "reporter son rendez-vous."
        ),
    ],
}
