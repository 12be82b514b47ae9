"""Blind reply set, round 20: owner replies the pre-post check has never seen.

Who and when: written by helper 18b20, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 18").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not used in earlier rounds (medical labs and blood-test
centres, hearing-aid and mattress shops, kitchen fitters, curtain makers,
upholsterers, antique dealers, auction houses, stamp, comic-book and
video-game shops, board-game cafés, karaoke bars, laser tag, axe throwing,
ice and roller rinks, waterparks, arcades, planetariums, aquariums, botanical
gardens, castles, city tours, balloon rides, parachute and diving schools,
marinas, canal boats, carriages, wedding-dress and costume hire, party
supplies, balloon artists, magicians, DJs, sound hire, event caterers, school
canteens, student residences, co-living, retirement homes, home care,
ambulance taxis, driving test and MOT/contrôle technique centres, tyre
fitters, scooter hire, car parks, petrol stations, motorway services, railway
cafés, airport lounges, luggage storage, travel agencies, visa services,
notaries, accountants, bank branches, post offices and libraries).  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 16 file, read only to copy its format,
the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or earlier blind set, any
other helper's worktree, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Besançon, Dijon, Clermont-Ferrand, Pau, Brest, Amiens,
Mulhouse, Nouméa, Tahiti, Haïti, Lebanon, Fribourg, Charleroi, Abitibi, Côte
d'Ivoire and Gabon, texting, very formal administrative French and an older
speaker's very polite style, unaccented French; English from Leeds,
Sheffield, Edinburgh, Galway, Swansea, the Isle of Man, Tasmania, Darwin,
Christchurch, Johannesburg, Harare, Lahore, Dhaka, Hong Kong, Trinidad,
Minnesota, Alabama and anglophone Quebec, texting with emoji, very formal
corporate English and an older speaker's very polite style; indirect
phrasings and euphemisms; short one-liners; and, for every code and language,
one long warm reply (the first of each list) whose fault sits in a single
clause.  Good replies include look-alikes that are not faults: a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, thanks to happy customers, an
invitation to call or e-mail, an apology for a named employee's mistake with
the business taking responsibility, short warm thanks, congratulations on an
event, condolences, a safety rule explained kindly, a price change explained
with an apology and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND20_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "What a lovely thing to read on a grey Monday morning in Leeds, thank you. Choosing a mattress is such a personal decision, and we're so glad Priya took the time to let you lie on every single one of the pocket-sprung range until you found the right firmness for your back. Hearing that you've slept through the night for the first time in months honestly made the whole shop smile. We hope the free delivery team were careful on those narrow stairs too. If you'd nudge your review up to the full five stars, we'll send a pair of our memory-foam pillows round with our compliments. Sweet dreams, and thanks again!",
            "Ta for the feedback! Change it to 5 stars and yer next arcade card gets £10 of free credit loaded on it 👾🕹️",
            "We would of course be delighted to waive the storage fee on your next visit, should you find it in your heart to reconsider the rating you have left us.",
            "Yah sorry bout the queue at the rink 🙏 take this review down and we'll sort u a free skate hire n hot choc next time ✌️",
            "Dear valued customer, in recognition of any amended assessment of our lounge reaching five stars, complimentary access for one companion will be credited to your membership.",
        ],
        "fr": [
            "Bonjour et un immense merci pour ce beau message après votre séjour chez nous à Pau. Nous sommes ravis que la descente en canoë jusqu'au moulin vous ait autant plu, et que vos enfants aient adoré nourrir les canards à l'écluse. Notre équipe met beaucoup de cœur à préparer les bateaux chaque matin, et lire que tout était impeccable nous fait vraiment chaud au cœur. Si vous acceptiez de remonter votre note à cinq étoiles, nous vous offririons une demi-journée de location lors de votre prochaine visite. Au plaisir de vous revoir sur le canal !",
            "mdr merci 😂 si tu mets 5 etoiles t as une partie de laser game gratos pour toi et un pote, montre juste l ecran a l accueil 🔫",
            "Nous serions heureux de vous faire parvenir un petit geste commercial dès que votre commentaire aura été retiré de la plateforme.",
            "Mèsi anpil chérie ! Mettez-nous 5 étoiles et le gâteau pour l'anniversaire de votre petit est offert, on vous promet 🎂",
            "Merci pour votre retour. Un bon d'achat de 20 euros vous attend en boutique si vous modifiez votre avis, il suffit de nous montrer la nouvelle version.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for coming along to our planetarium show last Saturday and for sharing your thoughts. We're really pleased your two girls enjoyed the journey through the rings of Saturn, and our presenter was chuffed to hear the question about black holes was the highlight of their day. We're a small charitable trust in Sheffield and every visitor matters to us; we've passed your note about the café prices on to the board. Please be aware that our legal adviser has a copy of this review and we won't hesitate to pursue you if the claim about the refund stays up. We hope to see you under the dome again.",
            "We know exactly which caravan is yours on the park, pal. Might want to think about that.",
            "Our solicitors in Douglas have been instructed. Remove this by Friday or expect a letter.",
            "Eish, you really want to play this game? We have your face on camera at the luggage desk and we're not shy to post it 📸",
            "Sir, kindly note that defamation is a criminal matter here and our family is well connected with the local police. Think carefully before writing again.",
        ],
        "fr": [
            "Bonjour Madame, et merci d'avoir partagé votre ressenti après la vente aux enchères de dimanche à Dijon. Nous sommes heureux que la commode Louis-Philippe ait trouvé une si belle place dans votre salon et que notre commissaire-priseur ait pu répondre à toutes vos questions sur sa provenance. L'ambiance de la salle était effectivement exceptionnelle ce jour-là, et nous remercions tous les amateurs présents. Nous vous informons néanmoins que votre commentaire a été transmis à notre conseil, qui envisage des poursuites pour dénigrement. Nous vous souhaitons de belles trouvailles.",
            "On sait ou tu habites, tu sais. Le bourg est pas grand.",
            "Il serait regrettable pour vous que certaines informations concernant votre comportement dans nos locaux viennent à circuler. Nous vous laissons y réfléchir.",
            "Ekoute bien toi, on a ta plaque d'immatriculation et ta photo sur la caméra, si ton avis n'est pas enlevé d'ici demain tu vas voir ça va chauffer 😤",
            "Votre avis fait l'objet d'un signalement auprès de notre service contentieux. Toute réitération donnera lieu à une plainte nominative.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to write such a detailed review of your hearing test with us. We completely understand how unsettling it can be to notice that conversations at family dinners have become harder to follow, and we're so glad our audiologist was able to explain your results clearly and patiently. The behind-the-ear aids you chose are one of our most popular models and we're confident they'll make a real difference once you've settled in. We've noted your follow-up appointment at 2:30pm on 14 January under Mr Gerald Hutchinson, so we'll see you then. Wishing you many happy conversations in the meantime.",
            "Hi Shanice! We tried ringing you on 0868 412 907 about your deposit but no answer, give us a shout 😊",
            "Booking ref CB-44817, canal boat Kingfisher, 3-night hire from 8 August: our records show the boat was returned with a damaged tiller.",
            "Sorry to hear about the delay, Mr Okonkwo. Your Visa ending 4421 was charged only once, you can check with your bank.",
            "Y'all, Tammy from 14 Magnolia Drive in Dothan knows full well her costume came back torn.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour votre message chaleureux après la réception de mariage. Nous sommes touchés que le buffet de fruits de mer et la pièce montée aux framboises aient fait l'unanimité auprès de vos invités, et notre chef était ravi des compliments sur le foie gras maison. Organiser un repas pour cent vingt personnes dans une grange de Bretagne est toujours une belle aventure, et vous nous avez facilité la tâche. Nous avons bien noté la réclamation de Mme Gwenaëlle Le Goff, 12 rue de Siam à Brest, concernant le solde de la facture. Encore tous nos vœux de bonheur !",
            "Bonjour M. Tavita, votre véhicule immatriculé FR-882-ZK est prêt au contrôle technique depuis mardi, merci de passer.",
            "Madame Roux, votre prise de sang du 3 novembre à 7h45 a bien été réalisée et vos résultats ont été envoyés au Dr Martin.",
            "slt Kevin 👋 on t a envoye ton recap sur kevin.blanchard92@gmail.com, regarde dans tes spams",
            "Nous regrettons ce désagrément. Votre dossier de visa n° VS-2026-10993, déposé le 17 octobre pour le Canada, est toujours en instruction.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks so much for visiting the castle with your family over the half-term holidays, and for your kind words about the falconry display and the guided tour of the dungeons. We're delighted your boys loved dressing up in the armour, and our guides always enjoy a group that asks as many questions as yours did. We're a small heritage trust in Edinburgh and we put every penny from tickets back into the stonework. Frankly, you're just fishing for a free family pass, which is why this review reads the way it does. We hope you'll visit again one day.",
            "Total rubbish and you know it. You were never even in the lounge that day.",
            "It's funny how some people only discover problems after they've eaten everything on the plate.",
            "Ma'am wit all due respect yuh lyin, an everybody in the bar see yuh drunk and singin off key 🎤😂",
            "Some customers are simply impossible to please. You appear to be one of them, and a rather rude one at that.",
        ],
        "fr": [
            "Bonjour et merci de nous avoir rendu visite au jardin botanique de Besançon ce printemps. Nous sommes ravis que la serre tropicale et la collection de cactus aient plu à vos petits-enfants, et nos jardiniers ont été touchés par votre remarque sur les tulipes de la grande allée. L'entrée est gratuite et nous tenons à ce que chacun s'y sente bienvenu, quel que soit son âge. Il est tout de même clair que vous inventez cette histoire de banc cassé pour obtenir un dédommagement. Au plaisir de vous revoir parmi les fleurs.",
            "Vous mentez et vous le savez très bien.",
            "Certains clients semblent surtout venir pour repartir avec quelque chose de gratuit. Suivez mon regard.",
            "Wesh t'es un gros menteur, t'as jamais mis les pieds au laser game, arrête de raconter n'importe quoi 🤡",
            "Quand on est aussi mal élevé que vous, on évite de donner des leçons aux autres, savez-vous, une fois.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for choosing our balloon flight over the Canterbury Plains, and for the lovely photos you tagged us in. We're thrilled you got to see the Southern Alps glowing pink at sunrise, and our pilot Hemi was delighted you enjoyed the champagne breakfast after landing. Flying is always weather-dependent and we appreciate your patience with the two rebookings beforehand. Of course, we'll have a word with the wind and ask it to check your calendar next time, since that's clearly how ballooning works. Hope to fly with you again!",
            "Oh no, a queue at a waterpark in August. Who could possibly have predicted that.",
            "Wow, two stars because the aquarium had... fish. Groundbreaking stuff 🐟🙄",
            "Thank you for your expert advice on how to run a stamp shop, sir. We'll be sure to consult you before our next fifty years in business.",
            "Shame our magician couldn't make your bad mood disappear as well. Even he has limits 🎩",
        ],
        "fr": [
            "Bonjour et merci pour votre visite à l'aquarium de Brest avec votre classe de CM2. Nous sommes très heureux que les élèves aient adoré le tunnel des requins et la séance de nourrissage des phoques, et nos médiateurs garderont un très bon souvenir de leurs questions sur les pieuvres. Accueillir des groupes scolaires fait partie de notre mission et nous y mettons tout notre cœur. Quant aux deux étoiles pour l'odeur de poisson, bravo pour cette découverte stupéfiante dans un aquarium. Au plaisir de revoir vos élèves !",
            "Ah oui, une patinoire froide, quel scandale, on va appeler la presse.",
            "Merci pour cette analyse d'une profondeur rare. On va l'encadrer à côté de la caisse 🙃",
            "Quelle chance nous avons d'avoir un expert en tapisserie parmi nos clients. Vraiment, on ne sait pas comment on faisait avant vous.",
            "Oh la la, le DJ a pas passé ta chanson préférée ? Vite, appelons l'ONU 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for writing to us after your evening at our axe-throwing lanes in Swansea, and for the kind comments about the atmosphere and the music. We're so pleased your work team had a laugh and that your manager hit the bullseye on her very first throw. We pride ourselves on a safe, friendly venue and it's lovely to hear the safety briefing made everyone feel comfortable. The mix-up with the booking time was entirely down to Rhys, who didn't bother to check the diary that afternoon. We'd love to welcome you all back soon.",
            "Sorry about that — Kelsey was on the till and she's hopeless with the card machine.",
            "That would have been our Saturday lad, Tom. He's been told.",
            "Apologies for the chaos, our new driver Farhan got lost again even with the satnav, not the first time honestly 🙄",
            "We have reviewed the incident and can confirm that the error originated with our junior fitter, Mr Daniel Price, who failed to follow the installation procedure.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après la pose de votre nouvelle cuisine à Clermont-Ferrand. Nous sommes ravis que le plan de travail en chêne et l'îlot central vous plaisent autant, et que vos petits-enfants aient déjà pu y préparer leurs premières crêpes. Nous savons qu'un chantier de trois semaines chez soi est éprouvant et nous vous remercions pour votre patience et vos cafés. Le retard sur la hotte vient uniquement de Jérôme, qui avait oublié de passer la commande au fournisseur. Belle cuisine à vous !",
            "C'est Sandrine qui était à l'accueil ce jour-là, elle n'en fait qu'à sa tête.",
            "Désolé, c'est la faute à Mathis, le stagiaire, il comprend rien 🤦‍♂️",
            "Après vérification, il apparaît que l'erreur de facturation est imputable à Mme Lefèvre, collaboratrice de l'étude, qui n'a pas appliqué le barème en vigueur.",
            "Ah ça c'est Kouassi encore, il était pas concentré ce jour-là, on va le recadrer dèh.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for visiting our roller rink in Minneapolis and for your kind words about the disco lights and the retro playlist. We're really happy your daughter's birthday party was such a hit with her friends and that the cake we stored for you stayed cold. We know the skates handed out that day weren't up to scratch, but you have to understand the supplier was late, two staff called in sick, the sharpening machine broke on Thursday, the snowstorm closed the highway, our manager was at a funeral and the new rental system crashed twice before noon. We hope to see you rolling again soon.",
            "Look, the bus was late, the till was down, half the staff had flu, the heating packed in, it was the busiest Saturday of the year and the delivery never came, so there was really nothing more we could have done.",
            "In fairness to us the lab was short-staffed, the courier was late, the centrifuge needed recalibrating, the IT system updated itself overnight, the phones were down, and it was also a bank holiday weekend, so a delay of two hours was, if anything, quite reasonable given all that.",
            "Sorry but u gotta understand, fog at the airport, the van had a flat, the driver's kid was sick, Google Maps sent us the wrong way, AND the client before u took forever 🤷‍♂️🤷‍♂️ so like... not our fault really",
            "With respect, the curtains were late because the fabric mill in Belgium closed for a week, then the rail strike delayed the parcel, then our seamstress was on leave, then the measurements had to be redone because your window frame is not square, then the van failed its MOT, and then the hooks were out of stock nationally.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre visite au parc aquatique de Mulhouse avec toute la famille. Nous sommes très heureux que le toboggan géant et la rivière lente aient fait le bonheur de vos enfants, et que le snack vous ait plu. Nous comprenons votre déception pour la fermeture du bassin à vagues, mais il faut savoir que la pompe a lâché la veille, que le technicien venait de Strasbourg, que deux maîtres-nageurs étaient malades, que la météo annonçait de l'orage, que la préfecture nous avait demandé de limiter l'affluence et que la pièce de rechange était bloquée chez le transporteur. Au plaisir de vous revoir bientôt.",
            "Le retard s'explique par la grève, la panne du logiciel, l'absence de deux agents, le changement de prestataire, les travaux devant l'agence et l'afflux exceptionnel de dossiers en fin de mois, ce qui rendait tout autre délai parfaitement impossible.",
            "Faut comprendre, le camion est tombé en panne, le gars de la grue était pas là, il pleuvait, le client d'avant avait annulé, le canapé était plus lourd que prévu, l'ascenseur était en panne, bref c'était pas possible autrement hein 🤷",
            "Bonjour, nous tenons à préciser que l'attente était due au jour férié, aux vacances scolaires, au bateau arrivé en retard de Papeete, à la houle, au ponton en réparation, à la panne de la machine à café, au nouveau système de réservation et à l'absence de notre moniteur principal parti en formation.",
            "Sachez que le retard de livraison du matelas s'explique par un souci chez le fabricant, puis un problème de transport, puis une erreur d'adresse du transporteur, puis un entrepôt fermé pour inventaire, puis les intempéries, puis un camion en maintenance, donc franchement nous avons fait au mieux.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to write after your stay at our student residence in Galway this term. We're so pleased you enjoyed the new common room, the movie nights and the view over the bay from the fourth floor, and our reception team loved having you around at the Christmas dinner. We work hard to make the residence feel like a home from home for students from all over the world. That said, there was no leak in your room and no mould at any point, whatever this review claims. Best of luck with your exams!",
            "This never happened.",
            "We have no record of any such incident, and none of our staff were present. The event described did not take place.",
            "Nah, wasn't us. Never lost anyone's bag, never will 🙅‍♂️",
            "We categorically reject every element of this account. Our tyre fitters did not damage your alloy wheels, full stop.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à notre café-jeux d'Amiens avec vos amis un samedi soir. Nous sommes ravis que vous ayez découvert autant de nouveaux jeux et que la partie de Dixit se soit terminée dans un fou rire général. Notre équipe adore conseiller les joueurs et lire que l'ambiance vous a plu nous fait très plaisir. En revanche, il n'y a jamais eu de pièces manquantes dans nos boîtes, ni ce soir-là ni un autre. À bientôt autour d'une table !",
            "Ceci n'a jamais eu lieu.",
            "Faux. Aucun retard, aucun problème, rien.",
            "Nous contestons formellement l'intégralité des faits allégués. Aucune erreur n'a été commise par nos services.",
            "Y'a jamais eu de retard chez nous, jamais, mon frère, t'as dû confondre avec un autre 😒",
        ],
    },
}

BLIND20_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the lovely review! We're delighted the blood test was quick and painless, and we'll pass your thanks on to Aisha, who has the gentlest hands in Leeds.",
        "Cheers for the five stars! Glad the wee ones loved the penguins. See you next time 🐧",
        "We're sorry your kitchen worktop arrived with a chipped corner. Our supplier's lorry was damaged in transit, and we should have checked it before it reached your door. A replacement is on order, and we've refunded the £120 fitting charge for the second visit to your card.",
        "Thank you for your feedback. We've already refunded the full cost of the karaoke booth, and we're truly sorry the microphones cut out halfway through your friend's birthday. We've since replaced the whole sound system.",
        "Sorry to hear the MOT took longer than promised. That was our mistake: Callum booked two cars into the same slot, and as a business we should have caught it. We've changed how bookings are confirmed, and we'd be glad to talk it over on 0114 496 0731.",
        "Thank you for your kind words about the retirement home, and please accept our deepest condolences on the loss of your mother. It was a privilege for our carers to know her, and we will all miss her stories about the mill and her Sunday sherry.",
        "Congratulations on your wedding! We're so glad the gown felt perfect on the day, and Moira was thrilled to see the photographs. Wishing you both a long and happy life together.",
        "We appreciate your honest review. We understand the frustration with the sixty-minute jump delay. For safety, our instructors won't let anyone jump when wind gusts are above 20 knots, even if it means waiting. We know it's disappointing, and we're sorry the waiting area was so cold; we're adding heaters this winter.",
        "Hi there, we're sorry the price of your aquarium annual pass went up this year. Our energy bills for the tanks have nearly doubled, and we've tried to keep the increase as small as we can. We apologise for not announcing it earlier on our website.",
        "Thanks for your patience with the waiting list for the diving course. We limit each group to four learners so every diver gets proper attention from an instructor underwater, and that means places fill quickly. We'll e-mail you as soon as a spot opens up.",
        "Ha, fair point about our coffee, it's more of a suggestion than a drink at the moment. The new machine arrives next week and we promise the rest of the station will catch up soon. Thanks for the laugh and the four stars!",
        "Thank you for the three-star review. We'd respectfully point out that the parking tariff is displayed at the barrier and on each pay machine, but we can see the signs at the lower entrance are hard to read at night. We're replacing them, and we'd be happy to look at your ticket if you e-mail us at help@northgatecarparks.co.uk.",
        "Good evening, and thank you for taking the time to write. We are sorry that your luggage storage locker jammed. Our team at the Kowloon desk, open daily from 7am to 11pm, will be glad to help with any refund request; you can also reach us on +852 3001 2288.",
        "Everyone who shops with us collects a stamp on the loyalty card, whatever they think of us, and the tenth comic is always on the house. Thanks for popping in, and sorry the new issue had sold out.",
        "Thank you for recommending us to your friends! Our referral scheme is open to everyone: any customer who brings a friend gets £5 off their next game, no strings attached.",
        "We were sorry to read about your experience. If your scooter was stolen while parked at our bay, please report it to the police and keep the reference number; our insurer covers thefts from marked bays, and we'll help you with the claim.",
        "Thank you for your review. For your reassurance, our foyer is covered by CCTV, and we've checked the footage together with the police to help find your lost wallet. We hope it turns up soon, and please do ring us on 01624 555 019 if there's anything else we can do.",
        "Thanks so much for the five stars, darlin'. It's always a treat to see you and your grandkids at the rink on Saturdays. God bless!",
        "Thank you for the kind words about our carriage ride through the old town. The horses are fine, well fed and rested, and Jasper the Shire says thank you for the carrot.",
        "We're really sorry your tyre was fitted without the wheel being balanced properly. That's on us, and we'd like to put it right at no charge. Please call the Harare branch on +263 24 270 1234 and ask for the manager.",
        "Dear Sir, thank you for taking the time to share your concerns regarding our branch's opening hours. We regret any inconvenience caused. The decision to close on Wednesday afternoons was taken to allow staff training, and we apologise for not communicating it more clearly in advance.",
        "Thanks mate! Stoked you had a blast at laser tag 🎯 come back anytime",
        "Thank you for your review. We understand why you felt the cancellation policy for the canal boat was strict. Our terms, shared at booking, allow a full refund up to 14 days before departure, and we've already sent you a partial refund as a goodwill gesture. We'd be happy to discuss it further by e-mail.",
        "Thank you for your detailed feedback on the guided walking tour. We respectfully see things a little differently: the tour runs for two hours as advertised. But we hear you about the pace on the hill, and we'd love to hear more if you fancy giving us a ring.",
        "Dear Mrs Patterson, thank you ever so much for your very kind letter, which we have also pinned on the staffroom board. It has been a joy to look after your husband at home these past months, and Grace and Tendai asked me to send their warmest regards.",
        "Sorry the lounge was so crowded on Friday evening. A cancelled flight meant a lot of extra guests that night, and we should have opened the second room sooner. We're sorry for the wait for a seat.",
        "Thanks heaps for the kind words! The crew loved having your mob out on the water off the Top End. Happy diving 🐠",
        "We apologise that your hearing-aid repair took three weeks instead of one. The manufacturer's service centre was backlogged, and we should have kept you updated; we've arranged a loan pair for anyone waiting longer than a week from now on.",
        "Thank you for the honest review. You're right that the planetarium seats are getting old. We're fundraising to replace them next year, and in the meantime we apologise for the creaks.",
        "Hello, and thank you for your message. We're sorry your parcel was delayed at our counter. A staff shortage that week meant longer queues, and we apologise for the wait. You can track any item on our website or ask at the counter from 9am to 5:30pm.",
        "Big thanks from all of us at the arcade! Nice work on the high score on the pinball machine 🏆",
        "Thanks for letting us know. Our balloon artist, Jess, is a star, and we're so glad the twisted unicorns went down well at the party. We'll be sure to pass on your compliments.",
        "We're sorry the library's printer was out of order during your visit. It's been repaired now. If you need help with printing in future, our staff at the information desk are always happy to assist.",
        "Thank you for your review. We're sorry that the DJ played the first dance song late. Our DJ, Marcus, misread the running order; as the company who sent him, that mistake is ours, and we've refunded half of the fee to your account. We'd like to apologise personally if you'll take our call.",
        "Appreciate the five stars, friend. The lake was perfect for skating that weekend, and we're glad you and the kids had fun. Come back for hot cider anytime.",
        "We are sorry to hear that our visa service did not meet your expectations. Processing times depend on the embassy, not on us, but we understand how stressful the wait was and we apologise for not giving you clearer timelines. Please e-mail visas@swiftgate.pk and we'll check on your application personally.",
        "Thank you for staying with us at the co-living house. We're sorry the kitchen got so messy during the busy week. We've now added a second cleaning slot on Sundays, and we hope it makes a difference.",
        "Our sincere apologies for the taste of the school lunches last Tuesday. A delivery problem meant we had to change the menu at short notice. Parents are welcome to contact the kitchen office on 01792 480 300 with any concerns.",
        "Thank you very much for the lovely review, and happy 90th birthday to your grandmother! It was an honour to host her at the castle tea room.",
        "Thanks for stopping by the motorway services and for the two-star rating. We agree the toilets weren't up to standard on Sunday, and we're sorry. A cleaning contractor fell through that weekend; the new one starts this week.",
    ],
    "fr": [
        "Merci beaucoup pour ce bel avis ! Toute l'équipe du laboratoire est ravie que votre prise de sang se soit bien passée, et nous transmettrons vos compliments à Nadia, notre infirmière, qui a en effet la main très douce.",
        "Merci pour vos 5 étoiles, au plaisir de vous revoir à la patinoire !",
        "Bonjour, nous sommes désolés que votre nouveau matelas ait été livré avec une housse déchirée. Le transporteur a abîmé le colis et nous aurions dû le vérifier avant la livraison. Une housse neuve vous a été envoyée et les frais de livraison vous ont été remboursés.",
        "Bonjour Madame, nous avons bien remboursé l'intégralité de votre séance de karaoké et nous vous présentons toutes nos excuses pour la panne de micros en pleine soirée. Nous avons depuis changé tout le matériel.",
        "Bonjour, nous sommes sincèrement désolés pour ce contrôle technique qui a pris plus de temps que prévu. Notre contrôleur, Julien, a mal noté votre rendez-vous, et c'est à nous, en tant que centre, d'assumer cette erreur. Nous avons revu notre système de réservation. N'hésitez pas à nous appeler au 03 81 52 40 10.",
        "Nous vous présentons nos plus sincères condoléances pour la disparition de votre papa. Ce fut un honneur pour toute l'équipe de la résidence de l'accompagner ces dernières années ; ses histoires de pêche nous manqueront beaucoup.",
        "Félicitations pour votre mariage ! Nous sommes très heureux que la robe vous ait plu et que vous vous y soyez sentie si belle. Tous nos vœux de bonheur à vous deux.",
        "Bonjour et merci pour votre retour honnête. Nous comprenons votre déception face au report du saut. Par sécurité, nos moniteurs ne font sauter personne quand le vent dépasse 20 nœuds en rafales, même si cela implique d'attendre. Nous sommes désolés pour ce contretemps et nous espérons vous revoir très bientôt.",
        "Bonjour, nous sommes désolés pour l'augmentation du tarif de l'abonnement annuel de l'aquarium. Le coût de l'électricité pour chauffer et filtrer les bassins a presque doublé et nous avons essayé de limiter la hausse. Nous aurions dû l'annoncer plus tôt, toutes nos excuses.",
        "Merci de votre patience pour la liste d'attente du baptême de plongée. Nous limitons les groupes à quatre personnes afin que chaque plongeur soit bien accompagné sous l'eau, ce qui remplit vite les créneaux. Nous vous écrirons dès qu'une place se libère.",
        "Ha, vous avez bien raison pour le café, il tient plus de la tisane qu'autre chose en ce moment ! La nouvelle machine arrive la semaine prochaine, promis. Merci pour le fou rire et pour vos quatre étoiles.",
        "Bonjour, merci pour votre avis à trois étoiles. Nous nous permettons de préciser que les tarifs du parking sont affichés à la barrière et sur chaque borne de paiement, mais nous reconnaissons que le panneau de l'entrée basse est peu lisible la nuit. Nous le remplaçons et nous étudierons volontiers votre ticket si vous nous écrivez à contact@parking-gare-dijon.fr.",
        "Bonsoir et merci pour votre message. Nous sommes navrés que votre consigne à bagages se soit bloquée. Notre guichet de l'aéroport de Tontouta est ouvert tous les jours de 6 h à 22 h et vous pouvez aussi nous joindre au (687) 35 11 22.",
        "Chaque client reçoit un tampon sur sa carte de fidélité à chaque achat, quoi qu'il pense de nous, et la dixième BD est offerte. Merci de votre passage, et désolés que le nouveau tome ait été épuisé.",
        "Merci de nous avoir recommandés à vos amis ! Notre parrainage est ouvert à tous : chaque client qui amène un ami reçoit 5 euros de réduction sur sa prochaine partie, sans condition.",
        "Nous sommes désolés de ce qui vous est arrivé. Si votre trottinette a été volée alors qu'elle était garée sur notre emplacement, pensez à porter plainte auprès de la police et à garder le numéro de récépissé ; notre assurance couvre les vols sur les places signalées et nous vous aiderons dans vos démarches.",
        "Merci pour votre avis. Pour vous rassurer, le hall de l'agence est équipé de vidéosurveillance et nous avons visionné les images avec la police pour aider à retrouver votre portefeuille. Nous espérons qu'il sera vite retrouvé, et vous pouvez nous joindre au 04 73 90 12 34 pour tout besoin.",
        "Madame, Monsieur, c'est avec une profonde gratitude que nous avons lu votre aimable message. Nous avons été très honorés de vous accueillir à l'étude pour la signature de votre acte, et Maître Girard se joint à moi pour vous adresser nos respectueuses salutations.",
        "Merci pour votre gentil message sur la balade en calèche dans la vieille ville. Les chevaux se portent à merveille, ils sont bien nourris et reposés, et Caramel vous remercie pour la carotte.",
        "Nous sommes vraiment désolés que votre pneu ait été monté sans équilibrage correct. C'est notre faute et nous souhaitons réparer cela gratuitement. Appelez-nous au garage au 05 59 27 14 80 et demandez le responsable.",
        "Madame, Monsieur, nous accusons réception de votre avis relatif aux horaires d'ouverture du bureau de poste et vous prions de bien vouloir excuser la gêne occasionnée. La fermeture du mercredi après-midi permet la formation des agents ; nous regrettons de ne pas l'avoir annoncée plus tôt.",
        "merci bcp 🙏 trop content que le laser game vous ait plu, revenez quand vous voulez 🎯",
        "Merci pour votre avis. Nous comprenons que les conditions d'annulation de la location du bateau vous aient paru strictes. Nos conditions, communiquées lors de la réservation, prévoient un remboursement complet jusqu'à 14 jours avant le départ, et nous vous avons déjà envoyé un remboursement partiel à titre commercial. Nous restons à votre disposition par courriel.",
        "Merci pour votre retour détaillé sur la visite guidée. Nous voyons les choses un peu différemment, la visite dure bien deux heures comme annoncé, mais nous entendons votre remarque sur le rythme dans la montée vers la citadelle et nous serions heureux d'en parler avec vous par téléphone.",
        "Chère Madame, je vous remercie infiniment pour votre très aimable lettre, que nous avons affichée dans la salle de repos. Ce fut une joie d'accompagner votre époux à domicile ces derniers mois, et Fatou et Yannick me chargent de vous transmettre leurs plus chaleureuses pensées.",
        "Nous sommes désolés que le salon ait été si bondé vendredi soir. Un vol annulé a amené beaucoup de voyageurs supplémentaires et nous aurions dû ouvrir la deuxième salle plus tôt. Toutes nos excuses pour l'attente.",
        "Mauruuru roa pour ce beau message ! Toute l'équipe a adoré plonger avec vous dans le lagon. À bientôt 🐠",
        "Nous vous prions de nous excuser pour le délai de trois semaines pour la réparation de votre appareil auditif. Le centre de service du fabricant était débordé et nous aurions dû vous tenir informé ; désormais, nous prêtons un appareil de remplacement dès la deuxième semaine d'attente.",
        "Merci pour cet avis sincère. Vous avez raison, les fauteuils du planétarium commencent à fatiguer. Nous organisons une collecte pour les remplacer l'an prochain, et d'ici là nous nous excusons pour les grincements.",
        "Bonjour, nous sommes désolés du retard pour votre colis au guichet. Un manque de personnel cette semaine-là a allongé l'attente, toutes nos excuses. Vous pouvez suivre vos envois sur notre site ou nous demander au guichet, ouvert de 9 h à 17 h 30.",
        "Un grand merci de toute l'équipe de la salle d'arcade ! Et bravo pour le record au flipper 🏆",
        "Merci pour votre message, il fait chaud au cœur. Notre artiste en ballons, Léa, est formidable et nous sommes ravis que les licornes aient fait fureur à l'anniversaire. Nous lui transmettrons vos compliments.",
        "Nous sommes désolés que l'imprimante de la médiathèque ait été en panne lors de votre passage. Elle est réparée. Pour toute aide à l'impression, l'équipe de l'accueil se fera un plaisir de vous aider.",
        "Bonjour, nous sommes sincèrement désolés que la chanson de votre première danse ait été lancée en retard. Notre DJ, Maxime, a mal lu le déroulé de la soirée ; c'est nous qui l'avons envoyé, l'erreur est donc la nôtre, et nous vous avons remboursé la moitié de la prestation. Nous aimerions vous présenter nos excuses de vive voix.",
        "Merci ben gros pour les 5 étoiles! Content que vous ayez eu du fun sur la glace avec les enfants. Revenez quand vous voulez pour un chocolat chaud.",
        "Bonjour, nous regrettons que notre service de visas n'ait pas répondu à vos attentes. Les délais dépendent de l'ambassade et non de nous, mais nous comprenons combien l'attente était stressante et nous aurions dû vous donner des estimations plus claires. Écrivez-nous à visas@agence-beyrouth.lb et nous suivrons personnellement votre dossier.",
        "Merci d'avoir séjourné dans notre colocation. Nous sommes désolés que la cuisine ait été si en désordre pendant la semaine chargée. Nous avons ajouté un ménage supplémentaire le dimanche, en espérant que cela fasse la différence.",
        "Nous présentons nos excuses aux familles pour le repas de mardi dernier à la cantine. Un problème de livraison nous a obligés à changer le menu à la dernière minute. Les parents peuvent contacter le service de restauration au 03 89 45 60 70 pour toute question.",
        "Merci infiniment pour ce très gentil message, et joyeux nonantième anniversaire à votre grand-maman ! Ce fut un honneur de la recevoir au salon de thé du château.",
        "Merci d'avoir fait étape à notre aire d'autoroute et pour votre note de deux étoiles. Vous avez raison, les sanitaires n'étaient pas à la hauteur dimanche, et nous en sommes désolés. Notre prestataire de nettoyage nous a fait défaut ce week-end ; le nouveau commence cette semaine.",
    ],
}
