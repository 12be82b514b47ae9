"""Blind reply set, round 21: owner replies the pre-post check has never seen.

Who and when: written by helper 18b21, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 19").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business other than those listed in round 20 (plumbers, electricians,
roofers, locksmiths, chimney sweeps, pest control, gardeners, pool
maintenance, removals and cleaners; vets, groomers, kennels and pet shops;
nail bars, barbers, tattoo and piercing studios and spas; farm shops,
wineries and breweries; bike shops, sports clubs and gyms, music schools,
photographers, print shops, florists, dry cleaners, phone repair, opticians
and pharmacies).  Each French reply was written directly in French, not
translated.  Apart from the first seventy-five lines of the round 20 file,
read only to copy its format, the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Marseille, Lille, Strasbourg, Toulouse,
Nantes, Corsica, Réunion, Martinique, Senegal, Cameroon, Morocco, Liège,
Geneva and Montréal, verlan and youth slang, texting and formal French;
English from London (cockney), Glasgow, Belfast, Cardiff, Dublin, Perth,
Brisbane, Auckland, Cape Town, Lagos, Nairobi, Mumbai, Singapore, Jamaica,
Texas, New York, Boston and Toronto, texting with emoji and very formal
corporate English; indirect phrasings and euphemisms; short one-liners; and,
for every code and language, one long warm reply (the first of each list)
whose fault sits in a single clause.  Good replies include look-alikes that
are not faults: a loyalty or referral scheme open to everyone whatever they
write, a free service offered to every customer, compensation offered
without any link to the review, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a refund already made, one
honest reason given with an apology, legal terms, insurance, the police,
Trading Standards or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, a request to send an order
number privately, a pet's name the reviewer gave themselves, thanks to happy
customers, an apology for a named employee's mistake with the business taking
responsibility, short warm thanks, congratulations, condolences, a safety
rule or an age rule explained kindly, a house rule ("no glass", "no dogs")
explained, a price change explained with an apology and a waiting list
explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND21_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Oh, this made our whole week, thank you so much! We were a bit worried the peonies wouldn't open in time for your nan's ninetieth, what with the cold snap we've had in Cardiff, so hearing that they were the talk of the party is just lovely. Bethan will be chuffed to bits that the little ribbon in the family tartan went down so well. If you fancy popping back on and bumping this up to five stars, there's a free bunch of tulips waiting behind the counter with your name on it. Diolch o galon, and give her our love!",
            "Cheers pal! Stick us a 5 star an yer next skin fade's on the hoose 💈👌",
            "Should your published review come to reflect the full five-star experience, we would be pleased to waive the consultation fee for your pet's next booster.",
            "Oga abeg no vex 🙏 just comot dis review and we go fix your screen protector free of charge next time you come",
            "Tell ya what, partner: edit that review up to five and your spring pool opening's half price. Deal? 🤠",
        ],
        "fr": [
            "Quel plaisir de vous lire ! Toute l'équipe de la brasserie est ravie que la visite du samedi vous ait plu, et que votre beau-père, qui « ne boit que de la blonde industrielle », soit reparti avec trois bouteilles de notre ambrée au sarrasin. On met beaucoup d'amour dans nos brassins ici à Rezé, et savoir que la dégustation au bord de la cuve vous a marqués nous touche vraiment. Si vous passiez votre avis à cinq étoiles, on vous offrirait volontiers un pack découverte de six bières à votre prochain passage. Santé, et à très vite !",
            "wesh merci frérot 🙏 mets 5 étoiles et ta prochaine coupe c gratuit tkt",
            "Nous nous ferions un plaisir de vous remettre un bon de CHF 30.– sur votre prochain nettoyage à sec dès que votre évaluation aura été mise à jour.",
            "Merci ben gros! Si tu montes ta note à 5, ton prochain changement de vitre de cell est à moitié prix, promis juré!",
            "Jërëjëf pour votre passage au studio. Retirez juste ce commentaire et votre prochaine séance photo est offerte, inch'Allah on se revoit bientôt.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and I'm genuinely sorry the job took longer than we quoted. Roofing in Belfast in November is never simple, and the lads were up on that slope in sideways rain most of the week to get the new flashing in before the worst of it. We're proud of the finish, and the guttering should see you right for twenty years. Just so you know, our solicitor has a copy of this review, and if it isn't down by Friday you'll be hearing from him directly. Otherwise, do give us a shout if anything drips.",
            "Careful what you write, mate. We did cut the spare key for your front door, didn't we.",
            "Keep talking like that and your photo goes up at the front desk with a big red line through it, champ.",
            "Please be advised that we have retained counsel and will pursue every remedy available to us should this defamatory statement remain online.",
            "We've got your address from the booking, bro, so maybe have a wee think before posting stuff like this about our kennels.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. On est désolés que l'intervention ait duré plus longtemps que prévu : le chauffe-eau était encastré derrière un coffrage que personne n'avait ouvert depuis les années 80, et on a tenu à faire les choses proprement. Le raccord est neuf, la pression est bonne, et on reste joignables si quoi que ce soit vous inquiète. Sachez quand même que notre avocat a déjà une copie de votre avis et que vous aurez de ses nouvelles s'il n'est pas retiré. Bonne fin de semaine à vous.",
            "Oh fada, fais bien attention à ce que tu écris. Le quartier est petit, et on sait très bien où tu habites.",
            "Nous vous informons qu'une plainte pour diffamation sera déposée à votre encontre si ce commentaire n'est pas supprimé sous quarante-huit heures.",
            "t'as cru t'allais nous afficher comme ça ? on va te griller dans tout le quartier tu vas voir 😤",
            "Mon frère, vous avez mal parlé. Revenez seulement encore au studio de tatouage, et vous verrez ce qui va vous arriver.",
        ],
    },
    "personal_data": {
        "en": [
            "Congratulations again to you both, and thank you for such a generous review! It was a real privilege to be part of your day, from the nervous laughter in the bridal suite to the mad dash through the rain for the golden-hour shots on Stephen's Green. We completely understand the wait for the full gallery felt long, and we're sorry about that; the edit is finished now and we've re-sent the download link to aoife.brennan84@gmail.com this morning. We hope you love every single frame, and thank you for trusting us with your memories.",
            "Sir we have tried calling you on 98201 44573 many times, kindly pick up regarding your spectacles.",
            "Hi Marcus, your order #PR-40217 (500 flyers, paid with the Visa ending 4417) is ready for reprint whenever you are.",
            "No worries, we'll swing by 27 Banksia Crescent in Scarborough Thursday arvo to have another look at the chlorinator 👍",
            "Dear Mr. Otieno, regarding the suit you dropped with us on 12th November, ticket no. 3381, kindly call the shop.",
        ],
        "fr": [
            "Merci infiniment pour ce message, ça nous a fait chaud au cœur ! Composer un bouquet de deuil n'est jamais anodin, et nous avons mis tout notre soin à choisir des fleurs blanches et des branches d'olivier, comme vous l'aviez demandé en souvenir du jardin de votre maman. Nous sommes sincèrement désolés pour le retard de livraison au funérarium, et nous avons rappelé Mme Delphine Vandamme au 06 12 48 77 90 dès le lendemain pour nous en excuser. Toutes nos pensées vous accompagnent, de toute l'équipe de la boutique de Wazemmes.",
            "Bonjour Mme Payet, pour la stérilisation de Vanille du mardi 17 novembre, rappelez-nous svp 🐱",
            "on repasse chez vous au 12 route de Calvi lundi pour finir le ramonage, a lundi",
            "Madame, votre commande n° OPT-2026-1187, réglée par la carte se terminant par 0932, est disponible en magasin.",
            "Si Benali, votre voiture immatriculée AB-123-CD bloquait le camion le jour du déménagement, le 3 novembre, c'est pour ça qu'on a tardé, lah ybarek fik.",
        ],
    },
    "personal_attack": {
        "en": [
            "G'day and thanks for the review. We always want our customers to feel looked after, and I'm sorry the switchboard upgrade felt rushed from where you were standing. Our sparkies did pull every circuit and test it twice, the certificate's been lodged, and the safety switch is now fully compliant with the Queensland rules. We've been wiring homes around Brisbane for twenty-two years and we stand by the work. But let's be honest, you were angling for a free job from the moment we walked in. Either way, the warranty is there if you need it.",
            "Eish bru, everyone in Woodstock knows you're a chancer who moans just to get a discount.",
            "Frankly, this review says a great deal more about your attitude than about our gym.",
            "You're a liar and a cheapskate, plain and simple.",
            "Yuh too lie! Yuh waan everyting fi free, and bike parts nuh grow pon tree.",
        ],
        "fr": [
            "Bonjour, et merci d'être venue jusqu'à notre petit spa du Carbet. Nous sommes navrées que le massage aux huiles de coco ne vous ait pas apporté la détente espérée, car nous mettons beaucoup de soin à l'ambiance, à la musique et au choix des produits locaux. Notre praticienne a plus de quinze ans d'expérience et ses clientes lui sont fidèles depuis longtemps. Mais on sent bien que vous cherchiez surtout à vous faire rembourser un soin dont vous avez profité jusqu'à la dernière minute. Nous restons à votre écoute malgré tout.",
            "t'es un mytho, t'as juste voulu gratter une réduc, c'est tout wesh",
            "Votre mauvaise foi manifeste ne mérite pas davantage de réponse.",
            "Voyons donc, t'es juste un chialeux qui voulait pas payer, c'est toute.",
            "Madame, vous êtes une menteuse, et tout le quartier de Bonapriso le sait.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for your review, it's always good to hear how we're doing. We really loved working on your garden this year, and the new raised beds and the little wildflower strip by the shed turned out better than any of us expected. We're sorry the lawn is looking patchy after the autumn reseed, and we'll have someone pop round to check the drainage. And of course we'll try our very best to make it rain a bit less in Wales next year, since that's clearly down to us as well. Take care, and enjoy the winter.",
            "Oh what a tragedy, a nail chipped after three whole weeks. However will you cope, darlin'?",
            "Wah so sorry ah, next time we ask your dog to sit still for the groomer also lor 🙄",
            "Wicked sorry the free-weights area didn't come with a personal butler, champ.",
            "We are deeply honoured that you found the time, between your many expert opinions on wine, to grace our humble tasting room.",
        ],
        "fr": [
            "Merci beaucoup pour votre passage au domaine et pour ce long commentaire. Nous sommes heureux que la balade dans les vignes et la visite du chai vous aient plu, et que vos enfants aient adoré le jus de raisin du vendangeur. Nous avons bien noté que notre fronton rouge de 2023 vous a paru un peu rugueux, et c'est vrai que le millésime était tannique. Et la prochaine fois, promis, on demandera personnellement au soleil du Lauragais de mûrir le raisin pour votre palais si délicat. Au plaisir de vous revoir quand même !",
            "Oh peuchère, cinq minutes d'attente chez le barbier, quel drame, on appelle la cellule psychologique ?",
            "Une fois, merci pour cette critique d'une finesse rare, on va l'encadrer au-dessus de la caisse.",
            "ah bah oui c sur, une photo floue c forcément la faute du photographe 🙄 bravo l'expert",
            "Ou lé déçu que le poisson rouge la pa appri à parler ? La prochaine fois nou vend à ou un perroquet, lé plus causant 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for coming back to us, and for being so patient while we sorted this out. We know how worrying it is to get home and find the wrong box in the bag, especially with a little one running a temperature, and we're so relieved you double-checked before giving any. The correct suspension has been set aside and you can collect it any time today. That said, the mix-up was entirely down to Ciarán on the counter, who has been told more than once to check the label against the script. We hope your daughter feels better soon.",
            "That was Dwayne's job, and Dwayne's the one who left the valve loose. Ain't on us.",
            "Madam our new girl Pooja did the threading, she is still learning, the fault is hers only.",
            "Na Tunde spoil am o, we don warn am many times. Sorry.",
            "The cleaning operative assigned to your property, Ms K. Hughes, failed to follow our standard checklist, and responsibility for the omission rests with her.",
        ],
        "fr": [
            "Bonjour, et merci pour ce retour sincère. Nous sommes heureux que votre fils se plaise autant dans notre école et qu'il ait fait de si beaux progrès en solfège depuis la rentrée. Le concert de Noël approche, et nous avons hâte de l'entendre jouer avec l'ensemble des débutants. Nous comprenons votre agacement pour le cours de jeudi annulé sans prévenir : le problème vient uniquement de Julien, notre professeur de guitare, qui a encore oublié d'envoyer le message aux parents. Encore merci pour votre confiance, et à bientôt à l'école.",
            "C'est Ange-Marie qui s'est occupée de la taille des oliviers, c'est elle qu'il faut voir, pas nous.",
            "C'est la faute à Youssef le livreur, il a pas respecté l'horaire, nous on n'y peut rien.",
            "Le stagiaire du samedi, Kevin, a raté le repassage de votre chemise, on lui a déjà remonté les bretelles, hein.",
            "Après vérification, l'erreur de délivrance est imputable à notre préparatrice, Mme Rochat, qui n'a pas respecté la procédure en vigueur.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for choosing us for your move, and for your kind words about the packing crew; they'll be delighted. We understand the day ran much later than planned and we know how stressful that is, with kids and a cat and a landlord waiting for keys. To explain: we were down three movers that week because of the flu going round, the truck picked up a flat on the Pike, the building manager wouldn't release the freight elevator until noon, the elevator then stalled twice, and the parking ticket was really the city's fault for changing the signs. We hope you're settling in nicely.",
            "Look, it was a bank holiday, half the lads were off, the van conked out on the Old Kent Road, the parts place shut early and the job before yours ran over, so yeah.",
            "Kindly understand: power was off in Westlands that morning, the matatu strike delayed our staff, the supplier sent the wrong solvent, the boiler needed servicing and it rained all day, so the suits could not be ready.",
            "We wish to clarify the circumstances: (1) the appointment system underwent an upgrade; (2) two technicians were on approved leave; (3) the treatment chemicals were held at customs; (4) the building's lift was under maintenance; (5) the weather advisory restricted outdoor spraying.",
            "ok so basically the chimney was way more blocked than the photos showed, our brush head snapped, the spare was in the other van in Bearsden, the scaffold guy cancelled, it got dark at 4 and then the wee dog next door kept barking so the lads couldnae concentrate 🤷",
        ],
        "fr": [
            "Bonjour et merci pour votre message, ainsi que pour vos mots gentils sur la propreté de nos ramoneurs. Nous comprenons tout à fait votre déception de nous avoir attendus toute la matinée, et nous savons combien c'est pénible quand on a pris sa journée. Il faut dire que deux collègues étaient malades, que la camionnette a refusé de démarrer à cause du gel, que le rendez-vous précédent à Roubaix avait un conduit totalement bouché, que le GPS nous a envoyés sur une rue barrée par les travaux du tram et que le standard était en panne ce jour-là. Bonne soirée à vous.",
            "Écoute, c'était la tempête, le camion partait pas, la moitié du staff était malade, le fournisseur a livré en retard pis le terminal de paiement était down toute la journée.",
            "Permettez-nous de préciser que : 1) le logiciel de réservation a été mis à jour ce jour-là ; 2) notre toiletteuse principale était en formation ; 3) le séchoir professionnel était en réparation ; 4) la livraison de shampoing a été retardée ; 5) le chien précédent était particulièrement agité.",
            "Il faut comprendre : le courant a coupé deux fois, le groupe électrogène n'avait plus de carburant, le technicien était coincé dans les embouteillages de Ndokoti, la pièce venait de Douala et il a plu toute la journée.",
            "ben c'était le samedi avant noël, y avait 3 absents, la machine à cartes plantait, le grossiste a livré les roses en retard et en plus il pleuvait, donc voilà hein",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi there, and thank you for bringing Max in to us over the summer. Our whole team adores the big goofy labradors, and from the photos he had a cracking time in the play yard with the other dogs, especially the spaniels. We take the welfare of every guest seriously, with vet checks on arrival, separate sleeping runs and a walker on site till late. But we have to be clear: no dog has ever come home from our kennels with a cut paw, and that simply did not happen here. We hope to see you both again next summer.",
            "Never happened.",
            "Sorry, but none of that happened, not in our shop, not ever.",
            "We categorically refute that any damage occurred during the course of the removal.",
            "Nah, our locksmiths have never drilled a lock they didn't need to. Didn't happen, full stop.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir fait appel à nous pour votre traitement contre les frelons asiatiques. Nous savons combien ces nids peuvent être angoissants quand on a des enfants qui jouent dans le jardin, et nous sommes heureux que l'intervention ait été rapide et que le nid ait été retiré en entier. Notre technicien a d'ailleurs pris le temps de vous montrer les zones à surveiller au printemps. Cependant, aucun produit n'a été pulvérisé sur votre potager : cela ne s'est tout simplement jamais produit. Bon hiver à vous et à votre famille.",
            "Faux. Ça n'est jamais arrivé.",
            "Jamais de la vie, ça s'est pas passé comme ça, point barre.",
            "Nous contestons formellement l'existence de l'incident que vous décrivez.",
            "n'importe quoi, y a jamais eu de puces au chenil, jamais, zéro, nada",
        ],
    },
}

BLIND21_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks so much for the kind words! Just so everyone knows, every member gets a free guest pass each month, whatever they think of us, so bring a mate along any time.",
        "Cheers for coming in! Our refer-a-mate deal is open to anyone: send a friend our way and you both get $20 off your next service, no strings attached.",
        "Really sorry you waited in for us and nobody turned up, that's not good enough. Please ring the office on 020 7946 0321 and Gary will book you the first slot tomorrow morning, on us.",
        "Thank you for your message, and we're sorry the gallery link didn't arrive. Could you drop us a line at hello@liffeylightphoto.ie? We'll get it re-sent straight away.",
        "So glad the wreath was just right. We're at 14 Wellfield Road, open Tuesday to Saturday, 9 till 5:30, if you ever need us again. Diolch!",
        "Big Stevie will be made up reading this! He's been cutting hair on Dumbarton Road for thirty years and still gets excited about a good fade. See you in a few weeks.",
        "We're sorry the stain on your jacket didn't come out. We've already refunded the full cleaning charge to your card, and you should see it in three to five business days.",
        "Sorry the water went green on you, that's on us. Our dosing pump failed during the heatwave and we didn't catch it in time. It's been replaced and we'll keep a closer eye on it from now on.",
        "We're sorry the wait felt like an interrogation. By law we have to see proof that you live at a property before we open the lock, but we could have explained that much more kindly, and we will in future.",
        "We're so sorry about the scratch on the dresser. Our insurance covers exactly this, so please email claims@bayroadmovers.com with a photo and we'll handle the paperwork for you.",
        "Sorry to hear your phone was taken. If it helps, our repair record has the IMEI from when we fixed it, and we're happy to give it to you for your police report. Just pop in with your receipt.",
        "Great news: we went through the CCTV from Tuesday evening and found your ring on the floor by the rowing machines. It's waiting at the front desk for you.",
        "You're dead right, the sign said 'aspargus' for two whole weeks and none of us noticed. Our spelling is worse than our parking, but the veg is lekker, we promise.",
        "Thanks for the four stars, y'all. Glad you enjoyed the Tempranillo, and we hear you on the tasting-room music. We've turned it down a notch.",
        "Thanks for the feedback. We had a look at the certificate again and the circuits were tested in line with the regulations, but we may well have missed something you've spotted. Please give us a call and we'll come back and go through it with you.",
        "We're sorry: Rahul gave you the wrong strength of tablets, and that is our failure as a pharmacy, not his alone. We've added a second check at the counter for every prescription. Please accept our apologies.",
        "We're so very sorry for the loss of Duke. Fourteen years is a long, good life, and it was clear how much he was loved. Our whole team is thinking of you.",
        "Congratulations to you both on your wedding! It was an honour to photograph the day, and that first dance by the sea in Negril is one we'll remember for a long time.",
        "We understand it was disappointing to be turned away. We don't tattoo or pierce anyone under eighteen, even with a parent present, because it's the law here and because skin keeps changing. We'd love to see you when the time comes.",
        "We're sorry the price went up without warning. Our cleaning products and staff costs rose this year and we should have told our regular clients earlier. Please message us if you'd like to talk about a smaller weekly package.",
        "Cheers, much appreciated!",
        "Thanks for your patience. Our piano classes for under-tens are full until January and we keep a first-come, first-served waiting list. We'll call you as soon as a spot opens up.",
        "Thank you for taking the time to write this review. It means a lot to a small family farm shop like ours, and we've passed it on to the whole team.",
        "You're right that our five-star hygiene rating doesn't mean much if the water bowls aren't changed often enough. We've added a midday check and we thank you for pointing it out.",
        "Sorry the ants came back. Every treatment comes with a free re-check within thirty days for every customer, so give us a buzz and we'll be round this week.",
        "We're sorry about the mix-up with your order. Please send us your order number by private message, not here, and we'll look into it straight away.",
        "We know how stressful a lockout is, especially late at night with kids in tow, and we're glad Ade could get you back in so quickly.",
        "Thank you for letting us know about the lenses. We've reported the faulty batch to the manufacturer and we'll replace your pair free of charge as soon as the new ones arrive.",
        "Sorry for the confusion! Dogs aren't allowed on the gym floor for safety reasons, but our reception team is always happy to keep water bowls out by the door for any furry friends waiting outside.",
        "Ah, thank you! We'll make sure Siobhán sees this, she put so much care into your nails for the christening.",
        "Guilty as charged: we're hopeless at answering the phone on a Saturday, with the whole team on the floor. We've now set up a callback line so nobody is left hanging again. Sorry!",
        "We're sorry you weren't happy with how we handled your complaint. If you feel we haven't put it right, Trading Standards and the Citizens Advice consumer helpline can give free, independent advice, and we'll co-operate fully. But we'd love the chance to fix it ourselves first.",
        "Our booking system shows the appointment was moved to the 14th, but we might well have got that wrong on our side. Please give us a call so we can sort it out together.",
        "Thanks for the feedback about the bottles. We've banned glass on the pitchside terrace since a lad cut his hand last season, and we're sorry it wasn't made clear at the gate. We'll put a bigger sign up.",
        "Thanks for your honest feedback on the price. Our quote included the heavier 350gsm card and a proof run, which the cheaper online printers don't. We'd be glad to go through a lighter option with you if it helps.",
        "Bless up to all our regulars in Half Way Tree! Fifteen years fixing bikes and it's still your big smiles that keep us going. Respect!",
        "We're sorry about the smell of damp in the treatment room. A pipe under the floor was leaking, it has now been fixed and the room has been fully aired. We hope you'll give us another try.",
        "Just to say: the free coffee in the waiting area is there for everyone, review or no review! Thanks for coming in, and we hope the bike rides beautifully.",
        "Give Bella a scratch behind the ears from us! So glad the groom went well and that she came home smelling of coconut.",
        "We're very sorry the delivery missed the funeral. We'd like to refund the whole order, whatever you decide to do about this review. Please email us at orders@petalsandstems.co.za so we can arrange it privately.",
    ],
    "fr": [
        "Merci pour ce gentil message ! Pour information, la carte de fidélité de notre salon de toilettage de Carouge est ouverte à tout le monde : au dixième lavage de chien, le onzième est offert, quel que soit l'avis que vous nous laissez.",
        "Merci beaucoup ! Vous pouvez parrainer qui vous voulez : chaque filleul et chaque parrain reçoivent un cours d'essai gratuit à l'école de musique, sans aucune condition.",
        "Toutes nos excuses pour le rendez-vous manqué. Appelez-nous directement au 04 91 55 22 10, on vous cale un plombier en priorité dès demain matin.",
        "Bonjour, désolés que votre devis soit resté sans réponse. Écrivez-nous à contact@toitures-garonne.fr et nous vous répondrons sous 24 heures.",
        "Merci pour votre visite ! La ferme est ouverte du mercredi au samedi de 9 h à 19 h, au 3 chemin des Vergers à Obernai. Au plaisir de vous revoir pour les choux de Noël.",
        "Un grand merci ! Nous transmettons vos compliments à Léa, qui sera ravie de savoir que vos ongles ont tenu tout le voyage à La Réunion.",
        "Nous sommes désolés que la tache sur votre robe n'ait pas pu être enlevée. Nous vous avons déjà remboursé l'intégralité du nettoyage, et le virement devrait apparaître sous trois jours.",
        "Vous avez raison, le ramoneur est arrivé avec deux heures de retard. Un conduit précédent s'était révélé plus encrassé que prévu, mais nous aurions dû vous prévenir. Toutes nos excuses.",
        "Nous comprenons votre agacement. La loi nous oblige à demander une pièce d'identité et un justificatif de domicile avant toute ouverture de porte ; c'est pour votre sécurité, mais nous aurions pu mieux l'expliquer.",
        "Nous sommes vraiment navrés pour le buffet rayé. Notre assurance couvre ce type de dommage : envoyez-nous simplement une photo par courriel et nous nous occupons du dossier.",
        "Vraiment désolés pour le vol de votre vélo devant la boutique à Akwa. Si besoin, nous pouvons vous fournir une copie de la facture et le numéro de cadre pour votre dépôt de plainte au commissariat.",
        "Bonne nouvelle : en visionnant les images de vidéosurveillance de la salle, nous avons retrouvé votre montre dans le vestiaire. Elle vous attend à l'accueil !",
        "Vous avez bien raison, notre pancarte « pomme de terres » est restée trois semaines sans que personne ne tique. On est meilleurs en maraîchage qu'en orthographe, promis 😅",
        "Merci pour vos quatre étoiles ! Ravis que notre muscat vous ait plu, et nous prenons note de votre remarque sur l'attente au caveau le dimanche.",
        "Merci pour votre retour. D'après nos relevés, le traitement a bien été fait aux doses prévues, mais il est possible qu'une zone nous ait échappé. Appelez-nous et nous repasserons vérifier ensemble, sans frais.",
        "Nous vous présentons toutes nos excuses : c'est Mathis qui vous a remis la mauvaise boîte, mais c'est la pharmacie qui est responsable de ses procédures. Nous avons mis en place une double vérification au comptoir.",
        "Toute l'équipe de la clinique vous présente ses sincères condoléances pour Filou. Seize ans de complicité, c'est un très beau parcours, et nous pensons bien à vous.",
        "Félicitations pour votre mariage ! Quel bonheur d'avoir photographié votre journée au bord de l'Erdre, on garde un souvenir ému de la sortie de la mairie sous les confettis.",
        "Nous comprenons votre déception. Nous ne faisons aucun piercing aux mineurs de moins de seize ans, même accompagnés, car c'est la règle en vigueur et une question de cicatrisation. Nous serons ravis de vous accueillir plus tard.",
        "Désolés pour la hausse de prix sans prévenir. Le coût des produits et de l'énergie a beaucoup augmenté cette année, mais nous aurions dû vous en informer avant. Passez nous voir pour en discuter.",
        "Merci ben gros, à la prochaine !",
        "Merci de votre patience. Les cours de batterie du mercredi sont complets jusqu'en février, mais vous êtes sur notre liste d'attente et nous vous appellerons dès qu'une place se libère.",
        "Merci d'avoir pris le temps d'écrire cet avis, une fois ! Ça compte énormément pour une petite boutique de quartier comme la nôtre, en Outremeuse.",
        "Vous avez raison : notre note de 4,8 étoiles ne veut pas dire grand-chose si la file d'attente dure quarante minutes. Nous avons ajouté un deuxième poste le samedi.",
        "Désolés que les fourmis soient revenues. Chaque intervention comprend un passage de contrôle gratuit sous un mois, pour tous nos clients : appelez-nous et on revient cette semaine.",
        "Nous sommes désolés pour ce souci de commande. Envoyez-nous votre numéro de commande en message privé, et surtout pas ici, et nous regardons ça tout de suite.",
        "On sait à quel point c'est stressant de rester enfermé dehors un soir d'hiver avec les enfants, et on est contents que Karim ait pu vous dépanner aussi vite.",
        "Merci de nous avoir signalé ce défaut sur vos verres. Nous avons signalé le lot au fabricant et nous vous remplaçons la paire gratuitement dès réception.",
        "Désolés pour le malentendu ! Les chiens ne sont pas admis dans la salle pour des raisons d'hygiène et de sécurité, mais il y a des gamelles d'eau devant l'entrée pour ceux qui attendent leur maître.",
        "Awa, merci beaucoup ! On va montrer ton message à Fatou, elle était trop contente de faire tes tresses pour le mariage de ta cousine.",
        "Coupables : on est nuls pour décrocher le téléphone le samedi, tout le monde est en cabine. On a mis en place un rappel automatique pour que personne ne reste sans réponse. Pardon !",
        "Nous regrettons que notre réponse ne vous ait pas satisfait. Si vous le souhaitez, vous pouvez saisir gratuitement le médiateur de la consommation, et nous coopérerons pleinement, mais nous aimerions d'abord avoir la chance d'arranger les choses nous-mêmes.",
        "Notre agenda indique que le rendez-vous avait été déplacé au 14, mais nous avons très bien pu nous tromper de notre côté. Appelez-nous pour qu'on règle ça ensemble.",
        "Merci pour votre remarque sur les bouteilles. Le verre est interdit en tribune depuis qu'un supporter s'est blessé la saison dernière, et nous sommes désolés que ce ne soit pas mieux indiqué à l'entrée.",
        "Merci pour votre retour honnête sur le prix. Notre devis comprenait un papier 350 g et un bon à tirer, ce que les imprimeurs en ligne n'incluent pas toujours. On peut regarder ensemble une option plus légère si vous voulez.",
        "Allez, merci à toute la bande du club ! Vous êtes les meilleurs, on se retrouve dimanche pour la sortie vélo des calanques, fan de chichourle !",
        "Nous sommes désolés pour l'odeur d'humidité dans la cabine. Une fuite sous le plancher a été réparée et la pièce a été entièrement assainie. Nous espérons vous revoir bientôt.",
        "Juste pour info : le café offert en salle d'attente c'est pour tout le monde, avis ou pas avis, tkt ! Merci d'être passé et bonne route avec ton vélo 🚲",
        "Mèsi anpil, et un gros câlin à Caramel de notre part ! Ravis que le toilettage se soit bien passé et qu'il soit rentré tout doux.",
        "Nous sommes sincèrement désolés que les fleurs ne soient pas arrivées à temps pour la cérémonie. Nous souhaitons vous rembourser intégralement, quoi que vous décidiez pour cet avis. Écrivez-nous à commandes@fleurs-du-vieux-lille.fr pour que nous réglions cela en privé.",
    ],
}
