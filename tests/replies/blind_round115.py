"""Blind reply set, round 115: owner replies the pre-post check has never seen.

Who and when: written by helper w113, an independent writer, on 2026-12-07,
as blind round 113 (file blind_round115.py) for the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
bakeries, butchers, fishmongers, wine shops, cheese shops, ice-cream parlours,
food trucks and pizzerias, with varied business names and places.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of the round 20 file, read only to copy
its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  Registers, drawn from: French from Lyon,
Quimper, Bordeaux, Marseille, Annecy, Limoges, La Rochelle, Nice, Strasbourg,
Lille, Toulouse, Rouen, Dijon, Liège, Bruxelles, Namur, Genève, Lausanne,
Fribourg, Montréal, Québec, Saguenay, Dakar, Abidjan, Douala and Kinshasa,
texting, curt replies, very formal administrative French and unaccented
French; English from Bath, Otley, St Ives, Brighton, Edinburgh, Bristol,
Dublin, Galway, Cork, Belfast, Manchester, Glasgow, Toronto, Vermont, Texas,
Melbourne, Hobart, Auckland, Wellington, Cape Town, Durban, Mumbai and
Bengaluru, texting with emoji, curt replies and corporate English; veiled and
polite phrasings; short one-liners; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single
sentence or clause.  Good replies include look-alikes that are not faults: a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND115_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous review after your first visit to our "
                "little bakery on Walcot Street. It means the world to hear that the cardamom "
                "buns reminded you of Stockholm, because that recipe took us the best part of a "
                "year to get right. Our early shift starts at four every morning, so knowing the "
                "loaves were still warm when you picked them up makes those dark starts "
                "worthwhile. If you'd be kind enough to bump your rating up from four to five "
                "stars, your next sourdough loaf and a flat white are on us. We're also trying "
                "out a rye and fennel loaf this month, and we'd love to know what you think. "
                "Thanks again, and see you soon! – Hannah and the Walcot Crumb team"
            ),
            (
                "cheers for the review mate 🍕 edit it to 5⭐ and ur next margherita's free, just "
                "flash us the screen 😉"
            ),
            (
                "Customers who revise their published rating following the resolution of their "
                "concern are eligible for a 15% voucher redeemable at any of our Vintner & Vine "
                "stores."
            ),
            (
                "We'd hate for this to be the last word on us – perhaps, once the review has "
                "quietly gone, a little box of our aged Comté could find its way to you? Just a "
                "thought."
            ),
            (
                "Ah sorry about the wait at the van, love. Take that one star down and there's a "
                "free 99 with a flake waiting for you, no bother. – Siobhán, Salthill Scoops"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci du fond du cœur pour ce très joli commentaire. Nous sommes "
                "ravis que le saint-marcellin bien coulant et la tomme de Savoie aient fait "
                "l'unanimité autour de votre table. Notre affineur passe des heures en cave "
                "chaque semaine pour que chaque fromage arrive à point, et vos mots vont lui "
                "faire très plaisir. Si le cœur vous en dit de passer votre note à cinq étoiles, "
                "un petit plateau découverte vous attendra en boutique lors de votre prochain "
                "passage. Nous recevons d'ailleurs bientôt les premiers mont-d'or de la saison, "
                "à ne pas manquer. Au plaisir de vous revoir à la Croix-Rousse ! Élodie, La Cave "
                "à Tommes"
            ),
            "merci bcp!! mets nous 5 etoiles et ta prochaine pizza est offerte 🍕😎",
            (
                "Sous réserve de la suppression de l'avis ci-dessus, la Direction vous fera "
                "parvenir un bon d'achat d'une valeur de 20 euros, utilisable dans l'ensemble de "
                "nos caves."
            ),
            (
                "Tsé, si tu changes ta note pour cinq étoiles, ta prochaine crème molle est sur "
                "la maison, promis! 🍦"
            ),
            (
                "Mon frère, enlève seulement l'avis là et on te met deux kilos de capitaine "
                "cadeau la prochaine fois, c'est promis 🐟"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write such a detailed review of your Christmas "
                "order. We're really glad the rib of beef was the star of the table and that the "
                "pigs in blankets vanished before the turkey was even carved. Every bird and "
                "joint we sell comes from farms within twenty miles of Otley, and we're proud to "
                "know each of the farmers by name. As for your comments about our pricing, "
                "please be aware that we've forwarded your review to our solicitor, who will be "
                "in touch if it isn't amended. Our New Year hampers arrive on the 27th, and the "
                "sausage rolls are back on Saturdays. Wishing you a very happy new year. – "
                "Graham, Wharfedale Butchers"
            ),
            "delete this or we'll see u in court 👋⚖️",
            (
                "Kindly note that our legal department has been instructed to pursue all "
                "available remedies should this publication remain online after 30 days."
            ),
            (
                "It would be a shame for your employer to hear how this review came about, so we "
                "trust you'll think carefully about whether it stays up."
            ),
            (
                "Shame, boet, you're banned from the truck from now on, and if you pitch up "
                "again we'll have security walk you out in front of the whole queue."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis détaillé sur notre boulangerie. Nous sommes "
                "contents que le kouign-amann et le far aux pruneaux vous aient plu, ce sont les "
                "recettes de mon grand-père et nous les faisons toujours à la main. L'équipe se "
                "lève à trois heures du matin pour que tout soit prêt à l'ouverture, et vos "
                "compliments leur font chaud au cœur. Concernant vos remarques sur l'accueil, "
                "sachez que nous avons transmis votre avis à notre avocat, qui étudie les suites "
                "à donner. Nous proposons aussi désormais un pain au sarrasin le vendredi, "
                "n'hésitez pas à le goûter. Bonne journée et à bientôt ! Yann, Boulangerie Ty "
                "Bara"
            ),
            "supprime ton avis ou on porte plainte, t es prevenu 😡",
            (
                "Nous vous informons qu'à défaut de retrait du présent avis sous huitaine, une "
                "procédure pour dénigrement sera engagée à votre encontre."
            ),
            (
                "Nous connaissons bien votre employeur, et il serait regrettable qu'il apprenne "
                "la manière dont vous vous êtes exprimé à notre sujet."
            ),
            (
                "Mets pus jamais les pieds au camion, sinon j'appelle la police pis je publie ta "
                "photo sur notre page. C'est-tu clair?"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for your kind words and for being such a regular at the counter "
                "this summer. We're thrilled the hake and the dressed crab went down well, and "
                "that the recipe card for the saffron broth came in handy. Our boats land in "
                "Newlyn most mornings, so what you buy from us was usually in the sea the night "
                "before. We've looked up your order, ref. SF-20417 paid with the Visa ending "
                "4471, and can confirm the lemon sole was added as promised. Do tell us if you "
                "ever fancy something we don't usually stock, as we can often order it in. See "
                "you on the harbour soon! – Kerensa, Harbourside Fish, St Ives"
            ),
            "sorry Dave!! we'll ring u back on 0412 558 903 tmrw 🙏🍦",
            (
                "We have reviewed the transaction of Mr Jonathan Whitcombe, 14 Larch Close, "
                "Harrogate, dated 3 March, and a credit note has now been issued."
            ),
            (
                "Lovely to see you and your sister again last Friday, Mrs Okafor – hope the "
                "window table suited you both."
            ),
            (
                "Madam, we have sent the refund confirmation to your email anjali.r84@gmail.com, "
                "kindly check and revert. – Team Crust & Co, Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce retour chaleureux. Nous sommes ravis que le "
                "Saint-Julien 2016 ait accompagné votre soirée comme il se doit. Dénicher des "
                "petits domaines qui travaillent en bio fait partie des plaisirs de notre "
                "métier, et vous faire partager nos coups de cœur en est un autre. Nous avons "
                "bien retrouvé votre commande n° CV-88213, livrée au 12 rue des Tanneurs le "
                "mardi 9 au nom de M. et Mme Laborde, et le carton manquant partira demain. "
                "Notre prochaine dégustation aura lieu le premier samedi du mois, à la boutique, "
                "et elle est ouverte à tous. Belle soirée et à très vite aux Chartrons ! Mathilde"
            ),
            "dsl Karim on te rappelle au 06 12 48 77 30 ce soir promis 🙏🍕",
            (
                "Après vérification, le paiement effectué par Mme Sandrine Lefèvre au moyen de "
                "la carte se terminant par 5521 le 18 octobre a bien été enregistré."
            ),
            (
                "Ravi de vous avoir revu samedi passé avec votre épouse et vos deux petits, "
                "Monsieur Vandenberghe, à une fois !"
            ),
            (
                "Bonjour Madame, nous avons envoyé le remboursement sur votre Orange Money au 07 "
                "58 22 41 90, merci de confirmer la réception."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for stopping by the parlour and for taking the time to leave a review. "
                "We make every batch in the back room each morning, using milk from a single "
                "dairy on the South Downs, so we take feedback on flavour very seriously. We're "
                "sorry the salted caramel wasn't to your taste, and we've noted your comment "
                "about the sweetness. Frankly though, your review reads like you came in hoping "
                "to get something for free, and that's just not how we work. We've got a new "
                "blackberry and bay sorbet out this week, and the seafront kiosk stays open "
                "until nine in August. Thanks again for the feedback. – The Seaglass Gelato team"
            ),
            "lol ur just a cheapskate who wanted a free pizza 🙄",
            (
                "It is evident that this review was written in bad faith by an individual "
                "seeking to damage our business."
            ),
            (
                "With respect, your review says rather more about your manners than about our "
                "sausages."
            ),
            (
                "Mate, you were rude as to the young fella on the till and now you're having a "
                "whinge online. Grow up."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire après votre soirée chez "
                "nous. Notre pâte repose quarante-huit heures et nos pizzas cuisent au feu de "
                "bois, comme à Naples, donc les retours sur la cuisson nous intéressent "
                "toujours. Nous sommes désolés que la reine vous ait paru trop cuite sur les "
                "bords. Franchement, on sent surtout que vous cherchiez à repartir sans payer, "
                "et ce n'est pas comme ça que ça marche ici. Notre terrasse sur le Vieux-Port "
                "rouvre dès les premiers beaux jours, avec une nouvelle pizza aux supions. Bonne "
                "soirée à vous. Fabrice, Pizzeria Lou Fourn"
            ),
            "t es juste un rageux qui voulait une pizza gratos 🙄",
            (
                "Il apparaît manifeste que le présent avis a été rédigé de mauvaise foi par une "
                "personne animée d'une intention de nuire."
            ),
            (
                "Vous êtes visiblement quelqu'un de fort désagréable, Monsieur, et cela se "
                "voyait déjà au comptoir."
            ),
            "T'es ben menteur, toé. Tout le monde au marché le sait.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for visiting our shop on Broughton Street and for leaving such a "
                "thorough review. We're delighted the Rioja you picked for the dinner party was "
                "a hit, and that the Grüner Veltliner surprised a few of your guests. Our "
                "Thursday evening tastings are always a bit lively, and we're glad you enjoyed "
                "the atmosphere. And thank you so much for explaining to us what a Burgundy is – "
                "after thirty years in the trade we clearly needed the lesson. We've a new "
                "delivery from the Douro coming in next week, with a few bottles set aside for "
                "the tasting. Hope to see you on Thursday! – Alasdair, Broughton Cellars"
            ),
            "wow a whole 2 stars, we're honoured 🙄😂",
            (
                "We are, of course, deeply sorry that our award-winning sourdough failed to meet "
                "the exacting standards of someone who wanted it sliced 'like the supermarket "
                "one'."
            ),
            (
                "Gosh, who knew a fishmonger's might smell of fish? Thanks ever so much for the "
                "heads-up."
            ),
            (
                "Ah sure we'll get the tape measure out for your next cone so every scoop is up "
                "to your standards, grand job 👍"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre visite à la fromagerie et pour ce long commentaire. "
                "Nous sommes heureux que la tomme des Bauges et le beaufort d'alpage vous aient "
                "plu, ce sont deux fromages que nous affinons nous-mêmes. Notre famille tient "
                "cette boutique de la vieille ville depuis trois générations, et nous aimons "
                "toujours autant conseiller nos clients. Et merci infiniment de nous avoir "
                "appris qu'un reblochon sent fort, nous n'avions jamais remarqué en vingt ans de "
                "métier. La raclette revient en vitrine dès la fin octobre, avec les pommes de "
                "terre de la ferme voisine. Au plaisir de vous revoir ! La Fromagerie du Thiou, "
                "Annecy"
            ),
            "waouh 1 etoile, quel honneur 😂👏",
            (
                "Nous vous présentons nos plus plates excuses de ne pas avoir deviné que vous "
                "préfériez une baguette sans croûte."
            ),
            (
                "Quelle surprise, une pizza qui sort du four et qui est chaude ! Merci pour ce "
                "scoop, on n'y aurait jamais pensé."
            ),
            (
                "Bravo champion, t'as trouvé une arête dans un filet de poisson, on va t'envoyer "
                "une médaille 🏅"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks for coming down to the pizzeria on Gloucester Road and for such an "
                "honest review. We're really happy the nduja and hot honey pizza lived up to the "
                "hype, and that the dough balls disappeared so fast. Our dough is fermented for "
                "two days and we stretch every base by hand, so we do care when one goes wrong. "
                "The burnt base on your second pizza was down to Kieran, who was on the oven "
                "that night and clearly wasn't paying attention. We've got a wild garlic special "
                "starting next week. Thanks again and hope to see you soon. – Marco, Fennel & "
                "Flame"
            ),
            "soz that was Jade on the till, she's always muddling orders 🙄",
            (
                "Our internal investigation has established that the error was caused by Mr Tom "
                "Fielding, a member of our counter staff, who failed to follow procedure."
            ),
            (
                "We'll be having a quiet word with Priya, as the short weight on your mince was "
                "entirely her doing."
            ),
            (
                "Yeah nah, that was Hemi's fault on the truck, he's new and still can't get the "
                "orders right, sorry bro."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce message qui nous touche beaucoup. Nous sommes ravis "
                "que la côte de bœuf limousine ait régalé toute la tablée et que la cuisson "
                "conseillée ait été parfaite. Nous travaillons uniquement avec des éleveurs du "
                "Limousin que nous connaissons personnellement, et nous prenons le temps de "
                "maturer chaque pièce. Pour le rôti qui ne correspondait pas à votre commande, "
                "c'est Julien, notre apprenti, qui s'est trompé de pièce sans prendre la peine "
                "de vérifier le bon. Nos colis de viande pour les fêtes sont à réserver dès "
                "maintenant en boutique. Merci encore et à bientôt ! Sylvie et Bernard, "
                "Boucherie du Marché"
            ),
            "dsl c est Mélanie qui a oublié ta commande, elle est tjs dans la lune 🙄",
            (
                "Il ressort de nos vérifications que l'erreur incombe à Mme Claire Dubois, "
                "vendeuse, qui n'a pas respecté la procédure de pesée."
            ),
            (
                "Le service approximatif de samedi est à mettre sur le compte de Loïc, à qui "
                "nous avons rappelé les règles de la maison."
            ),
            "Pardon Madame, c'est Moussa qui a mal vidé le poisson, il va entendre parler de nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks a million for coming into the bakery and for taking the time to write to "
                "us. We're glad you enjoyed the soda bread, and we've passed your lovely "
                "comments about the coffee on to the team. We know the croissants weren't up to "
                "standard on Saturday. In fairness, that morning the oven thermostat had failed, "
                "two of our bakers were off with the flu, the butter delivery came late, the "
                "card machine kept dropping signal and the roadworks outside had blocked our "
                "van, so the croissants simply couldn't be at their best. We've an almond "
                "croissant coming next month, and Sunday brunch is back too. Hope to see you "
                "again soon. – Niamh, Rathmines Bakehouse"
            ),
            (
                "ya but the generator died, it was 35 degrees, the freezer van was late, 2 staff "
                "called in sick AND the council moved our pitch 😩 not our fault tbh 🤷"
            ),
            (
                "Please note that delays on the day resulted from a combination of factors "
                "including an unforeseen supplier shortfall, scheduled maintenance of our "
                "refrigeration units, statutory staff leave, exceptional footfall linked to a "
                "local event and a temporary outage at our payment provider, none of which were "
                "within our control."
            ),
            (
                "We do understand, though we'd gently point out that the tuna was line-caught, "
                "the weather had kept the boats in for three days, prices at the auction "
                "doubled, our usual supplier had closed for the week and we had to source from "
                "further afield at our own cost, which is why it cost what it did."
            ),
            (
                "Eish, load-shedding hit at 6, the oven gas ran out, the delivery bike had a "
                "flat and our cashier was stuck in traffic on the N2, so the wait was really out "
                "of our hands."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'être passé à la poissonnerie et de nous avoir laissé un "
                "avis. Nous sommes contents que les huîtres de Marennes et les langoustines vous "
                "aient plu, elles viennent directement de nos ostréiculteurs et pêcheurs du "
                "coin. Nous avons bien noté que la sole n'était pas aussi fraîche que "
                "d'habitude. Il faut dire que ce jour-là la marée avait été mauvaise, le camion "
                "frigorifique est tombé en panne près de Niort, deux vendeurs étaient absents, "
                "la balance a dû être recalibrée et le marché a ouvert en retard, si bien que "
                "nous ne pouvions vraiment pas faire mieux. Nous proposons désormais des "
                "plateaux de fruits de mer à emporter le week-end. À bientôt sur le port ! "
                "L'équipe de la Marée Rochelaise"
            ),
            (
                "bah la turbine à glace a lâché, il faisait 38°, le livreur avait 2h de retard "
                "et on était que 2 😩 on pouvait pas faire mieux hein"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte d'un concours de "
                "circonstances indépendantes de notre volonté, à savoir une rupture "
                "d'approvisionnement, une panne électrique, l'absence imprévue de deux "
                "collaborateurs, une affluence exceptionnelle liée au marché de Noël ainsi "
                "qu'une défaillance de notre terminal de paiement."
            ),
            (
                "Nous comprenons, mais sachez que le four à bois met deux heures à chauffer, que "
                "le samedi soir on a trois fois plus de commandes, que notre pizzaïolo gère seul "
                "la pâte, la cuisson et les boîtes, que les livreurs sont bloqués par les "
                "travaux de la chaussée et que la farine italienne a augmenté de 40 %."
            ),
            (
                "Ben là, la fromagère était en congé, le camion de livraison a pris le champ, la "
                "caisse a planté pis la file allait jusqu'au coin, fait que c'était pas de notre "
                "faute pantoute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for popping into the shop on Degraves Street and for the lovely words "
                "about our team. We're stoked the washed-rind from Gippsland was a hit, and that "
                "the Tasmanian cheddar made it onto your Christmas board. Our staff taste every "
                "wheel before it goes into the cabinet, and we're proud of how carefully we "
                "store everything. As for the Brie you mentioned, there was nothing wrong with "
                "it when it left our counter – that simply never happens here. We've a new range "
                "of local quince pastes in for summer, and the tasting plates are back on "
                "Saturdays. Cheers, and hope to see you soon! – Lachlan, Laneway Cheese Co."
            ),
            "nope never happened 🙅‍♂️ we don't do that",
            (
                "We categorically reject the claim that any product sold at our premises was "
                "past its use-by date; this is impossible under our procedures."
            ),
            (
                "We've looked into it and can assure you that no one on our team would ever "
                "speak to a customer that way."
            ),
            "Impossible, folks – our truck has never once run out of poutine before 9pm.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre passage chez nous sur le cours Saleya. Nous sommes "
                "ravis que le sorbet citron de Menton et la glace à la socca aient étonné vos "
                "papilles, ce sont deux de nos parfums les plus originaux. Toutes nos glaces "
                "sont fabriquées chaque matin dans notre laboratoire, avec du lait de la vallée "
                "de la Vésubie. En revanche, aucune glace n'a jamais été servie fondue chez "
                "nous, c'est tout simplement impossible avec nos vitrines. Nous lançons un "
                "parfum figue et lavande le mois prochain, n'hésitez pas à venir le goûter. "
                "Belle journée et à très bientôt ! Chiara, Gelateria du Cours"
            ),
            "c faux, jamais arrivé chez nous 🙅",
            (
                "Nous contestons formellement l'existence de l'incident relaté, nos équipes "
                "n'ayant jamais servi un produit hors date."
            ),
            (
                "Nous nous permettons de vous assurer que nos collaborateurs ne font jamais "
                "attendre un client plus de cinq minutes."
            ),
            "Non Monsieur, ça n'est jamais arrivé, nos brochettes sont toujours bien cuites.",
        ],
    },
}

BLIND115_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for letting us know the sourdough was stale by the afternoon – that's not "
            "good enough and we're sorry. We've moved to two smaller bakes a day so the shelves "
            "are always fresh. If you'd like to tell us more, do e-mail hello@walcotcrumb.co.uk. "
            "– Hannah"
        ),
        (
            "Thanks so much for the kind words! Just so everyone knows, our stamp card is open "
            "to all customers: ten coffees and the eleventh is on us, no strings attached."
        ),
        (
            "We're sorry the lamb shoulder wasn't up to our usual standard. We've already "
            "refunded the full cost, and we've spoken with our farm about the hanging time. We'd "
            "love the chance to do better next time. – Graham"
        ),
        (
            "Thank you! We'll pass your lovely comments on to Aisling, who'll be absolutely "
            "chuffed that her lemon tart made your day."
        ),
        (
            "You're right that Tom gave you the wrong cut of beef, and we're sorry. That's on us "
            "as a business rather than on him: our order labels weren't clear enough, and we've "
            "changed them this week."
        ),
        (
            "I'm sorry the van opened late on Saturday – our generator failed that morning. "
            "That's no excuse for leaving you waiting without an update, so we now post on "
            "Instagram whenever we're running late."
        ),
        (
            "Thank you for your feedback. Under our terms, celebration cakes need 48 hours' "
            "notice; we're sorry this wasn't made clear when you ordered, and we've now added it "
            "to the order form and our website."
        ),
        (
            "We're really sorry about the olive stone in your pizza. Please get in touch on 0117 "
            "496 0321 – our insurance covers dental costs in cases like this and we'll handle it "
            "as quickly as we can. – Marco"
        ),
        (
            "Thanks for getting in touch. We checked our CCTV to help trace the scarf left on "
            "the counter, and it's safe behind the till whenever you're passing."
        ),
        (
            "So sorry your bike was taken from outside the shop. We've given the police our "
            "camera footage and we really hope it helps. We're also adding a proper bike rack "
            "out front."
        ),
        (
            "Guilty as charged: our chalkboard said 'open till 6' when we close at 5. Our "
            "sign-writing is clearly worse than our pastry! Sorry for the wasted trip – the "
            "board has been fixed."
        ),
        (
            "Thanks for the three stars and for the honest comments about the queue. We've added "
            "a second till for weekends and hope you'll notice the difference."
        ),
        (
            "Our order log shows the collection at 5.40 rather than 6.30, but we may well have "
            "got something wrong. Please give us a ring on 01632 960 118 and we'll look into it "
            "together."
        ),
        (
            "We're so sorry for your loss. It was an honour to make the cake for your father's "
            "memorial, and we're glad it brought a little comfort to the family. With our "
            "warmest thoughts, The Walcot Crumb"
        ),
        (
            "Congratulations on your wedding! We were thrilled to build your cheese tower and "
            "delighted to hear the Stilton survived the speeches. Wishing you both every "
            "happiness."
        ),
        (
            "Sorry we couldn't let you into the kitchen to watch the pizzas being made. For "
            "allergy safety we keep the prep area staff-only, but we're always happy to show "
            "anyone the oven from the counter."
        ),
        (
            "You're right that our pizzas went up by £1 this spring, and I'm sorry. Flour and "
            "energy costs rose sharply; we held off as long as we could and have kept the kids' "
            "menu at the old price."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your notes on the cheese "
            "pairings have already gone up on our staff noticeboard, and we're changing the "
            "label on the Gorgonzola as you suggested."
        ),
        (
            "Thanks for the review! For anyone wondering, we're open Tuesday to Sunday, 8am to "
            "3pm, and until 5pm on Saturdays in summer."
        ),
        (
            "Sorry you found us closed – we've moved to 22 Harbour Street, just two doors down "
            "from the old shop. We've put a sign up at the old address too. Hope to see you soon!"
        ),
        (
            "Thanks for spreading the word! Our refer-a-friend offer is open to every customer: "
            "you both get £5 off your next order, whether or not either of you ever leaves a "
            "review."
        ),
        (
            "Thank you so much sir for your kind words. Our team is very happy that you enjoyed "
            "the malai kulfi and we look forward to serving you and your family again. – Team "
            "Frostbite, Mumbai"
        ),
        "aw thanks heaps!! 🍦💛 see ya next summer",
        (
            "Thank you for taking the time to share your feedback. We have reviewed the matter "
            "with our store team and updated our delivery checks. Please contact customer care "
            "at care@vintnervine.com so we can resolve this with you directly."
        ),
        "Thanks. Sorry about the wait – we've added a second person on the counter at lunchtime.",
        (
            "Ah, thanks a million for the lovely review! Delighted the chowder and the fresh "
            "mackerel hit the spot. Mind yourself, and see you at the market on Saturday. – "
            "Breda, English Market, Cork"
        ),
        (
            "Howzit and thank you! So glad you loved the bunny chow from the truck. We're at the "
            "beachfront every Friday night, see you there. – Sipho, Durban"
        ),
        (
            "Cheers for the review! Sorry the flathead ran out early on Saturday – we'll hold "
            "some back for the afternoon from now on. Thanks for your patience. – Hobart Fish Co."
        ),
        (
            "Kia ora and thanks so much for the kind words. We're stoked you enjoyed the hokey "
            "pokey, it's been on the menu since 1987! Ngā mihi, the Wellington Creamery whānau"
        ),
        (
            "Thanks for coming by, eh! We're sorry the poutine was lukewarm; we've adjusted how "
            "long the gravy sits. Hope to make it up to you next time at the market. – Queen "
            "West Frites, Toronto"
        ),
        (
            "We're very sorry our sesame bagels were on the same tray as the plain ones. That's "
            "a serious mistake. We've separated the trays, retrained everyone and updated our "
            "allergen labels. Please e-mail allergens@bagelbarn.com if you'd like to talk it "
            "through."
        ),
        (
            "Apologies for the late delivery of your wine – the courier missed the slot and we "
            "should have told you. We've already refunded the delivery charge, and we're "
            "reviewing our courier."
        ),
        (
            "Sorry the Comté was out of stock when you visited. A cold snap in the Jura held up "
            "the shipment; it's back now and we'll keep a waiting list for the next batch."
        ),
        (
            "Thanks for the honest feedback on the sausages. You weren't the only one to say "
            "they were too salty, so we've tweaked the recipe. We'd love to know what you think "
            "of the new batch. – Wharfedale Butchers"
        ),
        (
            "Sorry you couldn't find us on Tuesday! The council has moved the market, so the "
            "truck is now on Station Road on Tuesdays and Thursdays. All our locations are on "
            "our website."
        ),
        (
            "Sorry about the corked bottle. As with any bottle we sell, bring it back with the "
            "receipt and we'll swap it or refund it, no questions asked."
        ),
        (
            "Thanks for asking about vegan options! We now have three dairy-free sorbets and an "
            "oat-milk chocolate gelato, all made in the same kitchen, so please ask us about "
            "allergens."
        ),
        (
            "We're sorry your dog couldn't come inside. Food hygiene rules mean only assistance "
            "dogs are allowed in, but our terrace is dog-friendly and there's always a water "
            "bowl out."
        ),
        (
            "Five stars from someone who grew up in Naples – we'll take that and frame it! Thank "
            "you, and grazie."
        ),
        (
            "We're sorry the portion felt small. Our fish suppers are weighed at 200g before "
            "batter, which we think is fair, but we'd genuinely like to hear more. Drop us a "
            "line at info@oldpierchippy.co.uk and we'll chat."
        ),
    ],
    "fr": [
        (
            "Merci de nous avoir signalé que la baguette était trop cuite, nous en sommes "
            "désolés. Nous avons ajusté la température du four dès le lendemain. N'hésitez pas à "
            "nous écrire à contact@fournildesquais.fr. Bonne journée, Yann"
        ),
        (
            "Merci beaucoup pour ce gentil mot ! Pour info, notre carte de fidélité est ouverte "
            "à tous nos clients : dix pains achetés, le onzième offert, tout simplement."
        ),
        (
            "Nous sommes désolés que le rôti de porc n'ait pas été à la hauteur. Nous vous avons "
            "déjà remboursé l'intégralité de l'achat et nous en avons parlé avec notre éleveur. "
            "Au plaisir de vous revoir."
        ),
        (
            "Merci mille fois ! Nous transmettrons vos compliments à Manon, qui sera ravie que "
            "son flan vous ait plu."
        ),
        (
            "Vous avez raison, Kevin vous a servi la mauvaise pièce et nous vous présentons nos "
            "excuses. C'est notre responsabilité et non la sienne : nos étiquettes de commande "
            "n'étaient pas assez claires, nous les avons changées."
        ),
        (
            "Désolés pour l'ouverture tardive du camion samedi : notre groupe électrogène est "
            "tombé en panne. Ce n'est pas une excuse pour vous avoir fait attendre sans "
            "information, et nous prévenons désormais sur Instagram."
        ),
        (
            "Merci pour votre retour. Nos conditions générales prévoient un délai de 48 heures "
            "pour les gâteaux personnalisés ; nous sommes désolés que cela n'ait pas été précisé "
            "à la commande, c'est corrigé."
        ),
        (
            "Nous sommes sincèrement désolés pour ce noyau d'olive. Appelez-nous au 04 91 55 23 "
            "10 : notre assurance prend en charge ce type d'incident et nous nous occuperons du "
            "dossier au plus vite. Fabrice"
        ),
        (
            "Bonjour, nous avons consulté notre vidéosurveillance pour retrouver le parapluie "
            "oublié au comptoir : il vous attend bien au chaud à la caisse."
        ),
        (
            "Navrés pour le vol de votre vélo devant la boutique. Nous avons remis les images de "
            "notre caméra à la police et espérons qu'elles aideront. Un arceau à vélos sera "
            "installé le mois prochain."
        ),
        (
            "Coupables ! Notre ardoise annonçait « ouvert jusqu'à 19 h » alors que nous fermons "
            "à 18 h. Nos talents de peintre sont bien inférieurs à ceux de notre pâtissier. "
            "Désolés pour le déplacement, c'est corrigé."
        ),
        (
            "Merci pour les trois étoiles et pour vos remarques franches sur l'attente. Nous "
            "avons ajouté une deuxième caisse le samedi matin."
        ),
        (
            "Notre registre indique un retrait à 17 h 40 plutôt qu'à 18 h 30, mais nous avons pu "
            "nous tromper. Appelez-nous au 03 80 12 45 67 et nous regarderons cela ensemble."
        ),
        (
            "Toutes nos condoléances. Ce fut un honneur de préparer le buffet pour la cérémonie "
            "de votre mère, et nous espérons qu'il a apporté un peu de douceur à votre famille. "
            "Toute l'équipe pense à vous."
        ),
        (
            "Félicitations pour votre mariage ! Nous étions très heureux de monter votre pièce "
            "montée de fromages, et ravis d'apprendre que le comté a tenu jusqu'aux discours. "
            "Tous nos vœux de bonheur."
        ),
        (
            "Désolés de ne pas avoir pu vous laisser entrer dans le laboratoire. Pour la "
            "sécurité alimentaire et les allergies, il est réservé au personnel, mais nous vous "
            "montrerons volontiers le four depuis le comptoir."
        ),
        (
            "Vous avez raison, nos pizzas ont augmenté d'un euro et nous en sommes désolés. La "
            "farine et l'énergie ont beaucoup augmenté ; nous avons tenu le plus longtemps "
            "possible et gardé le menu enfant au même prix."
        ),
        (
            "Merci pour cet avis si détaillé et si constructif. Vos remarques sur les accords "
            "mets-vins sont affichées dans l'arrière-boutique et nous allons revoir les fiches "
            "de nos rouges de Loire comme vous le suggérez."
        ),
        (
            "Merci pour votre avis ! Pour rappel, nous sommes ouverts du mardi au samedi de 7 h "
            "à 19 h 30 et le dimanche matin jusqu'à 13 h."
        ),
        (
            "Désolés que vous ayez trouvé porte close : nous avons déménagé au 8 rue des "
            "Orfèvres, à deux pas de l'ancienne boutique. Une affiche l'indique sur place. À "
            "bientôt !"
        ),
        (
            "Merci de parler de nous autour de vous ! Notre offre parrainage est ouverte à tous "
            ": 5 euros de remise pour vous et pour la personne parrainée, que vous laissiez un "
            "avis ou non."
        ),
        "merci bcp 🙏🍦 a l an prochain !!",
        (
            "Madame, Monsieur, nous accusons réception de votre réclamation et vous prions "
            "d'agréer nos excuses pour la gêne occasionnée. Notre service clientèle se tient à "
            "votre disposition au 01 45 67 89 10 afin d'y apporter une réponse personnalisée."
        ),
        "Merci. Désolés pour l'attente, un deuxième vendeur est désormais au comptoir le midi.",
        (
            "Un grand merci pour ce bel avis ! On est trop contents que la flammekueche et la "
            "tarte aux quetsches vous aient plu. À bientôt au marché de la place Broglie ! "
            "L'équipe du Camion d'Hansi, Strasbourg"
        ),
        (
            "Merci hein pour ce petit mot ! Ravis que les gaufres et le maroilles vous aient "
            "régalé. On est au marché de Wazemmes tous les dimanches. À tantôt ! Le Fromager du "
            "Ch'Nord"
        ),
        (
            "Merci beaucoup, une fois ! Nous sommes désolés pour la frite… pardon, la pizza un "
            "peu trop cuite : notre four au bois a parfois son caractère, on y veille. À bientôt "
            "à Liège ! Pizzeria Outremeuse"
        ),
        (
            "Merci infiniment pour votre message. Nous regrettons l'attente de samedi et avons "
            "revu l'organisation du comptoir. Au plaisir de vous accueillir à nouveau à la "
            "fromagerie. Famille Rossier, Fribourg"
        ),
        (
            "Bonjour, et merci pour votre retour. Désolés pour le gruyère trop jeune à votre "
            "goût : nous avons ajouté un 24 mois en vitrine. Nous restons à votre disposition. "
            "Cave à fromages du Bourg, Lausanne"
        ),
        (
            "Merci ben gros pour le beau commentaire! On est contents que la tourtière pis les "
            "cretons vous aient plu. On se revoit au marché Jean-Talon! – La Boucherie du Coin, "
            "Montréal"
        ),
        (
            "Désolés pour l'attente au camion, la file était longue en masse samedi. On ajoute "
            "une deuxième friteuse dès la semaine prochaine. Merci de votre patience! – Saguenay "
            "Frites"
        ),
        (
            "Merci beaucoup Madame pour vos bénédictions ! Toute l'équipe est contente que le "
            "thiof braisé vous ait plu. Que Dieu vous garde et à bientôt à la poissonnerie. – "
            "Poissonnerie Soumbédioune, Dakar"
        ),
        (
            "Merci pour votre avis. Pardon pour le retard de la livraison, la route était "
            "bloquée à cause de la pluie. Nous avons ajouté un deuxième livreur pour vous servir "
            "à temps. – Boulangerie Le Plateau, Abidjan"
        ),
        (
            "Nous sommes désolés que vos croissants aux amandes aient contenu des traces "
            "d'arachide non signalées. C'est une erreur grave. Nous avons revu l'étiquetage et "
            "formé toute l'équipe. Écrivez-nous à allergenes@painsdumidi.fr pour en parler. "
            "Toulouse"
        ),
        (
            "Désolés pour le bouchon : comme pour toute bouteille achetée chez nous, "
            "rapportez-la avec le ticket et nous l'échangerons ou la rembourserons, sans "
            "discussion."
        ),
        (
            "Désolés que le mont-d'or ait été en rupture : la neige a retardé la livraison "
            "depuis le Haut-Doubs. Il est de retour et nous tenons une liste d'attente pour le "
            "prochain arrivage."
        ),
        (
            "Merci pour votre franchise sur les merguez. Plusieurs clients nous ont dit qu'elles "
            "étaient trop pimentées, nous avons donc revu la recette. Dites-nous ce que vous "
            "pensez de la nouvelle fournée !"
        ),
        (
            "Désolés que votre chien n'ait pas pu entrer : les règles d'hygiène l'interdisent en "
            "boutique, sauf pour les chiens d'assistance. Notre terrasse les accueille "
            "volontiers, avec une gamelle d'eau."
        ),
        (
            "Cinq étoiles de la part d'un Napolitain, on encadre ! Merci et grazie mille. – "
            "Pizzeria da Nino, Rouen"
        ),
        (
            "Nous regrettons que la portion vous ait semblé petite. Nos parts de poisson font "
            "180 g, ce qui nous semble juste, mais votre avis compte : écrivez-nous à "
            "bonjour@mareedekinshasa.cd et parlons-en."
        ),
    ],
}
