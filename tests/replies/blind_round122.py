"""Blind reply set, round 122: owner replies the pre-post check has never seen.

Who and when: written by helper w120, an independent writer, on 2026-12-07.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kebab shops, sushi bars, steakhouses, vegan cafés, brasseries, tea rooms and
takeaway pizzerias, with varied business names and places.  Each French reply
was written directly in French, not translated.  Apart from the brief and the
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
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech.  Registers, drawn from: French from Lyon, Bordeaux,
Strasbourg, Marseille, Nantes, Lille, Toulouse, Nice, Namur, Brussels,
Lausanne, Geneva, Montréal, Québec City, Abidjan, Douala and Dakar, texting,
very formal administrative French, an older speaker's very polite style and
unaccented French; English from Bradford, Leeds, Bristol, York, Manchester,
the Cotswolds, Glasgow, Dublin, Cork, Toronto, Calgary, Austin, Melbourne,
Brisbane, Wellington, Durban, Cape Town, Johannesburg and Bengaluru, texting
with emoji, corporate English and an older speaker's very polite style.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND122_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for the lovely words about our mixed grill; Hamid and the whole "
                "team at Anatolia Grill in Bradford were chuffed to read them. We marinate the lamb "
                "overnight and bake the bread fresh every evening, so it means a lot when someone "
                "notices. We're sorry the chilli sauce ran out before you got to the counter, and "
                "we've since doubled the batch we make on Fridays. If you bump your review up to "
                "five stars, your next wrap is on the house, just show the updated review at the "
                "till. We've also got a halloumi and sujuk box coming next month that we think "
                "you'll love. Hope to see you again soon!"
            ),
            (
                "cheers bro 🙌 slap us a 5⭐ n ur next large pepperoni is free, "
                "just flash the review at the counter 🍕🔥"
            ),
            (
                "On behalf of Harbourside Steakhouse Group, we are pleased to extend a 20% dining "
                "credit to guests whose published review reflects a rating of four stars or above."
            ),
            (
                "We'd so love to welcome you back to the tea room, and should you feel able to take "
                "this review down, a cream tea for two would be waiting for you with our compliments."
            ),
            "No worries mate, edit that review to a 5 and there's a free vegan brekkie bowl waitin' for ya 🥑",
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce retour si chaleureux après votre dîner à la "
                "Brasserie des Célestins. Nous sommes heureux que la quenelle de brochet et le "
                "saint-marcellin aient été à la hauteur de vos attentes. Nous sommes en revanche "
                "désolés pour l'attente au moment du dessert, un soir de match où la salle était "
                "pleine ; nous avons depuis ajouté un serveur le week-end. Si vous modifiez votre "
                "avis pour passer à cinq étoiles, nous vous offrirons l'apéritif et le dessert lors "
                "de votre prochain passage. Toute l'équipe vous remercie encore et espère vous "
                "revoir très vite sur les quais de Lyon."
            ),
            "merci frr 😎 mets 5 etoiles et le prochain tacos XXL c cadeau, montre juste l avis a la caisse 🌯",
            (
                "Nous vous informons qu'un bon d'achat d'une valeur de quinze euros vous sera adressé "
                "dès réception de la confirmation de la suppression de votre commentaire."
            ),
            (
                "Merci ben gros! Si vous changez votre note pour un beau 5 étoiles, la prochaine "
                "extra-large est sur nous autres, promis 🍕"
            ),
            (
                "Nous espérons que vous pourrez revoir votre note à la hausse, et dans ce cas une "
                "assiette de pralines et un thé vous attendront au salon, avec nos compliments, une fois."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your anniversary dinner at Prairie "
                "Fire Steakhouse in Calgary. We're genuinely glad the bone-in ribeye was cooked "
                "exactly as you asked and that your server made the evening feel special. We're "
                "sorry the dessert took so long to arrive; our pastry station was short-handed that "
                "night and we've since rearranged the schedule. Please be aware, though, that we "
                "have passed your review to our lawyer and will be pursuing you for defamation if "
                "it is still online by Friday. We read every comment and use them to train our team. "
                "We hope to welcome you back for another celebration."
            ),
            (
                "keep talkin rubbish bout our kebabs online n see what happens mate, "
                "we've got ur face on camera 👀📹"
            ),
            (
                "Please note that our legal department has been instructed to issue formal "
                "proceedings against the author of this review for damage to our commercial "
                "reputation."
            ),
            (
                "We would gently remind you that we know a great many people in this village, and it "
                "would be a shame for word of your conduct to get round."
            ),
            (
                "Howzit. Just so you know, you're banned from the shop, and if you show your face here "
                "again we'll be phoning the cops on you, no joke."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience au comptoir de "
                "Sushi Garonne, à Bordeaux. Nous sommes contents que le chirashi et les gunkan à "
                "l'oursin vous aient plu, et nous transmettrons vos compliments à notre chef. Nous "
                "regrettons sincèrement l'attente de quarante minutes pour votre commande à "
                "emporter, liée à une panne de caisse ce soir-là. Sachez toutefois que nous avons "
                "transmis votre commentaire à notre avocat et que nous porterons plainte pour "
                "diffamation s'il n'est pas retiré cette semaine. Nous avons depuis renforcé "
                "l'équipe du vendredi soir pour que cela ne se reproduise pas. Au plaisir de vous "
                "accueillir de nouveau."
            ),
            "fais gaffe a ce que tu ecris toi, on sait ou tu habites 😤",
            (
                "Nous vous informons que votre commentaire a été transmis à notre conseil juridique, "
                "lequel ne manquera pas d'engager toute procédure utile à l'encontre de son auteur."
            ),
            (
                "Nous avons signalé votre comportement à votre employeur, que nous connaissons bien "
                "ici à Lausanne, et il appréciera sans doute de lire vos propos."
            ),
            (
                "Mon frère, si tu reviens encore faire ton désordre ici, on va appeler la police sur "
                "toi et ta photo sera affichée à l'entrée de la pizzeria, c'est fini."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Hi, and thank you for such thoughtful feedback about your brunch at Green Sprout "
                "Café in Bristol. We're delighted you loved the tofu scramble and the oat-milk flat "
                "white. You're right that the banana bread was dry that morning; we've since changed "
                "the recipe and now bake smaller batches throughout the day. I can see from booking "
                "BK-48213 under Mrs Helen Carter on Saturday 14 November that you were seated right "
                "by the door, which explains the draught you mentioned. We're fitting a curtain at "
                "the entrance next week to keep the cold out. Thanks again, and we hope to see you "
                "soon."
            ),
            "hey we tried ringin u on 07700 900482 bout ur order but no answer 🤷 gimme a call back",
            (
                "We have reviewed the transaction on the Visa card ending 4417 dated 3 October and "
                "can confirm the charge of £86.40 was processed correctly."
            ),
            (
                "Sure weren't you in with your sister Aoife and her young lad last Tuesday evening, "
                "at the table by the window?"
            ),
            (
                "Dear Mr Rajesh Menon, we have sent the details to rajesh.menon84@gmail.com as per "
                "your booking on 22nd October at our Indiranagar steakhouse."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce message si détaillé sur votre goûter au Salon de thé de la "
                "Petite France, à Strasbourg. Nous sommes ravis que le kougelhopf et le thé au "
                "jasmin vous aient plu, et nos pâtissières ont été très touchées par vos "
                "compliments. Vous avez raison, la salle était trop bruyante ce jour-là et nous "
                "étudions l'installation de panneaux acoustiques. Nous avons bien retrouvé votre "
                "réservation au nom de Mme Sandrine Koehler, pour quatre personnes le samedi "
                "21 novembre à 15 h, avec votre mère et vos deux filles. Nous serions heureux de "
                "vous réserver une table plus calme lors de votre prochaine visite. À bientôt !"
            ),
            (
                "coucou ! on a essayé de t'appeler au 06 12 48 93 57 pour ta commande "
                "mais ça sonnait dans le vide 😅"
            ),
            (
                "Après vérification, le paiement par carte bancaire se terminant par 5832, effectué "
                "le 9 octobre à 21 h 14, correspond bien au montant de 64,50 euros facturé."
            ),
            (
                "Allô Marc-André, on a ben vu que t'étais venu avec ta blonde Julie pis ses parents "
                "vendredi passé, table 12 au fond."
            ),
            (
                "Bonjour Monsieur Dubois, votre commande livree au 14 rue des Tanneurs a Namur le 3/11 "
                "a bien ete verifiee par notre livreur."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for visiting Kaze Sushi on Queen Street and for sharing such detailed "
                "feedback. We're pleased you enjoyed the omakase and that our chef's torched salmon "
                "nigiri was a highlight of your evening. We hear you on the noise from the open "
                "kitchen and are looking into sound panels over the counter. Frankly, though, it's "
                "obvious you were just angling for a free meal, and people like you are the reason "
                "small restaurants struggle. We change the menu with the seasons, and the winter "
                "specials start next week. We hope you'll give us another try."
            ),
            "lol mate ur just a sad troll with nothin better to do 🤡",
            (
                "It is evident from the tone of your review that you approached your visit in bad "
                "faith and with the sole intention of obtaining compensation."
            ),
            "Mate, with manners like yours it's no wonder the staff didn't want a bar of you. Grow up.",
            (
                "Aye, some folk would moan if you handed them a free steak, "
                "and you're clearly one of them, ya numpty."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour détaillé après votre soirée au Grill du "
                "Vieux-Port. Nous sommes heureux que la côte de bœuf maturée et les frites maison "
                "vous aient plu, et que le service en terrasse ait été agréable. Nous entendons "
                "votre remarque sur l'attente entre l'entrée et le plat, et nous avons revu "
                "l'organisation en cuisine le samedi. Cela dit, il est évident que vous cherchiez "
                "simplement à manger gratuitement, et votre mauvaise foi se lit dans chaque ligne. "
                "Nous changeons la carte des desserts la semaine prochaine, avec une tarte aux "
                "figues de saison. Au plaisir de vous revoir."
            ),
            "t'es juste un rageux qui a rien d'autre a faire de sa vie 🤣",
            (
                "Il apparaît manifeste que l'auteur de cet avis a agi de mauvaise foi, dans l'unique "
                "dessein d'obtenir un dédommagement indu."
            ),
            (
                "Avec votre politesse de malappris, on comprend mieux pourquoi le serveur n'a pas eu "
                "envie de vous sourire."
            ),
            (
                "Madame, vous mentez tout simplement, vous êtes de celles qui écrivent n'importe quoi "
                "pour se rendre intéressantes."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for stopping by Brasserie Lafayette on Dawson Street and for your "
                "honest review. We're glad the moules frites and the crème brûlée hit the spot, and "
                "Ciarán was delighted to hear you enjoyed his wine pick. We're sorry the bread "
                "basket came late; we now bring it out as soon as guests are seated. And "
                "congratulations on being the first person in twelve years to find our steak frites "
                "too French, truly a landmark achievement. We're adding a few new dishes to the "
                "winter menu next month. Hope to see you again."
            ),
            "omg so sorry our pizza wasn't michelin star for £8.99 😭😭 we'll try harder for u ur majesty 👑",
            (
                "We are, of course, deeply grateful for your expert culinary assessment, which we "
                "shall forward to our chefs for their continued education."
            ),
            (
                "What a surprise that a vegan café didn't serve you bacon. We'll be sure to make a "
                "note of that for next time."
            ),
            (
                "Cheers for the review, must be tough being the only person in Wellington who knows "
                "how sushi's meant to taste 🙄"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre passage à la Cantine Verte, à deux pas du château des "
                "ducs à Nantes. Nous sommes ravis que le bowl au tofu fumé et le gâteau "
                "carotte-noisette vous aient plu, et que l'accueil vous ait semblé chaleureux. Vous "
                "avez raison pour le café trop tiède, nous avons fait réviser la machine dès le "
                "lendemain. Et bravo pour votre découverte du siècle : un café vegan sans fromage, "
                "qui l'eût cru, vous méritez au moins une médaille. Nous lançons bientôt une carte "
                "d'hiver avec des soupes maison. Au plaisir de vous revoir."
            ),
            "oh nonnn quel drame, 3 min d'attente pour un kebab, on va jamais s'en remettre 😭😂",
            (
                "Nous vous remercions infiniment pour cette analyse gastronomique d'une rare "
                "profondeur, qui fera assurément date dans l'histoire de la brasserie."
            ),
            (
                "Ben voyons, désolé que notre pizza soit pas assez raffinée pour un grand critique "
                "comme vous 🙄"
            ),
            (
                "Quelle surprise de découvrir que le thé est servi chaud, une fois ! Merci de nous "
                "avoir éclairés, nous n'y aurions jamais pensé tout seuls."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for visiting Bettina's Tea Room in York and for such a kind and detailed "
                "review. We're thrilled you loved the lemon drizzle and the Assam, and that the "
                "birthday afternoon tea felt special. You're quite right that the scones arrived "
                "cold; that was down to Jessica, who left them sitting on the pass while she was "
                "chatting, and she has been spoken to. We've since put a warming drawer behind the "
                "counter. We'd love to welcome you back for another celebration. Warmest wishes, "
                "Margaret"
            ),
            "sorry bout that bro, it was Dylan on the grill n he burnt it, not on us 🙄",
            (
                "Our investigation has established that the delay was solely attributable to our "
                "shift supervisor, Mr Daniel Okafor, who failed to follow standard procedure."
            ),
            (
                "The sushi chef on duty that evening, Kenji, will be having a quiet word with us "
                "about the rice, as this would never have happened with anyone else on the counter."
            ),
            (
                "Sir, the wrong order was delivered because our delivery boy Ramesh did not check "
                "the bill properly, management is not responsible."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre passage au Grill d'Anatolie, rue "
                "de Gand à Lille. Nous sommes contents que le pain maison et l'assiette mixte vous "
                "aient plu, et que vous ayez trouvé la salle propre et accueillante. Pour la sauce "
                "blanche oubliée dans votre commande à emporter, c'est Kévin qui était à la caisse "
                "ce soir-là et qui n'a pas vérifié les sacs, il a été recadré. Nous avons depuis "
                "ajouté une étiquette de contrôle sur chaque sac. Nous espérons vous revoir "
                "bientôt. L'équipe du Grill d'Anatolie"
            ),
            "dsl c'est Inès qui a oublié ta pizza dans le four, elle était pas concentrée 🙄",
            (
                "Il ressort de notre enquête interne que ce manquement est exclusivement imputable "
                "à Mme Claire Fontaine, responsable de salle, qui n'a pas respecté les consignes en "
                "vigueur."
            ),
            (
                "Le service un peu froid de samedi, c'était Mathieu, notre apprenti, il ne sait pas "
                "encore bien se tenir avec les clients."
            ),
            (
                "Pardon Madame, c'est notre serveur Boris qui a mélangé les commandes, lui-même il "
                "est toujours dans les nuages."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks so much for ordering from Nonna's Slice in Fitzroy and for the kind words "
                "about our dough. We're glad the margherita arrived with a crisp base and that the "
                "garlic knots were a hit with your crew. About the forty-minute delay: it was a "
                "Friday, two of our drivers were off sick, the oven took longer to heat because of "
                "the cold, the ordering app glitched for half an hour, a big office order came in "
                "at the same time, roadworks on Brunswick Street closed two lanes, and honestly we "
                "were doing the best anyone could under the circumstances. We're trialling a new "
                "scheduling system this month. Thanks again and enjoy your next slice!"
            ),
            (
                "bro it was friday, we were packed, 2 drivers off, oven playin up, "
                "app crashed, rain everywhere 🤷‍♂️"
            ),
            (
                "We would note that the delay resulted from an unprecedented volume of bookings, "
                "industry-wide staffing shortages, a supplier delivery arriving late, a temporary "
                "refrigeration fault, ongoing roadworks affecting access and a software update "
                "imposed by our reservation provider, all of which were entirely outside our "
                "control."
            ),
            (
                "We do hope you'll understand that the kitchen was short-staffed, the fishmonger was "
                "late, the rice cooker had been playing up all week, it was a bank holiday and we'd "
                "only just reopened after the refurbishment, so things were rather out of our hands."
            ),
            (
                "Eish, load-shedding hit at six, the generator took ages, the butcher delivered "
                "late, half the staff were stuck in traffic on the N1 and the card machine went "
                "down, so really there was nothing we could do hey."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi la Brasserie du Capitole pour votre déjeuner. Nous "
                "sommes heureux que le cassoulet et la saucisse de Toulouse vous aient plu, et que "
                "la terrasse ensoleillée ait fait son effet. Concernant l'attente, il faut dire "
                "que c'était jour de marché, que deux serveurs étaient malades, que le "
                "lave-vaisselle est tombé en panne à midi, que notre boulanger a livré en retard, "
                "que la rue était barrée pour des travaux et qu'un groupe de trente personnes est "
                "arrivé sans réserver, donc franchement nous avons fait au mieux. Nous mettons en "
                "place un nouveau planning pour les jours de marché. Merci encore et à bientôt."
            ),
            "c t samedi soir, y avait match, 2 livreurs malades, le four chauffait mal, l'appli a bugué 🤷",
            (
                "Nous tenons à préciser que ce retard résulte d'une conjonction de facteurs "
                "indépendants de notre volonté : affluence exceptionnelle, absence imprévue de deux "
                "collaborateurs, livraison tardive d'un fournisseur, défaillance temporaire du "
                "système d'encaissement et travaux de voirie aux abords de l'établissement."
            ),
            (
                "Faut comprendre, y'avait une tempête, le livreur de poisson est arrivé en retard, "
                "la moitié du staff était malade pis la machine à riz a lâché en plein rush, ça "
                "fait qu'on pouvait pas faire de miracles."
            ),
            (
                "Le four etait en panne depuis mardi, le technicien ne venait que vendredi, notre "
                "patissiere etait en conge, la farine a ete livree en retard et il y avait la "
                "braderie dans la rue, alors vous comprendrez que ce n'etait pas evident."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for joining us at Lone Oak Steakhouse in Austin and for sharing your "
                "thoughts. We're so glad you enjoyed the brisket and that the pecan pie lived up to "
                "its reputation. We appreciate your comments about the parking lot lighting and "
                "have already asked the landlord to replace the bulbs. As for the hair in your "
                "salad, that simply never happened; it is impossible for anything like that to "
                "reach a plate in our kitchen. We've got live music on Thursdays now if you'd like "
                "to come back. Y'all take care."
            ),
            "nah that never happened, ur thinkin of some other place 🤷",
            (
                "We categorically refute the assertion that any undercooked product left our "
                "kitchen; our procedures make such an occurrence impossible."
            ),
            (
                "With respect, our staff would never speak to a guest in that way, so we can only "
                "assume you have us confused with somewhere else."
            ),
            (
                "Madam, our fish comes fresh daily, it is not at all possible that you fell sick "
                "from our food."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour sur Pizza Garibaldi, à Nice. Nous sommes ravis "
                "que la pissaladière et la pizza à la truffe vous aient plu, et que le livreur ait "
                "été souriant malgré la pluie. Nous prenons note de votre remarque sur les cartons "
                "qui gardent mal la chaleur, et nous testons de nouveaux emballages isolants. En "
                "revanche, il est impossible que vous ayez attendu une heure : nos livraisons ne "
                "dépassent jamais trente minutes. Merci encore pour votre fidélité. À très "
                "bientôt, l'équipe Garibaldi"
            ),
            "nan ça s'est jamais passé chez nous, jamais 🙅‍♂️",
            (
                "Nous contestons formellement les faits allégués : aucun incident de cette nature "
                "ne s'est produit dans notre établissement à la date indiquée."
            ),
            (
                "Nos équipes ne servent jamais de viande qui n'est pas cuite à cœur, c'est tout "
                "simplement impossible chez nous."
            ),
            (
                "Ce que vous racontez là n'est jamais arrivé, chez nous le thé est toujours servi "
                "bien chaud, c'est impossible."
            ),
        ],
    },
}

BLIND122_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry your chips were cold on Friday, that's not the standard we aim for. We've added "
            "a second fryer for the late rush so orders go out hot. If you'd like to tell us more, "
            "drop us a line at hello@ottomangrill.co.uk. Mehmet, Ottoman Grill"
        ),
        (
            "Thank you so much for the lovely review! Our chef Yuki was thrilled to hear you "
            "enjoyed the omakase. See you next time at Hoshi Sushi."
        ),
        (
            "Thanks for popping in! Just so you know, our stamp card is open to every customer: "
            "buy nine pizzas and the tenth is on us. Ask for one at the counter next time."
        ),
        (
            "We're sorry Tom brought you the wrong steak. That's on us as a team, not on him, and "
            "we've since added a second check at the pass. We'd love to make it right, so please "
            "ring us on 0161 496 0732."
        ),
        (
            "We're really sorry the order arrived incomplete. We've refunded the missing sides and "
            "gone over our packing checklist with the team. Thanks for letting us know."
        ),
        (
            "Apologies for the wait on Saturday night. We were one chef down through illness, which "
            "is no excuse, and we've since lined up cover staff for weekends."
        ),
        (
            "Thanks for raising the allergen question. By law we list the 14 major allergens on our "
            "menu, and our team will always check with the kitchen if you ask. Please get in touch "
            "on allergens@greenleafcafe.co.uk if anything was unclear."
        ),
        (
            "We're so sorry your umbrella went missing. We've checked our CCTV and it looks like it "
            "was picked up by mistake near the door; if you call us on 020 7946 0018 we'll do our "
            "best to get it back to you."
        ),
        (
            "We're sorry your bike was stolen from outside the café. We've shared our camera "
            "footage with the police to help their enquiry, and we're installing secure bike "
            "stands next month."
        ),
        (
            "Guilty as charged: our chef's idea of 'a little garlic' has always been generous. "
            "We've toned down the garlic bread, and thanks for the laugh and the feedback!"
        ),
        (
            "Thank you for the three stars and for explaining why. You're right that the tea menu "
            "was hard to read, so we've reprinted it in a bigger font."
        ),
        (
            "Thanks for your review. Our burgers are cooked medium unless asked otherwise, so we may "
            "have misunderstood your order. We're sorry it wasn't what you expected and would love "
            "to hear more at hello@thecopperpot.ie."
        ),
        (
            "We were so sorry to read of your loss, and honoured that you chose our tea room for "
            "the gathering. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your engagement! We're delighted our team could be part of such a "
            "special night, and thank you for the kind words about the tomahawk."
        ),
        (
            "We're sorry for the disappointment about the sparklers on the cake. For fire-safety "
            "reasons we can't allow them indoors, but we're happy to bring the cake out with a song "
            "instead; just let us know when you book."
        ),
        (
            "You're right that our prices went up in March, and we're sorry it came as a surprise. "
            "Beef and energy costs have risen sharply, and we've kept a lunchtime set menu at "
            "£14.50 for anyone wanting a lighter bill."
        ),
        (
            "Thank you for such a thorough review. Your notes on seasoning and the tip about the "
            "menu layout are genuinely helpful, and we've shared them with the whole kitchen."
        ),
        "Cheers for the love!! 🙌🍕 see ya next Friday 🔥",
        "Thanks. Noted, and fixed. Hope to see you again.",
        (
            "Thank you for your feedback. We regret that your experience did not meet expectations "
            "and have shared your comments with our operations team. Please contact "
            "guestrelations@harbourgrill.com.au so we can follow up directly."
        ),
        (
            "Sorry you found us closed on Monday! We're open Tuesday to Sunday, 11am to 10pm, and "
            "we've updated our Google listing so the hours are right."
        ),
        (
            "Thanks for the kind review. For anyone looking for us, we've moved to 42 Long Street, "
            "just two doors down from our old spot."
        ),
        (
            "We're so sorry about the red wine spilled on your coat. We've passed the details to "
            "our insurer and will cover the dry-cleaning; please send the receipt to "
            "manager@lebistrot.co.nz."
        ),
        (
            "Thanks for the glowing words! Anyone can join our refer-a-friend scheme: you and your "
            "friend both get a free drink on their first visit, no strings attached."
        ),
        (
            "Thank you so much for choosing Sakura Sushi, Koramangala. We are very happy that your "
            "family enjoyed the vegetarian maki platter. Do visit us again soon!"
        ),
        (
            "We're really sorry the oat milk ran out before your second coffee. We've increased our "
            "order with the supplier and now keep a backup stock. If there's anything else, please "
            "call us on 0117 496 0921."
        ),
        (
            "Sorry we couldn't seat you on Saturday. We keep a handful of tables for walk-ins, but "
            "weekends fill up fast, so booking ahead online is the safest bet."
        ),
        (
            "I'm sorry you felt rushed by our team. That isn't how we want anyone to feel, and I've "
            "spoken to the whole floor about giving guests the time they need. Please email me "
            "directly at sam@rootsandgreens.ca. Sam, owner"
        ),
        (
            "Dear Madam, thank you most kindly for your generous words. It is a great pleasure to "
            "know the Earl Grey and the fruit cake were to your liking, and we look forward to "
            "welcoming you again."
        ),
        (
            "Thanks heaps for the review! Stoked you loved the lamb and chicken HSP, we'll pass your "
            "compliments on to the crew. Catch ya next time 🤙"
        ),
        (
            "Thanks for the feedback, and sorry the card machine was down. We've since added a "
            "backup machine and we also take SnapScan now. Hope to see you again soon!"
        ),
        (
            "We see it a little differently, as our wagyu comes from a certified farm on the "
            "Darling Downs, but we hear that it didn't taste as you'd hoped, and we'd love the "
            "chance to cook for you again."
        ),
        (
            "Sorry your pizza took over an hour. A heavy storm slowed our drivers down on Friday; "
            "we should have warned you when you ordered, and we now send a text if there's a delay."
        ),
        (
            "Thank you for asking about cross-contamination. We can't guarantee our kitchen is "
            "gluten-free, so we don't label dishes as coeliac-safe, but our team will always talk "
            "you through the options."
        ),
        "Ah thanks a million, delighted you enjoyed the Sunday roast! See you again soon.",
        (
            "Thank you! We've passed your kind words to Priya and Jamal, who were on the grill that "
            "night. They were made up to hear it."
        ),
        "Five stars, wow, thank you! Lovely to hear the chai and the cardamom buns hit the spot.",
        (
            "We're sorry our new driver, Luca, took your order to the wrong street. That was our "
            "mistake for giving him the wrong route, and we've refunded the order in full."
        ),
        (
            "We appreciate you taking the time to share this. We have since installed acoustic "
            "panels in the main dining room to reduce noise, and we hope you will notice the "
            "difference on your next visit."
        ),
        (
            "We're sorry to hear about your experience. Could you give us a call on (512) 555-0147 "
            "so we can understand what happened and put it right? The team at Smokehouse 54"
        ),
    ],
    "fr": [
        (
            "Merci pour votre retour et désolés pour les frites tièdes vendredi soir. Nous avons "
            "ajouté une friteuse pour le coup de feu, afin que tout parte bien chaud. Vous pouvez "
            "nous écrire à contact@lebosphore-lyon.fr si vous souhaitez en parler. Ali"
        ),
        (
            "Merci beaucoup pour ce gentil message ! Notre chef Hiroshi est ravi que l'assortiment "
            "de sashimis vous ait plu. À très bientôt chez Umi Sushi."
        ),
        (
            "Merci pour votre visite ! Pour information, notre carte de fidélité est ouverte à "
            "tous : la dixième pizza est offerte, il suffit de la demander en caisse."
        ),
        (
            "Nous sommes désolés que Lucas vous ait servi la mauvaise cuisson ; c'est une erreur de "
            "notre organisation, pas la sienne, et nous avons ajouté une vérification au passe. "
            "Appelez-nous au 04 78 42 17 36 pour en parler."
        ),
        (
            "Toutes nos excuses pour la commande incomplète. Nous avons remboursé les "
            "accompagnements manquants et revu notre liste de contrôle à l'emballage."
        ),
        (
            "Pardon pour l'attente samedi soir. Un de nos cuisiniers était malade, ce qui n'excuse "
            "rien, et nous avons depuis prévu un renfort les week-ends."
        ),
        (
            "Merci pour votre question sur les allergènes. La réglementation nous impose d'afficher "
            "les quatorze allergènes majeurs ; la liste est disponible au comptoir et notre équipe "
            "se fera un plaisir de vous la présenter."
        ),
        (
            "Nous sommes désolés pour votre écharpe oubliée. Nous avons regardé les images de la "
            "caméra et elle a été rangée au vestiaire : passez la récupérer quand vous voulez, nous "
            "sommes ouverts de 11 h à 23 h."
        ),
        (
            "Nous sommes navrés pour le vol de votre vélo devant la brasserie. Nous avons transmis "
            "nos images à la police pour faciliter l'enquête et nous installons des arceaux "
            "sécurisés le mois prochain."
        ),
        (
            "Coupables ! Notre chef a la main un peu lourde sur l'ail, c'est sa signature depuis "
            "vingt ans. Nous avons allégé le pain à l'ail, promis, et merci pour ce retour plein "
            "d'humour."
        ),
        (
            "Merci pour vos trois étoiles et pour les explications. Vous avez raison, la carte des "
            "thés était difficile à lire ; nous l'avons réimprimée en plus grand."
        ),
        (
            "Merci pour votre avis. Nos bavettes sont servies à point sauf demande contraire, il y a "
            "peut-être eu un malentendu à la commande ; nous en sommes désolés et serions heureux "
            "d'en discuter au 05 61 22 48 90."
        ),
        (
            "Toutes nos condoléances pour la perte de votre proche. Nous avons été honorés que vous "
            "choisissiez notre salon de thé pour ce moment de recueillement. Nos pensées vous "
            "accompagnent."
        ),
        (
            "Félicitations pour vos fiançailles ! Toute l'équipe est ravie d'avoir partagé cette "
            "belle soirée avec vous, et merci pour vos mots sur la côte de bœuf."
        ),
        (
            "Nous comprenons votre déception pour les bougies étincelles. Pour des raisons de "
            "sécurité incendie, elles sont interdites en salle, mais nous apportons volontiers le "
            "gâteau en chanson : il suffit de nous prévenir à la réservation."
        ),
        (
            "Vous avez raison, nos prix ont augmenté en mars et nous sommes désolés de ne pas "
            "l'avoir mieux annoncé. Le coût de la viande et de l'énergie a fortement grimpé ; nous "
            "maintenons une formule midi à 15,90 € pour alléger l'addition."
        ),
        (
            "Merci pour cet avis si détaillé : vos remarques sur l'assaisonnement et la "
            "présentation de la carte sont précieuses, nous les avons partagées avec toute "
            "l'équipe."
        ),
        "merci trop 🙏🍕 a vendredi prochain !!",
        "Merci. C'est noté et corrigé. Au plaisir.",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions d'agréer nos "
            "excuses pour la gêne occasionnée. Vos observations ont été transmises à la direction "
            "de l'établissement. Nous vous invitons à nous contacter à l'adresse "
            "service.clients@brasserie-delagare.fr afin d'en assurer le suivi."
        ),
        (
            "Désolés que vous ayez trouvé porte close lundi ! Nous sommes ouverts du mardi au "
            "dimanche, de 11 h 30 à 22 h, et nous avons corrigé les horaires sur notre fiche "
            "Google. À tantôt !"
        ),
        (
            "Merci pour votre gentil message. Pour ceux qui nous cherchent, nous avons déménagé au "
            "18, rue du Marché, juste en face de l'ancienne adresse."
        ),
        (
            "Nous sommes vraiment désolés pour la tache de vin sur votre veste. Nous avons déclaré "
            "le sinistre à notre assurance et prendrons en charge le pressing ; envoyez-nous "
            "simplement la facture à direction@lecomptoirdulac.ch."
        ),
        (
            "Merci pour ces beaux mots ! Notre offre parrainage est ouverte à tous : vous et la "
            "personne que vous parrainez recevez un thé offert à sa première visite."
        ),
        (
            "Merci ben gros pour votre beau commentaire! On est ben contents que la pizza toute "
            "garnie vous ait plu. Au plaisir de vous revoir bientôt!"
        ),
        (
            "Désolés que le lait d'avoine ait manqué pour votre deuxième café. Nous avons augmenté "
            "notre commande et gardons désormais un stock de secours. Pour toute autre remarque, "
            "appelez-nous au 02 40 48 17 63."
        ),
        (
            "Pardon de n'avoir pas pu vous placer samedi. Nous gardons quelques tables pour les "
            "clients sans réservation, mais le week-end se remplit vite : réserver en ligne reste "
            "le plus sûr."
        ),
        (
            "Je suis désolée que vous vous soyez senti pressé par notre équipe. Ce n'est pas "
            "l'accueil que nous voulons offrir, et j'en ai parlé à toute la salle. N'hésitez pas à "
            "m'écrire directement à claire@lapetitetheiere.fr. Claire, gérante"
        ),
        (
            "Chère Madame, nous vous remercions bien sincèrement de votre aimable message. Nous "
            "sommes heureux que le thé de Chine et le cake aux fruits aient été à votre goût, et "
            "espérons avoir le plaisir de vous accueillir de nouveau."
        ),
        (
            "Merci beaucoup pour votre visite au Grill d'Abidjan ! Nous sommes contents que la "
            "viande braisée et l'alloco vous aient plu. On vous attend encore, vous êtes toujours "
            "les bienvenus."
        ),
        (
            "Merci pour votre retour et désolés pour le terminal de paiement en panne. Nous avons "
            "depuis un second appareil et acceptons aussi TWINT. Au plaisir de vous revoir."
        ),
        (
            "Nous voyons les choses un peu différemment, notre bœuf vient d'un éleveur de l'Aubrac "
            "que nous connaissons bien, mais nous entendons que la viande ne vous a pas plu et "
            "aimerions beaucoup avoir l'occasion de vous recevoir à nouveau."
        ),
        (
            "Désolés pour votre pizza arrivée avec plus d'une heure de retard. Un gros orage a "
            "ralenti nos livreurs vendredi ; nous aurions dû vous prévenir, et nous envoyons "
            "désormais un SMS en cas de retard."
        ),
        (
            "Merci pour votre question sur le gluten. Nous ne pouvons pas garantir l'absence de "
            "contamination croisée en cuisine, c'est pourquoi aucun plat n'est indiqué « sans "
            "gluten », mais l'équipe vous conseillera toujours volontiers."
        ),
        "Merci beaucoup pour ce super avis, ca nous fait tres plaisir ! A bientot au salon de the.",
        (
            "Merci ! Nous avons transmis vos compliments à Samira et Youssef, qui étaient en "
            "cuisine ce soir-là : ils étaient ravis."
        ),
        (
            "Cinq étoiles, quelle belle surprise, merci ! Ravis que le chaï et les brioches à la "
            "cardamome vous aient plu."
        ),
        (
            "Nous sommes désolés que notre nouveau livreur, Théo, ait déposé votre commande dans la "
            "mauvaise rue : c'est nous qui lui avions donné le mauvais itinéraire, et nous vous "
            "avons intégralement remboursé."
        ),
        (
            "Nous vous remercions pour ce retour. Des panneaux acoustiques ont depuis été installés "
            "dans la grande salle afin de réduire le bruit ; nous espérons que vous constaterez la "
            "différence lors de votre prochaine visite."
        ),
        (
            "Nous sommes désolés de votre expérience. Pourriez-vous nous appeler au 33 821 45 67 "
            "afin que nous comprenions ce qui s'est passé et puissions y remédier ? L'équipe du "
            "Teranga Grill, Dakar"
        ),
    ],
}
