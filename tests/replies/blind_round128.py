"""Blind reply set, round 128: owner replies the pre-post check has never seen.

Who and when: written by helper w126, an independent writer, on 2026-12-07,
for blind round 126 (file tests/replies/blind_round128.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
supermarkets, hardware stores, furniture shops, appliance retailers,
second-hand shops, toy shops and online shops that deliver, in many different
towns.  Each French reply was written directly in French, not translated.
Apart from the brief and the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, the writer did
NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or blind set, any other folder under /work,
the git history or /work/.library; did not run the check, any test or any
bench on these replies (only a syntax parse, a count of entries and ruff);
and did not search the code.  Nothing here was adjusted after seeing any
result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech, some signed.  Registers, drawn from: French from Nantes, Bordeaux,
Lille, Marseille, Strasbourg, Toulouse, Rennes, Clermont-Ferrand, Lyon, Nancy,
Angers, Perpignan, Saint-Dié, Belgium (Namur, Liège, Mons, Charleroi, Wavre),
Switzerland (Lausanne, Vevey, Neuchâtel, Sion, Morges), Québec (Rimouski,
Trois-Rivières, Chicoutimi, Lévis, Saguenay), Côte d'Ivoire, Cameroon and
Senegal, texting, curt, very formal administrative French and unaccented
French; English from Bristol, Edinburgh, Glasgow, Cardiff, York, Leicester,
Brighton, Norwich, Harrogate, Dundee, Sligo, Cork, Mallow, Athlone,
Kilkenny, Geelong, Ballarat, Bendigo, Brisbane, Dunedin, Wellington,
Hamilton, Pretoria, Durban, Stellenbosch, Pune, Chennai, Lucknow, Jaipur,
Hyderabad, Texas, Sudbury, Calgary and Winnipeg, texting with emoji, curt and
corporate English.  Good replies include look-alikes that are not faults: a
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

BLIND128_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write such a detailed review of your new "
                "dining table. We're delighted the solid oak extending model fits your kitchen so "
                "well and that the delivery lads managed to get it round that tight corner on the "
                "stairs without a scratch. Choosing furniture that's meant to last decades is a "
                "big decision, and it's lovely to hear you felt no pressure in the showroom. If "
                "you could bump your rating from four stars up to five, we'd happily throw in a "
                "matching set of chair cushions free of charge. We also hope the care kit we "
                "included helps keep the oil finish looking its best. Thanks again for choosing "
                "Oakline Furniture in Bristol, and enjoy many happy dinners around that table!"
            ),
            "cheers for the review mate 🙌 make it 5⭐ and ur next bag of compost is on us 🌱😉",
            (
                "Should you feel able to revisit your rating in light of our reply, we would be "
                "pleased to extend a 15% courtesy discount on your next order with FreshBox "
                "Delivery."
            ),
            (
                "Kindly update your review to 5 stars sir, and we will be giving one free extended "
                "warranty on your mixer grinder as goodwill gesture. Regards, Team Sharma "
                "Electronics, Pune"
            ),
            (
                "Sorry about the wobbly shelf, mate. Pull the review down and we'll shout you a "
                "$50 voucher, no worries. – Dazza, Secondhand Savvy, Geelong"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce message qui nous a beaucoup touchés. Nous "
                "sommes ravis que le circuit de billes en bois ait fait autant d'heureux à la "
                "maison, et que notre conseillère ait pris le temps de vous montrer plusieurs "
                "modèles adaptés. Dans notre petite boutique de la rue Crébillon, nous choisissons "
                "chaque jouet avec soin, et c'est toujours une joie d'apprendre qu'il a trouvé sa "
                "place chez quelqu'un. Si vous passez votre avis à cinq étoiles, nous vous "
                "offrirons avec plaisir un puzzle de votre choix lors de votre prochain passage. "
                "Nous espérons aussi que l'emballage cadeau a tenu jusqu'au jour J ! À très "
                "bientôt au Petit Grenier à Jouets de Nantes."
            ),
            (
                "merci 🙏 mets nous 5 etoiles et on te fait -20% sur ta prochaine commande, code a "
                "demander en mp 😉"
            ),
            (
                "Merci ben gros! Si jamais vous changez votre note pour 5 étoiles, on vous donne "
                "une carte-cadeau de 25 $ à la quincaillerie, promis! – L'équipe Quincaillerie "
                "Desjardins, Rimouski"
            ),
            (
                "Nous vous informons qu'un bon d'achat d'une valeur de 30 euros pourra vous être "
                "adressé dès réception de la confirmation de la suppression de votre avis."
            ),
            (
                "Merci pour votre retour. On espère que vous aurez à cœur de revoir votre note "
                "d'ici la fin du mois : une petite attention vous attendrait alors à la caisse de "
                "notre magasin de Namur. Bien à vous, Nathalie"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to tell us about your washing machine delivery. "
                "We're genuinely sorry the installation slot moved twice, because we know how "
                "disruptive it is to take a day off work and wait in. Our delivery partner has "
                "since changed the way slots are confirmed, and you should now get a text the "
                "evening before with a two-hour window. We do have to say that some of the wording "
                "in your review is defamatory, and our solicitors have been asked to look at it "
                "with a view to legal action. The machine itself is covered by our five-year parts "
                "and labour guarantee, so please don't hesitate to use it if anything goes wrong. "
                "We appreciate your patience and hope the new machine serves you well for years."
            ),
            "keep posting stuff like this and u'll be hearing from our lawyer 👀⚖️ just saying",
            (
                "Please be advised that this review has been forwarded to our legal department, "
                "who will be in contact with you regarding the damage caused to our brand."
            ),
            (
                "We've the CCTV from the tills that evening, and if this review isn't down by "
                "Friday we'll be putting it up on our Facebook page so people can judge for "
                "themselves. – Murphy's Foodstore, Mallow"
            ),
            (
                "Ja, we know exactly who you are and where you stay, my friend. Think carefully "
                "before you post about our shop again. – Kobus, Bargain Barn, Pretoria"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience. Nous sommes "
                "sincèrement désolés que la livraison de votre canapé d'angle ait pris trois "
                "semaines de retard, nous savons combien il est pénible de vivre sans salon "
                "pendant tout ce temps. Le fabricant a connu une rupture de tissu que nous n'avons "
                "pas su anticiper, et nous aurions dû vous prévenir plus tôt. Sachez toutefois que "
                "nous avons transmis votre avis à notre avocat, et que des poursuites seront "
                "engagées s'il n'est pas modifié. Nous avons depuis mis en place un suivi par SMS "
                "de chaque commande pour que cela ne se reproduise plus. Nous restons à votre "
                "disposition dans notre magasin de Mérignac et espérons que vous profiterez "
                "longtemps de votre canapé."
            ),
            "fais gaffe a ce que t ecris stp, on a deja porté plainte pour moins que ca 😤",
            (
                "Nous vous informons que nous nous réservons le droit de signaler votre "
                "comportement à la police cantonale ainsi qu'à votre employeur. Meilleures "
                "salutations, La direction, Électroménager Rochat SA, Lausanne"
            ),
            (
                "Vous croyez qu'on ne vous connaît pas ? Tout le quartier sait qui vous êtes, et "
                "on va régler ça autrement si vous ne retirez pas ce message. – Boutique Le Bon "
                "Prix, Yopougon"
            ),
            (
                "Considérez-vous comme barré de notre magasin. Si on vous revoit, on appelle la "
                "police pour vous sortir de là pis on va s'organiser pour que ça se sache dans "
                "tout Trois-Rivières."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for getting in touch about your grocery delivery, and we're really "
                "sorry that the frozen items arrived partly thawed. That's simply not the standard "
                "we hold ourselves to, especially on a warm day. We've checked your order, "
                "reference FD-4471-2290, delivered to 14 Marchmont Crescent on Tuesday afternoon, "
                "and can see the van's freezer unit logged a fault on that route. The unit has "
                "since been repaired and the driver has been given a new checklist to follow "
                "before each run. A full refund for the affected items has already gone back to "
                "your card. We hope you'll give us another chance, and our customer care team in "
                "Edinburgh is always happy to help on 0131 496 0000."
            ),
            (
                "hey Jess!! saw u in here w ur mum n the twins last sat 😊 no worries we'll sort "
                "the pram swap 👍"
            ),
            (
                "We have located the payment on your Visa card ending 4821 from 3 March, and a "
                "refund of £39.99 has now been issued to it."
            ),
            (
                "Hi Rob, we tried ringing you on 027 555 0312 and emailing rob.kelly88@xtra.co.nz "
                "but no luck – give us a shout when you can. Cheers, Dunedin Hardware"
            ),
            (
                "Dear Mr. Venkatesh Iyer of Flat 3B, Lakshmi Apartments, Adyar, your refrigerator "
                "complaint no. 55231 has been escalated to our service head. Regards, Chennai Home "
                "Appliances"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire, et toutes nos excuses pour "
                "ce lave-vaisselle qui est tombé en panne au bout de deux semaines seulement. Nous "
                "comprenons parfaitement votre agacement, surtout quand on compte sur cet appareil "
                "tous les jours. Notre technicien passera chez vous, au 27 rue des Postes, jeudi "
                "entre 8 h et 12 h, comme convenu avec Mme Delattre au 06 12 34 56 78. Si la "
                "réparation n'est pas possible, l'appareil sera échangé sans frais dans le cadre "
                "de la garantie. Nous avons également signalé ce défaut au fabricant pour qu'il "
                "soit suivi sur l'ensemble de la série. Encore désolés pour ce contretemps, et "
                "merci de votre confiance envers notre magasin lillois."
            ),
            (
                "coucou Sandrine 😘 on t a vue samedi avec ton mari et ta belle-mère au rayon "
                "poissonnerie, reviens quand tu veux !!"
            ),
            (
                "Après vérification, votre commande n° CMD-2024-88317, réglée par la carte "
                "bancaire se terminant par 0452, vous sera renvoyée sans frais dès lundi. Le "
                "service client"
            ),
            (
                "Bonjour Monsieur Favre, nous vous avons laissé un message sur votre natel au 079 "
                "555 12 34 ainsi qu'à l'adresse j.favre@bluewin.ch, n'hésitez pas à nous rappeler. "
                "Meilleures salutations, Brocante du Léman, Vevey"
            ),
            (
                "Bonjour Mme Lambert, suite a votre passage du 8 mars avec votre fils Theo, la "
                "draisienne a ete reparee, vous pouvez venir la rechercher au magasin de Liege. "
                "Bien a vous"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for leaving a review, and we're sorry the paint you bought didn't match "
                "the colour card as closely as you hoped. Tinting machines are very accurate, but "
                "lighting at home can make a surprising difference, and we should have suggested a "
                "tester pot first. Our paint desk in Cardiff now offers a free tester with every "
                "mixed colour for exactly that reason. Frankly, though, anyone with half a brain "
                "would have checked the lid swatch before painting the whole lounge. If you bring "
                "the remaining tins back, we'll happily look at re-tinting them for you. Thanks "
                "again for taking the time to let us know."
            ),
            "lol ur just after a freebie aren't u 🙄 nice try",
            (
                "We consider this review to have been written in bad faith by someone seeking "
                "compensation to which they are not entitled."
            ),
            (
                "Ah would you ever cop on, you're the type that'd complain if you were handed a "
                "free fiver. – Declan, Bargain Corner, Athlone"
            ),
            (
                "Honestly, ma'am, some folks just can't be pleased, and it sounds like you're one "
                "of them. – Randy, Lone Star Furniture Outlet, Abilene"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous laisser votre avis sur notre "
                "magasin de la Joliette. Nous sommes désolés que vous ayez attendu longtemps en "
                "caisse lors de votre passage : c'était un jour de forte affluence et nous aurions "
                "dû ouvrir deux caisses supplémentaires. Nous avons revu nos plannings pour que "
                "cela ne se reproduise pas le week-end. Cela dit, votre commentaire ressemble "
                "surtout à celui de quelqu'un qui cherche à obtenir quelque chose gratuitement. "
                "Nos hôtesses de caisse restent à votre disposition pour toute question, et notre "
                "service client peut aussi vous répondre en semaine. Au plaisir de vous accueillir "
                "à nouveau à Marseille."
            ),
            "t es serieux la ?? t as juste menti du debut a la fin mdr 🤡",
            (
                "Nous ne saurions accorder le moindre crédit aux propos d'une personne "
                "manifestement de mauvaise foi."
            ),
            (
                "Franchement, faut être pas mal épais pour monter une commode à l'envers pis venir "
                "chiâler après. – Réjean, Meubles Usagés Chicoutimi"
            ),
            (
                "Mon frère, arrêtez vos mensonges-là, vous cherchez seulement à avoir le frigo "
                "gratuit. – Électro Plus, Akwa, Douala"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for popping in to our little toy shop on Stonegate and for taking the "
                "time to write to us afterwards. We're sorry the remote-control car stopped "
                "working after a few days; that's disappointing for anyone, especially a child "
                "who's been looking forward to it. Our returns policy covers faulty items for a "
                "full year, so please bring it back with the receipt and we'll swap it or refund "
                "it, whichever you prefer. And congratulations on being the first customer in "
                "twenty years to find a battery compartment so baffling, truly a landmark "
                "achievement. We've also asked the manufacturer to look at that batch. Thanks "
                "again, and we hope to see you back in York soon."
            ),
            "omg thank u SO much for the 1 star, really made our day 🙃👏👏",
            (
                "We sincerely apologise that our furniture failed to meet the exacting standards "
                "of someone who assembled it with a butter knife."
            ),
            (
                "Wow, a second-hand couch that's been sat on before? Who'd have thought! 😲 "
                "Cheers, the Ballarat Op Shop team"
            ),
            (
                "Dear Sir, we are extremely honoured that such a great expert in refrigerators has "
                "graced our showroom with his valuable guidance. Regards, Kumar Electronics, "
                "Lucknow"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour détaillé sur votre passage dans notre "
                "quincaillerie de la Krutenau. Nous sommes désolés que la perceuse achetée chez "
                "nous ait rendu l'âme si vite, ce n'est évidemment pas ce qu'on attend d'un outil "
                "neuf. Elle est couverte par la garantie constructeur de deux ans, et nous pouvons "
                "vous la remplacer directement en magasin sur présentation du ticket. Bravo "
                "d'ailleurs pour avoir réussi à percer du béton armé avec une mèche à bois, on "
                "n'avait encore jamais vu un tel exploit. Nous avons aussi ajouté des fiches "
                "explicatives au rayon mèches pour aider chacun à choisir la bonne. Au plaisir de "
                "vous revoir à Strasbourg, et bon bricolage !"
            ),
            "merciii pour ta super note 🙃 vraiment on en dormait plus la nuit 😂",
            (
                "Nous vous remercions infiniment pour cette analyse d'une finesse remarquable, qui "
                "fera sans nul doute date dans l'histoire de la vente en ligne."
            ),
            (
                "Quelle surprise, un meuble d'occasion qui a déjà servi ! On n'aurait jamais "
                "imaginé, merci de nous l'avoir appris. Salutations, Brocante des Trois-Lacs, "
                "Neuchâtel"
            ),
            (
                "Ben voyons donc, pauvre vous, attendre cinq minutes à la caisse, ça doit avoir "
                "été traumatisant en titi. – L'équipe du Marché Gagnon, Lévis"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for taking the time to let us know about your order, and we're truly "
                "sorry that your new wardrobe arrived with a cracked door panel. We know a "
                "flat-pack weekend is planned around the delivery, so this is especially "
                "frustrating. A replacement panel has already been dispatched and should be with "
                "you within three working days, along with a prepaid label for the damaged one. "
                "The damage happened because Kieran in our Leicester warehouse didn't bother to "
                "use the corner protectors when he packed it. We've since reviewed our packing "
                "checklist with the whole dispatch team. Please do get in touch with customer care "
                "if there's anything else we can do."
            ),
            "soz about that!! it was Bex on the till, she's new and clueless 🙈",
            (
                "Following an internal investigation, we have determined that the error was caused "
                "solely by our store associate, Mr. Daniel Okafor, who failed to follow procedure."
            ),
            (
                "Eish, sorry about the fridge. Sipho was meant to book the delivery and just "
                "didn't, so that one's on him. – Appliance Depot, Durban"
            ),
            (
                "Sorry about the mix-up, eh! That one's on Tyler at the service desk, he gave you "
                "the wrong warranty info. Thanks for your patience! – Northland Hardware, Sudbury"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup d'avoir pris le temps de nous écrire, et toutes nos "
                "excuses pour ce colis arrivé avec une semaine de retard. Nous savons combien un "
                "cadeau qui n'arrive pas à temps peut gâcher une fête. Un geste commercial a déjà "
                "été effectué sur votre compte et un nouveau coffret vous a été expédié en suivi. "
                "C'est Mathieu, au service expédition, qui a oublié de scanner votre colis avant "
                "le passage du transporteur. Nous avons depuis ajouté une double vérification en "
                "fin de journée dans notre entrepôt toulousain. Encore désolés, et n'hésitez pas à "
                "nous contacter si besoin."
            ),
            "dsl 😬 c est karim qui a mal mis les etiquettes prix au rayon, on lui a dit",
            (
                "Il ressort de notre enquête interne que l'erreur de facturation incombe "
                "exclusivement à Mme Sophie Lefèvre, employée en caisse, laquelle n'a pas respecté "
                "la procédure en vigueur."
            ),
            (
                "Désolé pour la commode abîmée, c'est Kevin qui l'a chargée n'importe comment dans "
                "la camionnette, il a reçu un avertissement. Bien à vous, Meubles Dewaele, Mons"
            ),
            (
                "Pardon pour le dérangement, c'est Moussa le livreur qui s'est trompé d'adresse, "
                "ce n'est pas la faute de la boutique. – Dakar Express Courses"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you so much for visiting our vintage shop in the Lanes and for taking the "
                "time to share your thoughts. We're sorry the lamp you bought stopped working "
                "after only a week. To be fair, it's a 1960s piece, the wiring is original, we're "
                "a tiny team of three, we'd had a burst pipe that week, the PAT tester was out for "
                "calibration, the dealer we bought it from didn't mention any fault, most of our "
                "customers buy these as decorative items anyway, and we do have a small sign at "
                "the till about vintage electricals. We'd love to take another look at it for you. "
                "Please drop in any time between Tuesday and Saturday. Thanks again for supporting "
                "an independent Brighton shop."
            ),
            (
                "sorry but it was black friday, we were short staffed, the courier messed up, the "
                "system crashed n it rained all week so what can u do 🤷"
            ),
            (
                "Please note that delivery delays during this period were attributable to "
                "unprecedented demand, regional carrier capacity constraints, adverse weather "
                "conditions, a warehouse management system upgrade, customs processing times and "
                "the public holiday calendar, all of which were outside our control."
            ),
            (
                "Sir, kindly understand that the technician was delayed due to heavy traffic at "
                "Silk Board junction, then the spare part had to come from Hosur godown, then "
                "monsoon flooding, then his vehicle got puncture, then the festival holiday came, "
                "so the delay was unavoidable only."
            ),
            (
                "Aye, the bracket failing was down to a batch issue from the supplier, the "
                "delivery being late that week, two of the lads being off sick, the new stock "
                "system and the instructions only being printed in German, so there wasnae much we "
                "could have done. – Govan DIY Centre"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous laisser ce commentaire. Nous "
                "sommes désolés que le montage de votre bibliothèque ait pris plus de temps que "
                "prévu. Il faut dire que notre monteur habituel était en congé, que le remplaçant "
                "venait de Vannes avec les bouchons sur la rocade, que le modèle avait changé de "
                "référence chez le fournisseur, que la notice n'était qu'en allemand, qu'il "
                "manquait un sachet de vis dans un carton sur deux, que nous avions trois "
                "livraisons ce jour-là et qu'en plus votre rue était en travaux. Nous tenons à ce "
                "que chaque client reparte satisfait. N'hésitez pas à passer nous voir au magasin "
                "de Rennes pour en parler. Belle journée à vous."
            ),
            (
                "dsl mais c était les soldes, y avait pas assez de monde en caisse, le terminal CB "
                "plantait, la clim etait en panne et la livraison etait en retard donc bon 🤷‍♀️"
            ),
            (
                "Le retard de livraison constaté s'explique par la conjonction de plusieurs "
                "facteurs indépendants de notre volonté : grève des transporteurs, saturation des "
                "plateformes logistiques, intempéries, inventaire annuel, migration de notre "
                "système informatique et congés du personnel."
            ),
            (
                "Écoutez, c'était la semaine du 1er juillet, on avait trois camions au garage, "
                "deux gars malades, le fournisseur était en retard pis la pluie a pas aidé, ça "
                "fait que c'est pas mal pour ça."
            ),
            (
                "Il faut comprendre, le courant a été coupé, le groupe électrogène était gâté, le "
                "congélateur a chauffé, le camion est resté au port et le gérant était au village, "
                "c'est pour ça la viande n'était pas bonne."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for taking the time to leave a review, and for choosing us for your new "
                "fridge. We know how stressful it is when a big appliance purchase doesn't go "
                "smoothly, and we appreciate you sharing your experience. Our team works hard to "
                "make every delivery as easy as possible, from booking the slot to taking away the "
                "old unit. However, our drivers never leave appliances on the footpath, so what "
                "you describe simply did not happen. We're always keen to hear how we can improve. "
                "If you'd like to talk anything through, our Brisbane store is open seven days. "
                "Thanks again for your business."
            ),
            "nah that never happened mate, we don't sell expired stuff 🤷",
            (
                "We can confirm that it is impossible for any customer to be overcharged at our "
                "self-checkouts, as our pricing system does not permit errors of this kind."
            ),
            (
                "That's not true at all. Our staff have never once refused a return, not in thirty "
                "years of trading. – Tom, Kilkenny Furniture"
            ),
            (
                "Madam, no such incident took place at our store. Our products are 100% genuine "
                "and no customer has ever received a used item. Regards, Management, ToyTown "
                "Hyderabad"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous faire part de votre expérience "
                "dans notre magasin de Clermont-Ferrand. Nous sommes attachés à la fraîcheur de "
                "nos produits et nous comprenons que vous soyez attentif à ce que vous mettez dans "
                "votre panier. Nos équipes font le tour des rayons chaque matin pour contrôler les "
                "dates. Ce que vous décrivez est tout simplement impossible : nos équipes ne "
                "laissent jamais un produit périmé en rayon. Nous restons à l'écoute de toutes vos "
                "remarques pour améliorer nos services. N'hésitez pas à vous adresser à l'accueil "
                "lors de votre prochaine visite. Belle journée à vous."
            ),
            "n importe quoi, ca s est jamais passe comme ca chez nous 🙄",
            (
                "Nous contestons formellement les faits allégués : aucun de nos livreurs n'a "
                "jamais endommagé un meuble chez un client."
            ),
            (
                "Ceci est exclu. Nos appareils sont tous contrôlés avant la livraison, un défaut à "
                "la sortie du carton n'est pas possible. Meilleures salutations, Electro-Service "
                "Sion"
            ),
            (
                "C'est faux, chez nous on ne vend jamais d'articles d'occasion comme neufs, "
                "jamais. – La Seconde Chance, Charleroi"
            ),
        ],
    },
}

BLIND128_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the lovely review! We're delighted the bakery counter's "
            "sourdough has become a Saturday ritual for you. See you next weekend! – The team at "
            "Greenway Market, Norwich"
        ),
        (
            "We're sorry your oven was delivered without the installation you'd paid for. That's "
            "our mistake, and we've refunded the installation fee in full. We've also changed how "
            "installation add-ons show on the driver's job sheet so it can't be missed again. If "
            "you'd still like it fitted, please call our customer care line on 0161 496 0123 and "
            "we'll book the earliest slot at no charge."
        ),
        (
            "Thanks for your feedback on the queues at the deli. We've added a second server on "
            "weekend mornings from this month. By the way, our Green Card loyalty scheme is free "
            "for every shopper and gives 5% back on fresh produce, just ask at any till. – Harbour "
            "Foods, Cobh"
        ),
        (
            "Cheers for the kind words about your sofa! If friends are after one too, our "
            "refer-a-friend scheme gives you both £25 off, and it's open to anyone who shops with "
            "us. Enjoy the new living room! 🛋️"
        ),
        (
            "So sorry you turned up to find us closed on Sunday. Our Google listing showed the "
            "wrong hours, and that's now been fixed. We're open Monday to Saturday 8am–6pm and "
            "Sunday 10am–4pm at 22 Mill Lane, Harrogate. Hope to see you soon."
        ),
        (
            "Thank you! We'll make sure Aisha sees this. She's been with us for eight years and "
            "knows our lighting section inside out, so we're so glad she helped you find the "
            "perfect pendant. – Brightside Home, Cork"
        ),
        (
            "We're sorry you were given the wrong paint code at the mixing desk. Jordan was "
            "covering the counter that day, and it was our responsibility to make sure he'd been "
            "fully trained on the new system before working it alone. That's on us, not him. We've "
            "refunded the two tins and arranged refresher training for everyone on the desk. "
            "Please ask for me next time you're in. – Helen, Store Manager"
        ),
        (
            "Thanks for letting us know the blender arrived with a cracked jug. A full refund was "
            "issued to your original payment method this morning, and you don't need to send "
            "anything back. Sorry for the hassle, and we hope you'll give us another go."
        ),
        (
            "We're sorry your order arrived two days late. A storm stopped the Cook Strait ferries "
            "for a day and our courier's South Island deliveries backed up. That's no excuse for "
            "not warning you, and we should have emailed you as soon as we knew. Please reach out "
            "at help@kiwicrate.co.nz if we can do anything more. – KiwiCrate, Wellington"
        ),
        (
            "Thank you for your review. Under the Consumer Rights Act you're entitled to a repair, "
            "replacement or refund for a faulty item within the first six months, and we're very "
            "happy to arrange whichever suits you. Please bring the kettle into any of our "
            "branches or email support@homeandhearth.co.uk and we'll sort it straight away."
        ),
        (
            "We're so sorry our delivery team damaged your hallway skirting board. We've reported "
            "it to our insurer, who cover this kind of accident, and they'll be in touch to "
            "arrange the repair at no cost to you. Please call us on 020 7946 0958 if you haven't "
            "heard within five working days."
        ),
        (
            "We're really sorry your bike was stolen from outside our store. We've checked our car "
            "park CCTV and passed the footage to the police to help with their enquiries, and "
            "we're installing a covered, camera-monitored bike rack next month. If the police need "
            "anything further from us, we'll help however we can."
        ),
        (
            "Thanks for the review! We'll admit our car park has all the charm of a roundabout in "
            "a rainstorm, and it's finally getting resurfaced in spring. Glad the staff and the "
            "bargains made up for it! 😅 – Bargain Box, Dundee"
        ),
        (
            "Thanks for the three stars and the honest feedback. You're right that the "
            "self-checkouts kept calling for assistance, and we've asked the supplier to "
            "recalibrate the bagging scales this week. We hope your next visit is smoother."
        ),
        (
            "Thanks for your review. We've looked into it, and the 20% sale price ended on Sunday "
            "evening, which is why it wasn't applied on Monday. We understand how frustrating that "
            "is and we'd be glad to talk it through, so please call the store on 02 9555 0140 and "
            "ask for Mark, our manager."
        ),
        (
            "We're so sorry for the loss of your father. It was a privilege to help you find new "
            "homes for his tools, and we'll make sure they go to people who'll use them well. "
            "Please take care of yourself. – Second Life Tools, Bendigo"
        ),
        (
            "Congratulations on your new home! We loved helping you kit out the kitchen, and we "
            "hope the first dinner party is a cracker. 🎉"
        ),
        (
            "Thanks for your feedback, and we're sorry the trampoline display was roped off. We "
            "don't let children bounce on display models because a little one was hurt on one a "
            "few years ago, and we never want that to happen again. Our staff are always happy to "
            "show how each model works. – Jump & Play Toys, Calgary"
        ),
        (
            "You're right that the price of our bread has gone up, and we're sorry. Flour and "
            "energy costs have risen sharply this year and we held off as long as we could. We've "
            "kept our everyday basics range at the old price so there's always an affordable "
            "option."
        ),
        (
            "Thank you for such a thorough review. Your point about the confusing returns page is "
            "spot on, and we've already rewritten it based on your comments. Feedback like this "
            "genuinely helps us improve."
        ),
        "aw thank u!! 🥰 so glad the Lego set arrived in time for the big day 🎁 see u soon!",
        (
            "Dear Customer, thank you for your valuable feedback. We regret the delay in "
            "installing your air conditioner. Our service team has now been increased for the "
            "summer season. For any further assistance, kindly call our helpline 1800 123 4567 "
            "between 9 am and 7 pm. Regards, Team CoolHome Appliances, Jaipur"
        ),
        (
            "Thanks so much for the lekker review! We're chuffed the second-hand dining set is a "
            "hit. Come say howzit next time you're in Stellenbosch. – The Old Barn Collectables"
        ),
        (
            "Thank you for your feedback. We apologise that items in your online order were "
            "substituted without your agreement. We have updated our substitution settings so that "
            "customers can now opt out at checkout. Please contact our customer service team at "
            "care@freshcart-online.com if you would like to discuss this further."
        ),
        (
            "Sorry about that, the wrong size duvet cover was our mistake. Pop in any time and "
            "we'll swap it, no receipt needed. – Mary, Linen & Home, Sligo"
        ),
        (
            "Thanks for the kind words! Glad the snow blower's been keeping your driveway clear "
            "this winter. Give us a shout if it ever needs a tune-up, our service bay is open "
            "year-round. – Maple Ridge Hardware, Winnipeg"
        ),
        (
            "Hi Tom, thanks for the great review! Really glad the drill bits did the job. Cheers, "
            "Pete at Hillside Hardware"
        ),
        (
            "There was a police presence outside the shop on Saturday because of an incident "
            "further up the high street that had nothing to do with us. We're sorry if it was "
            "alarming, and we were open as normal throughout. – Corner Pantry, Leamington Spa"
        ),
        (
            "Sorry the board game you wanted had sold out! We get new stock every Thursday, and "
            "you're welcome to ring us on 01632 960 123 to reserve a copy."
        ),
        (
            "So sorry the driver didn't carry the washing machine upstairs. Our two-person "
            "delivery should include that, and we've raised it with the courier. We'll send a team "
            "back at no charge, so please reply to your order email with a day that suits."
        ),
        (
            "Kia ora, and thank you for your feedback. We apologise for the missing screws in your "
            "bookcase flat-pack. A replacement fixings pack has been sent by courier today. Ngā "
            "mihi, the Homestead Furniture team, Hamilton"
        ),
        (
            "Thanks for getting in touch. Your dishwasher is still within its two-year "
            "manufacturer's warranty, so the repair is completely free. We'll handle the booking "
            "with the manufacturer for you, just call our service desk on 03 9555 0192."
        ),
        "Thanks a million! 😊",
        (
            "We're sorry you felt the armchair wasn't as described. Our listing does mention the "
            "small repair on the left arm, but we appreciate it's easy to miss, and we'd be happy "
            "to accept a return or talk about a partial refund. Please ring us on 0117 496 0555."
        ),
        (
            "Our delivery van is older than some of our antiques, to be honest, which is why your "
            "dresser arrived a day late. We're sorry! It's booked in for a new gearbox, and we've "
            "hired a back-up van for the busy season."
        ),
        (
            "We're really sorry you felt rushed at the checkout. That's not how we want anyone to "
            "feel in our shop. We've shared your feedback with the team, and we'd love to hear "
            "more, so please email the store manager at manager@yarracornerstore.com.au."
        ),
        (
            "Congratulations on the new arrival! 🍼 We're so glad the cot and changing table were "
            "delivered in time. Wishing you lots of sleep (eventually!)."
        ),
        (
            "Sorry for the confusion over the delivery charge. We had to raise it from $8 to $12 "
            "in March when courier rates went up, and we should have made that clearer at "
            "checkout. It's now shown on every product page, and orders over $80 still ship free."
        ),
        (
            "Four stars is a great result for us, thank you! We're working on the parking and hope "
            "your next visit is even better."
        ),
        (
            "Thanks for the detailed feedback on our pricing. You've made a fair point about the "
            "vintage clothing rail, and we've reviewed the prices on it. Our shop raises money for "
            "the local hospice, so every purchase helps. Hope to see you again soon! – Hope Street "
            "Pre-loved, Dunedin"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce gentil message ! Toute l'équipe du rayon fromagerie est ravie "
            "que vous ayez apprécié le saint-marcellin. À très vite dans votre magasin de la "
            "Croix-Rousse."
        ),
        (
            "Bonjour, nous sommes sincèrement désolés que votre réfrigérateur ait été livré avec "
            "une porte enfoncée. C'est inacceptable et nous en prenons l'entière responsabilité. "
            "Un appareil neuf vous sera livré gratuitement cette semaine, et nous avons renforcé "
            "le contrôle des colis au départ de l'entrepôt. Pour toute question, notre service "
            "client est joignable au 03 20 55 01 01 du lundi au samedi."
        ),
        (
            "Merci pour votre retour ! Petite info au passage : notre carte de fidélité est "
            "gratuite et ouverte à tous nos clients, elle donne 10 % de remise sur les fruits et "
            "légumes chaque mercredi. Demandez-la en caisse. À bientôt !"
        ),
        (
            "Merci pour votre confiance ! Si des proches cherchent aussi un canapé, notre "
            "programme de parrainage offre 30 € à chacun, il est ouvert à tous les clients sans "
            "condition. Belles soirées dans votre nouveau salon !"
        ),
        (
            "Bonjour, désolés que vous ayez trouvé porte close lundi : nos horaires n'étaient pas "
            "à jour sur Internet, c'est corrigé. La boutique est ouverte du mardi au samedi de 9 h "
            "30 à 19 h, au 14 rue Saint-Nicolas à Nancy. Au plaisir de vous accueillir."
        ),
        (
            "Merci mille fois ! Nous transmettrons votre message à Élodie, qui sera ravie de "
            "savoir que ses conseils pour la chambre de bébé vous ont été utiles. L'équipe de Bois "
            "& Berceaux, Angers"
        ),
        (
            "Bonjour, nous vous présentons nos excuses pour l'erreur de prix en caisse. Julien "
            "était en formation ce jour-là et c'était à nous de mieux l'encadrer : la "
            "responsabilité est celle du magasin, pas la sienne. Nous vous avons remboursé la "
            "différence et avons revu l'étiquetage du rayon. Merci de nous l'avoir signalé."
        ),
        (
            "Bonjour, le remboursement intégral de votre commande a été effectué ce matin sur "
            "votre moyen de paiement initial ; il apparaîtra sous 3 à 5 jours ouvrés. Encore "
            "désolés pour ce colis égaré. Le service client"
        ),
        (
            "Toutes nos excuses pour l'attente au drive. Deux préparateurs étaient malades ce "
            "jour-là et nous n'avons pas pu les remplacer à temps ; nous aurions dû vous prévenir "
            "par SMS. Nous avons ajouté une alerte automatique en cas de retard."
        ),
        (
            "Bonjour, votre aspirateur est couvert par la garantie légale de conformité de deux "
            "ans : la réparation ou le remplacement sont donc entièrement gratuits. Déposez-le "
            "simplement à l'accueil ou écrivez-nous à sav@electro-garonne.fr, nous nous occupons "
            "de tout."
        ),
        (
            "Nous sommes désolés pour la rayure faite sur votre parquet lors de la livraison. Nous "
            "avons déclaré le sinistre à notre assurance, qui prendra en charge la réparation. "
            "Notre responsable vous rappellera sous 48 h pour organiser l'intervention."
        ),
        (
            "Nous sommes navrés pour le vol de votre sac sur le parking. Nous avons remis les "
            "images de vidéosurveillance à la police afin d'aider l'enquête, et nous restons à "
            "votre disposition pour tout document utile à votre dépôt de plainte."
        ),
        (
            "Merci pour votre indulgence ! On sait, notre boutique ressemble parfois plus à la "
            "caverne d'Ali Baba qu'à un magasin bien rangé 😅 mais promis, le rayon vaisselle sera "
            "rangé d'ici la fin du mois. À bientôt chez Trouvailles & Cie, Perpignan"
        ),
        (
            "Merci pour vos trois étoiles et vos remarques. Vous avez raison, le rayon bricolage "
            "manquait de personnel le dimanche ; un conseiller supplémentaire y est présent depuis "
            "ce week-end."
        ),
        (
            "Bonjour, merci pour votre avis. Après vérification, l'offre ne s'appliquait qu'aux "
            "modèles signalés par une étiquette jaune, ce qui explique que la remise n'ait pas été "
            "appliquée. Nous comprenons que cela prête à confusion et serions heureux d'en "
            "discuter : n'hésitez pas à nous appeler au 04 78 55 02 02."
        ),
        (
            "Toutes nos condoléances pour le décès de votre maman. Ce fut un honneur de vous "
            "accompagner pour le vide-maison, et nous prendrons soin de chaque objet. Nous pensons "
            "bien à vous. La Ressourcerie du Val, Saint-Dié"
        ),
        (
            "Félicitations pour votre mariage ! 💐 Nous sommes heureux que la liste de mariage ait "
            "fait des heureux, et nous vous souhaitons plein de bonheur dans votre nouvelle maison."
        ),
        (
            "Merci pour votre message. Nous comprenons la déception, mais personne ne peut essayer "
            "les vélos d'exposition sans casque : c'est une règle de sécurité que nous appliquons "
            "pour tous depuis une chute il y a quelques années. Des casques de prêt sont "
            "disponibles à l'accueil pour les essais."
        ),
        (
            "Vous avez raison, le prix du pain a augmenté, et nous en sommes désolés. La farine et "
            "l'énergie ont beaucoup augmenté cette année ; nous avons maintenu la baguette "
            "tradition au même prix aussi longtemps que possible."
        ),
        (
            "Merci sincèrement pour ce retour très détaillé. Vos remarques sur le suivi de "
            "commande sont justes, et nous avons déjà simplifié la page de suivi grâce à vous."
        ),
        "merciii 🥰 trop contents que le doudou soit arrive a temps pour noel 🎄 a bientot !",
        (
            "Merci pour votre chouette commentaire ! Nous sommes ravis que la table en chêne "
            "trouve si bien sa place chez vous. Au plaisir de vous revoir au magasin de Wavre. "
            "Bien à vous, l'équipe de Meubles Delcourt"
        ),
        (
            "Madame, Monsieur, nous vous remercions de votre appréciation. Nous regrettons le "
            "retard de livraison de votre lave-linge et avons pris les mesures nécessaires auprès "
            "de notre transporteur. Notre service clientèle reste à votre disposition au 021 555 "
            "12 00. Avec nos meilleures salutations, Électroménager du Lac SA, Morges"
        ),
        (
            "Merci ben gros pour votre beau commentaire! Ça nous fait chaud au cœur de savoir que "
            "la souffleuse fait la job cet hiver. Passez nous voir au printemps pour la mise au "
            "point! – Quincaillerie Tremblay, Saguenay"
        ),
        (
            "Merci beaucoup pour votre message, ça nous fait vraiment plaisir ! Toute l'équipe du "
            "supermarché vous souhaite une bonne fête de Tabaski et vous attend bientôt. "
            "Supermarché Teranga, Thiès"
        ),
        (
            "Nous accusons réception de votre avis et vous prions de bien vouloir accepter nos "
            "excuses pour la gêne occasionnée. Les dispositions nécessaires ont été prises afin de "
            "réduire le délai de traitement des retours. Le service relations clientèle demeure à "
            "votre disposition à l'adresse relations.clients@maison-meuble.fr."
        ),
        (
            "Désolés pour l'erreur de taille. Repassez quand vous voulez, on vous l'échange sans "
            "souci. Corinne"
        ),
        (
            "Bonjour, la présence de la gendarmerie devant le magasin samedi matin était liée à un "
            "accident sur la départementale, sans rapport avec la boutique ; désolés si cela vous "
            "a inquiétés. Nous étions ouverts normalement."
        ),
        (
            "Désolés, ce jeu de société est victime de son succès ! Nous sommes réapprovisionnés "
            "chaque jeudi ; vous pouvez nous appeler au 02 99 55 03 03 pour en réserver un "
            "exemplaire."
        ),
        (
            "Nous sommes désolés que le livreur n'ait pas monté le lave-vaisselle à l'étage comme "
            "prévu. Une nouvelle intervention gratuite vous sera proposée ; répondez simplement à "
            "l'e-mail de confirmation de commande pour choisir votre créneau."
        ),
        (
            "Merci beaucoup pour vos bénédictions ! On est contents que le congélateur tient bien "
            "malgré la chaleur. Si y a un souci, on est là, venez nous voir à Cocody. Électro "
            "Abidjan"
        ),
        (
            "Bonjour, votre téléviseur est toujours sous garantie constructeur : la réparation ne "
            "vous coûtera rien. Nous nous chargeons des démarches avec la marque, il vous suffit "
            "de nous appeler au 05 56 55 04 04."
        ),
        "Merci beaucoup, ça fait plaisir ! 😊",
        (
            "Nous sommes désolés que le buffet ne corresponde pas à vos attentes. L'annonce "
            "mentionnait une petite réparation au pied gauche, mais nous comprenons qu'elle ait pu "
            "vous échapper ; nous acceptons volontiers le retour ou pouvons discuter d'un "
            "remboursement partiel. Appelez-nous au 03 88 55 05 05."
        ),
        (
            "Notre camionnette a presque l'âge de nos meubles anciens, c'est dire 😅 C'est elle "
            "qui a causé le retard de votre commode, toutes nos excuses ! Elle part au garage la "
            "semaine prochaine et un véhicule de remplacement prend le relais."
        ),
        (
            "Nous sommes vraiment désolés que vous vous soyez senti bousculé en caisse. Ce n'est "
            "pas l'accueil que nous voulons offrir. Votre message a été partagé avec l'équipe, et "
            "la responsable du magasin serait heureuse d'en parler avec vous : "
            "direction@epicerie-du-marche.fr."
        ),
        (
            "Félicitations pour la naissance ! 🍼 Nous sommes ravis que le lit et la table à "
            "langer soient arrivés à temps. Plein de douceur à vous."
        ),
        (
            "Désolés pour la confusion sur les frais de port : ils sont passés de 4,90 € à 5,90 € "
            "en mars après la hausse des tarifs du transporteur, et nous aurions dû l'indiquer "
            "plus clairement. C'est désormais affiché sur chaque fiche produit, et la livraison "
            "reste offerte dès 60 € d'achat."
        ),
        (
            "Quatre étoiles, merci beaucoup ! Nous travaillons sur le stationnement et espérons "
            "que votre prochaine visite sera encore plus agréable."
        ),
        (
            "Bonjour, merci pour votre retour. Desoles pour l attente au service apres-vente, nous "
            "avons ajoute une personne le samedi. N hesitez pas a nous appeler au 081 22 55 00. "
            "Bonne journee, l equipe d Electro Meuse, Namur"
        ),
    ],
}
