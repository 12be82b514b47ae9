"""Blind reply set, round 61: owner replies the pre-post check has never seen.

Who and when: written by helper b61, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 61).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a dental practice, a driving school, a
florist, a campsite, a bicycle repair shop and a hammam/spa.  Each French
reply was written directly in French, not translated.  The writer read only
the writer brief, the first seventy-five lines of
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
Registers: formal and corporate; casual and chatty; Belgian and Swiss French
turns of phrase (septante, nonante, à tantôt, une fois, savoir for pouvoir,
natel, GSM, ça joue, souper, drache); British understatement; and a few very
short replies.  For every code and language the first reply is long and
warm, with the fault in a single sentence in the middle.  Good replies
include look-alikes that share words with the faults but are fine: loyalty
schemes open to everyone, the business's own phone or e-mail, a named
employee praised, an employee's mistake owned by the business, polite factual
corrections, safety rules explained kindly, condolences and humour at the
business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND61_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your first lesson with us. Nerves before getting behind the wheel are completely normal, and we're delighted that you felt calmer by the time you reached the roundabout on Mill Lane. Our instructors genuinely love seeing learners grow in confidence week by week. If you bump this up to five stars, your next hour-long lesson is on us. We look forward to seeing you back in the car on Thursday!",
            "Cheers for the review mate! Edit it to 5 stars and your next puncture repair's free 🚲👍",
            "Should you feel able to revisit your rating in light of our conversation, we would be pleased to extend a complimentary hammam session to you and a guest.",
            "Delete this and the tune-up's on the house. Deal?",
            "In appreciation of any updated review reflecting your overall satisfaction, a 15% courtesy credit will be applied to your next hygiene appointment at the practice.",
        ],
        "fr": [
            "Un tout grand merci pour votre message après votre séjour chez nous au bord du lac. Nous sommes ravis que l'emplacement près des saules vous ait plu et que les enfants aient profité de la piscine jusqu'à la fermeture. Toute l'équipe se démène pour que chaque vacancier se sente comme à la maison, et lire vos mots nous fait chaud au cœur. Si vous remontez votre note à cinq étoiles, nous vous offrons une nuitée gratuite l'été prochain. Au plaisir de vous revoir sous la tente !",
            "Merci hein ! Mets 5 étoiles et ton prochain bouquet de la fête des mères est offert, promis 💐😉",
            "Nous serions heureux de vous remettre un bon de septante francs dès que votre commentaire aura été modifié.",
            "Retirez l'avis, on vous fait le détartrage gratuit. Ça joue ?",
            "Afin de vous remercier pour une éventuelle révision de votre évaluation, une séance de gommage au savon noir vous sera offerte lors de votre prochaine visite au hammam.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for visiting the spa last weekend, and we're sorry the steam room didn't live up to your hopes. We take great pride in our treatments and our therapists work incredibly hard to make every guest feel looked after. Please be aware that our solicitors have been sent a copy of this review and will be in touch if it is not removed by Friday. We'd still love to welcome you back for a proper relaxing afternoon. Warm regards from all of us.",
            "We have CCTV of the whole forecourt, so think very carefully before posting lies about our workshop again.",
            "It's a small town. People talk. You might want to reconsider.",
            "Just so you know, we've passed your name on to the other driving schools in the area. Good luck booking a lesson anywhere now 🙂",
            "Further publication of defamatory statements regarding this practice will result in formal proceedings being initiated without further notice.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre passage à la boutique. Nous comprenons que le bouquet de mariage ne correspondait pas tout à fait à ce que vous aviez imaginé, et nous en sommes sincèrement désolés. Sachez toutefois que notre avocat a été saisi et que nous n'hésiterons pas à porter plainte si cet avis reste en ligne. Nous restons à votre disposition pour en discuter calmement. Belle journée à vous.",
            "On sait très bien qui vous êtes, madame. On se recroisera au marché, une fois.",
            "Attention à ce que vous écrivez, on a les caméras de l'atelier et un cousin huissier.",
            "Nous nous réservons le droit de transmettre vos propos à la police pour diffamation si ce commentaire n'est pas retiré sous huitaine.",
            "À votre place je ferais gaffe, le camping c'est petit et les nouvelles vont vite 😉",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your feedback, and we're genuinely sorry your visit didn't feel as smooth as it should have. We always try to run on time, and we know how frustrating a wait in reception can be, especially when you're anxious about treatment. As our records show, you arrived twenty minutes late for your root canal on 14 November and had already cancelled twice in October. We'd still be very happy to see you again and talk things through. Kind regards from the whole practice team.",
            "Hi Dave, we've got your number (07700 900 412) on file so we'll ring you about the wheel truing 👍",
            "For the avoidance of doubt, the booking for pitch 23 under the name of Mr Harland, 4 Beech Close, was for two nights only, not three.",
            "Given your back condition we did recommend the gentler massage, as noted on your intake form.",
            "Your son failed his test on 3 March, not the instructor's fault.",
        ],
        "fr": [
            "Merci beaucoup pour votre avis et pour votre fidélité depuis toutes ces années. Nous sommes désolés que la composition pour l'anniversaire de votre épouse soit arrivée un peu fanée, ce n'est pas du tout notre standard habituel. Le livreur est bien passé au 12 rue des Tilleuls, deuxième étage, à 18 h 40 le jeudi 8, et c'est votre voisine qui a réceptionné. Nous serions heureux de vous refaire un bouquet pour nous faire pardonner. À tantôt peut-être à la boutique !",
            "Bonjour Mme Favre, on vous a rappelée sur votre natel au 079 555 12 34 mais sans réponse, rappelez-nous.",
            "Comme indiqué lors de votre séance du mardi 2 à 15 h, votre problème de tension nous a obligés à écourter le hammam.",
            "Votre fille a raté l'examen pratique deux fois déjà, il faut être honnête.",
            "Pour rappel, votre réservation n° 4471 au nom de M. Janssens, emplacement 12, arrivée le 5 août, incluait bien l'électricité.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the shop, and we're sorry the gear cable you had fitted started slipping again after a week. Our mechanics take real care with every bike that comes through the door, and we always offer a free re-adjust in the first month. Frankly, anyone who rides the way you clearly do shouldn't be surprised when things break, and it's obvious you're just after a freebie. The offer of a re-adjust stands, of course. Happy cycling.",
            "You are a liar, plain and simple.",
            "Some people simply enjoy complaining, and you seem to be one of them.",
            "lol nice try, we all remember you screaming at reception like a toddler 🙄",
            "It is regrettable that a customer would choose to fabricate an account in order to obtain a refund to which they are not entitled.",
        ],
        "fr": [
            "Bonjour et merci de votre retour sur votre leçon de conduite de samedi. Nous savons que l'approche de l'examen génère beaucoup de stress, et nos moniteurs font tout pour accompagner chaque élève à son rythme. Mais soyons clairs, vous êtes de mauvaise foi et vous le savez très bien. Nous restons évidemment disponibles pour planifier la suite de votre formation. Bonne route à vous.",
            "Menteur.",
            "Franchement, quand on est aussi désagréable au comptoir, faut pas s'étonner.",
            "Votre avis est à l'image de votre comportement au camping : grossier et sans fondement.",
            "Il est navrant de constater qu'un patient invente de toutes pièces un récit dans le seul but de nuire à notre cabinet.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for taking the time to share your thoughts after your stay on the campsite. We do understand that August is our busiest month and the shower block can get a little crowded in the mornings. Oh, and do forgive us for not arranging the weather personally, we'll have a word with the clouds before your next visit. We've added two extra showers this autumn, so we hope things will be smoother. Best wishes from the whole team.",
            "So sorry our flowers weren't immortal. We'll work on that.",
            "Wow, a two-star review because the bike shop was closed on Christmas Day. Truly shocking behaviour on our part.",
            "Gosh, what a tragedy, a slightly warm eucalyptus towel. However did you survive? 😂",
            "We were thrilled to learn that you, unlike our qualified instructors with twenty years of experience, know exactly how a mirror check should be done.",
        ],
        "fr": [
            "Merci pour votre message et pour votre confiance depuis tant d'années au cabinet. Nous comprenons que l'attente en salle puisse paraître longue, surtout quand on appréhende un soin. Évidemment, nous aurions dû deviner par télépathie que vous aviez un train à prendre, c'est bien connu. Nous allons malgré tout revoir l'organisation du planning du mardi. Au plaisir de vous revoir.",
            "Ah oui, quel scandale, des roses qui fanent au bout de dix jours. On appelle la police ?",
            "Merci pour ce magnifique roman, on l'encadre au-dessus de la caisse 😂",
            "Bravo, vous avez découvert qu'il pleut en Belgique. Quelle perspicacité, vraiment.",
            "Nous prenons bonne note que vous êtes bien plus qualifié que nos mécaniciens. Nous attendons votre CV avec impatience.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for your honest review, and we're sorry your wedding flowers weren't quite what you'd pictured. A wedding day should be perfect from start to finish, and we understand how disappointing it must have been. The mix-up was entirely down to Chloe, who ignored the order notes, and she has been given a formal warning. We would love to make it up to you with an anniversary bouquet next year. Congratulations again to you both.",
            "That was Tom's fault, he's new and frankly not very good. He's been taken off the brake jobs.",
            "Regrettably, our therapist Amira failed to follow procedure, and her employment has since been terminated.",
            "Blame Gary for the late start, he overslept again 🙄 not the first time either",
            "The instructor concerned, Mr Pike, has been spoken to about his attitude and will no longer be teaching nervous learners.",
        ],
        "fr": [
            "Merci beaucoup d'avoir partagé votre expérience au hammam, et toutes nos excuses pour ce moment qui n'a pas été à la hauteur. Nous tenons énormément à ce que chaque visite soit un vrai moment de détente, et nous comprenons votre déception. C'est Nadia, à l'accueil, qui a oublié d'enregistrer votre réservation, et elle a reçu un avertissement. Nous serions ravis de vous réinviter pour un soin complet. Belle soirée à vous.",
            "C'est Kevin qui a monté le pneu à l'envers, il a été recadré.",
            "Notre assistante, Mme Rochat, n'a manifestement pas fait son travail ce jour-là ; des mesures ont été prises.",
            "Faute à Julien au bureau d'accueil, il est nouveau et il comprend rien, désolé.",
            "Le moniteur en question, Marc, a été suspendu de ses fonctions suite à votre plainte.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for letting us know about the wait for your bike service, and we're sorry it took longer than promised. We really value every customer who trusts us with their ride. The delay happened because our supplier was late, then the courier lost a parcel, then one of our mechanics was off sick, then the card machine broke, and on top of that it was the busiest week of the year with the sportive coming up. We hope you'll give us another chance. Ride safe!",
            "In fairness, it was a bank holiday, two staff were on leave, the boiler had just been serviced, the new booking system was still bedding in, and the steam generator had a fault we couldn't have foreseen.",
            "Well the pitch was muddy because it rained all week, and the drainage is the council's job, and the previous campers left it like that, and we did put gravel down, and anyway the forecast said sunny.",
            "Sorry but: flu season, new receptionist, software update, power cut, dentist stuck on the M4. Not our fault really.",
            "We would respectfully point out that the delay arose from a combination of factors, including national examiner shortages, a change in DVSA booking rules, vehicle maintenance, instructor availability, adverse weather conditions and unusually high demand.",
        ],
        "fr": [
            "Merci pour votre avis et toutes nos excuses pour le retard de livraison de votre couronne de deuil. Nous savons combien ces moments sont difficiles et nous partageons votre peine. Ce jour-là, le fournisseur de Hollande est arrivé en retard, la camionnette a crevé, il drachait comme jamais, notre fleuriste était chez le médecin, le GSM de la livreuse était à plat et en plus il y avait des travaux sur la chaussée. Nous restons à votre écoute. Avec nos sincères condoléances.",
            "Il faut comprendre : c'était la rentrée, on avait deux stagiaires, le logiciel plantait, le fauteuil était en panne et le docteur revenait de congé.",
            "Ben la douche était froide parce que le chauffe-eau est vieux, que le plombier est en vacances, que les campeurs d'avant ont tout consommé, que le soleil n'a pas chauffé les panneaux et que l'électricien ne répond pas.",
            "Retard = pièce pas livrée + collègue malade + grève des postes + client d'avant compliqué + panne d'ordi. Voilà voilà.",
            "Nous tenons à préciser que cette situation résulte de la conjonction de plusieurs facteurs indépendants de notre volonté, notamment la pénurie d'inspecteurs, la réforme du permis, l'entretien du véhicule, les intempéries et une demande exceptionnelle.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for your review and for choosing our spa for your birthday treat. We always want every guest to leave feeling better than when they arrived, and we read every comment carefully. However, there was no hair in the plunge pool and no one was rude to you at reception, that simply did not happen. We hope you'll still consider visiting us again for a more relaxing day. Wishing you a lovely year ahead.",
            "This never happened.",
            "Nobody at this practice has ever charged for a check-up without an appointment. Full stop.",
            "Nope, the brakes were fine when they left the shop. 100%.",
            "We categorically reject the assertion that our instructor used a mobile telephone during your lesson; no such incident occurred.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de nous écrire après votre séjour chez nous. Nous mettons tout en œuvre pour que nos vacanciers profitent pleinement du calme de la vallée, et nous lisons chaque commentaire avec attention. Il n'y a eu aucune fête bruyante après minuit le samedi, c'est tout simplement faux. Nous espérons néanmoins vous revoir à la belle saison. Bien à vous.",
            "C'est faux.",
            "Jamais, au grand jamais, nos bouquets ne sont livrés avec des fleurs fanées. Point.",
            "Non, le moniteur n'a jamais crié, il n'y a rien eu de tout ça.",
            "Nous contestons formellement l'intégralité des faits relatés, qui ne correspondent en rien à la réalité de votre passage au cabinet.",
        ],
    },
}

BLIND61_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for your kind words about your check-up. We know the dentist isn't everyone's favourite place, so we're delighted you felt at ease.",
        "We're very sorry your appointment ran late on Tuesday. That's not the standard we aim for, and we've since added a buffer slot after emergency patients so it happens less often.",
        "Thank you for the lovely review! Sophie will be thrilled to hear how gently she handled your filling, and we've passed your thanks straight on to her.",
        "We're sorry about the confusion over your bill. Please give our practice manager a ring on 01632 960 118 or email hello@brightsmiledental.example, and we'll go through it together.",
        "We owe you an apology: our receptionist booked you in for the wrong day, and that's our mistake as a practice, not yours. We've changed how we confirm bookings so it doesn't happen again.",
        "Thank you for your review. Our membership plan is open to every patient, whether or not they leave a review, and it covers two check-ups a year. Do ask at the desk if you'd like details.",
        "Many thanks for your feedback. For clarity, the fee for a new patient examination is listed on our website; we're sorry it wasn't made clear at the time and we've added it to the booking confirmation email too.",
        "Congratulations on passing first time! Raj says you were one of the calmest learners he's had all year, and we're all very proud of you.",
        "We're sorry your lesson was cancelled at short notice. The car failed its morning safety check, and we won't take learners out in a vehicle that isn't safe. We've refunded the lesson in full.",
        "Thank you for the feedback. We never let learners drive on the motorway until they've been out with an instructor on dual carriageways first; we appreciate it feels slow, but it's for your safety.",
        "Not quite the glowing review we'd hoped for, but a fair one. We'll take it on board, and we'd be glad to talk it through if you call the office.",
        "We'd politely mention that the test result is decided by the DVSA examiner, not by us, but we completely understand your disappointment, and we'd love to help you prepare for the next one.",
        "Our refer-a-friend discount is open to every pupil, whatever they think of us. Thanks for the honest review.",
        "Thank you for your review. We've been told our instructor Mark's jokes are the worst in the county, and we're afraid we can't argue with that.",
        "Thank you for choosing us for your mother's funeral flowers. We're so sorry for your loss, and we hope the lilies brought a little comfort.",
        "We're truly sorry the roses drooped so quickly. That's not good enough, and we'd like to replace them. Please pop in or call the shop on 0161 496 0734.",
        "A lovely review, thank you! Ella put that bouquet together and she's been grinning all morning.",
        "The delivery was late and that's on us. We under-estimated Valentine's Day traffic, and we've since hired an extra driver for busy days. Sorry for the worry it caused.",
        "Thank you! Our stamp card is open to all customers, every tenth bouquet free, no strings attached.",
        "We're sorry the tulips weren't the colour you expected. Tulips can open paler than the bud suggests, which we should have mentioned when you ordered. We'd be happy to swap them.",
        "Slightly mortified, if we're honest. We'll do better.",
        "Thank you for staying with us and for the kind words about the view. We hope the little ones enjoyed the stream as much as our ducks did.",
        "We're sorry the shower block wasn't up to scratch during your stay. We've increased cleaning to three times a day in peak season and replaced the hot water system.",
        "Thanks for your review. Just to clarify, quiet hours on site run from 11pm to 7am, and we ask everyone to respect them so that all guests can sleep. We're sorry it wasn't quieter on your pitch.",
        "Apologies for the mud. We'd love to say it was part of the rustic experience, but really it was a drainage job we'd left too long. It's being sorted this winter.",
        "We'd gently correct one point: campfires aren't allowed on the pitches because of the fire risk in dry weather, but the fire pits by the lake are free for everyone to use.",
        "Thank you for the kind review! Our returning-guest discount applies to everyone who stays with us again, so we hope to see you next summer.",
        "Lovely to have you. Thank you.",
        "Thanks for trusting us with your bike! Dan was chuffed to hear the gears are running smoothly again.",
        "We're sorry the wheel needed a second visit. Our mechanic missed a loose spoke the first time round; that's on the shop, and we won't charge for the re-true.",
        "Thanks for the review. We do ask customers to bring bikes in clean for a full service, not to be fussy, but because we can't spot cracks in a frame under a layer of mud. Sorry if that came across as rude.",
        "We'd respectfully point out that the quote was for parts only, as written on the ticket, but we can see how it was confusing and we've reworded our quotes to make labour clearer.",
        "Thanks for the honest review. We've been told our coffee is worse than our puncture repairs, which is saying something.",
        "Not our finest hour. Sorry, and thanks for telling us.",
        "Thank you for visiting the hammam and for your kind words. We're so glad the rhassoul treatment was the relaxing break you needed.",
        "We're sorry the steam room felt too hot. For safety we do recommend sessions of no more than fifteen minutes and plenty of water, and our team will always help if you feel unwell.",
        "Thank you for your feedback. Yasmin will be delighted you enjoyed her massage, and we've shared your lovely comments with the whole team.",
        "Our therapist was running late, and we should have told you before your treatment started rather than after. That was our failing, and we've refunded the difference.",
        "Thank you. Our spa loyalty card is available to every guest: your fifth visit includes a complimentary foot ritual, whatever you write about us.",
        "We'd gently note that the pool area is adults-only after 6pm, which is in our booking terms, but we're sorry no one explained it to you at the door and we'll make that clearer.",
    ],
    "fr": [
        "Merci beaucoup pour votre gentil message ! Nous sommes ravis que votre détartrage se soit bien passé et que vous vous soyez senti à l'aise.",
        "Toutes nos excuses pour l'attente de mardi. Ce n'est pas notre habitude, et nous avons depuis réservé un créneau tampon après les urgences.",
        "Un grand merci pour votre avis ! Léa sera touchée de savoir que vous avez apprécié sa douceur, nous lui avons transmis vos mots.",
        "Nous sommes désolés pour la confusion sur la facture. N'hésitez pas à appeler le secrétariat au 021 555 01 20 ou à écrire à contact@cabinet-dentaire-lac.example, nous regarderons cela ensemble.",
        "C'est notre secrétariat qui s'est trompé de date lors de votre prise de rendez-vous : l'erreur est celle du cabinet, pas la vôtre. Nous avons revu notre procédure de confirmation.",
        "Merci pour votre retour. Notre forfait de prévention est ouvert à tous nos patients, qu'ils laissent un avis ou non. Renseignez-vous à l'accueil si cela vous intéresse.",
        "Merci pour votre message. Pour information, le tarif de la première consultation figure sur notre site ; nous regrettons qu'il ne vous ait pas été précisé et l'avons ajouté à l'e-mail de confirmation.",
        "Félicitations pour votre permis du premier coup ! Thomas dit que vous étiez un des élèves les plus calmes de l'année, toute l'équipe est fière de vous.",
        "Désolés pour l'annulation de dernière minute. La voiture n'a pas passé le contrôle de sécurité du matin et nous ne partons jamais avec un véhicule douteux. La leçon vous a été remboursée.",
        "Merci pour votre retour. Nous ne faisons pas rouler les élèves sur l'autoroute avant quelques heures sur voie rapide avec le moniteur : c'est parfois frustrant, mais c'est pour votre sécurité.",
        "Nous nous permettons de préciser que le résultat de l'examen dépend de l'expert, pas de l'auto-école, mais nous comprenons votre déception et serons heureux de vous préparer pour la prochaine fois.",
        "Notre réduction parrainage est ouverte à tous les élèves, quel que soit leur avis. Merci pour votre franchise.",
        "Merci ! On nous a déjà dit que les blagues de notre moniteur Didier étaient les pires du canton, nous ne pouvons malheureusement pas le contredire.",
        "Merci pour votre avis, ça joue ! À tantôt pour la prochaine leçon.",
        "Merci de nous avoir confié les fleurs pour les funérailles de votre papa. Nous vous présentons nos sincères condoléances et espérons que la gerbe vous a apporté un peu de réconfort.",
        "Nous sommes vraiment désolés que les roses aient fané si vite, ce n'est pas acceptable. Passez à la boutique ou appelez-nous au 02 555 43 21, nous vous les remplacerons.",
        "Merci pour ce bel avis ! C'est Margaux qui a composé votre bouquet, elle a le sourire depuis ce matin.",
        "La livraison était en retard et c'est de notre faute : nous avions sous-estimé les embouteillages de la Saint-Valentin. Nous avons engagé un livreur supplémentaire pour les jours chargés. Pardon pour l'inquiétude.",
        "Merci ! Notre carte de fidélité est ouverte à tous les clients : le dixième bouquet est offert, sans condition.",
        "Désolés que les tulipes ne soient pas de la couleur attendue. Elles s'éclaircissent souvent en s'ouvrant, nous aurions dû vous le dire à la commande. Nous vous les échangeons volontiers.",
        "Merci beaucoup, ça nous fait plaisir !",
        "Merci pour votre séjour et pour vos mots sur la vue. Nous espérons que les enfants ont profité du ruisseau autant que nos canards.",
        "Nous sommes désolés que les sanitaires n'aient pas été à la hauteur. Nous nettoyons désormais trois fois par jour en haute saison et avons remplacé le chauffe-eau.",
        "Merci pour votre avis. Pour rappel, le calme est demandé de 23 h à 7 h sur tout le camping afin que chacun puisse dormir. Nous regrettons que votre emplacement n'ait pas été plus tranquille.",
        "Pardon pour la boue. On aimerait dire que ça fait partie du charme rustique, mais en vérité c'est un drainage qu'on a trop tardé à refaire. C'est prévu cet hiver, même s'il drache.",
        "Petite précision : les feux de camp ne sont pas autorisés sur les emplacements à cause du risque d'incendie, mais les foyers au bord du lac sont à la disposition de tous.",
        "Merci pour ce gentil avis ! La réduction fidélité s'applique à tous ceux qui reviennent chez nous, nous espérons vous revoir l'été prochain.",
        "Merci de votre visite !",
        "Merci de nous avoir confié votre vélo ! Loïc est tout content de savoir que les vitesses passent à nouveau comme il faut.",
        "Désolés que la roue ait nécessité un deuxième passage. Notre mécanicien n'avait pas vu un rayon desserré la première fois ; c'est la responsabilité de l'atelier et le dévoilage ne vous sera pas facturé.",
        "Merci pour votre retour. Nous demandons d'amener les vélos propres pour une révision complète, pas par caprice, mais parce qu'on ne voit pas une fissure de cadre sous la boue. Désolés si cela a paru sec.",
        "Nous nous permettons de préciser que le devis portait sur les pièces seules, comme indiqué sur le ticket, mais nous comprenons la confusion et avons reformulé nos devis pour mieux indiquer la main-d'œuvre.",
        "Merci pour votre franchise. On nous dit que notre café est pire que nos réparations de crevaison, ce qui n'est pas peu dire.",
        "Vous savez passer à l'atelier quand vous voulez, on vous offre le réglage des freins, comme à tous nos clients pendant le mois de septembre.",
        "Merci pour votre visite au hammam et pour vos mots. Nous sommes ravis que le soin au rhassoul vous ait apporté la pause dont vous aviez besoin.",
        "Nous sommes désolés que le bain de vapeur vous ait paru trop chaud. Par sécurité, nous conseillons des séances de quinze minutes au plus et de bien vous hydrater ; l'équipe est toujours là si vous vous sentez mal.",
        "Merci pour votre retour. Samira sera ravie de savoir que vous avez aimé son massage, nous avons partagé vos compliments avec toute l'équipe.",
        "Notre thérapeute avait du retard et nous aurions dû vous prévenir avant le soin plutôt qu'après. C'est notre erreur et nous vous avons remboursé la différence.",
        "Merci ! Notre carte de fidélité est proposée à tous nos clients : à la cinquième visite, un rituel des pieds est offert, quel que soit votre avis.",
        "Petite précision : l'espace piscine est réservé aux adultes après 18 h, comme indiqué dans nos conditions, mais nous regrettons que personne ne vous l'ait expliqué à l'entrée. Nous allons y remédier.",
    ],
}
