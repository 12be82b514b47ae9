"""Blind reply set, round 95: owner replies the pre-post check has never seen.

Who and when: written by helper b93, an independent writer, on 2026-12-06,
for the pre-post reply check (brief "round 93").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
and managers of mobile phone operators' shops, internet providers, banks'
local branches, insurance agents and accountants serving individuals.  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or earlier blind set, any other folder under /work, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.

Registers: French from Paris, Lyon, Clermont-Ferrand, Luxembourg and
Morocco, in administrative, defensive and wordy styles, plus texting with
emoji; English from Bristol, Belfast, Melbourne and Ontario, in corporate,
terse and apologetic styles, plus slang and texting with emoji; veiled and
polite phrasings; short one-liners; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: an apology with a concrete fix and an offline channel, warm thanks to
happy customers, a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND95_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, cheers my lover, this really brightened up a drizzly afternoon on Gloucester Road. We're chuffed to bits that switching networks turned out to be painless in the end, and that your number came across the same day without you losing a single text. Porting can be a proper faff, so it's lovely to hear it went smoothly for once. If you'd be kind enough to bump those four stars up to the full five, we'll knock a tenner off each of your next three monthly bills as our thank-you. Enjoy the new handset, and do pop in if the screen protector ever starts peeling.",
            "Sorry about the outage. Delete this review and your next three months of broadband are on us.",
            "Upon confirmation that your posted rating has been revised to reflect your overall experience with our branch, we will be pleased to deposit a $50 courtesy credit into your chequing account.",
            "No dramas mate 🙌 flick us a 5 star instead of the 2 and we'll shout ya a month off ya car insurance premium 🚗🍻",
            "We would be more than happy to look again at this year's fee for preparing your return, should you feel able to revisit what you have written here.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce message qui nous a fait très plaisir ici, à la boutique de la rue de la République. Nous sommes ravis que le passage à la fibre se soit bien déroulé et que toute la maison puisse enfin profiter d'internet sans coupure, ça nous fait chaud au cœur de lire ce genre de retour. Toute l'équipe se démène pour que chaque installation à Lyon se passe sans accroc. Si vous aviez la gentillesse de passer votre note de trois à cinq étoiles, nous vous ferions cadeau d'une coque et d'un verre trempé pour votre prochain téléphone. Au plaisir de vous revoir en boutique, et encore merci !",
            "merci bcp 🙏 tu vires l avis et on te rembourse ton mois de box, deal ? 📦😉",
            "Nous avons l'honneur de vous informer que le retrait de la présente publication ouvrirait droit, à titre exceptionnel, à l'exonération des frais de tenue de compte pour l'exercice en cours.",
            "Cher client, nous avons pris bonne note de votre mécontentement et, dans un esprit de fraternité et de bonne entente qui nous est cher depuis l'ouverture de l'agence à Casablanca, nous vous accorderons une réduction de quinze pour cent sur le renouvellement de votre police automobile dès lors que votre appréciation aura été revue à la hausse.",
            "On ne voudrait surtout rien vous demander, hein, mais un petit geste sur vos honoraires de l'an prochain serait tout à fait envisageable si jamais votre commentaire venait à évoluer un peu.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks very much for taking the time to write, and for being with us for the guts of ten years now. We were glad to get your home and contents cover renewed before Christmas, and I know the wee mix-up with the direct debit was a nuisance at a busy time of year. Please be aware that our solicitors have already been asked to review this post for defamation, and they will be writing to you directly if it is still up on Monday. Otherwise, we hope you and the family have a lovely new year, and our door on the Lisburn Road is always open.",
            "Remove this post by Friday or our legal department will proceed.",
            "Mate we've kept the CCTV from that arvo 📹 leave this review up and the footage goes on our socials, your call 😬",
            "Please be advised that, should this review remain published, the branch reserves the right to raise its contents with your employer.",
            "We would simply remind you that this office still holds a great deal of your financial paperwork, and it would be such a shame for anyone's affairs to attract the taxman's attention over a little misunderstanding like this.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre abonnement chez nous. Nous sommes contents que le débit soit désormais à la hauteur chez vous, et nous savons que la première semaine a été compliquée avec le décodeur. Nos conseillers de l'agence République font vraiment de leur mieux pour accompagner chacun. Nous tenons toutefois à vous prévenir que notre service juridique a conservé une copie de votre message et qu'une plainte pour dénigrement sera déposée s'il n'est pas retiré sous huit jours. En espérant que la suite de votre expérience sera plus sereine, belle journée à vous.",
            "on sait ou t habites hein 😉 fais gaffe a ce que t ecris sur nous",
            "La direction de l'agence se réserve la faculté de procéder à la clôture de l'ensemble de vos comptes et d'en informer les établissements partenaires de la place si la présente publication n'est pas retirée dans les meilleurs délais.",
            "Nous vous rappelons respectueusement que nous connaissons fort bien votre famille et votre quartier, et qu'il serait sage, pour la tranquillité de tout le monde, de revoir vos propos à l'égard de notre agence.",
            "Votre patron est client au cabinet depuis quinze ans, on pourrait très bien lui toucher deux mots de ce que vous racontez ici, d'abord.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you so much for the kind words about our Mississauga branch, eh, it genuinely made our Monday. We know renewing a mortgage can feel overwhelming, especially with rates jumping around the way they have this year, so we're really glad the process felt calm and clear for you. For the record, the renewal on your account ending in 4471 was signed on March 14 at 10:30 and the new 4.89% rate is already showing. We hope the new kitchen comes together beautifully, and we're always here if you have questions down the road.",
            "Order BR-558213 was delivered to 14 Cotham Hill, BS6 at 11:02. Check your porch.",
            "Hey Jess 👋 just tried ya on 0412 887 309 but no answer, the NBN tech's locked in for Thurs arvo at your Sydney Rd place in Brunswick 🔧",
            "We acknowledge your comments regarding claim reference HC-2291-07 for the water damage at 6 Malone Avenue, and confirm that the loss adjuster's visit has been rescheduled.",
            "We were so sorry to hear about your husband's chemotherapy, Mrs Doyle, and completely understand why last year's return slipped through the cracks, so please do pop in whenever you feel up to it.",
        ],
        "fr": [
            "Bonjour, et merci pour ce joli message, ça fait toujours plaisir de lire des clients contents ici à Jaude ! Nous sommes vraiment heureux que le changement de forfait se soit bien passé et que vous ayez enfin du réseau dans votre maison à la campagne. Notre équipe aime prendre le temps d'expliquer les choses, surtout quand on change de téléphone. Pour rappel, votre ligne au 06 42 18 77 93 a bien été transférée sur la nouvelle carte SIM le 12 février à 15 h, donc tout devrait fonctionner normalement. À bientôt en boutique et bonne continuation avec votre nouvel appareil !",
            "coucou Mme Benali 👋 le technicien passe demain 9h au 27 rue des Pyrénées, 3e gauche, digicode 4521, soyez là svp 👍",
            "Nous accusons réception de votre réclamation relative au virement de 2 450 euros débité le 4 novembre de votre compte LU28 0019 4006 4475 0000 et vous informons qu'une analyse est en cours.",
            "Monsieur Alaoui, nous avons bien reçu votre dossier sinistre n° 2024-CASA-8812 concernant l'accident de votre véhicule immatriculé 45231-A-6, ainsi que le certificat médical attestant de votre fracture du poignet, et nous vous assurons de notre entière diligence dans le traitement de celui-ci.",
            "Merci Julien, ce fut un plaisir de vous recevoir au cabinet le mardi 8 octobre avec votre compagne Léa pour préparer votre déclaration commune, et nous restons à votre disposition.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for leaving a review, and thanks for trusting our little Fitzroy agency with your car and home cover over the last couple of years. We pride ourselves on explaining policies in plain English, and most of our clients tell us they've never felt rushed in our office. Frankly, though, it's pretty obvious you were angling for a payout you were never entitled to and reckoned a one-star review might shake one loose. We'd still be happy to walk through your policy together if that would help, and we wish you all the best.",
            "Some people will lie about anything to dodge a cancellation fee. This is one of them.",
            "Wise up, ye clown 😤 you've been a nightmare customer from day one and everyone in the shop knows it.",
            "It is regrettable that an individual of such evidently limited financial competence has chosen to publish these remarks about our branch.",
            "We would gently observe that this review appeared the day after we declined to write off your outstanding fees, and readers may draw their own conclusions about the motives behind it.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris la peine de nous laisser ce commentaire sur notre agence de la Croix-Rousse. Nous sommes fiers de l'accueil que nous réservons à chacun de nos clients depuis plus de vingt ans, et beaucoup nous disent apprécier le temps que nous prenons pour expliquer les choses. Permettez-nous toutefois de dire que vous êtes de toute évidence quelqu'un de malhonnête qui cherche simplement à se faire rembourser des frais parfaitement justifiés. Nous restons malgré tout disponibles si vous souhaitez repasser en agence, et vous souhaitons une bonne fin de semaine.",
            "t es juste un rageux qui voulait un iphone gratos 😤 va voir ailleurs",
            "L'agence constate que l'auteur de la présente publication fait preuve d'une mauvaise foi manifeste et d'une méconnaissance totale des contrats qu'il a lui-même signés.",
            "Nous sommes au regret de constater que vous êtes une personne menteuse et irrespectueuse, comme chacun a pu le voir lors de votre passage en agence, et nous prions Dieu de vous guider vers davantage d'honnêteté.",
            "Sans vouloir être désagréable, on sait tous ici que vous racontez un peu ce qui vous arrange, comme d'habitude.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for dropping by our Kitchener store, and for taking the time to share your thoughts with us. It was great that you walked out with the phone you wanted, and we hope the trade-in value on your old one helped soften the price a bit. Oh, and congratulations on being the first person in history to find a forty-minute wait at a phone store on a Saturday so utterly unbearable, truly a tragedy for the ages. Enjoy the new device, and we'll see you at your next upgrade.",
            "Gosh, a queue at a bank. However will you recover.",
            "omg a whole 10 mins without wifi?? 😱 how did u survive mate, absolute hero 🏅",
            "We are truly honoured that you have graced us with your expert appraisal of insurance law, which we will no doubt be framing for the office wall.",
            "What a shame we couldn't make the filing deadline move for you; we'll be sure to ask the tax office to check your diary first next year.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir choisi notre box pour votre nouveau logement, c'est toujours un plaisir d'accueillir de nouveaux abonnés dans le quartier. Nous sommes ravis que le technicien ait pu passer rapidement et que la télé fonctionne maintenant dans toutes les pièces. Et bravo pour cette magnifique découverte : il paraît qu'une box doit être branchée pour marcher, qui l'eût cru, vous devriez vraiment déposer un brevet. Nous vous souhaitons de très bonnes soirées devant vos séries, et restons là si besoin.",
            "ah oui 20 min d attente c est vraiment l enfer sur terre 😂 bon courage pour t en remettre",
            "La direction vous remercie chaleureusement pour cette analyse d'une finesse remarquable, qui sera sans nul doute enseignée dans les meilleures écoles de commerce du Grand-Duché.",
            "Quelle chance nous avons d'avoir un client aussi savant en matière d'assurances, qui connaît les contrats bien mieux que ceux qui les rédigent ; nous attendons avec une impatience non dissimulée vos prochaines leçons.",
            "Ah ben oui, c'est sûr, ce serait tellement plus simple si les impôts se déclaraient tout seuls pendant qu'on regarde l'ASM à la télé. On transmettra à Bercy.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks for sticking with us through what sounds like a really frustrating fortnight, and for giving us a second chance to get your connection sorted. We're really pleased the new line is now running at full speed and that working from home is finally bearable again. The missed installation appointment was down to Kieran on our install team, who didn't bother checking his schedule and has now been given a formal warning. We've added a month's credit to your account as an apology, and our team is always on hand if anything else crops up.",
            "That was Ciara. She's been dealt with.",
            "soz about that 😬 Brodie stuffed up your transfer big time, he's on his last chance now 🙄",
            "The error in your policy documents resulted from the negligence of our customer service representative, Ms. Amanda Clarke, whose employment with this agency is currently under review.",
            "We're so sorry for the delay; between ourselves, our junior Tom has rather struggled this season, and we've had a firm word with him about the mistakes on your return.",
        ],
        "fr": [
            "Bonjour, et merci beaucoup pour votre retour, nous sommes contents de vous compter parmi nos clients depuis l'ouverture de la boutique place de Jaude. Nous savons que changer de téléphone peut être stressant, surtout quand on a toutes ses photos de famille dedans, et nous sommes soulagés que tout ait pu être récupéré. Le souci avec votre forfait vient de Kévin, notre vendeur, qui n'a pas vérifié votre éligibilité comme il aurait dû et qui a reçu un avertissement. Nous espérons vous revoir bientôt et restons à votre écoute pour toute question.",
            "dsl c est Sofiane qui a fait n importe quoi avec ton virement 🤦 il va se faire remonter les bretelles crois moi",
            "Après enquête interne, il apparaît que le manquement est imputable à Mme Schmit, gestionnaire de votre dossier, à l'encontre de laquelle une procédure disciplinaire a été engagée.",
            "Nous vous présentons nos excuses les plus sincères, sachant que toute la responsabilité de ce retard incombe à notre technicien Youssef, qui a négligé votre demande malgré nos consignes répétées et qui sera sanctionné conformément au règlement intérieur.",
            "Sans entrer dans les détails, c'est Mme Perrin qui suivait votre dossier cette année, et disons simplement qu'elle ne fera plus partie du cabinet à la rentrée.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks a million for the review, and for banking with us on the Ormeau Road for so many years, it means a great deal to the whole team. We're delighted the new savings account is doing what you hoped. As for the queue that morning, two cashiers were off with flu, the new counter system had only gone in the day before, the Thursday pension rush always peaks around ten, the card machine had to be rebooted twice, head office moved our cash delivery, and the rain meant everyone came in at once, so there was honestly nothing more we could have done. We look forward to seeing you again soon.",
            "look the nbn was down across the whole suburb, the pit on the corner had water in it, our tech's ute broke down on the Monash, the part was on backorder from Sydney and it was a long weekend, so none of that was really on us mate 🤷",
            "Please note that claim processing times are governed by regulatory requirements, adjuster availability, third-party reports, seasonal claim volumes following the ice storm, verification of the documentation submitted, and our insurer's own review timelines, all of which were outside the control of this office and fully account for the delay you experienced.",
            "The handset took longer because the supplier switched couriers, the Avonmouth depot was short-staffed, that model had a firmware hold, our till system was mid-migration, the bank holiday fell in the middle of the week and Black Friday volumes were three times normal, so the timescale was entirely out of our hands.",
            "We'd just gently explain that the late filing came about because the online portal was down that week, your bank statements reached us in two separate batches, the rules on allowable expenses changed in April, our software provider pushed an update on the deadline day itself and January is by far our busiest month, so we hope you'll see it was rather a perfect storm.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message, nous sommes toujours contents d'avoir des nouvelles de nos abonnés lyonnais. Nous sommes ravis que la vitesse de connexion vous donne satisfaction depuis le passage à la fibre, et que le télétravail soit redevenu possible. Il faut dire que la coupure de l'été s'explique par les travaux de la Métropole sur la voirie, par un câble sectionné par un autre opérateur, par le manque de techniciens en période de congés, par la migration de nos serveurs prévue de longue date et par les orages de la semaine, autant de raisons qui ne dépendaient absolument pas de nous. Nous vous souhaitons une excellente rentrée et restons à votre écoute.",
            "bah la boutique etait pleine, la caisse a planté, on avait 2 vendeurs en arret maladie, le reseau etait en maintenance et c etait la sortie du nouvel iphone donc bon voila quoi 🤷‍♂️",
            "Le délai constaté résulte de l'application de la réglementation en vigueur, des procédures de vérification d'identité, du contrôle anti-blanchiment, de la validation par le siège, des jours fériés nationaux ainsi que de la charge exceptionnelle de fin d'exercice, éléments qui, cumulés, justifient pleinement le traitement observé.",
            "Nous souhaitons préciser que le retard dans le remboursement de votre sinistre trouve son origine dans la lenteur de l'expert désigné, dans l'attente des pièces du garage, dans la fermeture des administrations durant le mois sacré, dans les nouvelles procédures imposées par l'autorité de contrôle, dans les intempéries qui ont touché Rabat et dans le changement de notre logiciel de gestion, de sorte que l'agence ne saurait en aucun cas être tenue pour responsable de ce délai.",
            "Faut comprendre que cette année on a eu le changement de logiciel, deux collaboratrices en congé maternité, le site des impôts qui ramait, les nouvelles règles sur la déclaration des loyers, plus vos justificatifs qui sont arrivés au compte-gouttes, alors forcément ça a pris du temps, ça ne venait pas de nous.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for taking the time to share your experience with our branch on Chapel Street, and for being such a loyal customer over the years. We love seeing familiar faces at the counter, and we're really glad the team could help you set up online banking on your new phone. For what it's worth, no staff member at this branch has ever refused to serve you, and that conversation simply did not take place. We hope to keep looking after your banking for many years to come, and have a lovely weekend.",
            "No such call was ever made from this office.",
            "Naw, never happened. Nobody here sold ye a refurb as new, end of 👍",
            "Our records confirm that no quotation of £280 was ever issued to you, and we therefore reject this account in its entirety.",
            "We're sure there's been some confusion somewhere along the line, but we can say with complete certainty that no fee was ever added to your invoice, and nothing of the sort happened here.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre avis sur notre agence du boulevard Haussmann. Nous sommes heureux d'avoir pu vous accompagner dans l'ouverture de votre plan d'épargne, et nous savons combien ces démarches peuvent sembler lourdes au premier abord. Sachez cependant qu'aucun conseiller de l'agence ne vous a jamais refusé un rendez-vous, cet épisode n'a tout simplement pas eu lieu. Nous restons ravis de vous compter parmi nos clients et vous souhaitons une excellente fin d'année.",
            "jamais on t a dit ça, personne t a promis un forfait a 5 balles, ça s est pas passé 🚫",
            "L'agence conteste formellement les faits allégués : aucun refus de prise en charge n'a été opposé à votre demande.",
            "Nous tenons à préciser, avec tout le respect dû à votre personne, que jamais aucun technicien de notre société ne s'est présenté en retard chez un client de Marrakech, cet événement n'ayant tout simplement jamais existé.",
            "Ça ne s'est pas passé comme ça, point. Aucune pénalité n'a jamais été causée par le cabinet.",
        ],
    },
}

BLIND95_GOOD: dict[str, list[str]] = {
    "en": [
        "I'm really sorry the router we sent out was faulty and that you spent most of a week tethering off your phone to get any work done. That's not the start we want anyone to have with us. A replacement went out by tracked courier this morning, and I've asked our engineers to run a line test remotely once it's plugged in. If you'd rather talk it through, ring the Gloucester Road shop on 0117 496 0321 and ask for me, Hannah.",
        "Aww thanks heaps! 😊 So glad the new phone's treating you well, come say g'day next time you're in Chapel St.",
        "Thanks for the feedback. Just so everyone knows, our refer-a-friend bonus of $50 goes to any customer who refers someone, whether or not they ever leave a review.",
        "Sorry to hear you couldn't get through. We're open Monday to Friday, 9 to 5:30, on the Lisburn Road; you can ring 028 9068 1234 or email help@belfastcover.example and we'll get back the same day.",
        "So glad Priya made your first self-assessment painless! She'll be chuffed to read this, and we'll see you next January.",
        "Sam booked your installation for the wrong week, and that's on us as a business: our booking system didn't ask for a confirmation. We've fixed that, your new date is locked in, and we're sorry for the hassle.",
        "We've refunded the $45 activation fee in full, and it should show on your statement within three to five business days. Sorry again for the confusion at the counter.",
        "Apologies for the long queue on Friday. We were two staff down with flu and should have put a notice up. Thanks for your patience.",
        "Under the policy wording, accidental damage cover is an optional extra rather than part of the standard contents policy. I'm sorry this wasn't made clear when you took the policy out, and I'd be glad to go through your options on the phone.",
        "So sorry your phone was pinched on the tram, that's awful. If you report it to Victoria Police and get an event number, we can block the handset straight away and help you with the insurance claim, so just pop in or give us a call.",
        "We're sorry about what happened at the ATM. We've gone through the branch CCTV with our security team and would like to talk it through with you in person; please call the branch and ask for the manager.",
        "The shop Wi-Fi went down while you were signing up for our broadband, which is about as embarrassing as it gets for an internet provider. Thanks for laughing along with us, and glad you're up and running at home.",
        "Thanks for the three stars and for the honest comments about our turnaround times. We're taking on another member of staff for the spring, and we hope that shows next year.",
        "Our notes suggest the excess was discussed when the policy was set up, but I may well be missing something, and I'd genuinely like to hear your side. Please give me a ring at the office whenever suits.",
        "We're so sorry for your loss. There's no rush at all with any of the paperwork; our bereavement team will go at whatever pace suits you and the family.",
        "Congratulations on getting the keys to your first home! It was a pleasure helping with the mortgage, and we hope you have many happy years there.",
        "We do ask for photo ID before any large cash withdrawal at the counter. It's there to protect your money from fraud, and I'm sorry it held you up on the day.",
        "Our plans went up by $5 a month from July because our wholesale costs rose. I'm sorry, I know nobody likes a price rise, and if the new price doesn't suit, we'll happily help you look at a cheaper plan.",
        "Thanks for the kind words. See you next time.",
        "Dead on, thanks very much! Delighted Aoife got your new contract sorted in no time, so she was.",
        "We're sorry the engineer's visit didn't fix the problem. We've booked a second visit with a senior technician and will keep you updated by phone.",
        "Cheers for the five stars, my lover! Really glad the switch went smoothly.",
        "For privacy reasons we won't discuss anyone's account in public, but we'd really like to help. Please call 1800 555 019 or email care@ourbank.example and mention this review.",
        "Thank you for trusting us with your tax return this year. We really appreciate you sending everything in so early, and Marcus sends his thanks as well.",
        "Apologies for the hold times last week. Our phone system failed for two days, which is no excuse for leaving you waiting, and it has now been replaced.",
        "Our loyalty points are earned on every bill by every customer, and you can swap them for data add-ons any time in the app.",
        "Sorry we got this wrong. We've credited a month's line rental to your account as an apology and written to confirm it.",
        "Great to hear, thanks! Jarrah loves a tricky insurance question, so we'll pass this straight on to her. 🙌",
        "Our hold music is genuinely dreadful, we know. We're swapping it this week, and more importantly we've added two people to the phones so you shouldn't hear much of it.",
        "If you think your card has been used without your permission, please call the number on the back of the card straight away, at any time of day, and we'll block it and start a fraud claim.",
        "We're sorry you felt rushed at your appointment. That's not how we want anyone to feel, and we'd love the chance to sit down with you again for as long as you need; just ring the office.",
        "Congratulations on launching your own business! Sole-trader accounts can feel daunting in year one, so shout if you need anything at all.",
        "We can't unlock a handset without proof of purchase. It's a rule that protects people whose phones have been stolen, and I'm sorry it made things awkward at the counter.",
        "Our annual fee went up this year because our software and insurance costs rose. Sorry for not flagging it earlier; we've now added it to our welcome letter so nobody is caught out.",
        "We don't have a record of the call you mention, but that doesn't mean it didn't happen, and we'd like to look into it properly. Could you email us at hello@insureon.example with a rough time?",
        "Thanks for the review, and sorry about the delay with your claim. You are always entitled to take a complaint to the Financial Ombudsman Service, and we'll happily explain how it works.",
        "Appreciate it, eh. Have a great long weekend!",
        "Thank you so much. We know this year has been hard, and we're glad we could take the tax side off your plate.",
        "Lovely to read this, thanks! Our Saturday opening on Queen Street runs 10 to 4 from next month, in case that suits you better.",
        "I'm sorry your bill was higher than expected. The roaming charges came from a data bundle that didn't renew, and I've refunded them in full; I've also turned on roaming alerts so you'll get a text before any charge.",
    ],
    "fr": [
        "Bonjour, et toutes nos excuses pour ces dix jours sans internet, nous savons à quel point c'est pénible quand on travaille depuis chez soi. Un technicien a remplacé le boîtier de la rue hier soir et votre ligne est de nouveau synchronisée. Pour être sûrs que tout fonctionne, notre conseillère Amandine vous appellera vendredi, et vous pouvez à tout moment joindre la boutique au 04 78 00 12 34.",
        "merci beaucoup 😍 trop contents que le nouveau tel vous plaise, à bientôt en boutique !",
        "Merci pour votre retour. Pour information, notre programme de parrainage est ouvert à tous nos clients : chaque filleul vous rapporte 50 euros, que vous nous laissiez un avis ou non.",
        "Nous sommes désolés que vous n'ayez pas réussi à nous joindre. L'agence est ouverte du lundi au vendredi de 9 h à 12 h 30 et de 14 h à 18 h, au 12 avenue de la Liberté, et vous pouvez écrire à contact@agence-liberte.example.",
        "Merci infiniment ! Nous transmettons vos compliments à Samira, qui sera ravie de savoir que votre dossier de prêt s'est si bien passé.",
        "Bertrand s'est trompé dans la date de résiliation de votre ancien contrat, et c'est à nous, l'agence, d'assumer cette erreur : nos procédures n'ont pas permis de la repérer. Nous avons corrigé votre dossier et pris en charge les frais occasionnés.",
        "Nous avons procédé au remboursement intégral des frais de mise en service, qui apparaîtra sur votre relevé d'ici quelques jours. Encore pardon pour ce désagrément.",
        "Toutes nos excuses pour l'attente de samedi matin : deux conseillers étaient absents pour raison de santé et nous n'avons pas pu les remplacer à temps. Merci de votre patience.",
        "Conformément aux conditions générales de votre contrat, le bris de glace relève d'une garantie optionnelle. Nous sommes désolés que cela ne vous ait pas été expliqué clairement à la souscription, et nous vous proposons de faire le point ensemble par téléphone.",
        "Nous sommes vraiment désolés pour le vol de votre téléphone. Dès que vous aurez déposé plainte au commissariat, apportez-nous le récépissé : nous bloquerons l'appareil et vous aiderons à monter le dossier d'assurance.",
        "Nous regrettons vivement l'incident survenu au distributeur. Les images de vidéosurveillance ont été transmises à notre service sécurité afin de comprendre ce qui s'est passé, et le directeur de l'agence souhaite vous recevoir pour en parler.",
        "Le Wi-Fi de la boutique a lâché pile au moment où vous signiez pour la fibre : pour un fournisseur d'accès, on a connu plus glorieux ! Merci d'en avoir ri avec nous, et ravis que tout fonctionne chez vous.",
        "Merci pour vos trois étoiles et pour vos remarques franches sur nos délais. Nous recrutons un collaborateur supplémentaire pour la saison fiscale et espérons que vous verrez la différence.",
        "D'après nos échanges, la franchise vous avait été présentée lors de la signature, mais il est tout à fait possible que cela n'ait pas été assez clair. Nous aimerions vraiment entendre votre version : n'hésitez pas à nous appeler à l'agence.",
        "Nous vous présentons nos plus sincères condoléances. Prenez tout le temps nécessaire pour les démarches de succession ; nous nous adapterons entièrement à votre rythme.",
        "Toutes nos félicitations pour l'achat de votre premier appartement ! Ce fut un plaisir de vous accompagner pour le prêt, et nous vous souhaitons beaucoup de bonheur dans ce nouveau chez-vous.",
        "Nous demandons une pièce d'identité pour tout retrait important au guichet. Cette règle sert à protéger votre argent contre la fraude, et nous sommes désolés qu'elle vous ait fait attendre.",
        "Nos forfaits augmentent de 2 euros par mois à partir de septembre, en raison de la hausse de nos coûts d'infrastructure. Nous en sommes désolés, et si le nouveau tarif ne vous convient pas, nous vous aiderons volontiers à trouver une offre moins chère.",
        "Merci beaucoup, à très bientôt !",
        "Moien, et merci villmools pour ce beau message ! Nous sommes ravis que Claude ait pu régler votre souci de GSM en quelques minutes.",
        "Nous sommes désolés que l'intervention n'ait pas résolu la panne. Un second rendez-vous avec un technicien confirmé est déjà planifié, et nous vous tiendrons informé par téléphone.",
        "Merci pour les cinq étoiles, ça fait plaisir ! Contents que le changement d'opérateur se soit bien passé.",
        "Par souci de confidentialité, nous ne parlons jamais du dossier d'un client en public, mais nous tenons à vous aider. Contactez-nous au 01 44 00 55 66 ou à service.client@banque-quartier.example en mentionnant cet avis.",
        "Merci de nous avoir confié votre déclaration cette année, et merci d'avoir transmis vos justificatifs si tôt. Toute l'équipe du cabinet vous remercie.",
        "Veuillez nous excuser pour l'attente au téléphone la semaine dernière. Notre standard est tombé en panne pendant deux jours ; ce n'est pas une excuse, et il a depuis été remplacé.",
        "Nos points fidélité sont cumulés par tous nos clients sur chaque facture et peuvent être échangés à tout moment contre des options data dans l'application.",
        "Nous nous sommes trompés, et nous en sommes désolés. Un mois d'abonnement a été crédité sur votre compte en guise d'excuse, et un courrier de confirmation vous a été envoyé.",
        "Hamdoullah, merci pour ces mots chaleureux ! Nous transmettons vos remerciements à Si Karim, qui a suivi votre dossier avec beaucoup de soin. 🙏",
        "Notre musique d'attente est franchement insupportable, on le sait bien. Elle change cette semaine, et surtout, nous avons renforcé l'équipe au téléphone pour que vous l'entendiez le moins possible.",
        "Si vous pensez que votre carte a été utilisée sans votre accord, appelez immédiatement le numéro d'opposition inscrit au dos de la carte, disponible jour et nuit, et nous lancerons la procédure de contestation.",
        "Nous sommes désolés que vous vous soyez senti pressé lors de votre rendez-vous. Ce n'est pas ainsi que nous voulons travailler, et nous serions heureux de vous recevoir à nouveau aussi longtemps qu'il le faudra ; il vous suffit d'appeler le cabinet.",
        "Félicitations pour la création de votre entreprise ! La première année d'auto-entrepreneur peut sembler compliquée, alors n'hésitez surtout pas à nous solliciter.",
        "Nous ne pouvons pas débloquer un téléphone sans justificatif d'achat : c'est une règle qui protège les personnes victimes de vol. Nous sommes désolés que cela ait créé un moment gênant en boutique.",
        "Nos honoraires ont augmenté cette année en raison de la hausse du coût de nos logiciels et de notre assurance professionnelle. Pardon de ne pas vous avoir prévenu plus tôt ; l'information figure désormais dans notre lettre de mission.",
        "Nous ne retrouvons pas trace de l'appel que vous évoquez, mais cela ne veut pas dire qu'il n'a pas eu lieu, et nous tenons à vérifier. Pourriez-vous nous écrire à l'adresse de l'agence en indiquant une heure approximative ?",
        "Merci pour votre avis, et pardon pour la lenteur du traitement de votre sinistre. Sachez que vous pouvez à tout moment saisir le médiateur de l'assurance, et nous vous expliquerons volontiers la démarche.",
        "Ah ben merci, ça fait bien plaisir ! Bonne fin de semaine à vous.",
        "Merci du fond du cœur. Nous savons que cette année a été difficile pour vous, et nous sommes heureux d'avoir pu vous décharger de la partie fiscale.",
        "Merci pour ce gentil message ! Pour information, la boutique de la Gare sera ouverte le samedi de 10 h à 16 h à partir du mois prochain, si cela vous arrange.",
        "Nous sommes désolés que votre facture ait été plus élevée que prévu. Les frais d'itinérance venaient d'une option qui ne s'était pas renouvelée ; nous vous les avons intégralement remboursés et avons activé les alertes par SMS pour que cela ne se reproduise pas.",
    ],
}
