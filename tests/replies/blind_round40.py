"""Blind reply set, round 40: owner replies the pre-post check has never seen.

Who and when: written by helper 18b38 (branch issue-18b38), an independent
writer, on 2026-12-05, for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
ten kinds of business: driving schools, bicycle repair shops, wedding venues,
pet grooming salons, pharmacies, ski-rental shops, campsites, tattoo studios,
nursery gardens and moving companies.  Each French reply was written directly
in French, not translated.  The writer read only the first seventy-five lines
of tests/replies/blind_round20.py, to copy its format, and the [tool.ruff]
section of pyproject.toml, for the line length.  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Swiss French (septante/nonante, souper, natel, "à tout bientôt",
"un tout grand merci"), Québec French (pis, pantoute, icitte, char, plate,
courriel, "merci ben gros"), informal SMS-like French without accents
(bcp, pr, dsl, ki, c); Australian English (arvo, rego, esky, Ps and Ls,
mate), Canadian English (eh, aboot, Boxing Day, fall colours, 1-800
numbers), terse English one-liners and very formal corporate English.  For
every code and language the first reply is a long warm one whose fault sits
in a single sentence in the middle; the others vary in length, register and
subtlety (veiled, polite, slangy, regional).  Good replies include
look-alikes that are not faults: a loyalty card, garden club or free flu
shots open to everyone, the business's own phone, e-mail or opening hours,
staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
contract terms, the law, insurance, the police or camera footage mentioned
neutrally or to help the customer, a star rating quoted neutrally, polite
factual disagreement, condolences, congratulations, safety rules explained
kindly, a price rise explained with an apology, a waiting list, and jokes at
the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND40_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "G'day Mia, thanks heaps for the lovely words about your lessons with us. Getting your Ps on the first go after being so nervous about roundabouts is a massive effort, and Darren was stoked to hear the news. We know the reverse park had you worried for weeks, so well done for sticking with it. If you bump this review up to five stars, we'll throw in a free defensive-driving session for your little brother when he gets his Ls. Safe driving out there and enjoy the freedom!",
            "Thanks. 5 stars = 15% off your next tune-up. Show this reply at the counter.",
            "Guests who update their rating following a resolved concern become eligible for a complimentary premium-site upgrade on their next stay, subject to availability.",
            "Sorry aboot the wait at the rental counter, eh! Delete this one and your next day of ski rentals is on us, promise.",
            "We'd be very happy to treat your pup to a free nail trim next month, once you've had a chance to revisit what you wrote here.",
        ],
        "fr": [
            "Chers Léa et Nicolas, un tout grand merci pour ce magnifique message après votre mariage au domaine. Nous sommes tellement heureux que le souper sous les tilleuls et la vue sur le lac aient fait l'unanimité auprès de vos nonante invités. Toute l'équipe garde un souvenir ému de votre première danse et du discours de votre témoin, qui a fait pleurer jusqu'en cuisine. Si vous passez votre note à cinq étoiles, nous vous offrons volontiers le brunch de votre premier anniversaire de mariage. Au plaisir de vous revoir tout bientôt au bord de l'eau !",
            "merci bcp !! si tu mets 5 etoiles ton prochain flash est a -30%, montre juste ce msg au shop 😉",
            "Salut! Désolé pour le retard du camion. Enlève ton avis pis on te rembourse la moitié du déménagement, c'est-tu correct?",
            "Nous nous ferons un plaisir de vous accorder une remise sur votre prochaine commande de vivaces, dès que votre évaluation aura été mise à jour.",
            "Merci pour votre passage ! Une petite étoile de plus et le fartage de vos skis est pour nous la saison prochaine.",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, thanks for taking the time to write about your long weekend at our lakeside campground. We're sorry the showers near loop C ran out of hot water on the Saturday morning; the propane delivery was late and we know that's no fun after a cold night. It was great to hear the kids loved the canoe rentals and the Friday night campfire stories. Just so you know, our lawyer has already read this review and we'll be in touch about defamation if it stays up. Hope you have a great rest of your summer.",
            "Review noted. Forwarded to legal. Expect contact.",
            "Mate, we've got your rego off the CCTV, so we know exactly who you are. Might want to rethink this one.",
            "Please be advised that we retain full records of all transactions and reserve the right to pursue every available remedy in respect of statements published on this platform.",
            "Small town, small scene. Every artist within fifty k's is gonna know what kind of client you are by Friday. Think about that.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre déménagement du 1er juillet. On sait que c'est la journée la plus folle de l'année à Montréal, pis nos gars ont fait de leur mieux avec la chaleur et les trois étages sans ascenseur. On est contents que le piano soit arrivé en un seul morceau et que votre chat ait bien vécu le voyage. Par contre, si votre commentaire n'est pas retiré d'ici vendredi, notre avocat va vous envoyer une mise en demeure. Bonne installation dans votre nouveau logement!",
            "on sait tres bien ki t es, on a ta plaque sur la camera. retire ca vite",
            "Nous vous informons que votre commentaire a été transmis à notre service juridique, qui examinera l'opportunité d'une plainte pénale pour atteinte à l'honneur.",
            "Le milieu du toilettage est petit à Lausanne, vous savez. Les nouvelles vont vite, pour les clients aussi.",
            "Continue comme ça pis on va afficher ton nom pis les photos de ton chien à l'entrée du salon. Tout le quartier va savoir.",
        ],
    },
    "personal_data": {
        "en": [
            "Hello and thank you so much for your kind words about our pharmacy team. We're really glad the switch to blister packs has made your mornings easier, and Farah was happy to hear the new delivery schedule is working for you. Winter can be a tough time to get out to the store, so we're always glad to help where we can. We've also noted that your next sertraline refill is due on the 14th and will have it ready for you. Stay warm and take care!",
            "Booking #48213, Site 17, 12–14 March, paid by Visa ending 4471. Refund processed.",
            "Sorry about the mix-up, Jess, we'll give you a bell on 0412 555 019 tomorrow arvo to sort it.",
            "As per our records, you attended on Tuesday 3 June at 17:40 with your Labrador and collected him at 18:55. We will review the file accordingly.",
            "Hope the new place at 42 Birchwood Crescent is feeling like home! Sorry again about the scuffed dresser.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour votre message après votre semaine à la montagne. Nous sommes ravis que les skis de randonnée vous aient donné entière satisfaction et que la neige ait été au rendez-vous pour les vacances de février. Vu votre opération du genou de l'an dernier, nous avions d'ailleurs réglé vos fixations un cran plus bas, comme c'est noté dans votre dossier. Notre équipe se réjouit déjà de vous revoir l'hiver prochain. À tout bientôt sur les pistes !",
            "dsl pr l attente !! on te rappelle sur ton natel au 078 555 12 34 ce soir vers 19h ok",
            "Allô Mme Tremblay, on a vérifié : votre réservation au terrain 23 du 15 au 18 juillet, payée avec la carte finissant par 0932, est bien notée.",
            "Nous constatons que vous vous êtes présenté le mardi 4 mars à 16 h 20 pour votre leçon de conduite, après avoir annulé les deux précédentes.",
            "Merci ! On espère que le tatouage sur ta cicatrice de césarienne guérit bien 🙏",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the nursery last weekend and for taking the time to share your thoughts. Spring is always our busiest season, and we're sorry the queue at the potting-mix counter was longer than usual. We're glad to hear the lemon myrtle and kangaroo paws are settling into your garden nicely. Honestly, though, anyone who's gardened for five minutes knows a plant left in full sun without water dies, so this review is just plain dishonest. We hope to see you back when the natives come into flower.",
            "You're lying. Nothing more to say.",
            "Buddy, you showed up to your lesson hungover and then blamed the instructor. Classic clown move.",
            "We'd gently suggest that some customers find it easier to invent a story online than to admit they forgot to collect their bike for three months.",
            "This review appears to have been written in bad faith by an individual seeking a refund to which they are not entitled.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire au sujet de la mise au point de votre vélo. On comprend que c'est frustrant d'attendre une pièce en pleine saison, surtout quand on fait tous ses trajets à vélo. On est contents que le nouveau dérailleur fonctionne bien et que vous ayez pu reprendre la piste cyclable. Cela dit, faut vraiment être de mauvaise foi pour nous accuser d'avoir abîmé un cadre qui était déjà fissuré. Au plaisir de vous revoir à l'atelier au printemps.",
            "t es un gros menteur et tout le monde le sait mdr",
            "Franchement, il faut être un sacré grincheux pour trouver à redire à un toilettage pareil. Votre caniche, lui, était content.",
            "Nous laissons à nos lecteurs le soin d'apprécier la sincérité d'une cliente qui découvre des défauts trois mois après la livraison.",
            "T'es pas game d'admettre que t'as raté ton examen, faque tu mets la faute sur nous autres. Pas fort.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you both for choosing our barn for your big day and for the thoughtful review. We're so pleased the fall colours cooperated for the photos by the pond and that your guests loved the maple-glazed salmon. Our team still talks about your grandmother's speech, which was an absolute highlight of the season. And yes, we'll be sure to have a word with the weather about that ten-minute drizzle, since clearly we control the skies now. Congratulations again and all the best for your married life.",
            "Wow. Shocking that a ski shop charges for skis. Noted.",
            "Oh no, a bit of dirt at a campsite. In the bush. Who'd have thought. 🙄",
            "We do apologise that our pharmacists were unable to bend prescription law for you; we'll be sure to pass your suggestion on to Parliament.",
            "Congrats on discovering that tattoos involve needles. Truly groundbreaking stuff.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous laisser ce commentaire après votre séance. Nous sommes contents que le dessin final du renard vous plaise et que la cicatrisation se passe bien avec la crème que nous vous avons conseillée. Notre équipe met un point d'honneur à travailler dans un studio impeccable, et nous sommes ravis que vous l'ayez remarqué. Quant à la douleur, toutes nos excuses : nous ignorions qu'il existait des aiguilles qui ne piquent pas, nous allons de ce pas en commander un carton. Au plaisir de vous revoir pour la retouche.",
            "ah oui c sur ke c la faute du magasin si ton ficus est mort en 2 jours... bravo champion",
            "Ben oui, on aurait dû deviner que t'avais oublié ton permis d'apprenti. On lit dans les pensées, c'est connu.",
            "Nous prenons bonne note qu'un camping en pleine forêt devrait, selon vous, être exempt de moustiques. Nous transmettons votre demande à la nature.",
            "Quelle surprise, il neige en février à la montagne et les pistes sont glissantes. On n'en revient pas.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks so much for choosing us for your move up to the Sunshine Coast. We're really glad the packing crew had everything wrapped and loaded before lunch, and that your piano made the trip without a scratch. Moving with three kids and a dog is never easy, so it's great to hear the day went smoothly overall. The broken mirror was entirely down to Kyle, who didn't strap it properly, and he's been taken off the long-distance jobs as a result. We hope you're settling in and enjoying the beach.",
            "Error was Jenna's. She's been written up.",
            "Sorry aboot that! Marc was the one who forgot to tighten your brake cable, so he's back on cleaning duty till he learns.",
            "Following an internal review, the staff member responsible, Ms. Chen, has received a formal warning and will no longer handle client grooming appointments.",
            "Between us, our newest instructor, Tyler, still has a lot to learn, and frankly this one's on him, not the school.",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour votre message et pour la belle photo de Moka après sa coupe d'été. On est vraiment contents que son pelage soit plus facile à entretenir avec les chaleurs qu'on a eues. Notre équipe adore les bouviers bernois, et Moka est toujours une cliente modèle. Pour la petite coupure à l'oreille, c'est Jessica qui a été négligente avec la tondeuse, et on l'a suspendue pour la semaine. Au plaisir de revoir Moka à l'automne pour son bain!",
            "c est kevin ki a mal monte ton pneu, on l a vire. dsl",
            "C'est Noémie, à la caisse, qui vous a mal renseigné sur le générique. Elle a été recadrée et ne sera plus seule au comptoir.",
            "Après enquête, il apparaît que notre moniteur M. Girard n'a pas respecté les consignes ; une sanction disciplinaire a été prise à son encontre.",
            "Désolé, c'est la faute à Steve, le nouveau. Y'est pas ben ben vite. On va le surveiller.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for renting with us over the holidays and for the honest feedback. We're glad the kids' boots fit well and that the family got some great runs in on the new terrain park. It's always a treat to see families out on the hill together. The line on Boxing Day was long because our till system crashed, two staff called in sick, the shuttle from the village was late, the road was icy from the snow guns, half the town showed up at once and our supplier shorted us forty pairs of boots the week before. We hope to see you all again next season.",
            "Delay due to: supplier, weather, staffing, software, public holiday, roadworks. Not our fault.",
            "Look, the sites were a bit muddy, but it rained 80 mil, the council hadn't graded the track, the drainage contractor went bust, our ranger was crook and the new gravel's still stuck in Dubbo. We're doing our best.",
            "The delay in dispensing your prescription resulted from a combination of factors, including a wholesaler backorder, a system migration, regulatory verification requirements, reduced staffing over the long weekend, an unusually high volume of flu-season prescriptions and a power outage affecting our refrigeration unit.",
            "We do understand your frustration about the music stopping at eleven, but please know that the municipal noise bylaw, our liquor licence, the neighbours' complaints last summer, our insurance conditions, the DJ's own contract and the shuttle bus timetable all required it, so our hands were truly tied.",
        ],
        "fr": [
            "Bonjour et merci pour votre gentil message après votre visite à la pépinière. Nous sommes ravis que les rosiers anciens aient trouvé leur place dans votre jardin et que les fraisiers aient déjà donné quelques fruits. C'est toujours un plaisir de conseiller des clients aussi passionnés. Si les plantons de tomates étaient un peu chétifs, c'est que le printemps a été froid, que la serre a eu une panne de chauffage, que notre fournisseur valaisan a livré en retard, que deux collaborateurs étaient en congé maladie, que les limaces ont proliféré avec la pluie et que la nouvelle réglementation sur les engrais nous a compliqué la tâche. Au plaisir de vous revoir à la pépinière cet automne !",
            "le retard c pas nous : bouchons, pluie, camion en panne, collegue malade, client d avant en retard, gps qui bug... on pouvait rien faire",
            "Ben là, le moniteur était en retard parce qu'y avait de la construction sur Saint-Denis, une tempête de neige, le char de l'école avait un pneu à plat, pis la SAAQ avait changé l'horaire des examens. On pouvait pas faire mieux.",
            "Nous tenons à préciser que le délai s'explique par plusieurs facteurs indépendants de notre volonté : rupture de stock chez le grossiste, grève des transports, contrôle réglementaire, migration informatique, jour férié cantonal et forte affluence saisonnière.",
            "Les sanitaires étaient fermés ce matin-là, mais c'était à cause d'une fuite, de l'orage de la nuit, du plombier en vacances, de la commune qui n'avait pas autorisé les travaux et des campeurs d'à côté qui avaient bouché les canalisations. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hey, thanks for coming in for your sleeve consult and for taking the time to write. We love doing botanical work, and it was great to hear about the native flowers you want to include, especially the waratah. Our team takes hygiene seriously and we're glad you found the studio clean and welcoming. That said, no one here was ever rude to you, and the price you were quoted was never changed, full stop. We'd still be happy to talk through your design if you want to come back.",
            "This did not happen.",
            "Sorry, but no. None of our movers left your fridge on the curb. Didn't happen.",
            "We categorically reject the claims made in this review. No such incident occurred at our facility.",
            "We're afraid your dog was not left in a crate for four hours; that simply isn't something that happens here, ever.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de partager votre séjour au camping. On est contents que vos enfants aient profité de la plage et des feux d'artifice de la Saint-Jean. Notre équipe travaille fort pour garder les sites propres pis accueillants, alors ça fait plaisir de lire vos bons mots sur le décor. Par contre, il n'y a jamais eu de punaises de lit dans nos chalets, c'est tout simplement faux. Au plaisir de vous revoir l'été prochain.",
            "n importe quoi, personne t a parle mal, ca s est jamais passe",
            "Nous contestons formellement : aucun ski n'a été loué avec des carres abîmées, c'est exclu.",
            "Les faits relatés dans cet avis ne correspondent en rien à la réalité. Aucun retard n'a eu lieu ce jour-là.",
            "Non. Votre vélo est sorti d'icitte en parfait état. Point final.",
        ],
    },
}

BLIND40_GOOD: dict[str, list[str]] = {
    "en": [
        "Congrats on getting your Ps, Sam! Darren said you nailed the hill start. Safe driving, legend.",
        "Thanks for the honest review. You're right that your lesson started twenty minutes late, and that's on us. We've refunded the lesson in full and added a buffer between bookings so it doesn't happen again.",
        "Thanks for your feedback. We see it a little differently: our cancellation policy asks for 24 hours' notice, and it's in the booking email. That said, we know things come up, and we'd be happy to talk it through. Give the office a ring on (07) 5550 2180.",
        "Our training car may be older than some of our students, but she's never let us down. Thanks for the laugh and the five stars!",
        "Thanks. Fixed. See you next service.",
        "Sorry the new chain slipped on your first ride. That was our mistake: Jordan fitted the wrong length, and as a shop we should have caught it on the test ride. Bring it back any time this week and we'll sort it free of charge.",
        "Thanks for the kind words, eh! Our winter tune-up special is on for everyone until March 1, so drop by whenever suits.",
        "You're right, our labour rate went up this spring, and we're sorry we didn't flag it clearly before starting the job. We've refunded the difference and the new prices are now posted by the counter.",
        "Thank you for sharing your feedback. We sincerely apologise that the air conditioning in the reception hall failed during your celebration. The unit has since been replaced, and we would welcome the opportunity to discuss this with you directly at events@willowcreekbarn.ca.",
        "Congratulations to you both! It was a joy to host your day, and our coordinator Priyanka loved every minute. Wishing you a lifetime of happiness.",
        "We're sorry the deposit terms weren't clearer when you booked. Our contract does say deposits are non-refundable within 90 days of the date, but we should have explained that in person rather than leaving it to the fine print. We'd like to talk it through. Please call our events team on (02) 5550 1234.",
        "We know how much Bella meant to you, and we're so sorry to hear she's passed. It was a privilege to groom her all those years, and the whole team will miss her waggy hellos. Thinking of you.",
        "Thanks for your feedback. We understand it was disappointing that we couldn't finish Max's nails. For his safety and our groomers', we always stop if a dog is panicking, and we didn't charge for that part. We'd be happy to book him a quieter early-morning slot next time.",
        "Fair call: our dryer is apparently louder than a jet engine. The new quiet one arrives next week. Sorry to you and your poor ears!",
        "Sorry it's been hard to get a booking! We're full most weekends, but we keep a waiting list and ring people in order as soon as a slot opens, so just let us know.",
        "Thank you for raising this. We're sorry you had such a long wait at the counter. We've added a second pharmacist on weekend mornings. If you'd like to discuss anything privately, please ask for the pharmacy manager or call us at 613-555-0148.",
        "To protect your privacy we won't discuss any prescription details here, but we'd really like to help. Please ask for our head pharmacist, Aisha, next time you're in, or email care@maplegrovepharmacy.ca.",
        "Thanks for your review. Just to clarify, we're required by law to see a valid prescription before dispensing that medication, so we couldn't fill it without one. We're sorry that was frustrating, and we're happy to contact your doctor's office for you next time.",
        "Thanks a bunch for the kind words about Jean-Pierre, he'll be thrilled! Flu shots are free for everyone this fall, no appointment needed.",
        "Cheers for the great review! Our loyalty card gives every renter their fifth day free, so grab one next time you're in.",
        "So sorry your boots were too tight. That's on us for not checking the fit properly. We've refunded the second day, and next time ask for Luc, our bootfitter; he's a wizard.",
        "Feedback received. Boot-fitting process revised. Refund issued to the original payment method.",
        "Thanks for the four stars, a fair rating for a Saturday that busy. We've added a second fitting station to keep the line moving.",
        "Thanks for staying with us! Sorry about the possums raiding your esky; they're cheeky little beggars, and we've now put lockable food boxes on every site.",
        "We understand the fire ban was a real letdown. It's set by the state fire authority on high-risk days and applies to every campground in the region, but we're sorry it put a dampener on your trip.",
        "We're really sorry your bike was stolen from the campground. We've given our gate camera footage to the police to help them, and we've added a locked bike shelter next to the office. Please reach out to the office if there's anything else we can do.",
        "Thank you for the lovely words about our lakeside sites. We'd love to welcome you back, and bookings for next summer open on January 15 for everyone.",
        "No one likes a wet tent, and we're sorry the site drained so poorly. We've since regraded the low sites near the creek.",
        "Thanks for trusting us with your first tattoo! Mia loved working on your design and can't wait to see it healed.",
        "Sorry you felt rushed. Just to clarify, the quoted price covered a three-hour session and the deposit comes off the final total; we should have explained that better up front. Give the studio a call on 0400 555 321 and we'll talk it through.",
        "We totally get that it was annoying to be turned away. Our policy is not to tattoo anyone who's had a drink that day, as alcohol thins the blood and slows healing. We know that's frustrating when you've travelled in, and we're sorry it wasn't in the booking email.",
        "Thanks so much! Glad the lemon tree's thriving. Our garden club is free for anyone to join, with monthly workshops and 10% off for members.",
        "Sorry the hedge plants struggled. We honestly should have warned you they need a lot more water in their first summer. Bring in a photo and we'll replace any that haven't made it.",
        "We admit our car park turns into a swamp after rain. The ducks love it, customers less so. Sorry! New gravel is going down next week.",
        "We read every review, and yours made us rethink our labels: every pot now lists its watering needs. Thank you.",
        "We're truly sorry your dresser was scratched. Our crew should have wrapped it better, and that's on us, not you. Please send photos to claims@swiftmovers.com.au and we'll arrange a repair or compensation.",
        "You're right that Ben took a wrong turn and we arrived an hour late. That's our responsibility as a company, and we've taken the extra hour off your invoice.",
        "Thanks for your patience while we sorted the claim. All our moves are covered by transit insurance, and we're glad the repair to your table has been approved. Sorry again for the hassle.",
        "Apologies. Fixed. Thanks for telling us.",
        "We appreciate your feedback and apologise for the inconvenience. Our customer care team is available at 1-800-555-0199, Monday to Friday, 8 am to 6 pm.",
    ],
    "fr": [
        "Félicitations pour votre permis ! Notre moniteur Yannick était tout fier de vous. Bonne route et prudence sur l'autoroute !",
        "Vous avez raison, votre leçon a commencé avec vingt minutes de retard, et c'est notre faute. Nous vous avons remboursé la leçon et avons revu notre planning pour laisser plus de marge entre les élèves.",
        "Merci pour votre commentaire! On comprend votre déception. Notre politique demande 24 heures d'avis pour annuler un cours, mais on aurait dû mieux vous l'expliquer à l'inscription. Appelez-nous au 514-555-0172, on va trouver une solution ensemble.",
        "merci bcp pr ton avis !! felicitations pr le permis, bonne route 🚗",
        "Désolés que la chaîne ait sauté à votre première sortie. C'est notre erreur : Olivier a posé une chaîne de la mauvaise longueur, et c'était à nous de le voir à l'essai. Revenez quand vous voulez cette semaine, on règle ça gratuitement.",
        "Un tout grand merci pour votre retour ! Notre carte de fidélité est ouverte à tous : après cinq services, le sixième est offert. Demandez-la à la caisse.",
        "Oui, notre atelier ressemble parfois à une brocante après une tempête. Promis, on range avant le printemps ! Merci pour votre patience.",
        "Vous avez raison, nos tarifs de main-d'œuvre ont augmenté ce printemps et nous aurions dû vous prévenir avant les travaux. Nous vous avons remboursé la différence, et les nouveaux prix sont désormais affichés à l'entrée.",
        "Nous avons vérifié et vous avez raison : votre vélo n'était pas prêt à l'heure promise. Ça n'aurait jamais dû arriver. Comme pour toute réparation en retard, le réglage des freins vous est offert.",
        "Toutes nos félicitations à vous deux ! Ce fut un honneur d'accueillir votre mariage au domaine, et notre coordinatrice Séverine en garde un souvenir magnifique. Tous nos vœux de bonheur.",
        "Nous sommes sincèrement désolés que la climatisation de la salle soit tombée en panne pendant votre soirée. L'appareil a été remplacé depuis. Nous aimerions en parler avec vous : écrivez-nous à evenements@domainedeslilas.ch.",
        "Nous comprenons votre frustration au sujet de l'acompte. Notre contrat prévoit effectivement qu'il n'est plus remboursable à trois mois de la date, mais nous aurions dû vous l'expliquer de vive voix. Appelez-nous au 021 555 44 33, nous chercherons ensemble une solution.",
        "Merci d'avoir choisi notre grange pour votre grand jour! On est désolés pour la musique coupée à 23 h : c'est le règlement municipal sur le bruit, et on aurait dû vous le dire clairement dès la signature du contrat.",
        "Nous sommes profondément attristés d'apprendre le départ de Filou. Ce fut un privilège de le chouchouter toutes ces années, et toute l'équipe pense bien à vous.",
        "Merci pour votre message. Nous comprenons votre déception pour la coupe des griffes. Quand un chien est trop stressé, nous arrêtons toujours, pour sa sécurité et celle de nos toiletteuses, et ce soin ne vous a pas été facturé. Nous vous proposerons volontiers un créneau plus calme en matinée.",
        "merci pour la photo de Nala elle est trop belle 😍 a bientot au salon !!",
        "Désolés pour l'attente ! Nos samedis sont souvent complets, mais nous tenons une liste d'attente et appelons dans l'ordre dès qu'une place se libère.",
        "Merci pour votre retour. Nous sommes désolés pour l'attente au comptoir. Depuis ce mois, une deuxième pharmacienne est présente le samedi matin. Pour toute question confidentielle, n'hésitez pas à demander à parler à notre pharmacien responsable.",
        "Pour protéger votre vie privée, nous ne parlerons d'aucun détail de traitement ici, mais nous souhaitons vraiment vous aider. Écrivez-nous à contact@pharmaciedulac.ch ou demandez Mme Rochat au comptoir.",
        "Merci pour votre avis. Pour précision, la loi nous oblige à voir une ordonnance valable avant de remettre ce médicament. Nous sommes désolés de ce désagrément et pouvons volontiers contacter votre médecin la prochaine fois.",
        "Merci ben gros pour vos bons mots sur Jean-François! Il va être content en masse. Le vaccin contre la grippe est gratuit pour tout le monde cet automne, sans rendez-vous.",
        "Un tout grand merci pour votre message ! Avec notre carte fidélité, ouverte à tous, le cinquième jour de location est offert. Demandez-la à votre prochain passage.",
        "Désolés que vos chaussures aient été trop serrées, c'était à nous de bien vérifier la pointure. Nous vous avons remboursé la deuxième journée, et la prochaine fois, demandez Matthieu, notre bootfitter : il fait des miracles.",
        "merci pr les 4 etoiles, on a rajoute un 2e poste pr les reglages, ca devrait aller plus vite 👍",
        "Notre machine à café a effectivement rendu l'âme en pleine saison, comme chaque année à Noël. Une nouvelle est commandée, promis ! Merci pour votre bonne humeur.",
        "Merci d'être venus! Désolés pour les ratons laveurs qui ont visité votre glacière, y sont pas gênés pantoute. On a installé des boîtes à bouffe qui se barrent sur chaque terrain.",
        "Nous comprenons que l'interdiction des feux de camp vous ait déçus. Elle est décidée par le canton les jours de risque élevé et s'applique à tous les campings du secteur. Désolés que cela ait assombri votre séjour.",
        "Nous sommes vraiment désolés pour le vol de votre vélo. Nous avons transmis les images de la caméra de l'entrée à la police pour l'aider, et un abri à vélos fermé à clé a été installé près de l'accueil.",
        "merci bcp !! les reservations pr l ete prochain ouvrent le 15 janvier pr tout le monde 🏕️",
        "Merci de nous avoir fait confiance pour ton premier tatouage ! Chloé a adoré travailler sur ton dessin, on a hâte de le voir cicatrisé.",
        "Désolés que tu te sois senti pressé. Pour préciser, le prix annoncé couvrait une séance de trois heures et l'acompte est déduit du total ; on aurait dû mieux l'expliquer. Appelle le studio au 079 555 66 77 et on en parle.",
        "On comprend que c'était plate de se faire refuser. Notre règle, c'est pas de tatouage si on a bu de l'alcool dans la journée, parce que ça éclaircit le sang et nuit à la guérison. On aurait dû le mentionner dans le courriel de confirmation, désolés.",
        "Merci beaucoup ! Ravis que votre citronnier se porte bien. Notre club jardin est gratuit et ouvert à tous : un atelier chaque mois et 10 % de rabais pour les membres.",
        "Désolés que votre haie ait souffert. Nous aurions dû vous prévenir qu'elle demande beaucoup d'eau le premier été. Apportez-nous une photo et nous remplacerons les plants qui n'ont pas repris.",
        "Notre parking se transforme en étang dès qu'il pleut : les canards adorent, les clients un peu moins. Toutes nos excuses, le gravier arrive la semaine prochaine !",
        "On est vraiment désolés que votre commode ait été égratignée. Notre équipe aurait dû mieux l'emballer, c'est notre responsabilité. Envoyez-nous des photos à reclamations@demenagementsboreal.ca, on va s'occuper de la réparation.",
        "Vous avez raison : Maxime s'est trompé de route et nous sommes arrivés une heure en retard. C'est notre responsabilité en tant qu'entreprise, et nous avons retiré cette heure de votre facture.",
        "Merci pour votre patience pendant le traitement du dossier. Tous nos déménagements sont couverts par une assurance transport, et nous sommes contents que la réparation de votre table ait été acceptée. Encore désolés pour le tracas.",
        "Nous vous présentons nos excuses. Le problème est corrigé. Merci de nous l'avoir signalé.",
        "Nous vous remercions de votre retour et vous prions d'accepter nos excuses. Notre service clientèle est joignable au 022 555 12 00, du lundi au vendredi de 8 h à 18 h.",
    ],
}
