"""Blind reply set, round 63: owner replies the pre-post check has never seen.

Who and when: written by helper b63, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a pharmacy, a car wash, a wedding venue, a
bookshop-café, a plumber and a children's play centre.  Each French reply was
written directly in French, not translated.  The writer read only the writer
brief, the first seventy-five lines of tests/replies/blind_round20.py (to copy
its format) and the [tool.ruff] section of pyproject.toml (line length).  The
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
worktree, the git history or /work/.library; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Irish and Scottish English turns of phrase, a southern-French
voice (Toulouse, Marseille), very polite and very long replies, one-liners,
an owner who writes in capitals now and then, and an emoji-heavy
social-media manager; veiled, polite and slangy phrasings.  For every code
and language the first reply is long and warm, with the fault in a single
sentence in the middle.  Good replies include look-alikes that share words
with the faults but are fine: a loyalty card or stamp scheme open to all
whatever they write, the business's own phone, e-mail and address, staff
praised by first name, an employee's mistake owned by the business, legal or
safety rules and CCTV mentioned neutrally or to help the customer, polite
factual corrections that keep the door open, humour at the business's own
expense, condolences and short warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND63_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thank you so much for this, it's grand to hear from you. We were delighted that the barn suited your wedding so well, and the photos of the two of you under the old oak are just gorgeous. Our team loved every minute of the céilí, even if a few of us were dancing more than working by the end of the night. If you'd bump your review up to five stars we'll knock fifty euro off your anniversary dinner here next year. Wishing you both every happiness, and mind yourselves!",
            "5 stars = free valet on ur next wash 🚗✨🧽 just show us the review at the till!!",
            "Should you feel able to revisit your rating, we would be most happy to include a complimentary coffee and a book token with your next order, as a small gesture of our appreciation.",
            "Sorry the call-out ran late, pal. Take the review down and the next boiler service is on the house, nae bother.",
            "EVERY FAMILY WHO UPDATES THEIR REVIEW TO 5 STARS GETS A FREE PLAY SESSION. Thanks for visiting!",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce gentil message, ça nous a fait très plaisir. Nous sommes ravis que votre petite Léa se soit autant amusée dans la piscine à balles et sur le grand toboggan, et que le goûter d'anniversaire se soit bien passé. Toute l'équipe met beaucoup de soin à préparer chaque fête, alors vos mots nous touchent vraiment. Si vous passez votre note à cinq étoiles, on vous offre l'entrée pour deux enfants lors de votre prochaine visite. À très bientôt au parc !",
            "Hé, merci beaucoup ! Mettez-nous 5 étoiles et le prochain lavage complet il est pour nous, peuchère 🚙💦",
            "Nous serions heureux de vous faire bénéficier d'une remise de dix pour cent sur votre prochain achat, dès que votre avis aura été modifié.",
            "Retirez l'avis et on vous offre le café et la part de gâteau la prochaine fois 😉📚☕",
            "Si jamais votre avis pouvait évoluer vers quelque chose de plus positif, sachez qu'un petit cadeau vous attendrait au comptoir.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and I'm genuinely sorry the wash didn't meet your expectations on Saturday. We've been running this car wash in the town for over fifteen years and we take pride in every vehicle that comes through. That said, our solicitor has been sent a copy of your review and we will be pursuing you for defamation if it is not removed this week. We'd still be glad to talk things through with you in person. All the best.",
            "We have the CCTV, we know exactly who you are, and we know where you live. Think carefully before posting again.",
            "It would be a shame for your employer to hear how you behaved in our pharmacy on Tuesday. Perhaps reconsider this review.",
            "Wee word of advice: folk round here talk, and everyone will ken who wrote this soon enough. I'd take it down if I were you.",
            "THIS REVIEW IS FALSE AND OUR LAWYERS ARE ALREADY ON IT. EXPECT A LETTER.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre expérience au domaine. Nous sommes sincèrement désolés que la soirée n'ait pas été à la hauteur de vos attentes, car nous mettons tout notre cœur dans chaque mariage. Nous tenons à vous informer que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas retiré sous huit jours. Nous restons malgré tout disponibles pour en parler de vive voix. Bien cordialement.",
            "On sait très bien qui vous êtes, hein. Marseille c'est petit, faites attention à ce que vous écrivez.",
            "Votre comportement dans notre librairie a été filmé, et nous n'hésiterons pas à diffuser les images si cet avis reste en ligne.",
            "Attention, les faux avis sont punis par la loi et on a déjà transmis votre nom à qui de droit 👀",
            "Je connais votre patron, monsieur. Je pense qu'il serait très intéressé par ce que vous écrivez ici.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks a million for getting in touch, and I'm sorry you were left feeling frustrated. We always try to get to our customers as quickly as we can, especially when there's water coming through a ceiling. Looking at our records, we were at your house at 14 Glenview Road on the 3rd of March at 4pm and the leak under your kitchen sink was fixed within the hour, as your husband Declan signed off on. I'd love the chance to talk it over and see what more we can do. Take care now.",
            "Hi Sarah, as you know your prescription for sertraline was ready on time, it was you who came in a day early.",
            "Your booking for 14 children on Saturday 12th under the name Mrs. Okafor, mobile 07700 900 123, shows no complaint at the time.",
            "Ye were in on Thursday at half ten with the black Golf, reg ending 4KX, and ye never mentioned a thing at the time 🤷",
            "Dear Mr. Brennan, our records show your wedding deposit of £2,000 was paid late on the 9th, which is why the date moved. We hope this clarifies matters.",
        ],
        "fr": [
            "Bonjour Madame, merci beaucoup pour votre retour et désolée que votre passage à la pharmacie vous ait laissé un mauvais souvenir. Nous faisons toujours de notre mieux pour servir chacun avec attention, même aux heures de forte affluence. Nous avons vérifié : votre ordonnance pour votre traitement contre l'hypertension a bien été délivrée le 14 mars à 18h10, et votre mari est venu récupérer le reste le lendemain. N'hésitez pas à revenir vers nous pour en discuter, nous serons ravis de vous aider. Très belle journée à vous.",
            "M. Fabre, vous habitez 12 rue des Lilas à Toulouse, notre plombier est passé chez vous jeudi à 9h et tout fonctionnait.",
            "Votre réservation du samedi 20 avril pour l'anniversaire d'Inès (6 ans), au nom de Mme Roux, 06 12 34 56 78, ne mentionnait aucune allergie.",
            "Coucou Julien 😊 tu es passé mardi à 17h avec ta Clio grise immatriculée AB-123-CD, on se souvient bien de toi 🚗",
            "Nous rappelons à madame que sa carte de fidélité indique sa dernière visite le 2 février, et que son adresse courriel nous a permis de vérifier ses commandes.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your review, and congratulations again on your wedding day. We put a huge amount of care into every celebration here, from the flowers on the tables to the last song of the night. Frankly, though, anyone who was there could see you were a rude and demanding bridezilla who made our staff's lives a misery from start to finish. We still wish you both a long and happy marriage. Kind regards.",
            "You're a liar and you know it.",
            "It's fairly obvious you're one of those people who writes bad reviews hoping for something for free. We see your type every week.",
            "Ach, away wi' ye. Ye were steamin' when ye came in and ye were a total eejit to our staff.",
            "HONESTLY SOME PEOPLE SHOULD NOT BE ALLOWED TO HAVE KIDS. YOUR CHILDREN WERE THE BEST BEHAVED THING ABOUT YOU.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre passage au café-librairie. Nous sommes toujours heureux d'accueillir de nouveaux lecteurs et de conseiller chacun selon ses goûts. Mais soyons honnêtes : vous êtes quelqu'un de profondément malhonnête, et votre avis n'est qu'un tissu de mensonges inventé pour nous nuire. Nous espérons malgré tout que vous trouverez un jour un livre qui vous plaira. Bonne continuation.",
            "Menteur.",
            "Vous êtes clairement de mauvaise foi, et tout le quartier le sait.",
            "Oh fada, tu étais complètement à l'ouest ce jour-là, franchement t'es un sacré boulet 🙄",
            "Il est évident que vous êtes un concurrent jaloux qui se cache derrière un faux profil. C'est pathétique.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your feedback about your visit to the pharmacy last week. We know waiting is never pleasant, and we do try to keep queues as short as we possibly can, especially in flu season. Oh, and congratulations on being the only customer in history to find a ten-minute wait for a prescription an absolute tragedy, truly a heroic ordeal. Our team remains happy to help you whenever you next need us. Best wishes.",
            "Wow, a whole smudge on the wing mirror. However did you survive? 🙄",
            "Sure, and I suppose the leak fixed itself and we just stood there admiring it, aye?",
            "Thank you ever so much for teaching us how to run a children's play centre. We'd never have managed without your wisdom.",
            "OH NO, NOT THE CAPPUCCINO FOAM. WE'LL ALERT THE AUTHORITIES IMMEDIATELY.",
        ],
        "fr": [
            "Bonjour et merci pour votre message concernant votre mariage dans notre domaine. Nous avons toujours à cœur que chaque couple garde un souvenir merveilleux de cette journée, et nous avons relu votre avis avec attention. Bravo en tout cas pour avoir réussi l'exploit de trouver un défaut à un coucher de soleil sur les vignes, c'est un vrai talent que peu de gens possèdent. Nous restons à votre disposition si vous souhaitez en reparler. Bien à vous.",
            "Ah oui, quel drame, une tache sur le pare-chocs. On va organiser une cellule de crise, promis 😂",
            "Merci infiniment pour cette leçon de plomberie, monsieur l'expert. On attend votre CV avec impatience.",
            "Oh pétard, une attente de cinq minutes à la pharmacie, c'est sûr que c'est un scandale national, hein !",
            "Quelle chance nous avons d'avoir des clients aussi exigeants, c'est tellement rafraîchissant.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for bringing the kids to see us, and I'm really sorry their party didn't go as planned. We pride ourselves on being a safe and welcoming place for families, and most weekends run like clockwork. The problem on Saturday was entirely down to Ciara, who forgot to book your room and has now been given a formal warning for it. We'd love to welcome you back and make it up to the children. Warm wishes from all of us.",
            "That was Darren on the jet wash that day. He's been let go.",
            "Our apologies — Mark, the new lad, clearly didn't have a clue what he was doing on your boiler and he's been told in no uncertain terms.",
            "Blame lies with Fiona at the counter, who should have checked your prescription properly. She's been spoken to, believe me.",
            "JAMIE WAS ON THE BAR THAT NIGHT AND HE'S THE REASON YOUR GUESTS WAITED. HE WON'T BE WORKING WEDDINGS AGAIN.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite au café-librairie, ainsi que pour ce retour détaillé. Nous tenons beaucoup à ce que chacun se sente bien chez nous, entre les rayonnages et autour d'un bon chocolat chaud. Si votre commande a été oubliée, c'est uniquement la faute de Mathilde, notre serveuse du samedi, qui a été sanctionnée pour sa négligence. Nous espérons vous revoir très vite pour vous faire oublier ce mauvais moment. Belle journée.",
            "C'est Kevin qui était au lavage ce jour-là, il a été viré depuis, bon débarras.",
            "L'erreur vient de notre préparatrice Sandrine, qui n'a pas vérifié l'ordonnance. Elle a reçu un avertissement.",
            "Franchement, Thierry c'est pas le plus dégourdi de l'équipe, il a mal serré le raccord, on lui a passé un savon 😤",
            "Nous précisons que Mme Garcia, responsable de la salle ce soir-là, porte l'entière responsabilité de ce retard et fera l'objet de mesures disciplinaires.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your review, and I'm sorry the wait for a plumber was longer than you'd hoped. We're a small family firm and we always try to get to everyone as quickly as we can. That week two of our vans broke down, the supplier lost our order of valves, my lead engineer had the flu, the motorway was closed, our phone line went down, there were three burst mains in the town and it rained every single day, so really none of it could have been helped. We hope to be of better service to you in future. Best regards.",
            "Well the machine was being serviced, and the soap delivery was late, and it was a bank holiday, and we were short-staffed, and the weather was terrible, so what did you expect?",
            "In fairness, the café was full, the coffee machine was acting up, the new books had just arrived, one of the girls was off sick, the card reader was down and there was a school trip in, so the wait was unavoidable.",
            "We had a power cut, the ball pit was being cleaned, the staff rota got mixed up, the birthday cake supplier was late, the heating broke and half the town was off school. Nothing we could do! 🤷‍♀️🤷‍♀️",
            "Please understand that the wholesaler was out of stock, the doctor's surgery sent the prescription late, the system was updating, our pharmacist was at a training day, the locum got stuck in traffic and regulations prevent us from doing otherwise.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre message après votre mariage chez nous, nous espérons que vous gardez malgré tout de beaux souvenirs. Nous sommes une petite équipe passionnée et chaque événement compte énormément pour nous. Ce jour-là, le traiteur avait une heure de retard, la sono est tombée en panne, deux serveurs étaient malades, il y a eu un orage, le groupe électrogène a lâché et la route était barrée à cause du marché, donc vraiment rien de tout cela ne dépendait de nous. Nous vous souhaitons tout le bonheur du monde. Bien cordialement.",
            "Oh mais il faut comprendre, le rouleau était en panne, le fournisseur de cire n'a pas livré, y'avait le mistral, le gérant était en congé et c'était la fin du mois, quoi !",
            "Sachez que le grossiste était en rupture, que le logiciel plantait, que notre pharmacienne titulaire était en formation, que la remplaçante était bloquée sur la rocade et que la réglementation nous interdit de faire autrement.",
            "Bon alors, la machine à café était en panne, le livreur de livres est arrivé en retard, la caisse a buggé, Marie était malade, et il y avait une sortie scolaire. Voilà voilà 🤷",
            "Le chantier voisin, les coupures d'eau, la pénurie de pièces, la grève des transports, les vacances scolaires et la chaleur expliquent entièrement ce délai.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to share your thoughts about the play centre. We work very hard to keep every area clean and safe, and we're always glad to hear from the families who visit. However, what you describe simply did not happen — there was no broken equipment and no child was left unsupervised at any point that day. We hope you'll come and see us again soon. Kind regards from the whole team.",
            "This never happened.",
            "Nope, there was no scratch when you drove in. Not our doing, full stop.",
            "I'm afraid that is categorically untrue. Our pharmacists never give out the wrong medication, and they certainly did not on the day you mention.",
            "WE DID NOT OVERCHARGE YOU. THE INVOICE IS CORRECT. END OF STORY.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de laisser un avis sur notre entreprise de plomberie. Nous intervenons chaque jour dans toute la région toulousaine et la satisfaction de nos clients est notre priorité absolue. Cependant, ce que vous racontez est tout simplement faux : notre technicien n'a jamais laissé de fuite ni sali votre salle de bains. Nous vous souhaitons une excellente continuation et restons à votre service. Bien à vous.",
            "C'est faux.",
            "Non non, la rayure elle y était déjà avant, on n'y est pour rien, point barre.",
            "Absolument aucun enfant ne s'est blessé chez nous ce jour-là, ça ne s'est jamais produit, vous confondez sûrement avec un autre endroit.",
            "Je conteste formellement votre version des faits : aucune erreur de commande n'a été commise dans notre café.",
        ],
    },
}

BLIND63_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for your kind words about the pharmacy. Orla will be delighted to hear her advice on the hay fever tablets did the trick. Mind yourself and see you soon!",
        "We're really sorry your car still had streaks on the back window after the wash. That's not the standard we aim for, and we've since recalibrated the rinse arm. If you call in again, just mention this review and we'll re-do it at no cost.",
        "Congratulations to you both on your wedding! It was an absolute joy to host the day, and the team are still talking about the speeches. Wishing you every happiness.",
        "Ah, we're mortified about the cold scone, and you're dead right to mention it. We've moved the warming oven nearer the counter so it won't happen again. Come back for one on us whenever you're passing.",
        "Thank you for flagging the delay on the call-out. That was our mistake in scheduling, not the fault of our engineer, and I'm sorry you were left waiting. Please ring me directly on our office line, 0141 496 0000, and I'll make sure it's put right.",
        "We're sorry the play centre was so busy on Saturday. School holidays are our peak time, and we're now adding timed sessions so the soft play never gets overcrowded. Thanks for your patience with us.",
        "Our loyalty card is open to everyone: every tenth wash is free, whatever you think of us. We hope to see you back soon.",
        "I'm so sorry to hear about the loss of your mother. It was a privilege to look after her prescriptions over the years, and she always had a kind word for the team. Our thoughts are with you and your family.",
        "Thank you for raising the question about socks in the soft play area. It's a hygiene and safety rule for all our little visitors, as bare feet can slip and stick on the equipment. We keep spare pairs at reception for anyone who forgets, free of charge.",
        "Cheers for the five stars! Really chuffed you enjoyed the flat white and the crime fiction corner.",
        "Just to gently clarify, the call-out fee on our website is for the first hour, and the extra charge was for the replacement part. I completely understand how that could be confusing, and we've reworded the website to make it clearer. Happy to go through the invoice with you anytime.",
        "We owe you an apology. One of our team gave you the wrong change at the till, and that's on us as a business, not on them. We've refunded the difference to your card and added a double-check at closing.",
        "Thanks a million for the lovely review! Seamus says it was the best-behaved dog he's ever had through the car wash (in the passenger seat, of course!).",
        "We're heartbroken the marquee heating failed during your reception, and I'm truly sorry. We've replaced the heaters and put a backup in place for every event. I'd like to speak with you personally, so please email me at events@thebarnvenue.example.",
        "Och, thanks for this. We're delighted the wee ones had a ball. See you next time!",
        "Thank you for your honest feedback about the queue at lunchtime. We've taken on an extra pharmacist for the busy hours, starting Monday.",
        "Dear Mrs. Reilly, thank you so very much for taking the time to write such a thoughtful and generous review of your daughter's wedding day with us. It was truly an honour to be trusted with such a special occasion, and every member of our team, from the kitchen to the gardens, felt part of your family for those few hours. We were especially touched by your kind words about Aoife, our coordinator, who worked tirelessly to make sure every detail was just right. Please do pass on our warmest congratulations to the happy couple, and know that you will always be most welcome back here.",
        "We did have the CCTV checked after your message, purely to see what happened with your wing mirror, and it looks like the brush caught it. That's our fault and we'll cover the repair. Please call us on 01 555 0199 so we can arrange it.",
        "Sorry about the noise from the coffee grinder while you were reading! We've admitted defeat and ordered a quieter one. Our ears thank you too.",
        "Thanks for the review! If you'd like to join our book club, it's free and open to anyone, and members get ten percent off the book of the month.",
        "You're absolutely right that the radiator was still dripping the next morning. We came back to fix it at no charge, and I'm sorry for the bother. Thank you for giving us the chance to put it right.",
        "LOVE THIS! 🎉🎈 So happy the birthday party was a hit, huge thanks to Ben and Chloe for being the best party hosts ever 💛🙌",
        "We appreciate your feedback on our prices. Our costs for cleaning products went up this year, and we had to raise the basic wash by a pound, which we know isn't welcome. The midweek discount is still available for everyone.",
        "I understand why you felt the reception room was too small for your guest numbers. Our brochure lists the capacity as 120 seated, and I'm sorry if that wasn't made clear during your visit. Let's chat about what we could do better, either by phone or over a coffee here.",
        "Thanks, we love you too! ❤️",
        "We're so sorry your prescription wasn't ready when you came in. That was our mistake, and we've changed how we track repeat orders so it doesn't happen again. Please ask for Niamh next time and she'll make sure you're sorted.",
        "We're sorry you felt rushed at the end of your party slot. We do have to turn rooms around for the next group, but we should have given you a ten-minute warning, and from now on we will.",
        "Aye, fair point about the parking, it's a right squeeze out front. We've just got permission to use the church car park on Saturdays, so that should help a good bit.",
        "Thank you for such a warm review. Declan, our senior plumber, was thrilled to hear the new bathroom has been a game-changer for your family.",
        "Just to let you know, we never share customer information with anyone, so your details are safe with us. If you have any questions about how we store prescriptions, please pop in or email privacy@ourpharmacy.example.",
        "We're really sorry about the cold soup, and thank you for telling us. It's been sorted, and we've trained the whole team on the new soup kettle.",
        "Well, we've been called many things, but 'the best car wash in Cork' is a new one! Thanks a million, and we'll try not to let it go to our heads (or our hoses).",
        "We completely understand your frustration about the boiler part. It had to be ordered from the manufacturer, which took longer than we told you, and we should have kept you updated. We've waived the second call-out fee.",
        "THANK YOU SO MUCH! It means the world to us. We'll see you at the next story time.",
        "We're sorry to hear your little one bumped his head on the climbing frame. We've added extra padding to that corner and our first-aider has reviewed the area. Please get in touch at hello@playpalace.example if you'd like to talk it through.",
        "Your review made our morning, thank you. We'll save you the window seat next time.",
        "Just to clarify, the 'no outside food' rule is about allergies, as we have several children with severe nut allergies visiting each week. We're always happy to make exceptions for birthday cakes if you let us know in advance.",
        "Thanks for your feedback about the wedding menu. We don't agree the portions were small, as they follow the tasting you approved, but we really do want every guest to leave happy, so I'd welcome a call to hear more.",
        "Sorry about the mix-up with your order, that's on us. We've refunded you and added a note to double-check all online orders. Hope to see you back soon!",
        "Many thanks for your visit and for your kind words, and we look forward to welcoming you again.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Toute l'équipe de la pharmacie est ravie d'avoir pu vous aider, et Sophie sera très touchée par vos mots.",
        "Nous sommes vraiment désolés que votre voiture soit ressortie avec des traces sur le capot. Nous avons revu le réglage des brosses, et si vous repassez, le lavage sera refait gratuitement.",
        "Félicitations à tous les deux pour votre mariage ! Ce fut un immense plaisir de vous accueillir au domaine, et nous vous souhaitons beaucoup de bonheur.",
        "Oh peuchère, désolés pour le café froid ! On a changé la machine depuis, et la prochaine tasse est pour nous si vous repassez.",
        "Merci d'avoir signalé ce retard. C'était une erreur de planning de notre part, pas de notre technicien, et nous nous en excusons. Appelez-nous directement au 05 61 00 00 00, nous réglerons ça ensemble.",
        "Nous sommes désolés que l'espace de jeux ait été si bondé samedi. Pendant les vacances, nous allons désormais limiter le nombre d'entrées par créneau.",
        "Notre carte de fidélité est ouverte à tous : le dixième lavage est offert, quel que soit votre avis. Au plaisir de vous revoir !",
        "Nous vous présentons nos sincères condoléances pour le décès de votre père. C'était un plaisir de l'accueillir à la pharmacie pendant toutes ces années. Toutes nos pensées vous accompagnent.",
        "Merci pour votre question sur les chaussettes obligatoires. C'est une règle d'hygiène et de sécurité pour tous les enfants, car les pieds nus glissent sur les structures. Nous en avons à l'accueil gratuitement pour ceux qui oublient.",
        "Merci pour les cinq étoiles, ça fait plaisir ! 😊",
        "Pour préciser gentiment : le forfait de déplacement indiqué sur notre site couvre la première heure, et le supplément concernait la pièce remplacée. Nous avons reformulé notre site pour que ce soit plus clair. N'hésitez pas à nous appeler pour en parler.",
        "Nous vous devons des excuses : une erreur de rendu de monnaie a été faite à la caisse, et c'est notre responsabilité en tant qu'entreprise. Nous avons remboursé la différence et ajouté une vérification en fin de journée.",
        "Merci pour ce retour plein d'humour ! Notre chien Filou, qui garde l'entrée de la librairie, vous passe le bonjour.",
        "Nous sommes profondément désolés que le chauffage du chapiteau soit tombé en panne pendant votre réception. Nous avons remplacé les chauffages et prévu un équipement de secours. Écrivez-moi à evenements@domaine-des-oliviers.example, je souhaite en parler avec vous.",
        "Ah, merci beaucoup, ça nous fait chaud au cœur, à bientôt !",
        "Merci pour votre retour honnête sur l'attente à midi. Nous renforçons l'équipe aux heures de pointe dès lundi.",
        "Chère Madame, nous tenons à vous remercier très chaleureusement pour ce témoignage si bienveillant sur le mariage de votre fille. Ce fut un véritable honneur de vous accompagner dans cette journée si importante, et toute l'équipe, de la cuisine aux jardins, s'est sentie un peu de la famille. Nous avons été particulièrement touchés par vos compliments à l'égard de Camille, notre coordinatrice, qui a veillé à chaque détail avec tant de soin. Nous vous prions de transmettre nos plus sincères félicitations aux jeunes mariés, et sachez que vous serez toujours les bienvenus au domaine.",
        "Nous avons vérifié les images de vidéosurveillance après votre message, uniquement pour comprendre ce qui est arrivé à votre rétroviseur, et il semble bien que ce soit notre rouleau. Nous prendrons la réparation en charge. Appelez-nous au 04 91 00 00 00.",
        "Désolés pour le bruit du moulin à café pendant votre lecture ! On a capitulé et commandé un modèle plus silencieux. Nos oreilles vous remercient aussi.",
        "Merci pour votre avis ! Notre club de lecture est gratuit et ouvert à tous, et les membres bénéficient de dix pour cent sur le livre du mois.",
        "Vous avez tout à fait raison, le radiateur gouttait encore le lendemain. Nous sommes revenus gratuitement, et nous nous excusons pour le désagrément.",
        "TROP CONTENTS ! 🎉🎈 Merci pour ce super anniversaire, et un grand bravo à Lucas et Inès, nos animateurs de choc 💛🙌",
        "Merci pour votre remarque sur les tarifs. Le prix des produits a augmenté cette année et nous avons dû relever le lavage de base d'un euro, ce que nous regrettons. La réduction du mercredi reste valable pour tous.",
        "Je comprends que la salle vous ait paru petite pour vos invités. Notre brochure indique une capacité de 120 places assises, et je suis désolée si cela n'a pas été bien expliqué lors de la visite. Parlons-en par téléphone ou autour d'un café.",
        "Merci, on vous adore aussi ! ❤️",
        "Nous sommes désolés que votre ordonnance n'ait pas été prête à votre arrivée. L'erreur vient de nous, et nous avons changé notre suivi des renouvellements. Demandez Julie la prochaine fois, elle s'occupera de vous.",
        "Désolés que vous vous soyez sentis pressés à la fin de la fête. Nous devons préparer la salle pour le groupe suivant, mais nous aurions dû vous prévenir dix minutes avant, et ce sera le cas désormais.",
        "Vous avez bien raison pour le stationnement, c'est la galère devant, hein ! On vient d'obtenir l'accès au parking de la mairie le samedi, ça devrait aider.",
        "Merci pour ce message si chaleureux. Nicolas, notre plombier, est ravi de savoir que votre nouvelle salle de bains fait le bonheur de toute la famille.",
        "Sachez que nous ne partageons jamais les informations de nos clients, vos données sont en sécurité. Pour toute question sur la conservation des ordonnances, passez nous voir ou écrivez à contact@pharmacie-du-port.example.",
        "Désolés pour la soupe tiède, et merci de nous l'avoir signalé. C'est réglé, et toute l'équipe a été formée sur le nouveau réchaud.",
        "On nous a appelés de bien des noms, mais « la meilleure station de lavage de Toulouse », c'est nouveau ! Merci, on va essayer de ne pas prendre la grosse tête (ni le gros tuyau).",
        "Nous comprenons votre agacement concernant la pièce de la chaudière. Elle a dû être commandée chez le fabricant, ce qui a pris plus de temps que prévu, et nous aurions dû vous tenir informé. Nous avons annulé les frais du second déplacement.",
        "MERCI MILLE FOIS ! Ça nous touche énormément. On vous attend à la prochaine heure du conte.",
        "Nous sommes désolés que votre petit se soit cogné sur la structure d'escalade. Nous avons ajouté des protections à cet angle et notre secouriste a vérifié la zone. Écrivez-nous à bonjour@planete-jeux.example si vous souhaitez en parler.",
        "Votre avis a illuminé notre matinée, merci ! On vous gardera la place près de la fenêtre.",
        "Pour préciser, la règle « pas de nourriture extérieure » est liée aux allergies, car plusieurs enfants allergiques aux fruits à coque viennent chaque semaine. Nous acceptons volontiers les gâteaux d'anniversaire si vous nous prévenez.",
        "Merci pour votre retour sur le menu du mariage. Nous ne partageons pas tout à fait votre avis sur les portions, qui correspondent à la dégustation validée, mais nous tenons à ce que chaque invité reparte heureux, alors je serais ravie d'en discuter avec vous.",
        "Désolés pour l'erreur de commande, c'est de notre faute. Nous vous avons remboursé et ajouté une double vérification. À bientôt, on l'espère !",
        "Merci infiniment pour votre visite et vos mots gentils, nous serons heureux de vous accueillir à nouveau.",
    ],
}
