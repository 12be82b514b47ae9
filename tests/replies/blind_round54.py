"""Blind reply set, round 54: owner replies the pre-post check has never seen.

Who and when: written by helper b54, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of eight kinds of business: a dentist, a car rental agency, a
laundrette, a ski school, a pizza delivery shop, a tattoo studio, a theatre
box office and a plumber.  Each French reply was written directly in French,
not translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: terse one-liners, over-polite corporate prose, youthful slang
(texting, emoji, verlan and "wesh"/"fr"/"ngl"), and passive-aggressive
politeness; for every code and language the first reply is long and warm,
with the fault in a single sentence in the middle.  The shape of each fault
varies: incentives as upgrades, free washes, discounts, tickets or a
retouch, tied to raising, editing or deleting a review; threats of
solicitors, defamation suits, CCTV exposure and "we know who you are";
private details as a health history (surgery, medication, diabetes, an
injury), a street address, a booking reference with date and time, card
digits, a hotel room, a machine badge log and ordering habits; attacks as
"liar", "clown", bad faith, attention-seeking and dishonesty; sarcasm as
mock outrage, mock thanks, fake sympathy and absurd promises; named staff
warned, fired, moved or mocked; long lists of excuses; and flat denials.
Good replies include look-alikes that are not faults: a loyalty card open to
everyone whatever they write, the business's own phone, e-mail and hours,
staff praised by first name, an employee's mistake owned by the business,
refunds already made, CCTV, photos and the police used to help the customer,
legal ID rules, safety rules explained kindly, star ratings quoted neutrally,
polite factual corrections, condolences, price rises explained and jokes at
the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND54_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for such a kind review after your first visit with us. We know many people feel anxious in the dentist's chair, and it means a lot that Dr Okafor's gentle approach helped you relax during the filling. If you bump your rating up to five stars, your next scale-and-polish is on us. Our hygienists were delighted to hear you'd finally booked the cleaning you'd been putting off, and we look forward to seeing that lovely smile again in six months!",
            "Noted. Edit to 5★ = free upgrade on your next rental.",
            "We would be most grateful should you see fit to revisit your rating; as a token of our appreciation, a complimentary service wash would then be made available to you at your earliest convenience.",
            "ngl that lesson sounded rough 😬 delete the review and ur next group lesson's free fr, just DM us 🎿",
            "We'd have hoped a regular like you would be fairer. Anyone who updates their review to something more accurate gets a free large pizza on us, just saying.",
        ],
        "fr": [
            "Merci infiniment pour ce message, ça nous touche beaucoup. Votre pièce florale sur l'avant-bras était un vrai défi, et Léa a adoré travailler le dessin avec vous pendant les séances préparatoires. Si vous passez votre avis à cinq étoiles, on vous offre la retouche et un flash de votre choix. On est ravis que la cicatrisation se passe bien et que vous ayez suivi nos conseils à la lettre. À très bientôt au studio !",
            "Avis passé à 5 étoiles = deux places offertes. Merci.",
            "Nous nous permettons de vous proposer une remise de 20 % sur votre prochaine intervention, sous réserve que votre évaluation soit revue à la hausse.",
            "wesh dsl pour la machine 😅 si tu vires ton avis on te file 3 lavages gratos, vas-y c cadeau",
            "Dommage que vous n'ayez retenu que le négatif. Sachez que les clients qui prennent la peine de corriger leur note bénéficient d'une journée de location offerte. À vous de voir.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write, and we're really glad your two boys loved their week on the nursery slopes. Our instructors work hard to make those first turns fun, and it's lovely to hear the little one now calls himself a 'pizza champion'. Our solicitor has been sent a copy of this review and will be in touch if the comments about our instructor aren't taken down. Otherwise we'd love to see the whole family back in February for the next level.",
            "Remove this or expect a letter from our lawyer.",
            "Please be advised that we retain full CCTV footage of the foyer on the evening in question and will not hesitate to make it public, should this review remain online.",
            "lol we know exactly who u are, small town, word gets around 👀 think twice before posting",
            "It would be a shame for you if the other practices in the area heard how you behaved in our waiting room. We all talk to each other, you know.",
        ],
        "fr": [
            "Merci pour votre retour et pour votre fidélité depuis l'ouverture de la pizzeria. On est contents que la quatre-fromages vous ait plu et que le livreur soit arrivé avant le match. Par contre, on a votre adresse et on sait très bien qui vous êtes, alors réfléchissez bien avant de republier ce genre de commentaire. Toute l'équipe fait de son mieux le vendredi soir, qui reste notre plus gros rush. Bonne soirée et à bientôt, on l'espère.",
            "Retirez cet avis sous 48 h, sinon plainte pour diffamation.",
            "Nous vous informons que notre service juridique étudie actuellement la qualification de vos propos et se réserve le droit d'engager toute procédure utile à votre encontre.",
            "tkt on t'a reconnu sur la photo 😏 les moniteurs aussi, fais gaffe la prochaine fois que tu montes à la station",
            "Nous avons des caméras, Madame. Si vous tenez à ce que tout le quartier voie ce que vous avez fait avec la machine 6, continuez donc.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi, and thanks so much for coming back to us for your third session. We completely hear you about the wait on Saturday, and we've since changed how we book walk-ins so it shouldn't happen again. As you told Jade, the piece was covering the scar from your mastectomy last spring, so we wanted to take our time and make sure it felt right for you. We're so proud of how it turned out and we hope you are too. Come and see us any time for a touch-up.",
            "Booking ref RX-4471, returned 14 March at 21:40 with an empty tank. Facts.",
            "We regret your dissatisfaction. For transparency, our engineer attended 14 Elm Grove on Tuesday 3rd at 8.15am, as confirmed by text message to your mobile ending 0917.",
            "bro u literally order a large pepperoni to flat 2B every friday at like 1am 😂 u know the drill",
            "Perhaps if you had mentioned your anxiety medication and the three appointments you missed last year, the hygienist would have known what to expect.",
        ],
        "fr": [
            "Bonsoir et merci d'avoir pris le temps de nous écrire après la représentation. Nous comprenons votre déception concernant la visibilité depuis le balcon, et nous avons transmis vos remarques à la direction technique. Nous rappelons que vos deux places au rang K, réservées le 12 novembre au nom de M. et Mme Ferrand avec la carte se terminant par 0832, étaient signalées à visibilité réduite. Nous espérons malgré tout vous accueillir de nouveau cette saison, et vous proposer de meilleures places.",
            "Vous étiez là mardi à 19 h 12, machine 4, badge n° 2231. On a les relevés.",
            "Nous tenons à préciser que l'intervention au 8 rue des Tilleuls, 3e étage gauche, a été facturée conformément au devis signé par votre épouse.",
            "attends t'es pas la meuf de la chambre 212 à l'hôtel des Cimes qui s'est fait une entorse au genou mardi ? 😅",
            "Avec votre diabète et le tabac, il fallait s'attendre à ce que la gencive cicatrise lentement, mais bon.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for renting with us for your family trip to the coast, and we're glad the estate car had plenty of room for the bikes. Our counter team try to get everyone on the road quickly during the summer rush, and we'll keep working on that. Frankly, though, people like you who invent scratches to dodge paying for damage are the reason rental prices keep going up. We hope the rest of your holiday was relaxing and that the kids enjoyed the beach.",
            "You're lying and you know it.",
            "We must observe that this review appears to have been written by someone with little understanding of theatre etiquette and, frankly, rather limited manners.",
            "imagine being this much of a clown over one missing sock 🤡 touch grass",
            "Some customers simply enjoy complaining for attention, and we suspect you're one of them. Wishing you a calmer season.",
        ],
        "fr": [
            "Bonjour, merci d'avoir choisi notre cabinet pour la pose de votre couronne. Nous savons que les soins longs peuvent être fatigants, et notre assistante a veillé à ce que vous puissiez faire des pauses. Mais soyons honnêtes : vous êtes de mauvaise foi, et vous le savez très bien. Nous restons néanmoins à votre disposition pour le contrôle prévu dans six mois et vous souhaitons une bonne fin de semaine.",
            "Menteur. Et radin, en plus.",
            "Nous constatons avec regret que vos propos relèvent davantage de la malhonnêteté que d'un retour client constructif.",
            "frérot t'es juste un rageux, t'as gigoté pendant toute la séance et tu viens pleurer ici 😭",
            "Vous écrivez des avis mensongers comme d'autres respirent, visiblement. On vous laisse à vos petites histoires.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hello and thanks for your review. We're always glad to see new faces at the launderette, and we hope the big drum dryers sorted out your duvet in the end. Oh, how tragic that a 30-minute wash took 32 whole minutes, we'll alert the national press immediately. Our attendant is there until 6pm every day if anyone needs help with the machines. We hope to see you again soon, and do try our new lavender detergent.",
            "Cold pizza at 2am. Shocking. Truly.",
            "We thank you for your insightful clinical assessment, which we shall of course weigh carefully against the mere twenty years of training held by our dentists.",
            "omg a rental car that wasn't sparkling inside?? the trauma 😱 hope u recover bestie",
            "Thank you for teaching us that a plumber should fix a forty-year-old pipe instantly, for free, without making any mess. We'll have 'miracle workers' painted on the vans.",
        ],
        "fr": [
            "Merci beaucoup pour votre avis et pour ces belles photos de la sortie du vendredi. Nous sommes heureux que vos enfants aient obtenu leur Flocon, ils ont été très motivés toute la semaine. Quant à la neige un peu dure, toutes nos excuses : nous tâcherons de commander une poudreuse sur mesure l'an prochain, rien que pour vous. Nos moniteurs ont adoré leur bonne humeur malgré le froid du mardi matin. Au plaisir de vous retrouver sur les pistes !",
            "Un entracte trop long. Quel drame. Vraiment.",
            "Nous vous remercions pour cette analyse d'une finesse remarquable, digne des plus grands experts, sur la couleur de nos tapis de sol.",
            "ah ouais un tatouage qui fait mal, t'as trop raison c un scandale 😂😂 la prochaine fois on essaie avec des aiguilles en coton",
            "Pardon, Monsieur, de ne pas avoir plié votre linge à votre place. Nous ignorions que la laverie était devenue un palace.",
        ],
    },
    "blames_employee": {
        "en": [
            "Good evening, and thank you for coming to our Christmas production with your grandchildren. We're delighted the children loved the flying scene and stayed for autographs at the stage door afterwards. We're sorry the tickets weren't at the collection desk: that was entirely down to Tom on the box office, who has been given a formal warning. We'd love to welcome you back for the spring show, and there will be a hot chocolate waiting for the little ones at the bar.",
            "Driver was Kev. Kev's been let go.",
            "Following an internal review, we can confirm that the error in your treatment plan was caused by our receptionist, Ms Harlow, who failed to transfer your X-rays; appropriate disciplinary steps have been taken.",
            "yeah that was Jonas lol he's new and kinda hopeless, we've moved him to the baby slope 💀",
            "We'd love to take responsibility, but the linework was done by Cam, who apparently thinks stencils are optional. Take it up with her.",
        ],
        "fr": [
            "Bonjour Madame, et merci d'avoir fait appel à nous pour la rénovation de votre salle de bains. Nous sommes contents que la nouvelle douche à l'italienne vous plaise et que le chantier ait été bouclé dans les délais. Pour les traces de joint sur le carrelage, c'est Kévin qui a bâclé la finition, et il a été sanctionné. N'hésitez pas à nous recontacter pour l'entretien annuel de la chaudière.",
            "C'est Nadia qui a oublié votre linge. Elle ne fait plus partie de l'équipe.",
            "Après vérification, l'erreur de facturation est imputable à notre agent, M. Dubreuil, dont le manque de rigueur a fait l'objet d'un rappel à l'ordre écrit.",
            "dsl c'est Yanis qui s'est encore paumé avec son scoot 🙄 on l'a recadré t'inquiète",
            "Nous aurions aimé vous placer correctement, mais Chantal, à la billetterie, n'a toujours pas compris le plan de salle après trois ans. Vous comprendrez.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for ordering from us on Saturday, and we're really glad the garlic bread hit the spot. We're a small family shop and every base is still stretched by hand, which is something we're proud of. The delay was down to the rain, the match at the stadium, two drivers off sick, the oven playing up, our new till system, roadworks on the high street and a huge order from the rugby club landing at the same moment. We hope you'll give us another go on a quieter night, when the dough will be as good as ever.",
            "Delay: system crash, short-staffed, peak week, airport works, late flights, other customers. Not us.",
            "We would like to clarify that the delay resulted from the supplier's backorder on the valve, unexpected corrosion behind your wall, parking restrictions on your street, the building manager's access hours, the bank holiday schedule and the industry-wide shortage of qualified engineers, all of which were outside our control.",
            "ok so the dryer was broken bc the repair guy didn't show, and the coin thing jammed, and the lights went out tuesday, and the heatwave, and the landlord never fixes anything?? so yeah not really on us tbh 🤷",
            "Before you judge, do remember that the snow was late, the lifts are run by the resort, half our instructors had flu, the insurance rules changed, parents kept arriving late and the groups were bigger than usual. We did what anyone could.",
        ],
        "fr": [
            "Merci pour votre message et pour la confiance que vous nous avez accordée pour ce premier tatouage. On sait que c'est un moment important, et on était heureux de le partager avec vous. Le retard s'explique par la séance précédente qui a débordé, une coupure de courant dans le quartier, l'autoclave à relancer, un fournisseur d'encre en retard, une machine à réparer et les travaux qui bloquaient la rue. On espère que le résultat vous accompagnera longtemps et on vous attend pour le contrôle de cicatrisation.",
            "Retard : grève, pluie, régie en panne, comédien malade, public en retard. Pas de notre fait.",
            "Nous tenons à rappeler que ce délai découle de l'urgence d'un autre patient, de la maintenance du fauteuil, du changement de logiciel de facturation, des nouvelles normes de stérilisation, de l'absence de notre assistante et des consignes de l'ARS, autant d'éléments indépendants de notre volonté.",
            "frr le retard c'était l'avion, la navette, le parking bloqué, le logiciel qui bug, le collègue en pause et en plus c'était les vacances donc bon 🤷‍♂️",
            "Avant de juger, il faudrait savoir que la pièce n'est plus fabriquée, que l'installation date des années 70, que l'ancien plombier avait tout bricolé, que le syndic ne répondait pas et qu'il a fallu couper l'eau de tout l'immeuble. On ne fait pas de miracles.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hi, and thanks for choosing us for the kitchen sink job last month. We know how stressful a leak can be, especially right before the holidays, and we always try to get out to people as fast as we can. The leak you describe after our visit simply did not happen: our work was perfect and there is nothing to discuss. We wish you all the best for the new year.",
            "Didn't happen. Nobody was rude to you.",
            "We categorically reject your account: no patron was refused entry on the evening of the premiere, and the events you describe did not occur.",
            "nah that never happened, nobody lost ur kid on the mountain, full stop 🙅",
            "Our machines do not shrink clothes. They never have. Whatever happened to your jumper happened somewhere else.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir loué chez nous pour votre week-end en Bretagne. Nous sommes ravis que le petit utilitaire vous ait rendu service et que la prise en charge à l'agence se soit faite rapidement. Concernant les frais de carburant, c'est faux : le réservoir n'était pas plein au retour, point final. Nous vous souhaitons une bonne fin d'année et espérons vous revoir bientôt.",
            "Faux. La pizza était chaude.",
            "Nous contestons formellement votre version des faits : aucune machine n'était hors service ce jour-là et aucun vêtement n'a été abîmé dans notre établissement.",
            "nan jamais de la vie, on a jamais réutilisé une aiguille, ça s'est jamais passé c'est tout",
            "Nous n'avons jamais facturé ce détartrage deux fois. Jamais. Relisez donc votre relevé.",
        ],
    },
}

BLIND54_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for your kind words. We're really glad the whitening worked out and that Dr Mensah put you at ease. See you at your next check-up!",
        "Thanks for the honest three stars. You're right that we ran late on Thursday afternoon, and we've added an extra hygienist slot on busy days so it doesn't happen again.",
        "We're sorry the bill came as a surprise. Please ring our practice manager on 0161 496 0000 or email hello@brightsmile-dental.example and we'll go through it with you line by line.",
        "We understand it was frustrating to be asked to reschedule. For everyone's safety we check with a patient's GP before any extraction when certain medicines are involved; we know it's a nuisance, and we're sorry we didn't explain it more clearly on the phone.",
        "We sincerely apologise for the discomfort you experienced and for the lack of clarity about the cost of your crown. We have reviewed our estimate process and will now provide written quotes before any treatment begins.",
        "Sorry about the wait at pickup. We've added a second desk for weekends. Thanks.",
        "aw thank u so much!! glad the convertible made the road trip 🚗☀️ come back anytime x",
        "We're so sorry your car was broken into at the hotel. Please don't worry about the excess: we've dealt with the police report and the insurance on our side, and a replacement car is ready whenever you need it.",
        "Thank you for your feedback. For clarity, our fuel policy is full-to-full and is shown on the booking page and the rental agreement; we understand it's easy to miss, though, and our team will point it out at the desk from now on. Do get in touch if you'd like us to look at the charge again.",
        "Luis at the desk entered the wrong return date, and that's on us as a business, not on him: we should have had a second check in place. We've refunded the extra day and that check now happens on every booking.",
        "Our change machine has now eaten more coins than a seagull eats chips. Sorry! The engineer came on Monday and it's finally behaving.",
        "Thanks for popping in! Just so you know, every customer gets a stamp card: your tenth wash is free, whatever you think of us.",
        "We're sorry the dryer didn't heat up. We've refunded your £4 and put an out-of-order sign on it until the new part arrives.",
        "haha thank u for the love 💜 the new folding tables are a vibe, we know",
        "Fair point about our opening hours. From next month we'll be open until 10pm on weekdays.",
        "We're sorry your daughter was disappointed not to join the off-piste group. For safety, children need to pass their Star 3 first; we know it felt strict, and Anna would be happy to help her prepare for it next week.",
        "Thank you! We'll pass your message on to Pierre, who was thrilled to see your whole family make it down the red run together.",
        "We were so sorry to read of your loss, and touched that you came back to the slopes all the same. Please accept our heartfelt condolences; your lesson credit stays open for whenever you feel ready.",
        "Thank you for your comments. Lift passes are handled by the resort rather than by the school, but we have passed your feedback on to them.",
        "So sorry the week was cut short by the storm. Every cancelled lesson has been refunded, and you're welcome back any time.",
        "Sorry the pizza arrived cold, that one's on us. Our oven and our satnav both had a bad night; we've refunded your order in full.",
        "Thanks for the five stars! By the way, our loyalty card is for everyone: every tenth pizza is free, no review needed.",
        "yesss glad u loved the nduja 🔥🍕 see u next friday",
        "We're really sorry about the mix-up with your gluten-free order. That's serious, and the whole kitchen has been retrained on allergen orders this week. Please call the shop on 0113 496 0123 so we can put it right.",
        "Thanks for the feedback. Just to clarify, the delivery charge is shown at checkout before payment, but we agree it could be clearer and we're making it more visible on the menu page.",
        "Thanks so much! Maya loved doing your botanical sleeve and can't wait to see it healed.",
        "We're sorry we couldn't tattoo you on Saturday. We never tattoo anyone who has been drinking, for their safety and for the quality of the work; we know it's disappointing and we'd be glad to rebook you whenever suits.",
        "The spelling mistake on your stencil should have been caught by us before a single line went on. We take full responsibility: the session has been refunded and we'll cover a cover-up or laser removal with the artist of your choice.",
        "Sorry for the mix-up on times. Booking system fixed. Hope to see you again.",
        "Just so everyone knows, the law requires us to ask every client for photo ID, whatever their age. Sorry it slowed things down at the desk.",
        "We are sincerely sorry that the performance was cancelled at such short notice. Full refunds have been issued to all ticket holders, and the box office is available on 020 7946 0000 to help with exchanges.",
        "Thank you for your four-star review, and for the helpful note about the step lighting in the circle; our technicians have made it brighter.",
        "Yes, our seats were built in 1892, we suspect by people with very short legs. We're raising money to replace them, and in the meantime cushions are free at the bar.",
        "Thank you for mentioning Rosa on the box office; she really did go above and beyond to find you seats together. We've passed on your kind words.",
        "omg thank u!! so happy u loved the show 🎭✨ the cast read every review btw",
        "We're sorry the first visit didn't fix the leak. We came back free of charge, and we'll give you a ring in a week to make sure everything is still dry.",
        "Thanks for your feedback. Our notes say the call-out fee was quoted on the phone, but we understand it may not have been clear, and we'd be glad to talk it through: please email office@dripfix-plumbing.example.",
        "Sorry for the late arrival. Call-out fee waived. Won't happen again.",
        "We're sorry for the dust left in your hallway. We photograph every job for our own quality checks and can send you the pictures if they'd help with your insurance claim.",
        "We understand the new call-out price came as a shock, and we're sorry we didn't warn regular customers sooner. Fuel and parts have gone up a lot this year, and anyone already booked keeps the old rate.",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Le Dr Benali sera ravi de savoir que vous n'avez plus peur de la roulette. À bientôt pour le contrôle.",
        "Nous sommes désolés pour l'attente de jeudi. Une urgence a décalé tous les rendez-vous ; nous aurions dû vous prévenir, et nous envoyons désormais un SMS dès que le retard dépasse vingt minutes.",
        "Pour toute question sur votre devis, notre secrétariat est joignable au 01 99 00 12 34 du lundi au vendredi, ou par courriel à contact@cabinet-sourire.example.",
        "Merci pour vos trois étoiles et pour vos remarques franches sur l'accueil téléphonique. Nous avons recruté une deuxième secrétaire à mi-temps.",
        "Nous comprenons votre frustration. Par précaution, nous ne pratiquons aucune extraction sans bilan récent ; c'est une règle que nous appliquons à tous nos patients, et nous aurions dû mieux vous l'expliquer.",
        "Désolés pour l'attente au comptoir. Un deuxième guichet ouvre le samedi dès ce mois-ci. Merci.",
        "Nous sommes sincèrement navrés pour la panne sur l'autoroute. L'assistance a été prise en charge par nos soins et la journée perdue vous a déjà été remboursée.",
        "Merci ! Pour info, notre carte de fidélité est ouverte à tous : une journée offerte toutes les cinq locations, que vous nous laissiez un avis ou non.",
        "Merci pour votre retour. La franchise figure bien dans les conditions générales et sur le contrat signé au départ ; nous reconnaissons toutefois qu'elle mériterait d'être expliquée de vive voix, et c'est ce que nous ferons désormais.",
        "Julien s'est trompé dans les dates de votre réservation, mais c'était à nous, l'agence, d'avoir un contrôle en place. Toutes nos excuses : la journée en trop vous a été remboursée et chaque réservation est maintenant vérifiée à deux.",
        "Notre monnayeur a encore fait des siennes, il aime un peu trop les pièces de 2 €. Toutes nos excuses, le technicien l'a réparé lundi.",
        "merci trop gentil 🧺💙 à la prochaine !",
        "Désolés pour le séchoir qui ne chauffait pas. Vos 4 € vous ont été remboursés et la machine reste bloquée jusqu'à l'arrivée de la pièce.",
        "Merci de nous avoir signalé le vol de votre sac. Nous avons remis les images de la caméra à la police pour aider l'enquête, et nous espérons sincèrement que vous le retrouverez.",
        "Bonne remarque sur les horaires ! Dès le mois prochain, la laverie sera ouverte jusqu'à 22 h en semaine.",
        "Nous comprenons la déception de votre fils. Pour des raisons de sécurité, le hors-piste n'est accessible qu'après la 3e étoile ; son moniteur sera ravi de l'aider à la préparer.",
        "Merci ! Nous transmettons votre message à Manon, qui était très fière de voir toute la famille descendre la piste rouge.",
        "Nous sommes profondément touchés par votre message et vous présentons nos sincères condoléances. Votre crédit de cours reste valable aussi longtemps qu'il le faudra.",
        "Nous vous remercions pour votre retour. Les forfaits sont gérés par la station et non par l'école ; nous lui avons néanmoins transmis vos remarques.",
        "Désolés que la tempête ait écourté votre semaine. Tous les cours annulés ont été remboursés, et vous êtes les bienvenus quand vous voulez.",
        "Oui, notre four a décidé de faire grève samedi soir. On lui a parlé sérieusement. Pardon pour l'attente, votre commande a été remboursée.",
        "Merci pour les cinq étoiles ! Petit rappel : la carte de fidélité est pour tout le monde, la 10e pizza est offerte.",
        "trop contents que la pizza truffe t'ait plu 🍕🔥 à vendredi !",
        "Nous sommes vraiment désolés pour l'erreur sur votre commande sans gluten. C'est grave, et toute l'équipe a été reformée cette semaine. Appelez-nous au 04 99 00 56 78 pour qu'on puisse arranger ça.",
        "Merci pour votre avis. Les frais de livraison sont affichés avant le paiement, mais vous avez raison, ils pourraient être plus visibles : nous corrigeons le site.",
        "Merci mille fois ! Inès a adoré réaliser votre pièce et a hâte de la voir cicatrisée.",
        "Désolés de ne pas avoir pu vous tatouer samedi. Nous ne tatouons personne après une consommation d'alcool, pour sa sécurité et pour la qualité du travail. Nous serons ravis de vous reprogrammer.",
        "La faute d'orthographe sur le pochoir aurait dû être repérée par nous avant la première ligne. Nous en assumons l'entière responsabilité : la séance est remboursée et nous prenons en charge le recouvrement ou le laser.",
        "Désolés pour la confusion d'horaires. Agenda corrigé. Au plaisir.",
        "Pour information, la loi nous oblige à demander une pièce d'identité à chaque client, quel que soit son âge. Désolés pour l'attente que cela a causée.",
        "Nous sommes sincèrement désolés de l'annulation de dernière minute. Tous les billets ont été remboursés et la billetterie reste à votre disposition au 03 99 00 11 22 pour un échange.",
        "Merci pour vos quatre étoiles et pour votre remarque sur l'éclairage des marches au balcon ; nos techniciens l'ont renforcé.",
        "Nos fauteuils datent de 1905 et ont, on le soupçonne, été conçus pour des spectateurs d'un mètre cinquante. Une souscription est en cours pour les changer ; en attendant, les coussins sont gratuits au bar.",
        "Merci d'avoir cité Sophie, à la billetterie, qui s'est démenée pour vous trouver deux places côte à côte. Nous lui avons transmis vos compliments.",
        "merciii 🎭✨ la troupe lit tous les avis, vous leur avez fait trop plaisir !",
        "Nous sommes désolés que la première intervention n'ait pas suffi. Nous sommes revenus gratuitement et nous vous rappellerons dans une semaine pour vérifier que tout est bien sec.",
        "Merci pour votre retour. D'après nos notes, le forfait de déplacement avait été annoncé au téléphone, mais nous comprenons que ce n'était peut-être pas clair ; écrivez-nous à bureau@plomberie-durand.example et nous en discuterons volontiers.",
        "Désolés pour le retard. Déplacement offert. Ça ne se reproduira pas.",
        "Nous sommes désolés pour la poussière laissée dans votre couloir. Nous photographions chaque chantier pour notre contrôle qualité et pouvons vous envoyer les photos si cela aide votre déclaration d'assurance.",
        "Nous comprenons que la hausse du tarif vous ait surpris, et nous aurions dû prévenir nos clients réguliers plus tôt. Les pièces et le carburant ont beaucoup augmenté ; les rendez-vous déjà pris restent à l'ancien prix.",
    ],
}
