"""Blind reply set, round 60: owner replies the pre-post check has never seen.

Who and when: written by helper b60, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of eight kinds of business: a chiropractor, a furniture delivery firm,
a bowling alley, a tea room, a surf school, a print shop, an estate agent's
lettings desk and a halal butcher.  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, and the
[tool.ruff] section of pyproject.toml (line length), the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: New Zealand English (te reo greetings, 'sweet as', 'heaps',
'mate', 'bro', 'ute'), Belgian French ('une fois', 'septante', 'carabistouilles',
'zwanzeur', 'fieu', 'garantie locative', 'GSM'), a formal corporate apology
style in both languages, and laconic one-liners; the faults take different
shapes (open offers, veiled hints, lists, insinuations, fake praise, slang).
For every code and language the first reply is long and warm and its fault
sits in a single sentence in the middle.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail or counter, staff praised by
first name, an employee's mistake owned by the business, CCTV handed to the
police at the customer's request, an insurer's waiver explained, a star
rating quoted neutrally, one honest reason given with an apology, polite
factual corrections and disagreement that keeps the door open, condolences,
congratulations, safety rules explained kindly, a price rise explained and
jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND60_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora and thanks heaps for popping in to the tea room with your nana last weekend. It sounds like the cheese scones and the big pot of Earl Grey hit the spot, and we loved hearing that she hadn't had a proper high tea since she left Dunedin. If you bump this up to five stars, your next scones and pot of tea are on the house, just show us the review at the counter. We've got a new feijoa and ginger loaf coming out next month too, so there's a good excuse to come back. Take care of yourselves and give nana a hug from all of us!",
            "Edit to 5 stars, free game. Show the screen at the desk.",
            "Should your review be revised to reflect the resolution we reached, we would be pleased to waive the administration fee on your tenancy renewal.",
            "Sweet as bro, delete this one and we'll shout you a free board hire next decent swell 🤙",
            "Our regulars who leave us glowing reviews always get 15% off their next run of business cards. Just saying, there's still time to update yours 😉",
        ],
        "fr": [
            "Bonjour et un tout grand merci pour votre passage à la boucherie avant la fête ! Nous sommes vraiment contents que le gigot d'agneau ait régalé toute la famille et que vos enfants aient adoré nos brochettes marinées. Chez nous, on prépare tout à la main chaque matin, alors lire un message comme le vôtre, ça fait chaud au cœur. Si vous passez votre avis à cinq étoiles, on vous glisse un kilo de merguez maison à votre prochain passage. Au plaisir de vous revoir bientôt, et bonne fin de semaine !",
            "Nous vous proposons une séance d'ajustement offerte en contrepartie d'une révision de votre évaluation.",
            "Retirez l'avis, on rembourse la livraison.",
            "Allez, une fois ! Tu changes ta note et on vous offre une partie avec les copains, sans chipoter 🎳",
            "Une petite retouche à votre commentaire et une surprise gourmande vous attendra au comptoir du salon de thé… qui sait 😊",
        ],
    },
    "intimidation": {
        "en": [
            "Kia ora, and thank you for taking the time to write about your visit to the clinic. We really do care about every patient who walks through our door, and we're sorry you left feeling that your neck wasn't any better. Just so you know, our lawyer has read your post and we'll be filing a defamation claim if it's still up by Friday. We'd still genuinely love to help you get moving comfortably again, and our door is always open. Look after yourself.",
            "We have you on CCTV. Think carefully.",
            "Please be advised that your file, including your references, has been forwarded to our legal department, and that future applications through our network of agencies may be affected by the content of this review.",
            "Small town, mate. Everyone knows whose ute was parked at the beach that morning. Might wanna rethink this one.",
            "We'd hate for your own clients to find out how late your artwork always reaches us. Perhaps a quiet word is better than a public one.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre livraison. Nous savons à quel point on attend avec impatience un nouveau canapé, et nous regrettons sincèrement que la journée ne se soit pas passée comme vous l'espériez. Sachez toutefois que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message n'est pas retiré. Notre équipe reste évidemment disponible pour trouver une solution avec vous. Belle journée malgré tout.",
            "On sait qui vous êtes. Retirez ça.",
            "Nous nous réservons le droit d'engager toute procédure utile à l'encontre de l'auteur de ces propos, dont l'identité nous est parfaitement connue.",
            "Fais gaffe hein, le quartier est petit, tout le monde va vite savoir que c'est toi qui racontes des carabistouilles sur la boucherie.",
            "Nous pourrions être amenés à rendre publics les échanges que nous avons eus avec vous, afin que chacun puisse juger par lui-même.",
        ],
    },
    "personal_data": {
        "en": [
            "Kia ora, thanks so much for choosing us for your wedding stationery, it was a real joy to work on. We're sorry the invitations felt a bit rushed at the end, and we completely understand how stressful the last few weeks before a big day can be. For the record, the final proof went to your Gmail on 2 March and the 120 invites were couriered to your flat at 14 Rimu Lane, Ponsonby, two days later. We hope the day itself was everything you dreamed of. Congratulations again to you both!",
            "Our records show that your treatment plan for a lumbar disc herniation, commenced on 3 February, was discontinued at your own request after the fourth session.",
            "Flat 3B. Rent two months late. That's why.",
            "Mate, you booked lane 6 under 021 555 0143 for 8pm Saturday and rocked up at 9:15, it's all in the system.",
            "Our driver did ring twice at the blue door with the broken gate on Harbour Road, as your neighbour at number 12 will happily confirm.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après votre stage de surf chez nous à la côte. Nous sommes ravis que vos deux ados aient pu se mettre debout dès le deuxième jour, c'est toujours un grand moment pour toute l'équipe. Nous avons bien revu votre réservation du samedi 12 juillet à 9 h au nom de Mme Vandenbroucke, ainsi que le certificat médical mentionnant l'asthme de votre fille. Nous comprenons que le changement de créneau ait pu vous contrarier, et nous en sommes désolés. Au plaisir de vous revoir sur la plage !",
            "Commande du 3 mai, deux agneaux, payée en retard. GSM 0476 12 34 56.",
            "Votre dossier locatif fait état de revenus nets de 1 850 euros et d'un garant domicilié rue des Tanneurs, ce qui explique notre décision.",
            "Ben alors, Madame du quatrième au-dessus de la pharmacie, vous étiez pourtant bien contente de vos scones mardi passé à 16 h !",
            "Compte tenu de votre grossesse, que vous nous aviez signalée lors de la séance du 18, nous avions adapté le protocole, comme vous le savez.",
        ],
    },
    "personal_attack": {
        "en": [
            "Kia ora, thanks for getting in touch about your delivery. We know how exciting it is waiting for a new dining table, and we're sorry the day felt chaotic with the rain and the narrow driveway. Honestly though, you're clearly making this up to squeeze a discount out of us, which is exactly the sort of person you came across as on the phone. Our lads worked hard to get that table inside without a scratch. All the best with the new place.",
            "Liar.",
            "We regret that the reviewer has chosen to act in bad faith, as appears to be their habit with every agency they have dealt with.",
            "Typical keyboard warrior. Couldn't stand up on a foamie if your life depended on it and now you're having a cry online.",
            "Some people just weren't raised to appreciate good meat, and it shows.",
        ],
        "fr": [
            "Bonjour et merci pour votre commande de faire-part chez nous, c'était un plaisir de travailler sur un projet aussi joli. Nous comprenons que la teinte du papier vous ait surprise, le rendu à l'écran et sur papier n'est jamais tout à fait le même. Mais franchement, vous êtes de mauvaise foi et vous le savez très bien. Nous restons à votre disposition au comptoir si vous souhaitez en reparler. Belle journée à vous.",
            "Menteur. Point.",
            "T'es qu'un zwanzeur de comptoir, va raconter tes bêtises ailleurs, fieu.",
            "Nous constatons avec regret que l'auteur de ce commentaire semble coutumier des affabulations.",
            "Certaines personnes ont la vague facile et le cerveau plat.",
        ],
    },
    "sarcasm": {
        "en": [
            "Kia ora whānau, thanks for coming in to grab your Eid order, it was a busy old morning and we appreciate your patience. We're sorry the lamb shoulder wasn't as tender as you were hoping for, and we take that feedback on board. And of course, we'll get right onto training our lambs to be softer, since clearly that's our fault too. Our team works hard to source from good farms around the Waikato, so we hope you'll give us another go. Eid Mubarak to you and the family.",
            "Wow. Genius feedback. Framing it.",
            "We are, naturally, deeply honoured to receive clinical guidance from someone who has watched a video online.",
            "Oh yeah, sorry the pins didn't fall down on their own for ya, we'll get that sorted straight away 🙄",
            "Thank you for teaching us that a two-bedroom in central Wellington should cost the same as a shed in Taihape. Truly eye-opening.",
        ],
        "fr": [
            "Bonjour et merci d'être venue prendre le thé chez nous avec votre amie, ça nous fait toujours plaisir de voir de nouvelles têtes. Nous sommes désolés que le service vous ait paru un peu lent ce samedi-là, c'était la foule après le marché. Et bien sûr, nous allons demander à la théière de verser plus vite, puisque trois minutes d'infusion c'était manifestement trop long pour vous. Nos pâtisseries sont faites maison chaque matin, alors nous espérons vous revoir un jour plus calme. Au plaisir !",
            "Bravo. Quel talent.",
            "Nous sommes naturellement honorés que vous ayez pris le temps de nous expliquer comment porter une armoire, vous qui avez manifestement tant d'expérience.",
            "Ah ben oui, la piste était trop droite, c'est sûr, c'est pour ça que t'as fait septante rigoles, hein 😂",
            "Merci infiniment pour cette leçon de droit du bail, nous allons l'encadrer au-dessus du bureau.",
        ],
    },
    "blames_employee": {
        "en": [
            "Kia ora and thanks for coming out with us at Raglan, we're glad the kids had a blast in the whitewash. We're really sorry the group felt too big and that you didn't get as much one-on-one time as you'd hoped. The instructor that day, Jacko, didn't follow our briefing procedure and he's been stood down for the rest of the season. We take safety and coaching seriously and we'd love to have you all back for a smaller session. Cheers for the honest review.",
            "Kyle's fault. He's gone.",
            "Following an internal review, we can confirm that the error was attributable solely to our junior negotiator, Ms Hannah Reid, who has since received a formal written warning.",
            "Ugh, that was Mereana on the till, she's always mixing up the orders. We've had words.",
            "Let's just say Dave won't be driving the van for us again after what he did to your sideboard.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, nous sommes touchés que vous nous fassiez confiance depuis plusieurs années pour votre dos. Nous sommes sincèrement désolés que vous ayez fait le déplacement pour rien ce jeudi-là. C'est notre assistante, Delphine, qui a oublié d'enregistrer votre rendez-vous, et elle a reçu un avertissement. Nous avons depuis revu notre façon de confirmer les séances. Au plaisir de vous revoir au cabinet.",
            "Erreur de Kevin. Il est viré.",
            "C'est Rachid qui était au comptoir ce jour-là, il a mal pesé, on lui a déjà remonté les bretelles, tu sais.",
            "La monitrice en charge du groupe, Mme Léa Dumont, a manqué à ses obligations de vigilance et fait l'objet d'une procédure disciplinaire.",
            "Disons que notre livreur Jonathan a eu une journée difficile et qu'il ne livrera plus dans votre quartier.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Kia ora and thanks for bringing the whole crew down for your work do, it was great to see the place buzzing. We're sorry the night didn't run as smoothly as it should have and that you were left waiting for your lanes. The ball return broke because the part from Auckland got held up by the storm, our tech was at his cousin's wedding in Rotorua, the backup machine was out for servicing, two of our staff were home sick and the school holidays meant we were triple-booked anyway. We really appreciate you sticking it out and we'd love to see you back. Cheers!",
            "Traffic. Rain. Roadworks. Flat tyre. Lift out of order. Not our fault.",
            "We acknowledge the delay to your appointment. Please note that our scheduling platform was undergoing a scheduled update, one practitioner was attending mandatory training, a previous patient required an extended consultation, the reception team was operating below capacity due to annual leave, and regional traffic conditions affected staff arrival times that morning.",
            "Look, the toner supplier went bust, the guillotine jammed, the power cut out on Tuesday, the file you sent was RGB not CMYK and our courier changed depots, so yeah.",
            "We do understand. It's only that the landlord was overseas, the plumber we normally use had retired, the insurer wanted three quotes, the holiday period slowed everyone down, the part had to be ordered from Australia and, as you'll appreciate, we manage over four hundred properties.",
        ],
        "fr": [
            "Bonjour et merci pour votre fidélité, ça fait des années que vous venez chez nous et on vous en est vraiment reconnaissants. Nous sommes désolés que votre commande pour la fête n'ait pas été prête à l'heure. Il faut dire que notre fournisseur a livré en retard, que le frigo a lâché la veille, que c'était l'Aïd avec trois fois plus de commandes, que mon neveu était malade et que la caisse a planté en plein rush. On espère vous revoir très vite au magasin. Bonne fête encore à toute la famille !",
            "Grève. Panne. Absence. Affluence. Voilà.",
            "Nous prenons acte de votre réclamation. Il convient toutefois de préciser que le propriétaire résidait à l'étranger, que l'entrepreneur habituel était indisponible, que l'assurance exigeait plusieurs devis, que la période des congés du bâtiment a ralenti l'ensemble des intervenants et que notre agence gère plus de trois cents biens.",
            "Ouais mais attends, la marée était pas bonne, le vent a tourné, les combis étaient à la lessive, le moniteur arrivait de Knokke et y avait des files sur l'E40, alors bon.",
            "Nous comprenons, bien sûr. Simplement, le papier commandé était en rupture, l'imprimante grand format était en maintenance, votre fichier n'était pas en haute définition, notre graphiste était en congé et la période des fêtes est toujours très chargée.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Kia ora and thank you for renting with us for the past two years, we're glad the location worked so well for your commute. We're sorry the end of the tenancy felt stressful, moving house is never easy. To be clear, though, there was no mould in that flat when you moved in, full stop. We'll be in touch about the bond in the usual way and we wish you all the best in your new home. Take care.",
            "Never happened.",
            "We categorically reject the assertion that any damage occurred during delivery; our handling procedures make such an occurrence impossible.",
            "Nah, no way. There's never been a hair in our scones, not once in twenty years.",
            "We've looked into it, and we're confident that what you describe simply isn't how our sessions go.",
        ],
        "fr": [
            "Bonjour et merci d'être venus fêter l'anniversaire de votre fils chez nous, c'était chouette de voir tous ces gamins s'amuser sur les pistes. Nous sommes désolés que l'attente au bar ait été un peu longue, le samedi soir c'est souvent la cohue. Par contre, personne ne vous a refusé l'accès à la piste, cela ne s'est tout simplement pas passé. On espère vous revoir bientôt pour une revanche. Bon week-end à toute la famille !",
            "Faux. Jamais arrivé.",
            "Nous contestons formellement la version des faits présentée : aucun élève n'a, à aucun moment, été laissé seul dans l'eau.",
            "Non non non, on n'a jamais facturé deux fois une séance, c'est pas possible, hein.",
            "Après vérification, il apparaît que les faits décrits ne correspondent en rien à la réalité de notre agence.",
        ],
    },
}

BLIND60_GOOD: dict[str, list[str]] = {
    "en": [
        "Kia ora, thanks so much for the kind words! Glad the stretches are helping. Keep at them, and give the clinic a bell on 09 555 0100 if anything flares up.",
        "We sincerely apologise for the wait you experienced. Our practitioner was delayed by an urgent appointment, and we should have let you know sooner. We now send a text alert whenever the clinic is running late.",
        "Thank you for your feedback. For privacy reasons we can't discuss anyone's treatment here, but our practice manager would welcome a call on the clinic number or an email to care@spinewellclinic.co.nz.",
        "Our waiting-room chairs are, ironically, the least ergonomic thing in the building. New ones arrive next week. Sorry, and thanks for the nudge!",
        "Thanks. Glad the back's better.",
        "Gidday, really sorry the couch turned up with a scuffed leg. That's on us. We've booked a repair tech and refunded the delivery fee, and we hope that goes some way to making it right.",
        "Our driver Sione arrived late because we gave him the wrong run sheet. That's our planning failure, not his, and we've changed how routes are checked. Apologies for the wasted afternoon.",
        "Thanks for the shout-out for Mark and Tevita! They'll be chuffed. Carrying a piano up three flights is no small feat.",
        "Thanks for the review. Just to clarify, our quote did include assembly, so there shouldn't have been an extra charge. If one shows on your invoice, email us at hello@kiwihaul.co.nz and we'll refund it straight away.",
        "Sorry about the delay. Refund sent.",
        "Thanks heaps! Just so you know, our Strike Club card is free for everyone: every tenth game is on us, whatever you think of us.",
        "We totally get the frustration about the bowling-shoe rule. Street shoes carry grit that damages the lanes and can cause nasty slips, so it's there to keep everyone safe. Sorry it felt fussy on the night.",
        "Three stars is fair for a night when two lanes were down. We've since replaced the pinsetter, so come back whenever suits and see if we've earned the other two.",
        "So sorry your jacket went missing. As you asked, we've passed our CCTV footage from that evening to the police, and our duty manager is happy to help however else we can.",
        "Happy 40th to your dad! Glad the party lane was a hit.",
        "Oh no, sorry the scones were dry. We had a new oven that week and clearly hadn't tamed it yet. Thanks for telling us so kindly.",
        "We were so sorry to hear about your mum. It was an honour to host her memorial afternoon tea, and our thoughts are with the whole family.",
        "Aroha will be thrilled you loved her lemon tart. It's her nan's recipe and she guards it with her life.",
        "Please accept our sincere apologies for the allergen labelling oversight. We have reviewed our procedures with every member of staff and introduced a second check before each service.",
        "Sorry about the price rise on the high tea. Butter and cream went up a lot this year; we've kept the kids' menu at the same price.",
        "Stoked you caught your first green wave! Cheers for the lovely words.",
        "We hear you about being kept in the whitewash. On big swell days we keep beginners between the flags for safety. Not ideal, we know, but we'd rather you come back keen than sore.",
        "Sorry the lesson started late. Our booking system sent our instructor Mia the wrong time, which is our fault, not hers, and we've fixed the glitch. Apologies to the whole group.",
        "Thanks for raising the waiver question. The form is required by our insurer and covers standard water risks only; we're always happy to go through it with you before a lesson.",
        "Cheers. See you out there.",
        "Sorry the colours came out duller than on your screen. That's a common screen-versus-print difference and we should have flagged it at proof stage. We'll reprint at no cost.",
        "Glad the business cards came out crisp! If you ever need more, our refer-a-friend discount applies to anyone who asks at the counter.",
        "Our guillotine is older than most of our staff, and on Tuesday it showed. Apologies for the wonky edges; a new blade is now fitted.",
        "Thanks for the feedback. Our same-day service covers orders placed before 11am, which we should have made much clearer on the website. That's now fixed, and sorry for the confusion.",
        "We apologise for the misprint on your flyers and for the inconvenience caused. A replacement run has been dispatched and the original cost refunded in full.",
        "Sorry the repair took so long. We've chased the contractor, and our property manager Jess will be in touch this week to confirm a date.",
        "We understand the frustration about the holding deposit. It's capped at one week's rent and refundable as set out in our terms; email lettings@harbourviewproperty.co.nz and we'll go through it together.",
        "We regret that our communication fell short during your tenancy. Each property now has a dedicated contact, and we would welcome the opportunity to discuss your experience.",
        "Fair point. Portal fixed. Thanks.",
        "We see it a little differently, but we may well have got the communication wrong, and we'd genuinely like to hear more. Could you give the office a ring on 04 555 0199?",
        "Jazakallah khair for the lovely review! Glad the lamb was perfect for your Eid lunch.",
        "Thanks for asking about our halal certification. The certificate is displayed at the counter and on our website, and we're happy to show it to anyone, anytime.",
        "Really sorry the mince was short on weight. That's on us: the scales have been recalibrated and the difference has been refunded.",
        "Cheers whānau! Yusuf reckons you're the first person ever to compliment his sausages to his face. Made his week.",
        "We sincerely apologise that your order was not ready at the collection time. A supplier delay was the cause, and we should have contacted you in advance; we have since put a notification process in place.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Ravis que votre dos aille mieux. N'hésitez pas à nous appeler au cabinet si besoin.",
        "Nous vous présentons nos excuses pour l'attente. Une urgence a décalé les rendez-vous et nous aurions dû vous prévenir ; désormais, un SMS est envoyé dès que le cabinet prend du retard.",
        "Pour des raisons de confidentialité, nous ne parlons d'aucun suivi ici. Contactez-nous au cabinet ou par e-mail à contact@chiro-ixelles.be, nous prendrons le temps qu'il faut.",
        "Merci. À bientôt.",
        "Les chaises de notre salle d'attente feraient pâlir n'importe quel chiropracteur, ça tombe mal. Elles seront remplacées ce mois-ci, merci pour la remarque !",
        "Désolés pour le canapé abîmé, c'est de notre faute. Un réparateur passera chez vous et les frais de livraison sont remboursés.",
        "Notre livreur Bram est arrivé en retard à cause d'une erreur de planning de notre part, pas de la sienne. Nous avons revu l'organisation des tournées. Toutes nos excuses.",
        "Merci d'avoir cité Mehdi et Jens ! Ils ont monté votre armoire au troisième sans ascenseur, chapeau à eux.",
        "Petite précision : le montage était compris dans le devis. S'il vous a été facturé, écrivez-nous à livraisons@meublexpress.be et nous vous remboursons tout de suite.",
        "Allez, merci une fois pour votre gentil message, on est contents que la table soit bien arrivée !",
        "Notre carte de fidélité est gratuite et ouverte à tous : la dixième partie est offerte, quel que soit votre avis sur nous.",
        "Nous comprenons que les chaussures obligatoires puissent agacer. Elles protègent les pistes et évitent les glissades ; désolés si cela a été mal expliqué à l'accueil.",
        "Trois étoiles, c'est honnête vu les deux pistes en panne ce soir-là. Le mécanisme a été remplacé depuis ; on espère mériter les deux autres.",
        "Bon anniversaire à votre fils ! Ravis que la fête ait été réussie.",
        "Désolés pour votre veste disparue. Comme vous l'avez demandé, nous avons transmis les images de vidéosurveillance à la police, et nous restons à votre disposition.",
        "Désolés pour les scones un peu secs, notre nouveau four nous a joué des tours. Merci de nous l'avoir signalé si gentiment.",
        "Toutes nos condoléances pour votre maman. Ce fut un honneur d'accueillir ce moment de souvenir ; nos pensées vont à toute la famille.",
        "Camille sera ravie que vous ayez aimé sa tarte au citron, c'est la recette de sa grand-mère.",
        "Nous vous prions d'accepter nos sincères excuses pour l'erreur d'étiquetage des allergènes. Nos procédures ont été revues et une double vérification est désormais en place avant chaque service.",
        "Désolés pour la hausse du prix du goûter. Le beurre et la crème ont beaucoup augmenté cette année ; nous avons maintenu le tarif enfant.",
        "Trop contents que tu aies pris ta première vague ! Merci pour ce chouette message 🏄",
        "Les jours de grosse houle, les débutants restent entre les drapeaux pour leur sécurité. On sait que c'est frustrant, mais on préfère vous revoir motivés plutôt que blessés.",
        "Le cours a commencé en retard car notre système a envoyé une mauvaise heure à notre monitrice Elise : c'est notre erreur, pas la sienne. Toutes nos excuses au groupe.",
        "La décharge est exigée par notre assureur et ne couvre que les risques habituels en mer ; nous pouvons volontiers la relire ensemble avant le cours.",
        "Merci. À la prochaine vague.",
        "Désolés que les couleurs soient plus ternes qu'à l'écran. Nous aurions dû vous prévenir à l'étape de l'épreuve ; nous réimprimons gratuitement.",
        "Notre massicot est plus âgé que la moitié de l'équipe, et ça s'est vu mardi. Désolés pour les bords de travers, la lame a été changée.",
        "Le service express concerne les commandes passées avant 11 h, ce qui n'était pas assez clair sur notre site. C'est corrigé, merci de nous l'avoir signalé.",
        "Nous vous présentons nos excuses pour l'erreur d'impression sur vos dépliants. Un nouveau tirage vous a été expédié et le montant initial intégralement remboursé.",
        "Merci pour votre avis ! Pour info, notre remise parrainage de 10 % est valable pour tous les clients, sur simple demande au comptoir.",
        "Désolés pour la lenteur de la réparation. Nous avons relancé l'entrepreneur et notre gestionnaire Sarah vous recontactera cette semaine pour fixer une date.",
        "La garantie locative est encadrée par la loi et restituée selon les conditions du bail. Écrivez-nous à location@immo-sablon.be et nous reverrons ensemble le décompte.",
        "Nous regrettons que la communication n'ait pas été à la hauteur. Un interlocuteur unique est désormais désigné pour chaque bien ; nous serions heureux d'en discuter avec vous.",
        "Bien noté. Portail corrigé. Merci.",
        "Nous voyons les choses un peu différemment, mais il est possible que nous ayons mal communiqué. Appelez-nous à l'agence, nous aimerions vraiment comprendre.",
        "Merci beaucoup pour ce gentil avis ! Contents que l'agneau ait régalé toute la famille pour l'Aïd.",
        "Notre certificat halal est affiché au comptoir et sur notre site ; nous le montrons volontiers à qui le demande.",
        "Vraiment désolés pour le poids du haché. C'est notre faute : la balance a été recalibrée et la différence vous est remboursée.",
        "Merci une fois ! Youssef dit que c'est la première fois qu'on complimente ses merguez en face, il est aux anges.",
        "Nous vous prions de nous excuser : votre commande n'était pas prête à l'heure prévue, en raison d'un retard de notre fournisseur. Nous aurions dû vous prévenir ; un système d'alerte est désormais en place.",
    ],
}
