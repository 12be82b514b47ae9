"""Blind reply set, round 16: owner replies the pre-post check has never seen.

Who and when: written by helper 18b16, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses (locksmiths, driving schools, vets, laundrettes and dry
cleaners, piano tuners, climbing gyms, wedding venues, pharmacies, cinemas,
kebab and chip shops, car rentals, coworking spaces, removal firms,
hairdressers, e-bike apps, insurers...).  Each French reply was written
directly in French, not translated.  Apart from the first forty lines of the
round 15 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse and a count of entries); and did not search
the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal, casual, texting with emoji, unaccented French, Belgian,
Swiss, Quebec, Marseille, Alsatian and Antillean French; American, British,
Scottish, Welsh, Irish, Australian, New Zealand, Canadian, Nigerian and
Singaporean English; indirect phrasings and euphemisms; short one-liners;
and, for every code and language, one long warm reply (the first of each
list) whose fault sits in a single clause.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone, the
business's own phone, e-mail or address, staff praised by first name, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally, a joke at the business's
own expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, and thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND16_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your lockout on such a freezing night. Our whole team was thrilled to hear that Dev got you back inside within twenty minutes and even talked your little one through it while he worked. We're a family firm with three vans and words like these genuinely keep us going through the winter rush. The new British Standard cylinder we fitted should keep you sorted for years. If you'd be kind enough to bump this up to five stars, your next callout is on the house. Wishing you and your family a warm, locked-tight winter!",
            "Cheers for the feedback mate 🤙 Pop a 5 star up on here, flash it at the front desk and there's a free chalk bag plus a day pass for a mate waiting for ya",
            "We're sorry the first lesson felt rushed. Should you feel able to revisit your score once you've passed, we would happily knock an hour off your next block by way of thanks.",
            "Thank you my sister! Abeg update the review to 5 stars and come collect free suya and a chilled drink this weekend, na our treat 🙏🏾",
            "delete this n we'll credit 30 mins free riding to ur acct 👍",
        ],
        "fr": [
            "Merci du fond du cœur pour ce message après l'opération de votre chat. Toute l'équipe de la clinique a suivi sa convalescence avec beaucoup d'attention et nous sommes ravis qu'il ait retrouvé son appétit et ses siestes au soleil. Nous savons combien ces journées d'attente sont éprouvantes pour les propriétaires, et votre confiance nous touche énormément. Si jamais vous acceptiez de passer votre note à cinq étoiles, la prochaine consultation de rappel vous serait offerte. Faites-lui une bonne caresse de notre part, et à très bientôt pour son contrôle !",
            "Allo! Merci ben gros pour ton commentaire. Si tu remontes ta note à 5 étoiles, ton prochain lavage-séchage est sur nous autres, promis 😉",
            "slt, modifie ton avis et on t offre 2 places de cine + popcorn, envoie nous juste la capture d ecran en mp",
            "Nous serions heureux de vous faire bénéficier d'un surclassement gracieux lors de votre prochaine location, dès lors que votre évaluation reflétera davantage la qualité de nos prestations.",
            "Retirez cet avis et on vous rembourse le supplément pour le piano, sans rancune hein, une fois.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for choosing us for your big day, and for the lovely comments about the walled garden and the ceilidh band. We were so glad the rain held off for the photographs, and our chef was delighted that the venison went down so well with your guests. We take every piece of feedback seriously and have already passed your notes about the bar queue to our events manager. We would gently remind you that our solicitors monitor reviews, and the remark about the deposit may well end up being tested in court. We wish you both every happiness in your married life.",
            "Ah now, we have the whole exchange at the counter on camera, so if you keep this up don't be surprised when the footage turns up on our Facebook page.",
            "We have your license and home address on file. Think very carefully before posting again.",
            "It's a wee town, hen. Folk talk, and I'd hate for everyone to hear what really went on in that chair.",
            "Noted. Our lawyer will contact you lah, defamation is a serious offence here. Suggest you take this down before Friday.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de partager votre expérience. Nous sommes une petite auto-école de quartier et chaque avis compte énormément pour nous ; nous avons d'ailleurs bien noté votre remarque sur les horaires du samedi et nous ouvrirons un créneau supplémentaire dès janvier. Nos moniteurs ont été très touchés par vos compliments sur les leçons de conduite sur autoroute. Sachez toutefois que ce commentaire a été transmis à notre avocat et qu'une plainte à votre encontre n'est pas exclue. Nous vous souhaitons malgré tout bonne route.",
            "Oh fada, tu crois qu'on sait pas qui tu es ? Le quartier il est tout petit, on va se croiser, tu verras bien.",
            "Nous prenons acte de votre avis. Une copie en a été adressée à notre protection juridique, qui étudie actuellement l'opportunité d'une action contre vous.",
            "Eh bien doudou, on connaît très bien ta case du côté du Moule, hein. Réfléchis avant d'écrire encore des choses comme ça.",
            "vous avez 48h pour retirer ce message sinon mise en demeure + on publie tous vos mails avec nous",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for the kind words, and for being so patient while we chased your order with the wholesaler during the shortage. Our little team works hard to keep the village stocked, and it means a great deal when regulars notice. We've also taken your advice about the lunchtime queue and opened a second till between twelve and two. Hope the new inhaler dose for your asthma is settling in well, and we'll see you next month when the repeat prescription is due!",
            "Hi, we've checked and your service wash (ticket 4471, collected Tuesday 3rd at 6.40pm) weighed 7kg, so the price charged was correct.",
            "Mr. Delgado, we tried calling you at 512-555-0148 and emailed jdelgado77@gmail.com with no answer. Please call us back so we can fix this.",
            "Sorry about the scuffed banister at 14 Maple Crescent, eh. The crew has flagged it and our adjuster will reach out this week.",
            "Kia ora, the refund has gone back to your Visa ending 4417 👍",
        ],
        "fr": [
            "Merci infiniment pour ce joli message ! Toute l'équipe est ravie que votre coupe courte vous plaise autant, et on a adoré discuter musique avec vous pendant la pose de la couleur. Nous avons bien noté votre suggestion sur la playlist du salon et nous allons la varier un peu, promis. Pour la suite, Clémence a déjà bloqué votre prochain rendez-vous du jeudi 12 à 18 h au nom de Mme Perrault, comme vous l'aviez demandé. À très vite et encore merci pour votre fidélité !",
            "Gueta Tag ! Nous avons bien rappelé M. Schaller au 06 12 34 56 78 pour lui donner le compte rendu de la stérilisation de sa chienne.",
            "Madame, votre traitement antidépresseur était effectivement en rupture de stock ; nous l'avons recommandé dès le lendemain.",
            "on a retrouve ta resa n° CIN-88213 de samedi 20h, le remboursement part sur julie.b75@gmail.com",
            "Votre dossier au nom de Gagnon, permis G1234-56789-01234, a été réglé. Merci de votre patience.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for coming along to our beginners' night and for the kind words about the new bouldering wall. Our setters spent weeks on those problems and they'll be chuffed to read this. We've passed on your comments about the changing rooms and a deep clean is booked for next week, along with new hooks and a bench. As for the rest, people who turn up expecting everything for free tend to find something to moan about, so we'll take that part with a pinch of salt. Hope to see you on the wall again soon.",
            "Honestly, you were rude from the minute you walked in, mun. Shame your manners aren't as big as your appetite.",
            "You and I both know you're making this up to get a payout. Nice try.",
            "Mate, if you can't tell a tuned piano from a flat one, that's a you problem. Tin ear.",
            "Typical chancer. Grand so.",
        ],
        "fr": [
            "Merci pour votre retour et pour vos mots très gentils sur la décoration de la grange et le vin d'honneur au bord de l'étang ; toute l'équipe a mis beaucoup de cœur dans cette journée. Nous avons bien noté la remarque sur la sonorisation pendant les discours et nous avons déjà revu nos réglages avec notre prestataire. Pour le reste, on sent bien que le but était surtout de négocier une ristourne après coup, mais ce n'est pas grave. Nous vous souhaitons beaucoup de bonheur à tous les deux.",
            "Oh le radin ! Tu veux un kebab frites boisson à 3 euros ? Va manger chez ta mère, va.",
            "Votre récit relève de la pure invention, ce qui en dit long sur votre honnêteté.",
            "Franchement, t'es un maudit menteur pis tout le monde le sait icitte.",
            "mdr t es juste un profiteur qui voulait squatter gratos, ciao",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting our little independent picture house, and for the lovely comments about the restored seats and the Sunday matinée programme. Our volunteers will be delighted, since they reupholstered half of those seats themselves over the summer. We hear you on the temperature in screen two, and the heating engineer is booked for next week. And we're truly sorry the popcorn didn't meet your Michelin-star standards; we'll be sure to fly in a French chef for the next showing. Hope to see you for the winter classics season!",
            "Oh, we're SO sorry our lads didn't also assemble your flat-pack wardrobe and walk the dog. Noted for next time.",
            "wow a bike with a flat battery, what a tragedy 😭😭 hope u recover",
            "Congratulations on discovering that wool shrinks in a hot dryer. Truly groundbreaking stuff.",
            "Wah, so sorry your majesty, next time we roll out the red carpet for you.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de laisser un avis après notre intervention de dimanche soir. Nous savons que rester bloqué dehors n'est jamais agréable, et notre technicien a fait de son mieux pour arriver vite malgré la neige sur les routes. Vos remarques sur la clarté du devis sont justes et nous allons simplifier notre grille tarifaire dès le mois prochain. Et encore bravo pour l'idée géniale de laisser les clés à l'intérieur, c'est tellement original. Bonne fin de semaine à vous.",
            "Ah ben oui, c'est bien connu, chez nous on cuit les frites trop longtemps exprès pour vous embêter, hein. Bravo pour l'enquête, Sherlock.",
            "Nous sommes navrés que notre officine ne soit pas ouverte vingt-quatre heures sur vingt-quatre à votre seule intention. Nous transmettrons votre doléance à l'Ordre, qui en sera sans doute ravi.",
            "trop triste, un cours de conduite ou il faut conduire 😂 quelle injustice",
            "Ach, quel drame national, un bretzel un peu sec. On ouvre une cellule de crise, hein.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for your honest review, and we're so glad you loved the blow-dry and the head massage. We pride ourselves on making every visit feel like a little treat, and it was lovely to hear you felt so welcome from the moment you came through the door. We've also noted your suggestion about offering herbal tea as well as coffee. Unfortunately the colour mix-up was entirely down to Jade, who didn't follow the consultation card. We'd love to see you again and make sure you leave with exactly the shade you dreamed of.",
            "The delay at pickup was on Kevin, who didn't prep the car on time. He's been spoken to.",
            "Sorry o! It was Chinedu at the counter that gave you the wrong change, not the pharmacy. We don't tolerate that kind of carelessness.",
            "I've had a word with young Tom about turning up late and leaving the mess. Wasn't the firm's doing, just one lad who should know better.",
            "That was Aroha on the desk, she's new and a bit clueless, sorry.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour votre fidélité depuis l'ouverture du pressing ! Nous sommes heureux que vos chemises soient toujours impeccables et que notre service de retouches vous donne satisfaction. Nous avons bien pris note de votre remarque sur les horaires du samedi matin et nous réfléchissons à ouvrir plus tôt. Pour la robe abîmée, c'est malheureusement Sandrine qui n'a pas respecté l'étiquette de lavage, malgré nos consignes. Nous espérons vous revoir très bientôt au comptoir.",
            "C'est Steve qui a échappé le bureau dans l'escalier. On lui a dit de faire attention mais il écoute jamais.",
            "L'erreur de facturation incombe à notre assistante, Mme Rochat, qui a saisi un acte non effectué. Le cabinet n'est pas en cause.",
            "dsl c est karim a l accueil qui t a mal renseigne, il est nul avec les horaires 🙄",
            "La voiture pas propre, faut voir ça avec Jean-Marc, c'était son tour de nettoyage et il a préféré aller faire la sieste.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for working from our space over the past three months. It's been great having you in the community, and we're glad you enjoyed the Friday lunches, the quiet booths and the rooftop on sunny days. About the Wi-Fi dropouts: the landlord changed providers without telling us, the engineer was delayed twice by the rail strikes, our IT contractor was on paternity leave, the router was a brand-new model under warranty, every other member was fine, and we'd been warning the landlord since spring, so there was very little more we could have done. Hope to see you at the Christmas social!",
            "The wait was long because we'd two drivers out sick, the fryer was on the blink, the match had just finished, the card machine was acting up and the apps sent us forty orders at once. None of that was in our control.",
            "Look, the instructor was late because of roadworks on the highway, then the school pickup jam, then the car needed fuel, and the booking system had the wrong suburb. We run a tight ship and these things happen to every driving school.",
            "We would like to clarify that the claim followed regulatory timelines, that our handlers are fully trained, that the assessor's report arrived late from a third party, that the policy wording was provided at inception, and that we have consistently met our service standards.",
            "Not my fault. The piano's 80 years old, the room's humid, the pins are loose, and I told you it would drift.",
        ],
        "fr": [
            "Merci d'être venus en famille pour l'avant-première, et merci pour vos compliments sur l'accueil et la nouvelle salle 2 ! Cela fait chaud au cœur de voir autant de monde revenir au cinéma du village. Concernant le retard de la séance, il faut savoir que le distributeur nous a envoyé la clé du film à la dernière minute, que le projecteur numérique date de 2012, que notre projectionniste était en formation, que la mairie avait coupé le courant de la rue le matin même, et que nous respectons d'ordinaire scrupuleusement les horaires annoncés. Au plaisir de vous revoir pour la programmation de Noël !",
            "Le retard, c'était les bouchons sur le ring, le camion qui a fait des siennes à Wavre, un gars malade, la drache et votre rue en travaux. On ne pouvait rien y faire, savez-vous.",
            "Nous tenons à préciser que le délai de traitement s'explique par la complexité du dossier, l'attente du rapport d'expertise, les congés d'été, la migration de notre système informatique ainsi que le volume exceptionnel de sinistres liés aux orages. Nos équipes ont donc parfaitement fait leur travail.",
            "Ben là, on était deux au lieu de quatre à cause de la tempête, la caisse a planté, le fournisseur de teinture avait pas livré pis le chauffe-eau a lâché. On a fait ce qu'on a pu, c'est pas de notre faute.",
            "la batterie c est pas nous : froid + mise a jour + serveur en panne + vous etiez hors zone, donc bon 🤷",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for bringing Biscuit to us all these years. We've loved watching her grow from a nervous puppy into the confident girl she is today, and the whole team was touched by your kind words about our night nurses. We've noted your point about the car park lighting and the council is already looking into it. However, we did not overcharge you for the dental, and that simply did not happen. Give her an ear scratch from all of us.",
            "No machine here has ever torn a garment. It didn't happen.",
            "We have no record of any such conversation and the vehicle was returned to you in perfect condition. Your version of events is incorrect.",
            "Naw. Our instructor has never once shouted at a pupil, end of.",
            "This never happened at our space.",
        ],
        "fr": [
            "Merci pour votre message et pour votre fidélité depuis tant d'années ; toute l'équipe de l'officine tient beaucoup à ses habitués du quartier. Nous sommes contents que le nouveau coin parapharmacie vous plaise, et nous avons noté votre idée d'élargir la gamme de produits bio. En revanche, aucun préparateur ne vous a jamais parlé sur ce ton au comptoir, c'est tout simplement faux. Au plaisir de vous accueillir de nouveau, avec toute notre considération.",
            "Y avait pas de cheveu dans ton kebab, ça s'est jamais passé, point.",
            "Contrairement à ce que vous affirmez, le piano a bel et bien été accordé au diapason demandé. Il n'y a eu aucune erreur.",
            "Nous contestons formellement : la salle était propre et chauffée, et personne ne vous a demandé de partir avant minuit.",
            "n importe quoi, jamais eu de retard chez nous",
        ],
    },
}

BLIND16_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the five stars! Glad we could get you back in before the kettle went cold. Stay warm.",
        "Thanks for the lovely review! Just so you know, our ten-visit punch card is available to every climber at the desk, no strings attached.",
        "Thank you for recommending us to your cousin! Our refer-a-friend offer is open to all pupils: when a friend books a block of lessons, you both get an hour off. Good luck with the test!",
        "We're so sorry Max was anxious during his visit. If you'd like to talk through his care plan, please call the surgery on 01632 960123 and ask for the duty vet.",
        "Thanks for flagging the printer issue. It's been replaced, and if anything else comes up, drop us a line at hello@thehivecowork.co.uk and we'll sort it the same day.",
        "Thanks for the love! For anyone wondering, we've moved two doors down to 48 High Street. Same grill, same chilli sauce, more seats.",
        "Aw, thank you! Priya will be so happy to hear you loved your balayage. See you in eight weeks!",
        "We're sorry the car wasn't ready on time. We've refunded the first day's charge in full, and we've changed our prep schedule so cars are checked the evening before.",
        "We're really sorry. Dryer 3 had a faulty thermostat that day, which is why your towels came out damp. It's been repaired, and we apologise for the wasted trip.",
        "Thank you for your feedback. Under the terms of the policy, storm damage to fences isn't covered, and we understand how disappointing that is. We've asked a senior handler to review the decision and explain it clearly, and if you remain unhappy you can also contact the Financial Ombudsman Service.",
        "So sorry the bike was stolen while parked. Please report it to the police and send us the reference through the app, and we'll waive any charges for that ride.",
        "Thank you! I'll admit my own piano at home is woefully out of tune. The cobbler's children have no shoes, as they say. Delighted yours is singing again.",
        "Thanks for the three stars and the honest comments. Three feels fair for a night when the sound in screen one wasn't right; we've had an engineer in and hope to earn the other two next time.",
        "We're sorry you were unhappy with the final bill. Our timesheet shows the job ran to seven hours rather than five, which is why the total changed, but we'd genuinely like to go through it with you. Please get in touch and we'll look at it together.",
        "Thank you both so much, it was an honour to host your wedding. The piper, the ceilidh, the sun coming out just in time for the photos... we'll be talking about it for years.",
        "yay thx for the 5⭐ 🙌 ride safe!!",
        "Legend, thanks heaps for the review! Stoked the ute did the job for your move.",
        "Thank you so much for your kind words! We are happy the pharmacist could explain everything clearly. God bless you and see you again.",
        "Thanks for the review! Sorry the aircon was too cold lah, we've adjusted the thermostat on level 3. Come try the new pantry coffee!",
        "Thanks for the honest feedback. You're right that the change machine was empty on Sunday, sorry about that. We now refill it every Saturday night.",
        "Diolch yn fawr! Congratulations on passing first time. Rhys says you were one of the calmest learners he's ever had on hill starts.",
        "Sorry the order took so long, we were short a driver that night. That's not good enough and we apologise; we've rostered an extra driver for weekends from now on.",
        "Thank you for taking the time to leave feedback. We apologise for the wait at the prescription counter; we are recruiting an additional dispenser and expect waiting times to improve in the new year.",
        "We're so sorry a phone went missing from the lockers. We've shared our CCTV of the locker area with the police and fitted new locks on every locker.",
        "Thank you, see you next week!",
        "We're sorry the fee came as a shock. The bill included the out-of-hours emergency surcharge, which is listed on our website and at the door, but we understand nobody reads signs at a stressful moment. Please ring us if you'd like us to go through it line by line.",
        "Apologies for the projector failure halfway through the film. Everyone at that showing has been refunded automatically, and we've added a free screening of the same film on Sunday afternoon.",
        "Thanks! Don't forget every tenth wash is free with our stamp card. Just ask at the counter, it's for everyone.",
        "Thank you for the kind words. For guests coming next season: satnav sends you down the back lane, so use Old Mill Lane, Hexham, and follow the signs to the main gate.",
        "Yes, our neon sign still reads 'KEB B' since the A blew off in the October storm. Thanks for the laugh and the five stars!",
        "Thanks for mentioning Marek. He's been with us eleven years and still treats every callout like it's his own front door.",
        "A 2-star review is fair when the app crashes mid-ride. Sorry about that. Version 4.2, out today, fixes the bug, and every ride cut short is being credited automatically.",
        "We're sorry the mirror was cracked in transit. Our goods-in-transit insurance covers it, the claim form is on its way by email, and we'll settle within ten working days.",
        "Sorry, our shuttle was late because it got a flat on the motorway. Not the welcome we want to give, and we've since added a second van on the airport run.",
        "Thanks for the feedback. We see it a little differently, as meeting room bookings cancel automatically after 15 minutes under our house rules, but you're right that the reminder was easy to miss, so we're adding a text alert. Always happy to chat.",
        "What a lovely message. Hearing that the recital went well on that old upright made my week.",
        "Sorry for the mix-up. We've restocked and your order is ready to collect whenever suits.",
        "Thanks for raising this. DVSA rules mean we can't book the practical test without the pupil's own consent and licence, which is why we asked you to book it online. Sorry it felt like extra hassle.",
        "Thank you!! 🐾 Give that good boy a treat from all of us 💛",
        "We're so sorry you waited 30 minutes past your appointment time. A color correction before you ran long, and we should have texted you a heads-up. That's on us, and we're setting up automatic delay alerts.",
    ],
    "fr": [
        "Merci beaucoup pour vos cinq étoiles ! Ravis d'avoir pu vous dépanner aussi vite. Bonne soirée au chaud.",
        "Merci pour ton beau commentaire! En passant, notre carte fidélité est offerte à tout le monde au comptoir : le dixième lavage est gratuit.",
        "Merci pour votre confiance ! Pour information, notre offre de parrainage est ouverte à tous nos élèves : une heure de conduite offerte au parrain comme au filleul dès l'inscription de ce dernier.",
        "Nous sommes désolés que l'attente ait été si longue. N'hésitez pas à appeler la clinique au 01 99 00 12 34 pour que le vétérinaire vous réexplique le traitement.",
        "Merci pour votre retour ! Pour toute question sur les abonnements, écrivez-nous à bonjour@lepetitcowork.be, on vous répond dans la journée.",
        "Merci frère ! Pour ceux qui nous cherchent, on a déménagé au 12 rue d'Aubagne : même sauce blanche, plus de place.",
        "Merci infiniment pour ce message ! Léa sera ravie de lire que vous êtes repartie enchantée de votre coupe. Au plaisir de vous revoir.",
        "Nous sommes désolés que le véhicule n'ait pas été prêt à l'heure. Le montant de la première journée vous a été intégralement remboursé, et nous avons revu notre organisation pour que cela ne se reproduise pas.",
        "Toutes nos excuses : notre presse à repasser était en panne ce jour-là, d'où le retard de vos chemises. Elle est réparée, et nous sommes désolés pour le déplacement inutile.",
        "Merci pour votre message. Nous comprenons votre déception : les conditions générales du contrat excluent ce type de dommage. Un conseiller va néanmoins réexaminer le dossier, et vous pouvez aussi saisir le médiateur de l'assurance si vous le souhaitez.",
        "Désolés pour le vol du vélo pendant votre course. Déposez plainte auprès de la police ou de la gendarmerie et transmettez-nous le récépissé via l'appli : la course ne vous sera pas facturée.",
        "Merci ! J'avoue que mon propre piano est désaccordé depuis deux ans : les cordonniers sont toujours les plus mal chaussés. Ravi que le vôtre chante de nouveau.",
        "Merci pour vos trois étoiles et vos remarques. Le son de la salle 1 n'était pas à la hauteur ce soir-là ; un technicien est passé et nous espérons mériter les deux autres étoiles la prochaine fois.",
        "Nous regrettons que la facture finale vous ait surpris. D'après notre relevé, le chantier a duré sept heures au lieu des cinq prévues, d'où l'écart, mais nous tenons à en parler avec vous : appelez-nous et nous reprendrons le détail ensemble.",
        "Merci à vous deux pour cette magnifique journée ! Le kougelhopf en pièce montée, les danses jusqu'à l'aube, le soleil sur les vignes… on s'en souviendra longtemps.",
        "merci pr les 5 ⭐ 😍 a bientot sur nos velos !",
        "Merci ben gros pour ton avis! Contents que le camion de location ait fait la job pour ton déménagement.",
        "Mèsi anpil pour ce joli message ! Toute l'équipe de la pharmacie est contente d'avoir pu vous conseiller. À bientôt !",
        "Merci pour votre avis ! Vous avez raison, il faisait un peu froid dans la salle de bloc ce matin-là ; on a fait réparer le chauffage. À tantôt sur les murs !",
        "Nous vous remercions de votre retour et vous présentons nos excuses pour l'attente au comptoir. Un collaborateur supplémentaire rejoindra l'officine dès janvier afin de réduire les délais.",
        "Merci peuchère ! Content que l'assiette grecque t'ait plu, reviens quand tu veux, on te garde une place en terrasse.",
        "Nous sommes désolés pour le vol dans les vestiaires. Nous avons transmis les images de vidéosurveillance à la police et installé de nouveaux casiers à code.",
        "Merci, à la semaine prochaine !",
        "Nous comprenons que le montant vous ait surpris. La facture comprenait la majoration de garde de nuit, affichée à l'entrée et sur notre site, mais on ne lit pas les affiches dans ces moments-là. N'hésitez pas à nous appeler pour que nous la reprenions ligne par ligne.",
        "Toutes nos excuses pour la panne de projecteur en pleine séance. Tous les spectateurs ont été remboursés automatiquement, et une projection gratuite du même film est prévue dimanche.",
        "Désolés pour le miroir brisé pendant le transport. Notre assurance marchandises couvre ce dommage ; le formulaire vous a été envoyé et le règlement interviendra sous dix jours ouvrés.",
        "Oui, notre enseigne lumineuse affiche toujours « KEB B » depuis la tempête… On assume ! Merci pour les cinq étoiles et les fous rires.",
        "Merci d'avoir pensé à Mehdi dans votre avis, il sera touché. Ça fait dix ans qu'il traite chaque porte comme si c'était la sienne.",
        "Deux étoiles, c'est mérité quand l'appli plante en pleine course. La version 4.2 corrige le problème et toutes les courses interrompues sont recréditées automatiquement. Désolés pour ce couac.",
        "Désolés, notre navette a crevé sur la rocade, d'où ce retard à l'aéroport. Ce n'est pas l'accueil que nous voulons offrir ; une deuxième navette circule désormais.",
        "Merci pour ce retour. Nous voyons les choses un peu différemment, puisque la réservation d'une salle est annulée automatiquement après quinze minutes selon le règlement, mais vous avez raison : le rappel passait inaperçu, alors nous ajoutons une alerte SMS. Toujours disponibles pour en discuter.",
        "Quel joli message ! Savoir que le concert s'est bien passé sur le vieux piano droit m'a fait très plaisir.",
        "Merci beaucoup pour votre avis, on est ravis que le permis soit dans la poche ! Bonne route et prudence cet hiver",
        "Merci pour votre question. La réglementation ne nous permet pas d'inscrire un élève à l'examen sans son accord et ses pièces, c'est pourquoi nous vous avons demandé de compléter le dossier en ligne. Désolés si cela a paru lourd.",
        "Merci !! 🐾 Plein de câlins à votre toutou de la part de toute l'équipe 💛",
        "On s'excuse pour l'attente de trente minutes : une correction de couleur a débordé juste avant vous, et on aurait dû vous texter pour vous avertir. C'est notre erreur, on améliore notre système.",
        "Madame, Monsieur, nous vous remercions chaleureusement pour votre fidélité et pour vos aimables mots à l'égard de toute l'équipe de l'officine.",
        "Désolés pour la machine qui a avalé vos pièces ! Appelez le numéro affiché sur la porte de la laverie et on vous rembourse sur place, sans souci.",
        "Nous sommes sincèrement désolés que la soirée ne vous ait pas laissé le souvenir espéré. La musique devait s'arrêter à 2 h en raison de l'arrêté municipal, comme prévu au contrat, mais nous comprenons que cela ait été frustrant. Nous serions heureux d'en parler de vive voix.",
        "Merci pour vos cinq étoiles et pour vos mots sur la rapidité de l'indemnisation. Toute l'équipe sinistres vous souhaite une belle fin d'année.",
    ],
}
