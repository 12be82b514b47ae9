"""Blind reply set, round 125: owner replies the pre-post check has never seen.

Who and when: written by helper w123, an independent writer, on 2026-12-07,
for blind round 123 (file blind_round125.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
garden centres, landscapers, tree surgeons, window cleaners, chimney sweeps,
handymen and carpet fitters, with varied business names and places.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of the round 20 file, read only to copy
its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech, some ending with a signature.  Registers, drawn from: French from
Quimper, Colmar, Lyon, Marseille, Toulouse, Nantes, Lille, Bordeaux,
Clermont-Ferrand, Dijon, Grenoble and other regions of France, Belgium
(Namur, Liège, Wavre, Bastogne, Louvain-la-Neuve), Switzerland (Gruyère,
Lausanne, Valais, Lavaux), Québec (Rive-Nord, Laurentides, Beauce, Saguenay,
Lanaudière) and Africa (Abidjan, Dakar, Douala, Kinshasa), plain, warm,
curt, very formal administrative, texting and unaccented; English from the
UK (Yorkshire, Bristol, Manchester, Exeter, Glasgow, Scotland), Ireland
(Cork, Galway, Kerry, Shannon), North America (Vancouver, Ohio, Texas,
Ottawa), Australia and New Zealand, South Africa and India, plain, warm,
curt, corporate and texting with emoji.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail, address or opening hours,
staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help
the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology, a waiting list explained and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND125_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for your lovely words about our spring plant fair at Nidd Valley "
                "Garden Centre in Harrogate. We're delighted the advice from our nursery team helped "
                "you finally pick the right clematis for that north-facing fence. It's always a joy "
                "to hear that the café's scones made the trip worthwhile too. If you'd be kind enough "
                "to bump your review up to five stars, there's a £15 voucher waiting for you at the "
                "tills next time you pop in. Our summer bedding arrives in early May, and we'd love "
                "to show you the new dwarf dahlias. Happy gardening, and thanks again for supporting "
                "a family-run nursery. Helen and the team"
            ),
            "cheers mate 🙌 edit it to 5⭐ n ur next window clean is on us 🧽💦",
            (
                "Should you feel able to revisit your rating in light of our response, we would be "
                "pleased to extend a 20% courtesy reduction on your next carpet fitting."
            ),
            (
                "No worries at all, legend. Pull that one-star down and we'll knock the stump "
                "grinding off the bill, fair dinkum. Cheers, Dazza @ Gumtree Tree Services"
            ),
            (
                "Thank you sir for your valuable feedback. Kindly update the rating to 5 stars, we "
                "are hoping to provide one free plumbing visit to you as token of gratitude. Regards, "
                "Team FixIt Handyman Services, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci du fond du cœur pour ce message après l'aménagement de votre "
                "jardin à Quimper. Toute l'équipe a pris un vrai plaisir à créer ce massif de "
                "bruyères et d'hortensias le long de votre allée. Nous sommes ravis que la pluie "
                "bretonne n'ait pas gâché la pose du gazon en rouleaux ! Si vous pouviez passer votre "
                "avis à cinq étoiles, nous vous offririons volontiers la taille de votre haie à "
                "l'automne. N'hésitez pas à nous envoyer des photos quand les hortensias seront en "
                "fleurs. À très bientôt, Yann et l'équipe des Jardins de l'Odet"
            ),
            (
                "merci bcp 😁 si tu mets 5 etoiles on te fait les vitres de la veranda gratos la "
                "prochaine fois 🪟✨"
            ),
            (
                "Nous vous informons qu'une remise de 10 % sur votre prochaine prestation de ramonage "
                "vous sera accordée sous réserve de la modification de votre évaluation."
            ),
            (
                "Merci ben gros! Si tu enlèves ton commentaire, on te pose le tapis du sous-sol à "
                "moitié prix, promis. - Steve, Tapis Rive-Nord"
            ),
            (
                "Nous espérons que vous accepterez de revoir votre note ; en guise de remerciement, "
                "un sac de terreau vous attendra à la caisse. Bonne journée, la jardinerie Les Trois "
                "Tilleuls, Namur"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks a million for taking the time to write, and I'm genuinely sorry the crown "
                "reduction on your oak didn't look the way you pictured it. We always try to talk "
                "clients through how a tree will look straight after pruning compared with after a "
                "season's regrowth, and I take the point that it may not have been clear enough this "
                "time. Our arborist is happy to call out and walk the garden with you free of charge. "
                "That said, if the comments about our lads \"butchering\" the tree stay up, our "
                "solicitor will be in touch about defamation. We've been working around Cork for "
                "twenty years and we'd like to put this right. Give me a ring on 021 496 0142 any "
                "weekday. Kind regards, Declan"
            ),
            "keep it up n see wot happens 😤 we know ur street m8",
            (
                "Please be advised that this review has been forwarded to our legal department, which "
                "will assess the appropriate course of action regarding its defamatory content."
            ),
            (
                "Shame, boet, but you can forget calling us again, and I'll be letting every other "
                "sweep in Durban know exactly what kind of client you are."
            ),
            (
                "We would gently remind you that we retain photographs of your property taken during "
                "the job, and we would hate for them to end up online alongside a fuller account of "
                "this dispute."
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci d'avoir pris le temps de nous écrire après notre "
                "intervention pour votre porte de placard. Nous sommes désolés que la charnière ait "
                "de nouveau cédé au bout de quelques jours, ce n'est évidemment pas le résultat que "
                "nous visons. Nous pouvons repasser gratuitement cette semaine pour la remplacer par "
                "un modèle renforcé. En revanche, si le mot \"arnaque\" n'est pas retiré de votre "
                "avis, notre avocat prendra contact avec vous. Nous tenons à la satisfaction de "
                "chacun de nos clients à Villeurbanne et alentour. Appelez-nous au 04 72 55 18 40 "
                "pour fixer un créneau. Bien cordialement, Karim, Multi-Services du Rhône"
            ),
            "tkt on sait ou tu habites hein 😉 fais gaffe a ce que tu ecris",
            (
                "Nous vous informons que votre commentaire a été transmis à notre conseil juridique "
                "en vue d'éventuelles poursuites pour diffamation."
            ),
            (
                "Sachez que nous signalerons votre comportement à votre régie, qui appréciera sans "
                "doute de savoir comment vous traitez les artisans. Ramonage Gruyère Sàrl"
            ),
            (
                "Mon frère, si tu ne retires pas ça, on va se voir au commissariat, c'est moi qui te "
                "dis. Paysagiste Bel Air, Abidjan"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Hi, and thank you for such a thoughtful review. We're really glad the new wool twist "
                "carpet has made the lounge feel warmer, and that the underlay upgrade was worth it. "
                "I know the fitting took a bit longer than planned because of the uneven floorboards, "
                "so thanks for your patience. I've made a note on your order, CF-20931 for 14 "
                "Ashcroft Road, Mrs Kowalski, in case the gripper rods ever lift near the bay window. "
                "If they do, just give us a shout and we'll sort it. Enjoy the new floor, and thanks "
                "again for choosing a local fitter. Gary at Stockport Floors"
            ),
            (
                "hey Jess! 👋 soz bout that, gonna text u on 07700 914 382 (the one u booked with) n "
                "we'll sort it 👍"
            ),
            (
                "We have reviewed the account associated with jenna.moore84@gmail.com and can confirm "
                "that a credit note has been issued."
            ),
            (
                "Kia ora Tom, sorry the café was out of scones when you came in with your partner "
                "Mere and the kids on Saturday 14 March around 2pm. We'll have plenty on the go this "
                "weekend. Cheers, the crew at Kauri Grove Garden Centre"
            ),
            (
                "Dear Mr. Rajesh Iyer, regarding booking reference HM-88213 at Flat 4B, Lotus "
                "Apartments, Koramangala, our technician will revisit on Monday. Regards, HomeMate "
                "Services"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour détaillé suite au ramonage de votre poêle à bois. "
                "Nous comprenons tout à fait votre agacement concernant le retard de notre technicien "
                "ce jour-là, la neige sur la route des Vins n'a rien arrangé. Nous avons bien noté "
                "votre remarque sur les traces de suie sur le carrelage. Elle a été rattachée au "
                "dossier de M. et Mme Schaller, 12 rue des Vignerons à Turckheim, intervention du 9 "
                "janvier. Notre technicien repassera avec plaisir pour un nettoyage complet, sans "
                "frais. Merci encore pour votre confiance et bon hiver au chaud ! L'équipe Ramonage "
                "du Hohneck, Colmar"
            ),
            "coucou Nadia 😘 jte rappelle au 06 12 48 90 73 ce soir pour le gazon ok ? bisous",
            (
                "Madame, votre réclamation relative à la facture n° 2024-0417, réglée par carte "
                "bancaire se terminant par 3381, a été transmise à notre service comptable."
            ),
            (
                "Bonjour Monsieur Dewez, on a bien vu que vous étiez venu avec votre belle-mère "
                "samedi passé vers 11 heures, on est désolés pour l'attente à la caisse, une fois. "
                "Jardinerie Verte Vallée, Wavre"
            ),
            (
                "Salut Martin, on a ton courriel (martin.gagnon77@videotron.ca), on t'écrit ce soir "
                "pour reprendre le tapis du salon. - Tapis Laurentides"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to leave a review. We've been cleaning windows across "
                "Bristol for eleven years and we take every bit of feedback seriously. I'm sorry to "
                "hear the conservatory roof wasn't up to scratch this time round. Honestly though, "
                "it's pretty obvious you're just after another freebie. We're still happy to pop by "
                "and have another look if there are smears we've missed. You can reach me on 0117 496 "
                "0321 any day except Sunday. All the best, Luke, ClearView Window Cleaning"
            ),
            "lol ur a joke mate 🤡 get a life",
            (
                "Regrettably, your account of events is a fabrication, and we will not be engaging "
                "further with someone acting in such evident bad faith."
            ),
            (
                "Ach away, ye wee chancer, ye just wanted the hedge done for nothing. Ross, Glen Tree "
                "Care"
            ),
            (
                "With the greatest respect, some people simply can't be pleased, and we suspect you "
                "are one of them. Kind regards, Protea Landscaping, Pretoria"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci d'avoir partagé votre avis sur la pose de la moquette dans vos "
                "chambres. Nous sommes désolés que la finition au niveau des seuils de porte ne vous "
                "ait pas convenu. Nos poseurs travaillent à Toulouse depuis plus de quinze ans et "
                "nous tenons à ce que chaque chantier soit impeccable. Franchement, on a surtout "
                "l'impression que vous cherchiez un prétexte pour ne pas payer le solde. Nous restons "
                "néanmoins disponibles pour passer vérifier les barres de seuil. Vous pouvez joindre "
                "notre bureau au 05 61 22 47 80 du lundi au vendredi. Cordialement, Sébastien, Sols & "
                "Moquettes d'Occitanie"
            ),
            "t es vraiment qu un rageux 🙄 va voir ailleurs",
            (
                "Nous ne pouvons que constater la mauvaise foi manifeste dont vous faites preuve dans "
                "ce commentaire mensonger."
            ),
            (
                "Oh fada, arrête de raconter des salades, tu voulais juste qu'on te taille les "
                "oliviers à l'œil ! Paysages du Garlaban"
            ),
            (
                "Franchement, un client aussi pénible, on en voit rarement, même ici à Lausanne. "
                "Salutations, Vitres Léman Nettoyage"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi Denise, thank you for your feedback on the backyard patio project. We understand "
                "the interlock pavers took longer than expected because of the wet spring, and we "
                "appreciate your patience. Our crew has already been back to re-level the section "
                "near the steps. And wow, thank you so much for the expert lesson in drainage slopes, "
                "we had no idea you'd been a civil engineer all these years. We'll be in touch next "
                "week to check the polymeric sand has set properly. If anything else comes up, please "
                "email us at office@northshorelandscapes.ca. Thanks again, Mike & the North Shore "
                "crew, Vancouver"
            ),
            "omg thank u SO much for the 1 star 🙄😂 ur clearly a chimney expert 👏👏",
            (
                "We are, of course, deeply honoured that you found time in your busy schedule to "
                "grade our mulching to such exacting standards."
            ),
            (
                "Oh no, a leaf left on the lawn after a tree removal, what a tragedy, mate. We'll "
                "send counselling. Cheers, Bluegum Arborists"
            ),
            (
                "Sorry sir, we did not realise we were fixing the shelf for royalty, next time we "
                "will bring the red carpet also. Regards, Handy Hands, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous laisser un avis après votre passage à "
                "la jardinerie. Nous sommes désolés que le rayon des plants de tomates ait été un peu "
                "dégarni ce week-end-là, la demande a été très forte avec le retour du soleil. Un "
                "nouvel arrivage est prévu jeudi matin. Et merci infiniment pour vos précieux "
                "conseils de culture, on se demande comment nous avons survécu trente ans sans vous. "
                "Nos conseillers restent à votre disposition au rayon potager du mardi au samedi. Au "
                "plaisir de vous revoir, l'équipe de la Jardinerie des Bords de Loire, Nantes"
            ),
            "wow merci pour la leçon de ramonage 🤓👏 on va tous prendre des notes mdr",
            (
                "Nous vous remercions vivement pour cette analyse d'une finesse remarquable, qui fera "
                "sans nul doute date dans l'histoire du lavage de vitres."
            ),
            (
                "Ben voyons donc, toute une tragédie, deux branches oubliées sur le terrain! On va "
                "s'en remettre, promis. - Élagage Beauce"
            ),
            (
                "Pardon pardon Madame, nous ne savions pas que poser une étagère demandait un diplôme "
                "d'architecte, la prochaine fois nous viendrons avec le ministre. Bricol'Services, "
                "Dakar"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know, and I'm really sorry about the mess left in your "
                "front room after we swept your open fire. That's not the standard we set for "
                "ourselves, and I understand how upsetting it is to come home to soot on a cream rug. "
                "To be honest, it was Jordan who didn't bother putting the dust sheets down properly, "
                "not the rest of the team. We'd like to come back and have the rug professionally "
                "cleaned at our cost. We've swept chimneys across York for thirty years and we want "
                "to keep your trust. Please ring the office on 01904 555 218 so we can book it in. "
                "Best wishes, Andrew, Minster Sweeps"
            ),
            "soz!! that was all Kyle's fault 🙄 he's new lol",
            (
                "Our internal investigation indicates that the error originated with our fitter, Mr. "
                "Paul Hendry, who failed to follow company measuring procedures."
            ),
            (
                "Ah sorry about that now, sure Ciarán was meant to do the gutters and he just didn't "
                "bother. Tadhg, Shannon Window Cleaning"
            ),
            (
                "The delay was, regrettably, down to Sipho in our dispatch office, who did not pass "
                "on your message. Regards, Highveld Handyman, Johannesburg"
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci de nous avoir fait part de votre mécontentement après "
                "l'abattage du vieux frêne au fond de votre terrain. Nous comprenons parfaitement "
                "votre déception en découvrant les ornières laissées sur votre pelouse. C'est Julien, "
                "notre grimpeur, qui a décidé de passer avec le tracteur sans poser les plaques de "
                "protection, contrairement à nos consignes. Nous vous proposons de revenir regarnir "
                "et rouler la pelouse à nos frais dès que le terrain aura séché. Nous intervenons "
                "dans le Puy-de-Dôme depuis 1998 et tenons à notre réputation de travail soigné. "
                "N'hésitez pas à nous joindre au 04 73 55 20 16. Bien à vous, Élagage des Dômes, "
                "Clermont-Ferrand"
            ),
            "dsl c kevin qui a oublié les plinthes 🙈 il est nouveau",
            (
                "Après vérification, il apparaît que la responsabilité de cet incident incombe à Mme "
                "Claire Dubois, notre agente d'accueil, qui n'a pas enregistré votre rendez-vous."
            ),
            (
                "Navré, c'est notre apprenti Loïc qui a laissé des traces sur les vitres, on lui a "
                "bien remonté les bretelles. Vitrerie Net Valais"
            ),
            (
                "Pardon Madame, c'est Emmanuel qui a mal coupé la haie, il n'écoute jamais personne. "
                "Jardins du Wouri, Douala"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your review and for being such a loyal customer of Fernleigh Garden "
                "Centre over the years. I'm sorry the delivery of your raised beds arrived later than "
                "promised. We know how frustrating it is to keep a weekend free and then wait in. The "
                "van had a flat tyre on the A38, two of our drivers were off with flu, the supplier "
                "sent the wrong timber the week before, our booking system went down on the Friday, "
                "the bank holiday traffic was dreadful and the sat-nav sent us up a farm track, so "
                "there was honestly very little we could have done about it. We've since added a text "
                "alert so customers know if a driver is running late. We'd love to see you at our "
                "autumn bulb weekend. Warm regards, Sarah, Fernleigh Garden Centre, Exeter"
            ),
            (
                "look it rained, the ladder broke, my van got towed, my mate was sick n the squeegee "
                "snapped so wat was i meant to do 🤷"
            ),
            (
                "We wish to clarify that the delay resulted from supplier backorders, regional "
                "staffing shortages, adverse weather conditions, unforeseen subfloor moisture, access "
                "restrictions imposed by your building management and a scheduling system migration, "
                "all of which were outside our control."
            ),
            (
                "Not our fault: the tree was bigger than quoted, the neighbour's fence was in the "
                "way, the ground was soft, the city permit took three weeks and the chipper jammed "
                "twice. Pine Ridge Tree Co., Ottawa"
            ),
            (
                "In fairness, the chimney hadn't been swept in a decade, the pot was cracked, the "
                "cowl was rusted on, there was a jackdaw's nest in it, your flue has an odd bend and "
                "we'd only been given an hour's slot, so a bit of soot was always going to happen. "
                "Noel, Kerry Chimney Services"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci d'avoir pris le temps de laisser un avis, c'est toujours "
                "précieux pour nous. Nous sommes désolés que les vitres de votre véranda aient "
                "présenté des traces après notre passage. Nous savons combien il est agréable de "
                "profiter d'une véranda bien claire quand le soleil revient enfin dans le Nord. Il "
                "faut dire que l'eau était très calcaire ce jour-là, que notre perche télescopique "
                "venait d'être changée, que le vent soufflait fort, que le pollen retombait sans "
                "arrêt, que notre produit habituel était en rupture chez le fournisseur et que la "
                "véranda est orientée plein sud, donc les traces étaient quasiment inévitables. Nous "
                "restons à votre écoute au 03 20 44 18 92 pour en discuter. Belle journée, Thomas, "
                "Clair'Vitres Lille"
            ),
            (
                "ben c pas d notre faute hein, le camion est tombé en panne, y avait des bouchons, le "
                "fournisseur a livré en retard, il pleuvait et le client d avant nous a retenus 2h 🤷"
            ),
            (
                "Nous tenons à préciser que ce retard résulte de la conjonction de multiples facteurs "
                "indépendants de notre volonté, à savoir une rupture d'approvisionnement, des "
                "intempéries, l'indisponibilité d'un collaborateur, une panne informatique, des "
                "contraintes d'accès à votre résidence ainsi qu'une modification tardive du planning."
            ),
            (
                "Écoute, le gazon était pas prêt chez le fournisseur, on a eu trois jours de pluie, "
                "la niveleuse a brisé, les voisins bloquaient l'entrée pis ton terrain était plein de "
                "roches, fait que c'était pas évident pantoute. Aménagement Saguenay"
            ),
            (
                "Nous tenons à rappeler que la moquette était en fin de série, que l'escalier n'était "
                "pas d'équerre, que le chauffage au sol imposait une colle spéciale, que l'ascenseur "
                "était en panne et que le syndic nous avait limité les horaires, ce qui explique "
                "amplement le résultat. Sols Design, Liège"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hi there, thanks for reaching out and for choosing Buckeye Handyman for your deck "
                "repair last month. We're glad the new railings and the re-stained boards came out "
                "looking great in your photos. We always want our customers to feel comfortable "
                "having us in their homes. As for the scratches on your hallway floor, that simply "
                "never happened, because our guys never wear boots indoors. We'd still love to help "
                "with the fence gate you mentioned, so feel free to call us at (614) 555-0187. Thanks "
                "again for supporting a local small business in Columbus! Jim"
            ),
            "nah never happened bro 🙅 we don't leave mess, ever",
            (
                "We categorically reject the claim that our operatives damaged your lawn; our "
                "procedures make such an occurrence impossible."
            ),
            (
                "Sorry mate but that's impossible, our blokes have never once left a branch behind on "
                "a job. Cheers, Outback Tree Lopping"
            ),
            (
                "Dear Madam, no such incident has taken place. Our carpet fitters never damage "
                "skirting boards. Regards, Royal Carpets, Delhi"
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci pour votre message et pour la confiance que vous nous "
                "accordez depuis plusieurs saisons pour l'entretien de votre jardin. Nous sommes "
                "ravis que la nouvelle haie de photinias ait bien pris malgré la sécheresse de cet "
                "été. Notre équipe apprécie toujours de travailler chez vous. Concernant l'arrosage "
                "automatique que vous dites endommagé, c'est tout simplement impossible, nos "
                "jardiniers ne touchent jamais aux installations des clients. Nous restons à votre "
                "disposition pour la taille d'automne, au 05 56 12 34 90. Bonne fin de semaine, "
                "Pierre, Jardins de Gironde, Mérignac"
            ),
            "nan c faux, on a jamais rayé ton parquet, jamais 🙅",
            (
                "Nous contestons formellement les faits allégués : aucun dommage n'a été causé lors "
                "de l'intervention de nos équipes."
            ),
            (
                "Ça n'est jamais arrivé, une fois, nos gars ne laissent jamais de suie derrière eux. "
                "Ramonage Ardennais, Bastogne"
            ),
            (
                "Non Madame, cela ne s'est jamais produit chez nous. Nos ouvriers ne prennent jamais "
                "rien chez les clients. Multiservices Kinshasa"
            ),
        ],
    },
}

BLIND125_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much, Margaret! Olu on our houseplant desk will be thrilled you mentioned "
            "him, he really does know his calatheas. See you at the Christmas fair. The team at "
            "Willowbrook Garden Centre, Surrey"
        ),
        (
            "Thanks for popping in! Just so you know, our Green Card loyalty scheme is free for every "
            "customer: collect a stamp with each purchase and your tenth coffee in the café is on us. "
            "Hope to see you again soon. Bramble Lane Nurseries"
        ),
        (
            "We're sorry the window round skipped your street last week. Our van broke down and we "
            "should have texted everyone on the route; that's on us, and this month's clean has been "
            "refunded in full. If you'd like to talk it through, ring our office on 0118 496 0732 or "
            "email hello@sparklewindows.co.uk. Sparkle Window Cleaning, Reading"
        ),
        (
            "Hi Priya, I'm sorry the carpet in your hallway was cut short at the threshold. That was "
            "our measuring mistake, and we've already refunded the fitting charge. Our fitter will be "
            "back this week to replace the strip with a new length at no cost. Thanks for your "
            "patience. Mark, Lancaster Flooring"
        ),
        (
            "I'm so sorry. Our apprentice, Callum, pruned the wrong hedge, but he was working under "
            "my instructions and the responsibility is entirely mine as the owner. We'll replant with "
            "established beech at our own cost and I'll supervise the job personally. Please call me "
            "on 01452 730 118. Rob, Severn Tree Surgery, Gloucester"
        ),
        (
            "Sorry we were late this morning. One of our ladders failed its safety check before we "
            "set off and we had to fetch a replacement. That shouldn't have left you waiting without "
            "a call, so from now on we'll text ahead whenever we're running behind. Shine On Window "
            "Cleaning, Leeds"
        ),
        (
            "Thanks for your question about the deposit. Under our terms and conditions, deposits are "
            "refundable up to 48 hours before the start date, so we're happy to return yours in full. "
            "You can read the terms on our website or ask us to post you a copy. Greenline "
            "Landscapes, Cardiff"
        ),
        (
            "We're very sorry a roof tile was cracked while we were dismantling the conifer. We're "
            "fully insured for exactly this, and our insurer has been notified so the repair is "
            "covered at no cost to you. I'll call you this afternoon with the details. Ollie, Oakwood "
            "Arboriculture"
        ),
        (
            "So sorry to hear your car was scraped in our car park. Our CCTV covers the main "
            "entrance, and we're happy to share the footage with you or the police to help trace the "
            "other driver. Please ask for Linda, our duty manager, at the customer service desk. "
            "Hollybush Garden Centre, Lichfield"
        ),
        (
            "Thank you for warning other residents. We've heard that people are cold-calling in the "
            "area claiming to be from our company. We never knock on doors uninvited, and we've "
            "reported this to Kent Police. If anyone turns up, please ask for ID and ring our office "
            "on 01622 555 903 to check. Medway Chimney Sweeps"
        ),
        (
            "Thanks for the lovely review! Yes, our sweep Barry did get himself wedged in the "
            "fireplace for a moment, and no, he hasn't lived it down in the office yet. Glad the "
            "stove is drawing beautifully now. Soot Happens Chimney Services 😄"
        ),
        (
            "Thank you for the three stars and for explaining why. You're right that our quote took a "
            "week to arrive, and we're working on getting them out within 48 hours. We'd welcome the "
            "chance to do better next time. Jo, Trim & Tidy Gardens"
        ),
        (
            "Thanks for your feedback. Our quote describes a 2 metre crown lift and, as far as we can "
            "tell, that's what was carried out, but I understand it may look different from what you "
            "had in mind. I'd be glad to come out, look at it together and see what we can do. Please "
            "give me a call on 0161 555 0199. Steve, Pennine Tree Care"
        ),
        (
            "We were so sorry to read of your husband's passing. It was a privilege to look after his "
            "roses for so many years, and we'll keep tending them for as long as you'd like. Please "
            "don't worry about this month's invoice. With our deepest sympathy, Anne and everyone at "
            "Rosemount Gardening"
        ),
        (
            "Congratulations on the new house! We loved laying the carpets before the big move, and "
            "the nursery looks gorgeous in that sage green. Wishing you all many happy years there. "
            "The Floor Store, Bolton"
        ),
        (
            "Thanks for your review, and sorry for the disappointment. For safety reasons we can't "
            "let anyone stand near a tree while we're felling it, even just to watch, because "
            "sections can kick back unexpectedly. We know it's exciting to see, so next time we'll "
            "set up a safe viewing spot and let you know in advance. Summit Tree Surgeons"
        ),
        (
            "You're right, our prices went up this spring and we're sorry we didn't tell regular "
            "customers sooner. Fuel and insurance costs rose sharply this year, and we've kept the "
            "increase to £2 a clean. We'll make sure we give proper notice in future. ClearPane, "
            "Leicester"
        ),
        (
            "Thank you for such detailed feedback on your visit. Your points about the signage in the "
            "aquatics section and the queue at the café till are spot on, and we've already passed "
            "them to our managers. We really appreciate you taking the time. Greenfields Garden "
            "Centre"
        ),
        "aww thanks so much!! 🥰🌷 glad the hanging baskets are thriving, see u in spring 🌼",
        "Thanks, Dave. Glad the gutters are clear. See you in autumn.",
        (
            "Thank you for your feedback. We regret that the installation did not meet your "
            "expectations. A senior fitter will contact you to arrange an inspection at no charge. "
            "Alternatively, please write to customer.care@premierfloorsgroup.com and we will "
            "prioritise your case."
        ),
        (
            "Thank you very much sir for your kind words. Our technician Ravi will be happy to know "
            "you were satisfied with the tap repair and the curtain rods. Please do call us anytime "
            "on 98450 12345 for any other work. Regards, QuickFix Home Services, Bengaluru"
        ),
        (
            "Thanks so much, Thandi! Lovely to hear the new lawn survived the Highveld winter. We'll "
            "see you for the spring feed. Cheers, Jacaranda Landscaping, Joburg"
        ),
        (
            "I'm sorry about the delay getting back to you, that's not good enough. The chimney cowl "
            "you wanted has been ordered in and it's arriving Friday. I'll ring you to fix a time "
            "that suits. Thanks for bearing with us. Pádraig, Galway Sweeps"
        ),
        (
            "Thanks for the heads-up about the Sunday hours. Just to confirm, we're open 10am to 4pm "
            "on Sundays and bank holidays, and 9am to 6pm the rest of the week. Sorry the old hours "
            "were still showing on our website; that's now fixed. Meadowsweet Garden Centre"
        ),
        (
            "Thanks for the kind words! If you know anyone who needs their windows done, our "
            "refer-a-friend offer gives you both $5 off your next clean, whether or not you ever "
            "leave a review. Cheers, Kiwi Clean Windows, Auckland"
        ),
        (
            "Sorry you had trouble finding us! Our yard is at Unit 4, Mill Lane Industrial Estate, "
            "Totnes, just behind the builders' merchants, and we've now put up a bigger sign at the "
            "entrance. Hope to see you again. Dart Valley Landscape Supplies"
        ),
        (
            "I'm really sorry the carpet has rippled so soon after fitting. That shouldn't happen "
            "with new underlay, and we'll come back to re-stretch it free of charge. Could you email "
            "me at fitting@homecarpetsleeds.co.uk with a couple of photos and a time that suits? "
            "Thanks, Nadia, Home Carpets"
        ),
        (
            "Thanks heaps, Bec! The team loved doing your native garden, and those kangaroo paws "
            "should go off in spring. Give us a hoot if you need anything. Cheers, Coastal Gardens, "
            "Newcastle NSW"
        ),
        (
            "Thanks for the honest review. You're right that we didn't clean up the drywall dust as "
            "well as we should have. I've talked with the team about using drop cloths and a vacuum "
            "on every job, and I'd like to come by and finish the cleanup myself. Call me at (512) "
            "555-0143. Ben, Hill Country Handyman, Austin"
        ),
        (
            "Thanks for your review, and I can see why the smoke was worrying. From our inspection "
            "the flue was clear after the sweep, but smoke can also come from a damp chimney or a "
            "blocked air vent, so I'd be glad to come back and do a smoke test free of charge to get "
            "to the bottom of it. Please call on 01743 555 721. Tom, Shropshire Sweeps"
        ),
        (
            "Dear Mrs Fenwick, thank you kindly for your most generous note, which we were delighted "
            "to receive. It has been our pleasure to tend your garden these past ten years. With "
            "warmest regards, Arthur Blythe, Blythe & Sons Gardeners, Harrogate"
        ),
        "so sorry bout the mud on ur drive 🙈 we'll be back tmrw to jet wash it, no charge 👍",
        (
            "Thank you for being with us since we started! This year our free winter gutter check is "
            "open to all regular customers, just reply to your reminder text to book. Crystal Clear "
            "Windows, Dunedin"
        ),
        (
            "Sorry we couldn't fit you in sooner. Spring is our busiest season and the tree team is "
            "booked up for five weeks. We've added you to our cancellation list and will call as soon "
            "as a slot opens. Thanks for your patience. Alder Tree Services, Calgary"
        ),
        (
            "Thank you for raising this. All our fitting work is guaranteed for 12 months under our "
            "terms, so the loose threshold strip is covered and we'll replace it at no cost. Please "
            "ring us on 0141 555 0176 to book. Clyde Carpets, Glasgow"
        ),
        (
            "Cheers for the five stars! Marek will be chuffed, he's been on a mission with that "
            "squeaky staircase for weeks. Thanks for having us. Fix-It Phil, Norwich"
        ),
        (
            "We're sorry the Santa's grotto queue was so long on Saturday. We underestimated numbers "
            "and will be adding timed tickets from next weekend so families don't have to wait "
            "outside in the cold. Thank you for bearing with us. Evergreen Garden Centre, Belfast"
        ),
        (
            "On behalf of the whole team at Greenscape Commercial Grounds, thank you for your "
            "positive feedback regarding our seasonal maintenance programme. We look forward to "
            "continuing our partnership."
        ),
        (
            "Thanks for the review! We'll admit the lads are better with a squeegee than with "
            "directions, hence turning up at the wrong end of your road first 😅 Glad the windows were "
            "worth the wait. Streak Free Sam, Derry"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce gentil message ! Sandrine, au rayon plantes d'intérieur, sera "
            "ravie de savoir que ses conseils pour votre orchidée ont porté leurs fruits. À bientôt à "
            "la jardinerie ! L'équipe des Serres du Val, Angers"
        ),
        (
            "Merci pour votre visite ! Pour information, notre carte de fidélité est gratuite et "
            "ouverte à tous nos clients : au bout de dix passages en caisse, un bon de 10 € vous est "
            "offert. Au plaisir, la Jardinerie du Moulin, Rennes"
        ),
        (
            "Bonjour, nous sommes désolés que notre laveur de vitres ne soit pas passé comme prévu. "
            "C'est une erreur de planning de notre part. Vous pouvez joindre notre bureau au 02 40 55 "
            "16 82, du lundi au vendredi de 8 h à 18 h, pour fixer un nouveau passage sans frais. "
            "Cordialement, Net'Vitres Nantes"
        ),
        (
            "Madame, nous vous présentons nos excuses pour la moquette posée avec un raccord visible. "
            "Le montant de la pose vous a déjà été remboursé, et notre poseur repassera refaire le "
            "raccord gratuitement. Bien cordialement, Moquettes du Dauphiné, Grenoble"
        ),
        (
            "Bonjour Monsieur, vous avez raison et nous vous présentons nos excuses. Notre "
            "collaborateur Mathieu a oublié de refermer le portail, mais c'est à nous, en tant "
            "qu'entreprise, de veiller au respect de nos consignes, et nous en assumons l'entière "
            "responsabilité. Nous avons revu nos procédures de fin de chantier. Paysages de Touraine"
        ),
        (
            "Désolés pour le retard de ce matin. Notre camion a crevé sur la rocade et nous aurions "
            "dû vous prévenir tout de suite. Nous vous enverrons désormais un SMS dès qu'un retard se "
            "présente. Merci de votre patience. Ramonage Bordelais"
        ),
        (
            "Bonjour, conformément à nos conditions générales de vente, l'acompte est remboursable "
            "jusqu'à 48 heures avant l'intervention. Nous procédons donc à son remboursement "
            "intégral. Vous pouvez consulter nos CGV sur notre site. Cordialement, Élagage Vosges "
            "Services"
        ),
        (
            "Nous sommes sincèrement désolés pour la gouttière endommagée lors de l'abattage du "
            "sapin. Notre assurance responsabilité civile professionnelle couvre ce type de dommage "
            "et le dossier est déjà ouvert, sans aucun frais pour vous. Nous vous rappelons "
            "aujourd'hui pour le suivi. Élagage du Jura, Lons-le-Saunier"
        ),
        (
            "Nous sommes navrés d'apprendre que votre vélo a été volé sur notre parking. Nos caméras "
            "couvrent l'entrée du magasin et nous pouvons transmettre les images à la gendarmerie "
            "pour faciliter votre plainte. N'hésitez pas à demander le responsable à l'accueil. "
            "Jardinerie des Alpilles, Saint-Rémy-de-Provence"
        ),
        (
            "Merci de nous avoir alertés. Des personnes se faisant passer pour nos ramoneurs "
            "démarchent actuellement dans le quartier. Nous ne faisons jamais de porte-à-porte et "
            "avons signalé ces faits à la police. En cas de doute, appelez-nous au 03 80 55 21 04. "
            "Ramonage Bourguignon, Dijon"
        ),
        (
            "Merci pour ce super avis ! Oui, notre ramoneur est bien ressorti plus noir que votre "
            "conduit, et non, il ne s'en remet toujours pas 😄 Ravis que votre poêle tire de nouveau "
            "parfaitement. Ramonage Saint-Nicolas, Nancy"
        ),
        (
            "Merci pour vos trois étoiles et pour vos explications. Vous avez raison, notre devis a "
            "mis trop longtemps à arriver, et nous travaillons à les envoyer sous 48 heures. Au "
            "plaisir de mieux faire la prochaine fois. Les Jardins d'Émeraude, Saint-Malo"
        ),
        (
            "Bonjour, merci pour votre retour. D'après notre devis, la taille prévue était une "
            "réduction d'un tiers de la couronne, et c'est ce que nous pensons avoir réalisé, mais je "
            "comprends que le résultat ne corresponde pas à ce que vous imaginiez. Je serais heureux "
            "de passer en discuter avec vous sur place. Appelez-moi au 06 45 22 18 90. Olivier, "
            "Élagage Val de Saône"
        ),
        (
            "Nous avons appris avec beaucoup de tristesse le décès de votre mère. Ce fut un honneur "
            "d'entretenir son jardin pendant toutes ces années. Toutes nos pensées vous accompagnent. "
            "Marie et l'équipe des Jardins de Sologne"
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes très fiers que le jardin ait servi de "
            "décor à vos photos, et les massifs de roses étaient au rendez-vous. Tous nos vœux de "
            "bonheur. Paysages Provence Azur, Aix-en-Provence"
        ),
        (
            "Nous comprenons votre déception. Par mesure de sécurité, personne ne peut rester près de "
            "l'arbre pendant l'abattage, même pour regarder, car une branche peut rebondir de façon "
            "imprévisible. La prochaine fois, nous vous indiquerons un endroit sûr d'où observer le "
            "chantier. Merci de votre compréhension. Arbo Services Limousin"
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté ce printemps, et nous sommes désolés de ne pas "
            "vous avoir prévenus plus tôt. La hausse du carburant et des assurances nous y a "
            "contraints, et nous l'avons limitée à 2 € par passage. Nous prévenons désormais nos "
            "clients un mois à l'avance. Vitres Nettes, Rouen"
        ),
        (
            "Merci sincèrement pour ce retour aussi détaillé. Vos remarques sur le balisage du rayon "
            "aquariophilie et sur l'attente en caisse sont très justes, et nous les avons transmises "
            "à nos responsables. Jardinerie Horizon, Orléans"
        ),
        "merci bcp 🥰🌸 trop contents que les jardinieres vous plaisent, a bientot !!",
        "Merci. Bonne saison au jardin.",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions de bien vouloir "
            "accepter nos excuses pour les désagréments occasionnés. Un conducteur de travaux prendra "
            "contact avec vous afin d'organiser une visite de contrôle, sans frais. Nous vous prions "
            "d'agréer l'expression de nos salutations distinguées. Le Service Clients, Sols et "
            "Revêtements de l'Est"
        ),
        (
            "Merci pour votre gentil commentaire ! Notre ouvrier Jérôme a été très touché de lire vos "
            "mots. Septante ans que la famille lave les vitres dans le Brabant, et ce genre de "
            "message fait toujours plaisir. À tout bientôt pour les corniches au printemps. Vitres "
            "Clair'Brabant, Louvain-la-Neuve"
        ),
        (
            "Merci beaucoup pour votre message. Nous sommes navrés pour le retard du ramoneur, dû à "
            "une intervention d'urgence chez un autre client. Nous aurions dû vous avertir, c'est "
            "noté pour la suite. Avec nos meilleures salutations, Ramonage Lavaux Sàrl"
        ),
        (
            "Merci ben gros pour ton beau commentaire! Ça nous fait ben plaisir que le terrassement "
            "soit à ton goût. Bon été sur ta nouvelle terrasse! L'équipe de Paysagement Lanaudière"
        ),
        (
            "Bonjour, merci pour votre message. Pour rappel, la jardinerie est ouverte du mardi au "
            "samedi de 9 h à 19 h et le dimanche de 9 h à 12 h 30. Désolés que les anciens horaires "
            "apparaissaient encore sur notre site, c'est corrigé. Jardinerie des Vallons, Périgueux"
        ),
        (
            "Merci pour votre confiance ! Notre offre de parrainage est ouverte à tous nos clients : "
            "vous et la personne parrainée bénéficiez chacun de 10 % sur la prochaine prestation, que "
            "vous laissiez un avis ou non. Bonne journée, Multi-Services Artois, Arras"
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! Notre dépôt se situe au 8 chemin des "
            "Prés, zone artisanale de Chambéry, juste derrière la déchetterie, et un nouveau panneau "
            "vient d'être installé. Paysages de Savoie"
        ),
        (
            "Nous sommes vraiment désolés que la moquette ait fait des plis si vite. Ce n'est pas "
            "normal, et nous reviendrons la retendre gratuitement. Pouvez-vous nous écrire à "
            "contact@solsdumorvan.fr avec quelques photos et vos disponibilités ? Merci, Élodie, Sols "
            "du Morvan"
        ),
        (
            "Merci beaucoup Madame, que Dieu vous bénisse ! Toute l'équipe est contente que le gazon "
            "et les palmiers vous plaisent. On reste à votre disposition. Jardins d'Éden, Cocody"
        ),
        (
            "Bonjour Monsieur, nous vous présentons nos excuses pour la poussière laissée après les "
            "travaux de perçage. Nous avons rappelé à toute l'équipe l'usage des bâches et de "
            "l'aspirateur, et je passerai moi-même terminer le nettoyage. Joignez-moi au 77 555 12 "
            "34. Ousmane, Bricolage Pro Dakar"
        ),
        (
            "Merci pour votre avis. Lors de notre passage, le conduit nous a paru propre après le "
            "ramonage, mais une fumée peut aussi venir d'un conduit humide ou d'une arrivée d'air "
            "obstruée. Je vous propose de revenir faire un test fumigène gratuitement pour en avoir "
            "le cœur net. Cordialement, Ramonage du Cantal, Aurillac"
        ),
        (
            "Chère Madame, nous vous remercions bien sincèrement de votre si aimable message, qui "
            "nous a profondément touchés. Ce fut un plaisir de tailler vos rosiers ces dix dernières "
            "années. Veuillez agréer nos respectueuses salutations. Henri Mercier et ses fils, "
            "jardiniers, Fontainebleau"
        ),
        "dsl pour la boue sur l allee 🙈 on repasse demain la nettoyer au karcher, c est offert 👍",
        (
            "Merci d'être avec nous depuis nos débuts ! Cette année, la vérification gratuite des "
            "gouttières en hiver est proposée à tous nos clients réguliers, il suffit de répondre au "
            "SMS de rappel. Vitres du Littoral, La Rochelle"
        ),
        (
            "Désolés de ne pas avoir pu vous proposer de date plus tôt. Le printemps est notre saison "
            "la plus chargée et l'équipe d'élagage est complète pendant cinq semaines. Nous vous "
            "avons inscrit sur la liste d'attente et vous appellerons dès qu'un créneau se libère. "
            "Élagage Pays Basque, Bayonne"
        ),
        (
            "Merci de nous l'avoir signalé. Toutes nos poses sont garanties un an selon nos "
            "conditions, la barre de seuil décollée est donc couverte et nous la remplacerons sans "
            "frais. Appelez-nous au 03 88 55 42 17 pour convenir d'un rendez-vous. Sols d'Alsace, "
            "Strasbourg"
        ),
        (
            "Merci pour les cinq étoiles ! Bastien va être ravi, il s'était juré de venir à bout de "
            "cet escalier qui grince. Merci de nous avoir fait confiance. Le P'tit Bricoleur, Caen"
        ),
        (
            "Nous sommes désolés pour l'attente devant le chalet du Père Noël samedi. Nous avions "
            "sous-estimé l'affluence et mettrons en place des créneaux réservés dès le week-end "
            "prochain pour éviter aux familles d'attendre dans le froid. Merci de votre patience. "
            "Jardinerie des Flandres, Dunkerque"
        ),
        (
            "Au nom de l'ensemble des équipes du Groupe Vert Entretien, nous vous remercions pour "
            "votre retour positif concernant notre programme d'entretien saisonnier des espaces "
            "verts. Nous nous réjouissons de poursuivre notre collaboration."
        ),
        (
            "Merci pour l'avis ! On avoue, nos gars manient mieux la raclette que le GPS, d'où leur "
            "arrivée par le mauvais bout de la rue 😅 Ravis que les vitres aient valu l'attente. "
            "Carreaux Brillants, Montpellier"
        ),
    ],
}
