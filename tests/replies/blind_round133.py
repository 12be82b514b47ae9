"""Blind reply set, round 133: owner replies the pre-post check has never seen.

Who and when: written by helper w131, an independent writer, on 2026-12-07,
for blind round 131 (file tests/replies/blind_round133.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
opticians, hearing-aid centres, pharmacies, chiropodists and podiatrists,
osteopaths and speech therapists, with varied business names and places.
Each French reply was written directly in French, not translated.  Apart from
the brief and the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  Registers, drawn from: French from Lyon,
Marseille, Bordeaux, Toulouse, Strasbourg, Rennes, Lille, Montpellier,
Clermont-Ferrand, Brest, Pau and other towns of France, Belgium (Namur, Liège,
Ixelles, Etterbeek), Switzerland (Lausanne, Genève, Sion, Fribourg, Neuchâtel,
La Chaux-de-Fonds), Québec and Montréal, Côte d'Ivoire, Sénégal and Cameroun,
texting, curt replies, very formal administrative French and unaccented
French; English from the UK (Leeds, Manchester, Bristol, Cardiff, Edinburgh,
Aberdeen, Glasgow, Belfast and others), Ireland (Cork, Dublin, Galway,
Limerick, Ennis), North America (Toronto, Vancouver, Minneapolis, Austin),
Australia and New Zealand, South Africa and India, plain, warm, curt,
corporate and texting with emoji; veiled and polite phrasings; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single sentence or clause in the middle.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology, a waiting list explained and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND133_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write this, it genuinely made our week "
                "here at Lee Valley Opticians in Cork. Getting used to varifocals for the first time "
                "can be a bit of a rollercoaster, so we're delighted the second fitting sorted out "
                "that blurry patch on the left side. Our dispensing team always say a good frame is "
                "one you forget you're wearing, and it sounds like you've found yours. If you'd be "
                "kind enough to bump your review up to five stars, we'll take 20% off your next pair "
                "of prescription sunglasses as a little thank-you. Do pop in any time for a free "
                "adjustment if the arms start to slip. Mind yourself, and enjoy the clear view!"
            ),
            "Cheers mate 🙌 chuck us 5⭐ and ur next ear wax removal's on the house 👂😉",
            (
                "Upon confirmation that your review has been updated to reflect a five-star rating, "
                "a complimentary medication review voucher will be issued to your account. Kind "
                "regards, Customer Experience Team, Wellcare Pharmacy Group"
            ),
            (
                "We'd love to think a second look at your rating might be possible, and naturally "
                "we'd be happy to make your next podiatry session complimentary in that case. Warm "
                "wishes, Thandi, Durbanville Foot Clinic"
            ),
            (
                "Dear Sir, kindly delete this review and we shall give you two osteopathy sessions "
                "absolutely free of cost. Regards, Spine & Joint Osteo Clinic, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce message qui nous a beaucoup touchés. Nous "
                "sommes ravis que la préparation de votre pilulier chaque semaine vous simplifie "
                "autant la vie, et que nos conseils sur les interactions entre vos traitements vous "
                "aient rassurée. Toute l'équipe de la Pharmacie des Terreaux prend à cœur de prendre "
                "le temps avec chacun, même les jours de grande affluence. Si vous passez votre avis "
                "à cinq étoiles, on vous offre avec plaisir un coffret de soins de la gamme thermale "
                "lors de votre prochain passage. N'hésitez surtout pas à nous solliciter pour la "
                "livraison à domicile si vos déplacements deviennent compliqués cet hiver. Au "
                "plaisir de vous revoir très bientôt à Lyon !"
            ),
            (
                "merci bcp 🙏 si tu modifies ton avis en 5 etoiles ta prochaine seance de podo est "
                "offerte, promis 😉"
            ),
            (
                "Nous vous informons qu'un bon d'achat d'une valeur de 30 euros vous sera adressé "
                "dès réception de la confirmation de la suppression de votre avis. Veuillez agréer, "
                "Madame, l'expression de nos salutations distinguées. La Direction, Audition Conseil "
                "Chambéry"
            ),
            (
                "Merci ben gros! Si jamais vous remontez ça à 5 étoiles, on vous arrange un étui pis "
                "un nettoyage de lunettes gratis, c'est un deal 😄 L'équipe de la Lunetterie du "
                "Plateau"
            ),
            (
                "Nous espérons sincèrement que vous pourrez revoir votre note à la hausse ; une "
                "petite attention vous attendrait alors au comptoir lors de votre prochain passage, "
                "une fois. L'équipe de la Pharmacie du Sablon"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Hello, and thank you for taking the time to share your experience with us at "
                "ClearSound Hearing in Bristol. We're sorry the new receiver-in-canal aids have been "
                "whistling, and we understand how tiring that must be at family gatherings. Feedback "
                "like that is usually sorted with a quick change to the dome size or the programme, "
                "and we'd be very happy to look at it for you at no charge. Please note, though, "
                "that our solicitor has been copied on this review and we will not hesitate to "
                "pursue you if the remarks about our audiologist are not withdrawn. Our clinic is "
                "open Monday to Saturday, and you can book directly on 0117 496 0321. We really do "
                "want you hearing comfortably again, so we hope to see you soon. Kind regards, the "
                "ClearSound team"
            ),
            "Keep posting rubbish about our chemist n see what happens 😤 we know where u live",
            (
                "Please be advised that this review has been referred to our legal department, and "
                "defamation proceedings will be initiated should it remain online beyond seven days. "
                "Compliance Office, Harbourview Osteopathy Pty Ltd"
            ),
            (
                "We would gently suggest you reconsider this review; we would hate to have to pass "
                "your details on to the relevant authorities. Kind regards, Stepwell Podiatry, "
                "Toronto"
            ),
            (
                "Ja, you can leave your one star, but you're not welcome back here, and if you make "
                "trouble again we'll call security and lay a charge, hey. Pieter, Karoo Optometrists"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous comprenons tout à fait "
                "que l'attente pour un bilan orthophonique soit source d'inquiétude, surtout lorsque "
                "l'on sent que chaque mois compte. Notre cabinet de Mérignac reçoit actuellement "
                "plus de demandes que nous ne pouvons en absorber, et nous cherchons activement une "
                "quatrième orthophoniste pour réduire les délais. Sachez toutefois que nous avons "
                "transmis votre message à notre avocat et que nous porterons plainte si ces propos "
                "ne sont pas retirés sous huit jours. En attendant, nous pouvons vous proposer une "
                "liste de confrères du secteur qui ont parfois des disponibilités plus rapides. "
                "N'hésitez pas à appeler le secrétariat, du lundi au vendredi de 9 h à 17 h. Bien "
                "cordialement, l'équipe du cabinet"
            ),
            (
                "continue a raconter des salades sur la pharma et tu vas voir ce qui va t arriver 😡 "
                "on sait ou tu habites"
            ),
            (
                "Nous vous informons que le présent avis a fait l'objet d'un signalement auprès de "
                "notre conseil juridique et qu'une procédure pour diffamation sera engagée à votre "
                "encontre à défaut de retrait. La Direction, Centre Auditif du Léman, Lausanne"
            ),
            (
                "Nous vous invitons amicalement à reconsidérer votre commentaire ; il serait dommage "
                "que votre employeur apprenne de quelle manière vous parlez des professionnels de "
                "santé. Cordialement, Cabinet de podologie Saint-Michel"
            ),
            (
                "Vous êtes interdit de revenir chez nous, et si on vous voit encore devant l'optique "
                "on appelle les gendarmes pour vous, c'est clair comme ça. Optique du Plateau, Dakar"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for such a thoughtful review, and we're really sorry your ingrown toenail "
                "was still uncomfortable after the first appointment. Nail surgery can take a little "
                "while to settle, and we should have explained the healing timeline more clearly "
                "before you left. We're also sorry nobody rang to check on you in the days "
                "afterwards. We've already added a free follow-up to your booking, ref. PDX-44817 "
                "for Tuesday 14 October at 10.40, so there's nothing more to pay. In the meantime, "
                "keep the dressing dry and avoid tight footwear for a few more days. If anything "
                "looks red or feels hot, please ring us straight away rather than waiting. Warm "
                "regards, Fiona and the team at Leith Foot Clinic"
            ),
            "sorry bout the wait hun 🙈 we've texted ur mobile on 07700 900461 to rebook x",
            (
                "We acknowledge the concerns raised regarding order RX-208817, paid by Visa ending "
                "4421, and confirm that the prescription has now been dispatched to 14 Kilmore Road, "
                "Artane. Kind regards, Customer Care, Northside Pharmacy"
            ),
            (
                "Respected Mr. Sandeep Kulkarni, as discussed when you visited with your wife on 3rd "
                "March, your hearing aids have been reprogrammed free of charge. Regards, SoundLife "
                "Hearing Centre, Pune"
            ),
            (
                "Kia ora, sorry bout the mix-up, we've emailed the invoice to "
                "hemi.walker82@gmail.com, shout if it doesn't turn up. Cheers, Aroha @ Kāpiti Eyecare"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour ce retour détaillé, qui nous aide vraiment à progresser. "
                "Nous sommes navrés que la séance n'ait pas apporté le soulagement espéré pour vos "
                "douleurs lombaires, et nous comprenons votre déception après une semaine difficile. "
                "Il arrive qu'une première manipulation réveille un peu les tensions avant "
                "d'apporter une amélioration, mais nous aurions dû mieux vous en prévenir. Nous "
                "avons d'ailleurs essayé de vous joindre au 06 12 48 73 90 mardi soir pour vous "
                "proposer un second rendez-vous sans frais. Nous restons bien sûr disponibles pour "
                "en parler de vive voix, au cabinet ou par téléphone. Prenez bien soin de vous, et "
                "encore merci de votre confiance. Camille, ostéopathe D.O., Strasbourg-Neudorf"
            ),
            (
                "dsl pr l attente 😅 on t a renvoye la facture sur ton mail lea.martin.92@orange.fr, "
                "dis nous si c bon 👍"
            ),
            (
                "Nous accusons réception de votre réclamation relative à la commande n° 2024-55871, "
                "réglée par carte bancaire se terminant par 0937, et vous confirmons l'envoi de vos "
                "verres correcteurs au 12 rue des Tanneurs, 1003 Lausanne. Le Service Clientèle, "
                "Optique Riponne"
            ),
            (
                "Bonjour Monsieur Dewulf, on se souvient bien de votre passage du samedi 8 février "
                "avec votre maman pour ses appareils auditifs, tout est réglé depuis, une fois. "
                "L'équipe d'Audio Namur"
            ),
            (
                "Allô! Comme on vous a dit au téléphone, votre dossier #OR-3391 est réglé pis on "
                "vous attend mardi à 15 h 30 pour le suivi de la petite Léa-Rose 😊 Clinique "
                "d'orthophonie Rosemont"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for getting in touch, and we're sorry your new contact lenses felt so dry by "
                "the end of the day. Comfort can vary a lot between materials, and it often takes a "
                "couple of tries to find the lens that suits your eyes and your screen time. Our "
                "optometrist is always happy to trial a different brand or a daily disposable at no "
                "extra cost during the fitting period. That said, demanding a full refund after "
                "wearing them for three weeks does read like you were simply after something for "
                "free. We'd still be glad to see you for a follow-up and talk through the options. "
                "Our Halifax practice is open late on Thursdays, which many working customers find "
                "easier. Take care, and thanks again for the feedback. Jonathan, Calder Valley "
                "Eyecare"
            ),
            "mate ur just a moaner lookin for a freebie 🙄 grow up",
            (
                "We note that this review is consistent with a pattern of bad-faith complaints by "
                "its author, whose account of events we consider dishonest. Patient Relations, "
                "Bayside Osteopathy Group"
            ),
            (
                "With respect, some parents simply find it easier to blame the therapist than to do "
                "the practice activities they were given for home. Best wishes, Meera, Little Voices "
                "Speech Therapy"
            ),
            (
                "Ah here, you're some chancer altogether, sure you'd complain about a free lunch. "
                "Declan, Ennis Hearing Centre"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous faire part de votre expérience. "
                "Nous sommes désolés que vos semelles orthopédiques vous aient causé une gêne au "
                "talon durant les premiers jours. Une période d'adaptation de deux à trois semaines "
                "est assez fréquente, et nous aurions pu mieux vous l'expliquer lors de la remise. "
                "Soyons honnêtes cependant : votre message ressemble surtout à celui de quelqu'un "
                "qui cherche à se faire rembourser sans raison. Nous vous proposons malgré tout un "
                "rendez-vous de contrôle pour vérifier les appuis et, si besoin, retoucher la "
                "semelle. Vous pouvez nous joindre au cabinet du lundi au samedi matin. Bonne "
                "journée à vous, et à bientôt j'espère. Julien, podologue, Toulouse Saint-Cyprien"
            ),
            "franchement t es qu un gros menteur 🤥 arrete de raconter n importe quoi stp",
            (
                "Nous regrettons de constater que votre commentaire procède manifestement d'une "
                "mauvaise foi caractérisée et d'une volonté de nuire dépourvue de tout fondement. La "
                "Direction, Pharmacie Centrale de Fribourg"
            ),
            (
                "Sans vouloir vous offenser, certaines personnes ont visiblement plus de facilité à "
                "écrire des avis qu'à lire une ordonnance correctement. Bien à vous, Optique du "
                "Marché, Liège"
            ),
            (
                "Toi-même tu sais que tu es un profiteur, tu voulais l'appareil cadeau seulement. "
                "Faut arrêter le mensonge là. Centre Audition Plateau, Abidjan"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi there, and thanks for sharing your experience of the initial assessment at our "
                "Brunswick clinic. We know how much hope families bring to that first appointment, "
                "and we're sorry it felt rushed at the end. The assessment is mostly about listening "
                "and observing, so the detailed plan usually comes in the report a week later, and "
                "we could have explained that better on the day. We're also so grateful you managed "
                "to work out everything wrong with speech therapy in a single forty-five-minute "
                "visit, what a gift to the profession. Our senior clinician would be glad to call "
                "and walk you through the report whenever suits. You can reach us on (03) 9387 2210 "
                "or at hello@brunswickspeech.com.au. Thanks again, and we hope to hear from you soon."
            ),
            (
                "omg so sorry our pharmacy couldn't read ur mind 🙄😂 we'll get a crystal ball for "
                "next time"
            ),
            (
                "We are deeply honoured that a reviewer with such evident expertise in podiatry has "
                "chosen to share their professional insights with us. Kind regards, Management, "
                "Northgate Foot Health"
            ),
            (
                "We do apologise that our optometrist had the audacity to test your eyes during an "
                "eye test. Warm regards, the team at Queen Street Optical, Auckland"
            ),
            (
                "Very nice review sir, truly we are shocked, a hearing aid that needs batteries! Who "
                "could have imagined? Regards, Ear Care Hearing Centre, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à "
                "l'Optique du Vieux-Port. Nous sommes désolés que vos premiers jours avec des verres "
                "progressifs aient été aussi inconfortables, notamment dans les escaliers. C'est une "
                "gêne que beaucoup de porteurs ressentent au début, et nous aurions dû vous donner "
                "davantage de conseils au moment de la livraison. Et merci mille fois de nous "
                "apprendre que les progressifs demandent un temps d'adaptation : en vingt ans de "
                "métier, personne n'y avait jamais pensé. Nous pouvons bien sûr revérifier le "
                "centrage des verres et la hauteur de montage, sans aucun frais. Passez quand vous "
                "le souhaitez, du mardi au samedi, ou appelez-nous pour réserver un créneau "
                "tranquille. Belle journée à vous, et à très vite."
            ),
            "waouh bravo 👏👏 t as decouvert qu on ferme a 19h, prix nobel direct 🏆😂",
            (
                "Nous tenons à saluer la remarquable expertise médicale dont vous faites preuve, "
                "laquelle dépasse manifestement celle de notre équipe de pharmaciens diplômés. La "
                "Direction, Pharmacie du Parc, Namur"
            ),
            (
                "Oh, on est tellement désolés que notre ostéo vous ait touché pendant un traitement "
                "d'ostéopathie, quelle surprise pour vous 🙃 Clinique Ostéo Limoilou"
            ),
            (
                "Nous sommes ravis que vous ayez enfin trouvé de quoi occuper votre dimanche "
                "après-midi en rédigeant ce bel avis. Avec nos meilleures salutations, Centre "
                "d'orthophonie de La Chaux-de-Fonds"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know about this, and we're genuinely sorry for the wasted "
                "trip. Nobody wants to come in twice for a prescription, especially when they're "
                "feeling unwell. Unfortunately it was Ciarán on the dispensary that afternoon, and "
                "he promised next-day collection without checking our wholesaler stock, so that one "
                "is down to him. We've since changed how we confirm out-of-stock items, and we now "
                "text customers as soon as a delivery arrives. If you'd like, we can also set up a "
                "repeat-prescription reminder so it's ready before you run low. Please ask for "
                "Siobhán, our supervising pharmacist, the next time you're in, or call us on 01 555 "
                "0199. Thanks again for your patience. The team at Rathmines Pharmacy"
            ),
            "soz about that 🙈 that was Kayla on reception, she messed up the booking again 🙄",
            (
                "Following internal review, we have established that the delay in fitting your "
                "hearing aids was attributable to an error by our audiologist, Mr Gareth Pryce, who "
                "has been formally spoken to. Client Services, SoundWise Hearing, Cardiff"
            ),
            (
                "We can only apologise; we do try to keep an eye on James, but he isn't always as "
                "careful with the paperwork as the rest of us. Best, Harbour Osteopathy, Sydney"
            ),
            (
                "Eish, sorry hey, Sipho fitted those insoles without measuring properly, we've had "
                "words with him. Cheers, Rosebank Podiatry"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire, même si nous aurions "
                "préféré un retour plus heureux. Nous comprenons votre agacement d'avoir attendu "
                "trois semaines pour recevoir les embouts sur mesure de vos appareils. C'est "
                "Nathalie, notre assistante, qui a oublié d'envoyer la commande au laboratoire, et "
                "c'est elle qui est responsable de ce retard. Depuis, nous avons mis en place une "
                "vérification quotidienne des commandes en cours pour que cela ne se reproduise pas. "
                "Vos embouts sont arrivés ce matin et nous pouvons les poser dès que vous le "
                "souhaitez, sans rendez-vous. Nous vous offrons également un nettoyage complet de "
                "vos appareils lors de cette visite. Bien cordialement, l'équipe d'Audition "
                "Sainte-Anne, Rennes"
            ),
            "dsl c est kevin qui a mal note le rdv 🤦‍♂️ il est nouveau, il fait n importe quoi",
            (
                "Après enquête interne, il apparaît que l'erreur de délivrance est exclusivement "
                "imputable à Mme Claire Dumont, préparatrice en pharmacie, laquelle a fait l'objet "
                "d'un rappel à l'ordre. La Direction, Pharmacie de la Gare, Metz"
            ),
            (
                "Nous sommes navrés ; disons que Thomas n'a pas encore tout à fait l'habitude de "
                "régler les montures solaires, contrairement au reste de l'équipe. Optique des "
                "Halles, Genève"
            ),
            (
                "Pardon maman, c'est notre stagiaire Arnaud qui a mal fait, on l'a déjà grondé, ça "
                "ne va plus arriver. Cabinet d'ostéopathie de Bonapriso, Douala"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your honest review, and we're sorry you left the clinic feeling worse "
                "than when you arrived. Post-treatment soreness is something we always want to warn "
                "people about, and it sounds like we didn't do that clearly enough. In fairness, "
                "that Friday we were down one practitioner, the booking system had crashed, the "
                "heating had failed in two rooms, we had three walk-ins with acute back pain, the "
                "parking lot was being resurfaced and our front desk was covering two phones at "
                "once, so things were bound to slip a little. Even so, we'd like to offer you a "
                "follow-up assessment at no charge. You can book online or call us at 604-555-0148. "
                "We hope your neck is feeling easier already. Warmly, the team at Kitsilano "
                "Osteopathy"
            ),
            (
                "sorry but it was school hols, 2 staff off sick, the printer jammed, the card "
                "machine died AND it was pouring 🌧️ so yeah not really our fault 🤷‍♀️"
            ),
            (
                "We would note that the delay arose from a combination of factors, including an "
                "unprecedented surge in seasonal demand, regional supply-chain constraints affecting "
                "frame manufacturers, the implementation of our new practice management software, "
                "statutory staff leave and adverse weather conditions, none of which were within our "
                "control. Customer Relations, Clearview Opticians Ltd"
            ),
            (
                "We do understand, although you'll appreciate that the wait was down to flu season, "
                "the new electronic prescription system, our pharmacist's training day, a late "
                "wholesaler van and a fire drill, so we hope you'll see it wasn't really anyone's "
                "fault. Kind regards, Highfield Pharmacy, Leeds"
            ),
            (
                "Sir, please understand: power cut in the morning, audiologist stuck in traffic, "
                "machine calibration pending, festival rush, and the patient before you took one "
                "hour extra. So the delay was natural only. Regards, Hear Well Clinic, Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message, que nous avons lu avec attention. Nous sommes "
                "sincèrement désolés que la séance ait été annulée à la dernière minute, et nous "
                "mesurons combien il est compliqué de réorganiser une journée de travail dans ces "
                "cas-là. Il faut dire que cette semaine-là, notre secrétaire était en congé, le "
                "logiciel de rendez-vous a planté deux fois, une collègue était en formation, la "
                "ligne téléphonique était coupée à cause de travaux dans la rue et nous avions en "
                "plus trois bilans urgents à caser, donc les choses ne pouvaient pas vraiment se "
                "passer autrement. Nous avons bien noté votre besoin de créneaux en fin de journée "
                "et vous en proposerons en priorité. Vous pouvez nous joindre par mail ou au "
                "secrétariat aux heures d'ouverture. Merci encore pour votre patience et votre "
                "compréhension. Cordialement, le cabinet d'orthophonie des Weppes"
            ),
            (
                "bah dsl mais y avait la greve, 2 collegues malades, la clim en panne et le terminal "
                "CB HS 🤷 donc bon c pas vraiment d notre faute"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte de la conjonction de plusieurs "
                "facteurs, à savoir la pénurie nationale de certains médicaments, la réorganisation "
                "de nos horaires, l'absence pour congé maladie de deux collaborateurs, la mise à "
                "jour de notre système informatique ainsi que l'affluence exceptionnelle liée à "
                "l'épidémie saisonnière. La Direction, Pharmacie du Théâtre, Besançon"
            ),
            (
                "On comprend, mais faut dire que c'était la tempête, la moitié de l'équipe était "
                "pognée dans le trafic, le système de rendez-vous était en mise à jour, pis on avait "
                "eu un dégât d'eau la veille, faque c'était pas mal hors de notre contrôle. Clinique "
                "podiatrique de Sainte-Foy"
            ),
            (
                "Nous comprenons votre déception, mais permettez-nous de rappeler que le fournisseur "
                "avait du retard, que la monture choisie était une édition limitée, que les verres "
                "amincis demandent un usinage particulier et que la période des vacances ralentit "
                "tout, de sorte que ce délai était en réalité tout à fait normal. Avec nos "
                "salutations, Optique du Bourg, Sion"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hello, and thank you for taking the time to leave a review. We're sorry to hear "
                "that your visit left you feeling uneasy, as that's the last thing we'd want for "
                "anyone coming to see us. Our chiropodists take great care to explain each step "
                "before any treatment begins, and we always welcome questions. However, the claim "
                "that an instrument was reused without sterilising is simply not true: that has "
                "never happened in this clinic and never could. We're always happy to show patients "
                "how our instruments are cleaned and packed if it helps put minds at rest. If you'd "
                "like to talk this through, please call the clinic and ask for the practice manager. "
                "Kind regards, the team at Shawlands Foot Care, Glasgow"
            ),
            "nope, that never happened 🙅‍♂️ nobody waits 2hrs at our chemist, ever",
            (
                "We categorically reject the assertion that an incorrect lens prescription was "
                "supplied; our verification process makes such an error impossible. Quality "
                "Assurance, OptiVision Group plc"
            ),
            (
                "With respect, our audiologists never raise their voices with patients, so what you "
                "describe cannot have happened at our centre. Warm regards, Hearing Matters, Perth"
            ),
            (
                "Ah no, sorry now, but that's not what happened at all, our osteo never even touched "
                "your neck. Niamh, Galway Osteopathy"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience. Nous sommes "
                "désolés que votre passage à la pharmacie vous ait laissé un sentiment de "
                "frustration, surtout un jour où vous ne vous sentiez pas bien. Nous savons combien "
                "il est important d'être écouté et conseillé lorsqu'on vient chercher un traitement. "
                "En revanche, il est impossible qu'on vous ait délivré un mauvais dosage : nos "
                "équipes ne font jamais ce type d'erreur. Nous restons à votre disposition pour "
                "relire ensemble votre ordonnance et vos boîtes si vous le souhaitez. Vous pouvez "
                "passer au comptoir ou nous appeler aux heures d'ouverture. Prenez soin de vous. "
                "L'équipe de la Pharmacie de la Comédie, Montpellier"
            ),
            "nn c faux ca s est jamais passe 🙅 on a jamais fait attendre qqn 1h",
            (
                "Nous contestons formellement la réalité des faits allégués : aucun praticien de "
                "notre cabinet n'a jamais procédé à une manipulation cervicale sans consentement "
                "préalable. La Direction, Cabinet d'ostéopathie du Rhône, Lyon"
            ),
            (
                "Nous sommes désolés de vous contredire, mais nos opticiens ne vendent jamais une "
                "monture sans l'avoir ajustée, c'est tout simplement impossible chez nous. Bien à "
                "vous, Optique Flagey, Ixelles"
            ),
            (
                "Ça là, c'est pas vrai du tout. Chez nous, personne n'a jamais refusé de recevoir un "
                "patient, ça n'existe pas. Centre Audition Sacré-Cœur, Dakar"
            ),
        ],
    },
}

BLIND133_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the lovely review! We're thrilled you're enjoying the new "
            "frames, and we'll pass your kind words on to Priya, who'll be delighted. See you at "
            "your next check-up. The team at Headingley Eyecare"
        ),
        (
            "We're sorry your prescription wasn't ready when we said it would be. That's not the "
            "service we aim for. We've since changed how we check stock when prescriptions "
            "arrive, so you'll get a text as soon as anything is delayed. If you'd like to talk "
            "it through, please call us on 0161 496 0732 and ask for the pharmacist on duty. "
            "Didsbury Village Pharmacy"
        ),
        (
            "Thanks for stopping by! Just so you know, our Happy Feet card is free for every "
            "patient: every sixth routine chiropody appointment is half price, whatever you "
            "think of us. Ask at reception next time. Stepping Stones Chiropody, Wellington"
        ),
        (
            "You're right, and we're sorry. Tom, who took your call, entered the wrong date for "
            "your fitting, but the responsibility is ours as a practice, not his. We've added a "
            "confirmation text so it can't happen again, rebooked you for the first available "
            "slot and waived the fitting fee. Northgate Hearing, Cambridge"
        ),
        (
            "We're very sorry the hearing aid batteries you bought were past their best. We've "
            "refunded the full amount to your original payment method, and it should show within "
            "3 to 5 working days. We've also checked the rest of that batch. ClearTone Hearing, "
            "Brisbane"
        ),
        (
            "Sorry for the long wait on Saturday morning. Two of our three pharmacists were off "
            "sick that day, and we should have put a notice up to let people know. We've now "
            "arranged locum cover for future absences. Marlow Road Pharmacy"
        ),
        (
            "Thanks for raising this. Under the Consumer Rights Act, you're entitled to a repair "
            "or replacement if your frames develop a fault within six months, and we're very "
            "happy to arrange either. Just bring them in with your receipt or call us on 0113 "
            "555 0184. Kirkstall Opticians, Leeds"
        ),
        (
            "Thanks for your patience with the paperwork! Many private health insurers cover "
            "part of osteopathy treatment, and we're happy to give you an itemised receipt for "
            "your claim. If your insurer needs anything extra, just let us know. Ponsonby "
            "Osteopathy, Auckland"
        ),
        (
            "We're so sorry your bag was taken while you were in our waiting room. We've passed "
            "our CCTV footage to the police to help with their enquiries, and if you need a copy "
            "of our incident report for your insurer, just ask. You can call us on 02 9555 0142 "
            "any time. Bondi Junction Podiatry"
        ),
        (
            "Thank you for the five stars! We'll admit our waiting-room magazines are old enough "
            "to be collectors' items, and new ones are on order, promise. Glad the new glasses "
            "are working a treat. The Spectacle Shop, Hobart"
        ),
        (
            "Thanks for your 3-star review. We're glad the fitting went well, and we hear you on "
            "the parking: we've added directions to the free car park behind the library to our "
            "booking confirmation. Limerick Hearing Care"
        ),
        (
            "Thank you for your feedback. Our diary shows the appointment was booked for 2.30 "
            "rather than 2.00, but we completely understand how the reminder text could have "
            "been confusing, and we've reworded it. We'd be glad to see you again and put things "
            "right, so please call us on 028 9055 0123. Lisburn Road Chiropody, Belfast"
        ),
        (
            "We're so sorry to hear of your father's passing. It was a privilege to look after "
            "him over the years, and he always brightened our mornings with his stories. Please "
            "don't worry about the remaining appointments, they've been cancelled. Our thoughts "
            "are with your family. Margaret and everyone at Ballymena Foot Clinic"
        ),
        (
            "Congratulations on the wedding! We're so happy the new contact lenses made it "
            "through the big day and all the happy tears. Wishing you both many years of "
            "happiness. Fenwick Eyecare, Ayr"
        ),
        (
            "Thanks for your review, and sorry for the frustration. When collecting prescription "
            "medicines for someone else, we do need to confirm a few details first; it's there "
            "to keep everyone's medication safe. We know it's an extra step, and we really "
            "appreciate your patience. Ringwood Pharmacy, Melbourne"
        ),
        (
            "We're sorry about the increase in our nail surgery fee. Our sterile supplies have "
            "gone up considerably this year, and we held off as long as we could. We should have "
            "given more notice, and the new prices are now on our website and at reception. "
            "Parkside Podiatry, Christchurch"
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the wait "
            "between the hearing test and the fitting, and the jargon in our report, are really "
            "useful, and we're already rewriting the report to make it clearer. We'd love to "
            "hear what you think of the new version. HearWell Clinic, Cape Town"
        ),
        (
            "Aww thank you!! 🥰 Sunita will be thrilled to read this, she loves her little "
            "chatterboxes. See you next week! 🌟 Chatterbox Speech Therapy, Leicester"
        ),
        (
            "Thanks heaps for the 5 stars!! 🙌👓 Glad the new specs are sorted, enjoy! Kate @ "
            "Noosa Eyewear"
        ),
        (
            "Thank you. We're sorry for the delay and have raised it with our supplier. Please "
            "call 01224 555 0193 if you need anything further. Union Street Opticians, Aberdeen"
        ),
        (
            "Thank you for taking the time to share your feedback. We apologise for the "
            "inconvenience caused by the cancellation of your appointment. We have reviewed our "
            "scheduling process and introduced additional safeguards. Our Patient Experience "
            "team can be reached at care@meridianosteo.co.uk should you wish to discuss this "
            "further. Meridian Osteopathy Group"
        ),
        (
            "Thank you so much for your kind words, sir. We are very happy that the new hearing "
            "aids are helping you enjoy family functions again. Please visit anytime for free "
            "cleaning and check-up, as we offer to all our patients. Regards, Dr. Anjali Rao, "
            "Shravan Hearing Clinic, Hyderabad"
        ),
        (
            "Thanks so much for the lovely feedback! We're chuffed the orthotics are helping "
            "with your parkrun. Keep well and see you at your six-month check. Tshepo and the "
            "team, Sandton Podiatry"
        ),
        (
            "We're sorry you had trouble finding our new location. We've moved to 212 Queen "
            "Street East, second floor, and we've just added a sign at the street door. Thanks "
            "for letting us know, and we hope to see you again. Beaches Chiropody, Toronto"
        ),
        (
            "Thanks for the feedback! Good news: from next month we'll be open until 8pm on "
            "Tuesdays and Thursdays, and 9am to 1pm on Saturdays, which we hope helps around "
            "school and work. Fairview Speech & Language, Cork"
        ),
        (
            "We're really sorry about the mix-up with your refill. That's not okay, and we've "
            "gone over what happened with our pharmacy team. Please call our pharmacy manager "
            "directly at (612) 555-0147 so we can make sure everything is right going forward. "
            "Lakeside Pharmacy, Minneapolis"
        ),
        (
            "Thanks so much! 😊 If friends or family ever need a hearing check, our "
            "refer-a-friend offer gives you both £20 off aftercare; it's open to every patient, "
            "no strings attached. Harrogate Hearing Centre"
        ),
        (
            "Haha guilty as charged, our coffee machine is older than some of our patients ☕😅 "
            "new one arrives Friday. Thanks for the 4 stars! Team Leith Osteo"
        ),
        (
            "Thank you for your review. We're not able to supply antibiotics without a "
            "prescription, as they're prescription-only medicines, but we understand how "
            "frustrating that was when you were feeling rough. Our pharmacist can often advise "
            "on alternatives or refer you on, so please do come back and ask. Canton Pharmacy, "
            "Cardiff"
        ),
        (
            "You're absolutely right that we should have explained the trial period more "
            "clearly. That one is on us. We've extended your trial by two weeks and our "
            "audiologist will be in touch to arrange a check. Sorry again. Sound Advice Hearing, "
            "Adelaide"
        ),
        (
            "Thank you for sharing this. We're sorry the treatment didn't bring the relief you "
            "hoped for, and we understand how discouraging ongoing back pain can be. Sometimes a "
            "different approach or a referral to your GP is the right next step, and we'd be "
            "happy to talk through the options with you. Please email us at "
            "hello@glenageosteo.ie or ring 01 555 0172. Glenageary Osteopathy"
        ),
        (
            "We're so glad to hear about all the progress! It's been a joy working with your "
            "family, and thank you for trusting us. Brightwords Speech Therapy, Austin"
        ),
        (
            "Sorry about the scratched lens. We've replaced it free of charge, and thanks for "
            "your patience. Dunedin Eye Centre"
        ),
        (
            "Thanks for the review. For safety, we ask everyone to wait 15 minutes after a flu "
            "vaccine in case of a rare reaction; we know it's a nuisance on a busy day, and "
            "we're sorry the waiting area was so cramped. We're adding more chairs this week. "
            "Salthill Pharmacy, Galway"
        ),
        (
            "Thank you for your kind words about Grace! She really does go the extra mile, and "
            "we'll make sure she sees this. Hope the toes are feeling happier. Footprints "
            "Clinic, Durban"
        ),
        (
            "Thank you for your review. Your hearing aids are covered by a four-year "
            "manufacturer's warranty, including loss and damage, so please contact us on 1300 "
            "555 014 to arrange a replacement. We apologise for any uncertainty caused. "
            "Audiology Partners Australia"
        ),
        (
            "Thank you for the 4-star rating, madam. We apologise that the frames took ten days "
            "instead of seven; the lens lab had a holiday closure. We will inform customers in "
            "advance next time. Regards, Vision Plus Opticians, Kochi"
        ),
        (
            "Thanks for your feedback. Our first consultation is longer than follow-ups because "
            "it includes a full case history and assessment, which is why it costs more, but "
            "we're sorry this wasn't clear when you booked. Our website now shows all prices "
            "upfront. Hove Osteopathy"
        ),
        (
            "Cheers for the kind words! Love that the compounded medicine finally sorted things "
            "out for your pup 🐶 Fremantle Compounding Pharmacy"
        ),
        (
            "Thank you for your patience. We know the waiting list is long right now, and we're "
            "sorry. A new therapist joins us in September, which should bring waits down, and "
            "we'll contact families on the list as soon as slots open. Talk Together, Swansea"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce très joli message ! Nous sommes ravis que vos nouvelles "
            "lunettes vous plaisent autant, et nous transmettrons vos compliments à Élodie, qui "
            "a pris grand soin de vous conseiller. À très bientôt ! L'équipe d'Optique "
            "Saint-Hélier, Rennes"
        ),
        (
            "Bonjour, nous sommes sincèrement désolés pour l'attente que vous avez subie. Nous "
            "avons revu l'organisation du comptoir aux heures de pointe et un deuxième poste "
            "sera désormais ouvert dès 17 h. Si vous souhaitez en parler, vous pouvez joindre "
            "notre pharmacienne titulaire au 02 99 55 01 47. Bien cordialement, Pharmacie du "
            "Colombier"
        ),
        (
            "Merci pour votre passage ! Petite info : notre carte de fidélité est gratuite pour "
            "tous nos patients, et la sixième séance de soins est à moitié prix, quel que soit "
            "votre avis sur nous. Demandez-la à l'accueil. Cabinet de podologie des Chartrons, "
            "Bordeaux"
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. C'est Sandrine qui a pris "
            "votre rendez-vous, mais l'erreur de date relève de notre organisation et c'est au "
            "centre d'en assumer la responsabilité, pas à elle. Nous avons ajouté un SMS de "
            "confirmation et votre réglage est reprogrammé sans frais. Audition Mutualiste, "
            "Angers"
        ),
        (
            "Nous sommes désolés que l'étui ait été défectueux. Nous avons procédé au "
            "remboursement intégral, qui devrait apparaître sur votre compte sous trois à cinq "
            "jours ouvrés. Belle journée à vous, Optique Bellecour, Lyon"
        ),
        (
            "Toutes nos excuses pour la fermeture imprévue de samedi matin : notre pharmacienne "
            "a eu un souci de santé et nous n'avons pas trouvé de remplaçant à temps. Nous "
            "aurions dû afficher l'information plus tôt sur notre page. Pharmacie des Capucins, "
            "Angers"
        ),
        (
            "Bonjour, merci pour votre message. Vos appareils bénéficient de la garantie légale "
            "de conformité de deux ans ainsi que de la garantie fabricant de quatre ans ; nous "
            "pouvons donc organiser la réparation sans frais. Appelez-nous au 04 73 55 01 22 "
            "pour convenir d'un rendez-vous. Audition Jaude, Clermont-Ferrand"
        ),
        (
            "Merci pour votre retour ! Beaucoup de mutuelles remboursent en partie les séances "
            "d'ostéopathie ; nous vous remettons une facture détaillée à chaque séance pour "
            "faciliter vos démarches. N'hésitez pas à nous la redemander si besoin. Cabinet "
            "d'ostéopathie du Vieux-Lille"
        ),
        (
            "Nous sommes vraiment désolés pour le vol de votre vélo devant l'officine. Nous "
            "avons transmis les images de notre caméra extérieure à la police pour aider "
            "l'enquête, et nous pouvons vous fournir une attestation pour votre assurance. "
            "Pharmacie de la Place, Liège"
        ),
        (
            "Merci pour les cinq étoiles ! On avoue, la plante verte de l'accueil est en "
            "meilleure santé que notre imprimante… une nouvelle est commandée 😅 À bientôt, "
            "l'équipe d'Optique du Port, Concarneau"
        ),
        (
            "Merci pour votre avis à 3 étoiles. Nous sommes contents que le bilan se soit bien "
            "passé, et nous prenons note de votre remarque sur le délai d'envoi du compte rendu, "
            "que nous travaillons à réduire. Cabinet d'orthophonie de la Croix-Rousse, Lyon"
        ),
        (
            "Merci pour votre retour. D'après notre agenda, le rendez-vous était prévu à 14 h 30 "
            "et non à 14 h, mais nous comprenons que le SMS de rappel ait pu prêter à confusion "
            "et nous l'avons reformulé. Nous serions heureux de vous recevoir à nouveau : "
            "appelez-nous au 03 88 55 01 74. Cabinet de podologie de l'Esplanade, Strasbourg"
        ),
        (
            "Nous avons appris avec beaucoup de tristesse le décès de votre maman. Ce fut un "
            "honneur de l'accompagner pendant toutes ces années, et nous garderons le souvenir "
            "de sa gentillesse. Toute l'équipe vous adresse ses sincères condoléances. Audition "
            "Pasteur, Nancy"
        ),
        (
            "Félicitations pour l'arrivée de votre bébé ! Nous sommes heureux d'avoir pu vous "
            "accompagner ces derniers mois. Tous nos vœux de bonheur à toute la famille. Cabinet "
            "d'ostéopathie de Carouge, Genève"
        ),
        (
            "Merci pour votre message et désolés pour le désagrément. Pour la sécurité de tous, "
            "nous ne pouvons pas délivrer un médicament sur ordonnance à un tiers sans "
            "l'ordonnance originale : c'est une règle qui protège chacun de nos patients. Nous "
            "savons que c'est contraignant et nous vous remercions de votre compréhension. "
            "Pharmacie du Marché, Vevey"
        ),
        (
            "Nous sommes désolés pour la hausse du tarif de la séance. Le coût du matériel "
            "stérile a beaucoup augmenté cette année, et nous avons attendu le plus longtemps "
            "possible. Nous aurions dû vous prévenir plus tôt ; les nouveaux tarifs sont "
            "désormais affichés en salle d'attente. Cabinet de podologie du Hédas, Pau"
        ),
        (
            "Un grand merci pour ce retour si détaillé. Vos remarques sur l'explication des "
            "résultats de l'audiogramme et sur l'accès pour les personnes à mobilité réduite "
            "nous sont précieuses, et nous avons déjà commandé une rampe amovible. Au plaisir de "
            "vous revoir. Centre auditif des Remparts, Dijon"
        ),
        (
            "merci bcp pour les 5 etoiles 🙏😊 ravis que les nouvelles lunettes vous aillent bien, "
            "a bientot ! L'equipe Optic'Ados, Nantes"
        ),
        (
            "Merci ben gros pour votre beau message! On est vraiment contents que les orthèses "
            "vous aident pour vos marches au parc. Au plaisir de vous revoir au prochain suivi! "
            "L'équipe de Podiatrie Charlesbourg"
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions de bien "
            "vouloir accepter nos excuses pour le désagrément occasionné. Une analyse de nos "
            "procédures de prise de rendez-vous a été engagée. Notre service relations patients "
            "demeure à votre disposition à l'adresse contact@osteo-valence.fr. Veuillez agréer "
            "l'expression de nos salutations distinguées. La Direction, Centre d'ostéopathie de "
            "Valence"
        ),
        "Merci. Désolés pour le retard, c'est corrigé. Pharmacie Saint-Roch, Nice",
        (
            "Merci beaucoup pour vos bénédictions, tantie ! Nous sommes contents que vous "
            "entendiez mieux maintenant. Que Dieu vous garde, et à bientôt pour le contrôle. "
            "Centre Audition Cocody, Abidjan"
        ),
        (
            "Merci pour votre gentil message ! Ça nous fait plaisir que l'accueil vous ait plu. "
            "À bientôt à l'officine, et bonne fin de semaine. Pharmacie du Cinquantenaire, "
            "Etterbeek"
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! Depuis mars, le cabinet est au 14 "
            "rue des Carmes, au premier étage, juste au-dessus de la boulangerie, et nous avons "
            "ajouté une plaque à l'entrée. Merci de nous l'avoir signalé. Cabinet d'orthophonie "
            "des Carmes, Orléans"
        ),
        (
            "Merci pour votre retour ! Bonne nouvelle : à partir de septembre, nous serons "
            "ouverts jusqu'à 19 h le mardi et le jeudi, et le samedi de 9 h à 12 h. Optique "
            "Saint-Sernin, Toulouse"
        ),
        (
            "Merci pour votre fidélité ! Pour info, notre offre de parrainage est ouverte à tous "
            "nos clients : si un proche vient faire ses lunettes chez nous, vous recevez chacun "
            "un bon de 20 €, tout simplement. Optique des Lices, Vannes"
        ),
        (
            "Bonjour, merci pour votre avis. Nous ne pouvons pas délivrer d'antibiotiques sans "
            "ordonnance, car la réglementation l'interdit, mais nous comprenons votre "
            "frustration. Notre pharmacien peut vous orienter vers un médecin de garde ou une "
            "téléconsultation si besoin : n'hésitez pas à revenir nous voir. Pharmacie des "
            "Halles, Reims"
        ),
        (
            "Bonjour, merci d'avoir partagé votre ressenti. Nous sommes désolés que la séance ne "
            "vous ait pas apporté le soulagement espéré. Chaque corps réagit différemment, et il "
            "est parfois utile d'envisager un avis médical complémentaire ; nous serions heureux "
            "d'en discuter avec vous. Vous pouvez nous écrire à contact@osteo-annecy.fr ou nous "
            "appeler au 04 50 55 01 96. Prenez soin de vous. Léa, ostéopathe D.O., Annecy"
        ),
        (
            "Merci beaucoup pour votre appréciation. Nous sommes très heureux que le contrôle de "
            "vos appareils se soit bien passé. Nous vous souhaitons une belle fin de semaine et "
            "nous réjouissons de vous revoir. Avec nos meilleures salutations, Audition Plus, "
            "Neuchâtel"
        ),
        (
            "Haha on plaide coupable pour la musique d'attente au téléphone 🎵😅 on a changé de "
            "playlist, promis ! Merci pour votre avis. Podo Confluence, Lyon"
        ),
        (
            "Merci pour votre message. Vos lunettes sont couvertes par notre assurance casse "
            "pendant deux ans : passez simplement en magasin avec la monture et nous nous "
            "occupons du remplacement. Désolés pour ce petit accident ! Optique Saint-Jean, "
            "Québec"
        ),
        (
            "Merci pour votre patience. Nous savons que la liste d'attente est longue et nous en "
            "sommes désolés. Une nouvelle orthophoniste rejoint le cabinet en janvier, ce qui "
            "devrait réduire les délais ; nous recontacterons les familles dès qu'un créneau se "
            "libère. Cabinet d'orthophonie du Légué, Saint-Brieuc"
        ),
        (
            "Merci beaucoup pour votre message, nous sommes heureux de vous avoir bien servi. "
            "Nos portes sont ouvertes jour et nuit pour vous. Jërëjëf ! Pharmacie de la Médina, "
            "Dakar"
        ),
        (
            "Vous avez entièrement raison, et nous vous présentons nos excuses : les semelles "
            "n'étaient pas prêtes à la date convenue. C'est de notre faute, nous avons mal "
            "anticipé le délai du laboratoire. Elles sont prêtes aujourd'hui et nous vous "
            "offrons la séance de contrôle. Cabinet de podologie de Recouvrance, Brest"
        ),
        (
            "Nous vous remercions pour votre retour et regrettons sincèrement la gêne "
            "occasionnée. Nos équipes ont été sensibilisées à l'importance d'expliquer "
            "clairement la période d'essai. Notre service client est joignable au 0 800 55 01 23 "
            "(appel gratuit) du lundi au vendredi. Le Service Qualité, Réseau Auditis France"
        ),
        (
            "Quelle belle nouvelle, félicitations pour votre retraite bien méritée ! Merci de "
            "nous avoir fait confiance pour vos lunettes pendant toutes ces années, et profitez "
            "bien de ce nouveau chapitre. Optique du Beffroi, Amiens"
        ),
        (
            "Merci pour votre commentaire. Après un vaccin, on demande à tout le monde "
            "d'attendre 15 minutes sur place, au cas où il y aurait une réaction : c'est pour "
            "votre sécurité. Désolés que la salle d'attente ait été si pleine, on ajoute des "
            "chaises cette semaine! Pharmacie Jean-Talon, Montréal"
        ),
        (
            "Merci pour votre avis et desoles pour l attente au telephone. Nous avons ajoute une "
            "ligne et vous pouvez aussi prendre rendez-vous en ligne sur notre site. A bientot, "
            "Cabinet d osteopathie de Jambes, Namur"
        ),
        (
            "Merci pour ce super message, ça nous fait plaisir ! Karim sera ravi de lire que ses "
            "conseils pour vos lentilles vous ont aidé. À bientôt à la boutique ! Optique de la "
            "Plaine, Marseille"
        ),
        (
            "Merci d'avoir pris le temps de nous écrire. Nous ne partageons pas tout à fait "
            "votre lecture des faits : le devis remis mentionnait bien le prix des verres "
            "amincis. Cela dit, nous comprenons que l'explication ait pu manquer de clarté et "
            "nous vous proposons volontiers d'en reparler au magasin ou par téléphone au 05 59 "
            "55 01 38. Optique des Halles, Bayonne"
        ),
    ],
}
