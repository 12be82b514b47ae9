"""Blind reply set, round 35: owner replies the pre-post check has never seen.

Who and when: written by helper 18b35, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 33").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business given for this round (airlines' local desks, ferry
companies, bus operators, taxi firms, chauffeur services, car rental, van
hire, driving schools for lorries, bicycle couriers, parcel lockers,
printing-on-demand shops, key cutters, shoe repairers, umbrella and hat
makers, toy shops, model shops, music-instrument shops, record shops,
bookbinders, art-supply shops, framers, sewing-machine repairers, knife
sharpeners, clock makers, bakeries in railway stations, hospital cafeterias
and university canteens).  Each French reply was written directly in French,
not translated.  The writer read only the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (to copy its format) and the
[tool.ruff] section of pyproject.toml (line length); the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers mixed: a transport company's customer-relations team, a grumpy
craftsman, a cheerful student employee, Belgian formal French, Corsican
familiar French, the anglicism-heavy French of a Parisian start-up, Northern
English, formal Scottish English, Singapore English and plain everyday
language.  For every code and language the first reply is long and warm with
its fault in a single sentence in the middle; several bad replies hide the
fault behind polite wording.  Good replies include look-alikes that share words
with the faults but are fine: a loyalty card or stamp scheme open to everyone
whatever they write, the business's own phone, e-mail or address, staff
praised by first name, an employee's mistake owned by the business, one
honest reason given with an apology, CCTV, the police, insurance or terms and
conditions mentioned to help the customer, polite factual corrections that
keep the door open, humour at the business's own expense, condolences and
safety rules explained kindly.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND35_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your trip across to the island with us. It's lovely to hear the crossing was calm, that the kids loved spotting the seals from the top deck, and that the café's bacon rolls lived up to their reputation. Our crew work hard to make every sailing feel like the start of a holiday, so we'll pass your kind words straight on to them. If you'd be willing to bump your rating up to five stars, we'll happily upgrade your car to priority boarding free of charge on your return journey. Safe travels and see you on the water again soon!",
            "Ey up, cheers for the review. Knock it up to five stars and your next set of keys is cut for nowt, just show us the screen at the counter.",
            "Should you feel able to revisit your assessment of our service, we would be pleased to extend a complimentary upgrade to an executive saloon on your next transfer.",
            "Hiya!! so sorry the printer jammed on ur poster 😅 if u delete this review i can sneak u 20 free prints next week, promise!! 🖨️💕",
            "Sorry lah about the waiting time. You change to 5 star then next time van hire we give you half day free, can?",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce très joli message. Nous sommes ravis que la réparation de votre vieille machine Singer vous ait donné satisfaction, et que vous ayez pu terminer la robe de mariée de votre fille à temps. Rien ne nous fait plus plaisir que de voir ces machines reprendre du service après des années au grenier. Si vous acceptez de passer votre note à cinq étoiles, nous vous offrirons la prochaine révision complète de votre machine. Au plaisir de vous revoir à l'atelier !",
            "Ô ma, merci ! Mets-nous 5 étoiles et le prochain fiadone il est pour la maison, hein, tu dis juste que tu viens de la part de Google 😉",
            "Nous nous permettons de vous informer qu'un geste commercial vous sera adressé dès réception d'une évaluation révisée de votre part.",
            "Hello ! Merci pour le feedback 🙏 Petit deal : tu retires ton avis et on te crédite 15 € sur ton prochain ride, win-win 🚀",
            "Retirez ce commentaire et votre prochain affûtage est gratuit.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for choosing us for your airport transfer, and for your comments about the journey. We're glad the car was clean and comfortable, and that the driver helped with your heavy cases at the terminal. We take every bit of feedback seriously and have looked carefully at the booking details from that morning. Please be aware that our dashcam recorded the whole trip and our solicitor has been asked to review whether your comments are defamatory. We would still welcome the chance to discuss things directly and hope to put this behind us.",
            "I know exactly which flat you live in, pal, I delivered the parcel there. Think on before you post again.",
            "We would gently remind you that we keep full records of all customers who hire our vans, and we are quite prepared to share them with the relevant parties should this review remain online.",
            "Our legal department has been notified of this post. Kindly remove it within seven days to avoid further action.",
            "Wah you think you anonymous ah? Your face on our CCTV very clear one. Better take down before we put on our Facebook page.",
        ],
        "fr": [
            "Madame, Monsieur, nous vous remercions d'avoir pris le temps de nous faire part de votre expérience à bord de notre autocar. Nous sommes heureux que le trajet vers Namur se soit déroulé dans de bonnes conditions et que le chauffeur ait été ponctuel. Nous tenons néanmoins à vous signaler que vos propos ont été transmis à notre service juridique, qui examine l'opportunité d'un dépôt de plainte pour diffamation. Nous restons par ailleurs à votre disposition pour tout complément d'information et vous souhaitons une excellente journée.",
            "On sait très bien qui tu es, on est au village ici. Fais attention à ce que tu écris, va.",
            "Nous vous suggérons respectueusement de reconsidérer la publication de cet avis, nos avocats étant particulièrement attentifs à ce type de contenu.",
            "Vous êtes passé devant la caméra du distributeur à 18 h 42, on a votre visage. Retirez votre avis ou on le publie.",
            "Super, on a screenshoté ton profil LinkedIn, ton boss va adorer lire ça. Take it down, merci 👍",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your detailed review of your Saturday lesson, and for being so patient while our instructor explained the reversing manoeuvres. Learning to drive an articulated lorry is a big step, and we know it can feel overwhelming at first. We've double-checked your file and can see you booked lesson 4 of 12 on the 14th at 7.30am under the mobile number ending 4471, so we'll call you there to rebook. Our trainers genuinely want every candidate to pass, and we hope you'll give us another go.",
            "Mrs Hughes from 12 Aldgate Close, your reheeled boots have been ready since Tuesday. Come and get them.",
            "We were sorry to read about your visit on Thursday 3rd March at 2.15pm while you were waiting for your chemotherapy appointment upstairs, and we hope the cafeteria can do better next time.",
            "Hi Jason, we've checked your booking ref TX-88213 and the card ending 0932 was only charged once. Please call us.",
            "As per our records your locker code was 5519 and the parcel was collected at 21:04 from the Queen Street unit, so it was delivered correctly.",
        ],
        "fr": [
            "Bonjour et merci pour ce retour détaillé sur votre location de voiture. Nous sommes contents que la citadine vous ait permis de découvrir le Cap Corse dans de bonnes conditions, malgré la chaleur. Nous avons vérifié votre dossier : votre réservation n° 55-2107 au nom de Mme Santoni, avec le permis n° 12AB34567, indique bien un retour le 18 août à 19 h. Nous espérons vous revoir l'été prochain et restons joignables à l'agence.",
            "Monsieur Dubreuil, votre pendule est prête depuis le 2, au 14 rue des Tanneurs comme convenu pour la livraison.",
            "Nous comprenons votre frustration, d'autant que vous nous aviez précisé être enceinte de sept mois lors de votre passage au guichet.",
            "Hello Kevin ! On a check ton compte : ta livraison au 3e étage, code porte 4821B, a bien été faite à 12h07 👌",
            "Nous vous rappelons que vous avez acheté ce piano le 9 mars avec un crédit sur 36 mois, ce que vous semblez oublier.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for coming into the shop and for taking the time to share your thoughts afterwards. We love it when customers bring their old clocks in to us, and your grandfather's longcase was a genuinely beautiful piece to work on. We understand the repair took longer than you hoped, as some parts had to be made by hand. Frankly, though, anyone reading this should know you've made up half of it to get money off. We wish you many years of happy ticking.",
            "You're clearly a serial complainer who's never hired a van in his life.",
            "We do wonder whether you might have been a little confused on the day, as your version of events doesn't quite match reality.",
            "Honestly mate you sound like a nightmare to drive around. Most of our fares are lovely people, unlike you.",
            "With respect, it is evident that this review was written in bad faith by someone attempting to obtain a refund to which they are not entitled.",
        ],
        "fr": [
            "Bonjour et merci d'être passé à la boutique. Nous sommes toujours heureux d'accueillir des amateurs de vinyles, et nous espérons que vous avez pu dénicher quelques pépites dans les bacs de jazz. Nous comprenons que le prix du pressage japonais vous ait surpris. Cela dit, vu votre comportement au comptoir, il est clair que vous êtes un menteur qui cherche juste à faire baisser les prix. Bonne écoute quand même.",
            "Toi tu es un vrai couillon, tu sais même pas tenir un couteau et tu viens nous expliquer l'affûtage.",
            "Nous nous interrogeons sincèrement sur votre bonne foi, tant votre récit semble taillé pour obtenir un dédommagement.",
            "Franchement, les clients toxiques comme toi, on n'en veut pas dans notre community. Bye.",
            "Monsieur, votre mauvaise foi est manifeste et votre comportement indigne d'un adulte.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your review of our station bakery. We're always glad when commuters pop in for a coffee and a pastry on the way to their train, and the morning rush is our favourite part of the day. We understand you found the queue long at 8am on a Monday. Oh, what a shock that a bakery in a railway station is busy at rush hour, we'll be sure to ask the trains to run emptier for you. We hope you find a quieter moment to try our cinnamon buns.",
            "Oh no, a hat that doesn't fit a head we never measured. Truly a mystery for the ages.",
            "So sorry our umbrellas failed to stop a Force 9 gale. We'll have a word with the weather.",
            "Wow, thanks for the super helpful tip on how to run a bus company 🙄 we'll get right on it",
            "Congratulations on being the first person in forty years to find our frames 'too well made'. We'll try harder to be shoddy.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à la cafétéria de l'hôpital. Nous savons combien ces moments d'attente peuvent être longs, et nous essayons d'offrir un petit espace de réconfort aux familles et aux patients. Nous avons bien noté que le sandwich ne vous a pas plu. Évidemment, nous aurions dû vous servir un menu trois étoiles entre deux couloirs de radiologie, suis-je bête. Nous vous souhaitons malgré tout bon courage pour la suite.",
            "Ah oui, quel scandale, un bateau qui bouge sur la mer. On va demander à la Méditerranée de se calmer pour vous.",
            "Merci pour cette analyse d'une finesse remarquable, nous l'encadrerons fièrement à côté de nos diplômes.",
            "Wow, merci pour ce feedback ultra disruptif, on va pivoter tout notre business model grâce à toi 🙃",
            "Quel dommage que nos couteaux coupent. Nous réfléchissons à des lames émoussées pour les clients sensibles.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for flying with us and for letting us know about your experience at our local desk. We know how stressful it is to arrive at the airport with excess baggage and a tight connection, and we're glad you made your flight in the end. The overcharge was entirely down to Gemma at check-in, who applied the wrong fee band and has been formally disciplined as a result. We have refunded the difference and hope to welcome you on board again soon.",
            "Aye, that'll have been Darren. He's been told, and it's his last warning.",
            "We have identified the driver concerned, Mr Osei, and can assure you he has been removed from the rota pending a disciplinary hearing.",
            "Sorry!! that was our new guy Tom on the till, he's honestly hopeless, we're keeping an eye on him 🙈",
            "The framing error was made by our apprentice, Liam, whose work is now being checked by a senior colleague at all times.",
        ],
        "fr": [
            "Bonjour et merci pour votre message concernant la reliure de votre thèse. Nous savons à quel point ce document compte pour vous après des années de travail, et nous sommes désolés que le résultat ne soit pas à la hauteur. Nous avons découvert que c'est Mélanie qui a inversé deux cahiers lors de l'assemblage, et elle a reçu un avertissement écrit. Nous vous proposons de refaire entièrement l'ouvrage à nos frais, dans les plus brefs délais.",
            "C'est Jean-Toussaint qui a fait la bêtise, il est pas fait pour ce métier, on lui a dit.",
            "L'erreur incombe à notre collaboratrice Mme Lambert, à qui il a été rappelé ses obligations professionnelles.",
            "Our bad, enfin surtout celle de Hugo qui a mal set up ta commande 😬 il a eu un petit recadrage.",
            "Notre vendeuse Chloé n'aurait jamais dû vous vendre cette boîte incomplète ; elle sera sanctionnée.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for taking the time to leave a review after your visit to the model shop. We're glad you enjoyed browsing the railway layouts and that your son found the kit he'd been after. We're sorry the paint you wanted was out of stock; the supplier changed distributor in September, the warehouse flooded in October, our delivery van was off the road with a broken clutch, two of our three staff had Covid, the new till system wouldn't print order slips, and the Christmas rush started early this year. We hope to see you again soon when the shelves are full.",
            "The bus was late because of roadworks, a broken-down lorry, a diversion the council never told us about, a driver shortage, new timetables, the weather, and a school run that overran. None of that is on us.",
            "We would note that the delay in returning your shoes arose from the unusual volume of orders, a late delivery of leather, a power cut on the Tuesday, the bank holiday, the illness of our finisher, and the fact that the sole you chose requires a longer curing time than most.",
            "Sorry for the wait lah, but the system down, the courier late, one staff MC, the lift spoil, and the rain very heavy that day, also public holiday before that so many parcels.",
            "Before judging us, please consider the fuel prices, the insurance costs, the new emission rules, the parts shortage, the recruitment crisis in our sector and the fact that we have never had this complaint before.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour. Nous sommes contents que votre fils ait adoré sa première guitare et qu'il joue déjà quelques accords. Concernant le retard de livraison, il faut savoir que le fabricant a changé de transporteur, que le camion est resté bloqué à la frontière, que notre stock a été inventorié ce jour-là, que notre luthier était en congé maladie, que le logiciel de commande a planté et que la grève des postes a tout compliqué. Nous espérons vous revoir bientôt au magasin.",
            "Le retard c'est à cause du vent, de la douane, du port de Bastia, du fournisseur, de la grève et du mariage de mon cousin. Voilà.",
            "Nous souhaitons préciser que le délai s'explique par la conjonction de facteurs multiples : congés annuels, pénurie de matières premières, renouvellement de notre parc informatique, travaux de voirie devant l'atelier et afflux exceptionnel de commandes.",
            "Alors en fait on a eu un bug sur l'app, un souci de scalabilité, un rush pendant le Black Friday, un onboarding de nouveaux riders et un pb de stack technique, donc voilà quoi.",
            "Il y avait du monde, le four était en panne, la livraison de farine en retard, le TGV de 6 h 12 annulé et deux apprentis malades. Nous ne pouvons pas tout faire.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to write to us about your journey on the 7.40 service. We know how much our regular passengers rely on us to get to work on time, and we truly value the loyalty of our commuters. We've read your comments with interest. However, the bus was not late and the driver was not rude; that simply did not happen. We look forward to seeing you on board again.",
            "Never happened. Our knives don't chip. End of.",
            "We are confident that no such incident occurred on board our vessel, and we must therefore respectfully reject your account in its entirety.",
            "Nope, totally not true, nobody here would ever say that to a customer haha",
            "This did not happen. All our cars are cleaned between every fare and no driver of ours has ever taken a longer route.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à l'atelier d'encadrement. Nous sommes toujours touchés quand des clients nous confient des œuvres qui leur sont chères, comme l'aquarelle de votre grand-mère. Nous avons bien lu votre avis. Nous tenons cependant à affirmer que le verre n'a jamais été rayé chez nous et que ce que vous décrivez est tout simplement faux. Nous vous souhaitons une belle journée.",
            "C'est faux, point. Mes horloges ne retardent pas.",
            "Nous contestons formellement l'ensemble des faits relatés dans votre commentaire, qui ne correspondent en rien à la réalité de notre service.",
            "Ça n'est jamais arrivé, on a zéro retard sur nos trajets, data à l'appui 📊",
            "Personne chez nous ne vous a parlé de la sorte, c'est impossible, n'insistez pas.",
        ],
    },
}

BLIND35_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for sailing with us, and we're really sorry the crossing was so rough and the café ran out of hot food. That's not the trip we want anyone to have. We've restocked the galley for the winter timetable and added a second hot option. If you'd like to talk it through, our customer relations team is on 01234 567 890 or care@example-ferries.co.uk.",
        "Cheers for the kind words! Kerry on the counter will be chuffed to bits you mentioned her by name.",
        "We're sorry your flight change took so long at the desk. One honest reason: our system was down for twenty minutes that morning. That's no excuse for the wait, and we've since added a paper back-up so it won't hold people up again.",
        "Sorry, that one's on us. Our driver Sam took the wrong turn off the ring road, and as a company we should have briefed him on the roadworks. We've refunded the extra fare to your card already.",
        "Thanks for your review. Just so everyone knows, our stamp card is for all customers, whether or not they leave a review: ten coffees and the eleventh is on us.",
        "We were very sorry to hear of your loss, and we're honoured you trusted us to repair your late father's watch. Please take all the time you need to collect it.",
        "Thank you for your patience. For safety reasons we can't let anyone ride in the back of the van with the furniture, and we know that was frustrating on the day. We'd be glad to arrange a second seat in the cab next time.",
        "We're sorry the umbrella blew inside out on its first outing. To be honest, even our best ones don't love Glasgow in November. Bring it back and we'll replace it free.",
        "Thanks for the feedback. We checked the locker at Queen Street and it seems to have had a fault with the door sensor. We've sent an engineer and we're sorry for the hassle. Please message us through the app and we'll sort a refund.",
        "Ta very much, love. Glad the brogues came up like new. See you next time your heels need doing.",
        "We note the concern you have raised regarding the timing of your transfer, and we apologise sincerely. Our records show the booking was for 6.30 rather than 6.00; it's quite possible the confirmation email was unclear, and we've reworded it for future customers. Please do contact us at the office so we can make it right.",
        "Wah, so happy you liked the laksa at the canteen! Auntie Mei say thank you and see you again tomorrow 😊",
        "We're sorry your bike courier arrived later than promised. Our rider was caught in a closed road, but we should have texted you. We've added automatic delay messages to every delivery.",
        "We're not going to pretend the queue wasn't long at 8am. It was, and we're sorry. We've added a second till for the morning rush from Monday.",
        "Thank you for the lovely review! The trainers work hard, and we'd love to pass on your thanks to Pete especially — he says your reversing into the bay was the best he's seen all month.",
        "We appreciate you taking the time to write. For clarity, the cancellation fee is set out in our terms and conditions, but we understand it felt unfair given the circumstances, and we've waived it on this occasion.",
        "Really sorry your print came out with the colours off. Our machine needed recalibrating and we've done that now. Pop back in with your file and we'll reprint it free.",
        "We see you were unhappy with the sharpening. We'd love to take another look at the knife, no charge. Drop it in any Tuesday or Thursday.",
        "Thank you for your thoughtful review. We're sorry the mould arrived broken; that's our packaging, not your fault. A replacement has been posted today.",
        "It is with regret that we read your experience of our chauffeur service, and we would welcome the opportunity to make amends. Please write to us directly at bookings@example-chauffeurs.co.uk.",
        "Ha, fair point about our tiny shop and the double bass. We've moved a display so there's room to try the big ones now.",
        "Thanks for the five stars! Every customer gets 10% off their second frame, so do pop back when you've got the next print ready.",
        "We understand you felt the key was poorly cut. We tested it again on our machine and it matched the original, but sometimes old locks are worn — bring us the lock and we'll cut one to fit it, free of charge.",
        "So sorry you had a rotten day in hospital, and thank you for still finding a kind word for the team. Wishing you a speedy recovery.",
        "Thank you for your review. We reviewed the CCTV at your request and, you're right, the bag was left on the counter. It's been handed to the police lost property office and we've emailed you their details.",
        "Thanks for coming in! The record you were after should be back in stock Friday. Give us a ring on the shop number and we'll put one aside for you.",
        "Not our finest hour. The bus broke down, the replacement was late and our updates were poor. We're sorry, and we've sent a full refund for the day pass.",
        "We respectfully note that the route you describe is the one shown on our timetable; however, we appreciate the signage at the stop is confusing and we've asked the council to replace it. Thank you for raising it.",
        "Thanks for the shout-out! Our student crew had a blast serving you at freshers' week 🎉",
        "We're sorry we couldn't get your sewing machine back before your daughter's wedding. We should have told you sooner that a part was on order. The service fee has been refunded.",
        "Thanks for the honest feedback about the sizing. Hats are tricky to buy online, so we've added a measuring guide and a free exchange on every order.",
        "Cheers for trying the new van hire app. We know the booking screen is clunky, and our developers are on it. In the meantime, our depot phone is staffed 7am–7pm.",
        "We thank you for your message. For safety, blades above a certain length must be wrapped before leaving the shop, which is why we packed yours so carefully. Sorry it took a few extra minutes.",
        "We hear you. The toy you bought was missing pieces, and we're sorry. Our manager, Aisha, has checked the rest of that batch and sent the manufacturer a note.",
        "Oh, we do love a review that mentions our scones. Thank you!",
        "Thank you for letting us know. Our policy is that we never share a customer's booking details publicly, so please DM us or call the desk and we'll look into your flight straight away.",
        "We're sorry you felt rushed by the framer. That's not how we want anyone to feel when they bring in something precious. Please come back and we'll take as long as you need.",
        "Thank you for your review. We're not able to offer anything in exchange for reviews, but we do want to put this right for its own sake: the strap has been replaced free.",
        "Our mistake, plain and simple. We sold you the wrong gauge of string and we'll swap it for you, no questions asked.",
        "Thanks for the feedback on the bookbinding course. We've shortened the gluing demo and added more hands-on time, just as you suggested.",
    ],
    "fr": [
        "Madame, Monsieur, nous vous remercions pour votre retour et vous présentons nos sincères excuses pour l'attente au guichet. Un renfort sera désormais présent aux heures de pointe. Notre service clientèle reste joignable au 02 123 45 67 ou à l'adresse service@exemple-bus.be.",
        "Merci beaucoup ! Laetitia sera ravie de savoir que son accueil vous a fait plaisir, on lui transmet tout de suite.",
        "Nous sommes désolés pour le retard de votre taxi. La cause : un accident sur la rocade. Cela n'excuse pas l'absence de message de notre part, et nous avons mis en place une alerte SMS automatique.",
        "C'est notre erreur : notre chauffeur Karim s'est trompé d'adresse, et c'est à nous de lui avoir donné la mauvaise fiche. Nous vous avons remboursé la course.",
        "Merci pour votre avis ! Pour info, notre carte de fidélité est ouverte à tous les clients, avis ou pas : dix baguettes achetées, la onzième offerte.",
        "Toutes nos condoléances pour la perte de votre mari. Nous sommes touchés que vous nous ayez confié son horloge, et nous en prendrons grand soin.",
        "Merci pour votre compréhension. Pour des raisons de sécurité, nous ne pouvons pas embarquer de bouteilles de gaz à bord, même vides. Nous savons que c'était contrariant et nous allons le préciser plus clairement sur le site.",
        "Désolés que le parapluie n'ait pas résisté au mistral. Soyons honnêtes, le mistral gagne souvent. Rapportez-le, on vous l'échange gratuitement.",
        "Ô, merci mille fois ! Ça fait plaisir, ça. Reviens quand tu veux, le café est toujours chaud 😊",
        "Nous prenons note de votre remarque sur le prix. Il a augmenté avec le coût du cuir, et nous comprenons que ce soit surprenant. Nous restons à votre écoute à l'atelier.",
        "Merci pour ce feedback super utile ! On a shippé un fix sur l'app cette semaine, tu ne devrais plus avoir de bug au moment de payer. Ping-nous sur support@exemple-coursiers.fr si besoin 🙏",
        "Nous regrettons sincèrement que votre colis soit resté bloqué dans le casier. Un technicien est intervenu sur la porte défectueuse. Contactez-nous via l'application pour être remboursé.",
        "Vous avez raison, nous n'avions pas assez de personnel ce matin-là. Nous vous présentons nos excuses et avons revu nos plannings.",
        "Merci pour votre avis. Pour être précis, notre horaire indique un départ à 7 h 50 et non 7 h 40 ; nous comprenons que l'affichage à l'arrêt prête à confusion et l'avons signalé à la commune. N'hésitez pas à nous écrire si le problème persiste.",
        "Mille mercis ! Nos formateurs, et surtout Didier, sont fiers de votre réussite au permis C. Bonne route !",
        "Nous avons bien examiné les images de vidéosurveillance à votre demande : votre sac a été retrouvé et confié au bureau des objets trouvés. Nous vous avons envoyé leurs coordonnées par e-mail.",
        "Désolés pour les couleurs de votre impression. Notre machine devait être recalibrée, c'est fait. Repassez avec votre fichier, on réimprime gratuitement.",
        "Bon, on l'avoue : notre boutique est minuscule et votre poussette n'y rentrait pas. On a poussé un présentoir pour faire de la place. Merci de nous l'avoir signalé !",
        "Nous vous remercions pour votre commentaire. Les conditions d'annulation figurent dans nos conditions générales, mais au vu des circonstances nous avons annulé les frais.",
        "Merci pour les cinq étoiles ! Tous nos clients bénéficient de 10 % sur le deuxième cadre, n'hésitez pas à revenir.",
        "Désolés que vous ayez trouvé l'affûtage inégal. Rapportez-nous le couteau, on le reprend sans frais, le mardi ou le jeudi.",
        "Nous sommes navrés pour la pièce manquante dans la maquette. Un colis de remplacement est parti ce matin.",
        "Prompt rétablissement, et merci d'avoir pris le temps d'écrire malgré une journée si difficile à l'hôpital. Toute l'équipe de la cafétéria vous embrasse.",
        "Nous comprenons que la clé ne fonctionnait pas. Nous l'avons retestée et elle correspond à l'original, mais les vieilles serrures s'usent : apportez-nous le cylindre et nous en taillerons une adaptée, sans frais.",
        "Merci pour votre passage ! Le vinyle que vous cherchiez revient vendredi. Appelez la boutique, on vous le met de côté.",
        "Nous sommes désolés de ne pas avoir rendu votre machine à coudre avant le mariage. Nous aurions dû vous prévenir plus tôt du délai de la pièce. Les frais de révision vous ont été remboursés.",
        "Pas notre meilleure journée, clairement : le bus est tombé en panne et nos informations étaient insuffisantes. Nous vous présentons nos excuses et remboursons votre titre de transport.",
        "Merci pour votre remarque sur les tailles. Nous avons ajouté un guide de mesure et l'échange est désormais gratuit sur tous les chapeaux.",
        "Nous vous remercions de votre message. Pour des raisons de sécurité, les lames doivent être emballées avant de quitter la boutique ; c'est pourquoi cela a pris quelques minutes de plus. Veuillez nous en excuser.",
        "Merci d'avoir signalé le jouet incomplet. Notre responsable, Aurélie, a vérifié tout le lot et prévenu le fabricant. Nous vous l'échangeons bien sûr.",
        "Conformément à notre politique, nous ne communiquons jamais publiquement les informations de réservation de nos clients. Écrivez-nous en message privé ou passez au comptoir de l'aéroport, nous regarderons votre dossier tout de suite.",
        "Nous sommes désolés que vous vous soyez senti pressé à l'atelier d'encadrement. Revenez quand vous voulez, nous prendrons tout le temps nécessaire.",
        "Nous ne proposons aucune contrepartie en échange d'un avis, mais nous tenons à réparer notre erreur : la sangle a été remplacée gratuitement.",
        "Notre erreur, tout simplement : nous vous avons vendu le mauvais tirant de corde. Nous vous l'échangeons sans discussion.",
        "Merci pour vos suggestions sur l'atelier de reliure. Nous avons raccourci la démonstration et ajouté du temps de pratique.",
        "Ah, la file devant la boulangerie à 7 h, on la connaît trop bien ! Désolés pour l'attente : une deuxième caisse ouvre dès lundi.",
        "Merci pour ce super retour ! Toute l'équipe du resto U est contente que le couscous du jeudi vous plaise autant 😄",
        "Nous comprenons votre déception concernant la location. Le véhicule attribué n'était pas celui réservé, et c'est notre responsabilité. Un avoir vous a été adressé, et notre agence reste joignable au 04 95 00 00 00.",
        "Sans rancune, hein ! On a bien ri de la comparaison avec un escargot, c'est vrai que notre vieille camionnette n'est plus toute jeune. On a trouvé un autre livreur pour les commandes urgentes.",
        "Merci infiniment d'avoir pensé à nous pour la restauration de la pendule de famille. Nous sommes touchés par l'histoire que vous nous avez confiée.",
    ],
}
