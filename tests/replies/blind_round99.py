"""Blind reply set, round 99: owner replies the pre-post check has never seen.

Who and when: written by helper b97, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief round 97).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
bakeries, butchers, cheese shops, greengrocers, florists and bookshops.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of the round 20 file, read only to copy
its format, the writer did NOT read the application code, docs, training data,
benches, any other test file or earlier blind set, any other folder under
/work, the git history or /work/.library; did not run the check, any test or
any bench on these replies (only a syntax parse, a count of entries and ruff);
and did not search the code.  Nothing here was adjusted after seeing any
result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others vary between one-liners, slang or texting with emoji, very
formal or corporate wording, veiled and polite phrasings and regional speech.

Registers: French from Montpellier, Alsace villages, Limoges, Namur and
Martinique (warm, prickly, texting, very formal); English from Norwich, Dublin,
Wellington and Vermont (dry, jokey, passive-aggressive, texting, corporate).
Good replies include look-alikes that are not faults: an apology with a
concrete fix and an offline channel, warm thanks to happy customers, a loyalty
or referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND99_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Oh, what a treat to find this on a drizzly Tuesday morning in Norwich, thank you! We're so "
                "pleased the sourdough survived the walk home and that the cardamom buns didn't (we take "
                "that as the highest compliment going). Our bakers are in from four most mornings, and "
                "knowing the crumb was just how you like it makes those dark starts feel worth it. If you "
                "fancy bumping this up to five stars, there's a free loaf of your choice waiting at the "
                "counter for you. Either way, the ovens will be on and the kettle warm whenever you're "
                "passing along Magdalen Street."
            ),
            "Ah go on, stick another star on that and your next pound of rashers is on the house 😉🥓",
            (
                "Upon publication of a revised rating of four stars or above, 500 Harvest Rewards points "
                "will be credited to your cheese club account."
            ),
            (
                "So sorry the tulips drooped early. Should you feel able to revisit what you've written here "
                "once the replacement bunch arrives, we'd love to tuck a little something extra in with it "
                "for your trouble."
            ),
            (
                "sweet as, thanks for popping in 📚 if u take this one down we'll knock 20% off ur next stack "
                "of books eh 🙌"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message qui nous a fait un bien fou ! Nous sommes ravis "
                "que le pélardon bien affiné vous ait rappelé les marchés d'autrefois, et que notre idée de "
                "l'accompagner d'un petit rouge du Pic Saint-Loup ait mis tout le monde d'accord. Toute "
                "l'équipe de la boutique des Arceaux court les Cévennes pour dénicher de petits producteurs, "
                "alors lire ça, ça nous touche vraiment. Si jamais vous passiez vos quatre étoiles à cinq, "
                "on vous mettrait de côté un beau plateau de chèvres pour votre prochain apéro, c'est "
                "promis. À très vite sous les platanes, et bon appétit !"
            ),
            "Mèsi an chay 🙏🏾 mets-nous 5 étoiles é ton prochain pain au beurre c'est cadeau, promis 🥖😘",
            (
                "À réception d'une évaluation actualisée de votre part, un bon d'achat de quinze euros "
                "valable sur nos colis de viande vous sera adressé par courrier."
            ),
            (
                "Merci pour votre retour. Peut-être qu'après la nouvelle composition que nous vous "
                "livrerons, votre avis pourrait évoluer ? Nous aurions alors grand plaisir à vous réserver "
                "une petite attention pour la fête des mères."
            ),
            "Enlevez ce commentaire et on vous fait 10 % sur le prochain Goncourt. Marché conclu ?",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you so much for stopping by the shop on your way up for the foliage, and for taking "
                "the time to write. We're glad the clothbound cheddar and the maple-smoked gouda made the "
                "trip home in one piece, and that the cider from the orchard next door did too. Cave aging "
                "takes a lot of patience, so it means a great deal when folks notice the difference. That "
                "said, our attorney now has a copy of your comment about mold on the brie, and you can "
                "expect to hear from her if it isn't gone by Friday. Otherwise, we'd love to see you again "
                "next fall when the new wheels are ready."
            ),
            "Keep talking like that about my shop and you'll be hearing from my solicitor, simple as.",
            (
                "Just so you know, we know exactly who you are and where you work, and we're not above "
                "having a quiet word with your boss."
            ),
            (
                "mate we've got the CCTV from that day, keep it up n the footage goes on our facebook page "
                "for everyone to see 👀📸"
            ),
            (
                "Please be advised that statements of this nature may constitute defamation. Our legal "
                "department has been instructed to preserve this review, and proceedings against you will be "
                "considered should it remain online."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage à la boutique de "
                "la rue de la Boucherie. Nous sommes contents que la côte de bœuf limousine ait régalé toute "
                "la tablée et que nos conseils de cuisson vous aient servi. Chez nous, on travaille avec les "
                "mêmes éleveurs du plateau de Millevaches depuis trente ans, et ça fait toujours plaisir "
                "quand ça se sent dans l'assiette. En revanche, votre phrase sur l'hygiène de notre chambre "
                "froide a été transmise à notre avocat, et vous recevrez très vite un courrier si elle n'est "
                "pas retirée. Pour le reste, au plaisir de vous revoir pour les fêtes."
            ),
            "Fè atansyon hein 😤 on sait où tu habites, on va passer te voir pour discuter de ton avis 👀",
            (
                "Nous vous informons que les propos tenus dans votre avis sont susceptibles de poursuites "
                "pour dénigrement. Notre conseil a été chargé d'engager toute procédure utile à votre "
                "encontre."
            ),
            (
                "Le village est petit, vous savez, et tout le monde finit par savoir qui écrit quoi. À votre "
                "place, je réfléchirais à deux fois avant de revenir faire vos courses ici."
            ),
            "Vu ce que vous avez écrit, votre employeur va recevoir une copie de cet avis. Bonne journée.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks a million for the kind words, and we're so sorry to hear about the stress of "
                "organising everything at such short notice. Funerals are never easy, and we wanted the "
                "wreath to feel like a real goodbye rather than something off a shelf. The team stayed late "
                "to get the lilies just right, and it means a lot that people noticed. We've kept your "
                "order, DF-20931 for the white lily wreath delivered to St Brigid's on the 14th, on file in "
                "case you ever want a matching arrangement for the anniversary. Thinking of you all, and you "
                "know where to find us on Camden Street."
            ),
            "Sorry the pork pies were on the dry side, Mr Hollis — we've put the £7.80 back on your Visa ending 4417.",
            (
                "hey Jess! sorry bout the squashed avos 🥑 we'll drop fresh ones round to 14 Aro St tmrw "
                "arvo, txt us on 021 448 903 if ur not home 😊"
            ),
            (
                "We have reviewed the account associated with the email address m.carroway@gmail.com and can "
                "confirm that the special order for three titles on anxiety and bereavement was placed on "
                "October 3rd."
            ),
            (
                "So sorry the Cashel Blue didn't agree with you. We know from our chats at the counter that "
                "you're expecting, so we completely understand you wanting to be careful with the blues."
            ),
        ],
        "fr": [
            (
                "Un grand merci pour ce gentil message, ça nous a fait chaud au cœur en plein coup de feu "
                "des bredele ! Nous sommes heureux que le kougelhopf ait tenu toutes ses promesses au repas "
                "de famille et que tout le monde ait réclamé une deuxième part. Chez nous, la pâte lève "
                "toute la nuit dans le moule en terre de Soufflenheim, comme le faisait déjà le grand-père. "
                "Pour rappel, votre commande n° 1187 au nom de Mme Schaeffer, retirée le samedi 9 à 8 h avec "
                "votre mari et votre belle-mère, reste enregistrée si vous souhaitez la même pour Noël. À "
                "bientôt au fournil, et en Guete !"
            ),
            (
                "Dsl pour les christophines abîmées 😔 Carole on passe te déposer un panier au 12 rue "
                "Lamartine au Lamentin ce soir, ton 0696 43 21 08 répond pas 📞"
            ),
            (
                "Madame, après vérification, votre carte de fidélité n° 40-2215 associée à l'adresse "
                "claire.dumont@skynet.be fait bien apparaître l'achat des trois ouvrages le 12 mars ; le "
                "remboursement sera donc effectué."
            ),
            (
                "Nous comprenons mieux votre réaction au sujet du roquefort, compte tenu de l'intolérance au "
                "lactose dont vous nous aviez parlé au comptoir."
            ),
            (
                "Bonjour M. Garcia, c'est bien vous qui êtes passé mardi vers 18 h avec votre fille pour le "
                "bouquet de pivoines ? Appelez-nous, on arrange ça."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks so much for coming along to the poetry night, and it was lovely to have a full house "
                "despite the southerly doing its best to blow the doors in. We're glad you enjoyed the "
                "readings and that you found a couple of treasures in the secondhand section on your way "
                "out. Our volunteers put a lot of work into these evenings, and it's always heartening to "
                "hear people leave with a new favourite poet. As for the bit about the signed copy, you knew "
                "perfectly well it wasn't included in the ticket and you're just angling for a freebie. Hope "
                "to see you at the next one in December."
            ),
            "You're a liar and half this street knows it.",
            "honestly the only rotten thing in this shop was your attitude 🙄 some people are just miserable",
            (
                "Having reviewed our records, it is apparent that this review was written in bad faith by an "
                "individual seeking compensation to which they are not entitled."
            ),
            (
                "We try to please everyone, but some customers simply won't be satisfied unless they're "
                "being difficult, and we suspect you know which kind you are."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message, ça nous fait toujours plaisir de lire nos clients du "
                "dimanche matin. Nous sommes ravis que les couques au beurre et le cramique aient fait le "
                "bonheur de votre petit-déjeuner, et que l'accueil vous ait plu malgré la file qui remontait "
                "jusqu'au coin de la rue. Nos boulangers sont à pied d'œuvre dès trois heures pour que tout "
                "soit prêt à l'ouverture, donc vos compliments leur vont droit au cœur. Pour le pistolet « "
                "trop cuit », soyons honnêtes : vous cherchez juste à obtenir quelque chose gratuitement, "
                "comme la dernière fois. Au plaisir de vous revoir, et bon dimanche !"
            ),
            "Mytho 🤡 tout le monde sait que tu racontes n'importe quoi sur tous les commerces du quartier 🙄",
            (
                "Nous constatons avec regret que vous êtes coutumier de ce genre de commentaires "
                "malveillants, manifestement rédigés dans le seul but de nuire à notre maison."
            ),
            "Quand on est aussi mal élevé que vous au comptoir, on évite de donner des leçons aux autres.",
            (
                "Nous respectons votre avis, bien entendu, même s'il émane visiblement de quelqu'un qui n'a "
                "jamais su reconnaître un bon fromage de sa vie."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for taking the time to write, and for being a regular at the Saturday market "
                "stall for so long; it genuinely means a lot to a small family business like ours. We're "
                "really glad the Norfolk Black turkey was such a hit on Christmas Day and that the stuffing "
                "got the family seal of approval. Our pigs and birds are all raised within twenty miles of "
                "the city, and we're proud of every one of them. And yes, we're terribly sorry the sausages "
                "weren't hand-rolled by the King himself, we'll try harder to meet your royal standards. "
                "Wishing you a happy new year, and see you at the stall."
            ),
            "Oh no, a scone that was slightly too crumbly. However will you recover.",
            (
                "wow 2 stars bc we ran out of sourdough at 4pm?? truly the worst thing that's ever happened "
                "to anyone 😂😂🏆"
            ),
            (
                "We sincerely regret that our staff failed to anticipate your need to have every novel's "
                "ending summarised before purchase; we shall endeavour to add clairvoyance to our customer "
                "service training."
            ),
            (
                "Thanks for letting us know the apples weren't to your liking. We'll be sure to ask the "
                "trees to grow them more to your taste next season."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message, ça nous a fait très plaisir de vous accueillir à la "
                "boutique de Fort-de-France ! Nous sommes ravis que le bouquet d'anthuriums et d'alpinias "
                "ait illuminé la table du baptême, et que tout le monde ait voulu savoir d'où venaient les "
                "fleurs. Nos fleurs arrivent directement des producteurs du Morne-Rouge, coupées le matin "
                "même, et c'est une fierté de les faire voyager jusqu'à vous. Quant à la livraison arrivée "
                "avec dix minutes de retard, on imagine bien que la cérémonie a failli être annulée à cause "
                "de ce drame. Au plaisir de fleurir vos prochains moments de fête !"
            ),
            "Ohlala le pain un peu trop cuit, vite appelez les pompiers 🚒😂",
            (
                "Nous prenons bonne note de votre réclamation relative à la température de notre chicon au "
                "gratin, et transmettrons volontiers vos exigences gastronomiques au Guide Michelin."
            ),
            (
                "Merci de nous rappeler que le munster sent fort. Sans vous, nous ne nous en serions jamais "
                "aperçus, depuis quatre générations."
            ),
            "Trop de choix dans la librairie ? Promis, on brûlera la moitié des rayons pour vous simplifier la vie.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Kia ora, and thank you for such a generous write-up of your visit during the cheese "
                "festival. We're stoked the aged Kikorangi and the Waikato gouda found a good home with you, "
                "and that the tasting board was such a hit. The team has worked hard this year on getting "
                "more local makers onto the counter, so it's lovely to know people notice. The mix-up with "
                "your wrapping was entirely down to Hemi, who was shown how to vacuum-seal properly and "
                "simply didn't bother, and he's been taken off the counter for now. We'd love to see you "
                "back before the summer rush."
            ),
            "That was Ciarán on the till, not us. He's been spoken to.",
            "soz about the wrong cake 🎂 that was all Becky, she's new n clearly wasn't listening 🙄 we've had words",
            (
                "Our internal review has determined that the delivery error was caused by our driver, Mr. "
                "Daniel Pike, who failed to follow dispatch procedures; appropriate disciplinary measures "
                "have been applied."
            ),
            (
                "We're sorry your special order went astray. Between ourselves, Siobhán looks after all the "
                "orders, so we'll be having a quiet conversation with her about it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce message plein de soleil ! Nous sommes ravis que les "
                "abricots du Roussillon et les premières fraises de Mauguio aient fait le bonheur de votre "
                "été, et que vous appréciiez de pouvoir goûter avant d'acheter. Notre équipe se lève aux "
                "aurores pour aller au marché-gare choisir les plus beaux produits, alors vos mots nous font "
                "chaud au cœur. Pour les tomates écrasées dans votre cagette, c'est Kévin qui a mal fait son "
                "travail en les mettant sous les melons, et il a reçu un avertissement. Au plaisir de vous "
                "revoir au marché des Arceaux !"
            ),
            "Dsl 🙏🏾 c Mélissa qui s'est trompée de gâteau, elle fait jamais attention celle-là 🙄",
            (
                "Après enquête interne, il apparaît que l'erreur de facturation est imputable à M. Dufour, "
                "notre vendeur, lequel a fait l'objet d'une sanction disciplinaire."
            ),
            (
                "Nous regrettons ce malentendu. Sachez simplement que ce n'est pas la patronne qui vous a "
                "servi ce jour-là, mais Léa, et que nous avons mis les choses au clair avec elle."
            ),
            "Adressez-vous à Julien, c'est lui qui a coupé votre rôti de travers, pas nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you so much for coming by during leaf-peeping season, and for writing such a "
                "thoughtful review. We're thrilled the maple pecan sticky buns lived up to the hype and that "
                "the cider donuts were worth the detour off the highway. Every one of our pastries is made "
                "from scratch in a tiny kitchen behind the counter, and it means the world that people "
                "notice. As for the wait, the line was long because two tour buses pulled in at once, our "
                "second oven has been acting up since the power cut in September, one of our bakers was home "
                "with a sick kid, the flour delivery was late because of the roadwork on Route 100, and "
                "honestly October is always like this up here. We hope to see you again when things are "
                "quieter in the winter."
            ),
            (
                "The queue was down to the match, the card machine was down, the delivery was late and half "
                "the staff had the flu, so there's not a lot we could have done."
            ),
            (
                "ok so the bananas were green bc the boat was late, then the ripening room packed up, then "
                "the courier dropped a box, AND it was a public holiday so we had half the crew 🤷‍♂️🍌 not "
                "much we could do tbh"
            ),
            (
                "Please note that delays to special orders may arise from publisher stock shortages, "
                "distributor warehouse backlogs, postal industrial action, seasonal demand peaks, the "
                "migration to our new ordering platform and other factors beyond our reasonable control, all "
                "of which applied in this instance."
            ),
            (
                "We do understand your frustration. It may help to know that it was Valentine's week, the "
                "roses came in from Kenya three days late, our van was in for its MOT, the A11 was shut "
                "overnight and we had twice as many orders as last year, so the bouquet simply couldn't have "
                "arrived any earlier."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour détaillé, on sent que vous êtes un vrai amateur ! Nous "
                "sommes contents que le saint-nectaire fermier et la tomme de Corrèze vous aient plu, et que "
                "nos conseils de conservation vous aient été utiles. Nous affinons nous-mêmes une partie de "
                "nos fromages dans la cave sous la boutique, et c'est toujours une joie de partager ça. Pour "
                "l'attente au comptoir, il faut savoir que c'était la veille de Noël, que notre caisse avait "
                "planté le matin même, que deux collègues étaient malades, que le livreur de Rungis était "
                "arrivé avec trois heures de retard et que la moitié des clients avaient commandé leurs "
                "plateaux à la dernière minute. Au plaisir de vous revoir à la boutique !"
            ),
            (
                "Bon ben y avait grève au port, le container de farine bloqué, coupure de courant tout "
                "l'aprèm, le four qui chauffait pas et la pluie en plus 🤷🏾‍♀️ donc voilà pour le pain"
            ),
            (
                "Nous tenons à préciser que le délai constaté s'explique par la fermeture temporaire de "
                "l'abattoir partenaire, les contrôles supplémentaires imposés par l'AFSCA, l'indisponibilité "
                "de notre véhicule frigorifique, les travaux sur la chaussée de Louvain ainsi que l'afflux "
                "exceptionnel de commandes de fin d'année."
            ),
            (
                "Nous comprenons votre déception. Permettez-nous toutefois de préciser que le marché de Noël "
                "attire des milliers de visiteurs, que les rues du village sont fermées aux livraisons, que "
                "nos fleurs arrivent de Strasbourg avec du retard, que le froid abîme les tiges et que nous "
                "étions seules à la boutique ce jour-là."
            ),
            (
                "Oui, la commande avait du retard : le distributeur était en inventaire, La Poste en grève, "
                "l'éditeur en rupture, le logiciel en panne et nous en congé. Voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks so much for the lovely words about the shop. We're delighted you enjoyed browsing "
                "the Irish poetry shelves and that you walked out with a first-edition Heaney tucked under "
                "your arm. The little reading nook by the window has been a labour of love, and it's grand "
                "to hear it's become a favourite spot. We're thrilled the Saturday story hour went down so "
                "well too. However, nobody on our staff was rude to you at the till; that simply did not "
                "happen. Hope to see you again before Christmas."
            ),
            "There was no hair in the sausage roll. Full stop.",
            "nah that never happened 🙅‍♀️ our flowers are never wilted when they leave here, end of story",
            (
                "We categorically reject the claims made in this review. No such incident occurred on our "
                "premises, and no product of the kind described was sold on the date in question."
            ),
            (
                "With respect, the cheese you describe did not come from our counter. We simply don't sell "
                "anything that's gone off, so that can't have been us."
            ),
        ],
        "fr": [
            (
                "Bonjour et un grand mèsi pour votre gentil message ! Nous sommes tellement contents que le "
                "gâteau patate et le flan coco aient plu à toute la famille, et que vous ayez pris le temps "
                "de passer nous dire bonjour. Nos recettes viennent de la grand-mère de la patronne, et "
                "chaque fournée est faite avec le même amour qu'à l'époque. Par contre, il n'y a jamais eu "
                "de fourmis dans nos vitrines, c'est tout simplement faux. Au plaisir de vous revoir à la "
                "boulangerie !"
            ),
            "Désolé mais non 🙅‍♂️ personne t'a mal parlé ici, ça s'est jamais passé",
            (
                "Nous contestons formellement les faits relatés. Aucune erreur de pesée n'a été commise dans "
                "notre établissement à la date mentionnée."
            ),
            (
                "Nous sommes un peu surpris par votre récit, car notre kougelhopf n'a jamais été vendu "
                "rassis ; cela n'a pas pu se produire chez nous."
            ),
            "Aucun livre abîmé ne sort de chez nous. Jamais.",
        ],
    },
}

BLIND99_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "So sorry the birthday cake arrived with the icing smudged; that's not the standard we hold "
            "ourselves to. We'd like to put it right, so please give us a ring on 01603 552 180 or email "
            "hello@elmhillbakes.co.uk and we'll sort a replacement or a refund, whichever suits you."
        ),
        (
            "Ah, that's made our week, thanks a million. Delighted the spiced beef went down a treat, and "
            "we'll pass your compliments on to the whole crew behind the counter."
        ),
        (
            "Thanks heaps for the kind words! Just so you know, our stamp card is open to everyone: fill ten "
            "boxes and your eleventh veggie box is on us, no strings attached."
        ),
        (
            "Thanks for the kind review! A heads-up for anyone planning a visit: we're open Wednesday to "
            "Sunday, 10 to 5, and closed through mud season until the end of April. You'll find us at 42 "
            "Main Street, right next to the general store."
        ),
        (
            "Thank you! Priya will be thrilled her recommendation hit the spot. She's read practically "
            "everything in the crime section twice over."
        ),
        (
            "We're really sorry the card on your bouquet carried the wrong message. Aoife wrote it up during "
            "our busiest hour, but checking every card before it leaves is our job as a shop, not hers "
            "alone, and we've now added a second check at dispatch. Please ring us on 01 478 2210 and we'll "
            "send a fresh arrangement with the right card."
        ),
        (
            "Sorry the lamb shoulder wasn't up to scratch. We've already refunded the full amount, so it "
            "should show up within three to five working days. If you're keen to give us another go, ask for "
            "Tama at the counter and he'll pick you out a beauty."
        ),
        (
            "We're sorry we'd sold out of cider donuts by the time you got here. Our fryer only handles a "
            "few dozen at a time, so on fall weekends they're usually gone by noon. We know that's a letdown "
            "after a drive, and we apologize."
        ),
        (
            "So sorry to hear your purse went missing near the stall. We've checked our CCTV and passed the "
            "footage on to Norfolk Police to help; if you have a crime reference number, do call us on 01603 "
            "221 904 and we'll share anything else we can."
        ),
        (
            "Guilty as charged: some days our baguettes could double as hurleys. Sorry this one was on the "
            "crusty side. We've had a stern word with the oven (it didn't listen, but we live in hope)."
        ),
        (
            "Thanks for the three stars and for being straight with us. You're right that the café corner "
            "gets noisy at weekends, so we're trialling a quiet hour on Sunday mornings from 9 to 10. We'd "
            "love to know what you think."
        ),
        (
            "Thanks for taking the time to write. We see it a little differently: all our beef is labeled "
            "with the farm it came from and the date it was packed, and we checked that batch again this "
            "morning. That said, we really want to understand what happened, so please call us at (802) "
            "555-0147 and ask for Ruth."
        ),
        (
            "We were so sorry to hear of your loss, and honoured that you trusted us with the flowers for "
            "the service. Thinking of you and your family at this difficult time."
        ),
        (
            "Congratulations to you both! It was a joy making the cake for your wedding, and we're so glad "
            "the lemon and elderflower tier went down well. Wishing you every happiness."
        ),
        (
            "Thanks for your patience with our tasting rules. We ask everyone to use the little spoons "
            "rather than fingers because some of our customers have serious allergies, and keeping samples "
            "separate helps keep them safe. We know it slows things down a touch, so thank you for bearing "
            "with us."
        ),
        (
            "You're right, our avocado prices went up this month, and we're sorry. It's been a rough season "
            "for growers up north after the cyclone and we're paying a lot more at the market; we'll bring "
            "them back down as soon as supply recovers."
        ),
        "aw cheers!! 🥰 stoked u loved the pies, see u next time 🥧",
        "Cheers for that. We'll try not to let it go to our heads.",
        (
            "Thanks for the lovely review! If you ever fancy it, our refer-a-friend card gets you and your "
            "friend £5 off a meat box each. It's open to every customer, just ask at the counter."
        ),
        (
            "Thank you for bringing this to our attention. We apologize that your pre-order did not arrive "
            "on publication day, and we have since reviewed our ordering process with our distributor. "
            "Please contact our team at orders@greenmtnbooks.com so that we can arrange priority delivery at "
            "no additional cost."
        ),
        (
            "We're very sorry the water from the vase marked your hall table. That's exactly what our "
            "liability insurance is there for, so please email us at hello@liffeyblooms.ie and we'll get the "
            "claim moving for you straight away."
        ),
        (
            "Sorry for the confusion about returns. Under the Consumer Rights Act you're entitled to a "
            "refund on faulty goods, and that absolutely covers a book with missing pages, so bring it back "
            "with or without the receipt and we'll sort it."
        ),
        (
            "Thanks for the kind words about how the team handled things outside the shop. The police were "
            "called as a precaution and everyone was safe; we're just glad we could help."
        ),
        "Niamh will be delighted. She's been going on about that Gubbeen for weeks, so it's nice to know it paid off!",
        (
            "We're so sorry about the moldy strawberries in this week's box. That shouldn't have happened. "
            "We'll add a replacement pint to your next one, and if you'd like to talk it over, the farm "
            "stand line is (802) 555-0193."
        ),
        (
            "Ha, fair call: our shop is so small even the bouquets have to breathe in. Sorry it was a "
            "squeeze, and thanks for coming in anyway!"
        ),
        (
            "We know, and we're sorry: a loaf now costs 30p more than it did last spring. Butter, flour and "
            "energy have all gone up and we held off as long as we could. Thanks for sticking with us."
        ),
        (
            "Thanks for the feedback. Just to clarify, the signed copies were sold at the publisher's price "
            "on the night, as listed on the event page, and we're sorry that wasn't made clearer at the "
            "door. We'd be glad to chat about it at events@quaybooks.ie."
        ),
        (
            "Four stars from a regular means a lot, thank you. We hear you on the parking and we're looking "
            "into whether we can offer a drop-off spot out front."
        ),
        (
            "Congratulations on your graduation! We loved putting those peonies together for the big day, "
            "and thank you for the wonderful photos."
        ),
        (
            "We're so sorry for your loss, and touched that you chose to share it with us. Kia kaha, and "
            "please take care of yourself."
        ),
        (
            "Sorry for the bother about the dog, we know he's a good lad. Food hygiene rules mean we can't "
            "have pets inside, but you're very welcome to tie him up by the door, and there's always a water "
            "bowl out there for him."
        ),
        (
            "ah no sorry!! 😬 wrong flavour in your box, our bad. message us or ring 01603 614 220 and we'll "
            "swap it for you 🍰"
        ),
        (
            "We owe you an apology. Sam cut your order from the wrong wheel, but he was covering the counter "
            "alone on our busiest day, and that was a staffing call we got wrong, not him. We now have two "
            "people on at weekends. Please come back and let us make it right."
        ),
        (
            "Thanks a million! For anyone wondering, we're open 8 till 7 Monday to Saturday and 10 till 4 on "
            "Sundays, on Thomas Street across from the church."
        ),
        "Well, that's about the nicest thing anyone's said about our bacon. We'll take it.",
        (
            "Thank you for your feedback. A full refund for the undelivered arrangement was processed "
            "yesterday, and we apologise for the disappointment this caused on such an important day."
        ),
        (
            "Sorry the croissants were a bit flat on Sunday. Our proving cabinet broke down overnight and we "
            "should have held them back rather than sell them. That's on us, and it's fixed now."
        ),
        (
            "Thanks for stopping in! Our reader's card is free for everybody: every tenth book is 20% off, "
            "whether you're a regular or just passing through town."
        ),
        (
            "We're sorry you were disappointed. For what it's worth, the weight on the label is taken before "
            "trimming, which is why it looked lighter at home, but we'd be happy to show you how we do it "
            "next time you're in, or ring us on 01 453 9081."
        ),
    ],
    "fr": [
        (
            "Bonjour, nous sommes vraiment désolés que le comté ait été trop sec, ce n'est pas ce que nous "
            "voulons vous proposer. Passez à la boutique ou appelez-nous au 04 67 58 21 90, nous vous "
            "remplacerons le morceau sans discuter."
        ),
        (
            "Merci beaucoup pour ce gentil mot ! Toute l'équipe du fournil est ravie que nos bredele aient "
            "égayé votre Avent. À bientôt !"
        ),
        (
            "Merci pour votre visite ! Pour info, notre carte de fidélité est ouverte à tous : au bout de "
            "dix passages, on vous offre un bon de cinq euros, tout simplement."
        ),
        (
            "Merci pour ce chouette avis ! Pour ceux qui se posent la question, nous sommes ouverts du mardi "
            "au samedi de 10 h à 18 h, rue de l'Ange, et aussi le dimanche matin pendant les fêtes."
        ),
        "Mèsi an chay ! Nadège sera ravie, c'est elle qui a monté votre composition d'héliconias avec tant de soin 🌺",
        (
            "Nous vous présentons nos excuses pour l'erreur sur votre commande. C'est Thomas qui l'a "
            "préparée, mais c'est à nous, les patrons, de vérifier chaque commande avant qu'elle parte, et "
            "nous ne l'avons pas fait. Nous avons revu notre organisation ; appelez-nous au 03 89 41 22 07 "
            "et nous vous referons votre tarte."
        ),
        (
            "Bonjour, désolés pour le melon pas mûr ! Nous vous avons déjà remboursé ce matin, vous devriez "
            "le voir sur votre compte d'ici quelques jours. Au plaisir de vous revoir au marché."
        ),
        (
            "Pardon pour l'attente de samedi matin : notre pétrin est tombé en panne à l'aube et toute la "
            "fournée a pris du retard. Nous en sommes désolés et espérons vous revoir bientôt."
        ),
        (
            "Nous sommes désolés pour ce qui est arrivé à votre vélo devant la boutique. Nos images de "
            "vidéosurveillance ont été remises à la police pour l'aider dans son enquête ; n'hésitez pas à "
            "nous appeler au 081 22 45 67 si vous avez besoin d'autre chose."
        ),
        (
            "On plaide coupable : notre munster se sent jusqu'à la mairie, et le facteur ne s'en est jamais "
            "remis. Merci d'avoir bravé l'odeur pour venir nous voir !"
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques. Vous avez raison, le rayon BD est un peu en "
            "désordre depuis l'arrivage de la rentrée ; on s'y attelle cette semaine."
        ),
        (
            "Merci d'avoir pris le temps d'écrire. Nous ne voyons pas tout à fait les choses de la même "
            "façon : l'étiquette indique bien le lait cru pour ce fromage, et nous le signalons toujours de "
            "vive voix. Mais votre retour nous intéresse, alors passez nous voir ou écrivez-nous à "
            "contact@fromagerie-benedictins.fr pour qu'on en parle."
        ),
        (
            "Nous vous présentons nos sincères condoléances. Nous avons été très touchés que vous nous "
            "confiiez les fleurs pour la veillée. Pensées fortes à vous et à vos proches."
        ),
        (
            "Toutes nos félicitations pour ces cinquante ans de mariage ! Ce fut un honneur de préparer la "
            "pièce montée, et merci pour ce gentil message."
        ),
        (
            "Merci de votre compréhension pour les enfants derrière le comptoir : on sait que c'est tentant "
            "de venir regarder, mais les couteaux et la trancheuse sont vraiment dangereux. Nous avons "
            "installé un petit marchepied côté clients pour qu'ils puissent voir sans risque."
        ),
        (
            "Vous avez raison, le prix des asperges a augmenté cette année et nous en sommes désolés. Le "
            "printemps froid a fait chuter la récolte chez nos producteurs de Hoerdt, et nous avons préféré "
            "rester sur de l'asperge d'Alsace plutôt que d'en faire venir de loin."
        ),
        "Mèsi ché 🥰 contente que le gâteau coco t'ait plu, à très vite 🥥",
        "Merci. On n'en demandait pas tant, mais on prend.",
        (
            "Merci beaucoup ! Petit rappel : avec notre carte de parrainage, vous et la personne parrainée "
            "avez chacun 5 € sur le prochain colis, et c'est valable pour tous nos clients."
        ),
        (
            "Madame, Monsieur, nous vous prions d'accepter nos excuses pour le retard de votre commande. "
            "Nous avons pris contact avec notre distributeur afin que cela ne se reproduise plus. Notre "
            "service clientèle se tient à votre disposition au 081 73 11 40 ou à commandes@librairie-ange.be."
        ),
        (
            "Nous sommes désolés pour la tache sur votre nappe. Notre assurance responsabilité civile couvre "
            "ce genre de dommage ; écrivez-nous à bonjour@fleursdelecusson.fr et nous lancerons les "
            "démarches avec vous."
        ),
        (
            "Merci pour votre message. Pour rappel, la garantie légale de conformité s'applique à tout "
            "article défectueux : rapportez-nous le livre mal relié, avec ou sans ticket, et nous vous "
            "l'échangerons ou vous le rembourserons."
        ),
        (
            "Merci pour vos messages de soutien après le cambriolage. La police est passée, personne n'a été "
            "blessé, et nous rouvrons dès lundi. Ça nous touche beaucoup."
        ),
        "Merci ! Sofiane sera ravi de lire ça, c'est lui qui vous a conseillé le pélardon et il en est très fier 😄",
        (
            "Oufti, désolés pour les chicons tout mous 😬 Passez au magasin, on vous les remplace sans souci, "
            "ou appelez-nous au 081 30 55 12."
        ),
        (
            "Vous avez raison, notre librairie est un vrai labyrinthe. Même nous, on s'y perd parfois. Un "
            "plan est à l'étude, promis !"
        ),
        (
            "Nous comprenons votre surprise et nous en sommes désolés : le filet pur a pris deux euros au "
            "kilo. Nos éleveurs ardennais ont subi une forte hausse du coût des aliments, et nous avons tenu "
            "à continuer à travailler avec eux."
        ),
        (
            "Merci pour votre retour. De notre côté, nous pensons que le pain était bien du jour : nous "
            "cuisons trois fois par jour et les pains de la veille sont vendus à part, avec une étiquette. "
            "Mais si quelque chose vous a semblé anormal, appelez-nous au 0596 63 18 42, on tient à "
            "comprendre."
        ),
        (
            "Merci pour ces quatre étoiles ! Nous prenons note pour la file d'attente du samedi : un "
            "deuxième comptoir va ouvrir pour les commandes."
        ),
        "Félicitations aux jeunes mariés ! Quel bonheur d'avoir monté votre croquembouche, et merci pour les photos.",
        (
            "Toutes nos pensées vous accompagnent dans ce moment difficile. Merci de nous avoir fait "
            "confiance pour la gerbe."
        ),
        (
            "Merci pour votre patience. Si nous ne proposons plus de dégustation à la main, c'est pour "
            "protéger les clients allergiques : tout passe désormais par de petites piques individuelles. "
            "C'est moins convivial, on le sait, et on vous remercie de votre compréhension."
        ),
        "Oh non désolée !! 😣 on a oublié les fraises dans ta commande, repasse quand tu veux on te les met de côté 🍓",
        (
            "Toutes nos excuses pour le boudin créole mal préparé. Joël était seul en boutique ce jour-là, "
            "et c'est notre responsabilité de ne pas l'avoir épaulé. Nous avons renforcé l'équipe le "
            "week-end ; appelez-nous et nous vous préparerons une nouvelle commande."
        ),
        (
            "Merci ! Petit rappel pour tout le monde : la boutique est ouverte de 8 h à 13 h et de 16 h à 19 "
            "h 30, du mardi au dimanche, place Jean-Jaurès."
        ),
        "Merci pour ce compliment, ça nous fait plaisir. Bis bàll, comme on dit chez nous !",
        (
            "Madame, Monsieur, nous vous confirmons que le remboursement intégral du bouquet non livré a été "
            "effectué hier. Nous vous prions de nous excuser pour ce contretemps un jour aussi important."
        ),
        (
            "Désolés pour les rayons vides la semaine dernière : le bateau a été retardé et les livres de la "
            "rentrée sont arrivés avec huit jours de retard. On est navrés, tout est en rayon maintenant."
        ),
        (
            "Merci pour votre passage ! Notre carte fromage est gratuite pour tous : dix tampons et le "
            "onzième morceau est offert."
        ),
        (
            "Bonjour, merci pour votre avis. Nos pommes sont bien du Limousin, comme indiqué sur l'ardoise, "
            "mais on comprend que l'étiquette ait pu prêter à confusion, posée juste à côté des bananes ! On "
            "va la rendre plus claire. Au plaisir."
        ),
    ],
}
