"""Blind reply set, round 71: owner replies the pre-post check has never seen.

Who and when: written by helper b71, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of a brewery tap room, a dentist, a trampoline park, a bridal shop, a
car park operator and a village grocery.  Each French reply was written
directly in French, not translated.  The writer read only the writer brief,
the first seventy-five lines of tests/replies/blind_round20.py (to copy its
format) and the [tool.ruff] section of pyproject.toml (line length); it also
glanced at the README of the machine's package lists before starting, which
says nothing about the check.  It did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
blind set, any other worktree or the git history; did not run the check, any
test or any bench on these replies (only a syntax parse, a count of entries
and ruff); and did not search the code.  Nothing here was adjusted after
seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Yorkshire bluntness, Singapore English, Montreal French,
Luxembourg French, a community-minded co-op and a very religious family
business, plus plain polite and short replies.  For every code and language
the first reply is long and warm with its fault in a single sentence in the
middle; the others vary in length, register and subtlety (veiled, polite,
slangy, regional).  Good replies include look-alikes: loyalty schemes open to
all, the business's own contact details, staff praised by first name, an
employee's mistake owned by the business, condolences, safety rules explained
kindly, polite factual corrections, humour at the business's own expense, and
words such as "review", "stars", "lawyer", "address" or "phone" used harmlessly.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND71_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming along to the tap room on Friday with your walking group, it was a proper treat to have you all. We're chuffed the new oat stout went down well and that the pie van kept everyone going until closing. It's lovely to hear the fire was lit and the dogs behaved themselves. If you bump this up to five stars, your next round of tasting paddles is on us. Hope to see the whole gang back before Christmas!",
            "Edit review to 5 star can or not? Then next jump session we give you free 1 hour, just show this message at counter lah.",
            "Should you feel able to revisit your rating, we would be glad to take twenty per cent off the alterations on your gown.",
            "Leave us five stars and your season ticket at the multi-storey goes half price. Simple as.",
            "We'll pop a free loaf and a dozen eggs in your basket next time, once the review's been taken down, love.",
        ],
        "fr": [
            "Bonjour et merci infiniment d'avoir pris le temps de nous écrire après votre essayage au salon. Nous sommes tellement heureuses que vous ayez trouvé LA robe dès le troisième modèle, et vos larmes de joie devant le miroir resteront un beau souvenir pour toute l'équipe. Le mariage en juin au bord de la Moselle s'annonce magnifique. Si vous passiez votre avis à cinq étoiles, nous vous offririons le voile en tulle brodé. Au plaisir de vous revoir pour la dernière retouche !",
            "Salut! Mets-nous 5 étoiles pis ta prochaine pinte est sur la maison, promis 🍺",
            "Nous serions ravis de vous offrir un détartrage gratuit dès que votre appréciation aura été revue à la hausse.",
            "Dès que le commentaire est retiré, votre abonnement mensuel au parking vous sera remboursé, voilà.",
            "Que Dieu vous bénisse ! Un petit 5 étoiles et le panier de légumes de la semaine prochaine vous sera offert par la famille.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write about your check-up, and we're sorry the waiting room was so busy that morning. Our hygienists work hard to keep to time, and Tuesday was simply one of those days with two emergencies squeezed in. We do care about how every patient feels when they leave. Please know our solicitor has already been sent a copy of this review and will be in touch if it isn't removed. We hope the new fluoride routine is helping in the meantime.",
            "We know exactly who you are and where you park every day. Think on before you post again.",
            "Our lawyers are reviewing your statement lah, better take it down before you get letter.",
            "It would be a shame if your employer were to learn how you behaved in our shop on Saturday.",
            "As a co-op we have members everywhere in this village, and they'll all hear about what you've written here.",
        ],
        "fr": [
            "Bonsoir et merci pour votre visite au parc de trampolines avec vos neveux samedi dernier. Nous sommes désolés que la zone de ballon-chasseur ait été si bondée, c'était notre journée la plus chargée du mois. Nos moniteurs font de leur mieux pour que chacun saute en sécurité, et nous ajoutons des créneaux le samedi matin dès janvier. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message reste en ligne. Nous espérons malgré tout vous revoir bientôt.",
            "On sait c'est qui, t'sais. Le quartier est petit, fais attention à ce que tu publies.",
            "Nous avons conservé les enregistrements vidéo de votre passage et nous n'hésiterons pas à les rendre publics.",
            "Votre nom sera transmis à toutes les boutiques de mariage du Grand-Duché, je vous préviens.",
            "Le Seigneur voit tout, et nous aussi : retirez ce mensonge avant que nous n'en parlions à votre paroisse.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your kind words about the team and for sticking with us through the whole treatment plan. We know implants feel daunting, and it's wonderful that you felt looked after at every stage. Our nurses were thrilled to see your smile at the final fitting. Given your anxiety disorder and the bridge we fitted on 14 March, we completely understand why the follow-up felt stressful. Do pop in whenever you're passing, the kettle's always on.",
            "Our records show you parked in bay 42 from 22:10 to 06:35 on the 3rd, reg ending KY19, so the charge stands.",
            "Mrs Fairweather of 12 Church Lane, your order was ready at 9 as agreed; we rang you on 07700 900123 twice.",
            "Eh your booking was for 4 kids under the name Tan, 2pm slot on Sunday, the system shows you came 2.45 leh.",
            "The dress you ordered was a size 18, as noted on your fitting card, so the alterations were always going to take longer.",
        ],
        "fr": [
            "Bonjour et merci pour ce message si chaleureux après votre soirée à la brasserie. Nous sommes ravis que la bière de Noël vous ait plu et que le groupe de musique ait mis autant d'ambiance. C'est exactement l'esprit que nous voulons pour notre salle. Nous comprenons d'ailleurs que vous ayez quitté tôt, vu votre grossesse annoncée au comptoir ce soir-là. Revenez quand vous voulez, il y a toujours une place pour vous près du poêle !",
            "Madame, votre réservation du 12 avril à 14 h au nom de Gagnon, pour un blanchiment, a été annulée par vous-même au 514 555 0148.",
            "Votre plaque AB-1234 a été enregistrée à l'entrée à 23 h 04, le ticket est donc dû.",
            "Nous avons livré au 3 rue de l'Église à Wiltz comme prévu, et votre mari a signé le bon.",
            "Vu votre diabète, on vous avait pourtant conseillé de ne pas prendre le gâteau de la fête des enfants.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the shop on your way back from the allotments, we always enjoy a natter with regulars. We're glad the veg boxes have been good this autumn and that the sourdough is still going down well at home. Our volunteers put a lot of love into the place. Frankly though, you're the sort of bitter old busybody who moans about everything in this village. Anyway, the soup of the day is leek and potato if you fancy it.",
            "You're a liar, plain and simple. Nobody got hurt on our trampolines that day.",
            "Some people are just born to complain, and you are clearly one of them lah.",
            "It's obvious you wrote this to get a refund you don't deserve. Shameful behaviour.",
            "God forgive you for your dishonest heart, for we never shall.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre cabinet pour le suivi de vos enfants depuis toutes ces années. Nous sommes touchés que vous ayez apprécié la nouvelle salle d'attente et le coin lecture pour les petits. L'équipe aime beaucoup voir grandir les familles du quartier. Cela dit, vous êtes manifestement de mauvaise foi et vous inventez cette histoire pour ne pas payer la facture. Nous vous souhaitons malgré tout une belle fin d'année.",
            "T'es juste un gros menteur, va chialer ailleurs.",
            "Il faut vraiment être de mauvaise foi pour écrire des âneries pareilles.",
            "Votre commentaire en dit plus long sur votre caractère que sur notre parking, Monsieur.",
            "Une personne honnête et craignant Dieu n'écrirait jamais de telles calomnies.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your feedback about the bridal fitting, and congratulations again on your engagement. We know how much pressure a wedding brings, and our team always tries to make the appointment relaxed and fun. It was lovely to meet your mum and sisters too. Oh, and do forgive us for not reading your mind about the neckline, we'll order a crystal ball for next season. We wish you a wonderful day in May.",
            "Wow, a whole two minutes' wait for a pint. However did you survive?",
            "So sorry our car park isn't a five-star hotel, we'll get the red carpet out next time shall we.",
            "Wah, so strong ah, complain about free socks also. Very impressive.",
            "Brilliant detective work, spotting a bruised apple in a village shop. Sherlock would be proud.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis sur notre épicerie, c'est toujours précieux d'avoir des retours des habitants. Nous savons que le choix est plus limité qu'en ville, et nous essayons d'avoir les produits du coin chaque semaine. Les fromages de la ferme voisine ont d'ailleurs beaucoup de succès. Évidemment, nous allons tout de suite commander du caviar pour satisfaire vos goûts si raffinés. À bientôt au village !",
            "Ah ben bravo, quelle découverte : une salle de trampolines où ça saute et où ça crie. Incroyable.",
            "Mille excuses, Majesté, de vous avoir fait attendre trois minutes à la barrière.",
            "Oh là là, une bière trop froide au mois d'août, le drame du siècle, hein.",
            "Merci pour cette leçon de dentisterie, on ignorait que vous aviez fait médecine sur Facebook.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks ever so much for coming to the tap room for your brother's fortieth, it sounds like a cracking night. We're pleased the brisket buns and the IPA flight went down a storm. The back room is always a bit of a squeeze with thirty, but we loved the atmosphere. The mix-up with your tab was entirely down to Callum, who has been given a formal warning for it. Happy birthday to your brother once more and cheers from all of us!",
            "That was Jolene on the till, she's been told off and won't be doing Saturdays again.",
            "The attendant on duty, Mr Lim, failed to open the barrier and has since been suspended.",
            "Our trainee Sophie clearly didn't pin the hem properly. She's been dealt with.",
            "It was Dr Patel who ran late, not the practice. We've spoken to him about his attitude.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après la séance d'anniversaire de votre fille au parc. Nous sommes ravis que les enfants aient adoré le parcours ninja et le gâteau en forme de trampoline. C'est toujours un bonheur d'entendre autant de rires dans la salle. Le retard pour l'ouverture de la salle de fête est la faute de Mélanie, qui a reçu un avertissement écrit. Joyeux anniversaire encore à votre grande de sept ans !",
            "C'est Kevin qui était au bar ce soir-là, il a été mis à la porte, on s'excuse.",
            "La caissière, Mme Weber, n'a pas respecté la procédure ; elle sera sanctionnée.",
            "Notre assistante Chloé a mal noté le rendez-vous, elle a été recadrée devant toute l'équipe.",
            "Le frère Jean-Baptiste, notre neveu, a fait une faute en ne vous rendant pas la monnaie. Il a été puni.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your honest review of our car park, and for using us during the festival week. We know how frustrating it is to queue at the exit after a long day out. We really value every customer who chooses us over the council lots. The barrier was slow because the card machine updated overnight, the supplier didn't warn us, two staff rang in sick, the festival sold more tickets than promised, the rain shorted the intercom and the council had closed the side road without telling anyone. We hope to welcome you back next year.",
            "Right, the queue wasn't our fault: the delivery was late, the glasswasher broke, the new lad started that day, the football ran into extra time, the taps needed cleaning and the weather brought everyone in at once.",
            "Sorry ah, but the aircon was spoil, then the supplier late, then got school holiday, then two staff MC, then the system also hang, so cannot help one.",
            "The alterations were late because of the lace supplier, the postal strike, the sewing machine service, our seamstress's holiday, the heatwave and, frankly, the sheer number of June weddings this year.",
            "Bread ran out because the baker's van broke down, the flour price doubled, the freezer tripped, the volunteer rota had a gap, the church fête took our trestle tables and Wednesday is always quiet anyway.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de partager votre expérience au cabinet, c'est important pour nous. Nous comprenons que l'attente d'une heure soit pénible, surtout avec un enfant qui a mal. Toute l'équipe tient à ce que chaque patient se sente bien accueilli. Il faut savoir que le logiciel a planté, que la stérilisation a pris du retard, que deux urgences sont arrivées, que le fournisseur n'a pas livré les gants, que la secrétaire était en formation et que le parking de la rue était fermé pour travaux. Nous espérons vous revoir pour un rendez-vous plus serein.",
            "Écoutez, y avait la tempête, le camion de livraison bloqué sur la 40, la caisse en panne, la moitié du staff malade pis en plus c'était la Saint-Jean, ça fait que.",
            "Le retard s'explique par la fermeture du pont, la grève des frontaliers, un fournisseur défaillant, une panne de courant, le marché de Noël et une inspection imprévue.",
            "Nous étions débordés : la fête du village, l'absence de notre vendeuse, la panne du frigo, le livreur en retard, les prix du lait, la pluie et la messe de Pentecôte qui a fini tard.",
            "Bon, la file d'attente c'était à cause des anniversaires, des groupes scolaires, de l'appli de réservation, de la panne de la borne, de la chaleur, du manque de chaussettes antidérapantes et des parents qui arrivent en retard.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for bringing your little ones to the park during half term, and for writing to us afterwards. We love seeing families make a proper morning of it, and it's great that the toddler zone was a hit with your youngest. Our team take a lot of pride in keeping the place clean and bright. No child was ever left unsupervised on our main court, that simply did not happen. We hope to see you again for our Christmas glow-jump nights.",
            "Never happened. Our beer's never flat. End of.",
            "There was no overcharge. The system cannot make mistakes, so your account is wrong.",
            "This is not true lah, our dentist never say that to any patient one.",
            "We categorically deny that anyone in our shop was rude to you. It simply didn't occur.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite au parking de la gare pendant les fêtes de fin d'année. Nous savons que trouver une place en décembre n'est pas toujours facile, et nous sommes contents que le service navette vous ait été utile. Notre équipe fait de son mieux pour que tout soit propre et bien éclairé. Aucune barrière n'est restée bloquée ce soir-là, c'est tout simplement faux. Nous vous souhaitons une excellente année et de bons voyages.",
            "Ça s'est jamais passé, point final.",
            "Nos robes ne sont jamais livrées en retard. Ce que vous décrivez est impossible.",
            "Il n'y a jamais eu de souris dans notre épicerie, ni maintenant ni avant.",
            "Notre personnel ne parle jamais de cette façon, votre récit est inexact de bout en bout.",
        ],
    },
}

BLIND71_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks for coming in, and sorry the pumps were playing up on Friday. We've had the lines cleaned and the stout is pouring properly again.",
        "Honest answer: we got it wrong. The wait for your filling was far too long, and we've added an extra hygienist on Tuesdays so it doesn't happen again.",
        "Thank you for the lovely review! Sam on reception says it made her week.",
        "We're sorry your daughter's sock got caught on the frame. We've checked every pad on that court and replaced two that had worn edges.",
        "Congratulations on your wedding! The photos of you in the gown are stunning, and Aisha, who did your fitting, is beaming.",
        "Sorry the barrier didn't read your ticket. Please email help@parkwellcarparks.example with your receipt and we'll refund the fee straight away.",
        "Thanks, love. The bread van's back on Wednesdays now, so you'll not miss out again.",
        "Our loyalty card is for everyone: every tenth coffee is free, whatever you write about us, or whether you write at all.",
        "Sorry for the mix-up with your tab. That one's on us, not on the bar staff; we've changed the way we split group bills.",
        "We were very sorry to hear of your husband's passing. He was a regular at the counter for years and we'll all miss his stories.",
        "For safety we ask jumpers to take off watches and jewellery before going on. We know it's a faff, and thank you for understanding.",
        "Small correction, kindly meant: the car park closes at midnight, not eleven, as shown on the sign by the pay machine. Sorry if that wasn't clear on the night.",
        "Our coffee machine is older than some of our customers and twice as temperamental. A new one arrives next month, promise.",
        "Thanks for your five-star review! We read every review, good and bad, and this one made us smile.",
        "Members and non-members alike are welcome at our Saturday tasting. Every co-op shopper gets the same prices and the same welcome.",
        "Thank God you and the children are safe after that fall. Please ring us on 0113 496 0000 so we can hear exactly what happened and help with anything you need.",
        "Sorry the alterations weren't ready on the Friday as promised. That was our mistake in the booking diary, and we've refunded the rush fee.",
        "Can, we will look into it. Sorry for the long queue at the counter; we're adding one more staff at weekends.",
        "We don't always get it right, and this time we didn't. Thanks for telling us straight.",
        "Dr Okafor was really pleased to hear the extraction went smoothly. Thank you for trusting us.",
        "You're right that the pricing board was confusing. We've redrawn it in plain numbers, and we apologise for the surprise at the till.",
        "Our lawyer friends call this a 'goodwill gesture', we just call it saying sorry: the parking charge has been cancelled.",
        "Blessings to you and your family, and thank you for shopping with us for all these years. We've noted your wish for more gluten-free bread.",
        "Thanks for the honest feedback on the noise. We've moved the speakers away from the front windows so the neighbours and drinkers at the front get some peace.",
        "Ta very much. Glad the pork pies passed the Yorkshire test.",
        "Sorry about the slippery floor near the foam pit. Mopping is now every half hour and a warning sign is in place.",
        "We're sorry the dress arrived with a mark on the hem. Please bring it back any time and we'll have it cleaned and pressed at no cost.",
        "Your address is safe with us: we don't share customers' details. To update your delivery slot, call the shop on 01632 960 123.",
        "We checked our records and the price you paid matches the board that day, but we're sorry it felt steep, and we'd be happy to talk it over on 01632 960 456.",
        "The Sunday closure is for family worship, and we know it's inconvenient. Our door is open six days a week and we'd love to see you.",
        "Your kind words about Priya and the whole team mean a lot. We'll pass them on at Monday's huddle.",
        "We got your name wrong on the order, and we're sorry. It's been fixed for next time.",
        "Thank you for your patience during the lift repair. It's working again and we've added a ramp by the pay station.",
        "Happy to hear the kids slept all the way home after their session! That's a five-star outcome for any parent.",
        "Thanks for the review. We would love to understand more; please message us through our website so we can put it right.",
        "Lah, sorry ah, our durian puffs were sold out by noon. We'll make an extra batch on weekends.",
        "The dentist explained the options, and we're sorry it felt rushed. Please call the practice manager on 020 7946 0321 and we'll book a longer chat at no charge.",
        "Our referral scheme gives a tenner off to anyone who brings a friend, no strings and no review needed.",
        "We hear you on the parking ticket. Our staff made a mistake reading the time, and the business takes full responsibility: the charge is cancelled.",
        "Thank you. Cheers, and see you at the next quiz night.",
    ],
    "fr": [
        "Merci d'être venus à la brasserie et désolés pour l'attente au bar samedi. Nous avons ajouté une personne en salle le week-end.",
        "Vous avez raison, le rendez-vous a pris trop de retard. Toutes nos excuses ; nous avons revu le planning des urgences.",
        "Merci beaucoup pour ce bel avis ! Toute l'équipe du parc est ravie.",
        "Nous sommes sincèrement désolés pour la chute de votre fils. Le tapis concerné a été changé et les moniteurs ont revu les consignes.",
        "Félicitations pour votre mariage ! Inès, qui s'est occupée de vos essayages, a les larmes aux yeux en voyant vos photos.",
        "Désolés que la barrière n'ait pas reconnu votre ticket. Écrivez-nous à contact@parkinggare.example avec votre reçu et nous vous rembourserons.",
        "Merci beaucoup, ça nous fait chaud au cœur. Le pain de la boulangerie d'à côté arrive maintenant dès 7 h.",
        "Notre carte de fidélité est ouverte à tous : le dixième café est offert, que vous laissiez un avis ou non.",
        "L'erreur sur l'addition vient de nous, pas du serveur : c'est notre caisse qu'on a mal paramétrée. Nous vous avons remboursé la différence.",
        "Nous avons appris avec beaucoup de tristesse le décès de votre mère. Elle venait chaque mardi et nous garderons un beau souvenir d'elle.",
        "Par sécurité, nous demandons d'enlever les lunettes et les bijoux avant de sauter. C'est contraignant, on le sait, merci de votre compréhension.",
        "Petite précision, sans reproche : le parking est ouvert jusqu'à minuit, comme indiqué près de la borne. Désolés si ce n'était pas assez clair.",
        "Notre machine à café a plus de caractère que toute l'équipe réunie. Une nouvelle arrive le mois prochain, c'est promis !",
        "Merci pour vos cinq étoiles ! Nous lisons tous les avis, et celui-ci nous a fait sourire.",
        "Coopérateurs ou non, tout le monde est le bienvenu à la dégustation du samedi, aux mêmes prix et avec le même sourire.",
        "Grâce à Dieu, personne n'a été blessé. Appelez-nous au 26 12 34 56 pour que nous puissions en parler et vous aider si besoin.",
        "Les retouches n'étaient pas prêtes à la date promise, c'est une erreur de notre agenda. Nous vous avons remboursé le supplément urgence.",
        "Allô ! Désolés pour l'attente à la caisse, on rajoute quelqu'un les fins de semaine. Merci de votre patience, c'est apprécié.",
        "On ne fait pas toujours tout bien, et cette fois on s'est trompés. Merci de nous l'avoir dit franchement.",
        "La Dre Tremblay est très touchée que l'extraction se soit bien passée. Merci de votre confiance.",
        "Vous avez raison, le tableau des prix était confus. Nous l'avons refait plus lisiblement et nous nous excusons pour la surprise.",
        "Notre avocat appellerait ça un geste commercial ; nous, on appelle ça s'excuser : le ticket vous a été remboursé.",
        "Que Dieu vous garde, et merci pour toutes ces années de fidélité. Nous avons noté votre souhait d'avoir plus de pain sans gluten.",
        "Merci pour votre retour sur le bruit. Les haut-parleurs ont été déplacés pour que les voisins et la terrasse soient plus tranquilles.",
        "Merci ben gros! Contents que la poutine à la bière vous ait plu.",
        "Désolés pour le sol glissant près de la fosse à mousse. Il est maintenant nettoyé toutes les demi-heures avec un panneau bien visible.",
        "Désolées que la robe soit arrivée avec une tache sur l'ourlet. Repassez quand vous voulez, nous la ferons nettoyer gratuitement.",
        "Votre adresse reste confidentielle chez nous. Pour changer votre créneau de livraison, appelez l'épicerie au 03 84 00 00 00.",
        "Nous avons vérifié, le prix payé correspond à l'affichage du jour, mais nous comprenons qu'il ait pu vous sembler élevé ; parlons-en au 26 00 00 00.",
        "La fermeture du dimanche est liée au repos familial et au culte, nous savons que c'est gênant. Nous sommes ouverts six jours sur sept avec plaisir.",
        "Vos mots gentils pour Marie et toute l'équipe nous touchent. Nous les lui transmettrons à la réunion de lundi.",
        "Nous avons mal écrit votre nom sur la commande, toutes nos excuses. C'est corrigé pour la prochaine fois.",
        "Merci pour votre patience pendant la réparation de l'ascenseur. Il fonctionne de nouveau et une rampe a été ajoutée près des caisses.",
        "Ravis que les enfants se soient endormis dans la voiture au retour ! Pour des parents, ça vaut bien cinq étoiles.",
        "Merci pour votre avis. Nous aimerions en savoir plus : écrivez-nous via notre site pour que nous puissions arranger les choses.",
        "Merci pour votre message, moien ! Désolés pour la rupture des Gromperekichelcher samedi, nous en préparerons davantage.",
        "Le dentiste vous a présenté les options, mais nous regrettons que cela ait paru précipité. Appelez le cabinet au 01 23 45 67 89 pour un rendez-vous d'explication gratuit.",
        "Notre parrainage offre 10 € à toute personne qui amène un ami, sans condition et sans avis demandé.",
        "Une erreur de lecture de l'horaire a été faite par notre équipe, et c'est la maison qui en porte la responsabilité : l'amende est annulée.",
        "Merci, santé, et à la prochaine soirée quiz !",
    ],
}
