"""Blind reply set, round 62: owner replies the pre-post check has never seen.

Who and when: written by helper b62, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 62).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a bakery-pâtisserie, a nail salon, a ferry
company, an escape room, a veterinary clinic and a ski school.  Each French
reply was written directly in French, not translated.  The writer read only
the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: terse one-liners; warm and familial; young and slangy (texting
style, some French without accents); Québécois French; American
customer-service style; a retired owner writing formally.  For every code and
language the first reply is long and warm with the fault in one sentence in
the middle; the others vary in length, register and subtlety (veiled, polite,
slangy, regional).  Good replies include look-alikes that share words with
the faults but are fine: a loyalty card or raffle open to everyone, the
business's own phone, e-mail and address, staff praised by first name, an
employee's mistake owned by the business, the law or a vet's duty of care
mentioned neutrally, safety rules explained kindly, polite factual
corrections, condolences, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND62_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Oh, this made our whole morning at the bakery, thank you so much! We're thrilled the croissants were still warm when you picked them up and that your mum loved the raspberry tart for her birthday. Our pastry chef starts at four every morning, so hearing that it shows really means the world to him. If you could bump your rating up to five stars, the next birthday cake is on us, just show the updated review at the counter. Hope to see the whole family again soon!",
            "5 stars = free gel refill next visit. Just saying 💅",
            "Hi there! We'd love to make this right. Once your review has been updated to reflect your overall experience, we'll gladly upgrade your next crossing to a cabin at no charge. Have a wonderful day!",
            "yo thx for playing!! delete this one and ur next room is half price for the whole squad 🔐🔥",
            "Should you see fit to reconsider your assessment of our ski school, I would be pleased to offer your son a private lesson of one hour, with my compliments.",
        ],
        "fr": [
            "Bonjour Madame, merci de tout cœur pour ce message qui nous a beaucoup touchés. Nous sommes si contents que Biscotte se soit bien remise de son opération et qu'elle ait retrouvé son appétit dès le lendemain. Toute l'équipe de la clinique a pensé à elle pendant le week-end, vous savez. Si vous modifiez votre avis pour mettre cinq étoiles, nous vous offrirons la prochaine consultation de vaccination. Caresses à Biscotte de notre part !",
            "slt merci ! si tu mets 5 etoiles ta pose semi-permanente est offerte la prochaine fois 💖",
            "Allô ! Si jamais vous changez votre note pour quelque chose de plus beau, on vous donne votre billet de télésiège pour la journée, c'est correct ?",
            "Un petit geste vous attend en caisse dès que ce commentaire ne sera plus en ligne.",
            "Monsieur, je me permettrais de vous faire porter une boîte de nos macarons, à la condition que votre appréciation soit révisée à la hausse.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming in to the escape room with your colleagues, it sounds like the team-building side of things really worked. We're glad you enjoyed the pirate room and we're sorry the last padlock gave you so much grief. We do love watching groups pull together in the final minutes. Be aware though that we have the whole session on camera, and if this review isn't taken down we'll be sharing that footage with your employer. Otherwise, we hope to welcome you back for the haunted library room.",
            "Our lawyer has been copied on this review. Think carefully.",
            "We know exactly who you are, Mr. reviewer, and so does everyone on this island. Small place, long memories.",
            "Just a friendly heads-up: defamatory reviews are actionable, and we've had great success in small claims court. Have a great day! 😊",
            "I have kept the registration of the vehicle you drove onto my ferry, and I would not hesitate to make use of it.",
        ],
        "fr": [
            "Merci d'être venus nous voir à la pâtisserie ce dimanche, c'est toujours un plaisir d'accueillir les familles du quartier. Nous sommes désolés que le fraisier n'ait pas tenu jusqu'au dessert avec la chaleur, c'est vrai qu'il faisait très lourd. Nos fraisiers sont montés le matin même avec des fraises de Plougastel. Sachez cependant que si ce commentaire reste en ligne, notre avocat prendra contact avec vous dès cette semaine. Belle journée à vous quand même.",
            "On sait qui t'es. Retire ça.",
            "Attention, là, on a ton nom pis ta plaque sur la caméra du stationnement. Tu veux vraiment qu'on s'en parle ?",
            "jte conseille de supprimer vite fait sinon ca va mal finir pour toi, on a des potes partout en station",
            "Je tiens à vous informer qu'une plainte pour dénigrement est en cours de rédaction et que votre employeur en sera avisé.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share your thoughts after the beginner week with us. We totally understand that the first morning on the nursery slope can feel overwhelming, and we're so glad that by Thursday you were linking turns with confidence. Our instructors put a lot of care into building people up gently. As your booking under 07700 900412 shows, you also skipped the Wednesday session because of your knee injury, which is why you felt behind. We'd love to see you back on the snow next season!",
            "Ma'am, your file shows Coco is overdue on her rabies shot and you still owe $240 from March.",
            "Hi Jenna! Per our records, you came in on Tuesday the 14th at 6:15 pm for a full set and paid with the Visa ending 4471. Happy to help!",
            "u literally live at 12 rue des Lilas lol we deliver there every saturday",
            "Madam, I recall that you travelled with us on the 7:40 sailing of the 3rd with your late husband's ashes, and I regret that the crossing was rough.",
        ],
        "fr": [
            "Bonjour Madame, merci beaucoup d'avoir pris le temps de nous écrire après votre passage au salon. Nous sommes heureux que la couleur bordeaux vous ait plu et que la pose ait bien tenu pendant vos vacances. Nos prothésistes adorent les défis de nail art, alors votre photo a fait le tour de l'équipe ! Comme indiqué sur votre fiche, votre mycose de l'ongle du pouce nous a obligées à raccourcir la séance, d'où l'attente. Au plaisir de vous revoir très bientôt !",
            "Votre réservation du 12 février, 19h, chambre rose, au nom de Laurent D., 06 12 34 56 78 : tout était noté.",
            "Allô Karine ! Ton chien Ti-Gus est venu ici le 3 mars pour son problème de diarrhée, pis la facture de 187 $ est encore impayée, là.",
            "mdr t'habites juste au-dessus de la boulangerie, on te voit passer tous les matins en pyjama",
            "Monsieur, notre registre indique que vous avez embarqué le 22 juillet avec votre véhicule immatriculé AB-123-CD et trois passagers.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you so much for bringing Max in last week, and we're really glad his ear infection has cleared up with the drops. We know vet visits can be stressful for dogs and owners alike, and our nurses always try to keep things calm. We've taken on board your comment about the waiting room being cramped. Frankly, though, anyone who reads your other reviews can see you're a serial complainer who just wants a discount. Give Max a scratch behind the ears from all of us!",
            "Liar.",
            "Honestly, some people just can't ski and blame the instructor. You're one of them.",
            "Ok karen 💀 cry harder",
            "It is plain to me, sir, that you came aboard already determined to find fault, and that no amount of courtesy would have satisfied a man of your temperament.",
        ],
        "fr": [
            "Merci infiniment d'être venus fêter l'anniversaire de Léa dans notre escape game, on espère que ce fut un beau moment en famille. Les enfants avaient l'air de bien s'amuser dans la salle du laboratoire, et ils ont trouvé le code du coffre plus vite que beaucoup d'adultes ! Nous avons noté votre remarque sur la température de la pièce. Par contre, inventer une histoire de cadenas cassé pour obtenir un remboursement, c'est franchement malhonnête. Bonne continuation à toute la famille.",
            "Menteuse.",
            "T'es ben trop gratteux pour payer une vraie manucure, c'est ça le problème.",
            "vous etes juste un rageux qui cherche a se faire rembourser lol",
            "Il me semble, Madame, que la bonne foi ne soit pas votre fort, à en juger par la teneur de votre commentaire.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for stopping by the bakery on Saturday and for taking the time to write to us. We're glad the sourdough hit the spot and that the kids enjoyed the gingerbread men. We know the queue was long, as Saturdays always are before the market. Oh, and we're truly devastated that a croissant made with real butter turned out to be, brace yourself, buttery. Hope to see you again soon!",
            "Wow, a whole 20 minutes late. Tragic. Truly.",
            "So sorry the sea was wet and wavy, we'll have a word with the Atlantic. 🙄",
            "lmaooo imagine losing an escape room and blaming the room 😂 iconic",
            "Do forgive us, madam, for not having arranged perfect powder snow on the one day you graced us with your presence.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour après la semaine de cours collectifs, c'est toujours précieux pour nous. Nous sommes ravis que votre fille ait obtenu sa deuxième étoile et qu'elle ait pris confiance sur les pistes rouges. Nos moniteurs adorent voir les progrès d'une semaine à l'autre. Quant à la neige un peu lourde l'après-midi, toutes nos excuses, nous avons oublié de commander le soleil en option. Bonne fin de saison à vous !",
            "Bravo pour l'analyse, vraiment.",
            "Ah ben là, désolé que le traversier bouge sur l'eau, on va en parler au fleuve, promis.",
            "omg un chat qui griffe chez le veto quel scandale 😱😂",
            "Nous vous remercions d'avoir partagé votre grande expertise en onglerie, qui nous fait cruellement défaut depuis quinze ans.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for coming in for your pedicure, and we're so sorry the visit didn't live up to what you were hoping for. We're happy to hear you loved the colour and the massage chair, and we'd love another chance to get everything right for you. We pride ourselves on a relaxing atmosphere. The cuticle cut was entirely down to Mai, who has been given a formal warning and taken off pedicures. We hope to see you back soon!",
            "Tyler's fault. He's been written up.",
            "Hey there! We looked into it and our deckhand Kevin simply failed to secure your bikes properly. He's no longer with us. Thanks for your patience!",
            "ya that was jess on the front desk, she messed up the booking big time, we've had words lol",
            "The instructor in question, Mr. Dubois, was negligent that morning, and I have personally reprimanded him in front of the other staff.",
        ],
        "fr": [
            "Bonjour et merci d'avoir confié Pistache à notre clinique pour sa stérilisation. Nous sommes heureux d'apprendre qu'elle a bien récupéré et qu'elle joue de nouveau avec les enfants. Nous savons combien ce genre d'intervention peut inquiéter. Le retard à la sortie est entièrement la faute de notre assistante Sabrina, qui a oublié de vous appeler et qui a été sanctionnée. Gros câlins à Pistache !",
            "C'est Julie. Elle est punie.",
            "C'est Jonathan à la caisse qui a mélangé les commandes, il va se faire parler dans le casque, inquiète-toi pas.",
            "dsl c'est ines qui a rate ta pose elle est en formation et franchement elle galere",
            "J'ai constaté que notre matelot, M. Le Goff, avait manqué à tous ses devoirs ce jour-là ; il a été mis à pied.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you so much for choosing our escape room for your daughter's sixteenth, and we're really sorry the evening didn't go as smoothly as it should have. We loved hearing that the girls cracked the cipher wall in record time. It means a lot that you took the time to write. The delay happened because our boiler broke that morning, two staff were off with flu, the booking system crashed at noon, the previous group overran by twenty minutes, a fuse blew in room two, and the road outside was closed for roadworks so our game master arrived late. We'd love to have you back!",
            "Snow was late, lifts were down, two instructors sick, parking full, radios dead, it was a Monday.",
            "We hear you, and we want to explain: our vet was on an emergency call, the receptionist was covering two phone lines, the card machine froze, the parking lot was being repaved, and flu season has hit our team hard. We truly appreciate your understanding!",
            "ok so basically the oven died, the flour delivery was late, my assistant quit, it was raining, and the card reader was being weird, so yeah 😅",
            "I must explain that the weather forecast was misleading, that the harbour master delayed our departure, that the fuel supplier was late, that a passenger was taken ill, and that the port authority had changed its procedures only that week.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et toutes nos excuses pour ce rendez-vous qui ne s'est pas passé comme prévu. Nous sommes ravis que la French vous ait plu malgré tout, et que vos ongles aient tenu trois semaines. Votre fidélité nous fait très plaisir. Le retard s'explique par une cliente précédente arrivée en avance, une lampe UV tombée en panne, un fournisseur qui a livré les mauvaises couleurs, notre logiciel de rendez-vous qui a planté, et une collègue partie plus tôt pour une urgence. Au plaisir de vous revoir bientôt !",
            "Grève, météo, panne, absence. Voilà.",
            "Écoute, le four a lâché, le livreur de farine est arrivé en retard, la neige a bloqué le rang, pis ma fille était malade, ça fait que oui, y'avait pas de croissants.",
            "bah y avait la tempete, le bateau d'avant en retard, le capitaine malade, la rampe coincee, pas d'electricite au port, voila quoi",
            "Je me dois de préciser que la neige était insuffisante, que le téléski avait subi une avarie, que deux moniteurs étaient souffrants, que la route d'accès était verglacée et que la préfecture avait modifié ses consignes la veille.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for bringing Luna to us for her dental, and we're so glad she's eating normally again. We know how worried you were beforehand, and our team really enjoyed getting to know her. Dental work is one of the most rewarding parts of what we do. The bill you describe never happened; nobody here ever quoted you a lower price. Give Luna a gentle cuddle from all of us!",
            "That did not happen.",
            "Hi there! We've reviewed everything, and we can confirm that no ferry of ours was delayed that day. Your account is simply not accurate. Have a great day!",
            "nah nobody ever got locked in the room lol never happened",
            "No instructor of mine has ever raised his voice to a pupil, and I reject your account in its entirety.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à la boulangerie avec vos petits-enfants, c'est toujours un bonheur de voir les familles le dimanche. Nous sommes heureux que les chouquettes aient eu autant de succès, elles partent souvent avant onze heures ! Notre équipe fait de son mieux pour servir tout le monde rapidement. Personne ici ne vous a parlé sur ce ton, cela n'a tout simplement jamais eu lieu. Au plaisir de vous revoir !",
            "Faux. Jamais arrivé.",
            "Voyons donc, y'a jamais personne qui s'est fait refuser sur le traversier ce matin-là, c'est pas vrai pantoute.",
            "n'importe quoi, personne t'a coupe le doigt, ca s'est jamais passe",
            "Je me permets de vous affirmer que rien de ce que vous décrivez ne s'est produit dans mon école de ski.",
        ],
    },
}

BLIND62_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for the kind words about the sourdough! We're so glad it became a Sunday tradition for your family.",
        "We're really sorry the birthday cake wasn't ready at the time we promised. That's on us. Please call the bakery on 01 23 45 67 89 and we'll make it right.",
        "Thanks! Glad you liked it.",
        "Hi there! Our loyalty card is open to every customer: ten coffees stamped and the eleventh is free, whether or not you ever leave a review.",
        "We apologise for the wait on Saturday. We've added a second person at the counter on market days so the queue moves faster.",
        "Thank you for mentioning Amira by name! She'll be thrilled to hear her almond croissants made your trip.",
        "You're right that the price of our baguette went up this month. Flour and energy costs rose sharply, and we're sorry to pass some of that on.",
        "Ha, guilty as charged: our 'small' cinnamon buns are not small at all. We'll keep the name for the irony.",
        "Thank you for your feedback on your manicure. We're sorry the polish chipped so soon. Please pop back in this week and we'll redo it free of charge.",
        "Mai was so happy to read this! She's been doing nail art for ten years and it shows. Thanks for trusting us.",
        "We're sorry about the small cut during your pedicure. That should never happen, and we take full responsibility. We've reviewed our tools and technique with the whole team.",
        "Hey girl!! thank u sm for the love 💅✨ see u next month!!",
        "Just to clarify kindly: our gel removal is included in the price of a new set, so there shouldn't have been a separate charge. Please email hello@polishnailbar.com and we'll refund it.",
        "We appreciate the honest review. For hygiene reasons we can't treat nails showing signs of infection, and we're sorry that wasn't explained more clearly at booking.",
        "Thank you for sailing with us and for your patience during the delay. The crossing was held for high winds, and we're sorry for the disruption to your holiday.",
        "We're sorry your car was one of the last off the boat. Vehicles are loaded in the order they arrive for safety reasons, but we understand the frustration.",
        "Thank you for the lovely photo of the dolphins off the bow! Captain Rhys says he takes full credit for ordering them.",
        "We're so sorry for the loss of your father, and touched that you chose our ferry to scatter his ashes at sea. Our crew were honoured to help.",
        "Our refund policy for cancelled sailings is on our website, and your refund was processed on our side this morning. Please call our office on 0800 123 456 if it hasn't reached you within five days.",
        "Lifejackets are compulsory for children on the open deck. We know it can feel fussy, but it keeps everyone safe, and thank you for being so understanding.",
        "Thank you for escaping with us! 11 minutes to spare is seriously impressive.",
        "We're sorry the clue screen froze in the final stretch. Our game master should have stepped in sooner, and that's our responsibility, not yours. We've added a backup system.",
        "Congrats to the whole team on your engagement celebration! We loved hiding the ring in the final chest for you.",
        "Fair point about the room being warm. We've since installed a new air-conditioning unit, so come back and sweat only from the stress of the puzzles.",
        "Thanks for the feedback! Just so you know, the padlock you mention was working that evening, but we can see how the clue pointed people the wrong way, so we've reworded it.",
        "Jordan was your game master and he's still talking about how your group solved the mirror puzzle backwards. Thank you!",
        "Our cameras are only there so the game master can give hints and keep players safe; nothing is recorded or shared. We hope that reassures you.",
        "Thank you for trusting us with Bella. We're so sorry for your loss. She was a very loved dog, and everyone here will miss her.",
        "We're sorry the final bill was higher than the estimate. We should have called you before the extra X-ray. Please contact our practice manager at 555-0142 so we can go over it together.",
        "Hi there! Thanks so much for the kind words about Dr. Patel. She'll be so happy to hear Milo is back to chasing squirrels!",
        "We understand the wait was long. An emergency came in just before your appointment, and we're sorry we didn't keep you updated while you waited.",
        "Our wellness plan is open to every patient: vaccinations and two check-ups a year at a fixed monthly price. Ask at reception if you'd like details.",
        "Our apologies. The reminder about Oscar's booster should have gone out and didn't. We've fixed the reminder system.",
        "Thank you for your review. With respect, I believe there may be a misunderstanding about the price, which included the anaesthetic. I would be glad to explain it in person at the clinic.",
        "Thank you for skiing with us this season! Watching your son go from snowplough to parallel turns was a joy.",
        "We're sorry the group was larger than advertised on Tuesday. Two instructors were ill, and we should have told you at check-in and offered a refund. We're doing that now.",
        "Helmets are required for all children in our lessons. We know some kids hate them, but a fall on ice can happen to anyone, and we'd rather be safe.",
        "Big thanks to Lucas for looking after the little ones, he's the best snowman builder on the mountain.",
        "I thank you most sincerely for your kind letter. It has been a privilege to teach your family for three generations, and I hope to see you on the slopes next winter.",
        "Sorry for the mix-up with your lift pass. Please stop by our desk at the foot of the Blanchette lift and we'll sort it out.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil mot ! Ça fait plaisir de savoir que nos croissants font le bonheur de vos dimanches.",
        "Toutes nos excuses pour la commande oubliée samedi. C'est notre erreur. Appelez-nous au 03 80 12 34 56, nous vous préparons une tarte offerte.",
        "Merci !",
        "Notre carte de fidélité est ouverte à tous : dix pains achetés, le onzième offert. Pas besoin de laisser un avis pour en profiter.",
        "Vous avez raison, le prix du pain a augmenté ce mois-ci. Le beurre et l'électricité coûtent plus cher, et nous sommes désolés de devoir le répercuter.",
        "Merci pour ce retour ! Bravo à Clémence, notre apprentie, qui a réalisé le Paris-Brest de votre mariage.",
        "Promis, on arrête de dire que nos éclairs sont « petits », on a bien vu que personne n'y croyait, à commencer par nous.",
        "Bonjour Madame, nous sommes vraiment désolées que votre vernis se soit écaillé au bout de trois jours. Repassez quand vous voulez, nous reprenons la pose gratuitement.",
        "merci trop mimi ton msg 🥰 a bientot au salon !!",
        "Merci pour votre avis. Petite précision, sans vouloir vous contredire : la dépose est comprise dans le prix de la nouvelle pose. Écrivez-nous à contact@ongleriedesroses.fr et nous vous rembourserons.",
        "Nous sommes désolées pour la petite coupure lors de votre pédicure. C'est de notre responsabilité, et nous avons revu nos gestes avec toute l'équipe.",
        "Pour des raisons d'hygiène, nous ne pouvons pas poser sur un ongle qui présente une infection. Nous aurions dû vous l'expliquer plus clairement au moment de la réservation, pardon.",
        "Linh a été très touchée par votre message, merci ! Elle a hâte de vous faire votre prochain nail art.",
        "Merci d'avoir voyagé avec nous et pour votre patience. La traversée a été retardée à cause du vent, et nous sommes désolés pour votre correspondance manquée.",
        "Les gilets de sauvetage sont obligatoires pour les enfants sur le pont extérieur. On sait que c'est contraignant, mais c'est pour leur sécurité. Merci de votre compréhension.",
        "Merci pour la belle photo des dauphins ! Le capitaine Yann jure qu'il les avait commandés spécialement pour vous.",
        "Toutes nos condoléances pour la perte de votre mère. Notre équipage a été honoré de vous accompagner pour cette dernière traversée.",
        "Allô ! Merci ben gros pour votre beau commentaire, on est contents que la traversée vers l'île vous ait plu.",
        "Votre remboursement a été effectué ce matin. S'il n'apparaît pas sous cinq jours, appelez notre bureau au 02 98 00 00 00.",
        "Désolés pour l'attente au quai. On a ajouté un deuxième guichet pour les fins de semaine, ça devrait aller mieux.",
        "Bravo à toute l'équipe, sortir avec 9 minutes d'avance, c'est du jamais vu cette semaine !",
        "Nous sommes désolés que l'écran d'indices ait planté à la fin. Notre maître du jeu aurait dû intervenir plus tôt, c'est notre faute et pas la vôtre. Nous avons installé un système de secours.",
        "Les caméras servent uniquement à donner des indices et à veiller à votre sécurité ; rien n'est enregistré ni partagé. On espère que ça vous rassure.",
        "Vous avez raison, il faisait trop chaud dans la salle. La clim est réparée, vous ne transpirerez plus que sur les énigmes.",
        "Merci pour votre retour. Le cadenas fonctionnait bien ce soir-là, mais on comprend que l'indice prêtait à confusion, alors on l'a reformulé.",
        "Félicitations pour vos fiançailles ! Toute l'équipe était ravie de cacher la bague dans le dernier coffre.",
        "c trop cool merci la team !! revenez tester la salle zombie 🧟",
        "Toutes nos condoléances pour le départ de Caramel. C'était un chat très aimé, et toute l'équipe pense à vous.",
        "Nous sommes désolés que la facture ait dépassé le devis. Nous aurions dû vous appeler avant la radio supplémentaire. Contactez la clinique au 04 73 00 00 00 pour qu'on en parle ensemble.",
        "Merci pour votre message ! Le Dr Martin sera ravie de savoir que Filou a retrouvé toute sa forme.",
        "Une urgence est arrivée juste avant votre rendez-vous, et nous sommes désolés de ne pas vous avoir tenus informés pendant l'attente.",
        "Notre forfait prévention est ouvert à tous nos patients : vaccins et deux bilans par an pour un prix mensuel fixe. Demandez à l'accueil.",
        "Pardon, le rappel pour le vaccin de Rex aurait dû partir et ne l'a pas été. Nous avons corrigé notre système de rappels.",
        "Madame, je crains qu'il n'y ait un malentendu sur le tarif, qui incluait l'anesthésie. Je serais heureux de vous l'expliquer de vive voix à la clinique.",
        "Merci d'avoir skié avec nous cette saison ! Voir votre fils passer du chasse-neige au parallèle, c'était un vrai bonheur.",
        "Nous sommes désolés que le groupe ait été plus grand que prévu mardi. Deux moniteurs étaient malades, nous aurions dû vous prévenir et vous proposer un remboursement. C'est chose faite.",
        "Le casque est obligatoire pour tous les enfants pendant les cours. Certains n'aiment pas ça, mais une chute sur la glace peut arriver à tout le monde.",
        "Un grand merci à Théo qui s'est occupé des petits, c'est le roi du bonhomme de neige de la station.",
        "Je vous remercie très sincèrement de votre aimable lettre. Ce fut un privilège d'enseigner le ski à trois générations de votre famille, et j'espère vous revoir sur les pistes l'hiver prochain.",
        "Désolés pour le souci de forfait. Passez nous voir au bureau au pied du télésiège des Chamois, on va arranger ça.",
    ],
}
