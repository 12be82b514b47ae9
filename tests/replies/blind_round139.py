"""Blind reply set, round 139: owner replies the pre-post check has never seen.

Who and when: written by helper w137, an independent writer, on 2026-12-07,
for blind round 139 of the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
bakeries, butchers, delicatessens, wine merchants, cheese shops and
chocolatiers, with varied business names and places.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or earlier blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the check.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some with a signature.
Registers, drawn from: French from Annecy, Lyon, Bordeaux, Toulouse,
Strasbourg, Paris, Bayonne, Nantes, Rennes, Lille, La Rochelle, Marseille,
Alsace, the Nord, Aveyron, Belgium (Namur, Liège, Mons), Switzerland (Sion,
Lausanne, Bulle), Québec, Senegal, Côte d'Ivoire, Cameroon and the Congo,
plain, warm, curt, very formal administrative French, texting and unaccented
French; English from York, Manchester, Leeds, Bath, Oxford, Ludlow,
Leicester, Scotland, Ireland (Kinsale, Ennis, Cork, Galway), Boston,
Vancouver, Ontario, the Hudson Valley, Alabama, Australia (Bondi, Melbourne,
Fremantle), New Zealand (Auckland, Hamilton), South Africa (Cape Town,
Stellenbosch) and India (Bengaluru, Pune, Mumbai), plain, warm, curt,
corporate and texting with emoji.  Good replies include look-alikes that are
not faults: a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND139_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a kind write-up of your morning at Hartley's Bakehouse "
                "in York. We're thrilled the cardamom buns were still warm when you got them, and "
                "that the sourdough survived the train journey home. Our bakers start at four "
                "every morning, so hearing that the crumb was just right genuinely makes their "
                "day. If you'd be kind enough to bump your review up to five stars, your next loaf "
                "is on us, just show the updated review at the till. We're also trialling a rye "
                "and fennel loaf next month that we think you'd love. Thanks again, and see you on "
                "your next visit! Hannah & the Hartley's team"
            ),
            (
                "cheers legend 🙌 edit ur review to 5⭐ n ur next snag pack's on the house at "
                "Bondi Butchery 🥩😉"
            ),
            (
                "Should you wish to revise your rating to reflect the full scope of our service, "
                "Cellar & Vine would be pleased to extend a 15% courtesy discount on your next "
                "case purchase."
            ),
            (
                "Sorry now about the mix-up with the Gubbeen. Maybe if that review came down we "
                "could have a nice little wedge of something waiting for you next time you're in "
                "Kinsale?"
            ),
            (
                "Dear Sir, kindly update your rating to 5 stars and we will be very happy to give "
                "one box of truffles complimentary on your next visit to Cocoa Bliss, Koramangala. "
                "Thanks and regards."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message qui nous a fait très plaisir ! Nous "
                "sommes ravis que le plateau pour votre raclette ait fait l'unanimité, et que le "
                "beaufort d'alpage vous ait rappelé vos vacances. Notre affineur passe des heures "
                "en cave chaque semaine pour que chaque meule arrive à point, et vos mots lui "
                "iront droit au cœur. Si vous passez votre note à cinq étoiles, on vous glisse une "
                "tomme de Savoie offerte dans votre prochaine commande. En attendant, n'hésitez "
                "pas à goûter notre reblochon fermier, il est superbe en ce moment. À très bientôt "
                "à la Fromagerie du Lac à Annecy ! Claire"
            ),
            (
                "merci bcp 🥰 change ta note en 5 etoiles et t as 6 eclairs offerts, montre juste "
                "ton tel en caisse 😉🥐"
            ),
            (
                "Nous vous informons qu'une remise exceptionnelle de 10 % sur votre prochain achat "
                "pourra vous être accordée sous réserve de la modification de l'évaluation publiée "
                "sur la présente plateforme. La Direction."
            ),
            (
                "Ben voyons, désolé pour la tourtière pas assez chaude 😅 Si vous enlevez votre "
                "commentaire, on vous en garde une gratis pour les Fêtes, promis! La Boucherie du "
                "Plateau"
            ),
            (
                "Nous espérons que vous voudrez bien reconsidérer votre avis ; une petite boîte de "
                "pralines vous attendrait alors volontiers au comptoir lors de votre prochain "
                "passage à Namur."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to share your experience with Constantia Cellars, "
                "and I'm sorry the Pinotage you ordered for your dinner party arrived a day late. "
                "We completely understand how stressful that must have been with guests on the "
                "way. We've since changed couriers for the southern suburbs and added a same-day "
                "check on every order leaving the shop. That said, your claim that we sold you a "
                "corked bottle on purpose is one our lawyers will be taking up with you directly "
                "if it isn't removed this week. We'd love to welcome you back to one of our "
                "Saturday tastings, and our door is always open. Warm regards, Pieter"
            ),
            "keep posting this n we'll put ur face on our insta so the whole town knows who u r 📸",
            (
                "Please be advised that this review has been forwarded to our legal counsel, who "
                "will be contacting you regarding potential defamation proceedings."
            ),
            (
                "Aye, we've got you on the CCTV, pal, and we know fine where you stay, so think "
                "carefully before you write anything else about the shop."
            ),
            (
                "We'd gently suggest you remove this review. Since you mentioned working just up "
                "the road, we've let your manager know how you spoke to our staff."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à la "
                "chocolaterie. Nous sommes sincèrement désolés que vos ballotins de Pâques n'aient "
                "pas été prêts à l'heure prévue, surtout un samedi de grande affluence. Nous avons "
                "depuis revu notre planning de préparation et ajouté une personne en boutique le "
                "week-end pour éviter que cela se reproduise. En revanche, si ce commentaire n'est "
                "pas retiré d'ici vendredi, notre avocat prendra contact avec vous. Nous restons "
                "joignables à la boutique pour en discuter, et nous espérons vous revoir pour les "
                "fêtes. Bien à vous, Maison Verrier, Lyon"
            ),
            "tkt on t a reconnu sur la camera 😏 repasse devant la boutique et tu vas voir",
            (
                "La présente réponse vaut mise en demeure : à défaut de suppression de votre avis "
                "sous huit jours, une plainte pour dénigrement sera déposée auprès des autorités "
                "compétentes."
            ),
            (
                "On vous signale qu'on connaît bien votre famille à Sion, alors réfléchissez à "
                "deux fois avant d'écrire ce genre de chose sur notre boucherie."
            ),
            (
                "Madame, vous êtes désormais interdite dans notre boulangerie, et si on vous "
                "revoit dans le quartier, on saura vous le rappeler."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for getting in touch, and I'm really sorry the rib of beef for your "
                "Sunday lunch wasn't trimmed the way you asked. We take special orders seriously, "
                "and it's clear we fell short this time. I've checked your order, ref BH-20931 for "
                "collection on Saturday 14 December under Mr Daniel Okafor, and can see the note "
                "about the fat cap was missed. We've now added a second check on every special "
                "order before it's wrapped. I'd love to make this right, so please ring the shop "
                "whenever suits you. Best wishes, Gary, Bradley's Butchers, Didsbury"
            ),
            (
                "hey Sarah!! 👋 saw u came in with ur mum n the twins on tues, sorry the sausage "
                "rolls were gone 😬 we'll text u on 07700 900417 next time they're fresh out 🥐"
            ),
            (
                "We have reviewed the transaction made on 3 March with the Visa card ending 4471 "
                "registered to Ms J. Whitfield and can confirm a refund has been processed."
            ),
            (
                "Sorry about that, Siobhán, we'll drop the replacement hamper over to you at 12 "
                "Fairgreen Road, Ennis this evening so."
            ),
            (
                "Dear Mr. Raghav Menon, as per our records your cake order no. 5578 was placed "
                "from raghav.menon84@gmail.com on 22 Nov for your wife's birthday, kindly check "
                "and revert."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup pour votre retour, et toutes nos excuses pour ce carton "
                "arrivé avec une bouteille cassée. Nous savons combien il est décevant d'ouvrir un "
                "colis attendu et de découvrir les dégâts. Nous avons retrouvé votre commande n° "
                "48213 passée le 9 novembre au nom de M. Thierry Bouchard, livrée au 27 rue "
                "Notre-Dame, et le remplacement de la bouteille est déjà parti. Nous avons aussi "
                "changé nos cartons d'expédition pour des calages renforcés. Au plaisir de vous "
                "faire découvrir nos nouveautés de Saint-Émilion. Cordialement, Élodie, La Cave "
                "des Chartrons, Bordeaux"
            ),
            (
                "coucou Léa 😘 c t toi samedi avec ton copain Hugo non ? on t envoie un sms au 06 "
                "12 34 56 78 des que les macarons sont la 💕"
            ),
            (
                "Madame Nathalie Garnier, après vérification, votre paiement par carte bancaire se "
                "terminant par 8832 en date du 14 octobre a bien été débité de 36,40 €."
            ),
            (
                "Bonjour Monsieur Vandenberghe, votre commande de viande pour la communion de "
                "votre fille Manon, réservée au 0475 12 34 56, sera prête samedi au magasin de "
                "Liège."
            ),
            (
                "Salut Martin! On t'a reconnu, t'étais avec ta blonde Julie jeudi passé vers 18 h "
                "😄 On t'envoie le remboursement à martin.gagnon@videotron.ca."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to write about your visit to The Cheese Larder in "
                "Bath. We're glad you enjoyed the tasting of the Somerset cheddars, and Lily was "
                "delighted you asked so many questions about the cave-aged brie. We're sorry the "
                "Stilton you took home didn't suit you. Honestly, though, anyone with half a "
                "palate knows a blue cheese is meant to taste strong. We do hope you'll try our "
                "milder Cornish Blue next time, which many customers find a gentler introduction. "
                "Best wishes, the Cheese Larder team"
            ),
            "lol ur just after a free cake mate, nice try 🙄🎂",
            (
                "Our records indicate this complaint is fabricated; we do not engage with "
                "customers who misrepresent events in the hope of obtaining compensation."
            ),
            (
                "Mate, you were rude, you were half-cut and you carried on like a right galah at "
                "the counter, so spare us the sob story."
            ),
            (
                "With respect, some customers simply enjoy complaining, and it seems you are one "
                "of them; we suspect the refund was the point all along."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous laisser ce commentaire. Nous sommes "
                "contents que le cassoulet maison et les saucisses de Toulouse aient plu à vos "
                "invités. Nous regrettons en revanche que le confit de canard vous ait semblé trop "
                "salé. Il faut dire que vous êtes visiblement de ces clients qui cherchent la "
                "petite bête pour obtenir un geste gratuit. Notre recette n'a pas changé depuis "
                "trente ans, et nous restons ouverts à vos suggestions en boutique. Belle journée, "
                "la Boucherie Sarrat"
            ),
            "franchement t es juste un radin qui voulait pas payer ses croissants 🙄",
            (
                "Madame, votre mauvaise foi manifeste ne mérite pas davantage de réponse de notre "
                "part."
            ),
            "Vous racontez n'importe quoi, comme d'habitude, et vous le savez très bien.",
            (
                "Monsieur, on voit bien que vous ne connaissez rien au bon vin, alors ne venez pas "
                "nous donner des leçons."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for stopping by Maple & Cacao on Granville Island and for sharing your "
                "thoughts. We're sorry the salted caramel bonbons you bought had bloomed by the "
                "time you opened the box. Chocolate is sensitive to heat, and we should have "
                "mentioned that leaving it in a warm car changes its look. Oh, and congratulations "
                "on discovering that chocolate melts, truly groundbreaking research. We've since "
                "added a little care card to every box explaining how to store them. Please drop "
                "by again, we'd love you to try our new ruby collection. Warmly, Sophie"
            ),
            (
                "omg so sorry our bread wasn't up to ur michelin standards 😂😂 we'll try harder "
                "ur majesty 👑"
            ),
            (
                "We are truly grateful for your expert assessment of our sausages; clearly our "
                "forty years in the trade pale beside one Saturday visit."
            ),
            (
                "Ah sure, thanks a million for the review, we'd never have known a baguette was "
                "meant to be crusty without you."
            ),
            (
                "Thank you so much sir for teaching us how to make paneer, we will surely close "
                "the shop and join your classes."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message après votre passage à la boulangerie pendant "
                "le marché de Noël. Nous sommes désolés que le kougelhopf vous ait paru un peu "
                "sec, c'est une remarque que nous prenons au sérieux. Nous avons vérifié la "
                "cuisson de la fournée du jour et ajusté le temps au four. Merci aussi de nous "
                "avoir appris que le beurre rend la brioche plus moelleuse, on n'y avait jamais "
                "pensé en quatre générations. Nos bredele de Noël sont disponibles jusqu'au 31 "
                "décembre, si le cœur vous en dit. À bientôt à Strasbourg, Famille Heitz"
            ),
            (
                "waouh merci pr ce chef-d'œuvre de critique 👏👏 on va l encadrer a cote de la "
                "caisse 😂"
            ),
            (
                "Nous vous remercions vivement pour cette analyse d'une rare finesse, qui fera "
                "sans doute date dans l'histoire de la charcuterie."
            ),
            (
                "Ben là, désolé que notre fromage en grains fasse pas squick squick assez fort "
                "pour Votre Altesse 👑"
            ),
            (
                "oh peuchere, pardon d avoir ose vous vendre un vin qui a le gout du vin, on fera "
                "mieux la prochaine fois promis"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for writing to us, and I'm sorry your Saturday order at Carbone's Deli "
                "in the North End didn't go as planned. We pride ourselves on getting sandwiches "
                "right, and a forty-minute wait is not what we want anyone to experience. We've "
                "reorganised the counter so phone orders and walk-ins now have separate stations. "
                "The mix-up with your Italian combo was entirely down to Marco, who ignored the "
                "order ticket and made it his own way. We've also refreshed our menu boards so "
                "it's clearer which breads are available each day. We'd love the chance to do "
                "better, so please ask for me next time you're in. All the best, Frank"
            ),
            "soz bout that 🙈 it was Kayla on the till, she's hopeless with the card machine 🤦‍♀️",
            (
                "Following an internal review, we have determined that the incorrect labelling of "
                "your wine order resulted from an error by our dispatch associate, Mr Ryan Cole, "
                "who has been reminded of his obligations."
            ),
            (
                "Sorry aboot that, Callum was on the slicer that day and he's aye cutting the ham "
                "too thick."
            ),
            (
                "Apologies, the pie was cold because Thabo left it out of the warmer again, we've "
                "had words with him."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup d'avoir pris le temps de nous écrire après votre visite à "
                "la fromagerie. Nous sommes vraiment navrés que votre plateau pour la réception ne "
                "soit pas arrivé complet. Nous savons à quel point ces moments comptent. C'est "
                "Julien, notre vendeur du samedi, qui a oublié d'ajouter le comté et le crottin à "
                "la commande. Nous avons mis en place une liste de vérification signée avant "
                "chaque départ de plateau. Nous serions heureux de vous accueillir de nouveau et "
                "d'en discuter. Bien cordialement, Anne, Fromagerie Delorme, Paris 11e"
            ),
            "dsl c était Kevin en caisse ce jour la, il comprend jamais rien 🙄",
            (
                "Après enquête interne, il apparaît que l'erreur de facturation est imputable à "
                "Mme Sandrine Petit, préposée à l'encaissement, laquelle a fait l'objet d'un "
                "rappel à l'ordre."
            ),
            (
                "Désolé hein, c'est Jérôme qui a mal emballé les pralines, il est encore en "
                "formation, c'est lui qu'il faut voir."
            ),
            (
                "Pardon pour le pain rassis, c'est Moussa qui a mis les baguettes de la veille en "
                "rayon, il sera sanctionné."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you so much for your feedback about the birthday cake, and I'm really sorry "
                "the lettering wasn't what you'd hoped for. We know how much a birthday cake "
                "means, and we want every one to be perfect. To explain, that week our head "
                "decorator was on leave, the piping bags we normally use were out of stock, the "
                "oven thermostat had been playing up since Tuesday, the humidity was unusually "
                "high, three large wedding orders landed on the same day, the supplier delivered "
                "the wrong fondant and our new apprentice was only in her second week, so the "
                "conditions really were stacked against us. We've now added a photo approval step "
                "so you can see the cake before collection. Please give us a call if you'd like to "
                "talk it through. Kind regards, Jess, Crumb & Co, Fitzroy"
            ),
            (
                "look we were short staffed, the oven broke, the delivery was late, it was 38 "
                "degrees, half the team was crook AND the eftpos was down so yeah 🤷"
            ),
            (
                "We wish to clarify that the delay was attributable to a combination of factors, "
                "including an unforeseen courier capacity shortfall, the seasonal surge in orders, "
                "a temporary system migration, regulatory labelling changes affecting imported "
                "wines, adverse weather conditions and staff rostering constraints, all of which "
                "were outside our reasonable control."
            ),
            (
                "Ah now, the queue was long because the hatch was closed for the painters, the "
                "bread van got a puncture outside Mallow, the till roll ran out, the card reader "
                "needed an update, and sure it was the Saturday before Christmas as well, so what "
                "could we do?"
            ),
            (
                "Sir, please understand that due to festival rush, power cut in our area, shortage "
                "of ghee from the supplier, two staff on leave, traffic problem for the delivery "
                "boy and the GST server being down, the sweets box was delayed, this is not in our "
                "hands."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience avec notre "
                "chocolaterie. Nous sommes sincèrement désolés que votre commande de Pâques soit "
                "arrivée avec deux jours de retard. Il faut savoir que cette semaine-là, notre "
                "transporteur habituel était en grève, la machine à tempérer est tombée en panne "
                "le lundi, notre fournisseur de cacao a livré en retard, deux de nos chocolatiers "
                "étaient malades, la chaleur inhabituelle nous a obligés à refaire plusieurs "
                "moulages et le logiciel de commandes a connu une mise à jour imprévue. Nous avons "
                "depuis ajouté un second transporteur pour les périodes de fêtes. Vous pouvez nous "
                "joindre directement à la boutique si vous souhaitez en parler. Bien "
                "chocolatement, l'équipe de la Maison Etchebarne, Bayonne"
            ),
            (
                "bah on avait plus de farine, le four a lache, la livreuse etait malade, y avait "
                "la greve des bus et en plus c etait le 1er mai alors bon 🤷‍♂️"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte conjointement de contraintes "
                "d'approvisionnement, de la réglementation sanitaire en vigueur, d'un "
                "sous-effectif saisonnier, d'un incident informatique, de conditions "
                "météorologiques défavorables ainsi que d'un afflux exceptionnel de clientèle, "
                "éléments qui échappent à notre maîtrise."
            ),
            (
                "Alors voilà, le lait de l'alpage est arrivé en retard, la cave était trop humide "
                "à cause du foehn, le fromager était en vacances, la balance a dû être recalibrée "
                "et le samedi il y avait la fête au village, donc forcément le vacherin n'était "
                "pas à point."
            ),
            (
                "Ben là, faut comprendre : la tempête de neige, la livraison du bœuf en retard, le "
                "congé de la Saint-Jean, la caisse qui plantait pis deux employés malades, c'est "
                "pour ça que ta commande était pas prête."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Kia ora and thanks for taking the time to share your thoughts about our Ponsonby "
                "shop. We're glad you enjoyed browsing the Central Otago pinots and that the "
                "tasting table was a hit. We're sorry you left feeling the team weren't as helpful "
                "as you'd hoped. However, nobody in our team ever told you that screw caps mean a "
                "wine is cheap; that simply did not happen. We run staff training every month so "
                "everyone can confidently explain closures, regions and vintages. We'd love to "
                "welcome you back for one of our Friday tastings. Ngā mihi, Aroha, The Vintner's "
                "Room, Auckland"
            ),
            "nah that never happened 🙅‍♂️ our pies are always hot, end of",
            (
                "We can categorically confirm that no product past its use-by date has ever been "
                "offered for sale in any of our stores."
            ),
            "Nope, impossible. We don't sell frozen meat, never have, never will.",
            (
                "Ma'am, our staff do not ever raise their voices at customers, so that just isn't "
                "what happened here."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre visite à "
                "l'épicerie. Nous sommes heureux que les rillettes et le beurre salé aient fait le "
                "bonheur de votre pique-nique au bord de l'Erdre. Vous évoquez un pot de terrine "
                "dont l'opercule aurait été ouvert : c'est tout simplement impossible, aucun "
                "produit ouvert n'est jamais remis en rayon chez nous. Nous restons à votre écoute "
                "pour toute question sur nos produits. Toute l'équipe se réjouit de vous "
                "accueillir à nouveau. Belle journée, Gaëlle, Épicerie Fine du Bouffay, Nantes"
            ),
            (
                "nan ca c est jamais arrive chez nous 🙅‍♀️ nos baguettes sortent du four toutes "
                "les heures"
            ),
            (
                "Nous contestons formellement les faits allégués : nos équipes ne servent jamais "
                "de produits dont la date limite est dépassée."
            ),
            (
                "Non, non, une fois : chez nous les boulets sont toujours faits maison, il n'y a "
                "jamais eu de sauce en boîte, jamais."
            ),
            (
                "Cela n'a jamais eu lieu. Notre personnel ne refuse jamais de servir un client, "
                "quelle que soit l'heure."
            ),
        ],
    },
}

BLIND139_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the lovely review! We're delighted the brown soda bread "
            "reminded you of your granny's. See you again soon, Aoife and all at the Bakehouse, "
            "Cork."
        ),
        (
            "I'm sorry your mince wasn't as lean as the label said. That's not good enough, and "
            "we've refunded the difference to your card. We've also changed how we grade our mince "
            "so it matches the label every time. If you'd like to talk it through, ring me on 0113 "
            "496 0123. Martin, Holbeck Butchers, Leeds"
        ),
        (
            "Thanks for the feedback! Just so you know, our stamp card is open to everyone: buy "
            "ten coffees and the eleventh is free, no strings attached. Hope to see you soon at "
            "the Sunrise Bakery in Hamilton."
        ),
        (
            "What a wonderful review! I'll make sure Priya sees it, she'll be thrilled you loved "
            "the gift hamper she put together. Thank you for choosing Spice & Sons Deli in "
            "Leicester."
        ),
        (
            "I'm sorry the wrong vintage went into your case. Tom on our team picked the 2019 "
            "instead of the 2021, but that's on us as a business: our checks should have caught "
            "it, and we've now added a second scan before every case is sealed. The correct "
            "bottles went out yesterday with a prepaid return label. Harriet, Market Street Wines, "
            "Oxford"
        ),
        (
            "Sorry the croissants had sold out by ten on Saturday. We had a power cut overnight "
            "and could only bake half our usual batch. We should have posted that on our "
            "Instagram, and next time we will."
        ),
        (
            "Thanks for your comment about the ID check. The law requires us to ask for ID from "
            "anyone who looks under 25 before selling wine, and we apply it to every customer. "
            "We're sorry it felt awkward and we appreciate your understanding."
        ),
        (
            "We're so sorry about the jar that fell from the shelf and cut your hand. Our insurer "
            "has been notified so any costs are covered, and we've moved all glass jars to the "
            "lower shelves. We'd really like to hear how you're doing, so please email us at "
            "hello@thepantrydeli.co.uk."
        ),
        (
            "We're so sorry your bag was taken while you were at the counter. We've given our CCTV "
            "footage to the Gardaí in Galway to help with their enquiries. Please call us on 091 "
            "555 014 if there's anything else we can do."
        ),
        (
            "Guilty as charged, our baker clearly got carried away with the chilli in the chorizo "
            "rolls! 🌶️ We've toned it down and the fire extinguisher is going back in the "
            "cupboard. Thanks for letting us know."
        ),
        (
            "Thank you for your 3-star review. We're glad the ham was good and sorry the queue was "
            "long; we've added a second slicer for Saturday mornings."
        ),
        (
            "Thanks for your feedback. Our scale record shows the cheddar was cut at 250g that "
            "day, but we understand it may have looked smaller, and we'd be happy to weigh it with "
            "you in the shop. Please come by any time or give us a ring, we want you to leave "
            "happy."
        ),
        (
            "We were so sorry to read of your father's passing. It was an honour to bake the apple "
            "tarts for the gathering, and we hope they brought a little comfort. With our deepest "
            "sympathy, the team at Fenwick's Bakery."
        ),
        (
            "Congratulations on your wedding! We loved making your cheese tower and we're thrilled "
            "it stood tall all evening. Wishing you both every happiness."
        ),
        (
            "Sorry you were disappointed we couldn't let your dog into the shop. As a food "
            "business we can only admit assistance dogs, but there's a water bowl and a lead hook "
            "just outside the door for four-legged friends. Thanks for understanding!"
        ),
        (
            "You're right, our sourdough went up from £4.20 to £4.60 this month, and we're sorry. "
            "Flour and energy costs have risen a lot, and we'd rather adjust the price than cut "
            "corners on ingredients."
        ),
        (
            "Thank you for such detailed and thoughtful feedback on our tasting evening. Your "
            "points about the pacing and the glassware are spot on, and we're already changing "
            "both for next month."
        ),
        "aww thank u so much!! 🥰🧁 made our whole day, see u soon x",
        (
            "Thank you for your feedback. We regret that your experience fell short of our "
            "standards. Our customer care team would welcome the opportunity to look into this "
            "further; please contact us at care@hollingsworthwines.com."
        ),
        "Thanks for the review. Sorry about the wait, we're on it.",
        (
            "Shame, we're so sorry your biltong was too dry this time! We've changed our drying "
            "times at the Stellenbosch shop and would love you to give it another go. Send us a "
            "message on WhatsApp on 021 555 0192 and let us know."
        ),
        (
            "Thank you so much for your kind words! We are very happy that the kaju katli was "
            "enjoyed at your Diwali get-together. Our whole team at Mithai Mahal, Pune wishes you "
            "and your family a very happy new year."
        ),
        (
            "Thanks so much for coming in! A little tip: our refer-a-friend scheme gives you and "
            "your friend £5 off your next box, and it's open to all our customers, whether they "
            "leave a review or not."
        ),
        (
            "Sorry you found us closed on Monday! We're open Tuesday to Saturday, 8am to 5pm, and "
            "Sunday 9am to 1pm, and we've corrected our Google listing so it shows the right hours "
            "now."
        ),
        (
            "We're sorry the chocolates arrived melted. A full refund has already been issued, and "
            "we now ship with ice packs from May to September."
        ),
        (
            "Cheers for the feedback, mate, and sorry the snags were a bit thin on Saturday. We've "
            "had a yarn with our supplier and they're back to the proper thick ones. Hope to see "
            "you at the Fremantle shop again soon."
        ),
        (
            "Thanks heaps for the lovely review! Stoked you enjoyed the feijoa and white chocolate "
            "cookies 🍪 they'll be back every autumn."
        ),
        (
            "Thank you for taking the time to write. We're sorry the butter tarts were runnier "
            "than usual; a new batch of eggs changed the set, and we've adjusted the recipe. "
            "Please ask for Linda next time you're in, she'd love to hear what you think of the "
            "new batch."
        ),
        (
            "We appreciate you sharing your experience with Hudson Valley Cheese Co. We have "
            "shared your comments with our store leadership and retrained our team on temperature "
            "checks. Please reach out to our guest services line at (845) 555-0143 so we can "
            "follow up directly."
        ),
        (
            "Thank you for your review. We don't add preservatives to our bread, which is why it "
            "goes stale faster than supermarket loaves, and we completely understand that can be "
            "frustrating. Freezing it sliced keeps it fresh for weeks, and we're happy to slice "
            "any loaf for you."
        ),
        (
            "We're so sorry to hear about your reaction. Our allergen information is displayed as "
            "the law requires, but it's clear we need to make it much easier to find, and we're "
            "redoing our labels this week. Please contact me directly at "
            "manager@bramblebakery.co.uk so we can look into it properly."
        ),
        (
            "Thank you! Rhys will be chuffed you loved his pork pies, he's been perfecting that "
            "hot water crust for years."
        ),
        (
            "Thank you for visiting our Bandra store and for your kind words about the cheese "
            "platter. We will be very happy to welcome you again."
        ),
        "so sorry bout the mix up 🙏 DM us ur order & we'll sort it asap",
        (
            "Apparently our baguettes are so good people eat them before they get home, we'll take "
            "that as a compliment! Thanks for the five stars 😄"
        ),
        (
            "Thank you for letting us know about your visit to our Ludlow shop, and I'm sorry the "
            "venison wasn't as tender as you expected. Wild game varies more than farmed meat, but "
            "that's no excuse for not telling you how best to cook it. We now give a cooking card "
            "with every game cut, and our butchers will happily talk you through it. If you'd like "
            "to come back in, ask for me and I'll choose a cut with you myself. Thanks again for "
            "the honest feedback. Edward, Castle Street Butchers"
        ),
        (
            "Thanks for flagging what happened in the car park. We've checked our CCTV and passed "
            "the footage to the council so they can look at better lighting there. We're really "
            "sorry it gave you a fright."
        ),
        (
            "Thanks a million for the kind words, we'll have the kettle on and the scones ready "
            "next time!"
        ),
        (
            "Happy 40th anniversary to you both! It was a joy to put together the wine selection "
            "for your celebration. Here's to many more."
        ),
        (
            "We're sorry the Christmas hamper prices caught you by surprise. We switched to "
            "all-British producers this year, which raised our costs, and we should have made that "
            "clearer on the website. We've added a smaller hamper at £35 for anyone who'd like a "
            "lighter option."
        ),
    ],
    "fr": [
        (
            "Merci infiniment pour ce gentil message ! Toute l'équipe est ravie que notre "
            "kouign-amann vous ait conquis. À très vite à la boulangerie de la place des Lices, à "
            "Rennes !"
        ),
        (
            "Bonjour, nous sommes désolés que votre rôti de porc n'ait pas été ficelé comme "
            "demandé. Nous avons revu la prise des commandes spéciales pour que chaque consigne "
            "figure sur l'étiquette. N'hésitez pas à nous appeler au 03 20 55 12 34 pour en "
            "parler. Bien cordialement, la Boucherie de Wazemmes"
        ),
        (
            "Merci pour votre visite ! Petite info : notre carte de fidélité est ouverte à tous "
            "nos clients, et au dixième achat la baguette est offerte. Bonne journée !"
        ),
        (
            "Merci beaucoup ! Nous transmettrons vos compliments à Inès, qui sera ravie de savoir "
            "que ses conseils sur les vins de Loire vous ont plu."
        ),
        (
            "Bonjour, toutes nos excuses pour l'erreur sur votre commande. C'est Thomas qui a "
            "préparé le plateau, mais la responsabilité est la nôtre : nous n'avions pas de double "
            "vérification. C'est chose faite aujourd'hui, et le fromage manquant vous a été "
            "remboursé."
        ),
        (
            "Désolés que les baguettes aient manqué dimanche matin. Notre four est tombé en panne "
            "à cinq heures et nous n'avons pu cuire que la moitié de la fournée. Nous aurions dû "
            "l'annoncer sur notre page, ce sera fait la prochaine fois."
        ),
        (
            "Bonjour, la loi nous interdit de vendre de l'alcool aux mineurs, et nous demandons "
            "une pièce d'identité en cas de doute à tous nos clients sans exception. Nous "
            "comprenons que cela ait pu vous surprendre et vous remercions de votre compréhension."
        ),
        (
            "Nous sommes vraiment désolés pour votre chute devant l'étal. Notre assureur a été "
            "prévenu afin que vos frais soient pris en charge, et nous avons installé un tapis "
            "antidérapant. Vous pouvez nous écrire à contact@boucherie-martel.fr pour toute "
            "démarche."
        ),
        (
            "Nous sommes navrés que votre vélo ait été volé devant la boutique. Nous avons "
            "transmis les images de notre caméra à la police pour aider l'enquête. N'hésitez pas à "
            "passer si vous avez besoin d'une attestation de notre part."
        ),
        (
            "Bon, on plaide coupable : notre charcutier a eu la main lourde sur le piment "
            "d'Espelette cette semaine 🌶️ La recette est revenue à la normale, merci de nous "
            "l'avoir signalé !"
        ),
        (
            "Merci pour vos trois étoiles et pour ce retour précis. Nous allons revoir "
            "l'organisation de la caisse le samedi matin pour réduire l'attente."
        ),
        (
            "Bonjour, d'après notre registre, le foie gras vendu ce jour-là était bien du mi-cuit "
            "et non du bloc. Nous comprenons toutefois que l'étiquette ait pu prêter à confusion, "
            "et nous l'avons modifiée. Passez nous voir, nous serons heureux d'en parler avec vous."
        ),
        (
            "Nous sommes touchés que vous ayez pensé à nous pour le buffet après la cérémonie. "
            "Toutes nos sincères condoléances à vous et à vos proches."
        ),
        (
            "Félicitations pour votre mariage ! Nous sommes ravis que la pièce montée ait tenu bon "
            "jusqu'au bout de la soirée. Tous nos vœux de bonheur."
        ),
        (
            "Bonjour, pour des raisons d'hygiène, nous demandons de ne pas toucher les pains en "
            "libre-service. Nous comprenons que cela puisse agacer, mais c'est pour protéger tout "
            "le monde, et nos vendeuses se feront un plaisir de vous servir."
        ),
        (
            "Vous avez raison, le prix du croissant est passé de 1,20 € à 1,35 €, et nous en "
            "sommes désolés. Le beurre et l'énergie ont beaucoup augmenté, et nous préférons "
            "ajuster le prix plutôt que de changer de beurre."
        ),
        (
            "Merci sincèrement pour ce retour très détaillé sur notre atelier de dégustation. Vos "
            "remarques sur le rythme et sur les accords mets-vins sont très justes ; nous les "
            "intégrons dès la prochaine session."
        ),
        "merciii 😍🍫 ca nous fait trop plaisir, a bientot a la boutique !!",
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions d'agréer nos "
            "excuses pour le désagrément occasionné. Notre service clientèle se tient à votre "
            "disposition au 01 42 61 18 07 ou par courriel à service.client@cavesdupalais.fr."
        ),
        "Merci pour le retour. Désolés pour l'attente, on s'en occupe.",
        (
            "Merci ben gros pour votre beau commentaire! On est contents que nos cretons vous "
            "aient rappelé ceux de votre grand-mère. Au plaisir de vous revoir à la boucherie!"
        ),
        (
            "Merci beaucoup pour votre gentil avis ! Nous sommes ravis que nos pralines aient fait "
            "sensation à votre fête. Au plaisir de vous revoir à la chocolaterie, à Mons !"
        ),
        (
            "Merci de votre message et toutes nos excuses pour la fondue moitié-moitié trop salée. "
            "Nous avons contrôlé le lot de gruyère en question et l'avons retiré de la vente. "
            "Merci de nous avoir alertés, nous restons à votre disposition au magasin de Bulle."
        ),
        (
            "Merci beaucoup pour votre visite et vos bons mots ! Toute l'équipe de la boulangerie "
            "est heureuse que le pain au mil vous ait plu. À bientôt à Dakar, inch'Allah."
        ),
        (
            "Merci pour votre confiance ! Pour info, notre offre de parrainage est ouverte à tous "
            ": vous et la personne parrainée recevez chacun 5 € sur votre prochaine commande de "
            "vin, que vous laissiez un avis ou non."
        ),
        (
            "Désolés que vous ayez trouvé porte close ! Nous sommes ouverts du mardi au samedi de "
            "7 h à 19 h 30, et le dimanche de 7 h à 13 h. Nous avons mis à jour nos horaires sur "
            "Google."
        ),
        (
            "Toutes nos excuses pour les chocolats arrivés fondus. Le remboursement intégral vous "
            "a déjà été versé, et nous expédions désormais avec des pains de glace entre mai et "
            "septembre."
        ),
        (
            "Merci pour votre avis, desoles pour le retard de la commande, on a change de livreur "
            "et ca devrait aller beaucoup mieux maintenant."
        ),
        (
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous sommes sincèrement "
            "désolés que le gigot d'agneau commandé pour Pâques n'ait pas été désossé comme vous "
            "l'aviez demandé. C'est une erreur de notre part, et nous comprenons la contrariété un "
            "jour de fête. Nous avons depuis ajouté une fiche de commande signée par le boucher "
            "qui prépare la pièce. Si vous le souhaitez, appelez-nous au magasin, nous serions "
            "heureux d'en parler avec vous de vive voix. Bien cordialement, Jean-Marc, Boucherie "
            "du Vieux-Port, La Rochelle"
        ),
        (
            "Bonjour, bonne nouvelle : grâce à la vidéosurveillance de la boutique, nous avons "
            "retrouvé le portefeuille oublié sur le comptoir. Il vous attend en caisse, ou nous "
            "pouvons le déposer au commissariat si vous préférez."
        ),
        (
            "Notre croissant a visiblement plus de couches que notre site internet n'a de pages à "
            "jour 😅 Merci de l'avoir signalé, les horaires sont corrigés !"
        ),
        (
            "Merci pour votre avis. Nous ne pensons pas que le vin était bouchonné, mais le goût "
            "reste personnel, et nous serions ravis de le regoûter avec vous à la cave pour en "
            "juger ensemble."
        ),
        (
            "Merci pour ce joli mot ! On est bien contents que la fougasse aux olives vous ait "
            "régalés. Au plaisir de vous revoir au marché du Prado !"
        ),
        (
            "Merci vielmols pour votre message ! Ravis que nos bredele aient fait le bonheur de "
            "vos fêtes. À l'année prochaine !"
        ),
        (
            "Nous vous remercions pour votre retour. Nous regrettons que votre expérience n'ait "
            "pas été à la hauteur de vos attentes. Nos équipes ont été sensibilisées au respect de "
            "la chaîne du froid, et un contrôle supplémentaire a été mis en place."
        ),
        "Merci à vous ! Lucas sera ravi de lire que sa tarte Tatin vous a rappelé votre enfance.",
        (
            "Merci min tiot pour ton gentil message ! Ravis que le maroilles t'ait plu, à bientôt "
            "à la fromagerie !"
        ),
        (
            "Merci pour votre message et pour vos cinq étoiles ! L'aligot du samedi vous attend "
            "quand vous voulez."
        ),
        (
            "Merci beaucoup pour votre message, cela nous encourage beaucoup. Nous sommes heureux "
            "que le gâteau d'anniversaire ait plu à tout le monde. Que Dieu vous bénisse et à "
            "bientôt à la pâtisserie !"
        ),
        (
            "Merci pour le commentaire. Désolé pour l'attente au comptoir, on a ajouté quelqu'un "
            "les samedis."
        ),
    ],
}
