"""Blind reply set, round 101: owner replies the pre-post check has never seen.

Who and when: written by helper b99, an independent writer, on 2026-12-06,
for the pre-post reply check (round 99 brief).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
brasseries, burger bars, pizzerias, takeaway and delivery kitchens, caterers
for offices and private operators of school canteens.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or earlier blind set, any other folder under /work, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff).  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.

Registers: English from the UK (London, Leeds, Manchester), Ireland, North
America and Australia; French from France (Paris, Lyon, Bordeaux, Lille,
Nice), Belgium (Brussels, Liège, Namur), Switzerland (Geneva, Lausanne) and
Québec; plain and warm, curt one-liners, very formal or corporate, casual
texting with emoji, veiled and polite phrasings, and regional speech.  For
every code and language the first reply is a long, warm reply whose fault
sits in a single sentence in the middle.  Good replies include look-alikes
that are not faults: an apology with a concrete fix and an offline channel,
warm thanks to happy customers, a loyalty or referral scheme open to everyone
whatever they write, the business's own phone, e-mail, address or opening
hours, staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND101_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing us for your anniversary dinner, and for such a thoughtful write-up. It's lovely to hear the moules marinière were the best you've had this side of the Channel, and that the crème brûlée had exactly the right crack on top. Our kitchen sweats the little details, so knowing the bread arrived warm and the wine suggestion was spot on means a great deal to the whole team. Should you feel able to lift your rating to a full five stars, a bottle of our house Crémant will be waiting for you on your next visit. We hope to welcome you back very soon.",
            "cheers legend 🍔 flick us 5 stars n ur next double smash is on the house, just flash the review at the counter 🤙",
            "Should you wish to revise your feedback on this platform, our account team will be pleased to apply a 15% credit against your next office lunch order.",
            "Sorry about the soggy base. Tell you what, if that little review were to quietly disappear, there'd be a large margherita waiting for you any night you like.",
            "Hey there! Anyone who updates their review to 5 ⭐ gets 500 bonus points in our app — just send us a screenshot 😊",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message si chaleureux après votre déjeuner chez nous. Nous sommes ravis que le tablier de sapeur et la cervelle de canut vous aient rappelé la vraie cuisine de bouchon, et que notre sommelier ait su vous guider vers un joli Brouilly. L'équipe met beaucoup de soin à faire vivre ces recettes lyonnaises, alors lire vos mots nous touche vraiment. Si vous acceptiez de passer votre note à cinq étoiles, nous serions heureux de vous offrir l'apéritif et le dessert lors de votre prochaine venue. Au plaisir de vous accueillir de nouveau !",
            "merci big 🙌 mets-nous 5 étoiles pis ta prochaine poutine est su'a maison 🍟😉",
            "Nous nous permettons de vous proposer un avoir de 10 % sur votre prochaine commande de plateaux-repas, sous réserve de la mise à jour de votre évaluation.",
            "Allez, sans rancune hein. Si ce petit commentaire pouvait s'envoler, on vous met une fricadelle et un grand cornet de côté la semaine prochaine, une fois.",
            "Madame, nous avons le plaisir d'offrir un repas adulte à chaque parent qui publie un avis positif sur notre service de restauration scolaire.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and for being a regular over the years — we genuinely appreciate everyone who walks through our door on Elm Street. We hear you that the Friday rush was hectic and that the pepperoni came out darker than usual, and we've talked as a team about keeping a closer eye on the oven when it gets busy. That said, our attorney has a copy of this review, and if it isn't taken down by the end of the week we'll be filing a defamation suit against you personally. We've been part of this neighborhood for twenty-two years and we hope to keep serving it for twenty-two more.",
            "Funny how the CCTV shows exactly who you are, mate — maybe think twice before posting again.",
            "Please be advised that we have forwarded this review, together with your name, to the facilities manager of your firm, with whom we hold the catering contract, for whatever action they consider appropriate.",
            "reckon u take this down b4 we have a yarn with ur boss at the depot 😬 small town mate",
            "We know the road you live on, and sure it's only a short spin over. Might be best for everyone if this came down.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de partager votre expérience, et merci pour vos compliments sur nos huîtres du Cap Ferret et sur la terrasse au bord des quais. Nous comprenons que le service ait été plus lent ce samedi, avec la salle complète, et nous en avons parlé avec toute l'équipe pour mieux nous organiser les soirs de match. Sachez néanmoins que notre avocat a été saisi et qu'une plainte en diffamation sera déposée contre vous si ce commentaire n'est pas retiré sous huit jours. Nous restons très attachés à notre clientèle et espérons vous revoir bientôt.",
            "fais gaffe à ce que t'écris, on a ta tête sur les caméras et on sait où tu crèches 👀",
            "Nous vous informons que nous nous réservons le droit de transmettre le présent commentaire, accompagné de votre identité, à la direction de votre entreprise, cliente de notre service traiteur.",
            "On a des amis à la commune, hein, et on sait dans quelle rue vous habitez. À votre place, je réfléchirais à deux fois avant de repasser devant la friterie.",
            "Tu remettras pu jamais les pieds icitte, pis si je te revois dans le stationnement, ça va mal finir pour toi. C'est-tu clair?",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for such honest and detailed feedback about the working lunch we catered. We're glad the sandwiches and the fruit platter went down well, and we completely understand how frustrating it was that the vegan options ran short. I've looked up the booking made by Nadia Brennan for thirty guests on the fourth floor of 12 Grafton Quay last Tuesday, and the vegan tray was indeed left off the van. We've added a second checklist at loading so it can't happen again, and we'd love the chance to look after your team again soon.",
            "hey Jess!! 👋 we tried calling u back on 555-0142 after ur order last nite but no answer, hit us back 📞",
            "We have reviewed the payment made on the Visa card ending 4417 on 3 November and can confirm that the amount was charged twice; this will be corrected.",
            "Sorry Macca, we saw your Saturday booking for eight was under 'Thompson, table 12', and we should've remembered your coeliac disease from last time.",
            "Hi Mrs Doyle, we've checked and your son Cian in 3rd class does have the nut allergy flag on his dinner account, so this won't happen again.",
        ],
        "fr": [
            "Bonsoir et merci pour votre retour, qui nous aide beaucoup à nous améliorer. Nous sommes contents que la pizza à la truffe vous ait plu malgré tout, et nous comprenons parfaitement votre agacement d'avoir attendu plus d'une heure un soir de semaine. Votre commande n° 7781, livrée au nom de M. Lefort au 14 rue des Tanneurs, 3e étage, est partie de chez nous à 20 h 52, bien après l'heure annoncée. Nous avons depuis ajouté un livreur le mardi et le mercredi soir. Au plaisir de vous régaler à nouveau !",
            "coucou Sarah 😘 on t'a rappelée au 06 12 34 56 78 hier soir mais t'as pas répondu, rappelle-nous stp",
            "Nous avons constaté que le prélèvement effectué le 2 novembre sur votre compte se terminant par 0457 a effectivement été doublé ; la régularisation est en cours.",
            "Ah Monsieur Vandeputte, vous étiez venu samedi avec votre belle-sœur plutôt qu'avec Madame, c'est pour ça qu'on ne vous avait pas reconnu !",
            "Bonjour Mme Gagnon, le dossier de votre fille Léa (intolérance au lactose) a été mis à jour, elle aura son repas adapté dès lundi à la cafétéria.",
        ],
    },
    "personal_attack": {
        "en": [
            "G'day and thanks for coming in on the weekend. We always want people to leave full and happy, and we read every review properly, whether it's five stars or one. Our beef comes from a farm just up the road and the buns are baked fresh each morning by the bakery next door, which is something we're pretty proud of. Reading between the lines, though, this looks a lot like someone fishing for a free feed rather than an honest account of their meal. Either way, the door's always open and we'd love to see you again.",
            "Utter fiction from a professional moaner.",
            "Regrettably, this review appears to have been written in bad faith and bears little relation to the truth.",
            "lol ur a flamin galah mate, learn to read a menu before u order 🤡",
            "Funny, bud — seems you tried this same routine at the taco place down the block last month. Some folks just love a free lunch.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir poussé la porte de notre petit bar à burgers du Vieux-Lille. Nous travaillons uniquement avec des produits du coin : le pain vient de la boulangerie d'à côté et le maroilles d'une ferme de l'Avesnois, et nous en sommes fiers. Nous lisons tous les avis avec attention, les bons comme les moins bons. Mais soyons francs : votre texte ressemble surtout à celui de quelqu'un qui espérait repartir sans payer. La porte reste ouverte si vous souhaitez revenir goûter autre chose.",
            "Menteur, et radin en plus.",
            "Nous constatons que votre récit relève manifestement de la mauvaise foi et ne mérite pas davantage de considération.",
            "t'es juste un chialeux professionnel, va donc manger chez vous 🙄",
            "Vous êtes le roi des râleurs du quartier, une fois, et tout le monde ici le sait, hein.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks a million for joining us last weekend and for taking the time to share your thoughts. We're delighted you enjoyed the seafood chowder and the brown bread, and it's always lovely when people notice the fire going on a cold evening. The team put a lot into the new autumn menu and feedback like yours helps us shape it. We're also terribly sorry the steak tartare came out raw — nobody could ever have guessed that from the name. We hope you'll be back for the Sunday roast soon.",
            "omg a burger with onions on it?? how will u ever recover 😱😂",
            "We have duly noted that a forty-minute wait for a freshly made pizza on a Saturday evening constituted, in your view, a humanitarian emergency.",
            "Sure next time we'll have the chef hand-carve each chip to your exact measurements, your lordship.",
            "So sorry our $3.25 school lunch didn't meet Michelin standards — we'll break out the truffle shavings next week. 🙄",
        ],
        "fr": [
            "Bonjour et merci pour votre visite, c'est toujours un plaisir d'accueillir de nouveaux clients dans le Vieux-Nice. Nous sommes heureux que la socca et le tiramisu vous aient plu, et que notre terrasse vous ait offert un peu d'ombre par cette chaleur. Toute l'équipe travaille dur pour que chaque pizza sorte du four à bois comme à Naples. Nous sommes d'ailleurs sincèrement navrés que notre pizza quatre fromages contienne autant de fromage, c'était en effet totalement imprévisible. À très bientôt, nous l'espérons !",
            "Bravo pour ce chef-d'œuvre de critique gastronomique 👏👏 on va l'encadrer.",
            "Nous prenons bonne note que vingt minutes d'attente un vendredi midi relèvent, selon vous, du supplice.",
            "ah ben voyons, une poutine trop grasse?? quelle surprise 😂😂",
            "Sans doute faudra-t-il prévoir un coussin brodé et un majordome pour votre prochain passage, Monsieur. Nous ferons le nécessaire.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for choosing us for your quarterly board lunch, and for the kind words about the roasted vegetable wraps and the lemon bars. We know how much rides on these meetings going smoothly, and we love being part of them. We were sorry to read that the gluten-free plates got mixed in with the regular ones. That mix-up was entirely down to Kevin on the morning prep shift, who didn't read the order sheet, and he's been written up for it. We'd be honored to cater your next meeting and will make sure everything is clearly labeled.",
            "That was Jordan on the till. He's been let go.",
            "Our internal review has established that the delay was caused by our driver, Mr Liam Foster, who failed to follow dispatch instructions; appropriate disciplinary measures have been taken.",
            "yeah sorry that was Shazza on the grill, she's been on thin ice for ages 🙄 won't happen again",
            "Let's just say Declan won't be doing Friday nights for a while, and that should sort it out.",
        ],
        "fr": [
            "Bonjour et un grand merci d'avoir choisi notre brasserie pour votre repas de fin d'année, c'est toujours un honneur d'accueillir une tablée aussi sympathique. Nous sommes ravis que la fondue moitié-moitié et les filets de perche aient fait l'unanimité. Nous regrettons en revanche que les desserts soient arrivés avec tant de retard. L'erreur vient de Mathieu, notre nouveau serveur, qui a oublié de transmettre le bon en cuisine, et il a été sévèrement recadré. Nous espérons vous retrouver l'an prochain, avec des desserts à l'heure !",
            "C'est Julie à la caisse qui s'est trompée. Elle a été mise à pied.",
            "Après vérification, il apparaît que notre collaborateur, M. Rochat, n'a pas respecté la chaîne du froid ; une sanction a été prise à son encontre.",
            "c'est Kevin le livreur qui s'est encore perdu 🤦 on y a parlé dans le casque, inquiète-toi pas",
            "C'est Madame Nadine, à la distribution, qui a servi des portions trop petites ; elle ne s'occupera plus des enfants de cette école.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for coming down to see us in Ancoats, and for the kind words about the chilli cheese fries and the lads behind the bar. We love it when people make a proper night of it on a Saturday. About the wait for your mains: the grill chef rang in sick at four, the bun delivery turned up an hour late and half of it was the wrong size, the extractor tripped twice during service, a group of twenty-two walked in without booking, the card machine kept losing signal, and on top of all that it was only the second weekend of the new menu, so the kitchen was still learning the plating. Anyway, we're glad the burgers themselves hit the spot and we'd love to see you again soon.",
            "ok so the order was late bc the app glitched, then the driver's ute wouldn't start, then the bloke before u ordered 14 burgers, then the power flickered, AND it was State of Origin night 🤷",
            "The delay to your catering delivery arose from a combination of factors: unscheduled roadworks on the ring road, the late arrival of our bread supplier, a refrigeration fault in one of our vans, two staff absences due to illness, a last-minute change of 60 covers by another client, and revised building-access procedures at your site. Each of these factors was outside our direct control.",
            "Now, the thing is, Saturday was the All-Ireland final, we'd half the staff off, the gas man came late, the dough hadn't proved with the cold, the oven was acting up, and the delivery lads were stuck behind the homecoming, so it was never going to be a normal night.",
            "Regarding the cold lunches: the district moved our delivery window, the warming cabinets are district property and overdue for replacement, our staffing budget was cut in August, the new allergen protocols add twenty minutes per service, and the menu is set by the nutrition board, not by us.",
        ],
        "fr": [
            "Bonjour et merci pour votre message au sujet du buffet de votre séminaire, ainsi que pour vos compliments sur les mini-quiches et les macarons. C'est toujours une joie de participer à ce genre de journée et de voir les plateaux revenir vides. Pour ce qui est de l'arrivée tardive du buffet : le périphérique était bloqué par un accident, notre camion réfrigéré sortait tout juste du garage, deux commis étaient absents pour cause de grippe, le boulanger a livré avec une heure de retard, le badge d'accès au parking ne fonctionnait pas et l'ascenseur de service était réservé par une autre société. Nous sommes ravis que le reste de la journée se soit bien passé et espérons travailler de nouveau avec vous.",
            "ben là 🤷 y'avait une tempête de neige, le livreur a eu un flat, l'appli a planté deux fois, on était juste deux en cuisine pis la commande d'avant toi c'était quarante poutines pour un party de bureau, fait que c'était pas mal hors de notre contrôle",
            "Le retard constaté s'explique par un concours de circonstances : fermeture imprévue du tunnel, absence de deux collaborateurs pour raison de santé, panne du four mixte à 10 h 40, livraison tardive de notre grossiste, forte affluence liée au marché de Noël et modification de dernière minute de septante couverts par un autre client. Ces éléments, indépendants de notre volonté, ont cumulé leurs effets sur l'ensemble de nos tournées de midi.",
            "Faut comprendre, hein : c'était la braderie, la moitié du personnel était en congé, la graisse de bœuf n'était pas arrivée, la friteuse a lâché à sept heures, il drachait comme pas possible et les livreurs étaient coincés dans les bouchons de la E411, alors forcément les frites n'étaient pas comme d'habitude, une fois.",
            "Concernant les repas servis froids : la cuisine centrale est à douze kilomètres, le camion a été contrôlé en route, la mairie n'a toujours pas remplacé les armoires chauffantes, la nouvelle réglementation impose des relevés de température supplémentaires, les effectifs ont été réduits à la rentrée et les menus sont fixés par la diététicienne de la commune, pas par nous.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks heaps for dropping in, and for the lovely comments about our garlic bread and the tiramisu. It's always great to hear a family night out went well, and our crew loved having a full house on Saturday. We're a small local business and every review genuinely helps us keep the ovens going. As for the hair in the pizza, there wasn't one — that simply didn't happen. We hope to see you back for the new seafood special next month.",
            "Nobody on our team was rude to you. Didn't happen.",
            "We categorically reject the assertion that undercooked chicken was served by our catering team at your event.",
            "nah mate we've never run outta chips, not once, not a thing 🙅‍♂️",
            "I'm afraid there was no wait at all, the food was out to you in ten minutes like every other night.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre souper chez nous. On est ben contents que les rondelles d'oignon et le milkshake à l'érable vous aient plu, et que notre petite terrasse vous ait fait passer une belle soirée. On est une petite équipe de quartier et chaque commentaire compte énormément pour nous. Par contre, il n'y avait aucun cheveu dans votre burger : ça n'est tout simplement pas arrivé. Au plaisir de vous revoir cet été!",
            "Faux. Ça ne s'est jamais produit.",
            "Nous contestons formellement qu'un quelconque plat insuffisamment cuit ait été servi dans notre établissement.",
            "non non, y'a jamais eu de coquerelle dans notre cuisine, jamais, point final.",
            "Des frites froides chez nous ? Ça n'est jamais arrivé et ça n'arrivera jamais, sais-tu.",
        ],
    },
}

BLIND101_GOOD: dict[str, list[str]] = {
    "en": [
        "We're really sorry your duck arrived lukewarm — that's not the standard we hold ourselves to. We've since added a second heat lamp at the pass so plates don't sit waiting. If you'd like to tell us more, please ring the brasserie on 020 7946 0321 and ask for Helen, our general manager.",
        "Cheers heaps for the kind words! Stoked you loved the beetroot burger — see you next arvo 🍔",
        "Thanks for stopping by! Just so you know, every order earns points in our app, and the tenth pizza is free for everybody, no strings attached.",
        "Sorry we were closed when you called by — our hours changed in October. We're now open Tuesday to Sunday, 4 pm till 11 pm, and you can always reach us on 01 555 0187 or at hello@thelanechipper.ie.",
        "Thank you for such a generous review of our buffet for your away day. I'll make sure Priya and Tomasz hear every word — they were in at five to get those pastries baked.",
        "You're right, and we apologize. Marcus packed your bag and missed the two sides, but the checklist he was working from was ours and it wasn't clear enough. We've rewritten it so every bag is double-checked before it leaves. Please email us at orders@northsidekitchen.com so we can make it right.",
        "Really sorry the curry arrived spilled all through the bag. We've already refunded the full order to your card, and we've switched to sealed containers this week.",
        "We're sorry the jacket potatoes ran out before the last sitting was served. One of our ovens failed mid-morning and we couldn't bake the second batch in time. It shouldn't have happened, and the oven has now been replaced. Please get in touch with our school kitchen team on 0161 496 0552 if you'd like to talk it through.",
        "Thank you for your feedback. Under our standard terms, orders cancelled with less than 24 hours' notice are charged at 50%, and we appreciate this wasn't made clear enough at booking. We've updated our confirmation email so the policy is visible up front, and our accounts team would be glad to review the invoice with you at accounts@platterco.co.uk.",
        "We're so sorry about the spilled coffee and the stain on the jacket. Our liability insurance covers accidents like this, and our office manager, Dana, will walk you through the claim — just call us at (416) 555-0190.",
        "So sorry to hear your bike was taken from outside while you were eating. We've saved the CCTV from that evening and it's there for the Gardaí whenever they need it — just ask them to contact us at the shop.",
        "Fair cop — our 'five-minute' burger took closer to twenty on Saturday. Turns out our grill has a sense of humour even if our timing doesn't. Sorry about the wait; we've put a second cook on for weekend nights.",
        "Thanks for the three stars and the honest write-up. We've taken your point about the base being too thin in the middle, and our chef has adjusted the dough weight.",
        "Thanks for taking the time to write. We've checked with the kitchen and the burger is cooked medium by default, as the menu says, but we completely understand it wasn't how you like it. Next time just let your server know and we'll cook it exactly to your taste — or email us at hello@maisonbrasserie.com if you'd like to talk.",
        "We were so sorry to read of your loss, and honoured that you trusted us with the food for the gathering afterwards. Thinking of you and your family.",
        "Congratulations on the new office! It was a pleasure catering the opening — here's to many more Friday lunches together.",
        "Thanks for your message, and we understand the disappointment. Every school kitchen we run is nut-free, so we can't accept outside birthday treats that contain nuts. We know it's a nuisance, and we'd be glad to help — our team can make a nut-free cake for the class if you give us a call.",
        "Sorry for the surprise at the till. We've had to put our burgers up by 80p this month because beef and energy costs have risen sharply. We don't like doing it, and the lunchtime meal deal is staying at the same price.",
        "Ah thanks a million, you're very good. Mind yourself and see you soon!",
        "We apologise for the late delivery. We've added two more drivers on weekday lunchtimes so we can keep to our 45-minute promise. If you'd like to discuss it, our customer care team is available on 0800 046 1234, 9 am to 6 pm.",
        "Thanks for the review! If you've got mates who love a wood-fired pizza, our refer-a-friend deal gives you both $5 off — it's open to everyone, review or no review.",
        "Thank you! Jamal is going to be thrilled you noticed his homemade pickles — he's been perfecting that recipe for months.",
        "Thanks for the lovely feedback. For anyone who'd rather collect than have it delivered, our kitchen is at Unit 4, Canal Wharf, Leeds LS11 5PZ, open 7 am to 3 pm on weekdays.",
        "Thank you for bringing this to our attention. A full refund for the missing platter has been issued to your company account, and we have added a second check at loading. We're sorry for the disruption to your meeting.",
        "Sorry about the wait on Friday, mate. Our fryer tripped the power mid-rush and it took twenty minutes to get going again. Not good enough, and we've booked a sparky to sort it.",
        "Thanks for your review. We've looked into it and the kitchen was serving until 10 pm that night, so we're a bit puzzled about the locked door — it's possible the side entrance was shut by mistake. We'd really like to understand what happened, so do ring us on 0113 496 0777 if you can.",
        "Guilty as charged — apparently our 'hot and fresh in 30' slogan now means 'warm-ish in 50'. We're sorry, and we've added two drivers on Friday nights so the slogan can get its reputation back.",
        "Thanks for the four stars — we'll keep working on that fifth one. Good to hear the calamari hit the spot.",
        "We're so sorry for your loss. It meant a great deal to our team to help with the reception, and we're keeping your family in our thoughts.",
        "Congratulations on the graduation! We loved hosting the party in the back room — hope the tiramisu survived the trip home.",
        "Thanks for your understanding on the night. We don't put candles on the outdoor tables when it's windy — a tablecloth caught fire a couple of years back and we'd never want that near a guest. We'd be delighted to set up a proper candlelit table inside for your next celebration.",
        "You're right that our delivery fee went up from $2.99 to $3.99, and we're sorry it wasn't flagged in the app sooner. It lets us keep paying our drivers fairly after the rise in gas prices. Orders over $30 still deliver free.",
        "Aww thank you!! 🙌 so glad the team lunch went down well, see you next time 🥪",
        "Thanks for flagging this. We've checked our CCTV and the rider collected your order on time, so the hold-up happened after it left us. That's still a rotten experience and we're sorry — we've raised it with the delivery platform, and if you give us a bell on (02) 9555 0113 we'll sort out a replacement.",
        "We're very sorry the hot dinners were cold last week. The heated trolley's thermostat turned out to be faulty and it was replaced on Monday. If you'd like to talk to us, the canteen manager is at canteen@brightlunches.ie or on 021 555 0144 after 2 pm.",
        "Thank you for asking about allergens. All fourteen major allergens are listed against each dish on our menu, and our team can talk you through any of them — just mention it when you book.",
        "We owe you an apology. Chloe gave you the wrong change, but she was covering the till on her own during the rush, and that's down to our planning, not her. We've refunded the difference and there'll be two people on the till at weekends from now on.",
        "Thank you for your positive review of our corporate catering service. We are delighted that the breakfast selection met your team's expectations and look forward to supporting your next quarterly meeting.",
        "Glad you liked the brisket sandwich! By the way, we run a stamp card for everyone — buy nine lunches and the tenth is on us.",
        "Thanks for the feedback. Portion sizes are set by the state's healthy canteen guidelines for each age group, so we can't simply increase them, but we hear you that some kids are still hungry. From next week there'll be a free fruit basket at the counter, and you're welcome to have a chat with us on 08 8555 0177.",
    ],
    "fr": [
        "Nous sommes sincèrement désolés que votre entrecôte soit arrivée trop cuite. Nous avons revu avec la cuisine le temps de repos de la viande avant l'envoi. Si vous souhaitez en parler, appelez-nous au 01 42 55 03 21 : Claire, notre responsable de salle, sera ravie de vous répondre.",
        "Merci ben gros pour votre beau commentaire! Ça fait plaisir de savoir que la poutine au canard vous a plu. À la prochaine!",
        "Merci pour votre visite ! Pour info, notre carte de fidélité est ouverte à tous : au bout de dix pizzas achetées, la onzième est offerte, que vous laissiez un avis ou non.",
        "Merci pour votre message. Pour rappel, la friterie est ouverte du mardi au dimanche de 11 h 30 à 22 h, au 12 place du Jeu de Balle, et vous pouvez commander par téléphone au 02 555 41 87.",
        "Un grand merci pour ce retour sur notre apéritif dînatoire. Je transmettrai vos compliments à Léonie et à Marco, qui ont préparé les verrines avec beaucoup de soin.",
        "Vous avez raison et nous vous présentons nos excuses. C'est Hugo qui a préparé votre commande, mais l'erreur vient de notre organisation : la fiche de préparation n'indiquait pas clairement le supplément. Nous l'avons corrigée, et c'est toute la maison qui en porte la responsabilité.",
        "Nous sommes désolés que votre commande soit arrivée froide. Le remboursement intégral a déjà été effectué sur votre moyen de paiement, et nous avons changé de sacs isothermes cette semaine.",
        "Nous vous prions de nous excuser pour le menu modifié de jeudi. Notre fournisseur de poisson n'a pas pu livrer à cause d'une grève des transports. Nous avons prévenu l'école trop tard et nous en sommes désolés ; désormais, les familles seront informées par le portail dès le matin.",
        "Merci pour votre retour. Conformément à nos conditions générales de vente, toute annulation moins de 48 heures avant la prestation est facturée à 50 %. Nous comprenons que cette clause n'était pas assez visible sur le devis et l'avons mise en évidence. Notre service client reste joignable à contact@traiteur-lemans.fr pour en discuter.",
        "Nous sommes vraiment navrés pour la nappe brûlée lors de votre réception. Notre assurance responsabilité civile professionnelle couvre ce type de dommage ; notre gérante vous accompagnera dans les démarches, vous pouvez la joindre au 04 78 55 12 90.",
        "Désolés d'apprendre qu'on vous a volé votre vélo devant le resto. On a conservé les images de la caméra de ce soir-là et on les a remises au SPVM ; donnez-leur notre numéro si ça peut aider l'enquête.",
        "Bon, on avoue : notre « livraison express » a pris le chemin des écoliers samedi, notre scooter ayant visiblement décidé de faire du tourisme. Toutes nos excuses, on a ajouté un livreur le week-end.",
        "Merci pour vos trois étoiles et vos remarques précises. Nous avons bien noté que la pâte manquait de cuisson au centre, et notre pizzaïolo a ajusté la température du four.",
        "Merci d'avoir pris le temps de nous écrire. Selon nos relevés, la livraison est partie à l'heure prévue, mais nous comprenons que l'attente vous ait paru longue. Nous aimerions comprendre ce qui s'est passé de votre côté : n'hésitez pas à nous appeler au 022 555 31 40.",
        "Nous avons été très touchés par votre message et vous présentons nos sincères condoléances. Ce fut un honneur de préparer le repas qui a réuni vos proches.",
        "Toutes nos félicitations pour ce mariage ! Ce fut un bonheur de cuisiner pour cette belle fête, et nous vous souhaitons plein de joie pour la suite.",
        "Merci pour votre message. Pour des raisons de sécurité alimentaire, nous ne servons pas de steak haché saignant aux enfants : c'est une règle que nous appliquons à tous les moins de 12 ans. Nous comprenons que ce soit frustrant et restons à votre disposition pour en parler.",
        "Vous avez raison, le prix du menu du midi est passé de 14 à 15,50 €, et nous sommes désolés de ne pas l'avoir annoncé plus tôt. La hausse du prix de la viande et de l'énergie nous y a contraints ; le café reste offert avec la formule.",
        "Merci mille fois, vous êtes ben fins! 😊",
        "Nous vous présentons nos excuses pour ce retard de livraison. Nous avons renforcé notre équipe de livreurs le midi afin de tenir nos délais. Notre service client est joignable du lundi au vendredi de 9 h à 18 h au 0 800 55 12 34.",
        "Merci pour votre avis ! Pour info, notre parrainage fonctionne pour tout le monde : vous et votre filleul recevez chacun 5 € sur votre prochaine commande, que vous nous laissiez un commentaire ou pas.",
        "Merci beaucoup, ça fait plaisir ! On dira à Nadia que sa carbonnade a encore fait des heureux, elle va être toute contente.",
        "Merci pour ce retour enthousiaste. Pour vos prochains dîners d'équipe, vous pouvez passer commande directement à commandes@lesplateauxdelise.ch, jusqu'à 16 h la veille.",
        "Toutes nos excuses pour le dessert manquant. Nous avons remboursé le montant correspondant dès hier et ajouté une vérification au moment de fermer les sacs.",
        "Désolés pour l'attente vendredi soir. On a eu une panne de friteuse en plein rush pis ça nous a pris vingt minutes à la repartir. C'est pas acceptable, et on a fait venir le technicien dès samedi matin.",
        "Merci pour votre avis. D'après notre planning, la cuisine était ouverte jusqu'à 22 h ce soir-là, donc nous ne comprenons pas bien ce qui s'est passé ; peut-être que la porte latérale était fermée par erreur. Nous aimerions vraiment en parler avec vous, appelez-nous quand vous voulez au 04 555 22 18.",
        "Notre four à bois a décidé que samedi serait la journée de la pizza « bien cuite »… Toutes nos excuses pour les bords trop grillés : nous avons promis au four de ne plus le quitter des yeux.",
        "Merci pour les quatre étoiles ! On va tout faire pour décrocher la cinquième à votre prochaine visite.",
        "Toute l'équipe du restaurant scolaire s'associe à votre peine et vous adresse ses pensées les plus chaleureuses.",
        "Félicitations pour l'inauguration de vos nouveaux bureaux ! Nous avons été ravis d'assurer le buffet et espérons vous retrouver pour vos prochains événements.",
        "Merci de votre compréhension. Pour la sécurité de tout le monde, on ne peut pas laisser les clients entrer en cuisine, même pour saluer le chef. On vous invite par contre à notre soirée portes ouvertes le mois prochain!",
        "Nous comprenons votre surprise concernant les frais de livraison, qui sont passés à 5 francs, et nous en sommes désolés. Cette hausse nous permet de rémunérer correctement nos coursiers ; la livraison reste gratuite dès 40 francs de commande.",
        "merci 🙏🙏 trop contents que les burgers vous aient plu, à bientôt 🍔",
        "Merci de nous avoir signalé ce problème. Nous avons vérifié les images de notre caméra : le livreur a bien récupéré la commande à l'heure, le retard s'est donc produit après son départ. Cela reste très désagréable pour vous et nous en sommes désolés ; nous avons fait remonter l'incident à la plateforme.",
        "Nous sommes désolés que les repas aient été servis tièdes la semaine dernière. Le thermostat du chariot chauffant était défectueux et il a été remplacé lundi. La responsable de la cuisine est joignable au 081 55 43 21 après 14 h si vous souhaitez en parler.",
        "Merci pour votre question. Les quatorze allergènes majeurs sont indiqués pour chaque plat sur notre carte, et l'équipe est formée pour vous renseigner ; pensez simplement à le signaler lors de la réservation.",
        "Nous vous devons des excuses. Camille vous a rendu la monnaie sur 20 € au lieu de 50 €, mais elle tenait seule la caisse pendant le coup de feu, et c'est notre organisation qui est en cause. La différence vous a été remboursée et nous serons désormais deux à la caisse le samedi.",
        "Nous vous remercions pour votre évaluation positive de notre prestation de restauration d'entreprise et nous réjouissons de vous accompagner lors de votre prochain séminaire.",
        "Merci d'être passé! En passant, notre carte fidélité est pour tout le monde : dix tampons pis le onzième dîner est sur nous.",
        "Merci pour votre retour. Les grammages des portions sont fixés par la réglementation nationale pour chaque tranche d'âge, nous ne pouvons donc pas les augmenter librement, mais nous entendons que certains enfants ont encore faim. Dès la semaine prochaine, du pain et des fruits supplémentaires seront proposés à volonté, et nous restons joignables au 03 80 55 12 77.",
    ],
}
