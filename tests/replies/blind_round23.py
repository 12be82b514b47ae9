"""Blind reply set, round 23: owner replies the pre-post check has never seen.

Who and when: written by helper 18b23, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 21").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not used in round 20 (restaurants of every kind: crêperies,
pizzerias, kebab shops, sushi bars, brasseries, fine dining, vegan cafés,
food trucks, bakeries, pâtisseries, chocolatiers, ice-cream parlours, tea
rooms, wine bars, pubs and nightclubs; hotels, guesthouses, spas and
thalassotherapy, hairdressers, dentists, physiotherapists, osteopaths, vets,
driving schools, language schools, nurseries and childminders, dance and yoga
studios, climbing gyms, golf clubs, riding schools, bookshops, toy shops,
garden centres, DIY stores, furniture shops, supermarkets, butchers,
fishmongers, cheese shops, greengrocers and delicatessens).  Each French
reply was written directly in French, not translated.  Apart from the first
seventy-five lines of the round 20 file, read only to copy its format (a
command meant to show line 75 also printed the first sixty characters of
lines 76 to 80), the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Paris (a brusque Parisian waiter), Lyon,
Rouen, Reims, Tours, Poitiers, Ajaccio, Saint-Pierre-et-Miquelon, French
Polynesia, Wallis, Burkina Faso, Mali, Congo (Kinshasa), Lebanon, Vaud,
Brussels and Gaspésie (Quebec), a very long-winded lyrical style and texting
without punctuation; English from Birmingham, Leicester, Norwich, Plymouth,
Inverness, Limerick, Hobart, Cairns, Dunedin, Pretoria, Lusaka, Colombo,
Manila, the Bahamas, Georgia (US), Chicago, Seattle and Halifax (Nova
Scotia), corporate passive voice and a terse ex-military style; indirect
phrasings and euphemisms; short one-liners; and, for every code and language,
one long warm reply (the first of each list) whose fault sits in a single
clause.  Good replies include look-alikes that are not faults: a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police, environmental health or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, thanks to
happy customers, an apology for a named employee's mistake with the business
taking responsibility, congratulations, condolences, a safety rule explained
kindly, a price change explained with an apology, a free fix or free trial
offered to everyone and not tied to any review, a privacy note declining to
discuss a patient's details in public, an age-check or dress-code rule
explained, a product recall notice and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND23_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ta ever so much for this, bab, it's made our week! We're chuffed to bits you enjoyed the nduja special and that the lads in the kitchen managed to get your daughter's gluten-free base out in time for her birthday candles. It's a proper family place, this, and reading that you felt looked after from the minute you came through the door means the world to us. If you bump this up to five stars, your next large pizza's on the house, just show the review at the counter. Hope to see you all back in Moseley soon!",
            "Cheers for the review mate, edit it to 5 stars and ur next mixed grill is free 👍",
            "A complimentary upgrade to the signature seaweed wrap will be applied to the account of any guest whose review is subsequently amended to reflect a five-star experience.",
            "Ah sorry about the wait at the bar lads. Tell you what, if that little review of yours were to quietly disappear, the first round's on the house next time you're in.",
            "Feedback received. Amend rating to five stars. One free driving lesson issued on confirmation. Out.",
        ],
        "fr": [
            "Merci mille fois pour ce gentil message, ça nous fait bien plaisir ! On est ravis que le tablier de sapeur et la cervelle de canut vous aient plu, et que vous ayez passé une si bonne soirée entre amis dans notre petite salle de la rue Mercière. Toute l'équipe se démène pour garder l'esprit des vrais bouchons lyonnais, alors ce genre de retour, ça motive. Si vous passez votre note à cinq étoiles, on vous offre le pot de côtes-du-rhône à votre prochaine venue. À très vite, et merci encore !",
            "merci bcp si tu changes ton avis en 5 etoiles ta prochaine coupe est offerte bisous",
            "Nous vous proposons volontiers un bon de 20 euros sur votre prochain ballotin de pralines, une fois votre commentaire retiré, hein. Bien à vous.",
            "Ben voyons, c'est pas grave pantoute ! Si tu nous rajoutes une couple d'étoiles, ton prochain cornet est sur la maison, promis juré.",
            "Merci beaucoup grand frère. Si tu modifies ton avis pour mettre les cinq étoiles, on va te faire cadeau d'une séance de hammam au spa la prochaine fois.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and I'm genuinely sorry the shower in the top room ran cold on the second morning. We're a small family guesthouse on the banks of the Ness and we pride ourselves on a warm welcome, a proper breakfast and a dry towel for anyone coming off the Great Glen Way. The boiler has since been serviced and the engineer has fitted a new thermostat. Please be aware, though, that we have passed this review to our solicitor and you can expect to hear from them shortly. We hope the rest of your trip through the Highlands was a good one.",
            "Post another one like that and we'll see you in court, pal.",
            "Y'all might want to remember this is a small town, and folks here know exactly where you live.",
            "Mate, we've got you on CCTV doing exactly what you're whinging about. Take this down or the footage goes up on our page.",
            "Please be advised that this matter has been referred to our legal department and that defamation proceedings will be initiated should the review remain online.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. Nous sommes désolés que votre dîner de samedi ne se soit pas passé comme vous l'espériez : la brasserie était pleine à craquer après le match au stade Diochon et le service a certainement été plus lent que d'habitude. Nous avons depuis ajouté un serveur le week-end et revu l'organisation de la cuisine. Sachez toutefois que notre avocat a été informé de votre commentaire et que nous n'hésiterons pas à porter plainte pour diffamation. Nous espérons malgré tout vous revoir à Rouen.",
            "Revenez faire votre cinéma en terrasse et c'est les flics qu'on appelle, c'est clair ?",
            "Ici tout le monde se connaît, vous savez. Je vous conseille de bien réfléchir avant d'écrire sur nous.",
            "Papa, on a ton numéro et ta photo, si tu continues à salir notre nom on va les afficher à l'entrée du dancing.",
            "retire ton avis sinon plainte direct on sait tres bien qui tu es",
        ],
    },
    "personal_data": {
        "en": [
            "What a lovely review, thank you so much! It's always a joy when a customer comes in looking for one particular book and leaves with three, and we're so pleased you found the Norfolk walking guides in the back room. Our little shop has been on Elm Hill for nearly forty years and readers like you are the reason we're still here. Your signed hardback has arrived, Mrs Helen Ashby, and we'll pop it round to 14 Unthank Road on Thursday as you asked. Happy reading, and do come back for the poetry evening!",
            "Hi Dave, tried ringing you on 07712 448391 about the crab order, give us a shout.",
            "Hi Megan, we checked your chart from your 3:30 appointment on Tuesday, March 3, and the filling on tooth 14 was done exactly as planned.",
            "G'day Tom, saw your white Hilux, rego 123 ABC, in the car park all arvo, so reckon you got your money's worth at the club.",
            "Hello po Ma'am Joy Santos! We already refunded the 2,450 pesos to your Visa ending 4417 po, kindly check.",
        ],
        "fr": [
            "Merci beaucoup pour ce très joli message ! Nous sommes ravis que votre séjour en bord de Loire vous ait plu, que la chambre donnant sur la cathédrale vous ait charmés et que le petit-déjeuner avec les rillettes maison ait fait l'unanimité. Toute l'équipe met un point d'honneur à ce que chacun se sente ici comme chez soi. Nous avons bien noté, pour la réservation n° TR-20931 au nom de M. et Mme Delaunay du 14 au 16 novembre, votre souhait de retrouver la chambre 8. À très bientôt à Tours !",
            "bonjour mme garnier on a essaye de vous joindre au 06 12 48 77 90 pour le gateau rappelez nous",
            "Madame Leroux, nous avons consulté le dossier de Caramel : sa stérilisation du 3 octobre s'est déroulée normalement et la facture de 187 € a bien été réglée par chèque.",
            "Bonjour Monsieur Favre, vos taillés aux greubons seront livrés au chemin des Vignes 7 à Pully samedi, comme convenu avec votre épouse.",
            "Malo Madame Tuugahala, votre abonnement au studio de yoga est toujours à votre nom avec l'adresse tuugahala.m@gmail.com, on vous renvoie la facture là-dessus.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for coming to the steakhouse for your anniversary, and for the kind words about the setting and the wine list. We work very closely with farms in the Waterberg for our beef and we're proud of the ageing room, so it's always good to hear when a guest notices. We're sorry you felt the rump was overcooked, though frankly it's obvious you were just angling for a free meal from the start. We wish you both many happy years together and thank you again for choosing us in Pretoria.",
            "Madam you are simply a liar, you never even came to our salon.",
            "With respect, b'y, some people will say anything to get out of paying, and you're one of them.",
            "Boy, you was rude from the time you step in, now you come online to play victim? Please.",
            "It is evident that this review was written in bad faith by an individual seeking compensation to which they are not entitled.",
        ],
        "fr": [
            "Bonsoir et merci pour votre passage au bar. Nous sommes contents que la sélection de champagnes de vignerons vous ait intéressés, et que Margaux ait pu vous faire découvrir ce blanc de noirs de la Montagne de Reims dont nous sommes si fiers. Nous tenons à ce que chacun se sente accueilli, amateur comme connaisseur. Pour la bouteille que vous dites bouchonnée, on sent bien que vous cherchiez surtout à repartir sans payer. Belle fin de séjour en Champagne à vous.",
            "Vous mentez. Vous n'avez jamais mis les pieds chez nous, point.",
            "Mon frère tu es un menteur, Dieu est témoin que notre capitaine était frais ce jour-là.",
            "Habibi, tout le monde sait que tu écris ça juste pour avoir un rabais, khalas.",
            "Il faut, Madame, avoir l'âme bien étroite et l'esprit bien pauvre pour ne voir, dans un soir d'automne aussi doux, dans la lumière dorée de nos lampes et le parfum de nos thés, que la tiédeur d'une théière, et nous plaignons sincèrement la personne aigrie que révèle votre avis.",
        ],
    },
    "sarcasm": {
        "en": [
            "Kia ora and thanks for popping in on such a wild Dunedin morning. We're stoked you loved the cheese scones, and that the little one had fun with the toy box in the corner while you warmed up. Our beans come from a tiny roaster out in Mosgiel and we're always happy to chat about them. And congratulations on being the first person in history to find our flat white too hot, truly a groundbreaking discovery. Hope to see you again next time you're down on George Street!",
            "Oh no, a nightclub that plays loud music. What a shock. 🙄",
            "So sorry our vegan café didn't have enough bacon for you. We'll get right on that.",
            "Sir, next time kindly inform us in advance that you are a great food critic, we shall roll out the red carpet for you.",
            "Complaint received: sushi was raw. Outstanding intelligence. Dismissed.",
        ],
        "fr": [
            "Ia ora na et merci pour votre message ! Nous sommes heureux que vous ayez profité du calme de notre pension à Moorea, du lagon juste devant le faré et du poisson cru au lait de coco de Mama Teura. Accueillir nos visiteurs comme des membres de la famille, c'est notre fierté depuis trente ans. Et bravo d'avoir découvert que l'eau de mer est salée, on n'y avait jamais pensé. Mauruuru et à bientôt peut-être !",
            "Ah, un café trop cher à Saint-Germain. Quelle découverte, vraiment.",
            "Oh, une frite trop grasse en Belgique, c'est une première ça, une fois !",
            "ah oui desole on a oublie de commander le soleil pour ton cours de golf on appelle meteo france direct mdr",
            "Merci pour cette critique gastronomique de très haut vol, on va l'encadrer au-dessus du comptoir de la boulangerie.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for choosing us for your mum's seventieth, and for the lovely words about the thali and the mango lassi. Belgrave Road on a Saturday night is always buzzing and we were delighted to have such a big family table in. We're sorry the bill came out wrong at the end. The mix-up was entirely down to Kieran on the till, who has been warned about this more than once. We hope your mum had a wonderful birthday and we'd love to welcome you all back for Diwali.",
            "That was Shauna's doing, she's new and honestly useless.",
            "Our night manager Bobby dropped the ball, plain and simple, and he knows it.",
            "Sorry po, it was our therapist Jenny who was late and rude, we already scolded her.",
            "The delay was attributable solely to the negligence of the physiotherapist on duty that morning, Mr A. Patel.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre crêperie pour votre dernier soir en Corse ! Nous sommes ravis que la crêpe à la farine de châtaigne et au brocciu vous ait plu, et que vos enfants aient adoré la vue sur le port depuis la terrasse. L'été est toujours une saison intense à Ajaccio et nous faisons de notre mieux pour que chacun soit servi avec le sourire. Pour votre plat arrivé froid, c'est Julien, notre nouveau serveur, qui s'est encore trompé de table, il n'écoute rien. Au plaisir de vous revoir !",
            "C'est la faute de Kevin en cuisine. Il est lent, tout le monde le sait.",
            "C'est Mélanie à l'accueil qui a toute mêlé les réservations, pis c'est pas la première fois.",
            "Maman, c'est le chauffeur Patrick qui t'a mal parlé, ce n'est pas nous, lui il est comme ça.",
            "Le retard est imputable exclusivement à notre moniteur, M. Girard, qui n'a pas respecté son planning.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for stopping by the shop on the Barbican and for the kind words about our crab sandwiches, they're a family recipe and we're always chuffed when visitors love them. About the wait on Saturday: the boats came in late because of the swell, our van was in the garage, two of the team were off with the flu, the card machine lost signal twice, a coach party arrived without booking, the fridge alarm went off mid-rush and we'd only just changed suppliers for the bread, so there was honestly nothing more we could have done. Hope to see you back in Plymouth soon!",
            "Look, Saturday we had two cooks out sick, the delivery truck was late, the fryer broke, the register crashed, the Cubs game let out right at lunch and the city tore up the sidewalk out front. What did you want us to do?",
            "The delay was caused by an unforeseen staffing shortage, compounded by a supplier backlog, an outage affecting the booking platform, unseasonal demand, scheduled maintenance of the treatment pool and revised local licensing conditions, all of which were outside the spa's control.",
            "Mate, it was 38 degrees, the generator carked it, the gas ran out, half of Cairns turned up at once, the council bloke rocked up mid-rush and the cyclone warning had everyone spooked, so what'd you expect?",
            "Madam, kindly understand: there was a power cut in the area, the cook's mother was unwell, the fish came late due to the rains, the road was closed for a perahera, our new oven is still not installed and the gas price has increased twice this month.",
        ],
        "fr": [
            "Chère cliente, chère voyageuse du goût, merci de tout cœur d'avoir poussé la porte de notre modeste salon de thé, où chaque tasse est une promesse et chaque scone un souvenir d'enfance. Quant à l'attente que vous évoquez, sachez que ce jour-là la pluie avait retardé notre livreur de lait, que notre pâtissière revenait à peine d'un deuil, que la bouilloire ancienne que nous chérissons a choisi cette heure pour rendre l'âme, que la rue était barrée pour le marché, qu'un groupe de vingt personnes était arrivé sans prévenir et que le thé, vous le savez, exige le temps qui lui est dû, de sorte que nous ne voyons pas bien ce qui aurait pu se passer autrement. Au plaisir de vous revoir.",
            "Alors faut comprendre : ce samedi-là y avait la Fête des Lumières, deux serveurs malades, le lave-vaisselle en panne, le livreur en retard, le chef qui sortait d'une opération et la préfecture qui avait fermé la rue. On fait ce qu'on peut hein.",
            "Mon frère il faut comprendre, il y avait délestage dans tout le quartier, le groupe électrogène a refusé, le boucher n'a pas livré à cause du marché, la route de Bobo était coupée, deux serveuses étaient malades et le gaz a fini. Ce n'est pas de notre faute.",
            "ya eu panne de four + livreur en retard + 2 malades + coupure internet + le proprio en vacances donc bon ca arrive c est pas notre faute",
            "Nous tenons à préciser que le report de votre séance résulte de la conjonction d'une absence imprévue, d'une panne informatique, de travaux dans l'immeuble, d'une modification des horaires des transports publics lausannois et d'un afflux exceptionnel de patients, circonstances indépendantes de notre volonté.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for staying with us in Battery Point and for the lovely comments about the breakfast, the view over the Derwent and the fire in the lounge on those chilly Tasmanian evenings. We're so glad you enjoyed the walk up to Salamanca Market and the recommendations from our front desk. We do take every comment seriously, but there was no mould in room 12, full stop, it simply didn't happen. We hope to welcome you back to Hobart one day.",
            "Never happened.",
            "We've been frying fish cakes for thirty years and nobody's ever found a bone in one. Didn't happen, b'y.",
            "This incident did not occur at our supermarket. Our records show no such thing.",
            "Negative. No such incident at this facility.",
        ],
        "fr": [
            "Bonjour et merci pour votre séjour à notre thalasso ! Nous sommes ravis que les enveloppements d'algues, le parcours marin et le dîner au restaurant panoramique vous aient enchantés, et que vous soyez reparti reposé après ces trois jours. Notre équipe de soins est formée avec beaucoup d'exigence et nous sommes fiers de son professionnalisme. En revanche, il n'y a jamais eu de cheveu dans le bain hydromassant, c'est tout simplement faux. Au plaisir de vous accueillir de nouveau.",
            "Faux. Ça ne s'est jamais passé.",
            "Aucun client n'a jamais été malade chez nous, en vingt ans. Impossible.",
            "Non non, ça c'est pas arrivé chez nous, jamais, aita.",
            "Wallah ça n'est jamais arrivé, nos kebbés sont toujours bien cuits, c'est tout.",
        ],
    },
}

BLIND23_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks for the kind words, bab! Just so you know, every customer gets a stamp card, tenth pizza free, whether or not you ever leave us a review. See you soon in Moseley!",
        "Sorry the mackerel wasn't up to scratch on Friday. Please ring us at the shop on 01752 660214 and we'll replace it or refund it, whichever you prefer.",
        "Thank you so much, we'll pass your lovely words on to Morag at reception, she'll be delighted.",
        "We've already refunded the broken train set in full, and we're really sorry it spoiled the birthday morning. The manufacturer has been told about the faulty coupling.",
        "I'm sorry for the long wait on Friday. Our tandoor failed halfway through service, which isn't an excuse, but I wanted you to know why. It's been repaired and we'd love to cook for you again.",
        "We're so sorry your wallet went missing in the store. We've checked our CCTV and passed the footage to the police to help them find it, and our store manager will keep you updated if you call us on the number on our website.",
        "Our parking lot has more potholes than our deep dish has cheese, we know, and it's being repaved in May. Thanks for sticking with us!",
        "Thanks for the three stars and the honest feedback. You're right that the cheese board was a bit thin for the price, and we've added two more cheeses from local farms.",
        "We've checked our booking system and it shows the lesson ran the full hour, but we hear that it felt rushed, and that matters to us. Please give us a call so we can talk it through.",
        "Liam gave you the wrong change and we're sorry; that's on us as a team, not on you. We've refunded the difference and changed how we count the till at busy times.",
        "We were so sorry to hear you lost your old boy. It was a privilege to care for him over the years, and our thoughts are with you and your family.",
        "Congratulations again on your wedding! It was a joy to host you both, and we hope the first year of marriage is as sunny as your day on the beach.",
        "We're sorry you were turned away at the wall on Saturday. Everyone has to pass a short belay check before climbing on ropes, regulars included, because it keeps everyone safe. It takes ten minutes and we'd be glad to do it with you next time.",
        "You're right that our prices went up in October, and we're sorry. Our dairy suppliers raised their prices twice this year and we held off as long as we could. We've kept the weekly deals on bread and milk.",
        "We're very sorry about the shelf that fell on your car in our car park. Our insurer will cover the repair in full, and our manager Gavin will handle the claim with you directly if you email us at customercare@ourstore.co.uk.",
        "Under consumer law you're entitled to a full refund for a sofa with a faulty frame, and we've arranged both the refund and the collection. We're sorry it took two phone calls to sort out.",
        "Thank you for your feedback. You can reach our head office at hello@tearoomnorwich.co.uk or visit us at 3 Tombland, open 9 to 5 every day except Monday.",
        "Thank you! Anyone who refers a friend to our English classes gets a 10% discount on their next term, no strings attached, so do pass the word around if you like.",
        "Salamat po! See you again for more ensaymada!",
        "Thank you. Problem identified: late start. Action taken: instructor rota revised. Apologies for the delay. We look forward to seeing you on the course.",
        "Your concerns regarding the cleanliness of the changing rooms have been shared with the facilities team and an additional cleaning round has been introduced. We apologise for the experience you had.",
        "We're sorry we couldn't offer a place this September. Our nursery has a waiting list because the ratio of staff to children is fixed by regulation, and we'd rather keep it than overcrowd the rooms. We'll be in touch as soon as a place opens up.",
        "Sorry you were turned away at the door on Friday. Our dress code is no sportswear after 10 pm, for everyone, and it's posted on our page. We'd be happy to welcome you next weekend.",
        "Thank you for your message. Green fees went up this season because we re-laid three greens; we know that's not welcome news and we apologise. The twilight rate is still available every evening.",
        "Every rider at our stables wears a hard hat, whatever their age or experience, and we're sorry if our instructor came across as abrupt when explaining it. We'd be glad to have your daughter back.",
        "Thank you for dancing with us all term! The showcase was a joy and we can't wait to see you back in January.",
        "So sorry the roses didn't take. Every plant we sell has a one-year guarantee for every customer, so just bring the receipt and we'll replace them.",
        "We're sorry your wardrobe arrived three weeks late. Our supplier had a factory fire, and we should have told you sooner. Please call us on 0121 496 0000 and we'll arrange a time that suits you for the fitting.",
        "Just a reminder to everyone: Christmas turkey and beef orders close on 18 December. Thanks to all our regulars for another great year!",
        "We're sorry about the bruised peaches. We reported the problem with the cold room to environmental health ourselves last week as a precaution, and the unit has been replaced.",
        "Thank you for your feedback. For privacy reasons we can't discuss anyone's treatment here, but our clinic manager would be glad to talk with you on the phone at any time.",
        "We're sorry your visit didn't go as you hoped. We can't discuss any patient's care in public, so please contact the practice directly and we'll arrange a call with the dentist.",
        "I'm so sorry the colour came out brassy. That's not the result we want for anyone, and we'd love to fix it free of charge whenever suits you.",
        "Thank you for flagging the sesame. Our menu lists the main allergens, but we should have asked about allergies when you ordered, and from now on the staff will ask every table.",
        "Thanks for coming to quiz night! Dave the quiz master says your team name was the best of the year, and we agree.",
        "Guilty as charged, our ice cream does melt faster than we can scoop it in a Cairns summer. Thanks for the laugh and the lovely review!",
        "Thanks for the five stars, y'all made our week! Come on back anytime.",
        "Everyone is welcome to a free trial class at the studio, just book online. Thank you for the kind words about Priya's Sunday flow.",
        "Important safety notice: we are recalling the wooden stacking toy sold between June and August because a small piece may come loose. Please return it for a full refund, with or without the receipt.",
        "Sorry for the awkwardness at the bar. We ask anyone who looks under 25 for ID, it's the law for us and it applies to everybody. We hope you'll give us another go.",
    ],
    "fr": [
        "Merci beaucoup ! Pour info, tous nos clients ont droit à la carte de fidélité, la dixième crêpe offerte, qu'ils laissent un avis ou pas. À bientôt !",
        "Désolés que la sole n'était pas au niveau samedi. Appelez-nous à la poissonnerie au 02 35 71 00 00 et on vous la remplace ou on vous rembourse, comme vous préférez.",
        "Merci infiniment, hein, on transmet vos compliments à Sandrine, elle va être toute contente, sais-tu !",
        "Le remboursement de votre robot pâtissier défectueux a déjà été effectué sur votre compte, et nous sommes vraiment désolés pour ce contretemps avant les fêtes.",
        "Nous sommes désolés pour l'attente de dimanche. Notre four à bois a lâché en plein service ; ce n'est pas une excuse, mais nous tenions à vous dire pourquoi. Il est réparé et nous serions heureux de vous recevoir à nouveau.",
        "Nous sommes navrés pour le vol de votre vélo devant le magasin. Nous avons transmis les images de vidéosurveillance à la police pour aider l'enquête ; n'hésitez pas à passer voir le responsable, il a le numéro de dossier.",
        "On ne va pas se mentir, notre parking est plus petit que nos éclairs au chocolat. Merci de votre patience, et bonne nouvelle : la mairie nous prête la place d'à côté le samedi.",
        "Merci pour vos trois étoiles et votre franchise. Vous avez raison, le plateau de fromages manquait de chèvres, et nous avons ajouté deux producteurs de la Vienne.",
        "Nous avons vérifié notre planning et il indique bien une séance complète d'une heure, mais nous entendons que vous vous êtes senti bousculé. Appelez-nous, on en parle volontiers.",
        "Lucas s'est trompé dans votre commande et nous en sommes désolés : c'est notre responsabilité à tous, pas la sienne seule. Nous vous avons remboursé la différence et revu notre façon de prendre les commandes.",
        "Toutes nos condoléances pour votre compagnon à quatre pattes. Ce fut un honneur de le soigner pendant toutes ces années ; que Dieu vous donne la force, toute la clinique pense à vous et à la famille.",
        "Félicitations pour votre mariage, les mariés ! C'était une vraie fête de vous accueillir, que Dieu bénisse votre foyer et vous donne beaucoup d'enfants.",
        "Désolés que vous n'ayez pas pu grimper sur les voies en moulinette samedi. Tout le monde passe un petit test d'assurage avant, même les habitués, c'est pour la sécurité de tous. Ça prend dix minutes et on le fera avec plaisir avec vous.",
        "Vous avez raison, nos prix ont augmenté en octobre et nous en sommes désolés. Le beurre et la farine ont beaucoup augmenté cette année et nous avons attendu le plus longtemps possible. La baguette, elle, reste au même prix.",
        "Nous sommes désolés pour l'étagère tombée sur votre voiture. Notre assurance prendra en charge la réparation en totalité ; écrivez-nous à service.client@bricolage-reims.fr et notre responsable s'occupe du dossier avec vous.",
        "La loi vous donne droit au remboursement d'un canapé dont l'armature est défectueuse, et nous avons organisé le remboursement et l'enlèvement. Désolés qu'il ait fallu deux appels pour y arriver.",
        "Merci pour votre retour. Vous pouvez nous joindre à contact@fromagerie-vaudoise.ch ou passer à la boutique, rue de Bourg 12 à Lausanne, ouverte du mardi au samedi de 8 h 30 à 18 h 30.",
        "Merci ! Toute personne qui parraine un ami à l'école de langues reçoit 10 % de réduction sur sa prochaine session, sans condition. Faites passer le mot si le cœur vous en dit.",
        "Mauruuru roa ! À très bientôt !",
        "merci pour votre retour desole pour l attente on a rajoute une personne le samedi matin a bientot",
        "Vos remarques concernant la propreté des vestiaires ont été transmises à l'équipe d'entretien et un passage supplémentaire a été mis en place. Nous vous présentons nos excuses.",
        "Nous sommes désolés de ne pas pouvoir vous proposer de place en septembre. La crèche a une liste d'attente parce que le nombre d'enfants par professionnelle est fixé par la réglementation, et nous préférons le respecter. Nous vous recontacterons dès qu'une place se libère.",
        "Désolés que vous n'ayez pas pu entrer vendredi. Notre tenue exigée, c'est pas de jogging après 23 h, pour tout le monde, et c'est affiché sur notre page. On sera contents de vous accueillir le week-end prochain.",
        "Merci pour votre message. Le droit de jeu a augmenté cette saison parce que nous avons refait trois greens ; nous savons que ce n'est pas agréable et nous nous en excusons. Le tarif fin de journée reste disponible tous les soirs.",
        "Au centre équestre, tous les cavaliers portent la bombe, quel que soit leur âge ou leur niveau, et nous sommes désolés si notre monitrice a paru sèche en l'expliquant. Votre fille est la bienvenue quand elle veut.",
        "Merci ben gros d'avoir dansé avec nous toute l'année ! Le spectacle de fin d'année était écoeurant, on a hâte de vous revoir en septembre, là.",
        "Désolés que vos rosiers n'aient pas pris. Toutes nos plantes sont garanties un an pour tous nos clients, rapportez simplement le ticket et on les remplace.",
        "Nous sommes désolés pour les trois semaines de retard de votre armoire. Notre fournisseur a subi un incendie dans son usine et nous aurions dû vous prévenir plus tôt. Appelez-nous au 05 49 00 00 00 et nous fixerons ensemble un créneau de montage.",
        "Petit rappel pour tout le monde : les commandes de chapons et de dindes pour Noël se terminent le 18 décembre. Merci à tous nos fidèles clients pour cette belle année !",
        "Désolés pour les pêches abîmées. Nous avons nous-mêmes signalé le problème de chambre froide aux services d'hygiène la semaine dernière par précaution, et le groupe froid a été remplacé.",
        "Merci pour votre retour. Par respect du secret professionnel, nous ne pouvons pas parler des soins de qui que ce soit ici, mais la responsable du cabinet sera heureuse d'échanger avec vous par téléphone.",
        "Nous sommes désolés que votre consultation ne se soit pas passée comme vous l'espériez. Nous ne pouvons pas évoquer le suivi d'un patient en public ; contactez directement le cabinet et l'ostéopathe vous rappellera.",
        "Je suis vraiment désolée que la couleur ait viré au orangé. Ce n'est pas le résultat qu'on veut pour qui que ce soit, et on vous la refait gratuitement quand ça vous arrange.",
        "Merci de nous avoir signalé le sésame. Notre carte indique les allergènes, mais nous aurions dû vous poser la question à la commande ; désormais l'équipe la pose à chaque table.",
        "Merci d'être venus à la soirée quiz ! Jérôme, notre animateur, a trouvé votre nom d'équipe génial, et nous aussi.",
        "Coupables, nos glaces fondent plus vite qu'on ne les sert quand il fait 35 degrés sur le cours Napoléon. Merci pour le fou rire et pour ce bel avis !",
        "Merci pour les cinq étoiles, yislamo ! Ça nous fait chaud au cœur, revenez quand vous voulez, la porte est toujours ouverte.",
        "Tout le monde peut faire un cours d'essai gratuit au studio, il suffit de réserver en ligne. Merci pour vos mots sur le cours du dimanche de Clémence.",
        "Avis de sécurité : nous rappelons la tour à empiler en bois vendue entre juin et août, car une petite pièce peut se détacher. Rapportez-la pour un remboursement complet, avec ou sans ticket.",
        "Désolés pour le malaise au bar. Nous demandons une pièce d'identité à toute personne qui paraît avoir moins de 25 ans ; la loi nous y oblige et c'est pareil pour tout le monde. On espère vous revoir.",
    ],
}
