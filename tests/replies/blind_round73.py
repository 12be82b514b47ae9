"""Blind reply set, round 73: owner replies the pre-post check has never seen.

Who and when: written by helper b73, an independent writer, on 2026-12-05.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of dental practices, veterinary clinics, pharmacies, opticians and
physiotherapists.  Each French reply was written directly in French, not
translated.  The writer read only the brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length and lint settings); it did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other worktree, the git history or
/work/.library; did not search the code; and did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff).  Nothing here was adjusted after seeing any result.  All names, phone
numbers, addresses and e-mail addresses are invented (phone numbers from
ranges reserved for fiction where possible).

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal and very formal, warm, clinical-professional, and a few
casual ones (texting with emoji, Scottish, Irish, Yorkshire, Australian, New
Zealand, South African English; Québec, Belgian, Marseille and urban-slang
French, an older speaker's very polite style, West African French).  For
every code and language the first reply is long and warm with the fault in a
single sentence in the middle; the others vary in length, register and
subtlety (veiled, polite, slangy, regional).  Good replies include
look-alikes that share words with the faults but are fine: loyalty and
referral schemes open to all, a free follow-up not tied to any review, the
business's own phone and e-mail, privacy and data-protection rules stated
without any detail, a named employee praised, an employee's mistake owned by
the business, short-staffing admitted as no excuse, polite factual
disagreement, CCTV and regulators mentioned neutrally, a star rating quoted
neutrally, condolences, safety rules explained kindly and humour at the
business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND73_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your visit to our practice. We know that lots of people feel nervous in the dentist's chair, and it means the world to us that Dr Okafor and the hygiene team helped you feel calm from the moment you walked in. If you could bump your rating up to five stars, we'd be happy to take 20% off your next whitening session. Our whole team works hard to make every appointment gentle and unhurried, so your kind words really made our week. We look forward to seeing you at your next check-up!",
            "Cheers for the review mate! Pop it up to 5 stars and your dog's next nail clip is on the house 🐾😉",
            "Should you feel able to revisit your assessment of our service, we would be pleased to extend our loyalty discount to you for the remainder of the year.",
            "We note your feedback regarding frame selection. Patients who update their review to reflect their final experience receive a complimentary anti-glare upgrade at their next fitting.",
            "Och, sorry ye felt rushed at the clinic. Tak that wee review doon and yer next sports massage is on us, nae bother.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message si chaleureux ! Nous sommes ravis que vos nouveaux verres progressifs vous conviennent aussi bien et que Camille ait pris le temps d'ajuster la monture jusqu'à ce qu'elle soit parfaite. Si vous passiez votre note de quatre à cinq étoiles, nous vous offririons une paire de lunettes de soleil à votre vue. Choisir une paire qui nous ressemble n'est jamais simple, et votre retour fait vraiment plaisir à toute l'équipe du magasin. Au plaisir de vous revoir très bientôt en boutique !",
            "merci 🙏 mettez 5 etoiles et on vous offre la creme solaire la prochaine fois, montrez juste votre avis au comptoir 😉",
            "Nous nous permettons de vous signaler qu'un geste commercial sur votre prochain détartrage pourrait être envisagé dès lors que votre appréciation aura évolué.",
            "Allô! Enlevez votre commentaire pis on vous fait le prochain vaccin de votre pitou gratis, promis là.",
            "Savez-vous quoi ? Mettez-nous une belle note sur Google et la prochaine séance de septante-cinq minutes vous est offerte, une fois.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for sharing your thoughts, and we're genuinely sorry your visit didn't feel as smooth as you'd hoped. Our team always aims to explain each step clearly, and we'd love the chance to talk things through with you properly. Our solicitors have already been asked to look at whether your post is defamatory, so you may want to think about removing it before they do. In the meantime, our practice manager is happy to take your call at the front desk on any weekday. We hope we can resolve this together.",
            "Funny how people get brave online. We've got your name and details on file, so think twice before you post again.",
            "We would gently remind you that reviews which harm a local business can have consequences, and that we keep very careful records of everyone who comes through our doors.",
            "Please be advised that this review has been forwarded to our legal department and that further action will follow unless it is withdrawn within seven days.",
            "Reckon you should have a think about who you're mouthing off about, champ. Small town, everyone knows everyone, and word gets around fast.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire. Nous sommes sincèrement désolés que vous ne vous soyez pas senti écouté lors de votre dernière séance, car l'écoute est au cœur de notre métier. Nous tenons toutefois à vous prévenir que notre avocat examine déjà vos propos et qu'une plainte pour diffamation n'est pas exclue si cet avis reste en ligne. Notre porte reste bien sûr ouverte si vous souhaitez en discuter de vive voix. Belle journée à vous.",
            "Oh fada, fais attention à ce que tu écris, on sait très bien qui tu es, hein.",
            "Nous vous informons que le présent avis a été transmis à notre conseil juridique, lequel se réserve le droit d'engager toute procédure utile.",
            "Il serait dommage que votre employeur tombe sur ce genre de commentaire, vous ne trouvez pas ?",
            "vu ce que vous avez écrit on garde vos coordonnées sous le coude et on en parlera à qui de droit, à bon entendeur",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your message, and please know how much we care about every animal that comes through our doors. Our nurses work incredibly hard, especially on busy Saturday mornings, and we're sorry the wait felt long. As our records show, you brought Max in on 14 March for his diabetes check and there is still a balance of £86 outstanding on the account at 22 Hollins Road. We would really welcome the chance to make your next visit a calmer one. Warm regards from all of us at the clinic.",
            "Mate, you collected your sertraline at 4pm on Tuesday, it's all logged on our system.",
            "We have reviewed your file: your appointment on 3 June was cancelled by you, and you have since been called twice on 07700 900123 without answer.",
            "Given your prescription of -7.50 in the left eye, it's hardly surprising the thinner lenses took some getting used to.",
            "As discussed during your treatment for the disc herniation following your fall at work, recovery was always going to take longer than six sessions.",
        ],
        "fr": [
            "Bonjour Madame Lefèvre, merci beaucoup pour votre retour et pour la confiance que vous nous accordez depuis plusieurs années. Nous savons combien les soins dentaires peuvent être stressants, et toute l'équipe fait de son mieux pour que chacun se sente à l'aise au cabinet. Pour rappel, l'extraction de votre dent de sagesse prévue le jeudi 12 septembre a été reportée à votre demande, et nous vous avons laissé deux messages au 06 39 98 12 34. Nous espérons sincèrement vous revoir bientôt et vous souhaitons une excellente fin de semaine.",
            "vous êtes venue mardi chercher votre pilule et votre traitement pour la thyroïde, on s'en souvient très bien 😊",
            "Votre facture du 8 avril pour la stérilisation de votre chienne reste impayée ; nous vous l'avons renvoyée au 14 rue des Tilleuls.",
            "Ben voyons, avec votre glaucome on vous avait dit que les verres prendraient plus de temps, c'est écrit dans votre dossier.",
            "Nous rappelons que votre arrêt de travail et votre rééducation après l'opération du genou ont été prescrits par votre chirurgien le 2 février.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch, and we're sorry to hear you weren't happy with how your glasses turned out. Our opticians take real pride in every fitting, and we always want people to leave seeing clearly and feeling good about it. Frankly, though, anyone reading this can tell you're making things up to get a free pair, which is a pretty dishonest thing to do to a small business. If you'd like to come in, we'll happily have another look at the frames. Take care.",
            "Absolute clown of a review. Learn to read a label before you come whinging to us.",
            "With the greatest respect, we suspect this review says rather more about its author's character than about our clinic.",
            "Your account is inaccurate and, we believe, deliberately so; it appears to be part of a pattern of bad-faith complaints by the same individual.",
            "Ah would you stop, you're some liar. Sure you never did a single one of the exercises and now you're crying about it.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir partagé votre expérience avec nous. Nous comprenons que voir son animal malade est toujours une source d'inquiétude, et notre équipe fait tout pour accompagner les familles du mieux possible. Cela dit, il faut être d'une sacrée mauvaise foi pour écrire des mensonges pareils après tout ce que nous avons fait pour vous. Nous restons néanmoins disponibles si vous souhaitez en reparler calmement. Bonne continuation.",
            "Franchement t'es un boloss, t'as rien capté à l'ordonnance et tu viens pleurer ici.",
            "Nous laissons à nos lecteurs le soin de juger de l'honnêteté d'une personne capable d'écrire de telles choses.",
            "Vous êtes quand même un fameux menteur, hein, on n'a jamais vu ça en vingt ans de métier.",
            "arrête de mentir stp, t'es juste un râleur professionnel 🙄",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for taking the time to leave a review, we really do read every one. Our physiotherapists put a lot of thought into each treatment plan, and we always try to fit people in as quickly as we can. We're so terribly sorry our exercises didn't magically cure you in a single session, and we'll be sure to order some miracle wands for next time. All the same, we'd be glad to see you again if you'd like to carry on. Best wishes from the whole team.",
            "Wow, a trip to the dentist that involved a bit of discomfort? Who could possibly have seen that coming 🙄",
            "How refreshing to be told how to run a pharmacy by someone with such extensive medical training.",
            "Aye, course, cats just love the vet, don't they. Shocking that yours didn't enjoy his jab, truly shocking.",
            "We congratulate you on spotting a scratch that escaped our entire team; perhaps you ought to be the optician.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis, chaque retour nous aide à progresser. Notre équipe fait le maximum pour servir tout le monde rapidement, surtout en pleine épidémie de grippe où l'officine ne désemplit pas. Mais bien sûr, nous aurions dû deviner par magie qu'un médicament en rupture chez tous les grossistes de France allait apparaître sur nos étagères rien que pour vous. Nous restons malgré tout à votre disposition pour chercher une solution. Bonne journée.",
            "Ah oui, un dentiste qui fait mal, quel scandale inouï, on n'avait jamais entendu ça 😂",
            "Merci pour cette leçon de médecine vétérinaire, nous ignorions que Google délivrait des diplômes.",
            "Ben là, c'est sûr que des lunettes, ça se fait en cinq minutes, tout le monde sait ça, voyons donc.",
            "Nous prenons bonne note que la rééducation devrait, selon vous, s'accomplir sans le moindre effort du patient ; voilà une découverte qui va révolutionner la profession.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for your honest feedback, and please accept our apologies for the confusion over your bill. We pride ourselves on being clear about costs before any treatment starts, and we're sorry that didn't happen this time. The mix-up was entirely down to our receptionist Jodie, who has been given a formal warning and won't be handling billing again. We'd love to welcome you back and make things right. Kind regards, the practice team.",
            "Yeah that was Liam on the desk, he's new and honestly hopeless. We've had words.",
            "Following an internal review, the dispensing error has been attributed to our pre-registration pharmacist, Ms Ahmed, who has been suspended pending investigation.",
            "Let's just say the person who measured your frames that day, Gemma, won't be doing fittings any more.",
            "Sorry bout that, Tane's been a bit slack lately and he's copped it from the boss, won't happen again.",
        ],
        "fr": [
            "Bonjour et merci de nous avoir fait part de votre déception, que nous comprenons tout à fait. Notre magasin s'efforce de livrer chaque paire dans les délais annoncés, et nous sommes désolés que ce n'ait pas été le cas pour vous. C'est notre vendeur Julien qui a oublié de passer la commande, et il a été sanctionné en conséquence. Nous serions ravis de vous accueillir à nouveau pour rattraper ce faux pas. Belle journée à vous !",
            "désolés, c'est Manon à l'accueil qui a mélangé les rdv, elle est pas très futée, on l'a recadrée",
            "Après vérification, l'erreur de délivrance incombe à Mme Girard, préparatrice, qui a fait l'objet d'un avertissement écrit.",
            "Disons simplement que l'assistante présente ce jour-là, Sophie, ne fait plus partie de l'équipe, et pour cause.",
            "C'est Kevin, notre stagiaire, qui a tout faux ce jour-là ; on lui a passé un sacré savon, croyez-nous.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your review, and we're sorry the wait in reception was longer than expected. We know how stressful it is when your pet is poorly, and our team always does its best to see everyone promptly. That morning we had two emergency surgeries, one vet off sick, the computer system crashed, a delivery lorry blocked the car park, the phones were down and a new nurse was on her first day, so there was honestly nothing more we could have done. We hope to see you again in calmer circumstances. Warm wishes.",
            "Look, the wholesaler was late, the system was down, we had flu jabs all day, two staff off, the NHS changed the rules AGAIN and the fridge broke. So yeah.",
            "We must point out that the delay resulted from a previous patient's complex procedure, a staffing shortfall, an overrunning sterilisation cycle, a software update imposed by our supplier, the school holidays and regulatory changes wholly beyond our control.",
            "The lenses were late because the lab moved premises, the courier lost a box, the coating line was under maintenance, there was a bank holiday that week, our frame rep retired and frankly the supplier's been a nightmare all year.",
            "Ag shame, but that week the aircon packed up, load-shedding hit us twice, our receptionist was on leave, the booking app glitched, the car park was being tarred and two physios were off sick. Not our fault, hey.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour et toutes nos excuses pour l'attente en salle. Nous mettons un point d'honneur à respecter les horaires, et nous comprenons que ce retard ait été pénible. Ce jour-là, il y avait une urgence, le logiciel a planté, l'autoclave était en panne, notre assistante était malade, les travaux de la rue bloquaient l'accès, le téléphone ne marchait plus et la mutuelle avait changé ses formulaires, donc vraiment nous n'y pouvions rien. Nous espérons vous revoir dans de meilleures conditions. Bien cordialement.",
            "bah le grossiste a livré en retard, le logiciel buguait, y avait la grève, 2 collègues malades, la carte vitale passait pas et en plus c'était la journée vaccins quoi",
            "Nous tenons à préciser que ce délai résulte successivement d'une rupture chez le fabricant, d'un changement de transporteur, de notre inventaire annuel, d'une mise à jour réglementaire, de congés imprévus et d'un dégât des eaux dans notre atelier.",
            "Ohlala, mais ce jour-là on avait trois urgences, la clim en rade, le véto de garde coincé dans les bouchons, l'ordinateur qui plantait et le chien du voisin qui aboyait sans arrêt, vous comprenez bien qu'on pouvait pas faire mieux, hein.",
            "Le retard s'explique par : la grève des transports, la panne de la table électrique, un patient arrivé en avance, la secrétaire en formation, le parking en travaux et un changement de logiciel imposé par la Sécu.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking a moment to write to us, we appreciate all feedback. Our team is passionate about helping people find frames they love, and we always go the extra mile to make sure each pair fits comfortably. However, what you describe simply never happened: nobody at our store has ever been rude to a customer, and we stand by that completely. We'd still be happy to see you if you're in the area. Best wishes.",
            "Nope. Didn't happen. We never run out of stock, full stop.",
            "We categorically reject the claims made in this review; the procedure was painless and the charges were correct.",
            "We're afraid your recollection of events doesn't match reality at all; our vets simply do not behave that way, ever.",
            "Naw, that's pure nonsense, naebody here ever kept ye waitin' forty minutes. Never happened.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous laisser ce message. Au cabinet, nous accordons beaucoup d'importance à l'accueil de chaque patient et à la qualité des soins. Mais ce que vous racontez est tout simplement faux : aucune séance n'a jamais duré moins de trente minutes chez nous, c'est impossible. Nous restons toutefois à votre écoute si vous souhaitez revenir. Belle journée.",
            "N'importe quoi, on n'a jamais refusé de vous servir, ça ne s'est jamais passé.",
            "Nous contestons formellement l'intégralité des faits relatés, lesquels ne correspondent en rien à la réalité.",
            "Voyons donc, c'est pas vrai pantoute, on a jamais facturé d'extra à personne, jamais.",
            "faux faux et archi faux 🙅 personne ici vous a parlé comme ça",
        ],
    },
}

BLIND73_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind words! Dr Patel will be delighted to hear you felt at ease, and we'll make sure she sees your message.",
        "We're so sorry for the long wait on Saturday morning. We've since added an extra nurse to weekend shifts so this doesn't happen again.",
        "Our loyalty card is open to every client: every tenth nail clip is free, whether or not you ever leave us a review.",
        "Please call our practice manager, Helen, on 01632 960555 or email hello@brightsmiles-dental.example, and we'll look into your bill straight away.",
        "For your peace of mind, all our optometrists are registered with the General Optical Council, and you're always welcome to raise a concern with them as well as with us.",
        "We're sorry that Tom gave you the wrong collection time. That's on us as a business: our booking system should have flagged it, and we've now fixed the process.",
        "We were so sorry to hear about the loss of your dog. It was a privilege to care for her, and our thoughts are with your whole family.",
        "We completely understand the frustration. Some medicines can only be handed over after a short chat with the pharmacist; it's a legal safeguard that protects everyone, and we're sorry it added to your wait.",
        "Thank you for your feedback. Just to clarify, NHS sight tests are free for under-16s and over-60s, and a fee applies for other adults; we're sorry this wasn't explained clearly when you booked.",
        "Our waiting-room coffee machine has clearly been skipping its own physio sessions. It's fixed now, and we're sorry for the lukewarm cup!",
        "Thanks a million for the five stars! See you at your next check-up.",
        "We'd love to say we have magic hands, but really it's Aisha's patience that does the trick. Thank you for noticing!",
        "We can't tell who you are from your username, but we'd really like to put this right, so please drop us a line at care@hillside-vets.example.",
        "To protect your privacy we won't discuss any details of your treatment here, but please call us on 0161 496 0123 and ask for the clinic lead.",
        "We were short-staffed that afternoon, but that's no excuse, and we're sorry you waited so long.",
        "Nobody should leave our clinic feeling rushed, so we're genuinely sorry that was your experience. We'd like to hear more if you're willing.",
        "A huge thank you for mentioning Marek on reception. He's been with us ten years and is honestly the heart of the clinic.",
        "We see this a little differently, as our price list is displayed at the counter and online, but we're sorry it felt unclear and we're happy to talk it through.",
        "Our NHS list is currently full, which we know is frustrating. There is a waiting list at reception, and we contact everyone on it as soon as a place opens.",
        "Our consultation fee rose this spring because of higher drug and staffing costs. We're sorry for the surprise, and all our prices are now shown on our website.",
        "Aw cheers! Made our day, that 🐶❤️",
        "Thanks a lot for the kind words, it's grand to hear the new specs are working out for ye.",
        "We've already refunded the difference to your original payment method, and we apologise for the mix-up.",
        "Our car park has CCTV for everyone's safety. If your car was damaged, please get in touch and we'll gladly share the footage with you or your insurer.",
        "Our refer-a-friend offer is open to all patients: when a friend registers, you both get £10 off your next hygienist visit. No review needed!",
        "Dear patient, thank you for your correspondence. We sincerely regret the inconvenience caused and have reviewed our appointment reminder procedures accordingly.",
        "Thank you for the three-star review. We'd love to know what would have made it five, so we can keep improving.",
        "Our optician admits she still loses her own glasses at least twice a day, so she sympathises completely! Thanks for the lovely review.",
        "Thank you for your feedback. We follow national guidance on antibiotic prescribing, which means we can't always supply them on request. We're sorry this was disappointing and are happy to explain further in person.",
        "Thank you for mentioning Priya, our pharmacist. She'll be thrilled; she works hard to make sure everyone gets the right advice.",
        "We're sorry the Saturday clinic felt rushed. We've now extended our appointment slots from ten to fifteen minutes.",
        "Recovery can feel slow and frustrating, and we should have explained the timeline better. Email us at reception@coastphysio.example and we'll arrange a free review of your plan with a senior physio.",
        "Thanks for being honest with us. You're right that our phone line has been hard to get through on, so we've added a second line and online booking.",
        "We're so sorry you couldn't get an emergency slot. Out of hours, our partner animal hospital answers 24/7, and we've now added its number to our voicemail message.",
        "Legend, thanks! See you and the pup next time 🐾",
        "Dear Sir, may I offer my sincere thanks for your most generous words. It has been a pleasure to serve you, and I do hope we shall see you again before long.",
        "Thank you so much for your kind feedback, we are very happy that you are satisfied with our service. Kindly do visit us again.",
        "You're absolutely right to be annoyed: nobody should have to chase a prescription three times. We're sorry, and we've changed how we track repeat orders.",
        "Congratulations on your new puppy! We loved meeting her, and we're here for any questions at all.",
        "We're legally required to keep clinical records for a set period, but you can ask at any time to see what we hold; just email our data protection lead at privacy@clearview-opticians.example.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Le Dr Benali sera ravi de savoir que vous vous êtes senti en confiance, nous lui transmettons vos mots.",
        "Toutes nos excuses pour l'attente de samedi matin. Nous avons ajouté une assistante le week-end pour que cela ne se reproduise pas.",
        "Notre carte de fidélité est ouverte à tous nos clients : le dixième ajustement est offert, que vous laissiez un avis ou non.",
        "N'hésitez pas à appeler directement le cabinet au 01 99 00 12 34 ou à écrire à contact@cabinet-des-tilleuls.example pour que nous regardions ensemble votre facture.",
        "Pour information, tous nos opticiens sont diplômés et nos appareils sont contrôlés chaque année ; vous pouvez aussi saisir le médiateur de la consommation si vous le souhaitez.",
        "Nous sommes désolés que Lucas vous ait indiqué une mauvaise date de retrait. C'est notre responsabilité : notre logiciel aurait dû l'afficher correctement, et nous avons corrigé la procédure.",
        "Toute l'équipe est profondément peinée par le départ de votre compagnon. Ce fut un honneur de prendre soin de lui, et nous pensons bien à vous.",
        "Nous comprenons votre agacement. Certains médicaments ne peuvent être délivrés qu'après un court échange avec le pharmacien : c'est une règle de sécurité qui protège chacun, et nous sommes désolés que cela ait allongé l'attente.",
        "Merci pour votre retour. Pour information, le tiers payant s'applique sur présentation d'une attestation de mutuelle à jour ; nous regrettons que cela n'ait pas été expliqué clairement.",
        "Notre machine à café de la salle d'attente aurait bien besoin de quelques séances de kiné elle aussi ! Elle est réparée, promis.",
        "Merci mille fois pour les cinq étoiles ! À bientôt au cabinet.",
        "On aimerait bien dire qu'on a des mains magiques, mais c'est surtout la patience d'Inès qui fait des miracles. Merci de l'avoir remarqué !",
        "Nous ne savons pas qui se cache derrière ce pseudo, mais nous aimerions vraiment arranger les choses : écrivez-nous à accueil@clinique-veto-du-parc.example.",
        "Par respect du secret médical, nous ne parlerons ici d'aucun détail de vos soins, mais nous vous invitons à appeler le cabinet et à demander la responsable.",
        "Nous étions en effectif réduit cet après-midi-là, mais ce n'est pas une excuse, et nous sommes désolés de vous avoir fait attendre.",
        "Personne ne devrait sortir de notre clinique avec le sentiment d'avoir été bousculé, et nous regrettons sincèrement que ce soit votre ressenti. Pouvons-nous en parler ?",
        "Un grand merci pour vos mots sur Nadia à l'accueil : elle est avec nous depuis dix ans et c'est un peu le cœur de la clinique.",
        "Nous voyons les choses un peu différemment, car nos tarifs sont affichés en vitrine et sur notre site, mais nous regrettons que cela vous ait paru flou et restons disponibles pour en parler.",
        "Nous ne prenons plus de nouveaux patients pour le moment, ce qui est frustrant, nous le savons. Une liste d'attente est tenue à l'accueil, et nous recontactons chacun dès qu'une place se libère.",
        "Le tarif de la consultation a augmenté ce printemps en raison de la hausse de nos charges. Nous sommes désolés de la surprise et affichons désormais tous nos prix sur notre site.",
        "Ohhh merci, ça nous fait super plaisir 🐶❤️",
        "Merci beaucoup, ça nous fait vraiment plaisir, une fois ! À la prochaine pour l'entretien de vos lunettes.",
        "Nous avons déjà remboursé la différence sur votre moyen de paiement et vous présentons toutes nos excuses pour cette erreur.",
        "Notre parking est équipé de vidéosurveillance pour la sécurité de tous ; si votre véhicule a été abîmé, contactez-nous et nous transmettrons volontiers les images à votre assurance.",
        "Notre offre de parrainage est ouverte à tous : quand un proche s'inscrit, vous bénéficiez chacun de 10 € de réduction sur une séance. Aucun avis n'est demandé !",
        "Madame, Monsieur, nous vous remercions de votre message et vous prions d'accepter nos excuses pour la gêne occasionnée. Nous avons revu notre procédure de rappel des rendez-vous.",
        "Merci pour vos trois étoiles. Qu'est-ce qui aurait pu en faire cinq ? Vos idées nous aident à nous améliorer.",
        "Notre opticienne avoue égarer ses propres lunettes au moins deux fois par jour, alors elle vous comprend parfaitement ! Merci pour ce joli avis.",
        "Merci pour votre retour. Nous appliquons les recommandations nationales sur les antibiotiques, ce qui explique que nous ne puissions pas toujours en prescrire sur simple demande. Nous sommes désolés de vous avoir déçu et restons disponibles pour en parler.",
        "Merci d'avoir cité Élodie, notre pharmacienne ! Elle sera touchée, elle met un point d'honneur à bien conseiller chacun.",
        "Nous sommes désolés que la consultation du samedi vous ait paru expéditive. Nous avons allongé nos créneaux de quinze à vingt minutes.",
        "La rééducation peut sembler longue et décourageante, et nous aurions dû mieux vous expliquer les étapes. Écrivez-nous à accueil@kine-des-remparts.example : nous vous proposerons un bilan gratuit pour refaire le point.",
        "Vous avez raison, notre standard est difficile à joindre. Nous avons ajouté une seconde ligne et la prise de rendez-vous en ligne.",
        "Nous sommes désolés de ne pas avoir pu vous proposer de créneau d'urgence. En dehors de nos horaires, la clinique de garde partenaire répond 24 h/24, et son numéro figure désormais sur notre répondeur.",
        "Merci ben gros, ça nous fait chaud au cœur! À la prochaine avec votre pitou 🐾",
        "Chère Madame, permettez-moi de vous adresser mes plus sincères remerciements pour vos aimables paroles. Ce fut un plaisir de vous recevoir, et j'espère avoir l'honneur de vous revoir prochainement.",
        "Merci beaucoup pour votre confiance, nous sommes très contents que vous soyez satisfait. Que Dieu vous bénisse et à bientôt à la pharmacie.",
        "Vous avez tout à fait raison d'être agacé : personne ne devrait avoir à relancer trois fois pour une commande de verres. Toutes nos excuses, nous avons revu notre suivi.",
        "Félicitations pour l'arrivée de votre chaton ! Nous avons adoré faire sa connaissance, et nous restons là pour toutes vos questions.",
        "La loi nous oblige à conserver les dossiers pendant une durée déterminée, mais vous pouvez à tout moment demander à consulter les informations que nous détenons en écrivant à notre référent RGPD, rgpd@pharmacie-du-marche.example.",
    ],
}
