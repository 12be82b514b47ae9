"""Blind reply set, round 93: owner replies the pre-post check has never seen.

Who and when: written by helper b91, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 91").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
creperies, kebab shops, noodle bars, tea rooms, ice-cream parlours, breweries
and wine bars.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the
first reply is a long, warm reply whose fault sits in a single sentence in
the middle; the others vary between one-liners, slang and texting with emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech.

Registers: French from Brittany, Strasbourg and Alsace, Bayonne and the
Basque coast, Neuchâtel and Cameroon (warm, blunt and formal), texting French
and formal administrative French; English from York, Kilkenny, Auckland and
Oregon (chatty, dry and corporate), texting with emoji and short one-liners.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, warm thanks, condolences, congratulations, a safety rule
explained kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND93_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Oh, what a treat to find this after closing up on a wet Thursday in York. We're so pleased the Earl "
                "Grey loaf cake lived up to its reputation and that the window seat gave you a proper view of the "
                "Minster while you thawed out. Our bakers start at five every morning, so hearing that the scones were "
                "still warm when they reached your table genuinely made their week. Should you feel able to lift your "
                "rating to the full five stars, your next afternoon tea for two will be on the house, just mention it "
                "when you book. Take care on those cobbles and do come back before Christmas!"
            ),
            "Chur for the review bro 🍦 bump it up to 5⭐ n ur next double scoop is on us 😎",
            (
                "Per our Guest Recognition Program, guests who update their published rating following a resolved "
                "concern become eligible for a complimentary growler fill; please contact the taproom to activate this "
                "benefit."
            ),
            (
                "Sure look, if that review were to quietly vanish some evening, there'd be a bottle of the Rioja "
                "waiting behind the bar for you, no questions asked."
            ),
            "Take this down and your next mixed grill's free.",
        ],
        "fr": [
            (
                "Bonsoir et mille mercis pour ce joli message, qui nous a fait sourire après une longue journée au "
                "bord du port. Nous sommes ravis que la complète œuf-jambon-fromage et la galette saucisse vous aient "
                "rappelé les crêpes de votre grand-mère, c'est le plus beau compliment qu'on puisse faire à notre "
                "billig. Gaëlle prépare la pâte au blé noir chaque matin à l'ancienne et elle a été très touchée de "
                "vous lire. Si vous acceptez de revoir votre note pour y mettre les cinq étoiles, une bolée de cidre "
                "et une crêpe caramel au beurre salé vous attendront, offertes par la maison, lors de votre prochain "
                "passage. Au plaisir de vous revoir avant la fin de la saison, kenavo !"
            ),
            (
                "Grand merci mon frère 🙏🏾 tu mets seulement les 5 étoiles là et ton prochain plat de nouilles "
                "sautées est cadeau, on est ensemble 💯"
            ),
            (
                "Nous nous permettons de vous proposer un bon d'achat de vingt francs, qui vous sera adressé dès la "
                "publication d'une évaluation révisée de votre part."
            ),
            (
                "Un petit quelque chose vous attendra au comptoir de la brasserie le jour où ce commentaire ne sera "
                "plus en ligne, gell ?"
            ),
            "Retirez cet avis et vos deux prochains cornets sont pour nous, milesker !",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for coming out to the taproom on such a rainy Portland evening, and for giving the whole "
                "flight a go rather than sticking to the lager. We're genuinely glad the hazy pale and the smoked "
                "porter won you over, and our brewer Dana loved reading your notes on the hop aroma. We hear you on "
                "the patio heaters too, and we've got two more on order before winter properly sets in. That said, "
                "we've forwarded your comment about our kitchen to our attorney, and if it isn't taken down by Friday "
                "you'll be hearing from her directly. We hope to pour you another pint soon!"
            ),
            (
                "We've a fair idea who you are and where you work, so think carefully before you post the like of this "
                "again."
            ),
            (
                "Please be advised that our solicitors have been instructed to review this publication and will be in "
                "contact with you regarding defamation proceedings."
            ),
            (
                "mate we've got u on camera 📹 keep this up n that footage goes straight on our insta "
                "for everyone to see 👀"
            ),
            "We'd gently suggest you don't come back, for your own sake.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir poussé la porte de notre winstub par ce froid de canard, en plein marché de "
                "Noël. Nous sommes heureux que le baeckeoffe et le pinot noir d'Ottrott vous aient réchauffés, et que "
                "la salle boisée vous ait rappelé celle de vos grands-parents. Notre équipe se plie en quatre pendant "
                "cette période et vos mots sur l'accueil lui font du bien. Sachez toutefois que notre avocat a pris "
                "copie de votre message et qu'une plainte sera déposée contre vous si vous ne le retirez pas sous "
                "huitaine. En attendant, nous vous souhaitons de très belles fêtes et un bon retour chez vous."
            ),
            (
                "Tu crois qu'on ne sait pas qui tu es ? On sait très bien où tu habites, continue seulement à écrire "
                "n'importe quoi et tu vas voir."
            ),
            (
                "Nous vous informons que votre employeur sera avisé des propos que vous avez tenus publiquement à "
                "l'encontre de notre établissement."
            ),
            "on a tes images sur la caméra du comptoir 😤 si l'avis reste on les balance sur notre page, t'es prévenu",
            (
                "Il serait plus sage, croyez-nous, de ne plus vous présenter au salon de thé ; nous ne répondrions "
                "plus de rien."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you so much for taking the time to write, and we're truly sorry the afternoon didn't feel as "
                "special as it should have. A birthday tea deserves a calm room and unhurried service, and we know the "
                "clatter from the kitchen that day made both hard to come by. Mrs Hargreaves, we've looked up your "
                "booking for Saturday the 14th at three o'clock, the table for four with your sister and her two lads, "
                "and we can see the cake stand went out a good twenty minutes late. We've since changed how we stagger "
                "the sittings so the kitchen isn't swamped at once. We'd love the chance to make it up to you, so "
                "please do ring the shop whenever suits."
            ),
            (
                "We have issued a correction to the card ending 4417 linked to order #PDX-20931 and apologize for the "
                "duplicate charge."
            ),
            (
                "Hey Tama, we tried ringing you on 021 448 392 but no luck, give us a bell back about the gluten-free "
                "noodles!"
            ),
            (
                "Sorry you felt poorly afterwards, Siobhán; with your coeliac diagnosis we should have been extra "
                "careful with the batter."
            ),
            "we emailed u back at jess.m.carter@gmail.com 📩 check ur spam x",
        ],
        "fr": [
            (
                "Bonjour, et merci sincèrement d'avoir pris le temps de nous écrire un message aussi détaillé. Nous "
                "sommes désolés que la soirée n'ait pas été à la hauteur : une table qui attend trop longtemps ses "
                "galettes, ce n'est pas l'idée que nous nous faisons de l'accueil au Petit Bayonne. Nous avons "
                "retrouvé votre réservation n° 2318 au nom de M. Etcheverry, le jeudi 9 à 20 h, avec votre épouse et "
                "vos beaux-parents, et nous voyons bien que les plats sont sortis avec près de quarante minutes "
                "d'écart. Depuis, nous avons réorganisé le passe pour envoyer les assiettes d'une même table ensemble. "
                "Nous serions très heureux de vous recevoir à nouveau."
            ),
            (
                "Maman Ngo Biyong, on a essayé de vous joindre au 6 77 54 21 09 pour votre commande de soya, "
                "rappelez-nous svp !"
            ),
            (
                "Le remboursement de CHF 38.50 a été effectué sur le compte IBAN CH93 0076 2011 6238 5295 7 que vous "
                "nous avez communiqué."
            ),
            (
                "Madame Schaeffer, compte tenu de votre grossesse, nous comprenons que l'absence de bière sans alcool "
                "vous ait déçue ; nous en aurons désormais."
            ),
            "coucou Gwen 😘 on t'a renvoyé la facture au 12 rue de Siam à Brest, dis-nous si c'est bon",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for dropping in to the brewery on the Castlecomer road, and for giving the new red ale a fair "
                "go on its first weekend out. We're delighted the lads behind the bar made you feel at home, and the "
                "toasted sandwiches seem to have gone down a treat with your group. We're always tinkering with the "
                "recipes, so comments on the bitterness are welcome and we'll keep them in mind for the next batch. "
                "But honestly, anyone who complains about the head on a stout after four pints is either a chancer or "
                "a fool, and you strike us as a bit of both. Either way, mind yourselves on the road home and we'll "
                "see you at the next tasting night."
            ),
            "You were angling for a free meal from the minute you walked in.",
            (
                "Our records indicate this review was fabricated, and we will not engage further with individuals "
                "acting in bad faith."
            ),
            "lol ur clearly just a grumpy old munter 🤡 stick to maccas",
            (
                "One does wonder whether this review was written with the same honesty you showed in claiming you'd "
                "never received your order."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'être passés chez nous à Bastos avec toute la famille, ça nous a fait plaisir de "
                "voir la grande table pleine un dimanche. Nous sommes contents que les nouilles sautées au bœuf et le "
                "jus de gingembre maison aient plu aux enfants, c'est notre fierté. Nous avons aussi bien noté votre "
                "remarque sur la climatisation, le technicien passe la semaine prochaine. Mais franchement, il faut "
                "être d'une sacrée mauvaise foi pour venir raconter que le poulet était cru après avoir vidé son "
                "assiette jusqu'à la dernière bouchée. Pour le reste, la maison vous reste ouverte et on vous souhaite "
                "une bonne semaine."
            ),
            "Vous êtes venu pour gratter un repas gratuit, ça se voyait à des kilomètres.",
            (
                "Votre commentaire relève manifestement de la malveillance d'une personne aigrie, et nous le "
                "traiterons comme tel."
            ),
            "franchement t'es juste un gros relou 🙄 personne t'oblige à revenir",
            (
                "On connaît bien ce genre de client : on finit son assiette, puis on s'invente un problème pour ne pas "
                "payer."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Kia ora and thanks heaps for stopping by the parlour on what was easily the hottest day of the summer "
                "so far. We love that you tried the hokey pokey and the feijoa sorbet side by side, and it's great to "
                "hear the kids were stoked with the sprinkles bar. The queue was out the door most of the afternoon, "
                "so we really appreciate your patience while the team kept scooping. And yes, we're terribly sorry our "
                "ice cream turned out to be cold, we'll see about warming it up for you next time. Hope to see you "
                "back down the waterfront soon!"
            ),
            "Twenty minutes for a pot of tea. A true ordeal. We'll alert the press.",
            "omg a wine bar that serves... wine 😱😂 who could have seen that coming",
            (
                "Ah sure, we'll ring the Michelin people straight away and tell them a man from Callan found his chips "
                "too salty."
            ),
            (
                "Thank you for your thorough critique of our portions; it has been forwarded to our Department of "
                "Bottomless Bowls for urgent review."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir fait le détour jusqu'à notre petite crêperie de la rue des Remparts malgré "
                "le crachin. Nous sommes heureux que la galette complète et le cidre fermier de Plougastel vous aient "
                "plu, et que votre chien ait trouvé sa place sous la table près de la cheminée. Notre salle est "
                "petite, alors merci aussi d'avoir patienté quand les cars de touristes sont arrivés d'un coup. Quant "
                "au caramel au beurre salé que vous avez trouvé trop salé, nous transmettrons vos remarques à l'océan "
                "Atlantique, il sera sûrement ravi de les entendre. Au plaisir de vous revoir à la prochaine grande "
                "marée !"
            ),
            "Une choucroute avec trop de chou, quelle découverte, merci pour ce scoop.",
            "Eh ékié 😂 le soya était pimenté ? Vraiment, quelle surprise dans un soya 🌶️🤣",
            (
                "Nous prenons bonne note que vingt minutes d'attente pour un chocolat chaud constituent à vos yeux une "
                "épreuve comparable à la traversée du lac à la nage."
            ),
            "Merci pour cette critique gastronomique de haute volée, on va l'encadrer à côté des jambons.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for such a thoughtful write-up, and for coming all the way across the river to try our new "
                "hand-pulled noodles. We're glad the chili crisp and the cucumber salad hit the spot, and that your "
                "friends loved the dan dan enough to order seconds. We know the room gets loud on a Friday, so we "
                "appreciate you bearing with the buzz. The mix-up with your order was entirely down to Jordan on the "
                "wok station, who has been written up and taken off Friday shifts. We'd love to cook for you again and "
                "show you what the kitchen can do on a good night."
            ),
            "That'll be Darren on nights. He's been told, and he's on his final warning.",
            "sorry bout that!! Mia was on the till n she's hopeless with orders 🙄 we've had words",
            (
                "Following an internal review, the service failure has been attributed to our bar supervisor, Ms Aoife "
                "Brennan, and appropriate disciplinary measures have been taken."
            ),
            "We'll only say that Ellie was behind the counter that afternoon, which rather explains the melted sundae.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message, qui nous a beaucoup touchés. Nous sommes heureux que vous ayez "
                "apprécié la vue sur le lac depuis la terrasse et que le thé blanc de Darjeeling vous ait accompagnée "
                "tout l'après-midi. Nos pâtissières ont été ravies de lire vos compliments sur la tarte au vin cuit, "
                "une recette de la région qu'elles refont chaque samedi. L'erreur sur votre commande vient uniquement "
                "de Mélanie, notre serveuse, qui a reçu un avertissement. Nous espérons vous accueillir à nouveau très "
                "bientôt pour un goûter sans fausse note."
            ),
            "C'est Junior qui était à la caisse, il a encore tout mélangé. On l'a déjà sanctionné.",
            "dsl 😓 c'est Iñaki qui a zappé vos crêpes, il va se faire remonter les bretelles promis",
            (
                "Après enquête interne, la responsabilité de cet incident incombe à notre brasseur, M. Kevin Muller, "
                "qui fera l'objet d'une mesure disciplinaire."
            ),
            (
                "Disons simplement que Maëlle était seule en salle ce soir-là, et qu'elle en a tiré les leçons, nous y "
                "avons veillé."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks a million for calling in to us on the Parade, and for bringing the whole gang along after the "
                "hurling. It's always lovely to see a full table, and we're glad the barmbrack and the rhubarb crumble "
                "went down so well with the young ones. Our tea comes from a small blender in Cork and we're very "
                "proud of it, so it was nice to hear you noticed. The wait on Sunday was because the big oven threw a "
                "wobbly at eleven, two of the girls were out with a dose, a coach tour landed on us without booking, "
                "the card machine dropped out twice, the milk came late on account of the roadworks, and the scones "
                "need forty minutes in the oven no matter what anyone does. Hope to see you all again when the weather "
                "turns."
            ),
            (
                "Thank you for your feedback. The delay resulted from a combination of factors, including an "
                "unexpected surge in walk-in traffic after the farmers' market, a scheduled tap-line cleaning that ran "
                "long, a supplier substitution on our hop delivery, the closure of the patio due to a wind advisory, "
                "new point-of-sale software still in calibration, and state-mandated staff breaks that fell during "
                "peak hours. We trust this provides full context."
            ),
            (
                "The chips were soft because it was raining, the fryer's thermostat is older than half our customers, "
                "the potato supplier changed varieties in October, Friday's our busiest night, the extractor was being "
                "serviced, and the takeaway boxes steam everything anyway. That's just how it is."
            ),
            (
                "ok so the wait was bc the freezer defrosted overnight, then the courier was late with the cones, then "
                "a bus of tourists rocked up, then the eftpos went down, AND it was 31 degrees 🥵🤷‍♀️ so yeah"
            ),
            (
                "We would simply point out that our broth is simmered for eighteen hours, that hand-pulled noodles "
                "naturally vary in thickness, that Saturday service sees triple our weekday covers, that two suppliers "
                "changed their delivery windows this month, and that the dining room's acoustics are a heritage "
                "constraint we are not permitted to alter."
            ),
        ],
        "fr": [
            (
                "Bonsoir la famille, et merci d'être venus partager un moment chez nous à Essos, ça fait toujours "
                "plaisir de voir du monde qui rit autour des plats. Nous sommes contents que les nouilles au poisson "
                "braisé et les beignets haricots vous aient plu, c'est la recette de la maman du patron. Les jus de "
                "bissap et de gingembre sont faits chaque matin, et vous avez bien remarqué la différence. Ce soir-là, "
                "le courant a sauté deux fois, le groupe électrogène a mis une éternité à démarrer, le fournisseur de "
                "nouilles est arrivé en retard à cause de la pluie, deux serveurs étaient malades, la bouteille de gaz "
                "était presque vide et il y avait un match des Lions à la télé, donc tout le quartier était chez nous "
                "en même temps. Revenez nous voir quand vous voulez, la porte est ouverte."
            ),
            (
                "Nous tenons à préciser que l'attente constatée s'explique par l'affluence exceptionnelle liée au "
                "marché de Noël, par la livraison tardive de notre malteur, par l'absence imprévue de deux "
                "collaborateurs, par une panne du lave-verres survenue à 19 h, par les contraintes réglementaires "
                "pesant sur notre cuisine et par la configuration ancienne de nos locaux, classés, que nous ne sommes "
                "pas autorisés à modifier."
            ),
            (
                "alors la crêpe était froide pcq la billig venait d'être rallumée, la livraison de beurre avait du "
                "retard, on était que deux, y avait 40 couverts, le terminal CB plantait et en plus le vent d'ouest "
                "faisait claquer la porte toute la soirée 🤷‍♂️ voilà"
            ),
            (
                "Nous nous permettons de rappeler que nos thés sont infusés selon des temps précis propres à chaque "
                "cru, que nos pâtisseries sont réalisées sur place et ne peuvent être servies qu'une fois refroidies, "
                "que le dimanche après-midi correspond à notre plus forte fréquentation, que notre personnel est formé "
                "selon des standards exigeants qui demandent du temps, et que la disposition de notre salon, située "
                "dans un immeuble protégé, limite le nombre de tables que nous pouvons servir simultanément."
            ),
            (
                "Si la glace a fondu, c'est qu'il faisait 36 degrés, que le congélateur de vitrine avait été dégivré "
                "le matin même, que le groupe froid tourne à plein depuis juin, que les fêtes de Bayonne avaient amené "
                "trois fois plus de monde que d'habitude et que les cornets artisanaux absorbent plus vite que les "
                "industriels. C'est comme ça en plein été."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for coming along to the brewery tap on a busy race-day Saturday, and for trying so many of the "
                "seasonal casks. It's grand to hear the Yorkshire bitter and the blackcurrant stout were the pick of "
                "the bunch, and the pork pies from the butcher round the corner always seem to disappear fast. We know "
                "the courtyard gets packed on those days and we're looking at adding more benches for the spring. No "
                "glass ended up in anything we served that afternoon, and that simply did not happen here. We'd be "
                "glad to see you back for the autumn beer festival."
            ),
            "No one on our team was rude to you. That didn't happen.",
            "nah nope we never charged anyone twice, not a thing 🙅‍♂️",
            (
                "We categorically reject the assertion that any guest was refused service on the evening described; no "
                "such incident occurred."
            ),
            "Our noodles are never undercooked, so we don't recognise the meal you describe.",
        ],
        "fr": [
            (
                "Bonsoir et merci pour votre visite, ça nous a fait très plaisir de vous accueillir dans notre petite "
                "cave de la Petite France. Nous sommes heureux que le riesling grand cru et la planche de munster vous "
                "aient séduits, et que notre sommelière ait pu vous faire découvrir un pinot gris de vendanges "
                "tardives. La terrasse au bord de l'Ill est un vrai bonheur en septembre, et vous avez eu de la chance "
                "avec la météo. Par contre, aucun verre ébréché n'a été servi ce soir-là, cela n'est tout simplement "
                "pas arrivé. Nous serons ravis de vous revoir pour les vins nouveaux à l'automne."
            ),
            "Non, non et non. Personne ne vous a mal parlé ici. Ça ne s'est pas passé.",
            (
                "Nous contestons formellement qu'une quelconque attente de quarante-cinq minutes ait eu lieu dans "
                "notre établissement."
            ),
            "euh non, y a jamais eu de cheveu dans une galette chez nous 🙅‍♀️ jamais",
            (
                "Toutes nos glaces sortent de notre laboratoire le jour même : ce que vous décrivez ne s'est pas "
                "produit chez nous."
            ),
        ],
    },
}

BLIND93_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're truly sorry the scones came out cold and the tea stewed while you waited. That isn't the afternoon "
            "you booked for, and we've since moved a second oven into the back kitchen so it can't happen on busy "
            "days. If you'd give us the chance to put it right, please ring the shop on 01904 555 218 and ask for "
            "Margaret, or drop a line to hello@bootham-tearoom.co.uk."
        ),
        (
            "Aw, this made our day! Stoked the boysenberry ripple hit the spot after your walk up Maungawhau. Come "
            "back when the feijoa's on in autumn 🍦"
        ),
        (
            "Thanks for stopping by the taproom. Just so you know, our Mug Club is open to anyone who walks in: every "
            "tenth pour is on us, no strings attached, whatever you think of us."
        ),
        (
            "Sorry you found us shut on Tuesday. We're open Wednesday to Sunday, 5pm till 2am, and till 3 on Fridays "
            "and Saturdays. Hope to see you soon."
        ),
        (
            "Thank you, we'll pass this on to Priya, who really does know her way around a Loire list. She'll be "
            "chuffed to bits."
        ),
        (
            "You're right, Hemi brought out the wrong broth when you'd asked for the vegetarian one, and that's on us, "
            "not him: our dockets didn't show the change clearly. We've changed the printer settings so swaps now "
            "print in bold at the top. Sorry, and thanks for telling us."
        ),
        (
            "We've already refunded the full order to your original payment method, and it should show within three to "
            "five business days. Sorry the delivery ran so late."
        ),
        (
            "We're sorry about the wait on Saturday. A burst pipe in the kitchen put us back an hour, and we should "
            "have told you when you sat down instead of leaving you guessing."
        ),
        (
            "So sorry to hear your phone went missing. We checked our CCTV and it was handed in at the counter just "
            "before midnight; it's locked in the safe, so pop in with some ID whenever suits."
        ),
        (
            "We're sorry your bike was taken from the rail outside. Our camera covers the front door and we've saved "
            "the footage in case the Gardaí need it, so just give them our number, 056 777 1234, when you report it."
        ),
        (
            "We're sorry a keg line sprayed your jacket at the bar. Our liability insurance covers dry-cleaning, so "
            "please email taproom@ridgelinebrew.com with the receipt and we'll take care of it."
        ),
        (
            "Thank you for your feedback. Oregon law requires us to check ID for every guest ordering alcohol, "
            "whatever their age, and we apologize that the process felt abrupt. We've asked our hosts to explain it at "
            "the door."
        ),
        (
            "Guilty as charged: our crêpe pan has been sent to the naughty corner and a new one is on order. Sorry "
            "yours arrived looking more like a paper bag than a crêpe!"
        ),
        (
            "Thanks for the three stars and the honest notes on the porter. We're adjusting the roast on the next "
            "batch, and you'd be welcome to try it and tell us whether it's moved in the right direction."
        ),
        (
            "Thanks for the feedback. Our lamb comes fresh from a butcher in Thomastown every morning, though we "
            "understand the texture may not have been to your taste. If you'd like to talk it through, we're on 056 "
            "779 0033, always happy to chat."
        ),
        (
            "We were so sorry to read about your loss. Thank you for spending a quiet afternoon with us at such a hard "
            "time; you'll always be welcome here."
        ),
        (
            "Congratulations on the engagement! 🥂 It was a privilege to have such a happy night happen at our bar. "
            "Heaps of love to you both."
        ),
        (
            "We're sorry we couldn't let your little one dip a spoon into the open tubs. For allergy safety we only "
            "hand out tasters on single-use spoons from behind the counter, which keeps kids with nut allergies safe. "
            "Thanks for understanding."
        ),
        (
            "You're right that our large doner has gone up by 80p, and we're sorry. Lamb prices have jumped this year "
            "and we held off as long as we could; the portions stay exactly the same."
        ),
        "yesss thank u!! 🍜🔥 see u next time for the dan dan",
        "Glad the red ale went down well. Sláinte.",
        (
            "We apologize for the long wait on your delivery order. We have since added a second driver on weekend "
            "evenings. Please contact our guest services team at 503-555-0142 so we can follow up with you directly."
        ),
        (
            "Thanks a million! If you fancy bringing a pal next time, our bring-a-friend scheme gets you both a "
            "half-price coffee; it's for everyone who comes through the door."
        ),
        "So glad you enjoyed the oolong flight! Marisol will be thrilled you remembered her tasting notes.",
        (
            "Thanks for taking the time. The corkage charge is printed on the menu and on the board by the door, but "
            "we understand it's easy to miss on a busy evening. We'd be glad to talk it over at "
            "cellar@micklegatewine.co.uk."
        ),
        "so sorry the tub melted on the way home!! we've refunded it already, should show in a couple of days 🙏",
        (
            "Apologies that the IPA was off tap. A sensor on the tank failed and we pulled the batch rather than serve "
            "it, and we should have updated the board sooner. Sorry for the wasted trip."
        ),
        (
            "Our teapot lids have a long and shameful history of diving into the cups. We've bought new ones with "
            "clips. Sorry about the splash."
        ),
        (
            "Sorry the brewhouse tour couldn't include your children. The floor has hot pipes and cleaning chemicals, "
            "so it's over-18s only for safety, but the taproom and beer garden are family-friendly until 8pm."
        ),
        (
            "We regret that our by-the-glass pricing increased this month. The change reflects new distributor costs, "
            "and we apologize for not flagging it more clearly on the menu. Happy hour pricing is unchanged."
        ),
        "Congratulations on the Leaving Cert results! What a way to celebrate. Thanks for choosing us for the day.",
        (
            "We're deeply sorry for your loss. It was an honor to host the gathering in his memory, and the whole crew "
            "is thinking of you."
        ),
        (
            "Thanks for letting us know. The order was handed out at the window, so it most likely went to someone "
            "else by mistake, and that's on us. We've changed how we call out orders and we'd love to make you a fresh "
            "one; flick us a message on 09 555 0199."
        ),
        "Thanks for the four-star review. Noted on the spice level; we've added a mild option to the menu.",
        (
            "We're sorry the music was too loud for a conversation. We've fitted a limiter so it stays at talking "
            "level before 10pm. If you're back, ask for Seán and he'll find you a quiet corner."
        ),
        (
            "Sorry you struggled to find us! We're down the little snickelway at 14 Coffee Yard, YO1 8AR, and there's "
            "now a red lantern over the door."
        ),
        "Ah you're very good, lads. Delighted the spice bag sorted you out after the match.",
        "🥹🍨 this is so sweet, thanks for coming in on the hottest day of the year!",
        (
            "Thank you for telling us. Tom did serve the wrong filling, but the fault is ours: we changed the menu "
            "that morning without briefing the team properly. We're sorry, and we've refunded the crêpe."
        ),
        (
            "Sorry you were disappointed not to take a bottle home. Our on-licence doesn't allow takeaway sales, but "
            "we're happy to point you to the shop round the corner that stocks the same pinot."
        ),
    ],
    "fr": [
        (
            "Nous sommes vraiment désolés que votre galette soit arrivée froide et que l'attente ait été si longue. "
            "Depuis, nous avons installé une deuxième billig pour les soirs d'affluence. Nous aimerions en parler de "
            "vive voix : appelez-nous au 02 98 55 12 34 ou écrivez à contact@creperie-ty-douar.bzh."
        ),
        (
            "Merci beaucoup ma sœur, ça nous fait trop plaisir ! Contents que les nouilles au poisson braisé vous "
            "aient plu. Revenez quand vous voulez, la maison vous attend 🙏🏾"
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tout le monde : au dixième "
            "demi, le onzième est offert, que vous laissiez un avis ou pas."
        ),
        (
            "Désolés que vous ayez trouvé porte close lundi. En saison, nous sommes ouverts tous les jours de 11 h à "
            "23 h, et hors saison du mercredi au dimanche de 14 h à 19 h."
        ),
        (
            "Nous vous remercions de ces aimables mots, que nous transmettrons à Noémie ; elle sera très touchée que "
            "vous ayez apprécié ses conseils sur les thés blancs."
        ),
        (
            "Vous avez raison, Julien vous a servi un gewurztraminer au lieu du riesling. C'est à nous de l'assumer : "
            "la nouvelle carte n'était pas encore affichée au bar et nous ne l'avions pas prévenu. Toutes nos excuses, "
            "le verre vous a été remboursé."
        ),
        (
            "Nous vous avons déjà remboursé l'intégralité de la commande ; le virement apparaîtra d'ici quelques "
            "jours. Encore pardon pour ce retard de livraison."
        ),
        (
            "Pardon pour l'attente. Notre crêpière s'est brûlée à la main en début de service et nous avons dû tourner "
            "avec une seule billig ; nous aurions dû vous prévenir en vous installant."
        ),
        (
            "Bonsoir. Nous avons regardé la caméra de la caisse : votre portefeuille était tombé sous la table et un "
            "client l'a rapporté au comptoir. Il est en sécurité chez nous, passez le récupérer avec une pièce "
            "d'identité."
        ),
        (
            "Nous sommes navrés du vol de votre vélo devant notre établissement. Les images de notre caméra extérieure "
            "ont été conservées et pourront être transmises à la police si vous déposez plainte ; n'hésitez pas à nous "
            "appeler au 032 555 12 34."
        ),
        (
            "Nous sommes désolés pour la tireuse qui a éclaboussé votre manteau. Notre assurance responsabilité civile "
            "prend en charge le pressing : envoyez-nous simplement le ticket à bonjour@brasserie-krutenau.fr."
        ),
        (
            "Désolés que la demande de pièce d'identité vous ait surpris. La loi nous interdit de servir de l'alcool "
            "aux mineurs et, dans le doute, nous la demandons à tout le monde. Nous l'expliquerons plus gentiment à "
            "l'avenir."
        ),
        (
            "Bon, on plaide coupable : notre billig a visiblement décidé de faire grève ce soir-là. On l'a sermonnée, "
            "et une neuve arrive jeudi. Désolés pour la galette trop cuite !"
        ),
        (
            "Merci pour ces trois étoiles et pour vos remarques précises sur le service. Nous y travaillons et serions "
            "heureux de vous accueillir à nouveau."
        ),
        (
            "Merci pour votre retour. Notre bière blanche est bien brassée ici, dans la cuve que vous voyez derrière "
            "le comptoir, mais nous comprenons qu'elle ne corresponde pas à vos goûts. Nous serions ravis d'en parler "
            "avec vous : bonjour@brasserie-krutenau.fr."
        ),
        (
            "Toute l'équipe vous présente ses sincères condoléances. Merci d'avoir pensé à nous pour ce moment de "
            "recueillement ; notre porte vous reste grande ouverte."
        ),
        (
            "Félicitations pour votre mariage ! Que Dieu bénisse votre foyer. C'était une joie de préparer le buffet "
            "de soya et de plantains pour vous."
        ),
        (
            "Désolés que les enfants n'aient pas pu s'approcher des billigs. Elles chauffent à plus de 200 °C, alors "
            "nous les gardons derrière la vitre, mais ils peuvent regarder tourner les crêpes autant qu'ils veulent !"
        ),
        (
            "Vous avez raison, la flammekueche a augmenté de 1,50 €, et nous en sommes désolés. La farine et "
            "l'électricité ont beaucoup augmenté cette année ; la recette et la taille, elles, ne changent pas."
        ),
        "merciii 🥰🍦 trop contents que la glace au chocolat vous ait plu, à très vite !",
        "Merci, ça nous fait très plaisir. À bientôt au bord du lac.",
        (
            "Nous vous prions d'accepter nos excuses pour l'attente subie. Nous avons depuis renforcé l'équipe les "
            "dimanches après-midi. Nous vous serions reconnaissants de bien vouloir nous contacter au 032 555 40 40 "
            "afin d'en discuter."
        ),
        (
            "Merci mon frère ! Tu sais que si tu viens avec un ami, vous avez chacun un jus de foléré offert ? C'est "
            "pour tout le monde, pas besoin d'écrire quoi que ce soit 😄"
        ),
        "Merci ! On a montré votre message à Maddi, elle en est devenue toute rouge. Elle sera ravie de vous revoir.",
        (
            "Bonjour. Nous avons vérifié : la commande est bien partie à l'heure prévue, mais les embouteillages à "
            "Akwa ce soir-là étaient terribles. Nous comprenons votre agacement et restons joignables au 6 99 00 11 22 "
            "pour en parler."
        ),
        "on vous a remboursé la bolée et la crêpe, c'est fait 👍 encore désolés pour le cheveu 😬",
        (
            "Toutes nos excuses pour la bière tiède. Notre groupe froid est tombé en panne en plein service et le "
            "technicien n'a pu venir que le lendemain. Nous aurions dû vous le dire."
        ),
        (
            "Nos tabourets ont manifestement été dessinés par quelqu'un qui n'a jamais passé une soirée entière "
            "dessus. Nous avons commandé des coussins. Merci de nous l'avoir signalé, et pardon pour le mal de dos."
        ),
        (
            "Nous sommes désolés de ne pas avoir pu vous faire visiter la salle de brassage en sandales. Le sol est "
            "glissant et on y manipule de l'eau bouillante, les chaussures fermées sont donc obligatoires. Nous "
            "prêtons des bottes à l'accueil pour la prochaine fois."
        ),
        (
            "Nous regrettons la hausse du prix de nos coupes glacées, due à l'augmentation du coût de la crème et du "
            "cacao. Nous aurions dû l'indiquer plus clairement et vous prions de nous en excuser."
        ),
        (
            "Félicitations pour votre diplôme ! Quelle belle façon de fêter ça, entre amis autour d'une planche et "
            "d'un crémant. Bonne continuation !"
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Que son âme repose en paix. Merci d'avoir choisi notre "
            "maison pour recevoir ceux qui sont venus le pleurer."
        ),
        (
            "Merci de nous avoir signalé l'accrochage devant la vitrine. Notre caméra filme le trottoir ; si votre "
            "assurance a besoin des images, écrivez-nous à contact@kebab-petit-bayonne.fr et nous les conserverons."
        ),
        (
            "Merci pour les quatre étoiles. Nous avons noté que le piment était trop fort ; désormais on demandera à "
            "chacun comment il le veut."
        ),
        (
            "Vous avez tout à fait raison, la salle était bien trop froide. Nous avons fait réviser le chauffage et "
            "prévu des plaids. Si vous souhaitez en parler, appelez-nous au 03 88 55 66 77."
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! Nous sommes au 4 venelle du Four, à Dinan, juste "
            "derrière la tour de l'Horloge. On a mis une ardoise dans la rue pour guider les gourmands."
        ),
        (
            "Milesker ! Ça fait chaud au cœur de lire ça. Revenez goûter le gâteau basque à la cerise noire pendant "
            "les fêtes."
        ),
        "Merci merci 🙏🏾🔥 on est ensemble, à la prochaine pour les nouilles au poulet DG !",
        (
            "Vous avez raison, Peio a oublié le coulis sur votre coupe, mais c'est notre faute : il faisait "
            "l'ouverture seul ce jour-là, sans renfort. Nous en sommes désolés et nous organisons désormais les "
            "ouvertures à deux."
        ),
        (
            "Nous sommes désolés de n'avoir pu vous servir après 1 h. Notre licence et l'arrêté municipal nous "
            "imposent d'arrêter le service à cette heure, sans exception. Nous serons ravis de vous accueillir plus "
            "tôt la prochaine fois."
        ),
    ],
}
