"""Blind reply set, round 107: owner replies the pre-post check has never seen.

Who and when: written by helper b105, an independent writer, on 2026-12-06,
for the pre-post reply check (blind round 107, brief of round 105).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
hearing-aid centres, osteopaths, beauty institutes, nail bars,
laser-hair-removal clinics, and dog-walking and pet-sitting services.  Each
French reply was written directly in French, not translated.  Apart from the
brief and the first seventy-five lines of tests/replies/blind_round20.py, read
only to copy its format, the writer did NOT read the application code, docs,
training data, benches, any other test file or earlier blind set, any other
folder under /work, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.

Registers: English from the UK (Harrogate, Manchester, London, Glasgow),
Ireland (Cork, Dublin, the west), North America (Toronto, Vermont, the US
generally) and Australia (Brisbane and elsewhere); French from France (Lyon,
Toulouse, Paris and unaccented French), Belgium (Liège, Brussels), Switzerland
(Geneva, Lausanne, Neuchâtel) and Québec; plain and warm, curt, very formal or
corporate, casual texting with emoji, veiled and polite phrasings, and short
one-liners.  For every code and language the first reply is a long, warm
reply whose fault sits in a single sentence in the middle.  Good replies
include look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, a free first consultation for all, the
business's own phone, e-mail, address or opening hours, staff praised by first
name, a named employee's mistake owned by the business, a refund already
made, one honest reason given with an apology, legal terms, insurance, data
protection, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly, a price change explained with an apology and
a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND107_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for such a kind write-up, it's been passed round the whole team at our Harrogate centre over elevenses. We really do try to make that first appointment feel unhurried, with proper time for questions and a cuppa rather than a dash through the paperwork, so it means a great deal that it came across that way. Margaret on reception will be chuffed you mentioned her tip about the back car park, too. If you'd be willing to bump those four stars up to a five, we'll pop a year's worth of batteries in the post for you, no charge. Either way, the kettle's always on and the door's open whenever you're passing.",
            "Cheers legend 🐶 whack us a 5 star and ur next 3 walks r on the house, no worries 🙌",
            "We value your feedback. Clients who update their review to reflect a positive experience become eligible for one complimentary underarm session, redeemable at any of our locations.",
            "Sorry to hear the facial wasn't quite what you'd hoped for. Maybe once the review's gone from the page we could look after you with a little something on the house the next time you're in, just between ourselves.",
            "Delete this and your next gel fill is free, deal?",
        ],
        "fr": [
            "Bonjour, et merci infiniment pour ce retour si chaleureux. Au cabinet, nous prenons toujours le temps d'expliquer chaque geste avant de commencer, et cela nous touche beaucoup de lire que vous vous êtes senti en confiance dès la première séance. Le petit jardin derrière la salle d'attente est notre fierté, ravie qu'il vous ait plu à vous aussi. Si jamais vous passiez votre note de quatre à cinq étoiles, votre prochaine consultation serait pour nous. Au plaisir de vous recevoir à nouveau à la Croix-Rousse, et prenez bien soin de vous.",
            "Merci ben gros 🐾 change ta note pour 5 pis ta prochaine semaine de gardiennage est gratis, promis 😉",
            "Nous vous informons que toute cliente procédant à la modification de son évaluation en faveur de la note maximale se verra attribuer un bon de CHF 50.– valable sur l'ensemble de nos prestations.",
            "Allez, on ne va pas en faire tout un plat : si le commentaire a disparu d'ici la semaine prochaine, votre prochaine pose de semi-permanent, c'est cadeau de la maison. On se comprend, une fois 😉",
            "Un avis 5 étoiles = un soin du visage offert, pensez-y !",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and for trusting us with your pets over the holidays. We know how hard it is to leave a furry family member with someone new, and we put a lot of care into the evening photo updates and the little notes we leave on the kitchen counter. We're sorry the feeding times didn't line up with what you'd expected. Our solicitor already has a copy of this review, and if it isn't amended by Friday you can expect to hear from her directly. We hope everyone's settled back in and enjoying having you home.",
            "mate we've got ur face on the CCTV so keep talkin 😤 see what happens",
            "Please be advised that the statements in this review are considered defamatory. Our legal department has been instructed to initiate proceedings unless the content is removed within 48 hours.",
            "It's a small town, and word travels, so you might think twice about what you put in writing about us. I'd hate for any of this to find its way back to your employer.",
            "Post one more review like this and you'll be barred from the centre, and we'll make sure every practice in the county knows exactly why.",
        ],
        "fr": [
            "Bonjour Madame, merci d'avoir pris le temps de nous écrire. Nous sommes une petite équipe de trois, installée dans le quartier depuis bientôt quinze ans, et chaque cliente compte énormément pour nous. Nous regrettons sincèrement que le modelage ne vous ait pas apporté la détente espérée. Sachez cependant que votre commentaire a été transmis à notre avocat et qu'une plainte pour dénigrement suivra s'il n'est pas retiré rapidement. Nous restons à votre écoute et vous souhaitons une belle fin de semaine.",
            "Fais gaffe à ce que tu écris hein, on sait où tu habites, on promène le chien de ton voisin 😏",
            "Nous vous prions de bien vouloir retirer cet avis dans un délai de dix jours, faute de quoi notre étude d'avocats à Lausanne engagera sans autre les démarches civiles et pénales qui s'imposent.",
            "On va juste dire que le monde se connaît pas mal dans le coin, pis que ça serait plate que ton boss tombe sur ce genre d'affaires-là à ton sujet. À bon entendeur.",
            "Encore un avis comme celui-là et vous êtes interdite de salon, avec votre photo affichée à l'entrée.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there, and thank you for such a thoughtful review. Our whole team works hard to keep the clinic calm and spotless, and we love hearing that you noticed the little touches, like the heated blankets and the cucumber water. We're sorry your second session ran late. Just so you know, we've noted on your file (booking LX-40217, Tuesday the 14th at 4:30) that you'd prefer the last slot of the day from now on. Thanks again for choosing us, and we can't wait to see you for the next round.",
            "hey Jess! no stress, I'll just txt u on 0412 558 903 to sort Monday's walk 🐕👍",
            "Dear Mr Okafor, following your audiology assessment on 3 March, which identified moderate high-frequency loss in your left ear, we have arranged a follow-up fitting and will write to you at 12 Kingsley Road.",
            "Ah, we were sorry to read this. It was lovely to see you and your sister in on Thursday morning, and we do hope the sciatica has eased off since.",
            "Refund issued to your Visa ending 4471, Brittany 💅",
        ],
        "fr": [
            "Bonjour et merci pour ce message plein de gentillesse. Garder des animaux pendant que leurs maîtres sont en vacances, c'est une vraie responsabilité, et nous sommes heureux que vous ayez apprécié les photos envoyées chaque soir. Nous prenons bonne note de votre remarque sur les horaires de passage. Pour la prochaine garde, nous récupérerons les clés comme d'habitude dans la boîte aux lettres du 14, chemin des Crêts-de-Champel, code d'entrée 2580B. Au plaisir de retrouver vos deux minous très bientôt !",
            "Merci Jo-Annie!! 💅 ton prochain rdv est confirmé le 22 à 14h, j'te texte au 514 555-0198 la veille 😘",
            "Madame Lefebvre, suite à votre séance du 12 février (dossier n° 2024-0387), nous vous confirmons que le remboursement de 180 € a été effectué sur votre compte se terminant par 61.",
            "Nous sommes navrés de lire ceci. Avec votre grossesse en cours et votre hernie discale, nous comprenons que la séance de mardi ait été pénible, et votre mari a bien fait de venir vous rechercher.",
            "Merci Sandrine D., à jeudi 18 h pour votre épilation maillot 😉",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks a million for taking the time to write, and for giving us a go. We're a small family salon here in Cork and we put our hearts into every treatment, from the hot towels to the aftercare chat at the end. We're sorry the brow tint came out darker than you'd hoped. Honestly though, you seemed set on finding fault from the moment you walked in, and it's hard not to feel you were angling for a freebie. We'd still be glad to talk it through if you ring the salon.",
            "lol ur nails were fine, ur just a sook who wanted a free set 🙄",
            "It is clear to us that you are not being truthful, and frankly this is what some people do when they hope to get something for nothing.",
            "With the greatest respect, it does seem you came in looking for a quarrel, and I suspect no amount of patience from our audiologist would have satisfied someone so determined to be unhappy.",
            "Honestly, with an owner this rude, no wonder your dog pulls on the leash.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre avis. Chez nous, chaque rendez-vous commence par un vrai temps d'écoute, un café si vous le souhaitez, et nous avons toujours à cœur d'expliquer les réglages sans jargon. Nous sommes désolés que l'attente en salle vous ait paru longue. Permettez-nous toutefois de dire que votre version des faits relève de la pure invention et que vous cherchiez surtout à obtenir quelque chose gratuitement. Notre porte reste ouverte si vous souhaitez en reparler.",
            "Franchement t'es juste une chialeuse 🙄 personne d'autre s'est jamais plaint",
            "Nous constatons avec regret que vous avez manifestement rédigé cet avis de mauvaise foi, dans le seul but de nuire au cabinet.",
            "On ne va pas se fâcher, mais entre nous, quand on est aussi peu aimable que vous, faut pas s'étonner que même le chien tire la tête, hein.",
            "Menteuse. Point.",
        ],
    },
    "sarcasm": {
        "en": [
            "G'day and thanks for the review. We've been looking after backs and shoulders in this part of Brisbane for nearly twenty years, and we're always glad when someone new gives us a try. Our front desk team work hard to keep things running on time, and the new waiting room chairs have been a real hit. Oh no, a whole eight minutes past your appointment time, however did you survive such an ordeal? Anyway, we hope you're feeling a bit looser and we'd love to see you again.",
            "omg a chipped nail after 3 weeks?? someone call the news 😱💅 what a tragedy",
            "We are truly sorry that our hearing aids allowed you to hear our prices with such clarity; we will endeavour to make our invoices quieter in future.",
            "We're terribly sorry your little darling came home with muddy paws after a walk, in a field, in the rain. We'll see about having the weather sorted for you.",
            "Shocking news: laser hair removal involves a bit of a zap. Who knew.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Notre petite équipe vous accueille depuis dix ans à l'institut, et nous mettons un point d'honneur à ce que chaque soin soit un vrai moment pour soi, avec tisane et peignoir chaud. Nous avons bien lu votre remarque sur la musique d'ambiance. Quel drame, effectivement, ces quelques notes de harpe qui ont dû vous gâcher la vie pendant tout un soin du visage. Au plaisir de vous revoir à Liège.",
            "ah oui la cata, un ongle un poil plus court que les autres 😭 on appelle le SAMU ?",
            "Nous prenons acte avec le plus grand sérieux de votre étonnement face au fait qu'un appareil auditif permette d'entendre davantage de bruit. Une découverte remarquable, en effet.",
            "Désolés que votre chien soit revenu fatigué après une marche d'une heure, c'est vrai que c'est un concept vraiment surprenant, ça.",
            "Un laser qui picote un peu ? Incroyable, on n'avait jamais entendu ça, une fois.",
        ],
    },
    "blames_employee": {
        "en": [
            "Hello, and thank you for such an honest and detailed review. We really value clients who take the time to explain what went well and what didn't, because that's how a small clinic gets better. We're glad the consultation felt thorough and that all your aftercare questions were answered. The patch-test mix-up was entirely down to Chloe, who skipped the checklist that day and has since been given a formal warning. We'd love the chance to make the rest of your course as smooth as the start.",
            "sorry bout that!! Tyler forgot to lock the gate, he's been sacked 🙃 won't happen again",
            "Our investigation found that the programming error was caused by Daniel Reyes, audiology technician, who failed to follow protocol. He has been removed from patient-facing duties pending disciplinary review.",
            "Ah, we're sorry, and I'll say no more than that Aoife was on that day, and that you'll not be seeing her at the desk again.",
            "Blame Jade for the wax burn, not the salon – she's on her last warning.",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour ce retour détaillé et bienveillant. Notre cabinet tient à ce que chaque patient se sente écouté, du premier appel jusqu'à la fin de la séance, et nous sommes ravis que l'accueil vous ait plu. Nous avons bien noté le souci de rendez-vous. C'est Mélanie, notre secrétaire, qui s'est trompée de créneau, et nous lui avons fait une sérieuse mise au point à ce sujet. Nous espérons avoir le plaisir de vous revoir très bientôt à Neuchâtel.",
            "Dsl!! c'est Maxime qui a oublié de nourrir le chat, y travaille pu avec nous 🤦‍♂️",
            "Après vérification, la brûlure constatée résulte d'une faute professionnelle de Mme Caroline Petit, esthéticienne, à l'encontre de laquelle une procédure disciplinaire a été engagée.",
            "On ne citera pas de nom, mais disons que Kevin, le nouveau, n'a pas été à la hauteur ce jour-là, et qu'on lui a remonté les bretelles.",
            "C'est la faute de Laetitia, elle a été recadrée.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Hi, and thank you for being one of our very first clients when we started out. We love looking after your crew, and sending those daily photo updates is honestly the best part of our job. About the late visit that Saturday: the plow hadn't come through on our road, the van battery died in the cold, our backup sitter had the flu, the app didn't send the reminder it's supposed to, the spare key wasn't quite where we'd agreed, and we'd taken three last-minute bookings that week on top of the holiday rush, so there were really a lot of things making it tough to be on time. We hope to keep seeing your furry gang for many years to come.",
            "ok so basically it was school hols + 2 girls off sick + the UV lamp blew + the supplier sent the wrong colour + the eftpos was down lol so yeah that's why it took 2 hrs 🤷‍♀️",
            "The delay to your repair arose from a combination of factors: the manufacturer's revised returns process, a national courier backlog, the Easter bank holidays, mandatory recalibration under updated clinical guidelines, a temporary shortage of the relevant receiver units and the relocation of our central servicing hub. Each of these was outside our direct control, and our procedures were followed correctly at every stage.",
            "Well now, to explain: the heating went in the building that morning, the receptionist was covering two clinics, there were roadworks on Main Street holding everyone up, the patient before needed extra time, and the card machine had a mind of its own, so you'll understand it wasn't a simple day for anyone.",
            "Prices went up because of rent, insurance, new machines, staff training, tariffs, inflation and the hydro bill, so that's that.",
        ],
        "fr": [
            "Bonjour, et merci d'être revenu nous voir après toutes ces années, ça nous fait vraiment plaisir. On est fiers de notre petite clinique et de l'équipe qui vous accueille depuis le début. Pour le délai de livraison, il faut comprendre que le fabricant a changé de distributeur, que Postes Canada a eu une grève, que notre audioprothésiste était en formation obligatoire, que le logiciel de programmation a planté deux fois et qu'une tempête de neige a fermé la clinique trois jours, alors c'était vraiment hors de notre contrôle. Au plaisir de vous revoir pour le suivi!",
            "bah en fait y avait grève des trains + ma voiture au garage + la clé coincée dans la serrure + mon tel à plat donc voilà hein 🤷",
            "Le report de votre séance s'explique par la maintenance annuelle obligatoire de l'appareil, l'absence imprévue de notre praticienne certifiée, les nouvelles directives cantonales en matière d'hygiène, un retard de livraison des consommables et la mise à jour de notre système de réservation. Ces éléments ne relevaient aucunement de notre responsabilité.",
            "Alors, pour être tout à fait transparents : il y avait les travaux dans la rue, la livraison de gel qui n'était pas arrivée, une collègue malade, la chaleur qui fait couler le vernis et le terminal Bancontact en panne, donc vous voyez, ce n'était pas une journée comme les autres.",
            "Retard dû aux bouchons, à la cliente d'avant, à la cabine pas prête et au logiciel, voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hiya, thanks for popping in and for taking the time to leave a review. We've put a lot of work into the new salon on Byres Road, and it's lovely to hear you liked the décor and the playlist. Our girls take real pride in their work, and every set gets a final check before anyone leaves. No one in this salon has ever cut a client's cuticle, and it simply did not happen on your visit. Hope to see you again for your next set.",
            "nah that didn't happen mate, ur dog was never off lead with us 🤷‍♂️",
            "We categorically deny that any burn occurred during treatment at our clinic. No such incident took place.",
            "We've gone back over everything carefully, and I'm afraid there was no such wait; nobody at our centre has ever been left sitting for an hour.",
            "This never happened.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Notre clinique accorde une grande importance à la sécurité et au confort de chacune et de chacun, et nous sommes heureux que l'accueil et les explications lors de la consultation vous aient convenu. Nous tenons toutefois à préciser qu'aucune rougeur ni brûlure n'a jamais été causée par nos appareils, et que ce que vous décrivez ne s'est tout simplement pas produit. Nous vous souhaitons une excellente fin d'année.",
            "Nope, c'est pas arrivé, on a jamais coupé une cuticule icitte 🤷‍♀️",
            "Nous contestons formellement les faits relatés : aucune cliente n'a attendu plus de cinq minutes dans notre institut ce jour-là.",
            "On a bien relu votre message, mais franchement, le chien n'est jamais sorti sans laisse avec nous, ça, on peut vous l'assurer.",
            "Cela n'a jamais eu lieu.",
        ],
    },
}

BLIND107_GOOD: dict[str, list[str]] = {
    "en": [
        "We're really sorry the appointment ran so late, and that nobody came out to let you know. We've since changed how we run the afternoon list so there's a proper buffer between fittings. If you'd like to talk it over, please ring the centre on 01423 555 014 and ask for the practice manager.",
        "Ah, you're very good to say so! Delighted you loved the set, come back to us any time.",
        "Thanks heaps for the kind words! Just so everyone knows, every tenth walk is free for all our regulars, whatever you think of us, and you don't need to leave a review to get it.",
        "Thanks for coming in! Our refer-a-friend program gives you and your friend $25 off a session each; it's open to every client and has nothing to do with reviews. Details are at the front desk.",
        "Thank you for the lovely feedback. For anyone reading, we've moved to 22 Market Street, just opposite the library, and we're now open until 8 pm on Thursdays.",
        "Thank you! Siobhán will be thrilled to hear that; she's been doing facials for twenty years and it shows.",
        "We're very sorry the wrong area was booked. Our colleague Ryan entered the booking, but it's our system and our responsibility to double-check it, and we didn't. We've added a confirmation step so it can't happen again, and we'd welcome a call on 0161 555 0199 to put things right.",
        "We're so sorry the polish lifted within a couple of days. We've already refunded the service in full, and we'd love to have you back to try again whenever you like, no pressure at all.",
        "Sorry about the wait on the phone last week. Our phone system dropped out for most of Tuesday, which is no excuse for leaving you hanging, and we've now put in a second line.",
        "Thanks for asking about insurance in your review. Yes, all our sitters are fully insured and DBS-checked, and our terms and conditions are on the website for anyone who wants to read them before booking.",
        "We were so sorry to read that your car was broken into outside while you were in with us. We've handed our CCTV footage to the Gardaí to help with their enquiries, and please do call us if there's anything else we can do.",
        "Thanks for the five stars! Our waiting-room magazines are admittedly older than some of our patients; new ones are on order, promise.",
        "Thank you for the three-star review. We'd like to understand what would have made it a better visit, so please email us at care@clearsoundhearing.com whenever suits you.",
        "Thank you for your feedback. We see it a little differently: our price list does show the consultation fee, both online and at reception. That said, we understand it's easy to miss, and we'd be glad to talk it through – just call us on 020 7946 0321.",
        "We were so sad to hear about your old boy. It was a privilege to walk him these past few years, and he'll be missed by all of us here. Thinking of you all.",
        "Congrats on the wedding! So glad the nails held up through the whole day and all the dancing. Wishing you both the very best.",
        "Thanks for your patience at the desk. We know it's frustrating to be asked to reschedule, but we can't treat skin that's had recent sun exposure because of the risk of burns. We're sorry for the inconvenience, and we'll make sure this is explained at booking from now on.",
        "Sorry to anyone caught out by our new prices. Our insurance and fuel costs have gone up a fair bit this year, and we've had to raise walks by £1. We know that's not welcome news, and we really appreciate you sticking with us.",
        "Cheers, that's made our week! 🐾",
        "omg thank u!! 💅💖 see u next month!",
        "Thank you for taking the time to share your experience. We apologise that the follow-up appointment was rescheduled at short notice. We have reviewed our scheduling process and would welcome the opportunity to discuss this with you directly; please contact our patient services team on 0800 555 0142.",
        "Thank you so much for the kind words. It's a joy to see people leave a bit lighter on their feet. Mind yourself, and we'll see you whenever you need us.",
        "Just a note for others reading: the first skin consultation is complimentary for every new client, no strings attached.",
        "As you asked, we've removed the before-and-after photos from our Instagram. We should have checked with you first, and we're sorry we didn't.",
        "We know how nerve-wracking a first laser session can be, so thank you for trusting us with it. See you in six weeks!",
        "Thanks so much! Mia absolutely loves the early beach walks too; she reckons it's the best part of her job.",
        "Thanks for your review. Our understanding was that the batteries were included in the package, but we may well have explained it badly, and we'd really like to get to the bottom of it. Would you give us a ring on 01 555 2340?",
        "We're truly sorry the evening visit was late. That's not the standard we hold ourselves to. We've changed our routes so evening visits are covered by a single sitter, and I'd love to talk it over personally – you can reach me at hello@happytailssitting.com.",
        "Thanks for the feedback. Noted, and the booking link is fixed.",
        "We know it's disappointing to be asked to wait. As a rule, we don't apply gel or acrylics where the skin around the nail is broken, for everyone's safety, and we'd be delighted to book you in again whenever suits.",
        "We're so sorry about the torn leash. Our business insurance covers equipment damaged during walks, and we've already started the claim; you'll hear from us by email this week.",
        "Thank you for the four stars and for the helpful comment about parking; we've passed it on to our landlord.",
        "Guilty as charged on the music – that playlist is mine, and clearly my taste stopped somewhere around 1998. It's been changed. Thanks for the nudge!",
        "Congratulations on your graduation! We loved being part of getting you ready for the big day.",
        "Our thoughts are with you and your family at this sad time. Please don't worry about any remaining appointments; we'll take care of everything whenever you're ready.",
        "Thanks for the review! Just a heads-up that we're now open Saturdays 9 till 3, so weekend sessions are a bit easier to grab.",
        "Sorry we couldn't take your booking over Thanksgiving. We cap the number of pets each sitter looks after so every animal gets proper attention, and we were full. There's a waiting list for December if that would help.",
        "You're right, and we're sorry. The treatment room was too cold and we should have noticed. Heaters have been fitted in every room since.",
        "We don't discuss anyone's care in public, in line with data protection law, but we'd really like to help. Please email us at frontdesk@harbourosteo.com.au or call the clinic during opening hours.",
        "Go raibh míle maith agat for the kind words! Ciara and the team were delighted to read it.",
    ],
    "fr": [
        "Bonjour, nous sommes sincèrement désolés pour ce rendez-vous décalé sans prévenir. Nous avons revu notre planning pour que chaque patient soit appelé en cas de retard. N'hésitez pas à nous joindre au 04 78 55 01 23 pour en parler directement.",
        "Merci beaucoup, ça fait chaud au cœur! On a bien hâte de te revoir 💅",
        "Merci pour votre message ! Pour rappel, notre carte de fidélité offre la dixième promenade à tous nos clients, quel que soit l'avis qu'ils laissent, ou même s'ils n'en laissent pas.",
        "Merci pour votre confiance. Notre programme de parrainage, ouvert à toutes nos clientes et sans aucun lien avec les avis, offre CHF 30.– de réduction à la marraine comme à la filleule.",
        "Merci pour ce gentil retour. Petite info pour tous : le cabinet a déménagé au 8 rue des Tanneurs, au rez-de-chaussée, et nous sommes désormais ouverts le samedi matin.",
        "Merci mille fois ! Nathalie sera ravie de lire ça, elle adore les soins du visage et ça se sent.",
        "Nous sommes vraiment désolées pour l'erreur de couleur. C'est Inès qui a préparé la pose, mais c'est à nous, en tant que salon, de valider la teinte avec la cliente avant de commencer, et nous ne l'avons pas fait. Nous vérifions désormais le nuancier systématiquement. Appelez-nous au salon, nous tenons à rattraper ça.",
        "On est vraiment désolés que la séance ait dû être écourtée. Le remboursement complet a déjà été fait, et on serait heureux de vous recevoir à nouveau quand ça vous adonnera.",
        "Veuillez nous excuser pour l'attente au téléphone. Notre central était en panne ce jour-là, ce qui n'excuse pas le manque de nouvelles ; nous avons depuis mis en place un numéro de secours.",
        "Merci pour votre question. Oui, toutes nos gardes sont couvertes par une assurance responsabilité civile professionnelle, et nos conditions générales sont consultables sur notre site.",
        "Nous sommes désolées pour le vol de votre sac dans la salle d'attente. Nous avons transmis les images de vidéosurveillance à la police pour aider l'enquête et installé des casiers fermés à clé. N'hésitez pas à nous appeler si nous pouvons faire quoi que ce soit d'autre.",
        "Merci pour les 5 étoiles! Oui, nos chaises de salle d'attente mériteraient elles-mêmes un traitement d'ostéo, on s'en occupe 😅",
        "Merci pour votre évaluation de trois étoiles. Nous aimerions comprendre ce qui aurait rendu votre visite meilleure ; écrivez-nous à info@laserleman.ch quand cela vous convient.",
        "Merci pour votre retour. Nous voyons les choses un peu différemment : le tarif du soin était affiché en cabine et sur notre site. Cela dit, nous comprenons que cela ait pu vous échapper, et nous serions heureuses d'en discuter avec vous par téléphone.",
        "Toute l'équipe est bien triste d'apprendre la nouvelle. Ce fut un vrai bonheur de le promener pendant toutes ces années. Nous pensons fort à vous.",
        "Félicitations pour ton mariage!! Contente que les ongles aient tenu toute la soirée de danse 🥂",
        "Nous comprenons votre déception. Nous ne pouvons pas pratiquer l'épilation laser sur une peau récemment bronzée, car le risque de brûlure est réel. Nous sommes désolés de ne pas l'avoir mieux expliqué lors de la prise de rendez-vous ; c'est corrigé.",
        "Nous sommes désolés pour cette hausse de tarif. L'augmentation de nos primes d'assurance nous a contraints à passer la promenade à CHF 28.–, et nous savons que ce n'est jamais agréable. Merci de votre fidélité.",
        "Merci beaucoup, à tantôt !",
        "merciii 😍💅 trop contente que ça te plaise, à très vite !",
        "Nous vous remercions d'avoir partagé votre expérience et vous présentons nos excuses pour le report de votre rendez-vous de contrôle. Notre service clientèle se tient à votre disposition au 021 555 44 00 afin d'en discuter.",
        "Merci infiniment pour ce beau message! Au plaisir de vous revoir, et prenez soin de vous.",
        "Pour information, le premier diagnostic de peau est offert à toutes nos nouvelles clientes, sans condition.",
        "Comme demandé, nous avons retiré les photos avant/après de notre page. Nous aurions dû vous demander votre accord au préalable, et nous nous en excusons.",
        "Par respect de la confidentialité, nous ne commentons jamais publiquement la situation de nos patients, mais nous aimerions vraiment vous aider. Écrivez-nous à contact@audition-capitole.fr ou appelez le centre.",
        "Merci beaucoup ! Léa sera ravie, elle garde un excellent souvenir de ces balades au bord du lac.",
        "Merci pour votre commentaire. De notre côté, on avait compris que les piles étaient incluses, mais on a peut-être mal expliqué, et on aimerait bien en jaser avec vous. Pouvez-vous nous appeler à la clinique?",
        "Nous sommes vraiment désolés pour ce passage tardif, ce n'est pas notre façon de travailler. Nous avons réorganisé les tournées du soir, et je serais heureuse d'en parler avec vous de vive voix : vous pouvez m'écrire à bonjour@pattesetmoustaches.fr.",
        "Merci pour la remarque. Le lien de réservation a été corrigé.",
        "Nous comprenons que ce soit décevant. Par précaution, nous ne posons jamais de gel sur une peau abîmée autour de l'ongle, pour la sécurité de toutes, et nous serons ravies de vous accueillir dès que ce sera possible.",
        "Désolés pour la laisse brisée. Notre assurance couvre le matériel abîmé pendant les promenades, et on a déjà commencé la réclamation; vous allez avoir des nouvelles par courriel cette semaine.",
        "Merci pour ces quatre étoiles et pour la remarque sur le stationnement ; nous l'avons transmise à la mairie.",
        "Coupable ! La playlist, c'est moi, et visiblement mes goûts se sont arrêtés en 1998. Elle a été changée, merci pour le coup de pouce.",
        "Félicitations pour votre diplôme ! Nous étions ravies de vous préparer pour ce grand jour.",
        "Toutes nos pensées vous accompagnent en ce moment difficile. Ne vous souciez de rien pour les rendez-vous à venir, nous nous en occuperons quand vous serez prêt.",
        "Merci pour votre avis! Petite nouvelle : on est maintenant ouverts le samedi de 9 h à 15 h.",
        "Désolés de ne pas avoir pu prendre votre garde pour Noël. Nous limitons le nombre d'animaux par gardienne pour que chacun soit bien suivi, et nous étions complets. Nous pouvons vous inscrire sur la liste d'attente si vous le souhaitez.",
        "Vous avez raison, et nous en sommes désolées. La cabine était trop froide, nous aurions dû le remarquer. Des chauffages d'appoint y ont été installés depuis.",
        "Nous vous remercions de votre retour et regrettons que la facturation n'ait pas été claire. Notre secrétariat se tient à votre disposition du lundi au vendredi, de 8 h à 17 h, pour reprendre la facture avec vous.",
        "Merci pour votre visite ! Pour tout le monde : chaque pose rapporte des points sur votre carte, avis ou pas, et la sixième est à moitié prix.",
    ],
}
