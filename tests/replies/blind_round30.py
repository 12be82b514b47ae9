"""Blind reply set, round 30: owner replies the pre-post check has never seen.

Who and when: written by helper 18b30, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 28").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
these kinds of business: funeral homes, event florists, pet groomers, dog
walkers, locksmiths, plumbers, roofers, solar-panel installers, removal
firms, self-storage, dry cleaners, tailors, watch repairers, opticians,
pharmacies, physiotherapists, yoga studios, climbing gyms, bowling alleys,
cinemas, theatres, music schools, language schools, tutoring centres,
crèches and summer camps.  Each French reply was written directly in
French, not translated.  Apart from the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (read only to copy its format) and
the [tool.ruff] section of pyproject.toml (for the line length), the writer
did NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other helper's
worktree, the git history or /work/.library; did not run the check, any
test or any bench on these replies (only a syntax parse, a count of entries
and ruff); and did not search the code.  Nothing here was adjusted after
seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, mixed: formal corporate, terse text-message style, over-friendly,
Québec French, Belgian French, Scottish English, Indian English and plain
everyday speech; veiled, polite, slangy and regional phrasings; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single sentence in the middle.  Good
replies include look-alikes that share words with the faults but are fine: a
loyalty card or referral scheme open to everyone whatever they write, the
business's own phone, e-mail or address, staff praised by first name, an
employee's mistake owned by the business, condolences, safety rules
explained kindly, polite factual corrections that keep the door open, legal
or insurance matters mentioned neutrally, humour at the business's own
expense, a star rating quoted neutrally, refunds already made, and short
warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND30_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for choosing us for your daughter's wedding flowers, it was a"
                " joy to work on. The peonies and eucalyptus arch was one of our favourite pieces"
                " this season, and we loved seeing the photos your photographer shared. If you"
                " could bump your review up from four stars to five, we'd happily throw in a free"
                " table centrepiece for your next celebration. Wishing the happy couple every"
                " happiness, and thanks again for trusting us with such a special day."
            ),
            "Thx for the review. Make it 5* and ur next groom is half price 🐶✂️",
            (
                "We would be pleased to extend a complimentary month of storage to customers who"
                " feel able to revise their published rating following this response."
            ),
            (
                "Och, sorry the lane was sticky on Friday. Tell you what, pop that review down"
                " and your next game's on the house, nae bother."
            ),
            (
                "Dear Sir, kindly update your rating to five stars and we will do the needful by"
                " waiving the call-out charge on your next plumbing visit."
            ),
        ],
        "fr": [
            (
                "Merci infiniment pour ce petit mot après le stage d'été de votre fils au camp du"
                " lac. Nos animateurs ont été très touchés de lire qu'il est rentré à la maison"
                " en chantant les chansons du feu de camp. C'est exactement pour ces moments-là"
                " que nous faisons ce métier. Si vous passiez votre avis à cinq étoiles, nous"
                " vous offririons une semaine de stage à moitié prix l'été prochain. Au plaisir"
                " de retrouver votre petit aventurier !"
            ),
            "slt merci 🙏 mets 5 etoiles et ton prochain cours de yoga est offert 🧘",
            (
                "Allô! Désolés pour l'attente au comptoir. Si vous enlevez votre commentaire, on"
                " vous fait le nettoyage de votre manteau d'hiver gratis, c'est promis!"
            ),
            (
                "Nous vous ferions volontiers bénéficier d'une remise de 20 % sur votre prochain"
                " déménagement dès que votre évaluation aura été mise à jour."
            ),
            (
                "Une fois ! Changez votre note et on vous offre une séance de grimpe avec location"
                " de chaussons, hein, c'est cadeau."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to share your experience of our lockout service"
                " last weekend. We completely understand how stressful it is to be stuck outside"
                " your own home late at night, and our technician did his best to get there"
                " quickly. Please be aware that our solicitor is already reviewing your comments"
                " and we will not hesitate to pursue damages if they stay up. We always aim to"
                " keep our customers safe and secure, and we hope you never need us again for"
                " the wrong reasons."
            ),
            "We have your address from the job sheet. Think carefully before posting again.",
            (
                "Our legal department has been instructed to consider all appropriate remedies"
                " regarding the defamatory statements contained in this review."
            ),
            (
                "Funny how ye left a one-star review when we've got CCTV of the whole visit. Might"
                " be worth asking yerself if ye want that footage shared."
            ),
            (
                "We know exactly which student you are, madam, and your child's tutor will be"
                " informed about this review. Kindly remove it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de partager votre ressenti sur la pose de"
                " vos panneaux solaires. Nous savons qu'un chantier sur un toit peut être source"
                " d'inquiétude, et notre équipe a fait de son mieux pour respecter le calendrier."
                " Sachez toutefois que nous avons transmis votre avis à notre avocat et qu'une"
                " plainte pour diffamation sera déposée s'il n'est pas retiré sous huit jours."
                " Nous restons convaincus de la qualité de notre installation et de la production"
                " que vous constaterez cet été."
            ),
            "On sait qui vous êtes. Retirez ce commentaire, c'est mieux pour tout le monde.",
            (
                "Écoutez, on connaît votre adresse, on a déménagé vos affaires. Je vous conseille"
                " de réfléchir à deux fois avant d'écrire des menteries de même."
            ),
            (
                "Nous nous réservons le droit d'engager toute action judiciaire utile et de"
                " porter à la connaissance de votre employeur la teneur de vos propos."
            ),
            ("Fais gaffe, ton chien on le reconnaît bien, et toi aussi. Le quartier est petit."),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for your kind words about our pharmacy team, we really appreciate it."
                " We know that waiting for a prescription when you're feeling poorly is never"
                " pleasant, and we're glad Aisha was able to help. As your repeat prescription"
                " for sertraline and your blood-pressure tablets was only sent over by the"
                " surgery on Tuesday 3 November, we couldn't have had it ready any sooner. We"
                " hope you're feeling better and look forward to seeing you again."
            ),
            "Ur booking was Sat 14:30 under 07700 900123, we've got it logged. No-show = fee.",
            (
                "As per our records, Mr Thomson at 12 Ravelston Road cancelled his physiotherapy"
                " session for his knee reconstruction on 2 October with less than 24 hours'"
                " notice."
            ),
            (
                "Dear Mrs Patel, your son Arjun has attended only 4 of his 12 maths tuition"
                " classes this term, as his attendance register clearly shows."
            ),
            (
                "Hiya! Just to say, your glasses with the -6.50 prescription and the astigmatism"
                " correction are ready, pop into the branch on Duke St whenever 😊"
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour votre message et pour la confiance que vous nous avez"
                " accordée lors des obsèques de votre mère. Nous savons combien ces journées"
                " sont éprouvantes, et toute notre équipe a tenu à ce que la cérémonie vous"
                " ressemble. Comme convenu lors de votre rendez-vous du 12 octobre au 14 rue des"
                " Tilleuls, le solde de 3 480 euros reste à régler par votre frère Didier. Nous"
                " restons à vos côtés si vous avez besoin de quoi que ce soit."
            ),
            "Votre RDV était le jeudi 9 à 18h, tél 06 12 34 56 78, vous n'êtes pas venu.",
            (
                "Madame Gagnon, votre fille Léa est inscrite au groupe des poupons à la garderie"
                " depuis septembre et ses allergies aux arachides sont notées à son dossier."
            ),
            (
                "Pour rappel, votre box n° 214 contient des meubles et des cartons déclarés à"
                " votre nom, avenue Louise 87, et le loyer de novembre est toujours impayé."
            ),
            (
                "Monsieur, votre bilan kiné du 4 septembre mentionnait une hernie discale L4-L5,"
                " il était donc normal que les séances soient plus douces."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for coming along to our Saturday evening show, and we're sorry the night"
                " didn't live up to your hopes. The cast work incredibly hard and the whole"
                " company puts heart and soul into every performance. Frankly, it's obvious from"
                " your review that you're the kind of bitter person who enjoys nothing and"
                " lies to get refunds. We'll keep putting on shows that the rest of our audience"
                " loves, and we wish you a good winter."
            ),
            "U clearly don't own a dog, ur just a troll. Bye.",
            (
                "We note that the reviewer's account of events is, to put it plainly, a"
                " fabrication by someone acting in bad faith."
            ),
            (
                "Ach, away and bile yer heid. Anybody daft enough tae climb without chalk"
                " deserves tae slip."
            ),
            (
                "Sir, you are a liar and a cheat. You did not pay the full fees and now you are"
                " spreading fake stories about our language school."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir fait appel à nous pour la réparation de votre montre de"
                " famille. Nous comprenons l'attachement que l'on peut avoir pour un objet"
                " transmis par un grand-parent, et nous l'avons traitée avec le plus grand soin."
                " Mais soyons honnêtes : vous êtes manifestement un menteur qui cherche à"
                " obtenir une révision gratuite. Notre atelier reste à la disposition de tous"
                " les clients de bonne foi."
            ),
            "T'es juste un rageux, personne te croit 🤡",
            (
                "Franchement, faut être pas mal niaiseux pour se plaindre d'un plombier venu à"
                " minuit un dimanche. Quel mauvais coucheur!"
            ),
            (
                "Votre commentaire en dit davantage sur votre mauvaise foi que sur la qualité de"
                " notre travail."
            ),
            (
                "Allez, arrêtez de faire le zievereer, tout le monde sait que vous êtes un"
                " râleur professionnel."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for joining our Wednesday evening yin class, and for your feedback. We"
                " always love welcoming new faces to the studio and hope you found some calm"
                " after a long working day. Oh, and congratulations on being the only person in"
                " ten years to find savasana too strenuous, truly a remarkable achievement."
                " Our schedule has plenty of other classes if you'd like to give us another"
                " try, and the tea is always on."
            ),
            "Wow, a whole star. We're honoured 🙄",
            (
                "We are, of course, deeply grateful for the reviewer's expert insight into"
                " roofing, which clearly surpasses our thirty years in the trade."
            ),
            (
                "Aye, right, the bowling balls were too heavy. Maybe try the wee bumpers next"
                " time, pal."
            ),
            (
                "So sorry madam, next time we will surely arrange for the dog to be groomed by a"
                " Bollywood stylist since our team was not glamorous enough for you."
            ),
        ],
        "fr": [
            (
                "Merci d'être venu à la séance de 20 h pour l'avant-première, nous espérons que"
                " le film vous a plu malgré tout. Toute l'équipe du cinéma s'efforce de rendre"
                " chaque soirée agréable, de la billetterie jusqu'au nettoyage des salles. Nous"
                " allons évidemment demander aux acteurs de parler moins fort pour ne pas"
                " déranger votre conversation téléphonique, c'est la moindre des choses. Au"
                " plaisir de vous revoir dans nos fauteuils."
            ),
            "Ah oui, 1 étoile parce qu'il pleuvait. Logique 👏",
            (
                "Bravo pour cette analyse musicale d'une finesse rare, nos professeurs de"
                " conservatoire en sont encore bouleversés."
            ),
            (
                "Ben oui, c'est sûr qu'un serrurier devrait ouvrir une porte blindée en deux"
                " secondes avec un trombone, voyons donc."
            ),
            (
                "Quelle surprise, un costume froissé après l'avoir porté tout un mariage ! On"
                " n'aurait jamais deviné, hein."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know about your recent move, and we're sorry it was"
                " more stressful than it should have been. Moving house is a big day and we take"
                " pride in getting every box to the right room. The scratched wardrobe was"
                " entirely down to Kevin, who was careless on the stairs and has been given a"
                " formal warning. We hope you're settling into your new home and that the rest"
                " of your furniture arrived in perfect shape."
            ),
            "Sorry. That was Jordan. He's been let go.",
            (
                "Following an internal review, we can confirm that the error on your hem was made"
                " by our junior tailor, Megan, who has been removed from alterations work."
            ),
            (
                "Aye, that'd be Callum on the Tuesday walk, he's no the sharpest. We've had a"
                " right word with him."
            ),
            (
                "Very sorry ma'am, our receptionist Priya forgot to send your reminder. She has"
                " been strictly warned and her salary has been cut this month."
            ),
        ],
        "fr": [
            (
                "Merci d'avoir pris le temps de nous écrire après la composition florale pour les"
                " funérailles de votre père, et toutes nos condoléances à votre famille. Nous"
                " savons à quel point chaque détail compte dans ces moments-là. C'est Julie qui"
                " s'est trompée de couleur de roses, et elle a été sanctionnée pour cette"
                " négligence. Nous espérons que la cérémonie a tout de même été à la hauteur de"
                " l'hommage que vous vouliez lui rendre."
            ),
            "dsl c Kevin qui a oublié ton chien. il est viré.",
            (
                "Pour être transparents, l'erreur de facturation revient entièrement à notre"
                " préposée Sylvie, qui n'a pas suivi la procédure. On l'a avertie sérieusement."
            ),
            (
                "L'oubli de votre enfant à la sortie est la faute de Mme Lambert, monitrice,"
                " dont le contrat n'a pas été renouvelé."
            ),
            (
                "Ah ça, c'est encore Jean-Marc, le nouveau du samedi, qui n'a pas vérifié les"
                " baudriers. On lui a remonté les bretelles, croyez-moi."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your patience with the installation of your solar panels, and for"
                " sharing your thoughts. We know how much you were looking forward to seeing"
                " your first month's generation figures. The delay happened because the scaffold"
                " firm cancelled, then it rained for nine days, then the inverter supplier"
                " shipped the wrong model, then the DNO paperwork came back late, then two of"
                " our fitters were off with flu and the van broke down on the motorway. We're"
                " pleased the system is now running and hope it serves you well for many years."
            ),
            (
                "Not our fault: traffic, school run, parking, lift broken, wrong key from the"
                " agent, and the lock was an old model anyway."
            ),
            (
                "Please note the delay in processing resulted from an unprecedented volume of"
                " bookings, a system migration, supplier shortages, regulatory changes, seasonal"
                " staff turnover and adverse weather, all outside our control."
            ),
            (
                "Look, the pipe was ancient, the last plumber botched it, the stopcock was"
                " seized, the merchant had nae fittings, my lad was off sick and it was pouring"
                " doon. What d'ye expect?"
            ),
            (
                "Sir, kindly understand: the projector bulb fused, the power went off, the"
                " generator took time, the AC tripped, the film print was delayed from Mumbai"
                " and also the staff bus was late due to rains."
            ),
        ],
        "fr": [
            (
                "Merci pour votre retour sur le cours de néerlandais du mardi soir, et nous"
                " sommes désolés qu'il ne vous ait pas entièrement satisfait. Notre école tient"
                " beaucoup à la progression de chaque élève. Si le cours a commencé en retard,"
                " c'est que le professeur sortait d'un autre cours, que le tram était en panne,"
                " que la salle était occupée, que le projecteur ne marchait plus, que la"
                " photocopieuse était bloquée et qu'en plus il y avait des travaux dans la rue."
                " Nous espérons vous revoir à la prochaine session."
            ),
            (
                "Le retard : bouchons, pluie, chantier, GPS en panne, client avant vous pas"
                " prêt. Donc bon."
            ),
            (
                "Ben là, il faut comprendre : la neige, le pont fermé, la pièce en rupture, le"
                " fournisseur en vacances, le camion en réparation, pis mon chum malade."
            ),
            (
                "Nous tenons à préciser que le délai s'explique par la crise des matières"
                " premières, l'inflation, les nouvelles normes, les intempéries, les grèves et la"
                " pénurie de main-d'œuvre qui touche tout le secteur."
            ),
            (
                "Si votre costume n'était pas prêt, c'est que la machine était en révision, que"
                " le fournisseur de boutons nous a lâchés, que la couturière était en congé et"
                " qu'on a eu trois mariages le même week-end."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for bringing your two boys along to our bowling alley for the"
                " birthday party, it's always lovely to see families having fun together. Our"
                " team works hard to make every party special, from the balloons to the pizza."
                " The food was not cold and nobody was kept waiting, that simply did not"
                " happen at our venue. We hope the birthday boy had a great day and that you'll"
                " come and play again."
            ),
            "Never happened. Our walkers don't leave dogs alone. End of.",
            (
                "We categorically reject the assertion that any item was damaged or lost while"
                " in our custody; no such incident occurred."
            ),
            ("Naw, that's just no true. Nae glasses were ever scratched in oor shop, full stop."),
            (
                "This is totally false, sir. Our pharmacy never gives wrong medicine, it is"
                " simply not possible."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir inscrit votre petite à notre crèche cette année, c'est"
                " une joie de l'accueillir chaque matin. Nos puéricultrices sont très attachées"
                " aux enfants et prennent soin de chacun comme des leurs. Votre fille n'a jamais"
                " été laissée seule dans la salle de sieste, cela ne s'est tout simplement pas"
                " produit. Nous restons à votre écoute pour toute autre question et vous"
                " souhaitons de belles fêtes de fin d'année."
            ),
            "Faux. Jamais arrivé. Point.",
            (
                "Voyons donc, votre toit ne coulait pas après notre passage, c'est impossible, on"
                " l'a inspecté nous-mêmes."
            ),
            (
                "Nous contestons formellement l'intégralité des faits décrits, qui ne"
                " correspondent en rien à la réalité."
            ),
            (
                "Non non, le chat n'a jamais été blessé au toilettage, ça n'existe pas chez nous,"
                " une fois."
            ),
        ],
    },
}

BLIND30_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for trusting us with your mother's funeral. Please accept our deepest"
            " condolences to you and your family; it was a privilege to help you say goodbye."
        ),
        (
            "We're so sorry the bouquet arrived wilted. That's not our standard; we've refunded"
            " the order in full and would love the chance to make it right."
        ),
        "Thx for the 5 stars! See u and Biscuit next month 🐾",
        (
            "Thanks for the lovely review! Our loyalty card is open to every customer: every"
            " tenth groom is free, no strings attached."
        ),
        (
            "Sorry the walk was cut short on Tuesday. Please call us on our office line,"
            " 0131 496 0000, and we'll go through what happened together."
        ),
        (
            "We apologise for the delay in reaching you. Our locksmith was held up at an earlier"
            " emergency, and we should have called ahead to let you know. That's on us."
        ),
        (
            "Cheers for the kind words! Dave will be chuffed you noticed how tidy he left the"
            " bathroom."
        ),
        (
            "Thank you for your feedback. Our roofer Sam made an error measuring the flashing,"
            " and as a business we take full responsibility; we'll return at no cost to fix it."
        ),
        (
            "To clarify kindly: panels produce less in December because of the shorter days, so"
            " the lower figure is expected. If you'd like, we can check your system remotely."
        ),
        (
            "Thank you for choosing us for your move. We're sorry about the dented lamp; please"
            " email claims@ourfirm.example and our insurance will cover the repair."
        ),
        (
            "We're truly sorry you couldn't access your unit on Sunday. Gate hours have now been"
            " extended to 10pm, seven days a week."
        ),
        (
            "Aye, our dry cleaning's good but our parking's a disaster, we know! Thanks for"
            " persevering, and sorry about the wait at the counter."
        ),
        "Thank you so much, enjoy the suit at the wedding!",
        (
            "Thank you for the review. Your watch was with us longer than quoted because a part"
            " had to come from Switzerland; we're sorry we didn't warn you sooner."
        ),
        (
            "We appreciate your feedback. Our opticians follow a legal requirement to check your"
            " prescription before dispensing, which is why we asked for a recent eye test."
        ),
        (
            "Sorry for the queue at the pharmacy. Flu season hits us hard, and we're adding a"
            " second pharmacist on weekday mornings from next week."
        ),
        (
            "Thanks for telling us. We never discuss anyone's treatment online, but we'd really"
            " like to hear more: please ring the clinic on our main number and ask for the"
            " practice manager."
        ),
        (
            "Namaste and thank you! We are very happy you enjoyed the morning class. Meera will"
            " be delighted to read your kind words."
        ),
        (
            "Your safety matters to us, which is why everyone does a short belay check before"
            " climbing. We know it feels slow, and we're sorry it wasn't explained better."
        ),
        (
            "Our bowling shoes may not be the height of fashion, but at least they're clean!"
            " Thanks for the laugh and the lovely review."
        ),
        (
            "We're sorry the film started late. That was a projection fault on our side, and"
            " we've sent you two free tickets by email as an apology."
        ),
        (
            "Thank you for coming to the matinee. You're right that the heating was too low in"
            " the circle; it's been repaired, and we apologise."
        ),
        (
            "Our students' parents often ask about refer-a-friend: anyone who brings a friend"
            " gets a free lesson, whatever they think of us. Thanks for the review!"
        ),
        (
            "Kindly accept our apologies for the confusion over the batch timings. Please"
            " contact our office at info@ourschool.example and we will sort it out."
        ),
        (
            "Thanks for the honest feedback. We'd gently point out that the session length is"
            " 50 minutes, as on our website, but we hear you about wanting more time."
        ),
        (
            "We understand your concern about nap times at the nursery. Our policy is to keep"
            " a member of staff in the room at all times, and we'd welcome a chat in person."
        ),
        (
            "What a summer! Thanks to every camper and family. The canoeing was mostly swimming"
            " this year, but nobody seemed to mind."
        ),
        "Sorry about that. Fixed now. Thanks for flagging.",
        ("Four stars is lovely, thank you! We'll keep working on that fifth one."),
        (
            "We regret that your experience fell short of expectations. The matter has been"
            " escalated internally and our customer relations team will be pleased to assist"
            " via our published contact details."
        ),
        (
            "Dear customer, apologies for the late arrival of our plumber. No excuses: we got"
            " the schedule wrong, and we're reviewing how we book emergency calls."
        ),
        (
            "Thank you for mentioning Ravi! He has been with us for six years and really knows"
            " his watches."
        ),
        (
            "We didn't quite see it the same way: our records show the tutor arrived on time."
            " That said, we'd like to understand what went wrong, so please do get in touch."
        ),
        (
            "Our CCTV is there to protect stored belongings, and we're happy to review it with"
            " you if anything ever goes missing."
        ),
        (
            "Sorry again about the mix-up with your shirts. It was our mistake, not yours, and"
            " the next clean is free."
        ),
        (
            "Ha, fair point, our hold music is terrible. We've changed it. Thanks for being"
            " patient with us."
        ),
        ("So glad the wee one loved the trampoline day. See you all at Easter camp!"),
        (
            "Thank you for your review. We know you have been waiting for the new glasses, and"
            " we are sorry. The lab is reopening on Monday and we will call you the same day."
        ),
        (
            "We take your comments seriously. We've re-trained the whole team on handling pets"
            " with anxiety, and we'd be glad to welcome Milo back whenever you're ready."
        ),
        "Thank you, it was a pleasure walking your two rascals all summer, muddy paws and all!",
    ],
    "fr": [
        (
            "Toutes nos condoléances pour la perte de votre époux. Merci pour votre confiance"
            " dans un moment si difficile ; notre porte reste ouverte si vous avez besoin."
        ),
        (
            "Nous sommes vraiment désolés que les fleurs de table soient arrivées en retard."
            " C'est notre erreur, et nous vous avons remboursé la livraison."
        ),
        "Merci bcp pour les 5 étoiles 🐶 à bientôt !",
        (
            "Merci pour votre beau commentaire ! Notre carte de fidélité est ouverte à tous les"
            " clients : le dixième toilettage est offert, tout simplement."
        ),
        (
            "Désolés pour la promenade écourtée. Appelez-nous au 04 78 00 00 00, notre numéro"
            " de bureau, et on regarde ça ensemble."
        ),
        (
            "Nous vous prions de nous excuser pour l'attente. Notre serrurier était sur une"
            " urgence et nous aurions dû vous prévenir. C'est de notre faute."
        ),
        (
            "Merci ben gros! Mathieu va être content de savoir qu'il a laissé votre salle de bain"
            " propre propre."
        ),
        (
            "Merci pour votre message. Notre couvreur Thomas s'est trompé dans ses mesures, et"
            " nous en assumons l'entière responsabilité : nous revenons gratuitement."
        ),
        (
            "Petite précision, en toute bienveillance : en hiver les panneaux produisent moins à"
            " cause des journées courtes. On peut vérifier votre installation à distance."
        ),
        (
            "Merci d'avoir fait appel à nous pour votre déménagement. Pour la lampe abîmée,"
            " écrivez à sinistres@notreentreprise.example, notre assurance prendra en charge."
        ),
        (
            "Toutes nos excuses pour l'accès impossible dimanche. Les horaires du portail sont"
            " désormais étendus jusqu'à 22 h, tous les jours."
        ),
        (
            "Notre nettoyage est impeccable, notre parking beaucoup moins, on le sait bien !"
            " Merci de votre patience au comptoir."
        ),
        "Merci mille fois, et bon mariage avec ce beau costume !",
        (
            "Merci pour votre avis. La réparation a pris plus de temps parce qu'une pièce venait"
            " de Suisse ; nous aurions dû vous prévenir plus tôt, pardon."
        ),
        (
            "Merci de votre retour. La réglementation nous oblige à vérifier une ordonnance"
            " récente avant de délivrer des verres, d'où notre demande."
        ),
        (
            "Désolés pour l'attente à la pharmacie. La grippe nous donne du fil à retordre ;"
            " un deuxième pharmacien sera présent les matins dès la semaine prochaine."
        ),
        (
            "Merci de nous avoir écrit. Nous ne parlons jamais des soins de nos patients en"
            " ligne, mais appelez le cabinet et demandez la responsable, elle vous rappellera."
        ),
        ("Namasté et merci ! Claire sera ravie de lire vos mots sur le cours du dimanche matin."),
        (
            "Votre sécurité compte beaucoup pour nous : chaque grimpeur fait un petit test"
            " d'assurage avant de commencer. On sait que c'est un peu long, désolés de ne pas"
            " l'avoir mieux expliqué."
        ),
        (
            "Nos chaussures de bowling ne sont pas à la mode, on l'avoue, mais elles sont"
            " propres ! Merci pour le fou rire et le bel avis."
        ),
        (
            "Désolés pour le retard de la séance, c'était une panne de projection de notre"
            " côté. Deux places vous ont été envoyées par courriel pour nous excuser."
        ),
        (
            "Merci d'être venue à la matinée. Vous avez raison, il faisait trop froid au"
            " balcon ; le chauffage est réparé et nous vous présentons nos excuses."
        ),
        (
            "Pour le parrainage, c'est simple : tout élève qui amène un ami reçoit un cours"
            " offert, quel que soit son avis. Merci pour votre message !"
        ),
        (
            "Veuillez nous excuser pour la confusion sur les horaires. Écrivez-nous à"
            " info@notreecole.example, on s'en occupe tout de suite."
        ),
        (
            "Merci pour votre franchise. Nous précisons poliment que la séance dure 50 minutes,"
            " comme indiqué sur le site, mais nous entendons votre souhait d'en avoir plus."
        ),
        (
            "Nous comprenons votre inquiétude au sujet des siestes. Une puéricultrice reste"
            " toujours dans la salle, et nous serions heureux d'en parler avec vous."
        ),
        (
            "Quel été ! Merci à tous les campeurs et aux familles. Le canoë s'est souvent"
            " transformé en baignade, mais personne ne s'en est plaint."
        ),
        "Désolés. C'est réglé. Merci de l'avoir signalé.",
        "Quatre étoiles, c'est déjà super, merci ! On travaille sur la cinquième.",
        (
            "Nous regrettons que votre expérience n'ait pas été à la hauteur de vos attentes."
            " Notre service clientèle se tient à votre disposition via nos coordonnées"
            " officielles."
        ),
        (
            "Bonjour, pardon pour le retard de notre plombier. Pas d'excuse : on s'est trompés"
            " dans le planning et on revoit notre façon de gérer les urgences."
        ),
        (
            "Merci d'avoir pensé à Nathalie ! Elle est chez nous depuis six ans et connaît les"
            " montres anciennes sur le bout des doigts."
        ),
        (
            "Nous n'avons pas tout à fait la même lecture : d'après notre agenda, la tutrice"
            " était à l'heure. Mais on veut comprendre, alors n'hésitez pas à nous appeler."
        ),
        (
            "Nos caméras sont là pour protéger les biens entreposés, et nous visionnerons"
            " volontiers les images avec vous si quelque chose venait à manquer."
        ),
        (
            "Encore désolés pour l'échange de chemises, une fois. L'erreur vient de chez nous,"
            " et le prochain nettoyage est offert."
        ),
        (
            "Ha, c'est vrai que notre musique d'attente était affreuse. On l'a changée ! Merci"
            " de votre patience."
        ),
        (
            "Contents que votre petit ait adoré la journée trampoline. À tantôt pour le camp"
            " de Pâques !"
        ),
        (
            "Merci pour votre avis. Nous savons que vous attendez vos nouvelles lunettes et"
            " nous en sommes désolés. Le laboratoire rouvre lundi, nous vous appellerons aussitôt."
        ),
        (
            "Nous prenons vos remarques au sérieux. Toute l'équipe a suivi une formation sur"
            " les animaux anxieux, et Milo sera le bienvenu quand vous le souhaiterez."
        ),
        "Merci, c'était un plaisir de promener vos deux toutous tout l'automne !",
    ],
}
