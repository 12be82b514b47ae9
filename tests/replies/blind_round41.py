"""Blind reply set, round 41: owner replies the pre-post check has never seen.

Who and when: written by helper 18b39, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
ten kinds of business (a kebab shop, an optician, a yoga studio, a car wash, a
bookshop-café, a plumber, a holiday cottage or gîte, a children's trampoline
park, a locksmith and a men's barber).  Each French reply was written directly
in French, not translated.  Apart from the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, and the
[tool.ruff] section of pyproject.toml, read for the line length, the writer
did NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other helper's
worktree, the git history or /work/.library; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.  Names, phone numbers, addresses and e-mail addresses are
invented (e-mail domains use the reserved .example suffix).

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Belgian French (une fois, à tantôt, GSM, drache, septante, savoir
for pouvoir), Lyon French (gone, mâchon, bugne, cuchon, ça fait pas un pli,
à la revoyure), very formal administrative French with vouvoiement, and young
casual French full of anglicisms; New Zealand English (kia ora, chur, sweet
as, bach, whānau, stoked, yeah nah), Texan English (y'all, fixin' to, bless
your heart, ma'am), blunt and passive-aggressive English, and English with
spelling mistakes; veiled and polite phrasings; short one-liners; and, for
every code and language, one long warm reply (the first of each list) whose
fault sits in a single sentence in the middle.  Good replies include
look-alikes that are not faults: a loyalty card or referral scheme open to
everyone whether or not they review, the business's own phone, e-mail,
address or opening hours, staff praised by first name, a named employee's
mistake owned by the business, a refund already made, one honest reason given
with an apology, CCTV, the police, insurance or the terms and conditions
mentioned to help the customer, "we know our regulars" phrasing, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
corrections that keep the door open, short warm thanks, congratulations,
condolences, safety rules explained kindly, a price rise explained with an
apology and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND41_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora and thanks heaps for staying at the bach over Labour Weekend! We're stoked the kids loved the kayaks and that you managed to land a snapper off the rocks on your last morning. Dave put a new mattress in the back room only last month, so it's good to hear it passed the test. If you pop your rating up from four stars to five, we'll knock a night off your next booking, no worries. Hope to see you back when the pōhutukawa are flowering, chur!",
            "Well howdy, partner! Y'all slap five stars on this here review and your next döner plate's on the house, extra garlic sauce and all.",
            "Fine. Delete the review and the lock change is free. That's the offer.",
            "thanks for the reveiw!! if you change it to 5 stars we will give you a free jump sesion for the kids next time, just show the recepion your updated reveiw :)",
            "Should your review come to reflect the whole experience, we would be pleased to add a complimentary pair of prescription sunglasses to your next order.",
        ],
        "fr": [
            "Merci mille fois pour ce gentil mot, ça nous a fait chaud au cœur un lundi matin à la Croix-Rousse ! On est ravis que le polar conseillé par Margaux vous ait tenue éveillée jusqu'à deux heures du matin, et que la tarte aux pralines ait trouvé son public. Notre petite librairie tient grâce à des lecteurs comme vous, alors vraiment, merci. Si vous passez votre note à cinq étoiles, le prochain café-bugne est pour nous, montrez-nous simplement l'avis sur votre téléphone. À la revoyure entre deux rayons !",
            "Merci pour votre passage, une fois ! Remettez cinq étoiles à la place de trois et on vous offre un lavage complet avec cire, non peut-être ? À tantôt !",
            "Hey merci pour le feedback 🙏 si tu update ta review en 5 étoiles on t'offre un cours de hot yoga, deal ? DM nous le screen 😉",
            "Madame, Monsieur, nous vous informons qu'un avoir de trente euros sera porté à votre compte client dès lors que l'évaluation publiée aura été rehaussée à cinq étoiles. Veuillez agréer nos salutations distinguées.",
            "On vous réserve une petite surprise au prochain rafraîchissement de barbe… à condition que cet avis ait un peu changé d'ici là.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you so much for coming along to our Sunday restorative class, and for taking the time to write to us. We're sorry the room felt too warm for you; the heating in that old hall has a mind of its own, and we've asked the landlord to look at it again. Please be aware that our lawyer has already been sent a copy of your review and will be in touch if it isn't removed by Friday. We'd still love to welcome you back on the mat, and the first class of the new term is always a gentle one. Namaste, and take care.",
            "Partner, I've been in this town thirty years and I know just about everybody, your boss included. Might want to think real hard about whether this review's worth it.",
            "We have your licence plate on CCTV. Take the review down or we post the footage.",
            "we no who you are mate and we no were you live, so think carefuly before writting lies about our shop.",
            "We have passed your comments to our solicitors, who take a keen interest in reviews of this nature, and we trust you will reflect carefully before posting again.",
        ],
        "fr": [
            "Bonjour et merci d'avoir fêté l'anniversaire de votre fils chez nous ce mercredi, ça nous fait toujours plaisir de voir autant de sourires sur les trampolines. On entend bien que l'attente au comptoir des chaussettes était longue, et on a déjà ajouté une deuxième caisse pour les après-midis chargés. Sachez toutefois que nous avons déposé plainte pour diffamation et que votre nom a été transmis à notre avocat. Pour le reste, les enfants sont toujours les bienvenus, et la piscine à mousse a été entièrement renouvelée. À tantôt, peut-être !",
            "Écoutez, à la Guillotière tout le monde se connaît, hein. Vous devriez faire attention à ce que vous racontez sur le salon, ça pourrait vite se savoir qui vous êtes.",
            "Frère on a ta plaque sur les caméras, si la review dégage pas avant ce soir on la poste en story avec ta tête, no joke.",
            "Nous vous informons que, faute de retrait de votre commentaire sous huit jours, notre service juridique engagera sans autre préavis toute procédure qu'il jugera utile à l'encontre de votre personne.",
            "Le village est petit, Madame, et les gens parlent beaucoup. À votre place, je réfléchirais avant de revenir publier ce genre de choses.",
        ],
    },
    "personal_data": {
        "en": [
            "Kia ora and thanks for the kind words about our new shop on Cuba Street. We're stoked you found frames you love and that Aroha took the time to adjust them so they sit straight. As your eye test on 14 March showed, your glaucoma pressure readings are borderline, so do keep up those drops the specialist prescribed. It's always a pleasure to see a familiar face, and your reading glasses will be ready for pick-up on Thursday. Sweet as, see you soon!",
            "Thank you kindly, ma'am. Just a reminder for y'all: your next service on the water heater at 1412 Oak Hollow Drive is set for June 3rd, and we'll call you on 512-555-0147 the day before.",
            "You ordered a large mixed kebab, no onions, to Flat 3, 22 Mill Road at 1:47am on Saturday. It arrived at 2:20. Check your receipt.",
            "hi Tom sorry about the fade, we have you're mobile 07700 900462 from the booking so we'll text you, your booked in for the 12th at 3pm anyway so we can fix it then",
            "Given what you shared with us at registration about your pregnancy, we'd gently suggest that the prenatal class on Tuesdays might suit you better.",
        ],
        "fr": [
            "Chère Madame Lefort, merci infiniment pour ce joli message après votre semaine au gîte des Tilleuls, dans nos collines du Beaujolais. Nous sommes ravis que vos petits-enfants aient profité de la piscine et que le barbecue ait servi tous les soirs. Nous avions bien noté que votre mari se remettait de son opération de la hanche, c'est d'ailleurs pour cela que nous vous avions installés dans la chambre du rez-de-chaussée du 12 au 19 juillet. La clé de la grange sera de nouveau à votre disposition l'été prochain si vous le souhaitez. À la revoyure !",
            "Monsieur, on est venus chez vous au 41 rue des Coteaux à Schaerbeek le 8 à 23 h pour la porte claquée, votre GSM c'est bien le 0470 12 34 56 ? On vous rappelle pour la facture.",
            "Coucou Inès 👋 ton booking du samedi 14 à 15 h pour le bday de Léo (8 ans) est toujours là, on te renvoie la confirmation sur ton 06 12 34 56 78, no stress !",
            "Madame, conformément à votre ordonnance du 2 février faisant état d'une myopie de -4,25 à l'œil gauche, nous maintenons que les verres livrés sont conformes.",
            "Le monsieur qui se fait livrer tous les vendredis vers minuit au 5 de la rue Garibaldi se reconnaîtra…",
        ],
    },
    "personal_attack": {
        "en": [
            "Well thank you for stopping by our wash out on Highway 290, and for taking the time to write all this down. We sure do appreciate every customer who rolls through, and we've been working hard on the new dryers out back. Frankly, though, anybody who's read your other reviews can see you're just a chronic liar fishing for a free wash. We'll still be here six days a week, rain or shine, with the coffee on. Y'all have a blessed day now.",
            "Yeah nah, mate, you're just a tight-fisted whinger who wanted the bach for free. Don't bother coming back.",
            "You were rude, you were drunk and you are obviously lying. Nobody believes you.",
            "your clearly a compulsive lier and everyone on this street knows it, dont bother calling us again",
            "We're sorry you feel that way, though one does wonder whether you have read a single book in your life, let alone the one you are reviewing.",
        ],
        "fr": [
            "Merci d'être passé au snack et merci pour votre retour, on lit tout, on prend tout. On est une petite équipe de quatre et on prépare la viande nous-mêmes tous les matins depuis quinze ans, tout le quartier le sait. Mais faut être honnête, vous êtes un menteur et un gros rapiat qui cherche juste à pas payer son sandwich. La porte reste ouverte, on sert jusqu'à deux heures du matin le week-end. Bonne continuation, et bon appétit !",
            "Vous êtes un fameux baraki, Monsieur, et tout le monde à Charleroi le sait. Allez raconter vos carabistouilles ailleurs.",
            "Sorry mais t'es juste une fake qui cherche le buzz, ton avis c'est full mytho 🙄",
            "Nous constatons que votre commentaire relève de la mauvaise foi la plus manifeste et qu'il émane à l'évidence d'une personne malhonnête.",
            "Il y a des clients qu'on est content de voir partir, et on ne va pas vous mentir : vous en faites partie, avec votre manie de raconter n'importe quoi.",
        ],
    },
    "sarcasm": {
        "en": [
            "Kia ora, and thanks so much for bringing the whole whānau along for Jack's birthday party! We loved seeing the kids go wild on the dodgeball court, and we hope the cake survived all that bouncing. Oh, and congratulations on discovering that trampolines are bouncy, truly a groundbreaking finding, we'll let the scientists know. The party room has been repainted since, so it'll look even better next time. Chur, and happy birthday to Jack!",
            "Well bless your heart, sugar. Bet it's real hard bein' the only fella in Texas who knows how to cut hair.",
            "Thanks SO much for the feedback. We'll be sure to rebuild the entire car wash around your personal preferences.",
            "wow a kebab shop that sells kebabs, what a shock for you lol. maybe try the salad bar next door if your that sensitve",
            "How reassuring that your eyesight was sharp enough to spot every single flaw in our shop, even without the new glasses.",
        ],
        "fr": [
            "Bonjour et merci pour votre séjour dans notre gîte des Ardennes, on espère que la balade jusqu'à la cascade vous a plu. On a bien ri en voyant vos photos du feu de bois, les enfants avaient l'air d'adorer. Et merci de nous avoir appris qu'il pleut en Belgique en novembre, on n'en savait vraiment rien, une fois. La chaudière a été révisée depuis, donc la prochaine fois il fera bien chaud dans le salon. À tantôt dans les Ardennes !",
            "Ah ben oui, forcément, une librairie où il y a des livres, c'est vrai que ça surprend. On va mettre des quenelles dans les rayons pour vous faire plaisir, tiens.",
            "Wow trop fort, t'as découvert que les trampolines ça fait sauter 🤯 big up pour l'enquête, vraiment next level 👏",
            "Nous prenons bonne note de votre remarquable expertise en plomberie, dont nous ne doutons pas qu'elle vous permettra désormais de vous passer de nos services.",
            "Quelle sérénité dans votre avis, on sent vraiment tous les bienfaits de nos cours de méditation.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks so much for calling us out on such a cold night, and for writing such a detailed review. Being locked out with two little ones is nobody's idea of fun, and we're glad you got back inside in the end. The delay was entirely down to Kevin, who ignored the job on his phone for forty minutes and has now been given a final written warning. We've since added a second on-call locksmith for weekends so the wait should be much shorter. Stay warm, and thank you again for your patience.",
            "Sorry about the scratches, bro, that was Liam on the pressure washer, he's new and heaps clumsy. We've docked his pay for it.",
            "Your order was wrong because Mehmet can't read. He's been told. Not our problem anymore.",
            "sorry the cottage was dirty, our cleaner Sandra didnt do her job properley and shes been let go becuase of it",
            "We regret the inconvenience; please rest assured that Ms Harlow, who fitted your lenses, has been removed from the front desk pending a review of her performance.",
        ],
        "fr": [
            "Merci beaucoup d'être venu au salon et d'avoir pris le temps de nous écrire, ça compte beaucoup pour nous. On est désolés que votre dégradé n'ait pas été à la hauteur, surtout la veille d'un mariage. C'est Kevin qui était au fauteuil ce jour-là, il a bâclé le travail et on l'a mis à pied une semaine pour lui apprendre. Passez quand vous voulez, on vous refait ça gratuitement, c'est normal. Bonne journée et à bientôt sur les Pentes !",
            "Désolé pour la commande, c'est Youssef qui était à la caisse ce soir-là et il comprend rien, une fois. On l'a remis à la plonge.",
            "Sorry pour le cours 😬 c'était Chloé en remplacement et franchement elle était pas au niveau, on la rebooke plus, promis.",
            "Nous vous informons que le technicien concerné, M. Rousseau, a fait l'objet d'une procédure disciplinaire à la suite de votre réclamation.",
            "Disons que notre serveuse du samedi, Léa, n'a pas vraiment le sens du service… on en a parlé avec elle.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Kia ora, and thank you for coming to the sunrise flow class, it's lovely that you gave us a go. We're sorry the class started late; the teacher's car had a flat on the motorway, the heat pump tripped the fuse, the sign-in tablet froze, the landlord had just changed the door code and two regulars turned up without mats so we had to dig out spares. We do try hard to start on the dot, and most mornings we manage it. Hope to see you on the mat again soon. Ngā mihi!",
            "Now hold on, the reason we were late is the truck needed gas, then there was a wreck on I-35, then my dispatcher's kid was sick, then the GPS sent us to the wrong Elm Street, and on top of all that it was fixin' to storm.",
            "For the record: the dryer was under maintenance, it was peak hour, we were two staff down, the wax supplier was late and it was humid. So.",
            "sorry for the delay but we had three emergancys that morning, the van broke down, my aprentice was off sick, the parts shop was shut and then my phone died so i couldnt call, its not like we didnt try",
            "We appreciate your comments; the queue was due to a school group arriving early, a card reader fault, the new waiver system, staff training that afternoon and a late delivery of grip socks, all of which were outside our control.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite au magasin, ça nous fait plaisir de vous compter parmi nos clients depuis tant d'années. Pour le retard de vos lunettes, il faut savoir que le laboratoire a changé de transporteur, que les verres progressifs étaient en rupture, que notre meuleuse est tombée en panne, que notre opticienne était en congé et qu'en plus il y a eu la grève de la poste. On comprend que c'est embêtant d'attendre trois semaines. Vos lunettes sont prêtes, passez quand vous voulez, on vous les ajuste avec plaisir. À tantôt !",
            "Alors, pour le café froid : la machine est vieille, le barista débutait, il y avait un cuchon de monde, le lait a été livré en retard, la Fête des Lumières attirait toute la ville et on avait eu une coupure de courant le matin.",
            "Ok on explique : rush du samedi, un staff en moins, la machine en reboot, le fournisseur de savon en retard, une météo full chelou… donc voilà, c'était pas vraiment notre faute 🤷",
            "Nous tenons à préciser que les désagréments constatés résultent successivement d'une coupure d'eau communale, d'un retard de l'entreprise de ménage, d'une défaillance du chauffe-eau, d'un arrêté préfectoral et de conditions météorologiques exceptionnelles, éléments indépendants de notre volonté.",
            "Bon, si la frite était molle, c'est que la friteuse était neuve, l'huile pas encore à température, le fournisseur de patates avait changé de variété et il y avait match ce soir-là, vous comprenez.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for popping into the bookshop café, and for the lovely words about our window display and the autumn reading list. We really do love seeing people curl up in the armchairs with a scone and a new novel. However, nobody here was ever rude to you and no one asked you to leave; that simply did not happen. We're open every day until six, and the poetry evening is back on the first Thursday of the month. Thanks again for stopping by!",
            "Yeah nah, didn't happen, mate. Nobody on our team nicked your ear, end of story.",
            "Ma'am, I'm gonna stop you right there. Nobody at our park ever let your boy on the big trampoline without socks. That's just not so.",
            "we never charged you extra, thats not true at all. the price was the same as quoted and nothing else happend",
            "Wrong. The car was spotless when it left. Your review is simply inaccurate.",
        ],
        "fr": [
            "Bonjour et merci d'avoir partagé votre expérience après le stage du week-end dans notre studio des Pentes. On est vraiment touchés que les séances de respiration vous aient aidée à mieux dormir, et que l'ambiance vous ait plu. En revanche, personne ne vous a jamais demandé de quitter la salle, cela ne s'est tout simplement pas produit. Le prochain stage aura lieu en janvier, avec une séance de yin yoga le dimanche matin. Belle journée à vous !",
            "Non, Madame, il n'y a jamais eu de fuite après notre passage, c'est tout à fait faux. On sait bien ce qu'on a fait.",
            "Nan mais ça s'est jamais passé, personne t'a raté ton fade, c'est fake news 🤷‍♂️",
            "Nous contestons formellement l'intégralité des faits allégués : aucun supplément ne vous a été facturé et aucune intervention n'a été bâclée.",
            "Il n'y a jamais eu de cheveu dans une assiette chez nous, jamais, en vingt ans.",
        ],
    },
}

BLIND41_GOOD: dict[str, list[str]] = {
    "en": [
        "Kia ora Sarah, thanks heaps for staying with us, we're stoked the kids loved the kayaks. Come back any time, the jandals will still be on the porch!",
        "Howdy, and thank y'all kindly for the five stars! Omar's gonna be tickled pink you liked his lamb plate. Come on back real soon.",
        "We're very sorry your glasses took three weeks instead of one. That's not the service we aim for. We've changed our lab supplier and refunded the rush fee; if anything else isn't right, please call the shop on 04 555 0192 and ask for the manager.",
        "Thanks for the kind words! Just so you know, every tenth wash is free for all our regulars with a loyalty card, no review needed, just ask at the kiosk.",
        "Thank you! We'll pass your compliments on to Jess, who has taught our beginners' class for five years and will be over the moon to read this.",
        "Our locksmith Dan quoted you the wrong price over the phone, and that's on us as a business, not on him: our price list wasn't up to date. We've honoured the lower quote and refunded the difference to your card.",
        "We were so sorry to read that your father passed away shortly after your stay. Thank you for telling us the cottage held happy memories for him. Our thoughts are with you and your family.",
        "Thanks for your feedback. We understand it was disappointing that your son had to wait for the big trampoline. Our rule is one jumper per trampoline, because most injuries happen when two children collide; we know it's frustrating, and we're making the signs clearer at the entrance.",
        "Thanks for taking the time to review us. Just to clarify, our $85 call-out fee is listed on our website and is normally mentioned when you book; we're sorry it wasn't clear on the day. We'd be happy to go through the invoice with you, just email accounts@kiwiplumbing.example.",
        "Guilty as charged: our coffee machine is older than some of our customers and it sulks on Mondays. A new one arrives next week, and we've already apologised to the old one.",
        "thank you so much for you're lovely review!! we realy apreciate it and hope to see you and the kids agian soon at the park",
        "Thanks. Noted about the parking. We've added two more spaces out front.",
        "Thank you kindly, sir. Ray says it was a pleasure gettin' you sharp for the weddin'. Congratulations to you and the bride!",
        "We're sorry your car was scratched in our lot. Our CCTV covers the exit lane and we've kept the footage from the day you mentioned so it can help with your insurance claim; please call us on 03 555 0148 and we'll send it over.",
        "Thanks for the review! For anyone looking for us, we've moved to 14 Victoria Street, right next to the library, and we're open 9 to 5, Monday to Saturday.",
        "We would never want a customer to feel they'd been called a liar, and we're sorry our earlier message came across that way. Please accept our apology; we'd like to make it right.",
        "Our sign has been missing its B for three months, so we're now famously the Ke ab House. A new sign is on order, and thanks for the giggle!",
        "You're right that our drop-in class went up from $18 to $20 in January. We're sorry it came as a surprise; our rent went up and we held off as long as we could. Concession passes are still $14 for students and seniors.",
        "Thanks for the three stars and for the honest comments about our booking system. We agree it's clunky, and a new one goes live next month.",
        "Glad you enjoyed it! By the way, anyone who brings a friend to a class gets their next class free, and that's open to everybody, review or no review.",
        "We're sorry about the confusion over the deposit. Under our terms and conditions the deposit is returned within seven days of departure, and yours went back to you this morning.",
        "I'm sorry to read this. I'd really like to hear more and put it right, so could you email me directly at owner@sharpcuts.example or call the shop on (512) 555-0199?",
        "Cheers for that, legend! Chur.",
        "We're so sorry your bike was stolen from outside the café. We've given the police our camera footage to help, and a proper locked bike rack goes in this month.",
        "Thanks for your patience. Our Saturday kids' sessions are booked out weeks ahead, so we've started a waiting list; just leave your name at the desk or on our website and we'll let you know as soon as a spot opens.",
        "sorry about the leek under the sink, we shoud of checked it before we left. our plumber is coming back tomorow free of charge to fix it, no arguements.",
        "Fair point. The wait was too long. We've hired another barber for Saturdays.",
        "Ma'am, we're real sorry it took us an hour to get to you. That ain't right, and we've refunded the call-out fee. If you ever need us again, you call the shop direct and ask for me.",
        "Thank you for mentioning Priya! She's our most patient dispenser, and we're so pleased she could help your family choose new frames.",
        "Sorry the hot water ran out, that's no good after a day's tramping. We've put in a bigger cylinder and we'd love to have you back sometime.",
        "Thanks for the review! Our Thursday book club is free and open to everyone, and all members get 10% off the book of the month.",
        "We're sorry the wheels weren't as clean as you expected. The basic wash doesn't include the wheel detail, which is part of the deluxe option; we realise the board could be clearer and we're redoing it. Drop by any time and we'll happily show you the difference.",
        "Sorry your order was late. We had a power cut in the kitchen for forty minutes, but that's no excuse for not calling to let you know, and we've fixed that.",
        "Congratulations on finishing your teacher training with us! It was a joy to watch you grow, and we can't wait to come to your first class.",
        "We admit the foam pit has swallowed more phones than we'd like to count. We now hand out free zip pouches at the front desk so your phone stays on dry land.",
        "We know who our regulars are, and it's folks like you who keep the chairs warm. Thanks for ten years of Saturday trims!",
        "Thanks for the five stars. Good to hear the boiler's running.",
        "Sorry about the damage to the door frame. Our work is fully insured and we'll cover the repair; give the office a ring on 0800 555 019 and we'll arrange a carpenter.",
        "Thanks for your question about children's eye tests. We recommend a check every year for under-16s, and they're free at our practice.",
        "Thank y'all for staying at the cottage! Sorry the Wi-Fi was patchy out here in the Hill Country; we've put in a new router and a booster in the back bedroom.",
    ],
    "fr": [
        "Merci beaucoup pour votre gentil message, une fois ! On est contents que la mitraillette sauce andalouse vous ait plu. À tantôt !",
        "Merci pour ce mot adorable ! On transmet à Margaux, qui a monté tout le rayon polar et qui sera ravie. Au plaisir de vous revoir pour un café-bugne.",
        "Madame, nous vous prions d'accepter nos sincères excuses pour le délai de livraison de vos lunettes, qui n'était pas conforme à nos engagements. Nous avons changé de laboratoire et vous avons remboursé les frais d'urgence. Nous restons à votre disposition au 04 78 55 01 23.",
        "Merci pour la good vibe 🙏 trop contents que le cours de vinyasa t'ait plu, see you on the mat !",
        "Merci pour votre visite ! Pour info, la carte de fidélité est ouverte à tous : au dixième lavage, le suivant est offert, avis ou pas avis.",
        "Nous sommes sincèrement désolés pour l'erreur de réservation. Il s'agit d'une erreur de notre maison, que nous assumons entièrement, et nous avons revu notre procédure de confirmation afin qu'elle ne se reproduise pas.",
        "Nous avons appris avec beaucoup de tristesse le décès de votre maman, qui venait chaque été au gîte. Toute notre famille vous adresse ses plus sincères condoléances.",
        "Merci pour votre retour. On comprend la déception de votre fille : les chaussettes antidérapantes sont obligatoires parce qu'elles évitent les glissades sur les bords des trampolines. On en vend à l'accueil, et on les prête gratuitement aux enfants qui les ont oubliées.",
        "Merci d'avoir pris le temps de nous écrire. Pour être précis, le déplacement de 45 € figurait sur le devis signé ; nous sommes néanmoins désolés que cela n'ait pas été clair. N'hésitez pas à nous appeler pour qu'on en parle tranquillement.",
        "Vous avez raison, notre machine à café a l'âge de la Croix-Rousse et le caractère d'un gone têtu. La nouvelle arrive lundi, on espère qu'elle sera plus aimable !",
        "Thanks bro pour la review 🔥 Karim est trop content que ton fade soit clean, on se capte au prochain rdv !",
        "Désolés pour l'attente, Monsieur, une heure c'est bien trop long quand on est dehors sous la drache. On a ajouté un serrurier de garde le week-end, et vous savez nous joindre au 02 555 01 01 si besoin.",
        "Merci ! Pour ceux qui nous cherchent, on a déménagé au 12 rue de la Charité, à deux pas de Bellecour, ouvert du mardi au samedi de 9 h à 19 h.",
        "Nous sommes navrés pour la rayure sur votre portière. Nos caméras couvrent la sortie de la station et nous avons conservé les images pour votre assurance ; écrivez-nous à contact@lavage-express.example et nous vous les transmettrons.",
        "Conformément à nos conditions générales de location, la caution est restituée sous sept jours ; la vôtre vous a été renvoyée ce matin. Merci encore pour votre séjour.",
        "Vous avez raison, le cours à l'unité est passé de 16 à 18 € en septembre. Nous sommes désolés de ne pas l'avoir annoncé plus tôt ; le tarif étudiant reste à 12 €.",
        "Merci pour vos trois étoiles et pour ces remarques honnêtes sur l'accueil. Elles nous aident à progresser.",
        "Bonne nouvelle pour tout le monde : parrainez un ami et vous aurez chacun une séance de trampoline offerte, que vous ayez laissé un avis ou non.",
        "Je suis vraiment désolé de lire cela. Pouvez-vous m'écrire directement à gerant@kebab-du-rhone.example, pour qu'on trouve une solution ensemble ?",
        "Nous sommes désolés pour le vol de votre vélo devant la librairie. Nous avons remis les images de notre caméra à la police, et un arceau sécurisé sera installé ce mois-ci.",
        "Merci de votre patience. Les créneaux du samedi sont pris des semaines à l'avance, alors on a créé une liste d'attente à l'accueil : on vous prévient dès qu'une place se libère.",
        "Merci, c'est gentil tout plein ! À tantôt !",
        "Madame, Monsieur, nous vous prions de bien vouloir excuser le retard de notre intervention. Un second technicien d'astreinte a été recruté afin que cette situation ne se reproduise pas. Nous vous prions d'agréer nos salutations distinguées.",
        "Sorry pour l'attente 😅 le rush du samedi nous a débordés, on a ouvert une deuxième piste et ça va beaucoup plus vite maintenant !",
        "On avoue, notre sauce blanche est plus chargée en ail qu'un mâchon lyonnais. On prévient maintenant à la commande, promis !",
        "Félicitations pour votre mariage ! On est ravis que le gîte ait accueilli vos deux familles pour ce beau week-end. Tous nos vœux de bonheur.",
        "Un grand merci pour vos compliments sur Lucas, notre animateur d'anniversaires ; il a lu votre avis et il a le sourire jusqu'aux oreilles.",
        "On connaît bien nos fidèles clients, et c'est toujours un plaisir de vous revoir depuis toutes ces années. Merci pour votre confiance !",
        "Merci pour votre avis. Nous ne retrouvons pas de supplément sur votre ticket, mais nous sommes peut-être passés à côté de quelque chose : passez au salon ou appelez-nous, nous regarderons ensemble.",
        "Désolés pour la frite molle : notre friteuse est tombée en panne ce soir-là. On aurait dû vous prévenir, et c'est réparé.",
        "Nous vous remercions vivement pour votre témoignage et sommes heureux que nos cours de yoga doux vous aient plu. Au plaisir de vous accueillir de nouveau.",
        "Nos interventions sont couvertes par notre assurance professionnelle : nous prenons en charge la réparation du chambranle. Appelez le bureau au numéro indiqué sur notre site et nous organisons le passage d'un menuisier.",
        "Merci pour ce feedback trop cute 🥰 le club de lecture du jeudi est open à tout le monde, come as you are !",
        "Merci pour votre retour. Vous avez raison, on aurait dû protéger le parquet avant d'intervenir. On repasse la semaine prochaine pour réparer, à nos frais, ça fait pas un pli.",
        "Merci pour votre passage au studio ! Désolés que la salle était trop froide, on a fait réviser le chauffage. Au plaisir de vous revoir sur le tapis, une fois.",
        "Nous vous remercions pour votre avis. Nous nous permettons de préciser que le lavage des jantes fait partie de la formule Premium et non de la formule Essentielle ; nous avons revu notre affichage pour que ce soit plus clair.",
        "Notre serveur Hugo s'est trompé dans votre commande, et c'est à nous, la maison, d'en assumer la responsabilité : nous vous avons remboursé le sandwich, et Hugo vous présente aussi ses excuses.",
        "On plaide coupable : notre fosse à mousse a déjà englouti un nombre record de téléphones. Des pochettes zippées gratuites sont désormais disponibles à l'accueil.",
        "Trop contents que le séjour au gîte vous ait plu, la vibe était parfaite avec le feu de cheminée 🔥 revenez quand vous voulez !",
        "Pour votre sécurité, merci de rester dans votre véhicule pendant le lavage : les brosses démarrent automatiquement. Nous comprenons que la consigne surprenne et avons ajouté un panneau plus visible à l'entrée.",
    ],
}
