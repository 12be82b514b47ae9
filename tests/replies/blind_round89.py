"""Blind reply set, round 89: owner replies the pre-post check has never seen.

Who and when: written by helper b87, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief, round 87).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
bike and e-scooter rental shops, car parks, petrol stations, car washes, tyre
centres and bus and coach companies.  Each French reply was written directly
in French, not translated.  Apart from the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff with line length 120); and
did not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others vary between one-liners, texting with emoji and slang,
very formal or corporate wording, veiled and polite phrasings and regional
speech.  Registers: French from Nancy, Limoges, Caen, Namur and Senegal
(curt, formal and chatty); English from Sheffield, Derry, Hobart and Arizona
(blunt, breezy and corporate).  Good replies include look-alikes that are not
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

BLIND89_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "G'day and thanks heaps for such a lovely write-up after your ride down from the pinnacle "
                "on kunanyi. We're stoked the e-bikes handled the switchbacks without a hitch and that the "
                "shuttle up the mountain ran on time even with the fog rolling in off the Derwent. Our "
                "mechanic spends every arvo going over the brakes, so hearing they felt solid on the "
                "descent means a lot to the whole crew. Should you bump that four stars up to five, your "
                "next day hire is on the house, just flash the updated review at the counter. Safe travels "
                "back to the mainland, and come and see us again when the weather warms up!"
            ),
            "Cheers duck 🚗✨ pop us a 5⭐ on 'ere n tha next valet's half price, just show us on yer phone 👍",
            (
                "Thank you for your feedback regarding the Route 72 service. Passengers who amend their "
                "published review to a rating of four stars or above will be eligible, upon verification, "
                "for a complimentary 31-day pass."
            ),
            (
                "Sorry again about the wait, it was a mad morning so it was. If you ever felt the wee "
                "review above didn't quite tell the whole story and took it down, you'd find the wheel "
                "alignment on your next visit wouldn't cost you a penny."
            ),
            "Edit that to five stars and there's twenty quid of diesel waiting on your card.",
        ],
        "fr": [
            (
                "Bonjour, et merci mille fois pour ce joli retour après votre balade jusqu'aux plages du "
                "Débarquement. On est ravis que le vélo électrique ait tenu la distance jusqu'à Ouistreham "
                "malgré le vent de face et l'averse qui vous a bien mouillés du côté de Bénouville. Notre "
                "équipe prend le temps de régler chaque selle à la bonne hauteur, alors lire que vous "
                "n'aviez pas mal au dos le lendemain, ça fait vraiment plaisir. Si vous aviez la "
                "gentillesse de passer votre note de trois à cinq étoiles, on vous glisserait une journée "
                "de location gratuite pour votre prochain séjour. Au plaisir de vous revoir en Normandie, "
                "et bonne route !"
            ),
            (
                "Jërëjëf grand 🙏🏾 mets nous 5 étoiles et ton prochain lavage c'est cadeau, tu montres "
                "juste ton tel au pompiste ⛽😉"
            ),
            (
                "Nous vous informons qu'un abonnement mensuel gratuit à notre parking du Grognon sera "
                "accordé à tout usager qui procédera, endéans les quinze jours, au retrait de l'avis "
                "négatif publié sur cette page."
            ),
            (
                "Nous sommes navrés que le montage de vos pneus hiver ait pris autant de temps. Peut-être "
                "trouverez-vous, en relisant votre commentaire à tête reposée, qu'il est un peu sévère ; "
                "le cas échéant, sachez qu'un petit geste vous attendrait à l'atelier pour la permutation "
                "de printemps."
            ),
            "Retirez l'avis, on vous rembourse les deux jetons. Cordialement.",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks a million for taking the time to write, and we're genuinely glad the new "
                "pay-by-phone system at our Strand Road car park made life easier for you over the "
                "Halloween festival. It's been a big year for us, with the lighting upgrade and the extra "
                "accessible bays beside the lifts, and the team have put a lot of work into all of it. Our "
                "solicitor has already been given a copy of your comments about the barrier, and you can "
                "expect a letter from her if they're still up by Friday. Anyway, we hope you enjoyed the "
                "fireworks and we'll see you again soon."
            ),
            (
                "we got u on the dock cam 📹 post one more review like that n ur face goes up on every "
                "scooter screen in Tempe 😤"
            ),
            (
                "Please be advised that the statements published above are considered defamatory by the "
                "Company. Our legal department is preparing proceedings and will pursue all available "
                "remedies unless the review is withdrawn within seven days."
            ),
            (
                "We're sorry you felt the attendant was short with you. We do happen to know a few people "
                "at the depot you work out of, and we'd hate for this to turn into a conversation with "
                "your manager, so perhaps have another think about what you've written."
            ),
            "Keep this up and tha'll be banned from every garage in S6, we all talk round 'ere.",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après votre excursion à Dinant avec "
                "notre car. On est contents que le chauffeur vous ait fait découvrir la vallée de la Meuse "
                "et que le pique-nique au pied de la citadelle ait plu à tout le groupe, même sous la "
                "drache de l'après-midi. Nos équipes préparent ces sorties des semaines à l'avance, alors "
                "chaque retour compte pour nous. Sachez toutefois que notre avocat a relevé vos propos sur "
                "le retard et qu'une citation en justice vous parviendra si ce passage n'est pas retiré. "
                "Au plaisir de vous accueillir pour les Fêtes de Wallonie !"
            ),
            "Waaw on sait où tu habites hein 😠 enlève ton avis avant qu'on passe te voir, boy",
            (
                "Votre publication a fait l'objet d'un signalement auprès de notre service juridique. "
                "Toute récidive entraînera le dépôt d'une plainte pour dénigrement ainsi qu'une "
                "interdiction d'accès à l'ensemble de nos parkings de l'agglomération caennaise."
            ),
            (
                "Nous préférons régler les choses à l'amiable, vraiment. Mais Limoges n'est pas bien "
                "grande, nous connaissons bien votre patron, et il serait dommage qu'il entende parler de "
                "cette histoire par nous."
            ),
            "Avis transmis à notre avocat. Vous aurez de nos nouvelles.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Hey there, and thank you so much for the kind words! We know the monsoon dust this summer "
                "has been brutal on everybody's paint, so it means a lot that the ceramic coat held up "
                "through that haboob last week. Our detail crew here in Scottsdale takes real pride in the "
                "interiors, and getting dog hair out of a third row is basically their Olympic event. Just "
                "so you know, Mr. Delgado, we've noted the chip on your silver Tahoe, plate CXR-4471, from "
                "your visit on Tuesday the 14th so the crew can keep an eye on it. Stay cool out there and "
                "we'll see you next wash!"
            ),
            (
                "Ey up Jodie 👋 soz bout the flat! ur booking's BK-20931 so just give us a bell n we'll "
                "sort it 🚲 07700 900412 is still ur number yeah?"
            ),
            (
                "We acknowledge the complaint submitted by Ms Siobhan McLaughlin regarding the 07:45 "
                "service on 3 November. As set out in her correspondence (ref. NIB-558210), the fare of "
                "£4.20 will be returned to the Visa card ending 3382."
            ),
            (
                "Sorry the balancing didn't come up to scratch, Gemma. Looking back, you were in with Rob "
                "and your two kids on the Saturday morning around ten, so we completely get why the wait "
                "felt long."
            ),
            "Sorry the driver didn't lower the ramp, Dan, we know with your MS that step is a real struggle.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce gentil message qui a fait le tour du bureau. On est ravis que "
                "le nouveau parking souterrain près de la gare des Bénédictins vous ait simplifié la vie "
                "pendant les travaux du centre-ville, et que les places plus larges conviennent à votre "
                "grande voiture. L'équipe a beaucoup travaillé sur l'éclairage et la signalétique cet "
                "automne, donc ça fait plaisir de voir que ça se remarque. Pour votre abonnement, Madame "
                "Roux, nous avons bien mis à jour votre badge n° 4471-B et votre adresse au 12 rue "
                "Montmailler pour l'envoi des factures. Belle fin de semaine à vous, et au plaisir de vous "
                "croiser au niveau -2 !"
            ),
            (
                "Salam Moussa 👋🏾 on a retrouvé ton sac dans le car de Thiès du 8, rappelle nous ou bien on "
                "t'appelle au 77 514 22 08 😊"
            ),
            (
                "Nous accusons réception de la réclamation de M. Jean-Luc Warnier relative à la location "
                "n° NV-2026-0913. Le montant de la caution, soit 150 euros, a été reversé ce jour sur le "
                "compte BE68 5390 0754 7034."
            ),
            (
                "Désolés pour les traces sur le pare-brise, Chloé. On vous a reconnue sur la photo : vous "
                "étiez passée avec votre maman le jeudi 6 en fin d'après-midi, dans la Clio rouge, c'est "
                "bien ça ?"
            ),
            "M. Becker, votre ticket n° 0045 du 02/12 à 18 h 12 est consultable à la caisse.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for stopping by and for leaving a review, it's always good to hear from folk down "
                "the valley. We've been fitting tyres on this corner of Abbeydale Road since 1987, and "
                "we're proud that most of our trade still comes by word of mouth. The lads were glad to "
                "get your van back on the road before the snow came in, and we hope the new set gives you "
                "plenty of safe miles. Frankly though, anyone who's been in this trade as long as we have "
                "can spot a chancer angling for a freebie a mile off, and that's all this review is. All "
                "the best for the winter."
            ),
            "bro ur literally the worst rider we've ever had 🙄 learn to read a sign",
            (
                "Having reviewed the incident, management considers this review a deliberate fabrication "
                "by a customer whose sole aim appears to be obtaining a free fare."
            ),
            (
                "We're sorry you didn't enjoy the wash. With respect, reviews like yours tend to come from "
                "people who were never going to be happy with anything, and we think readers can work that "
                "out for themselves."
            ),
            "Tha's a liar, pal, and a tight one at that.",
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris quelques minutes pour nous laisser un mot. Notre station de "
                "la route de Falaise est tenue par la même famille depuis trente ans, et on met un point "
                "d'honneur à garder les sanitaires propres et le café chaud, même les dimanches de grand "
                "vent. On sait que le chantier du rond-point complique un peu l'accès en ce moment, et on "
                "fait de notre mieux pour que ça reste pratique. Cela dit, vu le ton de votre commentaire, "
                "on a surtout l'impression d'avoir affaire à quelqu'un qui cherche à se faire rembourser "
                "son plein sans la moindre raison. Bonne fin de semaine et prenez soin de vous."
            ),
            "t'es vraiment un gros menteur toi 🤥 personne d'autre s'est plaint des vélos, arrête une fois",
            (
                "La direction constate que l'auteur de cet avis fait preuve d'une mauvaise foi manifeste "
                "et d'une malhonnêteté qui ne l'honore guère."
            ),
            (
                "Nous respectons tous les avis, grand frère, même ceux des gens qui passent leur journée à "
                "raconter des histoires pour obtenir un lavage gratuit."
            ),
            "Vous êtes de mauvaise foi. Point.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for the review, and welcome to Hobart! We hope you got to wander Salamanca "
                "Market and maybe grab a scallop pie while you were down our way. The car park's been run "
                "by our family since the nineties, and we've just put new lighting on level three and a "
                "second pay station by the lift. We're truly sorry that walking forty metres to the exit "
                "was such a harrowing ordeal, and we'll look into hiring you a sherpa and an oxygen tank "
                "for next time. Either way, safe travels and give us a wave when you're back."
            ),
            "oh noooo a water spot 😱😱 someone ring the emergency services 🚨",
            (
                "We have duly escalated your concern that the ice machine dispensed ice which was "
                "excessively cold to our Chief Temperature Officer, who will no doubt convene a task force "
                "at the earliest opportunity."
            ),
            (
                "Sorry the bus was four minutes late. We'll be sure to ask the traffic on the Craigavon "
                "Bridge to part like the Red Sea for you next time, so we will."
            ),
            "Wow, a tire shop that smells like tires. Real investigative journalism there.",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre passage chez nous ! On est toujours contents de voir des "
                "cyclistes profiter du chemin de halage le long de la Meuse, surtout quand le soleil se "
                "montre un peu entre deux drachées. Nos vélos électriques ont été révisés en septembre et "
                "on a ajouté des sièges enfants pour les familles, ce qui plaît beaucoup. Quel drame, "
                "effectivement, que la sonnette ait fait « ding » au lieu de « dring », on a tout de suite "
                "convoqué une cellule de crise, une fois. En tout cas, au plaisir de vous revoir au "
                "printemps !"
            ),
            "Ahlala 5 minutes d'attente à Colobane 😭😭 on va appeler le président pour toi grand 🤣",
            (
                "Nous prenons acte de votre réclamation relative à la largeur des places et vous "
                "confirmons que notre architecte étudie la possibilité de les adapter spécialement à votre "
                "talent de conducteur."
            ),
            (
                "Nous sommes sincèrement navrés que vous ayez dû patienter vingt minutes ; nous mesurons à "
                "quel point chaque minute de votre précieuse journée est inestimable pour l'humanité."
            ),
            "Bravo pour cette analyse, on va l'encadrer.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Hi there, and thanks for coming out to ride with us in Sedona! We're so glad you got to "
                "see the red rocks at sunrise and that the trail map helped you find the Bell Rock loop "
                "without any wrong turns. Our e-bike fleet was refreshed this spring, and we've added "
                "cooler bags to every rental because, well, Arizona. The flat you got halfway round was "
                "down to Tyler, who skipped the tire check that morning, and he's been taken off the "
                "workshop schedule as a result. Thanks again for your patience, and we hope your next ride "
                "is smooth all the way!"
            ),
            "soz bout the streaks 😬 that were Kieran's doing, he's been told 👊",
            (
                "Following an internal review, the Company can confirm that the missed stop was the "
                "responsibility of driver Declan Doherty, who is now subject to formal disciplinary "
                "procedures."
            ),
            (
                "We're sorry about the wait at the counter. Without naming names, our new starter Chloe on "
                "the night shift is still finding her feet, and we've had a firm word with her about it."
            ),
            "That were Gaz. Gaz has been sacked.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre fidélité depuis l'ouverture de notre station de lavage route "
                "de Toulouse. On est contents que les rouleaux neufs et le nouveau programme cire aient "
                "plu à votre voiture, et que vos enfants se soient régalés à regarder la mousse colorée. "
                "On a aussi installé des aspirateurs plus puissants cet été, et les retours sont très "
                "positifs. Pour le jet haute pression resté en panne, c'est Kévin qui avait oublié de "
                "recharger le produit, et il a reçu un avertissement. Au plaisir de vous revoir, et bonne "
                "route !"
            ),
            "Dsl pour la monnaie 🙏🏾 c'est Ibou le pompiste qui s'est trompé, on l'a déjà sanctionné 😤",
            (
                "La direction tient à préciser que le retard constaté est exclusivement imputable au "
                "chauffeur, M. Dethier, à l'encontre duquel une procédure disciplinaire a été engagée."
            ),
            (
                "Nous sommes désolés pour l'accueil. Notre agent de caisse, Manon, n'a visiblement pas été "
                "à la hauteur ce jour-là, et nous avons eu une discussion sérieuse avec elle."
            ),
            "Erreur de montage de Julien. Il ne fait plus partie de l'équipe.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks very much for coming to us, and for the honest review. We're a small family "
                "business out on the Buncrana Road and we've been fitting tyres for folk right across the "
                "north-west for over twenty years, which we're very proud of. We know an hour and a half "
                "is a long time to wait, but the supplier's lorry was late up from Belfast, two of the "
                "lads were off with the flu, the balancing machine needed recalibrating after Tuesday's "
                "power cut, the phones were hopping with the first frost, and a van came in with a "
                "blow-out that had to go ahead of the queue. Hopefully next time will be quicker for you. "
                "All the best."
            ),
            (
                "ok so the app went down bc our server provider had an outage + scooters throttle at 115°F "
                "+ the city moved the parking zones last week + half our chargers got fried in the monsoon "
                "+ our support guy was on PTO 🤷 so yeah"
            ),
            (
                "The delay to the 52 service on the morning in question arose from a combination of "
                "factors, namely roadworks on the A61, an unplanned vehicle changeover at the depot, "
                "driver availability constraints resulting from national recruitment shortages, revised "
                "timetabling guidance from the transport authority, congestion from a nearby sporting "
                "fixture and adverse weather conditions, all of which were outside the Company's direct "
                "control."
            ),
            (
                "We do take your point about the wheels, and we'd just gently mention that the water "
                "restrictions this summer limit our rinse pressure, that the brushes are set for sedans "
                "rather than utes, that red dust from up the Midlands is very hard to shift, that our "
                "dryers are a council-approved low-noise model, and that there is a sign about roof racks "
                "at the entry."
            ),
            (
                "Barrier were broke cos o' the frost, card reader's ancient, council won't pay for a new "
                "one, bloke who fixes 'em lives in Rotherham and it were a bank holiday. Not much we could "
                "do."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour votre message, ça nous fait vraiment plaisir que vous ayez "
                "choisi nos cars pour monter au festival de jazz de Saint-Louis. On sait que la clim et "
                "les sièges inclinables ont été appréciés, et que le chauffeur a mis une bonne ambiance "
                "avec la musique tout au long du trajet. Notre compagnie roule sur cet axe depuis quinze "
                "ans et on fait tout pour garder la teranga à bord. Pour le retard au départ, il faut "
                "savoir que le car revenait de Touba et avait été bloqué au péage, qu'il y a eu un "
                "contrôle de gendarmerie à Thiès, que deux passagers sont arrivés en retard avec des "
                "bagages, que le courant avait coupé à la gare et qu'on a dû attendre la réparation d'un "
                "pneu crevé à Tivaouane. Ba beneen yoon, inch'Allah !"
            ),
            (
                "alors en fait la batterie avait pas chargé pcq y a eu une coupure au dépôt, l'appli a "
                "planté avec la mise à jour, le technicien était en congé, il pleuvait sur la place Stan "
                "et les bornes c'est pas nous qui les gérons donc bon 🤷‍♂️"
            ),
            (
                "Les difficultés de paiement rencontrées s'expliquent par la migration de notre système de "
                "caisse vers un nouveau prestataire, par une panne du réseau Bancontact à l'échelle "
                "régionale, par des travaux de voirie sur le boulevard, par la fermeture temporaire de "
                "l'accès piéton côté Grognon ainsi que par l'affluence exceptionnelle liée aux Fêtes de "
                "Wallonie, autant d'éléments indépendants de notre volonté."
            ),
            (
                "Nous entendons votre remarque et nous nous permettons simplement de préciser que les "
                "brosses sont réglées selon les recommandations du fabricant, que le sel de l'hiver "
                "normand rend les bas de caisse difficiles à nettoyer, que le programme choisi n'incluait "
                "pas les jantes, que la fréquentation était forte ce samedi-là et que notre eau est "
                "recyclée conformément aux normes."
            ),
            (
                "Ben le pneu était en rupture, le fournisseur a livré en retard, l'équilibreuse a lâché, "
                "on était deux au lieu de quatre et c'était la veille du pont. Voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for riding with us on the Huon Valley day tour, and we're so glad you got to try "
                "the cider at the orchard stop and see the apple blossom out in full. Our drivers love "
                "that route, especially the stretch along the river, and we've just added a longer stop in "
                "Franklin for anyone who wants a proper lunch. The seats were reupholstered over winter "
                "and the coach now has USB chargers at every row, which has gone down really well. The "
                "driver did not leave the stop early and nobody was left behind at Geeveston; that simply "
                "didn't happen. Hope to see you on the Bruny Island run next summer!"
            ),
            "nah never happened 🤷 our scooters don't cut out, end of",
            (
                "The Company categorically denies that any vehicle was damaged on its premises on the date "
                "referenced. No incident occurred, and the shuttle operated to schedule throughout."
            ),
            (
                "We're sorry you came away unhappy. Having said that, there's no way the pump overcharged "
                "you, the screens and the till match to the penny every single night, so that just isn't "
                "something that happened here."
            ),
            "No tyre of ours has ever come off a car. Didn't happen.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre parking près de la place Stanislas pour votre "
                "week-end à Nancy. On espère que vous avez eu le temps de flâner au parc de la Pépinière "
                "et de goûter une vraie quiche lorraine, ou au moins quelques macarons. Nos équipes ont "
                "rénové les ascenseurs cet automne et ajouté des bornes de recharge au niveau -1, et on "
                "est contents que la propreté ait été remarquée. Aucune rayure n'a été faite sur votre "
                "véhicule dans notre parking, ce n'est tout simplement pas arrivé. Au plaisir de vous "
                "accueillir pour les fêtes de la Saint-Nicolas !"
            ),
            "Non non non, personne chez nous a touché ton rétro 🙅🏾‍♂️ ça s'est jamais passé",
            (
                "La société conteste formellement les faits rapportés : aucun de nos conducteurs n'a "
                "refusé l'accès à un passager en fauteuil roulant sur la ligne 10."
            ),
            (
                "Nous comprenons votre déception, mais aucun de nos vélos n'est sorti avec des freins "
                "défectueux ce week-end-là ; ce que vous décrivez ne s'est tout simplement pas produit "
                "chez nous."
            ),
            "Aucun écrou oublié chez nous. Jamais.",
        ],
    },
}

BLIND89_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry, that's not good enough from us. The 83 shouldn't sail past a stop with people waiting, "
            "and we've passed the footage to our driver trainers so it's covered in next week's refresher. "
            "If you drop us a line at customercare@steelvalleybuses.co.uk with the time you were waiting, "
            "we'll post a day ticket out to you."
        ),
        (
            "Thank you! Cheers for picking us for your lap of the waterfront, and we're chuffed the kids "
            "loved the tag-along bike. Come back in summer and we'll point you to the best gelato in "
            "Salamanca."
        ),
        (
            "Thanks for the review! Just so everyone knows, our Wash Club gives every member their tenth "
            "wash free, no strings attached, whether you love us, hate us or never write a word. You can "
            "sign up at the pay station."
        ),
        (
            "Sorry you couldn't get through at lunchtime. The best number for the workshop is 028 7100 "
            "0000, and we're open 8 till 6 on weekdays and 8 till 1 on Saturdays."
        ),
        (
            "Thanks for the shout-out for Bev on the night desk! She's been looking after folk at our "
            "Arundel Gate car park for nine years and she'll be made up to hear she helped you find your "
            "keys."
        ),
        (
            "We're sorry. Marcus gave you the wrong transfer information at the transit center, but that's "
            "on us, because we hadn't briefed our drivers on the detour in time. The detour sheet is now "
            "in every cab, and if you call us at (480) 555-0142 we'll make it right."
        ),
        (
            "Sorry about the pump charging you twice. We refunded the second $74.60 to your card this "
            "morning; it can take three to five business days to show up. Thanks for letting us know so "
            "quickly."
        ),
        (
            "Apologies for the wait on Saturday. One of our two wash bays was down for a pump repair, so "
            "everyone was queueing for the other one. It's fixed now, and we're sorry it ate into your "
            "morning."
        ),
        (
            "We're so sorry to hear your car was broken into. We keep CCTV on every level and we'll gladly "
            "hand the footage to South Yorkshire Police; once you've reported it, they can request it from "
            "us directly. Our office is on 0114 496 0000 if your insurer needs anything from us."
        ),
        (
            "Guilty as charged: our old coffee was best described as 'mostly brown'. We've finally retired "
            "that machine, so come and give the new one a try next time you fill up."
        ),
        (
            "Thanks for the three stars and for explaining them. You're right that the vacuum bays get "
            "busy on weekends, and we're adding a fourth one in the new year."
        ),
        (
            "Thanks for writing. Our tracking shows the 18:10 left the Foyle Street stop on time that "
            "evening, but the app was showing a different time for a while, which may be where the mix-up "
            "came from. If you email us the stop you were at, we'll look into it properly."
        ),
        (
            "Our sincere condolences on the loss of your husband. He brought that old Land Rover to us for "
            "years and always had a story for the lads. Thank you for letting us know."
        ),
        (
            "Congratulations on the engagement! We're honored the proposal happened on one of our tandems "
            "at the top of the rim trail, and we hope the ring stayed zipped in the pocket the whole way "
            "down."
        ),
        (
            "Sorry the helmet rule caught you out. Tasmanian law requires a helmet on every hire scooter, "
            "so we can't unlock one without it, but we now keep spare helmets in all sizes at the Franklin "
            "Square dock so nobody gets stuck."
        ),
        (
            "Sorry about the rise in the evening rate, we know it stings. Our business rates and the "
            "electricity for the lighting went up sharply this year and we kept the increase as small as "
            "we could. The after-6 flat rate is still £3."
        ),
        (
            "We're sorry the lug nuts weren't torqued properly before you drove off. That should never "
            "happen. We've added a second-person torque check on every job, and please call the shop at "
            "(602) 555-0188 so we can inspect your wheels at no charge."
        ),
        "Ah, that's lovely, thank you. Glad the driver waited for you at the Guildhall stop. Safe home!",
        (
            "Thanks for the kind words. If you haven't got it yet, our app gives every rider a free "
            "journey after nine paid ones, whether you've left us a review or not."
        ),
        (
            "Sorry the booking page wouldn't load. You can always book by email at "
            "hello@derwentwheels.com.au or just turn up at the shed on Hunter Street, we're open 9 till 5 "
            "every day except Christmas."
        ),
        (
            "Thank you! We'll pass this straight on to Rosa and Eli, who did your interior. They'll be "
            "thrilled you noticed the air vents."
        ),
        (
            "You're right, and we're sorry. Jess quoted you the wrong price over the phone, but she was "
            "working from an old list we should have taken down, so that's our mistake, not hers. We've "
            "honoured the lower quote and refunded the difference."
        ),
        (
            "Sorry the barrier wouldn't lift and you were stuck at the exit. We've refunded your ticket in "
            "full, and the barrier has had a new sensor fitted since."
        ),
        (
            "We're sorry the AC on the bus wasn't working. The unit failed in the afternoon heat and we "
            "had no spare vehicle at the depot. That's not good enough in July, and the bus is in the shop "
            "now."
        ),
        (
            "Thanks for getting in touch. Under our hire terms a scooter has to be left in a marked bay to "
            "end the ride, which is why the timer kept running. Since the bay sign on that corner is hard "
            "to see, we've waived the extra minutes and asked the council to move it."
        ),
        (
            "Sorry to hear about the dent. Claims for incidents on site go through our public liability "
            "insurer, and we're happy to send them the CCTV from level two. Email us at "
            "office@battery-point-parking.com.au and we'll help you with the forms."
        ),
        (
            "We're glad you're OK. Our staff called the police as soon as the man started shouting, which "
            "is our policy, and officers were there within minutes. If you'd like to talk it through, our "
            "manager is on (520) 555-0119."
        ),
        (
            "Fair point about the waiting room. The telly's older than some of our customers and the "
            "chairs have seen things. New ones are on order, honest."
        ),
        (
            "Thanks for the 2-star rating. We hear you on the app crashing mid-ride, and Monday's update "
            "should fix it. Our support team is on chat from 7am to 10pm if it happens again."
        ),
        (
            "Thanks for the feedback. The program selected at the pay station was the Premium, which "
            "includes the underbody rinse but not tyre shine, and we understand the menu board isn't as "
            "clear as it should be. We're redoing it, and we'd be happy to talk it through next time "
            "you're in."
        ),
        (
            "Our deepest condolences. Thank you for telling us how much our drivers' kindness meant to "
            "your mom on her daily rides. We've shared your words with everyone at the depot."
        ),
        (
            "Congratulations on the wedding! Glad we could get the old Jag gleaming for the big day, and "
            "we hope it was a cracker."
        ),
        (
            "Sorry if it felt abrupt when our cashier asked you to come off your phone at the pump. It's a "
            "site safety rule for everyone, and we should have explained it more kindly. Thanks for "
            "understanding."
        ),
        (
            "Apologies for the surprise on the day-hire price. We moved to newer e-bikes this season and "
            "the rate went up by $10; we should have flagged it on the website sooner, and it's there now."
        ),
        (
            "Sorry the chain kept slipping on you crossing the Peace Bridge. We've taken that bike out of "
            "the fleet and checked every other one. Call into the shop or ring us and we'll get you back "
            "out on a bike that behaves."
        ),
        "Appreciate you, Scottsdale! Thanks for trusting us with your truck.",
        (
            "Thanks for asking! We've moved round the corner to 14 Penistone Road, open 8 till 7 Monday to "
            "Saturday and 9 till 4 on Sundays."
        ),
        "Cheers legend 🙌 Sam'll be stoked you liked the pies ⛽🥧",
        (
            "Thank you for your feedback. We have processed a full refund of the overnight parking fee and "
            "apologize for the delay to the shuttle. We have since added a second shuttle between 5am and "
            "8am."
        ),
        (
            "Sorry the driver asked you to fold the buggy. On busy services it keeps the aisle clear in "
            "case we have to brake hard, but we know it's a faff when little ones are asleep, and we're "
            "adding more buggy spaces on the new fleet."
        ),
    ],
    "fr": [
        (
            "Toutes nos excuses pour ce car qui ne s'est pas arrêté à votre arrêt. Nous avons repris le "
            "trajet avec le conducteur et l'arrêt a été ajouté en gras sur sa feuille de route. "
            "Écrivez-nous à contact@cars-du-bocage.fr, nous vous enverrons un carnet de tickets."
        ),
        (
            "Un tout grand merci ! Ravis que la balade jusqu'à Wépion vous ait plu, et qu'il n'ait pas "
            "draché pour une fois. À tantôt !"
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte fidélité est ouverte à tous nos clients : "
            "au dixième lavage, le onzième est offert, que vous nous laissiez un avis ou pas."
        ),
        (
            "Désolés que vous n'ayez pas réussi à nous joindre. L'atelier répond au 05 55 00 00 00 du "
            "lundi au vendredi de 8 h à 18 h, et le samedi matin."
        ),
        (
            "Merci pour ce message ! Nous transmettrons à Sandrine, qui tient la caisse depuis douze ans "
            "et qui sera ravie de savoir que son café vous a réchauffé un matin de gel."
        ),
        (
            "Vous avez raison, et nous vous présentons nos excuses. Thomas vous a indiqué le mauvais "
            "tarif, mais c'était à nous de lui fournir une grille à jour, et ce n'était pas le cas. "
            "L'affichage est corrigé et nous vous remboursons la différence."
        ),
        (
            "Toutes nos excuses pour la double facturation. Le remboursement a été effectué ce matin, "
            "comptez deux à trois jours ouvrables selon votre banque."
        ),
        (
            "Pardon pour le retard au départ de Dakar. Le car a crevé sur l'autoroute à péage avant "
            "d'arriver à la gare, et on aurait dû vous prévenir plus tôt. Toutes nos excuses."
        ),
        (
            "Nous sommes désolés pour le vol dans votre véhicule. Nos caméras couvrent toutes les allées : "
            "si vous déposez plainte au commissariat, les enquêteurs peuvent nous demander les images et "
            "nous les leur remettrons aussitôt."
        ),
        (
            "Bon, on avoue : notre aspirateur n° 3 avait moins de souffle qu'un ballon de baudruche crevé. "
            "Il a été changé la semaine dernière, promis."
        ),
        (
            "Merci pour vos trois étoiles et pour les détails. Vous avez raison pour les antivols un peu "
            "courts ; nous en commandons des plus longs pour le printemps."
        ),
        (
            "Merci pour votre message. D'après nos relevés GPS, le bus de 17 h 42 est passé à l'heure à "
            "l'arrêt Gare ce jour-là, mais il arrive que l'afficheur se trompe. Si vous nous envoyez "
            "l'heure exacte de votre attente, nous vérifierons volontiers."
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Votre père faisait ses pneus chez nous "
            "depuis l'ouverture, et toute l'équipe garde un très bon souvenir de lui."
        ),
        (
            "Félicitations pour le mariage ! On était fiers de préparer les voitures du cortège, et on "
            "espère que la fête a été belle. Jërëjëf !"
        ),
        (
            "Désolés si le refus vous a surpris. Nous ne louons pas nos trottinettes aux moins de 18 ans, "
            "c'est une règle d'assurance et de sécurité, mais nos vélos enfants restent disponibles, "
            "casque compris."
        ),
        (
            "Nous comprenons votre agacement et vous prions de nous excuser pour cette hausse. Le prix de "
            "l'eau et de l'électricité a fortement augmenté cette année ; nous avons limité l'augmentation "
            "à 50 centimes par programme."
        ),
        (
            "Nanga def ! Merci beaucoup pour ce gentil message, notre chauffeur Modou est très content que "
            "le voyage vers Saint-Louis se soit bien passé. Ba beneen yoon !"
        ),
        "Merci, à bientôt à l'atelier.",
        (
            "Nous vous présentons nos excuses pour le vélo dont la batterie s'est vidée à mi-parcours. "
            "L'ensemble de nos batteries est désormais contrôlé chaque matin. Notre accueil de la rue de "
            "Fer reste joignable au 081 00 00 00 pour toute question."
        ),
        (
            "Merci pour votre avis. Pour information, notre programme de parrainage est ouvert à tous les "
            "abonnés : un mois offert pour vous et pour la personne parrainée, sans aucune condition liée "
            "aux avis."
        ),
        (
            "Bonjour, notre agence commerciale a déménagé au 8 place Jourdan. Elle vous accueille du lundi "
            "au samedi de 9 h à 18 h pour vos abonnements."
        ),
        (
            "Oh merci ! On dira à Fabrice que vous avez trouvé sa mousse digne d'un cappuccino, il va être "
            "fier comme un paon !"
        ),
        (
            "Vous avez raison et on vous demande pardon. Notre pompiste Aliou a servi du gasoil au lieu du "
            "super, mais c'est notre responsabilité : les pistolets n'étaient pas bien étiquetés. Nous "
            "avons pris en charge la vidange du réservoir et refait tout l'étiquetage."
        ),
        (
            "Désolés que le portique se soit arrêté en plein programme. Nous avons remboursé le lavage "
            "hier, et le technicien a changé la pièce défectueuse."
        ),
        (
            "Nous sommes navrés pour la rayure. Comme le prévoient nos conditions générales, les dommages "
            "entre usagers relèvent de leurs assurances respectives ; nous pouvons toutefois transmettre "
            "un extrait des images à votre assureur sur simple demande."
        ),
        (
            "Nous sommes soulagés que vous alliez bien. Le chauffeur a prévenu la police dès que cet homme "
            "s'est montré menaçant, conformément à nos consignes. Notre service client reste à votre "
            "écoute au 33 800 00 00."
        ),
        (
            "Notre rampe d'accès est plus raide que la montée vers la Citadelle, on vous l'accorde. On a "
            "repeint les bordures en jaune pour qu'elle fasse un peu moins peur."
        ),
        (
            "Merci pour les quatre étoiles. La remarque sur les béquilles est juste, elles sont en cours "
            "de remplacement sur toute la flotte."
        ),
        (
            "Merci pour votre retour. Nous avons bien monté les quatre pneus achetés, et la facture "
            "indique la géométrie comme option non retenue ; nous comprenons que ce n'était peut-être pas "
            "clair au comptoir. Passez nous voir, on regardera ça ensemble."
        ),
        (
            "Toute l'équipe du dépôt vous présente ses sincères condoléances. Merci d'avoir pris le temps "
            "de nous écrire dans un moment pareil."
        ),
        (
            "Bravo pour votre premier Nancy–Metz à vélo ! Quelle belle performance, et merci d'avoir "
            "choisi nos vélos pour ce défi."
        ),
        (
            "Désolés si notre employé vous a paru sec. Il est interdit de fumer près des pompes, pour la "
            "sécurité de tous, et il aurait dû vous l'expliquer plus gentiment. Merci de votre "
            "compréhension."
        ),
        (
            "Toutes nos excuses pour l'augmentation du tarif de nuit. La ville a revu le montant de la "
            "redevance cette année, et nous avons choisi de ne répercuter qu'une partie de la hausse."
        ),
        "Désolés pour la pompe 3. Réparée ce matin.",
        (
            "Ah ça fait plaisir ! On est contents que votre vieille 205 brille à nouveau comme au premier "
            "jour. Revenez quand vous voulez !"
        ),
        (
            "Nous vous remercions vivement pour votre appréciation et pour votre fidélité. Au plaisir de "
            "vous accueillir à nouveau à l'atelier."
        ),
        "Merci beaucoup 🙏🏾🚲 content que la balade sur le pont Faidherbe t'ait plu ! reviens quand tu veux 😊",
        (
            "Pardon pour ce bus bondé samedi. Un véhicule était en panne et nous n'avions pas de "
            "remplaçant disponible. La ligne sera renforcée le samedi dès la semaine prochaine."
        ),
        (
            "Bonjour, nous confirmons que notre parking est placé sous vidéoprotection, comme l'indiquent "
            "les panneaux à l'entrée. Les images sont conservées trente jours et ne sont transmises qu'aux "
            "autorités qui les demandent."
        ),
        (
            "Merci pour votre visite ! Notre carte 10 + 1 est valable pour tout le monde, il suffit de la "
            "demander à la caisse."
        ),
    ],
}
