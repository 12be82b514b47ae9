"""Blind reply set, round 34: owner replies the pre-post check has never seen.

Who and when: written by helper 18b34, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 32").

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of kinds of business given for this round (dentists, orthodontists,
vets for farm animals, hearing clinics, podiatrists, osteopaths, speech
therapists, private clinics, blood donation centres, village pharmacies,
medical-supply shops, mobility-scooter shops, funeral florists, cemetery
stonemasons, church event halls, town festivals, museums, galleries, concert
venues, nightclubs, casinos, racecourses, golf clubs, tennis clubs, sailing
schools, surf shops, campsites and youth hostels).  Each French reply was
written directly in French, not translated.  The writer read only the writer
brief, the first seventy-five lines of tests/replies/blind_round20.py (to
copy its format) and the [tool.ruff] section of pyproject.toml; it did NOT
read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or blind set, any other helper's worktree,
the git history or /work/.library; did not search the code; and did not run
the check, any test or any bench on these replies (only a syntax parse, a
count of entries and ruff).  Nothing here was adjusted after seeing any
result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: a doctor-owner's clinical tone, a family business where the
owner's son answers, a nightclub's cocky tone, Lyon bourgeois French,
Toulouse friendly French, Quebec casual French, American Southern English,
Australian blunt English and plain everyday language.  For every code and
language the first reply is long and warm with the fault in one sentence in
the middle; several others hide the fault behind polite wording.  Good
replies include look-alikes: referral schemes and discount codes open to
everyone with no review condition, the business's own phone line, office or
e-mail, CCTV, insurers and complaint channels mentioned to help, a named
employee's mistake owned by the business, staff praised by first name,
polite factual disagreement that keeps the door open, safety rules explained
kindly, a star rating quoted neutrally, condolences, congratulations, price
changes and waiting lists explained, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND34_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your visit to our practice. We know that plenty of people feel nervous in the dentist's chair, so hearing that the team helped you feel calm means a great deal to all of us. Our hygienists work hard to make every appointment as gentle as possible, and your words are going straight up on the staff room board. If you could bump your rating up to the full five stars, we'd be happy to take 20% off your next scale and polish. We look forward to seeing that lovely smile again soon!",
            "Appreciate it boss 😎 Edit that to 5 stars and you and the crew skip the line Saturday, VIP wristbands on us.",
            "Well bless your heart for staying with us at the campground. Tell you what, if you'd be so kind as to update that review to something a little sunnier, your next weekend hookup fee is on the house, sugar.",
            "We would be glad to extend a complimentary round to any member whose feedback is revised following our conversation with the committee.",
            "Fair enough mate. Delete the one-star and there's a free wax and fin key waiting for you at the counter. Deal?",
        ],
        "fr": [
            "Madame, Monsieur, nous vous remercions chaleureusement pour ce très aimable commentaire à la suite de votre visite de notre galerie. Nous sommes particulièrement touchés que l'exposition consacrée aux soyeux lyonnais ait suscité chez vous un tel intérêt. Notre équipe de médiation a préparé ces visites avec beaucoup de soin et se réjouira de lire vos mots. Si vous aviez l'obligeance de porter votre appréciation à cinq étoiles, nous serions heureux de vous convier gracieusement au vernissage de notre prochaine exposition. Dans l'attente du plaisir de vous accueillir de nouveau, nous vous prions d'agréer nos salutations distinguées.",
            "Merci ben gros! Si tu changes ta note pour 5 étoiles, ta prochaine nuitée au camping est sur nous autres, promis 🏕️",
            "Coucou ! Bon, on sait que le buffet était un peu juste ce soir-là, macarel… Modifiez votre avis et on vous offre 20 € de jetons à votre prochain passage au casino, avec plaisir !",
            "Nous tenons à vous remercier de votre fidélité ; un bon d'achat de 10 € vous attend au comptoir de la pharmacie dès que votre commentaire aura été mis à jour.",
            "Bonjour, c'est Julien, le fils du patron. Mon père serait content si vous retiriez l'avis, et en échange on vous fait la gravure de la plaque gratuitement.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for sharing your experience with our clinic. We understand how frustrating it is when a bracket comes loose right before a holiday, and we're sorry the timing was so poor. Our team always tries to fit emergency repairs in on the same day, and we'll look at how we handle Friday afternoon calls. Please be aware, however, that our solicitors have been copied on this review and will be advising us on the defamatory statements it contains. We do hope to see you at your next adjustment and put things right.",
            "Funny how you forgot to mention what happened at the bar. We've got it all on camera, bro, and we know exactly who you are. Think twice before posting again.",
            "Ma'am, we know your daddy and we know your church. I'd hate for folks around here to hear how you really behaved at the track Saturday. Might want to take this down.",
            "We note that this review was posted from an account we have been able to identify. We would kindly suggest reconsidering its content before we take the matter further through the appropriate channels.",
            "Keep posting rubbish like this and you'll be hearing from our lawyer. Simple as that.",
        ],
        "fr": [
            "Bonjour, je vous remercie d'avoir pris le temps de partager votre ressenti. Je comprends qu'une première séance puisse surprendre, et j'aurais sans doute dû mieux expliquer le déroulé des manipulations avant de commencer. Je veille toujours à recueillir l'accord de mes patients et je retiens votre remarque pour l'avenir. Je vous informe néanmoins que j'ai transmis votre avis à mon avocat, qui étudie les suites à donner à ces propos. Je reste disponible au cabinet si vous souhaitez en discuter.",
            "T'inquiète, on a ta tête sur les caméras de l'entrée. Continue à raconter n'importe quoi ici et tout le monde saura ce que t'as fait dans les toilettes.",
            "Nous connaissons fort bien votre famille, Monsieur, et nous doutons qu'elle apprécierait de voir ce genre de propos circuler dans le quartier d'Ainay.",
            "On sait c'est qui qui a écrit ça, pis on va s'en parler au quai. Retire ton avis avant que ça devienne plate pour toi.",
            "Nous vous informons que les enregistrements de vidéosurveillance de la soirée concernée ont été conservés et pourront être produits si vous maintenez ces affirmations.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to leave feedback about our clinic. We completely understand how unsettling it is when a new hearing aid doesn't feel right in the first few weeks, and we're sorry the adjustment period has been harder than expected. Looking at your file, your test on 14 March showed a 45 dB loss in your left ear, so it's quite normal that the settings take a little time. Our audiologists are always happy to fine-tune things, and there's never a charge for follow-up tweaks. Please do pop back in whenever suits you.",
            "Sorry you had to wait, but your prescription for the blood pressure tablets came in late from the surgery, not from us.",
            "Sir, we delivered that scooter to 42 Magnolia Drive on the Tuesday just like you asked, and your wife signed for it herself.",
            "We're sorry to hear this. As we discussed when you came in on the 3rd about your ingrown toenail, healing can take a few weeks, and we're happy to see you again.",
            "Mate, you were in bed 4 of dorm 12 for three nights under the booking for Kowalski, and nobody else complained about the noise.",
        ],
        "fr": [
            "Bonjour et merci pour votre message ! On comprend tout à fait votre inquiétude de parent, et on est désolés que le délai pour obtenir un premier rendez-vous ait été si long. Toute l'équipe fait vraiment de son mieux pour accueillir tout le monde. Le bilan de votre fils Lucas, réalisé le 12 octobre, montre d'ailleurs un retard de langage léger qui ne nécessite pas de séances plus fréquentes. Nous venons aussi de recruter une deuxième orthophoniste pour réduire l'attente, alors n'hésitez pas à nous appeler au cabinet !",
            "Votre vache a été vue le 8 février pour une mammite, et le traitement a été facturé 180 € sur le compte de votre GAEC, comme convenu au téléphone.",
            "Madame, nous nous permettons de vous rappeler que votre rendez-vous du jeudi 17 à 9 h 30 a été annulé de votre fait, ainsi qu'en atteste notre agenda.",
            "Nous vous rappelons respectueusement que vous êtes inscrit sur notre fichier des joueurs depuis 2019 et que votre dernière visite remonte au 2 mai, ce qui relativise quelque peu vos propos.",
            "Ben voyons, on l'a livré ton lit médicalisé au 1240 rue des Érables, ta mère était là pis c'est elle qui a signé.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your feedback on the clubhouse restaurant. We're genuinely sorry that your Sunday lunch was served lukewarm, and our chef has already looked at how the carvery is kept warm between sittings. We also take on board your comment about the pace of play on the back nine, and the committee will discuss adding marshals. Frankly, though, anyone at this club knows you've never paid a green fee without a fight, and this review is just more of the same bad faith. We hope to see you on the first tee again soon.",
            "Lol imagine being this bitter cos the bouncer said no. Stay mad, loser.",
            "Sir, you are a liar, plain and simple, and the good Lord knows it.",
            "We respect every opinion, but it is difficult to take seriously a review written by someone who, by their own admission, spent ten minutes in the building, and we gently suggest it was written in bad faith.",
            "You're a serial whinger, mate. Half the campground heard you carrying on. Nobody's buying your sob story.",
        ],
        "fr": [
            "Madame, Monsieur, nous vous remercions d'avoir pris la peine de nous faire part de votre soirée. Nous regrettons sincèrement que l'attente au vestiaire ait été si longue à l'entracte, et nous avons d'ores et déjà prévu un second comptoir pour la saison prochaine. Il faut toutefois bien reconnaître que vous êtes de ces gens qui trouvent toujours à redire et qui mentent sans vergogne pour obtenir un remboursement. La qualité acoustique de la salle nous tient également à cœur, et vos remarques sur le balcon seront transmises à notre régisseur. Nous espérons néanmoins vous accueillir de nouveau.",
            "Franchement t'es un gros mytho, t'as jamais mis les pieds dans le carré VIP.",
            "Oh fan de chichoune, vous êtes d'une mauvaise foi crasse, et tout le club-house le sait depuis longtemps !",
            "Nous ne doutons pas que vous croyiez sincèrement à votre version des faits, mais permettez-nous de remarquer qu'elle change à chaque fois que vous la racontez.",
            "T'es juste un chialeux pis un menteur, tout le monde au camping le sait.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for stopping by the shop and for taking the time to write this. We're sorry the wetsuit you rented felt tight around the shoulders, and we've since added a wider range of sizes to the rental rack. Oh, and congratulations on discovering that the ocean is wet and cold in July, truly groundbreaking stuff. Our team always tries to get the fit right, and we'd love to help you find something better next time. Hope to see you back in the water soon!",
            "Wow, a two-star review from someone who left at 11:30. Shocking. Truly devastating. We'll never recover 🙄",
            "Well, I'm just tickled you found the one porta-potty in Tennessee that wasn't a five-star experience. We'll get right on that, sugar.",
            "Thank you for reminding us that a 22-dollar dorm bed does not come with a butler. We shall inform the staff at once.",
            "Yeah nah, sorry the horse you backed didn't win. We'll have a stern word with it.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre visite. Nous regrettons que l'éclairage de la petite salle vous ait paru insuffisant, et notre régisseur a déjà commandé de nouveaux projecteurs. Nous sommes par ailleurs ravis d'apprendre qu'un visiteur a enfin percé le mystère de l'art contemporain en dix minutes chrono, bravo pour cet exploit. Nos médiateurs restent à votre disposition pour toute visite commentée, sur simple demande à l'accueil. Au plaisir de vous revoir.",
            "Ah, la musique était trop forte en boîte de nuit ? Incroyable, on n'avait jamais remarqué 🙃",
            "Oh peuchère, il a plu en avril à Toulouse ? Quelle surprise, on va de ce pas porter plainte contre la météo !",
            "Nous prenons bonne note que notre officine de village de 800 habitants aurait dû disposer du même stock qu'une grande parapharmacie parisienne. Nous nous y employons.",
            "Ouin, une étoile parce que la crème glacée était froide. Merci pour le scoop, on l'avait pas vue venir celle-là.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for getting in touch, and we're truly sorry about the delay with your lambing call-out. We know how stressful those nights are on a farm, and how much every minute counts. The hold-up was entirely down to Tom, our junior vet, who ignored his pager, and he has been given a formal warning. We've since reorganised our on-call rota so that two vets are always available during lambing season. Please don't hesitate to ring the practice if you need us again.",
            "That was Jake on the door. He's been sacked. Sorry bro.",
            "Ma'am, I am so sorry. Darlene put the wrong ribbon on that wreath, and I have had a real serious talk with her about it, believe you me.",
            "We apologise for the tone of the receptionist you encountered; Ms Harris has been reminded of our standards and her conduct will be reviewed by HR this week.",
            "Yeah, Bec in the workshop stuffed up your scooter repair. She's been told. Won't happen again.",
        ],
        "fr": [
            "Bonjour, c'est Thomas, le fils de la gérante, qui vous répond. Merci beaucoup pour votre message, et toutes nos excuses pour le chauffage qui ne fonctionnait pas à votre arrivée dans la salle. C'est Marc, notre gardien, qui avait oublié de l'allumer la veille, et ma mère l'a sérieusement recadré. Nous avons fait venir un chauffagiste dès le lundi et la chaudière a été entièrement révisée. Nous espérons vous accueillir à nouveau pour une prochaine fête.",
            "C'est Kevin au vestiaire qui a perdu ta veste, il est viré. Voilà.",
            "Madame, l'erreur de facturation incombe entièrement à notre assistante, Mme Perrin, qui fera l'objet d'une sanction.",
            "Désolés pour le bazar à la buvette ! Notre bénévole Sandrine n'a visiblement pas suivi les consignes, alors on lui a retiré la caisse pour la suite du festival.",
            "C'est Maxime à la réception qui s'est trompé dans ta réservation, on lui a donné un avertissement. Désolé!",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your review, and we're sorry the repair took longer than you hoped. We know how much independence a scooter gives, and being without it is no small thing. The part had to come from Germany, the courier lost it once, our technician was off with flu that week, the bank holiday fell right in the middle, and on top of that our van's gearbox failed, so there really wasn't anything more we could have done. We've now got a loan scooter available for customers waiting on repairs. Thanks again for your patience.",
            "Look, the queue was long because the promoter oversold, the police asked us to slow entry, two bouncers called in sick, the card machine crashed, it was raining AND it was a bank holiday. So yeah, not on us.",
            "Now the parking mess wasn't our doing, y'all: the county closed the road, the rain turned the field to mud, the shuttle company sent one bus instead of three, our volunteer coordinator quit the week before, and the crowd was bigger than anybody expected.",
            "We are sorry for the wait. Please understand that staffing levels are set nationally, the session coincided with school holidays, two donor beds were awaiting maintenance, the IT system was being updated, and we had an unusually high number of first-time donors, each requiring a longer screening interview.",
            "Greens were slow cos of the drought, the water restrictions, the mower's busted, the greenkeeper's on leave and the council won't let us use bore water. Not much else to say.",
        ],
        "fr": [
            "Bonjour Madame, nous vous présentons d'abord nos sincères condoléances, et nous sommes profondément désolés que la couronne ne soit pas arrivée à temps pour la cérémonie. Nous savons combien ces moments sont douloureux et combien chaque détail compte. Il faut dire que le grossiste a livré les roses en retard, que notre camionnette est tombée en panne, que la route du cimetière était barrée pour travaux, que deux commandes urgentes sont arrivées le même matin et que notre livreur habituel était en arrêt maladie. Nous vous avons remboursée intégralement et restons à votre écoute au magasin.",
            "Écoute, le son était pourri parce que le DJ était en retard, la table de mixage avait chauffé, l'ingé son était malade, y a eu une coupure de courant et en plus y avait un match le même soir. Donc bon.",
            "Nous nous permettons de préciser que la fermeture anticipée de la salle des primitifs résultait successivement d'une directive municipale, d'un mouvement social du personnel de surveillance, d'une alarme défectueuse, d'un dégât des eaux survenu la veille et d'une visite de la commission de sécurité.",
            "Désolés pour la piscine fermée ! En fait la pompe a lâché le vendredi, le technicien était en vacances, l'autre était sur un chantier à Albi, la pièce venait d'Espagne, l'ARS nous a demandé une analyse en plus, et avec le pont de l'Ascension tout était fermé…",
            "Le retard, c'est à cause de la tempête, pis du fournisseur en Ontario, pis de la douane, pis du camion qui a brisé, pis on était juste deux au magasin c'te semaine-là.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for staying with us at the campsite and for taking the time to share your thoughts. We love hearing from families, and we're glad the kids enjoyed the lake and the Saturday campfire. That said, there was no loud party on the pitches near yours that night; it simply did not happen. Our wardens do their rounds every evening and take noise complaints very seriously. We hope to welcome you back next summer.",
            "Nobody got thrown out for no reason. Never happened. Next.",
            "Ma'am, with all due respect, there was no mold in that hall kitchen. None. Not then, not ever.",
            "We have reviewed the matter carefully and can confirm that no patient was kept waiting more than fifteen minutes that day; we therefore cannot recognise the experience you describe.",
            "Board wasn't dinged when it left the shop. End of story.",
        ],
        "fr": [
            "Madame, nous vous remercions de votre message et du temps que vous avez consacré à le rédiger. Nous savons combien un suivi orthodontique demande d'organisation aux familles, et nous nous efforçons de proposer des créneaux après l'école. En revanche, aucun rendez-vous n'a jamais été annulé de notre fait sans prévenir, cela ne s'est tout simplement pas produit. Notre équipe reste par ailleurs joignable par téléphone pour tout décalage. Nous demeurons à votre entière disposition au cabinet.",
            "Y'a jamais eu de bagarre ce soir-là. Jamais. Invente pas.",
            "Non non, il n'y avait aucune bouteille en verre sur la pelouse, c'est impossible, on fouille tout le monde à l'entrée du festival !",
            "Après vérification, nous pouvons vous assurer qu'aucune erreur de délivrance n'est possible dans notre officine ; la situation que vous décrivez n'a donc pas pu se produire.",
            "Y avait pas de punaises de lit dans le dortoir, point final.",
        ],
    },
}

BLIND34_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for your kind words about Dr. Okafor and the team. We're so glad the appointment went smoothly, and we look forward to seeing you at your next check-up.",
        "Thanks for the lovely review! Just so you know, our refer-a-friend scheme is open to every patient: if someone you recommend starts treatment, you both get a free whitening kit, whether or not anyone ever leaves us a review.",
        "We're very sorry the call-out took longer than it should have. That's on us, not on the vet who came out, and we've changed our out-of-hours rota so it doesn't happen again. Please ring the practice on 01632 960 123 if you'd like to talk it through.",
        "We're sorry the first fitting didn't feel right. Adjustments are always free, so please call the clinic or drop in any weekday between 9 and 5, and we'll take as long as it needs.",
        "Thank you for your feedback. Healing times vary from person to person, and I am sorry that was not explained more clearly at the time. If you have any concerns, please contact the practice directly and I will see you personally.",
        "Thanks for the review. We never discuss anyone's treatment in public, but we'd genuinely like to hear more, so please email reception@oakstreetosteo.example and I'll call you back myself.",
        "We're sorry about the long wait for a first assessment. Demand has grown a lot this year, and we've just taken on a second therapist to bring waiting times down. Thank you for your patience.",
        "We're sorry you lost your scarf in the waiting room. Our CCTV and lost-property log might help us track it down, so please give reception a call and we'll have a look together.",
        "Thank you so much for giving blood with us, and for your honesty about the wait. We know your time is precious, so we've added evening sessions on Thursdays to spread the queue.",
        "Sorry we didn't have your item in stock. As a small village pharmacy we order daily, and anything ordered before 2 pm usually arrives the next morning. Just ask any of us at the counter and we'll put it aside for you.",
        "We're sorry the wheelchair arrived late. The manufacturer shipped it a week behind schedule, but that's no excuse for not keeping you informed, and we should have called. We've refunded the delivery charge.",
        "Well thank you kindly for the sweet words, y'all. Miss Loretta in the service bay is gonna be grinning all week when we show her this. Come see us anytime.",
        "We're so sorry for your loss. It was an honour to prepare the flowers for the service, and we're glad they brought a little comfort. With our deepest sympathy.",
        "Hi, this is Ben, the owner's son. Dad read your review this morning and asked me to say thank you. We're sorry the lettering took longer than we promised; the stone came late from the quarry and we should have told you straight away. If you'd like anything changed, give us a ring at the yard.",
        "Thank you for choosing our hall for your celebration! Congratulations to the happy couple, and we hope to see you all again.",
        "Yes, the portable toilets were a disgrace by 6 pm, and we're genuinely embarrassed. Next year we're doubling them and hiring a crew to keep them clean all day. Consider our faces red.",
        "Thank you for visiting. A small correction, kindly meant: the Tudor wing is closed on Mondays for conservation work, as listed on our website and at the ticket desk, but we agree the sign at the entrance could be much clearer, and we're replacing it this week.",
        "Thanks for your comments. Contemporary art isn't everyone's cup of tea, and that's completely fine. Our free guided tours on Saturdays might make the next visit more enjoyable, if you fancy giving us another go.",
        "Thanks for coming to the show! The doors opened 40 minutes late, so every ticket holder from that night gets 10% off our next concert with the code SORRYDOORS, no review needed.",
        "Big thanks for the love! Saturday's lineup is even bigger, so come through early and say hi to Marcus on the decks, he read this and hasn't stopped smiling 🔥",
        "Sorry you were turned away. Our door policy is the same for everyone: no sportswear after 10 pm and valid ID for all. We know it's frustrating in the moment, and we should have explained it better at the door.",
        "Thank you for your feedback. We take responsible gambling seriously, and our staff are trained to offer support to anyone who asks. If you'd like to talk about your visit, please contact our guest services team directly.",
        "We're sorry the traffic after the last race was so bad. We're working with the council on a new exit route and extra shuttle buses for the spring meeting.",
        "Fair call. The greens were rubbish that week and we know it. New mower's arrived, greenkeeper's back, should be sorted by the weekend. Cheers for telling us straight.",
        "Thanks for your review. We see this a little differently: court bookings open seven days ahead for members and guests alike, and we don't hold courts back for anyone. That said, if the app showed you something different, we'd really like to know, so please drop us a line at the club office.",
        "We completely understand your disappointment that Sunday's session was cancelled. When the wind goes above 25 knots we keep beginners ashore; it's a rule we never bend, because we want everyone coming home safe. The session has been rebooked free of charge, and the kettle's always on in the clubhouse.",
        "Thanks heaps! Stoked the board's working out for you. Tell Jess we said g'day next time you're in, she loved sorting you out with it.",
        "Thank y'all so much for staying with us at the lake. We're real sorry about the shower house running out of hot water; we put in a bigger water heater last week. Hope to see y'all next summer.",
        "We're sorry the check-in mix-up left you waiting. Our receptionist Anna was new that week and we hadn't trained her properly on the booking system, which is our responsibility, not hers. We've since updated our training.",
        "We're sorry you felt rushed. We don't ever want anyone to feel that way, and from now on we'll book longer slots for first visits.",
        "We can't discuss anyone's medical details on a public site, which is why we'd rather talk to you directly. Please phone our practice manager on 01632 960 456, Monday to Friday.",
        "Thank you for flagging this. Photography without flash is allowed in all our permanent galleries; the 'no photos' rule only applies to loaned works, for copyright reasons set by the lenders. We'll make the signs clearer.",
        "Thank you so much, this made our day! 🙏",
        "Thank you for your three-star review. You're right that our Saturday hours are short; from next month we'll be open until 4 pm on Saturdays.",
        "We asked for sunshine and the weather gods sent a monsoon. We can't control the rain, but we can control the mud: next year the main field gets proper track matting. Thanks for dancing through it anyway!",
        "We're sorry about the price rise on compression stockings. The manufacturer raised its prices in January and we've held ours as low as we can, but we should have warned regular customers in advance, and we apologise for the surprise.",
        "Thanks for your patience. The lakeside pitches fill up a year ahead, so we now run a waiting list open to everyone; just email the office and we'll let you know the moment one frees up.",
        "Fair enough, the wifi in the back dorms is rubbish. New router goes in Monday. Sorry about that, and thanks for the honest review.",
        "Thank you for your feedback. A loose bracket can be uncomfortable, and we keep emergency slots free every day for exactly that reason. Please call the practice and we will see you as soon as possible.",
        "Thanks for raising the car park issue. For the record, our insurers require the barrier to close at 9 pm, and we're sorry nobody told you. The duty manager now has a key, so if it happens again just ring the clubhouse number on the gate and someone will come straight down.",
    ],
    "fr": [
        "Merci pour votre retour. Je suis désolé que l'attente ait été si longue ce jour-là ; une urgence avait décalé mes consultations. Je veillerai à ce que l'accueil prévienne systématiquement les patients en cas de retard.",
        "Merci beaucoup pour ce gentil message ! Pour information, notre programme de parrainage est ouvert à tous nos patients : chaque filleul qui commence un traitement vous fait bénéficier d'un kit de blanchiment, que vous laissiez un avis ou non.",
        "Bonjour, toutes nos excuses pour le délai d'intervention. C'est de notre responsabilité, et nous avons revu l'organisation des gardes pour la période des vêlages. N'hésitez pas à appeler directement la clinique vétérinaire si vous souhaitez en parler.",
        "Merci d'avoir pris le temps de nous écrire. Les réglages sont toujours gratuits chez nous ; passez quand vous voulez du lundi au vendredi, de 9 h à 18 h, sans rendez-vous.",
        "Je vous remercie pour ce retour. Je ne peux évidemment pas évoquer les soins de quiconque sur un site public, mais je serais heureux d'en discuter avec vous au cabinet. Le secrétariat est joignable aux heures d'ouverture.",
        "Merci pour votre message. Vous avez raison, j'aurais dû mieux expliquer le déroulé de la séance avant de commencer. C'est une remarque que je retiens, et je vous remercie de l'avoir faite avec autant de franchise.",
        "Merci beaucoup pour votre message, ça nous fait super plaisir ! Toute l'équipe du cabinet vous salue, et on transmet vos compliments à Claire, qui est ravie.",
        "Nous sommes désolés de votre expérience. Si vous souhaitez déposer une réclamation, notre service qualité et le médiateur de la clinique sont à votre disposition, et vous restez bien entendu libre de saisir toute instance que vous jugerez utile.",
        "Un immense merci pour votre don, et pardon pour l'attente ! Nous ouvrons désormais une collecte le jeudi soir pour fluidifier l'accueil.",
        "Bonjour, désolés pour la rupture de stock. Nous sommes une petite officine et nous passons commande chaque jour : tout ce qui est commandé avant 14 h arrive le lendemain matin. N'hésitez pas à nous demander de vous le mettre de côté.",
        "Salut! On s'excuse ben gros pour le retard de livraison. Le fournisseur a pris du retard, mais on aurait dû t'appeler pour te le dire. On t'a remboursé les frais de livraison.",
        "Merci pour votre avis. Désormais, un scooter de prêt est disponible gratuitement pour tous nos clients pendant les réparations, pour que personne ne se retrouve immobilisé.",
        "Nous vous présentons nos plus sincères condoléances. Ce fut un honneur de préparer les fleurs pour la cérémonie, et nous sommes touchés qu'elles vous aient apporté un peu de douceur dans ce moment difficile.",
        "Bonjour, c'est Antoine, le fils du patron. Mon père a lu votre message et me charge de vous remercier. Nous sommes désolés pour le retard de la gravure : la pierre est arrivée tard de la carrière et on aurait dû vous prévenir. Passez à l'atelier quand vous voulez.",
        "Merci d'avoir choisi notre salle pour votre fête ! Toutes nos félicitations aux jeunes mariés, et au plaisir de vous accueillir de nouveau.",
        "Bon, on avoue : à 22 h il n'y avait plus une saucisse à la buvette, et ça, chez nous, c'est presque un crime ! On a doublé la commande pour l'an prochain. Merci d'être venus faire la fête avec nous !",
        "Madame, Monsieur, nous vous remercions de votre visite. Permettez-nous une précision : l'aile Renaissance est fermée le lundi pour des travaux de conservation, ainsi que l'indiquent notre site et la billetterie. Nous convenons néanmoins que la signalétique à l'entrée manque de clarté, et nous la remplaçons cette semaine.",
        "Merci pour votre commentaire. L'art contemporain ne parle pas à tout le monde, et c'est bien normal. Nos visites guidées gratuites du samedi rendront peut-être votre prochaine visite plus agréable.",
        "Merci d'être venus ! Pour nous excuser du retard à l'ouverture des portes, tous les détenteurs d'un billet pour ce soir-là bénéficient de 10 % de réduction sur notre prochain concert avec le code PARDON, sans aucune condition.",
        "Merci pour la love ! Samedi on remet ça en plus fort, viens tôt et passe dire bonjour à Yanis aux platines, il a lu ton message et il est refait 🔥",
        "Désolés que tu te sois fait refouler. Notre politique d'entrée est la même pour tout le monde : pas de tenue de sport après 22 h et pièce d'identité obligatoire. On sait que c'est frustrant sur le moment, et on aurait dû mieux l'expliquer à la porte.",
        "Merci pour votre retour. Le jeu responsable nous tient à cœur, et nos équipes sont formées pour accompagner quiconque le demande. N'hésitez pas à contacter notre service clients pour en parler.",
        "Nous sommes désolés pour les bouchons à la sortie. Nous travaillons avec la mairie sur un nouvel itinéraire et des navettes supplémentaires pour la réunion de printemps.",
        "Nous vous remercions de ce retour fort juste. Les greens n'étaient effectivement pas dignes de notre club cette semaine-là ; une nouvelle tondeuse a été livrée et notre intendant est de retour. Nous espérons vous retrouver bientôt au départ du 1.",
        "Merci pour votre avis. Nous voyons les choses un peu différemment : les réservations ouvrent sept jours à l'avance pour les membres comme pour les invités, et aucun court n'est bloqué pour qui que ce soit. Cela dit, si l'application vous a affiché autre chose, nous aimerions vraiment le savoir : écrivez-nous au secrétariat du club.",
        "Nous comprenons votre déception pour l'annulation de dimanche. Au-delà de 25 nœuds de vent, nous gardons les débutants à terre : c'est une règle que nous ne négocions jamais, parce que nous voulons que tout le monde rentre au port en sécurité. La séance a été reportée gratuitement.",
        "Merci beaucoup ! Contents que la planche te plaise. Passe le bonjour à Léa la prochaine fois, c'est elle qui t'a conseillé et elle était trop contente de lire ça.",
        "Merci ben gros d'être venus au camping! Désolés pour l'eau chaude aux douches, on a installé un plus gros chauffe-eau la semaine passée. Au plaisir de vous revoir l'été prochain!",
        "Désolés pour l'attente à l'arrivée. Notre réceptionniste Chloé venait d'arriver et nous ne l'avions pas assez formée au logiciel de réservation : c'est notre responsabilité, pas la sienne. Nous avons revu notre formation depuis.",
        "Nous sommes désolés que vous vous soyez senti pressé. Nous ne voulons jamais qu'un patient ressente cela, et nous allongerons désormais la durée des premières consultations.",
        "Nous ne pouvons pas évoquer de données médicales sur un site public, c'est pourquoi nous préférerions échanger avec vous directement. Notre responsable qualité est joignable au standard de la clinique, du lundi au vendredi.",
        "Merci de nous l'avoir signalé. Les photos sans flash sont autorisées dans toutes nos salles permanentes ; l'interdiction ne concerne que les œuvres prêtées, pour des raisons de droits fixées par les prêteurs. Nous allons rendre les panneaux plus clairs.",
        "Merci infiniment, ça nous a fait une belle journée ! 🙏",
        "Merci pour vos trois étoiles. Vous avez raison, nos horaires du samedi sont courts : dès le mois prochain, nous serons ouverts jusqu'à 16 h le samedi.",
        "On avait commandé du soleil pis on a eu le déluge! On contrôle pas la pluie, mais la boue, oui : l'an prochain, le terrain principal va avoir des planchers. Merci d'avoir dansé pareil!",
        "Nous sommes désolés pour la hausse de prix des bas de contention. Le fabricant a augmenté ses tarifs en janvier et nous avons limité la hausse au maximum ; nous aurions dû prévenir nos clients habituels, et nous vous présentons nos excuses.",
        "Merci pour votre patience ! Les emplacements au bord du lac partent un an à l'avance, alors on a créé une liste d'attente ouverte à tout le monde : écrivez-nous à l'accueil et on vous prévient dès qu'une place se libère.",
        "Nous vous remercions pour ce commentaire. Le wifi des dortoirs du fond laisse en effet à désirer ; un nouveau routeur sera installé lundi. Veuillez nous excuser pour ce désagrément.",
        "Merci pour votre retour. Un bracket décollé peut être gênant, c'est pourquoi nous gardons chaque jour des créneaux d'urgence. Appelez le cabinet et nous vous recevrons au plus vite.",
        "Merci d'avoir signalé le problème du parking. Pour information, notre assureur impose la fermeture de la barrière à 21 h, et nous sommes désolés que personne ne vous ait prévenu. Le responsable de permanence a désormais une clé : appelez le numéro du club-house affiché sur la barrière et quelqu'un descendra tout de suite.",
    ],
}
