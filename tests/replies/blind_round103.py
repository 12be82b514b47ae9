"""Blind reply set, round 103: owner replies the pre-post check has never seen.

Who and when: written by helper b101, an independent writer, on 2026-12-06,
for the pre-post reply check (round 101 brief).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
plumbing, electrical and heating firms, locksmiths, pest-control companies,
roofers and window fitters, and home-cleaning services.  Each French reply was
written directly in French, not translated.  Apart from the brief and the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code, docs, training data, benches,
any other test file or blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff).  Nothing here
was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.  Each bad
reply carries exactly one fault.  For every code and language the first reply
is a long, warm reply whose fault sits in a single sentence in the middle; the
others vary between one-liners, texting with emoji, very formal or corporate
wording, veiled and polite phrasings and regional speech.

Registers: English from the UK (Yorkshire, Manchester, Scotland), Ireland,
North America (US and Canada) and Australia, plain and warm, curt, corporate,
texting and an older speaker's very polite style; French from France,
Belgium, Switzerland (Romandie) and Québec, plain and warm, curt, very formal
administrative, texting and regional.  Good replies include look-alikes that
are not faults: a loyalty or referral scheme open to everyone whatever they
write, the business's own phone, e-mail, address or opening hours, staff
praised by first name, a named employee's mistake owned by the business, a
refund already made, one honest reason given with an apology, legal terms,
insurance, the police or dashcam footage mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly and a price change explained
with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND103_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for such a thoughtful review, it honestly made our week. Replacing a whole bathroom suite in a Victorian terrace is never simple, and we're so pleased the lads kept the dust down and left the hallway cleaner than they found it. It was lovely to hear the new shower pressure has made your mornings a lot easier. If you could see your way to changing the four stars to five, we'd happily knock twenty pounds off your next annual boiler service. Thanks again for having us, and do shout if the new taps give you any bother at all.",
            "cheers mate 🙌 bump us to 5⭐ and ur next callout fee is on the house 🔧😉",
            "Customers who revise their rating once their case has been resolved become eligible for a complimentary gutter and roof inspection, which we would be pleased to arrange for you.",
            "Ah, we'd hate for one bad morning to be the thing people remember us by. Should that review happen to disappear, there might be a little something left on your doorstep from us.",
            "No worries at all, mate. Pop a glowing write-up about us on here and we'll chuck in a free follow-up spray for the cockroaches, no charge.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce long message qui a fait très plaisir à toute l'équipe. Nous savons combien il est difficile de confier ses clés à des inconnus, et nous sommes touchés que vous vous soyez senti en confiance dès la première visite. Nadia et Océane ont été ravies d'apprendre que les joints de la douche avaient retrouvé leur blancheur d'origine. Si vous acceptiez de passer votre note de quatre à cinq étoiles, nous vous offririons volontiers deux heures de ménage lors de votre prochaine réservation. Au plaisir de revenir chez vous, et belle fin de semaine !",
            "merci bcp 🙏 5 étoiles = -15 % sur ta prochaine ouverture de porte 🔑😉",
            "Nous vous saurions gré de bien vouloir retirer votre évaluation ; en contrepartie, notre entreprise prendra à sa charge les frais de déplacement de votre prochaine intervention.",
            "Pas de trouble, on s'excuse pour le délai. Si vous changez votre note pour quelque chose d'un peu plus généreux, on vous fait l'entretien de la fournaise gratis cet automne, promis!",
            "Allez, une fois, mettez-nous cinq étoiles et on vous relave tous les châssis gratuitement au printemps, c'est cadeau.",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, and thanks for taking the time to write all this out. We know how stressful it is when the breakers keep tripping in the middle of winter, and we really appreciate that you let our crew in on such short notice. We've been wiring homes in this county for over twenty years and we take every comment to heart. Our attorney has a copy of this review, and if it's still up by Friday you can expect to hear from him directly. In the meantime, we hope the new panel is keeping everything running smoothly and that you stay warm through the holidays.",
            "Take this down or you'll be hearing from our solicitors.",
            "we know ur street mate, we fitted half the windows on it 👀 think carefully b4 u post again",
            "Please be advised that statements of this nature may constitute defamation, and the company reserves the right to pursue every remedy available to it, including raising the matter with your employer.",
            "It'd be an awful pity now if word got round the town about what we actually found up in that attic of yours. Best leave it there, I'd say.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire. Nous savons à quel point la présence de rongeurs dans une maison peut être angoissante, surtout à l'approche de l'hiver, et nous avons fait de notre mieux pour intervenir dès le lendemain de votre appel. Notre entreprise est certifiée et nos techniciens suivent une formation chaque année. Sachez toutefois que notre avocat a reçu copie de votre avis et qu'une plainte pour diffamation sera déposée s'il n'est pas retiré sous huit jours. Nous vous souhaitons un bel automne et restons à votre écoute pour le suivi.",
            "Retirez ce commentaire ou nous porterons plainte.",
            "fais attention à ce que t'écris mon chum, on sait c'est où chez vous 😬",
            "Nous vous informons que nous nous réservons le droit de transmettre le détail de l'intervention à votre employeur ainsi qu'aux régies de la place, si ce commentaire devait être maintenu.",
            "On a gardé les photos de l'état de votre cuisine avant le passage de l'équipe, hein. Ce serait dommage qu'elles se retrouvent ici, non ?",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for the lovely review, and I'm so glad we could get you back inside so quickly on such a miserable night. Being locked out in the rain with your shopping is nobody's idea of fun, and Jamie was really pleased to hear the new anti-snap cylinder has given you some peace of mind. I've added a note to job LK-20417 at 14 Harrow Close, Stockport, so whoever comes out next knows the back door sticks. We always say a good lock is one you never have to think about again, and we hope that's the case for you. Thanks again for recommending us to your neighbours!",
            "Mrs Dolan, we've tried you on 07700 900412 twice now, please ring us back.",
            "no dramas Gaz 👍 ur card ending 8812 got declined first go but we sorted it, all good",
            "Our records show that Mr Peter Haldane (p.haldane@outlook.com) booked the deep-clean package for Saturday 3 October; a member of our customer relations team will be in touch.",
            "Thanks for the feedback. We've flagged your son's asthma on the file so the team use the low-odour gel when they come back.",
        ],
        "fr": [
            "Bonjour, et merci beaucoup pour ce gentil commentaire qui nous va droit au cœur. Nous sommes heureux que votre pompe à chaleur fonctionne à nouveau parfaitement et que la maison ait retrouvé sa température juste avant les premiers froids. Notre technicien a apprécié votre accueil et le café, qui était, paraît-il, excellent. Nous avons bien noté sur votre dossier n° CH-88213, au 7 rue des Tilleuls à Limoges, que l'accès se fait par le portail du garage. N'hésitez pas à nous recontacter pour l'entretien annuel, nous serons ravis de revenir.",
            "Madame Bertrand, rappelez-nous au 06 12 48 90 33 svp.",
            "Coucou Nathalie 😊 on repasse jeudi chez toi rue de la Station 42 à Namur, bisous de toute l'équipe 🧽",
            "Selon nos registres, Monsieur Favre a réglé la facture n° 2024-1187 par carte se terminant par 4471 le 12 septembre.",
            "On est ben désolés, on savait pas pour votre grossesse quand on a fait le traitement contre les coquerelles, on va faire attention la prochaine fois.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch, and for having us up on your roof through what was a pretty wild October. We completely understand how worrying it is to hear water dripping into the loft, and we did our best to get the tarps on within a day of your call. Our team has been working on Edinburgh tenements for a long time and we take pride in leaving every roof sound. Frankly, though, it's been obvious from the start that you were angling for a free roof and never had any intention of paying for one. We hope the rest of the winter is a dry one for you and that the new flashing does its job.",
            "You're a liar and a chancer, plain and simple.",
            "lol ur just a cheapskate tbh 🤡",
            "It is evident from the correspondence that the reviewer's sole aim was to obtain services without payment, and we do not engage with individuals acting in bad faith.",
            "Mate, you're a whinging galah and a tight-arse, no wonder no other sparky in town will come near ya.",
        ],
        "fr": [
            "Bonjour, merci d'avoir choisi notre entreprise pour le remplacement de vos fenêtres. Nous comprenons que ce type de chantier soit source de désagréments, avec la poussière et le bruit, et nous avons essayé de limiter la gêne au maximum. Nos poseurs travaillent depuis plus de vingt ans dans la région et sont fiers de la qualité de leurs finitions. Soyons francs pourtant : vous cherchiez surtout à obtenir une remise en inventant des défauts, et toute l'équipe l'a bien compris. Nous vous souhaitons malgré tout de profiter pleinement de votre intérieur plus lumineux et mieux isolé.",
            "Vous êtes de mauvaise foi, et vous le savez très bien.",
            "t'es juste un radin qui voulait pas payer frérot 🐀",
            "Force est de constater que l'auteur de cet avis fait preuve d'une malhonnêteté manifeste, dans le seul but d'obtenir un remboursement indu.",
            "Franchement, t'es un maudit menteur pis un gratteux, on le sait toute dans le quartier.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hi, thank you for choosing us for your move-out clean and for taking the time to leave feedback. Our team of three spent just over five hours on the apartment, and we were glad to hear the landlord was happy with the oven and the bathroom grout. Every clean is done to a written checklist and we're always looking at ways to improve it. And we're truly devastated that the crew didn't also repaint the ceilings and file your taxes while they were at it, we'll be sure to add that to the basic package. Wishing you all the best in the new place, and thanks again for trusting us with the old one.",
            "Wow, a whole three minutes late. However did you survive? 🙄",
            "omg a DRIP 😱 someone call the coastguard lol",
            "We have noted with great interest your view that a locksmith ought to be able to open a door without touching it, and have referred it to our research division.",
            "Sure, God love you, it must be terrible hard having a boiler that actually works now. We'll try and break it again for you.",
        ],
        "fr": [
            "Bonjour, et merci pour votre retour détaillé sur notre intervention. Une fuite sous l'évier un dimanche soir, ce n'est jamais agréable, et nous sommes contents d'avoir pu envoyer quelqu'un en moins d'une heure. Notre plombier a remplacé le siphon et les joints, puis vérifié l'ensemble de l'installation avant de partir. Nous sommes évidemment désolés qu'il n'ait pas, en plus, repeint la cuisine et promené le chien pendant qu'il y était. Nous restons à votre disposition pour toute autre urgence et vous souhaitons une bonne fin de semaine.",
            "Ah oui, trois gouttes sur le carrelage, quel drame épouvantable.",
            "mdrr une araignée dans le garage après une dératisation, le scandale du siècle 🤣🕷️",
            "Nous prenons acte avec le plus vif intérêt de votre théorie selon laquelle une toiture se refait en vingt minutes, et ne manquerons pas de la soumettre à l'École polytechnique fédérale.",
            "Ah ben oui, une fois, un électricien qui coupe le courant pour travailler, c'est vraiment du jamais-vu, hein.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks for taking the time to tell us about your experience, and for being so patient over what was a really cold week. We know how miserable it is to have no heating with December on the way, and we're glad the new radiators in the back bedrooms are finally throwing out proper heat. We've been looking after boilers in this part of Yorkshire for nearly thirty years and we take every comment seriously. The airlock you had the following morning was entirely down to Craig, who didn't bleed the system before leaving, and he has now been given a formal written warning. We hope you have a lovely warm Christmas and please keep us in mind for your annual service.",
            "That was Dylan's fault, not ours, and he's been let go.",
            "soz about that, Kayla the new girl did ur bathroom 🙄 she's off the team now",
            "Following an internal review, responsibility for the incorrect wiring has been attributed to technician Mark Ellison, who has been suspended pending disciplinary proceedings.",
            "Yeah nah, that was Brendo being careless with the ladder on your gutters. He's copped an earful from me and he's on his last warning.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et pour la patience dont vous avez fait preuve ce soir-là. Rester bloqué devant sa porte après une longue journée, c'est vraiment désagréable, et nous sommes heureux d'avoir pu vous faire rentrer rapidement. Notre entreprise est installée dans le quartier depuis 1987 et nous tenons à notre réputation. Le problème de cylindre que vous avez eu le lendemain est entièrement la faute de Kévin, qui ne l'a pas vérifié avant de partir, et il a été sanctionné. Nous espérons que votre nouvelle serrure vous donne entière satisfaction et vous remercions de votre confiance.",
            "C'est Sandrine qui a oublié la salle de bain, elle a été recadrée.",
            "dsl c'est Jérémie qui a mal posé le coupe-froid 🙄 il va se faire parler",
            "Après enquête, il apparaît que le technicien M. Laurent Pichon est seul responsable du défaut d'étanchéité constaté ; une procédure disciplinaire a été engagée à son encontre.",
            "C'est notre apprenti Loïc qui a mal serré le raccord du boiler, il a reçu un avertissement, ça ne se reproduira pas.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your review and for choosing us to replace the windows across the front of your house. We were really pleased to hear how much quieter the living room is now with the traffic outside, and that the new bay looks exactly as you'd pictured it. We've been fitting windows round here for over fifteen years and take a lot of pride in our finishing. The delay was because our glass supplier changed their delivery days, the frames arrived in the wrong shade of anthracite, two of our fitters went down with flu the same week, the scaffolders double-booked us, it rained for nine days straight and the council took a fortnight to issue the parking permit, so there was really nothing more we could have done. We hope you enjoy the new windows for many years to come, and thanks again for your custom.",
            "Traffic, a supplier delay, a sick van driver, the wrong part from the wholesaler and a burst main across town: that's why we were late.",
            "look we had 3 emergency callouts, the van broke down, my phone died, the merchant shut early n it was bucketing down 🤷‍♂️ not much we could do",
            "To provide context: demand for emergency locksmith services rose 40% over the period; our dispatch software underwent a scheduled upgrade; vetting of two new technicians remained pending; and an industry-wide shortage of high-security cylinders affected stock levels. These combined factors fully account for the response time you experienced.",
            "Ah now, you have to understand, it was the week of a funeral in the family, the lad's van was in the garage, the merchant in Athlone had no copper pipe, and sure the rain hadn't stopped since the Tuesday, so it was never going to be a quick job.",
        ],
        "fr": [
            "Bonjour et merci d'avoir fait appel à nous pour la réfection de votre toiture. Nous sommes ravis que les nouvelles ardoises vous plaisent et que les infiltrations dans les combles aient enfin cessé. Nos couvreurs connaissent parfaitement les toitures bretonnes et soignent chaque détail. Le chantier a pris trois semaines de plus que prévu parce que notre fournisseur d'ardoises a été livré en retard, que l'échafaudage a dû être remonté après le coup de vent, qu'un de nos gars s'est bloqué le dos, que la mairie a tardé à délivrer l'arrêté de voirie et qu'il a plu presque tous les jours d'octobre, donc nous ne pouvions vraiment pas faire mieux. Nous vous souhaitons de longues années au sec sous votre nouveau toit.",
            "Entre les bouchons, la pluie, le fournisseur en rupture et un gars malade, on ne pouvait pas faire mieux.",
            "wsh on avait 4 urgences, le camion en panne, le grossiste fermé et la pluie en plus 🤷 on fait comment nous",
            "Il convient de préciser que le retard résulte de la conjonction de plusieurs facteurs indépendants de notre volonté : pénurie de matériaux, conditions météorologiques défavorables, absence imprévue de deux collaborateurs, mise à jour de notre logiciel de planification et délais administratifs communaux. Aucun manquement ne saurait dès lors nous être imputé.",
            "Faut comprendre, c'était la semaine du premier juillet, tout le monde déménageait, on a eu deux dégâts d'eau en urgence, le fournisseur avait pus de thermostats pis le camion avait un flat, ça fait que ça a pris le temps que ça a pris.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for reaching out, and for trusting us with your mouse problem this fall. We know how unsettling it is to hear scratching in the walls at night, and we're happy the exclusion work around the foundation has already made such a difference. Our technicians are all state-certified and we follow integrated pest management on every job. No bait stations were ever placed in your kitchen, and that simply did not happen on our visit. We look forward to seeing you for the spring follow-up inspection and hope you have a mouse-free winter.",
            "That never happened.",
            "nope we never left any mess, not a chance 🙅‍♂️",
            "The company categorically rejects the assertion that our operative caused any damage to the skirting boards during the installation.",
            "Our lads didnae break a single tile on your roof, end of.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire, ça nous fait toujours plaisir d'avoir des nouvelles après un chantier. Nous savons qu'une rénovation électrique complète chamboule une maison pendant plusieurs jours, et nous vous remercions pour votre accueil et votre patience. Toute notre équipe est agréée et chaque installation passe par un contrôle avant la réception. Par contre, aucun de nos électriciens n'a laissé de fils dénudés dans votre grenier, ça n'est tout simplement jamais arrivé. Nous vous souhaitons une belle fin d'année et restons disponibles pour la visite de contrôle RGIE.",
            "C'est faux, il n'y a jamais eu de fuite après notre passage.",
            "non non on a jamais rayé ton parquet 🙅 c pas nous",
            "Nous contestons formellement que notre collaboratrice ait quitté votre domicile avant la fin de la prestation.",
            "Voyons donc, personne chez nous a fumé dans votre maison, ça s'est jamais produit.",
        ],
    },
}

BLIND103_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind words! Our plumbers love a job where the kettle's on, and we're glad the new shower's working a treat.",
        "We're really sorry the boiler cut out again two days after the repair. That shouldn't happen, and we'd like to send an engineer back at no charge to find the real cause. Please ring our office on 0113 496 0218 (Mon to Fri, 8am to 6pm) and we'll book you in first thing.",
        "Thanks for choosing us for your gutter clear! Just so you know, every customer gets 10% off a second visit within the year under our returning-customer scheme, no strings attached and whatever you think of us.",
        "Cheers for this! I'll make sure Aoife hears it. She's been with us six years and nobody bleeds a radiator like her.",
        "You're right, Tom left the dust sheets behind, and that's on us as a company: our end-of-job checklist should have caught it. We're sorry, and we've added a final walk-round to every job. We'll collect them whenever suits you, just call 01632 960 455.",
        "We've refunded the call-out fee in full this morning. Sorry again that our engineer couldn't get the part on the day.",
        "Sorry we were late. An emergency came in from a care home with a burst pipe and we had to go there first, but we should have phoned to let you know, and we will next time.",
        "Sorry to hear about the water damage. All our work is covered by public liability insurance, so if you think the leak is linked to our repair, please email claims@northfieldplumbing.co.uk and we'll pass everything to our insurer straight away.",
        "We're so sorry to hear about the break-in. If you haven't already, it's worth getting a crime reference number from the police, as most insurers ask for one, and we're happy to write up a free report on the old lock to support your claim.",
        "Thanks for letting us know about the scratch on your car. We've pulled the dashcam footage from our van to help work out what happened and would be glad to go through it with you. Please give us a ring on 0345 555 0199.",
        "Five stars for a roofer who still goes a bit wobbly on ladders? I'll take it! Thanks for the brew.",
        "Thanks for the 3-star review. We hear you on communication and we're starting to send arrival texts so nobody's left waiting in all morning.",
        "Thanks for your feedback. Our job sheet shows the circuit was tested and working when the electrician left, but we don't doubt you've had trouble since, and we'd genuinely like to get to the bottom of it. Could you call us on 029 2018 0044 so we can come back and take a look?",
        "We were so sorry to hear of your loss, and we're glad we could help a little at such a hard time. Our thoughts are with you and your family.",
        "Congratulations on the new home! We hope the new locks give you real peace of mind. Enjoy every minute of it.",
        "Sorry for the confusion at the door. For everyone's safety we ask that pets and children stay out of treated rooms for four hours after a spray. It's a rule we follow on every job, not a reflection on you.",
        "You're right that our call-out fee went up this spring, and we're sorry it came as a surprise. Fuel and insurance costs rose sharply; we should have made it clearer on the booking page, and we've now done that.",
        "legend, cheers for the 5⭐ 🙌 enjoy the hot water!!",
        "We sincerely apologise for the inconvenience caused by the rescheduled installation. A member of our customer care team will contact you within one working day to agree a new date; alternatively, you can reach us at customercare@clearviewwindows.com.",
        "Thanks heaps! Glad the boys got the possums out of the roof without too much drama. Give us a bell if they come knocking again.",
        "Thanks for the shout-out! Getting a furnace going at minus thirty is what we live for. Stay warm out there.",
        "Sorry you couldn't get through on Sunday. Our office is open Monday to Saturday, 7am to 7pm, and our emergency line (0800 046 1122) runs 24/7 for leaks and no-heat call-outs.",
        "Thanks for the kind review! If you'd like to pick up spare keys in person, our shop is at 22 Market Street, Hexham, open 9 to 5 on weekdays.",
        "Thanks for recommending us to your neighbours! Anyone who refers a friend gets £25 off their next clean, whether they've reviewed us or not. Just mention who sent you when you book.",
        "We understand the quote felt high. It included scaffolding and full replacement of the lead flashing, which is why it came in above a patch repair. We're happy to go through it line by line, just call Lisa in the office on 01273 555 014.",
        "Thanks so much, we'll pass this on to Priya and Marcus, they'll be chuffed!",
        "Sorry we let you down. Please give us a call on 0161 555 0142 and we'll put it right.",
        "Thank you for your positive feedback regarding your recent electrical inspection. We are pleased that our engineer was able to complete the certificate promptly and to your satisfaction.",
        "Ah, thanks a million! Delighted the new windows are keeping the draught out. You'll notice the difference on the heating bill come January.",
        "Sorry for the confusion about the deposit. Under our terms and conditions deposits are refundable up to 48 hours before the booked date, and we've now returned yours. Any questions, email hello@sparkleandshine.co.uk.",
        "We're sorry the smell from the treatment lingered longer than we said it would. That's on us, as our ventilation advice was wrong. We'll send someone back free of charge to check, and we've updated our aftercare leaflet. Please call us on 1300 555 782.",
        "ah no so sorry about that 😬 call us on 0412 555 301 and we'll sort it asap",
        "Dear Sir, thank you most kindly for your very generous words. It was a pleasure to restore the old sash windows, and we do hope they serve you well for many years to come.",
        "We understand it was frustrating that our electrician wouldn't work on the board while it was live. That's a rule we never break, for his safety and yours, and we're sorry it meant a second visit, which we won't be charging for.",
        "Sorry the kitchen wasn't up to scratch. We were a person down that day and should have rescheduled rather than rushed, so we'd like to come back and redo it for free. Drop us a line at bookings@brightnest.ie.",
        "Thanks for the four stars and the honest comments about parking. We'll sort out a permit in advance next time.",
        "Haha, fair call, we're better at fixing roofs than answering the phone! Sorry for the wait. We've taken on an office manager, so you'll get a real human from now on.",
        "We're sorry the bill came as a shock. Our technicians always quote on the doorstep before starting, but we can see it may not have come across clearly at a stressful moment. We'd like to talk it through, please call us on 0117 496 0300.",
        "Congratulations on the wedding! Hope the house stays sparkling for all the guests.",
        "Many thanks, much appreciated!",
    ],
    "fr": [
        "Merci beaucoup pour votre message ! Ravis que la nouvelle chaudière vous tienne bien au chaud cet hiver.",
        "Nous sommes sincèrement désolés que la fuite soit réapparue quelques jours après notre passage. Ce n'est pas normal, et nous souhaitons revenir gratuitement pour en trouver l'origine. Appelez-nous au 04 78 55 01 23 (du lundi au vendredi, de 8 h à 18 h) et nous vous proposerons un créneau rapidement.",
        "Merci pour votre confiance ! Pour info, tous nos clients bénéficient de 10 % sur le deuxième entretien de l'année, quoi qu'ils pensent de nous : c'est automatique.",
        "Merci, on transmet à Mélanie, elle sera ravie ! Personne ne fait briller une baie vitrée comme elle.",
        "Vous avez raison, Julien a oublié de reposer la plinthe, et nous vous présentons nos excuses : c'était à nous, en tant qu'entreprise, de vérifier le travail avant de partir. Nous avons ajouté un contrôle de fin de chantier et nous repassons quand cela vous arrange.",
        "Nous avons remboursé ce matin l'intégralité des frais de déplacement. Encore désolés que la pièce n'ait pas été disponible le jour même.",
        "Désolés pour le retard : une urgence gaz chez une personne âgée nous a retenus. Nous aurions dû vous prévenir par téléphone, et nous le ferons désormais.",
        "Nous sommes navrés pour ces dégâts. Notre garantie décennale et notre responsabilité civile couvrent ce type de sinistre ; écrivez-nous à sinistres@toitures-martin.fr et nous transmettrons le dossier à notre assureur sans tarder.",
        "Très désolés pour ce cambriolage. Pensez à porter plainte au commissariat, votre assurance vous demandera le récépissé ; nous pouvons aussi vous fournir gratuitement une attestation sur l'état de l'ancienne serrure.",
        "Cinq étoiles pour un couvreur qui a le vertige ? On prend ! 😄 Merci pour le café.",
        "Merci pour vos trois étoiles. Vous avez raison sur la communication : nous mettons en place un SMS de confirmation avant chaque intervention.",
        "Merci pour votre retour. Notre fiche d'intervention indique que le disjoncteur a été testé avant le départ du technicien, mais nous ne doutons pas que vous ayez eu des soucis depuis et nous voulons comprendre. Pouvez-vous nous appeler au 02 99 55 01 87 pour que nous repassions vérifier ?",
        "Toutes nos condoléances. Nous sommes touchés que vous ayez pensé à nous dans un moment aussi difficile, et nous restons disponibles si vous avez besoin de quoi que ce soit pour la maison.",
        "Félicitations pour votre nouvelle maison ! Que les nouvelles serrures vous apportent toute la tranquillité que vous méritez.",
        "Désolés pour l'incompréhension. Par sécurité, nous demandons que les enfants et les animaux restent hors des pièces traitées pendant quatre heures : c'est une règle que nous appliquons partout, sans exception.",
        "Vous avez raison, notre forfait de déplacement a augmenté au printemps, et nous sommes désolés que vous l'ayez découvert sur la facture. La hausse du carburant nous y a contraints ; nous l'affichons désormais clairement dès la prise de rendez-vous.",
        "merciii pour les 5 ⭐ 🙏 profitez bien de l'eau chaude 🚿",
        "Nous vous prions de bien vouloir nous excuser pour le report de la pose. Notre service client vous contactera sous un jour ouvré pour convenir d'une nouvelle date ; vous pouvez également nous joindre à service.client@fenetres-duval.fr.",
        "Merci beaucoup, c'est gentil ! Contents que vos nouveaux châssis tiennent bien le froid, vous allez sentir la différence sur la facture de mazout.",
        "Merci ben gros pour le beau commentaire! Partir une fournaise à moins trente, c'est notre sport national. Restez au chaud!",
        "Désolés que vous n'ayez pas pu nous joindre dimanche. Le bureau est ouvert du lundi au samedi de 7 h à 19 h, et notre ligne d'urgence (0 800 55 02 14) fonctionne 24 h/24 pour les fuites et les pannes de chauffage.",
        "Merci ! Pour récupérer vos doubles de clés, la boutique se trouve au 12 rue du Marché à Annecy, ouverte du mardi au samedi.",
        "Merci de nous avoir recommandés à vos voisins ! Chaque parrainage donne droit à 20 € sur la prochaine prestation, pour tous nos clients, qu'ils aient laissé un avis ou non.",
        "Nous vous remercions pour votre appréciation. Nous sommes heureux que le contrôle OIBT de votre installation ait pu être effectué dans les délais et restons volontiers à votre disposition.",
        "Nous comprenons que le devis vous ait paru élevé. Il comprenait l'échafaudage et le remplacement complet des noues en zinc, ce qui explique l'écart avec une simple réparation. Nous pouvons le reprendre ligne par ligne avec vous : appelez Sophie au bureau au 05 56 55 03 44.",
        "Merci ! On transmet à Yanis et Chloé, ils vont être contents.",
        "Désolés de vous avoir déçu. Appelez-nous au 01 45 55 02 18, on va arranger ça.",
        "Madame, Monsieur, nous vous remercions très sincèrement de vos aimables paroles. Ce fut un plaisir de restaurer vos anciennes fenêtres à crémone, et nous espérons qu'elles vous serviront encore longtemps.",
        "Nous comprenons votre agacement : notre électricien a refusé d'intervenir sur le tableau sous tension. C'est une règle que nous ne transgressons jamais, pour sa sécurité comme pour la vôtre, et nous sommes désolés que cela ait demandé un second passage, que nous ne vous facturerons pas.",
        "Désolés que la cuisine n'ait pas été nettoyée comme il faut. Nous étions en sous-effectif ce jour-là et aurions dû décaler plutôt que bâcler ; nous revenons la refaire gratuitement. Écrivez-nous à contact@netclair.be.",
        "Désolés pour le malentendu concernant l'acompte. Selon nos conditions générales, il est remboursable jusqu'à 48 h avant la date prévue ; le vôtre vous a donc été reversé hier. Pour toute question : bonjour@menage-leman.ch.",
        "ayoye, désolé pour ça 😬 appelle-nous au 514 555-0148 pis on règle ça vite",
        "Merci de nous avoir signalé la rayure sur votre portail. Nous avons récupéré les images de la caméra embarquée de notre camionnette pour y voir clair et aimerions les regarder avec vous : appelez-nous au 03 88 55 01 66.",
        "On est meilleurs pour déboucher les éviers que pour répondre au téléphone, c'est vrai 😅 Désolés pour l'attente, on a engagé une secrétaire, vous aurez enfin quelqu'un au bout du fil.",
        "Merci pour les quatre étoiles et pour la remarque sur le stationnement : nous demanderons une autorisation à la commune la prochaine fois.",
        "Nous sommes désolés que la facture vous ait surpris. Notre technicien annonce toujours le prix avant de commencer, mais nous comprenons que, dans l'urgence, ce n'ait pas été assez clair. Parlons-en : 04 91 55 02 77.",
        "Félicitations pour l'ouverture de votre boulangerie ! Ravis que les nouvelles vitrines aient été posées à temps.",
        "Merci vielmal ! Ravis que le détartrage du boiler se soit bien passé. À l'année prochaine pour le contrôle.",
        "Merci infiniment pour ce retour ! Contents que les guêpes aient déménagé sans faire d'histoires. N'hésitez pas si elles reviennent au printemps.",
        "Merci à vous, au plaisir !",
    ],
}
