"""Blind reply set, round 42: owner replies the pre-post check has never seen.

Who and when: written by helper 18b40, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
ten kinds of business: a crêperie, a veterinary clinic, a climbing gym, a
laundrette, a florist, an escape room, a boulangerie-pâtisserie, a car rental
agency, a music school and a seaside hotel.  Each French reply was written
directly in French, not translated.  All names, numbers, addresses and e-mail
addresses are invented.  Apart from the first seventy-five lines of the round
20 file, read only to copy its format, and the [tool.ruff] section of
pyproject.toml, read for the line length, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: French from Marseille, Breton French, French from Switzerland
(Vaud), terse French with abbreviations; Irish and South African English,
overly polite English and English written by a non-native speaker; plain
replies in both languages; veiled and indirect phrasings; short one-liners;
and, for every code and language, one long warm reply (the first of each
list) whose fault sits in a single sentence in the middle.  Good replies
include look-alikes that are not faults: a loyalty, family or referral scheme
open to everyone, a free replay or refund offered to fix a fault (not tied to
the review), the business's own phone, e-mail or opening hours, a refusal to
discuss a booking in public, staff praised by first name, a named employee's
mistake owned by the business, CCTV shared with the police to help the
customer, safety rules and legal duties explained kindly, allergy
information, price rises explained with an apology, polite factual
corrections that keep the door open, jokes at the business's own expense,
congratulations, condolences, a waiting list, and phrases such as 'we know'
or 'we've reviewed' used harmlessly.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND42_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thank you so much for the gorgeous review, it's made our week here at the hotel. We're delighted the top-floor sea-view room lived up to the photos and that the full Irish set you up grand for the cliff walk. If you'd pop that four stars up to a five, we'll have a bottle of bubbly waiting in the room on your next stay. The whole team loved having you, and the sea will be here whenever you want it. Safe home!",
            "Shot for the feedback bru! Bump it up to 5 stars and your next day pass is on us, lekker 🧗",
            "We would be most terribly grateful, and would very happily upgrade your next rental to a larger category at no extra charge, were you kindly to consider revising your rating when you have a spare moment.",
            "Thank you for your message. If you are changing the review to a positive one, we give you one free guitar lesson for your son, it is a promise.",
            "Sorry about the dryer. Take this one down and your next three washes are on the house, just give your name at the counter.",
        ],
        "fr": [
            "Trugarez ! Merci mille fois pour ce gentil message après votre déjeuner chez nous. Nous sommes ravis que la complète et la crêpe au caramel au beurre salé maison vous aient plu, et que les enfants se soient régalés avec le jus de pomme du verger voisin. Si vous passez votre note à cinq étoiles, la prochaine bolée et les crêpes dessert seront pour nous. Toute l'équipe vous embrasse et espère vous revoir vite. Kenavo !",
            "Merci peuchère ! Mets-nous 5 étoiles et ta prochaine partie elle est à moitié prix, c'est pas une galéjade 😉",
            "Merci pour votre retour. Si vous trouvez un moment pour modifier votre note, on vous gardera volontiers une tresse offerte pour le dimanche, y a pas le feu au lac.",
            "Mci pr le msg. Avis supp = -20 % sur prochaine loc, code à dmd en agence.",
            "Nous serions ravis de vous faire porter un bouquet de saison dès que votre avis reflétera davantage votre satisfaction.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and please give your little terrier a scratch behind the ears from all of us. We completely understand how stressful an emergency visit late at night can be, and our team did everything they could to keep him calm and comfortable. Please be aware that our solicitor has read your post and we will not hesitate to issue proceedings if the comments about our fees are not removed by Friday. We would still love to see him for his booster in the spring. Take care.",
            "We've your face on the CCTV from the night and we know rightly who you are, so I'd think twice before posting again.",
            "Just a heads up boet, we've got your ID and licence on file from the contract, and we won't hesitate to use them if this review stays up.",
            "Please be careful what you are writing. Our lawyer is reading all the reviews and he will contact you if this one is not deleted.",
            "We would gently remind you that defamatory statements can carry consequences, and that we keep very thorough records of every guest who stays with us.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps d'écrire, ça nous touche toujours. On fait le pain ici depuis trente ans, avec le levain du grand-père, et on met tout notre cœur dans chaque fournée. Par contre, on sait très bien qui vous êtes, et si l'avis n'est pas retiré, tout le quartier saura ce qui s'est vraiment passé ce jour-là. On vous souhaite quand même une belle journée, et les navettes de la Chandeleur arrivent bientôt. À la revoyure !",
            "Notre avocat à Rennes a déjà une copie de votre commentaire. Retirez-le tant qu'il est encore temps.",
            "Nous vous rendons attentif au fait que votre message a été transmis à notre service juridique, qui prendra les mesures qui s'imposent.",
            "Avis diffamatoire. Plainte déposée si pas supp ss 48h. Cdt.",
            "Nous connaissons bien votre famille, le village est petit. Il serait dommage que cette histoire fasse le tour du marché.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you ever so much for staying with us, and please forgive us for any disappointment during your visit. We do so hope the sea air and the morning walks along the promenade did you some good. For the record, you were in room 14 from the 3rd to the 6th of August under booking reference HX-2291, and you rang us from 087 555 0193 on the second evening. We should be truly honoured to welcome you back whenever you next fancy a few days by the sea. With our very warmest regards.",
            "Your cat was here on 12 March for the kidney problem and we gave all the medicine, so please check your file before writing.",
            "Sure you only had the car from Tuesday to Thursday, Mr Byrne, and you're living just out the Ballinteer Road, so the drop-off was hardly far.",
            "Eish, according to our system you've been in three times since January and your debit order bounced twice, so not sure what you're on about.",
            "Your daughter Emma (age 9, Grade 2 piano, Thursdays at 4:30) has had every single lesson, as her attendance sheet clearly shows.",
        ],
        "fr": [
            "Merci beaucoup pour votre message, et surtout merci de nous avoir confié l'apprentissage musical de votre garçon. Nos professeurs se réjouissent chaque semaine de le voir progresser, et son morceau à la dernière audition nous a tous émus. Selon notre fichier, vous habitez au chemin des Vignes 12 à Pully, et l'écolage du deuxième semestre a été réglé avec trois semaines de retard. Nous restons à disposition pour en parler et nous réjouissons de le revoir à la rentrée. Avec nos meilleures salutations.",
            "Oh, vous avez loué la Clio du 14 au 18 juillet avec la carte qui finit par 4471, on a tout dans le système, faut pas nous raconter d'histoires.",
            "Vs étiez là le 02/11 à 22h14, machine n°6, cf. caméra + tél 06 12 34 56 78 laissé ds le cahier.",
            "Nous comprenons votre inquiétude au sujet de votre chienne, mais rappelons que sa stérilisation du 9 mai et son traitement contre l'épilepsie figurent bien au dossier de Mme Le Goff.",
            "Le bouquet livré au 5 rue des Lilas pour les obsèques de votre mère, le 20 janvier, était pourtant conforme à la commande.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks a million for coming along with your gang, and fair play for getting out of the Lighthouse room with two minutes to spare. We put a lot of love into building that room, and it's always great craic watching a group crack the final lock. But let's be honest, you're the kind of chancer who writes a bad review to wangle a refund, and everyone here saw it coming. The rest of your team were a pleasure and they're welcome back any time. Mind yourselves!",
            "Sjoe, some people are just born moaners hey. Ag shame, maybe wash your own stuff next time.",
            "You are lying. The car was clean and you know it, you are just a person who wants the money back.",
            "We do so wish our critics would pause to consider whether their palates are quite refined enough for buckwheat before they publish their opinions.",
            "Frankly, a parent who can't get their kid to practise once a week shouldn't be lecturing our teachers.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de passer chez nous, on est toujours contents de voir de nouvelles têtes à la boulangerie. Nos boulangers commencent à trois heures du matin pour que tout soit frais à l'ouverture, et nos croissants au beurre de la région font notre fierté. En revanche, on ne va pas se gêner pour le dire : vous êtes de mauvaise foi et votre histoire de croissant rassis, c'est de l'invention pure. Pour le reste, la porte reste ouverte à tout le monde. Bonne journée !",
            "Oh fada, t'as pas réussi le 5b et c'est de notre faute ? Arrête de faire le cake, t'es une vraie tanche.",
            "Des clients comme vous, on s'en passe bien : menteur comme un arracheur de dents.",
            "Avis mensonger d'un client malhonnête. Rien à ajouter.",
            "Nous laissons nos lecteurs juger de la sincérité d'une personne qui a attendu trois mois pour se souvenir d'un prétendu problème.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you most kindly for ordering your Valentine's bouquet with us, and we do hope it was received with all the love you intended. Our florists were at the market at five that morning choosing the freshest stems, and we were very proud of the arrangements that went out that day. Oh, and how silly of us to think that red roses in February might cost a little more, we shall be sure to ask you to set our prices next year. We wish you both every happiness. With warmest regards.",
            "Ah sorry now that the Atlantic was a bit wet for you. We'll have a word with it.",
            "Ja no, shame, so sorry the free upgrade to an SUV was such a hardship for you 🙄",
            "Oh yes, of course, after two lessons your son must be already Mozart, we are very sorry we did not make it faster.",
            "Wow, a tumble dryer that gets hot. Who could have guessed. Truly shocking stuff.",
        ],
        "fr": [
            "Demat ! Merci d'être venus en famille un soir de crachin, c'est toujours un plaisir de voir la salle pleine. Nous faisons notre pâte de blé noir chaque matin avec la farine du moulin d'à côté, et nos galettes sont cuites sur les billigs de ma grand-mère. Et bien sûr, désolés que la galette au sarrasin ait eu un goût de sarrasin, la prochaine fois on essaiera avec de la pâte à pizza. Au plaisir de vous revoir pour une bolée, et bonne route !",
            "Ah pardon, on savait pas qu'il fallait donner la solution avec le ticket d'entrée ! La prochaine fois on vous la glisse à l'accueil, promis 😂",
            "Merci pour ce retour tout en nuances. On ne savait pas qu'on pouvait vacciner un chat sans piqûre, on se réjouit d'apprendre votre méthode.",
            "Ah oui, une laverie qui lave. Scandale. Mdr.",
            "Quelle surprise qu'une fleur coupée finisse par faner au bout de trois semaines. Nous transmettrons à la nature.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so very much for choosing us for your family holiday, and please accept our sincerest apologies for the difficult start at the airport. We quite understand how exhausting it must have been after a long flight with two little ones. I'm afraid the mix-up with your child seat was entirely down to Darren on the desk, who has now been given a formal written warning. We would be truly delighted to look after you again, and we do hope the rest of your trip was wonderful. With kindest regards.",
            "That was Ciara's first week and she made a right hames of your order, she's been told.",
            "Sorry bru, that was Thabo on the belay check, he's been pulled off the floor until he learns.",
            "The problem with your duvet is because of Marek, he put it on the wrong programme. We take it from his salary.",
            "We regret to say that Ms Hollis, who took your son's lesson, has been disciplined following your complaint and will no longer be teaching him.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre hôtel pour votre semaine au bord de la mer. Nous sommes heureux que le petit-déjeuner face à la baie et les balades sur le sentier côtier vous aient charmés. Le souci de ménage vient uniquement de Gwenaëlle, notre femme de chambre, qui a été sanctionnée et ne s'occupera plus de votre étage. Nous espérons sincèrement vous accueillir à nouveau l'été prochain. Bien à vous, et kenavo !",
            "C'est le petit Kevin qui vous a servi, il est nouveau et pas très dégourdi, on lui a passé un savon.",
            "La panne du cadenas, c'est la faute à Loïc qui a oublié de contrôler la salle. On a dû le recadrer, il ne recommencera plus.",
            "Erreur de Julie (ASV). Mise à pied. Désolé.",
            "Nous avons identifié que la composition avait été préparée par Mme Perrin, qui n'avait pas respecté les consignes, et nous en avons tiré les conséquences à son égard.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks a million for staying with us, and we're only delighted you got a few days of sunshine on the prom. We're a small family hotel and we take it to heart when a guest isn't happy. The lift was out because the engineer from Galway was delayed by the storm, which also knocked out the boiler, and on top of that two of the staff were out sick, the laundry van broke down and the bank holiday meant we couldn't get parts. We'd love to have you back to show you the place at its best. All the best.",
            "Look, the delay was airport traffic, plus load shedding took down our system, plus the previous client brought the car back late and filthy, plus we were two staff short, plus the car wash packed up.",
            "We are sorry for the waiting. But this day we had three emergencies, one dog hit by a car, the computer was not working, the receptionist was sick, the phone line also was broken and the weather was very bad so many people came late.",
            "We do most humbly apologise; however, we must explain that the cancellation arose from the teacher's train being cancelled, the heating having failed, the piano tuner having rescheduled, the building works next door, and our booking software having been updated that very morning.",
            "Dryer broke. Part on back order. Supplier in Germany. Engineer on holiday. Landlord won't pay. Power cut Tuesday. Not our fault.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, ça nous fait toujours plaisir d'avoir des nouvelles de nos clients. On est une petite boulangerie familiale et on met un point d'honneur à ce que tout soit prêt à l'ouverture. Il faut dire que ce matin-là le four a lâché, le livreur de farine était en retard à cause du mistral, notre pâtissier était chez le médecin, l'apprentie passait son CAP et en plus la caisse a planté. On espère vous revoir bientôt pour goûter nos navettes. Bonne journée !",
            "Si l'attente a été longue, c'est que c'était le 15 août, que le festival battait son plein, que deux billigs sont tombées en panne, que le cidre n'avait pas été livré et qu'une serveuse était malade.",
            "Il faut savoir que le véhicule avait été rendu en retard par le client précédent, que le lavage était en panne, que la vignette n'était pas encore arrivée, que le garage était fermé pour le Jeûne fédéral et que notre système informatique faisait des siennes.",
            "Cours annulé : prof malade + salle inondée + grève TER + pb appli + vacances scolaires. Pas de notre faute.",
            "Nous tenons à préciser que l'affluence s'expliquait par les vacances, la pluie, un anniversaire de trente enfants, l'absence de deux moniteurs, le réaménagement du bloc et la fermeture exceptionnelle de la salle voisine.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you ever so much for spending your evening with us, and for the very kind words about our Victorian Study room. We are so pleased that your group enjoyed the puzzles and the little surprise behind the bookcase. However, we must be clear that no clue was missing from the room that evening, and none of our game masters would ever have laughed at your group. We would be most honoured to welcome you back to try our new Lighthouse room. With warmest regards.",
            "Never happened. Our machines don't shrink anything, full stop.",
            "No ways. Nobody at this practice was rude to you and your dog was not kept waiting an hour. That's simply not what happened.",
            "This is not true. We never deliver the wrong flowers, it is impossible.",
            "The auto-belay was working perfectly. There was no fault. End of story.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre agence pour vos vacances au bord du Léman. Nous sommes contents que le véhicule vous ait permis de monter jusqu'aux Diablerets sans souci, et que la restitution à la gare se soit faite rapidement. Par contre, il n'y avait aucune rayure sur la portière à la remise des clés et personne chez nous ne vous a facturé quoi que ce soit en trop, c'est tout simplement faux. Nous nous réjouissons néanmoins de vous revoir. Avec nos meilleures salutations.",
            "Mais non, y avait pas de cafards dans la chambre, jamais de la vie, vous confondez avec un autre hôtel.",
            "Le bouquet est parti à l'heure, un point c'est tout. Il n'y a eu aucun retard.",
            "Faux. Aucun incident ce jour-là. Matos vérifié.",
            "Nous contestons formellement votre version : aucun cours n'a été annulé sans préavis durant tout le trimestre.",
        ],
    },
}

BLIND42_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the lovely review! Delighted the buckwheat galettes went down well, and Aoife will be thrilled you loved her salted caramel. See you again soon.",
        "Sorry about the chalk dust on Saturday, bru, our extraction fan was on the blink. It's been repaired this week, so come give the new overhang a go.",
        "We are most sincerely sorry that your sea-view room was not ready on arrival. That should not have happened, and we have refunded the first night to your card. We would be honoured to welcome you back.",
        "Thank you for your kind words about Dr Nowak. We are very happy your rabbit is better now. If you have any question, you can call the clinic on 01 234 5678 anytime.",
        "You're right, the change machine was eating coins last week. We've replaced it and refunded everyone who told us, so drop us a line at hello@sudsandbubbles.ie and we'll sort you out.",
        "Thank you so much! Just so you know, our loyalty card gives every customer a free bunch after ten purchases, no strings attached.",
        "We're sorry the padlock in the Pharaoh's Tomb stuck. That's on us, not your team. We've swapped it for a new one, and you're welcome back for a free replay whenever suits; just email bookings@lockedinloft.com.",
        "Sorry we'd sold out of sourdough by ten. We've started baking a second batch at eleven, so the late risers are covered now.",
        "We're sorry for the wait at the desk. For your privacy we won't discuss your booking here, but please call our branch on 01 555 0100 and quote your reference so we can look into it properly.",
        "Thank you for the five stars! It was a joy hearing the whole junior choir at the spring concert, and the staff were cheering louder than the parents.",
        "We take your comments about the fire door very seriously. In line with our safety obligations we had it inspected by an independent engineer, and it now closes properly. Thank you for flagging it.",
        "We are so sorry for the loss of your old boy. It was a privilege to care for him all those years, and our thoughts are with your family.",
        "We know the belay test felt strict. Every new climber takes it, whatever their experience, because a rope only keeps you safe if the person holding it knows the drill. We'd be glad to run through it with you again.",
        "Our dryers have two settings: 'lukewarm' and 'surface of the sun'. We've had the thermostat fixed, so you should now get something in between. Sorry!",
        "Thanks for the review. Just to clear up one thing, our check-out has always been 11am rather than 10, but we should have said so at check-in, and we're sorry you felt rushed.",
        "Thanks for the shout-out for Sipho! He really does go the extra mile, and we'll make sure he hears about it.",
        "You were charged twice because of an error at our front desk, and that's our responsibility as a business. The duplicate charge has been refunded and we've changed how payments are taken.",
        "Ciara did mix up your order that evening, and that's on us as a business, not on her. We've since changed how orders are written up for the kitchen. Sorry, and thank you for your patience.",
        "Ha, we did warn you the Sea Cliff route was no joke! Well done for sending it on the third go.",
        "We are sorry that the lesson started late. It is our fault, we did not plan the rooms well. From now we have one more room so this does not happen again.",
        "Please accept our humblest apologies that your anniversary bouquet arrived after six. We have refunded the delivery charge, and we would be delighted to hear from you at the shop should there be anything further we can do.",
        "Fair point on the prices. Our butter and buckwheat costs went up a lot this year and we raised prices by a euro; we're sorry it stings, and we've kept the kids' menu the same.",
        "Thanks, team! 42 minutes is a very respectable time.",
        "We're sorry we couldn't take your dog. We only have two pet-friendly rooms and both were booked; if you mention it when booking next time, we'll do our very best to hold one for you.",
        "Our opening hours are 7am to 10pm every day, and you can reach the manager directly at manager@sudsandbubbles.ie.",
        "We hear you about the bill. Out-of-hours emergency care does cost more, but we should have given you an estimate before treatment and we're sorry we didn't. Please ring the practice and ask for Linda, our practice manager, who will go through it with you.",
        "Howzit! Thanks for popping in, and glad the pain au chocolat passed the taste test. Come try the new almond croissants on Saturday.",
        "Our handover photos show the car freshly valeted, but we understand the sand in the boot was frustrating, and we've added a boot check to our list. We'd still love to see you again.",
        "Congratulations on your first lead climb! Everyone at the wall was cheering.",
        "Nobody wants to hear 'sorry' when their jumper comes out two sizes smaller, but we are sorry. Please pop in with the receipt and we'll sort out a replacement.",
        "Thanks for the lovely review! Families with two or more children enrolled get 10% off; that's open to everyone, so just ask at reception.",
        "We're so sorry your bike was taken from the car park. We've given our CCTV footage to the Gardaí to help them, and we've put in a locked bike shelter.",
        "Our deepest sympathies on the loss of your grandmother. It was an honour to prepare the flowers for her service.",
        "Thank you for this honest review. You are right that the room was too hot. We bought new air conditioning for it and it will be installed next week.",
        "Thank you for mentioning Yann, he's been making galettes here for twenty years and he'll be delighted.",
        "We know how frightening it is when a pet stops eating, and we're glad the X-ray gave you answers. Thank you for trusting us.",
        "We are terribly sorry that the child seat was not fitted upon collection. That was a failure on our part, and we have since arranged for every seat to be checked before handover.",
        "Cheers for the five stars!",
        "Our Wi-Fi is strong in the lobby and more of a rumour on the third floor. A new booster goes in next week, apologies!",
        "We've reviewed our booking system after your comment, and you can now cancel a session online up to two hours before. Thanks for the nudge.",
    ],
    "fr": [
        "Trugarez bras pour ce joli message ! Ravis que la galette saucisse vous ait plu, on vous attend pour le prochain fest-noz.",
        "Merci, vous êtes des cracks ! Bravo pour le 6a, la prochaine fois on vous attend sur le mur en dévers.",
        "Merci pour votre retour et désolés pour l'attente de samedi. On a engagé une vendeuse de plus le week-end, ça devrait aller plus vite dès la semaine prochaine.",
        "Désolé pr la machine 4, réparée auj. Remboursement fait. Bonne journée.",
        "Toute l'équipe vous présente ses sincères condoléances pour le départ de Filou. Ce fut un honneur de l'accompagner toutes ces années.",
        "Merci ! Pour info, notre carte de fidélité est ouverte à tous : le dixième bouquet est offert, avec ou sans avis.",
        "Vous avez raison, l'indice donné au mauvais moment a gâché la fin de votre partie. C'est une erreur de notre part et nous avons revu la formation de nos maîtres du jeu. Si le cœur vous en dit, une nouvelle partie vous attend : écrivez-nous à contact@lacle-descamps.fr.",
        "Désolés pour le bruit des travaux sur la digue, nous aurions dû vous prévenir à la réservation. Nous avons remboursé la nuit de mardi.",
        "Pour des raisons de confidentialité, nous ne commenterons pas votre contrat ici. Appelez notre agence au 04 91 00 00 00 et nous regarderons cela ensemble.",
        "Merci pour ce gentil mot sur Clémence ! Elle sera ravie de savoir que votre fils a retrouvé le goût du violon.",
        "Vous avez raison, notre baguette tradition a eu un coup de chaud cet été, comme nous tous. On a réglé le four, elle est revenue comme avant, promis.",
        "Merci pour votre message. Une petite précision : la consultation d'urgence du dimanche est facturée selon le tarif affiché à l'entrée. Nous aurions toutefois dû vous l'expliquer avant, et nous nous en excusons. N'hésitez pas à nous appeler pour en parler.",
        "Test d'assurage obligatoire pr tous, même les grimpeurs confirmés. C'est pr la sécu de chacun, merci de votre compréhension !",
        "On sait à quel point c'est pénible de retrouver un pull rétréci. Passez avec le ticket, on vous le rembourse.",
        "Nous vous présentons nos plus sincères condoléances. Ce fut un honneur de préparer les fleurs pour la cérémonie de votre papa.",
        "Vous avez raison, nos prix ont augmenté de 50 centimes cette année à cause du beurre et du blé noir. Désolés, on a gardé le menu enfant au même tarif.",
        "Nous avons transmis les images de vidéosurveillance à la gendarmerie pour vous aider à retrouver votre vélo. Nous sommes vraiment navrés et avons installé un abri fermé à clé.",
        "Merci la team ! 48 minutes, c'est un super score.",
        "Les photos de restitution montrent un réservoir à moitié plein, mais nos explications au comptoir n'étaient visiblement pas claires et nous allons les revoir. Contactez-nous si vous souhaitez en discuter.",
        "Merci beaucoup pour ce chouette message. On se réjouit de vous revoir au concert de fin d'année à la grande salle.",
        "Désolés pour la clim en panne, avec la canicule c'était vraiment pas le moment ! Elle a été changée et on vous a remboursé une nuit. Revenez quand vous voulez.",
        "Merci de nous avoir signalé la porte du séchoir 2. Elle est réparée, et on a mis un petit mot pour prévenir les clients en attendant.",
        "Pour toute question sur le dossier de votre animal, appelez-nous au 021 000 00 00 ou passez à la clinique : nous en parlerons en toute discrétion.",
        "Merci pour votre remarque. Tous nos gâteaux sont préparés dans un atelier où l'on utilise des fruits à coque ; c'est maintenant écrit sur chaque étiquette. N'hésitez pas à demander la composition en boutique.",
        "Mci pr l'avis ! Ravis que le bouquet ait plu. À bientôt en boutique.",
        "Thomas vous a mal orienté sur le niveau des voies, et c'était à nous, pas à lui, de mieux expliquer le code couleur. On a refait les panneaux à l'entrée. Merci pour votre patience.",
        "Merci pour vos cinq étoiles ! Notre parrainage est ouvert à tous nos clients : une nuit offerte pour vous et vos amis dès leur premier séjour.",
        "Nous comprenons votre agacement pour le siège enfant. Nous aurions dû vous proposer de l'aide pour l'installer, c'est désormais le cas : un agent vous accompagne jusqu'au véhicule.",
        "Toute l'équipe avait la mémoire courte ce soir-là : la crêpe oubliée, c'est notre faute. La prochaine bolée est pour nous, avec nos excuses.",
        "Oh, désolés pour le cours annulé sans prévenir, c'est pas correct. On a mis en place un SMS automatique quand un prof est absent, et le cours sera rattrapé.",
        "Merci pour votre message. Vous avez raison, le monnayeur faisait des siennes. Il a été remplacé ce matin et on vous rembourse volontiers vos francs : passez nous voir ou écrivez à info@laverie-du-lac.ch.",
        "Félicitations pour l'arrivée des chiots ! Toute l'équipe est ravie que tout se soit bien passé.",
        "On sait qui a trouvé le code du coffre en premier... et c'est un record ! Bravo à toute votre équipe.",
        "Merci pour votre retour. Une précision : les pivoines ne se trouvent qu'en mai et juin, c'est pourquoi nous vous avions proposé des renoncules. Nous aurions dû mieux l'expliquer, désolés.",
        "Merci pour ce gentil mot sur notre kouign-amann ! Maëlle, notre pâtissière, en est très fière.",
        "Désolés pr l'attente à l'agence. 2e guichet ouvert le w-e dès sam. Bonne route !",
        "Nous vous remercions sincèrement pour votre avis détaillé. Nous avons bien noté vos remarques sur les vestiaires, qui seront rénovés cet hiver.",
        "Nous sommes désolés de n'avoir pu vous proposer de chambre vue mer. Elles sont très demandées l'été ; si vous le souhaitez, nous vous inscrivons sur notre liste d'attente en cas d'annulation.",
        "Notre machine 3 avait décidé de faire grève en plein mois de juillet, c'est bien marseillais ça. Elle est réparée, toutes nos excuses !",
        "Merci pour votre avis. Nous comprenons la déception liée à la hausse de l'écolage ; elle couvre la revalorisation des salaires des professeurs. Des réductions restent possibles pour toutes les familles qui en font la demande.",
    ],
}
