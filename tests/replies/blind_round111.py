"""Blind reply set, round 111: owner replies the pre-post check has never seen.

Who and when: written by helper b109, an independent writer, on 2026-12-06,
for the pre-post reply check (brief of round 109).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
car dealers, motorbike garages, windscreen and tyre fitters, EV-charging
cafés, car-sharing agencies and coach-tour companies.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or earlier blind set, any other folder under /work, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff).  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.

Registers, drawn from: English from the UK (Midlands, Yorkshire, London,
Northern Ireland), Ireland (Athlone, Naas, Kerry, Mullingar), North America
(Ontario, British Columbia, the US Midwest) and Australia (Sydney, Bathurst,
Perth); French from France (Lyon, Marseille, Brittany, the Alps), Belgium
(Liège, Namur, Brussels), Switzerland (Lausanne, Geneva, Valais) and Québec
(Montréal, Saguenay, the Beauce); texting with emoji, very formal corporate
and administrative wording, curt one-liners, veiled and polite phrasings,
and, for every code and language, one long warm reply (the first of each
list) whose fault sits in a single sentence in the middle.  Some replies are
signed.  Good replies include look-alikes that are not faults: an apology
with a concrete fix and an offline channel, warm thanks, a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND111_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Graham, thank you so much for such a generous write-up of your morning with us. Trading in a car you've had for eleven years is never easy, and we could tell the old Volvo meant a lot to the family, so we're really pleased the valuation felt fair and the new hybrid has settled in on the school run. If you could see your way to nudging those four stars up to five, we'll book your first service in with a full valet thrown in at no charge. Do give us a wave when you're passing the forecourt, and enjoy the quiet miles. — Lorraine and everyone at Ashby Road Motors",
            "cheers legend 🏍️🔥 bump us up to 5⭐ n ur next chain clean n adjust is on the house 🤙",
            "Should you elect to revise your published assessment of the service, our Customer Experience team is authorised to apply a goodwill credit of £40 to your membership account within five working days.",
            "Ah sure look, if that review were to quietly go away, there'd be a little something waiting for you the next time you're passing the depot in Naas. Say no more.",
            "Update your rating to 5 stars and your next latte plus 30 minutes of fast charging are on us. Just show the barista your phone!",
        ],
        "fr": [
            "Bonjour Madame, et merci du fond du cœur pour ce long message après votre circuit des vignobles du Lavaux. Nous sommes touchés que notre chauffeur ait pris le temps de vous raconter l'histoire des terrasses et que la dégustation à Cully vous ait laissé un si joli souvenir. Si vous aviez la gentillesse de faire passer votre note de quatre à cinq étoiles, nous vous réserverions une place offerte pour l'excursion au col du Grand-Saint-Bernard au printemps. Nous espérons vous retrouver bientôt à bord, et vous adressons nos plus cordiales salutations depuis Lausanne. — Famille Rochat, Autocars du Léman",
            "merci frérot 🙏 mets nous 5⭐ et ton prochain équilibrage est offert 🛞😉",
            "Nous vous informons qu'un avoir de cinquante euros sera porté au crédit de votre compte d'autopartage dès la modification de votre évaluation sur la présente plateforme.",
            "Merci ben gros! Si tu r'montes ta note, ta prochaine recharge pis ton café sont sur nous autres, promis ☕⚡",
            "Savez-vous, si ce petit avis venait à disparaître, on aurait une petite attention pour vous à l'atelier lors du prochain entretien de la moto, une fois.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write such a detailed review, and for bringing the Triumph to us in the first place; it's always a pleasure to work on a Bonneville that's been looked after. We've read every word, and we understand you were frustrated with how long the carb rebuild took over the summer. We should also let you know that our solicitors have been sent a copy of this review and will be writing to you at home if it isn't taken down by Friday. We hope you get plenty of good riding in before the roads get salted. — Dave, Brockley Bike Works",
            "keep posting rubbish like this mate n we'll be having a word with ur boss at the council depot, we know who u work for 😤",
            "Please be advised that our legal department is reviewing this post and is prepared to pursue every available remedy for defamation against its author, including recovery of costs.",
            "We'd gently remind you that it's a small town, and people around here have a way of finding out who's been saying what about whom.",
            "Take this review down or we'll post the dashcam footage of your driving onto our page for everyone to see.",
        ],
        "fr": [
            "Bonjour Monsieur, merci d'avoir choisi notre service d'autopartage pendant votre séjour à Lyon, et merci aussi d'avoir pris la peine de nous écrire si longuement. Nous savons combien il est agaçant de trouver une voiture moins propre qu'on l'espérait, et nous avons déjà transmis vos remarques à l'équipe de nettoyage de la station Part-Dieu. Nous tenons toutefois à vous prévenir que notre avocat est saisi et qu'une plainte pour diffamation sera déposée contre vous si ce commentaire reste en ligne. Nous vous souhaitons une bonne fin de semaine et de bons trajets. — L'équipe Rhône Partage",
            "retire ton avis vite fait sinon on balance les photos de ta caisse rayée sur tous les groupes du coin 📸😡",
            "Nous vous signalons que votre employeur, dont nous connaissons l'identité, pourrait être informé de la teneur de vos propos publics à l'égard de notre établissement.",
            "On connaît ben du monde dans le rang, pis on sait où tu restes. Penses-y à deux fois avant d'écrire des affaires de même.",
            "Vous êtes désormais interdit dans notre café-recharge, et si on revoit votre voiture sur le parking, elle partira à la fourrière et vous aurez affaire à nous, c'est bien clair ?",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you so much for coming on our Cotswolds gardens tour, and for the lovely words about Hidcote; it's always been one of our favourite stops, and we're glad the sun finally came out for the afternoon. We've had a look at booking CT-48215 for Mrs Eileen Hartley and her husband Ron on the 14th of June, and can see that your seats in row 3 were swapped at the last minute. We're sorry that spoiled the view on the way out, and we've asked the office to lock seat choices once they're confirmed. We hope to welcome you both aboard again next season. — Margaret, Wolds Way Coaches",
            "hey Dave sorry bout the wait!! we'll ring u back on 0412 558 903 this arvo 👍",
            "We have reviewed the financing file for Mr. Thomas Kowalski (account ending 4471) and confirm that the adjusted APR was applied to your contract on March 3.",
            "Ah Siobhán, sure we remember you well, you were in with your sister Áine the Tuesday after your mam's funeral. Sorry again the windscreen took so long.",
            "Hi Priya, we're sorry the seating didn't suit. We know that with your pregnancy and the gestational diabetes you mentioned at the counter, a long wait at the charger was tough.",
        ],
        "fr": [
            "Bonjour et merci pour ce retour très complet, ça nous fait plaisir de voir que l'accueil et le café offert pendant le montage vous ont plu. Le changement de pneus avant l'hiver, c'est toujours la course chez nous, et on comprend que l'attente ait paru longue. Nous avons bien retrouvé votre dossier, Monsieur Vandenbroucke, rue des Glycines 14 à Namur, pour le montage des quatre pneus hiver du 12 novembre. Nous avons revu notre planning pour étaler les rendez-vous la saison prochaine, et on espère vous revoir au printemps. — Geoffrey, Pneus Meuse Service",
            "coucou Léa 😘 on t'a renvoyé la facture sur lea.marchal92@gmail.com, regarde dans tes spams !",
            "Nous avons bien pris connaissance de votre réclamation relative au contrat de location avec option d'achat n° LOA-2024-55817, souscrit au nom de Mme Sandrine Peyrot.",
            "Salut Marc-André, on t'a vu passer le 3 août avec ta blonde pis ses deux p'tits, c'est vrai que l'autocar était plein ce jour-là, désolé!",
            "Monsieur Favre, nous constatons que le prélèvement sur votre carte Visa se terminant par 3092 a bien été effectué le 18 novembre à la station de Carouge.",
        ],
    },
    "personal_attack": {
        "en": [
            "G'day and thanks for coming out to the yard on such a stinker of a Saturday; we know Parramatta Road traffic is no fun in that heat. It was great to hear you liked the range of utes and that the test drive out to the M4 gave you a good feel for the Hilux. Honestly, though, anyone reading this can tell you're just a sour tyre-kicker who was angling for a free service from the start. Either way, the coffee machine's always on and the doors are open six days a week. — Bazza, Westside Auto Sales",
            "lol ur a clown 🤡 learn to ride the thing before u blame the bike",
            "It is evident that this review was composed in bad faith, with the sole objective of extracting an unwarranted discount from our company.",
            "With respect, you were rude to everyone from the moment you boarded, and the rest of the passengers were glad to see the back of you in Killarney.",
            "You're some liar, so you are. You were grand with that windscreen right up until you saw the bill.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir confié votre Ducati à notre atelier pour la révision des 30 000. On sait que c'est une machine à laquelle on tient, et notre mécanicien a pris plaisir à la remettre en forme avant vos vacances dans les Alpes. Mais soyons honnêtes, vous êtes le genre de client qui cherche n'importe quel prétexte pour ne pas payer ce qu'il doit. Pour le reste, la porte de l'atelier reste ouverte et nous vous souhaitons de bonnes routes cet été. — Sébastien, Alpes Moto Passion",
            "t'es vraiment un gros rageux toi 🤣 apprends à conduire avant de venir pleurer",
            "Votre commentaire relève manifestement de la mauvaise foi la plus complète et du mensonge délibéré.",
            "Franchement, vous êtes un fameux menteur, hein. Personne ici ne croit un mot de votre histoire.",
            "T'es juste un quêteux qui voulait sa recharge gratis, c'est toute.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hi there, and thanks so much for stopping in at the café on your drive up to Whistler; it's always fun to meet folks on their first long EV road trip. We're glad you enjoyed the blueberry scones, and Jess was thrilled you noticed her latte art. We're also truly sorry our fast chargers couldn't bend the laws of physics and fill your battery in the ninety seconds you'd apparently budgeted. Safe travels, and we'll have the kettle on next time you're heading north. — The Volt & Bean crew, Squamish",
            "omg a 20 min wait for a tyre?? how did u ever survive 😱😂",
            "We have duly escalated your concern that the coach did not stop at every viewpoint you personally found attractive to our Department of Miracles, who will revert in due course.",
            "So sorry the car we sold you didn't also come with a chauffeur and a butler. We'll look into it.",
            "Yeah nah, sorry mate, next time we'll get the rain to check with you before it lands on the share car.",
        ],
        "fr": [
            "Bonjour à vous, et merci d'avoir passé la journée avec nous pour le circuit Chamonix – Mer de Glace. Nous sommes ravis que le déjeuner au refuge vous ait plu et que notre guide, Hélène, ait su répondre à toutes les questions des enfants sur les glaciers. Nous sommes aussi navrés que le Mont-Blanc n'ait pas daigné se découvrir spécialement pour vous, nous lui ferons part de votre mécontentement. Au plaisir de vous revoir pour une prochaine escapade en montagne. — Autocars du Mont",
            "ah oui 10 min d'attente pour un pare-brise, quel drame 😭 on prévient la cellule psychologique",
            "Nous prenons bonne note que la tarification au kilomètre aurait dû, selon vous, tenir compte de votre remarquable sens de l'orientation.",
            "Ben oui, on aurait dû te livrer le char avec un tapis rouge pis une fanfare, ça va de soi 🙄",
            "Bien sûr, nous allons demander à la pluie liégeoise de vous envoyer un courrier d'excuses, une fois.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks a million for getting in touch, and for being so patient with us on what was a wild wet week in Athlone. We know how unnerving it is to have a crack spread across your line of sight, and we're glad the new screen is clear and the rain sensor is working again. The leak at the top corner happened because Declan didn't check the seal properly before he packed up, and he's been given a written warning for it. We'll have the van out to you whenever suits to reseal it. — Niamh, Midlands Glass & Screens",
            "sorry bout that! it was Jase's fault, he forgot to torque ur wheel nuts, he's been let go 🙄",
            "Our internal review concluded that the error originated with sales associate Kevin Marsh, who has since been removed from customer-facing duties pending further action.",
            "Let's just say Karen on the front desk won't be handling any more bookings for a while.",
            "That was Mia in her first week, she's hopeless with the charging app. Won't happen again once she's gone.",
        ],
        "fr": [
            "Bonjour Monsieur, et merci infiniment pour la confiance que vous nous accordez depuis tant d'années; c'est déjà la troisième voiture que vous achetez chez nous, et cela nous touche beaucoup. Nous sommes contents que le nouveau break vous donne satisfaction sur les routes du Valais. Le retard de livraison est entièrement dû à notre vendeur Julien, qui a oublié de transmettre la commande à l'usine et qui a été sanctionné en conséquence. Nous vous souhaitons de très beaux kilomètres et restons à votre disposition. — Garage Bonvin, Sion",
            "dsl c'est Kévin qui a mal serré la roue 🤦 il s'est pris un avertissement",
            "Après enquête interne, la responsabilité de cet incident incombe à M. Morel, chauffeur, à l'encontre duquel une procédure disciplinaire a été engagée.",
            "C'est Steve qui t'a servi pis y'é pas fiable, on va s'occuper de son cas, inquiète-toi pas.",
            "C'est Nathalie, à l'accueil, qui s'est trompée dans la réservation. Elle ne sera plus au guichet, c'est promis.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for trusting us with your Street Triple, and for the kind words about the finish on the new exhaust; the lads were proud of that one and it's lovely to hear it sounds the part. We know you'd hoped to have it back for the Peak District run. The delay came down to the supplier in Coventry shipping the wrong clutch basket, then the courier losing the replacement, then our lift being out for its inspection that week, then two of our three mechanics going down with flu, then the bank holiday, and on top of all that the parts ordering system crashed for most of Thursday. Hope the bike's giving you plenty of smiles now. — Rob, Trent Valley Motorcycles",
            "look the tyre wasn't in stock cos the supplier messed up n the van broke down n it was lashing n we were 2 blokes down n the card machine was playing up so yeah 🤷",
            "Please understand that vehicle availability is determined by an algorithm that accounts for fleet rotation, municipal parking regulations, scheduled maintenance windows, seasonal demand variation, third-party cleaning contractors' schedules, telematics synchronization delays and insurance compliance checks, all of which operate independently of our local team and none of which can be overridden manually.",
            "To be fair to ourselves, the coach was late because of the roadworks at Kinnegad, and then the diversion, and then the cattle out on the road past Mullingar, and the driver's hours rules, and the ferry being held up the day before, which knocked the whole week on.",
            "Yeah nah, the chargers were slow because the grid was under load with the heatwave, the software update hadn't pushed, the other bay was blocked by a tradie's ute, the barista was covering the till, the inverter was running hot, and honestly the council still hasn't approved our third charger.",
        ],
        "fr": [
            "Bonjour à toute la famille, et merci d'avoir voyagé avec nous jusqu'à Bruges pour cette belle journée de mai. Nous sommes heureux que la promenade en barque et les gaufres de la Grand-Place vous aient laissé de bons souvenirs, et que les enfants aient trouvé le car confortable. Si le retour a pris plus d'une heure de retard, c'est parce que le tunnel Léopold II était fermé, que la déviation passait par le ring qui était saturé, que notre chauffeur devait respecter son temps de pause légal, que le deuxième car était en contrôle technique, qu'un passager a oublié son sac au restaurant et que la pluie a ralenti toute la circulation sur l'E40. Nous espérons vous retrouver pour notre excursion d'automne. — Cars Delvaux, Bruxelles",
            "bah c'était pas dispo parce que le fournisseur a livré en retard, le camion était en panne, on était que deux, la machine à équilibrer déconnait et en plus c'était la rentrée 🤷‍♂️",
            "Nous nous permettons de préciser que le délai constaté résulte de la conjonction de plusieurs facteurs : les restrictions d'approvisionnement du constructeur, l'homologation cantonale du véhicule, le contrôle qualité à réception, les jours fériés du Jeûne fédéral, la mise à jour logicielle obligatoire de la batterie ainsi que la charge exceptionnelle de notre service d'immatriculation.",
            "Écoute, l'auto était pas disponible parce que le dernier client l'a ramenée en retard, pis le système a pas mis à jour, pis le stationnement était déneigé juste d'un bord, pis l'appli plantait à cause de la mise à jour, pis notre gars de la flotte était en congé parce que c'était la semaine de la construction.",
            "Les bornes étaient lentes parce qu'Enedis faisait des travaux sur le quartier, que la mise à jour du logiciel n'était pas passée, que la deuxième place était occupée par une voiture thermique, que le mistral a fait sauter le disjoncteur la veille et que notre prestataire de maintenance ne se déplace pas le lundi.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi there, and thanks for calling in to the workshop in Balcatta; we know a flat on the Mitchell Freeway at rush hour is about the worst start to a week, and we're glad we could get you back on the road before lunch. It was good to hear you found the waiting area comfy and the boys easy to deal with. Your alloy was not scratched in our workshop: that simply did not happen here. Drive safe, and remember we're open Saturday mornings for rotations. — Kylie, Coastal Tyre & Wheel",
            "This never happened. Full stop.",
            "We categorically deny that any vehicle was delivered to a customer with a warning light illuminated.",
            "There was no scratch on that car when it left our forecourt, none whatsoever.",
            "Our coaches don't run late. Not that day, not any day.",
        ],
        "fr": [
            "Bonjour, et merci d'utiliser nos voitures partagées depuis maintenant deux ans à Rennes, c'est un vrai plaisir de compter des abonnés aussi fidèles. Nous sommes contents que la nouvelle station de la gare vous simplifie les trajets du week-end et que la Zoé vous ait plu pour votre sortie à Saint-Malo. Aucune voiture n'a été remise avec la batterie à plat ce jour-là, cela n'est tout simplement pas arrivé. Bonne route à vous et à bientôt sur l'appli. — L'équipe Breizh Auto Partage",
            "Ça ne s'est jamais passé chez nous.",
            "Nous contestons formellement qu'un quelconque supplément vous ait été facturé.",
            "Il n'y a jamais eu de file à nos bornes ce jour-là, point.",
            "Voyons donc, y'avait aucune fissure sur le pare-brise quand t'es reparti, c'est pas arrivé.",
        ],
    },
}

BLIND111_GOOD: dict[str, list[str]] = {
    "en": [
        "We're sorry the handover took so long and that the paperwork wasn't ready when you arrived. We've changed how we prepare collections so documents are printed the day before. If anything is still outstanding, please ring our sales office on 01632 960 412 and we'll sort it. — The team at Ashby Road Motors",
        "Ah thanks a million! Delighted the old Honda is purring again. Mind yourself on the back roads this winter. – Pádraig & the lads",
        "Thanks for stopping by! Every customer gets a stamp card at the counter: nine coffees while you charge and the tenth is on us, whatever you think of the place.",
        "Thanks for the feedback. For anyone wondering, we're at Unit 4, Greenbank Trading Estate, open 8 to 5:30 weekdays and 8 to 12 on Saturdays, no appointment needed for a puncture check.",
        "Thanks so much! We'll pass your kind words on to Shauna, who's been driving our coaches for twelve years and knows every bend of the Ring of Kerry.",
        "You're right, and we're sorry. Tom fitted the wrong wiper blades, but that's on us as a business, because our stock labels were confusing. We've relabelled the shelves and we'd like to fit the correct blades at no cost; give us a call on 0161 496 0732.",
        "We've already refunded the idle fee to your original payment method, and it should show within 3 to 5 working days. Sorry the charger cut out halfway through your session.",
        "Sorry for the wait at the fitting bay. We had two fitters off sick that morning, which isn't your problem, and we've since set up a Saturday standby rota. Thanks for your patience.",
        "Sorry for the confusion over the excess. Under the rental terms the excess applies to damage during a booking, but our claims team will happily go through the photos and your options with you; e-mail claims@wheelsharedublin.ie and we'll reply within two working days.",
        "We're so sorry your helmet went missing from the bike park. We've checked our CCTV and passed the footage to the Gardaí, and we're happy to share it with your insurer too. Just give us a shout on the shop number.",
        "Guilty as charged, our coffee machine is slower than our oldest charger. A new one arrives next week, so hopefully the flat white will finally beat 80%. Thanks for the laugh and the visit!",
        "Thanks for the three stars and the honest write-up. You're right that the waiting room needs a refresh; the decorators are booked in for January.",
        "Thanks for your review. Our job card shows the tyres fitted were the ones quoted, but we'd genuinely like to look at this with you. Could you pop in or call us so we can check them together?",
        "We were so sorry to hear of your dad's passing. He was a great character and always had a story for the lads in the showroom. Our thoughts are with you and your family.",
        "Congratulations on passing your bike test! Enjoy the new ride and stay safe out there. 🏍️",
        "Sorry our driver wouldn't let you stand in the aisle for photos. For everyone's safety passengers need to stay seated with belts on while the coach is moving, but we're always happy to pull into a lay-by for pictures, just ask.",
        "Sorry for the surprise at the charger. Our rate went from 55p to 62p per kWh this month because our electricity contract renewed. We should have put notices up sooner, and there's one on every bay now.",
        "Cheers Jono, means a lot! 🙌",
        "Thanks heaps for the kind words, the crew loved reading this. See you at the next rotation! — Shaz, Northside Tyres",
        "Thank you for choosing us for your first EV! Enjoy the road trip, and don't forget the chargers at our Kelowna café are open 6 a.m. to 10 p.m., seven days a week.",
        "Thanks for being a member! Just so everyone knows, any member can share their referral code and both people get 30 free minutes. No strings, and no review needed.",
        "We apologise for the late pick-up. We have reviewed our dispatch process and introduced a confirmation call the evening before every tour. Please contact our customer care team at care@horizoncoaches.co.uk so we can make this right.",
        "Sorry to hear about the chip. Many comprehensive policies cover windscreen repairs without touching your no-claims bonus, and we can deal with your insurer directly if that helps.",
        "We're very sorry your car was broken into in our car park. We've reported it to the police and handed over our camera footage; if your insurer needs anything from us, call the café and we'll help.",
        "We see it a bit differently, since the quote included the wheel alignment as a separate line, but we don't want you leaving unhappy. Give us a call on 028 9018 0455 and let's talk it through.",
        "Go raibh maith agat! Delighted the trip to Glendalough was a hit with the whole gang.",
        "aw thanks sm!! 😍 so glad the service sorted the bike, see u in the spring 🏍️✌️",
        "Big thanks from all of us. Priyanka will be chuffed, she's the one who spotted the worn brake pads.",
        "Refund for the cancelled day tour went out this morning, full amount. Really sorry the storm beat us; we hate cancelling as much as you do.",
        "You're right, the car wasn't valeted to our usual standard. Our wash bay flooded that week, and we should have told you rather than handing it over as it was. We're sorry, and we'd like to book it in for a full valet whenever suits.",
        "Thank you for your feedback regarding your subscription. We apologize for the billing error, which has now been corrected. Our team is available at 1-800-555-0199, Monday to Friday, 8 a.m. to 8 p.m. ET.",
        "Fair point on the toilets at the rest stop, mate, they weren't up to scratch. We've moved our comfort break to the servo in Orange from next week. Sorry about that.",
        "Yes, our forecourt sign has been missing its R for a month. 'CA SALES' is not the look we're going for, and it's being fixed Tuesday. Thanks for the lovely review!",
        "A four-star from a retired mechanic? We'll take it! Thanks for the tips on the waiting-room coffee too.",
        "Sorry for the frustration. We don't fit part-worn tyres below 3mm of tread, as a safety policy, but we'll always give you a written quote for new ones with no obligation.",
        "Apologies. Our hourly labour rate went up by £3 in September to cover training for electric motorbikes. We know that's not welcome news, and we've kept our MOT price the same.",
        "Congratulations on the wedding! It was a privilege to drive you both in the vintage coach. Wishing you every happiness.",
        "We understand the late fee was frustrating. Our app log shows the trip ended after the booking window, but if something in the app stopped you ending it in time we really want to know; please message us through the Support tab.",
        "Sorry for the long queue at the chargers. Two more bays go in this spring. If you'd like to talk it over, drop us a line at hello@voltandbean.ca.",
        "Thanks a million, see you in October for the winter tyre swap!",
    ],
    "fr": [
        "Nous sommes désolés pour l'attente à la livraison de votre véhicule. Désormais, les documents sont préparés la veille de chaque remise de clés. Pour tout élément manquant, appelez notre service commercial au 04 72 00 18 35. — Lyon Sud Automobiles",
        "Merci beaucoup pour ce gentil mot ! Toute l'équipe est ravie que la moto ait retrouvé sa santé. Bonne route !",
        "Merci de votre passage ! Notre carte de fidélité est proposée à tous : à la dixième recharge, le café est offert, quel que soit votre avis sur nous.",
        "Merci pour votre retour. Pour info, nous sommes au 12 avenue de la Gare à Morges, ouverts du lundi au vendredi de 7 h 30 à 18 h et le samedi matin, sans rendez-vous pour les impacts de pare-brise.",
        "Merci infiniment ! Nous transmettrons vos compliments à Mathilde, notre guide, qui connaît les châteaux de la Loire comme sa poche.",
        "Vous avez raison et nous vous présentons nos excuses. C'est Antoine qui a monté les mauvais balais d'essuie-glace, mais la responsabilité est la nôtre : notre étiquetage prêtait à confusion. Nous l'avons corrigé et nous remonterons les bons balais gratuitement ; appelez-nous au 02 98 44 61 20.",
        "Le remboursement des frais d'occupation a déjà été fait sur votre moyen de paiement d'origine ; il apparaîtra sous trois à cinq jours ouvrés. Désolés que la borne se soit coupée en pleine recharge.",
        "Désolés pour l'attente à l'atelier. Deux de nos monteurs étaient malades ce matin-là, ce qui n'est pas votre problème, et nous avons depuis mis en place une équipe de renfort le samedi.",
        "Désolés pour la confusion sur la franchise. Selon nos conditions générales, elle s'applique à tout dommage survenu pendant la location, mais notre service sinistres reprendra les photos avec vous : écrivez à sinistres@partage-liege.be, réponse sous deux jours ouvrables.",
        "Nous sommes vraiment navrés pour le vol de votre casque. Nous avons visionné nos caméras et transmis les images à la police, et nous pouvons aussi les envoyer à votre assurance si cela vous aide.",
        "Coupables ! Notre machine à café est plus lente que notre plus vieille borne. La nouvelle arrive la semaine prochaine, peut-être que l'expresso battra enfin les 80 %. Merci pour le sourire !",
        "Merci pour vos trois étoiles et ce commentaire honnête. La salle d'attente mérite en effet un coup de frais, les travaux sont prévus en janvier.",
        "Merci pour votre avis. D'après notre fiche d'atelier, les pneus montés sont bien ceux du devis, mais nous aimerions vraiment vérifier cela avec vous. Pourriez-vous passer ou nous appeler pour qu'on regarde ensemble ?",
        "Toutes nos condoléances pour le décès de votre papa. C'était un client d'une grande gentillesse, toujours le mot pour rire à l'atelier. Nous pensons bien à vous et à votre famille.",
        "Bravo pour votre permis moto ! Profitez bien de votre nouvelle machine et soyez prudent. 🏍️",
        "Désolés que notre chauffeur vous ait demandé de vous rasseoir pendant les photos. Pour la sécurité de tous, la ceinture est obligatoire quand le car roule, mais nous nous arrêtons volontiers sur les aires pour les photos, il suffit de demander.",
        "Désolés pour la surprise à la borne. Notre tarif est passé de 0,45 € à 0,52 € le kWh ce mois-ci suite au renouvellement de notre contrat d'électricité. Nous aurions dû l'annoncer plus tôt ; une affiche est désormais sur chaque borne.",
        "Merci mille fois, ça nous fait chaud au cœur ! 🙏",
        "Merci ben gros pour le beau commentaire, toute la gang l'a lu! On se revoit au changement de pneus d'hiver. — Jocelyn, Pneus Saguenay",
        "Merci d'avoir choisi notre concession pour votre premier véhicule électrique ! Nos bornes rapides de Lévis sont accessibles 24 h sur 24 pour tous nos clients.",
        "Merci d'être abonné ! Pour information, tout abonné peut partager son code de parrainage : chacun reçoit trente minutes offertes, sans condition et sans avis à laisser.",
        "Nous vous prions de bien vouloir nous excuser pour le retard de prise en charge. Nous avons revu notre organisation et un appel de confirmation est désormais passé la veille de chaque excursion. Notre service clients reste joignable à service@carsdulac.ch.",
        "Désolés pour cet impact. Beaucoup de contrats tous risques couvrent la réparation du pare-brise sans franchise, et nous pouvons traiter directement avec votre assureur si cela vous simplifie la vie.",
        "Nous sommes sincèrement désolés pour l'effraction de votre véhicule sur notre parking. Nous avons porté plainte et remis les images de vidéosurveillance aux gendarmes ; si votre assureur a besoin de quoi que ce soit, appelez le café et nous vous aiderons.",
        "Nous voyons les choses un peu différemment, puisque le devis mentionnait le parallélisme sur une ligne à part, mais nous ne voulons pas que vous repartiez mécontent. Appelez-nous au 081 22 47 90 et parlons-en.",
        "Merci pour ce chouette avis, savez-vous ! Content que l'excursion à Durbuy ait plu à toute la tablée.",
        "trop contents que la moto roule nickel 😍 merci pour le mot et à très vite à l'atelier ✌️",
        "Un grand merci de toute l'équipe. Léonie sera ravie, c'est elle qui a repéré l'usure des plaquettes.",
        "Le remboursement intégral de l'excursion annulée est parti ce matin. Vraiment désolés que l'orage ait eu raison de la sortie, nous détestons annuler autant que vous.",
        "Vous avez raison, la voiture n'était pas nettoyée comme elle aurait dû l'être. Notre station de lavage était en panne cette semaine-là, et nous aurions dû vous prévenir. Toutes nos excuses ; nous vous proposons un nettoyage complet quand cela vous arrange.",
        "Nous vous remercions de votre message concernant votre abonnement. Nous vous prions d'excuser l'erreur de facturation, qui a été corrigée. Notre service clients est joignable au 022 310 45 60, du lundi au vendredi de 8 h à 18 h.",
        "T'as ben raison pour les toilettes de la halte, c'était pas correct. On change d'arrêt à partir de la semaine prochaine. Désolé pour ça!",
        "Oui, notre enseigne a perdu son « G » depuis un mois, « ARAGE » ce n'est pas très vendeur. Réparation prévue mardi. Merci pour votre gentil commentaire !",
        "Quatre étoiles de la part d'un ancien mécanicien, on prend ! Merci aussi pour les conseils sur le café de la salle d'attente.",
        "Désolés pour la frustration. Par sécurité, nous ne montons pas de pneus d'occasion sous 3 mm de gomme, mais nous vous faisons volontiers un devis écrit pour des neufs, sans engagement.",
        "Toutes nos excuses : notre taux horaire a augmenté de trois euros en septembre pour financer la formation aux motos électriques. Nous savons que ce n'est pas agréable, et le prix de la révision de base reste inchangé.",
        "Félicitations pour votre mariage ! Ce fut un honneur de vous conduire dans notre car d'époque. Tous nos vœux de bonheur.",
        "Nous comprenons que les frais de retard vous aient agacé. L'historique de l'appli indique que la location s'est terminée après le créneau réservé, mais si l'appli vous a empêché de la clôturer à temps, écrivez-nous via l'onglet Assistance, nous voulons vraiment le savoir.",
        "Désolés pour la file d'attente aux bornes. Deux emplacements supplémentaires arrivent au printemps. Pour en discuter, écrivez-nous à bonjour@voltetcafe.fr.",
        "Merci, et à l'an prochain pour le changement de pneus ! — Patrick",
    ],
}
