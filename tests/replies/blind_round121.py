"""Blind reply set, round 121: owner replies the pre-post check has never seen.

Who and when: written by helper w119, an independent writer, on 2026-12-07
(brief for blind round 119, file tests/replies/blind_round121.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
day spas, massage salons, nail bars, saunas and hammams, hair-removal clinics
and cosmetic clinics, with varied business names and places.  Each French
reply was written directly in French, not translated.  Apart from the brief
and the first seventy-five lines of the round 20 file, read only to copy its
format, the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or blind set, any other
folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the check.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise perfect reply whose fault sits in a single
sentence or clause in the middle; the others are one-liners, texting with
slang and emoji, very formal or corporate wording, veiled and polite
phrasings and regional speech.  Registers: French from Lyon, Toulouse,
Vannes, Lille, Marseille, Bordeaux, Strasbourg, Cassis, Nantes, Amiens,
Belgium (Ixelles, Namur), Switzerland (Geneva, Montreux), Québec (Montréal,
Granby), Côte d'Ivoire, Senegal and Cameroon, plain, warm, curt, very formal
administrative, texting and unaccented; English from Harrogate, Brighton,
Whitby, Manchester, Cardiff, Edinburgh, Dublin, Galway, Toronto, Vancouver,
Boston, Melbourne, Brisbane, New Zealand, Cape Town, Mumbai and Kochi, plain,
warm, curt, corporate and texting with emoji.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a named employee's mistake owned
by the business, a refund already made, one honest reason given with an
apology, legal terms, insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology, a waiting list explained and sincere thanks for
detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND121_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for choosing Willow & Stone Day Spa in Harrogate for your birthday treat, "
                "and for such a thoughtful write-up. We're delighted the rasul mud room and the lavender "
                "back massage helped you switch off after what sounds like a very long winter. Our "
                "therapists put a lot of care into every treatment, so hearing that you felt looked after "
                "from the moment you arrived means the world to them. If you'd be kind enough to bump your "
                "review up to five stars, we'd love to add a complimentary hot-stone upgrade to your next "
                "booking. The new relaxation lounge opens in spring, and we think you'll love the heated "
                "loungers. Thank you again, and happy belated birthday! — Harriet, Spa Manager"
            ),
            "cheers hun 💅 change ur review to 5⭐ and ur next gel infill is on us x",
            (
                "Should you wish to update your review to reflect the resolution reached, Lumière Aesthetics "
                "would be pleased to extend a 20% courtesy credit towards your next treatment."
            ),
            (
                "We'd like to think a little voucher for a free sauna session might help you see your way to "
                "taking this review down; just let us know once it's gone."
            ),
            (
                "Dear Sir, kindly remove the negative review and we will surely give you one complimentary "
                "head massage, please do the needful."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci infiniment pour ce message si chaleureux après votre après-midi à "
                "l'institut Les Jardins de Jade, à Lyon. Nous sommes ravies que le modelage aux huiles "
                "chaudes et le gommage au sel de Guérande vous aient offert une vraie parenthèse de douceur. "
                "Toute l'équipe s'applique à ce que chaque cliente se sente attendue et choyée, et vos mots "
                "nous touchent beaucoup. Si vous acceptiez de passer votre note à cinq étoiles, nous serions "
                "heureuses de vous offrir un soin du visage lors de votre prochaine venue. Nous lançons "
                "d'ailleurs nos rituels d'hiver le mois prochain, et nous serions enchantées de vous les "
                "faire découvrir. À très bientôt, Sophie et l'équipe"
            ),
            "merci ma belle 💅 mets nous 5 etoiles et ta prochaine pose de semi permanent est offerte 😘",
            (
                "Nous vous informons qu'un avoir de 30 € pourra vous être attribué sur présentation de la "
                "modification de votre évaluation."
            ),
            (
                "Si jamais tu changes ta note pour cinq étoiles, ton prochain massage aux pierres chaudes "
                "est sur nous, promis là!"
            ),
            (
                "Nous serions ravis de vous offrir une séance de hammam, une fois que vous aurez eu la "
                "gentillesse de retirer votre avis."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to share your experience of your consultation at Northgate "
                "Aesthetics in Toronto. We're genuinely sorry that the bruising after your filler took "
                "longer to settle than you expected, and we understand how worrying that must have been. Our "
                "nurse injectors always explain aftercare in detail, and we've now added a printed sheet so "
                "nothing gets missed in the moment. That said, if the comments calling our clinic unsafe "
                "aren't taken down this week, our lawyer will be contacting you about defamation. We'd still "
                "very much like to see you for a follow-up check so we can make sure everything has healed "
                "well. Please reach out to our front desk at 416-555-0172 whenever suits you. Warm regards, "
                "the Northgate team"
            ),
            "Remove this by Friday or you'll be hearing from our solicitors.",
            (
                "we've got ur number from the booking mate 👀 keep this up n everyone's gonna know exactly "
                "who u are"
            ),
            (
                "Please be advised that Elysian Skin Clinic reserves the right to pursue all available legal "
                "remedies, including a claim for damages, should this review not be withdrawn."
            ),
            (
                "Mate, you're banned from the sauna, and if you show your face here again we'll have the "
                "cops drag you out."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage au hammam Dar "
                "Safran, à Toulouse. Nous sommes sincèrement désolés que l'eau du bassin tiède vous ait paru "
                "trop fraîche ce jour-là, et nous comprenons que cela ait gâché une partie de votre moment "
                "de détente. Notre technicien est intervenu dès le lendemain pour régler la chaudière, et la "
                "température est désormais contrôlée toutes les deux heures. Sachez toutefois que notre "
                "avocat a été saisi de vos propos sur l'hygiène et qu'il prendra contact avec vous si vous "
                "ne les retirez pas. Nous espérons malgré tout vous accueillir de nouveau pour un gommage au "
                "savon noir dans de meilleures conditions. Belle journée à vous, l'équipe de Dar Safran"
            ),
            "Retirez cet avis sous 48 h, sinon c'est plainte pour diffamation.",
            "on sait ou tu habites hein, fais gaffe a ce que tu ecris 😶",
            (
                "Nous vous informons que le présent commentaire a été transmis à notre conseil juridique, "
                "lequel se réserve le droit d'engager toute procédure utile à votre encontre."
            ),
            (
                "Madame, nous allons signaler votre comportement à votre employeur, car nous savons très "
                "bien où vous travaillez."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for coming into Polished Nail Bar in Brighton, and for your honest feedback about "
                "the wait. We're sorry that your appointment started late; a gel removal before yours took "
                "longer than planned, and we should have let you know as soon as you arrived. We've now "
                "started texting clients if we're running more than ten minutes behind, so you can grab a "
                "coffee rather than sit in reception. Looking at the diary, Ms Rachel Okonjo, your BIAB "
                "infill with Dana on Saturday 8 June at 11:30 was booked in as a 45-minute slot, which is "
                "where the squeeze happened. We're glad you love the colour, and Dana says the chrome finish "
                "was her favourite of the week. We'd love to see you again and make sure the next visit runs "
                "on time. Take care, Lou"
            ),
            (
                "We've tried calling you on 07700 914362 three times now, please pick up so we can sort this "
                "out."
            ),
            "hey, just refunded the £45 to ur card ending 4417 👍 sorry again x",
            (
                "Regarding booking reference LSC-20931, we have forwarded your file to our clinical lead and "
                "you will hear back within five working days."
            ),
            (
                "Sorry Jess, hope you and your sister Amy still enjoyed the hen do after your mani-pedis "
                "with us on Saturday! 💅"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour détaillé sur votre journée au spa Les Embruns, à "
                "Vannes. Nous sommes désolés que le massage en duo ait commencé avec un quart d'heure de "
                "retard, et nous comprenons que cela ait écourté votre moment à deux. Depuis, nous avons "
                "revu l'enchaînement des cabines pour que chaque soin démarre à l'heure prévue. Nous vous "
                "avons d'ailleurs adressé un courriel détaillé à l'adresse claire.lemoal56@orange.fr, ainsi "
                "qu'un texto au 06 23 41 87 19. Nous sommes ravis en revanche que le bain bouillonnant face "
                "à la mer vous ait autant plu. Au plaisir de vous accueillir de nouveau, l'équipe des Embruns"
            ),
            "Mme Lefèvre, votre rdv du mardi 12 à 18 h avec votre mari a bien été annulé.",
            "coucou, je t ai laissé un msg au 06 12 48 77 90, rappelle moi stp 🙏",
            (
                "Concernant votre réservation n° HM-55821, réglée par la carte bancaire se terminant par "
                "0392, nous revenons vers vous sous huitaine."
            ),
            (
                "Allo Mélanie Tremblay du 245 rue Principale à Granby, on t'a posté ton remboursement cette "
                "semaine!"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for your review of your remedial massage at Eastside Body Works in Fitzroy. We're "
                "sorry the pressure didn't feel right for you; every body is different and our therapists "
                "always try to check in during the session. We've reminded the whole team to ask about "
                "pressure at the start and again halfway through, so nobody feels they have to speak up on "
                "their own. Honestly though, you strike us as someone who was angling for a free massage "
                "from the moment you walked in. We'd still welcome a chat about how we could tailor a "
                "session better for your back. Feel free to ring the studio on 03 9000 1234 during opening "
                "hours. Cheers, the Eastside team"
            ),
            "You're a liar, plain and simple.",
            "honestly ur just a rude entitled cow, dont bother coming back 🙄",
            (
                "It seems some guests write reviews hoping for a refund they are not entitled to, and we "
                "suspect this is one of those."
            ),
            (
                "Shame, you were rude to every therapist from the moment you walked in and now you're making "
                "up stories, hey."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de laisser un avis sur votre pose de gel chez Ongles & "
                "Cie, à Lille. Nous sommes navrées que deux ongles se soient décollés au bout de quelques "
                "jours, et nous comprenons votre agacement. Depuis, nous avons changé de base et revu notre "
                "préparation de l'ongle pour limiter ce genre de souci. Cela dit, vous êtes visiblement de "
                "mauvaise foi et vous cherchiez surtout à ne pas payer. Notre porte reste ouverte si vous "
                "souhaitez que l'on regarde cela ensemble. Belle journée, Nadia"
            ),
            "Menteuse.",
            "t es juste une radine qui voulait pas payer, point 🙄",
            (
                "Votre commentaire relève d'une malhonnêteté manifeste, dont l'unique objet est d'obtenir "
                "une gratuité."
            ),
            "Oh fada, tu étais mal luné dès l'entrée, alors arrête de raconter des couillonnades.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for visiting Cedar & Steam, our Nordic sauna on the Vancouver waterfront, and for "
                "sharing your thoughts. We're sorry the cold plunge was busier than you'd hoped on a "
                "Saturday afternoon. We've since added bookable time slots so the pools never get too "
                "crowded, and weekday mornings are usually very peaceful. And thank you so much for "
                "explaining that a sauna is supposed to be hot; we'd never have figured that out without "
                "you. We're pleased the eucalyptus steam room was a hit, and the new cedar benches go in "
                "next month. We hope to welcome you back soon. Best, Ingrid and the Cedar & Steam crew"
            ),
            "Wow, a whole two stars. Truly generous of you. 👏",
            (
                "omg so sorry our sauna was too HOT 🙄🔥 we'll chuck some ice cubes on the stones just for u "
                "next time"
            ),
            (
                "We are, of course, deeply honoured that a skincare expert of your considerable standing "
                "graced our humble little clinic."
            ),
            (
                "Ah sure, we'll have the whole place repainted before you're back, seeing as the colour of "
                "the towels ruined your entire day."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre commentaire suite à votre visite au Spa du Léman, à Genève. "
                "Nous regrettons que l'attente au vestiaire ait été un peu longue ce dimanche, jour de forte "
                "affluence. Nous avons depuis ajouté une personne à l'accueil le week-end pour fluidifier "
                "les arrivées. Merci également pour cette précieuse leçon : nous ignorions totalement qu'un "
                "hammam pouvait être humide, heureusement que vous étiez là. Nous sommes ravis que le bassin "
                "extérieur avec vue sur le lac vous ait plu. Au plaisir de vous revoir, la direction"
            ),
            "Quelle surprise, une cliente mécontente d'avoir attendu cinq minutes. Bravo.",
            "dsl que notre massage t ait pas transformé en top model 😂 on fait ce qu on peut hein",
            (
                "Nous vous prions de bien vouloir excuser l'outrecuidance de nos esthéticiennes, qui ont osé "
                "vous faire patienter deux longues minutes."
            ),
            "Ah ben merci pour ce chef-d'œuvre de critique, on va l'encadrer à l'accueil, tiens.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your feedback about your laser hair removal course at SmoothSkin Clinic in "
                "Rathmines. We're very sorry about the redness after your fourth session, and we're glad to "
                "hear it settled within a couple of days. Patient comfort matters hugely to us, and we've "
                "since introduced a patch test before every change of setting. To be clear, it was Aoife, "
                "the technician on duty that day, who turned the energy level up without checking your "
                "notes. We'd love to have our senior nurse see you before your next session so you feel "
                "completely at ease. You can reach us on 01 555 0199 or reply here. Kind regards, Siobhán, "
                "Clinic Manager"
            ),
            "That was Marco's fault, not ours.",
            "soz that was our new girl Tayla, she's hopeless with the wax 🙈",
            (
                "Our investigation found that the burn resulted from an error by laser technician Ms Ruth "
                "Okafor, who failed to follow the clinic's established protocols."
            ),
            (
                "Madam, the therapist Sunita did not follow instructions, she alone is responsible for this "
                "problem."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour sur votre épilation au laser au centre Lumi'Peau de "
                "Bordeaux. Nous sommes vraiment désolés pour les rougeurs que vous avez eues après votre "
                "troisième séance, et nous comprenons votre inquiétude. Le confort et la sécurité de nos "
                "clientes passent avant tout, et un test sur une petite zone est désormais systématique à "
                "chaque changement de réglage. C'est Manon, notre stagiaire, qui a augmenté la puissance "
                "sans vérifier votre dossier. Notre responsable médicale serait heureuse de vous recevoir "
                "avant votre prochaine séance pour faire le point. N'hésitez pas à nous appeler au 05 57 12 "
                "34 56. Bien cordialement, la direction"
            ),
            "C'est la faute de Kevin, il est nouveau.",
            "dsl c est Ines qui a bacle ta pose, elle fait n importe quoi en ce moment 😤",
            (
                "Après enquête, il apparaît que Mme Sandrine Morel, praticienne, n'a pas respecté le "
                "protocole en vigueur ; la direction ne saurait en être tenue pour responsable."
            ),
            "Désolé, c'est Jessica qui a oublié de te booker, elle est pas mal dans la lune ces temps-ci.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for spending your Saturday at Fynbos Day Spa in Constantia, and for such a "
                "balanced review. We're sorry the lunch platter arrived late and that your afternoon "
                "treatments had to be squeezed closer together as a result. We're very glad you enjoyed the "
                "rooibos body wrap and the view over the vineyard from the pool. In our defence, the kitchen "
                "was down a chef, load-shedding hit right at midday, the generator took twenty minutes to "
                "kick in, the bakery delivery came late, a large hen party arrived early and the card "
                "machine went offline, so there was honestly very little we could have done differently. Our "
                "manager would love to hear more about your day, so please do get in touch via "
                "hello@fynbosdayspa.co.za. Warm regards, Thandi"
            ),
            (
                "We were short-staffed, the system was down, it was bucketing with rain, the courier was "
                "late with our stock and the client before you overran, so the delay really wasn't down to "
                "us."
            ),
            (
                "ok so basically the heater broke, jaz was off sick, the card machine died AND the landlord "
                "turned the water off so like... not our fault 🤷‍♀️"
            ),
            (
                "Please understand that the delay arose from a combination of factors: unprecedented demand, "
                "an unforeseen IT outage, supplier delays affecting our consumables, statutory staff rest "
                "breaks and adverse weather conditions, all of which were outside the clinic's control."
            ),
            (
                "Look, the aircon carked it, half the team had the flu, the council had the road dug up and "
                "the laser was due for its service, so it was a perfect storm, not us being slack."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre avis sur votre journée au spa Les Vosges Bleues, près de "
                "Strasbourg. Nous sommes désolés que votre soin du visage ait commencé avec quarante minutes "
                "de retard et que vous ayez dû patienter en peignoir dans le couloir. Nous sommes heureux en "
                "revanche que le sauna panoramique et les tisanes maison vous aient plu. Il faut dire que ce "
                "jour-là, deux esthéticiennes étaient malades, le logiciel de réservation avait planté dans "
                "la matinée, le chauffagiste est arrivé en retard pour la chaudière, la livraison de linge "
                "n'était pas passée et un groupe de quinze personnes s'était présenté sans réservation, de "
                "sorte qu'il nous était matériellement impossible de faire mieux. Nous espérons sincèrement "
                "vous revoir pour une visite plus sereine. Bien à vous, Catherine"
            ),
            (
                "Il y avait grève, la chaudière était en panne, deux collègues malades et le logiciel "
                "planté, donc bon, on a fait ce qu'on a pu."
            ),
            (
                "alors deja y avait la greve des bus, ensuite le terminal CB a lache, en plus ma collegue "
                "etait malade et la clim a fait des siennes, donc voila c pas de notre faute 🤷"
            ),
            (
                "Il convient de préciser que le retard constaté résulte de la conjonction de plusieurs "
                "éléments indépendants de notre volonté : affluence exceptionnelle, défaillance du système "
                "de réservation, retard de livraison des consommables, absence imprévue d'une praticienne et "
                "travaux de voirie aux abords de l'institut."
            ),
            (
                "Madame, il faut comprendre : il y a eu la coupure de courant, le groupe électrogène n'a pas "
                "démarré, l'eau chaude manquait, le fournisseur était en retard et deux filles étaient au "
                "baptême, donc ce n'était vraiment pas de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for sharing your thoughts after your skin consultation at Radiance Cosmetic "
                "Clinic in Bandra. We appreciate that starting a new treatment plan can feel overwhelming, "
                "and we're glad our doctor was able to answer your questions about chemical peels. We've "
                "also put together a new aftercare booklet in English, Hindi and Marathi so patients have "
                "everything in writing. As for being charged for a consultation that was advertised as free, "
                "that simply never happened at our clinic. We're delighted that your skin is already looking "
                "brighter after the first session. We look forward to seeing you at your next appointment. "
                "Warm regards, Dr Mehta's team"
            ),
            "That never happened.",
            "nah impossible, our foot spas get cleaned after every single client, so no way 🙅‍♀️",
            (
                "We categorically reject the claim that any therapist arrived late; no such incident "
                "occurred at our premises."
            ),
            "Naw, there's nae way yer towel wis dirty, that just disnae happen here.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre massage suédois au "
                "Studio Zénith, sur le Plateau à Montréal. On est contents que l'ambiance tamisée et les "
                "serviettes chaudes vous aient plu, c'est quelque chose auquel on tient beaucoup. On a "
                "d'ailleurs ajouté de nouvelles huiles sans parfum pour les personnes plus sensibles. Par "
                "contre, nos massothérapeutes n'écourtent jamais un soin : ce que vous décrivez est tout "
                "simplement impossible chez nous. On espère vous revoir bientôt pour essayer notre massage "
                "aux pierres chaudes. Au plaisir, l'équipe Zénith"
            ),
            "C'est faux, ça n'est jamais arrivé.",
            "impossible, on sterilise tout apres chaque cliente, donc non 🙅",
            (
                "Nous contestons formellement l'existence de l'incident allégué, nos équipes ne commettant "
                "jamais ce type d'erreur."
            ),
            "Ce que vous décrivez n'a tout simplement pas eu lieu dans notre établissement, point final.",
        ],
    },
}

BLIND121_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the lovely review! We're thrilled your afternoon at Seaglass Spa in "
            "Whitby was just what you needed, and we'll pass your kind words on to the whole team. See you "
            "again soon. — Fiona"
        ),
        (
            "We're really sorry you waited almost half an hour past your appointment time on a busy Friday. "
            "That isn't the experience we want anyone to have, and we've now added a fifteen-minute buffer "
            "between longer treatments so it doesn't happen again. If you'd like to talk it through, please "
            "email our manager at bookings@thepearlroom.co.uk. We'd love the chance to look after you "
            "properly next time."
        ),
        (
            "Thanks for popping in! Just so you know, our stamp card is open to every client, whatever they "
            "think of us: after ten visits your eleventh file-and-polish is on the house. Ask at the desk "
            "next time you're in. 💅"
        ),
        (
            "Thank you for such a warm review! Priya will be over the moon that you loved your eyebrow "
            "threading, and we'll make sure she sees this. We look forward to seeing you at Lotus Beauty Bar "
            "again soon."
        ),
        (
            "We're sorry that your facial with Tom ran into your lunch break. That was our scheduling "
            "mistake, not his: we'd booked a sixty-minute treatment into a forty-five-minute slot. We've "
            "fixed how longer treatments show in the diary, and we apologise for the rush at the end."
        ),
        (
            "We're so sorry the hot stone massage wasn't what you'd hoped for. We've refunded the full cost "
            "to your original payment method, and it should show within three to five working days. If "
            "there's anything else we can do, please call us on 0161 496 0732."
        ),
        (
            "I'm sorry the steam room was closed when you arrived. A valve failed that morning and we had to "
            "shut it for safety, but we should have told you when you checked in. It's fully repaired now, "
            "and I apologise for the disappointment. — Gareth, Duty Manager"
        ),
        (
            "Thank you for your feedback. Our cancellation terms, which are on our website and in the "
            "booking confirmation, ask for 24 hours' notice for treatments over £50. We understand this felt "
            "strict given your circumstances, and we've decided to waive the fee on this occasion. We hope "
            "to see you again."
        ),
        (
            "We're so sorry that your coat was marked by massage oil in the changing room. We've reported it "
            "to our insurer so the cost of cleaning or replacing it can be covered quickly. Please give our "
            "office a call on 029 2018 0044 and we'll take you through the next steps."
        ),
        (
            "We're truly sorry to hear that your purse was taken from a locker during your visit. We've "
            "given our CCTV footage from that afternoon to the police to help with their enquiries, and "
            "we're replacing the older lockers with keypad models this month. Please let us know if there's "
            "anything more we can do to help."
        ),
        (
            "Fair play, our relaxation playlist has been stuck on whale song and pan pipes since about 2015, "
            "and even the whales are bored of it! We've put together a fresh one, so thank you for the "
            "nudge. Hope the massage made up for the soundtrack."
        ),
        (
            "Thank you for the four-star review and for the kind words about the rose facial. If you have "
            "any ideas on how we could make your next visit even better, do drop us a line at "
            "hello@blushskinclinic.com.au, we read every message."
        ),
        (
            "We're sorry your visit left you disappointed. Our booking system shows the treatment ran the "
            "full sixty minutes, but we understand it may not have felt that way with the late start. We'd "
            "really welcome the chance to talk it through, so please call the salon on 0131 496 0821 and ask "
            "for Morag."
        ),
        (
            "Thank you for sharing that your spa day was a gift to yourself after losing your dad. Please "
            "accept our heartfelt condolences. We're honoured you chose to spend a quiet afternoon with us, "
            "and our door is always open whenever you need a little peace."
        ),
        (
            "Congratulations on your wedding! It was such a joy to do the nails for the whole bridal party, "
            "and those pearl accents looked stunning. Wishing you both every happiness. 💍"
        ),
        (
            "We understand that our under-16 rule in the thermal suite was frustrating when you'd planned a "
            "family day. Young people overheat much faster than adults in saunas and steam rooms, so it's a "
            "safety rule we apply to every family. Our pool and garden are open to all ages, and we'd be "
            "happy to suggest a family-friendly package next time."
        ),
        (
            "You're right that our gel manicure has gone up by £4 this year, and we're sorry it wasn't "
            "clearer on the booking page before you arrived. Our product and energy costs have risen "
            "sharply, and we held our prices as long as we could. We've updated the website so every price "
            "is shown up front."
        ),
        (
            "Thank you for such a detailed and thoughtful review. Your points about the changing-room "
            "lighting and the lack of hooks by the showers are spot on, and we've already ordered new "
            "fittings. Feedback like this genuinely helps us improve, so we really appreciate the time you "
            "took."
        ),
        (
            "Dear Guest, thank you for your feedback regarding your recent visit to Serenity Medical "
            "Aesthetics. We sincerely apologise for the delay in sending your post-treatment summary. We "
            "have strengthened our administrative processes and now send all summaries within 24 hours. Our "
            "Patient Liaison Manager would welcome the opportunity to discuss your experience at "
            "patientcare@serenityaesthetics.com. Kind regards, Serenity Medical Aesthetics"
        ),
        "aw thank u sooo much!! 💖💅 so glad u loved the ombré, see u next month x",
        (
            "Thank you very much for your kind words, madam. Our team at Lotus Ayurveda Spa in Kochi is very "
            "happy that the Abhyanga massage and Shirodhara helped you relax after your long journey. We "
            "look forward to welcoming you again on your next visit to Kerala."
        ),
        (
            "Sorry about the hot water running out in the showers, that's on us. The geyser couldn't keep up "
            "on a full Saturday, and we've since installed a second one. Thanks for being so understanding, "
            "and we hope to see you back at Protea Spa soon. — Lerato"
        ),
        (
            "Kia ora and thanks heaps for the awesome review! Stoked you loved the kawakawa balm massage; "
            "we'll tell Mere you said hi. Catch you next time at Kōwhai Day Spa."
        ),
        (
            "Ah, thank you so much! Delighted you enjoyed the seaweed bath after your walk along the prom, "
            "sure there's nothing like it on a wild day in Salthill. Come back to us soon."
        ),
        (
            "Thanks for the suggestion about evening appointments! Good news: from next month we're open "
            "until 9pm on Thursdays and Fridays, so you can come straight from work. Online bookings open "
            "this week."
        ),
        (
            "Thank you for your patience while we moved! You'll now find us at 14 Castle Street, just "
            "opposite the library, with free parking behind the building. We can't wait to welcome you to "
            "the new salon."
        ),
        (
            "We're sorry you felt rushed during your consultation. That's not how we want anyone to feel "
            "before deciding on a treatment, and we've extended all first consultations to thirty minutes. "
            "Our medical director, Dr Anand, would be glad to call you to answer any remaining questions; "
            "just let reception know a good time on 020 7946 0318."
        ),
        (
            "We're sorry that the results after three sessions weren't what you'd hoped for. Laser results "
            "depend a lot on hair colour and thickness, and we should have explained that more clearly at "
            "the start. We'd like to offer you a free check-up with our nurse to look at the options, "
            "including whether a different approach might suit you better."
        ),
        (
            "So glad you enjoyed your first visit! Any client can use our refer-a-friend code: you and your "
            "friend each get £10 off your next treatment. Thanks again for choosing Bloom."
        ),
        (
            "We're sorry you couldn't get a Saturday slot for weeks. Our weekend appointments fill up very "
            "quickly, so we've opened a waiting list and we text people as soon as a cancellation comes up. "
            "You can join it at reception or on our website."
        ),
        "Thanks for the feedback. Sorry about the cold towels, we've replaced the towel warmer.",
        (
            "We are sorry that your pedicure did not meet our standards. We have shared your feedback with "
            "our training lead, and all technicians are completing a refresher on cuticle care this month. "
            "Please contact us at care@tenfingerstoes.ca so we can arrange a redo at no charge at a time "
            "that suits you."
        ),
        "omg thank u!! 😍 so happy the lash lift lasted all holiday 🌴 see u soon!",
        (
            "Thanks for your three-star review. We're sorry the hammam felt a little cramped on a busy "
            "Sunday; we now limit numbers per session so everyone has room to relax."
        ),
        (
            "Thanks so much for the lovely words! Glad the foot spa and the mango smoothie hit the spot "
            "after a long day in the Brisbane heat. Jess and the team can't wait to see you again. 🌞"
        ),
        (
            "We're very sorry that your appointment was booked under the wrong treatment. Kerry took the "
            "booking, but the mistake came from our booking form, which didn't show the options clearly, so "
            "that's on us as a business. We've redesigned the form and we'd love to welcome you back."
        ),
        (
            "Thank you for your kind message after the incident in our car park. We're glad nobody was hurt, "
            "and we've shared our camera footage with the police as they asked. The lighting has been "
            "upgraded this week."
        ),
        (
            "We understand it was disappointing that we couldn't go ahead with lash extensions on the day. "
            "For everyone's safety we never apply lashes if the eyes look red or sore, but we'd be delighted "
            "to rebook you as soon as suits, with no cancellation fee."
        ),
        (
            "Thank you for your review. We see things a little differently: our price list on the wall and "
            "online does show the paraffin add-on as a separate item. Even so, we're sorry it wasn't "
            "explained before the treatment began, and we'd like to make that right, so please call us on "
            "(617) 555-0148."
        ),
        (
            "Thank you for choosing us to celebrate a special birthday! We're so happy the whole group had a "
            "wonderful time. Warm wishes from all of us at Heather Glen Spa."
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour ce joli message ! Nous sommes ravies que votre pause au spa Les Sources, à "
            "Cassis, vous ait fait autant de bien. Toute l'équipe vous embrasse et vous attend avec plaisir "
            "pour le prochain soin. Camille"
        ),
        (
            "Nous sommes sincèrement désolés pour l'attente de près d'une demi-heure avant votre massage. Ce "
            "n'est pas l'accueil que nous souhaitons offrir, et nous avons ajouté un battement de quinze "
            "minutes entre les soins longs pour que cela ne se reproduise pas. Si vous souhaitez en parler, "
            "n'hésitez pas à écrire à contact@institut-lavande.fr."
        ),
        (
            "Merci pour votre visite ! Petite info : notre carte de fidélité est ouverte à toutes nos "
            "clientes, quel que soit leur avis : au bout de dix poses, la onzième est offerte. Demandez-la à "
            "l'accueil la prochaine fois. 💅"
        ),
        (
            "Merci pour ce retour si chaleureux ! Léa sera ravie de savoir que son modelage californien vous "
            "a autant détendue, nous lui transmettons vos mots dès ce soir."
        ),
        (
            "Nous sommes désolés que votre rendez-vous avec Yasmine ait débordé sur votre pause déjeuner. "
            "L'erreur vient de notre planning et non d'elle : nous avions placé un soin d'une heure sur un "
            "créneau de quarante-cinq minutes. Nous avons corrigé notre agenda en ligne, et nous vous "
            "présentons nos excuses pour la fin de soin précipitée."
        ),
        (
            "Nous sommes navrés que le soin n'ait pas été à la hauteur de vos attentes. Nous avons procédé "
            "au remboursement intégral sur votre moyen de paiement initial ; il apparaîtra sous trois à cinq "
            "jours ouvrés. Nous restons à votre écoute au 04 78 62 12 34."
        ),
        (
            "Toutes nos excuses pour la fermeture du sauna à votre arrivée. Une résistance a lâché le matin "
            "même et nous avons dû l'arrêter par sécurité ; nous aurions dû vous prévenir dès l'accueil. Il "
            "est réparé depuis, et nous espérons vous y retrouver bientôt."
        ),
        (
            "Merci pour votre message. Nos conditions générales de vente, consultables sur notre site et "
            "rappelées dans le mail de confirmation, prévoient un délai d'annulation de 24 heures. Nous "
            "comprenons que cela vous ait paru rigide vu les circonstances, et nous avons décidé de ne pas "
            "appliquer les frais cette fois-ci."
        ),
        (
            "Nous sommes désolés que votre robe ait été tachée par de l'huile de massage dans le vestiaire. "
            "Nous avons déclaré le sinistre à notre assurance pour que le nettoyage ou le remplacement soit "
            "pris en charge rapidement. Appelez-nous au 02 99 31 45 67 et nous vous guiderons pour la suite."
        ),
        (
            "Nous sommes vraiment désolés pour le vol de votre portefeuille dans un casier. Nous avons "
            "transmis les images de vidéosurveillance à la police pour faciliter l'enquête, et les anciens "
            "casiers seront remplacés par des modèles à code ce mois-ci. N'hésitez pas à nous contacter si "
            "nous pouvons vous aider davantage."
        ),
        (
            "Bon, on avoue : notre playlist de relaxation tournait en boucle depuis 2016, même les dauphins "
            "commençaient à s'ennuyer 🐬. On en a créé une nouvelle, merci pour le petit coup de pouce !"
        ),
        (
            "Merci pour vos quatre étoiles et pour vos mots gentils sur le soin à la rose. Si vous avez des "
            "idées pour rendre votre prochaine visite encore plus agréable, écrivez-nous à "
            "bonjour@peaudepeche-nantes.fr, nous lisons tout."
        ),
        (
            "Nous regrettons que votre visite vous ait laissé une impression mitigée. D'après notre "
            "planning, le soin a bien duré soixante minutes, mais nous comprenons que le démarrage tardif "
            "ait pu donner une autre impression. Nous serions heureux d'en discuter avec vous : appelez "
            "l'institut et demandez Sandrine."
        ),
        (
            "Nous avons été très touchées d'apprendre que cette journée au spa était un moment pour vous "
            "après le décès de votre maman. Recevez toutes nos condoléances. Vous serez toujours la "
            "bienvenue pour un instant de calme."
        ),
        (
            "Félicitations pour votre mariage ! Ce fut un vrai bonheur de préparer les mains de toutes les "
            "demoiselles d'honneur. Tous nos vœux de bonheur à vous deux 💍"
        ),
        (
            "Nous comprenons que la règle des 16 ans au hammam ait été frustrante pour votre sortie en "
            "famille. La chaleur humide est plus difficile à supporter pour les jeunes, c'est pourquoi nous "
            "l'appliquons à toutes les familles sans exception. La piscine et le jardin restent ouverts à "
            "tous les âges, et nous vous proposerons volontiers une formule adaptée."
        ),
        (
            "Vous avez raison, le prix du semi-permanent a augmenté de 3 € cette année, et nous sommes "
            "désolées que ce ne soit pas apparu plus clairement sur la page de réservation. Le coût des "
            "produits et de l'énergie a beaucoup augmenté, et nous avons tenu aussi longtemps que possible. "
            "Tous les tarifs sont désormais affichés dès la réservation."
        ),
        (
            "Merci pour cet avis si détaillé et constructif. Vos remarques sur l'éclairage des vestiaires et "
            "le manque de patères près des douches sont tout à fait justes, et les nouveaux équipements sont "
            "déjà commandés. Ce genre de retour nous aide vraiment à progresser."
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre commentaire relatif à votre passage en notre "
            "établissement et vous prions de bien vouloir accepter nos excuses pour le délai de transmission "
            "de votre compte rendu de soin. Nos procédures internes ont été revues afin que ces documents "
            "soient désormais adressés sous 24 heures. Notre responsable qualité se tient à votre "
            "disposition à l'adresse qualite@clinique-esthetique-amiens.fr. Veuillez agréer nos salutations "
            "distinguées."
        ),
        "merciii 💖💅 trop contente que ton nail art t ait plu, a la prochaine !!",
        (
            "Merci beaucoup pour votre gentil message ! On est ravis que le massage à la bougie vous ait plu "
            "et que vous soyez repartie toute détendue. À bientôt au salon, on vous attend avec une bonne "
            "tasse de thé. L'équipe de Bien-Être Ixelles"
        ),
        (
            "Merci pour votre retour. Nous sommes navrés que l'eau du jacuzzi ait été trop fraîche samedi "
            "passé ; le thermostat a été remplacé dans la semaine. Au plaisir de vous accueillir à nouveau à "
            "Montreux. Cordialement, la direction du Spa des Alpes"
        ),
        (
            "Merci ben gros pour ton beau commentaire! On est vraiment contents que le massage aux pierres "
            "chaudes t'ait fait du bien après ta grosse semaine. Au plaisir de te revoir au spa, pis profite "
            "bien de ta fin de semaine! 😊"
        ),
        (
            "Merci beaucoup pour votre message, ça nous a fait chaud au cœur ! Nous sommes contents que le "
            "gommage au beurre de karité vous ait plu. Toute l'équipe de l'institut Akwaba Beauté, à Cocody, "
            "vous attend pour votre prochain soin."
        ),
        (
            "Merci pour la suggestion ! Bonne nouvelle : à partir du mois prochain, nous serons ouverts "
            "jusqu'à 21 h le jeudi et le vendredi, pour que vous puissiez venir après le travail."
        ),
        (
            "Merci pour votre patience pendant le déménagement ! Vous nous trouverez désormais au 12 rue des "
            "Tanneurs, juste en face de la médiathèque, avec un parking gratuit derrière le bâtiment."
        ),
        (
            "Nous sommes désolés que vous vous soyez sentie pressée lors de votre consultation. Ce n'est pas "
            "ainsi que nous souhaitons accompagner une décision de soin, et toutes les premières "
            "consultations durent désormais trente minutes. Le Dr Benali se fera un plaisir de vous rappeler "
            "pour répondre à vos questions ; indiquez simplement un créneau à notre secrétariat au 03 20 15 "
            "56 78."
        ),
        (
            "Nous sommes désolés que les résultats après trois séances ne soient pas ceux que vous espériez. "
            "L'efficacité du laser dépend beaucoup de la couleur et de l'épaisseur du poil, et nous aurions "
            "dû vous l'expliquer plus clairement dès le départ. Nous vous proposons un rendez-vous de bilan "
            "gratuit avec notre infirmière pour étudier ensemble les options."
        ),
        (
            "Ravies que votre première visite vous ait plu ! Notre parrainage est ouvert à toutes nos "
            "clientes : vous et la personne parrainée bénéficiez chacune de 10 € sur votre prochain soin. "
            "Merci encore d'avoir choisi Bloom."
        ),
        (
            "Nous sommes désolés que vous n'ayez pas trouvé de créneau le samedi avant plusieurs semaines. "
            "Nos week-ends se remplissent très vite, alors nous avons mis en place une liste d'attente : "
            "nous prévenons par SMS dès qu'une place se libère. Vous pouvez vous inscrire à l'accueil ou sur "
            "notre site."
        ),
        "Merci pour le retour. Désolés pour les serviettes froides, le chauffe-serviettes a été changé.",
        (
            "Merci pour votre avis. Desoles pour l attente a l accueil, nous avons ajoute une personne le "
            "samedi matin. Au plaisir de vous revoir."
        ),
        (
            "Merci ben pour ce gentil mot ! Contents que le sauna vous ait réchauffé par ce temps de chien à "
            "Lille. À la revoyure !"
        ),
        (
            "Merci pour vos trois étoiles. Nous sommes désolés que le hammam vous ait paru un peu bondé ce "
            "dimanche ; nous limitons désormais le nombre de personnes par créneau pour que chacun ait sa "
            "place."
        ),
        (
            "Nous vous présentons nos excuses pour la confusion sur votre rendez-vous. C'est Awa qui a pris "
            "la réservation, mais l'erreur vient de notre cahier de rendez-vous, mal organisé : c'est donc à "
            "nous, la direction, d'en assumer la responsabilité. Nous avons tout informatisé depuis, et nous "
            "serions heureux de vous recevoir à nouveau aux Almadies."
        ),
        (
            "Merci pour votre message après l'incident sur notre parking. Nous sommes soulagés que personne "
            "n'ait été blessé, et nous avons remis les enregistrements vidéo à la gendarmerie, comme elle "
            "nous l'a demandé. L'éclairage a été renforcé cette semaine."
        ),
        (
            "Nous comprenons votre déception de ne pas avoir pu faire vos extensions de cils ce jour-là. Par "
            "sécurité, nous ne posons jamais de cils lorsque les yeux sont rouges ou irrités, mais nous "
            "serons ravies de vous reprogrammer dès que possible, sans frais d'annulation."
        ),
        (
            "Merci pour votre avis. Nous voyons les choses un peu différemment : la paraffine figure bien en "
            "option sur notre carte, en cabine comme en ligne. Cela dit, nous regrettons qu'elle ne vous ait "
            "pas été présentée avant le soin, et nous aimerions arranger cela : appelez-nous au 04 91 54 33 "
            "22."
        ),
        (
            "Merci pour ce chouette retour ! Pour info, notre forfait duo hammam et massage est à "
            "septante-neuf euros toute l'année, pour tout le monde. Au plaisir de vous revoir à Namur !"
        ),
        (
            "Merci infiniment pour vos bénédictions et vos beaux mots ! Toute l'équipe du Spa Bel Ami, à "
            "Douala, est fière que vous ayez passé un si bon moment. Revenez quand vous voulez, vous êtes "
            "ici chez vous."
        ),
    ],
}
