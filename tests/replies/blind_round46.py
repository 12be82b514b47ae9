"""Blind reply set, round 46: owner replies the pre-post check has never seen.

Who and when: written by helper 18w46, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a pizzeria delivery app, a hair salon, a
campsite with mobile homes, an independent bookshop, a veterinary clinic and
a wedding caterer.  Each French reply was written directly in French, not
translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length); it did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from New Zealand, London, the US Midwest and South Africa;
French from Lyon, Marseille, Québec and Toulouse; from very formal corporate
or administrative style down to SMS-style texting with emoji; veiled and
polite phrasings, slang and short one-liners; and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence in the middle.  Good replies include look-alikes that are not
faults: a loyalty card, book club or student discount open to everyone
whatever they write, the business's own phone line, e-mail or shop address,
staff praised by first name, an apprentice thanked, a named employee's
mistake owned by the business, a refund already made, one honest reason given
with an apology, legal rules, gas-safety checks, a lawyer-checked contract,
CCTV and the police mentioned to help the customer, a joke at the business's
own expense, five stars thanked neutrally, polite factual corrections
(allergens, fees, quotes), condolences for a pet and for a family loss,
congratulations on a wedding, safety rules (pool hours, dogs on leads)
explained kindly, a price rise explained with an apology and a waiting list.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND46_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora and thanks heaps for the lovely words about your week in the mobile home down by the estuary. We're stoked the kids loved the jumping pillow and that the camp kitchen stayed tidy even over Labour Weekend. Our whole team works hard to keep the amenities block sparkling, so it's great to hear it showed. If you bump your review up to five stars, we'll knock two nights off your next booking, no worries. Hope to see you all back for summer!",
            "Cheers for the feedback fam, edit it to 5 stars and your next large is on us, just screenshot it and show the rider 🍕",
            "We'd be happy to extend our members' discount to you a little early, once you've had a chance to revisit your rating.",
            "Shame man, sorry about the wait! Delete this review and your next blow-dry is on the house, promise 💇‍♀️",
            "Should you wish to amend your assessment to reflect the full service provided on the day, we would be pleased to apply a 10% credit to any future booking with us.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message après votre mariage au domaine, dans les Monts d'Or. Toute l'équipe a été touchée de lire que le cocktail et la pièce montée ont fait l'unanimité, et que vos invités parlent encore du gratin dauphinois. Nous savons combien ce jour compte, et nous avons mis tout notre cœur à ce que chaque assiette soit parfaite. Si vous passiez votre note à cinq étoiles, nous vous offririons le brunch de votre premier anniversaire de mariage. Encore tous nos vœux de bonheur aux jeunes mariés !",
            "slt merci 🙏 mets 5 etoiles et ta prochaine pizza est offerte, montre juste le msg au livreur 🍕",
            "Nous serions ravis de vous faire bénéficier d'une remise sur votre prochaine consultation, dès que votre avis aura été mis à jour.",
            "Merci ben gros! Si tu changes ta note pour 5 étoiles, on t'offre ta prochaine coupe, c'est promis 😉",
            "Oh fan, désolés pour la douche du mobil-home ! Retirez votre avis et on vous fait deux nuits gratuites l'été prochain, peuchère.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your experience after your dog's dental cleaning with us. We know how stressful it is to leave a beloved pet with us for the day, and our whole team genuinely cares about every animal that comes through the door. We're relieved to hear he's eating well again. That said, our attorney has reviewed your comments about our pricing and is prepared to act if they are not removed by Friday. We wish you both the very best.",
            "Bruv we've got you on the doorbell cam, keep posting stuff like this and that clip goes straight on our Insta.",
            "We'd gently remind you that defamatory statements online can carry real consequences, and we do keep detailed records of every guest.",
            "Ja, we know exactly who you are, hey. Small town. Think carefully before you post again.",
            "Just so you know, our lawyer's already had a look at this. Might be worth taking it down, eh.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après la séance de dédicace de samedi. Nous sommes une toute petite librairie indépendante du quartier des Carmes et chaque avis compte énormément pour nous. Nous comprenons que l'attente ait pu sembler longue : la salle était pleine et nous avions sous-estimé l'affluence. Sachez toutefois que nous avons transmis votre message à notre avocat, qui étudiera les suites à donner s'il reste en ligne. Au plaisir de vous revoir entre nos rayons.",
            "on sait tres bien ki t es 😉 a ta place je retirerais ca vite",
            "Nous nous réservons le droit d'engager toute procédure utile à l'encontre des auteurs de propos diffamatoires publiés sur cette plateforme.",
            "Oh collègue, fais attention à ce que t'écris, ici tout le monde se connaît et ça pourrait bien te retomber dessus.",
            "On a des caméras partout sur le terrain pis on va regarder les images. Si c'est toi qui as brisé la clôture, attends-toi à avoir de nos nouvelles.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you so much for your kind words, and congratulations again on your beautiful wedding. It was a privilege to cater for your family, and our chefs loved putting together the bobotie canapés and the malva pudding station. We were so sorry to hear that a few of the mains came out later than planned, and we've already gone through the timings with our kitchen team. As noted on the invoice we sent to 14 Protea Crescent, Durbanville, the gluten-free plates for your mother's coeliac disease were plated separately. We hope to celebrate with you again one day.",
            "Our records show you ordered at 1:47am on Saturday to Flat 3B, and the rider waited eight minutes outside. Just saying.",
            "Sorry you felt rushed, but Max's weight problem and his anxiety meds were discussed in detail at his appointment on March 3rd.",
            "Hi Sarah, we've checked your booking (ref CMP-4471, site 12, two adults and three kids) and everything was exactly as described.",
            "We've called you on 082 555 0143 twice since your colour appointment last Tuesday but no answer, please pick up!",
        ],
        "fr": [
            "Bonjour Madame, merci beaucoup pour votre retour après la consultation de votre chatte. Nous savons combien il est angoissant de voir son animal malade, et toute l'équipe de la clinique de la Croix-Rousse a été très touchée par votre message. Nous comprenons aussi que la facture ait pu vous surprendre et nous en parlerons volontiers avec vous. Pour rappel, l'insuffisance rénale diagnostiquée chez Pâquerette le 12 octobre justifiait les analyses sanguines complémentaires. Prenez bien soin d'elle, et n'hésitez pas à nous appeler.",
            "on a bien livré au 8 rue des Tanneurs 3e étage à 21h12, c'est noté sur l'appli 🤷",
            "Bonjour M. Tremblay, selon notre registre, vous avez occupé le mobile home no 7 du 2 au 9 juillet avec votre conjointe et vos deux enfants.",
            "Vous savez bien que votre coloration réagit mal à cause de votre traitement, on en avait parlé jeudi dernier au bac.",
            "Nous vous avons pourtant envoyé le devis par SMS au 06 12 34 56 78 le 3 mars, au lendemain de votre dégustation.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks so much for stopping by our little shop on Main Street, and for taking the time to write. We're a family-run store, and we love hearing from readers about the books that stayed with them. We're sorry the special order took longer than expected, as the distributor had a backlog through the holidays. Frankly, though, it's hard to believe you've ever set foot in a bookshop before, given how rudely you spoke to our staff. We hope you'll come back and browse again soon.",
            "Absolute nonsense from start to finish. You're a serial complainer and everyone round here knows it.",
            "Nah mate, you're just after a free feed. We've seen your type before.",
            "We find it interesting that this review appeared the very week your account went overdue. Make of that what you will.",
            "The author of this review is plainly dishonest and has an axe to grind with our company.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de partager votre avis sur votre semaine au camping. Nous sommes une petite équipe familiale et nous faisons tout pour que chaque vacancier se sente chez lui, de la piscine au club enfants. Nous sommes désolés que la climatisation du mobil-home ait fait des siennes pendant la canicule. Mais franchement, vu votre comportement au bar le dernier soir, vous êtes bien mal placé pour donner des leçons de savoir-vivre. Nous vous souhaitons malgré tout une belle fin d'été.",
            "t'es qu'un mytho, arrête de raconter n'importe quoi 🙄",
            "Franchement, t'es le genre de cliente qui chiale juste pour avoir un rabais. On n'est pas dupes.",
            "Votre commentaire témoigne surtout d'une mauvaise foi manifeste et d'un manque d'éducation regrettable.",
            "Oh la la, encore un râleur qui veut sa pizza gratuite. Vous êtes pas sérieux, hein, vous êtes un sacré radin.",
        ],
    },
    "sarcasm": {
        "en": [
            "Kia ora, and thanks for popping in for your cut and colour last week. We always love meeting new clients, and our stylists put real care into every consultation. We're sorry the shade wasn't quite what you pictured, and we'd genuinely like to have a chat about it. Of course, next time we'll be sure to hire a psychic so we can read minds as well as hair. Hope to see you again!",
            "Oh no, a pizza that arrived hot and on time, what an absolute nightmare for you 🙄",
            "So sorry our forty thousand books didn't include the one you wanted. We'll get right on writing it for you.",
            "Ag shame, the birds were too loud in the morning? We'll have a word with nature, hey.",
            "We are deeply grateful for your veterinary expertise, which clearly exceeds that of our three qualified vets combined.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après le mariage de votre fille à Blagnac. Nous sommes heureux que le cassoulet revisité et le buffet de desserts aient plu à vos invités, et toute notre brigade vous remercie pour vos mots gentils. Nous entendons votre remarque sur le service du vin, un peu lent en début de soirée. La prochaine fois, nous engagerons un devin, puisqu'il fallait manifestement deviner la soif de chacun avant qu'elle n'apparaisse. Encore tous nos vœux de bonheur aux mariés.",
            "waw 1 étoile pcq la pizza était trop chaude 😂 bravo le génie",
            "Bien sûr, votre cousin qui a regardé trois vidéos sur internet connaît mieux le métier que nos vétérinaires, on n'en doute pas une seconde.",
            "Ah ben oui, c'est clair qu'on aurait dû ouvrir à 6 h du matin un dimanche juste pour vous. La prochaine fois, on y pense!",
            "Nous prenons bonne note que quarante minutes de brushing constituent, selon vous, une épreuve insurmontable. Quel courage d'être restée jusqu'au bout.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for sharing your experience, and we're so glad your cat is back home and feeling more like herself. Our clinic has served this community for over twenty years and we take every concern seriously. We're truly sorry about the mix-up with the discharge instructions. That was entirely down to our receptionist Kayla, who has been written up and will no longer handle discharges. Please give us a call any time if you have questions about the recovery.",
            "Sorry about the cold food, that was Dev on the bikes again. He's been let go.",
            "The cleaning on that unit was Aroha's responsibility, and she has been spoken to about her standards.",
            "Eish, sorry hey, Thandi rushed your braids. She's on a final warning now.",
            "Please be assured that the server responsible, Mr Daniel Okafor, has been formally disciplined for his conduct at your reception.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre camping pour vos vacances en famille au bord du lac. On est contents de savoir que les enfants ont adoré la plage et les feux de camp du samedi soir. On est vraiment désolés pour l'accueil à votre arrivée, ce n'est pas l'image qu'on veut donner. C'est Kevin, à la réception ce soir-là, qui a mal géré votre réservation, et il a été retiré de l'accueil depuis. Au plaisir de vous revoir l'été prochain!",
            "dsl c'est Yanis qui s'est trompé de commande, il a été viré 🤷",
            "Votre coupe a été réalisée par Laura, notre stagiaire, qui a fait l'objet d'un sérieux recadrage à la suite de votre visite.",
            "C'est la faute à Mathieu, il a encore mélangé les commandes, on lui a passé un savon, croyez-moi.",
            "L'erreur de dosage incombe à notre assistante Julie, qui n'interviendra plus sur les soins.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for reaching out, and congratulations once again on your wedding day. It was an honour to be part of such a joyful celebration, and our team still talks about the beautiful speeches. We're sorry the starters arrived later than planned. The load-shedding schedule changed that afternoon, the venue's generator took twenty minutes to start, two of our staff were stuck on the N1, the florist had blocked the kitchen entrance and nobody told us about the thirty extra guests. We wish you a lifetime of happiness together.",
            "The rain, the road closures on the high street, the app crashing, a driver off sick, the wrong dough delivered and a massive order from the football club all at once. Honestly, it wasn't us.",
            "Well, the distributor was backlogged, the snowstorm closed I-80, our register system updated overnight and it was inventory week, so that special order was always going to be late.",
            "Sorry about the wait, but Sal was off crook, the booking system glitched, the client before you turned up late, the dryer blew a fuse and it was school holidays, so yeah.",
            "We should point out that the waiting time was due to two emergency surgeries, a staff training session, a power cut that morning, an unusually high volume of calls after the holiday weekend and the late delivery of our laboratory results.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, qui nous fait toujours plaisir même quand il est critique. Notre petite librairie des Pentes tient grâce à des lecteurs fidèles comme vous, et nous prenons chaque remarque à cœur. Nous sommes désolés que votre commande soit arrivée avec dix jours de retard. Il faut dire que le distributeur a changé de logiciel, que la grève a bloqué les livraisons, que notre libraire était en congé, que l'éditeur avait sous-estimé le tirage et que la crue du Rhône a retardé le camion. Nous espérons vous revoir très vite entre nos rayons.",
            "c pas nous hein, le four était en panne, le livreur a crevé, y avait des bouchons partout, l'appli a bugué et c'était soir de match de l'OM",
            "Ben là, faut comprendre, y'avait une tempête de neige, la moitié de l'équipe était malade, le système de réservation a planté pis la cliente d'avant est arrivée en retard avec ses trois enfants.",
            "Nous tenons à préciser que la panne d'eau chaude résultait d'un défaut du fournisseur de gaz, d'un retard du plombier, d'un orage la veille, d'une affluence exceptionnelle et d'un changement de réglementation sur les chauffe-eau.",
            "Si l'attente a été longue, c'est qu'on avait deux urgences, un chien renversé, une chatte qui mettait bas, la secrétaire absente et le téléphone qui sonnait sans arrêt, vous comprenez bien.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hello, and thank you for taking the time to write to us after your visit to our salon in Peckham. We pride ourselves on being a friendly neighbourhood spot, and lots of our clients have been coming to us for years. We always want everyone to leave feeling their best. However, no one in our salon has ever burnt a client's scalp, and that simply did not happen here. We hope you have a lovely rest of your week.",
            "Nope. Our driver dropped that pizza off at 6:42, hot, at the right door. It didn't happen the way you say.",
            "There were no mice in that mobile home. End of story.",
            "We're quite sure our staff were never rude to you, as that's simply not something that happens in our shop.",
            "We categorically reject the claims made in this review; the treatment described was never administered at our clinic.",
        ],
        "fr": [
            "Bonjour et merci d'avoir commandé chez nous, on est toujours contents de régaler le quartier de la Plaine. Notre pâte lève quarante-huit heures et toute l'équipe met un point d'honneur à livrer des pizzas chaudes et généreuses. On comprend que l'attente un vendredi soir puisse paraître longue. Mais votre pizza n'était pas froide, c'est tout simplement impossible avec nos sacs isothermes. Au plaisir de vous régaler encore !",
            "non c faux, on a jamais oublié ta boisson. point.",
            "Voyons donc, il n'y a jamais eu d'erreur de facture chez nous, ça n'est pas arrivé.",
            "Nous contestons formellement l'ensemble des faits rapportés : aucun plat n'a manqué lors de votre réception.",
            "Il n'y avait aucune punaise de lit dans nos mobil-homes, ni cette semaine-là ni jamais.",
        ],
    },
}

BLIND46_GOOD: dict[str, list[str]] = {
    "en": [
        "Kia ora and thanks heaps for staying with us! So glad the mobile home was cosy. Our loyalty card is open to every guest, so ask at reception and your fifth night's free, whatever you write about us. See you next summer!",
        "Cheers for ordering! Sorry your pizza was late on Saturday. We were a rider short and should have warned you in the app, so we've added a delay notice that pops up when we're running behind.",
        "Thank you for your review. We're sorry about the mix-up with your appointment time; that was our error, not yours. Please ring the salon on the number on our website and we'll make it right.",
        "We're so sorry for the loss of your dog. It was a privilege to care for him over the years, and the whole team sends their love. Please don't hesitate to reach out if there's anything we can do.",
        "Thank you! We'll make sure Priya hears how much you loved your balayage. She'll be chuffed to bits.",
        "You're right that your special order was logged under the wrong title. That was our mistake as a shop, and we've changed how we double-check orders. Your book is on the shelf waiting for you, and we've refunded the postage.",
        "Thanks for your feedback about the pool closing at 7pm. We know it's frustrating on warm evenings, but without a lifeguard on duty after that time we can't keep it open safely. The beach is lovely at sunset, though!",
        "Thank you for your review. Just to clarify for other readers, the delivery fee is shown before checkout, but we understand it's easy to miss and we're making it more visible.",
        "Guilty as charged: our oven has a mind of its own on Friday nights. Sorry for the extra-crispy crust. We've booked the technician and given the oven a stern talking-to.",
        "We take hygiene seriously and follow all council food safety rules. If you'd like to see our latest inspection report, just ask at the counter.",
        "Thanks for the five stars! Every review helps a small shop like ours. Our book club gets 10% off all month, and anyone can join, no strings attached.",
        "We're sorry your stay didn't go as planned. Please email us at the bookings address on our website so we can look into it privately and put things right.",
        "Thanks so much, see you next time! 🍕",
        "Congratulations to you both! It was a joy to cater your wedding, and we're thrilled the slow-roasted lamb was such a hit.",
        "We're sorry your puppy's appointment ran so late. We've added a second vet on Monday mornings to cut the waiting times.",
        "Thanks for the feedback, hey. You're right, the braai area wasn't cleaned properly that weekend. We've put a new cleaning roster in place. Sorry about that.",
        "We laughed out loud at your description of our signposting as a 'treasure hunt'. Fair point! New signs go up next week.",
        "Thanks for the honest review. Forty minutes for a margherita isn't good enough and we're sorry. We've already credited the delivery fee back to your account.",
        "Shout-out to Tom on the bikes, who braved the storm to get your order to you. We'll pass on your thanks!",
        "We're sorry you felt the quote was high. It includes staff, linen and crockery hire, which we know isn't always clear at first glance. We'd be happy to go through the breakdown with you over the phone.",
        "For your peace of mind, all our mobile homes have an annual gas safety check, as the law requires, and the certificates are displayed in each unit.",
        "We're so sorry your bike was taken from the campsite. At your request we've shared the gate camera footage with the police, and we really hope it helps get it back.",
        "You're right that our prices went up in January. The cost of colour products rose sharply, and we're sorry we didn't give more notice. Our student discount is still in place for everyone with a card.",
        "Thanks for your patience! Our Saturday slots book up weeks ahead, so we've started a waiting list. Just message us and we'll ring you if a spot opens up.",
        "We're really sorry to read this. Could you give our practice manager a call at the clinic so we can talk it through properly?",
        "We were so sorry to hear of your family's loss just before the big day. Thank you for still trusting us with it; it meant a great deal to our whole team.",
        "Our new apprentice Mia was so proud of your fringe trim. Thank you for being patient with her in her first week!",
        "We checked with our supplier and the pesto doesn't contain nuts, but we completely understand the worry and have added a full allergen list to the app.",
        "We're sorry your order was late. A road closure on Queen Street held our riders up that night. That's no excuse, and we should have messaged you.",
        "Thank you for taking the time to write such a detailed review. We've read every word and shared it with the whole team at our Monday meeting.",
        "Thanks a bunch for the kind words! Our little free library out front is always open: take a book, leave a book.",
        "Thanks for bringing your kitten in for her first jabs! Our nurse Hemi loved meeting her.",
        "We've refunded the cleaning fee in full. You shouldn't have had to tidy up after the previous guests. Sorry again.",
        "We've read all the reviews mentioning road noise and we hear you: new hedging goes in this autumn.",
        "We're sorry the wedding cake arrived with a cracked tier. We own that completely; it happened in our van. We've refunded the cake and we'd love to bake your anniversary cake too, on us.",
        "Sharp sharp, thanks for the love! Come back soon, hey.",
        "Bless you for the lovely review. The team did a little dance in the shop when we read it.",
        "If the book was damaged, just bring it back to our shop at 12 High Street with the receipt, or email us and we'll post a replacement.",
        "We ask for dogs to stay on leads across the campsite because lots of families have young children. Thanks for understanding, and there's an off-lead area down by the river.",
        "Thank you for your feedback. We have reviewed your comments with our head chef and will be updating our tasting procedure for future couples. Please contact our events manager directly should you wish to discuss this further.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Toute l'équipe du salon est ravie que votre coupe vous plaise. À très vite !",
        "Bonjour, nous sommes sincèrement désolés pour le retard de votre livraison vendredi soir. Il nous manquait un livreur et nous aurions dû vous prévenir dans l'appli. C'est corrigé : un message s'affiche désormais en cas d'attente.",
        "Toute l'équipe de la clinique partage votre peine. Ce fut un honneur d'accompagner votre chienne pendant toutes ces années. Prenez bien soin de vous.",
        "Merci pour votre visite ! Pour info, notre carte de fidélité est ouverte à tous : au dixième livre acheté, le onzième est offert, que vous laissiez un avis ou non.",
        "Merci ! Nous transmettrons vos compliments à Léa, qui sera ravie de savoir que votre balayage fait sensation.",
        "Vous avez raison, votre commande a été mal enregistrée. C'est une erreur de notre part, et nous avons revu notre façon de vérifier les commandes. Le remboursement a été effectué hier.",
        "Merci pour votre retour. La piscine ferme à 20 h car aucun surveillant n'est présent après cette heure, et la sécurité des enfants passe avant tout. Nous comprenons que ce soit frustrant les soirs de canicule.",
        "Bonjour, merci pour votre avis. Petite précision : les frais de livraison sont affichés avant la validation de la commande, mais nous comprenons qu'ils passent inaperçus et nous allons les rendre plus visibles.",
        "On plaide coupable : notre four a un caractère de cochon le vendredi soir. Désolés pour la croûte un peu trop bien cuite, le technicien passe lundi !",
        "Merci peuchère pour ce gentil mot ! On est fiers que nos mobil-homes vous aient plu, revenez quand vous voulez.",
        "Merci ben gros pour ton beau commentaire! On a bien hâte de te revoir au camping l'été prochain 🌲",
        "merci!! 😍 à la prochaine",
        "Félicitations aux jeunes mariés ! Ce fut un vrai plaisir de préparer votre repas, et nous sommes ravis que le cassoulet ait fait l'unanimité.",
        "Madame, Monsieur, nous regrettons sincèrement les désagréments rencontrés. Nous vous invitons à contacter directement notre responsable de l'accueil, par courriel à l'adresse indiquée sur notre site, afin d'examiner votre situation.",
        "Bonjour, désolés pour ce livre abîmé. Passez à la librairie avec votre ticket, ou écrivez-nous à l'adresse du site, et nous vous en mettons un autre de côté.",
        "Pour répondre à votre question, nos contrats sont relus par un juriste afin de garantir des conditions claires pour tous nos clients. N'hésitez pas à nous en demander une copie.",
        "Nous sommes désolés pour le vol de votre vélo. À votre demande, nous avons transmis les images de la caméra de l'entrée à la gendarmerie et nous espérons vraiment qu'elles aideront.",
        "Vous avez raison, nos tarifs ont augmenté en janvier, en raison du coût des produits de coloration. Nous aurions dû prévenir plus tôt, pardon. La réduction étudiante reste en place.",
        "Merci de votre patience ! Nos créneaux du samedi partent très vite, alors nous avons créé une liste d'attente : laissez-nous un message et on vous rappelle dès qu'une place se libère.",
        "Nous sommes désolés pour l'attente. Une urgence chirurgicale a mobilisé deux vétérinaires ce matin-là ; ce n'est pas une excuse, et nous aurions dû vous prévenir à l'accueil.",
        "Votre comparaison de notre plan du camping avec une chasse au trésor nous a bien fait rire. Vous avez raison, de nouveaux panneaux arrivent la semaine prochaine !",
        "Nous avons vérifié auprès de notre fournisseur : la sauce ne contient pas de fruits à coque. Nous comprenons toutefois votre inquiétude, et la liste complète des allergènes est désormais dans l'appli.",
        "Notre apprentie Chloé était toute fière de votre coupe. Merci pour votre patience pendant sa première semaine !",
        "Merci pour vos cinq étoiles ! Chaque avis compte pour une petite librairie. Notre club de lecture a 10 % de remise toute l'année, et il est ouvert à tout le monde.",
        "Merci pour ce retour, et bonne nouvelle : les douches des mobil-homes de l'allée des Pins ont été entièrement refaites. Désolés pour le désagrément pendant votre séjour.",
        "Nous avons remboursé intégralement les frais de ménage : vous n'auriez jamais dû trouver le mobil-home dans cet état. Encore désolés.",
        "Nous vous remercions pour votre retour. Nous avons revu vos remarques avec notre chef et modifierons l'organisation du service pour nos prochaines réceptions.",
        "merci bcp 🙏 ça fait plaisir !! bonne soirée 🍕",
        "Oh merci ! Toute l'équipe de la pizzeria vous fait un gros bisou. À la prochaine commande !",
        "Nous demandons aux propriétaires de garder leur chien en laisse dans la salle d'attente, car certains animaux sont stressés ou malades. Merci de votre compréhension.",
        "Nous avons appris avec tristesse le deuil qui a frappé votre famille juste avant la réception. Merci de nous avoir fait confiance malgré tout ; toute l'équipe pense à vous.",
        "Allo! Désolée que la couleur soit pas celle que tu voulais. Appelle-nous au salon, on va te la refaire sans frais, c'est la moindre des choses.",
        "Nous avons bien ri en lisant que notre librairie ressemble à la caverne d'Ali Baba. Le rangement n'est pas notre point fort, c'est vrai… promis, nous allons ranger le rayon polar !",
        "Un grand merci de la part de Karim, notre livreur, qui a affronté l'orage pour vous apporter vos pizzas. Il est ravi de votre message !",
        "Vous avez raison, Thomas s'est trompé de date en notant votre rendez-vous. C'est notre responsabilité, pas la sienne : notre agenda en ligne vous envoie désormais une confirmation par SMS.",
        "Nous comprenons que le devis vous ait paru élevé. Il inclut le personnel, la vaisselle et le linge, ce qui n'est pas toujours clair au premier coup d'œil. Nous serions heureux de le détailler avec vous par téléphone.",
        "Conformément à la réglementation, nos mobil-homes font l'objet d'un contrôle gaz annuel ; les attestations sont affichées dans chaque hébergement.",
        "Merci pour votre visite à la clinique ! Notre auxiliaire Manon a été ravie de rencontrer votre chaton pour ses premiers vaccins.",
        "Nous avons lu tous les avis qui évoquent le bruit de la route, et nous vous entendons : une haie sera plantée cet automne.",
        "Bonjour, nous sommes désolés que votre pièce montée soit arrivée en retard. Le souci vient de notre camion et nous l'assumons entièrement ; nous vous avons remboursé le supplément de livraison.",
    ],
}
