"""Blind reply set, round 102: owner replies the pre-post check has never seen.

Who and when: written by helper b100, an independent writer, on 2026-12-06,
for the pre-post reply check (round 100).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
of aparthotels, boutique hotels, B&Bs and chambres d'hôtes, farm stays,
boat-trip operators, kayak-hire operators and thermal spas.  Each French reply
was written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer read nothing on this machine: not the application code, docs,
training data, benches, any other test file or blind set, any other folder
under /work, the git history or /work/.library.  The writer did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others are one-liners, texting with emoji and slang, very formal
or corporate replies, veiled and polite phrasings, and regional speech.
Good replies include look-alikes that are not faults: apologies with a
concrete fix and an offline channel, warm thanks, a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

Registers, drawn from: English from the UK (Cornwall, Yorkshire, Edinburgh,
Manchester, Devon), Ireland (Kerry, Galway, Connemara), North America (the
US, British Columbia, Nova Scotia) and Australia, plain and warm, curt,
corporate, casual texting with emoji; French from France (Annecy, Luberon,
Lyon, Bordeaux, Auvergne, Alsace, Normandie, Ardèche, Bretagne), Belgium
(Namur, Dinant, Liège), Switzerland (Vaud, Valais, Genève) and Québec, plain
and warm, curt, very formal administrative French, texting with emoji.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND102_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for staying with us, and for the lovely words about the breakfast — Mam will be thrilled you went back for seconds of the black pudding. We're sorry the weather didn't play fair on the Gap of Dunloe, but it sounds like you made the most of it with the fire and a good book in the front room. If you'd be good enough to bump those four stars up to five, your next night with us is on the house. We hope the rest of your trip along the coast was every bit as good, and the kettle will be on whenever you're back this way.",
            "Cheers legend 🙌 chuck us a 5⭐ and ur next kayak hire is half price, just show the review at the shed 🛶",
            "In line with our Guest Experience Programme, guests who revise their published rating following a service recovery conversation become eligible for a complimentary room-category upgrade on their subsequent stay.",
            "We'd hate for one tepid pool to be the last word on your day with us; should the review come down, a little something will be waiting for you at reception next time.",
            "No worries mate, sorry the quad bikes were all out. Post a fresh review without the bit about the dunny and we'll knock fifty bucks off your next stay.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message si chaleureux. Toute l'équipe est ravie que la chambre avec vue sur le lac vous ait plu, et que vous ayez pu profiter du ponton au coucher du soleil malgré la fraîcheur du soir. Nous sommes aussi très touchés par vos compliments sur la tarte aux myrtilles, dont la recette vient de la grand-mère de notre cheffe. Si vous aviez la gentillesse de passer votre note à cinq étoiles, le petit-déjeuner vous serait offert lors de votre prochain séjour. Au plaisir de vous retrouver au bord de l'eau, peut-être à l'automne quand les montagnes changent de couleur.",
            "Merci ben gros 🙏 mets-nous 5 étoiles pis ta prochaine location de kayak est gratis, promis 🛶😎",
            "Conformément à notre politique de fidélisation, une entrée journalière aux bains vous sera gracieusement offerte dès réception d'une évaluation révisée à la hausse.",
            "On ne voudrait pas que cette petite histoire de chauffe-eau reste en ligne, hein ; si le commentaire disparaît, une bonne bouteille vous attendra à votre prochain passage, une fois.",
            "Retirez votre avis et nous vous remboursons la nuit, tout simplement.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks ever so much for coming out with us from Padstow, and we're glad the seals put on such a show off the point — it really was one of those golden afternoons. It's lovely to hear the trip was such a hit, and the photos you mentioned sound brilliant. Our solicitor now has a copy of what you wrote about the safety briefing and will be writing to you at home shortly. We hope the rest of your holiday in Cornwall was sunny and that you got your pasty fix before heading back.",
            "Take this down by Friday or you'll be hearing from our attorney.",
            "we've got ur rego off the car park cam mate 👀 might wanna rethink that review",
            "Please be advised that statements of this nature are monitored by our legal department and that we reserve the right to pursue all available remedies, including notifying your employer.",
            "It's a small parish, and people talk. I'd be careful what you put in writing about this farm, so I would.",
        ],
        "fr": [
            "Merci beaucoup pour votre séjour parmi nous et pour vos mots si gentils sur la piscine et le jardin. Nous sommes heureux que les balades vers Gordes et les marchés du coin vous aient autant plu, et que vous ayez apprécié les figues du vieil arbre près de la terrasse. Sachez toutefois que notre avocat a reçu copie de votre commentaire et qu'il vous contactera très prochainement pour diffamation. Nous vous souhaitons une belle fin d'été et de bonnes vacances.",
            "Efface ça tusuite, sinon ma cousine qui travaille à ta job va savoir quel genre de client t'es.",
            "Nous vous informons qu'à défaut de retrait de votre commentaire sous huitaine, une procédure sera engagée sans autre avis devant les tribunaux compétents du canton de Vaud.",
            "On a ta plaque sur la vidéo du parking hein 😉 à ta place je réfléchirais avant de poster des trucs pareils",
            "Vous ne serez plus le bienvenu aux thermes, et soyez certain que nos confrères de toute la vallée connaîtront votre nom.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to write such a thoughtful review of your week with us. We're delighted the apartment worked so well as a base for the festival, and that the little kitchen came in handy after those late shows on the Royal Mile. We've refunded the £42 parking charge to the Visa ending 4417 under booking EDN-88213, so it should appear within a few days. We hope to welcome you back next August, and do let us know if there's anything that would make the next stay even better.",
            "Hey Jess so sorry the paddle snapped!! 🙈 we'll ring u back on 0412 558 903 this arvo 📞🛶",
            "We have reviewed your intake form, including the pregnancy and the high blood pressure you disclosed, and our therapists will tailor your next treatment plan accordingly.",
            "Thanks Declan, it was great having you, Siobhan and the two young lads in the family room on Saturday the 14th of June — sorry again the shower was lukewarm.",
            "Refund sent to s.harwood88@gmail.com, Mrs Harwood — apologies for the cancelled seal trip.",
        ],
        "fr": [
            "Un grand merci pour ce joli commentaire, il nous a fait très plaisir. Nous sommes ravis que la traite du matin et le tour en tracteur jusqu'aux pommiers vous aient plu, et que le cidre maison ait trouvé preneur. Le doudou lapin oublié dans la chambre partira demain par la poste au nom de Madame Lefèvre, 14 rue des Tilleuls à Caen. Revenez nous voir au printemps, c'est la saison des agneaux et c'est un vrai spectacle.",
            "Salut Marc-André! ta réservation #QC-55721 est remboursée, check ton virement Interac 👍",
            "Madame Perrin, nous confirmons l'annulation de votre cure prescrite pour l'arthrose du genou et le remboursement du montant sur votre compte se terminant par 3308.",
            "Merci Sophie, et bonjour à Olivier ! On vous rappelle au 0475 12 34 56 pour recaser votre croisière du samedi.",
            "Monsieur Benali, appartement 312 du 3 au 7 mars : la caution vous a été restituée.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for staying with us in the Dales, and for the kind words about the view from the top room — it never gets old for us either. We're glad the packed lunches kept you going on the Three Peaks, and that you found the drying room for those boots. Reading the rest of it, though, it's plain you turned up looking for something to moan about so you could wriggle out of paying full price. We wish you safe travels and hope the rest of your walking holiday went well.",
            "Some people are just born whiners, and you're one of them.",
            "another freeloader fishing for a free night 🙄🙄 not happening",
            "It is evident from your conduct on the day and from the tone of this review that your intention was never to relax, but to obtain a complimentary visit by whatever means necessary.",
            "You were rude to my wife, rude to the dog, and now you're telling porkies online — a right chancer, so you are.",
        ],
        "fr": [
            "Merci pour votre séjour et pour vos compliments sur la décoration des chambres, qui nous ont fait plaisir. Nous sommes ravis que le bar à vins du rez-de-chaussée et la terrasse sur la place vous aient séduit, et que vous ayez trouvé le quartier des Chartrons aussi charmant que nous. Pour le reste, il est évident que vous êtes venu avec l'idée de trouver un prétexte pour ne pas payer votre deuxième nuit. Nous vous souhaitons une bonne continuation et de belles découvertes dans la région.",
            "T'es juste un chialeux professionnel, tout le monde l'a vu au quai.",
            "Votre mauvaise foi est manifeste, Monsieur : vous saviez parfaitement que le hammam était en entretien et vous cherchiez simplement à obtenir un geste gratuit.",
            "On a rarement croisé quelqu'un d'aussi mal élevé, vu votre façon de parler à notre réceptionniste.",
            "menteuse et radine en plus 🤥 ça se voyait dès que t'es arrivée au ponton",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for joining us on the morning tour out of the harbour, and for your kind words about the crew and the hot chocolate on the way back. We're glad the puffins and the seals gave you plenty to photograph, and that the fog lifted just in time for the lighthouse. As for the whales not turning up, we've had a stern word with them about punctuality and they've promised to check the timetable next time. Hope you'll come sail with us again before the season ends.",
            "Wow, a hair in the sink. Truly the worst thing that's ever happened to anyone.",
            "omg the water was WET?? 😱😱 who could've seen that coming on a kayak trip 🙃",
            "We have duly noted your view that thermal water is, in your expert opinion, too warm, and have forwarded your comments to the volcano concerned.",
            "Sorry the cows were too loud for you. We'll ask them to keep it down the next time you visit the countryside.",
        ],
        "fr": [
            "Merci pour votre séjour à la ferme et pour vos gentils mots sur la chambre et le petit-déjeuner. Nous sommes heureux que la fourme et le pain de notre voisin boulanger vous aient régalés, et que la vue sur les volcans ait été au rendez-vous. Quant au coq qui chante à cinq heures, promis, on lui offre une montre et des bouchons d'oreilles pour Noël. Au plaisir de vous revoir, peut-être quand les foins seront rentrés.",
            "Ahh ben oui, l'eau du lac était frette en mai, quelle surprise 🙄😂",
            "Nous prenons bonne note que la vue sur le Léman ne répondait pas à vos exigences et étudions dès à présent la possibilité de déplacer le lac.",
            "Oh là, des escaliers dans une maison de maître, on n'avait encore jamais vu ça, dites donc.",
            "Bravo pour ce roman, on attend le tome 2 avec impatience.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for choosing us for your stay in Manchester, and for the lovely comments about the apartment itself — we're glad the bed was as comfy as promised and that the view over the canal made up for the grey skies. It's great to hear the welcome pack and local tips came in handy. The mix-up with your key cards was entirely down to Kieran on the night desk, who has been given a formal warning. We hope to see you back soon, and do try the bakery on the corner next time if you didn't get the chance.",
            "That was Tyler's screw-up, not ours. He's been let go.",
            "soz about brekkie, Shazza was running late again 🙄 she's on her last warning",
            "Following an internal review, we have established that the booking error was attributable to our receptionist, Ms. Duval, who has since been subject to disciplinary measures.",
            "Let's just say Ciarán won't be skippering the evening trips for a while after that performance.",
        ],
        "fr": [
            "Merci pour votre visite aux thermes et pour vos mots si aimables sur les bassins et le cadre. Nous sommes ravis que le parcours aquatique et la tisane servie à la sortie vous aient apporté la détente que vous cherchiez après une semaine chargée. Le massage écourté est entièrement de la faute de Nadège, qui a été sanctionnée. Nous espérons vous revoir bientôt pour une journée plus complète, et vous souhaitons un bel automne.",
            "C'est Jessy qui a oublié ta réservation, inquiète-toi pas, il va se faire parler dans le casque.",
            "C'est Kevin qui était de service au petit-déjeuner ce matin-là, il a encore oublié les œufs, on l'a recadré.",
            "Il ressort de notre enquête interne que Monsieur Rochat, notre réceptionniste de nuit, a manqué à ses obligations ; il ne fait plus partie de nos effectifs.",
            "dsl c Mathis le skipper qui s'est planté d'horaire 😤 il va entendre parler du pays",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for visiting, and for the lovely comments about the rooftop pool at sunset — it's our favourite spot too. We're glad the treatments and the herbal tea lounge hit the spot after a long week. The outdoor pool was cooler than usual because a pump failed on the Thursday, the engineer couldn't come until after the bank holiday, the replacement part had to come from Germany, two of our maintenance team were off sick, the council had dug up the road outside, and it was honestly the busiest week we've had since reopening. We hope to see you again soon for another relaxing day.",
            "mate the wind came up outta nowhere, BOM said 10 knots, two of our guides were crook, the trailer had a flat and the boat ramp was chockers with the fishing comp so yeah that's why we were late 🤷‍♂️",
            "Please note that the delay at check-in resulted from a combination of factors: a system migration undertaken by our property-management provider, an unexpectedly high volume of arrivals, a city-wide taxi strike affecting staff commutes, revised cleaning protocols mandated by head office, and the late departure of the previous occupants.",
            "Sure the hot water was only off because the plumber was at a funeral, the oil delivery was late with the storm, my sister was in hospital so I was up and down to Galway all week, and the immersion's been temperamental ever since the lightning in March.",
            "The AC was out because of the heat advisory, every HVAC contractor in town was booked solid, the building is historic so we can't put in window units, the landmarks commission has to sign off on any change, and our insurance won't allow portable units in the rooms.",
        ],
        "fr": [
            "Merci pour votre séjour chez nous et pour vos compliments sur le kougelhopf du matin et la chambre sous les poutres. Nous sommes heureux que la route des vins et les petits villages alentour vous aient autant plu, et que vous ayez pu goûter au munster de la ferme voisine. Si l'eau chaude a manqué, c'est que le chauffagiste était en congé, que la chaudière a plus de vingt ans, que la pièce de rechange n'est plus fabriquée, que le fioul a été livré en retard à cause de la neige et que nous avions ce week-end-là toutes les chambres pleines. Au plaisir de vous accueillir à nouveau, peut-être pour les marchés de Noël.",
            "Le chalet était froid parce qu'Hydro a coupé le courant, la génératrice était au garage, le gars du bois est pas passé, pis en plus la tempête a bloqué le rang toute la nuit.",
            "Nous tenons à préciser que la température du bassin extérieur résultait de la conjonction de plusieurs facteurs : travaux de maintenance planifiés de longue date, conditions météorologiques exceptionnelles, contraintes réglementaires cantonales en matière de traitement de l'eau, absence imprévue de notre technicien et forte affluence liée aux vacances scolaires.",
            "la croisière a sauté pcq la Meuse était trop haute, l'écluse était en panne, le capitaine avait la grippe et avec la grève de la SNCB son remplaçant pouvait pas venir 🤷",
            "Le bruit venait du chantier d'en face autorisé par la mairie, la climatisation dépend du règlement de copropriété, le syndic refuse de changer les fenêtres et nous ne sommes pas responsables du festival.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for staying with us on the farm, and for the kind words about the cottage garden and the walks along the river. We're glad the eggs from our hens went down well at breakfast, and that the farm shop kept you stocked up for the week. There were no mice in the cottage at any point during your stay — that simply did not happen. We hope you enjoyed the rest of your time in Devon and that the drive home was an easy one.",
            "No. There was no bed bug issue in that unit.",
            "nah nobody got left behind on the river, never happened 🙅‍♂️",
            "We can categorically confirm that no member of our team entered your treatment room during your session.",
            "There was never a charge put on your card for the breakfast, not then and not since.",
        ],
        "fr": [
            "Merci pour votre passage chez nous et pour vos compliments sur l'accueil et la décoration. Nous sommes ravis que vous ayez apprécié la Croix-Rousse, les traboules et les bouchons que nous vous avions conseillés. Il n'y a jamais eu de punaises de lit dans nos chambres, ni pendant votre séjour ni avant. Nous espérons avoir le plaisir de vous recevoir à nouveau lors d'un prochain passage à Lyon.",
            "Voyons donc, personne t'a chargé deux fois, ça s'est pas passé.",
            "Nous contestons formellement que l'eau du bassin ait été trouble ce jour-là.",
            "Aucun kayak n'était percé, ça n'est jamais arrivé chez nous, une fois.",
            "y avait pas de bruit la nuit, point 🙂",
        ],
    },
}

BLIND102_GOOD: dict[str, list[str]] = {
    "en": [
        "Ah thank you, that's a lovely review to wake up to. We're delighted the brown bread went down well and that the fire in the sitting room made up for the rain on the Dingle road. Safe home, and come back to us whenever you're down this way.",
        "We're sorry the dishwasher in your apartment packed in halfway through the week — not what you want with a week of meals to cook. It's been replaced, and our housekeepers now run a quick appliance test at every changeover. If you drop us a line at guestcare@quaysideapartments.co.uk, we'd like to make this right properly.",
        "Thanks for paddling with us! Heads up for next time: every hire gets a stamp on our paddle card and your sixth hire is free — that's for everyone, whether you leave us a review or not. See you on the river.",
        "Thank you for the kind words about the mineral pools. For anyone planning a visit, we're open 8 a.m. to 10 p.m. daily and our front desk is on (250) 555-0147 for soaks and massages.",
        "Thank you so much! Morag will be thrilled you enjoyed her commentary on the puffins — she's been running this trip for eleven seasons and still gets excited every time. Hope to see you aboard again.",
        "You're right that Oliver gave you the wrong time for breakfast, and we're sorry. That one's on us rather than him: the welcome sheet he was reading from was out of date, and we've reprinted it. Please get in touch at hello@thelarkhotel.co.uk if there's anything else we can do.",
        "Sorry the shearing demo got called off — the contractor's truck broke down on the highway. We've already refunded the activity fee in full, so it should land in a few business days. Hope the lambs made up for it a bit.",
        "We're sorry the steam room was closed when you came. A sensor failed that morning and we couldn't safely open it until the engineer had been out. It's working again now, and we'd love to welcome you back.",
        "Thank you for your feedback, and we're sorry the cancellation didn't go the way you'd hoped. Under the booking terms shown at checkout, the rate you chose was non-refundable within seven days of arrival. We know that's frustrating, and our reservations team at reservations@meridianresidences.com is happy to see whether the dates can be moved instead.",
        "Thanks for the honest review. We're sorry the life-jacket rule felt like a hassle for strong swimmers — our insurance and Transport Canada both require everyone on the water to wear one, and we'd rather be a little annoying than take any chances. Hope you'll paddle with us again.",
        "We're so sorry your car was broken into in our yard overnight — that's the last thing anyone wants on holiday. We've passed our CCTV footage to the Gardaí to help with your report, and if your insurer needs anything from us, just ring the house on 066 915 1234.",
        "Fair call on the coffee — our skipper makes a brilliant trip and a truly terrible flat white. We've put a proper machine on the deck so nobody suffers like that again. Thanks for coming out with us!",
        "Thank you for the three stars and for taking the time to tell us what would make it a five for you. The point about the farm track being rough in the dark is a fair one, and we're putting in solar lights before spring.",
        "Thank you for your review. Our housekeeping log shows the room was serviced each morning, but we may well have missed something and we'd genuinely like to understand what happened. Could you give us a call on 0131 555 0190 and ask for the duty manager?",
        "We were so sorry to read about your loss, and touched that you chose to spend a quiet day with us at such a hard time. Our thoughts are with you and your family.",
        "Congratulations on the new job and the big move! We're glad our place made a comfortable first home in the city while you found your feet. Best of luck with everything.",
        "Thanks for the feedback, and sorry your youngest couldn't join the sea-kayak tour. We only take paddlers aged ten and over past the headland, because the swell there can be a lot for small arms. Our sheltered lagoon trip takes little ones from five, and we'd love to see you all there.",
        "You're right that our rates went up this year, and we're sorry it came as a surprise. Our energy bills nearly doubled and we've chosen to keep breakfast fully homemade rather than cut corners. Thanks for sticking with us all the same.",
        "Ahh thank you!! 🐬🐬 so glad the dolphins showed up for you, best day of the season for sightings! come back soon x",
        "Thanks for staying. Glad the location worked for you.",
        "Thanks a million for the kind words! Delighted the calves were a hit, and the hens say they've never been fed so well.",
        "We apologise that your treatment began twenty minutes late. This fell short of the standard we set ourselves, and we have since added a buffer between sessions in our therapists' schedules. We would welcome the chance to discuss this further; please contact our guest relations team at care@lumenthermalspa.com.",
        "Really sorry the trip was cut short when the wind picked up. Your full refund went back to the original payment method this morning. Here's hoping we get better weather for you next time.",
        "Thank you! We'll make sure Priya hears you loved her restaurant tips — she's our unofficial food critic and takes the job very seriously.",
        "Sorry about the lift being out for two nights of your stay. A part had to come down from Brisbane, which took longer than we'd like. It's all sorted now — thanks for your patience on the stairs.",
        "Thank you so much for the lovely words. A tip for anyone reading: we run a bring-a-friend offer where any guest who books with someone new gets 10% off both rooms. It's open to everybody, review or no review.",
        "Haha, guilty — our sauna does run hot. We've put a clearer sign on the door so nobody else gets a surprise. Thanks for the laugh and the lovely review!",
        "Thank you for your feedback. For the safety of all passengers, guests must remain seated while the vessel is under way in open water; we appreciate this can feel restrictive when wildlife appears, and our crew will always slow down and announce when it is safe to stand.",
        "Thanks for your review. We see the distance to the village a bit differently — it's about a ten-minute drive, as the listing says — but we completely understand it felt further after a long day. If you'd like to chat about it, my number is 01822 555 310.",
        "We're sorry the apartment wasn't ready at 3 pm as promised. We've refunded the first night as an apology, and we've changed how our cleaners are scheduled on busy Saturdays so it doesn't happen again.",
        "Legends 🛶🔥 thanks heaps for coming out! all our paddlers get a free photo pack from the day, just flick us an email at hello@ridgelinepaddle.com.au",
        "Eh, thank you, love. Glad the full English set you up for the walk to Malham Cove. Come back and see us in the autumn when the colours are in.",
        "We're sorry your suitcase was damaged in our luggage room. We've logged it with our insurer and sent the claim form from manager@harlowhousehotel.com; just reply there and we'll take care of the rest.",
        "We hear you on the higher entry price, and we're sorry it wasn't flagged clearly on the website when you booked. The increase pays for new filtration on the outdoor pools, and the site is now updated. Our weekday twilight ticket is still the same price as last year.",
        "Congratulations to you both on the engagement! We'd no idea what was coming when you asked us to stop off by the lighthouse — the whole crew is delighted for you.",
        "We're so sorry to hear your old dog passed not long after your stay. She was a gentle soul around the sheep, and we're glad she had a good run in the paddocks. Thinking of you.",
        "Thanks for taking the time to write. We see the parking fee a little differently, since it's listed on the booking page and in the confirmation, but we understand it was a surprise at the desk and we're sorry about that. Give us a call on (604) 555-0183 if you'd like to talk it through.",
        "Sorry that Jamie sent you to the wrong launch point. That's our mistake — our map didn't show the new slipway — and we've fixed it and briefed the whole team. Apologies for the long carry with the boats.",
        "Thank you — a five-star review from a first-time visitor makes our week.",
        "Apologies for the road noise. It's a fair point, and we're fitting secondary glazing in the front rooms this winter. You'll find us at Seaview House, Salthill, and on 091 555 288 if you'd like a quieter room at the back next time.",
    ],
    "fr": [
        "Quel plaisir de lire votre message ! Nous sommes ravis que la confiture d'abricots du jardin ait eu autant de succès au petit-déjeuner, et que la chambre des Oliviers vous ait offert le calme que vous cherchiez. Revenez quand les lavandes seront en fleur, c'est encore plus beau.",
        "Nous sommes désolés que le lave-linge de votre studio soit tombé en panne pendant votre séjour. Il a été remplacé et notre équipe vérifie désormais chaque appareil entre deux arrivées. N'hésitez pas à nous écrire à accueil@residencelesquais.fr pour que nous puissions en parler.",
        "Merci pour votre passage ! Petit rappel pour tout le monde : avec notre carte de fidélité, la sixième location est offerte, que vous nous laissiez un avis ou non. À bientôt sur l'Ardèche !",
        "Merci pour vos mots aimables. Pour préparer votre prochaine visite, nos bains sont ouverts tous les jours de 9 h à 21 h, et notre réception répond au 027 555 01 42.",
        "Un grand merci ! On transmet vos compliments à Jordan, notre capitaine : il adore raconter l'histoire de la citadelle et ça s'entend. Au plaisir de vous revoir à bord.",
        "Vous avez raison : Camille vous a donné un mauvais horaire pour le spa, et nous vous présentons nos excuses. L'erreur vient de nous et non d'elle, car le livret d'accueil n'avait pas été mis à jour ; c'est corrigé. Écrivez-nous à contact@hotel-la-glycine.fr si nous pouvons faire quoi que ce soit.",
        "Désolés que l'atelier fromage ait été annulé : notre fromager était malade ce jour-là. Nous vous avons déjà remboursé l'atelier en totalité, le virement devrait apparaître sous quelques jours.",
        "On est vraiment désolés que le bain nordique était fermé à votre arrivée. Une pompe a lâché le matin même pis on pouvait pas rouvrir sans le technicien. Tout est réparé, on a bien hâte de vous revoir.",
        "Merci pour votre retour, et désolés que l'annulation se soit mal passée pour vous. Le tarif choisi était non remboursable à moins de sept jours de l'arrivée, comme l'indiquent nos conditions générales de vente. Notre équipe réservations (reservations@residence-alba.fr) peut toutefois regarder avec vous s'il est possible de décaler les dates.",
        "Merci pour ton commentaire! Désolés si la veste de flottaison t'a semblé de trop, mais notre assurance pis Transports Canada l'exigent pour tout le monde sur l'eau. On aime mieux être un peu tatillons que prendre une chance.",
        "Nous sommes navrés pour l'effraction de votre voiture sur notre parking. Nous avons remis les images de la caméra à la police de Namur pour appuyer votre plainte, et si votre assurance a besoin d'une attestation, appelez-nous au 081 55 12 34.",
        "Vous avez raison, notre café à bord était imbuvable — le capitaine est bien meilleur à la barre qu'à la cafetière. Nous avons acheté une vraie machine pour la saison prochaine. Merci pour la balade en votre compagnie !",
        "Merci pour vos trois étoiles et pour vos remarques précises. Le chemin mal éclairé le soir est un vrai point à améliorer : des bornes solaires seront posées avant l'été.",
        "Merci pour votre avis. D'après notre planning, votre chambre a bien été faite chaque matin, mais il est tout à fait possible qu'un détail nous ait échappé. Nous aimerions comprendre : pourriez-vous appeler la réception au 022 555 18 00 et demander la direction ?",
        "Nous avons été très touchés par votre message et vous présentons nos sincères condoléances. Merci d'avoir choisi de passer un moment de calme chez nous dans une période si difficile.",
        "Félicitations pour ce nouveau poste et pour le déménagement ! Ravis que notre studio ait été un bon point de chute le temps de trouver vos marques. Belle suite à vous.",
        "Merci pour votre retour, et désolés que votre plus jeune n'ait pas pu faire la sortie en mer. Au-delà de la pointe, nous n'acceptons les enfants qu'à partir de dix ans, car la houle peut y être forte. Notre balade dans l'anse abritée est ouverte dès cinq ans, on vous y attend avec plaisir.",
        "Vous avez raison, nos tarifs ont augmenté cette année et nous sommes désolés de ne pas l'avoir signalé plus clairement. Le chauffage et l'électricité nous coûtent presque le double, et nous tenons à garder un petit-déjeuner entièrement fait maison. Merci de votre fidélité malgré tout.",
        "Trop contents que les dauphins soient venus vous dire bonjour 🐬🐬 merci pour ce gentil mot et à très vite !",
        "Merci pour votre séjour. Ravis que l'emplacement vous ait convenu.",
        "Merci vivement pour ce beau commentaire ! Les veaux ont eu leur petit succès, et les poules n'ont jamais été aussi gâtées. Au plaisir de vous accueillir à nouveau sur l'alpage.",
        "Nous vous prions de nous excuser pour le retard de vingt minutes de votre soin. Cela ne correspond pas à nos standards et nous avons depuis revu l'organisation du planning de nos praticiens. Notre service relation clients reste à votre disposition à l'adresse relationclients@thermes-du-val.fr.",
        "Vraiment désolés que la sortie ait été écourtée à cause du vent. Le remboursement complet a été effectué ce matin sur le moyen de paiement utilisé. On croise les doigts pour une meilleure météo la prochaine fois !",
        "Merci beaucoup! On va dire à Émilie que ses suggestions de restos vous ont plu, elle prend son rôle de critique gastronomique très au sérieux.",
        "Désolés pour l'ascenseur en panne pendant deux jours. La pièce devait venir d'Allemagne et a mis plus de temps que prévu. Tout fonctionne à nouveau, merci pour votre patience dans les escaliers.",
        "Merci pour ce joli message. Pour information, nous proposons à tous nos hôtes une offre parrainage : si vous réservez avec des amis qui ne sont jamais venus, chacun a 10 % de remise. C'est valable pour tout le monde, avis ou pas.",
        "Coupables ! Notre sauna est réglé un peu fort, on l'avoue. Un panneau plus clair a été installé à l'entrée pour que personne ne soit pris par surprise. Merci pour le sourire et pour ce bel avis.",
        "Nous vous remercions pour votre retour. Pour la sécurité de tous, les passagers doivent rester assis lorsque le bateau navigue en eaux ouvertes ; nous comprenons que cela puisse frustrer lorsqu'un animal apparaît, et notre équipage ralentit et annonce toujours le moment où l'on peut se lever.",
        "Merci pour votre avis. Nous voyons les choses un peu différemment sur la distance du village, à une dizaine de minutes en voiture comme l'indique l'annonce, mais nous comprenons que cela ait paru long après une grande journée. Si vous souhaitez en parler, je suis joignable au 04 73 55 12 34.",
        "Nous sommes désolés que l'appartement n'ait pas été prêt à 15 h comme promis. La première nuit vous a été remboursée en guise d'excuses, et nous avons revu l'organisation du ménage les samedis chargés.",
        "Merci gang 🛶🔥 tous nos pagayeurs reçoivent les photos de la sortie gratis, écrivez-nous juste à bonjour@pagaieboreale.ca",
        "Merci beaucoup, c'était un plaisir de vous avoir à la maison. Contents que les boulets sauce lapin vous aient plu ! Revenez quand vous voulez, la porte est toujours ouverte.",
        "Nous sommes désolés que votre valise ait été abîmée dans notre bagagerie. Nous avons déclaré le sinistre à notre assureur ; il vous suffit de répondre au courriel envoyé par direction@maison-ferrand.fr et nous nous occupons du reste.",
        "Vous avez raison sur la hausse du prix d'entrée, et nous regrettons qu'elle n'ait pas été mieux indiquée sur notre site au moment de votre réservation. Elle finance la nouvelle filtration des bassins extérieurs. Le tarif du soir en semaine, lui, n'a pas bougé.",
        "Toutes nos félicitations pour vos fiançailles ! On ne se doutait de rien quand vous avez demandé un arrêt au pied du phare — tout l'équipage est ravi pour vous.",
        "On est de tout cœur avec vous. Merci d'avoir pris le temps de nous écrire malgré la peine, ça nous touche beaucoup.",
        "Merci d'avoir pris le temps d'écrire. Nous voyons les frais de parking un peu autrement, puisqu'ils figurent sur la page de réservation et dans la confirmation, mais nous comprenons la surprise à l'arrivée et nous en sommes désolés. Appelez-nous au 021 555 44 10 si vous souhaitez en discuter.",
        "Désolés que Théo vous ait envoyés au mauvais point de mise à l'eau. C'est notre erreur : notre plan n'indiquait pas la nouvelle cale. Il est corrigé et toute l'équipe a été informée.",
        "Merci pour ces cinq étoiles, ça fait chaud au cœur venant d'une première visite !",
        "Pardon pour le bruit de la route, la remarque est juste : nous posons du double vitrage côté rue cet hiver. Vous nous trouverez au 3 chemin des Pommiers à Honfleur, ou au 02 31 55 67 89 pour réserver la chambre côté jardin lors de votre prochain séjour.",
    ],
}
