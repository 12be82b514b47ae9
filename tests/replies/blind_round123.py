"""Blind reply set, round 123: owner replies the pre-post check has never seen.

Who and when: written by helper w121, an independent writer, on 2026-12-07,
for the pre-post reply check (blind round 121, file round 123).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
computer repair shops, web agencies, print shops, coworking spaces, mobile
phone operators and internet providers.  Each French reply was written
directly in French, not translated.  Apart from the brief and the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or blind set, any other folder under
/work, the git history or /work/.library; did not run the check, any test or
any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each reply carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise good reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and
emoji, very formal or corporate wording, veiled and polite phrasings and
regional speech, some signed with a first name, the team or the business.
Registers, drawn from: French from Lyon, Rennes, Bordeaux, Nantes, Toulouse,
Lille, Strasbourg, Quimper, Angers, Marseille, Liège and Namur, Fribourg and
Lausanne, Québec, Côte d'Ivoire, Senegal and Cameroon, texting, very formal
administrative French, an older speaker's polite style and unaccented French;
English from Bristol, Leicester, Bath, Manchester, Edinburgh, Dublin, Galway,
Cork, Chicago, Toronto, Vancouver, Calgary, Sydney, Auckland, Pretoria, Cape
Town, Pune and Bengaluru, texting with emoji, corporate English and an older
speaker's very polite style.  Good replies include look-alikes that are not
faults: a loyalty or referral scheme open to everyone whatever they write,
the business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms (the
cooling-off period), insurance, the police or CCTV mentioned neutrally or to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly, a price change explained
with an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND123_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for this thoughtful review of your visit to our little repair bench in "
                "Bristol. Recovering eight years of family photos from a drive that had stopped spinning is "
                "exactly the kind of job we love, and we're chuffed the data came back intact. We know the "
                "three-day wait felt long, and we've since added a second imaging station so recovery jobs "
                "move faster. If you'd be willing to bump your rating up to five stars, we'd happily knock "
                "20% off your next service. Our tip for the future: keep a second backup on an external "
                "drive or in the cloud, and the next dead disk will be a mere annoyance. Thanks again for "
                "trusting us with something so precious, and take care. — Owen, ByteFix Bristol"
            ),
            "cheers for the review m8 😎 make it 5⭐ and ur next screen protector is on us 📱🔥",
            (
                "Customers who update their published rating to reflect their resolved experience are "
                "eligible for a one-month credit on their broadband account; please contact our Customer "
                "Experience Team to activate it."
            ),
            (
                "We'd love to welcome you back to the hub, and should your review come to reflect a slightly "
                "kinder view of us, a free week of hot-desking would be waiting for you with our "
                "compliments."
            ),
            (
                "Thank you ji for your valuable feedback! Kindly delete this one-star post and we will do "
                "your next 500 visiting cards printing absolutely free of cost, promise. — Shree Ganesh "
                "Printers, Pune"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce retour si détaillé sur la refonte de votre site vitrine. "
                "Nous sommes ravis que le nouveau design vous plaise et que vos clients trouvent enfin vos "
                "horaires et votre carte en deux clics. Nous savons que la mise en ligne a pris deux "
                "semaines de plus que prévu, et nous avons revu notre planning de production pour que cela "
                "ne se reproduise pas. Si vous modifiez votre avis pour passer à cinq étoiles, on vous offre "
                "trois mois de maintenance. Nous restons bien sûr joignables pour toute petite modification "
                "de contenu. Encore merci pour votre confiance et à très bientôt ! L'équipe de Studio Rhône "
                "Web, Lyon"
            ),
            (
                "merci bcp 🙏 si tu changes ta note en 5 etoiles on te debloque 10 Go de data en plus ce mois "
                "ci 📶😉"
            ),
            (
                "Nous vous informons qu'un avoir de 15 % sur votre prochaine commande d'impression pourra "
                "vous être attribué sous réserve de la suppression du présent avis."
            ),
            (
                "Merci ben gros! Si tu nous mets cinq étoiles, ton prochain mois au bureau partagé est à "
                "moitié prix, promis juré 😄"
            ),
            (
                "Merci beaucoup mon frère. Si tu enlèves ton commentaire là, on va te donner une puce avec "
                "5000 francs de crédit cadeau, c'est promis. On est ensemble !"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for taking the time to share your thoughts on your months with us at The Loft on "
                "Camden Street. We're genuinely glad the meeting rooms and the coffee worked well for your "
                "team. We hear you about the Wi-Fi dropouts in March, which were caused by a faulty router "
                "that we've since replaced. We have, however, passed your review to our solicitor, and if it "
                "isn't taken down within seven days we will be issuing proceedings for defamation. Community "
                "matters hugely to us, and we run the Friday breakfasts precisely so members can raise "
                "issues face to face. Our door is always open, and we hope the rest of your time in Dublin "
                "goes well. — The Loft team"
            ),
            "keep posting lies like this n see wat happens 😤 we got ur address from the repair ticket 👀",
            (
                "Please be advised that this publication has been referred to our Legal Department, which "
                "will pursue all available remedies, including recovery of costs, should it not be "
                "withdrawn."
            ),
            (
                "We'd gently suggest you think twice before posting again; your employer is one of our "
                "agency's clients, and we'd hate for them to hear about this."
            ),
            (
                "Eish boet, carry on like this and you'll be banned from every print shop in Pretoria, we "
                "all talk to each other, hey. Watch yourself."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire après la réparation de votre "
                "portable. Nous comprenons que le délai de dix jours vous ait paru long, surtout en pleine "
                "période d'examens. La pièce d'origine venait d'Allemagne et a été retenue chez le "
                "transporteur, ce que nous aurions dû vous signaler plus tôt. Sachez toutefois que nous "
                "avons transmis votre commentaire à notre avocat, qui étudie une plainte pour dénigrement. "
                "Nous avons depuis mis en place un SMS automatique pour prévenir nos clients de tout retard. "
                "Nous restons à votre disposition en boutique, du mardi au samedi. L'équipe de PC Réparation "
                "Rennes"
            ),
            "tkt on sait tres bien qui t es 😏 continue comme ca et tu vas voir",
            (
                "Nous vous informons que le présent avis a fait l'objet d'un signalement auprès de notre "
                "service juridique, lequel se réserve le droit d'engager toute procédure utile à votre "
                "encontre."
            ),
            (
                "Nous vous prions de retirer ce commentaire, faute de quoi nous nous verrons contraints d'en "
                "informer votre employeur, qui loue, comme vous le savez, trois postes chez nous."
            ),
            (
                "Continue à écrire des affaires de même pis on va porter plainte à la police, en plus t'es "
                "barré à vie de nos boutiques, compte là-dessus."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for getting in touch and for being so patient while we sorted out your "
                "connection. We know how frustrating it is to be without broadband when you work from home, "
                "and we're sorry it took two engineer visits to find the fault in the street cabinet. Our "
                "engineer confirmed on his second visit on 14 October to 22 Oldham Road, flat 3, that the "
                "line is now running at full speed. We've also added a month's credit to your account as an "
                "apology for the disruption. If anything drops again, please call our support team and we'll "
                "jump straight on it. Thanks again for sticking with us. — The Northern Fibre team"
            ),
            "hey we tried calling u on 07700 912584 like 3 times 📞 pick up lol",
            (
                "We have located order PRT-20931, placed under j.whitcombe@outlook.com, and a replacement "
                "print run has now been scheduled at no cost."
            ),
            (
                "So sorry about the wait, ma'am! Just so you know, the Visa ending in 4417 was only charged "
                "the once, so no worries there."
            ),
            (
                "No dramas mate, you and your missus Sharon were in on Tuesday arvo for the hot desk trial, "
                "we'll sort the aircon before youse come back."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci beaucoup pour votre message et pour votre fidélité depuis l'ouverture de "
                "l'atelier. Nous sommes sincèrement désolés que les faire-part aient été livrés avec une "
                "teinte plus claire que sur l'épreuve. Nous avons tout réimprimé pour votre mariage du 12 "
                "juin avec M. Julien Lefèvre, 8 rue des Tanneurs, et la nouvelle série est prête au "
                "comptoir. Nous avons aussi recalibré notre presse numérique afin que les couleurs soient "
                "plus fidèles aux épreuves. Passez les récupérer quand cela vous arrange, nous serons ravis "
                "de vous les remettre en main propre. Toute l'équipe vous souhaite une très belle journée ! "
                "L'Atelier Encre & Papier, Bordeaux"
            ),
            "on t a rappele sur ton 06 12 48 77 93 mais ca decroche jamais 😅 rappelle nous stp",
            (
                "Après vérification, votre dossier client n° 48-77210-B, au nom de Mme Nadia Benali, fait "
                "apparaître un remboursement effectué le 3 avril sur le compte se terminant par 0192."
            ),
            (
                "Merci pour votre passage de jeudi passé avec votre fils Thomas, on espère que son PC "
                "portable tourne bien maintenant, hein !"
            ),
            (
                "Bonjour Monsieur Diallo de la cité Keur Gorgui, votre box sera réinstallée demain matin, "
                "nos techniciens ont bien votre numéro 77 451 22 08."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for your feedback on the online shop we built for your store. We're proud of how "
                "the new product pages turned out, and we're glad to see your sales have picked up since "
                "launch. We understand the checkout glitch during the first weekend was stressful, and we "
                "fixed it within four hours of your call. Frankly, though, anyone who has read the contract "
                "can see you're just a freeloader angling for a free redesign. We've since added an extra "
                "round of payment testing to every launch checklist. We wish you every success with the "
                "store going forward. — Maple Pixel Studio, Toronto"
            ),
            "bro ur literally lying 😂 u dropped the phone in the bath and u know it 🛁📱",
            (
                "Our records indicate that this review is a deliberate misrepresentation made in bad faith "
                "by a customer seeking compensation to which they are not entitled."
            ),
            (
                "With the greatest respect, the problem here was the user, not the laptop; some people "
                "really shouldn't be let near a computer."
            ),
            (
                "Ah would you stop, you're a chancer and a liar, sure the whole shop saw you kicking the "
                "router box around."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre expérience à l'Atelier Partagé. Nous "
                "sommes contents que les salles de réunion et la terrasse vous aient plu pendant ces trois "
                "mois. Concernant le bruit dans l'open space, nous avons installé des panneaux acoustiques "
                "et une cabine téléphonique supplémentaire. Cela dit, vous êtes de mauvaise foi et vous le "
                "savez très bien : vous cherchiez surtout à ne pas payer votre dernier mois. Nous organisons "
                "désormais une réunion mensuelle des membres pour recueillir les remarques de chacun. Nous "
                "vous souhaitons une bonne continuation dans vos projets. L'équipe de l'Atelier Partagé, "
                "Nantes"
            ),
            "t es qu un menteur 🤡 ton tel etait deja casse en arrivant",
            (
                "Il apparaît manifestement que l'auteur du présent avis cherche, par des allégations "
                "mensongères, à obtenir une prestation gratuite à laquelle il ne peut prétendre."
            ),
            "Voyons donc, t'es juste un gratteux qui voulait son forfait gratis, franchement.",
            (
                "Avec tout le respect que nous vous devons, vous etes visiblement incapable de brancher un "
                "simple modem, et ca, ce n est pas notre faute."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for stopping by our wee print shop on Leith Walk and for taking the time to write. "
                "We're sorry the flyers weren't ready by ten as you'd hoped; a paper delivery arrived late "
                "that morning and we should have rung you straight away. Oh, and thank you ever so much for "
                "the expert lesson on colour profiles, we'd never have managed without your wisdom after "
                "only twenty years in the trade. We've since started texting customers the moment a job is "
                "running behind. We'd be glad to print your next batch and make sure it's ready on time. All "
                "the best, Fiona and the team"
            ),
            "wow 1 star bc ur wifi dropped for 5 mins?? truly a tragedy 😭😭 we'll light a candle 🕯️",
            (
                "We sincerely apologise that our technicians failed to meet your evidently superhuman "
                "expectations, and we shall endeavour to acquire the ability to repair a laptop in under a "
                "minute."
            ),
            (
                "What a surprise to hear that the phone you took swimming in the sea stopped working. We're "
                "truly astonished."
            ),
            (
                "Shame, so sorry our free coffee wasn't barista-level enough for your highness, hey. We'll "
                "get right on that."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire au sujet de votre installation fibre. "
                "Nous sommes désolés que le technicien ait dû repasser une deuxième fois, le boîtier de "
                "l'immeuble n'étant pas encore raccordé lors du premier rendez-vous. Et bravo pour votre "
                "diagnostic, c'est vrai qu'avec trois jours de forums derrière vous, vous auriez sûrement "
                "tiré la fibre tout seul. Depuis, nous vérifions systématiquement l'état du raccordement "
                "avant de fixer un rendez-vous. Votre connexion est désormais active et nous restons "
                "joignables par téléphone pour toute question. Bonne soirée, l'équipe Fibre Occitanie"
            ),
            "ah oui 1 etoile pcq l imprimante a mis 5 min, quel drame 😱😂 on s en remettra jamais",
            (
                "Nous vous remercions infiniment pour vos précieux conseils techniques, dont nos ingénieurs, "
                "forts de quinze années d'expérience, ne manqueront pas de s'inspirer."
            ),
            (
                "Oh ben merci hein, quel plaisir de lire que notre coworking n'est pas assez chic pour "
                "Monsieur, on va vite commander des fauteuils en or, allez."
            ),
            (
                "Ben oui, c'est sûr que c'est notre faute si ton cell a pris une débarque dans le lac, on "
                "est tellement surpris, voyons 🙄"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Kia ora and thanks for taking the time to tell us about your visit to our Queen Street "
                "store. We're really sorry that switching your plan took most of your lunch break, and that "
                "you left without the eSIM working. That was entirely down to Jake Turner, who skipped the "
                "activation step and then went on break without telling anyone. Our team has since set up a "
                "simple checklist at every counter so activations are confirmed before customers leave. "
                "We've also added staff over lunchtime so queues move faster. If your eSIM is still playing "
                "up, pop in any time and we'll sort it on the spot. Ngā mihi, the Queen Street team"
            ),
            "soz bout that, Kevin messed up ur order again 🙄 he's new n clueless lol",
            (
                "Following an internal review, we can confirm that the misprint resulted from an error by "
                "our prepress operator, Ms Harriet Cole, who failed to check the proof before sending it to "
                "press."
            ),
            (
                "We're sorry about the meeting room mix-up. Gemma was on the front desk that day, and I "
                "think we all know how that goes."
            ),
            (
                "Sorry sir, your laptop delay happened only because of our technician Ramesh, he has been "
                "very careless this month, we have already scolded him."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre retour franc et détaillé sur le lancement de votre boutique en "
                "ligne. Nous comprenons parfaitement votre agacement face aux trois jours d'indisponibilité "
                "qui ont suivi la mise en ligne. C'est Julien, notre développeur, qui a oublié de renouveler "
                "le certificat de sécurité, malgré nos rappels répétés. Nous avons depuis automatisé les "
                "renouvellements et ajouté une alerte de surveillance sur tous les sites de nos clients. Une "
                "remise a été appliquée sur votre prochaine facture de maintenance. Nous restons joignables "
                "pour en discuter de vive voix quand vous le souhaitez. Bien cordialement, l'équipe Pixel "
                "Nord, Lille"
            ),
            "dsl c est Karim qui a mal configure ta box 🤦‍♂️ il fait que des betises en ce moment",
            (
                "Il ressort de notre enquête interne que l'incident est exclusivement imputable à Mme "
                "Sandrine Morel, agente d'accueil, qui n'a pas enregistré votre réservation de salle."
            ),
            (
                "Nous regrettons ce contretemps ; il faut dire que c'était Loïc qui s'occupait de votre "
                "commande ce jour-là, ce qui explique sans doute bien des choses."
            ),
            (
                "Pardon tantine, c'est Bertrand le technicien qui a gâté votre téléphone, il est trop "
                "distrait, on l'a déjà averti."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for taking the time to share your experience with our installation team. We're "
                "sorry you were without internet for most of last week, and we know how disruptive that is "
                "when you're working from home. The delay happened because the city permit came through "
                "late, the subcontractor's truck broke down, two of our technicians were out sick, the "
                "conduit under your street had collapsed, it rained for three days straight, our supplier "
                "shipped the wrong splitters and our scheduling software crashed during an update, so "
                "honestly there was very little we could have done differently. Your service is now fully "
                "active and running at the speed you signed up for. We've credited your account for the days "
                "you were offline. If you have any further issues, our support line is open around the "
                "clock. Thanks again for your patience. — Lakeshore Fiber, Chicago"
            ),
            (
                "ok so the screen was late bc supplier was late + courier lost it + we had 40 repairs + boss "
                "was sick + bank holiday lol so not rly our fault 🤷"
            ),
            (
                "Please note that the service interruption was attributable to upstream carrier maintenance, "
                "an unforeseen power event at our data centre, regulatory constraints on emergency works, "
                "exceptional seasonal demand and third-party hardware defects, all of which lie outside our "
                "direct operational control, as set out in clauses 4.2 to 4.9 of our terms."
            ),
            (
                "We do hear you, though perhaps it helps to know that the desks were full because of the "
                "conference, the heating failed because the landlord's boiler is ancient, the coffee machine "
                "was out because the technician cancelled twice, and the noise came from the builders next "
                "door, none of which we chose."
            ),
            (
                "Fair go mate, the banners were late cos the vinyl roll jammed, the laminator died, half the "
                "crew had the flu, the courier got lost in Parramatta and the artwork changed twice, so "
                "there's heaps of reasons."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message concernant la réparation de votre ordinateur portable. "
                "Nous sommes désolés que le délai annoncé n'ait pas été respecté. Il faut dire que la pièce "
                "venait de Chine, que le transporteur a fait grève, que notre technicien principal était en "
                "congé, que notre logiciel de suivi est tombé en panne, que nous avions reçu quarante "
                "machines la même semaine et que la première carte mère de remplacement était défectueuse, "
                "donc nous avons vraiment fait tout ce qui était possible. Votre ordinateur est maintenant "
                "réparé et a passé tous nos tests. Nous avons ajouté trois mois de garantie supplémentaires "
                "sur l'intervention. Nous restons à votre disposition en boutique ou par téléphone. Bien à "
                "vous, l'équipe Alsace Info Services, Strasbourg"
            ),
            (
                "bah en meme temps le serveur etait en maj, le stagiaire etait malade, y avait une coupure "
                "de courant et c etait les vacances donc bon 🤷‍♀️"
            ),
            (
                "Nous tenons à préciser que l'interruption de service résulte conjointement de travaux de "
                "voirie décidés par la commune, d'un incident sur le réseau de notre opérateur "
                "d'infrastructure, de conditions météorologiques défavorables, de contraintes réglementaires "
                "applicables aux interventions d'urgence ainsi que d'une forte hausse de la demande "
                "saisonnière, éléments qui échappent tous à notre maîtrise."
            ),
            (
                "Écoute, les cartes d'affaires étaient en retard parce que le papier est arrivé en retard, "
                "la presse a brisé, mon employé était en vacances, pis c'était la tempête de neige, pis en "
                "plus le fichier était pas en CMJN, ça fait que..."
            ),
            (
                "Vraiment, c'est le délestage, la pluie qui a mouillé les câbles, le fournisseur qui n'a pas "
                "livré les routeurs, la fête de Tabaski et le camion qui était en panne, voilà pourquoi vous "
                "n'aviez pas internet."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks so much for spending the summer with us at Harbourside Desks and for taking the time "
                "to write. We're really glad the standing desks and the rooftop calls worked so well for "
                "your team. You mention a laptop going missing from the lockers, but that simply never "
                "happened here; nothing has ever been taken from our lockers. We've nevertheless added a "
                "sign-in sheet for the locker area to give everyone extra peace of mind. We also loved "
                "having you at our Thursday community lunches. Hope to see you back in the fall! — The "
                "Harbourside crew, Vancouver"
            ),
            "nope never happened 🙅 our techs dont wipe ppl's phones, end of",
            (
                "We categorically reject the claim that any additional charges were applied to your account; "
                "our billing system does not permit such errors."
            ),
            (
                "We're sorry you feel that way, but it's simply not possible that the colours differed from "
                "the proof, as our presses are calibrated daily."
            ),
            (
                "That didn't happen, full stop. Nobody on our team has ever been rude on the phone, not once "
                "in twelve years."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de laisser un avis après votre passage dans notre "
                "boutique de la Part-Dieu. Nous sommes ravis que votre nouveau téléphone vous plaise et que "
                "le transfert de vos contacts se soit bien passé. Vous évoquez des frais ajoutés sans votre "
                "accord, mais c'est tout simplement impossible : nos conseillers ne facturent jamais rien "
                "sans signature. Nous avons par ailleurs simplifié nos récapitulatifs de souscription pour "
                "qu'ils soient plus lisibles. Notre équipe reste disponible en boutique du lundi au samedi. "
                "Au plaisir de vous revoir ! L'équipe de la boutique Part-Dieu"
            ),
            "n importe quoi, ca s est jamais passe 🙄 on efface jamais les donnees des clients",
            (
                "Nous contestons formellement les faits allégués : aucune coupure n'a été enregistrée sur "
                "votre ligne au cours de la période mentionnée, et nos équipes ne commettent jamais ce type "
                "d'erreur."
            ),
            (
                "Nous sommes navrés de votre ressenti, mais il est exclu que nos collaborateurs aient tenu "
                "de tels propos ; cela ne correspond en rien à nos pratiques."
            ),
            "C est faux, point. Nos imprimeurs n ont jamais livre une commande en retard, jamais.",
        ],
    },
}

BLIND123_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for the kind words about the screen repair on your tablet! Glad it was back with you "
            "the same afternoon. — Raj, Fixit Leicester"
        ),
        (
            "We're really sorry about the outage on Tuesday evening. A damaged cable near the exchange cut "
            "service for about 400 homes, and our engineers worked through the night to restore it. We've "
            "applied an automatic credit to every affected account. If you're still seeing slow speeds, "
            "please call us on 0800 046 2290 and we'll look into it straight away."
        ),
        (
            "Thanks for your review! Just so you know, every customer gets a stamp card: ten print jobs and "
            "the eleventh is on us, whatever you think of us. Hope to see you again soon."
        ),
        (
            "Thanks so much! We'll pass your lovely words on to Aisling, who'll be delighted to hear her "
            "patience with the data transfer made your day. — The team at Phonecare Galway"
        ),
        (
            "You're right, and we're sorry. Tom booked your meeting room for the wrong date, but that's on "
            "us as a business: our booking process should have caught it. We've refunded the room fee and "
            "added a confirmation e-mail step so it can't happen again."
        ),
        (
            "Apologies for the misprinted wedding invitations. We've already refunded the full amount, and "
            "the reprint is ready for collection at no charge whenever suits you."
        ),
        (
            "Sorry for the wait on your laptop. The replacement hinge had to come from the manufacturer and "
            "took longer than we promised. We should have kept you updated, and from now on we will."
        ),
        (
            "Thanks for raising this. Under our terms you can cancel within 14 days of joining without any "
            "charge, and you're still within that window, so just reply to our e-mail and we'll close the "
            "contract for you."
        ),
        (
            "Sorry to hear your phone was stolen so soon after you bought it. If you took out cover with us, "
            "our insurance partner can usually replace it within three working days; pop into any store and "
            "we'll help you file the claim."
        ),
        (
            "So sorry to hear a bike was taken from outside our building. Our CCTV covers the entrance, and "
            "we've shared the footage with the police at their request. Drop us a line at "
            "hello@canalsidework.co.uk and we'll help however we can."
        ),
        (
            "Guilty as charged: our coffee machine has more bad days than our Wi-Fi. A new one arrives "
            "Monday, and the first round is on the house for everyone."
        ),
        (
            "Thanks for the three stars and for explaining what would make it five. Faster turnaround on "
            "business cards is top of our list this quarter."
        ),
        (
            "Thanks for your review. Our records show the quote that was approved included the design fee, "
            "but we may not have explained it clearly enough. We'd really like to go through it with you, so "
            "please give us a ring on 020 7946 0321 whenever suits you."
        ),
        (
            "We're so sorry for your loss. It was an honour to print the order of service for your mother, "
            "and we hope the day brought some comfort to your family."
        ),
        (
            "Congratulations on launching your startup! It's been a joy having your team at the hub since "
            "day one. Here's to many more milestones. 🥂"
        ),
        (
            "Sorry for the confusion at reception. For fire safety, nobody can stay in the building after 10 "
            "p.m. once the alarm is set, but members can book late-access evenings with a day's notice, and "
            "we're happy to help you do that."
        ),
        (
            "You're right that our monthly plan went up by £2 this spring, and we're sorry it came as a "
            "surprise. The rise covers higher network costs, but we should have given clearer notice; if the "
            "plan no longer suits you, we'll happily help you switch to a cheaper one."
        ),
        (
            "Thank you for such a thorough write-up of the project. Your notes on our handover documentation "
            "are spot on, and we're rewriting our client guide with them in mind."
        ),
        "Aw thanks heaps!! 🙌 so glad the new site's bringing in bookings 🎉",
        "Thanks for the feedback. We've fixed the billing error and refunded the difference.",
        (
            "We apologise for the disruption to your service. A full review of the incident has been "
            "completed, and additional monitoring has been deployed to prevent a recurrence. Our customer "
            "care team is available at care@northlinkfibre.co.uk should you wish to discuss the matter "
            "further."
        ),
        (
            "Thank you so much, madam, for the kind review! We are very happy your laptop is working "
            "smoothly again. Do visit us anytime at our Koramangala branch, open 10 am to 8 pm, Monday to "
            "Saturday."
        ),
        (
            "Shot for the awesome review! Glad the fibre install was quick and painless. Enjoy the speeds, "
            "and shout if you need anything."
        ),
        (
            "Ah thanks a million, that's lovely to read. Delighted the posters came out well for the club "
            "fundraiser, best of luck with it!"
        ),
        (
            "Cheers for the feedback, and sorry the hot desks were full on Monday. We're adding eight more "
            "desks next month so there's room for everyone."
        ),
        (
            "Thanks for recommending us to your mates! Every member who brings a friend along gets a free "
            "month, so feel free to pass our details on."
        ),
        (
            "Sorry we were closed when you came by. Our opening hours changed in January: we're now open 9 "
            "to 6 on weekdays and 10 to 2 on Saturdays at 14 Market Street, Bath."
        ),
        (
            "We're sorry about the confusion with your bill. To protect your privacy we won't discuss "
            "account details here, but please e-mail us at help@clearwave.ie and we'll sort it quickly."
        ),
        (
            "We're sorry we couldn't recover everything from the drive. The platters were badly scratched "
            "and only part of the data was readable. We've waived our fee and returned the drive, so you can "
            "try a specialist clean-room lab if you wish."
        ),
        (
            "You're right that the site launched three weeks late, and that's on us. We underestimated the "
            "migration work. We've added a fixed weekly check-in to every project so clients are never left "
            "guessing."
        ),
        (
            "Thank you so much for this wonderful review! Your team's trade show banners were one of our "
            "favourite jobs this spring, and it's great to hear they drew a crowd in Calgary. Big thanks to "
            "Marco for staying late to get the colours just right. We look forward to working with you "
            "again. — Prairie Print Co."
        ),
        "Sweet as, thanks for the kind words! Glad the phone's good as new. 👍",
        (
            "Thanks for being part of our community this winter! We'll miss your team at Friday trivia, and "
            "the door's always open if you're back in town."
        ),
        (
            "Dear Sir, thank you most sincerely for your kind note of appreciation. It has been a great "
            "pleasure to look after your computers these many years, and we look forward to serving you for "
            "many more."
        ),
        (
            "We're sorry about the weak signal in your area. A new mast is planned for the village this "
            "autumn; in the meantime, Wi-Fi calling can help indoors, and our team can set it up with you in "
            "store."
        ),
        (
            "Thanks for flagging the missing parcel. Our reception camera shows the courier left it at the "
            "wrong unit; we've recovered it, and it's waiting for you at the front desk."
        ),
        (
            "Our printer jammed more times than we'd like to admit that morning, and we've since had a stern "
            "word with it. Sorry for the delay, and thanks for your patience."
        ),
        (
            "We're sorry the repair didn't last. From what our technician saw, the new fault is in the "
            "charging port rather than the screen we replaced, but we'd be glad to look at it free of charge "
            "and talk it through with you."
        ),
        (
            "Thanks for coming back to tell us! Priya will be thrilled you liked how she explained the "
            "contract options. See you at the next upgrade."
        ),
        "Thank you! See you next time. — The team at Inkwell Print, Cork",
    ],
    "fr": [
        (
            "Merci beaucoup pour votre message ! Ravis que votre PC soit reparti comme neuf. À bientôt à la "
            "boutique, l'équipe Info Dépannage Angers"
        ),
        (
            "Nous sommes sincèrement désolés pour la coupure de mardi soir. Un câble a été endommagé lors de "
            "travaux sur la voie publique, et nos techniciens sont intervenus dans la nuit. Un geste "
            "commercial a été appliqué automatiquement sur toutes les lignes concernées. N'hésitez pas à "
            "nous appeler au 09 70 80 12 34 si le problème persiste."
        ),
        (
            "Merci pour votre avis ! Petit rappel : notre carte de fidélité est ouverte à tous, et la "
            "dixième impression est offerte, quel que soit votre avis sur nous."
        ),
        (
            "Merci mille fois ! Nous transmettons vos compliments à Amandine, qui sera ravie de savoir que "
            "ses explications sur votre forfait vous ont aidé."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Mathieu a saisi la mauvaise date pour "
            "votre salle de réunion, mais c'est à nous, en tant qu'entreprise, de vérifier nos réservations. "
            "Nous vous avons remboursé et ajouté un e-mail de confirmation systématique."
        ),
        (
            "Toutes nos excuses pour les cartes de visite mal découpées. Le remboursement a déjà été "
            "effectué, et une nouvelle série vous attend gratuitement au comptoir."
        ),
        (
            "Désolés pour l'attente. La pièce de votre ordinateur venait du fabricant et a mis plus de temps "
            "que prévu à arriver ; nous aurions dû vous prévenir plus tôt, et nous le ferons désormais."
        ),
        (
            "Merci pour votre message. Conformément à la loi, vous disposez d'un délai de rétractation de "
            "quatorze jours et vous êtes encore dans ce délai : répondez simplement à notre e-mail et nous "
            "résilierons le contrat sans frais."
        ),
        (
            "Navrés d'apprendre le vol de votre téléphone. Si vous avez souscrit notre assurance, notre "
            "partenaire peut le remplacer sous trois jours ouvrés ; passez en boutique, nous vous aiderons à "
            "faire la déclaration."
        ),
        (
            "Nous sommes désolés pour ce vol de vélo devant l'espace. Nos caméras couvrent l'entrée et les "
            "images ont été remises à la police à sa demande. Écrivez-nous à bonjour@lacanopee-cowork.fr, "
            "nous vous aiderons dans vos démarches."
        ),
        (
            "Coupables ! Notre machine à café a plus de caprices que notre wifi. Une nouvelle arrive lundi, "
            "et la première tournée est pour nous, pour tout le monde."
        ),
        (
            "Merci pour les trois étoiles et pour vos pistes d'amélioration. Raccourcir nos délais sur les "
            "flyers est notre priorité ce trimestre."
        ),
        (
            "Merci pour votre retour. D'après nos échanges, le devis validé incluait la création graphique, "
            "mais nous ne l'avons peut-être pas assez bien expliqué. Nous aimerions en parler avec vous : "
            "appelez-nous au 04 78 00 12 45 quand cela vous convient."
        ),
        (
            "Toutes nos condoléances. Ce fut un honneur d'imprimer les faire-part pour votre père, et nous "
            "espérons que la cérémonie a apporté un peu de réconfort à votre famille."
        ),
        (
            "Félicitations pour le lancement de votre entreprise ! Quel plaisir de vous avoir accueillis "
            "dans nos bureaux depuis le premier jour. Longue vie à votre projet !"
        ),
        (
            "Désolés pour le malentendu à l'accueil. Pour des raisons de sécurité incendie, personne ne peut "
            "rester dans le bâtiment après 22 h une fois l'alarme activée, mais les membres peuvent réserver "
            "une soirée prolongée la veille, et nous vous aiderons volontiers à le faire."
        ),
        (
            "Vous avez raison, votre forfait a augmenté de 2 € ce printemps et nous sommes désolés que vous "
            "l'ayez découvert sur votre facture. Cette hausse couvre l'augmentation de nos coûts réseau, "
            "mais nous aurions dû vous prévenir plus clairement ; si le forfait ne vous convient plus, nous "
            "vous aiderons volontiers à en changer."
        ),
        (
            "Merci pour ce retour si complet sur notre collaboration. Vos remarques sur la documentation de "
            "fin de projet sont très justes, et nous revoyons notre guide client en conséquence."
        ),
        "Merciii 🙏🎉 trop contents que le nouveau site vous ramène des clients !!",
        "Merci. L'erreur de facturation est corrigée et la différence vous a été remboursée.",
        (
            "Madame, Monsieur, nous vous prions de bien vouloir accepter nos excuses pour la gêne "
            "occasionnée. Une analyse complète de l'incident a été réalisée et des mesures de surveillance "
            "supplémentaires ont été mises en place. Notre service clientèle se tient à votre disposition à "
            "l'adresse service.client@armorfibre.fr."
        ),
        (
            "Merci ben gros pour ton beau commentaire! Content que ton ordi roule comme du monde asteure. "
            "Lâche-nous un coup de fil si jamais t'as besoin."
        ),
        (
            "Merci pour votre gentil message, ça nous fait plaisir ! Nous sommes ouverts du lundi au samedi, "
            "de 9 h à 18 h, rue de Fer 12 à Namur. À tantôt !"
        ),
        (
            "Merci beaucoup pour votre retour. Nous sommes navrés pour l'attente au guichet samedi ; nous "
            "renforcerons l'équipe le week-end dès le mois prochain. Meilleures salutations, votre boutique "
            "de Fribourg"
        ),
        (
            "Merci beaucoup pour vos bénédictions ! Nous sommes contents que la connexion soit bien stable "
            "maintenant au bureau. On est ensemble !"
        ),
        (
            "Merci de nous avoir recommandés à vos proches ! Chaque membre qui parraine quelqu'un bénéficie "
            "d'un mois offert, c'est ouvert à tout le monde."
        ),
        (
            "Désolés que vous ayez trouvé porte close. Nos horaires ont changé en janvier : nous sommes "
            "ouverts du mardi au samedi, de 9 h 30 à 18 h 30, au 5 place du Marché, à Quimper."
        ),
        (
            "Nous sommes désolés pour cette confusion sur votre facture. Pour protéger vos données, nous "
            "n'en parlerons pas ici, mais écrivez-nous à aide@ondenet.fr et nous réglerons cela rapidement."
        ),
        (
            "Désolés de ne pas avoir pu tout récupérer sur votre disque. Les plateaux étaient rayés et une "
            "partie des données était illisible. Nous n'avons rien facturé et vous avons rendu le disque, au "
            "cas où vous voudriez tenter un laboratoire spécialisé."
        ),
        (
            "Vous avez raison, le site a été mis en ligne avec trois semaines de retard, et c'est notre "
            "responsabilité. Nous avions sous-estimé la migration. Désormais, chaque projet comporte un "
            "point hebdomadaire fixe avec le client."
        ),
        (
            "Merci pour votre avis, desoles pour le retard de livraison des affiches. On a change de "
            "transporteur pour que ca ne se reproduise pas. A bientot !"
        ),
        (
            "Merci beaucoup pour votre fidélité depuis toutes ces années. Toute l'équipe vous souhaite une "
            "bonne fête de Tabaski en famille !"
        ),
        (
            "Chère Madame, nous vous remercions bien sincèrement pour votre aimable message, qui nous a "
            "beaucoup touchés. Ce fut un plaisir de vous aider à configurer votre nouvel ordinateur."
        ),
        (
            "Nous sommes désolés pour le faible signal dans votre commune. Une nouvelle antenne est prévue "
            "cet automne ; d'ici là, les appels via wifi peuvent vous dépanner, et nos conseillers peuvent "
            "les activer avec vous en boutique."
        ),
        (
            "Merci de nous avoir signalé ce colis manquant. Les images de vidéosurveillance de l'accueil "
            "montrent que le livreur l'a déposé dans le mauvais bureau ; nous l'avons récupéré et il vous "
            "attend à l'accueil."
        ),
        (
            "Notre imprimante a fait des siennes ce matin-là, on lui a parlé sérieusement depuis 😅 Désolés "
            "pour l'attente et merci de votre patience."
        ),
        (
            "Désolés que la réparation n'ait pas tenu. D'après notre technicien, la nouvelle panne vient du "
            "connecteur de charge et non de l'écran remplacé, mais nous regarderons volontiers gratuitement "
            "et en discuterons avec vous."
        ),
        (
            "Oh merci, ça nous fait plaisir, franchement ! Passez nous voir quand vous voulez, le café est "
            "offert, comme à tout le monde."
        ),
        (
            "Merci à vous pour ce retour ! Ravis que l'espace vous ait plu. On vous attend au prochain "
            "afterwork du jeudi, il est ouvert à tous."
        ),
        "Merci beaucoup, à très vite ! Sophie, pour l'équipe de Print & Co Toulouse",
    ],
}
