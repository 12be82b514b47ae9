"""Blind reply set, round 75: owner replies the pre-post check has never seen.

Who and when: written by helper b75, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 75).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
cinemas, museums, zoos, theme parks, escape rooms and bowling alleys, in four
registers: playful, family-friendly, corporate, and short and dry.  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 20 file, read only to copy its format,
and the [tool.ruff] section of pyproject.toml, read for the line length, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.  For
every code and language the first reply is long and warm with the fault in a
single sentence in the middle; the others vary in length, register and
subtlety (veiled, polite, slangy, regional).  Good replies include
look-alikes that are not faults: loyalty cards and member offers open to
everyone, the venue's own phone, e-mail and address, staff praised by first
name, an employee's mistake owned by the business, refunds already made,
safety rules (height limits, animal enclosures, lane shoes) explained kindly,
polite factual corrections, condolences, and jokes at the venue's own
expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND75_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for bringing the whole family to the zoo on such a blustery afternoon! We're thrilled the little ones loved the penguin feeding talk, and our keepers were delighted to hear the meerkats put on such a show for you. It's visits like yours that remind us why we care so much about our animals and our guests. If you could bump your review up to five stars, we'd love to send you two free tickets for your next visit. We hope to see you again when the new red panda habitat opens in spring!",
            "Strike! 🎳 Edit that 3 to a 5 and your next game's on the house, just show the updated review at the desk.",
            "Should you feel able to revisit your rating in light of our reply, we would be pleased to extend a complimentary upgrade to our premium recliner seating on your next booking.",
            "Delete this one and we'll sort you a free room, any theme. Deal?",
            "Our guest relations team would be happy to arrange a fast-track pass for your group once the feedback above has been updated to reflect your overall experience.",
        ],
        "fr": [
            "Merci infiniment d'être venus au musée avec vos petits-enfants pendant les vacances ! Nous sommes ravis que l'atelier de fouilles archéologiques leur ait tant plu et que la salle des dinosaures les ait impressionnés. Notre équipe de médiation prépare ces activités avec beaucoup de soin, et vos mots nous touchent sincèrement. Si vous acceptez de passer votre note à cinq étoiles, nous vous offrirons l'entrée pour toute la famille lors de votre prochaine visite. À très bientôt pour la nouvelle exposition sur l'Égypte !",
            "Yo merci pour le passage 🎬 tu mets 5 étoiles et on t'offre le menu maxi pop-corn la prochaine fois, promis 🍿",
            "Nous serions heureux de vous faire bénéficier d'un avantage fidélité exceptionnel dès lors que votre avis aura été modifié.",
            "Retirez ce commentaire et on vous offre la partie de bowling, c'est cadeau.",
            "Franchement on a adoré votre équipe ! Si votre avis remonte un peu, il y a une session gratuite dans la salle Pirates qui vous attend 😉",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your thoughts about your evening at our cinema. We always want every screening to feel special, and we're sorry the sound in Screen 4 didn't meet your expectations. Our projection team works hard on every show, and we take feedback on the audio seriously. Please be aware that we have passed your review to our solicitors, as several statements in it are defamatory and we will pursue them if it stays up. We do hope you'll give us another chance to welcome you properly.",
            "We have your booking details and CCTV from that afternoon. Think carefully about whether you want this review to stay up.",
            "Just so you know, we've kept a record of your party's name and the footage from the ball pit. It might be wise to reconsider what you've posted.",
            "Mate, we know exactly who you are. Small town. Take it down.",
            "Further publication of inaccurate claims regarding our park will result in formal action being taken against you personally.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur votre journée au parc. Nous sommes désolés que l'attente au grand huit vous ait semblé si longue, surtout avec de jeunes enfants. Nous travaillons chaque saison à améliorer la fluidité des files et à proposer des animations pendant l'attente. Sachez toutefois que nous avons transmis votre avis à notre avocat et que nous porterons plainte pour diffamation s'il n'est pas retiré. Nous espérons malgré tout vous revoir dans de meilleures conditions.",
            "On sait qui vous êtes, on a votre réservation. Réfléchissez bien avant de laisser ce genre de commentaire.",
            "Nous nous réservons le droit de donner toutes suites utiles à ces propos auprès des autorités compétentes.",
            "Les caméras de la salle ont tout filmé hein. À votre place je retirerais ça vite fait.",
            "Votre message a été signalé à notre service juridique. Nous verrons bien qui aura le dernier mot.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for visiting our escape room and for your honest feedback on the Haunted Library. We're sorry the final padlock gave your team so much trouble, and we've already reviewed the clue sequence with our game masters. We love hearing from players, even when it's not all glowing. As we can see from your booking for Saturday 14th at 7pm under Mrs Hallworth, mobile ending 4471, you were also given a fifteen-minute extension free of charge. We hope you'll come back and try the Pharaoh's Tomb!",
            "Hi Dave from 22 Orchard Lane, we've checked and you actually left at 4:15, not 5.",
            "As you mentioned to our first-aider, your son has epilepsy, so of course the strobe warning applied to him in particular.",
            "Your membership no. 00381-B shows you haven't renewed since March, so the discount simply didn't apply, sorry!",
            "Our records show you visited with your ex-partner on the 3rd and left the café without paying, so perhaps that explains the confusion.",
        ],
        "fr": [
            "Merci beaucoup d'avoir choisi notre bowling pour l'anniversaire de votre fils ! Nous sommes désolés que la piste 6 ait connu une panne en plein milieu de la partie, et nous comprenons votre frustration. Notre technicien a remplacé la pièce défectueuse dès le lendemain. D'après votre réservation du samedi 9 mars à 15 h au nom de M. Lefranc, téléphone 06 12 48 37 90, vous aviez bien réglé le forfait complet pour douze enfants. Nous serions heureux de vous accueillir à nouveau pour une revanche !",
            "Madame Perrin du 14 rue des Tilleuls, vous étiez bien là le mardi 12 à 14 h 30, on a vérifié.",
            "Comme vous l'avez dit à l'accueil, votre fille est diabétique, d'où le refus de son goûter dans la salle.",
            "Votre carte d'abonné n° 55208 indique une dernière visite le 2 février avec deux adultes, donc le tarif famille ne s'appliquait pas.",
            "Selon notre fichier, vous êtes venu le 18 avec votre collègue de bureau et non avec votre épouse, ce qui explique le billet manquant.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your visit to the museum and for taking the time to write. We're genuinely sorry the audio guide kept cutting out in the East Wing; we know how much it adds to the experience. Our team has been testing a new set of devices and we hope to have them in place by the summer. Frankly, though, anyone reading your review can tell you're making half of it up to get a refund. We'd still be glad to welcome you back for the new textiles exhibition.",
            "Another keyboard warrior who's never worked a day in hospitality. Shocker.",
            "It's clear you came in looking for something to complain about, and that's on you, not us.",
            "Your behaviour at the lane was rude and frankly childish, and this review is just more of the same.",
            "With respect, this reads like a competitor's fabrication rather than a genuine guest's experience.",
        ],
        "fr": [
            "Merci pour votre visite au zoo et pour votre commentaire. Nous sommes sincèrement désolés que la volière ait été fermée ce jour-là pour travaux, et nous comprenons la déception des enfants. Nos soigneurs préparent sa réouverture avec de nouvelles espèces d'Amérique du Sud. Mais soyons honnêtes, vous inventez la moitié de votre histoire pour obtenir un remboursement. Nous espérons néanmoins vous revoir au printemps.",
            "Encore un rageux qui n'a rien d'autre à faire de sa vie que de pourrir les avis.",
            "Vous êtes de mauvaise foi et vous le savez très bien.",
            "Vu votre attitude à l'accueil, ce commentaire ne surprend personne. Quel manque d'éducation.",
            "Il est évident que cet avis malveillant a été rédigé par quelqu'un qui cherche simplement à nuire.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for coming to the park and for sharing your experience. We're sorry the log flume was closed for maintenance on the day of your visit, as we know it's a family favourite. Safety checks sometimes take longer than planned, and we always put them first. Oh, and so sorry the sun was too sunny for you, we'll have a word with the weather. We hope you'll join us again for our autumn fireworks weekend!",
            "Wow, a whole 10-minute wait for popcorn. How did you survive? 🙄",
            "Yes, the animals at the zoo do occasionally sleep. Shocking, we know.",
            "We'll be sure to make the puzzles easier for geniuses like you next time.",
            "Thank you for your valuable insight that a bowling alley is noisy. Truly groundbreaking feedback.",
        ],
        "fr": [
            "Merci d'être venus au cinéma et d'avoir pris le temps d'écrire. Nous sommes désolés que la climatisation de la salle 2 ait été trop forte pendant la séance, et nous avons demandé à notre prestataire de revoir les réglages. Nous tenons à ce que chacun passe un bon moment devant le film. Bien sûr, la prochaine fois nous demanderons au réalisateur de raccourcir le film rien que pour vous. Au plaisir de vous revoir bientôt !",
            "Ah oui, quel scandale, un musée où il faut marcher. On va installer des tapis roulants juste pour vous 🙃",
            "Bravo pour cette analyse très fine, on n'aurait jamais deviné qu'un escape game demande de réfléchir.",
            "Toutes nos excuses, nous ignorions que les lions devaient faire un spectacle sur commande.",
            "Merci pour ce chef-d'œuvre de critique, on va l'encadrer à l'accueil.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for coming in to celebrate your daughter's birthday with us, and for your kind words about the party room decorations. We're really sorry the pizzas arrived so late and that the kids had to wait before their second game. We always want birthdays here to run like clockwork. That delay was entirely down to Jordan on the kitchen, who has now been given a formal warning. We'd love to make it up to you with a better experience next time.",
            "That was Chloe's shift. She's been dealt with.",
            "Our projectionist, Mark, forgot to start the film on time. He will not be working here much longer.",
            "Unfortunately our new game master, Leila, gave the wrong hint. We have removed her from the schedule.",
            "The rudeness you experienced came from Steve at the ticket booth, who has a history of this and has been suspended pending review.",
        ],
        "fr": [
            "Merci beaucoup d'avoir choisi notre escape game pour votre enterrement de vie de jeune fille, et félicitations à la future mariée ! Nous sommes désolés que le cadenas final de la salle Sherlock ait refusé de s'ouvrir, ce qui a gâché la fin de la partie. Nous voulons que chaque groupe reparte avec un super souvenir. C'est Kévin, notre maître du jeu ce soir-là, qui avait mal réinitialisé la salle, et il a été sanctionné. Nous espérons vous revoir pour une revanche !",
            "C'est la faute de Manon à la caisse, elle a été recadrée.",
            "Notre soigneur Thomas n'aurait jamais dû laisser l'enclos ouvert ; il a reçu un avertissement.",
            "Le retard vient de Julien en cabine de projection, qui ne fera plus partie de l'équipe dès la semaine prochaine.",
            "Nous avons identifié que Sandrine, à l'accueil, vous a mal renseignés ; elle a été convoquée par la direction.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for visiting the museum and for your thoughtful review. We're sorry the café was closed during your afternoon visit, and we understand how disappointing that must have been after a long walk through the galleries. We always want our guests to leave feeling refreshed and inspired. The café was closed because our supplier cancelled, two staff were off sick, the dishwasher had broken down, there was a council inspection that week, the school holidays had started early and the card machine was also playing up. We hope to welcome you back soon for a coffee and a slice of cake!",
            "The queue was long because of the heat, the school trips, a broken turnstile, a new till system, staff holidays, and a supplier delay. None of it was in our control.",
            "Please understand that the lanes were oiled late due to the machine's age, the technician's van broke down, the replacement part was on back order, and we'd just changed our insurer, which required extra checks.",
            "The room got stuck because the magnets are sensitive to humidity, and it had rained, and the new batch of locks came from a different supplier, and our usual technician was on paternity leave, and the backup controller hadn't been updated yet.",
            "Re the noise: the mall's generator, the construction next door, the loud group in screen 3, the fire alarm test, the new speakers bedding in and the soundproofing contractor going bust all contributed.",
        ],
        "fr": [
            "Merci beaucoup pour votre visite au parc et pour votre retour détaillé. Nous sommes désolés que plusieurs attractions aient été fermées pendant votre journée, surtout après un long trajet en famille. Nous voulons que chaque visiteur profite au maximum de son billet. Ces fermetures s'expliquent par la météo, un contrôle technique imprévu, trois saisonniers absents, une pièce en rupture chez le fabricant, un changement de logiciel de billetterie et les travaux de la nouvelle zone. Nous espérons vous revoir cet été pour une journée plus complète !",
            "Le film a commencé en retard à cause du projecteur, du serveur, de la coupure d'électricité du quartier, du nouveau prestataire et des bouchons qu'a eus notre projectionniste.",
            "Il faut comprendre que l'enclos des girafes était fermé à cause des travaux, de la vétérinaire en congé, de la pluie de la veille, des normes européennes, d'une inspection et du manque de personnel cette semaine-là.",
            "La piste 4 a bloqué parce que la machine date de 1998, que le technicien habite à 60 km, que la pièce vient d'Allemagne, que la douane l'a retenue, et qu'en plus notre assurance a changé les conditions.",
            "Nous tenons à préciser que les salles étaient chaudes à cause de la canicule, de la panne de climatisation, du retard du réparateur, des nouvelles normes, du budget de la ville et de l'affluence exceptionnelle.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for choosing our escape rooms for your team-building day, and we're so glad your colleagues enjoyed the Bank Heist room. Our game masters love running corporate groups and seeing everyone work together. We're sorry you felt the briefing was rushed, and we'll pass that on. However, no one on our team was rude to your group at any point, and that simply did not happen. We hope to welcome you and your team back soon for another challenge!",
            "That never happened. Our toilets are cleaned every hour.",
            "No child has ever been hurt on our slides. This review is false.",
            "We completely reject the claim that the film was out of focus. It was not.",
            "Our records confirm that the lanes were working perfectly all evening, so what you describe cannot have taken place.",
        ],
        "fr": [
            "Merci d'avoir visité notre zoo avec vos enfants, et nous sommes ravis que le vivarium leur ait plu. Nos soigneurs sont passionnés et adorent partager leurs connaissances avec les jeunes visiteurs. Nous prenons note de votre remarque sur la signalétique du parking. En revanche, il est faux de dire que les animaux étaient mal nourris : cela n'est jamais arrivé et n'arrivera jamais. Nous serons ravis de vous accueillir à nouveau au printemps !",
            "C'est faux. Nos salles sont propres.",
            "Aucun de nos employés n'a jamais parlé de la sorte à un client. Ce que vous racontez n'a pas eu lieu.",
            "Nous contestons formellement votre version : la séance a commencé à l'heure exacte, point.",
            "Nan mais non, y'avait pas d'attente au manège ce jour-là, c'est n'importe quoi.",
        ],
    },
}

BLIND75_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for bringing the kids to the zoo! We're thrilled they loved the giraffe feeding, and we'll pass your kind words on to the keepers.",
        "We're really sorry the popcorn machine broke down right before your film. That's not the evening we want anyone to have, and we've ordered a replacement part.",
        "Thanks for the five stars! Priya, our game master, will be delighted to hear you thought her hints were perfectly timed.",
        "We're sorry your visit was spoiled by the long queue at the ticket office. We've added a second desk on weekends and online tickets now skip the line entirely.",
        "Please get in touch with us at hello@example-bowl.co.uk or on 0113 496 0000 and we'll look into what happened with your booking.",
        "Our loyalty card is free for everyone: every tenth game is on us, whether or not you ever leave a review.",
        "We're so sorry for your loss. Your grandfather was a regular here for over thirty years and the whole team remembers him fondly.",
        "We understand how disappointing it was that your youngest couldn't ride the Thunder Coaster. The 1.20 m height limit is set by the manufacturer to keep smaller riders safe, and we're sorry we didn't make that clearer on the website.",
        "Thank you for the feedback. Just to clarify, the planetarium show runs at 2pm and 4pm; the 3pm slot was removed in January. We're sorry the old leaflet caused confusion.",
        "Our escape rooms are tough, we admit it: even our own staff got stuck in the Submarine room at the launch party!",
        "You're right that one of our team gave you the wrong directions to Screen 7. That's our mistake, not yours, and we've updated the signs so it doesn't happen again.",
        "Thanks, see you next time!",
        "Cheers for coming in. Glad you enjoyed it.",
        "We're sorry about the sticky floor in Screen 2. We've increased cleaning between showings.",
        "Our members' scheme is open to anyone and gives 10% off at the café. No strings attached.",
        "We've issued a full refund to the card you paid with; it should appear within five working days.",
        "Thank you for your feedback. We'd love to understand more, so please call our visitor services team on 020 7946 0000 during opening hours.",
        "We were genuinely sorry to read this. The closure of the butterfly house was poorly communicated, and that's on us.",
        "Big thanks to Marcus, who apparently became your kids' favourite bowling coach! We've told him he's now officially famous.",
        "For everyone's safety, visitors aren't allowed to feed the animals. We know it's tempting, and we're sorry if the keeper's reminder felt abrupt.",
        "We appreciate your honesty. Our corporate packages are under review and we'll take your comments into account.",
        "Thank you for a lovely review! We're glad your team-building day was a hit and hope to see you again.",
        "Apologies for the wait. The new ticket scanners should speed things up from next month.",
        "Sadly, we don't allow outside food in the auditoriums, but you're very welcome to eat it in our picnic area outside.",
        "Sorry the lane kept jamming. Our technician has now fixed the pinsetter, and your next game is free on us if you'd like to come back, whatever you decide about your review.",
        "Hey, thanks for spotting the typo on our menu board! 'Nachos with chesse' has been corrected. Our spelling is clearly worse than our bowling.",
        "We take all reports of unkind behaviour seriously. Please contact our duty manager at manager@example-zoo.org so we can look into it properly.",
        "Our staff member made a mistake in your booking, and we're sorry. We've refunded the difference and reminded the whole team of the procedure.",
        "Thank you, we loved hosting your class trip!",
        "We agree the museum shop prices are on the high side. We're looking at adding more affordable items for families.",
        "Congratulations on your engagement! We're honoured you chose our escape room for the proposal.",
        "Helmets are required on the go-kart track for everyone, including adults. We hope you understand it's purely for safety.",
        "We're sorry the film started 15 minutes late. A technical fault delayed us, and we should have made an announcement. We've changed our procedure.",
        "Ha, fair point about the dinosaur robot. It did look a bit tired. It's getting a full makeover this winter!",
        "You're absolutely right that the audio guide was in poor condition. We've replaced the batch.",
        "Noted, thank you.",
        "We respectfully see it a little differently: the café was open until 5pm that day according to our rota. But we'd genuinely like to hear more, so please drop us a line.",
        "Sorry to hear about your lost scarf. Our lost property desk is at the main entrance, or you can email lostproperty@example-park.com.",
        "Thank you for pointing out the accessibility issue at the side entrance. We've ordered a ramp and will let you know when it's installed.",
        "We were delighted to host your grandmother's 90th birthday. Thanks to Sam for making it so special, she's been beaming all week!",
    ],
    "fr": [
        "Merci beaucoup pour votre visite au zoo ! Nous sommes ravis que les enfants aient adoré le nourrissage des otaries.",
        "Nous sommes désolés que la séance ait commencé en retard. Un souci technique nous a retardés, et nous aurions dû vous prévenir.",
        "Merci pour vos cinq étoiles ! Léa, notre maîtresse du jeu, sera ravie d'apprendre que ses indices vous ont aidés.",
        "Toutes nos excuses pour l'attente à la billetterie. Nous avons ouvert une deuxième caisse le week-end et les billets en ligne permettent désormais d'entrer directement.",
        "N'hésitez pas à nous contacter au 03 80 00 00 00 ou à contact@exemple-bowling.fr pour que nous puissions régler ce problème.",
        "Notre carte de fidélité est gratuite et ouverte à tous : la dixième partie est offerte, que vous laissiez un avis ou non.",
        "Toutes nos condoléances pour votre perte. Votre grand-père venait ici depuis trente ans et toute l'équipe garde un souvenir ému de lui.",
        "Nous comprenons la déception de votre fils. La taille minimale d'1,20 m pour le grand huit est imposée par le fabricant pour la sécurité des plus petits, et nous aurions dû l'indiquer plus clairement sur notre site.",
        "Merci pour votre retour. Petite précision : la séance du planétarium a lieu à 14 h et à 16 h ; celle de 15 h a été supprimée en janvier. Désolés pour la confusion causée par l'ancien dépliant.",
        "Nos salles sont difficiles, on l'avoue : même notre équipe est restée coincée dans la salle Sous-marin le jour de l'inauguration !",
        "Vous avez raison, un membre de notre équipe vous a mal orientés vers la salle 7. C'est notre erreur, et nous avons revu la signalétique.",
        "Merci, à bientôt !",
        "Merci d'être passés. Content que ça vous ait plu.",
        "Désolés pour le sol collant en salle 2. Nous avons renforcé le nettoyage entre les séances.",
        "Notre programme d'adhésion est ouvert à tous et donne 10 % de réduction à la cafétéria.",
        "Nous avons procédé au remboursement intégral sur la carte utilisée ; il apparaîtra sous cinq jours ouvrés.",
        "Merci pour votre message. Nous aimerions en savoir plus : vous pouvez joindre notre service visiteurs au 01 40 00 00 00 aux heures d'ouverture.",
        "Nous sommes sincèrement désolés. La fermeture de la serre aux papillons a été mal annoncée, et c'est de notre faute.",
        "Un grand merci à Mathieu, devenu apparemment le coach de bowling préféré de vos enfants ! On lui a dit qu'il était officiellement célèbre.",
        "Pour la sécurité de tous, il est interdit de nourrir les animaux. On sait que c'est tentant, et nous sommes désolés si le rappel du soigneur vous a semblé sec.",
        "Nous vous remercions pour votre franchise. Nos offres entreprises sont en cours de révision et nous tiendrons compte de vos remarques.",
        "Merci pour ce bel avis ! Ravis que votre séminaire se soit bien passé, au plaisir de vous revoir.",
        "Désolés pour l'attente. Les nouveaux portiques devraient accélérer les entrées dès le mois prochain.",
        "Malheureusement, la nourriture extérieure n'est pas autorisée en salle, mais vous pouvez tout à fait pique-niquer sur notre terrasse.",
        "Désolés que la piste se soit bloquée. Notre technicien a réparé la machine, et votre prochaine partie est offerte si vous souhaitez revenir, quoi que vous décidiez pour votre avis.",
        "Merci d'avoir repéré la faute sur notre panneau : « frites au fromge » a été corrigé. Notre orthographe est clairement moins bonne que notre bowling.",
        "Nous prenons au sérieux tout signalement de comportement désagréable. Merci d'écrire à notre responsable à direction@exemple-zoo.fr pour que nous puissions faire le point.",
        "Un membre de notre équipe a fait une erreur dans votre réservation, et nous nous en excusons. Nous avons remboursé la différence et rappelé la procédure à toute l'équipe.",
        "Merci, on a adoré accueillir votre classe !",
        "Nous sommes d'accord, les prix de la boutique du musée sont élevés. Nous travaillons à proposer plus d'articles accessibles aux familles.",
        "Félicitations pour vos fiançailles ! Nous sommes honorés que vous ayez choisi notre escape game pour votre demande.",
        "Le casque est obligatoire sur la piste de karting pour tout le monde, adultes compris. C'est uniquement pour votre sécurité.",
        "Nous sommes désolés que le film ait commencé avec quinze minutes de retard. Nous aurions dû faire une annonce, et nous avons changé notre procédure.",
        "Ah, c'est vrai que notre dinosaure animé commençait à fatiguer. Il passe au lifting cet hiver !",
        "Vous avez tout à fait raison, les audioguides étaient en mauvais état. Nous les avons remplacés.",
        "Bien noté, merci.",
        "Nous voyons les choses un peu différemment : d'après notre planning, la cafétéria était ouverte jusqu'à 17 h ce jour-là. Mais nous aimerions vraiment en discuter, écrivez-nous.",
        "Désolés pour votre écharpe perdue. Les objets trouvés sont à l'accueil principal, ou par mail à objets.trouves@exemple-parc.fr.",
        "Merci de nous avoir signalé le problème d'accessibilité à l'entrée latérale. Une rampe a été commandée et nous vous tiendrons informés.",
        "Quel plaisir d'avoir fêté les 90 ans de votre grand-mère ! Merci à Camille d'avoir rendu ce moment si spécial.",
    ],
}
