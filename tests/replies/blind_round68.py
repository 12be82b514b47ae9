"""Blind reply set, round 68: owner replies the pre-post check has never seen.

Who and when: written by helper b68, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
six kinds of business: a butcher, a coworking space, a piercing studio, a
minigolf, a photo studio and an organic grocery.  Each French reply was
written directly in French, not translated.  The writer read only the first
seventy-five lines of tests/replies/blind_round20.py (to copy its format) and
the [tool.ruff] section of pyproject.toml (line length).  The writer did NOT
read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.
All names, phone numbers, addresses and booking details are invented.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: US Southern hospitality, London street talk, marketing-speak and a
grandparent running the shop in English; Brussels French (Belgian), Basque
and Corsican voices, marketing-speak and a grandparent running the shop in
French; short one-liners, veiled and very polite phrasings, slang.  For every
code and language the first reply is long and warm with the fault in a single
sentence in the middle.  Good replies include look-alikes that share words
with the faults but are fine: loyalty and referral schemes open to everyone
whatever they write, the business's own phone, e-mail, address and hours,
staff praised by first name, an employee's mistake owned by the business,
CCTV, the law, a licence or a deposit mentioned to help the customer, one
honest reason given with an apology, a star rating quoted neutrally, polite
factual corrections, jokes at the business's own expense, condolences,
congratulations, safety rules explained kindly, a price rise explained and a
waiting list.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND68_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Well bless your heart, thank you for stopping by the shop on Saturday and for the kind words about our smoked brisket. Miss Loretta has been trimming briskets since before most of us were born, and she'll be tickled pink to hear it fed your whole family reunion. If y'all would bump that review on up to five stars, we'd love to throw in a pound of our house sausage on your next visit. We're so glad the pecan-wood bacon made it home in one piece too. Come see us again real soon, you hear?",
            "Cheers for the review bruv. Bang it up to 5 stars and your next piercing's on the house, no jokes 🤙",
            "As part of our Community Champions initiative, members who update their review to reflect a five-star experience unlock one complimentary week of hot-desking. Let's grow together!",
            "Oh my dear, I'm sorry the putting green was so soggy. If you take that little review off the computer, Grandpa will let you and the children play the next round for nothing.",
            "Thank you for your honest thoughts. Should you feel able to revisit your rating once you've seen the final retouched gallery, we'd be happy to include the extra prints at no charge.",
        ],
        "fr": [
            "Milesker pour ce joli message, ça nous a fait un bien fou en plein mois de novembre ! Nous sommes vraiment heureux que nos fromages de brebis de la vallée et le pain au levain de Maite vous aient plu, c'est tout le travail de nos petits producteurs qui est récompensé. Si vous passez votre avis à cinq étoiles, un panier de légumes de saison vous attend à la caisse la semaine prochaine. Vous avez raison, le rayon vrac méritait un coup de neuf et c'est en cours. Ondo izan et à très vite à la boutique !",
            "Merci hein ! Allez, mettez-nous cinq étoiles une fois et votre prochain shooting portrait est à moitié prix, sans rire.",
            "Boostez votre expérience ! Tout avis modifié en 5 étoiles donne droit à un pass journée offert dans notre espace de coworking. Offre valable jusqu'au 31/12.",
            "Ma petite, si vous retirez ce vilain commentaire, je vous mets de côté un beau rôti de veau la prochaine fois, sans rien vous compter. Papi.",
            "Pour nous ça compte beaucoup. Le jour où votre note reflétera mieux votre soirée, la prochaine partie de minigolf sera pour la maison, c'est promis.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you so much for spending three months with us at the Dock Street hub, and for the lovely words about our community breakfasts and the quiet booths. It genuinely means a lot to our whole team that you found your first clients while working from our third floor. That said, our legal team has been copied on this thread and will take action if the comment about 'hidden fees' stays up. We hear you on the Wi-Fi drop in October, and we upgraded the network the following week. We wish you every success with the new venture and hope our paths cross again.",
            "Mate, I know exactly who you are and where you drink. Think careful before you write stuff like that about my shop.",
            "Sugar, my cousin is a lawyer over in Birmingham and he's already read your little review. I'd take it down before Monday if I were you.",
            "Young man, we have you on the camera shouting at my grandson, and I shall show it to the whole village if this review is not gone by Sunday.",
            "We keep copies of every session we shoot. It would be a shame for some of those outtakes to end up somewhere public, wouldn't it?",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de revenir vers nous après votre piercing au tragus. On est contents que la cicatrisation se passe bien et que les conseils de soin de notre équipe vous aient aidée, c'est vraiment ce qui compte pour nous. Par contre, sachez que notre avocat a été informé et que nous porterons plainte pour diffamation si ce passage sur l'hygiène n'est pas retiré. On comprend que l'attente du samedi était longue, on a ajouté des créneaux sur rendez-vous depuis. On vous souhaite une belle fin d'année et on reste à votre écoute.",
            "Ici tout le monde se connaît, vous savez. On sait très bien qui vous êtes, et on n'oublie pas.",
            "Conformément à nos procédures, tout contenu jugé préjudiciable à notre marque fera l'objet d'une transmission à notre service juridique aux fins de poursuites.",
            "Je connais votre mère depuis quarante ans, jeune homme. Je pourrais lui raconter deux ou trois choses sur vous, alors réfléchissez avant d'écrire.",
            "Fais gaffe hein, on a ta plaque sur la caméra du parking. Retire ça vite fait et on n'en parle plus.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you kindly for choosing us for your family portraits, it was a real joy having all four generations in the studio at once. Your little ones were just precious with the bubble machine, and your daddy's cowboy hat made the whole shoot. We've gone ahead and mailed the finished album to 412 Magnolia Lane like you put on your booking form, so keep an eye on the porch. We're sorry the proofs took longer than promised, and we've since brought on a second retoucher. Y'all come back and see us for the Christmas mini-sessions!",
            "You booked Tuesday the 14th at 3:40pm for a nostril piercing and never turned up, so not sure what you're on about mate.",
            "Dear, you told me yourself that the doctor said no red meat for your heart, so I don't know why you are complaining about the sausages.",
            "Per our records, your membership account (card ending 4471, registered to your home number 07700 900318) has had three late payments this quarter.",
            "We did recognise you from your weekly oat-milk order delivered to the flat above the bakery on Mill Road, so we know how loyal you've been.",
        ],
        "fr": [
            "Egun on et merci beaucoup pour votre fidélité depuis toutes ces années. C'est toujours un plaisir de vous voir arriver le samedi matin pour le jambon de Bayonne et l'axoa du week-end. D'ailleurs, la commande de chapon pour le 24 est bien notée au nom de Mme Etcheverry, 06 12 34 56 78, livraison au 8 chemin des Palombes comme d'habitude. On est désolés pour l'attente au comptoir avant les fêtes, on a embauché un extra pour décembre. À très bientôt à la boucherie !",
            "Vous étiez là jeudi passé à 18h15 avec votre copine, on a encore votre réservation sous les yeux, fieu.",
            "Ma chère, vous m'avez dit vous-même que vous sortiez de l'hôpital pour votre dos, c'est pour ça que vous étiez si pressée à la caisse.",
            "Votre abonnement Flex (badge n°2291, société domiciliée au 14 rue des Tanneurs) ne montre pourtant que 3 accès en octobre.",
            "On vous a reconnue, vous êtes la fille qui habite au-dessus du tabac à Corte, on a votre numéro dans le carnet.",
        ],
    },
    "personal_attack": {
        "en": [
            "Well thank y'all for coming out to play on such a hot Sunday afternoon, and for the sweet words about the pirate ship hole. Our grandkids painted that waterfall themselves, so it'll make their day. But honestly, anybody who says the windmill hole is rigged is either a sore loser or just plain making things up. We're real sorry the snack bar ran out of lemonade, and we've doubled our order for the summer. We hope to see your family back out on the course real soon!",
            "Proper clown behaviour this. You were never even in the studio, stop chatting rubbish for clout.",
            "We take all feedback seriously, but reviews written in bad faith by people posing as members don't reflect the authentic experience our community enjoys.",
            "I've run this shop for fifty-one years and I can tell a liar when I see one. Shame on you.",
            "Some people clearly have nothing better to do than invent stories online. We'll leave readers to judge how credible this one is.",
        ],
        "fr": [
            "Bonjour et merci pour ce retour détaillé sur vos six mois parmi nous. On est contents que la terrasse et les afterworks du jeudi vous aient plu, c'est un peu le cœur de notre communauté. Pour le reste, vous êtes franchement de mauvaise foi et vous le savez très bien. On a bien noté la remarque sur le chauffage de la salle Atomium et un technicien passe la semaine prochaine. On vous souhaite bonne continuation dans vos projets.",
            "Menteur, voilà ce que vous êtes. Tout le village sait que vous racontez n'importe quoi.",
            "À mon âge, j'en ai vu des malhonnêtes, mais vous, vous êtes une belle menteuse, mademoiselle.",
            "Votre avis relève manifestement d'une démarche malveillante visant à nuire à notre image plutôt que d'un retour client sincère.",
            "Arrête de zwanzer, t'es juste un klet qui cherche à avoir un piercing gratuit.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting our little shop, dear, and for your kind words about the honey from the Penningtons' hives. My wife and I have been selling vegetables on this corner since 1974, and we still love seeing new faces. Of course, we'll be sure to have avocados ripened by angels flown in just for you, since the rest of the town's apparently aren't good enough. We're sorry they were a bit hard on Tuesday, and next week's delivery should be riper. Do come back and say hello.",
            "Oh wow, a whole 2 stars for a free biscuit, you really spoiled us there. Legend.",
            "Well aren't you just the sweetest thing, teaching us how to cut a ribeye after only forty years in the business. Bless.",
            "Thanks for this revolutionary insight! We'll definitely restructure our entire photography workflow around your one-hour visit.",
            "Congrats on discovering that minigolf involves walking. Groundbreaking.",
        ],
        "fr": [
            "Bonjour et merci d'être passés au studio pour vos photos de mariage, c'était un vrai bonheur de vous suivre jusqu'à la plage de Saleccia au coucher du soleil. Vos invités ont été adorables et la famille a chanté jusqu'au bout de la nuit, on s'en souviendra. Mais bien sûr, la prochaine fois on demandera au soleil de se coucher plus tôt pour que vous ayez vos photos en avance, puisque tout est visiblement de notre faute. On comprend que l'album a pris du retard et on vous prie de nous en excuser. Tous nos vœux de bonheur aux mariés.",
            "Ah ben bravo, quel génie, vous avez découvert qu'un piercing ça fait mal. Chapeau, une fois.",
            "Merci, Madame la spécialiste, de m'apprendre mon métier de boucher après cinquante ans derrière le comptoir.",
            "Merci pour ce retour d'une rare pertinence ! Nous allons bien sûr révolutionner tout notre concept grâce à vos dix minutes de visite.",
            "Trois étoiles pour des tomates bio pas assez rouges ? Quel drame, on s'en remettra difficilement.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for being part of our community for almost two years, and for the kind words about the new phone booths and the barista bar. It's members like you who make the space feel like home. We're sorry your parcel went missing last week; Jordan at reception didn't log it and he has been given a formal warning. We've introduced a new parcel-tracking system so it can't happen again. We'd love to keep welcoming you on the fourth floor.",
            "That was Dean on the counter, he's useless mate, he's on his last chance anyway.",
            "Oh honey, that was Tammy's doing. She's been let go, so you won't have to deal with her again.",
            "That was my grandson Kevin who gave you the wrong change. I've told him off properly and he's not allowed on the till anymore.",
            "The piercer you saw, Alex, is no longer taking bookings with us following your complaint, which we believe speaks for itself.",
        ],
        "fr": [
            "Bonjour et merci d'être venus faire une partie en famille malgré la drache de dimanche ! Ça nous fait plaisir que les enfants aient adoré le parcours pirate et les gaufres à la buvette. Pour les balles manquantes au départ, c'est Steve à l'accueil qui n'a pas fait son inventaire et il a reçu un avertissement. Depuis, on vérifie le matériel chaque matin. Au plaisir de vous revoir au printemps !",
            "C'est Ghjuvan à la caisse qui s'est trompé, il n'est pas très malin, on va le garder à l'œil.",
            "C'est ma belle-fille, Nadine, qui vous a servi ce jour-là. Elle n'écoute jamais rien, je l'ai bien grondée.",
            "Suite à votre retour, la collaboratrice concernée (Léa, accueil) a été sanctionnée conformément à notre politique qualité.",
            "Ouais c'était Mehdi, il était encore à la ramasse ce jour-là, il a pris un savon, t'inquiète.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Cheers for popping in and for the kind words about the lamb, we're proper chuffed it went down well at your Sunday roast. Our lads are in from 5am every day cutting everything fresh, so it means a lot. Sorry the sausages were a bit pricey that week, but the supplier put his prices up, the van broke down, two of the team were off sick, the card machine kept dropping out and the council had the road dug up so every delivery was late. Anyway, we've got the Christmas order book open now. Hope to see you back at the counter soon.",
            "Now we did run a little late, but you have to understand the heat was something awful, the AC unit quit on us, my daughter had her recital, and the delivery truck got stuck behind a tractor on Route 9 for a solid hour.",
            "Please note that delays were caused by an unprecedented surge in demand, a third-party platform outage, a scheduled system migration, seasonal staffing constraints, a supply chain disruption affecting our print vendor and regional weather events.",
            "Well dear, I'm eighty-two, my eyes aren't what they were, the new scanner is very complicated, my son set the prices up wrong, the light in the shop is poor, and it was a Monday, which is always busy.",
            "We only use implant-grade titanium, we autoclave everything, our piercer has 12 years' experience, we follow every guideline, and swelling is normal; you probably slept on it, changed the jewellery too early or used the wrong saline.",
        ],
        "fr": [
            "Merci beaucoup, ma petite dame, pour votre gentil mot sur nos pommes du verger et la confiture de mon épouse. Ça fait trente ans qu'on tient la boutique et ça nous fait toujours chaud au cœur d'avoir de nouveaux clients. Pour les légumes un peu fatigués, il faut dire que le producteur était malade, le camion est tombé en panne à Lisieux, le frigo a fait des siennes, mon petit-fils avait oublié de commander et en plus il a plu toute la semaine. Les premières courges arrivent jeudi. Revenez nous voir samedi, les étals seront bien garnis.",
            "Oui mais attendez, il y avait les travaux à Flagey, la STIB en grève, le photographe coincé dans les embouteillages, l'imprimante en panne et en plus c'était la braderie, alors voilà hein.",
            "Ce retard s'explique par une conjonction de facteurs exceptionnels : montée en charge imprévue, migration de notre outil de réservation, indisponibilité d'un prestataire réseau, contraintes RH saisonnières et conditions météorologiques défavorables.",
            "Vous comprenez, en août c'est la folie, les touristes, la chaleur, le groupe électrogène qui lâche, le fournisseur du continent qui n'envoie rien, le bateau en retard à Bastia, on fait ce qu'on peut.",
            "Notre matériel est stérilisé, nos bijoux sont en titane, notre perceuse est diplômée, on respecte toutes les normes et la rougeur est normale ; c'est sûrement votre shampoing, votre oreiller, votre écharpe ou le froid.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for choosing us for your graduation portraits, and congratulations again on your degree, that's a huge milestone! We loved working with your family and the cap-toss shots turned out beautifully. However, no one on our team ever charged you for extra retouching; that simply did not happen. We appreciate you taking the time to share your experience with our community. Wishing you every success in your next chapter!",
            "Nah, never happened. Nobody here said that to you, end of.",
            "Honey, we have never once sold a frozen steak in this shop and we never will, so that just isn't so.",
            "No, dear, that's simply not true. There has never been broken glass on hole nine, not once in all my years here.",
            "There was no Wi-Fi outage. Whatever you experienced that afternoon, it wasn't our network.",
        ],
        "fr": [
            "Kaixo et merci pour ce long retour sur votre passage chez nous à Bayonne. On est ravis que vous ayez apprécié la vue sur la Nive depuis la salle de réunion et les pintxos du vendredi. En revanche, il n'y a jamais eu de coupure internet pendant votre visio, c'est tout simplement faux. Nous prenons toujours les remarques de nos membres à cœur. Au plaisir de vous accueillir à nouveau.",
            "Non non, ça n'est jamais arrivé chez nous, ça, hein. Jamais.",
            "C'est faux, mon petit. Dans ma boucherie, on n'a jamais vendu de viande qui n'était pas fraîche, jamais de la vie.",
            "Nous réfutons catégoriquement l'ensemble des faits décrits : aucun supplément n'a été facturé à aucun client.",
            "Ce que vous racontez n'a jamais eu lieu. Personne ici ne vous a parlé comme ça, point.",
        ],
    },
}

BLIND68_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the five stars! Y'all made our whole week. Come back anytime, the sweet tea's always on.",
        "We're so sorry the brisket was dry on Saturday. That's on us, and we've adjusted our smoker times. Please give the shop a call on the number on our website and we'll make it right.",
        "Thanks for the review! Just so everyone knows, our stamp card is for all our customers: every tenth pound of mince is on us, whatever you write about us online.",
        "Cheers for the lovely words about Jaz! She's been piercing with us for six years and she'll be buzzing to hear she made you feel calm.",
        "We're really sorry that Sam booked you in for the wrong day. That was our system and our responsibility, not his alone, and we've refunded your deposit in full.",
        "We were so sorry to read that your father passed away before the family portrait session. Please don't worry about the booking at all; whenever you feel ready, we'll be here.",
        "We understand it was disappointing to be turned away. For everyone's safety we can't pierce anyone under 16 without a parent present with photo ID, and we're sorry we didn't make that clearer on our website.",
        "Thank you for your feedback. Just to clarify, the day pass includes tea and coffee but not the barista drinks; we've updated our price board to make that clearer. We hope to welcome you back.",
        "Guilty as charged: the windmill on hole 7 is older than most of our staff and about as reliable. It's getting a new motor this spring!",
        "Thank you, dear. My wife and I read your note together over breakfast and it made our day. See you Saturday.",
        "Reviews like yours help other families find us, so thank you. And every player gets a free lollipop at the end of the course, review or no review!",
        "Our CCTV only covers the till, and we'd be glad to check the footage to help you find your lost earring. Please email us and we'll take a look.",
        "Please ring us on 020 7946 0123 or email hello@brightroomstudio.example so we can sort out your booking properly.",
        "You're absolutely right that your deposit was refundable under our terms, and we've returned it to your card today. We're sorry for the wait.",
        "We laughed out loud at your story about the duck stealing your ball on hole 4. He does that to everyone, and we've named him Gerald.",
        "We never want anyone to leave feeling rushed, and we're sorry you did. We've added more time between sessions from next week.",
        "We're sorry your veg box was late. Our van had a flat tyre that morning, but that's no excuse for not calling you, and your next delivery is free.",
        "Thank you for sharing your experience. We've taken your feedback on board and quiet-zone hours now run until 8pm. Our community team would love to hear more at hello@dockstreethub.example.",
        "Sorry mate, that's not the vibe we want at all. Drop us a message or pop in and ask for Lou, she'll sort you out.",
        "I'm sorry my old legs weren't quick enough on Tuesday, love. My grandson helps out on the busy mornings now, so you won't have to wait so long.",
        "We're open Tuesday to Saturday, 7am to 6pm, at 22 High Street, right by the church. Hope to see you soon.",
        "Thanks for pointing out the plastic on the cucumbers. You're right, it's not good enough for an organic shop, and we've asked our grower to switch to compostable wrap.",
        "You're right that our day pass went up from £20 to £25 this year. Our energy bills nearly doubled and we're sorry it's a stretch; the £20 rate still applies before 10am.",
        "We're sorry you couldn't get a desk on Monday. We now run a waiting list, and you'll get a text the moment a spot frees up.",
        "Three stars feels fair for a day when our coffee machine broke down. Thanks for being honest, and we hope to earn the other two next time.",
        "We see it a little differently, as the poster said the offer ended on Sunday, but we completely understand the mix-up and we're happy to honour the price for you next time you're in.",
        "Bless you for the kind words! Miss Darlene will be grinning ear to ear when she hears you loved her pimento cheese.",
        "Thank you, see you next time!",
        "Congratulations on your engagement! It was an honour to capture the moment and we wish you both a lifetime of happiness.",
        "We're very sorry the eggs were cracked. Just tell us at the counter, with or without the receipt, and we'll replace them, no questions asked.",
        "So sorry your helix is giving you grief. Pop back in any time for a free check-up with one of our piercers; aftercare checks are free for every client.",
        "We know how frustrating it is when a booking goes wrong, and we really want to make this right for you.",
        "Our apprentice Tom was still in training when he served you, and it was our job to have a senior butcher beside him. We've changed the rota so that won't happen again.",
        "We're thrilled you enjoyed the launch night! Our referral scheme is open to every member: bring a friend and you both get a free week, no review needed.",
        "We're sorry the little ones couldn't go on the rope bridge by hole 12. It's closed when it rains because the planks get slippery, and we'd rather disappoint than see anyone hurt.",
        "Just so everyone knows, we're licensed by the council and fully insured, and our hygiene certificate is on the wall by the counter. We're sorry you had doubts, and you're welcome to ask us anything.",
        "You're right that your photos were late, and we're sorry. Our editing computer failed, and we should have told you straight away instead of going quiet.",
        "Fair play, our playlist is mostly my nan's favourites. We'll sort it, promise.",
        "Thank you for the wonderful review of our Christmas hampers! Every order placed before the 15th gets free local delivery, for everyone.",
        "We're sorry the card machine was down on Friday. We've now got a backup reader, so you can always pay by card.",
    ],
    "fr": [
        "Merci beaucoup pour votre gentil message, ça nous fait vraiment plaisir ! À bientôt à la boucherie, une fois.",
        "Nous sommes désolés que votre côte de bœuf n'ait pas été à la hauteur. Passez au comptoir ou appelez la boucherie au 02 512 34 56, on vous la remplace avec plaisir.",
        "Petit rappel : notre carte de fidélité est ouverte à tous, la dixième partie de minigolf est offerte, que vous laissiez un avis ou pas.",
        "Merci pour vos mots sur Inès ! Elle perce chez nous depuis huit ans et elle sera ravie de savoir qu'elle vous a mise en confiance.",
        "Toutes nos excuses : Julien s'est trompé dans la pesée de votre commande, mais c'est à nous de mieux former l'équipe. Nous vous avons remboursé la différence.",
        "Nous avons été très touchés d'apprendre le décès de votre maman. Toute l'équipe du studio vous adresse ses sincères condoléances ; la séance vous attend quand vous le souhaiterez.",
        "Nous comprenons votre déception. Pour la sécurité de tous, nous ne perçons pas les mineurs sans la présence d'un parent muni d'une pièce d'identité, et nous aurions dû le préciser lors de votre appel.",
        "Merci pour votre retour. Pour précision, le pass journée comprend le café et le thé mais pas les boissons du bar ; nous avons clarifié l'affichage à l'accueil.",
        "Vous avez raison, notre moulin du trou n°5 a plus de rhumatismes que le patron. Il sera réparé avant Pâques, promis !",
        "Merci ma petite, votre mot nous a fait bien plaisir, à mon mari et à moi. On vous garde de belles pommes pour samedi.",
        "Milesker pour votre visite ! Nos producteurs du Pays basque seront heureux de savoir que leurs fromages vous ont plu.",
        "Grazie à vous ! C'était un plaisir de vous accueillir au studio, et on espère vous revoir l'été prochain.",
        "Vous avez tout à fait raison, l'acompte est remboursable selon nos conditions générales, et le virement est parti ce matin. Désolés pour le délai.",
        "Notre caméra filme uniquement la caisse ; nous avons regardé les images pour retrouver votre carte bancaire et elle vous attend à l'accueil.",
        "Pour régler cela au calme, écrivez-nous à contact@studio-lumiere.example ou appelez le studio du mardi au samedi.",
        "Nous ne voulons jamais qu'un client reparte déçu, et nous sommes désolés que ce soit arrivé. Nous avons revu l'organisation du samedi.",
        "Nous sommes désolés pour le retard de livraison. Notre camionnette est tombée en panne ce matin-là, mais nous aurions dû vous prévenir, et la prochaine livraison vous est offerte.",
        "Merci d'avoir partagé votre expérience ! Suite aux retours de nos membres, les cabines téléphoniques sont désormais réservables en ligne. Notre équipe communauté reste disponible à l'accueil.",
        "Désolé pour l'attente, c'était la folie ce samedi-là. On a ajouté un deuxième photographe le week-end, revenez nous voir hein.",
        "Je suis désolé, mes vieilles jambes ne vont plus aussi vite. Mon petit-fils vient m'aider le samedi maintenant, vous attendrez moins.",
        "Nous sommes ouverts du mardi au samedi de 8h à 19h, au 12 rue du Marché, juste à côté de l'église. Au plaisir de vous voir.",
        "Vous avez raison pour les emballages plastique sur les concombres, ce n'est pas digne d'une épicerie bio. Nous avons demandé au maraîcher de passer au papier.",
        "C'est vrai, le pass journée est passé de 20 à 25 euros. Le coût de l'énergie a beaucoup augmenté et nous en sommes désolés ; le tarif à 20 euros reste valable avant 10h.",
        "Désolés de ne pas avoir pu vous proposer de bureau lundi. Nous avons mis en place une liste d'attente et vous recevrez un SMS dès qu'une place se libère.",
        "Trois étoiles, c'est honnête pour une journée où la machine à café est tombée en panne. Merci pour votre franchise, on espère mériter les deux autres !",
        "Nous voyons les choses un peu différemment, l'affiche indiquait que l'offre s'arrêtait dimanche, mais nous comprenons la confusion et nous vous l'appliquerons volontiers à votre prochain passage.",
        "Merci et à bientôt !",
        "Félicitations pour votre mariage ! Ce fut un honneur de photographier cette belle journée, tous nos vœux de bonheur.",
        "Désolés pour les œufs cassés. Passez à la caisse, même sans ticket, et on vous les remplace.",
        "Navrés que votre hélix vous fasse souffrir. Repassez quand vous voulez pour un contrôle gratuit, le suivi est offert à tous nos clients.",
        "On sait à quel point c'est agaçant quand une réservation tourne mal, et on veut vraiment arranger ça.",
        "Notre apprenti Lucas débutait quand il vous a servi, et c'était à nous de mettre un boucher expérimenté à ses côtés. Nous avons revu le planning.",
        "Ravis que la soirée de lancement vous ait plu ! Notre parrainage est ouvert à tous les membres : une semaine offerte pour vous et votre filleul, sans condition d'avis.",
        "Désolés que les petits n'aient pas pu aller sur le pont de corde du trou 12. Il est fermé par temps de pluie car les planches glissent, et on préfère décevoir que voir quelqu'un se blesser.",
        "Pour rassurer tout le monde, notre studio est déclaré auprès de l'ARS et notre attestation de formation à l'hygiène est affichée à l'entrée. N'hésitez pas à nous poser toutes vos questions.",
        "Vous avez raison, les photos sont arrivées en retard et nous en sommes désolés. Notre ordinateur a lâché, et nous aurions dû vous prévenir tout de suite.",
        "Touché ! Notre playlist, c'est surtout les chansons préférées de ma bomma. On va arranger ça, promis.",
        "Vous avez raison, l'attente au comptoir était trop longue en plein août. Nous embauchons un saisonnier de plus l'été prochain. A prestu !",
        "Votre histoire de canard qui vole les balles au trou 4 nous a bien fait rire : il fait ça à tout le monde, on l'a baptisé Gaston.",
        "Merci pour ce gentil mot, ça m'a touchée. Cinquante ans derrière ce comptoir et toujours heureuse de voir des sourires.",
    ],
}
