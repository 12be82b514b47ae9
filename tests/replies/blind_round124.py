"""Blind reply set, round 124: owner replies the pre-post check has never seen.

Who and when: written by helper w122, an independent writer, on 2026-12-07,
for blind round 122 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
wedding venues, caterers, event planners, funeral directors, party hire firms
and DJs, under many business names and places.  Each French reply was written
directly in French, not translated.  Apart from the brief and the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or blind set, any other folder under
/work, the git history or /work/.library; did not run the check, any test or
any bench on these replies (only a syntax parse, a count of entries and ruff);
and did not search the code.  Nothing here was adjusted after seeing any
result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise good reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech, some ending with a signature.
Registers, drawn from: French from Lyon, Beaune, Marseille, Toulouse,
Bordeaux, Nantes, Alsace, Brittany, Clermont-Ferrand, Nice, Rennes, Namur,
Mons, Liège, Charleroi, Lausanne, Yverdon, Sion, Geneva, Trois-Rivières,
Sherbrooke, Saguenay, Lévis, the Estrie, Abidjan, Dakar, Douala, Yaoundé,
Kinshasa and Lomé; texting, unaccented French and very formal administrative
French.  English from the Cotswolds, Salford, Bristol, Cardiff, Edinburgh,
Glasgow, Cornwall, Yorkshire, Dublin, Galway, Cork, Belfast, Texas, Ohio,
Ontario, Brisbane, Sydney, Melbourne, Canberra, Auckland, Durban,
Johannesburg, Cape Town, Pretoria, Jaipur and Udaipur; plain, warm, curt,
corporate, and texting with emoji.  Good replies include look-alikes that are
not faults: a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND124_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for choosing Hartwell Barn for your big day, and for such a "
                "thoughtful review. It was a joy to watch the ceremony in the orchard, and the "
                "Cotswold weather very nearly behaved for you. We've passed your kind words "
                "about the candlelit barn on to the whole team, who were thrilled to read them. "
                "If you could bump your rating up to five stars, we'd love to treat you both to "
                "a complimentary anniversary dinner in the barn next year. We hope married life "
                "is treating you wonderfully, and please do pop back whenever you're passing. "
                "Warmest wishes, Harriet and the Hartwell Barn team"
            ),
            (
                "cheers for the shoutout!! 🎧 swap that 3★ for a 5★ and ur next party's on us, "
                "free hour of DJ time 🔥🔥"
            ),
            (
                "Ardent Catering Group would be pleased to extend a 15% loyalty credit on your "
                "next order upon publication of a revised review reflecting your overall "
                "satisfaction."
            ),
            (
                "Sorry the bouncy castle arrived late, so. Sure if that review were to "
                "disappear, there'd be a free popcorn machine on your next hire, no bother at "
                "all. — Declan, Jump Around Party Hire, Galway"
            ),
            (
                "Howzit, thanks for the feedback. We're hoping you'll see your way to updating "
                "this to a five-star one, there's a lekker voucher for your next function "
                "waiting for you when you do. — Team Vuka Events, Durban"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci du fond du cœur pour ce message après le baptême de votre "
                "petite. Toute l'équipe des Saveurs du Vieux-Lyon a été touchée de lire que les "
                "bouchées au saint-marcellin ont fait l'unanimité. Nous savons combien "
                "l'organisation d'une fête de famille peut être stressante, et nous sommes "
                "heureux d'avoir pu vous alléger la tâche. Pour vous remercier, nous vous "
                "offrirons le dessert de votre prochaine commande dès que vous aurez passé "
                "votre note à cinq étoiles. Nos chefs préparent justement une nouvelle carte de "
                "printemps que nous avons hâte de vous faire goûter. Au plaisir de vous "
                "retrouver, et belle vie à votre petite puce ! Sandrine, pour toute l'équipe"
            ),
            (
                "merci 🙏 tu changes en 5 etoiles et on te fait la sono gratos pour ton prochain "
                "anniv 🎶😎"
            ),
            (
                "Nous vous saurions gré de bien vouloir reconsidérer l'appréciation portée sur "
                "notre établissement ; une remise de 10 % vous serait alors consentie sur votre "
                "prochaine réservation de salle."
            ),
            (
                "Allô! Désolés pour le petit retard du chapiteau. Si tu retires ton "
                "commentaire, on te fait une belle ristourne sur ta prochaine location, promis, "
                "c'est pas des farces! — L'équipe de Location Festif, Trois-Rivières"
            ),
            (
                "Merci beaucoup mon frère. Mettez-nous cinq étoiles seulement et on vous "
                "arrange la décoration de votre prochain événement à moitié prix, on est "
                "ensemble ! — Prestige Events Abidjan"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to share your thoughts about the summer party we "
                "organised for your company in Salford. We were genuinely proud of how the "
                "evening came together, from the canal-side welcome drinks to the ceilidh band "
                "that got everyone dancing. We understand the late start to the buffet was "
                "frustrating, and we've already spoken with the venue about their kitchen "
                "timings. However, some of the statements in your review are defamatory, and "
                "our solicitors have been instructed to pursue you if it isn't removed within "
                "seven days. We would still welcome the chance to talk things through properly. "
                "Kind regards, Joanna, Northern Light Events"
            ),
            (
                "keep posting about my set n see what happens mate, i know plenty of ppl in "
                "this town 😤"
            ),
            (
                "Please be advised that this matter has been referred to our legal department "
                "and that any further publication of these allegations will be met with formal "
                "proceedings."
            ),
            (
                "No worries, mate. Just a heads up that we've got your details on file from the "
                "bond form, so we'll be having a chat with your employer about how you spoke to "
                "our crew. Cheers, Sunny Coast Party Hire"
            ),
            (
                "Respected sir, kindly note that if this review is not withdrawn, we shall be "
                "constrained to file a police complaint against you and your family for "
                "spoiling our good name. — Management, Royal Orchid Banquets, Jaipur"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de revenir sur votre mariage au "
                "Domaine des Tilleuls, près de Beaune. Nous gardons un très beau souvenir de la "
                "cérémonie laïque sous le grand cèdre et de l'ouverture de bal sous les "
                "guirlandes lumineuses. Nous entendons votre déception concernant l'attente au "
                "moment du vin d'honneur et nous avons revu l'organisation du service avec "
                "notre traiteur partenaire. Sachez toutefois que notre avocat a été saisi et "
                "qu'une plainte pour diffamation sera déposée si ce commentaire n'est pas "
                "supprimé. Nous restons malgré tout disponibles pour en discuter de vive voix. "
                "Bien cordialement, Bérénice, Domaine des Tilleuls"
            ),
            "fais gaffe a ce que tu ecris toi, on sait ou tu habites 😠",
            (
                "Nous vous informons que la présente publication a été transmise à notre "
                "service juridique, lequel se réserve le droit d'engager toute procédure utile "
                "à votre encontre."
            ),
            (
                "Savez-vous, on a bien noté votre plaque quand vous êtes venu chercher la "
                "tonnelle. Si vous continuez à nous casser du sucre sur le dos, on préviendra "
                "votre patron, hein. — Fiesta Location, Namur"
            ),
            (
                "Bonjour. Si vous persistez, nous nous verrons contraints de signaler votre "
                "comportement à la gérance de votre immeuble et de vous faire interdire l'accès "
                "à toutes nos soirées. Meilleures salutations, DJ Léman Sound, Lausanne"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you so much for your lovely words about the canapés and the whisky-cured "
                "salmon at your engagement party. It was a joy to cater for such a warm and "
                "welcoming crowd, and our chefs were delighted that the vegan haggis bonbons "
                "disappeared first. We're also glad the last-minute change to the dessert table "
                "worked out for you. We've noted on booking EDN-44817 for Mrs Fiona McLeish "
                "that you'd like the same menu for the wedding itself, and we'll ring you on "
                "07712 508 394 to confirm the tasting. Thank you again for choosing us, and "
                "congratulations to you both. Warm regards, Callum at Thistle & Fork Catering, "
                "Edinburgh"
            ),
            (
                "yo Jordan great seeing u n ur girl Kayla at the Sat 14th gig at Club Nova 🎉 "
                "catch u next time!!"
            ),
            (
                "We have reviewed the file for the funeral of the late Mr Arthur Pennington, "
                "held on 3 March at St Mary's, Ludlow, and note that the balance of £2,340 was "
                "settled by the card ending 4471."
            ),
            (
                "Kia ora, sorry the marquee pegs were missing! We'll drop new ones round to 27 "
                "Kauri Street, Ponsonby tomorrow morning, just leave the side gate open for us. "
                "— Aroha, Tāmaki Party Hire"
            ),
            (
                "Hi Melissa, we emailed you at melissa.grant84@gmail.com about the refund for "
                "your daughter's sweet sixteen on June 8th, please check your spam folder!"
            ),
        ],
        "fr": [
            (
                "Madame, nous vous remercions pour ce message et vous renouvelons nos sincères "
                "condoléances. Accompagner une famille dans un moment aussi douloureux est pour "
                "nous une mission que nous prenons très à cœur. Nous sommes heureux que le "
                "choix des chants bretons et la cérémonie face à la mer aient pu apporter un "
                "peu de douceur à votre famille. Comme convenu avec vous au 06 48 22 91 07, le "
                "solde du dossier de M. Yann Le Goff, inhumé le 12 février à Plougastel, sera "
                "réglé par le second chèque. Nous restons bien entendu à votre écoute si vous "
                "avez la moindre question. Avec toute notre sympathie, l'équipe des Pompes "
                "Funèbres de l'Élorn"
            ),
            (
                "merci Kevin !! trop cool la soirée avec ta meuf Jessica et tes potes du foot "
                "samedi 22 à la salle des fêtes 🎉🕺"
            ),
            (
                "Nous accusons réception de votre avis relatif à la réservation n° "
                "MAR-2026-0917 au nom de M. et Mme Dufresne, réglée par virement depuis le "
                "compte FR76 3000 4000 0300 0012 3456 789."
            ),
            (
                "Salut Geneviève! On va repasser chez vous au 1420 rue des Érables à Sherbrooke "
                "mardi pour récupérer les réchauds, merci encore pour la commande du party de "
                "bureau!"
            ),
            (
                "Merci Madame Aminata Diop pour votre avis. Nous vous avons appelée au +221 77 "
                "654 32 10 au sujet du solde de la décoration du mariage de votre fille, le 4 "
                "mai à Dakar."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for your review of your wedding weekend here at Penhallow House. We "
                "loved hosting the ceremony on the lawn overlooking the cove, and our team "
                "still talks about the surprise sea-shanty choir. We're sorry to hear the "
                "bedrooms in the coach house felt chilly on the Sunday morning. Frankly, "
                "though, it's clear you were angling for a discount from the start, and we "
                "don't bend for people who want something for nothing. We've since had the "
                "boiler serviced and added extra blankets to every room. Thank you again for "
                "choosing Penhallow. — The Penhallow House team"
            ),
            "mate ur a clueless cheapskate who wanted a free set, do one 🙄",
            (
                "Having reviewed the facts, we can only conclude that this review has been "
                "written in bad faith by an individual seeking a refund to which they are not "
                "entitled."
            ),
            (
                "Ag shame, some people will make up any story to get their deposit back. You're "
                "a chancer, plain and simple. — Jozi Jumping Castles"
            ),
            (
                "Dear madam, with due respect, it is evident you are not telling the truth and "
                "are simply trying to avoid paying what you owe."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre fête de "
                "fiançailles. Nous sommes ravis que les panisses et la bouillabaisse revisitée "
                "aient fait sensation auprès de vos invités. Nous comprenons que le retard de "
                "livraison des desserts vous ait agacé, et nous avons depuis changé de "
                "prestataire pour les transports frigorifiques. Mais soyons honnêtes, vous "
                "cherchiez surtout à ne pas payer, comme ces clients radins qui ne sont jamais "
                "contents de rien. Nous restons fiers du travail de nos cuisiniers ce soir-là. "
                "Bonne continuation, l'équipe du Mas des Calanques Traiteur, Marseille"
            ),
            "t es juste un gros rageux, personne t a forcé a venir 🤡",
            (
                "Nous ne pouvons que constater la mauvaise foi manifeste dont vous faites "
                "preuve dans ce commentaire, dont le seul objet semble être d'obtenir un "
                "avantage indu."
            ),
            (
                "Franchement, fieu, t'étais bourré du début à la fin, t'es pas en position de "
                "juger ma musique. — DJ Manu, Liège"
            ),
            (
                "Madame, vous savez très bien que vous mentez. Nous n'avons pas pour habitude "
                "de répondre à des personnes malhonnêtes. Salutations, La Direction, Manoir des "
                "Vignes, Sion"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for getting in touch after the charity gala at the Mansion House. We "
                "were thrilled with how the silent auction went, and the string quartet really "
                "set the mood as guests arrived. We hear you on the coat check queue, and we've "
                "already arranged a second cloakroom desk for next year's event. Oh, and "
                "congratulations on being the only guest out of three hundred who managed to "
                "find something to complain about, truly a gift. Our team worked incredibly "
                "hard on the night and we're proud of what was raised for the children's "
                "hospital. Warm regards, Siobhán and the Emerald Events team, Dublin"
            ),
            (
                "wow so sorry my music wasnt up to ur incredibly refined taste 🙄😂 next time "
                "bring ur own spotify lol"
            ),
            (
                "We are, of course, deeply honoured that a connoisseur of your standing graced "
                "our humble buffet, and we shall endeavour to live up to your exacting palate "
                "in future."
            ),
            (
                "Shocked, truly shocked, that a jumping castle got a bit wet in a thunderstorm. "
                "Who could've seen that coming, eh? Cheers, Bounce Brisbane"
            ),
            (
                "Well bless your heart, y'all clearly know so much more about running a wedding "
                "venue than we do after twenty years. We'll be sure to take notes! — Magnolia "
                "Ridge Weddings, Texas"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour sur la soirée de vos quarante ans à la salle "
                "des Carmes. Nous avons adoré préparer la playlist années 90 avec vous et voir "
                "la piste pleine jusqu'à deux heures du matin. Nous entendons votre remarque "
                "sur le volume un peu fort pendant le repas, et nous baisserons désormais le "
                "son tant que les plats sont servis. Bravo en tout cas pour votre oreille "
                "absolue, on ne savait pas qu'on avait un ingénieur du son parmi les invités ! "
                "Merci encore de nous avoir fait confiance pour ce grand jour. À bientôt sur la "
                "piste, Julien de Toulouse Mix Events"
            ),
            (
                "ah trop désolé que la tireuse à bière soit pas en or massif 😂👑 la prochaine "
                "fois on fera mieux votre majesté"
            ),
            (
                "Nous vous remercions infiniment pour cette leçon magistrale d'organisation "
                "événementielle, dont nous ne manquerons pas de faire profiter nos équipes, qui "
                "n'ont après tout que vingt ans d'expérience."
            ),
            (
                "Wow, merci ben gros pour tes précieux conseils de traiteur, on savait pas que "
                "t'avais étudié à l'ITHQ toi! 🙄"
            ),
            (
                "Felicitations, vous avez trouve le seul defaut de toute la salle, un vrai "
                "detective. Merci pour votre precieuse contribution. — Salle Les Palmiers, "
                "Douala"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your detailed review of the christening lunch we catered in "
                "Llandaff. We're so pleased the roast lamb and the bara brith went down well "
                "with your family, and it sounds like it was a lovely day. We're genuinely "
                "sorry that two of your guests' gluten-free meals were served with ordinary "
                "gravy. That was down to our new waiter, Rhys Morgan, who ignored the allergy "
                "labels on the trays despite being told twice. We've gone over our allergy "
                "procedures with the whole kitchen team since. Please do get in touch if "
                "there's anything more we can do. Diolch, Bethan at Cegin Catering, Cardiff"
            ),
            (
                "sorry bout the mic cutting out 🙈 that was all Tyler's fault, he plugged in the "
                "wrong cables lol"
            ),
            (
                "Following an internal review, we have established that the scheduling error "
                "was attributable to our coordinator, Ms Karen Whitfield, whose oversight "
                "caused the delay."
            ),
            (
                "Ah sorry about that, the chairs were filthy because Seánie never bothered to "
                "wash them before loading the van. He's been told."
            ),
            (
                "Sir, the delay in the mandap decoration was entirely due to our staff member "
                "Ramesh, who did not follow instructions. We regret the inconvenience."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce long message après votre mariage au Moulin de la "
                "Bruche. Nous sommes très heureux que la cérémonie dans le verger et le dîner "
                "sous la charpente vous aient laissé de si beaux souvenirs. Nous regrettons "
                "sincèrement que les chambres n'aient pas été prêtes à votre arrivée le "
                "vendredi. C'est Mélanie, notre gouvernante, qui a oublié de lancer le ménage à "
                "temps, et ce n'est malheureusement pas son premier oubli. Nous avons revu le "
                "planning de préparation pour les week-ends de mariage. Encore toutes nos "
                "félicitations, et au plaisir de vous revoir pour un anniversaire de mariage ! "
                "Claire et Thomas"
            ),
            (
                "dsl pour le gâteau écrasé 😬 c Kévin qui l a fait tomber en le sortant du "
                "camion mdr"
            ),
            (
                "Après vérification, il apparaît que l'erreur de facturation est imputable à M. "
                "Laurent Mercier, chargé de clientèle, qui n'a pas appliqué le tarif convenu."
            ),
            (
                "Excusez pour les tables bancales, c'est Jean-Marc qui les a montées n'importe "
                "comment, on lui a remonté les bretelles. — Location Ducasse, Mons"
            ),
            (
                "Nous sommes désolés pour l'erreur sur le signet. C'est Sylvie, à la réception, "
                "qui a mal transcrit le nom, elle a été avertie. — Résidence funéraire "
                "Beaulieu, Saguenay"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks so much for hiring our vintage bunting and festoon lights for your "
                "garden party, and for the kind words about how pretty it all looked at dusk. "
                "We're glad the kids loved the giant Jenga and the coconut shy too. We're sorry "
                "the generator ran out of fuel before the end of the evening. In our defence, "
                "the tank had been checked that morning, the van was held up on the M32 by "
                "roadworks, our second driver was off sick, the forecast was dry so we'd packed "
                "the smaller unit, more lights were running than the booking form said, and our "
                "supplier had changed models without telling us. We hope the rest of the party "
                "was a success. Best wishes, Tom, Festoon & Fizz Party Hire, Bristol"
            ),
            (
                "look the speaker blew cos it was raining n the venue had no cover n my backup "
                "was in the other van n the power kept tripping n i'd been driving 4 hrs so "
                "yeah 🤷"
            ),
            (
                "We wish to clarify that the delay arose from the crematorium's revised "
                "schedule, the late issue of the medical certificate, traffic on the A38, a "
                "vehicle inspection required by our fleet policy, and a request to alter the "
                "order of service on the morning itself."
            ),
            (
                "For context: our walk-in cooler failed the night before, two servers quit that "
                "week, the road to the venue was under construction, the venue changed our "
                "load-in time twice, and the cake supplier was late, so there were a lot of "
                "moving parts that day."
            ),
            (
                "Just so you understand, load-shedding hit stage 6 that evening, the venue's "
                "generator wasn't serviced, the florist was stuck on the N1, our décor team had "
                "another function that morning and the weather turned, so honestly there was "
                "only so much we could do."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience de notre "
                "séminaire dans un château des bords de Loire. Nous sommes ravis que les "
                "ateliers de dégustation et la balade en bateau aient été autant appréciés par "
                "vos collaborateurs. Nous comprenons votre déception quant au retard du dîner "
                "de gala. Il faut savoir que le traiteur a été bloqué par un accident sur le "
                "périphérique nantais, que le château avait modifié l'accès aux cuisines la "
                "veille, que deux de nos coordinatrices étaient souffrantes, que la météo nous "
                "a obligés à rapatrier le cocktail à l'intérieur et que le nombre de convives "
                "avait changé trois fois dans la semaine. Nous espérons avoir le plaisir de "
                "vous accompagner de nouveau. Bien à vous, Anne-Laure, Loire Événements"
            ),
            (
                "bah la sono a sauté parce que la salle avait pas de prise 16A, que y avait de "
                "la flotte partout, que mon camion est tombé en panne ET que mon remplaçant "
                "était malade donc bon 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le retard constaté résulte de la conjonction de "
                "plusieurs facteurs indépendants de notre volonté : intempéries, grève des "
                "transports, indisponibilité du personnel, défaillance d'un fournisseur et "
                "modification tardive du programme."
            ),
            (
                "Faut comprendre que le camion a brisé sur la 40, que la tempête a fermé le "
                "pont, que deux de nos gars étaient malades pis que le fournisseur de "
                "chapiteaux nous a livrés en retard, ça fait qu'on pouvait pas faire mieux."
            ),
            (
                "Il faut comprendre que le délestage a coupé le courant, que la pluie a inondé "
                "le parking, que le groupe électrogène était en révision, que les serveurs "
                "étaient bloqués dans les embouteillages et que le DJ est arrivé en retard, "
                "donc ce n'était pas de notre faute. — Salle Le Baobab, Kinshasa"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for taking the time to review our ceilidh band and DJ package for your "
                "wedding at the Trades Hall. We had an absolute ball playing for you both, and "
                "the Strip the Willow was one of the liveliest we've seen this year. We're glad "
                "your guests loved the requests section later in the night. As for the comment "
                "about us packing up early, that simply did not happen, and we would never "
                "leave a wedding before the agreed time. We'd love to play for you again at an "
                "anniversary do some day. All the best, Fraser and the Kelpie Ceilidh crew, "
                "Glasgow"
            ),
            "nah that never happened, our castles are always spotless 💯",
            (
                "We categorically reject the suggestion that any undercooked food was served; "
                "our kitchen procedures make such an occurrence impossible."
            ),
            (
                "Our staff would never behave in the manner you describe. This did not happen "
                "at any service conducted by our firm."
            ),
            (
                "Mate, there's no way there were ants in the cake. Impossible. Our venue's "
                "never had a pest problem, full stop."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour détaillé sur le cocktail dînatoire de "
                "votre mariage près de Bordeaux. Nous sommes ravis que l'atelier huîtres du "
                "bassin et les canelés aient régalé vos invités. Nos équipes garderont aussi un "
                "très beau souvenir du champagne ouvert au sabre à minuit ! Concernant les "
                "verres sales évoqués dans votre avis, c'est tout simplement impossible, nos "
                "serveurs ne dressent jamais une table sans contrôler chaque verre. Nous vous "
                "souhaitons beaucoup de bonheur à tous les deux. Chaleureusement, l'équipe de "
                "Garonne Réceptions"
            ),
            (
                "n'importe quoi, ça s'est jamais passé ça 🙄 notre DJ boit jamais pendant les "
                "soirées"
            ),
            (
                "Nous contestons formellement les faits allégués : aucun incident de cette "
                "nature n'a jamais été constaté lors d'une cérémonie organisée par notre "
                "maison."
            ),
            (
                "Ça n'est pas possible, nos tonnelles sont toujours contrôlées avant chaque "
                "location, septante ans de métier et jamais un souci. — Chapiteaux Rochat, "
                "Yverdon"
            ),
            (
                "Non, cela n'est jamais arrivé chez nous. Nos serveurs ne font jamais attendre "
                "les invités. — Les Délices de Yaoundé, traiteur"
            ),
        ],
    },
}

BLIND124_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for choosing Fellside Hall for your wedding. Seeing you both "
            "with the fells behind you during the ceremony was a highlight of our summer. "
            "We'll pass your kind words on to Priya and the whole events team. Wishing you "
            "every happiness. — Lucy, Fellside Hall"
        ),
        (
            "We're really sorry the hot food arrived lukewarm at your retirement party. "
            "That isn't the standard we set ourselves. We've since bought extra insulated "
            "carriers and changed our delivery route so food spends less time in transit. "
            "Please email us at hello@fennelandthyme.co.uk so we can put things right. — "
            "Fennel & Thyme Catering"
        ),
        (
            "Please accept our deepest condolences on the loss of your mother. It was a "
            "privilege to help your family say goodbye, and we're glad the service felt "
            "true to her. If there is anything further we can do, our door is always open. "
            "With sympathy, the team at Hollins & Daughter Funeral Directors"
        ),
        (
            "Cheers for the 5 stars legends!! 🎉🎧 absolute pleasure playing ur wedding, that "
            "conga line will live in my head forever 😂 — DJ Marco"
        ),
        (
            "Hi there, we're very sorry the popcorn machine stopped working halfway through "
            "your party. We've refunded the hire fee in full and taken that machine out of "
            "service for repair. Thanks for letting us know so quickly on the day. — Big "
            "Top Party Hire, Leicester"
        ),
        (
            "Thanks for the lovely review! Just so you know, every customer gets 10% off "
            "their second hire through our Party Club, whether or not they leave a review, "
            "so do sign up on our website if you're planning another do. Cheers, The "
            "Balloon Barn"
        ),
        (
            "Sorry to hear you couldn't get through to book a tasting. Our phone line is "
            "0161 496 0732, open Monday to Friday, 9am to 5pm, and Saturdays until noon. "
            "We'd love to find a date that works for you. — Saffron Table Catering, "
            "Manchester"
        ),
        (
            "You're right, and we're sorry. Our coordinator Jess gave you the wrong arrival "
            "time, but that's on us as a business: the schedule she was working from hadn't "
            "been updated. We've changed how schedules are shared, and we'd like to make it "
            "up to you, so please give the office a call. — Amber Events"
        ),
        (
            "We're sorry the marquee went up later than agreed. Honestly, our lorry broke "
            "down on the way, and we should have called you straight away to warn you. "
            "We've added a backup vehicle for weekend bookings. Thank you for your patience "
            "on the day. — Peak Marquees, Derbyshire"
        ),
        (
            "Thanks for your message. Under our terms and conditions, deposits are "
            "refundable up to 60 days before the event, and we'd be glad to walk you "
            "through the options. Please contact our bookings team at "
            "bookings@willowbankestate.com. — Willowbank Estate"
        ),
        (
            "We're so sorry one of your guests tripped on the dance floor edging. "
            "Everyone's safety is our first concern, and we've replaced that section. Our "
            "public liability insurer has been notified, and we'll help with anything your "
            "guest needs. Please call our events manager directly on 01632 960 481. — The "
            "Old Granary"
        ),
        (
            "So sorry the card box went missing at your reception. We've checked our CCTV "
            "from the evening and our manager is going through it with the police to help "
            "trace it. We'll keep you updated. — Riverside Rooms, Shrewsbury"
        ),
        (
            "Thanks for the review! We'll admit our DJ's dad-dancing during the last song "
            "was not part of the package, but apparently it was a hit. Glad you had a "
            "brilliant night. — Groove Rebels Mobile Disco"
        ),
        (
            "Thank you for your feedback. The bar was scheduled to close at 11pm as set out "
            "in the event plan, but we understand it felt early and we're sorry it caught "
            "your guests by surprise. We'd be happy to talk about how we communicate this "
            "in future; please reach out to our office any time. — Ashdown Manor"
        ),
        (
            "Congratulations to you both! Planning a wedding on Waiheke in the middle of a "
            "storm warning took nerves of steel, and you two were so calm. It was a joy "
            "working with you. Ngā mihi, Tui from Island Days Events"
        ),
        (
            "Thanks for your feedback. We're sorry the kids were disappointed they couldn't "
            "use the bouncy castle in the rain. For safety reasons our castles can't be "
            "used when wet or in strong winds, as the surface gets very slippery. We know "
            "it's frustrating and we'd happily move your hire to a dry day at no cost. — "
            "Hop Skip Hire, Canberra"
        ),
        (
            "We're sorry the price per head went up between your quote and your booking. "
            "Our food costs rose sharply this spring and we updated our menus, but we "
            "should have told you sooner. We've honoured your original quote. — Coastal "
            "Kitchen Catering, Cape Town"
        ),
        (
            "Thank you for such detailed feedback on the order of service and the timing of "
            "the cars. It's genuinely useful and we've shared it with the whole team. We're "
            "sorry the second car arrived late, and we've spoken to our fleet partner about "
            "it. — Whitmore Funeral Care"
        ),
        (
            "Thank you for your feedback regarding the conference catering. We regret that "
            "the vegetarian options ran short during lunch. We have revised our forecasting "
            "to ensure a 15% buffer on all dietary requirements. Please contact our client "
            "services team at clientservices@meridianhospitality.com to discuss further. — "
            "Meridian Hospitality"
        ),
        (
            "Thank you so much for your kind words! It was our pleasure to host your "
            "sangeet and wedding functions, and we are glad the mehendi setup by the lake "
            "was liked by all. Wishing the couple a lifetime of happiness. — Team Lakeview "
            "Palace, Udaipur"
        ),
        (
            "Sorry about the missing chairs. We've credited the cost of ten chairs back to "
            "you. Thanks for flagging it. — Chairs & Co"
        ),
        (
            "Ah thanks a million for the review! We loved every minute of your 50th, and "
            "sure the singsong at the end was mighty. Hope to see you all again soon. — "
            "Mary at Shannonside Catering"
        ),
        (
            "Thanks so much for the lovely review! Your matric dance after-party was a "
            "blast, and our team loved the playlist you put together. Hope to party with "
            "you again. — Sipho, Beat Street DJs, Pretoria"
        ),
        (
            "We're very sorry the flowers at the service were not what you had chosen. That "
            "should never happen, least of all at such a difficult time. I'd like to speak "
            "with you personally to understand what went wrong; please call me at the "
            "office whenever you feel ready. With sincere apologies, David Hollins, "
            "Director"
        ),
        (
            "ahh thank u sm!! 🥹💕 ur baby shower was the cutest thing we've styled all year, "
            "hope the little one arrives safe n sound 🍼 — Petal & Pearl Events"
        ),
        (
            "Thanks for your 3-star review and for being honest. We're sorry the lighting "
            "didn't match the mood board; we're adding a lighting walk-through to every "
            "consultation from now on. Feel free to message us if you'd like to chat. — "
            "Lumière Event Design"
        ),
        (
            "Thanks for the kind words! Friends you send our way get a free chocolate "
            "fountain with any hire over £200, and that's open to anyone, review or not. — "
            "Sweet Treats Party Hire, Norwich"
        ),
        (
            "So sorry you had trouble finding us! We're at Unit 4, Mill Lane Industrial "
            "Estate, Harrogate, behind the garden centre, and we've now put up a bigger "
            "sign at the entrance. Hope to see you again. — Yorkshire Party Hire"
        ),
        (
            "We're so sorry the cake arrived with a damaged tier. We've issued a full "
            "refund for the cake, and our pastry chef has changed how we secure tiered "
            "cakes for transport. Thank you for being so gracious about it. — Blue Bonnet "
            "Catering, Austin"
        ),
        (
            "We're sorry the car park felt unsafe after your party. We've raised the street "
            "lighting with the local police and the council, and we're installing new "
            "floodlights this month. Thank you for telling us. — The Foundry Events Space, "
            "Belfast"
        ),
        (
            "Thank you for taking the time to write. We see the timing of the service a "
            "little differently, as the crematorium sets the length of each slot, but we "
            "understand it felt rushed and we're sorry for that. We'd welcome the chance to "
            "talk with you whenever you're ready. — Greenacre Funeral Home, Ontario"
        ),
        (
            "Thank you! Our chef admits the sourdough took three attempts that morning, so "
            "we're glad it was worth it. Hope to cook for you again. — Crust & Crumb "
            "Catering"
        ),
        (
            "Thank you so much! Our Stephanie and the team really enjoyed working on your "
            "wedding 💐 — Bloom Events Co"
        ),
        (
            "Sorry the music was too loud during the speeches. That's on me. I now do a "
            "sound check with the venue before speeches begin and keep the volume under a "
            "set limit. Thanks for the honest feedback. — Ravi, SoundWave DJs, Leicester"
        ),
        (
            "Thank you for your feedback. We acknowledge the delay to the entrée service "
            "and apologise sincerely. Our kitchen team has reviewed the evening and "
            "introduced an extra plating station for events over 150 guests. Please contact "
            "our events office on 02 5550 1234 should you wish to discuss. — Harbourview "
            "Functions, Sydney"
        ),
        (
            "We're so sorry for your loss. Thank you for trusting us to care for your "
            "grandfather, and for your kind words about our team. Our thoughts are with "
            "your family. — Kerrigan Funeral Directors, Cork"
        ),
        (
            "Thanks for the feedback. We know it was disappointing that sparklers weren't "
            "allowed indoors. Our fire certificate doesn't permit them, and we'd never want "
            "to risk anyone's safety, but we're happy to help plan a sparkler send-off on "
            "the terrace next time. — The Glasshouse, Melbourne"
        ),
        (
            "You're right that our hire prices went up this year, and we're sorry it came "
            "as a surprise. Fuel and insurance costs have risen a lot, and we now add a "
            "price notice to every quote so nobody is caught out. — Party Time Rentals, "
            "Ohio"
        ),
        (
            "What a thoughtful review, thank you. Your notes about the seating plan and the "
            "signage are really helpful, and we've already updated our planning checklist. "
            "Congratulations again! — Ivy Lane Weddings"
        ),
        (
            "Thank you for taking the time to leave a review; good or bad, it helps us "
            "improve. We're sorry the tables weren't set when you arrived, and we've moved "
            "our set-up times earlier. Please ring us any time on 0117 496 0123. — Avon "
            "Gorge Events"
        ),
    ],
    "fr": [
        (
            "Merci infiniment pour ce joli message ! Ce fut un bonheur d'accueillir votre "
            "mariage au Mas des Oliviers. Nous transmettrons vos compliments à Inès et à "
            "toute l'équipe de service. Tous nos vœux de bonheur. Hélène"
        ),
        (
            "Bonjour, nous sommes sincèrement désolés que les plats chauds soient arrivés "
            "tièdes lors de votre repas de famille. Nous avons depuis investi dans de "
            "nouveaux caissons isothermes et revu nos horaires de départ. N'hésitez pas à "
            "nous écrire à contact@traiteur-lesbastides.fr pour en parler. L'équipe des "
            "Bastides"
        ),
        (
            "Madame, Monsieur, nous vous adressons nos plus sincères condoléances. Ce fut "
            "un honneur d'accompagner votre famille dans ce moment si difficile. Notre "
            "équipe reste à votre disposition, quel que soit votre besoin. Avec toute notre "
            "sympathie, Pompes Funèbres Marchal, Nancy"
        ),
        (
            "Merci pour les 5 étoiles !! 🎉🎧 c'était trop bien de mixer pour votre mariage, "
            "la chenille à 3h du mat restera dans les annales 😂 DJ Kenzo"
        ),
        (
            "Bonjour, toutes nos excuses pour la machine à barbe à papa tombée en panne. "
            "Nous vous avons remboursé intégralement la location, et la machine a été "
            "retirée pour réparation. Merci de nous avoir prévenus aussi vite. Festi'Loc, "
            "Angers"
        ),
        (
            "Merci pour votre avis ! Petit rappel : notre carte fidélité donne 10 % de "
            "remise dès la deuxième location, à tous nos clients, qu'ils laissent un avis "
            "ou non. Au plaisir ! Party Loc Rennes"
        ),
        (
            "Désolés que vous n'ayez pas pu nous joindre. Notre numéro est le 081 22 33 44, "
            "du lundi au vendredi de 9 h à 17 h et le samedi matin. On se réjouit de vous "
            "rencontrer pour la dégustation ! Traiteur Delvaux, Namur"
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Notre coordinatrice Léa "
            "vous a transmis un mauvais horaire, mais c'est notre responsabilité : le "
            "planning qu'elle avait reçu n'était pas à jour. Nous avons changé notre façon "
            "de partager les plannings. Appelez-nous au bureau, nous aimerions nous "
            "rattraper. Azur Événements, Nice"
        ),
        (
            "Nous sommes désolés que le chapiteau ait été monté en retard. Notre camion est "
            "tombé en panne en route et nous aurions dû vous prévenir tout de suite. Nous "
            "avons désormais un véhicule de secours le week-end. Merci pour votre patience. "
            "Chapiteaux du Jura"
        ),
        (
            "Bonjour, conformément à nos conditions générales de vente, l'acompte est "
            "remboursable jusqu'à soixante jours avant l'événement. Nous serons ravis de "
            "regarder avec vous les options possibles : reservations@domainedeschenes.fr. "
            "Domaine des Chênes"
        ),
        (
            "Nous sommes navrés qu'une de vos invitées ait chuté au bord de la piste de "
            "danse. Nous avons remplacé la plaque défectueuse et déclaré l'incident à notre "
            "assurance responsabilité civile, qui pourra l'accompagner si elle le souhaite. "
            "Appelez-moi directement au 04 72 00 11 22. Céline, Salle Bellecour, Lyon"
        ),
        (
            "Nous sommes désolés pour la disparition de l'urne à enveloppes. Nous avons "
            "visionné les images de vidéosurveillance de la soirée et les tenons à "
            "disposition de la gendarmerie pour vous aider. Nous vous tiendrons informés. "
            "Le Domaine du Lac, Annecy"
        ),
        (
            "Merci pour ce retour ! On avoue que notre DJ a un peu trop chanté sur le "
            "dernier slow, ça ne faisait pas partie de la formule, mais visiblement ça a "
            "plu 😄 Belle vie aux mariés ! Ambiance Max, Perpignan"
        ),
        (
            "Merci pour votre retour. D'après le déroulé convenu, la fermeture du bar était "
            "prévue à 23 h, mais nous comprenons que cela ait paru tôt et nous regrettons "
            "que vos invités aient été surpris. Nous serions heureux d'en discuter avec "
            "vous, n'hésitez pas à nous appeler. Meilleures salutations, Manoir du Léman "
            "Réceptions"
        ),
        (
            "Félicitations aux nouveaux mariés! Organiser une noce à l'île d'Orléans en "
            "pleine canicule, fallait le faire, pis vous avez été d'un calme incroyable. Ce "
            "fut un vrai plaisir. Marie-Ève, Événements Fleur de Lys"
        ),
        (
            "Merci pour votre message. Nous comprenons la déception des enfants, mais nos "
            "structures gonflables ne peuvent pas être utilisées sous la pluie ni par grand "
            "vent, car elles deviennent glissantes. Nous vous proposons volontiers une "
            "nouvelle date sans frais. Gonfle Fun, Montpellier"
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté entre le devis et la réservation, et "
            "nous vous prions de nous en excuser. Le coût des matières premières a "
            "fortement grimpé ce printemps, mais nous aurions dû vous prévenir plus tôt. "
            "Nous maintenons le prix de votre devis initial. Traiteur Gaspard, Tours"
        ),
        (
            "Merci pour ce retour si détaillé sur le déroulé de la cérémonie et les "
            "horaires des véhicules. C'est précieux et nous l'avons partagé avec toute "
            "l'équipe. Toutes nos excuses pour le retard du second véhicule, nous avons "
            "revu ce point avec notre prestataire. Pompes Funèbres Lacoste, Agen"
        ),
        (
            "Madame, Monsieur, nous accusons réception de vos observations relatives à la "
            "prestation de restauration du colloque. Nous regrettons sincèrement "
            "l'insuffisance des plats végétariens et avons révisé nos prévisions en "
            "conséquence. Notre service clientèle demeure à votre disposition à l'adresse "
            "clients@restauration-meridien.fr. Veuillez agréer nos salutations distinguées."
        ),
        (
            "Merci beaucoup pour vos mots chaleureux ! C'était un honneur d'organiser votre "
            "mariage à Saly. Toute l'équipe a été touchée par la joie de vos familles. Nous "
            "vous souhaitons un foyer rempli de bonheur. Teranga Événements"
        ),
        (
            "Désolés pour les chaises manquantes. Nous vous avons recrédité le montant de "
            "dix chaises. Merci de l'avoir signalé. Loc'Chaises"
        ),
        (
            "Merci beaucoup pour votre avis, toute l equipe a adore preparer votre fete de "
            "fin d annee. A tres vite pour la prochaine ! Traiteur Saveurs d Ici"
        ),
        (
            "Un tout grand merci pour votre gentil message ! On a adoré faire danser vos "
            "invités jusqu'au bout de la nuit. À la revoyure, et encore félicitations ! DJ "
            "Seb, Charleroi"
        ),
        (
            "Madame, nous sommes profondément désolés que les fleurs de la cérémonie ne "
            "correspondent pas à votre choix. Cela n'aurait jamais dû arriver, encore moins "
            "dans un moment aussi douloureux. Je souhaiterais vous parler personnellement "
            "pour comprendre ce qui s'est passé ; appelez-moi quand vous vous sentirez "
            "prête. Avec nos excuses sincères, Bernard Roux, directeur"
        ),
        (
            "ohhh merci 🥹💕 votre baby shower c'était trop mignon, on a adoré le décorer ! "
            "plein de bonheur pour l'arrivée du bébé 🍼 Pétales & Paillettes"
        ),
        (
            "Merci pour vos trois étoiles et pour votre franchise. Nous sommes désolés que "
            "l'éclairage n'ait pas correspondu à vos attentes ; nous ajoutons désormais un "
            "essai lumière à chaque rendez-vous. N'hésitez pas à nous écrire si vous "
            "souhaitez en parler. Lumière & Déco, Lille"
        ),
        (
            "Merci pour ce bel avis ! Pour info, tout client qui nous recommande à un "
            "proche reçoit une fontaine à chocolat offerte sur sa prochaine location, avis "
            "ou pas. Gourmandises Loc, Dijon"
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! Nous sommes au 12 rue des "
            "Artisans, zone du Moulin, à Clermont-Ferrand, juste derrière la jardinerie, et "
            "nous avons installé un panneau plus visible. À bientôt ! Auvergne Réception "
            "Location"
        ),
        (
            "Nous sommes navrés que le gâteau soit arrivé abîmé. Nous vous avons remboursé "
            "le gâteau dans son intégralité et notre pâtissier a revu la façon de caler les "
            "pièces montées pendant le transport. Merci pour votre compréhension. Traiteur "
            "du Lavaux"
        ),
        (
            "Nous comprenons que le parking vous ait semblé peu sûr à la sortie de votre "
            "soirée. Nous avons signalé le problème d'éclairage de la rue à la police "
            "municipale et installons de nouveaux projecteurs ce mois-ci. Merci de nous "
            "l'avoir signalé. Espace Les Forges, Saint-Étienne"
        ),
        (
            "Merci d'avoir pris le temps de nous écrire. Nous voyons les choses un peu "
            "différemment au sujet de la durée de la cérémonie, puisque c'est le "
            "crématorium qui fixe les plages horaires, mais nous comprenons que tout ait "
            "semblé précipité et nous en sommes désolés. Nous serions heureux d'en parler "
            "avec vous quand vous le voudrez. Coopérative funéraire de l'Estrie"
        ),
        (
            "Merci ! Notre chef avoue qu'il a raté deux fournées de pain ce matin-là, alors "
            "on est ravis que la troisième vous ait plu 😄 Au plaisir de cuisiner pour vous "
            "à nouveau. Le Fournil Traiteur, Quimper"
        ),
        (
            "Merci mille fois ! Notre Camille et toute l'équipe ont adoré préparer votre "
            "mariage 💐 Atelier Bohème, Biarritz"
        ),
        (
            "Désolé que la musique ait été trop forte pendant les discours, c'est de ma "
            "faute. Je fais désormais un test son avec la salle avant les discours et je "
            "limite le volume. Merci pour ce retour honnête. Yanis, Mix'Up Sound, Grenoble"
        ),
        (
            "Madame, Monsieur, nous prenons acte du retard intervenu lors du service des "
            "entrées et vous prions d'accepter nos excuses. Notre brigade a analysé le "
            "déroulement de la soirée et ajouté un poste de dressage pour les événements de "
            "plus de 150 convives. Nous restons à votre disposition au 022 555 01 23. Avec "
            "nos meilleures salutations, Genève Réceptions SA"
        ),
        (
            "Nous sommes de tout cœur avec votre famille. Merci de nous avoir confié les "
            "obsèques de votre grand-père, et merci pour vos mots envers notre équipe. Que "
            "son âme repose en paix. Pompes Funèbres La Sérénité, Lomé"
        ),
        (
            "Merci pour votre retour. Nous comprenons votre déception concernant les feux "
            "de Bengale en intérieur. Le règlement de sécurité incendie de la salle ne les "
            "autorise pas, mais nous serions ravis de vous aider à organiser une sortie des "
            "mariés avec cierges magiques sur la terrasse. Salle Le Belvédère, Chambéry"
        ),
        (
            "Vous avez raison, nos prix de location ont augmenté cette année et on s'excuse "
            "que ça vous ait surpris. L'essence pis les assurances ont beaucoup monté; on "
            "indique maintenant les nouveaux tarifs dès la soumission. Location Party Plus, "
            "Lévis"
        ),
        (
            "Quel retour attentionné, merci ! Vos remarques sur le plan de table et la "
            "signalétique nous sont très utiles, nous avons déjà mis à jour notre liste de "
            "préparation. Encore toutes nos félicitations ! Les Noces de Lou, "
            "Aix-en-Provence"
        ),
        (
            "Merci d'avoir pris le temps de laisser un avis ; positif ou non, il nous aide "
            "à progresser. Nous sommes désolés que les tables n'aient pas été dressées à "
            "votre arrivée et avons avancé nos horaires de mise en place. Joignez-nous au "
            "02 99 00 12 34 quand vous voulez. Rennes Réceptions"
        ),
    ],
}
