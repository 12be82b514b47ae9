"""Blind reply set, round 88: owner replies the pre-post check has never seen.

Who and when: written by helper b86, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief, round 86).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
vets, pet groomers, nurseries and childminders, language schools, music
teachers, wedding venues and wedding photographers.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or earlier blind set, any other folder under /work, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.

Registers: French from Bordeaux, Reims, Orléans, Lausanne and Québec, warm,
defensive and formal; English from Newcastle, Galway, Adelaide and Colorado,
breezy, formal and curt; slang and texting with emoji, very formal corporate
wording, veiled and polite phrasings, regional speech and short one-liners;
and, for every code and language, one long warm reply (the first of each list)
whose fault sits in a single sentence in the middle.  Good replies include
look-alikes that are not faults: an apology with a concrete fix and an offline
channel, warm thanks to happy customers, a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences
after the loss of a pet, congratulations on a wedding or a concert, a safety
rule explained kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND88_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Howay, what a lovely review to wake up to, thank you so much. We know how frightening that night was when your girl came in off her legs, and the whole surgery was rooting for her until the morning shift took over. Seeing her trot back in for her stitches check with her tail going like a windscreen wiper honestly made our week, and the nurses are still talking about the biscuit she pinched off the counter. If you pop back on and bump us up to the full five stars, her next booster is on the house. Give her a scratch behind the ears from all of us at the practice.",
            "Stoked u liked the pupper's trim dude!! 🐶✂️ bump us to 5⭐ and his next bath n blowout is free, just show the front desk 🙌",
            "Should you feel able to revise your rating upward, we would be pleased to extend a complimentary upgrade to our premium bar package for your first anniversary dinner.",
            "Sure we'd hate to see that comment sitting up there all on its own, and there might just be a little something off next term's fees for anyone who found it in themselves to take it down. No pressure at all, now.",
            "Delete the review and we'll throw in the extra 20 edited shots. Cheers.",
        ],
        "fr": [
            "Bonjour et merci de tout cœur pour ce message qui a fait le tour de l'équipe ce matin. Voir les drôles arriver en courant dans le hall, c'est notre plus belle récompense, et savoir que votre loulou réclame la crèche même le dimanche nous a fait rire aux éclats. Les ateliers de jardinage du jeudi et les chocolatines du goûter ont visiblement fait leur petit effet ! Si vous passiez votre note à cinq étoiles, on vous offrirait volontiers la semaine de garde de la Toussaint. Encore merci pour votre confiance, et à très vite.",
            "Merci ben gros!! 🐾 Mets-nous 5 étoiles pis ton prochain toilettage est gratis, promis 😉",
            "Nous vous saurions gré de bien vouloir reconsidérer votre appréciation ; le cas échéant, un tirage d'art grand format de votre choix vous serait remis à titre gracieux.",
            "Sans vouloir vous forcer la main, un avis un peu plus généreux nous permettrait sans doute de faire un petit geste sur la prochaine consultation de votre chat.",
            "Retirez votre commentaire et je vous rembourse le trimestre de solfège, on n'en parle plus.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks a million for taking the time to write, and for such kind words about the walled garden and the fire in the old library. It was a joy to watch the pair of you dancing until the band packed up, and the kitchen were delighted that the beef went down so well. We've taken your point about the car park lighting and it's being looked at this winter. Our solicitor has your comments about the bar staff in front of him and will be in touch about defamation if they're not down by Friday. We hope you'll come back and see us for an anniversary some day.",
            "Knaa exactly who ye are pet, and so will the rest of the toon if this stays up 😡",
            "Please be advised that our legal department has been instructed to pursue all available remedies against the author of this review, including a claim for damages, unless it is withdrawn within seven days.",
            "It'd be a real shame if your boss happened to see how you spoke to our nurses, so maybe have a little think about whether this review is worth it.",
            "Post anything else about us and every groomer on the Front Range will know your name by Monday.",
        ],
        "fr": [
            "Bonjour et merci pour ce long message. Nous sommes heureux que les cours de conversation du mardi soir vous aient permis de reprendre confiance à l'oral, et nous transmettrons vos compliments sur la bibliothèque et la terrasse avec vue sur le lac. Votre remarque sur le prix du manuel est entendue et nous y réfléchissons sérieusement. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour atteinte à l'honneur sera déposée si votre passage sur nos enseignants n'est pas retiré d'ici huit jours. Nous vous souhaitons une belle suite dans votre apprentissage, et tout de bon.",
            "Fais attention à c'que t'écris mon chum, on sait où tu restes 👀",
            "Nous vous informons que le présent avis a été transmis à notre conseil, lequel se réserve d'engager toute procédure utile à l'encontre de son auteur.",
            "Nous connaissons bien votre quartier et pas mal de vos voisins passent chez nous, ce serait dommage qu'ils apprennent deux ou trois choses à votre sujet.",
            "Encore un mot de ce genre et je signale votre comportement à votre employeur, je sais très bien où vous travaillez.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks heaps for the beautiful words, they've well and truly made our week. Your ceremony among the vines was one of the prettiest we've shot all season, and that late-arvo light coming over the hills did half our job for us. We loved every minute with your crew, especially the dance-off that nobody asked for. We've re-sent the gallery link to s.whitfield.1988@example.com and texted it to your mum on 0491 570 156 as well, just in case. Congratulations again, and enjoy reliving it all.",
            "Hey Jenna! 🐾 Just a heads up, Luna's thyroid meds refill is ready under order #VT-44821, swing by anytime 💊",
            "We write further to your complaint regarding your daughter Amelia Hardy's attendance in the Caterpillar Room on Tuesday 3 November, and confirm that invoice 20931 on your account has been adjusted accordingly.",
            "Ah sure I remember you well, you came along Thursday evenings with your sister Aoife after the hip operation, and you were always very welcome.",
            "Mrs Kowalski of 12 Fisher St, Norwood: your refund has gone back to the Visa ending 4417.",
        ],
        "fr": [
            "Quel bonheur de lire ces lignes ! Accueillir votre mariage dans nos caves a été un vrai plaisir pour toute l'équipe, et nous avons encore en tête les fous rires au moment du lancer de bouquet. Merci pour vos mots si gentils sur le dîner et sur le travail de nos serveurs, nous les avons affichés en cuisine. Nous avons d'ailleurs renvoyé la facture n° 2024-118 au 14 rue de Vesle, avec un rappel par SMS au 06 39 98 41 07. Nous vous souhaitons une vie pleine de bulles et de bonheur.",
            "Salut Mélanie! 😊 Les résultats de la prise de sang de Pompon sont arrivés, ton dossier c'est le 4471 pis on t'appelle au 581 555-0146 demain matin!",
            "Madame Dubois-Reymond, nous accusons réception de votre avis concernant le cours intensif d'allemand suivi du 3 au 28 février et vous confirmons que le remboursement a été versé sur votre compte CH93 0076 2011 6238 5295 7.",
            "Nous comprenons d'autant mieux votre inquiétude que le petit Lucas, avec son allergie aux arachides et son traitement pour l'asthme, demande une attention toute particulière.",
            "Julie, vous étiez venue le 8 mai avec votre ex-compagnon, je m'en souviens très bien.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for reaching out, and for the lovely comments about the mountain shots up at the overlook. We had the best time with your families, and the speeches had the whole tent in tears. We worked hard on that gallery, with over nine hundred frames culled down to the very best. Honestly, it's pretty clear you're just angling for a free album after the fact. We still wish you both a wonderful first year of marriage and hope the prints bring back good memories.",
            "Haway man, ye divvent even knaa what a schnauzer cut looks like, proper clueless 🤦",
            "Having reviewed our clinical notes, we can only conclude that your account has been deliberately fabricated, and we regret that you have chosen to act in bad faith.",
            "We've had plenty of students over the years who found the workload a bit much and would rather blame the teacher than open the book, and I think you know yourself which sort you were.",
            "Some parents just want free childcare. You're one of them.",
        ],
        "fr": [
            "Merci d'avoir pris le temps d'écrire. Nous sommes contents que l'audition de fin d'année sur les bords de Loire vous ait plu, et toute l'équipe a été touchée par vos mots sur l'ambiance de l'école. Le nouveau local est enfin chauffé, promis, et les pupitres neufs sont arrivés la semaine dernière ! Sur le reste, franchement, vous êtes de mauvaise foi et vous le savez très bien. Nous restons à votre disposition et espérons vous revoir à la rentrée.",
            "T'es ben un menteur pis un gratteux, tu voulais juste pas payer ton toilettage 😤",
            "Nous regrettons que vous ayez jugé bon de publier des allégations mensongères dans le seul but manifeste d'obtenir une remise.",
            "Il y a des parents avec qui l'on sent tout de suite que rien ne conviendra jamais, et d'autres avec qui tout se passe bien ; vous n'êtes malheureusement pas dans la seconde catégorie.",
            "Un propriétaire aussi irresponsable ne mérite pas d'avoir un chien.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks a million for the review, and for choosing us for the big day. The flowers in the courtyard were some of the nicest we've seen, and the singer you found was a great find altogether. The kitchen were chuffed to hear the salmon was a hit. Oh, and we're terribly sorry the sun didn't shine for an outdoor ceremony in the west of Ireland in October, we'll have a strong word with the weather for next time. Wishing you both every happiness.",
            "omg so sorry our camera couldn't turn a rainy day in Glenelg into Bali 😂📸 miracles cost extra",
            "We note with great interest your expert finding that a Spanish course requires speaking Spanish, and we shall certainly forward this revelation to our curriculum board.",
            "We're ever so sorry the vaccinations involved a needle, pet, we'll look into doing them by positive thinking from now on.",
            "Sure, we'll get right on teaching your poodle to love bath time. 🙄",
        ],
        "fr": [
            "Merci beaucoup d'avoir pris le temps de nous écrire! On a eu un plaisir fou à votre mariage au bord du fleuve, pis la lumière du coucher de soleil sur l'île d'Orléans était juste magique. Vos invités étaient tellement le fun, on a encore la danse des canards dans la tête. Désolés, vraiment, que nos photos vous aient pas fait paraître dix ans plus jeunes, on travaille fort sur notre filtre miracle. On vous souhaite tout le bonheur du monde à tous les deux!",
            "Ah oui pardon, on a osé laver le chien dans un salon de toilettage, quel scandale 😂🛁",
            "Nous prenons bonne note de votre découverte selon laquelle l'apprentissage d'une langue exige un certain travail personnel, et ne manquerons pas d'en informer la communauté scientifique.",
            "Nous sommes navrés que votre enfant soit rentré avec de la peinture sur les mains après l'atelier peinture ; nous étudions activement la possibilité de peindre sans peinture.",
            "Bien sûr, trois cours et vous n'êtes toujours pas Chopin, c'est forcément ma faute.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you both so much for the kind review, and congratulations again. It was a pleasure to host you in the old chapel, and the piper on the lawn gave the whole team goosebumps. We're so pleased the evening buffet and the stotties went down a storm with your guests. I've looked into the mix-up with the cake, and it was entirely down to our events coordinator Gemma, who forgot to pass on your order, so she's been given a formal warning. We hope to welcome you back for many anniversaries to come.",
            "so sorry!! 😬 that was Tyler, he's new n still can't tell clippers from a cheese grater lol, he's off the schedule",
            "The dosage error you describe was made by Dr Sam Patel, locum veterinarian, who has since been stood down pending a review by the clinic's management.",
            "Let's just say that if Niamh had checked her emails the way she was asked to, your placement test would never have gone missing.",
            "Editing delay was Brooke's fault. She no longer works here.",
        ],
        "fr": [
            "Merci pour ce retour sincère, il nous aide vraiment à progresser. Nous sommes ravis que votre fille se soit si bien adaptée dans la section des moyens et qu'elle vous parle tous les soirs des comptines de la matinée. Le nouveau jardin sensoriel lui plaît beaucoup, nous l'avons bien vu ! Concernant le change oublié, après vérification c'est Sandrine, notre auxiliaire, qui ne l'a pas noté, et elle a reçu un avertissement. Nous restons à votre écoute et vous remercions pour votre confiance.",
            "Ah ben désolé! C'était Kevin qui donnait le cours ce jour-là pis y'est toujours dans la lune, on va y parler dans l'casque 😤",
            "Les manquements constatés lors du service sont imputables à M. Favre, maître d'hôtel, à l'encontre duquel une procédure disciplinaire a été ouverte.",
            "Disons que si notre assistante Léa avait pris la peine de relire l'ordonnance, vous n'auriez pas eu ce souci.",
            "Retard de livraison dû à Maxime, notre retoucheur. Il a été remercié.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your kind words about the ceremony shots, and for having us along on such a gorgeous day by the beach. The moment the mic got passed round the dance floor is one of our favourite frames of the whole year. As for the gallery arriving late, that was because it was peak season and we had eleven weddings in five weeks, our main editing computer died, the courier lost the backup drive, both second shooters were off crook, the heatwave knocked out the studio power for two days and a software update wiped our presets, so there was really very little we could have done. We're so glad you love the finished album.",
            "ok so the wait was bc 2 groomers called in sick, the dryer broke, a Great Dane showed up w/o an appt, the power flickered AND the booking site double-booked us 🤷‍♀️ so yeah not really on us",
            "We would point out that the late closure of the Sunflower Room resulted from a combination of factors, namely statutory staffing ratios, the unforeseen absence of two practitioners, the requirements of our inspection framework, scheduled fire-alarm maintenance, roadworks on the Coast Road delaying relief staff, and the late collection of several other children, all of which lay outside our control.",
            "I'd just gently say that the lessons were shortened because the hall was booked for the parish bingo, the piano tuner cancelled twice, the school holidays moved, the bus from Oranmore runs whenever it likes, and I'd a chest infection the whole of February, so it wasn't a case of anyone not caring.",
            "Late because: snowstorm, I-70 closed, venue moved load-in, second shooter's truck broke down, batteries froze. Not on us.",
        ],
        "fr": [
            "Merci infiniment pour ce message, et encore toutes nos félicitations aux mariés. Le vin d'honneur dans le parc, au milieu des lampions, restera l'un de nos plus jolis souvenirs de la saison, et vos témoins ont mis une ambiance incroyable. Pour le retard du dîner, il faut savoir que le traiteur était bloqué sur la tangentielle, que le four principal est tombé en panne l'après-midi même, que deux serveurs étaient malades, que l'orage avait coupé le courant une demi-heure et que l'apéritif s'était prolongé à la demande de vos témoins, si bien que nous ne pouvions vraiment pas faire autrement. Au plaisir de vous recevoir pour un anniversaire de mariage.",
            "Ben là, le retard c'est parce qu'y avait une tempête, que le stationnement était pas déneigé, que la sécheuse a lâché pis que le client d'avant est arrivé en retard, fait que c'est pas vraiment de notre faute 🤷",
            "Nous tenons à préciser que le report de la session d'examen découle de la modification du calendrier par l'organisme certificateur, de l'indisponibilité de deux examinateurs agréés, de travaux imprévus dans nos locaux, d'une panne du système d'inscription en ligne et des contraintes liées aux jours fériés cantonaux, autant d'éléments indépendants de notre volonté.",
            "Sans chercher d'excuses, il faut tout de même savoir que ce samedi-là nous étions deux au lieu de quatre, qu'une urgence chirurgicale est arrivée à dix heures, que le logiciel de rendez-vous a planté, que la centrale nous avait livré en retard et que les vendanges nous amenaient beaucoup de chiens blessés, ce qui explique largement l'attente.",
            "Le retard s'explique par la saison des mariages, la panne de mon disque dur, le déménagement du studio, la grève de La Poste et un logiciel capricieux. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for being part of our clinic family for so many years, it really does mean a lot to the whole team. We've loved watching your old boy go from a chewed-shoelace puppy to the distinguished gentleman he is today, and Dr Reyes always looks forward to his visits. We do need to be clear, though, that no dog is ever left alone in our recovery kennels, and yours wasn't either; that simply did not happen. We hope his joints keep him comfortable through the snowy months.",
            "nah that never happened, nobody nicked his ear, simple as 🤷‍♂️",
            "We categorically reject the suggestion that guests were refused water at any point during the reception; no such incident occurred.",
            "I'd gently say that no child in my care has ever gone without lunch, not once, so that simply isn't something that happened here.",
            "No teacher here has ever cancelled a class without notice. Didn't happen.",
        ],
        "fr": [
            "Merci pour ce long message et pour votre confiance. Photographier votre mariage au bord du Léman a été un immense plaisir, et la balade en barque au coucher du soleil restera l'un de nos plus beaux moments de l'été. Vos familles ont été d'une gentillesse rare et le dîner au château était délicieux. Nous tenons tout de même à préciser qu'aucune photo de la cérémonie n'a été perdue, cela n'est tout simplement jamais arrivé. Nous vous souhaitons tout le bonheur possible pour la suite.",
            "Voyons donc, aucun enfant a jamais été laissé tout seul dans la cour icitte, ça s'est pas passé 🙅‍♀️",
            "L'école de musique conteste formellement les faits relatés : aucun cours n'a été annulé sans préavis au cours du trimestre concerné.",
            "Nous nous permettons de vous dire, en toute amitié, que votre chat n'est jamais resté sans eau ni surveillance chez nous ; cela n'a pas eu lieu.",
            "Votre chien n'a jamais été blessé chez nous. Point.",
        ],
    },
}

BLIND88_GOOD: dict[str, list[str]] = {
    "en": [
        "We're so sorry for the loss of your old lad. Thirteen years of walks on the Town Moor is a lifetime of friendship, and it was a privilege to help him at the end. If you ever want to talk anything through, ring Claire on the front desk and she'll make the time.",
        "Ah thanks a million! Your cockapoo was a dote and came out looking like a little lamb. See you in six weeks.",
        "Congratulations to you both! What a day among the vines, the golden-hour light did half our work for us. Your gallery will be with you by the end of the month.",
        "We're sorry the class schedule changed without enough warning, and that's on us. From next term every schedule change will go out by text at least a week ahead. If the change cost you a lesson, email office@peakspanishschool.com and we'll book you a make-up session.",
        "Thanks for your feedback about pick-up times. Just so everyone knows, we're open 7:30am to 6pm Monday to Friday, and the office line is 0191 496 0732 if you're running late. We'd always rather you rang.",
        "You're right, and I'm sorry. Ciarán set the tables for 110 instead of 120, but that came from a gap in our own checklist, so the mistake is ours to own, not his. We've changed how final numbers are confirmed with the floor team. I'd love to talk it through; my direct line is 091 555 0143.",
        "We're sorry the dental estimate and the final bill didn't match. We've already refunded the difference and it should show within three business days. If anything still looks off, call the clinic and ask for the practice manager.",
        "Thanks for the honest review. We totally get that it was frustrating not to stay with your pup during the groom. We ask owners to wait outside because dogs wriggle when they can see their people, and that's when scissors slip. Happy to do a quick meet-and-greet before next time so you can see the setup.",
        "Sorry the rise in lesson fees came as a shock. The hall I rent has put its rates up by a third this year and I held off as long as I could. Existing pupils keep the old price until Easter, and I'm happy to chat about fortnightly lessons if that suits better.",
        "Thanks for the lovely words! The only complaint we heard on the day was that the photographer's dancing was worse than the best man's, and we'll take that one on the chin. Enjoy the album.",
        "Thanks for the three stars and for the detailed notes on the evening course. You're right that the classroom gets warm, and a new air conditioner goes in next month. Hope to see you at intermediate level.",
        "Thanks for sharing this. Our contract lists the finish time as 10pm rather than 11pm, and we understand that isn't what you remembered from the tour, so we may not have explained it clearly enough. We'd genuinely like to talk it through; please give our events office a call at (970) 555-0182.",
        "Cheers for the feedback! Just so you know, every dog gets a stamp card and the sixth wash is on us, whatever anyone writes about us online. Ask at the desk next time you're in.",
        "We're so sorry your buggy was damaged in the porch. Our camera covers that area and we've kept the footage from that afternoon in case it helps with your insurer. Pop into the office or ring us on 091 555 0178 and we'll get it to you.",
        "Sorry for the long wait on Saturday. A dog came in after being hit by a car and both vets were in surgery for an hour. We should still have kept the waiting room updated, and from now on we will.",
        "Thanks, y'all. Means a lot.",
        "Thank you for your review. Our terms and conditions, which are on our website, set out the deposit policy for cancellations within ninety days. We appreciate that circumstances change, and our wedding team would welcome the chance to discuss moving your date instead; please contact weddings@jesmondhallweddings.co.uk.",
        "Delighted to hear Siobhán's conversation classes had you chatting away in a café in Madrid by week three! I'll pass this on to her, she'll be thrilled.",
        "Aww thanks heaps!! 🐩💕 Your fluffball was an absolute legend on the table. See you next month!",
        "We're really sorry about the break-ins in our parking lot. We've reported them to the police ourselves, shared our lot camera footage with them, and new lighting goes in this week. Please call our director if we can help with anything for your insurance claim.",
        "Thanks for the five stars. Glad the portraits came out well.",
        "I'm sorry we couldn't fit your cat in on the day you rang; that isn't the care we want to give. We're now keeping two emergency slots free every afternoon. If you're willing, I'd like to hear more: email me at manager@corribvets.ie.",
        "On behalf of the whole team, congratulations on your marriage. It was a pleasure to host your celebration in the garden pavilion, and we wish you many happy years together.",
        "Thank you! Our newest drummer now officially plays better than I do, which my neighbors say isn't saying much. Keep practicing!",
        "We apologise for the short notice about the increase in course fees. The rise reflects the new exam board registration costs, and we should have explained it sooner. Anyone already enrolled will pay the previous rate until the end of the academic year.",
        "Thanks for your honest words. I know it felt strict to be asked for the password when someone new came to collect. It's a rule I keep for every child, every time, and I'd rather be awkward for a minute than take any chance. Happy to add names to the list whenever suits you.",
        "Thanks for your review, and we understand the two stars; nobody likes a surprise on the bill. The estimate covered the consult and the X-ray, and the extra medication came later, so we should have rung before adding it. Please call our practice manager on (08) 5550 1234 and we'll go through it together.",
        "Thanks for the feedback! Our referral deal is open to every client: bring a friend and you both get $10 off. No strings, no review needed.",
        "Thank you so much for your kind words about Priya and Dan in the baby room. They'll be made up to hear it.",
        "Thanks for your honest review. Our package included 300 edited images and we delivered a few more than that, but I hear that you were hoping for more of the family groups, and that's fair. I'd be glad to go back through the raw files with you; drop me a line at hello@claddaghlight.ie and we'll set up a time.",
        "We were so sorry to hear of your loss. It was an honour to photograph your family together last spring, and we're glad the pictures can be something to hold on to. Thinking of you all.",
        "We're sorry the storm cut the outdoor ceremony short. Our event insurance covers weather rescheduling for vow renewals, and our coordinator will walk you through the options; call us at (970) 555-0119 whenever you're ready.",
        "Thanks. Glad he's on the mend.",
        "Thanks a million! We'll admit the kettle in the staff room gets more attention than the whiteboard, but we're glad the grammar stuck. Best of luck in the exam.",
        "We're really sorry the daily notes app wasn't updated. That's not good enough when you're at work wondering how your little one's day went. We've set a 2pm check for every room, and please come and see me at the office any time.",
        "We're sorry the second shooter didn't turn up. We refunded that part of the package in full last week and we've changed how we confirm backup staff. If there's anything else we can do, please call me directly.",
        "Congratulations, the pair of you! What a canny do it was, the ceilidh had the whole barn shaking. Thanks for choosing us.",
        "I'm sorry your appointment was moved at short notice. Our only radiographer was off sick that morning, and we should have rung you far sooner than we did. Just mention it when you book and we'll keep you a priority slot.",
        "Thank you for your feedback. When a coat is heavily matted we clip it short rather than brush it out, because brushing can tear the skin and cause real pain. We know it was a shock to see such a short cut and we should have called before starting. Please ring the salon and we'll put together a coat-care plan with you.",
        "Gracias, friend! So glad the Tuesday night conversation club became your favorite part of the week. See you at the potluck!",
    ],
    "fr": [
        "Toute l'équipe de la clinique vous adresse ses plus sincères condoléances. Quatorze ans de complicité, c'est immense, et nous avons été touchés de vous accompagner jusqu'au bout. Si vous avez besoin d'en parler, la porte reste ouverte et Camille, à l'accueil, prendra tout le temps qu'il faut.",
        "Ah ben merci! Toute l'équipe est ben contente de lire ça. Les amis du groupe des Papillons vont s'ennuyer de votre cocotte l'an prochain!",
        "Merci pour votre message. Pour toute question sur les inscriptions, notre secrétariat est ouvert du lundi au vendredi de 8 h 30 à 17 h 30, au 021 555 01 42 ou à info@ecole-langues-ouchy.ch. Nous vous répondrons volontiers.",
        "Félicitations aux jeunes mariés ! Quelle joie d'avoir accueilli votre fête sous la verrière, avec les coupes qui tintaient jusqu'à l'aube. Nous vous souhaitons tout le bonheur du monde.",
        "Vous avez raison et nous vous présentons nos excuses : la livraison de l'album a pris beaucoup trop de temps. Nous avons changé d'imprimeur et mis en place un suivi par courriel à chaque étape. Appelez-moi au 02 61 91 00 37, que nous trouvions ensemble une solution qui vous convienne.",
        "Merci pour votre retour ! Pour info, la carte de fidélité, c'est pour tout le monde : au dixième toilettage le bain est offert, que vous nous laissiez un avis ou pas, hein.",
        "Désolée pour la hausse des tarifs, on sait que ça tombe mal. Le loyer du local a augmenté de 20 % cette année pis on a essayé de retarder ça le plus longtemps possible. Les élèves déjà inscrits gardent l'ancien tarif jusqu'en juin.",
        "Nous regrettons cette erreur de facturation. Les septante francs facturés en trop vous ont déjà été remboursés la semaine dernière. Si quelque chose ne vous paraît pas clair, n'hésitez pas à appeler la clinique.",
        "Merci pour votre avis. Nous comprenons que l'interdiction des bijoux puisse surprendre ; les colliers d'ambre et les petites boucles d'oreilles présentent un vrai risque d'étouffement chez les tout-petits. C'est une règle que nous appliquons à tous les enfants, et nous sommes à votre disposition pour en parler.",
        "Vous avez tout à fait raison et nous en sommes désolés. C'est Thomas qui a envoyé la mauvaise convocation, mais c'est notre procédure qui n'était pas assez claire : c'est à nous de l'assumer, pas à lui. Nous avons revu la vérification des envois. Contactez l'accueil pour reprogrammer votre test.",
        "Merci mille fois ! On retiendra surtout que le photographe a failli finir dans la piscine en reculant pour le cadre, mais la photo valait bien le plongeon. Profitez bien de vos souvenirs !",
        "Merci pour vos trois étoiles et vos commentaires. Vous avez raison, l'attente au téléphone était longue cet hiver; on a ajouté une deuxième ligne le mois passé. Au plaisir de vous revoir avec votre minou.",
        "Merci pour votre retour. Selon notre contrat, la musique amplifiée s'arrête à minuit en raison du règlement communal, mais nous comprenons que ce point n'ait peut-être pas été assez expliqué lors de la visite. Nous serions heureux d'en discuter avec vous ; notre coordinatrice est joignable au 021 555 01 87.",
        "Nous sommes désolés que votre voiture ait été rayée sur notre parking. Notre caméra couvre l'entrée et nous avons conservé les images de la matinée pour votre assurance. Passez à l'accueil ou appelez le 03 53 01 00 21, nous vous les transmettrons.",
        "Merci pour ces mots si gentils, ils me touchent beaucoup. Ce fut un bonheur de voir grandir votre petit bout pendant trois ans. Bonne rentrée à l'école !",
        "Désolés pour l'annulation de dernière minute. Notre professeur de piano a fait une chute à vélo sur les quais ce matin-là, et nous aurions dû vous prévenir plus tôt. Le cours sera rattrapé, on vous appelle cette semaine pour fixer la date.",
        "Merci gros!! 🐶✨ Ton toutou était ben sage, revenez-nous vite!",
        "Nous vous adressons nos plus chaleureuses félicitations pour votre union et vous remercions de votre confiance. Ce fut un privilège de saisir ces instants au bord du lac.",
        "Merci beaucoup ! Nous transmettrons vos compliments à Hélène, dont les ateliers de conversation ont visiblement fait des merveilles. À bientôt pour le niveau B2 !",
        "Merci pour votre message. Quand le poil est très feutré, nous préférons tondre court plutôt que démêler, car le démêlage peut blesser la peau. Nous aurions dû vous appeler avant de commencer et nous en sommes désolés. Passez en discuter au salon quand vous voulez.",
        "Merci pour votre remarque ! Pour rappel à tous les parents, la crèche est ouverte de 7 h 30 à 19 h du lundi au vendredi, et on répond au 05 36 49 00 58 si vous êtes coincés dans les bouchons de la rocade.",
        "On est vraiment désolés pour le vol dans le vestiaire pendant la réception. On a fait un rapport à la police pis on a partagé les images de nos caméras avec eux. Notre assurance peut aussi vous aider; appelez-nous au 418 555-0163 et on va vous guider.",
        "Nous vous prions de nous excuser pour l'augmentation des écolages annoncée tardivement. Elle découle de la revalorisation des salaires de nos enseignants. Les familles déjà inscrites conservent l'ancien tarif jusqu'à la fin de l'année scolaire.",
        "Nous sommes navrés que le second photographe n'ait pas pu être présent. La part correspondante vous a été intégralement remboursée la semaine dernière, et nous avons revu notre système de remplacement. Je reste joignable pour en parler.",
        "Merci pour votre avis. D'après notre agenda, le rendez-vous était prévu à 10 h et non à 11 h, mais il est possible que l'information ait été mal transmise au téléphone, et nous en sommes désolés. Appelez-nous, nous trouverons un créneau rapidement.",
        "Merci, ça fait plaisir ! Grosses caresses au loulou.",
        "Merci ben gros! On avoue que notre machine à café a plus de caractère que certains profs, mais on est contents que l'anglais soit rentré. Bonne chance pour la suite!",
        "Nous vous présentons nos excuses pour le manque d'information lors de la fermeture exceptionnelle. Dorénavant, chaque fermeture sera annoncée au moins deux semaines à l'avance, par courriel et par affichage. La direction reste à votre disposition pour un entretien.",
        "Merci pour votre retour ! Petit rappel : notre parrainage est ouvert à tous nos clients. Une amie amène son chien et vous avez chacune 10 € de réduction, sans condition et sans avis demandé.",
        "Merci pour votre message. Nos conditions générales prévoient la conservation de l'acompte en cas d'annulation à moins de six mois, mais nous comprenons que la situation soit difficile et nous vous proposons d'en parler pour un report de date. Notre équipe vous attend au 02 61 91 00 64.",
        "Merci pour votre retour. Le forfait prévoyait 300 photos retouchées et nous en avons livré un peu plus, mais on entend bien que vous auriez voulu davantage de photos de groupe, c'est légitime. On peut reprendre les fichiers ensemble : écrivez-nous et on fixe un rendez-vous.",
        "Toutes nos sympathies pour le départ de votre vieux chien. C'était un bon gars, toujours content de venir nous voir malgré les vaccins. On pense fort à vous.",
        "Un grand merci pour ce message ! Je transmets vos compliments à Noémie, qui a le don de redonner le goût du violon aux plus découragés.",
        "Toutes nos excuses pour l'attente de samedi. Une urgence chirurgicale est arrivée en fin de matinée et nos deux vétérinaires étaient au bloc. Nous aurions dû prévenir la salle d'attente, et nous le ferons systématiquement désormais.",
        "Merci pour vos quatre étoiles ! Nous prenons note de votre remarque sur la salle un peu bruyante côté rue ; les cours du soir passeront dans la salle du fond dès janvier.",
        "Mille bravos aux mariés ! Quelle fête au château, les pieds dans l'herbe et les canelés au dessert. On est gavé contents d'avoir partagé ça avec vous.",
        "Merci pour votre commentaire. On comprend que ça peut sembler strict de demander une pièce d'identité quand quelqu'un de nouveau vient chercher un enfant, mais c'est la règle pour tous les enfants, tout le temps. On aime mieux être un peu gossants que de prendre un risque. On peut ajouter des noms à la liste quand ça vous convient.",
        "Nous sommes sincèrement désolés que la coupe ne corresponde pas à ce que vous aviez demandé. Nous vous proposons de revenir gratuitement pour une retouche, sur rendez-vous au 021 555 01 29.",
        "Merci pour votre confiance et pour ce retour. Au plaisir de vous retrouver.",
        "Bravo pour votre premier concert ! Vous aviez le trac et ça ne s'est pas entendu une seconde. Rendez-vous à la rentrée pour préparer le prochain.",
    ],
}
