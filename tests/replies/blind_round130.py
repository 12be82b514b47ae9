"""Blind reply set, round 130: owner replies the pre-post check has never seen.

Who and when: written by helper w128, an independent writer, on 2026-12-07,
for blind round 128 (file blind_round130.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
nightclubs, bars, cocktail and wine bars, pubs, karaoke venues, jazz rooms,
concert halls and festival organisers.  Each French reply was written
directly in French, not translated.  Apart from the brief and the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other folder
under /work, the git history or /work/.library; did not run the check, any
test or any bench on these replies (only a syntax parse, a count of entries
and ruff); and did not search the code.  Nothing here was adjusted after
seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise good reply whose fault sits in a single sentence
or clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some signed with a first name, the team or the business.
Registers, drawn from: French from Lyon, Marseille, Bordeaux, Toulouse,
Nantes, Brest, Lille, Strasbourg, Montpellier, Paris, Belgium (Brussels,
Liège), Switzerland (Lausanne, Geneva), Québec (Montréal), Senegal, Côte
d'Ivoire, Cameroon and Togo, texting, very formal administrative French, an
older speaker's very polite style and unaccented French; English from
Manchester, Bristol, Glasgow, Edinburgh, London, Leeds, Cork, Dublin,
Toronto, Nashville, New Orleans, Melbourne, Sydney, New Zealand, Durban, Cape
Town, Bengaluru, Pune and Mumbai, texting with emoji, curt replies and very
formal corporate English.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms (licence,
municipal order), insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND130_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for the glowing words about Saturday's Northern Soul all-nighter "
                "at the Velvet Lantern in Manchester. We love hearing that the sprung dancefloor held"
                " up till 6am and that the DJs kept it packed from the first record to the last. Our "
                "door team works hard to keep the atmosphere friendly, so your comment about feeling "
                "safe all night means a great deal to them. If you bump that rating up to five stars,"
                " just show us the updated review at the door and your next entry is on us. We've "
                "also passed your compliment about the new cloakroom system on to the managers. The "
                "next all-nighter is on the 20th and we'd love to see you back on the floor. Keep the"
                " faith!"
            ),
            (
                "cheers for coming to karaoke night 🎤🎶 edit ur review to 5⭐ n ur next private booth "
                "hour is free, just DM us 😉"
            ),
            (
                "Please be advised that patrons who update their published assessment to reflect a "
                "five-star experience become eligible for a complimentary upgrade to the VIP "
                "mezzanine at any subsequent concert."
            ),
            (
                "We'd love to see you back at the Harbour Arms, and perhaps once that review reads a "
                "little more kindly the first round could be on the house."
            ),
            (
                "No worries mate, sorry the beer garden was rammed. Pull the review down and there's "
                "a slab and two passes to next year's Bush Beats with your name on them. Cheers, "
                "Dazza"
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci infiniment pour ce retour si chaleureux sur votre soirée "
                "d'anniversaire au Comptoir des Canuts. Nous sommes ravis que la planche de "
                "charcuterie et le beaujolais aient fait l'unanimité autour de la table. Notre équipe"
                " avait à cœur que tout soit prêt à l'heure, et savoir que vos invités ont dansé "
                "jusqu'à la fermeture nous fait très plaisir. Si vous passez votre note à cinq "
                "étoiles, la prochaine bouteille sera offerte par la maison, il suffira de nous "
                "montrer votre avis au comptoir. Nous avons aussi noté votre suggestion d'ajouter une"
                " planche végétarienne à la carte. Au plaisir de vous accueillir de nouveau, à "
                "bientôt sur les pentes de la Croix-Rousse !"
            ),
            (
                "merci pr le msg 🙏 si tu supprimes ton avis on te met sur la guest list du samedi + 2"
                " shots offerts 🥂🔥"
            ),
            (
                "Nous vous informons qu'une invitation pour deux personnes au prochain concert de la "
                "saison vous sera adressée dès réception de la modification de votre évaluation."
            ),
            (
                "Pas de trouble, on s'excuse pour l'attente au bar. Si jamais tu changes ta note pour"
                " cinq étoiles, la prochaine tournée de pichets est sur nous autres, promis ! — "
                "L'équipe du Pub Chez Ti-Guy"
            ),
            (
                "Merci pour votre passage au festival. Nous aurions plaisir à vous offrir deux "
                "bracelets pour la prochaine édition, pour peu que votre avis se montre un rien plus "
                "indulgent, une fois."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for taking the time to write about your evening at O'Driscoll's on the quay "
                "in Cork. We're sorry the trad session started later than advertised and that the "
                "snug was too warm for your party. The musicians are regulars and we love having "
                "them, but we take the point that the start time should be posted clearly. Our "
                "solicitor has already been asked to look at your remarks about the barman, and you "
                "may well hear from him before the week is out. We've also put a second fan in the "
                "snug since you were in. We hope the rest of your trip around West Cork was a good "
                "one."
            ),
            (
                "keep posting lies about our club n ur banned for life, we got ur face on camera 📸 "
                "think about it 😤"
            ),
            (
                "Be advised that the statements in this review are considered defamatory and have "
                "been referred to our legal counsel, who will be in contact with you regarding "
                "appropriate remedies."
            ),
            (
                "We'd gently remind you that our door staff have very long memories, and we'd hate "
                "for your name to come up at the next event we run in Durban."
            ),
            (
                "Post that again and we'll forward the whole thing to your employer, whose name is "
                "all over your Instagram."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre avis sur le concert de "
                "vendredi à L'Écluse, à Nantes. Nous comprenons votre frustration concernant "
                "l'attente au vestiaire, et nous travaillons déjà avec notre prestataire pour ouvrir "
                "un deuxième comptoir. Le son de la première partie était effectivement trop fort, et"
                " notre régisseur a revu ses réglages dès le lendemain. En revanche, vos propos sur "
                "notre agent d'accueil ont été transmis à notre avocat, qui ne manquera pas de vous "
                "contacter. Nous espérons malgré tout vous revoir pour la programmation de printemps,"
                " qui sera annoncée très prochainement. Belle journée à vous."
            ),
            (
                "continue a raconter n'importe quoi et on balance la video de toi devant la boite a "
                "3h du mat, t'es prevenu 📹"
            ),
            (
                "Nous vous informons que le présent avis fait l'objet d'un signalement auprès de nos "
                "services juridiques et qu'une plainte pour diffamation est en cours de rédaction."
            ),
            (
                "Nous vous saurions gré de retirer ce commentaire, faute de quoi votre nom sera "
                "communiqué aux autres établissements de nuit de la place lausannoise."
            ),
            (
                "Vous savez bien qu'on vous connaît dans le quartier, Cocody c'est petit. "
                "Réfléchissez bien avant d'écrire encore sur notre maquis."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for the lovely review of your hen party at Mic Drop Karaoke in "
                "Glasgow! We're delighted the Abba medley brought the house down and that the big "
                "room was roomy enough for everyone. Our hosts love a group that throws themselves "
                "into it, and yours certainly did. We've checked booking KR-20931 under Shona MacLeod"
                " for Saturday 14 November and refunded the extra half hour to the Visa card ending "
                "4417, as promised. We're also adding more Scottish folk tracks to the catalogue "
                "after your suggestion. Hope to see the whole crew back for the wedding after-party!"
            ),
            (
                "hey Jordan 👋 sorry bout the cloakroom mixup!! we txted u on 07700 900 382 but no "
                "answer, ring us back 🙏"
            ),
            (
                "Following your correspondence from r.okafor@gmail.com regarding the 12 October "
                "performance, seats 14 and 15 in row G, a partial refund has now been issued."
            ),
            (
                "We think we remember your table: the birthday group of six with your sister and her "
                "new fiancé on Friday the 3rd, by the fireplace, and we're sorry the food took so "
                "long."
            ),
            (
                "Dear Mr. Ramesh Iyer of Flat 302, Sai Krupa Apartments, Indiranagar, kindly note "
                "your deposit for the New Year's Eve rooftop party has been processed. Regards, Team "
                "Skybar Bengaluru"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message après votre week-end aux Nuits de l'Aber. Nous"
                " sommes navrés que la navette du dimanche soir soit partie avec tant de retard, et "
                "nous avons déjà renégocié les horaires avec notre transporteur pour l'an prochain. "
                "Votre remarque sur le manque de points d'eau près de la grande scène est juste, et "
                "nous en ajouterons trois. Nous avons bien retrouvé votre commande n° NA-45872 au nom"
                " de Gwenaëlle Le Goff, domiciliée 12 rue de Siam à Brest, et le remboursement du "
                "pass camping est en cours. Merci aussi pour vos mots gentils sur les bénévoles, qui "
                "ont été très touchés. Au plaisir de vous revoir dans les dunes l'été prochain !"
            ),
            (
                "coucou Inès 😘 on a essayé de t'appeler au 06 12 34 56 78 pour ton sac oublié samedi,"
                " rappelle nous stp 🙏"
            ),
            (
                "Madame Dubreuil, suite à votre réservation du 8 novembre (table n° 12, réglée par "
                "carte bancaire se terminant par 0932), nous vous confirmons qu'un avoir vous a été "
                "accordé."
            ),
            (
                "Salut Marc-André! On se souvient ben de toi pis de ta blonde Julie au show de jeudi "
                "passé, on s'excuse pour l'attente au vestiaire."
            ),
            (
                "Nous avons bien reçu votre courriel envoyé depuis l'adresse sophie.lambert@skynet.be"
                " et nous vous répondrons en privé au sujet de votre soirée au Café des Arts."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for stopping in at the Crown & Anchor at the weekend and for taking the time "
                "to share your thoughts. We're glad you enjoyed the pie of the week and the local "
                "cider selection. The quiz can get loud, and we've already moved the speaker away "
                "from the corner booths so everyone can hear themselves think. Frankly, though, it's "
                "obvious you were after a free round and made the rest up when you didn't get one. We"
                " do hope you'll give the new winter menu a try. All the best from the team in "
                "Bristol."
            ),
            "lol ur just a sad drunk who cant handle a tequila night 🤡 stay home next time",
            (
                "We note that this review contains several fabrications and regret that certain "
                "guests choose to misrepresent their experience in the hope of obtaining "
                "compensation."
            ),
            (
                "With the greatest respect, madam, your behaviour at the bar that night was that of a"
                " spoilt child, and our staff deserved far better."
            ),
            (
                "Ag shame, boet, you're clearly one of those okes who moans about everything just to "
                "get his money back. Nobody's buying it."
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci d'avoir partagé votre expérience au Bar Le Chartron. Nous sommes "
                "contents que nos cocktails maison, notamment le spritz au Lillet, vous aient plu. La"
                " musique était un peu forte ce soir-là, nous l'avons remarqué nous aussi et nous "
                "avons baissé les basses depuis. Cela dit, soyons honnêtes : vous cherchiez surtout à"
                " vous faire offrir l'addition, et votre histoire de verre cassé ne tient pas debout."
                " Notre terrasse chauffée rouvre la semaine prochaine, avec une nouvelle carte de "
                "tapas. Bonne soirée à vous."
            ),
            "t'es juste un rageux qui sait pas boire 🤡 reste chez toi la prochaine fois",
            (
                "Nous constatons que vos déclarations sont mensongères et relèvent manifestement "
                "d'une démarche de mauvaise foi visant à obtenir un dédommagement indu."
            ),
            (
                "Sans vouloir vous offenser, Monsieur, il faut un certain manque d'éducation pour "
                "claquer des doigts au serveur comme vous l'avez fait toute la soirée."
            ),
            (
                "Grand frère, tu mens trop hein ! Tout le monde sait que tu cherches seulement à "
                "boire gratuit. Ce n'est pas sérieux."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for coming to the holiday pops concert at Harbourfront Hall in Toronto and"
                " for sharing your feedback. We're sorry the lobby lines at intermission were so "
                "long; we've added two more bar stations for the December series. Your point about "
                "the coat check closing early is fair, and we've extended its hours. And thank you, "
                "truly, for letting us know that an orchestra is loud; what a discovery that must "
                "have been for you. We hope you'll join us again for the New Year's gala. Warm "
                "regards, Guest Services"
            ),
            "omg so sorry our festival had music in it 😱🙄 we'll try silence next yr just for u 💅",
            (
                "We are genuinely astonished that a nightclub at 2am failed to provide the quiet, "
                "well-lit environment you were expecting, and we shall of course review our entire "
                "concept on your behalf."
            ),
            (
                "What a pleasure it must have been for the other guests to hear your views on the "
                "karaoke host all evening; we're honoured you found the time to share them here too."
            ),
            (
                "Ah sure, thanks a million for the review. Next time we'll ask the stout to settle "
                "itself quicker just for you, since two minutes is clearly a lifetime. — Tadhg"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur votre soirée au Karaoké du Vieux-Lille. Nous "
                "sommes désolés que la cabine réservée n'ait pas été prête à l'heure ; un problème de"
                " micro nous a retardés, et nous avons depuis ajouté un contrôle du matériel avant "
                "chaque créneau. Nous avons bien noté votre remarque sur la liste des chansons, qui "
                "va être enrichie. Merci aussi pour votre interprétation de « Je veux », nos oreilles"
                " s'en remettent doucement. Nous espérons vous revoir bientôt avec vos amis pour une "
                "revanche au micro. À bientôt, l'équipe"
            ),
            (
                "ah oui dsl on savait pas qu'un festival c'etait bruyant 🙄😂 promis l'an pro on joue "
                "en sourdine rien que pour toi"
            ),
            (
                "Nous vous remercions infiniment de nous avoir rappelé qu'une discothèque diffuse de "
                "la musique ; cette révélation va sans nul doute bouleverser notre activité."
            ),
            (
                "Ben voyons donc, une file d'attente un samedi soir au centre-ville de Montréal? "
                "Quelle surprise! On va appeler le maire pour toi, promis."
            ),
            (
                "Oh fan, pardon de vous avoir servi un pastis trop frais, il fallait peut-être le "
                "passer au micro-ondes ? Quelle tragédie."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks so much for coming in to celebrate your promotion at the Laneway Lounge, and "
                "for the kind words about our espresso martinis. We're glad the booth by the window "
                "worked for your group and that the playlist was a hit. We're sorry your second round"
                " took so long; that was down to Kayla, who was on the service bar that night and "
                "simply didn't keep up with the tickets. The rest of the crew pulled together to get "
                "the night back on track, and we've since reworked the rota for busy Fridays. We'd "
                "love to have you back for our winter cocktail launch next month. Cheers, Matt"
            ),
            (
                "soz about the guest list drama 😬 that was 100% Liam on the door, he messed it up not"
                " us 🙃"
            ),
            (
                "Our investigation has established that the overcharge resulted from an error by our "
                "duty supervisor, Mr. Daniel Whitfield, who failed to apply the advertised happy-hour"
                " pricing."
            ),
            (
                "We're sorry for the confusion over your tickets; our box office assistant, Priyanka,"
                " was rather new and perhaps not as careful as she ought to have been."
            ),
            (
                "Aye, sorry aboot that, pal. Wee Jamie was on the taps Saturday and he's no got a "
                "clue how tae pour a pint o' heavy. Cheers, the Thistle Bar"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre pub pour regarder le match de samedi avec vos"
                " collègues. Nous sommes ravis que l'ambiance vous ait plu et que la flammekueche ait"
                " fait l'unanimité. Nous sommes toutefois désolés pour l'erreur sur votre addition : "
                "c'est Kevin, au bar ce soir-là, qui a compté deux fois la tournée, il n'était "
                "vraiment pas concentré. Le reste de l'équipe a fait de son mieux pour rattraper la "
                "soirée, et nous avons revu notre procédure d'encaissement. Nous espérons vous revoir"
                " pour le prochain match du Racing. Sportivement, l'équipe du Pub de la Krutenau"
            ),
            "dsl pr le vestiaire 😩 c Jordan qui a perdu ton ticket, il est nul avec ça lol",
            (
                "Après vérification, il apparaît que l'incident est imputable à Mme Sandrine Morel, "
                "responsable de la billetterie, qui n'a pas transmis votre demande de remboursement "
                "dans les délais."
            ),
            (
                "Nous regrettons ce malentendu à l'entrée ; Dimitri, notre physionomiste, s'est "
                "montré trop zélé et aurait dû vous laisser entrer, il le sait."
            ),
            (
                "Pardon pour le retard des boissons, c'est Armel le serveur qui traîne trop les "
                "pieds, on va lui parler sérieusement."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for coming to Meadowlark Festival and for writing such a thoughtful "
                "review. We're thrilled you loved the folk tent and the local food village. We're "
                "sorry about the long wait at the shuttle bus stop on Sunday night. The council "
                "changed the road closure at the last minute, the coach company sent two fewer "
                "vehicles than we booked, one driver got lost in the lanes, the rain turned the field"
                " exit to mud, our marshals were short-staffed because of a flu going round and the "
                "radios kept dropping out, so honestly there was very little anyone on site could "
                "have done. We've shared your comments about the bins with our waste team. Hope to "
                "see you in a field next summer!"
            ),
            (
                "look it wasnt our fault 🙄 dj was late cos of traffic, sound guy was sick, bar fridge"
                " broke, security sent newbies n it was the busiest nite of the yr so wat do u expect"
            ),
            (
                "Please note that the delays were attributable to a combination of factors beyond our"
                " control, including supplier shortages, revised licensing conditions, an unscheduled"
                " fire-alarm test, industry-wide staffing pressures and exceptional demand, all of "
                "which have been fully documented."
            ),
            (
                "We do understand your disappointment, though we'd gently point out that the band "
                "chose the setlist, the promoter set the start time, the venue next door had a power "
                "cut and the ticketing platform handles refunds, not us."
            ),
            (
                "Yeah nah, fair enough, but the jukebox was busted, the brewery truck broke down with"
                " the kegs, the power flickered twice, half the crew were at the rugby and it was "
                "Waitangi weekend, so it was always gonna be chaos, eh."
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci d'avoir pris le temps de nous écrire après votre soirée au Capitole"
                " Club. Nous sommes heureux que la programmation électro et le nouveau système son "
                "vous aient plu. Concernant l'attente au vestiaire, il faut comprendre que ce soir-là"
                " le prestataire nous a envoyé une personne de moins, que le terminal de paiement a "
                "planté deux fois, que la pluie a poussé tout le monde à déposer son manteau en même "
                "temps, que le match venait de finir et que la préfecture nous impose des contrôles "
                "renforcés, donc nous ne pouvions vraiment rien faire de plus. Nous avons néanmoins "
                "transmis vos remarques sur la température de la salle. Au plaisir de vous revoir sur"
                " la piste !"
            ),
            (
                "bah c pas nous hein 🤷 le dj etait en retard, la clim a lâché, y avait grève des bus,"
                " le fournisseur de glaçons a pas livré et c'était la fête de la musique donc bon..."
            ),
            (
                "Nous tenons à préciser que les retards constatés résultent de contraintes "
                "réglementaires, de la défaillance d'un sous-traitant, d'un contrôle inopiné des "
                "services d'hygiène, de conditions météorologiques défavorables ainsi que d'une "
                "affluence exceptionnelle, éléments qui échappent entièrement à notre responsabilité."
            ),
            (
                "Nous comprenons votre déception, mais il faut savoir que l'artiste a imposé "
                "l'horaire, que le tram ne circulait plus après minuit, que la commune limite le "
                "volume sonore, que la billetterie est gérée par un tiers et que la bise soufflait "
                "fort ce soir-là sur le quai."
            ),
            (
                "Écoute, c'était pas de notre faute : le band est arrivé en retard à cause de la "
                "tempête, la machine à bière a gelé, le déneigeur a bloqué le stationnement pis la "
                "moitié du staff avait la grippe. On pouvait pas faire mieux."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for spending your evening with us at the Blue Heron Jazz Room and for the "
                "kind words about Thursday's trio. We're delighted the gumbo and the Sazeracs hit the"
                " spot, and that you got a table right by the stage. We read your comment about being"
                " charged the cover twice, and we can tell you plainly that this simply did not "
                "happen: our system cannot charge a cover more than once. We've passed your "
                "compliments about the piano player on to the band. We hope you'll come back for our "
                "Sunday brunch sessions soon. Warmly, the Blue Heron family"
            ),
            "nope never happened 🙅 our bouncers dont touch ppl, end of",
            (
                "We categorically reject the allegation that drinks were served to any intoxicated "
                "guest; our licensing procedures make such an occurrence impossible."
            ),
            (
                "We've looked into this carefully and are confident our team would never have spoken "
                "to a guest in that way; it simply isn't how we work."
            ),
            (
                "Mate, there's no way the beer was warm, our cool room hasn't missed a beat in twenty"
                " years. Didn't happen."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message après le concert de jazz manouche au Théâtre "
                "des Arènes. Nous sommes heureux que le quartet vous ait fait passer une si belle "
                "soirée et que l'accueil au bar vous ait plu. Vous évoquez une place réservée qui "
                "aurait été attribuée à quelqu'un d'autre : c'est impossible, notre billetterie ne "
                "peut pas vendre deux fois le même siège. Nous avons bien noté en revanche votre "
                "suggestion sur la signalétique des toilettes, qui sera améliorée. La saison continue"
                " avec un très beau programme baroque en janvier. Au plaisir de vous revoir, l'équipe"
                " de la salle"
            ),
            (
                "n'importe quoi 🙄 personne a jamais été refoulé pour sa tenue chez nous, ça s'est "
                "jamais passé"
            ),
            (
                "Nous contestons formellement l'ensemble des faits allégués : aucun incident de cette"
                " nature ne s'est produit dans notre établissement à la date indiquée."
            ),
            (
                "Nos barmans ne servent jamais un verre sans l'avoir mesuré, il ne peut donc pas y "
                "avoir eu de cocktail trop léger ce soir-là."
            ),
            "Ça là c'est faux oh ! Au Bar Le Bénin on ne coupe jamais la bière, jamais de la vie.",
        ],
    },
}

BLIND130_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the five stars and for such a lovely write-up of Saturday's "
            "disco night! We're thrilled you danced until close and loved the new lighting rig. "
            "Our door team will be chuffed to hear they made you feel welcome. See you on the "
            "dancefloor soon! — The Mirrorball team"
        ),
        (
            "We're sorry your pint of stout was served flat last Friday. That's not the standard "
            "we hold ourselves to, and we've had the lines cleaned and the gas checked since. "
            "We'd be glad to make it up to you in person, so please drop us a line at "
            "hello@thecoopersarms.ie. — Niamh, Manager"
        ),
        (
            "Thanks for coming along to karaoke night! Just so you know, our stamp card is open "
            "to everyone: every sixth booth booking is free, no strings attached. Hope to hear "
            "you sing again soon 🎤"
        ),
        (
            "We're really sorry the private room wasn't ready when you arrived. We've changed how"
            " we hand over rooms between sessions so it doesn't happen again. If you'd like to "
            "talk it through, please call our manager directly on 0161 496 0123. Kind regards, "
            "Sing Street Karaoke"
        ),
        (
            "What a fantastic review, thank you! We'll make sure Chloe sees your kind words about"
            " her cocktails; she'll be made up. Come back soon for the new autumn menu."
        ),
        (
            "We're very sorry that your coat was handed to the wrong person. Our cloakroom "
            "attendant Sam made an error, but it's our process and our responsibility, and we've "
            "since introduced numbered tags that are checked at collection. Please email us at "
            "events@harbourhall.co.uk so we can help with the cost of a replacement."
        ),
        (
            "Thank you for letting us know about the double charge on your ticket. We've checked "
            "and the duplicate payment has now been refunded; it should appear within three to "
            "five working days. Apologies for the worry this caused. — Box Office, Riverside "
            "Concert Hall"
        ),
        (
            "We're so sorry the headliner started forty minutes late. Their tour bus was held up "
            "on the M6, and we should have kept everyone better informed while we waited. Next "
            "time we'll update the screens and our socials straight away. Thank you for your "
            "patience."
        ),
        (
            "Thank you for your question about re-entry. Under the conditions of our premises "
            "licence we can't allow re-entry after 1am, which is also printed on the tickets. We "
            "know it's frustrating, and we're sorry it caught you out. We hope to welcome you "
            "back soon."
        ),
        (
            "We're sorry to hear your phone was damaged when the table gave way. Please accept "
            "our apologies. We've reported it to our insurer, and if you email "
            "info@thelockkeeper.co.uk with a photo of the receipt they'll be in touch to sort out"
            " the claim."
        ),
        (
            "We're really sorry your bag was taken during Saturday's gig. We've kept the CCTV "
            "from the evening and are happy to share it with the police if you've reported it; "
            "just give them our number, 0117 496 0456. Please let us know if there's anything "
            "else we can do."
        ),
        (
            "Thanks for the lovely review! We'll admit our owner's dance moves at closing time "
            "are less Saturday Night Fever and more Saturday Night Mild Cold, but we're glad you "
            "had a laugh. See you next weekend!"
        ),
        (
            "Thanks for your 3-star review. We're glad you enjoyed the band, and we hear you on "
            "the bar queue: we've added a second till for Friday nights. We'd love another chance"
            " to earn that extra star."
        ),
        (
            "Thanks for your feedback. Our records show the set ran for the advertised ninety "
            "minutes, but we understand it may have felt shorter after the late start, and we're "
            "sorry that took the shine off your evening. If you'd like to chat about it, our door"
            " is always open: hello@tinroofvenue.com."
        ),
        (
            "We were so saddened to read about your father's passing. It was an honour to host "
            "his memorial gathering in the snug, and we're glad the music he loved filled the "
            "room one last time. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your engagement! We were delighted to be part of such a special "
            "night, and the whole bar cheered when they heard the news. Wishing you both every "
            "happiness 🥂"
        ),
        (
            "We're sorry you were disappointed not to bring your water bottle into the arena. For"
            " safety reasons we can't allow bottles in the standing area, but free water is "
            "available at every bar, and we'll make that clearer on our website. Thank you for "
            "understanding."
        ),
        (
            "You're right that our pint prices went up this month, and we're sorry for it. Our "
            "brewery and energy costs have risen sharply, and we held off as long as we could. "
            "Happy hour from 5 to 7 is staying exactly as it is. Thanks for sticking with us."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your notes on the sightlines "
            "from the balcony and the signposting to the accessible toilets are really helpful, "
            "and we've shared them with our operations team. We genuinely appreciate you taking "
            "the time."
        ),
        (
            "aww thank u sm for the love!! 🥰🎶 so glad u had a blast at the silent disco, see u "
            "next month 🙌"
        ),
        (
            "Thanks for the feedback. Sorry about the wait at the bar; we're adding staff on "
            "Saturdays."
        ),
        (
            "Thank you for your feedback regarding accessibility at our venue. We apologise that "
            "the lift to the upper tier was out of service during your visit. A replacement unit "
            "has been commissioned and will be operational from next month. Please contact our "
            "Access Team at access@northgatearena.com should you require assistance in the "
            "meantime."
        ),
        (
            "Dear Guest, thank you for celebrating Diwali with us at the rooftop lounge. We are "
            "extremely sorry that the music was too loud for conversation near the bar. We have "
            "now created a quieter seating zone on the terrace. Kindly do visit again. Warm "
            "regards, Team Terrace 9, Pune"
        ),
        (
            "Thanks so much for the review, we're stoked you loved the braai and the live band! "
            "Sorry the parking was tight; we've arranged overflow parking at the school next door"
            " on Saturdays. Cheers, the crew at Long Street Tavern"
        ),
        (
            "Cheers for the kind words! Glad the trivia night was a hit and that the parma lived "
            "up to the hype. See you next Wednesday 😄"
        ),
        (
            "Thanks for coming to our open mic! Anyone who brings a friend along on a Tuesday "
            "gets a free soft drink each, and it's for everyone, whatever they think of us. Hope "
            "to see you on stage again."
        ),
        (
            "Sorry you found us closed on Monday! Our hours are Wednesday to Sunday, 5pm till "
            "late, and we've now updated our Google listing so it shows that correctly. Hope to "
            "see you soon."
        ),
        (
            "Thanks for the review, and sorry you had trouble finding us! Our entrance is round "
            "the back at 14 Cable Street, through the blue door next to the bike racks. We've put"
            " up a new sign on the main road too."
        ),
        (
            "We're so sorry the Saturday night stage was cancelled because of the storm warning. "
            "Everyone's safety had to come first, and we know how disappointing that was. All "
            "Saturday ticket holders are receiving a 50% refund automatically, and we'll email "
            "the details this week."
        ),
        (
            "Dear Sir, thank you most kindly for your note about our Thursday folk evenings. I am"
            " sorry the room was cold; the heating has since been repaired. It would be a "
            "pleasure to welcome you back. Yours sincerely, Margaret Hughes, Landlady"
        ),
        (
            "Ah thanks a million for the lovely review! Delighted you enjoyed the session and "
            "that the lads played your request. Come back to us any time. Siobhán & all at "
            "Fitzgerald's"
        ),
        (
            "Thanks for the honest review. You're right that the coat check line was too long "
            "after the show, and we're sorry. We've added a second coat check window on the lower"
            " level for the rest of the season. Hope to see you at the next hockey watch party!"
        ),
        (
            "We're sorry you felt held up at the door. We check ID for everyone who looks under "
            "25, as part of our licence and to keep everyone safe, but we know it can feel "
            "awkward, and our team will always try to be quick and friendly about it."
        ),
        (
            "Y'all made our night! Thanks for the five-star review and for that incredible "
            "rendition of Jolene. Come back and sing for us anytime 🎤✨ — The Twang Room, "
            "Nashville"
        ),
        (
            "Thank you for raising the noise issue, and we're truly sorry for the disruption to "
            "you and your neighbours. We've installed a sound limiter and moved the smoking area "
            "to the front of the building. Please call me directly on 0131 496 0789 if it happens"
            " again. — Euan, Licensee"
        ),
        (
            "thanks for the feedback 🙏 totally hear u on the toilet queues, we're doubling the "
            "loos for next yr 🚻 see u there!"
        ),
        (
            "Apologies that your table booking was lost. It was our mistake, as the booking came "
            "through our new system and wasn't passed on, and we've refunded the deposit in full."
            " We'd love to host you properly, so ring us on 020 7946 0321."
        ),
        (
            "Thanks for your review. We do respectfully see it a bit differently: our dress code "
            "is listed on the ticket page and was applied the same way to everyone that night. "
            "That said, we understand it was disappointing, and we'd be happy to talk it over at "
            "info@velvetrooms.co.uk."
        ),
        (
            "Thank you for joining our jazz night in Mumbai. We appreciate your kind note about "
            "our saxophonist, Rahul, and we'll pass it on. We look forward to welcoming you at "
            "our monsoon series."
        ),
        (
            "Thank you for your feedback regarding the Sunday shuttle service. We acknowledge "
            "that waiting times exceeded our published targets and we apologise. Additional "
            "vehicles and a dedicated queue marshal will be in place at next year's event. "
            "Regards, Guest Experience Team, Coastline Festival"
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour vos cinq étoiles et ce joli message ! Toute l'équipe est ravie "
            "que la soirée années 80 vous ait plu. Au plaisir de vous revoir sur la piste très "
            "bientôt. — L'équipe du Rétro Club"
        ),
        (
            "Bonjour, nous sommes sincèrement désolés pour l'attente au comptoir samedi soir. "
            "Nous avons ajouté un barman supplémentaire le week-end pour que cela ne se "
            "reproduise pas. N'hésitez pas à nous écrire à contact@lecomptoirduvieuxport.fr si "
            "vous souhaitez en parler. Bonne journée !"
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tous les"
            " clients : au bout de dix consommations, la onzième est offerte. À bientôt au bar !"
        ),
        (
            "Bonjour, nous regrettons vivement que votre salle privative n'ait pas été prête à "
            "votre arrivée. Nous avons revu l'organisation entre deux créneaux. Pour en discuter,"
            " vous pouvez joindre directement notre responsable au 04 78 12 34 56. Cordialement, "
            "l'équipe du Karaoké Bellecour"
        ),
        (
            "Quel plaisir de lire votre avis ! Nous transmettrons vos compliments à Léa, notre "
            "barmaid, qui sera ravie de savoir que son mojito vous a conquis. À très vite !"
        ),
        (
            "Nous vous présentons nos excuses pour l'erreur de commande. Thomas s'est trompé de "
            "table, mais c'est à nous, en tant qu'équipe, d'en assumer la responsabilité, et nous"
            " avons mis en place des bons numérotés. Écrivez-nous à bonjour@lepetitzinc.fr pour "
            "que nous puissions nous rattraper."
        ),
        (
            "Bonjour, merci de nous avoir signalé le double prélèvement sur votre billet. Après "
            "vérification, le montant en trop vous a été remboursé ce matin ; il apparaîtra sur "
            "votre compte d'ici quelques jours. Toutes nos excuses pour ce désagrément. La "
            "billetterie de L'Arsenal Musical"
        ),
        (
            "Nous sommes vraiment désolés que le concert ait commencé avec quarante minutes de "
            "retard. Le car de l'artiste a été bloqué par un accident sur l'A7, et nous aurions "
            "dû vous tenir informés plus tôt. À l'avenir, nous afficherons les informations sur "
            "les écrans dès le moindre retard."
        ),
        (
            "Merci pour votre message. Conformément à l'arrêté municipal, nous devons fermer la "
            "terrasse à 22 h, ce qui est indiqué à l'entrée. Nous comprenons que ce soit "
            "frustrant et nous en sommes désolés. La salle intérieure reste ouverte jusqu'à 1 h."
        ),
        (
            "Nous sommes navrés pour votre veste tachée par la machine à fumée. Nous avons "
            "déclaré le sinistre à notre assurance ; envoyez-nous simplement la facture du "
            "pressing à contact@ledock.fr et nous nous occupons du reste."
        ),
        (
            "Nous sommes désolés pour le vol de votre téléphone pendant le concert. Nous "
            "conservons les images de vidéosurveillance de la soirée et les tiendrons à la "
            "disposition de la police si vous déposez plainte. N'hésitez pas à nous appeler au 02"
            " 40 12 34 56 pour toute démarche."
        ),
        (
            "Merci pour ce chouette avis ! On avoue que notre patron chante « Les Lacs du "
            "Connemara » toujours aussi faux chaque samedi, mais au moins il y met du cœur 😅 À "
            "bientôt !"
        ),
        (
            "Merci pour vos trois étoiles. Nous sommes contents que le groupe vous ait plu, et "
            "vous avez raison pour les files au bar : nous ouvrons un deuxième comptoir dès "
            "vendredi. Nous espérons mériter l'étoile manquante lors de votre prochaine venue."
        ),
        (
            "Merci pour votre retour. D'après notre programme, le set a bien duré les "
            "quatre-vingt-dix minutes annoncées, mais nous comprenons qu'avec le retard il ait "
            "paru plus court, et nous en sommes désolés. Notre porte reste ouverte si vous "
            "souhaitez en parler : info@lasalledurivage.fr."
        ),
        (
            "Nous avons été très touchés par votre message. Ce fut un honneur d'accueillir la "
            "soirée en mémoire de votre mère, et nous sommes heureux que ses chansons préférées "
            "aient résonné une dernière fois. Toutes nos pensées vous accompagnent, vous et votre"
            " famille."
        ),
        (
            "Félicitations pour vos fiançailles! Toute l'équipe était tellement contente de faire"
            " partie de cette belle soirée. On vous souhaite tout le bonheur du monde 🥂 — "
            "L'équipe du Bar Le Saint-Laurent"
        ),
        (
            "Nous sommes désolés que vous n'ayez pas pu entrer avec votre gourde. Pour des "
            "raisons de sécurité, les bouteilles ne sont pas admises dans la fosse, mais de l'eau"
            " gratuite est disponible à chaque bar. Nous allons le préciser plus clairement sur "
            "notre site. Merci de votre compréhension et belle journée."
        ),
        (
            "Vous avez raison, le prix de la pils a augmenté ce mois-ci, et nous en sommes "
            "désolés. Nos coûts d'énergie et de brasserie ont fortement grimpé, et nous avons "
            "tenu aussi longtemps que possible. L'happy hour de 17 h à 19 h reste inchangé. Merci"
            " de votre fidélité, une fois de plus !"
        ),
        (
            "Merci infiniment pour cet avis si détaillé. Vos remarques sur la visibilité depuis "
            "le balcon et sur la signalétique des toilettes accessibles nous sont très utiles, et"
            " nous les avons transmises à notre équipe technique. Nous vous en sommes sincèrement"
            " reconnaissants."
        ),
        (
            "merciii pour ce msg 🥰🎶 trop contents que vous ayez kiffé la silent disco, à la "
            "prochaine !!"
        ),
        "Merci pour votre retour. Désolés pour l'attente, nous renforçons l'équipe le samedi.",
        (
            "Madame, Monsieur, nous accusons réception de votre avis relatif à l'accessibilité de"
            " notre salle. Nous vous prions de bien vouloir nous excuser pour l'indisponibilité "
            "de l'ascenseur lors de votre venue. Un nouvel équipement sera mis en service le mois"
            " prochain. Notre service accessibilité reste joignable à "
            "accessibilite@salle-lumiere.fr. Veuillez agréer nos salutations distinguées."
        ),
        (
            "Merci beaucoup pour votre visite et pour ce beau message ! Nous sommes contents que "
            "l'orchestre de mbalax vous ait fait danser toute la nuit. Désolés pour la "
            "climatisation, elle a été réparée dès lundi. À très bientôt au Baobab Club de Dakar "
            "!"
        ),
        (
            "Merci pour ton commentaire honnête! T'as raison, la file au vestiaire était ben trop"
            " longue après le show, pis on s'en excuse. On a ajouté un deuxième comptoir au "
            "sous-sol pour le reste de la saison. Au plaisir!"
        ),
        (
            "Bonjour, merci pour votre avis et desole pour le son trop fort pres de la scene. "
            "Nous avons installe un limiteur et revu le placement des enceintes. Au plaisir de "
            "vous revoir, l equipe du Bar a Quai"
        ),
        (
            "Merci d'être venu à notre scène ouverte ! Petit rappel : chaque personne qui amène "
            "un ami le mardi reçoit un soft offert, et c'est valable pour tout le monde, quel que"
            " soit votre avis sur nous. À mardi prochain peut-être !"
        ),
        (
            "Désolés que vous ayez trouvé porte close lundi ! Nous sommes ouverts du mercredi au "
            "dimanche, de 18 h à 2 h, et nous avons mis à jour notre fiche Google. À bientôt !"
        ),
        (
            "Merci pour votre avis, et désolés que vous ayez eu du mal à nous trouver ! L'entrée "
            "se fait au 7 rue des Tanneurs, par la porte verte au fond de la cour. Un nouveau "
            "panneau est installé depuis hier."
        ),
        (
            "Nous sommes profondément désolés de l'annulation de la scène du samedi soir en "
            "raison de l'alerte orages. La sécurité de tous devait passer avant tout. Tous les "
            "détenteurs d'un billet du samedi seront remboursés à 50 % automatiquement, et un "
            "courriel détaillé partira cette semaine."
        ),
        (
            "Chère Madame, je vous remercie bien sincèrement pour votre aimable mot au sujet de "
            "nos soirées musette du jeudi. Je suis navrée que la salle ait été fraîche ; le "
            "chauffage a été réparé depuis. Ce serait un plaisir de vous accueillir à nouveau. "
            "Bien respectueusement, Germaine Roux, patronne du Café de la Gare"
        ),
        (
            "Merci pour votre visite et votre avis ! Ravis que l'ambiance du quiz vous ait plu. "
            "Désolés pour la bière un peu tiède, nous avons fait réviser le refroidisseur. À la "
            "prochaine, l'équipe du Pub Saint-Étienne"
        ),
        (
            "Nous sommes désolés que vous vous soyez senti retardé à l'entrée. Nous contrôlons "
            "les pièces d'identité de toute personne paraissant avoir moins de 25 ans : c'est une"
            " obligation légale et une question de sécurité. Notre équipe fera en sorte que ce "
            "contrôle reste rapide et courtois."
        ),
        (
            "Merci d'avoir signalé le problème de bruit, et toutes nos excuses pour la gêne "
            "occasionnée. Nous avons installé un limiteur de son et déplacé l'espace fumeurs côté"
            " rue. Vous pouvez m'appeler directement au 05 56 12 34 56 si cela se reproduit. "
            "Cordialement, Julien, gérant"
        ),
        (
            "merci pour le retour 🙏 on a bien noté pour les toilettes, on double tout l'an "
            "prochain 🚻 à l'année pro !"
        ),
        (
            "Toutes nos excuses pour votre réservation égarée. C'est une erreur de notre part "
            "lors du passage à notre nouveau logiciel, et l'acompte vous a été intégralement "
            "remboursé. Nous serions ravis de vous recevoir comme il se doit : appelez-nous au 01"
            " 42 12 34 56."
        ),
        (
            "Merci pour votre avis. Nous voyons les choses un peu différemment : notre code "
            "vestimentaire est indiqué sur la page de réservation et a été appliqué de la même "
            "façon à tous ce soir-là. Nous comprenons toutefois votre déception et restons à "
            "votre disposition à contact@levelours.fr pour en discuter."
        ),
        (
            "Merci beaucoup pour votre passage au maquis et pour vos gentils mots ! On est "
            "contents que l'alloco et le coupé-décalé vous aient plu. Désolés pour l'attente des "
            "grillades, on a ajouté un deuxième grilleur le vendredi. Bonne arrivée chez nous à "
            "tout moment !"
        ),
        (
            "Nous vous remercions pour votre retour concernant les navettes du dimanche. Nous "
            "reconnaissons que les temps d'attente ont dépassé nos engagements et vous présentons"
            " nos excuses. Des véhicules supplémentaires et un agent dédié à la file seront mis "
            "en place dès la prochaine édition. L'équipe Expérience Festivaliers"
        ),
        (
            "Un grand merci pour votre message ! Nous sommes ravis que le récital de piano à la "
            "Salle des Remparts vous ait enchantés. Nous transmettrons vos compliments à Nadia, "
            "notre responsable d'accueil. Au plaisir de vous revoir, avec nos meilleures "
            "salutations."
        ),
        (
            "Merci pour votre avis ! Désolés que le micro ait grésillé pendant votre chanson, "
            "c'était vraiment un problème de matériel de notre côté. Nous l'avons remplacé dès "
            "dimanche. Revenez chanter quand vous voulez ! — L'équipe du Karaoké Sablon"
        ),
    ],
}
