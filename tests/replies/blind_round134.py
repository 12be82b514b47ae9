"""Blind reply set, round 134: owner replies the pre-post check has never seen.

Who and when: written by helper w132, an independent writer, on 2026-12-07,
from the brief for blind round 132 (this file, round 134).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
plumbers, heating engineers, kitchen fitters, solar-panel installers, glaziers
and alarm installers.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other folder under /work, the git history
or /work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise good reply whose fault sits in a single sentence
or clause; the others are one-liners, texting with slang and emoji, very
formal or corporate wording, veiled and polite phrasings and regional speech,
some signed with a first name, the team or the business.
Registers, drawn from: French from Lyon, Nantes, Bordeaux, Colmar, Lille,
Toulouse, Strasbourg, Rennes, Grenoble, Marseille and Clermont-Ferrand, from
Liège and Brussels, Lausanne, Nyon, Sion and Delémont, Québec (Beauce,
Saguenay, Laurentides), Abidjan, Dakar and Douala, texting, unaccented
French and very formal administrative French; English from Manchester,
Bristol, Leeds, Cornwall, Glasgow, Cardiff, Brighton, Belfast, Dublin,
Galway, Vancouver, Toronto, Tennessee and the US South, Brisbane, Darwin,
Auckland, Tauranga, Pretoria, Durban, Pune, Bengaluru and Chennai, texting
with emoji, corporate English and an older speaker's very polite style.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms and guarantees, insurance, the
police or CCTV mentioned neutrally or to help the customer, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, condolences, congratulations, a
safety rule explained kindly, a price change explained with an apology,
sincere thanks for detailed feedback and short thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND134_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write this, it really made "
                "our week at Hartley & Sons Plumbing. A burst pipe on a Sunday evening "
                "is nobody's idea of fun, and we're glad we could get someone out to "
                "you in Stockport within the hour. Our lads take real pride in leaving "
                "a home cleaner than they found it, so hearing that you didn't have to "
                "mop up after us is lovely. We've noted the slight delay in getting "
                "the replacement part and we're already stocking more of those "
                "fittings in the vans. If you'd be kind enough to bump your rating up "
                "to five stars, we'll knock 15% off your annual boiler service. Thanks "
                "again for trusting a local family firm, and don't hesitate to ring if "
                "anything else crops up. Dave"
            ),
            (
                "Cheers legend 🙌 flick us a 5 star and ur next panel clean is on the "
                "house ☀️😎"
            ),
            (
                "As a gesture of appreciation, customers who update their published "
                "evaluation to reflect full satisfaction are eligible for a "
                "complimentary annual alarm system health-check. SecureHome Solutions "
                "Customer Experience Team"
            ),
            (
                "Ah sorry to hear the fitting ran over, we'd love to make it up to you "
                "with a free set of trickle vents, once you feel able to revisit what "
                "you've written here."
            ),
            (
                "Sir kindly remove this review and we will do the geyser servicing "
                "free of cost next time, please do the needful. Sharma Plumbing Works, "
                "Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce retour détaillé. Nous sommes "
                "vraiment heureux que l'installation de votre pompe à chaleur à "
                "Villeurbanne se soit bien passée et que la maison soit enfin bien "
                "chaude pour l'hiver. Notre technicien a pris le temps de vous "
                "expliquer le fonctionnement du thermostat, et nous savons combien "
                "c'est important au début. Nous avons bien noté le petit retard sur la "
                "mise en service et nous en tirons les leçons pour nos prochains "
                "chantiers. Si vous passez votre note à cinq étoiles, on vous offre le "
                "premier entretien annuel. Encore merci pour votre confiance, et à "
                "très bientôt ! L'équipe Thermo Rhône"
            ),
            (
                "merci bcp 😁 mets nous 5 etoiles et on te fait le detartrage du "
                "chauffe-eau gratos la prochaine fois 💧"
            ),
            (
                "Nous vous informons qu'une remise de 10 % sur votre prochaine "
                "intervention pourra vous être accordée sous réserve de la "
                "modification de l'appréciation publiée sur la présente plateforme."
            ),
            (
                "Merci ben gros pour votre commentaire! Si jamais vous enlevez votre "
                "une étoile, on vous installe la moustiquaire gratis, promis 😉 "
                "Vitrerie Beauce"
            ),
            (
                "Nous espérons que vous pourrez revoir votre avis une fois le souci "
                "réglé, et une petite attention vous attendra alors de notre part, "
                "savez-vous. Alarmes Liégeoises"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for your review and for choosing Oakline Kitchens for your "
                "renovation in Clifton. We're genuinely sorry the worktop join isn't "
                "as seamless as you'd hoped; we set very high standards for ourselves "
                "and we understand how frustrating that is when you've waited weeks "
                "for your new kitchen. Our installation manager would be happy to come "
                "round, look at the join in daylight and discuss options, including "
                "re-cutting the section at no cost. That said, our solicitor has been "
                "asked to look at the wording of your review, so we'd suggest you take "
                "it down before this goes any further. We really do value every "
                "customer and want you to love cooking in that room. Please call the "
                "office on 0117 496 0123 and we'll book a visit. Kind regards, Mark"
            ),
            "Remove this review by Friday or we'll be passing it to our lawyers.",
            (
                "Bru, carry on with these posts and we'll pop round for a chat in "
                "person, we know which road you stay on 👀"
            ),
            (
                "Please be advised that your account will be referred to our debt "
                "recovery partner and to credit reference agencies should this "
                "publication remain online."
            ),
            (
                "We'd hate for your landlord to hear about the state the bathroom was "
                "in when our plumber arrived, so perhaps it's best for everyone if "
                "this review quietly disappears. Northshore Plumbing, Vancouver"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre expérience "
                "avec Vitrerie de l'Erdre. Nous sommes sincèrement désolés que la pose "
                "de vos nouvelles fenêtres ait pris une journée de plus que prévu, et "
                "nous comprenons la gêne que cela a représenté avec des enfants à la "
                "maison. Le retard venait d'un double vitrage livré avec un défaut, "
                "que nous avons préféré refuser plutôt que de vous poser une pièce "
                "imparfaite. Nous vous proposons de repasser vérifier les réglages des "
                "ouvrants gratuitement dans les semaines qui viennent. Par ailleurs, "
                "notre avocat a été mis en copie de votre avis et nous n'hésiterons "
                "pas à porter plainte pour diffamation s'il reste en ligne. Nous "
                "tenons à ce que chaque client soit satisfait de son chantier. Bien "
                "cordialement, Sophie"
            ),
            "Retirez ce commentaire ou vous aurez des nouvelles de notre avocat.",
            (
                "frero tu continues a nous allumer sur google et on passe te voir, on "
                "sait ou t habites 😤"
            ),
            (
                "Nous vous informons que, faute de retrait de la présente publication "
                "sous huitaine, votre dossier sera transmis à notre service juridique "
                "ainsi qu'à la régie de votre immeuble. Veuillez agréer, Madame, "
                "Monsieur, nos salutations distinguées. Sécurialp SA, Lausanne"
            ),
            (
                "Nous prions le client de bien réfléchir, car nous connaissons "
                "plusieurs personnes à son travail et ce genre de message peut vite "
                "faire le tour du quartier. Que Dieu vous garde. Plomberie Bon Berger, "
                "Cocody"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for such a thoughtful review, it means a great deal to a "
                "small team like ours. We're delighted the twelve-panel system is "
                "already covering most of your daytime usage, and that the battery is "
                "doing its job in the evenings. We know the scaffolding took a day "
                "longer to come down than promised, and we've since changed "
                "scaffolding contractors so that doesn't happen again. Mrs Penrose, "
                "we've also seen that the inverter at 14 Trelawney Road has been "
                "showing the odd warning, so we'll get that looked at. Our monitoring "
                "team keep an eye on every system for the first year, so do give us a "
                "shout if anything looks odd in the app. Thanks again, and enjoy the "
                "sunshine! Kernow Solar"
            ),
            (
                "Booking ref BK-20931, card ending 4417: refund processed today, sorry "
                "for the hassle."
            ),
            (
                "hey Jess! 👋 sorry bout the leak, we'll ring u back on 07700 900482 "
                "tmrw morning 👍"
            ),
            (
                "Further to your visit on Tuesday 4 March with your husband and "
                "mother-in-law to our Leeds showroom, we have forwarded your kitchen "
                "design file to the sales manager."
            ),
            (
                "Dear sir, we have already written back to you at "
                "r.venkatesh82@gmail.com about the alarm panel fault and an engineer "
                "will visit again shortly. ShieldTech Security, Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce message. Nous sommes désolés que la fuite "
                "sous votre évier ait mis autant de temps à être réparée, et nous "
                "comprenons tout à fait votre agacement après deux passages. La "
                "première fois, la pièce commandée n'était pas la bonne référence, "
                "c'est une erreur de notre part. Monsieur Delmas, nous avons bien noté "
                "que vous êtes joignable au 06 12 34 56 78 en soirée et nous vous "
                "rappellerons dès demain. Notre plombier a depuis vérifié l'ensemble "
                "du raccordement, et nous restons à votre disposition si le moindre "
                "goutte-à-goutte réapparaît. Merci encore pour votre patience. "
                "L'équipe Plomberie des Chartrons"
            ),
            (
                "coucou Amandine 😘 ta facture n°2024-118 est bien reglee, merci pour "
                "le virement ! a bientot"
            ),
            (
                "Madame, nous accusons réception de votre réclamation relative à "
                "l'intervention du 12 février au 8, rue des Tilleuls à Colmar, en "
                "présence de votre fils, et vous prions de croire à notre "
                "considération."
            ),
            (
                "Salut! On vous a renvoyé la soumission pour la thermopompe à "
                "m.tremblay.qc@videotron.ca, checkez vos pourriels 😉"
            ),
            (
                "Bonjour Madame Ndiaye, nous avons bien reçu votre paiement Wave "
                "depuis le 77 123 45 67 et le technicien repassera pour l'alarme de "
                "votre villa à Ngor. Merci."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for getting in touch, and for being with Clyde Heating for so "
                "many years. We're sorry the boiler needed a second visit; a faulty "
                "diverter valve can be tricky to pin down, and we should have tested "
                "it more thoroughly the first time. Our engineer has replaced the part "
                "and run the system for an hour to make sure the hot water and "
                "radiators are both behaving. Honestly though, anyone who's been a "
                "customer that long should know better than to throw a tantrum online "
                "just to angle for a free service. We've also noted your feedback "
                "about the arrival window and we now send a text when the engineer is "
                "thirty minutes away. If there's anything else, the office is open "
                "Monday to Saturday. All the best, Fiona"
            ),
            "You're a liar and you know it.",
            "mate ur just a tight-arse chasing a freebie lol 🙄",
            (
                "Regrettably, this review appears to be a deliberate fabrication by an "
                "individual seeking to avoid payment for services rendered."
            ),
            (
                "With respect, you were determined to be rude and difficult from the "
                "moment our glazier arrived, and nothing on earth would have satisfied "
                "you."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après la pose "
                "de votre cuisine. Nous sommes sincèrement désolés pour la porte de "
                "placard qui frotte ; un réglage de charnière aurait dû être fait "
                "avant notre départ. Notre poseur repassera la semaine prochaine pour "
                "régler toutes les façades et vérifier l'alignement du plan de "
                "travail. Cela dit, vous êtes le genre de client qui cherche la petite "
                "bête pour obtenir une remise, et ça se voit. Nous restons fiers de ce "
                "chantier et nous espérons que vous profiterez longtemps de votre "
                "nouvelle cuisine. N'hésitez pas à nous appeler au magasin pour "
                "convenir d'un créneau. Bien à vous, Cuisines du Nord"
            ),
            "Vous mentez, tout simplement.",
            "t'es vraiment un gros rat, tu voulais juste pas payer 🤡",
            (
                "Nous ne saurions répondre autrement qu'en constatant la mauvaise foi "
                "manifeste dont vous faites preuve dans chacune de vos affirmations."
            ),
            (
                "Avec tout le respect qu'on vous doit, vous êtes quelqu'un de "
                "franchement désagréable, et nos installateurs s'en souviennent "
                "encore. Solaire Valais"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Kia ora and thanks for taking the time to share your experience with "
                "Harbour Alarms. We're sorry the sensor in the hallway kept triggering "
                "during the first week; that's not the peace of mind we want our "
                "customers to have. Our technician has since swapped it for a "
                "pet-friendly model that ignores anything under twenty-five kilos, "
                "which should suit your dog perfectly. And congratulations on "
                "discovering that alarms make a noise when you open the door without "
                "entering the code, truly a breakthrough. We've also added an extra "
                "walk-through of the keypad to every handover so nobody is left "
                "guessing. Please give us a call if anything else comes up. Ngā mihi, "
                "Aroha"
            ),
            "Oh, a whole one star. We're devastated.",
            "wow thanks sooo much for the life-changing review 🙄👏👏 really helpful",
            (
                "We thank you for your expert assessment of our glazing, and will be "
                "sure to consult you before our next forty years in the trade."
            ),
            (
                "Well bless your heart, we're so sorry the big scary stopcock was too "
                "confusing for you, hon. Magnolia Plumbing"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur l'installation de vos panneaux à "
                "Colomiers. Nous comprenons que le raccordement au réseau ait paru "
                "long, et nous sommes désolés de ne pas vous avoir mieux tenu informé "
                "pendant ces semaines d'attente. Désormais, chaque client reçoit un "
                "point d'étape par courriel tous les quinze jours jusqu'au "
                "raccordement. Bravo aussi d'avoir découvert que les panneaux "
                "produisent moins la nuit, c'est une vraie révélation pour toute notre "
                "équipe. Votre onduleur fonctionne parfaitement et la production de ce "
                "mois-ci est même au-dessus de nos prévisions. N'hésitez pas à nous "
                "appeler si vous souhaitez qu'on regarde l'application ensemble. "
                "Cordialement, Occitanie Soleil"
            ),
            "Merci pour cette critique constructive, on en tremble encore.",
            "wow quel avis de génie 😂👏 on va l'encadrer dans l'atelier",
            (
                "Nous prenons acte avec le plus grand intérêt de vos remarquables "
                "compétences en chauffage, manifestement supérieures à nos vingt-cinq "
                "ans de métier."
            ),
            (
                "Oh pauvre vous, une goutte d'eau sous l'évier, quel drame "
                "épouvantable! On s'en remettra jamais 😢 Plomberie Saguenay"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your feedback, and we're really sorry that your new "
                "sash windows in Rathmines didn't get off to the best start. We "
                "completely understand how disappointing it is to see paint on the new "
                "glass after waiting so long for the job. The smudges and the loose "
                "beading were down to Ciarán, who rushed the finishing on your job "
                "before heading off to another site. We'll send a team back this week "
                "to clean every pane properly and refit the beading at no charge. "
                "We've also added a final quality check before any job is signed off. "
                "Thanks for your patience, and please ring the office if you'd like to "
                "pick a particular day. Regards, Niamh, Liffey Glass"
            ),
            "That was Jason's install, not ours to answer for. He's been told.",
            (
                "soz!! tbh that was all Kyle, he forgot the washer 🤦‍♂️ he's on a "
                "final warning lol"
            ),
            (
                "Following an internal review, we can confirm that the commissioning "
                "error was solely attributable to our technician Mr Sipho Dlamini, who "
                "failed to follow company procedure."
            ),
            (
                "With due respect, the delay happened only because our fitter Ramesh "
                "did not come on time, kindly excuse the company. Royal Modular "
                "Kitchens, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir partagé votre expérience avec Alsace "
                "Protection. Nous sommes vraiment navrés que votre alarme se soit "
                "déclenchée trois nuits de suite après l'installation, c'est "
                "exactement ce que nous voulons éviter. Le problème vient de Kevin, "
                "qui a mal paramétré la sensibilité des détecteurs et n'a pas vérifié "
                "son travail avant de partir. Un technicien est repassé pour corriger "
                "les réglages, et depuis le système fonctionne normalement. Nous avons "
                "aussi ajouté un test de vingt-quatre heures à distance après chaque "
                "mise en service. Merci pour votre patience, et n'hésitez pas à nous "
                "appeler au besoin. Cordialement, Thomas"
            ),
            "C'est Mathieu qui a fait le chantier, voyez avec lui.",
            "dsl c la faute a Jordan il a oublie le joint 🙄 on lui a passe un savon",
            (
                "Après enquête interne, il apparaît que la malfaçon relève de la seule "
                "responsabilité de M. Franck Lemoine, poseur, qui a manqué aux "
                "consignes de l'entreprise."
            ),
            (
                "Toutes nos excuses, c'est Moussa qui n'a pas bien serré le raccord, "
                "sinon la maison n'y est pour rien. Plomberie Teranga, Dakar"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for taking the time to write this review, and for choosing "
                "Maple Leaf Heating for your furnace replacement. We're sorry it took "
                "longer than you expected to get the heat back on. The delay was "
                "because the supplier shipped the wrong model, then the right one came "
                "without the venting kit, then the city inspector rescheduled twice, "
                "then our van broke down on the 401, then half our crew had the flu "
                "that week, so honestly none of that was within our control. Your new "
                "furnace is now running efficiently and should lower your gas bills "
                "noticeably this winter. Every install also comes with a first-year "
                "maintenance check as standard. Please reach out to our office if you "
                "have any questions about the thermostat. Warm regards, Priya"
            ),
            (
                "Not our fault: traffic, the weather, the supplier, the council "
                "permit, the scaffolders and your parking all held us up."
            ),
            (
                "ok so the van broke, then the parts were wrong, then the rain came, "
                "then my phone died, then the merchants shut early 😩 so yeah not "
                "really on us"
            ),
            (
                "Please note that the delay arose from a combination of supply chain "
                "constraints, grid operator approval timescales, adverse weather, "
                "scaffolding availability, regulatory changes and site access "
                "restrictions, all of which fall outside our contractual obligations."
            ),
            (
                "We do understand, though to be fair the pipes were original, the "
                "access hatch was tiny, the water couldn't be shut off at the main, "
                "the tiles were cracking as we touched them and the last plumber had "
                "made a right mess of it all, so it was never going to be a quick job."
            ),
        ],
        "fr": [
            (
                "Bonjour, et un grand merci pour votre retour sur la pose de votre "
                "cuisine à Cesson-Sévigné. Nous sommes désolés que le chantier ait "
                "duré plus longtemps que prévu. Il faut dire que le fournisseur a "
                "livré les caissons en retard, que le plan de travail en quartz est "
                "arrivé fêlé, que l'électricien n'était pas disponible, que la route "
                "était barrée pour travaux et que nous avions deux autres chantiers en "
                "même temps, donc nous n'y pouvions vraiment rien. Nous sommes "
                "néanmoins ravis que le résultat final vous plaise et que l'îlot "
                "central soit devenu le cœur de la maison. Nos équipes restent à votre "
                "disposition pour tout réglage de façades dans l'année qui suit la "
                "pose. Au plaisir de vous recroiser au showroom. Bien cordialement, "
                "Gwenaëlle"
            ),
            (
                "Le retard est dû aux fournisseurs, à la météo, aux bouchons, à la "
                "mairie et au syndic, pas à nous."
            ),
            (
                "bah en fait le camion etait en panne, le grossiste ferme, la piece "
                "pas dispo, y avait greve et il pleuvait donc voila quoi 🤷"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte cumulativement "
                "des contraintes d'approvisionnement, des conditions météorologiques "
                "défavorables, des délais d'instruction administrative, de "
                "l'indisponibilité du gestionnaire de réseau et des difficultés "
                "d'accès au chantier, éléments tous indépendants de notre volonté."
            ),
            (
                "Nous comprenons, mais il faut savoir que la chaudière avait trente "
                "ans, que les vannes étaient grippées, que le local était exigu, que "
                "la pièce venait d'Allemagne et que la douane l'a bloquée trois jours, "
                "alors voyez-vous, ce n'était pas si simple. Chauffage Léman, Nyon"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "G'day and thanks for taking the time to leave a review for Sunshine "
                "Coast Solar. We're glad the install day went smoothly overall and "
                "that the crew kept the site tidy and the dog safely inside. We hear "
                "you on the roof tiles, though our installers never crack tiles, so "
                "that damage simply can't have come from us. We've just released a "
                "monitoring app update that should make it easier to see your daily "
                "generation at a glance. If you ever want a health check on the "
                "system, our service team are available weekdays. Thanks again for "
                "going solar with us! Cheers, Bec"
            ),
            "This never happened.",
            "nah mate impossible, our boys never leave a mess 🙅‍♂️",
            (
                "We categorically reject the claim that any water damage occurred "
                "during or as a result of our works; no such incident took place."
            ),
            (
                "With respect, our engineers have never once left a job without "
                "testing the system, so what you describe is simply not possible. "
                "Bright Shield Alarms, Durban"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de laisser un avis sur "
                "Chauffage des Alpes. Nous sommes contents que votre nouvelle "
                "chaudière à condensation vous apporte déjà un vrai confort et que la "
                "facture de gaz ait baissé. Concernant la trace sur le parquet, c'est "
                "impossible : nos techniciens posent systématiquement des protections "
                "et ne marquent jamais les sols. Pour rappel, l'entretien annuel est "
                "obligatoire et nous pouvons le planifier dès l'automne. Notre "
                "standard est ouvert du lundi au vendredi de 8 h à 18 h pour toute "
                "question. Merci encore pour votre confiance. Cordialement, Julien"
            ),
            "Ça ne s'est jamais passé.",
            "nan impossible, on laisse jamais de bazar chez les clients 🙅",
            (
                "Nous contestons formellement l'existence de tout dégât des eaux "
                "consécutif à notre intervention, aucun incident de cette nature ne "
                "s'étant produit."
            ),
            (
                "Voyons donc, nos gars ont jamais brisé une vitre de leur vie, ça se "
                "peut pas. Vitrerie Laurentides"
            ),
        ],
    },
}

BLIND134_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the lovely review! We're really glad the new "
            "bathroom suite is working a treat and that the lads kept everything tidy. "
            "It was a pleasure working on your home, and we're always just a phone "
            "call away. Hartley & Sons Plumbing"
        ),
        (
            "We're sorry the boiler went down again so soon after our visit; that's "
            "not the standard we hold ourselves to. Looking back at the job, the "
            "pressure relief valve should have been replaced at the same time, and "
            "that's now part of our standard check. Please call us on 0161 496 0755 "
            "and we'll come back at no charge. Fiona, Pennine Heating"
        ),
        (
            "Thanks for your review! Just so you know, every customer can join our "
            "Boiler Care Club, which gives 10% off annual services whether or not they "
            "ever leave us a review. Details are on our website or at the office. "
            "Clyde Heating"
        ),
        (
            "Thank you for the kind words. If friends or neighbours are thinking about "
            "solar, our referral scheme gives anyone who recommends us £50 once the "
            "new install is complete; it's open to every customer, review or no "
            "review. Enjoy the sunshine! Kernow Solar"
        ),
        (
            "Thanks a million for this! We'll make sure Siobhán sees it, she's been "
            "fitting windows with us for twelve years and takes real pride in her "
            "work. Delighted you're warmer already. Liffey Glass"
        ),
        (
            "We're very sorry about the scratched splashback. Our fitter Tom dropped a "
            "tool during the install, and as a company we take full responsibility: a "
            "replacement glass panel has been ordered and will be fitted at our cost "
            "next week. Thank you for your patience. Oakline Kitchens"
        ),
        (
            "We've refunded the call-out charge in full this morning, as we should "
            "have done straight away. Sorry again for the missed appointment, and "
            "thanks for letting us know. Northshore Plumbing"
        ),
        (
            "Sorry we were late on Tuesday. Our engineer was held up at an emergency "
            "gas leak earlier that morning, and we should have called you to say so. "
            "We've since set up automatic text updates so you'll know if we're running "
            "behind."
        ),
        (
            "Thanks for raising this. Under our terms and conditions, all our sealed "
            "units carry a ten-year guarantee against seal failure, so the misted pane "
            "will be replaced free of charge. Please email "
            "service@clearviewglazing.co.uk with a photo and we'll book you in. "
            "ClearView Glazing, Leeds"
        ),
        (
            "We're sorry about the water damage to the ceiling. We've already notified "
            "our public liability insurer, and their assessor will contact you to "
            "arrange the repairs, so you won't be out of pocket. Please ring Sarah in "
            "our office on 029 2018 0456 with any questions. Taff Valley Plumbing, "
            "Cardiff"
        ),
        (
            "We're so sorry to hear about the attempted break-in. Your camera recorded "
            "the incident, and if it helps, we can export the CCTV footage for the "
            "police; just give us a ring on 0800 123 4567 and we'll do it today. "
            "Guardian Alarms"
        ),
        (
            "Thank you! We'll admit our van's sat nav has never heard of your street "
            "either, so sorry for the three laps of the estate before we found you. "
            "Glad the new radiators are keeping you toasty. Dave and the Warmline team"
        ),
        (
            "Thank you for your 4-star review. We appreciate the honest feedback about "
            "the quote taking a while to arrive, and we're working on getting every "
            "quote out within 48 hours. Hope the panels keep performing well! Sunshine "
            "Coast Solar"
        ),
        (
            "Thanks for your feedback. Our job sheet shows the leak came from a "
            "different joint to the one we repaired, but we'd genuinely like to get to "
            "the bottom of it. Could you give us a call so we can come and take "
            "another look together, at no charge? Magnolia Plumbing"
        ),
        (
            "We were very sorry to read of the loss in your family, and we're grateful "
            "you still took the time to write. It was a privilege to help make the "
            "house warm for you. Please don't hesitate to call us for anything at all."
        ),
        (
            "Congratulations on the new home! We loved fitting your first kitchen and "
            "can't wait to hear how the first dinner party goes. Thank you for "
            "choosing us. Hazel & Oak Kitchens"
        ),
        (
            "We understand it was frustrating that our engineer wouldn't relight the "
            "old boiler. When a gas appliance is classed as immediately dangerous, the "
            "safety rules mean we have to switch it off and label it, for everyone's "
            "protection. We're sorry it left you without heating, and we'll prioritise "
            "your replacement quote; please call 0113 496 0890. Aire Heating"
        ),
        (
            "You're right that our call-out fee went up this spring, and we're sorry "
            "we didn't make that clearer when you booked. Rising fuel and insurance "
            "costs forced the change, and it's now shown on every booking confirmation "
            "so nobody is caught out. Swift Plumbing, Brighton"
        ),
        (
            "Thank you for such a detailed review. Your notes on the app setup and the "
            "handover pack are genuinely useful, and we've already shared them with "
            "the whole team. We really appreciate the time you took. Harbour Alarms"
        ),
        (
            "Cheers for the 5 stars!! 🙌☀️ stoked ur bills have dropped, enjoy the "
            "arvo sun 😎 Bec @ Sunshine Coast Solar"
        ),
        "Thanks, much appreciated.",
        (
            "We apologise for the inconvenience caused by the rescheduled "
            "installation. Your feedback has been escalated to our Operations Manager, "
            "who will contact you to agree a new date at your convenience. Customer "
            "Care Team, SecureHome Solutions"
        ),
        (
            "Thank you so much for the kind review. Our team is very happy that the "
            "new kitchen plumbing is working nicely. For any service, please call our "
            "helpline 080 4567 8900, we are available all 7 days. Sharma Plumbing Works"
        ),
        (
            "Thanks so much for the lekker review! Load-shedding is no joke, and we're "
            "glad the inverter and batteries are keeping the lights on for you. Shout "
            "if you need anything. Highveld Solar, Pretoria"
        ),
        (
            "Sorry about the delay getting the double glazing in, we know you were "
            "waiting on it before the winter. A supplier hold-up was the cause, and "
            "that's on us to manage better; we've since doubled our stock of standard "
            "sizes. Ring us any time on 091 123 456. Corrib Glass, Galway"
        ),
        (
            "Thanks for your message. Our showroom on Mill Lane is open Monday to "
            "Saturday, 9am to 5pm, and we'd be delighted to show you the new worktop "
            "range whenever suits. Hazel & Oak Kitchens, Harrogate"
        ),
        (
            "Sorry the parts weren't ready when you called in. They've now arrived and "
            "are waiting for you at our trade counter, Unit 4, Riverside Industrial "
            "Estate, Perth, open from 7am on weekdays. Tay Plumbing"
        ),
        (
            "Kia ora, we're sorry the bird mesh wasn't fitted around the panels as "
            "quoted. We've refunded that part of the invoice today and have updated "
            "our install checklist. Thanks for letting us know. Bay Solar, Tauranga"
        ),
        (
            "Dear Sir or Madam, thank you very kindly for your gracious words. It has "
            "been a great pleasure to serve you, and we do hope the new windows keep "
            "you warm for many winters to come. With every good wish, Harold Pike, "
            "Pike & Daughters Glaziers"
        ),
        (
            "We appreciate you sharing this. We see the quote a little differently, as "
            "it did list the permit fee separately, but we understand how it could "
            "have been confusing and we'd like to talk it through. Please call me "
            "directly at (615) 555-0142. Dale, Music City Plumbing"
        ),
        (
            "We're very sorry your old system didn't go off on the night of the "
            "burglary. We've passed everything we hold to the police to support their "
            "enquiries, and our engineer has upgraded your panel free of charge. We're "
            "here if you need anything. Sentinel Alarms, Belfast"
        ),
        (
            "Apologies for the false alarms last week, we know how stressful that is, "
            "especially at 3am. We've replaced the faulty door contact and updated the "
            "firmware on your panel. Please let us know if it happens again."
        ),
        (
            "Haha fair call, our plumber's whistling is a known hazard, we've asked "
            "him to stick to the chorus only. Thanks for the great review and enjoy "
            "the new hot water system! Top End Plumbing, Darwin"
        ),
        (
            "Thank you for the three-star review and for being so fair about the good "
            "and the not-so-good. We're sorry the handles arrived late; we should have "
            "checked the order before install day. They're fitted now, but if anything "
            "still isn't right, please call Jenna at the showroom. Bluebell Kitchens"
        ),
        (
            "Thank you for trusting us with your heat pump, and for the kind words "
            "about Marc! He'll be thrilled. Stay warm this winter. Maple Leaf Heating"
        ),
        (
            "Thank you for your feedback. It has been passed to our installation team "
            "and will help us improve."
        ),
        (
            "so sorry bout the mess 😬 we'll send someone back tmrw to clean up "
            "properly, no charge. pls ring the office 🙏"
        ),
        (
            "We understand your frustration. The inverter is covered by the "
            "manufacturer's 10-year warranty, and we'll handle the claim on your "
            "behalf so you don't have to chase it. We'll be in touch this week, or "
            "call us on 1300 555 012. SunPeak Solar"
        ),
        (
            "We're sorry about the cracked pane. If it gave way in the storm, your "
            "home insurance may cover it, and we're happy to provide a quote and "
            "photos for your insurer. Just let us know. Highland Glass, Inverness"
        ),
        (
            "Thank you for the detailed feedback on our response times. You're right "
            "that a two-day wait for an emergency call isn't good enough, and we've "
            "taken on an extra plumber so we can attend the same day. We hope you'll "
            "give us another chance. Durban Drain & Plumbing"
        ),
    ],
    "fr": [
        (
            "Un grand merci pour votre avis ! Toute l'équipe est ravie que votre "
            "nouvelle salle de bains vous plaise autant. Au plaisir de vous revoir "
            "pour l'entretien du chauffe-eau. Plomberie des Chartrons"
        ),
        (
            "Nous sommes désolés que votre chaudière soit retombée en panne si vite "
            "après notre passage. En reprenant l'intervention, nous avons vu que la "
            "sonde aurait dû être changée en même temps, et c'est désormais dans notre "
            "contrôle systématique. Appelez-nous au 04 76 00 12 34, nous repasserons "
            "sans frais. Julien, Chauffage des Alpes"
        ),
        (
            "Merci pour votre message ! Pour info, tous nos clients peuvent souscrire "
            "notre contrat Sérénité, qui donne 10 % de remise sur l'entretien annuel, "
            "qu'ils laissent un avis ou non. Tous les détails sont sur notre site."
        ),
        (
            "Merci beaucoup ! Si des voisins s'intéressent au solaire, notre offre de "
            "parrainage donne un bon de 50 € à tout client qui nous recommande, une "
            "fois l'installation de son filleul terminée, avis ou pas. Bon "
            "ensoleillement ! Occitanie Soleil"
        ),
        (
            "Merci pour ce gentil mot, nous transmettons à Karim qui sera ravi ! Il "
            "pose des fenêtres chez nous depuis quinze ans et il aime le travail bien "
            "fait. Vitrerie de l'Erdre"
        ),
        (
            "Toutes nos excuses pour la crédence rayée. Notre poseur Nicolas a fait "
            "tomber un outil pendant le montage, et l'entreprise en assume l'entière "
            "responsabilité : une nouvelle crédence est commandée et sera posée à nos "
            "frais la semaine prochaine. Merci de votre patience. Cuisines du Nord"
        ),
        (
            "Nous vous avons remboursé l'intégralité des frais de déplacement ce "
            "matin, comme nous aurions dû le faire tout de suite. Encore désolés pour "
            "le rendez-vous manqué."
        ),
        (
            "Désolés pour notre retard de mardi. Notre technicien a été retenu sur une "
            "fuite de gaz urgente juste avant, et nous aurions dû vous prévenir. Nous "
            "envoyons désormais un SMS automatique en cas de retard."
        ),
        (
            "Merci de nous avoir signalé ce problème. Conformément à nos conditions "
            "générales, nos vitrages sont garantis dix ans contre la perte "
            "d'étanchéité ; le vitrage embué sera donc remplacé gratuitement. "
            "Écrivez-nous à sav@vitrerie-erdre.fr avec une photo."
        ),
        (
            "Nous sommes désolés pour le dégât des eaux au plafond. Nous avons déjà "
            "déclaré le sinistre à notre assurance responsabilité civile "
            "professionnelle, et l'expert vous contactera pour organiser les "
            "réparations ; vous n'aurez rien à avancer. Plomberie Garonne"
        ),
        (
            "Nous sommes navrés pour cette tentative d'intrusion. Votre caméra a bien "
            "enregistré la scène, et si cela peut vous aider, nous pouvons extraire "
            "les images pour votre dépôt de plainte à la gendarmerie. Appelez-nous, on "
            "s'en occupe dans la journée. Alsace Protection"
        ),
        (
            "Merci ! On avoue que notre GPS ne connaît toujours pas votre lieu-dit, "
            "désolés pour les trois tours du village avant de vous trouver 😅 Ravis "
            "que les radiateurs chauffent bien !"
        ),
        (
            "Merci pour vos quatre étoiles et pour votre franchise sur le délai du "
            "devis. Nous travaillons à envoyer tous nos devis sous 48 heures. Bonne "
            "production à vos panneaux !"
        ),
        (
            "Merci pour votre retour. D'après notre rapport d'intervention, la fuite "
            "provient d'un autre raccord que celui que nous avons repris, mais nous "
            "voulons vraiment comprendre ce qui se passe. Pouvez-vous nous appeler "
            "pour que nous regardions cela ensemble sur place, sans frais ?"
        ),
        (
            "Nous avons été très touchés d'apprendre le deuil qui frappe votre "
            "famille, et nous vous remercions d'avoir malgré tout pris le temps de "
            "nous écrire. Nous restons à votre disposition pour quoi que ce soit. "
            "Toutes nos condoléances."
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes heureux d'avoir terminé la "
            "cuisine juste à temps pour la fête. Longue vie aux jeunes mariés et à "
            "l'îlot central ! Cuisines Gwenn, Rennes"
        ),
        (
            "Nous comprenons votre frustration que notre technicien ait refusé de "
            "remettre en route l'ancienne chaudière. Quand un appareil présente un "
            "danger grave et immédiat, la réglementation nous impose de le mettre hors "
            "service, pour votre sécurité. Nous sommes désolés de vous avoir laissé "
            "sans chauffage et nous traitons votre devis de remplacement en priorité."
        ),
        (
            "Vous avez raison, nos frais de déplacement ont augmenté ce printemps et "
            "nous aurions dû vous le signaler clairement à la prise de rendez-vous. La "
            "hausse du carburant et des assurances nous y a contraints ; c'est "
            "désormais indiqué dans la confirmation. Toutes nos excuses."
        ),
        (
            "Merci pour cet avis si détaillé ! Vos remarques sur la configuration de "
            "l'application et le guide de prise en main nous sont très utiles, nous "
            "les avons déjà partagées avec toute l'équipe."
        ),
        (
            "merci pour les 5 etoiles 🙏☀️ trop content que ta facture d electricite "
            "ait baisse, profite bien !!"
        ),
        "Merci, c'est noté.",
        (
            "Madame, Monsieur, nous accusons bonne réception de votre avis et vous "
            "prions de bien vouloir excuser le report de l'installation. Votre "
            "réclamation a été transmise au responsable d'exploitation, qui prendra "
            "contact avec vous afin de convenir d'une nouvelle date. Nous vous prions "
            "d'agréer l'expression de nos salutations distinguées. Le Service "
            "Clientèle, Sécurialp SA"
        ),
        (
            "Merci ben gros pour votre beau commentaire! On est contents que la "
            "thermopompe vous garde au chaud cet hiver. Gênez-vous pas si vous avez "
            "des questions, on est là. Chauffage Beauce"
        ),
        (
            "Merci beaucoup pour votre avis ! Nous sommes contents que la nouvelle "
            "chaudière tourne bien. Notre atelier, chaussée de Louvain 212 à "
            "Bruxelles, est ouvert du lundi au vendredi de 8 h à 17 h si vous avez "
            "besoin de quoi que ce soit. Chauffage Dubois & Fils"
        ),
        (
            "Merci pour votre message. Nous sommes navrés que la pose des fenêtres ait "
            "pris du retard ; un fournisseur nous a livrés en retard et c'était à nous "
            "de mieux anticiper. Nous avons depuis augmenté notre stock de formats "
            "standard. Meilleures salutations, Vitrerie du Jura, Delémont"
        ),
        (
            "Merci beaucoup pour votre confiance ! Nous sommes heureux que le "
            "chauffe-eau solaire fonctionne bien et que les enfants aient de l'eau "
            "chaude le matin. Que Dieu bénisse votre foyer. Soleil d'Ivoire, Abidjan"
        ),
        (
            "Merci pour votre retour. Nous sommes désolés pour la coupure de courant "
            "pendant l'installation de l'alarme, nous prévenons désormais nos clients "
            "à l'avance. Pour tout besoin, notre numéro est le 33 820 00 00. Teranga "
            "Sécurité, Dakar"
        ),
        (
            "Bonjour et merci pour ce retour. Nous avons remboursé ce matin la partie "
            "du devis non réalisée, et nous vous présentons nos excuses pour le "
            "dérangement. Plomberie du Wouri, Douala"
        ),
        (
            "Chère Madame, cher Monsieur, nous vous remercions bien sincèrement de vos "
            "aimables paroles. Ce fut un réel plaisir de travailler chez vous, et nous "
            "espérons que vos nouvelles fenêtres vous tiendront chaud de longues "
            "années. Avec nos respectueuses salutations, Bernard Morel, Miroiterie "
            "Morel"
        ),
        (
            "Merci pour votre commentaire. On voit ça un peu différemment pour la "
            "soumission, les frais de permis y étaient indiqués à part, mais on "
            "comprend que ça puisse porter à confusion et on aimerait en jaser avec "
            "vous. Appelez-moi directement au 418 555-0147. Dany"
        ),
        (
            "Nous sommes sincèrement désolés que l'ancien système ne se soit pas "
            "déclenché la nuit du cambriolage. Nous avons transmis aux enquêteurs tous "
            "les éléments dont nous disposons, et notre technicien a mis votre "
            "centrale à jour gratuitement. Nous restons à votre écoute."
        ),
        (
            "Toutes nos excuses pour les déclenchements intempestifs de la semaine "
            "dernière, nous savons à quel point c'est stressant en pleine nuit. Nous "
            "avons remplacé le contact de porte défectueux et mis à jour votre "
            "centrale. Tenez-nous au courant si cela se reproduit."
        ),
        (
            "Ah ça, notre Momo siffle faux, on le sait, on lui a conseillé de garder "
            "ça pour la douche 😄 Merci pour ce super avis et profitez bien du nouveau "
            "cumulus ! Plomberie du Vieux-Port"
        ),
        (
            "Merci pour vos trois étoiles et pour votre avis nuancé. Nous sommes "
            "désolés que les poignées soient arrivées en retard ; nous aurions dû "
            "vérifier la commande avant le jour de la pose. Si quelque chose ne vous "
            "convient toujours pas, appelez Élodie au showroom."
        ),
        (
            "Merci pour vos bons mots sur Sébastien ! Il sera ravi de les lire. Bon "
            "hiver bien au chaud. Thermo Rhône"
        ),
        "Merci pour votre retour, il a été transmis à nos équipes de pose.",
        (
            "desole pour le bazar 😬 on renvoie quelqu un demain pour tout nettoyer, "
            "gratuit bien sur. appelez le bureau 🙏"
        ),
        (
            "Nous comprenons votre agacement. L'onduleur est couvert par la garantie "
            "fabricant de dix ans, et nous nous chargeons des démarches à votre place. "
            "Nous vous recontactons cette semaine. Solaire Valais, Sion"
        ),
        (
            "Désolés pour la vitre fêlée. Si elle a cédé pendant la tempête, votre "
            "assurance habitation peut la prendre en charge ; nous vous fournirons "
            "volontiers un devis et des photos pour votre assureur."
        ),
        (
            "Merci pour ce retour détaillé sur nos délais. Vous avez raison, deux "
            "jours d'attente pour une urgence, ce n'est pas acceptable ; nous avons "
            "recruté un plombier de plus pour intervenir le jour même. Nous espérons "
            "avoir l'occasion de vous le prouver. Plomberie des Volcans, "
            "Clermont-Ferrand"
        ),
    ],
}
