"""Blind reply set, round 22: owner replies the pre-post check has never seen.

Who and when: written by helper 18b22, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 20").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not used in earlier rounds (software and SaaS sold to
consumers, mobile apps for games, fitness, banking, meditation, dating,
language learning and transport tickets, online shops for fashion and
electronics, second-hand marketplaces, telecom and internet providers, energy
suppliers, insurers, estate agents and lettings, property managers, car
dealers and garages, car rental, taxis and ride hailing, coach companies,
ferries, campsites, holiday cottages (gîtes), bed and breakfasts, youth
hostels, ski schools, surf schools, escape rooms, bowling, cinemas, theatres,
concert venues, museums and zoos).  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of the round
20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Rennes, Bordeaux, Grenoble, Nice, Metz,
Perpignan, Limoges, Guadeloupe, Guyane, Mayotte, Algeria, Tunisia,
Madagascar, Namur, Lausanne and New Brunswick (chiac), texting, very curt
corporate French and a warm grandmotherly style; English from Manchester,
Liverpool, Newcastle, Bristol, Cork, Aberdeen, Adelaide, Wellington, Durban,
Accra, Kampala, Karachi, Kuala Lumpur, Barbados, California, Louisiana, Ohio
and Vancouver, texting, customer-service-script English and a laconic
one-word style; indirect phrasings and euphemisms; short one-liners; and, for
every code and language, one long warm reply (the first of each list) whose
fault sits in a single clause.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write, a
free lesson or service offered as an apology with no review attached, a
statement that the business never rewards reviews, the business's own phone,
e-mail, address or opening hours, the customer's first name alone in a warm
greeting, staff praised by first name, a refund already made, one honest
reason given with an apology, legal terms, terms of carriage, insurance, the
police, CCTV or an in-app report button mentioned neutrally or to help the
customer, a request not to post account details publicly, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, thanks to happy customers, an
invitation to call or e-mail, an apology for a named employee's mistake with
the business taking responsibility, short warm thanks, congratulations on an
event, condolences, a safety rule explained kindly, a regulation explained,
and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND22_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, this absolutely made our week, thank you so much! Building a habit is the hardest part of meditation, and it's brilliant to hear that the ten-minute evening sessions have helped you switch off after long shifts at the hospital here in Manchester. Our little team of five reads every single review, and Rachel, who recorded the rain soundscape, was properly chuffed that it's your favourite. If you bump this up to five stars, we'll unlock a full year of Premium on your account as a thank-you. Keep breathing, and thanks again for being part of the community!",
            "Cheers. 5 stars = free month.",
            "Should your published assessment come to reflect a more favourable view of our service, we would be pleased to apply a £25 credit to your next energy bill.",
            "Sorry lah for the lag in the raid 🙏 you delete this review can? We give you 500 gems free one, confirm 💎",
            "Thank you for contacting us. As a goodwill gesture, customers who update their review following the resolution of their case are eligible for a complimentary category upgrade on their next rental.",
        ],
        "fr": [
            "Bonjour et merci du fond du cœur pour ce long message après votre semaine au mas ! Nous sommes ravis que la piscine, les figuiers et les soirées sur la terrasse face au Canigou vous aient autant plu, et que les enfants aient trouvé les poules aussi drôles que nous. Nous avons aussi noté votre remarque sur le chemin d'accès un peu cabossé, on s'en occupe avant l'été. Si vous pouviez passer votre avis à cinq étoiles, on vous offre une nuit supplémentaire lors de votre prochain séjour. Au plaisir de vous revoir du côté de Perpignan !",
            "Merci ben gros! Change ton review pour 5 étoiles pis ton prochain lift est free, c'est right là 🚕",
            "Un geste commercial sera appliqué sur votre prochaine facture dès modification de votre évaluation.",
            "Saha khouya, supprime le commentaire et la prochaine vidange elle est offerte, wallah.",
            "Ma chère petite, si vous vouliez bien retirer ce vilain commentaire, je vous garderais la grande chambre bleue avec le petit-déjeuner offert la prochaine fois. Je vous embrasse.",
        ],
    },
    "intimidation": {
        "en": [
            "Hiya, and thanks for coming to the Cavern Heist room on your mate's stag do! We're glad most of the lads loved the laser corridor and the final safe, and we've taken on board what you said about the music being a bit loud in the briefing room, that's been turned down since. We always love seeing a big group from out of town having a laugh in Liverpool. Just so you know, our solicitor has a copy of this review and we'll be issuing proceedings for defamation if it isn't taken down by Friday. Hope the rest of the weekend was a belter!",
            "Lawyers notified.",
            "It'd be a real shame if other landlords in the Lower Mainland heard about the state you left your last unit in. Word travels fast in this city.",
            "Sir we are having your CNIC copy and full home address on the job card. Kindly remove this post or our boys will come and discuss with you personally.",
            "FYI we've flagged your league card and sent your photo round to every other lane in the county. Keep it up and see what happens.",
        ],
        "fr": [
            "Bonsoir et merci d'être venus si nombreux au concert de samedi ! L'ambiance dans la salle était incroyable et les musiciens nous ont dit qu'ils n'avaient jamais eu un public aussi chaleureux à Nice. Nous sommes désolés pour l'attente au vestiaire, une deuxième personne sera ajoutée dès le prochain concert. Nous tenons toutefois à vous prévenir que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message n'est pas supprimé sous 48 heures. Au plaisir de vous revoir bientôt dans la salle !",
            "Signalement transmis au service juridique. Poursuites engagées.",
            "On connaît bien votre famille à Pointe-à-Pitre, hein. Ça serait dommage que tout le monde apprenne dans quel état vous avez rendu la voiture.",
            "on a les images de la caméra avec ta tête dessus, on les affiche à l'entrée du ciné si tu retires pas ça 😡",
            "Nous vous rappelons que votre bail arrive à échéance au printemps et que la régie tient compte de l'attitude de ses locataires lors des renouvellements. Nous vous conseillons vivement de réfléchir à vos publications.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for sailing with us, and for such a thoughtful review. We're really glad the kids loved watching the Tyne slide past from the top deck and that the cabin was cosy for the overnight crossing. You're right that the breakfast queue was far too long, and we've added a second serving point in the café from this month. We've looked into it and can see your booking, ref NCL-448213, for Mr Hodgson on the 17:00 sailing of 14 November, cabin 8112. Hope to welcome you all aboard again soon, pet!",
            "Refunded to Visa ending 4471.",
            "Hi Jess, driver says he dropped you at 12 Clifton Park Road at 2:40am on Saturday, so not sure what went wrong there?",
            "Please Madam Abena, we have called you on 024 551 8830 three times about the laptop, kindly pick up.",
            "Thank you for your feedback. We have reviewed policy number HM-2290-117 held by Mr D. Okafor of Westville and can confirm the claim was settled on 3 October.",
        ],
        "fr": [
            "Bonjour et merci pour ce gentil message ! Nous sommes heureux que vos vacances au camping vous aient plu, que la piscine chauffée ait fait le bonheur des petits et que vous ayez pu profiter des pistes cyclables jusqu'au bassin d'Arcachon. Nous sommes désolés pour le bruit de la soirée mousse, nous allons la déplacer plus loin des emplacements familles. Nous avons bien retrouvé votre réservation n° 24-0871 au nom de Mme Lacoste, emplacement 42 du 12 au 19 août. Toute l'équipe vous souhaite une belle rentrée !",
            "Bonjour Mme Ahamadi, le chauffeur a bien attendu devant chez vous au 14 rue du Commerce à Mamoudzou de 6h à 6h20.",
            "Le virement de 350 € vers le compte FR76 3000 4000 0312 3456 7890 143 a été exécuté le 02/11.",
            "Bonjour M. Le Guen, votre Clio immatriculée FG-482-KL est prête depuis mardi, faut passer la récupérer.",
            "Si Mehdi, on a bien votre numéro, le 98 214 377, on vous rappelle ce soir pour la chambre 6 inchallah.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for taking the time to write, and we're glad you enjoyed the walks down to the strand and the turf fire on the first evening. The cottage has been in our family for three generations and we love sharing it with people who appreciate a bit of West Cork peace and quiet. We've noted what you said about the Wi-Fi in the back bedroom. To be honest, though, it's fairly obvious you were only angling for a free night, since you never mentioned the boiler once while you were here. Safe travels home anyway.",
            "Liar.",
            "Ja no, you're clearly just a chancer who wanted lessons for free, bru.",
            "Respectfully, people who write reviews like this are usually the reason their matches stop replying.",
            "We find it difficult to credit an account so evidently fabricated, and we suspect you are well aware of that.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Nous sommes contents que vos enfants aient progressé aussi vite en une semaine, ils sont passés de l'étoile au flocon, ce qui n'est pas rien, et leur monitrice garde un super souvenir du groupe. Le domaine était superbe avec la neige fraîche de mardi, et nous comprenons que l'attente au télésiège du matin ait été longue. Mais soyons honnêtes, vous cherchiez surtout à vous faire rembourser les cours, comme tous ceux qui découvrent que le ski demande un peu d'effort. Belle fin de saison à Grenoble !",
            "Vous êtes un menteur, point.",
            "Toi tu es venu juste pour gratter, on t'a vu venir, tu veux tout gratuit.",
            "Madame, vous êtes de mauvaise foi, tout le monde ici l'a bien remarqué.",
            "franchement t'es qu'un rageux qui sait pas perdre au bowling 🤡",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting and for such a detailed write-up. We're delighted you enjoyed the Pictish stones and the tapestry room, and that the café's rowies went down well on a cold Aberdeen afternoon. Our volunteer guides put so much love into the tours, so it's lovely that you mention them. We're truly sorry that a 400-year-old tower house didn't come with underfloor heating and a lift, we'll get the medieval masons onto it first thing Monday. Hope to see you again in the spring.",
            "Noted. Riveting.",
            "Oh no, the lions were asleep in the afternoon heat? We'll have a stern word with them about their work ethic 🙄",
            "Wow, a little sand in a beach jeep. In Barbados. Who would ever have imagined, darling.",
            "Well bless your heart, a bus that stops at every bus stop. Must've been a real shock for you, cher.",
        ],
        "fr": [
            "Bonsoir et merci d'être venus découvrir notre nouvelle création ! Nous sommes heureux que la scénographie et le travail des comédiens vous aient touchés, et toute la troupe a été émue par vos mots sur la scène finale. Nous notons aussi votre remarque sur le bar de l'entracte, qui sera ouvert plus tôt à partir de janvier. Quant à la durée du spectacle, toutes nos excuses : la prochaine fois nous demanderons à Molière de faire plus court pour ne pas trop vous fatiguer. À très bientôt à Rennes !",
            "Ah ben oui, une boule de bowling c'est lourd, fieu. On va vous en commander en mousse, hein.",
            "Oh fan, du monde sur la Prom' un 15 août ? Incroyable, on n'aurait jamais imaginé.",
            "Bravo pour cette analyse d'une rare finesse. Elle sera encadrée.",
            "ah oui dsl qu'un jeu gratuit ait des pubs, on va tout t'offrir promis 🤣🤣",
        ],
    },
    "blames_employee": {
        "en": [
            "Kia ora and thanks so much for staying with us on your trip down the North Island! We're stoked you loved the rooftop kitchen, the harbour views and the quiz night, and it's great to hear you made some good mates in the six-bed dorm. Wellington weather did its usual thing, so we're glad the drying room came in handy. The mix-up with your room on arrival was entirely down to Liam on the night desk, who forgot to log your booking and didn't bother checking the system. Safe travels and come back soon!",
            "Kevin's fault. He's gone.",
            "Sorry. That was our conductor Moses who is very careless, we have warned him many times.",
            "Our new lad Dean on the tills made a right mess of your order, nowt to do with the rest of us.",
            "We apologise for any inconvenience. Our records show that agent Sarah P. incorrectly processed your cancellation request; this was her individual error and not company policy.",
        ],
        "fr": [
            "Bonsoir et merci pour ce message si enthousiaste ! Nous sommes ravis que le concert vous ait plu, que le son ait été à la hauteur dans la grande salle et que vous ayez pu profiter des food trucks sur le parvis avant l'ouverture des portes. C'est toujours un bonheur d'accueillir un public aussi chaleureux à Bordeaux. Pour le problème de places en double, la faute revient entièrement à Julien, notre agent de billetterie, qui a vendu deux fois les mêmes sièges sans vérifier. Encore merci et à très vite pour la suite de la saison !",
            "C'est Karim le mécanicien qui a mal serré le filtre, nous on n'y est pour rien.",
            "Erreur imputable à l'agente Mme Dubreuil. Dossier transmis à sa hiérarchie.",
            "Veuillez nous excuser, c'est Rivo le guide qui a perdu les billets, il est toujours distrait celui-là.",
            "Oh ma pauvre, c'est ma belle-fille Sandrine qui a fait le ménage ce jour-là, elle n'a jamais su tenir une maison.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for choosing us for your first EV, and congratulations on joining the electric club! We're really glad the test drive along the seawall sold you on it and that Priya walked you through the home charger so patiently. We hear you on the wait, but the delivery slipped because the manufacturer changed the trim spec, the port in Seattle was backed up, our finance partner migrated its system that week, two of our team were off with flu, and the snow closed the Sea-to-Sky, so there was honestly no way anyone in Vancouver could have done it faster. Enjoy the new ride!",
            "Look, it was Grand National day, half the city was out, the Tunnel was shut, the app went down, two drivers rang in sick, it was lashing down and you booked last minute anyway, so what d'you expect like.",
            "Sir, courier had strike, then rain in Karachi, then Eid holidays, then warehouse had power shortage, then customs checking, so delay was not from our side at all.",
            "Please be advised that the delay resulted from (1) unprecedented demand, (2) a third-party logistics partner issue, (3) scheduled system maintenance, (4) adverse weather conditions and (5) the customer's own delivery instructions, all of which fall outside our control.",
            "So basically the server migration overlapped with our CDN provider's outage, plus an iOS update changed background audio permissions, plus a third-party analytics SDK had a bug, plus it was a holiday weekend for our on-call team, so the crashes you saw weren't really something we could have prevented.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi nos bateaux pour votre traversée vers Évian, nous sommes heureux que la vue sur les Alpes depuis le pont supérieur et le service au restaurant de bord vous aient plu. Nos équipages sont fiers de faire vivre ces unités historiques et vos mots leur feront plaisir. Concernant le retard au départ de Lausanne, il s'explique par la bise qui soufflait fort ce matin-là, par un contrôle de la machine imposé la veille, par l'absence de deux matelots malades, par une affluence exceptionnelle et par un changement d'horaire décidé par les autorités portuaires, de sorte qu'il nous était matériellement impossible de partir à l'heure. Au plaisir de vous accueillir à nouveau à bord !",
            "Le retard de mise en service est dû au gestionnaire de réseau, au changement de logiciel, à la tramontane qui a fait tomber deux lignes, aux congés de la Toussaint et au fait que votre compteur n'était pas accessible, donc franchement rien de notre côté.",
            "Ben écoutez, il y avait la grève du port, le carburant qui manquait, la pluie, le carnaval, le mécanicien en congé, la pièce qui venait de Paris… que voulez-vous qu'on fasse de plus ?",
            "Retard lié : intempéries, grève transporteur, maintenance SI, pic d'activité, informations client incomplètes. Aucun manquement de notre part.",
            "Ça n'est pas de not' faute, hein : la Meuse était en crue, la route de Dinant était barrée, le logiciel de réservation a planté, deux maîtres du jeu étaient malades et vous êtes arrivés avec vingt minutes de retard, alors bon.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for coming to our Friday late showing, and we're so pleased the new sound system made the film feel like a proper event. It's lovely to hear you enjoyed the loaded nachos and the local cider at the bar before the film, and our team were delighted you noticed the refurbished foyer. We're always looking for ways to make a night out in Bristol a bit more special. Regarding the sticky seats, though, that simply didn't happen: there were no issues in that screen that evening. Hope to see you again soon!",
            "Never happened.",
            "Our app got no such bug one. Cannot be.",
            "We categorically reject the assertion that any call was dropped or any claim delayed. No such incident occurred.",
            "No, no. Our bus has never left any passenger at Jinja. This did not happen.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite en famille ! Nous sommes ravis que les enfants aient adoré les singes hurleurs et le bassin des loutres géantes, et que la promenade sous les grands arbres vous ait offert un peu de fraîcheur malgré la chaleur de Guyane. Nos soigneurs seront touchés par vos compliments sur le nourrissage commenté. En revanche, concernant les enclos mal entretenus, cela n'est tout simplement jamais arrivé : il n'y a eu aucun problème ce jour-là. Au plaisir de vous revoir bientôt au parc !",
            "Aucun incident constaté. Fin de la discussion.",
            "Ça c'est pas arrivé, point final. Notre wifi a jamais coupé, right?",
            "Impossible. Nos voitures sont toutes climatisées et révisées, il n'y a jamais eu aucune panne chez nous.",
            "n'importe quoi y a jamais eu de punaises dans notre auberge jamais jamais",
        ],
    },
}

BLIND22_GOOD: dict[str, list[str]] = {
    "en": [
        "Cheers for this, it made our day! If any of your mates fancy giving the app a go, every member has a referral code under Settings: a free month for both of you, whether they end up loving it or not.",
        "Sorry the lock on the final chest jammed. Turns out our 'cursed pirate' props are more cursed than we planned! We've replaced it, and we've already refunded your booking in full; it should be back on your card within 3 to 5 days.",
        "Really sorry the cabin heating wasn't working on your crossing. Please ring our customer team on 0191 496 0123 (8am to 8pm, every day) and we'll put it right.",
        "Thank you! We'll pass this on to Tasha and Ollie, who were looking after the screen that night. They'll be chuffed to bits.",
        "You're right, the hot water wasn't good enough, and we're sorry. The immersion timer failed the day you arrived and we didn't catch it in time. That's on us, and a plumber has fitted a new one since.",
        "Thanks for visiting. I'm sorry the no-flash rule spoiled a few of your photos. Some of our textiles are over 300 years old and light fades them quickly, so it really does help. Our gallery guides are always happy to show you the best spots for photos without flash.",
        "So sorry to hear your daughter's hat went missing near the meerkats. Our team checked lost property and the CCTV by the enclosure, and we've found it! Give us a call on (08) 5550 1234 and we'll post it out to you.",
        "Kia ora, and thanks for the honest feedback. Yes, our dorm rate went up $4 a night this summer after our rates and insurance went up. We're sorry it came as a surprise, and we've updated the booking page so it's clear before anyone books.",
        "Howzit, and thanks for booking with us! Sorry we couldn't go out on Sunday: the shark nets were being serviced and the lifeguards had closed the beach, and we never take beginners out then. Your voucher is still valid, pop in any time.",
        "Thank you for your review. We checked, and the phone was sold with the standard 12-month warranty, as printed on the receipt and on our website, not 24 months. We understand the confusion and would still be glad to look at the screen for you at our Osu shop. Please come by or call us on 030 555 0147.",
        "We are very sorry for your loss, and thank you for letting us know the journey to the burial in Mbarara went smoothly. Our thoughts are with you and your family.",
        "Congratulations on your first car, and on the new job! Thank you for choosing us. Drive safely, and we'll see you for your first free service at 1,000 km, as with every new car we sell.",
        "Thanks for the 3 stars and the detailed notes lah. You're right that the energy bar refills too slowly; the next update (v2.4) brings it down to 10 minutes.",
        "So sorry about the flat tyre on the East Coast Road. Just so you know, our standard insurance covers tyres, so there is nothing for you to pay: send the roadside mechanic's receipt to bookings@islandwheels.bb and we'll reimburse it.",
        "You're right, and we're sorry. Our support rep Dana told you the refund window was 7 days when it's actually 30. That's a gap in our training, not hers to carry. We've processed your refund and updated our support guide.",
        "Thank you, cher! So glad Miss Odile got y'all to the airport in time for that flight.",
        "Our lane 7 pinsetter has a mind of its own, and it clearly picked your birthday to act up. Sorry about that! It's been fixed. We're open till midnight Friday and Saturday if you fancy a rematch.",
        "We're very sorry about the break-in in the parkade. We've shared our camera footage with the Vancouver Police so they can follow up, and a locksmith is upgrading the gate this week. If you need a letter for your insurer, email us at office@harbourviewpm.ca.",
        "Thank you for taking the time to share your experience. We're sorry your broadband dropped repeatedly last week. An engineer has replaced a faulty card at your local exchange. If you're still having issues, please send us a private message so we can look at your account securely.",
        "Thanks. Glad you enjoyed it.",
        "Sorry. Fixed now.",
        "Sorry the gig was cancelled on the night; the band's singer lost her voice that afternoon. Everyone who bought through us has already been refunded in full. If you haven't seen it by Friday, email tickets@mersey-hall.co.uk and we'll chase it.",
        "Thanks for the kind words. Just so you know, we never offer anything in exchange for reviews, so this one means a lot to us.",
        "We're sorry your direct debit went up. Wholesale gas prices rose this winter and the price cap changed on 1 January, and we know that's hard. If you're struggling, our hardship fund is open to every customer: call 0800 555 0190 and we'll talk it through.",
        "Fair points, and thank you for raising them. We should have told you sooner that the vendor had accepted another offer. We've changed how we work so buyers hear the same day.",
        "Sorry you had a bad time with that seller. We looked into the listing and the jacket was described as 'used, minor scuffs', with photos, so it wasn't covered by buyer protection. We'd still like to help: could you message us through the app so we can look at your photos together?",
        "Thanks for shopping with us! Our rewards club is free for everyone to join: you get points on every order, no strings attached.",
        "Happy 40th anniversary to you both! So lovely that you chose our little campsite to celebrate.",
        "Sorry your streak reset. That was a bug on our side after the last update, and we've restored streaks for everyone affected. Hope you'll keep going with your Spanish!",
        "Thanks for the review! Sorry your little one found the magic carpet too busy on Saturday; weekends are our busiest days. Weekday group lessons are smaller, if that suits you better.",
        "Sorry the MOT took all day. The part we needed was coming from Gateshead and the van was late. We should have rung you to let you know, and we will next time.",
        "We're really sorry you had that experience. You can report any profile from the app and our safety team reviews every report within 24 hours. If you ever feel unsafe, please contact the police too; we cooperate fully with them.",
        "We're sorry the transfer was delayed. Please don't post any account details here: send us a message in the app and we'll look into it straight away.",
        "We appreciate the 4 stars! The off-peak return option you asked for is coming in our next release.",
        "Ah, thanks a million! Mary will be delighted you loved the brown bread. Come back to us soon.",
        "Thank you for letting us know, and sorry the lift was out of action; it was repaired the next morning. For future visits, call our box office on 0117 496 0550 and we'll happily arrange a seat in the stalls.",
        "Sorry for the late arrival. Under our terms of carriage you're entitled to a 50% refund for delays over two hours, and we've already credited it to your card.",
        "Guilty as charged: our clues were harder than a Monday morning. We've added a hint button since. Thanks for sticking with it!",
        "We were so sorry to read that your dad, who loved our steam engines, passed away this year. Thank you for bringing his grandchildren to see them. He'd have been proud.",
        "We hear you about the cleaning charge. Our return photos show a lot of sand in the boot, which is why it was applied, but we'd like to talk it through with you. Please email us at help@sunsetcars.com and we'll review it together.",
    ],
    "fr": [
        "Merci pour ce chouette retour, ça fait plaisir ! On transmet à Maëlle et Gwen à l'accueil, elles vont être ravies.",
        "Vous avez raison pour les sanitaires, et nous en sommes désolés : la pompe de relevage est tombée en panne le samedi du 15 août et le réparateur n'a pu venir que le lundi. Elle a été remplacée depuis.",
        "Merci pour votre message. Nous comprenons votre déception : le casque est obligatoire pour tous nos élèves, même pour une heure de cours, parce qu'une chute sur neige dure arrive vite. Nous prêtons des casques gratuitement à l'accueil si vous n'en avez pas.",
        "Oui, la vue sur mer se mérite : 87 marches, on les a comptées en remontant les valises ! Désolés de ne pas l'avoir précisé plus clairement, c'est maintenant écrit en gros sur l'annonce.",
        "Le concert a été annulé parce que l'artiste est tombée malade, et nous en sommes sincèrement désolés. Tous les billets achetés chez nous ont déjà été remboursés automatiquement la semaine dernière.",
        "Nous comprenons votre mécontentement et vous prions de nous en excuser : le prix du kWh a augmenté au 1er février suite à l'évolution du tarif réglementé. Nos conseillers peuvent vous aider à choisir une offre plus adaptée au 04 68 55 01 20, du lundi au vendredi de 9 h à 18 h.",
        "Merci pour vos 3 étoiles et vos remarques. La piste 4 faisait des siennes ce soir-là, elle a été réglée depuis. À bientôt peut-être pour une revanche !",
        "Bonjour, nous sommes vraiment désolés pour ce pare-brise fissuré. Rassurez-vous, il est couvert par l'assurance incluse dans votre location : vous n'avez rien à payer. Notre agence de Baie-Mahault reste à votre disposition si besoin.",
        "Merci pour ce joli message ! Nos soigneurs sont tout contents que les enfants aient adoré le repas des loutres géantes.",
        "Merci beaucoup ! Nous sommes contents que Saïd vous ait attendue avec tous les bagages à l'aéroport de Dzaoudzi.",
        "Mabrouk pour la nouvelle voiture et pour le mariage ! Que Dieu vous garde sur la route. Merci de votre confiance.",
        "Merci pour votre avis. Nous avons vérifié : la climatisation des dortoirs fonctionnait, mais elle est coupée entre 10 h et 16 h quand les chambres sont vides, comme c'est affiché à l'accueil. Nous comprenons que ce soit gênant en été et nous réfléchissons à la laisser en marche. N'hésitez pas à nous écrire pour en parler.",
        "Nous avons été très touchés par votre message et vous présentons nos sincères condoléances pour votre maman. Merci d'avoir pensé à revenir à Antsirabe en sa mémoire ; vous serez toujours les bienvenus ici.",
        "Ah ça, notre cadenas à quatre chiffres est plus têtu qu'un Namurois un jour de Fêtes de Wallonie ! Toutes nos excuses, il a été remplacé. Merci pour votre bonne humeur.",
        "Nous sommes navrés pour le cambriolage de votre cave. À la demande de la police, la gérance lui a transmis les images de la caméra du hall, et un serrurier change les serrures des caves cette semaine. Pour votre assurance ménage, nous pouvons vous fournir une attestation : écrivez-nous à gerance@regie-du-lac.ch.",
        "Merci ben gros pour ton review ! On est contents que la traversée s'est bien passée pis que les kids ont aimé voir les phoques.",
        "Merci pour votre retour. Incident réseau identifié et corrigé. Nous vous prions de nous excuser pour la gêne occasionnée.",
        "Ma chère Hélène, quel bonheur de vous lire ! Les confitures de mirabelles vous attendront l'an prochain. Prenez bien soin de vous, je vous embrasse.",
        "Merci pour ce bel avis ! Pour info, le parrainage est ouvert à tous nos abonnés : un mois offert pour vous et pour la personne parrainée, que vous laissiez un avis ou non.",
        "Toutes nos excuses pour la taille qui ne correspondait pas au guide. Votre remboursement a été effectué hier, vous devriez le voir d'ici trois jours ouvrés. Nous avons corrigé le guide des tailles de ce modèle.",
        "Vous avez raison et nous vous présentons nos excuses. Thomas vous a indiqué par erreur que la garantie couvrait la casse ; c'est à nous de mieux former l'équipe, pas à lui d'en porter la responsabilité. Nous prenons la réparation à notre charge.",
        "Nous sommes désolés pour cette mauvaise expérience. Vous pouvez signaler l'annonce depuis l'application et notre équipe sécurité l'examinera sous 24 h. Si vous avez été victime d'une escroquerie, un dépôt de plainte vous permettra aussi d'être remboursé par notre garantie.",
        "Merci pour ce retour. Petite précision : nous n'offrons jamais rien en échange d'un avis, alors celui-ci nous touche d'autant plus.",
        "Nous sommes désolés pour ce blocage de carte. Pour votre sécurité, n'indiquez aucune information bancaire ici : contactez-nous par la messagerie sécurisée de l'application et un conseiller reprendra votre dossier.",
        "Désolés ! Le paiement a échoué samedi matin entre 7 h et 9 h à cause d'une panne chez notre prestataire. C'est réglé, et les billets achetés au tarif bord pendant la panne sont remboursés sur simple demande.",
        "Vous avez raison, le Perpignan–Barcelone a augmenté de 3 € cet automne à cause du prix du gazole et des péages. Nous en sommes désolés ; les tarifs réduits jeunes et seniors, eux, ne changent pas.",
        "Merci d'être venus malgré la météo ! Désolés d'avoir annulé la session de l'après-midi : avec les baïnes et le drapeau rouge, on ne met jamais de débutants à l'eau. Votre cours est reporté sans frais quand vous voulez.",
        "Merci, à bientôt !",
        "Désolés. C'est corrigé.",
        "Nous sommes désolés pour la perte de votre portefeuille. L'équipe a revu les images de vidéosurveillance de la salle 3 et l'a retrouvé sous un siège ! Il vous attend à l'accueil, ouvert tous les jours dès 13 h 30.",
        "Félicitations pour votre demande en mariage à l'entracte, toute la salle a applaudi ! Merci de nous avoir choisis pour ce moment.",
        "Merci pour votre retour. Nous ne vendons pas les données de nos membres, et notre politique de confidentialité est consultable dans l'application. Nous comprenons l'inquiétude et restons joignables à privacy@rencontres-app.fr pour toute question.",
        "Toutes nos excuses pour le rendez-vous manqué de jeudi. Notre négociatrice a été bloquée sur la rocade après un accident, et nous aurions dû vous prévenir plus tôt. Nous vous proposons une nouvelle visite à l'heure qui vous arrange.",
        "Merci pour votre avis. Le devis annoncé concernait les plaquettes seules ; les disques étaient usés et nous aurions dû vous appeler avant de les changer. Nous vous présentons nos excuses et vous remboursons la différence.",
        "Merci pour ce message ! Pour ceux qui arrivent tard : la boîte à clés est à droite du portail, 3 chemin des Oliviers, et on répond au 06 55 12 34 56 jusqu'à 22 h.",
        "Merci beaucoup ! Petit rappel : la carte de fidélité (la 10e nuit offerte) est pour tout le monde, il suffit de la demander à l'accueil.",
        "merci trop cool 😄 la prochaine maj corrige le bug du niveau 42, promis",
        "Merci pour votre message, et nous sommes désolés : le moniteur n'était pas au rendez-vous de 9 h à cause d'une erreur de planning de notre part. Le cours vous a été remboursé et nous vous offrons volontiers une leçon pour rattraper cela.",
        "Merci pour votre remarque. Nous ne pouvons pas laisser les visiteurs nourrir les animaux : c'est interdit par la réglementation et dangereux pour eux. Nos soigneurs font des nourrissages commentés à 11 h et 15 h, venez les voir !",
        "Bonjour, toutes nos excuses pour la coupure. Un câble sous-marin a été endommagé et la réparation a pris dix jours. Nous avons appliqué une remise d'un mois sur toutes les factures de novembre.",
    ],
}
