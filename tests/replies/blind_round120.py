"""Blind reply set, round 120: owner replies the pre-post check has never seen.

Who and when: written by helper w118, an independent writer, on 2026-12-07,
as blind round 118 of the pre-post reply check (file blind_round120.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
car washes, petrol stations, bike shops, scooter hire, taxi firms, airport
shuttles and parking operators, with varied business names and places.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of the round 20 file, read only to copy
its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the check.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm, otherwise perfect reply whose fault sits in a single
sentence or clause in the middle; the others are one-liners, texting with
slang and emoji, very formal or corporate wording, veiled and polite phrasings
and regional speech, some signed with a first name, the team or the business.
Registers, drawn from: French from Annecy, Bordeaux, Quimper, Marseille,
Lille, Nice, Strasbourg, Colmar, Ajaccio, the Landes, Normandy, Brussels,
Namur, Wavre, Liège, Geneva, Fribourg, Lausanne, Montréal, Québec City, Dakar,
Abidjan, Douala and Kinshasa, texting, unaccented French and very formal
administrative French; English from Harrogate, Leicester, Cardiff, Manchester,
Edinburgh, Kinross, Cork, Dublin, Galway, Toronto, Austin, Seattle, Portland,
Sydney, Brisbane, Melbourne, Auckland, Taupō, Christchurch, Cape Town,
Durban, Bengaluru, Mumbai and Pune, texting with emoji and corporate English.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND120_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a kind review of our hand car wash in Harrogate. We're delighted "
                "the valet team got the dog hair out of every corner of your estate car, because we know how "
                "stubborn it can be after a muddy winter. It's lovely to hear the interior smelled fresh for "
                "a whole week afterwards. If you pop back and bump this up to five stars, your next full "
                "valet is on us, just show the updated review at the kiosk. We've also just added a covered "
                "waiting area with proper coffee, so there's even more reason to come back. Thanks again for "
                "choosing us, and see you soon! Gemma, Sparkle Hand Car Wash"
            ),
            "cheers legend 🛴 edit ur review to 5⭐ n ur next 30 min ride is free, just DM us the screenshot 🤙",
            (
                "Customers who update their published feedback to reflect a positive experience will be "
                "eligible for a 20% discount code on their next pre-booked stay at our Terminal 2 car park."
            ),
            (
                "We'd hate for one late pickup to be the last word on us, so if you felt able to soften that "
                "review a little, the next run out to Cork airport would be on the house, sure."
            ),
            (
                "Kindly do the needful and remove this one-star comment, sir, and we will be happy to "
                "provide two complimentary shuttle transfers to Bengaluru airport for your family."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce retour si chaleureux ! Nous sommes ravis que la "
                "révision complète de votre vélo de route ait été prête avant votre sortie autour du lac "
                "d'Annecy. Changer la transmission et régler les freins à disque juste avant une grosse "
                "journée de col, ce n'est jamais anodin, et savoir que tout a tenu jusqu'au sommet nous fait "
                "très plaisir. Si vous passez votre avis à cinq étoiles, on vous offre le prochain réglage "
                "de dérailleur et une paire de bidons à l'atelier. Notre équipe reste disponible pour tous "
                "vos conseils avant la saison. Belles sorties et à très bientôt ! L'équipe de Cycles du Lac"
            ),
            (
                "merci bcp 🙏 mets nous 5 etoiles et ton prochain lavage haute pression est offert, montre "
                "juste ton tel a la caisse 🚗💦"
            ),
            (
                "Nous vous informons qu'une modification de votre évaluation en faveur de la note maximale "
                "donnera lieu à l'octroi d'un forfait de stationnement de 24 heures, sans frais, dans notre "
                "parking de Cornavin."
            ),
            (
                "Ben voyons, désolé pour l'attente ! Si tu enlèves ton commentaire, ta prochaine course "
                "jusqu'à Dorval est sur nous, promis."
            ),
            (
                "Nous serions très heureux de vous accueillir à nouveau à notre station de Namur et de vous "
                "offrir un bidon de lave-glace et un café, pour peu que votre appréciation évolue d'ici là."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Hi there, and thank you for taking the time to share your experience with Maple Leaf "
                "Airport Shuttle. We're sorry the 5 a.m. pickup felt rushed, and we completely understand "
                "how stressful an early flight can be. Our dispatchers plan each route with buffers, but on "
                "snowy mornings the 401 can throw everything off. Please be aware that our legal team has "
                "reviewed your post and will pursue a defamation claim if the remark about our driver is not "
                "removed within 48 hours. We've since added an extra van to the early schedule to give "
                "everyone more breathing room. We'd truly love the chance to get you to Pearson more "
                "smoothly next time. The Maple Leaf team"
            ),
            "Our solicitors have been sent a copy of this review. Expect to hear from them.",
            "bru we got ur number plate on camera 📹 carry on with these posts n see wat happens next 😤",
            (
                "Please note that Northgate Parking Ltd reserves the right to refer this matter, together "
                "with the vehicle registration concerned, to our debt recovery partners and to the relevant "
                "authorities."
            ),
            (
                "We'd gently suggest you think carefully before posting again, as we do know a fair few folk "
                "round Leith and word gets about."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à notre centre "
                "de lavage de Mérignac. Nous sommes désolés que le programme haute pression n'ait pas enlevé "
                "toutes les traces de résine sur votre capot, c'est un vrai casse-tête en cette saison sous "
                "les pins. Notre équipe vérifie les buses chaque matin et nous avons depuis ajouté un "
                "produit spécifique pour la résine. Sachez toutefois que notre avocat a été saisi et qu'une "
                "plainte pour diffamation sera déposée si le mot « arnaque » n'est pas retiré. Nous serions "
                "heureux de vous montrer le nouveau programme lors de votre prochain passage. Belle journée "
                "à vous, l'équipe Lavage des Pins"
            ),
            "on a ta plaque sur les cameras 📸 continue comme ca et tu vas voir 😡",
            (
                "Nous vous informons que votre message a été transmis à notre service juridique ainsi qu'aux "
                "autorités compétentes, qui apprécieront les suites à y donner."
            ),
            (
                "T'es banni de nos chars à vie, pis ton nom est rendu chez toutes les compagnies de taxi de "
                "Québec. Bonne chance pour rentrer chez vous."
            ),
            (
                "Nous savons très bien où vous trouver à Dakar, monsieur, et nous passerons vous voir pour "
                "discuter de ce commentaire."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Kia ora and thanks for taking the time to write about your visit to our Taupō service "
                "station. We're sorry the card reader on pump 4 kept declining and that you had to queue "
                "twice inside. Our fuel system supplier has since replaced the reader, and we've put a sign "
                "up so nobody else gets caught out. We can see your Visa ending 4471 was charged twice at "
                "7:42 pm on the 3rd, and the duplicate has been flagged for reversal. The team inside were "
                "flat out that evening, but that's no excuse and we appreciate your patience. If anything "
                "else doesn't look right, please give us a ring and we'll sort it. Ngā mihi, Aroha, Lakeside "
                "Fuel Taupō"
            ),
            (
                "hey Jordan 👋 found ur acct jordan.m.reyes@gmail.com, refund for ur 5/12 ride from Pike "
                "Place is on its way 🛴"
            ),
            (
                "We have reviewed booking reference NGP-558214 for Mr D. Okafor, vehicle registration KX19 "
                "TRW, and can confirm that the overstay charge of £45 has been cancelled."
            ),
            (
                "Sorry Siobhán, the driver went to 14 Glenview Park, Ballincollig instead of your new place. "
                "Refund done."
            ),
            (
                "Dear Mr. Rajesh Kumar, as discussed on your mobile 98450 12345, we are sorry the shuttle "
                "for you, your wife and your two children from Mumbai airport was delayed on 14 March."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre balade sur la voie verte de Quimper. Nous "
                "sommes vraiment désolés que la chaîne du vélo électrique ait sauté à mi-parcours, ce n'est "
                "pas l'expérience que nous voulons offrir. Nos mécaniciens ont révisé toute la flotte dès le "
                "lendemain et nous avons ajouté un contrôle de tension des chaînes avant chaque sortie. Nous "
                "avons bien retrouvé votre réservation n° BZH-20417 du samedi 8 juin au nom de M. et Mme Le "
                "Goff, venus avec leurs deux petits-enfants, et le remboursement de la demi-journée a été "
                "effectué. Nous espérons sincèrement vous revoir pour une sortie plus sereine. Kenavo et à "
                "bientôt, Yann, Vélos de l'Odet"
            ),
            (
                "coucou Sarah 😊 on a vu ton paiement de 38€ sur ta CB finissant par 0932, on te rembourse "
                "direct 👍"
            ),
            (
                "Madame Van den Broeck, domiciliée avenue Louise 212 à Ixelles, est informée que le montant "
                "de sa redevance de stationnement du 3 février a été annulé."
            ),
            (
                "Bonjour Monsieur Favre, notre chauffeur vous a bien déposé avec votre fille à l'Hôpital "
                "cantonal de Fribourg mardi à 14 h ; nous vous rappellerons au 079 412 38 55, le numéro que "
                "vous nous avez laissé."
            ),
            (
                "Bonjour Mme Kouassi Adjoua, nous avons retrouvé votre passage du 12 à 21 h avec votre "
                "véhicule immatriculé 4521 GH 01, la réclamation est transmise."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for stopping by Rose City Cycles and for taking a moment to leave a review. We're "
                "sorry the tune-up took longer than the three days we quoted; a back-ordered part held "
                "things up, and we should have called you sooner to let you know. Our mechanics did a full "
                "drivetrain clean and replaced both brake pads while it was in. Honestly, though, people "
                "like you who try to haggle every invoice down to nothing are exactly why small shops "
                "struggle. We've since set up text alerts so every customer hears from us the moment a delay "
                "comes up. We hope you enjoy the smoother ride, and we'd be glad to see you at our Saturday "
                "group rides. Marcus, Rose City Cycles"
            ),
            "mate ur car was a pigsty when u rolled in, not our fault ur a grub 😤",
            (
                "It is evident that this review is a transparent attempt to avoid a legitimate charge, and "
                "we regard the claims made in it as untruthful."
            ),
            (
                "Sorry, but you were too drunk to tell the driver your own street, and now you want a free "
                "ride out of it."
            ),
            (
                "We're sorry you feel that way, but some customers will say anything to get a free tank of "
                "fuel, and this review reads exactly like that."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre avis sur notre compagnie de taxis. "
                "Nous sommes désolés que la course entre la gare Saint-Charles et Marignane ait duré plus "
                "longtemps que prévu ; un accident sur l'A7 a bloqué toute la circulation ce soir-là. Notre "
                "chauffeur a tenté un itinéraire par les quartiers nord pour gagner du temps, et nous "
                "comprenons que l'attente ait été stressante avec un avion à prendre. Cela dit, vous êtes "
                "clairement le genre de client qui cherche n'importe quel prétexte pour ne pas payer sa "
                "course. Nous avons depuis mis en place un suivi du trafic en temps réel pour prévenir nos "
                "clients des retards. Nous espérons vous transporter dans de meilleures conditions une "
                "prochaine fois. Bonne journée, Taxis du Vieux-Port"
            ),
            "franchement t'es un gros rageux, ton scooter tu l'as rendu tout rayé et tu viens pleurer ici 😤",
            (
                "Votre commentaire relève manifestement de la mauvaise foi, Monsieur, et nous ne saurions "
                "accorder le moindre crédit à des affirmations aussi mensongères."
            ),
            (
                "T'es ben épais, c'est pas mêlant, t'es rentré dans le lave-auto avec ton antenne sortie pis "
                "tu viens chialer."
            ),
            (
                "Monsieur vous etes un menteur, vous cherchez seulement a avoir le carburant gratuit comme d "
                "habitude."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hiya, and thanks for leaving a review after parking with us at Manchester Airport. We're "
                "sorry the shuttle bus from the car park to Terminal 1 took longer than usual on your "
                "return; a driver called in sick that morning and we didn't have cover in time. We've since "
                "added a reserve driver on every early shift so that doesn't happen again. And "
                "congratulations, you're officially the first person in history to find a 12-minute bus ride "
                "a life-changing ordeal. Every meet-and-greet booking includes a free exterior wash, and we "
                "hope it was a nice surprise to come back to. We'd love to welcome you back for your next "
                "trip. Cheers, the Skyway Parking team"
            ),
            "omg so sorry our scooter didn't also make u a coffee n carry ur shopping 😂🛴 we'll work on it",
            (
                "We are truly grateful for your invaluable insight that petrol prices can change; our board "
                "will no doubt be astonished by this discovery."
            ),
            (
                "Thank you so much sir for teaching us how to drive in Mumbai traffic, we are all very "
                "enlightened now 🙏"
            ),
            (
                "Well, we're awful sorry the puncture didn't wait politely until you got home, we'll have a "
                "word with the road."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour sur notre station de lavage de Villeneuve-d'Ascq. Nous "
                "sommes désolés que l'aspirateur de la piste 3 ait manqué de puissance lors de votre passage "
                "; un filtre était saturé et nous l'avons remplacé le jour même. Notre équipe passe "
                "désormais deux fois par jour pour vérifier chaque borne. Et bravo, vous êtes sans doute le "
                "premier client de toute l'histoire du Nord à découvrir qu'un aspirateur peut se boucher, "
                "quel sens de l'observation ! Nous avons aussi ajouté des désodorisants gratuits à l'accueil "
                "pour tous nos clients. Au plaisir de vous revoir bientôt. Bien cordialement, l'équipe de "
                "Lavauto Flandres"
            ),
            (
                "oh la la pardon d avoir un velo qui roule pas tout seul 😂😂 on va demander a la licorne de "
                "pedaler pour toi 🦄"
            ),
            (
                "Nous vous remercions vivement de nous avoir appris qu'il pleut parfois en Normandie, "
                "information dont notre service de navettes aéroport n'avait manifestement jamais eu "
                "connaissance."
            ),
            (
                "Quelle surprise, un parking payant au centre de Lausanne ! Merci infiniment pour cette "
                "révélation, on n'y avait jamais pensé."
            ),
            (
                "Ahhh vraiment pardon hein, on va demander aux embouteillages de Cocody de s'écarter rien "
                "que pour vous la prochaine fois, grand frère."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks very much for getting in touch and for choosing Castle Cabs for your night out in "
                "Edinburgh. We're really sorry your taxi didn't arrive at 11 pm as booked and that you were "
                "left standing in the cold on the Royal Mile. Our booking system logged the job correctly, "
                "but Craig, who was on the dispatch desk that night, simply forgot to assign it to a driver. "
                "We know that's not what anyone wants at the end of an evening, and we've since added an "
                "automatic alert for any job left unassigned for more than five minutes. We'd like to make "
                "it up to you, so please drop us a line at bookings@castlecabs.co.uk. Thanks again for your "
                "patience. Fiona, Castle Cabs"
            ),
            "sorry bout that!! Tyler was on the dryer that day n he def skipped ur car 🙄 he's been told",
            (
                "Following an internal review, we have determined that the missed pickup resulted from an "
                "error by our driver, Mr. Pieter van Wyk, who failed to follow the scheduled route."
            ),
            (
                "We're so sorry. Our newest team member, Hemi, set up your saddle height, and he's still "
                "finding his feet, bless him."
            ),
            (
                "The wrong fuel was filled by attendant Suresh Patil, not by the management. Sorry for the "
                "inconvenience."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci de nous avoir laissé ce message après votre séjour. Nous sommes "
                "sincèrement désolés que la barrière de sortie de notre parking de l'aéroport de Nice soit "
                "restée bloquée et que vous ayez attendu près de vingt minutes avant de pouvoir partir. "
                "C'est Julien, l'agent d'accueil de permanence ce soir-là, qui n'a pas répondu à "
                "l'interphone alors qu'il était à son poste. Nous comprenons combien c'est pénible après un "
                "vol tardif. Nous avons depuis relié l'interphone directement à un second poste pour qu'un "
                "appel ne reste jamais sans réponse. N'hésitez pas à nous écrire si vous souhaitez en "
                "parler. À très bientôt, l'équipe Azur Parking"
            ),
            "dsl 😬 c Kevin qui a mal gonflé tes pneus, il est nouveau et il écoute rien 🙄",
            (
                "Après vérification, il apparaît que l'incident est imputable à Mme Sandrine Lefèvre, "
                "préposée à la caisse, qui n'a pas appliqué la procédure de remboursement en vigueur."
            ),
            (
                "Désolé pour les égratignures, c'est Steve qui était sur les brosses ce jour-là pis il fait "
                "pas attention pantoute."
            ),
            (
                "Toutes nos excuses, c'est le chauffeur Moussa Diop qui s'est trompé de terminal à l'AIBD, "
                "il sera sanctionné."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Hi there, and thanks so much for choosing Sea Point Scooters for your ride along the "
                "Promenade. We're sorry the scooter's battery ran low before you made it back to the hub. To "
                "explain: the chargers at our depot tripped during load-shedding the night before, the "
                "backup generator was being serviced that week, the replacement battery order was stuck at "
                "the port in Durban, two of our staff were off with flu, the app's battery estimate comes "
                "from a third-party firm we don't control, and the wind off the Atlantic that afternoon was "
                "stronger than forecast, which drains batteries much faster on the return leg. We'd love to "
                "have you back for a full-charge ride soon, and our team is always happy to suggest the best "
                "routes. Have a lekker week! The Sea Point Scooters crew"
            ),
            (
                "ok so the dryer was broke, the guy who fixes it was on vacation, the parts place was "
                "closed, it was 95 degrees, we had a line out the lot AND the soap supplier shorted us lol "
                "so yeah not really on us 🤷"
            ),
            (
                "Please be advised that the delay at the exit barrier was attributable to a software update "
                "mandated by our payment processor, a regional fibre outage, a surge in arrivals from three "
                "delayed flights, the unscheduled absence of two attendants and number-plate recognition "
                "cameras affected by heavy rain, all of which were outside our reasonable control."
            ),
            (
                "Look, the coffee machine was being descaled, the delivery lorry was late, the till system "
                "updated itself mid-morning, the Galway road was closed and there was a funeral in the "
                "village, so the queue was never going to be short."
            ),
            (
                "Sir, the delay happened because of the heavy monsoon rain, the metro construction on the "
                "Western Express Highway, a VIP convoy, the driver's phone network issue, a transporters' "
                "strike and the airport's new pickup rules, so kindly understand it was not in our hands."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis après la réparation de votre vélo cargo dans notre atelier "
                "de la Krutenau. Nous savons combien un vélo cargo est indispensable au quotidien. Si la "
                "réparation a pris deux semaines au lieu de trois jours, c'est que le fournisseur allemand a "
                "changé de transporteur, que la pièce est arrivée dans la mauvaise référence, que notre "
                "mécanicien spécialisé était en formation à Fribourg, que l'atelier a dû fermer deux jours "
                "pour des travaux de la ville, que le logiciel de commande a planté pendant une mise à jour "
                "et que les jours fériés de mai ont tout décalé. Nous avons été heureux de vous rendre un "
                "vélo entièrement révisé, freins et transmission compris. Nous restons à votre écoute pour "
                "tout réglage complémentaire. Belle route à vous, l'équipe de Vélos Krut'"
            ),
            (
                "bah en fait la machine etait en panne, le technicien etait malade, y avait une coupure d "
                "eau, le patron etait en vacances et en plus il pleuvait donc bon c pas vraiment notre faute "
                "🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte de la conjonction de plusieurs "
                "facteurs indépendants de notre volonté, à savoir une grève des contrôleurs aériens, des "
                "travaux sur le périphérique, une panne informatique de notre prestataire de réservation, "
                "des conditions météorologiques défavorables ainsi qu'un afflux exceptionnel de voyageurs "
                "lié aux vacances scolaires."
            ),
            (
                "Alors, voilà : la pompe 2 était en maintenance, le camion-citerne a eu du retard à cause "
                "des travaux sur la E411, notre caissière habituelle était en congé, le terminal de paiement "
                "a fait des siennes et il y avait le marché à Wavre ce matin-là, donc forcément ça a un peu "
                "traîné."
            ),
            (
                "Faut comprendre que c'était la tempête, que les déneigeuses bloquaient la 40, que notre "
                "répartiteur avait deux appels en même temps, que le GPS s'est mis à jour pis que le char de "
                "relève était au garage, ça fait que le retard, c'était pas mal inévitable."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Howdy, and thank you for visiting Lone Star Express Wash in Austin and for sharing your "
                "thoughts. We're glad the undercarriage blast and tire shine left your truck looking sharp, "
                "and we appreciate the kind words about our free vacuums. Our team works hard to keep every "
                "bay clean and every brush in good shape. However, our soft-cloth tunnel cannot scratch "
                "paint, and that simply did not happen at our wash. We've recently upgraded our wheel "
                "brushes and added a spot-free rinse for all our members. Thanks again for stopping by, and "
                "we hope to see you soon! The Lone Star team"
            ),
            "nah mate our drivers never take the long way, never happened 🙅‍♂️",
            "Our records confirm that the vehicle departed on schedule; the alleged delay did not occur.",
            (
                "Sorry, but there's no way our pumps overcharged you. It's impossible, they're calibrated "
                "every month."
            ),
            (
                "With respect, our attendants have never once asked a customer for a cash tip, so we're "
                "unable to accept that this took place."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi Scoot'Ajaccio pour découvrir les Sanguinaires. Nous sommes "
                "ravis que la balade sur la route de la Parata vous ait offert de si belles vues au coucher "
                "du soleil. Notre équipe prépare chaque scooter avec soin et fournit casques et cartes des "
                "plus beaux points de vue. En revanche, aucun de nos scooters n'est jamais tombé en panne "
                "d'essence : nous les confions tous avec le plein, c'est impossible. Nous avons aussi ajouté "
                "cette saison des top cases pour ranger vos affaires de plage. Au plaisir de vous revoir sur "
                "l'île, l'équipe Scoot'Ajaccio"
            ),
            "nan nan jamais nos laveurs ont rayé une voiture, ca s est pas passé 🙅",
            (
                "Nous vous confirmons qu'aucun véhicule n'a été déplacé par nos services à la date indiquée "
                "; les faits que vous rapportez ne se sont pas produits."
            ),
            (
                "Nos mécaniciens ne laissent jamais un vélo sortir avec des freins mal réglés, ce que vous "
                "décrivez est tout simplement impossible."
            ),
            (
                "Mais non, nos chauffeurs ne demandent jamais de supplément à l'aéroport de N'djili, cela "
                "n'est jamais arrivé chez nous."
            ),
        ],
    },
}

BLIND120_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thanks so much for the lovely review! Really glad the van came out gleaming after a week on the "
            "building site. See you next time, the Suds team, Leicester."
        ),
        (
            "Thanks for popping in to Bubbles Car Wash in Cardiff. Just so you know, every customer gets a "
            "loyalty card and the sixth wash is free, whether or not you ever leave us a review. Hope to see "
            "you again soon!"
        ),
        (
            "We're sorry the jet wash in bay 2 cut out mid-cycle. Please call us on 01632 960418 and we'll "
            "refund the token straight away. Thanks for letting us know, we've had the timer looked at. "
            "Dave, Riverside Jet Wash"
        ),
        (
            "Thank you! We'll pass your kind words on to Aisha, who'll be chuffed to hear her interior valet "
            "made such a difference."
        ),
        (
            "We're really sorry about the mix-up with your taxi. Our dispatcher, Liam, sent the car to the "
            "wrong terminal, but that's on us as a company: we should have had a proper check in place, and "
            "now we do. Please email us at care@shannoncabs.ie so we can refund the fare."
        ),
        (
            "Hi, we're sorry your scooter stopped halfway up Queen Street. We've already refunded the full "
            "ride to your account and pulled that scooter in for a check. Thanks for telling us. Zip "
            "Scooters Auckland"
        ),
        (
            "We're sorry for the long wait at the pumps on Saturday. One of our two card machines failed "
            "that morning and it slowed everything down. It's been replaced, and we apologise for the hassle."
        ),
        (
            "Thanks for your review. Our terms and conditions, shown at the entrance and on our website, do "
            "allow for a charge when a stay goes beyond the time paid for. That said, we'd be glad to look "
            "at your ticket again: please send it to appeals@citypark.co.uk and a member of the team will "
            "review it within five working days."
        ),
        (
            "We're so sorry your wing mirror was damaged in our car wash. Our insurance covers this kind of "
            "incident, so please email claims@shinewash.com.au with a photo and we'll take it from there. "
            "Apologies again."
        ),
        (
            "We're very sorry to hear your bike was stolen from the rack outside our shop. We've kept the "
            "CCTV footage from that afternoon and are happy to share it with the police, so just give them "
            "our number, 020 7946 0321."
        ),
        (
            "Guilty as charged: our coffee machine is older than some of our mechanics, and it clearly had a "
            "bad day. A new one arrives Monday! Thanks for sticking with us, and sorry for the lukewarm flat "
            "white."
        ),
        (
            "Thanks for the three-star review. We appreciate you taking the time, and we've noted your point "
            "about the signage at the entrance to our Heathrow car park. New signs go up next week."
        ),
        (
            "Thank you for your feedback. Our records show the shuttle left the terminal at 9:15, as "
            "timetabled, but we know the pick-up point can be confusing and we're sorry you ended up "
            "waiting. If you'd like to talk it through, please call us on 0800 123 4567, as we're keen to "
            "get it right."
        ),
        (
            "We're very sorry for your loss. Thank you for still taking the time to write to us at such a "
            "difficult time. Our driver's lateness is not acceptable and we're addressing it; please contact "
            "me directly at manager@bluelineshuttles.co.za if there's anything we can do. Thandi"
        ),
        (
            "Congratulations on finishing your first century ride! We're proud our little shop could help "
            "get your bike ready. Come back and tell us about the next one. The team at Spokes, Galway"
        ),
        (
            "We understand it was frustrating to be asked to wear a helmet before your scooter ride. It's "
            "the law here in Victoria and it keeps riders safe, so we ask everyone. We're sorry if it came "
            "across abruptly, and we'll remind the team to explain it more warmly."
        ),
        (
            "You're right that our daily parking rate went up from £12 to £14 this spring, and we're sorry "
            "we didn't make that clearer on the booking page. The increase reflects higher business rates, "
            "and we've now added a banner so nobody is caught by surprise."
        ),
        (
            "Thank you for such detailed feedback on our new booking app. Your points about the date picker "
            "and the receipt e-mail are spot on, and we've passed them straight to our developers. We really "
            "appreciate the time you took."
        ),
        (
            "Sorry you found us closed on Sunday evening! Our hours are 7am to 9pm Monday to Saturday and "
            "8am to 6pm on Sundays. We've now updated our Google listing so it matches. Hope to see you soon."
        ),
        (
            "Apologies that the sat-nav took you to the old entrance. Our car park is now reached from 42 "
            "Station Road, Reading, RG1 1LX, just past the bus stop. We've asked Google to move the pin."
        ),
        "aww thank u!! 😍 so glad the scooter made ur Bondi trip 🛴☀️ come back soon!!",
        (
            "Thank you for your comments. We regret that your experience at our Terminal 3 parking facility "
            "did not meet expectations. We have reviewed the signage at the payment machines and will "
            "introduce clearer instructions this quarter. Please contact our customer relations team at "
            "customerrelations@aeroparkgroup.com should you wish to discuss this further."
        ),
        (
            "Thank you so much for the kind words, madam! Our whole team at Swift Cabs Pune is very happy "
            "that the driver helped with the luggage. Please do travel with us again."
        ),
        (
            "Sorry about the wait in the workshop, we had a proper rush on after the long weekend. We've "
            "added another mechanic on Fridays. Shot for the honest review, and come see us again! Lindiwe, "
            "Ridge Cycles Durban"
        ),
        "Sorry for the hassle. Fixed now. Thanks for flagging it.",
        (
            "Thanks for the great review! Our refer-a-friend scheme is open to every customer: you and your "
            "mate each get £5 off your next fare. Safe travels! Tees Valley Taxis"
        ),
        (
            "We're sorry to hear about the scratch. We've checked our brushes and the CCTV from that "
            "afternoon and couldn't see any contact in the tunnel, but we'd still really like to look at the "
            "car together. Could you call our site manager, Ben, on 0161 496 0724? We want to get to the "
            "bottom of it."
        ),
        (
            "Thank you for telling us about your journey, and I'm genuinely sorry. A 40-minute wait at 6 "
            "a.m. with a flight to catch is not acceptable, and it's not the service we want to give. We've "
            "added a second early-morning vehicle on the Swords route from this week. I'd like to refund "
            "your fare, so please email me at niamh@dublinairlink.ie. Niamh, Operations Manager"
        ),
        (
            "Cheers for the kind words! Glad the valet parking made your Christchurch trip an easy one. Safe "
            "travels and see you next time."
        ),
        (
            "Thanks for the wee shout-out about our bacon rolls! The team at Kinross Fuel are chuffed. Come "
            "back anytime."
        ),
        (
            "We're sorry the wax finish was patchy. We've refunded the £15 difference and we'll happily redo "
            "it free any time you're passing. Thanks for your patience."
        ),
        (
            "We apologize for the driver's conduct on your ride. This falls short of our standards. We have "
            "addressed it internally and would welcome the chance to hear more: please reach us at "
            "1-800-555-0199, Monday to Friday, 8am to 6pm."
        ),
        (
            "Thanks for the honest review. You're right, we quoted you the wrong tire size over the phone "
            "and that's our mistake. We've put a new checklist in place for phone quotes. Come on in and "
            "we'll swap them at no charge."
        ),
        (
            "G'day, and thanks for riding with us to Brisbane airport. Sorry the air-con was struggling in "
            "that heat, the van's been booked in for a regas. Appreciate you letting us know!"
        ),
        (
            "We're really sorry your car was broken into in our car park. We've passed our CCTV footage to "
            "Greater Manchester Police and we're adding more lighting on level 2. Please email "
            "security@parkfirst.co.uk if we can help with anything for your insurer."
        ),
        (
            "Thanks for your review. We know it's frustrating when a scooter slows down on the seafront, but "
            "that's a speed-limited zone set by the council to keep pedestrians safe. Sorry we didn't "
            "explain that better in the app, we're adding a notice now."
        ),
        (
            "Thank you for the detailed feedback about the washroom and the air pump. Both points are well "
            "taken; the air pump has been repaired and cleaning is now checked every two hours. We hope to "
            "serve you better next time."
        ),
        (
            "Fair play, our 'spot-free rinse' clearly left a few spots. We're embarrassed! The filter's been "
            "replaced, so we'd love another chance whenever you're passing."
        ),
        (
            "Thanks for the four stars! We're glad the trip was smooth, and we've taken on board your note "
            "about the radio volume."
        ),
        "Thank you, Carol! It was a pleasure getting you to JFK on time. Safe travels!",
    ],
    "fr": [
        (
            "Merci beaucoup pour ce gentil message ! Ravis que votre voiture soit ressortie comme neuve. À "
            "bientôt à la station de Vaise."
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tous nos clients : "
            "au bout de dix lavages, le onzième est offert, que vous laissiez un avis ou non. Au plaisir de "
            "vous revoir."
        ),
        (
            "Nous sommes désolés que le rouleau de la piste 2 se soit arrêté en plein cycle. Appelez-nous au "
            "04 78 00 12 34 et nous vous rembourserons le jeton sans souci. Merci de nous l'avoir signalé."
        ),
        (
            "Un grand merci ! Nous transmettrons vos compliments à Mathilde, qui sera ravie de savoir que "
            "ses conseils pour choisir votre vélo électrique vous ont été utiles."
        ),
        (
            "Toutes nos excuses pour la facture erronée. Notre conseiller Hugo s'est trompé de tarif, mais "
            "c'est à nous, en tant qu'entreprise, de vérifier ; nous avons corrigé notre grille et la "
            "différence vous a été remboursée."
        ),
        (
            "Bonjour, nous sommes désolés que la trottinette soit tombée en panne à mi-parcours. Le trajet a "
            "déjà été remboursé sur votre compte et l'engin est parti en maintenance. Merci de votre "
            "patience."
        ),
        (
            "Nous vous prions de nous excuser pour l'attente à la caisse samedi. Un de nos deux terminaux de "
            "paiement est tombé en panne ce matin-là ; il a été remplacé. Merci de votre compréhension."
        ),
        (
            "Merci pour votre message. Nos conditions générales, affichées à l'entrée et sur notre site, "
            "prévoient une pénalité en cas de dépassement du temps réglé. Nous acceptons néanmoins de "
            "réexaminer votre ticket : écrivez-nous à reclamations@parkvieuxport.fr et nous vous répondrons "
            "sous cinq jours ouvrés."
        ),
        (
            "Nous sommes vraiment désolés pour votre rétroviseur. Notre assurance couvre ce type d'incident "
            ": envoyez-nous une photo à sinistres@lavage-express.fr et nous nous occupons de tout."
        ),
        (
            "Nous sommes navrés d'apprendre le vol de votre vélo devant notre magasin. Nous avons conservé "
            "les images de vidéosurveillance et nous les tiendrons à la disposition de la police dès qu'elle "
            "nous les demandera. Courage à vous."
        ),
        (
            "On plaide coupable : notre machine à café a plus de kilomètres au compteur que nos taxis ! Elle "
            "sera remplacée la semaine prochaine. Merci de votre indulgence."
        ),
        (
            "Merci pour vos trois étoiles et pour votre franchise. Nous avons noté votre remarque sur la "
            "signalétique du parking P2 et de nouveaux panneaux seront posés ce mois-ci."
        ),
        (
            "Merci pour votre retour. D'après notre relevé, la navette a quitté l'aérogare à 9 h 15 comme "
            "prévu, mais nous savons que le point de rendez-vous n'est pas toujours facile à trouver et nous "
            "sommes désolés de votre attente. Appelez-nous au 01 23 45 67 89 si vous souhaitez en parler."
        ),
        (
            "Nous vous présentons nos sincères condoléances. Merci d'avoir pris le temps de nous écrire dans "
            "un moment aussi difficile ; nous sommes désolés que notre retard ait ajouté à votre peine. "
            "N'hésitez pas à nous contacter directement."
        ),
        (
            "Félicitations pour votre premier brevet de 200 km ! Toute l'équipe de l'atelier est fière "
            "d'avoir préparé votre vélo. Revenez nous raconter la prochaine sortie."
        ),
        (
            "Nous comprenons que le port du casque obligatoire ait pu vous surprendre. C'est une règle que "
            "nous appliquons à tous nos clients pour leur sécurité sur nos scooters. Désolés si cela a été "
            "expliqué un peu sèchement, nous en avons parlé avec l'équipe."
        ),
        (
            "Vous avez raison, le tarif journalier est passé de 12 à 14 € ce printemps, et nous sommes "
            "désolés de ne pas l'avoir annoncé plus clairement. Cette hausse suit celle de nos charges ; un "
            "bandeau d'information est désormais affiché sur le site."
        ),
        (
            "Merci infiniment pour ce retour si détaillé sur notre application de réservation. Vos remarques "
            "sur le calendrier et la facture sont très justes et ont été transmises à nos développeurs."
        ),
        (
            "Désolés que vous ayez trouvé porte close dimanche soir ! Nous sommes ouverts du lundi au samedi "
            "de 7 h à 21 h et le dimanche de 8 h à 18 h. Nous avons corrigé notre fiche Google."
        ),
        (
            "Toutes nos excuses pour le GPS qui vous a envoyé vers l'ancienne entrée. L'accès au parking se "
            "fait désormais par le 12 rue de la Gare, à Rennes, juste après l'arrêt de bus."
        ),
        (
            "merciii 😍 trop contents que le scooter t ait plu pour faire le tour de l ile 🛵☀️ reviens quand "
            "tu veux !"
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre avis et regrettons que votre expérience au "
            "sein de notre parc de stationnement n'ait pas été à la hauteur de vos attentes. Les consignes "
            "affichées aux caisses automatiques seront revues au cours du trimestre. Notre service relations "
            "clientèle reste à votre disposition à l'adresse relationclients@parcs-aeroport.fr."
        ),
        (
            "Merci beaucoup pour votre chouette message ! Toute l'équipe du car-wash de Liège est contente "
            "que votre voiture brille à nouveau. À bientôt, hein !"
        ),
        (
            "Merci pour votre retour. Nous sommes désolés pour l'attente à l'atelier ; nous avons engagé un "
            "mécanicien supplémentaire pour la saison. Nous nous réjouissons de vous revoir à Lausanne."
        ),
        (
            "Merci ben gros pour votre beau commentaire ! On est contents que notre chauffeur vous ait aidé "
            "avec vos valises jusqu'à Dorval. Au plaisir de vous revoir !"
        ),
        (
            "Merci beaucoup pour votre confiance ! Toute l'équipe de la station est heureuse de vous avoir "
            "bien servi. Au plaisir de vous revoir, inch'Allah."
        ),
        "Désolés pour le désagrément. C'est réparé. Merci du signalement.",
        (
            "Merci pour votre avis ! Notre programme de parrainage est ouvert à tous les clients : vous et "
            "votre filleul recevez chacun 5 € sur votre prochaine course. Bonne route !"
        ),
        (
            "Nous sommes désolés pour la rayure constatée. Nous avons vérifié les brosses et les images de "
            "la piste sans voir de contact, mais nous tenons à examiner le véhicule avec vous. Pouvez-vous "
            "appeler le responsable du site au 02 99 00 11 22 ? Nous voulons comprendre ce qui s'est passé."
        ),
        (
            "Merci de nous avoir raconté votre trajet, et toutes nos excuses. Attendre quarante minutes à 5 "
            "h du matin avec un avion à prendre, ce n'est pas acceptable. Nous avons ajouté une navette "
            "supplémentaire sur le créneau du matin dès cette semaine. Nous souhaitons vous rembourser ce "
            "trajet : écrivez-moi à direction@navette-blagnac.fr. Claire, responsable d'exploitation"
        ),
        "Merci beaucoup pour votre avis, ca nous fait vraiment plaisir ! A tres bientot a la station.",
        (
            "Merci vielmols pour ce gentil message ! Ravis que la révision de votre vélo avant la route des "
            "vins se soit bien passée. À bientôt à l'atelier de Colmar."
        ),
        (
            "Merci beaucoup, ça nous fait très plaisir ! Le plein et le café, c'est la base avant la route "
            "des Landes. À la prochaine, té !"
        ),
        (
            "Nous sommes désolés que la cire n'ait pas été uniforme. Les 15 € de différence vous ont été "
            "remboursés et nous repasserons le véhicule gratuitement quand vous le souhaitez."
        ),
        (
            "Nous vous présentons nos excuses pour le comportement de notre chauffeur lors de votre course. "
            "Cela ne correspond pas à nos exigences et la situation a été traitée en interne. Vous pouvez "
            "nous joindre au 01 40 00 00 00 du lundi au vendredi, de 8 h à 18 h."
        ),
        (
            "Merci pour votre franchise. Vous avez raison, on vous a donné la mauvaise grandeur de pneu au "
            "téléphone, c'est notre erreur. On a mis en place une vérification pour les soumissions par "
            "téléphone. Passez nous voir, on vous les échange sans frais."
        ),
        (
            "Merci pour votre avis. Le ralentissement sur la Promenade correspond à une zone limitée fixée "
            "par la mairie pour protéger les piétons. Désolés de ne pas l'avoir mieux expliqué dans "
            "l'application, un message d'information sera ajouté."
        ),
        (
            "Bonjour, merci d'avoir voyagé avec nous. Désolés pour la climatisation qui peinait sous cette "
            "chaleur, le minibus est au garage pour une révision. Merci de nous l'avoir signalé, à bientôt."
        ),
        (
            "Merci pour les quatre étoiles ! Nous sommes contents que le trajet se soit bien passé, et nous "
            "avons pris note de votre remarque sur le volume de la radio."
        ),
        "Merci Sophie ! Ce fut un plaisir de vous conduire à Roissy à l'heure. Bon voyage !",
    ],
}
