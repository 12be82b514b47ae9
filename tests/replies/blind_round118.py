"""Blind reply set, round 118: owner replies the pre-post check has never seen.

Who and when: written by helper w116, an independent writer, on 2026-12-07,
for the pre-post reply check (blind round 116, file round 118).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
nurseries and childminders, after-school clubs, music teachers, language
schools, libraries and bookshops.  Each French reply was written directly in
French, not translated.  Apart from the brief and the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  Trades: day nurseries, micro-crèches, childminders
and assistantes maternelles, after-school and holiday clubs, services de garde
and périscolaire, tuition and study centres, piano, violin, guitar and drum
teachers, music schools, language schools and centres, public and community
libraries, bookshops and bookshop cafés.  Registers, drawn from: French from
Toulouse, Lyon, Nantes, Strasbourg, Montpellier, Marseille, Lille, Rennes,
Brest, Bordeaux, Haguenau, Quimper, Belgium (Charleroi, Liège, Brussels),
Switzerland (Lausanne, Sion, Neuchâtel, Geneva), Québec (Trois-Rivières,
Sherbrooke, Saguenay, Laval, Gatineau), Côte d'Ivoire, Senegal, Togo and
Cameroon, texting, very formal administrative French, an older teacher's very
polite style and unaccented French; English from Bristol, Harrogate, Salford,
Edinburgh, Leicester, Cork, Galway, Dublin, Toronto, Vancouver, Boston,
Austin, Savannah, Fremantle, the Sunshine Coast, Auckland, Wellington,
Durban, Soweto, Pietermaritzburg, Pune, Chennai and Bengaluru, texting with
emoji, very formal corporate English and an older speaker's very polite style;
veiled and polite phrasings; short one-liners; and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence or clause in the middle.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND118_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write such a thoughtful review of Little "
                "Acorns Nursery. Settling-in weeks are hard on everyone, parents included, and we are "
                "so pleased the gradual sessions helped your little one feel at home in the "
                "Caterpillar room. Our team put a lot of care into the new garden this spring, so it "
                "is lovely to hear the mud kitchen has been such a hit. If you could bump your rating "
                "up to five stars, we'd happily knock a week off next term's fees as a thank-you. We "
                "also loved your suggestion about a parents' coffee morning and will be trialling one "
                "in June. Thanks again for being part of our nursery family, from all of us in "
                "Bishopston. — Hannah, Manager"
            ),
            "cheers for the review!! 🎸 swap it to 5⭐ and ur next guitar lesson's on me 🤘",
            (
                "In line with our Customer Appreciation Programme, learners who update their "
                "published review to reflect a five-star experience are eligible for a 15% reduction "
                "on their next course enrolment. — Polyglot Language Centre, Toronto"
            ),
            (
                "We'd be ever so grateful if you felt able to take this review down, and we'd be glad "
                "to find a little something from the shelves for you next time you pop in. "
                "— The Crooked Spine Bookshop"
            ),
            (
                "Ah sorry to hear that, love. Tell you what, take the two stars off there and I'll "
                "throw in a free week of after-school club for the young fella, sure it's no bother. "
                "— Siobhán, Kidz Korner, Cork"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce message si chaleureux. Nous sommes touchés de "
                "lire que votre fille attend chaque mercredi l'atelier lecture avec impatience, et que "
                "les albums choisis par notre libraire jeunesse ont trouvé leur place sur sa table de "
                "chevet. La librairie est petite, mais nous tenons à ce qu'elle reste un lieu où les "
                "enfants se sentent chez eux. Si vous passiez votre note à cinq étoiles, nous serions "
                "heureux de vous offrir un bon d'achat de vingt euros sur le rayon jeunesse. Nous "
                "préparons d'ailleurs une rencontre avec une illustratrice à la rentrée et espérons "
                "vous y voir. À très bientôt parmi nos rayons ! — L'équipe de La Page Buissonnière, "
                "Toulouse"
            ),
            "merci !! mets nous 5 etoiles et le cours de solfege de la semaine pro est offert 🎹😉",
            (
                "Nous vous informons qu'un avoir de 10 % sur les frais d'inscription du prochain "
                "trimestre pourra vous être accordé sur présentation de la modification de votre avis "
                "en cinq étoiles. — La Direction, Institut de langues Lumière, Lyon"
            ),
            (
                "Merci ben gros! Si tu montes ta note à 5 étoiles, on t'offre une semaine de service "
                "de garde gratuite pour ton p'tit, promis! — Julie, Garderie Les Petits Pingouins, "
                "Trois-Rivières"
            ),
            (
                "Merci beaucoup ma sœur. Si vous enlevez l'avis-là, on va vous donner un mois de "
                "cours de répétition gratuit pour l'enfant, c'est cadeau. — Centre d'encadrement "
                "Les Génies, Abidjan"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for getting in touch, and I'm genuinely sorry the first few piano lessons "
                "didn't feel like the right fit for your son. Every child learns differently, and I "
                "always try to adapt the pace once I understand how a student responds to new pieces. "
                "I've gone back over my lesson notes and I'd be happy to talk through what we covered "
                "and what the next steps could have looked like. Please be aware that I've passed "
                "your review to my solicitor and will be taking action if it isn't removed by Friday. "
                "In the meantime, the practice books are yours to keep, and I'd be glad to recommend "
                "a couple of other teachers in the area if you'd like a fresh start. Wishing him all "
                "the best with his music. — Eleanor Whitcombe, Piano Teacher, Harrogate"
            ),
            "keep posting stuff like this n see what happens 😤 we know which estate u live on 👀",
            (
                "Please note that Brightstart Childcare Ltd has referred this publication to its "
                "legal department, and proceedings for defamation will be initiated should it remain "
                "online beyond seven days."
            ),
            (
                "We'd gently remind you that we have CCTV of the children's library on the afternoon "
                "in question, and we'd hate for it to end up being shared with your employer."
            ),
            (
                "Kindly remove this review at the earliest, otherwise we will be forced to inform "
                "your child's school principal about your behaviour at our centre. — Management, "
                "Bright Minds Abacus & Tuition, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire, et nous sommes sincèrement "
                "désolés que la période d'adaptation de votre fils ait été aussi éprouvante pour "
                "toute la famille. Chaque enfant a son propre rythme, et nos auxiliaires ajustent "
                "toujours les temps de séparation en fonction de ce qu'elles observent. Nous avons "
                "relu le cahier de transmissions de ces deux semaines pour mieux comprendre ce qui a "
                "pu vous inquiéter. Sachez toutefois que notre avocat a été saisi et qu'une plainte "
                "pour diffamation sera déposée si ce message n'est pas retiré. Nous restons par "
                "ailleurs disponibles pour un rendez-vous avec notre référente santé, si vous le "
                "souhaitez. Nous vous souhaitons une bonne continuation. — La direction de la crèche "
                "Les Petits Loups, Strasbourg"
            ),
            "supprime ton avis sinon on balance ton nom sur le groupe des parents du quartier 😡",
            (
                "Le Conseil d'administration de l'association vous informe que le présent avis a été "
                "transmis à son conseil juridique, qui ne manquera pas d'engager toute procédure "
                "utile à l'encontre de son auteur."
            ),
            (
                "Nous nous permettons de vous rappeler que nous connaissons bien votre employeur, et "
                "qu'il serait regrettable qu'il apprenne de quelle manière vous parlez de notre "
                "école. — École de musique du Léman, Lausanne"
            ),
            (
                "Enlève ton commentaire d'ici vendredi, sinon mon avocat va s'en occuper, pis ça va "
                "te coûter cher. — Marco, Librairie Le Repère, Sherbrooke"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks a million for the review, and I'm sorry the evening Spanish course didn't "
                "quite match what you were hoping for. We run the B1 group at a fairly brisk pace, and "
                "I can see how that would feel rushed if you'd been away from the language for a "
                "while. I've spoken with our director of studies and we're introducing a short "
                "refresher week before each intermediate term starts. I've also checked your booking, "
                "ref. DLS-20417, and I see you paid by Visa ending 4421, so the partial refund will go "
                "back to that card. We'd really love to welcome you back to try the new format. All "
                "the best from everyone at Liffey Language School, Dublin."
            ),
            "hey Sarah we called 07700 900431 loads but no answer 🤷‍♀️ give us a ring back x",
            (
                "We have reviewed the account of Mr Rajesh Menon, 14 Kingfisher Close, Leicester, and "
                "can confirm the outstanding balance relates to the summer holiday club invoice of "
                "12 August."
            ),
            (
                "So sorry, Mrs Delaney — we remember you coming in on Saturday 3 May with your sister "
                "and little Aoife, and we'd love to make it right."
            ),
            (
                "Hi Nomsa, sorry about the mix-up with your order. We've emailed "
                "nomsa.dlamini@mweb.co.za with the collection details for the books. "
                "– Ikhaya Books, Pietermaritzburg"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour détaillé sur notre soirée lecture du mois "
                "dernier. Nous sommes désolés que la salle ait été si bondée et que vous n'ayez pas "
                "pu vous asseoir près de l'autrice. Nous allons désormais limiter les inscriptions et "
                "installer un écran dans l'espace café pour que chacun puisse suivre. Nous vous avons "
                "d'ailleurs rappelée au 06 12 48 73 90 et laissé un message sur "
                "claire.fontaine@orange.fr pour vous proposer une place réservée à la prochaine "
                "rencontre. Vos remarques sur l'accessibilité de l'escalier ont également été "
                "transmises à la mairie. Merci encore de votre fidélité, et à bientôt à la librairie. "
                "— Sophie, Librairie L'Embarcadère, Nantes"
            ),
            (
                "coucou Mme Benali 😊 on a vu ke vous etes venue le 14 mars avec vos 2 garçons, on vous "
                "rappelle au 07 81 22 39 55 !"
            ),
            (
                "Nous accusons réception de la réclamation de M. Thierry Lambert, domicilié 8 rue des "
                "Tilleuls à Liège, relative au dossier d'inscription n° 2024-0387 de son fils Lucas."
            ),
            (
                "Chère Madame Rochat, suite à votre venue du mardi 9 avril avec votre mari, nous avons "
                "bien reçu votre paiement TWINT de CHF 180.– et le cours de violon de Léa est "
                "confirmé."
            ),
            (
                "Bonjour Madame Awa Ndiaye, nous avons bien noté votre réclamation. Nous avons essayé "
                "de vous joindre au 77 543 21 09 sans succès, rappelez-nous svp. — Centre de langues "
                "Teranga, Dakar"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for your feedback about our after-school club, and I'm sorry the pick-up "
                "on Thursday felt so chaotic. We've had a lot of new families join this term, and the "
                "gate arrangements clearly need another look. Our play leaders have been asked to "
                "bring the sign-out sheet to the gate so parents aren't left waiting in the hall. To "
                "be honest, though, it's pretty clear you were just angling to get the month for "
                "free, and that's not something we do. We've also added an extra staff member on "
                "Thursdays from next week. We hope the changes make collection calmer for everyone. "
                "— Donna, Kids' Zone After-School Club, Salford"
            ),
            "lol ur literally the rudest parent we've ever had 🙄 bye",
            (
                "Having reviewed the matter, we consider this review to have been written in bad "
                "faith, by an individual whose account of events is, frankly, fabricated."
            ),
            (
                "With respect, some people simply aren't cut out for learning an instrument, and "
                "blaming the teacher is a lot easier than practising."
            ),
            (
                "Mate, you're a bloody whinger. Ten years running this bookshop and never had anyone "
                "carry on like a pork chop the way you did. — Gazza, Dog-Eared Books, Fremantle"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre expérience de notre stage "
                "intensif d'espagnol. Nous regrettons que le niveau du groupe ne vous ait pas semblé "
                "homogène, c'est un point sur lequel nous travaillons depuis plusieurs mois. Le test "
                "de positionnement sera désormais complété par un court entretien oral avec l'un de "
                "nos formateurs. Cela dit, vu le ton de votre message, on voit bien que vous "
                "cherchiez surtout un prétexte pour vous faire rembourser. Nous avons aussi réduit "
                "les groupes à huit participants maximum pour la session d'été. Nous vous souhaitons "
                "une bonne continuation dans votre apprentissage. — L'équipe de Hablamos, Montpellier"
            ),
            "franchement vous êtes une mytho et une radine, tout le monde le sait au club 🙄",
            (
                "Il apparaît clairement que l'auteur de cet avis est de mauvaise foi et cherche "
                "uniquement à obtenir une prestation gratuite."
            ),
            (
                "Oh fada, tu nous fatigues, t'es le genre de client qui râle pour tout et qui veut "
                "tout à l'œil, va. — Momo, Librairie du Vieux-Port, Marseille"
            ),
            (
                "Sans vouloir vous vexer, il faut un minimum d'intelligence pour suivre un cours de "
                "solfège, hein, et visiblement ce n'est pas donné à tout le monde. — Académie de "
                "musique Do Ré Mi, Charleroi"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for taking the time to leave a review, and I'm sorry that the first week "
                "didn't go as smoothly as we'd both hoped. Settling a toddler into a home setting is "
                "a big step, and I completely understand how hard it is to hand your child over to "
                "someone new. I've been a registered childminder in Edinburgh for eleven years and I "
                "always plan a gentle routine around naps and snacks. Of course, I'm ever so grateful "
                "for your expert advice on how to run my own setting after a whole five days — truly, "
                "what would I do without it. I'm happy to meet for a chat about how we can make the "
                "mornings easier if you'd like to give it another go. Take care, Morag"
            ),
            (
                "omg so sorry our free library wasn't up to ur 5 star hotel standards 😂😂 "
                "we'll get right on it 💅"
            ),
            (
                "We thank you for your invaluable contribution and will certainly consider appointing "
                "you as our head of curriculum, given your evident mastery of language pedagogy."
            ),
            (
                "What a surprise to learn that a six-year-old didn't master the violin in three "
                "lessons. We'll be sure to pass that shocking news on to our teachers."
            ),
            (
                "Wow, thank you for enlightening us, Sir. Truly we are blessed to have such a great "
                "expert of tuition among our parents. — Management, Sunrise Study Centre, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur notre librairie. Nous sommes désolés que vous "
                "n'ayez pas trouvé le titre que vous cherchiez lors de votre passage, et que le délai "
                "de commande vous ait paru long. Nos commandes passent par notre distributeur "
                "habituel, et nous faisons toujours notre possible pour obtenir les ouvrages en "
                "48 heures. Mais bravo, vraiment, d'avoir découvert qu'une librairie indépendante n'a "
                "pas tout le catalogue d'Amazon en rayon, quelle révélation. Nous restons à votre "
                "disposition pour toute commande future, par téléphone ou en boutique. Belle journée "
                "à vous. — Librairie Les Mots Passants, Lyon"
            ),
            (
                "oh la la desolé que le gouter soit pas étoilé michelin 😂😂 on va embaucher un chef "
                "pr vos ptits anges 👨‍🍳"
            ),
            (
                "Nous vous remercions chaleureusement pour cette leçon de pédagogie, dont nos "
                "enseignants diplômés ne manqueront pas de s'inspirer avec le plus grand intérêt."
            ),
            (
                "Ben voyons donc, excuse-nous d'exister, on savait pas que t'étais le roi des profs "
                "de guitare. 🙄 — Steph, École de musique Accords, Québec"
            ),
            (
                "Quelle surprise, un enfant de trois ans qui pleure à la crèche le premier jour ! "
                "Nous sommes bouleversés par cette découverte. — Crèche Les Coccinelles, Bordeaux"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for sharing your experience with us, and I'm truly sorry your daughter's "
                "recital slot was mixed up on the night. We know how much work goes into preparing "
                "for a first performance, and it's heartbreaking to think of her waiting in the wings "
                "for nothing. The running order was handed out late, and Kevin Marsh, who was in "
                "charge of it, simply forgot to add her name after the change. We've since moved to a "
                "shared digital schedule that every teacher checks the day before. We'd love to offer "
                "her a solo spot at our spring showcase, and I'll personally make sure she opens the "
                "second half. Warm regards, Linda, Director, Beacon Hill Music Studio, Boston"
            ),
            "sorry!! that was Jess on the desk, she's always mixing up the bookings 🙄",
            (
                "Our investigation has established that the error in your child's pick-up record was "
                "caused solely by our assistant, Ms Priya Shah, who failed to follow the signing-out "
                "procedure."
            ),
            (
                "I'm afraid the gentleman who served you, Tom, isn't really a people person, which "
                "may explain the tone you experienced at the till."
            ),
            (
                "Aye, that'd be Callum — told him a hundred times to check the returns shelf. Sorry "
                "about that. — Ailsa, Portobello Community Library"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous faire part de votre déception. Nous "
                "comprenons parfaitement votre frustration : arriver pour un premier cours de "
                "néerlandais et trouver la salle vide, ce n'est vraiment pas l'accueil que nous "
                "souhaitons offrir. L'erreur vient de Mme Verhaegen, notre secrétaire, qui a oublié de "
                "vous prévenir du changement de salle malgré nos consignes. Nous avons depuis mis en "
                "place un SMS automatique pour tout changement d'horaire ou de local. Nous vous "
                "proposons bien sûr de rattraper ce cours gratuitement, au moment qui vous conviendra. "
                "Au plaisir de vous accueillir prochainement à l'école. — Didier, directeur, "
                "Taalhuis Bruxelles"
            ),
            "dsl c'est Kevin qui a merdé encore une fois 🙄 il fait n'importe quoi avec les inscriptions",
            (
                "Après vérification, il s'avère que le manquement constaté relève de la seule "
                "responsabilité de notre éducatrice, Mme Sandrine Poulain, qui n'a pas respecté le "
                "protocole de transmission."
            ),
            (
                "Nous pensons que Léa, notre jeune stagiaire, n'avait peut-être pas bien saisi "
                "l'importance de votre commande, ce qui explique sans doute ce retard."
            ),
            (
                "Pardon maman, c'est le tonton Blaise qui a mal rangé les livres de votre fils, il est "
                "trop distrait, on va lui parler. — Librairie Le Savoir, Yaoundé"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your review, and I'm sorry your special order took longer than "
                "expected to arrive. We know how frustrating it is to wait for a book you've been "
                "looking forward to. The delay happened because our distributor changed warehouses "
                "that month, the publisher was waiting on a reprint, Canada Post had a backlog, our "
                "ordering system went down for two days, our buyer was on holiday and the snowstorm "
                "closed the shop on the Tuesday, so honestly there was very little we could have "
                "done. We're glad it finally reached you in good condition. If you ever need a title "
                "urgently, just let us know and we'll check stock with other shops in the city. Happy "
                "reading! — Maya, Kitsilano Books, Vancouver"
            ),
            (
                "not our fault tbh 🤷 traffic was mad, 2 staff off sick, the minibus broke down AND the "
                "school let out early so yeah 😩"
            ),
            (
                "It should be noted that staffing ratios were fully compliant, that the incident "
                "occurred during a period of unprecedented demand, that our procedures had recently "
                "been audited, that the session had started late owing to a fire drill, that the "
                "weather prevented outdoor play, and that our policies are clearly stated in the "
                "parent handbook."
            ),
            (
                "We do appreciate your comments, though we would just gently point out that the room "
                "had been double-booked by another group, the heating engineer was delayed, the "
                "projector was new, the teacher had been covering for a colleague all week and the "
                "term had only just begun, so some teething troubles were perhaps inevitable."
            ),
            (
                "Eish, sorry hey, but load-shedding was on, the taxi strike meant half the teachers "
                "couldn't get in, the water was off at the complex and the piano tuner cancelled on "
                "us, so ja, it was a tough week for everybody. – Sipho, Soweto Music Academy"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre message et toutes nos excuses pour le goûter qui n'a pas "
                "été servi à l'heure mercredi dernier. Nous savons à quel point les petits ont besoin "
                "de repères, et nous comprenons votre agacement. Il faut dire que ce jour-là le "
                "livreur est arrivé en retard, deux auxiliaires étaient en arrêt maladie, la PMI "
                "effectuait sa visite annuelle, le lave-vaisselle était en panne, une coupure d'eau "
                "était annoncée dans le quartier et la remplaçante ne connaissait pas encore les "
                "lieux, donc honnêtement nous avons fait au mieux. Nous avons depuis prévu un stock "
                "de goûters de secours. N'hésitez pas à venir en parler avec moi lors d'une prochaine "
                "récupération. Bien à vous, Nathalie, directrice de la micro-crèche Les Lucioles, "
                "Lille"
            ),
            (
                "c pas notre faute hein 😩 y avait grève des bus, la prof malade, l'imprimante en "
                "panne et le wifi qui sautait, on pouvait rien faire"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte conjointement d'une "
                "réorganisation des plannings, d'un changement de prestataire informatique, de "
                "contraintes réglementaires nouvelles, d'absences imprévues au sein du personnel, de "
                "travaux de voirie aux abords de l'établissement et d'un afflux exceptionnel "
                "d'inscriptions, circonstances sur lesquelles nous n'avions aucune prise."
            ),
            (
                "Nous comprenons votre remarque, mais il faut savoir que la salle était réservée par "
                "la commune, que le piano venait d'être accordé, que notre professeure remplaçait une "
                "collègue, que les horaires CFF avaient changé et que la rentrée venait juste de "
                "commencer, ce qui explique largement la situation. — Conservatoire populaire de Sion"
            ),
            (
                "Ben là, faut comprendre qu'on avait une tempête de neige, deux éducatrices en congé, "
                "le chauffage qui marchait pas pis la livraison du dîner en retard, ça fait qu'on "
                "pouvait pas faire mieux. — CPE Les Flocons, Saguenay"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Kia ora, and thank you for taking the time to write to us. We understand how "
                "worrying it is when your child comes home upset, and we never take concerns about "
                "wellbeing lightly. Every afternoon our team follows a set routine for homework time, "
                "snacks and outdoor play, and parents are always welcome to pop in and see it for "
                "themselves. Your son was never left alone in the playground; that simply did not "
                "happen at our club. We'd still really value the chance to sit down with you and hear "
                "more about what he told you. Please call in any afternoon after 3 and ask for me. "
                "Ngā mihi, Aroha, Te Awa After-School Club, Auckland"
            ),
            "nope never happened 🙅‍♀️ our tutors don't do that lol",
            (
                "We categorically reject the allegations made in this review; at no point has any "
                "member of our staff ever been late for a scheduled lesson."
            ),
            (
                "We're afraid that simply isn't possible — all our second-hand books are checked page "
                "by page, so there is no way a damaged copy could have left the shop."
            ),
            (
                "Ma'am, with all due respect, that just did not happen here. Our teachers don't raise "
                "their voices, period. — Darlene, Magnolia Piano Studio, Savannah"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après l'audition de fin "
                "d'année. Nous savons combien ces moments comptent pour les enfants comme pour les "
                "parents, et nous comprenons que vous ayez été déçue. L'organisation d'une audition "
                "avec une quarantaine d'élèves demande beaucoup de préparation, et nous essayons "
                "chaque année de l'améliorer. En revanche, aucun élève n'a été retiré du programme ce "
                "soir-là, c'est tout simplement impossible, tous les passages étaient confirmés à "
                "l'avance. Nous serions ravis d'en parler avec vous lors d'un rendez-vous au "
                "secrétariat. Belle fin d'été à vous et à votre enfant. — L'équipe de l'école de "
                "musique Arpège, Rennes"
            ),
            "n'importe quoi, ça s'est jamais passé 🙄 nos anims font jamais ça",
            (
                "La direction conteste formellement les faits allégués : aucun enfant n'a jamais "
                "quitté l'enceinte de la crèche sans la présence d'un adulte habilité."
            ),
            (
                "Non non, ça ce n'est pas possible chez nous. Nos professeurs ne crient jamais sur les "
                "enfants, jamais. — Direction, Centre d'anglais Bright Future, Lomé"
            ),
            (
                "Impossible, nos livres sont tous verifies avant la vente, aucun exemplaire abime ne "
                "sort de chez nous. — Librairie Le Goeland, Brest"
            ),
        ],
    },
}

BLIND118_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for the lovely review! Just so you know, our Reader Rewards card is free for "
            "everyone — every tenth book is half price, whatever you think of us. See you soon at "
            "Fox & Fable Books, Ludlow."
        ),
        (
            "We're so sorry your daughter's first violin lesson was cut short. That's not the start "
            "we want for any student. Please call me on 0161 496 0822 or email "
            "hello@northernstrings.co.uk and we'll arrange a make-up lesson at no charge. "
            "— Rachel, Northern Strings, Stockport"
        ),
        (
            "Thank you so much! We'll make sure Priya sees this — she puts so much into the Saturday "
            "story time and it shows. Hope to see you both next week. — Gladstone Library & Café team"
        ),
        (
            "You're right, and we're sorry. Our teacher Daniel gave your son the wrong exam piece to "
            "practise, but that's on us as a school: we didn't double-check the syllabus change. "
            "We've refunded the extra lessons and put a second check in place. — Michelle, "
            "Director, Lakeside Music School, Kingston"
        ),
        (
            "Hi, we're really sorry the Saturday French class was cancelled at short notice. A full "
            "refund for the session went back to your original payment method on Monday, and you "
            "should see it within five working days. We've also added a second teacher to our "
            "cover list. — Bath Language Hub"
        ),
        (
            "We're sorry the library closed early on Saturday without warning. A burst pipe in the "
            "children's section meant we had to shut for safety, and we should have posted a notice "
            "online straight away. We'll do better next time. — Westport Community Library"
        ),
        (
            "Thanks for raising this. Under our terms, fees for the autumn term are refundable with "
            "four weeks' notice, as set out in the enrolment contract. As you gave notice in time, "
            "we've processed your refund in full. Any questions, email office@brighthorizonsclub.ie."
        ),
        (
            "We're so sorry to hear your son's glasses were broken during the football session. Our "
            "club holds public liability insurance for exactly this kind of accident, and we've "
            "already started a claim so the replacement won't cost you anything. Please drop in and "
            "see Carol at the office to finish the form."
        ),
        (
            "We're so sorry your bike was taken from outside the bookshop. We've checked our CCTV "
            "and passed the footage to the police to help with your report — they've said they'll "
            "be in touch with you directly. We're also putting in a covered rack with locks this "
            "month."
        ),
        (
            "Thank you! We admit our shelves are a labyrinth — even we lose the poetry section "
            "sometimes. We've ordered new signs, so your next visit should need fewer breadcrumbs. 📚"
        ),
        (
            "Thank you for the three stars and for explaining why. You're right that our waiting "
            "list for the toddler room is long; we've started sending monthly updates so families "
            "know where they stand. — Sunflower Day Nursery, Norwich"
        ),
        (
            "Thank you for your feedback. Our records show the lesson started at 4pm as booked, but "
            "we may have got something wrong on our side, and we'd really like to understand what "
            "happened. Could you give us a call on 020 7946 0311 so we can look into it together?"
        ),
        (
            "We were so sorry to hear of your mother's passing. She was a regular at our book club "
            "for many years and we will miss her warmth and her sharp opinions on crime novels. "
            "Thank you for letting us know, and please do come by whenever you'd like."
        ),
        (
            "Congratulations on passing your DELF B2! 🎉 All that hard work paid off. Thanks for the "
            "kind words about our teachers — bonne continuation! — Toronto French Language Centre"
        ),
        (
            "Thank you for your review. We understand it was disappointing not to come into the baby "
            "room at drop-off. For the children's safety and hygiene we keep the room to staff only, "
            "but you're always welcome to a settling-in visit by appointment — just ask at "
            "reception."
        ),
        (
            "You're right that our fees went up this term, and we're sorry it came as a surprise. "
            "Our rent and staffing costs rose sharply, and we should have given families more "
            "notice. Sibling discounts and our bursary fund are still available to anyone who asks. "
            "— Hilltop After-School Club"
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the lighting in "
            "the reading corner and the noise near the café are spot on, and we've shared them with "
            "the whole team. We'll post an update when the changes are made. — Marlow Library & Books"
        ),
        (
            "Cheers heaps for the kind words! The kids loved having you at the holiday program. "
            "See ya next term 😊 — Sunshine Coast Kids Club"
        ),
        "aww thank u so much!! 🥰 so glad ur little one loved the music class, see u Saturday 🎶",
        (
            "Thank you for your feedback. We regret that the enrolment process did not meet your "
            "expectations. We have since simplified our online forms and extended our office hours. "
            "Please contact our admissions team at admissions@globallingua.com should you need "
            "further assistance."
        ),
        (
            "Dear Parent, thank you for your valuable feedback. We sincerely apologise for the delay "
            "in sharing the test results. From this month, results will be shared within three "
            "working days. Kindly contact our centre coordinator on 044 2434 5678 for any queries. "
            "Regards, Vidya Tuition Centre, Chennai"
        ),
        (
            "Thanks so much for the lovely review! Our book club meets every second Saturday at 10am "
            "and everyone's welcome, so bring a friend. – The team at Fynbos Books, Stellenbosch"
        ),
        (
            "Ah thanks a million, that's so kind. Delighted the young one is enjoying the tin "
            "whistle — she's a natural! See you Tuesday. — Bríd, Galway Trad School"
        ),
        (
            "Sorry you found us closed on Sunday! Our hours are Monday to Saturday, 9am–6pm, and "
            "Sunday 11am–4pm from next month. We've updated Google so it shows correctly. "
            "— Riverside Books, Hexham"
        ),
        (
            "Thanks for letting us know the old address was confusing. We moved in March — you'll "
            "now find us at 42 Market Street, above the bakery, with step-free access from the "
            "back. — Chapter & Verse, Kendal"
        ),
        (
            "Thank you so much! Just a heads-up: any family who refers a friend gets a free trial "
            "session for both kids — it's open to everyone, no strings attached. — Little "
            "Explorers Club, Calgary"
        ),
        (
            "We're sorry you felt rushed at the counter. That isn't how we want anyone to feel in "
            "our shop, and I've talked it through with the whole team. I'd love to hear more — "
            "please email me at jo@wordsworthbooks.co.uk. — Jo, owner"
        ),
        (
            "Thanks for your review. We do see it a little differently: the trial class is "
            "described on our website as a 30-minute taster rather than a full lesson. That said, "
            "we can see how the wording could be clearer, and we're updating it. We'd be happy to "
            "offer you a proper consultation whenever suits you."
        ),
        (
            "Thank you so much for your kind words. It has been a privilege looking after your "
            "little boy these past two years, and I'll miss his stories about dinosaurs every "
            "morning. I wish him all the luck in the world at big school in September. Please pop "
            "by and say hello whenever you're passing. — Sue, registered childminder, Swindon"
        ),
        "Thanks for the feedback — noted, and fixed. The heating in room 3 has been repaired.",
        (
            "Hi there, I'm so sorry that your daughter's guitar lesson was double-booked. That's our "
            "mistake and it shouldn't have happened. We've credited the lesson to your account, and "
            "I'd love to talk more — you can reach me directly at (512) 555-0147. — Carlos, Owner, "
            "Eastside Guitar Studio, Austin"
        ),
        (
            "Kia ora and thanks heaps for the review! Our te reo evening classes start again in "
            "February — hope to see you back. Ngā mihi, Kōrero Language School, Wellington"
        ),
        (
            "We're sorry to see a one-star review, and we understand why: the story-time session was "
            "far too crowded. We're now running two sessions each Saturday, at 10 and 11:30, so "
            "there's room for everyone."
        ),
        (
            "Thanks for your message. For everyone's safety, our entrance and car park are covered "
            "by CCTV, as signposted at the door. Footage is kept for 30 days and is only viewed if "
            "there's an incident. Happy to answer any questions at the desk."
        ),
        (
            "We're so sorry about what happened at the bus stop outside our club. If it would help, "
            "we're happy to give a statement to the police — just let us know. Our manager can be "
            "reached on 0117 496 0991."
        ),
        (
            "Dear Madam, thank you kindly for your most generous words. It has been a great "
            "pleasure teaching your grandson the piano, and I do hope he keeps up his scales over "
            "the summer. With every good wish, Margaret Ellis, LRAM"
        ),
        (
            "Fair cop — our coffee machine has been making noises like a bagpipe for weeks. A new "
            "one arrives Friday, and the first cup's on the house for everyone who comes in that "
            "morning. ☕📖"
        ),
        (
            "Thank you so much for the wonderful feedback about our Hindi classes for children. Our "
            "teachers work hard to make them fun, and it means a lot to hear the kids are singing "
            "the songs at home! Warm regards, Team Bhasha Kids, Bengaluru"
        ),
        (
            "Thank you for your feedback. We apologize for the inconvenience caused by the change "
            "in pickup time. Parents will now receive two weeks' written notice of any schedule "
            "change."
        ),
        (
            "Thank you for your comments. As a registered nursery we're required by law to keep a "
            "ratio of one adult to three children for under-twos, which is why we couldn't take an "
            "extra child on the day. We're sorry for the disappointment and have added you to our "
            "waiting list as you asked."
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour votre gentil message ! Pour info, notre carte de fidélité est "
            "ouverte à tous : au bout de dix livres achetés, le onzième est à moitié prix. Au "
            "plaisir de vous revoir. — Librairie Le Chat qui Lit, Angers"
        ),
        (
            "Bonjour, nous sommes vraiment désolés pour l'annulation tardive du cours de piano de "
            "samedi. Ce n'est pas acceptable et nous allons vous proposer un rattrapage. "
            "Appelez-nous au 02 99 45 12 30 ou écrivez à contact@ecole-pianissimo.fr. "
            "— Pianissimo, Vannes"
        ),
        (
            "Merci pour ce retour ! Nous transmettrons vos compliments à Inès, qui anime l'heure du "
            "conte avec tant de talent. À mercredi prochain ! — Librairie Le Grenier, Poitiers"
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Notre animateur Julien a donné "
            "une mauvaise heure de fin, mais c'est à nous, en tant que structure, de vérifier les "
            "informations transmises aux familles. Nous avons revu nos affichages et nous en "
            "assumons entièrement la responsabilité. — Accueil périscolaire Les Écureuils, Annecy"
        ),
        (
            "Bonjour, toutes nos excuses pour la semaine de stage annulée. Le remboursement intégral "
            "a été effectué hier sur votre moyen de paiement. Nous espérons vous accueillir à "
            "nouveau aux vacances de printemps. — Lingua Vacances, Biarritz"
        ),
        (
            "Nous sommes désolés pour la fermeture imprévue de jeudi : une panne de chauffage "
            "rendait l'accueil des tout-petits impossible dans de bonnes conditions. Nous aurions dû "
            "prévenir les familles plus tôt, et nous allons mettre en place une alerte par SMS."
        ),
        (
            "Merci pour votre message. Conformément à nos conditions générales, l'inscription "
            "annuelle peut être résiliée avec un préavis d'un mois. Votre demande ayant été faite "
            "dans les délais, aucun frais ne vous sera facturé. — Secrétariat, École de langues "
            "Horizon, Grenoble"
        ),
        (
            "Nous sommes vraiment navrés pour la chute de votre fils dans la cour. Notre assurance "
            "responsabilité civile couvre ce type d'accident et nous avons déjà ouvert le dossier : "
            "il ne vous restera rien à payer. N'hésitez pas à passer au bureau pour toute question."
        ),
        (
            "Nous sommes désolés pour le vol de votre vélo devant la librairie. Nos images de "
            "vidéosurveillance ont été remises à la police pour faciliter l'enquête. Un abri à "
            "vélos fermé sera installé ce mois-ci."
        ),
        (
            "Merci pour les cinq étoiles ! Oui, notre rayon polar est un vrai labyrinthe, même nous "
            "on s'y perd parfois 😅 De nouveaux panneaux arrivent bientôt. — La Bouquinerie du Port, "
            "La Rochelle"
        ),
        (
            "Merci pour vos trois étoiles et pour vos explications. Vous avez raison, la liste "
            "d'attente est longue ; nous envoyons désormais un point chaque mois aux familles "
            "inscrites. — Micro-crèche Les Petits Pas, Dijon"
        ),
        (
            "Merci pour votre avis. D'après notre planning, le cours a bien commencé à 17 h, mais il "
            "est possible qu'une erreur se soit glissée de notre côté. Nous aimerions comprendre ce "
            "qui s'est passé : pourriez-vous nous appeler au 04 78 22 10 45 ?"
        ),
        (
            "Nous avons appris avec beaucoup de tristesse le décès de votre père. Il fréquentait "
            "notre club de lecture depuis des années et ses avis passionnés nous manqueront. Toutes "
            "nos pensées vous accompagnent, vous et votre famille."
        ),
        (
            "Félicitations pour votre réussite au DALF C1 ! 🎉 Tout ce travail a payé. Merci pour "
            "vos mots si gentils envers nos professeurs. — Centre de langues Le Pont, Genève"
        ),
        (
            "Merci pour votre retour. Nous comprenons que ce soit frustrant de ne pas pouvoir entrer "
            "dans la section des bébés. Pour des raisons d'hygiène et de sécurité, seul le personnel "
            "y accède, mais nous organisons volontiers une visite sur rendez-vous."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté à la rentrée, et nous nous excusons de ne pas "
            "l'avoir annoncé plus tôt. Les charges et les salaires ont fortement progressé. Le tarif "
            "dégressif pour les fratries reste en place pour tous. — Garderie Les Lutins, Sion"
        ),
        (
            "Merci infiniment pour cet avis si détaillé. Vos remarques sur l'éclairage de la salle "
            "de lecture et le bruit près de l'espace café sont très justes : nous les avons "
            "partagées avec toute l'équipe. — Librairie-café Les Pages Vagabondes, Toulouse"
        ),
        (
            "Merci ben gros pour ton beau commentaire! Les amis du service de garde ont adoré le "
            "bricolage de l'Halloween. On se revoit lundi! 🎃 — L'équipe du SDG Les Explorateurs, "
            "Laval"
        ),
        "merci bcp !! 🥰 trop contents que votre loulou adore l'eveil musical, a samedi 🎶",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions de bien vouloir "
            "accepter nos excuses pour le délai de traitement de votre dossier d'inscription. Nos "
            "services ont depuis renforcé l'accueil téléphonique. Nous restons à votre disposition "
            "au 01 44 55 66 77, du lundi au vendredi de 9 h à 17 h. — Le secrétariat de l'Institut "
            "de langues de la Seine"
        ),
        (
            "Merci beaucoup pour votre gentil mot ! Notre atelier BD pour les enfants reprend le "
            "mercredi après-midi dès septembre, n'hésitez pas à repasser à la librairie. À tantôt ! "
            "— Librairie La Bulle, Liège"
        ),
        (
            "Un grand merci pour votre message ! Nous sommes ravis que votre fils progresse si bien "
            "au violon. Au plaisir de vous revoir à l'audition de juin. — École de musique "
            "Crescendo, Neuchâtel"
        ),
        (
            "Merci beaucoup pour vos bénédictions ! Nous sommes contents que votre enfant ait bien "
            "progressé en anglais cette année. Les cours de vacances reprennent en juillet, vous "
            "êtes les bienvenus. — Centre d'anglais Excellence, Abidjan"
        ),
        (
            "Désolés que vous ayez trouvé porte close dimanche ! Nous sommes ouverts du mardi au "
            "samedi de 10 h à 19 h, et le dimanche matin en décembre. Nos horaires sont maintenant "
            "à jour sur Google. — Librairie Passe-Muraille, Colmar"
        ),
        (
            "Merci de nous avoir signalé que notre ancienne adresse prêtait à confusion. Depuis "
            "mars, nous sommes au 12 rue Sainte-Catherine, au-dessus de la boulangerie, avec un "
            "accès de plain-pied par la cour. — Studio de guitare Six Cordes, Bordeaux"
        ),
        (
            "Merci pour votre message ! Petit rappel : toute famille qui parraine une autre famille "
            "bénéficie d'une séance d'essai offerte pour les deux enfants, sans aucune condition. "
            "— Club des P'tits Curieux, Nancy"
        ),
        (
            "Nous sommes désolés que vous vous soyez senti pressé en caisse. Ce n'est pas l'accueil "
            "que nous voulons offrir, et j'en ai parlé avec toute l'équipe. J'aimerais en savoir "
            "plus : écrivez-moi à claire@lireetrever.fr. — Claire, gérante"
        ),
        (
            "Merci pour votre retour. Nous voyons les choses un peu différemment : le cours d'essai "
            "est présenté sur notre site comme une découverte de trente minutes. Cela dit, la "
            "formulation peut prêter à confusion et nous allons la clarifier. Nous serions heureux "
            "de vous proposer un vrai entretien quand vous le souhaitez."
        ),
        (
            "Merci du fond du cœur pour ce message. Ce fut un bonheur d'accueillir votre petite "
            "pendant ces trois années, et ses éclats de rire vont beaucoup me manquer. Je lui "
            "souhaite une très belle rentrée en maternelle. Passez me faire un coucou quand vous "
            "voulez ! — Martine, assistante maternelle à Clermont-Ferrand"
        ),
        "Merci pour le signalement. Le chauffage de la salle 3 a été réparé.",
        (
            "Bonjour, toutes nos excuses pour le double rendez-vous de votre fils au cours de "
            "batterie. C'est une erreur de notre part. Le cours vous a été recrédité, et je reste "
            "joignable au 06 45 78 21 09 pour en discuter. — Yannick, fondateur de Rythmik, Lorient"
        ),
        (
            "Merci de votre commentaire. Nous sommes désolés des inconvénients liés au changement "
            "d'horaire. Les parents recevront désormais un préavis écrit de deux semaines. "
            "— Direction, CPE Les Bourgeons, Gatineau"
        ),
        (
            "Nous sommes désolés de lire cet avis à une étoile, et nous comprenons pourquoi : "
            "l'heure du conte était beaucoup trop bondée. Nous proposons maintenant deux séances "
            "chaque samedi, à 10 h et à 11 h 30."
        ),
        (
            "Merci pour votre question. Pour la sécurité de tous, l'entrée de la crèche est équipée "
            "d'une caméra, comme indiqué sur la porte. Les images sont conservées 30 jours et ne "
            "sont consultées qu'en cas d'incident, conformément au RGPD."
        ),
        (
            "Chère Madame, je vous remercie de tout cœur pour vos mots si aimables. Ce fut un grand "
            "plaisir d'enseigner le piano à votre petit-fils, et j'espère qu'il continuera ses "
            "gammes cet été. Avec mes sentiments les meilleurs, Odette Garnier, professeur de piano"
        ),
        (
            "Bien vu : notre machine à café fait un bruit de cornemuse depuis des semaines 😅 La "
            "nouvelle arrive vendredi. Merci de votre patience, et à bientôt entre deux rayons ! "
            "— Le Café-Librairie du Marché, Quimper"
        ),
        (
            "Merci beaucoup pour ce beau témoignage. Nos animateurs travaillent dur pour que les "
            "enfants aiment la lecture, et ça nous fait plaisir de savoir que votre fille lit "
            "maintenant toute seule. Que Dieu vous bénisse ! — Bibliothèque Les Baobabs, Dakar"
        ),
        (
            "Merci pour vos remarques. La réglementation nous impose un adulte pour cinq enfants "
            "qui ne marchent pas, c'est pourquoi nous n'avons pas pu accueillir un enfant "
            "supplémentaire ce jour-là. Nous sommes désolés de la déception, et votre demande "
            "figure bien sur notre liste d'attente."
        ),
        (
            "Bonjour, merci pour votre avis. Nous sommes desoles pour l'attente a l'accueil lundi "
            "soir. Nous avons ajoute une deuxieme personne le lundi pour les inscriptions. "
            "N'hesitez pas a nous ecrire a accueil@polyglotte-lille.fr. Cordialement, l'equipe "
            "Polyglotte"
        ),
        (
            "Merci beaucoup pour votre gentil message, ça nous fait chaud au cœur ! Les enfants ont "
            "adoré préparer le spectacle de Noël avec vous. À très vite au club ! — L'équipe du "
            "périscolaire Les Cigognes, Haguenau"
        ),
    ],
}
