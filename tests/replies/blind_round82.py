"""Blind reply set, round 82: owner replies the pre-post check has never seen.

Who and when: written by helper b80, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 80").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
garages and MOT centres (warrant-of-fitness and contrôle technique / visite
technique centres included), bike shops, removal firms, locksmiths, plumbers
and cleaning companies.  Each French reply was written directly in French,
not translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or blind
set, any other folder under /work, the git history or /work/.library; did
not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.
Registers: French from the Paris suburbs (verlan, banlieue slang), Bordeaux,
Strasbourg and Alsace, Geneva (septante, panosse, régie, natel) and Senegal
(Wolof borrowings, teranga, inchallah), with tutoiement, texting with emoji
and very formal administrative French; English from Manchester, Belfast,
Auckland and Toronto, terse, corporate and chatty, with texting and emoji;
veiled and polite phrasings; short one-liners; and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence in the middle.  Good replies include look-alikes that are not
faults: an apology with a concrete fix and an offline channel, warm thanks, a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
warranties, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly and a price
change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND82_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Ah, this has properly made our week, thank you! We know how much you rely on that car for the "
                "school run and the commute, so we were dead chuffed when it sailed through the MOT first time after "
                "Kyle sorted the brake lines. It's customers like you who keep a little independent garage like ours "
                "going in Levenshulme, and the lads were buzzin' when they read this over their brews. If you could "
                "bump the review up to five stars, your next oil change is on the house. Thanks again, and mind how "
                "you go on those speed bumps!"
            ),
            "Chur for the review bro 🤙 flick it up to 5 stars and ur next tune-up is free, sweet as 🚲",
            (
                "Should you elect to revise your rating upward, we would be pleased to apply a 15% credit to your "
                "account toward any future relocation services with our company."
            ),
            (
                "Sorry the wait was longer than you'd have liked. If that wee review were to quietly disappear, "
                "there'd be a little something in it for you the next time you're locked out, so there would."
            ),
            "Take this down and we'll refund the callout fee. Simple as.",
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message qui nous a fait un bien fou ! Nous savons combien il "
                "est stressant de tomber en panne sur la rocade en fin de semaine, et nous sommes vraiment contents "
                "d'avoir pu remettre votre voiture en route avant le week-end. Toute l'équipe du garage a lu votre "
                "avis à la pause café, et croyez-moi, ça a mis du baume au cœur à tout le monde. Si vous passez "
                "votre note à cinq étoiles, on vous offre la vidange à votre prochain passage. Encore merci pour "
                "votre confiance, et à très vite à Bègles !"
            ),
            (
                "wesh merci frérot 🙏 tu mets 5 étoiles et ton prochain antivol il est cadeau, montre juste l'écran "
                "en boutique 🔒🚲"
            ),
            (
                "Nous vous informons qu'un avoir d'un montant de 30 euros sera porté au crédit de votre compte "
                "client dès réception de la confirmation de la modification de votre évaluation."
            ),
            (
                "Navrés pour l'attente. Si jamais votre commentaire venait à ne plus apparaître en ligne, nous "
                "saurions vous remercier comme il se doit lors du prochain nettoyage de votre appartement, ça joue ?"
            ),
            (
                "Dieuredieuf grand frère ! Mets-nous 5 étoiles inchallah et la prochaine fois tu ne paies pas le "
                "déplacement du plombier 🙏"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks so much for bringing your car to us, and for taking the time to write such a detailed "
                "review, even if it wasn't all glowing. We're a small family shop on the Danforth and we really do "
                "try to treat every car like it's our own, so it's always useful to hear how things felt from your "
                "side of the counter. We're glad the winter tires went on without a hitch and that you made it up to "
                "cottage country safely. Our lawyer has read this review, though, and he'll be in touch with you "
                "personally if it's still up by Friday. Either way, stay warm out there and drive safe, eh!"
            ),
            "Keep this up and I'll be round yours, our kid. We moved you in, so I know exactly where that is.",
            (
                "Please be advised that our legal department has been instructed to pursue all available remedies, "
                "including a claim in defamation, should this publication not be withdrawn within seven days."
            ),
            (
                "We'd hate to have to have a wee word with your boss at the council depot about all this, so we "
                "would. We know fine well who you work for."
            ),
            (
                "Yeah nah mate, one more review like this and you're banned for good, and your photo goes up on the "
                "counter so every bike shop in Auckland knows your face 😤"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, Monsieur, merci d'avoir pris le temps de nous écrire après notre intervention. Nous "
                "sommes une petite entreprise familiale de plomberie installée à la Krutenau depuis trois "
                "générations, et nous mettons un point d'honneur à laisser chaque chantier propre et chaque client "
                "satisfait. Nous sommes heureux que le nouveau chauffe-eau fonctionne bien et que vous ayez retrouvé "
                "l'eau chaude avant les grands froids. Sachez néanmoins que notre avocat a lu votre commentaire et "
                "qu'il viendra frapper à votre porte si celui-ci n'est pas retiré d'ici lundi. Nous vous souhaitons "
                "de bonnes fêtes de fin d'année et un joyeux marché de Noël !"
            ),
            "Fais gaffe à ce que t'écris toi, on sait où tu gares ta caisse le soir 😡",
            (
                "À défaut de retrait de la présente publication sous huitaine, le dossier sera transmis à notre "
                "conseil aux fins d'engager des poursuites pour dénigrement à l'encontre de son auteur."
            ),
            (
                "Nous connaissons fort bien votre régie, Monsieur, et il serait regrettable qu'elle apprenne "
                "certaines choses sur l'état dans lequel nous avons trouvé votre appartement."
            ),
            (
                "Vraiment tu as fait du tort au garage deh. Si tu n'enlèves pas ça, je vais aller voir ton patron au "
                "ministère, on se connaît tous ici à Dakar."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Kia ora and thanks heaps for the awesome review! Moving house is always a massive day and we're "
                "stoked the crew made it feel a bit less stressful, even with the rain bucketing down all afternoon. "
                "Sione and the boys loved the feijoa muffins, by the way — you didn't have to do that, but it was "
                "very much appreciated. Just so you know, we've closed off job AKL-48213 and the last two boxes are "
                "already inside your new place at 14 Kowhai Street, Grey Lynn. If you ever need a hand again, you "
                "know where to find us. Ka kite anō!"
            ),
            (
                "Mr Dawson, we've tried you on 07700 900412 three times about the retest on the Astra. Give us a "
                "bell back."
            ),
            (
                "Siobhan, so sorry about the wait on Friday the 3rd when you were stuck outside with the baby — the "
                "lad will be back at your flat on the Ormeau Road tomorrow to change the barrel."
            ),
            (
                "We have reviewed the invoice charged to your Visa ending in 4417 on November 12 and can confirm "
                "that the amount reflects our posted emergency rate."
            ),
            (
                "Aww thanks Jess 💕 since you told us about your asthma flare-ups and the new inhaler we made sure "
                "to use the fragrance-free stuff on the carpets 🌸"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce super retour, ça nous fait gavé plaisir ! On est ravis que votre nouveau "
                "vélo de ville vous accompagne déjà tous les jours sur les quais, et on espère que la selle est "
                "devenue aussi confortable que promis après quelques sorties. Toute l'équipe de l'atelier des "
                "Chartrons est passionnée, et on adore quand nos clients reviennent nous raconter leurs balades "
                "jusqu'à Lacanau. Pour info, Madame Lafargue, votre commande n° BX-20931 du 14 novembre est prête et "
                "on vous a laissé un message au 06 12 48 93 07. À très bientôt pour la première révision, et bonne "
                "route !"
            ),
            "Yo Karim t'inquiète on repasse demain au 12 rue des Lilas à Bobigny, 3e étage, pour finir les vitres 👍",
            (
                "Madame Muller, nous accusons réception de votre réclamation relative au dossier de déménagement n° "
                "67-4521 et vous confirmons que le remboursement sera effectué sur votre compte bancaire se "
                "terminant par 3382."
            ),
            (
                "Chère Madame Favre, merci d'être passée mardi dernier avec votre mari à notre garage de Carouge ; "
                "nous espérons que sa hanche va mieux depuis l'opération."
            ),
            (
                "Merci beaucoup Tata Awa ! On t'a appelée au 77 345 12 89 mais ça sonnait occupé, le plombier "
                "repasse chez toi à la Sicap Liberté 4, villa 2215, comme convenu."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to write this, and sorry the day didn't go quite the way you'd hoped. "
                "We've been servicing cars on the Lisburn Road for over twenty years and we still get a wee buzz "
                "every time someone drives away happy, so a mixed review always makes us stop and think. The new "
                "clutch is a good one, and the lads did their best to have it finished by tea-time. To be honest "
                "with you, though, you were after a free job from the minute you walked in and everybody in the "
                "workshop could see it, so they could. Anyway, take care on the roads and go easy on that clutch for "
                "the first few hundred miles."
            ),
            "You're a time-waster and a liar, mate. Shop's better off without you.",
            (
                "It is evident that this review was written in bad faith by an individual seeking compensation to "
                "which they are not entitled."
            ),
            "Honestly mate, you're a bit of an egg 🥚 the sort who'd moan about a free feed.",
            "We suspect the reviewer's real aim here was a discount rather than a clean carpet.",
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci d'avoir pris le temps de partager votre expérience après votre "
                "déménagement. Nous savons bien qu'un changement de logement est toujours un moment chargé "
                "d'émotions, et notre équipe a fait de son mieux pour que tout se passe dans les meilleures "
                "conditions, malgré la bise qui soufflait fort ce jour-là. Nous avons d'ailleurs beaucoup apprécié "
                "votre accueil et le café offert en fin de matinée. Soyons honnêtes toutefois : vous cherchiez "
                "surtout un prétexte pour ne pas régler la facture, et nous l'avions bien compris dès le premier "
                "coup de fil. Nous vous souhaitons malgré tout beaucoup de bonheur dans votre nouvel appartement."
            ),
            "T'es un mytho frère, personne te croit ici 🤥",
            (
                "Il apparaît manifeste que l'auteur du présent avis agit de mauvaise foi, dans le seul but d'obtenir "
                "un dédommagement indu."
            ),
            "Franchement t'es une vraie tanche, t'as même pas été fichu de remettre ta chaîne et tu viens pleurer ici.",
            "Toi tu es un menteur, tu voulais juste avoir le nettoyage gratuit, tout le quartier te connaît.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hey, thanks for stopping by the shop and for leaving us a review! We love it when riders come in to "
                "get their bikes ready for spring, and it sounds like the new chain and the brake adjustment made a "
                "real difference on your commute along the Martin Goodman Trail. Our mechanics take a lot of pride "
                "in their work, and we try hard to keep the turnaround quick even in the busy season. We're also "
                "truly heartbroken that a seven-minute wait at the air pump ruined your entire weekend — we've "
                "lowered the flag out front in its memory. Hope to see you again soon, and happy riding!"
            ),
            "Wow, a locksmith who charges for opening locks. Shocking stuff. Someone ring the Evening News.",
            (
                "We thank you for sharing your evident expertise in plumbing, which clearly surpasses that of our "
                "fully certified engineers with twenty years on the tools."
            ),
            "Ach catch yourself on 😂 sure it's the crime of the century, one whole crumb behind the toaster 🍞🚨",
            (
                "Cheers for the tip, Sherlock 🕵️ we'd never have guessed a WOF takes longer when the car turns up "
                "with no brake pads left."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi notre garage pour la révision de votre véhicule ! Nous sommes "
                "toujours heureux d'accueillir de nouveaux clients à Neudorf, et notre équipe met un soin tout "
                "particulier à expliquer chaque intervention pour que vous repartiez l'esprit tranquille. Nous "
                "espérons que les nouvelles plaquettes vous donnent entière satisfaction et que la route vers Colmar "
                "s'est bien passée. Nous sommes évidemment bouleversés d'apprendre qu'attendre vingt minutes avec un "
                "café et des bredele offerts a été pour vous une épreuve aussi insurmontable. Au plaisir de vous "
                "revoir, et excellente fin d'année !"
            ),
            "Ah ouais 10 min de retard pour une serrure, quelle tragédie 😂😂 appelez l'ONU",
            (
                "Nous saluons l'immense expertise en plomberie dont vous faites preuve, et que nos artisans, "
                "pourtant diplômés, ne sauraient naturellement égaler."
            ),
            (
                "Quelle catastrophe, un carton de vaisselle livré à 17 heures au lieu de 16 heures ; on se demande "
                "encore comment vous avez survécu à cette soirée."
            ),
            "Ah vraiment bravo, le grand spécialiste du vélo qui vient nous apprendre notre métier 👏👏",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you so much for the lovely message, and for trusting us with your end-of-tenancy clean. We "
                "know how stressful moving out can be, especially with a landlord breathing down your neck about the "
                "deposit, so we're really glad the kitchen and bathroom came up gleaming. Our teams work all over "
                "Salford and South Manchester and we're proud of the standard we keep. The streaks on the windows "
                "were down to Gary, though, and he's been given his final warning over it. Thanks again for the kind "
                "words, and best of luck in the new place!"
            ),
            "That was Declan's fault, not ours. He's been let go.",
            (
                "Following an internal review, responsibility for the damaged dresser has been attributed to our "
                "mover Tyler Brennan, who has since been subject to disciplinary action."
            ),
            "Sorry bro, that one's all on Mikaere 🙄 he's on the naughty list now, no callouts for him for a while 😬",
            (
                "We believe the delay on your job may have had something to do with a certain apprentice by the name "
                "of Liam, and he has been spoken to accordingly."
            ),
        ],
        "fr": [
            (
                "Bonjour et un grand merci pour ce long message, ça fait vraiment plaisir de lire ça après une "
                "grosse journée ! On sait qu'un déménagement avec un piano à descendre par l'escalier, ce n'est pas "
                "une mince affaire, et on est contents que tout soit arrivé à bon port. L'équipe a beaucoup apprécié "
                "votre bonne humeur et les canelés à la pause. Le carton de vaisselle abîmé, par contre, c'est "
                "entièrement la faute de Kévin, qui a été mis à pied trois jours pour ça. Encore merci pour votre "
                "confiance et belle installation dans votre nouveau chez-vous !"
            ),
            "dsl c la faute à Samir il a mal serré la roue, il est viré 🤷",
            (
                "Après enquête interne, il ressort que la responsabilité de ce dysfonctionnement incombe "
                "exclusivement à notre technicien, M. Schmitt, lequel a fait l'objet d'une sanction disciplinaire."
            ),
            (
                "C'est Jérôme qui a oublié la panosse dans votre cuisine ; il a été remis à l'ordre et ne reviendra "
                "plus chez vous."
            ),
            (
                "Pardon grand, c'est Modou l'apprenti qui a mal fait la soudure, je l'ai déjà sanctionné, il va "
                "payer ça sur sa paie."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Kia ora, and thanks for taking the time to write to us. We've been plumbing around the North Shore "
                "for fifteen years and we genuinely care about every job, big or small, so it matters to us when "
                "someone feels we fell short. We're glad the new hot water cylinder is going well and that you've "
                "got a proper shower again. The delay happened because the cylinder came from a supplier in "
                "Hamilton, the courier missed the first drop, the Harbour Bridge was down to two lanes, our second "
                "van was in for its WOF, two of the team were off with the flu and the council inspector could only "
                "come on the Thursday, so there honestly wasn't much more we could have done. Hope you enjoy those "
                "long hot showers this winter!"
            ),
            (
                "Look, the lock was an old Yale type they stopped making years ago, the frame was swollen with the "
                "rain, half the suppliers were shut for the Twelfth, the van sat on the Westlink for forty minutes, "
                "and nobody told us on the phone it was a uPVC door, so there's a reason for every bit of it."
            ),
            (
                "Please note that winter demand increases our emergency call volume by over 300%, that frozen-pipe "
                "calls are triaged by risk to the property, that our dispatch software assigns technicians by postal "
                "code, that the Gardiner closure added significant transit time, that PEX fittings were on backorder "
                "with our supplier, and that our terms state clearly that arrival windows are estimates only."
            ),
            (
                "Yeah so the thing is 🙃 it was pissing down all day, the truck got a flat on the Southern Motorway, "
                "the lift in your building was out so we carried everything up four flights, the building manager "
                "wouldn't give us the loading bay, one of the lads had a family thing and the couch was way heavier "
                "than you said 🤷‍♂️ so yeah, heaps going on that day."
            ),
            (
                "Bike came in Friday. Part ordered from Germany. Supplier shut Monday. Courier lost the box. New one "
                "landed Thursday. Mechanic off Friday. Rain Saturday so no test ride. That's why."
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci beaucoup d'avoir pris le temps de nous laisser ce commentaire après le "
                "nettoyage de fin de bail. Nous savons combien l'état des lieux peut être source d'angoisse à "
                "Genève, et nous sommes contents que tout se soit finalement bien terminé avec la régie. Notre "
                "équipe travaille avec des produits écologiques et nous sommes fiers de la qualité de notre travail "
                "depuis plus de dix ans. Si nous sommes arrivés en retard, c'est que la bise avait couché des arbres "
                "sur la route de Chêne, que notre fourgon était encore au contrôle, que deux collaboratrices étaient "
                "en formation obligatoire, que le fournisseur ne nous avait pas livré les panosses à temps, que la "
                "concierge ne trouvait plus la clé de la buanderie et que le tram était dévié pour travaux, si bien "
                "que la situation nous dépassait complètement. Nous vous souhaitons une belle installation dans "
                "votre nouveau logement !"
            ),
            (
                "Ouais mais frère faut comprendre, y avait des bouchons de ouf sur l'A86, le camion démarrait pas, "
                "le gardien voulait pas nous filer le badge, l'ascenseur était en panne, il pleuvait et ton canapé "
                "passait pas la porte, donc voilà quoi 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le délai d'intervention s'explique par le volume exceptionnel de "
                "sollicitations, la fermeture du pont de l'Europe, la rupture d'approvisionnement de notre "
                "fournisseur de cylindres, les contraintes réglementaires applicables à l'ouverture de porte, "
                "l'absence de deux techniciens en formation obligatoire ainsi que des conditions météorologiques "
                "défavorables."
            ),
            (
                "Alors pour vous expliquer : la pièce venait d'Allemagne, le transporteur s'est planté de dépôt à "
                "Mérignac, le contrôle technique était blindé à cause des vacances, le pont élévateur était en "
                "révision, mon mécano était malade et en plus c'était la fête du vin, tout Bordeaux était bloqué, "
                "vous voyez bien que c'était gavé compliqué."
            ),
            (
                "Il faut comprendre que ce jour-là il y avait coupure de courant à Ouakam, l'eau était coupée aussi, "
                "les tuyaux PVC étaient en rupture au marché, mon apprenti était parti à Touba pour le Magal, le "
                "taxi est tombé en panne et c'était l'heure de la prière, donc ce n'est pas de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for coming in and for the review — we read every single one. We've been fixing bikes in the "
                "Northern Quarter for nearly a decade and we've built the shop on word of mouth, so feedback, good "
                "or bad, really does matter to us. We're glad the new wheelset is running smooth and that the gears "
                "are finally behaving on those cobbles. Your frame was not scratched in our workshop; that simply "
                "didn't happen here. Have a cracking season on the bike, and see you for the spring service!"
            ),
            "That never happened. Our crew doesn't break things.",
            "We categorically deny that any charges beyond the quoted amount were applied to this service.",
            "Nobody from our team was late to your house, so they weren't. That's just not what happened.",
            "nah 🙅‍♀️ the oven was spotless when we left, no way that happened 💯",
        ],
        "fr": [
            (
                "Bonjour grand frère, et merci beaucoup d'avoir pris le temps d'écrire ce message. Depuis que nous "
                "avons ouvert l'atelier de plomberie à Grand Yoff, nous faisons tout pour que chaque client soit "
                "servi avec la teranga, et ton avis compte beaucoup pour nous. Nous sommes contents que le nouveau "
                "robinet de la cuisine fonctionne bien et que la pression soit revenue. Par contre, il n'y a jamais "
                "eu la moindre fuite après notre passage, ça ne s'est jamais produit, point. Que Dieu te garde, et à "
                "la prochaine inchallah !"
            ),
            "N'importe quoi, y a jamais eu de rayure sur ton cadre en sortant de l'atelier, c'est faux.",
            (
                "Nous contestons formellement la réalité des faits allégués : aucun bien n'a été endommagé au cours "
                "de l'opération de déménagement."
            ),
            "Aucun de nos collaborateurs n'a fumé dans votre appartement. C'est exclu, cela n'a jamais eu lieu.",
            "Non non, le garage n'a jamais changé ta batterie sans te demander, ça n'existe pas chez nous wallahi.",
        ],
    },
}

BLIND82_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry your MOT retest dragged on, that's not the standard we want. We've moved all retests to a "
            "dedicated morning slot so it doesn't happen again. Give us a ring on 0161 496 0732 and we'll get the "
            "paperwork sorted for you."
        ),
        (
            "Thanks a million for the lovely words, so it is. Glad we got you back in before the rain came on. Mind "
            "yourself."
        ),
        (
            "Kia ora and thanks for the feedback. Just so you know, everyone who gets a service with us goes on the "
            "punch card — the sixth tune-up is free, whatever you think of us. Hope to see you back."
        ),
        (
            "Thank you for your feedback. Our office is at 1180 Dundas St W and is open Monday to Friday, 8 a.m. to "
            "6 p.m.; you can also reach our dispatch line at 416-555-0148 at any hour."
        ),
        "Ta very much! Shaz and Big Tony will be made up to read this — they said it was the best brew of the week.",
        (
            "You're right, and we're sorry. Aoife missed the upstairs bathroom, but the checklist she works from is "
            "ours, so the mistake is ours too — we've added a sign-off step at the end of every clean. Ring us on "
            "028 9018 0455 and we'll come back out at no charge."
        ),
        (
            "Sorry about the WOF mix-up. We've already refunded the recheck fee to your card, so it should show in "
            "two or three days. Chur for letting us know."
        ),
        (
            "We're sorry you waited nearly two hours. A major storm had every technician out that night, and we "
            "should have called you with an honest arrival time. If you'd like to talk it over, please write to "
            "help@queenwestlock.ca."
        ),
        (
            "So sorry your bike was nicked from outside the shop. We've saved the footage from our front camera and "
            "it's ready for GMP whenever they ask — ring or email us with your crime reference and we'll send it "
            "straight over."
        ),
        (
            "Aye, our waiting-room coffee has been called 'engine oil' before, so it has. A new machine arrives next "
            "week — the engines we'll keep doing the old way!"
        ),
        (
            "Thanks for taking the time to leave three stars and such detailed notes. The point about the wardrobe "
            "straps is a fair one and we've passed it on to the crew. Any questions, our email is "
            "kiaora@shiftitmovers.co.nz."
        ),
        (
            "Thank you for the review. Our end-of-visit checklist shows the fridge as done, but we weren't there "
            "when you got home and we may well have missed something. We'd like to understand what happened — could "
            "you call us at 647-555-0173?"
        ),
        (
            "We're so sorry for your loss. It was a privilege to help the family get the house ready, and please "
            "don't worry about anything else for now. Thinking of you all."
        ),
        "Congratulations on the new home! Hope yous are settled in and the kettle's found its way out of the boxes.",
        (
            "Totally get the frustration. By law, and for your own safety, we have to see proof that you live at a "
            "place before we open the door — it protects you as much as anyone. Sorry it slowed things down on a "
            "cold night."
        ),
        (
            "We're sorry the price came as a surprise. Our diagnostic fee went from $120 to $140 in January to cover "
            "new scanning equipment, and we should have mentioned it when you booked. Apologies for that."
        ),
        "Cheers, pal. Glad the van's flying again.",
        (
            "Thank you for choosing us for your move. We are pleased the crew met your expectations and wish you "
            "every happiness in your new home."
        ),
        "Aww stoked to hear it! 🙌 Bond cleans are our jam — glad it all came up shiny ✨",
        (
            "Really sorry the leak came back, that shouldn't happen. Please give us a ring on 028 9018 0712 and "
            "we'll get someone out the same day to put it right at no cost."
        ),
        (
            "Thanks for the feedback. Under DVSA rules we can't pass a car with a crack in the driver's line of "
            "sight, so we weren't able to issue the certificate. Sorry it wasn't the news you wanted — happy to talk "
            "it through on 0161 496 0255."
        ),
        (
            "We're sorry about the damage to your frame. Our shop insurance covers bikes while they're in our care, "
            "and we've already opened a claim; our manager will call you with the details this week."
        ),
        "Guilty as charged — our plumber did hum Dave Dobbyn the whole time. Glad the hot water's back!",
        (
            "Thanks for the kind words! If any of your mates are after a service, our refer-a-friend deal gives you "
            "both £10 off — open to everyone, review or no review."
        ),
        (
            "Sorry to hear about the break-in. If it helps, the police can give you a crime reference for your "
            "insurer, and we're happy to write up a report on the lock damage for your claim. Call us any time on "
            "0161 496 0819."
        ),
        (
            "Thank you so much! We'll pass your kind words on to Marisol and Jun — they really do take pride in "
            "those baseboards."
        ),
        (
            "Sorry about the scratched table. Hemi wrapped it, but he was following our packing process, so the "
            "fault is ours — we've changed how we wrap timber furniture. Please email claims@shiftitmovers.co.nz and "
            "we'll arrange the repair."
        ),
        (
            "Apologies for the wait. The ramp broke down mid-morning and everything backed up behind it — that's on "
            "us. Thanks for bearing with us."
        ),
        (
            "Thanks for the review. Our booking shows the team was scheduled for three hours rather than four, so "
            "that might be where the mix-up on the bill came from. We'd really like to get this right, so please "
            "drop us a line at hello@gleamteam-mcr.co.uk."
        ),
        (
            "Our sincere condolences. Please take all the time you need; our office will hold the invoice until "
            "you're ready, and we're here if there's anything at all we can do."
        ),
        "Mean as — congrats on finishing the Lake Taupō Cycle Challenge! Stoked the wheels held up 🚴",
        (
            "Sorry about the shock on the bill. Our out-of-hours rate went up in September because of what we now "
            "pay the lads for night work, and we should have told you on the phone first. The website's been updated "
            "so it's clear up front."
        ),
        (
            "We understand it's frustrating not to be allowed into the service bay. For safety reasons, customers "
            "need to stay in the waiting area while vehicles are up on the hoists. Sorry for the inconvenience, and "
            "thanks for understanding."
        ),
        (
            "Thanks for the four stars. Glad the move went smoothly, and sorry the van was a bit late — the M60 was "
            "at a standstill, but we should have rung ahead."
        ),
        "Dead on, thanks very much. See you next winter for the boiler check.",
        (
            "We apologise that the oven was not cleaned to our standard. We have arranged a return visit at no "
            "charge and updated our checklist; please call our office on 09 555 0192 to choose a time."
        ),
        "Ha, yes, our shop cat has opinions on everyone's bikes 😹 Thanks for coming in and enjoy the new gears!",
        (
            "Sorry for the confusion about the warranty. Parts are covered for 12 months under our terms, printed on "
            "the back of the invoice and on our website; if anything fails in that time we'll replace it, no "
            "quibbles. Ring the workshop on 0161 496 0732."
        ),
        (
            "Sorry the second van didn't turn up. We've already refunded the extra-crew charge, and we've had a hard "
            "look at how we confirm bookings so it doesn't happen to anyone else."
        ),
        (
            "Kia ora and what a lovely review to wake up to, thank you! We know handing over your car keys means "
            "trusting us with something you need every single day, and we don't take that lightly. Tama and Leilani "
            "were stoked to hear you noticed how tidy they left the interior, and the whole workshop had a good "
            "laugh about our famously slow kettle. It means heaps to a small local garage like ours when people take "
            "the time to write. Safe travels on the roads this summer, and we'll see you for the next WOF!"
        ),
    ],
    "fr": [
        (
            "Bonjour, vraiment désolés pour le retard sur votre contrôle technique. Nous avons réorganisé les "
            "rendez-vous pour ne plus surcharger le samedi matin. N'hésitez pas à nous appeler au 05 35 55 12 40, on "
            "trouvera ensemble une solution."
        ),
        "Merci frérot, trop content que ton vélo roule nickel ! Passe quand tu veux à l'atelier 🚲",
        (
            "Madame, Monsieur, nous vous remercions pour votre retour. Notre agence est située 12 rue du "
            "Jeu-des-Enfants, 67000 Strasbourg, et vous accueille du lundi au vendredi de 8 h à 18 h."
        ),
        (
            "Merci pour votre message. Pour information, notre programme fidélité est ouvert à tous nos clients : au "
            "dixième nettoyage, le suivant est offert, quel que soit votre avis sur nous."
        ),
        (
            "Dieuredieuf ! Ibrahima sera très content de lire ça, il a vraiment travaillé dur sur votre chauffe-eau. "
            "Que Dieu vous garde."
        ),
        (
            "Désolé pour le miroir. C'est Yanis qui l'a porté, mais c'est nous qui n'avions pas prévu la bonne "
            "protection, donc la faute est à l'entreprise. On a commandé des housses rigides. Appelle-nous au 01 99 "
            "00 34 21, on règle ça ensemble."
        ),
        (
            "Bonjour, désolés pour la chambre à air défectueuse. Le remboursement a déjà été fait sur votre carte, "
            "vous devriez le voir d'ici deux jours."
        ),
        (
            "Nous sommes sincèrement désolés pour l'attente. Notre technicien était retenu sur une urgence à "
            "Schiltigheim, et nous aurions dû vous prévenir. Toutes nos excuses."
        ),
        (
            "Bonjour, nous regrettons l'éraflure sur votre portière. Notre assurance responsabilité civile couvre ce "
            "type de dommage et le dossier est déjà ouvert ; notre chef d'atelier vous contactera cette semaine."
        ),
        (
            "Salam, on est vraiment désolés pour le rétroviseur volé devant le garage. Notre caméra a tout filmé et "
            "on a déjà remis les images au commissariat pour vous aider. Passe nous voir quand tu veux."
        ),
        "Mdr oui notre café est dégueu, on sait 😅 on a commandé une vraie machine, promis. Merci pour le passage !",
        (
            "Merci pour vos trois étoiles et pour ce retour détaillé. La remarque sur les vitres est juste, nous "
            "l'avons transmise à l'équipe."
        ),
        (
            "Bonjour, d'après notre planning, l'équipe est arrivée à 8 h 15 et non à 10 h, mais il est possible "
            "qu'il y ait eu un malentendu de notre côté. Nous aimerions en parler avec vous : "
            "contact@demenagements-ill.fr."
        ),
        (
            "Nous vous présentons nos sincères condoléances. Ne vous souciez de rien concernant la facture pour "
            "l'instant ; nous restons là si vous avez besoin de quoi que ce soit."
        ),
        (
            "Félicitations pour la nouvelle maison ! Que Dieu vous y donne la paix et la baraka. Dieuredieuf pour la "
            "confiance 🙏"
        ),
        (
            "Je comprends que c'était frustrant. On est obligés de demander un justificatif de domicile avant "
            "d'ouvrir une porte, c'est la loi et c'est aussi pour te protéger. Désolé pour le temps perdu."
        ),
        (
            "Bonjour, désolés pour la surprise sur la facture. Le prix du contrôle technique est passé de 78 à 85 "
            "euros en janvier avec les nouvelles normes de contrôle, et on aurait dû vous le dire au téléphone. "
            "Toutes nos excuses."
        ),
        "Hopla, merci beaucoup ! Ravis que votre vélo soit prêt pour la route des vins. À bientôt à l'atelier !",
        (
            "Madame, Monsieur, nous vous prions d'accepter nos excuses pour la qualité insuffisante de la "
            "prestation. Un nouveau passage gratuit vous est proposé ; nous vous remercions de contacter notre "
            "secrétariat au 022 700 45 12 pour en fixer la date."
        ),
        (
            "Merci beaucoup grand, ça fait plaisir ! L'atelier vélo est ouvert du lundi au samedi, de 9 h à 19 h, tu "
            "es toujours le bienvenu."
        ),
        "Désolé pour le retard, le camion a crevé sur l'A3 et on aurait dû t'appeler direct. Ça ne se reproduira pas.",
        (
            "Bonjour, pour rappel, nos travaux de plomberie sont couverts par la garantie de parfait achèvement "
            "pendant un an. Si la fuite réapparaît, appelez-nous au 05 35 55 12 40 et nous interviendrons sans frais."
        ),
        "Merci pour ce gentil message ! Nous transmettons vos compliments à Leïla et à Hans, qui seront ravis.",
        (
            "Bonjour, nous sommes navrés pour le carton égaré. Le montant vous a déjà été remboursé et nous avons "
            "revu notre procédure d'inventaire. Toutes nos excuses."
        ),
        (
            "Haha oui on est arrivés avec le tuyau mais sans la bonne clé 😅 heureusement la quincaillerie du coin "
            "nous a dépannés ! Merci pour ta patience."
        ),
        (
            "Merci ! Au passage, le parrainage est ouvert à tout le monde : tu ramènes un pote, vous avez chacun 10 "
            "€ sur la prochaine révision, avis ou pas 😉"
        ),
        (
            "Bonjour, notre devis signé indiquait bien 180 euros avant l'intervention, mais nous comprenons que le "
            "montant ait pu vous paraître élevé. Nous sommes prêts à en reparler, appelez-nous à l'atelier quand "
            "vous voulez."
        ),
        (
            "Félicitations pour l'obtention de votre permis ! Nous sommes ravis d'avoir préparé votre première "
            "voiture. Bonne route !"
        ),
        (
            "Merci pour votre retour. Nous ne pouvons pas débrider un vélo électrique, c'est une question de "
            "sécurité et la loi l'interdit. Nous comprenons votre déception et restons à disposition pour vous "
            "conseiller un autre modèle."
        ),
        (
            "Pardon pour la surprise. Le tarif de la visite technique a augmenté le mois dernier et on aurait dû "
            "vous prévenir avant. Toutes nos excuses."
        ),
        (
            "Désolée pour les traces sur le parquet, c'est pas le rendu qu'on veut. On repasse gratuitement, "
            "écris-nous à contact@brillantnet93.fr pour fixer un créneau."
        ),
        "Merci, c'était un plaisir. Belle installation !",
        (
            "Nous reconnaissons que notre technicien Thomas a omis de resserrer le raccord. L'entreprise en assume "
            "pleinement la responsabilité ; les frais de réparation du plafond sont pris en charge par notre "
            "assurance. Contact : 03 53 01 22 87."
        ),
        (
            "Avouons-le : même notre serrurier le plus chevronné a dû s'y reprendre à deux fois avec cette porte ! "
            "Merci pour votre bonne humeur et votre patience."
        ),
        "Merci pour les quatre étoiles, on prend note pour les fenêtres. À la prochaine inchallah.",
        (
            "Salut, désolé pour le vol de ton vélo devant la boutique. Si tu portes plainte, on peut fournir les "
            "images de notre caméra à la police, passe nous voir ou appelle au 01 99 00 56 78."
        ),
        (
            "Bonjour, pardon pour l'annulation de dernière minute : notre camionnette est tombée en panne le matin "
            "même et nous n'avons pas pu la remplacer à temps. Nous en sommes vraiment désolés."
        ),
        (
            "Nous vous rappelons que, selon nos conditions générales, la déclaration de dommages doit être effectuée "
            "dans un délai de dix jours ; nous restons à votre disposition pour vous aider à remplir le formulaire."
        ),
        (
            "Bonjour et un tout grand merci pour ce magnifique message ! Confier sa voiture à un garage, c'est "
            "toujours une question de confiance, et nous sommes touchés que vous nous la renouveliez depuis tant "
            "d'années. Nous transmettrons vos compliments à Luca, qui sera ravi de savoir que vous avez remarqué le "
            "soin qu'il a mis à régler vos phares avant l'hiver. Ici, à l'atelier, on a aussi bien ri de votre "
            "remarque sur notre machine à café, qui mérite effectivement sa retraite. Nous vous souhaitons de belles "
            "fêtes et de bonnes routes ; au plaisir de vous revoir pour les pneus d'été. Tout de bon !"
        ),
        (
            "Pardon pour le dérangement, la serrure ne tenait pas bien. On revient la changer sans frais, appelle "
            "l'atelier au 33 860 12 45 pour qu'on fixe un jour."
        ),
    ],
}
