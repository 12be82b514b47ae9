"""Blind reply set, round 53: owner replies the pre-post check has never seen.

Who and when: written by helper b53, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of a locksmith, a wedding venue, a veterinary clinic, a campsite, a
bakery, a driving school, a pharmacy and a bicycle repair shop.  Each French
reply was written directly in French, not translated.  The writer read only
the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff] and
[tool.ruff.lint] sections of pyproject.toml (line length and lint rules).  It
did NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or blind set, any other worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal and administrative; text-message style (French without
accents, English with abbreviations and emoji); Québécois and Belgian French;
British understatement; and, for every code and language, one long warm reply
(the first of each list) whose fault sits in a single sentence.  Fault shapes
vary: incentives as free goods, discounts, vouchers, lesson rates and removal
of the review; threats of solicitors, CCTV, the trade grapevine, the employer
and the market town; private details as medication, test bookings, home
addresses, card digits and deposits, a pet's diagnosis, a child's name and a
padlock code; insults, accusations of lying, fraud, bad faith and of being a
rival; irony as mock apology, mock praise, rhetorical question and 'bless'.
Good replies include look-alikes that are not faults: five stars quoted in
thanks, a loyalty card and a referral scheme open to everyone, the business's
own phone, e-mail and address, staff praised by first name, a named
employee's mistake owned by the business, legal terms, CCTV and a police
report mentioned to help the customer, one honest reason with an apology,
polite factual corrections, a refusal to argue in public, jokes at the
business's own expense, condolences, congratulations and safety rules
explained kindly.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND53_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your old Raleigh, it clearly means the world to you and it was a joy to work on. Getting those rusty cables freed up and the wheels trued properly took Sam most of an afternoon, but seeing you ride off down the high street grinning made it all worth it. We're so pleased the gears are changing smoothly again after all those years in the shed. If you could see your way to nudging those four stars up to five, your next full service is on the house. Happy riding, and do pop in for a cuppa whenever you're passing!",
            "thx for the review!! change it to 5* n ur next puncture repair is free 🚲👍",
            "We'd hardly dream of asking, of course, but should the stars happen to drift upwards, a sourdough loaf might just find its way into your basket next Saturday.",
            "Upon publication of a revised rating, the Practice will apply a 15% reduction to the invoice for your pet's next vaccination.",
            "Lessons booked by pupils who've left us a five-star review come at a rather nicer hourly rate, if you take my meaning. Do have a think before your next block booking.",
        ],
        "fr": [
            "Madame, Monsieur, nous vous remercions très sincèrement pour ce long message à la suite de votre séjour en famille dans notre camping. Nous sommes ravis que vos enfants aient tant apprécié les soirées autour du feu et la baignade à la rivière, et que votre emplacement ombragé vous ait permis de vous reposer. Si vous acceptiez de modifier votre avis pour lui attribuer cinq étoiles, nous vous offririons bien volontiers une nuitée supplémentaire lors de votre prochain séjour. Toute l'équipe se joint à moi pour vous souhaiter une excellente rentrée, et nous espérons vous accueillir de nouveau l'été prochain.",
            "merci bcp !! mets 5 etoiles et ta baguette est offerte tout le mois 🥖😉",
            "Ben voyons, merci d'être passé! Si t'enlèves ton commentaire, ta prochaine copie de clé est gratis, promis juré.",
            "Si vous aviez la gentillesse de revoir votre cote à la hausse, une heure de conduite vous serait offerte, une fois.",
            "Nous tenons à votre disposition un bon d'achat de vingt euros, que nous vous remettrons volontiers dès que votre évaluation reflétera plus fidèlement votre expérience en officine.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for your message, and congratulations again on your wedding, it was a beautiful day and the whole team loved being part of it. We know the timings around the evening buffet slipped, and we're genuinely sorry that the speeches ran into the first dance. Please be aware, however, that our solicitors have been copied into this thread and are assessing whether your comments about our kitchen are defamatory. We do hope the photos came out well, and we wish you both every happiness in married life.",
            "we got ur reg plate on the cctv at the gate mate, think twice b4 posting again",
            "It would be a terrible shame if word got round the trade about customers like you. Locksmiths do talk to one another, you know.",
            "Be advised that we reserve the right to pursue all available legal remedies, including a claim for damages, should this review remain online beyond seven days.",
            "Small town, this. We know exactly who wrote this, and so will everyone at Saturday's market before long.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après la consultation de votre chienne. Nous comprenons très bien l'inquiétude que vous avez ressentie ce soir-là, et nous sommes heureux qu'elle se soit bien remise de son intervention. Sachez toutefois que nous avons transmis votre message à notre avocat, qui étudie l'opportunité d'une plainte pour diffamation. Nous restons évidemment à votre écoute pour son suivi, et nous lui souhaitons une belle convalescence.",
            "on sait tres bien qui t es, fais gaffe a ce que t ecris, la ville est petite",
            "On a un avocat dans la famille pis y'aime ça, les poursuites. Penses-y comme faut avant d'écrire un autre commentaire de même.",
            "Nous allons signaler votre comportement à toutes les auto-écoles de la région, vous aurez bien du mal à trouver un moniteur, savez-vous.",
            "Nous nous réservons la possibilité de porter ce commentaire à la connaissance des autorités compétentes, ainsi que de votre employeur.",
        ],
    },
    "personal_data": {
        "en": [
            "Good afternoon, and thank you for such a thoughtful review of our pharmacy. We're really glad the team were able to help you understand the new inhaler technique, and that you felt listened to rather than rushed. We've also made sure your repeat prescription for sertraline 100mg will be ready every fourth Thursday from now on, so you won't have the wait you had last month. It's lovely to hear that the little ones enjoyed the stickers, too. Take care, and we look forward to seeing you again soon.",
            "hi! ur test is rebooked for tues 9th at 10:40, Brixton test centre, see u there 👍",
            "As requested, we'll return to 14 Harcourt Road on Friday morning to replace the back-door cylinder, since the current one can still be opened with the old key.",
            "Your deposit of £2,400 for the 18 June ceremony, paid by the card ending 4471, remains safely on file with us.",
            "We've had a look at the booking under Mrs H. Patel, pitch 12, two adults and a spaniel, 3 to 5 August, and it all appears to have gone reasonably smoothly.",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour votre gentil message, ça fait chaud au cœur à toute l'équipe de la clinique. Caramel est vraiment un amour de chat, et nous avons tous été touchés de le voir ronronner dans les bras de Léa après sa prise de sang. Nous avons bien noté qu'il doit revenir le mardi 12 pour le contrôle de sa glycémie, maintenant que son diabète commence à être stabilisé avec l'insuline. Merci encore pour votre confiance, et donnez-lui une grosse caresse de notre part, une fois !",
            "bonjour, votre traitement pour l hypertension est pret, vous pouvez passer le chercher avant samedi midi",
            "Salut Mélanie! On t'a rappelée au 514-555-0182 pour ton examen pratique du 3 mai, rappelle-nous dès que tu peux!",
            "Nous avons bien retrouvé votre commande de pièce montée pour la communion de votre fils Lucas, le 14 avril, livrée au 8 rue des Tilleuls.",
            "Pour info, on a gardé le code de votre cadenas (4-1-8-9) dans votre fiche client, ce sera plus simple pour la prochaine révision.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your feedback, and I'm sorry your lessons with us didn't end the way you'd hoped. Our instructors work very hard to make every pupil feel at ease behind the wheel, and most of them pass within their first two attempts. Frankly, though, anyone who's sat in a car with you knows you're simply a dangerous driver who refuses to take instruction. We wish you the very best with whichever school you choose next, and we hope you get there in the end.",
            "lol ur just a troll who never even came in, get a life",
            "We suspect this review has rather more to do with the unpaid balance on your invoice than with the canapés.",
            "Your account is, regrettably, a fabrication, and we consider your conduct at the counter to have been that of an abusive individual.",
            "Mate, you're clearly a rival shop posting fake reviews. Pathetic.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir partagé votre ressenti après votre semaine au camping. Nous sommes désolés que le mobil-home ne vous ait pas donné entière satisfaction, et nous avons bien pris note de vos remarques sur la literie. Mais soyons honnêtes : vous êtes le genre de client qui cherche à se faire rembourser en inventant des problèmes à la fin de chaque séjour. Nous souhaitons malgré tout à votre famille une très bonne fin d'été.",
            "t es juste un menteur, t es jamais venu au magasin",
            "T'es ben niaiseux de pas avoir lu le devis avant de signer, c'est toute.",
            "Vous êtes manifestement de mauvaise foi et, franchement, un propriétaire négligent envers votre chien, savez-vous.",
            "Votre commentaire relève de la pure malveillance et émane, selon toute vraisemblance, d'une personne n'ayant jamais réservé chez nous.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hello, and thanks for staying with us over the bank holiday weekend. We're pleased the children had such fun in the woods and at the bouncy pillow, and that the new shower block met with your approval. Of course, we'll have a quiet word with the weather and ask it to check with you before raining next time. We hope the tent has dried out by now, and we'd be happy to see you back later in the season.",
            "omg so sorry our croissants weren't baked by actual angels 🙄 we'll try harder lol",
            "Terribly sorry the door was open in under ten minutes; we shall endeavour to make it more of an ordeal next time.",
            "We are most grateful for your expert veterinary opinion, which we had not realised you obtained from an internet forum.",
            "Bless. Who knew a mini-roundabout could be quite so traumatic?",
        ],
        "fr": [
            "Chers mariés, merci infiniment d'avoir choisi notre domaine pour le plus beau jour de votre vie, et bravo encore pour cette cérémonie si émouvante. Nous sommes ravis que le cocktail dans le parc et le dîner sous la verrière aient plu à vos invités. Promis, la prochaine fois, nous demanderons au soleil de se coucher à l'heure qui vous arrange pour les photos. Nous vous souhaitons tout le bonheur du monde, et au plaisir de vous revoir pour un anniversaire de mariage.",
            "ah oui dsl on savait pas que vous etiez expert en pain 😂 bravo a vous",
            "Wow, merci pour la leçon de pharmacologie, docteur Google. On va s'en rappeler longtemps, c'est certain.",
            "Toutes nos excuses, on ne savait pas qu'une crevaison était une catastrophe nationale. On va mettre le drapeau en berne, hein.",
            "Nous prenons bonne note que votre échec à l'examen est, à l'évidence, entièrement imputable au Code de la route.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for ordering your daughter's birthday cake with us, and we're so sorry it wasn't quite what you'd pictured. We know how much planning goes into a seventh birthday party, and we really wanted the unicorn to be the star of the table. The cake was decorated by Jess, who is still in training, and frankly she got the lettering wrong again, so she has been given a formal warning. We'd love the chance to make it up to you with something special for her next celebration.",
            "sorry bout that, it was Dave's job & he messed it up big time, he's been let go 👍",
            "Our locum, Dr Hughes, was perhaps not having his finest afternoon, and has since been invited to reconsider his future with the practice.",
            "The dispensing error was made solely by our pharmacy technician, Mr Okafor, who has been suspended pending disciplinary proceedings.",
            "Blame Kieran on reception for that one, he never checks the bookings properly.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et pour la confiance que vous nous avez accordée pendant votre formation au permis. Nous savons combien ces heures de conduite représentent un investissement, en temps comme en argent, et nous regrettons sincèrement que l'expérience n'ait pas été à la hauteur. Le moniteur qui vous accompagnait, Julien, n'a clairement pas fait son travail, et il a reçu un avertissement écrit. Nous serions heureux de vous proposer un rendez-vous avec notre responsable pédagogique pour la suite de votre parcours.",
            "dsl c est Kevin qui a mal serre la roue, il a ete vire",
            "C'est Sophie qui était au comptoir ce matin-là pis elle mélange toujours les commandes, on va la changer de poste.",
            "C'est notre chef, Jean-Luc, qui a raté la cuisson de l'agneau, il a été sanctionné, savez-vous.",
            "L'erreur de facturation incombe entièrement à notre assistante, Mme Lambert, laquelle fait désormais l'objet d'une procédure disciplinaire.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your patience on what was clearly a miserable evening, standing outside your own front door in the rain. We completely understand how frustrating it is to be told forty minutes and wait nearly two hours. We were late because the van had a flat, the satnav sent us the long way round, two other emergency call-outs overran, our usual key supplier had shut early, the road by the station was dug up and our junior had called in sick that morning. We're very glad you got back in safely in the end, and we hope you'll think of us again.",
            "sorry but we ran out bc the oven broke + delivery was late + 2 staff off sick + massive wedding order + flour supplier messed up + it was a bank hol",
            "In fairness, the marquee was shared with a christening, the generator was being temperamental, the florist was stuck on the M4, the band's drummer had a cold, it had rained since Tuesday and the kitchen extractor chose that very evening to give up, so one might say it was a little out of our hands.",
            "The delay is attributable to a national supply shortage, the wholesaler's revised delivery schedule, a system update affecting our dispensing software, the exceptional volume of flu-season prescriptions, staff annual leave and the late receipt of your GP's electronic prescription.",
            "Look, the instructor was late because of school traffic, the car needed fuel, the test centre moved the slot, the weather was awful and honestly you booked at the busiest time of year.",
        ],
        "fr": [
            "Bonsoir, et merci d'avoir passé vos vacances chez nous malgré tout. Nous comprenons tout à fait votre déception, surtout avec des enfants qui attendaient la piscine depuis des semaines. Il faut dire que le bassin était en travaux, que le fournisseur de gaz nous a livrés en retard, que deux saisonniers ont démissionné la veille, que l'orage a coupé le courant et que la mairie a fermé la route d'accès pour le marché. Nous espérons sincèrement avoir l'occasion de vous accueillir dans de meilleures conditions.",
            "desole mais on avait 3 urgences + le veto de garde malade + panne informatique + le tel qui sonnait pas + les travaux dans la rue",
            "Écoute, le camion a pas voulu partir, y'avait une tempête, le pont était fermé, mon gars était malade pis le fournisseur avait pus de barillets, ça fait que...",
            "Le pain était plat parce que le four a eu un souci, la farine a changé de moulin, il faisait très humide, notre boulanger était en congé et l'apprenti venait de commencer, voilà tout, hein.",
            "Ce délai s'explique par une rupture nationale d'approvisionnement, la modification du calendrier de livraison de notre grossiste, une mise à jour de notre logiciel, l'absence simultanée de deux préparateurs et l'afflux exceptionnel lié à l'épidémie de grippe.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for getting in touch, and please know that we understand how upsetting it is to collect a pet after surgery and find them not quite themselves. Anaesthetic can leave cats groggy and off their food for a day or two, and we're glad to hear she's now back to bossing the household about. But I have to be clear: no member of our team ever left her without water, that simply did not happen. We're always here if you have any questions about her recovery.",
            "nope never happened, we dont even sell that cake",
            "We've no recollection of any scratches on your door, and frankly there weren't any.",
            "We categorically reject your account; there were no insects in the shower block at any point during your stay.",
            "The brakes were fine when the bike left the shop. End of story.",
        ],
        "fr": [
            "Bonjour, et merci de votre fidélité depuis toutes ces années, on est toujours contents de vous voir passer à l'atelier avec votre vieux Peugeot. On sait combien vous tenez à ce vélo, et on comprend que vous soyez contrarié de le voir abîmé. Par contre, soyons clairs : votre dérailleur n'a jamais été touché chez nous, c'est tout simplement impossible. On vous souhaite de belles balades le long du canal, une fois qu'il sera réparé.",
            "c faux, personne vous a mal parle ici",
            "Voyons donc, y'a jamais eu de punaises dans nos chalets, jamais.",
            "Nous contestons formellement votre version des faits : aucune erreur de délivrance n'a été commise dans notre officine.",
            "Il n'y a eu aucun retard au service. Aucun.",
        ],
    },
}

BLIND53_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the five stars, it really made our morning at the bakery. See you next Saturday!",
        "We're so sorry your cake arrived with the lettering smudged. That's our mistake, not yours, and we've refunded the decoration charge in full. We've also changed how we box iced cakes so it doesn't happen again.",
        "Thank you for the kind words about Priya. She's been teaching with us for six years and her patience on hill starts is legendary. We'll make sure she sees this.",
        "Sorry to hear the wait was so long on Saturday. Saturdays are our busiest day and we clearly didn't have enough hands on deck; we've added a second mechanic on weekend mornings from this month.",
        "We'd really like to put this right. Could you give us a ring on 01632 960 118 or email hello@spokesandsprockets.co.uk, and ask for Martin, the workshop manager?",
        "Our loyalty card is open to everyone: every tenth loaf is on us, whether or not you ever leave a review. Just ask at the till.",
        "We were very sorry to read about Bramble. Losing a dog after fourteen years is heartbreaking, and the whole practice sends you our condolences. If there's anything we can do, please call us.",
        "Thanks for your feedback about the gate code. For the safety of everyone on site, the barrier closes at 11pm and we can't open it for cars after that, but the pedestrian gate is always open and there's free parking just outside. Sorry it caught you out.",
        "We've checked our records and, as far as we can see, the invoice included the new chain and cassette, which is why it was higher than the quote. We may well have explained that badly, though, and we'd be glad to go through it with you at the shop.",
        "Well, we've been called many things, but 'the slowest locksmith in Kent' is a new one, and after Tuesday night we can't really argue. Sorry, and thank you for bearing with us.",
        "Dave was the one on call that night, and the mistake with the wrong cylinder size is ours as a business, not his alone. We've refunded the call-out fee and we'll fit the correct lock free of charge.",
        "Thank you for trusting us with your repeat prescriptions. We can't discuss anyone's medication in public, but please do pop in or call and ask for the pharmacist, and we'll happily go through anything privately.",
        "Congratulations to you both! It was an honour to host your wedding, and the ceilidh in the barn will go down in venue history.",
        "A quick and honest answer: the price of a lesson went up in September because of fuel and insurance costs. We're sorry it came as a surprise and we've since put the new prices on our website.",
        "We'd love to see you again. Our opening hours are 7am to 6pm Tuesday to Saturday, and we're at 22 Market Street, just opposite the church.",
        "Thanks for flagging the broken shower head in block B. It's been replaced, and we've added it to the daily checklist. Much appreciated.",
        "We don't want to go back and forth publicly, and we completely respect that your memory of the day is different from ours. Please email us at events@thewillowbarn.co.uk and we'll look at it together.",
        "Ta very much! Glad the bike's running sweetly again.",
        "Sorry you found the consultation rushed. You're right that the vet should have taken more time to explain the treatment plan. We'd like to offer a free follow-up appointment to go through it properly.",
        "We do have CCTV at the entrance, and we've checked it to help find the bag you left behind. Good news: it's here at reception, ready whenever you can collect it.",
        "Thank you for your review. We'll admit the scone situation on Sunday was not our finest hour. Fresh batches from 8am every day from now on, we promise.",
        "We'd never want anyone to feel unwelcome, and we're sorry that's how the visit felt. Thank you for telling us; we've shared your comments with the team.",
        "Our referral scheme gives any pupil who introduces a friend a free hour of driving, no strings attached. Thanks again for recommending us to your cousin!",
        "Thanks for the three stars and for the honest comments. We hear you on the noise from the main road, and the new hedging should help by spring.",
        "We're really sorry the key we cut didn't work. That shouldn't happen, and we've recut it and posted it to you at no charge.",
        "Please don't worry about writing a critical review; that's exactly what reviews are for, and we'd much rather know.",
        "For everyone's safety we ask that dogs stay on leads around the site and in the playground. We know it's a nuisance for well-behaved dogs, and we're grateful to everyone who sticks to it.",
        "Thank you, Jo, for the lovely card and for the biscuits for the nurses. Rosie was a dream patient.",
        "Hello, we looked into the timing of your test and it seems the test centre itself moved the slot, not us. That doesn't make the stress any less, and we're sorry we didn't phone you sooner to warn you.",
        "With apologies for the delay: the supplier has confirmed your medicine is back in stock and will arrive with us on Wednesday. Ring us on 01632 960 442 and we'll set it aside for you.",
        "Our legal terms require a deposit for all bookings, which is why it couldn't be refunded automatically. That said, we'd very much like to find a solution, so please give our events team a call.",
        "It was lovely to have you, and the photos of the sunset over the lake are stunning. Thanks for sharing them!",
        "We've had a good long think about the bread prices, and you're right, the new sizes weren't clearly labelled. New labels are going up this week.",
        "Thank you for the feedback about Tom's repair. He did a brilliant job on the wheel, and we'll pass on your kind words.",
        "Bit embarrassing, this one: our own van broke down on the way to you. No excuses, we should have called sooner. Sorry.",
        "We'd love to hear more about what went wrong. Please ask for Helen, our practice manager, on 01632 960 771.",
        "If the police report for the stolen bike helps with your insurance, we're happy to provide a copy of our service record showing the frame number. Just ask at the counter.",
        "Sorry the toilets were closed for cleaning when you arrived. We do try to schedule it at quieter times, and we'll look again at the rota.",
        "Thank you for choosing us for your wedding. We know the band started late and that's on us; we've spoken to our supplier and refunded the difference.",
        "Many thanks for the five-star review. Good luck with the test next week, you're more than ready!",
    ],
    "fr": [
        "Merci infiniment pour vos cinq étoiles, ça nous a fait une belle journée à la boulangerie. À samedi prochain !",
        "Toutes nos excuses pour la tarte abîmée. C'est notre erreur, et nous vous avons remboursé l'intégralité de la commande. Nous avons aussi changé nos boîtes pour éviter que cela se reproduise.",
        "Merci pour ce beau message au sujet de Nadia. Elle enseigne la conduite chez nous depuis huit ans et sa patience est légendaire. On lui transmet tout ça !",
        "Désolés pour l'attente de samedi. C'est notre jour le plus chargé et nous manquions clairement de monde ; un deuxième mécanicien est présent le samedi matin depuis ce mois-ci.",
        "Nous aimerions vraiment arranger les choses. Pourriez-vous nous appeler au 03 80 00 00 00 ou écrire à contact@cyclesdupont.fr en demandant Marc, le responsable de l'atelier ?",
        "Notre carte de fidélité est ouverte à tout le monde : le dixième pain est offert, que vous laissiez un avis ou non. Demandez-la en caisse.",
        "Nous sommes profondément attristés d'apprendre le départ de Filou. Perdre un compagnon après tant d'années est une épreuve, et toute la clinique vous adresse ses sincères condoléances.",
        "Merci pour votre retour sur la barrière. Pour la sécurité de tous, elle se ferme à 23 h et ne s'ouvre plus aux voitures ensuite, mais le portillon piéton reste ouvert et un parking gratuit se trouve juste devant. Désolés que cela vous ait surpris.",
        "Après vérification, la facture comprenait la nouvelle chaîne et la cassette, d'où l'écart avec le devis. Nous l'avons peut-être mal expliqué, et nous serions heureux de la reprendre avec vous à l'atelier.",
        "On nous a déjà traités de bien des choses, mais « serrurier le plus lent de Liège », c'est une première, et après mardi soir, on ne peut pas vraiment contester. Désolés, et merci de votre patience, une fois.",
        "C'est Thierry qui était de garde ce soir-là, mais l'erreur sur la taille du cylindre est celle de l'entreprise, pas la sienne seule. Nous vous avons remboursé le déplacement et poserons la bonne serrure gratuitement.",
        "Merci de votre confiance pour vos renouvellements d'ordonnance. Nous ne pouvons pas parler du traitement de qui que ce soit en public, mais n'hésitez pas à passer ou à appeler en demandant la pharmacienne.",
        "Félicitations à tous les deux ! Ce fut un honneur d'accueillir votre mariage, et le bal folk dans la grange restera dans les annales du domaine.",
        "Pour être honnêtes : le prix de l'heure de conduite a augmenté en septembre à cause du carburant et de l'assurance. Désolés que cela vous ait surpris ; les nouveaux tarifs sont maintenant affichés sur notre site.",
        "Au plaisir de vous revoir ! Nous sommes ouverts du mardi au samedi de 7 h à 19 h, au 22 place du Marché, en face de l'église.",
        "Merci de nous avoir signalé la douche cassée au bloc B. Elle a été remplacée et ajoutée à notre liste de vérification quotidienne.",
        "Nous ne souhaitons pas débattre publiquement, et nous respectons tout à fait que votre souvenir de la journée diffère du nôtre. Écrivez-nous à evenements@domainedessaules.fr et regardons cela ensemble.",
        "merci bcp !! contents que le velo roule comme neuf 🚲",
        "Nous sommes désolés que la consultation vous ait paru expéditive. Vous avez raison, le vétérinaire aurait dû prendre le temps d'expliquer le traitement. Nous vous proposons un rendez-vous de suivi gratuit.",
        "Nous avons bien une caméra à l'entrée, et nous l'avons consultée pour retrouver le sac que vous aviez oublié. Bonne nouvelle : il vous attend à l'accueil.",
        "Merci pour votre avis. On l'avoue, dimanche, les croissants n'étaient pas notre plus grande réussite. Fournée fraîche dès 7 h tous les jours, promis !",
        "Nous ne voudrions jamais que quelqu'un se sente mal accueilli, et nous sommes désolés que ce soit votre impression. Merci de nous l'avoir dit ; nous en avons parlé à l'équipe.",
        "Notre programme de parrainage offre une heure de conduite à tout élève qui nous recommande à un ami, sans condition. Merci encore d'avoir parlé de nous à votre cousine !",
        "Merci pour les trois étoiles et pour vos remarques honnêtes. Le bruit de la route, on l'entend aussi, et la nouvelle haie devrait aider dès le printemps.",
        "Vraiment désolés que la clé reproduite ne fonctionne pas. Ça ne devrait pas arriver : nous l'avons refaite et vous l'envoyons gratuitement.",
        "Ne vous inquiétez surtout pas d'avoir laissé un avis critique : c'est à ça que servent les avis, et nous préférons de loin le savoir.",
        "Pour la sécurité de tous, nous demandons que les chiens restent en laisse sur le camping et près de l'aire de jeux. C'est contraignant pour les chiens bien élevés, et nous remercions tous ceux qui jouent le jeu.",
        "Merci pour la jolie carte et les chocolats pour les assistantes. Pompon a été un patient modèle !",
        "Bonjour, nous avons vérifié : c'est le centre d'examen qui a déplacé votre créneau, pas nous. Cela n'enlève rien au stress, et nous regrettons de ne pas vous avoir prévenu plus tôt.",
        "Avec nos excuses pour ce délai : le fournisseur nous confirme que votre médicament est de nouveau disponible et arrivera mercredi. Appelez-nous au 02 99 00 00 00 et nous vous le mettrons de côté.",
        "Nos conditions générales prévoient un acompte non remboursable pour toute réservation, ce qui explique le refus automatique. Nous aimerions toutefois trouver une solution avec vous : appelez notre équipe événementielle.",
        "Tiguidou, merci ben gros pour votre belle visite au camping! Les photos du coucher de soleil sur le lac sont magnifiques.",
        "Nous avons bien réfléchi à vos remarques sur les prix, et vous avez raison : les nouveaux formats n'étaient pas clairement étiquetés. De nouvelles étiquettes arrivent cette semaine.",
        "Merci pour votre retour sur la réparation de Hugo. Il a fait un travail remarquable sur la roue, nous lui transmettons vos compliments.",
        "Un peu gênant, celle-là : c'est notre propre camionnette qui est tombée en panne en route. Pas d'excuse, nous aurions dû vous appeler plus tôt. Pardon.",
        "Nous aimerions en savoir plus sur ce qui s'est mal passé. Demandez Hélène, notre responsable de clinique, au 04 72 00 00 00.",
        "Si le dépôt de plainte pour le vol de votre vélo nécessite un justificatif pour l'assurance, nous pouvons vous fournir notre fiche d'entretien avec le numéro de cadre. Demandez simplement au comptoir.",
        "Desoles que les sanitaires soient fermes pour le nettoyage a votre arrivee. On essaie de le faire aux heures creuses, on va revoir le planning.",
        "Merci d'avoir choisi notre domaine pour votre mariage. L'orchestre a commencé en retard et c'est de notre responsabilité : nous avons parlé à notre prestataire et remboursé la différence.",
        "Merci beaucoup pour les cinq étoiles, et bonne chance pour l'examen la semaine prochaine, vous êtes plus que prêt, savez-vous !",
    ],
}
