"""Blind reply set, round 109: owner replies the pre-post check has never seen.

Who and when: written by helper b107, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief, round 107).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
sandwich shops, Indian and Lebanese restaurants, crêperies, chocolate makers,
cheese-and-wine bars and rooftop bars.  Each French reply was written directly
in French, not translated.  Apart from the brief and the first seventy-five
lines of the round 20 file, read only to copy its format, the writer did NOT
read the application code, docs, training data, benches, any other test file
or earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from the UK (Manchester, Leeds, London, Cambridge),
Ireland (Dublin, Galway, Cork), North America (Toronto, Chicago, New York) and
Australia (Sydney, Melbourne, Brisbane); French from France (Brittany, Lyon,
Paris, Marseille), Belgium (Brussels, Namur, Liège), Switzerland (Geneva,
Lausanne, Fribourg, Neuchâtel) and Québec (Montréal, Québec City); plain and
warm, curt one-liners, very formal or corporate, casual texting with emoji,
veiled and polite phrasings, and regional speech; some replies are signed by
the owner, the team or the business.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle.  Good replies include look-alikes that are not faults: a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a named
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

BLIND109_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing us for your mum's seventieth, it was an absolute joy to have such a big, happy table in on a Sunday afternoon. Our chef Walid was thrilled to hear the lamb ouzi went down so well, and we loved watching everyone try to guess the spices in the seven-spice rice. If you pop back onto this page and bump us up to the full five stars, the next round of baklava and mint tea for the whole table is on us. We really hope the candles on the knafeh didn't set off any smoke alarms at home afterwards! Warm wishes from all of us in Rusholme.",
            "cheers legend 🥪 flick us a 5⭐ n ur next bacon n egg roll's on the house, just flash the screenshot at the counter 🤙",
            "Guests who update their published rating following the resolution of their concern become eligible for priority terrace booking and a complimentary welcome cocktail.",
            "We'd hate for this to be the last word on us, so if you felt able to take this one down, there'd be a little box of truffles waiting for you at the counter, no bother at all.",
            "Sorry about the wait, folks. Edit your review so it talks about the food instead of the delay and your appetizers are comped next time, deal?",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce message qui nous a fait sourire toute la matinée. Nous sommes ravis que la galette andouille-pommes et la crêpe caramel au beurre salé maison aient conquis toute la tablée, et que les petits aient pu regarder Yannick étaler la pâte sur le billig. Si vous aviez la gentillesse de passer votre note à cinq étoiles, la prochaine complète et sa bolée de cidre fermier seraient pour nous. C'est toujours un bonheur de voir des familles revenir d'une année sur l'autre pendant les vacances. Kenavo et à l'été prochain à Quiberon !",
            "merci gros 🙌 mets-nous 5 étoiles pis ton prochain butter chicken est sur la maison 😎🍛",
            "Nous vous informons que toute révision à la hausse de votre évaluation donnera droit à un bon de dégustation de fromages d'une valeur de CHF 30.–, valable dans notre bar à vin de Lausanne.",
            "Allez, on ne va pas se fâcher pour une praline tombée… Si ce petit avis pouvait disparaître, on vous met un ballotin de 500 g de côté, sans chichi.",
            "Supprimez ce commentaire et votre prochain spritz sur le toit est offert.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and for being such a regular over the years, we always knew your Friday order by heart. It's been a tough few months for small places like ours, and reviews like this one hit the whole team hard. The claim about food poisoning has been handed to our solicitors, and you can expect a letter about defamation if it isn't gone by the end of the week. We've always been proud of our five-star hygiene rating, and we'll keep working hard to earn it. Take care, and all the best from the kitchen in Balti Triangle.",
            "mate we've got u on the car park cameras, keep posting rubbish n see what happens 👀",
            "Please be advised that our legal department is preparing a formal cease-and-desist letter in response to your statements, and that we reserve all rights to pursue damages.",
            "I'd say your boss would be very interested to hear how you carried on at our bar on Saturday night, and I'd hate to have to ring them about it.",
            "You're barred, and if you show your face round here again we'll be calling someone who'll deal with you properly.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de nous écrire, et merci pour toutes ces années de fidélité, vous faites un peu partie de la maison. Nous savons que la soirée de samedi n'a pas été à la hauteur de vos habitudes, avec la salle pleine et la musique un peu forte pour l'anniversaire d'à côté. Sachez cependant que nous avons transmis votre texte à notre avocat et qu'une plainte pour diffamation partira si ce commentaire reste en ligne. Notre porte restera toujours ouverte pour un bon mezzé et un café à la cardamome. Amitiés de toute l'équipe du Cèdre, à Lyon.",
            "on sait c'est qui toi pis on sait où tu restes 😤 efface ça avant que ça se gâte",
            "Nous vous prions de retirer ce commentaire sous huitaine, faute de quoi notre conseil juridique engagera sans autre les démarches pénales qui s'imposent.",
            "On a votre tête sur les caméras, hein. Si vous remettez les pieds au bar, on affiche votre photo à l'entrée pour que tout le quartier sache qui vous êtes.",
            "Je connais fort bien votre employeur, nous lui livrons ses chocolats de fin d'année, et je doute qu'il apprécie de lire ce genre de prose.",
        ],
    },
    "personal_data": {
        "en": [
            "Ah, thanks a million for the lovely review, it's great to hear the Friday lunch rush didn't put you off. We're a tiny shop on Camden Street with only four of us behind the counter, so it means a lot when people notice the effort we put into the breads. We found your order, ref DUB-48213 paid on the Visa ending 4471, and a credit for the missing chicken stuffing sub is already on its way. We've also started taping the receipts to the bags so nothing goes astray again. Mind yourself and see you soon!",
            "heyy Jess! so good catching up w u n ur sister Tahlia on sat night, hope the birthday hangover wasn't too rough 🍹😂",
            "Dear Mr. Raymond Okafor, regarding your reservation (confirmation #RX-20931) for four guests on November 14 at 7:30 p.m., we have reviewed the bill and refunded the lamb vindaloo.",
            "Lovely to see you again, Margaret. We made sure your box was sugar-free given your type 2 diabetes, and we'll keep the same recipe on file for you.",
            "Sorry the delivery was late, the driver couldn't find 14 Larch Crescent, flat 3, in the dark, so we've added a note to your account for next time.",
        ],
        "fr": [
            "Quel plaisir de lire votre message, merci du fond du cœur ! Nous sommes tellement contents que le plateau de chèvres de la Loire et le Vouvray demi-sec aient fait l'unanimité, et que vous ayez pu profiter de la cave voûtée malgré le monde. Nous avons retrouvé votre réservation au nom de Mme Hélène Lefèvre, jeudi 21 novembre à 20 h, table de six avec vos collègues du cabinet Durand. Notre sommelière Inès a déjà noté quelques nouvelles références qu'elle aimerait vous faire goûter. À très bientôt rue de Charonne !",
            "c'était le fun de vous recevoir, toi pis ta blonde Marie-Ève, vendredi soir sur la terrasse 🥂🔥 merci Kevin!",
            "Madame, suite à votre commande n° 2024-11873 réglée par la carte se terminant par 0392, nous avons procédé au remboursement intégral de la fondue.",
            "Merci Madame Claes ! On vous livre toujours au 27 rue des Tanneurs à Namur, le mardi, comme d'habitude 😊",
            "Merci Julien, votre maladie cœliaque est bien notée sur votre fiche client, vos galettes seront toujours préparées à part.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for coming in on what we know was a freezing night, and for giving the new winter menu a go. The whole kitchen has put so much into the Goan fish curry and the slow-cooked nihari, and it's been wonderful seeing people come back for them week after week. Honestly, it's hard to take this seriously from someone who clearly walked in hunting for a free meal. We're open every day from five, and the chai is always on. All the best from the team on Gerrard Street.",
            "u ate every crumb then asked for ur money back, ur just a freeloader mate 🙄",
            "We regret that a guest would choose to publish a review motivated solely by a dispute over a bar tab, and we consider it to have been written in bad faith.",
            "With respect, some people just aren't cut out for a proper cheese board, and a palate that finds Comté 'too strong' might be happier at the petrol station deli.",
            "Maybe learn some table manners before you start writing reviews, pal.",
        ],
        "fr": [
            "Bonsoir et merci d'être venus nous voir un vendredi soir, on sait que c'est la folie sur Saint-Laurent à cette heure-là. On est contents que le fattouch et les feuilles de vigne vous aient plu, c'est la recette de ma tante Salwa et on en est vraiment fiers. Par contre, on voit bien que vous cherchiez surtout à manger gratis, et ça, c'est pas correct envers une petite équipe comme la nôtre. On a hâte de vous présenter le nouveau menu du midi la semaine prochaine. Bonne fin de semaine de la part de toute la famille !",
            "t'es juste un rageux qui cherche le buzz 🤡",
            "Nous constatons que vos allégations relèvent de la pure invention et que votre démarche vise manifestement à obtenir un dédommagement indu.",
            "Franchement, quand on ne fait pas la différence entre un Herve et un camembert de supermarché, on évite de donner des leçons, hein.",
            "Vous êtes de ces clients mal élevés qu'aucun restaurateur n'a envie de revoir.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for visiting the workshop during our Christmas open days, it was lovely to see so many families pressed up against the glass watching the tempering. We're so glad the children enjoyed decorating their own lollies, and we hope the hot chocolate kept everyone warm in the queue. And yes, we're terribly sorry our seventy per cent dark chocolate turned out to be, shock horror, rather dark, so we'll print the label in bigger letters just for you. The advent boxes are back in stock on Thursday if you'd like another go. Merry Christmas from the whole team in Ludlow.",
            "oh noooo the harbour view was too windy?? we'll have a stern word with the weather 😂🌬️",
            "We have duly noted your concern that the tandoori was 'too hot' and have forwarded it to our thermodynamics department for urgent review.",
            "Sure, God love you, a twenty-minute wait for a freshly made sandwich at Saturday lunchtime must have been a fierce ordeal altogether.",
            "Brilliant detective work spotting that the falafel contained chickpeas. 👏",
        ],
        "fr": [
            "Un grand merci pour votre visite et pour ce long message, ça fait toujours plaisir de voir des gens prendre le temps d'écrire. Nous avons été ravis de vous installer près de la fenêtre, avec la vue sur le jet d'eau, et de vous faire découvrir notre galette au vacherin et aux champignons. Et toutes nos excuses, vraiment, de ne pas avoir précisé qu'une crêpe flambée au Grand Marnier contenait de l'alcool, c'était sans doute beaucoup trop subtil sur la carte. Nous serons heureux de vous revoir pour la saison des marrons. Belle soirée de la part de toute l'équipe des Pâquis !",
            "ayoye, 12 piasses pour un cocktail sur un toit au centre-ville, quel scandale 😱 on appelle TVA Nouvelles tout de suite 🙃",
            "Nous prenons bonne note que notre chocolat noir 85 % serait, selon vous, « amer » ; nos planteurs de cacao seront informés de cette découverte.",
            "Ah ben oui, un fromage qui sent le fromage dans un bar à fromages, on n'avait jamais vu ça, merci de nous avoir ouvert les yeux 😉",
            "Quelle surprise de découvrir qu'un vindaloo… pique.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks so much for coming in for your anniversary, and for the kind words about the atmosphere, we've worked hard to make the back courtyard feel like a Beirut garden. It's lovely to hear the hummus with spiced lamb and the fresh bread were a hit, and that the arak carried you both through to dessert. The mix-up with your mezze order was entirely down to Karim on the pass, who has now been given a final written warning. We'd love to see you back when the fig season menu starts. Best wishes from all of us on Smith Street.",
            "soz bout that!! Dylan forgot ur coleslaw AGAIN 🙄 he's on his last chance tbh",
            "Following an internal review, the service failure has been attributed to bartender Jason M., who has been removed from the weekend roster pending further action.",
            "I won't say who was on the till that evening, only that Aoife's been forgetting orders a lot lately and we're having words with her.",
            "That was Brooke's stuff-up, not ours, and she's been let go.",
        ],
        "fr": [
            "Merci beaucoup pour votre visite et pour ce chouette message, ça nous fait vraiment plaisir. Nous sommes contents que la planche de fromages belges et le verre de Ruffus vous aient plu, et que vous ayez passé une si belle soirée avec vos amis au comptoir. L'erreur sur l'addition vient de Thomas, notre nouveau serveur, qui a été sanctionné. Le Herve affiné au Hopus revient à la carte dès le mois prochain, on vous le garde de côté si vous repassez. À tantôt au Sablon !",
            "désolé!! c'est Jessica qui a oublié ta commande 🙄 on lui a parlé dans le casque",
            "Après enquête, il apparaît que le manquement est imputable à notre collaboratrice Mme Favre, qui fait désormais l'objet d'une procédure disciplinaire.",
            "Je ne citerai personne, mais disons que Kévin, au billig ce samedi-là, n'avait pas vraiment la tête à son travail, et il le sait très bien.",
            "Le retard, c'est la faute de Rajesh en cuisine, pas de la maison.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for writing, and for being part of our Diwali weekend, it was wonderful to see the restaurant so full of families and sparklers. We're glad the lamb chops and the paneer tikka still landed well, and that your little one loved the mango kulfi. The thing is, that Saturday two of our chefs were off with flu, the tandoor had been playing up since Thursday, the rice delivery came three hours late, the card machine kept losing signal, the roadworks on Wilmslow Road held up half our drivers and the bookings system double-counted tables, so there was honestly very little anyone could have done. We've got a lovely new winter thali starting next month. Warm regards from all of us at Saffron House.",
            "ok so basically the bread van was late, the slicer carked it, Tuesdays r always mental w the tradies, the POS crashed, it was 38 degrees n the fridge was struggling, n there's only 3 of us so yeah 🤷‍♂️ it happens",
            "Please understand that rooftop service is subject to municipal occupancy limits, wind advisories, elevator maintenance schedules, liquor licensing restrictions on glassware, the staffing constraints of the seasonal hospitality labor market and supplier lead times on premium spirits, all of which contributed to the wait you experienced.",
            "We'd just gently point out that it was the Friday before Christmas, the whole town was in, the ganache had to set the full four hours or it would bloom, the courier changed his route and the box supplier in Cork let us down on ribbon, so there were a good few things going on behind the scenes that day.",
            "The hummus was cold because it's served cold, the bread was slow because the oven takes twelve minutes, the bill was high because lamb went up thirty per cent, and the music was loud because it was Friday.",
        ],
        "fr": [
            "Merci pour votre message et pour votre fidélité, cela fait maintenant dix ans que vous venez chercher vos pralines chez nous pour la Saint-Nicolas et nous en sommes très touchés. Nous sommes contents que les enfants aient adoré les massepains et les figurines en chocolat au lait. Il faut dire que cette semaine-là notre tempéreuse a lâché le mardi, le cacao a été livré en retard, deux vendeuses étaient malades, la rue était en travaux, les ballotins sont arrivés sans couvercles et le terminal bancaire a planté deux fois, donc les choses se sont un peu enchaînées. Nous avons hâte de vous présenter nos nouvelles tablettes à la spéculoos. Bien à vous, la Chocolaterie Delvaux-Marchal.",
            "ben là c'tait le Grand Prix, on avait 300 réservations, le lave-vaisselle a pété, la livraison de citrons est jamais arrivée, pis le gérant était en congé, fait que 🤷",
            "Nous vous rappelons que notre établissement est soumis à des normes d'hygiène strictes, à la réglementation sur les débits de boissons, aux contraintes de la copropriété en matière de bruit, aux horaires de terrasse imposés par la mairie et aux délais de nos producteurs fermiers, autant d'éléments qui expliquent les délais constatés.",
            "Il convient de préciser qu'une raclette exige un fromage à bonne température, que notre four est ancien, que le fendant se sert à dix degrés, que deux apprentis étaient en formation et que la soirée tombait en pleine Bénichon.",
            "Le pain vient d'une boulangerie qui livre à 7 h, le jambon est tranché à la commande, la caisse est lente, on est deux, c'est l'heure de pointe, voilà pourquoi.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for coming in, and for the kind words about the room, we've only just finished the new tiling and it's lovely to hear it's noticed. We're really pleased the grilled halloumi and the chicken shish hit the spot, and that you found a table by the window on such a busy evening. However, there was no hair in your fattoush, that simply did not happen in our kitchen. We'd be delighted to welcome you back for our Sunday family feast. All the best, Ramzi and the team at Zaatar, Leeds.",
            "nah didn't happen, no one got charged twice at our bar 🤷",
            "We have confirmed that no such incident occurred on our premises on the date in question.",
            "I'm afraid that conversation never took place, and I can say for certain that none of our staff spoke to you like that.",
            "Our crêpes are never served cold. Full stop.",
        ],
        "fr": [
            "Merci d'être montés nous voir sur le toit, et merci pour vos beaux mots sur la vue, c'est vrai qu'un coucher de soleil sur le fleuve, ça ne se lasse pas. On est contents que le cocktail à l'érable et les tacos de crevettes vous aient plu. Par contre, personne n'a été refoulé à l'entrée ce soir-là, ça n'est tout simplement pas arrivé. La terrasse reste ouverte jusqu'à la mi-octobre, on vous attend avec plaisir. Bonne semaine de la part de toute l'équipe du Vieux-Québec !",
            "jamais on t'a servi un sandwich périmé, ça n'a jamais existé chez nous 🙅‍♂️",
            "Nous contestons formellement les faits relatés : aucune erreur de facturation n'a été commise.",
            "Désolé, mais il n'y a jamais eu de coquille de noisette dans nos pralines, ce n'est pas possible chez nous.",
            "Le plat n'était pas froid. Point.",
        ],
    },
}

BLIND109_GOOD: dict[str, list[str]] = {
    "en": [
        "We're really sorry your chicken tikka wrap arrived without the mint yoghurt you paid for, that's not good enough. We've added a read-back check at the packing station so every order is confirmed before it leaves, and we'd love to put it right: drop us a line at hello@thespiceroute.co.uk or ring 0161 555 0148 and ask for Anjali. Anjali & the Spice Route team",
        "Cheers for the lovely words! The roast-beef-and-Yorkshire bap is our pride and joy and we're chuffed it hit the spot. See you next week, the kettle's always on. Dave, Bread & Butty, Leeds",
        "Thanks for coming up to the rooftop. Just so you know, everyone gets a stamp on our terrace card with each cocktail and the sixth is on us, no strings, whether you loved the evening or not.",
        "Sorry you found us closed on Monday! We're open Tuesday to Sunday, 11:30 to 22:00, at 42 Queen Street, and the kitchen takes last orders at 21:30. Hope to catch you next time.",
        "Thank you! We'll make sure Fatima hears how much you enjoyed her walk through the mezze. She's been with us eleven years and knows every spice by heart.",
        "We're sorry the crêpe came out with almonds when you'd asked for none. Our new crêpier, Tom, hadn't yet been shown how we flag requests on the ticket, and that's a gap in our training, not his fault. We've changed the ticket system this week and would welcome a call on 020 7946 0321 so we can talk it through.",
        "You're right, the cheese board was missing the Comté we listed, and we've already refunded the £14 to the card you paid with. It should show within three to five days. Sorry again.",
        "We're sorry about the wait on Friday. Our tandoor had to be relit in the middle of service and that held up every naan; we should have told you at the table. Apologies.",
        "So sorry about the red wine on your jacket. Our public liability insurance covers dry cleaning, so if you email manager@corkandrind.ie with the receipt we'll get it sorted straight away.",
        "We're sorry to hear your bag went missing on the terrace. We've kept the CCTV footage from that evening and are happy to hand it to the police if you've reported it, so please give us a call on (416) 555-0192 and we'll help however we can.",
        "Guilty as charged: our 'small' falafel wrap is roughly the size of a newborn, and we keep forgetting not everyone wants a nap after lunch. Thanks for the laugh and the kind words!",
        "Thanks for the three stars and the honest notes. Fair point on the seating, the stools at the window aren't comfy for long, and we're sorting out cushions.",
        "We see this one a little differently: our till shows a single payment for your table that evening. Banks do sometimes show a pending hold as well, though, and we'd really like to check it with you, so please give us a ring on 03 9555 0172.",
        "We were so sorry to read that this was your first visit since losing your husband, and touched that you chose our little crêperie for it. You're welcome here any time.",
        "Congratulations on the engagement!! The whole team cheered when the ring came out at sunset. Wishing you both a lifetime of good cocktails 🥂",
        "We're sorry the door staff had to ask about the flip-flops. It's not about style, we promise: the deck gets slippery after rain and the stairs are steep, so the rule is there to keep everyone upright. Thanks for understanding.",
        "You're right that our small box of truffles has gone up from £12 to £14, and we're sorry. Cocoa prices have more than doubled this year and we didn't want to switch to cheaper chocolate. Thanks for sticking with us.",
        "aw thanks heaps!! 🥰 see u next arvo for another brekkie roll 🥓",
        "Thank you for your feedback regarding table availability. We have since introduced online booking for groups of six or more and would welcome the opportunity to host you again. Guest Relations, Skyline Terrace Bar",
        "Ah thanks a million, that's made our day. The brown bread is my mam's recipe so I'll pass the compliment on to herself. Niamh, The Hungry Kettle, Galway",
        "We're sorry your delivery took over an hour on Saturday. We've added a second driver on weekends and now text an updated ETA if we're running late. If you email orders@cedarhouseeats.com, we'd be glad to look into your order directly.",
        "Thanks for coming in! Every customer gets a referral card: bring a friend and you both get a free samosa chaat, no matter what either of you thinks of us afterwards.",
        "Sorry the website wouldn't let you book for Christmas Eve. It's being fixed, and in the meantime you can book by phone on 01223 555 847 or by email at bookings@fromageandfizz.co.uk.",
        "Thanks for the shout-out to Raj and Meena, they're the heart of our Sunday thali and they'll be chuffed to bits.",
        "Our apologies for the wrong bill. Chloe rang it through on the wrong table number, but it's our till layout that makes that far too easy, so the responsibility is ours. We've relabelled the tables and refunded the difference.",
        "Thanks for the review. The dress code for the rooftop is on our booking page and by the lift, but we understand it was frustrating on a birthday, and we'd like to hear more; feel free to ring us on 02 9555 0144.",
        "Apologies that we ran out of chicken shawarma by 8pm. Our supplier came up short on Thursday's delivery and we chose not to serve anything we weren't happy with. Sorry for the disappointment.",
        "Thanks for asking about bringing your own wine. Our premises licence only covers alcohol sold by us, so we can't allow BYO; we're sorry that wasn't clear on the website, and it's updated now.",
        "Thanks so much, see you soon!",
        "We're so sorry for your loss. It was an honour to do the sandwiches for your father's wake, and we hope they brought the family a little comfort on a hard day. The team at Crust & Co.",
        "Congratulations on the graduation! We loved seeing the cap come out at the table, and the chocolate mortarboard was a pleasure to make.",
        "We understand it's disappointing that we can't offer a nut-free praline selection. Every chocolate is made on shared equipment, and we'd rather be honest than risk anyone's health. We do make a few bars in a separate room, so just ask at the counter.",
        "Our card machine has the personality of a moody teenager and we apologise on its behalf. A new one arrives Monday. Thanks for your patience and your kind words about the dosa!",
        "Thank you for the five stars, and for braving the Stilton and port flight!",
        "Sorry about the surprise at the till. Our lunch combo went from $14 to $16 in January because of bread and rent increases, and we should have updated the board sooner. It's fixed now.",
        "so sorry bout the cold chips 😬 new fryer's arriving thurs. flick us a DM on insta @bunsandbites and we'll make it right",
        "Ah, Seán will be delighted, he's been practising those latte hearts for months. Thanks a million for coming in.",
        "Thank you for your review. For everyone's safety our rooftop bar has CCTV at the entrance and the lift, signposted at the door. We're sorry you felt uncomfortable and would be glad to talk about it at manager@highlinebar.com.",
        "On behalf of everyone at Maison Cacao, thank you for choosing our advent calendar again this year. We are delighted it has become part of your December. Kind regards, The Maison Cacao Team",
        "We're sorry the portion felt small. Our lamb biryani is 450 g, the same as it's been since we opened, but we'd like to hear what you'd expected and talk it over: hello@masalamile.com.",
    ],
    "fr": [
        "Toutes nos excuses pour la galette arrivée tiède. Nous avons réorganisé le service du samedi pour que chaque galette parte directement du billig à la table. N'hésitez pas à nous appeler au 02 98 55 01 23, nous aimerions en parler avec vous. Gwenaëlle, Crêperie Ty Gwenn",
        "Merci ben gros pour vos beaux mots! Ça fait chaud au cœur de lire ça un lundi matin. À la prochaine sur la terrasse! 🌇",
        "Merci de votre passage ! Pour info, notre carte de fidélité est ouverte à tout le monde : au dixième sandwich, le onzième est offert, quoi que vous pensiez de nous.",
        "Désolés que vous ayez trouvé porte close dimanche ! Nous sommes ouverts du mardi au samedi, de 11 h à 14 h 30 et de 18 h 30 à 22 h, au 14 rue Mercière à Lyon.",
        "Merci ! Nous transmettrons vos compliments à Nadia, qui prépare le taboulé chaque matin avec le persil du marché.",
        "Nous sommes désolés pour cette erreur de commande. C'est Julien qui a saisi la mauvaise table, mais c'est à nous d'avoir une caisse qui évite ce genre de confusion : nous en assumons la responsabilité et avons revu la numérotation des tables.",
        "Vous avez raison, la bouteille de chasselas facturée n'a jamais été servie. Le remboursement de 38 francs a été effectué hier sur votre carte. Nous vous présentons nos excuses.",
        "Pardon pour l'attente de samedi soir : notre four à pain est tombé en panne en plein service, et chaque man'ouché a pris du retard. Nous aurions dû vous prévenir à table, et nous en sommes sincèrement désolés.",
        "Navrés pour la tache de vin rouge sur votre veste. Notre assurance responsabilité civile prend en charge le pressing : écrivez-nous à contact@fromagesetcompagnie.fr avec la facture et on s'en occupe.",
        "Nous sommes désolés pour le vol de votre sac sur la terrasse. Les images de vidéosurveillance de la soirée ont été conservées et pourront être remises à la police dès que vous aurez porté plainte. Appelez-nous au 04 91 55 02 34, nous vous aiderons.",
        "Coupables ! Notre « petite » tasse de chocolat chaud n'a de petit que le nom, on le reconnaît. Merci pour ce fou rire et à tantôt !",
        "Merci pour les quatre étoiles et pour votre remarque sur la musique, on baissera le volume en début de soirée.",
        "Nous voyons les choses un peu autrement : nos truffes sont faites sans conservateur, d'où la date courte indiquée sur la boîte. Cela dit, si les vôtres avaient blanchi, nous aimerions les voir ; passez en boutique ou écrivez-nous à atelier@cacaoetsel.be.",
        "Toutes nos condoléances. Nous sommes touchés que vous ayez choisi notre crêperie pour réunir la famille après les obsèques, et vous serez toujours les bienvenus chez nous.",
        "Félicitations pour votre mariage ! Toute l'équipe était émue de voir la pièce montée en chocolat traverser la salle. Tous nos vœux de bonheur.",
        "Nous comprenons votre déception pour la poussette. On ne monte au rooftop que par un escalier étroit, et pour la sécurité de tous nous ne pouvons pas y accepter de poussettes. Désolés du désagrément ; la salle du rez-de-chaussée vous est grande ouverte.",
        "Vous avez raison, notre ballotin de 250 g est passé de 18 à 21 euros, et nous en sommes désolés. Le prix du cacao a plus que doublé cette année et nous avons refusé de changer de chocolat.",
        "merciii 😍 à très vite pour un autre chich taouk !",
        "Nous vous remercions pour votre retour concernant la disponibilité des tables. Nous avons depuis mis en place la réservation en ligne pour les groupes de six personnes et plus. Au plaisir de vous accueillir à nouveau. Le service clientèle, Le Toit de Paris",
        "Merci beaucoup, ça nous fait vraiment plaisir ! Les spéculoos maison, c'est la recette de la bonne-maman, on lui transmettra. À tantôt ! Sophie, Chocolaterie du Sablon",
        "On s'excuse pour la livraison qui a pris plus d'une heure samedi. On a ajouté un deuxième livreur les fins de semaine pis on texte maintenant un nouvel estimé quand on est en retard. Écrivez-nous à commandes@cedreetcumin.ca, on va regarder ça avec vous.",
        "Merci de votre visite ! Tous nos clients reçoivent une carte de parrainage : venez avec un ami et vous recevez chacun un samoussa offert, peu importe ce que vous pensez de nous ensuite.",
        "Désolés que la réservation en ligne n'ait pas fonctionné pour la Saint-Sylvestre. En attendant la réparation, vous pouvez réserver au 01 42 55 03 61 ou à reservation@caveetcomte.fr.",
        "Merci pour ce gentil message, nous le transmettrons à Ramona et Luca, qui seront ravis. Votre fondue moitié-moitié était entre de bonnes mains !",
        "Désolés pour la crêpe aux noisettes servie alors que vous l'aviez demandée sans. Notre nouvelle recrue, Léa, n'avait pas encore été formée à notre code couleur sur les tickets : c'est une lacune de notre formation, pas la sienne. Toute l'équipe a été reformée cette semaine, et nous aimerions en parler avec vous au 02 99 55 04 12.",
        "Merci pour votre retour. La tenue exigée sur le toit est indiquée sur la page de réservation et à l'ascenseur, mais on comprend que ce soit frustrant un soir de fête et on aimerait en jaser avec vous : 514 555-0183.",
        "Désolés d'avoir manqué de chawarma poulet dès 20 h. Notre fournisseur n'a livré que la moitié de la commande jeudi et nous ne voulions pas servir autre chose. Toutes nos excuses.",
        "Merci pour votre question sur le vin apporté. Notre licence ne nous permet pas de laisser les clients servir leur propre bouteille, nous en sommes désolés ; l'information figure désormais clairement sur notre site.",
        "Merci beaucoup, à bientôt !",
        "Nous vous adressons nos sincères condoléances. Ce fut un honneur de préparer le buffet de sandwichs pour la cérémonie de votre père. L'équipe de La Miche, Neuchâtel",
        "Félicitations pour ta graduation! 🎓 On était contents de fêter ça avec toi sur la terrasse.",
        "Nous comprenons votre déception de ne pas trouver de pralines garanties sans fruits à coque. Tous nos chocolats sont fabriqués sur les mêmes machines, et nous préférons être honnêtes plutôt que de prendre le moindre risque. Quelques tablettes sont préparées dans un atelier séparé : demandez-les en boutique.",
        "On l'avoue, notre ascenseur est plus lent qu'un dimanche matin; on a pensé le rebaptiser « la montée au ciel » pour faire passer la pilule. Merci pour vos beaux mots sur les cocktails!",
        "Merci pour vos cinq étoiles et d'avoir osé notre accord vacherin et petite arvine !",
        "Désolés pour la surprise : notre formule midi est passée de 12 à 13,50 € en janvier, à cause de la hausse du pain et du loyer, et nous aurions dû changer l'ardoise plus tôt. C'est corrigé.",
        "dsl pour les frites froides 😬 la nouvelle friteuse arrive jeudi. écris-nous en MP sur insta @lepetitcasse et on arrange ça",
        "Karim sera ravi de lire ça, il passe ses soirées à peaufiner son arak maison. Merci d'être venus !",
        "Merci pour votre avis. Pour la sécurité de tous, l'entrée et l'ascenseur du rooftop sont sous vidéosurveillance, comme l'indique le panneau à la porte. Nous sommes désolés que vous vous soyez senti mal à l'aise et serions heureux d'en discuter à direction@leciel-bar.fr.",
        "Au nom de toute l'équipe de la Maison Cacao, merci d'avoir choisi à nouveau notre calendrier de l'Avent. Nous sommes heureux qu'il fasse désormais partie de votre mois de décembre. Bien cordialement, l'équipe Maison Cacao",
        "Nous ne partageons pas tout à fait votre lecture : le plateau « découverte » comprend bien cinq fromages de 40 g chacun, comme l'indique la carte. Mais si quelque chose vous a manqué ce soir-là, nous voulons le savoir : 021 555 06 78.",
    ],
}
