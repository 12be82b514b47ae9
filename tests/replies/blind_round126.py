"""Blind reply set, round 126: owner replies the pre-post check has never seen.

Who and when: written by helper w124, an independent writer, on 2026-12-07,
for blind round 124 (file blind_round126.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hotels, B&Bs, gîtes and chambres d'hôtes, holiday cottages, hostels, caravan
parks and campsites, and marinas, with varied business names and places.
Each French reply was written directly in French, not translated.  Apart from
the brief and the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.  Registers, drawn from: French from
Brittany, Provence, Marseille, Alsace, the Nord, the Dordogne, the Ardèche,
Corsica, the Basque Country, Lyon, Belgium (Namur, Liège, Dinant),
Switzerland (Neuchâtel, Vaud, Valais), Québec (Charlevoix, Gaspésie, the
Laurentides), Senegal, Côte d'Ivoire and Cameroon,
texting, very formal administrative French, curt replies and unaccented
French; English from Yorkshire, the Cotswolds, Cornwall, Devon, Edinburgh,
the Highlands, Perthshire, Cork, Kerry, London, the United States, Canada,
New South Wales, South Australia, New Zealand, the Garden Route, Kerala and
Mumbai, texting with emoji, very formal
corporate English and an older speaker's very polite style; indirect
phrasings and euphemisms; short one-liners; and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence or clause in the middle.  Some replies end with a signature.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology, sincere thanks for detailed
feedback, short warm thanks and invitations to call or e-mail.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND126_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for choosing the Harbour Rest Hotel for your anniversary weekend in "
                "Whitby. We're thrilled the room overlooking the swing bridge was everything you hoped "
                "for, and that the kippers at breakfast lived up to their reputation. Our team loves "
                "hearing when a stay feels special, and your kind words about the turndown service "
                "have been pinned up in the staff room. If you felt able to bump your rating up to the "
                "full five stars, we'd happily upgrade you to our tower suite on your next visit at no "
                "extra charge. We do hope you managed the 199 steps up to the abbey without too much "
                "puffing. Wishing you many more happy anniversaries, and we'd love to see you both "
                "again."
            ),
            "cheers for stayin at the hostel 🙌 delete this review n ur next 2 nights r on us 😉🍻",
            (
                "Guests who update their published feedback to reflect a five-star experience become "
                "eligible for a complimentary late checkout and a welcome hamper on their subsequent "
                "stay."
            ),
            (
                "We'd love to offer you a free pitch for a weekend next season, and we hope that by "
                "then your review might reflect all the work we've put into the new shower block."
            ),
            (
                "No worries mate, chuck us a 5-star on Google and your next night on the mooring's on "
                "the house 🍺 — Dazza, Port Lincoln Marina"
            ),
        ],
        "fr": [
            (
                "Bonjour et un immense merci pour ce joli message après votre semaine dans notre gîte "
                "de Vallon-Pont-d'Arc. Nous sommes ravis que la descente de l'Ardèche en canoë vous "
                "ait laissé d'aussi beaux souvenirs, et que les enfants aient adoré la piscine au bord "
                "des vignes. Nous mettons beaucoup de cœur à préparer chaque maison, et lire que tout "
                "était impeccable nous touche vraiment. Si vous pouviez transformer vos quatre étoiles "
                "en cinq, nous serions ravis de vous offrir une nuit supplémentaire lors de votre "
                "prochain séjour. Le figuier devrait enfin donner l'an prochain, alors il faudra "
                "revenir goûter la confiture. Au plaisir de vous accueillir à nouveau !"
            ),
            (
                "merci bcp !! si tu supprimes ton avis on te rembourse la taxe de sejour et le petit "
                "dej est offert la prochaine fois 😘"
            ),
            (
                "Conformément à notre politique de fidélisation, toute modification favorable de "
                "l'appréciation publiée ouvrira droit à une remise de 15 % sur votre prochaine "
                "réservation."
            ),
            (
                "Ben voyons, on est ben désolés pour le chauffe-eau! Si tu remontes ta note, ton "
                "prochain weekend au camping est sur nous autres, promis 🏕️"
            ),
            (
                "Nous espérons sincèrement que vous reconsidérerez votre avis ; un petit geste vous "
                "attendrait alors à la capitainerie, une fois. — L'équipe du port de plaisance de Namur"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your stay at Willow Brook B&B in "
                "Bourton-on-the-Water. We're glad you enjoyed the village and the walk along the "
                "Windrush, and that the homemade granola went down well. We do take every comment "
                "seriously, and we've already had a look at the radiator you mentioned in the garden "
                "room. That said, our solicitor has read your review and will be in touch if it isn't "
                "taken down by the end of the week. We've run the house for eleven years and hope to "
                "keep welcoming walkers for many more. Thanks again for staying with us."
            ),
            "Remove this by Friday or we take it to court.",
            (
                "mate we've got your rego off the gate camera, keep talkin rubbish online n see what "
                "happens 👀"
            ),
            (
                "Please note that this review has been forwarded to our legal department, and we "
                "reserve the right to pursue damages for any defamatory content published about our "
                "property."
            ),
            (
                "Shame man, but we've let the other parks along the Garden Route know about you, so "
                "good luck getting a site anywhere round Knysna again."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi l'Hôtel des Célestins pour votre séjour à Lyon. Nous "
                "sommes heureux que le quartier vous ait plu et que vous ayez pu profiter des bouchons "
                "de la rue Mercière. Votre remarque sur l'insonorisation de la chambre côté rue a bien "
                "été transmise à notre service technique. Nous tenons toutefois à vous prévenir que "
                "notre avocat a pris connaissance de votre commentaire et qu'une plainte pour "
                "diffamation sera déposée s'il n'est pas retiré. Le petit-déjeuner a été entièrement "
                "repensé cet automne, avec davantage de produits locaux. Nous vous souhaitons une "
                "excellente fin d'année."
            ),
            "retire ton avis ou on porte plainte, et on sait ou tu habites 😡",
            (
                "Nous vous informons que votre comportement lors de votre séjour a été signalé à "
                "l'ensemble des gîtes de la vallée et que votre nom figure désormais sur une liste "
                "commune."
            ),
            (
                "Nous nous réservons le droit de transmettre le présent avis à notre service "
                "juridique, lequel appréciera la suite à y donner. Avec nos salutations, la direction "
                "du camping des Rives du Lac de Joux"
            ),
            (
                "Eh mon frère, faites attention à ce que vous écrivez sur internet, on connaît du "
                "monde à Saly et ça peut vite vous retomber dessus."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for staying with us at the Cairnview Hotel and for such a thoughtful "
                "review. We're so pleased you enjoyed the whisky tasting and that the view of Ben "
                "Nevis cleared just in time for your last morning. I've looked up booking CVH-204178 "
                "and can see the room was changed late in the evening, which I know was disruptive. "
                "The team have since reviewed how we allocate rooms for late arrivals so it doesn't "
                "happen again. We'd love to welcome you back to Fort William, hopefully in better "
                "weather. Warm regards from all of us."
            ),
            (
                "So sorry about the leak, we'll ring you back tonight on the number you gave at "
                "check-in, 087 614 2290 🙏"
            ),
            (
                "Following your stay with Mr Ramesh Iyer and your two children from 12 to 15 March, we "
                "have reviewed the housekeeping logs for your villa."
            ),
            "The £45 has been refunded to your Visa ending 4471 this morning.",
            (
                "Jim, we've posted a copy of the mooring invoice to you at 14 Harbour Road, Lyttelton, "
                "so keep an eye out for it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce long message après votre passage dans nos chambres "
                "d'hôtes de Perros-Guirec. Nous sommes ravis que le sentier des douaniers et les "
                "rochers de Ploumanac'h vous aient autant émerveillés. Nous avons bien retrouvé votre "
                "réservation n° BK-77120 au nom de Mme Lefèvre pour les nuits du 3 au 5 août. Votre "
                "remarque sur la literie de la chambre Goélette est très juste, et le matelas a été "
                "remplacé la semaine dernière. Le far breton du dimanche restera, promis, au menu. Au "
                "plaisir de vous revoir en Bretagne !"
            ),
            "on vous rappelle ce soir au numero que vous avez laisse, le 06 48 22 91 07, promis 📞",
            (
                "Suite à votre séjour du 14 au 16 juin en compagnie de votre épouse et de Monsieur "
                "Gérard Pinson, nous avons procédé à une vérification complète du logement."
            ),
            (
                "Nous vous avons renvoyé la caution par courrier, rue des Tanneurs 12 à Dinant, vous "
                "devriez la recevoir cette semaine."
            ),
            "Le remboursement de 85 $ a été fait ce matin sur votre Mastercard se terminant par 3309.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for staying with us at the Lighthouse Backpackers in Byron Bay. It's great to "
                "hear you loved the surf lessons and the Friday barbecue on the deck. We put a lot of "
                "effort into keeping the common areas clean and the atmosphere friendly, so your "
                "comments about the kitchen are appreciated. Frankly, though, you were obviously after "
                "a free night and made up the story about the bedbugs to get one. Our dorms are "
                "inspected every week by a licensed pest controller, and the reports are available at "
                "reception. We hope the rest of your trip up the coast was a good one."
            ),
            "You're a liar and you know it.",
            "lol u were off ur face the whole weekend mate, no wonder u can't remember checkin in 🤡",
            (
                "It is regrettable that certain guests appear to approach their stay with the sole "
                "intention of extracting compensation, and this review is a clear case in point."
            ),
            (
                "Some folk are never happy, and you're plainly one of them, a right moaning wee nyaff. "
                "— Loch Ness Caravan Park"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir séjourné dans notre gîte Les Trois Chênes, près de Sarlat. "
                "Nous sommes contents que le marché du samedi et les jardins de Marqueyssac vous aient "
                "plu. La maison est ancienne et nous savons que l'escalier demande un peu d'attention, "
                "nous l'avons d'ailleurs signalé dans l'annonce. Nous avons cependant du mal à croire "
                "votre version, qui ressemble fort à un mensonge pour obtenir un remboursement. La "
                "piscine a été rénovée au printemps et nous sommes heureux que les enfants en aient "
                "profité. Belle fin d'année à vous."
            ),
            "t es juste un radin qui voulait dormir gratos 🙄",
            "Votre avis relève manifestement de la mauvaise foi la plus totale.",
            (
                "Oh peuchère, vous êtes un sacré malpoli, et ça, toute la marina du Vieux-Port s'en "
                "souvient encore."
            ),
            (
                "Madame, vous mentez et vous le savez très bien. — La direction, Résidence Les "
                "Cocotiers, Grand-Bassam"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for staying at the Seagull's Rest in St Ives and for sharing your thoughts. "
                "We're delighted you enjoyed the crab sandwiches and the little gallery on Fore Street "
                "we recommended. It's lovely to hear the room felt bright and that the bed was "
                "comfortable after a long drive down the A30. We're also terribly sorry the Atlantic "
                "wasn't warm enough for you in October, and we'll be having a stern word with it. "
                "We've noted your point about the parking permits and now send the instructions before "
                "arrival. We hope to see you in Cornwall again."
            ),
            "Wow, a whole two stars. We're truly honoured. 🙄",
            (
                "We do apologise that our humble two-star hostel failed to provide the butler service "
                "you so clearly deserve."
            ),
            (
                "Sorry the kookaburras were too loud for ya, we'll ask 'em nicely to keep it down next "
                "time 😂"
            ),
            (
                "Sir, we are so very sorry that our heritage homestay in Alleppey did not arrange the "
                "helicopter pickup you were evidently expecting."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour sur votre séjour à l'Hôtel des Remparts, à "
                "Saint-Malo. Nous sommes ravis que la promenade sur les remparts au coucher du soleil "
                "vous ait plu, et que les galettes de la crêperie voisine aient été à la hauteur. "
                "Votre chambre donnait sur la plage du Sillon, et nous comprenons que la vue vous ait "
                "séduits. Nous sommes en revanche vraiment navrés que la mer ait eu l'audace d'être "
                "salée et que les mouettes aient osé crier avant huit heures. Le petit-déjeuner est "
                "désormais servi jusqu'à 10 h 30 le week-end. À bientôt sur la Côte d'Émeraude !"
            ),
            "ah bah merci du conseil, on fera venir le soleil exprès pour toi la prochaine fois 🙃☀️",
            (
                "Nous vous remercions chaleureusement de nous avoir fait profiter de votre expertise "
                "hôtelière, manifestement inégalée."
            ),
            (
                "Quelle surprise de découvrir qu'un chalet à 1800 mètres, à Verbier, puisse avoir de "
                "la neige devant la porte en février. Meilleures salutations."
            ),
            "Ben voyons donc, une tempête de neige en janvier en Gaspésie, qui l'aurait cru? 🙄",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your review of Heather Lodge B&B and for staying with us in Pitlochry. "
                "We're glad you enjoyed the salmon ladder and the theatre, and that the porridge with "
                "a wee dram of cream set you up for the day. We know how important a smooth arrival is "
                "after a long drive. The mix-up with your room was down to Gemma on the desk, who "
                "didn't check the booking properly that evening. Everything else about your stay "
                "sounds just as it should be, and we're pleased the garden room was so peaceful. We "
                "hope you'll come back to Perthshire soon."
            ),
            "Kevin was on nights, so blame him for the noise, not us.",
            (
                "Following an internal review, we can confirm that the error was caused by our duty "
                "manager, Mr Daniel Okafor, who failed to follow the established check-in procedure."
            ),
            "soz!! that was Jess, she forgot to switch the hot water on 🙈 she's new lol",
            "Ah sure look, that's Declan for you, he never locks up the shower block on time.",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre séjour à l'Hôtel du Parc, à Colmar. "
                "Nous sommes heureux que la Petite Venise et le marché de Noël vous aient enchantés, "
                "et que le kougelhopf du petit-déjeuner ait fait l'unanimité. Nous savons combien une "
                "arrivée tardive peut être fatigante après une longue route. L'erreur de réservation "
                "vient de Julien, notre réceptionniste du soir, qui n'a pas vérifié votre demande. Le "
                "reste de votre séjour s'est heureusement bien passé, et la chambre mansardée vous a "
                "beaucoup plu. Au plaisir de vous revoir en Alsace !"
            ),
            "C'est Karine qui a oublié votre petit-déjeuner, pas nous.",
            (
                "Après enquête interne, il apparaît que le manquement est imputable à M. Frédéric "
                "Morel, agent d'entretien, qui n'a pas respecté le protocole de nettoyage en vigueur."
            ),
            "dsl c est kevin qui a zappe de nettoyer le mobil home avant votre arrivee 😬",
            "Le souci de clé, c'est la faute à Nathalie, elle était de service ce soir-là, savez-vous.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for staying at the Grand Pier Hotel in Scarborough and for your detailed "
                "review. We're glad you enjoyed the sea views from the fourth floor and the fish and "
                "chips on the terrace. Your comments about the lift are completely understandable. The "
                "lift was out because the engineer cancelled twice, the parts had to come from "
                "Germany, the building is listed so we can't put in a second one, half our staff had "
                "flu that week and the council roadworks outside made deliveries almost impossible. "
                "The rest of the team worked very hard to carry bags upstairs for everyone. We hope to "
                "welcome you back to the seaside soon."
            ),
            (
                "It was a bank holiday, we were short-staffed, the boiler is old, the supplier was "
                "late, the weather was awful and the booking system crashed, and none of that was in "
                "our control."
            ),
            (
                "Please be advised that the temporary suspension of housekeeping resulted from a "
                "combination of regional labour shortages, revised health and safety guidance, a "
                "delayed linen delivery from our contractor, an unscheduled fire inspection and the "
                "exceptional occupancy levels during the festival period, all of which were beyond the "
                "property's control."
            ),
            (
                "look the wifi's rubbish cos we're out in the bush, the satellite's old, Telstra won't "
                "upgrade the line, rain messes it up and everyone streams netflix at once so what do u "
                "expect 🤷"
            ),
            (
                "Load-shedding, water restrictions, the municipality, the strike at the depot and then "
                "the wind, honestly there was nothing we could do about any of it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis après votre séjour au camping Les Pins d'Argent, à "
                "Porto-Vecchio. Nous sommes ravis que la plage de Palombaggia et les aiguilles de "
                "Bavella vous aient émerveillés. Vos remarques sur les sanitaires sont légitimes et "
                "nous les avons lues attentivement. Il faut savoir que la pompe est tombée en panne le "
                "14 août, que le réparateur était bloqué à Bastia, que la pièce devait venir du "
                "continent, que le ferry a eu deux jours de retard, que la mairie avait imposé des "
                "restrictions d'eau et que la moitié de l'équipe était en congé. Le reste du séjour "
                "semble heureusement vous avoir plu, surtout les soirées au snack. Au plaisir de vous "
                "revoir en Corse !"
            ),
            (
                "La chaudière a vingt ans, le chauffagiste était en vacances, les pièces venaient "
                "d'Italie, il a gelé toute la semaine et deux employés étaient malades, donc "
                "franchement on n'y pouvait rien."
            ),
            (
                "Nous tenons à préciser que l'indisponibilité de l'ascenseur résulte de la conjonction "
                "de plusieurs facteurs, à savoir le retard du prestataire de maintenance, les délais "
                "d'approvisionnement des pièces, les contraintes liées au classement patrimonial de "
                "l'immeuble, l'absence de deux agents techniques et les travaux de voirie engagés par "
                "la commune, éléments indépendants de notre volonté."
            ),
            (
                "bon le wifi c est pas nous hein, la box est vieille, l operateur veut pas changer la "
                "ligne, y a les murs en pierre, l orage a tout grille et tout le monde regarde netflix "
                "en meme temps 🤷‍♀️"
            ),
            (
                "Il y a eu le délestage, la pluie, le groupe électrogène en panne, le mécanicien qui "
                "n'est pas venu et la route de Kribi bloquée, donc vous voyez bien que ce n'était pas "
                "de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for staying at Honeysuckle Cottages near Salcombe and for taking the time "
                "to write. We're so pleased you enjoyed the estuary walks and the crab lunch at the "
                "pub across the water. The log burner and the window seat are favourites with many of "
                "our guests, and we're glad they were with you too. However, there have never been any "
                "mice in our cottages, and what you describe simply did not happen. We've noted your "
                "suggestion about a second set of beach towels and will add them from the spring. We "
                "hope to see you in Devon again."
            ),
            "That never happened.",
            (
                "Our housekeeping team never leaves a room unchecked; the condition you describe is "
                "therefore impossible."
            ),
            "nah no way, our showers are ALWAYS hot, that's impossible 🤷‍♂️",
            (
                "Sorry, but there's no way anyone was charged twice, our system just doesn't do that. "
                "— Bay of Islands Marina"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir séjourné à l'Auberge du Pays basque, à Espelette. Nous "
                "sommes ravis que les piments séchés sur les façades et le marché du mercredi vous "
                "aient autant plu. Notre chef sera très heureux de lire vos compliments sur l'axoa de "
                "veau. En revanche, il n'y a jamais eu de punaises de lit dans nos chambres, c'est "
                "tout simplement impossible. Nous avons bien noté votre remarque sur le parking et "
                "ajouté un panneau à l'entrée du village. Au plaisir de vous revoir au pied de la "
                "Rhune !"
            ),
            "Ça n'est jamais arrivé.",
            (
                "Nos équipes ne commettent jamais d'erreur de facturation ; les faits que vous évoquez "
                "n'ont pas pu se produire."
            ),
            "nan c pas possible, la piscine est chauffee tous les jours 🙅",
            (
                "Voyons donc, ça s'est jamais passé de même chez nous, c'est impossible. — Le Gîte du "
                "Fjord, Charlevoix"
            ),
        ],
    },
}

BLIND126_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for such a lovely review of your stay at the Castleview Hotel. We're "
            "delighted your room looked out over the gardens as you'd hoped, and that breakfast set "
            "you up for a day on the Royal Mile. We'll pass your kind words on to the whole team. We "
            "hope to welcome you back next time you're in Edinburgh."
        ),
        (
            "We're very sorry the shower in Room 3 ran cold on both mornings of your stay; that's not "
            "the standard we aim for. A plumber has since replaced the thermostatic valve, and we now "
            "test every shower before guests arrive. We'd like to put this right properly, so please "
            "e-mail us at stay@harbourlightbb.ie and Siobhán will get back to you personally. Thank "
            "you for letting us know."
        ),
        (
            "Thanks for staying with us at Pinewood Holiday Park! Just so you know, every guest can "
            "join our free Pinewood Club at reception or online; it gives 10% off any future break, "
            "whether or not you ever leave a review. Hope to see you next summer."
        ),
        (
            "Sorry to hear the gate code didn't work when you arrived late. Our office line is 01392 "
            "555 014 and is staffed from 8am to 8pm, and the out-of-hours number is now on a lit sign "
            "by the barrier. We've also moved the key box so it's easy to find in the dark. Please "
            "give us a ring if you'd like to talk it through."
        ),
        (
            "Thank you! We'll make sure Aoife sees this; she'll be thrilled you enjoyed her breakfast "
            "recommendations and the map she drew you for the cliff walk at Slea Head."
        ),
        (
            "You're right, and we're sorry. Tom gave you the wrong key code at check-in, but it's our "
            "job to make sure our team has the right information, and we let you both down. We've "
            "changed how codes are issued so the system now sends them straight to guests. Please "
            "contact me directly at manager@quaysidehostel.co.uk so I can make it up to you. — Priya, "
            "General Manager"
        ),
        (
            "We've already refunded the second night in full, and we're sorry again that the heating "
            "failed during the cold snap. The boiler has now been replaced. Thank you for your "
            "patience while we sorted it."
        ),
        (
            "We're sorry the pool was closed during your stay. A pump failed on the Tuesday and the "
            "replacement part took four days to arrive. We should have told you before you travelled, "
            "and we now e-mail every guest about any closure as soon as it happens."
        ),
        (
            "Thanks for your feedback. Our cancellation terms, shown at booking and in the "
            "confirmation e-mail, allow a full refund up to 14 days before arrival. We understand how "
            "frustrating it is when plans change, so if your circumstances are unusual please write to "
            "bookings@seacliffcottages.co.uk; we always look at each case individually."
        ),
        (
            "We're really sorry your car was scratched in our car park. We've passed the details to "
            "our insurer, who will contact you directly about the claim, and we've added extra "
            "lighting to the bays by the entrance. Please call the front desk if you need anything "
            "from us in the meantime."
        ),
        (
            "We're so sorry your bike was taken from the rack outside. We've given our CCTV footage to "
            "the Gardaí to help with their enquiries, and we've since installed a locked bike store "
            "for guests. If your insurer needs a letter from us, just ask and we'll send one straight "
            "away."
        ),
        (
            "Guilty as charged: our stairs are steep, our ceilings are low and our Wi-Fi is about as "
            "fast as the 17th-century cottage it lives in. We've just ordered a booster, so the next "
            "guests may actually manage to stream something. Thanks so much for the lovely words about "
            "the garden!"
        ),
        (
            "Thank you for the four stars. We're glad you enjoyed the location and the breakfast, and "
            "we've noted your comment about the pillows; we're trialling firmer ones in every room "
            "this month."
        ),
        (
            "Thank you for your review. Our booking records show the room was the ocean-view double "
            "listed on the website, although we do appreciate that part of the view is across the car "
            "park. We'd genuinely like to understand what you were expecting, so please e-mail us at "
            "hello@bayviewhotel.com.au and we can talk it through."
        ),
        (
            "We were so sorry to read that you came to us for a quiet weekend after a loss in your "
            "family. Please accept our heartfelt condolences. It means a great deal to us that the "
            "cottage gave you a little peace."
        ),
        (
            "Congratulations on your engagement! We're honoured you chose our marina for the big "
            "moment and that the sunset played along. Wishing you both every happiness."
        ),
        (
            "Thanks for your honest feedback. We understand the no-campfires rule was disappointing; "
            "it's there because the park backs onto dry bushland and the fire risk in summer is "
            "extreme. We provide a gas barbecue at every site, and we hope that makes up for it next "
            "time."
        ),
        (
            "You're right that our nightly rate went up this year, and we're sorry it came as a "
            "surprise. Our energy and insurance costs rose sharply, and we chose to raise prices "
            "rather than cut back on housekeeping. The new rates are now on the front page of our "
            "website so nobody is caught out."
        ),
        (
            "Thank you for taking the time to write such detailed feedback. Your notes about the "
            "signage to the annex and the water pressure on the top floor are exactly what we need, "
            "and both have gone to our maintenance team this week."
        ),
        "Thanks for staying, and sorry about the early noise. Deliveries now come after 9am.",
        (
            "Aww thanks heaps!! 🥰 so glad u loved the hot tub n the sunset 🌅 come back soon x — the "
            "Kauri Cottage crew"
        ),
        (
            "Thank you for your feedback regarding your recent stay. We regret that the "
            "air-conditioning in your room did not perform as expected. Our engineering team has since "
            "serviced all units on that floor. Please contact our Guest Relations team at "
            "guestrelations@meridianmumbai.in so that we may address any outstanding concerns."
        ),
        (
            "Namaste, and thank you for choosing our homestay in Munnar! We're delighted the "
            "tea-estate walk and Lakshmi's appam were the highlights. Do come again in the monsoon; "
            "the hills are magical then."
        ),
        (
            "Thanks so much for the lovely review! Sorry the braai area was so busy on Saturday night; "
            "we're adding two more stands before December. Hope to see you back in Plett soon."
        ),
        (
            "Hi there, thanks for the honest review. You're right that the check-in line was too long "
            "on Friday evening. We've added a second desk agent for weekend arrivals starting this "
            "month, and we hope you'll give us another try."
        ),
        (
            "We're sorry the dorm was so noisy. We've brought in quiet hours from 11pm to 7am, and a "
            "member of staff now does a walk-round at 11. If you'd like to chat, our front desk is "
            "open 24/7 on +44 20 7946 0321."
        ),
        (
            "Thanks for your review. Sorry the shop was closed when you arrived; in low season it's "
            "open 8am to 6pm, Monday to Saturday. We've now put a vending machine with essentials by "
            "reception for late arrivals."
        ),
        (
            "Sorry you had trouble finding us. The marina office is at Pier 4, Harbour Road, Nelson "
            "Bay, right next to the fuel dock, and there's now a sign on the main road. Thanks for "
            "letting us know."
        ),
        (
            "Thank you for the kind words! If you have friends heading this way, our refer-a-friend "
            "scheme gives you both £20 off a future stay; it's open to all our guests and there's "
            "nothing to write or rate."
        ),
        "Thank you, Margaret, it was a pleasure having you. See you in the spring!",
        (
            "We're sorry you felt the deposit deduction was unfair. Our end-of-stay inspection found a "
            "broken lamp in the lounge, and we sent photos the same day. We're very happy to review "
            "this again, so please reply to that e-mail and we'll look at it together."
        ),
        (
            "We're sorry the storm cut the power on your second night. It was an outage across the "
            "whole area, but we should have had the backup generator running sooner, and we've put a "
            "new procedure in place. Thank you for bearing with us."
        ),
        (
            "Thank you for raising the step into the shower room. You're right that it's difficult for "
            "guests with limited mobility, and we've booked a builder to create a level-access shower "
            "in Room 1 this winter. We'll mention it clearly on our website in the meantime."
        ),
        (
            "Cheers for the review, glad you enjoyed the beach. Sorry about the ants; pest control's "
            "been in and sorted it."
        ),
        (
            "We're sorry we couldn't accommodate your dog. Our cottages are pet-free because a number "
            "of guests book with us specifically because of allergies. We've made this clearer on the "
            "listing so no one is disappointed again."
        ),
        (
            "Dear guest, how very kind of you to write. It has been our pleasure to look after the Old "
            "Rectory for thirty years, and letters like yours make it all worthwhile. With warm "
            "regards, Elizabeth and Robert"
        ),
        (
            "Sorry to read this. We'd like to understand exactly what went wrong with the booking, so "
            "please call our direct line, 01463 496 087, and ask for me. — Callum, Owner, Loch Ness "
            "Lodges"
        ),
        (
            "Thanks for your review. To protect your privacy we won't discuss booking details here, "
            "but we've sent you a private message so we can sort out the refund question."
        ),
        (
            "Thanks for asking about the camera by the pool. It's there for guest safety, only covers "
            "the pool gate, and the sign at the entrance explains how footage is handled under our "
            "privacy policy. We're happy to answer any questions at privacy@lakeshoreholidaypark.ca."
        ),
        (
            "Ah thank you so much! We're delighted the little ones loved feeding the ducks and that "
            "the turf fire kept you cosy. Safe home, and we hope to see you all again next summer. — "
            "Mary & the team at Glenbeigh Cottages"
        ),
    ],
    "fr": [
        (
            "Merci infiniment pour ce très beau message ! Nous sommes ravis que notre gîte de Domme "
            "vous ait offert le calme que vous cherchiez, et que la vue sur la vallée de la Dordogne "
            "vous ait accompagnés à chaque petit-déjeuner. Au plaisir de vous accueillir à nouveau."
        ),
        (
            "Nous sommes sincèrement désolés que l'eau chaude ait manqué le premier matin. Un "
            "chauffagiste est intervenu dès le lendemain et le ballon a été remplacé. Nous aimerions "
            "en parler avec vous de vive voix : n'hésitez pas à nous écrire à "
            "contact@tymadeleine-bretagne.fr. Merci de nous l'avoir signalé."
        ),
        (
            "Merci pour votre séjour ! Pour information, notre carte fidélité est gratuite et ouverte "
            "à tous nos hôtes, qu'ils laissent un avis ou non : la dixième nuitée est offerte. À "
            "bientôt peut-être."
        ),
        (
            "Désolés que vous n'ayez pas réussi à nous joindre à votre arrivée. L'accueil du camping "
            "est joignable au 04 75 12 34 56 de 8 h à 20 h, et un numéro d'urgence est désormais "
            "affiché à la barrière. Merci pour votre retour."
        ),
        (
            "Merci beaucoup ! Nous transmettrons vos compliments à Mathilde, qui sera ravie de savoir "
            "que ses confitures maison et ses conseils de randonnée vous ont plu."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Lucas vous a remis la mauvaise clé, "
            "mais c'est à nous, la direction, de veiller à ce que tout soit vérifié avant votre "
            "arrivée : nous en assumons l'entière responsabilité. Nous avons mis en place une double "
            "vérification à l'accueil. Contactez-moi directement si vous le souhaitez. — Sophie, "
            "gérante"
        ),
        (
            "Le remboursement de la nuit concernée a déjà été effectué, et nous vous renouvelons nos "
            "excuses pour la panne de chauffage. La chaudière a été remplacée depuis. Merci pour votre "
            "patience."
        ),
        (
            "Nous sommes désolés que la piscine ait été fermée pendant votre séjour. La pompe est "
            "tombée en panne et la pièce a mis quatre jours à arriver. Nous aurions dû vous prévenir "
            "avant votre venue, et désormais chaque client est averti par courriel dès qu'une "
            "fermeture est prévue."
        ),
        (
            "Merci pour votre retour. Nos conditions générales de vente, rappelées lors de la "
            "réservation et dans le courriel de confirmation, prévoient un remboursement intégral "
            "jusqu'à 30 jours avant l'arrivée. Nous comprenons que ce soit frustrant ; si votre "
            "situation est particulière, écrivez-nous et nous étudierons votre demande."
        ),
        (
            "Nous sommes vraiment navrés que votre véhicule ait été endommagé sur notre parking. Nous "
            "avons transmis le dossier à notre assurance, qui prendra contact avec vous, et "
            "l'éclairage du parking a été renforcé. Notre accueil reste à votre disposition pour tout "
            "document utile."
        ),
        (
            "Nous sommes désolés pour le vol de vos vélos. Nous avons remis les images de "
            "vidéosurveillance à la gendarmerie pour aider à l'enquête et installé un local à vélos "
            "fermé à clé. Si votre assurance a besoin d'une attestation de notre part, il suffit de "
            "nous la demander."
        ),
        (
            "Nous plaidons coupables : nos escaliers sont raides, nos plafonds sont bas et notre wifi "
            "est à peu près aussi rapide que la ferme du XVIIe siècle qui l'héberge. Un répéteur vient "
            "d'être commandé, promis ! Merci pour vos mots si gentils sur le jardin."
        ),
        (
            "Merci pour vos quatre étoiles. Nous sommes heureux que l'emplacement et le petit-déjeuner "
            "vous aient plu, et nous avons noté votre remarque sur les oreillers : des modèles plus "
            "fermes seront testés ce mois-ci."
        ),
        (
            "Merci pour votre avis. D'après notre dossier, la chambre attribuée correspondait bien à "
            "la catégorie réservée, même si nous comprenons que la vue sur la mer soit partielle. Nous "
            "aimerions mieux comprendre vos attentes : n'hésitez pas à nous appeler pour en discuter."
        ),
        (
            "Nous avons été très touchés de lire que vous étiez venus vous ressourcer après la perte "
            "d'un proche. Toute l'équipe vous adresse ses sincères condoléances. Nous sommes heureux "
            "que la maison vous ait apporté un peu de paix."
        ),
        (
            "Toutes nos félicitations pour votre mariage ! Ce fut un honneur d'accueillir vos invités "
            "au domaine, et nous vous souhaitons beaucoup de bonheur à tous les deux."
        ),
        (
            "Merci pour votre retour. Nous comprenons que le bracelet obligatoire à la piscine puisse "
            "agacer ; il nous permet de savoir qui se trouve dans le bassin et de garantir la sécurité "
            "des enfants. Nous restons à votre écoute si vous avez des suggestions."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté cette année, et nous sommes désolés que cela "
            "vous ait surpris. La hausse des coûts de l'énergie nous y a contraints, mais nous avons "
            "choisi de ne pas réduire le ménage ni le petit-déjeuner. Les nouveaux tarifs sont "
            "désormais affichés clairement sur notre site."
        ),
        (
            "Un grand merci pour ce retour si détaillé. Vos remarques sur la signalétique jusqu'à "
            "l'annexe et sur la pression de la douche nous sont précieuses, et elles ont été "
            "transmises cette semaine à notre équipe technique."
        ),
        (
            "Merci de votre passage et désolés pour le bruit du matin. Les livraisons se font "
            "désormais après 9 h."
        ),
        (
            "merciii 🥰 trop contents que vous ayez kiffé le spa et la terrasse, revenez quand vous "
            "voulez 😘 — l'équipe du Mas des Oliviers"
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions d'agréer nos "
            "excuses pour le dysfonctionnement de la climatisation constaté dans votre chambre. Une "
            "intervention de maintenance a été réalisée sur l'ensemble de l'étage. Notre service "
            "clientèle demeure à votre disposition pour toute demande complémentaire."
        ),
        (
            "Merci ben gros pour votre beau commentaire! Contents que le chalet vous ait plu pis que "
            "les enfants aient vu des orignaux au bord du lac. Au plaisir de vous revoir dans les "
            "Laurentides cet hiver!"
        ),
        (
            "Merci beaucoup pour votre gentil commentaire. Désolés que le déjeuner ait été un peu "
            "juste le dimanche matin : nous prévoyons désormais davantage de pistolets et de cramique. "
            "Au plaisir de vous revoir à Liège !"
        ),
        (
            "Nous vous remercions pour votre retour. Nous regrettons que le parking ait été complet ; "
            "dès la saison prochaine, dix places supplémentaires seront disponibles. Avec nos "
            "meilleures salutations, la direction de l'Hôtel du Lac, Neuchâtel"
        ),
        (
            "Merci beaucoup pour votre séjour au campement ! Nous sommes heureux que la pirogue vers "
            "les îles du Saloum et le thiéboudiène de Fatou vous aient autant plu. Jërëjëf, et à la "
            "prochaine !"
        ),
        (
            "Merci pour votre message. La capitainerie est ouverte de 8 h à 12 h et de 14 h à 19 h en "
            "saison, et la borne de paiement du ponton fonctionne désormais jour et nuit. Bon vent à "
            "vous !"
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver. La réception se situe au 12, chemin des "
            "Vignes, à Gigondas, juste après la cave coopérative, et nous avons ajouté un panneau au "
            "rond-point. Merci de nous l'avoir signalé."
        ),
        (
            "Merci pour vos mots chaleureux ! Si vous avez des amis qui passent par la région, notre "
            "parrainage offre 20 € de réduction à chacun d'entre vous ; il est ouvert à tous nos "
            "clients, sans aucune condition d'avis."
        ),
        "Merci Claire, ce fut un plaisir de vous recevoir. À bientôt !",
        (
            "Nous comprenons votre déception concernant la retenue sur la caution. Lors de l'état des "
            "lieux de sortie, nous avons constaté une lampe cassée et vous avons envoyé les photos le "
            "jour même. Nous sommes tout à fait disposés à en reparler : répondez simplement à ce "
            "courriel et nous regarderons cela ensemble."
        ),
        (
            "Nous sommes désolés pour la coupure de courant lors de l'orage. Elle touchait tout le "
            "secteur, mais nous aurions dû mettre le groupe électrogène en route plus vite, et une "
            "nouvelle procédure est en place. Merci pour votre compréhension."
        ),
        (
            "Merci d'avoir signalé la marche de la salle d'eau. Vous avez raison, elle est difficile "
            "pour les personnes à mobilité réduite, et des travaux de douche de plain-pied sont prévus "
            "cet hiver dans la chambre 1. Nous l'indiquerons clairement sur notre annonce d'ici là."
        ),
        (
            "Nous sommes désolés de n'avoir pas pu accueillir votre chien. Nos gîtes sont sans animaux "
            "car plusieurs clients réservent chez nous en raison de leurs allergies. Nous l'avons "
            "précisé plus clairement sur l'annonce pour éviter toute déception."
        ),
        (
            "Merci pour votre avis. Desoles pour l attente a l accueil samedi, nous avons ajoute une "
            "deuxieme personne le week-end. Au plaisir de vous revoir au camping."
        ),
        (
            "Merci pour votre visite à l'hôtel, et bonne arrivée à Abidjan ! Nous sommes désolés pour "
            "la coupure d'eau du deuxième jour ; une nouvelle citerne a été installée depuis. Akwaba, "
            "et à très bientôt."
        ),
        (
            "Nous sommes navrés de lire ce message et souhaitons comprendre ce qui s'est passé avec "
            "votre réservation. Appelez-nous directement au 03 20 55 41 18 et demandez Bertrand. — "
            "Bertrand, propriétaire de l'Auberge des Flandres"
        ),
        (
            "Merci pour votre retour. Par respect pour votre vie privée, nous n'évoquerons pas ici le "
            "détail de votre réservation, mais nous vous avons envoyé un message privé afin de régler "
            "la question du remboursement."
        ),
        (
            "Merci de votre question sur la caméra de la piscine. Elle sert uniquement à la sécurité "
            "des baigneurs, ne filme que le portillon, et les modalités de conservation des images, "
            "conformes au RGPD, sont affichées à l'entrée. Nous restons à votre disposition pour toute "
            "question."
        ),
        (
            "Un grand merci pour ce séjour plein de bonne humeur ! Nous sommes heureux que la route "
            "des vins et la tarte flambée du vendredi soir vous aient plu. Les cigognes vous attendent "
            "l'année prochaine. — Anne et Pierre, gîte Le Nid des Cigognes, Riquewihr"
        ),
    ],
}
