"""Blind reply set, round 90: owner replies the pre-post check has never seen.

Who and when: written by helper b88, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 88").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
nightclubs, concert venues, bowling alleys, escape rooms, cinemas, theatres
and museums.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or blind
set, any other folder under /work, the git history or /work/.library; did not
run the check, any test or any bench on these replies (only a syntax parse, a
count of entries and ruff).  Nothing here was adjusted after seeing any
result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others are one-liners, slang or texting with emoji, very formal or
corporate wording, veiled and polite phrasings and regional speech.  Good
replies include look-alikes that are not faults: an apology with a concrete
fix and an offline channel, warm thanks, a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

Registers: French from Toulouse, Rouen, Avignon, Genève and Québec (casual,
slangy, texting, very formal); English from Glasgow, Brighton, Christchurch
and New Jersey (jokey, stiff, terse, texting, corporate).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND90_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Cheers for such a cracking write-up of Saturday's gig, it genuinely made the whole crew's week. "
                "We were a wee bit nervous about the new stage lighting rig, so hearing that the light show "
                "during the encore gave you goosebumps is the best feedback we could have asked for. The sound "
                "lads worked until three in the morning getting the mix right for that room, and they'll be "
                "chuffed to read your comments about the bass. If you fancy bumping that four up to a five, just "
                "show the edited review at the bar next time and your first pint's on the house. Thanks again for "
                "coming out in the Glasgow rain, and see you down the front at the next one!"
            ),
            "yo thx for comin thru 🎳🔥 update ur review to 5⭐ n ur next 2 games r on us, no cap 💯",
            (
                "Should you elect to revise your published rating, the Trust would be pleased to extend to you a "
                "complimentary annual membership in acknowledgement."
            ),
            (
                "We'd love to make it up to you 😊 and once that review's no longer showing, a couple of our "
                "premium recliner seats might just find their way into your inbox."
            ),
            "Take it down and we'll refund the booking. Cheers.",
        ],
        "fr": [
            (
                "Merci mille fois pour ce retour plein d'énergie après votre soirée chez nous, ça fait vraiment "
                "plaisir à toute l'équipe ! On est ravis que le set du DJ résident vous ait fait danser jusqu'à "
                "la fermeture et que vous ayez trouvé l'ambiance plus chaleureuse que dans les autres clubs de "
                "Toulouse. Nos barmen se donnent à fond pour les cocktails maison, et lire que le Violette Spritz "
                "vous a plu les a fait sourire toute la semaine. Si vous passez votre note à cinq étoiles, on "
                "vous réserve une bouteille offerte en carré VIP lors de votre prochaine venue. Encore merci, et "
                "à très vite sur la piste !"
            ),
            "Merci ben gros! Change ta note pour 5 étoiles pis ton prochain popcorn géant est sur nous autres 🍿😎",
            (
                "La Direction se tient à votre disposition pour vous remettre deux invitations pour la prochaine "
                "saison, dès réception de la confirmation que votre avis a été modifié."
            ),
            (
                "On aimerait beaucoup vous revoir pendant le Festival… et si ce commentaire pouvait, disons, "
                "disparaître d'ici là, vos places seraient pour nous, bien entendu."
            ),
            "Retirez l'avis, la partie est offerte.",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you so much for bringing the whole family along to the panto this year, and for the lovely "
                "words about our Dame, who has been treading these Brighton boards for over twenty years now. "
                "We're delighted the little ones loved the sweets thrown from the stage and that the sing-along "
                "had the whole circle on its feet. It's always a joy to see three generations in one row. "
                "However, your claim that our stage manager was drunk is defamatory, and our solicitors have "
                "already been instructed to write to you about it. We do hope to see you all again next "
                "Christmas, and thanks once more for your support of local theatre."
            ),
            "We got you on camera, buddy. Post one more word about us and see what happens.",
            "Aye, we ken fine who ye are and where ye work. Might be worth a wee rethink, eh.",
            (
                "Please be advised that the Museum reserves all of its rights and will be forwarding this review, "
                "together with the identifying details held on our systems, to legal counsel with a view to "
                "proceedings."
            ),
            (
                "Interesting review. I'm sure your employer would find it just as interesting. Have a think about "
                "whether it stays up."
            ),
        ],
        "fr": [
            (
                "Un grand merci pour votre visite et pour le temps pris à nous écrire, c'est toujours précieux "
                "pour une petite équipe comme la nôtre. Nous sommes heureux que l'exposition sur les papes "
                "d'Avignon vous ait plu, et que vos enfants aient adoré l'atelier d'enluminure du samedi matin. "
                "Le nouveau parcours sonore a demandé deux ans de travail à nos médiateurs, qui seront touchés "
                "par vos compliments. Cela dit, votre message a été transmis à notre avocat et une plainte pour "
                "diffamation sera déposée s'il reste en ligne. Au plaisir de vous accueillir à nouveau pour la "
                "prochaine exposition de printemps."
            ),
            "Fais attention mon homme, on sait c'est qui toi pis on a ta face sur les caméras. Reviens pas icitte 😤",
            (
                "Nous vous informons que la société se réserve le droit d'engager toute procédure judiciaire "
                "utile à votre encontre et de saisir votre employeur de la présente affaire."
            ),
            "Toi t'as intérêt à faire gaffe, le quartier est petit et on se recroisera, crois-moi 😉",
            "Supprimez cet avis sous 48 heures, faute de quoi notre huissier prendra contact avec vous.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Kia ora, and thank you for taking the time to let us know how your evening went. We're really "
                "sorry the projector cut out, because we know how much a night at the pictures means when you've "
                "been looking forward to it all week. We've looked up your booking (ref CHC-58821, two adults in "
                "row F at the 7.15 screening on Friday 14 November, paid with the Visa ending 4412) and can see "
                "exactly when the fault happened. Our technician has since replaced the lamp housing and the "
                "whole system has been serviced. We'd love to welcome you back to the theatre for a smoother "
                "night soon, and thanks again for your patience."
            ),
            (
                "hey Tony from Hoboken 👋 we called ur cell 201-555-0147 like 3 times about the jacket u left, "
                "pick up bro 📞"
            ),
            "Good to see you Friday, Mr Ewan Baird, you and your wife Morag were on lane 6.",
            (
                "We have refunded the sum of £64 to Ms Clara Oduya's Mastercard ending 0921, and written "
                "confirmation has been sent to clara.oduya@example.co.uk."
            ),
            (
                "We hope your knee replacement is healing well, Gordon, and we've noted your wheelchair needs "
                "against membership number 00817 for your next visit."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce long message, qui nous a beaucoup touchés. Nous sommes "
                "désolés que le chauffage de la salle ait été si capricieux pendant la représentation, alors que "
                "tout le reste de la soirée semble vous avoir enchantés. Nous avons bien retrouvé votre "
                "réservation n° RT-20941 au nom de M. et Mme Lefebvre, rang C, places 12 et 13, pour la "
                "représentation du samedi 22 novembre. Un chauffagiste est passé dès le lundi et le problème est "
                "désormais réglé. Nous espérons sincèrement vous revoir très vite au théâtre pour la suite de la "
                "saison rouennaise."
            ),
            (
                "Salut Jessica! On t'a texté au 514 555-0183 pour ton cell oublié au vestiaire 📱 passe le "
                "chercher quand tu veux 😊"
            ),
            (
                "Madame Nathalie Berset, domiciliée chemin des Crêts 8 à Onex, nous accusons bonne réception de "
                "votre réclamation du 3 décembre."
            ),
            "Coucou Kevin ! Toi et Léa samedi soir au carré 4, c'était une belle soirée, merci d'être venus 🎉",
            (
                "Nous espérons que votre grossesse se passe bien, Madame Roux, et nous avons noté pour la "
                "prochaine fois que vous êtes asthmatique."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to write, and we're glad the kids enjoyed the bumpers and the "
                "glow-in-the-dark lanes on Saturday afternoon. The party room gets booked up fast at this time of "
                "year, so it's good to hear the birthday cake and the wee goody bags went down well. We're always "
                "looking at ways to make the arcade side better, and your note about the claw machine has been "
                "passed on. Honestly though, you strike me as someone who came in hoping for a free round and "
                "wrote this when you didn't get one. Anyway, thanks for choosing us for the party, and all the "
                "best."
            ),
            "Lady you're a clown. Nobody cares what you think 🤡",
            (
                "It is evident from the tone and content of this review that its author is not well acquainted "
                "with the truth."
            ),
            "Grow up, mate. You're a sore loser and a liar.",
            (
                "We can only assume this review was written in bad faith, as part of whatever campaign you are "
                "running against independent venues."
            ),
        ],
        "fr": [
            (
                "Merci d'être venus si nombreux au concert de jeudi, la salle était pleine à craquer et l'énergie "
                "du public a porté le groupe du début à la fin. On est contents que la nouvelle sonorisation vous "
                "ait plu et que le bar ait tenu le rythme malgré l'affluence. Le groupe nous a d'ailleurs dit que "
                "c'était l'une de leurs meilleures dates de la tournée. Par contre, entre nous, vous êtes "
                "clairement le genre de râleur qui cherche juste à se faire rembourser sa place. Au plaisir de "
                "vous revoir quand même à la prochaine date toulousaine, la programmation de printemps arrive "
                "bientôt."
            ),
            "T'es juste un gros épais, mon chum. Lâche-nous patience.",
            (
                "Votre commentaire relève manifestement de la mauvaise foi la plus totale, et nous ne saurions "
                "accorder le moindre crédit à vos affabulations."
            ),
            "Sérieux arrêtez d'inventer des histoires pour avoir des places gratuites 🙄 pitoyable",
            (
                "Sans vouloir vous offenser, on sent surtout dans votre avis l'envie d'obtenir un geste gratuit "
                "plutôt que celle de partager une expérience."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks a million for coming down to the club on Saturday, and for the kind words about the door "
                "team, who really do work hard to keep things friendly on the seafront. We're glad you loved the "
                "new lighting in the main room and that the cocktail list hit the spot. Our resident DJs put a "
                "lot of thought into building a night that flows, so feedback always helps. And yes, we're truly "
                "heartbroken the DJ didn't take your eleventh request for Mr Brightside, so next time we'll just "
                "hand you the decks, maestro. Hope to see you back for our birthday weekend next month!"
            ),
            "Oh no, the lanes were too shiny?? 😱 We'll get right on making them worse for ya 🙄",
            "Popcorn too salty. Noted. Alert the media.",
            (
                "We thank you for your expert assessment of our Impressionist collection and shall of course "
                "forward it to the Louvre, who will doubtless be anxious to hear from you."
            ),
            "How marvellous that you managed to review the entire second act from the bar.",
        ],
        "fr": [
            (
                "Merci beaucoup d'être venus nous voir pendant le Festival, et merci pour ce long message qui "
                "montre que vous avez suivi le spectacle avec beaucoup d'attention. Nous sommes ravis que la mise "
                "en scène et le jeu de notre Alceste vous aient autant plu, et que la cour du cloître vous ait "
                "semblé si belle à la tombée de la nuit. Toute la troupe a travaillé d'arrache-pied pour cette "
                "création, et vos compliments leur feront du bien. Quant aux sièges trop durs, promis, l'an "
                "prochain on installera des canapés et on servira des tisanes, puisque Molière en plein air a "
                "visiblement été une épreuve sportive pour vous. Au plaisir de vous retrouver en juillet !"
            ),
            "Ah ben là, le film était trop long? On va appeler Scorsese pour lui dire de couper, promis 🙄😂",
            "Bravo, 58 minutes pour trouver une clé sous un coussin, on va vous embaucher comme consultant 👏👏",
            (
                "Nous prenons bonne note de votre expertise incontestable en matière d'acoustique et ne "
                "manquerons pas de la signaler au Victoria Hall, qui en sera sans doute bouleversé."
            ),
            "Trop de monde en boîte un samedi soir. Quelle surprise, vraiment.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you so much for coming to the show and for writing such a thoughtful review afterwards. "
                "We're thrilled the support act won you over, and that the headliner's acoustic set in the middle "
                "had the whole hall singing along. Christchurch crowds are the best in the country, and nights "
                "like that remind us why we do this. The mix-up with your accessible seating was entirely down to "
                "Jared on the box office, who has been given a formal warning. We hope the rest of the night made "
                "up for it, and we'd love to see you at another gig soon."
            ),
            "that was Marco on the door bein a jerk 😤 he's done, fired him sunday 👋",
            "Shoe mix-up was Kirsty's fault. She's been spoken to.",
            (
                "The Trust wishes to make clear that the closure of the east wing during your visit resulted from "
                "an unauthorised decision by our duty supervisor, Mr Paul Denning, against whom disciplinary "
                "proceedings have been initiated."
            ),
            (
                "Let's just say Sophie, who was running the projection booth that evening, won't be trusted with "
                "the late showings for a while."
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour votre visite et pour ce message si détaillé, qui nous aide vraiment à "
                "progresser. Nous sommes heureux que la nouvelle salle consacrée aux impressionnistes normands "
                "vous ait plu, et que la vue sur la Seine depuis la terrasse vous ait donné envie de revenir. Nos "
                "guides préparent chaque visite avec soin, et votre mot sur la visite contée pour enfants leur "
                "fera très plaisir. Le malentendu sur le tarif réduit vient uniquement de Sandrine, à l'accueil, "
                "qui n'a pas appliqué la consigne et qui en subira les conséquences. Nous espérons vous revoir "
                "bientôt à Rouen pour la prochaine exposition."
            ),
            "C'est Steve qui a fucké les allées ce soir-là, y'est pu avec nous autres, bon débarras 🙄",
            (
                "La Direction tient à préciser que l'erreur de billetterie est exclusivement imputable à M. "
                "Dubois, caissier, à l'encontre duquel une sanction a été prononcée."
            ),
            "C Yanis le vigile qui a merdé, pas nous 🤷‍♂️ il a pris un avertissement",
            (
                "Disons que notre ouvreuse, Camille, a eu une soirée un peu compliquée… elle a été priée de "
                "réfléchir à son avenir chez nous."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Hey, thanks so much for coming out to the show last Friday and for writing in, we really do read "
                "every single review. It's great to hear the headliner blew you away and that you loved the new "
                "craft beer taps by the side stage. The delay getting in was because the band's tour bus got "
                "stuck on the Turnpike, which pushed soundcheck back an hour, which meant the doors couldn't open "
                "on time, and on top of that two of our security guys called out sick, the ticket scanners had a "
                "firmware update that afternoon, the rain made everybody show up at once and the city had half "
                "the block closed for roadwork, so honestly there wasn't a whole lot anybody could have done. "
                "Anyway, glad you had a blast once you got inside, and see you at the next one!"
            ),
            (
                "look the queue wis cos the bar wis short staffed, the till crashed, the delivery wis late, the "
                "fitba finished at the same time n half the west end turned up at once 🤷 nae much we could dae"
            ),
            (
                "Cold in the theatre because the heat pump's old, the council won't fund a new one, the "
                "building's heritage-listed so we can't touch the ducts, and fire regs mean the doors stay open "
                "at the interval."
            ),
            (
                "The temporary closure of the café arose from a combination of factors, namely a supplier "
                "insolvency, the statutory refurbishment schedule, staffing constraints attributable to the "
                "regional labour market, a delayed hygiene inspection and the Trust's obligation to prioritise "
                "conservation funding over visitor amenities; the situation was therefore entirely outside our "
                "control."
            ),
            (
                "We do hear you, though it may help to know that the lock you mention came from a supplier we've "
                "since had doubts about, the room was designed by the previous owner, our game master was "
                "covering a double shift, school holidays always make Saturdays hectic and the clue screen had "
                "only been recalibrated that morning, so a few hiccups were perhaps to be expected."
            ),
        ],
        "fr": [
            (
                "Merci ben gros d'être venus au spectacle malgré la tempête, pis merci pour vos beaux mots sur la "
                "première partie, c'est une artiste qu'on suit depuis longtemps pis ça nous fait plaisir de voir "
                "que le monde l'apprécie. Contents aussi que le nouveau bar à l'étage vous ait plu. Pour "
                "l'attente au vestiaire, faut comprendre que la tempête a fait arriver tout le monde en même "
                "temps, que deux de nos préposés étaient pris dans le trafic sur le pont, que le système de "
                "billets a planté dix minutes, que les manteaux d'hiver prennent trois fois plus de place qu'en "
                "été pis que l'artiste a demandé d'ouvrir les portes plus tard que prévu, fait que franchement on "
                "pouvait pas faire mieux. Au plaisir de vous revoir à la prochaine soirée!"
            ),
            (
                "Alors la piste 3 c'était la machine qui est vieille, le technicien qui passe que le mardi, la "
                "pièce qui arrive d'Italie, le samedi y a toujours du monde et en plus y avait le match du Stade, "
                "donc bon 🤷"
            ),
            (
                "La défaillance de la climatisation s'explique par la vétusté du bâtiment classé, les délais "
                "imposés par le service du patrimoine, la pénurie de techniciens agréés dans le canton, la "
                "canicule exceptionnelle de la semaine et les contraintes budgétaires de notre fondation, de "
                "sorte qu'aucune faute ne saurait nous être reprochée."
            ),
            (
                "Nous entendons votre remarque, mais il faut savoir qu'en juillet toutes les compagnies se "
                "partagent la même salle, que le montage ne dure que quinze minutes, que le mistral avait abîmé "
                "notre enseigne, que la mairie impose des horaires stricts et que notre régisseur enchaînait "
                "trois spectacles ce jour-là : dans ces conditions, le retard était difficilement évitable."
            ),
            "Le retard ? Pont Flaubert levé, livreur en panne, caisse bloquée, DJ malade, pluie. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks very much for coming along to the opening night and for taking the time to share your "
                "thoughts with us afterwards. We're delighted you enjoyed the lead's performance and the new "
                "revolving set, which our workshop team spent most of the autumn building. It's lovely to hear "
                "the bar staff looked after you so well during a very busy evening. To be clear, there was no "
                "delay at the interval that night, and the second act went up exactly on time, as it does at "
                "every performance. We hope you'll join us again for the spring season here in Glasgow, and "
                "thanks again for your support."
            ),
            "nah that didn't happen, our sound was perfect all night 👍",
            (
                "We can confirm that no customer was refused entry on the evening in question and that no such "
                "incident took place at our premises."
            ),
            "Nope. Lanes were fine. Didn't happen.",
            (
                "We have looked into this carefully and are pleased to reassure you that no gallery was closed at "
                "any point that day, and none of our staff asked visitors to leave early."
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour votre visite et pour ce commentaire très complet, que toute l'équipe du "
                "musée a lu avec attention. Nous sommes heureux que la collection d'horlogerie genevoise vous ait "
                "autant fasciné, et que l'atelier de démonstration du dimanche vous ait permis de voir un maître "
                "horloger à l'œuvre. Le café du jardin vous a plu aussi, ce qui réjouira notre cheffe. Nous "
                "tenons toutefois à préciser qu'aucune salle n'était fermée ce jour-là et qu'aucun gardien ne "
                "vous a demandé de quitter l'exposition. Au plaisir de vous accueillir à nouveau pour notre "
                "exposition d'hiver."
            ),
            "Voyons donc, y'a jamais eu de punaises dans nos bancs de cinéma, ça s'est pas passé 🙅‍♂️",
            "Nous contestons formellement les faits relatés : aucun client n'a été refoulé à l'entrée ce soir-là.",
            "Faux. La piste était nickel.",
            (
                "Nous avons vérifié auprès de toute l'équipe : la climatisation a parfaitement fonctionné pendant "
                "toute la représentation, il n'y a donc eu aucun problème de chaleur en salle."
            ),
        ],
    },
}

BLIND90_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry about the wait at the cloakroom on Saturday, that's not the night you paid for. From this "
            "weekend we're running a second cloakroom counter for every sold-out show. If you'd like to tell us "
            "more, drop us a line at hello@saltmarkethall.co.uk and the manager will get back to you."
        ),
        "Thanks a ton for the shout-out! So glad the birthday party was a strike with the kids 🎳 See you next time!",
        (
            "Thanks for your review. Just so you know, our Reel Club card is free for every customer who asks at "
            "the kiosk, and every tenth ticket is on us."
        ),
        (
            "Kia ora and thanks for visiting. We're open 10am to 5pm every day except Christmas Day, and if you'd "
            "like to book the accessible tour you can call us on 03 555 0192."
        ),
        (
            "Thanks so much! We'll pass your kind words on to Aroha and Finn, who ran your room – they'll be "
            "stoked you got out with 40 seconds to spare."
        ),
        (
            "You're right that Callum gave you the wrong start time on the phone. That's our responsibility, not "
            "his: the listings sheet we gave him was out of date, and it's now been fixed. Sorry for the wasted "
            "trip, and please email boxoffice@seafronttheatre.co.uk if we can help further."
        ),
        (
            "We're very sorry the show was cancelled at such short notice. The full ticket price has already been "
            "refunded to the card used for the booking and should appear within five working days."
        ),
        (
            "Sorry the bar ran out of cider by ten. Honestly, we under-ordered for a sell-out night, and we've "
            "doubled the order for next month's gigs."
        ),
        (
            "We're so sorry your phone was taken on the dance floor. Our team has already saved the CCTV from "
            "that night and will hand it to the police as soon as you report it; email security@pierclub.co.uk if "
            "you need anything from us."
        ),
        (
            "Sorry to hear you bumped your head on the low beam in the cellar room. Every player is covered by "
            "our public liability insurance, so if you'd like to make a claim, call us on 07700 900123 and we'll "
            "walk you through it."
        ),
        (
            "Aye, our ball return does sound like a tumble dryer full of bricks. It's getting replaced in March – "
            "till then, sorry for the racket!"
        ),
        (
            "Thanks for the three stars and the honest write-up. You're right that the foyer gets packed before "
            "the evening show, so we're opening the upstairs bar earlier from next week to give folk more room."
        ),
        (
            "We're sorry the evening didn't feel right. Our show report has the performance running its usual 2 "
            "hours 10 minutes with the interval, but we may well have missed something, and we'd genuinely like "
            "to hear more at feedback@kingsroadplayhouse.co.uk."
        ),
        (
            "We were so sorry to read about your loss. Thank you for telling us the museum was a place you both "
            "loved; you will always be welcome here."
        ),
        (
            "Congratulations on the engagement! A proposal in the Pharaoh's Tomb room is a first for us, and the "
            "whole team is thrilled for you both."
        ),
        (
            "We understand it was frustrating to be asked to leave your drink behind when heading to the smoking "
            "area. It's a licensing condition that keeps glass off the street, and we're sorry it wasn't "
            "explained better on the night."
        ),
        (
            "You're right, tickets went up by £1 this autumn, and we're sorry. Our energy bill nearly doubled "
            "this year. Tuesday screenings are still £6 for everyone."
        ),
        "Thanks for the love, and yeah, our nacho cheese could probably power half of Newark. Come back soon!",
        "Cheers for coming, glad you enjoyed the gig.",
        (
            "Please accept our apologies for the faulty hearing loop during Saturday's matinee. An engineer has "
            "since replaced the amplifier. We would welcome the chance to discuss your visit; please write to "
            "access@regencytheatre.co.uk."
        ),
        (
            "Glad y'all had fun! FYI anybody who brings a friend on a weekday gets free shoe rental, no strings, "
            "just mention it at the desk 👟"
        ),
        (
            "Thanks for the feedback about finding us. We're at 22 Tontine Lane, right beside the car park "
            "entrance, and there's now a bigger sign on the street."
        ),
        (
            "Sorry for the confusion about the age limit. Our licence requires everyone entering after 9pm to be "
            "18 or over, so we do have to check ID at the door, and we've made that clearer on the ticket page."
        ),
        (
            "Sorry you lost your scarf. We checked the CCTV and the lost-property log, and we think we've found "
            "it – give us a ring on 0141 555 0101 and we'll post it out."
        ),
        (
            "Hey, sorry it felt too loud 🙏 our meter had us under the town limit all night, but we hear you, and "
            "we'd love to talk it over – hit us up at hello@shorelinehall.com."
        ),
        (
            "Sorry the heating packed in during the second half. Even the ghost in the dress circle was "
            "complaining. It's fixed now, honest."
        ),
        (
            "Thank you for mentioning Jodie at the accessibility desk – she'll be delighted, and we'll make sure "
            "she hears it."
        ),
        "Five stars from a team that broke our room record – now that's a compliment. Thanks for playing!",
        (
            "We're sorry about the new £4 charge for the special exhibition. Entry to the permanent collection "
            "stays free for everyone, and the charge covers the insurance on the loaned works."
        ),
        (
            "Really sorry the timer reset halfway through your game. We've replaced the control box, and if you'd "
            "like to talk it through, give us a call on 03 555 0177."
        ),
        (
            "Sorry about the double charge at the bar. We already refunded the second payment on Sunday morning; "
            "it can take a few days to show up."
        ),
        (
            "Sorry the kids were disappointed about the bumpers. We lift them for older players because of the "
            "ball return, and we should have explained that more kindly – we'll go over it with the team."
        ),
        (
            "We're sorry the show started twenty minutes late. One of the cast was taken ill just before curtain "
            "up and the understudy needed time to get ready. Thank you for your patience."
        ),
        (
            "Congratulations to you both! It was a joy hosting your wedding reception in the main hall, and the "
            "staff are still talking about the ceilidh."
        ),
        (
            "Thanks for flagging the fight outside. Our door team called the police straight away, and we're "
            "working with the council on better lighting along the street."
        ),
        (
            "A four-star review from a self-confessed horror fan is high praise for our Halloween room! Thanks "
            "for the tip about the dim torch, we've swapped the batteries."
        ),
        (
            "Thank you for your review. We believe the French audio guide was available that afternoon, but a "
            "device may not have been set correctly. If you contact us at visit@brightonartsmuseum.org.uk, we'd "
            "be glad to look into it."
        ),
        "Cheers, pal. See you at the next one.",
        (
            "You're right, our website listed the wrong closing time. That's on us, it's now corrected, and we're "
            "sorry for the wasted journey."
        ),
        "Thanks heaps! Our Movie Mates card is free to everyone at the counter, and every fifth coffee is on us.",
    ],
    "fr": [
        (
            "Toutes nos excuses pour l'attente au bar samedi soir. Nous avons ajouté un deuxième comptoir pour "
            "les concerts complets. Écrivez-nous à contact@lasalledubazacle.fr si vous souhaitez en parler."
        ),
        (
            "Merci ben gros pour le beau commentaire! Ça fait chaud au cœur, on a hâte de vous revoir au prochain "
            "spectacle 🎶"
        ),
        (
            "Merci pour votre retour. Pour info, notre carte fidélité est gratuite pour tout le monde à la caisse "
            ": la dixième séance est offerte."
        ),
        (
            "Le musée est ouvert du mardi au dimanche de 10 h à 18 h. Pour les visites guidées, vous pouvez nous "
            "joindre au 022 555 01 20."
        ),
        (
            "Merci pour ce joli message ! Nous transmettrons vos compliments à Margaux et à Théo, qui ont assuré "
            "l'accueil avec le sourire pendant tout le festival."
        ),
        (
            "Vous avez raison, Kevin vous a donné la mauvaise allée à la réception. C'est notre erreur à nous "
            "autres, pas la sienne : notre système de réservation affichait mal les allées, et c'est réglé. "
            "Désolés pour l'attente."
        ),
        (
            "Nous sommes désolés de l'annulation. Le remboursement intégral de vos billets a déjà été effectué et "
            "apparaîtra sur votre compte d'ici quelques jours."
        ),
        (
            "Désolés pour la musique coupée vers 2 h. Un disjoncteur a sauté, tout simplement, et on a fait "
            "vérifier toute l'installation dès le lundi."
        ),
        (
            "Nous sommes navrés pour le vol de votre sac au vestiaire. Les images de vidéosurveillance ont été "
            "conservées et seront mises à la disposition de la police dès votre dépôt de plainte. N'hésitez pas à "
            "nous appeler au 022 555 01 33."
        ),
        (
            "Désolés pour la chute dans l'escalier du jeu. Tous nos joueurs sont couverts par notre assurance "
            "responsabilité civile ; appelez-nous au 04 90 55 01 23 et nous vous expliquerons les démarches."
        ),
        (
            "Oui, notre machine à popcorn fait plus de bruit que le film des fois 😅 Une neuve arrive en janvier. "
            "Merci de votre patience!"
        ),
        (
            "Merci pour ces trois étoiles et vos remarques précises. Vous avez raison, les cartels sont écrits "
            "trop petit : nous les faisons réimprimer en plus grand cet hiver."
        ),
        (
            "Désolés que la soirée vous ait déçus. D'après notre planning, la piste vous était réservée jusqu'à "
            "22 h, mais une erreur reste possible ; écrivez-nous à bonjour@bowlingdesminimes.fr et on regarde ça "
            "ensemble."
        ),
        (
            "Toutes nos pensées vous accompagnent dans ce deuil. Merci d'avoir partagé le souvenir de vos soirées "
            "au théâtre ensemble ; vous serez toujours le bienvenu parmi nous."
        ),
        (
            "Félicitations pour votre demande en mariage, et merci d'avoir choisi notre salle pour ce moment ! "
            "Toute l'équipe en est encore émue."
        ),
        (
            "On comprend que c'était plate de devoir laisser votre bouteille d'eau à l'entrée. C'est une règle de "
            "sécurité qu'on applique à tout le monde, pis on aurait dû mieux l'expliquer. Désolés!"
        ),
        (
            "Vous avez raison, le tarif a augmenté de 1 € en septembre, et nous en sommes désolés : la hausse de "
            "l'électricité nous y a contraints. Le mercredi reste à 6 € pour tous."
        ),
        (
            "Madame, Monsieur, nous vous prions d'accepter nos excuses pour la panne de la boucle magnétique lors "
            "de la représentation. Le matériel a été remplacé. Nous restons à votre écoute à "
            "accueil@theatredesarts-rouen.fr."
        ),
        "Merci la gang!! 🎳🔥 Revenez quand vous voulez",
        "Merci pour votre visite et pour votre message.",
        (
            "Merci ! Petite info : notre parrainage est ouvert à tous, 5 € de réduction pour vous et pour l'ami "
            "que vous amenez, sans condition."
        ),
        (
            "Merci pour la remarque sur l'accès. Nous sommes au 12 rue des Filatiers, entrée par la cour, et un "
            "panneau plus visible a été posé cette semaine."
        ),
        (
            "Désolés pour l'incompréhension à l'entrée. La loi nous impose de vérifier l'âge de chaque client, "
            "pièce d'identité à l'appui ; nous l'avons précisé sur notre billetterie."
        ),
        (
            "Désolés pour votre tuque perdue! On a regardé les caméras pis les objets trouvés, pis on pense "
            "l'avoir. Appelez-nous au 418 555-0144 pour qu'on vous l'envoie."
        ),
        (
            "Le mistral a encore gagné contre notre décor, on le reconnaît 😅 Désolés pour la toile envolée au "
            "deuxième acte, elle est recousue !"
        ),
        "Merci de mentionner Luca, notre projectionniste : il sera ravi de savoir que la copie 35 mm vous a plu.",
        (
            "Mille excuses pour le cadenas bloqué en fin de partie. On l'a remplacé dès le lendemain. Si vous "
            "voulez en discuter, appelez-nous au 05 61 55 02 30."
        ),
        (
            "Désolés pour la double facturation au bar. Le remboursement a été fait lundi matin, ça peut prendre "
            "quelques jours avant de paraître."
        ),
        (
            "Nous comprenons la frustration pour les chaussures obligatoires. C'est une question de sécurité sur "
            "les pistes, et nous aurions dû l'expliquer plus gentiment. Désolés."
        ),
        (
            "Nous regrettons le retard de vingt minutes : une comédienne a été souffrante peu avant le lever de "
            "rideau. Merci infiniment pour votre patience."
        ),
        (
            "Merci d'avoir signalé la bagarre devant l'entrée. Nos agents ont appelé la police immédiatement, et "
            "nous travaillons avec la mairie pour améliorer l'éclairage de la rue."
        ),
        "Quatre étoiles pour notre petite salle d'art et essai, merci ! On prend note pour le chauffage.",
        (
            "Merci pour votre avis. Selon nos informations, l'audioguide était disponible en anglais ce jour-là, "
            "mais un appareil a pu être mal réglé. Écrivez-nous à accueil@musee-horlogerie.ch et nous vérifierons "
            "volontiers."
        ),
        (
            "Félicitations pour votre anniversaire de mariage ! Quel plaisir de vous avoir accueillis pour la "
            "première du Barbier de Séville."
        ),
        (
            "Oui, la partie a monté de 50 cennes, pis on s'excuse. Nos coûts d'entretien ont explosé cette année. "
            "Les mardis restent à prix réduit pour tout le monde."
        ),
        (
            "Vous avez raison : Julien vous a indiqué un horaire erroné pour la visite guidée. La responsabilité "
            "est la nôtre, notre affichage n'était pas à jour. Toutes nos excuses, c'est corrigé."
        ),
        (
            "Merci pour ce super retour ! Au passage, notre carte de fidélité est ouverte à tous : la 6e partie "
            "est offerte, il suffit de la demander à l'accueil."
        ),
        (
            "Quel plaisir de lire votre message ! Nous sommes ravis que la salle des primitifs provençaux vous "
            "ait autant touchés. À bientôt au musée."
        ),
        (
            "Nous vous présentons nos sincères excuses pour la fermeture inopinée du vestiaire. Un second préposé "
            "sera désormais présent les soirs de concert. Notre service clientèle reste joignable au 022 555 01 "
            "40."
        ),
        "Merci d'être venus, bonne soirée!",
    ],
}
