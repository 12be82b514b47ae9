"""Blind reply set, round 113: owner replies the pre-post check has never seen.

Who and when: written by helper w111, an independent writer, on 2026-12-07.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
plumbers, electricians, locksmiths, roofers, removal firms, house-cleaning
companies and pest-control firms.  Each French reply was written directly in
French, not translated.  Apart from the brief and the first seventy-five lines
of tests/replies/blind_round20.py, read only to copy its format, the writer did
NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or blind set, any other folder under /work,
the git history or /work/.library; did not run the check, any test or any
bench on these replies (only a syntax parse, a count of entries and ruff); and
did not search the code.  Nothing here was adjusted after seeing any result of
the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise correct reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech.  Registers: French from Lyon, Bordeaux, Nantes, Toulouse, Marseille,
Quimper, Lille, Paris, Strasbourg, Colmar, Grenoble, Avignon, Caen and other
regions, Belgium (Liege, Namur, Mons), Switzerland (Geneva, Lausanne, Morges,
Bulle, Sion), Quebec, Senegal, Cote d'Ivoire, Cameroon and Burkina Faso, plain,
warm, curt, very formal administrative, texting and unaccented; English from
the UK, Ireland, Canada, the United States, Australia, New Zealand, South
Africa and India, plain, warm, curt, corporate and texting with emoji.  Good
replies include look-alikes that are not faults: a loyalty or referral scheme
open to everyone whatever they write, the business's own phone, e-mail,
address or opening hours, staff praised by first name, a named employee's
mistake owned by the business, a refund already made, one honest reason given
with an apology, legal terms and guarantees, insurance, the police or a camera
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND113_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thanks a million for such a kind review of our work on your boiler. We know a cold house in "
                "January is miserable, so we're glad Dave could get out to you the same afternoon and have "
                "the heating back on before tea. It's great to hear he explained the pressure issue clearly "
                "and left the airing cupboard tidier than he found it. If you could bump the rating up to "
                "five stars, we'll knock £25 off your next annual boiler service as a little thank-you. "
                "Remember our emergency line runs around the clock if anything else crops up over the "
                "winter. Stay warm, and thanks again from everyone at Severnside Plumbing & Heating."
            ),
            "cheers legend 🙌 whack it up to 5⭐ n ur next callout's on us 🔧😎",
            (
                "Should you wish to revise your rating following our remedial visit, we would be pleased to "
                "extend a 15% courtesy reduction on any future pest-control contract. Customer Relations, "
                "Vermin Shield Ltd"
            ),
            (
                "We'd love to see this one updated once you've settled in, and there might just be a free "
                "end-of-tenancy clean waiting for you when you do 😉 Sparkle Sisters Cleaning, Auckland"
            ),
            (
                "Sorry for the trouble with the lock, sir. Kindly remove this review and we will do the "
                "spare key cutting free of cost for your whole family. Sharma Locksmiths, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce retour si chaleureux ! Un déménagement du quatrième "
                "étage sans ascenseur à la Croix-Rousse, ce n'est jamais une mince affaire, et nous sommes "
                "ravis que tout se soit bien passé. Karim et Julien ont été très touchés de lire que vous "
                "aviez apprécié leur bonne humeur et le soin apporté au piano de votre grand-mère. Si vous "
                "passez votre note à cinq étoiles, nous vous offrons volontiers les cartons pour votre "
                "prochain déménagement. Nous vous souhaitons plein de bonheur dans votre nouvel appartement "
                "et une belle installation. À bientôt peut-être, l'équipe Déménagements Rhône Express."
            ),
            "merci bcp !! si tu passes a 5 etoiles on te fait le detartrage du chauffe eau gratos 😉🚿",
            (
                "Nous vous saurions gré de bien vouloir reconsidérer l'appréciation portée sur notre "
                "intervention ; une remise de 20 % sur votre prochain contrat de dératisation vous serait "
                "alors accordée. La Direction, Nuisibles Services Normandie"
            ),
            (
                "Merci ben gros pis désolé pour l'attente! Enlève ton commentaire pis on te fait ton "
                "prochain ménage du printemps à moitié prix, promis 🙂 Ménage Éclair Saguenay"
            ),
            (
                "Merci beaucoup la famille ! Mettez-nous 5 étoiles seulement et la prochaine intervention "
                "sur votre tableau électrique c'est cadeau, on est ensemble 🙏⚡ Électro Plus Cocody"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for getting in touch, and we're sorry to hear the guttering at the back is still "
                "dripping after our visit. We take pride in our work across Harrogate and we always want "
                "customers to feel looked after from the first quote to the final clear-up. We've already "
                "pencilled in a slot next week to go back up and check the gutter joint at no cost. However, "
                "if this review isn't taken down by Friday, our solicitor will be in touch about the "
                "defamatory comments you've made. We'd much rather resolve things properly, so please ring "
                "the office on 01423 555 0192 and ask for Sue. Kind regards, Dales Roofing."
            ),
            "keep talkin like that online n see what happens mate, we know where u live 😤🔑",
            (
                "Please be advised that the content of this review has been referred to our legal "
                "department, and proceedings for defamation will be considered should it remain published. "
                "Compliance Team, Apex Electrical Services Ltd"
            ),
            (
                "We kept every photo from the job, and we'd hate for them to end up with your letting agent, "
                "so perhaps it's best to reconsider what you've written here. Clean Slate Cleaning, Dublin"
            ),
            (
                "Carry on posting like this and I'll make sure every pest control outfit in Durban has your "
                "name on their blacklist, boet. Bugs Away KZN"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire, et désolés que la fuite sous l'évier "
                "soit réapparue quelques jours après notre passage. Nous savons combien c'est pénible "
                "d'avoir de l'eau dans le placard de la cuisine, surtout avec des enfants à la maison. Notre "
                "technicien peut repasser dès jeudi pour vérifier le raccord, sans frais de déplacement. "
                "Sachez toutefois que si ce commentaire n'est pas modifié, notre avocat prendra contact avec "
                "vous pour diffamation. Nous restons convaincus qu'un échange direct réglera tout cela, "
                "n'hésitez pas à appeler l'agence au 05 56 00 12 34. Bien cordialement, Plomberie Garonne."
            ),
            "fais gaffe a ce que t ecris toi, on sait ou t habites 😡",
            (
                "Nous vous informons que votre publication a été transmise à notre service juridique, lequel "
                "se réserve le droit d'engager toute poursuite utile à l'encontre de son auteur. La "
                "Direction, Serrurerie Centrale de Lille"
            ),
            (
                "On ne voudrait pas devoir signaler à votre propriétaire l'état dans lequel on a retrouvé la "
                "cuisine, hein, alors réfléchissez bien avant de laisser ce genre d'avis. Net & Propre Liège"
            ),
            (
                "Nous vous prions de retirer ce commentaire dans les plus brefs délais, faute de quoi votre "
                "nom sera communiqué à tous les couvreurs du canton. Toitures Léman SA, Morges"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for the kind words, and welcome to the neighbourhood! Rewiring an older "
                "house in the Glebe always throws up a surprise or two, and we're glad the panel upgrade "
                "went smoothly in the end. Our apprentice Liam was thrilled to hear you noticed how "
                "carefully he patched the plaster afterwards. We'll drop the ESA certificate in the mail to "
                "you at 48 Fifth Avenue this week, so keep an eye on the letterbox. If anything flickers or "
                "trips over the next few weeks, just give us a call and we'll swing by. Thanks again for "
                "choosing Capital Current Electric, Ottawa."
            ),
            "Hi Jess, tried calling u on 07700 900461 three times, pick up pls 📞😅",
            (
                "We have reviewed booking reference RMV-20931 for Mr T. Okafor (move of 14 March, Leeds to "
                "Harrogate) and a claim form has been issued accordingly. Claims Department, Northern Star "
                "Removals"
            ),
            (
                "Glad the wasp nest is gone! Hope your wife and the twins are back home on Kedron Brook Road "
                "and enjoying the garden again. Buzz Off Pest Control, Brisbane"
            ),
            (
                "Dear Mrs. Kapoor, your payment of Rs 4,500 by card ending 7723 on 3rd June is received, "
                "kindly do not worry. Shine Home Cleaning Services, Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce gentil message ! Nous sommes ravis que le grand ménage de "
                "printemps vous ait redonné envie de recevoir chez vous. Sandrine et Maëlle ont adoré "
                "travailler dans votre maison, et elles ont été très touchées par le café que vous leur avez "
                "préparé. Comme convenu, elles repasseront mardi au 17 rue des Hauts-Pavés, et le code du "
                "portail que vous nous avez donné, 4712B, est bien noté dans la fiche. N'hésitez pas à nous "
                "dire si vous souhaitez ajouter le nettoyage des vitres à la prochaine intervention. Belle "
                "journée à vous, l'équipe Clair Logis Nantes."
            ),
            (
                "coucou Mme Rivière 😊 la facture est partie sur nathalie.riviere56@gmail.com, dites moi si "
                "vs l avez pas recue"
            ),
            (
                "Madame Lefèvre, conformément à votre dossier n° DR-2024-0817 relatif à l'intervention du 3 "
                "février au 22 avenue Foch, une contre-visite sera programmée. Le Service Clientèle, "
                "Dératisation Île-de-France"
            ),
            (
                "Merci Marc-André! Pis dis bonjour à ta blonde Julie, c'était le fun de vous voir emménager "
                "ensemble au 3e sur Saint-Hubert 😉 Déménagement Les Gros Bras"
            ),
            (
                "Merci M. Ndiaye, nous avons bien reçu votre paiement Wave depuis le 77 123 45 67, la "
                "réparation de la serrure est donc soldée. Serrurerie Touba, Dakar"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for your review, and we're sorry the mice came back so quickly after our first "
                "treatment. Rodent problems in older terraces can be stubborn, especially when gaps under "
                "the floorboards link several houses. Our technician laid fresh bait stations on his second "
                "visit, and we've booked a third check for next week at no charge. Honestly, it's pretty "
                "clear you were just angling for a free job from the start. We'll keep monitoring until the "
                "property is clear, and you're welcome to call the office any time. Best wishes, Northwest "
                "Pest Solutions."
            ),
            "lol stop lying to ppl online mate, everyone can see thru u 🙄🤡",
            (
                "It is evident that this review was written in bad faith, with the sole intention of "
                "avoiding payment of an outstanding invoice. Management, Summit Roofing Contractors"
            ),
            (
                "Some customers are just never happy, and frankly you strike us as one of them, mate. "
                "Outback Removals Perth"
            ),
            "Would you ever cop on, you're a right moaner so you are. Shamrock Sparkle Cleaning, Cork",
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de laisser un avis détaillé. Nous sommes désolés que "
                "le disjoncteur ait encore sauté après la mise aux normes de votre tableau, et nous "
                "comprenons l'agacement que cela provoque. Notre électricien a déjà vérifié la section des "
                "câbles, et nous proposons de revenir contrôler le circuit de la cuisine cette semaine. "
                "Franchement, on voit bien que vous cherchiez surtout à ne pas payer la facture. Nous "
                "restons bien sûr joignables à l'atelier du lundi au vendredi. Cordialement, Élec Occitanie."
            ),
            "t es vraiment qu un gros menteur 😂 arrete ton cinema",
            (
                "Nous constatons que vous faites preuve d'une mauvaise foi manifeste, dont l'unique but "
                "semble être d'obtenir une prestation gratuite. La Direction, Toitures du Périgord"
            ),
            (
                "Savez-vous, des clients aussi râleurs et mal élevés que vous, on n'en voit pas souvent à "
                "Namur. Déménagements Meuse & Sambre"
            ),
            (
                "Mon frère, vous êtes un profiteur, vous voulez toujours tout gratuit. Ets Kouassi "
                "Nettoyage, Yamoussoukro"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for taking the time to leave a review after your lockout. Getting stuck outside in "
                "the Edinburgh drizzle is no fun, and we're glad Callum reached you within forty minutes. He "
                "fitted a new euro cylinder on the spot and left you with three keys, which is our standard "
                "for every emergency call. And congratulations on discovering that locksmiths charge more at "
                "midnight than at noon, truly a ground-breaking revelation. If you'd like a breakdown of the "
                "call-out charge, our office is open Monday to Friday and we're happy to go through it. All "
                "the best, Castle Rock Locksmiths."
            ),
            "oh wow 2 stars, we're sooo devastated 😭😭 how will we ever recover 🙄",
            (
                "We are deeply grateful for your expert assessment of roof drainage, which we trust was "
                "acquired over many distinguished years in the profession."
            ),
            (
                "So sorry the cleaners didn't also do your ironing, walk the dog and file your taxes, we'll "
                "work on that 😊 Spotless Cape Town"
            ),
            (
                "Cheers for the heads-up that cockroaches don't vanish in five minutes, never would've "
                "guessed that one ourselves. Kiwi Pest Control, Hamilton"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après votre déménagement vers Aix. Un "
                "déménagement en plein mois d'août, avec la chaleur, est une épreuve pour tout le monde, "
                "déménageurs compris. Nos trois gars ont chargé le camion en moins de quatre heures et "
                "toutes vos caisses sont arrivées intactes, ce qui nous fait plaisir. Bravo en tout cas pour "
                "votre découverte : oui, une armoire normande pèse lourd, merci de nous l'apprendre après "
                "vingt ans de métier. Pour la petite rayure sur le buffet, notre assurance est bien sûr à "
                "votre disposition, il suffit d'envoyer une photo au bureau. Bonne installation, l'équipe "
                "Provence Déménagement."
            ),
            "ohlala 1 etoile on va pas s en remettre 😭😭 merci du fond du coeur hein 🙄",
            (
                "Nous vous remercions vivement pour cette leçon de plomberie, dont nos artisans diplômés ne "
                "manqueront pas de faire leur miel."
            ),
            (
                "Ben voyons, on est vraiment désolés que la toiture ait pas été refaite en 20 minutes comme "
                "dans tes vidéos YouTube 🙃 Toitures Boréal, Rimouski"
            ),
            (
                "Quelle surprise, un client qui découvre que les cafards ne disparaissent pas en une nuit ! "
                "On n'avait jamais vu ça, vraiment. Anti-Nuisibles Genève"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for letting us know, and we're genuinely sorry your end-of-tenancy clean didn't "
                "meet the standard you expected. We know how much is riding on getting your deposit back, "
                "and that makes a missed oven or a dusty skirting board feel like a big deal. We've already "
                "arranged for a supervisor to return on Thursday to redo the kitchen and bathroom free of "
                "charge. To be honest, the problem was Kasia, who rushed the job because she wanted to leave "
                "early, and that's entirely down to her. We've also added an extra checklist step for all "
                "our end-of-tenancy work. Please call the office on 020 7946 0321 if there's anything else "
                "we can do. Warm regards, Fresh Start Cleaning."
            ),
            "soz about that!! tbh it was Ryan's fault, he forgot the washers again 🙄🔧",
            (
                "Following an internal review, we can confirm the fault arose solely from the negligence of "
                "our engineer, Mr Gary Holt, who failed to isolate the circuit. Quality Assurance, "
                "Brightline Electrical"
            ),
            (
                "We've had a word with Thabo, who was on the van that day. He's the one who let the sofa "
                "slip, not the rest of the crew. Jozi Movers"
            ),
            (
                "Sir, the wrong chemical was used by our technician Ramesh Kumar only, he has been told many "
                "times, management is not at fault. Pest Guard Services, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message, nous sommes sincèrement désolés pour cette "
                "infiltration dans la chambre après l'orage. Nous savons à quel point c'est stressant de "
                "voir une tache d'humidité apparaître au plafond. Nous avons déjà prévu de remonter sur le "
                "toit lundi matin pour reprendre le solin autour de la cheminée, sans aucun frais. C'est "
                "Yann qui a bâclé la pose ce jour-là, il n'a pas suivi nos consignes. Nous vous enverrons "
                "aussi des photos avant et après l'intervention pour que vous soyez rassurés. Bien à vous, "
                "Couverture Armor, Quimper."
            ),
            "dsl c est Kevin qui a oublie de fermer la vanne 🤦",
            (
                "Après enquête interne, il apparaît que la responsabilité incombe exclusivement à notre "
                "agente, Mme Sophie Garnier, qui n'a pas respecté le protocole. La Direction, Propreté "
                "Services Strasbourg"
            ),
            (
                "Faut dire que c'est Jean-Luc qui était sur le chantier ce jour-là, nous autres on n'y est "
                "pour rien, hein. Électricité Dubois, Mons"
            ),
            (
                "Pardon maman, c'est le petit Serge qui a mal posé le produit contre les cafards, il ne fait "
                "jamais attention. Hygiène Plus Douala"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your feedback, and we're sorry the move took longer than you'd hoped. Moving "
                "day is stressful enough without delays, and we appreciate you taking the time to tell us. "
                "The crew did look after your piano beautifully, and we're glad nothing was damaged. The "
                "delay was because the M1 was closed at Junction 24, the lift in your new building was out "
                "of order, the council's parking suspension was in the wrong bay, two of our lads had been "
                "on a late job the night before, the satnav sent us the long way round and the loft on the "
                "third floor wasn't on the original survey. We'll be in touch about the hours billed. Best "
                "wishes, Midlands Move Masters."
            ),
            (
                "look the parts were late, the van broke down, it was raining, my phone died AND the "
                "merchant gave us the wrong valve so not really our fault 🤷"
            ),
            (
                "Please note that the delay resulted from a combination of supplier lead times, adverse "
                "weather warnings, statutory working-at-height restrictions, scaffolding availability, staff "
                "annual leave and an unexpected increase in demand across the region, all of which were "
                "outside our control."
            ),
            (
                "To be fair to us, the ants had been there for years, the kitchen wasn't cleared before the "
                "visit, the product needs three weeks, the weather was warm, the neighbours weren't treated "
                "and it's all on the leaflet."
            ),
            (
                "Mate, we were late cos the ute got a flat, the bloke before you had a shocker of a blocked "
                "drain, the Pacific Hwy was a nightmare and the supplier stuffed up the order, so yeah."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre expérience. Nous comprenons "
                "parfaitement votre agacement d'être resté bloqué devant votre porte plus longtemps que "
                "prévu. Notre serrurier a pu ouvrir sans abîmer la porte et poser un nouveau cylindre le "
                "soir même. Il faut dire que le périphérique était bouché, qu'il pleuvait des cordes, que "
                "deux autres urgences étaient arrivées juste avant, que le digicode de l'immeuble ne "
                "marchait pas, que notre fournisseur avait livré la mauvaise référence de cylindre la veille "
                "et que notre standard était saturé à cause d'une panne informatique. Nous restons à votre "
                "disposition au 01 42 00 00 00 pour toute question. Cordialement, Serrurerie Bastille "
                "Dépannage."
            ),
            (
                "bah le camion etait en panne, y avait des bouchons, le client d avant nous a retenus, on "
                "avait pas la bonne piece et en plus il pleuvait donc bon 🤷"
            ),
            (
                "Nous tenons à préciser que ce retard résulte conjointement des délais d'approvisionnement "
                "de nos fournisseurs, des conditions météorologiques défavorables, des contraintes "
                "réglementaires relatives au travail en hauteur, de l'indisponibilité de l'échafaudage, des "
                "congés de nos compagnons et d'une hausse exceptionnelle de la demande."
            ),
            (
                "Faut comprendre, y'avait une tempête, le chemin était pas déneigé, le char du technicien a "
                "pas parti, le produit était en rupture chez le fournisseur pis on avait deux employés "
                "malades, ça fait que c'est pas vraiment de notre faute."
            ),
            (
                "Le ménage n'était pas parfait, mais l'aspirateur a lâché, la personne habituelle était en "
                "congé, on n'a pas trouvé de place de parc, les produits n'étaient pas arrivés et la lumière "
                "du salon était trop faible pour bien voir la poussière, voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for taking the time to leave a review, and we're sorry you've had a stressful few "
                "weeks with the bathroom. A refit is a big upheaval for any household, and we know living "
                "without a shower for even a few days is hard going. The team worked hard to get the tiling "
                "finished before the bank holiday, and we're glad you like how the new vanity unit looks. As "
                "for the leak, that simply never happened: our lads never leave a job without "
                "pressure-testing every joint. We'd still be happy to talk things through, so please give "
                "the office a ring on (01) 555 0147. Kind regards, Liffey Plumbing & Heating."
            ),
            "nah that never happened lol 🤷",
            (
                "We categorically refute the allegation that any damage occurred during the removal; our "
                "crews do not damage client property."
            ),
            (
                "With respect, it is quite impossible that the socket failed. Our electricians simply don't "
                "make mistakes of that kind."
            ),
            (
                "Sorry but this is not possible, our technicians never come late, not even one time. Quick "
                "Fix Locksmiths, Hyderabad"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour, et désolés que la présence de souris dans votre cave vous "
                "inquiète encore. Nous savons à quel point ce genre de nuisance peut gâcher le quotidien, "
                "surtout avec de jeunes enfants. Notre technicien a posé huit postes d'appâtage sécurisés et "
                "colmaté les passages repérés le long des canalisations. Quant aux produits laissés à portée "
                "des enfants, cela n'est tout simplement jamais arrivé : nos équipes ne laissent jamais rien "
                "traîner. Nous pouvons repasser contrôler les postes la semaine prochaine si vous le "
                "souhaitez, il suffit d'appeler l'agence. Bien cordialement, Nord Nuisibles, Lille."
            ),
            "n importe quoi, ca s est jamais passe comme ca 🙄",
            (
                "Nous contestons formellement les faits allégués : aucun dégât n'a été occasionné lors de "
                "l'intervention, nos compagnons ne commettant jamais ce type d'erreur."
            ),
            (
                "C'est impossible, nos déménageurs ne cassent jamais rien, vous devez confondre avec une "
                "autre entreprise. Déménagements Romands, Lausanne"
            ),
            (
                "Non non, nos électriciens ne sont jamais arrivés en retard chez vous, ce n'est pas vrai du "
                "tout. Touba Électricité Services, Thiès"
            ),
        ],
    },
}

BLIND113_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for letting us know about the dripping tap, and we're sorry it started again so soon "
            "after our visit. That's not the standard we aim for. We've booked an engineer to come back at "
            "no cost and fit a better-quality cartridge. If the time doesn't suit, please ring the office "
            "and we'll move it. Severn Valley Plumbing"
        ),
        (
            "Thanks for choosing us again! Just so you know, every customer gets 10% off their third service "
            "with our loyalty card, whatever they think of us, so ask Dave for one next time. Cheers, Dalton "
            "Electrical, Hull"
        ),
        (
            "We're really sorry nobody answered when you called on Sunday. Our emergency line is 0800 123 "
            "4567 and it's staffed around the clock; our office e-mail is help@ironkeylocks.co.uk if you'd "
            "prefer to write. Please get in touch so we can put this right. Iron Key Locksmiths, Leicester"
        ),
        (
            "Wow, thank you! Priya and Tom will be chuffed to read this, they really did work wonders on "
            "that oven. See you next month! Sparkle & Shine, Reading"
        ),
        (
            "We're sorry the shower tray wasn't sealed properly when Mark fitted it. That's on us as a "
            "business: we should have had the work checked before we left. We'll be back on Tuesday to "
            "reseal it free of charge and we'll cover any damage to the ceiling below. Coastline Bathrooms & "
            "Plumbing, Brighton"
        ),
        (
            "Thank you for your patience. As discussed on the phone, we've refunded the call-out fee in full "
            "to your original payment method, and it should show within three to five working days. Sorry "
            "again for the wasted morning. Harbour Locksmiths, Cork"
        ),
        (
            "Sorry we were two hours late on Friday. Our van broke down on the A38 on the way to you, and we "
            "should have called sooner to let you know. We apologise, and we've made sure the office now "
            "rings ahead whenever a crew is running behind. Pennine Roofing"
        ),
        (
            "Thanks for your review. For clarity, our terms and conditions set out a 12-month guarantee on "
            "all new roof work, so you're fully covered if the leak returns. Just call us and we'll come "
            "straight out. Highland Roofing, Inverness"
        ),
        (
            "We're really sorry your dresser was scratched during the move. Our goods-in-transit insurance "
            "covers this, and we've sent the claim form to the e-mail address you gave us privately. We'll "
            "make sure it's settled quickly. Kiwi Shift Movers, Wellington"
        ),
        (
            "We're so sorry to hear about the break-in. If it helps, our van's dash camera recorded the "
            "street that morning, and we're happy to pass the footage to the police if they ask for it. "
            "We've also fitted a temporary lock free of charge. Guardian Locks, Johannesburg"
        ),
        (
            "Thanks for the laugh and the five stars! Yes, our ladder did try to escape down the driveway, "
            "and we've had a stern word with it. Glad the gutters are finally flowing. Top Notch Roofing, "
            "Adelaide"
        ),
        (
            "Thank you for your 3-star review. We hear you on the communication: you should have had a text "
            "the day before confirming the time. We've fixed that in our booking system this week. Pest Free "
            "Canberra"
        ),
        (
            "Thanks for your feedback. Our job sheet shows the technician arriving at 10:15, within the "
            "window we gave, but we understand it felt late when you'd taken the morning off, and we're "
            "sorry for that. If you remember it differently, please call me directly and we'll look into it "
            "together. Joanne, Office Manager, Bright Spark Electrical"
        ),
        (
            "We're so sorry for your loss. It was a privilege to help your family clear your mum's home, and "
            "we hope everything went as gently as it could. Take care. Dignity Removals, Cardiff"
        ),
        (
            "Congratulations on your first home! 🎉 Thanks for trusting us with the big move, and enjoy every "
            "minute in the new place. The team at Maple Leaf Movers, Halifax"
        ),
        (
            "Thank you for the kind review. Just so you know why we asked everyone to stay out of the "
            "kitchen for four hours: the treatment needs time to dry, and we'd never want children or pets "
            "near it while it does. Hope the house stays cockroach-free! SafeHome Pest Control, Durban"
        ),
        (
            "We're sorry the price went up since your last clean. Our product and fuel costs have risen "
            "quite a bit this year, and it's our first rate change since 2021. We should have let regular "
            "customers know sooner, and we apologise for that. Tidy Nest Cleaning, Vancouver"
        ),
        (
            "Thank you for such detailed and thoughtful feedback. Your point about the quote not itemising "
            "the labour is spot on, and we're changing our quote template because of it. We really "
            "appreciate you taking the time. Clearwater Plumbing, Toronto"
        ),
        "thank u so much!! 🙌 glad the heating's back on, stay warm 🔥 Jamie @ Flowfix Plumbing",
        "Thanks, glad it's all working. AJ Electrical",
        (
            "Thank you for your feedback regarding your recent removal. We regret that the arrival time did "
            "not meet your expectations and have reviewed our scheduling procedures accordingly. Our "
            "Customer Care team would welcome the opportunity to discuss this further on 0345 600 1234. "
            "Customer Care, Britannia Moves Ltd"
        ),
        (
            "Thank you very much for your kind words, sir. Our team is happy the termite treatment was done "
            "to your satisfaction. Please do call us for the free follow-up inspection after six months. "
            "Green Shield Pest Control, Kochi"
        ),
        (
            "Ah thanks a million, that's very good of you. Delighted the new locks are doing the job and the "
            "door's not sticking anymore. Mind yourself! Seán, Claddagh Locksmiths, Galway"
        ),
        (
            "Thanks for the lovely review! If any friends or neighbours need a clean, our refer-a-friend "
            "offer gives you both £15 off, and it's open to all our customers, review or no review. Bubbles "
            "& Brooms, Norwich"
        ),
        (
            "Sorry you couldn't reach us on Saturday afternoon. Our office is open Monday to Friday 8am to "
            "6pm and Saturday 9am to 1pm, but the emergency line runs day and night for leaks and burst "
            "pipes. We've now made that clearer on our website. Tynemouth Plumbing"
        ),
        (
            "We're really sorry about the broken tiles left in your flower bed. That shouldn't have "
            "happened, and we've reminded the whole crew that the clear-up is part of the job. Someone will "
            "pop round tomorrow to collect them and check the plants. Kestrel Roofing, Gloucester"
        ),
        (
            "G'day, thanks for the honest review. Sorry the smoke alarm install took two visits, we didn't "
            "have the right bracket on the van the first time. Won't happen again, and there's no charge for "
            "the second trip. Cheers, Rob, Sunburnt Country Electrical, Townsville"
        ),
        (
            "Shot for the five stars! Sipho and Lerato will be so pleased, they really loved helping you "
            "settle into the new flat. Table Bay Movers, Cape Town"
        ),
        (
            "Thank you for the review. For any lockout we ask for proof of address before opening a door; "
            "it's a rule agreed with the local police to protect everyone's home, including yours. Sorry it "
            "slowed things down on the night. SecureWay Locksmiths, Auckland"
        ),
        (
            "Thanks heaps! Really pleased the wasps are gone and the kids can play outside again. Kauri Pest "
            "Control, Whangarei"
        ),
        (
            "Hi there, thank you for taking the time to write this. We're sorry the basement still smells "
            "damp after the drain work. We'd like to send our supervisor to take a proper look; could you "
            "e-mail us at service@prairieplumbing.ca with a good time? Prairie Plumbing, Winnipeg"
        ),
        "ayy thanks for the 5 stars 🙏🔑 glad we got you back in fast!! Lockstar, Phoenix",
        (
            "Thank you for your review. Under our workmanship guarantee and the Consumer Rights Act, you're "
            "entitled to a repair at no cost, and we'd like to arrange that whenever suits you. Please call "
            "0121 496 0000. Midland Rewire Ltd"
        ),
        (
            "Thank you for the feedback. We did quote for two movers rather than three, which is why it took "
            "longer than you'd hoped, and I'm sorry that wasn't clearer on the quote. If you'd like to go "
            "through it together, I'm on 044 555 0198. Thandi, Garden Route Removals, George"
        ),
        (
            "Ha, we promise our team is better at cleaning than at parking, sorry about blocking the drive! "
            "Thanks for the kind words about the carpets. Sudsy Steam Cleaning, Leeds"
        ),
        (
            "Thank you for the 4 stars and for explaining exactly what could have been better. You're right "
            "that the kitchen cupboards should have been wiped inside too; that's now on our checklist. "
            "Homeshine, Dunedin"
        ),
        (
            "Our thoughts are with you and your family. Please don't worry about the invoice for now; call "
            "us when you're ready and we'll sort it out together. Harris & Sons Electrical, Belfast"
        ),
        (
            "Congratulations on the new arrival! Glad we could get the nursery sockets sorted in time. Volt "
            "Brothers, Calgary"
        ),
        (
            "We're sorry the final bill came in higher than the estimate. When we opened the wall we found "
            "corroded pipes that had to be replaced to meet code, and we should have called you before going "
            "ahead. We've reduced the bill to match our original quote, and a corrected invoice is on its "
            "way. Lone Star Plumbing, Austin"
        ),
        (
            "Dear Sir or Madam, thank you most kindly for your generous words. It has been a pleasure to "
            "look after your home all these years, and we look forward to many more. With warm regards, "
            "Margaret, Whitstable Domestic Services"
        ),
    ],
    "fr": [
        (
            "Bonjour, merci de nous avoir signalé ce problème, et toutes nos excuses pour le robinet qui "
            "goutte à nouveau. Nous repasserons gratuitement pour changer la cartouche. Appelez le bureau si "
            "le créneau proposé ne vous convient pas. L'équipe Plomberie du Vieux-Port, Marseille"
        ),
        (
            "Merci de votre fidélité ! Pour info, tous nos clients bénéficient de 10 % de remise sur le "
            "troisième ramonage avec la carte fidélité, quel que soit leur avis. Bonne journée, Toitures "
            "Vosgiennes, Épinal"
        ),
        (
            "Nous sommes désolés que personne n'ait répondu dimanche. Notre ligne d'urgence, le 03 89 00 11 "
            "22, est joignable 7 j/7, et vous pouvez aussi écrire à contact@serrurerie-alsace.fr. "
            "Contactez-nous pour que nous trouvions une solution. Serrurerie d'Alsace, Colmar"
        ),
        (
            "Merci beaucoup ! Fatou et Inès seront ravies de lire votre message, elles ont fait un travail "
            "formidable sur votre terrasse. À la prochaine, Nickel Chrome Nettoyage, Montpellier"
        ),
        (
            "Nous sommes désolés que le joint posé par Thomas n'ait pas tenu. C'est notre responsabilité "
            "d'entreprise : nous aurions dû contrôler le travail avant de partir. Nous revenons mardi "
            "refaire le joint et prendrons en charge les dégâts au plafond. Plomberie Dubreuil, Tours"
        ),
        (
            "Merci de votre patience. Comme convenu au téléphone, les frais de déplacement vous ont été "
            "intégralement remboursés ; le virement devrait apparaître sous trois jours ouvrés. Encore "
            "pardon pour cette matinée perdue. Serrures & Clés, Grenoble"
        ),
        (
            "Toutes nos excuses pour notre retard de deux heures vendredi. Notre camion est tombé en panne "
            "sur la rocade et nous aurions dû vous prévenir plus tôt. Désormais, le bureau appelle "
            "systématiquement en cas de retard. Bien à vous, Couverture Bordelaise"
        ),
        (
            "Merci pour votre avis. Pour rappel, la garantie décennale couvre l'ensemble de nos travaux de "
            "toiture : si la fuite revient, nous intervenons sans frais. N'hésitez pas à nous appeler. "
            "Toitures de Savoie, Chambéry"
        ),
        (
            "Nous sommes sincèrement désolés pour la rayure sur votre commode. Notre assurance couvre ce "
            "type de dommage et nous vous avons envoyé le formulaire par courriel, à l'adresse que vous nous "
            "avez donnée en privé. Nous veillerons à ce que ce soit réglé rapidement. Déménagements "
            "Flandres, Lille"
        ),
        (
            "Nous sommes navrés d'apprendre ce cambriolage. Si cela peut aider, nous pouvons remettre à la "
            "police la facture et les photos de la serrure forcée pour votre dépôt de plainte. Nous avons "
            "aussi posé une serrure provisoire gratuitement. Serrurerie Mosane, Namur"
        ),
        (
            "Merci pour les cinq étoiles et pour le fou rire ! Oui, notre échelle a bien essayé de s'enfuir "
            "dans l'allée, on l'a sermonnée. Ravis que les gouttières fonctionnent enfin. Les Toits du "
            "Sud-Ouest, Agen"
        ),
        (
            "Merci pour vos trois étoiles. Vous avez raison sur la communication : vous auriez dû recevoir "
            "un SMS la veille pour confirmer l'horaire. C'est corrigé dans notre logiciel de réservation "
            "depuis cette semaine. Nuisibles Express, Orléans"
        ),
        (
            "Merci pour votre retour. D'après notre planning, le technicien est arrivé à 10 h 15, dans le "
            "créneau annoncé, mais nous comprenons que l'attente ait paru longue et nous en sommes désolés. "
            "Si votre souvenir est différent, appelez-moi directement et nous regarderons cela ensemble. "
            "Claire, responsable d'agence, Élec'Nantes"
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Ce fut un honneur de vous aider à vider la "
            "maison de votre papa, et nous espérons que tout s'est passé le plus doucement possible. Prenez "
            "soin de vous. Déménagements Fortin, Trois-Rivières"
        ),
        (
            "Félicitations pour votre première maison ! 🎉 Merci de nous avoir confié ce grand déménagement, "
            "profitez bien de votre nouveau chez-vous. L'équipe Déménagements Laurentides"
        ),
        (
            "Merci pour votre gentil commentaire. Si nous avons demandé de ne pas entrer dans la cuisine "
            "pendant quatre heures, c'est que le produit doit sécher et que nous ne voulons prendre aucun "
            "risque pour les enfants ni les animaux. Bonne continuation sans cafards ! Hygiène Habitat, "
            "Toulon"
        ),
        (
            "Nous sommes désolés que le tarif ait augmenté depuis votre dernier ménage. Le prix des produits "
            "et du carburant a beaucoup monté cette année, et c'est notre première hausse depuis 2021. Nous "
            "aurions dû prévenir nos clients réguliers plus tôt, veuillez nous en excuser. Net'Services, "
            "Clermont-Ferrand"
        ),
        (
            "Merci pour ce retour si détaillé et constructif. Votre remarque sur le devis qui ne détaillait "
            "pas la main-d'œuvre est tout à fait juste, et nous modifions nos devis en conséquence. Merci "
            "d'avoir pris ce temps. Plomberie Lemaire, Reims"
        ),
        "merci bcp !! 🙌 contente que le chauffage remarche, bonne soiree au chaud 🔥 Lucie, Thermo Dépann'",
        "Merci, ravis que tout fonctionne. Élec Martin.",
        (
            "Madame, Monsieur, nous accusons réception de votre appréciation et vous prions de bien vouloir "
            "accepter nos excuses pour le retard constaté lors de l'intervention. Nos procédures de "
            "planification ont été réexaminées en conséquence. Notre service clientèle se tient à votre "
            "disposition au 01 45 00 00 00. Veuillez agréer nos salutations distinguées. La Direction, "
            "Société Parisienne de Dératisation"
        ),
        (
            "Merci beaucoup pour votre message. Nous sommes contents que le débouchage se soit bien passé et "
            "que votre salle de bains soit de nouveau utilisable. Nous vous souhaitons une belle fin de "
            "semaine. Sanitaires Gruyère Sàrl, Bulle"
        ),
        (
            "Merci beaucoup, ça nous fait vraiment plaisir ! Contents que le déménagement vers Wavre se soit "
            "bien passé, et bonne installation. À la revoyure, l'équipe Déménagements Brabant"
        ),
        (
            "Merci pour ce chouette avis ! Si vos amis ou voisins ont besoin d'un ménage, notre offre "
            "parrainage vous fait gagner 15 € chacun ; elle est ouverte à tous nos clients, avis ou pas. "
            "Bulles & Balais, Rennes"
        ),
        (
            "Désolés que vous n'ayez pas pu nous joindre samedi après-midi. Le bureau est ouvert du lundi au "
            "vendredi de 8 h à 18 h et le samedi de 9 h à 12 h, mais la ligne d'urgence fonctionne jour et "
            "nuit pour les fuites. Nous l'avons indiqué plus clairement sur notre site. Plomberie Vendéenne, "
            "La Roche-sur-Yon"
        ),
        (
            "Nous sommes vraiment désolés pour les débris de tuiles laissés dans votre massif. Ce n'est pas "
            "acceptable, et nous avons rappelé à toute l'équipe que le nettoyage fait partie du chantier. "
            "Quelqu'un passera demain les ramasser. Couverture Picarde, Amiens"
        ),
        (
            "Bonjour, merci pour ton commentaire honnête. Désolés que l'installation des détecteurs de fumée "
            "ait pris deux visites, on n'avait pas le bon support dans le camion la première fois. Le "
            "deuxième déplacement est bien sûr à nos frais. Bonne journée! Électricité Chaudière-Appalaches"
        ),
        (
            "Grand merci pour les cinq étoiles ! Moussa et Aïcha sont très contents, ils ont eu plaisir à "
            "vous aider à vous installer. Que Dieu vous garde ! Déménagement Teranga, Dakar"
        ),
        (
            "Merci pour votre avis. Pour toute ouverture de porte, nous demandons un justificatif de "
            "domicile : c'est une règle recommandée par la police pour protéger chaque logement, y compris "
            "le vôtre. Désolés que cela ait ralenti les choses ce soir-là. Serrurerie Lyonnaise"
        ),
        (
            "merci beaucoup, ravis que les guepes soient parties et que les enfants puissent rejouer dehors "
            "! a bientot, Anti-Guepes 84, Avignon"
        ),
        (
            "Bonjour, merci d'avoir pris le temps d'écrire. Nous sommes désolés que le sous-sol sente encore "
            "l'humidité après les travaux de drain. Nous aimerions envoyer notre contremaître vérifier; "
            "pouvez-vous nous écrire à service@plomberieestrie.ca pour fixer un moment? Plomberie de "
            "l'Estrie, Sherbrooke"
        ),
        "merci la famille 🙏🔑 contents de vous avoir ouvert vite fait ! Serrurier Express Abidjan",
        (
            "Merci pour votre avis. Au titre de la garantie de parfait achèvement, vous avez droit à une "
            "reprise gratuite des travaux, et nous souhaitons l'organiser au plus vite. Appelez-nous au 04 "
            "67 00 00 00. Électricité Hérault"
        ),
        (
            "Merci pour votre retour. Le devis prévoyait bien deux déménageurs et non trois, ce qui explique "
            "la durée, mais nous sommes désolés que ce ne soit pas apparu plus clairement. Si vous voulez en "
            "parler, je suis joignable au 02 31 00 00 00. Hélène, Déménagements Normands, Caen"
        ),
        (
            "Promis, notre équipe nettoie mieux qu'elle ne se gare, désolés pour l'allée bloquée ! Merci "
            "pour vos mots sur les tapis. Vapeur & Propreté, Liège"
        ),
        (
            "Merci pour les quatre étoiles et pour avoir expliqué ce qui aurait pu être mieux. Vous avez "
            "raison pour l'intérieur des placards, c'est désormais sur notre liste de contrôle. Ménage Plus, "
            "Lausanne"
        ),
        (
            "Toutes nos pensées vous accompagnent, vous et votre famille. Ne vous souciez pas de la facture "
            "pour l'instant ; appelez-nous quand vous serez prêts et nous trouverons une solution ensemble. "
            "Électricité Kaboré, Ouagadougou"
        ),
        (
            "Félicitations pour la naissance ! Ravis d'avoir pu installer les prises de la chambre du bébé à "
            "temps. Élec'Pro Haute-Savoie, Annecy"
        ),
        (
            "Nous sommes désolés que la facture finale ait dépassé le devis. En ouvrant la cloison, nous "
            "avons trouvé des tuyaux corrodés à remplacer pour des raisons de sécurité, et nous aurions dû "
            "vous appeler avant. Nous avons ramené la facture au montant du devis initial ; la facture "
            "rectifiée vous a été envoyée. Plomberie Alpine, Sion"
        ),
        (
            "Chère Madame, cher Monsieur, nous vous remercions très sincèrement de vos aimables paroles. "
            "C'est un plaisir de prendre soin de votre maison depuis tant d'années, et nous espérons "
            "continuer encore longtemps. Avec nos meilleures salutations, Jacqueline, Services Ménagers du "
            "Jura, Lons-le-Saunier"
        ),
    ],
}
