"""Blind reply set, round 94: owner replies the pre-post check has never seen.

Who and when: written by helper b92, an independent writer, on 2026-12-06,
for the pre-post reply check (brief "round 92").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hairdressers, barbers, beauty and tanning salons, massage and yoga studios,
swimming pools and climbing gyms.  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of the round
20 file, read only to copy its format, the writer did NOT read the application
code, docs, training data, benches, any other test file or earlier blind set,
any other folder under /work, the git history or /work/.library; did not run
the check, any test or any bench on these replies (only a syntax parse, a
count of entries and ruff); and did not search the code.  Nothing here was
adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every bad reply carrying exactly one fault; and forty good
English and forty good French replies.
Registers: French from Marseille, Dijon, Besançon, Liège and Québec, in
familiar speech, texting with emoji and very polite or formal French; English
from Leicester, Galway, the Gold Coast and Texas, bubbly, curt and
passive-aggressive, plus texting with emoji and corporate English; veiled and
polite phrasings; one-liners; and, for every code and language, one long warm
reply (the first of each list) whose fault sits in a single sentence in the
middle.  Good replies include look-alikes that are not faults: an apology
with a concrete fix and an offline channel, warm thanks to happy customers, a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND94_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Aww, this genuinely made our Tuesday, thank you! We could tell you were nervous about "
                "going from dark brown to a soft caramel balayage, and Gemma loved every minute of "
                "talking you through the toning. Leicester had thrown its worst drizzle at you on the way"
                " in, so we're chuffed the blow-dry survived the walk back to the car park. If you fancy "
                "bumping that four up to a five, your next fringe trim and gloss are on us, just mention "
                "it when you book. Can't wait to see how the colour settles in a few weeks, and thanks "
                "again for trusting us with it!"
            ),
            (
                "Y'all are the sweetest 🤠🧗 delete that 2-star and your next month of bouldering's on the "
                "house, pinky promise!!"
            ),
            (
                "Clients who update their published feedback to reflect a five-star experience are "
                "eligible for a complimentary upgrade to our Luxe Bronze spray package at their next "
                "appointment."
            ),
            (
                "Sorry the sauna was out of action, a chara. If you'd be good enough to let that review "
                "quietly slip away, there's a wee envelope waiting for you behind the desk."
            ),
            (
                "Show us a 5 star review on your phone at reception and you'll get 20% off the next term "
                "of swim lessons. Cheers."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce retour si détaillé ! Nous sommes heureux que le "
                "modelage aux pierres chaudes vous ait fait oublier, le temps d'une heure, le froid de "
                "janvier à Dijon. Camille met un soin particulier à choisir les huiles selon chaque "
                "personne, et elle a été touchée de lire que vous vous étiez presque endormie. Si vous "
                "preniez deux minutes pour passer votre note à cinq étoiles, votre prochain soin serait "
                "prolongé d'une demi-heure sans supplément. Nous espérons vous retrouver très vite dans "
                "notre petite cabine de la rue Berbisey."
            ),
            "oh fada merci 😍 tu retires ton avis et la prochaine coupe c'est cadeau, juré sur la Bonne Mère 💈",
            (
                "Nous vous serions infiniment reconnaissants de bien vouloir réviser votre évaluation ; "
                "en témoignage de notre gratitude, une séance de bronzage vous serait alors offerte."
            ),
            "Allez, sois chic, remonte ta note à 5 et on te met une entrée piscine en plus pour rien, hein, une fois !",
            (
                "Toute personne ayant publié un avis cinq étoiles sur notre page bénéficie de 15 % de "
                "remise sur son abonnement annuel à la salle de bloc."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write such a thorough account of your first month with "
                "us. It's lovely to hear the Saturday slow-flow class has become a fixed point in your "
                "week, and Niamh will be delighted you finally nailed crow pose on the seafront mat. Just"
                " so you know, our solicitor has read this review and will be writing to you at home if "
                "it isn't taken down by Friday. We'd love to see you back for the autumn workshop series,"
                " and the herbal tea is still on us after every class."
            ),
            "Keep runnin' your mouth, partner. Small town. We know which truck's yours.",
            (
                "Please be advised that our legal department has been instructed to pursue damages for "
                "defamation should this review remain online beyond 48 hours."
            ),
            (
                "mate post one more review like this and you're banned from every gym on the coast, all "
                "the owners talk 😉💪 watch yourself"
            ),
            (
                "It would be a real shame if the rest of the estate found out how you actually behaved in"
                " that chair. Food for thought, love."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de partager votre expérience dans notre institut"
                " de Besançon. Nous sommes ravis que l'épilation au sucre vous ait semblé moins "
                "douloureuse que la cire, c'est justement pour cela que nous l'avons adoptée l'an "
                "dernier. Sachez toutefois que nous avons conservé vos coordonnées et que notre avocat "
                "prendra contact avec vous si ce commentaire n'est pas retiré. Notre équipe vous souhaite"
                " un très bel hiver et espère vous accueillir à nouveau pour la saison des mariages."
            ),
            (
                "continue à raconter n'importe quoi et tu vas voir, on sait très bien où tu traînes le "
                "soir au Vieux-Port 😤"
            ),
            "Ok là tu retires ça ou on appelle ton boss, on sait c'est qui 🙄",
            (
                "Nous vous informons qu'une plainte pour diffamation sera déposée à votre encontre auprès"
                " du parquet de Liège si ces propos ne sont pas retirés sous huitaine."
            ),
            (
                "Il serait regrettable que votre entourage apprenne dans quel état vous avez quitté notre"
                " spa ce soir-là. Nous vous laissons y réfléchir."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Oh hun, thank you for being so patient with us while the new booths were being fitted! "
                "We know the old rapid-tan machine had a mind of its own, so it's brilliant to hear the "
                "new one gave you such an even glow before your cousin's do. We've found your booking, "
                "ref TAN-48213 for Saturday at 3pm, and the manager will ring you back on 07700 900412 "
                "this afternoon. Honestly, customers like you make the early starts worth it, and we hope"
                " the photos came out gorgeous!"
            ),
            (
                "Hey Brittany!! So glad you and Cody enjoyed the couples massage last Tuesday 💆\u200d♀️💕 come "
                "back soon y'all!"
            ),
            (
                "We have reviewed membership account 5520-1187 and note that the direct debit from the "
                "card ending 4471 failed on 2 March; our finance team will be in touch."
            ),
            (
                "Sorry to hear it, Siobhán. Given you're 22 weeks pregnant we'll move you to the gentle "
                "Thursday flow instead of the hot room."
            ),
            (
                "So sorry about the chlorine sting, Jake! We've emailed a voucher to "
                "jmorrison88@gmail.com so check your junk folder 🏊\u200d♂️"
            ),
        ],
        "fr": [
            (
                "Bonjour et un grand merci pour ce message qui nous a fait très plaisir ! Nous sommes "
                "contents que la barbe à l'ancienne, avec serviette chaude et rasoir droit, vous ait "
                "rappelé le salon de votre grand-père à Endoume. Je vous ai d'ailleurs rappelé hier soir "
                "au 06 39 98 41 27 pour vous proposer le créneau du jeudi, mais sans réponse. Toute "
                "l'équipe du salon vous attend avec le café et la bonne humeur, et on garde un œil sur le"
                " match pour vous en parler la prochaine fois."
            ),
            "Allo Marie-Ève! Pas de trouble pour ta réservation #Q-20931, on te replace samedi 10 h 👍",
            (
                "Madame Lefèvre, nous avons bien noté que votre hernie discale ne permettait pas le "
                "massage profond qui vous a été prodigué le 3 mars."
            ),
            (
                "Salut Kevin, t'étais venu avec ta copine Laura jeudi passé au bassin de Jonfosse, on "
                "s'en souvient bien, désolé pour les vestiaires !"
            ),
            (
                "Nous vous renvoyons bien volontiers la facture au 12 rue Battant, deuxième étage, comme "
                "convenu au téléphone."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "G'day and thanks for swinging by the gym over the school holidays! It's always fun "
                "seeing new faces on the slab wall, and the crew loved how keen your kids were to have a "
                "crack at the kids' traverse. We've taken on board what you said about the chalk buckets "
                "and there are more around the bouldering cave now. Between us, though, it's pretty "
                "obvious you're a tight-arse angling for a free month pass. Hope the rest of your stay on"
                " the coast was a cracker and the surf was kind to you."
            ),
            "You're a liar and everybody in this town knows it.",
            "Some people just can't be pleased, and you, love, were rude and nasty from the minute you sat down.",
            "Ah, you're some chancer. New complaint every month and every month you're after the fee back.",
            (
                "The reviewer's conduct during the session was consistent with that of an individual of "
                "limited courtesy and questionable honesty."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir suivi notre stage de yin yoga pendant tout le mois de novembre."
                " C'était une joie de voir le groupe s'agrandir semaine après semaine, et l'ambiance du "
                "dimanche matin dans la salle d'Outremeuse restera un beau souvenir pour nous aussi. Mais"
                " soyons francs : vous êtes quelqu'un de malhonnête qui cherche seulement à se faire "
                "rembourser un abonnement déjà utilisé. Nous souhaitons à toutes et à tous de belles "
                "fêtes, et la reprise aura lieu le 8 janvier."
            ),
            "t'es qu'un mytho frère, tout le quartier le sait",
            "Franchement, t'es juste un chialeux qui veut avoir ça gratis.",
            (
                "Votre mauvaise foi manifeste et votre impolitesse constante rendent toute discussion "
                "avec vous parfaitement inutile."
            ),
            "Il y a des clientes qui inventent des problèmes au moment de payer, et vous en faites clairement partie.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Well howdy, and thank you for choosing us for your first deep-tissue session! We're real"
                " glad the stretching afterwards helped with that stiff shoulder, and Rosa says you were "
                "a champ about the knots around your neck. Oh, and we're so sorry our therapist's hands "
                "weren't pre-warmed to the exact temperature of a Houston sidewalk in August, we'll get "
                "right on installing a furnace in the treatment room. Otherwise we hope you're moving "
                "easier this week, and the door's always open."
            ),
            "omg a WHOLE five minute wait?? how did you survive 😱😂 stay strong hun",
            "Grand, we'll drain the pool and warm it up by hand for you next time.",
            (
                "Cheers for the heads-up that climbing walls are, shock horror, quite high. We'll have a "
                "word with gravity."
            ),
            (
                "We thank you for your pioneering discovery that tanning may result in darker skin, and "
                "will update our literature accordingly."
            ),
        ],
        "fr": [
            (
                "Allo et merci d'être passée au salon pour ta coupe d'automne! On a eu bien du fun à "
                "jaser de ton voyage en Gaspésie pendant que la couleur posait, pis Karine a trouvé que "
                "le cuivré t'allait super bien. Pis on s'excuse sincèrement que ta frange fasse pas "
                "exactement comme sur ta photo Pinterest filtrée au boutte, la prochaine fois on va "
                "engager une fée marraine. En tout cas, on te souhaite un bel hiver pis on a hâte de te "
                "revoir pour la retouche."
            ),
            (
                "ah ouais l'eau de la piscine était mouillée ?? quelle horreur 😱 on va porter plainte "
                "contre la mer aussi 🤣"
            ),
            (
                "Nous prenons bonne note que notre hammam est, à votre grand étonnement, chaud et humide."
                " Nos ingénieurs planchent déjà sur un hammam sec."
            ),
            "Oufti, une mèche un poil trop courte, c'est la fin du monde, on allume une bougie pour toi.",
            "Bravo pour cette analyse d'expert en escalade, rédigée après vingt minutes au pied du mur.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks a million for coming back to us after all these years, it was great to have you "
                "in the chair again. Galway's changed a fair bit since you emigrated, but we like to "
                "think the banter in here hasn't. The fade went wrong because Ciarán rushed it to get out"
                " for his lunch, and he's had a proper talking-to about it. Mind yourself on the trip "
                "home, and give our best to the lads in Boston."
            ),
            "That was Kayla. She's been written up. Won't happen again.",
            "sorry babe 🙈 Mia forgot your toner, totally on her, she's off the roster now ✂️",
            (
                "Not that we like to point fingers, but the person who left you under the dryer for forty"
                " minutes was Priya, and she knows it."
            ),
            (
                "An internal investigation established that lifeguard Daniel Okafor failed to follow "
                "procedure; appropriate disciplinary measures have been taken."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce long message, nous l'avons lu avec beaucoup d'attention. Nous "
                "sommes heureux que l'accueil, la tisane et le calme de la cabine vous aient plu, et que "
                "vous ayez trouvé notre petit institut près de la Citadelle facilement malgré la neige. "
                "Le problème vient entièrement de Léa, qui a oublié de noter votre allergie aux huiles "
                "essentielles, et elle a reçu un avertissement. Nous vous souhaitons une très belle fin "
                "d'année et espérons vous revoir au printemps."
            ),
            "c'est Kevin qui a raté ta coupe, pas nous, il est viré 🤷\u200d♂️",
            (
                "Après vérification, l'erreur de réservation est imputable à notre réceptionniste Sophie "
                "Tremblay, qui fera l'objet de mesures disciplinaires."
            ),
            "Faut pas nous en vouloir, c'est Jérôme qui a mal assuré la corde, on lui a passé un fameux savon.",
            (
                "Nous nous permettons de préciser que la pose de vos ongles a été réalisée par Clémence, "
                "à qui nous avons depuis rappelé les règles élémentaires du métier."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you so much for visiting the salon and for being so chatty with the girls, they "
                "really enjoyed having you in. The brow lamination looks fab in the photo you posted and "
                "we're glad you loved the tint. On the day of your wax, the boiler had packed in, two of "
                "the team were off with flu, the card machine kept dropping signal, a delivery turned up "
                "mid-morning and the council were digging up Narborough Road outside, so the wax was "
                "never going to heat evenly. Have a lovely Christmas and we hope to see you in the new "
                "year."
            ),
            (
                "ok so hear us out 🙏 the AC broke, the storm knocked the power out twice, our new girl "
                "started that week, the solution shipment got stuck in Dallas AND it was spring break so "
                "we were slammed 😩 it was a LOT"
            ),
            (
                "Heating failed. Lifeguard rota short. Half-term crowds. Pump being serviced. Council "
                "inspection same morning. Booking system down. That's why."
            ),
            (
                "The delay to your class resulted from a combination of factors, including an unforeseen "
                "instructor substitution, a fire-alarm test scheduled by building management, the ongoing"
                " refurbishment of Studio 2, statutory capacity limits and a software migration affecting"
                " our booking platform, all of which were outside our direct control and consistent with "
                "our published terms."
            ),
            (
                "Just so you understand: school holidays, two staff down with covid, wet weather pushing "
                "everyone indoors, a chalk shortage from our supplier and the auto-belay recertification "
                "all landed in the same week. We're only human."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'être venue nager avec nous cet automne, ça nous fait toujours plaisir"
                " de voir des habituées revenir au bain libre du matin. Les sauveteurs parlent encore de "
                "votre fameux muffin aux bleuets. Faut comprendre que cette semaine-là, la thermopompe a "
                "lâché, deux sauveteurs étaient en examen, la Ville avait changé l'horaire des bains "
                "libres, le camp de jour avait réservé trois couloirs pis le système de chlore était en "
                "entretien, donc l'eau était forcément plus froide. Au plaisir de vous revoir dans le "
                "couloir rapide."
            ),
            (
                "franchement c'était le mistral, la clim en panne, Sandra en congé mat, le match de l'OM "
                "le soir, tout le monde voulait sa coupe avant 😩 on pouvait pas faire mieux"
            ),
            (
                "Nous tenons à rappeler que ce retard résulte de plusieurs facteurs cumulés : l'absence "
                "imprévue d'une praticienne, des travaux de voirie rue de la Liberté, une panne du "
                "chauffe-eau, un rendez-vous précédent prolongé à la demande d'une cliente et la mise à "
                "jour de notre logiciel de caisse."
            ),
            (
                "Ouais mais faut savoir que le chauffage de la salle est vieux, que le proprio veut pas "
                "le changer, que la prof venait de Namur avec les bouchons sur l'E42, qu'il y avait grève"
                " des bus et que les tapis neufs étaient pas encore livrés."
            ),
            (
                "Sachez simplement que nous étions deux pour quinze rendez-vous, que le fournisseur de "
                "cire a livré avec trois jours de retard, que la neige a bloqué la moitié de l'équipe à "
                "Pontarlier et que la cabine UV était en maintenance obligatoire. Voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hey there, and thank you for giving our little Austin salon a try, we know there are a "
                "hundred places to pick from on South Congress! We're so happy you loved the scalp "
                "massage and the lavender rinse, that's our favorite part of the service too. No one on "
                "our team has ever taken a razor to curly hair, so that simply did not happen here. We "
                "hope you had the best time at the wedding and that the updo held up through all the "
                "two-stepping!"
            ),
            "This never happened. Nobody was in the sauna late that night.",
            "nah didn't happen 🙅\u200d♀️ our lifeguards are never on their phones, ever",
            "There was no hair in any shower drain that day, full stop.",
            (
                "We categorically reject this allegation: no client of this studio has at any time been "
                "charged twice for a single session."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir poussé la porte de notre barbier en Féronstrée, ça fait "
                "toujours plaisir de voir de nouvelles têtes. Content que le café et la discussion sur le"
                " Standard vous aient plu, on est un peu des bavards ici. Par contre, on ne vous a jamais"
                " entaillé l'oreille, ça n'est tout simplement pas arrivé chez nous. Bonne fin de "
                "semaine, et passez le bonjour au Carré de notre part."
            ),
            "n'importe quoi, y a jamais eu de cheveux dans le lavabo, jamais.",
            "ça s'est pas passé, personne t'a parlé de même à la réception 🤷",
            (
                "Nous contestons formellement les faits allégués : aucune brûlure n'a été causée lors de "
                "votre séance d'UV."
            ),
            "Le mur n'était pas glissant. Point.",
        ],
    },
}

BLIND94_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "I'm so sorry your colour came out brassier than we agreed, that's not the standard we hold "
            "ourselves to. Please ring the salon on 0116 496 0123 and ask for me, Donna, and I'll book "
            "you in for a free toner correction at whatever time suits you."
        ),
        (
            "Thank you so much for the glowing words! The whole Gold Coast crew loved having your family "
            "in the lanes all summer 🌞"
        ),
        "Thanks for popping in! Every tenth cut is free for all our regulars, no catch, the stamp card's at the till.",
        (
            "Cheers for climbing with us! Bring-a-friend Tuesdays are half price for both of you, open to"
            " anyone whether or not you ever leave a review."
        ),
        (
            "Sorry the door was locked when you arrived. Our winter hours are Monday to Friday 7am to 9pm"
            " and weekends 8am to 6pm, at 14 Shop Street, Galway. Google's updated now so it shouldn't "
            "catch anyone else out."
        ),
        (
            "Y'all made our whole week! We'll pass this straight to Destiny, she's been shaping brows for"
            " twelve years and it shows 🤠💕"
        ),
        (
            "You're right that Tom booked you into the wrong class, but that's on us as a studio: the "
            "booking screen was confusing and we hadn't trained him on the new system. Both are fixed "
            "now. Sorry, and drop us a line at hello@saltwateryoga.com.au for a make-up session."
        ),
        (
            "We've refunded the £45 for your gel manicure and it should show in three to five working "
            "days. Really sorry the polish lifted so soon."
        ),
        (
            "Sorry the hot tub was closed on Saturday. A pump failed that morning and the engineer "
            "couldn't come until the afternoon. We should have put a notice on the website and we will "
            "next time."
        ),
        (
            "Thanks for raising this. Under our membership terms you can freeze your plan for up to three"
            " months for medical reasons, so just email the front desk and we'll sort it with no fee."
        ),
        (
            "So sorry about the slip on the wet tiles. Please call us on 091 555 0172: our public "
            "liability insurance covers visitor injuries and we'd like to help you with the claim."
        ),
        (
            "We're really sorry your bag was taken from the changing room. We've kept the CCTV from that "
            "afternoon and handed it to the Gardaí, and if you email us we can give you the incident "
            "number for your insurer."
        ),
        (
            "Fair cop, our 'relaxing' playlist did somehow switch to heavy metal halfway through your "
            "massage. The Bluetooth speaker has been spoken to sternly. Sorry, and thanks for seeing the "
            "funny side!"
        ),
        (
            "Thanks for the three stars and the honest notes about parking. We've just arranged extra "
            "spaces with the shop next door."
        ),
        (
            "We're sorry you felt rushed. Our timer shows the session ran the full sixty minutes, but we "
            "understand it may not have felt that way and we'd like to hear more. Could you give us a "
            "ring on 0116 496 0188?"
        ),
        "We were so sorry to read your news. Please accept our heartfelt condolences from everyone at the pool.",
        (
            "Congratulations on the wedding! It was a joy doing the bridal party's hair and we hope the "
            "day was everything you dreamed of 💍"
        ),
        (
            "Sorry you couldn't get on the lead wall on your first visit. For everyone's safety we ask "
            "climbers to pass a short lead test first. It only takes twenty minutes and the staff are "
            "happy to run it any evening."
        ),
        (
            "You're right that our cut prices went up by £3 this spring, and we're sorry we didn't flag "
            "it before your appointment. Rent and product costs both rose, and the new prices are now in "
            "the window and online."
        ),
        "Thanks. Shower's fixed. See you next week.",
        "Well aren't you the sweetest! Shelby's gonna print this out and stick it on the mirror 🥰",
        "Legend, thanks heaps! Stoked the little ones are loving their swim lessons 🐬",
        (
            "I'm sorry the tan streaked, that must have been so frustrating right before your holiday. "
            "Message us through the website or call 07 5550 1234 and we'll book a complimentary fix."
        ),
        (
            "We hear you on the price. It isn't cheap and we won't pretend otherwise, but we'd rather be "
            "upfront than cut corners on products. Happy to talk it through any time at the front desk."
        ),
        "Every visit earns points on our app, whether it's your first or your fiftieth. Thanks for giving us a go!",
        (
            "Sorry the booking app logged you out. Email bookings@thechairbarbers.ie and we'll lock in "
            "your Saturday slot by hand."
        ),
        "Aw thank you! Jas will be made up you loved your threading, she's an absolute star.",
        (
            "Sorry about the uneven line. Conor's in his first month and it was our job to check his work"
            " before you left the chair, and we didn't. Drop in any day this week and I'll tidy it up "
            "myself, no charge."
        ),
        "Your class pass has been refunded in full. Apologies again that the class was cancelled at such short notice.",
        (
            "We see this one a little differently, as the UV limit for first-time tanners is printed on "
            "the consent form, but we totally get that it was a letdown and we'd love to chat. Call the "
            "front desk any time."
        ),
        "Go raibh míle maith agat! So glad the sea-swim group made you feel at home from the first dip.",
        "Appreciate it. See you at open gym.",
        (
            "Sorry for the disappointment at the pool. Children under eight need an adult in the water "
            "with them, a rule we hold firm on for every family. We know it's a pain and we're grateful "
            "for your patience."
        ),
        (
            "For anyone reading: the car park incident mentioned here has been reported to Queensland "
            "Police, and we've added extra lighting since. Thanks for flagging it."
        ),
        (
            "Our cancellation window is 24 hours, but we waived it straight away given the flooding. "
            "Sorry for the stress that morning."
        ),
        "Our coffee has been described as 'brave'. We accept this. A new machine arrives Monday!",
        "A four-star from a first-time yogi, we'll take it! Thanks for the tip about the mats, new ones are on order.",
        (
            "Sorry about the surprise at the till. Our day pass went up to $25 in January to cover the "
            "new filtration system, and we should've put it on the sign sooner."
        ),
        "Congrats on sending your first V5! The whole desk cheered 🎉",
        (
            "You're right, the changing rooms weren't good enough on Sunday. We've added a mid-afternoon "
            "clean. I'd welcome a chat at manager@leisurelinkleicester.co.uk, or ask for Aoife at "
            "reception."
        ),
    ],
    "fr": [
        (
            "Je suis vraiment désolée pour ce balayage trop jaune, ce n'est pas ce qu'on vous avait "
            "promis. Appelez-moi directement au salon au 04 65 71 22 30 et je vous réserve une correction"
            " offerte, au créneau qui vous arrange."
        ),
        (
            "Merci mille fois pour ce beau commentaire! On est ben contents que ta première séance de "
            "yoga chaud t'ait plu 🙏"
        ),
        (
            "Merci pour votre visite ! Pour information, notre carte de fidélité offre le dixième "
            "brushing à toutes nos clientes, qu'elles laissent un avis ou non."
        ),
        (
            "Merci à toi ! Si tu veux amener un pote, le parrainage marche pour tout le monde : une "
            "séance d'essai pour lui, une pour toi, c'est tout."
        ),
        (
            "Désolés pour la porte close. Nos horaires d'hiver : du mardi au samedi, de 9 h à 19 h, au 8 "
            "rue des Granges. Nous avons mis notre fiche à jour."
        ),
        "Merci beaucoup ! On transmet à Nadia, elle va être trop fière, c'est la reine des dégradés 💇\u200d♀️",
        (
            "Vous avez raison, Julien s'est trompé d'horaire en notant votre rendez-vous, mais c'est "
            "notre organisation qui est en cause : notre agenda papier n'était plus adapté. Nous passons "
            "à un logiciel la semaine prochaine. Toutes nos excuses, appelez-nous pour reprogrammer."
        ),
        (
            "On t'a remboursé ta passe de dix bains hier, ça devrait apparaître d'ici quelques jours. "
            "Encore désolés pour la piscine fermée sans avertissement."
        ),
        (
            "Désolés pour l'eau froide samedi. La chaudière a lâché le matin même et le technicien n'a pu"
            " passer que lundi. On aurait dû prévenir sur notre page, c'est noté."
        ),
        (
            "Conformément à nos conditions générales, votre abonnement peut être suspendu pour raison "
            "médicale ; il suffit de nous écrire à l'accueil, sans frais."
        ),
        (
            "Nous sommes navrés pour votre chute dans le vestiaire. Notre assurance responsabilité civile"
            " couvre ce type d'accident : contactez-nous au 03 53 01 44 18 et nous vous aiderons à "
            "constituer le dossier."
        ),
        (
            "On est vraiment désolés pour le vol dans les casiers. On a gardé les images de "
            "vidéosurveillance et on les a transmises à la police ; passez à l'accueil, on vous donnera "
            "la référence pour votre assurance."
        ),
        (
            "Notre playlist « zen » a décidé de jouer du heavy métal en plein savasana... On a eu une "
            "bonne discussion avec le haut-parleur. Désolés pis merci d'en avoir ri!"
        ),
        (
            "Merci pour les trois étoiles et les remarques sur le parking, on a trouvé un arrangement "
            "avec le voisin pour quelques places en plus."
        ),
        (
            "Nous voyons les choses un peu différemment : la voie était indiquée en 6a sur le topo "
            "affiché au pied du mur. Mais nous comprenons votre frustration et serions heureux d'en "
            "parler avec vous à l'accueil."
        ),
        "Toute l'équipe vous présente ses sincères condoléances. Nous pensons bien à vous et à vos proches.",
        "Félicitations pour le mariage ! C'était un bonheur de coiffer toute la bande des demoiselles d'honneur 💍",
        (
            "Désolés pour la déception. Les enfants de moins de huit ans doivent être accompagnés d'un "
            "adulte dans l'eau, c'est une règle qu'on applique pour la sécurité de tout le monde. Merci "
            "de votre compréhension."
        ),
        (
            "T'as raison, l'entrée est passée à 7 euros en septembre et on s'excuse de ne pas l'avoir "
            "mieux annoncé. C'est le coût de l'énergie pour chauffer le bassin qui a doublé."
        ),
        "merci la team 🙏 à très vite au salon !",
        (
            "Madame, Monsieur, nous vous remercions très sincèrement de ce témoignage, qui touche "
            "l'ensemble de notre équipe."
        ),
        (
            "Vous avez raison, les cabines n'étaient pas propres dimanche. Nous avons ajouté un nettoyage"
            " en milieu d'après-midi. Écrivez-nous à contact@bulles-et-bronze.fr si vous souhaitez en "
            "parler."
        ),
        "Merci gros!! 😍 on a hâte de te revoir au mur",
        "Merci fieu, ça fait plaisir ! À la revoyure au salon.",
        "Chaque visite te donne des points dans l'appli, que ce soit ta première ou ta centième. Merci d'être venue!",
        "Pour toute réclamation, notre accueil est joignable au 03 53 01 52 90, du lundi au samedi de 9 h à 18 h.",
        (
            "Merci ! Nous transmettons vos compliments à Aurélie, qui sera ravie de savoir que le massage"
            " aux pierres chaudes vous a autant détendue."
        ),
        (
            "Désolés pour la coupe trop courte. Jessica en est à sa première semaine et c'était à nous de"
            " vérifier son travail avant que tu partes. Reviens quand tu veux, je vais arranger ça "
            "moi-même, sans frais."
        ),
        "Le remboursement de votre soin est parti ce matin, encore pardon pour l'attente.",
        (
            "On ne voit pas tout à fait la chose pareil, le tarif était affiché à l'entrée, mais on "
            "comprend que ça ait pu surprendre. Passe nous voir, on en discute autour d'un café."
        ),
        (
            "Le café de notre salle d'escalade a été qualifié de « courageux ». Nous assumons. Une "
            "nouvelle machine arrive lundi !"
        ),
        (
            "Désolé de t'avoir refusé la voie en tête. On demande un petit test d'assurage à tout le "
            "monde, c'est vingt minutes, et on le fait quand tu veux en soirée."
        ),
        (
            "Nous sommes désolés pour la surprise : la séance de bronzage a augmenté de 2 euros en "
            "janvier, suite au remplacement des lampes. Nous aurions dû l'annoncer plus tôt."
        ),
        "Félicitations pour ton premier 5.11! Toute l'équipe était fière de toi 🎉",
        (
            "Quatre étoiles pour une toute première séance de yoga, nous prenons ! Merci pour la remarque"
            " sur les tapis, de nouveaux sont commandés."
        ),
        (
            "Normalement l'annulation c'est 24 h avant, mais avec les inondations on a annulé les frais, "
            "évidemment. Désolés pour le stress."
        ),
        (
            "Nous vous remercions chaleureusement d'avoir pris le temps de nous écrire. Au plaisir de "
            "vous accueillir de nouveau au spa."
        ),
        (
            "Désolée pour l'attente de quarante minutes, c'est beaucoup trop. On a revu le planning pour "
            "ne plus enchaîner les rendez-vous sans marge. Appelle-nous au salon, on t'offre ton prochain"
            " soin pour se faire pardonner."
        ),
        "Merci de nous avoir signalé la marche à l'entrée. Une rampe sera installée d'ici la fin mars.",
        "trop gentil 🥰 Sofiane te dit merci pour le compliment sur le dégradé, reviens quand tu veux !",
    ],
}
