"""Blind reply set, round 67: owner replies the pre-post check has never seen.

Who and when: written by helper b67, an independent writer, on 2026-12-05,
for the pre-post reply check.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a garden centre, a hearing-aid shop, a
climbing gym, a crêpe stand, a funeral home and a computer repair shop.  Each
French reply was written directly in French, not translated.  All names,
addresses, phone numbers and e-mail addresses are invented (the e-mails use
the .example domain and the phone numbers are fictional).

What the writer read: only the brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other worktree, the git history or
/work/.library; did not search the code; and did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Caribbean English (Trinidad/Jamaica flavour), Canadian English,
Swiss French (septante/nonante, quittance, francs), African French from Dakar
and Abidjan (Nouchi touches), a very gentle and soft-spoken style and a
brusque, impatient one.  For every code and language the first reply is long
and warm (3-6 sentences) with the fault in a single sentence in the middle;
the others vary in length, register and subtlety (veiled, polite, slangy,
regional).  Good replies include apologies, thanks, corrective action,
taking it offline with the business's own contact, loyalty schemes open to
all, named employees praised, an employee's mistake owned by the business,
condolences, safety rules explained kindly, polite factual corrections and
humour at the business's own expense, plus look-alikes that share words with
the faults (a free item not tied to any review, CCTV handed to the police,
a warranty's terms, "we know how stressful", feedback shared with the team,
a star rating quoted neutrally, one honest reason with an apology).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND67_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for stopping by our greenhouse on such a chilly April afternoon, eh! We're thrilled the Japanese maple you picked up is settling in nicely along your fence line, and Marguerite will be delighted to hear her planting tips helped. If you bump your rating up to five stars, we'll set aside a free flat of annuals for you at the till. Spring is our busiest season, so kind words like yours really keep the team going. Hope to see you back for the pumpkin festival in the fall!",
            "Respect fuh di review! Change it to 5 star an' next crêpe is on de house, Nutella an' banana, just show we di screen 🥞",
            "Delete the 2-star and your next diagnostic is free. Offer ends Friday.",
            "We'd very softly like to mention that, should you feel able to revise your kind words to reflect a fuller score, a complimentary set of hearing-aid batteries would be waiting for you, with our quiet gratitude.",
            "Heads up: anyone who updates their review to five stars this month gets a free day pass, just flash the updated review at the front desk 🧗",
        ],
        "fr": [
            "Bonjour et merci infiniment pour votre message, ça nous a fait très plaisir. Nous sommes contents d'avoir pu récupérer les photos de votre ancien portable, on sait combien ces souvenirs comptent. Si vous passiez votre note à cinq étoiles, on vous ferait volontiers le nettoyage complet de votre prochaine machine gratuitement. Notre petit atelier de Lausanne tient à faire les choses soigneusement, même si ça prend parfois un peu plus de temps. Belle fin de semaine et à tout bientôt !",
            "Merci beaucoup grand frère ! Tu mets 5 étoiles là et ta prochaine crêpe c'est cadeau, on est ensemble 🙏",
            "Retirez l'avis et on vous rembourse le forfait. Sinon rien.",
            "Nous nous permettons, tout doucement, de vous proposer une séance d'escalade offerte si jamais vous aviez le cœur à relever un peu votre note.",
            "Yako pour le retard oh 🙏 Mais si tu enlèves ton commentaire on va te donner deux sacs de terreau gratuits, c'est cadeau même.",
        ],
    },
    "intimidation": {
        "en": [
            "Please accept our heartfelt sympathies once again for the loss of your grandmother. It was a privilege to help your family plan a service that reflected her love of gardening and her church choir, and we were touched to see so many people come to say goodbye. Our solicitor has reviewed your post and we will be pursuing defamation proceedings if it is not removed within seven days. We understand that grief can make every small detail feel heavier, and we never take that lightly. Our door remains open should you wish to talk.",
            "Screenshotted. Our lawyer has it. Think carefully before you post again.",
            "Boss, we have yuh on de camera de whole afternoon. Keep chattin' an' everybody go see de footage, seen?",
            "Just a friendly heads-up, bud: we've got your name and your company off the work order, and your boss might be real interested to hear how you talk to tradespeople.",
            "We would very gently remind you that this is a small town with a long memory, and that reviews like this one have a way of following their authors around.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de nous écrire après votre séance de samedi. Nous sommes contents que vos enfants aient pu découvrir le bloc avec Yannick et qu'ils soient repartis avec le sourire. Nous avons transmis votre commentaire à notre avocat à Genève et une plainte pour diffamation sera déposée si vous ne le retirez pas. Nous prenons toujours au sérieux les retours sur la sécurité, c'est la base de notre métier. Nous vous souhaitons néanmoins une belle fin de semaine.",
            "Vous avez oublié que Dakar c'est petit. On sait où vous travaillez, hein. Faites attention à ce que vous écrivez.",
            "Capture faite. Huissier contacté. Retirez ça.",
            "Nous préférerions sincèrement ne pas en arriver là, mais si ce message reste en ligne, nous serons contraints de publier tous les échanges que nous avons eus avec vous.",
            "Tonton, on a ton numéro et ton nom sur la fiche de réparation. Continue de gâter notre nom et tu vas voir.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share your experience with us, and we're truly sorry the adjustment appointment didn't go as smoothly as you'd hoped. Getting used to new hearing aids can take a few weeks, and our audiologists are always happy to fine-tune them. We checked your file, and since your hearing test on March 3rd showed a moderate loss in your left ear, the settings were programmed accordingly. We'd love another chance to make it right, so please don't hesitate to reach out. Wishing you a great week!",
            "Mr. Alvarez, you were booked 2:15 Tuesday and showed up at 3. Not our problem.",
            "Miss Janelle, we drop de order to 14 Palm Drive, Diego Martin, same as every month, so we doh know what yuh talkin' bout.",
            "We do so hope your knee is healing well after the surgery you mentioned at the desk, and that you'll feel ready to climb with us again very soon.",
            "We called you three times at 416-555-0193 to say the laptop was ready, so please check your voicemail before posting.",
        ],
        "fr": [
            "Chère Madame, nous vous renouvelons nos plus sincères condoléances pour le décès de votre époux. Ce fut un honneur d'accompagner votre famille dans l'organisation de la cérémonie au temple de Morges, et nous avons été touchés par les mots de vos petits-enfants. Le cercueil en chêne choisi le 12 février pour Monsieur Rochat, domicilié chemin des Vignes 8, était un modèle haut de gamme, ce qui explique le montant de la facture. Nous restons bien sûr à votre disposition pour en parler de vive voix. Avec toute notre sympathie.",
            "Madame Ndiaye, vos crêpes pour le baptême du 14 à Sacré-Cœur 3 ont été livrées à l'heure, on a même appelé votre mari au 77 123 45 67 pour confirmer.",
            "Votre PC, rendu le 3 mars à 17 h. Signé par vous. Point.",
            "Nous espérons de tout cœur que vos appareils vous aident un peu mieux depuis votre dernier audiogramme, qui montrait tout de même une perte assez importante à droite.",
            "Monsieur Kouassi de Cocody Angré, on vous a vu samedi passé avec votre femme au rayon des orchidées, vous étiez content là-bas.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you kindly for stopping by we little crêpe stand at the Saturday market, we always glad to see new faces. Our batter made fresh every morning with local eggs and a splash of rum in the caramel, and most people does leave smiling. Anybody who eat three crêpes and then come online to bawl about the price is just a freeloader looking for a refund. We still hope you enjoyed the steel pan music by the stand. Blessings and have a lovely week.",
            "You're lying and you know it. Nobody believes you.",
            "Sorry, but this review reads like it was written by someone who was rude to our staff from the minute they walked in and is now sore about it, eh.",
            "We say this with all the kindness we can, but it seems you have a habit of inventing stories to get things for free, and we truly hope you find some peace with that.",
            "Typical troll review from a guy who clearly can't tell a charger from a cable. Grow up.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à la jardinerie, c'est toujours un plaisir de voir des clients fidèles depuis tant d'années. Nous avons bien noté que les géraniums n'avaient pas tenu sur votre balcon, et nos conseillers se feront un plaisir de regarder ça avec vous. Mais franchement, vous êtes de mauvaise foi et vous le savez très bien. Nos nouvelles variétés de rosiers arrivent en avril, n'hésitez pas à venir les découvrir. Belle journée à vous.",
            "Toi tu es un menteur, tout le quartier te connaît. Arrête ton cinéma.",
            "Avis de quelqu'un d'aigri. À ignorer.",
            "Nous vous le disons avec douceur : il semble que vous ayez simplement cherché un prétexte pour ne pas payer, et c'est un peu triste.",
            "Grand frère, tu es un gaou, tu as cassé l'ordinateur toi-même et tu viens faire ton malin ici.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for coming out to our bouldering night last Thursday, and for bringing three friends along! It's always great to see new faces on the wall, and we're glad you enjoyed the new overhang problems our route setters put up. Oh, and we're so sorry our walls were too tall for you, we'll be sure to lower the ceiling just for your next visit. We've also added more chalk stations near the kids' zone, based on feedback from members. See you on the mats!",
            "Wow, one star cause de crêpe was hot? Next time we go freeze it fuh yuh, darling 🙄",
            "Sure. Fix a twelve-year-old laptop in ten minutes. We'll get right on that miracle.",
            "How lovely that you found the time to write such a thorough review, given that you were far too busy to wait five minutes at the till.",
            "Shocking news: hearing aids need batteries. Who knew? 🙃",
        ],
        "fr": [
            "Merci beaucoup d'être passés à notre stand lors du marché de Noël de Montreux, c'était une soirée magnifique. Nous sommes heureux que votre fille ait adoré la crêpe chocolat-noisettes, c'est notre best-seller depuis des années. Et bravo pour votre découverte : une crêpe, figurez-vous, c'est chaud quand ça sort de la plaque, quelle surprise ! Nous serons de retour dès le printemps au bord du lac avec de nouvelles garnitures. Au plaisir de vous revoir.",
            "Ah pardon, l'ambiance n'était pas assez joyeuse à la veillée ? On va appeler un DJ la prochaine fois, hein 😂",
            "Trois semaines pour un PC ? Oui, bravo pour la patience légendaire.",
            "Nous sommes vraiment navrés que nos prises d'escalade n'aient pas été assez moelleuses pour vos mains si délicates.",
            "Deux étoiles parce que les plantes ont besoin d'eau ? Ah, on apprend chaque jour dèh 🙄",
        ],
    },
    "blames_employee": {
        "en": [
            "Please accept our deepest condolences on the passing of your father. We were honoured to care for him and to help your family arrange a service that so many of his friends could attend. The printed programmes carried the wrong date of birth, which was entirely the doing of our assistant Gerald, who has since been taken off family arrangements. We have reprinted the programmes at no charge and would be glad to post them to you. Our thoughts remain with you and your loved ones.",
            "That was Kyle. Kyle's gone. Next.",
            "Sorry fuh dat, is Shanice who mix up de order, she new an' she get a serious talkin' to.",
            "We looked into it and it turns out Brandon on the till forgot to apply your discount, eh. He's been written up and it won't happen again.",
            "We are so very sorry; the appointment mix-up was down to our receptionist, Mrs. Pelletier, who has been formally warned about her carelessness.",
        ],
        "fr": [
            "Bonjour et merci d'avoir confié votre ordinateur à notre atelier de Fribourg. Nous comprenons parfaitement votre agacement face au délai, d'autant plus que vous en aviez besoin pour votre travail. Le retard vient de notre technicien Cédric, qui a oublié de commander la pièce et qui a reçu un avertissement écrit pour cette négligence. Votre machine est désormais prête et nous vous offrons la livraison à domicile. Merci pour votre patience et belle journée.",
            "C'est Moussa qui tenait le stand ce jour-là, c'est lui qui a brûlé les crêpes. On l'a renvoyé.",
            "Faute de Julie. Sanctionnée. Affaire close.",
            "Nous sommes sincèrement désolés ; c'est notre vendeuse Aurélie qui vous a mal conseillé pour l'arrosage, et nous avons dû lui rappeler fermement ses responsabilités.",
            "Tantie, c'est Koffi le moniteur qui a mal vérifié la corde, il est suspendu depuis lundi, ça va aller.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you so much for visiting we garden centre and for your honest feedback about the mango seedlings. We truly love having you as a customer and we appreciate you taking the time. The seedlings wilted because the delivery truck broke down on the highway, the rain didn't come for three weeks, our irrigation pump was being repaired, two of our staff were out sick and the supplier sent the wrong potting mix on top of everything. We hope you'll give us another try when the new stock comes in. Blessings to you and your family.",
            "Late because: parts backorder, courier strike, tech off sick, power cut, plus your drive was encrypted. Not on us.",
            "Sorry about the wait! In fairness it was a long weekend, there was a snowstorm, our card machine went down, half the team had the flu, the street was being plowed and the crêpe iron was acting up, so we really did our best.",
            "We are so sorry, and we hope you'll understand: the hearing-aid supplier changed its software, our audiologist was on leave, the booking system updated overnight, a pipe burst in the waiting room and the new batteries hadn't arrived yet.",
            "About the crowded walls: it was a school holiday, a birthday party booked late, two setters were resetting, the AC failed, the app double-booked slots and the city closed the parking lot, so honestly there wasn't much we could do.",
        ],
        "fr": [
            "Bonjour Madame, et merci de nous avoir fait part de votre expérience dans notre centre auditif de Neuchâtel. Nous tenons beaucoup à la satisfaction de nos clients et nous sommes désolés que le réglage de vos appareils ait pris du temps. Il faut dire que notre audioprothésiste était en formation, que le fabricant a changé de logiciel en pleine semaine, que la cabine était en révision, que notre secrétaire était malade et que le courrier de l'assurance est arrivé en retard. Nous serions ravis de vous revoir pour un contrôle gratuit. Avec nos meilleures salutations.",
            "Il faut comprendre, il y avait la coupure de courant, les embouteillages sur la VDN, le fournisseur de farine en retard, la bouteille de gaz finie et la pluie en plus, donc on ne pouvait pas faire mieux.",
            "Retard ? Pièce en rupture, transporteur en grève, technicien absent, panne de courant. Voilà.",
            "Nous sommes bien désolés ; il faut dire que la chambre funéraire était en travaux, que le fleuriste s'est trompé de jour, que l'organiste était souffrant, que le corbillard a crevé et que l'imprimeur a livré en retard.",
            "Pardon oh, c'est pas notre faute : le camion de terreau est resté bloqué à Yopougon, la pluie a tout mouillé, le caissier était au village, le réseau était coupé et le gardien a perdu les clés.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for taking the time to write to us, and we're sorry to hear you left feeling frustrated. Our team takes real pride in helping people rediscover the sounds they've been missing, and we know how emotional a first fitting can be. Nobody on our team ever told you the hearing aids were covered by your provincial plan; that conversation simply never happened. We'd still be glad to walk you through the funding options available in Ontario. Take care and have a good one!",
            "Never happened. Next.",
            "We never charge nobody extra fuh de Nutella, dat is not true at all, not at we stand.",
            "We've looked very carefully, and we're afraid there was no rope incident at our gym that day; what you describe simply did not take place.",
            "No data was lost. We did not wipe your drive. That is not what happened.",
        ],
        "fr": [
            "Madame, Monsieur, nous vous adressons à nouveau toutes nos condoléances et vous remercions d'avoir pris le temps de nous écrire. Accompagner une famille dans un moment pareil est un privilège que nous ne prenons jamais à la légère, et nous avons été émus par la cérémonie que vous avez préparée. Aucun de nos collaborateurs n'a été impoli avec vous lors de la veillée, cela ne s'est tout simplement pas produit. Nous restons disponibles si vous souhaitez en parler. Avec toute notre sympathie.",
            "Non non, ça n'a jamais existé. Personne ne vous a mal parlé ici, c'est faux.",
            "Faux. Jamais arrivé.",
            "Nous avons vérifié avec soin et, très sincèrement, il n'y a jamais eu de cheveu dans aucune de nos crêpes, nous pouvons vous l'assurer.",
            "On n'a jamais vendu de plantes malades, jamais ! Ce que vous racontez là n'est pas vrai.",
        ],
    },
}

BLIND67_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the five stars! Our loyalty card is open to everyone: every tenth bag of compost is free, whether you leave a review or not.",
        "We're so sorry for the long wait at the repair counter last Saturday. We've added a second technician on weekends. If you'd like to talk it through, call the shop on 902-555-0100 or email help@byteclinic.example.",
        "Please accept our heartfelt condolences. It was an honour to help your family say goodbye to your mother, and we'll keep her in our thoughts.",
        "Thank you for your feedback. We know it was frustrating to be asked to redo your belay check, but every new visitor does one, even experienced climbers. It keeps everyone on the wall safe, and we hope to see you again soon!",
        "Big thanks! We'll pass your kind words on to Keisha, who makes every crêpe with love 🥞",
        "You're right, and we're sorry. Our technician Daniel installed the wrong driver, but that's on us as a shop, not on him. We've changed our checklist and refunded the labour.",
        "Guilty as charged: our crêpe stand is the size of a phone booth, so the line does get long. We're working on a second griddle!",
        "Thanks for the review. Just to clarify, the hearing test is free, but the fitting appointment has a fee, which is listed on our website. We're sorry that wasn't clearer when you booked, and we've updated our confirmation email.",
        "Thank you kindly fuh de lovely words! We so glad de hibiscus doing well in yuh yard. Come back anytime, we open Tuesday to Sunday.",
        "Sorry about the wait. Booking system fixed. Won't happen again.",
        "Thank you, truly, for sharing this. We're so sorry your visit felt rushed; you deserved more time and care. If you'd like, please call our shop line and we'll gently set aside a quiet hour just for you.",
        "We understand your frustration. All repairs are covered by our 90-day warranty, and the terms are printed on your receipt. Please bring the laptop back and we'll look at it at no charge.",
        "You'll find us at the corner stall of the farmers' market, Saturdays 8 to 1. Hope to see you there!",
        "Thanks a bunch for coming out, eh! So glad your kids had a blast at the youth bouldering camp. See you in the summer session!",
        "Thank you for the 3-star review, fair enough. We'd love to earn the other two, so we've started opening at 7 on weekends.",
        "We're sorry for the confusion about the invoice. The cremation fee is set by the municipal crematorium and passed on without a margin; we should have explained that more clearly, and we'd be happy to go through it with you.",
        "Thank you for your lovely words about Priyanka. She'll be so pleased to hear that your new hearing aids have you enjoying choir practice again.",
        "You're right that prices went up this spring. Our growers raised their costs and we held off as long as we could. We're sorry, and we've kept a 'budget bench' with plants under $5.",
        "We know how stressful it is when a computer dies the night before a deadline, and we're sorry we couldn't fit you in that evening.",
        "We've shared your feedback with the whole team so we can all learn from it. Thank you for taking the time.",
        "We're so sorry your bike was taken from outside the gym. We've handed our camera footage to the police to support your report; please let us know if there's anything else we can do.",
        "Wow, what a review! Thank you, it made the whole team's day.",
        "Sorry fuh de mix-up wid yuh order, darling. Dat was we mistake, an' de next crêpe is on us, no need to change nothing, just come by.",
        "Thanks for your interest! Our beginner courses fill up fast, so we've opened a waiting list. Just ask at the front desk.",
        "Thank you, Marco! See you on the wall.",
        "Thank you for flagging the soggy crêpes. We've replaced the griddle thermostat and retrained the morning shift.",
        "We are so very sorry for your loss. Thank you for letting us walk alongside your family during such a hard week.",
        "Fair point. Wi-Fi's fixed. Thanks for flagging.",
        "We're sorry your hearing aids weren't ready on time. The manufacturer's shipment was delayed; that's no excuse for not calling you, and we've now set up text alerts.",
        "We're sorry you feel the diagnosis was wrong. Our tests showed the hard drive was failing, but we'd be glad to go over the results with you in person at the shop.",
        "Please give us a call at the gym, or email frontdesk@cragandchalk.example, and ask for Sam, our manager. We'd like to make this right.",
        "Our punch card works for everyone: buy nine crêpes and the tenth is free. No strings attached!",
        "Sorry for the trouble with the poinsettias, eh. Bring your receipt and we'll swap them out, no questions asked.",
        "Thank you for your patience. We do all fittings by appointment so our audiologist can test in a quiet room. We know it's less convenient, and we're sorry for the bother.",
        "Thank you for your kind words about Henry. He has been with us for twenty years, and we'll make sure he reads them.",
        "We honestly appreciate you writing this. You're right about the noise, and we've put up a sound panel by the stand.",
        "Congrats on sending your first V4! The whole crew saw you top out, and it was well earned.",
        "We're sorry for the confusion. Our notes show the charger went into the repair bag; could you check the side pocket? If it isn't there, call us and we'll send a new one right away.",
        "Yes, our shop is a bit of a cable jungle. We promise the computers leave tidier than our counter!",
        "Blessings, and thank you fuh trusting we wid yuh mother's service. She was loved by so many, an' we hold yuh family in we prayers.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Notre carte de fidélité est ouverte à toutes et à tous : après dix sacs de terreau, le suivant est offert, avis ou pas.",
        "Nous sommes sincèrement désolés pour l'attente à l'atelier. Nous avons engagé un deuxième technicien pour le samedi. N'hésitez pas à nous appeler au magasin ou à écrire à atelier@pcsecours.example.",
        "Nous vous présentons nos plus sincères condoléances. Ce fut un honneur d'accompagner votre famille, et nous gardons votre maman dans nos pensées.",
        "Merci pour votre retour. Nous savons que le test d'assurage peut sembler long, mais tout nouveau grimpeur le passe, même les plus expérimentés : c'est ce qui garde tout le monde en sécurité.",
        "Merci beaucoup, on va transmettre à Aïssatou, c'est elle qui fait les crêpes avec amour chaque matin 🙏",
        "Vous avez raison, et nous vous présentons nos excuses. Notre technicien Loïc a installé le mauvais pilote, mais c'est la responsabilité de l'atelier, pas la sienne : nous avons revu notre procédure et remboursé la main-d'œuvre.",
        "Coupables ! Notre stand est grand comme une cabine téléphonique, alors oui, la file s'allonge. On cherche une deuxième crêpière !",
        "Merci pour votre avis. Pour précision, le test auditif est gratuit, mais l'adaptation est facturée selon le tarif affiché sur notre site. Nous sommes désolés que ce n'ait pas été clair et avons modifié notre courriel de confirmation.",
        "Merci beaucoup tantie, ça nous fait plaisir dèh ! Les bougainvilliers vont bien pousser chez vous. On est ouverts du mardi au dimanche.",
        "Désolés pour l'attente. Réservations corrigées. Ça ne se reproduira pas.",
        "Merci, vraiment, de nous avoir écrit. Nous sommes désolés que votre rendez-vous vous ait semblé pressé ; vous méritiez plus de temps. Si vous le souhaitez, appelez-nous et nous vous réserverons une heure au calme.",
        "Nous comprenons votre agacement. Toutes nos réparations sont couvertes par une garantie de nonante jours, dont les conditions figurent sur votre quittance. Rapportez l'appareil et nous l'examinerons gratuitement.",
        "Vous nous trouverez au marché de la Riponne le mercredi et le samedi, de 8 h à 13 h. Au plaisir !",
        "Merci pour ce chouette message ! Vos enfants se sont bien amusés au camp d'escalade, ça nous fait plaisir. À cet été !",
        "Merci pour les trois étoiles, c'est de bonne guerre. Nous aimerions mériter les deux autres : nous ouvrons désormais à 7 h le week-end.",
        "Nous sommes désolés pour la confusion concernant la facture. Les frais de crémation sont fixés par le crématoire communal et refacturés sans marge ; nous aurions dû l'expliquer plus clairement et restons à votre disposition pour en parler.",
        "Merci pour vos mots sur Nathalie. Elle sera ravie d'apprendre que vous profitez à nouveau de la chorale grâce à vos nouveaux appareils.",
        "Vous avez raison, nos prix ont augmenté ce printemps. Nos producteurs ont relevé leurs tarifs et nous avons tenu le plus longtemps possible. Nous en sommes désolés, et gardons un rayon de plantes à moins de cinq francs.",
        "On sait combien c'est stressant quand un ordinateur lâche la veille d'un rendu, et nous sommes désolés de ne pas avoir pu vous prendre ce soir-là.",
        "Nous avons partagé votre retour avec toute l'équipe pour que chacun puisse en tirer des leçons. Merci d'avoir pris le temps.",
        "Nous sommes désolés pour le vol de votre vélo devant la salle. Nous avons remis les images de notre caméra à la police pour appuyer votre plainte ; dites-nous si nous pouvons faire autre chose.",
        "Waouh, quel avis ! Merci, toute l'équipe a souri en le lisant.",
        "Pardon pour l'erreur sur votre commande, c'est de notre faute. La prochaine crêpe est pour nous, pas besoin de toucher à votre avis, passez juste nous voir.",
        "Merci pour votre intérêt ! Les cours débutants se remplissent vite, nous avons donc ouvert une liste d'attente à l'accueil.",
        "Merci Mathieu ! À bientôt sur le mur.",
        "Merci d'avoir signalé les crêpes trop molles. Nous avons changé le thermostat de la plaque et reformé l'équipe du matin.",
        "Nous sommes profondément désolés pour votre perte. Merci de nous avoir permis d'accompagner votre famille pendant cette semaine si difficile.",
        "Juste. Wi-Fi réparé. Merci du signalement.",
        "Nous sommes désolés que vos appareils n'aient pas été prêts à temps. La livraison du fabricant a pris du retard ; cela n'excuse pas que nous ne vous ayons pas appelé, et nous envoyons désormais un SMS dès réception.",
        "Nous regrettons que vous estimiez le diagnostic erroné. Nos tests indiquaient un disque dur défaillant, mais nous serions heureux de les revoir avec vous à l'atelier.",
        "Appelez-nous à la salle ou écrivez à accueil@lavoie-bloc.example et demandez Sandrine, notre responsable : nous voulons arranger les choses.",
        "Notre carte à tampons est pour tout le monde : neuf crêpes achetées, la dixième offerte. Sans condition !",
        "Pardon pour les plantes qui ont fané oh. Ramenez le ticket et on vous les change, y a pas de problème.",
        "Merci pour votre patience. Nous faisons les réglages uniquement sur rendez-vous afin que l'audioprothésiste puisse tester dans une cabine calme ; nous savons que c'est moins pratique et nous en sommes désolés.",
        "Merci pour vos mots si touchants au sujet d'Henri. Il est avec nous depuis vingt ans et nous veillerons à ce qu'il les lise.",
        "Honnêtement, merci d'avoir pris le temps d'écrire. Vous avez raison pour le bruit, et nous avons installé un panneau acoustique près du stand.",
        "Bravo pour votre première 6b ! Toute l'équipe vous a vue sortir la voie, c'est amplement mérité.",
        "Désolés pour la confusion. D'après nos notes, le chargeur était dans la housse de réparation ; pourriez-vous vérifier la poche latérale ? Sinon, appelez-nous et nous vous en envoyons un nouveau tout de suite.",
        "Oui, notre atelier ressemble un peu à une jungle de câbles ; promis, les ordinateurs repartent plus rangés que notre comptoir !",
        "Nos condoléances les plus sincères à toute la famille. Que la terre lui soit légère ; merci de nous avoir fait confiance pour la cérémonie.",
    ],
}
