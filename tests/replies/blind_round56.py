"""Blind reply set, round 56: owner replies the pre-post check has never seen.

Who and when: written by helper b56, an independent writer, on 2026-12-05.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of a kebab shop, a nail salon, a coworking space, an escape room, a dog
kennel, an electrician, a boat tour operator and a pastry school.  Each French
reply was written directly in French, not translated.  The writer read only
the writer brief, the first seventy-five lines of blind_round20.py (to copy
its format) and the [tool.ruff] section of pyproject.toml (line length).  The
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or blind set, any other worktree, the
git history or /work/.library; did not search the code; and did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: familiar southern French (Marseille-style "té", "peuchère",
"fada"), American corporate English and its formal French counterpart, dry
understatement in both languages, and very short replies; plus slangy,
veiled and polite phrasings.  For every code and language the first reply is
long and warm with the fault in a single sentence in the middle.  The faults
take varied shapes: rewards for a higher rating, for deleting a review or in
a veiled "once you reconsider"; legal, exposure, reputational and "we know
where you are" threats; bookings, addresses, phone numbers, badge logs,
pregnancy, allergies and late payments disclosed; insults, "liar", "troll",
"competitor in disguise"; mock apologies and irony; apprentices, hosts and
game masters named and sanctioned; chains of excuses; flat denials.  Good
replies include look-alikes: the business's own phone numbers and e-mail
addresses in several formats, staff praised by first name, an employee's
slip owned by the business, loyalty and referral schemes open to everyone
whatever they write, a redo or rematch offered to fix a fault, the police,
CCTV, insurance, building codes and inspectors mentioned to help, photos,
safety rules explained kindly, polite factual corrections, condolences,
price rises explained, a star rating quoted neutrally, a statement that the
customer is not doubted, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND56_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks so much for stopping by after the game on Saturday night! We're really happy the lamb wrap with extra garlic sauce hit the spot, and that the guys behind the counter kept the line moving even with the crowd. If you bump this up to five stars, your next two wraps are on the house, just show the review at the register. We've been grilling on this corner for eleven years and comments like yours keep us going through the long shifts. Hope to see you again soon!",
            "Thank you for your feedback. Members who update their rating to reflect a 5-star experience are eligible for one complimentary month of hot-desk access; please contact the community team to redeem.",
            "Noted. We might be a little more generous with the hints next time, were this review a touch less one-star.",
            "5 stars = free gel refill 💅",
            "We'd love to welcome Biscuit back for a free night's stay as soon as you feel able to take this review down.",
        ],
        "fr": [
            "Bonjour Claire, un grand merci pour ce retour après l'atelier macarons de samedi ! On est ravis que vous soyez repartie avec une boîte pleine et l'envie de recommencer chez vous. Si vous passez votre note à cinq étoiles, on vous offre l'atelier choux du mois prochain. Notre cheffe met beaucoup de soin à préparer chaque séance, et lire que vous avez enfin réussi vos collerettes nous fait vraiment plaisir. À très bientôt en cuisine !",
            "Allez, té, mettez-nous cinq étoiles et la prochaine balade aux calanques, elle est pour nous, promis juré !",
            "Nous vous proposons un bon de réduction de 20 % sur votre prochaine intervention, applicable dès la modification de votre avis sur cette plateforme.",
            "Avis supprimé = kebab offert 😉",
            "On a connu plus enthousiaste. Une pose offerte changerait peut-être votre regard sur les étoiles ?",
        ],
    },
    "intimidation": {
        "en": [
            "Hi Mark, thanks for taking the time to write about the rewiring job in your kitchen. We understand how stressful it is to have the power off for a whole day, and we're sorry the work ran past the estimate we gave you. Our attorney has reviewed this post and we will file a defamation claim if it isn't taken down by Friday. The team did finish the panel upgrade and it passed inspection, which we hope gives you some peace of mind. We do hope we can resolve this amicably.",
            "Please be advised that the statements in this review have been escalated to our legal department and may result in termination of your membership agreement and further action as appropriate.",
            "Interesting review. We do keep the full session on camera, and we'd be happy to post it for everyone if you'd like.",
            "We know where you work, pal.",
            "We still have your booking details, and the operators on this harbor all talk to each other. Something to keep in mind before you plan your next trip.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après la pension de Filou. Nous comprenons que laisser son chien quinze jours soit toujours une source d'inquiétude, et nous sommes désolés que les photos quotidiennes ne vous soient pas parvenues à temps. Sachez toutefois que notre avocat a déjà copie de cet avis et qu'une plainte pour diffamation sera déposée s'il reste en ligne. Filou a bien mangé, bien joué avec les autres pensionnaires et il est reparti en pleine forme. Nous restons à votre disposition pour en parler.",
            "Oh collègue, on sait très bien qui tu es, hein, le quartier il est pas grand. Tu réfléchis avant d'écrire, la prochaine fois.",
            "Nous avons conservé les vidéos de l'atelier. Elles pourraient intéresser vos futurs employeurs.",
            "Mise en demeure envoyée. Bonne journée.",
            "Nous nous réservons le droit de signaler aux autres salons du quartier le nom des clientes qui publient ce genre de commentaire.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for coming in and for taking the time to share your thoughts. We're sorry the acrylic set didn't last as long as you'd hoped, and we'd be glad to take another look at it. Since your appointment was at 4:30 on Tuesday the 12th with the fungal nail treatment noted on your file, we made sure the technician took extra care. Our goal is always for every client to leave feeling pampered. Please come back and let us make it right.",
            "Per our records, your account (Suite 14B, monthly plan, billed to 22 Larch Avenue) has had three late payments this quarter, which is why access was paused.",
            "Odd, since you called us from (555) 014-2287 at 11 pm to say how happy Rex was.",
            "Sorry Jess in apartment 3, we'll get your order right next time.",
            "lol your group booked under Dana Whitfield for 8pm Friday and rolled in 25 min late, that's why you ran out of time",
        ],
        "fr": [
            "Bonjour et merci pour votre message après la sortie en mer. Nous sommes désolés que la houle ait un peu gâché le début de la balade, la mer était plus formée que prévu ce jour-là. Nous avions bien noté lors de votre réservation du 14 juillet pour quatre personnes que vous êtes enceinte de six mois, et le skipper avait adapté sa vitesse en conséquence. Nous espérons vous revoir par une journée plus calme. Belle fin d'été à vous !",
            "Eh Momo, tu habites au 12 rue des Capucins, tu passes demain et on t'arrange ça, va.",
            "Suite à notre intervention du 3 mars au 8 allée des Pins (facture n° 2291, réglée avec six semaines de retard), nous maintenons notre diagnostic.",
            "Madame Ferrand, votre allergie aux noix était notée, voyons.",
            "Curieux, votre badge indique pourtant des entrées après 23 h tous les soirs de la semaine dernière.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for joining our croissant lamination course last weekend. We know laminating dough for the first time can be frustrating, and we're sorry the pace felt too quick for you. Frankly, anyone who can't fold butter into dough after three demonstrations probably shouldn't be blaming the teacher. Chef Anton stayed an extra half hour to help the group, and most participants left with a tray they were proud of. We'd still be glad to send you some tips by email if you'd like.",
            "We have reviewed your claims, and it is evident that this review is a bad-faith attempt to avoid paying an outstanding invoice.",
            "You solved two puzzles out of twelve. Perhaps the room was not the problem.",
            "Stop lying, troll.",
            "Buddy, you're a cheapskate who wanted a panel upgrade for the price of a light bulb. Move on.",
        ],
        "fr": [
            "Bonjour, merci d'être passée au salon et d'avoir pris le temps de laisser un avis. Nous sommes désolées que la couleur ne corresponde pas tout à fait à ce que vous aviez en tête, le rendu des vernis varie parfois selon la lumière. Entre nous, vu la façon dont vous avez parlé à notre apprentie, on comprend que vous ne soyez satisfaite nulle part. Notre porte reste ouverte si vous souhaitez une retouche. Belle journée à vous.",
            "Oh fada, tu as été malade tout le trajet et maintenant tu viens faire le malin ici ? Mytho, va.",
            "Votre chien, lui, était charmant. On ne peut pas en dire autant de tout le monde.",
            "Menteur.",
            "Nous laissons nos lecteurs juger de la sincérité d'un avis publié par un concurrent installé deux rues plus loin.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for coming out with us on the sunset cruise, and for sharing your feedback. We're sorry the dolphins didn't show up that evening; they really do keep their own schedule. Next time we'll be sure to call the ocean ahead and ask it to turn the waves down just for you. Our crew loved having your family aboard and we hope you got some great shots of the lighthouse. Hope to see you again!",
            "We appreciate you bringing to our attention that unlimited free espresso is, apparently, a fundamental right. We will escalate this to the appropriate stakeholders.",
            "Sorry the lights worked. We'll try harder to disappoint next time.",
            "Wow, locked in an escape room. Who knew. 🙄",
            "Oh no, garlic sauce that tastes like garlic?? Shocking. Truly. We'll alert the press.",
        ],
        "fr": [
            "Merci beaucoup pour votre retour sur le stage de pâtisserie de trois jours. Nous sommes désolés que le four de votre poste ait posé problème le premier matin, il a été réparé dès midi. Et bravo, vraiment, d'avoir découvert qu'un soufflé retombe quand on ouvre la porte du four toutes les deux minutes, quelle révélation pour la gastronomie française. Nous espérons que les éclairs du dernier jour vous ont réconciliée avec nous. Au plaisir de vous revoir !",
            "Ah pardon monsieur le critique gastronomique, on savait pas qu'il fallait vous servir du caviar pour six euros, hein !",
            "Votre chien est revenu avec des poils. Nous prenons note de ce scandale.",
            "Quelle tragédie, un ongle cassé. 🙄",
            "Nous vous remercions chaleureusement de nous avoir appris notre métier en quatre paragraphes, c'était très instructif.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for trusting us with Luna over the holidays, and we're truly sorry about the mix-up at pickup. We know how much you missed her and how upsetting it was to wait an extra hour. The delay happened because Kyle forgot to log her checkout, and he has been given a formal written warning. Luna was a joy to have and made lots of friends in the big play yard. We hope to see you both again soon.",
            "Following an internal review, the issue has been attributed to our front-desk associate, Tara M., who has been removed from member-facing duties effective immediately.",
            "Dave made your wrap. Dave no longer makes wraps.",
            "That was Jenny. She's gone.",
            "yeah that was our apprentice Josh, kid can't wire a plug to save his life, we've had words",
        ],
        "fr": [
            "Bonjour et merci d'avoir joué avec nous samedi soir ! Nous sommes désolés que le cadenas de la deuxième salle se soit bloqué et vous ait fait perdre autant de temps. C'est Kevin, notre maître du jeu ce soir-là, qui avait oublié de vérifier les mécanismes avant votre partie, et il a été sanctionné. Le reste de l'équipe a adoré voir votre groupe aussi soudé et motivé. Nous espérons vous revoir pour tenter notre nouvelle salle !",
            "Oh, c'est Jeannot qui tenait la barre ce jour-là, il a pris le mauvais cap, le pauvre, on lui a passé un de ces savons, croyez-moi.",
            "La crème brûlée a brûlé. Mme Lefèvre, qui animait le cours, n'anime plus de cours.",
            "Faute de Yanis. Viré.",
            "Le dysfonctionnement du badge relève de la seule négligence de notre responsable d'accueil, Mme Garnier, dont le cas est en cours d'examen par la direction.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Hi Sandra, thank you for your honest review, and we're sorry the job took longer than expected. Between the supplier shipping the wrong breakers, two of our vans being in the shop, the rain on Tuesday, the permit office closing early, our lead tech's kid being sick and your house's 1962 wiring that nobody could have predicted, there was honestly very little we could have done differently. We did get everything up to code in the end. We appreciate your patience and hope to work with you again.",
            "To provide context: the HVAC outage resulted from a vendor scheduling conflict, compounded by building management's delayed response, an unseasonable heat wave, a staffing transition in facilities, a software migration affecting our ticketing system and regional supply-chain constraints on replacement parts.",
            "The clock ran fast because the battery was low because the supplier was late because of a strike because of, well, everything.",
            "Busy night, two staff out, grill broke, power cut, game on, rain. So.",
            "We understand, but please know that the polish was a new brand, the humidity that day was very high, our UV lamp had just been replaced, the technician was covering an extra shift, it was spring break, and gel often lifts on clients who wash their hands a lot, so many factors were outside our control.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis sincère. Nous sommes désolés que la sortie ait été écourtée, nous savons combien vous l'attendiez. Il faut dire que ce matin-là le mistral s'était levé plus tôt que prévu, la capitainerie avait retardé les départs, notre deuxième bateau était en révision, le moteur de secours faisait des siennes, un matelot était malade et la météo marine avait changé trois fois ses prévisions depuis la veille. Nous espérons malgré tout que les criques vous ont plu. Au plaisir de vous revoir à bord.",
            "Oh mais attendez, ce soir-là y avait le match, la broche elle avait lâché, le livreur de pain il était en retard, mon cousin il était malade et en plus y avait la fête du quartier, qu'est-ce que vous voulez qu'on y fasse, hein ?",
            "Le retard s'explique par l'orage, la coupure de courant, le vétérinaire en congé, les travaux du voisin et la fermeture de la départementale. Voilà.",
            "Grève, pénurie de câbles, pluie, camion en panne. Pas de notre ressort.",
            "Nous comprenons votre déception, mais il faut savoir que la farine avait changé de fournisseur, que le beurre était arrivé trop froid, que l'humidité de la cuisine était exceptionnelle, que notre chef remplaçait un collègue malade et que le groupe était plus nombreux que d'habitude, ce qui explique largement le résultat.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for taking the time to leave a review, we read every single one. We've been proud to serve this neighborhood for over a decade, and our regulars know how seriously we take cleanliness. There was no hair in your food, period, that simply did not happen in our kitchen. We hope you'll give us another try and see for yourself. Have a great week!",
            "We have thoroughly reviewed this matter and can confirm that no Wi-Fi outage occurred on the date in question.",
            "No lock was broken that night. None.",
            "Never happened.",
            "nope, we didn't cancel on you, the boat left right on time, not sure what trip you're thinking of",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. Nous sommes une petite entreprise familiale et chaque avis compte énormément pour nous. Notre technicien n'a jamais laissé de fils dénudés chez vous, c'est tout simplement impossible. Il ne quitte jamais un chantier sans un contrôle complet, et nous restons disponibles si vous souhaitez en discuter. Bonne soirée à vous.",
            "Ah non, non et non, chez nous la viande elle est jamais froide, jamais, vous avez dû confondre avec le voisin.",
            "Aucune puce chez nous. Aucune.",
            "Faux.",
            "Nous contestons formellement l'ensemble des faits allégués : aucune salle n'a été attribuée en double ce jour-là.",
        ],
    },
}

BLIND56_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks so much! Glad the chicken shawarma hit the spot. See you next Friday?",
        "Sorry the order took 40 minutes on Saturday. We were down a grill and should have warned you at the register. A second grill goes in this week. If you'd like to tell us more, call the shop at (555) 010-4471 and ask for the manager.",
        "Huge thanks for the kind words about Omar. He's been on the spit for six years and still remembers everyone's sauce. We'll pass it on!",
        "Our stamp card is for everyone: buy ten wraps, the eleventh is free. No review needed, just ask at the counter.",
        "Guilty as charged: our chili sauce could strip paint. We've added a little warning flag to the bottle so nobody else gets ambushed. Sorry about the tears!",
        "We're so sorry your gel lifted after three days; that's not the standard we hold ourselves to. Come back any day this week and we'll redo the set free of charge, or email us at hello@velvetnailstudio.com to pick a time.",
        "Thank you! Mei will be thrilled you loved the floral nail art. She spent a whole Sunday practicing those petals.",
        "You're right, and we're sorry. Your cuticle work was rushed, and that's on us as a salon, not on one technician; we've changed our booking times so no appointment gets squeezed again. We'd love a chance to make it up to you.",
        "A quick word on safety: we ask that gel removal be done at the salon because acetone on broken skin can sting and irritate. We're sorry if it came across as fussy; it's only there to protect your nails and skin.",
        "Thanks for the photos of your set, they look gorgeous! Welcome back anytime.",
        "Thank you for the candid feedback on the phone booths. You're right that two of them weren't soundproof enough, and we installed new acoustic panels on Monday. Our community manager, Priya, would be glad to show you around them: community@hubfloorworks.com or 555-0139.",
        "To clarify our policy: the referral program gives every member a free week for each friend who signs up. It has nothing to do with reviews; we just like growing the community.",
        "We appreciate this. One small correction, respectfully: meeting rooms can be booked until 9 pm, not 6 pm. The app was still showing the old hours, which is our fault, and it's fixed now.",
        "Noted on the coffee. It was bad. We bought a new machine. It is now less bad.",
        "Thank you for telling us about the stolen laptop. With your permission we pulled the CCTV footage and handed it to the police, and we've sent you the incident report for your insurer. We really hope it turns up.",
        "Congratulations on breaking out with 12 seconds to spare! Your team photo is up on our wall of fame.",
        "Sorry the UV puzzle was so hard to read. The bulb was dimming and we should have caught it before your game. It's replaced, we've added a pre-game check, and if you call us at 555-0172 we'll set your group up with a rematch.",
        "For anyone reading: the no-phones rule is about fairness and safety, not suspicion. Lockers are free, and your game master can reach you within seconds if you need anything.",
        "Thanks! Jordan really is the best in the building at hinting without spoiling. We'll make sure he sees this.",
        "We put you in a room that was too hard for a first visit, and that was our mistake at booking. Difficulty ratings are now listed on the website.",
        "We're so sorry to hear that Max has passed. It was a privilege to look after him for so many summers. Thinking of your whole family.",
        "Thank you for your note. You're right that we should have called you as soon as Bella went off her food; our vet checked her, but you deserved to know right away. Owners are now called the same day. Our number is 555-0198 if you'd like to talk it through.",
        "The kennel cough vaccine is required for every guest to keep the whole group healthy. We're sorry that wasn't clearer on the booking page; it's now in bold at the top.",
        "Photos of Pepper napping in the sun are on their way to your inbox as promised. Thank you for choosing us!",
        "Thanks. See you at Thanksgiving.",
        "Thanks for the five stars, Tom. Glad the panel is quiet now.",
        "We missed our arrival window by two hours and didn't call. That isn't acceptable, and we apologize. The trip charge has been refunded. Reach the office at office@brightlineelectricco.com if anything else comes up.",
        "Respectfully, the GFCI outlets were installed in both bathrooms as quoted. If one isn't working, please call us at (555) 013-7720 and we'll come out at no charge to check it.",
        "By law we can't energize a new circuit until the city inspector signs off, which is why it had to stay off overnight. We know that was frustrating, and we're sorry we didn't explain it better at the time.",
        "Our liability insurance covers the drywall damage from the job. We've opened the claim and will pay for the repair; you won't need to do anything.",
        "Sorry the tour was canceled for wind. Our rule is no sailing above 25 knots, for everyone's safety. Your full refund went out Tuesday and should show within five business days.",
        "For anyone who felt queasy on the afternoon run, we're sorry; the swell picked up faster than forecast. We now hand out ginger candy before leaving the harbor, and the captain takes the sheltered route when it's choppy.",
        "Great photos of the seals! Thanks for sharing, and come back in spring for the puffins.",
        "Captain Rosa says thank you, and also that she did not, in fact, arrange the sunset. She'll take the credit anyway.",
        "Our loyalty card is open to everyone: every fifth tour is free, whatever you thought of us. Just ask at the ticket booth.",
        "We'd never doubt your account: our own kitchen log shows the oven failed at 10 a.m., exactly as you said. We're sorry, and your make-up class is on us whenever suits you.",
        "You're right that the kitchen was too crowded with 14 people. That's our scheduling, and we're sorry. Classes are now capped at 10.",
        "Chef Amélie was touched by your note. She says your tarte tatin was the best of the session.",
        "We understand the price increase came as a surprise. Butter is up 40% this year, and we should have announced the change earlier. Existing bookings keep the old price.",
        "If you'd like to talk about the course, call us at 555-0155 or write to classes at lapetitefarineschool dot com. We'd be glad to hear from you.",
    ],
    "fr": [
        "Merci beaucoup, ça fait plaisir ! À la prochaine, et pensez à goûter la sauce maison.",
        "Oh, merci mille fois, vous êtes adorables ! Karim il est tout fier, il dit que vous revenez quand vous voulez.",
        "Vous avez raison, l'attente vendredi soir était trop longue et on aurait dû vous prévenir. On a pris un deuxième cuisinier pour le week-end. Si vous voulez en parler, appelez-nous au 04 91 00 23 47.",
        "Notre carte de fidélité, c'est pour tout le monde : dix menus achetés, le onzième offert, avis ou pas avis.",
        "On plaide coupable : la harissa maison, elle arrache. On a mis un petit panneau pour prévenir les courageux.",
        "Merci pour la photo, la pose est superbe ! Linh sera ravie de la voir.",
        "Désolées que le semi-permanent ait sauté si vite. Repassez quand vous voulez cette semaine, on refait la pose gratuitement, ou écrivez-nous à contact@ongleriedusoleil.fr pour fixer un créneau.",
        "Vous avez raison : vous avez attendu vingt minutes et la prothésiste n'a pas pu prendre son temps. C'est notre organisation qui est en cause, pas elle, et nous avons revu les plannings. Toutes nos excuses.",
        "Petite précision pour la sécurité : nous ne posons pas de gel sur un ongle abîmé ou irrité, c'est pour protéger votre santé. Nous comprenons que ce soit frustrant, et nous vous conseillons avec plaisir sur les soins en attendant.",
        "Merci !",
        "Merci pour ce retour honnête. Le wifi a bien coupé deux fois mardi à cause d'une panne de l'opérateur, et nous avons ajouté une seconde ligne. Toutes nos excuses pour la gêne.",
        "Pour information, notre programme de parrainage offre une semaine à chaque membre qui fait venir un ami. Cela n'a rien à voir avec les avis, c'est ouvert à tous.",
        "Petite correction, en toute amitié : l'espace est accessible 24 h/24 pour les résidents, pas seulement jusqu'à 20 h. Le site affichait encore les anciens horaires, c'est corrigé.",
        "Le café était mauvais. Nous avons changé de machine. Il est désormais passable.",
        "Concernant le vol de votre sac, nous avons transmis les images de vidéosurveillance à la police, à sa demande, et nous vous envoyons l'attestation pour votre assurance. Nous espérons sincèrement qu'il sera retrouvé.",
        "Bravo pour votre évasion en 58 minutes ! Votre photo d'équipe est affichée au mur des champions.",
        "Désolés pour le mécanisme de la salle 2, il a lâché en pleine partie. Nous l'avons remplacé, et nous vous offrons une nouvelle partie : appelez-nous au 05.56.00.41.18 pour la réserver.",
        "Pour rappel, les téléphones restent au casier pour que tout le monde joue à armes égales. Le maître du jeu vous voit et vous entend à tout moment, pour pouvoir intervenir au moindre souci.",
        "Merci ! Élodie est vraiment la reine des indices qui ne gâchent rien, on lui transmet.",
        "C'est vrai, nous aurions dû vous conseiller une salle plus facile pour une première fois. C'est notre erreur à la réservation, et la difficulté de chaque salle est désormais affichée.",
        "Toutes nos condoléances pour Pistache. Ce fut un bonheur de l'accueillir pendant toutes ces années. On pense fort à vous.",
        "Vous avez raison, nous aurions dû vous appeler dès que Roxy a boudé sa gamelle. Notre vétérinaire l'a examinée, mais vous méritiez de le savoir tout de suite : désormais, les propriétaires sont prévenus le jour même. Joignez-nous au +33 4 67 00 58 21 si vous souhaitez en parler.",
        "Le vaccin contre la toux du chenil est obligatoire pour tous les pensionnaires, pour protéger tout le monde. Désolés que ce ne soit pas plus clair sur le site, c'est corrigé.",
        "Té, merci pour ce gentil mot ! Les photos de Ouistiti au soleil, on vous les a envoyées par mail comme promis. À cet été !",
        "Merci, à bientôt.",
        "Merci pour les cinq étoiles, ça fait chaud au cœur.",
        "Nous sommes arrivés avec deux heures de retard sans prévenir, ce n'est pas acceptable. Les frais de déplacement vous ont été remboursés. Écrivez-nous à contact (at) elec-renov-garrigue.fr si besoin.",
        "Sauf erreur de notre part, le différentiel a bien été posé comme prévu au devis. S'il ne fonctionne pas, appelez-nous au 06 12 00 47 90 et nous repasserons gratuitement le vérifier.",
        "Pour des raisons de sécurité et de conformité à la norme NF C 15-100, nous ne pouvions pas remettre le circuit sous tension avant le passage du Consuel. Nous aurions dû mieux vous l'expliquer, et nous en sommes désolés.",
        "Notre assurance décennale couvre le dégât sur votre plafond : le dossier est ouvert et la réparation sera entièrement prise en charge.",
        "Oh, merci, c'est gentil comme tout ! Le capitaine Fanfan il en rougit, peuchère.",
        "Désolés pour l'annulation : au-delà de 25 nœuds de vent, on ne sort pas, c'est la règle pour la sécurité de tous. Votre remboursement est parti mardi.",
        "Pour celles et ceux qui ont eu le mal de mer, toutes nos excuses : la houle s'est levée plus vite que prévu. Désormais on distribue du gingembre au départ et on prend l'itinéraire abrité quand ça secoue.",
        "Superbes photos des dauphins, merci de les partager ! Revenez au printemps pour les puffins.",
        "Notre carte de fidélité : la cinquième sortie est offerte, pour tout le monde, que vous ayez aimé ou pas. Demandez-la au guichet du port.",
        "Merci d'avoir participé à l'atelier pain, et bravo pour votre première fougasse !",
        "Vous avez raison, à quatorze la cuisine était trop pleine. C'est notre planning qui est en cause, et nous en sommes désolés. Les cours sont désormais limités à dix personnes.",
        "Le chef Mathieu a été très touché par votre message. Votre tarte au citron était, selon lui, la plus belle de la session.",
        "Nous comprenons que la hausse de prix vous ait surpris. Le beurre a pris 40 % cette année, et nous aurions dû l'annoncer plus tôt. Les réservations déjà faites gardent l'ancien tarif.",
        "Nous n'avons jamais voulu vous donner l'impression d'être accusée de quoi que ce soit pendant l'atelier ; si c'est le cas, nous vous présentons nos sincères excuses. Appelez-nous au 04 42 00 17 63, nous serions heureux d'en parler.",
    ],
}
