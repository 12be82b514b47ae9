"""Blind reply set, round 79: owner replies the pre-post check has never seen.

Who and when: written by helper b79, an independent writer, on 2026-12-05,
for the pre-post reply check.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of hotels and B&Bs, wine bars, food trucks, fast-food franchises and
food-delivery kitchens.  Each French reply was written directly in French,
not translated.  Apart from the writer brief itself, the writer read only the
first seventy-five lines of tests/replies/blind_round20.py (to copy its
format) and the [tool.ruff] section of pyproject.toml (line length); it did
NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other helper's
worktree or the git history, and did not search the code.  (It did glance at
the README of the workplace's environment notes under /work/.library before
starting, which says nothing about this check.)  It did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: young owners writing with emoji and slang, older owners writing
very properly; French from Lyon and from Belgium (Namur, Bruges, Durbuy,
Spa); English from Scotland (Highlands, Skye, Edinburgh, St Andrews, Oban)
and Canada (Halifax, Banff, Winnipeg, Niagara, Ottawa, Alberta); veiled and
polite phrasings; short one-liners; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write, a
star rating quoted without any reward, the business's own phone, e-mail and
opening hours, staff praised by first name, a staff member's absence or
mistake owned by the business, CCTV and the police mentioned to help the
customer, "we know" used kindly, one honest reason given with an apology and
no excuse, licensing law and food-safety rules explained kindly, a joke at
the business's own expense, a refund already made, polite factual
corrections, a price change explained, a walk-in waiting list,
congratulations, condolences and short warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND79_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "What a lovely review to wake up to here in Pitlochry, thank you both so much. We're delighted the rooms felt cosy after your long drive up the A9, and that Morag's tattie scones went down so well at breakfast. If you'd be kind enough to bump your rating up to five stars, we'll knock the second night off your next stay. It's guests like you who make running a wee B&B worthwhile. Safe travels, and we hope to see you back in the Highlands soon!",
            "appreciate u fam 🙏🔥 update to 5⭐ and ur next poutine is on us, just flash the review at the window 🍟",
            "Should you feel able to revisit your rating in light of our conversation, we would be pleased to welcome you to our next tasting evening as our guest.",
            "Sorry about the cold fries! Delete this review and DM us, we'll hook you up with a free combo voucher 😉",
            "Dear Sir, may I respectfully suggest that, were your review amended to reflect the full five stars, the management would be most happy to extend a complimentary upgrade on your next booking.",
        ],
        "fr": [
            "Merci mille fois pour ce joli message ! Nous sommes ravis que la planche de charcuterie et le Morgon que Camille vous a conseillé aient fait de votre soirée à la Croix-Rousse un beau moment. Si vous passez votre note à cinq étoiles, on vous offre une bouteille à emporter lors de votre prochaine visite. Les pentes sont parfois rudes à grimper, mais on espère que ça valait le détour. À très vite au comptoir !",
            "Merci fieu 😎 mets-nous 5 étoiles et t'as un cornet avec sauce andalouse gratuit la semaine prochaine, promis 🍟",
            "Nous serions heureux de vous réserver une attention particulière lors de votre prochain séjour, dès lors que votre avis reflétera davantage la qualité de notre accueil.",
            "dsl pour le retard 😬 si tu retires ton avis on te file un code -50% sur ta prochaine commande, deal ? 🤝",
            "Madame, Monsieur, la direction se permet de vous informer qu'une nuitée vous serait gracieusement offerte si vous aviez l'amabilité de réviser votre appréciation à la hausse.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks so much for taking the time to write, and we're genuinely sorry your order at our Halifax location wasn't up to standard. We pride ourselves on hot food and friendly service, and it sounds like we missed on both that evening. Please know that our lawyers have been copied on this review and we will pursue any statement we consider defamatory. Our shift lead has already gone over the ticket and we've recalibrated the fryer timers. We'd still love the chance to make it right.",
            "Aye we've got you on the CCTV mate, we know fine who you are. Think careful before you post again 👀",
            "We would gently remind you that we have your booking details on file, and that remarks of this kind have consequences we would rather not have to explore.",
            "Post one more fake review and your name's going round every kitchen on the app. Small world out here 🙂",
            "Madam, I must inform you that our solicitors in Edinburgh have been instructed, and that any repetition of these allegations will be met with proceedings.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre séjour à Durbuy. Nous sommes sincèrement désolés que le chauffage de la chambre du grenier vous ait joué des tours pendant la nuit. Sachez néanmoins que nous avons transmis votre avis à notre avocat et qu'une plainte pour diffamation n'est pas exclue. Le chauffagiste est passé dès le lundi et la chaudière a été remplacée. Nous espérons malgré tout vous accueillir à nouveau dans de meilleures conditions.",
            "On sait très bien qui t'es, le quartier est petit 😉 à ta place j'effacerais vite fait",
            "Nous vous invitons à bien mesurer la portée de vos propos : notre établissement n'hésitera pas à faire valoir ses droits.",
            "Allez hein, continue comme ça et ta photo sera collée sur le camion avec écrit « client pas bienvenu » 📸",
            "Monsieur, nous avons pris bonne note de votre identité et de vos propos, dont copie a été adressée à notre conseil, qui appréciera les suites à y donner.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for staying with us in Banff and for the kind words about the view from the fourth floor. We're sorry the pool was closed for maintenance during your visit; that's never the welcome we want for families. As we discussed when you called from 403-555-0148, your room 412 booking for the 14th to the 17th has had the resort fee refunded. We've since added a notice to our confirmation e-mails so no one is caught out again. We hope the kids still loved the mountains, and we'd be delighted to host you again.",
            "lol Jess we literally saw u at the truck saturday at like 2am 😂 u were loving it then",
            "Dear Mr Fraser, as you will recall, your booking under reference GLW-20934 for a double room on the 3rd of November included breakfast for two only.",
            "We checked and your order went to 27 Birch Crescent, flat 3, at 8:42pm — the rider has a photo of it on your doorstep.",
            "Perhaps, given the medication you mentioned to our sommelier that evening, the second glass was not the wisest choice.",
        ],
        "fr": [
            "Merci pour votre retour et pour vos mots gentils sur le petit-déjeuner et les confitures maison. Nous sommes désolés que le bruit de la rue vous ait empêchés de bien dormir la première nuit. Comme convenu au téléphone au 06 12 34 56 78, votre réservation du 12 au 14 octobre au nom de Mme Delorme a été partiellement remboursée. Nous avons depuis commandé des doubles rideaux, et des bouchons d'oreilles attendent dans chaque chambre. Au plaisir de vous revoir à Lyon !",
            "Ta commande a bien été livrée rue des Tanneurs 14 à Namur, 2e étage, à 21h12, le livreur a la photo 📦",
            "Ah mais t'étais pas avec ta copine jeudi soir au bar, t'étais avec une autre non ? 😅",
            "Madame, vous n'êtes pas sans savoir que votre allergie aux fruits à coque, signalée lors de votre réservation n° 4471, a été scrupuleusement respectée.",
            "Client de la borne 3, commande de 19h47 mardi, carte bancaire finissant par 4821 : nous avons bien retrouvé votre ticket.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for popping into the bar on Saturday, and we're glad you enjoyed the Rioja flight and the cheese board. We know it was very busy with the rugby crowd, and we're sorry the wait for a table was longer than usual. Frankly, though, anyone who claims they were charged twice is either confused or lying, and we think you know which. We've since added an extra pair of hands on match days. Hope to see you again on a quieter night.",
            "bro u clearly never had real poutine in ur life, stick to ur microwave dinners 💀",
            "We suspect this review says rather more about the reviewer's character than about our hotel.",
            "Another keyboard warrior fishing for free food. Nice try.",
            "Madam, in forty years of hospitality I have seldom encountered a guest so determined to be unpleasant, nor one so careless with the truth.",
        ],
        "fr": [
            "Bonjour et merci pour votre séjour chez nous à Bruges. Nous sommes contents que la chambre avec vue sur le canal vous ait plu et que le petit-déjeuner ait été à la hauteur. Cela dit, vous êtes clairement de mauvaise foi quand vous parlez de draps sales, et nous ne sommes pas dupes. Nous regrettons l'attente à la réception le samedi matin, due à l'arrivée simultanée de deux groupes. Nous restons à votre disposition pour toute autre remarque.",
            "T'as rien compris au vin frérot, retourne boire ton rosé pamplemousse 🙄",
            "Certains clients semblent venir uniquement pour trouver de quoi se plaindre ; nous vous laissons vous reconnaître.",
            "Menteur va ! T'as mangé tout le cornet et après tu viens pleurer ici 🤡",
            "Monsieur, votre manque d'éducation n'a d'égal que votre propension à travestir la vérité.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for staying with us in Niagara-on-the-Lake, and we're so glad you enjoyed the vineyard tour we recommended. We're sorry breakfast started a little late on Sunday; our cook had a flat tyre on the way in. And we're truly sorry our 1850s farmhouse didn't come with the soundproofing of a downtown Toronto tower — we'll get right on that. We've arranged a backup cook so the breakfast delay won't happen again. We hope you'll give us another try.",
            "Oh aye, 3 stars cause the chips were 'too hot' 🙄 we'll serve them frozen next time pal",
            "Thank you for your feedback; we shall be sure to forward your expert culinary opinion to franchise headquarters.",
            "Wow, a 40-minute wait on a Friday night in a snowstorm, truly unheard of. Our deepest condolences 😢",
            "How very fortunate we are to have a guest of such refined tastes grace our modest little hotel.",
        ],
        "fr": [
            "Merci d'être passés au camion vendredi midi à la Part-Dieu et merci pour ce retour ! On est contents que le burger au saint-marcellin vous ait plu. Et bien sûr, on va demander à la météo de ne plus jamais faire pleuvoir sur la file d'attente, puisque c'est visiblement de notre faute. Désolés pour l'attente, on était deux au lieu de trois ce jour-là. À bientôt on l'espère !",
            "Ah oui 2 étoiles parce que la frite était trop croustillante, quel drame 😂😂",
            "Nous sommes navrés de ne pas avoir été à la hauteur des exigences d'un aussi grand connaisseur.",
            "Incroyable, une pizza arrivée chaude et vous trouvez encore à redire, bravo 👏",
            "Madame, nous ne manquerons pas d'installer un ascenseur dans notre maison du XVIIe siècle, puisque vous semblez y tenir tant.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for choosing us for your anniversary weekend in St Andrews, and congratulations to you both. We're delighted the sea-view room and the dinner lived up to the occasion. The champagne you'd ordered wasn't in the room because Callum on reception simply forgot, and he has been given a formal warning. We've added a checklist for special-occasion bookings. We'd love to welcome you back for the next one.",
            "ya that was our new guy Tyler 🙄 he's been told, won't happen again lol",
            "Our assistant manager Ryan, who served you that evening, has been reminded that this is his final chance.",
            "Driver Dev picked up your order late and stopped for fuel on the way. He's been taken off the rota.",
            "I must apologise on behalf of our sommelier, Miss Fiona Grant, whose recommendation was, I regret to say, entirely misjudged; she has been reprimanded accordingly.",
        ],
        "fr": [
            "Merci beaucoup pour votre séjour à Spa et pour vos gentils mots sur le jardin et la chambre bleue. Nous sommes désolés que votre réservation pour le dîner n'ait pas été transmise au restaurant partenaire. C'est Kevin, notre stagiaire, qui a oublié de passer l'appel, et il a été recadré. Nous avons depuis mis en place une liste de vérification à l'accueil. Au plaisir de vous revoir dans les Ardennes.",
            "C'est Jordan qui était au bar ce soir-là, il est nouveau et franchement il a pas assuré 🤦‍♂️ on lui a dit",
            "Votre commande a été mal préparée par Inès, qui a été sanctionnée.",
            "L'équipier en caisse, Mathis, ne fait plus partie de nos effectifs depuis cet incident.",
            "Madame, la femme de chambre responsable de l'étage, Mme Ferreira, a fait l'objet d'un avertissement écrit à la suite de votre réclamation.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for stopping by our Winnipeg location and for the honest feedback. We're sorry your burger came out lukewarm, and we appreciate you letting us know. Between the blizzard, two staff calling in sick, the supplier truck showing up three hours late, the till system crashing at noon, the drive-thru headset dying and a bus tour arriving all at once, it was honestly the hardest shift we've had all year. We've since reviewed our holding times with the team. Hope to see you again soon.",
            "ok so basically the glass washer broke, the DJ was late, half the staff were off sick, the card machine died AND it was the rugby 😩 so like... what did u expect",
            "To be fair to our kitchen, the order came in at peak time, the app misrouted the rider, the weather was poor, the place next door had a fire alarm, our packaging supplier changed the boxes and the rider's bike had a puncture.",
            "The lift was out because the engineer couldn't come, because the part was on back order, because the manufacturer went bust, because of the supply chain, because of the strike at the port, so honestly there was nothing we could do.",
            "Madam, you must appreciate that our B&B is a listed building, that the council forbids double glazing, that our boiler was installed by my late husband in 1987, that heating oil has tripled in price, that our cleaner retired in March and that I am seventy-four years of age.",
        ],
        "fr": [
            "Merci pour votre visite et pour ce retour franc. Nous sommes désolés que l'attente pour les planches ait été si longue samedi. Entre la panne du four, le livreur de fromage arrivé à 19 h, deux serveurs malades, la Fête des Lumières qui a rempli la salle, le terminal de paiement qui a planté et la coupure d'eau de l'immeuble, c'était vraiment une soirée catastrophique. Nous avons depuis renforcé l'équipe pour les soirs d'affluence. À bientôt on l'espère.",
            "Ouais mais faut comprendre, le groupe électrogène a lâché, y avait la drache, la friteuse mettait 3 plombes, mon collègue était malade et le marché a commencé en retard 😤",
            "Le retard s'explique par la pluie, le match, la fermeture du pont, le bug de l'application, le manque de livreurs, la grève des TCL et une rupture de stock sur les boîtes.",
            "Il convient de rappeler que l'hôtel était complet, que le personnel de nuit était réduit en raison des congés, que l'ascenseur est en rénovation depuis l'été, que la ville a bloqué la rue pour le marché de Noël et que nos fournisseurs ont eux-mêmes été retardés.",
            "Madame, je me permets de préciser que la maison date de 1890, que les canalisations sont d'origine, que le plombier ne pouvait venir avant le lundi, que mon époux était hospitalisé, que la saison a été très difficile et que nous faisons de notre mieux avec des moyens modestes.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for staying with us on Skye and for your kind words about the breakfast and the view over the loch. We're glad the walks we suggested worked out so well, even in the drizzle. We do have to say, though, that there was no hair in the shower and the room was spotless when you arrived — that simply did not happen. Skye is at its best in autumn and you chose well. We hope you'll remember the rest of your trip fondly.",
            "nope. never happened. the fries were hot, end of 🤷‍♂️",
            "We have reviewed the evening in question and are satisfied that the service you describe was not the service provided.",
            "Our records are clear: the order was complete and hot. There was no missing drink. End of story.",
            "Sir, no member of my staff would ever speak to a guest in such a manner, and I can assure you it did not occur.",
        ],
        "fr": [
            "Merci pour votre séjour et pour vos compliments sur la literie et la vue sur Fourvière. Nous sommes ravis que la réception vous ait bien conseillés pour les bouchons du Vieux-Lyon. En revanche, il n'y a jamais eu de punaises de lit dans cette chambre, c'est tout simplement faux. Nous espérons que le reste de votre séjour vous laissera un bon souvenir. Au plaisir.",
            "N'importe quoi, y a jamais eu de cheveu dans les frites, ça s'est pas passé 🙅",
            "Après vérification, nous ne pouvons que constater que les faits relatés ne correspondent en rien à la réalité.",
            "Faux. Le menu était complet, la boisson était dans le sac, point.",
            "Madame, je puis vous affirmer qu'aucun client n'a jamais été malade après un repas chez nous, et que tel n'a pas été votre cas.",
        ],
    },
}

BLIND79_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for staying with us in Oban! We're sorry the Wi-Fi kept dropping in the top-floor room; we've added a second router since. Hope to welcome you back soon.",
        "Cheers for the review and the five stars, much appreciated 🙌 see you at the next night market!",
        "We're really sorry your delivery arrived cold. That's on us — we've changed our insulated bags and shortened our delivery radius on busy nights. Please e-mail hello@northsidekitchen.example and we'll refund the order.",
        "Thanks for coming in! Just so you know, every glass you order earns a stamp and the tenth is on the house — that's open to everyone, review or no review 🍷",
        "So glad Ailsa made your stay special — she'll be chuffed to hear it. We've passed your kind words on.",
        "We're sorry Jake gave you the wrong change on Friday. That's our responsibility as owners, not his — we've brought in a till check at every shift change. Please drop by the truck and ask for Sandy, and we'll put it right.",
        "We were so sorry to read that this was your first trip away since losing your husband. Thank you for choosing our B&B for such a meaningful weekend; our thoughts are with you and your family.",
        "We understand it was frustrating to be asked for ID. Under Scottish licensing rules we follow Challenge 25, so our staff ask anyone who looks under 25 — we hope you'll take it as a compliment! 🙂",
        "Thanks for your review. Just to clarify, our poutine gravy is vegetarian but not vegan, as noted on the menu board; we're sorry that wasn't clearer at the window and we've added a vegan option since Monday.",
        "Yes, our sign is still missing its 'T' after the storm — we're the 'Hungry Ruck' for now 😅 Thanks for the lovely words about the brisket!",
        "We're so sorry your bike was stolen from outside the hotel. At your request we've shared our CCTV footage with the police, and we'll help with your insurance claim however we can.",
        "Please give us a call at the hotel on 0131 496 0000 or e-mail stay@thistlehouse.example and ask for Margaret — we'd like to sort this out properly.",
        "You're right, our 'small' fries are not small at all. We'll take that one on the chin, and on the waistline 😂 Thanks for coming by!",
        "Dear Mrs Campbell, thank you most sincerely for your kind words and for staying with us once again this autumn. It is always a great pleasure to welcome returning guests.",
        "Sorry to hear your order was missing the nuggets, eh. That's not the standard we hold ourselves to. Please reach out to the guest services line on your receipt and we'll make it right.",
        "aw thank u!! 🍷✨ so happy u loved the orange wine flight, come back for our Thursday tasting x",
        "You're right that our room rates went up this season. Our energy and laundry costs have nearly doubled and we've tried to keep the increase as small as we could — we're sorry it came as a surprise, and we'll make it clearer on the booking page.",
        "Sorry we couldn't seat you on Saturday! We don't take bookings at weekends, but we run a walk-in waiting list at the door and we'll text you as soon as a table's free.",
        "We've refunded your order in full — you should see it within three to five working days. Sorry again for the mix-up.",
        "We're sorry you felt the portion was small. Our lunch box has been the same size since we opened, but we hear you and we're looking at adding a larger option. Thanks for the honest feedback.",
        "We checked with the kitchen and can't find what went wrong, but we don't doubt your experience for a second. Please get in touch so we can look into it together.",
        "It was our first night with the new menu and we weren't as quick as we should have been. That's no excuse — we're sorry, and we've simplified how orders reach the kitchen since.",
        "Thank you for your review. As a licensed premises we must stop serving alcohol at 1am; we're sorry if that felt abrupt, and we'll make sure last orders are called clearly from now on.",
        "Thanks for the four stars! We'd love to know what would have made it five — drop us a line at hello@ceilidhbites.example anytime.",
        "Congratulations on your engagement! 💍 We were so honoured you chose our wine bar for the big question.",
        "Cheers pal! Glad the macaroni pie hit the spot after the match ⚽ see ye next Saturday",
        "Thank you kindly for your gracious words. It has been our privilege to welcome you these past twelve winters, and we look forward to your return.",
        "We're very sorry the allergy note on your order wasn't followed. We take this seriously — the whole kitchen has been retrained and every flagged order now carries a red ticket. Please contact us at care@kitchen42.example so we can refund you and talk it through.",
        "Thanks for the shout-out to Priyanka! She's been with our truck since day one and makes the best butter chicken in Alberta 🍛",
        "Thank you for letting us know about the noise from the bar downstairs. We now offer our quieter rooms at the back of the building first to anyone who asks.",
        "We're sorry you couldn't have the burger rare. Food-safety rules require us to cook ground beef all the way through — it's for everyone's safety, and we'd be happy to recommend our steak sandwich instead.",
        "Our coffee machine is older than most of our staff and about as lively before 7am ☕ It's being replaced next month — thank you for your patience!",
        "We're sorry we let you down. You clearly know your wine, and we'd welcome your suggestions for the list.",
        "We know how annoying a surprise late-checkout charge is, so we've removed it from your bill. Thanks for flagging it.",
        "yikes sorry about that 🙈 wrong sauce is on us, we've refunded the order, hope u give us another shot",
        "Thank you, that means a great deal to us.",
        "Our front desk is open 24 hours; please call us on +1 902 555 0100 and ask for the duty manager.",
        "Our chef Tomasz was off that night and the team who stepped in did their best. Still, the dish you got wasn't good enough, and that's our responsibility as owners — we're sorry.",
        "Thank you! By the way, anyone who refers a friend gets $5 off their next order — no review needed, it's just our way of saying thanks for spreading the word.",
        "Merci and thank you for visiting us in Ottawa! We're so glad the tourtière reminded you of your grandmother's.",
    ],
    "fr": [
        "Merci beaucoup pour votre séjour à Namur ! Nous sommes désolés pour la douche tiède du dimanche matin ; le ballon d'eau chaude a été remplacé depuis. Au plaisir de vous revoir.",
        "Merci pour les 5 étoiles les amis, ça fait trop plaisir 🙌🍟",
        "Nous sommes vraiment navrés que votre commande soit arrivée froide. C'est de notre responsabilité : nous avons changé nos sacs isothermes et réduit notre zone de livraison le soir. Écrivez-nous à contact@cuisine-saone.example et nous vous rembourserons.",
        "Merci pour votre passage ! Pour info, tous nos clients ont une carte de fidélité : au dixième verre, le onzième est offert, que vous laissiez un avis ou non 🍷",
        "Nous sommes ravis que Léa ait rendu votre séjour si agréable ; elle sera touchée par votre message, que nous lui avons transmis.",
        "Nous sommes désolés que Théo se soit trompé dans votre commande. C'est à nous, en tant que gérants, d'avoir des procédures claires : nous avons ajouté une double vérification avant chaque envoi. Repassez au camion et demandez le patron.",
        "Nous avons été très émus de lire que ce séjour était le premier depuis le décès de votre maman. Merci d'avoir choisi notre maison d'hôtes pour ce moment ; toutes nos pensées vous accompagnent.",
        "Nous comprenons votre agacement. La loi belge nous interdit de servir de la bière ou du vin aux moins de 16 ans et des spiritueux aux moins de 18 ans, c'est pourquoi nous demandons une pièce d'identité en cas de doute. Merci de votre compréhension 🙂",
        "Merci pour votre avis. Petite précision : notre sauce gribiche contient de l'œuf, c'est indiqué sur l'ardoise ; nous sommes désolés que ce n'ait pas été plus visible et nous l'avons écrit en gras depuis.",
        "Oui, notre enseigne affiche toujours « FRIT RIE » depuis l'orage 😅 On la répare la semaine prochaine, promis. Merci pour vos gentils mots sur les boulets !",
        "Nous sommes désolés pour le vol de votre vélo devant l'hôtel. À votre demande, nous avons transmis les images de vidéosurveillance à la police et nous vous aiderons pour votre déclaration d'assurance.",
        "N'hésitez pas à nous appeler au 04 72 00 00 00 ou à écrire à reception@hotel-bellecour.example en demandant Sylvie ; nous tenons vraiment à régler cela.",
        "Vous avez raison, notre « petite » frite n'a rien de petit. On assume, et nos ceintures aussi 😂 Merci d'être passés !",
        "Chère Madame, nous vous remercions très sincèrement pour votre aimable message et pour votre fidélité depuis tant d'années. Ce fut un plaisir de vous recevoir à nouveau.",
        "Nous sommes désolés que les nuggets aient manqué dans votre menu. Ce n'est pas notre standard : contactez le service client au numéro indiqué sur votre ticket et nous ferons le nécessaire.",
        "trop contents que le vin nature t'ait plu !! 🍷✨ reviens jeudi pour la dégust'",
        "Vous avez raison, nos tarifs ont augmenté cette saison. Nos coûts d'énergie et de blanchisserie ont presque doublé et nous avons limité la hausse autant que possible ; nous sommes désolés de la surprise et l'afficherons plus clairement sur notre site.",
        "Désolés de ne pas avoir pu vous installer samedi ! Nous ne prenons pas de réservations le week-end, mais nous tenons une liste d'attente à l'entrée et nous vous prévenons dès qu'une table se libère.",
        "Votre commande a été intégralement remboursée ; le montant apparaîtra sur votre compte sous trois à cinq jours ouvrés. Encore désolés pour cette erreur.",
        "Nous sommes désolés que la portion vous ait paru petite. Notre formule midi n'a pas changé depuis l'ouverture, mais nous entendons votre remarque et réfléchissons à une option plus copieuse. Merci pour votre franchise.",
        "Nous avons vérifié avec la cuisine sans trouver l'origine du problème, mais nous ne mettons pas votre expérience en doute une seconde. Contactez-nous pour que nous regardions cela ensemble.",
        "C'était notre premier soir avec la nouvelle carte et nous n'avons pas été assez rapides. Ce n'est pas une excuse : nous sommes désolés et avons simplifié notre organisation depuis.",
        "Merci pour votre avis. Notre licence nous oblige à cesser le service d'alcool à 1 h ; nous sommes désolés si cela vous a paru brusque et annoncerons la dernière commande plus clairement.",
        "Merci pour vos 4 étoiles ! On aimerait savoir ce qui aurait fait la cinquième : écrivez-nous à bonjour@camion-gones.example quand vous voulez.",
        "Félicitations pour vos fiançailles ! 💍 Nous sommes très honorés que vous ayez choisi notre bar à vins pour la grande question.",
        "Merci une fois ! Contents que la mitraillette t'ait calé après le match ⚽ à samedi prochain",
        "Nous vous remercions bien vivement pour vos aimables paroles. Ce fut un honneur de vous accueillir pour la douzième année consécutive, et nous nous réjouissons déjà de votre retour.",
        "Nous sommes vraiment désolés que la mention d'allergie sur votre commande n'ait pas été respectée. Nous prenons cela très au sérieux : toute l'équipe a été reformée et un ticket rouge accompagne désormais chaque commande signalée. Écrivez-nous à service@cuisine-croix-rousse.example pour le remboursement.",
        "Merci pour ce mot sur Yasmine ! Elle est avec nous depuis le premier jour et ses gaufres de Liège sont les meilleures du marché 🧇",
        "Merci de nous avoir signalé le bruit du bar au rez-de-chaussée. Nous proposons désormais en priorité les chambres côté cour à qui le souhaite.",
        "Nous sommes désolés de ne pas avoir pu servir votre steak haché saignant. Les règles d'hygiène nous imposent de bien cuire la viande hachée, pour la sécurité de tous ; nous vous conseillons volontiers notre bavette à la place.",
        "Notre machine à café est plus vieille que la moitié de l'équipe et à peu près aussi vive avant 7 h ☕ Elle sera remplacée le mois prochain, merci de votre patience !",
        "Nous sommes désolés de vous avoir déçu. Vous connaissez visiblement très bien les vins du Beaujolais, et vos suggestions pour notre carte seraient les bienvenues.",
        "On sait à quel point des frais de départ tardif imprévus peuvent agacer : nous les avons retirés de votre facture. Merci de nous l'avoir signalé.",
        "oups désolés 🙈 mauvaise sauce, c'est notre faute, on t'a remboursé, on espère que tu nous redonneras une chance",
        "Merci, cela nous touche beaucoup.",
        "Notre réception est ouverte 24 h sur 24 : appelez-nous au +32 2 000 00 00 et demandez le responsable de permanence.",
        "Notre chef Antoine était en congé ce soir-là et l'équipe qui l'a remplacé a fait de son mieux. Malgré tout, l'assiette n'était pas à la hauteur et c'est notre responsabilité de gérants : nous vous présentons nos excuses.",
        "Merci ! Au passage, tout client qui parraine un ami reçoit 5 € sur sa prochaine commande, avis ou pas : c'est simplement notre façon de remercier le bouche-à-oreille.",
        "Madame, Monsieur, nous vous remercions pour votre séjour et regrettons sincèrement la gêne causée par les travaux de la façade. Une remise a été appliquée sur votre facture, et nous espérons avoir le plaisir de vous accueillir à nouveau une fois le chantier achevé.",
    ],
}
