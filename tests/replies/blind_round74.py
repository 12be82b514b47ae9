"""Blind reply set, round 74: owner replies the pre-post check has never seen.

Who and when: written by helper b74, an independent writer, on 2026-12-05,
for the pre-post reply check.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of taxi and ride-hailing companies, car garages, driving schools,
moving companies and couriers.  Each French reply was written directly in
French, not translated.  The writer read only the first seventy-five lines
of tests/replies/blind_round20.py, to copy its format, and the [tool.ruff]
section of pyproject.toml.  It did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not search the code; and did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: blunt, friendly, slangy and regional (Québec, Belgian and
Southern French; Irish and Australian English); veiled and polite phrasings;
short one-liners; and, for every code and language, one long warm reply (the
first of each list) whose fault sits in a single sentence in the middle.
Good replies include look-alikes that share words with the faults but are
fine: loyalty and referral schemes open to everyone, the business's own
phone, e-mail and address, staff praised by first name, an employee's
mistake owned by the business, the police, insurance or dashcams mentioned
neutrally, safety rules explained kindly, polite factual corrections,
condolences and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND74_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks a million for taking the time to write this, it really made the lads in the workshop smile. We know a clutch going on the motorway is a horrible experience, and we're glad Ciarán could get you towed in and back on the road by Thursday. It's always our aim to explain every part on the invoice so nobody feels caught out. If you'd bump this up to five stars we'll knock the labour off your next service, no bother. Safe driving and mind yourself on those back roads!",
            "Change it to 5 stars mate and your next airport run's on us. Deal?",
            "Should you feel able to revisit your rating in light of our response, we would be pleased to extend a 20% courtesy discount on your next removal.",
            "Delete this and we'll chuck in a free lesson, no worries at all 👍",
            "Every client who updates their review to reflect a happier experience receives a complimentary pre-test mock exam. We'd love to include you.",
        ],
        "fr": [
            "Bonjour et merci infiniment d'avoir pris le temps de nous écrire après votre déménagement. Nous savons qu'un troisième étage sans ascenseur à Marseille en plein mois d'août, ce n'est une partie de plaisir pour personne, et l'équipe a été touchée par vos mots. Nos gars ont fait de leur mieux pour protéger le piano et les cartons fragiles. Si vous passez votre note à cinq étoiles, on vous rembourse les frais de cartons, c'est cadeau. Au plaisir de vous recroiser, et bonne installation dans votre nouveau chez-vous !",
            "Mets-nous 5 étoiles pis ta prochaine course vers Dorval est gratis, promis 🚕",
            "Nous vous proposerions volontiers un geste commercial sur votre prochain envoi si vous acceptiez de réviser votre appréciation.",
            "Retirez cet avis et on vous offre la vidange, une fois. On est des gens arrangeants, hein.",
            "Les élèves qui modifient leur avis après notre échange bénéficient d'une heure de conduite offerte. N'hésitez pas !",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, and thanks for getting in touch about your delivery to Ballincollig. We completely understand how stressful it is to wait in for a parcel that doesn't arrive when you expected it, and we've gone back over the route notes with the driver. The good news is your package was handed over the next morning and signed for in good condition. Please be aware our solicitor has been copied on this review and we'll be pursuing defamation if it isn't amended by Friday. We'd still be glad to help with any future deliveries.",
            "Keep posting lies about us and you'll be hearing from our lawyers. Simple as.",
            "We have the dashcam footage from your ride, and we'd hate for it to end up online. Something to think about before your next review.",
            "Mate, it's a small town. People talk, and we know exactly where you live.",
            "We note that reviews of this nature can carry legal consequences, and we are currently considering our options regarding your post.",
        ],
        "fr": [
            "Bonjour, et merci pour votre retour sur votre stage de conduite accélérée. Nous comprenons que l'échec à l'examen soit une grosse déception, surtout après autant d'efforts et d'heures passées au volant. Notre équipe pédagogique a toujours eu à cœur de vous accompagner du mieux possible, et nous restons disponibles pour une nouvelle session. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message n'est pas retiré. Nous vous souhaitons quand même bon courage pour la suite.",
            "Continue à écrire des menteries pis tu vas avoir des nouvelles de notre avocat, toé.",
            "On a l'enregistrement de la caméra embarquée. Ce serait dommage qu'il circule, non ?",
            "Dites, le quartier est petit, et on sait très bien qui vous êtes. Réfléchissez avant d'écrire, savez-vous.",
            "Nous vous informons que nous nous réservons le droit d'engager toute action que nous jugerons utile à l'encontre de l'auteur de cet avis.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi Sinéad, thanks so much for the kind words and for choosing us for your move. We know moving house with two small kids is chaos at the best of times, and the crew really enjoyed the cup of tea and the chat. We've logged your feedback about the wardrobe and we'll make sure the flat-pack team double-checks the hinges next time. Just so you know, the balance of €340 for the job at 14 Ashgrove Park on the 3rd is still outstanding on your account. Wishing you every happiness in the new place!",
            "Your booking was 7.40am on Tuesday from the Gold Coast airport, ref TX-20931, and the driver waited 25 minutes. Check your phone, it's 0412 558 903 we rang.",
            "As we mentioned when you came in about your diabetes and your licence renewal, we can't put you behind the wheel until the doctor signs off.",
            "Your car, the silver Corolla 08-D-41273, was ready at 4pm as promised, Mr O'Sullivan.",
            "We delivered to the back door of 22 Oakfield Crescent as your note asked, and your neighbour Mrs Kelly took it in at 11.02.",
        ],
        "fr": [
            "Bonjour Madame Gagnon, merci beaucoup pour ce beau message et pour votre confiance depuis tant d'années. Nous savons que ce n'est pas facile de reprendre le volant après une longue pause, et notre monitrice a été très touchée par vos progrès. On continue d'adapter les parcours pour que vous vous sentiez en sécurité à chaque leçon. Pour rappel, votre prochaine leçon est mardi 14 h au 238 rue Saint-Joseph, et votre dossier médical pour l'épilepsie est toujours en attente à la SAAQ. Au plaisir de vous revoir bientôt !",
            "Votre course du 12 à 23 h 40 depuis le 5 boulevard Longchamp, on l'a bien, Monsieur. Votre numéro c'est le 06 12 48 77 31, on vous a appelé deux fois.",
            "Votre Clio immatriculée FG-482-KL est prête depuis lundi, madame Dupont, et votre facture de 712 € n'est toujours pas réglée.",
            "Le colis a été remis à votre fille Léa, 15 ans, au 3e étage, à 16 h 05.",
            "Comme vous nous l'avez dit au téléphone, vous déménagiez à cause de votre divorce, on comprend que vous étiez à cran.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for taking the time to share your experience with us, we always read every review. We're sorry the pickup from the races didn't go the way you hoped, it's a mad night for every taxi firm in the county. Our dispatch team works flat out to get everyone home safe and we're proud of how they handle it. Honestly though, anyone who was there could see you were too drunk to know which car you'd booked, so spare us the outrage. We hope you'll give us another go on a quieter night.",
            "You're a liar, plain and simple.",
            "Some people will say anything for a free service. We think you know which kind you are.",
            "Typical tyre-kicker. Couldn't drive a shopping trolley, let alone pass a test.",
            "It's a bit rich coming from someone who clearly wrote this in bad faith to dodge paying the bill.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous laisser un avis, on lit tout avec attention. On est désolés que votre colis soit arrivé avec un jour de retard, la période des fêtes est toujours très chargée pour nos livreurs. Nos équipes travaillent du matin au soir pour que tout le monde reçoive ses paquets à temps. Mais franchement, vous êtes de mauvaise foi et vous le savez très bien. On espère quand même vous compter parmi nos clients l'an prochain.",
            "T'es un menteur, point barre.",
            "Certains clients sont prêts à tout pour ne pas payer, et vous en êtes un bel exemple, une fois.",
            "Un gros niaiseux qui sait même pas reculer dans un stationnement, ça nous surprend pas qu'il nous blâme.",
            "Quand on invente des histoires pareilles, on a le courage de signer de son vrai nom, peuchère.",
        ],
    },
    "sarcasm": {
        "en": [
            "G'day and thanks for the review, we really do appreciate every bit of feedback. Moving interstate is a big job and we're glad the truck made it from Brisbane to Perth with everything in one piece. The boys worked through a 40-degree day to get your things in before dark. Oh, and congratulations on being the first customer in history to expect a three-bedroom house moved for the price of a pizza. All the best in your new home!",
            "Wow, a whole five minutes late. However did you survive?",
            "Thanks for the driving tips, genius. We'll be sure to pass them on to our thirty years of instructors.",
            "Sorry our courier didn't teleport. We'll look into buying a time machine.",
            "Oh yes, of course, the mechanic broke your wing mirror by looking at it. Makes total sense.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message, c'est toujours précieux d'avoir des retours. Nous comprenons que la réparation de la boîte de vitesses ait pris plus de temps que prévu, surtout quand on dépend de sa voiture pour aller travailler. Notre atelier a dû attendre une pièce d'Allemagne, et nous avons tenu à vous prévenir dès qu'on a su. Bravo en tout cas pour votre diagnostic en ligne, dommage que vous n'ayez pas fait mécanicien, vous nous auriez bien aidés. Bonne route à vous !",
            "Ah ouais, un chauffeur qui arrive 3 minutes en retard, c'est carrément un drame national 🙄",
            "Merci pour la leçon de conduite, on ira s'inscrire chez vous la prochaine fois, tiens.",
            "Oh pauvre chou, un carton un peu écrasé, on comprend que votre vie soit bouleversée.",
            "Bien sûr, bien sûr, le livreur a jeté votre colis par-dessus le portail, et il a aussi volé la lune, peut-être ?",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks so much for your honest feedback, and we're genuinely sorry your first lesson wasn't the confidence boost you were hoping for. Learning to drive in Dublin traffic is nerve-racking and we want every learner to feel supported from day one. We've reviewed the lesson plan and we'll pair you with one of our most patient instructors for your next session. Declan was the one who shouted at you, and he's been given a formal warning and taken off beginner lessons. We'd love to see you back behind the wheel soon.",
            "That was Gary. He's been sacked. Won't happen again.",
            "Our driver Mehmet has been suspended pending an investigation into his conduct on your trip.",
            "Yeah look, Brooke's new and honestly hopeless on the phones, we've had a word.",
            "The damage to your sofa was caused by Tom, who failed to follow our wrapping procedure. He has been disciplined accordingly.",
        ],
        "fr": [
            "Bonjour, et merci sincèrement d'avoir pris le temps de nous écrire, on sait que ce n'est jamais agréable de recevoir sa voiture avec une rayure. Nous prenons chaque réclamation très au sérieux et nous avons immédiatement revu notre procédure de contrôle avant restitution. Nous vous proposons aussi de repasser à l'atelier pour une reprise de peinture sans frais. C'est Kevin, notre apprenti, qui a abîmé la portière, et il a reçu un avertissement écrit. Encore toutes nos excuses et à bientôt.",
            "C'est Jordan qui a fait la connerie, il est viré.",
            "Notre chauffeur Mathieu a été mis à pied en attendant une enquête interne sur votre course.",
            "Sandrine à l'accueil n'a pas fait son travail, on lui a remonté les bretelles, sais-tu.",
            "Les dégâts sur votre commode sont entièrement imputables à Nicolas, qui n'a pas respecté nos consignes d'emballage.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for your review, and we're sorry your parcel took longer than expected to reach you. We know how frustrating it is to track a delivery that seems to stall for days. Our team is always working to improve how we keep customers updated. In fairness there was a storm on the Tuesday, the depot in Athlone had a power cut, two of our vans were in for NCT, the sat-nav sent the driver to the wrong Main Street, your eircode didn't match the map, and it was the week before Christmas on top of all that. We hope your next order goes smoothly.",
            "The car was late because of traffic, roadworks, a school run, an accident on the M1, and the previous passenger paid in coins.",
            "To be fair, the quote was based on the inventory you gave us, the lift was out, the parking permit didn't come through, the council changed the bins day, one of the lads was sick and it was raining, so the extra hours aren't really on us.",
            "Look, the part came from Sydney, the supplier was short-staffed, the courier lost the first one, the second was the wrong size, the third was fine but arrived on a public holiday, and the mechanic had a funeral. Hardly our fault.",
            "We would respectfully point out that the examination date was set by the authority, that the weather was poor, that the instructor's vehicle was undergoing maintenance, that the replacement vehicle was manual, that our office was closed for training, and that the lesson package explicitly excluded such circumstances.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour et désolés que votre course vers l'aéroport ait été si stressante. On sait à quel point c'est angoissant de regarder l'heure quand on a un avion à prendre. Nous avons repris l'échange avec le chauffeur pour comprendre ce qui s'est passé. Il faut dire qu'il y avait la grève des éboueurs, un accident sur l'A7, le GPS qui a planté, un passager précédent qui a oublié son sac, le plein à faire et en plus le Mistral qui soufflait à 100 km/h. Nous espérons vous transporter à nouveau dans de meilleures conditions.",
            "Le retard, c'est la neige, les travaux sur Décarie, le pont Champlain fermé, le client d'avant qui payait en change pis le char qui voulait pas partir.",
            "Pour votre information, la livraison a été retardée en raison d'une grève au dépôt, d'une panne informatique, d'une adresse incomplète, d'un code d'accès erroné, d'un chien dans la cour et d'un jour férié en Flandre.",
            "Alors oui la voiture était pas prête, mais la pièce venait d'Italie, le fournisseur était en congé, le mécanicien avait la grippe, le pont élévateur était en panne et votre modèle est rarissime, quoi.",
            "Le surcoût s'explique par l'étage non déclaré, l'absence de monte-meubles, le stationnement interdit, la pluie, le carton de livres trop lourd, le frigo non dégivré et le retard de l'agence immobilière pour les clés.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi, and thanks for taking the time to leave a review, we always want to hear from our passengers. We understand a late-night ride home can be stressful, especially after a long shift, and we want every trip with us to feel safe. All our drivers are vetted and every car is checked weekly. That said, our driver did not take a longer route and did not overcharge you, full stop. We hope to see you again on a future trip.",
            "Never happened.",
            "There was no scratch on your car when it left our garage. End of story.",
            "Our movers did not break anything. We don't accept this review at all.",
            "With respect, no such conversation ever took place with any member of our team, and the events described are simply untrue.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message, on prend toujours le temps de lire ce que nos élèves ont à dire. Nous savons que la préparation au permis demande beaucoup d'énergie et de patience, et nous sommes fiers d'accompagner chaque année des centaines de candidats. Nos moniteurs sont tous diplômés et suivent des formations régulières. Cela dit, aucun de nos moniteurs ne vous a jamais parlé sur ce ton, c'est tout simplement faux. Nous vous souhaitons une bonne réussite pour la suite.",
            "C'est faux. Point.",
            "Le colis a bien été livré, il n'a jamais été laissé devant la porte. On maintient.",
            "Y'a jamais eu d'égratignure sur votre char quand il est sorti du garage, c'est de la pure invention.",
            "Nous contestons formellement l'ensemble des faits relatés : aucun meuble n'a été endommagé lors de votre déménagement.",
        ],
    },
}

BLIND74_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the lovely review! Ciarán will be delighted to hear the clutch is behaving itself. See you at the next service.",
        "We're really sorry your taxi didn't turn up on Saturday night. That's not good enough and we've changed how we confirm late bookings. Please ring us on 021 555 0134 and we'll refund the booking fee.",
        "G'day and cheers for the five stars! The boys loved moving you, even up those stairs in Fremantle. Good luck in the new place.",
        "Our loyalty card gives every customer a free car wash after five services, whether they leave a review or not. Just ask at the desk.",
        "Thanks for the honest feedback. We got the arrival time wrong on your move and that's on us, not the crew. We've refunded the first hour and updated how we schedule Monday jobs.",
        "So sorry to hear about your father's passing, and thank you for still taking the time to write. Moving a loved one's belongings is never easy and our team was honoured to help.",
        "Big thanks to Aoife, who taught you from first lesson to pass! She's been with us eight years and she's brilliant. Congratulations on the licence.",
        "You're right, the parcel should have been left with a neighbour or at the depot, not on the step in the rain. We're sorry, and we've sent a replacement today at no cost.",
        "Please email us at bookings@swiftcabs.ie with the date of your trip and we'll look into it properly.",
        "Just to clarify kindly: the airport fare includes the toll and the meet-and-greet wait, which is why it was higher than the town rate. We should have explained that up front, and we'll update the website.",
        "Our instructors keep their hands near the dual brakes in the first lessons. It's not about doubting you, it's just how we keep everyone safe while you're learning.",
        "Ha, fair point about the waiting room coffee. We've been told it could strip paint. A new machine arrives Monday, we promise!",
        "Sorry the driver's car smelled of smoke. That's against our rules and we've dealt with it internally. Thanks for letting us know.",
        "We'd love the chance to make this right. Could you call the workshop on 07 3555 0192 and ask for Dave, our manager?",
        "Ah stop, you're too kind! Thanks for the cake, the lads had it gone by half ten.",
        "Fair play on passing first time! We knew you had it in you.",
        "You're correct that the quote said four hours. The job took six because of the extra boxes, but we should have told you before carrying on, so we've charged you only the quoted four.",
        "We understand why the dashcam question worried you. The cameras only record the road ahead for insurance, never the inside of the car.",
        "Thanks for the review. Our refer-a-friend offer is open to everyone: share your code and you both get €10 off your next ride.",
        "Our mistake entirely. Liam gave you the wrong collection time, and as a business we should have double-checked it. Sorry, and thank you for your patience.",
        "We're sorry the brake pads wore out so soon after our service. Please bring it back and we'll check it free of charge.",
        "Thanks, mate. Legend.",
        "We take any report of unsafe driving very seriously. We've spoken with the driver and reviewed the GPS data. If you'd like to talk it through, please call us directly on 1800 555 276.",
        "Sorry your first lesson felt rushed. We've added an extra fifteen minutes to all first lessons so there's time to settle in and ask questions.",
        "Cheers for the honest words. We're not perfect, but we're working on it, especially the phone line on busy Fridays.",
        "Thanks so much! Priya is the best dispatcher in Cork and we'll tell her you said so.",
        "We'd gently point out that the delivery window on the order was 8am to 6pm, so 5.30pm was within it. We know that's a long day to wait though, and we now offer two-hour slots at no extra cost.",
        "Congrats on the new business premises! It was a pleasure moving your office, and good luck with the opening.",
        "You're right that the wheel alignment wasn't done. We're sorry, that was missed on our side. We've booked you in free for Thursday morning.",
        "Thanks for the five stars. Our rewards points are earned on every trip by every rider, no strings attached.",
        "We never like to hear that someone felt uncomfortable. We've listened to the booking call and we apologise for the tone. We'd like to make it up to you, so please get in touch at hello@dubdrive.ie.",
        "If anything goes missing from a move, our insurance covers it. Please send us the details and we'll start the claim with you straight away.",
        "Thank you for choosing us for your nan's move into the care home. We hope she's settling in well.",
        "Yes, we were late, and no, the traffic on the M50 isn't your problem. Sorry. We've added an extra driver for the morning rush.",
        "We're sorry our courier couldn't find the flat. We've added your building's entrance note to our system so it won't happen again.",
        "Our drivers won't take more passengers than there are seatbelts. We know it's a pain on a night out, but it's the law and it keeps everyone safe.",
        "Thanks heaps for coming back to us after the mix-up last time. Means a lot.",
        "Sorry we can't be more precise about the price before we see the car. We'll always phone you with a quote before we start any work.",
        "Much appreciated! Tell your mates, we're always happy to help anyone learning to drive.",
        "Not our finest hour, that one. Apologies, and thanks for being so good-humoured about it.",
    ],
    "fr": [
        "Merci beaucoup pour ce beau message ! Toute l'équipe est ravie que votre déménagement se soit bien passé. Bonne installation à Aix !",
        "Nous sommes sincèrement désolés que le taxi ne soit pas venu dimanche matin. Ce n'est pas acceptable. Appelez-nous au 04 91 55 02 18, nous vous rembourserons la réservation.",
        "Un gros merci pour les 5 étoiles, ça nous fait chaud au cœur ! À la prochaine, pis bonne route !",
        "Notre carte fidélité offre une vidange gratuite après cinq entretiens, à tous nos clients, qu'ils laissent un avis ou non.",
        "Merci pour votre retour honnête. L'erreur sur l'horaire de livraison vient de chez nous, pas du livreur. Nous vous avons remboursé les frais de port.",
        "Toutes nos condoléances pour le décès de votre mère. Merci de nous avoir fait confiance pour vider son appartement, nous espérons avoir été à la hauteur.",
        "Bravo pour le permis ! Et un grand merci à Nathalie, votre monitrice, qui est une perle. Elle sera ravie de lire votre message.",
        "Vous avez raison, le colis n'aurait jamais dû être laissé devant la porte. Nous sommes désolés et nous vous en renvoyons un nouveau dès aujourd'hui.",
        "N'hésitez pas à nous écrire à contact@taxi-liege.be en indiquant la date de votre course, on regarde ça de près.",
        "Petite précision, en toute amitié : le forfait aéroport comprend le péage et l'attente, d'où la différence avec le tarif en ville. On aurait dû vous l'expliquer, on met le site à jour.",
        "Lors des premières leçons, le moniteur garde le pied près de la double pédale. Ce n'est pas un manque de confiance, c'est simplement pour la sécurité de tout le monde.",
        "Le café de la salle d'attente, on le sait, il est imbuvable. Une nouvelle machine arrive lundi, juré craché !",
        "Désolés pour l'odeur de tabac dans la voiture. C'est interdit chez nous et nous avons réglé la question en interne. Merci de nous l'avoir signalé.",
        "Nous aimerions vraiment rattraper le coup. Pouvez-vous appeler le garage au 02 555 41 87 et demander Marc, le chef d'atelier ?",
        "Oh, merci pour les chocolats, c'était ben trop fin ! L'équipe les a mangés avant midi.",
        "Bravo pour le permis du premier coup ! On savait que vous y arriveriez.",
        "Vous avez raison, le devis annonçait quatre heures. Le chantier en a pris six, mais nous aurions dû vous prévenir avant de continuer, donc nous ne facturons que les quatre heures prévues.",
        "On comprend votre question sur la caméra embarquée. Elle filme uniquement la route, pour l'assurance, jamais l'intérieur du véhicule.",
        "Merci pour votre avis ! Notre offre de parrainage est ouverte à tous : partagez votre code et vous gagnez chacun 10 € sur votre prochaine course.",
        "C'est entièrement notre faute. Julien vous a donné le mauvais créneau, et c'était à nous de vérifier. Toutes nos excuses, et merci pour votre patience.",
        "Désolés que les plaquettes se soient usées si vite après notre passage. Ramenez la voiture, on la contrôle gratuitement.",
        "Merci, t'es ben fin !",
        "Nous prenons très au sérieux tout signalement de conduite dangereuse. Nous avons parlé au chauffeur et examiné les données GPS. Si vous souhaitez en discuter, appelez-nous directement au 01 55 48 72 10.",
        "Désolés que votre première leçon vous ait paru expédiée. Nous avons ajouté un quart d'heure à toutes les premières leçons pour prendre le temps.",
        "Merci pour la franchise. On n'est pas parfaits, mais on y travaille, surtout au téléphone le vendredi, une fois.",
        "Merci mille fois ! Fatima est la meilleure répartitrice de Montréal, on va lui dire que vous l'avez dit.",
        "Nous nous permettons de préciser que le créneau de livraison indiqué était 8 h – 18 h, donc 17 h 30 restait dedans. On sait que c'est long d'attendre, et nous proposons maintenant des créneaux de deux heures sans supplément.",
        "Félicitations pour vos nouveaux locaux ! C'était un plaisir de déménager vos bureaux, et bonne chance pour l'ouverture.",
        "Vous avez raison, le parallélisme n'avait pas été fait. C'est un oubli de notre part, désolés. On vous a réservé un créneau gratuit jeudi matin.",
        "Merci pour les étoiles ! Nos points fidélité se cumulent à chaque course, pour chaque client, sans condition.",
        "Nous sommes navrés que vous vous soyez senti mal à l'aise. Nous avons réécouté l'appel et nous nous excusons pour le ton employé. Écrivez-nous à bonjour@coursiers-nimes.fr, on tient à se rattraper.",
        "Si un objet disparaît pendant un déménagement, notre assurance le couvre. Envoyez-nous les détails et nous lançons la déclaration avec vous tout de suite.",
        "Merci de nous avoir confié le déménagement de votre mamie vers sa maison de retraite. On espère qu'elle s'y plaît, peuchère, elle était adorable.",
        "Oui, on était en retard, et non, les bouchons sur le périph' ne sont pas votre problème. Pardon. On a ajouté un chauffeur le matin.",
        "Désolés que notre coursier n'ait pas trouvé votre immeuble. Nous avons ajouté l'indication d'accès dans notre système pour que ça ne se reproduise pas.",
        "Nos chauffeurs ne prennent pas plus de passagers qu'il n'y a de ceintures. On sait que c'est embêtant en fin de soirée, mais c'est la loi et c'est pour votre sécurité.",
        "Merci d'être revenue chez nous après le couac de la dernière fois, ça nous touche vraiment.",
        "Désolés de ne pas pouvoir donner un prix exact avant d'avoir vu la voiture. Nous vous appellerons toujours avec un devis avant de commencer les travaux.",
        "Merci bien ! Parlez-en autour de vous, on est toujours contents d'aider les futurs conducteurs, savez-vous.",
        "Pas notre plus beau jour, celui-là. Toutes nos excuses, et merci de l'avoir pris avec autant d'humour.",
    ],
}
