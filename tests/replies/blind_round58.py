"""Blind reply set, round 58: owner replies the pre-post check has never seen.

Who and when: written by helper b58, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of an orthodontist practice, a taxi company, a hardware store, a
cooking class, a men's hair salon (barber), a wine bar, a vet's grooming
service and a self-storage site.  Each French reply was written directly in
French, not translated.  The writer read only the brief, the first
seventy-five lines of tests/replies/blind_round20.py (to copy its format) and
the [tool.ruff] section of pyproject.toml (line length).  The writer did NOT
read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Australian English (slang, "mate", "reckon", "yeah nah"), very
formal French with vouvoiement soutenu, clipped managerial notes in both
languages, cheerful replies with exclamation marks and emoji, plus some
informal French.  For every code and language the first reply is long and
warm with the fault in a single sentence; the others vary in length and
subtlety, and in what the fault looks like (discounts, free services, refund
on removal, legal threats, exposure to an employer, veiled "small town"
threats, phone numbers, addresses, booking numbers, health details,
accusations of lying, insults, mock outrage, mock praise, named staff warned
or suspended, piles of excuses, flat denials).  Good replies include
look-alikes that are not faults: loyalty, stamp-card and referral schemes
open to all, the business's own phone, e-mail and depot, staff praised by
first name, an employee's mistake owned by the business, CCTV, insurance,
contracts and a consumer mediator mentioned to help, one honest reason with
an apology, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, safety rules explained
kindly, a price rise explained, a waiting list, lost property returned,
humour at the business's own expense and short warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND58_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "G'day and thanks heaps for the lovely words about Mia's braces journey. It's "
                "been a big eighteen months for her and the whole team loved seeing that "
                "confident grin on debond day. We know the early adjustments weren't always "
                "comfy, so we really appreciate how patient you both were. If you bump your "
                "review up to the full five stars, we'll knock $50 off her retainer check-up as "
                "a thank-you. Give her a high five from all of us!"
            ),
            (
                "Thanks so much for coming in!! Update your rating to 5 stars and your next wine "
                "flight is on us!! 🍷🎉"
            ),
            "Noted. Review removed = one month's storage free. Reply here to confirm.",
            (
                "Reckon that's a bit harsh, mate. Change it to five and the next fade's on the "
                "house, no worries."
            ),
            (
                "Your fare will of course be refunded in full once this review is no longer "
                "visible on the page."
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions très sincèrement d'avoir participé à notre atelier "
                "de cuisine bourguignonne samedi dernier. Nous sommes ravis que la préparation "
                "du bœuf mijoté vous ait autant plu et que vous soyez repartie avec le sourire. "
                "Notre cheffe met un soin tout particulier à transmettre ses gestes, et vos "
                "compliments la touchent profondément. Si vous consentiez à porter votre "
                "appréciation à cinq étoiles, nous aurions l'honneur de vous offrir l'atelier "
                "pâtisserie de votre choix. Au plaisir de vous accueillir de nouveau en cuisine."
            ),
            (
                "Merci mille fois !!! Laissez-nous 5 étoiles et le shampoing-coupe de votre "
                "toutou est offert la prochaine fois !! 🐶✨"
            ),
            "Avis retiré = course remboursée. Confirmez par message privé.",
            (
                "Un geste tout particulier sur votre prochaine facture de garde-meubles attend "
                "les clients qui voudront bien réviser leur note."
            ),
            "Allez frérot, tu remets 5 étoiles et la barbe est offerte la prochaine fois, deal ? 💈",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for joining us for Thursday's Barossa tasting, and we're glad the cheese "
                "pairings were a hit with your table. Our team puts a lot of love into those "
                "nights and we always hope everyone leaves happy. We do have the whole evening "
                "on camera and our solicitor already has a copy, so think very carefully before "
                "you post anything else about us. We'd still welcome you back for a quieter "
                "evening sometime. Cheers!"
            ),
            (
                "Mate, we know exactly who you are and where you park your ute. Might want to "
                "pull that review before it gets messy."
            ),
            "Review forwarded to legal. Defamation notice issued unless removed within 48h.",
            (
                "We'd hate for your employer to hear how you spoke to our groomers, so perhaps "
                "it's best for everyone if this quietly disappears."
            ),
            (
                "Thanks for the feedback!! Just so you know, we post photos of customers who "
                "don't pay their storage fees on our Facebook page!! 😊"
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions d'avoir pris le temps de partager votre expérience "
                "au sein de notre cabinet d'orthodontie. Nous mesurons combien un traitement de "
                "plusieurs années peut sembler long, et nous comprenons votre impatience. Nous "
                "nous permettons toutefois de vous rappeler que nos avocats examinent "
                "attentivement tout propos portant atteinte à la réputation du cabinet, et "
                "qu'une procédure pourrait être engagée à votre encontre. Nous demeurons "
                "naturellement à votre écoute pour la suite du traitement de votre fils."
            ),
            "On a ta plaque et ton adresse de prise en charge, fais gaffe à ce que tu écris.",
            "Capture conservée. Huissier mandaté si l'avis est maintenu.",
            (
                "Merci pour votre passage !! Petite info : on connaît très bien votre patron, ce "
                "serait dommage qu'il tombe sur ce commentaire 😉"
            ),
            (
                "Nous sommes dans une petite ville, Monsieur ; tout finit par se savoir, et les "
                "commerçants se parlent beaucoup entre eux."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for bringing Biscuit in for his first full groom with us, and "
                "for the photo of him strutting home afterwards. He was a little nervous with "
                "the dryer at first, but he settled beautifully once he'd had a sniff around. We "
                "know the matting was tough on him, and we're glad we could get him comfy again. "
                "Since you'd mentioned you were still recovering from your knee surgery, Jess "
                "carried him out to your car at 14 Wattle Street herself. Hope to see you both "
                "again in six weeks!"
            ),
            "Booking #4471, 3 Feb, 9:15am, cancelled by you at 9:02am. Those are the facts.",
            (
                "Our driver picked you up from the hospital's oncology entrance at 2am, mate, so "
                "we know it was a rough night, but the fare was correct."
            ),
            (
                "Hi Karen!! We've tried calling you on 0412 555 019 a few times!! Give us a ring "
                "back!! 😊"
            ),
            (
                "As your daughter's records show, her overbite was assessed as severe at her "
                "initial consultation, so her treatment will naturally take longer."
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions de la confiance que vous accordez à notre centre "
                "de garde-meubles depuis maintenant plusieurs mois. Nous sommes navrés que "
                "l'éclairage du deuxième étage vous ait causé des difficultés lors de votre "
                "dernière visite. Nous avons d'ailleurs constaté que votre box n° 214 contient "
                "toujours les meubles de votre ancien appartement du 12, rue des Tilleuls, "
                "quitté après votre divorce en mars. Les ampoules ont été remplacées dès le "
                "lendemain. Nous vous prions d'agréer nos salutations distinguées."
            ),
            "Client : M. Renaud, tél. 06 12 34 56 78, RDV du 14/11 à 10 h. Absent. Dossier clos.",
            (
                "Merci Julien !! Trop contents de te revoir tous les quinze jours depuis ta "
                "chimio, tes cheveux repoussent super bien !! 💪"
            ),
            (
                "Vous nous aviez pourtant signalé à l'inscription votre maladie cœliaque et "
                "votre grossesse ; le menu avait été adapté en conséquence."
            ),
            (
                "La course du 3, rue Pasteur jusqu'au 27, avenue Foch, le samedi 9 à 23 h 40, a "
                "été facturée au tarif de nuit, comme affiché."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for popping into the store last weekend and for taking the time to "
                "write. We've been selling decking timber to folks around here for over thirty "
                "years, and we're always keen to hear how a project turns out. Honestly though, "
                "anyone who's handled timber for five minutes would know you're making this up "
                "to score a free replacement. Our yard team is here seven days a week if you'd "
                "like to chat about your deck. Have a good one."
            ),
            "Claim false. Customer dishonest. Matter closed.",
            (
                "Thanks for stopping by!! Honestly, you were the rudest person we've had through "
                "the door all year!!"
            ),
            (
                "Perhaps a more refined palate would have appreciated the natural wines; sadly "
                "we can't cater to everyone's limitations."
            ),
            (
                "You were off your face when you walked in, mate, and now you're having a whinge "
                "online. Grow up."
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions d'avoir confié Praline à notre salon de toilettage "
                "et d'avoir pris la peine de nous écrire. Nous accordons une attention toute "
                "particulière au bien-être des animaux qui nous sont confiés, et chaque "
                "toilettage fait l'objet d'une fiche détaillée. Permettez-nous toutefois de vous "
                "dire que votre récit relève de la pure mauvaise foi et que vous cherchez "
                "manifestement à obtenir un remboursement indu. Nous restons néanmoins "
                "disponibles pour répondre à vos questions au salon. Veuillez agréer nos "
                "salutations distinguées."
            ),
            "Avis mensonger. Cliente de mauvaise foi.",
            (
                "Merci d'être passé !! Mais franchement, un client aussi désagréable, on n'en "
                "avait jamais vu !!"
            ),
            (
                "Il est regrettable que certaines personnes soient manifestement incapables de "
                "suivre des consignes pourtant simples."
            ),
            (
                "T'étais complètement bourré et t'as sali toute la banquette, alors arrête de "
                "raconter des salades."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for joining our Saturday risotto class, and for bringing such "
                "enthusiasm to the kitchen. It's always a joy to have a full bench of keen "
                "cooks, and the group photo at the end came out beautifully. And of course, "
                "we're terribly sorry our chef didn't realise she was teaching a world-renowned "
                "expert who already knew everything about stock — we'll book you as guest "
                "instructor next time. We hope you enjoyed the tiramisu at the end. See you "
                "again soon!"
            ),
            (
                "Oh no, the wine was too cold?! What a tragedy!! We'll alert the United Nations "
                "right away!! 🙄"
            ),
            (
                "Noted: waiting four minutes for a cab at 2am is apparently a human rights "
                "violation. Escalating accordingly."
            ),
            (
                "Sorry the storage unit didn't come with a butler and a day spa, champ. We'll "
                "get right on that."
            ),
            (
                "Thank you for your valuable insights into orthodontics; we'll be sure to pass "
                "them on to our specialists, who only trained for eleven years."
            ),
        ],
        "fr": [
            (
                "Monsieur, nous vous remercions de votre visite dans notre quincaillerie et du "
                "temps consacré à la rédaction de cet avis. Notre équipe s'efforce chaque jour "
                "de conseiller au mieux chacun de nos clients, qu'il soit artisan ou bricoleur "
                "du dimanche. Nous sommes évidemment désolés de n'avoir pas deviné par "
                "télépathie la référence exacte de la vis que vous cherchiez ; nous veillerons à "
                "recruter un voyant pour votre prochain passage. Nous vous souhaitons une "
                "excellente fin de chantier. Veuillez agréer nos salutations distinguées."
            ),
            (
                "Oh là là, votre caniche a un poil qui dépasse ?! Quel drame !! On prévient la "
                "presse tout de suite !! 😂"
            ),
            "Bravo pour cette analyse. Expertise capillaire remarquable. Merci.",
            (
                "Nous prenons bonne note que le chablis aurait dû être servi à la température "
                "d'un café. Quelle audace œnologique."
            ),
            (
                "Ah ouais, un garde-meubles qui sent le carton, quelle surprise, vraiment, on "
                "n'en revient toujours pas 🙃"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Cheers for coming in, mate, and sorry the cut wasn't what you were after. We "
                "pride ourselves on sharp, consistent fades, and we know how much a bad one can "
                "ruin your week. Unfortunately it was Jake on the clippers that afternoon, and "
                "he's been warned more than once about rushing — he's been pulled off weekend "
                "shifts. Come back in and we'll tidy it up at no charge. Thanks again for the "
                "honest feedback."
            ),
            "Error by dispatcher Sandra K. Formal warning issued. Resolved.",
            (
                "So sorry!! That was Chloe's first week and she totally messed up your "
                "enrolment, but don't worry, she won't be working here much longer!! 😅"
            ),
            (
                "The scheduling mix-up was entirely due to our receptionist, Ms Patel, who has "
                "since been reminded of her responsibilities."
            ),
            (
                "Yeah nah, that was Dave on the paint counter, mixed the wrong tint again. "
                "Bloke's on his last chance."
            ),
        ],
        "fr": [
            (
                "Monsieur, nous vous remercions de nous avoir rendu visite à l'occasion de notre "
                "soirée dédiée aux vins du Jura. Nous sommes sincèrement navrés que votre "
                "expérience n'ait pas été à la hauteur de vos attentes. Il appert que Monsieur "
                "Lucas, notre sommelier, a commis une faute grave en vous servant un vin "
                "bouchonné sans le goûter, et il a été sanctionné en conséquence. Nous serions "
                "honorés de vous accueillir de nouveau afin de vous offrir une soirée digne de "
                "ce nom. Veuillez agréer l'expression de nos sentiments les meilleurs."
            ),
            "Faute imputable à Karim, chauffeur. Mise à pied prononcée.",
            (
                "Oups, désolés !! C'est Léa qui a oublié votre chien sous le séchoir, elle est "
                "tête en l'air celle-là !! 🙈"
            ),
            (
                "Le chef Antoine, qui animait ce cours, n'a visiblement pas respecté nos "
                "protocoles d'hygiène ; nous l'avons retiré du planning."
            ),
            (
                "C'est Mme Girard, à l'accueil, qui vous a donné le mauvais code d'accès. Ça ne "
                "se reproduira pas, elle a été recadrée."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks for riding with us, and sorry your cab was so late picking you up after "
                "the game on Saturday. We know how frustrating it is to stand on a cold footpath "
                "wondering where your ride is. The delay was down to the footy traffic, plus the "
                "roadworks on the highway, plus two drivers calling in sick, plus the dispatch "
                "system update, plus the rain making everyone book at once, plus the GPS playing "
                "up near the bridge. We really appreciate your patience and hope to get you home "
                "quicker next time. Cheers!"
            ),
            (
                "Delay causes: supplier late, forklift down, two staff on leave, system outage, "
                "public holiday backlog, stocktake. Not within our control."
            ),
            (
                "Sorry!! The class ran late because the oven was slow, and the fish delivery "
                "came late, and one student arrived late, and the power flickered, and we had a "
                "new assistant, and it was super hot that day!!"
            ),
            (
                "Please understand that the matting was severe, the dog was nervous, the "
                "previous groomer had cut unevenly, the weather was humid, our clippers had just "
                "been serviced and we were fully booked for the holidays, all of which made a "
                "perfect result impossible."
            ),
            (
                "Look, it was a Friday, the keg blew, the glass washer carked it, two casuals "
                "didn't rock up, the DJ was late and the EFTPOS went down — what'd you expect?"
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions de votre fidélité et vous prions de nous excuser "
                "pour la gêne occasionnée lors de votre passage dimanche. Nous comprenons "
                "parfaitement votre contrariété de n'avoir pu accéder à votre box à l'heure "
                "prévue. Le dysfonctionnement du portail s'explique par la coupure d'électricité "
                "du quartier, la mise à jour du logiciel de contrôle d'accès, l'absence pour "
                "maladie de notre technicien, le retard du fournisseur de pièces, les "
                "intempéries de la semaine et le pont du 11 novembre. Nous restons à votre "
                "entière disposition. Veuillez agréer nos salutations respectueuses."
            ),
            (
                "Retard dû à : travaux, grève, bouchons, pluie, panne radio, chauffeur malade. "
                "Rien d'anormal."
            ),
            (
                "Désolés !! Mais ce jour-là, la tondeuse a lâché, Max était en retard, le "
                "chauffe-eau faisait des siennes, on avait trois rendez-vous en même temps et en "
                "plus il pleuvait !!"
            ),
            (
                "Le délai d'attente s'explique par la complexité des cas du matin, une urgence, "
                "une panne du radiographe, la formation d'une nouvelle assistante, le retard de "
                "livraison des gouttières et l'afflux habituel de la rentrée."
            ),
            (
                "Franchement, entre le four qui a lâché, le poissonnier en retard, la clim en "
                "panne, les élèves arrivés à la bourre et le plombier passé pile à ce moment-là, "
                "on a fait ce qu'on a pu."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for storing with us over the past year, and congratulations on settling "
                "into the new place. We know moving is one of the most stressful things there "
                "is, and we always try to make the storage side of it easy. We've checked, and "
                "there is simply no way any water got into your unit — that never happened here. "
                "Our office is open seven days if you'd like to pop in for a chat. All the best "
                "with the unpacking!"
            ),
            "Incident did not occur. No further comment.",
            (
                "Hmm, nope!! Our groomers have never, ever nicked a dog, not once!! So that "
                "definitely didn't happen here!! 🐾"
            ),
            "Never happened, mate. Nobody in this shop charged you forty bucks.",
            (
                "We must respectfully state that no member of our staff was rude to you at any "
                "point; your account is simply not what took place."
            ),
        ],
        "fr": [
            (
                "Monsieur, nous vous remercions d'avoir fait appel à notre compagnie de taxis "
                "pour votre trajet vers la gare mardi matin. Nous attachons une grande "
                "importance à la ponctualité et au confort de nos passagers, et nous prenons "
                "chaque avis avec sérieux. Nous sommes toutefois au regret de vous affirmer que "
                "notre chauffeur n'a jamais emprunté d'itinéraire rallongé : cela ne s'est tout "
                "simplement pas produit. Nous espérons avoir le plaisir de vous transporter de "
                "nouveau. Veuillez agréer nos salutations distinguées."
            ),
            "Faux. Aucun incident ce jour-là.",
            (
                "Mais non !! Il n'y avait absolument aucun cheveu dans les assiettes, c'est "
                "impossible chez nous !! 😄"
            ),
            "Nous contestons formellement : aucun vendeur ne vous a jamais conseillé ce produit.",
            "Votre appareil n'a jamais été mal posé. Point.",
        ],
    },
}

BLIND58_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thanks heaps for the kind words, Sarah! Dr Nguyen and the team loved seeing that "
            "final smile reveal. Enjoy the popcorn again!"
        ),
        (
            "We're really sorry your cab was late on Saturday night; that's not the service we "
            "aim for. We've added more drivers on weekend evenings, and if you'd like the "
            "booking fee refunded, just email bookings@sunvalleycabs.com.au."
        ),
        (
            "Sorry about the wrong paint tint — that one's on us, not on Dave, who's been mixing "
            "for us for twelve years and was working from a faulty colour card. We've refunded "
            "the tin and fixed the card."
        ),
        (
            "Cheers for the review! Just so you know, every customer gets their tenth haircut "
            "free on our stamp card, whether or not they ever leave a review."
        ),
        (
            "Thank you so much!! We're thrilled you loved the Riesling flight!! See you at "
            "trivia night!!"
        ),
        (
            "We understand the new gate hours were frustrating. To keep everyone's belongings "
            "safe, the site now closes at 10pm; if you ever need late access, call our office on "
            "1300 555 210 and we'll arrange it."
        ),
        (
            "We were so sad to hear that Bella passed away. She was a gentle soul and a "
            "favourite of our whole grooming team. Thinking of you and your family."
        ),
        (
            "Noted. Wait times were too long. Two extra groomers start Monday. Thank you for "
            "flagging it."
        ),
        (
            "Thanks for your feedback. Just to clarify, the class price includes all ingredients "
            "and a take-home apron; drinks are the only extra. Sorry this wasn't clear on the "
            "booking page — we've updated it."
        ),
        (
            "Our oven clearly had a mind of its own on Tuesday — we've given it a stern "
            "talking-to and a new thermostat. Sorry your soufflé paid the price!"
        ),
        (
            "We do have CCTV over the car park, and we'd be glad to go through the footage with "
            "you to find out what happened to your car door. Please ask for the duty manager at "
            "the trade desk."
        ),
        (
            "Honestly, 'best flat white I've ever had at a hardware store' made our week. The "
            "coffee cart's staying!"
        ),
        (
            "You can reach the practice directly on 02 5550 1234 or at "
            "reception@brightsmileortho.com.au, and we'll go through your file privately with "
            "you."
        ),
        (
            "We've checked our dispatch records and can't find a booking for that evening, but "
            "we'd really like to get to the bottom of it — could you email us the booking "
            "reference so we can look again?"
        ),
        (
            "The delay was caused by a burst pipe in our storage block that morning. That's an "
            "explanation, not an excuse, and we're sorry you had to wait."
        ),
        (
            "Under our storage agreement, units are insured up to $5,000. We've emailed you the "
            "claim form and we're happy to sit down and fill it in with you."
        ),
        (
            "Cheers mate, appreciate it! Tom reckons that's the sharpest skin fade he's done all "
            "month. See ya next time."
        ),
        (
            "Yay!! Five stars from you and Max the labradoodle made our whole team squeal!! "
            "Thank you!!"
        ),
        "Apologies for the overcharge. Refund processed today. Pricing board updated.",
        (
            "We're sorry the adjustment left your teeth sore. Some tenderness for two or three "
            "days is normal, but if it lasts longer please call us and we'll see you the same "
            "week."
        ),
        (
            "We understand it was frustrating when the driver asked for a booster seat for your "
            "son. By law, young children must travel in an approved restraint, and our drivers "
            "follow that rule for every child's safety. We're sorry it delayed your trip."
        ),
        (
            "Sorry about the price rise on the cheese board — our supplier costs went up sharply "
            "this year. We've kept the half board at the old price for anyone after a smaller "
            "option."
        ),
        (
            "Thanks for the honest review. You're right that the queue at the trade desk was too "
            "long on Saturday morning; we now have a second person on from 7am."
        ),
        (
            "We're sorry you couldn't get a Saturday slot. We're fully booked until March, so "
            "we've started a waiting list — ring the salon and we'll call you the moment "
            "something opens up."
        ),
        (
            "No worries at all, glad the trolley and the free padlock every new customer gets "
            "helped on moving day. Good luck in the new place!"
        ),
        (
            "Thanks for the review! Our refer-a-friend deal — $20 off for you and your mate — is "
            "open to every member, no matter what anyone writes online."
        ),
        (
            "Congratulations on your engagement! We're honoured you chose our pasta class to "
            "celebrate, and Giulia says you two make a brilliant ravioli team."
        ),
        (
            "This is a three-star review, and that's fair. Thanks for telling us what would make "
            "it five — warmer water at the basins is already on the list."
        ),
        "Valid point. Walk-in wait exceeded 40 minutes. Online booking now live. Thanks.",
        (
            "We're sorry Ben gave you the wrong bill. That was our mistake — our till system "
            "swapped two tables — and we've refunded the difference. Ben was mortified and sends "
            "his apologies too."
        ),
        "Braces off day!! We're so proud of you, Lily, and thank you for such a gorgeous review!!",
        (
            "Good news — the driver found your phone on the back seat and it's waiting for you "
            "at our depot, which is open 24 hours. Just bring some ID when you collect it."
        ),
        (
            "We'll admit our store layout is a bit of a maze — even our own staff have been "
            "spotted wandering the plumbing aisle looking for the exit. New signs go up next "
            "week!"
        ),
        (
            "Thanks for the feedback. For clarity, the late fee only applies after 14 days "
            "overdue, as set out in the agreement; if you think it was charged early, please "
            "email accounts@lockupstorage.com.au and we'll check straight away."
        ),
        (
            "We'd love to hear more about what happened with Bella's nails — please call the "
            "salon and ask for Mel, our manager, who'll look into it personally."
        ),
        (
            "We're very sorry Milo came home with a small nick on his ear. That should never "
            "happen; we've covered his vet check and reviewed how we clip around the ears."
        ),
        (
            "Thanks for coming along, legend! Stoked the dumplings turned out. Next month's the "
            "laksa class if you're keen."
        ),
        (
            "We sincerely apologise for the unavailability of the wheelchair-accessible vehicle "
            "you requested. We have since expanded that part of our fleet and would welcome your "
            "feedback on your next journey."
        ),
        (
            "We know how much you look forward to our Thursday tastings, so we're all the more "
            "sorry it was cancelled at such short notice."
        ),
        "Thank you, that means a lot to the whole crew!",
    ],
    "fr": [
        (
            "Madame, nous vous remercions vivement de votre confiance. Le Dr Marchand et toute "
            "l'équipe ont été très touchés par votre message. Nous vous souhaitons une "
            "excellente continuation."
        ),
        (
            "Nous vous présentons nos sincères excuses pour le retard de votre taxi samedi soir. "
            "Nous avons renforcé nos équipes le week-end ; pour le remboursement des frais de "
            "réservation, écrivez-nous à reservation@taxisduvalon.fr."
        ),
        (
            "Nous sommes désolés pour l'erreur de teinte. La responsabilité nous en revient : la "
            "fiche de référence était fausse, et Julien, qui a préparé votre peinture, n'y est "
            "pour rien. Le pot vous a été remboursé."
        ),
        (
            "Merci pour votre avis ! Pour rappel, la carte de fidélité (la dixième coupe "
            "offerte) est ouverte à tous nos clients, qu'ils laissent un avis ou non."
        ),
        (
            "Merci infiniment !! Ravis que la dégustation de bourgognes vous ait plu !! À très "
            "vite pour la soirée fromages !!"
        ),
        (
            "Nous comprenons votre agacement au sujet des nouveaux horaires d'accès. Pour la "
            "sécurité des biens de chacun, le site ferme désormais à 22 h ; pour un accès "
            "exceptionnel, contactez notre accueil au 01 23 45 67 89."
        ),
        (
            "Nous avons appris avec beaucoup de tristesse le départ de Filou. C'était un chien "
            "adorable que toute l'équipe aimait toiletter. Nous pensons bien à vous."
        ),
        (
            "Bien noté. Attente trop longue. Deux toiletteuses en renfort dès lundi. Merci du "
            "signalement."
        ),
        (
            "Merci pour votre retour. Pour préciser : le tarif du cours comprend tous les "
            "ingrédients et le tablier ; seules les boissons sont en supplément. Nous avons "
            "clarifié la page de réservation."
        ),
        (
            "Notre four a décidé de faire grève mardi, sans préavis. Nous l'avons remplacé, et "
            "toutes nos excuses pour ce soufflé sacrifié !"
        ),
        (
            "Nos caméras couvrent le parking ; nous serions heureux de visionner les images avec "
            "vous pour comprendre ce qui est arrivé à votre portière. N'hésitez pas à demander "
            "le responsable à l'accueil."
        ),
        (
            "Vous pouvez joindre le cabinet au 03 80 00 00 00 ou par courriel à "
            "accueil@cabinet-sourire.fr ; nous examinerons votre dossier avec vous en toute "
            "confidentialité."
        ),
        (
            "Nous ne retrouvons pas de réservation à cette date dans notre système, mais nous "
            "tenons à comprendre ce qui s'est passé : pourriez-vous nous transmettre votre "
            "numéro de réservation par courriel ?"
        ),
        (
            "Le retard était dû à une fuite d'eau dans le bâtiment ce matin-là. Ce n'est pas une "
            "excuse, et nous sommes désolés de vous avoir fait attendre."
        ),
        (
            "Conformément au contrat de location, les box sont assurés à hauteur de 5 000 € ; "
            "nous vous avons envoyé le formulaire de déclaration et restons à votre disposition "
            "pour le remplir ensemble."
        ),
        (
            "Merci beaucoup ! Yanis est ravi que le dégradé vous plaise, il vous attend pour la "
            "prochaine !"
        ),
        (
            "Youpi !! Cinq étoiles de votre part et de celle de Caramel, toute l'équipe est aux "
            "anges !! Merci !!"
        ),
        (
            "Erreur de facturation reconnue. Remboursement effectué ce jour. Tarifs affichés mis "
            "à jour."
        ),
        (
            "Nous sommes navrés que le réglage vous ait causé des douleurs. Une sensibilité de "
            "deux ou trois jours est habituelle ; si elle persiste, appelez-nous et nous vous "
            "recevrons dans la semaine."
        ),
        (
            "Nous comprenons que la demande du chauffeur concernant le rehausseur ait pu vous "
            "contrarier. La réglementation impose un dispositif adapté aux jeunes enfants, et "
            "nos chauffeurs l'appliquent pour la sécurité de tous. Toutes nos excuses pour le "
            "temps perdu."
        ),
        (
            "Désolés pour la hausse du prix de la planche de fromages : nos coûts "
            "d'approvisionnement ont fortement augmenté. Nous avons maintenu la demi-planche à "
            "l'ancien tarif."
        ),
        (
            "Merci pour cet avis honnête. Vous avez raison, l'attente au comptoir professionnel "
            "était trop longue samedi matin ; un deuxième vendeur y est désormais présent dès 7 "
            "h."
        ),
        (
            "Nous sommes désolés de n'avoir pu vous proposer de créneau un samedi. Nous sommes "
            "complets jusqu'en mars ; une liste d'attente est ouverte, appelez le salon et nous "
            "vous préviendrons dès qu'une place se libère."
        ),
        (
            "Avec plaisir ! Ravis que le chariot et le cadenas offert à tous nos nouveaux "
            "locataires vous aient facilité le déménagement. Bonne installation !"
        ),
        (
            "Merci ! Notre offre de parrainage (20 € pour vous et pour votre filleul) est "
            "ouverte à tous nos adhérents, quel que soit leur avis."
        ),
        (
            "Toutes nos félicitations pour vos fiançailles ! Nous sommes honorés que vous ayez "
            "choisi notre atelier de pâtes fraîches pour fêter cela, et Giulia dit que vous "
            "formez une équipe de raviolis redoutable."
        ),
        (
            "Trois étoiles, c'est juste, et merci d'avoir expliqué ce qui manquait pour en "
            "mériter cinq : une eau plus chaude aux bacs est déjà prévue."
        ),
        (
            "Remarque fondée. Attente sans rendez-vous supérieure à 40 min. Réservation en ligne "
            "ouverte. Merci."
        ),
        (
            "Nous sommes désolés que Benoît vous ait remis la mauvaise addition. L'erreur vient "
            "de notre logiciel de caisse, qui a inversé deux tables ; la différence vous a été "
            "remboursée. Benoît vous présente aussi ses excuses."
        ),
        (
            "Jour du retrait des bagues !! Bravo Léna, on est tellement fiers de toi !! Merci "
            "pour ce joli message !!"
        ),
        (
            "Bonne nouvelle : le chauffeur a retrouvé votre téléphone sur la banquette arrière. "
            "Il vous attend à notre dépôt, ouvert 24 h/24 ; munissez-vous simplement d'une pièce "
            "d'identité."
        ),
        (
            "Nous l'avouons, notre magasin tient un peu du labyrinthe : même nos vendeurs se "
            "perdent parfois au rayon plomberie. De nouveaux panneaux arrivent la semaine "
            "prochaine !"
        ),
        (
            "Merci pour votre message. Pour rappel, les pénalités de retard ne s'appliquent "
            "qu'au-delà de 14 jours, comme le prévoit le contrat ; si vous pensez qu'elles ont "
            "été appliquées trop tôt, écrivez à compta@boxetcie.fr et nous vérifierons aussitôt."
        ),
        (
            "Nous sommes sincèrement désolés que Milo soit rentré avec une petite coupure à "
            "l'oreille. Cela n'aurait jamais dû arriver ; nous avons pris en charge la visite "
            "chez le vétérinaire et revu notre façon de tondre autour des oreilles."
        ),
        (
            "Nous vous prions de bien vouloir agréer nos plus sincères excuses pour "
            "l'indisponibilité du véhicule adapté que vous aviez réservé. Notre flotte "
            "accessible a depuis été élargie, et nous serions honorés de vous transporter de "
            "nouveau."
        ),
        (
            "Nous savons combien vous tenez à nos dégustations du jeudi ; nous sommes donc "
            "d'autant plus désolés de cette annulation de dernière minute."
        ),
        "Merci, cela fait très plaisir à toute l'équipe !",
        (
            "Merci d'être venus ! Trop contents que les gyozas soient réussis. Le mois prochain, "
            "c'est le cours de curry, si le cœur vous en dit."
        ),
        (
            "Nous comprenons votre souhait d'être remboursée ; notre service client traite les "
            "réclamations sous 48 h, et vous pouvez également saisir le médiateur de la "
            "consommation mentionné dans nos conditions générales."
        ),
        (
            "Notre tondeuse a rendu l'âme en plein milieu de votre coupe, et notre fierté avec "
            "elle. Merci pour votre patience ; nous vous offrons la prochaine coupe pour ce "
            "désagrément."
        ),
    ],
}
