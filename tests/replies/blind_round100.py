"""Blind reply set, round 100: owner replies the pre-post check has never seen.

Who and when: written by helper b98, an independent writer, on 2026-12-06,
for the writer brief of round 98 (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
wedding venues, event caterers, escape rooms, bowling alleys, cinemas and
theme parks.  Each French reply was written directly in French, not
translated.  Apart from the first seventy-five lines of the round 20 file,
read only to copy its format, the writer did NOT read the application code,
docs, training data, benches, any other test file or earlier blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault, and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others vary between one-liners, slang or texting with emoji, very
formal or corporate wording, veiled and polite phrasings and regional speech.

Registers: French from Nice, Rennes, Tours, Fribourg and Côte d'Ivoire, in
corporate, familiar and wordy styles; English from Manchester, Edinburgh,
Adelaide and Florida, in bubbly, stiff and blunt styles.  Good replies include
look-alikes that are not faults: an apology with a concrete fix and an
offline channel, warm thanks to happy customers, a loyalty or referral scheme
open to everyone whatever they write, the business's own phone, e-mail,
address or opening hours, staff praised by first name, a named employee's
mistake owned by the business, a refund already made, one honest reason
given with an apology, legal terms, insurance, the police or CCTV mentioned
neutrally or to help the customer, a joke at the business's own expense, a
star rating quoted neutrally, polite factual disagreement that keeps the door
open, condolences, congratulations, a safety rule explained kindly and a
price change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND100_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "What a joy to read this, and congratulations again to you both. From the moment the "
                "piper led your guests across the courtyard to the last ceilidh reel just before "
                "midnight, the whole team was rooting for you. We were sorry the drinks reception ran "
                "a wee bit behind while the photographer finished up on the battlements, and we've "
                "already talked with the bar about having glasses poured and waiting for the next "
                "couple. Should you feel able to bump those four stars up to five, we'd be glad to "
                "send a bottle of our house champagne over in time for your first anniversary. "
                "Wishing you both a long and happy marriage, and do look in for a coffee if you're "
                "ever passing through Leith."
            ),
            (
                "OMG thank u sooo much!! 🎢🌴 Flip that 3⭐ to a 5⭐, show the screenshot at Guest "
                "Services and ur next visit comes with a FREE front-of-line upgrade 😎✨"
            ),
            "Cheers for this. Take the review down and your next two games are on the house, no questions asked.",
            (
                "Guests who revise their published rating following a service recovery contact become "
                "eligible for a complimentary premium recliner voucher, issued within five working "
                "days of the amended rating appearing online."
            ),
            (
                "Thanks heaps for the honest words, and we'd hate for them to be the last word on us "
                "— if a kinder update happened to find its way onto this page, there might just be a "
                "little something from the kitchen waiting at your next function."
            ),
        ],
        "fr": [
            (
                "Chers mariés, quel bonheur de vous relire quelques semaines après ce samedi de juin "
                "au domaine. Le vin d'honneur sous les tilleuls, les lampions sur la terrasse et ce "
                "premier bal face à la Loire resteront aussi un très joli souvenir pour toute "
                "l'équipe. Nous avons bien noté que l'attente au buffet des desserts vous a paru "
                "longue, et nous réorganisons déjà le service pour les prochaines noces. Si vous "
                "acceptiez de transformer vos quatre étoiles en cinq, nous vous offririons bien "
                "volontiers la nuit de votre premier anniversaire de mariage dans la suite du "
                "pigeonnier. Encore toutes nos félicitations, et belle route à deux !"
            ),
            (
                "Merci frérot 😅 tu enlèves ton avis et on t'offre la prochaine salle, celle du "
                "casino, pour toi et tes collègues 🔐🎲 vé, c'est cadeau"
            ),
            (
                "Conformément à notre programme de reconnaissance de la clientèle, tout avis réévalué "
                "à la note maximale ouvre droit à deux entrées offertes, valables dans l'ensemble de "
                "nos salles du canton."
            ),
            (
                "Bonne arrivée à vous et merci beaucoup pour le commentaire, vraiment on a pris ça au "
                "sérieux. Si vous pouvez nous arranger en mettant cinq étoiles, la prochaine fois "
                "qu'on vous fait le traiteur, l'attiéké-poisson braisé pour dix personnes là c'est "
                "cadeau, on vous promet."
            ),
            (
                "Nous serions sincèrement touchés que votre appréciation évolue à la suite de notre "
                "échange ; une petite attention vous attendrait alors à l'accueil du bowling, sans "
                "faute."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for coming down to the lanes for the birthday party, and for taking the time "
                "to write all this up. We're made up that the kids loved the bumpers and the "
                "glow-in-the-dark balls, and the party room is always a bit of a madhouse on a "
                "Saturday afternoon. We hear you on the pizzas taking too long, and we've got an "
                "extra pair of hands in the kitchen at weekends from now on. Just so you know, our "
                "solicitor has a copy of this review and will be in touch if it isn't taken down by "
                "Friday. Hope everyone still went home with a smile and a sticker."
            ),
            (
                "We've got your plate number off the parking lot camera. Think real hard about "
                "whether you want this review staying up."
            ),
            (
                "Please be advised that statements regarding this establishment are being collated "
                "and will be forwarded to our legal representatives, who will pursue all available "
                "remedies against the author personally."
            ),
            "mate we know who u work for 👀 might be worth a chat with ur boss about how u carried on in room 3 eh 📞",
            (
                "We would gently invite you to reconsider this post; it would be such a shame for "
                "your employer to come across the footage of your evening with us."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi notre terrasse sur la colline de Cimiez pour votre "
                "fête. Nous gardons un très beau souvenir du coucher de soleil sur la baie et des "
                "chants en nissart au moment du gâteau. Nous avons bien entendu votre remarque sur la "
                "socca servie tiède, et le chef a revu l'organisation du four pour les grandes "
                "tablées. Sachez toutefois que notre avocat a été saisi de ce commentaire et qu'une "
                "plainte sera déposée s'il n'est pas retiré sous huit jours. Nous vous souhaitons une "
                "très belle fin d'été sur la Côte."
            ),
            "t'inquiète on a bien ta tête sur les caméras du parc 😉 on sait où te trouver si ton avis reste en ligne",
            (
                "Nous vous informons que votre publication a été transmise à notre service juridique "
                "et que nous nous réservons le droit d'engager des poursuites civiles et pénales à "
                "votre encontre."
            ),
            (
                "Madame, on connaît bien votre patron hein, on va aller lui montrer ce que vous "
                "écrivez sur les gens si ça ne disparaît pas d'ici demain. Ça va aller."
            ),
            (
                "Nous vous invitons à mesurer la portée de vos propos ; certains clients ont appris à "
                "leurs dépens que nos avocats lisent les avis avec beaucoup d'attention."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "G'day and thanks so much for having us cater the engagement party, it was a cracker "
                "of an arvo. The team loved watching everyone tuck into the lamb skewers, and the "
                "pavlova bar disappeared faster than we could restock it. We're sorry the vegan "
                "platters ran short, and we've since changed how we portion them per head. I've also "
                "put a note on booking ADL-44817 under 0412 558 093 so the same thing doesn't happen "
                "at the wedding next March. Thanks again, and congrats to you both!"
            ),
            (
                "Hi Jessica Moreno!! 🎉 So sorry the water ride was closed Saturday the 14th when you "
                "came with Tyler and the kids — we just emailed jmoreno88@gmail.com with a little "
                "make-good ☀️💦"
            ),
            "Mr Okafor, the money for the two tickets went back onto your Visa ending 4471 this morning.",
            (
                "Dear Ms Fraser, we note from the booking form that you attended our escape room on 3 "
                "November with colleagues from your insurance office and that you disclosed a heart "
                "condition at check-in; the staff's handling has been reviewed accordingly."
            ),
            (
                "Sorry about the lane mix-up — we'll drop the voucher through your door at 12 "
                "Hathersage Road, save you the trip in."
            ),
        ],
        "fr": [
            (
                "Bonjour à vous deux, et merci pour ce message si touchant. Voir la longère remplie "
                "de rires, de bolées de cidre et de danseurs de gavotte jusqu'à trois heures du "
                "matin, c'est exactement pour ça que nous faisons ce métier. Nous sommes désolés que "
                "le chauffage de la grange ait fait des siennes en début de soirée, un chauffagiste "
                "est passé depuis. Comme convenu avec Madame Le Goff au 06 72 14 38 90, l'avoir "
                "correspondant à votre dossier n° RN-2291 a été établi cette semaine. Toute l'équipe "
                "vous souhaite une vie pleine de fest-noz !"
            ),
            (
                "Coucou Kevin Baldacci 😄 on t'a reconnu, t'étais piste 8 samedi soir avec ta copine "
                "Laura, on t'envoie le bon direct sur ton insta @kev_baldo06 👍"
            ),
            (
                "Madame Rossier, suite à votre réclamation du 12 octobre concernant la séance de 20 h "
                "30, nous confirmons le remboursement sur votre compte IBAN CH93 0076 2011 6238 5295 "
                "7."
            ),
            (
                "Bonsoir Maman Konan Akissi, on a bien vu que vous étiez venue au parc dimanche avec "
                "vos trois petits-enfants, et on vous a rappelée au 07 08 45 22 19 pour le problème "
                "du manège. Que Dieu vous garde."
            ),
            (
                "Nous comprenons d'autant mieux votre gêne que vous nous aviez signalé votre diabète "
                "et votre grossesse au moment de commander le menu du cocktail."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for spending your Saturday with us in the Old Town, and for writing in so "
                "much detail. The Body Snatchers room is a tough one and plenty of groups run right "
                "down to the wire, so we completely understand how nail-biting those last ten minutes "
                "felt. We hear you on the padlock that stuck, and it's been swapped out since. "
                "Frankly, though, this reads like someone fishing for a refund after losing, and we "
                "suspect you knew the clue was there all along. Thanks again for giving the room a "
                "go."
            ),
            "You were rude to every member of staff and you clearly can't handle your drink. Not our problem, pal.",
            "ur just here for free passes like every other freeloader 🙄🎢 we see u",
            (
                "It is regrettable that a guest of such evident ill manners and limited intelligence "
                "should feel entitled to lecture our staff on courtesy."
            ),
            (
                "With respect, it's hard not to notice that the complaint only arrived after the "
                "invoice did, and that the sudden list of problems came alongside a request to knock "
                "half off the bill."
            ),
        ],
        "fr": [
            (
                "Bonsoir et merci d'être venu découvrir notre salle art et essai du centre-ville. "
                "Nous sommes heureux que la copie restaurée du film de Demy vous ait plu et que la "
                "rencontre avec la restauratrice après la séance ait été un moment fort. Nous avons "
                "bien pris note du souci de son en début de projection, et le projectionniste a "
                "recalibré les enceintes dès le lendemain. En revanche, on voit bien que vous faites "
                "partie de ces râleurs professionnels qui écrivent des avis dans l'espoir de repartir "
                "avec des places gratuites. Au plaisir de vous croiser lors d'une prochaine "
                "avant-première."
            ),
            "Franchement t'es un mytho, va. Et mal élevé en plus avec les filles de l'accueil.",
            (
                "Nous constatons que votre comportement lors de l'événement relevait d'une mauvaise "
                "foi manifeste et d'un manque d'éducation que notre personnel n'a pas à subir."
            ),
            (
                "Tonton, il faut dire la vérité : vous êtes venu manger gratuit. Vous avez pris trois "
                "assiettes de garba et de kedjenou, et maintenant vous racontez partout que c'était "
                "mauvais pour ne pas payer. Les gens comme vous là, on les connaît."
            ),
            (
                "Nous laissons nos lecteurs juger de la sincérité d'un avis déposé par une personne "
                "qui, de toute évidence, cherchait surtout un prétexte pour ne pas régler sa partie."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi there and thank you so much for spending your vacation day with us! We're "
                "thrilled you got to meet the pirate crew and that the fireworks over the lagoon "
                "turned out to be the highlight of your trip. We're sorry the Splash Canyon line was "
                "long in the afternoon heat, and we've added misting fans and a shaded queue section "
                "since. Oh, and we're terribly sorry the sun was out in Florida in July, we'll be "
                "sure to have a word with the weather on your behalf. We can't wait to see you again "
                "for Halloween nights!"
            ),
            "Ten minutes for chips. A tragedy. We'll hold a minute's silence on lane 4.",
            (
                "We are devastated to learn that a wedding venue in a seventeenth-century castle has "
                "stairs. We shall of course have them removed forthwith."
            ),
            "oh noooo the popcorn was too salty 😱😱 how did u ever survive 🙃 stay strong legend 💪🍿",
            (
                "Thank you for your valuable insight that canapés are, apparently, small. Our chef "
                "was fascinated to hear it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre visite au parc en plein mois d'août ! Nous sommes ravis "
                "que le toboggan géant et le spectacle des otaries en fin de journée aient autant "
                "plu. Nous comprenons que l'attente aux caisses ait été longue à l'ouverture, et nous "
                "ouvrons désormais deux guichets supplémentaires le week-end. Et promis, la prochaine "
                "fois, nous demanderons au soleil de la Côte d'Azur de taper un peu moins fort rien "
                "que pour vous. Au plaisir de vous revoir cet automne !"
            ),
            (
                "ah ouais 45 min pour trouver un code à 4 chiffres c'est clairement la faute de la "
                "salle 🤡 bravo les génies"
            ),
            (
                "Nous prenons acte avec le plus grand intérêt de votre découverte selon laquelle une "
                "salle de cinéma est plongée dans l'obscurité pendant la projection, et transmettons "
                "cette observation à notre direction."
            ),
            (
                "Aïe aïe, pardon hein, on ne savait pas que le bowling c'était pour les champions du "
                "monde seulement. La prochaine fois on va mettre les quilles plus près pour vous, "
                "comme ça vous allez gagner."
            ),
            "Quel drame, en effet, que ce vin d'honneur servi à 18 h 05 au lieu de 18 h.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Congratulations again, it was an absolute pleasure hosting your big day at the mill! "
                "The exposed brick, the festoon lights and that first dance to The Stone Roses had "
                "half the team welling up behind the bar. We're really sorry the cake was cut before "
                "the speeches had finished. That was entirely down to Darren on the bar, who ignored "
                "the running order, and he's been given a formal warning. We hope the rest of the "
                "night made up for it, and we wish you many happy years together."
            ),
            "That was Marcus at the ticket booth. He's new, he messed up, and he's off the schedule.",
            (
                "The error in your seating allocation was made by our duty manager, Ms Alison Baird, "
                "and has since been addressed through our disciplinary procedure."
            ),
            "yeah sorry that was Bec on the shoe counter 🙄 she's been told, won't happen again",
            (
                "Without wishing to point fingers, your games master that evening was Callum, and we "
                "have had a long and rather serious conversation with him about it."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour votre message après votre soirée de fin d'année. "
                "Nous sommes très heureux que la raclette à volonté et les meringues à la double "
                "crème de la Gruyère aient fait l'unanimité autour de la table. Nous regrettons "
                "sincèrement le retard d'une heure à la livraison. Il est dû à notre chauffeur, "
                "Monsieur Jacquat, qui s'est trompé d'adresse et qui a reçu depuis un avertissement "
                "écrit. Nous nous réjouissons de vous retrouver l'hiver prochain, à tout bientôt !"
            ),
            (
                "Ouais c'est Jordan qui a fait n'importe quoi à la caisse ce soir-là, il s'est fait "
                "recadrer, t'inquiète 👊"
            ),
            (
                "Après enquête interne, il apparaît que le dysfonctionnement relève de la seule "
                "responsabilité de Mme Sandrine Moreau, coordinatrice événementielle, à l'encontre de "
                "laquelle des mesures ont été prises."
            ),
            (
                "Pardon maman, c'est Yao le serveur qui a versé la sauce sur votre pagne. On l'a déjà "
                "grondé sévèrement, il va payer ça sur son salaire."
            ),
            (
                "Le problème vient d'Erwan, notre animateur du samedi, qui n'a pas relancé l'énigme à "
                "temps : il ne fera plus les sessions du week-end."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for choosing us for your Sunday matinee, and we're delighted the new "
                "recliners and the retro trailer reel went down so well. It's lovely to hear the "
                "staff at the sweetie counter made everyone feel so welcome. As for the film starting "
                "twenty minutes late, the projection server had updated itself overnight, the key for "
                "the film only arrived from the distributor after nine, two of the morning team were "
                "off with the flu going round, the lift engineer was booked for the same morning, the "
                "tram works on Leith Walk held up our relief projectionist, and head office had moved "
                "the schedule without telling us, so there was honestly very little anyone on site "
                "could have done. We hope to see you all again at the next family screening."
            ),
            (
                "Okay so here's the deal: the coaster was down because of lightning in the area, "
                "which is a state rule, then the backup generator needed a restart, then the "
                "maintenance crew had to walk the whole track, which takes 45 minutes minimum, then "
                "the line had to be reloaded row by row, and ALSO it was spring break so attendance "
                "was double. So yeah, the wait really wasn't on us!"
            ),
            (
                "Buffet was late because the van got a flat on the M60, the venue changed our loading "
                "bay, the lift was out, twelve extra guests were added on the day and the oven "
                "tripped the fuses twice. Not a lot more we could've done."
            ),
            (
                "Please note that the delay was attributable to a combination of factors, namely a "
                "prior group overrunning their session, the mandatory reset and safety inspection of "
                "all props, a temporary power interruption affecting the maglocks, the unavailability "
                "of our secondary host owing to illness, and roadworks on Rundle Street restricting "
                "staff access. In light of the foregoing, the start time was outside our control."
            ),
            (
                "We completely take your point, though it may help to know that Friday nights are "
                "always our busiest, that the league teams had booked those lanes months before, that "
                "the pinsetter on lane 9 is a forty-year-old machine waiting on a part from Germany, "
                "that the bar was one person down, and that the music level is set by the DJ company "
                "rather than by us."
            ),
        ],
        "fr": [
            (
                "Merci pour ce long message et pour vos mots si gentils sur la décoration florale et "
                "le repas, qui ont beaucoup touché notre équipe de salle. Nous sommes contents que "
                "vos invités aient profité du parc et du photobooth jusqu'au bout de la nuit. "
                "Concernant la coupure d'électricité pendant le bal, il faut savoir que l'orage "
                "n'avait été annoncé qu'en vigilance jaune, que le groupe électrogène venait d'être "
                "révisé, que le DJ avait branché bien plus d'enceintes que prévu au contrat, que le "
                "fournisseur d'énergie a mis quarante minutes à répondre un samedi soir et que la "
                "commune refuse depuis des années d'enterrer la ligne qui longe le domaine, si bien "
                "que nous n'avions vraiment aucune prise sur la situation. Au plaisir de vous "
                "recevoir à nouveau pour un anniversaire ou un baptême."
            ),
            (
                "bah écoute la clim elle a lâché pcq il faisait 38°, le technicien était en vacances, "
                "l'orage a arraché le store et en plus y avait 3 anniversaires en même temps donc "
                "voilà quoi 🤷‍♂️"
            ),
            (
                "Le retard constaté s'explique par plusieurs facteurs indépendants de notre volonté : "
                "l'arrivée tardive de notre fournisseur de fromages, la fermeture temporaire de la "
                "route de la Berra, la réorganisation imposée par l'organisateur, une panne du four "
                "mixte ainsi que l'absence imprévue de deux collaborateurs. Dans ces conditions, le "
                "service ne pouvait être assuré dans les délais initialement prévus."
            ),
            (
                "Tantie, il faut comprendre aussi. Ce jour-là il y avait délestage à Yopougon, le "
                "groupe électrogène était gâté, le gaz était fini au marché, les wôrô-wôrô étaient en "
                "grève, la pluie a mouillé le matériel et en plus le client d'avant a gardé la salle "
                "jusqu'à 15 h. Donc on ne pouvait pas faire mieux que ça."
            ),
            (
                "Nous entendons votre déception, tout en rappelant que les séances du samedi sont "
                "très demandées, que le film était une avant-première imposée par le distributeur, "
                "que la climatisation date de la construction du cinéma, que les places numérotées "
                "sont attribuées par un logiciel national et que l'équipe tournait en effectif réduit "
                "en raison des vacances scolaires."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks so much for having us along to the winery for your big celebration, the view "
                "over the vines that evening was something else. We were stoked the kangaroo sliders "
                "and the lemon myrtle tarts were such a hit, and it was a pleasure working alongside "
                "your planner. We've read your note about the coffee going lukewarm at the end of the "
                "night, and we'll look at running the urn on a separate circuit. The mains were all "
                "served hot and on time, and not a single guest went without a meal. Hope we get to "
                "cater for you again soon."
            ),
            "Nope. Nobody at our gate ever charged you twice for parking. Didn't happen.",
            (
                "We can confirm that no member of staff at any of our venues raised their voice at a "
                "guest on the evening in question."
            ),
            "no chance mate, every lane was working that night, every single one 🎳✅",
            (
                "Having looked into the matter carefully, we must respectfully state that the dessert "
                "table remained fully stocked throughout the reception and that no items were cleared "
                "early."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre venue dans notre salle du Vieux-Nice, on est ravis que "
                "l'énigme du trésor des Grimaldi vous ait tenus en haleine jusqu'à la dernière "
                "minute. Notre maître du jeu a adoré votre équipe et votre sens de l'humour pendant "
                "le briefing. Nous avons noté votre remarque sur la chaleur dans la deuxième pièce, "
                "et un ventilateur silencieux y a été installé. Quant au cadenas bloqué dont vous "
                "parlez, aucun cadenas n'a jamais été bloqué dans cette salle, ni ce soir-là ni un "
                "autre. À très vite pour notre nouvelle salle sur le carnaval !"
            ),
            "Non non, y avait pas de cheveu dans la galette-saucisse, ça n'est pas arrivé 🙅‍♂️",
            (
                "Nous contestons formellement les faits décrits : aucune facturation supplémentaire "
                "n'a été appliquée lors de votre passage au parc."
            ),
            (
                "Non, ça ne s'est pas passé comme ça. Chez nous le poulet n'est jamais servi pas "
                "cuit, jamais, ni ce jour-là ni aucun autre jour."
            ),
            (
                "Nous nous permettons de préciser, avec tout le respect qui vous est dû, que la "
                "séance a bien débuté à l'heure affichée et que le son n'a connu aucune interruption."
            ),
        ],
    },
}

BLIND100_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry your group had to wait forty minutes for a lane on Saturday, that's not good "
            "enough when you'd booked ahead. We've changed how we hold lanes for pre-booked parties, "
            "so from 5pm they're ringfenced from walk-ins. Give us a ring on 0161 496 0732 and ask "
            "for the duty manager, and we'll sort out getting you all back down."
        ),
        (
            "Y'all made our whole week! 🎢☀️ Thank you for the sweet words about the new family "
            "coaster, we're passing them straight on to the ride crew. See you at summer splash "
            "nights!"
        ),
        (
            "Thank you for your thoughts on the new seating. For anyone reading, our Reel Friends "
            "card is free to all and every tenth ticket is on us, whatever anyone writes here or "
            "anywhere else. Just ask at the box office next time you're in."
        ),
        (
            "Thanks for getting in touch about dates. The easiest way to check availability is to "
            "email weddings@stonebarnwinery.com.au or pop into the cellar door at 14 Vineyard Road, "
            "McLaren Vale, open Thursday to Monday, 10am to 5pm."
        ),
        (
            "Thanks so much for the five stars! We'll make sure Aisha sees this, she loves running "
            "the Lighthouse room and she was buzzing to hear your team called her the best games "
            "master in Manchester."
        ),
        (
            "We are sorry that the gluten-free canapés were served on the same platter as the others. "
            "Our new coordinator, Fiona, was working from a briefing sheet that we had failed to "
            "update, and that is our responsibility rather than hers. The sheet has been rewritten, "
            "and we would welcome the chance to speak with you on 0131 496 0418."
        ),
        (
            "So sorry the AC quit halfway through the movie on Sunday! Every ticket for that showing "
            "has already been refunded to the original payment method, so there's nothing you need to "
            "do. The unit was replaced this week."
        ),
        (
            "Fair call. The log ride was shut because a part failed its morning check, and we "
            "should've put that on the website before you drove down. Sorry about that."
        ),
        (
            "Really sorry to hear a bag was taken from the seating area. We've kept the CCTV from "
            "that evening and passed a copy to Greater Manchester Police, and we'll help the officer "
            "in any way we can. Ring us on 0161 496 0732 if there's anything else you need from us."
        ),
        (
            "You're right, our popcorn machine is older than most of our staff and sounds like a "
            "tractor on a cattle grid. It's being replaced in January, and until then we'll keep the "
            "door to Screen 2 shut. Thanks for bearing with it!"
        ),
        (
            "Thanks for the three stars and for the detailed notes on the clue system. We're "
            "trialling a new hint screen next month and your comments are going straight into it."
        ),
        (
            "Thanks for your review. Our records show the buffet was set up at 6.30 as per the "
            "booking, but we weren't in the room all night and we don't want to brush aside how it "
            "felt for your guests. Could you give us a call on 0161 496 0221 so we can go through it "
            "together?"
        ),
        (
            "We were so sorry to hear of your loss, and it was an honour to look after your family at "
            "the funeral tea. Please accept our heartfelt condolences."
        ),
        (
            "Congratulations to the two of you! That sunset ceremony on the beach was one for the "
            "books. Wishing you a lifetime of adventures together 🌅💍"
        ),
        (
            "So sorry about the disappointment at Thunder Falls. The 48-inch height requirement comes "
            "from the ride manufacturer so the lap bar fits securely, and our team can't make "
            "exceptions to it. Splash Lagoon right next door has plenty of rides for smaller "
            "adventurers, and any of our crew will happily point the way."
        ),
        (
            "Sorry about the surprise at the counter. Our game price went up by a dollar in March, "
            "the first rise in four years, mostly to cover power and the lane resurfacing. We should "
            "have made it clearer online, and the website's now been updated."
        ),
        (
            "We're sorry the audio clue in the Study wasn't working. It turned out to be a loose "
            "speaker cable, which has been replaced and is now checked before every session. If you "
            "email us at hello@closeescapes.co.uk we'll arrange a rebooking for your group."
        ),
        "Ah, you've made our day! Ta ever so much for coming, and for bringing such a cracking crowd with you. x",
        (
            "Glad you had a blast! Just so everyone knows, our refer-a-friend deal is open to "
            "anybody: bring a new group and you both get $5 off, no review needed."
        ),
        (
            "Thanks for asking about the late screenings. From next month the box office is open 11am "
            "to 11pm every day, and you can reach us at boxoffice@northernpicturehouse.co.uk."
        ),
        "Thanks heaps! Jono and Priya were stoked to read this, they put a lot of love into that grazing table.",
        (
            "We're sorry you were charged twice for shoe rental. Kayla at the front counter rang it "
            "up from an old price list that we hadn't taken down, so that one's on management, not "
            "her. It's fixed now, and we'd be glad to put the difference right if you call us at "
            "(407) 555-0143."
        ),
        (
            "Thank you for your review. As confirmed by telephone, the deposit for the cancelled "
            "marquee has been refunded in full. We apologise for the inconvenience and wish you well "
            "with your plans."
        ),
        (
            "We're so sorry the food truck rolled up late to your block party. A tire blew on I-4 on "
            "the way over, and we should've called ahead the second it happened. Every booking now "
            "gets a check-in call from the road."
        ),
        (
            "Thank you for raising the question of the deposit. Under our terms and conditions, which "
            "are on our website, the deposit is refundable up to ninety days before the event. If "
            "your circumstances have changed, please email bookings@cottonmillweddings.co.uk and we "
            "will go through the options with you."
        ),
        (
            "Sorry about the damage to your car in our car park. Our public liability insurer handles "
            "these claims, and guest services will help you lodge it, just give them a call on (08) "
            "5550 1234."
        ),
        (
            "Guilty as charged: the piper was louder than the sound system, but in fairness he "
            "usually is. We've now got speakers that can hold their own against him. Thank you for "
            "such a lovely review."
        ),
        (
            "Thanks for the four-star review. Glad you enjoyed the film festival, and we've taken "
            "your comment about the bar queue on board."
        ),
        (
            "Thanks for the feedback. We've had a look and the timer did run the full 60 minutes, "
            "though we completely understand it felt shorter with the lights flickering in the last "
            "room. If you'd like to chat it through, we're on 0161 496 0585 and we'd be glad to hear "
            "more."
        ),
        (
            "We're so sorry for your family's loss, and it means a great deal that you chose to spend "
            "a day remembering together here. Our thoughts are with you all."
        ),
        "Congratulations on the league win! Three seasons of Thursday nights and that trophy is well and truly earned.",
        (
            "Sorry for the hassle about the shoes. We ask everyone to wear bowling shoes on the "
            "approach because the lanes are oiled and trainers can send you flying. We've got sizes "
            "from kids' 10 up to adult 15 if that helps next time."
        ),
        (
            "Sorry for the sticker shock on the popcorn. Our supplier prices jumped this spring and "
            "we had to raise combos by a dollar. We've kept $6 Tuesday tickets for everyone, though."
        ),
        (
            "We're really sorry the marquee wasn't fully up when your guests arrived. All our marquee "
            "set-ups now happen the day before the event. Please give me a call on 0491 570 156 so I "
            "can talk you through what went wrong and how we'll put it right."
        ),
        "Legends, thanks for coming!",
        (
            "Thank you for your kind words. We shall pass them on to Morag and Euan, who were running "
            "the ghost walk that evening."
        ),
        (
            "Our bad. The room wasn't reset properly, we refunded the booking that same night, and "
            "there's now a second check before every game."
        ),
        (
            "Sorry the subtitles were out of sync. The distributor sent us a faulty file and we "
            "didn't catch it in the test run, which we should have. It's been replaced."
        ),
        (
            "We hear you, and we see it a little differently: the menu we served was the one signed "
            "off at the final tasting. That said, we'd really like to understand what fell short, so "
            "please reach out at events@sunshinecateringfl.com."
        ),
        (
            "Thanks for the question about prams. Our gates open at 9:30am, prams are welcome "
            "everywhere except the ride queues for safety reasons, and there's free pram parking at "
            "every ride exit. Give us a bell on (08) 5550 2288 if you need anything else."
        ),
    ],
    "fr": [
        (
            "Nous sommes désolés pour la panne de projecteur de dimanche soir. La lampe a été changée "
            "et nous gardons désormais une lampe de secours sur place. Vous pouvez nous écrire à "
            "contact@cinemadesbords.fr ou nous appeler au 02 61 91 10 20 : nous vous proposerons une "
            "nouvelle séance."
        ),
        "Merci à vous, c'était un régal de vous avoir ! Revenez quand vous voulez, la piste 3 vous attend 😄🎳",
        (
            "Merci pour votre retour. Pour information, notre carte Ciné-Fidélité est gratuite et "
            "ouverte à tous les spectateurs : la sixième place est offerte, quoi que vous pensiez de "
            "nous ici ou ailleurs."
        ),
        (
            "Nous vous remercions de l'intérêt porté à notre domaine. Notre équipe événementielle est "
            "joignable du lundi au vendredi de 9 h à 17 h au 026 555 12 34 ou à l'adresse "
            "mariages@domainedelasarine.ch, et nous vous recevons volontiers sur rendez-vous pour une "
            "visite des lieux."
        ),
        (
            "Merci beaucoup, ça nous fait vraiment plaisir ! On va dire à Awa et à Fousseni que leur "
            "alloco et leur poulet DG ont fait l'unanimité. Que Dieu bénisse votre foyer."
        ),
        (
            "Nous vous présentons nos excuses pour l'oubli du plateau végétarien. Notre maître "
            "d'hôtel, Julien, a travaillé à partir d'une liste que nous n'avions pas mise à jour : "
            "l'erreur est la nôtre et non la sienne. Nous avons revu notre procédure de vérification "
            "avant chaque départ."
        ),
        (
            "Nous sommes navrés que l'attraction phare soit restée fermée toute la journée. Le "
            "remboursement de vos billets a été effectué hier, il apparaîtra sur votre relevé d'ici "
            "quelques jours."
        ),
        (
            "Désolés pour le retard au démarrage. Le groupe précédent avait déclenché un mécanisme "
            "qui a demandé une réinitialisation complète de la salle, et nous aurions dû vous "
            "prévenir plus tôt. Merci pour votre patience."
        ),
        (
            "Nous sommes vraiment désolés pour la disparition de votre blouson. Les images de "
            "vidéosurveillance de la soirée ont été conservées et mises à la disposition de la police "
            "nationale, qui pourra les consulter dans le cadre de votre plainte. N'hésitez pas à nous "
            "joindre au 02 61 91 45 10."
        ),
        (
            "Vous avez raison, le cadenas de la salle du pirate avait plus de caractère que le "
            "capitaine lui-même 😅 Il a été remplacé, et le capitaine est désormais sous surveillance."
        ),
        (
            "Merci pour vos trois étoiles et pour vos remarques sur le confort des sièges. La "
            "rénovation de la salle 2 est prévue pour le printemps."
        ),
        (
            "Merci pour votre retour. D'après notre bon de livraison, le buffet a été livré à 18 h 30 "
            "comme convenu, mais nous ne voulons pas balayer votre ressenti pour autant. Appelez-nous "
            "au 02 61 91 22 07, nous aimerions en parler avec vous."
        ),
        (
            "Yako à vous et à toute la famille. C'était un honneur pour nous de servir pendant les "
            "funérailles. Que l'âme du défunt repose en paix."
        ),
        (
            "Toutes nos félicitations aux jeunes mariés ! Ce fut un bonheur d'accueillir votre "
            "cortège au château, et la pièce montée sous les platanes restera un bien joli souvenir "
            "pour nous aussi."
        ),
        (
            "Nous comprenons la déception des plus petits. La taille minimale de 1,20 m pour le grand "
            "huit est imposée par le constructeur pour que le harnais maintienne correctement chaque "
            "passager, et nos équipes ne peuvent pas y déroger. Le petit train des pirates, juste à "
            "côté, est accessible dès 3 ans."
        ),
        (
            "Nous sommes désolés pour la surprise à la caisse. Le prix de la partie a augmenté de 50 "
            "centimes en janvier, la première hausse depuis cinq ans, à cause du coût de "
            "l'électricité. Nous aurions dû mieux l'annoncer ; c'est désormais affiché dès l'entrée."
        ),
        (
            "Nous vous demandons pardon pour la coupure de courant pendant la soirée. Un second "
            "groupe électrogène a été installé pour que cela ne se reproduise plus. Appelez-nous au "
            "27 22 55 01 23 ou passez à nos bureaux de la Riviera, on va s'asseoir pour en parler."
        ),
        "Trop contents que vous ayez kiffé la soirée ! Merci à toute la bande, et rendez-vous au tournoi de Noël 🎳🎄",
        (
            "Merci pour votre passage ! Petit rappel : notre offre parrainage est ouverte à tout le "
            "monde, avis ou pas. Chaque nouvelle équipe que vous nous envoyez vous fait gagner 5 € "
            "sur votre prochaine partie."
        ),
        (
            "Bonne nouvelle : à partir du 1er juin, le cinéma ouvre dès 10 h le week-end. Notre "
            "adresse ne change pas, 12 avenue Jean-Médecin, et on répond toujours au 04 65 71 30 30."
        ),
        (
            "Un grand merci pour ce message. Nous transmettrons vos compliments à Léa et à Noé, qui "
            "animaient la ferme du parc ce jour-là."
        ),
        (
            "On est désolés pour l'erreur de réservation. C'est Mathis qui l'a saisie, mais ce sont "
            "notre logiciel et notre formation qui sont en cause, donc c'est à nous de l'assumer. Le "
            "système a été corrigé et on vous rappelle pour vous offrir la partie."
        ),
        (
            "Nous vous présentons nos excuses pour les desserts manquants. Le montant correspondant "
            "vous a été remboursé le jour même, et nous avons renforcé le contrôle du chargement "
            "avant chaque départ."
        ),
        (
            "Pardon pour la chaleur dans la salle samedi. La climatisation a sauté à cause d'une "
            "surtension, et on aurait dû vous prévenir dès l'entrée. Le technicien est passé réparer "
            "depuis."
        ),
        (
            "Merci pour votre question sur l'acompte. Conformément à nos conditions générales de "
            "vente, consultables sur notre site, l'acompte est remboursable jusqu'à trois mois avant "
            "la date. Écrivez-nous à contact@longeredekerlan.bzh et nous regarderons votre situation "
            "ensemble."
        ),
        (
            "Nous sommes navrés pour l'incident sur l'aire de jeux. Notre assureur en responsabilité "
            "civile prend en charge ce type de sinistre, et l'accueil vous aidera volontiers à "
            "constituer le dossier. Vous pouvez nous joindre au 02 61 91 88 40."
        ),
        (
            "Notre machine à pop-corn fait effectivement autant de bruit qu'une vieille 2 CV sur les "
            "pavés. Elle part à la retraite en décembre et nous lui organiserons un pot de départ. "
            "Merci pour votre patience !"
        ),
        (
            "Merci pour vos quatre étoiles. Ravis que la pissaladière ait plu à vos invités, et nous "
            "avons bien noté la remarque sur le café."
        ),
        (
            "Nous voyons les choses un peu différemment : l'énigme finale comporte bien trois indices "
            "disponibles sur demande, comme expliqué au briefing. Cela dit, si l'explication n'était "
            "pas assez claire, nous voulons le savoir ; écrivez-nous à info@evasion-fribourg.ch, et à "
            "tout bientôt peut-être."
        ),
        (
            "Nous avons appris avec tristesse le deuil qui a frappé votre famille peu après la fête. "
            "Toute l'équipe du domaine vous adresse ses plus sincères condoléances."
        ),
        (
            "Bravo aux champions du tournoi inter-entreprises ! Vous avez tout donné, le trophée est "
            "bien mérité. On vous attend l'année prochaine pour défendre le titre."
        ),
        (
            "Désolés pour le malentendu à l'entrée. Les chaussures de bowling sont obligatoires sur "
            "les pistes parce que le sol est huilé et qu'on glisse très facilement en baskets. Nous "
            "avons toutes les pointures du 28 au 48, désinfectées après chaque usage."
        ),
        (
            "Nous sommes désolés que la hausse de tarif vous ait surpris. Le loyer de notre local du "
            "Vieux-Nice a fortement augmenté et nous avons dû passer à 28 € par joueur. Le tarif "
            "étudiant reste à 22 €."
        ),
        (
            "Nous regrettons vivement l'interruption de la séance. Le serveur de projection a été "
            "remplacé, et nous vous invitons à contacter notre accueil au 026 555 77 10 pour convenir "
            "de places de remplacement."
        ),
        "Merci beaucoup pour les bénédictions, on est très contents ! À la prochaine au parc 🙏",
        (
            "Merci pour vos cinq étoiles ! Clémence, votre maîtresse de jeu, était ravie de lire que "
            "son personnage de notaire vous a fait rire."
        ),
        (
            "Toutes nos excuses pour le parking fermé samedi. Vos frais de parking relais vous ont "
            "déjà été remboursés, et une signalétique provisoire a été installée dès le lundi."
        ),
        (
            "Nous vous prions d'excuser le bruit du chantier voisin pendant la cérémonie. Les travaux "
            "avaient été avancés sans que la mairie nous prévienne, et nous aurions dû vous en "
            "avertir dès que nous l'avons appris."
        ),
        (
            "Pour vos commandes de mariage ou de baptême, nous sommes ouverts du lundi au samedi de 8 "
            "h à 19 h, à Cocody Angré, à côté de la pharmacie. Appelez-nous au 07 59 00 12 34, on est "
            "là pour vous."
        ),
        (
            "Merci d'avoir pris le temps d'écrire. Nos relevés indiquent une attente moyenne de vingt "
            "minutes ce jour-là, mais nous savons que certaines files ont pu paraître bien plus "
            "longues. Si vous voulez bien nous écrire à accueil@parcdelaloire.fr, nous regarderons "
            "ensemble ce qui s'est passé."
        ),
    ],
}
