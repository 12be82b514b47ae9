"""Blind reply set, round 119: owner replies the pre-post check has never seen.

Who and when: written by helper w117, an independent writer, on 2026-12-07,
for blind round 117 (file blind_round119.py) of the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
of florists, jewellers, clothes shops, shoe repairers, dry cleaners, tailors
and phone repair shops.  Each French reply was written directly in French,
not translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other folder under /work, the git history
or /work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result of the
checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause; the others are one-liners, texting with slang and emoji, very formal
or corporate wording, veiled and polite phrasings and regional speech.
Registers, drawn from: French from Lyon, Bordeaux, Nantes, Strasbourg,
Marseille, Toulouse, Lille, Rennes, Angers, Nancy, Belgium, Lausanne, Vevey,
Geneva, Québec, Montréal, Abidjan, Dakar, Douala and Kinshasa, texting,
unaccented French and very formal administrative French; English from
London, Bath, Bristol, Leeds, Manchester, Glasgow, Edinburgh, Cardiff,
Dublin, Cork, Toronto, Texas, Sydney, Melbourne, Wellington, Durban,
Johannesburg, Mumbai and Chennai, texting with emoji, curt replies and
corporate English.  Good replies include look-alikes that are not faults: a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND119_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a kind review, it honestly made our whole morning "
                "here in Bath. We're thrilled the hand-tied bouquet of peonies and garden "
                "roses was exactly what you pictured for your mum, and that it lasted well "
                "over a week on her kitchen table. Hattie spent ages choosing the softest "
                "pinks from the market that morning, so she'll be delighted to hear it. If "
                "you'd be willing to bump your rating up to the full five stars, we'd happily "
                "pop a free posy in your hand next time you're passing. We change our seasonal "
                "stock every fortnight, so there's always something new to see. Thanks again, "
                "and please give your mum our love. Hattie & the Fern and Foxglove team"
            ),
            (
                "cheers for the review mate 🙌 edit it to 5⭐ n ur next screen fix is 20% off, "
                "no worries 📱🔧"
            ),
            (
                "Should you feel able to revise your rating to reflect the resolution reached, "
                "we would be pleased to credit a complimentary pressing of two garments to "
                "your customer account."
            ),
            (
                "We do hope you might reconsider those two stars one day... there's always a "
                "little something extra in the bag for our five-star friends 😉"
            ),
            (
                "Kindly update your review to 5 stars madam, we will give one free ring "
                "cleaning and polishing on your next visit itself. Regards, Shree Laxmi "
                "Jewellers, Mumbai"
            ),
        ],
        "fr": [
            (
                "Bonjour et un grand merci pour ce message si chaleureux ! Nous sommes "
                "vraiment heureux que le ressemelage de vos bottines en cuir vous donne "
                "entière satisfaction, surtout avec l'hiver lyonnais qui arrive. Mathieu a "
                "pris le temps de choisir une semelle en gomme plus souple pour que vous "
                "marchiez confortablement sur les pavés de la Croix-Rousse. Si vous passez "
                "votre avis à cinq étoiles, le prochain cirage complet sera pour nous. Nous "
                "proposons aussi désormais l'imperméabilisation des cuirs, n'hésitez pas à "
                "demander conseil. Merci encore de votre confiance et à très bientôt dans la "
                "boutique ! L'équipe de la Cordonnerie du Plateau"
            ),
            "merci bcp !! mets 5 etoiles et ta prochaine vitre d ecran est a -30% 📱😉",
            (
                "Nous vous serions reconnaissants de bien vouloir retirer le présent avis ; en "
                "contrepartie, une retouche gratuite vous sera accordée sur simple "
                "présentation de votre ticket."
            ),
            (
                "Merci ben gros! Si vous changez votre note pour un 5 étoiles, on vous nettoie "
                "un manteau d'hiver gratis, promis!"
            ),
            (
                "Merci beaucoup ma sœur ! Si l'avis passe à 5 étoiles, on t'offre les boucles "
                "d'oreilles assorties au collier, c'est cadeau 🎁"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write such a detailed review, and for "
                "trusting us with your wedding suit. We're genuinely sorry the trousers came "
                "back a touch shorter than you'd hoped, because we know how much a good break "
                "over the shoe matters on the day. There is usually enough cloth in the "
                "turn-up to let them down by a centimetre, and our tailor would be glad to "
                "have a look this week. Please be aware, though, that if this review isn't "
                "taken down by Friday our solicitor will be writing to you about the damage it "
                "is doing to our name. We'd still love to see you in the shop and get "
                "everything just right before the big day. Warm regards from all of us at "
                "Stitch & Press, Manchester"
            ),
            "keep posting lies about my shop n see what happens 😤 we know ur face round here",
            (
                "Please note that this matter has been referred to our legal department and "
                "that proceedings for defamation will be initiated should the content remain "
                "online."
            ),
            (
                "We'd gently remind you that we still have your details on file from the "
                "repair ticket, and we'd hate for this to go any further than it needs to."
            ),
            (
                "Ja, we've got you on CCTV, boet, and if you carry on like this we'll be "
                "putting that footage up for the whole mall to see and having you banned for "
                "good."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage au "
                "pressing. Nous sommes sincèrement désolés que la tache sur votre robe de "
                "soirée ne soit pas partie entièrement, car nous savons combien ce vêtement "
                "compte pour vous. Les taches de vin sur la soie sont parmi les plus "
                "délicates, et nous aurions dû vous en parler plus clairement au dépôt. Sachez "
                "cependant que notre avocat a déjà copie de votre avis et qu'une plainte pour "
                "diffamation sera déposée s'il n'est pas retiré sous huit jours. Nous restons "
                "à votre disposition pour un second traitement, sans frais. Bien cordialement, "
                "l'équipe du Pressing des Chartrons, Bordeaux"
            ),
            (
                "continue a raconter n importe quoi sur nous et tu vas voir ce qui va t "
                "arriver 😡 on sait ou tu bosses"
            ),
            (
                "Nous vous informons que votre comportement en boutique a été signalé à la "
                "police municipale et que toute récidive fera l'objet d'une dénonciation "
                "pénale. La Direction"
            ),
            (
                "Nous préférons vous prévenir amicalement : votre employeur pourrait être très "
                "intéressé d'apprendre comment vous parlez aux commerçants du quartier."
            ),
            (
                "Mon frère, retire ce commentaire vite-vite sinon on va afficher ta photo à "
                "l'entrée de la boutique pour que tout le marché Sandaga sache qui tu es."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks a million for getting in touch, and we're so sorry for the worry this "
                "caused at such a sad time. You're right that the wreath arrived later than we "
                "promised, and that simply isn't good enough when a family is relying on us. "
                "We've since changed our delivery rounds so funeral orders always go out first "
                "thing in the morning. For the record, we've found order FL-20931 placed by "
                "Siobhan Kelly for the service at St Columba's on Tuesday the 14th, and "
                "refunded it to the Visa ending 4417. Please accept our deepest sympathies, "
                "and do ring the shop if there's anything at all we can do. Warmest wishes, "
                "Niamh at Kilbride Flowers, Dublin"
            ),
            "sorry bout the wait!! we tried ringing u on 0412 558 903 like 3 times 🙈📱",
            (
                "We have reviewed the account associated with j.marsh1984@gmail.com and can "
                "confirm the alteration was collected on 3 March at 4.15pm."
            ),
            (
                "Lovely to see you and your husband Graham in on Saturday afternoon, we hope "
                "the engagement ring fits your daughter Emily perfectly now! 💍"
            ),
            (
                "Hi Dave, we dropped the dry cleaning at 42 Maple Crescent like you asked but "
                "nobody answered, so it's back at the store for you."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci beaucoup pour votre retour, qui nous aide vraiment à "
                "progresser. Nous sommes désolés que le manteau commandé en ligne ne tombe pas "
                "comme vous l'espériez, la coupe de ce modèle est en effet assez ajustée aux "
                "épaules. Nous avons pris note de votre remarque et ajouterons un conseil de "
                "taille sur la fiche produit. Nous avons bien retrouvé votre commande n° 58214 "
                "passée au nom de Mme Claire Dubreuil le 12 octobre, et l'avoir sera envoyé au "
                "14 rue des Olivettes. Vous pouvez aussi l'échanger directement en boutique si "
                "vous préférez essayer une autre taille. À très bientôt, Léna et l'équipe de "
                "la boutique Maille & Lin, Nantes"
            ),
            "dsl pr le retard 🙏 on t a appele au 06 72 18 44 90 mais t as pas repondu",
            (
                "Après vérification, le paiement par carte bancaire se terminant par 7730 a "
                "bien été débité le 4 septembre à 16 h 12 pour la réparation de votre écran."
            ),
            (
                "Ravis d'avoir revu Monsieur Lefebvre samedi avec sa nouvelle compagne, on "
                "espère que la bague lui a plu 💍"
            ),
            (
                "Bonjour Mme Tremblay, votre manteau est prêt depuis le 3, on vous a laissé un "
                "message sur votre boîte vocale au 514 555-0187."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for getting in touch, and for bringing your brogues to us in the first "
                "place. Resoling a vintage pair like that is one of our favourite jobs, and "
                "we're glad the new leather soles feel solid underfoot. We're sorry the heel "
                "blocks came out a shade darker than the uppers, as matching old leather is "
                "always a bit of an art. Honestly, though, it's pretty clear you were angling "
                "for a freebie from the start. We'd still be glad to have another go at the "
                "colour if you pop back in any weekday morning. Thanks again for supporting a "
                "small workshop. Cheers, Alasdair at the Byres Road Cobbler, Glasgow"
            ),
            "lol ur literally lying, u dropped the phone in the bath urself 🤡",
            (
                "It is regrettable that certain customers appear to be motivated primarily by "
                "the prospect of obtaining services without payment."
            ),
            (
                "With the greatest respect, some people simply have no taste, and no amount of "
                "flowers will fix that."
            ),
            "You were rude, you were half cut and you're a chancer, plain and simple.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience avec "
                "nous. Nous sommes navrés que le fermoir de votre bracelet se soit ouvert si "
                "peu de temps après l'achat, car c'est une pièce à laquelle nous tenons "
                "beaucoup. Nos artisans vérifient chaque fermoir avant la vente, mais un "
                "défaut peut toujours nous échapper. Il est toutefois évident que vous "
                "cherchiez surtout à obtenir un bracelet gratuit en racontant ce qui vous "
                "arrange. Nous vous proposons malgré tout de le rapporter pour une "
                "vérification complète en atelier. Bien cordialement, la Bijouterie Kléber, "
                "Strasbourg"
            ),
            "t es qu un gros radin qui veut tout gratos 🙄",
            (
                "Nous constatons avec regret que votre récit relève davantage de la mauvaise "
                "foi que d'une véritable insatisfaction."
            ),
            (
                "Franchement, une personne aussi mal élevée, on n'en voit pas souvent au "
                "magasin, hein."
            ),
            "vous etes un menteur et vous le savez tres bien",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for your review, and for being a regular with us on Queen "
                "Street for so many years. We're sorry the pleats on your skirt weren't "
                "pressed quite as crisply as you like, and we've shared your note with the "
                "pressing team. We always follow the care label closely, and we're happy to "
                "redo any item that isn't right. And congratulations, truly, on being the "
                "first customer in thirty years to discover that wool shrinks in hot water, "
                "what a breakthrough. If you bring the skirt back this week, we'll re-press it "
                "at no charge. Hope to see you soon, the team at Parkdale Cleaners, Toronto"
            ),
            "wow 1 star bc we closed at 6 like the sign says?? groundbreaking 🙄😂",
            (
                "We are, of course, deeply grateful for your expert guidance on how to run a "
                "jewellery business we have only operated for forty years."
            ),
            (
                "So sorry our roses didn't live forever, we'll have a quiet word with nature "
                "about that."
            ),
            (
                "Cheers for the heads up that phone screens are made of glass, mate, we'd "
                "never have guessed."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message, c'est toujours précieux d'avoir l'avis "
                "de nos clients. Nous sommes désolés que l'ourlet de votre pantalon de lin ne "
                "soit pas tombé exactement comme vous le souhaitiez. Notre couturière "
                "travaille chaque pièce à la main et prend toujours le temps de vérifier la "
                "longueur avec le client. Nous vous remercions d'ailleurs chaleureusement de "
                "nous avoir appris que le lin froisse, on n'y aurait jamais pensé en vingt ans "
                "de métier. Repassez quand vous voulez, nous reprendrons l'ourlet avec "
                "plaisir. Bonne journée, l'Atelier du Panier, Marseille"
            ),
            "ah oui 1 etoile pcq on ferme le dimanche, quel scandale 😂👏",
            (
                "Nous vous sommes infiniment reconnaissants de vos précieux conseils en "
                "joaillerie, que nos artisans diplômés ne manqueront pas de méditer longuement."
            ),
            (
                "Toutes nos excuses que nos fleurs coupées aient eu l'audace de faner au bout "
                "de dix jours, on va leur parler sévèrement."
            ),
            (
                "Bravo champion, t'as découvert que les souliers s'usent quand on marche "
                "dedans, c'est toute une trouvaille ça!"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks for such a detailed review, it really helps us get better. We're so "
                "sorry your phone came back with the rear camera struggling to focus, "
                "especially after you'd waited in for it all afternoon. We normally test every "
                "function before handing a device back, and we know how much you rely on your "
                "camera for work. That repair was done by Kieran, who rushed it and skipped "
                "the final camera check. Please bring it back whenever suits you and we'll "
                "sort it out free of charge while you wait. Thanks for your patience, Sam at "
                "FixPoint, Leeds"
            ),
            "soz bout that!! that was Jade on the till, she's new n keeps messing up orders 🙄",
            (
                "Our investigation determined that the error was caused solely by our "
                "seamstress, Mrs Patricia Holloway, who failed to follow the established "
                "measurement procedure."
            ),
            (
                "We'll just say that Tom was the one looking after your bouquet that day, and "
                "leave it at that."
            ),
            (
                "Sir, the wrong size was given by our salesboy Ravi only, not by management, "
                "we have already scolded him."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message, qui nous touche beaucoup. Nous sommes "
                "heureux que les compositions de votre mariage aient été appréciées de vos "
                "invités, et nous savons combien chaque détail compte ce jour-là. Nous sommes "
                "en revanche désolés pour les rubans des bouquets de table, qui n'étaient pas "
                "de la couleur choisie. C'est Léa qui a préparé la commande ce matin-là et "
                "elle s'est trompée de couleur malgré nos consignes. Nous vous remboursons "
                "bien sûr la partie concernée. Tous nos vœux de bonheur, l'équipe de Fleurs de "
                "Garonne, Toulouse"
            ),
            "dsl c est Kevin qui a perdu ton ticket, il est tjrs dans la lune 🙄",
            (
                "L'erreur de facturation est imputable exclusivement à Mme Sandrine Morel, "
                "employée de caisse, qui n'a pas appliqué la procédure en vigueur."
            ),
            (
                "On ne va citer personne, mais disons que Jérôme n'était pas dans son meilleur "
                "jour quand il a recousu vos boutons."
            ),
            (
                "Pardon maman, c'est notre petit Junior qui a mal collé la semelle, il va nous "
                "entendre."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for letting us know, and we're sorry the anniversary flowers "
                "reached you so late in the evening. We completely understand how "
                "disappointing that must have been after planning the surprise so carefully. "
                "The arrangement itself was made fresh that morning with the red roses and "
                "eucalyptus you asked for. In fairness, it was the week before Valentine's, "
                "two drivers were off sick, the wholesaler delivered late, the satnav kept "
                "rerouting the van, roadworks on Cowbridge Road added an hour and the card "
                "machine was down, so there was honestly very little more we could have done. "
                "We hope the flowers still brought a smile. Best wishes, Carys at Petal & "
                "Stem, Cardiff"
            ),
            (
                "ok so the screen was late bc supplier was late + courier lost the parcel + "
                "our tech was off sick + bank holiday + the new part was faulty 🤷‍♂️ not rly "
                "on us tbh"
            ),
            (
                "Please understand that the delay resulted from an unforeseen confluence of "
                "factors, including supplier shortages, a regional staffing shortfall, an IT "
                "system migration, revised health and safety protocols and exceptional "
                "seasonal demand, all of which were entirely outside our control."
            ),
            (
                "We do understand, though you'll appreciate the stain was already set, the "
                "label said dry-clean only, the fabric was delicate, the dye wasn't colourfast "
                "and we did mention all this at the counter, so really we followed every step "
                "correctly."
            ),
            (
                "Fair enough mate, but the leather was cracked, the heel block was rotten, the "
                "glue needs 48 hours, it was school holidays and the stitcher was out getting "
                "serviced, so there's not much we could've done different."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous faire part de votre "
                "déception. Nous comprenons tout à fait qu'il soit frustrant d'attendre trois "
                "semaines un costume promis pour dix jours, surtout avant une cérémonie. Le "
                "résultat final vous plaît, et nous en sommes heureux, mais le délai n'était "
                "pas celui annoncé. Il faut dire que c'était la pleine saison des mariages, "
                "que notre fournisseur de doublures a livré avec dix jours de retard, qu'une "
                "couturière était en arrêt, que la machine à boutonnières est tombée en panne "
                "et que le tissu était particulièrement difficile à travailler, donc nous "
                "avons vraiment fait tout ce qui était possible. Nous vous remercions de votre "
                "patience. Cordialement, Tailleur Vauban, Lille"
            ),
            (
                "bah le retard c pcq le fournisseur a pas livré + la poste en greve + ecran "
                "defectueux + on etait 2 au lieu de 4 😩 on y pouvait rien"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte d'une conjonction de "
                "facteurs indépendants de notre volonté : rupture d'approvisionnement, "
                "mouvement social chez le transporteur, migration de notre logiciel de caisse, "
                "inventaire annuel et affluence exceptionnelle liée aux soldes."
            ),
            (
                "Nous comprenons votre déception, mais la pierre était déjà fragilisée, le "
                "sertissage d'origine était ancien, l'or avait été ressoudé par un autre "
                "atelier, la bague avait visiblement subi des chocs et vous aviez insisté pour "
                "un délai court, si bien que nous avons appliqué la procédure à la lettre."
            ),
            (
                "Ben là, faut comprendre que la tache était là depuis des semaines, "
                "l'étiquette disait pas grand-chose, le tissu était fragile, la machine était "
                "en réparation pis on était en plein déménagement, ça fait que c'était pas "
                "évident pantoute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to share your experience with us. We're so "
                "pleased you found the linen dress you'd been hunting for before your holiday, "
                "and that the colour suits you as well as you hoped. We're sorry the fitting "
                "rooms were busy and that you felt a little rushed while trying things on. "
                "However, nobody on our team was rude to you that day, and that simply did not "
                "happen. We've since added a third fitting room to ease the Saturday queues. "
                "Enjoy the sunshine, and we hope to see you again soon. Love, Bea at The Lanes "
                "Wardrobe, Brighton"
            ),
            "nope never happened 🙅‍♀️ we dont lose phones, ever",
            (
                "We can categorically confirm that no garment entrusted to our care has ever "
                "been damaged during processing."
            ),
            (
                "We've looked into it and, with respect, it isn't possible that the stone came "
                "loose, our settings simply don't do that."
            ),
            (
                "Sorry now, but that's impossible, our soles don't come away after two weeks, "
                "full stop."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour sur la réparation de votre téléphone. "
                "Nous sommes contents que le nouvel écran soit bien lumineux et que le tactile "
                "réponde parfaitement, c'était l'essentiel pour vous. Nous comprenons aussi "
                "votre frustration face à l'attente au comptoir, la boutique était bondée ce "
                "jour-là. Cependant, il est impossible que votre appareil soit reparti avec "
                "des rayures : nos techniciens ne rayent jamais un téléphone. Nous avons "
                "depuis ajouté un deuxième poste pour accélérer les réparations express. Merci "
                "encore pour votre confiance, l'équipe de Répar'Phone, Rennes"
            ),
            "c faux ca s est jamais passe 🙄",
            (
                "Nous contestons formellement les faits allégués : aucun vêtement n'a jamais "
                "été égaré dans notre établissement."
            ),
            (
                "Avec tout le respect qu'on vous doit, ce que vous décrivez n'a pas pu se "
                "produire chez nous, nos fleurs sont toujours fraîches."
            ),
            (
                "Non madame, nos couturiers ne se trompent jamais de mesures, c'est "
                "impossible, ça n'existe pas ici à Kinshasa."
            ),
        ],
    },
}

BLIND119_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for your lovely words about the bouquet. Hannah will be "
            "thrilled you loved the ranunculus, she's been with us four years and has a "
            "real eye for colour. Hope to see you again soon!"
        ),
        (
            "We're very sorry your coat came back with a mark on the lining. That isn't "
            "the standard we aim for. We've re-cleaned it at no charge and it's ready "
            "whenever suits you. If you'd like to talk it through, please call the shop on "
            "020 7946 0321 and ask for the manager. Priya, Pressed & Proper"
        ),
        (
            "Thanks for popping in! Just so you know, our stamp card is open to every "
            "customer: get ten repairs stamped and the eleventh is on us. See you next "
            "time, the team at Heel & Sole"
        ),
        (
            "You're right, and we're sorry. Daniel measured the sleeves, but as the owner "
            "the mistake is mine, not his: our process should have caught it with a second "
            "check. We've remade the jacket at our cost and added that check to every "
            "order. Thank you for telling us."
        ),
        (
            "We're sorry the replacement battery didn't last. We've already refunded the "
            "£59, and you should see it within three to five working days. If you'd like "
            "us to look at the phone again, free of charge, just drop in. Tom, PhoneDoc "
            "Cardiff"
        ),
        (
            "Sorry for the long wait on Saturday. Two of the team were off ill and we "
            "should have warned customers at the door. That's on us, and we've since "
            "arranged cover for weekends. Thanks for your patience."
        ),
        (
            "Thank you for your feedback. Under our terms, garments left uncollected for "
            "more than 90 days may be donated to charity, and we know that can come as a "
            "surprise. We've now printed it larger on every ticket. If you think your item "
            "was affected, please email hello@crispcleaners.co.uk and we'll check our "
            "records."
        ),
        (
            "We're so sorry your silk blouse was damaged. We're fully insured for items in "
            "our care, and we've started a claim so you're reimbursed at full replacement "
            "value. Please email care@silverlinecleaners.ie and we'll keep you updated at "
            "every step."
        ),
        (
            "We're very sorry your bag was taken while you were trying on shoes. We've "
            "handed our CCTV footage to the police to help with their enquiries, and we're "
            "happy to give a statement if that helps. Please get in touch with the shop if "
            "there's anything else we can do."
        ),
        (
            "Thank you! We'll admit our shop sign has seen better days, a bit like the "
            "owner's knees, but we're glad the repairs on your boots were spot on. See you "
            "next winter!"
        ),
        (
            "Thanks for the 3 stars and the honest feedback. You're right that our prices "
            "for screen repairs have gone up, and we understand that's frustrating. We'd "
            "welcome a chat if you'd like to know more, call us on 0161 496 0752."
        ),
        (
            "Thank you for your review. Our order slip shows the ring was resized to an M, "
            "as agreed, but we understand it still doesn't feel right and we'd really like "
            "to make it comfortable for you. Please bring it back in and we'll take "
            "another look at no charge."
        ),
        (
            "We were so sorry to hear of your loss. It was a privilege to prepare the "
            "flowers for your father's service, and we're glad the lilies were as he would "
            "have liked. Our thoughts are with you and your family."
        ),
        (
            "Congratulations on your engagement! We're delighted the ring was everything "
            "you'd hoped for. Wishing you both every happiness. The team at Marlow "
            "Jewellers"
        ),
        (
            "Thanks for your feedback, and sorry for the frustration. For safety reasons "
            "we can't let customers into the workshop while the finishing machines are "
            "running, as the spinning brushes can catch sleeves and jewellery. We're "
            "always happy to show you the finished work at the counter."
        ),
        (
            "We're sorry the price of hemming has gone up since your last visit. Our "
            "thread, fabric and energy costs have risen a lot this year and we held off as "
            "long as we could. Thank you for understanding, and we hope to see you again."
        ),
        (
            "Thank you for such detailed feedback, it's genuinely useful. We've passed "
            "your points about the fitting room lighting and the queue at the till to the "
            "whole team, and we're already trialling a second till on Saturdays."
        ),
        "Thanks a million, delighted you love the dress! 💚",
        "aw thank u!! so glad the screen's perfect 📱✨ see u again (hopefully not too soon lol)",
        (
            "Thank you for your feedback. We regret that your experience did not meet "
            "expectations. Our store manager is reviewing the matter, and we invite you to "
            "contact customer services at support@threadline.co.za so that we can resolve "
            "it directly."
        ),
        (
            "Sorry you found us closed on Monday! Our hours are Tuesday to Saturday, 9am "
            "to 5.30pm, and we've now updated them on Google so nobody else gets caught "
            "out. Hope to see you soon."
        ),
        (
            "Thank you for the kind review! A note for anyone reading: we've moved two "
            "doors down to 18 High Street, next to the bakery, so don't be put off by the "
            "empty shop. Ellie, Bloom Room Harrogate"
        ),
        (
            "Thanks so much! If any friends need a suit altered, our refer-a-friend offer "
            "gives you both 10% off, and it's open to every customer."
        ),
        (
            "Thank you so much for your kind words, ma'am. We are very happy the necklace "
            "was ready in time for the function. Please do visit us again, our full team "
            "is always at your service. Lakshmi Jewellers, Chennai"
        ),
        (
            "Cheers for the feedback and sorry the zip went again. That's not good enough, "
            "so bring it back and we'll fit a heavy-duty one, no charge. Mick, Southside "
            "Shoe & Key Repairs"
        ),
        (
            "Kia ora and thanks heaps for the kind words! Stoked the wedding bouquet "
            "survived the Wellington wind 😄"
        ),
        (
            "We're sorry your order wasn't ready at the time we promised. We've changed "
            "how we schedule rush orders so this doesn't happen again. Please reach out at "
            "416-555-0144 and we'll make it right."
        ),
        (
            "Thanks for the honest review. You're right that the shop was very busy on "
            "Saturday and you waited too long, sorry about that. We're adding a ticket "
            "system this month. Shout if there's anything else. Thabo, Rosebank Phone "
            "Clinic"
        ),
        (
            "Ah thanks so much, that's lovely to read. Aoife was delighted to hear her "
            "alterations saved the day before the wedding!"
        ),
        (
            "We're sorry: Marcus gave you the wrong collection date, and that's our "
            "responsibility as a business, because our booking screen was showing the "
            "wrong turnaround and he went by it. We've fixed the system, and we're sorry "
            "for the wasted trip."
        ),
        (
            "Thanks for your review. We don't think the scratch happened during the screen "
            "replacement, as we photograph every phone on arrival, but we'd be glad to go "
            "through the photos with you and find a fair solution. Please call us on 01632 "
            "960 415."
        ),
        (
            "Thanks for letting us know. Our CCTV showed your bag of shirts had been put "
            "behind the wrong counter, so we've tracked it down and it's ready for you, "
            "with our apologies."
        ),
        (
            "Cheers for the five stars! Glad the brogues are back on the road, they've "
            "plenty of miles left in them yet."
        ),
        (
            "Thank you for taking the time to tell us about this, and we're really sorry. "
            "Your dress should have been ready on Thursday as promised, and it wasn't. "
            "We've refunded the alteration fee in full and finished the work overnight, "
            "and every ticket now shows a clear collection date so it can't be missed. If "
            "you'd like to talk it through, our manager Sophie is on 0117 496 0388 or at "
            "sophie@hemline.co.uk. We hope the wedding was wonderful."
        ),
        (
            "We're sorry your phone had water damage after the repair. The seal is covered "
            "by our 6-month warranty, so we'll reopen and reseal it free of charge. You "
            "can also claim on your own phone insurance if you prefer, and we're happy to "
            "write a report for them."
        ),
        "Sorry about this. Fixed and refunded. Come back any time.",
        (
            "Thank you! Our delivery van is older than some of our staff, but it got your "
            "roses there on time, so we'll let it off 🌹"
        ),
        (
            "Thank y'all so much! We're tickled you liked the boots, and we hope they "
            "carry you many a mile."
        ),
        (
            "Thank you for such thoughtful feedback about the engraving options. You're "
            "right that our font samples were hard to read, and we've now printed a larger "
            "catalogue for the counter."
        ),
        (
            "On behalf of the whole team, thank you for choosing us for your watch repair. "
            "We are pleased the service met your expectations and look forward to "
            "welcoming you again."
        ),
    ],
    "fr": [
        (
            "Merci infiniment pour ce joli message ! Camille sera ravie de savoir que son "
            "bouquet champêtre vous a plu. Au plaisir de vous revoir à la boutique."
        ),
        (
            "Nous sommes sincèrement désolés pour la tache restée sur votre chemise. Nous "
            "l'avons retraitée gratuitement et elle vous attend au comptoir. N'hésitez pas "
            "à nous appeler au 04 78 12 34 56 si vous souhaitez en parler. L'équipe du "
            "Pressing Saint-Jean"
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à "
            "tous nos clients : au bout de dix ressemelages, le onzième est offert."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. C'est Julien qui a pris "
            "les mesures, mais la responsabilité est la nôtre : notre procédure aurait dû "
            "prévoir une double vérification. Nous avons refait la veste à nos frais et "
            "ajouté ce contrôle pour toutes les commandes."
        ),
        (
            "Nous sommes désolés que la batterie n'ait pas tenu. Nous vous avons déjà "
            "remboursé les 69 €, le montant apparaîtra d'ici trois à cinq jours ouvrés. Si "
            "vous le souhaitez, nous pouvons aussi revoir le téléphone gratuitement."
        ),
        (
            "Toutes nos excuses pour l'attente samedi : deux collègues étaient malades et "
            "nous aurions dû prévenir les clients à l'entrée. Nous avons depuis organisé "
            "des renforts le week-end."
        ),
        (
            "Merci pour votre retour. Conformément à nos conditions générales, les "
            "vêtements non retirés après trois mois peuvent être remis à une association, "
            "et nous comprenons que cela surprenne. C'est désormais écrit en gros sur le "
            "ticket. Écrivez-nous à contact@pressing-desarts.fr et nous vérifierons votre "
            "dépôt."
        ),
        (
            "Nous sommes vraiment navrés pour votre foulard en soie abîmé. Nous sommes "
            "assurés pour les articles qui nous sont confiés et avons ouvert un dossier "
            "pour que vous soyez remboursée à la valeur de remplacement. Nous vous "
            "tiendrons informée à chaque étape."
        ),
        (
            "Nous sommes désolés pour le vol de votre sac dans la cabine d'essayage. Nous "
            "avons transmis les images de vidéosurveillance à la police pour aider "
            "l'enquête et restons à votre disposition si besoin."
        ),
        (
            "Merci beaucoup ! Notre enseigne a un peu vécu, comme les genoux du patron, "
            "mais vos bottines, elles, sont comme neuves 😄"
        ),
        (
            "Merci pour vos 3 étoiles et pour votre franchise. Nos tarifs de réparation "
            "d'écran ont effectivement augmenté, et nous comprenons que ce soit agaçant. "
            "Nous serions heureux d'en discuter avec vous au magasin."
        ),
        (
            "Merci pour votre avis. D'après notre bon de commande, la bague a été mise à "
            "la taille 54 comme convenu, mais nous comprenons qu'elle ne soit pas "
            "confortable et nous voulons trouver une solution. Repassez quand vous voulez, "
            "nous la reprendrons sans frais."
        ),
        (
            "Nous vous adressons nos plus sincères condoléances. Ce fut un honneur de "
            "préparer les fleurs pour la cérémonie de votre mère, et nous pensons bien à "
            "vous et à votre famille."
        ),
        (
            "Toutes nos félicitations pour vos fiançailles ! Nous sommes ravis que la "
            "bague vous plaise autant. Tous nos vœux de bonheur à vous deux. Bijouterie "
            "Marchal, Nancy"
        ),
        (
            "Merci pour votre message et désolés pour la gêne. Pour des raisons de "
            "sécurité, nous ne pouvons pas laisser entrer les clients dans l'atelier quand "
            "les machines de finition tournent. Nous vous montrerons toujours le travail "
            "terminé au comptoir avec plaisir."
        ),
        (
            "Nous sommes désolés que le prix des ourlets ait augmenté depuis votre "
            "dernière visite. Le coût du fil, de l'énergie et du loyer a fortement "
            "progressé cette année et nous avons tenu aussi longtemps que possible. Merci "
            "de votre compréhension."
        ),
        (
            "Merci pour ce retour très détaillé, il nous est vraiment utile. Nous avons "
            "partagé vos remarques sur l'éclairage des cabines et l'attente en caisse avec "
            "toute l'équipe, et nous testons déjà une deuxième caisse le samedi."
        ),
        "Merci beaucoup, ravis que la robe vous plaise ! 💛",
        (
            "merci bcp !! trop contents que l ecran soit nickel 📱✨ a bientot (mais pas "
            "trop vite hein 😄)"
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre avis et vous prions "
            "d'agréer nos excuses pour le désagrément subi. Le responsable du magasin "
            "examine actuellement la situation ; nous vous invitons à prendre contact avec "
            "notre service clientèle à l'adresse service.client@lafiledor.fr."
        ),
        (
            "Désolés que vous ayez trouvé porte close lundi ! Nous sommes ouverts du mardi "
            "au samedi, de 9 h à 19 h, et nous avons mis à jour nos horaires sur Google."
        ),
        (
            "Merci pour votre gentil avis ! Pour info, nous avons déménagé au 12 rue "
            "Lenepveu, juste à côté de la boulangerie. Anaïs, Les Jardins d'Anaïs, Angers"
        ),
        (
            "Merci ! Notre offre de parrainage est ouverte à tous : quand un ami fait "
            "retoucher un costume chez nous, vous profitez tous les deux de 10 % de remise."
        ),
        (
            "Merci beaucoup pour votre chouette message ! On est contents que vos souliers "
            "soient à nouveau comme neufs. À tantôt au magasin !"
        ),
        (
            "Un grand merci pour votre retour. Nous sommes désolés pour le délai de "
            "réparation de votre montre et avons pris contact avec notre fournisseur pour "
            "accélérer les envois. Vous pouvez nous joindre au 021 555 12 34 pour tout "
            "renseignement. Meilleures salutations, Bijouterie Favre, Vevey"
        ),
        (
            "Merci ben gros pour votre beau commentaire! On est ben contents que le "
            "manteau d'hiver soit revenu comme neuf. Au plaisir de vous revoir!"
        ),
        (
            "On s'excuse sincèrement pour le retard sur votre commande. On a revu notre "
            "façon de planifier les commandes urgentes pour que ça n'arrive plus. "
            "Appelez-nous au 418 555-0122, on va arranger ça."
        ),
        (
            "Merci beaucoup pour votre message ! Nous sommes désolés pour l'attente, la "
            "boutique était pleine samedi. Nous mettons en place un système de tickets ce "
            "mois-ci. Que Dieu vous bénisse et à bientôt."
        ),
        (
            "Merci beaucoup ! Aminata est très contente que le boubou brodé vous ait plu "
            "pour la Tabaski. À très bientôt à la boutique."
        ),
        (
            "Nous sommes désolés : Marc vous a indiqué une mauvaise date de retrait, et "
            "c'est notre responsabilité en tant qu'entreprise, car notre logiciel "
            "affichait un délai erroné. Nous l'avons corrigé et nous nous excusons pour le "
            "déplacement inutile."
        ),
        (
            "Merci pour votre avis. Nous ne pensons pas que la rayure soit apparue pendant "
            "le changement d'écran, car nous photographions chaque téléphone à l'arrivée, "
            "mais nous serions heureux de regarder les photos avec vous pour trouver une "
            "solution juste."
        ),
        (
            "Merci de nous avoir prévenus. Grâce à la vidéosurveillance, nous avons "
            "retrouvé votre sac de chemises, rangé par erreur derrière le mauvais "
            "comptoir. Il vous attend, avec toutes nos excuses."
        ),
        (
            "Merci d'avoir pris le temps de nous écrire, et toutes nos excuses. Votre robe "
            "de cérémonie devait être prête jeudi comme promis, et elle ne l'était pas. "
            "Nous avons remboursé intégralement la retouche et terminé le travail dans la "
            "nuit, et chaque ticket indique désormais une date de retrait bien visible. Si "
            "vous souhaitez en parler, notre responsable Sophie est joignable au 05 56 00 "
            "11 22. Nous espérons que la cérémonie a été magnifique."
        ),
        (
            "Nous sommes navrés pour l'humidité dans votre téléphone après la réparation. "
            "Le joint est couvert par notre garantie de six mois : nous le rouvrirons et "
            "le referons gratuitement. Vous pouvez aussi passer par votre assurance, nous "
            "vous fournirons un rapport."
        ),
        "Désolés. C'est corrigé et remboursé. Revenez quand vous voulez.",
        (
            "Merci ! Notre camionnette est plus vieille que certains de nos employés, mais "
            "elle a livré vos roses à l'heure, on lui pardonne 🌹"
        ),
        (
            "merci beaucoup pour votre avis, on est tres contents que les retouches vous "
            "conviennent, a bientot"
        ),
        (
            "Merci vielmols ! Nous sommes ravis que la gravure de vos alliances vous ait "
            "plu. À bientôt à la bijouterie !"
        ),
        (
            "Merci beaucoup, vous êtes adorable ! Ça nous fait plaisir que vos espadrilles "
            "aient retrouvé une seconde vie. À bientôt, et profitez bien du soleil !"
        ),
        (
            "Au nom de toute l'équipe, nous vous remercions d'avoir choisi notre atelier "
            "pour la réparation de votre montre. Nous sommes heureux que le service vous "
            "ait donné entière satisfaction et serons ravis de vous accueillir à nouveau."
        ),
    ],
}
