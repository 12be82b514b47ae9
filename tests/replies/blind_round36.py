"""Blind reply set, round 36: owner replies the pre-post check has never seen.

Who and when: written by helper 18b36, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 34").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business given for this round (village bakeries, pizzerias, Lebanese
and Vietnamese restaurants, brasseries, oyster bars, rooftop bars, wine bars,
cocktail lounges, local hotels of hotel chains, motels, B&Bs by the sea,
holiday-let agencies, hotel spas, conference centres, wedding venues,
children's play centres, trampoline parks, cooking schools, pottery studios,
sewing cafés, tool-hire shops, self-service laundries, parking operators and
car-sharing services).  Each French reply was written directly in French, not
translated.  The writer read only the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (to copy its format) and the
[tool.ruff] section of pyproject.toml.  It did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers mixed: a proud, touchy chef-owner; a chain's community manager; a
retired couple running a B&B; Northern French familiar with ch'ti touches;
formal Normandy French; Réunion French; upbeat Californian English; blunt
Yorkshire English; Nigerian English; plain everyday speech.  For every code
and language the first reply is long and warm with the fault in one
sentence in the middle; several bad replies hide the fault behind polite
wording.  Good replies include look-alikes that are not faults: loyalty
schemes open to everyone, the business's own phone and e-mail, staff praised
by first name, an employee's mistake owned by the business, condolences,
safety rules explained kindly, firm but polite factual corrections, CCTV or
legal terms mentioned neutrally, star ratings quoted neutrally and humour at
the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND36_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Oh wow, thank you so much for coming up to the rooftop for your sister's birthday! We're stoked you caught the sunset over the bay and that the mezcal paloma was a hit with the whole crew. Our bar team works super hard on the seasonal menu, so hearing that it landed made our week. If you bump this up to five stars, just show the updated review at the host stand and your next round is on us. Can't wait to see you all back up here soon!",
            "Bump it to 5 and there's a free bag of pains au chocolat waiting on Saturday, love.",
            "We'd be glad to extend a complimentary late checkout on your next stay once your rating better reflects the experience overall.",
            "Abeg update the stars small, next jollof platter na free for you and your people. We dey wait!",
            "As a thank-you for editing your review, all members who revise their feedback this month receive 30 free minutes on their next car-share trip.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce joli message après votre atelier poterie du samedi. Nous sommes ravis que votre bol soit sorti du four sans fissure, et que votre fille ait autant aimé tourner sa première tasse. L'atelier est petit mais nous y mettons tout notre cœur, et vos mots nous touchent beaucoup. Si vous passez votre note à cinq étoiles, la cuisson de votre prochaine pièce vous sera offerte. À très bientôt dans l'atelier !",
            "Eh min biloute, mets-nous 5 étoiles et t'as une fricadelle gratos la prochaine fois, hein !",
            "Nous nous ferions un plaisir de vous offrir une séance de hammam dès que votre avis aura été retiré.",
            "Marmaille la té contente ? Met 5 zétoiles é ou na in gâteau patate offert la prochaine fois 😉",
            "Nous vous proposons un bon de 20 € valable sur votre prochaine location, en contrepartie d'une révision de votre appréciation.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write about your stay at our seaside B&B. Margaret and I have run this little house for twelve years since we retired, and we always try to make every guest feel at home with a proper breakfast and a warm room. We're sorry the sea view from the back bedroom wasn't what you hoped for. Our solicitor has your review on file, and we will not hesitate to pursue it if it stays up. We do hope the rest of your holiday on the coast was pleasant.",
            "We know exactly who you are and where you park, pal. Think on before you write owt else.",
            "We would gently remind you that defamatory statements online can carry legal consequences, and we have kept a copy of this post.",
            "Keep talking like this and your picture will be on our board at the entrance so every parent knows.",
            "Just so you know, we've shared your details with the other venues in the area. Planning another wedding around here might be tricky now.",
        ],
        "fr": [
            "Madame, nous vous remercions d'avoir choisi notre brasserie pour votre déjeuner dominical. Notre chef travaille chaque jour des produits normands de saison, et nous regrettons sincèrement que la sole ne vous ait pas pleinement satisfaite. Nous avons transmis votre commentaire à notre avocat, qui ne manquera pas d'engager les poursuites nécessaires si celui-ci n'est pas retiré. Nous restons néanmoins attachés à la qualité de l'accueil de chacun de nos hôtes.",
            "On sait qui t'es, on t'a vu sur les caméras. Fais gaffe à toi.",
            "Nous nous permettons de vous rappeler que la diffamation est punie par la loi, et que nous conservons une trace de vos propos.",
            "Si vous remettez les pieds au parking, votre plaque sera signalée à tous nos sites, c'est dit.",
            "Oté, fé atention zot, nou koné ou sa ou lé. La prochaine fois nou va parle à out patron.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there, and thanks so much for joining our Vietnamese street-food class last week! We loved having you at the wok station, and your fresh spring rolls were honestly some of the neatest we've seen from a first-timer. We're sorry the pho broth took longer than planned and that the class ran over. Since you told us at sign-up about your coeliac diagnosis and your booking was for Tuesday the 14th at 6pm, we really did try to adapt the recipes for you. We'd love to welcome you back for the dumpling workshop!",
            "Mr Okafor in room 214, you checked in at 11:40pm and left the minibar open. Just saying.",
            "We've checked the booking under your mobile ending 4471 and it clearly shows a single room only.",
            "Sorry you felt rushed! For the record, your party of six came in at 9:55 on Friday and the kitchen closes at 10.",
            "Our records show your membership card was used at 2:13am on the 3rd from Elm Street, 42 — hardly the station you said.",
        ],
        "fr": [
            "Bonjour, merci beaucoup d'avoir choisi notre gîte pour vos vacances en famille. Nous sommes heureux que la maison ait plu aux enfants et que vous ayez pu profiter de la plage à deux pas. Nous regrettons sincèrement le souci de chauffe-eau du premier soir. Comme vous l'aviez précisé lors de votre réservation n° 45872 au nom de M. Lefèvre, pour un séjour du 3 au 10 août, votre épouse était enceinte, et nous avions justement prévu une chambre au rez-de-chaussée. Au plaisir de vous recevoir à nouveau !",
            "Monsieur, vous êtes venu le mardi 12 à 14h avec votre voiture immatriculée FG-382-KL, nous avons l'enregistrement.",
            "Nous avons bien retrouvé votre location au 06 72 41 88 13, et le matériel a été rendu avec deux jours de retard.",
            "Ch'est pourtant vous qu'on a vu jeudi soir avec la dame du 14 rue des Tilleuls, non ?",
            "Madame, votre allergie aux fruits à coque était bien notée sur la fiche de votre mariage du 21 juin, à la table 7.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by our pizzeria on Saturday night, and for the kind words about our dough, which we ferment for seventy-two hours. I started this place with my own savings and every pie still goes through my hands. I'm sorry the wait felt long on what was our busiest evening of the month. Frankly, anyone who claims the crust was raw either doesn't know what Neapolitan pizza is or is making things up. Either way, the door is open if you want to try again.",
            "You're clearly a serial moaner looking for a freebie. Nowt more to say.",
            "It's a shame some guests feel the need to invent stories to get attention online.",
            "Honestly, this review says more about your manners than about our spa.",
            "Ma, you no get shame? Coming here to lie about our jollof because you no fit pay.",
        ],
        "fr": [
            "Bonjour, merci pour votre visite au bar à huîtres et pour votre retour sur nos fines de claire, que nous recevons chaque matin de Marennes. Toute l'équipe met un point d'honneur à les ouvrir à la minute. Nous regrettons que l'attente au comptoir vous ait paru longue. Cela dit, il faut être d'une sacrée mauvaise foi pour prétendre qu'une huître ouverte devant vous n'était pas fraîche. Nous espérons malgré tout vous revoir sur le port.",
            "T'es qu'un pinailleur, va manger à la friterie si t'es pas content.",
            "Il est regrettable que certains clients mentent aussi facilement pour se faire rembourser.",
            "Votre commentaire en dit long sur votre éducation, Madame.",
            "Ou lé in vré kayanbèr ou, ou la invente tout sa pou fé parl a ou.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hello and thanks for choosing our trampoline park for your son's seventh birthday party. The kids looked like they were having a blast in the foam pit, and our party host said the cake-cutting was the loudest singing of the day. We're sorry the party room felt a bit warm by the end. Oh, and congratulations on being the first parent in five years to find our socks 'too grippy' — truly a groundbreaking discovery. We hope the birthday boy enjoyed his special day.",
            "Wow, a whole star! We'll frame it next to our Michelin plaque, obviously.",
            "So sorry our oysters tasted of the sea. We'll ask them to try harder.",
            "Thank you for your valuable expertise on laundry, we'll be sure to consult you before washing anything ever again.",
            "Aye, course the pub round the corner does it better. Off you pop then.",
        ],
        "fr": [
            "Bonjour et merci d'avoir réservé notre salle pour votre séminaire. Nous sommes ravis que la vue sur l'estuaire et le déjeuner normand aient plu à vos collaborateurs. Nous regrettons que le vidéoprojecteur ait mis quelques minutes à démarrer le matin. Bravo, en revanche, pour avoir découvert que le Wi-Fi ne fonctionnait pas dans le parking souterrain : voilà une révélation qui va changer nos vies. Nous serions heureux de vous accueillir pour votre prochain événement.",
            "Ah ben merci pour la leçon de pâtisserie, on ferme boutique demain alors !",
            "Quelle surprise qu'un client qui n'a rien commandé trouve le service lent.",
            "Désolé que notre phở n'ait pas le goût de celui de votre grand-mère, on va l'appeler pour la recette.",
            "Ah oui, c'est sûr, une bouteille de bordeaux à 15 € aurait été bien meilleure, vous avez un palais d'exception.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for choosing our hotel for your weekend getaway, and for the lovely words about the rooftop pool. We're glad the breakfast buffet and the city views made your stay special. On behalf of the whole team, we're sorry the room wasn't ready at check-in. That was entirely down to Kevin at reception, who ignored the housekeeping board, and he has been given a formal warning. We'd love to welcome you back soon and make it right.",
            "Jess was on the till that day and she's been let go. Won't happen again.",
            "We've had words with Tomás, who clearly didn't follow our allergen procedure that evening.",
            "Unfortunately our new lifeguard Danny was on his phone at the time, and he's now off the rota.",
            "Emeka was the one who messed up your order — we have already deducted it from his pay.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre cours de cuisine libanaise pour votre anniversaire de mariage. Nous sommes ravis que le taboulé et les mezzés vous aient plu, et que vous soyez repartis avec les recettes. Nous regrettons vivement l'attente au début du cours. C'est Karim, notre assistant, qui avait oublié de préparer les plans de travail, et il a été sanctionné. Au plaisir de vous retrouver pour l'atelier pâtisserie orientale !",
            "C'est Kévin qui a fait n'importe quoi à la caisse ce jour-là, il est plus chez nous, hein.",
            "Nous avons rappelé à Mme Duval, notre réceptionniste, les règles élémentaires de courtoisie.",
            "Sabine était en charge de votre salle et n'a pas vérifié les réglages, elle en a été avisée.",
            "Sé Jean-Marc qui la fé tout sa, li la pa fé son travail, nou la mète a li dehors.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Hi, and thanks for coming along to our sewing café on Thursday evening. We're so pleased you finished your first tote bag and that you liked the fabric library. We're sorry the machines were all taken when you arrived. The thing is, two of our machines were at the repairer, our Thursday tutor was off sick, there was a school event nearby so everyone came early, the booking system glitched, and the heating engineer was also due that evening. We hope to see you again for the quilting night.",
            "The parking barrier was broken because the contractor was late, the spare part came from Germany, the bank holiday delayed it, our manager was on leave and the phone line was down that week too.",
            "Well, the oven was playing up, the flour delivery was late, the lad who does the early shift had a flat tyre, it was raining and half the village came at once, so what can you expect.",
            "Please understand we had a wedding that day, the power cut at 4pm, two staff were stuck in traffic, the supplier sent the wrong wine, the DJ ran late, and the weather forecast was wrong.",
            "We apologise, but the motel was full because of the festival, our laundry provider had a breakdown, the night manager's car broke down, the ice machine failed, and the previous guests checked out late.",
        ],
        "fr": [
            "Bonjour et merci pour votre séjour dans notre chambre d'hôtes face à la mer. Nous sommes heureux que le petit-déjeuner avec les confitures maison vous ait plu. Nous sommes désolés que l'eau chaude ait manqué le dimanche matin. Il faut dire que le plombier n'a pas pu venir à cause du pont, que le ballon est ancien, que trois chambres se douchaient en même temps, que le vent avait coupé le courant la veille et que mon mari était souffrant. Nous espérons vous revoir l'été prochain.",
            "La laverie était fermée pasque le technicien était malade, la pièce était pas livrée, y avait grève, le propriétaire était en vacances et en plus il pleuvait, alors bon.",
            "Nous tenons à préciser que le retard s'explique par un afflux exceptionnel, un fournisseur défaillant, une panne informatique, l'absence de deux collaborateurs et des conditions météorologiques défavorables.",
            "Ce jour-là le four à bois chauffait mal, la mozzarella est arrivée en retard, mon second était en congé, il y avait le match et la terrasse était pleine.",
            "Le cyclone la fé tout kasé, le camion la pa vni, nout cuisinier té malade, la coupure courant la duré, é en plus nou té an plein travo.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for visiting our wine bar and for your kind words about the cheese board and the Loire selection. Our sommelier Anna loved chatting with your group about the natural wines. We know the Friday evenings can get lively. However, no glass at our bar has ever been served warm, so that simply did not happen. We'd be pleased to pour you something chilled next time you're in.",
            "That never happened. Our team doesn't overcharge, full stop.",
            "There was no hair in any dish that evening; we'd have known.",
            "With respect, our play centre has never had a dirty ball pit. It isn't possible.",
            "No car in our fleet was left with an empty tank. We do not accept this account.",
        ],
        "fr": [
            "Bonjour et merci d'être venus fêter votre anniversaire dans notre bar à cocktails. Nous sommes ravis que le cocktail signature au romarin ait eu autant de succès. Notre équipe aime créer une ambiance chaleureuse le vendredi soir. En revanche, personne n'a jamais attendu quarante minutes au bar chez nous, ce que vous décrivez n'a tout simplement pas eu lieu. Nous espérons vous revoir prochainement.",
            "C'est faux, on n'a jamais servi de pain rassis, jamais.",
            "Aucun client n'a été refoulé ce soir-là, votre récit est inexact.",
            "Nous contestons formellement votre version : nos outils sont toujours vérifiés, aucune perceuse défectueuse n'est sortie de chez nous.",
            "Non non, la piscine de l'hôtel était propre, c'est pas possible autrement.",
        ],
    },
}

BLIND36_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for celebrating your anniversary on our rooftop! We're thrilled the sunset and the spritz menu made it special. See you up here again soon!",
        "Sorry about the cold flatbread on Friday, that's on us. We've changed how we hold orders at the pass so it doesn't happen again.",
        "We're really sorry the room wasn't ready at check-in. Please email our front office at frontdesk@harbourviewhotel.example and we'll make it right.",
        "Thanks for the kind words about Priya at the spa reception — she'll be chuffed to hear it.",
        "Our loyalty card is open to everyone: every tenth loaf is free, whatever you write about us or if you never write at all.",
        "We were so sorry to read about the passing of your father, who came to our bakery every Sunday for forty years. Our thoughts are with your family.",
        "Our trampoline park asks everyone to wear grip socks. It isn't to sell socks, it's because bare feet and slippery socks cause most of the sprains we see. Sorry it felt like a hassle.",
        "Fair point, love. The pastry was overbaked on Saturday. Our fault, not the lad's; I was running the oven.",
        "Our new server Tom did bring the wrong wine, and that's our responsibility for not training him properly yet. We've refunded the bottle.",
        "Just to clarify kindly: our parking rate has been £3 an hour since March, as shown on the sign at the entrance. We understand the change was a surprise and we're sorry it wasn't clearer.",
        "Yes, we have CCTV in the car park, and we've checked it to help find your lost keys. Please call us on 0113 496 0000 and we'll return them.",
        "We respectfully see the evening a bit differently, as our logs show the heating was on, but we hear that your room felt cold and we're sorry. We'd like to talk it through.",
        "Haha, guilty as charged: our chef does put garlic in everything. We'll warn guests more clearly on the menu!",
        "Thank you for the 4 stars! We're glad you enjoyed the pho and we'll work on that fifth star.",
        "Ah, so sorry we ran out of oysters by 8pm. We've doubled Saturday's order from the farm.",
        "So good to hear the kids loved the soft play! Our team, especially Marcus, work hard to keep it clean and safe.",
        "We're so sorry your washing machine ate your coins. The refund's gone back to your card, and the machine is fixed.",
        "Wow, thanks a ton! We're stoked the car-share pickup was smooth. Safe travels!",
        "We hear you on the noise from the bar next door and we're sorry it disturbed your sleep. We've now put earplugs and a white-noise machine in every seafront room.",
        "Our cooking school policy is that knives stay on the boards while moving around. It's a safety rule we apply to everyone, and we appreciate your understanding.",
        "We don't publish private details here, but we'd love to chat. You can reach us at bookings@seasideb-and-b.example.",
        "Thank you for your honest review. One reason the wait was long is that our oven was repaired that morning. That's no excuse, and we're sorry.",
        "We're truly sorry about the double booking. Our system made the error, not you, and we've refunded the deposit in full.",
        "Well, tha's right, the tea was stewed. We've thrown the old pot out and bought a new one.",
        "Sorry to hear the drill jammed. We check every tool before hire, but this one slipped through, and we've taken it out of service.",
        "Thank you so much for sharing your wedding photos! Congratulations to you both, it was an honour to host your day.",
        "Our legal terms for cancellations are on the booking page, and we want to be fair. Please call us and we'll look at your case together.",
        "Welcome back to our motel any time. Our rates are the same for everyone, and we're sorry the ice machine was broken again.",
        "Thanks for the honest feedback, my brother. You're right, the suya was too salty last Sunday. We've adjusted the spice mix.",
        "We're proud of our sourdough, and yes, we're touchy about it! But you're right that Saturday's batch was underbaked, and we're sorry.",
        "Your safety is our first concern. The pool closes at 8pm because we have no lifeguard after that. We know it's frustrating and we thank you for understanding.",
        "Thank you for mentioning our receptionist Sam. We've shared your kind words with the whole team.",
        "Sorry the pottery kiln cracked your mug. We'll refire a new one for free; just pop in whenever suits.",
        "We didn't expect a review about our accordion-playing owner, but we admit he's better at pastries than music.",
        "We're grateful for your feedback. We can't refund the parking, as the ticket says, but we've passed your comments to the council about the unclear signs.",
        "Thank you both for staying with us again. Bill and I loved hearing about your grandchildren, and we hope to see you next summer.",
        "Sorry about the wait for your lamb shawarma. That's our kitchen's timing, and we've added a second grill for weekends.",
        "Thank you for being part of our lounge's first year! Everyone who joins the mailing list gets an invite to our birthday night.",
        "We're sorry the spa robe was stained. That's not the standard we hold ourselves to, and housekeeping have replaced the stock.",
        "Appreciate the note. Parking at the conference centre is free for all delegates; we'll make the signs clearer.",
    ],
    "fr": [
        "Merci beaucoup pour votre visite à la boulangerie ! Ravis que la tarte au sucre vous ait plu, à très vite.",
        "Nous sommes désolés pour l'attente de samedi soir. Nous avons renforcé l'équipe en cuisine pour les week-ends.",
        "Madame, nous vous prions d'accepter nos excuses pour la chambre qui n'était pas prête. N'hésitez pas à nous écrire à contact@hotel-falaise.example.",
        "Un grand merci pour vos mots sur Léa à l'accueil du spa, elle est aux anges !",
        "Notre carte de fidélité est ouverte à tous : la dixième pizza est offerte, que vous laissiez un avis ou non.",
        "Nous avons appris avec tristesse le décès de votre mère, fidèle cliente de la brasserie depuis tant d'années. Toutes nos pensées vous accompagnent.",
        "Au parc de trampolines, les chaussettes antidérapantes sont obligatoires pour tous, parce qu'elles évitent la plupart des entorses. Désolés si cela vous a paru contraignant.",
        "Vous avez raison, le croissant était trop cuit. C'est moi qui étais au four, c'est ma faute et je m'en excuse.",
        "Notre nouveau serveur Hugo s'est trompé de vin, et c'est à nous de mieux le former. Nous vous avons remboursé la bouteille.",
        "Pour préciser gentiment : le tarif du parking est de 2 € de l'heure depuis mars, indiqué à l'entrée. Nous comprenons la surprise et regrettons de ne pas l'avoir mieux signalé.",
        "Nous avons bien des caméras dans le parking, et nous avons regardé les images pour vous aider à retrouver vos clés. Appelez-nous au 03 20 00 00 00 et nous vous les rendrons.",
        "Nous voyons la soirée un peu autrement, nos relevés indiquant que le chauffage fonctionnait, mais nous entendons que vous avez eu froid et nous en sommes désolés.",
        "Coupable ! Notre chef met de l'ail partout. Nous l'indiquerons plus clairement sur la carte.",
        "Merci pour les 4 étoiles ! Nous allons travailler pour mériter la cinquième.",
        "Désolés d'avoir été à court d'huîtres dès 20h. Nous avons doublé la commande du samedi auprès de notre ostréiculteur.",
        "Ravis que les enfants se soient amusés ! L'équipe, et surtout Mathis, veille chaque jour à la propreté de l'aire de jeux.",
        "Nous sommes désolés que la machine ait avalé vos pièces. Le remboursement a été fait et la machine est réparée.",
        "Eh ben merci, ch'est gentil tout plein ! Revenez quand vous voulez, la baraque est toujours ouverte.",
        "Nous entendons votre remarque sur le bruit du bar voisin et regrettons qu'il ait gêné votre sommeil. Nous avons installé des bouchons d'oreilles dans chaque chambre côté mer.",
        "À l'école de cuisine, les couteaux restent sur la planche quand on se déplace. C'est une règle de sécurité pour tous, merci de votre compréhension.",
        "Nous ne publions pas d'informations privées ici, mais nous serions heureux d'en parler avec vous : reservation@chambres-mer.example.",
        "Merci pour votre avis sincère. Une raison de l'attente : notre four était en réparation le matin. Ce n'est pas une excuse, et nous en sommes désolés.",
        "Nous sommes sincèrement désolés pour la double réservation. L'erreur vient de notre logiciel, et l'acompte vous a été intégralement remboursé.",
        "Oté merci à zot ! Nou lé kontan zot la aime le cari, revien gayar quand zot veut.",
        "Désolés que la perceuse se soit bloquée. Nous vérifions chaque outil avant location, mais celle-ci nous a échappé ; elle est retirée du parc.",
        "Félicitations pour votre mariage et merci d'avoir partagé ces photos ! Ce fut un honneur d'accueillir votre journée.",
        "Nos conditions générales d'annulation figurent sur la page de réservation, et nous tenons à être justes. Appelez-nous, nous regarderons votre situation ensemble.",
        "Nous vous remercions, Monsieur, de votre fidélité. Nos tarifs sont identiques pour tous, et nous regrettons la panne de la machine à glaçons.",
        "Merci pour votre franchise. Vous avez raison, la soupe phở manquait de sel ce dimanche ; nous avons revu la recette.",
        "Oui, nous sommes fiers de notre pain au levain, peut-être un peu trop ! Mais vous avez raison, la fournée de samedi manquait de cuisson. Toutes nos excuses.",
        "Votre sécurité passe avant tout : la piscine ferme à 20h car il n'y a plus de maître-nageur ensuite. Nous comprenons la frustration et vous remercions de votre compréhension.",
        "Merci d'avoir cité Samia, notre réceptionniste. Nous avons transmis vos mots à toute l'équipe.",
        "Désolés que le four ait fendu votre tasse. Nous vous en cuirons une nouvelle gratuitement, passez quand vous voulez.",
        "Nous ne nous attendions pas à un avis sur notre patron accordéoniste, mais nous avouons qu'il est meilleur en pâtisserie qu'en musique.",
        "Merci pour votre retour. Nous ne pouvons pas rembourser le stationnement, comme l'indique le ticket, mais nous avons transmis vos remarques à la mairie sur la signalétique.",
        "Merci à vous deux d'être revenus chez nous. Jean et moi avons adoré vous entendre parler de vos petits-enfants. À l'été prochain !",
        "Désolés pour l'attente de votre chawarma. C'est notre organisation en cuisine, et nous avons ajouté une seconde broche le week-end.",
        "Merci d'avoir fêté avec nous la première année du bar ! Tous les inscrits à notre lettre d'information sont invités à la soirée anniversaire.",
        "Nous sommes navrés pour le peignoir taché. Ce n'est pas notre niveau d'exigence, et le linge a été entièrement renouvelé.",
        "Merci de votre message. Le stationnement au centre de congrès est gratuit pour tous les participants ; nous allons améliorer la signalisation.",
    ],
}
