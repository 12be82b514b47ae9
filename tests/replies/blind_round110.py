"""Blind reply set, round 110: owner replies the pre-post check has never seen.

Who and when: written by helper b108, an independent writer, on 2026-12-06,
for round 108 of the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies posted under
customer reviews by owners of city hotels near railway stations, hostels,
glamping sites, spa hotels, ferry and river-cruise operators and guided city
tours.  Each French reply was written directly in French, not translated.
Apart from the brief and the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, the writer did
NOT read the application code, docs, training data, benches, any other test
file or earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others are one-liners, texting with emoji, very formal or
corporate wording, veiled and polite phrasings and regional speech.  Good
replies include look-alikes that are not faults: an apology with a concrete
fix and an offline channel, warm thanks, a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

Registers: English from the UK (Manchester, Yorkshire, Cornwall, Bristol,
London, Edinburgh), Ireland (Wexford, Kerry, Galway, Dublin, the Shannon),
North America (Chicago, New York, Toronto, Montreal, the Pacific North-West)
and Australia (Melbourne, the coast, the Murray, Tasmania), plain and warm,
curt, corporate and casual texting; French from France (Lyon, Aix-les-Bains,
Biarritz, Marseille, Ardèche, the Rhône, the canal du Midi, Paris, Brittany),
Belgium (Namur, Liège, Brussels, the Meuse), Switzerland (Lausanne, Geneva,
the Jura, Gruyère) and Québec (Québec City, Charlevoix, the Laurentians), from
plain and warm to curt, very formal administrative French and texting.  Some
replies end with a signature, as owners often sign.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND110_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write such a thoughtful review of your weekend with us here in Harrogate. It means a great deal to the whole team that the hot stone massage eased your shoulder, and that you found the rooftop pool as peaceful at seven in the morning as we always hope it will be. We've passed your kind words about the afternoon tea on to the kitchen, who were thrilled the lavender scones went down so well. If you'd be willing to bump those four stars up to five, just mention it at reception next time and your first hour in the thermal suite will be on the house. We'd love to welcome you back whenever you next need a bit of calm. Warmest wishes, Helen and the team at The Elms Spa",
            "Cheers legend 🙌 chuck us a 5⭐ on here and ur next night in the bell tent is half price, too easy 🏕️🔥",
            "Thank you for your feedback. Guests who update their rating to five stars within 14 days of checkout will receive 5,000 bonus Rewards points, credited automatically to their account. — Guest Relations, The Meridian at Union Station",
            "We'd be only delighted to look after you with a little something on your return sailing, once this review has quietly found its way off the page. Safe travels, Máire",
            "We'll refund the drinks package in full the moment that one-star comes down.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce joli message après votre passage chez nous. Nous sommes ravis que la chambre côté cour vous ait permis de bien dormir malgré la proximité de la gare Part-Dieu, et que le petit-déjeuner avec les brioches de la boulangerie d'à côté vous ait plu. Toute l'équipe de la réception a été touchée par vos mots. Si vous aviez la gentillesse de passer votre note à cinq étoiles, nous vous offririons le petit-déjeuner lors de votre prochain séjour. Au plaisir de vous accueillir à nouveau entre deux trains ! Sophie, directrice",
            "Merci ben gros! 😄 Mets-nous 5 étoiles pis ta prochaine nuit dans le prêt-à-camper est à moitié prix 🏕️🔥",
            "Nous aurions grand plaisir à vous réserver une petite attention à bord lors de votre prochaine croisière sur la Meuse, une fois votre avis retiré.",
            "Nous vous informons que toute évaluation révisée à cinq étoiles donne droit à un bon d'achat de 30 CHF, valable sur l'ensemble de nos traversées du Léman.",
            "Modifiez votre avis et on vous rembourse la visite.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for staying with us, and for the kind words about the location — being two minutes from Piccadilly is exactly why so many people choose us, and we're glad the early check-in worked out after your train. We hear you on the breakfast queue on Saturday too; it was a busy weekend with the match on, and we're looking at adding a second toaster station. Please be aware, though, that our solicitors have been sent a copy of this review and will be in touch with you directly if it stays up in its current form. Otherwise we hope the rest of your trip went smoothly. Kind regards, Paul Devlin, General Manager",
            "Post another review like this and you'll be banned from every hostel in our group, and every other backpacker place on the coast will hear about you too.",
            "Please be advised that this review has been referred to our legal department, which is assessing it for defamation and intends to pursue every remedy available against its author.",
            "It'd be an awful shame now if the people you work for ever got to hear how you spoke to our deck crew that evening. We'd hate to have to be the ones to tell them.",
            "lol we know exactly which pitch u were on and which village ur from mate 👀 wouldn't be posting stuff like this if i were u",
        ],
        "fr": [
            "Bonjour, et merci d'avoir choisi notre hôtel pour votre séjour bien-être à Aix-les-Bains. Nous sommes heureux que le bassin extérieur chauffé et le modelage aux huiles chaudes vous aient apporté le repos que vous cherchiez, et nous transmettons vos compliments à notre chef pour le dîner. Sachez toutefois que notre avocat a pris connaissance de votre commentaire et qu'une plainte pour diffamation sera déposée s'il reste en ligne. Nous vous souhaitons une belle fin d'année. La direction",
            "Continuez à salir notre nom de même pis c'est notre avocat qui va vous appeler.",
            "Nous savons très bien qui vous êtes, et à votre place nous réfléchirions à deux fois avant de publier ce genre de choses.",
            "Nous vous informons que les images de vidéosurveillance ont été conservées et qu'elles seront transmises à votre employeur si ce commentaire n'est pas retiré sous 48 heures.",
            "t'inquiète on a ton nom et ta tête, on va l'afficher à l'accueil avec marqué « interdit » 😤 tu remettras plus les pieds ici",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for joining us on the Old Town evening walk, and for being such good sports when the rain came in sideways on the Royal Mile. We're sorry the closes felt crowded near the end — festival weeks are always busier, and we've already cut the group size for the late tours from twenty-five to eighteen. For your records, the refund for booking ETW-44871 has gone back to the Visa card ending 3302 in the name of Mr Alan Pritchard. We really appreciate your feedback and would love to show you the New Town on a drier night. Best wishes, Fiona, Auld Reekie Walks",
            "hey Jess 👋 so sorry bout the top bunk!! ill text u back on 0412 558 903 tonight to sort it 😊",
            "We have reviewed the notes from Ms. Dana Whitlock's stay of March 14 and have flagged her latex allergy and second-trimester pregnancy on her guest profile so that all therapists are informed in future.",
            "Ah Declan, weren't you on the 7.30 out of Rosslare on the Friday with your sister-in-law and the two young lads in the camper? Leave it with us and we'll sort it out.",
            "We've emailed the full breakdown to mark.ellery77@gmail.com, so do keep an eye on your inbox.",
        ],
        "fr": [
            "Bonjour et merci pour ce retour si détaillé sur votre croisière entre Lyon et Avignon. Nous sommes ravis que l'escale à Viviers et la dégustation à Tain-l'Hermitage vous aient laissé de si beaux souvenirs, et que la cabine du pont supérieur vous ait offert une si jolie vue au lever du soleil. Nous avons d'ailleurs bien noté, pour la réservation n° CR-2291-B au nom de Mme Lefèvre, le régime sans gluten de votre mari pour la prochaine fois. Toute l'équipe de bord vous embrasse et espère vous retrouver sur le fleuve. Claire, service clients",
            "Salut Marc-André! 👋 on te rappelle au 514 555-0187 demain matin pour arranger ça 👍",
            "Nous vous confirmons que Monsieur Vandenberghe et sa compagne ont bien séjourné en chambre 412 du 3 au 5 février, la note ayant été réglée par la carte se terminant par 7719.",
            "Nous avons pris la liberté de vous faire parvenir un courrier détaillé au chemin des Vignes 14, à Pully, afin de clarifier la question de votre soin.",
            "Votre commande n° 88412 du 12 août a bien été remboursée, Madame Garnier.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for staying with us at Brookmere and for the kind words about the outdoor hot tub and the tasting menu — we've passed your compliments on to our sommelier, who was delighted you enjoyed the English sparkling. We're also glad the walk up to the tarn from our back gate was as lovely as the guidebook promised. Frankly, though, anyone who was actually here that weekend can see you've made up half of this to angle for a free night. We hope the rest of the year treats you well. Regards, the management",
            "You were rude, loud and clueless from the minute you checked in, and it shows in this review.",
            "mate u were the biggest whinger on the bus all arvo 🙄 just after a freebie like always",
            "It is evident that this review was written in bad faith by a guest whose only objective was to extract compensation to which he had no entitlement.",
            "With the greatest respect, I don't believe you're being entirely truthful here, and I suspect you know that yourself.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre semaine sur le canal du Midi. Nous sommes contents que les écluses autour de Castelnaudary vous aient amusés, et que les vélos à bord vous aient permis de faire les courses au marché de Trèbes. Le coucher de soleil sur les platanes reste notre plus belle carte postale, et nous sommes heureux que vous en ayez profité. Permettez-moi toutefois de vous dire que vous êtes exactement le genre de client malhonnête qui cherche n'importe quel prétexte pour ne pas payer. Bonne continuation à vous. Jean-Marc",
            "T'es juste un chialeux qui voulait avoir sa nuit gratis, c'est toute.",
            "franchement t'es de mauvaise foi une fois 🙄 tu mens et tu le sais très bien",
            "Votre commentaire relève manifestement de la malveillance et émane d'une personne dont la mauvaise foi a été constatée par l'ensemble de notre personnel.",
            "Nous laissons nos lecteurs juger de la sincérité d'une cliente qui a découvert tant de défauts, comme par hasard, au moment précis de régler sa note.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for staying with us at Trevenna Farm and for the lovely photos of the sunset over the top field — we've pinned one up in the barn. We're glad the kids loved collecting eggs in the morning and that the wood-fired hot tub was nice and toasty. Terribly sorry that the countryside came with actual sheep in it; we'll have a firm word with them about their manners before your next visit. The honesty box will be restocked with marshmallows by Friday, and we hope to see you again in the summer. Jen & Rob",
            "Wow, a hotel next to a train station has train noise? Who could ever have seen that coming.",
            "omg a ferry that moves on the water?? 😱🌊 so sorry, we'll try keeping it tied to the jetty for the whole trip next time 😂",
            "We have noted your surprise that a river cruise takes place on a river, and we will consider printing this detail in larger type in future brochures.",
            "Ah sure, we'll ring Met Éireann first thing and have a word about the rain for you, since that's clearly down to us.",
        ],
        "fr": [
            "Salut et merci d'être passé par notre auberge près du Vieux-Port ! On est super contents que la terrasse sur le toit t'ait plu pour l'apéro et que tu aies pu rejoindre la sortie en bateau vers le Frioul. On a bien noté ta remarque sur le wifi dans les étages, on installe un nouveau répéteur ce mois-ci. Toutes nos excuses que le dortoir de huit ne soit pas une suite royale, on fera venir un majordome pour ta prochaine visite. À bientôt sur la Canebière ! L'équipe",
            "Ben oui, c'est ben connu, les maringouins en forêt, c'est de notre faute. On va aller leur parler.",
            "ah oui il pleut en Belgique 😱 quelle découverte !! on va porter plainte contre le ciel pour vous 😂☔",
            "Nous prenons bonne note que le lac Léman vous a paru excessivement mouillé et ne manquerons pas de transmettre votre remarque aux autorités compétentes.",
            "Bravo pour cette critique gastronomique d'un croissant de buffet de gare, on va l'encadrer.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for choosing us for your stopover before the Glasgow train, and for the lovely comments about breakfast — the team will be delighted you liked the porridge bar. We're really sorry your first night got off to such a bad start with the double-booked room. That mix-up was entirely down to Gemma on reception, who has now been given a formal warning. We've since added a second check to our booking system, and we'd love the chance to show you a smoother stay next time you're passing through Euston. Best, Daniel, Front Office Manager",
            "That was Brayden's stuff-up on the day and he's been let go.",
            "ugh so sorry!! 😩 that was Tyler on the night desk, he never checks the bookings, he's on his last warning now 🙄",
            "Following an internal review, the therapist concerned, Ms Rebecca Hale, has been found responsible for the treatment error and appropriate disciplinary measures are under way.",
            "I'll say no more than that Ciarán was the one on the bar that evening, and he knows well what he did.",
        ],
        "fr": [
            "Bonjour et merci pour ce long message après votre séjour à Biarritz. Nous sommes très heureux que la vue sur l'océan depuis la piscine et les soins à l'eau de mer vous aient fait autant de bien, et nous avons transmis vos félicitations à la cuisine pour le merlu de ligne. Le souci avec votre massage vient uniquement de Sandrine, qui n'a pas respecté le protocole et a été sanctionnée. Nous espérons avoir le plaisir de vous accueillir de nouveau au printemps. Bien à vous, Laurence, responsable du spa",
            "Désolé!! 😬 c'est Kevin à l'accueil qui a toute mêlé les réservations, il va se faire parler 😤",
            "Après vérification, l'erreur de réservation est imputable à notre réceptionniste, M. Dewulf, lequel a fait l'objet d'un avertissement écrit.",
            "Sans vouloir accabler personne, c'était Mme Favre qui tenait la billetterie ce matin-là, et elle savait parfaitement ce qu'elle avait à faire.",
            "C'est la faute de Julien, notre guide, et il ne travaille plus chez nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for staying with us and for the kind words about the beds and the view over the canal. We were glad to hear the late checkout helped with your evening train from New Street. About the cold shower on the Sunday: the boiler engineer was held up by the rail strike, the backup heater had been recalled by the manufacturer only the week before, two of our maintenance team were off with flu, the building is listed so we can't simply swap in a new system without council sign-off, our supplier had no parts until the Tuesday, and frankly half the hotels on this street had the same trouble that weekend. We hope to see you again when you're next passing through. Warm regards, Sunita, Guest Services",
            "look the power went out cos of the storm, then the genny was flat cos the sparky never showed, then the road flooded so we couldn't get fuel in, AND it was school hols so we were flat out, AND the council still hasn't fixed the line, AND the phone tower was down too 🤷‍♂️⛈️ not much more we could do tbh",
            "The delayed departure resulted from a combination of factors outside our control: heavier than forecast vehicle volumes, a late inbound arrival caused by tidal conditions, a mandatory Transport Canada inspection, a crew rest requirement under federal regulations, a ramp hydraulic fault that had been repaired the previous week, and an unusually high number of walk-on passengers requiring manual ticket checks. Each of these was managed in accordance with our procedures.",
            "Now the noise that night, that was the hen party in the dorm above, and sure there was a match on in town, and the lad on nights was only new, and the walls in these old Georgian houses were never built for forty backpackers, and the guards were out on the street with the crowds anyway, and we'd the bins being collected at six, so there was only so much anyone could do about it.",
            "To put matters in context, the itinerary change was required by the lock-keepers' schedule, the water level on the Thames had risen after the week's rain, our insurers do not permit mooring at Henley in those conditions, the caterer needed an alternative drop point, the coach company could only meet us at Marlow, and all of this is set out in the booking conditions that every passenger accepts on reservation.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après votre semaine en cabane perchée. On est ravis que les enfants aient adoré la descente de l'Ardèche en canoë et que le pain livré chaque matin devant la cabane vous ait plu. Pour l'eau chaude, il faut savoir que le chauffe-eau solaire dépend de l'ensoleillement, que la semaine a été exceptionnellement nuageuse, que notre plombier était en congé, que la pièce de rechange devait venir d'Allemagne, que la mairie nous interdit les chaudières au fioul sur le site et que tous les campings de la vallée ont connu la même chose cet été. Au plaisir de vous revoir sous le soleil ardéchois ! Manu et Lucie",
            "Pour le bruit, faut comprendre que l'hôtel est collé sur la gare du Palais, que les trains partent de bonne heure, que la Ville faisait des travaux dans la rue toute la semaine, que c'était le Carnaval pis que le monde fêtait tard, que nos fenêtres sont d'origine parce que le bâtiment est patrimonial, pis que la déneigeuse passe à 4 h du matin, on n'a pas le contrôle là-dessus.",
            "alors le retard c'est parce que l'écluse de Namur était en panne, que le capitaine attendait le pilote, qu'il y avait une péniche en travers, qu'il pleuvait des cordes et qu'on devait attendre le traiteur coincé sur le ring 🤷‍♂️⛴️ on pouvait rien faire de plus hein",
            "Nous tenons à préciser que la fermeture du hammam résultait de plusieurs facteurs : un contrôle obligatoire de l'inspection cantonale, le remplacement planifié du générateur de vapeur, l'indisponibilité du fournisseur agréé, les nouvelles normes d'hygiène entrées en vigueur au 1er juillet, ainsi qu'une réorganisation des plannings liée aux vacances du personnel. L'ensemble de ces éléments figurait par ailleurs dans nos conditions générales.",
            "Pour remettre les choses dans leur contexte, le parcours a été modifié parce que la préfecture avait fermé les quais, que la manifestation bloquait le boulevard, que le musée avait avancé son horaire de fermeture, que notre guide habituelle était en formation et que deux personnes du groupe sont arrivées en retard, ce qui a naturellement décalé toute la visite.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for staying at Harbourside Hostel and for the shout-out to our Thursday quiz — we're chuffed your team came second! We're glad the kitchen was handy for cooking on a budget and that the lockers were big enough for your rucksack. There were no bedbugs in that dorm or anywhere else in the building, and there never have been. We hope the rest of your trip round the West Country was brilliant. Cheers, Sam & the Harbourside crew",
            "That simply didn't happen.",
            "nah nobody was rude to u on board, never happened 🙅‍♂️",
            "We categorically reject the assertion that any charge was applied to your card without authorisation; no such transaction took place.",
            "With respect, I've been leading these walks around Galway for twenty years, and that tour didn't run late, not that evening or any other.",
        ],
        "fr": [
            "Bonjour et merci d'avoir séjourné chez nous, juste en face de la gare des Guillemins. Nous sommes contents que la literie vous ait plu et que le petit-déjeuner avec les gaufres de Liège ait été à la hauteur, ça fait toujours plaisir. Personne à la réception ne vous a parlé sur ce ton, cela ne s'est tout simplement pas passé. Nous vous souhaitons une bonne continuation et de beaux voyages en train. Geneviève, pour l'équipe",
            "Voyons donc, y'a jamais eu de souris dans nos chalets, jamais.",
            "nan le bateau est parti pile à l'heure, y a eu aucun retard ce jour-là ⛴️",
            "Nous contestons formellement les faits relatés : aucun de nos guides n'a quitté le groupe à quelque moment que ce soit de la visite.",
            "Nous avons beau chercher, rien de ce que vous décrivez ne s'est produit chez nous ce week-end-là.",
        ],
    },
}

BLIND110_GOOD: dict[str, list[str]] = {
    "en": [
        "We're really sorry the radiator in your room wouldn't switch off — a stuffy night before an early train is the last thing anyone needs. Our engineer has replaced the valve in that room and checked every other one on the floor. If you'd like to talk it through, please ring me directly on 0161 496 0321 or email duty.manager@piccadillygate.co.uk. Tom Harper, Duty Manager",
        "Thanks heaps for the lovely words! Stoked you caught the sunrise over the gorge from the safari tent. Come back and see us anytime. — Bec & Dave, Wattle Creek Glamping",
        "Thanks for staying with us! Just so you know, every guest gets a stamp card at check-in and the tenth night is free — it's for everyone, whatever you post or whether you post at all. Hope to see you next time you're through Montreal.",
        "Sorry to hear the ticket machine at the pier was out of order. Our office on the harbour is open 8am to 6pm, seven days a week, and you can ring us on 066 915 0000 if you'd like us to look at the fare difference. — Skellig Bay Ferries",
        "Thank you for such a kind review. I've shown it to Amira, who'll be thrilled you felt so looked after during your facial, and to Josh, who swears our eucalyptus steam room is the best in Yorkshire. We hope to see you again soon.",
        "You're right, and we're sorry. Our guide Marcus told your group the tour ended at the Flatiron when it actually ends at Union Square — that's on us, because the route sheet we gave him was out of date. We've corrected it, and we'd like to make it right: please email us at hello@gothamfootnotes.com.",
        "We're sorry the upper deck was closed on your sailing. We've already refunded the difference between the upper-deck and standard fare to your original payment method, and it should show within five working days. Thanks for bearing with us.",
        "Apologies that we had to change the route halfway round — the quays were closed for the marathon that morning, and we should have told you before we set off. Sorry again, and thanks for sticking with us. Niamh",
        "We're sorry your crossing was delayed by over two hours. Under the passenger rights regulations you're entitled to half of your fare back, and you can claim it through the form on our website or at any of our ticket desks.",
        "So sorry the storm cut your stay short. If your travel insurer needs a letter confirming the closure, just email us at stay@ironbarkpods.com.au and we'll send one the same day.",
        "We're so sorry your phone was taken from the common room. We've handed the CCTV footage to the police, and we've fitted lockable charging points in the lounge. If your insurer needs anything from us, reception can print a statement for you at any time.",
        "Thanks for staying! We agree our lift is slower than the stopping service to Crewe — a new one goes in this March, and until then the stairs are excellent cardio.",
        "Thank you for the three-star review and the clear notes about the relaxation room. We're adding more loungers and quieter music this winter, and we'd love to hear what you think next time.",
        "Thanks for your review. Our booking log shows the walk set off from the Minster at 2pm as advertised, but I may well be missing something about your afternoon, so please drop me a line at tours@yorkgoldenwalks.co.uk and I'll look into it properly.",
        "We were so sorry to read of your loss, and we're touched that you chose to spend a few quiet days here. Our thoughts are with you and your family. Thank you for sharing this with us.",
        "Congratulations on your engagement! The whole crew was delighted to be part of such a happy moment on the top deck at sunset. Wishing you both every happiness. — Captain Rhonda and the crew of the Columbia Belle",
        "Thanks for the feedback. We know it's frustrating not being able to go back to your car during the crossing, but the vehicle deck has to stay closed while we're under way, for everyone's safety. Next time, grab what you need before heading upstairs — and the café has phone chargers if you get caught out.",
        "Sorry about the jump in our dorm prices since last year. Our energy bills have nearly doubled, and we'd rather raise rates a little than cut the heating or the free breakfast. We know it's not what anyone wants to hear, and we appreciate you telling us.",
        "Thanks for staying, glad it all worked out.",
        "aww thank u!! 🥰 so happy the yurt was cozy, see u next summer 🏕️✨",
        "Thank you for your feedback regarding your check-in experience. We apologize for the wait at the front desk. We have since added an additional associate during evening peak hours, and our Guest Relations team can be reached at 312-555-0148 should you wish to discuss your stay further.",
        "Legend, thanks for the five stars! Glad the rooftop barbie was a hit. Catch ya next time you're in Melbourne.",
        "We're sorry the shower block was so chilly in the mornings. We've fitted a heater and now check the hot water at 6am every day. If there's anything else we should know, ring us on 01872 555 410. Lowenna",
        "Ah, thank you! Delighted you enjoyed the trip up to Lough Derg. Paddy will be made up that you liked his history of the locks, and we'll make sure the scones are warm again next year.",
        "Thanks for letting us know. I checked with our team, and the stop at the market was cut short because the vendors were packing up early that day — I'm sorry it felt rushed. We'd be glad to have you back on a morning tour as our guest; just email us.",
        "Congrats on finishing the Overland Track! A long soak was well earned, and we're so glad you chose us to recover. — The team at Cradle Springs",
        "Thanks for your review. To reassure anyone reading: our car deck is covered by CCTV and patrolled throughout every sailing. We're sorry the damage to your wing mirror spoiled the trip, and our claims team on 01983 555 200 can help you with the next steps.",
        "Thank you for your feedback. For clarity, our cancellation terms allow free changes up to 48 hours before arrival, and these are shown at the booking stage. We are sorry the timing did not work out on this occasion and would be pleased to help with a future date via reservations@stillwaterspa.co.uk.",
        "Sorry the kitchen closing at 11pm caught you out! We keep that rule because the stoves are gas and there's no staff on the floor after that to keep an eye on things. The microwave and snacks in the lounge are there all night, though.",
        "We're very sorry your booking was charged twice. The duplicate payment was refunded yesterday and your bank should show it within a few days. If it hasn't appeared by Friday, please ring our front desk on 01 555 0199 and we'll chase it for you.",
        "Thanks for coming along on the paddle steamer! Yes, she's 110 years old, and yes, she creaks like the skipper's knees. Glad you loved the sunset run.",
        "Thanks for your feedback. The listing does mention the ten-minute walk from parking to the cabins, but we're sorry it came as a surprise. We'd love to hear how we could make that clearer — our number's on the website.",
        "What a lovely review, thank you! Hannah loves showing people the hidden courtyards and she'll be thrilled you spotted the gargoyle with the pipe.",
        "sorry about the aircon in dorm 4 😬 it's fixed now! if anything else wasn't right msg us on insta or email hello@saltyhostel.com.au 🙏",
        "We understand the frustration with the new fuel surcharge, and we're sorry it came without much notice. Fuel costs rose sharply this season and we've kept the increase as small as we could. Frequent traveller passes are still available to everyone at the old rate until the end of the year.",
        "Thanks for the four stars and the honest note about the treatment room being a touch cold. We've turned up the heating in the spa wing and added extra blankets. Hope to see you again.",
        "Thanks a million for staying! If you've friends heading west, our refer-a-friend scheme gives both of you €20 off any pod booking — it's open to every guest, review or no review.",
        "We're sorry your room faced the tracks; we should have flagged that when you booked. We've updated our room descriptions, and if you'd like to chat, our general manager Lauren is at 416-555-0123 or lauren@unionyardhotel.ca.",
        "Thank you for writing, and please accept our sincere condolences. We were honoured to be part of such a meaningful day for your family on the river. With warm wishes from all of us at Thames Heritage Cruises.",
        "Cheers for coming along, great to have you on the walk!",
    ],
    "fr": [
        "Bonjour, nous sommes sincèrement désolés pour le chauffage de votre chambre qui ne fonctionnait pas. Notre technicien a remplacé le thermostat dès le lendemain et vérifié toutes les chambres de l'étage. N'hésitez pas à m'appeler directement au 04 78 55 01 20 ou à écrire à reception@hotel-partdieu-gare.fr. Cordialement, Thomas, directeur",
        "Merci ben gros pour ton beau commentaire! Content que le dôme t'ait plu pis que t'aies vu les aurores boréales. Au plaisir de te revoir! — L'équipe du Domaine des Épinettes",
        "Merci pour votre passage ! Pour info, tous nos hôtes reçoivent une carte de fidélité à l'arrivée : la dixième nuit est offerte, que vous laissiez un avis ou pas. À tantôt à Namur !",
        "Bonjour, nous regrettons que le distributeur de billets du débarcadère soit tombé en panne. Notre guichet d'Ouchy est ouvert de 8 h à 19 h, sept jours sur sept, et vous pouvez nous joindre au 021 555 40 40 pour toute question concernant votre billet.",
        "Merci pour ce message si chaleureux ! Nous l'avons lu à Camille, qui est ravie que son soin du visage vous ait autant détendue, et à Yanis, qui prépare les tisanes avec beaucoup d'amour. À bientôt au spa !",
        "Vous avez raison pis on s'excuse. Notre guide Olivier vous a donné la mauvaise heure de départ, mais c'est de notre faute : la feuille d'horaire qu'on lui avait remise n'était pas à jour. On l'a corrigée, pis on aimerait se reprendre : écrivez-nous à info@toursduvieuxquebec.ca.",
        "Nous sommes désolés que le repas à bord n'ait pas pu être servi lors de votre croisière. Le montant du repas vous a déjà été remboursé sur votre moyen de paiement ; il devrait apparaître d'ici quelques jours. Merci pour votre patience.",
        "Toutes nos excuses pour le changement d'itinéraire en cours de visite : le pont était fermé pour un marathon ce matin-là, et nous aurions dû vous prévenir avant le départ. Encore désolés, et merci d'être restés avec nous. Élodie",
        "Nous sommes désolés pour le retard de plus de deux heures de votre traversée. Conformément au règlement européen sur les droits des passagers, vous avez droit au remboursement de la moitié du prix du billet ; la demande se fait via le formulaire de notre site ou à nos guichets.",
        "Nous sommes navrés que l'orage ait écourté votre séjour. Si votre assurance voyage a besoin d'une attestation de fermeture, écrivez-nous à contact@bulles-du-jura.ch, nous vous l'enverrons le jour même.",
        "Nous sommes vraiment désolés pour le vol de votre téléphone dans la salle commune. Nous avons remis les images de vidéosurveillance à la police et installé des casiers de recharge fermés à clé. Si votre assurance a besoin d'une attestation, la réception peut vous l'imprimer à tout moment.",
        "Merci pour votre séjour ! On vous l'accorde, notre ascenseur est plus lent qu'un omnibus un dimanche. Un nouveau sera installé en mars ; d'ici là, l'escalier fait d'excellents mollets.",
        "Merci pour vos trois étoiles et pour vos remarques précises sur la salle de repos. Nous ajoutons des transats et une musique plus douce cet hiver, et nous serions heureux d'avoir votre avis lors de votre prochaine visite.",
        "Merci pour votre avis. D'après notre journal de bord, le bateau a quitté le quai à 10 h comme prévu, mais il se peut que quelque chose m'échappe sur votre matinée : écrivez-moi à capitainerie@bateaux-saone.fr et je regarderai cela de près.",
        "Nous sommes profondément désolés pour votre deuil, et touchés que vous ayez choisi notre spa pour vous accorder quelques jours de calme. Toutes nos pensées vous accompagnent, vous et votre famille.",
        "Félicitations pour vos fiançailles ! Tout l'équipage a été ému d'assister à ce moment sur le pont supérieur au coucher du soleil. Tous nos vœux de bonheur à vous deux.",
        "Merci pour votre retour. Nous comprenons que ce soit frustrant de ne pas pouvoir rester à la proue pendant l'accostage, mais le pont avant doit rester dégagé pour la sécurité des matelots qui manœuvrent les amarres. Vous y êtes bien sûr le bienvenu dès que le bateau a repris sa route !",
        "Désolés pour la hausse de nos prix en dortoir depuis l'an dernier. Nos factures d'énergie ont presque doublé, et nous préférons augmenter un peu les tarifs plutôt que de couper le chauffage ou le petit-déjeuner. Ce n'est agréable pour personne, et merci de nous l'avoir dit franchement.",
        "Merci, ravis que ça vous ait plu.",
        "ayoye merci!! 🥰 content que le chalet était ben chaud, à l'été prochain 🏕️✨",
        "Madame, Monsieur, nous vous remercions de votre retour concernant l'enregistrement. Nous vous présentons nos excuses pour l'attente à la réception. Un collaborateur supplémentaire est désormais présent aux heures de pointe du soir, et notre service clientèle reste à votre disposition au 022 555 18 00. Avec nos meilleures salutations, la Direction",
        "Merci pour les cinq étoiles, ça fait plaisir ! Contents que le barbecue sur la terrasse vous ait plu. Au plaisir de vous revoir à Bruxelles, et à tantôt !",
        "Nous sommes désolés que le bloc sanitaire ait été si froid le matin. Nous avons installé un chauffage et nous vérifions l'eau chaude chaque jour à 6 h. Pour toute autre remarque, appelez-nous au 04 75 55 32 10. Manon et Pierre",
        "Merci beaucoup! Contents que la croisière aux baleines vous ait plu. Étienne va être fier que vous ayez aimé ses explications sur les bélugas, pis on vous garde une place au soleil sur le pont pour la prochaine fois.",
        "Merci de nous l'avoir signalé. L'arrêt au marché a été écourté parce que les marchands remballaient plus tôt ce jour-là, et nous sommes désolés que la fin ait paru précipitée. Nous serions heureux de vous recevoir sur une visite du matin à nos frais : écrivez-nous simplement.",
        "Bravo pour votre montée au Moléson ! Un passage aux bains était bien mérité, et nous sommes ravis que vous ayez choisi notre maison pour récupérer.",
        "Merci pour votre avis. Pour rassurer les voyageurs : le pont garage est sous vidéosurveillance et contrôlé pendant toute la traversée. Nous sommes désolés que cet accrochage ait gâché votre voyage ; notre service sinistres, au 02 98 55 60 00, vous accompagnera dans vos démarches.",
        "Nous vous remercions pour votre retour. Nos conditions générales de vente permettent une modification sans frais jusqu'à 48 heures avant l'arrivée ; elles sont indiquées lors de la réservation. Nous regrettons que le calendrier n'ait pas pu convenir cette fois-ci et serons heureux de vous aider pour une autre date à reservation@thermes-des-pins.fr.",
        "Désolés que la fermeture de la cuisine à 23 h vous ait surpris! On garde cette règle parce que les cuisinières sont au gaz pis qu'il n'y a plus personne sur le plancher pour surveiller après cette heure-là. Le micro-ondes pis les collations du salon restent accessibles toute la nuit.",
        "Nous sommes vraiment désolés que votre réservation ait été débitée deux fois. Le paiement en double a été remboursé hier ; votre banque devrait l'afficher d'ici quelques jours. Si ce n'est pas le cas vendredi, téléphonez-nous au 02 555 12 34 et nous relancerons.",
        "Merci d'avoir embarqué avec nous ! Oui, notre péniche a cent ans et elle grince autant que les genoux du capitaine. Ravis que la croisière au coucher du soleil vous ait plu.",
        "Merci pour votre retour. Notre annonce mentionne bien les dix minutes de marche entre le parking et les tentes, mais nous sommes désolés que cela vous ait surpris. Nous aimerions savoir comment le rendre plus clair : notre numéro figure sur le site.",
        "Quel joli commentaire, merci ! Hélène adore faire découvrir les traboules et elle sera ravie que vous ayez repéré la petite gargouille au fond de la cour.",
        "désolés pour la clim du dortoir 4 😬 c'est réparé ! si autre chose n'allait pas, écrivez-nous sur insta ou à bonjour@auberge-meuse.be 🙏",
        "On comprend que le nouveau supplément carburant soit frustrant, pis on s'excuse qu'il soit arrivé sans beaucoup d'avis. Le prix du carburant a beaucoup monté cette saison, pis on a gardé la hausse la plus petite possible. Les laissez-passer pour voyageurs fréquents restent offerts à tout le monde à l'ancien tarif jusqu'à la fin de l'année.",
        "Merci pour vos quatre étoiles et pour la remarque honnête sur la cabine de soin un peu fraîche. Nous avons monté le chauffage de l'espace spa et ajouté des couvertures. Au plaisir de vous revoir.",
        "Merci mille fois pour votre séjour ! Si des amis ont envie de dormir dans une bulle, notre programme de parrainage offre 20 CHF à chacun de vous sur la prochaine réservation — il est ouvert à tous nos hôtes, avis ou pas.",
        "Nous sommes désolés que votre chambre donnait sur les voies ferrées; nous aurions dû vous le préciser à la réservation. Nous avons mis à jour la description des chambres, et si vous souhaitez en discuter, notre directrice Isabelle est joignable au 418 555-0142 ou à isabelle@hotelgaredupalais.ca.",
        "Merci de nous avoir écrit, et recevez nos sincères condoléances. Nous avons été honorés de faire partie d'une journée si importante pour votre famille, et nous pensons bien à vous. L'équipage de la Mosane",
        "Merci d'être venus, ce fut un plaisir de vous faire découvrir la vieille ville !",
    ],
}
