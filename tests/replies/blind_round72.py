"""Blind reply set, round 72: owner replies the pre-post check has never seen.

Who and when: written by helper b72, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 72).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of an ice-cream parlour, a tailor, a horse-riding centre, a printing
shop, a cinema and a gîte rental.  Each French reply was written directly in
French, not translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length); it did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
blind set, any other helper's worktree, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Cornish and West Country English, Provençal French, a bilingual
Belgian border voice (French with Dutch or English slipping in), an owner who
writes about himself or herself in the third person, very short SMS-like
replies, and a customer-service team signing with initials; for every code
and language the first reply is long and warm with its fault in one sentence
in the middle.  Good replies include look-alikes that share words with the
faults but are fine: loyalty cards open to everyone, the business's own phone
and e-mail, staff praised by first name, a staff mistake owned by the
business, legal or safety rules explained kindly, polite factual corrections,
condolences and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND72_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Well my 'andsome, what a proper treat to read this down here in Padstow. We're so glad the clotted-cream vanilla and the saffron swirl went down a storm with your little ones, and that you found a bench out of the wind to enjoy them. Our Jen churns every batch fresh at six in the morning, so she'll be chuffed to bits. If you bump your review up to five stars, your next double cone is on us, just show the girls on the counter. Hope to see you back before the season's out!",
            "5 stars = free popcorn next film. deal? 🍿",
            "The riding centre would be very grateful should you feel able to revisit your rating; a complimentary hack across the moor would naturally follow.",
            "Madame Verhaegen says thank you, and she says that a little edit to this review would earn you ten percent off your next alteration.",
            "Hi, thanks for your feedback. If you update your review to reflect a better experience, we'll reprint your flyers free of charge. Kind regards, the Customer Care Team (JM, RT)",
        ],
        "fr": [
            "Bonjour et mille mercis pour ce gentil message, ça nous fait chaud au cœur ici au mas. On est ravis que les enfants aient profité de la piscine et que vous ayez pu goûter les abricots du verger au petit-déjeuner. Mon mari a passé l'hiver à refaire la terrasse, alors lire que vous y avez dîné tous les soirs, c'est notre plus belle récompense. Si vous passez votre note à cinq étoiles, on vous offre la nuit supplémentaire lors de votre prochain séjour. Au plaisir de vous revoir sous les cigales !",
            "5 étoiles = 1 boule offerte 🍦 merci !",
            "Dites, si vous retirez cet avis, on vous fait vos cartes de visite gratuitement, allez, sans rancune, hein.",
            "Monsieur Lambert vous remercie et se ferait un plaisir de vous offrir l'ourlet de votre prochain pantalon, pour peu que votre appréciation soit revue à la hausse.",
            "Bonjour, afin de vous remercier de bien vouloir modifier votre avis, nous vous proposons deux places de cinéma offertes. Cordialement, le service client (A.D. / S.B.)",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and I'm sorry the cottage didn't feel as cosy as you'd hoped during that cold snap. We do our best to keep the log basket full and the Aga ticking over, and I know how disappointing a chilly first evening can be. We've since had the chimney swept and added extra blankets to every room. Please be aware our solicitor has a copy of this review and we will not hesitate to pursue you for defamation if it stays up. Otherwise we'd genuinely love to welcome you back in the spring.",
            "We know exactly who you are. Think carefully.",
            "Mr Penrose has kept the CCTV from that afternoon, and Mr Penrose wonders whether your employer would enjoy seeing it.",
            "Dreckly we'll be having a word with the lads who know where you park, so I'd take that down if I was you, boy.",
            "Dear customer, please note that your account has been flagged and forwarded to our legal department. Further comments of this nature will be met with proceedings. Regards, Customer Services (KP, LH)",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre soirée au cinéma. Nous sommes désolés que le son vous ait paru trop fort pendant la séance de 21 h, c'est un réglage que nous surveillons de près. Notre projectionniste a revu l'égalisation de la salle 2 cette semaine. Sachez cependant que nous avons transmis votre commentaire à notre avocat et que nous porterons plainte s'il n'est pas retiré sous huit jours. Nous espérons malgré tout vous revoir bientôt.",
            "On sait qui vous êtes. Retirez l'avis.",
            "Madame Roux connaît très bien votre patron, et Madame Roux pense qu'il serait intéressé d'apprendre comment vous parlez des commerçants du quartier.",
            "Allez, fais attention à toi, hein, le village est petit et tout le monde se connaît ici, té.",
            "Awel, on a gardé les images de la caméra, et si ça continue on les met sur notre page Facebook, zo simpel is dat.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for your honest feedback, and I'm sorry the lesson didn't go quite as you'd pictured. Our instructors always try to match rider and horse carefully, and I can see that first canter felt like a lot. We've talked as a team about building more walk-and-trot time into beginner sessions. I do see from our records that you booked the 10 o'clock on Saturday 14th under your mobile 07700 900 318, and that you told us about your knee surgery, so perhaps that played a part. We'd love to see you back on Bramble whenever you feel ready.",
            "u were table 4, 7:30 sat, paid cash 🙂 we remember",
            "Mrs Trewin recalls measuring you herself for the wedding suit for your second marriage in June, at your address on Fore Street, so she is surprised to read this.",
            "Hi there, we've checked booking ref GT-2291 for you and your partner, arrival 2 August, with the dog and the gluten-free breakfast request, and everything was delivered as agreed. Warm regards, Guest Relations (CM, DW)",
            "Sorry you felt that way. You were the lady with the diabetes who asked for the sugar-free tub at 4 pm on Tuesday, weren't you?",
        ],
        "fr": [
            "Bonjour, et merci beaucoup pour votre retour sincère. Nous sommes désolés que la livraison de vos faire-part ait pris du retard, nous savons combien ces moments comptent. Nous avons depuis changé de transporteur pour les envois urgents. Pour mémoire, votre commande n° 4471 pour le mariage du 12 juin, livrée au 8 rue des Oliviers à Aubagne au nom de votre fiancée, est partie le mardi 3. Nous espérons avoir le plaisir de vous imprimer les cartes de remerciement.",
            "vs étiez en salle 3 sam 20h rang F avec vs 2 enfants 😉",
            "Madame Castellane se souvient fort bien de vous : vous êtes venue mardi dernier avec votre ordonnance pour le dos et vous aviez laissé votre numéro, le 06 12 34 56 78.",
            "Goeiedag, on a bien vérifié : réservation du 18 au 25 juillet, deux adultes et votre maman en fauteuil roulant, chambre du rez-de-chaussée, tout était conforme.",
            "Bonjour, d'après notre fichier vous résidez bien au 14 chemin des Lavandes et vous avez réglé par la carte se terminant par 4421. Cordialement, le service client (M.P. / J.-L.G.)",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for coming to see us at the yard, and I'm genuinely sorry the hack wasn't the relaxing afternoon you wanted. The weather on the moor turned very quickly that day, and our guides made the call to head back early for everyone's safety. We've since added a wet-weather option so nobody feels short-changed. Frankly, though, anyone who's been riding as long as you claim would know you're simply making this up to get a refund. We do hope the rest of your holiday in Devon was a happy one.",
            "Liar. Simple as.",
            "Mr Hocking has altered suits for forty years and has rarely met someone quite so determined to be unpleasant.",
            "Some people will complain about anything to get a freebie, and you're clearly one of them, my lover.",
            "Dear guest, having reviewed the matter, we consider your account to be deliberately dishonest and written in bad faith. Regards, Guest Services (NB, AT)",
        ],
        "fr": [
            "Bonjour, merci d'être venus passer la semaine chez nous dans le Luberon. Nous sommes désolés que la climatisation de la chambre bleue ait fait des siennes, un technicien est passé dès votre départ pour la remplacer. Nous avons aussi ajouté des ventilateurs dans chaque pièce pour les grosses chaleurs. Mais franchement, vu votre comportement toute la semaine, on voit bien que vous êtes le genre de personne qui ment pour se faire rembourser. Nous vous souhaitons malgré tout une bonne fin d'été.",
            "menteur 🤥",
            "Madame Giraud, qui a de la patience, n'a jamais vu un client aussi mal élevé et de si mauvaise foi.",
            "Ach, meneer, vous êtes un râleur professionnel, un vrai zageman, on le voit bien.",
            "Oh fada ! Tu as inventé toute l'histoire, tout le monde au village sait que tu es un mythomane, va.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your review, and I'm sorry the ice cream didn't hit the spot on your visit to St Ives. We take a lot of pride in our flavours, most of which use milk from the farm just up the lane. We've had a few comments about the queue on sunny days, so we're adding a second till next season. Oh, and do forgive us for not realising that a cone in August might melt, what a truly shocking discovery that must have been for you. We hope you'll give the honeycomb a go next time.",
            "Wow, 2 stars for a film you chose. Genius 👏",
            "Madame Peeters is so terribly sorry that a printing shop printed things. How very dare we.",
            "Dear client, we are thrilled to learn that our tailoring falls short of your obviously world-renowned expertise. Warm regards, the Client Team (EF, GH)",
            "Proper shame the horses weren't unicorns for you, eh? We'll have a word with 'em.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message après votre séance de samedi. Nous sommes sincèrement désolés que la salle vous ait paru un peu fraîche, nous avons relancé le chauffage dès le lendemain. L'équipe a aussi vérifié les fauteuils du rang J suite à votre remarque. Et bravo pour votre découverte : oui, dans un cinéma, il fait noir pendant le film, quelle surprise pour vous. Nous serions ravis de vous accueillir pour la prochaine avant-première.",
            "ah oui trop dur la vie 🙄",
            "Monsieur Arnaud est navré que la mer ne soit pas livrée avec le gîte, il tâchera de la faire venir l'an prochain.",
            "Oh pechère, une glace froide, quelle catastrophe, on va appeler les pompiers.",
            "Bonjour, nous vous félicitons d'avoir su mieux que notre imprimeur comment régler une machine que vous n'avez jamais vue. Cordialement, le service client (C.R. / P.V.)",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for writing, and I'm sorry the hem on your trousers came undone so soon after collection. We've been altering clothes in Truro for over twenty years and we always want our work to last. We've reviewed our finishing checks and added a second look before anything leaves the shop. That job was done by Kieran, who's our newest tailor, and he's been given a formal warning over it. We'd be glad to redo it for you free whenever suits.",
            "Sorry! Tom was on the till, he's useless. Sorted now.",
            "Mrs Pascoe has spoken firmly to Becky, who left the gate open, and Becky will not be taking rides out again this season.",
            "That was Dave on the projector, bless him, he's always getting the reels wrong, we've docked his wages.",
            "Hello, we have identified that our team member Lucy mishandled your print order and she has been removed from customer-facing duties. Regards, Customer Care (PS, MW)",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour votre message, et toutes nos excuses pour cet accueil un peu froid à votre arrivée au gîte. Nous tenons à ce que chaque séjour commence dans la bonne humeur, surtout après une longue route. Nous avons revu nos horaires pour que quelqu'un soit toujours présent jusqu'à 21 h. C'est Mireille qui était de permanence ce soir-là et elle a été sanctionnée pour son attitude. Au plaisir de vous recevoir à nouveau en Provence.",
            "c Kevin qui a raté vos affiches, il est viré",
            "Madame Dumont vous présente ses excuses : c'est Julie qui a mal pris vos mesures, et Julie sera reprise sévèrement.",
            "Sorry hein, c'est Jens au comptoir qui a mélangé les parfums, il est toujours dans la lune, on lui a passé un savon.",
            "Bonjour, après enquête, la monitrice Sandrine est seule responsable de la chute de votre fille et a été suspendue. Cordialement, le service client (L.M. / F.T.)",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for taking the time to review our little cinema, and I'm sorry the evening wasn't what you'd hoped. We're a volunteer-led independent and we love every single person who comes through the door. We've passed your comments about the seating on to the committee. The film started late because the distributor's file arrived corrupted, our projectionist was stuck in traffic on the A30, the backup laptop needed an update, the popcorn machine tripped the fuse and two ushers were off with flu, so really none of it was in our control. We hope you'll come back for the Christmas classics.",
            "Not our fault. Supplier late, printer jammed, courier lost it, bank holiday. Sorry.",
            "Madame Claes would like to explain that the heating was off because the boiler is old, the plumber was on holiday, the oil delivery was late, the weather was unusual, the previous guests fiddled with the thermostat and the instructions were in the folder anyway.",
            "Dear guest, please understand that the delay was due to staff shortages, a broken freezer, a power cut, unseasonal demand, a late milk delivery and new council regulations, all of which were beyond our control. Kind regards, Guest Team (RH, SO)",
            "Aye well, the horse spooked 'cos of the tractor, and the wind, and a pheasant, and the saddle was new, and the ground was wet, and your lad was fidgety, so there we are.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous laisser cet avis sur notre petit atelier de retouches. Nous sommes sincèrement désolés que votre veste n'ait pas été prête pour le mariage de votre frère. Nous avons depuis mis en place un carnet de rendez-vous plus précis. Il faut dire que ce mois-là, la machine à coudre était en panne, le fournisseur de doublure avait du retard, ma couturière était malade, il y a eu la grève des transports, la coupure d'électricité du quartier et l'inventaire annuel, donc vraiment nous n'y étions pour rien. Au plaisir de vous revoir.",
            "pas d'notre faute : bouchons, panne, fournisseur, mistral, voilà",
            "Monsieur Faure tient à préciser que le retard s'explique par le mistral, la fête votive, les travaux de la mairie, la panne du four, le départ de l'apprenti et la hausse du prix du papier.",
            "Ja, mais le cheval a eu peur à cause du chien du voisin, du tracteur, du vent, de la pluie de la veille, de la selle neuve et du bruit de l'autoroute, dus c'est pas nous, hein.",
            "Bonjour, nous tenons à préciser que la panne du projecteur résulte d'une surtension du réseau, d'un défaut du fabricant, d'un retard de maintenance imputable au prestataire et d'une canicule exceptionnelle. Cordialement, le service client (B.N. / H.K.)",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks ever so much for staying with us at the barn, and for the kind words about the view over the valley. We love hearing that guests spotted the buzzards from the hot tub. We've taken on board your note about the Wi-Fi and are upgrading the router over the winter. As for the mould in the shower you describe, there was no mould, there has never been any mould, and that simply did not happen. We hope you'll come back and see the place for yourself in the summer.",
            "Didn't happen. No.",
            "Mr Trelawny has checked and can state that no customer has ever been overcharged in this shop, so your account is simply wrong.",
            "Nah, none of our horses bite, never have, never will. Didn't happen, sorry.",
            "Dear customer, we have reviewed your complaint and can confirm that the incident you describe did not take place. Kind regards, Customer Relations (TJ, VN)",
        ],
        "fr": [
            "Bonjour, merci d'être venus déguster nos glaces pendant votre séjour à Cassis. Nous sommes touchés que la lavande-miel ait conquis vos enfants, c'est notre parfum fétiche. Nous avons bien noté votre remarque sur l'attente et installé un deuxième comptoir cet été. Quant au cheveu que vous dites avoir trouvé dans votre coupe, c'est impossible, cela n'est jamais arrivé chez nous et n'arrivera jamais. Belle fin d'été à vous !",
            "faux. jamais arrivé.",
            "Madame Vandenberghe affirme qu'aucune erreur n'a été commise sur votre commande : ce que vous racontez n'a tout simplement pas eu lieu.",
            "Neen, la séance n'a pas commencé en retard, c'est pas vrai, point.",
            "Bonjour, après vérification, nous confirmons que les faits que vous décrivez sont inexacts et n'ont jamais eu lieu. Cordialement, le service client (O.L. / T.G.)",
        ],
    },
}

BLIND72_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much, my 'andsome! Jen will be thrilled you loved the saffron swirl. See you next summer in Padstow.",
        "Really sorry the hem came loose so quickly. That's on us, and we'd like to redo it free of charge this week; just pop in or ring the shop on 01872 555 014.",
        "Thanks for riding with us! Bramble says thank you too, in his own way (he mostly says carrots).",
        "We're sorry the flyers came out a shade darker than your proof. We've reprinted them at no cost and they're ready for collection at the counter.",
        "Thank you for the lovely review. Our loyalty card is open to everyone: every tenth scoop is free, no strings attached.",
        "Sorry about the cold first night in the cottage. The chimney's been swept since and we've added extra blankets to every room. We'd love to have you back.",
        "Thanks for the kind words about Kieran! He's only been with us a few months and he's already the fastest hand with a suit in Truro.",
        "We're so sorry to hear of your father's passing, and honoured that his last suit was made here. Please accept our heartfelt condolences.",
        "Thanks for the feedback on the riding hats. Our insurer requires a fitted hat for every rider, even for a ten-minute pony ride, and we know it can feel fussy, so we keep clean ones in every size.",
        "Mrs Trewin thanks you warmly and hopes the jacket serves you well for many years.",
        "You're right that the film started late, and we're sorry. The projector needed a restart; we should have told you straight away rather than leaving you in the dark, literally.",
        "Thank you! ty x",
        "Sorry the Wi-Fi was patchy. We're upgrading the router over the winter. Any questions, email us at stay@trevoseebarn.example and we'll help.",
        "We checked and the booking shows two nights rather than three; we understand how the confirmation email may have been confusing, so we've rewritten it. Do get in touch if we've got it wrong.",
        "Our apologies, Lucy sent the wrong file to print, and that's our responsibility as a business, not hers alone. We've refunded you in full and added a second check before printing.",
        "Lovely to hear! We're the only cinema in Cornwall where the popcorn is older than the films, or so our regulars joke.",
        "Dear customer, thank you for your feedback. We have refunded the ticket price and would welcome a call on 01326 555 200 to hear more. Kind regards, Customer Services (KP, LH)",
        "We're sorry the lesson felt rushed. We've added more walk-and-trot time to beginner sessions. Please ask for Sam next time; she's brilliant with nervous riders.",
        "Thanks for the three stars, and for telling us exactly what would make it five; we'll work on the queue.",
        "Mr Penrose is sorry he wasn't there to greet you himself, and thanks Tamsin for looking after you so well.",
        "Congratulations on the wedding! We were honoured to print your invitations and hope the day was perfect.",
        "We take cleanliness seriously and were sorry to read this. We've had a deep clean done and changed our cleaning company. Our door is always open if you'd like to see it.",
        "Thanks! 🍦",
        "We respectfully see it a little differently: the menu board shows the price per scoop, not per cone. Still, we can see how it might confuse, so we're making it clearer.",
        "Please don't worry about the spilt drink; accidents happen and our team were happy to help. Hope you enjoyed the rest of the film.",
        "Dear guest, we are sorry your stay fell short. We've refunded the cleaning fee and would love to hear more at hello@gite.example. Warm regards, Guest Relations (CM, DW)",
        "The reason we ask for a deposit on bespoke suits is that the cloth is cut to you alone. We're sorry this wasn't explained clearly at the fitting, and we've updated our leaflet.",
        "Thank you for your patience during the power cut. We know it wasn't the evening you planned, and we've sent everyone in that screening a free pass.",
        "We know the lane is narrow and it's easy to miss our sign. We've put a new one up by the post box, and if you're ever lost just ring the yard on 01566 555 901.",
        "Mrs Pascoe sends her best to your daughter, and says the pony hasn't stopped looking for her since.",
        "So sorry about the mix-up with the flavours. That was our mistake, not Jamie's; our new labels were confusing. We've relabelled every tub.",
        "Ha, fair point about our parking: it's basically a field with ambitions. We're working on it.",
        "Thank you for pointing out the broken step by the hot tub. We've fixed it and we're very grateful you told us.",
        "Dear client, thank you for choosing us. Our referral scheme gives ten percent off to anyone who brings a friend, whatever they think of us. Kind regards, Client Team (EF, GH)",
        "Cheers for the kind words! Becky and Tom will be dead pleased.",
        "Really sorry your review mentions waiting for ages. We've now added an online booking system so you can pick a time that suits.",
        "We don't allow children under twelve in the 18-rated screenings, by law, and we're sorry this was a disappointment; our Saturday family matinées are a great alternative.",
        "Sorry the ice cream melted before you got to the beach! We now offer cool bags for a small deposit.",
        "It's true we had the horses out on a different route that day, because the usual track was flooded. We should have explained that before setting off, and we're sorry.",
        "Thank you for your honest review. The owner would be grateful for a chance to make it right; please call her directly at the shop, 01209 555 474.",
    ],
    "fr": [
        "Merci beaucoup pour ce joli message ! Toute l'équipe vous embrasse et vous attend l'été prochain sous les platanes.",
        "Nous sommes vraiment désolés pour l'ourlet décousu. C'est notre faute, et nous le reprendrons gratuitement cette semaine ; passez quand vous voulez ou appelez la boutique au 04 90 55 50 12.",
        "Merci d'être venus galoper avec nous ! Caramel vous remercie aussi, à sa manière (surtout avec des carottes).",
        "Toutes nos excuses pour la couleur un peu trop sombre de vos flyers. Nous les avons réimprimés gratuitement, ils vous attendent au comptoir.",
        "Merci pour ce bel avis ! Notre carte de fidélité est ouverte à tous : la dixième boule est offerte, sans condition.",
        "Désolés pour la fraîcheur du premier soir au gîte. Le poêle a été révisé et nous avons ajouté des couvertures dans chaque chambre. Au plaisir de vous revoir.",
        "Merci pour vos mots sur Mireille ! Elle sera ravie, c'est elle qui prépare les paniers d'accueil avec tant de soin.",
        "Nous sommes profondément attristés par le décès de votre mère, qui venait chez nous depuis tant d'années. Toutes nos condoléances à votre famille.",
        "Merci pour votre retour sur les bombes. Notre assurance impose un casque ajusté pour chaque cavalier, même pour un petit tour à poney ; on sait que c'est contraignant, alors nous en avons de propres à toutes les tailles.",
        "Madame Castellane vous remercie chaleureusement et vous souhaite de porter longtemps votre nouvelle veste.",
        "Vous avez raison, la séance a commencé en retard et nous en sommes désolés. Le projecteur a dû redémarrer ; nous aurions dû vous prévenir tout de suite au lieu de vous laisser dans le noir.",
        "merci !! 😊",
        "Désolés pour le Wi-Fi capricieux. Nous changeons la box cet hiver. Pour toute question, écrivez-nous à contact@mas-des-cigales.example.",
        "Après vérification, la réservation indique deux nuits et non trois ; nous comprenons que l'e-mail de confirmation ait pu prêter à confusion et nous l'avons reformulé. N'hésitez pas à nous recontacter si nous nous trompons.",
        "Toutes nos excuses : c'est Lucie qui a envoyé le mauvais fichier, mais c'est notre responsabilité en tant qu'entreprise. Nous vous avons remboursé intégralement et ajouté une double vérification.",
        "Merci ! Nous sommes sans doute le seul cinéma de Provence où les fauteuils sont plus anciens que les films, mais on les aime comme ça.",
        "Bonjour, merci pour votre retour. Nous vous avons remboursé la place et serions heureux d'échanger avec vous au 04 42 55 52 00. Cordialement, le service client (A.D. / S.B.)",
        "Désolés que la leçon vous ait paru précipitée. Nous avons ajouté du temps au pas et au trot pour les débutants. Demandez Sandrine la prochaine fois, elle est formidable avec les cavaliers inquiets.",
        "Merci pour les trois étoiles et pour nous avoir dit ce qui vous ferait mettre cinq : nous allons travailler sur l'attente.",
        "Monsieur Lambert regrette de ne pas avoir été là pour vous accueillir et remercie Julie de s'être si bien occupée de vous.",
        "Félicitations pour votre mariage ! Ce fut un honneur d'imprimer vos faire-part, nous espérons que la journée a été parfaite.",
        "Nous prenons la propreté très au sérieux et sommes désolés de lire votre message. Un grand nettoyage a été fait et nous avons changé de prestataire.",
        "Merci beaucoup, à bientôt 🍦",
        "Nous voyons les choses un peu différemment : l'ardoise affiche le prix par boule, pas par cornet. Mais nous comprenons que ce soit ambigu, alors nous allons la rendre plus claire.",
        "Ne vous inquiétez surtout pas pour le soda renversé, ça arrive, et l'équipe était contente de vous aider. Nous espérons que la fin du film vous a plu.",
        "Bonjour, nous sommes désolés que votre séjour n'ait pas été à la hauteur. Les frais de ménage vous ont été remboursés. Écrivez-nous à bonjour@gite.example pour en parler. Cordialement, le service client (M.P. / J.-L.G.)",
        "Si nous demandons un acompte pour le sur-mesure, c'est parce que le tissu est coupé pour vous seul. Nous sommes désolés que cela n'ait pas été bien expliqué lors de l'essayage.",
        "Merci pour votre patience pendant la coupure de courant. Ce n'était pas la soirée prévue, et chaque spectateur de la séance a reçu une place offerte.",
        "Le chemin est étroit et notre panneau facile à manquer, c'est vrai. Nous en avons posé un nouveau près de la chapelle ; en cas de doute, appelez le centre au 04 90 55 59 01.",
        "Dank u wel et merci ! Toute l'équipe de la boutique était ravie de vous revoir, tot ziens !",
        "Désolés pour la confusion sur les parfums. C'est notre erreur, pas celle de Jens : nos nouvelles étiquettes prêtaient à confusion et nous les avons toutes refaites.",
        "Ha, c'est vrai que notre parking est surtout un champ qui rêve de grandeur. On y travaille, promis.",
        "Merci de nous avoir signalé la marche abîmée près de la piscine. Elle a été réparée et nous vous en sommes très reconnaissants.",
        "Bonjour, merci de nous avoir choisis. Notre programme de parrainage offre dix pour cent à toute personne qui amène un ami, quel que soit son avis. Cordialement, le service client (C.R. / P.V.)",
        "Oh merci, vous êtes adorables ! Té, ça nous fait plaisir comme un jour de marché.",
        "Nous sommes désolés pour l'attente. Nous avons mis en place la réservation en ligne pour que vous choisissiez votre créneau.",
        "La loi nous interdit d'accueillir les moins de douze ans aux films interdits aux moins de douze ans, et nous comprenons la déception ; nos séances famille du samedi sont une belle alternative.",
        "Désolés que la glace ait fondu avant la plage ! Nous proposons maintenant des sacs isothermes contre une petite consigne.",
        "Il est vrai que nous avons changé d'itinéraire ce jour-là, car le sentier habituel était inondé. Nous aurions dû l'expliquer avant le départ, pardon.",
        "Madame Roux vous remercie pour votre avis honnête et aimerait beaucoup arranger les choses ; n'hésitez pas à l'appeler directement à la boutique au 04 91 55 54 74.",
    ],
}
