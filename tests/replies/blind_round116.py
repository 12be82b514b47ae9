"""Blind reply set, round 116: owner replies the pre-post check has never seen.

Who and when: written by helper w114, an independent writer, on 2026-12-07,
for blind round 114 (file tests/replies/blind_round116.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
gyms, yoga studios, climbing walls, bowling alleys, escape rooms, cinemas,
campsites and ski schools.  Each French reply was written directly in French,
not translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every reply carrying exactly one fault, and forty good English
and forty good French replies.
Trades: gyms and fitness clubs, yoga studios, climbing and bouldering walls,
bowling alleys, escape rooms, cinemas, campsites and holiday parks, ski schools.
Registers, drawn from: French from Annecy, Crozon, Lille, Marseille, Bordeaux,
Nantes, Grenoble, Montpellier, Concarneau, Lyon, the South-West, Belgium
(Etterbeek, Namur), Switzerland (Lausanne, Villars), Québec, Côte d'Ivoire,
Senegal and Cameroon, texting, very formal administrative French and
unaccented French; English from Sheffield, Stockport, Leeds, Edinburgh,
Dublin, Kinsale, Toronto, Minnesota, Queenstown, Auckland, New South Wales,
South Africa, Pune and Mumbai, texting with emoji, very formal corporate
English; veiled and polite phrasings; short one-liners; and, for every code
and language, one long warm reply (the first of each list) whose fault sits in
a single sentence or clause.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write,
compensation given to everyone affected, the business's own phone, e-mail,
address or opening hours, staff praised by first name, a named employee's
mistake owned by the business, a refund already made, one honest reason given
with an apology, legal terms, insurance, the police or CCTV mentioned to help
the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly, a price change explained with
an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND116_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up after your first bouldering session "
                "with us at Crag Yard in Sheffield. It's brilliant to hear that the intro course gave "
                "you the confidence to try the overhang by the end of the evening, and that the hire "
                "shoes fitted properly. Our setters stay late every Tuesday to refresh the green "
                "circuit, so knowing people notice makes all the difference. If you bump this up to "
                "five stars before Friday, we'll leave a free ten-visit punch card behind the desk "
                "for you. We also hope you'll try the Thursday social climb, which is a great way to "
                "meet partners. See you on the wall soon! Hannah and the Crag Yard crew"
            ),
            "cheers legend 🎳🔥 switch ur review to 5⭐ n ur next 2 games r on us, just flash it at the bar",
            (
                "Should you feel able to revise your rating to reflect a five-star experience, our "
                "Member Experience team would be pleased to extend your current membership by one "
                "complimentary month."
            ),
            (
                "We'd hate for one chilly night to define your stay with us... perhaps if this review "
                "were to quietly disappear, a free pitch for the August bank holiday might find its "
                "way to you 😉"
            ),
            (
                "Kindly update the rating to 5 stars sir, we will happily give you and family free "
                "tickets for next Saturday show as goodwill. Thank you for choosing Galaxy Screens Pune."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce retour si chaleureux après votre stage de yin "
                "yoga à l'Atelier Souffle, à Annecy. Nous sommes touchés de lire que la séance au bord "
                "du lac vous a aidée à retrouver un peu de calme après une année chargée. Notre "
                "professeure prépare chaque stage avec beaucoup de soin, et vos mots lui feront "
                "très plaisir. Si vous passez votre avis à cinq étoiles, nous vous offrirons "
                "volontiers un cours particulier à la rentrée. N'hésitez pas à revenir pour "
                "l'atelier respiration de novembre, les inscriptions ouvrent bientôt. Belle fin "
                "d'été à vous et à très vite sur le tapis !"
            ),
            "merci bcp 🙏 si tu enleves ton com on te file 2 places de cine gratos pour le prochain marvel 🍿",
            (
                "La direction vous informe qu'une remise de 20 % sur votre prochain forfait pourra "
                "vous être accordée sous réserve de la modification de l'appréciation publiée "
                "ci-dessus."
            ),
            (
                "Ben voyons, on est ben désolés pour l'attente au pied des pistes! Si tu montes ta "
                "note à 5 étoiles, ta prochaine leçon de ski est gratis, promis. L'équipe de l'école "
                "de ski du Mont-Sutton"
            ),
            (
                "On espère vraiment que vous reviendrez sur votre note ; une fois que c'est fait, une "
                "partie de bowling vous attendra gracieusement à l'accueil, savez-vous. Bowling du "
                "Cinquantenaire, Etterbeek"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks a million for taking the time to write about your evening at Lockbox Escape "
                "in Dublin. We're genuinely sorry the UV torch in the Pharaoh's Tomb room kept cutting "
                "out, and we've already replaced the batteries and ordered new torches for all three "
                "rooms. Our games master should have stepped in sooner with a hint, and we've talked "
                "as a team about watching the cameras more closely. That said, calling our staff "
                "'crooks' has been passed to our solicitor, and we will be taking it further if it "
                "isn't removed. We'd still love the chance to show you the room working as it should. "
                "Do give us a shout on 01 555 0192 whenever suits. Ciarán, Lockbox Escape"
            ),
            (
                "Post something like this again and you'll be barred from all six of our gyms, and "
                "we'll make sure every other gym in town knows your name."
            ),
            (
                "Please be advised that the content of this review has been forwarded to our legal "
                "department, which will assess appropriate action regarding the defamatory "
                "statements made against Summit Ski School."
            ),
            (
                "mate we've got u on CCTV at lane 4 👀 keep this up n "
                "the footage goes on our socials for all to see 🎳"
            ),
            (
                "We're sure your employer would be very interested to hear how you behaved at our "
                "campsite this weekend, so we'd think carefully before leaving this up, if we were "
                "you. Management, Drakensberg Tent & Trail"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre séjour au camping "
                "Les Genêts, à Crozon. Nous sommes sincèrement désolés que le bloc sanitaire du haut "
                "ait manqué d'eau chaude deux matins de suite, ce n'est pas le confort que nous "
                "voulons offrir. Le chauffe-eau a été remplacé dès la semaine suivante et nous avons "
                "ajouté une vérification quotidienne. Nous tenons toutefois à vous prévenir que notre "
                "avocat a été saisi au sujet des termes employés dans votre avis et qu'une plainte "
                "sera déposée s'il reste en ligne. Nous serions heureux de vous accueillir à nouveau "
                "au printemps. Bien à vous, Yann et Morgane"
            ),
            "t'as de la chance qu'on sache pas encore ou t'habites 😤 efface ca vite",
            (
                "Nous vous informons que vos propos ont été transmis à notre service juridique, "
                "lequel se réserve le droit d'engager toute procédure utile à votre encontre. La "
                "Direction, Salle Altitude Grimpe, Lausanne"
            ),
            (
                "Mon frère, on connaît ton patron hein. Si tu ne retires pas ce message, on va "
                "l'appeler pour lui raconter comment tu t'es comporté à la salle. Fitness Plus Cocody"
            ),
            (
                "Nous préférons vous le dire poliment : tout nouveau commentaire de ce genre "
                "entraînera votre exclusion de nos salles et un signalement à l'ensemble des "
                "cinémas du réseau."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks ever so much for the review, and we're really sorry the birthday party didn't "
                "run as smoothly as it should have. The bumpers on lanes 7 and 8 weren't set up in "
                "time, and that's on us, not on the kids. We've since added a pre-party checklist so "
                "every lane is ready fifteen minutes before guests arrive. I can see the booking "
                "under Mrs Rachel Okafor, reference BWL-48213, for Saturday 14 November, so I've "
                "already flagged it for a partial refund. We'd love to welcome the little ones back "
                "whenever you like. All the best, Gary at Strike Zone Stockport"
            ),
            "Hi Tom, we've tried calling you back on 07700 900412 three times now, please pick up!",
            "hey jess 👋 we emailed u at jess.moreau88@gmail.com about the lost locker key, check ur spam 🔑",
            (
                "Our records show the card ending 4417, held by Mr D. Naidoo of 12 Protea Road, "
                "Durbanville, and we will look into the duplicate charge for the lodge today."
            ),
            (
                "Rohan, we remember you well: you came on the 3rd with your sister Anjali and her two "
                "boys for the 6pm show, so we'll look into the seating mix-up."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour détaillé sur la semaine de cours de votre fille. Nous "
                "comprenons tout à fait votre déception concernant le changement de moniteur en "
                "milieu de semaine, et nous aurions dû vous prévenir plus tôt. Notre planning a été "
                "revu pour que chaque groupe garde le même moniteur du lundi au vendredi. Pour "
                "information, le dossier de Léa Garnier, réservation n° SK-2291 du 16 au 21 février, "
                "a bien été transmis à notre comptabilité pour un avoir. Nous espérons sincèrement "
                "la revoir sur les pistes l'hiver prochain pour décrocher sa deuxième étoile. "
                "Cordialement, l'école de ski des Arcs"
            ),
            "Salut Martin, on t'a laissé un message au 514 555-0187 hier soir, rappelle-nous quand tu peux!",
            (
                "coucou sandrine 😘 on a retrouvé ta carte bleue au vestiaire, "
                "c celle qui finit par 8812, passe la chercher"
            ),
            (
                "Madame Van Damme, nous avons bien pris note de votre réclamation ; votre abonnement "
                "n° 55014, domicilié rue des Tanneurs 14 à Namur, sera régularisé d'ici la fin du mois."
            ),
            (
                "Nous nous souvenons bien de vous, Monsieur Diallo : vous étiez venu le vendredi 9 "
                "avec votre compagne et ses deux enfants pour la salle « Le Manoir ». Nous allons "
                "regarder ce qui s'est passé avec le cadenas."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Kia ora and thank you for taking the time to share your thoughts about Saturday's "
                "vinyasa class at Ahi Yoga in Ponsonby. We always want every student to leave feeling "
                "better than when they arrived, so it's disappointing to read that the room felt too "
                "warm for you. Our heaters are set to 28 degrees for flow classes, and we're happy to "
                "find you a spot near the door next time. Honestly, though, it's pretty clear you were "
                "just angling for a free class pass from the start. We also run a gentle, unheated "
                "class on Wednesday evenings that might suit you better. Namaste, Mere"
            ),
            "You're lying, plain and simple, and everyone on the front desk knows it.",
            "mate ur a freeloader, u wanted ur money back after watching the whole film 🙄 classic",
            (
                "We regret to observe that this review appears to have been written in bad faith by "
                "a customer whose sole objective was to obtain a refund to which they were not "
                "entitled."
            ),
            (
                "Ah would you stop, you were the rudest man on the "
                "nursery slope all week and you know it full well."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous faire part de votre expérience au Club "
                "Forme de Lille-Fives. Nous sommes désolés que le rameur ait été hors service pendant "
                "deux semaines ; la pièce commandée est enfin arrivée et l'appareil fonctionne de "
                "nouveau depuis lundi. Nous avons aussi ajouté un affichage à l'accueil pour prévenir "
                "les adhérents en cas de panne. Franchement, on voit bien que vous cherchiez surtout "
                "un prétexte pour ne pas payer votre mois. Nous restons disponibles à l'accueil du "
                "lundi au samedi pour en parler. Bonne journée, l'équipe du Club Forme"
            ),
            "Vous mentez, tout simplement.",
            "t'es juste un radin qui voulait sa partie gratuite 😂 va jouer ailleurs",
            (
                "Nous constatons avec regret que votre avis relève d'une mauvaise foi manifeste, dans "
                "le seul but d'obtenir un remboursement injustifié."
            ),
            (
                "Oh fada, t'es le seul client qui râle depuis qu'on "
                "a ouvert le bowling, t'es vraiment un cas toi."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for getting in touch about your evening at the Regent Picturehouse in "
                "Edinburgh. We're sorry the projector lamp failed twenty minutes into the film, and we "
                "completely understand how frustrating that is on a night out. A replacement lamp has "
                "been fitted, and our duty manager now checks the spare stock every Monday. We're also "
                "truly honoured that you found the time to write us such a masterpiece of film "
                "criticism; Scorsese had better watch his back. Refunds for the interrupted screening "
                "have gone out to everyone who booked online. We hope you'll give us another go soon. "
                "The Regent team"
            ),
            "Wow, a whole two stars? We're so flattered you even bothered. 🙄",
            "omg so sorry the wall was too high for u 😭😭 we'll build a teeny tiny one just for u babe 💅",
            (
                "We sincerely apologise that our instructors failed to turn you into an Olympic "
                "champion within a single ninety-minute beginner lesson."
            ),
            (
                "Gee, thanks heaps for the tip that tents get wet when it rains, mate. We'd never "
                "have figured that one out on our own."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre partie dans la salle « Le "
                "Laboratoire » à Bordeaux. Nous sommes navrés que l'un des cadenas se soit bloqué en "
                "fin de partie, ce qui vous a fait perdre de précieuses minutes. Le mécanisme a été "
                "remplacé dès le lendemain et nos maîtres du jeu vérifient désormais chaque cadenas "
                "entre deux équipes. Bravo en tout cas d'avoir trouvé l'énigme finale avec seulement "
                "douze indices, un vrai génie du crime. Nous serions ravis de vous accueillir pour la "
                "nouvelle salle cet automne. À bientôt, l'équipe d'Enigma Bordeaux"
            ),
            "Quelle surprise, un client mécontent parce qu'il pleut au camping. On n'en revient pas.",
            "oh le pauvre 😢 le pop-corn était trop salé ?? on appelle les pompiers tout de suite 🚒🤣",
            (
                "Nous vous remercions infiniment pour cette leçon de gestion, dont nous ne manquerons "
                "pas de nous inspirer dès que nous aurons votre immense expérience en la matière."
            ),
            (
                "Ben voyons donc, excuse-nous d'avoir mis de la neige sur une piste de ski, on savait "
                "pas que ça te dérangeait autant 🙄"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks so much for taking a moment to share this, and I'm really sorry your first "
                "week at Northline Fitness on Queen Street wasn't the welcome you deserved. Joining a "
                "new gym can feel intimidating, and you should have been shown around properly and "
                "given your induction on day one. The mix-up happened because Kyle forgot to put you "
                "in the booking system, and frankly he should have known better. We've since added a "
                "second check at reception so new members are confirmed the same day they sign up. "
                "I'd love to book your induction personally this week at a time that suits you. "
                "Please reach out at hello@northlinefitness.ca. Dana, General Manager"
            ),
            "That was Siobhan on the desk that day. She has been spoken to.",
            "soz bout the lanes 🙈 that was all dave's fault, he's new n totally clueless lol",
            (
                "Following an internal review, we have determined that the booking error was caused "
                "solely by our reservations agent, Ms Priya Menon, who failed to follow the standard "
                "confirmation procedure."
            ),
            (
                "Our instructor Thabo was in charge of your group that morning, and he has been "
                "reminded that turning up on time is not optional. Highveld Snow School"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après votre séance de samedi "
                "soir au cinéma Le Lumière, à Nantes. Nous sommes vraiment désolés que vos places "
                "réservées aient été occupées et que vous ayez dû regarder le film au premier rang. "
                "Ce n'est évidemment pas l'accueil que nous voulons offrir, surtout pour une sortie "
                "en famille. C'est Kévin, à la caisse, qui a vendu deux fois les mêmes sièges, et ce "
                "n'est pas sa première erreur. Nous avons depuis mis à jour notre logiciel de "
                "billetterie pour bloquer les doubles réservations. Au plaisir de vous accueillir à "
                "nouveau. Cordialement, la direction"
            ),
            "C'était la faute de Julie, notre monitrice, elle a été recadrée.",
            "dsl pr l'attente 😩 c'est Momo qui gérait le planning ce jour-là, il a tout mélangé 🤦‍♂️",
            (
                "Après enquête interne, il apparaît que l'incident résulte exclusivement d'un "
                "manquement de M. Thierry Bossard, agent d'accueil, aux procédures en vigueur."
            ),
            (
                "Nous avons vu que c'est Awa, la réceptionniste de ce soir-là, qui n'a pas transmis "
                "votre réservation de piste. Elle a été sanctionnée. Bowling des Almadies"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for staying with us at Pine Hollow Campground and for taking the time to "
                "write such a thorough review. We're sorry the showers near loop C were lukewarm "
                "during your visit, because you should be able to count on hot water after a long day "
                "on the trails. To be fair, the propane delivery was held up by the storm, our usual "
                "plumber was away at his daughter's wedding, the replacement part had to come from "
                "Duluth, the county inspector changed the rules this spring, two of our summer staff "
                "quit without notice, and most weeks the whole place is run by just the two of us. "
                "We've now installed a backup water heater. We'd be glad to welcome you back next "
                "season. Barb & Jim"
            ),
            (
                "Not our fault. The storm, the power cut, the supplier, the bank holiday weekend and "
                "the council's roadworks all played their part."
            ),
            (
                "ya the AC died bc the tech cancelled, then the part was backordered, then the "
                "heatwave hit, then half the teachers got covid, then the landlord wouldnt pay 🤷‍♀️ "
                "not much we could do tbh"
            ),
            (
                "Please understand that the delay resulted from a combination of factors outside our "
                "control, including an unscheduled system upgrade, unusually high seasonal demand, a "
                "supplier's late delivery of rental equipment, revised insurance requirements for our "
                "instructors, and local road closures affecting staff arrival times."
            ),
            (
                "Sir, the movie started late because the previous show overran, the projector needed "
                "to cool, the cleaning staff had to clear the hall, the online ticket server was slow, "
                "there was heavy rain in Andheri and the power backup also took time to switch, so "
                "kindly understand our situation."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message après votre séance à Vertige Bloc, à Grenoble. "
                "Nous sommes sincèrement désolés que la salle ait été aussi bondée samedi et que vous "
                "ayez dû attendre à chaque bloc. Nous savons à quel point c'est frustrant quand on "
                "vient pour grimper. Il faut dire que ce jour-là, deux ouvreurs étaient malades, le "
                "système de réservation avait planté le matin, une école avait avancé sa sortie sans "
                "prévenir, la pluie avait annulé toutes les sorties en falaise, la ventilation faisait "
                "des siennes et notre nouveau logiciel de comptage n'était pas encore configuré. "
                "Nous allons désormais limiter les entrées le samedi après-midi. Au plaisir de vous "
                "revoir sur les murs ! L'équipe Vertige"
            ),
            (
                "Le retard vient de la neige, du télésiège, des moniteurs saisonniers, de la "
                "préfecture et des vacances scolaires. Pas de nous."
            ),
            (
                "les pistes 3 et 4 étaient en panne pcq le technicien venait de lyon, la pièce arrivait "
                "d'allemagne, y avait grève, le patron était en vacances et en plus c'était un samedi 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que cette situation résulte conjointement de contraintes "
                "réglementaires cantonales, d'un retard de livraison de notre fournisseur, d'une "
                "absence imprévue de personnel, d'une panne informatique et d'une affluence "
                "exceptionnelle liée aux vacances scolaires vaudoises."
            ),
            (
                "Faut comprendre que l'eau chaude a manqué parce que le propane a pas été livré à "
                "cause de la tempête, que le plombier était en vacances, que la municipalité a changé "
                "ses règlements pis qu'on a juste deux employés cet été."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to review your week of lessons with Alpine Kiwi Ski "
                "School in Queenstown. We're glad your son enjoyed the terrain park on the last day "
                "and that the lift passes were sorted quickly. We always want our young skiers to "
                "feel safe and looked after on the mountain. However, our instructors never leave "
                "children unattended on the slopes, so what you describe simply did not happen. We "
                "run a debrief with every family at the end of the week and would be happy to chat "
                "further if you'd like. Thanks again, and all the best for the rest of the season. "
                "Sophie"
            ),
            "That never happened.",
            (
                "nah sorry that's impossible 🙅 our lockers can't open "
                "without the code so nothing was taken from urs"
            ),
            (
                "We have reviewed the matter and can confirm that no member of our staff at Cinema "
                "Nova would ever speak to a customer in the manner alleged."
            ),
            (
                "There were no mice in the bell tents, full stop. "
                "We check every one of them every single morning."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir partagé votre expérience du cours de hatha du jeudi soir au "
                "studio Shanti, à Montpellier. Nous sommes heureux que la salle vous ait plu et que "
                "vous ayez apprécié la relaxation finale. Nos professeurs sont tous certifiés et "
                "attentifs au bien-être de chacun. En revanche, aucun de nos enseignants n'a jamais "
                "forcé un élève dans une posture, c'est tout simplement impossible chez nous. Nous "
                "proposons aussi des cours débutants le samedi matin si vous souhaitez reprendre en "
                "douceur. Au plaisir de vous retrouver, namasté, Élodie"
            ),
            "C'est faux, cela ne s'est jamais produit.",
            "nan impossible 😤 nos casiers ferment a code, personne a rien pu te voler",
            (
                "La direction tient à préciser qu'aucun incident de cette nature n'a été constaté ni "
                "ne saurait se produire dans notre établissement, nos équipes appliquant "
                "strictement les consignes."
            ),
            (
                "Chez nous au camping, les moustiquaires sont toutes neuves, donc les moustiques dans "
                "la tente, ça n'a pas pu arriver, hein. Camping Les Cocotiers, Kribi"
            ),
        ],
    },
}

BLIND116_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thanks so much for the kind words! We're chuffed the new squat racks are getting so "
            "much love. See you at the 6am class! Marcus, Ironworks Gym Leeds"
        ),
        (
            "We're sorry the ball return on lane 6 kept jamming during your game. That's not good "
            "enough, and our technician has since replaced the motor. Please get in touch at "
            "info@pinpalace.co.uk and we'll make it right for your group."
        ),
        (
            "Thanks for coming to the Roxy! Just so you know, our Roxy Rewards card is free for every "
            "visitor and gives you every tenth film free, so ask at the box office next time."
        ),
        (
            "Thank you for this lovely review! We've passed your thanks on to Aoife, who'll be "
            "delighted to hear her lesson gave you the confidence to get up on the red run."
        ),
        (
            "We're sorry you were given the wrong briefing for the Vault room by Tom on Saturday. "
            "That was our mistake as a business, not his: we hadn't trained him on the updated room "
            "yet. Every games master now gets the full briefing before running a room, and we'd "
            "love to have you back."
        ),
        (
            "We've already refunded the full cost of your two tickets to the card you paid with, "
            "so you should see it within 3 to 5 working days. Sorry again that the sound cut out "
            "during the film."
        ),
        (
            "Sorry the showers were cold on Sunday morning. Our boiler broke down overnight and the "
            "engineer couldn't come until midday. We should have put up a notice and opened the "
            "lodge showers, and we will next time."
        ),
        (
            "Thanks for raising this. Under our terms and conditions, lesson packages can be moved "
            "up to 48 hours before the start date, and we'd be happy to help you rebook. Drop us a "
            "line at bookings@snowfoxschool.com."
        ),
        (
            "We're so sorry to hear about your fall from the auto-belay and hope your wrist is "
            "healing well. Our insurer's claim form is available at reception or by e-mail, and our "
            "duty manager, Sam, would be happy to talk you through it on 0161 496 0734."
        ),
        (
            "We're really sorry your bike was taken from our car park. We've kept the CCTV footage "
            "from that evening and will pass it to the police as soon as they ask. If it helps, give "
            "them our number, 03 9123 4567."
        ),
        (
            "Guilty as charged: our popcorn machine has been louder than the films lately. It's "
            "booked in for repair this week, and we promise the only explosions next time will be "
            "on screen. Thanks for bearing with us!"
        ),
        (
            "Thanks for the three stars and the honest feedback about the changing rooms. You're "
            "right that they need updating, and the refurbishment starts in March."
        ),
        (
            "Thanks for your feedback. Our system shows the room timer ran for the full sixty "
            "minutes, but we know how fast time flies in there and we'd really like to understand "
            "what you experienced. Could you e-mail us at hello@cluelessescapes.ie so we can look "
            "into it together?"
        ),
        (
            "We were so sorry to hear of your father's passing. He bowled in our Tuesday league for "
            "years, and everyone here remembers his laugh. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your engagement! We're thrilled the proposal in the Treasure Room "
            "went perfectly, and our games master says it was the best final clue she's ever seen."
        ),
        (
            "Thanks for your review, and we're sorry the little ones were disappointed. For safety, "
            "children under 1.2 m can only use the kids' wall with a supervising adult. We should "
            "have explained that when you booked, and our website now makes it clearer."
        ),
        (
            "You're right that our day pass went up from £12 to £14 this year, and we're sorry it "
            "came as a surprise. Our energy bills have nearly doubled and we've kept the rise as "
            "small as we could. Off-peak passes are still £10 before 4pm."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the booking "
            "page, the signage to the upper field and the recycling bins are all fair, and we've "
            "shared them with the whole team. We'll be making changes before the summer."
        ),
        (
            "Sorry you found us closed! Our winter hours are 7am to 9pm on weekdays and 8am to 6pm at "
            "weekends. We should have updated our listing sooner, and it's now fixed."
        ),
        (
            "Thanks for letting us know the map pin was wrong. We're at 14 Harbour Lane, Kinsale, "
            "right beside the pier car park, and we've asked for it to be corrected. Sorry for the "
            "extra walk!"
        ),
        "aw thank u so much!! 🥰🧘‍♀️ so glad u loved the sunset class, see u on the mat soon xx",
        (
            "Thank you for your feedback regarding your recent visit. We apologise for the delay at "
            "check-in and have since added an additional team member during peak periods. Should "
            "you wish to discuss your experience further, please contact our Guest Relations team "
            "at guestrelations@peakcinemas.co.za."
        ),
        "Sorry about the lanes, fixed now. Thanks for telling us.",
        (
            "Thanks for the lovely review! In case it's useful, any member can refer a friend and "
            "you both get a free week. It's open to everyone, just ask at the desk."
        ),
        (
            "Thank you so much for your kind words, we are very happy your family enjoyed the "
            "weekend at our campsite near Lonavala. Our cook Rameshji will be delighted to hear you "
            "loved his pakoras! Do visit us again in the monsoon season."
        ),
        (
            "Shame, we're so sorry the braai area was packed on Saturday. We've added four more braai "
            "stands and a booking sheet at reception so everyone gets a turn. Hope to see you back "
            "soon!"
        ),
        (
            "Thanks heaps for the feedback. You're dead right that the ski hire queue was far too "
            "long on opening weekend. We've added a second fitting station and online pre-fitting, "
            "so it should be much quicker next time. Cheers, the Snowy Ridge Snowsports crew"
        ),
        (
            "Ah, thanks a million for the lovely review. We're delighted the hen party had a ball on "
            "the lanes, and sure the karaoke afterwards sounds like it was mighty. Come back to us "
            "any time!"
        ),
        (
            "Kia ora, thanks for the honest review. Sorry the bunk room was chilly overnight; we've "
            "now put extra blankets and a heater in every cabin. Ngā mihi, the team at Lakeside "
            "Holiday Park"
        ),
        (
            "Thank you for the feedback, and we apologize that the hot room wasn't warm enough on "
            "Tuesday. Our thermostat failed and a new one was installed Thursday. We've added a "
            "class credit to the account of everyone who booked that evening."
        ),
        (
            "We're sorry the showers were out of order last week. A plumber fixed them on Monday, and "
            "we've extended every member's billing by three days to make up for it."
        ),
        (
            "Cheers for the shout-out! Jonno will be stoked to hear his setting went down so well. "
            "The new overhang set goes up in two weeks."
        ),
        (
            "Thank you for telling us about the hearing loop in Screen 2. We're sorry it wasn't "
            "working. It has been repaired and we now test it before every screening. If you ever "
            "have a problem, please ask any member of staff."
        ),
        (
            "We're sorry the game felt too hard. The Vault is our toughest room and it's marked "
            "'expert' on the booking page, but we take your point that hints could come sooner. "
            "We've shortened the hint timer and would love to hear how you find it next time."
        ),
        (
            "We're really sorry your lesson was cancelled because of the high winds. A full refund "
            "went back to your original payment method on Tuesday, and we'd be glad to help you "
            "rebook whenever suits."
        ),
        "Thank you for your five-star review. We look forward to welcoming you again.",
        (
            "Thanks for the feedback. Our bowling ramp for wheelchair users is kept behind the "
            "desk, and we should have offered it straight away. The whole team has now been "
            "briefed, and we're sorry it took a review to put this right."
        ),
        (
            "Sorry the group on the neighbouring pitches was so noisy after midnight. Quiet hours "
            "on our site run from 11pm to 7am, and our warden should have stepped in. We've added a "
            "late patrol on Fridays and Saturdays. Please do give us another chance."
        ),
        (
            "We're sorry cancelling your membership was harder than it should be. Under our "
            "membership terms you can cancel with 30 days' notice by e-mail, and there's now a "
            "cancel button in the app too. If anything is still outstanding, e-mail "
            "members@forgefitness.co.uk and we'll sort it."
        ),
        "yesss so stoked u sent ur first V4 🧗‍♂️🔥 proud of u!! see u at the wall",
    ],
    "fr": [
        (
            "Merci beaucoup pour ce joli message ! Toute l'équipe du Bowling de la Baie est ravie que "
            "l'anniversaire se soit si bien passé. À très bientôt sur les pistes !"
        ),
        (
            "Bonjour, nous sommes désolés que la climatisation soit tombée en panne pendant le cours "
            "de biking. Un technicien est passé hier et l'appareil a été remplacé. N'hésitez pas à "
            "nous écrire à contact@salleforme-lyon.fr si vous souhaitez en parler."
        ),
        (
            "Merci pour votre visite ! Pour info, notre carte fidélité est gratuite et ouverte à "
            "tous : la dixième séance est offerte, il suffit de la demander en caisse."
        ),
        (
            "Merci infiniment ! Nous transmettons vos compliments à Margaux, qui sera très touchée "
            "de savoir que ses cours de vinyasa vous font autant de bien."
        ),
        (
            "Nous vous présentons nos excuses : Lucas vous a donné une mauvaise heure pour votre "
            "cours. L'erreur nous revient entièrement, car notre planning en ligne n'était pas à "
            "jour ; nous l'avons corrigé et revu notre procédure. Nous espérons vous revoir bientôt."
        ),
        (
            "Bonjour, le remboursement de vos deux places a été effectué hier sur votre carte ; il "
            "apparaîtra sous trois à cinq jours ouvrés. Encore désolés pour la coupure de son "
            "pendant la séance."
        ),
        (
            "Toutes nos excuses pour l'eau froide aux douches dimanche matin. Le chauffe-eau est "
            "tombé en panne dans la nuit et le plombier n'a pu venir qu'à midi. Nous aurions dû "
            "afficher un mot et vous orienter vers les douches de l'accueil ; ce sera fait la "
            "prochaine fois."
        ),
        (
            "Merci pour votre message. Conformément à nos conditions générales de vente, les cours "
            "peuvent être reportés jusqu'à 48 heures avant la date prévue. Nous serons ravis de vous "
            "aider à trouver un nouveau créneau : écrivez-nous à reservation@skivalmorel-ecole.fr."
        ),
        (
            "Nous sommes désolés d'apprendre votre chute et espérons que votre cheville se remet "
            "bien. Si vous le souhaitez, notre assurance peut prendre en charge certains frais : le "
            "formulaire est disponible à l'accueil ou sur simple demande au 04 76 12 34 56."
        ),
        (
            "Nous sommes navrés pour le vol de votre vélo sur notre parking. Les images de "
            "vidéosurveillance de la soirée ont été conservées et seront remises à la police dès "
            "qu'elle les demandera. Appelez-nous au 02 98 44 55 66 si nous pouvons vous aider."
        ),
        (
            "Vous avez raison, notre machine à pop-corn fait plus de bruit que les films d'action ! "
            "Elle part en réparation cette semaine. Merci pour votre patience et votre humour."
        ),
        (
            "Merci pour vos trois étoiles et vos remarques sur les vestiaires. Ils ont effectivement "
            "besoin d'un coup de neuf, et les travaux commencent en mars."
        ),
        (
            "Merci pour votre retour. D'après notre système, le chrono de la salle a bien tourné "
            "soixante minutes, mais nous aimerions comprendre ce que vous avez vécu. Pourriez-vous "
            "nous écrire à bonjour@lecadenas-rennes.fr pour qu'on en discute ?"
        ),
        (
            "Toute l'équipe vous présente ses sincères condoléances. Votre mari venait skier avec "
            "nous depuis tant d'hivers ; nous garderons un très beau souvenir de lui."
        ),
        (
            "Félicitations pour votre demande en mariage ! Nous sommes ravis que tout se soit si "
            "bien passé dans la salle du Trésor. Tous nos vœux de bonheur à vous deux !"
        ),
        (
            "Merci pour votre avis, et nous comprenons la déception des enfants. Pour leur sécurité, "
            "les moins de 8 ans grimpent uniquement sur le mur enfants, accompagnés d'un adulte. "
            "Nous aurions dû mieux l'expliquer à la réservation, et notre site a été mis à jour."
        ),
        (
            "Vous avez raison, l'entrée est passée de 12 à 14 euros cette année, et nous sommes "
            "désolés que cela vous ait surpris. Nos factures d'énergie ont presque doublé. Les "
            "entrées en heures creuses restent à 10 euros avant 16 h."
        ),
        (
            "Merci pour ce retour si complet et constructif. Vos remarques sur la signalétique, la "
            "réservation en ligne et le tri des déchets sont justes, et nous les avons partagées "
            "avec toute l'équipe."
        ),
        (
            "Désolés que vous ayez trouvé porte close ! Nos horaires d'hiver sont de 7 h à 21 h en "
            "semaine et de 8 h à 18 h le week-end ; notre fiche est maintenant à jour."
        ),
        (
            "Merci de nous avoir signalé l'erreur sur la carte. Nous sommes au 8 rue du Port, à "
            "Concarneau, juste à côté du parking de la criée. Désolés pour le détour !"
        ),
        (
            "merciii 🥰🧘‍♀️ trop contentes que t'aies kiffé le cours "
            "du coucher de soleil, a tres vite sur le tapis !"
        ),
        (
            "Madame, Monsieur, nous vous remercions pour votre retour. Nous vous prions de bien "
            "vouloir nous excuser pour l'attente à la caisse et vous informons qu'un agent "
            "supplémentaire est désormais présent aux heures de pointe. Notre service clientèle "
            "reste à votre disposition à l'adresse clients@cinemasdulac.ch."
        ),
        "Désolés pour la piste 4, c'est réparé. Merci de nous l'avoir signalé.",
        (
            "Merci pour votre avis ! Petit rappel : tout adhérent qui parraine un ami bénéficie, "
            "comme son filleul, d'une semaine offerte. L'offre est ouverte à tous nos adhérents."
        ),
        (
            "Merci ben gros pour ton beau commentaire! On est contents que la fin de semaine au "
            "camping se soit bien passée pis que les enfants aient aimé le feu de camp. Au plaisir "
            "de vous revoir l'été prochain!"
        ),
        (
            "Merci pour votre message. Nous sommes désolés que les pistes aient été aussi "
            "encombrées samedi. Nous avons ajouté la réservation en ligne pour éviter l'attente. Au "
            "plaisir de vous revoir au bowling, une fois !"
        ),
        (
            "Nous vous remercions de votre retour et vous présentons nos excuses pour l'attente lors "
            "du rassemblement des groupes. Dès cet hiver, les cours débuteront directement au pied "
            "des pistes. Meilleures salutations, l'école de ski de Villars"
        ),
        (
            "Merci beaucoup pour ce message, ça nous fait plaisir ! On est contents que la séance de "
            "cardio vous ait boostés. On vous attend encore au club, la famille !"
        ),
        (
            "Nous vous remercions pour votre avis et nous excusons pour la coupure d'électricité "
            "pendant la séance. Le groupe électrogène a été révisé et prendra désormais le relais "
            "automatiquement. Au plaisir de vous accueillir de nouveau au Ciné Plateau, Dakar."
        ),
        (
            "Nous sommes désolés que la salle chaude n'ait pas atteint la bonne température mardi "
            "soir. Le thermostat a été remplacé jeudi, et tous les élèves inscrits à ce cours ont "
            "reçu un crédit de séance sur leur compte."
        ),
        (
            "Désolés pour les douches hors service la semaine dernière. Elles ont été réparées "
            "lundi, et l'abonnement de tous les adhérents a été prolongé de trois jours."
        ),
        (
            "Merci pour le petit mot ! Théo sera ravi d'apprendre que ses nouveaux blocs vous ont "
            "plu. La prochaine ouverture arrive dans deux semaines."
        ),
        (
            "Merci de nous avoir signalé le problème de boucle magnétique en salle 2. Elle a été "
            "réparée et nous la testons désormais avant chaque séance. N'hésitez pas à demander de "
            "l'aide au personnel si besoin."
        ),
        (
            "Nous sommes désolés que la partie vous ait paru trop difficile. Le Coffre est notre "
            "salle la plus exigeante, indiquée « expert » sur le site, mais vous avez raison : les "
            "indices pourraient arriver plus tôt. Nous avons raccourci le délai et serions ravis "
            "d'avoir votre avis la prochaine fois."
        ),
        (
            "Bonjour, desoles pour l'annulation du cours a cause du vent. Le remboursement a ete "
            "fait mardi sur votre moyen de paiement. On peut vous aider a reserver une autre date "
            "quand vous voulez."
        ),
        (
            "Nous vous remercions pour votre note de cinq étoiles et "
            "espérons vous accueillir de nouveau prochainement."
        ),
        (
            "Merci pour votre retour. La rampe de lancement pour les joueurs en fauteuil est rangée "
            "derrière l'accueil ; nous aurions dû vous la proposer tout de suite. Toute l'équipe a "
            "été briefée, et nous sommes désolés pour ce manque d'attention."
        ),
        (
            "Désolés pour le bruit des emplacements voisins après minuit. Le calme est de rigueur "
            "au camping entre 23 h et 7 h, et notre gardien aurait dû intervenir. Nous avons mis en "
            "place une ronde le vendredi et le samedi soir. Nous espérons vous accueillir à nouveau."
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre réclamation relative à la "
            "résiliation de votre abonnement. Conformément à l'article 7 de nos conditions "
            "générales, celle-ci peut être effectuée par courrier électronique moyennant un "
            "préavis de trente jours. Notre service adhérents se tient à votre disposition au "
            "01 45 67 89 10 pour toute question."
        ),
        (
            "Oh, merci pour ce message qui fait chaud au cœur ! Toute l'équipe du camping est ravie "
            "que vous ayez passé une si belle semaine au bord du lac. Et promis, l'an prochain on "
            "aura encore plus de chocolatines au dépôt de pain ! À bientôt, Sandrine et Pierre"
        ),
    ],
}
