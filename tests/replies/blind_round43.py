"""Blind reply set, round 43: owner replies the pre-post check has never seen.

Who and when: written by helper 18b41, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of a pizzeria, a dental practice, a garden centre, an electrician, a
bike-sharing app, a guesthouse (chambre d'hôtes), a fishmonger, a nail salon,
a coworking café and a ferry company.  Each French reply was written directly
in French, not translated.  Names, phone numbers (from ranges reserved for
fiction), addresses, booking references and e-mail addresses (on .example
domains) are invented; no real person's data is used.  Apart from the writer
brief itself, the writer read ONLY the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other helper's worktree, the git history or
/work/.library; did not search the code; and did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Parisian and Toulouse French (Occitan-flavoured: "peuchère",
"macarel", "ensuqué"), French with English loanwords, bureaucratic French;
Scottish and Indian English, chatty English with emojis, clipped business
English; veiled and polite phrasings, slang and one-liners; and, for every
code and language, one long warm reply (the first of each list) whose fault
sits in a single sentence in the middle.  Good replies include look-alikes
that are not faults: loyalty, birthday and bring-a-friend schemes open to all
whatever they write, five stars quoted neutrally, the business's own phone,
e-mail, address and opening hours, legal terms, certification, insurance and
medical confidentiality mentioned neutrally, "we know how..." empathy, staff
praised by first name, an employee's mistake owned by the business, team
training owned by managers, refunds already made, condolences,
congratulations, safety rules explained kindly (power isolation, closed
decks, patch tests, helmets), polite factual corrections, one honest reason
with an apology, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND43_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Och, thank you so much for coming into our wee pizzeria on a dreich Tuesday night and for taking the time to write. We're chuffed the nduja and hot honey went down so well, and Marco was delighted you asked for a second helping of his garlic dips. It's folk like you that make the long shifts at the oven worth it. If you'd be kind enough to bump this review up to five stars, your next family margherita is on the house. Hope to see you and the bairns again soon!",
            "OMG thank uuu 💅💖 update ur stars to 5 and ur next gel infill is totally FREE 😍✨ just show us the screenshot babe",
            "Dear Sir, kindly do the needful and revise your rating at the earliest, and we shall be happy to extend 20% discount on your next scaling and polishing at our clinic.",
            "Noted. Rating revised to 5 = one month hot-desk credit applied. Reply to confirm.",
            "Should you feel able to reflect the happy resolution in an updated review, we would be glad to upgrade your next crossing to a cabin at no extra charge.",
        ],
        "fr": [
            "Bonjour et mille mercis pour ce gentil message, ça nous a fait un plaisir fou de vous recevoir à la maison ! On est ravis que la chambre sous les tuiles roses vous ait plu et que vous ayez profité du jardin et des figues du vieux figuier. Mon mari tient à vous dire que vous êtes les premiers à avoir fini son cassoulet sans rien laisser, peuchère. Si vous passez votre note à cinq étoiles, on vous offre la nuit supplémentaire lors de votre prochain séjour. Au plaisir de vous revoir du côté de Toulouse !",
            "Merci frérot ! Tu mets 5 étoiles et ta prochaine Regina elle est pour nous, deal ? 🍕",
            "Hello ! Si tu updates ta review en 5 stars, on te crédite 30 minutes de ride free sur l'app 🚲 Win-win !",
            "Il est porté à votre connaissance qu'une révision favorable de l'appréciation déposée ouvre droit à une remise de 15 % sur toute intervention ultérieure de nos services.",
            "Un petit geste de votre part sur la note, et on saura vous le rendre au prochain passage à l'étal… 😉🐟",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your thoughts after your visit to the garden centre last weekend. We're genuinely sorry the olive tree you chose struggled once it was home, and we know how disappointing that is after looking forward to it. Please be aware that our solicitor now has a copy of this review and we will not hesitate to take action if it stays up. In the meantime our plant team are always happy to give aftercare advice in the café. We hope you'll find something that thrives with you next spring.",
            "Madam, we have CCTV footage of your visit and we know exactly who you are. Better remove this post before we share the same on our page.",
            "Defamatory content. Legal notified. Withdraw within 48h.",
            "lol ok 🙂 just so u know we can see ur account and every single ride u've taken 👀🚲 maybe think twice before posting stuff like this",
            "Ah'd have a wee think aboot whether ye want yer name attached tae that, pal. It's a small toon and folk talk.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre rendez-vous au cabinet. Nous sommes sincèrement désolés que la pose de votre couronne ne se soit pas passée aussi sereinement que vous l'espériez, et toute l'équipe a à cœur que chaque patient se sente en confiance. Nous tenons toutefois à vous informer que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si cet avis n'est pas retiré sous huit jours. Nous restons bien entendu à votre écoute pour tout suivi de vos soins. Bien cordialement.",
            "Oh peuchère, on sait très bien qui vous êtes, hein, ici tout le monde se connaît. Réfléchissez bien avant d'écrire ce genre de choses.",
            "Petit reminder : on a ton profil LinkedIn et on connaît ton boss. Ce serait dommage que ça remonte jusqu'à lui, non ? 😉",
            "La compagnie se réserve le droit d'engager toute poursuite à l'encontre de l'auteur du présent avis et de solliciter auprès de la plateforme la communication de son identité.",
            "Continuez comme ça et on publie les images de la caméra du parking, vous allez adorer.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for staying with us at the guesthouse, it was a real pleasure to have you. We're glad the sea-view room and the porridge with a wee dram of cream set you up for those long walks along the coast. Since we've kept your mobile, 07700 900417, on file along with your coeliac diagnosis, we'll ring you ourselves when the new gluten-free breakfast menu launches. Our wee dog Bramble is still looking for you at the door every morning. Haste ye back!",
            "Dear Mr. Rao, as discussed, your wisdom tooth extraction on 3rd June and your diabetes were the reason for the slow healing, so kindly follow the prescription given.",
            "Hey Chloé!! 💅 saw u came in Tuesday 4pm for the acrylic removal after that fungal thing 🙈 hope it's all cleared up now xx",
            "Job ref 4471. Site: 14 Carrick Lane, flat 2/1. Keys returned to occupant 09:12. Installation complete.",
            "We're sorry the ride ended on a sour note; our logs show you docked the bike at 23:48 just outside your building at 22 Maple Crescent, so the trip did close normally there.",
        ],
        "fr": [
            "Merci beaucoup, Madame, pour votre fidélité et pour ce mot qui nous a fait chaud au cœur. Toute l'équipe de la poissonnerie est contente de vous voir chaque vendredi, et on est ravis que le bar de ligne ait fait l'unanimité au dîner. Comme vous nous l'aviez confié au comptoir, avec votre grossesse vous évitez les huîtres crues, alors on a réservé vos filets de cabillaud pour samedi au nom de Mme Lefèvre, 06 39 98 12 34. On vous garde aussi quelques citrons de Menton. À vendredi prochain !",
            "Bonjour Monsieur Castan, vous étiez bien chez nous du 8 au 10 août, chambre Violette, avec votre compagne, et vous avez réglé par chèque.",
            "Hello Julien ! On t'envoie l'invoice à ton adresse perso, 18 rue Bayard, comme d'hab, et on a noté ton 06 39 98 45 67 pour le follow-up 👍",
            "Il ressort de votre dossier médical que le traitement parodontal entrepris le 14 février dernier a été interrompu de votre propre initiative.",
            "Votre réservation n° BX-20931, cabine 212 avec votre fils de 6 ans, a bien été remboursée sur la carte se terminant par 4417.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch, and for letting us rewire the kitchen in your new place. We know moving house is stressful, and we really did try to keep the mess to a minimum and the power off for as short a time as possible. Frankly, though, anyone in the trade can see you're making this up to dodge the bill. The certificate and photos are with you, and our office is open weekdays if you'd like to go through anything. We wish you all the best in the new home.",
            "Sweetie you clearly don't know what a gel manicure even is 🙄💅 you're honestly just a serial complainer, bless",
            "Madam, you are simply lying to get free treatment. Such people are the reason for the bad name of dentists.",
            "Reviewer is a known time-waster. Ignore.",
            "Aye right, ya numpty. Ye widnae know a haddock fae a hake if it slapped ye.",
        ],
        "fr": [
            "Bonjour et merci d'avoir séjourné chez nous le temps d'un week-end. On espère que vous avez quand même profité du marché du dimanche et de la terrasse au soleil, qui reste notre petite fierté. Mais soyons honnêtes, vous mentez effrontément pour obtenir un remboursement, et ce n'est pas très joli. Nos portes restent ouvertes à tous les voyageurs de bonne humeur. Belle fin d'été à vous.",
            "Franchement, t'es un gros relou, toute la salle t'a vu faire ton cinéma.",
            "Désolé mais ta review c'est du full bullshit, t'es juste un hater 🤷",
            "Il apparaît que l'auteur du présent avis, manifestement animé d'une intention de nuire, cherche uniquement à obtenir un avantage indu.",
            "Espèce d'ensuqué, vous avez mangé la pizza la plus légère de Toulouse et vous venez vous plaindre qu'elle était lourde ?",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for sailing with us and for taking the time to write to us afterwards. We're sorry the crossing to the island was rougher than the forecast promised, and we know a choppy sea can take the shine off a holiday. Next time we'll be sure to ask the North Atlantic to calm down specially for you, since the weather is clearly our fault. The crew did their best to keep everyone comfortable, and the café stayed open the whole way. We hope to welcome you aboard again on a calmer day.",
            "omg so sorry our bikes don't come with a personal chauffeur 😭😭 we'll get right on that 🙃🚲",
            "Wonderful, sir, thank you for teaching us electrical work after our 25 years in the field. We are truly enlightened.",
            "Noted: wifi should also make the coffee. Forwarded to IT.",
            "What a pity the salmon didn't swim into your basket already filleted. We shall begin training them at once.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, qui nous a été transmis par l'équipe de la jardinerie. Nous sommes désolés que votre hortensia ait souffert pendant l'été, c'est toujours un crève-cœur de voir une plante qu'on a choisie avec soin faner sur le balcon. Nous ferons évidemment pleuvoir sur commande la prochaine fois, puisque la sécheresse d'août est manifestement de notre faute. Nos conseillers sont présents tous les jours au rayon extérieur pour vous aider à choisir des variétés plus résistantes. Au plaisir de vous revoir au printemps.",
            "Ah oui, pardon, on aurait dû vous livrer la pizza en trottinette dorée avec un violoniste. Quelle négligence de notre part.",
            "Wow, merci pour ce feedback so constructive 🙄 On va direct pitcher l'idée au board.",
            "La direction prend bonne note de votre expertise manifeste en odontologie, acquise sans doute au cours d'une brillante carrière que nous ignorions.",
            "Macarel, un ongle cassé trois semaines après la pose, quel drame ! On appelle le SAMU ou ça peut attendre ?",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for your kind words about Dr. Menon and the whole team, it truly means a lot to all of us. We are happy to hear that your implant procedure went smoothly and that you felt comfortable throughout. The billing mix-up was entirely the fault of our receptionist Kavya, who has been given a formal warning and will not be handling accounts any more. We look forward to seeing you for your six-month check-up. Wishing you and your family good health.",
            "Soooo sorry!! that was Jess on the oven, she's new and honestly useless lol 🙈 she's been taken off Friday nights 🍕",
            "Fault traced to technician D. Murray. Disciplinary process under way.",
            "Aye, that'll be wee Callum on the till again. He's had his final warnin', dinnae you worry.",
            "We can confirm that the barista who served you that afternoon, Tom, is no longer with us following your complaint.",
        ],
        "fr": [
            "Merci pour ce retour et pour votre fidélité, ça fait plaisir de vous voir passer presque chaque semaine depuis l'ouverture. On est vraiment désolés que votre calzone de samedi soir n'ait pas été à la hauteur de d'habitude. C'est Kevin, notre pizzaïolo du soir, qui a complètement raté la cuisson, et il a été mis à pied pour ça. On espère vous revoir très vite pour vous montrer ce qu'on sait faire. Belle semaine à vous !",
            "Sorry pour le bug ! C'est Mathilde du support qui a mal géré ton ticket, on l'a recadrée en one-to-one 👀",
            "L'incident est imputable à M. Dufresne, agent d'accueil, à l'encontre duquel une procédure disciplinaire a été engagée.",
            "Ah ça, c'est encore la Sandrine qui a fait n'importe quoi avec le vernis, on lui a bien remonté les bretelles, croyez-moi.",
            "Nous avons identifié la vendeuse du rayon vivaces, Élodie, qui vous a mal conseillé ; elle ne sera plus affectée à ce rayon.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you so much for staying with us, and for being so patient on that chilly first night. We're glad the views over the loch and the homemade shortbread made up for a wee bit of it. The boiler was only late being fixed because the plumber was stuck behind a tractor, the part had to come from Inverness, the power dipped twice that week, our usual handyman was at his daughter's wedding and, to be fair, it was the coldest night of the year. Everything is toasty again now. We'd love to welcome you back in the spring.",
            "Sir, delay was due to traffic, then supplier did not send the fuse box, then rain came, then our van had puncture, then the building watchman did not allow entry, so kindly understand our position.",
            "soooo the app crashed bc of the server update + the storm + a bank holiday + our dev was off sick + loads of riders at once 😩😩 so like, not really on us?? 🚲",
            "Delay factors: staff shortage, supplier delay, system migration, public holiday, weather, demand spike.",
            "Please understand that the tide tables, the harbour works, the new ticketing system, the crew rest regulations and an unannounced inspection all coincided that morning, none of which could reasonably have been foreseen by us.",
        ],
        "fr": [
            "Merci pour votre petit mot, et merci d'être fidèle à l'étal depuis tant d'années. On sait que vous aimez la dorade bien fraîche et on est désolés qu'il n'y en ait plus eu samedi quand vous êtes passée. Il faut dire que le camion de Sète est arrivé en retard, que la criée avait fermé plus tôt, que la glace manquait, que mon commis était malade et qu'avec la chaleur tout le monde voulait du poisson en même temps. Samedi prochain, on vous en met une de côté si vous voulez. À bientôt au marché !",
            "Alors oui, il y a eu de l'attente, mais bon : grève RATP, deux assistantes en congé, le logiciel qui plante, une urgence qui arrive et les travaux dans la cour, faut comprendre aussi.",
            "Le delay c'était à cause du rush, du staffing short, de la supply chain, du wifi down et d'un onboarding de nouveaux members le même jour, so…",
            "Le retard constaté résulte de la conjonction de facteurs exogènes, à savoir les conditions météorologiques, l'indisponibilité d'un fournisseur, une évolution réglementaire, un contrôle inopiné et un arrêt maladie, lesquels ne sauraient être imputés à l'entreprise.",
            "Bon, le gel a pas tenu, mais entre la canicule, la lampe UV qui faiblissait, le fournisseur qui a changé la formule, la clim en panne et le rush du samedi, hein…",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks a million for coming in and for giving our new sourdough base a go. It's lovely to hear the kids enjoyed making their own mini pizzas at the counter, and we'll pass your compliments on to the kitchen. But there was no hair in your pizza; that simply did not happen in our kitchen. We'd still be happy to see you back for the Friday family deal anytime. All the best from all of us.",
            "No such incident recorded. Claim rejected.",
            "Madam, our staff never speaks rudely to anyone. This has not happened at our salon, full stop.",
            "nope, never happened 🙅‍♀️ our bikes are checked every day so the brakes were 100% fine 👍",
            "We have reviewed your comments carefully and must respectfully state that the desk you describe was not double-booked at any point.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir fait appel à nous pour la rénovation électrique de votre appartement. C'était un chantier agréable et nous avons apprécié votre accueil et le café du matin. Mais non, notre technicien n'est jamais reparti en laissant des fils dénudés, c'est tout simplement faux. Nous restons disponibles pour toute autre intervention et vous souhaitons beaucoup de bonheur dans votre nouvel intérieur. Bonne journée !",
            "Des punaises de lit ? Jamais eu, jamais vu, ça n'existe pas chez nous.",
            "Aucun double charge sur ton compte, c'est juste impossible, notre système est full clean.",
            "La compagnie conteste formellement l'ensemble des faits allégués, aucun retard n'ayant été enregistré sur la traversée concernée.",
            "Le poisson pas frais ? Mais jamais de la vie, vous avez rêvé.",
        ],
    },
}

BLIND43_GOOD: dict[str, list[str]] = {
    "en": [
        "Cheers for the lovely words! Glad the nduja pizza hit the spot on a dreich night. See you soon.",
        "Thank you for your feedback. We are sorry the waiting time was long on Saturday. We have now added one more dentist on weekend mornings. Kindly call our front desk on 0141 496 0000 if you wish to discuss further.",
        "Thanks for coming along to the spring plant fair! Just so you know, our Green Thumb card is free for everyone at the till, and every tenth coffee in the café is on us, no strings attached.",
        "Thanks for your patience. We understand it was frustrating to have the power off for so long; we always isolate the circuit at the board before starting so nobody can get a shock, and we should have told you how long it would take. Sorry about that.",
        "Sorry about the dock that wouldn't release your bike 😕 We've refunded the ride and sent a technician to that station. Thanks for flagging it! 🚲",
        "We were so sorry to read of your loss, and please accept our heartfelt condolences. It was a privilege to look after you for those few days, and our door is always open.",
        "We'll admit it: our sign-writer spelt 'langoustine' three different ways and we still haven't fixed it. Thanks for the kind words about the haddock!",
        "Thank you so much! 💅 Mei will be thrilled you loved your chrome nails, she's been practising that finish for weeks ✨",
        "Thanks. Wifi upgraded this week: faster line, two new access points. Further feedback welcome at hello@thedeskcafe.example.",
        "Thank you for travelling with us. We're sorry the outer deck was closed during your crossing; when the wind picks up past a certain force, the captain closes it for everyone's safety. We know the view is part of the trip and hope you'll enjoy it next time.",
        "Thanks for your review. Just a small correction: our dough is made here every morning, not bought in. We hear you on the saltiness, though, and have passed that on to the kitchen. We'd love you to give us another try.",
        "We're very sorry. Our receptionist booked you in for the wrong day, and that is our responsibility as a practice, not hers alone. Every appointment now gets a confirmation message so it doesn't happen again.",
        "We take any mention of legal issues seriously, so to be clear: all our electricians are fully certified and insured, and you're welcome to request a copy of the certificate for your job at any time.",
        "Our shop is at 4 Harbour Row and we're open 7am to 1pm, Tuesday to Saturday. Pop in any time and ask for me, Iain.",
        "Aww thanks!! 🥰 so happy the new e-bikes made that hill bearable 😅 ride safe!",
        "Thank you for your stay with us. We are sorry the hot water was not proper in the morning. The geyser has now been replaced. Kindly do visit again, we shall be happy to host you.",
        "Aye, fair play, our car park puddle is now big enough to have its own postcode. It's getting resurfaced next month, promise.",
        "Apologies for the 40-minute delay. Cause: low tide at the berth. Fare difference refunded to the original payment method.",
        "Thanks for the five stars! No need to do anything else: the free birthday dessert is for every customer, review or no review.",
        "We've spoken with the whole team about how we greet customers at the counter. This is a training issue for us as managers, and we're sorry.",
        "Our coffee machine has more moods than a Glasgow summer. It's been serviced, and Ana says it's behaving now. Sorry about the wait!",
        "Thanks for asking about the products. For everyone's safety we do a small patch test before any new gel system; it takes ten minutes, and we're sorry nobody explained why.",
        "Thanks for the feedback! Our bring-a-friend day pass is open to all members, so your friend can have a free day whenever you like.",
        "Thanks for the review. Just to clarify, the call-out fee is listed on our website and was on the quote; we'll make it clearer on quotes from now on. Happy to talk it through on 0131 496 0123.",
        "Thank you for the order, sir. We are sorry the pizza reached you cold. We have refunded the full amount and our riders now carry insulated bags.",
        "Thank you for trusting us. Dr Fraser and the team are always happy to go at your pace, and you're welcome to bring someone along to any appointment.",
        "You're right that the sign said 'fresh today' on a frozen item. That shouldn't have happened, and we've changed the labels. Thanks for telling us.",
        "Helmets are recommended, not mandatory, on our bikes. Sorry the in-app message was unclear; it's been reworded.",
        "Thank you so much for the lovely words 🥰🏡 The breakfast scones are Granny's recipe and she says you're welcome back anytime! ☕",
        "We sincerely apologise for the cancellation. The sailing was called off due to the weather warning, and all passengers were offered a full refund or free rebooking. Please write to care@islandferries.example for any further help.",
        "We know how much a smooth crossing matters when you're travelling with little ones, and we're sorry ours wasn't.",
        "In our defence, the plant you mentioned is plastic, and yes, we have been watering it. Thanks for the laugh and the lovely review.",
        "Thank you. A small point: the lavender was labelled as frost-tender on the tag, but we should also have said so at the till. Bring it back in and we'll swap it.",
        "We're so sorry about the polish colour. Jade mixed up the order, but that's on us as a salon for not double-checking, and your redo is free whenever suits.",
        "Cheers for the kind review! Davie's chuffed you're happy wi' the new fuse board. Gie us a shout anytime.",
        "Thanks. Gluten-free base now available daily. Separate prep area.",
        "For legal and confidentiality reasons we can't discuss anyone's treatment in public, but we'd really like to hear more. Please call our practice manager on 0141 496 0555.",
        "Happy birthday to your daughter! 🎉 So glad the family ride along the river was a hit 🚲",
        "Thank you, madam, for your kind review. Our Suresh will be happy to clean and cut your fish the way you like, just ask at the counter.",
        "Thank you for the dolphin photos 🐬😍 The crew loved seeing them! Safe travels.",
    ],
    "fr": [
        "Merci beaucoup pour ce retour ! Ravis que la pizza à la truffe vous ait plu, à très vite.",
        "Merci pour votre passage chez nous ! On est contents que le cassoulet maison vous ait régalés, et les chats vous font un petit coucou. À bientôt, peut-être pour les violettes en février.",
        "Madame, Monsieur, nous vous remercions pour votre retour. Le délai d'attente que vous évoquez a fait l'objet d'une analyse interne et un créneau supplémentaire a été ouvert le samedi matin. Le secrétariat demeure joignable au 01 99 00 12 34.",
        "Thanks pour le feedback ! Le wifi a été upgradé cette semaine, et on a ajouté des prises sur la grande table. Come back tester 😉",
        "Merci ! Pour info, la carte fidélité du jardin est gratuite pour tout le monde : un bon de 10 € tous les 200 € d'achats, sans aucune condition.",
        "Merci pour votre patience. Avant toute intervention, nous coupons le courant au tableau : c'est une règle de sécurité que nous ne pouvons pas contourner, mais nous aurions dû vous prévenir de la durée de la coupure. Toutes nos excuses.",
        "Désolés pour le vélo dont la chaîne a sauté 😕 Le trajet a été remboursé et la station vérifiée. Merci de nous l'avoir signalé !",
        "On plaide coupable : notre ardoise a écrit « bar de ligne » avec deux fautes, et le poissonnier jure que ce n'est pas lui. Merci pour vos compliments sur les huîtres !",
        "Merci mille fois ! Inès sera ravie de savoir que votre nail art a tenu tout le mariage 💅✨",
        "Nous avons été très touchés par votre message. Toute l'équipe vous adresse ses sincères condoléances et reste à votre disposition pour organiser vos prochaines traversées.",
        "Merci pour votre avis. Petite précision : notre pâte repose 48 heures et n'est jamais surgelée. Cela dit, on entend votre remarque sur la cuisson et on en a parlé en cuisine.",
        "Nous sommes désolés : Lucas s'est trompé de chambre en préparant votre arrivée, mais c'est à nous, en tant que maison, d'assumer cette erreur. Nous avons revu notre liste de vérification.",
        "Nous prenons les questions juridiques au sérieux : nos installations sont conformes et couvertes par notre garantie décennale, et vous pouvez demander l'attestation à tout moment.",
        "La poissonnerie est au 3 place du Marché, ouverte du mardi au dimanche de 7 h à 13 h. Passez nous voir et demandez Gérard.",
        "Trop contents que le ride électrique vous ait plu 😍 La montée vers Montmartre, c'est quand même plus easy comme ça 🚲",
        "Merci pour votre retour. Oui, on sait, la salle d'attente est un peu petite, mais on s'agrandit à la rentrée. À bientôt, et bon courage avec le fil dentaire !",
        "Vous avez raison, notre parking ressemble plus à une mare qu'à un parking ; les canards sont ravis, mais nous le faisons goudronner le mois prochain.",
        "La compagnie vous présente ses excuses pour le retard de 40 minutes survenu lors de votre traversée. La différence tarifaire vous sera remboursée sur le moyen de paiement initial.",
        "Merci ! Petite info pour tous nos clients : la dixième pizza est offerte avec la carte de fidélité, qu'on laisse un avis ou non.",
        "Nous avons repris avec toute l'équipe la façon dont nous accueillons les clients au comptoir : c'est un sujet de formation qui relève de nous, les gérants. Pardon.",
        "On avoue : notre « espace calme » est juste à côté du moulin à café. On a déplacé le moulin, promis.",
        "Pour la sécurité de toutes, nous faisons un test de tolérance avant tout nouveau gel ; cela prend dix minutes, et nous sommes désolées si personne ne vous a expliqué pourquoi.",
        "Merci ! Le pass « Viens avec un ami » est ouvert à tous les membres : une journée offerte à la personne de votre choix, quand vous voulez.",
        "Merci pour votre avis. Pour préciser, les frais de déplacement figuraient sur le devis ; nous les rendrons plus visibles à l'avenir. N'hésitez pas à nous appeler au 05 35 35 45 67.",
        "Oh, désolés pour la pizza arrivée froide ! On vous a remboursés, et nos livreurs ont maintenant des sacs isothermes tout neufs. Merci de nous l'avoir dit, à la prochaine.",
        "Merci pour votre confiance. Le Dr Benali et l'équipe prennent toujours le temps d'expliquer chaque étape, et vous pouvez venir accompagné si vous le souhaitez.",
        "Vous avez raison, l'étiquette « pêche du jour » n'avait rien à faire sur ce produit décongelé. C'est corrigé, et merci pour votre vigilance.",
        "Le port du casque est recommandé mais non obligatoire pour les adultes sur nos vélos. Nous regrettons que le message de l'application ait prêté à confusion ; il a été reformulé.",
        "Merci pour ce petit mot 🥰 Les confitures sont celles de ma mère, elle est ravie ! Au plaisir de vous revoir 🏡",
        "Nous vous prions de nous excuser pour l'annulation. La traversée a été suspendue en raison d'une alerte météo, et tous les passagers se sont vu proposer un remboursement intégral ou un report sans frais. Pour toute demande : service-client@traversees.example.",
        "Nous savons combien vous attendiez ce séjour, et nous sommes sincèrement désolés qu'il ait été gâché par le bruit des travaux voisins.",
        "Full transparency : le « brunch healthy » contenait bien une part de cheesecake. On assume, et on a mis le menu à jour pour que ce soit clair.",
        "Merci. Une petite précision : l'étiquette indiquait que la lavande craint le gel, mais nous aurions dû le dire aussi en caisse. Rapportez-la, on vous l'échange.",
        "Toutes nos excuses pour la couleur : Léa a confondu les références, mais c'est à nous, au salon, de vérifier. La retouche est offerte quand vous voulez.",
        "Merci pour votre gentil message ! Fabien est tout fier que le nouveau tableau vous plaise. Au moindre souci, vous nous passez un coup de fil, hein.",
        "Merci. Base sans gluten désormais disponible tous les jours, préparée sur un plan de travail séparé.",
        "Pour des raisons de secret médical, nous ne pouvons évoquer aucun soin ici, mais nous souhaitons vraiment en parler avec vous. Merci de contacter le secrétariat au 01 99 00 56 78.",
        "Bon anniversaire à votre fille 🎉 Ravis que la balade en famille le long du canal du Midi ait été un succès 🚲",
        "Merci Madame ! Karim se fera un plaisir de vous lever les filets comme vous les aimez, il suffit de demander au comptoir.",
        "Merci pour ce beau retour ! Le commandant Le Goff a été très touché par votre mot sur l'annonce faite en breton 😊",
    ],
}
