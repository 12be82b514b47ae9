"""Blind reply set, round 25: owner replies the pre-post check has never seen.

Who and when: written by helper 18b25, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, "round 23").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not used in earlier rounds (town-hall services, swimming
pools, public libraries, science museums, post offices, GP practices, labs,
dental surgeries, pharmacies, opticians, vets, care homes, builders, painters,
plasterers, tilers, landscapers, tree surgeons, removal firms, garages, MOT
centres, car hire, taxis, coaches, ferries, bike hire, parking, campsites,
holiday parks, theme parks, cinemas, bowling, karting, paintball, zoos, farms
open to visitors, market stalls, bakeries, kebab shops, fish and chips, crêpe
stands, wine merchants, coffee roasters, phone shops, electronics, furniture,
garden centres, bookshops, toy shops and fashion boutiques).  Each French
reply was written directly in French, not translated.  Apart from the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: French from Lorient, Quimper, Saint-Malo, Angers, Le
Mans, Orléans, Dijon, Troyes, Colmar, Pau, Tarbes, Albi, Rodez, Aurillac,
Bastia, Martinique, Guyane, Nouvelle-Calédonie, Cameroun, Gabon, Maroc,
Valais, Namur and Acadie, a very formal notarial style and a chatty
grandfatherly style; English from Kent, Devon, Lancashire, Tyneside, Fife,
Donegal, Tasmania, South Australia, Canterbury (NZ), KwaZulu-Natal, Ghana,
Uganda, Pakistan, Sri Lanka, Singapore, Trinidad, Texas, Appalachia and
Manitoba, marketing-speak English and a sardonic dry style; faults phrased
indirectly, euphemistically, in slang, in a single word, or buried in a long
warm reply (the first of each list, whose fault sits in a single clause).
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, an apology for a named
employee's mistake with the business taking responsibility, condolences,
congratulations, a safety rule explained kindly, a price change explained
with an apology, a lost-property notice, a recall notice and a reply to a
review about a previous owner.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND25_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thank you so much for this, it's made the whole yard smile down here in Kent. Moving house after forty years is never easy, and we're so glad the lads wrapped your grandmother's dresser like it was the crown jewels and got the piano up those stairs without a scratch. Hearing that the kettle was on in the new kitchen before we'd even left is exactly what we hope for every time. If you could see your way to bumping this up to five stars, we'll knock £50 off the storage invoice as a little thank-you. Wishing you many happy years in the new place!",
            "Cheers mate. Five stars = free dessert next time, just flash us the review at the counter 🍟",
            "Should your appraisal of our surgery come to reflect the full complement of stars, a complimentary scale and polish would naturally follow.",
            "Edit?",
            "Bro delete this and ur next karting session is on the house no cap 🏎️",
        ],
        "fr": [
            "Bonjour et merci infiniment pour votre passage au camping, ici à deux pas des plages de Lorient. Nous sommes très touchés que vos enfants aient adoré la piscine chauffée et les soirées crêpes du jeudi, et que le mobil-home vous ait semblé aussi propre qu'à la maison. Toute l'équipe se démène pour que chaque séjour soit une parenthèse, alors vos mots nous vont droit au cœur. Et si jamais vous passiez votre note à cinq étoiles, la nuitée de la prochaine réservation serait pour nous, promis. À l'an prochain, kenavo !",
            "Wesh merci frère, change ta note et le kebab de la semaine prochaine il est offert 🥙",
            "Nous ne saurions trop vous remercier de bien vouloir reconsidérer votre appréciation ; un bon d'achat de trente euros vous attendrait en boutique à cette occasion.",
            "Ah mon petit, vous savez, du temps de ma boulangerie on arrangeait les choses entre gens de bonne volonté : vous enlevez ce vilain commentaire et la galette des rois est pour moi en janvier.",
            "5 étoiles = -20 % sur les montures. Simple.",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, and thanks for taking the time to write. We're a small family garage just outside Preston and we've been servicing cars round here since 1987, so feedback matters to us. We're sorry the brake job took longer than quoted; parts from the supplier came in late and we should have rung you sooner. That said, we've passed your review to our solicitor, and if it's not down by Friday you'll be hearing from them about defamation. We hope the car's running sweetly now.",
            "We have your dashcam footage from the parking bay. Think carefully about what you post next.",
            "Funny how you reckon the kebab was cold. We've got your face on camera, pal, and we'll be putting it on the window.",
            "Any more of this and you're barred from every pool in the district, and I'll make sure your kid's swim club hears why.",
            "Lawyered.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre visite au zoo. Nous sommes désolés que la navette depuis le parking ait été en retard ce samedi-là, l'affluence était exceptionnelle avec les vacances de la Toussaint. Nos soigneurs font un travail remarquable et les nouveaux enclos des loutres ont beaucoup plu aux familles. Sachez toutefois que notre service juridique a été saisi et qu'une plainte pour dénigrement est en préparation contre vous. En espérant vous revoir dans de meilleures dispositions.",
            "On sait très bien qui vous êtes et où vous habitez, le village est petit. À votre place, je réfléchirais.",
            "Continuez comme ça et c'est au tribunal de commerce qu'on se reverra, je vous le garantis.",
            "Ça va mal finir pour toi ce genre d'avis. On est à Bastia, ici les choses se règlent.",
            "Votre employeur serait sans doute intéressé d'apprendre comment vous vous êtes comporté dans notre pharmacie.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for the lovely words, it's been a busy season here in Tasmania and reviews like yours keep us going. We're thrilled the kids loved bottle-feeding the lambs and that the hayride was a hit, even if the rain did its best to spoil things. Our tearoom scones are Nan's recipe, so we'll pass on the compliment. Just a note for your refund: we've sent it back to the card ending 4417 that you used on booking FV-20931 on Saturday 14 November. See you in lambing season!",
            "Hi Darren, your MOT is booked again for Tues 9am, reg YK19 PLW, we'll ring you on 07712 448 903.",
            "Mrs Okonkwo from flat 3, 22 Harbour Road: your replacement sofa leaves the depot Monday.",
            "Order #558201 — refunded. Sorry Mr Tan.",
            "Hey Kayleigh we found ur lanyard with ur school ID at the bowling lanes, its behind the bar, St Joseph's year 10 right? 🎳",
        ],
        "fr": [
            "Bonjour et merci pour ce retour chaleureux ! Nous sommes ravis que la visite guidée du musée des sciences ait passionné vos deux garçons, et qu'ils soient repartis avec l'envie de devenir astronautes. Le planétarium fait toujours son petit effet, et notre médiatrice Camille sera ravie de lire vos compliments. Pour le remboursement du billet en double, c'est fait : virement sur votre compte FR76 3000 4000 0312 3456 7890 143 au nom de Jean-Marc Le Gall, visite du 21 novembre. À très bientôt à Angers !",
            "Bonjour Mme Ferrand, vos analyses de sang du 3 décembre sont prêtes, vous pouvez rappeler le 06 12 48 77 90 que vous nous aviez laissé.",
            "Monsieur Aliou Mbarga, votre colis n° 6A 128 445 902 FR est bien reparti vers Douala, merci de votre patience.",
            "Réservation 47-B, emplacement 12, famille Hoarau : la caution vous a été rendue.",
            "coucou Lucie t as oublié ta carte vitale au comptoir de la pharmacie, 2 rue des Tanneurs, 2e étage c bien chez toi ? on te la dépose 😉",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for visiting us at the market on Saturday, and for the kind words about our sourdough and the cardamom buns, which really are our pride and joy. Getting up at three to bake in a Tyneside winter is no picnic, so it's lovely when people notice. We're sorry you felt the queue was long; it's been a busy run-up to Christmas. Mind you, claiming the loaf was mouldy when you'd clearly left it in a warm car for a week is just trying it on for a free one. Hope to see you again soon.",
            "Liar.",
            "Some folk will say anything to get out of paying for a tree job, and you, madam, are clearly one of them.",
            "Bless your heart, honey, you wouldn't know a good brisket if it bit you. Maybe stick to the drive-thru.",
            "You came in already half-cut, shouted at the optician and now you want sympathy? Grow up.",
        ],
        "fr": [
            "Bonjour, et merci de votre visite dans notre jardinerie de Colmar. Nous sommes contents que le rayon de sapins vous ait plu et que vous ayez trouvé vos bulbes de tulipes pour le printemps. Notre équipe a mis beaucoup d'énergie dans le marché de Noël cette année. En revanche, prétendre que l'olivier est mort en trois jours alors que vous l'avez laissé dehors par moins dix, c'est de la pure mauvaise foi et une tentative de vous le faire rembourser gratuitement. Bonne fin d'année à vous.",
            "Menteur.",
            "Vous cherchez juste à gratter un repas gratuit, on a l'habitude des gens comme vous.",
            "Eh bien, madame, quand on n'est pas capable de tenir une perceuse, on évite de donner des leçons aux artisans.",
            "Pauvre type va. T'as rien compris au paintball et tu pleures sur internet 😂",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for popping into the bookshop, and for the kind words about our children's corner and the reading armchairs, which were my late mum's idea. We've been on this Devon high street for twenty-two years and regulars like you are why. We're sorry the novel you wanted hadn't arrived; the publisher's delivery was held up. Although, truly, we're so sorry that a book shop expected you to wait three whole days for a book — however did you survive? Hope to see you in again soon.",
            "Oh no, a cinema that was dark inside. Whatever next.",
            "Wow, a whole 4 minutes for a taxi on New Year's Eve. Truly the crime of the century. 🙄",
            "Congratulations on discovering that ferries move on water and water moves. Groundbreaking stuff.",
            "Sure.",
        ],
        "fr": [
            "Bonjour et merci pour votre message après votre passage dans notre crêperie de Quimper. Nous sommes touchés que vous ayez aimé la complète et le caramel au beurre salé, c'est la recette de ma grand-mère, et que vos enfants aient pu jouer dans le petit jardin. Nous sommes désolés pour l'attente, la salle était pleine. Cela dit, bravo pour avoir remarqué qu'une galette bretonne contient du sarrasin, quelle perspicacité, vraiment. Au plaisir de vous revoir !",
            "Oh la la, un bowling bruyant, quelle surprise incroyable.",
            "Bravo champion 👏 t'as trouvé qu'il pleut en Bretagne.",
            "Nous prenons bonne note que vous attendiez d'un fromager qu'il vende des fromages sans odeur. Nous transmettrons à nos vaches.",
            "Sans doute, sans doute…",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for choosing our holiday park for your family's half-term break, and for such a detailed review. We're glad the kids loved the indoor pool and the evening disco, and that the lodge felt cosy on those cold Fife nights. Our grounds team have worked hard on the woodland trail this year. As for the heating problem on your first night, that's down to Craig on reception, who didn't log your call and went home early, and we've had words with him. We hope to welcome you back in the spring.",
            "The rude one was Shona, our Saturday girl. Not our fault.",
            "Sorry about the scratched table. Our driver Mick, the tall one with the tattoo, was in charge of that load and he's had a warning.",
            "Blame Kevin.",
            "Our new nurse Patience mislabelled your sample, she is not trained well, please excuse her.",
        ],
        "fr": [
            "Bonjour, merci beaucoup d'avoir choisi notre cabinet dentaire de Troyes et pour vos mots gentils sur notre nouvelle salle d'attente. Nous sommes heureux que la pose de votre couronne se soit bien passée et que vous n'ayez ressenti aucune douleur. Nous avons investi cette année dans un scanner qui évite les empreintes désagréables. Quant au rendez-vous oublié, c'est la faute de Sandrine, notre secrétaire, qui ne note jamais rien correctement. Prenez soin de vous !",
            "C'est Kévin le stagiaire qui a raté votre vidange, pas nous.",
            "Le monsieur qui vous a mal parlé, c'est Gaby à la caisse du samedi, il est comme ça.",
            "Nathalie. Encore elle.",
            "Madame, le vendeur en cause, M. Roussel, a été sanctionné pour sa négligence qui est la seule responsable de cette affaire.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for staying at our campsite in the Barossa and for your kind words about the sunsets and the camp kitchen. It's lovely to hear the kids made friends at the playground. About the showers being cold: the gas bottle supplier changed hands in September, the new one delivers on Tuesdays only, the long weekend fell on a Monday, our caretaker was at his daughter's wedding, the backup heater was being serviced as required by council rules, the forecast said it would be mild, and frankly every park in the valley had the same issue. Thanks again for coming.",
            "Look, the car was late because the ferry was late because the weather was bad because it's November, the dispatcher was on break because the law requires breaks, the satnav routed via the roadworks that the council put in without warning, and the driver had already done three airport runs.",
            "With respect, the paint peeled because the plaster was still damp, the plaster was damp because the client wanted it done before Christmas, the damp meter was in the other van, the weather was unseasonal, the primer brand was changed by the supplier without notice, and we did mention conditions were not ideal, more or less.",
            "Before judging us please understand: short staffed, flu season, new software, power cut Tuesday, two vets on courses, the locum was delayed by the ferry, the phones are old, the landlord won't fix the sign, and the car park belongs to the council. So.",
            "Sir, kindly note the delay occurred due to customs clearance at the port, then the courier was changed, then the warehouse moved, then the Eid holidays were there, then the system updated itself, then the rain came, so there was no way possible to deliver the phone earlier.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite à la ferme pédagogique, nous sommes ravis que vos petits aient adoré traire la chèvre et ramasser les œufs. Concernant la fermeture du goûter, il faut comprendre que la préfecture a changé les normes en octobre, que notre four est tombé en panne la veille, que le boulanger livre le mardi, que ma femme était chez le médecin à Rodez, que la route était coupée pour le marché, que nous sommes seulement trois, que les subventions ont baissé et que tout le monde fait pareil dans l'Aveyron. Merci encore.",
            "Le retard vient du fait que le transporteur a changé, que le camion était en panne, que le chauffeur était malade, que la route de Bastia était fermée, qu'il y avait grève au port, que le meuble venait d'Italie et que vous habitez au troisième sans ascenseur.",
            "Alors voilà : la climatisation du cinéma est vieille, le propriétaire ne veut pas payer, la mairie bloque les travaux, le technicien vient de Dijon, les pièces arrivent d'Allemagne, on a eu le Covid, l'électricité a augmenté, et puis bon, il faisait très chaud ce soir-là.",
            "Il convient de préciser, à toutes fins utiles, que le délai de délivrance de l'acte s'explique par la saisine tardive du cadastre, l'absence de pièces d'état civil, la vacance de poste au service de la publicité foncière, la réforme informatique ministérielle ainsi que par les congés légaux de fin d'année, circonstances dont l'étude ne saurait répondre.",
            "Mais c'est pas nous hein ! Y avait la pluie, le bateau de Nouméa en retard, le fournisseur qui répond pas, le frigo en panne, mon cousin malade, la coutume à la tribu ce week-end… on fait comment nous ?",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hello and thank you for visiting the zoo during the school holidays. We're so pleased the little ones enjoyed the penguin feeding and the new red panda enclosure, which our keepers have spent two years planning. The café team were chuffed to hear the hot chocolate went down well on a chilly Lancashire afternoon. Regarding the toilets you describe, that simply did not happen; our facilities are never dirty. We look forward to seeing you again.",
            "Never happened.",
            "No sir, there was no overcharge. Our till does not make mistakes, full stop.",
            "Our tilers don't leave mess. Ever. You must be thinking of another firm.",
            "Nah mate, nobody at this shop sold you a dodgy charger. Didn't happen, end of.",
        ],
        "fr": [
            "Bonjour, et merci pour votre passage à notre bibliothèque municipale. Nous sommes heureux que l'heure du conte du mercredi ait tant plu à votre fille et que le nouvel espace jeux vidéo séduise les ados. Nos bibliothécaires préparent la programmation de printemps avec beaucoup d'enthousiasme. Quant à l'accueil désagréable que vous évoquez, cela ne s'est tout simplement jamais produit chez nous. Au plaisir de vous revoir à Orléans.",
            "Faux. Rien de tout ça n'est arrivé.",
            "Aucun de nos taxis n'a jamais refusé une course, c'est impossible.",
            "Il n'y a eu aucune erreur de dosage. Point final.",
            "Dans notre fromagerie de Namur, on ne vend pas de fromage périmé, jamais, une fois.",
        ],
    },
}

BLIND25_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind review! We're delighted the crown fitting went smoothly. Dr Amara will be thrilled to hear she made you feel at ease.",
        "We're really sorry the removal van arrived two hours late. That's not good enough, and we've refunded the late-arrival charge in full. If you'd like to talk it through, ring Jo at the office on 01227 555 204.",
        "Cheers for the five stars, legend! See you at the next karting night.",
        "Our loyalty card is open to everyone: every tenth coffee's on us, whatever you think of us. Sorry the flat white was lukewarm on Tuesday, we've recalibrated the machine.",
        "Thanks for your honest feedback. The pool closed early because a lifeguard fell ill and we can't open the deep end without two on duty. We're sorry for the wasted trip and have added a text alert for closures.",
        "We're sorry your bike had a flat tyre ten minutes in. That's on us. Your hire has been refunded and we've added a tyre check to our morning routine.",
        "Ha! You're right, our parking signs are about as clear as Tyneside fog. We're getting new ones printed this month. Sorry for the confusion.",
        "Thank you for the four stars. We'd love to know what would make it five, so do drop us a line at hello@hillfarmbakery.co.uk.",
        "We respectfully see it a little differently: the quote listed the skip hire as an extra on page two. That said, we clearly didn't explain it well enough and we'd be glad to go through the invoice with you. Please call us.",
        "We're so sorry for the loss of your dog Biscuit. Thank you for trusting us with her care over fourteen years. Our whole team is thinking of you.",
        "Congratulations on the new house! It was a pleasure helping you move, and Tomasz says thanks for the tea.",
        "You're right that Ryan gave you the wrong lens prescription, and that's our responsibility, not his alone. We've remade your glasses free and changed our double-check process.",
        "For everyone's safety we can't let under-8s on the go-karts, even with a parent. We know it's disappointing, and the mini-track is half price for little ones this month.",
        "We've had to raise our fish and chips by 50p because of the cost of oil and potatoes. We're sorry; we held out as long as we could. Tuesday's pensioner special is still on.",
        "Thank you for flagging the wobbly tile near the shower. Our insurer covers any repair and we'll send someone round this week at no cost. Please email us a time that suits.",
        "Sorry about your bike being taken from our car park. We've checked our CCTV and passed it to the police with your crime number. Do ring us if we can help with the claim.",
        "Thanks for the lovely review, and for bringing your school group! The kids' questions about volcanoes kept our explainers on their toes.",
        "G'day and thanks heaps! Glad the cabin was toasty and the wombats behaved.",
        "We've read your review carefully. We're sorry the prescription wasn't ready when promised; a delivery from our wholesaler was late. We've since set up a text to let you know when it arrives.",
        "Sorry for the mix-up with your coach seats. We've refunded the seat-reservation fee to your original payment method. Safe travels.",
        "Our refer-a-friend scheme gives you and your friend £20 off a service, no review needed. And thanks for the feedback about the waiting room; new chairs are on order.",
        "We are open 8am to 6pm weekdays at 14 Quay Street, Kirkwall Road. Sorry you found us closed at 6:15; we'll make our hours clearer on the door.",
        "Hi, you're absolutely right, the flowerbed edging wasn't finished to the standard we promised. Our crew leader will be back on Thursday to put it right, no charge.",
        "Wow, thank you! Dina and Kwame in the toy shop will be chuffed to hear they found the perfect birthday present.",
        "Mate, we burned the first pizza and the second was late. No excuses. Next one's right or it's free, and we've sorted the oven.",
        "Y'all made our week. Thanks for stopping by the roastery, and we'll have that Ethiopian back in stock come January.",
        "We appreciate your patience. The ferry was cancelled because of a force-8 gale, and safety comes first. We're sorry for the disruption and all affected tickets have been refunded automatically.",
        "Thank you for your review. Under data protection law we can't discuss your father's care publicly, but our manager Helen would welcome a call on 01872 555 310 to talk it over.",
        "Dry as ever, we'll admit our tea is terrible. The pharmacy, though, we try to get right, and we're sorry you waited twenty minutes. We've added a second pharmacist on Saturdays.",
        "Thank you for the three stars and the fair points. You're right the trailer was dirty; we've reviewed our cleaning checklist and would be glad to make it up to you.",
        "Hey, thanks for the shoutout! Our bowling league is open to anyone, Thursdays at 7, just turn up.",
        "We're terribly sorry the plasterwork cracked. Under our guarantee we'll return and repair it at our cost. Please contact us at jobs@kentplastering.co.uk with a time that suits.",
        "Thank you for your kind words, madam. Our library card is free for all residents, and we're glad the home delivery service has helped your mother.",
        "Sad to hear the beech came down in the storm after we'd pruned it. We don't think the pruning caused it, and our insurer's arborist can assess it for you, at no cost, so you get an independent view. Please give us a call.",
        "Thanks for a great review, and best of luck with the new business!",
        "Experience the difference! Thank you for choosing our boutique, and we're sorry the alterations took longer than promised. Our seamstress was off sick, and we should have called you. Your next alteration is free, review or no review.",
        "Hey, sorry the cab didn't show. Our booking system dropped the job. We've refunded the deposit and fixed the glitch.",
        "Thanks so much for visiting the wildlife park! We did find a child's blue teddy by the meerkats on Sunday; if it's yours, call our lost property desk on 01803 555 190.",
        "We've issued a recall for the batch of phone chargers you mention and will replace yours free. Thank you for alerting us and sorry for the worry.",
        "This review refers to the garage under its previous owner. We took over in March and would love the chance to show you what's changed.",
    ],
    "fr": [
        "Merci beaucoup pour votre gentil message ! Nous sommes ravis que votre séjour au camping vous ait plu. À l'année prochaine !",
        "Nous sommes sincèrement désolés pour l'attente au guichet de la poste. Un agent était absent ce jour-là et nous aurions dû ouvrir un second guichet. Nous avons revu l'organisation du samedi.",
        "Notre carte de fidélité est ouverte à tous : la dixième baguette est offerte, que vous nous laissiez un avis ou non. Merci pour votre retour sur la cuisson, nous avons ajusté le four.",
        "Merci pour votre avis. Vous pouvez joindre notre cabinet au 02 97 55 12 40, du lundi au vendredi de 8 h à 18 h, pour revoir votre dossier avec nous.",
        "Un grand merci à Maëlle de la part de toute l'équipe de la pharmacie, elle sera ravie de lire vos compliments !",
        "Nous avons déjà procédé au remboursement de la consultation. Encore toutes nos excuses pour ce rendez-vous annulé au dernier moment.",
        "Vous avez raison, c'est Julien qui s'est trompé de teinte sur votre façade, mais l'entreprise en assume l'entière responsabilité. Nous repasserons la semaine prochaine à nos frais.",
        "Ah, notre parking est un vrai labyrinthe, on le reconnaît bien volontiers ! Une nouvelle signalétique arrive en janvier. Désolés pour ce tour de manège involontaire.",
        "Merci pour vos trois étoiles et vos remarques constructives, qui nous aident à progresser.",
        "Avec tout notre respect, le devis mentionnait bien le transport des gravats en option. Nous comprenons cependant que ce n'était pas assez clair et nous serions heureux d'en parler avec vous au téléphone.",
        "Toutes nos condoléances pour la perte de votre chat Minou. Nous pensons bien à vous et restons disponibles si vous souhaitez parler.",
        "Félicitations pour votre mariage ! Ce fut un honneur de préparer le vin d'honneur avec vous. Tous nos vœux de bonheur.",
        "Pour des raisons de sécurité, les enfants de moins de 1,20 m ne peuvent pas monter dans le grand huit. Nous comprenons la déception et les attractions familiales restent accessibles juste à côté.",
        "Nous avons dû augmenter le prix de la galette-saucisse de 50 centimes en raison de la hausse du prix de la farine de sarrasin. Nous en sommes désolés et avons maintenu la formule enfant au même tarif.",
        "Concernant le vol dans votre véhicule, les images de vidéosurveillance ont été transmises à la gendarmerie à votre demande. N'hésitez pas à nous contacter pour toute démarche auprès de votre assurance.",
        "Bonjour, merci infiniment ! Votre commentaire fait chaud au cœur de toute l'équipe du musée.",
        "Eh bien mon petit, merci pour ce gentil mot ! Ça fait quarante ans que je fais du pain et ça me fait toujours plaisir. Repassez quand vous voulez, il y aura toujours un croissant chaud.",
        "Maître Durand et l'ensemble de l'étude vous remercient de votre confiance et demeurent à votre entière disposition pour toute question relative à votre dossier.",
        "Merci pour ce retour. Le bateau de Belle-Île a été annulé en raison d'une tempête, la sécurité des passagers primant. Nous sommes désolés du désagrément ; tous les billets ont été remboursés automatiquement.",
        "Bonjour ! Merci d'avoir visité notre ferme. Désolés que la traite ait été annulée, notre vache Marguerite avait décidé de vêler ce matin-là. Revenez voir le petit veau !",
        "Nous vous présentons nos excuses pour le retard de livraison du canapé. Le remboursement des frais de livraison a été effectué sur votre moyen de paiement. Merci de votre patience.",
        "Notre programme de parrainage offre 20 € au parrain et au filleul pour toute souscription, sans aucune condition d'avis. Merci pour votre retour sur le réseau.",
        "Nos horaires : du mardi au samedi, 9 h 30 - 19 h, 12 rue de la Halle à Albi. Désolés que vous ayez trouvé porte close lundi.",
        "Merci pour cet avis ! Notre vétérinaire Dr Ngono a été très touchée de votre message. Nous espérons que Rex se remet bien.",
        "Wesh, merci pour les 5 étoiles, t'es au top ! Reviens quand tu veux pour un tacos.",
        "Bonjour, vous avez raison sur la finition des joints de carrelage. Notre artisan repassera jeudi pour reprendre le travail, sans frais.",
        "Désolés pour cette mauvaise expérience au karting. Un kart est tombé en panne et le suivant n'était pas prêt. Nous avons remboursé la session et renforcé nos contrôles avant chaque course.",
        "Merci à vous ! Nous sommes fiers que nos élèves du collège aient pu découvrir l'exposition sur les volcans d'Auvergne. À bientôt à Aurillac !",
        "Nous ne partageons pas tout à fait votre lecture de la facture, mais nous tenons à vous écouter. Pourriez-vous nous écrire à contact@garage-pyrenees.fr pour que nous vérifiions ensemble ?",
        "Merci pour votre patience, et toutes nos excuses pour la panne de la climatisation dans la salle 3. Nous vous offrons, comme à tous les spectateurs de cette séance, une place pour un prochain film.",
        "Bonjour, la structure d'accueil ne peut pas commenter publiquement la situation médicale de votre maman, par respect du secret. Notre directrice, Mme Leroy, vous rappelle avec plaisir au 03 80 55 27 14.",
        "Nous avons lancé le rappel du lot de jouets concerné. Rapportez-le en magasin, il vous sera remboursé intégralement. Merci de nous avoir alertés.",
        "Cet avis concerne l'ancienne direction de la boulangerie. Nous avons repris en avril et serions heureux de vous faire goûter nos nouvelles recettes.",
        "Objet trouvé : un doudou lapin rose a été retrouvé près de l'enclos des girafes dimanche. Si c'est le vôtre, il vous attend à l'accueil du zoo.",
        "Merci mille fois ! Chez nous en Acadie, on dit que le bon café, c'est comme la bonne compagnie. À la revoyure !",
        "Bonjour, merci pour votre avis. Nous reconnaissons que la piscine était trop froide ce jour-là, une pompe de chauffage était en panne. Elle a été réparée et nous vous prions de nous excuser.",
        "Merci pour ce beau commentaire, c'est un vrai plaisir de vous accueillir à la cave. Le vin du Valais que vous avez aimé revient en stock en février.",
        "Désolée pour la coupe qui ne vous plaît pas. Passez nous voir, on vous la reprend gratuitement, c'est normal.",
        "Nous vous remercions pour la note de quatre étoiles sur cinq. Nos équipes de la mairie restent à votre écoute au guichet unique.",
        "Mèsi anpil ! Content que le taxi vous ait amenés à l'heure à l'aéroport du Lamentin. Bon retour en métropole !",
    ],
}
