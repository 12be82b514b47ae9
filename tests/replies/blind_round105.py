"""Blind reply set, round 105: owner replies the pre-post check has never seen.

Who and when: written by helper b103, an independent writer, on 2026-12-06,
for the pre-post reply check (brief "round 103").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
sushi bars, ramen bars, vegan cafés, bubble-tea shops, wine bars and cavistes,
fishmongers and delicatessens (épiceries fines, crèmeries, charcuterie and
cheese counters).  Each French reply was written directly in French, not
translated.  Apart from the first seventy-five lines of the round 20 file,
read only to copy its format, the writer did NOT read the application code,
docs, training data, benches, any other test file or earlier blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others are one-liners, texting with emoji, very formal or
corporate wording, veiled and polite phrasings, and regional speech.

Registers: English from the UK (Manchester, Cornwall, London, Liverpool,
north-east Scotland), Ireland (Dublin, Mayo, Galway), North America (Toronto,
Vancouver, the Pacific Northwest) and Australia (Melbourne, Queensland),
texting with emoji and corporate English; French from France (Lyon, Bordeaux,
Paris, Marseille, Strasbourg, Brest), Belgium (Brussels, Liège), Switzerland
(Lausanne, Geneva, Vaud) and Québec (Montréal), texting with emoji and very
formal administrative French.  Good replies include look-alikes that are not
faults: an apology with a concrete fix and an offline channel, warm thanks to
happy customers, a loyalty or referral scheme open to everyone whatever they
write, a statement that reviews are never bought, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, allergen law, insurance, the police
or CCTV mentioned neutrally or to help the customer, a privacy refusal with a
phone number, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety or hygiene rule explained kindly and a price change
explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND105_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for coming in on such a wet night and for the lovely words "
                "about the tonkotsu — our kitchen spends eighteen hours on that broth, so hearing"
                " it warmed you up after the match means a lot to the whole team. We're also glad"
                " the gyoza lived up to the hype and that the playlist didn't get too loud for a "
                "proper catch-up. If you'd be kind enough to bump your review up to five stars, "
                "just show it at the counter next time and your bowl is on the house. The new "
                "spicy miso lands next month, so we hope to see you back for that, and thanks "
                "again for backing a small independent."
            ),
            (
                "omg thank u!! 🧋💕 post a 5⭐ review w a pic n ur next large taro is free, just "
                "flash it at the till 😘"
            ),
            (
                "Should you elect to revise your rating upward, our Guest Experience team would "
                "be pleased to credit 500 Cellar Club points to your account by way of "
                "appreciation."
            ),
            (
                "We'd hate for one busy evening to be the last word on us — and if those stars "
                "were to drift a little higher, you might just find a bottle of the Sancerre "
                "waiting at your table next time."
            ),
            (
                "Sorry mate, bit of a stuff-up with the prawns. Pull that one-star down and "
                "there's a kilo of Moreton Bay bugs with your name on it, no charge, no worries."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment d'avoir pris le temps de nous écrire après votre "
                "brunch du dimanche ! Toute l'équipe est ravie que le pancake à la farine de "
                "châtaigne et le latte au sésame noir vous aient autant plu, et que vous vous "
                "soyez sentis comme chez vous malgré l'affluence. Nous cuisinons tout sur place "
                "avec des légumes des Monts du Lyonnais, et c'est précieux de savoir que ça se "
                "sent dans l'assiette. Si vous acceptiez de passer votre note à cinq étoiles, "
                "votre prochain brunch vous serait offert : il suffira de nous montrer l'avis "
                "modifié. Nous avons hâte de vous faire goûter la carte d'hiver, et encore merci "
                "pour votre fidélité !"
            ),
            (
                "merciii 🧋✨ mets-nous 5 étoiles et ton prochain bubble tea est offert, montre "
                "juste ton avis à la caisse 😉"
            ),
            (
                "Nous vous saurions gré de bien vouloir reconsidérer votre évaluation ; un bon "
                "d'achat de vingt francs vous serait alors adressé, en témoignage de notre "
                "reconnaissance."
            ),
            (
                "Un petit coup de pouce sur la note, et vous verrez qu'on sait remercier nos "
                "clients à leur prochain passage au banc… on se comprend."
            ),
            (
                "Enlève ton commentaire pis ta prochaine commande de sushis est sur la maison, "
                "c'est promis là!"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks a million for taking the time to write, and for the kind words about the "
                "Gubbeen toastie and the brown bread — it's my mother's recipe, so she'll be "
                "thrilled. We know the lunchtime queue can turn into a bit of a scrum and we're "
                "always trying new ways to speed it up, including the pre-order hatch we opened "
                "in September. Just so you're aware, though, we've sent your review to our "
                "solicitors, and if it isn't taken down by the end of the week you'll be hearing "
                "from them. In the meantime the Christmas hampers are in, and we'd love you to "
                "come and have a look."
            ),
            "Write one more review like that about us and you'll be hearing from our lawyers.",
            "keep talkin 🙂 we got u on camera n we know where u work 👀📸",
            (
                "Please be advised that we have retained legal counsel and will pursue all "
                "available remedies, including damages, against any individual who publishes "
                "statements of this nature about our establishment."
            ),
            (
                "Mate, I know half the blokes at your footy club. Wouldn't be mouthing off about "
                "my shop round here if I were you."
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci d'avoir partagé votre soirée chez nous ! Nous sommes heureux "
                "que la planche de charcuterie basque et le saint-émilion de notre petit "
                "producteur vous aient plu, et que vous ayez pu profiter de la terrasse avant que"
                " le vent ne se lève. Nous tenons beaucoup à cette ambiance de quartier où l'on "
                "discute d'une table à l'autre. Sachez toutefois que votre commentaire a été "
                "transmis à notre avocat, qui engagera des poursuites s'il n'est pas retiré d'ici"
                " lundi. Nous serons ravis de vous faire découvrir la nouvelle sélection de "
                "blancs cet hiver, et encore merci pour votre visite."
            ),
            "fais gaffe à ce que t'écris 😡 on a ta plaque sur la caméra du parking",
            (
                "Nous vous informons que notre conseil juridique a été mandaté et qu'une plainte "
                "pénale pour diffamation sera déposée auprès du Ministère public du canton de "
                "Vaud."
            ),
            (
                "Bruxelles est petite, Monsieur, et votre patron boit son café à notre comptoir "
                "tous les matins. Il serait dommage qu'il tombe sur votre prose."
            ),
            "Continue d'écrire sur nous autres pis on va appeler ton boss, on sait c'est qui.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for celebrating with us and for being so honest about the evening — we"
                " really appreciate guests who tell us when something isn't right. We're glad the"
                " chef's selection of nigiri was a highlight and that the yuzu sorbet ended "
                "things on a high. We've pulled up your booking, reference SK-20931 for a party "
                "of four under Daniel Moreau on Saturday the 14th, and can see the hot dishes did"
                " arrive far too slowly. We've since added a second runner on weekends so the "
                "kitchen and the bar stay in step. We'd love the chance to show you a smoother "
                "night, and thank you again for choosing us."
            ),
            (
                "Thanks Mrs Kowalczyk — your order #48213 for the smoked salmon platter is ready "
                "to collect from 3pm."
            ),
            "heyy Jess 🧋 so glad u n Tom loved the brown sugar boba on sat!! see u both soon 💕",
            (
                "We confirm that a refund of $64.20 has been issued to the Visa card ending 4417 "
                "linked to the account jmartin82@gmail.com."
            ),
            (
                "Sorry now, Siobhán, I know with your coeliac diagnosis you can't take any "
                "chances, so we'll keep the gluten-free bread well away from the toaster when "
                "you're in on a Tuesday."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour si détaillé, qui nous aide vraiment à "
                "progresser. Nous sommes touchés que vous fassiez confiance à notre petite "
                "épicerie depuis l'ouverture, et ravis que le vacherin Mont-d'Or et la viande "
                "séchée du Valais aient fait l'unanimité à table. Nous avons retrouvé votre "
                "commande n° 7712, livrée au 14 chemin des Vignes à Pully le 2 décembre, et le "
                "jambon cru manquait effectivement au colis. Nous avons depuis ajouté une "
                "vérification à la préparation des livraisons. Au plaisir de vous accueillir "
                "bientôt à la boutique, et belles fêtes à vous !"
            ),
            (
                "coucou Léa 😘 merci pour ta commande de samedi avec ta maman ! on a enregistré "
                "ton 06 12 34 56 78 sur ta carte fidélité 🍣"
            ),
            (
                "Madame Dubois, nous avons bien pris note de votre allergie sévère aux crustacés,"
                " signalée lors de votre réservation du 3 novembre, et l'avons communiquée à "
                "l'ensemble de notre brigade."
            ),
            (
                "Salut Marc-André! Content que t'aies aimé ton ramen jeudi passé avec ta blonde, "
                "on t'a reconnu avec ton chandail du Canadien 😄"
            ),
            (
                "Merci Madame Peeters, rue des Tanneurs 42 : vos moules du vendredi seront prêtes"
                " comme d'habitude, et on vous met le céleri de côté."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for visiting us on the launch night of the Georgian wine list — it was"
                " a busy one, and we're grateful to everyone who came to try something new. Our "
                "team loved sharing the amber wines, and we hope the notes on qvevri fermentation"
                " were as interesting to read as they were to write. Frankly, though, it's hard "
                "to take this complaint seriously from someone who was clearly angling for a free"
                " bottle from the moment they sat down. We're running a tasting flight on "
                "Thursdays through January, and the new small-plates menu starts next week, so "
                "there's plenty more to come."
            ),
            (
                "You were rude to our staff from start to finish, and honestly you're exactly the"
                " sort of customer we can do without."
            ),
            "ur literally lying 🙄 u were in n out in 10 min, stop making stuff up for clout 😤",
            (
                "It is evident that this review was written in bad faith by an individual whose "
                "sole objective was to obtain a refund to which they were not entitled."
            ),
            (
                "Fair dinkum, you're a tightarse who wanted his barra for nothing and got shirty "
                "when he didn't get it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'être venu découvrir notre comptoir rue Sainte-Anne. Nous "
                "sommes contents que le chirashi et la soupe miso aux palourdes vous aient plu, "
                "et que vous ayez apprécié de voir notre chef travailler le poisson devant vous. "
                "Nous mettons un point d'honneur à n'utiliser que du poisson issu de pêche "
                "responsable, et nous changeons la carte selon les arrivages. Permettez-moi "
                "toutefois de vous dire que votre avis respire la mauvaise foi et que vous "
                "cherchiez surtout à repartir sans payer. Nous vous souhaitons de belles "
                "découvertes culinaires, et notre porte reste ouverte."
            ),
            "Vous êtes un menteur, tout simplement.",
            (
                "t'es juste un gros radin qui voulait pas payer son bubble tea 🙄 arrête de mytho,"
                " une fois"
            ),
            (
                "Votre commentaire, de toute évidence rédigé par une personne malhonnête, ne "
                "mérite pas davantage de considération de notre part."
            ),
            "T'es un maudit téteux qui voulait juste avoir son lunch gratis, c'est toute.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for stopping by during our opening week and for trying the black "
                "garlic tonkotsu — it's the bowl we're proudest of, and the chashu is smoked "
                "in-house every morning. We're glad the staff made you feel welcome and that the "
                "vegan shoyu was a hit with the rest of the table. We'll be sure to ask the chef "
                "to serve the broth a little cooler next time, since soup arriving hot is "
                "obviously a shock nobody could have seen coming. Our winter menu launches in a "
                "couple of weeks with a yuzu shio we think you'll love, so we hope you'll come "
                "back and give it a go."
            ),
            "So sorry our fish tasted of fish. We'll work on making it taste of nothing for you.",
            "omg a 2 min wait for boba?? how did u even survive 😱😂 thoughts n prayers 🙏",
            (
                "We have noted with great interest your expert assessment of our wine list and "
                "will forward it at once to our sommelier, who has a mere twenty years' "
                "experience, for urgent reconsideration."
            ),
            "Ah sure we'll get the tofu to taste like a rasher just for you so, will we? Grand.",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre passage à l'épicerie pendant le marché de Noël, nous"
                " savons que les rues sont bondées à cette période. Nous sommes contents que le "
                "munster fermier et le kougelhopf aient trouvé leur place dans votre panier, et "
                "que notre vendeuse ait pris le temps de vous conseiller pour le vin. Nous allons"
                " bien sûr demander à nos fromages de sentir un peu moins le fromage, puisque "
                "c'est visiblement ce qu'on attend d'une crèmerie. Nous recevons de nouveaux "
                "affineurs en janvier, et nous serons ravis de vous les faire goûter."
            ),
            "Bravo pour cette critique digne du Guide Michelin, toute l'équipe en tremble encore.",
            "wow 5 min d'attente pour un bubble tea, quel drame 😭😂 courage à toi frérot",
            (
                "Nous prenons acte de votre remarquable expertise ichtyologique et ne manquerons "
                "pas de solliciter vos lumières avant chaque arrivage de poisson."
            ),
            (
                "Ben oui, c'est ben de valeur que le café végane avait pas de bacon. On va y "
                "penser fort fort, promis 🙄"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for such a thoughtful review, and for supporting the shop all through "
                "the summer — it's lovely to have regulars who know the boats by name. We're "
                "delighted the hake and the Newlyn crab went down so well. The mix-up with your "
                "dressed-crab order was entirely down to Kieran on the counter, who didn't check "
                "the list and has been given a formal warning. We've got scallops coming in from "
                "the day boats this week and hand-picked crab every Friday, so do pop in and say "
                "hello."
            ),
            "That was Megan's fault, not ours — and she no longer works here.",
            (
                "sorry!! that was jayden on the till, he messed up ur order again 🙄 he's on his "
                "last chance tbh"
            ),
            (
                "Our internal review has determined that the error was attributable to a team "
                "member, Ms Rachel Okafor, who failed to follow established allergen procedures; "
                "appropriate disciplinary action has been taken."
            ),
            (
                "Yeah nah, that one's on Brodie, he's hopeless on the sushi train — I've had a "
                "word and he's off the roster."
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci beaucoup pour ce long message, ça fait plaisir de lire qu'on a "
                "réussi à vous faire aimer les vins de Cassis et de Bandol. Notre petite cave "
                "tient à ses vignerons du coin, et on est ravis que les panisses et la tapenade "
                "maison aient accompagné tout ça comme il faut. L'erreur sur l'addition, c'est "
                "Julien, notre serveur, qui l'a faite, et il sera sanctionné dès cette semaine. "
                "On organise une dégustation de rosés de garde en janvier, et ce serait un "
                "plaisir de vous y voir."
            ),
            "C'est Kevin qui s'est trompé, il a été recadré.",
            (
                "dsl c'est Inès qui a oublié tes perles de tapioca 😬 elle va se faire remonter "
                "les bretelles"
            ),
            (
                "Après vérification, il apparaît que le manquement incombe à notre "
                "collaboratrice, Mme Sarah Lambert, à l'encontre de laquelle une procédure "
                "disciplinaire a été engagée."
            ),
            (
                "C'est Jérémie en cuisine qui a mis le mauvais bouillon, y'est en probation "
                "astheure, inquiète-toi pas."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks heaps for coming in and for the kind words about the salmon aburi and the"
                " chawanmushi — they're two of our head chef's favourites and it's great they hit"
                " the spot. It's lovely to hear the front-of-house crew were friendly and that "
                "you enjoyed sitting up at the bar watching the rolls being made. As for the "
                "wait, our rice cooker packed it in at five o'clock, the fish delivery came two "
                "hours late because of roadworks on Hoddle Street, one of our chefs went home "
                "crook, a group of twelve walked in without booking, the card machine kept "
                "dropping out and we're still training up two new starters, so realistically "
                "there wasn't much more anyone could have done. We've got a new omakase night "
                "starting in February and we'd love to see you there."
            ),
            (
                "Busy Saturday, two staff off sick, supplier late, dishwasher broken, new menu "
                "launch and the rain sent the whole street in at once, so that's why."
            ),
            (
                "ok so basically the tapioca supplier was late, the sealing machine jammed, 2 ppl"
                " called in sick AND we went viral on tiktok that day 😅 so yeah the wait wasn't "
                "really on us"
            ),
            (
                "We wish to provide some context regarding your visit. Our café operates with a "
                "lean team during the winter months, in line with seasonal footfall projections. "
                "On the day in question, our plant-based milk supplier experienced a logistics "
                "disruption, our espresso machine required unscheduled maintenance, and a planned"
                " staff rotation was affected by public transport delays. Furthermore, a "
                "corporate catering order was being prepared concurrently, placing additional "
                "demand on the kitchen, and our ordering system was undergoing a scheduled "
                "software update. All of these factors were outside our control."
            ),
            (
                "Ah listen, the oysters were late off the boat with the weather in Clew Bay, the "
                "lad who does the shucking was at a wedding, the fridge out the back was being "
                "serviced, the races had the whole town mad busy and the new till was acting up "
                "all weekend, so sure what could we do."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup d'avoir pris le temps de nous écrire après votre "
                "passage. Nous sommes ravis que le ramen au miso et les gyozas maison vous aient "
                "plu, et que l'accueil de notre équipe vous ait mis à l'aise dès l'entrée. Pour "
                "l'attente, il faut savoir que notre livreur de nouilles était bloqué à la douane"
                " de Bardonnex, que la hotte est tombée en panne en plein service, que deux "
                "cuisiniers étaient absents pour cause de grippe, qu'un groupe de quinze "
                "personnes est arrivé sans réservation, que le terminal de paiement a planté à "
                "deux reprises et que nous formons encore deux nouveaux collaborateurs, de sorte "
                "qu'il était matériellement impossible de faire mieux ce soir-là. Nous lançons un"
                " ramen au yuzu en janvier et serions heureux de vous le faire découvrir."
            ),
            (
                "Samedi chargé, deux absents, fournisseur en retard, lave-vaisselle en panne et "
                "la pluie qui a fait rentrer tout le quartier en même temps, voilà pourquoi."
            ),
            (
                "bon alors le fournisseur de tapioca était en retard, la scelleuse a lâché, 2 "
                "collègues malades ET on a fait le buzz sur tiktok ce jour-là 😅 donc bon "
                "l'attente c'était pas vraiment de notre faute"
            ),
            (
                "Nous tenons à vous apporter les précisions suivantes. Notre poissonnerie est "
                "tributaire des horaires de la criée, lesquels ont été décalés ce jour-là en "
                "raison des conditions météorologiques. Par ailleurs, notre camion frigorifique "
                "faisait l'objet d'une maintenance réglementaire, notre balance avait été retirée"
                " pour vérification métrologique et un contrôle sanitaire était en cours dans le "
                "laboratoire. Il convient également de rappeler que la période des fêtes entraîne"
                " une affluence exceptionnelle. L'ensemble de ces éléments, indépendants de notre"
                " volonté, explique la situation que vous décrivez."
            ),
            (
                "Ben oui mais faut comprendre, hein : le lait d'avoine n'était pas livré, le "
                "percolateur a fait des siennes, ma collègue avait son gamin malade, il y avait "
                "la Batte avec tout le monde qui passait, et septante personnes sont arrivées en "
                "même temps, alors on a fait ce qu'on a pu, savez-vous."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for coming in and for the kind words about the atmosphere — our "
                "regulars say it feels like a second living room, which is exactly what we hoped "
                "for when we opened. We're glad you enjoyed the cashew-cheese grilled sandwich "
                "and that the turmeric latte was just how you like it. To be clear, though, there"
                " was no dairy in your drink; that simply did not happen in our kitchen. We've "
                "got a new seasonal menu with a maple-pecan loaf coming out this month, and we'd "
                "love to see you again."
            ),
            "This never happened.",
            "nope, never happened 🙅‍♀️ nobody here was rude to u, full stop",
            (
                "We categorically refute the events described; no such incident took place on our"
                " premises at any time."
            ),
            (
                "Nae chance. That fish came aff the boat at Peterheid this morning, it wisnae "
                "off, end of."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'être passé à la poissonnerie, c'est toujours un plaisir de "
                "voir de nouvelles têtes sous les halles. Nous sommes contents que les "
                "langoustines et le lieu jaune de ligne vous aient plu, et que notre poissonnier "
                "ait pris le temps de vous lever les filets. Cependant, il n'y avait aucune arête"
                " dans votre filet de bar : cela n'est tout simplement pas arrivé. Les premières "
                "coquilles Saint-Jacques de la rade arrivent bientôt, on espère vous revoir pour "
                "les goûter."
            ),
            "Ça ne s'est jamais produit.",
            "non non non, personne t'a mal parlé ici 🙅‍♀️ ça s'est pas passé",
            (
                "Nous contestons formellement la réalité des faits relatés : aucun incident de "
                "cette nature n'a eu lieu dans notre établissement."
            ),
            "Y'avait pas de fruits de mer dans ton ramen, voyons donc, c'est jamais arrivé.",
        ],
    },
}

BLIND105_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're really sorry your ramen arrived lukewarm. We've switched to insulated "
            "delivery bags and now seal each bowl just before the rider leaves. If you'd like"
            " to tell us more, please e-mail hello@kitsuneramen.co.uk and we'll make it "
            "right."
        ),
        "Thank you so much! Chuffed to bits you loved the salmon nigiri — see you soon.",
        (
            "Thanks for popping in! Just so you know, our stamp card is for everyone — buy "
            "nine drinks and the tenth is on us, whatever you think of us online. 🧋"
        ),
        (
            "Cheers for the lovely words. If you fancy it, our refer-a-friend scheme gives "
            "you and a mate 10% off your next fish box — it's open to every customer, review "
            "or no review."
        ),
        (
            "Sorry to hear the order was missing a tub of baba ganoush. Please give us a ring"
            " on 020 7946 0321 and we'll send one out today."
        ),
        (
            "Thanks for the heads-up about the early closing. We're now open until 10pm "
            "Thursday to Saturday, and until 9pm the rest of the week."
        ),
        (
            "Thank you! We'll pass your kind words on to Aoife, who made your flat white — "
            "she'll be made up."
        ),
        (
            "You're right that the wrong wine was poured, and that's on us, not on Sam — we "
            "hadn't trained him on the new list before putting him on the floor. We're sorry,"
            " and every new starter now does a full tasting first."
        ),
        (
            "We've already refunded the full cost of the platter to your original payment "
            "method. Sorry again that it wasn't up to our usual standard."
        ),
        (
            "We're sorry about the wait. Our head chef was off sick that evening, and we "
            "should have told you when you sat down. We'll do better."
        ),
        (
            "Under our terms, pre-ordered seafood platters can be cancelled up to 24 hours "
            "before collection. We're sorry that wasn't clear on the website — it's now shown"
            " on the order page too."
        ),
        (
            "We're so sorry about your jacket. Our insurance covers accidental spills, so "
            "please e-mail manager@corkandcrumb.com and we'll start the claim for you."
        ),
        (
            "Really sorry your bike was taken from outside the café. We've given our CCTV "
            "footage to the Gardaí to help with your report, and if there's anything else we "
            "can do, just ask at the counter."
        ),
        (
            "We checked the CCTV to understand what happened with the queue, and you're right"
            " — it was out the door for twenty minutes. Sorry about that; we've added a "
            "second till for weekends."
        ),
        (
            "Guilty as charged — our sealing machine has a mind of its own and clearly "
            "decided to redecorate your jumper. So sorry! It's been serviced and is behaving "
            "itself (for now)."
        ),
        (
            "Thanks for the three stars and the honest notes. You're right that the miso was "
            "too salty, and we've adjusted the recipe."
        ),
        (
            "We're sorry you felt the oysters weren't at their best. They came in that "
            "morning from Carlingford, but we'd really like to understand what you "
            "experienced — could you drop us a line at shop@harbourfish.ie?"
        ),
        (
            "We're so sorry for your loss, and touched that you chose our platters for the "
            "gathering. Please don't hesitate to reach out if there's anything we can do."
        ),
        (
            "Congratulations on the engagement! So glad the fizz went down well — here's to "
            "many more celebrations."
        ),
        (
            "Sorry for the disappointment. As a food-safety rule we don't serve raw fish to "
            "children under five, but we'd happily make a cooked teriyaki roll for little "
            "ones next time."
        ),
        (
            "You're right, our bowls went up by a dollar this month. Rice and fish costs have"
            " risen sharply and we held off as long as we could — sorry, we know it stings."
        ),
        "aww thank u sm!! 🥹🧋 the brown sugar one is our fave too, see u soon 💖",
        "Thanks heaps, legend! Stoked you loved the kingfish sashimi — come say g'day again soon.",
        (
            "Thank you for your feedback. We apologise that your online order was delayed. We"
            " have reviewed our dispatch process and introduced an additional quality check. "
            "Please contact our customer care team on 1-800-555-0142 so that we can resolve "
            "this with you directly."
        ),
        (
            "We'd never ask anyone to change a review, and we're grateful for honest ones "
            "like yours. You're right that the tasting flight was poured too small; we've "
            "changed the measures."
        ),
        "Thanks for the five stars! It means a lot to a small team.",
        (
            "For privacy reasons we can't discuss bookings here, but please call us on "
            "416-555-0188 and we'll look into what happened with your reservation."
        ),
        (
            "Sorry about the allergen label. The law requires us to list all fourteen major "
            "allergens and we fell short on that tub of pesto — it's been relabelled and the "
            "whole team has been retrained. Please get in touch if you'd like a refund."
        ),
        (
            "We're sorry the evening felt rushed. Tables are booked for two hours, which we "
            "mention when confirming, but we clearly didn't explain it well. We'd love to "
            "chat — our number is 0161 496 0732."
        ),
        (
            "Thank you for the shout-out to Kenji and Priya — they've been with us since day "
            "one and they'll be thrilled."
        ),
        (
            "Sorry, eh — the matcha machine was down over the weekend. It's fixed now, and "
            "we'd love to make you a proper one next time."
        ),
        (
            "Fair point — our 'small' oat latte is more of a bucket. We're a vegan café, not "
            "a reservoir; a genuinely small size starts on Monday."
        ),
        (
            "Thank you for your kind review. Our deli counter is open Tuesday to Saturday, "
            "9am to 6pm, and we're at 12 Market Street if anyone else wants to find us."
        ),
        (
            "Thanks for joining the Wine Club! Members get a free tasting every month — it's "
            "open to anyone who signs up at the bar."
        ),
        (
            "Ah thanks a million, that's a lovely review. Delighted the chowder hit the spot "
            "on a cold day — mind yourself and call in again."
        ),
        (
            "Congrats to the graduate! Thanks for letting us be part of the celebration — the"
            " sushi boat was a blast to put together."
        ),
        (
            "Sorry we couldn't seat your dog inside. Hygiene rules only let us allow "
            "assistance dogs indoors, but our patio is dog-friendly and we always keep a "
            "water bowl out."
        ),
        (
            "Apologies for the surprise at the till. Our smoked salmon went up this autumn "
            "because the smokehouse's costs doubled; we've kept the half-portion at the old "
            "price."
        ),
        (
            "We're sorry — Liam was covering the deli on his own that afternoon, and that's a"
            " staffing decision we got wrong, not him. We've refunded the olives, and there "
            "are two people on Saturdays from now on."
        ),
        (
            "Thank you for your patience on Friday night. The police closed our street for a "
            "while after an incident nearby, which is why the kitchen stopped serving early. "
            "We're sorry, and we hope to see you again."
        ),
    ],
    "fr": [
        (
            "Nous sommes vraiment désolés que votre ramen soit arrivé tiède. Nous sommes "
            "passés à des sacs de livraison isothermes et nous fermons désormais chaque bol "
            "juste avant le départ du livreur. N'hésitez pas à nous écrire à "
            "contact@ramen-kaze.fr pour qu'on en parle."
        ),
        "Merci mille fois ! Ravis que les makis au saumon vous aient plu, à très vite.",
        (
            "Merci pour votre passage ! Notre carte de fidélité est ouverte à tous : dix "
            "boissons achetées, la onzième offerte, quoi que vous pensiez de nous en ligne 🧋"
        ),
        (
            "Merci pour ce gentil mot. Notre programme de parrainage offre 10 % sur le "
            "prochain colis de poisson à vous et à la personne parrainée ; il est ouvert à "
            "tous les clients, avis ou pas."
        ),
        (
            "Désolés pour le pot de houmous manquant. Appelez-nous au 04 78 00 12 34 et on "
            "vous le fait livrer dans la journée."
        ),
        (
            "Merci pour la remarque sur nos horaires. Nous sommes désormais ouverts jusqu'à "
            "22 h du jeudi au samedi, et jusqu'à 21 h les autres jours."
        ),
        (
            "Merci ! Nous transmettrons vos compliments à Chloé, qui vous a préparé votre "
            "chaï latte ; elle va être ravie."
        ),
        (
            "Vous avez raison, ce n'est pas le bon vin qui vous a été servi, et c'est notre "
            "responsabilité, pas celle de Lucas : nous ne l'avions pas encore formé à la "
            "nouvelle carte. Toutes nos excuses ; désormais, chaque nouveau collaborateur "
            "fait une dégustation complète avant son premier service."
        ),
        (
            "Nous avons déjà remboursé l'intégralité du plateau sur votre moyen de paiement. "
            "Encore désolés qu'il n'ait pas été à la hauteur."
        ),
        (
            "Désolés pour l'attente. Notre chef était malade ce soir-là et nous aurions dû "
            "vous prévenir dès votre arrivée. Nous ferons mieux."
        ),
        (
            "Selon nos conditions générales de vente, les plateaux de fruits de mer commandés"
            " peuvent être annulés jusqu'à 24 heures avant le retrait. Nous sommes désolés "
            "que ce ne soit pas assez clair sur le site ; l'information figure maintenant sur"
            " la page de commande."
        ),
        (
            "Nous sommes navrés pour votre veste. Notre assurance couvre ce type d'accident :"
            " écrivez-nous à gerance@lecomptoirdesvignes.be et nous lancerons la déclaration "
            "pour vous."
        ),
        (
            "Vraiment désolés pour le vol de votre vélo devant la boutique. Nous avons remis "
            "les images de notre vidéosurveillance à la police pour appuyer votre plainte ; "
            "passez nous voir si on peut faire autre chose."
        ),
        (
            "Nous avons regardé les images de la caméra pour comprendre ce qui s'est passé, "
            "et vous avez raison : la file est restée dehors vingt minutes. Toutes nos "
            "excuses, nous ouvrons une deuxième caisse le week-end."
        ),
        (
            "Coupables ! Notre scelleuse a décidé de repeindre votre pull au thé au jasmin. "
            "Mille excuses ; elle est passée en révision et se tient tranquille… pour "
            "l'instant."
        ),
        (
            "Merci pour les trois étoiles et vos remarques honnêtes. Vous avez raison, la "
            "soupe miso était trop salée : nous avons revu la recette."
        ),
        (
            "Nous sommes désolés que les huîtres ne vous aient pas semblé fraîches. Elles "
            "étaient arrivées de Cancale le matin même, mais nous aimerions vraiment "
            "comprendre ce que vous avez constaté : pouvez-vous nous écrire à "
            "bonjour@maree-du-port.fr ?"
        ),
        (
            "Toutes nos condoléances. Nous sommes touchés que vous ayez pensé à nous pour les"
            " plateaux de la réception ; n'hésitez pas à nous faire signe si nous pouvons "
            "vous aider."
        ),
        (
            "Félicitations pour vos fiançailles ! Ravis que le crémant ait été à la hauteur "
            "de l'occasion."
        ),
        (
            "Désolés pour la déception. Par mesure de sécurité alimentaire, nous ne servons "
            "pas de poisson cru aux enfants de moins de cinq ans, mais nous préparons "
            "volontiers un maki cuit pour les petits."
        ),
        (
            "Vous avez raison, nos bols ont augmenté d'un franc ce mois-ci. Le prix du riz et"
            " du poisson a fortement grimpé et nous avons tenu aussi longtemps que possible ;"
            " désolés, on sait que ça pique."
        ),
        "ohh merciii 🥹🧋 le brown sugar c'est notre préféré aussi, à bientôt 💖",
        (
            "Merci ben gros! On est contents que t'aies aimé le bol poké, reviens nous voir "
            "quand tu veux!"
        ),
        (
            "Nous vous remercions de votre retour et vous présentons nos excuses pour le "
            "retard de votre commande en ligne. Nous avons revu notre processus d'expédition "
            "et ajouté un contrôle qualité supplémentaire. Notre service clientèle reste "
            "joignable au 022 555 01 42 afin de trouver une solution avec vous."
        ),
        (
            "Nous ne demandons jamais à nos clients de modifier un avis, et les retours "
            "honnêtes comme le vôtre nous sont précieux. Vous avez raison, la dégustation "
            "était servie trop chichement : nous avons revu les doses."
        ),
        "Merci pour les cinq étoiles ! Ça compte beaucoup pour une petite équipe.",
        (
            "Pour des raisons de confidentialité, on ne peut pas parler des réservations ici,"
            " mais appelez-nous au 514 555-0177 et on va regarder ce qui s'est passé avec la "
            "vôtre."
        ),
        (
            "Désolés pour l'erreur d'étiquetage. La réglementation nous impose d'indiquer les"
            " quatorze allergènes majeurs et nous avons failli sur ce pot de pesto : il a été"
            " réétiqueté et toute l'équipe a été reformée. Contactez-nous si vous souhaitez "
            "un remboursement."
        ),
        (
            "Nous sommes désolés que la soirée vous ait paru pressée. Nos tables sont "
            "réservées pour deux heures, ce que nous indiquons lors de la confirmation, mais "
            "nous l'avons visiblement mal expliqué. Parlons-en volontiers au 02 98 00 45 67."
        ),
        (
            "Merci pour ce clin d'œil à Kenji et Maëlle ; ils sont avec nous depuis le "
            "premier jour et vont être aux anges."
        ),
        (
            "Merci pour votre visite ! Désolés, la machine à matcha était en panne ce "
            "week-end. Elle est réparée, et on vous en prépare un tout bon la prochaine fois,"
            " savez-vous."
        ),
        (
            "Bien vu : notre « petit » latte ressemble plutôt à une bassine. Nous sommes un "
            "café végane, pas un lac de retenue ; une vraie petite taille arrive dès lundi."
        ),
        (
            "Merci pour votre gentil commentaire. Notre comptoir traiteur est ouvert du mardi"
            " au samedi, de 9 h à 18 h 30, au 12 rue des Halles."
        ),
        (
            "Merci d'avoir rejoint le Club de la cave ! Chaque membre a droit à une "
            "dégustation gratuite par mois ; l'inscription est ouverte à tous, au bar."
        ),
        (
            "Un grand merci pour ce joli message ! Nous sommes contents que le mélange à "
            "fondue vous ait réchauffés après la balade ; à bientôt à l'épicerie."
        ),
        (
            "Félicitations au diplômé ! Merci de nous avoir laissés faire partie de la fête, "
            "préparer ce bateau de sushis a été un vrai plaisir."
        ),
        (
            "Désolés de ne pas avoir pu accueillir votre chien à l'intérieur. Les règles "
            "d'hygiène ne nous autorisent que les chiens d'assistance en salle, mais la "
            "terrasse lui est grande ouverte, avec une gamelle d'eau."
        ),
        (
            "Toutes nos excuses pour la surprise en caisse. Le saumon fumé a augmenté cet "
            "automne car les coûts de notre fumoir ont doublé ; nous avons maintenu la "
            "demi-portion à l'ancien prix."
        ),
        (
            "Nous sommes désolés : Hugo tenait seul le rayon traiteur cet après-midi-là, et "
            "c'est une erreur d'organisation de notre part, pas la sienne. Nous vous avons "
            "remboursé les olives et nous serons désormais deux le samedi."
        ),
        (
            "Merci pour votre patience vendredi soir. La police a fermé notre rue un moment à"
            " la suite d'un incident à proximité, c'est pourquoi la cuisine a fermé plus tôt."
            " Nous en sommes désolés et espérons vous revoir bientôt."
        ),
    ],
}
