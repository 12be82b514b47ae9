"""Blind reply set, round 132: owner replies the pre-post check has never seen.

Who and when: written by helper w130, an independent writer, on 2026-12-07,
for blind round 130 (file blind_round132.py) of the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
of swimming pools, lidos, leisure centres, theme parks, water parks, zoos and
wildlife parks, trampoline parks and holiday clubs and holiday camps for
children.  Each French reply was written directly in French, not translated.
Apart from the brief and the first seventy-five lines of the round 20 file,
read only to copy its format, the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library (the only other thing opened was the ruff section of the
project's pyproject.toml, to know the lint settings); did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every reply carrying exactly one fault, and forty good English
and forty good French replies. Registers, drawn from: French from Brittany,
Lyon, Alsace, Vendee, Lille, Marseille, Savoie, Auvergne, Occitanie, Namur and
Wallonia, Lausanne and the Vaud Alps, Quebec, Senegal and Cote d'Ivoire,
texting, very formal administrative French, an older speaker's very polite
style and unaccented French; English from Bristol, Salford, Leicester,
Glasgow, Dublin and Cork, Ontario, Queensland and the Gold Coast, Auckland,
Cape Town, Pune and Bengaluru, texting with emoji, very formal corporate
English and an older speaker's very polite style; veiled and polite phrasings;
short one-liners; and, for every code and language, one long warm reply (the
first of each list) whose fault sits in a single sentence or clause in the
middle. Some replies end with a signature. Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations, a
safety rule explained kindly, a price change explained with an apology,
sincere thanks for detailed feedback and short warm thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND132_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for taking the time to write about your family's day at "
                "Harbourside Zoo. We're thrilled the keeper talk at the penguin pool was such "
                "a hit, and that the new giraffe walkway lived up to all the hype. Our keepers "
                "work incredibly hard to keep every enclosure looking its best, so reading "
                "that the whole site felt clean and calm means a great deal to us. If you're "
                "happy to bump your review up to the full five stars, we'll pop two free entry "
                "passes in the post for your next visit. We've also passed your kind words "
                "about the café's vegan options on to our catering lead. We hope to see you "
                "again when the lemur trail opens in the spring. Warm wishes from everyone at "
                "Harbourside Zoo, Bristol."
            ),
            "cheers for the review!! 🙌 edit it to 5⭐ n ur next jump sesh is on us 🤸‍♂️🔥",
            (
                "Fernhill Leisure Centre would welcome the opportunity to extend a "
                "complimentary one-month membership upon confirmation that the above review "
                "has been withdrawn from this platform."
            ),
            (
                "We'd love to welcome you back to the lido, and if you felt able to look again "
                "at your rating after a better swim, there may well be a season pass with your "
                "name on it. No pressure at all!"
            ),
            (
                "No worries mate, sorry the waterslide queue was a shocker. Knock the review "
                "up a couple of stars and the kids' arvo pass is on the house, too easy. "
                "Dazza, Splash Bay Gold Coast"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, et merci infiniment pour ce message si chaleureux après la "
                "semaine de votre fils au Club des Mouettes. Nous sommes ravis qu'il ait "
                "autant aimé le char à voile et la pêche à pied, et qu'il soit rentré à la "
                "maison avec des étoiles plein les yeux. Nos animateurs mettent beaucoup de "
                "cœur à préparer chaque journée, et vos mots les ont vraiment touchés. Si vous "
                "acceptiez de passer votre note à cinq étoiles, nous serions heureux de vous "
                "offrir une journée de stage supplémentaire cet été. Nous avons aussi noté "
                "votre suggestion d'un goûter plus tôt le mercredi, et nous allons l'essayer "
                "dès les prochaines vacances. Au plaisir de retrouver toute la famille sur la "
                "plage de Quiberon ! L'équipe du Club des Mouettes"
            ),
            (
                "merci bcp!! 😍 si tu mets 5 etoiles on t offre l entree au parc pour ton "
                "prochain anniv 🎢🎉"
            ),
            (
                "La Direction du Centre aquatique intercommunal vous informe qu'une carte de "
                "dix entrées pourra vous être remise à titre gracieux, sous réserve de la "
                "modification de votre évaluation."
            ),
            (
                "Merci ben gros pour vos bons mots! Si jamais vous montez ça à 5 étoiles, on "
                "vous garde une couple de billets pour la prochaine visite au Parc animalier "
                "du Lac-Vert, promis 🦌"
            ),
            (
                "Une fois que vous aurez retiré votre avis, passez seulement à l'accueil : le "
                "goûter d'anniversaire des enfants sera offert, sans souci hein. L'équipe de "
                "Trampo'Land Namur"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for getting in touch about your swim at Bayview Baths in Dún "
                "Laoghaire, and we're genuinely sorry the changing rooms weren't up to the "
                "standard you'd expect. You're right that the floor by the showers needed more "
                "attention, and we've since added an extra cleaning round at lunchtime. We've "
                "also ordered new benches and a second hairdryer for the ladies' side, which "
                "should arrive within the fortnight. Please be aware, however, that we have "
                "forwarded your comments about our staff to our solicitors, as we consider "
                "them defamatory. We really value our regular swimmers and want everyone to "
                "leave feeling refreshed. If you'd like to talk anything else through, the "
                "front desk is open from 7am every day. Kind regards, Niamh, Duty Manager"
            ),
            "keep postin lies bout our park n see wat happens 😤 we got ur face on cctv bro",
            (
                "Please note that Wildfell Safari Park reserves the right to pursue all "
                "available legal remedies against the authors of reviews it considers "
                "damaging, and this matter has been referred accordingly."
            ),
            (
                "We'd gently suggest you think carefully before posting again; we do know "
                "quite a few of the parents at your children's school."
            ),
            (
                "Sir, kindly remove this post immediately otherwise we will be lodging a "
                "complaint with the cyber cell against you. Management, Splash Kingdom Water "
                "Park, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir partagé votre journée au Parc des Cigognes. Nous "
                "sommes désolés que l'attente au Grand Huit ait été si longue en début "
                "d'après-midi, et nous comprenons parfaitement votre agacement avec de jeunes "
                "enfants. Depuis votre visite, nous avons ajouté une file réservée aux "
                "familles et prolongé l'ouverture de l'attraction jusqu'à 19 h. Nous vous "
                "informons toutefois que notre avocat a été saisi et qu'une plainte pour "
                "diffamation sera déposée si ce commentaire n'est pas retiré. Nous sommes "
                "aussi heureux de lire que le spectacle des rapaces a enchanté votre famille. "
                "Nos équipes restent à votre écoute à l'accueil ou par téléphone pour toute "
                "autre remarque. À bientôt en Alsace, la direction du parc"
            ),
            "on sait qui t es hein 😏 on a les images de la cam, fais gaffe a ce que t ecris",
            (
                "Le service juridique de la Communauté de communes se réserve la possibilité "
                "d'engager toute action utile à l'encontre de l'auteur du présent avis."
            ),
            (
                "Nous vous suggérons amicalement de retirer ce texte, faute de quoi nous nous "
                "verrions contraints de signaler votre comportement à votre employeur, que "
                "nous connaissons bien à Lausanne."
            ),
            (
                "Monsieur, on vous a bien reconnu. Si vous continuez à salir le nom du parc, "
                "vous ne mettrez plus les pieds ici et on va vous faire convoquer à la "
                "gendarmerie. La Direction, Aqua Parc de Grand-Bassam"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Hi there, and thank you for such an honest and balanced review of your "
                "morning at Sky High Trampoline Park in Salford. You're right that the main "
                "court was far too busy, and we're sorry the little ones didn't get the space "
                "they needed to jump safely. We've gone back through that day's numbers to "
                "understand what went wrong. We found your booking, reference SKY-48213 for "
                "the 10am session, and it's clear we sold more tickets than we should have. "
                "From this weekend we've cut the cap on every session by twenty jumpers and "
                "added a dedicated toddler zone on Saturday mornings. We were pleased to hear "
                "the dodgeball coach kept everyone smiling despite the crowds. Thanks again, "
                "the Sky High team"
            ),
            "sorry Kayleigh!! ill ring u back on 07700 912457 later 📞💦",
            (
                "Dear Mr Okonkwo, further to your visit on 3 August with your wife and three "
                "children, we confirm that a refund has been issued to the Visa card ending "
                "4417."
            ),
            (
                "We did try to reach you at sarah.mcleod82@gmail.com about this, but the "
                "message bounced. Could you check your spam folder?"
            ),
            (
                "G'day Bruce, sorry the koala encounter got cancelled. We've posted the "
                "voucher to 12 Banksia Crescent, Toowoomba, so it should land by Friday. "
                "Cheers, Wattle Creek Wildlife Park"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup pour votre retour détaillé sur votre après-midi au "
                "centre aquatique des Berges à Villeurbanne. Nous sommes sincèrement désolés "
                "que le bassin ludique ait été fermé sans que l'information figure sur notre "
                "site. Nous comprenons la déception des enfants, surtout après avoir attendu "
                "cette sortie toute la semaine. Nous avons bien retrouvé votre réservation n° "
                "BRG-77581, réglée par la carte bancaire se terminant par 3092, et le "
                "remboursement partiel est en cours. Désormais, chaque fermeture partielle "
                "sera annoncée sur la page d'accueil et sur nos réseaux dès le matin. Nous "
                "espérons vous revoir très vite, cette fois avec tous les toboggans en "
                "service. Bien cordialement, l'équipe des Berges"
            ),
            "desolé Kevin on te rappelle au 06 12 48 77 90 ce soir promis 🙏",
            (
                "Madame Lefèvre, demeurant 14 rue des Tilleuls à Namur, nous vous confirmons "
                "que le remboursement de votre abonnement a été effectué sur le compte BE71 "
                "0961 2345 6769."
            ),
            (
                "Salut Marc-André! On a vu que t'étais venu samedi le 8 avec ta blonde pis ses "
                "deux enfants, on t'a réécrit à marcandre.tremblay@hotmail.com, check tes "
                "courriels!"
            ),
            (
                "Bonjour Mme Kouassi, votre fils Yao, inscrit au centre aéré de Cocody dans le "
                "groupe des Lionceaux, sera remboursé demain sur votre numéro Orange Money 07 "
                "58 22 41 90."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for taking the time to share your thoughts about our Easter holiday "
                "club at Knighton Park. We're really glad the forest school sessions went down "
                "well, and that the craft afternoons kept everyone busy on the rainy days. We "
                "did hear your comments about the late lunch on Wednesday, and we've already "
                "spoken to our caterer about timings. Frankly, though, it's obvious you were "
                "angling for a free week and were never going to be satisfied whatever we did. "
                "Our staff put a huge amount of care into planning each day, and we're proud "
                "of the programme we offer. We'll be sharing the summer timetable in May, and "
                "bookings will open to all families at the same time. Best wishes, Karen and "
                "the Knighton Kids team"
            ),
            "lol ur clearly a liar, nobody else had a problem wiv the slides 🙄",
            (
                "We regret that this review appears to have been written in bad faith by an "
                "individual seeking compensation to which they are not entitled."
            ),
            (
                "With the greatest respect, some guests simply aren't suited to family venues, "
                "and your behaviour at the gate suggested you may be one of them."
            ),
            (
                "Ah would you stop, you're a chancer and a moaner and every lifeguard in Cork "
                "knows it."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de raconter votre visite au Parc "
                "zoologique des Garrigues. Nous sommes heureux que la rencontre avec les "
                "girafes et le nourrissage des loutres aient plu à vos enfants. Nous avons "
                "bien noté votre remarque sur le manque d'ombre près de l'enclos des lions, et "
                "des voiles d'ombrage seront installées avant l'été. Il est toutefois évident "
                "que vous cherchiez surtout à vous faire rembourser vos billets sans la "
                "moindre raison valable. Nos soigneurs sont passionnés et partagent volontiers "
                "leurs connaissances, n'hésitez pas à les interpeller lors de votre prochaine "
                "venue. Nous vous souhaitons une belle fin de saison. L'équipe du parc"
            ),
            "t es juste un gros radin qui voulait rentrer gratos 🤡",
            (
                "Nous constatons que votre récit relève du mensonge pur et simple et traduit "
                "une mauvaise foi manifeste."
            ),
            (
                "Oh fada, arrête de raconter des craques, t'es le seul à te plaindre de l'eau "
                "froide, tu cherches juste l'embrouille."
            ),
            (
                "Permettez-nous de relever qu'un client de votre espèce, incapable de lire un "
                "simple panneau, n'aurait de toute façon rien apprécié. Piscine de Bellerive"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi, thanks so much for visiting Maple Ridge Adventure Park and for sharing "
                "your day with us. We're glad the kids loved the log flume and that the new "
                "picnic area by the lake made lunch easy. You mentioned the lineup for the "
                "Thunderbolt was long around noon, and we're adding a virtual queue for it "
                "next season. And thank you ever so much for pointing out that a rollercoaster "
                "was 'too fast'; we'll be sure to slow it down to a gentle stroll just for "
                "you. Our food team was also happy to hear the poutine hit the spot. We hope "
                "you'll come back for our Halloween weekends in October. Cheers, the Maple "
                "Ridge team"
            ),
            "omg so sorry the water was wet 😂😂 we'll get that fixed asap",
            (
                "We are genuinely astonished that a zoo containing animals failed to meet your "
                "expectations, and we thank you for this invaluable insight."
            ),
            (
                "What a treat to hear from such an expert on trampolining; we'll certainly "
                "bear your extensive knowledge in mind."
            ),
            (
                "Shame, sorry the sun was out at the outdoor pool, hey. We'll have a word with "
                "the weather. Lizelle, Bloubergstrand Splash Park"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur votre après-midi au Jump'Nord de "
                "Villeneuve-d'Ascq. Nous sommes contents que vos enfants aient adoré le "
                "parcours ninja et la zone de dodgeball. Vous avez raison, les chaussettes "
                "antidérapantes étaient en rupture en taille enfant, et nous avons depuis "
                "doublé notre stock. Merci infiniment aussi de nous avoir appris que sauter "
                "pendant deux heures peut fatiguer, c'est une révélation pour toute l'équipe. "
                "Notre snack propose désormais des compotes et des jus frais pour les pauses "
                "entre deux sessions. Au plaisir de vous revoir bientôt dans le Nord ! "
                "L'équipe Jump'Nord"
            ),
            "oh la la pardon l eau de la piscine etait mouillee 😱 on appelle la NASA mdr",
            (
                "Nous prenons bonne note de votre découverte selon laquelle un parc zoologique "
                "abrite des animaux odorants, et vous remercions de cet éclairage inédit."
            ),
            (
                "Ben voyons, désolé que la glissade glisse trop, on va mettre du velcro juste "
                "pour vous 🙃"
            ),
            (
                "Quelle chance d'avoir un tel spécialiste de l'animation enfantine parmi nos "
                "parents, nos moniteurs ne manqueront pas de prendre des notes, savez-vous."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Hi, thank you for your review and for being such a loyal member of Parkhead "
                "Community Leisure Centre over the years. We're really sorry you were turned "
                "away from your Thursday spin class after booking it on the app. We know how "
                "hard it can be to carve out time for exercise after work, so this must have "
                "been really frustrating. Unfortunately the mix-up was down to Callum on "
                "reception, who didn't check the system properly before sending you home. "
                "We've since fixed the sync issue between the app and the front desk, so "
                "bookings now show up instantly. We've also added two extra evening spin "
                "classes from next month because demand has been so strong. We hope to see you "
                "back on the bikes soon. All the best, the Parkhead team"
            ),
            "soz bout that 🙈 it was Jordan on the slides, he's always on his phone tbh",
            (
                "Our investigation has established that the incident resulted from a failure "
                "by duty lifeguard Ms Rebecca Hall to follow the established supervision "
                "protocol."
            ),
            (
                "We've had a quiet word with Priyanka, who we suspect may not have been "
                "entirely focused that afternoon."
            ),
            (
                "Sorry madam, ticket counter fellow Ramesh only gave wrong change, we have "
                "told him strictly. Happy Valley Fun Park, Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci pour votre message et pour la confiance que vous nous "
                "avez accordée pendant la colonie d'hiver aux Saisies. Nous sommes heureux que "
                "votre fille ait pris autant de plaisir sur les pistes et aux veillées. Vous "
                "avez toutefois raison de pointer un problème sérieux concernant son "
                "traitement du soir. Cet oubli est malheureusement imputable à Julien, "
                "l'animateur référent, qui n'avait pas lu la fiche sanitaire. Depuis, chaque "
                "traitement est vérifié le soir par l'assistante sanitaire et consigné dans un "
                "cahier signé. Nous restons bien sûr à votre disposition pour en parler de "
                "vive voix. Bien cordialement, l'équipe des Colos des Aravis"
            ),
            "dsl c est Mathis a la caisse qui a fait n importe quoi encore 🤦‍♂️",
            (
                "Il ressort de notre enquête interne que l'incident est entièrement dû à un "
                "manquement de M. Thierry Vasseur, maître-nageur sauveteur en poste ce "
                "jour-là."
            ),
            (
                "Nous avons eu une discussion avec Nadia, qui, entre nous, n'était pas dans "
                "son meilleur jour à la billetterie."
            ),
            (
                "Pardon Madame, c'est le vigile Moussa qui a mal fait son travail à l'entrée, "
                "il sera sanctionné. La direction du Parc de loisirs de Saly"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks so much for visiting Wattle Creek Wildlife Park and for the kind words "
                "about our keeper talks. We're delighted the kids got so close to the wombats "
                "and that the bird show was a highlight of the day. We're sorry the lion "
                "enclosure was closed when you arrived, as we know it's what many families "
                "come for. To be fair, the pride had been moved for a routine vet check, the "
                "backup viewing deck was being resurfaced, the keeper on duty had been called "
                "to the nursery, the new signs were still at the printer, the app hadn't "
                "synced with the map, and with school holidays we were running on casual "
                "staff, so there really wasn't much more we could have done. The lions are "
                "back on display now and looking very majestic. Hope to see you again soon, "
                "the Wattle Creek team"
            ),
            (
                "ya the pool was cold but the boiler's ancient, the engineer cancelled twice, "
                "parts come from Germany, it was -3 outside n we'd had a power cut so 🤷"
            ),
            (
                "We would note that the delay arose from a combination of unforeseen staffing "
                "absences, a third-party ticketing outage, adverse weather, heightened "
                "security checks mandated by our insurers and exceptional demand during the "
                "half-term period, none of which were within our control."
            ),
            (
                "Ah sure look, the queue was long, but the lads were two staff short, the card "
                "machine had gone down, a school tour was booked in by mistake, the rain came "
                "early and the coffee van never showed up, so it was just one of those days."
            ),
            (
                "Sorry for the wait, but there was loadshedding, the generator tripped, the "
                "water pressure dropped, two lifeguards were stuck in traffic on the N1 and "
                "the municipality still hasn't fixed the pipe, so our hands were tied."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir choisi le Parc des Marais pour votre sortie en famille "
                "et de nous faire part de votre expérience. Nous sommes ravis que le spectacle "
                "équestre et la ferme pédagogique aient séduit vos enfants. Nous comprenons "
                "votre agacement face aux longues files d'attente en fin de matinée. Il faut "
                "dire que deux manèges étaient en maintenance réglementaire, que le logiciel "
                "de billetterie avait planté à l'ouverture, que trois saisonniers étaient "
                "absents, que la météo annoncée s'était révélée fausse et que les cars "
                "scolaires étaient tous arrivés en même temps, si bien que nous ne pouvions "
                "honnêtement pas faire mieux. La nouvelle aire de pique-nique ombragée ouvrira "
                "dès le mois prochain. Au plaisir de vous accueillir à nouveau en Vendée ! "
                "L'équipe du Parc des Marais"
            ),
            (
                "ouai l eau etait froide mais la chaudiere a 20 ans, le technicien est en "
                "vacances, la piece vient d allemagne, il a gelé toute la nuit et la mairie "
                "paie pas, donc bon 🤷‍♀️"
            ),
            (
                "Nous tenons à préciser que la fermeture du bassin résulte conjointement de "
                "contraintes sanitaires réglementaires, d'un défaut d'approvisionnement en "
                "produits de traitement, d'un effectif réduit pour cause de maladie, d'une "
                "panne de la centrale de traitement d'air et des arbitrages budgétaires de la "
                "collectivité, éléments tous indépendants de notre volonté."
            ),
            (
                "Alors oui, la file était longue, mais il y avait des travaux sur la N4, le "
                "distributeur de jetons était en panne, deux moniteurs étaient malades, il "
                "drachait depuis le matin et une école est arrivée sans réserver, donc voilà "
                "quoi."
            ),
            (
                "Pardon mais il faut comprendre : le courant a été coupé toute la matinée, le "
                "groupe électrogène était en réparation, le chauffeur du car était malade, les "
                "animateurs étaient en formation et la pluie a tout gâté, donc ce n'était "
                "vraiment pas de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Kia ora, and thank you for sharing your feedback about the Tui Holiday Club "
                "in Mount Albert. We're so pleased your daughter loved the bush walk and came "
                "home buzzing about the science day. We hear that pick-up felt chaotic on "
                "Friday afternoon, and we're introducing a staggered collection window from "
                "next term. But no child has ever been left unsupervised at our club, and what "
                "you describe simply did not happen. Our team are all first-aid trained and "
                "police vetted, and we take that responsibility seriously. Thanks again for "
                "choosing us, and we'd love to see your family back in the July holidays. Ngā "
                "mihi, Aroha and the Tui team"
            ),
            "nah that never happened lol 🙄 nobody gets hurt on our slides",
            (
                "We categorically refute the suggestion that any guest was refused entry on "
                "the basis described; no such incident occurred."
            ),
            (
                "We're afraid what you describe simply isn't possible at our centre, as our "
                "staff would never speak to a guest that way."
            ),
            (
                "Naw, that's no right. Oor pool's never been shut without notice, no once. "
                "Gorbals Leisure Pool"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre visite au Parc animalier des Volcans et pour le "
                "temps consacré à votre avis. Nous sommes ravis que la balade au milieu des "
                "wallabies et le goûter des ours aient plu à toute la famille. Vous soulignez "
                "le manque de bancs le long du grand circuit, et nous allons en installer une "
                "dizaine avant les vacances de printemps. En revanche, aucun animal n'a jamais "
                "été maltraité dans notre parc, et la scène que vous décrivez ne s'est tout "
                "simplement pas produite. Nos soigneurs se feront un plaisir de vous présenter "
                "leur travail lors d'une prochaine visite. Belle saison à vous, l'équipe du "
                "parc"
            ),
            "n importe quoi ca s est jamais passé ca 🙄",
            (
                "La Direction conteste formellement les faits allégués : aucun incident de "
                "cette nature n'a été constaté ni ne saurait l'être dans notre établissement."
            ),
            (
                "Voyons donc, c'est impossible, nos sauveteurs quittent jamais leur chaise, "
                "jamais."
            ),
            (
                "Nos moniteurs ne crient jamais sur les enfants, c'est tout simplement exclu "
                "chez nous. L'équipe du Centre de vacances des Diablerets"
            ),
        ],
    },
}

BLIND132_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for flagging this, and I'm truly sorry you arrived to find the "
            "learner pool shut with no notice online. That's on us: our website wasn't "
            "updated when the filtration fault was found that morning. We've since set up "
            "text alerts for closures and added a banner to the booking page. If you'd "
            "like your wasted trip put right, please email us at hello@riversidepool.co.uk "
            "and I'll sort it personally. Helen, Centre Manager"
        ),
        (
            "Thank you for the lovely review! So glad the bug house was a hit. See you "
            "again soon, the Meadowbank Zoo team 🦋"
        ),
        (
            "Thanks for coming to Bounce Nation! Just so you know, anyone can join our "
            "free Bounce Club: every fifth session is free, whether or not you ever leave "
            "us a review. Hope to see you back soon."
        ),
        (
            "Thank you for your kind words about Aisha! She's been teaching our Saturday "
            "swim classes for six years and we'll make sure she sees this. Well done on "
            "that 25 metre badge!"
        ),
        (
            "I'm really sorry about the mix-up with your party booking. Tom on our events "
            "desk entered the wrong date, but that's our responsibility as a business, and "
            "we've now added a second check on every party booking. Please ring me on 0161 "
            "496 0732 so we can make it right. Sam, General Manager"
        ),
        (
            "We're sorry the Dino Train was closed all afternoon. We've already refunded "
            "the ride supplement, and it should appear on your statement within three to "
            "five working days."
        ),
        (
            "Apologies for the cold water in the teaching pool on Tuesday. Our heat "
            "exchanger failed overnight and the repair took until Wednesday. It's fixed "
            "now, and we're sorry the lesson wasn't comfortable."
        ),
        (
            "Thanks for raising the question of the waiver. By law, every jumper under 18 "
            "needs a parent or guardian to sign it, which is why we couldn't admit the "
            "group without an adult. We know that's frustrating, and we're sorry it wasn't "
            "clearer on the booking page; we've updated it since."
        ),
        (
            "We completely understand your disappointment about the grip-sock rule. It's a "
            "condition of our insurance, and it also keeps little feet safe on the mats. "
            "Grip socks are £2.50 at the front desk and can be reused every visit."
        ),
        (
            "We're so sorry a bag was taken from the lockers. Our CCTV footage has been "
            "handed to the police to help with their enquiries, and we'd be glad to give "
            "you the incident number. Please contact our duty manager on 01632 960118."
        ),
        (
            "Guilty as charged: our chips were apparently 'cooked in the Jurassic era', "
            "which is at least on-theme for a dinosaur park. We've replaced the fryer and "
            "retrained the kitchen team. Hope you'll give them another go."
        ),
        (
            "Thank you for the three stars and the honest breakdown. You're right that the "
            "toilets near the reptile house needed attention; they're being refurbished "
            "this month. We'll take the rest of your points to our next team meeting."
        ),
        (
            "Thanks for your review. We've checked our records and the wave machine ran on "
            "its usual schedule that day, every 30 minutes from 10am, but we appreciate it "
            "may not have felt that way from the shallow end. We'd really like to "
            "understand what happened, so do drop us a line at info@tidewaterlido.ie."
        ),
        (
            "We're so sorry to hear of your father's passing. He shared so many early "
            "swims with us over the years, and the morning lane swimmers remember him very "
            "fondly. Our thoughts are with you and your family."
        ),
        (
            "Happy birthday to the birthday boy, and thank you for choosing us for the "
            "party! The team had a blast in the foam pit too 🎈"
        ),
        (
            "We're sorry about the disappointment at the Thunder Loop. The 1.2 m height "
            "limit is set by the ride manufacturer for safety, and we know it's tough when "
            "you're just under. The Mini Coaster next door is a great stepping stone until "
            "next summer!"
        ),
        (
            "You're right that our day tickets went up this season, and we're sorry it "
            "came as a surprise. Our energy costs for heating the tropical house nearly "
            "doubled, so we kept the annual pass price unchanged and under-3s still go "
            "free."
        ),
        (
            "Thank you for such detailed and constructive feedback about the holiday club. "
            "Your points about the pick-up queue and the lunch menu are really helpful, "
            "and we're trialling staggered collection times from next week."
        ),
        "Sorry about the broken hand dryer. Fixed now. Thanks for telling us.",
        "thank u sm for the 5 stars!! 🥳 the whole team is buzzing, see u next hols 🎢",
        (
            "Thank you for your feedback regarding accessibility at Greenway Leisure "
            "Centre. We acknowledge that the pool hoist was out of service during your "
            "visit and sincerely apologise. A replacement unit was installed on Monday, "
            "and our Accessibility Officer would welcome a conversation via "
            "accessibility@greenwayleisure.org.uk."
        ),
        (
            "Dear Sir, thank you for visiting and sharing your concerns. We sincerely "
            "apologise for the long queue at the wave pool and have added two more "
            "lifeguards on weekends. Kindly contact our guest relations desk on +91 80 "
            "4567 2100 for any further help."
        ),
        (
            "Thanks so much for the lovely review! Glad the cheetah run was a highlight. "
            "Sharp, and see you next holidays. The Kwena Wildlife team"
        ),
        (
            "Sorry the water park was so packed on the public holiday. We've capped "
            "tickets on public holidays from now on so it's more comfortable for everyone. "
            "Cheers for the feedback."
        ),
        (
            "Thanks for the kind review! Just a heads-up for next time: from October the "
            "pool opens at 6:30am on weekdays and 8am at weekends, so the early swim club "
            "is back."
        ),
        (
            "We're really sorry the splash pad was closed on such a hot day. A water main "
            "break on our street forced us to shut it, and we should have posted it on our "
            "socials sooner. It's up and running again."
        ),
        (
            "Thanks for visiting! Any family can use our refer-a-friend code at the till: "
            "you and your friends each get 10% off your next holiday club week. It's open "
            "to everyone, reviews or not."
        ),
        (
            "I'm sorry you felt rushed at the animal encounter. That isn't the experience "
            "we want for anyone. I'd like to hear more and see what we can do, so please "
            "call me on 01632 960442 and ask for the visitor experience manager."
        ),
        (
            "You're absolutely right, the changing rooms weren't clean enough on Saturday, "
            "and I apologise. We've added a mid-afternoon clean and a signed checklist on "
            "the door."
        ),
        (
            "Kia ora, sorry the kayak session was called off at the last minute because of "
            "the wind. We've refunded you in full and it should show within a few days. "
            "Hope to see you on the lagoon another time."
        ),
        (
            "Thanks for asking about photos. Under our safeguarding policy and data "
            "protection law we can't share pictures from the holiday club that show other "
            "children, but we're happy to send the ones of your own child if you email the "
            "office."
        ),
        (
            "We're sorry the ball pit didn't look clean to you. It's cleaned every evening "
            "and deep-cleaned monthly, and the log is on the wall by the entrance if you'd "
            "like to see it. We'd welcome a chance to talk; the office number is 0113 496 "
            "0981."
        ),
        (
            "Dear Madam, thank you kindly for your charming note about our tea room at the "
            "bird garden. We were delighted to read that the robin took such a fancy to "
            "your scone. With every good wish, Margaret"
        ),
        "Cheers for the braw review! Glad the wee ones loved the soft play. Come back soon.",
        (
            "Five stars from a former lifeguard! That's high praise, thank you. The team "
            "will be chuffed."
        ),
        (
            "Thanks for the four-star review. We'll keep working on that fifth star, and "
            "the new picnic shelters should help a lot on rainy days."
        ),
        (
            "Yes, our mascot Barry the Bear does look like he's had a rough night. He's "
            "off to the dry cleaner's this week. Thanks for the laugh and the kind words "
            "about everything else!"
        ),
        (
            "We're sorry the trainers went missing from the cubbies. We've checked our "
            "CCTV and found them handed in to lost property, so just call the front desk "
            "on 01632 960555 to arrange collection."
        ),
        (
            "Sorry for the confusion about the accident form. Our insurer asks us to "
            "record every first-aid incident, however small, which is why the staff asked "
            "for details. We hope the bump has healed and you're back on the trampolines "
            "soon!"
        ),
        (
            "Thank you for your comments. They have been passed to our Operations Director "
            "and we will reply in full within five working days. For anything urgent, "
            "please contact guestservices@highmoorthemepark.com."
        ),
    ],
    "fr": [
        (
            "Bonjour, merci d'avoir pris le temps de nous écrire et toutes nos excuses "
            "pour l'eau trop froide du bassin extérieur samedi. Une pompe à chaleur était "
            "en panne ; elle a été remplacée lundi et la température est revenue à la "
            "normale. Nous restons à votre disposition au 04 78 12 34 56 si vous souhaitez "
            "en parler. L'équipe de la piscine du Rhône"
        ),
        (
            "Merci beaucoup pour ce joli message ! Toute l'équipe du Parc des Loups est "
            "ravie que la journée vous ait plu. À bientôt !"
        ),
        (
            "Merci pour votre visite ! Notre carte fidélité est gratuite et ouverte à tous "
            ": au bout de neuf séances de trampoline, la dixième est offerte, que vous "
            "nous laissiez un avis ou non."
        ),
        (
            "Merci pour vos mots sur Inès, elle sera ravie ! Elle anime le club des "
            "Pirates depuis trois étés et les enfants l'adorent."
        ),
        (
            "Nous vous présentons nos excuses pour l'erreur de facturation. C'est "
            "Baptiste, à l'accueil, qui a saisi le mauvais tarif, mais la responsabilité "
            "en revient à notre établissement : nous avons revu la procédure de caisse et "
            "remboursé la différence."
        ),
        (
            "Bonjour, le remboursement de votre séance annulée a été effectué ce matin. "
            "Encore désolés pour ce contretemps."
        ),
        (
            "Toutes nos excuses pour la fermeture du toboggan : une pièce de sécurité "
            "devait être changée et le fournisseur ne l'a livrée que jeudi. Il est de "
            "nouveau ouvert."
        ),
        (
            "Conformément au Code du sport, la présence d'un maître-nageur diplômé est "
            "obligatoire pour ouvrir le bassin ; c'est pourquoi nous avons dû fermer une "
            "heure plus tôt dimanche. Nous en sommes sincèrement désolés et avons renforcé "
            "le planning."
        ),
        (
            "Le port de chaussettes antidérapantes est une exigence de notre assureur, et "
            "il protège aussi les petits pieds sur les toiles. Nous comprenons que cela "
            "ait pu surprendre ; elles sont en vente à 2 euros à l'accueil et "
            "réutilisables."
        ),
        (
            "Nous sommes désolés pour le vol dans les casiers. Les images de "
            "vidéosurveillance ont été transmises à la gendarmerie pour appuyer votre "
            "plainte ; n'hésitez pas à joindre la direction au 02 98 45 67 89."
        ),
        (
            "On plaide coupable : nos frites avaient visiblement connu l'ère des "
            "dinosaures, ce qui reste cohérent pour un parc préhistorique 😅 La friteuse a "
            "été changée !"
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques précises. Les sanitaires "
            "près de la volière seront rénovés cet hiver, et nous étudions vos autres "
            "suggestions."
        ),
        (
            "Merci pour votre avis. Nos relevés indiquent une eau à 28 degrés ce jour-là, "
            "mais nous entendons tout à fait que vous ayez eu froid dans le bassin "
            "extérieur. Écrivez-nous à contact@piscine-les-ondines.fr, nous aimerions en "
            "discuter avec vous."
        ),
        (
            "Toute l'équipe vous présente ses sincères condoléances. Votre maman venait "
            "nager chaque mardi depuis l'ouverture, et nous garderons d'elle un souvenir "
            "plein de tendresse."
        ),
        (
            "Félicitations pour ce brevet de 50 mètres, quelle belle progression depuis "
            "septembre ! Merci pour votre message."
        ),
        (
            "Nous comprenons la déception de votre petit bonhomme. La taille minimale de "
            "1,20 m est imposée par le constructeur pour sa sécurité ; en attendant, le "
            "Petit Train des Mines l'attend avec plaisir !"
        ),
        (
            "Vous avez raison, le tarif a augmenté de deux euros cette saison et nous nous "
            "en excusons. La hausse du coût de l'énergie pour chauffer les bassins nous y "
            "a contraints, mais les abonnements annuels restent au même prix."
        ),
        (
            "Merci pour ce retour très détaillé sur le centre de loisirs. Vos remarques "
            "sur l'accueil du matin et les menus nous sont précieuses, et nous testons dès "
            "lundi un accueil échelonné."
        ),
        "Merci, c'est corrigé. Bonne journée.",
        "merciii pour les 5 etoiles 🥰 a tres vite au parc !!",
        (
            "La Direction du Centre aquatique communautaire accuse réception de votre "
            "observation relative à l'accessibilité des bassins. L'élévateur a été remis "
            "en service cette semaine, et le service des usagers se tient à votre "
            "disposition à l'adresse usagers@aquacentre-agglo.fr."
        ),
        (
            "Merci pour votre gentil avis, ça nous fait bien plaisir ! Les stages de "
            "Pâques commencent le lundi, inscriptions au 081 22 33 44. À tantôt !"
        ),
        (
            "Merci pour votre retour. Nous sommes navrés pour l'attente à la caisse ; un "
            "deuxième guichet sera ouvert les mercredis après-midi dès la rentrée. "
            "Meilleures salutations, l'équipe de la piscine de Bellerive"
        ),
        (
            "Merci ben gros pour votre beau commentaire! Les jeunes ont eu ben du fun au "
            "camp de jour, pis nos moniteurs aussi. À l'été prochain!"
        ),
        (
            "Merci pour cet avis ! Petite info : à partir de septembre, la piscine ouvre à "
            "7 h en semaine et à 9 h le week-end."
        ),
        (
            "Merci beaucoup pour votre visite au Parc zoologique de Hann ! Nous sommes "
            "contents que les enfants aient aimé les hippopotames. À bientôt inch'Allah."
        ),
        (
            "Bonne nouvelle, notre parrainage est ouvert à tous : 10 % de réduction pour "
            "vous et pour chaque famille que vous nous présentez, que vous ayez laissé un "
            "avis ou non."
        ),
        (
            "Je suis sincèrement désolée que votre après-midi au parc ait été gâché par "
            "l'attente au snack. Ce n'est pas l'accueil que nous voulons offrir. "
            "Appelez-moi directement au 03 88 55 12 40, je serai heureuse d'en parler. "
            "Claire, responsable du parc"
        ),
        (
            "Vous avez raison, les vestiaires n'étaient pas assez propres dimanche et nous "
            "vous présentons nos excuses. Un nettoyage supplémentaire a été ajouté en "
            "milieu d'après-midi."
        ),
        (
            "Bonjour, merci pour votre message et desole pour l attente au snack. On a "
            "ajoute une deuxieme caisse le week end. A bientot"
        ),
        (
            "Pour des raisons de protection des données (RGPD), nous ne publions aucune "
            "photo d'enfants du centre de vacances sur les réseaux. Les familles peuvent "
            "en revanche consulter l'album privé avec le code remis au départ."
        ),
        (
            "Nous ne partageons pas tout à fait votre lecture de la situation, puisque "
            "l'activité poney figurait bien au programme du mardi. Cela dit, si le message "
            "n'était pas clair, c'est à nous de l'améliorer ; n'hésitez pas à nous appeler "
            "pour en parler."
        ),
        (
            "Chère Madame, nous vous remercions bien vivement de votre aimable mot. Nous "
            "sommes touchés que la promenade au bord du bassin des flamants vous ait "
            "rappelé de si beaux souvenirs. Avec nos respectueuses salutations."
        ),
        (
            "Merci pour ce bel avis ! Ravis que les minots se soient régalés sur les "
            "toboggans. À la revoyure !"
        ),
        (
            "Un grand merci pour votre visite en famille ! Les cigogneaux sont nés la "
            "semaine dernière, une bonne raison de revenir au printemps."
        ),
        (
            "Quatre étoiles, c'est déjà très bien ! Nous allons tout faire pour décrocher "
            "la cinquième, à commencer par plus d'ombre sur les terrasses."
        ),
        (
            "Notre mascotte Léon le lion avoue avoir un peu perdu de sa crinière cet été 😄 "
            "Il part chez le coiffeur la semaine prochaine. Merci pour votre bonne humeur "
            "!"
        ),
        (
            "Merci de votre compréhension pour la déclaration d'accident : notre assureur "
            "nous demande de consigner chaque soin, même minime. Nous espérons que la "
            "bosse n'est plus qu'un souvenir !"
        ),
        (
            "Nous vous remercions pour votre retour. Celui-ci a été transmis à notre "
            "direction des opérations, qui vous répondra sous cinq jours ouvrés. Pour "
            "toute urgence : serviceclients@parc-des-cimes.fr."
        ),
        (
            "Désolés pour la fermeture de la pataugeoire pendant la canicule ; un bris "
            "d'aqueduc dans la rue nous a forcés à la fermer, et on aurait dû l'annoncer "
            "plus vite sur Facebook. Elle est rouverte depuis jeudi."
        ),
    ],
}
