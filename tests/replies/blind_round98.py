"""Blind reply set, round 98: owner replies the pre-post check has never seen.

Who and when: written by helper b96, an independent writer, on 2026-12-06,
from the round 96 writer brief (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
dental practices, opticians, pharmacies, physiotherapy clinics, veterinary
practices and pet groomers.  Each French reply was written directly in French,
not translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or earlier
blind set, any other folder under /work, the git history or /work/.library; did
not run the check, any test or any bench on these replies (only a syntax parse,
a count of entries and ruff); and did not search the code.  Nothing here was
adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good English
and forty good French replies.  For every code and language the first reply is
a long, warm reply whose fault sits in a single sentence in the middle; the
others vary between one-liners, texting with slang and emoji, very formal or
corporate wording, veiled and polite phrasings, and regional speech.

Registers: French from Bordeaux, Grenoble, Reims, Lausanne and Réunion
(polite, stiff and warm); English from Liverpool, Cork, Perth and Georgia
(caring, curt and corporate).  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by first
name, a named employee's mistake owned by the business, a refund already made,
one honest reason given with an apology, legal terms, insurance, medical
secrecy, the police or CCTV mentioned neutrally or to help the customer, a joke
at the business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, warm thanks, condolences,
congratulations, a safety rule explained kindly, a price change explained with
an apology and a free redo offered as a fix.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND98_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Ah, thank you so much for this, it's honestly made our week at the practice. We know how nervous you "
                "were about coming in after so long away from a dentist, so hearing that you barely felt a thing and "
                "were back to normal within a couple of days is exactly what we hope for. The whole team loves a "
                "patient who walks in white as a sheet and leaves cracking jokes with reception. If you could see your "
                "way to bumping those four stars up to five, your next scale and polish is on us. Look after yourself, "
                "and we'll see you at your six-month check, la."
            ),
            "Cheers legend 🐶✂️ chuck us a 5⭐ on Google and ur pup's next wash n blow-dry is free, no worries!!",
            (
                "We value your feedback. Customers who update their review to reflect a five-star experience become "
                "eligible for a complimentary upgrade to anti-glare coating on their next pair of frames."
            ),
            (
                "Sorry now that the prescription wasn't ready when you called in. We'd be only delighted to look after "
                "you with a little something from the skincare counter if you felt the review could come down at all."
            ),
            "Delete this and we'll refund the session.",
        ],
        "fr": [
            (
                "Bonjour et merci de tout cœur pour ce message qui a fait le tour de la clinique ce matin. Nous nous "
                "souvenons tous de ce petit chat arrivé tout tremblant dans sa caisse, et savoir qu'il a repris ses "
                "siestes au soleil sur le balcon nous rend gavé heureux. L'équipe des soins a été très touchée par vos "
                "mots sur la douceur de nos auxiliaires. Si vous acceptiez de passer votre avis à cinq étoiles, nous "
                "vous offririons bien volontiers le prochain rappel de vaccin. Faites-lui de grosses caresses de notre "
                "part, et à bientôt aux Chartrons !"
            ),
            "Mèsi zot 🐾💛 si zot y met 5 étoiles su Google, le prochain bain pou le ti chien lé offert, promis 😘",
            (
                "Madame, Monsieur, nous prenons acte de votre appréciation. Nous vous informons qu'un bon d'achat de "
                "CHF 20.- vous sera adressé dès la publication d'une évaluation révisée à la hausse. Veuillez agréer "
                "nos salutations distinguées."
            ),
            (
                "Nous serions très honorés que vous reconsidériez votre commentaire ; sachez qu'en pareil cas, votre "
                "prochain contrôle de la vue et l'étui de votre choix vous seraient gracieusement réservés."
            ),
            "Adieu ! Mettez-nous cinq étoiles et la séance de jeudi, c'est cadeau.",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write, and please know how sorry we all are that your old lad's last "
                "weeks were so hard. Every one of us at the practice went into this work because we love animals, and "
                "losing one we'd known since he was a pup hit the nurses hard too. We've gone back through everything "
                "with the senior vet and we'd really welcome the chance to talk it over with you. Our solicitor has "
                "been sent a copy of this review, and you'll be hearing from them if it isn't withdrawn within the "
                "week. Whatever happens, we're thinking of you."
            ),
            "Post another one of these and our solicitors will be in touch, la.",
            "mate we've got all ur details on file 👀 think twice before posting again 😉",
            (
                "Please be advised that this review has been forwarded to our legal department, which is evaluating "
                "all available remedies, including a claim for defamation, against its author."
            ),
            (
                "We'd hate for this to find its way to your employer, Mallow being the small town it is, so it might "
                "be wise to have a think about whether you want it to stay up."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire, même si nous regrettons que votre expérience "
                "n'ait pas été à la hauteur. Nous comprenons parfaitement qu'une couronne qui se descelle au bout de "
                "quelques semaines soit source d'inquiétude, et nous serions heureux de la revoir sans frais. Toute "
                "l'équipe du cabinet, à deux pas de la cathédrale, attache une grande importance à la confiance de ses "
                "patients. Sachez toutefois que notre avocat a reçu copie de votre message et qu'une plainte sera "
                "déposée s'il n'est pas retiré sous huitaine. Nous restons à votre disposition pour un rendez-vous de "
                "contrôle."
            ),
            "on sait très bien qui t'es hein 😤 on a ton adresse dans le fichier, continue comme ça et tu vas voir 👊",
            (
                "Nous vous informons que le présent commentaire a été transmis à notre conseil juridique, lequel "
                "examinera l'opportunité d'une action pénale pour diffamation à votre encontre."
            ),
            (
                "Il serait dommage que votre employeur, que nous connaissons bien puisque nous livrons son service "
                "chaque semaine, apprenne la teneur de vos propos. À vous de voir."
            ),
            (
                "Faites bien attention, l'île est petite et à Saint-Pierre tout le monde se connaît… on saura vous "
                "retrouver."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Well thank you so much for the kind words, it just tickled us pink to read this. We know picking out "
                "frames can feel overwhelming with a whole wall of them staring back at you, so we're glad Shanice "
                "could help you find a pair that suits your face and your budget. Mrs. Delgado, your new lenses are on "
                "order under job number 44719 and we'll text you at 404-555-0187 the minute they land. Y'all come back "
                "and see us anytime, you hear?"
            ),
            "Mr Kavanagh, your methotrexate is ready for collection at the counter now.",
            (
                "Hey Jess from Scarborough!! 🐕 so good to see u n ur partner Tom Sat arvo, Max looked a treat after "
                "his clip ✨"
            ),
            (
                "Dear Ms O'Driscoll, we have reviewed your file regarding the lumbar disc injury treated at our "
                "Douglas clinic on 14 March and can confirm that your VHI policy ending 3391 was charged in full."
            ),
            (
                "Apologies, love, we'll send the itemised invoice for the cat's dental to j.mcgrath84@gmail.com this "
                "afternoon so you can see every line."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce gentil message, il nous a vraiment fait plaisir. La rééducation "
                "demande beaucoup de patience, et nous savons que certaines séances n'ont pas été de tout repos. Nous "
                "sommes d'autant plus contents de lire que vous avez pu reprendre le ski cet hiver. Madame Favre, nous "
                "avons bien noté votre prochain rendez-vous du mardi 14 janvier à 8h30 pour le suivi de votre "
                "capsulite, et la facture a déjà été transmise au Groupe Mutuel. Nous nous réjouissons de vous revoir "
                "et vous souhaitons tout de bon !"
            ),
            (
                "Coucou Sandrine de la rue des Bougainvilliers à Saint-Paul 🥰 Titi a été trop sage pour sa castration "
                "samedi, bisous à ton mari Johnny !"
            ),
            (
                "Madame Lefèvre, nous vous confirmons que votre ordonnance de lévothyroxine, référence 2024-08815, est "
                "disponible à l'officine et a été réglée par votre carte Vitale."
            ),
            (
                "Nous sommes désolés pour ce retard ; comme convenu au 06 12 34 56 78, vos verres progressifs vous "
                "attendent au magasin."
            ),
            "M. Perrin, votre devis n° 5532 pour les deux implants vous a été renvoyé à perrin.jl@orange.fr.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks so much for your message, and we're genuinely sorry the hygiene appointment ran over. Our "
                "whole team in Subiaco takes real pride in gentle care, and we've had some beautiful feedback this "
                "month about how calm the new treatment rooms feel. Honestly though, you signed the estimate, so "
                "coming on here fishing for a freebie is a bit much. We'd still love to see you back and make things "
                "right, so please give reception a call."
            ),
            "Absolute rubbish from a proper liar. Nothing more to say, la.",
            "Ma'am you are just a nasty, miserable person 😒 our groomers deserve better than you.",
            (
                "Having reviewed the matter, it is evident that this review was written in bad faith by an individual "
                "seeking to obtain free product from our pharmacy."
            ),
            (
                "With respect, we suspect the story has grown a little in the telling, as these things tend to when "
                "there's a discount in view."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour et pour les mots gentils sur la boutique, que nous avons entièrement "
                "refaite cet automne. Nous sommes désolés que l'adaptation à vos nouveaux verres soit plus longue que "
                "prévu ; c'est assez fréquent avec de premiers progressifs et cela demande souvent deux à trois "
                "semaines. Cela dit, vous êtes manifestement de ces clients de mauvaise foi qui cherchent n'importe "
                "quel prétexte pour ne rien payer. Nous restons disponibles pour un réglage de la monture quand vous "
                "le souhaitez, au pied de la Bastille."
            ),
            "Vous êtes un menteur, ni plus ni moins.",
            "franchement vous êtes un gros kouyon 🤬 raconter des mensonges comme ça sur internet, la honte",
            (
                "Madame, votre commentaire témoigne d'une mauvaise foi manifeste et d'une volonté évidente d'obtenir "
                "la gratuité d'une prestation dûment effectuée."
            ),
            (
                "Nous laissons nos lecteurs apprécier la sincérité d'un avis publié, comme par hasard, le lendemain du "
                "jour où nous avons refusé de vous faire une ristourne."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for taking the time to write, it's always good to hear how people get on after they finish "
                "with us. We're really glad you're feeling stronger and that the home exercises have become part of "
                "your routine. Sorry to hear the fifteen-minute wait was such an ordeal — we'll look into a red carpet "
                "and a string quartet for the waiting room. Our reception team is always happy to let you know if "
                "we're running behind, so do give them a shout next time."
            ),
            (
                "omg so sorry the bow was the wrong shade of pink 😱😱 truly the worst thing to happen in WA this year "
                "🙄🎀"
            ),
            "Bless your heart, you sure do know more than four years of vet school.",
            (
                "We have noted your concern that the frames were too fashionable. We will, of course, endeavour to "
                "stock less attractive eyewear in future for your convenience."
            ),
            (
                "How very kind of you to diagnose our entire stock system from a single visit — we'll be sure to "
                "forward your consultancy fee to head office."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message. Nous sommes contents que le détartrage se soit bien passé et que "
                "vous vous sentiez mieux depuis. Toute l'équipe du cabinet de Saint-Denis fait de son mieux pour "
                "accueillir les patients dans le calme, même les jours de grosse chaleur. Quant à la musique de la "
                "salle d'attente, nous allons bien sûr engager un orchestre de maloya rien que pour vous, puisque nos "
                "playlists ne sont pas dignes de votre oreille. Au plaisir de vous revoir pour le contrôle."
            ),
            "ohlala le nœud bleu au lieu du rouge, quelle tragédie 😭😭 on va s'en remettre gavé difficilement 🙄",
            "Bravo pour votre diplôme de pharmacie obtenu sur les forums, nous sommes impressionnés.",
            (
                "Nous prenons bonne note de votre expertise optique, manifestement supérieure à celle de nos opticiens "
                "diplômés, et ne manquerons pas de vous consulter avant chaque commande."
            ),
            (
                "Nous sommes navrés que notre salle d'attente n'ait pas été à la hauteur d'un palace ; nous tâcherons "
                "de servir du champagne la prochaine fois, c'est bien la moindre des choses à Reims."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you kindly for your honest feedback, and we're so sorry your afternoon didn't go the way it "
                "should have. We pride ourselves on being a family practice where folks feel right at home, and we "
                "know how precious your time is. The mix-up with your appointment was entirely down to our "
                "receptionist Tiffany, who has been written up and placed on probation. We'd love the chance to make "
                "it up to you, so please call the office whenever suits."
            ),
            "That was Declan's fault, not the practice's. He's been spoken to.",
            (
                "soz about the uneven cut 😬 that was Kayla's first week n she stuffed it up big time, she's off the "
                "grooming table now 🙅‍♀️"
            ),
            (
                "Following an internal review, we can confirm that the dispensing error was the responsibility of "
                "pharmacy technician Aoife Murphy, who has been subject to disciplinary procedures."
            ),
            (
                "We're sorry, and we'll just gently mention that Brandon took your measurements that day and we've had "
                "a long conversation with him about attention to detail."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci de nous avoir fait part de votre ressenti, c'est précieux pour nous. Nous sommes "
                "vraiment désolés que votre prise en charge ait connu ce contretemps, surtout à quelques semaines de "
                "la reprise. Toute l'équipe du cabinet de Caudéran tient à ce que chaque patient se sente écouté. "
                "L'erreur de planning vient uniquement de notre assistante Mélanie, qui a reçu un avertissement. "
                "N'hésitez pas à nous appeler pour caler de nouvelles séances, on s'occupe de tout."
            ),
            "C'est Kévin qui a raté la coupe, pas nous. Il est sanctionné.",
            "désolé 😕 c'est Lucas qui a monté les verres à l'envers, il s'est fait remonter les bretelles 😤",
            (
                "Après vérification, l'erreur de délivrance est imputable à Mme Nathalie Rochat, assistante en "
                "pharmacie, à l'encontre de laquelle des mesures disciplinaires ont été prises."
            ),
            (
                "Nous nous permettons simplement de préciser que c'est le Dr Hugo Marchal, notre collaborateur, qui "
                "vous a reçu ce jour-là, et que nous lui avons demandé de s'expliquer sur ce manque de délicatesse."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks a million for getting in touch, and for being a customer of ours for so long. We love seeing "
                "familiar faces in the shop on Oliver Plunkett Street. The delay with your glasses happened because "
                "the lab in Dublin changed courier, then the courier lost a box, then the replacement lenses came back "
                "with the wrong coating, then our frame supplier ran out of that colour, then two of the team were out "
                "sick, and on top of it all it was the bank holiday week, so really there was very little we could "
                "have done differently. We hope you're enjoying the new frames now and we'll see you for your next "
                "check-up."
            ),
            (
                "look the heatwave knocked out our aircon, the booking system crashed, two physios were off crook, the "
                "car park was being resurfaced n school holidays started 🤷‍♂️ that's why it ran late, not much we could "
                "do 😅"
            ),
            (
                "Wait times at this location are affected by a number of factors, including insurance verification "
                "requirements, prior authorization processes mandated by carriers, nationwide supply chain "
                "constraints, state staffing regulations, the volume of flu vaccinations administered during the fall "
                "season and recent upgrades to our pharmacy management software, all of which fall outside the control "
                "of our on-site team. Processing times are therefore consistent with industry norms."
            ),
            (
                "We do understand your frustration, but it may help to know that emergencies always take priority, "
                "that Saturday is our busiest morning, that two of the cases ahead of you were road accidents, that "
                "our locum was covering from another branch, that the card machine was playing up and that the bloods "
                "had to go to an outside lab, so the wait, while long, was simply how the morning unfolded."
            ),
            (
                "Ah look, the dryer went on the blink, the van was in the garage, there was a wedding in the family, "
                "the Christmas rush was on top of us like, and the little dog wouldn't stand still for the clippers, "
                "so between one thing and another sure it was never going to be done by four."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre message et pour la confiance que vous nous accordez depuis des années. Nous "
                "savons combien il est éprouvant d'attendre quand son animal souffre. Ce jour-là, il faut comprendre "
                "que nous avions deux urgences chirurgicales, que notre confrère de garde était bloqué sur l'A4 après "
                "un accident, que le logiciel de rendez-vous venait d'être mis à jour et n'affichait plus le planning, "
                "que la centrifugeuse du laboratoire était en panne et que nous accueillions trois stagiaires, si bien "
                "que ce retard était tout simplement inévitable. Votre chienne a été très courageuse et nous espérons "
                "la revoir bientôt en pleine forme."
            ),
            (
                "alors déjà y avait la grève des livreurs, le grossiste en rupture, le logiciel planté, la moitié de "
                "l'équipe avec la grippe et le marché des Capucins qui bloquait toute la rue 😩 donc bon le médicament "
                "pouvait pas être là hein 🤷"
            ),
            (
                "Le délai constaté s'explique par la conjonction de plusieurs facteurs : les exigences de la LAMal en "
                "matière de devis préalables, le temps de réponse des assurances complémentaires, la fabrication des "
                "prothèses par un laboratoire externe situé à Genève, la fermeture annuelle dudit laboratoire en "
                "juillet ainsi que la réorganisation du cabinet consécutive au départ à la retraite d'un associé. Ces "
                "éléments, indépendants de notre volonté, ont pesé sur l'ensemble de notre patientèle."
            ),
            (
                "Nous comprenons votre agacement, mais permettez-nous de rappeler que les verres sont taillés sur "
                "mesure dans un atelier lyonnais, que les transporteurs ont été perturbés par la neige sur l'A48, que "
                "la monture choisie était une édition limitée, que nos fournisseurs ferment entre Noël et le Nouvel An "
                "et que votre correction exigeait un traitement spécial, ce qui explique amplement les trois semaines "
                "d'attente."
            ),
            (
                "Bon, fallait comprendre que la route du littoral était fermée à cause de la houle, que le kiné "
                "arrivait de Saint-Leu, qu'on était en alerte orange cyclone, que le courant a sauté deux fois et que "
                "la personne d'avant est arrivée en retard, alors forcément tout a décalé."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for getting in touch, and for trusting us with your pets over the years — we know how much "
                "they mean to you. Our nurses love the cuddles we get from our regulars, and the team here in "
                "Fremantle work hard to keep every visit calm. No animal has ever been left unattended in our recovery "
                "ward, and what you describe simply did not happen. If there's anything else we can help with, please "
                "ring the clinic and we'll have a chat."
            ),
            "That never happened. Not in this office.",
            "nah nobody shaved ur dog without asking, didn't happen 🙅‍♂️ simple as",
            (
                "We categorically reject the assertion that any incorrect medication was dispensed from this pharmacy. "
                "The events described did not take place."
            ),
            (
                "With all due respect, ma'am, there's no way one of our staff spoke to you like that; it's just not "
                "something that happens here."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps d'écrire, c'est toujours précieux pour nous. Notre salon "
                "existe depuis bientôt vingt ans et nous avons vu défiler des centaines de toutous, chacun avec son "
                "caractère. Votre chien n'est jamais resté enfermé dans une cage pendant trois heures, cela ne s'est "
                "tout simplement pas produit chez nous. Nous vous souhaitons de belles balades au bord du lac et tout "
                "de bon à vous deux."
            ),
            "Aucune erreur n'a été commise. Point.",
            "non non non jamais on a changé vos verres sans vous dire 🙅🏽‍♀️ ça c pas vrai du tout",
            (
                "Le cabinet conteste formellement la version des faits exposée : aucun acte n'a été réalisé sans le "
                "consentement éclairé du patient, et les faits décrits n'ont jamais eu lieu."
            ),
            (
                "Sans vouloir vous contredire, il n'y a jamais eu de séance écourtée chez nous, ce n'est pas arrivé, "
                "ni ce jour-là ni un autre."
            ),
        ],
    },
}

BLIND98_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Really sorry you were kept waiting over half an hour, that's not on. We've changed how we book emergency "
            "slots so routine patients don't get bumped any more. If you'd like to talk it through, ring Claire, our "
            "practice manager, on 0151 496 0123 — she'd be glad to hear from you."
        ),
        (
            "Ah thanks a million! Your little fella was an absolute dote on the table and the girls were sorry to see "
            "him go. See you next time!"
        ),
        (
            "Thanks for the feedback, mate. Just so you know, our rewards card is free for everyone who shops with us "
            "— ask at the counter next time and you'll earn points on every purchase, reviews or no reviews."
        ),
        (
            "Thank you for stopping by! Just a heads-up for everybody: we're now open Saturdays 9 to 1 at 220 "
            "Peachtree Street, and you can always reach us at 404-555-0110 or hello@peachtreeeyes.com."
        ),
        (
            "Made up to read this! We'll make sure Siobhan sees it — she's been a nurse here for fifteen years and "
            "still goes soft over every kitten. Thanks for trusting us."
        ),
        (
            "You're right, and we're sorry. Ciarán gave you the wrong appointment time, but that's on us as a clinic — "
            "our booking process should have caught it. We've added a text confirmation to every booking so it can't "
            "happen again, and the missed session won't be charged."
        ),
        (
            "Sorry the nail trim wasn't up to scratch. We've already refunded the full amount, and if you ever fancy "
            "giving us another go, we'd love to show you we can do better."
        ),
        (
            "We're truly sorry for the wait on Monday. Our pharmacist was called away for a family emergency and we "
            "couldn't get cover in time. That's no excuse for not telling you sooner, and we've set up a text alert "
            "for delays."
        ),
        (
            "Thanks for raising this. Under our terms of treatment, any crown that fails within two years is replaced "
            "at no cost, so please do call us on 021 490 0000 and we'll get you booked in."
        ),
        (
            "Sorry for the confusion over the bill. Most private health insurers cover our sessions, and we're happy "
            "to send the paperwork straight to yours — just email accounts@merseyphysio.co.uk and we'll sort it."
        ),
        (
            "We're so sorry your car was broken into in our car park during your appointment. We've handed our CCTV "
            "footage to WA Police and can give you their reference for your insurer — give us a ring and we'll pass it "
            "on."
        ),
        (
            "Thanks for the lovely review! We'd say we saw it coming, but we're opticians, so we only spotted it once "
            "we'd found our own glasses. 😄"
        ),
        (
            "Thank you for the three stars and for being honest about the parking. We're working with the landlord on "
            "more spaces out front, and we hope to earn a few more stars next time."
        ),
        (
            "Thanks for your review. Our system shows the prescription came through from the surgery late on Thursday, "
            "which may be why it wasn't ready earlier — but we'd really like to understand what happened from your "
            "side. Could you pop in or ring us on 0151 496 0456 so we can look into it together?"
        ),
        (
            "We're so sorry for your loss. She was a gentle old girl and it was a privilege to look after her. "
            "Thinking of you all at this hard time."
        ),
        "Congrats on finishing the City to Surf! All those early sessions paid off. The whole team's cheering for you.",
        (
            "We understand it was frustrating not to be able to stay with your pup during the groom. We ask owners to "
            "wait outside because lots of dogs get excited and wriggle when they see their people, which makes "
            "scissors a lot riskier. We'd be glad to send you photos while we work next time."
        ),
        (
            "Sorry the new price for check-ups came as a surprise. Our lab and material costs went up this year and we "
            "should have let everyone know sooner — the full price list is now on our website and in reception."
        ),
        "Cheers, appreciate it!",
        (
            "Thank you for sharing your experience. We apologize that your order was delayed. Our customer care team "
            "would welcome the opportunity to resolve this directly; please contact us at 1-800-555-0199, Monday "
            "through Friday, 8 a.m. to 6 p.m. Eastern."
        ),
        "Ah you're very good to say it. Sure it's a pleasure looking after you. Mind yourself now!",
        (
            "Thank y'all so much! Just so everyone knows, our refer-a-friend program gives both families $15 off their "
            "next visit, no strings attached — have your friend mention you at check-in."
        ),
        "Thanks so much! Eoin will be delighted — he's only been with us since September and he's already got fans.",
        (
            "Thanks for the feedback. We don't quite see it the same way — our notes show the options and costs were "
            "talked through before treatment — but we'd really like to hear more. Could you give our practice manager "
            "Priya a ring on (08) 9555 0123?"
        ),
        (
            "Sorry, that's not the cut you asked for, and we should have checked with you before going shorter. We'd "
            "like to tidy it up free of charge with a proper chat first — ring the salon and we'll fit you in this "
            "week."
        ),
        (
            "Sorry for any upset at the counter. By law we have to ask a few questions before selling some "
            "painkillers, and it's for everyone's safety, not because we doubted you. We'll make sure it's explained "
            "more gently."
        ),
        (
            "We appreciate your feedback. Federal privacy rules mean we can't discuss any treatment details here, but "
            "our office manager would be glad to go over your statement with you privately. Please call 706-555-0142."
        ),
        (
            "Thanks for the lovely words! Our coffee machine was a lot less flexible than our patients that morning — "
            "a new one's on the way."
        ),
        (
            "We're sorry about the double charge. That's been refunded in full and should show in 3 to 5 business "
            "days. Please let us know if it doesn't."
        ),
        "Thanks heaps! Glad the new specs are treating you well. Enjoy the sharper view of the Swan.",
        "We're heartbroken for you. Thank you for letting us be part of his life — our thoughts are with your family.",
        (
            "Congratulations on the wedding! We're so glad you were happy with your smile for the big day. Wishing "
            "y'all every happiness."
        ),
        (
            "Sorry about the price going up — our rent and insurance both jumped this year. We know it's not welcome "
            "news, and we've kept a lower rate for small breeds."
        ),
        (
            "Apologies for running late on Saturday. An earlier patient had a fall in the clinic and needed looking "
            "after, and we should have updated the waiting room. We've since put a delay board up at reception."
        ),
        "Five stars, sure we'll take it! Thanks a mil, we'll pass it on to the whole team.",
        (
            "Thank you for your positive review. We are pleased our team met your expectations and will share your "
            "comments with colleagues at our Bold Street branch."
        ),
        (
            "We understand your concern about how your dog was handled. Our grooming room has CCTV for everyone's "
            "peace of mind, and we'd be glad to sit down and watch the footage with you. Please call us at "
            "912-555-0176 to set a time."
        ),
        (
            "Thanks for the review. For what it's worth, the frames were fitted to the measurements on the day, but "
            "faces can settle differently, and we'd be happy to check them again at no cost. Call in anytime."
        ),
        "Thanks for the feedback. We'll look into it.",
        (
            "Thanks so much! Everyone who buys glasses with us gets a free clean-and-adjust for life — no catch, "
            "whether you leave us a review or not. Pop in any time, la."
        ),
    ],
    "fr": [
        (
            "Bonjour, nous sommes sincèrement désolés pour cette heure d'attente, ce n'est pas acceptable. Nous avons "
            "revu l'organisation des urgences pour que cela ne se reproduise pas. Si vous le souhaitez, appelez "
            "directement notre secrétariat au 05 56 00 00 00, nous prendrons le temps d'en discuter."
        ),
        (
            "Mèsi beaucoup pour ce joli message ! Nous étions ravis de chouchouter votre petite boule de poils. À la "
            "prochaine, et bon week-end sous le soleil !"
        ),
        (
            "Merci pour votre retour. Pour information, notre carte de fidélité est gratuite et ouverte à tous nos "
            "clients : elle donne droit à 5 % sur la parapharmacie, que vous laissiez un avis ou non."
        ),
        (
            "Merci de votre visite ! Nous rappelons que le magasin est désormais ouvert le samedi de 9h à 17h, à la "
            "rue de Bourg 12, et joignable au 021 555 01 23."
        ),
        (
            "Merci pour ce gentil mot ! Nous transmettons vos compliments à Camille, notre auxiliaire, qui a su "
            "rassurer votre chat avec beaucoup de douceur."
        ),
        (
            "Vous avez raison, et nous vous présentons nos excuses. C'est Julien qui vous a communiqué le mauvais "
            "horaire, mais la responsabilité en revient au cabinet : notre système de rappel aurait dû éviter cette "
            "erreur. Nous avons mis en place un SMS de confirmation, et la séance manquée ne vous sera pas facturée."
        ),
        (
            "Nous sommes désolés pour ce souci de monture. Le remboursement a déjà été effectué, et nous restons à "
            "votre disposition si vous souhaitez revenir nous voir à Saint-Pierre."
        ),
        (
            "Toutes nos excuses pour l'attente de samedi matin. Une urgence chirurgicale est arrivée juste avant votre "
            "rendez-vous, et nous aurions dû vous prévenir plus tôt. Nous y veillerons."
        ),
        (
            "Merci pour votre message. Selon nos conditions générales, les couronnes sont garanties deux ans ; "
            "n'hésitez donc pas à nous appeler au 021 555 02 34 pour que nous la remplacions sans frais."
        ),
        (
            "Désolés pour la confusion sur la facture. Nos séances sont prises en charge par l'Assurance Maladie sur "
            "prescription, et nous pouvons transmettre directement les documents à votre mutuelle ; écrivez-nous à "
            "contact@kine-bastille.fr."
        ),
        (
            "Nous sommes navrés pour le vol dont vous avez été victime devant l'officine. Nous avons transmis les "
            "images de notre caméra à la police, et nous pouvons vous fournir une attestation pour votre assurance si "
            "besoin."
        ),
        (
            "Merci pour ce bel avis ! Promis, la prochaine fois on fera réparer la clim avant que le kiné ne fonde "
            "plus vite que vos tensions musculaires 😄"
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques sur l'accueil. Nous en tenons compte et espérons faire "
            "mieux lors de votre prochain passage."
        ),
        (
            "Merci pour votre avis. D'après nos registres, l'ordonnance nous est parvenue en fin de journée, ce qui "
            "peut expliquer le délai, mais nous aimerions comprendre ce qui s'est passé de votre côté. Pouvez-vous "
            "passer nous voir ou nous appeler au 04 76 00 00 00 ?"
        ),
        (
            "Nous sommes profondément touchés par votre message et partageons votre peine. C'était un chien adorable, "
            "et ce fut un honneur de l'accompagner jusqu'au bout. Nous pensons bien à vous."
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes ravis que votre sourire ait été à la hauteur de cette "
            "belle journée."
        ),
        (
            "Nous comprenons qu'il soit frustrant de ne pas pouvoir rester pendant la toilette. Nous le demandons "
            "parce que beaucoup de chiens s'agitent en voyant leur maître, ce qui rend les ciseaux plus dangereux. "
            "Nous vous enverrons volontiers des photos pendant la séance la prochaine fois."
        ),
        (
            "Nous sommes désolés que la hausse de nos tarifs vous ait surpris. Le coût des verres et de l'énergie a "
            "fortement augmenté cette année, et nous aurions dû l'annoncer plus clairement ; les nouveaux prix sont "
            "désormais affichés en vitrine."
        ),
        "Merci beaucoup, à bientôt !",
        (
            "Madame, Monsieur, nous vous remercions de votre message et vous prions d'accepter nos excuses pour le "
            "désagrément subi. Notre pharmacienne responsable se tient à votre disposition au 021 555 03 45 afin "
            "d'examiner la situation avec vous."
        ),
        "Oté, mèsi pou out gentil message ! Toute l'équipe lé contente. À la prochaine !",
        (
            "Merci ! Pour information, notre programme de parrainage est ouvert à tous : chaque client qui nous "
            "recommande à un proche reçoit, comme lui, un étui offert."
        ),
        "Merci gavé ! On dira à Léa que votre chien est reparti tout beau, elle sera ravie.",
        (
            "Merci pour votre retour. Nous ne partageons pas tout à fait votre lecture, le déroulé des séances ayant "
            "été présenté lors du premier rendez-vous, mais nous serions heureux d'en reparler avec vous. Vous pouvez "
            "nous joindre au 021 555 04 56."
        ),
        (
            "Désolés, la coupe n'est pas celle que vous aviez demandée et nous aurions dû vérifier avec vous. Nous "
            "vous proposons une reprise gratuite, avec un vrai temps d'échange avant ; appelez le salon et nous vous "
            "trouverons un créneau cette semaine."
        ),
        (
            "Désolés si nos questions au comptoir vous ont gêné. Pour certains médicaments, nous sommes tenus de "
            "vérifier quelques points avant la délivrance ; c'est pour votre sécurité, pas par méfiance. Nous "
            "veillerons à l'expliquer avec plus de tact."
        ),
        (
            "Nous vous remercions pour votre avis. Le secret médical nous interdit d'évoquer ici le détail des soins, "
            "mais notre praticien se tient à votre disposition pour en parler lors d'un rendez-vous au cabinet."
        ),
        (
            "Merci pour ce beau commentaire ! Nous l'avons lu trois fois… et avec nos lunettes, pour être sûrs de bien "
            "voir 😄"
        ),
        (
            "Nous sommes désolés pour ce double débit. Il a été remboursé intégralement et devrait apparaître d'ici "
            "quelques jours sur votre relevé."
        ),
        (
            "Merci pour votre confiance ! Nous sommes heureux que votre chat aille mieux. Bonne fin de journée à vous, "
            "depuis Saint-Denis."
        ),
        (
            "Toutes nos pensées vous accompagnent. Nous avons eu la chance de la pomponner pendant tant d'années ; "
            "elle nous manquera aussi."
        ),
        "Bravo pour votre Grand Raid ! Toute l'équipe est fière d'avoir participé un peu à la préparation.",
        (
            "Nous vous présentons nos excuses pour cette hausse qui vous a surpris. Nos loyers et nos charges ont "
            "augmenté cette année ; nous avons toutefois maintenu un tarif réduit pour les petits chiens."
        ),
        (
            "Pardon pour ce retard. Un chien a été amené en urgence juste avant vous, et nous aurions dû vous en "
            "informer. Nous prévenons désormais systématiquement les personnes en salle d'attente."
        ),
        "Merci pour les cinq étoiles ! Toute l'équipe du cabinet vous remercie.",
        (
            "Nous vous remercions pour votre commentaire positif. Nous le partagerons avec l'ensemble de l'équipe de "
            "l'officine."
        ),
        (
            "Nous comprenons votre inquiétude. Notre salle de toilettage est équipée d'une caméra, et nous serions "
            "heureux de visionner les images avec vous ; appelez-nous au 021 555 05 67 pour convenir d'un moment."
        ),
        (
            "Merci pour votre avis. De notre côté, les verres ont été ajustés selon les mesures prises ce jour-là, "
            "mais la vue peut évoluer et nous serions ravis de les vérifier à nouveau, sans frais. Passez quand vous "
            "voulez."
        ),
        "Merci pour votre retour, nous allons regarder cela.",
        (
            "Merci beaucoup ! Tous nos clients lunettes bénéficient d'un nettoyage et d'un ajustement gratuits à vie, "
            "avis ou pas avis. Passez quand vous voulez, rue Sainte-Catherine."
        ),
    ],
}
