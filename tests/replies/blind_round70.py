"""Blind reply set, round 70: owner replies the pre-post check has never seen.

Who and when: written by helper b70, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 70).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
a fishmonger, a language school, a paintball park, a cosmetics shop, a roofing
company and a kebab shop.  Each French reply was written directly in French,
not translated.  Apart from the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, and the
[tool.ruff] section of pyproject.toml (line length), the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or blind set, any other worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Scottish Highlands English (aye, wee, dreich, Gaelic names),
Reunion and Antilles French and Creole-tinged French, a young Parisian
startup tone (franglais, emoji), a grumpy veteran chef, bullet-point replies
(hyphens, bullets, arrows) and replies that open with the customer's first
name; short one-liners, veiled and very polite phrasings; and, for every code
and language, one long warm reply (the first of each list) whose fault sits
in a single sentence in the middle.  Good replies include look-alikes that
are not faults: a loyalty card or referral scheme open to everyone whatever
they write, a free meal offered with "no review needed", the business's own
phone, e-mail and office, staff praised by first name, an apprentice's or a
new teacher's mistake owned by the business, a refund already made, one honest
reason with an apology, CCTV and a repair guarantee mentioned neutrally, a
skin reaction answered with advice to see a pharmacist (no customer health
details), a polite factual correction that keeps the door open, jokes at the
business's own expense, condolences, congratulations on an exam, a safety
rule (paintball masks) explained kindly, a price rise explained with an
apology and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND70_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming all the way up to the shop in Dingwall, and for such a kind write-up about the hake and the langoustines. It really means a lot to a wee family business that's been on this pier for three generations. We're delighted the fish pie turned out well for your mother's birthday. If you'd bump the review up to five stars we'll put a free dressed crab aside for you on Saturday. Hope to see you and the family again soon!",
            "- Thanks for the review\n- Edit it to 5 stars\n- Get 20% off your next roof gutter clean",
            "Aye, sorry the gun jammed on ye. Tak that review doon and there's a free paintball session waitin for ye and yer pals.",
            "Kevin, cheers for the feedback. Happy to throw in a free large doner and chips next time if that 3 could become a 5 👍",
            "We'd be glad to offer you a complimentary month of conversation classes once your updated rating appears on the page.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour votre message après votre stage intensif d'anglais chez nous. Nous sommes vraiment heureux que vous ayez progressé aussi vite à l'oral, et que l'ambiance du petit groupe du matin vous ait plu. Toute l'équipe pédagogique met beaucoup d'énergie dans ces semaines de préparation. Si vous passez votre note à cinq étoiles, on vous offre le module de rattrapage de juin. Au plaisir de vous recroiser dans nos couloirs !",
            "Hello ! Super feedback, merci 🙏 Petit deal : tu updates ta note à 5⭐ et on te drop un code -30% sur toute la gamme skincare, easy 🚀",
            "Sandrine, merci pour votre passage ! Retirez juste l'avis et la prochaine dorade est pour nous, promis.",
            "Ah mi lé content ou la vni ! Met' in 5 étoiles sur Google et la prochaine fois le kebab lé offert, parole 😄",
            "Nous vous ferons volontiers parvenir un geste commercial sur votre prochain devis de toiture dès que votre évaluation aura été révisée.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and for choosing us to re-slate your cottage roof near Aviemore last autumn. We always want our customers to feel the job was done properly, and we're sorry the finishing on the ridge didn't look as tidy as you'd hoped. Our lads take real pride in their work, even in the worst of the Highland weather. Please know our solicitor has already been sent a copy of this review and will be in touch about the damage it does to our name. We'd still be glad to come and look at the ridge if you ring the office.",
            "- We have your registration from the car park camera\n- We know exactly who you are\n- Think carefully before posting again",
            "Funny, we've got CCTV of the whole kebab counter that night. Might be worth sharing online, eh?",
            "Forty years in kitchens, pal. I know every fishmonger from Ullapool to Oban, and they'll all hear your name by Friday.",
            "Priya, we'd strongly advise you to remove this before our legal team decides it is defamatory.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre après-midi de paintball avec vos collègues. On est désolés que l'attente entre deux parties vous ait semblé longue, surtout avec la chaleur de samedi. Notre équipe fait de son mieux pour enchaîner les groupes sans trop de temps mort. Sachez cependant que notre avocat a été prévenu et qu'une plainte pour diffamation n'est pas exclue si cet avis reste en ligne. Nous espérons malgré tout vous revoir sur le terrain.",
            "Julien, on sait très bien qui tu es et où tu bosses. Réfléchis bien avant de poster.",
            "Nou connaît ou, hein. La Réunion lé p'tit, tout' moun' i sa va savoir kossa ou la fé dans not' boutik.",
            "Franchement ? On a les vidéos de la caisse. Si tu veux qu'on les poste sur notre compte Insta, continue comme ça 😉",
            "Nous vous informons que votre commentaire a été transmis à notre service juridique, qui appréciera les suites à y donner.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your honest feedback about the Spanish evening course, and for sticking with it through the whole of the spring term. We know it can be hard to keep up after a long day at work, and we're genuinely sorry the second half felt rushed. We've already spoken with the teaching team about pacing for next term. We did notice from your file that you missed four sessions in March after your surgery, which may explain why the later units felt hard. We'd love to welcome you back in September.",
            "Moira, you rang us from 07700 900414 at ten past nine on Tuesday asking for the bream — that's the order we're talking about.",
            "- Booking ref PB-2231, Saturday 14th, 2pm slot\n- Party of 12 under the name Okafor\n- Arrived 40 minutes late",
            "We drove past your place on Kirk Road and honestly the old roof was in a far worse state than you're letting on.",
            "Ah yes, the gentleman with the nut allergy who came in on Friday at 1am with his girlfriend. We remember you well.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour ce retour détaillé sur votre soin visage et sur les produits conseillés. Nous sommes sincèrement désolés que la crème de nuit vous ait un peu irrité la peau, c'est la dernière chose que nous souhaitons. Nous avons bien noté votre eczéma et votre traitement sous cortisone indiqués sur votre fiche cliente du 12 mars, ce qui explique sans doute la réaction. Nous avons revu nos conseils pour les peaux sensibles. Passez nous voir, nous vous proposerons une alternative adaptée.",
            "Marc, vous habitez au 14 rue des Lilas, nos couvreurs y étaient mardi, on a tout vu de l'état de votre charpente.",
            "Commande n°4471 du jeudi 3 à 19h42, deux tacos, livrée à l'appartement 3B, digicode 2407. Tout était conforme.",
            "• Réservation au nom de Mme Payet\n• Tél : 0692 11 22 33\n• Venue samedi dernier avec sa fille de 9 ans",
            "Pour info, vous étiez absente aux trois derniers cours parce que vous étiez enceinte, vous nous l'aviez dit, donc c'est normal que vous ayez du retard.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for coming in on Saturday and for giving our new saffron chicken wrap a go. We're always happy to hear what people think, especially when we're trying out new recipes from home. It's a shame the chips weren't to your liking, as we fry them fresh every hour. Frankly though, anyone who has eaten here knows you're just making this up to get a free meal. Hope you find somewhere that suits you better.",
            "Hamish, we've had liars in the shop before but you take the biscuit.",
            "- Clearly a competitor\n- Never bought anything here\n- Sad little person with too much time",
            "Thirty years on the line and I've never met a palate as useless as yours. Stick to fish fingers.",
            "It's obvious from the tone of your review that you are not an honest person, and we'd rather not have customers like you.",
        ],
        "fr": [
            "Bonjour et merci d'être passé à la poissonnerie samedi matin, un jour de grande affluence avant les fêtes. Nous faisons tout notre possible pour servir chacun rapidement, même quand la file déborde jusqu'au trottoir. Nous aurions aimé que votre expérience soit meilleure. Mais soyons honnêtes, vous êtes de mauvaise foi et tout le quartier sait que vous cherchez toujours à vous plaindre. Bonne continuation à vous.",
            "Ou lé in menteur, point final. Pa la peine revenir.",
            "Lol le mec invente carrément une histoire pour avoir un remboursement, on est en 2026 mon gars, faut être un peu sérieux 🙄",
            "Laurent, cinquante ans que je fais ce métier, et des abrutis comme vous j'en ai vu passer des centaines.",
            "Votre avis reflète surtout votre incapacité à suivre un cours de niveau A2, ce qui n'est pas notre faute.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your feedback on our paintball park and for bringing your stag party along last weekend. We do our best to keep the woodland course in good shape, even after a week of rain up here in the glen. We're sorry the mud wasn't quite what you expected. Oh, and forgive us for not installing a heated carpet across the forest floor for you. Hope the groom recovered and we'd be happy to see you all again.",
            "Wow, a roof that gets wet in the rain. Truly a shock nobody could have predicted. 🙄",
            "- Ordered a kebab\n- Surprised it had meat in it\n- Genius review, honestly",
            "Fiona, congratulations on discovering that fish smells of fish. Groundbreaking stuff.",
            "Oh aye, terribly sorry our lipstick didn't make you look like a film star. We'll have a word with the mirror.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour après l'achat de notre coffret de soins pour les fêtes. Nous apportons beaucoup de soin au choix des produits et à l'emballage, et nous comprenons que chacun ait ses préférences en matière de parfums. Nous avons bien lu votre remarque sur la taille des flacons. Bien sûr, la prochaine fois nous vous livrerons directement un bidon de cinq litres, puisque c'est visiblement ce que vous attendiez. En espérant vous revoir en boutique.",
            "Bravo pour cette découverte incroyable : un kebab, c'est gras. Le prix Nobel arrive bientôt.",
            "Ah ben oui, désolé de pas avoir arrêté la pluie pendant le chantier de votre toit, on essaiera d'appeler Météo France la prochaine fois 😇",
            "Chef depuis 1985 et jamais lu un avis aussi brillant. Un poisson qui a des arêtes, quelle honte, vraiment.",
            "Aïe aïe aïe, la pauv' madame i trouv' l'anglais trop difficile. Nou va mett' les cours en créole pour ou, na pwin problème 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for popping in last Thursday and for being so patient while we sorted out the foundation shades for you. We want every customer to leave with something that genuinely suits their skin, and we're sorry that wasn't the case this time. Our team normally do a proper colour match in daylight by the window. Unfortunately Chloe, who served you, ignored our training completely and she has been given a formal warning. We'd love for you to come back and let us put it right.",
            "- Our roofer Gary left the skylight open\n- Gary has been let go\n- Problem solved",
            "Sorry pal, that was Dmitri on the grill, he's been warned twice already and this was his last chance.",
            "Forty years running kitchens and I've never seen a lad as useless as our Callum on the fish counter. He's been dealt with.",
            "Laura, the teacher you had, Ms Novak, simply didn't prepare her lessons. We've docked her pay for the term.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre terrain pour l'anniversaire de votre fils samedi dernier. Nous savons combien ces journées comptent pour les familles, et nous sommes désolés que le briefing sécurité ait été aussi court. D'habitude nos moniteurs prennent un bon quart d'heure pour tout expliquer aux enfants. C'est Kévin qui était de service et il a bâclé son travail, il a été mis à pied pour trois jours. Nous espérons vous revoir très vite pour une nouvelle partie.",
            "C'est la faute à Jérémy, le stagiaire. On l'a viré lundi matin. Voilà.",
            "• Erreur de Nadia à la caisse\n• Nadia a été sanctionnée\n• Nouvelle vendeuse dès lundi",
            "Sé Tiloune ki té au comptoir, li lé toujours dans la lune, nou la fine' remonte' ali les bretelles.",
            "Petit point transparence : notre chargée de clientèle Inès a clairement merdé sur votre devis, elle n'est plus dans la team depuis hier 🙃",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for your review and for ordering from us on a busy Friday night. We really value every customer who comes through the door, and we're sorry your doner arrived lukewarm. The thing is, the delivery driver was new, the oven had been playing up since Wednesday, two staff phoned in sick, there was a football match on, the supplier was late with the bread and the card machine kept failing, so honestly it was out of our hands. We'll make sure it's hot next time.",
            "- The ferry was late\n- The boat didn't go out\n- The van broke down\n- The ice machine failed\n- The fish was still fresh enough",
            "Listen. I had a sous chef off, a walk-in fridge on the blink, a health inspector in the morning, a delivery short on hake and a power cut at six. You want perfect halibut? Come back on a normal day.",
            "Euan, the weather was wild, the scaffold firm let us down, the slates were stuck at Inverness, our usual lad was at a funeral and the insurance paperwork took weeks, so the delay was understandable really.",
            "We must explain that the teacher's train was cancelled, the classroom projector broke, the building lift was out, the heating failed, the timetable software crashed and a fire drill was scheduled, all on the same morning.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur notre chantier de rénovation de toiture. Nous savons qu'un chantier chez soi, c'est toujours stressant, et nous regrettons sincèrement le retard. Mais il faut comprendre qu'il y a eu la tempête, puis la rupture de stock de tuiles, puis l'échafaudage bloqué, puis notre chef d'équipe malade, puis les congés de l'usine, puis la mairie qui n'avait pas validé l'autorisation. Nous restons évidemment à votre disposition.",
            "• Rush du vendredi\n• Friteuse en panne\n• Livreur en retard\n• Pain pas arrivé\n• Stagiaire nouveau\n→ d'où l'attente",
            "Alors oui, mais y'avait la grève des transports, le serveur du site qui a lâché, la levée de fonds à préparer, le déménagement des bureaux et un rush de commandes Black Friday, donc voilà, c'était compliqué pour tout le monde 🤷",
            "Sé pa not' faute : cyclone la passé, bato la pa rivé, container lé bloqué au port, l'électricité la coupé deux fois, et nout' fournisseur lé en grève.",
            "Vingt-huit ans de métier. Ce jour-là : marée pas bonne, bateau à quai, glace en retard, camion en panne, commis malade. Alors votre cabillaud, hein.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for visiting the park and for taking the time to share your thoughts with us. We care a great deal about the safety of everyone who plays here and we run checks on all our kit before every session. We're glad the rest of your group enjoyed the day. However, no one was ever shot at close range on our course; that simply did not happen. We hope you'll give us another go in the spring.",
            "- No hair in the kebab\n- Never happened\n- End of story",
            "Ailsa, the fish you bought was landed that morning. It was not off. It could not have been off.",
            "Our products have never caused a reaction in anyone. Not once. Whatever happened to your skin, it wasn't us.",
            "I've been cooking since before you were born. My sauce was not cold. Full stop.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre semaine de cours intensifs. Nous sommes heureux que le programme culturel de l'après-midi vous ait plu et que vous ayez pu rencontrer d'autres étudiants. Notre équipe met beaucoup de soin à l'accueil de chaque élève. Cependant, aucun cours n'a été annulé cette semaine-là, c'est tout simplement faux. Au plaisir de vous retrouver lors d'une prochaine session.",
            "Aucune fuite après notre intervention. Jamais. Votre toit était sec quand on est partis.",
            "Non non non, la dorade était fraîche, y'a zéro débat là-dessus 🙅‍♂️",
            "Cédric, personne n'a été malade après avoir mangé chez nous. Ça n'existe pas.",
            "Nou la jamais vend' in produit périmé, jamais. Sa lé pa vré.",
        ],
    },
}

BLIND70_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for coming in to the shop and for the lovely words about the smoked haddock. We're a small family business on the harbour and reviews like yours keep us going through the winter. Hope the Cullen skink was a hit!",
        "We're really sorry the scallops weren't as fresh as they should have been on Saturday. That's not good enough and we've already changed how we rotate the display. Please ring the shop on our own number, 01463 000 555, and we'll make it right.",
        "- Thank you for the feedback\n- We've fixed the booking system glitch\n- Your refund has already gone through\n- Hope to see you back on the field",
        "Morag, thank you for such a kind review! We're delighted you enjoyed the Gaelic beginners' course, and we'll pass your thanks on to Iain, who'll be very chuffed.",
        "Sorry the roof job ran over by two days. That's on us: we underestimated the rot in the sarking boards. We've credited the scaffold hire back to you, and our office is always open on 01479 000 222 if anything else comes up.",
        "I've been cooking for thirty years and I still burn the odd pitta. Yours was one of them, and I'm sorry. Come back and I'll do it myself.",
        "Thanks for the five stars! Our loyalty card is open to everyone: every tenth kebab is free, whatever you write about us or even if you write nothing at all.",
        "We're very sorry to hear about your father's passing, and thank you for still taking the time to write. He was a regular on Friday mornings for years and we'll miss his chat at the counter.",
        "Thanks for raising the point about the goggles. We know they can feel tight, but our rule that masks stay on at all times in the playing zone is there to protect your eyes, and our marshals will always help you adjust the strap.",
        "We'd gently correct one detail: the course fee did include the exam registration, which is listed on the booking page. We understand it wasn't clear enough, though, and we've rewritten that page. Please email us at hello@ourschool.example if anything's still unclear.",
        "Our apprentice Liam forgot to take the old flashing away, and that's our mistake, not his alone. We've collected it and apologise for the mess left in your garden.",
        "Callum, cheers for the review! Glad the lamb doner hit the spot after the match.",
        "Huge thanks to Shona on the counter, who you mentioned by name. She's been with us eight years and knows her mackerel better than anyone.",
        "- Sorry about the long wait\n- We've added a second grill for Friday nights\n- Thanks for your patience",
        "We love a blunt review. Yes, our shop smells of fish — we'd be worried if it didn't!",
        "We know you were expecting the new foundation range in stock, and we're sorry it sold out. We've started a waiting list at the counter so nobody misses the next delivery.",
        "Thank you for telling us about the skin reaction. Please stop using the serum and, if the irritation continues, speak to a pharmacist or GP. We'd like to offer a full refund; just pop in with the receipt or email our customer team.",
        "Aye, it was a dreich day for a roof repair, and you were very patient with us. Thanks for the kind words about the team.",
        "We respectfully see this one a bit differently: our records show the lesson went ahead, but we'd really like to understand what happened from your side. Could you call our front desk so we can talk it through?",
        "Congratulations on passing your IELTS! We're so proud of you and it was a pleasure having you in class.",
        "Ewan, thank you. Our marshals Ross and Kirsty were delighted to hear the kids had such a great time.",
        "We apologise that the price of a dozen oysters went up this month. Our supplier raised prices after a poor season, and we've kept our margin as low as we can.",
        "Honestly, the kebab was a disaster and there's no excuse for it. The chef (me) had a bad night. Next one's on the house if you'll give us another shot — no strings attached, no review needed.",
        "Thanks for the feedback on the referral scheme. Just to be clear, anyone who brings a friend gets a free lesson; it has nothing to do with reviews.",
        "We're sorry the gutter was left blocked. Our foreman will come back at a time that suits you; please call the office to arrange it.",
        "- Five stars from a fellow chef? We'll take it\n- Thanks for trying the new garlic sauce\n- See you soon",
        "Thank you for your kind review of our paintball park. We've shared it with the whole team and it's going up on the staff noticeboard.",
        "Rachel, thanks for flagging that the shampoo was mislabelled. You were right, and we've pulled the batch from the shelves.",
        "We understand why you felt rushed at the counter on Christmas Eve. It was our busiest day of the year, and we should have had more staff on. We'll do better next year.",
        "Our lawyer-free, no-fuss promise: if your roof leaks within two years of our repair, we come back and fix it at no cost. Just ring us.",
        "Thank you for the feedback. The CCTV in the shop is only there for staff safety, and we're happy to explain how it works if you have any concerns.",
        "Lovely to read this, thank you! The lads in the back say the garlic sauce is their grandmother's recipe, and they're not telling anyone what's in it.",
        "Apologies for the cold welcome at reception: the heating really did give up that day. We've had it fixed and the kettle is always on now.",
        "We're sorry for the confusion over your booking. That was our error, and we've sent a voucher to the email you used to book, as we would for anyone affected.",
        "Thank you for the honest review. Our new teacher, Amira, has taken on board the feedback about homework, and we've supported her with extra planning time.",
        "Hi Donald, thanks for coming to the shop. Sorry the crab was a bit small this week; the boats couldn't go out far in the swell.",
        "Such a lovely thing to read. We're a tiny team and your words made our Monday.",
        "We hear you about the parking. It's a shared yard, so we can't control it, but we've put up clearer signs to the overflow field.",
        "Sorry we got your order wrong. There's no excuse; we've added a check at the till so it doesn't happen again.",
        "Thank you for your feedback. We'd like to understand exactly what went wrong, so please contact us on our own email, roofs@ourcompany.example, and our manager will call you back.",
    ],
    "fr": [
        "Bonjour et merci beaucoup pour votre avis sur notre poissonnerie. Nous sommes ravis que le bar de ligne vous ait régalés pour le dîner de dimanche. À très bientôt sur le marché !",
        "Nous sommes sincèrement désolés que le crabe n'était pas à la hauteur samedi. Ce n'est pas acceptable, et nous avons revu notre contrôle à la réception des arrivages. Appelez-nous à la boutique au 02 98 00 00 00, nous trouverons une solution.",
        "• Merci pour votre retour\n• Le bug de réservation est corrigé\n• Votre remboursement a été effectué\n• Au plaisir de vous revoir sur le terrain",
        "Clémence, merci pour ce message adorable ! Nous transmettrons vos compliments à Thomas, votre professeur d'espagnol, qui sera ravi.",
        "Désolés pour les deux jours de retard sur le chantier. C'est de notre responsabilité : nous avions sous-estimé l'état des liteaux. Nous avons déduit la location de l'échafaudage de votre facture.",
        "Trente ans que je fais des galettes, et il m'arrive encore d'en rater une. La vôtre en faisait partie, pardon. Revenez, je vous la fais moi-même.",
        "Merci pour les cinq étoiles ! Notre carte de fidélité est ouverte à tous : le dixième kebab est offert, que vous laissiez un avis ou pas.",
        "Toutes nos condoléances pour le décès de votre mère. Elle venait chaque vendredi depuis des années, et sa bonne humeur au comptoir va beaucoup nous manquer.",
        "Merci de votre remarque sur les masques. Nous savons qu'ils peuvent gêner, mais la règle de les garder en permanence sur le terrain protège vos yeux, et nos moniteurs sont toujours là pour vous aider à les ajuster.",
        "Petite précision, sans vouloir vous contredire : les frais d'examen étaient bien inclus dans le tarif du stage, comme indiqué sur la page d'inscription. Nous comprenons que ce n'était pas assez clair et nous l'avons reformulé.",
        "Notre apprenti a oublié d'évacuer les anciennes tuiles, et c'est notre faute à nous, pas la sienne. Nous sommes repassés les récupérer et nous excusons pour le désordre dans votre jardin.",
        "Mèsi anpil pou ou ti mo ! Nou lé kontan ou la aprésié nout' cari poisson. À la prochaine !",
        "Un grand merci à Maëva, que vous citez : elle est avec nous depuis six ans et connaît ses poissons mieux que personne.",
        "• Désolés pour l'attente\n• Deuxième broche installée pour le vendredi soir\n• Merci pour votre patience",
        "On adore les avis francs. Oui, la boutique sent le poisson : on s'inquiéterait si ce n'était pas le cas !",
        "Nous savons que vous attendiez le nouveau fond de teint et sommes désolés de la rupture. Une liste d'attente est ouverte en boutique pour que personne ne rate le prochain arrivage.",
        "Merci de nous avoir signalé cette réaction. Arrêtez le sérum et, si l'irritation persiste, parlez-en à votre pharmacien ou à votre médecin. Nous vous proposons un remboursement complet : passez avec le ticket ou écrivez-nous.",
        "Ouf, merci pour ce retour trop cool 🙌 Toute la team est hyper contente que la box skincare vous ait plu, on a mis des mois à la designer !",
        "Nous voyons les choses un peu différemment, car notre planning indique que le cours a bien eu lieu, mais nous aimerions comprendre ce qui s'est passé de votre côté. Pouvez-vous appeler l'accueil pour qu'on en parle ?",
        "Félicitations pour votre DELF B2 ! Toute l'équipe est fière de vous, c'était un plaisir de vous avoir en classe.",
        "Yannick, merci ! Nos moniteurs Loïc et Sarah sont ravis que les enfants aient passé un super après-midi.",
        "Nous sommes désolés pour la hausse du prix des huîtres ce mois-ci. Notre producteur a augmenté ses tarifs après une mauvaise saison, et nous avons réduit notre marge au maximum.",
        "Franchement, ce kebab était raté, aucune excuse. Le cuistot (moi) n'était pas en forme. Le prochain est offert si vous nous redonnez une chance, sans condition et sans avis à laisser.",
        "Merci pour votre question sur le parrainage : toute personne qui amène un ami a un cours offert, cela n'a rien à voir avec les avis.",
        "Désolés que la gouttière soit restée bouchée. Notre chef de chantier repassera quand cela vous arrange ; appelez le bureau pour fixer un créneau.",
        "• Cinq étoiles d'un collègue cuisinier, on prend !\n• Merci d'avoir goûté la nouvelle sauce blanche\n• À bientôt",
        "Merci pour ce bel avis sur notre terrain de paintball. Nous l'avons partagé avec toute l'équipe et il est affiché en salle de pause.",
        "Aurélie, merci de nous avoir signalé l'erreur d'étiquette sur le shampoing. Vous aviez raison, nous avons retiré le lot des rayons.",
        "Nous comprenons que vous vous soyez senti bousculé au comptoir la veille de Noël. C'était notre journée la plus chargée, et nous aurions dû prévoir plus de monde. Nous ferons mieux l'an prochain.",
        "Notre garantie est simple : si votre toit fuit dans les deux ans après notre réparation, nous revenons gratuitement. Il suffit de nous appeler.",
        "Merci pour votre retour. La caméra dans la boutique est là uniquement pour la sécurité du personnel, et nous sommes prêts à vous expliquer son fonctionnement si vous avez des questions.",
        "Quel plaisir de vous lire ! En cuisine, ils disent que la sauce algérienne est la recette de leur grand-mère, et ils refusent de donner le secret.",
        "Pardon pour l'accueil glacial : le chauffage avait vraiment lâché ce jour-là. C'est réparé, et il y a désormais toujours du thé chaud à l'accueil.",
        "Nous sommes désolés pour la confusion sur votre réservation. L'erreur vient de nous, et nous avons envoyé un bon d'achat à l'adresse utilisée pour réserver, comme à tous les clients concernés.",
        "Merci pour cet avis honnête. Notre nouvelle professeure, Léa, a pris en compte vos remarques sur les devoirs, et nous l'accompagnons avec plus de temps de préparation.",
        "Bonjour Josiane, merci pour votre visite. Désolés que les langoustes soient petites cette semaine : avec la houle, les pêcheurs ne sont pas allés loin.",
        "Ça fait chaud au cœur de lire ça. On est une toute petite équipe et votre message a illuminé notre lundi.",
        "Nous comprenons pour le stationnement. La cour est partagée et nous n'en avons pas la maîtrise, mais nous avons installé des panneaux vers le parking de délestage.",
        "Désolés de nous être trompés dans votre commande. Aucune excuse ; nous avons ajouté une vérification en caisse pour que cela ne se reproduise pas.",
        "Merci pour votre retour. Nous voulons comprendre ce qui s'est passé : écrivez-nous à contact@notretoiture.example, et notre responsable vous rappellera.",
    ],
}
