"""Blind reply set, round 106: owner replies the pre-post check has never seen.

Who and when: written by helper b104, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief round 104).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
campsites with mobile homes, ski-lift operators and ski-hire shops, surf
schools, horse-riding centres, golf clubs and paintball parks.  Each French
reply was written directly in French, not translated.  Apart from the brief
and the first seventy-five lines of the round 20 file, read only to copy its
format, the writer did NOT read the application code, docs, training data,
benches, any other test file or earlier blind set, any other folder under
/work, the git history or /work/.library; did not run the check, any test or
any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.

Registers, drawn from: English from the UK (Cornwall, the Lake District,
Yorkshire, Scotland), Ireland, North America (Colorado, Oregon, British
Columbia) and Australia; French from France (Savoie, Ardèche, Landes,
Bretagne, Normandie), Belgium, Switzerland (Vaud, Valais) and Québec; plain
and warm, curt, very formal and corporate, casual texting with emoji, slang,
and veiled, polite phrasings; short one-liners; and, for every code and
language, one long warm reply (the first of each list) whose fault sits in a
single sentence in the middle.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund already
made, one honest reason given with an apology, legal terms, insurance, the
police or CCTV mentioned neutrally or to help the customer, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, warm thanks to happy customers,
condolences, congratulations, a safety rule explained kindly and a price
change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND106_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up after your week in the Bluebell static caravan. "
                "We're a small family park and the sea view from the top field is the thing we're proudest of, so "
                "reading that you watched the sunset from the decking every single evening made our day. We're glad "
                "the rock pools at low tide were such a hit as well. Should those four stars find their way "
                "to a fifth, just ring the office and we'll take fifteen per cent off your pitch next summer. Safe "
                "travels home, and we hope to see you back in Cornwall soon."
            ),
            "Cheers legend 🤙 chuck us a 5 star and ur next lesson's on the house, no dramas 🏄‍♂️",
            (
                "The Club would be pleased to extend a complimentary round for two upon publication of a revised "
                "review that better reflects your overall satisfaction with the course."
            ),
            (
                "We'd hate for this one review to be the last word on us; once it's no longer showing, do pop into "
                "the shop and your boot and ski hire for the week is on us."
            ),
            (
                "Ah go on, take down that wee review and your next hack along the strand is free, sure we'll say no "
                "more about it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce très joli message après votre semaine sur nos pistes. Nous "
                "sommes ravis que la neige fraîche de mardi vous ait offert de si belles descentes, et que le "
                "nouveau boardercross vous ait autant amusés. Nos pisteurs et nos perchmans travaillent dès "
                "l'aube pour que tout soit prêt, et ils ont été très touchés de vos compliments. Si le cœur vous en "
                "dit de remonter un peu votre note, un forfait journée vous attendra en caisse lors de votre "
                "prochain passage. Au plaisir de vous revoir en Savoie cet hiver !"
            ),
            "Merci ben gros! Mets-nous 5 étoiles pis ta prochaine game de paintball est sur la maison 🎯😎",
            (
                "Nous nous permettons de vous proposer une remise de nonante euros sur votre prochain séjour en "
                "mobil-home, sous réserve de la modification de votre évaluation sur cette plateforme."
            ),
            (
                "Nous serions heureux de vous offrir un green-fee lors de votre prochain passage, dès que votre "
                "commentaire ne figurera plus sur cette page. Avec nos meilleures salutations."
            ),
            "Merci gros 🤙 si tu passes ton avis à 5 étoiles on te file combi + planche gratos samedi 🌊",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your afternoon at the stables. We've been running "
                "treks across these fells for nearly thirty years, and our horses are treated like family, so we "
                "read every comment closely and we're glad you enjoyed the views over the lake. Please be aware "
                "that your remarks about our yard have been forwarded to our solicitors, and if they are still "
                "online by the end of the week you will be hearing from them. We do value all our visitors, and "
                "we hope the rest of your holiday in the Lakes was a happy one."
            ),
            (
                "We've got your face on camera from every field. Post that again and the footage goes up on our "
                "page for everybody you know to see. Think it over."
            ),
            (
                "The Committee has established the identity of the author of this review and will be writing to "
                "your employer regarding your conduct on the course."
            ),
            "mate we know which van ur in at the caravan park 👀 might wanna take that down before we pop round",
            (
                "You'd want to be careful what you're putting up about us now. Our legal people have seen this and "
                "you'll not be welcome on the site again, or anywhere else round here if we have our way."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre séjour dans notre camping au bord de "
                "l'Ardèche. Nous sommes une petite équipe familiale et nous mettons beaucoup d'énergie à entretenir "
                "nos mobil-homes et la piscine chauffée, alors vos mots sur la descente en canoë nous ont fait "
                "plaisir. Sachez cependant que notre avocat a été saisi et que vous recevrez un courrier recommandé "
                "si ce commentaire n'est pas retiré sous huit jours. Nous vous souhaitons une belle fin d'été et "
                "restons attachés à la satisfaction de tous nos vacanciers."
            ),
            "Toé, on a ta plaque de char sur les caméras. Efface ça avant qu'on aille faire un tour chez vous.",
            (
                "Nous vous informons que votre employeur, dont nous connaissons l'identité, sera avisé du "
                "comportement que vous avez eu sur nos installations."
            ),
            (
                "Faites attention à ce que vous écrivez, hein. Un mot de plus et vous êtes interdit de manège, et "
                "on ne se gênera pas pour raconter partout pourquoi."
            ),
            "on a ton nom et ton num de la résa, tu veux vraiment jouer à ça ? 😈 retire ou on balance tout",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for the kind review and for sticking with us through a pretty wild storm cycle. "
                "Our techs love nothing more than getting a skier into boots that finally don't hurt, so hearing "
                "you skied top to bottom without stopping on your last day is the best feedback we could get. I've "
                "already sent the fitting notes to you at jenna.morrow82@gmail.com and flagged your left-knee "
                "surgery on file so the crew set your bindings a notch softer next season. The powder should be "
                "back by February, and we'd love to see you in the shop again."
            ),
            (
                "sorry bout the wetsuit drama Kez! saw u were in with ur sister Tahlia n the 2 kids on the Sat 9am "
                "lesson, we'll sort it next time 🤙"
            ),
            (
                "We have reviewed the account of Mr D. Fairbairn, membership no. 20417, and confirm that the direct "
                "debit from the account ending 6621 was correctly collected on 1 March."
            ),
            "Sorry Linda, we'll give you a ring on 07700 914362 tomorrow about the caravan at 14 Larch Close.",
            (
                "Sure I remember you well, the lady from Ballincollig who came out with her husband Declan and had "
                "the fall off Bonnie on the Tuesday — I hope the wrist has mended."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce très bel avis ! Nous sommes ravis que le parcours vous ait plu malgré le "
                "vent, et que vous ayez profité de la terrasse du club-house après votre partie. Notre équipe "
                "d'entretien travaille sans relâche pour que les greens soient au rendez-vous dès le printemps, et "
                "vos compliments leur font chaud au cœur. Je vous ai d'ailleurs renvoyé la facture de votre "
                "abonnement par SMS au 06 12 48 73 90 et par courrier au 12 chemin des Vignes à Écully. Nous nous "
                "réjouissons de vous retrouver très vite sur le premier départ."
            ),
            (
                "Salut Marc-André! On s'excuse pour la chaise bloquée samedi le 14, toé pis ta blonde Karine, on "
                "vous en doit une."
            ),
            (
                "Madame Vandenbroucke, concernant votre réservation n° MH-2024-0587 pour le mobil-home Les Saules, "
                "le remboursement a été effectué sur votre compte BE71 0961 2345 6769."
            ),
            (
                "Bonjour Monsieur Rochat, suite à votre entorse du genou, nous avons annulé la location des skis au "
                "nom de votre fils Léo, 9 ans."
            ),
            "coucou Inès 😘 on a retrouvé ton tel, on t'appelle au 07 81 22 45 19 pr que tu passes le récup 🏄‍♀️",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for coming out to the park and for taking the time to write. We've put a lot of work into "
                "the new woodland field this spring, with more cover, better netting and a proper staging area, "
                "and most groups tell us it's the best field we've ever had. Frankly, you struck us as someone who "
                "was angling for a freebie from the moment you walked through the gate, and this review is just "
                "the next try. We hope the rest of your weekend in Oregon was a good one, and the field will be "
                "open all summer."
            ),
            "ur a rude entitled bloke mate, the whole crew said so 🙄",
            (
                "It is evident that the author of this review is acting in bad faith, as part of a pattern of "
                "dishonest complaints intended to obtain a refund."
            ),
            (
                "We'd gently suggest that the problem this week had rather less to do with our boots and rather "
                "more to do with your manners."
            ),
            "Some people are never happy, and you're a prime example, you moaning eejit.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir séjourné dans l'un de nos mobil-homes cet été. Nous avons refait les "
                "terrasses en bois au printemps et ajouté un espace ombragé près de la piscine, et beaucoup de "
                "familles nous disent apprécier le calme du camping le soir. Franchement, vous êtes le genre de "
                "client qui cherche la petite bête pour se faire rembourser, et ça se voit à des kilomètres. Nous "
                "restons fiers de notre accueil et de notre coin de Provence, et l'équipe continuera à faire de son "
                "mieux pour chacun de nos hôtes."
            ),
            "T'es juste un chialeux pis un menteur, toute l'équipe t'a vu aller.",
            (
                "Il apparaît clairement que vous êtes de mauvaise foi et que votre unique objectif était d'obtenir "
                "une ristourne."
            ),
            (
                "Permettez-nous de penser que l'impolitesse dont vous avez fait preuve au guichet en dit davantage "
                "sur vous que sur notre personnel. Meilleures salutations."
            ),
            "t'es un gros rageux 🤬 et arrête de mytho, personne te croit",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for visiting and for such a thoughtful review of the course. We're delighted that you "
                "enjoyed the new bunkers on the back nine, and our head greenkeeper was chuffed to hear the greens "
                "were running so true after all the work he's put in this autumn. The steak pie in the clubhouse "
                "is our chef's pride and joy, so we'll pass your compliments straight to the kitchen. And yes, "
                "we'll be sure to ask the rain to hold off before your next tee time, since the Scottish weather "
                "is so obviously our doing. We look forward to welcoming you back to the first tee soon."
            ),
            "oh noooo the ocean was wet AND had waves?? 😱 so sorry mate we'll get it drained for ya 🙃",
            (
                "We have duly noted your remarkable discovery that mountains are cold in January and have "
                "forwarded it to our meteorology department for urgent review."
            ),
            (
                "Ah sorry now, we didn't realise the horses were meant to smell of roses. We'll get them a drop of "
                "perfume before your next lesson."
            ),
            (
                "Thank you for letting us know that being hit by a paintball can sting; we'll be sure to add that "
                "groundbreaking insight to our safety briefing."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message après votre semaine au camping. Nous sommes heureux que le "
                "mobil-home vous ait semblé spacieux et que les soirées à thème vous aient autant plu, et "
                "notre équipe d'animation a été touchée par vos remerciements. La crêperie du camping est notre "
                "petite fierté, alors merci pour vos mots sur les galettes. Et pardon, bien sûr, pour la pluie "
                "bretonne du mois d'août : nous avons sans doute oublié de cocher l'option soleil en confirmant "
                "votre réservation. Nous espérons vous revoir bientôt sur la côte de Granit rose."
            ),
            "Ah ben oui, y fait frette au mont en février, quelle surprise 🙄 on va chauffer la montagne pour toé.",
            (
                "Nous prenons bonne note de votre étonnement d'avoir reçu des billes lors d'une partie de paintball, "
                "et ne manquerons pas de transmettre cette découverte à nos arbitres."
            ),
            (
                "Nous sommes navrés que nos greens ne se soient pas adaptés à votre swing ; nous étudions la "
                "possibilité d'élargir les trous à votre intention."
            ),
            "ohlala un cheval qui fait caca dans un centre équestre, quel scandale 😂😂 on va leur apprendre le pot",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks so much for choosing our shop for your first ski week in Colorado, and for the "
                "kind words about our tuning bench. We love seeing first-timers head up the mountain, and it's "
                "great to hear everyone made it off the bunny hill and onto the green runs by Thursday. The "
                "mix-up with the boot sizes was entirely down to Tyler on the rental counter, who has been written "
                "up and won't be fitting boots for the rest of the season. We hope the snow treats you well next "
                "winter, and we'd be glad to see you all again."
            ),
            "yeah that was Brodie's fault not ours, he's been told if it happens again he's gone 😤",
            (
                "The delay at the halfway house was caused by a member of staff, Ms Karen Doyle, who failed to "
                "follow procedure; appropriate disciplinary action has been taken."
            ),
            (
                "Our cleaner that changeover, Debbie, clearly didn't do the caravan properly, and she's been spoken "
                "to in no uncertain terms."
            ),
            "That was Niall on the field, not the rest of us — he's a liability and we've let him go.",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis sur la balade en bord de mer. Nous sommes ravis que vous ayez "
                "profité des paysages de la baie au coucher du soleil, et que nos chevaux, qui sont tous nés ici, "
                "vous aient paru si calmes et si bien soignés. C'est toujours un bonheur pour nous de partager notre "
                "coin de Normandie. Le départ au galop non prévu est dû à une erreur de Camille, notre monitrice, "
                "qui n'avait pas tenu le groupe, et elle a reçu un avertissement. Nous espérons vous accueillir à "
                "nouveau au printemps pour une balade plus tranquille."
            ),
            "C'est la faute à Kevin à l'accueil, y'a pas vérifié les masques, on l'a mis à porte.",
            (
                "L'arrêt prolongé du télésiège résulte d'une erreur de manipulation de M. Favre, notre machiniste, "
                "qui a fait l'objet d'une sanction."
            ),
            (
                "Pour le ménage du mobil-home, c'est Sandrine qui était de service ce jour-là, elle a été recadrée, "
                "croyez-moi."
            ),
            "dsl c'est Théo le moniteur qui a zappé l'horaire, il s'est fait remonter les bretelles 😬",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for staying with us and for the lovely comments about the views from the mobile homes "
                "on the top terrace. We're really glad you enjoyed the walks along the cliffs and the fish and chips "
                "at the café by the gate. The hot water went off because the boiler is twelve years old, the "
                "engineer we always used had retired, the replacement part had to come from Germany, the bank "
                "holiday shut the supplier, two of our seasonal staff left mid-August and the park was full to the "
                "rafters that week, so there was honestly very little we could have done differently. We hope the "
                "Yorkshire coast treated you well and that you'll come back and see us."
            ),
            (
                "look the swell was huge, the council shut the car park, 2 instructors were crook, the van broke "
                "down AND the tide was wrong so yeah not much we could do 🤷‍♂️"
            ),
            (
                "Please note that lift operations are governed by wind thresholds set by the manufacturer, by state "
                "regulations, by our insurer's requirements, by hourly ski-patrol assessments and by staffing "
                "constraints arising from the regional labor shortage; additionally, the grooming fleet had been "
                "reassigned following overnight snowfall, and our communications system was undergoing scheduled "
                "maintenance. Consequently, the closure of Chair 4 was entirely in line with operating procedures."
            ),
            (
                "The ride was shortened because the bridleway was flooded, the farrier came late, one of the ponies "
                "was lame, our insurance only covers certain routes, the light was going and the group was bigger "
                "than we'd normally take, so it's really not as simple as it looks from the outside."
            ),
            (
                "Ah listen, the masks fogged because it was lashing, the heaters weren't in yet, we were short with "
                "the Communion crowd in, the supplier sent the wrong lenses and sure the whole country was wet that "
                "weekend, so what were we meant to do."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre fidélité, cela fait maintenant plusieurs hivers que vous louez votre "
                "matériel chez nous et nous y sommes très sensibles. Nous sommes contents que les nouveaux skis de "
                "la gamme test vous aient plu et que vous ayez pu profiter de la belle neige de la fin février. Si "
                "vos chaussures n'étaient pas prêtes à l'heure, c'est que la machine de cuisson des chaussons est "
                "tombée en panne le samedi matin, que le technicien ne se déplace pas le week-end, que la moitié "
                "de l'équipe était bloquée dans les bouchons de la vallée, que nous avions trois cars de classes de "
                "neige à équiper en même temps et que le logiciel de réservation avait planté la veille, donc "
                "nous ne pouvions vraiment pas faire autrement. Au plaisir de vous revoir en station l'an prochain."
            ),
            (
                "Ben là, l'eau chaude a manqué parce que le chauffe-eau est vieux, le plombier était en vacances de "
                "la construction, la pièce venait des États, il a plu toute la semaine pis on avait juste deux "
                "employés, ça fait qu'on pouvait pas faire mieux."
            ),
            (
                "Nous tenons à préciser que l'état des greens résulte de la sécheresse estivale, des restrictions "
                "d'arrosage imposées par la commune, du retard de livraison des semences, de l'indisponibilité de "
                "notre tondeuse principale, de l'absence prolongée de notre intendant et des contraintes "
                "budgétaires votées en assemblée générale, autant d'éléments indépendants de notre volonté."
            ),
            (
                "Vous comprendrez que le retard s'explique par le brouillard, par la livraison de billes arrivée le "
                "matin même, par le compresseur qu'il a fallu purger, par un groupe d'entreprise arrivé en avance "
                "et par les travaux sur la route cantonale, de sorte que nous n'y pouvions strictement rien."
            ),
            (
                "bah c'était pas nous hein, la houle était trop grosse, le parking plein, le moniteur malade, les "
                "combis pas sèches et la marée pas bonne, on peut pas tout gérer 🤷"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for booking a place on our summer pony week, and for writing such a "
                "detailed review. We've been teaching children to ride at this yard for over twenty years, and "
                "there's nothing we love more than watching a nervous rider trot on her own by the Friday. The "
                "team were glad to hear the grooming sessions and the picnic ride were such a hit. What you "
                "describe about a pony being left tacked up in the sun for an hour simply did not happen at our "
                "yard. We hope the summer holidays continue to be a happy time for you all."
            ),
            "nah that never happened mate, nobody got dumped on the rocks in our lesson 🙅‍♂️",
            (
                "The Club categorically denies that any member of staff refused you entry to the clubhouse on the "
                "date in question."
            ),
            "Nope. Nobody on our staff ever shot a player point-blank. It didn't happen.",
            (
                "We've looked into it and we're satisfied there was never any mould in that mobile home, so we "
                "can't accept what's been written here."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre domaine pour vos vacances de février. Nous sommes heureux "
                "que vous ayez apprécié la piste bleue qui descend jusqu'au village et le nouveau tapis du jardin "
                "des neiges, qui a fait le bonheur des plus petits. Nos équipes ont travaillé dur pour ouvrir tout "
                "le secteur nord malgré un début de saison capricieux. En revanche, aucune attente d'une heure n'a "
                "existé au télésiège ce jour-là : cela ne s'est tout simplement pas produit. Nous vous souhaitons "
                "de belles journées de glisse et espérons vous revoir dans les Pyrénées."
            ),
            "Ça s'est jamais passé de même. Personne vous a demandé de débarquer du vert.",
            (
                "Nous contestons formellement la présence de punaises de lit dans nos mobil-homes ; ces faits sont "
                "inexistants."
            ),
            (
                "Après vérification, nous pouvons vous assurer que les faits que vous décrivez n'ont jamais eu lieu "
                "sur notre terrain."
            ),
            "jamais un cheval a mordu qqn chez nous, c faux ❌",
        ],
    },
}

BLIND106_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're really sorry the shower block was cold for most of your stay — that's not the holiday you paid "
            "for. The boiler has now been replaced and we've fitted a second one as a backup. Please give me a ring "
            "on 01637 880412 or email bookings@trevellyanpark.co.uk and I'll sort something out for the nights "
            "affected. — Sarah, owner"
        ),
        (
            "Stoked you had a ripper morning with us! Seeing the whole group up and riding by the third wave was "
            "the highlight of our week. Come back when the autumn swell kicks in 🤙"
        ),
        (
            "Thanks for your feedback. Just so everyone knows, our Ski Passport card is free at the counter: every "
            "fifth day of hire is on us, whatever you think of us and whether or not you ever leave a review."
        ),
        (
            "Thank you for the kind words about the course. For anyone looking to book a tee time, the pro shop is "
            "open 7am to 7pm daily and can be reached on 01334 466120."
        ),
        (
            "Thank you! Ciara and Aoife will be delighted — they put so much into the beginners' lessons, and it's "
            "grand to hear the nerves were gone by the second week."
        ),
        (
            "You're right, and we're sorry. Jake gave out the wrong start time on the phone, but that's on us, not "
            "him — our booking system should have sent you a confirmation and it didn't. We've fixed that, and we'd "
            "love to get your group back out. Call us at (503) 555-0148."
        ),
        (
            "We're sorry the mobile home wasn't ready when you arrived. The refund for the first night went back to "
            "you this morning and should show within three to five working days. If it hasn't appeared by then, "
            "email us at hello@cloverbankholidays.ie and we'll chase it."
        ),
        (
            "We're sorry the Summit Express was closed on Saturday. Gusts at the top were over 60 mph, and we won't "
            "run the chair in those conditions. We know how disappointing that is when you've driven up for the day."
        ),
        (
            "Thanks for raising this. Under our terms of membership the joining fee is non-refundable after the "
            "14-day cooling-off period, but I'd be very happy to talk through your options in person. Please ask "
            "for me, Graham, at the office."
        ),
        (
            "We're so sorry to read about what happened on the trail ride and we hope you're doing well. Every "
            "rider on our lessons is covered by our insurance, and we'd be glad to help with the claim form — just "
            "ring the office and ask for Helen."
        ),
        (
            "We're really sorry your skis were taken from the rack outside the café. We've passed our CCTV footage "
            "to the police, and if you email us at info@peaklinehire.ca we'll send you the incident number for your "
            "insurance."
        ),
        (
            "Fair point about the 14th — even our club captain has lost more balls in that pond than he'd care to "
            "admit. We're cutting the reeds back this month so at least you'll see where they go."
        ),
        (
            "Thanks for the three stars and the honest feedback about the changing rooms. You're right that they're "
            "cramped, and we're adding two more cubicles before summer."
        ),
        (
            "We're sorry you felt the marshals weren't watching. Our rota shows two marshals on that field for the "
            "whole session, but we'd really like to understand what you saw — could you email us at "
            "crew@timberlinepaintball.com so we can look into it?"
        ),
        (
            "We were so sad to read this. Your father was part of the Tuesday roll-up for as long as anyone here can "
            "remember, and the clubhouse won't be the same without him. If the family would like to hold a small "
            "gathering here, please get in touch."
        ),
        (
            "Congratulations to you both! A proposal at the top of the gondola is a first for us, and the lift crew "
            "are still talking about it."
        ),
        (
            "We completely understand the disappointment. We ask every rider to wear a hat that meets current safety "
            "standards, and sadly the one you brought was too old to pass. We keep loan hats in every size at the "
            "yard, so there's no need to bring your own next time."
        ),
        (
            "You're right that our pitch prices went up this year, and we're sorry it came as a surprise. Our "
            "electricity costs nearly doubled, and we should have flagged the change more clearly when you booked. "
            "The new rates are now on the front page of the website."
        ),
        "Thanks, y'all! Glad everybody had a blast out there. Come back anytime.",
        "aw thanks heaps!! 🌊🤙 see u in the water",
        (
            "Thank you for your feedback regarding the rental process. We have since introduced online "
            "pre-registration, which reduces waiting time at the counter. We would welcome the opportunity to "
            "discuss your experience further at guestservices@aspenridgerentals.com."
        ),
        "Ah thanks a million, it was a pleasure having ye. Delighted ye got the bit of sun — see ye next summer!",
        (
            "Thank you for the review. Any member who introduces a friend gets a free lesson with our pro, "
            "regardless of whether they've ever written about us — just mention it at reception."
        ),
        (
            "Sorry you had trouble finding us! The yard entrance is the second gate after the church on Mill Lane, "
            "Little Hadham, SG11 2AB, and we've now put up a much bigger sign."
        ),
        (
            "Thank you for letting us know. Ollie set your bindings for the wrong weight, and that's our "
            "responsibility as a shop — our checks should have caught it. We've added a second check on every pair. "
            "Please drop in any time and we'll reset them at no charge."
        ),
        (
            "Sorry about the hire markers jamming, that's not good enough. We've replaced the whole batch. Give us a "
            "bell on 07 3555 0192 and we'll get you booked back in."
        ),
        (
            "Thanks for telling us about the scratch on your car. We do have CCTV on the entrance and we're happy to "
            "check the footage for you — please call the office on 015394 32718 so we can do that privately."
        ),
        (
            "We hear you on the lift line. Our scanners showed a peak wait of about 20 minutes at Chair 2 that "
            "morning, which we know still feels long. We'd like to hear more — reach us at "
            "guestservices@bluespruce.ski."
        ),
        (
            "Sorry you couldn't join the afternoon lesson. When the surf lifesavers close the beach for rips we "
            "can't go in, no matter how keen everyone is. We rebook every cancelled lesson for free, so nobody "
            "misses out."
        ),
        (
            "Sorry the greens were sanded when you played. We hollow-tine every September to keep them healthy "
            "through winter, and we should have warned visitors on the booking page. That's there now."
        ),
        (
            "What a lovely review to wake up to — thank you! We're so glad the mobile home felt like a home from "
            "home, and that the barbecue on the deck got plenty of use. The red squirrels by the reception are "
            "very much the stars of the park, so we're pleased they put on a show. Our season runs until the end "
            "of October, and we'd be delighted to welcome you back."
        ),
        (
            "Yeah, our van has seen better decades 😅 Sorry it broke down on the way to the beach — it's at the "
            "mechanic's now and we've hired a bus for the rest of the summer."
        ),
        "Congratulations on passing your Stage 2! You worked so hard for it, and it showed.",
        "Four stars and a request for more smoke grenades — noted on both counts. Thanks for coming out!",
        (
            "On behalf of the Board, thank you for your comments regarding the clubhouse refurbishment. Your "
            "feedback has been shared with the House Committee."
        ),
        (
            "Thanks! Quick note for anyone heading up: the shop is open 7.30am to 6pm every day through the season, "
            "and you can pre-book your gear on our website."
        ),
        (
            "Just so everyone knows, the fireworks on the beach that night weren't ours — we reported them to the "
            "Gardaí, who have since spoken to the organisers. Sorry your evening was disturbed."
        ),
        (
            "Sorry about the price jump. The council's beach licence fee went up this year and we've had to pass "
            "some of it on. Student and under-16 rates haven't changed."
        ),
        (
            "We're so sorry for your loss. Your mum loved her Saturday rides, and we'll all miss her cheerful wave "
            "from the gate."
        ),
        "Cheers for the kind words — see you on the slopes!",
    ],
    "fr": [
        (
            "Nous sommes sincèrement désolés pour la climatisation en panne dans le mobil-home. Le technicien est "
            "passé dès le lendemain et l'appareil a été remplacé. N'hésitez pas à nous appeler au 04 75 88 12 40 : "
            "nous souhaitons trouver avec vous un geste pour les nuits concernées."
        ),
        (
            "Merci pour ce super retour ! Voir tout le groupe debout sur la planche dès la deuxième séance, c'est "
            "exactement pour ça qu'on fait ce métier. À très vite à l'eau 🌊"
        ),
        (
            "Merci pour votre message. Pour information, notre carte fidélité est gratuite et ouverte à tous : la "
            "sixième journée de location est offerte, que vous nous laissiez un avis ou non."
        ),
        (
            "Merci de votre appréciation. Le secrétariat est à votre disposition du lundi au samedi de 8 h à 18 h au "
            "021 802 45 60 pour toute réservation de départ."
        ),
        (
            "Merci beaucoup ! Léa et Maxime seront ravis de lire ça, ils ont mis tout leur cœur dans ce stage. Au "
            "plaisir de vous revoir au manège."
        ),
        (
            "Vous avez raison, pis on s'excuse. Jérémie vous a donné la mauvaise heure au téléphone, mais c'est "
            "notre responsabilité à nous autres : notre système aurait dû vous envoyer une confirmation. On a "
            "corrigé ça. Appelez-nous au 819 555-0134, on va vous trouver une nouvelle date."
        ),
        (
            "Nous sommes désolés que le mobil-home n'ait pas été prêt à votre arrivée. Le remboursement de la "
            "première nuit a été effectué ce matin ; il devrait apparaître sur votre compte d'ici quelques jours."
        ),
        (
            "Toutes nos excuses pour la fermeture du télésiège des Crêtes samedi. Le vent dépassait 80 km/h au "
            "sommet et, dans ces conditions, nous ne pouvons pas faire tourner l'appareil. Nous comprenons votre "
            "déception."
        ),
        (
            "Merci pour votre retour. Conformément à nos conditions générales, le droit d'entrée n'est pas "
            "remboursable au-delà du délai de rétractation de quatorze jours, mais je serais heureux d'étudier votre "
            "situation avec vous. Vous pouvez me joindre au secrétariat."
        ),
        (
            "Nous sommes navrés de ce qui s'est passé lors de la balade. Tous nos cavaliers sont couverts par notre "
            "assurance responsabilité civile, et nous vous aiderons volontiers à remplir le formulaire : il suffit "
            "de passer au bureau ou de nous écrire."
        ),
        (
            "Nous sommes vraiment désolés pour le vol de vos skis devant le restaurant d'altitude. Nous avons "
            "transmis les images de vidéosurveillance à la gendarmerie et, si vous nous écrivez à "
            "contact@glisse-arvan.fr, nous vous enverrons le numéro de la plainte pour votre assurance."
        ),
        (
            "Vous avez raison pour le trou 7 : même notre pro y a laissé plus de balles qu'il ne veut bien l'avouer. "
            "Nous faisons tailler les roseaux ce mois-ci, vous verrez au moins où elles tombent."
        ),
        (
            "Merci pour vos trois étoiles et vos remarques sur les vestiaires. Ils sont effectivement étroits ; deux "
            "cabines supplémentaires seront installées avant l'été."
        ),
        (
            "Nous sommes désolés que vous ayez eu le sentiment que les arbitres étaient absents. D'après notre "
            "planning, deux arbitres étaient présents sur le terrain pendant toute la partie, mais nous aimerions "
            "comprendre ce que vous avez vu : pouvez-vous nous écrire à equipe@paintball-forez.fr ?"
        ),
        (
            "C'est avec une grande tristesse que nous avons lu votre message. Votre père faisait partie de nos "
            "fidèles du mardi matin depuis tant d'années ; il nous manquera beaucoup. Nos pensées vous accompagnent."
        ),
        (
            "Félicitations à vous deux! Une demande en mariage au sommet de la télécabine, c'est une première pour "
            "nous, pis l'équipe en parle encore."
        ),
        (
            "Nous comprenons votre déception. Le port d'une bombe aux normes est obligatoire pour tous nos "
            "cavaliers, et celle que vous aviez apportée ne l'était plus. Nous prêtons des bombes de toutes les "
            "tailles au club, il n'est donc pas nécessaire d'apporter la vôtre."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté cette saison et nous regrettons de ne pas l'avoir annoncé "
            "plus clairement. La hausse du prix de l'électricité nous y a contraints. Les nouveaux tarifs figurent "
            "désormais en page d'accueil de notre site."
        ),
        "Merci ben gros la gang! Revenez quand vous voulez 🎯",
        "merciii 🤙🌊 à la prochaine session !",
        (
            "Nous vous remercions pour votre retour concernant le processus de location. Nous avons depuis mis en "
            "place une pré-inscription en ligne afin de réduire l'attente au comptoir. Notre service clients reste "
            "à votre disposition à l'adresse clients@skiloc-valmorel.fr."
        ),
        (
            "Un grand merci, c'était un plaisir de vous accueillir ! Le temps n'était pas toujours de la partie, "
            "mais l'ambiance y était. À l'année prochaine, on l'espère."
        ),
        (
            "Merci pour votre avis. Pour information, tout membre qui parraine un ami bénéficie d'une leçon offerte "
            "avec notre pro, qu'il ait laissé un avis ou non. Renseignements à l'accueil."
        ),
        (
            "Désolés que vous ayez eu du mal à nous trouver ! L'entrée du manège se trouve rue du Moulin 14, à 1350 "
            "Orp-Jauche, juste après l'église ; nous avons installé un panneau plus visible."
        ),
        (
            "Merci de nous l'avoir signalé. Nicolas a réglé vos fixations pour un mauvais poids, et c'est à nous, "
            "en tant que magasin, d'en assumer la responsabilité : notre contrôle aurait dû le détecter. Nous avons "
            "ajouté une double vérification. Passez quand vous voulez, nous refaisons le réglage gratuitement."
        ),
        (
            "Désolés pour les lanceurs qui s'enrayaient, ce n'est pas acceptable. Nous avons remplacé tout le lot. "
            "Appelez-nous au 081 55 43 21 et nous vous trouverons un nouveau créneau."
        ),
        (
            "Merci de nous avoir signalé la rayure sur votre véhicule. Notre parking est équipé de vidéosurveillance "
            "et nous pouvons consulter les images pour vous ; passez à l'accueil ou appelez-nous au 02 96 91 40 12 "
            "pour que nous le fassions en toute discrétion."
        ),
        (
            "On comprend votre frustration pour l'attente. Nos données montrent une attente d'environ vingt minutes "
            "au pic de la matinée, ce qui reste long, on le sait. Écrivez-nous à service@montvalin-glisse.ca, on "
            "aimerait en jaser avec vous."
        ),
        (
            "Désolés pour la séance annulée. Quand les sauveteurs ferment la plage à cause des baïnes, nous ne "
            "pouvons pas mettre à l'eau, même si tout le monde est motivé. Toutes les séances annulées sont "
            "reportées sans frais."
        ),
        (
            "Désolés pour les greens sablés lors de votre partie. Nous les carottons chaque septembre pour qu'ils "
            "passent bien l'hiver, et nous aurions dû prévenir les visiteurs au moment de la réservation. C'est "
            "désormais indiqué."
        ),
        (
            "Quel plaisir de lire votre message, merci ! Nous sommes ravis que le mobil-home vous ait paru si "
            "confortable et que la terrasse face aux châtaigniers soit devenue votre coin préféré pour l'apéro. "
            "Les soirées pétanque du jeudi sont un peu notre rituel, et nous sommes contents que vous y ayez pris "
            "part. Le camping est ouvert jusqu'à la Toussaint, et vous serez toujours les bienvenus."
        ),
        (
            "Oui, notre camion a connu des jours meilleurs 😅 Désolés pour la panne sur la route de la plage ; il "
            "est au garage et nous avons loué un minibus pour la fin de la saison."
        ),
        "Félicitations pour votre Galop 3 ! Vous l'avez bien mérité après tout ce travail.",
        "Quatre étoiles et une demande de fumigènes en plus : c'est noté des deux côtés. Merci de votre visite !",
        (
            "Au nom du comité, nous vous remercions de vos remarques concernant la rénovation du club-house. Elles "
            "ont été transmises à la commission des bâtiments."
        ),
        (
            "Merci! Pour info, la boutique est ouverte de 7 h 30 à 17 h tous les jours pendant la saison, pis vous "
            "pouvez réserver votre équipement en ligne."
        ),
        (
            "Pour information, les pétards tirés cette nuit-là ne venaient pas du camping : nous avons prévenu la "
            "police locale, qui est intervenue. Nous sommes désolés pour votre nuit écourtée."
        ),
        (
            "Désolés pour la hausse de tarif. La redevance de plage demandée par la mairie a augmenté cette année et "
            "nous avons dû en répercuter une partie. Les tarifs étudiants et moins de 16 ans ne changent pas."
        ),
        (
            "Nos plus sincères condoléances. Votre mère aimait tellement ses balades du samedi; on va s'ennuyer de "
            "son beau sourire à l'écurie."
        ),
        "Merci, à bientôt sur les pistes !",
    ],
}
