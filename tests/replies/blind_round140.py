"""Blind reply set, round 140: owner replies the pre-post check has never seen.

Who and when: written by helper w138, an independent writer, on 2026-12-07,
from the brief for blind round 138 (file tests/replies/blind_round140.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hotels with restaurants, inns, guest houses, spa hotels, ski lodges and
campsites, with varied business names and places.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or blind set, any other
folder under /work, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise perfect reply whose fault sits in a single
sentence or clause in the middle; the others are one-liners, texting with
slang and emoji, very formal or corporate wording, veiled and polite
phrasings and regional speech, some signed.

Trades and places: inns and hotel-restaurants in Keswick, Hawes, Ballater,
St Ives, Bath, Kinsale, Cobh, Dingle, Hexham, Oban, the Cotswolds, Alsace,
the Ardennes, Perros-Guirec, Sarlat, Lyon, Marseille, Annecy and Vichy; spa
hotels in Napa, Munnar, Goa, Johannesburg, Biarritz, Évian, Montreux,
Gérardmer and Vittel; ski lodges and chalets in Aviemore, Banff, Aspen,
Wanaka, Hanmer Springs, Chamonix, Crans-Montana, Saas-Fee and Québec;
guest houses and campsites in Norfolk, Vaison-la-Romaine, Argelès, the Jura,
Durbuy, Tadoussac, Saly, Toubab Dialaw, Kribi, Grand-Bassam, Morondava,
Ouagadougou, Marrakech, Darjeeling, Manali, Durban, the Drakensberg, the
Kruger and the Australian and New Zealand coasts.

Registers: French from Alsace, Brittany, Provence, the Basque coast,
Périgord, Burgundy, Marseille and Savoie, Belgium, Switzerland, Québec,
Senegal, Côte d'Ivoire, Cameroon, Burkina Faso, Madagascar and Morocco,
texting, very formal administrative French and unaccented French; English
from England, Scotland, Ireland, the United States, Canada, Australia, New
Zealand, South Africa and India, plain, warm, curt, corporate and texting
with emoji.  Good replies include look-alikes that are not faults: a loyalty
or referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a
named employee's mistake owned by the business, a refund already made, one
honest reason given with an apology, legal terms, insurance, the police or
CCTV mentioned neutrally or to help the customer, a joke at the business's
own expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND140_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up after your stay at the Fellside Inn in "
                "Keswick. We're thrilled the Sunday roast lived up to its reputation and that the room "
                "overlooking Derwentwater made for such a peaceful weekend. Our kitchen team works "
                "hard to source lamb from the farms just up the valley, so your kind words about the "
                "slow-cooked shoulder will be passed straight on. We're sorry the bathroom radiator "
                "took a while to warm up, and our maintenance man has already bled the whole system. "
                "If you felt able to bump your review up to five stars, we'd love to treat you to a "
                "complimentary bottle of wine with dinner next time. Thanks again for choosing us, and "
                "we hope to see you back on the fells soon."
            ),
            "Cheers legend 🙌 chuck us 5 stars and ur next night at the caravan park is on the house 🏕️😎",
            (
                "Should you elect to revise your rating upon reflection, our Guest Relations team will "
                "be pleased to apply a 20% preferential rate to your next reservation at the "
                "Harbourview Spa Hotel."
            ),
            (
                "Shame man, sorry the braai area was full 😔 we were kinda hoping you'd reconsider that "
                "2 star... there's a free sundowner drive waiting for guests who do 😉 – Riaan, Kruger "
                "Gate Lodge"
            ),
            (
                "Respected Sir, kindly remove this review at the earliest and we shall be happy to "
                "provide complimentary Ayurvedic massage for two persons during your next stay. "
                "Regards, Management, Green Valley Spa Resort, Munnar"
            ),
        ],
        "fr": [
            (
                "Un grand merci pour ce message si chaleureux après votre séjour dans notre maison "
                "d'hôtes de Riquewihr. Nous sommes ravis que le petit-déjeuner avec le kougelhopf "
                "maison et les confitures de ma belle-mère vous ait régalés. La balade dans les vignes "
                "jusqu'au Schoenenbourg est l'une de nos préférées, et nous sommes contents que le "
                "petit plan dessiné à la main vous ait été utile. Nous avons bien noté la remarque sur "
                "l'oreiller un peu trop ferme et avons commandé des oreillers à mémoire de forme pour "
                "chaque chambre. Si vous pouviez passer votre avis à cinq étoiles, nous vous "
                "offririons avec plaisir une nuit supplémentaire lors de votre prochain passage. Au "
                "plaisir de vous accueillir à nouveau en Alsace ! Martine et Jean-Paul"
            ),
            "Merci ben gros! Mets-nous 5 étoiles pis ton prochain souper au chalet est sur nous autres 🍁😉",
            (
                "bonjour, si vous enlevez votre commentaire on vous rembourse la taxe de sejour et on "
                "vous offre l apero au camping l ete prochain"
            ),
            (
                "Madame, Monsieur, nous avons l'honneur de vous informer qu'une remise de 15 % sur "
                "votre prochain séjour vous sera consentie dès réception de la modification de votre "
                "appréciation. Veuillez agréer nos salutations distinguées. La Direction, Hôtel-Spa "
                "des Thermes, Évian-les-Bains"
            ),
            (
                "Merci mon frère pour votre passage à l'auberge de Saly. On espère que vous penserez à "
                "revoir cette petite note, une surprise attend à la réception les clients qui le font "
                "😊 – Moussa"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for taking the time to write about your week with us at Cairngorm Lodge in "
                "Aviemore, and we're glad the kids loved the ski school. It's been a tricky start to "
                "the season with the snow arriving late, and we really appreciate guests who roll with "
                "it the way your family did. The drying room heaters are being upgraded this month, so "
                "boots should be bone dry by morning from now on. However, if the comment about our "
                "bar staff isn't edited by Friday, our solicitor will be in touch with you directly. "
                "We're always happy to hear feedback, and the hot chocolate menu you mentioned is "
                "definitely staying. Hope the rest of your winter is a good one."
            ),
            (
                "We have your details from the booking. Take this down or they go to our legal people. "
                "– Management, The Old Mill Inn, Kinsale"
            ),
            (
                "mate post one more review like this and ur banned from every holiday park on the "
                "coast, we all talk to each other 😤"
            ),
            (
                "Please be advised that our legal department is reviewing this post and reserves the "
                "right to pursue all available remedies against its author. — Guest Services, Aspen "
                "Ridge Resort & Spa"
            ),
            (
                "We would gently remind you that your car registration is on our CCTV, and we would "
                "hate for your employer to hear about your evening in our bar. Kind regards, the Spa "
                "at Ribble Hall"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre expérience à l'Auberge du "
                "Moulin, à La Roche-en-Ardenne. Nous sommes heureux que la truite au bleu et la "
                "terrasse au bord de l'Ourthe vous aient plu. Nous comprenons que le bruit de la route "
                "le samedi matin ait pu gêner votre sommeil, et nous installons des doubles vitrages "
                "dans les chambres côté rue cet hiver. Sachez néanmoins que si ce commentaire n'est "
                "pas retiré d'ici la fin de la semaine, notre avocat prendra contact avec vous "
                "personnellement. Nous restons très attachés aux retours de nos clients, et nous "
                "espérons que la descente en kayak vous laissera un bon souvenir. Belle fin d'année à "
                "vous !"
            ),
            "Nous avons déposé plainte. Vous serez contacté par la gendarmerie. Camping Les Pins, Argelès",
            "on sait qui vous etes et ou vous habitez, reflechissez bien avant d ecrire ce genre de chose",
            (
                "Madame, nous vous informons que votre publication a été transmise à notre service "
                "juridique, lequel se réserve la faculté d'engager toute procédure utile à votre "
                "encontre. La Direction, Grand Hôtel du Lac, Montreux"
            ),
            (
                "Ma sœur, faites attention à ce que vous écrivez sur internet hein, le patron connaît "
                "du monde en ville et ces choses-là ont des conséquences. – Hôtel La Falaise, Kribi"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for your thoughtful review and for celebrating your anniversary with us at "
                "the Tide House in St Ives. We're delighted the crab linguine and the view over "
                "Porthminster beach made the evening feel special. You're quite right that the "
                "sea-view room was chilly on the first night, and we've since had new thermostatic "
                "valves fitted throughout the second floor. Mrs Hargreaves, we've checked booking ref "
                "TH-48213 for your stay of 14–16 November and can confirm the late checkout was added "
                "as you asked. Our restaurant team were thrilled to hear the sticky toffee pudding was "
                "a hit. We'd love to welcome you both back for next year's anniversary."
            ),
            "Refund sent to your card ending 4471 this morning. – Front desk, Birchwood Inn",
            (
                "hey Jess!! 👋 we called ur cell 604-555-0192 like 3 times lol pls call back re: the "
                "cabin deposit 🙏🏕️"
            ),
            (
                "Dear Mr Daniel Okafor, further to your stay in Room 214 with Ms Lerato Dube on the "
                "weekend of 3 October, we have reviewed your concerns. – Guest Experience, The "
                "Westcliff Spa, Johannesburg"
            ),
            (
                "Dear guest, as you gave your address as 12 Park Street, Kolkata at check-in, we have "
                "sent the forgotten charger there by courier. Warm regards, Hill View Guest House, "
                "Darjeeling"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long retour sur vos vacances au camping Les Oliviers, près "
                "de Vaison-la-Romaine. Nous sommes très contents que les enfants aient profité du "
                "toboggan aquatique et des soirées pétanque du mardi. Vous avez raison pour les "
                "sanitaires du bloc B, le ménage n'était pas assez fréquent en pleine saison, et nous "
                "avons ajouté un passage l'après-midi dès cet été. Monsieur Lefèvre, nous avons bien "
                "retrouvé votre réservation n° CLO-2291 pour l'emplacement 47, du 8 au 22 juillet, "
                "avec votre épouse et vos trois enfants. Le snack a aussi noté votre remarque sur les "
                "frites, et la friteuse a été changée. Nous espérons vous revoir l'an prochain sous "
                "les platanes !"
            ),
            (
                "Votre caution de 300 € a été restituée sur l'IBAN FR76 3000 4000 0312 3456 7890 143, "
                "comme demandé."
            ),
            (
                "Allo Marie-Ève! On a essayé de te rejoindre au 418-555-0147 pour ta réservation du "
                "chalet, rappelle-nous 😊"
            ),
            (
                "Monsieur Dupont, nous accusons réception de votre réclamation relative à la chambre "
                "312, occupée du 12 au 14 mars en compagnie de Mme Sophie Marchal. Veuillez agréer nos "
                "salutations distinguées. La Direction, Hôtel des Sources, Vichy"
            ),
            (
                "bonjour, on vous a renvoye l echarpe oubliee a votre adresse, rue des Tilleuls 14 a "
                "Namur, elle devrait arriver demain. bonne journee, l equipe du gite"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for staying with us at the Black Bull in Hawes and for taking the time to "
                "write such a detailed review. We're pleased the Wensleydale cheese board and the log "
                "fire in the snug made your evenings cosy. The Wi-Fi in the annexe rooms has always "
                "been patchy because of the thick stone walls, and we've now ordered a booster for "
                "each room. To be honest, though, it was clear you were after a free night from the "
                "moment you arrived, which is why the noise only came up at checkout. We hope the walk "
                "up to Hardraw Force was as lovely as it usually is at this time of year. Thanks "
                "again, and safe travels home."
            ),
            "You were rude to every member of staff all weekend and, frankly, an embarrassment to yourself.",
            "lol ur literally lying, u never even stayed in cabin 6 🤡",
            (
                "It is apparent that this review was written in bad faith by a guest seeking leverage "
                "for a refund to which they were not entitled. – Management, Lakeshore Inn & Spa"
            ),
            (
                "With the greatest respect, a guest who shouts at waitresses and leaves a room in that "
                "state is in no position to lecture anyone about standards. – Owner, Mountain Haven "
                "Lodge, Drakensberg"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre hôtel-restaurant de Perros-Guirec pour votre "
                "week-end en amoureux. Nous sommes ravis que le plateau de fruits de mer et la vue sur "
                "Ploumanac'h vous aient plu. Le chauffage de la chambre 8 a effectivement fait des "
                "siennes, et un technicien est passé dès le lundi suivant pour remplacer le "
                "thermostat. Il faut quand même dire que vous cherchiez visiblement un prétexte pour "
                "ne pas payer le dîner dès votre arrivée. Nous avons aussi transmis vos compliments "
                "sur le kouign-amann du petit-déjeuner à notre pâtissier. Au plaisir de vous revoir "
                "sur la côte de granit rose."
            ),
            "Vous êtes un menteur, point.",
            "franchement t es juste un rageux qui voulait une nuit gratos, va voir ailleurs",
            (
                "Madame, votre comportement lors de votre séjour témoigne d'un manque d'éducation que "
                "notre personnel n'avait encore jamais rencontré. La Direction"
            ),
            (
                "Franchement, on a rarement vu un client aussi chialeux pis malhonnête que vous. – "
                "Auberge du Lac-Beauport"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks a million for staying with us at Seaview House in Dingle, and we're delighted "
                "you enjoyed the full Irish and Mairead's brown bread. The rain did its best all week, "
                "but we hope the drive round Slea Head still gave you a few good views between the "
                "showers. You're right that the shower in room 3 takes a while to run hot, and a new "
                "electric unit is being fitted next week. And congratulations on being the first guest "
                "in forty years to discover that Ireland has weather, we'll be sure to have it "
                "switched off for your next visit. The pub recommendations seem to have gone down "
                "well, which is always good to hear. Safe home, and thanks again."
            ),
            "Oh nooo, a whole 5 minute wait for towels?? 😱 how did u ever survive 🙄",
            (
                "We are truly honoured that a guest of such evident expertise chose to grace our "
                "modest little spa with such profound insights. – Management, Sundara Spa Hotel, Goa"
            ),
            "Sorry the kangaroos weren't running to your schedule mate, we'll have a word with 'em 🦘",
            (
                "Thank you ever so much for letting us know that a campsite in a field may "
                "occasionally contain grass. Most enlightening. – The Team, Meadowbank Camping, "
                "Norfolk"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur votre semaine au Chalet des Aiguilles, à "
                "Chamonix. Nous sommes très contents que la fondue aux trois fromages et le sauna "
                "après le ski vous aient plu. Vous avez raison, le casier à skis de votre étage était "
                "trop petit pour quatre paires, et nous en avons installé un deuxième. Et mille "
                "excuses, vraiment, pour toute cette neige sur les pistes en plein mois de février, on "
                "tâchera d'en commander moins la prochaine fois. Notre moniteur partenaire garde un "
                "excellent souvenir de votre groupe. Au plaisir de vous revoir au pied du Mont-Blanc."
            ),
            "Ah oui quel drame, un croissant un peu tiède 😱 on s'en remettra jamais 🙄",
            (
                "Nous vous remercions infiniment de nous avoir appris qu'un camping se situe en plein "
                "air. Votre perspicacité nous honore. La Direction"
            ),
            (
                "Oh ben merci hein, on ne savait pas qu'il pleuvait en Belgique, heureusement que vous "
                "êtes là pour nous le dire 🙃"
            ),
            (
                "Pardon oh, on va demander au soleil de se coucher plus tard pour vous la prochaine "
                "fois, vu que notre plage ne vous convient pas 😂 – Hôtel Assinie Plage"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you so much for choosing the Vineyard Rose Inn & Spa for your weekend away in "
                "Napa. We're so glad the couples massage and the tasting dinner on the terrace were "
                "highlights for you. The pool heater was indeed on the fritz on Saturday morning, and "
                "our engineer replaced the control board that afternoon. The mix-up with your dinner "
                "reservation was entirely down to Kyle at the front desk, who forgot to put it in the "
                "book. We hope the dessert we sent over helped a little. We'd love to see you back in "
                "wine country soon."
            ),
            "soz about the cold brekkie, that was Dave in the kitchen again 🙄 he's been told",
            (
                "Following an internal investigation, we have established that the error was caused by "
                "our reservations agent, Ms Priya Nair, who has been subject to disciplinary "
                "procedures."
            ),
            "Breakfast wasn't great because Morag was on and she can't cook. Sorted now.",
            (
                "We've looked into it and, between us, the room simply wasn't checked by Thabo before "
                "you arrived. Sorry about that. – Amanzi Guest House, Durban"
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour votre message après votre séjour à l'Hostellerie du Périgord, à "
                "Sarlat. Nous sommes heureux que le magret et les noix caramélisées du dessert vous "
                "aient séduits. Le parking était effectivement complet le samedi à cause du marché, et "
                "nous avons depuis passé un accord avec le parking municipal voisin. Pour l'attente au "
                "dîner, c'est notre serveur Julien qui a oublié de transmettre votre commande en "
                "cuisine, il a été recadré. Nous espérons que la visite de Castelnaud vous a plu "
                "malgré la pluie. Au plaisir de vous revoir en Dordogne."
            ),
            "dsl pr le ménage, c'est Kevin qui a zappé ta chambre 🙄 on lui a dit",
            (
                "Après vérification, il apparaît que l'erreur de facturation est imputable à Mme "
                "Chantal Rochat, réceptionniste, qui a saisi un tarif erroné. La Direction, Hôtel des "
                "Alpes, Crans-Montana"
            ),
            "C'est Steve au bar qui s'est trompé dans la facture, pas nous autres.",
            (
                "Toutes nos excuses, le problème de climatisation vient d'Issouf, notre technicien, "
                "qui n'est pas passé comme prévu. – Hôtel Le Baobab, Ouagadougou"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for staying at the Glen Inn in Ballater, and for the kind words about our "
                "venison stew and the walks along the Dee. We're glad the four-poster room was as "
                "comfortable as it looked in the photos. About breakfast: the delay was because our "
                "second chef was off sick, the bread came late from Aberdeen, the dishwasher had "
                "broken the night before, two coach parties arrived early, the toaster tripped the "
                "fuse twice and the new booking system double-counted the tables, so there was really "
                "nothing more we could have done. The hillwalking map you asked for is waiting for you "
                "at reception. We hope you'll come back in the spring when the heather is out."
            ),
            (
                "not our fault tbh, snow was late, lifts were on wind hold, staff were stuck on the "
                "pass, the groomer broke AND the power went out 🤷‍♂️"
            ),
            (
                "Please note that the noise originated from a private function booked months in "
                "advance, permitted under our licence, managed in line with our policy, monitored by "
                "our duty manager, concluded at 11:30pm as scheduled, and disclosed in our terms, on "
                "our website and in our confirmation e-mail."
            ),
            (
                "Sir, the water was cold only because of municipal supply issue, then the boiler part "
                "was not available in Shimla, then the technician could not come due to landslide, "
                "then the holiday rush, then the power cut from electricity board, so kindly "
                "understand it was beyond our control."
            ),
            (
                "Look, the amenities block was shut because the council changed the rules, the plumber "
                "was booked out, the septic truck was late, school holidays started early and half our "
                "staff were crook, so our hands were pretty much tied."
            ),
        ],
        "fr": [
            (
                "Merci pour votre avis détaillé sur votre séjour à l'Hôtel Thalasso Côte Basque, à "
                "Biarritz. Nous sommes ravis que les soins aux algues et le dîner au restaurant "
                "panoramique vous aient laissé un si bon souvenir. Concernant la piscine fermée le "
                "dimanche, il faut savoir que la pompe avait lâché la veille, que le technicien était "
                "en congé, que la pièce devait venir de Bordeaux, que l'ARS exige une analyse de l'eau "
                "avant toute réouverture, que le laboratoire était fermé le week-end et que nous "
                "avions trois mariages à gérer ce jour-là, donc nous n'avions vraiment aucune marge. "
                "Le personnel du spa a été très touché par vos compliments. Nous espérons vous "
                "retrouver face à l'océan très bientôt."
            ),
            (
                "c pas nous hein, la chaudière a lâché, le plombier répondait pas, y avait la grève, "
                "la neige sur la route et en plus le livreur de fioul était en retard 🤷"
            ),
            (
                "Madame, le retard de service s'explique par l'absence imprévue de deux cuisiniers, la "
                "livraison tardive de nos fournisseurs, une panne du piano de cuisson, l'affluence "
                "liée au salon régional, les nouvelles normes d'hygiène et la réorganisation de notre "
                "salle, éléments qui échappaient tous à notre contrôle."
            ),
            (
                "Écoutez, la route était fermée à cause du verglas, Hydro a coupé le courant, le gars "
                "de la génératrice était en vacances, le déneigement a pris du retard pis on avait une "
                "noce de 150 personnes, ça fait qu'on pouvait pas faire mieux."
            ),
            (
                "Il faut comprendre que le délestage de la Jirama, la pénurie de gasoil pour le groupe "
                "électrogène, la saison des pluies, la route coupée et les fêtes de fin d'année ont "
                "tout compliqué, ce n'était pas de notre ressort. – Hôtel Les Baobabs, Morondava"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for staying with us at the Elk Ridge Lodge in Banff, and for the lovely "
                "comments about the fireplace lounge and the view of Cascade Mountain. We're glad the "
                "shuttle to Sunshine Village worked so smoothly for your group. You're right that the "
                "hot tub was closed on Tuesday; it was being drained for its weekly clean, and we "
                "should have posted a notice. As for the mould in the bathroom, that simply never "
                "happened, as there is no mould anywhere in this building. Our breakfast team were "
                "delighted with your compliments on the wild-blueberry pancakes. We hope to welcome "
                "you back for another powder week."
            ),
            "This did not happen. End of story.",
            "nah no way, our beds have NEVER had bed bugs, not once 🙅‍♀️",
            (
                "We categorically refute the assertion that any member of our team was discourteous; "
                "such conduct is not possible under our service standards."
            ),
            (
                "Impossible, Madam. Our kitchen has never served undercooked chicken in twenty-two "
                "years. – Chef-owner, Coorg Spice Inn"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour après ces vacances au camping du Lac de Chalain, "
                "dans le Jura. Nous sommes heureux que la baignade surveillée et le marché de "
                "producteurs du jeudi aient plu à toute la famille. Vous avez raison pour le wifi, il "
                "ne portait pas jusqu'aux emplacements du fond, et nous avons installé une nouvelle "
                "borne près de l'aire de jeux. En revanche, il n'y a jamais eu de rats près des "
                "poubelles, c'est tout simplement impossible chez nous. Le snack a bien pris note de "
                "votre suggestion de proposer des plats végétariens. Au plaisir de vous revoir au bord "
                "du lac."
            ),
            "C'est faux. Cela ne s'est jamais produit.",
            "n importe quoi, y a jamais eu de cafards dans nos chambres, jamais",
            (
                "Nos équipes ne font jamais attendre un client plus de dix minutes ; les faits que "
                "vous décrivez ne peuvent donc pas avoir eu lieu. La Direction, Hôtel du Parc, Genève"
            ),
            (
                "Voyons donc, y'a jamais personne qui a fumé dans nos chambres, c'est impossible. – "
                "Gîte du Fjord, Tadoussac"
            ),
        ],
    },
}

BLIND140_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for your honest review, and I'm so sorry your dinner arrived lukewarm. That "
            "isn't the standard we aim for, and I've gone through the pass routine with the "
            "kitchen so plates now go out the moment they're ready. I'd really like to put this "
            "right, so please drop me a line at manager@thecrescentbath.co.uk. – Sophie, General "
            "Manager"
        ),
        (
            "Thank you so much for the five stars! We're thrilled you enjoyed the hot pools and "
            "the mountain views. Hope to see you again next season. – The team at Hanmer Alpine "
            "Lodge"
        ),
        (
            "Thanks for staying with us! Just so you know, every guest can join our free "
            "Innkeepers' Club at reception, and every fifth night is then half price. Hope to see "
            "you back in the Cotswolds."
        ),
        (
            "We're sorry the heating failed in your cabin. Our maintenance line is open 24/7 on "
            "0800 555 0134, and the duty manager can move you straight away if it ever happens "
            "again. Please give us a ring so we can talk about a partial refund."
        ),
        (
            "Thanks for the lovely words about Aisling at reception, we'll make sure she sees "
            "this, she'll be chuffed! Thank you for staying at the Harbour Inn in Cobh."
        ),
        (
            "You're right, and I'm sorry. Tom on our front desk gave you the wrong check-in time, "
            "but that's on us as a business: we hadn't updated our staff notes after the winter "
            "changes. We've fixed them, and I've refunded your early-arrival fee. – Rachel, owner"
        ),
        (
            "We've refunded the cost of the spa treatment that was cancelled, and it should show "
            "in three to five working days. Sorry again for the disappointment, and thank you for "
            "your patience. – Guest Relations, Kinross Spa Hotel"
        ),
        (
            "I'm sorry the pool was closed during your stay. A pump failed and the replacement "
            "part took two days to arrive. We should have told you at check-in, and we now post a "
            "notice on our booking page whenever a facility is out of action."
        ),
        (
            "Thank you for your feedback. Our cancellation policy is set out in our terms and "
            "conditions, which allow free changes up to 48 hours before arrival. I appreciate that "
            "wasn't clear on the site you booked through, and I've asked them to update the "
            "listing. Please contact reservations@pinecresthotel.com and we'll see what we can do."
        ),
        (
            "So sorry to hear your car was scratched in our car park. Our insurance covers "
            "incidents on the premises, so please e-mail frontdesk@riverbendinn.ca with a photo "
            "and we'll open a claim for you straight away."
        ),
        (
            "We're very sorry your bike was taken from the campsite rack. We've handed our CCTV "
            "footage to the Gardaí to help with their enquiries, and we're building a locked bike "
            "shed before next summer. Please ring us on 066 915 0199 if there's anything else we "
            "can do."
        ),
        (
            "Thanks for staying with us! You're right, our lift is slower than the average "
            "Highland sheep, and we've asked the engineers to look at it before the ski season. "
            "Glad the breakfast made up for it."
        ),
        (
            "Thank you for your review. Our records show the room was serviced on both days, but "
            "I'd like to understand what you saw, because it clearly wasn't the standard you "
            "expected. Please call me on 02 9555 0172 so we can talk it through. – Mark, Manager, "
            "Bondi Beach Guesthouse"
        ),
        (
            "We were so sorry to hear that your trip was cut short by a bereavement in the family. "
            "Please accept our deepest condolences. We have cancelled the remaining nights without "
            "charge, and you'll always be welcome here when the time is right."
        ),
        (
            "Congratulations to you both on your wedding, and thank you for choosing our lodge for "
            "the celebration! The whole team loved being part of your day."
        ),
        (
            "Thank you for your feedback. We understand it was disappointing that the children "
            "couldn't use the sauna. For safety reasons our sauna is for guests aged 16 and over, "
            "as the heat affects young children much faster than adults. Our family pool is open "
            "until 8pm, and we'd be happy to book you a private family session next time."
        ),
        (
            "You're right that our rates went up this year, and I'm sorry it came as a surprise. "
            "The cost of heating the spa pools nearly doubled, and we chose to raise prices rather "
            "than cut opening hours. We should have explained this more clearly, and there's now a "
            "note on our website."
        ),
        (
            "Thank you for taking the time to write such detailed feedback. Your notes on the "
            "breakfast buffet, the signage to the spa and the pillow menu are genuinely useful, "
            "and we've already shared them with the team."
        ),
        "Awww thank u sooo much!! 🥰🏕️ so glad u loved the glamping tent & the fire pit, come back soon!! 🔥",
        (
            "Thank you for your review. We regret that your experience did not meet expectations. "
            "Our Guest Relations team has reviewed the housekeeping schedule for your floor, and "
            "additional checks are now in place. We would welcome the opportunity to discuss this "
            "further at guestrelations@meridianspahotel.com."
        ),
        "Thanks for the review. Sorry about the early noise, we've moved deliveries to after 9am.",
        (
            "Thank you for staying with us at Himalayan Nest, Manali. We are sorry the hot water "
            "was not consistent. We have now installed a solar-backed geyser in every room. Kindly "
            "contact us on +91 98160 55501 for any further help."
        ),
        (
            "Thanks so much for the lovely review! Glad you enjoyed the game drives and the braai "
            "under the stars. Sipho and the kitchen team send their regards. Hope to see you back "
            "in the bushveld soon."
        ),
        (
            "Thanks for the kind words! If any friends are thinking of visiting, our referral "
            "scheme gives both you and them 10% off a future booking. It's open to every guest, "
            "whether or not they leave a review."
        ),
        (
            "Sorry you found the restaurant closed when you arrived. Our kitchen serves from 6pm "
            "to 9pm, Tuesday to Sunday, and our sister inn at 4 Market Square, Hexham, is open on "
            "Mondays. We've added these times to our confirmation e-mails."
        ),
        (
            "Thanks for the three stars and the honest comments. You're right that the bathrooms "
            "are due a refresh, and they're being redone in January. We hope you'll give us "
            "another try once they're finished."
        ),
        (
            "G'day and thanks for the feedback. Sorry the camp kitchen was so crowded over Easter. "
            "We're adding a second barbecue shelter before the next school holidays. Cheers, Bec & "
            "the team at Bells Beach Holiday Park"
        ),
        (
            "Thank you for the feedback about the ski-in access. You're right, the trail was icy, "
            "and we should have warned guests at check-in. Our grooming crew now checks it every "
            "morning before 8am. We hope to see you on the slopes again."
        ),
        (
            "Kia ora and thank you for staying with us at Lakefront Lodge in Wanaka. We're sorry "
            "the bed was uncomfortable, and we've replaced that mattress. Please get in touch at "
            "stay@lakefrontwanaka.co.nz if you'd like to talk it over."
        ),
        (
            "Ah thanks a million for the lovely review! Delighted the seafood chowder hit the spot "
            "after your day on the Wild Atlantic Way. You're welcome back any time. – Niamh & all "
            "at the Quay House"
        ),
        (
            "We're sorry your evening was disturbed by the group in the car park. Our night "
            "manager called the police, who came out and moved them on, and we've since added "
            "lighting and a security patrol at weekends."
        ),
        (
            "I'm so sorry that your gluten-free request wasn't followed at dinner. That's a "
            "serious failing, and we've retrained the kitchen and added allergy labels to every "
            "order. Please call me directly on 01539 555 203, as I'd like to apologise properly. – "
            "James, Head Chef"
        ),
        "Thanks so much, it was lovely having you with us!",
        (
            "Thanks for your review. We understand it was frustrating that dogs aren't allowed in "
            "the dining room. That rule comes from our food-safety inspection, but dogs are very "
            "welcome in the bar and on the terrace, where we serve the full menu."
        ),
        (
            "Thank you for your feedback. We don't believe any extra charges were added to your "
            "bill, but we'd like to check this carefully with you. Could you contact our accounts "
            "team at accounts@ridgewaylodge.com so we can go through it together?"
        ),
        (
            "Sorry the snow was so thin during your week. We can't control the weather, but we "
            "should have offered more to do on the off days, and we've now set up snowshoe tours "
            "and a ski-touring clinic for when the pistes are poor."
        ),
        "so sorry about the wifi 😬 new router going in this week, promise! msg us anytime on 07700 900123 📱",
        (
            "Thank you for your generous feedback. We are delighted that our concierge, Arjun, "
            "made your stay in Jaipur so memorable, and we will share your kind words with him and "
            "the entire team."
        ),
        (
            "Thanks for the lovely review! We'd love to take credit for the sunshine, but we're "
            "only responsible for the scones. Glad you enjoyed both. – The Wee Bothy Guest House, "
            "Oban"
        ),
        (
            "Please accept our sincere apologies for the overbooking. We have refunded your first "
            "night in full and covered the taxi to our partner hotel, and we've changed our system "
            "so a room can't be sold twice. – Reservations Manager, Cape Quarter Hotel, Cape Town"
        ),
    ],
    "fr": [
        (
            "Merci pour votre retour, et toutes nos excuses pour l'attente au dîner. Ce n'est pas "
            "le service que nous voulons offrir, et nous avons renforcé l'équipe de salle le "
            "week-end. N'hésitez pas à nous écrire à contact@aubergedessaones.fr pour en parler. – "
            "Claire, directrice"
        ),
        (
            "Merci beaucoup pour ce beau 5 étoiles! Toute l'équipe du chalet est bien contente que "
            "vous ayez profité du spa nordique. Au plaisir de vous revoir cet hiver!"
        ),
        (
            "Merci pour votre séjour ! Pour info, notre carte de fidélité est gratuite et ouverte "
            "à tous nos clients : la cinquième nuit est offerte, il suffit de la demander à "
            "l'accueil."
        ),
        (
            "Nous sommes désolés pour la panne de chauffage dans votre bungalow. Notre accueil est "
            "joignable 24 h/24 au 04 68 55 01 23 : appelez-nous, nous tenons à régler cela avec "
            "vous."
        ),
        (
            "Merci pour ce gentil message ! Nous transmettrons vos compliments à Léa, au spa, qui "
            "sera ravie de lire cela."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Notre réceptionniste Thomas "
            "vous a indiqué une mauvaise heure de petit-déjeuner, mais la faute nous revient : "
            "l'affichage n'avait pas été mis à jour. C'est corrigé, et nous assumons entièrement "
            "cette erreur."
        ),
        (
            "Nous vous avons remboursé le soin annulé, le virement apparaîtra sous trois à cinq "
            "jours ouvrés. Encore désolés pour ce contretemps. – L'équipe du Spa des Lacs, "
            "Gérardmer"
        ),
        (
            "Désolés que la piscine ait été fermée pendant votre séjour. Une pompe est tombée en "
            "panne et la pièce a mis deux jours à arriver. Nous aurions dû vous prévenir dès "
            "l'arrivée, et nous l'indiquons désormais sur notre site."
        ),
        (
            "Merci pour votre message. Nos conditions générales de vente prévoient une annulation "
            "gratuite jusqu'à 48 heures avant l'arrivée. Nous comprenons que ce n'était pas clair "
            "sur le site de réservation, et nous leur avons demandé de corriger l'annonce. "
            "Écrivez-nous, nous chercherons une solution ensemble."
        ),
        (
            "Nous sommes navrés pour la rayure sur votre voiture dans notre parking. Notre "
            "assurance couvre ce type de dommage : envoyez-nous simplement une photo à "
            "reception@hotel-lesremparts.fr et nous ouvrirons le dossier pour vous."
        ),
        (
            "Nous sommes vraiment désolés pour le vol de votre vélo. Nous avons remis les images "
            "de vidéosurveillance à la gendarmerie pour aider l'enquête, et un local à vélos fermé "
            "sera installé avant l'été."
        ),
        (
            "Merci pour votre avis ! Vous avez raison, notre ascenseur est plus lent qu'un "
            "escargot de Bourgogne, et c'est un Bourguignon qui vous le dit. Le technicien passe "
            "la semaine prochaine."
        ),
        (
            "Merci pour votre retour. D'après notre planning, la chambre a bien été faite chaque "
            "jour, mais nous voulons comprendre ce que vous avez constaté. Appelez-moi au 02 97 55 "
            "04 18, nous en parlerons volontiers. – Yann, gérant"
        ),
        (
            "Nous avons appris avec tristesse que votre séjour avait été écourté par un deuil. "
            "Toutes nos condoléances. Les nuits restantes ont été annulées sans frais, et vous "
            "serez toujours les bienvenus chez nous."
        ),
        (
            "Toutes nos félicitations pour votre mariage, et merci de nous avoir confié cette "
            "belle journée ! Toute l'équipe de l'auberge a été heureuse d'y participer."
        ),
        (
            "Merci pour votre message. Nous comprenons votre déception pour le hammam. Pour des "
            "raisons de sécurité, il est réservé aux plus de 16 ans, car la chaleur est bien plus "
            "difficile à supporter pour les jeunes enfants. La piscine familiale reste ouverte "
            "jusqu'à 20 h, et nous serons ravis de vous proposer un créneau privatif la prochaine "
            "fois."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté cette année, et nous sommes désolés que "
            "cela vous ait surpris. Le coût de l'énergie pour chauffer les bassins a presque "
            "doublé, et nous avons préféré cela à une réduction des horaires. Nous l'expliquons "
            "maintenant sur notre site."
        ),
        (
            "Un grand merci pour ce retour si détaillé. Vos remarques sur le buffet, la "
            "signalétique du spa et la literie sont précieuses, et nous les avons partagées avec "
            "toute l'équipe."
        ),
        "merciii 🥰🏕️ trop contents que vous ayez kiffé le glamping et le feu de camp, revenez vite 🔥",
        (
            "Madame, Monsieur, nous accusons bonne réception de votre avis et vous prions de bien "
            "vouloir accepter nos excuses pour les désagréments rencontrés. Des contrôles "
            "supplémentaires du ménage ont été mis en place. Nous restons à votre disposition à "
            "l'adresse direction@grandhotel-vittel.fr. Veuillez agréer l'expression de nos "
            "salutations distinguées."
        ),
        "Merci pour l'avis. Désolés pour le bruit, les livraisons se font désormais après 9 h.",
        (
            "Merci pour votre passage à notre gîte de Durbuy ! Désolés pour la douche un peu "
            "faiblarde, le plombier est venu et tout est réglé. Au plaisir de vous revoir dans les "
            "Ardennes."
        ),
        (
            "Merci de votre message. Nous regrettons l'attente au restaurant ; il manquait un "
            "cuisinier ce soir-là, ce qui n'excuse rien, et nous avons revu nos plannings. "
            "Meilleures salutations, Famille Zurbriggen, Hôtel Bergsonne, Saas-Fee"
        ),
        (
            "Merci pour votre fidélité ! Notre programme de parrainage offre 10 % à vous et à vos "
            "amis sur un prochain séjour ; il est ouvert à tous nos clients, qu'ils laissent un "
            "avis ou non."
        ),
        (
            "Désolés que vous ayez trouvé le restaurant fermé à votre arrivée. La cuisine est "
            "ouverte de 19 h à 21 h 30, du mardi au dimanche, et notre bistrot du 3, place du "
            "Marché, à Annecy, est ouvert le lundi. Ces horaires figurent désormais dans nos "
            "e-mails de confirmation."
        ),
        (
            "Merci pour ces trois étoiles et vos remarques franches. Les salles de bains vont en "
            "effet être rénovées en janvier, et nous espérons vous accueillir à nouveau une fois "
            "les travaux terminés."
        ),
        (
            "Merci beaucoup pour votre séjour à notre campement de Toubab Dialaw. Nous sommes "
            "désolés pour les coupures d'eau chaude ; un nouveau chauffe-eau solaire a été "
            "installé. Jërëjëf et à bientôt, inch'Allah ! – Awa"
        ),
        (
            "Merci pour votre commentaire. Vous avez raison, le sentier vers les pistes était "
            "glacé pis on aurait dû vous avertir. Notre équipe l'entretient maintenant chaque "
            "matin avant 8 h. Au plaisir de vous revoir sur les pentes!"
        ),
        (
            "Merci pour votre passage à notre hôtel de Grand-Bassam. Nous sommes désolés pour la "
            "climatisation bruyante, elle a été remplacée. Pour toute question, écrivez-nous à "
            "contact@hotel-bassam.ci. À très bientôt !"
        ),
        (
            "Oh merci pour ce message qui nous fait chaud au cœur ! Contents que la bouillabaisse "
            "et la terrasse face au Vieux-Port vous aient plu. Revenez quand vous voulez, on vous "
            "garde une table au soleil ! – Fanny et l'équipe"
        ),
        (
            "Nous sommes désolés que votre soirée ait été troublée par un groupe sur le parking. "
            "Notre veilleur de nuit a appelé la police, qui est intervenue, et nous avons depuis "
            "renforcé l'éclairage et la surveillance le week-end."
        ),
        (
            "Je suis sincèrement désolé que votre demande sans gluten n'ait pas été respectée. "
            "C'est une faute grave ; toute la brigade a été reformée et chaque commande porte "
            "désormais une étiquette allergènes. Appelez-moi au 05 59 55 02 41, je tiens à "
            "m'excuser de vive voix. – Pierre, chef"
        ),
        "Merci beaucoup, ravis de vous avoir accueillis !",
        (
            "Merci pour votre avis. Nous comprenons que ce soit frustrant de ne pas pouvoir dîner "
            "avec votre chien en salle. Cette règle vient des normes d'hygiène, mais nos amis à "
            "quatre pattes sont les bienvenus au bar et sur la terrasse, où toute la carte est "
            "servie."
        ),
        (
            "Merci pour votre retour. Nous ne pensons pas que des frais supplémentaires aient été "
            "ajoutés à votre facture, mais nous voulons le vérifier avec vous. Pouvez-vous écrire "
            "à compta@chaletdesneiges.fr pour que nous regardions cela ensemble ?"
        ),
        (
            "Désolés que l'enneigement ait été si faible pendant votre semaine. La météo ne dépend "
            "pas de nous, mais nous aurions dû proposer plus d'activités, et nous organisons "
            "désormais des sorties raquettes et des initiations au ski de randonnée quand les "
            "pistes sont fermées."
        ),
        (
            "desole pour le wifi, un nouveau routeur arrive cette semaine, promis. ecrivez nous au "
            "06 12 55 03 44 si besoin"
        ),
        (
            "Nous vous remercions pour votre aimable message. Nous sommes heureux que notre "
            "concierge, Karim, ait rendu votre séjour à Marrakech si agréable, et nous lui "
            "transmettrons vos compliments."
        ),
        (
            "Merci pour ce bel avis ! Nous aimerions nous attribuer le mérite du soleil, mais nous "
            "ne sommes responsables que des crêpes. Ravis que vous ayez apprécié les deux !"
        ),
        (
            "Veuillez accepter nos plus sincères excuses pour la surréservation. Nous vous avons "
            "remboursé la première nuit et pris en charge le taxi jusqu'à notre hôtel partenaire. "
            "Notre système a été modifié pour que cela ne se reproduise plus. – Service des "
            "réservations, Hôtel du Vieux-Québec"
        ),
    ],
}
