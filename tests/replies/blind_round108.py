"""Blind reply set, round 108: owner replies the pre-post check has never seen.

Who and when: written by helper b106, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 106").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies posted
under customer reviews by owners of dry cleaners and shoe repairers, key
cutters, picture framers, computer-repair shops, second-hand furniture
stores and print-and-copy shops.  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault, and forty good
English and forty good French replies.

Registers, drawn from: English from the UK (Manchester, Glasgow, London,
Bristol), Ireland (Dublin, Cork, the west), North America (the US Midwest,
Texas, Ontario) and Australia; French from France (Paris, Lyon, Marseille,
Normandy, Alsace), Belgium (Brussels, Liège, Namur), Switzerland (Geneva,
Lausanne, Neuchâtel) and Québec; plain and warm, curt, very formal or
corporate, casual texting with emoji, veiled and polite phrasings, and, for
every code and language, one long warm reply (the first of each list) whose
fault sits in a single sentence in the middle.  Good replies include
look-alikes that are not faults: an apology with a concrete fix and an
offline channel, warm thanks to happy customers, a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND108_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for such a thoughtful write-up, it genuinely brightened a wet Tuesday here in Bristol. Wedding dresses are always the pieces we handle most nervously, and we're thrilled the beading on the bodice came back exactly as it went in and that the train is now boxed away safely for the next generation. Margaret, who has looked after bridal work here for nearly twenty years, was so pleased to read your words. If you could see your way to lifting that four stars to a five, your next duvet or curtain clean would be on us entirely. Wishing you both a very happy first year of marriage, and thank you again for trusting us with something so precious.",
            "cheers legend 🙌 bump us to 5 stars n ur next resole's half price, just flash the review at the counter 👞✨",
            "Customers who publish a five-star evaluation of our diagnostic service on this platform become eligible for a complimentary data-backup session on their next visit; please present your review confirmation to a technician.",
            "Ah sorry now about the corner on the frame, we'll sort that for you. And sure look, if that little review were to disappear off the page, there'd be a small something waiting behind the counter for you next time you're passing.",
            "Update your rating and we'll take 20% off your next print job. Deal?",
        ],
        "fr": [
            "Un tout grand merci pour votre message, il a fait le tour de l'atelier ce matin et tout le monde avait le sourire. Encadrer l'aquarelle de votre grand-mère était un vrai bonheur, et nous sommes ravis que la baguette en chêne clair et le passe-partout ivoire s'accordent si bien avec votre salon à Namur. Nous savons combien ces souvenirs de famille comptent, et c'est justement pour ça qu'on prend le temps de tout faire à la main. Si vous acceptiez de rehausser votre évaluation d'une étoile, on vous offrirait volontiers le verre anti-reflet sur votre prochain encadrement. Au plaisir de vous revoir bientôt à la boutique, et encore merci pour votre confiance !",
            "merci ben gros 😄 mets-nous 5 étoiles pis ta prochaine clé est gratis, promis juré 🔑",
            "Nous vous informons qu'un avoir d'une valeur de quinze euros sera porté à votre compte client dès réception de la modification de votre appréciation sur ce site.",
            "Nous serions ravis de vous réserver une petite attention lors de votre prochain passage à l'atelier, pour autant que ce commentaire puisse être revu d'ici là.",
            "Enlevez votre avis pis on vous rembourse la réparation de votre portable au complet.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming back to tell us how the boots are wearing, it's always good to hear from a regular. We know the heel block took longer than promised, and we appreciate you being patient while we waited on the leather from our supplier in Northampton. Our lad Callum did the stitching by hand, and we reckon they'll see you through another ten winters at least. All the same, we've handed your review to our solicitor, and you'll be getting a letter from her at home if it's still up by Friday. Take care, and mind the ice on the step when you next call in.",
            "we've got ur face on the cctv mate 👀 post another one of these and it goes straight up on our insta",
            "Please be advised that this review has been referred to our legal department and that proceedings for defamation will be initiated should it remain published beyond seven days.",
            "It's a small town, and we know a fair few people up at the place you work, so we'd be slow to go posting the likes of that if we were you.",
            "Keep this up and you'll be hearing from our lawyer.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après le retrait de votre tableau. Nous comprenons que la couleur de la baguette vous ait surpris une fois accrochée chez vous, la lumière d'un salon change tout, et nous avons toujours plaisir à en discuter avec nos clients de Lausanne et d'ailleurs. Notre atelier existe depuis 1987 et nous tenons beaucoup à notre réputation de soin et de sérieux. Sachez toutefois que notre avocat a été saisi et que nous déposerons plainte contre vous si ce texte n'est pas retiré d'ici lundi. Nous vous souhaitons néanmoins une belle fin de semaine.",
            "on sait où t'habites hein 😉 le buffet on te l'a livré nous-mêmes, réfléchis avant d'écrire",
            "Nous vous informons que votre commentaire a été transmis à notre conseil juridique, lequel ne manquera pas d'engager toute procédure utile à l'encontre de son auteur.",
            "Votre patron est un bon client à nous, ce serait ben dommage qu'il tombe sur ce genre de commentaire-là, vous trouvez pas?",
            "Vous êtes interdit de boutique, et si on vous revoit traîner devant la vitrine, on enverra qui il faut.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for such a generous review, and for your patience while we tracked down the right part. Cracked screens on that model are fiddly, and our technician was really pleased to get the touch response working properly again without you losing any of your photos. We always run a full battery health check as well, so it's good to hear the charge is lasting the whole day now. Your order ref CR-20931 shows the screen was fitted on the 14th, and we've logged the warranty under j.morrison82@gmail.com so it's easy to claim if anything plays up. Thanks again for choosing a local shop, it means the world to us.",
            "hey Dave from 14 Elm St 👋 ur shoes r ready, come grab em whenever 👞",
            "We have located your payment on the card ending 4417 on 3 November and a refund of £68.50 has now been issued to that card.",
            "Ah Siobhán, lovely to see yourself and your mam in on Saturday with the wedding photos, and sorry the wait was so long.",
            "Sorry about the printer jam, Mark, we've rung you back on 0412 558 903 twice now, give us a bell when you can.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce gentil message, il nous a fait très plaisir. Nous sommes ravis que l'armoire normande ait trouvé sa place dans votre entrée, elle avait attendu longtemps dans notre dépôt et méritait vraiment une nouvelle famille. Nos déménageurs ont été touchés que vous leur ayez offert un café malgré l'escalier très étroit. Votre commande n° 45-2218 a bien été livrée au 12 rue des Tilleuls et nous avons noté votre portable, le 06 12 48 77 30, pour venir régler la porte qui frotte. À très bientôt au dépôt, et encore merci pour votre fidélité.",
            "Salut Mélanie! ton portable est prêt, on t'a textée au 514-555-0199 à matin 📱",
            "Madame Favre, nous avons bien pris note de votre réclamation relative à votre passage du mardi 4 novembre en compagnie de votre époux, et nous vous prions de nous en excuser.",
            "Désolé pour l'attente, Monsieur Dubois, mais avec votre semelle orthopédique pour le pied diabétique, il fallait vraiment prendre plus de temps.",
            "Commande IMP-7781 au nom de Lefèvre : vos 200 flyers sont à retirer en boutique.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for taking the time to leave a review, we do read every one of them properly. We've been cutting keys on this corner of Salford for over thirty years, and we take real pride in getting a copy right first time, which is why we always invite people to come back if a key sticks. We'd have been happy to recut it on the spot, just as we do for anyone else. Honestly though, it reads like you were angling for a freebie from the minute you walked through the door. Either way, the offer to recut stands, and we hope the lock behaves itself from now on.",
            "ur a proper muppet mate 🙄 reviews like this say more about u than they do about us",
            "It is apparent that this review has been written in bad faith by an individual who knows its contents to be untrue.",
            "There's always one, isn't there, and you're clearly the sort who's only happy when you're giving out about something.",
            "You're a liar, and everyone on this street knows it.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour, nous lisons toujours chaque avis avec attention. Notre petite imprimerie de quartier à Liège tourne depuis quinze ans, et nous faisons de notre mieux pour que les mémoires, les faire-part et les affiches sortent impeccables, même quand on nous les dépose la veille au soir. Nous avons bien relu votre bon de commande avec toute l'équipe. Mais soyons francs : vous cherchiez surtout à repartir sans payer vos impressions, comme d'habitude. Notre porte reste ouverte si vous souhaitez en reparler calmement.",
            "t'es vraiment un gros boulet 😂 apprends à lire un devis avant de râler",
            "Nous constatons que vous êtes coutumier des avis mensongers, ce qui en dit long sur votre honnêteté.",
            "Franchement, t'es rien qu'un chialeux qui veut toute avoir gratis.",
            "Il y a des clients charmants, et puis il y a des personnes comme vous, dont on se passera très volontiers.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your review and for bringing in such a lovely old suit, they really don't make tailoring like that any more. We gave the wool a gentle clean, steamed out the shine on the seat and replaced two of the horn buttons that had gone missing, all without any extra charge. We know how much a good suit matters for a big day, and we hope the wedding went beautifully. We're just devastated that one tiny crease on a twenty-year-old jacket managed to ruin your whole week, what a terrible ordeal that must have been for you. Do pop in again whenever you need us.",
            "omg a 3 min wait for a key?? however did u survive 😱😂",
            "We thank you for your expert assessment of our laptop diagnostics and shall of course forward it to our engineers, who evidently have so much to learn from you.",
            "Ah sure you're right, we should've had the whole sofa flown over to you by carrier pigeon the same afternoon.",
            "Righto, next time we'll get the framer to stay up all night just for you, will we?",
        ],
        "fr": [
            "Bonjour et merci pour votre commentaire, ça nous fait toujours plaisir d'avoir des nouvelles de nos clients. On a recollé le talon de vos bottes et changé les deux fermetures éclair, et notre cordonnier a même pris le temps de nourrir le cuir, qui en avait bien besoin après l'hiver qu'on vient de passer. On sait que c'est rendu difficile de trouver un bon cordonnier à Québec, pis on fait de notre mieux avec le monde qui passe. Bravo pour votre patience légendaire, deux jours d'attente au lieu d'un, c'est un exploit qui mérite une médaille, vraiment. Au plaisir de vous revoir au comptoir.",
            "wow 10 min d'attente pour des photocopies, appelez l'ONU 😂🚨",
            "Nous saluons la finesse de votre expertise en ébénisterie ancienne, que nous ne manquerons pas de solliciter avant chacun de nos prochains achats.",
            "Ah ça, une fois, on aurait dû vous nettoyer votre manteau avec des gants de soie et une fanfare devant la porte, c'est sûr.",
            "Merci pour cette analyse très pointue ; nous allons de ce pas demander à notre technicien de deviner les mots de passe par télépathie.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for getting in touch, and congratulations again on the wedding, it sounds like it was a wonderful day. We completely understand how upsetting it was to open the box and find the invitations printed on the wrong card stock, especially with the date so close. We reprinted the whole run overnight on the cream linen you'd chosen and delivered them by hand the next morning. That mix-up was down to Kieran, who sent the file to the press without checking the proof, and he's been given a formal warning. We hope the reprints did the day justice, and we'd love to see any photos.",
            "soz bout that 🙈 Jess cut the key wrong, she's new n she's been told 🙄",
            "Our internal investigation found that the damage to your garment resulted from an error by our pressing operator, Mr Alan Briggs, who has since been removed from front-of-house duties.",
            "Tommy was on the counter that day, and let's just say he'll not be on it again.",
            "That was Mike's screwup, not ours. He's gone.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire malgré la déception. Nous savons à quel point les photos de famille et les documents de travail sont précieux, et nous comprenons parfaitement votre colère en récupérant un ordinateur vide. Nous avons immédiatement lancé une récupération sur le disque d'origine et une bonne partie de vos dossiers a pu être sauvée. Le problème vient de Julien, qui a oublié de faire la sauvegarde avant la réinstallation, et il a été sanctionné en conséquence. Nous restons à votre disposition pour la suite et vous remercions de votre compréhension.",
            "désolé 😬 c'est Kevin qui a scrapé ton cadre, on lui a parlé dans le casque",
            "Il ressort de notre enquête interne que la responsabilité de cet incident incombe entièrement à Mme Sandrine Rochat, employée au comptoir, laquelle a reçu un avertissement écrit.",
            "Disons que Nathalie n'était pas dans son assiette ce jour-là, et qu'elle ne tiendra plus la caisse le samedi.",
            "Faute de Bruno à la livraison. Il ne travaille plus chez nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for taking the time to write such a detailed review, we really do value hearing from our customers, and it's lovely to know you've been bringing your shirts to us since we opened. We know the curtains were a week later than we said. That week our solvent delivery came late, the boiler tripped twice on the Tuesday, two of the team were off with flu, the council dug up the road outside so the van couldn't get near the door, and the new ticketing system we put in last month is still having its teething troubles, so there was an awful lot going on behind the scenes. We hope they're hanging beautifully now, and we look forward to seeing you again soon.",
            "look it was a mad day 🤷 printer jammed, toner ran out, internet dropped, half the crew were at the footy n the boss was at the dentist so yeah 😅",
            "Turnaround times are determined by parts availability from our suppliers, the manufacturer's warranty authorisation process, current service volumes, seasonal staffing levels, the complexity of the fault identified during diagnostics and the data-handling procedures required under our policy, all of which applied in your case and are set out in our terms of service.",
            "Well now, the frame was late because the glass came in cracked, and then the moulding supplier in Cork was out of the oak, and then the lad who does the mounts had his wedding, and sure the weather was desperate for drying the paint as well, so it wasn't for want of trying.",
            "The dresser had that scratch because it's a vintage piece, we sell everything as-is, the photos were taken under studio lights, our movers were double-booked that day, the truck had a flat, and most folks understand that secondhand means secondhand.",
        ],
        "fr": [
            "Bonjour et merci beaucoup d'avoir pris le temps de laisser un avis, ça compte énormément pour un petit atelier de quartier comme le nôtre à Lyon. Nous sommes contents que vos mocassins aient retrouvé une seconde jeunesse et que le cuir ait bien pris la teinte. Pour le délai, il faut dire que la semelle commandée chez notre fournisseur italien est arrivée avec dix jours de retard, que notre machine à coudre a rendu l'âme le même jour, que mon apprenti était en formation au CFA, que la rue était barrée pour le marché de Noël et que les colles sèchent mal par ce froid, donc tout cela a forcément pesé. Au plaisir de vous revoir pour vos prochaines paires.",
            "ben là c'était pas d'notre faute 🤷 le serveur a planté, le fournisseur a pas livré, y'avait une tempête pis la moitié du staff était malade anyway",
            "Nous tenons à préciser que le délai constaté s'explique par la fermeture exceptionnelle de notre atelier de traitement, le remplacement réglementaire de nos machines au perchloréthylène, l'indisponibilité de notre livreur, l'afflux saisonnier lié aux fêtes de fin d'année ainsi que les contraintes imposées par notre assureur.",
            "Il faut comprendre que le papier commandé n'était plus disponible chez le grossiste, que notre traceur grand format était en révision, que le fichier reçu n'était pas en CMJN, que les Fêtes approchaient et que nous n'étions que deux à l'atelier cette semaine-là.",
            "La clé ne tournait pas parce que l'ébauche était d'un modèle différent, que votre cylindre est usé, que la machine venait d'être réétalonnée, que vous êtes passé à l'heure de pointe et que ce type de clé est réputé capricieux, voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for choosing us for your first flat, and for the kind words about the shop, we do love it when people spend an hour poking round the back room. The oak dining table came from a farmhouse clearance near Ballarat and we were sad to see it go, so it's lovely to know it's found a good home with a young family. We always check every piece on the workshop floor before it goes out the door. No table has ever left here with a wobble, and that simply did not happen. We hope you have many happy dinners around it.",
            "nah never happened 🤷 we don't lose shoes",
            "Our records confirm that no data was deleted from your device while in our care, and we reject this account in its entirety.",
            "There was no stain on that coat when it went out the door, and that's the end of it.",
            "Nobody here was rude to you. Didn't happen.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, on est toujours contents d'avoir des nouvelles après un encadrement. Votre affiche du Festival d'été avait ben du caractère, pis on a adoré choisir la moulure noire mate avec vous, c'est un de nos beaux projets de l'automne. On prend toujours le temps de tout emballer dans du papier bulle avant que le cadre sorte de l'atelier. Par contre, le verre n'était pas fissuré quand vous êtes reparti, ça, c'est impossible. On vous souhaite d'en profiter longtemps dans votre nouveau condo.",
            "jamais on a perdu une chemise ici, c faux 🙅",
            "Nous contestons formellement les faits relatés : aucune facture de ce montant n'a été émise par notre établissement.",
            "Y a jamais eu de souci avec votre double de clé, il marchait très bien, point.",
            "Faux. Aucune erreur d'impression de notre côté.",
        ],
    },
}

BLIND108_GOOD: dict[str, list[str]] = {
    "en": [
        "We're really sorry your cashmere jumper came back smaller than it went in. That shouldn't happen, and we'd like to cover the cost of replacing it. Please ring the shop on 0161 496 0732 and ask for Helen, our manager, so we can sort it out properly.",
        "Thanks a million for the kind words, we're delighted the brogues are back on the road. Mind yourself, and see you for the next pair.",
        "Cheers for the review! Just so everyone knows, every tenth key's on us with the stamp card. Grab one at the counter, no strings attached.",
        "Thanks for the heads-up about our hours. We're open Tuesday to Saturday, 10 to 6, and Thursdays until 8 for anyone who can't make it in during the workday.",
        "Priya will be absolutely chuffed to read this. She spent most of Thursday coaxing that old motherboard back to life and wouldn't go home until it booted.",
        "You're right that Jordan printed the banner at the wrong size, and that's on us as a business. We didn't have a proof check in place for large-format jobs; we do now. The reprint at the correct size is ready for pickup at no charge.",
        "Sorry the bookshelf wasn't what you expected once you got it home. We've already refunded the full amount to your card, and you should see it within a few days. If you ever want to have a look around again, we'd be glad to see you.",
        "We're sorry your suit wasn't ready on Friday as promised. Our steam press broke down that morning and put us a day behind, but we should have rung you to let you know, and we didn't.",
        "Under the Consumer Rights Act, a repair has to be carried out with reasonable care and skill, and if ours fell short you're entitled to have it put right. Please bring the laptop back and we'll redo the work free of charge.",
        "Thanks for letting us know the envelope went missing. We've checked our CCTV and can see it being handed to the courier, so we're now chasing them to trace it. Drop us a line at hello@copycornerprint.co.uk and we'll keep you updated.",
        "Our framer swears the spirit level is purely decorative, which would explain a lot. Sorry it went up crooked; we'll come and rehang it for free whenever suits you.",
        "Thanks for the three stars and for spelling out what would have made it five. The point about the waiting time is fair, and we're adding a second bench at the counter.",
        "We've had another look at the listing, and it did describe the drawer runner as needing a repair, but we can see how easily that line gets missed. We'd still like to help, so give us a call on (416) 555-0147 and we'll fix it up.",
        "We're so sorry for your loss. Take all the time you need with the keys for the house, there's no rush at all.",
        "Congratulations on the wedding! It was a joy printing the orders of service, and we hope the whole day was everything you wanted.",
        "For safety reasons we can't let anyone behind the counter where the presses run hot. We're sorry it felt unwelcoming to wait at the front, and we've put a couple of chairs out there now.",
        "You're right that resoles have gone up by £5 this year. Our leather supplier raised their prices twice and we held off as long as we could. Sorry it came as a surprise; the new price list is on the window now.",
        "cheers for the 5 stars 🙌 glad the laptop's back from the dead, Sam says hi 😄",
        "We apologise that the sideboard arrived with a damaged hinge. A replacement hinge has been ordered and our fitter will call to arrange a time to install it. For anything further, please contact us at service@secondstoryfurniture.com.",
        "Just a heads-up for everyone, we've moved to 22 Main Street, next door to the chemist, so don't be heading to the old spot. Same keys, same kettle.",
        "Our insurance covers garments damaged while in our care, so we've started a claim for the coat and will be in touch as soon as we hear back from them.",
        "Anyone who refers a mate gets $10 off their next print job, and so does the mate. Doesn't matter if you've left us a review or not.",
        "Thank you, that's made our week.",
        "Sorry to hear the laptop was stolen. We'd suggest reporting it to the police first. We keep a record of serial numbers at booking-in, so ring the shop and we can give you yours for the report.",
        "Yes, the shop does look a bit like your nan's attic exploded. That's more or less the business model. Glad you found the lamp!",
        "Marek has been fixing heels for thirty years and still gets excited about a good welted sole. We'll pass your kind words along, he'll be made up.",
        "We regret that your curtains were not returned within the quoted timeframe. We have revised our scheduling for large items to prevent this happening again. Please contact our customer care team at care@pristinecleaners.com so we can discuss how to make this right.",
        "Sorry the key didn't work. Bring it back and we'll recut it free.",
        "Our job sheet shows the file came to us in RGB, which is why the colours printed darker than they looked on screen. We should have flagged that before running it, though, and we'd be glad to go through the settings with you and run a test sheet at no charge.",
        "Sorry it took two weeks. The replacement keyboard was back-ordered from the manufacturer, and we didn't keep you updated as often as we should have.",
        "Congrats on the new place! That armchair was one of our favourites, and we're so glad it's found a good home.",
        "It was an honour to frame the photograph, and we're so sorry for your loss. If you'd like another copy for the family, just let us know.",
        "aw thank u!! 🥰 see u next week with the shirts",
        "We can't copy keys stamped 'do not duplicate' without the building manager's authorisation. We know it's a pain, but it's there to keep everyone in your block safe. Bring a signed note from them and we'll cut it on the spot.",
        "Colour copies went up from 20p to 25p in October, and we're sorry the sign by the machine hadn't been changed when you came in. It's been updated now.",
        "We refunded the diagnostic fee in full this morning; depending on your bank, it should appear within three to five working days. Sorry we couldn't save the drive.",
        "Our loyalty card is open to everyone: ten repairs and the eleventh is free, whatever you think of us. Just ask at the till.",
        "A fair four stars, thank you. Noted about the parking, and we're talking to the landlord about a loading bay out front.",
        "We're sorry the mount was cut off-centre, that's not our standard. We'll remake it this week. Please email frames@thegildedcorner.co.uk with a good time to drop it off.",
        "Too right, mate, thanks heaps! Glad the spare keys saved the day. Catch you next time.",
    ],
    "fr": [
        "Nous sommes sincèrement désolés que votre robe soit ressortie avec une auréole. Nous prenons en charge un second nettoyage spécialisé et, si la tache persiste, son remplacement. Appelez-nous au 04 78 52 19 30 pour convenir d'un moment qui vous arrange.",
        "Merci mille fois pour ce beau message ! Ça nous fait chaud au cœur de savoir que vos bottines ont repris du service.",
        "Petit rappel pour tout le monde : notre carte de fidélité est ouverte à tous, la dixième clé est offerte, que vous nous laissiez un avis ou non.",
        "Merci pour votre passage ! Pour info, nous sommes ouverts du mardi au samedi de 9 h à 18 h 30, et le dimanche matin pendant les fêtes.",
        "Camille sera ravie de lire ça. Elle a passé une bonne partie de l'après-midi à choisir la baguette avec vous et elle adore ce genre de projet.",
        "Vous avez raison : c'est Mathieu qui a imprimé vos cartes sur le mauvais papier, et c'est à nous, en tant qu'entreprise, d'assumer cette erreur. Nous avons réimprimé le tout à nos frais et mis en place une double vérification avant chaque tirage.",
        "Nous sommes désolés que la commode ne corresponde pas à vos attentes. Le remboursement intégral a été effectué hier sur votre carte, vous devriez le voir d'ici quelques jours.",
        "Toutes nos excuses pour le retard. Notre fournisseur de talons n'a pas livré à temps, mais nous aurions dû vous prévenir, et nous ne l'avons pas fait.",
        "Conformément à la garantie légale de conformité, une réparation défectueuse doit être reprise sans frais. Rapportez-nous votre ordinateur quand vous voulez et nous refaisons l'intervention gratuitement.",
        "Nous avons visionné les images de vidéosurveillance à votre demande, et on y voit bien votre colis remis au transporteur. Nous avons ouvert une enquête auprès de lui et vous tiendrons au courant. Écrivez-nous à contact@copieservice.ch si vous avez la moindre question.",
        "Notre encadreur jure que le niveau à bulle est là pour la décoration, ce qui explique pas mal de choses... Désolés pour le cadre de travers, on repasse le raccrocher gratuitement.",
        "Merci pour les trois étoiles et pour le détail de ce qui aurait mérité les cinq. La remarque sur l'attente au comptoir est juste, on y travaille.",
        "D'après notre bon de dépôt, la tache était déjà signalée à l'arrivée du manteau, mais nous comprenons tout à fait que le résultat vous déçoive. Passez nous voir, on regarde ensemble ce qu'on peut encore tenter.",
        "Toutes nos condoléances. Prenez tout le temps qu'il faut pour les clés de la maison, il n'y a absolument aucune urgence.",
        "Félicitations pour votre mariage ! Ce fut un plaisir d'imprimer vos menus et vos marque-places, et on espère que la fête était à la hauteur.",
        "Par sécurité, on ne peut laisser personne passer derrière le comptoir où les presses sont brûlantes. On comprend que l'attente devant ait paru froide, on a ajouté deux chaises et une machine à café.",
        "Effectivement, le ressemelage a augmenté de quatre euros cette année. Le prix du cuir a beaucoup monté et nous avons tenu aussi longtemps que possible. Désolés de ne pas l'avoir mieux affiché, c'est corrigé.",
        "merci pour les 5 étoiles 🙏 content que ton ordi tourne comme un neuf, à la prochaine 😎",
        "Nous vous présentons nos excuses pour la charnière endommagée lors de la livraison. Une pièce de remplacement a été commandée et notre menuisier vous contactera pour convenir d'un rendez-vous. Pour toute question, notre service client est joignable au 02 512 34 78.",
        "Avis à nos clients : on a déménagé au 8 rue de la Collégiale, juste à côté de la boulangerie. Même équipe, mêmes machines, un peu plus de place.",
        "Notre assurance couvre les vêtements abîmés pendant qu'ils sont chez nous. Nous avons ouvert un dossier pour votre veste et vous recontacterons dès que nous aurons une réponse.",
        "Parrainez un ami et vous recevez chacun dix francs de réduction sur votre prochaine commande d'impression, que vous nous ayez laissé un avis ou pas.",
        "Merci, ça nous fait vraiment plaisir, à tantôt !",
        "Navrés d'apprendre le vol de votre portable. Nous vous conseillons de porter plainte à la police ; nous notons les numéros de série au dépôt, alors appelez la boutique et on vous le communique pour votre déclaration.",
        "Oui, le magasin ressemble un peu au grenier de votre grand-tante après une tempête. C'est un peu notre marque de fabrique. Contents que vous ayez trouvé votre lampe !",
        "Ça fait trente ans que René répare des talons et il s'émerveille encore devant une belle semelle cousue. On lui transmet votre gentil message, il va être tout fier.",
        "Nous regrettons que vos rideaux ne vous aient pas été rendus dans le délai annoncé. Nous avons revu l'organisation de nos grosses pièces afin d'éviter que cela ne se reproduise. Nous vous invitons à contacter notre service client à service@pressingdulac.ch afin d'en discuter.",
        "Désolé que la clé ne fonctionne pas. Repassez, on vous la refait gratuitement.",
        "Notre fiche de travail indique que le fichier nous est parvenu en RVB, d'où les couleurs plus sombres qu'à l'écran. On aurait quand même dû vous le signaler avant l'impression ; passez quand vous voulez, on fait un essai ensemble sans frais.",
        "Désolés pour les deux semaines d'attente. Le clavier de remplacement était en rupture chez le fabricant, et on ne vous a pas tenu au courant aussi souvent qu'on aurait dû.",
        "Félicitations pour votre nouvel appart ! Ce fauteuil était un de nos chouchous, on est bien contents qu'il ait trouvé preneur.",
        "Ce fut un honneur d'encadrer cette photo. Toutes nos pensées vous accompagnent, et si vous souhaitez un second tirage pour la famille, faites-nous signe.",
        "oh merci 🥰 à la semaine prochaine pour les chemises !",
        "On ne peut pas reproduire une clé marquée « reproduction interdite » sans l'autorisation du syndic. On sait que c'est embêtant, mais c'est pour la sécurité de tout l'immeuble. Apportez-nous leur accord écrit et on vous la fait sur-le-champ.",
        "La photocopie couleur est passée de vingt à vingt-cinq centimes en octobre, et nous sommes désolés que l'affichette près de la machine n'ait pas été mise à jour. C'est fait maintenant.",
        "Nous avons remboursé ce matin l'intégralité des frais de diagnostic ; selon votre banque, le montant apparaîtra sous trois à cinq jours ouvrables. Désolés de ne pas avoir pu sauver le disque.",
        "Bonjour ! Notre carte de fidélité est pour tout le monde : dix réparations, la onzième est offerte. Demandez-la à la caisse.",
        "Quatre étoiles, c'est honnête, merci. Bien noté pour le stationnement, on en discute avec le propriétaire pour une place de livraison devant.",
        "Désolés pour le passe-partout décentré, ce n'est pas notre niveau d'exigence. On le refait cette semaine ; écrivez-nous à atelier@lecadredor.fr pour nous dire quand le déposer.",
        "Merci en masse! Content que vos doubles de clés vous aient sauvé la mise, au plaisir là!",
    ],
}
