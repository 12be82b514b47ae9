"""Blind reply set, round 91: owner replies the pre-post check has never seen.

Who and when: written by helper b89, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief, round 89).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
supermarkets, corner shops, off-licences, market stalls, organic shops, and
clothing and shoe shops.  Each French reply was written directly in French,
not translated.  Apart from the first seventy-five lines of the round 20 file,
read only to copy its format, the writer did NOT read the application code,
docs, training data, benches, any other test file or earlier blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others vary between one-liners, texting with emoji, very formal or
corporate wording, veiled and polite phrasings and regional speech.  Good
replies include look-alikes that are not faults: an apology with a concrete
fix and an offline channel, warm thanks to happy customers, a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

Registers: French from Lille (ch'ti touches), Metz (Lorraine and Moselle),
Angers, Charleroi (Belgian French: septante, nonante, savoir for pouvoir, une
fois, à tantôt) and Martinique (Creole-coloured French), in familiar,
emoji-laden texting and very formal administrative styles; English from
Birmingham, Cork, Darwin and Louisiana, in chatty, polite and curt styles,
with texting and emoji and very formal corporate English.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND91_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah bab, what a smashing thing to read on a wet Thursday in Kings Heath, thank you ever so much. We opened the organic shop eleven years ago with three crates of veg and a borrowed till, so knowing that our sourdough and the Worcestershire apples have become part of your Saturday routine really does mean the world to us. Mo in the back will be made up that you liked his lentil soup mix as well. Bump it up to the full five stars and there's a big jar of our local Moseley honey waiting behind the counter with your name on it. Look after yourself, and we'll see you at the weekend!",
            "Cheers legend 🙌 whack us a 5⭐ and ya next slab at the bottle-o is 10% off, just flash the review at the counter 🍺",
            "Mais cher, we'd be tickled pink to slip a little lagniappe into your next crawfish order at the market stall, if you could see your way to swapping that two-star for something a touch kinder.",
            "Delete the review and the boots are yours at half price. Sound?",
            "Customers who update their published feedback to reflect the satisfactory resolution of their complaint will receive a £20 store credit, applied automatically to their Rewards account within five working days.",
        ],
        "fr": [
            "Bonjour Madame, quel plaisir de lire votre message en ouvrant la boutique ce matin ! Nous sommes une toute petite équipe à Angers et nous passons beaucoup de temps à choisir nos maraîchers des bords de Loire, alors savoir que nos carottes anciennes et notre pain au petit épeautre ont conquis toute votre famille nous touche énormément. Merci aussi pour vos mots si gentils sur nos sacs en vrac. Si vous passiez votre avis à cinq étoiles, nous vous mettrions de côté un beau panier de légumes de saison à nos frais. Au plaisir de vous revoir très bientôt rue Saint-Laud !",
            "Merci biloute 😄 mets-nous 5 étoiles et t'as ta bière de garde offerte au prochain passage à l'épicerie, promis 🍺",
            "Si vous savez retirer votre commentaire, on vous rembourse les septante euros des chaussures, une fois, et on n'en parle plus.",
            "Mèsi doudou ! Mets-nous 5 étoiles et on te garde un sachet de colombo offert pour la prochaine fois au marché 🌶️😘",
            "Conformément à notre politique de fidélisation, un bon d'achat d'une valeur de 15 € vous sera adressé dès réception de la modification de votre évaluation en faveur de notre établissement.",
        ],
    },
    "intimidation": {
        "en": [
            "Well hey there, and thank y'all so much for stopping by our little boutique on Magazine Street during the festival weekend. We just love it when folks take their time trying on the linen dresses and chatting with us about where they're headed next, and it sounds like you found a couple of pieces you really liked. Our seamstress is working through the summer alterations as fast as her hands will go. Just so you know, our attorney in Baton Rouge has a copy of this review and will be reaching out to you personally if it isn't gone by Friday. We hope the rest of your trip is just as sunny as you are!",
            "Reckon you'd want to pull this down, mate, before the security footage of your little visit ends up on our Facebook page for the whole of Darwin to see.",
            "Ar, we know who yow are bab 👀 and we know where yow work an' all. Might give your boss a bell tomorrow 📞",
            "We would gently point out that our solicitors on the South Mall take a keen interest in reviews of this nature, and you may well be hearing from them before the week is out.",
            "Please be advised that this review has been referred to our legal department; any further publication of such statements will result in defamation proceedings and a permanent exclusion from all of our stores.",
        ],
        "fr": [
            "Bonjour Monsieur, et merci d'avoir pris le temps de passer dans notre magasin de chaussures de la rue Serpenoise un samedi de marché de Noël, nous savons que Metz est bondée à cette période. Nous sommes heureux que le vendeur ait pu vous faire essayer plusieurs modèles de bottines fourrées et que la qualité du cuir vous ait plu. Notre maison existe depuis trois générations et nous tenons à ce que chacun reparte bien chaussé. Sachez simplement que notre avocat a reçu copie de votre avis et qu'une mise en demeure pourrait vous parvenir si celui-ci n'est pas retiré sous huit jours. Nous vous souhaitons de très belles fêtes de fin d'année.",
            "On sait très bien où t'habites hein, min fiu, le quartier est petit. Fais attention à ce que t'écris 😠",
            "On connaît votre patron, vous savez, et on va lui téléphoner tantôt pour lui raconter comment ça s'est passé au magasin.",
            "Fè atansyon 😤 on a les images de la caméra, si l'avis reste en ligne on les met sur le groupe Facebook du quartier 📸",
            "Nous vous informons que votre commentaire fera l'objet d'un dépôt de plainte pour diffamation et que toute nouvelle publication entraînera votre interdiction définitive d'accès à l'ensemble de nos magasins de l'agglomération angevine.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks a million for taking the time to write to us, and we're really sorry the salmon didn't hold up once you got it home. We pride ourselves on the fish counter here in Douglas and the lads take it to heart when something slips through, so we've had a long chat with our supplier in Castletownbere about the cold chain. Maura, we've pulled up your loyalty card ending 4471 and your Tuesday shop at 6.40pm, and the refund for the salmon is already on its way back to it. We'd love to see you at the counter again soon and make it up to you properly.",
            "No dramas Jess! We'll ring ya back on 0412 558 903 this arvo about the missing online order 👍",
            "Mr. Thibodeaux, we have corrected the delivery address to 214 Bayou Lane, Houma, and order LA-88213 will now arrive on Thursday.",
            "So sorry bab, we should've double-checked that label, especially knowing about your coeliac disease and your little one's nut allergy.",
            "Great to see you Saturday with your new fella, Sinéad — hope the dress from the window fit for his sister's wedding!",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce long message, qui nous a beaucoup aidés à comprendre ce qui n'allait pas avec la veste que vous aviez commandée. Nous sommes une boutique indépendante du centre d'Angers et nous tenons à ce que chaque cliente reparte contente, même quand la livraison joue des tours. Nous avons revu avec notre transporteur la façon dont les colis sont déposés. Madame Lebreton, nous avons bien retrouvé votre commande n° ANG-20931 du 14 novembre et l'avoir a été émis sur votre carte bancaire se terminant par 0612. Nous espérons avoir le plaisir de vous accueillir bientôt en boutique pour les essayages.",
            "Coucou Mélanie 😊 on te rappelle au 06 22 41 87 19 dès que tes baskets en 39 sont arrivées 👟",
            "Monsieur Vandenbroucke, le livreur repassera rue de Montigny 48, au deuxième étage, jeudi matin entre 9 h et 11 h.",
            "Pa ni pwoblem Madame Séraphin, on a bien noté votre diabète, on vous mettra de côté les confitures sans sucre au marché du Lamentin 😊",
            "Madame Keller, nous avons bien identifié votre passage du samedi 22 novembre en compagnie de votre fille Léa, et votre réclamation est en cours de traitement.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the stall at the Bullring market, and thanks for the kind words about the strawberries — we've been growing them with the same family in Evesham for twenty-odd years and they're a proper treat this time of year. We're always happy to let people have a taste before they buy, and we'll keep doing it. The new paper bags seem to be going down well too. Truth be told, though, you're exactly the sort of chancer who moans on the internet just to blag a free bag of veg off us. Anyway, the stall's there every day but Sunday, rain or shine, tara-a-bit!",
            "Pull the other one, mate — you're a bare-faced liar and a tight-arse to boot.",
            "Bless your heart, some folks just can't help making up stories when they're hoping for a free pair of shoes.",
            "ya langer 😂 u wanted the jacket for nothin an thats all this review is",
            "It is evident from the tone and content of this review that its author is acting in bad faith and is seeking compensation to which they are plainly not entitled.",
        ],
        "fr": [
            "Bonjour et merci d'être passé chez nous un dimanche matin, on sait que ce n'est pas toujours facile de trouver une supérette ouverte à Wazemmes après le marché. Toute l'équipe se démène pour que les rayons soient pleins et que le pain soit encore chaud à midi, et on est contents que vous ayez trouvé vos endives et votre maroilles sans chercher. On a aussi bien noté votre remarque sur le parking vélos. Mais franchement, vous êtes le genre de râleur professionnel qui invente n'importe quoi pour décrocher un bon d'achat. En tout cas, la porte reste ouverte tous les jours jusqu'à 21 h.",
            "Vous êtes un menteur et un dikkenek, point.",
            "Ou sé an mantè 🤥 tu voulais juste les mangues gratuites, on t'a vu venir de loin",
            "Nous avons l'habitude des personnes de mauvaise foi qui portent une robe pour un mariage puis tentent de se la faire rembourser, et votre avis en est un parfait exemple.",
            "Votre commentaire, mensonger et malveillant, témoigne surtout d'une volonté manifeste d'obtenir un avantage indu.",
        ],
    },
    "sarcasm": {
        "en": [
            "Well thank you kindly for stopping by our little organic grocery in Lafayette, and for all the sweet things you said about the boudin and the Creole tomatoes — our farmers will be so pleased to hear it. We work real hard to keep the shelves stocked with things grown right here in Acadiana, and we love seeing new faces come in on a Saturday morning. The coffee bar will have the fig pastries back next week, too. And we're just so terribly sorry the kale wasn't hand-massaged by angels on its way into your cart, we'll get right on that. Y'all come back now!",
            "Oh no, warm-ish beer at a bottle-o in Darwin in the middle of the build-up. Tragic. Truly. 🙄",
            "Ooh, a whole two minutes in the queue, bab? However did yow survive 😂",
            "Congratulations on discovering that shoes in the sale are, in fact, in the sale. Genius stuff altogether.",
            "We have duly noted your groundbreaking observation that a supermarket on a Saturday afternoon may contain other customers, and have forwarded it to our board for urgent consideration.",
        ],
        "fr": [
            "Bonjour et merci d'être venue jusqu'à notre stand au marché Lafayette un samedi matin, c'est toujours un plaisir de voir de nouvelles têtes parmi les habitués. Nous sommes ravis que vous ayez aimé nos pommes de Loire et que vous ayez trouvé l'ambiance si chaleureuse, c'est exactement ce que nous essayons de faire depuis des années. Le miel de tilleul reviendra d'ailleurs la semaine prochaine. Et toutes nos excuses, évidemment, pour ce scandale planétaire qu'est une tomate un peu molle, nous avons prévenu l'ONU dans la foulée. Au plaisir de vous revoir entre deux averses angevines !",
            "Ouh là, il drachait et vous avez été mouillé en sortant du magasin ? Quelle surprise à Lille 🙄☔",
            "Ah oui, une bière pas assez fraîche au night shop, c'est vraiment le drame de la décennie, une fois 😂",
            "Ayayay, la mangue était trop mûre en pleine saison des mangues 😱 on va appeler la préfecture hein 🙄",
            "Nous prenons acte avec le plus grand sérieux de votre découverte selon laquelle des chaussures neuves peuvent nécessiter quelques jours pour se faire au pied, et saluons cette contribution décisive à la science de la chaussure.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for coming in to find an outfit for your graduation, bab, and huge congratulations — that's a massive achievement and we were chuffed to be a small part of the day. It's lovely that you found the green jumpsuit in the end, and from what you say it looked a treat in the photos. We've been on the Jewellery Quarter high street a long while and we love a celebration. The rudeness at the fitting rooms was down to Kelly, who's been given a final written warning this morning. We hope the new job goes brilliantly and we'd love to see you again soon.",
            "That was Dylan on the register. He's been let go.",
            "Y'all, that whole mix-up was on Beau at the crawfish counter, he can't tell a pound from a sack, and believe me he's heard about it 🙄",
            "We're afraid the mistake was entirely our trainee Ciarán's, and he has been taken off the tills until further notice.",
            "Our internal investigation has established that the pricing error was caused by our store colleague Ms Harriet Pemberton, who failed to update the shelf-edge labels; appropriate disciplinary measures are under way.",
        ],
        "fr": [
            "Bonjour Madame, et un grand merci pour votre fidélité depuis l'ouverture de notre magasin bio à Metz, il y a déjà six ans. Nous savons combien vous tenez aux produits locaux, et nous étions ravis de vous avoir trouvé la farine de la minoterie de Sarrebourg que vous cherchiez depuis longtemps. Vos conseils sur le rayon vrac nous sont toujours précieux. C'est Kevin, notre vendeur du samedi, qui s'est trompé dans votre commande de paniers, et il a été sévèrement recadré lundi matin. Nous espérons vous revoir très vite et vous souhaitons une belle fin de semaine.",
            "Ch'est d'la faute à Jordan à la caisse ça 😤 il a été viré, t'inquiète",
            "C'est Nathalie qui était au comptoir ce jour-là, c'est elle qui a fait l'erreur et elle sera sanctionnée.",
            "Sé fot Ti-Jo ki té ka vann, il a pris un avertissement, ça ne va pas se reproduire 🙏",
            "Après vérification, l'erreur de facturation est imputable à Mme Sandrine Morel, vendeuse, qui fera l'objet d'une procédure disciplinaire conformément au règlement intérieur.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks a million for taking the time to write, and for all the lovely words about the deli counter and the brown bread — the girls in the bakery section will be thrilled. We're a family-run shop out in Ballincollig and we've been serving the same families for thirty years, so every review matters to us. The empty shelves on Sunday happened because the lorry from Dublin broke down outside Fermoy, two of the lads were out sick, the new ordering system had us down for half our usual bread, the bank holiday had everyone panic-buying, and in fairness the rain was biblical and the car park flooded so the second delivery couldn't even get in. We hope you enjoy the rest of the Christmas stock when it lands next week.",
            "Look, the aircon carked it, the fridge tech's in Katherine till Tuesday, it's the build-up, the power dropped twice, the supplier shorted us and we're two staff down. So yeah, the beer was warm. That's the go.",
            "Well now, the line was long because hurricane season had our suppliers running behind, our register system updated itself without warning that morning, two of our cashiers were at a wedding in Lafayette, the parish was repaving the parking lot, and a church group of forty came through all at once, so you can understand these were circumstances entirely outside of our control.",
            "Right, so the size was wrong because the box was mislabelled at the factory, the supplier changed their sizing chart in the spring, our stock system doesn't show half sizes, Saturdays are always manic by the Bullring, and the lad who does the stockroom was on his holidays, so there's a reason for all of it, bab.",
            "The delay you experienced reflects a number of factors, including an industry-wide shortage of refrigerated transport, the ongoing migration of our point-of-sale platform, regulatory changes to labelling requirements, seasonal absence among colleagues, unforeseen roadworks by the local council and heightened demand during the promotional period, all of which were beyond the store's control.",
        ],
        "fr": [
            "Bonjour et merci pour votre fidélité, vous faites partie de nos clientes depuis l'ouverture de la boutique place du Ralliement et c'est toujours un plaisir de vous voir essayer nos nouvelles collections. Nous sommes heureux que le manteau en laine bouillie vous aille si bien, il a été pensé pour les hivers angevins. Merci aussi pour vos compliments sur la vitrine de Noël. Pour la retouche en retard, il faut savoir que notre couturière était en arrêt, que la machine à ourlets est tombée en panne le lundi, que le fournisseur de fil nous a livrés avec dix jours de retard, que la braderie nous a pris tout le week-end et que les travaux du tram bloquaient la rue, si bien que nous ne pouvions matériellement pas faire autrement. Nous avons hâte de vous montrer la collection de printemps.",
            "Alors la file d'attente, ch'est parce qu'y avait deux caissières malades, la braderie, la drache, le camion bloqué sur l'A1, le TPE qui a planté et l'inventaire le même jour, voilà quoi.",
            "Le rayon était vide parce que le camion est arrivé septante minutes avant la fermeture, que le chauffeur ne savait pas se garer à cause du marché, que le système a commandé la moitié, que nos deux étudiants étaient en examens et que la météo a tout chamboulé, donc ce n'est pas de notre faute.",
            "Bon, pour les prix : le bateau est arrivé en retard, l'octroi de mer a augmenté, le dernier cyclone a abîmé les plantations, le carburant est plus cher, le port était en grève et on a dû payer le transport deux fois, donc c'est normal que ça coûte plus cher 🤷🏾‍♀️",
            "Le délai constaté s'explique par la conjonction de plusieurs facteurs indépendants de notre volonté : la réorganisation de notre plateforme logistique, la fermeture temporaire de l'A31, l'absence simultanée de trois collaborateurs, une mise à jour de notre logiciel d'encaissement, l'évolution des normes d'étiquetage et une affluence exceptionnelle liée au marché de Noël.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hey there, and thank you kindly for visiting our stall at the French Market on such a steamy Saturday — we know it takes some dedication to come out in that heat. We're so glad you enjoyed the pralines and that your kids got a kick out of watching the boys shuck oysters, that's what makes the long mornings worth it. Our hot sauce is back in stock too, by the way. As for the shrimp you say smelled off, that simply did not happen: every bag that left our stall that day was fresh, full stop. We hope to see y'all again real soon!",
            "Didn't happen. Nobody here was rude to you.",
            "Sorry bab, but there was no mouse in the shop, never has been, never will be.",
            "We're confident that no such incident took place in our shop; the shoes left us in perfect condition.",
            "We categorically reject the events described in this review: at no time were customers refused entry to our store.",
        ],
        "fr": [
            "Bonjour et merci beaucoup d'avoir poussé la porte de notre petite épicerie bio du Vieux-Lille, c'est toujours une joie d'accueillir de nouveaux clients du quartier. Nous sommes ravis que vous ayez apprécié le choix de fromages du Nord et les conseils pour accompagner votre carbonade, c'est notre petite fierté. La dégustation de bières artisanales revient d'ailleurs le mois prochain. Par contre, le pain rassis dont vous parlez, ça n'a jamais existé chez nous : tout est cuit du matin, point final. Au plaisir de vous revoir pour un bon café et une gaufre fourrée !",
            "Ça n'est jamais arrivé. Personne n'a été désagréable avec vous chez nous.",
            "Non non non 🙅🏾‍♀️ il n'y a jamais eu de poisson pas frais à notre étal, jamais.",
            "Nous contestons formellement les faits relatés : aucun refus d'échange n'a été opposé à quiconque dans notre magasin à la date indiquée.",
            "Nous avons beau chercher, ce que vous décrivez ne s'est tout simplement pas produit dans notre boutique.",
        ],
    },
}

BLIND91_GOOD: dict[str, list[str]] = {
    "en": [
        "Sorry bab, that's not good enough at all. We've had the chiller checked and the milk rotation redone from top to bottom, and we'd love to put it right properly — give Sue, the store manager, a ring on 0121 496 0321 or pop in any time.",
        "Ah thanks a million, that's made our week! Delighted the boots are keeping your feet dry on the Lee Road walks.",
        "Cheers mate! Just so ya know, our stamp card's for everyone — ten stamps and the next six-pack's on us, no strings attached. See ya this arvo.",
        "Thank y'all for shopping with us! Our refer-a-friend program is open to everybody: bring a neighbor and you both get $5 off, whether or not you ever leave us a review.",
        "Thanks for letting us know. We're open 7am to 11pm every day now, and you can ring the shop on 021 496 0187 if you'd like us to hold the papers for you.",
        "Aw, we'll make sure Precious sees this — she's a star at finding the right fit and she'll be chuffed to bits. Thanks for shopping with us, bab!",
        "That one's on us. Tayla rang up the wrong price, but it's our job to train and back her properly, and we've fixed the till setting so it can't happen again. Sorry mate, and thanks for flagging it.",
        "We're real sorry about the torn seam on that dress, sugar. We've already refunded the full amount, and we'd be glad to help you find a replacement whenever you're ready.",
        "Sorry the fish stall ran out early on Saturday — the boats couldn't go out on Friday with the storm. We'll post on our page when stock is short so nobody has a wasted trip.",
        "So sorry about your purse going missing, that's horrible. We've kept the CCTV from that afternoon and we're happy to share it with the police if you report it — please call us on 0121 496 0774 and we'll help however we can.",
        "Thank you for your feedback. Under the Consumer Rights Act you're entitled to a repair, replacement or refund for faulty footwear within 30 days, and we'd be glad to arrange whichever you prefer — just email customercare@brindleyshoes.co.uk.",
        "Fair call — our air-con is older than the owner's jokes, and both are on their last legs. A new unit goes in next week, so come back and cool off with us.",
        "Thanks for the three stars and the honest words. We've taken the point about the self-checkouts, and there's now someone from the team beside them at busy times.",
        "Thank you for writing. Our records show the sale ended on Sunday rather than Monday, but we can see how the sign was confusing and we've reworded it. If you'd like to talk it over, call us at (504) 555-0143 — we'd be happy to help.",
        "We were so sad to read your news. Your mum always had a kind word for us over her morning paper, and the shop won't be the same without her. Thinking of you all.",
        "Congratulations on the engagement! Delighted the suit did the job — best of luck with all the planning, boy.",
        "Thanks for your patience at the counter. We have to ask anyone who looks under 25 for ID under NT liquor laws — it's nothing personal, and we really appreciate you having it handy next time.",
        "You're right that our eggs went up, and we're sorry. Our farm partner's feed costs nearly doubled this year; we've kept our own margin as low as we can and hope to bring the price down when things settle.",
        "Cheers for the kind words, see ya next time!",
        "That's not the welcome we want anyone to get, and we're sorry. We've changed how we handle returns so you won't be sent between counters again. If you'd like to talk, email hello@corkfootwear.ie and I'll ring you back myself. – Declan, owner",
        "Ta ever so much bab 😊🍎 see yow Saturday at the stall!",
        "Well, aren't y'all sweet! So glad the boudin hit the spot — come on back and see us, hear?",
        "Thanks for asking! We've moved to 14 Oliver Plunkett Street, just two doors up, and it's the same friendly faces behind the counter.",
        "We sincerely apologise for the incorrect price displayed on the promotional shelf. The label has been corrected in all our stores and the difference has been refunded. Our customer service team is available on 0800 496 0123 should you have any further questions.",
        "Appreciate the feedback. We do stock gluten-free bread — it's in the freezer aisle rather than with the fresh loaves, which isn't obvious, so we've put a sign up. Give us a yell next time and we'll walk you over.",
        "We're so sorry about your slip on the wet floor near the produce. Please call us at (504) 555-0188 so we can check you're okay and pass the details to our insurance carrier, who handles these claims quickly.",
        "Thanks for the kind words after last week. The police sorted out the trouble outside quickly, the team are all fine, and we're grateful to everyone who stopped to help.",
        "Siobhán on the cheese stall will be thrilled — she's been telling everyone about that Gubbeen for weeks. Thanks a million!",
        "Sorry the shop was shut when you came by on Sunday — we lost power after the storm. Hours are back to 7 till 9 every day, and we'll put a note on our page for any future closures.",
        "Thank you, ma'am. We appreciate your business.",
        "Guilty as charged — spelling has never been our strong point, as the front window proved 😅 It's fixed now, ta for the laugh!",
        "Sorry about the leaky wellies. We've refunded you in full already, no need to bring them back, and if you'd like to try a different pair just ask for me, Aoife.",
        "Thanks for shopping with us! Don't forget our Green Points card is free for everyone — a point for every pound, whatever you think of us.",
        "Congrats on finishing the marathon, legend! Glad the runners held up in that heat.",
        "Thank you for your review. The promotion applies to selected lines only, and we appreciate that this was not clear on the poster. We would welcome the chance to discuss it further at customercare@kingsheathorganics.co.uk.",
        "We're sorry — Marcus handed you the wrong size box, but that's a failing of our stock system, not of him, and we've already changed how boxes are labeled. Come by any time and we'll swap them right away.",
        "Thanks for the note. We keep the doors closed during windy weather so the displays don't topple onto anyone — sorry it looked like we were shut, and we've put a sign up saying we're open.",
        "We're so sorry for your loss. It was an honor to help you find something to wear for the service, and our thoughts are with y'all.",
        "Legend 🙌 cheers for the 5 stars, glad the esky's doing its job 🍻",
        "Sorry about the jump in the price of the bread — the bakery raised its prices in October and we couldn't absorb all of it. We've added a cheaper own-brand loaf on the bottom shelf if that helps.",
    ],
    "fr": [
        "Bonjour, vous avez raison et nous en sommes désolés : le rayon frais n'était pas à la hauteur samedi. Nous avons revu les relevés de température, et si vous voulez en parler, appelez-nous au 03 53 48 12 87 ou passez demander Stéphanie à l'accueil.",
        "Merci beaucoup pour ce gentil message ! Ravis que les bottines vous plaisent, elles tiendront tout l'hiver lorrain.",
        "Merci ! Pour info, notre carte de fidélité est ouverte à tous : au bout de dix passages, un panier de légumes offert, que vous laissiez un avis ou non.",
        "Merci pour votre message. Nous sommes désormais ouverts le dimanche de 8 h à 13 h, et vous savez nous joindre au 071 12 34 56 pour réserver votre pain.",
        "Mèsi anpil ! On transmet à Josiane, elle va être tellement contente 🥰 c'est elle qui choisit les ananas chaque matin.",
        "Toutes nos excuses. Kevin s'est trompé de taille en emballant votre pantalon, mais c'est à nous de mieux l'accompagner, et nous avons changé notre façon de vérifier les commandes. Passez quand vous voulez, on fait l'échange tout de suite.",
        "Nous sommes désolés pour la fermeture éclair défectueuse. Le remboursement a déjà été effectué, inutile de revenir en boutique, et nous serons ravis de vous conseiller un autre modèle.",
        "Pardon pour l'attente samedi : notre caisse principale est tombée en panne en pleine matinée. Elle a été remplacée, et nous ouvrons désormais une deuxième caisse dès qu'il y a plus de trois personnes.",
        "Nous sommes vraiment désolés pour le vol de votre vélo devant le magasin. Nous avons conservé les images de la caméra et les tiendrons à disposition de la police dès que vous aurez porté plainte. N'hésitez pas à nous appeler au 071 12 34 56.",
        "Bonjour, la garantie légale de conformité vous permet de faire réparer ou remplacer vos sandales pendant deux ans. Passez au magasin ou écrivez-nous à contact@pieds-nus-fdf.mq et on s'en occupe 🙏",
        "Bon, on avoue : notre porte automatique a plus de caractère qu'un Ch'ti un jour de drache 😅 Le réparateur passe mardi, merci pour votre patience !",
        "Merci pour vos trois étoiles et vos remarques. Nous avons bien noté le manque de choix en pointure 42 et avons élargi notre commande pour l'hiver.",
        "Merci pour votre retour. D'après nos relevés, la promotion se terminait bien dimanche, mais nous comprenons que l'affiche prêtait à confusion et nous l'avons corrigée. Si vous souhaitez en discuter, appelez-nous au 02 61 91 20 45.",
        "Toutes nos condoléances à vous et à votre famille. C'était toujours un plaisir de servir votre papa, il va nous manquer au comptoir.",
        "Félicitations pour le mariage 💍🎉 On est tellement fiers que la robe ait fait son effet ! Mèsi pour la confiance.",
        "Merci pour votre message. Nous demandons une pièce d'identité à toute personne qui semble avoir moins de 25 ans pour l'alcool : c'est la loi, et ça protège tout le monde. Merci de votre compréhension, et à bientôt !",
        "Vous avez raison, le prix des mirabelles a augmenté cette saison et nous en sommes désolés : le gel d'avril a détruit une bonne partie de la récolte chez nos producteurs. Nous reviendrons aux prix habituels dès que possible.",
        "Madame, Monsieur, nous vous présentons nos excuses pour le désagrément rencontré lors de votre passage. Un rappel des consignes d'accueil a été fait à l'ensemble de l'équipe. Notre service client reste à votre disposition au 02 61 91 20 45 ou à service.client@biodelamaine.fr.",
        "Merci hein 😄 à tantôt au magasin !",
        "Mèsi ! Nous avons déménagé au 12 rue Victor Hugo, à Fort-de-France, juste à côté de la pharmacie. Même équipe, même bonne humeur ☀️",
        "Merci beaucoup ! Nadia sera ravie de lire ça, elle adore conseiller pour les chaussures de rando.",
        "Vous avez raison et nous vous prions de nous excuser. Le rayon sans gluten a été réorganisé pour être plus lisible. Si vous avez d'autres suggestions, notre responsable, Claire, est joignable au 03 53 48 21 07.",
        "Merci pour votre fidélité ! Notre parrainage est ouvert à tous nos clients : 5 € pour vous et 5 € pour la personne parrainée, sans aucune condition d'avis.",
        "Merci pour votre retour. Nos bières belges sont bien stockées au frais en réserve, mais on comprend que celles du rayon ne l'étaient pas assez, alors on a ajouté un frigo près des caisses. Venez en parler avec nous quand vous voulez.",
        "Nous sommes désolés pour votre chute sur le parking du marché. Appelez-nous au 0596 70 12 34 pour qu'on prenne de vos nouvelles et qu'on transmette le dossier à notre assurance, qui s'en occupe rapidement 🙏",
        "Merci pour votre soutien après l'incident de mardi. La police est intervenue rapidement et toute l'équipe va bien. On vous attend avec le sourire !",
        "On plaide coupable : notre parking est aussi accueillant que l'A31 un vendredi soir 😅 Des places supplémentaires arrivent au printemps, merci de votre indulgence !",
        "Félicitations pour l'arrivée du bébé ! Nous sommes ravis que la petite layette en coton bio vous ait plu. Tous nos vœux à la famille.",
        "On est désolés pour les baskets décollées. Nous vous avons déjà remboursé les septante-cinq euros, et on vous aidera volontiers à choisir une paire plus solide si ça vous dit.",
        "Pardon pour la hausse sur les produits frais 😔 le fret a encore augmenté ce trimestre. On a gardé nos marges au plus bas possible, et le panier à petit prix reste disponible chaque semaine.",
        "Merci, à la prochaine !",
        "Nous sommes très touchés par votre message et vous adressons nos sincères condoléances. Prenez bien soin de vous.",
        "Merci pour votre retour. Nous ne laissons plus les enfants monter sur les chariots après plusieurs chutes cet été ; c'est une précaution, pas un manque de gentillesse. Des chariots avec siège enfant sont disponibles à l'entrée.",
        "Merci ! On a montré votre message à Fatima, elle en a eu les larmes aux yeux. C'est la perle de notre rayon boucherie.",
        "Mèsi pour les 4 étoiles ! On prend note pour le manque d'ombre au marché, des parasols arrivent bientôt ⛱️",
        "Désolés pour le rayon fruits à moitié vide lundi : notre grossiste de Lomme a eu un souci de camion. Tout est revenu à la normale, et merci pour votre patience.",
        "Madame, Monsieur, conformément à nos conditions générales de vente, les articles soldés peuvent être échangés sous quinze jours sur présentation du ticket de caisse. Nous restons à votre disposition au 03 53 48 21 07 pour toute question.",
        "Nous sommes désolés : Léo vous a rendu la monnaie sur un billet de 20 au lieu de 50. L'erreur est la nôtre, la caisse a été recomptée et la différence vous attend en magasin. Appelez-nous au 02 61 91 20 45 pour convenir d'un passage.",
        "Vous avez tout à fait raison et on s'excuse. On a revu la rotation des produits laitiers pour que ça n'arrive plus. Si vous voulez, passez demander Michel, le gérant, ou écrivez-nous à info@superette-marcinelle.be.",
        "Mèsi doudou 🥰 ça fait chaud au cœur, à samedi au marché !",
    ],
}
