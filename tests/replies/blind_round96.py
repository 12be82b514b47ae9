"""Blind reply set, round 96: owner replies the pre-post check has never seen.

Who and when: written by helper b94, an independent writer, on 2026-12-06,
for the round 94 brief (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
guesthouses, holiday cottages, youth hostels and mountain refuges, motorway
hotels, marinas and caravan parks and campsites.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the
first reply is a long, warm reply whose fault sits in a single sentence in
the middle; the others are one-liners, slang or texting with emoji, very
formal or corporate wording, veiled and polite phrasings and regional
speech.

Registers: French from Normandy (pays d'Auge, the bay of Mont-Saint-Michel,
the bocage), the Alps (Chamonix, the Aravis, the Écrins), Corsica
(Saint-Florent, Porto-Vecchio, the campsites and harbours), Brussels
(septante, encoder, une fois, carabistouilles) and Guadeloupe (doudou,
Deshaies, Sainte-Rose), warm, prickly and formal; English from the Lake
District, Kerry, Tasmania and Maine, jokey, stiff and blunt.  Good replies
include look-alikes that are not faults: a loyalty or referral scheme open
to everyone whatever they write, the business's own phone, e-mail, address
or opening hours, staff praised by first name, a named employee's mistake
owned by the business, a refund already made, one honest reason given with
an apology, legal terms, insurance, the police or CCTV mentioned neutrally
or to help the customer, a joke at the business's own expense, a star
rating quoted neutrally, polite factual disagreement that keeps the door
open, warm thanks, condolences, congratulations, a safety rule explained
kindly and a price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND96_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up of your week with us in Grasmere. It "
                "was a joy to have walkers back in the house after the wet spring, and we're "
                "delighted the packed lunches kept you going all the way round the Fairfield "
                "Horseshoe. The drying room really is the unsung hero of a Lakeland guesthouse, so "
                "we'll pass your compliments on to the radiator. If you felt able to lift your "
                "rating to a full five stars, we'd love to have you back for a midweek night "
                "entirely on the house. Until then, mind the scree on the way down and come and see "
                "us again soon."
            ),
            (
                "Cheers legend 🙌 bump us up to 5⭐ and ur next powered site at the park is half "
                "price, just show the office ur phone 🏕️🦘"
            ),
            (
                "Guests who revise their published rating to reflect a satisfactory stay are "
                "eligible for a complimentary upgrade to an executive room on their next booking at "
                "any of our motorway locations."
            ),
            (
                "Ah, we'd hate for one rough night to be the last word on the place. Should that "
                "review happen to vanish, there'll be a full Irish or two waiting for you here on "
                "the house, and no more said about it."
            ),
            "Delete the two stars and your next week of dockage is free. That's the offer.",
        ],
        "fr": [
            (
                "Bonjour, et merci du fond du cœur pour ce joli récit de votre semaine dans notre "
                "longère du pays d'Auge. Nous sommes ravis que les enfants aient pu ramasser des "
                "pommes au verger et que la cheminée ait réchauffé vos soirées après les balades sur "
                "la côte. La teurgoule de bienvenue est une recette de ma grand-mère, et savoir "
                "qu'elle a été terminée dès le premier soir nous fait très plaisir. Si vous "
                "acceptiez de passer votre note à cinq étoiles, nous vous offririons volontiers le "
                "ménage de fin de séjour et une bouteille de calvados lors de votre prochaine venue. "
                "Au plaisir de vous accueillir à nouveau, peut-être au printemps quand les pommiers "
                "sont en fleurs."
            ),
            "Merci doudou 🌺 tu mets 5 étoiles et ta prochaine nuit au bungalow c'est kado, parole de Sainte-Rose 😘🌴",
            (
                "Nous avons l'honneur de vous informer qu'une remise de septante euros sur votre "
                "prochain séjour vous sera accordée dès que votre évaluation aura été portée à cinq "
                "étoiles sur la plateforme."
            ),
            (
                "Nous serions désolés que ce petit malentendu reste en ligne ; le jour où ce "
                "commentaire aura disparu, une fondue et deux nuitées au dortoir vous attendront à "
                "l'auberge, avec nos compliments."
            ),
            (
                "Enlevez cet avis et la place au ponton est pour vous, gratuite, une semaine en "
                "août. On ne demande rien d'autre."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for staying at the cottage over half-term, and we're glad the children loved "
                "feeding the Herdwicks at the farm gate. Our family has been letting this place "
                "since the seventies and we put a lot of care into every changeover, from the logs "
                "in the basket to the map of the footpaths on the kitchen table. We're sorry the Aga "
                "took some getting used to; it has a mind of its own. A copy of your review has gone "
                "to our solicitor in Kendal, and unless it comes down by Friday you can expect to "
                "hear from her. Wishing you a safe journey home and happy walking wherever you go "
                "next."
            ),
            "Post one more review like this and our attorney in Portland will be in touch. Count on it.",
            (
                "mate we've got ur ute on the CCTV 👀 might wanna have a real good think about that "
                "review before we decide what to do with the footage"
            ),
            (
                "Sure it's a small parish and word gets around fast. You might ask yourself whether "
                "you'd like your own neighbours hearing what we could tell them about your stay."
            ),
            (
                "Please be advised that the company reserves the right to commence defamation "
                "proceedings and to raise this matter directly with your employer, should this "
                "review remain published."
            ),
        ],
        "fr": [
            (
                "Merci d'avoir choisi notre maison à colombages pour ce week-end au bord de la "
                "Seine. Nous sommes heureux que la chambre « Les Hortensias » vous ait plu et que "
                "vous ayez profité du jardin malgré les averses normandes. Les confitures du "
                "petit-déjeuner sont faites avec les fruits du verger, et nous notons votre remarque "
                "sur le café, que nous allons revoir. Sachez toutefois que votre commentaire a été "
                "transmis à notre avocat à Rouen, qui vous assignera si le texte n'est pas retiré "
                "d'ici la fin du mois. Nous vous souhaitons une belle fin d'année et de bonnes "
                "fêtes."
            ),
            (
                "Ici tout le monde se connaît. On sait qui vous êtes et d'où vous venez, alors "
                "réfléchissez bien avant de revenir écrire ce genre de chose."
            ),
            (
                "Nous vous informons qu'à défaut de retrait de ce commentaire sous huitaine, une "
                "citation à comparaître devant le tribunal de première instance de Bruxelles vous "
                "sera signifiée par huissier."
            ),
            (
                "Fais bien attention à toi 😠 on a ta plaque sur la caméra du parking, la prochaine "
                "fois que tu passes au Gosier on va se parler"
            ),
            (
                "Vous ne serez plus le bienvenu dans aucun refuge de la vallée, nous y veillerons, "
                "et les gardiens savent désormais très bien à quoi vous ressemblez."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for taking the time to write, and we're sorry the room at the front was "
                "noisier than you'd hoped during Puck Fair. The town was mad busy that week and "
                "we're delighted you got down to the square to see King Puck crowned. Breakfast is "
                "our pride and joy, and hearing the brown bread went down well made Mam's day. We've "
                "looked up booking KY-20417 for Mr Declan Hogan, 10 and 11 August, and you were "
                "charged the standard rate for the sea-view double. We'd love to see you back in a "
                "quieter week, and the kettle's always on."
            ),
            "Sorry about the wait at the fuel dock. We've refunded the $48 to your Visa ending 3391.",
            (
                "soz bout the noise on site 14 that tuesday night Gemma, hope ur asthma's settled "
                "down 🙏 flick us a msg anytime"
            ),
            (
                "We have written to you at 12 Fellside Terrace, Penrith, regarding the damaged "
                "kettle and the return of your deposit."
            ),
            (
                "Dear Mrs Whitlock, thank you for staying with your sister and her two children on 3 "
                "November in rooms 21 and 22; we have passed your comments on breakfast to the "
                "kitchen."
            ),
        ],
        "fr": [
            (
                "Un grand merci pour votre message après cette semaine au chalet, au-dessus de "
                "Chamonix. Nous sommes ravis que vous ayez eu ce grand ciel bleu sur le Mont-Blanc "
                "et que les enfants aient fait leurs premières traces sur la piste des Planards. Le "
                "poêle à bois demande un peu de pratique, nous allons ajouter une petite fiche "
                "explicative dans le salon. Nous avons bien retrouvé votre réservation n° CHX-88213 "
                "au nom de Mme Perrine Jacquier pour la semaine du 10 au 17 février, et la caution "
                "vous a été intégralement restituée. Au plaisir de vous revoir pour une prochaine "
                "saison, été comme hiver."
            ),
            "Désolé pour la clim doudou 😔 on t'a appelée au 06 90 41 27 83 mais ça répond pas, rappelle-nous stp 🙏",
            (
                "Nous vous avons adressé un courrier à votre domicile, avenue Brugmann 214 à Uccle, "
                "afin de vous présenter nos excuses et le détail du remboursement."
            ),
            (
                "Nous espérons que votre cheville va mieux depuis votre passage aux urgences de "
                "Lisieux le lendemain de votre arrivée ; la marche de l'escalier a été réparée."
            ),
            (
                "Monsieur Santoni, nous avons bien pris note de votre mécontentement concernant la "
                "place 42, où votre voilier « Libeccio » est resté du 12 au 18 juillet. La "
                "capitainerie vous rappellera."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for staying at the shack down at Bicheno, and we're glad you got to see the "
                "penguins waddling up the rocks at dusk; it never gets old. The deck at sunset is "
                "our favourite spot too, and we've just put a new barbecue out there for the summer. "
                "We've also had a look at the outdoor shower you mentioned and given it a new head. "
                "Frankly, though, anyone who reads your other reviews can see you were only ever "
                "after a free weekend. Hope the drive back to Hobart was a smooth one, and thanks "
                "again for the kind words about the view."
            ),
            "You're a liar, plain and simple, and every lobsterman on this wharf knows it.",
            "Ah would ya stop, ya chancer 🙄 you were angling for a free room from the minute you walked in the door",
            (
                "It is regrettable that a guest of such evident bad faith should choose to "
                "misrepresent a stay with which he professed himself entirely content at breakfast."
            ),
            (
                "With the greatest respect, some people are only happy when they have something to "
                "complain about, and we rather fear you are one of them."
            ),
        ],
        "fr": [
            (
                "Merci pour votre passage chez nous, à deux pas du port de Saint-Florent. Nous "
                "sommes contents que la terrasse et la vue sur le golfe vous aient plu, et que vous "
                "ayez goûté le brocciu de notre voisin berger au petit-déjeuner. Nous avons noté "
                "votre remarque sur les oreillers et en avons commandé de nouveaux pour toutes les "
                "chambres. Mais soyons clairs : vous êtes arrivé avec l'idée de ne pas payer, et "
                "vous n'avez trompé personne ici. Pour le reste, merci pour vos mots sur le jardin, "
                "et bon retour sur le continent."
            ),
            (
                "Allez, arrêtez une fois avec vos carabistouilles, vous savez très bien que c'est "
                "faux, espèce de menteur 😤"
            ),
            (
                "Votre commentaire relève d'une mauvaise foi manifeste et d'une malhonnêteté que "
                "nous avons rarement rencontrée en vingt ans d'accueil."
            ),
            "Toi tu es un profiteur, tu voulais tout gratis depuis le premier jour 🙄",
            (
                "Nous laissons nos lecteurs juger de la sincérité de quelqu'un qui réclamait un "
                "remboursement avant même d'avoir défait son sac."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks so much for choosing our cottage on the point for your week Down East. We're "
                "thrilled you caught the sunrise from the porch and that the kids found so much sea "
                "glass on the cove beach. The blueberry pancake mix in the pantry comes from the "
                "farm up the road, so we'll tell them you approve. And we're truly sorry the "
                "Atlantic was so loud at night; we'll have a stern word with it about keeping the "
                "waves down after nine. Come back and see us in the fall when the maples turn."
            ),
            "omg so sorry the wombats didn't ask ur permission before crossing the road 🙄😂 we'll have a word with em",
            (
                "We have, naturally, written to the Met Office requesting that it refrain from "
                "raining in Cumbria for the duration of your next stay."
            ),
            (
                "Sorry to hear the hostel fell a little short of the Ritz. Next time we'll have the "
                "butler warm your slippers, and it'll only cost you a tenner a night."
            ),
            "A motorway hotel next to a motorway turned out to be noisy? Who on earth could have seen that coming.",
        ],
        "fr": [
            (
                "Merci beaucoup pour ce séjour dans notre gîte face à la baie du Mont-Saint-Michel. "
                "Nous sommes ravis que vous ayez fait la traversée à pied avec un guide et que les "
                "enfants aient adoré les moutons de prés-salés. Le cidre fermier du voisin a "
                "visiblement eu du succès, nous lui transmettrons. Et nous sommes sincèrement navrés "
                "que la marée ait osé se retirer pendant votre séjour ; nous en toucherons un mot à "
                "la lune dès ce soir. Au plaisir de vous revoir dans la baie."
            ),
            (
                "Quelle surprise, de la neige dans une station de ski en janvier ! Nous allons vite "
                "porter réclamation auprès de Météo-France."
            ),
            (
                "Nous prenons acte, avec tout le sérieux qu'elle mérite, de votre vive objection à "
                "l'existence de la pluie à Bruxelles."
            ),
            (
                "Ah pardon madame la princesse 👑 on savait pas que les moustiques devaient demander "
                "la permission avant de piquer 😂🦟"
            ),
            "Bravo, vous avez découvert que le vent souffle en Corse. Prochaine étape : la mer est salée.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for such a thoughtful review of your stay with us in Keswick. We're so "
                "pleased the view of Skiddaw from the breakfast room lived up to the photos and that "
                "you made it up Catbells before the rain came in. Our Cumberland sausage comes from "
                "the butcher on Main Street and we'll tell him you asked for seconds. The mix-up "
                "with your room was down to Kieran on reception, who didn't check the bookings "
                "sheet, and he has been given a formal warning. We do hope you'll come back to us "
                "when the bracken turns in autumn."
            ),
            "That was Brett at the fuel dock, not the marina. He's been let go.",
            (
                "soz about the grotty ensuite 😬 that was all Jade, she was on the cleaning roster n "
                "clearly slacked off, she's copped it trust me"
            ),
            (
                "Without naming names, Seamus on the night desk has been reminded, firmly, that "
                "guests arriving after midnight are to be let in, and it won't happen again on his "
                "watch."
            ),
            (
                "The incident you describe arose from a failure by our duty manager, Ms Hollis, to "
                "follow established procedure; she has since been the subject of disciplinary "
                "action."
            ),
        ],
        "fr": [
            (
                "Merci pour ce joli message après vos vacances dans notre bergerie au-dessus de "
                "Porto-Vecchio. Nous sommes heureux que la piscine et les chênes-lièges vous aient "
                "offert un peu de fraîcheur, et que vous ayez pu profiter de Palombaggia tôt le "
                "matin avant la foule. La coppa et le miel du panier d'accueil viennent de chez des "
                "amis de la microrégion, ils seront contents de savoir que vous avez aimé. Le souci "
                "de la clé vient de Jean-Baptiste, notre saisonnier, qui a oublié de la déposer dans "
                "la boîte, et il a été sérieusement recadré. Nous espérons vous revoir bientôt sur "
                "l'île."
            ),
            "C'est Kevin, à la réception, qui a encodé la mauvaise date ; il a reçu un avertissement.",
            "Pardon pour le ménage 🙏 c'est Nadège qui a pas fait les chambres ce jour-là, elle va nous entendre",
            (
                "La responsabilité de cet incident incombe entièrement à Madame Lefrançois, notre "
                "gouvernante, qui a été convoquée à un entretien préalable à sanction."
            ),
            (
                "Disons simplement que notre nouveau gardien, Théo, a encore beaucoup à apprendre "
                "sur la répartition des couchettes, et qu'il en a pris pour son grade."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks a million for staying in the cottage out on the Iveragh and for the kind "
                "words about the turf fire and the view across to the Skelligs. It's a special spot "
                "and we love hearing that it worked its magic on you. The welcome basket is "
                "something we put a lot of thought into, so we're glad the soda bread and the jam "
                "hit the mark. As for the hot water, the boiler is twenty years old, the plumber "
                "from Cahersiveen was booked solid, the part had to come up from Cork, the bank "
                "holiday held up the courier, and the storm that week knocked the power out twice "
                "anyway. We hope the Ring of Kerry treated you well on the road home."
            ),
            (
                "Two dockhands quit in June, so we were short. The fuel pump was slow because the "
                "new one was back-ordered. The showers were cold because the propane truck came "
                "late. The Wi-Fi went down in the nor'easter. The snack bar was closed because our "
                "cook was at his daughter's wedding. That's summer on the coast."
            ),
            (
                "look the power went out cos of the storm, n the genny was flat cos the bloke who "
                "services it was away, n the shop was shut cos it was a public holiday, n the road "
                "was closed so we couldn't get ice in, n we were flat out doin our best 🤷‍♂️"
            ),
            (
                "The delay at check-in was attributable to a system upgrade mandated by head office, "
                "the simultaneous arrival of two coaches, the late delivery of key cards by our "
                "supplier, staffing shortages across the regional hospitality sector, and roadworks "
                "on the slip road which held up our evening team, all of which were factors entirely "
                "outside the hotel's control."
            ),
            (
                "We do hope you'll appreciate that the farmhouse is remote, that tradesmen are "
                "scarce up the valley, that the oil delivery depends on the weather, that thick old "
                "stone walls hold the damp however much we heat them, that the broadband comes over "
                "the fell on a single line, and that there are only the two of us running eight "
                "rooms."
            ),
        ],
        "fr": [
            (
                "Merci beaucoup pour votre séjour à l'auberge de jeunesse, et pour vos mots sur la "
                "vue depuis la terrasse face aux Aravis. Nous sommes ravis que le groupe ait pu "
                "faire la montée au lac et que la tartiflette du samedi soir ait été à la hauteur de "
                "vos jambes fatiguées. Notre équipe de bénévoles met beaucoup d'énergie à rendre la "
                "maison chaleureuse. Quant à l'eau froide dans les douches, le chauffe-eau date de "
                "la construction, le plombier d'Annecy était complet, la pièce venait d'Italie, la "
                "route du col a été fermée deux jours à cause de la neige, et deux groupes scolaires "
                "avaient vidé le ballon avant huit heures. Au plaisir de vous revoir en montagne."
            ),
            (
                "Il faut comprendre : en août l'eau est rationnée par la commune, le camping est "
                "plein, les saisonniers sont introuvables, le livreur de gaz ne monte pas avant "
                "midi, le vent a arraché deux auvents la veille et la préfecture nous impose des "
                "contrôles tous les quinze jours. Voilà."
            ),
            (
                "Le retard constaté à l'accueil s'explique par la mise à jour de notre logiciel de "
                "réservation, la grève des transports en commun qui a empêché deux réceptionnistes "
                "d'arriver à l'heure, l'arrivée simultanée d'un groupe de septante personnes, les "
                "travaux sur la petite ceinture et une panne d'ascenseur indépendante de notre "
                "volonté."
            ),
            (
                "bon y avait pas d'eau parce que la compagnie a coupé tout le quartier, le groupe "
                "électrogène était en panne, le technicien était en vacances en métropole, le "
                "magasin de pièces était fermé pour le carnaval et en plus il pleuvait 🤷🏾‍♀️"
            ),
            (
                "Vous comprendrez sans doute que la longère est ancienne, que les murs en torchis "
                "retiennent l'humidité, que les artisans du coin sont débordés, que le chauffagiste "
                "ne passe qu'une fois par mois, que la fibre n'arrive pas jusqu'au hameau et que "
                "nous ne sommes que deux pour tenir cinq chambres."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks for bringing the family to the caravan park at Inch, and we're so glad the "
                "kids loved the beach and the surf lessons with the lads from the school next door. "
                "Watching the sun go down over the strand never gets old for us either. We've noted "
                "your idea about a second barbecue area and we'll look at it over the winter. There "
                "were no rats anywhere on the park, though, not that week and not ever. We hope to "
                "see you all back next summer for the sandcastle competition."
            ),
            "That never happened. Our showers have hot water, period.",
            "nah nope didn't happen 🙅 there's never been a leech in that pool ever",
            "We categorically refute the assertion that any guest was charged twice; no such transaction took place.",
            (
                "We've looked into it carefully and we're quite satisfied that nobody on our team "
                "was rude to you at any point; it simply did not happen."
            ),
        ],
        "fr": [
            (
                "Un grand merci pour ce séjour dans nos bungalows à Deshaies, et pour vos belles "
                "photos de la plage de Grande Anse. Nous sommes ravis que vous ayez pu voir les "
                "tortues à Malendure et que le ti-punch de bienvenue vous ait mis dans l'ambiance "
                "dès l'arrivée. Votre remarque sur le hamac de la terrasse est bien notée, nous "
                "allons le remplacer avant la saison. Par contre, il n'y a jamais eu de cafards dans "
                "nos bungalows, ni pendant votre séjour ni avant. Nous espérons vous revoir bientôt "
                "sous les cocotiers."
            ),
            "Faux. Il n'y a eu aucune coupure d'eau au camping cet été.",
            (
                "Nous contestons formellement la réalité des faits décrits : aucun supplément n'a "
                "été facturé lors de votre séjour."
            ),
            (
                "Nous avons vérifié avec toute l'équipe et pouvons vous assurer que ce que vous "
                "décrivez ne s'est tout simplement pas produit chez nous."
            ),
            "y a jamais eu de punaises de lit au refuge, jamais, point barre 🙅‍♂️",
        ],
    },
}

BLIND96_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're very sorry the shower in the Langdale room ran cold on both mornings of your "
            "stay. That's not the welcome anyone deserves after a day on the fells, and we've "
            "had a new thermostatic valve fitted this week. If you'd like to talk it through, "
            "please ring us on 015394 37260 or write to stay@langdalebeck.co.uk; we'd like to "
            "put it right."
        ),
        (
            "Go raibh míle maith agat for the lovely review! Delighted the brown bread and the sea view "
            "lived up to it. Safe home and come back to us soon."
        ),
        (
            "Thanks for the feedback, and sorry the camp kitchen was so crowded at tea time; "
            "we're adding a second hotplate bench before Christmas. Just so you know, every "
            "guest gets a stamp card at check-in and the sixth night is on us, whatever you "
            "think of the place, so hang on to it for next time."
        ),
        (
            "Thanks for the note. For anyone planning a visit: the fuel dock and pump-out are "
            "open 6 a.m. to 8 p.m. from Memorial Day to Labor Day, and you can reach the "
            "harbormaster on VHF 9 or at (207) 555-0143."
        ),
        (
            "Thank you for your kind words. Aoife on the night desk will be delighted to hear "
            "she made your late arrival so easy, and we've passed your thanks on to her."
        ),
        (
            "We're sorry Tom gave you the wrong door code when you arrived late. That one's on "
            "us, not him: we hadn't updated the code sheet at reception after changing it that "
            "afternoon. The sheet is now updated the moment the code changes."
        ),
        (
            "We're sorry the dishwasher gave out halfway through your week. We've refunded two "
            "nights to the card you booked with, and it should show within five business days. A "
            "new machine went in on Monday."
        ),
        (
            "Sorry the pool was closed for your stay. The pump failed on the Friday and the part "
            "couldn't get across from the mainland until the following week. We should have let "
            "you know before you arrived, and we're sorry we didn't."
        ),
        (
            "Thanks for your review, and we're sorry the cancellation policy came as a surprise. "
            "Our terms give a full refund up to 28 days before arrival and half up to 14 days; "
            "they're on the booking page and in the confirmation e-mail, but we'll make them "
            "clearer. Do ring us on 066 947 2210 if you'd like to talk it over."
        ),
        (
            "We're so sorry your boat was scraped on the slipway. Please send photos to "
            "moorings@windermerequay.co.uk and we'll pass them to our insurer straight away; "
            "we're happy to help you with the claim form too."
        ),
        (
            "We're really sorry your bike was taken from the rack outside. We've handed our CCTV "
            "to Tasmania Police and they're following it up; if your insurer needs a letter from "
            "us, just e-mail the front desk and we'll send one the same day."
        ),
        (
            "Guilty as charged: our Wi-Fi is about as quick as a Herdwick going up Helvellyn "
            "backwards. A new router is on order, and until it arrives the best signal is still "
            "the bench by the beck. Thanks for staying, and for your patience with us."
        ),
        (
            "Thank you for the three-star review and for the detailed notes on the room. We've "
            "shared your comments about the blackout blinds with our maintenance team."
        ),
        (
            "Thanks for writing. Our logs show the cabin was cleaned and inspected on the "
            "morning you arrived, but we take what you found seriously and we'd like to "
            "understand what went wrong. Please call Karen at the front office on (207) 555-0188 "
            "so we can look into it together."
        ),
        (
            "We were so sorry to read of your loss, and we're touched that you chose our little "
            "cottage to spend a few quiet days together. Please accept our deepest sympathy."
        ),
        (
            "Congratulations on your engagement! We're honoured the question was popped at the "
            "end of our pontoon, and we wish the two of you a long and happy life together. The "
            "whole crew is still smiling about it."
        ),
        (
            "Thanks for your honest review. We know the life-jacket rule for children on the "
            "docks felt strict, but the water here is cold all year and the floats move with the "
            "tide, so we ask every family to follow it. We keep loaner jackets in all sizes at "
            "the office, free of charge."
        ),
        (
            "You're right that powered sites went up by $5 a night this year, and we're sorry it "
            "caught you out. Our council water and power charges rose sharply in July, and we've "
            "tried to keep the increase as small as we could."
        ),
        "Cheers heaps for the 5 stars!! 🙌 so glad u loved the sunset from the hill, see ya next summer 🌅",
        (
            "Ah you're very good, thank you! It was a pleasure having the walking group in, and "
            "we hope the legs have recovered after Carrauntoohil."
        ),
        (
            "Thank you for your review. We regret that the car park was full on your arrival. We "
            "have since arranged overflow parking at the village hall, and guests are now told "
            "about it in their confirmation e-mail."
        ),
        (
            "You're right, the dock lines on the guest slips were frayed, and that's on us. "
            "We've replaced every one of them. Sorry, and thanks for telling us."
        ),
        (
            "Thank you for the feedback. For guests arriving late: our entrance is on the "
            "service road behind the petrol station at Junction 36, and reception is staffed 24 "
            "hours a day on 01539 620410."
        ),
        (
            "Thank you for staying. We run a simple referral scheme open to every guest: if a "
            "friend books with your name, you both get 10% off your next stay. No strings, and "
            "it makes no difference what you write about us."
        ),
        (
            "Yes, the foghorn. We've heard it called 'atmospheric' and also 'the worst alarm "
            "clock in New England', and both are fair. Earplugs are now in every nightstand, and "
            "we're sorry for the early start."
        ),
        (
            "We're sorry that Daniel at breakfast charged you for a meal that was included in "
            "your rate. The mistake was ours: our till hadn't been updated with the new package. "
            "The charge has been reversed and the system is fixed."
        ),
        (
            "We're very sorry for your loss. It was a privilege to look after you all during "
            "such a hard week, and we hope the quiet of Kenmare brought a little comfort."
        ),
        (
            "Congrats on finishing the Overland Track!! 🥾🎉 Six days in the wild deserves a hot "
            "shower and a proper bed, glad we could help."
        ),
        (
            "We understand the 11 p.m. quiet time in the dorms felt early for a Saturday. It's "
            "there because many of our guests are up at five for the fells, and it helps "
            "everyone sleep. The lounge stays open later if you fancy a cuppa and a chat."
        ),
        (
            "We're sorry the restaurant was closed on your last night. Our chef was called away "
            "by a family emergency and we couldn't find cover at short notice. We should have "
            "put a notice up earlier in the day."
        ),
        (
            "Thanks for the review. We'd gently point out that the listing does mention shared "
            "bathrooms, but we can see how it might be missed, so we've moved it higher up the "
            "page. If there's anything else we can do, ring us any time on 064 663 1290."
        ),
        (
            "We're sorry your night was disturbed by the incident in the car park. The police "
            "came promptly and have our CCTV, and we've added an overnight security patrol "
            "since."
        ),
        (
            "Fair call on the showers. They weren't good enough. We've re-grouted the lot and "
            "put in new heads. Sorry, and thanks for the kick up the backside."
        ),
        (
            "Twelve summers in a row now! Thank you for being such wonderful neighbors on the "
            "dock. We'll see you in June."
        ),
        (
            "Thank you for your four-star review. We're glad you enjoyed the walk up to Tarn "
            "Hows, and we've noted your point about the breakfast start time."
        ),
        (
            "Sorry about the double booking on the dorm bed. We refunded the full amount this "
            "morning and it should be with you in a few days. We hope to host you properly "
            "another time."
        ),
        "Thank you!! 🦞⚓ So happy you loved the lobster bake, come back anytime!",
        (
            "We apologise that the breakfast price has risen to £13.50 this season. This "
            "reflects the increase in our food costs over the year, and we have kept the "
            "children's breakfast at its previous price."
        ),
        (
            "Sorry to hear about the mooring line. Under our berthing terms, storm damage to "
            "gear is covered by the vessel owner's insurance, but we're happy to give you a "
            "written report of the conditions that night to support your claim. Just call the "
            "office on (03) 6234 1180."
        ),
        (
            "Thanks for the five stars! We'll take the credit for the breakfast, but the rainbow "
            "over the bay was none of our doing."
        ),
    ],
    "fr": [
        (
            "Nous sommes sincèrement désolés que le chauffage de la chambre du haut soit tombé "
            "en panne pendant votre séjour. Un chauffagiste est passé la semaine dernière et le "
            "radiateur a été remplacé. Si vous souhaitez en parler, n'hésitez pas à nous appeler "
            "au 02 31 64 18 27 ou à nous écrire à contact@longere-auge.fr."
        ),
        (
            "Merci mille fois pour ce joli message ! Toute l'équipe du refuge est ravie que vous "
            "ayez eu le lever de soleil sur la Meije. À bientôt sur les sentiers."
        ),
        (
            "Merci pour votre retour. Pour info, notre carte de fidélité est remise à tous les "
            "campeurs à l'arrivée : la septième nuit est offerte, quel que soit l'avis que vous "
            "laissez sur nous."
        ),
        (
            "Merci pour votre commentaire. Pour les voyageurs qui arrivent tard : la réception "
            "est ouverte 24 heures sur 24, et le parking, accessible par la chaussée de Mons, "
            "ferme ses barrières à minuit ; il suffit alors de sonner à l'interphone."
        ),
        (
            "Merci beaucoup ! Nous transmettons vos compliments à Josiane, qui sera ravie de "
            "savoir que ses accras ont fait l'unanimité. À bientôt en Guadeloupe !"
        ),
        (
            "Nous vous présentons nos excuses : Lucas vous a indiqué la mauvaise chambre à votre "
            "arrivée, mais l'erreur vient de notre planning, que nous n'avions pas mis à jour. "
            "Nous avons revu notre façon de faire pour que cela ne se reproduise pas."
        ),
        (
            "Nous sommes désolés que la piscine soit restée fermée pendant votre semaine. Nous "
            "vous avons remboursé 150 € hier sur votre carte ; la somme devrait apparaître d'ici "
            "quelques jours."
        ),
        (
            "Désolés pour l'attente à la station d'avitaillement. La pompe principale était en "
            "réparation ce jour-là, et nous aurions dû vous prévenir par VHF. Toutes nos "
            "excuses."
        ),
        (
            "Nous comprenons votre surprise. Nos conditions générales prévoient une annulation "
            "gratuite jusqu'à 48 heures avant l'arrivée ; elles figurent sur la confirmation de "
            "réservation. Nous restons néanmoins à votre disposition au +32 2 512 40 88 pour en "
            "discuter."
        ),
        (
            "Nous sommes navrés pour la rayure sur votre coque. Envoyez-nous des photos à "
            "capitainerie@port-honfleur.fr et nous transmettrons le dossier à notre assureur "
            "sans attendre ; nous pouvons aussi vous aider à remplir la déclaration."
        ),
        (
            "Nous sommes vraiment désolés pour le vol dans votre voiture sur le parking. Les "
            "images de notre caméra ont été remises à la gendarmerie dès le lendemain, et si "
            "votre assurance a besoin d'une attestation, écrivez-nous : nous vous l'envoyons le "
            "jour même."
        ),
        (
            "Nous plaidons coupables : notre Wi-Fi monte au refuge à peu près aussi vite qu'un "
            "randonneur chargé de vingt kilos. Un nouveau relais est commandé, et en attendant, "
            "le meilleur réseau reste le banc devant la fontaine."
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques détaillées. Nous avons transmis "
            "votre commentaire sur la literie à notre équipe."
        ),
        (
            "Merci pour votre avis. D'après notre registre, la chambre avait été nettoyée et "
            "vérifiée le matin de votre arrivée, mais nous prenons votre remarque au sérieux et "
            "aimerions comprendre ce qui s'est passé. Appelez-nous quand vous voulez au 02 33 48 "
            "61 05."
        ),
        (
            "Nous vous adressons nos plus sincères condoléances. Nous sommes touchés que vous "
            "ayez choisi notre chalet pour vous retrouver en famille dans ce moment difficile."
        ),
        (
            "Félicitations pour votre mariage !! 💍🌺 Quel bonheur d'avoir accueilli cette belle "
            "fête sur notre ponton, toute l'équipe vous souhaite beaucoup de bonheur."
        ),
        (
            "Nous comprenons que l'interdiction de cuisiner dans les dortoirs ait pu vous "
            "surprendre. Elle est là pour éviter tout départ de feu dans un bâtiment tout en "
            "bois, et la cuisine commune reste ouverte de 7 h à 22 h pour tout le monde."
        ),
        (
            "Vous avez raison, l'emplacement a augmenté de 4 € par nuit cette année, et nous "
            "sommes désolés que cela vous ait surpris. Le prix de l'eau fixé par la commune a "
            "fortement augmenté, et nous avons essayé de limiter la hausse au maximum."
        ),
        "Merci merci merci 🥰🌴 les 5 étoiles nous font trop plaisir, revenez vite !",
        (
            "Merci beaucoup pour ce chouette message ! On est contents que la chambre sous les "
            "toits vous ait plu et que vous ayez eu le temps de goûter les gaufres près de la "
            "place du Jeu de Balle. Au plaisir !"
        ),
        (
            "Madame, Monsieur, nous vous prions de bien vouloir nous excuser pour le bruit des "
            "travaux de voirie devant la maison. La mairie nous a confirmé leur fin au 15 mars, "
            "et nous prévenons désormais chaque client au moment de la réservation."
        ),
        (
            "Vous avez raison pour les sanitaires du bloc B, ce n'était pas acceptable. On les a "
            "entièrement refaits en octobre. Désolés, et merci de nous l'avoir dit franchement."
        ),
        (
            "Merci pour ce retour. Pour les prochains voyageurs : le GPS vous envoie parfois sur "
            "la piste forestière ; suivez plutôt la route jusqu'au panneau « Les Granges », "
            "l'accueil est au 148, route du Col. Et si vous êtes perdus, appelez-nous au 04 50 "
            "02 36 71."
        ),
        (
            "Merci pour votre séjour. Notre parrainage est ouvert à tous nos hôtes : si un ami "
            "réserve de votre part, vous bénéficiez chacun de 10 % sur le prochain séjour, que "
            "vous nous ayez laissé un avis ou non, bon ou mauvais."
        ),
        (
            "Oui, le coq du voisin. Nous avons tout essayé, la négociation, le chantage au maïs, "
            "rien n'y fait. Des bouchons d'oreilles vous attendent désormais dans chaque "
            "chambre, et nous sommes désolés pour ce réveil matinal."
        ),
        (
            "Nous vous présentons nos excuses : Sarah vous a facturé le petit-déjeuner alors "
            "qu'il était compris dans votre formule. L'erreur vient de notre système de caisse, "
            "qui n'avait pas été mis à jour. Le montant vous a été remboursé et le problème est "
            "corrigé."
        ),
        (
            "Toute notre sympathie dans cette épreuve. Ce fut un honneur de vous accueillir, et "
            "nous espérons que le calme du bocage vous a apporté un peu de réconfort."
        ),
        (
            "Bravo pour votre première ascension du Mont-Blanc ! 🏔️ Après deux jours là-haut, "
            "une bonne douche et un vrai lit, c'était bien mérité."
        ),
        (
            "Nous savons que l'obligation du gilet pour les enfants sur les pontons peut "
            "paraître stricte. Mais les pontons bougent avec la houle et l'eau est profonde, "
            "alors nous la demandons à toutes les familles. Des gilets de toutes tailles sont "
            "prêtés gratuitement à la capitainerie."
        ),
        (
            "Nous sommes désolés que le petit-déjeuner ait été servi en retard dimanche. Notre "
            "boulanger n'a pas pu livrer à cause de la neige, et nous aurions dû vous prévenir "
            "la veille."
        ),
        (
            "Merci pour votre avis. L'annonce précise que le bungalow est à dix minutes à pied "
            "de la plage, mais nous comprenons que cela ait pu échapper, et nous l'avons mis "
            "plus en évidence. N'hésitez pas à nous écrire à bonjour@bungalows-deshaies.fr si "
            "nous pouvons faire quelque chose."
        ),
        (
            "Nous regrettons que votre nuit ait été troublée par l'arrivée de la police dans le "
            "couloir. Elle est intervenue après le déclenchement d'une alarme incendie au "
            "troisième étage ; nous sommes désolés pour le bruit et l'heure tardive."
        ),
        (
            "Quel plaisir de vous lire ! Nous sommes ravis que le verger et les poules aient "
            "conquis les enfants. Revenez quand vous voulez, la tarte aux pommes vous attendra."
        ),
        "merci pour les 5 étoiles 🙌⛷️ trop contents que la poudreuse ait été au rdv, à l'hiver prochain !",
        (
            "Merci pour votre note de quatre étoiles. Nous avons bien pris note de votre "
            "remarque sur l'insonorisation côté boulevard et étudions la pose de doubles "
            "vitrages."
        ),
        (
            "Désolés pour la double réservation du lit en dortoir. Nous vous avons remboursé la "
            "totalité ce matin ; la somme devrait apparaître sous trois à cinq jours."
        ),
        (
            "Nous comprenons votre surprise devant la hausse du tarif de la navette aéroport, et "
            "nous nous en excusons. Le prix du carburant a beaucoup augmenté cette année ; la "
            "navette reste gratuite pour les enfants."
        ),
        (
            "Madame, Monsieur, nous vous remercions pour votre retour et vous prions d'accepter "
            "nos excuses pour l'état des sanitaires du port de plaisance. Une société de "
            "nettoyage passe désormais deux fois par jour, et la capitainerie reste joignable au "
            "02 420 12 34."
        ),
        (
            "Nous sommes désolés pour vos skis abîmés dans le local. Notre assurance couvre ce "
            "type de dommage : envoyez-nous simplement une photo et la facture à "
            "accueil@auberge-aravis.fr, et nous nous occupons du dossier."
        ),
        (
            "Merci pour ce beau message. Que la Corse vous ait offert ses plus belles couleurs, "
            "c'est tout ce qu'on souhaitait. À prestu !"
        ),
    ],
}
