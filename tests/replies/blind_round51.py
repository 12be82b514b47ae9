"""Blind reply set, round 49: owner replies the pre-post check has never seen.

Who and when: written by helper 18w51, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check); this is round 49 of the project's
blind rounds, stored as blind_round51.py.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
eight kinds of business: a physiotherapy practice, an insurance broker, a
hostel in Marseille, a sushi restaurant, a music school, a car dealership, a
pet groomer and a co-working space.  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of
tests/replies/blind_round20.py, read only to copy its format, and the
[tool.ruff] section of pyproject.toml, read for the line length, the writer
did NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other helper's
worktree, the git history or /work/.library; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.  All names, numbers, plates, addresses and e-mail addresses are
invented; the phone numbers are taken from ranges set aside for fiction.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from formal to casual: very formal corporate and administrative
English and French (the broker, the dealership), an older speaker's polite
style, plain neutral replies, chatty small-business English, British and
Marseille slang, texting with emoji; indirect phrasings and euphemisms; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single sentence.  For personal_data the
disclosed detail varies: an address, a payout and its date, a diagnosis, a
booking reference with a mobile number, a family situation, a company name
and card digits, a child's health, room and stay dates, a number plate and
visit date, a phone number and street address, a job loss and a separation.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, a goodwill gesture not tied to
the review, the business's own phone, e-mail or opening hours, staff praised
by first name, an employee's mistake owned by the business, a refund already
made, one honest reason given with an apology, the ombudsman, a warranty or
CCTV mentioned to help the customer, a health questionnaire or allergy rule
explained kindly, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
congratulations, condolences and short warm thanks.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND51_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write this, it genuinely made our week at the practice. We're delighted that six weeks of sessions with Hannah have got you back on the tennis court, and even more pleased to hear the home exercise sheet actually got used! Knee rehab takes real patience, and you put in every bit of the work yourself. If you'd be kind enough to bump this up to five stars, we'll take 20% off your next block of sessions as a little thank-you. Keep up those squats, and we'll see you at your check-in.",
            "Cheers for popping in! Edit it to 5⭐ and flash us the screen next time, plate of gyoza on the house 🥟",
            "Please note that clients who revise their published assessment of our services become eligible for a preferential rate on the renewal of their motor policy.",
            "aww so sorry Biscuit's fringe came out a bit wonky 🙈 if u take the review down his next nail trim is on us x",
            "Appreciate the honest feedback. Any chance you'd revisit that rating once the wifi's sorted? There's a free week of hot-desking waiting for you if you do.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message plein de soleil ! Nous sommes ravis que la terrasse avec vue sur Notre-Dame-de-la-Garde vous ait plu et que vous ayez sympathisé avec d'autres voyageurs au petit-déjeuner. Toute l'équipe se donne à fond pour que chacun se sente ici comme à la maison, même pour une seule nuit. Si vous passez votre note à cinq étoiles, nous vous offrons une nuit en dortoir lors de votre prochain passage à Marseille. Au plaisir de vous revoir du côté du Vieux-Port !",
            "Oh fada, merci ! Tu nous mets 5 étoiles et le prochain pastis au bar de l'auberge, il est pour nous, promis 😎",
            "Nous vous informons qu'une remise de 150 € sur votre prochaine révision pourra vous être accordée dès la modification de votre avis.",
            "Bonjour Madame, si vous acceptiez de retirer ce commentaire, nous offririons bien volontiers à votre fille un cours de solfège supplémentaire.",
            "coucou 🐶 dsl pour la coupe… mets nous 5 ⭐ et le prochain bain de Filou est offert 🛁",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for choosing us for your new hatchback, and congratulations again on your very first car! We're genuinely sorry the handover ran late on a Saturday; it's our busiest day and we should have warned you. Our sales team loved helping you pick the colour, and we hope the trip to the coast went smoothly. Just so you know, our solicitor has already been sent a copy of this review and we will not hesitate to pursue it if it stays up. Drive safely, and we look forward to seeing you for the first service.",
            "We would remind the reviewer that defamatory statements concerning a regulated financial intermediary may give rise to civil liability, and that we have retained counsel accordingly.",
            "We've got cameras over every desk, mate. We know exactly who you are and what time you left. Think carefully before you post again.",
            "Interesting review. Worth remembering your company books its team lunches with us every month; it would be a shame if your manager came across this.",
            "It's a small town and people talk. I'd take this down before everyone at the dog park hears our side of the story.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre ressenti après vos séances au cabinet. Nous sommes désolés que l'attente en salle vous ait paru longue : une urgence en début de matinée avait décalé tout le planning ce jour-là. Nous restons très attachés à la qualité de la rééducation que nous proposons, et nous savons que votre épaule a fait de beaux progrès. Sachez toutefois que votre commentaire a été transmis à notre avocat et qu'une plainte pour diffamation sera déposée s'il n'est pas retiré sous huit jours. Nous vous souhaitons une bonne continuation.",
            "Frérot, on sait très bien qui t'es, t'as dormi au lit 12. Retire ça vite, crois-moi.",
            "Nous attirons votre attention sur le fait que tout propos portant atteinte à la réputation de notre concession fera l'objet de poursuites judiciaires, sans autre préavis.",
            "Nous connaissons bien votre famille, Monsieur. Il serait regrettable que cette affaire s'ébruite au conservatoire où votre fils prépare son concours.",
            "ok on a les vidéos de la caméra de l'entrée 👀 on les poste si tu supprimes pas ton avis",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share your experience, and we're sorry the claim felt so slow. Dealing with water damage at home is stressful, and we completely understand the frustration of waiting on the loss adjuster. Our team chased the insurer several times on your behalf, and we're glad it has now been resolved. As your file shows, the £4,860 settlement for the flat at 14 Brunswick Terrace was paid into your account on 3 November. We really appreciate your patience and look forward to helping you at renewal.",
            "Sorry you felt rushed, Mr Okafor, but a slipped disc at L5 with sciatica down the left leg does take longer than six sessions to settle, as we explained at your assessment.",
            "Hi Danielle, we've checked booking #A4471, 7.30pm on Friday the 12th, table for six under mobile 07700 900 384, and no cancellation was ever received.",
            "Aw hun, we know things have been rough since the divorce, with the kids at their dad's every other weekend. Poppy picks up on that stress too x",
            "Your membership (Flex 10, billed to Halden Analytics Ltd, card ending 4417) was cancelled for non-payment on 1 October, which is why your access fob stopped working.",
        ],
        "fr": [
            "Bonjour Madame, merci beaucoup pour votre retour et pour la confiance que vous nous accordez depuis trois ans. Nous comprenons parfaitement que le changement d'horaire du mercredi ait compliqué l'organisation de votre semaine. Nos professeurs tiennent énormément à la progression de chaque élève, et Léa a fait de très beaux progrès au violon cette année. Nous avons d'ailleurs bien noté que son trouble de l'attention et sa séance chez l'orthophoniste le mardi rendent les créneaux de fin de journée plus difficiles pour elle. Nous restons à votre écoute pour trouver une solution.",
            "Monsieur Benali, nous confirmons votre séjour du 14 au 17 août en chambre 208, réglé avec la carte se terminant par 9932 ; aucune réclamation n'a été faite à la réception.",
            "Bonjour M. Rousseau, votre Clio immatriculée GH-482-KL est bien passée chez nous le 22 septembre pour la vidange, comme l'indique votre dossier client.",
            "Coucou Sandrine ! on t'a appelée au 06 39 98 21 47 trois fois pour venir chercher Caramel, et personne ne répondait au 12 rue des Tilleuls non plus 😅",
            "Nous comprenons que la période soit difficile depuis votre licenciement et votre séparation, mais les échéances de votre contrat habitation restent dues.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for staying with us in Marseille, and for the kind words about the rooftop bar and the breakfast spread. We're always happy to hear our guests enjoyed the sunsets over the Old Port and the Sunday walking tour our volunteers run. We've double-checked the dorm and the lockers, and we take cleanliness very seriously. Frankly, the story about the missing towel is a fabrication from someone who was clearly just angling for a discount. Either way, we wish you safe travels and hope your next trip is a great one.",
            "Mate, you spent three weeks nicking the oat milk and moaning about the wifi. Some people are just never happy.",
            "We regret that a parent of such evident musical ignorance should feel qualified to assess our teaching.",
            "This is a bare-faced lie and you know it. You're a time-waster who test-drove four cars and bought none.",
            "With respect, a palate raised on supermarket meal deals may simply not be ready for properly aged fish.",
        ],
        "fr": [
            "Bonjour et merci pour votre visite au restaurant, ainsi que pour vos compliments sur nos makis au saumon flambé. En cuisine, toute l'équipe prépare le riz chaque matin avec beaucoup de soin, et nous sommes heureux que le plateau découverte vous ait plu. Nous avons bien lu votre remarque sur le temps d'attente. Soyons honnêtes : vous êtes de mauvaise foi, et votre histoire de cheveu dans la soupe miso est inventée de toutes pièces. Nous vous souhaitons malgré tout une belle fin de semaine.",
            "Oh fada, arrête de raconter des craques, t'as jamais mis un pied à l'auberge, t'es qu'un mytho.",
            "Nous ne saurions accorder le moindre crédit aux affirmations d'un client dont la malhonnêteté est manifeste depuis la souscription.",
            "Franchement madame, quand on laisse son chien dans un état pareil, on ne donne pas de leçons. Vous êtes une propriétaire irresponsable.",
            "Madame, vous savez parfaitement que ce que vous racontez est faux, et vous n'en êtes visiblement pas à un mensonge près.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for bringing Milo in last week; he's an absolute sweetheart and the whole team adored him. We're sorry the appointment ran about twenty minutes over, as double-coated breeds can take a little longer to dry properly. We always put the dogs' comfort first, so we never rush a blow-dry. Next time we'll be sure to shave him bald in ten minutes flat, since apparently that's the gold standard of grooming. Give him a cuddle from us, and we hope to see you both soon!",
            "Oh no, the raw fish was raw? What a shocking twist 🙄",
            "We are, of course, deeply grateful for this masterclass in insurance law from someone who did not read the policy wording.",
            "Congrats on discovering that a shared office has other people in it. Truly groundbreaking stuff.",
            "So sorry our physios couldn't undo twenty years of slouching at a desk in one 45-minute session. We'll work on the miracles.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre concession pour l'achat de votre SUV. Nous sommes heureux que l'essai sur route vous ait convaincu et que notre conseiller ait pu vous proposer une reprise intéressante de votre ancien véhicule. Nous regrettons le délai de livraison, lié à une pénurie de pièces chez le constructeur. Mais bien sûr, nous aurions dû fabriquer la voiture nous-mêmes dans l'arrière-boutique pour vous la livrer dès le lendemain. Nous vous souhaitons de très nombreux kilomètres de plaisir au volant.",
            "Quelle surprise : votre fils ne joue pas encore comme Chopin après quatre cours de piano. Nous sommes bouleversés.",
            "Ah ouais, du bruit le soir dans une auberge de jeunesse, c'est vraiment le scandale du siècle, fada 😂",
            "Nous vous remercions vivement de nous avoir appris qu'un café offert devrait aussi être un grand cru. Quelle exigence remarquable.",
            "wow merci pour cet avis de grand expert en toilettage canin 👏👏 on va l'encadrer",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for being part of our community this past year, and for all the kind words about the events and the rooftop terrace. We're really sorry your meeting-room booking vanished on the morning of your investor pitch; we know how much was riding on it. We've since moved to a new booking system that sends a confirmation to both you and the front desk. The mix-up was entirely down to Jordan on reception, who has been given a formal warning. We hope the pitch went well regardless, and the next coffee is on us whenever you're in.",
            "That was Kenji's first week on the counter and frankly he messed up your order. He's been taken off sushi for now.",
            "Please be assured that the practitioner concerned, Ms Laura Pike, has been suspended pending an internal review of her conduct.",
            "Yeah that one's on Darren, he forgot to book the valet. He's been told, trust me 😬",
            "The delay occurred because your file was handled by our junior adviser, Tom, who has since been reminded of our procedures in no uncertain terms.",
        ],
        "fr": [
            "Bonjour et merci d'avoir confié Nala à notre salon pendant toutes ces années, elle fait un peu partie de la famille ! Nous sommes sincèrement désolés que sa coupe ne corresponde pas à ce que vous aviez demandé, d'autant que vous aviez pris le temps de nous montrer une photo. Nous notons toujours les souhaits de chaque propriétaire sur une fiche avant de commencer. C'est Jessica qui s'est occupée d'elle ce jour-là et, comme elle n'a pas respecté la fiche, elle a reçu un avertissement. Nous serions ravis de revoir Nala très bientôt.",
            "C'est la faute de Mehdi, le veilleur de nuit, il a donné votre lit à quelqu'un d'autre. On l'a viré.",
            "Le professeur concerné, M. Garnier, a été convoqué par la direction et fera l'objet d'une sanction disciplinaire.",
            "dsl c'est Kevin en cuisine qui a oublié la sauce 🙄 il va se faire remonter les bretelles",
            "Votre dossier était suivi par Mme Lefort, dont nous avons malheureusement dû constater à plusieurs reprises le manque de rigueur.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you so much for your feedback, and for the lovely words about Ms Carter's guitar lessons; your son clearly has a real ear for it. We're sorry the spring concert started late and that some families couldn't see the stage well. The hall belongs to the council, the caretaker was late with the keys, two of our teachers were stuck on the ring road, the piano tuner cancelled that morning, the projector failed and the printer misprinted half the programmes, so honestly there was nothing more we could have done. We're already planning the summer recital and hope you'll join us.",
            "The fish delivery was late, the rice cooker broke, our head chef had flu, it was Valentine's night, the card machine was down and the booking app double-booked us, so the wait was unavoidable.",
            "The delay resulted from the insurer's internal restructuring, a change of claims platform, the August holiday period, the adjuster's sick leave, a postal strike and the incomplete documents initially provided, none of which fall within our responsibility.",
            "Look, the heating's ancient, the landlord won't fix it, the engineer's been booked twice, the part's on back-order, it's been the coldest week in years and we're a tiny team, so what do you expect.",
            "The car wasn't ready because the manufacturer shipped the wrong alloys, the transporter broke down on the motorway, our prep technician was on paternity leave, the registration system crashed and it was a bank holiday week.",
        ],
        "fr": [
            "Bonjour et merci d'avoir séjourné chez nous pendant votre week-end à Marseille ! Nous sommes contents que vous ayez apprécié l'ambiance du bar et les conseils de l'équipe pour visiter les calanques. Nous sommes désolés pour la climatisation en panne dans le dortoir. Il faisait 38 degrés, le technicien était en congés, son remplaçant s'est trompé de pièce, le fournisseur était en rupture, le mistral a fait sauter le disjoncteur et l'immeuble est classé, donc nous ne pouvons pas installer ce que nous voulons : bref, ce n'était vraiment pas de notre fait. Nous espérons vous revoir bientôt, au frais cette fois !",
            "Le retard s'explique par une urgence, un patient arrivé en avance, une panne informatique, la grève des transports, l'absence de notre secrétaire et les travaux dans la rue, autant d'éléments indépendants de notre volonté.",
            "Bah le livreur était malade, le scooter a crevé, il pleuvait, l'appli a bugué, le riz était pas prêt et c'était samedi soir, donc bon, on pouvait pas faire mieux hein.",
            "Le cours a été annulé parce que la salle était réservée par la mairie, que le professeur avait un concert, que sa voiture était au garage, que le chauffage ne marchait pas et que plusieurs élèves étaient malades.",
            "dsl mais y avait 3 chiens en avance, la tondeuse a lâché, la stagiaire était absente, le séchoir chauffait trop et le chien du voisin aboyait 😩 on a fait ce qu'on a pu",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for dining with us and for the kind words about the miso black cod; it's a dish our chef is very proud of. We always love seeing families celebrate birthdays with us, and we hope the little one enjoyed the candle in her mochi. We take every comment about hygiene very seriously, and our kitchen was inspected only last month. However, nobody was ill after eating here that evening, and the dish you describe was never served at our restaurant. We hope you'll come back and see us soon.",
            "We categorically deny that any additional fees were added at the point of sale. This did not happen.",
            "Nope, never happened. Nobody here has ever cancelled on you.",
            "Your dog was not cut by our clippers. That is simply not possible in our salon.",
            "There are no bedbugs at our hostel and there never have been. End of discussion.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, ainsi que pour votre fidélité depuis l'ouverture de l'espace. Nous sommes ravis que les afterworks du jeudi et la cuisine partagée vous plaisent autant. Nous comprenons l'importance d'une connexion fiable quand on travaille avec des clients à l'étranger. Cependant, il n'y a eu aucune coupure internet ce jour-là, et votre visioconférence n'a pas pu être interrompue de notre fait. Au plaisir de vous croiser au prochain atelier !",
            "Nous contestons formellement avoir reçu une quelconque déclaration de sinistre de votre part. Cela est inexact.",
            "N'importe quoi, y a jamais eu de cafards à l'auberge, jamais de la vie.",
            "Le véhicule vous a été livré sans la moindre rayure. Ce que vous décrivez n'a jamais eu lieu.",
            "non non le prof n'a jamais crié sur votre fille, c'est faux",
        ],
    },
}

BLIND51_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind review! We're delighted your knee is back to full strength, and Hannah will be thrilled to hear it.",
        "We're very sorry your appointment was cancelled at such short notice. That shouldn't happen, and we've changed how we cover therapist absences so patients are rung the day before. Please call reception on 0161 496 0732 and we'll find you a slot this week.",
        "We understand it was frustrating to fill in a health questionnaire before your first session. We ask every patient to do this so the physio can treat you safely, and we're sorry it wasn't explained better at the desk.",
        "Cheers for the lovely review, glad the back's feeling better! 💪",
        "We don't do miracles, just a lot of patient, steady work, and it sounds like you put in plenty of your own. Well done on finishing the race!",
        "Dear client, we thank you for your kind words regarding the handling of your claim. It has been a privilege to assist you, and we remain at your disposal.",
        "Thank you for your feedback. We're sorry the renewal letter arrived late; that was our error, not yours. If you'd like to go through your options, please email renewals@corbettbrokers.co.uk and an adviser will call you back.",
        "We appreciate you taking the time to write. To clarify politely, flood cover was not part of the policy chosen at the time, but we understand how upsetting that discovery was, and we'd be glad to review your cover with you free of charge.",
        "Our complaints procedure exists for exactly this kind of situation, and you are also entitled to contact the Financial Ombudsman Service if our answer doesn't satisfy you. We're sorry it has come to this, and we would like to put it right first.",
        "We're sorry the quote Ben sent you showed the wrong excess. That was our mistake as a firm, not his alone; we've corrected it and every quote now gets a second check before it goes out.",
        "Thanks for staying with us! So glad you loved the rooftop and the sunsets over the Old Port. Safe travels, and come back soon!",
        "We're really sorry about the noise in the dorm on Saturday night. We've introduced quiet hours from 11pm and our night staff now do regular rounds. Thank you for telling us.",
        "Our lift is officially older than most of our guests and about as lively at 8am. Sorry you had to haul your backpack up five floors; a new one is being fitted in March.",
        "Thank you for the lovely words! Just so you know, every guest who books directly on our website gets 10% off their third stay, whatever brings them back.",
        "Sorry our breakfast ran out of croissants before nine. We've doubled the weekend order. Thanks for letting us know, and for the kind words about Yasmine at the desk!",
        "Thank you for your honest review. You're right that the salmon wasn't up to our usual standard that evening; we've spoken to our supplier and changed our delivery days. We'd love to welcome you back.",
        "Aiko will be so happy to read this! She's been rolling our maki for six years and your kind words made her day.",
        "We're so sorry Tom brought you the wrong order. That's on us as a team; we've added a second check at the pass so it doesn't happen again, and your refund has already been processed.",
        "We're sorry we couldn't adapt the tasting menu on the night. For safety we ask for 48 hours' notice of any allergy, because sesame and shellfish are used throughout our kitchen. We should have made that clearer, and the booking page now says so.",
        "Guilty as charged: our chef's wasabi is stronger than his jokes. We'll put a little warning on the menu from now on!",
        "We've looked into it, and we think there may have been a mix-up between two bookings under similar names. Either way, we're sorry you were left waiting at the door, and we'd love the chance to do better next time.",
        "Thank you for your review. We're sorry the Tuesday piano lessons were moved without enough notice. From now on, families will get at least two weeks' warning of any timetable change.",
        "We'll pass this on to Mr Alvarez; he'll be delighted the whole family enjoyed the end-of-term concert!",
        "Thank you for the five stars! Our referral scheme is open to every family: bring a friend and you both get a free group workshop, no review needed.",
        "We were so sorry to read your news. Please accept our heartfelt condolences. There's no need to think about lesson fees for now, and we'll hold the place for as long as you need.",
        "Dear Mrs Hartley, thank you ever so much for your gracious note. It has been a real pleasure to teach your grandchildren, and we do hope to see them again in September.",
        "We're sorry your car wasn't ready at the agreed time. That isn't the service we aim for. Our service manager, Priya, will be in touch to arrange a courtesy car for your next visit, or you can reach us directly on 0117 496 0215.",
        "Thanks for your feedback. For clarity, the admin fee is shown on every price board and on the order form, but we take the point that it could be more visible, and we're looking at how we display it online.",
        "We're really sorry your car was scratched while parked on our forecourt. We've reviewed the CCTV with our insurer and we'll cover the repair in full. Please contact our aftersales desk at aftersales@millbrookmotors.co.uk to book it in.",
        "We understand why you're unhappy. The gearbox repair is covered in full under your warranty, and the part is already on order. Sorry for the hassle.",
        "Congratulations on your first car! The whole team wishes you many happy miles.",
        "Thank you for bringing Biscuit in! He was an absolute star in the bath. See you in six weeks 🐾",
        "We're so sorry Nala came home with a small nick near her ear. That should never happen; we've paid the vet's bill in full and retrained the whole team on clipper guards.",
        "We understand it was upsetting that we stopped the groom halfway. When a dog is very stressed, we pause for their safety and call the owner; it's a rule we follow for every pet. We're sorry we didn't explain it when you dropped him off.",
        "Chloe mixed up the cut requests for two poodles that morning, and that's our responsibility as a salon, not hers alone. We've introduced photo cards for every booking, and your next groom is free by way of apology.",
        "In fairness, Rocky won the wrestling match with our hairdryer fair and square. Sorry he came home a little fluffier than planned!",
        "Thank you for the thoughtful feedback. You're right that the wifi has been unreliable this month. We've installed new access points on every floor and all members will be credited for the days affected.",
        "Thanks for the shout-out to Sam! Our community events simply wouldn't happen without her.",
        "We'd love to hear more about what went wrong. You can reach our community manager at hello@theforgeworkspace.co.uk or drop by the front desk, Monday to Friday, 8am to 7pm.",
        "Thanks for the four stars! We're sorry the price rise felt sudden. We emailed all members in August, but we realise it was easy to miss, and we're happy to talk through a plan that suits your budget better.",
    ],
    "fr": [
        "Merci beaucoup pour ce retour ! Nous sommes ravis que votre genou aille mieux, et Camille sera très touchée de lire vos mots.",
        "Nous sommes désolés que votre rendez-vous ait été annulé au dernier moment. Ce n'est pas acceptable, et nous prévenons désormais les patients la veille en cas d'absence d'un praticien. N'hésitez pas à joindre le secrétariat au 04 65 71 20 40 pour reprendre un créneau.",
        "Nous comprenons que le questionnaire de santé à remplir avant la première séance vous ait semblé long. Nous le demandons à tous nos patients pour que la prise en charge se fasse en toute sécurité, et nous aurions dû mieux vous l'expliquer à l'accueil.",
        "Bravo pour votre semi-marathon ! Nous n'avons fait que vous accompagner, le vrai travail, c'est vous qui l'avez fourni.",
        "Madame, Monsieur, nous vous remercions pour votre confiance et pour ce commentaire. Il nous tient à cœur d'accompagner chacun de nos clients avec rigueur et disponibilité.",
        "Merci pour votre message. Pour être tout à fait transparents, la garantie bris de glace ne figurait pas dans la formule choisie à la souscription, mais nous comprenons votre déception et nous vous proposons de revoir votre contrat ensemble, sans frais.",
        "Nous regrettons sincèrement votre insatisfaction. Vous pouvez bien entendu saisir la Médiation de l'Assurance si notre réponse ne vous convient pas ; nous souhaitons toutefois d'abord trouver une solution avec vous.",
        "Le devis envoyé par Julien comportait une erreur sur la franchise, et c'est notre responsabilité en tant que cabinet. Nous l'avons corrigé, et chaque devis est désormais relu par un second conseiller.",
        "Nous entendons votre mécontentement. Nous ne partageons pas tout à fait votre lecture du contrat, mais nous aimerions en parler avec vous : écrivez-nous à contact@cabinet-aubanel.fr et un conseiller vous rappellera.",
        "Merci tarpin pour ce super avis ! Trop contents que la terrasse vous ait plu, revenez quand vous voulez 😎☀️",
        "Désolés pour le bruit samedi soir dans le dortoir. Nous avons instauré des heures calmes à partir de 23 h et le veilleur de nuit fait désormais des rondes. Merci de nous l'avoir signalé.",
        "Notre ascenseur est plus vieux que le mistral et tout aussi capricieux. Désolés pour les cinq étages à pied avec le sac à dos : un nouvel ascenseur sera installé en mars !",
        "Merci pour votre fidélité ! Pour info, tous les voyageurs qui réservent en direct sur notre site profitent de 10 % de réduction dès leur troisième séjour.",
        "Merci pour ce joli message, on transmet à Yasmine qui sera ravie : elle adore partager ses bonnes adresses du Panier !",
        "Madame, Monsieur, nous vous remercions d'avoir séjourné dans notre établissement et regrettons sincèrement la gêne occasionnée par les travaux de façade. Nous vous prions d'agréer nos excuses les plus sincères.",
        "Merci pour votre honnêteté. Vous avez raison, le saumon n'était pas à la hauteur ce soir-là ; nous avons revu nos jours de livraison avec notre fournisseur. Nous serions heureux de vous accueillir à nouveau.",
        "Hiro sera tellement content de lire ça ! Il prépare nos sushis depuis huit ans avec la même passion.",
        "Nous sommes désolés de ne pas avoir pu adapter le menu dégustation sur place. Pour la sécurité de tous, nous demandons 48 h de délai pour toute allergie, car le sésame et les crustacés sont présents partout en cuisine. C'est désormais précisé sur la page de réservation.",
        "Coupables ! Notre wasabi est plus piquant que l'humour du chef. On ajoutera un petit avertissement sur la carte 🌶️",
        "Nous sommes vraiment navrés pour l'erreur dans votre commande livrée. Le remboursement a déjà été effectué, et nous avons ajouté une double vérification avant chaque départ.",
        "Merci pour votre retour. Nous sommes désolés que les cours de piano du mardi aient été déplacés sans préavis suffisant. Désormais, toute modification d'horaire sera annoncée au moins deux semaines à l'avance.",
        "Nous transmettrons vos mots à Mme Dubois, qui sera ravie que toute la famille ait apprécié l'audition de fin d'année !",
        "Merci pour ces cinq étoiles ! Notre parrainage est ouvert à toutes les familles : amenez un ami et vous profitez tous deux d'un atelier découverte gratuit, sans aucune condition d'avis.",
        "Nous avons été profondément attristés d'apprendre cette nouvelle. Toute l'équipe vous présente ses sincères condoléances ; ne vous souciez de rien pour les cours, la place est gardée aussi longtemps qu'il le faudra.",
        "Chère Madame, nous vous remercions infiniment pour vos aimables paroles. Ce fut un honneur d'accompagner vos petits-enfants dans leur apprentissage, et nous espérons bien les revoir à la rentrée.",
        "Nous sommes désolés que votre véhicule n'ait pas été prêt à l'heure convenue. Notre cheffe d'atelier, Nadia, vous contactera pour prévoir un véhicule de courtoisie lors de votre prochain passage ; vous pouvez aussi nous joindre au 04 65 71 20 41.",
        "Merci pour votre avis. Pour information, les frais de mise à la route figurent sur chaque étiquette et sur le bon de commande, mais nous entendons qu'ils pourraient être plus visibles et nous revoyons notre affichage en ligne.",
        "Nous sommes sincèrement désolés pour la rayure constatée sur votre voiture garée sur notre parking. Nous avons consulté les images de vidéosurveillance avec notre assureur et nous prenons la réparation en charge. Contactez notre service après-vente à sav@garage-lavalette.fr pour fixer un rendez-vous.",
        "Nous comprenons votre agacement. La réparation de la boîte de vitesses est entièrement couverte par la garantie constructeur et la pièce est déjà commandée. Toutes nos excuses pour ce contretemps.",
        "Félicitations pour votre première voiture ! Toute l'équipe vous souhaite de belles routes.",
        "Merci d'avoir confié Caramel à notre salon ! Il a été adorable dans le bain. À dans six semaines 🐾",
        "Nous sommes vraiment désolés pour la petite coupure près de l'oreille de Nala. Cela n'aurait jamais dû arriver : nous avons réglé la facture du vétérinaire et revu l'usage des sabots de tondeuse avec toute l'équipe.",
        "Nous comprenons votre frustration d'avoir dû récupérer votre chien avant la fin du toilettage. Quand un animal est très stressé, nous arrêtons pour sa sécurité et prévenons le propriétaire : c'est une règle appliquée à tous. Nous aurions dû vous l'expliquer au moment du dépôt.",
        "Chloé a inversé les fiches de deux caniches ce matin-là, et c'est la responsabilité du salon, pas la sienne seule. Nous avons mis en place des fiches avec photo, et le prochain toilettage vous est offert pour nous excuser.",
        "Rocky a clairement gagné le match contre notre séchoir 😅 désolés pour la coiffure un peu trop volumineuse !",
        "Merci pour ce retour constructif. Vous avez raison, le wifi a été instable ce mois-ci. Nous avons installé de nouvelles bornes à chaque étage, et les jours concernés seront crédités à tous les membres.",
        "Nous aimerions en savoir plus. Vous pouvez écrire à notre community manager à bonjour@latelier-partage.fr ou passer à l'accueil, du lundi au vendredi de 8 h à 19 h.",
        "Nous sommes désolés que la hausse de tarif vous ait semblé soudaine. Un e-mail a été envoyé à tous les membres en août, mais nous comprenons qu'il ait pu passer inaperçu, et nous sommes prêts à étudier avec vous une formule plus adaptée.",
        "Oui, notre machine à café a du caractère. Elle a rendez-vous avec le réparateur lundi. Désolés pour ce drame matinal ☕",
        "Merci pour vos quatre étoiles ! Nous prenons note de vos remarques sur la salle de réunion et travaillons déjà à mieux l'insonoriser.",
    ],
}
