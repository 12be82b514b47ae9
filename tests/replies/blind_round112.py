"""Blind reply set, round 112: owner replies the pre-post check has never seen.

Who and when: written by helper b110, an independent writer, on 2026-12-06,
for the pre-post reply check (brief of round 110).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
children's play centres, dance schools, martial-arts clubs and dojos, tutoring
centres, photo studios, pet shops and garden centres.  Each French reply was
written directly in French, not translated.  Apart from the first seventy-five
lines of the round 20 file, read only to copy its format, the writer did NOT
read the application code, docs, training data, benches, any other test file
or blind set, any other folder under /work, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing here
was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good English
and forty good French replies.  For every code and language the first reply is
a long, warm reply whose fault sits in a single sentence in the middle; the
others are one-liners, texting with slang and emoji, very formal or corporate
wording, veiled and polite phrasings and regional speech.

Registers: English from the UK (Shropshire, the Home Counties, the North),
Ireland (Galway and elsewhere), North America and Australia (Victoria, the
bush), plain, warm, curt, corporate and texting; French from France (Anjou,
Bordeaux, Nantes, Paris), Belgium (Wallonia, Brussels), Switzerland (Vaud,
Geneva, Neuchâtel) and Québec, plain, warm, curt, very formal administrative
and texting.  Some replies end with a signature (a first name, the team or the
business).  Good replies include look-alikes that are not faults: a loyalty or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND112_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write such a thoughtful review. It has been "
                "a long, wet spring here in Shropshire, and it's a real lift to hear that the "
                "bare-root roses you took home in February have all broken bud. The team spent most of "
                "the winter rebuilding the raised beds in the plant area, so we're delighted the wider "
                "paths made it easier to get round with a pushchair. Should you feel able to bump your "
                "three stars up to five, the next tray of summer bedding is on us, just mention it at "
                "the till. The sweet peas arrive next week and the café has a new lemon drizzle on, so "
                "do pop back and say hello. Warm wishes from everyone at Hollybrook Garden Centre."
            ),
            (
                "Cheers legend 🙌 flick us a 5 star and ur little one's next party at Jumparoo gets an "
                "extra half hour on the house 🎉🦘"
            ),
            (
                "We value all member feedback. Members who update their review to a rating of four "
                "stars or higher become eligible for one complimentary month of unlimited classes, "
                "which will be applied automatically to their account. — Member Experience Team, "
                "Summit Martial Arts"
            ),
            (
                "Sorry the puppy food didn't suit. If that post were to quietly disappear, sure "
                "there'd be a bag of the grain-free waiting behind the counter for you, no questions "
                "asked."
            ),
            "Take this down and your reprints are free.",
        ],
        "fr": [
            (
                "Bonjour, et merci du fond du cœur pour ce message qui a fait le tour de toute "
                "l'équipe. Voir les petites du cours d'éveil monter sur scène au gala de juin, avec "
                "leurs tutus cousus main et leurs grands sourires, a été pour nous aussi un moment "
                "inoubliable. Nous savons que les répétitions du samedi ont demandé beaucoup "
                "d'organisation aux familles, et votre patience nous a beaucoup touchés. Si vous "
                "acceptiez de transformer vos trois étoiles en cinq, nous serions ravis de vous offrir "
                "le costume du prochain spectacle. La reprise des cours se fera la deuxième semaine de "
                "septembre, et nous avons hâte de retrouver tout le monde. Avec toute notre gratitude, "
                "Hélène et l'équipe de l'Atelier des Pointes"
            ),
            "Merci ben gros 😄 mets-nous 5 étoiles pis ta prochaine session de tutorat est gratis, promis 📚✨",
            (
                "Nous vous saurions gré de bien vouloir reconsidérer l'évaluation publiée ; dès "
                "réception d'une note révisée, un bon d'achat de cinquante francs vous sera adressé "
                "par notre service clientèle. La Direction, Jardinerie du Léman"
            ),
            (
                "Allez, si jamais ce commentaire venait à s'envoler, il y aurait une petite surprise "
                "qui attend votre toutou au comptoir, savez-vous."
            ),
            "Retirez l'avis et on vous rembourse la séance photo.",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks so much for bringing everyone out for Saturday open play, and for the kind "
                "words about the new toddler zone. We rebuilt that whole corner over the winter, so it "
                "means a lot that the little ones loved the foam climbing wall and the bubble room. We "
                "also appreciated the suggestion about more seating by the party rooms, and we're "
                "pricing some benches now. Be aware, though, that if the line about our bathrooms is "
                "still up by Friday, our attorney will be contacting you directly. Summer camp "
                "registration opens next month, and we'd love to see you back for it. Take care, Dana "
                "and the Climb Time team"
            ),
            (
                "keep posting rubbish like this mate and I'll be having a word with your boss, small "
                "town innit, everyone knows where you work 👀🥋"
            ),
            (
                "Please be advised that this review has been referred to our legal counsel, who has "
                "been instructed to commence proceedings should it not be withdrawn within seven days. "
                "Brightway Tutoring Ltd."
            ),
            (
                "We'd gently remind you that our cameras cover the whole shop floor, and it would be "
                "an awful shame if the footage of your visit ended up on our page for the whole county "
                "to see."
            ),
            (
                "Righto, post that again and you're banned for life, and we'll make sure every nursery "
                "from here to Geelong knows exactly why."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre séance en "
                "extérieur sur les bords de Loire. La lumière de fin d'après-midi était vraiment "
                "magnifique, et nous sommes heureux que la balade dans les vignes vous ait laissé "
                "d'aussi bons souvenirs. Nous avons bien noté vos remarques sur le délai de livraison "
                "de l'album, qui nous aideront à mieux organiser la saison prochaine. Nous vous "
                "prévenons néanmoins que notre avocat est saisi et qu'une plainte pour diffamation "
                "sera déposée si le passage sur nos retouches n'est pas supprimé sous huit jours. Nous "
                "vous souhaitons une très belle fin d'été. Camille, Studio Lumière d'Anjou"
            ),
            "Fais attention à ce que t'écris mon chum, on sait c'est où que tu restes 😉",
            (
                "Nous vous informons que votre employeur sera avisé de la teneur de vos propos si "
                "ceux-ci ne sont pas retirés dans les meilleurs délais. Centre d'appui scolaire "
                "Horizon, Lausanne"
            ),
            (
                "On vous conseille gentiment de relire votre avis, hein, parce qu'on a tout gardé, les "
                "messages comme les vidéos de la salle, et ce serait bête que tout ça se retrouve sur "
                "notre page."
            ),
            "Remettez les pieds au dojo après ça et vous verrez ce qui vous arrive.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for such a kind message, it genuinely made our week. The intermediate "
                "ballet group has come on leaps and bounds this term, and it's lovely that you've "
                "noticed the difference in confidence as much as in technique. We know the studio move "
                "in October was disruptive, and we really appreciated everyone's patience while the "
                "new sprung floor went in. We've already rung you back on 07700 900482 to sort out the "
                "make-up lesson for the class that was cancelled. Tickets for the Christmas showcase "
                "go on sale next Monday, and we'd love to see you there. With love, Miss Jenny and all "
                "at Pas de Deux Dance Academy"
            ),
            ("no wukkas, order #PS-44817 (the big budgie cage 🐦) left the shed this arvo, keep an eye on ur tracking"),
            (
                "We have reviewed the file for your son Ethan (Grade 7, ADHD diagnosis, IEP on record) "
                "and can confirm his sessions will resume Tuesday at 4:00 p.m. in Room B. — Academic "
                "Services, Maple Ridge Learning Centre"
            ),
            (
                "Ah, we remember you well, you were in with your sister and the new baby on the 14th "
                "of March for the newborn shoot, and we're sorry the gallery took longer than promised."
            ),
            "Refund went back on the Visa ending 4471 this morning.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour si détaillé, qui nous fait très plaisir. Nous sommes "
                "ravis que les conseils de taille donnés en magasin vous aient été utiles, et que "
                "votre haie de photinias ait si bien repris après l'hiver. Le rayon des plantes "
                "méditerranéennes a beaucoup changé cette année, et votre enthousiasme nous conforte "
                "dans ce choix. Nous avons bien noté que la livraison de vos trois oliviers au 12 rue "
                "des Tilleuls, à Angers, est arrivée avec deux jours de retard, et nous en sommes "
                "désolés. Les journées portes ouvertes reviennent au printemps, avec des ateliers de "
                "greffe pour petits et grands. À très bientôt, l'équipe de la Jardinerie des Coteaux"
            ),
            (
                "Allo! On a retrouvé la tuque de ton plus jeune, on t'a texté au 514 555-0187 😊 passe "
                "la chercher quand tu veux"
            ),
            (
                "Nous confirmons que le dossier de Mme Favre, réservation n° 2024-0871, a bien été "
                "transmis à notre direction pédagogique. Le secrétariat, Institut Rhône Étude, Genève"
            ),
            (
                "Ah mais on se souvient bien de vous, le mardi 3 octobre avec votre mari au cours de "
                "salsa débutant, et on est désolés que la salle était si chaude ce soir-là."
            ),
            "On vous a répondu à claire.morin64@gmail.com, regardez dans vos spams.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for coming out to try our family kickboxing class, and for the nice words "
                "about the new mats and the changing rooms. Coach Ray puts a lot of thought into "
                "keeping the warm-ups fun for all ages, so we're glad that part landed. We also hear "
                "you on the parking, and we're talking to the plaza about reserved spots for evening "
                "classes. Honestly though, it's pretty obvious you walked in looking for a free month "
                "and made up half of this when you didn't get one. Either way, we wish you all the "
                "best with your training wherever you end up. — Ray and the team at Iron Lotus MMA"
            ),
            "proper entitled behaviour this 🙄 some people just live for a moan",
            (
                "It is regrettable that a client of such evident bad faith has chosen to misrepresent "
                "a routine exchange in an attempt to extract compensation. Management, Northlight "
                "Portrait Studio"
            ),
            (
                "We'd say the only thing that went wrong on the day was the attitude you brought in "
                "the door with you, God love you."
            ),
            "You're a liar and a tight-arse, mate, and the whole nursery knows it.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir fait confiance à notre centre tout au long de cette année "
                "scolaire. Nos enseignants se sont énormément investis dans la préparation du brevet, "
                "et nous sommes heureux que les séances de méthodologie aient été appréciées. Nous "
                "avons bien noté vos suggestions sur les horaires du mercredi, que nous allons revoir "
                "pour la rentrée. Soyons francs, cependant : vous cherchiez surtout à ne pas payer le "
                "dernier mois et vous avez monté cette histoire de toutes pièces. Nous vous souhaitons "
                "malgré tout une excellente continuation. La direction, Cap Réussite Nantes"
            ),
            "t'es juste un chialeux qui veut rien payer, pas plus compliqué que ça 🙄",
            (
                "Nous constatons avec regret que vous êtes coutumier des réclamations de mauvaise foi, "
                "ce qui en dit bien davantage sur vous que sur notre établissement. Jardinerie du "
                "Gros-de-Vaud"
            ),
            (
                "Franchement, y en a qui ne sont jamais contents de rien, et vous en faites clairement "
                "partie, sans vouloir vous vexer hein."
            ),
            "Menteur, et radin avec ça.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for booking the family session and for the lovely comments about the "
                "studio; we've worked hard to make it feel more like a living room than a photo booth. "
                "It was a joy having everyone in, and the outtakes of the dog trying to eat the "
                "backdrop had us in stitches for days. We're glad the online gallery was easy to share "
                "with relatives overseas too. And yes, we're terribly sorry the studio lights didn't "
                "magically take ten years off, we'll be having a stern word with physics. Our autumn "
                "mini-sessions open for booking next week if you fancy another go. Best wishes, Tom at "
                "Marlow Street Studio"
            ),
            "omg a kid got sweaty at a PLAY centre, somebody ring the news 😱😂",
            (
                "We have duly noted your concern that a plant purchased from a garden centre "
                "subsequently required watering, and we shall pass this remarkable observation on to "
                "our horticultural team. Customer Relations, Greenacre Garden Centres"
            ),
            (
                "Ah sure we'll put up a sign explaining that goldfish don't do tricks, since that "
                "seems to have come as a terrible shock."
            ),
            "Wow, a karate class where you actually had to move. Who knew.",
        ],
        "fr": [
            (
                "Bonsoir, et merci d'avoir rejoint notre stage de tango argentin du week-end dernier. "
                "L'ambiance était vraiment chaleureuse, et nous avons adoré voir autant de nouveaux "
                "visages se lancer sur la piste dès le vendredi soir. Le buffet préparé par les élèves "
                "de l'année a fait l'unanimité, et nous transmettons vos compliments à tout le monde. "
                "Et nous sommes navrés, vraiment, que vous n'ayez pas maîtrisé le tango en "
                "quarante-cinq minutes, nous allons signaler ce scandale au ministère de la Culture. "
                "Le prochain stage aura lieu en mars, les inscriptions sont ouvertes sur notre site. "
                "Abrazos, Lucía et Marc, Tango Bordeaux"
            ),
            "Ben voyons, des enfants qui crient dans un centre de jeux? Qui l'aurait cru 🙃😂",
            (
                "Nous prenons acte de votre surprise de constater qu'une séance de soutien scolaire "
                "implique un certain travail de la part de l'élève, et vous remercions pour cette "
                "précieuse découverte pédagogique. Centre d'études Helvétia"
            ),
            (
                "Ah oui, c'est bien connu, les tomates poussent toutes seules en une semaine, on "
                "aurait dû vous prévenir qu'il fallait les arroser, hein."
            ),
            "Un chaton qui griffe ? Incroyable, on prévient la presse.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks for taking the time to write such a detailed review. We're thrilled the SAT "
                "prep course helped with study habits, and the practice-test Saturdays have been a big "
                "hit with everyone this year. Our math instructors have been refining the problem sets "
                "all semester, so it's great to hear the extra drills paid off. The mix-up over the "
                "exam registration deadline was entirely down to Kevin, our front-desk coordinator, "
                "and he has received a formal written warning. We'll be running a free college-essay "
                "workshop in November that's open to all families. Warmly, the Cornerstone Learning "
                "team"
            ),
            "sorry bout that, Chloe was on the till n honestly she's hopeless, won't happen again 🙈",
            (
                "Following an internal review, we have determined that the error in your party booking "
                "originated with our events assistant, Ms. Harper, who has since been removed from "
                "customer-facing duties. Guest Services, Wonderland Play Centre"
            ),
            (
                "We won't say who was minding the puppy room that afternoon, but Declan knows well "
                "what he did and he's been spoken to."
            ),
            "That was Brodie's stuff-up with the prints, he's been docked a day's pay for it.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce long message plein de gentillesse. Nous gardons nous aussi "
                "un très beau souvenir de cette séance portrait au studio, avec la lumière douce du "
                "matin et cette robe bleue qui rendait si bien en noir et blanc. Nous sommes ravis que "
                "le livre photo ait trouvé sa place dans votre salon. La perte d'une partie des "
                "fichiers bruts est entièrement imputable à Julien, notre assistant, qui a oublié de "
                "lancer la sauvegarde et qui a été sanctionné. Nous espérons avoir le plaisir de vous "
                "photographier de nouveau très bientôt. Bien à vous, Sophie, Studio Grain d'Argent"
            ),
            "Désolé! C'est Maxime qui a mêlé les horaires des cours, y'est encore en probation 🙄",
            (
                "Après vérification, l'erreur de facturation incombe à Mme Rochat, collaboratrice de "
                "notre service administratif, à l'encontre de laquelle des mesures ont été prises. La "
                "Direction"
            ),
            (
                "Bon, on ne va pas citer de noms, mais disons que Jérôme sait très bien pourquoi votre "
                "commande de croquettes n'était pas prête, et il s'est fait remonter les bretelles."
            ),
            "C'est la faute de Nadia, elle a été recadrée.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for visiting us over the bank holiday weekend, and for the kind words about "
                "the new water garden. We're so pleased the koi pond and the bog-garden display "
                "inspired you, and the team loved hearing that you've already started digging out your "
                "own. The café has been busier than ever this year, so it's good to know the scones "
                "are still hitting the spot. The delay with your patio-plant delivery came about "
                "because our Dutch supplier shipped a week late, the lorry broke down on the M6, two "
                "of our drivers were off with flu, the new routing software crashed on the Tuesday and "
                "it was the busiest weekend we've had in a decade, so really there was very little "
                "more anyone could have done. Our summer plant sale starts on the first of July. Best "
                "wishes, the team at Ashgrove Nurseries"
            ),
            (
                "look the aircon died, we had 3 parties booked at once, 2 staff called in sick, the "
                "coffee machine carked it AND it was school hols so what did u expect 🤷‍♀️"
            ),
            (
                "Please note that class sizes are determined by a range of factors, including "
                "instructor availability, insurance requirements, facility capacity regulations, "
                "seasonal enrolment fluctuations, the regional grading calendar and our longstanding "
                "commitment to affordable tuition; the class you attended was therefore configured in "
                "full accordance with our operating framework, and scheduling decisions are reviewed "
                "quarterly by our operations committee against these same criteria. Student Services, "
                "Dragon Gate Martial Arts"
            ),
            (
                "Ah now, the photos were late alright, but you have to understand the editing software "
                "updated itself overnight, the print lab in Galway had a backlog, the courier changed "
                "depots on us, the broadband was down for two days, and sure it was Race Week, so "
                "there was never a hope of it being any different."
            ),
            ("Supplier late, truck late, storm knocked the power out, half the staff off sick. Nothing we could do."),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message et pour votre fidélité depuis toutes ces années. "
                "Nous sommes très heureux que le cours de modern jazz du jeudi soir soit devenu un "
                "rendez-vous aussi important pour vous, et les progrès du groupe cette saison sont "
                "vraiment impressionnants. La nouvelle chorégraphie de fin d'année s'annonce "
                "magnifique, et nous avons hâte de la présenter au public. Pour ce qui est du cours de "
                "la semaine dernière, la salle était réservée par la mairie le matin même, le parquet "
                "venait d'être vitrifié, deux professeurs étaient en formation à Lyon, la sono avait "
                "été prêtée à une autre association et la grève des trains avait retardé tout le "
                "monde, donc ce retard d'une heure était franchement inévitable. Les inscriptions pour "
                "la saison prochaine ouvriront en juin. Amitiés, Nathalie et l'équipe de Danse en Scène"
            ),
            (
                "Écoute, la tempête, la panne d'Hydro, le camion de livraison pogné sur la 20 pis deux "
                "employés malades, on pouvait pas faire mieux 🤷"
            ),
            (
                "Nous tenons à préciser que le changement d'intervenant résulte conjointement d'une "
                "réorganisation interne décidée en conseil de direction, de contraintes contractuelles "
                "liées au droit du travail, d'un afflux d'inscriptions imprévu en début de semestre, "
                "de la mise en conformité de nos locaux et de l'harmonisation des programmes avec le "
                "plan d'études romand ; cette décision s'inscrit donc pleinement dans le cadre de "
                "notre fonctionnement ordinaire. Le secrétariat, Institut Belle-Rive Soutien"
            ),
            (
                "Vous savez, avec les gelées tardives, le fournisseur hollandais qui a livré en "
                "retard, la route fermée à Namur pour les travaux et la moitié de l'équipe en congé, "
                "c'était compliqué de faire autrement, hein."
            ),
            "Grève, panne de caisse, neige : on n'y pouvait rien.",
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to write. We've been part of this high street for "
                "nearly twenty years, and we take enormous pride in the families who come back to us "
                "for their second and third pets. It's lovely to hear that the staff helped you set up "
                "the tank properly and that the tetras have settled in so well. We also appreciate "
                "your comment about late-night opening on Thursdays, and we're looking at extending it "
                "into the summer. We have to be clear, though, that no animal has ever left this shop "
                "unwell, so what you've described simply did not happen here. We wish you many happy "
                "years with your fish. Kind regards, Graham, Paws & Fins"
            ),
            "nah that never happened, no one at our dojo yelled at any kid, full stop 🙅‍♂️",
            (
                "We categorically reject the assertion that any session was cancelled without notice; "
                "no such cancellation took place. Operations Department, Apex Tutoring Group"
            ),
            (
                "With respect, there was no extra charge put on anyone's package that day or any "
                "other, and that's all there is to it."
            ),
            "This did not happen. Our plants are never sold with pests.",
        ],
        "fr": [
            (
                "Bonjour, et merci beaucoup pour votre retour sur l'anniversaire organisé chez nous. "
                "Nous sommes ravis que le gâteau en forme de château et la chasse au trésor aient "
                "autant plu aux enfants, c'est exactement l'ambiance que nous cherchons à créer. Nos "
                "animatrices préparent chaque fête avec beaucoup de soin, et vos compliments leur "
                "feront très plaisir. Nous tenons cependant à préciser qu'aucun enfant ne s'est blessé "
                "dans la structure ce jour-là : ce que vous décrivez n'a tout simplement pas eu lieu. "
                "Nous vous souhaitons de très belles fêtes de fin d'année. L'équipe du Royaume des "
                "Galopins"
            ),
            "voyons donc, personne a jamais crié après un élève icitte, c'est faux 🙅",
            (
                "Nous contestons formellement l'existence de l'incident relaté ; aucun retard de "
                "correction n'a été enregistré au cours du semestre. La Direction, Centre d'appui "
                "scolaire Le Rocher, Neuchâtel"
            ),
            "Non non, il n'y a jamais eu de puces sur nos lapins, ça n'est pas arrivé, point.",
            "Faux. Aucune photo n'a été perdue.",
        ],
    },
}

BLIND112_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're really sorry the toddler area was so crowded on Saturday morning. We've now "
            "capped weekend sessions at forty children and added a second staff member in the "
            "soft-play zone. If you'd like to talk it through, please ring us on 01632 960412 or "
            "email hello@bouncebarn.co.uk. — Nicola, Bounce Barn"
        ),
        (
            "Ah thank you so much! The whole class has been working flat out on their reels, and "
            "we can't wait to see everyone at the feis in May. Sinéad and all at Réalta School of "
            "Irish Dance"
        ),
        (
            "Thanks for the feedback! Just so everyone knows, our Paw Points card is free to join "
            "at the counter: one stamp per purchase, and the tenth bag of food is on us, whoever "
            "you are."
        ),
        (
            "Thanks for training with us! Bring-a-buddy week runs the first week of every month, "
            "and any student can bring a friend along to try a class free, no strings attached."
        ),
        (
            "Thank you! We'll make sure Amira sees this; she spent ages getting the light just "
            "right and she'll be thrilled you loved the prints."
        ),
        (
            "You're right, and we're sorry. Our tutor Daniel gave you the wrong exam date, but "
            "that's on us as a centre, not on him: the updated schedule wasn't posted where our "
            "staff could check it. That's fixed now. Please call the front desk at (555) 013-2280 "
            "so we can set up a catch-up session at no cost."
        ),
        (
            "So sorry about the lemon tree, that's not the standard we want. We've already "
            "refunded the full amount to your original payment method, and the team would be happy "
            "to help you pick a replacement that copes better with the frosts out here."
        ),
        (
            "We're sorry the café was closed when you came by. Our cook was out sick that day and "
            "we couldn't find cover in time; we should have posted a sign at the door, and we will "
            "next time."
        ),
        (
            "Thank you for raising this. All our instructors hold current DBS checks and first-aid "
            "certificates, and the club is fully insured through the national governing body. If "
            "you'd like to see any of the paperwork, just ask at reception."
        ),
        (
            "We're so sorry your car was damaged in our car park. Our CCTV covers that corner and "
            "we've kept the footage so that the Gardaí or your insurer can request it. Please ring "
            "the office on 091 555 0132 and ask for Ciarán, the manager."
        ),
        (
            "Thanks for the kind words! We're glad the parrot behaved himself while you were in; "
            "he's spent all week learning to say 'clean my cage' and frankly we're starting to "
            "take it personally."
        ),
        (
            "Thank you for your three-star review. We'd love to hear what would have made the "
            "evening better; please drop us a line at studio@stepstonedance.co.uk."
        ),
        (
            "Thanks for your review. Our booking sheet shows the digital files were part of the "
            "package and went out the week after the shoot, but emails do go astray, so give us a "
            "ring on 02 5550 1234 and we'll resend them straight away."
        ),
        (
            "We're so sorry for your loss. Twelve years is a wonderful innings for a dog, and he "
            "was always such a gentle presence in the shop. Thinking of you all."
        ),
        (
            "Congratulations on the black belt! Years of hard work went into that grading and the "
            "whole dojo was cheering. Onward to the next chapter. — Sensei Mike and the team"
        ),
        (
            "Thanks for the feedback. We know the grip-sock rule is a pain when you've come "
            "straight from school, but it stops little ones slipping on the padded floors. We keep "
            "spare pairs at the front counter for $3, and we're sorry nobody mentioned that when "
            "you arrived."
        ),
        (
            "You're right that our fees went up in September, and we're sorry we didn't give "
            "families more notice. Our rent rose sharply this year; we've written to everyone with "
            "the details, and the office is open Monday to Friday, 9 to 5, if you'd like to talk "
            "about spreading the cost."
        ),
        (
            "Thanks for stopping in! Heads up for anyone planning a visit: from April we're open 8 "
            "a.m. to 7 p.m. every day, and the greenhouse café closes at 5."
        ),
        "Go raibh maith agat! Delighted you enjoyed it.",
        "aw cheers!! 🐶💛 see ya next time",
        "Thanks. Noted, and passed on to the team.",
        (
            "We apologize for the inconvenience caused by the schedule change. We have reviewed "
            "our notification process and will now send reminders 48 hours in advance. Please "
            "contact Student Services at support@brightpathlearning.com so we can make this right."
        ),
        "Thanks heaps! Coach Tane will be stoked to hear the juniors' class is going so well.",
        (
            "Thanks so much! Just so you know, every client gets 15% off a second session within a "
            "year of their first, automatically, no code needed."
        ),
        (
            "We're so sorry your purse went missing during the party. We've been through our CCTV "
            "and passed what we found to the police, as you asked, and our manager is happy to "
            "speak to them or to your insurer on your behalf. Please call us on 01632 960733 any "
            "time."
        ),
        (
            "Thank you for your review. Our bedding plants are watered twice a day and checked "
            "every morning, but we'd like to take a look at the one you bought: bring it back with "
            "the receipt and we'll replace it or refund you, whichever you'd prefer."
        ),
        (
            "Thanks for the five stars! We'll admit our whiteboard markers have seen better days; "
            "new ones are on order, promise."
        ),
        (
            "We're sorry the recital ran almost an hour late. The sound system failed during the "
            "second act and it took us far too long to get it going again. That's not good enough, "
            "and we've booked a technician for every show from now on."
        ),
        (
            "We're sorry, you're right that Aoife gave you the wrong dose for the flea treatment. "
            "That's our responsibility, not hers: our shelf labels were confusing and we've "
            "reprinted them. Call in any time and we'll swap it and refund the difference."
        ),
        (
            "We're sorry the prints arrived damaged. A full refund went back to you this morning, "
            "and we've switched to rigid mailers so it doesn't happen again."
        ),
        (
            "Thanks for the four stars and for the honest words about the changing rooms; they're "
            "being refitted over half-term."
        ),
        "Congratulations on the results! All those Saturday mornings paid off. Best of luck at sixth form.",
        (
            "We were so sorry to read of your loss. Please don't give the rest of this term's fees "
            "a second thought; take all the time you need, and we're here whenever you're ready."
        ),
        (
            "We totally understand the frustration about the jewellery rule. Rings and earrings "
            "can cause nasty injuries during partner drills, and our insurer requires it as well. "
            "There are small lockers by the mat if that helps."
        ),
        (
            "Sorry about the sticker shock on the kibble. Our supplier put wholesale prices up 12% "
            "this spring and we've had to pass some of that on; our own-brand line is staying at "
            "the old price for now."
        ),
        (
            "Thank you for your review. As set out in our enrolment terms, term fees are "
            "non-refundable after the third week, which we appreciate is frustrating when plans "
            "change. We'd be glad to carry the remaining lessons over to next term; please email "
            "accounts@kaizenkarate.com."
        ),
        "yay thank u!! 🎈 the party room misses u already",
        "Sorry, that's not on. Ring me on 0491 570 156 and I'll sort it. — Dean, owner",
        (
            "Thanks for your review. We don't believe the class was overbooked, as there were "
            "fourteen dancers against our cap of sixteen, but we hear that the studio felt cramped "
            "and we'd value a chat about it. Email the office any time."
        ),
        (
            "Thanks a million! For anyone looking for us, we've moved to 14 Quay Street, just past "
            "the bridge, and the kettle's always on."
        ),
    ],
    "fr": [
        (
            "Nous sommes vraiment désolés pour l'attente à l'entrée samedi. Nous avons ajouté une "
            "deuxième caisse et la réservation en ligne pour les créneaux du week-end. N'hésitez "
            "pas à nous appeler au 02 61 91 12 34 pour en parler. Sandrine, Les P'tits Bonds"
        ),
        (
            "Merci mille fois ! Toute l'équipe est ravie, et on a hâte de vous retrouver à la "
            "rentrée de septembre. À tantôt !"
        ),
        (
            "Merci pour votre message. Pour information, notre carte fidélité est gratuite pour "
            "tous : chaque tranche de cinquante francs d'achats donne un bon de cinq francs, quel "
            "que soit l'avis que vous nous laissez, ou pas d'avis du tout."
        ),
        (
            "Merci d'être venu! Pis pour tout le monde : chaque membre peut amener un ami essayer "
            "un cours gratuitement, n'importe quand dans le mois, sans condition."
        ),
        (
            "Merci infiniment ! On transmet à Gilles, notre pépiniériste, qui sera ravi "
            "d'apprendre que ses conseils pour les rosiers ont porté leurs fruits."
        ),
        (
            "Vous avez raison, et nous vous présentons nos excuses. Manon vous a envoyé le mauvais "
            "lien de galerie, mais c'est à nous qu'il revient de vérifier chaque envoi, et nous ne "
            "l'avons pas fait. Un nouveau lien vous attend ; au moindre souci, appelez-nous au 04 "
            "65 71 22 10."
        ),
        (
            "Désolés pour ce stage de remédiation annulé. Vous avez été remboursés intégralement "
            "la semaine passée, et nous organisons une nouvelle session pendant les vacances de "
            "Carnaval si cela vous intéresse."
        ),
        (
            "On s'excuse pour la fermeture de la glissade géante. Une pièce a brisé le matin même "
            "pis on attendait le technicien; on aurait dû l'annoncer sur notre page avant que vous "
            "vous déplaciez."
        ),
        (
            "Merci pour votre question. Nos structures sont contrôlées chaque année par un "
            "organisme agréé, conformément aux normes en vigueur, et le dernier rapport est à "
            "votre disposition à l'accueil."
        ),
        (
            "Nous sommes désolés pour le vol de votre vélo sur notre parking. Les images de "
            "vidéosurveillance ont été conservées et seront remises à la gendarmerie dès que vous "
            "aurez déposé plainte. N'hésitez pas à demander le responsable à l'accueil."
        ),
        (
            "Merci pour ce chouette avis ! Pour être honnêtes, Caramel, notre lapin nain mascotte, "
            "reçoit plus de compliments que toute l'équipe réunie, et on commence à être un peu "
            "jaloux."
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques. Nous aimerions en savoir "
            "davantage : écrivez-nous à contact@studio-pointes.fr."
        ),
        (
            "Merci pour votre commentaire. Selon notre entente, la retouche comprenait dix photos, "
            "pas la galerie complète; on comprend que ce n'était peut-être pas clair, alors "
            "appelez-nous, on va regarder ensemble ce qu'on peut faire."
        ),
        (
            "Toutes nos condoléances. Quinze ans de complicité, c'est une belle vie de chat, et "
            "nous garderons un très bon souvenir de ses visites au magasin."
        ),
        (
            "Tous nos vœux de bonheur aux jeunes mariés ! Ce fut un honneur de partager cette "
            "journée avec vous, et la galerie arrive très bientôt. Yannick, Atelier Photo du Lavaux"
        ),
        (
            "Nous comprenons votre déception : le grand trampoline est réservé aux enfants de plus "
            "de six ans, car les plus petits risquent de se faire bousculer. L'espace des "
            "tout-petits, juste à côté, a été pensé pour eux, et nos animateurs se feront un "
            "plaisir de vous le montrer."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté en septembre et on aurait dû vous prévenir "
            "plus tôt, on s'en excuse. Le loyer du local a beaucoup monté cette année; on offre "
            "maintenant le paiement en trois versements."
        ),
        (
            "Merci de votre visite ! Dès le 1er avril, nous sommes ouverts du lundi au samedi de 8 "
            "h à 18 h 30, et le dimanche de 10 h à 17 h."
        ),
        "Merci ben gros! 💃",
        "trop contents que ça vous plaise 🐹💚 à bientôt !",
        "Merci, c'est noté.",
        (
            "Nous vous prions de nous excuser pour la fermeture imprévue du magasin mardi dernier. "
            "Une coupure d'électricité nous a contraints à fermer pour protéger les animaux ; "
            "désormais, toute fermeture sera annoncée sur notre site et à l'entrée. Notre service "
            "clientèle reste joignable à contact@arche-animalerie.fr."
        ),
        "Merci! Coach Samuel va être content de savoir que les petits aiment autant son cours.",
        (
            "Merci beaucoup ! Pour information, nos ateliers de rempotage du samedi sont gratuits "
            "et ouverts à tous, titulaires de la carte client ou non."
        ),
        (
            "Merci pour votre message. Comme le prévoit notre règlement, les cours manqués ne sont "
            "pas remboursés, mais ils peuvent être récupérés dans un autre groupe jusqu'à la fin "
            "du trimestre ; le secrétariat vous aidera volontiers à trouver un créneau."
        ),
        (
            "Merci pour votre avis. Nous ne pensons pas que la structure était surchargée, puisque "
            "nous limitons l'accès à soixante enfants, mais nous comprenons que le bruit ait pu "
            "être fatigant ; nous testons des créneaux « calmes » le mardi matin et serions ravis "
            "de vous y accueillir."
        ),
        (
            "Merci pour les cinq étoiles ! Nous admettons que notre machine à café est moins "
            "fiable que nos profs de maths ; une nouvelle arrive lundi."
        ),
        (
            "Nous sommes désolés que le cours de hip-hop ait été annulé au dernier moment. Notre "
            "professeur a été bloqué par un accident sur l'autoroute et nous n'avons pas trouvé de "
            "remplaçant à temps ; nous aurions dû vous prévenir plus tôt par SMS, et ce sera le "
            "cas dorénavant."
        ),
        (
            "Vous avez raison, pis on s'excuse. Émilie vous a conseillé la mauvaise moulée pour "
            "votre lapin, mais c'est notre responsabilité : nos fiches en magasin étaient "
            "mêlantes, on les a refaites. Passez nous voir, on vous l'échange sans frais."
        ),
        (
            "Nous sommes navrés pour l'aquarium qui fuyait. Le remboursement intégral vous a déjà "
            "été versé, et nous avons signalé le défaut au fabricant pour que toute la série soit "
            "contrôlée."
        ),
        (
            "Merci pour vos quatre étoiles. Vous avez raison pour le parking, il est trop petit le "
            "samedi ; nous sommes en discussion avec la commune pour ouvrir le terrain d'à côté."
        ),
        (
            "Félicitations pour le CEB ! Tous ces mercredis après-midi de travail ont payé. Bonne "
            "rentrée en secondaire !"
        ),
        (
            "On est vraiment désolés pour votre perte. Si un jour vous souhaitez planter un arbre "
            "en souvenir, on serait honorés de vous conseiller."
        ),
        (
            "Nous comprenons que la pesée avant les compétitions ait pu vous paraître stricte. "
            "Elle est imposée par la fédération pour que chacun rencontre un adversaire de sa "
            "catégorie, et c'est avant tout une question de sécurité ; notre professeur reste "
            "disponible pour en parler après l'entraînement."
        ),
        (
            "Nous sommes désolés de cette mauvaise surprise. Le prix des tirages grand format a "
            "augmenté en janvier, car notre laboratoire est passé à un papier plus durable ; nous "
            "aurions dû l'indiquer plus clairement sur notre site, c'est désormais fait."
        ),
        (
            "Nous vous remercions pour votre retour. Conformément à nos conditions générales, les "
            "séances peuvent être déplacées jusqu'à 48 heures à l'avance ; nous comprenons que ce "
            "délai vous ait gêné et vous prions de nous en excuser. Notre service clientèle reste "
            "joignable au 01 99 00 78 90."
        ),
        "yé merci!! 🎈 revenez quand vous voulez",
        "Désolé, ce n'est pas normal. Appelez-moi au 02 555 01 23, je règle ça. Bruno, gérant",
        (
            "Merci pour votre avis. Nos groupes ne dépassent jamais six élèves, c'est inscrit dans "
            "notre charte, mais nous entendons que vous n'avez pas trouvé le suivi assez "
            "personnalisé ; nous serions heureux d'en parler, le secrétariat est ouvert du lundi "
            "au vendredi."
        ),
        (
            "Merci ! Pour celles et ceux qui nous cherchent : l'entrée se fait désormais par la "
            "rue de la Gare, à côté de la pharmacie, et il y a un parking gratuit juste derrière."
        ),
    ],
}
