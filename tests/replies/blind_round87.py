"""Blind reply set, round 87: owner replies the pre-post check has never seen.

Who and when: written by helper b85, an independent writer, on 2026-12-06,
from the writer brief for round 85 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
phone and computer repair shops, electronics stores, furniture and DIY shops,
florists, bookshops and toy shops.  Each French reply was written directly in
French, not translated.  Apart from the brief and the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or earlier
blind set, any other folder under /work, the git history or /work/.library;
did not run the check, any test or any bench on these replies (only a syntax
parse, a count of entries and ruff); and did not search the code.  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply is
a long, warm reply whose fault sits in a single sentence in the middle; the
others are one-liners, slang or texting with emoji, very formal or corporate
wording, veiled and polite phrasings and regional speech.  Good replies include
look-alikes that are not faults: an apology with a concrete fix and an offline
channel, warm thanks to happy customers, a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned by
the business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

Registers, drawn from: French from Paris, Brest, Perpignan, Fribourg and
Guadeloupe (familiar, polite, texting with emoji, very formal); English from
Liverpool, Swansea, Wellington and Georgia (chatty, clipped,
passive-aggressive, texting with emoji, very formal corporate).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND87_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Ah, thanks a million for this, it's made our week here on Bold Street. A cracked screen "
                "on a Friday night is nobody's idea of fun, and we're made up that Connor got the new "
                "glass fitted and all your photos backed up before you'd even finished your brew. It's "
                "lovely hearing the phone feels brand new again and the battery's lasting the whole day "
                "now. Bump that four stars up to five and we'll fit a tempered-glass protector on the "
                "house next time you're passing. Look after that phone, and ta-ra for now!"
            ),
            "Chur for the review! 🧸 Flick it up to 5 stars and ur next Lego set is 20% off, sweet as 😎",
            (
                "Customers who update their published rating to reflect a fully satisfactory experience "
                "become eligible for a complimentary two-year extended warranty, applied automatically to "
                "their most recent purchase."
            ),
            (
                "We sure do appreciate you writing in, hon. If you'd feel led to take that little review "
                "down, there'll be a dozen long-stem roses waiting on the counter for you, no charge."
            ),
            (
                "Sorry the signed copy came creased, love. Tell you what, make that one star disappear and "
                "your next hardback's on us, tidy."
            ),
        ],
        "fr": [
            (
                "Bonjour et mille mercis pour ce message qui nous a fait un bien fou en plein dimanche de "
                "crachin. Nous sommes ravis que Maëlle ait réussi à vous dénicher ce vieux recueil de "
                "Corbière que vous cherchiez depuis des années, et que le papier kraft ait résisté à "
                "l'averse en sortant. C'est exactement pour ce genre de trouvaille qu'on aime ce métier de "
                "libraire. Si jamais vous passiez votre avis de quatre à cinq étoiles, un bon d'achat de "
                "quinze euros vous attendrait à la caisse lors de votre prochaine venue. Au plaisir de "
                "vous revoir entre nos rayons, et bonne lecture !"
            ),
            (
                "Ayayay mèsi doudou 🌺 Si ou monté la note à 5 zétwal, on vous offre un ti bouquet "
                "d'anthuriums la prochaine fois 💐😉"
            ),
            (
                "Nous nous permettons de vous informer qu'un avoir de trente francs sera porté au crédit "
                "de votre compte client dès la modification de votre évaluation sur la présente plateforme."
            ),
            (
                "Franchement merci d'être passé 🙏 tu supprimes l'avis et je te fais le changement de "
                "batterie à moitié prix, deal ?"
            ),
            (
                "On comprend votre déception pour le canapé, té. Peut-être qu'en revoyant un peu votre "
                "note, vous trouveriez une petite attention bien agréable glissée dans votre prochaine "
                "livraison."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write, and for choosing us for your new dining set. We "
                "know the delivery window slipped, and we're genuinely sorry the lads turned up later than "
                "promised on such a wet afternoon. It's good to hear the oak table has gone down a treat "
                "and that the chairs are every bit as comfy as they looked in the showroom. That said, if "
                "this review isn't amended by Friday our solicitors will be writing to you about the "
                "defamatory wording. We hope you enjoy many Sunday dinners around it."
            ),
            "Keep chattin that rubbish la n see what happens next time ur in town 😤 we know ur face",
            (
                "Please be advised that this review has been forwarded to our legal department, and that "
                "we reserve the right to pursue every available remedy, including damages, against its "
                "author."
            ),
            (
                "We'd sure hate for your employer to get a call about the way you talk to folks in shops, "
                "so you might want to think on that a while, hon."
            ),
            (
                "Post another one like this and you're banned, and we'll be letting every toy shop in "
                "Welly know exactly why."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après la cérémonie. Nous avons mis "
                "tout notre cœur dans ces arches de roses et de lavande, et nous savons qu'avec la "
                "tramontane de ce samedi-là, l'installation en extérieur n'a été simple pour personne. "
                "Nous sommes heureux que la décoration des tables vous ait plu et que les bouquets aient "
                "tenu jusqu'au soir. Sachez toutefois que si ce commentaire reste en ligne, notre avocat "
                "vous adressera une mise en demeure dans la semaine. Nous restons à votre écoute en "
                "boutique pour en parler de vive voix."
            ),
            "Continue comme ça et on passera te dire bonjour au taf, on sait très bien où tu bosses 😉",
            (
                "Nous vous informons que nous avons conservé les enregistrements de votre passage et que "
                "nous nous réservons le droit de les rendre publics si ce commentaire n'est pas retiré "
                "sous huitaine."
            ),
            (
                "On vous conseille gentiment de retirer ce message avant que tout le quartier apprenne de "
                "notre bouche comment vous vous êtes comporté au magasin."
            ),
            (
                "Efface ça vite hein 😡 la Guadeloupe c'est petit, on finit toujours par se croiser, et là "
                "on sera moins gentils 👀"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks ever so much for the kind words, it really does mean a lot to a small shop like "
                "ours. Getting a laptop back with every photo and every essay intact is the whole reason "
                "we do this job, and we're chuffed the new SSD has made it fly. We've left a note on job "
                "LPL-40718 for you, Mrs Okafor, so when you ring us again from 07700 900461 the lads will "
                "know exactly what was done. It was a pleasure sorting it, and we hope the rest of the "
                "term goes brilliantly."
            ),
            "Cheers Hemi!! 📱 Great to see you and Aroha in on Saturday the 14th, hope the new screen holds up 🙌",
            (
                "We confirm that the refund for order #EL-558213, paid with the Visa card ending 4417, has "
                "been processed to the account registered under j.marsh@example.com."
            ),
            (
                "Well hey Darlene! Sorry them lilies for your mama's service at Hollis & Sons on Tuesday "
                "weren't what you pictured, we'll swing by the house on Magnolia Drive and make it right."
            ),
            (
                "Sorry you struggled on the stairs, Gareth. With your new hip and the angina, we should've "
                "offered to carry the bookcase down to the car for you."
            ),
        ],
        "fr": [
            (
                "Un grand merci pour ce retour si chaleureux, ça nous touche beaucoup. Récupérer toutes "
                "les photos d'un téléphone tombé dans le canal Saint-Martin, ce n'était pas gagné, et "
                "toute l'équipe était ravie de voir votre sourire au moment du retrait. Madame Lefranc, "
                "nous avons laissé votre dossier RP-2291 ouvert et nous vous rappellerons au 06 12 48 37 "
                "90 dès que la coque de remplacement arrivera. Prenez bien soin de ce petit miraculé, et à "
                "bientôt !"
            ),
            (
                "Merci Josiane 💐 c'était un plaisir de vous voir samedi 8 avec votre fille Laetitia pour "
                "les gerbes de la communion, bisous à toute la famille du Moule 🌺"
            ),
            (
                "Nous accusons bonne réception de votre réclamation relative à la commande n° "
                "2024-FR-0917, livrée à la route de Bertigny 12, et vous remercions de votre patience."
            ),
            (
                "Ah Yannick, fallait nous dire que c'était à cause de votre hernie discale que vous "
                "cherchiez un fauteuil de bureau, on vous aurait conseillé autrement !"
            ),
            (
                "Merci pour le retour ! On a bien vu que vous aviez réglé avec la carte de l'entreprise "
                "Roig Transports, on vous renvoie la facture au 14 rue de l'Argenterie."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Kia ora and thank you for stopping by our wee shop on Cuba Street. We love hearing that "
                "the kids' corner was a hit and that you finally found the second-hand Janet Frame you'd "
                "been hunting for. Our volunteers put so much heart into those shelves, so your kind words "
                "about the layout mean heaps. Frankly, though, anyone who'd moan about a two-dollar bag "
                "charge is clearly just angling for something for nothing. Hope to see you on the next "
                "rainy Saturday for story time."
            ),
            "Ur a proper rude one mate, shouting at the lads over a £30 repair 😠 grow up",
            (
                "It is evident from the tone and substance of this review that it was written in bad "
                "faith, with the sole aim of extracting compensation to which the author is not entitled."
            ),
            "Some folks just weren't raised right, and it sure showed in how you spoke to our girls at the register.",
            "You're not a customer, butt, you're a chancer after a freebie.",
        ],
        "fr": [
            (
                "Bonjour, et merci beaucoup d'avoir pris le temps de laisser ce commentaire. Nous sommes "
                "contents que le train en bois ait fait le bonheur de toute la famille à Noël, et que la "
                "boîte à musique soit arrivée à temps malgré la neige sur la route de Morat. Nous "
                "choisissons chaque jouet avec soin chez de petits artisans de la région, alors vos mots "
                "nous font vraiment plaisir. Pour le reste, on voit bien que vous êtes du genre à râler "
                "pour vous faire rembourser, ce n'est pas très honnête. Nous vous souhaitons une belle fin "
                "d'hiver."
            ),
            (
                "T'es vraiment un gros relou toi, t'as retourné toute la boutique pendant une heure pour "
                "un câble à 8 balles 🙄"
            ),
            (
                "Nous constatons avec regret que vous êtes coutumier des avis négatifs destinés à obtenir "
                "des gestes commerciaux indus, et nous ne saurions cautionner une telle malhonnêteté."
            ),
            "Il y a des gens qui ne sont jamais contents, et visiblement vous en faites partie, ma pauv' dame.",
            "Madame vous êtes une menteuse et une mal élevée, toute la boutique l'a vu 😤",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hey y'all, thanks so much for swinging by the store for our puzzle afternoon. We love "
                "watching the little ones go wild over the wooden trains, and Miss June said it was the "
                "tallest block tower she's seen all summer. It's always a joy when the place is full of "
                "laughter on a hot Saturday. Oh, and we're just devastated our free balloons weren't quite "
                "the right shade of blue for your Instagram, truly a tragedy we may never recover from. "
                "Come see us again real soon!"
            ),
            "Oh no, a 20 min wait for a phone screen 😱 how did u ever survive la 🙃",
            (
                "We have noted with great interest your expert view that a flat-pack wardrobe ought to "
                "assemble itself, and shall refer it to our engineering team as a matter of urgency."
            ),
            (
                "Congratulations on being the first person in forty years to find a bookshop too full of "
                "books. Tidy work."
            ),
            "So sorry the wind blew your bouquet about, we'll have a stern word with Wellington 🙄",
        ],
        "fr": [
            (
                "Bonjour et merci d'être passé nous voir au magasin. Nous sommes contents que Jordi ait pu "
                "vous couper les planches de pin à la bonne dimension et que le rayon peinture vous ait "
                "plu. On sait qu'avec la chaleur de juillet, bricoler en plein après-midi relève de "
                "l'exploit, alors chapeau. Quant à la perceuse, on est vraiment navrés qu'elle n'ait pas "
                "deviné toute seule où percer, on signalera ce grave défaut au fabricant, promis. Bon "
                "courage pour la suite du chantier !"
            ),
            (
                "Ah ouais 2 jours pour changer une carte mère c'est clairement un scandale d'État 😂 on "
                "appelle le ministre ?"
            ),
            (
                "Nous prenons bonne note de votre expertise en horticulture et ne manquerons pas de "
                "consulter votre immense savoir avant notre prochaine commande de tulipes."
            ),
            (
                "Oh pardon hein, on savait pas que Madame voulait des orchidées qui fleurissent sur "
                "commande 🙄😂 la prochaine fois on appelle le Bondieu directement"
            ),
            (
                "Vous avez raison, il pleut à Brest et c'est évidemment la faute de notre livreur si le "
                "carton était mouillé. Scoop du siècle."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you so much for coming back to tell us how the new telly is getting on. We're "
                "thrilled the picture is everything you hoped for and that the wall bracket went up "
                "without a hitch. Everyone at the Kingsway store loves a happy ending, and yours had us "
                "all grinning. The scratched soundbar was entirely down to Rhys, who rushed the packing, "
                "and he's been given a formal warning for it. Enjoy the rugby on the big screen this "
                "weekend!"
            ),
            "Soz la, that was our Kayleigh 🙄 she's new n clueless, she's been told 👋",
            (
                "An internal review has determined that the delay to your repair was caused solely by "
                "technician D. Mensah, whose conduct is now the subject of disciplinary proceedings."
            ),
            (
                "Ma'am, it was Bobbi-Jo who wrote your order down wrong, and she'll be working the whole "
                "holiday weekend to make up for it."
            ),
            "Yeah nah, that's on Liam, not us. He's been taken off the counter.",
        ],
        "fr": [
            (
                "Bonjour et merci pour ce beau message, ça fait plaisir de lire qu'on a pu vous "
                "accompagner dans le choix de vos lectures d'été. Les rencontres d'auteurs du jeudi soir "
                "sont un peu notre fierté, et nous sommes heureux que celle avec cette jeune romancière "
                "vous ait autant marqué. Le rayon jeunesse s'agrandit d'ailleurs à la rentrée, on espère "
                "vous y croiser. Si votre commande spéciale a pris trois semaines, c'est uniquement parce "
                "que Camille a oublié de l'envoyer au distributeur, et elle a été sérieusement recadrée. "
                "Belle fin d'été et à très vite !"
            ),
            "Dézolé 🙏 c'est Steeve qui a mal noté l'adresse de livraison, on lui a bien remonté les bretelles 😤",
            (
                "Après vérification, il apparaît que l'erreur de facturation est imputable à notre "
                "collaborateur M. Rossier, lequel a fait l'objet d'une mesure disciplinaire."
            ),
            (
                "C'est Gwen qui était au montage ce jour-là, c'est lui qui a serré les vis de travers, pas "
                "nous, et on lui a dit ce qu'on en pensait."
            ),
            "La faute à Sandrine, elle écoute jamais rien, c'est pas la première fois.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for the lovely words about the showroom and for giving us the chance to kit out "
                "your new flat. It's always a treat to help someone pick a sofa that suits both the space "
                "and the budget, and we're glad the rimu side table has found a happy home. The late "
                "delivery happened because the ferry from Picton was cancelled twice, our second van was "
                "in for its warrant, our usual driver was off crook, the supplier in Auckland mislabelled "
                "the pallet, Monday was a public holiday and the council had half of Lambton Quay dug up "
                "anyway. We hope you enjoy many cosy evenings on it."
            ),
            (
                "Look it wasnt us, the part came from China, then the courier lost it, then the tunnel was "
                "shut, then the lad was off sick, then the system went down, so what can u do 🤷‍♂️"
            ),
            (
                "Please note that repair turnaround depends on parts availability, manufacturer "
                "authorisation, diagnostic queue length, seasonal demand, courier performance and "
                "third-party warranty validation, all of which were outside our control during the period "
                "in question and all of which are set out in our terms of service."
            ),
            (
                "Now hon, you've got to understand, it was Valentine's Day, the roses came in late from "
                "Miami on account of a storm, the cooler was acting up, two of our gals had the flu and "
                "the phone was ringing off the hook all morning, so there just wasn't a way in the world "
                "to get them out before noon."
            ),
            (
                "Before you judge, you should know it was a first edition, the publisher changed "
                "distributor, the post was on strike, our till system was being upgraded and there's only "
                "three of us, so frankly the wait was perfectly reasonable."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre magasin pour meubler votre nouvel appartement. "
                "Nous sommes ravis que la bibliothèque en chêne ait trouvé sa place dans le salon et que "
                "notre conseillère vous ait aidé à choisir la bonne teinte. Pour le retard de livraison, "
                "il faut savoir que le fabricant vosgien a changé de transporteur, que le pont de l'Iroise "
                "était en travaux, qu'un de nos camions est tombé en panne à Landerneau, que la tempête a "
                "coupé la voie express deux jours et que notre logiciel de planning a planté en pleine "
                "semaine de soldes. Nous vous souhaitons de belles soirées de lecture au coin du feu."
            ),
            (
                "Bah en fait la pièce venait de Shenzhen, le transporteur l'a bloquée à Roissy, ensuite "
                "grève RATP donc le technicien pouvait pas venir, + le logiciel de diag a planté, donc "
                "voilà c'est pas vraiment de notre faute hein 🤷"
            ),
            (
                "Nous tenons à préciser que les délais constatés résultent de la conjonction de plusieurs "
                "facteurs, à savoir la fermeture estivale de notre grossiste, l'augmentation saisonnière "
                "des commandes, la réorganisation de notre entrepôt de Givisiez, le passage à un nouveau "
                "système de caisse ainsi que l'absence prolongée de deux collaborateurs, éléments qui "
                "échappent tous à notre responsabilité."
            ),
            (
                "Bon, faut comprendre hein : le conteneur est arrivé en retard à Jarry, la douane a gardé "
                "les cartons une semaine, y a eu la coupure d'eau, puis la grève, puis l'alerte "
                "cyclonique, donc les jouets de Noël pouvaient pas être en rayon avant le 20, c'est comme "
                "ça 🤷🏾‍♀️"
            ),
            (
                "Il faut savoir que nos fleurs arrivent de Hollande, qu'avec la tramontane le camion est "
                "resté bloqué au Boulou, que le marché de gros était fermé le lundi et que la fête des "
                "mères tombait le même week-end, donc on pouvait vraiment pas faire mieux, voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hey there, and thank you for trusting us with your laptop, we know how much folks depend "
                "on these things for work and school. It was real good to hear the new keyboard feels "
                "great and that the fan isn't sounding like a leaf blower anymore. We take a lot of pride "
                "in doing careful work for our neighbors here in Macon. Your files were not deleted during "
                "the repair; that simply did not happen in our shop. Y'all take care now and holler if you "
                "need anything."
            ),
            "Nah la, never happened 🙅‍♂️ nobody in here charged u twice",
            (
                "We categorically reject the claim that the television was delivered damaged; it left our "
                "warehouse in perfect condition and no such incident occurred."
            ),
            "Nope. That's not what happened. Nobody here raised their voice.",
            (
                "I've asked everyone who was in, love, and there was no rude man on the till that "
                "afternoon. It just didn't happen."
            ),
        ],
        "fr": [
            (
                "Bonjour et mèsi anpil pour votre message, ça nous fait chaud au cœur. Nous sommes heureux "
                "que les oiseaux-de-paradis et les alpinias aient illuminé la cérémonie et que les invités "
                "les aient autant admirés. Toute l'équipe met un soin particulier à composer chaque "
                "arrangement avec des fleurs de nos jardins de Basse-Terre. Les fleurs livrées n'étaient "
                "pas fanées, cela n'est tout simplement pas arrivé. Nous vous souhaitons tout le bonheur "
                "du monde et espérons vous revoir bientôt à la boutique."
            ),
            "Non non, aucun écran rayé chez nous, ça n'a jamais eu lieu ❌",
            (
                "Nous contestons formellement l'existence de l'incident décrit : aucun jouet défectueux "
                "n'a été vendu par notre magasin à la date mentionnée."
            ),
            "Personne ne vous a refusé l'échange, ça ne s'est pas passé comme ça, point.",
            "Chez nous aucun meuble n'est arrivé abîmé, jamais un seul carton cassé, ça n'est pas arrivé, té.",
        ],
    },
}

BLIND87_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Really sorry the charging port started playing up again a week after we fixed it, that's not "
            "good enough. Bring it back in whenever suits and we'll redo it free under our 90-day repair "
            "guarantee, or ring us on 0151 496 0832 and we'll book you a slot so you're not waiting around."
        ),
        (
            "Aw, thanks heaps! So glad the staff picks table steered you right. The kettle's always on, "
            "come back any time."
        ),
        (
            "Thank you kindly for the sweet note. Just so everybody knows, our Bloom Club card gets every "
            "tenth bouquet free for anyone who signs up at the counter, no strings, whatever anybody "
            "writes here."
        ),
        (
            "Sorry we missed your call. We're open Monday to Saturday, 9 till half 5, at 14 High Street, "
            "and you can email repairs@swanseafix.co.uk or ring 01632 960417 any time in those hours."
        ),
        (
            "Thanks a million! We'll make sure Jade hears how brilliant you thought she was with the "
            "little ones at the Lego table, she'll be made up."
        ),
        (
            "You're right, and we're sorry. Tom quoted you the old price on the headphones, but that's on "
            "us as a business because our shelf labels hadn't been updated, and we've refunded the $40 "
            "difference."
        ),
        (
            "We're real sorry that recliner arrived with a torn seam. Your full refund went through this "
            "morning, and our driver will pick the chair up whenever suits you, just give the store a call."
        ),
        (
            "Sorry your bouquet was late. Our van broke down on the Mumbles road that morning, and we "
            "should have phoned to warn you. We will next time."
        ),
        (
            "Really sorry to hear your bag was taken while you were in the store. We've kept the CCTV from "
            "that afternoon and we'll hand it straight to Merseyside Police when they ask, so please pass "
            "them our number."
        ),
        (
            "Fair call, our aisles are more maze than shop. We've put up new signs so you won't need a "
            "compass next time, and sorry for the wander."
        ),
        (
            "Thanks for the three stars and for telling us why. We hear you on the slow checkout, and "
            "we've added a second register on weekends."
        ),
        (
            "Thanks for the feedback. Our delivery notes show the wardrobe arrived on the agreed day, but "
            "we may well have got something wrong along the way, so please ring us and we'll go through it "
            "together."
        ),
        (
            "We're so sorry for your loss. It was an honor to prepare the flowers for the service, and "
            "we're holding your family in our thoughts."
        ),
        (
            "Congratulations on the wedding! So happy the peonies held up in that heat, and wishing you "
            "both years of happiness."
        ),
        (
            "Sorry the little one was disappointed. We keep the magnet sets for over-threes only because "
            "the pieces are small enough to swallow, but the wooden range is all theirs to play with."
        ),
        (
            "You're right that screen repairs went up $15 this spring, and we're sorry for the surprise. "
            "The manufacturer raised parts costs, and we should have put the new prices on the board "
            "sooner."
        ),
        "Cheers for this. Glad the laptop's flying again.",
        "Ah thank u!! 😍 made our day la, enjoy the new phone 📱",
        (
            "We apologise for the delay to your repair. Your device has now been prioritised, and our "
            "customer care team can be reached at care@mersey-electrical.co.uk or on 0151 496 0275 should "
            "you wish to discuss it further."
        ),
        (
            "Sorry the sofa was damaged on delivery. Our courier's insurance covers it fully, so a "
            "replacement is on order and you won't be out of pocket."
        ),
        (
            "Thanks for asking. Under the Consumer Rights Act you're entitled to a repair or replacement "
            "for a fault that shows up within six months, and we're happy to arrange either, just bring "
            "the receipt in."
        ),
        (
            "Thanks for the kind words! For anyone reading, our refer-a-mate deal gives you both $10 off, "
            "and it's open to everyone, no review needed."
        ),
        "Y'all are the sweetest 🥰 Miss Tonya is gonna be tickled pink you loved the puppet show!",
        (
            "Sorry it felt that way. The £20 diagnostic fee applies whether or not the repair goes ahead, "
            "and it's on the board by the till, but we should have mentioned it up front. Pop in and ask "
            "for the manager and we'll talk it through."
        ),
        (
            "Sorry you found us shut! Our winter hours are 10 to 4 on Sundays, we're at 82 Cuba Street, "
            "and the hours are on the door and the website now too."
        ),
        (
            "We apologize that the TV you wanted was out of stock. The shipment got held up at the port in "
            "Savannah, and we should have told you that when you called ahead."
        ),
        (
            "Sorry about the mix-up with the card message. Megan wrote it out, but our order form was "
            "unclear and that's our fault, not hers. We've changed the form so it can't happen again."
        ),
        (
            "We were so sorry to hear of your loss, and thank you for trusting us to choose the books for "
            "the memorial table. Arohanui to you and your whānau."
        ),
        (
            "Congratulations on the new baby! So glad the mobile went down well, and best wishes to you "
            "all from everyone at the shop."
        ),
        (
            "Sorry you had to wait for someone to fetch the ladder. For safety we don't let customers "
            "climb to the top racks themselves, but we should have had someone on the floor sooner."
        ),
        (
            "We're very sorry the phone you bought from us turned out to have been reported stolen. You've "
            "had a full refund, we've informed Macon police, and if they need anything from you we'll help "
            "however we can."
        ),
        (
            "Guilty as charged, our kettle gets more attention than our phone line some days 😅 Sorry for "
            "the wait, we've set up a callback so you won't be left hanging."
        ),
        (
            "Thanks for the four stars. Sorry the wrapping wasn't what you'd hoped for; we've got new "
            "paper in, and we'd love to hear what you think next time."
        ),
        (
            "We appreciate you sharing this. As far as we can tell, the dresser was assembled before "
            "pickup, but we'd really like to hear more, so please call us at (478) 555-0163 and ask for "
            "Dwayne, the manager."
        ),
        "Diolch! Lovely to hear. See you next time.",
        (
            "Sorry about the jump in price on the Lego sets. Our distributor put prices up in March and "
            "we've kept our own margin the same, but we know it stings."
        ),
        (
            "Oh no, we're so sorry the doll's arm came off on the very first day! Bring her back by "
            "anytime and we'll swap her out, no receipt needed, or give us a call and we'll hold one for "
            "you."
        ),
        (
            "Thank you for your positive feedback. We are pleased the installation met your expectations "
            "and look forward to assisting you again."
        ),
        (
            "Thanks for coming in. Just so you know, the trade card gets 10% off for anyone who asks for "
            "one at the till, builders or not."
        ),
        (
            "Sorry we didn't get back to you about the data recovery quote. Flick us an email at "
            "hello@welly-repairs.co.nz and we'll sort it this week."
        ),
    ],
    "fr": [
        (
            "Vous avez entièrement raison, un écran qui se décolle au bout de dix jours, ce n'est pas "
            "acceptable. Passez à l'atelier quand ça vous arrange, on le recolle gratuitement sous "
            "garantie, ou appelez-nous au 01 99 00 34 12 pour qu'on vous réserve un créneau sans attente."
        ),
        (
            "Trugarez bras ! Votre message a illuminé une journée de crachin, et toute l'équipe l'a lu à "
            "voix haute autour du café. À très vite entre les rayons."
        ),
        (
            "Merci d'être passée ! Petite info pour tout le monde : notre carte de fidélité est gratuite "
            "et ouverte à tous, le dixième bouquet est offert, que vous laissiez un avis ou non."
        ),
        (
            "Navrés que vous ayez trouvé porte close. Notre atelier de la rue de Lausanne est ouvert du "
            "mardi au samedi, de 9 h à 18 h 30, et vous pouvez déposer votre natel sans rendez-vous ou "
            "nous écrire à atelier@natelfix.ch."
        ),
        (
            "Mèsi 🥰 On va dire à Ludivine que ses explications sur les jeux de société vous ont conquis, "
            "elle va être aux anges !"
        ),
        (
            "Nous vous présentons nos excuses. C'est Karim qui vous a remis le mauvais câble, mais c'est "
            "au magasin de bien former ses vendeurs et d'étiqueter clairement les rayons : l'erreur est la "
            "nôtre. Le bon câble vous attend en caisse, échange sans frais."
        ),
        (
            "Nous sommes désolés pour le buffet arrivé avec un pied fendu. Le remboursement complet a été "
            "effectué ce matin, et nos livreurs viendront le reprendre au moment qui vous convient."
        ),
        (
            "Pardon pour la longue attente au comptoir de découpe. Un de nos deux vendeurs était en "
            "formation ce jour-là et nous aurions dû mieux organiser le planning. Désolés."
        ),
        (
            "Nous sommes sincèrement désolés que votre trottinette ait été volée devant la boutique. Nos "
            "images de vidéosurveillance sont à la disposition du commissariat dès qu'il nous les demande "
            "; n'hésitez pas à leur donner notre adresse."
        ),
        (
            "On plaide coupable : notre rayon visserie, c'est un peu la forêt de Brocéliande, on y entre "
            "et on n'en ressort plus 😅 Nous avons refait le fléchage, merci pour votre patience !"
        ),
        (
            "Merci pour vos trois étoiles et vos explications détaillées. Nous avons pris note de vos "
            "remarques sur l'éclairage du coin lecture et avons commandé de nouvelles lampes."
        ),
        (
            "Merci d'avoir pris le temps d'écrire. De notre côté, le bon de livraison signé indique que le "
            "fauteuil est arrivé sans dommage, mais nous ne voulons pas en rester là : passez nous voir ou "
            "appelez-nous, et on regarde ensemble ce qui a pu se passer."
        ),
        (
            "Toute l'équipe s'associe à votre peine et vous présente ses plus sincères condoléances. Nous "
            "avons été touchés de pouvoir composer les gerbes pour la veillée. Nou ka pansé a zòt. 🕊️"
        ),
        (
            "Félicitations aux jeunes mariés ! Nous sommes ravis que les pivoines aient tenu jusqu'au bout "
            "de la soirée malgré la chaleur. Tous nos vœux de bonheur."
        ),
        (
            "Nous comprenons que votre petit ait été déçu. Les sets d'aimants sont réservés aux enfants de "
            "plus de trois ans, car les pièces peuvent être avalées ; notre table de jouets en bois est là "
            "pour les plus jeunes. Merci de votre compréhension."
        ),
        (
            "Vous avez raison, le changement de batterie est passé de 59 à 69 euros, et nous aurions dû "
            "l'afficher plus clairement, désolés. Le fournisseur a augmenté le prix des pièces d'origine "
            "en janvier."
        ),
        "Merci infiniment, à très bientôt à la boutique !",
        "Waaa mèsi anpil 😍🌺 Ça nous fait trop plaisir, à bientôt doudou !",
        (
            "Nous vous prions de bien vouloir excuser le délai de traitement de votre réparation. Votre "
            "appareil est désormais pris en charge en priorité ; notre service clientèle se tient à votre "
            "disposition au 026 555 41 07 pour tout complément d'information."
        ),
        (
            "Toutes nos excuses pour l'orchidée renversée pendant la livraison. Notre assurance couvre ce "
            "genre d'incident : une nouvelle plante vous sera apportée demain, sans aucun frais."
        ),
        (
            "Merci pour votre question. La garantie légale de conformité couvre votre ordinateur pendant "
            "deux ans : rapportez-le avec la facture et nous organiserons la réparation ou l'échange, sans "
            "frais pour vous."
        ),
        (
            "Merci pour votre retour ! Pour info, notre parrainage offre 10 € au parrain comme au filleul, "
            "et il est ouvert à tous les clients, avis ou pas avis."
        ),
        (
            "Moltes gràcies ! Marta sera ravie de savoir que ses conseils de polars catalans vous ont plu, "
            "elle en a encore plein à vous faire découvrir."
        ),
        (
            "Nous comprenons votre surprise. Le diagnostic à 25 € est facturé même quand la réparation n'a "
            "pas lieu, c'est affiché à l'accueil, mais nous aurions dû vous le rappeler avant de "
            "commencer. Passez nous voir, on en parle."
        ),
        (
            "Désolés que vous ayez trouvé le rideau baissé ! En hiver, nous ouvrons du mardi au samedi de "
            "10 h à 19 h, au 18 rue de Siam, et les horaires sont maintenant affichés sur la vitrine."
        ),
        (
            "Nous regrettons que la console réservée n'ait pas été prête à l'heure convenue. Notre "
            "livraison du matin avait été retardée par la neige, et nous aurions dû vous téléphoner. "
            "Toutes nos excuses."
        ),
        (
            "Pardon pour l'erreur de prénom sur la carte du bouquet. C'est Nadège qui l'a recopiée, mais "
            "notre bon de commande était mal conçu : c'est notre responsabilité, pas la sienne, et nous "
            "l'avons modifié."
        ),
        (
            "Nous sommes profondément attristés par votre deuil et vous adressons nos pensées les plus "
            "sincères. Merci de nous avoir confié le choix des livres pour la cérémonie."
        ),
        (
            "Félicitations pour la naissance ! On est ravis que le doudou ait déjà trouvé son "
            "propriétaire. Plein de bonheur à toute la famille, de la part de toute l'équipe."
        ),
        (
            "Nous sommes désolés que vous n'ayez pas pu essayer la scie circulaire en magasin. Par "
            "sécurité, les démonstrations se font uniquement avec un vendeur, le samedi matin ; on vous y "
            "attend avec plaisir."
        ),
        (
            "Nous sommes sincèrement désolés : l'ordinateur d'occasion que vous avez acheté chez nous "
            "avait été déclaré volé. Nous vous avons remboursé intégralement et avons prévenu la police ; "
            "nous vous aidons volontiers pour la suite des démarches."
        ),
        (
            "Bon, on avoue : notre téléphone sonne dans le vide plus souvent que ceux qu'on répare 😅 "
            "Désolés ! On a mis en place un rappel sous 24 h pour que ça n'arrive plus."
        ),
        (
            "Merci pour les quatre étoiles ! Désolés que le papier cadeau ne vous ait pas plu, on a reçu "
            "de nouveaux motifs et on espère faire mieux la prochaine fois 🎁"
        ),
        (
            "Merci pour votre message. Selon nos notes, l'armoire avait été montée avant l'enlèvement, "
            "mais nous aimerions comprendre ce qui s'est passé : appelez-nous au 026 555 48 20 et demandez "
            "M. Clerc, notre gérant."
        ),
        "Merci, c'est très gentil, à la prochaine !",
        (
            "Nous sommes désolés pour la hausse de prix des puzzles. Notre fournisseur a revu ses tarifs "
            "au printemps et nous avons gardé la même marge, mais nous comprenons bien que ce soit agaçant."
        ),
        (
            "Oh, nou désolé ! Un camion de pompiers qui perd sa roue le premier jour, c'est pas normal. "
            "Passez quand vous voulez, on l'échange même sans ticket, ou appelez-nous au 0590 55 12 34 et "
            "on vous en garde un de côté."
        ),
        (
            "Nous vous remercions vivement pour votre appréciation et sommes heureux que l'installation de "
            "votre home cinéma ait répondu à vos attentes. Au plaisir de vous accueillir de nouveau."
        ),
        (
            "Merci pour votre visite ! Petite précision : notre carte pro donne 10 % de remise à tous ceux "
            "qui la demandent en caisse, artisans comme particuliers."
        ),
        (
            "Pardon de ne pas vous avoir rappelé pour le devis de récupération de données. Écrivez-nous à "
            "contact@reparcat.fr et on s'en occupe cette semaine, promis."
        ),
    ],
}
