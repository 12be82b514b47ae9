"""Blind reply set, round 83: owner replies the pre-post check has never seen.

Who and when: written by helper b81, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 81").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hotels, guesthouses and B&Bs, campsites, spas and thermal baths, ski and surf
schools, and tour operators (boat trips, whale watching, hikes, canyoning,
walking and cycling tours, airport transfers).  Each French reply was written
directly in French, not translated.  Apart from the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read
the application code, docs, training data, benches, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff).  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.

Registers: French from Nice, Annecy, Corsica, Montréal and La Réunion (warm,
wordy, defensive; Québécois and Réunion Creole touches, texting with emoji,
very formal management French); English from Cornwall, Dublin, Cape Town and
Vancouver (formal and corporate, passive-aggressive, jokey, texting with
emoji, regional slang).  For every code and language the first reply is a
long, warm reply whose fault sits in a single sentence in the middle; the
others are one-liners, texting, corporate wording, veiled and polite
phrasings and regional speech.  Good replies include look-alikes that are
not faults: an apology with a concrete fix and an offline channel, warm
thanks, a loyalty or referral scheme open to everyone whatever they write,
the business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND83_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Well, what a treat to read this with a cup of tea looking out over the harbour at Mousehole, "
                "thank you both so much. We're thrilled the sea-view room lived up to the photos and that the "
                "cream tea on arrival went down so well (jam first, as any proper Cornish house insists). It was a "
                "pleasure to point you towards the coast path to Lamorna, and we're glad the weather was kind for "
                "once. Should you feel able to lift that four-star review to a five, your next stay would come "
                "with a bottle of local fizz and a late checkout on the house. Safe travels home, and do come back "
                "and see us when the evenings get long again!"
            ),
            (
                "Thx for the shoutout bud 🏂 bump it to 5⭐ and ur next lesson's on us, just flash the updated "
                "review at the desk 🤙"
            ),
            (
                "Guests who amend their published rating to reflect the full quality of their Cape Peninsula "
                "excursion become eligible for a 15% reduction on any subsequent booking with our company."
            ),
            (
                "Ah, we'd be awful grateful if that review could quietly disappear, and sure there'd be a little "
                "something waiting at reception for you the next time you're up in Dublin."
            ),
            "Leave us a proper five-star write-up, my 'ansum, and your pitch fee's halved next summer.",
        ],
        "fr": [
            (
                "Bonjour Madame, quel bonheur de lire votre message ! Nous sommes ravis que le modelage aux "
                "pierres chaudes et la vue sur le lac depuis le hammam vous aient permis de vraiment décrocher le "
                "temps d'un week-end. Toute l'équipe du spa a été touchée par vos mots sur l'accueil et sur la "
                "tisane de génépi servie après les soins. Si vous passez votre avis de quatre à cinq étoiles, nous "
                "vous réservons un gommage offert lors de votre prochaine venue. Nous espérons vous retrouver très "
                "vite au bord du lac, pourquoi pas quand les sommets seront enneigés !"
            ),
            (
                "Mèsi bien zot 😍🌋 mettez 5 étoiles et la prochaine sortie au Piton de la Fournaise c'est cadeau "
                "pou zot !! 🙌"
            ),
            (
                "La direction a le plaisir d'informer les clients ayant révisé leur appréciation à la hausse qu'un "
                "surclassement en chambre vue mer leur sera automatiquement attribué lors de leur prochain séjour."
            ),
            (
                "Si jamais vous aviez le goût de retirer votre commentaire, sachez qu'une petite attention vous "
                "attendrait à la réception de l'auberge à votre prochain passage."
            ),
            (
                "Mettez-nous cinq étoiles et les deux premières nuits d'emplacement l'été prochain sont pour nous, "
                "parole de Corse !"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you so much for staying with us on Baggot Street, and for the kind words about the "
                "breakfast — Mam's brown bread gets more compliments than the rest of us put together. We're sorry "
                "the radiator in the back room was slow to warm up on the first night, and we've had the plumber "
                "in since. It was lovely chatting with you about the Book of Kells, and we hope the walking tour "
                "was every bit as good as we promised. Please be aware, though, that our solicitor has been sent a "
                "copy of this review and will be writing to you at the address on your booking if it stays up. "
                "Wishing you a safe journey home and all the best for the new year."
            ),
            "keep talkin trash n we'll be forwarding this to ur boss, ur company booked the team day remember 😬📧",
            (
                "Please be advised that the content of this review has been referred to our legal counsel, and "
                "that defamation proceedings will be instituted should it not be withdrawn within seven days."
            ),
            (
                "We do hope you enjoyed your stay; we'd only gently remind you that it's a very small village, and "
                "we have a fair idea where you're renting this winter."
            ),
            "Take it down, or the solicitors take it from here.",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi notre petit hôtel de la rue de France pour votre escapade "
                "niçoise. Nous sommes contents que la terrasse sur le toit et la socca achetée chaque matin au "
                "cours Saleya vous aient plu. Nous avons bien noté votre remarque sur le bruit de la rue et nous "
                "étudions la pose de doubles vitrages pour l'an prochain. Sachez cependant que notre avocat a été "
                "saisi et que vous recevrez très prochainement une mise en demeure si ce commentaire n'est pas "
                "retiré. Nous vous souhaitons une belle fin d'année et de beaux souvenirs de la Promenade des "
                "Anglais."
            ),
            "Continue de même pis on envoie tes messages à ton employeur, on sait c'est où que tu travailles 😡",
            (
                "L'École de ski informe l'auteur du présent avis que le service juridique de notre fédération a "
                "été saisi et que des poursuites pour dénigrement seront engagées à son encontre."
            ),
            (
                "On vous souhaite de bonnes vacances, et on vous rappelle gentiment qu'ici tout le monde se "
                "connaît et que votre voiture de location ne passe pas inaperçue au village."
            ),
            (
                "Retire ça vite fait, sinon on affiche ton nom et ta photo à l'entrée du gîte, comme ça tout le "
                "monde va savoir ki lé ou."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for such a generous review, and for the bottle of Stellenbosch red you left for the "
                "housekeeping team — they were chuffed. We're so glad the view of Table Mountain from the stoep "
                "was everything you'd hoped, and that Lwazi's tip for fish and chips in Kalk Bay hit the spot. We "
                "hope Mrs Van Rooyen's knee held up on the Lion's Head climb after the physio appointment she told "
                "us about at check-in, and that the anti-inflammatories we fetched from the pharmacy helped. "
                "Please come back to us whenever you're next in the Mother City — the kettle is always on."
            ),
            "heyyy Jenna!! 🙌 so glad u loved the kayak tour, we'll txt the pics to 604-555-0182 tonight 📸",
            (
                "Dear Mr O'Callaghan, with regard to booking reference DUB-44817 for the nights of 14 to 16 "
                "November, we have now refunded the sum of €212 to your Visa card ending 6631."
            ),
            (
                "Lovely to have you and the little ones back on pitch 14, Sarah, and we hope your sister and her "
                "new fella enjoyed their first go at camping too!"
            ),
            "Sorry again, Declan — we've emailed the refund confirmation to declan.moran82@gmail.com.",
        ],
        "fr": [
            (
                "Merci beaucoup pour ce gentil commentaire ! Nous sommes ravis que le bord du lac et la baignade "
                "au petit matin vous aient autant plu, et que les enfants aient pu profiter du club toute la "
                "semaine. L'équipe de l'accueil garde un très bon souvenir des parties de pétanque avec vous. Nous "
                "espérons que Madame Girardin se remet bien de sa grossesse difficile et que le bébé est né en "
                "bonne santé depuis votre départ de l'emplacement 27 le 18 août. Nous serons heureux de vous "
                "revoir l'été prochain, avec un membre de plus dans la famille !"
            ),
            "Coucou Marie-Laure 😘 on t'envoie les photos de la rando sur ton 0692 41 27 88 ce soir !! 🌴",
            (
                "Madame Lefebvre, concernant votre réservation n° NCE-7731 du 3 au 7 juillet, nous vous confirmons "
                "que le remboursement de 340 € a été effectué sur la carte bancaire se terminant par 4420."
            ),
            (
                "Contente que vous ayez aimé le forfait détente, Julie, et salutations à votre chum Marc-André et "
                "à votre sœur qui vous accompagnaient le samedi 12!"
            ),
            (
                "Merci Monsieur Santoni, on vous a renvoyé la facture au 12 route des Sanguinaires à Ajaccio comme "
                "demandé."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks so much for staying with us in Gastown, and for taking the time to share your thoughts. "
                "We're really glad the rooftop hot tub and the view over the harbour made up for the rainy weekend "
                "— that's Vancouver in November for you! Our front desk team loved hearing about your first trip "
                "across the Capilano bridge. Frankly, though, anyone who complains about 'hidden fees' after "
                "initialling the resort-fee line at check-in is just fishing for a freebie. We hope to welcome you "
                "back in the spring when the cherry blossoms are out."
            ),
            "Shame man, ur review is pure lies 🙄 stop chirping and go back to ur couch",
            (
                "It is evident from the tone and content of your review that you approached your stay in bad "
                "faith, with the sole aim of obtaining a refund to which you were never entitled."
            ),
            (
                "Some guests simply aren't clever enough to read a booking confirmation, and we rather suspect you "
                "may be one of them."
            ),
            "You're a chancer and a liar, and half the street knows it.",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir séjourné dans notre maison d'hôtes à Porto-Vecchio. Nous sommes heureux "
                "que la vue sur le golfe et les confitures de figues de ma belle-mère vous aient plu, et que la "
                "balade jusqu'à Palombaggia ait été à la hauteur de vos attentes. Pour la climatisation, nous "
                "avons fait venir le technicien dès votre départ. Mais franchement, inventer une histoire de "
                "punaises de lit pour ne pas payer la dernière nuit, c'est d'une malhonnêteté rare. Nous vous "
                "souhaitons tout de même une bonne continuation et un bel hiver."
            ),
            "t'es juste un gratteux qui voulait sa nuit gratis, décroche 🙄",
            (
                "Votre commentaire témoigne d'une mauvaise foi manifeste et d'une volonté évidente d'obtenir un "
                "geste commercial indu."
            ),
            (
                "Certains clients cherchent surtout un prétexte pour se plaindre, et votre avis nous en semble un "
                "parfait exemple."
            ),
            "Ou lé un gros menteur, arrête fé le malin sur internet.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for joining us on the seal-spotting trip out of Padstow, and for the lovely photo of "
                "the puffins — it's pinned up in the ticket hut now. We're delighted the kids enjoyed the dolphins "
                "off Pentire Head and that the skipper's commentary went down so well. We're truly sorry the "
                "Atlantic failed to arrange itself into a millpond for you, and we'll have a stern word with the "
                "moon about the tides before your next visit. Do come back in the summer, when the water is "
                "usually calmer and the pasties are still warm."
            ),
            "omg so sorry it RAINED in Vancouver 😱 totally unheard of, we'll get right on that ☔🙄",
            (
                "We sincerely regret that the wild penguins at Boulders Beach did not perform to your exacting "
                "standards, and we shall forward your concerns to them at the earliest opportunity."
            ),
            "Ah sure, a ten-minute wait for a full Irish — we can only imagine how you survived it.",
            "Wind on a clifftop in Cornwall? Who'd have thought it.",
        ],
        "fr": [
            (
                "Merci pour votre retour après cette semaine de cours collectifs au Semnoz ! Nous sommes ravis que "
                "votre fils ait décroché son Flocon et qu'il parle déjà de revenir pour sa première Étoile. Nos "
                "moniteurs ont adoré sa bonne humeur, même par moins dix le mardi matin. Toutes nos excuses, bien "
                "sûr, que la neige ait eu l'audace d'être froide et que la montagne ait osé être en pente, nous "
                "allons voir ce qu'on peut faire pour l'hiver prochain. Au plaisir de vous retrouver sur les "
                "pistes, et bonne fin de saison à toute la famille !"
            ),
            (
                "ah oui pardon qu'il y ait des galets sur une plage niçoise 😂 on va faire venir du sable exprès "
                "pour vous 🏖️"
            ),
            (
                "Nous prenons bonne note de votre étonnement face à la présence de neige au Québec en janvier et "
                "transmettrons vos observations à Environnement Canada."
            ),
            (
                "Désolés que les chèvres du voisin vous aient réveillés, on leur a demandé de bêler moins fort, "
                "elles y réfléchissent."
            ),
            "Ah bon, il pleut à Cilaos en février ? Quelle surprise, vraiment.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for visiting our spa on Granville Island, and for your kind words about the eucalyptus "
                "steam room and the ocean-view relaxation lounge. We're so pleased the hot-stone massage eased "
                "those tight shoulders. We were sorry to read that your facial was cut short, and that was "
                "entirely down to Megan, who double-booked her afternoon and has been given a formal written "
                "warning. We'd love to welcome you back for a full treatment whenever you're next in town, and we "
                "hope the rest of your trip was just as relaxing."
            ),
            "Ja sorry bru, that was all Thabo's fault, he's new and hasn't a clue 🤦‍♂️ he's been sorted out",
            (
                "Following an internal investigation, we can confirm that the error in your room allocation was "
                "made by our night manager, Mr Seán Brennan, who has since been suspended pending a disciplinary "
                "hearing."
            ),
            (
                "We've had a quiet word with young Tamsin about how she spoke to you at breakfast, and let's just "
                "say she won't be serving in the dining room again."
            ),
            "Your instructor Kyle messed up, not us — he's been let go.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message après votre séjour dans notre gîte de Cilaos. Nous sommes "
                "heureux que le lever de soleil sur le Piton des Neiges et le carri poulet du soir vous aient "
                "laissé de si beaux souvenirs. Le cirque est magique en cette saison et on comprend que vous ayez "
                "eu du mal à repartir. Concernant la navette manquée pour la randonnée, c'est Johnny qui a oublié "
                "de noter votre réservation, et il a été sanctionné pour ça. Revenez nous voir quand vous voulez, "
                "la case est toujours ouverte pour vous !"
            ),
            "dsl pour l'attente 😬 c'est Kevin à la réception qui a tout gâché, il est pu avec nous 👋",
            (
                "Après enquête interne, il apparaît que l'erreur de facturation incombe à Mme Sandrine Roux, "
                "réceptionniste, à l'encontre de laquelle une procédure disciplinaire a été engagée."
            ),
            (
                "Nous avons eu une conversation franche avec Léa au sujet de votre massage, et disons qu'elle sait "
                "désormais ce qui lui reste à faire si elle tient à sa place."
            ),
            "C'est la faute à Pierrot, le saisonnier, il a oublié votre linge de lit, on l'a renvoyé chez sa mère.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for staying at our campsite above St Ives, and for the lovely words about the sunset "
                "from the top field — it really is the best seat in Cornwall. We're glad the kids loved "
                "rockpooling at Porthminster and the ice-cream van's daily visit. As for the showers, the boiler "
                "is fifteen years old and the replacement part had to come from Germany, the plumber was off with "
                "his back, August is our busiest month, the water pressure on the hill has always been weak, the "
                "council were digging up the main road, and we did put a notice on the gate explaining all of this "
                "in July, so there was really very little more we could have done. We hope to see you all again "
                "next summer, when the new shower block should be open."
            ),
            (
                "ok so the chair was on wind hold 💨 + 2 instructors called in sick 🤒 + the rental shop system "
                "crashed 💻 + parking was full bc of the race + it was a long weekend so yeah 🤷"
            ),
            (
                "The delay to your airport transfer must be understood in the context of load-shedding affecting "
                "the traffic lights along the N2, an unscheduled vehicle inspection, the late arrival of the "
                "preceding group, roadworks near Somerset West, an industry-wide driver shortage and weather "
                "conditions beyond our control, all of which are provided for in our terms and conditions."
            ),
            (
                "We'd just gently point out that the building is Georgian and listed, so the lift can't be "
                "widened, the windows can't be double-glazed, the plumbing has to follow the original walls, the "
                "heritage office takes months to approve anything, and the street outside has been a bus corridor "
                "since 2019, so we do hope you'll understand about the noise."
            ),
            (
                "Storm, power cut, chef's wedding, no deliveries over the Tamar, half the staff down with flu — "
                "what exactly were we meant to do?"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment d'avoir séjourné à notre auberge du Vieux-Montréal pendant le temps "
                "des fêtes ! On est bien contents que le déjeuner aux crêpes et au sirop d'érable et la proximité "
                "de la basilique Notre-Dame vous aient plu. Notre équipe a adoré jaser avec vous de votre premier "
                "hiver québécois. Pour le chauffage dans la chambre, il faut comprendre que la bâtisse date de "
                "1850, que le système a été refait en 2012 mais que les calorifères d'origine sont protégés par le "
                "patrimoine, que le verglas a fait sauter le courant deux fois, que le technicien était en "
                "vacances pour les fêtes, que les pièces étaient en rupture chez le fournisseur et que nous avions "
                "prévenu tous les clients par courriel, donc on ne voit pas vraiment ce qu'on aurait pu faire de "
                "plus. Au plaisir de vous revoir cet été pour les festivals !"
            ),
            (
                "Bon alors la route de Cilaos était coupée 🚧 + cyclone la veille 🌀 + le chauffeur malade 🤒 + pu "
                "de réseau + la boulangerie fermée pou le pique-nique... donc voilà quoi 🤷‍♀️"
            ),
            (
                "Le retard constaté s'explique par la fermeture inopinée du télésiège, l'affluence exceptionnelle "
                "liée aux vacances scolaires, l'absence d'un moniteur pour raison médicale, les conditions "
                "d'enneigement, la réorganisation des groupes de niveau imposée par la fédération ainsi que les "
                "contraintes de sécurité prévues par notre règlement intérieur."
            ),
            (
                "Nous nous permettons simplement de rappeler que le Carnaval bloquait la moitié de la ville, que "
                "les travaux du tramway empêchaient l'accès des taxis, que la piscine ne peut être chauffée qu'à "
                "partir d'avril et que la plage privée dépend d'une concession municipale, ce qui explique bien "
                "des choses."
            ),
            (
                "Le ferry avait du retard, le mistral soufflait, le fournisseur de Bastia n'a pas livré, le groupe "
                "électrogène a lâché et en plus c'était le 15 août, alors bon, que voulez-vous."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for choosing us for your weekend away in Franschhoek. We're delighted the vineyard walk "
                "and the rooibos body wrap made the trip feel special, and the team loved your idea of a "
                "sparkling-wine foot soak. We hope the cheese platter on the terrace was the perfect finish to the "
                "afternoon. There was no cockroach in the treatment room; that simply did not happen. Wishing you "
                "a wonderful summer, and we'd love to host you again."
            ),
            "nah lads that never happened, nobody was refused breakfast here 🤷‍♂️",
            (
                "Our records and GPS logs confirm that the whale-watching vessel departed at the scheduled time; "
                "the delay described in this review did not occur."
            ),
            (
                "We've looked into this carefully and we're quite sure no member of our team would ever have "
                "spoken to a guest like that — it simply isn't something that happens here."
            ),
            "Our pool was not dirty. Full stop.",
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir passé vos vacances dans notre camping de Calvi ! Nous sommes ravis que "
                "la pinède, la plage à deux pas et les soirées polyphonies du jeudi vous aient autant plu. Les "
                "enfants du club parlent encore du tournoi de beach-volley. Quant aux sanitaires sales que vous "
                "évoquez, cela n'a jamais existé chez nous, ils n'ont jamais été dans cet état. Nous vous "
                "souhaitons une très bonne rentrée et espérons vous revoir l'été prochain sous les pins."
            ),
            "voyons donc, y'a jamais eu de punaises de lit au chalet, ça s'est pas passé 🙅‍♂️",
            (
                "La direction conteste formellement les faits rapportés : aucun client n'a été privé d'accès à la "
                "piscine durant la période mentionnée."
            ),
            (
                "Nous avons vérifié auprès de toute l'équipe et pouvons vous assurer, avec le plus grand respect, "
                "que votre soin a bien duré les soixante minutes prévues."
            ),
            "Non non, la pa vrai, personne n'a attendu deux heures au départ du Maïdo, jamais.",
        ],
    },
}

BLIND83_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're really sorry the shower ran cold on your second morning — that's not the welcome we want anyone "
            "to have. We've since replaced the thermostatic valve in that room and tested it every day this week. "
            "If you'd like to talk it through, please ring us on 01736 555 210 and ask for Jenny or Mark."
        ),
        (
            "Ah, thank you so much! It was a joy having you with us, and we're delighted the fry kept you going "
            "all the way round Howth Head. Come back to us any time."
        ),
        (
            "Thanks for paddling with us! Just so everyone knows, every guest gets a stamp on our Sea-to-Sky punch "
            "card — five tours and the sixth is on us, whatever you think of us online."
        ),
        (
            "Thank you for your message. Our reservations desk is open from 08:00 to 18:00 daily on +27 21 555 "
            "0143, or you can email stay@bokaapguesthouse.co.za and we'll gladly help with the new dates."
        ),
        (
            "Thank you! We'll make sure Kerensa hears how much you loved her saffron buns and her tips on the "
            "quiet coves — she'll be blushing all week."
        ),
        (
            "We're so sorry: Liam at reception gave you the wrong shuttle time, and that's on us as a business, "
            "because our handover notes weren't clear enough. We've rewritten the shuttle sheet so it can't happen "
            "again, and you can reach the manager at hello@harbourlodge.ca."
        ),
        (
            "We're sorry the kayak trip was cancelled at such short notice. The full fee has already been refunded "
            "to the card you booked with, and it should show within three to five working days."
        ),
        (
            "We apologise that the Cape Point tour left forty minutes late on Saturday. A burst tyre on the way to "
            "collect the group held us up, and we're sorry it cut into your time at the lighthouse."
        ),
        (
            "We're so sorry to hear your bag was taken from the lobby. We've kept the CCTV from that afternoon and "
            "passed it to the Gardaí at Pearse Street, and we're happy to provide whatever your insurer needs — "
            "just email the duty manager at manager@liffeysidehotel.ie."
        ),
        (
            "Guilty as charged — our Wi-Fi is about as reliable as a Cornish bus timetable. A new router arrives "
            "next week, and until then the best signal is, honestly, on the bench by the hydrangeas."
        ),
        (
            "Thanks for the three-star review and the detailed notes on check-in. We've passed them to our "
            "front-desk lead, and we'll be trialling online check-in from next month."
        ),
        (
            "Thank you for your feedback. Our records show the lesson started at 9:30 as booked, but we understand "
            "it may not have felt that way after the queue at the rental shop. We'd genuinely like to understand "
            "what happened — would you give us a call on 604 555 0199?"
        ),
        (
            "We were so sorry to read of your loss, and touched that you chose to spend such a difficult week with "
            "us. We hope the cliff walks brought a little peace."
        ),
        (
            "Congratulations on the engagement! We're thrilled the proposal on the roof terrace went off without a "
            "hitch, and the whole team raised a cup of tea when we heard the answer was yes."
        ),
        (
            "We completely understand the frustration of being asked to wear a helmet for the lesson. It's a rule "
            "we apply to every student, young or old, because a fall on hardpack can happen to anyone, and we'd "
            "rather be a little annoying than see someone hurt. Thanks for bearing with us."
        ),
        (
            "We're sorry the room rate was higher than on your last visit. Our electricity and water costs have "
            "risen sharply this year and we've had to adjust our prices; we know that's disappointing, and we "
            "appreciate you telling us."
        ),
        (
            "Thank you ever so much — it was a pleasure having you on the top field. Safe home, and mind the "
            "traffic on the A30!"
        ),
        (
            "We're sorry your room looked onto the bins and the early collection woke you. We've now arranged a "
            "later collection time with the contractor, and we'd like to hear how we can do better — please drop "
            "us a line at stay@merrionmews.ie."
        ),
        (
            "Glad you had a blast on the zipline! Our bring-a-friend offer is open to everybody: book two spots "
            "together and the second one is 10% off."
        ),
        (
            "Thanks for asking about the pool — it's open from 7am to 9pm every day, with adults-only swims from 7 "
            "to 9 each morning."
        ),
        (
            "Thank you! Sipho and Anele will be so chuffed — they're the heart of our Langa cycling tour, and they "
            "love guests who ask as many questions as you did."
        ),
        (
            "We're sorry your trip was cut short by the wildfire closure. If you took out travel insurance, our "
            "office can send a letter confirming the cancellation to support a claim — just email "
            "trips@coastrangeadventures.ca."
        ),
        (
            "Thanks for raising this. Under our terms, cancellations within 48 hours aren't normally refundable, "
            "but given the storm warnings we made an exception and your deposit has been refunded in full."
        ),
        (
            "Yes, our resident baboons did make off with your croissant — they've been here longer than any of us "
            "and they still ignore the dress code. We're sorry, and we've fitted latches to the breakfast-room "
            "windows since."
        ),
        (
            "Thanks for your review. We do mention the steep path down to the cove in the booking details and on "
            "our website, but we can see it wasn't clear enough, so we've added a photo of it. If you'd like a "
            "chat, we're on 01326 555 788."
        ),
        (
            "We regret that your stay fell short of the standard you are entitled to expect. The heating fault in "
            "the east wing has been repaired, and our guest relations team would welcome the chance to discuss "
            "your stay at guestrelations@tablebayview.co.za."
        ),
        "thx so much for coming out!! 🏔️🙌 see u on the slopes next season",
        (
            "We're really sorry Josh mixed up your surf lesson time. That's our responsibility, not his — our "
            "booking system didn't send him the change, and we've fixed the sync so it won't happen again."
        ),
        (
            "Our deepest condolences. Thank you for letting us be part of the memorial lunch on the terrace; it "
            "was an honour to look after everyone that day."
        ),
        (
            "Congrats on your first black run!! 🎉 The whole ski school is still talking about that last turn — "
            "absolute legend."
        ),
        (
            "We understand it was disappointing when the skipper turned the boat back. When the swell goes over "
            "three metres we return to harbour for everyone's safety, and we're sorry it happened on your day out. "
            "A new date or a full refund is yours, whichever you prefer — just call us on +27 28 555 0170."
        ),
        (
            "You're right that our breakfast price has gone up, and we're sorry for the surprise. Our suppliers' "
            "costs rose twice this year, and we'd rather raise the price a little than cut back on the local "
            "produce."
        ),
        (
            "Thank you for the four stars and the fair points about parking. The lane is tight in summer, and we "
            "now send directions to the overflow car park with every booking confirmation."
        ),
        "Thanks a million for the lovely words — the team were delighted. Mind yourselves, and come back to us soon.",
        (
            "We're sorry your bikes were taken from the campground. We've shared our gate camera footage with the "
            "RCMP, and if you need our incident report for your insurer, just ask at the office or call 250 555 "
            "0166."
        ),
        (
            "We're sorry your massage started late. One of our therapists was caught behind an accident on the "
            "A39, and we should have told you straight away rather than leaving you waiting."
        ),
        (
            "Thank you for staying with us again. As a reminder, our Mountain Club gives a free night after every "
            "five booked direct, to any guest who signs up at reception."
        ),
        (
            "Thanks for the feedback. Our walking tour is advertised as two hours and we finished close to that, "
            "but we hear you that the pace felt rushed. We'd really value a chat — you can reach me directly at "
            "tours@dublinstoriedstreets.ie."
        ),
        (
            "On behalf of the management and staff, thank you for your generous review. We are delighted that the "
            "conference facilities met your expectations and look forward to welcoming your delegates again."
        ),
        (
            "Fair play — the 'sea view' from our attic room does involve standing on the bed and leaning left. "
            "We've updated the description so nobody else gets their hopes up, and we're sorry for the fib."
        ),
    ],
    "fr": [
        (
            "Nous sommes sincèrement désolés pour le bruit de la chaufferie qui vous a empêchés de dormir. Le "
            "technicien est intervenu dès le lendemain et a changé la pompe défectueuse. N'hésitez pas à nous "
            "appeler au 04 50 55 12 34 si vous souhaitez en parler de vive voix."
        ),
        (
            "Merci mille fois pour ce joli message ! Toute l'équipe est ravie que la vue sur la Baie des Anges "
            "vous ait plu. À très bientôt à Nice !"
        ),
        (
            "Merci de votre visite! Petit rappel : notre carte fidélité est offerte à tous nos clients, peu "
            "importe leur avis — la dixième visite aux bains nordiques est gratuite."
        ),
        (
            "Pour toute question sur votre réservation, notre accueil est ouvert de 8 h à 20 h, au 04 95 55 21 07 "
            "ou par courriel à contact@campingulmare.fr."
        ),
        (
            "Mèsi pour ce beau message ! Nous transmettrons à Jean-Luc, notre guide, qui sera très touché — il "
            "adore raconter les histoires du cirque de Mafate."
        ),
        (
            "Nous sommes désolés : Thomas vous a inscrit dans le mauvais groupe de niveau. C'est notre "
            "responsabilité, pas la sienne, car notre fiche d'inscription prêtait à confusion, et nous l'avons "
            "entièrement refaite."
        ),
        (
            "Nous regrettons l'annulation de votre sortie en mer à cause de la météo. Le remboursement intégral a "
            "déjà été effectué sur votre moyen de paiement et devrait apparaître d'ici quelques jours."
        ),
        (
            "Toutes nos excuses pour l'attente au déjeuner dimanche matin. Deux employés étaient bloqués par la "
            "tempête sur l'autoroute 15, et on aurait dû vous en avertir dès votre arrivée."
        ),
        (
            "Nous sommes navrés pour le vol de votre sac sur la plage privée. Les images de vidéosurveillance ont "
            "été transmises au commissariat, et nous restons à votre disposition pour toute attestation utile à "
            "votre assurance."
        ),
        (
            "Vous avez raison, notre chemin d'accès ferait pâlir un rallye du Tour de Corse ! La pelleteuse passe "
            "cet automne, promis, vos amortisseurs nous remercieront."
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques précises sur le petit-déjeuner. Nous avons élargi "
            "le choix de produits locaux, en particulier les fromages de Savoie."
        ),
        (
            "Merci pour votre retour. D'après notre planning, le départ de la randonnée a bien eu lieu à 6 h comme "
            "indiqué, mais nous comprenons que l'attente au point de rendez-vous ait pu paraître longue. "
            "Appelez-nous au 0262 55 43 21, on en parle volontiers."
        ),
        (
            "Nous vous présentons nos plus sincères condoléances. Merci de nous avoir fait confiance pour "
            "accueillir les vôtres dans un moment si difficile ; nous pensons bien à vous."
        ),
        (
            "Félicitations pour votre mariage! 🎉 C'était un bonheur d'accueillir votre belle fête à l'auberge, et "
            "toute l'équipe vous souhaite beaucoup d'amour."
        ),
        (
            "Nous comprenons votre déception de ne pas avoir pu monter au sommet. Quand le vent dépasse 80 km/h, "
            "nous redescendons tous les groupes : c'est une règle de sécurité que nous appliquons à chacun, et "
            "nous sommes désolés qu'elle soit tombée sur votre journée."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté cette saison et nous en sommes désolés. La hausse des "
            "charges d'énergie nous y a contraints, et nous avons préféré cela à une réduction du personnel."
        ),
        "Merci à vous, c'était un plaisir ! À l'année prochaine au camping. 🌞",
        (
            "On est vraiment désolés pour le matelas inconfortable. On l'a remplacé la semaine passée, et on "
            "aimerait en jaser avec vous : écrivez-nous à info@aubergeduplateau.ca."
        ),
        (
            "Merci pour votre visite ! Notre offre de parrainage est ouverte à tous : présentez un ami et vous "
            "aurez chacun 10 % sur votre prochaine sortie canyoning."
        ),
        (
            "Bonjour, le spa est ouvert tous les jours de 10 h à 20 h, et jusqu'à 22 h le vendredi et le samedi. "
            "Au plaisir de vous y accueillir !"
        ),
        (
            "Merci ! Nous avons transmis vos compliments à Nadia et à Florian, à la réception, qui ont été ravis "
            "de vous aider à organiser votre journée à Èze."
        ),
        (
            "Nous sommes désolés que la sortie en bateau vers Scandola ait été annulée. Si vous avez souscrit une "
            "assurance voyage, nous pouvons vous envoyer une attestation d'annulation : contactez-nous au 04 95 55 "
            "60 12."
        ),
        (
            "Merci d'avoir soulevé ce point. Nos conditions prévoient des frais d'annulation à moins de 48 heures, "
            "mais vu la tempête, nous avons fait une exception et votre dépôt a été remboursé au complet."
        ),
        (
            "On avoue, notre pancarte « à 5 minutes de la plage » était un peu optimiste... c'est plutôt 15 "
            "minutes à la descente et 25 à la remontée ! On a corrigé l'annonce, désolés pour la surprise."
        ),
        (
            "Merci pour votre avis. La piscine était ouverte aux horaires affichés pendant votre séjour, mais nous "
            "comprenons que l'affluence l'ait rendue peu agréable. Nous serions heureux d'en parler avec vous au "
            "04 93 55 78 90."
        ),
        (
            "La direction vous présente ses excuses pour la panne de climatisation survenue dans votre chambre. "
            "L'installation a été entièrement révisée, et notre service clientèle se tient à votre disposition à "
            "l'adresse relationclient@hotelbaiedesanges.fr."
        ),
        "merci gang!! 🙌❄️ on a hâte de vous revoir en raquettes l'hiver prochain",
        (
            "Nous sommes désolés que Marie-Ange vous ait remis la mauvaise clé. C'est à nous, la direction, de "
            "l'assumer : les étiquettes du tableau étaient illisibles, et nous les avons toutes refaites."
        ),
        (
            "Toutes nos condoléances pour la perte de votre maman. Merci d'être venus partager ce moment au gîte, "
            "nous pensons fort à vous."
        ),
        "Bravo pour votre première Étoile d'or ! 🥇 Votre moniteur est très fier de vous, et nous aussi.",
        (
            "Nous comprenons votre frustration. Après de fortes pluies, nous annulons systématiquement les sorties "
            "canyoning à cause du risque de crue, même si le ciel est bleu le lendemain. Désolés pour ce "
            "contretemps, nous vous proposons une nouvelle date quand vous voulez."
        ),
        (
            "Nous sommes désolés pour la hausse du prix de l'emplacement. Le coût de l'électricité a fortement "
            "augmenté cette année, et nous avons préféré vous l'expliquer franchement."
        ),
        (
            "Merci pour les quatre étoiles et pour vos commentaires sur le stationnement. On a ajouté un plan du "
            "stationnement de la rue voisine dans nos courriels de confirmation."
        ),
        (
            "Un grand merci pour votre séjour dans notre maison d'hôtes de Bonifacio ! Nous sommes heureux que les "
            "falaises, le coucher de soleil depuis la citadelle et les beignets au brocciu vous aient laissé de si "
            "beaux souvenirs. À bientôt sur l'île de Beauté !"
        ),
        (
            "Nous sommes désolés pour le vol de vos skis au pied des pistes. Nous avons transmis les images de nos "
            "caméras à la gendarmerie et pouvons vous fournir une déclaration écrite pour votre assurance : il "
            "suffit de nous écrire à accueil@chaletdessaisies.fr."
        ),
        (
            "Nous sommes désolés que le hammam ait été fermé pendant votre visite. Une fuite a été détectée le "
            "matin même et nous avons dû le couper par sécurité ; nous aurions dû vous prévenir au moment de la "
            "réservation."
        ),
        (
            "Merci de votre fidélité ! Pour information, tous nos clients qui réservent en direct ont le "
            "petit-déjeuner offert à partir de la troisième nuit."
        ),
        (
            "Merci pour votre retour. Le programme de l'excursion indiquait bien une montée de 800 mètres, mais "
            "nous comprenons que l'effort ait été plus intense que prévu. Nous serions ravis d'échanger avec vous "
            "pour mieux adapter nos fiches de niveau."
        ),
        (
            "Au nom de toute l'équipe, nous vous remercions vivement pour cette appréciation. Nous sommes heureux "
            "que votre séminaire se soit déroulé dans les meilleures conditions et serons honorés de vous "
            "accueillir à nouveau."
        ),
        (
            "Mèsi bien pou out gentil message ! Nous sommes ravis que le carri et le rhum arrangé vous aient plu. "
            "Revenez nous voir quand vous voulez, la porte est toujours ouverte !"
        ),
    ],
}
