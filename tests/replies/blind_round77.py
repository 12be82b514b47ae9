"""Blind reply set, round 77: owner replies the pre-post check has never seen.

Who and when: written by helper b77, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 77).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
bakeries, pizzerias, nail salons, driving schools and campsites.  Each French
reply was written directly in French, not translated.  The writer read only
the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length); before reading the brief it had also
opened /work/.library/env/README.md, a description of the machine that says
nothing about the check or about replies.  It did NOT read the application
code (workstation/), docs/, training/, bench/, resources/, any other test file
or earlier blind set, any other helper's worktree or the git history; did not
run the check, any test or any bench on these replies (only a syntax parse, a
count of entries and ruff); and did not search the code.  Nothing here was
adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: casual and chatty owners, some very formal ones; French from
Brittany (Quimper, Carnac, Perros-Guirec, Vannes, Brest) and from Marseille
(slang such as fada, vé, cagole, fan de chichourle); English from Ireland
(Cork, Kerry, Galway slang such as grand, go way outta that, ah stop) and the
US Midwest (Iowa, Wisconsin, chatty small-town style); emoji and texting;
veiled and polite phrasings; one-liners; and, for every code and language,
one long warm reply (the first of each list) whose fault sits in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: loyalty cards and early-booking discounts open to everyone whatever
they write, the business's own phone number or contact form, staff praised by
first name, a named employee's mistake owned by the business, one honest
reason with an apology, CCTV footage offered to help the customer with the
police, terms and conditions explained with a refund, jokes at the business's
own expense, polite factual corrections that keep the door open, a star
rating quoted neutrally, condolences, safety and hygiene rules explained
kindly, a price rise explained, a waiting list, and phrases that share words
with faults (we know which evening you mean, no one thinks you are making
this up, oh wow).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND77_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thanks a million for this, it made our whole morning here at the bakery in Cork. We're delighted the sourdough and the brown soda bread went down so well at your mam's birthday, and Siobhán will be thrilled you noticed the little sugar flowers on the sponge. If you'd be good enough to bump your review up to five stars, there's a free dozen scones waiting for you at the counter next time you're in. It's customers like you that keep us getting up at four every morning. Mind yourself and see you soon!",
            "Hey there! Delete this one and your next large pepperoni's on the house, no questions asked 🍕",
            "Should you see fit to revise your rating, we would be pleased to add a complimentary lesson to your next booking.",
            "Tell ya what, folks, pop an extra star or two on there and we'll knock your next weekend's pitch fee in half. Deal? ⛺",
            "Any client who updates their review this month to reflect a happier visit gets 20% off a gel manicure, just show the updated post at the desk 💅",
        ],
        "fr": [
            "Trugarez, merci mille fois pour ce gentil message après votre passage à la boulangerie de Quimper ! Nous sommes ravis que le kouign-amann et le far aux pruneaux aient régalé toute la famille pendant vos vacances. Si jamais vous passiez votre note à cinq étoiles, on vous garderait un kouign-amann offert pour votre prochaine visite. Toute l'équipe se lève très tôt pour que tout sorte du four bien chaud, alors vos mots nous touchent vraiment. À bientôt en pays bigouden !",
            "Oh fada, merci ! Tu nous mets 5 étoiles et la prochaine pizza au feu de bois c'est cadeau, vé 🍕",
            "Nous vous serions reconnaissants de bien vouloir reconsidérer votre appréciation ; une heure de conduite supplémentaire vous serait alors offerte.",
            "Coucou ma belle 💅 tu modifies ton avis et ta prochaine pose de semi-permanent est offerte, promis !",
            "Nous pourrions tout à fait envisager un geste sur votre prochain séjour au camping, dès lors que votre commentaire n'apparaîtra plus en ligne.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and we're genuinely sorry the pizza arrived later than you'd hoped on Friday night. We've been serving folks in Dubuque for twenty-two years and we care a great deal about every order that leaves our ovens. Our attorney has been forwarded this review and will be in touch if it isn't taken down by the end of the week. We'd still love the chance to make you a proper pie, fresh from the oven, whenever you're ready. Thanks again and take care.",
            "We know exactly who you are, lad. Small town. Think about that.",
            "Please be advised that we have retained counsel regarding the statements above and reserve all rights in respect of defamation.",
            "Funny how your plates showed up on the gate camera that night. Might be worth having a think before you post again.",
            "Keep this up, hon, and we'll make sure every salon in the county hears all about you.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre séjour au camping de Carnac. Nous sommes désolés que l'eau chaude ait manqué le dernier soir, et nous comprenons que ce soit agaçant après une journée à la plage. Sachez toutefois que notre avocat a été saisi de vos propos et qu'une plainte pour diffamation sera déposée si cet avis reste en ligne. Nous espérons malgré tout vous revoir un jour sous les pins. Belle fin d'année à vous.",
            "On sait où tu habites, collègue. Le quartier est petit, tu vas pas faire le malin longtemps.",
            "Nous nous réservons la possibilité d'engager toute poursuite utile à l'encontre de l'auteur de ces allégations.",
            "Votre visage est très net sur nos caméras, madame. À votre place, je réfléchirais avant de publier.",
            "Si tu retires pas ça, je poste ta photo sur la page du salon avec ce que t'as fait, tout le monde verra 😡",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for your kind words about the campsite, and we're sorry the rain spoiled your last two days. The kids' club and the new playground are exactly the sort of thing we hoped families would enjoy. We do remember you well, pitch 14 from the 3rd to the 9th of August, booked under your mobile 087 555 0142. Next summer we'll have covered picnic spots as well. Hope to see the whole gang back in Kerry!",
            "Hi Mr. Kowalski, per our records this was your third road test with us, the latest on Tuesday the 12th at 9:40 a.m.",
            "Hey Jenna! Saw you came in Thursday at 6 for the fill on your bitten nails, hope the fungal thing on your big toe clears up soon 💕",
            "We have checked the delivery log: the order went to 41 Maple Court, apartment 2B, and was signed for at 8:17 p.m.",
            "Ma'am, your card ending 4471 was charged once only, for the birthday cake your husband collected on Saturday morning.",
        ],
        "fr": [
            "Bonjour Nadia, merci beaucoup pour votre retour et pour votre fidélité depuis l'ouverture du salon ! Nous sommes désolées que la french ait décollé si vite, et nous comprenons votre déception. D'après votre fiche, vous étiez venue le mardi 14 à 17 h 30, avec votre allergie au latex, et vous êtes joignable au 06 12 34 56 78. Nous vous proposons de repasser pour une retouche quand vous voulez. À très vite sur la Canebière !",
            "Monsieur Le Goff, d'après notre registre vous en êtes à votre troisième passage de l'examen, le dernier le 18 octobre à Vannes.",
            "Ta commande a bien été livrée au 12 rue des Capucins, 3e étage porte gauche, à 20 h 40, le livreur a même la photo.",
            "Nous avons bien noté votre séjour du 2 au 16 juillet, emplacement 27, en compagnie de votre épouse et de vos deux enfants.",
            "coucou Léa, ton rdv de samedi 10h pour les ongles abîmés par ta chimio est toujours noté, bon courage 💗",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for stopping by the bakery on Saturday, and we're sorry the cinnamon rolls had sold out by the time you got in. We bake a fixed number each morning so everything's fresh, and on busy weekends they do go quickly. Honestly, though, it's pretty obvious you're just a bitter person who goes around making up stories for attention. We'll be making extra batches for the holidays, so do come early. Have a good one.",
            "You're a liar and you know it.",
            "Frankly, sir, only someone of very limited intelligence could fail to follow three clearly painted lines in a parking lot.",
            "Some folks just can't be pleased, and you're clearly one of them. Bet you write this same review everywhere to get free stuff.",
            "Grand so, another keyboard warrior who's never set foot in the place. Go way outta that.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de donner votre avis sur l'auto-école. Nous sommes désolés que le planning des leçons n'ait pas toujours correspondu à vos disponibilités cet hiver. Cela dit, vu votre comportement au volant, il est clair que vous êtes quelqu'un d'irresponsable et de franchement malhonnête. Nos moniteurs restent à votre disposition pour faire le point sur votre dossier. Bonne continuation.",
            "T'es qu'un menteur, t'es jamais venu manger ici, arrête de raconter des salades.",
            "Votre avis relève manifestement de la mauvaise foi la plus totale, et nous ne sommes pas dupes de vos intentions.",
            "Franchement, une cliente aussi mal élevée, on n'en voit pas souvent. Bon vent.",
            "Oh la cagole, va, t'as mangé tout le gâteau et maintenant tu viens pleurer ?",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for the review, and we're sorry the campsite wasn't quite what you'd pictured for your weekend away. We work hard to keep the showers clean and the grass cut, and we're always glad to hear how to do better. Next time we'll be sure to order you some private sunshine and a five-star hotel, since a tent in a field was clearly such a shock. In the meantime, the site is open until the end of October if you'd like to give it another go. All the best.",
            "Oh wow, a pizza that was hot AND took 30 minutes on a Friday night. Truly the crime of the century 🙄",
            "We are so terribly sorry that our instructor expected you to look in the mirrors. How unreasonable of us.",
            "Gosh, imagine walking into a bakery and finding bread in it. The horror.",
            "Ah sure it must be tough being that perfect, we'll frame your review and hang it over the nail station 😂",
        ],
        "fr": [
            "Bonsoir et merci pour votre message après votre soirée chez nous au Panier. Nous sommes navrés que l'attente ait été un peu longue, la terrasse était pleine ce soir-là et le four ne cuit que six pizzas à la fois. Bravo d'ailleurs pour votre découverte géniale : une pizzeria où il faut attendre sa pizza, quel scandale, on n'avait jamais vu ça ! Nous serons ravis de vous accueillir un soir plus calme, en semaine par exemple. Bonne soirée.",
            "Ah oui, quel drame, un croissant un peu trop cuit. On va prévenir le journal de 20 heures 😂",
            "Nous prenons bonne note que la pluie en Bretagne vous a surpris. Nous transmettrons vos doléances directement au ciel.",
            "Bravo ma chérie, t'as découvert que le vernis sèche pas en deux secondes, tu mérites une médaille 🏅",
            "Quelle chance d'avoir une experte de la conduite parmi nos élèves, nos moniteurs ont sûrement beaucoup à apprendre de vous.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for being such a loyal client of the salon, and we're really sorry your last visit didn't live up to the usual standard. We know how much a good set of nails matters before a big day like a wedding. That chipped polish was entirely down to Kayla, who rushed your appointment and has been given a formal written warning. We'd love to have you back so we can fix it properly, on us. Thanks again for letting us know.",
            "Ciarán was on the till that day and frankly he's useless. He's been let go.",
            "The delay was caused by our driver Tyler, who has since been disciplined.",
            "Please be assured that Mr. Hendricks, the instructor concerned, has been removed from the road pending an internal review of his conduct.",
            "Yeah that was Mike's batch of dough, he never lets it prove right. Already had words with him 😤",
        ],
        "fr": [
            "Bonjour, et merci pour ce long message après vos vacances au camping près de Perros-Guirec. Nous sommes sincèrement désolés pour l'accueil que vous avez reçu à votre arrivée, tard dans la soirée, après une longue route. Le responsable, c'est Yannick, notre agent d'accueil de nuit, qui n'a pas fait son travail et qui a été sanctionné en conséquence. Le reste de l'équipe a été ravi de voir vos enfants profiter de la piscine toute la semaine. Nous espérons vous revoir l'été prochain.",
            "C'est la faute à Kevin, le nouveau pizzaiolo, il a encore cramé la pâte. On l'a recadré, t'inquiète.",
            "Nous vous informons que Mme Durand, monitrice en charge de votre formation, a fait l'objet d'une mesure disciplinaire à la suite de votre réclamation.",
            "Désolée ma belle, c'était Jessica ce jour-là, elle bâcle toujours ses poses, de toute façon elle est plus chez nous.",
            "Maëlle, notre apprentie, s'est trompée dans la commande du gâteau ; nous lui en avons retenu le coût sur sa paie.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks a million for the feedback, and we're sorry the lesson on Tuesday felt a bit rushed. Our instructors genuinely love helping nervous drivers build their confidence, and we hear you about wanting more time on roundabouts. The thing is, the roadworks on the N18 had traffic backed up, the car had only just come back from its service, two instructors were out with the flu, our booking system crashed that morning and the weather was desperate, so there was honestly nothing we could have done. We'll have a chat with you about a longer session next time. Drive safe!",
            "Well, the oven broke, the delivery kid got a flat, it was the Packers game, our cheese guy was late and the new register wasn't talking to the printer. So yeah.",
            "We must point out that the delay resulted from an unprecedented volume of orders, a staff shortage due to illness, an unforeseen supplier issue, a power fluctuation in the district, an exceptional heat wave affecting the proving of our dough and the recent change in municipal waste collection hours.",
            "Sorry about the showers! In fairness the boiler's from the 90s, the plumber's on his holidays, the council won't give us permits, the campers before you left the taps running and the gas was late because of the storm.",
            "The chip happened because you washed dishes right after, the humidity that week was crazy, our supplier sent the wrong UV bulbs, we were short a tech, and gel just doesn't bond as well in winter, everybody knows that.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour, nous sommes sincèrement désolés que votre bûche de Noël n'ait pas été prête à l'heure prévue. Nous savons à quel point ce moment compte pour une famille, et votre déception est tout à fait légitime. Il faut dire que le four a lâché la veille, que le livreur de crème est arrivé avec trois heures de retard, que deux pâtissiers étaient malades, que le mistral a coupé l'électricité dans tout le quartier et que le logiciel de commandes a planté le matin même. Nous ferons tout pour que votre prochaine commande soit parfaite. Bonnes fêtes à vous et aux vôtres.",
            "Bon, en même temps le four était en panne, le pizzaiolo était malade, y avait le match de l'OM, le fournisseur de mozza nous a lâchés et le livreur s'est pris un PV.",
            "Nous tenons à préciser que ce retard résulte de la conjonction de plusieurs facteurs : absence imprévue d'un moniteur, véhicule immobilisé au contrôle technique, modification du calendrier des examens par la préfecture, conditions météorologiques défavorables et dysfonctionnement de notre plateforme de réservation.",
            "Pour l'eau froide : le chauffe-eau est vieux, le plombier était en vacances, la tempête a coupé le courant, les campeurs d'avant ont tout vidé, et puis en Bretagne en août c'est toujours compliqué de trouver un artisan.",
            "Le vernis a sauté parce que vous avez fait la vaisselle, que la lampe UV venait d'être changée, qu'il faisait très humide, que ma collègue était en retard et que la marque a changé sa formule, ce n'est vraiment pas de notre fait.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for your review and for choosing our pizzeria for your son's birthday party, it was lovely to see the whole table singing. We're proud of our hand-stretched dough and we're glad the kids enjoyed making their own mini pizzas. However, there was no hair in your pizza; that simply did not happen in our kitchen. We hope you'll come back for one of our Tuesday family nights. All the best to you and the birthday boy!",
            "Nope. Never happened.",
            "We categorically reject the account given above; no such incident occurred on our premises.",
            "Our instructor never raised his voice at you, not once. It's just not true.",
            "That loaf was baked that morning, full stop. There's no way on earth it was stale.",
        ],
        "fr": [
            "Bonjour, merci d'avoir choisi notre auto-école pour préparer votre permis, et félicitations encore pour votre code obtenu du premier coup ! Nous comprenons que la période d'examen soit stressante, surtout avec les délais actuels à Marseille. En revanche, aucun cours n'a été annulé sans prévenir : c'est tout simplement faux, cela n'a jamais eu lieu. Nos moniteurs restent à votre écoute pour la suite de votre formation. Bonne route à vous !",
            "N'importe quoi, y a jamais eu de cafard dans la boulangerie, jamais.",
            "Nous contestons formellement l'intégralité des faits relatés, qui ne correspondent en rien à la réalité.",
            "Non non, la piscine était ouverte tous les jours de votre séjour, ce que vous racontez n'a pas existé.",
            "Aucune cliente n'a jamais eu d'infection après une pose chez nous, c'est impossible, ça n'est pas arrivé.",
        ],
    },
}

BLIND77_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the lovely words, Aoife! Delighted the Christmas cake was a hit. See you in the new year.",
        "We're so sorry your pizza arrived cold on Friday. That's not the standard we hold ourselves to, and we've refunded your order in full. We've also added a second insulated bag for our drivers on busy nights. Hope you'll give us another shot.",
        "Thank you for your honest review. You're right that our instructor arrived late for your lesson; that's on us, not on you, and we've changed how we plan back-to-back lessons so it doesn't happen again. Please call the office at (319) 555-0180 and we'll add the missing time to your next lesson.",
        "Thanks for stopping in! Just so you know, every tenth coffee is free with our stamp card. It's open to everybody, no strings attached.",
        "Thank you! We'll pass your kind words on to Brenda, who's been doing nails here for fifteen years and absolutely loved working on your wedding set.",
        "We're really sorry that Liam mixed up your order. A mistake at the counter is ours as a business to own, not his alone, and we've reworked our order tickets so names are clearer. Your replacement cake is ready whenever suits you.",
        "We were so sorry to read about the loss of your father. It was an honour to bake the bread for his wake, and our thoughts are with you and your family.",
        "We understand it was disappointing not to have a campfire on your pitch. During dry spells the fire service asks us to ban open fires across the site, and we'd never want to put anyone at risk. The communal barbecue area by the lake is open until 10 p.m. if you'd like to use it next time.",
        "Thanks for your feedback. Just to clarify, on Sundays we're open from 8 a.m. to 1 p.m., which is likely why the door was locked when you called by at half two. Sorry for the wasted trip, and we hope to see you on a weekday.",
        "Guilty as charged: our pizza oven and our smoke alarm had a disagreement on Saturday and the oven lost. Sorry for the wait, and thanks for being such good sports about it!",
        "Thanks for letting us know about the scratch on your car in our lot. We have a camera at the entrance and we've saved the footage from that evening, so if you file a police report we're happy to share it with the officers.",
        "We're sorry about the confusion around the cancellation fee. Our terms are on the booking page, but we agree they weren't clear enough, so we've refunded the fee and rewritten that section in plain English.",
        "We're so glad you loved your stay! If you're coming back next summer, our 10% early-booking discount is open to anyone who books before March.",
        "Ha, yes, our Wi-Fi is about as reliable as the Irish weather. There's a new router going in this winter, promise!",
        "For privacy reasons we can't discuss booking details here, but we'd really like to look into this. Could you reach us through the contact form on our website?",
        "Dear Sir, we thank you for your detailed feedback regarding your test preparation. We sincerely regret that the scheduling of your lessons did not meet your expectations, and we have since extended our evening availability. Our director would welcome the opportunity to discuss this with you by telephone at your convenience.",
        "Thank you so much! Means the world to our small team 🥐",
        "Well shoot, thanks for the kind words! Our dough's made fresh every morning by Gary, who'll be tickled pink to hear his garlic knots made your night. Come back and see us after the game!",
        "We're sorry you felt the lesson was too short. Our schedule shows it was booked for the full 60 minutes, but we understand time flies when you're concentrating hard, and we'd be glad to talk it over. Give us a ring at the office any weekday.",
        "You're right that our sourdough went up by 50 cents this autumn, and we're sorry about that. Flour and energy costs have climbed a lot, and we'd rather raise prices a little than cut corners on the ingredients.",
        "We're sorry you couldn't get a lesson slot before Christmas. We keep a waiting list for cancellations, anyone can join it by calling the office, and we work through it in order.",
        "Congratulations on passing your test first time! Noel said you were one of the calmest drivers he's had all year. Safe driving!",
        "Sorry about the long wait on Saturday. One of our nail techs was off sick and we should have called to let you know. We've now set up text reminders so we can warn everyone about delays.",
        "Thanks for the five stars! Just a reminder that our loyalty card gives every customer a free pizza after ten, whether they leave a review or not.",
        "We've shared your review with the whole team, and we want to say clearly that what happened at the counter was a failure of our training, not of any one person. Extra training is in place this month.",
        "We've looked into this carefully and haven't found what went wrong yet, but we don't doubt your experience for a second. Please get in touch so we can put it right.",
        "The pool was closed on Wednesday because of a pump failure, and we're sorry we didn't put a notice up sooner. We've refunded the pool supplement to everyone on site that day.",
        "No one here thinks you're making this up. It sounds like a genuinely rotten evening, and we're sorry.",
        "We know exactly which evening you mean, it was our busiest of the summer, and we're sorry the pizzas came out so slowly.",
        "Ah stop, you're too kind! Delighted the young lad got his licence sorted with us. Best of luck on the road!",
        "We were so sorry to hear of your mother's passing. She brightened the salon every time she came in, and we'll miss her. Our deepest sympathy to you and your family.",
        "We know it's frustrating that learners don't drive on the interstate in their first lessons. It's our safety policy, and we build up to it step by step once you're comfortable on quieter roads.",
        "We don't apply products over nails that look damaged or irritated; it's a hygiene rule that protects every client. We're sorry it wasn't explained better at the desk.",
        "In our defence, the goat next door is not on our staff and we cannot control his opinions about your tent. Sorry about the early wake-up call! We'll have a word with the farmer about the fence.",
        "We are most grateful for your kind review and look forward to welcoming you again to our bakery.",
        "We're sorry your booking didn't go as planned. Please call our reception directly on 065 555 0193 between 9 and 6 so we can sort it out with you.",
        "Thank you for pointing out the uneven paths around the shower block. We've had them resurfaced this week and added lighting along the way.",
        "We've read your three-star review carefully, and you make fair points about the parking. We're talking to the council about extra spaces.",
        "Oh wow, what a review! Thank you, we're all blushing over here at the bakery.",
        "We're really sorry that Dave forgot your extra toppings. That's our slip as a business, and we've refunded the toppings. Thanks for letting us know so kindly.",
    ],
    "fr": [
        "Trugarez ! Merci pour ce joli message, toute l'équipe de la boulangerie est ravie que le kouign-amann vous ait plu. À bientôt !",
        "Bonjour, nous sommes sincèrement désolés que votre pizza soit arrivée froide. Ce n'est pas le niveau que nous visons, et nous vous avons remboursé la commande. Nous avons aussi ajouté des sacs isothermes pour les livraisons du week-end.",
        "Merci pour votre retour. Vous avez raison, votre moniteur est arrivé en retard, et c'est de notre responsabilité. Nous avons revu l'organisation des leçons qui s'enchaînent. N'hésitez pas à appeler le secrétariat au 02 98 55 01 23 pour que nous vous rajoutions le temps perdu.",
        "Merci de votre visite ! Pour info, notre carte de fidélité offre la dixième baguette à tout le monde, sans aucune condition.",
        "Un grand merci ! Nous transmettrons vos compliments à Soizic, qui sera ravie de savoir que sa pose vous a plu pour le mariage.",
        "Nous sommes désolés qu'Erwan se soit trompé dans votre commande. Une erreur au comptoir, c'est l'affaire de toute la boutique et pas d'une seule personne, et nous avons revu nos bons de commande pour que cela ne se reproduise pas.",
        "Nous avons été très touchés d'apprendre le décès de votre père. Ce fut un honneur de préparer les pains pour la cérémonie. Toutes nos pensées vous accompagnent.",
        "Nous comprenons votre déception concernant les barbecues. En période de sécheresse, la préfecture interdit les feux sur l'ensemble du camping, et nous ne voulons faire courir aucun risque à personne. L'espace barbecue collectif près de l'accueil reste à votre disposition.",
        "Merci pour votre avis. Pour précision, la boulangerie est fermée le lundi, ce qui explique sans doute la porte close lors de votre passage. Désolés pour le déplacement, et au plaisir de vous voir un autre jour.",
        "Coupables ! Notre four à bois a décidé de bouder samedi soir, et c'est lui qui a gagné. Merci pour votre patience, on vous doit une belle soirée.",
        "Merci de nous avoir signalé la rayure sur votre voiture. Nous avons conservé les images de la caméra du parking pour ce soir-là : si vous déposez plainte, nous les transmettrons volontiers aux gendarmes.",
        "Nous sommes désolés pour la confusion sur les frais d'annulation. Nos conditions sont en ligne, mais elles n'étaient pas assez claires ; nous vous avons remboursé et avons réécrit ce passage.",
        "Ravis que votre séjour vous ait plu ! Si vous revenez l'été prochain, la remise de 10 % pour toute réservation avant mars est ouverte à tous.",
        "Ah, notre wifi, c'est un peu comme la météo à Brest : il faut de la patience ! Un nouveau routeur arrive cet hiver, promis.",
        "Pour des raisons de confidentialité, nous ne pouvons pas parler de votre réservation ici, mais nous voulons vraiment comprendre ce qui s'est passé. Écrivez-nous via le formulaire de contact de notre site.",
        "Madame, Monsieur, nous vous remercions pour votre retour circonstancié. Nous regrettons sincèrement que la planification de vos leçons n'ait pas répondu à vos attentes, et nous avons depuis élargi nos créneaux en soirée. La direction se tient à votre disposition pour un entretien téléphonique à votre convenance.",
        "Merci beaucoup, ça fait chaud au cœur ! 🥐",
        "Oh, merci, vous nous faites rougir ! Nordine, notre pizzaiolo, est tout content que sa pizza aux supions vous ait régalés. Revenez quand vous voulez, la terrasse vous attend !",
        "Nous sommes désolés que vous ayez trouvé la leçon trop courte. Selon notre planning, elle était prévue pour une heure pleine, mais nous comprenons que le temps file quand on est concentré, et nous sommes prêts à en parler. Appelez-nous au bureau en semaine.",
        "Vous avez raison, notre pain de campagne a augmenté de 20 centimes cet automne, et nous en sommes désolés. La farine et l'énergie coûtent beaucoup plus cher, et nous préférons cela plutôt que de rogner sur la qualité.",
        "Désolés que vous n'ayez pas eu de créneau avant Noël. Nous tenons une liste d'attente pour les désistements, ouverte à tous sur simple appel, et nous la suivons dans l'ordre.",
        "Félicitations pour votre permis obtenu du premier coup ! Gwenaëlle nous a dit que vous étiez l'un des élèves les plus sereins de l'année. Bonne route !",
        "Désolées pour l'attente de samedi : une prothésiste était malade et nous aurions dû vous prévenir. Nous envoyons désormais un SMS à toutes nos clientes en cas de retard.",
        "Merci pour les cinq étoiles ! Petit rappel : notre carte de fidélité offre une pizza au bout de dix, pour tous nos clients, avis ou pas.",
        "Nous avons partagé votre avis avec toute l'équipe, et nous tenons à le dire : ce qui s'est passé à l'accueil relève d'un manque de formation de notre part, pas de la faute d'une personne. Une formation supplémentaire est prévue ce mois-ci.",
        "Nous avons cherché ce qui a pu se passer et nous n'avons pas encore trouvé, mais nous ne doutons pas une seconde de votre expérience. Contactez-nous pour qu'on arrange ça.",
        "La piscine était fermée mercredi à cause d'une panne de pompe, et nous aurions dû l'annoncer plus tôt. Nous avons remboursé le supplément piscine à tous les campeurs présents ce jour-là.",
        "Personne ici ne pense que vous inventez quoi que ce soit : votre soirée a visiblement été pénible, et nous en sommes désolés.",
        "Nous voyons très bien de quelle soirée vous parlez, c'était la plus chargée de l'été, et nous sommes désolés que les pizzas aient autant tardé.",
        "Oh fan de chichourle, merci ! Contents que le petit ait eu son code avec nous. Bonne route à lui, et prudence sur la Corniche !",
        "Nous avons été très tristes d'apprendre le décès de votre maman. Elle illuminait le salon à chacune de ses visites. Toutes nos condoléances à vous et à votre famille.",
        "Nous comprenons que vous auriez aimé aller sur l'autoroute dès les premières leçons. Pour votre sécurité, nous y allons progressivement, une fois que vous êtes à l'aise sur des routes plus calmes.",
        "Nous n'appliquons pas de produit sur des ongles abîmés ou irrités : c'est une règle d'hygiène qui protège toutes nos clientes. Nous sommes désolées que cela ne vous ait pas été mieux expliqué à l'accueil.",
        "Pour notre défense, les goélands ne font pas partie du personnel et nous ne maîtrisons pas leurs horaires. Désolés pour le réveil matinal ! Nous allons installer des filets près des poubelles.",
        "Nous vous remercions vivement pour votre aimable avis et serons heureux de vous accueillir à nouveau dans notre boulangerie.",
        "Nous sommes désolés que votre réservation ne se soit pas passée comme prévu. Appelez directement notre accueil au 02 97 55 04 18, de 9 h à 18 h, pour que nous trouvions une solution ensemble.",
        "Merci de nous avoir signalé les allées abîmées autour du bloc sanitaire. Elles ont été refaites cette semaine, avec un éclairage en plus.",
        "Nous avons lu attentivement votre avis à trois étoiles, et vos remarques sur le stationnement sont justes. Nous en discutons avec la mairie pour ajouter des places.",
        "Oh là là, quel avis ! Merci, toute l'équipe de la boulangerie en rougit.",
        "Nous sommes vraiment désolés que Théo ait oublié vos suppléments. C'est une erreur de notre maison, et nous vous avons remboursé les suppléments. Merci de nous l'avoir signalé avec autant de gentillesse.",
    ],
}
