"""Blind reply set, round 78: owner replies the pre-post check has never seen.

Who and when: written by helper b78, an independent writer, on 2026-12-05,
for the pre-post reply check.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of local bank branches, insurance brokers, phone repair shops, dry
cleaners and florists.  Each French reply was written directly in French, not
translated.  The writer read only the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (to copy its format) and the
[tool.ruff] section of pyproject.toml; it also opened the workplace's
environment README (/work/.library/env/README.md, a description of the
machine, not of this project) before starting.  It did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree or the git
history; did not run the check, any test or any bench on these replies (only
a syntax parse, a count of entries and ruff); and did not search the code.
Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: corporate and cautious, some terse; French from Paris and Quebec;
English from London and Australia; a few slangy or veiled replies; and, for
every code and language, one long warm reply (the first of each list) whose
fault sits in a single sentence in the middle.  Good replies include apologies,
thanks, corrective action, taking it offline with the business's own contact,
loyalty schemes and offers open to everyone, staff praised by first name, an
employee's mistake owned by the business, condolences, safety rules explained
kindly, polite factual corrections and humour at the business's own expense,
plus look-alikes that share words with the faults (legal rights, CCTV and the
police mentioned to help, "we know how important...", a named employee
praised, one honest reason with an apology, records checked politely).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND78_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your visit to our Islington shop. We know how nerve-racking it is to hand over a wedding dress two days before the big day, and we're delighted Marta managed to lift the red wine from the lace without a trace. Should you feel able to bump this review up to five stars, we'll clean your next three garments free of charge as a thank-you. The photos of the day must be gorgeous, and we'd love to see one if you're happy to share. Wishing you both every happiness.",
            "Thank you for your feedback. Customers who update their rating to 5 stars are eligible for a £25 credit on their next repair.",
            "Cheers for the honest words, fair enough. Tell you what, if this review's looking a bit sunnier by Friday, your next screen protector's on the house.",
            "We note your comments regarding the renewal process. Please be advised that clients who revise their published rating may qualify for a reduction in our broker fee at their next renewal.",
            "Aw sorry the peonies drooped love 💐 delete this one and your next bunch is on us, promise x",
        ],
        "fr": [
            "Bonjour Madame, et merci infiniment pour ce message si chaleureux après le mariage de votre fille. Composer les centres de table avec des renoncules et de l'eucalyptus a été un vrai bonheur pour toute l'équipe de la boutique de la rue des Martyrs. Si vous pouviez faire passer votre avis de quatre à cinq étoiles, nous vous offririons volontiers la composition de votre choix pour la fête des Mères. Nous sommes très touchés que les invités soient repartis avec les bouquets. Encore toutes nos félicitations aux jeunes mariés !",
            "Merci ben gros! Mets-nous 5 étoiles pis ta prochaine vitre d'écran est à moitié prix, c'est pas plus compliqué que ça 😉",
            "Nous prenons note de vos remarques. Une exonération des frais de tenue de compte pour l'année en cours pourra vous être accordée après modification de votre évaluation.",
            "Nous serions ravis de vous faire profiter d'un petit geste sur votre prochain dépôt, une fois ce commentaire revu à la hausse.",
            "Retirez cet avis et nous créditerons 50 $ sur votre prochaine prime.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your experience at our Clapham branch, and we're genuinely sorry the mortgage appointment ran so late. Our advisers work hard to give every customer the attention they deserve, and we appreciated your patience while the system was being updated. We must point out that our legal team has reviewed your post and will be in touch if the allegations about our staff remain online. We'd still very much like to welcome you back and put things right. Kind regards, the branch team.",
            "Mate, we've got you on CCTV and we know exactly who you are. Might want to rethink that review.",
            "Please be aware that statements of this nature may constitute defamation, and we reserve all rights to pursue this matter through the appropriate channels.",
            "It's a small neighbourhood and people talk. We'd be careful about what you post next.",
            "Remove this by Monday or it goes to our solicitors.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire au sujet du renouvellement de votre assurance habitation. Nous comprenons que la hausse de prime ait été une mauvaise surprise, surtout après une année sans réclamation. Sachez toutefois que notre avocat a été avisé de vos propos et qu'une mise en demeure pourrait suivre si ce commentaire n'est pas retiré. Notre équipe de Laval a toujours eu à cœur de vous trouver la meilleure couverture au meilleur prix. Nous restons disponibles pour revoir votre dossier ensemble.",
            "Nous savons parfaitement qui vous êtes, Monsieur, et nous n'hésiterons pas à le faire savoir dans le quartier.",
            "Nous vous rappelons que la diffusion de propos diffamatoires à l'encontre de notre établissement est passible de poursuites. Votre message a été transmis à notre service juridique.",
            "Fais attention à ce que t'écris, on a ta face sur la caméra pis on connaît ton char.",
            "Avis signalé. Suites judiciaires en cours.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your thoughtful review, and we're sorry the claim on your car took longer than you'd hoped. We understand how stressful it is to be without a vehicle, and our team chased the insurer several times a week on your behalf. As you'll recall, after your accident on the A40 on 14 March and your whiplash treatment at the Royal Free, the medical reports took almost six weeks to arrive. We're glad it's now settled and hope you're back on the road comfortably. Do pop in whenever you need us.",
            "Hi Jess, your iPhone was booked in under 0412 555 318 on Tuesday at 3:15pm and the tech notes say water damage, so not sure what you're on about.",
            "We have reviewed your account and can confirm that the overdraft fee was correctly applied following three declined direct debits last month.",
            "Mrs Whitfield, your suit was ready for collection on the 9th and we left two voicemails on your mobile ending 774.",
            "The flowers were delivered to 12 Rosebery Avenue at 10:42 and signed for by your neighbour at number 14.",
        ],
        "fr": [
            "Madame, nous vous remercions sincèrement pour votre message et regrettons l'attente que vous avez subie à l'agence de la place d'Italie. Nous savons combien il est important d'obtenir rapidement une réponse quand on prépare un projet immobilier. Votre dossier de prêt pour l'appartement du 47 rue Bobillot, avec votre apport de 38 000 euros, a d'ailleurs bien été transmis au service crédit le 3 février. Votre conseillère se tient à votre disposition pour faire le point avec vous. Bien cordialement.",
            "Allo Kevin, ton Samsung est rentré le 12 avec ton numéro 514 555-0187 pis l'écran était déjà fendu, c'est écrit dans le dossier.",
            "Nous confirmons que votre dossier de sinistre relatif au dégât d'eau du 4 avril dans votre sous-sol de la rue Fleury a été traité dans les délais prévus.",
            "La couronne a bien été livrée pour les obsèques de votre mère au crématorium du Père-Lachaise le jeudi 9 à 14 h, comme convenu.",
            "Votre ticket du 18 mars indique bien un dépôt à 9 h 12 et un retrait prévu le lendemain, Monsieur Lefèvre.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks very much for stopping by our Camden shop, and we're sorry your battery replacement didn't go as smoothly as you'd hoped. We test every handset before it goes back to its owner, and we'd be glad to take another look free of charge. Frankly, though, we think you're making up the part about the cracked screen to get a refund you're not owed. Our door is open Monday to Saturday if you'd like to bring it back in. Thanks again for your custom.",
            "Honestly, you sound like a nightmare to deal with. No wonder nobody sends you flowers.",
            "We find it regrettable that certain customers choose to publish statements they know to be untrue in the hope of financial gain.",
            "This review is dishonest and written in bad faith.",
            "Proper chancer, aren't you, trying it on for a free clean.",
        ],
        "fr": [
            "Bonjour Monsieur, merci d'avoir pris le temps de nous laisser votre avis sur le nettoyage de votre manteau en laine. Nous apportons un soin particulier à chaque pièce, et nous comprenons votre attachement à ce vêtement. Il faut cependant dire que vous mentez effrontément sur l'état dans lequel vous nous l'avez confié. Nous restons néanmoins à votre écoute en boutique, du mardi au samedi, pour en discuter calmement. Belle journée à vous.",
            "Franchement, t'es juste un chialeux de mauvaise foi, pis tout le monde le sait dans le quartier.",
            "Nous déplorons que certains clients peu scrupuleux utilisent les avis en ligne pour tenter d'obtenir des remboursements indus.",
            "Vu le ton de votre message, on comprend mieux pourquoi votre bouquet n'a pas fait plaisir.",
            "Avis mensonger d'un client de mauvaise foi.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for your message, and happy belated anniversary to you both! We put a lot of love into every arrangement that leaves our Fitzroy shop, and native proteas and wattle are among our favourites to work with. Oh, and congratulations on being the first person in twenty years to discover that flowers wilt when you leave them in a hot car all afternoon. We'd be glad to help with your next occasion whenever you're ready. Warm regards from the team.",
            "Wow, two stars because we couldn't fix a phone you dropped in the Thames. Truly groundbreaking stuff.",
            "We are, of course, deeply grateful for your expert insight into how a bank branch ought to be run.",
            "Yeah nah, shocking that a thirty-year-old silk shirt didn't come back brand new. Who'd have thought.",
            "Noted. We'll alert the Nobel committee.",
        ],
        "fr": [
            "Bonjour et merci pour votre commentaire au sujet de la livraison de la Saint-Valentin. Nous savons à quel point ce moment compte, et toute l'équipe de la boutique sur Saint-Denis a travaillé jusqu'aux petites heures pour que chaque bouquet soit parfait. Bravo d'ailleurs pour cette découverte fascinante : les roses coûtent plus cher le 14 février, qui l'eût cru. Nous espérons avoir le plaisir de vous servir de nouveau. Bonne fin de semaine !",
            "Merci infiniment pour cette leçon de gestion bancaire, nous transmettons bien sûr votre CV à la direction générale.",
            "Ah ben là, c'est sûr que c'est de notre faute si ton cell a pris une débarque dans la toilette. Évidemment.",
            "Quelle surprise, un pressing qui repasse les chemises… Vous avez dû être choqué.",
            "Nous saluons votre remarquable expertise en droit des assurances.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for your kind words about the branch's new opening hours, and we're very sorry that your international transfer was delayed. We know how important it was to get the funds to your family in time, and we've since checked every step of the process. The delay was entirely down to Gareth, our cashier, who keyed in the wrong sort code and has now been given a formal warning. We've put extra checks in place so it won't happen again, and we hope to see you soon. Best wishes, the branch manager.",
            "That was Dylan's job, he's new and clearly not up to it. He's been taken off repairs.",
            "Following an internal review, we can confirm the error was made by our account executive, Ms Priya Shah, who has been removed from your file and is subject to disciplinary proceedings.",
            "Sorry about the shrunken jumper, Kasia on the Saturday shift ignored the care label again. She's been spoken to.",
            "Tom mixed up the orders. He no longer works here.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après la réparation de votre téléphone dans notre boutique du boulevard Voltaire. Nous savons à quel point il est pénible de se retrouver sans téléphone, même pour une journée. C'est Julien, notre technicien, qui a oublié de reconnecter la nappe de la caméra, et il a été sanctionné pour cette négligence. Nous vous invitons à repasser quand vous le souhaitez pour une vérification gratuite. Merci encore de votre confiance.",
            "L'erreur vient de Mélanie au comptoir, qui n'a pas suivi la procédure. Son cas est présentement traité par les ressources humaines.",
            "Après vérification, il apparaît que M. Arnaud Delcourt, chargé de clientèle, n'a pas transmis votre déclaration dans les délais. Des mesures ont été prises à son encontre.",
            "Désolé pour le bouquet, c'est Sophie qui s'est trompée de couleurs, encore une fois. On va la surveiller de près.",
            "Faute de Karim. Il a été mis à pied.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks heaps for the review, and we're sorry your suit wasn't ready on Thursday as promised. We really value our regulars, and you've been coming to us for years. The thing is, our steam press broke down on Tuesday, the technician couldn't come until Wednesday arvo, two staff were off with the flu, the supplier sent the wrong solvent and the school holidays left us short-handed all week, so it really wasn't down to us. It's all sorted now and we'd love to see you again. Cheers, the team.",
            "The delay was caused by a combination of factors, including a national systems upgrade, enhanced regulatory checks, an unusually high volume of appointments, staff training commitments, the bank holiday weekend and a temporary fault with the branch's card reader, none of which were within the branch's control.",
            "Look, parts come from overseas, customs held them up, the courier lost a box, the replacement screen was faulty, our tech was at his sister's wedding, then the power went out in the arcade. Not much we could do.",
            "We wish to explain that the insurer changed its underwriting criteria, the reinsurance market hardened, inflation increased rebuild costs, the flood maps were updated, your postcode was reclassified and our software provider introduced a new rating engine, which together account for the increase.",
            "Valentine's Day. Roads closed. Van broke down. Two drivers off sick. Wholesaler short on roses. Card machine down. Not our fault.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre avis, on est désolés que votre tablette ait pris plus de temps que prévu. On sait que c'est l'outil de votre garçon pour l'école, pis on voulait vraiment vous la remettre vite. Faut comprendre que la pièce venait de Chine, que la tempête a fermé l'autoroute 20 pendant deux jours, que notre fournisseur a changé de système, que le technicien était en congé de paternité et qu'en plus on déménageait l'atelier cette semaine-là. Tout est revenu à la normale, on espère vous revoir bientôt. Bonne journée !",
            "Ce délai s'explique par la migration de nos systèmes informatiques, le renforcement des contrôles réglementaires, l'absence simultanée de plusieurs collaborateurs, les travaux de rénovation de l'agence, les grèves de transport et le pont de l'Ascension.",
            "Il faut savoir que la machine était en panne, que le livreur de cintres était en retard, que notre fournisseur de solvant a augmenté ses prix, qu'il faisait une chaleur insupportable, que la rue était en travaux et que votre tache était de toute façon très ancienne.",
            "La hausse est due à l'inflation, aux changements climatiques, au nombre record de réclamations, aux nouvelles normes de construction, à la réévaluation de votre secteur et au coût des matériaux ; rien de tout ça ne dépend de nous.",
            "Fête des Mères, rupture de pivoines, camion en panne, livreur malade, périphérique bouché. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "G'day, and thanks for taking a moment to share your thoughts about our Parramatta office. We always try to make the claims process as simple as possible, and our team genuinely enjoys helping local families and small businesses. However, no one here ever told you that your policy covered flood damage; that conversation simply did not happen. We're always happy to go through your cover with you again. Kind regards, the team.",
            "This never happened. Every phone leaves our shop fully tested, so the fault you describe cannot have come from us.",
            "We have no record of the incident you describe, and we can confirm that no member of staff at this branch would ever have refused to serve you.",
            "Nah, that stain wasn't there when it left us. Simple as.",
            "We deny this entirely. The bouquet was perfect.",
        ],
        "fr": [
            "Bonjour Madame, merci pour votre message et pour la confiance que vous nous accordez depuis de nombreuses années. Nous savons combien un sinistre peut bouleverser le quotidien, et notre cabinet met un point d'honneur à accompagner chacun de ses clients. Néanmoins, personne chez nous ne vous a jamais promis une prise en charge intégrale, c'est tout simplement faux. Nous restons à votre disposition pour relire votre contrat ensemble. Bien à vous.",
            "Ce que vous décrivez n'est jamais arrivé à notre succursale. Aucuns frais cachés n'ont été facturés.",
            "Impossible. Nos fleurs sont livrées fraîches, point final.",
            "Voyons donc, ton écran était pas de même quand t'es reparti, c'est pas nous autres.",
            "Nous contestons formellement votre version des faits : aucun vêtement n'a été égaré dans nos locaux.",
        ],
    },
}

BLIND78_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for your review. We're sorry the queue at our Brixton branch was so long on Friday; we've since added a second cashier at lunchtimes. If you'd like to discuss anything further, please call the branch on 020 7946 0123.",
        "Thanks for the five stars! Our loyalty card gives every customer their tenth shirt cleaned free, whether or not they ever leave a review.",
        "We're truly sorry for your loss, and we hope the arrangement brought some comfort on the day. Please don't hesitate to get in touch if there's anything else we can do.",
        "Thank you for the kind words about Aisha. She'll be thrilled to hear she made your first mortgage appointment so easy.",
        "You're right, and we apologise. Our technician didn't reseat the battery connector properly; that's our mistake, not yours, and we've refunded the repair in full.",
        "Cheers for the feedback. For safety reasons we can't open a phone with a swollen battery at the counter, as it can catch fire, so those always go to our sealed workshop. Sorry for the extra wait, and thanks for understanding.",
        "Thanks heaps! Glad the roses made her day 🌹",
        "We appreciate your feedback. For clarity, the renewal notice was sent 30 days before expiry, but we understand it may have gone astray and we're sorry for the stress this caused. Please ring us on 1300 555 014 and we'll go through your options.",
        "Our stain remover is good, but clearly not as good as the sign in our window claims. Apologies! We'll have another go at your blazer free of charge.",
        "Thank you. We take any comment about staff conduct seriously, and the branch manager would like to hear more. Please email the branch team through the contact page on our website so we can look into it privately.",
        "We understand you were worried about the legal side of your claim. Our team can explain your rights under the policy and, if needed, point you to the Financial Ombudsman Service, which is free to use.",
        "For your security, we never discuss account details in a public forum. Please pop into the branch with ID or give us a call, and we'll look into it together.",
        "Our van apparently has a better sense of direction than our driver did on Saturday. We're sorry the delivery went to the wrong street, and we've credited the delivery fee back to you.",
        "Big thanks from all of us to Liam for staying late to get your phone sorted before your flight. He's a legend.",
        "We're sorry your order went to the wrong address. The mix-up was ours as a business, and we've changed how we label every order so it can't happen again.",
        "Thank you for your feedback. We have passed it to the branch manager.",
        "Sorry about that. Give us a ring and we'll fix it.",
        "We're sorry to read about your experience. While we're unable to comment on individual policies here, we'd welcome the chance to review the matter with you. Please contact our complaints team on 0800 555 0199.",
        "We've checked our records and can't find a booking under that name, so it may have been made at our other shop. We'd really like to get to the bottom of it, so please email us your ticket number.",
        "Thank you for the lovely review! Our spring offer, 15% off all bouquets for everyone until the end of April, is in the window if you fancy popping in again.",
        "We're sorry your order was late. Our wholesaler's delivery didn't arrive that morning, but that's no excuse for not calling you, and we should have. We've refunded the delivery fee.",
        "Thanks for coming in, mate. Sorry the screen protector lifted at the corner; drop back in and we'll swap it for free, no questions asked.",
        "Thank you for your patience while we moved. The branch is now on the high street opposite the library, open 9 to 5 on weekdays.",
        "Please accept our deepest sympathy. It was an honour to prepare the flowers for your father's service.",
        "We're sorry you had to wait outside during the alarm test. Our fire procedures require everyone to leave the branch until the all-clear, but we know it was cold, so future tests will take place outside opening hours.",
        "We hear you on the prices. Our solvent costs rose this year and we're sorry we didn't explain the change at the counter. Pensioners still get 10% off every Tuesday.",
        "Tom has been mentioned in several reviews this month, all of them glowing. Thank you for taking the time to name him; we've passed your message on.",
        "Your point about the step at our front door is fair. We've ordered a portable ramp, and it will be in place next month.",
        "Thanks for the five stars, much appreciated.",
        "We're sorry your claim felt slow. Your broker will call you this week with an update, and you can reach the office any time on our main line.",
        "We're disappointed to read this, and we don't doubt it was a frustrating afternoon. We'd welcome the chance to understand what went wrong.",
        "Our shop cat has clearly been supervising the ironing again. We're sorry about the hair on your coat, and we'll re-clean it free of charge.",
        "We're very sorry your umbrella went missing in the branch. If you decide to report it, we'll gladly share our CCTV footage with the police.",
        "We know how important your phone is for your work, and we're sorry the repair took three days instead of one.",
        "We acknowledge that the advice provided at your appointment did not meet our standards. A senior adviser has reviewed your case and will contact you to discuss redress.",
        "Thanks for the honest review. The gerberas should have lasted longer than two days, so we've put a fresh bunch aside for you; just swing by whenever suits.",
        "Every repair comes with a 12-month warranty for all customers, so if the charging port plays up again, just bring it back with your receipt.",
        "We respectfully see it a little differently: the quote covered the screen only, not the back glass. That said, we should have made it clearer, and we're sorry for the confusion. Call in and we'll go over it with you.",
        "Congratulations on your new home! It was a pleasure helping you arrange the buildings cover.",
        "Thank you. Your comments have been shared with our regional team.",
    ],
    "fr": [
        "Merci pour votre avis. Nous sommes désolés de l'attente à l'agence samedi matin ; un deuxième conseiller sera désormais présent le samedi. Vous pouvez joindre l'agence au numéro indiqué sur notre fiche.",
        "Merci beaucoup ! Notre carte de fidélité est offerte à tous nos clients : au dixième passage, une chemise est nettoyée gratuitement.",
        "Toutes nos condoléances, Madame. Ce fut un honneur de préparer la gerbe pour votre mari.",
        "Un grand merci pour vos mots sur Nadia ; elle sera ravie de savoir que son accueil vous a mis à l'aise.",
        "Vous avez raison et nous vous présentons nos excuses. Notre technicien a mal refermé le boîtier ; c'est notre erreur, et la réparation vous a été remboursée intégralement.",
        "Merci ben gros pour le beau commentaire, ça fait chaud au cœur à toute l'équipe !",
        "Désolés de vous avoir fait attendre. Pour des raisons de sécurité, on n'ouvre pas en boutique un téléphone dont la batterie est gonflée, parce qu'elle peut prendre feu. Merci de votre compréhension.",
        "Nous vous remercions pour votre retour. Pour être précis, l'avis d'échéance vous a été adressé deux mois avant le renouvellement, mais nous comprenons qu'il ait pu vous échapper et nous en sommes désolés. N'hésitez pas à nous appeler pour revoir votre contrat ensemble.",
        "Notre détachant fait des miracles, sauf visiblement sur votre veste… Toutes nos excuses, nous la reprenons gratuitement.",
        "Nous prenons très au sérieux ce que vous décrivez. Pourriez-vous écrire à notre service clients, via le formulaire de notre site, afin que nous puissions en parler directement ?",
        "Nous comprenons vos inquiétudes sur les démarches juridiques. Notre cabinet peut vous expliquer vos droits et, au besoin, vous orienter vers le médiateur de l'assurance, dont le recours est gratuit.",
        "Pour protéger vos informations, nous ne commentons jamais un dossier personnel en public. Passez nous voir en agence ou appelez votre conseiller, et nous regarderons cela ensemble.",
        "Notre GPS semble avoir pris congé samedi passé 😅 Toutes nos excuses pour la livraison sur la mauvaise rue ; on vous a remboursé les frais.",
        "Un gros merci à Olivier d'être resté après la fermeture pour réparer votre cell avant votre vol. C'est un as !",
        "Nous sommes désolés que votre commande ait été livrée à une autre adresse. L'erreur est la nôtre, et nous avons revu notre étiquetage pour que cela ne se reproduise pas.",
        "Merci pour votre retour, transmis à la direction de l'agence.",
        "Désolés pour le trouble. Appelez-nous, on va arranger ça.",
        "Nous regrettons votre expérience. Sans pouvoir commenter un contrat en particulier sur cette plateforme, nous souhaitons réexaminer la situation avec vous. Notre service réclamations est joignable au numéro figurant sur notre site.",
        "Après vérification, nous ne retrouvons pas de dépôt à ce nom dans cette boutique ; il a peut-être été fait dans notre autre magasin. Nous tenons à vous aider : pourriez-vous nous transmettre le numéro de ticket par courriel ?",
        "Merci pour ce joli avis ! Jusqu'à fin mai, toutes nos compositions sont à -15 % pour tout le monde, n'hésitez pas à repasser.",
        "Nous sommes désolés du retard. Notre grossiste n'a pas été livré ce matin-là, mais nous aurions dû vous prévenir et nous ne l'avons pas fait. Les frais de livraison vous ont été remboursés.",
        "Merci d'être passé ! Désolés que la pellicule protectrice ait décollé ; reviens quand tu veux, on te la change gratis.",
        "Merci de votre patience pendant notre déménagement. La succursale est maintenant sur la rue Saint-Hubert, ouverte du lundi au vendredi de 9 h à 17 h.",
        "Sincères sympathies à vous et à votre famille. Nous espérons que les fleurs ont apporté un peu de douceur lors des funérailles.",
        "Nous sommes désolés que vous ayez dû sortir pendant l'exercice d'évacuation. Les règles de sécurité imposent que tout le monde quitte l'agence jusqu'à la fin de l'alerte ; les prochains exercices auront lieu en dehors des heures d'ouverture.",
        "Vous avez raison, nos tarifs ont augmenté cette année à cause du coût des produits, et nous aurions dû l'expliquer au comptoir. Le tarif étudiant reste à -10 % tous les mercredis.",
        "Camille a été citée dans plusieurs avis ce mois-ci, tous élogieux. Merci de l'avoir nommée, nous lui avons transmis votre message.",
        "Votre remarque sur l'accès en fauteuil est juste. Une rampe amovible a été commandée et sera installée le mois prochain.",
        "Merci pour les cinq étoiles !",
        "Désolés que le traitement de votre réclamation vous ait paru long. Votre courtier vous appellera cette semaine pour faire le point.",
        "Nous sommes navrés de lire cela et nous ne doutons pas que ce fut un après-midi pénible. Nous aimerions comprendre ce qui s'est passé.",
        "Notre chat de boutique a visiblement encore surveillé le repassage… Désolés pour les poils sur votre manteau, nous le reprenons gratuitement.",
        "Nous sommes désolés pour la perte de votre parapluie en agence. Si vous portez plainte, nous transmettrons volontiers les images de vidéosurveillance à la police.",
        "On sait à quel point votre téléphone est important pour votre travail, et on est désolés que la réparation ait pris trois jours.",
        "Nous reconnaissons que le conseil délivré lors de votre rendez-vous n'était pas à la hauteur de nos engagements. Un conseiller senior a réexaminé votre dossier et vous contactera pour en discuter.",
        "Merci pour votre franchise. Les gerberas auraient dû durer plus que deux jours, alors on vous a mis un nouveau bouquet de côté ; passez quand ça vous adonne.",
        "Toutes nos réparations sont garanties 12 mois pour tous nos clients ; si le connecteur de charge fait encore des siennes, rapportez-le avec votre facture.",
        "Nous voyons les choses un peu différemment : le devis portait sur l'écran seulement, pas sur la vitre arrière. Cela dit, nous aurions dû être plus clairs, et nous en sommes désolés. Passez nous voir, nous reprendrons cela ensemble.",
        "Félicitations pour votre nouvelle maison ! Ce fut un plaisir de vous accompagner pour l'assurance habitation.",
        "Merci. Vos remarques ont été transmises à notre direction régionale.",
    ],
}
