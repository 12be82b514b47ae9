"""Blind reply set, round 46 (blind_round48.py): owner replies the pre-post check has never seen.

Who and when: written by helper 18w48, an independent writer, on 2026-12-05,
for the pre-post reply check (branch 18w48, blind round 46).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
the owners of eight kinds of business: a ski-resort hotel, a wine bar in
Bordeaux, a hairdresser, a pharmacy, a food-delivery app, a driving school, a
Vietnamese restaurant and a plumbing company.  Each French reply was written
directly in French, not translated.  All names, addresses, phone numbers,
order numbers and dates are invented; no real person's data is used.

What the writer read: only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (for the line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not search the code; and did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from very formal corporate and administrative style to very
casual texting with emoji, with short curt one-liners and long replies;
French from Bordeaux and unaccented French, with Belgian (savez-vous, une
fois, allez, le ring) and Québécois (pis, char, c'est de même, le fun,
souper, cellulaire) touches in a few; English from Ireland, Australia and the
US.  For every code and language the first reply is long and warm (three to
six sentences) with the fault in a single sentence in the middle; the others
vary in length, register and subtlety (veiled, polite, slangy, regional).
Good replies include apologies, thanks, corrective actions, taking it offline
with the business's own phone or e-mail, loyalty and referral schemes open to
everyone whatever they write, staff praised by first name, an employee's
mistake owned by the business, condolences, safety rules explained kindly,
polite factual corrections and humour at the business's own expense, plus
look-alikes that share words with the faults (lying, lawyers, CCTV, "we know
who you mean", "we've had a word", rewards points, a goodwill refund) but are
fine.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND48_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for staying with us over the February break, and for such a kind write-up of the ski-in, ski-out rooms. We're thrilled the kids loved the ski kindergarten and that the fondue night turned into the highlight of your week. If you'd be willing to bump your review up to five stars, we'd love to upgrade you to a mountain-view suite free of charge next season. Our team works hard through the long winter nights to keep the spa and the boot room spotless, so your words really mean a lot. Hope to see you back on the slopes soon!",
            "Hey! So sorry your pad thai showed up cold 😬 Update your rating to 5⭐ and we'll drop a $15 promo code straight into your account!!",
            "We'd be only delighted to look after you with a little something off your next purchase if you felt able to revisit the two stars at all, no pressure whatsoever.",
            "Pull the review and the call-out fee's waived, mate.",
            "Pupils who amend their published rating to the full five stars will be eligible for one complimentary lesson, redeemable at any of our branches upon presentation of the updated review.",
        ],
        "fr": [
            "Bonsoir et merci infiniment pour ce joli retour après votre soirée au bar ! Nous sommes ravis que la dégustation des Saint-Émilion vous ait plu et que notre planche de fromages ait fait l'unanimité autour de la table. Si vous passez votre note à cinq étoiles, la prochaine bouteille de Pessac-Léognan est pour nous. Notre sommelière choisit chaque vin avec beaucoup de soin, et c'est toujours un bonheur de partager nos coups de cœur. À très bientôt sur les quais !",
            "Allô! Désolée pour l'attente samedi 🙈 Si tu changes ton avis pour un 5 étoiles, ta prochaine coupe est sur la maison, promis!",
            "Savez-vous, si vous retirez ce commentaire, on vous offre les nems et le thé glacé à votre prochaine visite, une fois.",
            "Une remise de 10 % sur vos achats de parapharmacie vous sera accordée sur présentation de votre avis modifié en cinq étoiles.",
            "Mets 5 étoiles et on t'offre l'heure de conduite. Deal ?",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming in for pho on Friday night, and we're really sorry the wait was longer than usual. Our kitchen was short one cook, and we know a forty-minute wait for a bowl of noodles isn't what anyone wants. Please be aware our attorney has already reviewed this post and we're prepared to take it further if it isn't corrected. We've since added a second broth station so the weekend rush moves faster. We'd love the chance to serve you again.",
            "Funny thing, we've still got your address on the job sheet, mate. Might pop round and have a chat about this review in person.",
            "We would gently remind you that defamatory statements published online may carry legal consequences, and we have retained a copy of your post for our records.",
            "we know exactly which account this is lol. keep posting stuff like this and see what happens",
            "Ah sure, it's a small town, love, and everyone will know who wrote this by Friday. Have a think about that before you post again.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre examen. Nous comprenons votre déception, un échec au permis est toujours difficile à vivre, surtout après autant d'heures de préparation. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message reste en ligne. Nos moniteurs restent à votre disposition pour organiser quelques leçons de révision avant votre prochaine date. Bon courage pour la suite !",
            "On sait c'est qui qui a écrit ça, pis on a ton adresse dans nos factures. Penses-y comme il faut.",
            "Nous nous réservons le droit de transmettre aux autorités compétentes l'ensemble des éléments vous concernant dont nous disposons.",
            "Faites bien attention à ce que vous écrivez, hein, on connaît du monde dans le quartier et ça va se savoir, allez.",
            "tkt on a ton compte et tout ton historique, si tu continues on va s'occuper de ton cas",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks a million for taking the time to write, and we're sorry you felt rushed at the counter on Saturday. We pride ourselves on giving every customer time to ask questions, and clearly we fell short that morning. We do hope the new blood pressure tablets you collected from us on the 14th are agreeing with you better than the last ones. Our pharmacist has since set up a quiet consultation room so nobody has to discuss anything at the till. Do drop in any time and we'll have the kettle on.",
            "Dear Mr Collins, our records show that you checked in on 3 February to room 214 on a half-board booking for two adults, which differs considerably from your account.",
            "Ma'am, we were at your place on Larkspur Drive Tuesday at 9:40am and that water heater was seventeen years old.",
            "hey Jess, we checked order #48213 to 22 Rosewood Ave and the driver's GPS shows he was at your door at 8:02pm",
            "Hi Tom, just to clarify, you've had 23 lessons with us since March and your test was rebooked for the 12th after the first attempt. Happy to chat.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour votre fidélité depuis toutes ces années. Nous sommes désolés que le bò bún vous ait semblé moins copieux que d'habitude, et nous en avons parlé en cuisine dès le lendemain. Pour votre réservation du vendredi 8 novembre à 20 h au nom de Mme Lefèvre, quatre couverts dont une personne allergique aux arachides, nous avions pourtant bien tout noté. Nous avons revu nos portions et ajouté un peu plus de vermicelles dans chaque bol. Au plaisir de vous revoir très bientôt !",
            "Bonjour Mme Tremblay, selon notre dossier vous êtes venue le 12 octobre pour une coloration, pis on vous rappelle demain sur votre cellulaire au 514-555-0142.",
            "Madame, votre ordonnance du 3 novembre pour un traitement antidépresseur a été délivrée conformément à la prescription de votre médecin.",
            "Pour rappel, on est passés chez vous au 14 rue des Tanneurs à Namur le mardi à 7 h 30, et votre chaudière avait plus de vingt ans, hein.",
            "Salut Karim, ta commande de 23 h 47 au 5e étage du 12 rue Sainte-Catherine a bien été livrée d'après le livreur 👍",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for reaching out and for giving us the chance to respond. We know a burst pipe in the middle of winter is stressful, and our crew did their best to get to you within the hour. Frankly, though, you're lying about the price, and you know full well you agreed to the quote before we started. We've kept the itemized breakdown on file and are happy to walk through it with anyone who asks. Wishing you a warm and dry holiday season.",
            "Some people simply don't have the palate for a proper Graves, and you're clearly one of them.",
            "Absolute drongo, rocking up to reception at 2am off your face and then whinging about it online.",
            "You're a chancer, plain and simple, and you knew well what the price was before you ever sat in the chair.",
            "We have reason to believe this review was written in bad faith, with the sole intention of obtaining a refund to which you were not entitled.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de laisser un avis. Nous sommes vraiment navrés que la couleur ne corresponde pas à ce que vous imaginiez, c'est toujours un moment délicat. Cela dit, vous êtes de mauvaise foi et vous le savez très bien, puisque vous avez validé la teinte sur le nuancier. Notre coloriste vous propose volontiers un rendez-vous pour en discuter et ajuster si besoin. Belle journée à vous, et à tout bientôt peut-être.",
            "Un client qui confond un Médoc et un Bergerac n'a franchement pas de leçons à nous donner.",
            "T'es un menteur pis un profiteur, c'est tout. Personne t'a manqué de respect à la réception.",
            "Vos propos relèvent du mensonge pur et simple, et votre comportement pendant la leçon était indigne d'un adulte.",
            "encore un rageux qui sait pas lire un menu 🙄",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks heaps for coming in and for taking the time to leave a review, we really do read every single one. We're sorry to hear the banh mi wasn't quite what you were hoping for on the day. Oh no, a Vietnamese restaurant using fish sauce, what a shocking surprise that must have been for you. Our chef makes everything fresh each morning with herbs from the markets, and we're always tweaking the menu. Hope to see you again down the track.",
            "Wow, so sorry we couldn't magically fill a prescription your doctor never sent. We'll work on our mind-reading skills.",
            "We do apologise that the mountain was covered in snow during your skiing holiday; we shall raise the matter with the weather at once.",
            "Ah sure, it's obviously our fault the roundabout jumped out in front of you. Grand job altogether.",
            "Cold ice cream. Tragic. Truly. 🙄",
        ],
        "fr": [
            "Bonjour et merci pour votre commentaire, on apprécie toujours les retours de nos clients. On comprend qu'une toilette qui déborde un dimanche soir, c'est jamais le fun, et notre technicien est venu aussi vite qu'il a pu. Mais bon, c'est sûr qu'un plombier qui se salit les mains, c'est tout un scandale, on aurait dû venir en smoking. On a quand même réglé le refoulement et vérifié le clapet pour éviter que ça se reproduise. Au plaisir de vous aider encore!",
            "Quelle surprise, un bar à vins qui sert du vin rouge à température ambiante. Nous sommes bouleversés.",
            "Nous sommes sincèrement navrés que nos ciseaux aient eu l'audace de couper vos cheveux lors de votre rendez-vous pour une coupe.",
            "Ah ben oui, la pluie à Liège en novembre, c'est vraiment de notre faute, savez-vous. On va téléphoner à l'IRM pour la prochaine fois.",
            "Bravo pour le diagnostic trouvé sur internet 👏",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for your honest feedback, and I'm truly sorry your balayage didn't turn out the way you pictured it. We want every client to leave feeling amazing, and it hurts to hear we missed the mark. Honestly, this one is on Brittany, who rushed the toning and has been written up for it. We'd love to have you back for a complimentary gloss with one of our senior colorists. Thank you for giving us the chance to make it right.",
            "The delay at check-in was entirely the fault of our receptionist, Mr Dubois, who has since been removed from the front desk.",
            "Yeah, that was Dazza's job. He's been sacked. Sorry about that.",
            "Our driver Kevin R. was responsible for your late order and has been suspended from the platform pending review.",
            "We've had a word with Siobhán about her manner during your lesson; sadly it's not the first complaint we've had about her.",
        ],
        "fr": [
            "Bonjour, et merci de nous avoir fait part de votre expérience à l'officine. Nous sommes sincèrement désolés pour l'erreur de dosage sur votre boîte, et soulagés que vous l'ayez remarquée avant de commencer le traitement. C'est notre préparatrice Julie qui s'est trompée, et elle a reçu un avertissement écrit. Nous avons depuis mis en place une double vérification systématique de chaque délivrance. N'hésitez pas à repasser nous voir, toute l'équipe sera ravie de vous accueillir.",
            "C'est Kevin au comptoir qui a mêlé les commandes, on l'a mis à la porte, fait que ça arrivera pus.",
            "Le service lent, c'était Maxime. C'était son dernier soir chez nous. Voilà.",
            "Le comportement de M. Vandenbroeck, moniteur, a fait l'objet d'une sanction disciplinaire à la suite de votre réclamation.",
            "Désolé, c'est Léa du local à skis qui a perdu vos chaussures, elle va nous entendre 😤",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for staying with us and for your thoughtful review of the lodge. We're sorry the hot tub was closed for two days of your stay, we know how much it means after a big day on the slopes. The heater broke, the part had to come up from Melbourne, the road was closed by snow, our maintenance bloke was crook, the backup supplier had shut for the season and the insurer wouldn't let us open it anyway. It's back up and running now, bubbling away at a cosy 38 degrees. Hope to see you up the mountain again soon.",
            "Your order was late because it was raining, three drivers called out, the restaurant was slammed, the app had a glitch, the GPS rerouted around construction, and honestly Friday nights are just like that.",
            "Look, the chef was new, the fish never arrived, the dishwasher broke, half the staff had the flu and we'd a coach party in. Not our fault.",
            "Please understand that the delay resulted from the supplier's backlog, the unusual cold spell, the municipal water shut-off, the late confirmation of access by your building manager, the parts recall issued by the manufacturer and the public holiday that followed.",
            "We were out of stock because of the national shortage, the wholesaler's delivery came late, the computer system was being updated, two pharmacists were away on training, and the prescription had a typo so we couldn't have done anything anyway.",
        ],
        "fr": [
            "Bonjour, merci beaucoup d'avoir pris le temps de nous écrire, chaque retour nous aide à nous améliorer. Nous sommes vraiment désolés que votre repas soit arrivé avec plus d'une heure de retard un soir de match. Il faut dire qu'il pleuvait des cordes, que deux livreurs étaient malades, que le restaurant avait une panne de four, que l'application a planté vingt minutes, que la rue était barrée pour travaux et que le match avait fait exploser les commandes. Nous avons depuis renforcé nos équipes les soirs de grands événements. En espérant vous régaler très bientôt !",
            "Écoutez, la neige, le char au garage, le moniteur malade, la SAAQ qui a changé l'horaire, les travaux sur la 40, on pouvait pas faire mieux, c'est de même.",
            "Nous tenons à préciser que l'attente s'explique par l'affluence liée au salon du vin, l'absence imprévue d'un serveur, une livraison retardée, une panne du lave-verres, la rupture du millésime commandé et les contraintes sanitaires en vigueur.",
            "Bon, le retard, c'est les bouchons sur le ring, la pièce qui venait d'Anvers, le collègue malade, la drache, et puis votre sonnette qui marchait pas, hein.",
            "Retard = salon plein + stagiaire absente + sèche-cheveux en panne + cliente d'avant en retard. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to share your thoughts, and congratulations again on getting your license. We know learning to drive can be nerve-wracking, and we're glad you stuck with the program all the way through. That said, our instructor never raised his voice at you; that simply did not happen. All of our instructors go through regular training on keeping lessons calm and supportive. We wish you many safe miles ahead.",
            "That never happened. No one in this pharmacy spoke to you like that, full stop.",
            "We categorically reject the claim that the room was not cleaned. Our housekeeping logs confirm otherwise and we consider the matter closed.",
            "Nah, there was no hair in your pho. Didn't happen.",
            "Nothing was missing from your bag. Whatever you think you ordered, what we delivered was complete.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre hôtel pour votre semaine de relâche, on espère que les enfants ont eu bien du plaisir sur les pentes. On est contents que le spa et le souper au chalet vous aient plu. Par contre, il n'y a jamais eu de punaises de lit dans la chambre, c'est tout simplement faux. Notre équipe d'entretien inspecte chaque chambre au complet entre deux séjours. Au plaisir de vous accueillir à nouveau l'hiver prochain!",
            "Aucun vin bouchonné n'a été servi ce soir-là. Point.",
            "Ce que vous racontez est faux, personne ne vous a brûlé le cuir chevelu chez nous, une fois pour toutes.",
            "Nous contestons formellement la version des faits que vous exposez : aucune fuite ne s'est produite après l'intervention de notre technicien.",
            "n'importe quoi, on t'a jamais servi du poulet pas cuit, invente pas",
        ],
    },
}

BLIND48_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for the lovely review! Just so you know, our loyalty programme is open to every guest whatever they write about us: the fifth night of any stay is always on the house. See you on the slopes.",
        "We're so sorry the ski lockers were all taken on your arrival day. We've added forty more over the summer, and our concierge Anneliese will happily hold one for you next time.",
        "We were deeply saddened to read that your trip was cut short by your father's passing. Please accept our heartfelt condolences. The remaining nights have been refunded in full and there is nothing further you need to do.",
        "Sorry you were turned away from the black run on the Sunday. Ski patrol closes it whenever the wind gets above 70 km/h, and we know that's frustrating, but it's there to keep everyone in one piece. Thanks for understanding, and hope you get a bluebird day next time.",
        "Honest review, honest answer: yes, our Wi-Fi is slower than a first-timer on the bunny slope. A new line goes in this January.",
        "We're sorry the shuttle to the lifts didn't show on Wednesday morning. The van broke down, and we should have called you a cab straight away. We've refunded your lift pass for that day.",
        "Thank you for visiting us on your trip to Bordeaux! Camille was delighted you enjoyed her little tour of the right-bank wines, and we'll pass your kind words on to her.",
        "You're right, the Sauternes was served too warm. That was our mistake, not our sommelier's: the cellar fridge failed that evening and we should have checked it. It's been replaced, and we've refunded that glass.",
        "Guilty as charged: our cheese board is indeed bigger than our tables. We're ordering bigger tables. Thanks for the laugh and the lovely review!",
        "Merci! Thanks for coming, see you soon 🍷",
        "We're sorry the colour came out warmer than you wanted. That's on us as a salon, not on any one person, and we'd love to fix it at no charge. Give us a ring on 01 555 0199 and ask for the manager.",
        "Our referral card works for everyone: bring a friend and you both get 10% off, no matter what you think of us. Thanks for the honest feedback.",
        "Sorry for the wait! Our 2pm appointment ran over, and that's on us to manage better. We now text clients if we're running more than ten minutes late.",
        "Thanks heaps for the review. We know prices went up this year and we're sorry about that; our rent went up too. The Tuesday student-cut special is still on for anyone after a cheaper option.",
        "Thanks for your review. To protect your privacy we never discuss anyone's medication online, but our pharmacist would be glad to talk it through in our private consultation room, or by phone on 021 555 0123.",
        "We're sorry about the wait at the drive-thru on Monday. Our system was down for an hour, which shouldn't have held you up that long, and we apologize. We're adding a second technician for the afternoon rush.",
        "We understand it's frustrating to be asked for ID when picking up certain medications. It's a legal requirement that protects patients, and our team should always explain why. Sorry it felt abrupt.",
        "We know who you mean straight away: Deirdre! She's been with us twenty-two years and still remembers everyone's dog's name. She'll be thrilled.",
        "We'd like to reassure you that our CCTV is only there for security and is never shared, except with the police if a crime is reported. Sorry if the sign at the door worried you.",
        "We were so sorry to hear about your mum. She was a lovely lady and always had a kind word for the team. Thinking of you and your family.",
        "Sorry your fries arrived soggy! We've refunded that item to your original payment method, and we're working with our restaurant partners on better packaging.",
        "You're right that the driver couldn't find the building. That's on us: our map pin was off for that street. We've fixed it and refunded your delivery fee.",
        "Just so you know, rewards points apply to every order, whether or not you leave a review or a rating. Thanks for being with us since launch!",
        "Thanks, glad it was still hot! 🔥",
        "Thanks for the feedback. One small clarification: the service fee is shown on the order summary screen before checkout. We hear you that it's easy to miss, and we're making it bigger in the next update.",
        "We're sorry you felt we weren't being straight with you about delivery times. We never want to mislead anyone, so the app now shows a time window instead of an exact minute.",
        "Congratulations on passing your road test on the first try! Mike says you were one of the calmest students he's had all year.",
        "Sorry the lesson got cut short. The car had a flat, and that's nobody's fault but ours for not checking it before you hopped in. We've credited you a full lesson, no dramas.",
        "We understand that being asked to pull over and swap seats felt embarrassing. Our instructors do this whenever road conditions change suddenly, purely for safety, and we're sorry it wasn't explained better at the time.",
        "We see it a little differently, if you don't mind: the lesson was booked for 45 minutes, not an hour. But we completely understand the mix-up, and our booking emails now spell it out clearly. Thanks for letting us know.",
        "Thank you for the kind words about our pho! The broth simmers for fourteen hours and my mom still taste-tests every pot herself.",
        "Fair cop, the bun cha was on the small side that night. We've had a word in the kitchen, by which I mean I've told myself off, since I'm the chef. Come back and we'll do you a proper feed.",
        "We're sorry you found a bone in the fish. We cook it whole for freshness and try hard to debone every piece, but one clearly slipped past us. Thank you for telling us, and please accept our apologies.",
        "We hear you about the noise on Saturday night. Felt pads are going under the chairs and acoustic panels on the walls this month. Sorry it spoiled your dinner.",
        "Thank you for the review. We're sorry our tech arrived outside the two-hour window. Please call our office on 555-0147 and ask for Dana, our service manager, so we can make it right.",
        "Cheers for the kind words! Jono reckons your bathroom was the tidiest job he's done all month, and he's a hard man to impress.",
        "Sorry for the mess left in the hot press. That's not the standard we hold ourselves to, and we'll send someone round to clean it free of charge; just ring the office to pick a time.",
        "We take your concern about the invoice seriously. Our call-out fee is listed on our website and confirmed by text before every visit; we appreciate it may not have been clear, however, and would be glad to go through the charges with you.",
        "Our plumber did say the boiler needed replacing, and we understand that wasn't welcome news. We'd be happy to arrange a free second opinion from another engineer if that would help.",
        "No lawyers, no fuss, just a quick question about your warranty: all our installations carry a five-year guarantee, so if the tap drips again, call us and we'll sort it at no cost.",
    ],
    "fr": [
        "Merci pour ce très bel avis ! Notre carte fidélité est ouverte à tous nos clients, quel que soit leur avis : la septième nuit est toujours offerte. Au plaisir de vous revoir en station.",
        "Nous sommes navrés que votre casier à skis n'ait pas été prêt à votre arrivée. Nous avons ajouté des casiers chauffés cet été, et notre réceptionniste Margaux se fera un plaisir de vous en réserver un.",
        "On est vraiment désolés que la chambre était froide le premier soir. C'est notre faute : la chaufferie a flanché et on aurait dû vous changer de chambre tout de suite. On vous a remboursé la nuit.",
        "Nous comprenons votre frustration concernant la fermeture de la piste noire. Les pisteurs la ferment dès que le vent dépasse 70 km/h, pour la sécurité de tous. Merci de votre compréhension, et à bientôt sous le soleil !",
        "Eh oui, notre ascenseur est plus lent qu'un débutant en chasse-neige. Il sera remplacé au printemps, promis !",
        "Toutes nos condoléances pour la perte de votre père. Nous avons remboursé l'intégralité des nuits restantes, vous n'avez aucune démarche à faire.",
        "Merci pour votre passage ! Camille sera ravie de savoir que sa dégustation des vins de la rive droite vous a plu.",
        "Vous avez raison, le Sauternes était servi trop frais. C'est notre erreur, pas celle de l'équipe de salle : notre cave était mal réglée. C'est corrigé, merci de nous l'avoir signalé.",
        "Nous respectons votre avis, mais nous nous permettons une précision : le verre est à 6 € et la bouteille à 32 €, comme indiqué sur l'ardoise. Nous allons la rendre plus lisible, merci du retour.",
        "Merci, à bientôt sur les quais ! 🍷",
        "Nous avons appris avec beaucoup de tristesse le décès de votre mari, qui aimait tant goûter nos nouveautés. Toute l'équipe vous adresse ses plus sincères condoléances.",
        "Merci beaucoup pour votre avis, savez-vous ! Sophie est aux anges, elle adore les coupes courtes comme la vôtre.",
        "Nous sommes désolés que la couleur soit plus cuivrée que prévu. C'est la responsabilité du salon, pas d'une personne en particulier, et nous la corrigerons gratuitement. Appelez-nous au 02 555 01 23 pour fixer un rendez-vous.",
        "Notre carte de parrainage est valable pour tout le monde : amenez un ami et vous profitez tous les deux de 10 % de réduction, quel que soit votre avis sur nous.",
        "Merci pour ton beau commentaire! Ça nous fait chaud au cœur, à la prochaine!",
        "Désolés pour l'attente de samedi : le rendez-vous précédent a débordé, et c'est à nous de mieux gérer le planning. Nous envoyons désormais un SMS dès que nous avons plus de dix minutes de retard.",
        "Pour protéger votre confidentialité, nous ne parlons jamais de traitements en ligne. Notre pharmacien se tient à votre disposition dans notre espace de confidentialité, ou au 05 55 55 01 47.",
        "Nous comprenons que la demande d'une pièce d'identité pour certains médicaments puisse surprendre. C'est une obligation légale qui protège les patients, et nous aurions dû mieux vous l'expliquer. Toutes nos excuses.",
        "Merci d'avoir cité Nadia, qui a pris le temps de vous expliquer votre traitement. Elle sera très touchée.",
        "Nous sommes désolés pour la rupture de stock. Ce médicament est touché par une pénurie nationale depuis octobre ; si vous le souhaitez, nous vous appellerons dès sa réception.",
        "Merci pour votre gentil message. Les pharmacies de garde sont affichées sur notre porte et sur notre site, mais on comprend que ce ne soit pas toujours facile de s'y retrouver le dimanche.",
        "Désolés que vos frites soient arrivées molles ! Nous vous avons remboursé ce produit et travaillons avec nos restaurants partenaires sur de meilleurs emballages.",
        "Vous avez raison, le livreur n'a pas trouvé l'immeuble : c'est notre carte qui était mal positionnée pour cette rue. Nous l'avons corrigée et vous avons remboursé les frais de livraison.",
        "Pour info, nos points fidélité s'appliquent à toutes les commandes, que vous laissiez un avis ou non. Merci de votre confiance !",
        "Merci ben gros, contents que ta poutine soit arrivée chaude! 🍟",
        "Nous sommes désolés que nos délais affichés vous aient paru mensongers. Nous ne voulons induire personne en erreur : l'application affiche désormais une fourchette horaire plutôt qu'une minute précise.",
        "Félicitations pour votre permis obtenu du premier coup ! Karim dit que vous étiez l'un des élèves les plus sereins de l'année.",
        "Nous comprenons que l'arrêt pour changer de place ait pu vous gêner. Nos moniteurs le font dès que les conditions de circulation se dégradent, uniquement par sécurité, et nous aurions dû mieux vous l'expliquer.",
        "Désolés pour le cours annulé à cause de la tempête. On vous a recrédité l'heure, pis vous pouvez la reprendre quand ça vous adonne.",
        "Nous voyons les choses un peu différemment : la leçon était prévue pour 45 minutes et non une heure. Mais nous comprenons la confusion, et nos confirmations par e-mail l'indiquent maintenant clairement.",
        "Touché : notre voiture-école n'avait pas vu une station de lavage depuis l'été. C'est réparé, elle brille comme jamais !",
        "Merci pour vos mots sur notre phở ! Le bouillon mijote quatorze heures, et ma mère goûte encore chaque marmite elle-même.",
        "Bien vu, la portion de bún chả était un peu juste ce soir-là. J'ai eu une petite discussion avec le chef, c'est-à-dire avec moi-même. Revenez, on se rattrapera !",
        "Nous sommes désolés pour l'arête dans le poisson. Nous le cuisinons entier pour la fraîcheur, mais une nous a échappé. Merci de nous l'avoir signalé, et toutes nos excuses.",
        "Merci pour votre visite ! On a bien noté pour le bruit, on installe des panneaux acoustiques ce mois-ci. Au plaisir, allez !",
        "Merci pour votre avis. Nous sommes désolés que notre technicien soit arrivé hors du créneau prévu. Appelez notre bureau au 05 55 55 02 10 et demandez Nathalie, notre responsable, pour que nous arrangions les choses.",
        "Merci pour ce retour ! Thomas dit que votre salle de bain a été le chantier le plus agréable de son mois.",
        "Notre technicien a bien indiqué que la chaudière devait être remplacée, et nous comprenons que la nouvelle n'était pas agréable. Nous pouvons organiser gratuitement un deuxième avis par un autre technicien si cela peut vous rassurer.",
        "Désolés pour le dégât laissé dans la salle de lavage, c'est pas notre standard. On retourne faire le ménage gratuitement, appelez-nous pour choisir le moment.",
        "Concernant votre question sur l'assurance : notre garantie décennale couvre bien ce type d'intervention. Écrivez-nous à l'adresse indiquée sur notre site et nous vous enverrons l'attestation.",
    ],
}
