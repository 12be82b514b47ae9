"""Blind reply set, round 127: owner replies the pre-post check has never seen.

Who and when: written by helper w125, an independent writer, on 2026-12-07,
for blind round 127 of the pre-post reply check (written in folder r125).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kennels, dog groomers, pet shops, riding schools, farm shops and pet sitters.
Each French reply was written directly in French, not translated.  Apart from
the brief and the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm, otherwise perfect reply whose fault sits in a single
sentence or clause in the middle; the others are one-liners, texting with
slang and emoji, very formal or corporate wording, veiled and polite
phrasings and regional speech, some signed with a first name, the team or the
business.

Trades and registers: boarding kennels, dog groomers, pet shops and
aquarium counters, riding schools and trekking yards, farm shops, farm stalls
and pick-your-own, pet sitters and cat sitters.  French from Lyon, Alsace,
Brittany, Normandy, Burgundy, Marseille, Liège and the Fagnes, Fribourg,
Lausanne and Geneva, Québec and the Saguenay, Senegal, Côte d'Ivoire, Burkina
Faso and Cameroon; plain, warm, curt, very formal administrative, an older
speaker's polite style, texting and unaccented French.  English from
Shropshire, Devon, Manchester, Kildare, Kinsale, Ottawa, Toronto, Texas,
Vermont, Brisbane, Auckland, Pietermaritzburg, Durban and Pune; plain, warm,
curt, corporate, an older speaker's polite style and texting with emoji.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND127_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write such a lovely review of Brookside Equestrian "
                "Centre. We're delighted you enjoyed your first block of lessons and that you're already "
                "talking about learning to canter. Our instructors put a lot of care into matching nervous "
                "riders with our calmest ponies, and it's wonderful to hear that Biscuit lived up to his "
                "reputation. If you'd be willing to bump your rating from four stars to five, we'd happily "
                "add a free half-hour hack onto your next booking. We've also just opened the new indoor "
                "arena, so winter lessons will go ahead whatever the Kildare weather throws at us. Thanks "
                "again, and we look forward to seeing you at the yard soon."
            ),
            "Cheers legend 🐶✂️ flick us 5 stars n ur next wash n fluff is on the house, no worries 😎",
            (
                "As part of our Customer Appreciation Programme, reviewers who update their published rating "
                "to five stars are eligible for a £15 voucher redeemable in any Paws & Claws store."
            ),
            (
                "Kindly reconsider your rating at your convenience, sir; our management would be most happy "
                "to extend one complimentary night of boarding for your dog as a small token of goodwill "
                "thereafter."
            ),
            (
                "Shame man, sorry the eggs were finished by the time you got to the farm stall. Take that "
                "review off and come grab a free dozen and a jar of our moskonfyt, lekker? 🥚"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce joli commentaire ! Nous sommes ravies que votre petit "
                "compagnon soit ressorti du salon tout doux et sentant bon la vanille. Chez Câlin Canin, "
                "nous prenons toujours le temps de laisser les chiens se détendre avant la tonte, et ça fait "
                "plaisir de voir que cela se remarque. Si vous passez votre avis de quatre à cinq étoiles, "
                "on vous offre le bain et le démêlage lors du prochain rendez-vous. Nous avons aussi "
                "prolongé nos horaires le samedi jusqu'à 18 h pour les personnes qui travaillent en semaine. "
                "Au plaisir de vous revoir bientôt dans notre salon de la Croix-Rousse !"
            ),
            "merci bcp 🐴 mets nous 5 etoiles et ta prochaine balade a poney est gratuite 😉 promis",
            (
                "Nous vous saurions gré de bien vouloir réexaminer l'évaluation attribuée ; dès réception "
                "d'une appréciation révisée, un bon d'achat de CHF 20.- vous sera adressé par la direction "
                "de l'animalerie."
            ),
            (
                "Si jamais vous changiez d'idée pour votre commentaire, sachez qu'un beau panier de produits "
                "de l'érable vous attendrait au comptoir de la ferme, sans aucune obligation bien sûr 🍁"
            ),
            (
                "Merci beaucoup grand frere, si tu retires l avis negatif on te donne le sac de croquettes "
                "de 3 kg gratuit, c est cadeau ca."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to share your thoughts about your stay at Oakwood Boarding "
                "Kennels. We're really sorry to hear you felt the updates during the week weren't as "
                "frequent as you'd hoped, as we know how much peace of mind those photos give. Our team "
                "walks every dog three times a day and we genuinely care about each guest as if they were "
                "our own. Please be aware, however, that we have passed your review to our solicitor, as "
                "some of the wording may be defamatory. We're also introducing a daily photo message for all "
                "boarders from next month, which came directly from feedback like yours. We hope to welcome "
                "you back and thank you again for choosing us."
            ),
            "mate post another review like that n ur banned for life, we know ur ute 👀 dont test us",
            (
                "Please note that Feed Barn Pet Supply has retained counsel and will pursue all remedies "
                "available under applicable law should this review not be removed within seven days."
            ),
            (
                "We'd gently remind you that Kinsale is a small town and people here talk; it would be a "
                "pity if everyone heard our side of the story."
            ),
            (
                "Noted. I have reported your conduct to the regional equestrian association and you will not "
                "be welcome at any of their member yards again. Regards, Kloof Riding School"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous faire part de votre expérience au Centre "
                "équestre des Trois Chênes. Nous sommes désolés que le stage de Pâques ne vous ait pas "
                "entièrement satisfait, en particulier concernant l'organisation des groupes le premier "
                "jour. Nos moniteurs diplômés veillent à ce que chaque cavalier progresse à son rythme, et "
                "nous prenons vos remarques très au sérieux. Sachez toutefois que notre avocat a été informé "
                "de vos propos et que nous nous réservons le droit d'engager des poursuites. Nous "
                "travaillons dès à présent à une meilleure répartition des niveaux pour les prochains "
                "stages. Nous espérons vous revoir aux écuries et vous souhaitons de belles chevauchées."
            ),
            "tu reviens plus ici ok 😡 on sait ou t habites et on connait ton chien, fais gaffe",
            (
                "La direction vous informe qu'un constat d'huissier a été établi concernant la présente "
                "publication et que celle-ci fera l'objet d'une plainte pour diffamation auprès du procureur "
                "de la République."
            ),
            (
                "On vous conseille gentiment de retirer ce commentaire, une fois. Ce serait dommage que "
                "votre patron apprenne comment vous vous êtes comporté au magasin."
            ),
            (
                "Madame, on a transmis votre nom et vos messages au commissariat du quartier, vous allez "
                "voir. Faut pas nous chercher."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you so much for your kind words about Wagging Tails Pet Sitting. We're so glad the "
                "cats settled in well with our visits and that you came home to a tidy litter tray and two "
                "very contented purrers. Our sitters love getting to know each pet's little quirks, and it "
                "sounds like yours had plenty of them! For anyone wondering, Mr Dufresne's place on Bank "
                "Street was a joy to visit from March 3 to March 10, and the spare key is now safely back "
                "under his mat. We've also started sending a short video with every visit, so we hope you "
                "enjoyed those. Thanks again, and we'd love to care for your furry family again anytime."
            ),
            "thx Jess!! ur poodle looked unreal 🐩 we'll txt u on 0412 558 903 for ur next booking 😘",
            (
                "Dear Mr Hargreaves, we have reviewed order PC-448271 placed on 14 February and paid by Visa "
                "ending 4417, and can confirm it was dispatched on time."
            ),
            (
                "So sorry, Mrs Pengelly, we know you came in with your sister on Tuesday afternoon, and "
                "we'll have your usual tray of eggs put by for you as always."
            ),
            (
                "Dear Mr. Rakesh Kulkarni, as per our records your booking no. HK-2231 from 2nd to 9th May "
                "was handled as per SOP, and we have already replied to you at rakesh.k82@gmail.com."
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour ce retour chaleureux sur notre magasin à la ferme ! Nous sommes heureux "
                "que notre munster et notre miel de sapin vous aient plu. Toute la famille travaille dur "
                "pour proposer des produits frais, cueillis ou fabriqués le matin même. Madame Schneider, "
                "nous avons bien noté votre commande de la semaine dernière au nom de votre mari Pierre, "
                "réglée par chèque, et votre panier du vendredi sera prêt comme d'habitude. Nous avons aussi "
                "ajouté des asperges de saison à l'étal depuis quelques jours. À très bientôt à la ferme des "
                "Peupliers !"
            ),
            "coucou Léa 😘 t inquiete on a ton 06 12 48 77 90 on te rappelle pour le toilettage de Pompon",
            (
                "Madame Rochat, nous accusons réception de votre réclamation relative à la facture n° "
                "2024-1187 du 12 mars, réglée par carte se terminant par 6634, et vous adressons nos excuses."
            ),
            (
                "Désolé pour le retard, Mme Tremblay. On est passés chez vous au 145 rang Saint-Joseph mardi "
                "et votre voisine nous a dit que vous étiez au chalet avec votre chum."
            ),
            (
                "Bonjour Monsieur Kaboré, vous êtes venu le samedi 4 mai avec vos deux enfants et votre "
                "belle-mère, on se souvient très bien de vous. Merci pour votre visite au manège."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to leave us a review. We're sorry the appointment ran later than "
                "planned; Saturdays are our busiest day and we do our best to keep things moving. Every dog "
                "at Bark & Bubbles gets a full brush-out, bath, blow-dry and nail trim, and we never rush a "
                "nervous pup. Honestly, anyone who's been to a groomer before can see you're just angling "
                "for a freebie. We've since added an extra groomer on weekends to keep waits down. We hope "
                "your pup enjoys the fresh new look, and thanks again for the feedback."
            ),
            "lol ur horse was fine, ur just a clueless townie who cant ride 🙄🐴",
            (
                "We consider this review an act of bad faith by an individual seeking compensation to which "
                "they are not entitled."
            ),
            (
                "With respect, some people simply aren't cut out to own a dog, and your review rather proves "
                "the point."
            ),
            (
                "Ah here, you're some chancer. Ya ate half the strawberries in the pick-your-own and now you "
                "want yer money back? Cop on."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre avis sur la Pension canine Les "
                "Coteaux. Nous sommes désolés que la remise de votre chien se soit faite avec un peu "
                "d'attente, car nous savons combien ces moments comptent. Nos pensionnaires profitent de "
                "deux grands parcs en herbe et de promenades quotidiennes dans les vignes. Franchement, on "
                "voit bien que vous êtes de mauvaise foi et que vous cherchez surtout à vous faire "
                "rembourser. Nous avons revu notre planning des départs pour fluidifier les retours du "
                "dimanche soir. Nous vous remercions encore et restons à votre disposition."
            ),
            "t es vraiment un gros boulet 🤡 ton chat il est mieux sans toi",
            (
                "La direction estime que l'auteur de cet avis fait preuve d'une malhonnêteté manifeste et "
                "d'une mauvaise foi caractérisée, dans le seul but d'obtenir un avantage indu."
            ),
            (
                "Avec tout le respect que je vous dois, Madame, certaines personnes feraient mieux de "
                "s'acheter une peluche plutôt qu'un chiot."
            ),
            "Voyons donc, t'es juste un profiteur qui voulait son cours d'équitation gratis, mon gars.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Kia ora and thanks for popping in to Paws & Claws last weekend. We're sorry the aquarium "
                "section was short on neon tetras; our supplier's delivery was held up by the storm. Our "
                "team loves helping people set up their first tank, and we always test water samples for "
                "free. Oh, and thank you ever so much for teaching us how to run a fish shop after one "
                "visit, we'd clearly have been lost without you. New stock arrives every Thursday, so we'd "
                "be happy to put some aside for you. Ka kite anō, and happy fishkeeping!"
            ),
            "wow 1 star bc the pony was 'too brown' 😂😂 genius review bro 👏👏",
            (
                "We are truly honoured that you found time in your evidently very busy schedule to share "
                "such an insightful critique of our complimentary dog biscuits."
            ),
            (
                "Terribly sorry our free-range eggs weren't square enough for you, madam; we'll have a stern "
                "word with the hens."
            ),
            "Ag shame, so sorry the kennels smelled of dogs, hey. Who could've guessed? 🙃",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message concernant votre première leçon au Manège de la Broye. "
                "Nous comprenons que la reprise en carrière sous la pluie n'était pas idéale, et nous en "
                "sommes désolés. Nos chevaux sont tous habitués aux débutants et nos monitrices sont "
                "brevetées. Bravo d'ailleurs pour votre expertise équestre acquise en une heure, nous allons "
                "sûrement vous proposer un poste de directeur technique. Nous pouvons désormais déplacer les "
                "cours au manège couvert en cas de mauvais temps. Au plaisir de vous revoir, et merci encore."
            ),
            "waouh merci pr ce super avis 🙄 on savait pas qu un chien ca perd des poils, quelle decouverte 😂",
            (
                "Nous vous remercions vivement pour cette analyse d'une profondeur remarquable, qui a "
                "manifestement nécessité au moins trente secondes de réflexion."
            ),
            (
                "Toutes nos excuses, Madame, de ne pas avoir su deviner que votre lapin nain préférait le "
                "caviar au foin. Nous ferons mieux, une fois."
            ),
            "Ahhh pardon oh, on aurait dû climatiser le poulailler pour vous aussi, grand patron 😂",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your feedback about your visit to Fernhill Farm Shop. We're really sorry the "
                "sausages you bought were past their best, as that's not the standard we set ourselves. Our "
                "meat comes from our own rare-breed pigs and is made up fresh in the shop kitchen twice a "
                "week. To be honest, that was down to Kevin, who forgot to rotate the chiller stock on "
                "Friday night. We've put a new daily checklist by the counter so it can't happen again. "
                "Please do pop back and let us make it up to you. Best wishes, Sarah and the Fernhill team"
            ),
            "soz about the haircut 😬 that was Tayla's first solo groom, she stuffed it up big time 🙈",
            (
                "Following internal review, the delay in returning your dog has been attributed to kennel "
                "assistant Mark Fenwick, who failed to follow the check-out procedure."
            ),
            (
                "Madam, we sincerely regret; the missed visits were due entirely to our sitter Anjali, who "
                "has been spoken to very firmly."
            ),
            (
                "Ah sorry about that, Declan was on the yard that morning and sure he hadn't the ponies "
                "tacked up at all. We'll sort it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire. Nous sommes sincèrement désolés que "
                "la gamelle d'eau de votre chat n'ait pas été remplie le deuxième jour, nous savons à quel "
                "point c'est inquiétant quand on est loin. Chez Pattes & Câlins, chaque visite est "
                "normalement suivie d'une photo et d'un petit compte rendu. C'est Kévin qui passait ce "
                "jour-là et il a tout simplement oublié de vérifier l'eau. Depuis, nous avons ajouté une "
                "liste de contrôle obligatoire à chaque visite. Nous espérons avoir l'occasion de regagner "
                "votre confiance. Bien à vous, Nadia"
            ),
            "dsl pr la coupe 😬 c Jessica qui s est plantée, elle etait pas concentrée ce jour la",
            (
                "Après enquête interne, il apparaît que le manquement constaté est imputable à Mme Valérie "
                "Morel, employée de caisse, qui n'a pas appliqué la procédure de remboursement en vigueur."
            ),
            (
                "On s'excuse, c'est Steve qui était au comptoir ce matin-là, pis disons qu'il est pas "
                "toujours ben réveillé."
            ),
            (
                "Désolés pour la selle mal sanglée, c'est Maxime qui a préparé le cheval, il débute et il "
                "faut toujours repasser derrière lui."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your review, and we're sorry your dog came home a little thinner than you'd "
                "have liked. We care deeply about every guest at Happy Tails Kennels and we understand how "
                "worrying this must be. Our dogs are fed twice daily, but many dogs eat less when away from "
                "home, the weather was unusually hot that week, our usual food supplier was out of stock so "
                "we had to switch brands, two of our staff were off sick, the municipality cut the water "
                "twice, and the kennel block repairs had been scheduled long before your booking. We'd love "
                "to talk it through with you on the phone. Thank you again for choosing us."
            ),
            (
                "ok so the groom ran late bc traffic + the dryer broke + 2 no shows + my car + public "
                "holiday + the dog wouldnt sit still soooo yeah 🤷"
            ),
            (
                "Please be advised that pricing reflects feed costs, veterinary compliance, insurance "
                "premiums, arena resurfacing, farrier fees, staff certification, utility increases and "
                "federation levies, all of which are outside our control."
            ),
            (
                "We're sorry you felt that way, although we should explain that the snowstorm closed the "
                "roads, our backup sitter was at a funeral, the key box code had been changed, the phone "
                "network was down in the whole area, and our booking app sent the reminder in the wrong time "
                "zone."
            ),
            (
                "Sir, the cage was not cleaned due to the following reasons: 1) staff shortage during "
                "Diwali, 2) heavy rain, 3) sweeper on leave, 4) water motor failure, 5) pet arrived two "
                "hours before check-in time, 6) municipal garbage van did not come. Hence no fault from our "
                "end."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour sur la Ferme du Bocage, et désolés que vous n'ayez pas "
                "trouvé de fraises samedi. Nous comprenons votre déception après avoir fait la route jusqu'à "
                "chez nous. Notre boutique propose toute l'année les légumes, le cidre et les produits "
                "laitiers de la ferme. Il faut dire que les pluies de mai ont abîmé une partie des plants, "
                "que les cueilleurs saisonniers sont arrivés en retard, que la chambre froide est tombée en "
                "panne le vendredi, que la coopérative nous a livré moins de barquettes que prévu et que la "
                "moitié de la famille était au mariage d'un cousin ce week-end-là. Nous publions désormais "
                "les disponibilités du jour sur notre page Facebook. Au plaisir de vous accueillir à nouveau."
            ),
            (
                "bah le rdv a eu du retard pcq bouchons + seche cheveux en panne + 2 chiens qui mordaient + "
                "ma fille malade + clim HS voila quoi 🤷"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte de la conjonction de facteurs "
                "multiples : contraintes réglementaires vétérinaires, indisponibilité temporaire du "
                "personnel, dysfonctionnements informatiques, conditions météorologiques défavorables et "
                "afflux exceptionnel de la clientèle, lesquels ne sauraient engager notre responsabilité."
            ),
            (
                "On comprend, mais faut dire que la tempête de verglas avait fermé le rang, que le tracteur "
                "était brisé, que notre palefrenier était en congé de maladie, que les chevaux étaient "
                "nerveux à cause du froid pis que l'électricité a manqué toute la matinée."
            ),
            (
                "Pardon mais c'est pas notre faute, le courant est parti, le fournisseur est bloqué à la "
                "frontière, le camion a crevé, le douanier voulait pas signer et la pluie a tout mouillé, "
                "donc on pouvait rien faire."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hi there, and thank you for taking the time to share your experience with Scruffs to "
                "Fluffs. We completely understand how upsetting it is to see any mark on your dog, and we "
                "appreciate you raising it with us. Every groom in our Brisbane salon is done on a non-slip "
                "table, with two groomers present for anxious dogs. However, a nick from our clippers simply "
                "did not happen, as our blades never cut a dog's skin. We'd still love to chat and go "
                "through the grooming notes together, so please give us a ring. Thanks again, and give your "
                "pup a pat from us."
            ),
            "nah never happened 😂 our ponies dont bite, ever. end of",
            (
                "We categorically reject the claims made in this review; at no point was any animal left "
                "unattended on our premises."
            ),
            (
                "With the greatest respect, that simply isn't possible, as none of our staff would ever sell "
                "a sick hamster."
            ),
            (
                "Sorry mate but that's impossible, our kennels are heated and no dog has ever been cold "
                "here. Cheers, Hamish"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous laisser ce commentaire après le séjour de "
                "votre chienne au Chenil des Fagnes. Nous comprenons votre inquiétude et savons combien il "
                "est difficile de confier son animal. Chaque pensionnaire dispose d'un box chauffé, d'un "
                "accès à l'enclos et de deux promenades par jour en forêt. Par contre, il est tout "
                "simplement impossible qu'elle soit revenue avec des tiques, nos pensionnaires ne sortent "
                "jamais sans traitement préventif. N'hésitez pas à nous appeler si vous souhaitez en "
                "discuter. Belle journée à vous, et une caresse à votre chienne de la part de toute l'équipe."
            ),
            "n importe quoi ça s est jamais passé 😂 nos chevaux ruent jamais",
            (
                "La direction conteste formellement les faits allégués : aucun animal n'a jamais été vendu "
                "malade dans notre établissement."
            ),
            (
                "Nous nous permettons de vous signaler que cela n'a pas pu se produire, nos gardiennes ne "
                "laissent en aucun cas une fenêtre ouverte."
            ),
            (
                "Voyons, ça se peut pas pantoute, nos œufs sont toujours frais du matin, jamais on vendrait "
                "des œufs d'une semaine."
            ),
        ],
    },
}

BLIND127_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for choosing Oakwood Boarding Kennels for Max's holiday! Just so you know, every "
            "customer gets their tenth night free with our loyalty card, whether or not they leave a review. "
            "See you at Christmas!"
        ),
        (
            "So sorry your appointment was moved at short notice, that's not the service we want to give. "
            "Please call us on 07 3356 2210 and we'll find you a slot that suits. Kylie, Scruffs to Fluffs"
        ),
        (
            "We're sorry the aquarium heater you bought stopped working after a week. Please email us at "
            "hello@pawsandclaws.co.nz with your receipt and we'll swap it straight away."
        ),
        (
            "Thank you for the lovely review! We'll make sure Aoife knows how much you enjoyed her lessons; "
            "she'll be thrilled. Happy riding!"
        ),
        (
            "We're really sorry that your booking was entered for the wrong week. Our receptionist Ben made "
            "the slip when entering it, but the responsibility is ours, not his, and we've changed our "
            "system so every booking is now confirmed by email. Please get in touch and we'll make it right."
        ),
        (
            "Thanks for letting us know about the damaged hay bales. We've already refunded the full amount "
            "to your card, and we've spoken to our supplier about the packaging. Sorry again for the hassle."
        ),
        (
            "We're sorry the shop was closed when you arrived on Sunday. Our opening hours changed this "
            "month and we hadn't updated Google in time, which is our fault. We're now open 9 to 5, Tuesday "
            "to Sunday."
        ),
        (
            "Thank you for your question about the cancellation fee. As set out in our terms and conditions, "
            "bookings cancelled less than 48 hours before arrival are charged one night, but we understand "
            "emergencies happen, so please call us and we'll see what we can do."
        ),
        (
            "We're so sorry your horse slipped during the session. We've reported it to our insurer so any "
            "vet costs can be covered, and please send the vet invoice to our office whenever you're ready."
        ),
        (
            "We're so sorry your bike was taken from our car park while you were out on the trek. We've "
            "given the CCTV footage to the Gardaí and will pass on anything they find. Please ring us if we "
            "can help with your claim."
        ),
        (
            "Guilty as charged: our coffee machine is older than most of our ponies and twice as stubborn. A "
            "new one is on order. Thanks for the kind words about the lessons!"
        ),
        (
            "Thanks for the three stars and the honest feedback. You're right that the waiting area gets "
            "crowded on Saturdays, and we're adding more seating next month."
        ),
        (
            "Thank you for your review. Our booking notes show the groom was booked as a bath and tidy "
            "rather than a full clip, which may explain the difference from what you expected. We're sorry "
            "for the confusion and would be happy to talk it through; please call us on 0161 555 0142."
        ),
        (
            "We're so sorry to hear about Bella. It was a privilege to look after her all these years, and "
            "she'll be missed by the whole team. Thinking of you."
        ),
        "Congratulations on passing your first riding badge! You worked so hard for it. See you next week!",
        (
            "We understand it was disappointing not to ride without a helmet for the photos. For everyone's "
            "safety, hats must be worn in the saddle at all times, even by our instructors. We hope you "
            "understand, and we'd love to take some photos with you next time."
        ),
        (
            "You're right that our grooming prices went up this spring, and we're sorry we didn't give more "
            "notice. The rise covers higher costs for shampoo and insurance, and we've kept our puppy "
            "introduction session at the same price."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your point about the parking signs is a "
            "fair one, and we've already ordered a new sign for the gate."
        ),
        "aww thank u so much!! 🐶💕 Coco was an angel, see u next month!",
        "Thanks, glad you enjoyed it.",
        (
            "Thank you for your feedback. We apologise for the delay in processing your online order. We "
            "have reviewed our dispatch process and added staff at peak times. Please contact our customer "
            "care team at care@feedbarn.com so we can resolve this for you."
        ),
        (
            "Dear Sir, thank you for your valuable feedback. We regret the inconvenience caused during "
            "check-in. Kindly call our manager at +91 20 5555 0198 and we will do the needful."
        ),
        (
            "Thanks so much for the lovely review, hey! The whole team at Happy Tails loved having Duke to "
            "stay. Come say hi anytime."
        ),
        (
            "Thanks for the kind words! Just a heads up, anyone who refers a friend gets a free nail trim, "
            "no strings attached and no review needed."
        ),
        (
            "Sorry you had trouble finding us! We're at 14 Mill Lane, just past the church, and we've now "
            "put up a big sign at the turn."
        ),
        (
            "We're really sorry the veg box was missing the carrots this week. Please email us at "
            "orders@fernhillfarm.co.uk and we'll make it up to you in next week's box."
        ),
        (
            "We're sorry you felt the lesson was too short. Our half-hour lessons include tacking-up time, "
            "which we know isn't obvious from the website, so we're updating the description. We'd be glad "
            "to talk about booking a full hour next time."
        ),
        (
            "Thank you, it was a pleasure looking after your cats while you were away. Give them a chin "
            "scratch from us!"
        ),
        (
            "You're absolutely right, and we're sorry. The kennel run was not cleaned to our usual standard "
            "that morning. We've retrained the team and added an afternoon check. Please call us so we can "
            "talk about how to put this right."
        ),
        (
            "Dear Madam, thank you kindly for your feedback. We are sorry that the saddle soap was out of "
            "stock and have ordered more, which should arrive on Friday. With very best wishes, Margaret, "
            "Brookside Saddlery"
        ),
        (
            "Cheers for the review! Sorry about the wait at the counter, we were a person down that arvo. "
            "We've got an extra staffer on Saturdays now."
        ),
        (
            "Thank you for the kind review! We're so glad you loved feeding the goats. The farm market is "
            "open daily until Thanksgiving."
        ),
        "Ah thanks a million for the lovely words! Delighted the pup settled in grand. See you again soon.",
        (
            "Thanks for flagging the dog that was let off the lead in our car park. We've let the local dog "
            "warden know and put up new signs at the entrance."
        ),
        (
            "We'll admit our shop cat thinks she runs the place, and she's probably right. Thanks for the "
            "lovely review, and sorry she sat on your receipt!"
        ),
        (
            "We've refunded your deposit in full, and we're very sorry the trek had to be cancelled because "
            "of the storm warning. We hope to see you in the summer."
        ),
        (
            "Thank you for taking the time to provide such comprehensive feedback. Your comments regarding "
            "the online booking system have been shared with our web team, and we have already simplified "
            "the checkout page."
        ),
        (
            "Thanks so much! Priya will be delighted to hear her gentle handling made such a difference to "
            "your nervous rescue."
        ),
        "thx for the 5 stars 🙌 see u and the pupper soon 🐾",
        (
            "Kia ora, sorry the self-service dog wash was out of order when you came by. It's fixed now, and "
            "the team at Paws & Claws apologises for the wasted trip."
        ),
    ],
    "fr": [
        (
            "Merci pour votre visite ! Pour info, notre carte de fidélité est ouverte à tous : au dixième "
            "toilettage, le onzième est offert, que vous laissiez un avis ou non."
        ),
        (
            "Nous sommes désolés pour ce rendez-vous oublié. Appelez-nous au 04 78 55 12 30 et nous vous "
            "trouverons un créneau rapidement."
        ),
        (
            "Désolés pour la commande incomplète. Écrivez-nous à contact@perroquetbleu.be avec votre ticket "
            "et on vous envoie le produit manquant."
        ),
        (
            "Merci beaucoup ! Nous transmettrons vos compliments à Camille, qui sera ravie de savoir que "
            "vous avez adoré votre première leçon."
        ),
        (
            "Nous vous présentons nos excuses : Julien s'est trompé de date en enregistrant votre "
            "réservation, mais c'est à nous, pas à lui, d'avoir un système fiable. Désormais, chaque "
            "réservation est confirmée par courriel."
        ),
        (
            "Merci de nous avoir signalé le sac de croquettes abîmé. Le remboursement a été effectué hier "
            "sur votre carte, et nous avons revu l'emballage avec notre transporteur."
        ),
        (
            "Toutes nos excuses pour l'attente samedi : l'une de nos monitrices était malade et nous n'avons "
            "pas pu la remplacer à temps. Nous avons depuis constitué une liste de remplaçantes."
        ),
        (
            "Merci pour votre message. Conformément à nos conditions générales de vente, les annulations à "
            "moins de 48 heures sont facturées, mais nous comprenons les imprévus : appelez-nous et nous "
            "trouverons une solution."
        ),
        (
            "Nous sommes vraiment désolés pour la chute de votre cheval en balade. Nous avons déclaré "
            "l'incident à notre assurance afin que les frais vétérinaires soient pris en charge ; n'hésitez "
            "pas à nous envoyer la facture."
        ),
        (
            "Nous sommes navrés pour le vol de votre vélo sur notre parking. Les images de vidéosurveillance "
            "ont été remises à la gendarmerie et nous restons à votre disposition pour votre déclaration."
        ),
        (
            "On plaide coupable : notre machine à café est plus capricieuse que nos poneys ! Une nouvelle "
            "arrive la semaine prochaine. Merci pour vos gentils mots sur les cours."
        ),
        (
            "Merci pour vos trois étoiles et votre franchise. Vous avez raison, la salle d'attente est trop "
            "petite le samedi ; nous ajoutons des chaises dès le mois prochain."
        ),
        (
            "Merci pour votre avis. D'après notre fiche, la prestation réservée était un bain et un coup de "
            "ciseaux, et non une tonte complète, ce qui explique peut-être la différence. Nous sommes "
            "désolés pour ce malentendu et serions heureux d'en parler au 021 555 48 20."
        ),
        (
            "Toute l'équipe est très touchée par le départ de Gribouille. Ce fut un honneur de le garder "
            "pendant toutes ces années. Nous pensons bien à vous."
        ),
        (
            "Félicitations pour votre Galop 3 ! Vous l'avez bien mérité après tous ces efforts. À la semaine "
            "prochaine !"
        ),
        (
            "Nous comprenons votre déception, mais pour la sécurité de tous, le port de la bombe est "
            "obligatoire à cheval, même pour les photos et même pour nos moniteurs. Nous serons ravis de "
            "faire de belles photos avec vous casqué la prochaine fois."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté ce printemps, et nous sommes désolés de ne pas "
            "l'avoir annoncé plus tôt. La hausse reflète le prix du foin après la sécheresse ; le tarif des "
            "baptêmes poney reste inchangé."
        ),
        (
            "Merci pour ce retour très détaillé. Votre remarque sur la signalisation est juste : un nouveau "
            "panneau sera posé à l'entrée du chemin."
        ),
        "merciii 🥰🐶 Caramel a été adorable, à très vite !",
        "Merci, au plaisir.",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions d'agréer nos excuses "
            "pour le désagrément occasionné. Nous vous invitons à contacter notre service clientèle au 01 45 "
            "55 32 10, du lundi au vendredi de 9 h à 17 h, afin qu'une solution vous soit proposée."
        ),
        (
            "Merci ben gros pour votre beau commentaire! On est contents que votre chien ait aimé son séjour "
            "au chenil. Au plaisir de vous revoir!"
        ),
        (
            "Merci pour votre gentil message, ça fait plaisir ! Le magasin est ouvert du mardi au samedi, de "
            "9 h à 18 h, et le dimanche matin. À bientôt !"
        ),
        (
            "Merci beaucoup ! Petit rappel : chaque client qui parraine un ami reçoit une coupe de griffes "
            "offerte, sans condition et sans avoir à laisser d'avis."
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! La ferme est au 3 chemin des Saules, juste "
            "après le lavoir, et nous avons installé un grand panneau au carrefour."
        ),
        (
            "Merci beaucoup pour votre visite à la ferme ! Nous sommes contents que les mangues et le miel "
            "vous aient plu. Vous êtes toujours les bienvenus à Mbour."
        ),
        (
            "Merci pour votre retour, desole pour l attente au comptoir. On a ajoute une personne le samedi "
            "matin pour que ca aille plus vite."
        ),
        (
            "Vous avez entièrement raison et nous vous présentons nos excuses. Le box n'avait pas été "
            "nettoyé correctement ce matin-là. Nous avons revu l'organisation de l'équipe et ajouté un "
            "contrôle l'après-midi. Appelez-nous pour que nous puissions en parler."
        ),
        (
            "Chère Madame, nous vous remercions de tout cœur pour votre aimable message. Nous regrettons que "
            "le savon glycériné ait manqué et en avons recommandé ; il sera disponible dès vendredi. Bien "
            "respectueusement, Monique"
        ),
        (
            "Merci pour votre avis. Nous sommes désolés pour le retard lors de la remise de votre chat et "
            "avons revu nos horaires de départ. Nous restons volontiers à votre disposition au 022 555 71 40."
        ),
        (
            "Merci beaucoup pour votre confiance ! Nous sommes contents que votre perroquet soit en pleine "
            "forme. Toute l'équipe vous dit à bientôt."
        ),
        (
            "Merci de nous avoir signalé ce chien errant près des paddocks. Nous avons prévenu la police "
            "municipale et la fourrière, et tout est rentré dans l'ordre."
        ),
        (
            "Notre chat de boutique se prend pour le patron, et il n'a peut-être pas tort. Merci pour votre "
            "gentil avis, et pardon s'il s'est couché sur votre sac de courses !"
        ),
        (
            "Nous vous avons remboursé l'intégralité de l'acompte, et nous sommes sincèrement désolés que la "
            "randonnée ait dû être annulée à cause de l'alerte orages."
        ),
        (
            "Nous vous remercions pour ce retour complet. Vos remarques concernant la réservation en ligne "
            "ont été transmises à notre prestataire, et la page de paiement a déjà été simplifiée."
        ),
        "Merci infiniment ! Sophie sera ravie de savoir que sa douceur a rassuré votre chien adopté.",
        "merci pr les 5 etoiles 🙌 a bientot 🐾",
        (
            "Merci pour ce message qui nous fait chaud au cœur ! On est contents que vos chats aient été "
            "bichonnés pendant vos vacances. À la prochaine, et profitez bien du soleil !"
        ),
        (
            "Nous comprenons votre frustration. Nos courriels indiquent que l'horaire de la garde avait été "
            "fixé à 18 h, mais il est possible que le message n'ait pas été clair et nous en sommes désolés. "
            "Nous aimerions en discuter avec vous par téléphone."
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes très heureux que nos paniers de la ferme aient "
            "régalé vos invités. Tous nos vœux de bonheur."
        ),
    ],
}
