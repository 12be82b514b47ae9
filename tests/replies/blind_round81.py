"""Blind reply set, round 81: owner replies the pre-post check has never seen.

Who and when: written by helper b79, an independent writer, on 2026-12-06,
for the round 79 brief (a blind set for the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies posted by
owners of bakeries, butchers, cheese shops, wine merchants, delicatessens and
street-food stalls under their customers' reviews.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff).  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the
first reply is a long, warm reply whose fault sits in a single sentence in
the middle; the others are one-liners, slang or texting with emoji, very
formal or corporate wording, veiled and polite phrasings and regional speech.
Good replies include look-alikes that are not faults: an apology with a
concrete fix and an offline channel, warm thanks to happy customers, a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly and a price change explained with an apology.

Registers: French from Marseille, Lille, Rennes, Québec and Belgium, casual
(texting, emoji, local words) and formal (administrative, corporate, an
older owner's very polite style); English from Glasgow, Cork, Melbourne and
Texas, with slang, texting with emoji, very formal corporate English and
very polite older owners.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND81_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Och, what a lovely review to wake up to, thank you! We've been baking in this wee shop off Byres "
                "Road since my granny's day, and it still gives us a thrill when someone tells us the tattie scones"
                " tasted like the ones they had as a bairn. Moira was chuffed to bits that you remembered her from "
                "your last visit, too. If you'd be good enough to bump that up from four stars to five, the next "
                "dozen morning rolls are on the house. Mind and come back for the black bun at New Year, it's the "
                "best we've made in years!"
            ),
            (
                "Appreciate ya partner 🤠 flip that 3 to a 5 and your next brisket plate's on us, just show Dwayne "
                "the screen 🔥🔥"
            ),
            (
                "Should you feel able to revise your assessment of our tasting evening, we would be pleased to "
                "extend a fifteen per cent courtesy reduction on your next mixed case."
            ),
            (
                "Ah sure look, if that little review were to quietly disappear some evening, there might be a nice "
                "wedge of the aged Gubbeen behind the counter with your name on it, no bother at all."
            ),
            "Post us a 5 star review and flash it at the van for a free coffee with any toastie, easy as 👌",
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message qui nous a fait un bien fou un lundi matin pluvieux à "
                "Rennes ! Nous sommes ravis que les galettes de blé noir et le kouign-amann aient fait l'unanimité "
                "à votre table, c'est exactement pour ça qu'on se lève à quatre heures. Notre petit four a ses "
                "caprices, mais quand on lit que la croûte était parfaite, on lui pardonne tout. Si jamais vous "
                "acceptiez de passer votre note à cinq étoiles, un kouign-amann entier vous attendrait, offert, à "
                "votre prochain passage. Au plaisir de vous revoir au marché des Lices, et bonne semaine à toute la"
                " famille !"
            ),
            "Merci fada ! Tu nous mets 5 étoiles et la prochaine panisse c'est cadeau de la maison 😎☀️",
            (
                "Merci ben gros pour le commentaire! Si vous changez votre 2 étoiles pour un beau 5, on vous donne "
                "une livre de fromage en grains à votre prochaine visite 🧀"
            ),
            (
                "Nous nous permettons de vous proposer un bon d'achat de vingt euros, valable sur l'ensemble de "
                "notre boucherie, en contrepartie de la suppression de votre avis."
            ),
            (
                "Si d'aventure votre commentaire venait à s'adoucir un peu, un petit maroilles vous attendrait au "
                "comptoir, sans rien dire à personne, hein 😉"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for coming into the shop, and for the kind words about the square sausage and the steak "
                "pies, which are made every morning by the same three of us who've been here since 1998. We're glad"
                " your mum enjoyed the haggis on Burns Night as well. We've kept the CCTV from that Saturday and "
                "our solicitor has already had a look, so I'd think very carefully before posting anything like "
                "this about us again. Otherwise, we hope you have a lovely Christmas, and the turkey order book is "
                "open until the 20th."
            ),
            (
                "Sure would be a shame if folks round here found out who wrote this 🤠 we know where you park that "
                "white pickup every Sunday"
            ),
            (
                "Please be advised that the statements in this review are defamatory. Our legal counsel has been "
                "instructed and will be contacting you directly should the review remain online after Friday."
            ),
            (
                "Your manager at the credit union might be very interested to hear how you carried on in the shop, "
                "so I'd have a good think about that review if I were you."
            ),
            (
                "Mate, post one more review like this and your photo goes up on the stall with a big 'do not serve'"
                " sign for the whole market to see 😤"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à la fromagerie. Nous "
                "sommes contents que le vieux-Lille et la mimolette extra-vieille aient plu à vos amis, on les "
                "affine nous-mêmes dans la cave depuis plus de vingt ans. Sachez quand même que nous avons votre "
                "nom, votre plaque d'immatriculation et les images de la caméra, et que notre avocat attend "
                "simplement notre feu vert pour vous envoyer un courrier. Pour le reste, le marché de Wazemmes "
                "reprend dimanche et nous y serons avec le camion, comme chaque semaine."
            ),
            (
                "Continue à raconter ça partout et tu vas voir, à Marseille tout se sait, on sait très bien où te "
                "trouver 😡"
            ),
            (
                "Votre patron à la caisse pop sera sûrement curieux de savoir comment vous vous êtes comporté dans "
                "notre boucherie. Pensez-y avant de laisser ce commentaire en ligne."
            ),
            (
                "Nous vous informons qu'à défaut de retrait de cet avis sous huit jours, une plainte pour "
                "dénigrement sera déposée à votre encontre et les frais de procédure vous seront réclamés."
            ),
            (
                "On préfère vous prévenir gentiment : vos coordonnées sont désormais affichées derrière le comptoir"
                " de la crêperie, et chaque commerçant des Lices saura qui vous êtes."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you so much for the beautiful photos, they made the whole bakehouse smile! Lemon and "
                "elderflower is one of our favourite combinations, and we're so pleased the three tiers survived "
                "the drive up the Nepean Highway in that heat. Your order #4471, the one picked up on Saturday the "
                "14th by your sister Jess for your engagement at 22 Rathdowne Street, was honestly the prettiest "
                "cake we made all spring. We hope the rest of the night was every bit as lovely, and we'd love to "
                "bake for the wedding itself when the time comes."
            ),
            (
                "Thx Darlene!! so good seein you n Bobby Ray at the stall Tuesday night 😁 we got ur number "
                "512-555-0187 on file so we'll text ya when the pit's fired up"
            ),
            (
                "We have reviewed the transaction on your Visa card ending 8812 of 3 November and can confirm that "
                "the case of Rioja was dispatched to 14 Hyndland Road, Flat 2/1, as requested."
            ),
            (
                "Ah sorry Mrs O'Mahony, we'd no idea about your lactose intolerance when you came in Thursday with "
                "the grandkids, we'll keep a dairy-free one aside for you."
            ),
            "Sorry aboot that Gary, we'll ring ye on 07700 900312 the morra and sort it.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce joli message, il a fait le tour de toute l'équipe ce matin ! Nous sommes "
                "ravis que le plateau de fromages ait régalé vos invités, et que le maroilles ait tenu tête aux "
                "vins de votre cave. Nous avons bien retrouvé votre commande n° 2318 au nom de Mme Delannoy, "
                "retirée le samedi 9 novembre avec votre mari et votre belle-mère, et nous sommes heureux qu'elle "
                "ait fait le bonheur de votre anniversaire de mariage. Au plaisir de vous préparer le plateau des "
                "fêtes, et encore merci pour votre fidélité."
            ),
            (
                "Merci Karim ! Content de t'avoir vu mardi soir au camion avec ta copine Inès, on t'envoie le menu "
                "sur ton 06 12 34 56 78 🌮"
            ),
            (
                "Nous avons vérifié la transaction effectuée avec votre carte Visa se terminant par 4402 le 2 "
                "décembre, ainsi que votre adresse de livraison au 1180, rue Cartier, appartement 3."
            ),
            (
                "Chère Madame Peeters, puisque vous nous avez confié être diabétique lors de votre passage jeudi, "
                "nous vous préparerons dorénavant vos couques sans sucre ajouté."
            ),
            "Désolé Yann, on te rappelle au 06 98 76 54 32 ou sur yann.leguen@orange.fr pour ta galette-saucisse.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for stopping into the deli, and for the lovely words about the spiced beef and the brown "
                "bread, which my mother still bakes every morning at seventy-eight. The English Market has been "
                "home to us for three generations and we love seeing new faces at the counter. Honestly, though, I "
                "think you came in looking for something to moan about and a free lunch at the end of it, and "
                "that's not how we do things here. The Christmas hampers are going fast, so do have a look if "
                "you're passing."
            ),
            "Absolute numpty. Ye cannae tell a Scotch pie fae a bridie and ye want tae review us? 🙄",
            (
                "With all due respect, ma'am, I have run this bakery for forty-one years and I know a freeloader "
                "when I read one."
            ),
            "Some blokes are just born sooks and you're clearly one of them, mate 🤷‍♂️",
            (
                "Our internal review indicates that the complainant acted in bad faith, with the sole apparent "
                "objective of obtaining goods without payment."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'être passé à la boucherie, c'est toujours un plaisir de voir du monde le "
                "samedi matin sur le marché de la Plaine. Nos agneaux viennent des Alpilles, on connaît l'éleveur "
                "depuis trente ans, et on est fiers de la viande qu'on vous propose. Par contre, soyons honnêtes, "
                "vous cherchiez surtout à repartir avec votre gigot sans le payer, et ça, ça ne marche pas chez "
                "nous. Pour Noël, pensez à réserver vos chapons avant le 15, ils partent vite."
            ),
            "T'es un vrai bourrin, tu connais rien au maroilles alors arrête de raconter n'importe quoi 😤",
            (
                "Il apparaît clairement que Monsieur a inventé de toutes pièces cet incident dans le but évident "
                "d'obtenir un dédommagement."
            ),
            "Franchement t'es rien qu'un chialeux, y'a rien qui fait ton bonheur dans la vie 🙄",
            "Nous avons l'habitude des clients de mauvaise foi, et votre avis en est un parfait exemple.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for visiting us at the Prahran Market, and for the kind words about the almond "
                "croissants, which our pastry team laminate by hand every single morning. It's lovely to hear the "
                "coffee hit the spot on such a cold Melbourne day. And yes, we'll be sure to rename the sourdough "
                "'the slightly too crusty loaf' just for you, since a crust on bread is clearly such a shocking "
                "surprise. We're open every day through the school holidays, so come and say hello again."
            ),
            "Oh no, the BBQ tasted smoky?? Who could've ever seen that comin 😂😂",
            "Aye, sorry the pie was hot. We'll start serving them straight fae the freezer, will we? 🙃",
            (
                "Thank you, sir, for your expert guidance. We shall of course consult you before ageing any cheese "
                "in future, as your three visits so clearly qualify you."
            ),
            (
                "How wonderful to receive such a detailed lesson on Burgundy from a customer who asked us for 'a "
                "nice red, not too winey'. We are most grateful."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'être venus nous voir à la fromagerie, c'est toujours un plaisir d'accueillir "
                "des visiteurs de passage à Québec. On est contents que le cheddar vieilli et le pain aux noix vous"
                " aient plu, c'est notre duo préféré aussi. Et promis, la prochaine fois on demandera à nos vaches "
                "de faire du fromage qui sent moins le fromage, juste pour vous. Bonne fin de séjour, et n'oubliez "
                "pas de goûter à la tire sur la neige avant de repartir!"
            ),
            "Ah ouais, la bouillabaisse était trop chère ? On aurait dû la faire aux bâtonnets de surimi peut-être 😂",
            "Bravo, quelle découverte : le maroilles, ça sent fort. Merci pour ce scoop, on n'était pas au courant 👏",
            (
                "Nous prenons bonne note de votre remarque et ne manquerons pas de réduire la taille de nos frites "
                "afin qu'elles conviennent à un palais aussi délicat que le vôtre."
            ),
            "Une galette trop beurrée en Bretagne ? Quel scandale, on appelle la préfecture tout de suite 🙄",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks for taking the time to write, and for being such a loyal customer over the years; we know "
                "your face even if we don't always get the chance to chat in the morning rush. We're delighted the "
                "empire biscuits are still your favourite. The mix-up with your change was Kyle on the till, and "
                "frankly he's been a liability since he started, so he's been given his final warning. We'd love to"
                " see you back in for the Christmas shortbread, and the kettle's always on."
            ),
            "Sorry y'all, Tyler burnt the ribs AGAIN smh 🙄 he's on dish duty for a month",
            "That was all Siobhán's doing, she's only a young one and she doesn't listen to a word you tell her.",
            (
                "Following an internal review, we have established that the error was caused by our junior staff "
                "member, Ms Chloe Hart, who has since been removed from customer-facing duties."
            ),
            (
                "We'd gently point out that it wasn't the shop that recommended that wine, but Dominic, who was "
                "covering the floor that afternoon and has been firmly reminded to stick to what he knows."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message et pour votre fidélité, on vous voit au stand presque tous les"
                " samedis depuis l'ouverture ! On est contents que la galette-saucisse reste votre petit plaisir du"
                " week-end, et on a hâte de vous faire goûter notre nouvelle crêpe au caramel au beurre salé. C'est"
                " Gwenaëlle qui était aux billigs ce soir-là, elle a complètement raté vos galettes et elle a été "
                "sérieusement recadrée depuis. On vous attend samedi prochain, avec une bolée de cidre bien "
                "fraîche."
            ),
            "Dsl c'est Momo qui a oublié ta sauce, il va se faire tirer les oreilles crois-moi 😤",
            (
                "Désolé, c'est Kevin qui était à la caisse, y'est pas mal dans la lune ce gars-là, on va y parler "
                "dans le casque."
            ),
            (
                "Après vérification, l'erreur de pesée est imputable à notre vendeuse, Mademoiselle Lambert, à "
                "l'encontre de laquelle une sanction disciplinaire a été prise."
            ),
            (
                "Nous ne visons personne, mais disons que Jérémy, notre apprenti, n'a vraiment pas été à la hauteur"
                " ce samedi-là."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Howdy, and thank you kindly for comin out to the food truck park, and for the sweet words about "
                "the jalapeño cheddar sausage, which is my daddy's recipe from back in Lockhart. We love seein "
                "families spread out on the picnic tables on a Friday night. The wait was long because our "
                "pitmaster was out sick, the propane delivery came late, the health inspector dropped by that "
                "morning, the heat knocked out our generator twice, a wedding party ordered forty plates right "
                "before you, and good brisket takes fourteen hours no matter how hungry folks get. We sure hope to "
                "see y'all again real soon."
            ),
            (
                "Look, it wis the Saturday before Christmas, the oven packed in, two staff phoned in sick, the "
                "delivery van got a flat on the M8, the card machine was playin up and the rain was comin in "
                "sideways. That's just how it goes some days."
            ),
            (
                "The delay in fulfilment arose from a combination of factors: an unforeseen customs hold on the "
                "consignment, a revised allocation from the producer, the migration of our ordering platform, "
                "reduced courier capacity in December and the statutory requirement for age verification on "
                "delivery. Each of these factors was outside our direct control."
            ),
            (
                "Well now, the ham is dear because the price of pigs has gone up, and the electricity bills are "
                "something shocking, and the rates are up again, and we pay our girls properly, and the smoking "
                "takes three full days, and it comes from a farm outside Macroom that uses none of that cheap feed,"
                " and sure that's the way things are."
            ),
            (
                "Mate it was Grand Prix weekend 🏎️ trams were down, half the crew stuck in traffic, the fryer "
                "tripped the breaker twice, supplier shorted us on potatoes AND it was 41 degrees 🥵 so yeah"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'être passés à la friterie après le match, c'est toujours une joie de voir le "
                "quartier se retrouver autour d'un cornet ! On est contents que la sauce andalouse maison vous ait "
                "plu, c'est la recette de mon père depuis 1987. L'attente s'explique par le fait que la bonbonne de"
                " gaz a lâché en plein service, que notre fournisseur de pommes de terre nous a livrés avec deux "
                "heures de retard, que notre deuxième friteur était bloqué sur le ring à cause d'un accident, que "
                "la ville avait coupé l'électricité de la place pour le marché de Noël et qu'il y avait trois cars "
                "de supporters devant vous. On vous attend le week-end prochain, avec une fricadelle pour les "
                "petits."
            ),
            (
                "Oh, l'attente ? C'était le jour du match de l'OM, le livreur de farine était en retard, la machine"
                " à café a lâché, deux vendeuses avaient la grippe, la mairie avait bloqué la rue pour des travaux "
                "et le four a mis une heure à chauffer. Voilà voilà."
            ),
            (
                "Le délai s'explique par plusieurs éléments : la tempête de neige du matin, le retard de notre "
                "fournisseur de lait cru, la fermeture partielle du pont Jacques-Cartier, un bris de notre chambre "
                "froide et l'absence imprévue de deux employés. Ces circonstances échappaient entièrement à notre "
                "contrôle."
            ),
            (
                "Le prix ? Ben le lait a augmenté, l'électricité a doublé, les affineurs ont augmenté, le loyer de "
                "la rue de Béthune aussi, et nous on a les normes sanitaires à respecter, les salaires à payer et "
                "la TVA, donc voilà quoi."
            ),
            (
                "Le cidre était tiède parce que le frigo du stand a lâché avec la chaleur, que le groupe "
                "électrogène était partagé avec le stand d'à côté, que la glace n'a pas été livrée, que le marché "
                "était bondé et qu'on avait deux saisonniers qui commençaient ce jour-là."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for coming into the bakery, and for the lovely words about the brown soda bread and the "
                "apple tart, both of which are baked in the same old oven we've had on Oliver Plunkett Street since"
                " 1964. It's great to hear the staff made you feel welcome on your first visit to Cork. There was "
                "no hair in that scone, full stop; it simply did not happen in our kitchen. We hope you enjoy the "
                "rest of your trip, and the kettle is always on if you're passing again."
            ),
            "Nope. Never happened. Our brisket ain't been dry a day in its life 🤠",
            "Naebody in this shop has ever been rude tae a customer. That didnae happen.",
            (
                "We categorically reject the assertion that the bottle supplied was corked. No such incident "
                "occurred on our premises."
            ),
            (
                "I'm afraid there must be some confusion, dear, as we have never once sold a pie past its date, and"
                " we certainly didn't on that day."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire, on apprécie toujours les commentaires de "
                "nos clients du quartier Limoilou. On est contents que les croissants au beurre et la miche au "
                "levain fassent partie de vos dimanches, c'est ce qui nous motive à allumer le four à trois heures "
                "du matin. Par contre, il n'y a jamais eu de moisissure sur notre pain, c'est tout simplement "
                "impossible, ça n'est jamais arrivé. Au plaisir de vous revoir bientôt, et passez de belles Fêtes "
                "avec votre famille!"
            ),
            "N'importe quoi, y'a jamais eu de cheveu dans nos pizzas, ça s'est jamais passé, point.",
            (
                "Nous contestons formellement les faits allégués : aucun client n'a été servi en retard ce "
                "samedi-là dans notre établissement."
            ),
            "Non. Y'a jamais eu personne d'impoli à notre fromagerie. Jamais.",
            (
                "Nous sommes au regret de vous dire que cet incident n'a tout simplement pas eu lieu : le "
                "kouign-amann vendu ce jour-là sortait du four le matin même."
            ),
        ],
    },
}

BLIND81_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "So sorry your morning rolls were doughy last weekend. Our oven thermostat was playing up and the "
            "engineer has since replaced it. Please pop in and ask for Fiona, or email hello@lockbakery.co.uk, and "
            "we'll make it right."
        ),
        (
            "Well shoot, thank y'all kindly! Tickled pink you liked the burnt ends. Come see us again at the "
            "Saturday market 🤠"
        ),
        (
            "Thanks for the feedback! Just so you know, our stamp card is for everyone: ten coffees and the "
            "eleventh is on us, no strings attached, whatever you think of us ☕"
        ),
        (
            "Sorry to hear your order was short. Ring us on 021 427 1234 any morning from 8 and we'll sort it out "
            "for you."
        ),
        (
            "Thank you! We'll pass your kind words on to Jamie, who's been icing our cakes for twelve years and "
            "still gets giddy about a good unicorn cake."
        ),
        (
            "You're right, Callum gave you the wrong change, and that's on us, not him: we hadn't trained him on "
            "the new till yet. That's fixed now, and we're sorry for the bother."
        ),
        (
            "We're sorry the Brie was past its best. We've already refunded the full amount, and it should show "
            "within three working days."
        ),
        (
            "Apologies for the wait on Friday night. We were one cook down as he'd been taken ill, and we should "
            "have put a sign up to warn you. Sorry again."
        ),
        (
            "Sorry for the awkward moment at the till. The law means we have to ask for ID from anyone who looks "
            "under 25 when buying wine, so it's never personal, and we're sorry it felt that way."
        ),
        (
            "So sorry your car was scraped in our car park. Our insurer can help with this, so please email us at "
            "info@corkfinefoods.ie and we'll send their details straight over."
        ),
        (
            "How awful that your bag was taken while you were queuing at the stall. We've kept our CCTV from that "
            "evening and we're happy to pass it to the police once you report it. Message us and we'll help however"
            " we can."
        ),
        (
            "Fair cop, our scones were flatter than my singing last Saturday. New baking powder's in and they're "
            "back to full height. Sorry!"
        ),
        (
            "Thanks for the three stars and the honest words. We'd love to know what would have made your visit "
            "better, so drop us a line at the shop anytime."
        ),
        (
            "Thanks for letting us know. Our log shows the cheese was cut that morning, but we'd still really like "
            "to hear more. Could you bring it back in or give us a ring? We want to get to the bottom of it."
        ),
        (
            "We're so sorry for your loss, and honoured that our sandwiches played a small part in the day. "
            "Thinking of you and your family."
        ),
        "Congratulations on the wedding! 🎉 So chuffed the cheese tower held up, wishing you both every happiness.",
        (
            "Sorry we couldn't let your wee one behind the counter to see the slicer. It's a very sharp bit of kit,"
            " so only trained staff go near it, but we'd love to show her the sausage-making next time!"
        ),
        (
            "You're right that our pies went up 40p, and we're sorry. Butter has gone up a lot this year, and we've"
            " kept the soup and roll deal the same."
        ),
        "Sorry you found us shut on Monday! We're open Tuesday to Sunday, 8am to 4pm. Hope to see you soon.",
        (
            "Thanks for the kind words! For anyone looking, we've moved to 12 Gibson Street, just round the corner "
            "from the old shop."
        ),
        "Y'all are the best 🙌🔥 thanks for makin the drive out to see us!",
        "Ah thanks a million, you're very good. Delighted you enjoyed the spiced beef, see you at Christmas!",
        "Legend, cheers for the kind words 🙏 the bao crew are stoked.",
        (
            "Dear customer, thank you ever so much for taking the time to write. It means a great deal to my wife "
            "and me, who have kept this little shop since 1979."
        ),
        (
            "We apologise for the incorrect item in your hamper. A replacement has been dispatched today, and our "
            "customer care team can be reached on 0141 555 0100 should you need anything further."
        ),
        (
            "Thanks for stopping by! If you fancy it, our refer-a-friend scheme gives you and your pal £5 off their"
            " first order. It's open to everyone, review or no review."
        ),
        (
            "We're sorry the haggis wasn't to your liking. It's our grandad's recipe and we've kept it the same for"
            " thirty years, so it may just not be your thing, but we'd be glad to let you taste the peppered one "
            "next time you're in."
        ),
        "Sorry we ran outta brisket before you got there, partner. We're smokin extra this weekend.",
        "Cheers pal!! 🥧 glad the steak pies went doon a treat",
        (
            "We're sorry. Aoife did pack the wrong cheese, but she was covering three jobs at once because we'd "
            "left her short-handed, and that's our doing, not hers. We've put an extra pair of hands on for "
            "Saturdays."
        ),
        (
            "We're sorry we couldn't promise the brownies were nut-free. Everything is baked in one small kitchen, "
            "so we can't rule out traces, and we'd never want to take a chance with anyone's health. Our full "
            "allergen list is on the counter and on our website."
        ),
        (
            "We're really sorry about the corked bottle. We refunded it in full this morning, and please never "
            "hesitate to bring back a bottle that isn't right."
        ),
        (
            "Thanks for asking about our hygiene rating. We're proud to hold a 5 from the council, and you're "
            "welcome to see the certificate by the till."
        ),
        (
            "Guilty as charged, the garlic sausage does have a lot of garlic. We've warned the local vampires. "
            "Sorry it was too much for you!"
        ),
        (
            "Sorry about the jump in price on the sourdough; our rent went up in July. We've added a half loaf for "
            "$5 for anyone who doesn't need a whole one."
        ),
        (
            "Thank you for the four stars, and for the tip about the coffee temperature. We've turned the machine "
            "down a notch."
        ),
        "Happy 50th to your dad! 🎂 We loved making the pork pie cake, hope there's some left for tomorrow.",
        (
            "Thank you kindly for your lovely note. It's a great comfort to know the old family recipe still "
            "pleases people after all these years."
        ),
        (
            "We're sorry your gift box arrived late. Please email our owner Ross directly at "
            "ross@glenwinemerchants.co.uk and he'll look into it personally."
        ),
        "Thanks so much, see you next Friday at the market!",
    ],
    "fr": [
        (
            "Toutes nos excuses pour la fougasse trop cuite de dimanche. Nous avons fait régler le four depuis, et "
            "on serait contents d'en parler avec vous : appelez-nous au 04 91 55 23 10 ou passez voir Nadia au "
            "comptoir."
        ),
        (
            "Merci beaucoup pour ce chouette message ! Toute l'équipe de la fromagerie est ravie que le plateau ait"
            " plu à vos invités."
        ),
        (
            "Merci pour votre visite! Petit rappel : notre carte fidélité est offerte à tous nos clients, qu'ils "
            "nous laissent un avis ou non. Au dixième pain, le onzième est gratuit."
        ),
        (
            "Nous sommes désolés pour cette erreur de commande. N'hésitez pas à nous joindre au 02 512 34 56, du "
            "mardi au samedi de 7 h à 18 h."
        ),
        "Merci ! On transmet vos compliments à Maëlle, qui prépare nos galettes depuis dix ans avec le même sourire.",
        (
            "Vous avez raison : Thomas vous a rendu la monnaie sur 20 € au lieu de 50 €. C'est notre "
            "responsabilité, pas la sienne, car nous n'avions pas encore formé l'équipe à la nouvelle caisse. "
            "Toutes nos excuses, la différence vous attend à la boutique."
        ),
        (
            "Nous sommes navrés que le comté ait été trop sec. Le remboursement a été effectué ce matin et "
            "apparaîtra sous quelques jours."
        ),
        (
            "Pardon pour l'attente samedi midi, on avait un cuisinier malade et on aurait dû vous prévenir dès "
            "votre arrivée. Désolés encore."
        ),
        (
            "Nous sommes désolés pour ce moment gênant à la caisse. La loi belge nous impose de vérifier l'âge des "
            "clients pour la vente d'alcool, nous demandons donc une pièce d'identité en cas de doute ; ce n'était "
            "absolument pas personnel."
        ),
        (
            "Nous sommes vraiment désolés pour votre manteau taché de sauce. Notre assurance responsabilité civile "
            "peut prendre en charge le nettoyage : écrivez-nous à contact@traiteurduvieuxport.fr et nous ferons la "
            "démarche ensemble."
        ),
        (
            "Quelle mauvaise surprise de vous être fait voler votre téléphone devant la friterie. Nous avons "
            "conservé les images de notre caméra et nous les transmettrons à la police dès que vous aurez porté "
            "plainte. Écrivez-nous, on vous aide."
        ),
        "Bien vu : notre cidre était plus tiède que l'été breton ce jour-là. Le nouveau frigo est arrivé, désolés !",
        (
            "Merci pour les trois étoiles et vos commentaires honnêtes. On aimerait savoir ce qui vous a manqué, "
            "écrivez-nous quand vous voulez."
        ),
        (
            "Merci pour votre retour. D'après notre registre, les pralines avaient été fabriquées la veille, mais "
            "nous aimerions beaucoup comprendre ce qui s'est passé : pourriez-vous nous rapporter la boîte ou nous "
            "téléphoner ?"
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Nous sommes touchés d'avoir pu préparer le buffet "
            "pour cette journée si difficile."
        ),
        (
            "Félicitations pour votre mariage ! 🎉 Trop contents que la pièce montée ait tenu jusqu'au bout malgré "
            "le mistral."
        ),
        (
            "Désolés qu'on n'ait pas pu laisser votre garçon s'approcher de la trancheuse. C'est une machine très "
            "coupante et seuls nos bouchers formés y ont accès, mais on va se faire un plaisir de lui montrer le "
            "fumoir la prochaine fois!"
        ),
        (
            "Vous avez raison, le pain a augmenté de 10 centimes et nous en sommes désolés : le prix de la farine a"
            " fortement grimpé cette année. La baguette tradition, elle, reste au même prix."
        ),
        (
            "Désolés que vous ayez trouvé porte close ! Nous sommes ouverts du mardi au samedi de 7 h à 19 h 30, et"
            " le dimanche jusqu'à 13 h."
        ),
        (
            "Merci ! Pour ceux qui nous cherchent, la boucherie a déménagé au 45, rue de la Station, juste en face "
            "de l'ancienne adresse."
        ),
        "Merci mon frère, ça fait plaisir ! Reviens quand tu veux pour la pizza au feu de bois 🍕🔥",
        "Merci ben gros! Ça fait chaud au cœur, on a hâte de vous revoir 🥖",
        (
            "Merci à vous ! Ravis que la carbonade vous ait rappelé celle de votre grand-mère, c'est le plus beau "
            "des compliments."
        ),
        (
            "Madame, Monsieur, nous vous remercions très sincèrement pour votre aimable message. Il nous touche "
            "profondément, mon épouse et moi, qui tenons cette boulangerie depuis 1982."
        ),
        (
            "Nous vous présentons nos excuses pour l'erreur dans votre coffret cadeau. Un nouveau colis vous a été "
            "expédié ce jour, et notre service à la clientèle demeure joignable au 418 555-0147."
        ),
        (
            "Petit rappel : notre programme de parrainage offre 5 € à vous et à votre ami dès sa première commande,"
            " et il est ouvert à tout le monde, avec ou sans avis."
        ),
        (
            "Nous sommes désolés que la tapenade vous ait semblé trop salée. C'est la recette de ma grand-mère, "
            "qu'on garde telle quelle depuis quarante ans, donc elle n'est peut-être pas à votre goût, mais on "
            "serait heureux de vous faire goûter la version aux olives vertes la prochaine fois."
        ),
        "Désolés, plus de galettes-saucisses à 14 h ce samedi-là, on en prévoit le double pour le prochain match !",
        "Merchi biloute !! 🍟 à tantôt à la friterie",
        (
            "On est désolés. C'est vrai que Jessica a emballé le mauvais fromage, mais elle était seule au comptoir"
            " parce qu'on avait mal monté l'horaire. C'est notre erreur à nous, et on a ajouté quelqu'un le samedi."
        ),
        (
            "Nous sommes désolés de ne pas pouvoir garantir l'absence de fruits à coque dans nos pâtisseries. Tout "
            "est préparé dans le même laboratoire, et nous préférons être honnêtes plutôt que de prendre le moindre"
            " risque. La liste des allergènes est affichée en boutique."
        ),
        (
            "Toutes nos excuses pour cette bouteille bouchonnée. Elle vous a été remboursée aujourd'hui, et "
            "n'hésitez jamais à nous rapporter une bouteille qui ne vous convient pas."
        ),
        (
            "Merci de vous intéresser à notre hygiène : le résultat de notre dernier contrôle sanitaire, affiché en"
            " vitrine, est « très satisfaisant »."
        ),
        (
            "Coupables : notre saucisson à l'ail contient beaucoup d'ail. On a prévenu les vampires du quartier. "
            "Désolés qu'il vous ait paru trop fort !"
        ),
        (
            "Pardon pour la hausse du prix de nos accras, la morue a beaucoup augmenté cet automne. Nous proposons "
            "désormais une demi-portion pour ceux qui veulent simplement goûter."
        ),
        (
            "Merci pour vos quatre étoiles et pour la remarque sur le café trop chaud, on a baissé la température "
            "de la machine."
        ),
        "Joyeux anniversaire à votre papa ! 🎂 On a adoré préparer le gâteau en forme de fût de bière. Santé !",
        "Sincères condoléances à toute votre famille. On pense fort à vous.",
        (
            "Désolés pour ce retard de livraison. Écrivez directement à notre gérante, Sophie, à "
            "sophie@caveduvieuxport.fr, elle suivra votre commande personnellement."
        ),
        "Merci beaucoup, à samedi au marché des Lices !",
    ],
}
