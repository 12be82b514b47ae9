"""Blind reply set, round 104: owner replies the pre-post check has never seen.

Who and when: written by helper b102, an independent writer, on 2026-12-06,
for the pre-post reply check (round 102 brief).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
mobile-phone and internet-box shops, bank branches, insurance brokers, gyms,
tattoo and piercing studios, and small online shops that ship parcels.  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or earlier blind set, any other folder under /work, the
git history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.

Registers: English from the UK (Leeds, Bristol, Glasgow, London), Ireland,
North America (US and Canada) and Australia, plain and warm, curt one-liners,
very formal corporate English, veiled and polite phrasings, and casual texting
with emoji; French from France, Belgium, Switzerland and Québec, plain and
warm, curt, very formal banking and insurance French, veiled phrasings and
texting with emoji.  For every code and language the first reply is a long,
warm reply whose fault sits in a single sentence in the middle.  Good replies
include look-alikes that are not faults: an apology with a concrete fix and an
offline channel, warm thanks, a loyalty or referral scheme open to everyone
whatever they write, the business's own phone, e-mail, address or opening
hours, staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND104_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for such a thoughtful review, it genuinely made our Tuesday. Switching networks can be a real headache, so we're chuffed that Ravi managed to get your number ported over before lunch and then sat with you to set up the cloud backup so you didn't lose a single photo. It's customers like you who make running a little high-street phone shop worthwhile. If you could see your way to bumping those four stars up to five, we'll pop a case and a screen protector in the post for you on the house. Enjoy the new phone, and do call in if the settings give you any bother!",
            "cheers legend 💪 chuck us a 5⭐ on google n ur next month's membership is on the house 🔥",
            "Customers who amend their published rating to reflect the resolution of their complaint will be eligible for a waiver of the monthly account fee for the following quarter.",
            "Sure look, if that review were to quietly vanish one of these evenings, you might find a nice little something knocked off the renewal, no questions asked.",
            "Glad the touch-up healed clean! Quick reminder: tag us in a 5-star review and your next piece is 20% off 🖤",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour ce long message, ça nous touche vraiment. Passer d'un opérateur à l'autre n'est jamais une partie de plaisir, et nous sommes contents d'avoir pu vous accompagner jusqu'au bout, de la résiliation de l'ancien contrat jusqu'au branchement du décodeur. Toute l'équipe de la boutique de la Croix-Rousse met un point d'honneur à ne laisser personne repartir avec un doute. Si jamais vous acceptiez de passer vos quatre étoiles à cinq, on vous ferait cadeau de trois mois d'option bouquet ciné, avec plaisir. Bonne installation et à bientôt en boutique !",
            "merci ben gros 🙏 change ta note pour 5 étoiles pis ton prochain mois est gratis, deal? 💪",
            "Merci pour votre passage ! Une fois l'avis modifié, passez au studio, on vous fait le petit flash de votre choix à l'œil, allez.",
            "Nous vous saurions gré de bien vouloir reconsidérer votre appréciation ; un geste sur les frais de tenue de compte pourrait alors être envisagé par notre direction.",
            "Supprimez cet avis et on vous rembourse les frais de port, promis 📦",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming in to the Glasgow studio and for taking the time to write such a detailed review. We're really glad the helix piercing went smoothly and that Kirsty put you at ease, she's brilliant with first-timers and we're lucky to have her. We also appreciate the kind words about how spotless the place is; we work hard on that every single day. Please be aware, though, that our solicitor has already taken a copy of your comments about our aftercare and will be writing to you if they are still online on Monday. Otherwise, wishing you happy healing, and remember the saline spray twice a day!",
            "mate we've still got ur address off the repair docket 👀 might swing by for a yarn about this review",
            "Please be advised that this publication has been referred to our legal counsel, and we reserve all rights to pursue damages for defamation against you personally.",
            "We'd hate for your employer to hear how you spoke to our cashier, so maybe have a think about whether this review is worth keeping up.",
            "Take this down by Friday or we file in small claims. Your call.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. Nous sommes heureux que le dessin final vous plaise et que la longue séance se soit bien passée malgré la chaleur de ce mois de juillet. Notre studio de Lausanne tient beaucoup à la qualité des échanges avec chaque client, du premier croquis jusqu'à la cicatrisation complète. Sachez néanmoins que notre avocat a pris copie de votre commentaire sur nos tarifs et qu'une plainte pénale sera déposée s'il est encore visible à la fin de la semaine. Pour le reste, prenez bien soin de votre tatouage et n'hésitez pas à repasser pour la retouche prévue.",
            "on a ton adresse sur la facture hein 😉 fais gaffe à ce que t'écris",
            "Nous vous informons que vos propos ont été transmis à notre direction juridique, qui se réserve le droit d'engager toute poursuite qu'elle jugera utile à votre encontre.",
            "Si tu retires pas ça d'ici demain, j'appelle ton boss. Je sais c'est où que tu travailles.",
            "Encore un commentaire pareil et on prévient toutes les salles de la région de ne plus vous accepter, vous serez grillé partout, croyez-moi.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share your experience with our office. Water damage claims are stressful at the best of times, and we're glad Marcus was able to walk you through the process step by step and stay on the line with the adjuster for you. Our whole team believes a broker's job really begins when something goes wrong, not when the policy is signed. Looking at your homeowner's policy, number 22-781-0045, I can see the claim for the flooded basement at 18 Birchwood Crescent was opened on May 14 and is now fully approved. We appreciate your trust and we're here whenever you need us.",
            "hey Shaz 👋 saw u cancelled on the 12th after ur knee reco, hope rehab's going ok 🙏",
            "Mr Patel, having reviewed the current account ending 4471 and your visit to the Harrow branch on 9 October with your wife, we have arranged for the overdraft fee to be reversed.",
            "Hi Niamh, we've tried you on 087 412 9930 a few times since your appointment last Saturday with your sister, give us a shout back when you can.",
            "Sorry the mug arrived chipped, Dana. A replacement went out today to 221 Maple Ave, Unit 3, Halifax, under order #58213.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre message, ça fait du bien à lire! On sait qu'un déménagement, c'est déjà assez stressant sans se retrouver sans Internet, alors on est contents que l'équipe ait pu vous dépanner avec la clé 5G en attendant. Nos techniciens font vraiment leur possible pendant la période du 1er juillet, qui est la plus occupée de l'année. Notre technicien repassera chez vous au 1245, rue des Érables, appartement 3, à Sherbrooke, jeudi entre 13 h et 17 h, comme convenu avec votre conjointe au téléphone. Merci encore pour votre patience et bonne installation dans le nouveau logement!",
            "coucou Léa 😘 ton piercing au nombril du 14 juin cicatrise bien ? t'avais l'air stressée avec ta maman ce jour-là",
            "Madame Rochat, suite à votre passage du 3 mars au guichet de Vevey, nous avons vérifié votre compte CH93 0076 2011 6238 5295 7 et les frais contestés ont été extournés.",
            "Monsieur Dumont, votre sinistre n° 2024/55812 pour le dégât des eaux au 12, rue de Fer à Namur est toujours en cours de traitement chez la compagnie.",
            "Bonjour, la commande n° FR-20931 a bien été expédiée le 2 avril à Mme Girard, 8 impasse des Lilas, 33000 Bordeaux, par Colissimo.",
        ],
    },
    "personal_attack": {
        "en": [
            "G'day and thanks for the feedback. We've been running this gym in Geelong for eleven years now, and we're proud of the community that's grown up around the early-morning classes. We take every review seriously and we've passed your comments about the music volume on to our instructors, who'll keep an eye on it. It's also worth saying the new rowing machines have been a big hit with members this winter. But let's be honest, anyone who's actually been in here at 6am knows you're just angling for a free month and made up the bit about the showers. Either way, take care.",
            "you dropped it in the bath yourself mate, don't be a muppet and blame us 🙄",
            "Frankly, this review comes from an individual who was discourteous to every member of staff present and is now attempting to extract compensation to which they have no entitlement.",
            "You were told three times to keep it out of the sun and off you went on your sun holiday anyway, so don't be coming in here with your lies.",
            "Honestly, people like you who wear a dress to one party and then cry 'faulty' are the worst kind of customer.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre ressenti. Notre cabinet accompagne des familles et des artisans de la région nantaise depuis plus de vingt ans, et nous savons à quel point un sinistre peut bouleverser un quotidien. Nous avons transmis votre dossier à la compagnie dans les délais, avec toutes les pièces que vous nous aviez confiées, et nous restons à votre disposition pour toute question. Permettez-moi tout de même de dire que vous cherchiez visiblement à vous faire indemniser pour des dégâts qui n'avaient rien à voir avec la tempête, et que la moitié de votre récit est inventée. Nous vous souhaitons malgré tout une bonne continuation.",
            "t'es juste un chialeux qui veut un tattoo gratis, c'est toute 🙄",
            "Franchement, vous êtes d'une mauvaise foi crasse, tout le magasin s'en souvient, hein.",
            "Vos propos relèvent d'une malhonnêteté que nous avons rarement rencontrée, et votre comportement grossier dans nos vestiaires ne vous autorise guère à donner des leçons.",
            "Encore un petit malin qui veut se faire rembourser sans renvoyer le colis.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hello, and thank you for popping into our Bristol store last week and for leaving such a detailed write-up. We're really pleased the fibre upgrade has made such a difference for working from home, and that Tom could explain the difference between the mesh and standard routers without any jargon. It's always lovely to hear that someone went away feeling confident about their set-up. As for the forty-minute wait on a Saturday afternoon, we can only imagine the suffering, and we'll have a commemorative plaque put up by the door in your honour. Enjoy the faster speeds, and thanks again for choosing us!",
            "omg the weights are heavy?? who knew 😱 cheers for the heads up champ 🏋️",
            "We are most grateful for your insight that a bank might ask for identification before releasing funds; we shall forward this revolutionary concept to head office at once.",
            "Ah, an ear piercing that stung a bit, what a scandal altogether. We'll alert the Gardaí straight away.",
            "Wow, a parcel delayed the week before Christmas. Never happened before in human history. Truly shocking.",
        ],
        "fr": [
            "Bonjour et merci pour votre commentaire! On est vraiment contents que votre nouveau cellulaire vous plaise autant et que Sophie ait pris le temps de transférer toutes vos photos et vos contacts sans rien perdre. C'est exactement le genre de service qu'on essaie d'offrir à tous ceux qui passent par la boutique de Laval. Merci aussi pour vos bons mots sur le choix d'étuis, on en est assez fiers! Quant à l'attente interminable de douze minutes un samedi, on va évidemment installer des chaises longues et un bar à cocktails pour que vous surviviez la prochaine fois. Au plaisir de vous revoir!",
            "ah bon un tatouage ça pique ?? 😱 merci pour le scoop, on savait pas du tout 😂",
            "Nous vous remercions chaleureusement de nous avoir appris qu'un contrat d'assurance comporte des conditions générales ; cette révélation bouleverse notre profession.",
            "Oh là là, une machine occupée à 18 h dans une salle de sport, quelle horreur, on va prévenir le journal télévisé, hein.",
            "Trois jours de livraison, quel calvaire. On compatit profondément, tenez bon.",
        ],
    },
    "blames_employee": {
        "en": [
            "Hey, thank you for coming back to us and for being so upfront about how you felt. We love that you trusted us with such a big piece, and the shading on the forearm looks fantastic in the healed photos you shared, the colour really held. We know how much a tattoo means and we never want anyone leaving the chair with doubts. The wobbly linework on the script was entirely down to Jake, who rushed your session to squeeze in a walk-in, and he's been taken off the schedule for the rest of the month. We'd love to see you again for the touch-up whenever you're ready.",
            "soz about that, Callum set ur contract up wrong, he's getting a proper bollocking tomorrow 😤",
            "Our investigation has established that the error arose from the actions of our teller, Ms Bronwyn Hale, and appropriate disciplinary measures have been initiated.",
            "Between ourselves, if Declan had bothered to read the policy notes properly you'd never have been left without cover, and he knows it.",
            "That was Maria in packing. She's been let go.",
        ],
        "fr": [
            "Bonjour et merci pour votre message, qui nous fait plaisir malgré le petit couac du début. Nous sommes ravis que la fibre fonctionne enfin parfaitement chez vous et que vous puissiez de nouveau regarder vos matchs sans coupure, hein. Toute l'équipe de la boutique de Liège met un point d'honneur à suivre chaque installation jusqu'au bout. C'est Kevin qui avait oublié d'activer votre ligne le premier jour, il a reçu un avertissement écrit et ne s'occupera plus des activations. Merci encore pour votre patience, et à une fois en boutique !",
            "dsl c'est Jessica qui a mal barré ton casier, elle va se faire parler demain 😬",
            "Après enquête interne, il apparaît que l'erreur incombe à M. Laurent Bertin, conseiller clientèle, qui fera l'objet d'une procédure disciplinaire.",
            "Disons simplement que si Mélanie avait pris la peine de vérifier la taille du bijou, nous n'en serions pas là ; elle le sait.",
            "Désolé, c'est Théo au conditionnement qui a mal emballé votre colis, il a été remercié.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for your review and for being with us for nearly three years, it's members like you who make the early shifts worthwhile. We were glad to read that you're enjoying the new spin studio and that the Saturday bootcamp is still your favourite way to start the weekend. About the cold showers that week: the boiler engineer couldn't come out until the Thursday, the replacement part had to be ordered from Germany, the backup heater kept tripping the old fuse board our landlord still hasn't replaced, half the morning team were off with the bug going round, and January is always our busiest month with all the new-year sign-ups, so there was honestly very little we could have done differently. Keep up the great work in the studio!",
            "ok so the screen took 2 wks cos the supplier ran out, then the courier lost the first one, then the floods hit, then our tech was on leave, then the booking system crashed, so yeah not really on us tbh 🤷",
            "Processing times for your claim were affected by a number of factors, including mandatory underwriting review, an industry-wide surge in hail claims, the migration of our carrier partner to a new claims platform, regulatory documentation requirements, the statutory holiday period and the need to obtain a second independent estimate, all of which are standard in the industry and outside the brokerage's direct control.",
            "The queue was down to the new system going live that week, and two of the cashiers being away on a course, and it being pension day, and the ATM outside being out of action with the council roadworks, and head office only giving us notice on the Friday, so it wasn't as simple as you'd think.",
            "Delay caused by: Royal Mail strikes, a label printer failure, the supplier running out of the blue colourway, the bank holiday, our warehouse move and record order volumes. None of this was within our control.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour ce joli retour sur votre pièce, on est très contents que le résultat vous plaise autant. Le projet de pivoines sur l'épaule était un vrai plaisir à dessiner, et vous avez tenu la séance comme une championne. On espère que la cicatrisation se passe bien avec la crème qu'on vous a conseillée. Pour ce qui est de l'heure et demie de retard, elle s'explique par le client précédent dont la séance a débordé, par l'autoclave qui a dû refaire un cycle complet, par la livraison d'encres arrivée le matin même, par le protocole d'hygiène qui nous oblige à tout redésinfecter entre deux séances et par les travaux de la rue qui ont bloqué le stationnement toute la journée, donc nous n'avions vraiment aucune marge. Au plaisir de vous revoir pour la suite du projet !",
            "alors le colis a mis 10 jours pcq bpost était en grève, et puis l'imprimante à étiquettes a lâché, et puis on a eu un rush avec les soldes, et puis mon associé était malade, et puis les cartons sont arrivés en retard, donc voilà 🤷‍♀️",
            "Le délai d'ouverture de votre compte résulte des obligations de diligence imposées par la loi sur le blanchiment d'argent, des exigences de la FINMA en matière d'identification, de la vérification de vos justificatifs par notre service de conformité à Zurich, de la migration de notre système informatique, des jours fériés de l'Ascension et du volume exceptionnel de demandes enregistré ce printemps.",
            "Le technicien est arrivé en retard à cause du trafic sur le pont Jacques-Cartier, de la tempête de neige, du bris de son camion la veille, d'un appel d'urgence juste avant vous pis du manque de personnel depuis l'été, faque c'était pas mal hors de notre contrôle.",
            "La clim était en panne parce que le prestataire était en congé, que la pièce venait d'Italie, que le syndic devait valider le devis, que la canicule a saturé le réseau et que notre assureur exigeait une expertise préalable.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi there, and thank you for supporting a tiny two-person business, every order really does mean the world to us. We're so glad you love the colour of the glaze on the earrings and that they made such a nice gift. We hand-pack each piece in recycled tissue and double-box anything fragile, and we love seeing photos of where our pieces end up. We do need to be clear, though, that the necklace was not broken when it reached you and that no parcel of ours has ever arrived damaged. Thanks again for your order and have a lovely week!",
            "nah that never happened. no one at our studio has ever reused a needle, end of story 🙅",
            "We can confirm that no such conversation took place at our branch and that no member of staff declined your request.",
            "There was no mould in the changing rooms, not that week and not ever, so that's the end of it.",
            "We did not charge you twice. Didn't happen.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris la peine de nous écrire en détail. Nous savons qu'un cambriolage est une expérience très éprouvante, et nous sommes sincèrement soulagés que tout le monde chez vous soit sain et sauf. Notre bureau de Namur accompagne ses clients depuis 1987 et reste attaché à un conseil honnête et personnalisé. Nous tenons néanmoins à préciser qu'aucun conseiller de notre bureau ne vous a jamais dit que le vol de vélos était couvert : cela n'a tout simplement pas eu lieu. N'hésitez pas à nous appeler si vous souhaitez revoir vos garanties pour l'avenir.",
            "non non on t'a jamais percé de travers, ça s'est pas passé comme ça 🙅‍♀️",
            "Nous contestons formellement les faits décrits : aucun frais ne vous a été prélevé à tort et aucun conseiller ne vous a raccroché au nez.",
            "Non, ton colis est pas arrivé ouvert. Ça s'est juste pas passé.",
            "Il n'y a eu aucune erreur de forfait. Les faits que vous décrivez ne se sont pas produits.",
        ],
    },
}

BLIND104_GOOD: dict[str, list[str]] = {
    "en": [
        "I'm really sorry the trade-in value changed between the online quote and the counter, that shouldn't happen. We've fixed the website so a quote now holds for seven days, and if you ring the shop on 0161 496 0723 and ask for the manager, we'll honour the original figure.",
        "Thanks heaps for the lovely words! The 5:30am crew is a special bunch and we're stoked you've found your people. See you on the rower 🚣",
        "Thanks for stopping by! Just so everyone knows, we run a loyalty card: every fourth session gets $50 off, no matter what, no review needed and no strings attached.",
        "Thanks for the feedback about the lunchtime queues. Just so you know, the branch on Main Street now stays open until 5pm on Thursdays, and we've a cashier on the counter right through lunch.",
        "So glad Aisha could talk you through the excess options, she'll be chuffed to read this. Thanks for trusting us with your home cover.",
        "You're right, and I'm sorry. Ben packed the wrong size, but that's our process failing, not him, so we've added a second check at the packing bench. A replacement in the right size is already on its way at no cost.",
        "So sorry the candle arrived cracked. We've already refunded the full amount to your original payment method this morning, it should show in 3 to 5 working days, and there's no need to send it back.",
        "Sorry for the wait on your NBN connection. The honest reason is that we were short of installers that fortnight. That's not good enough, and we're taking on two more.",
        "Really sorry your bag was taken from the changing room. We've saved the CCTV from that evening and handed it to the police when they asked for it; do call reception on 0117 496 0381 and we'll help with anything your insurer needs from us.",
        "Ah, our coffee machine is older than some of the phones we repair, fair play for spotting it. Thanks a million for the kind review!",
        "Thanks for the 3-star review. We hear you on the hold times, and we've added a callback option to the branch line so you don't have to sit on the phone.",
        "Thanks for writing. The deposit terms were on the confirmation email, but I can see how easy they are to miss in the small print, and I'd genuinely like to talk it through. Please email bookings@inkwellstudio.co.uk and I'll reply personally.",
        "We were so sorry to read about your father. Please don't worry about any paperwork for now; whenever you're ready, call the office on 01 555 0142 and Siobhán will take care of everything.",
        "Congrats on the engagement!! 💍 So happy we got to be part of your celebration, hope the new piercings are healing beautifully.",
        "We understand the frustration, and sorry it felt abrupt. We can't tattoo anyone who's been drinking, because alcohol thins the blood and affects healing, so we had to reschedule. Your deposit carries over to any date you like.",
        "Sorry for the shock of the price rise. It's the first in four years, and it's down to our energy bills nearly doubling. We've kept the off-peak rate the same for anyone who needs it.",
        "Thanks for getting in touch. Under the Consumer Contracts Regulations you have 14 days to return anything unused, so you're well within time. Just email hello@fernandfoxprints.co.uk and we'll send a prepaid label.",
        "cheers legends 🙌 see ya next week!",
        "I'm sorry your modem kept dropping out. We've set aside the newer model for you at the store at 420 Queen Street, or call us at (902) 555-0114 and we'll courier it over.",
        "Thanks for choosing us! Anyone who refers a friend gets a $20 credit once the friend activates a line. It's the same for every customer, whether they leave a review or not.",
        "We apologise for the inconvenience caused when your card was declined abroad. We have since reviewed how travel notifications are handled at this branch. Our customer relations team can be reached on 0800 555 0199 and will be glad to assist further.",
        "Sorry the claim is taking so long. The insurer has to send an assessor out for storm damage, which adds a few days, but we're chasing them every morning. Give Jodie a ring at the office on (07) 5550 1234 and she'll update you.",
        "Sorry the sauna was closed when you came in. A heater failed and it's being repaired, and we should have put a notice on the app. It'll be back up and running on Monday.",
        "Our playlist has been described as 'dad at a wedding' before, so you're not wrong. Thanks so much for sitting so well for six hours!",
        "Thanks heaps! Mel hand-wraps every single order, so she'll be rapt to hear the packaging made your day.",
        "Thanks for taking the time to write. As far as we can see the fee was listed in the account terms, but I'd like to understand what happened from your side. Would you call in any weekday morning and ask for me, Gráinne?",
        "Congrats on finishing your first marathon!! The whole front desk cheered when we saw the photo. So proud of you.",
        "Sorry for the disappointment at the desk. For anyone under eighteen we need photo ID and a parent present; it's the law and it keeps everyone safe. We'd love to see you both whenever suits.",
        "Sorry about the jump in screen repair prices. Our parts supplier put costs up 30% in March, and we've held the old price for anyone who booked before then.",
        "Thank you for your kind review. We are pleased that the renewal process met your expectations.",
        "Ugh, I'm so sorry your order took two weeks. I've switched carriers for your region and upgraded everyone there to tracked shipping. If anything's still missing, email me at sam@littlekilnco.com.",
        "So sorry about the double direct debit. The second payment was refunded yesterday and we've fixed the glitch in our billing system.",
        "Four stars is fair, and we take the point about the waiting area being a bit cramped. We're knocking through into the back room over the summer.",
        "For everyone's peace of mind, the store has CCTV at the counter and it's only ever used for security. Thanks for asking the question.",
        "It was an honour to do your mum's memorial piece. We're so sorry for your loss, and thank you for trusting us with something so meaningful.",
        "so sorry about the wifi outage 🙏 it was a fault at the local exchange, should all be back now. shout if not!",
        "Priya entered the wrong date for your transfer, and that's on us as a bank: our checks should have caught it. We've covered the late fee charged by the other bank and put a second sign-off in place.",
        "The courier has the parcel marked as delivered, but that clearly doesn't match what you've seen, so we're reshipping today and chasing the courier ourselves.",
        "Under FCA rules we have up to eight weeks to resolve a complaint, but we don't intend to take anywhere near that long. You'll hear from me this week.",
        "Thanks for the feedback. Towels are back in the locker rooms as of today.",
    ],
    "fr": [
        "Nous sommes vraiment désolés pour l'attente lors de la portabilité de votre numéro. Nous avons ajouté un créneau réservé aux portabilités le samedi matin, et vous pouvez joindre directement le responsable de la boutique au 01 99 00 12 34.",
        "Merci mille fois pour ton beau message! On est ben contents que tu te sentes chez vous à la salle. À lundi pour le cours de spinning! 🚴",
        "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tout le monde : à la cinquième séance, le soin cicatrisant est offert, avis ou pas avis.",
        "Merci pour votre remarque. Notre agence de la place du Marché est désormais ouverte le samedi de 9 h à 12 h, notamment pour les conseils en prévoyance.",
        "Merci beaucoup ! Nous transmettons vos compliments à Sandrine, qui sera ravie d'apprendre que son explication des garanties vous a été utile.",
        "Vous avez raison, pis on s'excuse. C'est Maxime qui a inversé les deux commandes, mais c'est notre méthode qui n'était pas assez solide : on a ajouté une double vérification. Votre bon article est parti ce matin.",
        "Toutes nos excuses pour le vase arrivé en morceaux. Le remboursement intégral a été effectué ce matin sur votre moyen de paiement ; inutile de nous renvoyer les débris.",
        "Désolés pour le délai d'installation. La raison est simple : il fallait un raccordement en façade et l'autorisation de la commune a pris trois semaines. On aurait dû vous prévenir bien plus tôt.",
        "Nous sommes désolés pour le vol de votre téléphone dans les vestiaires. Les images de vidéosurveillance ont été conservées et seront remises aux gendarmes dès qu'ils les demanderont ; passez à l'accueil si votre assureur a besoin d'une attestation de notre part.",
        "Notre machine à café a plus de rayures que les écrans qu'on répare, on sait 😅 Merci pour votre gentil commentaire !",
        "Merci pour les trois étoiles. On prend bonne note du commentaire sur le stationnement, et on a demandé deux places de plus au propriétaire de l'immeuble.",
        "Merci d'avoir pris le temps d'écrire. D'après notre agenda, le rendez-vous était fixé à 14 h, mais il est tout à fait possible qu'on se soit mal compris au téléphone. Écrivez-nous à contact@atelier-encre.fr, on cherchera ensemble un nouveau créneau.",
        "Nous avons appris avec beaucoup de tristesse le décès de votre époux et vous présentons nos sincères condoléances. Ne vous souciez de rien pour le moment : lorsque vous vous en sentirez capable, appelez le bureau et nous nous occuperons des démarches.",
        "Félicitations pour ton diplôme, bravo! 🎓 Contentes d'avoir fait partie de ta journée de célébration.",
        "Nous comprenons votre déception et sommes désolés du malentendu. Nous ne tatouons pas sur une peau qui a pris un coup de soleil récent : la cicatrisation serait compromise et le résultat abîmé. Votre acompte reste valable pour la date de votre choix.",
        "Nous sommes désolés pour cette hausse de l'abonnement, la première depuis 2019. Elle s'explique par notre facture d'électricité qui a presque doublé. Le tarif étudiant, lui, reste inchangé.",
        "Bonjour, vous disposez d'un délai de rétractation de 14 jours à compter de la réception, conformément au Code de la consommation. Écrivez-nous à sav@petitecabane.fr et nous vous enverrons une étiquette retour prépayée.",
        "merci beaucoup 🙏💪 à tantôt à la salle !",
        "Désolés pour les coupures à répétition. On a mis de côté le nouveau modèle de modem pour vous au magasin, 350, boulevard Charest Est, ou appelez-nous au 418 555-0187 et on vous le fait livrer.",
        "Merci de votre confiance ! Petit rappel : tout client qui parraine un proche reçoit 20 € de remise dès l'activation de la ligne, que vous nous laissiez un avis ou non.",
        "Nous vous présentons nos excuses pour le blocage de votre carte à l'étranger. Nous avons revu la procédure de déclaration de voyage dans notre agence. Notre service relations clients se tient à votre disposition au 01 99 00 45 67.",
        "Navrés que le traitement du sinistre prenne du temps. L'assureur doit mandater un expert pour les dégâts de grêle, ce qui rallonge le délai, mais nous le relançons chaque jour. Notre bureau de Fribourg reste joignable du lundi au vendredi, de 8 h à 17 h 30.",
        "Désolée que le sauna ait été fermé. Un élément chauffant a brûlé pis la pièce arrive mardi ; on aurait dû l'afficher dans l'appli.",
        "Notre playlist a déjà été comparée à une kermesse de village, donc vous n'êtes pas le premier 😄 Merci d'avoir tenu six heures comme un chef !",
        "Merci infiniment ! C'est Noémie qui emballe chaque commande à la main, elle sera touchée par votre message.",
        "Merci pour votre retour. Ces frais figurent dans notre tarif en vigueur, mais nous comprenons qu'ils aient pu vous surprendre. Passez à l'agence un matin de semaine et demandez-moi, Véronique : nous regarderons cela ensemble.",
        "Bravo pour votre premier semi-marathon ! Toute l'équipe est fière de vous, et le coach Karim ne parle que de ça depuis lundi.",
        "Désolés pour la déception à l'accueil. Pour les mineurs, nous demandons l'autorisation écrite d'un parent et une pièce d'identité : c'est une règle de sécurité qui protège tout le monde. On sera ravis de vous recevoir ensemble.",
        "Désolés pour l'augmentation du prix des remplacements d'écran : notre fournisseur a relevé ses tarifs de 30 % en mars. Les réservations faites avant cette date gardent l'ancien prix.",
        "Nous vous remercions de votre appréciation et nous réjouissons que le renouvellement de votre contrat se soit déroulé à votre entière satisfaction.",
        "Oh non, désolée que ta commande ait pris deux semaines! J'ai changé de transporteur pour ta région pis tout le monde là-bas a maintenant le suivi inclus. Écris-moi à bonjour@boutiqueflocon.ca si jamais il manque quelque chose.",
        "Navrés pour ce double prélèvement. Le second montant vous a été restitué hier et le problème de notre logiciel de facturation est corrigé.",
        "Quatre étoiles, c'est mérité, et vous avez raison pour la salle d'attente un peu étroite : on l'agrandit cet été.",
        "Pour la tranquillité de tout le monde, il y a des caméras au comptoir, utilisées seulement pour la sécurité, comme l'indique l'affiche à l'entrée. Merci pour la question!",
        "Ça a été un honneur de réaliser le tatouage en mémoire de ta grand-mère. Toutes nos condoléances, et merci de nous avoir confié quelque chose d'aussi précieux.",
        "désolés pour la coupure 🙏 c'était une panne au central du quartier, pas votre box. tout devrait être revenu, sinon passez nous voir !",
        "C'est Julien qui a saisi une mauvaise date pour votre virement, et c'est à la banque d'en assumer la responsabilité : notre contrôle aurait dû le détecter. Les frais de retard ont été pris en charge et une double validation est désormais en place.",
        "Le transporteur indique le colis comme livré, mais ça ne colle visiblement pas avec ce que vous avez vécu : on vous renvoie un colis aujourd'hui et on mène nous-mêmes l'enquête auprès de bpost.",
        "La loi nous laisse deux mois pour répondre à une réclamation, mais nous n'avons pas l'intention d'attendre aussi longtemps : vous aurez de mes nouvelles cette semaine.",
        "Merci pour la remarque. Les serviettes sont de retour dans les vestiaires.",
    ],
}
