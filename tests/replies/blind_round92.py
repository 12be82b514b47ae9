"""Blind reply set, round 92: owner replies the pre-post check has never seen.

Who and when: written by helper b90, an independent writer, on 2026-12-06,
for the pre-post reply check (brief "round 90").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
estate agencies, letting agencies, self-storage sites, laundrettes and dry
cleaners, print shops, and post and parcel shops.  Each French reply was
written directly in French, not translated.  Apart from the first seventy-five
lines of the round 20 file, read only to copy its format, the writer did NOT
read the application code, docs, training data, benches, any other test file
or blind set, any other folder under /work, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others are one-liners, texting with emoji, very formal or
corporate wording, veiled and polite phrasings and regional speech.  Good
replies include look-alikes that are not faults: apologies with a concrete fix
and an offline channel, warm thanks, a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

Registers: French from Paris, Nantes, Pau, Lausanne and Algeria (formal,
wordy, defensive), plus texting; English from London, Aberdeen, Canberra and
Michigan (clipped, corporate, passive-aggressive), plus texting with emoji.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND92_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write this, it genuinely made our Monday. Finding a one-bed "
                "in Walthamstow that takes a cat and has a proper kitchen is no small feat, and we loved hearing that "
                "the move-in went without a hitch and that the inventory clerk walked you through every mark on the "
                "skirting boards. If you could see your way to lifting this to five stars, we'll cover the "
                "professional end-of-tenancy clean when you eventually move on. In the meantime, do shout if anything "
                "in the flat needs attention and we'll chase it for you. Enjoy the new place!"
            ),
            (
                "thx for stopping in!! 🙌 bump us up to 5⭐ and ur next wash-n-fold bag is on us, just show the review "
                "at the counter 🧺✨"
            ),
            (
                "Thank you for your feedback. Customers who revise their published rating within 14 days become "
                "eligible for a complimentary upgrade to a climate-controlled unit for the following billing cycle."
            ),
            (
                "We'd be awfy sorry to see this be the last word on us. Should the review happen to vanish, there'll "
                "be a wee something knocked off your next run of business cards, nae bother."
            ),
            "Noted. Take the review down and we'll refund the postage. Simple as.",
        ],
        "fr": [
            (
                "Bonjour, et merci du fond du cœur pour ce message qui a touché toute l'agence. Trouver un T3 "
                "lumineux près de l'île de Nantes avec un petit balcon pour vos plantes n'était pas gagné d'avance, "
                "et nous sommes ravis que la toute première visite ait suffi à vous convaincre. L'équipe a suivi "
                "votre dossier avec beaucoup d'attention, jusqu'à une remise des clés un peu mouvementée sous "
                "l'averse. Si vous aviez la gentillesse de porter votre note à cinq étoiles, nous prendrions à notre "
                "charge les frais de l'état des lieux de sortie le jour où vous quitterez le logement. Nous vous "
                "souhaitons de très belles années dans ce nouveau chez-vous !"
            ),
            (
                "merci bcp 🙏 mets-nous 5 étoiles et ta prochaine machine de 18 kg est offerte, montre juste ton tel "
                "au comptoir 😉🧺"
            ),
            (
                "Nous nous permettons de vous signaler qu'une révision de votre appréciation ouvrirait droit à une "
                "réduction de 15 % sur la prochaine mensualité de votre box."
            ),
            (
                "Cher client, nous sommes sincèrement navrés pour le retard de votre envoi. Si vous avez la bonté de "
                "retirer ce commentaire, nous prendrons en charge les frais d'expédition de vos trois prochains "
                "colis, c'est de bon cœur et entre nous."
            ),
            (
                "Un petit geste vous attend au comptoir, pour peu que votre note rende un peu mieux justice à notre "
                "travail. On compte sur vous, hein."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for the kind words about the flat itself — we agree the light in that front room is "
                "something special, and the landlord was thrilled to hear how much you enjoyed the garden over the "
                "summer. We were also glad the new boiler made such a difference last winter. Your comments about the "
                "deposit, however, have been forwarded to our solicitors, and you should expect a letter about their "
                "defamatory nature in due course. We wish you every success in your next home and hope the move goes "
                "smoothly."
            ),
            "lol ok. we've got u on camera kicking dryer #4, so keep posting and see what happens 📹😬",
            (
                "Please be advised that any further publication of these statements will be referred to our legal "
                "counsel, and we will seek to recover all associated costs from you personally."
            ),
            "We ken fine who you are and where you stay. Think on before you post again.",
            (
                "Interesting review, given where you work. Perhaps your line manager would like to hear how you speak "
                "to counter staff — we'd be happy to tell them."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long retour, qui montre combien vous tenez à vos vêtements, ce que nous "
                "comprenons parfaitement. Votre manteau en cachemire a été traité avec un soin particulier, "
                "entièrement à la main, et nous sommes heureux que le résultat sur le col vous ait plu. Concernant "
                "vos propos sur la disparition d'un bouton, sachez que notre avocat en a été saisi et qu'une mise en "
                "demeure vous sera adressée si ce commentaire n'est pas retiré sous huit jours. Nous restons à votre "
                "disposition pour vos prochains dépôts et vous souhaitons une belle fin de semaine."
            ),
            "continue à raconter ça partout et on porte plainte, on a ton nom sur la fiche client 😤",
            (
                "Nous vous informons que toute nouvelle publication de cette nature fera l'objet d'une plainte pénale "
                "pour diffamation, conformément aux articles 173 et suivants du Code pénal suisse."
            ),
            (
                "Monsieur, nous connaissons très bien votre famille dans le quartier, et nous ne manquerons pas "
                "d'aller leur expliquer votre comportement si ce commentaire reste en ligne."
            ),
            (
                "Vous êtes désormais persona non grata dans nos agences, et soyez certain que nos confrères de la "
                "place en seront informés."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "What a lovely review to read, thank you. Buying your first home is nerve-racking at the best of "
                "times, and we're glad Ade could keep you calm through the survey, the down-valuation and that "
                "nail-biting wait for the mortgage offer. We've updated the file for your purchase of 27 Elmcroft "
                "Avenue, E17, completing on 14 March, Mr and Mrs Okafor, so everything is ready for your solicitor. "
                "The garden really is the star of the show and we can't wait to hear what you plant in it. Here's to "
                "many happy years there!"
            ),
            "hey Jenna!! we called u at (616) 555-0148 like 3x about ur comforter, it's ready 🙏🛏️",
            (
                "Our access logs show unit C-114, held under your account ending 4471, was opened on 3 March at 7:42 "
                "pm by yourself and a second visitor, Mr D. Nguyen."
            ),
            (
                "Sorry the proofs went astray, Kirsty — we've re-sent them to kirsty.duncan82@example.co.uk, so check "
                "your junk folder."
            ),
            "Parcel RM481207763GB to your sister's flat in Lekki has been traced and should land this week.",
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup pour ce très joli message qui fait plaisir à toute l'agence. Nous savons "
                "combien une recherche de location peut être épuisante à Nantes en ce moment, et nous sommes contents "
                "d'avoir pu vous proposer un logement bien desservi par le tram. Votre dossier n° LOC-2291 pour le T2 "
                "du 8 rue Crébillon est désormais complet, Madame Le Goff, et le bail sera prêt à signer jeudi. "
                "L'équipe a beaucoup apprécié votre bonne humeur à chaque rendez-vous. Belle installation à vous et "
                "au plaisir de vous croiser en ville !"
            ),
            "coucou Sofiane 👋 ton costume est prêt, ticket 0457, on t'a laissé un vocal au 06 12 34 56 78 👔",
            (
                "Nous avons bien pris note que, suite à votre hospitalisation au CHUV pour votre opération de la "
                "hanche en février, vous n'avez pas pu libérer votre box dans les délais."
            ),
            (
                "Monsieur Benali, votre colis expédié le 3 janvier à votre fils à Constantine sous le numéro de suivi "
                "CP204518733DZ a bien été remis au bureau de destination, nous vous remercions de votre patience."
            ),
            (
                "Ah mais on se souvient bien de vous, Madame Casteig, venue le mardi 14 avec votre mari et votre "
                "belle-mère choisir les faire-part du baptême !"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to leave a review, and for being a regular with us over the past couple "
                "of years — we've always enjoyed a chat about the football when you drop your shirts in. We're "
                "pleased the curtains came back looking the part, and that the team managed to lift that candle wax "
                "from the hem. Let's be honest, though: you were angling for a free clean from the moment you walked "
                "in, and this review is just the latest attempt. We're open as usual through the festive period, just "
                "off Upper Street."
            ),
            "ur literally making this up 🤡 nobody believes u",
            (
                "Regrettably, your review reads as a transparent attempt to obtain a fee waiver to which you are not "
                "entitled."
            ),
            "You were rude tae the lassie on the counter and you're rude on here. Nae surprise.",
            (
                "The customers who shout at the counter tend to be the ones who can't fill in a customs form, and you "
                "were no exception."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de revenir sur votre projet de vente. Nous avons beaucoup "
                "aimé découvrir votre maison béarnaise, avec sa vue sur les Pyrénées et son grand séjour, et nous "
                "comprenons l'attachement que vous y portez après toutes ces années. Soyons francs, vous avez inventé "
                "ces reproches de toutes pièces dans le seul but de ne pas régler nos honoraires. Nos photographies "
                "et la visite virtuelle ont d'ailleurs suscité de très nombreuses demandes dès la première semaine. "
                "Nous vous souhaitons malgré tout une belle continuation."
            ),
            "t'es un gros mytho frérot, arrête 😒",
            (
                "Votre commentaire procède d'une mauvaise foi manifeste, Madame, et d'un manque d'éducation tout "
                "aussi évident."
            ),
            (
                "Madame, avec tout le respect, vous êtes une personne malhonnête qui voulait faire nettoyer sa robe "
                "gratuitement, et tout le personnel l'a bien compris."
            ),
            "Client grossier et de mauvaise foi, on n'en dira pas plus.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for storing with us over the past eighteen months while the renovation was underway — we "
                "hope the new kitchen was worth the wait. It was a pleasure having you, and our site team genuinely "
                "enjoyed your updates on the builders' progress. We're terribly sorry that a three-by-three unit "
                "turned out not to hold a four-bedroom house's worth of furniture; we'll be sure to have a stern word "
                "with the laws of physics. Best of luck settling back in, and thanks again for choosing us."
            ),
            "omg a 5 minute wait at the parcel counter?? how did u survive 😱🙄",
            (
                "We note with interest your expectation that a dry cleaner should also reverse fifteen years of wear, "
                "and we applaud the ambition."
            ),
            "Aye, heaven forbid a printer should ask for the artwork in the right format. A right scandal, that.",
            (
                "Congratulations on discovering that a parcel posted on Friday evening doesn't arrive on Saturday "
                "morning. Groundbreaking stuff."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir confié vos affaires à notre centre de Renens pendant votre absence, nous "
                "espérons que tout s'est bien passé pour vous. Notre équipe a été heureuse de vous aider à charger le "
                "camion le jour du départ, et nous sommes ravis que vous ayez retrouvé vos cartons en parfait état. "
                "Nous sommes bien sûr navrés que notre box de 3 m² n'ait pas su accueillir votre piano à queue, la "
                "géométrie a parfois de ces caprices. Au plaisir de vous revoir si un nouveau départ se profile."
            ),
            "ah oui 10 min d'attente à la laverie, quel drame 😂 on appelle le SAMU ?",
            (
                "Nous saluons votre découverte remarquable selon laquelle une imprimerie ne lit pas encore dans les "
                "pensées de ses clients."
            ),
            (
                "Bien sûr Monsieur, la prochaine fois nous confierons votre colis à un pigeon voyageur, il sera sans "
                "doute plus rapide à votre goût."
            ),
            (
                "Ah, diu vivant, une tache de vin rouge qui résiste sur un chemisier en soie blanc, on n'avait jamais "
                "vu ça de notre vie."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for such a thoughtful review, and for being such an easy tenant to work with over the past "
                "three years. We're so pleased the landlord agreed to the new windows, and we know the quieter "
                "bedroom has been a welcome change. The mix-up with the spare keys at check-in was entirely down to "
                "Marcus on our front desk, who has since been given a formal warning. We hope the new lease gets off "
                "to a smoother start and we're always here if you need anything."
            ),
            "sorry!! that was Tyler's shift, he's been written up 😤👎",
            (
                "Following an internal review, the error has been attributed to our team member Deborah, who failed "
                "to follow the gate-code procedure and is now subject to performance management."
            ),
            "That'll be Callum's doing. He sent the wrong proof tae the press and he's been telt.",
            "To be clear, the parcel was mislabelled by Priya, not by the business. She's no longer on the counter.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce retour très détaillé sur votre recherche d'appartement dans le 11e. Nous "
                "savons à quel point le marché parisien est tendu, et nous sommes ravis que vous ayez finalement "
                "trouvé ce deux-pièces sur cour, au calme, avec la cuisine ouverte dont vous rêviez. C'est notre "
                "négociatrice Amandine qui a oublié de transmettre votre première offre au propriétaire, et elle a "
                "fait l'objet d'un avertissement. Nos équipes ont pris beaucoup de plaisir à vous accompagner pendant "
                "ces quelques semaines. Nous vous souhaitons une très belle installation dans votre nouveau quartier."
            ),
            "dsl c'est Kevin qui a mal réglé la machine 🙄 il va se faire recadrer t'inquiète",
            (
                "L'enquête interne a établi que la responsabilité incombe exclusivement à M. Favre, collaborateur de "
                "la réception, à l'encontre duquel des mesures disciplinaires ont été prises."
            ),
            (
                "Cher client, c'est Yacine, le jeune du guichet, qui a égaré votre colis, et nous l'avons mis à pied "
                "trois jours pour cela."
            ),
            (
                "Ce n'est pas la maison, c'est Jean-Marc qui a mal calé les couleurs. Il est prévenu, ça ne se "
                "reproduira plus."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for being such a loyal customer over the years — we've loved seeing your suits come "
                "through every season, and it's always a pleasure to hear about your latest trip. We're glad the "
                "lining repair on the navy jacket has held up so well. The delay on your last order came about "
                "because our Tuesday van broke down, the main press was away for its annual service, two of the team "
                "were off with flu, our solvent supplier switched its delivery day, the half-term rush doubled our "
                "volume and the ticketing system was halfway through an update, so there really was a great deal "
                "going on that week. We look forward to seeing you again soon."
            ),
            (
                "ok so the washers were down bc the plumber was late bc of the snow bc the city didn't plow bc "
                "holiday weekend, AND the card reader was glitching, AND our attendant's car died 🤷 so yeah"
            ),
            (
                "The access delay you experienced resulted from a scheduled firmware update to the gate system "
                "mandated by our insurer, coinciding with a regional power fluctuation, a reduced public-holiday "
                "roster, the quarterly pest-control treatment and a national outage at our keypad provider, all of "
                "which are standard operational realities across the storage industry."
            ),
            (
                "The banner was late because the ink came up from Glasgow, the courier got held on the A90, the "
                "wide-format printer needed a new head, the file had fonts we didn't have, and it was Offshore Europe "
                "week, so every firm in the city wanted something printed."
            ),
            (
                "For context: collection times changed in the spring, the depot moved to Park Royal, our scanner "
                "licence lapsed over the bank holiday, Saturday is always our busiest day, we're two staff down and "
                "the customs rules changed in January."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message et pour la confiance que vous nous avez accordée pour l'achat "
                "de cette jolie maison. Nous avons beaucoup aimé vous accompagner dans ce projet, et nous savons "
                "combien vous étiez impatients d'y installer votre atelier. Le décalage de la remise des clés "
                "s'explique par le notaire qui a repoussé la signature, le syndic qui n'a jamais transmis les badges, "
                "le diagnostiqueur qui a dû repasser pour l'amiante, la grève des transports ce jour-là et notre "
                "logiciel de gestion qui était justement en maintenance, ce qui faisait beaucoup pour une seule "
                "semaine. Nous vous souhaitons une très belle vie dans votre nouvelle maison."
            ),
            (
                "alors en fait la machine était HS pcq le technicien est pas venu pcq y avait grève pcq... bref, et "
                "en plus le TPE marchait pas pcq le réseau était coupé dans tout le quartier 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte de la conjonction de plusieurs facteurs "
                "indépendants de notre volonté, à savoir le contrôle réglementaire de nos installations, "
                "l'indisponibilité de notre fournisseur de solvant, une affluence exceptionnelle liée aux fêtes de "
                "fin d'année, la fermeture du tunnel pour travaux ainsi que l'absence simultanée de deux "
                "collaborateurs."
            ),
            (
                "Monsieur, il faut comprendre que la poste centrale a changé ses horaires, que la douane bloque tout "
                "depuis la nouvelle loi de finances, que le camion vient de Sétif, que notre agent habituel était en "
                "congé et qu'il y a eu deux jours fériés dans la même semaine, donc vous voyez bien que ce n'était "
                "pas simple pour nous."
            ),
            (
                "Alors, le papier est arrivé de Toulouse avec trois jours de retard, le traceur a lâché, il a fallu "
                "refaire le BAT deux fois, le livreur s'est trompé de rue et c'était en plus la semaine des fêtes de "
                "Bayonne, voilà voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for your review and for the two good years you spent in the flat on our books — the landlord "
                "has always said you were the kind of tenant every owner hopes for. We're pleased the garden was left "
                "looking so well and that the final inspection went smoothly. For the record, nobody from this office "
                "ever entered the property without notice; that simply did not happen. We wish you all the best in "
                "the new place and hope the move went without a hitch."
            ),
            "nope. never happened. our dryers don't shrink stuff 🤷",
            (
                "We have reviewed this matter and can confirm that no late fee was charged as described. The incident "
                "referred to did not occur."
            ),
            "There was nae mix-up with your leaflets. None whatsoever.",
            "No parcel was turned away at our counter that day or any other. End of.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce message et pour ces quatre années passées dans l'appartement du "
                "centre-ville que nous gérons. Le propriétaire a toujours apprécié votre sérieux et le soin apporté "
                "au logement, et l'état des lieux de sortie l'a bien confirmé. En revanche, aucune somme n'a été "
                "retenue sur votre dépôt de garantie, cela ne s'est tout simplement pas produit. Nous espérons que "
                "votre nouvelle vie vous apporte beaucoup de bonheur. Bonne continuation à vous, et au plaisir de "
                "vous relire."
            ),
            "non non on a jamais abîmé ta chemise, ça s'est jamais passé 🙅‍♂️",
            (
                "Nous contestons formellement les faits rapportés : aucun de vos effets n'a été déplacé ni ouvert "
                "dans votre box."
            ),
            (
                "Monsieur, nous tenons à être clairs : votre colis n'a jamais été ouvert dans notre agence, ceci ne "
                "s'est jamais produit, jamais."
            ),
            "Il n'y a eu aucune erreur d'impression sur vos cartes. Point.",
        ],
    },
}

BLIND92_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're sorry the boiler repair took nine days to arrange — that's well short of what you should expect "
            "from us. We've moved your block to a contractor with a 48-hour call-out and would like to talk about a "
            "rent adjustment for that fortnight. Please ring our Hackney office on 020 7946 0321 and ask for the "
            "lettings manager."
        ),
        "Thanks a million for the lovely review! So glad the flat feels like home already.",
        (
            "Thanks for the feedback. Just so everyone knows, every tenth service wash is free with our stamp card — "
            "it's open to all customers, review or no review."
        ),
        (
            "Sorry the counter was shut when you got there. We're open Monday to Friday 8:30–18:00 and Saturday "
            "9:00–13:00 at 42 Holburn Street, and the parcel lockers by the door work around the clock."
        ),
        (
            "Thank you! We'll pass this on to Fiona, who'll be chuffed you found her so patient with all the wedding "
            "stationery changes."
        ),
        (
            "We're sorry. Josh put the wrong postcode on your label, but the process behind him is ours and so is the "
            "mistake. We've added a second check on every international label and the postage has been refunded."
        ),
        (
            "The £18.50 for the shirt went back to your card this morning and should show within three working days. "
            "Sorry again for the scorch mark."
        ),
        (
            "Apologies for the long queue on Saturday — one of the team was off sick and we couldn't get cover at "
            "short notice. We're sorry you waited so long."
        ),
        (
            "We're really sorry your parcel went missing after drop-off. We've kept the CCTV from that afternoon and "
            "can share it with the police or your insurer if you make a report — call us on 01224 496 019 and we'll "
            "sort it out with you."
        ),
        (
            "Our big printer has apparently decided it's an artist now. Sorry about the purple tint on your flyers — "
            "we've reprinted the lot at no charge and had a stern word with the machine."
        ),
        (
            "Thanks for the three stars and the honest notes on viewing times. We're adding Saturday afternoon slots "
            "from next month."
        ),
        (
            "We've checked our notes, and they show the unit still had items in it at move-out, which is why the "
            "clearance fee applied. We may well have got something wrong, though, so please email "
            "accounts@capitalsecurestore.com.au and we'll go through it together."
        ),
        (
            "We're so sorry for your loss. Sorting through a loved one's belongings is hard enough without deadlines "
            "— please take whatever time you need with the unit, and call the site office if there's anything we can "
            "do."
        ),
        "Congratulations on getting the keys to your first home! It was a real pleasure to be part of it.",
        (
            "Sorry for the hassle at the gate. We can't allow petrol, gas bottles or paint thinners in units because "
            "a single leak puts everyone's belongings at risk. Give us a ring and we'll point you to somewhere that "
            "can store them safely."
        ),
        (
            "You're right that service washes went up by 50p this month. Our energy and water bills have risen "
            "sharply and we held off as long as we could — we're sorry to pass some of it on."
        ),
        "Thanks for the 5 stars, Dave! See you next laundry day 🧺",
        "aw thank u!! glad the comforter came out extra fluffy 🙌 come back anytime",
        (
            "Thank you for your feedback regarding the online booking portal. We acknowledge the difficulty you "
            "experienced and apologise for it. A fix was released on Monday; should the issue recur, our customer "
            "care team can be reached on 1800 555 274 between 8 am and 6 pm AEST."
        ),
        (
            "Thanks for recommending us to your friends! Anyone who refers someone who then stores with us gets a "
            "month at half price — that's open to every customer, whatever they think of us."
        ),
        (
            "Sorry this was confusing. Under your tenancy agreement the landlord has to give at least 24 hours' "
            "written notice before any visit. If that didn't happen, please let our property manager know at "
            "lettings@e17homes.co.uk and we'll take it up with the landlord."
        ),
        (
            "We're sorry the jacket was damaged. Garments in our care are covered by our insurance, so we've started "
            "a claim — pop in or give the shop a call and we'll run you through the next steps."
        ),
        (
            "Our log shows the parcel was scanned onto the depot van at 4:12 pm. That doesn't rule out a problem "
            "further along, so please bring your receipt in and we'll raise a trace together."
        ),
        "Cheers — glad the passport photos came out well.",
        (
            "Thanks a lot, that's made our day. Good luck with the new flat, and mind and come back if you need a "
            "hand with boxes."
        ),
        (
            "Apologies for the surprise at renewal. Our unit rates rose by 6% this year to cover higher insurance "
            "premiums. We're sorry we didn't flag it sooner, and from now on every customer will get an email 60 days "
            "before any change."
        ),
        (
            "Sorry you were asked to leave the dog outside. We keep animals out of the laundrette because the "
            "machines are shared and plenty of people react badly to pet hair on their clothes. We know it's a "
            "nuisance, and we're sorry."
        ),
        (
            "Congratulations on the wedding! We loved printing your order of service and hope the day was everything "
            "you wanted."
        ),
        (
            "We're very sorry for your loss. It was a privilege to help with the funeral cards, and we hope they were "
            "a fitting tribute."
        ),
        (
            "We're sorry. Kerry misread the dates on your booking, and that's on us as a business — our booking "
            "screen made it far too easy to get wrong. We've changed it, and the extra week's storage won't be "
            "charged."
        ),
        (
            "We're so sorry your car was broken into outside the branch. We've passed the footage from our front "
            "camera to the police and are happy to provide a statement for your insurer. The branch manager is "
            "available any time if you'd like to talk it through."
        ),
        (
            "In fairness, our tumble dryers are older than some of our customers. Sorry the one you used gave up "
            "halfway — it's been replaced, and the cost of your cycle has been refunded."
        ),
        (
            "Thanks for the two-star review. You're right that the shop gets crowded at lunchtime; we've opened a "
            "second counter between 12 and 2."
        ),
        (
            "Thank you for your comments. We apologise for the delay in returning your calls during the sale. The "
            "branch director would welcome a conversation; she can be reached at sales@e17homes.co.uk or on 020 7946 "
            "0877."
        ),
        "Sorry about the broken change machine. Fixed as of Tuesday. Card readers take Apple Pay now too.",
        (
            "We understand the frustration. Our records show the access code was reissued the same day it was "
            "requested, but we may be missing part of the picture — please call the office on 02 5550 1234 and we'll "
            "look into it properly."
        ),
        (
            "Thanks for trying us out! Heads up — our punch card gives every customer a free dry after 10 washes, no "
            "strings."
        ),
        (
            "Sorry the leaflets were a day late. Our paper delivery didn't turn up on time, and we should have phoned "
            "to tell you. That's on us."
        ),
        "Thanks for the honest review. Fair point on the signage — new signs go up next week.",
        (
            "Congratulations on the new business! Thanks for trusting us with your stock while you find a shopfront, "
            "and best of luck with the launch."
        ),
    ],
    "fr": [
        (
            "Nous sommes sincèrement désolés pour la lenteur de l'intervention sur votre chauffe-eau. Nous avons "
            "changé de plombier pour l'immeuble et souhaitons échanger avec vous sur un geste pour la période sans "
            "eau chaude. Notre gestionnaire est joignable directement au 01 84 60 12 34, du lundi au vendredi."
        ),
        (
            "Merci mille fois pour ce gentil mot ! Toute l'équipe de la laverie est ravie que vos couettes aient "
            "retrouvé leur moelleux."
        ),
        (
            "Merci pour votre passage. Pour information, notre carte de fidélité offre le dixième lavage à tous nos "
            "clients, qu'ils laissent un avis ou non."
        ),
        (
            "Désolés que vous ayez trouvé porte close samedi. L'imprimerie est ouverte du lundi au vendredi de 8 h 30 "
            "à 18 h 30 et le samedi de 9 h à 12 h, au 14 rue Serviez. Vous pouvez aussi déposer vos fichiers à "
            "contact@imprimerie-bearnaise.fr."
        ),
        (
            "Un grand merci ! Nous transmettons vos compliments à Léa, qui sera ravie d'apprendre que ses conseils "
            "pour emballer la vaisselle vous ont servi."
        ),
        (
            "Nous vous présentons nos excuses. Karim a saisi un mauvais code postal sur votre bordereau, mais c'est "
            "notre procédure qui aurait dû l'intercepter, et la responsabilité nous revient. Nous avons ajouté une "
            "double vérification et remboursé l'envoi."
        ),
        (
            "Cher Monsieur, nous tenons à vous confirmer que le remboursement intégral du nettoyage a été effectué ce "
            "matin. Nous vous renouvelons toutes nos excuses pour ce désagrément et restons à votre entière "
            "disposition."
        ),
        (
            "Toutes nos excuses pour l'attente au guichet lundi : une collègue était absente et nous n'avons pas pu "
            "la remplacer. Nous sommes désolés pour le temps perdu."
        ),
        (
            "Nous sommes vraiment désolés pour le vol de votre vélo devant la laverie. Les images de notre caméra ont "
            "été conservées et nous les remettrons volontiers au commissariat si vous déposez plainte. Passez nous "
            "voir ou appelez-nous, nous vous aiderons dans les démarches."
        ),
        (
            "Notre vieille presse a visiblement décidé de prendre sa retraite en plein milieu de votre commande, et "
            "sans préavis, la coquine. Toutes nos excuses : vos cartons d'invitation ont été réimprimés gratuitement "
            "et vous attendent au comptoir."
        ),
        (
            "Merci pour vos trois étoiles et vos remarques sur l'accès au quai de chargement. Un deuxième chariot "
            "sera disponible dès le mois prochain."
        ),
        (
            "Selon nos relevés, le badge de votre box a été désactivé à la date de fin indiquée dans votre "
            "résiliation. Il est possible qu'un élément nous échappe : n'hésitez pas à nous écrire à "
            "info@stockage-lemanique.ch afin que nous vérifiions ensemble."
        ),
        (
            "Nous vous présentons nos sincères condoléances. Nous savons combien il est difficile de mettre en vente "
            "une maison de famille dans ces circonstances, et nous prendrons tout le temps nécessaire avec vous."
        ),
        "Félicitations pour votre premier achat ! Ce fut un plaisir de vous accompagner jusqu'à la signature.",
        (
            "Cher client, nous comprenons votre contrariété. Pour la sécurité de tous, nous ne pouvons accepter dans "
            "les colis ni bouteilles de gaz, ni produits inflammables, conformément à la réglementation du transport. "
            "Notre équipe se fera un plaisir de vous orienter vers une solution adaptée."
        ),
        (
            "Vous avez raison, le séchage est passé de 1 € à 1,20 €. La hausse de l'électricité nous y a contraints, "
            "et nous sommes désolés de devoir la répercuter."
        ),
        "merci beaucoup 🙏 à très vite à la laverie 😊",
        (
            "Nous vous prions d'accepter nos excuses pour le retard de livraison de vos affiches. Nous avons revu "
            "notre planning de production et vous invitons à contacter directement notre responsable d'atelier au 021 "
            "555 12 34 pour vos prochaines commandes."
        ),
        (
            "Merci pour votre recommandation ! Pour rappel, notre offre de parrainage accorde un mois à moitié prix à "
            "chaque client qui nous présente un proche, quel que soit son avis sur nous."
        ),
        (
            "Nous comprenons votre inquiétude. Conformément à la loi du 6 juillet 1989, le dépôt de garantie doit "
            "être restitué dans un délai d'un mois lorsque l'état des lieux de sortie est conforme. Notre service "
            "gestion reste joignable au 01 84 60 12 35 pour faire le point avec vous."
        ),
        (
            "Nous sommes navrés pour la déchirure de votre veste. Les articles qui nous sont confiés sont couverts "
            "par notre assurance, et nous avons déjà ouvert un dossier. Nous vous rappellerons pour la suite."
        ),
        (
            "Cher Monsieur, d'après notre registre, le colis a bien été remis au transporteur le lendemain du dépôt. "
            "Nous ne demandons qu'à comprendre ce qui a pu se passer ensuite ; passez à l'agence avec votre reçu et "
            "nous lancerons une réclamation ensemble."
        ),
        "Adiu et merci beaucoup ! Ravis que vos affiches pour la fête du village aient fait leur effet.",
        "Merci pour vos cinq étoiles, ça fait plaisir !",
        (
            "Cher client, c'est avec une grande joie que nous avons lu votre message. Toute l'équipe du pressing vous "
            "remercie pour votre fidélité et vous souhaite une excellente fête de l'Aïd."
        ),
        (
            "Nous comprenons votre surprise. Le loyer des box a été ajusté de 4 % au 1er janvier afin de suivre "
            "l'indexation de notre propre bail. Nous regrettons de ne pas vous en avoir informé plus tôt et enverrons "
            "désormais un préavis de deux mois."
        ),
        (
            "Merci infiniment ! Nous transmettrons vos remerciements à Amine, qui a tout fait pour que votre colis "
            "parte avant le week-end."
        ),
        (
            "On le reconnaît, notre vitrine compte plus d'annonces que notre standard n'a de lignes. Désolés pour la "
            "difficulté à nous joindre : une ligne directe a été ajoutée, le 01 84 60 12 36."
        ),
        (
            "Désolés pour le délai sur votre robe : la teinturerie partenaire de Tarbes a fermé une semaine pour "
            "congés. Nous aurions dû vous prévenir, pardon."
        ),
        (
            "Toutes nos condoléances. Nous suspendons la facturation du box le temps que vous puissiez vous organiser "
            "; contactez-nous quand vous vous en sentirez prêt."
        ),
        (
            "Mabrouk pour le mariage ! Nous sommes honorés d'avoir imprimé vos cartes d'invitation et vous souhaitons "
            "tout le bonheur du monde."
        ),
        (
            "Désolés que l'on vous ait demandé d'attendre la fin du cycle. Nous n'ouvrons jamais une machine en "
            "marche : l'eau peut être brûlante, et c'est pour cela que la porte se verrouille. Merci de votre "
            "compréhension."
        ),
        "merci à vous !! ravis que les tirages soient nickel 📸✨",
        (
            "Merci pour vos deux étoiles et vos remarques franches sur l'attente. Nous avons ouvert un second guichet "
            "le matin, de 8 h à 11 h."
        ),
        (
            "Nous sommes désolés : Manon a facturé un format A3 au lieu d'un A4, et c'est à nous, en tant "
            "qu'entreprise, d'avoir un système qui évite ce genre d'erreur. La différence vous a été remboursée."
        ),
        (
            "Madame, Monsieur, nous vous remercions pour votre évaluation et vous présentons nos excuses pour "
            "l'attente lors de la remise des clés. Notre directrice d'agence souhaiterait en parler avec vous : elle "
            "est joignable à direction@agence-bastille.fr."
        ),
        (
            "Nous avons vérifié le bon à tirer validé : les couleurs correspondent au fichier reçu. Cela dit, le "
            "rendu à l'écran peut tromper, et nous serions heureux d'en discuter avec vous à l'atelier pour trouver "
            "une solution."
        ),
        (
            "Pour information, notre site est placé sous vidéosurveillance 24 h/24 et chaque box est assuré jusqu'à 5 "
            "000 CHF. N'hésitez pas à nous contacter si vous souhaitez une couverture plus élevée."
        ),
        "Quel plaisir de lire ça ! Merci d'avoir pensé à nous pour votre déménagement, et bonne installation.",
        (
            "Cher client, nous vous prions de bien vouloir accepter nos plus sincères excuses pour la chemise "
            "rétrécie. Nous avons revu la température de nos programmes et vous invitons à passer au magasin, rue "
            "Didouche-Mourad, pour convenir ensemble d'un dédommagement."
        ),
    ],
}
