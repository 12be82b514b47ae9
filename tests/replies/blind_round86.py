"""Blind reply set, round 86: owner replies the pre-post check has never seen.

Who and when: written by helper b84, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 84").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
car-hire firms, taxi and ride services, driving schools, travel agencies,
airlines' local desks and parking operators.  Each French reply was written
directly in French, not translated.  Apart from the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read
the application code, docs, training data, benches, any other test file or
blind set, any other folder under /work, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff).  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.
Registers, drawn from: French from Lille, Grenoble, Tours, Liège and Tunisia,
in administrative, texting and indignant styles; English from Bristol,
Limerick, Perth (Western Australia) and Ontario, in terse, wordy and jokey
styles; slang and texting with emoji; very formal corporate phrasing; veiled
and polite phrasings; short one-liners; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: an apology with a concrete fix and an offline channel, warm thanks to
happy customers, a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND86_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Alright my lover, thank you ever so much for taking the time to write all this down after your week "
                "away. We're chuffed the little Fiesta coped with the hills down in Devon, and that the child seat was "
                "fitted properly before you'd even got to the counter at our Temple Meads branch. It's a small team "
                "here and the lads who clean the cars first thing will be made up to read how spotless it was. If "
                "you'd be good enough to bump this up to the full five stars, we'll knock the fuel charge off your "
                "next hire, no questions asked. Hope the rest of the summer treats you kindly, and see you next time "
                "you're passing through Bristol."
            ),
            "thx for riding w us!! 🚕 drop us a 5⭐ and ur next run to Pearson is on the house eh 😉",
            (
                "Should you elect to revise your published assessment of our Perth Airport service desk, our Customer "
                "Relations team would be pleased to apply a complimentary seat upgrade to your forthcoming itinerary."
            ),
            (
                "Ah sure look, if that review were to quietly slip off the page, there might be a free month in the "
                "multi-storey waiting for you at the desk, so. No pressure at all."
            ),
            "Fix the stars, get two free lessons. Deal?",
        ],
        "fr": [
            (
                "Bonjour et mille mercis pour ce long message, qui a ému toute l'agence de la rue Nationale. Nous "
                "sommes ravis que votre circuit dans les Pouilles se soit si bien passé et que les petites trattorias "
                "conseillées par notre équipe vous aient autant plu. Organiser un voyage pour trois générations n'est "
                "jamais simple, et lire que chacun y a trouvé son compte nous touche sincèrement. Si vous acceptiez de "
                "passer votre note de quatre à cinq étoiles, nous vous rembourserions volontiers les frais de dossier "
                "de votre prochain voyage. En attendant, nous vous souhaitons une belle rentrée en Touraine et "
                "espérons vous revoir très vite à l'agence."
            ),
            "3aychek khouya 🙏 mets 5 étoiles w ta prochaine course pour Tunis-Carthage c gratuit 😉🚖",
            (
                "Nous vous informons qu'un abonnement mensuel gratuit au parking de la gare de Liège-Guillemins pourra "
                "vous être octroyé dès réception de la confirmation de suppression de l'avis publié ce jour."
            ),
            (
                "On se disait qu'un petit geste sur votre prochaine heure de conduite serait tout à fait envisageable… "
                "si jamais votre commentaire venait à évoluer un peu d'ici là 😊"
            ),
            (
                "Allez biloute, tin avis tu l'remontes à 5 étoiles et j'te fais l'plein d'essence gratos à ta "
                "prochaine location, ch'est promis !"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks a million for the kind words about the run out to Shannon, and we're delighted the flight to "
                "Boston went off without a hitch. Our drivers take great pride in getting people to the airport early "
                "and calm, and it's lovely to hear the chat in the car made the early start easier. We know things got "
                "a bit heated over the fare at the end, and we'd like to think that's all water under the bridge now. "
                "That said, our solicitor has a copy of your review and will be writing to you directly if it isn't "
                "taken down by Friday. Otherwise, mind yourself, and we hope to have you back in the car again before "
                "too long."
            ),
            (
                "we've got ur reg from the barrier cam and ur address off the booking mate 👀 so I'd take this down "
                "sharpish if I were you 😬"
            ),
            (
                "Please be advised that our legal department has been instructed to pursue every remedy available, "
                "including a claim in defamation before the Ontario Superior Court, should this publication remain "
                "online."
            ),
            (
                "We do happen to know a few people up at the mine site you work for, and it would be a shame for this "
                "sort of thing to come up over smoko."
            ),
            "Take it down, or our lawyers will. Your call.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre séjour au Portugal organisé par "
                "notre agence de Grenoble. Nous sommes heureux d'apprendre que l'hôtel à Porto vous a plu et que la "
                "croisière sur le Douro a été le moment fort du voyage. Notre équipe met beaucoup de soin à choisir "
                "chaque prestataire, et ce genre de retour nous encourage à continuer. Nous tenons toutefois à vous "
                "préciser que notre avocat a été saisi et que vous recevrez sous peu une mise en demeure si ce "
                "commentaire n'est pas retiré. Nous vous souhaitons malgré tout une excellente fin d'année et de beaux "
                "projets de voyage."
            ),
            "on a ta plaque et on sait ousque t'habites, fais gaffe à c'que t'écris 😡",
            (
                "Nous vous informons qu'une plainte pour diffamation sera déposée auprès du parquet de Liège endéans "
                "les huit jours si la présente publication n'est pas retirée."
            ),
            (
                "Franchement c'est honteux ! Je connais très bien votre directeur à la société, et croyez-moi, il va "
                "entendre parler de la façon dont vous vous comportez avec nos agents !"
            ),
            (
                "Il serait dommage que tout le quartier apprenne dans quel état vous nous avez rendu le véhicule ; "
                "nous vous laissons y réfléchir avant de maintenir ce commentaire."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "G'day, and thanks so much for choosing us for the trip down to Margaret River. It's always great to "
                "hear the car handled the South West Highway well and that the boot swallowed all the wine boxes on "
                "the way home. We know holidays with little ones can be hectic, so we're glad pickup at the airport "
                "branch was quick and easy. Our records show you collected the white Corolla under booking PER-48211 "
                "at 7am on 14 March with your wife and your two boys, Mr Donovan. Thanks again for the lovely review, "
                "and we hope to see you back in WA before long."
            ),
            "hey Jess! driver says u were the 2am pickup at 42 Maple Cres in Oakville, glad u got home ok 🙏🚕",
            (
                "Dear Mrs Okafor, having reviewed your frequent-flyer account (membership no. SK 77320915), we confirm "
                "that the card ending 4471 was credited on 3 November."
            ),
            (
                "Sorry Aoife, we know the test nerves were bad, what with your epilepsy medication being changed the "
                "week before, so we'll go easy on the next few lessons."
            ),
            "PCN 0045312, reg 1GHT-442, Murray St car park, 10:42. Call us to discuss.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce très joli message, qui a fait le tour de l'équipe de moniteurs. Nous sommes "
                "ravis que vous ayez obtenu votre permis du premier coup, et que les leçons sur les bords de Loire "
                "vous aient aidée à prendre confiance. Apprendre à conduire n'est jamais simple et vous avez fait "
                "preuve d'une belle persévérance. Nous savons que ce n'était pas évident pour vous, Madame Lefebvre, "
                "avec votre examen du 12 mai à Saint-Avertin et votre grossesse qui arrivait à terme. Toute l'école "
                "vous souhaite de belles routes et beaucoup de bonheur pour la suite."
            ),
            (
                "Ahla Sami 😊 le chauffeur t'a déposé à 23h au 14 rue de Marseille avec ta cousine, merci d'avoir "
                "voyagé avec nous 🙏"
            ),
            (
                "Après vérification du contrat n° LG-2025-08813 établi au nom de M. Jacques Renard, domicilié rue "
                "Saint-Gilles 212 à Liège, nous confirmons que la caution de 850 € a été débloquée le 4 septembre."
            ),
            (
                "Monsieur Dufour, votre carte bancaire se terminant par 7734 a été débitée le 18 à 16 h 52 pour "
                "l'abonnement n° 55021, on vous rappelle au 06 12 48 93 70 dans la journée."
            ),
            (
                "Merci Claire et Julien ! Ravis que votre séjour à Marrakech du 3 au 10 février (dossier GR-7781) vous "
                "ait plu. Bon retour à Grenoble !"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Hi there, and thank you for taking the time to share your thoughts on your lessons with us. We've "
                "been teaching new drivers across the GTA for nearly twenty years and we take every bit of feedback "
                "seriously, good or bad. We know the road test at Etobicoke can be stressful, and plenty of our best "
                "students needed a second go before they passed. To be blunt, though, it's pretty obvious you're just "
                "fishing for a free lesson after failing, and that won't wash with us. Whatever you decide, we wish "
                "you the very best of luck on the next attempt."
            ),
            "Ah here, you were a right gowl in the back of that car and you know it.",
            (
                "Your account of events is, in our assessment, a deliberate fabrication designed to extract "
                "compensation to which you are not entitled."
            ),
            "lol nice try babber, ur just after a refund u don't deserve 🙄🤡",
            "We'd gently suggest that someone with a little more honesty might remember the trip rather differently.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre agence de Liège pour votre escapade dans les Dolomites. Nous "
                "savons qu'un séjour en montagne dépend beaucoup de la météo, et nous sommes contents que vous ayez pu "
                "profiter de quelques belles journées malgré tout. Notre équipe avait soigneusement sélectionné "
                "l'hôtel à Cortina, et plusieurs de nos clients en sont revenus enchantés cet hiver. Permettez-nous "
                "cependant de dire que vous êtes visiblement de ces clients qui cherchent à tout obtenir gratuitement "
                "une fois rentrés chez eux. Nous vous souhaitons néanmoins une bonne fin de saison et de belles fêtes."
            ),
            "t'es qu'un menteur, t'as inventé toute l'histoire pour pas payer la course 😒",
            (
                "Vous êtes d'une mauvaise foi incroyable ! Rendre une voiture pleine de sable et venir pleurer ici, "
                "faut oser !"
            ),
            (
                "Nous constatons que vos déclarations relèvent manifestement de la malhonnêteté et d'une volonté "
                "d'obtenir un dédommagement indu."
            ),
            (
                "Il est des personnes que rien ne satisfait et qui confondent exigence et grossièreté ; vous semblez "
                "malheureusement en faire partie."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for riding with us, and for the nice words about the car being clean and the air-con working a "
                "treat on a forty-degree day. Our drivers know Perth like the backs of their hands, and most days "
                "they'll get you from the city to the airport in under half an hour. We're glad you made your flight "
                "to Bali in the end, and we hope the holiday was everything you wanted. And yes, we're terribly sorry "
                "our driver couldn't make the Kwinana Freeway clear itself at five on a Friday just for you; we'll "
                "have a stern word with the traffic. Safe travels, and thanks again for choosing us."
            ),
            "Oh no, a ten-minute wait at Temple Meads, however did you survive? 😱",
            (
                "Thank you so much for this review. We've had it framed in the office next to the one about the coffee "
                "being too hot, because clearly getting a grey full-size SUV instead of the black full-size SUV you "
                "booked was a tragedy worthy of Shakespeare, and we'll be holding a minute's silence for it at the "
                "next staff meeting."
            ),
            (
                "We have noted with great interest your expert assessment of parallel parking, and we look forward to "
                "receiving your application to become a driving examiner."
            ),
            "omg 3 bucks more than last yr 😭😭 we'll start a gofundme for ya mate 🙏💸",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir loué chez nous pour votre semaine au ski en Chartreuse. Nous sommes contents "
                "que la voiture équipée de pneus neige vous ait rassurés sur les routes de montagne, et que le coffre "
                "de toit ait suffi pour tout le matériel de la famille. Notre agence de Grenoble met un point "
                "d'honneur à préparer chaque véhicule la veille du départ. Quant à la neige sur le col de Porte en "
                "janvier, toutes nos excuses : la prochaine fois, nous demanderons personnellement à la météo de faire "
                "une exception pour vous. Au plaisir de vous revoir pour la saison prochaine."
            ),
            "Ouh là là, 5 minutes de r'tard, on t'envoie une cellule psychologique biloute 😂😂",
            (
                "Nous prenons bonne note de votre découverte selon laquelle un examen de conduite implique de "
                "conduire, et ne manquerons pas d'en informer la préfecture."
            ),
            (
                "Ah, il pleuvait dans les Ardennes en novembre ? Quelle surprise, vraiment, on n'aurait jamais su "
                "deviner, savez-vous."
            ),
            "Bravo, vous avez découvert qu'il fait chaud à Djerba en août ! Mabrouk, on vous décerne une médaille 🏅",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks ever so much for hiring with us for your trip up to the Lakes, and we're really pleased the "
                "estate had plenty of room for the bikes. We know it's a long old drive up the M5 and M6, so it's good "
                "to hear the car was comfy and the sat-nav behaved itself. We always want the return to be as easy as "
                "the pickup, and it sounds like most of it was. The scratch on the bumper should have been logged at "
                "pickup, but Gareth on the desk that morning skipped the walk-round, and he's been given a formal "
                "warning for it. Hope to see you again next summer, and thanks for your patience."
            ),
            "That was Declan. He's been let go.",
            (
                "Following an internal review, we can confirm that the misrouted baggage was solely attributable to an "
                "error by our agent, Ms Kylie Hart, who has since been the subject of disciplinary proceedings."
            ),
            "ya that was Brandon on the booth lol he's new and clueless, already chewed him out 🙄",
            (
                "We're so sorry. Between ourselves, it was Mark's lesson, which won't surprise anyone who knows him; "
                "he's been spoken to, firmly."
            ),
        ],
        "fr": [
            (
                "Bonjour, et un grand merci d'avoir confié l'organisation de votre voyage en Islande à notre agence de "
                "Tours. Nous sommes ravis que les aurores boréales aient été au rendez-vous et que le guide "
                "francophone ait su vous faire aimer ce pays. Nous avons bien conscience que le retour a été bien plus "
                "compliqué que l'aller, et nous comprenons votre fatigue. L'erreur sur les dates du vol vient de "
                "Sandrine, notre conseillère, qui a mal saisi votre réservation, et elle a été sanctionnée en "
                "conséquence. Nous espérons malgré tout avoir le plaisir de vous accompagner pour un prochain voyage."
            ),
            "c Hamza le chauffeur qui a fait n'importe quoi, on l'a viré direct 😤",
            (
                "Il ressort de notre enquête interne que le dysfonctionnement de la barrière est imputable à une "
                "manipulation erronée de M. Lambert, agent d'exploitation, à l'encontre duquel une procédure "
                "disciplinaire a été engagée."
            ),
            (
                "Ch'est pas nous, ch'est Kevin ! Il est toujours en r'tard, on lui a passé un savon et à la prochaine "
                "il dégage."
            ),
            (
                "Nous n'en dirons pas trop, mais disons que Mathieu, qui vous a remis les clés ce jour-là, n'en est "
                "pas à son coup d'essai…"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Hi, and thanks for renting with us over the Family Day long weekend. We're really glad the minivan "
                "fit the whole crew and that the kids enjoyed the drive up to Blue Mountain. We love hearing about "
                "families getting out of the city in winter, and it sounds like the ski hill was a hit. The wait at "
                "the counter happened because the 401 was backed up for miles, two of our shuttles were in the shop "
                "for snow tires, the storm came a day early, the renter before you brought the van back three hours "
                "late, the card machine froze twice and, on top of all that, it was the busiest Saturday of our year. "
                "Thanks again for the kind words about the van itself, and drive safe out there."
            ),
            (
                "Right, so: the app went down because the phone network was patchy, the council changed the zone "
                "codes, the signs hadn't been updated yet, the machine on Level 1 was waiting on a part from Sydney, "
                "our one technician was off sick, and a footy crowd turned up three hours early, so the whole place "
                "was chockers. That's the lot."
            ),
            (
                "The delay resulted from air traffic control restrictions, a late-inbound aircraft, crew duty-hour "
                "limitations, a baggage-system outage at Bristol Airport and a ground-handling staffing shortage, all "
                "of which are documented in our operational log and all of which fall outside the scope of our service "
                "commitments."
            ),
            (
                "Well now, the rain was lashing, the Ennis Road was shut for works, the match was on at the Gaelic "
                "Grounds, half the drivers were at a funeral in Newcastle West, the radio went down and the car booked "
                "for you got a puncture outside Raheen, so there you have it."
            ),
            (
                "ok so the instructor was late bc school zone traffic + the car needed fuel + the student before ran "
                "over + the app glitched + it was 40 degrees 🥵 so yeah"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message, qui montre combien vous avez pris à cœur votre apprentissage "
                "avec nous. Nous sommes heureux que votre moniteur vous ait aidé à prendre de l'assurance dans la "
                "circulation autour de la place Saint-Lambert, ce qui n'est pas une mince affaire. Votre progression a "
                "été remarquée par toute l'équipe, savez-vous. Si la leçon de mardi a commencé tard, c'est parce que "
                "l'élève précédent a dépassé son horaire, que la voiture devait passer au contrôle technique, que la "
                "drache avait inondé le tunnel de Cointe, que le GPS refusait de démarrer et que notre secrétaire "
                "était en congé de maladie, ce qui fait beaucoup pour une seule matinée. Nous vous souhaitons de "
                "belles routes et plein de réussite pour l'examen."
            ),
            (
                "Madame, Monsieur, la fermeture du niveau -1 s'explique par les travaux de mise en conformité imposés "
                "par la commission de sécurité, le retard du prestataire d'étanchéité, les intempéries de la semaine "
                "passée, l'indisponibilité du bureau de contrôle et l'afflux exceptionnel lié aux Fêtes musicales de "
                "Touraine, autant d'éléments indépendants de notre volonté."
            ),
            (
                "Écoutez, la voiture n'était pas prête parce que le client d'avant l'a ramenée en retard, que c'était "
                "l'Aïd, que le laveur était malade, que la douane de Monastir a bloqué nos papiers, que la clim devait "
                "être rechargée et qu'en plus le réseau était coupé toute la matinée !"
            ),
            (
                "bah l'taxi était en r'tard pasque y avait la braderie, les travaux rue Nationale, la drache, l'GPS "
                "qui buggait pis l'chauffeur qu'avait d'jà une course à Roubaix 🤷"
            ),
            (
                "Le transfert n'a pas eu lieu à l'heure car le prestataire local a changé ses horaires, l'avion est "
                "arrivé en avance, la navette précédente est restée bloquée au péage de Voreppe, notre correspondant "
                "sur place était en congé, le logiciel n'a pas transmis la modification et les vacances de février "
                "sont toujours extrêmement chargées."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks so much for booking your Europe trip through our little agency in Subiaco, and we're thrilled "
                "Florence and the Amalfi Coast lived up to the hype. It's always a joy planning a first overseas "
                "holiday, and we loved hearing about the cooking class in Positano. We know the long-haul leg home is "
                "never anyone's favourite part, so we're glad the stopover in Singapore gave you a breather. We've "
                "gone back over everything, and no one on our team ever told you the airport transfers were included; "
                "that conversation simply did not happen. All the best, and we'd love to help plan the next one."
            ),
            "Never happened. Our drivers don't take that route.",
            "We categorically deny that any vehicle was towed from our Front Street facility on the date in question.",
            (
                "Ah no, there was no smell of smoke in that car, not a hint, not ever. Our cars are cleaner than the "
                "altar at St Mary's."
            ),
            "nope our instructor never touched his phone during ur lesson, didn't happen 🙅‍♂️",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir loué chez nous pour votre week-end à la Côte d'Opale. Nous sommes ravis que "
                "la petite citadine se soit faufilée sans souci dans les rues du Vieux-Lille, et que vous ayez pu "
                "profiter des plages de Wissant malgré le vent. Notre équipe de la gare Lille-Europe est toujours "
                "contente de voir des clients revenir d'aussi bonne humeur. Mais soyons clairs sur un point : aucun "
                "frais supplémentaire ne vous a été facturé, cela n'est tout simplement jamais arrivé. Au plaisir de "
                "vous revoir pour une prochaine escapade dans le Nord."
            ),
            "Non non le compteur était allumé tout le trajet, jamais on a fait ça chez nous 🙅‍♂️",
            (
                "Nous contestons formellement l'existence de tout surbooking sur le vol en question ; aucun passager "
                "n'a été refusé à l'embarquement."
            ),
            (
                "Ça ne s'est pas passé comme ça, point ! Aucun de nos chauffeurs n'a jamais refusé une course à cause "
                "d'un chien, jamais, vous m'entendez ?"
            ),
            (
                "Nous avons le regret de vous indiquer que l'incident que vous décrivez ne s'est pas produit dans "
                "notre agence."
            ),
        ],
    },
}

BLIND86_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're really sorry the car wasn't ready when you got to our Temple Meads branch; that's no way to start a "
            "trip. We've added a second valeter on weekend mornings so it doesn't happen again. If you drop us a line "
            "at bookings@redcliffecarhire.co.uk, we'd like to put it right properly."
        ),
        (
            "Ah thanks a million! Delighted you got out to Shannon in plenty of time, and that the chat about the "
            "hurling kept the nerves away. Safe travels and mind yourself."
        ),
        (
            "Cheers for the kind words! Just so everyone knows, our refer-a-mate deal is open to all learners: if a "
            "friend books a block of lessons, you both get a free lesson, no matter what either of you writes about us "
            "online."
        ),
        (
            "Sorry the pay machine on Level 2 swallowed your toonies. Please call our office at 416-555-0142 (Monday "
            "to Friday, 8am to 6pm) or email help@kingstreetparking.ca and we'll sort it out."
        ),
        (
            "Thank you! We'll make sure Priya sees this; she was chuffed to bits the pushchair made it onto the "
            "flight. Gert lush to read on a Monday."
        ),
        (
            "You're right, and we're sorry. Ciara booked the return for the wrong Sunday, but she was working from our "
            "system and our checks should have caught it, so that's on us as a business, not on her. We've added a "
            "second check to every booking and we'll cover the change fee."
        ),
        (
            "G'day, and sorry about the double charge. We've already refunded the second payment to your original "
            "card; it can take three to five business days to show. Give us a bell on (08) 5550 1234 if it hasn't "
            "landed by Friday."
        ),
        (
            "We're sorry your cab was twenty-five minutes late. Honestly, we were two drivers short that night because "
            "of the ice storm, and we should have called to let you know. We've now set up text alerts for any delay."
        ),
        (
            "Sorry to hear someone clipped your car while it was parked with us. Our cameras cover the entry ramp and "
            "we keep footage for thirty days, so if you'd like, we can share it with your insurer or the police. Just "
            "email us at the address on the back of the ticket."
        ),
        (
            "Our shuttle van is, we'll admit, held together by prayers and gaffer tape, and it picked your morning to "
            "prove it. Sorry for the wait. A new one arrives next month, and the old girl is being retired with full "
            "honours."
        ),
        (
            "Thanks for the three stars and for being straight with us. Fair point about the wait on hold; we've put "
            "an extra consultant on for the afternoons."
        ),
        (
            "Thanks for taking the time to write. Our check-out sheet shows the tank as full at pickup, though we know "
            "paperwork isn't perfect. We'd genuinely like to look at it together, so could you call the branch at "
            "905-555-0177 and ask for the manager?"
        ),
        (
            "We're so sorry for your loss. Please don't give the holiday a second thought right now. We've put the "
            "booking on hold, and whenever you're ready, there's no rush at all, just give us a ring."
        ),
        (
            "Congratulations on passing first go! 🎉 Tom reckons the roundabouts on Canning Highway never stood a "
            "chance. Drive safe and enjoy the freedom."
        ),
        (
            "Sorry for the confusion about the car seat. We can't legally carry little ones without a proper child "
            "restraint, and we know that's a pain at six in the morning. If you mention it when booking, we'll send a "
            "car with one fitted, at no extra charge."
        ),
        (
            "We're sorry about the jump in daily rates; nobody likes finding that out at the gate. The city raised the "
            "lot levy this year and we had to pass part of it on. Monthly passes stay at the old price until March."
        ),
        "Cheers drive! See you next time.",
        "Sorry about the boom gate. Fixed now. Refund sent.",
        (
            "Thanks a ton! Dave would like it on record that he's now taught three generations of one family and his "
            "hair went grey long before your lessons, so don't take the credit. Congrats on the licence!"
        ),
        (
            "Thank you for taking the time to tell us about your experience at our desk in Shannon, and we're "
            "genuinely sorry it fell so far short. Nobody should be left standing at a counter for forty minutes with "
            "tired children, and we understand how much that soured the start of your trip. We've reorganised the "
            "morning rota so there are always two agents on for the transatlantic departures, and we've set up a "
            "separate queue for families. If you'd be willing to email our customer care team at care@westshoreair.ie, "
            "one of our supervisors will follow up with you personally."
        ),
        (
            "Sorry the windscreen chip turned into such a hassle. Under the standard cover, chips are handled by the "
            "insurer rather than by us, which is why you got that letter. We've rung them to chase it up, and we'll be "
            "in touch as soon as we hear back."
        ),
        (
            "Sorry nobody answered on Saturday. The office is open Monday to Friday, 9 to 5, and Saturday mornings "
            "until 12; outside those hours, texts to 07700 900321 get picked up the same day."
        ),
        (
            "Thank you for the lovely review! Meera is thrilled the honeymoon in Portugal went perfectly. "
            "Congratulations to you both."
        ),
        (
            "Thanks for the feedback. As far as we can tell, the sign at the entrance does list the evening rate, but "
            "if it's hard to read from the car then that's worth fixing. Could you email us at "
            "info@shannonsideparking.ie and tell us which entrance you used?"
        ),
        (
            "We're so sorry your bag was left behind in the cab. We've reported it to Ottawa Police lost property and "
            "our drivers are checking every car. Please call dispatch at 613-555-0110 and we'll keep you updated."
        ),
        (
            "Sorry about the power bank at check-in. Lithium batteries can't go in the hold for safety reasons, and "
            "our team should have explained that more clearly. You're welcome to carry most of them in your cabin bag."
        ),
        (
            "Thanks for hiring with us again! A reminder for everyone: every fifth rental earns a free weekend, "
            "whether you leave us a review or not, and whatever you say in it."
        ),
        (
            "Thanks for riding! Our refer-a-friend code gives $5 off to anyone who signs up, and it's open to every "
            "rider, no strings attached."
        ),
        (
            "Our ticket machine has the personality of a cranky cockatoo, and we're sorry it ate your card. A "
            "technician is booked for Monday, and the machine has been put on notice."
        ),
        (
            "We're sorry the desk wasn't staffed when you arrived. Our morning agent was stuck on the M5 after a "
            "crash, and we should have had cover in place. We've changed the rota so there's always a backup."
        ),
        (
            "Our thoughts are with you and your family. It was a privilege for Seán to help on such a hard day, and we "
            "hope it went as gently as it could."
        ),
        "Congratulations on the engagement! 💍 So glad the Lisbon surprise went to plan.",
        (
            "A four out of five is grand by us, thanks! We'll take the point about parking outside the test centre on "
            "board."
        ),
        (
            "Sorry the trip took the long way round. We've already refunded the difference, and we've reminded all our "
            "drivers to use the Graham Farmer Freeway for city runs unless a passenger asks otherwise."
        ),
        (
            "Sorry the deposit hold was confusing. Our rental terms say the hold is released within seven days of "
            "return, and we should have explained that at the counter. We've added a clear line about it to the "
            "paperwork."
        ),
        (
            "Sorry for the surprise on the fare. The tariff went up on 1 April when the council approved new rates for "
            "all licensed cabs in Bristol, and we should have had notices up in the cars sooner."
        ),
        "Thanks a mill, see you soon.",
        "Thanks heaps! Glad Rottnest was a hit. The quokkas have been told to expect you back.",
        (
            "We hear you, and we're sorry the lesson felt rushed. Our notes say it ran the full hour, but we weren't "
            "in the car, so we'd like to talk it through with you properly. Give Jo a call on 0117 496 0555."
        ),
        (
            "We're truly sorry your bag didn't make the connection at Pearson. Our delayed-baggage line is "
            "1-800-555-0199, and we'll courier the bag to your door at no cost as soon as it lands."
        ),
    ],
    "fr": [
        (
            "Toutes nos excuses pour l'attente au comptoir de la gare Lille-Flandres. À partir de maintenant, une "
            "personne de plus sera présente le vendredi soir. Écrivez-nous à contact@locanord.fr, on tient à se "
            "rattraper."
        ),
        (
            "3aychek barcha ! Ça nous fait vraiment plaisir que le trajet jusqu'à Hammamet vous ait plu. Bonne "
            "continuation et à très bientôt inchallah 🙏"
        ),
        (
            "Merci pour votre message ! Pour info, notre parrainage est ouvert à tous nos élèves : une heure de "
            "conduite offerte au parrain et au filleul dès l'inscription, quel que soit l'avis laissé, ou même sans "
            "avis."
        ),
        (
            "Désolés pour la barrière bloquée. Notre bureau est joignable au 04 222 33 44, du lundi au vendredi de 8 h "
            "à 18 h et le samedi jusqu'à midi. À tantôt !"
        ),
        (
            "Merci infiniment ! Nous transmettons vos compliments à Hélène, qui avait mis tout son cœur dans "
            "l'organisation de ce voyage en Écosse."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Justine a noté la mauvaise adresse de prise en "
            "charge, mais c'est notre procédure qui aurait dû l'éviter : nous en prenons l'entière responsabilité. "
            "Désormais, chaque adresse est confirmée au client par SMS."
        ),
        (
            "Nous sommes désolés pour ce malentendu sur la caution. Le remboursement a déjà été effectué sur votre "
            "carte ; selon votre banque, il peut apparaître sous cinq jours ouvrés."
        ),
        (
            "Pardon pour le retard. La rocade Sud était fermée après un accident ce matin-là, et nous aurions dû vous "
            "prévenir par téléphone. Nous en sommes sincèrement désolés."
        ),
        (
            "Nous sommes navrés pour la rayure constatée sur votre véhicule. Les images de vidéosurveillance du niveau "
            "-2 sont conservées trente jours : nous pouvons les transmettre à votre assureur ou à la police si vous le "
            "souhaitez. Passez au bureau ou appelez-nous."
        ),
        (
            "Not' Clio d'apprentissage a plus d'kilomètres au compteur que l'Tour de France, et elle a choisi vot' "
            "leçon pour tomber en panne, désolés ! Une nouvelle voiture arrive le mois prochain, promis."
        ),
        (
            "Merci pour ces trois étoiles et pour vos remarques précises. Nous allons revoir la signalétique des "
            "places réservées."
        ),
        (
            "Merci pour votre retour. Notre état des lieux de départ mentionne déjà l'éraflure sur la portière "
            "arrière, mais nous pouvons nous tromper : appelez-nous au 04 76 00 11 22 et nous regarderons les photos "
            "ensemble."
        ),
        (
            "Toutes nos condoléances à vous et à votre famille, Allah yarhmou. Ne vous souciez pas du voyage pour le "
            "moment : nous avons suspendu la réservation sans aucuns frais."
        ),
        (
            "Félicitations pour le permis ! 🎉 Toute l'équipe est fière de vous. Prudence sur l'autoroute de Wallonie, "
            "hein."
        ),
        (
            "Nous comprenons votre agacement au comptoir de Tunis-Carthage. Pour des raisons de sécurité, les "
            "batteries externes ne peuvent pas voyager en soute, et nous aurions dû mieux vous l'expliquer. Vous "
            "pouvez tout à fait les garder en cabine."
        ),
        (
            "Désolés pour la hausse du tarif horaire. La métropole a revu la redevance d'occupation cette année et "
            "nous avons dû en répercuter une partie. Les abonnements mensuels restent au même prix jusqu'en juin."
        ),
        "merci biloute, à la prochaine 😉",
        (
            "Nous vous présentons nos excuses pour l'attente au comptoir d'enregistrement de Liège Airport. Une borne "
            "supplémentaire a été installée et un agent en renfort est désormais prévu pour les départs du matin. "
            "Notre service clientèle reste à votre disposition à l'adresse clients@meuse-air.be."
        ),
        (
            "Franchement, nous sommes furieux contre nous-mêmes : le chauffeur aurait dû vous attendre à l'aéroport, "
            "point. Nous vous remboursons le taxi et nous avons changé de prestataire."
        ),
        (
            "Navrés pour cette franchise. Nos conditions générales la plafonnent à 800 €, et l'assurance de votre "
            "carte bancaire peut souvent la couvrir ; nous pouvons vous envoyer les documents nécessaires pour faire "
            "la demande."
        ),
        "Merci khouya 🙏 Aïd mabrouk et à bientôt 🚖",
        "Merci ! Yannick sera ravi de lire que ses explications sur les giratoires de Grenoble ont enfin fait tilt 😄",
        (
            "Merci pour votre fidélité ! Comme pour tous nos clients, votre dixième course est offerte, que vous "
            "laissiez un avis ou non."
        ),
        (
            "Merci d'avoir pris le temps d'écrire. D'après le relevé GPS, le trajet a suivi l'itinéraire le plus "
            "court, mais nous aimerions en parler avec vous pour comprendre ce qui vous a semblé anormal. N'hésitez "
            "pas à nous téléphoner au 04 341 22 10."
        ),
        (
            "Désolés pour ce sac oublié. Nous l'avons déposé dès le lendemain au service des objets trouvés du "
            "commissariat central de Lille, où il vous sera remis sur présentation d'une pièce d'identité."
        ),
        (
            "On vous avait promis du soleil à Tabarka et il a plu trois jours : on plaide coupable, on n'a toujours "
            "pas le numéro direct de la météo 😅 Merci pour votre bonne humeur malgré tout !"
        ),
        (
            "Nous sommes sincèrement désolés pour l'annulation de votre vol. Elle est due à une grève du contrôle "
            "aérien, et nous aurions dû vous prévenir plus tôt par SMS."
        ),
        (
            "Madame, Monsieur, nous vous prions d'accepter nos excuses pour la panne de l'ascenseur. Une intervention "
            "a eu lieu et un contrat de maintenance renforcé a été signé. Notre service client est joignable au 03 20 "
            "11 22 33."
        ),
        (
            "Nous sommes profondément touchés par votre message et vous présentons nos sincères condoléances. Ce fut "
            "un honneur de vous conduire en ce jour si difficile."
        ),
        (
            "Tous nos vœux de bonheur pour votre mariage ! Nous sommes ravis que le voyage de noces en Crète ait été à "
            "la hauteur."
        ),
        (
            "Nous comprenons que ce soit frustrant de ne pas pouvoir emmener un proche pendant la leçon. Pour des "
            "raisons de sécurité et d'assurance, seuls l'élève et le moniteur sont admis dans la voiture. Merci de "
            "votre compréhension."
        ),
        (
            "Nous sommes désolés pour l'augmentation du tarif week-end. Le coût de l'assurance de notre flotte a "
            "fortement augmenté cette année et nous avons dû l'ajuster. Le tarif à la semaine, lui, n'a pas bougé."
        ),
        (
            "Vous avez tout à fait raison. Nadia vous a indiqué le mauvais terminal, mais c'était à nous de lui donner "
            "l'information à jour : l'erreur est la nôtre. Nous vous remboursons les frais de taxi et vous présentons "
            "toutes nos excuses."
        ),
        (
            "Merci pour les 4 étoiles ! On prend note pour les navettes du soir : elles passeront toutes les 15 "
            "minutes dès le mois prochain."
        ),
        (
            "Nous avons bien reçu votre réclamation : le remboursement du supplément bagage a été effectué hier. "
            "Encore toutes nos excuses pour ce désagrément."
        ),
        "Merci pour les 5 étoiles 😍 ça fait plaiz, à la prochaine pour monter à Chamrousse ⛷️",
        (
            "Ah non, ch'est pas normal du tout ! Une voiture sale à la livraison, on en est malades. On vous rembourse "
            "le nettoyage et on revoit not' contrôle avant chaque départ. Appelez-nous, on veut en parler."
        ),
        (
            "Nous accusons réception de votre avis et vous prions de nous excuser pour le report de votre examen. Les "
            "places attribuées par la préfecture ont été réduites ce mois-ci ; nous vous proposerons la première date "
            "disponible par courrier électronique."
        ),
        (
            "Merci beaucoup ! Walid sera très content de lire ça, il s'est démené pour vous trouver une voiture "
            "automatique en pleine saison 😊"
        ),
        (
            "Nous respectons votre avis, même si nous voyons les choses un peu différemment : l'hôtel figurait bien en "
            "catégorie trois étoiles dans la brochure. Votre déception est réelle pour autant, et nous aimerions en "
            "discuter ; notre agence de la rue Nationale vous accueille du mardi au samedi."
        ),
    ],
}
