"""Blind reply set, round 136: owner replies the pre-post check has never seen.

Who and when: written by helper w134, an independent writer, on 2026-12-07,
for blind round 134 of the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
language schools, tutoring centres, dance schools, martial-arts clubs, art
workshops and coding bootcamps.  Each French reply was written directly in
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
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply is
a long, warm, otherwise good reply whose fault sits in a single sentence or
clause; the others are one-liners, texting with slang and emoji, very formal
or corporate wording, veiled and polite phrasings and regional speech, some
ending with a signature.

Trades and registers: language schools, tutoring centres, dance schools,
martial-arts clubs, art workshops and coding bootcamps.  French from Aix,
Marseille, Lyon, Rennes, Nantes, Toulouse, Bordeaux, Lille, Strasbourg,
Colmar, Clermont-Ferrand, Quimper, Brussels, Liège, Namur, Lausanne, Geneva,
Québec, Lévis, Saguenay, Abidjan, Dakar, Thiès, Douala and Kinshasa; plain,
warm, curt, very formal administrative, texting and unaccented French, and an
older speaker's very polite style.  English from Leeds, Manchester, Bristol,
Birmingham, Edinburgh, Glasgow, Dublin, Cork, Galway, Toronto, Vancouver,
Ontario, the US, Bondi, Perth, Brisbane, Auckland, Johannesburg, Cape Town,
Durban, Pretoria, Pune and Hyderabad; plain, warm, curt, corporate, texting
with emoji, and an older speaker's very polite style.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to everyone
whatever they write, the business's own phone, e-mail, address or opening
hours, staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly, a price change explained with
an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND136_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous review of your twelve weeks with us at "
                "Harbourside English in Cork. It's been a joy watching the Thursday evening "
                "group grow in confidence, and the final-night presentations had the whole "
                "room cheering. We're delighted the new listening lab made such a difference "
                "to your exam preparation. If you'd be kind enough to bump the rating up from "
                "four to five stars, we'll gladly knock 20% off the advanced course in "
                "September. Our teachers put a lot of heart into every lesson, and reading "
                "feedback like yours reminds them why. Best of luck with the IELTS, and do pop "
                "in to tell us how it went!"
            ),
            (
                "cheers for the shoutout!! 🥋 make it 5⭐ and ur next month on the BJJ mats is "
                "on us bro 💪🔥"
            ),
            (
                "Should you elect to revise your published assessment of CodeForge Bootcamp, "
                "we would be pleased to extend a complimentary seat on our Advanced JavaScript "
                "module as a token of our appreciation."
            ),
            (
                "No worries, sorry the Saturday class ran over. Reckon if that review quietly "
                "disappeared we could find ya a free spot in the pottery session next arvo 😉 - "
                "Shaz, Bondi Clay Studio"
            ),
            (
                "Respected Sir, kindly update your review to 5 stars and we will be happy to "
                "provide two free demo sessions of Vedic Maths tuition for any one student of "
                "your choice. Regards, Bright Minds Tuition Centre, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce retour si chaleureux sur votre stage "
                "d'aquarelle à l'atelier Les Pinceaux d'Ocre, à Aix. Nous sommes ravis que la "
                "sortie sur le motif au bord de l'Arc vous ait plu, malgré le mistral qui "
                "faisait s'envoler les feuilles ! Votre carnet de croquis était superbe et "
                "toute l'équipe en parle encore. Si vous passez votre note à cinq étoiles, "
                "nous vous offrons avec plaisir une séance de modèle vivant à la rentrée. Nos "
                "ateliers d'automne reprennent fin septembre, avec un nouveau module consacré "
                "à l'encre de Chine. Au plaisir de vous retrouver derrière un chevalet !"
            ),
            (
                "merci bcp 😍 mets nous 5 etoiles et ton prochain cours de salsa est offert, "
                "promis 💃💃"
            ),
            (
                "Nous vous informons qu'une remise de 15 % sur les frais d'inscription du "
                "prochain trimestre pourra vous être accordée sous réserve de la modification "
                "de votre avis."
            ),
            (
                "Merci ben gros pour ton commentaire! Si jamais tu changes ta note pour un "
                "beau 5 étoiles, on t'offre un mois de karaté gratis, c'est certain 🥋 - Sensei "
                "Marc, Dojo de Lévis"
            ),
            (
                "Merci beaucoup pour votre message, grand frère. On espère que vous allez "
                "retirer ce petit avis négatif, et la prochaine séance de soutien scolaire "
                "sera cadeau de la maison. Centre Excellence, Abidjan"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your experience at Northside "
                "Taekwondo in Leeds. We're genuinely sorry the grading day felt disorganised; "
                "the hall booking overran and we should have kept families better informed. "
                "We've already moved next term's gradings to the main dojo so there's more "
                "space and a clear timetable. Please be aware, though, that our solicitor has "
                "been copied on this review and will be in touch with you if the remarks about "
                "our instructors aren't removed. We value every student and would love the "
                "chance to talk things through properly. Feel free to ring the front desk any "
                "weekday evening. Kind regards, the Northside team"
            ),
            "keep posting this stuff and see what happens 👀 we know where u live m8",
            (
                "Please note that ByteCamp Academy reserves the right to pursue all available "
                "legal remedies in respect of defamatory statements, and this review has been "
                "referred to our legal counsel accordingly."
            ),
            (
                "Eish, this review is not on. Take it down by Friday or we'll be contacting "
                "your employer about your conduct. - Thabo, Joburg Code Lab"
            ),
            (
                "We would gently remind you that students who publish comments like these "
                "have, in the past, found themselves no longer welcome at any studio in our "
                "dance association across Ontario."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire au sujet des cours de "
                "soutien en mathématiques de notre centre de Rennes. Nous comprenons votre "
                "déception concernant le changement d'enseignant en cours de trimestre, et "
                "nous aurions dû prévenir les familles plus tôt. Depuis, nous avons mis en "
                "place un carnet de liaison pour que chacun soit informé de tout changement. "
                "Sachez toutefois que nous avons transmis votre avis à notre avocat et qu'une "
                "plainte pour diffamation n'est pas exclue s'il reste en ligne. Nous restons "
                "convaincus que le dialogue est la meilleure solution. N'hésitez pas à passer "
                "au secrétariat ou à nous appeler pour en discuter. Bien cordialement, "
                "l'équipe Cap Réussite"
            ),
            "tkt on a ton nom complet et ton adresse, on va voir si tu fais encore le malin 😡",
            (
                "Nous vous informons que le présent commentaire a été signalé à notre service "
                "juridique et que des poursuites pourront être engagées à votre encontre."
            ),
            (
                "Une fois, hein, faites attention à ce que vous écrivez : on connaît votre "
                "patron, et ça pourrait vite vous retomber dessus. Dojo Saint-Gilles"
            ),
            (
                "Nous nous permettons de vous rappeler que les élèves qui dénigrent "
                "publiquement l'école ne sont plus admis à nos cours, et que nous en "
                "informerons volontiers les autres écoles de danse de la région lausannoise."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for your honest feedback about the Saturday coding workshop for "
                "teens at Pixel Forge in Manchester. You're right that the laptops took far "
                "too long to set up, and we're sorry the first half hour was wasted. We've "
                "since pre-installed everything the night before, so sessions now start on the "
                "dot. I've checked our records and can see you booked under reference PF-20931 "
                "for the 14th of October with your daughter Ellie, so I've flagged the account "
                "for a partial credit. We really want young coders to leave buzzing, not "
                "frustrated. If you'd like to chat it through, our office is open weekdays "
                "from 9 to 5. Best wishes, Dan"
            ),
            (
                "hey Josh we've called u on 07712 458903 like 3 times 😅 pls pick up re ur "
                "dance fees"
            ),
            (
                "We confirm that the refund of £240 has been issued to the Visa card ending "
                "4417 held by Mrs Karen Doyle, as per invoice 88213."
            ),
            (
                "Ah sorry now Siobhan, sure didn't we send the new timetable to "
                "siobhan.keane84@gmail.com on Tuesday, have a look in your spam there"
            ),
            (
                "Dear Mr. Rakesh Menon of Flat 12B, Sai Krupa Apartments, Koramangala, we "
                "regret the inconvenience in the spoken English batch and request you to "
                "kindly visit our office."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre message et pour votre franchise concernant le stage "
                "de danse contemporaine de février à Lyon. Vous avez raison, la salle était "
                "trop froide le premier matin, et nous en sommes désolés. Le chauffage a été "
                "réparé dès le lendemain et nous avons ajouté un échauffement plus long pour "
                "tout le monde. Nous avons bien retrouvé votre inscription du 12 février, "
                "Madame Lefebvre, avec votre amie Nadia venue pour l'essai, et nous vous "
                "proposons à toutes les deux une séance de rattrapage. Nos professeures "
                "tiennent beaucoup à ce que chacun se sente bien dans le studio. N'hésitez pas "
                "à nous appeler pour en parler. À bientôt, Studio Danse Croix-Rousse"
            ),
            (
                "coucou Léa on t'a renvoyé la facture sur lea.martin93@hotmail.fr regarde tes "
                "spams 😘"
            ),
            (
                "Nous accusons réception de votre réclamation relative au dossier n° 2024-0456 "
                "au nom de M. Jean-Pierre Morel, domicilié 14 rue des Tanneurs à Strasbourg."
            ),
            (
                "Salut Kevin! On a essayé de te rejoindre au 418 555-0192 pour ton cours de "
                "jiu-jitsu de mardi passé, rappelle-nous quand tu peux 👍"
            ),
            (
                "Bonjour Madame Diallo, suite à votre paiement Orange Money du 3 mars depuis "
                "le 77 123 45 67, le reçu de l'inscription de votre fils Moussa est disponible "
                "au bureau."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for your review of our watercolour evening at The Paint Shed in "
                "Bristol. We're sorry the class felt rushed; we had a larger group than usual "
                "and the tutor had less time for one-to-one help. From next month we're "
                "capping evenings at ten people so everyone gets proper attention. Honestly "
                "though, people like you who turn up late and moan about everything are "
                "exactly why small studios struggle. We do want every guest to leave with a "
                "painting they're proud of. If you'd like to book another session, just drop "
                "us a line. Warm wishes, The Paint Shed"
            ),
            "lol u just wanted free lessons, nice try 🙄",
            (
                "It is evident from the content of this review that the author's intention is "
                "to obtain a refund to which they are not entitled, and that their account of "
                "events is simply untrue."
            ),
            (
                "Mate, you're a sook who couldn't handle a bit of sparring. Harden up. - Coach "
                "Dave, Perth MMA"
            ),
            (
                "With respect, we suspect the reviewer has a rather creative relationship with "
                "the truth, as anyone who has actually attended our SAT prep will know."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de laisser un avis sur notre école de "
                "langues à Bordeaux. Nous sommes désolés que le niveau du cours d'espagnol B1 "
                "ne vous ait pas semblé adapté dès la première semaine. Nos tests de "
                "positionnement ont été revus depuis, avec un entretien oral en plus de "
                "l'écrit. Franchement, quand on est aussi paresseux et qu'on passe le cours "
                "sur son téléphone, il ne faut pas s'étonner de ne pas progresser. Nous "
                "croyons sincèrement que chaque élève peut avancer à son rythme. Notre équipe "
                "pédagogique reste joignable par téléphone ou au secrétariat. Bien à vous, la "
                "direction"
            ),
            "t'es juste un rageux qui voulait un cours gratos 🤡",
            (
                "Nous constatons que l'auteur de cet avis fait manifestement preuve de "
                "mauvaise foi et travestit délibérément la réalité des faits."
            ),
            (
                "Oh fada, t'es vraiment un cas toi ! T'es venu une fois, t'as rien compris et "
                "tu fais le malin sur internet, va 🙄"
            ),
            (
                "Nous avons le regret de constater que certaines personnes cherchent surtout à "
                "obtenir un remboursement par tous les moyens, y compris en inventant des "
                "griefs."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for stopping by Kickstart Code Academy in Toronto and for sharing your "
                "thoughts. We're sorry the Python fundamentals week felt too slow-paced for "
                "you. Our instructors pitch the first week at complete beginners, and we can "
                "see how that might be frustrating for someone with some experience. Wow, an "
                "expert in machine learning after two days, we must be truly honoured to have "
                "had you in the room. We've passed on your suggestion about offering a "
                "fast-track placement test. If you'd like to discuss moving to the "
                "intermediate cohort, our admissions team would be happy to help. All the "
                "best, Priya at Kickstart"
            ),
            "omg so sorry our dance floor wasn't up to ur royal standards 👑🙄😂",
            (
                "We thank the reviewer most sincerely for their invaluable masterclass in how "
                "to run a martial arts academy; we shall no doubt be implementing it "
                "immediately."
            ),
            (
                "Aye, cheers pal. Truly shocked, so we are, that someone who skipped half the "
                "classes didnae come out fluent in Spanish. Who'd have thought 🙃"
            ),
            (
                "What a pity our humble little art studio couldn't match the Louvre you were "
                "clearly expecting. We'll try ever so hard to do better next time, promise."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir partagé votre expérience de notre stage de poterie à "
                "Nantes. Nous comprenons que l'attente pour la cuisson des pièces ait pu "
                "paraître longue, notre four est tombé en panne en pleine saison. Depuis, nous "
                "avons investi dans un second four afin de limiter les délais à deux semaines. "
                "Quel dommage que nos modestes bols n'aient pas été à la hauteur d'une artiste "
                "de votre envergure, nous en sommes bouleversés. Nous tenons beaucoup à ce que "
                "chaque élève reparte fier de ses créations. Vos pièces vous attendent à "
                "l'atelier du mardi au samedi. À bientôt, Terre & Feu"
            ),
            (
                "ah ouais trop dur la vie, un prof de danse qui te demande de danser 😂😂 on est "
                "vraiment désolés hein"
            ),
            (
                "Nous vous remercions chaleureusement de nous avoir enseigné, en un seul cours "
                "d'essai, tout ce qu'il fallait savoir sur la pédagogie des langues étrangères."
            ),
            (
                "Oufti, quelle surprise ! Quelqu'un qui vient à un cours sur trois et qui ne "
                "monte pas de ceinture, on n'aurait jamais deviné, savez-vous 🥋"
            ),
            (
                "Ben voyons donc, on s'excuse tellement que notre bootcamp vous ait pas "
                "transformé en ingénieur chez Google en douze semaines. Quelle tragédie."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know about your experience at Riverside Tutoring in "
                "Brisbane. We completely understand how stressful it is when a session is "
                "cancelled at the last minute, especially so close to exams. We've now "
                "introduced a text reminder system and a reserve tutor for every afternoon. To "
                "be honest, the mix-up happened because Jessica forgot to check the booking "
                "sheet and double-booked the room. We're offering a free make-up session to "
                "every student affected that week. Please give us a call on the centre number "
                "so we can arrange a time that suits. Kind regards, Mark, Centre Manager"
            ),
            (
                "soz bout that!! Ryan was running the class and he's hopeless w timings 🙈 not "
                "on us tbh"
            ),
            (
                "Following an internal review, we can confirm that the error in your enrolment "
                "originated with our admissions officer, Ms Claire Hendry, who failed to "
                "process your deposit."
            ),
            (
                "Sorry for inconvenience sir, actually Suresh sir only did not come on time "
                "that day, we have warned him strictly."
            ),
            (
                "We're sorry for the confusion. Our newer instructor, Aoife, is still finding "
                "her feet and, between ourselves, the missing paint supplies were down to her."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour détaillé sur le bootcamp développement web "
                "de Toulouse. Nous sommes vraiment navrés que les corrections de projets "
                "soient arrivées avec autant de retard en fin de formation. Nous avons depuis "
                "mis en place un calendrier de rendu avec des dates garanties pour chaque "
                "module. Il faut dire que c'est Julien, notre formateur JavaScript, qui a "
                "laissé s'accumuler les copies sans prévenir personne. Nous tenons à ce que "
                "chaque apprenant soit accompagné jusqu'au bout. Notre responsable pédagogique "
                "peut vous rappeler si vous le souhaitez, il suffit d'écrire à l'adresse de "
                "l'école. Cordialement, l'équipe Code Garonne"
            ),
            "dsl 😕 c'est Manon qui a oublié d'ouvrir la salle, elle est vraiment tête en l'air",
            (
                "Après vérification, il apparaît que l'erreur de facturation est imputable à "
                "Mme Sylvie Arnaud, agent administratif de notre établissement, qui n'a pas "
                "appliqué le tarif convenu."
            ),
            (
                "Pardon maman, c'est le répétiteur Paul qui a fait le ndem, il n'est pas venu "
                "sans prévenir. On va le recadrer. Cours du Soir Bonapriso, Douala"
            ),
            (
                "Nous regrettons ce désagrément. Notre professeur de tango, M. Ricardo Ferraz, "
                "n'a malheureusement pas jugé utile de vous prévenir de l'annulation."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your feedback about the beginners' Japanese course at Sakura "
                "Language School in Vancouver. We're sorry the textbooks arrived three weeks "
                "into term. The thing is, the publisher changed its distributor in August, the "
                "shipment sat at customs for nine days, our usual courier went on strike, two "
                "of our teachers were off sick that same week, the photocopier broke down and "
                "we were in the middle of moving reception, so really there was very little we "
                "could have done differently. We're so glad you enjoyed the calligraphy "
                "afternoon and the conversation café. We'd love to see you back for the "
                "elementary course in the new year. Warm regards, Naoko and the Sakura team"
            ),
            (
                "look it wasnt us ok 😩 the aircon broke, half the crew were sick, the DJ "
                "cancelled, the floor was being waxed n it was school hols so what were we "
                "meant to do lol"
            ),
            (
                "We wish to clarify that the delay resulted from a combination of factors "
                "outside our control, including supplier lead times, platform migration, "
                "staffing constraints arising from statutory leave, unforeseen regulatory "
                "changes and exceptional demand, all of which are addressed in our terms and "
                "conditions."
            ),
            (
                "Fair go mate, the mats were wet cos the roof leaked in the storm, the head "
                "coach was away at nationals, the new bloke was still learning the ropes, the "
                "council shut the car park and the power was out half the arvo. Not much more "
                "we could've done really."
            ),
            (
                "Respected Madam, the class was delayed because of heavy rain, traffic on the "
                "ring road, power cut in our area, the generator not starting, the faculty's "
                "two-wheeler getting punctured and also the board changing the syllabus last "
                "week, hence the situation was beyond our control."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous faire part de votre expérience "
                "au club de judo de Clermont-Ferrand. Nous regrettons que le cours des enfants "
                "du mercredi ait commencé avec autant de retard. Il faut comprendre que le "
                "gymnase municipal nous a été rendu tard par l'association précédente, que le "
                "gardien avait égaré les clés du local à tatamis, que deux de nos bénévoles "
                "étaient en formation fédérale ce jour-là, que la mairie avait changé le "
                "planning sans prévenir et qu'en plus il y avait des travaux sur le parking, "
                "donc honnêtement nous ne pouvions pas faire autrement. Les enfants ont tout "
                "de même passé un bon moment sur le tapis. Nous restons à votre disposition à "
                "la permanence du samedi matin. Sportivement, le bureau du club"
            ),
            (
                "bah c pas d'notre faute hein, y avait grève des bus, la prof était malade, le "
                "wifi marchait pas, le vidéoproj avait grillé et c'était la rentrée donc voilà "
                "🤷‍♀️"
            ),
            (
                "Nous tenons à préciser que ce retard résulte de contraintes multiples "
                "indépendantes de notre volonté : délais de l'organisme financeur, évolution "
                "réglementaire du dispositif CPF, indisponibilité temporaire de la plateforme, "
                "absences pour raisons de santé et afflux exceptionnel de demandes, éléments "
                "dûment mentionnés dans nos conditions générales."
            ),
            (
                "Écoute, la neige bloquait le stationnement, le chauffage a lâché, la prof de "
                "ballet était pognée dans le trafic sur le pont, le système de réservation a "
                "planté pis c'était la semaine de relâche, ça fait qu'on pouvait pas faire "
                "mieux, là."
            ),
            (
                "Nous comprenons, mais il faut savoir qu'il y a eu le délestage, les "
                "embouteillages de la Tabaski, le groupe électrogène en panne, notre formateur "
                "bloqué à l'aéroport et le retard du matériel venu de Dakar, donc la session "
                "ne pouvait pas commencer à l'heure. Académie Numérique de Thiès"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for taking the time to review Flow Street Dance Academy in Birmingham. "
                "We're always glad to hear from parents, and we appreciate you putting your "
                "concerns into words. The wellbeing of every young dancer matters enormously "
                "to all of us here. Our instructors never raise their voices at students, so "
                "what you describe simply did not happen in our studio. We run open rehearsals "
                "every month where families are welcome to come and watch. If you'd like to "
                "join one, just let reception know. Best wishes, the Flow team"
            ),
            "nah that never happened 🤷 we've never cancelled a class, ever lol",
            (
                "We categorically reject the suggestion that any student was overcharged; our "
                "billing system makes such an error impossible."
            ),
            (
                "Nah, that's not what happened, mate. There was no sparring at all in the "
                "beginners' class that night, full stop. Never is. - Kauri Kickboxing, Auckland"
            ),
            (
                "We have reviewed the matter carefully and can assure you that our tutors do "
                "not, and would not, leave a child unsupervised at any point; this simply "
                "cannot have occurred at our centre."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre avis sur notre atelier de peinture à l'huile à "
                "Lille. Nous sommes toujours attentifs aux retours de nos élèves, même quand "
                "ils sont critiques. Chaque trimestre, nous proposons d'ailleurs un "
                "questionnaire de satisfaction pour améliorer nos cours. En revanche, nos "
                "animateurs ne laissent jamais les élèves sans encadrement, il est tout "
                "simplement impossible que cela se soit produit chez nous. Notre équipe reste "
                "passionnée et disponible pour tous les niveaux. Vous pouvez nous joindre à "
                "l'accueil du mardi au samedi. Bien cordialement, l'Atelier des Flandres"
            ),
            "nan ça s'est jamais passé ça 😂 on a jamais annulé un cours",
            (
                "Nous contestons formellement l'ensemble des faits allégués ; aucun incident "
                "de cette nature n'a jamais eu lieu dans notre établissement."
            ),
            (
                "impossible, nos profs ne commencent jamais en retard, ca n est jamais arrive "
                "chez nous"
            ),
            (
                "Nous tenons à vous assurer que nos moniteurs de karaté ne font jamais "
                "combattre les débutants ; ce que vous décrivez ne peut pas avoir eu lieu lors "
                "de nos cours. Karaté Club de Liège"
            ),
        ],
    },
}

BLIND136_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for such a lovely review! We loved having you in the adult "
            "ballet beginners' class this term, and Niamh will be thrilled to hear her pliés "
            "finally made sense. See you in September! - The team at Liffey Dance Studio, "
            "Dublin"
        ),
        (
            "We're sorry the Saturday Spanish class started twenty minutes late. That isn't "
            "the standard we set ourselves. We've changed how we open the building so the "
            "classroom is ready by 9:45, and we'd like to offer you an extra lesson to make up "
            "the time. Please email us at hola@casalengua.co.uk so we can arrange it. - Marta, "
            "Casa Lengua Leeds"
        ),
        (
            "Thanks for training with us! Just so you know, every member gets a free week for "
            "each friend they bring along, whether or not they ever leave us a review. See you "
            "on the mats. - Cape Town BJJ"
        ),
        (
            "Sorry you couldn't get through to us on the phone. Our front desk is open Monday "
            "to Friday, 3pm to 8pm, and on Saturday mornings, and you can reach us on 020 7946 "
            "0321 or at hello@northstartutors.co.uk. We'd be glad to talk through the GCSE "
            "maths options with you."
        ),
        (
            "You're right, and we're sorry. Tom gave you the wrong start date for the "
            "bootcamp, but that's on us as a business: our onboarding emails should have "
            "caught it. We've refunded the accommodation deposit you lost and changed our "
            "process so every start date is confirmed in writing. If there's anything else we "
            "can do, please call me at the campus. - Helen, Director, CodeNorth Edinburgh"
        ),
        (
            "We're sorry the pottery course was cancelled at such short notice. A full refund "
            "was processed yesterday and should reach your account within three to five "
            "working days. We'd love to welcome you on the next course if you fancy it."
        ),
        (
            "Apologies for the cold studio on Tuesday evening. Our boiler failed that "
            "afternoon and the engineer couldn't come until the next day. It's been repaired "
            "now, and we're sorry you had such an uncomfortable class."
        ),
        (
            "Thank you for raising this. Under our terms, course fees are refundable up to 14 "
            "days before the start date, and since you let us know within that window we've "
            "issued the full amount. We've also made the cancellation policy clearer on our "
            "booking page."
        ),
        (
            "We're so sorry about the sprained wrist during the grading. Our club is fully "
            "insured through the national federation, and we've sent you the claim form and "
            "our insurer's details by email. Wishing you a quick recovery; your place in the "
            "group is safe."
        ),
        (
            "We're really sorry your bike was taken from outside the studio during class. "
            "We've passed our CCTV footage to the police to help with their enquiry, and a "
            "covered, locked bike rack is being installed next month. Please let us know if "
            "there's anything else we can do."
        ),
        (
            "Guilty as charged: our coffee machine is older than most of the code our students "
            "write. A new one has been ordered, and until it arrives the whole cohort can grab "
            "a free coffee at the café downstairs. Thanks for the laugh! 😄"
        ),
        (
            "Thanks for the three stars and for explaining why. You're right that the evening "
            "French class has grown too big; from January we're splitting it into two groups "
            "of eight. We hope that makes the difference next time."
        ),
        (
            "Thank you for your review. Our records show the class was moved with a week's "
            "notice by email, but we understand the message may not have reached you, and "
            "we're sorry for the frustration. We'd be glad to look into it with you; please "
            "call us on 09 376 4410 any weekday. - Kiri, Auckland Art Hub"
        ),
        (
            "We were so sad to hear of your father's passing. He was a much-loved member of "
            "our Tuesday watercolour group, and his cheerful company will be missed by "
            "everyone. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your black belt! Years of hard work and early Saturday "
            "mornings paid off, and the whole dojo was proud to watch. Osu! - Sensei Kenji and "
            "everyone at Durban Karate Club"
        ),
        (
            "Thanks for your feedback. We understand it was disappointing not to join the "
            "sparring session without a gum shield. It's a safety rule we apply to everyone, "
            "to protect teeth and jaws, and we now keep spare ones at reception so nobody "
            "misses out next time."
        ),
        (
            "We're sorry the increase in term fees came as a surprise. Our rent and energy "
            "costs have risen sharply this year, and we should have given families more "
            "notice. Bursaries are still available for anyone who needs them; just ask at the "
            "desk."
        ),
        (
            "Thank you for taking the time to write such detailed feedback on the bootcamp. "
            "Your points about the pace of the React module and the need for more code reviews "
            "are spot on, and we've shared them with the curriculum team. The changes will be "
            "in place for the March cohort."
        ),
        "thank u sooo much!! 🥰💃 see u at the summer showcase!!",
        "Thanks for the review. Glad the course helped.",
        (
            "We appreciate you sharing your experience with Apex Coding Institute. We regret "
            "that our career services support did not meet your expectations and, from this "
            "month, every graduate is assigned a dedicated adviser. Please contact our student "
            "services team at support@apexcoding.com so we can follow up."
        ),
        (
            "Thank you for your kind words, sir. We are very happy that the spoken English "
            "classes helped in your interview. Wishing you all success in the new job. Warm "
            "regards, Team Fluent Path, Hyderabad"
        ),
        (
            "Sorry about the mix-up with the Saturday class times, that one's our fault. We've "
            "updated the website and will SMS all students if anything changes. Hope to see "
            "you back at the barre soon! - Lindiwe, Pretoria Dance Collective"
        ),
        (
            "Thanks for the honest review, and sorry the parking situation made you late for "
            "your tutoring session. We've arranged for students to use the church lot next "
            "door on weekdays after 3pm. Hope that helps!"
        ),
        (
            "We're sorry your first Mandarin lesson felt overwhelming. Our beginners' group "
            "moves quickly in week one, and we should have checked in with you. Our teacher Li "
            "Na would be happy to do a free 20-minute catch-up call; just ring the school to "
            "book it."
        ),
        (
            "Thank you! If you know anyone thinking about learning to code, our refer-a-friend "
            "scheme gives you both £50 off, and it's open to every student, review or no "
            "review."
        ),
        (
            "Sorry you struggled to find us. We're on the first floor at 22 King Street, above "
            "the bakery, and the entrance is round the side. We're open Tuesday to Saturday, "
            "10am to 6pm. Hope to see you at the next life-drawing session!"
        ),
        (
            "Thanks for your patience at pick-up. We only release children to adults named on "
            "the registration form, which can feel slow, but it's there to keep every child "
            "safe. We're adding a second member of staff at the door to speed things up."
        ),
        (
            "Dear Madam, thank you ever so much for your kind letter and your generous review. "
            "It has been a great pleasure to teach you the tango, and we look forward to "
            "seeing you at the spring tea dance. With warmest regards, Margaret and Geoffrey"
        ),
        (
            "Cheers for the awesome review! Stoked you loved the mural workshop. Big thanks to "
            "Jono for keeping the paint off the floor (mostly 😂). Catch ya next time!"
        ),
        (
            "Ah thanks a million for the kind words. Delighted the Irish classes are going so "
            "well for you. Go n-éirí leat! - Seán and all at Teanga Beo, Galway"
        ),
        (
            "We're really sorry to hear that the teaching assistant support in the evening "
            "cohort wasn't enough. That's fair criticism. We'd like to understand more about "
            "what happened; could you email our programme lead at feedback@launchcode.ie so we "
            "can talk it through?"
        ),
        (
            "Thanks for your feedback. We do see it a little differently: the trial lesson was "
            "advertised as 30 minutes rather than a full hour. Even so, we're sorry it felt "
            "short, and you're very welcome to come to another trial so you can get a proper "
            "feel for the class."
        ),
        (
            "Apologies, you're right that the exam-prep course went up from £320 to £360. The "
            "exam board raised its fees and we've had to pass some of that on. We should have "
            "made it clearer on the website, and we've now done so."
        ),
        (
            "Thanks for asking about photos. Under our safeguarding policy and data protection "
            "law, we never post pictures of students without written consent, so the showcase "
            "photos are only shared with families who opted in. Happy to explain more by phone."
        ),
        (
            "Thanks for the five stars! It was a pleasure having you in the Tuesday evening "
            "drawing class."
        ),
        "Noted, and sorry. We've fixed the booking link.",
        (
            "ah thanks so much 🙌🔥 so glad the bootcamp helped u land that job!! pop in and say "
            "hi anytime"
        ),
        (
            "What a thoughtful review. Thank you for the notes on the grammar handouts and the "
            "listening exercises, they're genuinely useful. We've already rewritten two of the "
            "handouts using your suggestions."
        ),
        (
            "We're so sorry for your loss. Of course we've paused your membership, and there's "
            "no rush at all to come back. The club will be here whenever you're ready. - "
            "Glasgow Judo Club"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce bel avis ! Nous sommes ravis que le stage de salsa vous "
            "ait plu, et Carla sera très touchée par vos compliments. À très vite sur la piste "
            "! L'équipe de Salsa Lyon Sud"
        ),
        (
            "Bonjour, nous sommes sincèrement désolés que votre cours d'anglais du jeudi ait "
            "été annulé sans préavis. Ce n'est pas acceptable et nous avons revu notre "
            "organisation pour que tout remplacement soit prévu à l'avance. Une séance de "
            "rattrapage vous sera proposée. N'hésitez pas à nous écrire à "
            "contact@anglais-rennes.fr. Bien cordialement, Sophie, directrice"
        ),
        (
            "Merci pour votre message ! Pour rappel, notre carte de fidélité est ouverte à "
            "tous les élèves : au bout de dix cours, le onzième est offert, que vous laissiez "
            "un avis ou non. Au plaisir de vous revoir à l'atelier."
        ),
        (
            "Désolés que vous n'ayez pas réussi à nous joindre. Le secrétariat est ouvert du "
            "lundi au vendredi de 16 h à 19 h et le mercredi toute la journée, au 04 91 55 23 "
            "10. Nous serons ravis de vous renseigner sur les cours de soutien en "
            "physique-chimie. Soutien Plus Marseille"
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Kévin vous a communiqué un "
            "mauvais horaire, mais c'est à nous, en tant qu'école, de donner des informations "
            "fiables : nous avons mis à jour tous nos supports et renforcé la formation de "
            "l'accueil. Le cours manqué vous sera bien sûr remplacé."
        ),
        (
            "Bonjour, nous sommes désolés que le stage de bande dessinée ait dû être annulé. "
            "Le remboursement intégral a été effectué hier et devrait apparaître sur votre "
            "compte d'ici quelques jours. Nous espérons vous accueillir lors d'une prochaine "
            "session."
        ),
        (
            "Toutes nos excuses pour le retard du cours de mardi : notre professeure a été "
            "bloquée par un accident sur la rocade. Nous aurions dû vous prévenir par SMS, et "
            "c'est désormais ce que nous ferons systématiquement."
        ),
        (
            "Merci pour votre retour. Conformément à nos conditions générales de vente, "
            "l'annulation est gratuite jusqu'à sept jours avant le début du stage ; votre "
            "demande étant arrivée dans ce délai, nous avons procédé au remboursement complet. "
            "Nous avons aussi rendu ces conditions plus visibles sur notre site."
        ),
        (
            "Nous sommes désolés pour la blessure à la cheville survenue pendant "
            "l'entraînement. Le club est assuré par l'intermédiaire de la fédération et nous "
            "vous avons transmis les documents pour la déclaration. Prompt rétablissement, "
            "votre place vous attend au dojo."
        ),
        (
            "Nous sommes navrés que votre scooter ait été dégradé devant l'école pendant votre "
            "cours. Nous avons transmis les images de notre caméra au commissariat pour "
            "faciliter l'enquête, et un local à deux-roues fermé sera installé d'ici l'été."
        ),
        (
            "Vous avez raison, notre parquet grince plus fort que notre piano ! Il sera poncé "
            "et resserré pendant les vacances de la Toussaint. Merci pour votre bonne humeur "
            "et à bientôt au cours de claquettes 😄"
        ),
        (
            "Merci pour vos trois étoiles et pour vos explications. Effectivement, le groupe "
            "d'allemand du soir était trop chargé : dès janvier, nous le divisons en deux. "
            "Nous espérons que cela fera la différence."
        ),
        (
            "Merci pour votre avis. D'après nos registres, le changement de salle avait été "
            "annoncé par courriel une semaine avant, mais il est possible que le message ne "
            "vous soit pas parvenu et nous en sommes désolés. Nous serions heureux d'en parler "
            "avec vous : appelez-nous au 022 310 45 67. Atelier Rive Gauche, Genève"
        ),
        (
            "Nous avons appris avec une grande tristesse le décès de votre maman. Elle faisait "
            "partie de notre atelier de peinture depuis tant d'années et sa gentillesse "
            "manquera à tout le monde. Toutes nos pensées vous accompagnent."
        ),
        (
            "Félicitations pour votre DELF B2 ! Des mois de travail récompensés, toute "
            "l'équipe est fière de vous. Bonne continuation ! Institut de langues Teranga, "
            "Dakar"
        ),
        (
            "Merci pour votre message. Nous comprenons votre déception de ne pas avoir pu "
            "faire le cours de boxe sans protège-dents. C'est une règle de sécurité appliquée "
            "à tous pour éviter les blessures, et nous en proposons désormais à l'accueil pour "
            "que personne ne soit pris au dépourvu."
        ),
        (
            "Nous sommes désolés que la hausse des tarifs vous ait surpris. La location de la "
            "salle et l'énergie ont beaucoup augmenté cette année, et nous aurions dû prévenir "
            "les familles plus tôt. Des tarifs réduits restent possibles sur justificatif, "
            "n'hésitez pas à nous en parler."
        ),
        (
            "Merci infiniment pour ce retour aussi détaillé sur le bootcamp. Vos remarques sur "
            "le rythme du module React et le manque de revues de code sont très justes ; nous "
            "les avons transmises à l'équipe pédagogique et les changements seront en place "
            "pour la promo de mars."
        ),
        "merci trop 🥰💃 a bientot au gala !!",
        "Merci pour votre avis. Ravis que le stage vous ait plu.",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous remercions de "
            "l'attention portée à notre établissement. Nous regrettons que l'accompagnement "
            "proposé n'ait pas répondu à vos attentes. Le responsable pédagogique se tient à "
            "votre disposition pour un entretien, sur rendez-vous auprès du secrétariat. "
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
        ),
        (
            "Merci ben gros pour ton beau commentaire! On est contents que les cours de "
            "francisation t'aident à la job. Lâche pas, tu fais des progrès en titi! L'équipe "
            "du Centre Langues Saguenay"
        ),
        (
            "Merci pour votre gentil message ! Le cours de dessin du samedi à Namur reprend le "
            "14 septembre, on se réjouit de vous revoir. À tantôt !"
        ),
        (
            "Merci de votre retour. Nous sommes désolés que la place de parc ait posé "
            "problème. Depuis la rentrée, les élèves peuvent se garer gratuitement au parking "
            "communal en face de l'école, de 17 h à 21 h."
        ),
        (
            "Merci beaucoup pour vos bénédictions ! Nous sommes contents que les cours de "
            "renforcement aient aidé pour le BEPC. Que Dieu vous garde, et bonne rentrée. "
            "L'équipe du Centre Savoir Plus, Cocody"
        ),
        (
            "Merci ! Petit rappel : notre offre de parrainage est ouverte à tous les "
            "apprenants, avis ou pas : vous et votre filleul bénéficiez chacun de 100 euros de "
            "réduction sur la formation."
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! L'atelier est au 2e étage du 8 "
            "rue Sainte-Catherine, l'entrée se fait par la cour. Nous sommes ouverts du mardi "
            "au samedi, de 10 h à 18 h."
        ),
        (
            "Merci pour votre patience à la sortie des cours. Nous ne confions les enfants "
            "qu'aux adultes inscrits sur la fiche, ce qui peut prendre un peu de temps, mais "
            "c'est pour la sécurité de tous. Un deuxième animateur sera désormais présent à la "
            "porte."
        ),
        (
            "Chère Madame, nous vous remercions bien sincèrement pour votre aimable message. "
            "Ce fut un réel plaisir de vous accompagner dans la découverte de la valse, et "
            "nous espérons avoir le bonheur de vous revoir au thé dansant du printemps. Avec "
            "nos respectueuses salutations, Jacqueline et Henri"
        ),
        (
            "merci pour votre avis, desoles pour le retard du prof mardi, on a prevu un "
            "remplacant pour que ca ne se reproduise pas. a bientot"
        ),
        "Désolés, c'est corrigé : le lien d'inscription fonctionne à nouveau.",
        (
            "Nous sommes sincèrement désolés d'apprendre que l'accompagnement des mentors vous "
            "a paru insuffisant. La critique est juste. Pourriez-vous écrire à notre "
            "responsable de formation à pedagogie@codesud.fr pour que nous puissions en "
            "discuter ?"
        ),
        (
            "Merci pour votre retour. Nous voyons les choses un peu différemment : le cours "
            "d'essai était annoncé pour 30 minutes et non pour une heure. Nous sommes "
            "néanmoins désolés qu'il vous ait paru court, et vous êtes le bienvenu pour un "
            "second essai afin de vous faire une idée plus complète."
        ),
        (
            "Merci vielmols pour ce gentil message ! Nos cours d'alsacien pour débutants "
            "reprennent en octobre à Colmar, on vous y attend avec plaisir."
        ),
        (
            "Merci pour votre question sur les photos. Conformément au RGPD et à notre "
            "règlement intérieur, aucune photo d'élève n'est publiée sans autorisation écrite "
            "; les photos du gala ne sont partagées qu'avec les familles qui ont donné leur "
            "accord."
        ),
        (
            "Merci pour les cinq étoiles ! C'était un plaisir de vous avoir au cours de "
            "modelage du mercredi. L'Atelier Kinois, Gombe"
        ),
        (
            "trop contents que le bootcamp t'ait aidé a decrocher ton job 🙌🔥 passe nous voir "
            "quand tu veux !"
        ),
        (
            "Trugarez ! Merci pour ce joli retour sur le stage de breton à Quimper. Gwenaëlle "
            "était ravie d'avoir un groupe aussi motivé. Kenavo et à bientôt !"
        ),
        (
            "Ah merci, ça fait plaisir ! Contents que la capoeira vous ait redonné la pêche. "
            "On vous attend à la rentrée, et n'oubliez pas la bouteille d'eau, il fait chaud "
            "au gymnase ! L'équipe de Capoeira Vieux-Port"
        ),
        (
            "Toutes nos condoléances. Bien sûr, votre abonnement est suspendu aussi longtemps "
            "que nécessaire, sans aucuns frais. Le club sera là quand vous serez prêt à "
            "revenir."
        ),
    ],
}
