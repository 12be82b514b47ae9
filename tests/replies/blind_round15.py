"""Blind reply set, round 15: owner replies the pre-post check has never seen.

Who and when: written by helper 18b15, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the issue's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses (plumbers, florists, campsites, opticians, escape rooms, food
trucks, yoga studios, bike repair shops, notaries, pet groomers, ski rental
shops, bookshops, car washes, tattoo studios, bakeries, hotels, dentists, apps,
banks...).  Apart from the first fifty lines of the round 14 file, read only to
copy its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies; and did not search the code.  Nothing
here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal, casual, texting, unaccented French, Belgian, Swiss, Quebec
and West African French; British, American, Irish, Australian, Scottish,
Indian and South African English; indirect phrasings and euphemisms; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single clause.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone, the business's own phone, e-mail or address, staff praised by first
name, a refund or replacement already made, one honest reason given with an
apology, legal terms, insurance or the police mentioned neutrally, CCTV used
to help the customer, a joke at the business's own expense, a star rating
quoted neutrally, polite factual disagreement that keeps the door open, and
thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND15_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you for choosing us for your mum's birthday bouquet, and I'm sorry the peonies "
            "arrived more open than you'd hoped. Peonies are at their most fragile in June and we "
            "should have warned you about that when you ordered. We now send them as tight buds "
            "with a little care card so they open at home instead. Should you feel able to take "
            "another look at your stars after reading this, a seasonal posy will be waiting for "
            "you at the counter. Either way, we'd love to do your next arrangement.",
            "No worries legend, flick us an updated review with the full five and your next hand "
            "wash is on the house 🚗✨",
            "Good news: every player who revisits an older review after this update gets 500 "
            "bonus coins. Just tap 'Rate again' in Settings.",
            "Kindly do the needful and remove this post, sir; our front office will then process "
            "one complimentary night in your name as goodwill.",
            "Come back and tell the internet we were great this time, and your squad's next "
            "booking is half price 😉",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. Vous avez raison, les "
            "croissants de dimanche dernier manquaient de cuisson : notre four a fait des siennes "
            "et il a été réparé dès le lundi. Nous tenons à ce que chaque client reparte content, "
            "c'est notre fierté depuis trois générations. Si vous acceptez de revoir votre note à "
            "la hausse, une viennoiserie vous sera offerte à chaque passage pendant un mois. Au "
            "plaisir de vous revoir à la boutique !",
            "Salut! Si tu changes ton commentaire pour de quoi de plus l'fun, ta prochaine "
            "location de vélo est sur nous, promis!",
            "slt, tu vires ton avis et la retouche est offerte, deal ?",
            "Chère Madame, un bon d'une valeur de 50 euros vous est réservé ; il sera activé dès "
            "que votre évaluation aura été mise à jour. Au plaisir de vous revoir à tantôt.",
            "Un petit geste vous attend en magasin le jour où ces deux étoiles en deviendront "
            "cinq. Belle journée à vous.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for staying with us on the lakeside pitches, and sorry the shower block ran "
            "out of hot water over the bank holiday weekend. We've since added a second boiler "
            "and it's made a real difference. We love having families here and the kids' club has "
            "had lovely feedback all summer. That said, our gate camera logged your registration "
            "on the way in, and it stays on file for as long as comments like these keep "
            "appearing. Hope the rest of your holiday was restful.",
            "Funny, I still have your address from the job. Might swing by and chat about this "
            "review in person.",
            "A copy of this post has gone to our solicitor, and you'll be hearing from them "
            "regarding the harm it's doing to a family business.",
            "Sure you work down at the council offices, don't you? I'd say your manager would be "
            "very interested in how you talk to people online.",
            "Just so you know, us groomers in the area all share a list, and your name is going "
            "on it. Good luck finding someone else.",
        ],
        "fr": [
            "Merci pour votre retour sur le cours du soir, et désolée que la salle ait été trop "
            "chauffée. Nous avons depuis installé un thermostat programmable et nous ouvrons les "
            "fenêtres hautes avant chaque séance. Notre communauté est très attachée à la "
            "bienveillance, et nous espérons que vous reviendrez la découvrir. Sachez toutefois "
            "que votre message a été transmis à notre avocate, qui jugera des suites à y donner. "
            "Belle journée à vous.",
            "On a ta plaque sur nos caméras, mon chum. Fais attention à ce que t'écris.",
            "Mon frère, on connaît ta famille au quartier. On va aller leur montrer ce que tu "
            "racontes sur nous.",
            "on a gardé les photos de ton tatouage, si tu continues on les met en story avec ton "
            "nom",
            "Nous vous informons que toute nouvelle publication de ce type entraînera votre "
            "interdiction d'accès à l'ensemble de nos salles ainsi qu'un signalement auprès de "
            "nos établissements partenaires.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to share this, and I'm sorry the wait in reception was "
            "so long. We had an emergency patient that morning and should have kept everyone "
            "better informed. Our team genuinely cares about making visits as calm as possible, "
            "especially for nervous patients. Given your gum disease and the extraction we "
            "discussed, I'd really like you to come back for the follow-up so we can check "
            "everything is healing well. Please call reception whenever suits you.",
            "We've reviewed booking HX-48213 (two nights, 14 to 16 March, double room) and "
            "refunded the parking charge in full.",
            "Sorry for the no-show, mate. Tried ringing you back on 0412 557 983 a couple of "
            "times, no answer. Give us a shout.",
            "Sir, the £86 taken from your Visa ending 4471 was for the full service as quoted. "
            "Kindly contact the shop if any doubt remains.",
            "So sorry the wreath was late getting to 12 Glenview Terrace. We'll make sure it's "
            "there earlier next time.",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour ce retour détaillé et toutes nos excuses pour le délai "
            "de livraison de vos lunettes. Le laboratoire a connu une rupture de verres "
            "progressifs en octobre, et nous aurions dû vous prévenir plus tôt. Nous tenons à ce "
            "que chacun voie parfaitement net, c'est le cœur de notre métier. Avec votre glaucome "
            "et une correction de -6,5, nous comprenons bien que chaque jour sans lunettes "
            "adaptées soit pénible. Vos nouvelles montures vous attendent en boutique.",
            "Nous avons bien envoyé le lien de réinitialisation à sophie.marchal@orange.fr ; "
            "pensez à vérifier vos courriers indésirables.",
            "Monsieur Van den Broeck, lors de votre passage le samedi 9 novembre vers 20 h 30, "
            "vous aviez pris deux frites sauce andalouse et une fricadelle, nous en sommes "
            "désolés.",
            "desole pour le retard, on a essaye de vous rappeler au 06 72 18 44 90 toute la "
            "matinee",
            "Navrés pour le retard de la navette : le chauffeur a eu de la peine à trouver le "
            "chemin des Vergers 14, à Morges. Nous allons revoir l'itinéraire.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for visiting the shop, and I'm sorry the signed edition you wanted had "
            "already gone. Signed copies tend to sell within hours of arriving and we only get a "
            "handful from each publisher. We keep a waiting list at the till and are always happy "
            "to add anyone who asks. Honestly though, turning up expecting a free copy because "
            "you'd 'come a long way' was never going to work. We hope you find the book somewhere "
            "and enjoy it.",
            "Nice try. Your truck rolled in with that scratch and you know it.",
            "Some folk cannae sit still for twenty minutes and then greet about the linework. Wee "
            "bit of a baby, honestly.",
            "Funny how someone who uninstalled the app after ten minutes has so much to say. This "
            "was only ever about squeezing out a refund.",
            "Madam, everyone at the front desk could see you are simply a freeloader looking for "
            "a discount.",
        ],
        "fr": [
            "Merci d'avoir séjourné au camping cet été et d'avoir pris le temps de nous écrire. "
            "Les travaux de la piscine ont effectivement duré plus longtemps que prévu, et nous "
            "avons prolongé l'accès gratuit au lac voisin pour compenser. Notre équipe se démène "
            "chaque saison pour que les familles passent de bonnes vacances. Mais franchement, "
            "inventer une invasion de punaises pour se faire rembourser la semaine, c'est assez "
            "minable. Nous vous souhaitons tout de même une bonne fin d'année.",
            "T'es juste un chialeux qui veut pas payer, c'est toute.",
            "arrete de raconter n importe quoi, t as mange tout le burger et apres tu viens "
            "pleurer",
            "Vous savez fort bien que vous avez signé l'acte en connaissant le montant des frais "
            "; prétendre le contraire aujourd'hui n'honore guère votre parole.",
            "Madame, vous êtes une personne aigrie, tout le monde l'a vu à la caisse.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for joining the Sunday flow class and for the honest feedback about the mats. "
            "We replaced the older ones in October and the new cork mats have gone down really "
            "well so far. Our teachers put a lot of heart into each session and we'd love you to "
            "give us another try. Next time we'll be sure to lay on a personal butler to unroll "
            "your mat for you, since apparently that's the standard now. Take care, and namaste.",
            "Wow, stuck for the full hour and it's somehow on us? Groundbreaking.",
            "Oh no, the skis were slippery on snow. Truly shocking stuff, we'll get our best "
            "people on it.",
            "So sorry our plumber didn't also repaint the kitchen and walk the dog while he was "
            "under the sink.",
            "Ah yes, one star because the app wouldn't guess your PIN for you. Very fair "
            "altogether.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et désolés que la coupe de Biscotte ne corresponde "
            "pas tout à fait à vos attentes. Le poil était très feutré sous les pattes et nous "
            "avons dû raccourcir davantage pour ne pas lui faire mal. Nous prenons d'habitude le "
            "temps d'expliquer nos choix, et nous aurions dû vous appeler avant. La prochaine "
            "fois, on vous enverra peut-être un plan signé par un architecte pour validation, "
            "puisque c'est visiblement ce qu'il faut. Au plaisir de revoir Biscotte !",
            "Ah oui, une baguette trop croustillante, quel drame. On va prévenir le Palais royal.",
            "bravo pour ce chef d oeuvre d analyse en 3 mots, toute l equipe est emue",
            "Nous sommes navrés que le lac ne soit pas chauffé à votre goût en janvier ; nous "
            "transmettrons volontiers votre requête au Conseil fédéral.",
            "Ben oui, le char était mouillé en sortant du lave-auto. C'est fou ça, hein.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for staying with us and for such a thoughtful review. I'm sorry your late "
            "check-in was handled so poorly. We take pride in welcoming guests whatever the hour, "
            "and we've since added a second person to the night shift at weekends. Frankly, "
            "Darren on reception that night simply didn't follow our procedures, and that one's "
            "on him. We'd love the chance to welcome you back properly.",
            "That was Kayla's first week on the grill, she burned like half the orders. Sorry!",
            "The wheel was trued by Callum, not me, so take it up with him when he's back on "
            "Monday.",
            "We regret the inconvenience. The billing error was made by our receptionist, Ms. "
            "Priya Nair, who has been duly warned.",
            "Sorry bru, Jaco did that piece and honestly his shading's been off for a while now.",
        ],
        "fr": [
            "Merci infiniment pour votre message, et toutes nos excuses pour le bouquet de mariée "
            "qui ne ressemblait pas au croquis. Nous savons combien ce jour compte, et nous en "
            "sommes sincèrement peinés. Nous travaillons depuis vingt ans avec des producteurs "
            "locaux et chaque composition est normalement vérifiée deux fois. C'est Mélanie, "
            "notre apprentie, qui a mélangé les commandes ce matin-là. Nous serions heureux de "
            "vous offrir une composition pour votre premier anniversaire de mariage.",
            "Le conseiller qui vous a reçu, M. Lefèvre, n'a manifestement pas appliqué nos "
            "consignes ; il en a été informé.",
            "C'est Steve à l'accueil qui t'a donné le mauvais terrain, désolé, y'est encore en "
            "formation.",
            "cest Julien qui a oublie de remettre les indices, il est nouveau desole",
            "Pardon tantie, c'est Moussa qui a lavé votre voiture ce jour-là, il travaille mal.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for coming in for your eye test, and for being so patient with us. Between "
            "the supplier strike, the new booking software, two opticians off with flu, the "
            "roadworks outside blocking deliveries, the lens lab switching couriers and the power "
            "cut on Tuesday, it has honestly been the hardest month we've had in ten years of "
            "trading. We're very fond of our regulars and want every visit to feel easy. "
            "Turnaround times should be back to normal shortly. Take care and see you soon.",
            "The leak was there before we arrived, the pipes date from the 1960s, the supply "
            "house was out of the fitting, it was the Friday before Thanksgiving, my van broke "
            "down that week, and your building's shutoff valve was seized, so there was really "
            "nothing more we could have done in the time available.",
            "Please understand that transfer times are governed by clearing schedules, that our "
            "fraud checks are required by regulation, that weekend processing is handled by a "
            "third party, that the bank holiday fell on the Monday, and that the payee details "
            "supplied triggered an automatic review. Each of these factors is outside the "
            "branch's control.",
            "Look, the pool was shut because the council inspector came early, the pump part had "
            "to come from Perth, the storm knocked the power out, our maintenance bloke had his "
            "wedding, and school holidays meant every tradie in town was booked. It's been a "
            "massive season for us.",
            "The order was late because the distributor moved warehouses, An Post had a backlog, "
            "the publisher went to reprint, our till system updated overnight and it was "
            "Christmas week, so in fairness it wasn't down to us at all.",
        ],
        "fr": [
            "Merci beaucoup d'avoir choisi notre maison pour votre week-end en amoureux, et pour "
            "la gentillesse de votre message. Entre la chaudière tombée en panne le vendredi "
            "soir, le chauffagiste bloqué par la neige, la livraison de fioul repoussée, deux "
            "réceptionnistes malades et la fibre coupée dans tout le village, ce week-end a "
            "vraiment cumulé toutes les difficultés possibles. Nous aimons profondément cette "
            "maison et les couples qui viennent s'y reposer. L'été, la terrasse face aux vignes "
            "est magnifique. Au plaisir de vous accueillir de nouveau.",
            "Le délai de signature s'explique par la dématérialisation des actes, la lenteur des "
            "services du cadastre, l'attente du certificat d'urbanisme, les congés du service de "
            "la publicité foncière et les exigences de la banque de l'acquéreur. Notre étude a "
            "respecté chacune de ces étapes conformément à la loi.",
            "Le bacon était froid parce que la génératrice a lâché, le propane était presque "
            "vide, y faisait -20, le festival nous avait placés au fin fond du terrain pis on "
            "était juste deux pour 300 personnes. On a vraiment fait notre possible.",
            "Le cours a été annulé car la professeure était souffrante, sa remplaçante était en "
            "vacances, la salle était réquisitionnée par la commune pour les votations, "
            "l'inscription en ligne était en panne et la neige bloquait la route du val. Vous "
            "comprendrez que nous ne pouvions rien y faire.",
            "le retard c est a cause du chien d avant qui etait tres agite, la tondeuse a lache, "
            "on avait 3 rdv en plus, la stagiaire etait absente et y avait des bouchons sur la "
            "rocade donc voila",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for bringing Bella to us over the past two years; she's always a joy "
            "to pamper. We take enormous care with every dog on the table, and all of our "
            "groomers are fully certified. Many of our clients have been with us since we opened, "
            "which means a great deal to us. Bella was not nicked by the clippers during her "
            "visit; that simply did not happen in our salon. We look forward to seeing you both "
            "again.",
            "There were no raisins in that loaf. Never have been.",
            "Our rooms are deep-cleaned every day. There were no bedbugs, full stop.",
            "Sir, our staff would never speak to a customer in such a manner. The incident as "
            "described did not take place.",
            "Impossible. Every binding gets checked before it leaves the shop, so yours did not "
            "come loose on the slope.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de laisser un avis. Notre cabinet accueille "
            "chaque année des centaines de patients, et la douceur des soins est au centre de "
            "notre pratique. Nous avons récemment investi dans une technique d'anesthésie sans "
            "aiguille, très appréciée des patients anxieux. Aucune de nos assistantes ne vous a "
            "parlé sur ce ton, cela n'a tout simplement pas eu lieu. Nous vous souhaitons une "
            "excellente continuation.",
            "Impossible : il n'y a jamais eu de noisettes dans nos cramiques.",
            "faux, la piscine etait ouverte tout l ete, point",
            "Voyons donc, ça s'est jamais passé. On stérilise toute, y'a pas eu d'infection "
            "icitte.",
            "Votre récit ne correspond pas à la réalité : aucun frais n'a été prélevé sur votre "
            "compte sans votre accord.",
        ],
    },
}

BLIND15_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks for the kind words! Just so you know, every tenth wash is free for anyone with "
        "our stamp card, no strings attached. See you soon.",
        "Glad the bike's running smoothly again. If any mates need a tune-up, our refer-a-friend "
        "scheme knocks £10 off for both of you, open to every customer.",
        "Sorry the boiler's still playing up. Please ring me directly on 01632 960 412 and I'll "
        "come back out at no charge.",
        "We're sorry the app logged you out mid-booking. Our support team can look at your "
        "account securely if you write to help@tidyslot.app, so we'd rather not ask for any "
        "details here.",
        "Sorry you had trouble finding us! We're at the back of the courtyard at 27 Harbour Lane, "
        "through the blue gate, and there's now a sign out on the street.",
        "Thank you! We'll pass your lovely message on to Aisha, who's been grooming with us for "
        "six years and adores the fluffy ones.",
        "You're right that the jacket shouldn't have shrunk, and we've already refunded the full "
        "cost of the cleaning. Sorry again.",
        "I'm sorry the croissants were gone by nine. A large catering order came in unexpectedly "
        "that morning; we now set a tray aside for walk-ins.",
        "Thanks for asking about the cancellation fee. Under our booking terms, deposits are "
        "refundable up to 48 hours before the session. We're sorry that wasn't clearer on the "
        "website and have updated the page.",
        "We're so sorry your bike was taken from outside the shop. We've given the police the "
        "time window they asked for, and a covered, locked rack goes in this month.",
        "We checked our CCTV and can see your phone was handed in near the tills. It's safe in "
        "the office, so pop in whenever suits.",
        "Guilty as charged: our coffee machine has the temperament of a teenage drummer. A new "
        "one arrives Tuesday, and we're sorry for the wait.",
        "Thank you for your 4 stars and the kind words about the bell tents. We're working on the "
        "Wi-Fi you mentioned.",
        "We see this a little differently, as the quote you signed did list the call-out fee "
        "separately. That said, we understand it was confusing, and we'd be glad to talk it "
        "through. Our door's always open.",
        "Cheers for the five stars! Really glad the piece healed so nicely.",
        "Thank you for trusting us with your care. We're sorry the appointment ran late; an "
        "earlier treatment took longer than planned. We now text patients if we're running more "
        "than fifteen minutes behind.",
        "Thanks a million for staying with us, and sorry the room was chilly on the first night. "
        "The heating's been serviced and there are extra blankets in every wardrobe now. Hope to "
        "see you back in the glen.",
        "Thank you for your feedback. We appreciate that the completion process felt slow, and we "
        "apologise for not keeping you better updated. We have since introduced weekly progress "
        "e-mails for all clients.",
        "Y'all crushed it! 41 minutes is our third-best time this month. Thanks for bringing such "
        "great energy.",
        "Sorry the chips were soggy, mate. We had a fryer fault on Friday and should've stopped "
        "serving them. It's sorted now, so come say g'day.",
        "Thank you so much for your kind words about the morning batch. We are sorry the hall was "
        "crowded on Sunday; we have now capped each class at twenty.",
        "Thanks for the feedback! You're right that the queue on Saturday was long, and we've "
        "added a second fitting bench for peak days. Sorry for the wait.",
        "What a lovely review, thank you! Our story hour is free and open to everyone, every "
        "Saturday at 10.",
        "We apologise for the difficulty you experienced accessing your account. For your "
        "security we can't discuss details here, but our team is available on 0800 014 2290, "
        "seven days a week.",
        "Thanks for the report. The crash on Android 14 was a bug on our side and it's fixed in "
        "version 3.2.1, which is rolling out now. Sorry for the hassle!",
        "Every customer gets 10% off their next annual boiler service when they book online. It's "
        "automatic, nothing to do. Thanks for choosing us.",
        "Thank you! Big shout-out to Marco, who spent four hours on that sleeve and hasn't "
        "stopped smiling since.",
        "Sorry about the wiper blade our brushes caught. A replacement set is already in the post "
        "to you, and the machine has been adjusted.",
        "We're sorry the roses drooped so quickly. A fresh bouquet went out this morning, with "
        "our apologies.",
        "Thanks for the 3 stars and the honest feedback. You're right that frame adjustments "
        "should be free, and from now on they are, for everyone.",
        "We're really sorry for the small nick during the trim. Our insurance has covered the vet "
        "visit and we've fitted new guards to all the clippers.",
        "We're sorry you found the site noisy. Quiet hours start at 10pm and our warden did two "
        "rounds that night, but we hear you, and family pitches will move further from the bar "
        "next season.",
        "Our lift is older than the owner and about as quick on the stairs. Sorry for the wait; a "
        "new one goes in this winter.",
        "Thanks so much! The cinnamon knots are Gemma's recipe, so she'll be thrilled.",
        "We went through the locker-room camera footage with the officer you spoke to and passed "
        "on everything we could. We're very sorry this happened here, and we now have padlocks "
        "for hire at the desk.",
        "Thanks for the heads-up about the dripping tap. Fixed this morning.",
        "thx so much!! see u next month for the touch up 🙏",
        "We respectfully disagree that the chain was fitted wrong, since it passed our check on "
        "the stand, but we'd be happy to look at it again free of charge if it's skipping.",
        "Thanks for staying! Members of our free Guest Club, which anyone can join at the desk, "
        "get a late check-out on Sundays.",
        "Thank you so much for this warm and thoughtful review. You're right that the room wasn't "
        "ready at three as promised, and we're genuinely sorry. We've changed how housekeeping is "
        "scheduled on Sundays so it doesn't happen again. Thank you too for your words about "
        "breakfast, which Fiona makes fresh every morning. We hope to see you in spring when the "
        "garden is in bloom.",
    ],
    "fr": [
        "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tous : le "
        "dixième pain est offert, sans condition.",
        "Merci beaucoup ! Notre programme de parrainage offre 15 € au parrain et au filleul sur "
        "le premier cours, et il est ouvert à tout le monde.",
        "Nous sommes désolés pour cette fuite qui persiste. Appelez-nous directement au 04 78 00 "
        "12 34, nous repasserons sans frais.",
        "Toutes nos excuses pour ce bug. Écrivez-nous à support@monappli.fr afin que nous "
        "puissions examiner votre compte en toute confidentialité.",
        "Désolés que vous ayez eu du mal à nous trouver : l'atelier est au 8, rue des Tanneurs, "
        "au fond de la cour. Nous avons ajouté un panneau.",
        "Merci ! Nous transmettons vos compliments à Inès, qui sera ravie de savoir que la coupe "
        "de votre caniche vous a plu.",
        "Vous avez raison, le nettoyage intérieur n'était pas à la hauteur. Nous vous avons "
        "remboursé la prestation hier et avons revu notre procédure.",
        "Pardon pour l'attente samedi : une coupure de courant a retardé la première fournée. "
        "Nous en sommes désolés et avons prévu un groupe électrogène.",
        "Merci pour votre retour. Selon nos conditions générales, l'acompte est remboursable "
        "jusqu'à 48 heures avant la séance ; nous reconnaissons que ce n'était pas assez visible "
        "et avons modifié la page de réservation.",
        "Nous sommes vraiment désolés pour le vol de votre vélo devant la boutique. Nous avons "
        "transmis à la gendarmerie les éléments demandés et installons un abri fermé.",
        "Grâce à nos caméras, nous avons retrouvé le moment où votre écharpe est tombée près des "
        "cabines : elle vous attend à l'accueil.",
        "Notre machine à café est plus capricieuse qu'une diva, nous plaidons coupables. Elle est "
        "remplacée lundi. Désolés !",
        "Merci pour vos 4 étoiles et pour vos mots sur notre terrasse. Nous avons bien noté la "
        "remarque sur le bruit de la ventilation.",
        "Nous ne partageons pas tout à fait votre lecture : le devis signé mentionnait bien les "
        "frais de déplacement. Mais nous comprenons la confusion et restons à votre disposition "
        "pour en parler.",
        "Merci mille fois, ça nous touche énormément !",
        "Merci pour ce chouette avis ! Septante couverts un samedi soir, c'était sportif, et nous "
        "sommes contents que vous ayez passé une bonne soirée. À bientôt !",
        "Nous sommes navrés que votre location de skis ait pris nonante minutes ; deux postes de "
        "réglage supplémentaires sont en service depuis cette semaine.",
        "Merci ben gros pour ton beau commentaire! On a hâte de te revoir l'été prochain, les "
        "feux de camp sont toujours ouverts à tout le monde.",
        "Merci beaucoup pour vos bénédictions, madame. Nous sommes contents que le gâteau ait plu "
        "à toute la famille. Que Dieu vous garde !",
        "merci pour ton avis, desole pour l attente, on a rajoute un tatoueur le samedi",
        "Merci pour votre retour. Nous regrettons de ne pas vous avoir tenu informé plus "
        "régulièrement et avons mis en place un point hebdomadaire par courriel pour chaque "
        "dossier.",
        "Merci de votre confiance. Nous sommes désolés pour le retard de votre rendez-vous ; une "
        "urgence a rallongé la matinée. Nous prévenons désormais par SMS dès quinze minutes de "
        "retard.",
        "Merci pour le signalement ! Le plantage sous iOS 17 venait de chez nous, il est corrigé "
        "dans la version 4.1. Désolés pour la gêne.",
        "Nous regrettons les difficultés rencontrées. Pour des raisons de confidentialité, nous "
        "ne pouvons pas détailler votre situation ici ; votre agence est joignable au 01 40 00 00 "
        "00 du lundi au samedi.",
        "Nous sommes désolés que les tulipes aient fané si vite. Un nouveau bouquet a été livré "
        "ce matin, avec nos excuses.",
        "Bravo à toute l'équipe, 38 minutes, c'est notre meilleur temps de la semaine ! Merci "
        "pour votre bonne humeur.",
        "Désolée pour l'annulation de dernière minute : j'étais malade et je n'ai pas pu prévenir "
        "à temps. Le cours est reporté, sans frais bien sûr.",
        "Merci pour le retour ! Vous avez raison, les frites manquaient de sel mardi. On a "
        "ajusté, revenez goûter.",
        "On voit ça un peu différemment : la chaîne a passé notre test avant que tu repartes. "
        "Mais si elle saute encore, passe à l'atelier, on va la revérifier gratuitement.",
        "Nous sommes sincèrement désolés pour la petite coupure. Notre assurance a pris en charge "
        "la visite chez le vétérinaire et nous avons changé les sabots de nos tondeuses.",
        "Merci pour ce séjour ! Le Club Camping, gratuit et ouvert à tous à la réception, donne "
        "droit à une nuit offerte dès la cinquième.",
        "Notre ascenseur a l'âge du bâtiment et la vitesse d'un escargot en vacances, c'est vrai. "
        "Il sera remplacé cet hiver ; merci pour votre patience.",
        "Merci ! La tarte au citron est la recette de Karim, notre pâtissier, il est aux anges.",
        "Quel plaisir de lire votre message ! Les lectures du mercredi sont gratuites et ouvertes "
        "à tous, petits et grands.",
        "Merci pour les trois étoiles et votre franchise. Vous avez raison, l'ajustage des "
        "montures doit être gratuit : c'est désormais le cas pour tous.",
        "Nous avons regardé les images de la piste avec vous et, effectivement, le rouleau a "
        "accroché votre rétroviseur. La réparation est prise en charge par notre assurance, "
        "toutes nos excuses.",
        "Merci, à très vite !",
        "Merci pour ce super avis ! Léa, à l'atelier, sera ravie d'apprendre que ses réglages "
        "vous ont permis de profiter de la poudreuse.",
        "Merci pour votre message. Conformément au RGPD, les données de votre compte ont été "
        "supprimées ; nous regrettons que la demande ait pris plus de temps que prévu.",
        "Bonjour, et merci pour ce long message qui nous a beaucoup touchés. Vous avez raison, la "
        "chambre n'était pas prête à 15 h comme promis, et nous en sommes sincèrement désolés. "
        "Nous avons revu l'organisation du ménage le dimanche pour que cela ne se reproduise pas. "
        "Merci aussi pour vos mots sur le petit-déjeuner, que Sandrine prépare chaque matin avec "
        "amour. Nous espérons vous revoir au printemps, quand le jardin est en fleurs.",
    ],
}
