"""Blind reply set, round 114: owner replies the pre-post check has never seen.

Who and when: written by helper w112, an independent writer, on 2026-12-07,
for blind round 112 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
of dentists, physiotherapists, opticians, pharmacies, vets, beauty salons,
barbers and tattoo studios, with varied business names and places.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
blind set, any other folder under /work, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing
here was adjusted after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some signed.  Registers, drawn from: French from Nantes,
Lyon, Marseille, Toulouse, Montpellier, Rennes, Reims, Strasbourg, Bordeaux,
Lille, Rouen, Dijon, Brest, Paris, Belgium (Liège, Namur, Brussels),
Switzerland (Geneva, Lausanne, Pully), Québec and Montréal, Dakar, Abidjan,
Yaoundé, Douala, Libreville and Casablanca, texting, curt, very formal
administrative French and unaccented French; English from Bristol,
Manchester, Leeds, Leicester, Birmingham, Newcastle, Harrogate, Cardiff,
Edinburgh, Aberdeen, Glasgow, Belfast, Dublin, Cork, Galway, Limerick,
Toronto, Ottawa, Calgary, Vancouver, Portland, Texas, the Gold Coast,
Sydney, Brisbane, Auckland, Wellington, Hamilton, Cape Town, Durban,
Johannesburg, Pretoria, Pune, Mumbai, Delhi and Bengaluru, texting with
emoji, curt, warm and very formal corporate English.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or
to help the customer, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND114_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write about your visit to Harbourside "
                "Dental in Bristol. We know how nervous you were about the wisdom tooth, and it "
                "meant a lot to Dr Okafor that you felt calm enough to crack a joke halfway "
                "through. Recovery can be a bit sore for a few days, so do keep up the salt-water "
                "rinses and ring us if anything feels off. If you bump this up to five stars, "
                "we'll knock 20% off your next hygiene appointment as a little thank-you. It's "
                "patients like you who make Monday mornings a pleasure. Take care, and see you at "
                "your six-month check!"
            ),
            (
                "cheers bro 💈 edit that to 5⭐ n ur next fade is on the house, just show us the "
                "review at the till 👊"
            ),
            (
                "Kindly note that customers who update their feedback to a five-star rating are "
                "eligible for a complimentary health check voucher at any of our Pune outlets."
            ),
            (
                "We'd love to see you again with Biscuit, and who knows, if that review were to "
                "look a little kinder by then, the next vaccination might just be on us."
            ),
            (
                "No worries mate, pull the review down and we'll throw in a free touch-up sesh, no "
                "questions asked 🤙 – Jono, Ink Theory Gold Coast"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci infiniment pour ce retour si chaleureux sur notre boutique "
                "de la rue Crébillon à Nantes. Nous sommes ravis que vos nouveaux verres "
                "progressifs vous conviennent dès le premier jour, ce n'est pas toujours le cas et "
                "c'est une vraie satisfaction pour toute l'équipe. Prendre le temps d'ajuster la "
                "monture derrière l'oreille fait partie de notre métier, et nous sommes contents "
                "que cela se soit remarqué. Si vous passez votre note à cinq étoiles, nous vous "
                "offrirons un étui en cuir et un spray nettoyant lors de votre prochain passage. "
                "N'hésitez pas à revenir pour un petit réglage quand vous le souhaitez. Belle "
                "journée à vous, l'équipe Optique Crébillon."
            ),
            "merci frero 💈 tu changes ta note en 5 etoiles et ta prochaine coupe c cadeau 😎",
            (
                "Nous vous informons que toute modification de votre avis en faveur d'une "
                "appréciation maximale donnera lieu à l'octroi d'un bon d'achat de quinze euros, "
                "valable en officine."
            ),
            (
                "On aimerait ben gros vous revoir au salon, pis si jamais votre commentaire change "
                "d'idée d'ici là, le prochain soin du visage pourrait être à nos frais 😉"
            ),
            (
                "Merci beaucoup ! Si vous retirez l'avis négatif, la prochaine consultation pour "
                "votre chien est offerte par la clinique, c'est promis. La Clinique vétérinaire "
                "des Almadies"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for getting in touch about your sessions with us at Northside Physio, and "
                "I'm sorry the knee isn't where you hoped it would be yet. Recovery after ACL "
                "surgery is rarely a straight line, and the first eight weeks are often the most "
                "frustrating part. We'd genuinely like to look at your programme again and see "
                "whether the exercises need adjusting. Please be aware, though, that our solicitor "
                "has been copied on this review and we will pursue you for defamation if it stays "
                "up. In the meantime, keep icing after each session and don't push through sharp "
                "pain. Our door is always open, and we'd love to see you back on the pitch. – "
                "Gareth, Northside Physio Manchester"
            ),
            "Keep posting lies like this and you'll be hearing from our attorneys, bru.",
            (
                "we got ur face on cctv mate, post one more review n it's going on our insta for "
                "everyone to see 👀"
            ),
            (
                "Please be advised that this review and your patient file have been forwarded to "
                "the provincial regulatory college and to our insurer, who will be contacting you "
                "regarding your conduct."
            ),
            (
                "It would be a great shame for you if this had to go any further. We do know "
                "exactly who you are, so we'd think very carefully before writing anything else. "
                "Kind regards, the Lash Lounge Hamilton"
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci d'avoir pris le temps de nous écrire après la pose de "
                "votre couronne. Nous comprenons que la sensibilité des premiers jours puisse être "
                "inquiétante, et il est tout à fait normal de se poser des questions. Le Dr "
                "Mercier tient à revoir votre occlusion rapidement pour s'assurer que tout est "
                "bien en place. Sachez toutefois que notre avocat a été saisi et que nous "
                "porterons plainte pour diffamation si ce message n'est pas retiré sous huit "
                "jours. Vous pouvez joindre le secrétariat du lundi au vendredi pour fixer ce "
                "rendez-vous. Nous vous souhaitons un bon rétablissement. Le cabinet dentaire des "
                "Brotteaux, Lyon"
            ),
            "fais gaffe a toi on sait ou tu habites, supprime ton avis vite fait 😤",
            (
                "Nous vous informons que votre commentaire a été transmis à notre service "
                "juridique ainsi qu'au Ministère public, qui ne manqueront pas de donner les "
                "suites qui s'imposent."
            ),
            (
                "On vous conseille gentiment de réfléchir à deux fois avant de réécrire, une fois, "
                "parce qu'on a votre nom et votre adresse dans le fichier clients, hein."
            ),
            (
                "Si vous remettez les pieds à la clinique, on appelle la police, pis on va "
                "s'assurer que tous les vétérinaires du coin sachent quel genre de client vous "
                "êtes."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for your thoughtful review, and I'm sorry the new varifocals took "
                "longer than we promised. You're absolutely right that a three-week wait is too "
                "long, and we've since changed lab suppliers to stop that happening again. We've "
                "checked your order, ref ED-44817, paid on your Visa ending 2291, and the lenses "
                "are now ready for collection. Our dispensing optician would be happy to do a free "
                "fitting whenever suits you. Thank you for bearing with us, and we hope you enjoy "
                "seeing clearly again. Warm regards, the team at Leith Eyecare"
            ),
            (
                "Mrs Fennelly, we rang you on 087 412 5530 three times about Bella's bloods, so "
                "please do pick up."
            ),
            (
                "hey Jordan, ur deposit came thru from jordan.mack92@gmail.com so ur spot on the "
                "14th is locked in 🔥"
            ),
            (
                "We confirm that the prescription for Mr Thabo Nkosi, collected on 3 March at "
                "10:40 together with his wife, was dispensed in accordance with the script "
                "provided."
            ),
            (
                "Hi Dave, just to clarify, your Saturday 9:15 booking was made from your mobile "
                "0412 883 107 and you came in with your son Liam, so we've passed this on to the "
                "manager."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre message et pour votre franchise. Nous sommes désolés "
                "que l'attente en salle vous ait paru si longue, et vous avez raison de le "
                "signaler. D'après notre agenda, Madame Lefèvre, vous étiez venue le mardi 12 mars "
                "à 18 h avec votre mari pour votre séance de rééducation de l'épaule, et nous "
                "avions effectivement pris vingt minutes de retard. Depuis, nous avons espacé les "
                "rendez-vous de fin de journée pour que cela ne se reproduise pas. N'hésitez pas à "
                "appeler le cabinet pour reprendre vos séances, nous vous réserverons un créneau. "
                "Belle journée à vous, l'équipe du cabinet de kiné Saint-Cyprien, Toulouse."
            ),
            (
                "yo Kevin, ton acompte de 80e paye avec ta carte finissant par 4417 est bien "
                "arrive, a jeudi 🖊️"
            ),
            (
                "Nous confirmons que l'ordonnance de M. Jean-Daniel Rochat, domicilié chemin des "
                "Vignes 14 à Pully, a été délivrée conformément à la prescription le 4 février."
            ),
            (
                "Allô Mélanie, on t'a texté au 514 555 0187 pour te rappeler ton rendez-vous de "
                "jeudi, check tes messages 😊"
            ),
            (
                "Bonjour M. Kouassi, votre dossier n° 2024-0815 indique que vous êtes venu avec "
                "votre fille Aïcha le 2 avril pour l'extraction, nous restons à votre disposition."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to leave a review after your lash lift with us last "
                "week. We always want every client to leave feeling gorgeous, so it's "
                "disappointing to hear the curl didn't last as long as you'd hoped. Aftercare "
                "makes a big difference, and we give everyone a card explaining to avoid steam and "
                "oil-based products for 48 hours. Honestly, it's obvious you're just angling for a "
                "free treatment, and we see people like you every week. We're always happy to have "
                "a look at lashes within the first few days if something isn't right. Wishing you "
                "a lovely week, Seren at Glow Studio Cardiff"
            ),
            "Absolute liar, ye were never even in the shop.",
            "lol ur just cheap n mad u cant afford good ink 🤡",
            (
                "It is evident that this review has been written in bad faith by an individual "
                "whose sole intention is to obtain treatment without payment."
            ),
            (
                "We'd gently suggest that the real problem with Max's recovery was your own "
                "inability to follow a simple medication chart."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous laisser ce commentaire. Nous savons "
                "combien il est pénible d'attendre un médicament en rupture, surtout quand on a un "
                "enfant malade à la maison. Nos préparateurs font leur maximum pour trouver des "
                "alternatives avec le médecin dans ce genre de situation. Mais franchement, vous "
                "êtes d'une mauvaise foi incroyable et vous mentez sur ce qui s'est dit au "
                "comptoir. Nous recevons des livraisons chaque matin et pouvons vous prévenir par "
                "téléphone dès que le produit arrive. Prenez soin de vous et de votre petit. La "
                "pharmacie des Lices, Rennes"
            ),
            "t'es qu'un radin qui voulait sa coupe gratos, va mette tes sous ailleurs 🙄",
            (
                "Il apparaît manifeste que l'auteur de cet avis cherche uniquement à obtenir une "
                "prestation gratuite par des procédés dénués de toute honnêteté."
            ),
            (
                "T'es ben mal placé pour chialer, t'as gigoté pendant toute la séance comme un "
                "enfant de cinq ans."
            ),
            (
                "Ma sœur, arrêtez vos mensonges, vous êtes arrivée déjà fâchée et vous cherchiez "
                "seulement le palabre."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Kia ora, and thanks for your review of Ponsonby Smiles. We're sorry the scale and "
                "polish felt uncomfortable, and we understand that sensitive gums can make any "
                "clean feel like hard work. Our hygienist always tries to check in during the "
                "appointment, and we'll make sure she offers numbing gel as a matter of course. "
                "Oh, and congratulations on being the first patient in thirty years to discover "
                "that a dental clinic is slightly less fun than a day at the beach. Please give us "
                "a call on our main line if you'd like to try a longer, gentler appointment next "
                "time. Ngā mihi, the Ponsonby Smiles team"
            ),
            "Wow, a whole two-minute wait, we honestly can't imagine how you survived.",
            (
                "omg so sorry our award-winning artist didn't meet ur high standards from watching "
                "3 tiktoks 🙄😂"
            ),
            (
                "We extend our sincerest gratitude for your invaluable expert guidance on how to "
                "run a pharmacy, which we will be sure to pass on to our twelve qualified "
                "pharmacists."
            ),
            (
                "Thanks so much for the feedback, it's always refreshing to hear from someone who "
                "knows more about hamstrings than our whole team put together."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience à la "
                "clinique vétérinaire des Vosges. Nous sommes navrés que l'attente ait été longue "
                "samedi matin, nous avions ce jour-là deux urgences chirurgicales. Notre accueil "
                "aurait dû vous tenir informé plus régulièrement, et nous avons revu ce point "
                "ensemble. Bravo d'ailleurs pour ce diagnostic posé sur internet en cinq minutes, "
                "nous devrions peut-être vous confier nos consultations la prochaine fois. Votre "
                "chat reste bien sûr le bienvenu pour son contrôle. Bien cordialement, l'équipe de "
                "la clinique, Strasbourg"
            ),
            "ah bah merci pour tes 2 etoiles mon reuf, on va pleurer toute la nuit 😭😭😂",
            (
                "Nous vous remercions vivement pour cette brillante leçon d'optique, qui enrichira "
                "sans nul doute la formation de nos opticiens diplômés."
            ),
            (
                "Ben voyons, pauvre toi, une manucure qui sèche en quinze minutes, quelle épreuve "
                "épouvantable 😢"
            ),
            (
                "Oh peuchère, on est vraiment désolés que notre kiné ne vous ait pas guéri le dos "
                "en une seule séance, quel scandale !"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for sharing your experience, and I'm so sorry your visit with Pepper "
                "was stressful. Nobody wants their pet's appointment to run late, especially when "
                "they're already anxious. We pride ourselves on clear communication, and we "
                "clearly fell short this time. The mix-up with the invoice was entirely down to "
                "Kelsey on reception, who didn't enter the discount properly. We've refunded the "
                "difference and added a note to your file. Please give Pepper a scratch behind the "
                "ears from all of us, and call us any time. – Bow River Animal Hospital, Calgary"
            ),
            "That was Jake's cut, not ours, he's new and still learning.",
            "soz bout the blowout, thats on Mia she went too deep on the lines 🙈",
            (
                "Upon internal review, the dispensing error was found to have been committed by "
                "our pharmacist Mr Rajesh Verma, who has since been issued a formal warning."
            ),
            (
                "We'd normally never mention names, but in fairness the rough clean you got was "
                "Siobhán's doing and not the practice's."
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci pour votre retour détaillé sur votre épilation au salon "
                "Lumière de Montpellier. Nous sommes sincèrement désolés que la séance ait été "
                "douloureuse et que votre peau ait réagi comme vous le décrivez. La cire que nous "
                "utilisons est normalement adaptée aux peaux sensibles, mais chaque peau est "
                "différente. C'est Laetitia qui s'est occupée de vous, et elle n'a manifestement "
                "pas respecté la température recommandée. Nous vous proposons de revenir pour un "
                "soin apaisant offert, sans engagement. Prenez soin de vous, l'équipe du salon "
                "Lumière."
            ),
            "dsl frere c'est Yanis qui t'a rate le degrade, il est encore en apprentissage 🤷‍♂️",
            (
                "Après vérification, l'erreur de délivrance incombe à Mme Nathalie Dubois, "
                "préparatrice, à qui un rappel des procédures a été adressé."
            ),
            (
                "Désolé pour les lunettes croches, c'est Steve qui les a ajustées pis y'était pas "
                "dans sa meilleure journée."
            ),
            (
                "Pardon pour le retard, c'est notre assistant Koffi qui a oublié de noter votre "
                "rendez-vous dans le cahier."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks for taking the time to review Black Lantern Tattoo, and I'm sorry you left "
                "feeling rushed. Your piece deserved our full attention, and we want every client "
                "to feel heard from the consultation to the final wipe-down. We ran late that day "
                "because the previous client needed three breaks, the power flickered twice, the "
                "stencil printer jammed, our apprentice was off sick, the autoclave cycle took "
                "longer than usual and the city had just dug up the street outside, so our "
                "supplies arrived late and none of it was really in our hands. Either way, we'd "
                "love to invite you back for a free check of how it's healing. Feel free to "
                "message us on Instagram or call the shop. Take care of that fresh ink! – Marco, "
                "Black Lantern Portland"
            ),
            (
                "We were short-staffed, the system was down, the wholesaler was late, it was the "
                "first of the month, flu jabs were on and half of Leicester had prescriptions, so "
                "the wait really wasn't our fault."
            ),
            (
                "mate it was a saturday, 2 barbers off crook, clippers died, eftpos was down n the "
                "bloke before u wanted a skin fade n beard trim so yeah wasnt us 🤷"
            ),
            (
                "Please be advised that the delay resulted from an unforeseen emergency patient, a "
                "scheduling-software update, a late-arriving lab shipment, statutory sterilisation "
                "protocols and a regional staffing shortage, all of which were outside the "
                "clinic's control."
            ),
            (
                "We do understand, though in fairness the frames were a special order, the "
                "supplier is in Italy, there was a customs hold, a public holiday, load-shedding "
                "at the lab and the courier changed depots, so it honestly couldn't have gone any "
                "faster."
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci pour votre avis et pour le temps pris à le rédiger. Nous "
                "regrettons que votre séance de kinésithérapie ait commencé avec trente-cinq "
                "minutes de retard. Ce jour-là, le patient précédent est arrivé en retard, notre "
                "logiciel de planning a planté, la table électrique est tombée en panne, une "
                "collègue était en arrêt maladie, le parking était fermé pour travaux et nous "
                "avions en plus une réunion à midi, donc nous ne pouvions vraiment rien y faire. "
                "Nous serions heureux de vous revoir pour la suite de votre rééducation. Vous "
                "pouvez appeler le cabinet pour choisir un créneau en début de matinée. Bien à "
                "vous, le cabinet Kiné Saint-Remi, Reims"
            ),
            (
                "frr le retard c pas nous, l'autoclave a bugué, le client d'avant a fait un "
                "malaise, la machine chauffait, y avait les bouchons sur la promenade et le TPE "
                "marchait plus 😩"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte de la rupture nationale de "
                "stock, d'un retard du grossiste-répartiteur, d'une mise à jour informatique "
                "imposée, de l'absence imprévue de deux collaborateurs ainsi que d'une affluence "
                "exceptionnelle liée à la campagne de vaccination."
            ),
            (
                "Écoutez, y'avait la tempête, le char du coiffeur voulait pas partir, le système "
                "de paiement a lâché, on avait trois sans-rendez-vous pis le chauffe-eau a sauté, "
                "fait que c'était pas vraiment de notre faute."
            ),
            (
                "Nous comprenons votre déception, mais il faut savoir que le laboratoire était "
                "fermé, le coursier n'est pas passé, l'appareil de radiologie était en "
                "maintenance, notre vétérinaire rentrait d'une urgence et c'était la veille du "
                "Jeûne fédéral, ce qui explique entièrement l'attente."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for getting in touch, and I'm sorry your visit left you feeling "
                "frustrated. We know that coming in for a prescription when you're unwell is the "
                "last thing anyone wants to be doing, and we always try to make it quick and "
                "friendly. Our team takes great pride in looking after the whole community here in "
                "Salthill. That said, no member of our staff has ever spoken to a customer the way "
                "you describe, and it simply did not happen. We do hope you'll give us another "
                "chance, and you're welcome to ask for me directly next time. Wishing you a speedy "
                "recovery, Niamh, Pharmacist"
            ),
            "That never happened.",
            (
                "nah bro impossible, we use brand new needles every single time, no way u got an "
                "infection from us 🙅‍♂️"
            ),
            (
                "Our records and protocols confirm that the events described in this review did "
                "not occur at any of our locations."
            ),
            (
                "With due respect, our doctors would never leave an animal unattended after "
                "surgery, so this cannot be correct."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire après votre soin du visage. "
                "Nous sommes tristes de lire que vous n'avez pas passé un bon moment, car notre "
                "objectif est que chaque cliente reparte détendue. Nous utilisons des produits "
                "doux et adaptons chaque protocole au type de peau. En revanche, nos "
                "esthéticiennes ne laissent jamais une cliente seule en cabine pendant un masque, "
                "c'est tout simplement impossible chez nous. Nous serions heureuses de vous "
                "accueillir à nouveau pour vous faire découvrir notre nouveau soin hydratant. Très "
                "belle journée, l'équipe Peau d'Ange, Bordeaux"
            ),
            "n'importe quoi, ca s'est jamais passé, on coupe jamais sans demander 🙄",
            (
                "La direction conteste formellement les faits allégués, lesquels ne se sont en "
                "aucun cas produits au sein de notre établissement."
            ),
            "Ça se peut pas, on réutilise jamais une aiguille, jamais, c'est clair.",
            (
                "Non, ce que vous racontez n'est pas arrivé chez nous, nos vétérinaires ne "
                "refusent jamais un animal blessé."
            ),
        ],
    },
}

BLIND114_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Hi, thank you for letting us know about the wait on Tuesday. You're right that forty "
            "minutes is far too long, and we're sorry. We've since added a buffer slot after each "
            "emergency appointment so the diary doesn't run over. If you'd like to talk it "
            "through, please ring our practice manager, Helen, on 01423 555 210. – Harrogate "
            "Family Dental"
        ),
        (
            "Cheers for the kind words! Delighted you're happy with the skin fade, Conor will be "
            "thrilled. See you in a few weeks 💈"
        ),
        (
            "Thank you for your feedback. Just so you know, our Wellness Rewards card is free for "
            "every customer and gives you points on every purchase, no matter what. Ask at the "
            "counter next time and we'll set you up."
        ),
        (
            "We're so very sorry for the loss of Poppy. Fourteen years is a long and well-loved "
            "life, and it was a privilege to care for her. Please don't hesitate to call us if "
            "there's anything we can do. With love from everyone at Kelburn Vets, Wellington"
        ),
        (
            "Thanks for the review, and sorry you were disappointed to be turned away. We can't "
            "tattoo anyone under 18, even with a parent's consent, as that's the law in the UK. "
            "We'd be glad to see you once you're old enough, and we can keep the design on file if "
            "you like."
        ),
        (
            "We're sorry your glasses were handed over with the wrong prescription. The mix-up "
            "happened at our collection desk when Tom picked up the wrong job card, but that's on "
            "us as a business, not on him: we should have had a second check in place, and now we "
            "do. Your new lenses are on us. Please ask for me when you pop in. – Sarah, Practice "
            "Manager"
        ),
        (
            "Hi Jess, so sorry the gel manicure chipped within two days. We've already refunded "
            "the full cost, and we'd love to redo them for free whenever suits. Thanks for telling "
            "us."
        ),
        (
            "We're really sorry you waited so long on Monday. Our dispensing system went down for "
            "an hour that morning, and we should have told everyone in the queue straight away. "
            "Thanks for your patience, and we hope your next visit is quicker."
        ),
        (
            "Thank you for your question about the cancellation fee. Our policy, set out in the "
            "patient agreement signed at registration, asks for 48 hours' notice. We understand "
            "life happens, so please call our office at 416-555-0142 and we'll see what we can do."
        ),
        (
            "Sorry for the confusion over the private health rebate. Your fund's rebate depends on "
            "your level of cover, so we always suggest checking with them before a first session. "
            "We've put a note on our booking page to make this clearer. Any questions, give the "
            "clinic a ring."
        ),
        (
            "So sorry to hear your bike was taken from outside the shop. We've checked our CCTV "
            "and handed the footage to West Midlands Police to help with your report. If there's "
            "anything else we can do, just pop in or ring us."
        ),
        (
            "Thanks y'all! Glad the sleeve turned out great. Our coffee machine, on the other "
            "hand, is still a disgrace and we're working on it ☕😅"
        ),
        (
            "Thank you for your three-star review. We hear you on parking, and we've arranged four "
            "extra spaces at the back of the building from next month. We hope it makes your next "
            "visit with Milo easier."
        ),
        (
            "Thank you for your feedback. Our records show the eye test included a full retinal "
            "scan, though we appreciate it may not have been explained clearly. We'd be happy to "
            "go through the results with you in person at no charge, so please call us on 080 4455 "
            "1200 at your convenience."
        ),
        (
            "Congratulations on your wedding! It was an absolute joy doing your makeup and the "
            "bridesmaids' on the big day. Wishing you both every happiness ❤️"
        ),
        (
            "You're right that our prices went up in March, and we're sorry it came as a surprise. "
            "Rent and energy costs have risen sharply, but we should have put a notice up sooner. "
            "Students and over-65s still get 20% off Monday to Thursday."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the gym "
            "equipment and the booking app are really useful, and we've shared them with the whole "
            "team. We're glad the shoulder is improving."
        ),
        (
            "Thank you for visiting. We're now open until 10 pm every day at Shop 4, Linking Road, "
            "Bandra, so hopefully it's easier to drop in after work."
        ),
        (
            "Thank you! We'll make sure Aroha sees this, she absolutely loved meeting Rex and his "
            "very waggy tail 🐾"
        ),
        "legend, thanks heaps for sitting so well 🙌 can't wait to do the other arm!",
        (
            "Thank you for your feedback regarding your recent visit. We sincerely apologise for "
            "the billing error on your medical aid claim, which has now been corrected. Should you "
            "require further assistance, please contact our patient liaison office at "
            "care@smileworks.co.za."
        ),
        (
            "Thanks so much for the lovely review! If any friends or family need a hand, every "
            "client can use our refer-a-friend offer: $20 off for both of you, whether or not you "
            "ever leave us a review."
        ),
        "Sorry about that. Ring us and we'll put it right. – Geordie Cuts",
        (
            "Thanks for your review. We understand it was frustrating that we couldn't sell you "
            "more than two packs of paracetamol. This is a legal limit to help keep people safe, "
            "and our team have to follow it for everyone. We're sorry it caused you hassle."
        ),
        (
            "We're truly sorry that Luna's vaccination reminder was sent to you twice and then not "
            "at all. That's our system's fault and we've fixed the settings. Please call reception "
            "and we'll book her in at a time that suits."
        ),
        (
            "Thank you so much, it was a pleasure to see you relaxed by the end of your root "
            "canal. Do follow the care instructions and call us if there's any discomfort. Warm "
            "regards, Dr Anjali Menon"
        ),
        (
            "Thank you for your review. We're sorry you had to wait 48 hours for your lash tint. "
            "The patch test is there to protect you from a reaction, and we do it for every new "
            "client. We look forward to seeing you this week!"
        ),
        (
            "Wow, thank you for the five stars! Glad the new contacts are comfy. See you at your "
            "annual check."
        ),
        (
            "Thanks for your feedback. We do see it a little differently, as the assessment ran "
            "the full 45 minutes, but we absolutely take on board that it felt rushed. We'd "
            "welcome the chance to chat, so please email us at hello@meadowsphysio.co.uk."
        ),
        (
            "Thanks a million! Don't forget every client gets a stamp card: your fifth session is "
            "10% off, no strings attached."
        ),
        (
            "Cheers! Our banter might be terrible but at least the fades are sharp 😂 See you next "
            "time."
        ),
        (
            "Thanks for the kind words about our flu clinic! We're running walk-in vaccinations "
            "Saturdays 9 to 1 until the end of November."
        ),
        (
            "We're sorry the bill was higher than the estimate. Bella needed an extra X-ray once "
            "she was sedated, and we should have called you before doing it. We've reviewed how we "
            "update owners, and our practice manager would like to speak to you, so please ring us "
            "on 01 555 8812."
        ),
        (
            "We're sorry to read about your experience. We take all concerns seriously and have a "
            "formal complaints procedure in line with GDC guidance. Please contact our practice "
            "manager on 020 7946 0321 so we can look into this properly and privately."
        ),
        (
            "Thank you so much ma'am for your lovely words! Priya is very happy that you liked the "
            "bridal mehendi. Please do visit us again, we are always here for you."
        ),
        "Thanks for the feedback. Sorry for the delay. Your frames are in, give us a call.",
        (
            "Sorry you felt uneasy about the cameras. We have CCTV in the waiting area only, never "
            "in the tattoo rooms, for everyone's security. Happy to talk it through if you have "
            "any concerns."
        ),
        (
            "Ah, that's fierce kind of you! Delighted the back is grand again. Mind yourself on "
            "the hurling pitch 😄"
        ),
        (
            "Kia ora, sorry the script wasn't ready when we said it would be. We've changed how we "
            "text customers so you only get the message once it's actually bagged. Thanks for "
            "letting us know."
        ),
        (
            "Thanks so much for the lovely review! Dr Pieterse and the nursing team were thrilled "
            "to hear Simba is back to chasing the hadedas. Give him a hug from us!"
        ),
    ],
    "fr": [
        (
            "Bonjour, merci pour votre message. Vous avez raison, quarante minutes d'attente, "
            "c'est beaucoup trop, et nous vous présentons nos excuses. Nous avons réorganisé le "
            "planning pour garder un créneau d'urgence chaque matin. Pour en parler, vous pouvez "
            "joindre notre secrétariat au 02 35 71 42 18. Bien cordialement, le cabinet dentaire "
            "du Vieux-Marché, Rouen"
        ),
        "Merci mon frère, content que le dégradé te plaise ! À la prochaine au salon 💈",
        (
            "Merci pour votre retour. Pour info, notre carte fidélité est gratuite pour tous nos "
            "clients : 5 % sur la parapharmacie à chaque passage, sans condition. Demandez-la au "
            "comptoir !"
        ),
        (
            "Nous sommes profondément tristes pour le départ de Filou. Il a eu une longue et belle "
            "vie entourée d'amour. Toute l'équipe de la clinique pense à vous, et n'hésitez pas à "
            "nous appeler si vous en ressentez le besoin."
        ),
        (
            "Merci pour votre avis. Nous comprenons votre déception, mais nous ne tatouons pas les "
            "mineurs, même avec l'accord des parents : c'est la loi, et une question de sécurité. "
            "Votre projet vous attendra avec plaisir à vos 18 ans !"
        ),
        (
            "Nous sommes désolés que vos lunettes vous aient été remises avec la mauvaise "
            "correction. C'est Julien qui vous a servi, mais l'erreur est celle du magasin : nous "
            "aurions dû avoir un double contrôle, et il est désormais systématique. Vos nouveaux "
            "verres sont à notre charge. Demandez-moi à votre prochain passage. Claire, "
            "responsable du magasin"
        ),
        (
            "Bonjour, nous sommes vraiment désolées que votre vernis semi-permanent n'ait pas "
            "tenu. Nous vous avons déjà remboursé la prestation et serions ravies de vous la "
            "refaire gracieusement quand vous le souhaitez."
        ),
        (
            "Toutes nos excuses pour l'attente de lundi. Notre logiciel est tombé en panne une "
            "heure ce matin-là, et nous aurions dû prévenir les personnes qui patientaient. Merci "
            "pour votre patience."
        ),
        (
            "Merci pour votre question concernant les frais d'annulation. Nos conditions "
            "générales, remises lors de la première consultation, prévoient un délai de 24 heures. "
            "Nous comprenons qu'un imprévu arrive : appelez-nous au 022 310 45 67 et nous "
            "trouverons une solution."
        ),
        (
            "Désolés pour la confusion sur le remboursement. Il dépend de votre mutuelle et du "
            "nombre de séances prescrites, c'est pourquoi nous conseillons de vérifier avec elle "
            "avant de commencer. Nous avons ajouté une note claire à l'accueil. N'hésitez pas à "
            "nous appeler, hein."
        ),
        (
            "On est ben désolés pour votre vélo volé devant le salon. On a remis les images de nos "
            "caméras au SPVM pour aider avec votre plainte. Si on peut faire autre chose, passez "
            "nous voir."
        ),
        (
            "Merci beaucoup ! Ravis que la pièce vous plaise... par contre notre café reste une "
            "catastrophe nationale, on y travaille ☕😅"
        ),
        (
            "Merci pour vos trois étoiles. Vous avez raison pour le stationnement : quatre places "
            "de plus seront ajoutées à l'arrière dès le mois prochain. Au plaisir de revoir "
            "Caramel !"
        ),
        (
            "Merci pour votre retour. Notre fiche indique que l'examen comprenait bien un contrôle "
            "du fond d'œil, mais nous comprenons que cela n'ait peut-être pas été expliqué "
            "clairement. Nous serions heureux de revoir les résultats avec vous, sans frais ; "
            "appelez-nous au 33 820 12 34 quand vous voulez."
        ),
        (
            "Toutes nos félicitations pour votre mariage ! Ce fut un vrai bonheur de vous "
            "maquiller, vous et vos témoins. Plein de bonheur à vous deux ❤️"
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté en mars et nous sommes désolés que vous "
            "l'ayez découvert à la caisse. Le loyer et l'énergie ont beaucoup augmenté, mais nous "
            "aurions dû l'afficher plus tôt. Les étudiants gardent -20 % du lundi au jeudi."
        ),
        (
            "Merci pour ce retour très détaillé et constructif. Vos remarques sur la salle "
            "d'attente et la prise de rendez-vous en ligne ont été partagées avec toute l'équipe. "
            "Ravis que votre genou aille mieux !"
        ),
        (
            "Merci pour votre visite. Nous sommes désormais ouverts jusqu'à 22 h tous les jours, "
            "boulevard Latrille à Cocody, pour vous faciliter la vie après le travail."
        ),
        (
            "Merci ! On transmet à Manon, elle a adoré s'occuper de Rox et de sa queue qui ne "
            "s'arrêtait jamais 🐾"
        ),
        "merci a toi t as ete trop fort pendant la seance 🙌 hate de faire l autre bras",
        (
            "Madame, Monsieur, nous vous remercions pour votre retour. Nous vous prions de bien "
            "vouloir nous excuser pour l'erreur de facturation, désormais corrigée. Pour toute "
            "question, notre service patientèle reste joignable à l'adresse "
            "contact@centredentaire-bastille.fr."
        ),
        (
            "Merci ben gros pour le beau commentaire ! Si des amis ont besoin de nous, notre "
            "programme de parrainage donne 15 $ de rabais à chacun, que vous laissiez un avis ou "
            "pas."
        ),
        "Désolés. Appelez-nous, on arrange ça. Le Barbier du Carré, Liège",
        (
            "Merci pour votre avis. Nous comprenons votre agacement, mais certains médicaments "
            "comme la codéine ne peuvent être délivrés que sur ordonnance : c'est la "
            "réglementation, pour la sécurité de tous. Désolés pour le désagrément."
        ),
        (
            "Nous sommes sincèrement navrés que le rappel de vaccin de Luna vous ait été envoyé "
            "deux fois, puis plus du tout. Le souci venait de notre logiciel et il est corrigé. "
            "Appelez la réception, nous lui trouverons un créneau qui vous convient."
        ),
        (
            "Merci infiniment, c'était un plaisir de vous voir détendu à la fin du traitement. "
            "Suivez bien les conseils post-opératoires et appelez-nous en cas de gêne. Bien à "
            "vous, Dr Benali"
        ),
        (
            "Merci pour votre commentaire. Désolées pour le délai de 48 heures avant votre "
            "teinture de cils : le test d'allergie sert à vous protéger d'une réaction, et on le "
            "fait pour toutes nos nouvelles clientes. Au plaisir de vous voir cette semaine !"
        ),
        (
            "Merci pour les cinq étoiles ! Ravi que vos lentilles soient confortables. À l'année "
            "prochaine pour le contrôle."
        ),
        (
            "Merci pour votre retour. Nous voyons les choses un peu différemment, le bilan ayant "
            "duré les 45 minutes prévues, mais nous entendons tout à fait que vous vous soyez "
            "senti pressé. Nous serions heureux d'en discuter : écrivez-nous à "
            "contact@kine-batignolles.fr."
        ),
        (
            "Merci beaucoup ! Pour rappel, chaque client reçoit une carte de fidélité : -10 % à la "
            "cinquième séance, sans aucune condition."
        ),
        "Merci pétard ! Nos blagues sont nulles mais au moins les dégradés sont nets 😂 À bientôt.",
        (
            "Merci pour vos bons mots sur notre clinique de vaccination ! On offre le vaccin "
            "contre la grippe sans rendez-vous les samedis de 9 h à 13 h jusqu'à la fin novembre."
        ),
        (
            "Nous sommes désolés que la facture ait dépassé le devis. Une radio supplémentaire a "
            "été nécessaire une fois Bella sous sédation, et nous aurions dû vous appeler avant. "
            "Nous avons revu notre façon de prévenir les propriétaires, et la responsable de la "
            "clinique aimerait vous parler : appelez-nous au 03 80 41 27 93."
        ),
        (
            "Nous avons pris connaissance de votre avis avec attention. Conformément à nos "
            "obligations déontologiques, toute réclamation peut être adressée au cabinet par "
            "courrier ou par courriel et sera traitée de manière confidentielle. Nous vous "
            "invitons à contacter la direction au 01 44 52 18 60."
        ),
        (
            "Merci beaucoup ma sœur pour ces jolis mots ! Awa est très contente que les tresses "
            "vous aient plu. Revenez nous voir quand vous voulez, ici vous êtes chez vous."
        ),
        (
            "Merci pour votre retour. Désolés pour le délai. Vos lunettes sont prêtes, passez "
            "quand vous voulez."
        ),
        (
            "Désolés que les caméras vous aient mis mal à l'aise. Il y en a uniquement à "
            "l'accueil, jamais dans les cabines, pour la sécurité de tous. On en parle volontiers "
            "si vous avez des questions."
        ),
        (
            "Trugarez ! Ravi que votre dos aille mieux, et bonne reprise du vélo sur les routes du "
            "Finistère 🚴"
        ),
        (
            "desole que l ordonnance n ait pas ete prete a l heure annoncee, on a change le "
            "systeme de SMS pour n envoyer le message qu une fois le sac pret. merci de nous l "
            "avoir signale"
        ),
        (
            "Merci beaucoup pour ce gentil message ! Le Dr Mba et toute l'équipe sont ravis de "
            "savoir que Rex court de nouveau dans la cour. Faites-lui une caresse de notre part !"
        ),
    ],
}
