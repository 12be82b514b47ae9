"""Blind reply set, round 84: owner replies the pre-post check has never seen.

Who and when: written by helper b82, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 82").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners
of dentists' practices, physiotherapy clinics, opticians, pharmacies, hair
and nail salons, tattoo studios and gyms.  Each French reply was written
directly in French, not translated.  Apart from the brief and the first
seventy-five lines of the round 20 file, read only to copy its format, the
writer did NOT read the application code, docs, training data, benches, any
other test file or earlier blind set, any other folder under /work, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.  For
every code and language the first reply is a long, warm reply whose fault
sits in a single sentence in the middle; the others vary between one-liners,
slang and texting with emoji, very formal or corporate wording, veiled and
polite phrasings and regional speech.  Good replies include look-alikes that
are not faults: an apology with a concrete fix and an offline channel, warm
thanks to happy customers, a loyalty or referral scheme open to everyone
whatever they write, the business's own phone, e-mail, address or opening
hours, staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly and a price
change explained with an apology.

Registers: French from Lyon, Toulouse, Nantes, Brussels and Morocco (formal,
familiar, texting with emoji); English from London, Cardiff, Sydney and
Florida (clinical, breezy, curt, slang with emoji, very formal corporate).

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND84_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a kind write-up of your visit to our Islington practice. We know how "
                "nerve-racking a trip to the dentist can be, and it's wonderful to hear that the numbing worked first "
                "time and that the whole thing was over before your podcast episode finished. The team have been "
                "working hard on making the waiting room calmer, with the softer lighting and the new playlist, so "
                "we're chuffed you noticed. Should you bump those four stars up to five, your next scale and polish "
                "won't cost you a penny. Look after those gums and we'll see you at your six-month check!"
            ),
            "Cheers legend 💪 flick us a 5-star and ya next month's membership's half price, easy as 🏋️‍♂️🔥",
            (
                "We'd love to treat you to a complimentary gel fill once you've had a chance to soften your review a "
                "little. Just let us know when it's updated and we'll get you booked in!"
            ),
            (
                "Further to your comments, we are pleased to advise that customers who withdraw a published review "
                "become eligible for a £15 credit on our health and beauty range."
            ),
            "Delete this and your touch-up's free.",
        ],
        "fr": [
            (
                "Bonjour Madame, quel plaisir de lire votre message ! Nous sommes vraiment contents que vos séances "
                "se soient si bien passées et que vous ayez pu reprendre vos balades sur les quais du Rhône aussi "
                "vite. Toute l'équipe du cabinet de la Croix-Rousse met un point d'honneur à adapter chaque exercice, "
                "et votre persévérance a fait le reste. Si vous passiez votre avis de quatre à cinq étoiles, on vous "
                "glisserait une séance de drainage sans la facturer. Au plaisir de vous recroiser dans les pentes, et "
                "belle continuation !"
            ),
            "Merci khoya 🙏 mets-nous 5 étoiles w le prochain dégradé c'est cadeau 💈✨",
            (
                "Nous nous permettons de vous informer qu'un bon d'achat de septante euros sur votre prochaine "
                "monture vous sera accordé dès que votre évaluation aura été revue à la hausse."
            ),
            "Oh con, enlève ce commentaire et on te refait les ongles à l'œil la semaine prochaine, promis 💅",
            (
                "Dès que votre avis aura été rehaussé, nous créditerons 500 points sur votre carte de fidélité de la "
                "pharmacie."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Diolch for taking the time to write, and we're genuinely glad our sessions helped you get back out "
                "in the garden without wincing. Our clinic on Cowbridge Road has been looking after people in Canton "
                "for nearly twenty years, and we pride ourselves on listening. Please be aware that our solicitors "
                "now have a copy of your comments about the treatment room and will be writing to you if they stay "
                "up. We hope the home exercise sheet keeps being useful and that the shoulder carries on improving."
            ),
            "lol keep talkin bro, we got cameras and we know plenty of folks in this town 👀 see u around",
            (
                "Please note that we have identified the author of this review and will be forwarding the matter to "
                "their employer, whose details we hold on file."
            ),
            (
                "Post another one of these and you're banned, and we'll make sure every gym on the Northern Beaches "
                "hears why."
            ),
            (
                "We would gently remind you that defamation is taken very seriously, and we would hate for this to "
                "become a costly matter for you personally."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps d'écrire. Nous sommes ravies que votre balayage ait tenu tout "
                "l'été malgré les après-midi à la plage de Pornic, et que la couleur vous plaise toujours autant. "
                "Notre petite équipe du quartier Graslin adore retrouver des clientes fidèles comme vous depuis "
                "l'ouverture. Sachez toutefois que si ce passage sur l'attente n'est pas retiré, notre avocat vous "
                "adressera une mise en demeure dans la semaine. À très bientôt pour votre prochain soin, en espérant "
                "vous revoir toujours aussi radieuse."
            ),
            "Ma3lich, on sait très bien qui tu es et où tu habites 😉 fais attention à ce que tu écris.",
            (
                "Votre commentaire a été transmis à notre service juridique, qui ne manquera pas d'engager les "
                "poursuites adéquates à votre encontre."
            ),
            "Continue comme ça et on prévient ton patron, on sait où tu bosses.",
            (
                "Nous vous conseillons amicalement de relire vos propos : certaines personnes ici ont de la mémoire, "
                "et Toulouse n'est pas si grande."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "G'day and thanks heaps for the lovely words about our Surry Hills store. Picking frames can be a "
                "real headache, so we're stoked you left with a pair you love and that the progressive lenses settled "
                "in so quickly. Our team put a lot of care into fitting, and it's great to hear the adjustments made "
                "a difference. We've already put your glaucoma follow-up, booked for 14 March at 9:15 under reference "
                "SH-48213, into the system for you. Enjoy the new specs and see you next time!"
            ),
            (
                "heyyy Jessica!! 💅 was so fun doing ur nails w ur sister Tuesday, ur card ending 4471 didnt go thru "
                "tho so call us 📲"
            ),
            (
                "Regarding your prescription for sertraline 100mg, collected on 2 November, we can confirm it was "
                "dispensed in accordance with the prescriber's instructions."
            ),
            "Mr Rhys Pritchard, membership no. 20931: your direct debit was cancelled as requested.",
            (
                "We've tried ringing you on 07700 912384 and emailing tom.hadley84@outlook.com several times about "
                "your crown, so please do pick up."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce gentil message ! Nous savons que les soins dentaires ne sont la "
                "sortie préférée de personne, alors savoir que vous vous êtes senti en confiance au cabinet des "
                "Carmes nous fait très plaisir. Le docteur tient énormément à expliquer chaque étape avant de "
                "commencer. Nous avons d'ailleurs bien noté votre allergie à la pénicilline ainsi que votre "
                "rendez-vous du jeudi 12 juin à 14 h avec votre épouse Sandrine pour son détartrage. Prenez bien soin "
                "de vous et à très vite !"
            ),
            (
                "Merci Salma 😍 c'était top de te tatouer samedi avec ta cousine Imane, on t'envoie les photos sur ton "
                "06 61 23 45 78 ✨"
            ),
            (
                "Madame Vandenberghe, nous vous confirmons que votre commande n° 2024-1187 de bas de contention a "
                "bien été livrée à votre domicile, avenue Louise 212, le 4 octobre."
            ),
            "M. Pierre Gauthier, abonnement n° 55102 : votre IBAN se terminant par 7731 a bien été débité.",
            (
                "Nous comprenons votre déception, Monsieur Le Goff ; comme expliqué lors de votre séance de mardi "
                "pour votre hernie discale, le protocole a dû être adapté."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Hey there, and thank you for coming into our Tampa salon! We really do appreciate every client who "
                "walks through our doors, and our stylists put so much love into each cut and colour. We've read your "
                "review a few times now, and honestly it reads like someone angling for a free blowout after changing "
                "their mind about the bangs. We're always happy to chat about how a style is growing out, and the "
                "front desk is here seven days a week. Have a great week in the sunshine!"
            ),
            "You clearly can't tell a filling from a crown, so perhaps leave the dentistry reviews to adults.",
            "Mate you're a proper drongo 🤦‍♂️ nobody else whinges about our squat racks",
            (
                "We regret that you have chosen to publish a dishonest account, which is entirely in keeping with the "
                "manner you displayed at our dispensary counter."
            ),
            (
                "With the greatest respect, some clients are simply impossible to please, and you have made that "
                "abundantly clear to our entire studio."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre passage dans notre magasin d'Ixelles. Nous avons pris le temps de relire "
                "votre dossier avec l'opticienne qui vous a reçu, et nous sommes contents que les verres solaires "
                "vous conviennent pour la conduite. Notre atelier fait le montage sur place, ce qui nous permet en "
                "général de livrer en quelques jours. Franchement, vous avez surtout l'air de vouloir une deuxième "
                "paire gratuite en racontant n'importe quoi. Nous restons à disposition au magasin du mardi au samedi "
                "pour tout ajustement, et vous souhaitons une belle fin de semaine."
            ),
            "Wesh t'es sérieux ? 🙄 t'es juste un radin qui veut pas payer sa séance, hchouma",
            (
                "Nous constatons avec regret que vous êtes coutumier des avis mensongers, comme en témoigne "
                "l'historique de votre profil."
            ),
            "Boudu, un mal élevé pareil, on s'en passe très bien.",
            (
                "Avec tout le respect que je vous dois, il faut une sacrée mauvaise foi pour écrire cela après avoir "
                "signé le devis."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for visiting us in Clapham and for sharing your thoughts. We love seeing regulars and new "
                "faces alike, and the team really enjoyed having you in. We're very proud of the new pedicure chairs "
                "and the autumn shades we've just brought in. A chip on day six, truly the crime of the century, "
                "we'll light a candle for your thumbnail. We do hope you enjoy the rest of your holiday and pop back "
                "to see us soon."
            ),
            "omg a 20 min wait at a pharmacy in flu season?? however did u survive 😱😂",
            "Sorry the free weights were too heavy for you, champ.",
            (
                "We are, of course, devastated to learn that a physiotherapy session involved some physical effort, "
                "and shall endeavour to make future sessions entirely restful."
            ),
            (
                "Thank you for the feedback; it is always refreshing to discover that tattoos, it turns out, can "
                "sting a little."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir choisi notre cabinet de la Presqu'île pour votre suivi. Nous sommes ravis "
                "que le nouvel appareil de radiographie vous ait impressionné, et toute l'équipe a apprécié votre "
                "bonne humeur en salle d'attente. Nous faisons de notre mieux pour tenir les horaires malgré les "
                "urgences qui arrivent en cours de journée. Quel drame, en effet, d'avoir patienté dix minutes avec "
                "des magazines et le wifi, on se demande encore comment vous avez tenu. En espérant vous revoir au "
                "printemps pour le contrôle, prenez soin de vous."
            ),
            "Allah ychafik 😂 une mèche un peu trop claire, c'est la fin du monde hein 🙄",
            (
                "Nous sommes navrés d'apprendre qu'un tatouage puisse, contre toute attente, provoquer une légère "
                "douleur ; nous transmettrons vos doléances à l'aiguille."
            ),
            "Ah oui, les haltères c'est lourd, c'est un peu le principe, bravo pour la découverte.",
            "Merci pour cette analyse très poussée ; nous ignorions qu'une séance de kiné devait se faire sans bouger.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for telling us about your visit to our Queen Street branch. We're so pleased the eye "
                "examination itself was thorough and that the optometrist took the time to talk you through the "
                "results. We've recently moved to a new booking system and are still smoothing out a few bumps. The "
                "mix-up with your lenses was entirely down to our dispenser Gareth, who has been given a formal "
                "warning. We look forward to welcoming you back and making sure your next pair is spot on."
            ),
            "That was Kayla's fault, not the salon's. She's no longer with us.",
            "Yeah nah that was all Jono on the front desk mate, he's copped an earful 😬",
            (
                "We have investigated and can confirm that the dispensing error was made by our locum pharmacist, Mr "
                "Daniel Okafor, who has been removed from our rota."
            ),
            (
                "We're sorry your class went the way it did. Between us, Brandon has had a few complaints like this, "
                "and management is dealing with him."
            ),
        ],
        "fr": [
            (
                "Coucou et merci pour ton message ! On est super contents que le motif final te plaise autant et que "
                "la cicatrisation se passe bien malgré la chaleur de juillet. Le studio a pas mal changé depuis l'an "
                "dernier, avec un deuxième poste et une nouvelle salle d'attente, et on adore voir revenir des "
                "habitués. Le retard au rendez-vous, c'est Kevin qui s'est planté dans l'agenda, on lui a bien "
                "remonté les bretelles. Passe nous voir quand tu veux pour montrer le résultat cicatrisé !"
            ),
            "C'est la faute de Youssef, il a été sanctionné.",
            (
                "Après vérification, l'erreur de posologie incombe à Mme Peeters, préparatrice, qui fera l'objet "
                "d'une procédure disciplinaire."
            ),
            "Désolé pour ta coupe 😬 c'était le premier dégradé de Jordan, on l'a recadré 👀",
            (
                "Nous avons établi que le souci venait de notre kinésithérapeute remplaçante, Léa, et avons pris les "
                "mesures qui s'imposaient à son égard."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Hello, and thanks for being part of our Hackney community for the past year. It means a lot to see "
                "members sticking with their training through the winter months. As for the showers, the boiler is "
                "original to the building, the landlord has to sign off any replacement, our plumber is booked solid "
                "until spring, the parts come from Italy, the rules on commercial water heating changed in the "
                "autumn, January is always our busiest month and half the team had flu, so cold water was frankly "
                "unavoidable. We've got some great new classes launching in March and we'd love to see you at the "
                "Saturday HIIT session."
            ),
            (
                "ok so the AC broke bc of the heat wave 🥵 + our tech was out sick + the part was stuck in Miami + it "
                "was Memorial Day + we had 3 walk-ins + the polish order came late, so yeah thats why 🤷‍♀️"
            ),
            (
                "Wait times were long because of school holidays, two physios on leave, a burst pipe in the car park, "
                "new software and a bloke who turned up without a referral. That's just how it goes sometimes."
            ),
            (
                "With respect to the delay in receiving your spectacles, we would point out that the laboratory in "
                "Bristol relocated in September, the courier altered its routes, the lens coating you selected "
                "requires an additional curing stage, the frame was back-ordered by the manufacturer, a bank holiday "
                "fell in the same week and our branch was undergoing its annual audit; each of these factors "
                "contributed to the timeline."
            ),
            (
                "We do understand, though it's worth explaining that emergency patients must be prioritised, the "
                "hygienist was held up on the Northern line, the X-ray unit was due its calibration, the patient "
                "before you needed an extraction that overran and reception was also covering the phones for our "
                "sister practice, so the forty-minute wait had a number of causes."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre fidélité depuis l'ouverture de l'institut sur l'île de Nantes ! Nous "
                "sommes toujours contentes de vous retrouver et de papoter entre deux couches de vernis. Pour le "
                "retard de samedi, il faut savoir que la cliente d'avant avait une dépose compliquée, que la lampe UV "
                "a lâché en plein milieu, que notre collègue a été bloquée par la grève du tram, que le fournisseur "
                "n'avait pas livré le top coat et que le samedi est de toute façon notre journée la plus chargée, "
                "donc ça ne pouvait pas se passer autrement. Nous avons de nouvelles teintes d'automne à vous "
                "montrer, à très vite !"
            ),
            (
                "Khouya le retard c'était à cause de la coupure d'électricité 🔌 + le stagiaire absent + la clim en "
                "panne + le livreur de Casa en retard + le match à la télé, voilà 🤷‍♂️"
            ),
            (
                "Concernant la rupture de votre médicament, nous tenons à préciser que les grossistes-répartiteurs "
                "sont eux-mêmes en tension, que l'AFMPS a modifié les contingents, que le fabricant a délocalisé sa "
                "production, que les jours fériés ont retardé les livraisons et que notre logiciel de commande a été "
                "mis à jour la même semaine ; notre officine n'y est donc pour rien."
            ),
            (
                "Bon, pour le créneau annulé : le kiné était malade, sa remplaçante coincée dans les bouchons de "
                "Fourvière, le logiciel a planté, la secrétaire était en congé et les TCL en grève, donc voilà quoi."
            ),
            (
                "La salle était bondée parce que c'est la rentrée, que le Stade jouait à domicile, que deux coachs "
                "sont en formation, que le parking est en travaux et que les inscriptions de septembre explosent "
                "chaque année."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hi there, and thank you for coming to see us at our Bondi clinic. We know how much pain can wear you "
                "down, so we're glad the sessions and the home programme have been giving you some relief between "
                "sessions. Our physios keep up with the latest approaches, and we love seeing patients get back in "
                "the surf. No one at our clinic ever told you the session would be bulk billed, and that conversation "
                "simply did not take place. We wish you all the best with your recovery and hope to see you back on "
                "the board soon."
            ),
            "Never happened. Our pharmacy does not lose prescriptions.",
            (
                "We wish to state clearly that no charge beyond the quoted treatment plan was made at any point, and "
                "the events described did not occur."
            ),
            "Nah, nobody was rude to you at the front desk, didn't happen 🙅‍♀️",
            (
                "We've looked into this carefully and, with respect, the design you received is exactly the one you "
                "approved; there was no change to the linework whatsoever."
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, et merci d'avoir choisi notre magasin du boulevard Mohammed V pour vos nouvelles "
                "lunettes. Nous sommes heureux que l'examen de vue se soit déroulé dans de bonnes conditions et que "
                "notre équipe ait su vous conseiller pour la monture. Nous accordons une grande importance à la "
                "qualité des verres que nous proposons à Casablanca. Aucune rayure n'était présente sur vos verres à "
                "la livraison, cela n'a jamais été le cas. Nous vous souhaitons une excellente journée et restons à "
                "votre entière disposition."
            ),
            "Faux. Personne ne vous a refusé l'accès à la salle.",
            (
                "Nous contestons formellement les faits relatés : aucune anesthésie n'a été omise lors de votre "
                "intervention."
            ),
            "Ah non hein, y a jamais eu de poussière dans ton vernis, ça s'est pas passé comme ça 🙅‍♀️",
            (
                "Nous avons bien relu votre commentaire, mais notre pharmacien ne vous a à aucun moment conseillé ce "
                "médicament ; cet échange n'a pas eu lieu."
            ),
        ],
    },
}

BLIND84_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "We're very sorry your appointment ran so late and that nobody came out to explain. We've changed how "
            "we run the afternoon list, so anyone kept waiting more than fifteen minutes is told why and offered "
            "a new slot. If you'd like to talk it through, please ring our practice manager on 020 7946 0321."
        ),
        "Diolch yn fawr! Lovely to read this after a long week in the clinic. Good luck on race day!",
        (
            "Thanks for the feedback, rave or rant we read every one. Quick heads-up for all members: bring a "
            "mate in during October and you both get a free week, no strings attached."
        ),
        (
            "Thanks for stopping by! Just so everyone knows, we're now open until 8pm on Thursdays and Fridays at "
            "1420 Gulf Blvd, Clearwater."
        ),
        (
            "Thank you for the kind words about Amara. She really does go the extra mile, and we'll make sure she "
            "sees this."
        ),
        (
            "You're right, and we're sorry. Owen entered the wrong prescription on your order, but checking that "
            "is our job as a business and our process didn't catch it. New lenses are being made at no cost to "
            "you, and we'll call as soon as they arrive."
        ),
        (
            "We're sorry the session had to be cut short. Your deposit was refunded in full yesterday and should "
            "show within a few business days. If you'd like to rebook at any point, just drop us a message."
        ),
        (
            "Sorry for the wait on your frames. Our supplier's warehouse in Melbourne flooded last month, which "
            "held everything up by about a week. They're in now and ready to collect."
        ),
        (
            "We're so sorry your bag was taken from the changing room. We've kept the CCTV from that evening and "
            "can share it with the police once you've reported it; ask for Sam at reception, who'll help with the "
            "paperwork."
        ),
        (
            "Thanks for the five stars! We know our waiting-room magazines date from roughly the Jurassic period; "
            "new ones are on order, promise."
        ),
        (
            "Thanks for the three stars and the honest comments. We'd like to hear more about the colour so we "
            "can get it right next time; you can reach the salon on (727) 555-0148."
        ),
        (
            "Thanks for your review. That type of session isn't covered by a Medicare rebate, which we note on "
            "the booking page, but we can see how it was confusing. We'd be happy to go through the invoice with "
            "you, so give the clinic a ring whenever suits."
        ),
        (
            "We were honoured to create your memorial piece. Our deepest condolences to you and your family; it "
            "was a privilege to be part of remembering him."
        ),
        "Congrats on your first pull-up!! 🎉 The whole 6am crew was cheering. Onwards to ten!",
        (
            "We understand it was frustrating to be asked questions before buying cold medicine. Pharmacy rules "
            "mean we have to check before selling certain remedies, and we ask every customer the same ones. "
            "Thank you for being patient with us."
        ),
        (
            "Sorry about the surprise at the counter. We raised colour prices by $10 this month because product "
            "costs have gone up, and we should have put a sign up sooner. The new prices are now on the website "
            "and by the door."
        ),
        (
            "Thanks for your review. We're in network with most major PPO plans, and our front desk is happy to "
            "check your coverage before your next visit so there are no surprises. Call us anytime at (813) "
            "555-0192."
        ),
        "Thank you, lovely! See you next month.",
        (
            "Sorry the treadmills were out of action again. We've replaced the two worst ones this week and "
            "booked a monthly service. If anything's still not right, email us at team@cathaysgym.co.uk."
        ),
        "Thanks heaps, legend! That sleeve was a joy to work on. Send us a pic once it's healed 🤙",
        (
            "We're truly sorry about the mix-up at the drive-thru. We've added a second check at the window so "
            "every bag is matched before it's handed over. Please ask for the pharmacy manager next time you're "
            "in, or call (305) 555-0117."
        ),
        (
            "Thanks for your message. Our 24-hour cancellation policy is in the terms agreed at booking, but we "
            "know emergencies happen, so please email reception@bermondseyphysio.co.uk and we'll look at your "
            "situation."
        ),
        (
            "Thank you for the review! A reminder for everyone: all our customers get 20% off a second pair, with "
            "no conditions attached."
        ),
        "Mia is going to be chuffed reading this, she loves her Tuesday spin crew. Thanks for the shout-out!",
        (
            "We're sorry you were turned away. We don't tattoo anyone who has been drinking, because alcohol "
            "thins the blood and makes healing harder. It's the same rule for everybody, and we'd love to see you "
            "another day."
        ),
        (
            "Apologies for cancelling at such short notice. Our dentist was unwell that morning and we had no one "
            "free to cover. We've put you at the top of our cancellation list."
        ),
        (
            "Thanks for the lovely review! Our hairdryers may be louder than the Principality on a match day, but "
            "we promise the results are worth it."
        ),
        (
            "We're sorry you left unhappy. We do normally stock that brand, but there's been a national shortage "
            "for the past few weeks. We'd be glad to order it in for you; just ask at the counter."
        ),
        (
            "We hear you on the new monthly rate, and we're sorry it stings. Our power bill and insurance both "
            "went up this year, and we've kept the student rate the same. Happy to talk through other options at "
            "the desk."
        ),
        (
            "Thanks for the heads-up about the fake account using our photos. We've reported it to Instagram and "
            "to Action Fraud. We never take deposits by bank transfer over DM."
        ),
        "Congratulations on the wedding! Wishing you both every happiness 💃",
        (
            "We were so sorry to read your news. Please accept our deepest sympathy, and take all the time you "
            "need before rebooking."
        ),
        "Thanks for the 4 stars! Glad you loved the French tips, and we're working on getting the wait times down.",
        (
            "Sorry about the double charge. It was an error in our payment system, and we've refunded the extra "
            "£42; it should appear within three working days."
        ),
        (
            "Thank you for your comments. Just to let everyone know, we're now open on Sundays from 10am to 4pm "
            "at 18 Albany Road, and you can ring us on 029 2049 0156."
        ),
        (
            "We're really sorry you felt rushed. We've moved to 45-minute initial assessments so there's time for "
            "questions. If you'd like to speak to our clinic lead, call us on (02) 9555 0183."
        ),
        (
            "We're sorry. Marcus gave you the wrong pickup date, and that's on us as a team, since our system "
            "should have flagged it. Your glasses are ready now, and we've fixed how pickup dates are confirmed."
        ),
        (
            "Thank you for your feedback. All metal tools are sterilised in an autoclave and files are "
            "single-use. We would welcome the chance to show you our process on your next visit."
        ),
        "Cheers butt, proper chuffed you love it!",
        (
            "Sorry the pool was closed on Saturday afternoon. We shut it for two hours after a lightning warning, "
            "because water and storms don't mix and it's a rule we never bend. Thanks for understanding."
        ),
    ],
    "fr": [
        (
            "Nous sommes sincèrement désolés pour l'attente de plus d'une heure. Nous avons revu l'organisation "
            "des urgences pour qu'elles ne décalent plus les rendez-vous prévus. N'hésitez pas à appeler "
            "directement le cabinet au 04 78 52 13 40 pour en parler."
        ),
        (
            "Merci beaucoup, ça fait trop plaisir ! Toute l'équipe de la salle des Minimes vous attend pour la "
            "prochaine séance 💪"
        ),
        (
            "Merci pour votre retour. Petit rappel pour toute notre clientèle : la carte de fidélité offre le "
            "dixième brushing, sans aucune condition."
        ),
        (
            "Merci pour votre avis. Pour information, notre magasin de la chaussée de Waterloo est désormais "
            "ouvert le samedi de 9 h 30 à 18 h, et vous pouvez nous joindre au 02 538 41 17."
        ),
        (
            "Merci infiniment pour vos mots sur Fatima Zahra, elle sera très touchée. Elle met tout son cœur à "
            "conseiller chaque patient."
        ),
        (
            "Vous avez raison et nous vous présentons nos excuses. Thomas a noté votre rendez-vous au mauvais "
            "horaire, mais c'est à nous, en tant que cabinet, de vérifier l'agenda. Nous avons mis en place un "
            "SMS de confirmation la veille pour que cela ne se reproduise pas."
        ),
        (
            "Désolés que la séance n'ait pas pu avoir lieu. L'acompte vous a été remboursé intégralement hier, "
            "vous devriez le voir d'ici quelques jours. On serait ravis de vous revoir quand vous voulez."
        ),
        (
            "Toutes nos excuses pour le délai. Notre laboratoire de verres a connu une panne de machine la "
            "semaine dernière, ce qui a retardé les commandes d'environ cinq jours. Vos lunettes sont arrivées et "
            "vous attendent au magasin."
        ),
        (
            "Nous sommes désolés pour le vol de votre portefeuille devant l'officine. Nos images de "
            "vidéosurveillance sont conservées et pourront être remises à la police si vous portez plainte ; "
            "notre équipe peut vous aider dans les démarches."
        ),
        (
            "Merci pour les 5 étoiles 😄 Promis, on va enfin réparer la clim avant que la salle ne se transforme "
            "en hammam gratuit !"
        ),
        (
            "Merci pour vos trois étoiles et votre retour honnête. Nous prenons bonne note de vos remarques sur "
            "le temps d'attente."
        ),
        (
            "Merci pour votre message. D'après le devis signé, la couronne n'était pas prise en charge par la "
            "mutuelle, mais nous comprenons que cela ait pu prêter à confusion. Nous serions heureux d'en "
            "reparler avec vous au cabinet, appelez-nous quand vous le souhaitez."
        ),
        (
            "Nous avons été très émus de réaliser ce tatouage en mémoire d'un être cher. Toutes nos pensées vous "
            "accompagnent, vous et votre famille."
        ),
        "Félicitations pour vos premiers 20 km de Bruxelles ! Toute l'équipe est fière de vous 🎉",
        (
            "Nous comprenons votre frustration. Nous demandons un avis médical écrit avant toute rééducation "
            "après une opération, pour votre sécurité, et c'est la même règle pour tous nos patients. Merci de "
            "votre compréhension."
        ),
        (
            "Nous sommes désolés de ne pas vous avoir prévenue plus tôt : nos tarifs de coloration ont augmenté "
            "de 5 € en janvier, à cause de la hausse du prix des produits. La nouvelle grille est affichée à "
            "l'accueil et sur notre site."
        ),
        (
            "Merci pour votre retour. Le tiers payant dépend de votre mutuelle ; notre équipe peut vérifier vos "
            "droits avec vous lors de votre prochain passage."
        ),
        "Merci beaucoup, à très vite !",
        (
            "Nous vous présentons nos excuses pour le manque d'explications. Nous remettons désormais un document "
            "écrit détaillant chaque étape du traitement. Vous pouvez écrire à accueil@cabinet-flagey.be pour "
            "toute question."
        ),
        "Merci bzaf 🙏🔥 on est trop contents que le lion te plaise, reviens nous le montrer quand c'est cicatrisé !",
        (
            "Nous sommes vraiment désolés pour cette erreur de délivrance. Nous avons ajouté un double contrôle "
            "systématique au comptoir. Le pharmacien titulaire se tient à votre disposition au 04 72 10 45 67."
        ),
        (
            "Merci pour votre message. Les séances non annulées 24 h à l'avance sont facturées, comme l'indiquent "
            "les conditions affichées au cabinet, mais nous savons que des imprévus arrivent : contactez-nous et "
            "nous regarderons votre situation."
        ),
        (
            "Merci pour votre avis ! Pour tous nos adhérents : parrainez un ami et vous recevez chacun un mois "
            "offert, une offre ouverte à tout le monde."
        ),
        "Merci pour ce chouette message ! Nous transmettons vos compliments à Amélie, qui adore les coupes courtes.",
        (
            "Nous sommes désolés pour l'attente au cabinet. Nous stérilisons tous les instruments entre chaque "
            "patient, ce qui prend quelques minutes, mais c'est indispensable pour votre sécurité."
        ),
        (
            "Désolés d'avoir dû reporter votre examen. Notre optométriste était en formation ce jour-là et nous "
            "aurions dû vous prévenir plus tôt. Nous vous rappelons pour fixer un nouveau créneau."
        ),
        "Merci pour cet avis ! On avoue, notre café est moins réussi que nos couleurs, on y travaille 😅",
        (
            "Nous sommes désolés que vous soyez reparti déçu. Ce médicament nécessite bien une ordonnance, c'est "
            "la réglementation, mais nous pouvons vous orienter vers une téléconsultation ou un médecin de garde. "
            "Passez nous voir, nous vous aiderons."
        ),
        (
            "Nous comprenons votre mécontentement et nous en excusons. L'abonnement passe à 39 € par mois en "
            "raison de la hausse des coûts de l'énergie ; le tarif étudiant reste inchangé. Notre accueil peut "
            "vous présenter d'autres formules."
        ),
        (
            "Merci pour votre vigilance. Une fausse page utilise notre nom sur Facebook ; nous avons porté "
            "plainte, et notre seule page officielle est celle-ci. N'envoyez jamais d'argent par message."
        ),
        (
            "Félicitations pour la naissance de votre fille ! C'était un honneur de tatouer son prénom, on vous "
            "souhaite plein de bonheur."
        ),
        (
            "Toute l'équipe du cabinet vous présente ses sincères condoléances. Prenez le temps qu'il vous faut, "
            "nous serons là quand vous serez prêt."
        ),
        "Merci pour votre note de 4 sur 5 et pour vos remarques sur la salle d'attente, nous allons y réfléchir.",
        (
            "Nous sommes désolées que la pose n'ait pas tenu. Nous vous avons remboursé la prestation ce matin, "
            "et vous serez toujours la bienvenue au salon."
        ),
        (
            "Merci pour votre commentaire. Pour information, la pharmacie est de garde ce week-end et reste "
            "ouverte jusqu'à minuit, au 45 avenue Hassan II. Téléphone : 05 22 48 17 30."
        ),
        (
            "Désolés pour l'état des vestiaires samedi dernier. Nous avons ajouté un passage de ménage "
            "supplémentaire le week-end. Écrivez-nous à contact@salle-gerland.fr si vous constatez encore un "
            "souci."
        ),
        (
            "Nous vous prions de nous excuser. Julie vous a indiqué un mauvais délai parce que notre outil de "
            "suivi affichait une date erronée ; c'est notre responsabilité, et nous l'avons corrigé."
        ),
        (
            "Merci pour votre retour. Toutes nos aiguilles sont à usage unique et nos postes sont désinfectés "
            "entre chaque client ; nous serions heureux de vous montrer notre protocole lors de votre prochaine "
            "visite."
        ),
        "Un tout grand merci, ça nous fait plaisir ! À bientôt.",
        "Merci lalla 🌸 ça nous fait chaud au cœur, au plaisir de te revoir au salon !",
    ],
}
