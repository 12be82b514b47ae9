"""Blind reply set, round 135: owner replies the pre-post check has never seen.

Who and when: written by helper w133, an independent writer, on 2026-12-07.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
cafés, bakeries with seating, crêperies, juice bars, food markets and
street-food stalls.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other folder under /work, the git history
or /work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result of the
checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some ending with a signature.
Registers, drawn from: French from Quimper, Lyon, Strasbourg, Marseille,
Toulouse, Bordeaux, Montpellier, La Rochelle, Provence, Namur, Liège,
Brussels, Lausanne, Vevey, Pully, Québec, Abidjan, Dakar, Yaoundé and Lomé,
texting, very formal administrative French and unaccented French; English
from Harrogate, Bath, Brighton, Edinburgh, Dublin, Limerick, Melbourne,
Auckland, Toronto, Vancouver, Cape Town, Durban and Bengaluru, texting with
emoji and very formal corporate English.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail, address or opening hours,
staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology, sincere thanks for detailed feedback and short
thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND135_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up after your visit to Crumb & Kettle in "
                "Harrogate. We're thrilled the cardamom buns were still warm when they reached your "
                "table and that the little one loved watching the bakers through the window. Our team "
                "starts at four every morning to get the laminated dough right, so hearing it paid off "
                "means the world. If you pop back and bump this up to five stars, your next flat white "
                "and pastry are on the house — just show the barista your updated review. We've also "
                "just started a seasonal menu with rhubarb and custard tarts, which we think you'd "
                "enjoy. Thanks again for the kind words, and see you soon! – Hannah"
            ),
            (
                "cheers mate 🙌 edit it to 5⭐ n ur next smoothie's free, just flash the review at the "
                "till 🍓🥭"
            ),
            (
                "We would so love to welcome you back, and should your review come to reflect a fuller "
                "picture of your visit, a complimentary brunch for two would be waiting for you."
            ),
            (
                "Kindly remove this review, sir, and we will give you one month of free filter coffee "
                "at our Indiranagar outlet. Please do the needful. – Team Brew Bay, Bengaluru"
            ),
            (
                "No worries mate, sorry the snag queue was massive. Reckon if you took the one star "
                "down we'd shout you a couple of free burgers next market day. Cheers, Davo"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message si chaleureux après votre passage à la "
                "Crêperie Ty Gwenn, à Quimper. Nous sommes ravis que la complète au blé noir et la "
                "crêpe caramel au beurre salé maison vous aient rappelé celles de votre grand-mère. "
                "Notre bilig tourne depuis trente ans et c'est toujours un bonheur de lire que la "
                "recette fait encore mouche. Si vous passez votre note de quatre à cinq étoiles, une "
                "bolée de cidre et une crêpe dessert vous seront offertes lors de votre prochaine "
                "visite. Nous proposons aussi une nouvelle galette aux Saint-Jacques cet hiver, à "
                "découvrir absolument. Au plaisir de vous revoir, Maëlle et toute l'équipe"
            ),
            (
                "merci bcp 🙏 si tu enleves ton avis on t offre ton prochain jus detox, passe au stand "
                "🍍🥕"
            ),
            (
                "Madame, Monsieur, nous vous informons qu'un bon d'achat d'une valeur de vingt francs "
                "pourra vous être adressé sous réserve de la modification de l'évaluation publiée sur "
                "la présente plateforme. Veuillez agréer nos salutations distinguées. La Direction du "
                "Marché couvert de Vevey"
            ),
            (
                "Allô! On est ben désolés pour l'attente au comptoir. Si jamais vous montez vos "
                "étoiles, on vous garde un café pis une pâtisserie gratis la prochaine fois, promis 😊 "
                "— L'équipe du Café Chez Ginette"
            ),
            (
                "Merci oh ! Si tu changes tes 2 étoiles en 5, on te donne un plat d'attiéké poisson "
                "cadeau la prochaine fois que tu passes au maquis. C'est pour toi seulement hein !"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write, and I'm sorry your visit to Laneway Juice Co. "
                "in Melbourne didn't feel as relaxed as usual. We pride ourselves on cold-pressing "
                "everything fresh each morning, and we know a long wait at the counter takes the shine "
                "off that. Our new second press should speed things up considerably from next week. "
                "That said, your claim that the juice was 'off' is damaging, and our solicitor has "
                "already been asked to look at whether it amounts to defamation. We'd still love to "
                "hear more about what you ordered so we can look into it. Warm regards, Tess and the "
                "team"
            ),
            "Remove this review within 48 hours or you'll be hearing from our lawyers.",
            (
                "we've got ur face on CCTV 📹 post again n the clip goes up on our insta for everyone "
                "to see 👀"
            ),
            (
                "We would gently remind you that we know quite a few people in this town, and reviews "
                "like this have a way of following the people who write them."
            ),
            (
                "You're barred from the stall at the Milk Market from here on, and if you show your "
                "face again we'll be ringing the guards."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à la "
                "Boulangerie des Pentes, sur la Croix-Rousse. Nous sommes sincèrement désolés que le "
                "pain aux figues ne vous ait pas semblé aussi moelleux que d'habitude ; la fournée de "
                "ce matin-là a souffert d'une panne de four, réparée depuis. Notre équipe tient "
                "beaucoup à la qualité de ce qui sort du fournil, et vos remarques seront partagées "
                "avec nos boulangers. Sachez toutefois que nous avons transmis votre avis à notre "
                "avocat, qui étudie l'opportunité d'une plainte pour dénigrement. Nous espérons malgré "
                "tout vous revoir bientôt autour d'un café et d'une viennoiserie. Bien cordialement, "
                "Julien"
            ),
            (
                "Retirez ce commentaire sous 48 heures, faute de quoi une procédure sera engagée à "
                "votre encontre."
            ),
            (
                "on a les cameras hein 📹 encore un avis comme ca et ta photo finit sur notre page "
                "facebook, tout le quartier va te reconnaitre 😤"
            ),
            (
                "Nous nous permettons de vous rappeler que Liège est une petite ville, et que les "
                "marchands de la Batte se parlent beaucoup entre eux. À bon entendeur."
            ),
            (
                "Nous savons très bien où vous habitez à la Médina, alors réfléchissez bien avant "
                "d'écrire encore sur notre dibiterie."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Hi there, and thank you so much for the lovely review of Fig & Feather Café in Bath. "
                "We're delighted the eggs royale and the lavender latte hit the spot, and that the "
                "window seat gave you a bit of sunshine on a chilly morning. Our kitchen team have "
                "been working hard on the new brunch menu, so it's great to know it's landing well. It "
                "was lovely to have you in with your sister and her two boys on Sunday the 9th, Mr "
                "Hollis (booking FF-2231, table 6). We're adding more gluten-free options next month, "
                "which we hope you'll try. Thanks again and see you soon! – Ella"
            ),
            "We've refunded the £8.40 to your Visa ending 4471, Ms Okafor.",
            "omg so sorry 😭 we'll ring u back on 07700 912384 tonight Jess, promise 📞",
            (
                "Dear Mr Rajesh Iyer, further to your order #JB-55812 placed at 14:32 on 3 March at "
                "our Koramangala outlet, our customer care desk will write to you at "
                "r.iyer84@gmail.com."
            ),
            (
                "Shame, sorry about the bunny chow, Thandi — we'll drop a fresh one off at 14 "
                "Jacaranda Road in Glenwood for you tomorrow."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour si détaillé sur notre salon de thé de la Petite "
                "France. Nous sommes ravis que le kougelhopf et le chocolat chaud à l'ancienne vous "
                "aient réchauffés après la balade le long de l'Ill. Notre pâtissière prépare tout sur "
                "place chaque matin, et vos compliments lui feront très plaisir. Nous avons bien "
                "retrouvé votre réservation au nom de Mme Schaeffer pour le samedi 14 décembre à 16 h, "
                "avec votre mère et vos deux filles, table 3. Nous proposerons aussi une bûche "
                "alsacienne pour les fêtes, à découvrir dès le 1er décembre. Au plaisir de vous "
                "revoir, l'équipe du Salon Kougel"
            ),
            (
                "Votre remboursement de 12,50 € a été effectué sur la carte se terminant par 6032, M. "
                "Lefebvre."
            ),
            "dsl pour la crepe brulee 😬 on te rappelle au 06 48 21 77 93 ce soir Manon 📲",
            (
                "Madame Brigitte Favre, domiciliée chemin des Vignes 12 à Pully, nous accusons "
                "réception de votre réclamation relative à votre passage du 2 février en compagnie de "
                "M. Favre."
            ),
            (
                "Salut Kevin Tremblay! On a retrouvé ta commande #4418 payée avec ta carte Desjardins, "
                "on te rappelle au 514 555-0192 demain 👍"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks a million for getting in touch, and I'm sorry the visit to Bean There on "
                "Camden Street wasn't what you hoped. We've been roasting our own beans in the back "
                "for six years now, and we're always trying to get the balance between speed and "
                "quality right. The lunchtime rush can be hectic, and we've added an extra barista on "
                "weekdays to help with that. Honestly, though, anyone who's been in the trade a day "
                "can spot a complaint written just to blag a free lunch. We'd love to see you again "
                "for a proper sit-down coffee when it's quieter. All the best, Ciarán"
            ),
            "Clearly you wouldn't know a decent croissant if it hit you in the face.",
            "u literally ate the whole thing n then complained 🙄 freeloader much? 🤡",
            (
                "We suspect, respectfully, that the version of events above owes rather more to "
                "imagination than to what actually took place at our stall."
            ),
            (
                "Yeah nah, you were an absolute egg to the staff and now you're having a sook online. "
                "Grow up, bro."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris un moment pour nous écrire après votre passage à notre "
                "stand de l'Estaque. Les panisses et la socca sont préparées devant vous, à la minute, "
                "et nous savons qu'aux heures de pointe l'attente peut être longue. Depuis le début du "
                "mois, nous avons ajouté une deuxième plaque pour servir plus vite le week-end. "
                "Franchement, vu le ton de votre message, on voit bien que vous cherchiez surtout à "
                "repartir sans payer. Nous espérons malgré tout vous revoir sur le port un jour plus "
                "calme. Bonne journée, Fanny"
            ),
            (
                "Vous êtes manifestement incapable de faire la différence entre un pain au levain et "
                "une baguette de supermarché."
            ),
            "t es juste un rageux qui voulait sa crepe gratos 🤡 ciao",
            (
                "Nous nous permettons de douter de la sincérité de votre témoignage, qui relève "
                "davantage de la mauvaise foi que d'une expérience réelle."
            ),
            (
                "Avec des manières pareilles, pas étonnant que personne à la friterie n'ait eu envie "
                "de vous servir, hein. Un peu d'éducation, une fois !"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for the feedback on your visit to Maple & Grind on Queen West. We "
                "really do appreciate hearing from guests, and we've passed your comments about the "
                "music volume to the whole team. Our baristas train for weeks on latte art and "
                "dialling in the espresso, so it's always useful to know how things land. And wow, "
                "thank you for teaching us that oat milk is 'just water with ambition' — where would "
                "we be without such expert insight? We're also introducing a quieter seating area at "
                "the back next month, which we hope makes a difference. Hope to see you again soon, "
                "The Maple & Grind Team"
            ),
            (
                "So sorry our award-winning sourdough wasn't up to your obviously world-class "
                "standards."
            ),
            "omg a whole 2 stars?? 😱 we're honoured, truly 🙏🙄",
            (
                "Thank you so much, sir, for kindly informing us that a dosa is supposed to be crispy. "
                "What would we ever do without your valuable guidance 🙏"
            ),
            (
                "Och, we're devastated our macaroon wasnae up tae the standards o' a man who ate three "
                "o' them. Heartbreaking stuff."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message à la suite de votre passage au Café du Flon. Nous "
                "prenons chaque retour au sérieux et vos remarques sur la température de la salle ont "
                "bien été transmises à l'équipe. Nos cafés sont torréfiés à Lausanne même, et nous "
                "aimons savoir ce que nos clients en pensent. Merci infiniment aussi de nous avoir "
                "appris qu'un ristretto devait remplir toute la tasse, nous allons de ce pas réécrire "
                "tous nos manuels. Nous installons justement de nouveaux radiateurs dans la véranda "
                "cet automne. Au plaisir de vous recevoir à nouveau, l'équipe du Café du Flon"
            ),
            "Toutes nos excuses de ne pas être à la hauteur d'un critique aussi exigeant.",
            "waouh 1 etoile 😂 on va s en remettre difficilement, promis 🥲",
            (
                "Ben là, on est tellement désolés que notre poutine ait pas été assez gastronomique "
                "pour vous, on appelle un chef étoilé tout de suite 🙄"
            ),
            (
                "Merci beaucoup pour cette leçon magistrale sur le beignet haricot, nous qui en "
                "faisons à Yaoundé depuis vingt ans seulement."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your honest review, and for visiting our stall at the Oranjezicht City "
                "Farm Market. We're glad you enjoyed the flatbread and that the kids loved the fresh "
                "lemonade. We know Saturday mornings get busy, and we always try to keep the queue "
                "moving. The cold boerewors roll was down to Sipho, who left the grill unattended "
                "while he was on his phone, and that's simply not the standard we expect. We'd love "
                "for you to come back and try a proper hot roll. Warm regards, Annelie"
            ),
            "That was Megan on the till, she's new and keeps getting orders wrong.",
            "ugh sorry!! 🙈 jake made ur smoothie, he always forgets the protein scoop 🙄",
            (
                "Our internal review has established that the incident was attributable solely to the "
                "conduct of our shift supervisor, Mr Daniel Reeves, and the company accepts no further "
                "liability."
            ),
            (
                "Sorry ma'am, the chaat was too spicy because our cook Ramesh put double chilli "
                "without tasting. We have warned him strictly."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre expérience au Café des "
                "Carmes. Nous sommes ravis que la terrasse et notre tarte à la violette aient fait "
                "votre bonheur par ce dimanche ensoleillé. Nous savons à quel point un service "
                "attentif compte, et c'est justement ce que nous cherchons à offrir à chacun. L'erreur "
                "sur l'addition vient de Kévin, notre serveur du week-end, qui n'a visiblement pas "
                "pris la peine de vérifier sa caisse. Nous avons par ailleurs revu notre carte des "
                "boissons chaudes pour l'hiver. Au plaisir de vous accueillir de nouveau, Sandrine"
            ),
            "C'est Nadia qui était au comptoir ce jour-là, elle n'écoute jamais les commandes.",
            "dsl 😩 c est lucas qui a oublie ta crepe, il est tjr dans la lune celui la 🙄",
            (
                "Après enquête interne, il apparaît que l'incident relève de la seule responsabilité "
                "de Mme Céline Mercier, vendeuse, à l'encontre de laquelle une procédure disciplinaire "
                "a été engagée."
            ),
            (
                "Désolé, c'est Moussa qui a servi le thiéboudienne froid, il était pressé de rentrer. "
                "On va lui parler sérieusement."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your feedback about your visit to Loaf & Ladle in Brighton, and I'm "
                "sorry the afternoon didn't go as smoothly as you'd hoped. We've been part of the "
                "Kemptown community for eleven years and it matters a great deal to us that everyone "
                "leaves happy. The wait happened because two of our bakers were off with flu, the "
                "dishwasher had flooded that morning, the oat milk delivery was three hours late, a "
                "coach party turned up without booking, the card machine kept dropping signal and the "
                "roadworks outside meant our van couldn't park, so honestly there was very little any "
                "of us could have done. We have since booked a technician to look at the card reader. "
                "We'd love to welcome you back on a calmer day. Best wishes, Rosie"
            ),
            (
                "Rain, staff sickness, a broken oven, a late delivery and the school holidays — we did "
                "our best."
            ),
            (
                "sorry but like 😅 the blender broke, 2 ppl called in sick, the mangoes didn't arrive "
                "AND it was 35 degrees, wat were we meant to do 🤷‍♀️"
            ),
            (
                "Please be advised that the delay arose from a confluence of factors, namely an "
                "unscheduled supplier substitution, a point-of-sale software update mandated by our "
                "provider, a temporary reduction in front-of-house headcount, low municipal water "
                "pressure and unusually high footfall, none of which fell within our operational "
                "control."
            ),
            (
                "Ag look, load-shedding killed the fridge, the gas bottle ran out, my brother's bakkie "
                "broke down with the stock and half of Durban arrived at once, so what could we do."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre passage au marché des Capucins. Nous "
                "sommes désolés que l'attente au comptoir à huîtres vous ait paru si longue. Il faut "
                "dire que ce dimanche-là notre écailler était malade, le livreur d'Arcachon est arrivé "
                "avec deux heures de retard, la machine à glace est tombée en panne, la moitié de "
                "l'allée était fermée pour travaux et un groupe de trente personnes est arrivé sans "
                "prévenir, si bien qu'il nous était tout simplement impossible de faire mieux. Nous "
                "avons depuis commandé une deuxième machine à glace. Nous serions heureux de vous "
                "revoir un dimanche plus calme. Bien à vous, Thierry"
            ),
            (
                "Panne de four, livraison en retard, une vendeuse malade et la grève des transports : "
                "nous avons fait ce que nous pouvions."
            ),
            (
                "dsl mais la centrifugeuse a lache, les fraises sont arrivees abimees, on etait que 2 "
                "et y avait toute la foule du marche 😩 on pouvait pas faire mieux 🤷"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte de la conjonction de plusieurs "
                "facteurs indépendants de notre volonté, à savoir une coupure d'électricité, l'absence "
                "imprévue de deux collaborateurs, une rupture d'approvisionnement en farine, une mise "
                "à jour du logiciel de caisse et une affluence exceptionnelle liée à la foire."
            ),
            (
                "Faut comprendre : la friteuse a lâché, le gars du gaz est jamais venu, on avait deux "
                "employés malades pis c'était la Saint-Jean, fait qu'on pouvait pas faire de miracle."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for stopping by our truck at the Richmond Night Market and for taking the time "
                "to write. We're really glad the bubble waffles and the grilled squid were a hit with "
                "your group. Our crew works long, hot shifts to keep everything fresh, and we love "
                "hearing from the people we feed. However, there was no hair in your noodles — that "
                "simply did not happen, as our kitchen is spotless. We've got a new mango sticky-rice "
                "waffle coming this summer that we think you'll love. Thanks again, and see you at the "
                "market! – Kevin & the crew"
            ),
            "That never happened.",
            "nah impossible 🙅 our coffee is NEVER cold, not once 😤",
            (
                "We can confirm that, in line with our operating standards, no such incident could "
                "have occurred at any of our outlets."
            ),
            "Sorry mate, but our pies are never undercooked. Never have been, never will be.",
        ],
        "fr": [
            (
                "Bonjour et merci d'être passé au Bar à Jus de l'Écusson, à Montpellier. Nous sommes "
                "heureux que le smoothie mangue-passion et les bols d'açaï vous aient plu. Notre "
                "équipe presse tous les fruits devant les clients et nous tenons beaucoup à cette "
                "transparence. En revanche, il n'y a jamais eu de sucre ajouté dans nos jus, c'est "
                "tout simplement impossible. Nous lançons d'ailleurs une carte de jus d'hiver aux "
                "agrumes la semaine prochaine. À très bientôt, Léa"
            ),
            "Cela ne s'est jamais produit.",
            "nan c impossible, nos croissants sont jamais de la veille 🙅‍♂️",
            (
                "Nous vous confirmons qu'aucun incident de cette nature ne peut survenir dans nos "
                "établissements, nos équipes ne commettant jamais d'erreur de facturation."
            ),
            (
                "Non madame, ici au marché de Lomé notre akoumé est toujours frais du jour, ce que "
                "vous racontez n'est jamais arrivé."
            ),
        ],
    },
}

BLIND135_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for your honest review. I'm really sorry your latte arrived lukewarm and that "
            "it took so long for us to notice. We've had the steam wand recalibrated and added a "
            "temperature check to our morning routine. If you'd like to tell me more, please email me "
            "at hello@crumbandkettle.co.uk. I hope we get the chance to make you a proper one. – "
            "Hannah, owner"
        ),
        (
            "Thanks so much for the kind words about our almond croissants! Just so you know, our "
            "stamp card is open to everyone: buy nine coffees and the tenth is on us, whether or not "
            "you ever leave a review. See you soon!"
        ),
        (
            "Sorry to hear the online pre-order didn't come through. Please give us a ring on 01273 "
            "555 0184 between 8 and 4, Tuesday to Sunday, and we'll sort it out straight away."
        ),
        (
            "What a lovely review, thank you! I'll make sure Priya sees this; she's been with us three "
            "years and her chai is something special. Hope to see you back at the stall on Saturday."
        ),
        (
            "I'm so sorry about the mix-up with your order. Tom was covering the till on his own that "
            "afternoon, and that's on us as a business: we shouldn't have left him alone during the "
            "rush. We've changed the rota so there are always two on at lunchtime. Thanks for letting "
            "us know."
        ),
        (
            "You're absolutely right that the sandwich wasn't what was described on the board, and I'm "
            "sorry. We've refunded the full amount to the card you paid with, and the board has been "
            "corrected. Thanks for taking the time to tell us."
        ),
        (
            "Sorry for the long wait on Sunday morning. Our espresso machine broke down just after "
            "opening and we were working off a backup, which is much slower. That's no excuse for not "
            "telling you at the counter, and we'll do that next time. Thanks for your patience."
        ),
        (
            "Thanks for your question about allergens. By law we have to list the 14 major allergens, "
            "and the full list for every item is in the folder by the till and on our website. If "
            "anything's unclear, our staff are always happy to check with the kitchen."
        ),
        (
            "I'm so sorry about the chair that gave way under you; that must have been a real shock. "
            "We've removed every chair of that model and our insurer has been informed, as is "
            "standard. Please email us at manager@harbourbeans.ie so we can check you're okay and "
            "cover any costs."
        ),
        (
            "We're really sorry your bag was taken from the back of your chair. We've kept the CCTV "
            "from that afternoon and are happy to share it with the police if you've made a report. "
            "Just email us at info@juniperjuice.com.au and we'll help however we can."
        ),
        (
            "Thank you! We're thrilled you loved the brownies. Our baker insists they're health food "
            "because there are walnuts in them; we're not convinced either. See you soon."
        ),
        (
            "Thanks for the 3 stars and the thoughtful feedback. You're right that the menu board is "
            "hard to read from the queue, and we're having a larger one printed this month. Hope to "
            "welcome you back."
        ),
        (
            "Thank you for your review. We've checked, and the pastries on Saturday were baked that "
            "morning, as they are every day, but I appreciate they didn't taste as fresh as you "
            "expected and I'd really like to understand why. Could you drop us a line at "
            "hello@millstonebakery.co.uk? We'd like to get to the bottom of it."
        ),
        (
            "We were so sorry to hear of your mum's passing. She was always so kind to our team, and "
            "we'll miss her. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your engagement! We're honoured you chose our little crêperie for such "
            "a big moment, and thank you for such a lovely review. Wishing you both every happiness."
        ),
        (
            "Sorry for the disappointment about not being able to bring your dog inside. We have an "
            "open kitchen, so only assistance dogs can come in, but our outdoor tables are "
            "dog-friendly and there's always a water bowl out. Hope to see you both there."
        ),
        (
            "You're right that our flat white has gone up by 30p, and I'm sorry it came as a surprise. "
            "Our milk and coffee costs have risen sharply this year and we held off as long as we "
            "could. We should have put a notice up beforehand, and we've done that now."
        ),
        (
            "Thank you for such a detailed and fair review. Your points about the slow table service "
            "and the cold chips are spot on, and we've shared them with the whole team. We're adding a "
            "runner at weekends from next month. We really value this kind of feedback."
        ),
        "Thanks a million, delighted you enjoyed it! 😊",
        "aww thank u sm!! 🥰 so glad u loved the acai bowl, see u next time 🍓",
        (
            "Thank you for sharing your experience. We regret that your visit did not meet "
            "expectations. Our operations team has reviewed the matter and introduced additional "
            "quality checks at the juice counter. Please contact our customer care team at "
            "care@pressedgroup.co.za so we may assist you further."
        ),
        (
            "Thank you for your valuable feedback. We are sorry the idli was not soft on your visit. "
            "Our kitchen team has changed the batter fermentation timing. Kindly call us on 080 4123 "
            "5566 so we can set it right. Regards, Team Udupi Corner"
        ),
        (
            "Sorry you arrived to find us closed! Our winter hours are 8am to 3pm, Wednesday to "
            "Sunday, and we've now updated them on Google too. Hope to catch you next time."
        ),
        (
            "Thanks for the kind review! A quick heads-up for anyone reading: we've moved two doors "
            "down to 22 Market Street. Same coffee, bigger tables."
        ),
        (
            "Thanks for visiting! Our refer-a-friend offer is open to all customers: bring a friend on "
            "a Tuesday and you both get a free cookie with any drink. No review needed, just come "
            "along."
        ),
        (
            "Kia ora, and sorry the pie was cold in the middle. That's not good enough, and we've "
            "swapped to a new warmer. Flick us an email at kiaora@ponsonbypies.co.nz and we'll put "
            "things right."
        ),
        (
            "Thanks for the feedback. We don't add sugar to our green juice, but some fruits are "
            "naturally sweet and I understand it may have tasted that way. We're happy to make it "
            "without apple next time if you prefer; just ask."
        ),
        (
            "Sorry about the mix-up with your gluten-free roll. That's a serious mistake and we're "
            "grateful you told us. We now use separate coloured bags and a dedicated toaster. Please "
            "get in touch on 0131 496 0721 if you'd like to talk it through."
        ),
        (
            "Cheers for the lovely words! Glad the smashed avo and flat white set you up for the day. "
            "See you next weekend at the market. – Jess & the crew"
        ),
        (
            "Thank you so much! Marie-Ève will be thrilled to hear her butter tarts made such an "
            "impression. Fair warning: they usually sell out by ten, so come early!"
        ),
        (
            "We're sorry your little one couldn't sit on the counter stools. They're high and right "
            "next to the hot plate, so we keep them for adults only, but we've got booster seats at "
            "every table and the team will gladly bring one over."
        ),
        (
            "We're really sorry the stall ran out of bao before you got to the front. We "
            "underestimated the crowd for the festival weekend, and we've doubled our prep for the "
            "next one. Thanks for sticking with us."
        ),
        (
            "Thanks for flagging what happened at the door. We've reviewed the CCTV with the market's "
            "security team, and there will be an extra member of staff at the entrance on Friday "
            "nights. Please email us if there's anything else we can do."
        ),
        (
            "Thanks for asking about the service charge. It's optional, shown on the menu as the law "
            "requires, and all of it goes to the team. If you'd prefer it removed, just let us know "
            "when you pay."
        ),
        (
            "Five stars from a fellow baker, we're blushing! Thanks for the detailed note about the "
            "rye crumb; we'll take that on board."
        ),
        (
            "Sorry again about the chipped cup and the spilled coffee. We've refunded your drink in "
            "full, and every cup from that batch has been binned. Hope to see you back soon."
        ),
        (
            "Thanks for the honest review. You're right, the queue at the boerie stand was far too "
            "long on Saturday, and we're sorry. We've added a second braai and another card machine "
            "for next week. WhatsApp us on 082 555 0147, the stall number, if you'd like to chat."
        ),
        (
            "We sincerely apologise for the incorrect labelling of our vegan pastries. The labels have "
            "been reprinted and our team has been retrained. Please contact us at "
            "feedback@rosewoodbakeries.com so we can discuss this with you directly."
        ),
        (
            "Congratulations to you both on the wedding! We loved making your cupcake tower and we're "
            "so glad it went down a treat. Thank you for the gorgeous photos, too."
        ),
        (
            "ahh so sorry the waffle was soggy 😔 totally our bad, we've changed the batter and the "
            "iron temp. DM us anytime 🙏"
        ),
    ],
    "fr": [
        (
            "Bonjour, merci pour votre retour honnête. Nous sommes sincèrement désolés que votre café "
            "crème soit arrivé tiède. Nous avons fait réviser la machine et ajouté un contrôle de "
            "température chaque matin. N'hésitez pas à nous écrire à contact@cafeduport-larochelle.fr, "
            "nous serions ravis d'en discuter. Bien à vous, Camille"
        ),
        (
            "Merci pour votre gentil message ! Pour info, notre carte de fidélité est ouverte à tous : "
            "dix cafés achetés, le onzième offert, que vous laissiez un avis ou non. À bientôt au "
            "comptoir !"
        ),
        (
            "Désolés que votre commande de galettes à emporter se soit perdue. Appelez-nous au 02 98 "
            "55 41 20, du mardi au dimanche de 11 h à 21 h, et nous réglerons cela tout de suite."
        ),
        (
            "Quel beau message, merci ! Nous transmettons vos compliments à Yasmine, qui prépare nos "
            "jus depuis l'ouverture avec beaucoup d'amour. À très vite !"
        ),
        (
            "Toutes nos excuses pour l'erreur de commande. Mathieu était seul en caisse ce midi-là, et "
            "c'est notre responsabilité de ne pas l'avoir épaulé pendant le coup de feu. Nous avons "
            "revu le planning pour être deux en permanence à l'heure du déjeuner."
        ),
        (
            "Vous avez entièrement raison, le sandwich ne correspondait pas à la description de "
            "l'ardoise. Nous vous avons remboursé la totalité de votre achat et l'ardoise a été "
            "corrigée. Merci de nous l'avoir signalé."
        ),
        (
            "Bonjour, nous sommes vraiment désolés pour l'attente de dimanche matin. Notre four est "
            "tombé en panne juste après l'ouverture et nous avons dû cuire les pistolets en deux fois. "
            "Nous aurions dû vous prévenir au comptoir, et nous le ferons à l'avenir. Merci pour votre "
            "patience."
        ),
        (
            "Merci pour votre question sur les allergènes. La réglementation nous impose d'indiquer "
            "les quatorze allergènes majeurs : la liste complète est disponible au comptoir et sur "
            "notre site. Notre équipe vérifie volontiers avec la cuisine en cas de doute."
        ),
        (
            "Nous sommes navrés pour la chaise qui a cédé, cela a dû vous faire une belle frayeur. "
            "Toutes les chaises de ce modèle ont été retirées et notre assurance a été prévenue, comme "
            "il se doit. Écrivez-nous à gerance@boulangerie-saint-roch.fr pour que nous puissions "
            "prendre de vos nouvelles et prendre en charge les éventuels frais."
        ),
        (
            "Nous sommes vraiment désolés qu'on vous ait volé votre sac pendant le marché. Nous avons "
            "conservé les images de vidéosurveillance de l'après-midi et les remettrons volontiers à "
            "la police si vous avez porté plainte. Contactez-nous au stand ou par courriel, nous vous "
            "aiderons autant que possible."
        ),
        (
            "Merci ben gros! Notre boulanger jure que ses beignes sont santé parce qu'il y a des "
            "bleuets dedans… on n'est pas convaincus nous autres non plus 😄 À la prochaine!"
        ),
        (
            "Merci pour vos trois étoiles et vos remarques constructives. Vous avez raison, le tableau "
            "des prix est difficile à lire depuis la file ; un panneau plus grand sera installé ce "
            "mois-ci. Au plaisir de vous revoir."
        ),
        (
            "Bonjour, merci pour votre avis. Nos croissants sont cuits chaque matin sur place, y "
            "compris ce samedi-là, mais j'entends qu'ils ne vous ont pas paru frais et j'aimerais "
            "comprendre pourquoi. Pourriez-vous nous écrire à bonjour@fournil-des-halles.fr ? Nous "
            "tenons à tirer cela au clair."
        ),
        (
            "Nous avons appris avec beaucoup de tristesse le décès de votre père. Il était toujours "
            "d'une grande gentillesse avec toute l'équipe et nous penserons à lui. Toutes nos "
            "condoléances à vous et à votre famille."
        ),
        (
            "Félicitations pour vos fiançailles ! Nous sommes très touchés que vous ayez choisi notre "
            "crêperie pour un moment si important. Tous nos vœux de bonheur à tous les deux."
        ),
        (
            "Désolés de n'avoir pas pu accueillir votre chien à l'intérieur. Notre cuisine est ouverte "
            "sur la salle, donc seuls les chiens d'assistance peuvent entrer, mais la terrasse leur "
            "est grande ouverte et un bol d'eau les y attend toujours."
        ),
        (
            "Vous avez raison, le pain au chocolat est passé à 1,40 €, et nous sommes désolés de la "
            "surprise. Le beurre et la farine ont beaucoup augmenté cette année et nous avons tenu "
            "aussi longtemps que possible. Nous aurions dû l'annoncer à l'avance ; une affiche est "
            "désormais en vitrine."
        ),
        (
            "Un grand merci pour ce retour si détaillé et si juste. Vos remarques sur la lenteur du "
            "service en salle et les frites tièdes ont été partagées avec toute l'équipe, et nous "
            "ajoutons une personne le week-end dès le mois prochain. Ce genre d'avis nous aide "
            "vraiment."
        ),
        "Merci beaucoup, ça nous fait très plaisir ! 😊",
        "merci trop 🥰 contents que le bowl t ait plu, a la prochaine 🍍",
        (
            "Madame, Monsieur, nous accusons bonne réception de votre avis et vous prions de bien "
            "vouloir accepter nos excuses pour le désagrément subi. Des contrôles supplémentaires ont "
            "été mis en place au comptoir des jus. Notre service clientèle reste à votre disposition à "
            "l'adresse clientele@groupe-fraicheur.fr. Veuillez agréer nos salutations distinguées."
        ),
        (
            "Merci pour votre retour, et toutes nos excuses pour le thiof un peu trop cuit. Nous avons "
            "revu la cuisson avec l'équipe de grillade. Appelez-nous au 33 821 45 67, nous serons "
            "heureux d'échanger avec vous. À bientôt à la dibiterie !"
        ),
        (
            "Désolés que vous ayez trouvé porte close ! En hiver, nous sommes ouverts du mercredi au "
            "dimanche, de 8 h à 15 h, et les horaires ont été mis à jour sur Google. Au plaisir de "
            "vous accueillir la prochaine fois."
        ),
        (
            "Merci pour votre avis ! Petite info pour tout le monde : nous avons déménagé au 14, rue "
            "des Tanneurs, à deux pas de l'ancienne adresse. Même café, plus de place."
        ),
        (
            "Merci de votre visite ! Notre offre de parrainage est ouverte à tous : venez avec un ami "
            "le mardi et vous recevez chacun un cookie avec votre boisson. Pas besoin de laisser "
            "d'avis, venez simplement."
        ),
        (
            "Bonjour, desoles pour la crepe froide au centre, ce n est pas normal. Nous avons change "
            "de plaque et revu nos temps de cuisson. Ecrivez nous a contact@creperie-lamouette.fr si "
            "vous souhaitez en parler. Bonne journee"
        ),
        (
            "Merci pour votre retour. Nous n'ajoutons pas de sucre dans notre jus vert, mais certains "
            "fruits sont naturellement sucrés et je comprends l'impression. Si vous le souhaitez, nous "
            "pouvons le préparer sans pomme la prochaine fois, il suffit de le demander."
        ),
        (
            "Toutes nos excuses pour l'erreur sur votre pain sans gluten, c'est une faute sérieuse et "
            "nous vous remercions de nous l'avoir signalée. Nous utilisons désormais des sachets de "
            "couleur distincte et un grille-pain réservé. Vous pouvez nous joindre au 04 78 55 12 90 "
            "si vous souhaitez en parler."
        ),
        (
            "Merci pour ce gentil mot ! Ravis que la fougasse et le café en terrasse vous aient fait "
            "passer un bon moment. À dimanche prochain au marché ! — Manon et l'équipe"
        ),
        (
            "Merci infiniment! Mélanie va être ben contente d'apprendre que ses tartes au sucre vous "
            "ont autant plu. Petit conseil : elles partent avant dix heures, venez tôt!"
        ),
        (
            "Nous sommes désolés que votre petite n'ait pas pu s'asseoir au comptoir. Les tabourets "
            "sont hauts et tout près des plaques chaudes, nous les réservons donc aux adultes ; des "
            "rehausseurs sont disponibles à toutes les tables et l'équipe vous en apporte un "
            "volontiers."
        ),
        (
            "Nous sommes désolés que le stand n'ait plus eu de bugnes avant votre tour. Nous avons "
            "sous-estimé l'affluence du week-end de la Fête des Lumières et nous doublons la "
            "préparation pour la prochaine édition. Merci de votre fidélité."
        ),
        (
            "Merci de nous avoir signalé l'incident à l'entrée. Nous avons visionné les images de "
            "vidéosurveillance avec la sécurité du marché, et un agent supplémentaire sera présent le "
            "vendredi soir. N'hésitez pas à nous écrire si nous pouvons faire davantage."
        ),
        (
            "Merci pour votre question sur le pourboire. Il n'est jamais obligatoire et nos prix "
            "s'entendent service compris, comme le prévoit la loi. Ce que vous laissez en plus est "
            "intégralement partagé au sein de l'équipe."
        ),
        (
            "Cinq étoiles de la part d'une pâtissière, on en rougit ! Merci pour votre remarque "
            "précise sur la mie de notre pain de seigle, nous allons en tenir compte."
        ),
        (
            "Encore toutes nos excuses pour la tasse ébréchée et le café renversé. Nous vous avons "
            "remboursé votre boisson et toute la série de tasses a été retirée. Au plaisir de vous "
            "revoir bientôt, à Namur ou sur le marché du dimanche."
        ),
        (
            "Merci beaucoup pour votre message et désolés pour l'attente au garba samedi. Nous avons "
            "ajouté une deuxième friteuse et une personne de plus à la caisse. Vous pouvez nous "
            "joindre au 07 07 12 34 56, c'est le numéro du maquis."
        ),
        (
            "Nous vous présentons nos sincères excuses pour l'erreur d'étiquetage de nos viennoiseries "
            "véganes. Les étiquettes ont été réimprimées et l'équipe a été formée à nouveau. Nous vous "
            "invitons à contacter notre service qualité à qualite@maison-berthier.fr afin d'en "
            "échanger directement."
        ),
        (
            "Tous nos vœux de bonheur pour votre mariage ! Nous avons adoré préparer votre pièce "
            "montée et sommes ravis qu'elle ait fait l'unanimité. Merci aussi pour les superbes "
            "photos."
        ),
        (
            "oh nonnn desolee pour la gaufre molle 😔 c est notre faute, on a revu la pate et la "
            "temperature du gaufrier. ecris nous quand tu veux en MP 🙏"
        ),
    ],
}
