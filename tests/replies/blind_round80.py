"""Blind reply set, round 80: owner replies the pre-post check has never seen.

Who and when: written by helper b80, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of dental practices, physiotherapy clinics, veterinary clinics,
pharmacies, opticians and gyms.  Each French reply was written directly in
French, not translated.  Apart from the writer brief itself, the writer read
only the first seventy-five lines of tests/replies/blind_round20.py (to copy
its format) and the [tool.ruff] section of pyproject.toml (line length).  The
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: a careful professional tone throughout, with some owners
defensive and wordy; French from Toulouse (a little Occitan colour, casual
tutoiement) and from French-speaking Switzerland (Vaud, Geneva, Neuchâtel;
formal, septante, se réjouir); English from New Zealand (Māori greetings,
Kiwi slang) and South Africa (bru, lekker, shame, ja, load-shedding); slangy
one-liners with emoji, veiled and polite phrasings, and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence in the middle.  Good replies include look-alikes that are not
faults: a loyalty card or refer-a-friend scheme open to everyone whatever
they write, the business's own phone number or e-mail, an invitation to move
to a private message, staff praised by name, a named employee's mistake owned
by the business, a refund or warranty replacement, one honest reason given
with an apology, membership terms, insurance and CCTV mentioned to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, a polite
correction of opening hours or fees, condolences, congratulations, safety
rules explained kindly, a price rise explained with an apology and a waiting
list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND80_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora Hemi, thank you so much for taking the time to write about your visit to our Ponsonby clinic. We know how nervous you were about the wisdom tooth, and it means a lot to the whole team that you felt looked after from the moment you sat in the chair. If you could bump your rating up to five stars, we'd happily take the cost of your next scale and polish off the bill. Dr Anaru was really pleased to hear the swelling went down so quickly. Look after yourself and we'll see you at your six-monthly check.",
            "Shot for the review bru! Make it 5 stars and your next month's membership is on us, lekker 💪",
            "Should you feel able to revisit your rating in light of our conversation, we would be pleased to extend a loyalty voucher to you personally at the dispensary counter.",
            "We genuinely believe our eye examinations are the most thorough in Wellington, that our frames are fairly priced and that our team goes the extra mile, and we think on reflection you may agree three stars doesn't tell the whole story; anyone who updates their review after a chat with our manager receives a complimentary pair of prescription sunglasses lenses, so do give us a ring.",
            "Thanks for the feedback about Bella's jabs. Pop the review down and her next flea and worming treatment is free, no questions asked 🐶",
        ],
        "fr": [
            "Bonjour Madame, et merci du fond du cœur pour ce message après vos dix séances de rééducation du genou au cabinet des Minimes. Nous savons combien les premières semaines après l'opération ont été difficiles, et vous voir remonter les escaliers sans douleur, c'est notre plus belle récompense. Si vous passiez votre avis à cinq étoiles, nous vous offririons avec plaisir une séance de massage de récupération. Toute l'équipe a été très touchée par vos mots sur l'accueil. Prenez bien soin de ce genou, et à bientôt peut-être au marché Saint-Aubin !",
            "Merci pour le retour ! Mets-nous 5 étoiles et on t'offre un mois de salle, c'est cadeau, té 💪",
            "Nous nous permettrons de vous remettre un bon d'achat de vingt francs à l'officine dès que votre évaluation aura été revue à la hausse.",
            "Si vous aviez la gentillesse de retirer ce commentaire, la prochaine consultation de Filou serait bien entendu offerte par la clinique.",
            "Nous restons persuadés que notre examen de la vue est l'un des plus complets du canton de Vaud, que nos montures sont choisies avec le plus grand soin et que nos prix sont tout à fait corrects ; c'est pourquoi chaque client qui modifie sa note après un entretien avec nous bénéficie d'un an de nettoyage et d'ajustement gratuits, une offre que nous serions ravis de vous faire également.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for getting in touch, and for being a member with us here in Hamilton for the past two years. We completely understand that the changes to the class timetable have been frustrating, and we've passed your comments on to our programming team. Please be aware, though, that our lawyers have been sent a copy of this review and will decide what further action is warranted. Our coaches work really hard to keep every session fun and safe. We hope to see you back on the gym floor soon and wish you all the best with your training.",
            "Ja, we know exactly who you are bru, Table View isn't that big. Think carefully before you post again.",
            "We would gently remind you that statements of this nature about a registered practitioner can have consequences for their author, and we have kept a copy of your review accordingly.",
            "We have taken advice. This review contains claims that are damaging to a small family practice that has cared for the animals of Pretoria for thirty years, and unless it is removed within seven days we will have no choice but to refer the matter to our attorneys and to the relevant authorities.",
            "Funny how our CCTV tells a rather different story. Happy to share it with your employer if you'd like.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre rendez-vous au cabinet de Saint-Cyprien. Nous sommes sincèrement désolés que l'attente ait été si longue ce jour-là, une urgence avait bousculé tout le planning du matin. Sachez toutefois que notre avocat a été saisi et qu'il étudie les suites à donner à vos propos. Le Dr Castaing tient beaucoup à ce que chaque patient se sente bien accueilli, et votre remarque sur la musique a été entendue. Nous vous souhaitons une belle fin de semaine.",
            "On sait très bien qui tu es, on te voit à la salle tous les mardis. Fais gaffe à ce que tu écris, hein.",
            "Nous vous informons que la teneur de votre message a été transmise à notre service juridique, lequel se réserve le droit d'entreprendre toute démarche utile auprès des autorités genevoises.",
            "Il serait dommage que vos collègues apprennent comment vous vous êtes comporté dans notre salle d'attente. Réfléchissez-y avant de laisser ce genre d'avis.",
            "Nous tenons à préciser que nos opticiens sont tous diplômés. Si ce commentaire diffamatoire n'est pas retiré d'ici lundi, une plainte sera déposée sans autre avertissement.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Sarah, thanks so much for your kind words about the team at our Riccarton clinic. It's been a real pleasure watching your progress over the past few months, and Tom has loved seeing you get back to running. Your file shows the ACL reconstruction from 14 March is healing well, and your next appointment is this Thursday at 8.15am, so we'll see you then. Keep up the home exercises and give us a shout if anything flares up. Ka kite anō!",
            "Hi Mr Naidoo, as we discussed on the phone (082 555 0147), Rex's heartworm test came back positive, so please don't leave that part out of the story.",
            "For what it's worth, your repeat prescription for the antidepressant was ready at 10am as promised; we were only waiting on your GP to sign off the increased dose.",
            "We have checked our records thoroughly. You came in on Saturday 3 August at 11.40, you were seen by our optometrist for a full eye test including the retinal scan, we noted early signs of glaucoma in your left eye and referred you to a specialist, and you paid by card at 12.25, so we hope this clarifies the timeline.",
            "Hey Jaco, we've got your address as 14 Kloof Street, Gardens, so we'll post the cancellation form there 👍",
        ],
        "fr": [
            "Bonjour Monsieur Garcia, merci beaucoup pour votre avis et pour votre fidélité depuis tant d'années. Nous sommes ravis que vos nouveaux verres progressifs vous conviennent enfin, après ces quelques jours d'adaptation. Comme convenu lors de votre passage du mardi 12 novembre, nous vous rappellerons au 06 12 34 56 78 dès que la deuxième paire prévue pour votre cataracte sera prête. Toute l'équipe de la boutique des Carmes vous remercie pour votre patience. Belle journée à vous !",
            "Madame, nous vous rappelons que votre rendez-vous du 4 mars à 9h30 pour l'extraction de la dent 36 a été annulé par vous-même, comme en atteste notre agenda.",
            "Nous avons bien noté votre nouvelle adresse, route de Chêne 42 à Genève, pour l'envoi du rappel de vaccin de Minette.",
            "Coucou ! Vos bas de contention et votre traitement pour la tension sont prêts depuis jeudi, passez quand vous voulez 😉",
            "Nous souhaitons rétablir les faits : vous avez manqué trois séances sur dix, votre hernie discale L5-S1 demandait un travail régulier à domicile que vous n'avez pas fait, et la prolongation de votre arrêt de travail relevait de votre médecin traitant, pas de nous.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks so much for taking the time to share your thoughts about our Durban North gym. We've loved having you in the spin classes this year, and Thandi says you always bring great energy to the 6am session. Honestly, though, anyone who knows you can tell this review is just another one of your tall tales to wangle a free month. We've taken your suggestion about more towels in the change rooms and ordered extra. Wishing you a great week and lots of strong sessions ahead!",
            "Mate, you were rude to every single person at reception. Grow up.",
            "We suspect this review was written in bad faith, which is sadly typical of a certain kind of customer who enjoys complaining online.",
            "We've been caring for animals in this town for twenty-two years, we've done over fifteen thousand consultations and our nurses work through the night, and frankly it takes a special kind of ignorant person to call that neglect; perhaps learn something about cats before you write about them.",
            "Classic time-waster. Tried on forty frames, bought nothing, and now you're a critic.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous laisser ce commentaire sur la pharmacie du Capitole. Nous savons que la rupture de stock de votre sirop a été pénible, surtout avec un enfant malade à la maison. Mais soyons honnêtes, vous mentez sur la façon dont notre préparatrice vous a parlé, et vous le savez très bien. Nous avons depuis renforcé nos commandes auprès du grossiste pour éviter ce genre de situation. Nous espérons vous revoir bientôt et souhaitons un prompt rétablissement à votre petit.",
            "T'es un gros mytho, personne t'a jamais refusé l'entrée de la salle. Va raconter tes salades ailleurs.",
            "Nous constatons que vous êtes coutumier de ce type de commentaire malveillant, ce qui en dit long sur votre honnêteté.",
            "Nous soignons des animaux depuis trente ans, nous assurons les gardes tous les week-ends, et ce n'est certainement pas un propriétaire incapable de tenir son chien en laisse qui va nous apprendre notre métier.",
            "Un patient qui arrive avec vingt minutes de retard et qui crie sur la secrétaire n'a aucune leçon à donner. Vous êtes tout simplement grossier.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for your review, and for choosing our little practice in Dunedin for the whole family's eye tests. We're really pleased the kids enjoyed picking out their frames, and the bright green ones suit young Finn perfectly. Oh, and congratulations on discovering that a thirty-minute appointment lasts thirty minutes, truly groundbreaking stuff. We've made a note to send next year's reminder by text rather than post, as you asked. Take care and see you all next spring!",
            "Shame, sorry the weights were too heavy for you 😂 maybe try the pink dumbbells next time, champ.",
            "We're so sorry our dentist was unable to undo twenty years of fizzy drinks in a single visit. We'll keep working on our miracles.",
            "What a surprise, yet another expert in pharmaceutical supply chains. Of course we hide the ibuprofen in the back just to annoy you; that's obviously easier than dealing with manufacturer shortages, national quotas and the wholesaler's delivery windows, which we're sure you've researched thoroughly.",
            "Yes, how dare we charge for emergency surgery at 2am. Next time we'll operate for hugs.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur nos séances au cabinet de Lausanne. Nous sommes contents que votre épaule ait retrouvé de la mobilité et que les exercices avec l'élastique vous aident au quotidien. Et bravo d'avoir découvert qu'une rééducation demande un peu d'effort, quelle révélation ce doit être. Nous avons aussi bien noté votre remarque sur la température de la salle d'attente et avons réglé le chauffage. Au plaisir de vous revoir, et bonne continuation !",
            "Oh peuchère, une heure d'attente chez le véto un samedi de vaccins, quelle tragédie 😢 on va ouvrir une cellule psychologique.",
            "Nous sommes navrés que nos verres ne vous aient pas également rendu la vue de vos vingt ans ; nous transmettrons volontiers la demande au fabricant.",
            "Ah oui, c'est sûrement la faute de la salle si les abdos ne sont pas apparus en deux semaines. Super logique 👏",
            "Quel plaisir de lire un avis aussi nuancé et mesuré, rédigé manifestement par un spécialiste qui sait mieux que nous combien de temps doit durer une dévitalisation. Nous attendons vos prochains conseils avec la plus grande impatience.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for letting us know about your visit to our Tauranga clinic with Milo. We're so glad his ear infection has cleared up and that he's back to chasing the neighbour's cat. The mix-up with your invoice was entirely down to our receptionist Kirsty, who didn't check the account properly and has been given a formal warning. Our nurses were delighted to hear how gentle you found them during his check-up. Give Milo a scratch behind the ears from all of us!",
            "Ja sorry, that was Pieter on the till, he's new and clueless. He's been sorted out, won't happen again.",
            "The hygienist who saw you, Ms Rewi, is no longer part of our team following this incident, and we trust that resolves your concern.",
            "We want to be very clear that management had no involvement in this; the class was run by Jordan, who was specifically told to check the booking list, who ignored the instructions in our staff manual, who arrived late that morning, and who has since been suspended while we review his conduct.",
            "Your glasses were fitted by Lerato and, honestly, she got the measurements wrong. We've had words.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, ça nous fait toujours plaisir d'avoir des nouvelles de nos adhérents de Compans. Nous sommes ravis que le cours de cross-training du jeudi soir vous plaise autant et que vous y ayez trouvé une vraie bande de copains. Pour l'erreur de prélèvement, c'est Kévin à l'accueil qui a mal saisi votre IBAN, et il a été sanctionné en conséquence. Le remboursement est lancé et devrait apparaître d'ici quelques jours. À jeudi pour le prochain WOD !",
            "Après vérification, l'erreur de délivrance incombe à Madame Berset, assistante en pharmacie, qui a fait l'objet d'un avertissement écrit.",
            "Désolés, c'est Ludo qui était de garde et qui a pas rappelé, il va se faire remonter les bretelles.",
            "Nous tenons à préciser que la direction n'est en rien responsable : c'est Julie, notre kiné remplaçante, qui a décidé seule de changer votre protocole, sans consulter le dossier ni nous en parler, et elle ne fera plus partie du cabinet à la fin du mois.",
            "La personne qui vous a reçu à l'accueil, Sandrine, n'en est malheureusement pas à son premier écart. Nous en tirons les conséquences.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for coming to see us in Stellenbosch and for your honest feedback. We're really glad your lower back is feeling looser and that the dry needling helped more than you expected. The delay that day was because the load-shedding schedule changed at short notice, the generator needed servicing, two patients arrived early, the card machine froze, the car guard was off sick and our usual receptionist was on a course in Cape Town. We really appreciate your patience and look forward to your next session. Take care of that back!",
            "The air con was off because the part was on back order from Auckland, the tech was booked solid, the landlord wouldn't sign off the quote, October was unseasonably hot and the fans were being cleaned that week anyway.",
            "Please understand that the fee reflected the complexity of the procedure, the additional X-ray, the specialist materials, the extended chair time, the sterilisation protocols required by current regulations, the rising cost of laboratory work and the exchange rate on imported composite.",
            "Sorry bout the wait, it was Monday, flu season, 2 staff off, a system update, the courier was late, phones non-stop and it was bucketing down. Just one of those days!",
            "We must point out that the consultation ran over because your dog was anxious, because the previous case was an emergency, because the lab results arrived late, because the specialist called back during your appointment, because our second vet was in theatre, and because we always take the time each animal needs, which we think you'll agree is what a good practice does.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après votre passage à notre magasin de Neuchâtel. Nous sommes heureux que la monture en titane vous plaise et que votre fils ait pu choisir lui aussi ses premières lunettes. Le retard de livraison s'explique par les vacances du laboratoire, une panne de la machine de taillage, un colis égaré par la poste, une grève des transporteurs en France, l'absence de notre technicien et un inventaire prévu de longue date. Nous vous remercions de votre patience et restons à votre disposition pour tout ajustement. Belle journée à vous et à votre famille !",
            "Si on était en retard ce jour-là, c'est qu'il y avait des bouchons sur le périph, une urgence à 8h, l'autoclave en panne, l'assistante en formation, le logiciel qui plantait et un match au Stadium le soir, tout le monde était à cran.",
            "Veuillez noter que le prix appliqué découle des tarifs fédéraux, de la marge réglementée, des frais de préparation, de la taxe de validation, de la hausse des coûts d'importation et de la révision annuelle des conditions de nos fournisseurs.",
            "Ouais la clim marchait pas, mais le technicien était en vacances, la pièce venait d'Espagne, le proprio répondait pas, y avait la canicule et en plus le compteur a sauté deux fois, on y peut rien nous.",
            "Nous tenons à expliquer que le délai de rappel est dû au nombre d'urgences du week-end, au remplacement d'une vétérinaire malade, à la mise à jour du standard téléphonique, aux vacances scolaires, à la nouvelle réglementation sur les médicaments vétérinaires et au fait que nous traitons toujours les cas graves en priorité.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for your review and for being a patient of ours here in Nelson for so many years. We always enjoy hearing about your garden, and the whole team was pleased when your grandson started coming to us too. However, no one at our practice ever told you the crown would be covered by your insurance; that simply did not happen. We'd still love to see you at your next check-up and will gladly talk through any questions about your treatment plan. All the best to you and your family.",
            "Nope. Nobody was ever charged twice here. Never happened.",
            "We have reviewed this carefully and can state with confidence that the events you describe did not take place at our pharmacy.",
            "Our vets never rush consultations, our staff never raise their voices, our fees are always explained upfront and there is no way anyone here would have turned away an animal in distress, so your version of events simply isn't accurate.",
            "Your lenses were not scratched when they left our shop. Full stop.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps d'écrire après la visite de Pistache à la clinique de Rangueil. Nous sommes heureux de savoir qu'elle a retrouvé l'appétit et qu'elle dort de nouveau sur le canapé. Cependant, personne chez nous ne vous a refusé un rendez-vous en urgence ce samedi-là, cela ne s'est tout simplement jamais produit. Toute l'équipe garde un très bon souvenir de cette petite chatte si bavarde. Nous vous souhaitons de belles fêtes à toutes les deux.",
            "Nous contestons formellement l'ensemble de vos allégations : aucune séance ne vous a été facturée à double.",
            "N'importe quoi, personne t'a parlé comme ça à l'accueil, c'est jamais arrivé.",
            "Nous tenons à affirmer que notre équipe n'a jamais délivré un mauvais médicament, que nos contrôles sont systématiques, que tout est vérifié deux fois et qu'il est donc impossible que l'erreur que vous décrivez se soit produite chez nous.",
            "Faux. Votre couronne n'a jamais été mal posée.",
        ],
    },
}

BLIND80_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind words about Dr Anaru and the team. We're really glad your filling went smoothly, and we look forward to seeing you at your next check-up.",
        "We're very sorry about the long wait on Saturday morning. That's not the experience we want for anyone, and we've added a second physio to the weekend roster from this month. If you'd like to talk it through, please call the clinic directly on 09 555 0123.",
        "We were so sad to hear about Bella. Losing a companion of fourteen years is heartbreaking, and we're grateful you trusted us with her care right to the end. Our thoughts are with you and your family.",
        "Thanks for the review! Just so you know, our loyalty card gives every customer a free lens clean and frame adjustment after five visits, whatever they think of us, so do ask for one at the counter next time.",
        "We're sorry Sipho gave you the wrong class time over the phone. That one is on us as a business: our online timetable hadn't been updated, and it's now fixed. We'd love to have you back for a session on the house to make up for the wasted trip.",
        "We understand it was frustrating to be asked to wait before using the squat rack. For everyone's safety, new members do a short induction with a coach first. It only takes fifteen minutes, and we'll happily book it at a time that suits you.",
        "Thanks for your feedback. Just to clarify, our consultation fee is listed on our website and at reception, and it hasn't changed since January. We're sorry it came as a surprise, though, and our team will mention it when booking from now on.",
        "Guilty as charged: our waiting room playlist has been stuck on the same 2004 pop album for months. We've finally found the remote. Thanks for the nudge, and for the lovely words about your clean!",
        "Thanks so much for the lovely review, Mrs van Wyk! The whole pharmacy team really appreciates you, and it's lekker having you back in Durbanville.",
        "We're sorry your contact lenses took longer than promised. We should have called you as soon as the supplier delayed the order, and we didn't. We've refunded the delivery fee and we're changing how we track special orders.",
        "We take any concern about safety seriously. Our car park has CCTV, and if your car was damaged while you were with us, we'll gladly share the footage with you or your insurer to help with your claim.",
        "Please don't share any personal or medical details here; we'd rather protect your privacy. If you email us at reception@harbourviewphysio.co.nz or call the clinic, our practice manager will look into your booking straight away.",
        "A big shout-out to Lerato, who stayed late to make sure your glasses were ready before your flight. We're proud to have her on the team.",
        "We'll admit our coffee machine has more bad days than good ones, and Tuesday was not one of its better efforts. A new one arrives next week. Thanks for sticking with us through the caffeine crisis!",
        "We're sorry the pharmacy was closed when you arrived at 5.45. A staff illness meant we closed early that day, and we should have updated our online hours. That's now been fixed.",
        "We're sorry you felt the treatment options weren't explained. We thought we had gone through them together, but clearly it didn't come across as well as it should have, and that matters to us. Would you be open to a call with Dr Patel so we can go over it again?",
        "Cheers for the five stars, much appreciated! See you at the 6am class.",
        "Congratulations on finishing your first half-marathon! The whole physio team cheered when we saw your photo at the finish line. Thanks for letting us be part of your recovery.",
        "You're right that our membership price went up this year, and we're sorry it wasn't communicated better. The increase covers new equipment and longer opening hours. Anyone who joined before March keeps their old rate until renewal.",
        "We're sorry we couldn't fit your puppy in for vaccinations this week. Spring has been very busy, and we now keep a waiting list for cancellations. Give us a call and we'll pop you on it.",
        "Thank you for the four stars and the helpful suggestion about weekend opening. We're trialling Saturday mornings from next month and would love to hear what you think.",
        "Thanks for recommending us to your sister! Just so everyone knows, our refer-a-friend scheme gives both people a free class, and it's open to every member.",
        "We're sorry about the confusion around cancelling. Under our membership terms, cancellations need thirty days' notice, but we understand the circumstances you describe and we'd like to waive that. Please email our manager and she'll sort it out today.",
        "We're so sorry. Jess made an error on the dosage label, and as a pharmacy that is our responsibility, not hers alone. We've reviewed our checking procedure and added a second check for all children's medicines.",
        "Kia ora and thanks heaps for the awesome feedback! The team was stoked to hear your knee's feeling better. Catch you at your next session.",
        "Sorry to hear the change room was in such a state on Sunday, that's not on. We've added an extra cleaning round on weekends. Thanks for flagging it.",
        "We know it's hard to wait outside while your dog is being examined. For some procedures we ask owners to stay in the waiting room so our vets can work safely and your pet stays calm. We're always happy to explain why in any particular case.",
        "Thank you for your feedback regarding your recent visit. We regret that your experience did not meet your expectations and would welcome the opportunity to discuss it further. Please contact our practice manager on 021 555 0199 at your convenience.",
        "Thank you for taking the time to write such a detailed review. You're right that the waiting area was too cold and that the follow-up call didn't happen when we promised. Both were our mistakes. We've asked the building manager to look at the heating and set up a reminder system so follow-ups aren't missed. We'd really value the chance to make it up to you.",
        "We know how stressful a dental emergency can be, and we're glad we could fit you in on a Sunday. Thank you for your patience while Dr Mokoena finished with the patient before you.",
        "We're sorry the insurance paperwork was so confusing. We can't give legal or financial advice, but our front desk can walk you through the claim form step by step. Just drop in any weekday.",
        "Yes, the treadmill by the window does squeak like a startled possum. It's booked in for repair on Thursday. Until then, consider it free motivation!",
        "We're sorry your glasses snapped after only two months. That's not the quality we stand behind. Please bring them in and we'll replace the frame free of charge under our warranty.",
        "We're very sorry for your loss. Your mum was one of our loveliest regulars, always with a story for the team. Please accept our heartfelt condolences.",
        "Thanks for the review. Just a small correction: we're open until 7pm on Thursdays, not 5pm, so late appointments are available. Sorry if our website suggested otherwise; we've updated it.",
        "We never ask for reviews in exchange for anything, but we're always grateful when people take the time to write one. Thank you!",
        "We're sorry about the mix-up with your booking. Please send us a private message rather than posting your details here, and we'll sort it out straight away.",
        "Thanks for the lovely words about Anika! She'll be thrilled. She really does go above and beyond for every patient.",
        "We appreciate your candour. Having looked into what happened, we agree we did not explain the cost of the scan clearly enough before going ahead. We have refunded the difference, and our vets will now give a written estimate before any additional tests. Thank you for helping us improve.",
        "Thanks so much for the shout-out! The team loved having you in. Go well.",
    ],
    "fr": [
        "Merci beaucoup pour votre message chaleureux ! Toute l'équipe du cabinet dentaire est ravie que votre détartrage se soit bien passé. À bientôt pour votre contrôle annuel.",
        "Nous sommes sincèrement désolés pour l'attente de samedi matin. Ce n'est pas l'accueil que nous voulons offrir, et un kiné supplémentaire travaille désormais le samedi. N'hésitez pas à appeler le cabinet au 05 61 23 45 67 pour en parler.",
        "Toute l'équipe de la clinique est très triste d'apprendre le départ de Caramel. Quatorze ans de complicité, c'est énorme. Merci de nous avoir fait confiance jusqu'au bout ; nous pensons bien à vous.",
        "Merci pour votre avis ! Pour information, notre carte de fidélité est ouverte à tous nos clients : au sixième passage, un étui est offert, que vous nous laissiez un avis ou non.",
        "Nous sommes désolés que Mathieu vous ait donné le mauvais horaire au téléphone. C'est à nous, en tant que salle, d'en assumer la responsabilité : notre planning en ligne n'était pas à jour. C'est corrigé, et nous serions heureux de vous accueillir pour une séance offerte.",
        "Nous comprenons que l'attente avant d'accéder à la zone de musculation ait pu vous agacer. Pour la sécurité de chacun, les nouveaux adhérents suivent d'abord une courte initiation avec un coach. Elle ne dure qu'un quart d'heure et nous la planifions volontiers à l'horaire qui vous arrange.",
        "Merci pour votre retour. Pour préciser, nos tarifs de consultation sont affichés en salle d'attente et sur notre site, et ils n'ont pas changé depuis janvier. Nous sommes toutefois désolés de la surprise et nous les rappellerons désormais lors de la prise de rendez-vous.",
        "On plaide coupables : la playlist de la salle d'attente tourne en boucle sur le même vieil album depuis des mois. On a enfin retrouvé la télécommande ! Merci pour le clin d'œil, et pour vos gentils mots sur l'équipe.",
        "Merci infiniment pour votre appréciation, elle nous fait très plaisir. Toute l'équipe de la pharmacie vous adresse ses meilleures salutations et se réjouit de vous revoir.",
        "Nous sommes désolés que vos lentilles aient mis plus de temps que prévu à arriver. Nous aurions dû vous prévenir dès que le fournisseur a annoncé le retard, et nous ne l'avons pas fait. Les frais d'envoi vous ont été remboursés et nous revoyons le suivi de nos commandes spéciales.",
        "Nous prenons très au sérieux ce que vous décrivez. Le parking de la clinique est équipé d'une caméra : si votre voiture a été abîmée pendant votre rendez-vous, nous transmettrons volontiers les images à votre assurance pour faciliter vos démarches.",
        "Pour protéger votre vie privée, nous préférons ne pas évoquer votre dossier ici. Écrivez-nous à accueil@kine-des-carmes.fr ou appelez le secrétariat, et notre responsable reprendra votre rendez-vous sans attendre.",
        "Un grand merci à Léa, qui est restée après la fermeture pour que vos lunettes soient prêtes avant votre départ en vacances. Nous sommes fiers de l'avoir dans l'équipe.",
        "On l'avoue, notre machine à café a ses humeurs, et mardi n'était pas son meilleur jour. Une nouvelle arrive la semaine prochaine. Merci de votre patience pendant cette crise de caféine !",
        "Nous sommes désolés que la pharmacie ait été fermée à votre arrivée. Une collègue malade nous a obligés à fermer plus tôt ce jour-là, et nous aurions dû mettre à jour nos horaires en ligne. C'est désormais fait.",
        "Nous regrettons que vous ayez eu le sentiment que le traitement ne vous avait pas été expliqué. De notre côté, nous pensions avoir présenté les différentes options, mais visiblement ce n'était pas assez clair, et c'est important pour nous. Accepteriez-vous d'en reparler avec le Dr Roux par téléphone ?",
        "Merci pour les cinq étoiles, ça fait plaisir ! À jeudi pour le cours de 18h.",
        "Félicitations pour votre premier semi-marathon ! Toute l'équipe du cabinet était ravie de voir votre photo à l'arrivée. Merci de nous avoir laissés vous accompagner dans votre rééducation.",
        "Vous avez raison, le prix de l'abonnement a augmenté cette année, et nous sommes désolés de ne pas l'avoir mieux annoncé. Cette hausse finance le nouveau matériel et l'ouverture le dimanche. Les adhérents inscrits avant mars conservent leur ancien tarif jusqu'au renouvellement.",
        "Nous sommes désolés de ne pas avoir pu vous proposer de rendez-vous cette semaine pour les vaccins de votre chiot. Le printemps est très chargé, et nous tenons désormais une liste d'attente pour les désistements. Appelez-nous et nous vous y inscrirons.",
        "Merci pour vos quatre étoiles et pour votre suggestion sur l'ouverture du samedi. Nous faisons un essai dès le mois prochain et serions ravis d'avoir votre avis.",
        "Merci d'avoir parlé de nous à votre sœur ! Pour rappel, notre parrainage offre une séance à chacun des deux, et il est ouvert à tous nos adhérents.",
        "Nous sommes désolés pour la confusion autour de la résiliation. Nos conditions générales prévoient un préavis d'un mois, mais vu les circonstances que vous décrivez, nous souhaitons y renoncer. Écrivez à notre responsable, elle s'en occupe dès aujourd'hui.",
        "Nous vous présentons toutes nos excuses. L'étiquette préparée par Chloé comportait une erreur de posologie, et c'est la responsabilité de toute la pharmacie, pas la sienne seule. Nous avons revu notre procédure de contrôle et ajouté une double vérification pour tous les médicaments pédiatriques.",
        "Adishatz et merci pour ce super message ! Toute l'équipe est ravie que votre genou aille mieux. À très vite au cabinet !",
        "Désolés pour l'état des vestiaires dimanche, ce n'est pas acceptable. Nous avons ajouté un passage de ménage supplémentaire le week-end. Merci de nous l'avoir signalé.",
        "Nous savons qu'il est difficile d'attendre dehors pendant l'examen de votre chien. Pour certains soins, nous demandons aux propriétaires de rester en salle d'attente afin que les vétérinaires puissent travailler en sécurité et que l'animal reste calme. Nous vous expliquerons volontiers pourquoi au cas par cas.",
        "Nous vous remercions de votre retour concernant votre récente visite et regrettons sincèrement qu'elle n'ait pas répondu à vos attentes. Nous serions heureux d'en discuter avec vous ; n'hésitez pas à contacter notre responsable de cabinet au 021 555 01 99.",
        "Merci d'avoir pris le temps d'écrire un avis aussi détaillé. Vous avez raison : la salle d'attente était trop froide et le rappel promis n'a pas eu lieu. Ce sont deux erreurs de notre part. Nous avons fait vérifier le chauffage et mis en place un système de rappel pour que cela ne se reproduise pas. Nous aimerions beaucoup avoir l'occasion de nous rattraper.",
        "Nous savons combien une urgence dentaire peut être stressante, et nous sommes contents d'avoir pu vous recevoir un dimanche. Merci pour votre patience pendant que le Dr Favre terminait avec le patient précédent.",
        "Nous sommes désolés que les papiers d'assurance aient été si compliqués. Nous ne pouvons pas donner de conseil juridique, mais notre secrétariat peut vous aider à remplir le formulaire de remboursement étape par étape. Passez quand vous voulez en semaine.",
        "Oui, le tapis de course près de la fenêtre grince comme une vieille porte de grange. Le réparateur passe jeudi. D'ici là, considérez-le comme un coach sonore offert !",
        "Nous sommes désolés que votre monture se soit cassée au bout de deux mois seulement. Ce n'est pas la qualité que nous défendons. Rapportez-la au magasin, nous la remplacerons gratuitement dans le cadre de la garantie.",
        "Nous sommes profondément attristés par votre message. Votre maman était une cliente fidèle et toujours souriante, et toute l'équipe de la pharmacie garde un très beau souvenir d'elle. Recevez nos sincères condoléances.",
        "Merci pour votre avis. Une petite précision : nous sommes ouverts jusqu'à 19h le jeudi, et non 17h, donc des rendez-vous en fin de journée sont possibles. Désolés si notre site prêtait à confusion, il est corrigé.",
        "Nous ne demandons jamais d'avis en échange d'une contrepartie, mais nous sommes toujours touchés quand quelqu'un prend le temps d'en écrire un. Merci !",
        "Désolés pour le souci avec votre réservation. Merci de nous envoyer vos coordonnées par message privé plutôt que de les publier ici, et nous réglerons cela tout de suite.",
        "Merci pour vos gentils mots sur Anaïs ! Elle va être ravie. Elle se donne vraiment à fond pour chaque patient.",
        "Nous vous remercions pour votre franchise. Après vérification, nous reconnaissons ne pas avoir suffisamment expliqué le coût de l'échographie avant de la réaliser. La différence vous a été remboursée, et nos vétérinaires remettront désormais un devis écrit avant tout examen complémentaire. Merci de nous aider à progresser.",
        "Merci pour ce gentil message ! Nos septante ans d'existence, c'est grâce à des clients comme vous. Belle journée et à bientôt à l'officine.",
    ],
}
