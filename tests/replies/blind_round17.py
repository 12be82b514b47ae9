"""Blind reply set, round 17: owner replies the pre-post check has never seen.

Who and when: written by helper 18b17, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check), round 15 of its blind measurements.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses of kinds the earlier writers did not use (opticians,
bakeries, garages and mechanics, dentists, yoga studios, campsites, florists,
escape rooms, bike repair shops, tattoo studios, ski schools, boat tours,
plumbers and heating engineers, bookshops, dog groomers, photography studios,
delivery apps, gyms, language schools...).  Each French reply was written
directly in French, not translated.  Apart from the first seventy-five lines
of the round 16 file, read only to copy its format, the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: French from Lyon, Toulouse, Brittany, Corsica, Reunion, Senegal,
Lebanon, Vaud (Switzerland), Liege (Belgium) and Gaspesie (Quebec), texting
with emoji, unaccented French and a very formal legal "vous" style; English
from Yorkshire, Cornwall, Northern Ireland, Jamaica, Ghana, Kenya, the
Philippines, South Africa, Texas, Boston and Toronto, texting and very formal
corporate English; indirect phrasings and euphemisms; short one-liners; and,
for every code and language, one long warm reply (the first of each list)
whose fault sits in a single clause.  Good replies include look-alikes that
are not faults: a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail or address, staff praised by first
name, a refund already made, one honest reason given with an apology, legal
terms, insurance, the police or CCTV mentioned neutrally, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, thanks to happy customers, an
invitation to call or e-mail the business, and an apology for a named
employee's mistake where the business takes responsibility itself.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND17_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks ever so much for popping in to see us, love, and for such a kind write-up. It's not every day somebody tells us their new varifocals have them reading the Yorkshire Post again without squinting, and our Margaret was grinning all afternoon when she read it. We know the eye test ran a bit long, but we'd rather take our time than rush anybody out the door. If you could see your way to nudging that up to five stars, we'll knock twenty quid off your next pair of frames. Take care of yourself and we'll see you at your next check-up.",
            "ty!! 🙏 change it to 5⭐ and ur next bike service is free, just show us the screen at the counter 😎",
            "We would be pleased to extend a complimentary upgrade to our premium membership tier to members whose published feedback is updated to better reflect their overall satisfaction.",
            "Respect fi di review, boss! Tek it dung an' yuh nex' tattoo touch-up a free, no stress 🙌🏾",
            "Y'all, anybody who leaves us five stars on here gets a free kolache next time, just show it at the register!",
        ],
        "fr": [
            "Merci mille fois pour ce message qui a fait le tour de la boutique ce matin ! Nous sommes une petite boulangerie de la Croix-Rousse et savoir que nos bugnes vous ont rappelé celles de votre grand-mère, ça nous a vraiment touchés. Nous avons bien noté votre remarque sur l'attente du dimanche et nous ajouterons une deuxième caisse dès le mois prochain. Si vous acceptez de repasser votre note à cinq étoiles, on vous offre la brioche aux pralines tous les dimanches pendant un mois. Au plaisir de vous revoir très vite au comptoir !",
            "merci con ! mets nous 5 etoiles et ta prochaine vidange elle est offerte, tu montres juste l ecran au garage",
            "Si jamais t'effaces ton commentaire, ta prochaine sortie aux baleines est sur nous autres, pas de trouble 🐋",
            "Nous vous informons qu'un avoir de trente euros vous sera attribué dès la mise à jour de votre évaluation, conformément à notre programme de reconnaissance client.",
            "Merci beaucoup grand frère ! Si tu montes la note à 5, la prochaine séance photo de famille c'est cadeau, on s'arrange 🙏🏿",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you so much for joining us on the morning seal trip out of Padstow, and for the lovely words about our skipper's commentary and the pasties on board. We were thrilled the mist lifted just in time for you to see the pups on the rocks, and it's always a joy when a family goes home with that many photos. We've noted what you said about the queue at the ticket hut and we're adding a second window next season. Just so you're aware, we've forwarded this to our solicitor in Truro and if the comment about the life jackets stays up we will be issuing proceedings. Hope to welcome you aboard again soon.",
            "Wee word of advice, we know fine well where you live and so does half the town. I'd be careful what you put online.",
            "Please be advised that our legal department has preserved this post and reserves all rights, including the recovery of damages for reputational harm, should it remain published.",
            "Eish bru, my cousin drives past your complex every single day. Maybe think twice before posting stuff like this, hey.",
            "keep it up n ur face goes on our insta story w the cctv clip 📸 ur choice",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre école pour la semaine de ski de vos enfants. Toute l'équipe des moniteurs a été ravie de voir les petits passer du jardin des neiges aux pistes bleues en quelques jours, et nous avons bien ri en lisant vos souvenirs de la descente aux flambeaux. Nous avons pris note de votre remarque sur le point de rendez-vous et un panneau plus visible sera posé dès cet hiver. Nous tenons toutefois à vous signaler que notre avocat à Lausanne a été mandaté et qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas retiré d'ici vendredi. Belle fin de saison à toute la famille.",
            "Fais attention à ce que tu écris, ici tout le monde se connaît et on sait très bien chez qui tu loges à Porto-Vecchio.",
            "Nous vous mettons en demeure de supprimer ce contenu sous huit jours, faute de quoi nous engagerons sans autre avis des poursuites à votre encontre.",
            "Fais gaffe hein, on a ta plaque et ton adresse dans le dossier, une fois. Ça pourrait mal finir pour toi.",
            "fais attention a toi la, on sait bien ou tu habites a Saint-Pierre, on va venir discuter 😠",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share your experience with our clinic, and we're so glad to hear the new crown feels natural and that you can finally enjoy a coffee without wincing. Our whole team works hard to make nervous patients feel at home, and it means a great deal that you noticed the warm blankets and the quiet room. I've pulled up your file for Tuesday 14 October at 3:15 pm, Ms Priya Raman, and can confirm the crown was fitted exactly as planned. We look forward to seeing you for your six-month cleaning in the spring.",
            "Mike, we called you at 617-555-0148 three times about the transmission. Check your voicemail.",
            "Dear Mr Wanjiru, our records show your order to Apartment 4B, Riverside Drive, Kilimani was signed for at 7:42 pm by you personally.",
            "Hi po Ma'am Reyes! We checked po, your card ending 4417 was charged only once for your shih tzu's grooming last Saturday 😊",
            "ur silver golf KY19 XTR was done on time, its all on the job sheet 👍",
        ],
        "fr": [
            "Merci beaucoup d'avoir pensé à nous pour l'anniversaire de votre maman, et merci pour ces mots si gentils sur la boutique et sur les conseils de notre apprentie. Nous composons chaque bouquet à la main avec des fleurs de producteurs bretons, et c'est toujours une joie de savoir qu'ils ont apporté un peu de couleur à une journée de fête. Nous avons vérifié : le bouquet livré le samedi 8 novembre à Mme Le Goff, 12 rue de Brest à Quimper, était bien conforme à la commande. Au plaisir de vous fleurir à nouveau pour les prochaines occasions.",
            "Habibi Karim, on a ton numéro 03 512 847 et ton mail karim.haddad@gmail.com, rappelle-nous au lieu d'écrire ici !",
            "Madame, votre contrat d'abonnement n° YG-2025-0457 ainsi que votre IBAN se terminant par 0912 font apparaître que le prélèvement a été régulièrement effectué.",
            "Salut Sylvie de la rue des Pêcheurs à Gaspé! Ton chauffe-eau a été changé le 3 juillet pis la facture 1187 est payée, tout est beau.",
            "mr diallo vous etiez bien la jeudi a 14h avec votre fils moussa pour la seance, c est note dans le cahier 📒",
        ],
    },
    "personal_attack": {
        "en": [
            "Well howdy, and thanks for staying with us out here on the lake. We're real glad y'all enjoyed the sunsets from site 12 and that the kids had a blast with the canoes and the s'mores kit. We've been running this campground for twenty-two years now and we still love hearing about families making memories around the fire pit. We did read your note about the showers, and we'll have the plumber look at the pressure before spring. Frankly, though, we figure you were just fishing for a free night from the very start. Safe travels, and give the dog a scratch from us.",
            "You're lying and you know it. You never even set foot in the shop.",
            "Madam, we have seen your type before. You just want free cake for your party and you will say anything to get it.",
            "It seems some reviewers find it easier to invent stories than to settle their invoices.",
            "lol sure u did 🙄 nice try getting a free escape room, go troll somewhere else clown 🤡",
        ],
        "fr": [
            "Bonjour et merci d'avoir suivi notre module intensif d'italien cet automne. Nos professeurs ont beaucoup apprécié l'énergie du groupe du jeudi soir, et nous sommes heureux que les sorties au marché de la Croix-Rousse vous aient permis de pratiquer en situation réelle. Nous avons bien noté votre suggestion d'ajouter des exercices d'écoute et elle sera intégrée à la prochaine session. Il faut bien dire que vous cherchiez surtout à vous faire rembourser un module que vous n'aviez jamais eu l'intention de suivre. Nous vous souhaitons une bonne continuation dans votre apprentissage.",
            "Arrêtez de mentir, vous n'êtes jamais venu à l'atelier, on vous aurait reconnu, pétard.",
            "Vous êtes de mauvaise foi, point. On voit bien que vous vouliez un toilettage gratuit pour votre chien.",
            "Toi tu es un menteur, tout le quartier de la Médina sait que tu cherches seulement à manger gratuit.",
            "quel boulet ce client franchement 🙄 apprenez a lire les horaires avant de raler",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks very much for coming in to us and for trusting us with such a big piece. We're chuffed you love the linework on the stag, and Ciaran says you were one of the steadiest clients he's had all year, which is high praise from him. We've taken your point about the music in the studio and we'll keep it a bit lower on long sessions. And we're truly sorry the three-hour back piece took three hours; clearly it should have been done in ten minutes flat, like in the films. Look after that healing skin and come back and show us when it's settled.",
            "Oh wow, one star because it rained on a boat trip. We'll have a word with the sky.",
            "Sorry po ha, next time we'll ask the dough to rise faster just for you 😂",
            "We greatly appreciate your detailed expertise in orthodontics, which evidently surpasses that of our entire clinical team.",
            "omg a 10 min wait at a bike shop on a saturday?? truly the worst tragedy of 2026 😭😭",
        ],
        "fr": [
            "Merci beaucoup d'avoir passé deux semaines chez nous et pour vos compliments sur la vue depuis les emplacements du haut et sur la fraîcheur de la piscine. Toute la famille qui tient le camping depuis trois générations a été touchée par votre message, et nos pâtisseries du matin ont visiblement fait des heureux. Nous avons bien noté votre remarque sur l'éclairage des sanitaires. Et bien sûr, nous allons immédiatement demander aux cigales de baisser le volume après 22 heures, puisque c'était visiblement notre faute. À l'été prochain peut-être, sous les pins.",
            "Ah ben oui, une fois, c'est sûr qu'un garage qui sent l'huile, c'est vraiment le scandale du siècle.",
            "Pardon hein, la prochaine fois on demandera aux dauphins de se montrer sur commande pour pas gâcher votre sortie en bateau 🙄",
            "Nous saluons l'étendue de vos connaissances en horticulture, manifestement bien supérieures à celles de nos trois fleuristes diplômés.",
            "mdr 45 min d attente pour un tatouage un samedi, appelez l onu vite 😂😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for bringing your car to us and for the kind words about our waiting area and the chai. We're glad the new tyres have made the drive to Naivasha smoother, and our team was pleased you noticed how carefully the alignment was done. We've been serving Westlands families for fifteen years and we value every customer who comes back to us. The delay on your brakes was entirely down to Kevin, who forgot to order the pads and has been warned about this before. We hope to see you again for your next service.",
            "That was Shauna's fault, not ours. She's new and she doesn't listen.",
            "Ma'am, Cody was on the register that day and he's the one who messed up your cake order, not the bakery.",
            "Following an internal review, we have determined that the error originated solely with our technician, Mr Daniel Huang, whose conduct fell short of our standards.",
            "soz that was jade at reception 🙄 she always mixes up the classes, not on us",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour la confiance que vous accordez au cabinet depuis toutes ces années. Nous sommes ravis que votre blanchiment vous donne entière satisfaction et que le docteur Morel ait pris le temps de tout vous expliquer. Nous avons aussi bien noté votre remarque sur la climatisation de la salle d'attente, qui sera révisée ce mois-ci. Le retard de votre rendez-vous est uniquement dû à notre assistante Chloé, qui a une nouvelle fois mal noté l'agenda. Au plaisir de vous revoir pour votre prochain contrôle.",
            "C'est Steve qui a mal posé ta toilette, nous autres on n'a rien à voir là-dedans.",
            "Le retard, c'est Yann, notre apprenti, il est arrivé en retard comme d'habitude, pas l'atelier.",
            "Après vérification, l'erreur de tirage est imputable exclusivement à M. Julien Faure, photographe, dont la responsabilité personnelle est engagée.",
            "c est la faute a rami il a oublie ta commande, nous on y est pour rien 🤷",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for spending March break with our ski school and for the lovely note about your son's first run down the big hill, which had our instructors cheering in the staff room. It's families like yours that make the early mornings worth it, and we loved seeing the kids' faces at the end-of-week race. We know the Wednesday lessons started late, but that week we were short two instructors, the chairlift broke down, the snow came late, our booking system crashed, the rental supplier sent the wrong boots and the parking lot flooded, so honestly there was very little we could have done. Hope to see you all back on the slopes next winter.",
            "Please understand: light off for two days, generator spoilt, rider fell sick, road under construction at Madina, heavy rain, and our customer line was down, so it was not us at all.",
            "We wish to clarify that our procedures fully comply with ISO 9001, that the technician followed the approved checklist, that the part was sourced from an authorised supplier, that the delay was attributable to third-party logistics, that our terms clearly state that timelines are estimates, that the customer was informed by automated message, and that we therefore consider our service to have been delivered exactly as contracted.",
            "Load shedding, the taxi strike, two coaches off sick, a burst pipe in the studio AND the landlord changing the locks. Honestly, what more could we have done?",
            "ok so 1st the printer broke, then the courier lost the prints, then our photographer got covid, then the album supplier shut for xmas, then the website crashed 😩 so its rly not on us",
        ],
        "fr": [
            "Merci beaucoup d'être venus tenter notre salle du pharaon et bravo pour vos trois indices seulement, c'est un des meilleurs scores de l'année ! Toute l'équipe a adoré votre enthousiasme et les photos de fin de partie sont déjà affichées au mur. Nous avons bien lu votre remarque sur le démarrage tardif, mais ce soir-là la serrure magnétique avait lâché, le maître du jeu sortait d'une angine, le métro était en grève, l'alarme incendie de l'immeuble s'était déclenchée, le fournisseur d'accessoires nous avait livré la mauvaise momie et la box internet redémarrait toutes les dix minutes, donc franchement nous n'y pouvions rien. Au plaisir de vous revoir pour la salle du sous-marin !",
            "Il faut comprendre : le col était fermé, le chasse-neige en panne, deux moniteurs malades, la télécabine en révision, le système de réservation en maintenance et la météo annoncée fausse, alors septante minutes de retard, c'était déjà un exploit.",
            "Nous tenons à rappeler que notre établissement respecte l'intégralité des normes en vigueur, que l'ensemble de notre personnel est diplômé, que les produits utilisés sont certifiés, que le protocole d'hygiène est contrôlé chaque trimestre, que nos conditions générales étaient jointes à la réservation, que la séance a duré le temps prévu et que, par conséquent, aucun manquement ne saurait nous être reproché.",
            "Il faut comprendre grand : coupure de courant, embouteillages sur la VDN, le livreur malade, le fournisseur de farine en retard et la Tabaski qui approchait, on a fait ce qu'on pouvait.",
            "alors deja le fournisseur a livre en retard, ensuite le demonte-pneu a casse, mon stagiaire etait malade, il pleuvait et en plus c etait la rentree donc bon 🤷‍♂️",
        ],
    },
    "categorical_denial": {
        "en": [
            "Bless up, and thank you for bringing Bella to us for her spa day! We're so happy the blueberry facial left her smelling sweet and that she strutted out like the queen she is. Our groomers have been caring for Kingston's dogs for over ten years and we treat every one of them like our own. The nick on her ear you describe simply never happened here; she left our salon without a single mark. We hope to see the two of you again for her next trim.",
            "This did not happen.",
            "Nope. Never happened. Our guys don't leave jobs half done, period.",
            "We have no record of any such incident and categorically reject the account given in this review.",
            "fake news 🙅 nothing like that ever happened at our gym",
        ],
        "fr": [
            "Merci beaucoup pour votre visite et pour vos compliments sur le choix de montures et sur l'accueil de toute l'équipe. Nous sommes un magasin indépendant depuis trente ans et nous prenons toujours le temps de bien conseiller chacun, alors vos mots nous font vraiment plaisir. Nous avons noté votre suggestion d'élargir les horaires le samedi midi. L'erreur de correction dont vous parlez n'a tout simplement jamais existé : vos verres ont été taillés exactement selon l'ordonnance. Au plaisir de vous revoir pour l'entretien de vos lunettes.",
            "Cela ne s'est jamais produit chez nous.",
            "Voyons donc, c'est jamais arrivé, pantoute.",
            "Nous contestons formellement l'ensemble des faits allégués, lesquels n'ont aucune réalité.",
            "n importe quoi, y a jamais eu de souci avec nos cours, jamais 🙄",
        ],
    },
}

BLIND17_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks ever so much for the kind words, love. Glad the varifocals have settled in and you're reading the paper again without squinting. See you at your next check-up.",
        "Thank you for the lovely review! For anyone reading, our stamp card is open to everyone: buy ten coffees and the eleventh is on us, whether or not you ever leave a review. See you Saturday for the sourdough.",
        "Sorry to hear the warning light came back on after your service; that shouldn't happen. Please ring the workshop on 0113 496 0721 and we'll book you in first thing to have another look at no charge.",
        "Thank you! We'll pass your message on to Amara, who'll be thrilled to hear she put you at ease during the extraction.",
        "We're sorry the yoga mat you ordered arrived damaged. We've already refunded the full amount to your original payment method; it may take three to five working days to show. Thanks for letting us know.",
        "You're right that the boat left twenty minutes late, and we're sorry. The harbour master held all departures while the lifeboat came in. We should have explained that on the quay, and we will next time.",
        "We're sorry your bike was scratched while it was with us. We've reviewed our CCTV and passed everything to our insurer, who will arrange the repair. Meanwhile, email us at repairs@spokeandchain.co.uk with any questions.",
        "Guilty as charged: our final padlock is apparently harder for our own staff to open than for our players. Thanks for the laugh and the five stars, and congratulations on escaping with four minutes to spare!",
        "Thanks for the three stars and the detailed notes. Your point about the changing rooms is fair, and they're being refitted in January.",
        "Thank you for your review. Our quote included the call-out fee, but we understand that wasn't clear at the time, and we'd really like to talk it through with you. Please call the office on 01872 555 210 and ask for Steve, the owner.",
        "Big up yuhself fi di lovely review! Wi glad yuh enjoy di patties an' di coco bread. Come back anytime, wi always here.",
        "Thank you very much for your kind words. We are happy the photos from the naming ceremony came out beautifully. God bless you and the whole family.",
        "Asante sana for the review! We're glad the groceries reached you before the rain. Karibu tena.",
        "Thank you po for the lovely feedback! So happy your doggo came home fresh and fluffy. See you po next month!",
        "Shot for the awesome review! Lekker to hear you enjoyed the sunset cruise. Come back in spring when the whales are in the bay.",
        "Well thank y'all kindly! Mighty glad the AC's blowin' cold again. Don't hesitate to holler if it gives you any more trouble.",
        "Appreciate the review. Sorry the pipe under the sink is still dripping; that's on us. Call the shop at 617-555-0190 and we'll send someone back this week, no charge.",
        "Thanks so much for the kind words! We're glad the kids loved French camp. Registration for March break opens next week on our website.",
        "Cheers for the review, much appreciated. Sorry about the wait at the counter on Saturday; we were a person down and should have had more hands on. We've sorted the rota since.",
        "thank u sm!! 🥰 so glad u love ur new ink, send us a pic when it's healed!!",
        "Thank you for taking the time to share your feedback. We regret that your experience did not meet the standard we set ourselves. A member of our customer care team would welcome the opportunity to discuss it with you; please contact us at care@northgategyms.com.",
        "We're sorry: Liam gave you the wrong collection date for your prints. That's our responsibility as a studio, because our booking system should have caught it, and we've changed how we log pickups. Your prints are ready whenever suits you.",
        "Thanks for training with us! For anyone reading, our bring-a-friend offer gives you both a free week, whether or not you ever review us.",
        "Thank you for the review. Under our booking terms, cancellations within 48 hours aren't refundable, and we know that's frustrating when plans change. Because of the storm warning, we'd be glad to move your trip to another date free of charge; just email bookings@kernowseatrips.co.uk.",
        "We're so sorry your bike was stolen from outside the shop. We've given our camera footage to the police, and if you need a letter for your insurance, just ask and we'll write it the same day.",
        "Thanks for the five stars, see you at Saturday bootcamp!",
        "Sorry you felt the price was high. We charge by the hour and explain that before we start, but we're always happy to talk it over. Give us a ring.",
        "Thank you for such a generous review! Mariam, who recommended the novel, is delighted you loved it. Our book club meets on the first Thursday of every month, and everyone is welcome.",
        "We're sorry the showers were cold on your last night. The boiler failed on the Sunday and the engineer couldn't come until Monday. We've refunded one night to your card, and we hope you'll give us another chance.",
        "Thank you for ordering your mum's birthday flowers with us. We're sorry the peonies had opened too far by the time they arrived; you should have had fresher stems. Please call us on 020 7946 0321 and we'll send a new bouquet.",
        "Thanks for a lovely review! Glad your daughter went from the magic carpet to the blue runs in a week. Hope to see you both next season.",
        "We note your two-star rating and we're sorry the appointment ran late. An emergency pushed our schedule back, and we should have told you in the waiting room. We'd welcome a call on 0161 496 0999 if you'd like to talk about it.",
        "Thanks for the review! For anyone looking for us, we've moved to 14 Market Street, opposite the old post office. Same team, bigger workshop.",
        "We know our waiting-room playlist is ninety percent Phil Collins. Thanks for putting up with it, and for the kind words about your check-up.",
        "Sorry your order arrived cold; that's not good enough. A full refund is already back in your account, and we're looking at why the rider was sent via two other drops first.",
        "Thank you! It was an honour to photograph your family reunion. Your gallery stays online for a year, so there's no rush to download.",
        "Thanks for the feedback. We don't believe the contract was changed without notice, as the new rates were emailed to all members in September, but we can see how that message might have been missed, and we'd like to help. Drop by reception or email hello@ironworksgym.co.uk and we'll go through your options.",
        "Thank you, that's very kind!",
        "You're right that the evening class was overcrowded, and we apologise. From this week, evening classes are capped at eighteen mats.",
        "Thanks for the honest review, and we're sorry the healing has been slow. Aftercare advice is always free, so pop in any afternoon and Kai will have a look, no appointment needed.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! On est ravis que les bugnes vous aient rappelé celles de votre grand-mère. À dimanche pour la brioche aux pralines !",
        "Merci pour votre passage ! Pour information, notre carte de fidélité est ouverte à tout le monde : dix pains achetés, le onzième offert, que vous laissiez un avis ou non.",
        "Bonjour, désolés que le voyant se soit rallumé après la révision. Appelez-nous au 05 61 23 45 67 et on vous reprend dès demain matin, sans frais.",
        "Merci infiniment ! Nous transmettons votre message à Inès, notre assistante, qui sera très touchée de savoir qu'elle vous a rassuré.",
        "Nous sommes désolés que le bouquet soit arrivé abîmé. Le remboursement intégral a été effectué ce matin sur votre carte ; il apparaîtra d'ici quelques jours.",
        "Vous avez raison, la sortie en mer a été écourtée et nous en sommes désolés. Le vent a forci plus vite que prévu et le capitaine a préféré rentrer au port par sécurité. Nous aurions dû mieux vous l'expliquer à bord.",
        "Nous sommes navrés pour le vol de votre vélo devant l'atelier. Nous avons transmis les images de vidéosurveillance à la police et prévenu notre assurance. Écrivez-nous à atelier@roueslibres.fr pour le suivi.",
        "Promis, on a enfin appris à ouvrir notre propre cadenas final… Merci pour les cinq étoiles et bravo pour votre sortie avec trois minutes d'avance !",
        "Merci pour vos trois étoiles et vos remarques précises. Le point sur les vestiaires est juste : ils seront refaits en janvier.",
        "Merci pour votre avis. Le déplacement était inclus dans notre devis, mais nous comprenons que ce n'était pas clair et nous aimerions en parler avec vous. Vous pouvez joindre l'atelier au 02 98 12 34 56.",
        "Trugarez ! Merci pour ce chouette avis, on est contents que le kouign-amann ait fait l'unanimité. À bientôt à la boulangerie !",
        "Grazie mille pour ce message ! Nous sommes heureux que vous ayez profité du camping et des couchers de soleil sur le golfe. À l'année prochaine, on l'espère.",
        "Merci bien pour votre avis ! Nous sommes contents que la plongée à Saint-Leu vous ait plu. Revenez nous voir pendant la saison des baleines !",
        "Merci beaucoup pour vos bénédictions ! Toute l'équipe de l'école de langues est heureuse de vos progrès en wolof. Jërëjëf et à très bientôt.",
        "Merci mille fois ! On est ravis que les photos du mariage vous aient plu, c'était un vrai plaisir de travailler avec votre famille. Yalla, à la prochaine fête !",
        "Merci pour votre message ! Ravis que les enfants aient fait de beaux progrès sur les skis cette semaine. Les inscriptions pour février ouvrent dès lundi sur notre site, à bientôt sur les pistes.",
        "Merci beaucoup, c'est gentil tout plein ! Content que votre vélo roule de nouveau comme un neuf. Passez quand vous voulez pour un petit réglage.",
        "Merci ben gros pour ton beau commentaire! Content que le chauffe-eau marche comme du monde. Gêne-toi pas pour nous rappeler si t'as besoin.",
        "merci bcp 🥰 trop contents que ton tatouage te plaise, envoie nous une photo quand il est cicatrisé !!",
        "Madame, Monsieur, nous vous remercions d'avoir pris le temps de nous faire part de votre expérience. Nous regrettons sincèrement qu'elle n'ait pas été à la hauteur de vos attentes et vous invitons à écrire à contact@studio-lumiere.fr afin que nous puissions en discuter.",
        "Vous avez raison : Théo vous a donné une mauvaise date de retrait pour vos tirages, et nous vous présentons nos excuses. C'est notre responsabilité en tant que studio, notre agenda aurait dû éviter cette erreur. Vos photos vous attendent quand vous le souhaitez.",
        "Merci pour votre fidélité ! Pour celles et ceux qui nous lisent : notre offre de parrainage donne une semaine gratuite au parrain et au filleul, sans aucune condition d'avis.",
        "Merci pour votre avis. Nos conditions de réservation prévoient qu'une annulation à moins de 48 heures n'est pas remboursable, ce qui est frustrant, nous le savons. Vu l'alerte tempête, nous vous proposons volontiers de reporter votre sortie sans frais : écrivez-nous à resa@vedettes-glenan.fr.",
        "Nous sommes désolés de ce qui est arrivé à votre voiture sur notre parking. Nous avons remis les images à la gendarmerie et nous tenons une attestation à votre disposition pour votre assurance.",
        "Merci pour les cinq étoiles, à samedi pour le cours de yoga !",
        "Désolés que le tarif vous ait paru élevé. Nous l'annonçons avant de commencer, mais nous sommes toujours prêts à en rediscuter : appelez-nous.",
        "Merci pour ce très bel avis ! Solène, qui vous a conseillé ce roman, est ravie qu'il vous ait plu. Notre club de lecture se réunit le premier jeudi du mois, tout le monde est le bienvenu.",
        "Nous sommes désolés que les douches aient été froides lors de votre dernière soirée. Le chauffe-eau est tombé en panne le dimanche et le technicien n'a pu venir que le lundi. Une nuit vous a été remboursée.",
        "Merci d'avoir choisi nos fleurs pour l'anniversaire de votre maman. Nous sommes désolés que les pivoines soient arrivées trop ouvertes. Appelez la boutique au 04 78 12 34 56 et nous vous livrerons un nouveau bouquet.",
        "Nous prenons note de votre note de deux étoiles et sommes désolés du retard. Une urgence a décalé nos rendez-vous et nous aurions dû vous prévenir en salle d'attente. N'hésitez pas à appeler le cabinet pour en parler.",
        "Merci pour votre avis ! Pour ceux qui nous cherchent : nous avons déménagé au 8 rue de la République, juste en face de la poste. Même équipe, atelier plus grand.",
        "On l'avoue, notre playlist de salle d'attente tourne un peu trop autour de Céline Dion. Merci de l'avoir supportée, et merci pour vos mots gentils sur le détartrage !",
        "Désolés que votre commande soit arrivée froide. Le remboursement est déjà crédité sur votre compte, et nous revoyons l'organisation des tournées pour que le livreur n'enchaîne plus trois adresses avant la vôtre.",
        "Merci beaucoup ! Ce fut un honneur de photographier les retrouvailles de votre famille. La galerie reste en ligne un an, pas d'urgence pour télécharger.",
        "Merci pour votre retour. Les nouveaux tarifs ont été envoyés par courriel à tous les adhérents en septembre, mais nous comprenons que le message ait pu passer inaperçu. Passez à l'accueil ou écrivez à bonjour@forme-plus.fr, nous regarderons ensemble les options.",
        "Merci, c'est très gentil !",
        "Vous avez raison, le cours était trop chargé et nous nous en excusons. Depuis cette semaine, les cours du soir sont limités à dix-huit tapis.",
        "Merci pour votre retour honnête, et désolés que la coupe de votre chien ait été plus courte que prévu. Appelez-nous au 01 23 45 67 89 pour qu'on note ensemble la longueur souhaitée pour la prochaine fois.",
        "merci beaucoup pour votre avis, on est contents que le cours d essai vous ait plu, a bientot a l ecole de langues !",
        "Merci pour votre avis ! Désolés que la monture ait glissé au bout d'une semaine : c'est un réglage à refaire, gratuit et en cinq minutes. Passez quand vous voulez, Julie s'en occupera.",
    ],
}
