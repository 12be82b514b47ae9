"""Blind reply set, round 131: owner replies the pre-post check has never seen.

Who and when: written by helper w129, an independent writer, on 2026-12-07.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
self-storage sites, laundrettes and laundromats, key cutters, post-office
counters, photo studios and copy shops, with varied business names and places.
Each French reply was written directly in French, not translated.  Apart from
the brief and the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code (workstation/),
docs/, training/, bench/, resources/, any other test file or blind set, any
other folder under /work, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech, some ending with a signature.
Registers, drawn from: French from Lyon, Bordeaux, Rennes, Marseille, Lille,
Toulouse, Nantes, Clermont-Ferrand, Dijon, Besançon, Metz, Amiens, Vannes,
Grenoble, Aix-en-Provence and other regions, Belgium (Liège, Namur,
Charleroi), Switzerland (Fribourg, Lausanne, Carouge), Québec (Trois-Rivières,
Sherbrooke, Saguenay, Laval) and Africa (Dakar, Thiès, Abidjan, Yaoundé),
plain, warm, curt, very formal administrative, texting and unaccented French;
English from the UK (Reading, Leeds, Glasgow, York, Falmouth, Belfast,
Cardiff and others), Ireland, North America, Australia, New Zealand, South
Africa and India, plain, warm, curt, corporate and texting with emoji.
Good replies include look-alikes that are not faults: a loyalty or referral
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a named
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, legal terms, insurance, the police or CCTV
mentioned neutrally or to help the customer, a joke at the business's own
expense, a star rating quoted neutrally, polite factual disagreement that
keeps the door open, condolences, congratulations, a safety rule explained
kindly, a price change explained with an apology, sincere thanks for detailed
feedback and short thanks to happy customers.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND131_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a kind review of our self-storage site in Reading. "
                "Moving house with two toddlers is chaotic enough, and we're really glad "
                "Hannah could get you into a bigger unit the same afternoon. It's lovely to "
                "hear the trolleys were where you needed them and that the whole place felt "
                "clean and secure. If you'd be kind enough to bump your rating up to the full "
                "five stars, we'll take next month's rent off your bill as a little thank-you. "
                "We hope the move goes smoothly from here. Do shout if you need boxes or tape, "
                "we keep plenty at reception. Best wishes, Tom and the team at StowRight "
                "Reading"
            ),
            "cheers for the review mate 🙌 edit it to 5⭐ n ur next service wash is on us 🧺😎",
            (
                "Customers who update their published feedback to reflect a five-star "
                "experience become eligible for a 20% reduction on their next print order, "
                "applied automatically upon verification. Regards, PrintHub Canary Wharf"
            ),
            (
                "We'd so love to welcome you back, and should that review happen to quietly "
                "disappear, there'd be a spare key cut on the house waiting for you at the "
                "counter."
            ),
            (
                "Respected madam, kindly revise your rating to 5 stars and we will do the "
                "needful, your next family portrait session at our Pune studio will be totally "
                "complimentary. Regards, Shree Ganesh Photo Studio"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce message si gentil sur notre laverie de la "
                "Croix-Rousse. Nous sommes ravis que les nouvelles machines de 18 kg vous "
                "aient permis de laver enfin vos couettes en une seule fois. Notre équipe "
                "passe chaque matin nettoyer les filtres et les hublots, et lire que tout "
                "était impeccable nous fait vraiment plaisir. Si vous aviez la gentillesse de "
                "passer votre avis à cinq étoiles, nous vous offririons dix jetons de séchage "
                "lors de votre prochain passage. N'hésitez pas à nous dire si le monnayeur "
                "vous joue encore des tours. Nous vous souhaitons une très belle semaine. À "
                "bientôt, Sylvie, Laverie des Pentes, Lyon"
            ),
            (
                "merci bcp !! si tu changes ta note pour 5 etoiles ton prochain double de cle "
                "est offert 🔑😉"
            ),
            (
                "Conformément à notre programme de fidélisation, toute modification de votre "
                "évaluation en faveur de la note maximale ouvrira droit à un mois de location "
                "gratuit de votre box. La Direction, Garde-Meubles du Val de Loire"
            ),
            (
                "Merci pour ton commentaire! Si tu enlèves ton avis, on t'arrange ça avec une "
                "séance photo de famille gratuite, promis là. L'équipe du Studio Lumière, "
                "Trois-Rivières"
            ),
            (
                "Nous vous remercions et, si jamais votre appréciation venait à évoluer "
                "favorablement, sachez qu'une petite attention vous attendrait au comptoir de "
                "la reprographie lors de votre prochain passage, une fois."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your wedding photos, and "
                "congratulations again to you both. We know how much those pictures mean, and "
                "we're sorry the album took longer than the six weeks we promised. Our "
                "designer has been working through the final layout this week and the proofs "
                "should be with you very soon. Please be aware, though, that our solicitor has "
                "been copied in on this review and will be in touch with you about the "
                "comments you've made. In the meantime we'd still love you to pop into the "
                "studio to choose the cover. The day itself was a joy to shoot. Warm regards, "
                "Ellie at Harbour Light Photography, Falmouth"
            ),
            "delete this or ur face from the cctv goes up on the door for everyone to see 😤📸",
            (
                "Please note that this matter has been referred to our legal department, which "
                "will be contacting you shortly regarding the content of your post. Northgate "
                "Secure Storage Ltd."
            ),
            (
                "We've your details from the docket, so we'd think very carefully about "
                "posting anything like that again if we were you."
            ),
            (
                "Shame, but if this review isn't down by Friday we'll report you to the "
                "landlord association and make sure no storage site in the group ever rents to "
                "you again."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire après votre séance au "
                "studio. Nous savons combien les portraits de famille comptent, surtout quand "
                "trois générations se retrouvent le même jour. Nous comprenons votre déception "
                "au sujet des délais de retouche et nous avons déjà relancé notre laboratoire "
                "de Mérignac. Sachez toutefois que notre avocat a été informé de votre "
                "publication et qu'il ne manquera pas de prendre contact avec vous. Les "
                "tirages définitifs devraient être prêts d'ici la fin de la semaine prochaine. "
                "Nous serons ravis de vous les remettre en main propre, autour d'un café. Bien "
                "à vous, Camille, Studio Garonne, Bordeaux"
            ),
            "supprime ton avis sinon on balance ta tete des cameras sur notre page 😡",
            (
                "Nous vous informons que le contenu de votre publication a été transmis à "
                "notre service juridique aux fins de poursuites éventuelles. Le Responsable du "
                "bureau de poste"
            ),
            (
                "Nous connaissons votre adresse, puisque nous vous avons livré les tirages, et "
                "nous vous conseillons vivement de retirer ce message."
            ),
            (
                "Mon frère, retire ça vite ou bien on va signaler ton comportement à ton "
                "patron, on sait où tu travailles hein."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for getting in touch, and I'm genuinely sorry for the worry about "
                "your parcel to Canada. I know how stressful it is when something precious "
                "seems to go missing, especially a birthday present. I looked into it "
                "personally with the delivery office this morning. The tracking for reference "
                "CX 4471 2290 5GB shows it was signed for by your husband Mark on Tuesday 14 "
                "October at 3.40pm. I've also asked our supervisor to review how the "
                "collection slip was filled in, as the handwriting caused some confusion. If "
                "anything still doesn't add up, please come and see me at the counter. Kind "
                "regards, Pauline, Market Street Post Office, Ludlow"
            ),
            (
                "heyy Jess!! saw u came in sat 2nd w ur sister 😊 hope the passport pics came "
                "out gr8 📸"
            ),
            (
                "We have reviewed the transaction on the Visa card ending 4417 at our Croydon "
                "branch on 3 March at 11:52, and a refund of £12.40 has now been issued to it."
            ),
            (
                "Sorry for the bother Mr Okafor, we'll drop the replacement fob round to 27 "
                "Elm Grove, Harrogate, first thing tomorrow."
            ),
            (
                "Kia ora Daniel, we've moved you to unit B-114 like you asked and we'll ring "
                "you on 021 555 0183 this arvo to confirm 👍"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour ce retour détaillé sur notre atelier de reprographie de "
                "Rennes. Nous sommes désolés que l'impression de vos faire-part de mariage ait "
                "pris un jour de retard, nous savons à quel point le calendrier est serré "
                "avant une cérémonie. Le papier nacré que vous aviez choisi est arrivé plus "
                "tard que prévu chez notre fournisseur. Nous avons bien retrouvé votre "
                "commande n° CP-58213 du jeudi 9 octobre, passée au nom de Laura Guérin avec "
                "l'adresse laura.guerin.35@gmail.com. L'ensemble des cartes a été vérifié une "
                "par une avant emballage. Nous vous souhaitons un très beau mariage. "
                "Cordialement, Erwan, Copie Express Rennes"
            ),
            (
                "coucou Sabrina 😘 contente de t'avoir vue mardi avec ton copain Yanis pour les "
                "photos d'identité !!"
            ),
            (
                "Madame, votre lettre recommandée n° 1A 234 567 8901 2, adressée au 14 rue des "
                "Tanneurs à Strasbourg, a bien été distribuée le 12 février."
            ),
            (
                "Salut M. Tremblay, on a remboursé les 14,50 $ sur ta carte Visa qui finit par "
                "8823, désolé pour le trouble!"
            ),
            (
                "Monsieur Van den Broeck, votre box 212 au deuxième étage reste accessible "
                "avec votre code, et nous vous rappellerons au 0475 12 34 56 dès lundi."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for your review, and thanks for being a regular at our Partick "
                "laundrette over the years. We've put a lot into the place lately, with new "
                "dryers, brighter lighting and a proper folding table by the window. We do try "
                "hard to keep the prices fair for students and families alike. Frankly, "
                "though, anyone who's been coming in as long as you have and still can't read "
                "the sign on the dryer is just after something for nothing. Our attendant is "
                "in every morning from eight if you'd like help with the machines. We'd be "
                "glad to see you again. All the best, Fraser, Suds & Bubbles, Glasgow"
            ),
            "stop telling porkies, u lost the key urself n u know it 🙄",
            (
                "It is evident that this review has been posted in bad faith by an individual "
                "seeking a refund to which they are not entitled."
            ),
            (
                "Mate, you were rude and clueless at the counter, and honestly that's on you, "
                "not us."
            ),
            (
                "With respect, some customers simply aren't capable of following basic "
                "instructions, and it appears you are one of them. Regards, Quick Copy Centre"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de laisser un avis sur notre studio "
                "photo du Vieux-Port. Nous avons été heureux de vous accueillir pour ce "
                "shooting de fiançailles, et la lumière de fin de journée était vraiment "
                "magnifique. Nos retoucheurs ont passé plusieurs heures sur la sélection "
                "finale pour qu'elle vous ressemble. Mais soyons honnêtes, vous cherchiez "
                "surtout à obtenir vos tirages gratuitement, et ce n'est pas la première fois "
                "que vous essayez. Les fichiers haute définition restent disponibles dans "
                "votre galerie en ligne. Nous vous souhaitons tout le bonheur possible pour la "
                "suite. Bien cordialement, Karim, Studio Calanques, Marseille"
            ),
            "arrete de mentir frr, t'as jamais payé ton double de clé 😒",
            (
                "Votre avis relève manifestement de la mauvaise foi la plus totale et ne "
                "mérite pas davantage de considération."
            ),
            "Oh fada, t'es même pas foutu de fermer un cadenas et tu viens te plaindre ici ?",
            "Madame, vous êtes une cliente impolie et malhonnête, et tout le quartier le sait.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for your feedback on your recent visit to our copy shop near the "
                "university. Deadline season is always hectic, and we know how much pressure "
                "you're under when a dissertation is due. We had six binding machines running "
                "that afternoon and the team worked right through lunch. And thank you ever so "
                "much for explaining that a 400-page thesis should be bound in ten minutes "
                "flat, we'll be sure to pass that revelation on to the machines. We're glad "
                "the final copy looked sharp and that your department accepted it. Best of "
                "luck with your results. Cheers, the team at Print & Bind, Clifton"
            ),
            "omg a whole 20 min wait for passport pics?? how did u survive 😱😂",
            (
                "We are truly honoured that you found the time, between your many pressing "
                "engagements, to share such a balanced assessment of our laundrette."
            ),
            (
                "Sure, aren't we awful sorry the dryers don't fold the clothes for you as "
                "well, we'll get right on that."
            ),
            (
                "Wow, a key cutter that needs the original key to cut a copy, who'd have "
                "thought, hey? 🙃"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre avis sur notre garde-meubles de "
                "Villeneuve-d'Ascq. Nous avons bien noté votre remarque sur l'éclairage du "
                "couloir C, et un électricien passe jeudi. Nous sommes contents que votre "
                "déménagement se soit bien passé malgré la pluie. Et merci infiniment de nous "
                "avoir appris qu'un cadenas protège mieux quand on pense à le fermer, c'est "
                "une véritable révélation pour toute l'équipe. Nos chariots et diables restent "
                "à disposition gratuitement à l'accueil. Nous vous souhaitons une bonne "
                "installation. L'équipe de Box & Co Lille"
            ),
            (
                "wow 10 min d'attente à la poste, quel drame 😱 on t'envoie une cellule "
                "psychologique ? 😂"
            ),
            (
                "Nous saluons avec admiration l'étendue de votre expertise en photographie, "
                "manifestement bien supérieure à nos quinze années de métier."
            ),
            (
                "Ben voyons donc, on s'excuse ben gros que la sécheuse sèche pas ton linge en "
                "deux minutes, on va appeler la NASA."
            ),
            (
                "Quelle surprise de découvrir qu'une photocopieuse a besoin de papier, vous "
                "nous apprenez vraiment quelque chose, hein."
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your honest review, and congratulations on the graduation. We "
                "loved having you all in the studio, and the outdoor shots by the canal turned "
                "out beautifully. We're very sorry that the first set of prints you collected "
                "weren't the ones you'd chosen. The mix-up was down to Kieran on the front "
                "desk, who sent the wrong files to the lab without checking the order sheet. "
                "We've reprinted the correct selection on our premium lustre paper and it's "
                "ready whenever suits you. Please accept our apologies for the extra trip. "
                "Warm wishes, Nadia, Ancoats Portrait Studio, Manchester"
            ),
            (
                "soz!! that was Jodie on the till, she's new n keeps messing up the service "
                "washes 🙈"
            ),
            (
                "Our investigation has established that the error originated with counter "
                "clerk Rajesh Menon, who failed to apply the correct postage tariff. Customer "
                "Relations"
            ),
            (
                "Sorry about that, bud. Tyler cut that key crooked, I've told him a hundred "
                "times to check the blank."
            ),
            (
                "You'll appreciate that the gate code failing was entirely Morag's doing, as "
                "she was responsible for updating the system that week."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre message concernant notre laverie des Minimes. "
                "Nous sommes vraiment désolés que votre linge soit ressorti encore trempé de "
                "la machine 6. Nous savons que venir laver ses affaires le dimanche soir, ce "
                "n'est pas pour le plaisir. Le problème vient de Julien, qui a oublié de "
                "signaler la machine en panne alors que nos consignes sont pourtant claires. "
                "Un technicien l'a réparée lundi matin et une carte de lavage créditée vous "
                "attend à l'accueil. Merci encore de nous avoir prévenus. Bonne journée, "
                "Hélène, Laverie des Minimes, Toulouse"
            ),
            "dsl c Kevin qui a mal reglé la machine a cles 🙄 on lui a deja dit",
            (
                "Il ressort de nos vérifications que l'erreur d'affranchissement est imputable "
                "à Mme Nathalie Perrin, guichetière, qui n'a pas appliqué le tarif en vigueur."
            ),
            (
                "Nous sommes navrés, c'est Corinne Brunner qui a égaré vos photos d'identité, "
                "elle sera recadrée dès demain."
            ),
            (
                "Pardon, c'est Moussa qui a mal imprimé vos documents, il ne regarde jamais "
                "les réglages, on va gérer ça avec lui."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for taking the time to leave such a detailed review of our storage "
                "centre in Leicester. We know that moving day is stressful, and carrying boxes "
                "up two flights of stairs is the last thing anyone needs. We're sorry the lift "
                "was out of action when you arrived. To explain, the engineer cancelled twice, "
                "the replacement part had to come from Germany, the bank holiday held up the "
                "courier, two of our team were off with flu and the new gate software had only "
                "gone in that week, so there was honestly very little we could have done about "
                "it. The lift has been working normally since Thursday. We hope the rest of "
                "your move went well. Kind regards, Priya, StoreMore Leicester"
            ),
            (
                "ok so tbh the dryers were slow cos it was hot, the power was dodgy, the lint "
                "filters were due, half the town came in at once n the change machine jammed, "
                "so yeah not really on us 🤷"
            ),
            (
                "Please be advised that delays at the counter arise from national staffing "
                "allocations, system outages, increased seasonal volumes, mandatory ID "
                "verification procedures, third-party carrier schedules and building works "
                "outside the premises, none of which fall within the remit of branch "
                "management."
            ),
            (
                "Sir, kindly understand that the printer was old, the power cut happened "
                "twice, the toner supplier came late, our technician was on leave for his "
                "sister's marriage and also it was Diwali rush, so the delay was not from our "
                "side."
            ),
            (
                "Look, the machine was due for calibration, the blank was a rare brand, the "
                "original was badly worn, we were flat out and it was forty degrees in the "
                "shop, so there were a lot of factors at play there."
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour votre avis et pour votre fidélité à notre studio de l'île "
                "de Nantes. Nous sommes sincèrement désolés que vos photos de naissance aient "
                "été livrées avec dix jours de retard. Nous savons combien on a hâte de "
                "découvrir ces images les premières semaines. Il faut dire que ce mois-là "
                "notre éclairagiste était malade, le fond blanc venait d'être changé, le "
                "logiciel de retouche avait fait une mise à jour, une coupure de courant avait "
                "décalé toutes les séances et les grèves avaient retardé le laboratoire, donc "
                "le retard s'explique largement. Les fichiers sont désormais disponibles dans "
                "votre espace client. Nous vous souhaitons beaucoup de bonheur avec votre "
                "bébé. Amicalement, Maëlle, Studio Petit Nuage"
            ),
            (
                "bah en meme temps y avait la greve, le monnayeur bloqué, 2 machines en panne, "
                "le technicien pas venu et la canicule, donc bon 🤷"
            ),
            (
                "Les délais constatés résultent de la réorganisation nationale du réseau, de "
                "la réduction des effectifs, des contraintes de sécurité, des pannes "
                "informatiques récurrentes, de l'afflux saisonnier et des travaux de voirie, "
                "éléments qui échappent tous à la compétence du bureau."
            ),
            (
                "Faut comprendre que la photocopieuse était vieille, le papier avait pris "
                "l'humidité, le technicien était en vacances, on avait trois grosses commandes "
                "pis la tempête a fermé la rue, ça fait que c'était pas vraiment de notre "
                "faute."
            ),
            (
                "Permettez-nous de préciser que le portail était bloqué à cause du gel, du "
                "changement de prestataire, de la mise à jour des badges, d'une coupure réseau "
                "et de l'absence de notre gérant, si bien que nous ne pouvions matériellement "
                "rien y faire."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thanks so much for popping in to see us on Goodramgate, and for taking the "
                "time to write. We've been cutting keys in York for over thirty years and we "
                "always love hearing from our customers. We're sorry you had such a "
                "frustrating afternoon with your front door. That said, every key is tested on "
                "our gauge before it leaves the shop, so it simply isn't possible that the one "
                "you took home didn't work. If you'd like, bring the lock cylinder in and "
                "we'll happily have a look at it for you. We're open Monday to Saturday, nine "
                "till half five. All the best, Geoff, Minster Keys"
            ),
            "nah that never happened fam, nobody's parcel goes missing from our counter 🤷‍♂️",
            (
                "We categorically refute the assertion that any unit at our facility was "
                "accessed without authorisation; no such event has occurred. Management, "
                "KeepSafe Park Royal"
            ),
            "Nope. Our photographers never rush a session, full stop.",
            (
                "We're confident there must be some confusion, as our print shop has never "
                "once mislaid a customer's original document."
            ),
        ],
        "fr": [
            (
                "Bonjour et merci d'avoir pris le temps de nous écrire au sujet de votre "
                "passage au bureau de poste de Jaude. Nous savons combien l'attente peut être "
                "pénible, surtout en fin de mois. Notre équipe fait tout son possible pour "
                "ouvrir un deuxième guichet dès que la file s'allonge. Toutefois, ce que vous "
                "décrivez est tout simplement impossible : aucun colis ne quitte notre guichet "
                "sans la signature du destinataire. Nous restons à votre disposition pour "
                "toute autre démarche. N'hésitez pas à passer nous voir du lundi au samedi. "
                "Cordialement, l'équipe du bureau de Clermont-Jaude"
            ),
            "nn c faux, ca s'est jamais passé, nos machines abiment jamais le linge",
            (
                "Nous contestons formellement l'ensemble de vos allégations, nos agents ne "
                "refusant en aucun cas la remise d'un pli recommandé."
            ),
            (
                "Voyons, c'est impossible, les cadenas de nos casiers ont jamais été forcés, "
                "jamais."
            ),
            (
                "Ce que vous dites là n'est jamais arrivé chez nous, nos photographes ne "
                "perdent pas les fichiers des clients, c'est comme ça."
            ),
        ],
    },
}

BLIND131_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you for letting us know about the gate keypad. You're right, it wasn't good "
            "enough, and we're sorry you were stuck outside in the rain. We've replaced the "
            "keypad and added a call button that rings straight through to the office. If it "
            "ever happens again, please ring us on 0113 496 0812, any time between 7am and "
            "10pm. Jo, Kirkstall Self Storage, Leeds"
        ),
        (
            "Ah thanks a million! Delighted the duvets came out fresh. Aoife will be thrilled "
            "you mentioned her, she takes great pride in the place. See you again soon! The "
            "Spin Cycle, Drumcondra"
        ),
        (
            "You're absolutely right, and we're sorry. Ben cut your key on the wrong blank, "
            "and that's on us: we should have tested it in the lock before you left. We've "
            "refunded the £6.50 and Ben has been through a refresher on blank matching with "
            "me. Bring the original in any time and we'll cut you a new one free. Stuart, "
            "Castle Keys, Nottingham"
        ),
        (
            "Sorry about the long queue on Monday. Two of our counter staff were off sick and "
            "we couldn't get cover in time, which isn't your fault, and we apologise. We're "
            "open 9 to 5.30 on weekdays and 9 to 12.30 on Saturdays, and Tuesday and Wednesday "
            "afternoons are usually the quietest. Thanks for your patience. Hebden Bridge Post "
            "Office"
        ),
        (
            "Congratulations to you both! It was a privilege to photograph your wedding at the "
            "barn, and that golden-hour walk through the orchard was a highlight of our "
            "summer. Thank you for trusting us with such a special day. Sophie & Mark, Orchard "
            "Light Photography"
        ),
        (
            "Thank you for your feedback on our prices. You're right that black-and-white "
            "copies went up from 8p to 10p this spring, and we're sorry we didn't make the "
            "change clearer at the till. Our paper costs rose by almost a third last year and "
            "we held off as long as we could. Student discounts are unchanged, and the full "
            "price list is now up by the door. The Copy Corner, Cardiff"
        ),
        (
            "Thanks heaps for the lovely words! Just so you know, our stamp card is for "
            "everyone: every tenth wash is free, no strings attached. Enjoy the clean sheets! "
            "Bondi Wash House"
        ),
        (
            "We're so sorry to hear about the break-in at your unit. That's a horrible thing "
            "to go through. As you asked, we've handed the CCTV footage to the police, and our "
            "insurance partner will contact you directly about your claim. We've also upgraded "
            "the locks along the whole corridor. Please call our site manager, Dean, on 0161 "
            "496 0345 if there's anything else we can do. Trafford Secure Storage"
        ),
        (
            "Ha, guilty as charged: dryer number 4 does have a mind of its own, and we've had "
            "the engineer out to give it a stern talking-to. Sorry it ate your coins. Pop in "
            "and we'll refund you from the till, no questions asked. Cheers, Rob, Wash & Go "
            "Brighton"
        ),
        (
            "Thanks for the three stars, that feels fair. We know the waiting area is cramped "
            "and we're planning to knock through into the back room in the new year. We "
            "appreciate you pointing it out. Hutt Valley Photo & Print"
        ),
        (
            "Thank you for raising this. Our system shows the parcel was scanned at our "
            "counter at 2.14pm, but we know that doesn't help if it hasn't arrived, so we'd "
            "really like to look into it properly with you. Please email "
            "counter@woodfordgreenpo.co.uk or pop in with your receipt and we'll open a trace "
            "with the delivery office. Woodford Green Post Office"
        ),
        (
            "We're so sorry for your loss. It was an honour to restore the photograph of your "
            "mum, and we're glad the colours came back the way you remember them. Please take "
            "all the time you need. With warmest thoughts, Janet and everyone at Heritage "
            "Photo Restoration"
        ),
        (
            "Thank you for your review, and we're sorry the rule about petrol cans caught you "
            "by surprise. We can't allow fuel, gas bottles or anything flammable in the units, "
            "because a single spark could put everyone's belongings at risk, including yours. "
            "We've added a clearer note to our sign-up form. If you need advice on storing "
            "garden equipment safely, our team is always happy to help. Durbanville Storage"
        ),
        (
            "Thank you so much for such detailed feedback, it's genuinely useful. Your points "
            "about the colour calibration on the self-service printers and the lack of A3 "
            "options were spot on, so we've ordered a new colour profile and an A3 tray for "
            "next month. We'd love to hear what you think once they're in. Best wishes, "
            "Anjali, PrintPoint Bangalore"
        ),
        (
            "Thank you for your message. Under our storage agreement we normally need 14 days' "
            "notice before you move out, but we accept that wasn't explained clearly when you "
            "signed up, so we've waived the extra fortnight and refunded it this morning. Our "
            "welcome pack now makes this clear to everyone. Pinewood Self Storage, Ottawa"
        ),
        "ta so much!! 🙌 see u next wash day 🧺✨",
        (
            "Thank you for your feedback. We have reviewed service levels at our Docklands "
            "branch and have introduced a second staffed counter at peak times. We apologise "
            "for the inconvenience caused. Customer Experience Team, InstaPrint Australia"
        ),
        "Thanks. Sorry about the wait. Second machine's fixed now.",
        (
            "Thank you for the kind review, sir. We are very happy the passport photos were "
            "accepted at the first attempt. Our studio is open daily from 10 am to 8 pm, "
            "including Sundays. Please visit again. Regards, Lakshmi Photo Studio, Chennai"
        ),
        (
            "Sho, thanks for the lovely review! We're chuffed the duplicates worked first "
            "time. Come say howzit again next time you're in Braamfontein. Sipho, Jozi Keys"
        ),
        (
            "Thanks for being honest with us. You waited far too long for your ID photos, and "
            "there's no excuse for that. We've changed our system so walk-ins now get a ticket "
            "and an estimated time. Sorry again, and we hope you'll give us another chance. "
            "Frame Studio, Halifax"
        ),
        (
            "Really appreciate this, thank you! Our refer-a-friend offer is open to every "
            "customer: introduce someone who rents a unit and you both get a month at half "
            "price, whatever you think of us. Happy storing! The team at BoxIt Geelong"
        ),
        (
            "Gutted to read this, and we're sorry. The self-service copier was jammed all "
            "morning and nobody spotted that the out-of-order sign had fallen off. That's on "
            "us. Someone now checks the machines every hour. If you'd like a chat, call the "
            "shop on 028 9099 0456. Belfast Copy Centre"
        ),
        (
            "Thank you, and congratulations on the new arrival! The newborn session was a joy, "
            "and Bethany says she's never met a calmer little one. Little Acorns Photography, "
            "Hobart"
        ),
        (
            "Thank you for your review. We understand the frustration with the ID requirement "
            "for collecting parcels. It's a national rule that protects your post from being "
            "collected by someone else, and we're sorry it made your visit longer. Any "
            "passport, driving licence or bank card in your name will do. Rathmines Post Office"
        ),
        (
            "We're really sorry your jacket shrank. Our machines run at the temperature shown "
            "on the dial, but we should have had clearer wool-wash guidance on the wall, and "
            "there's now a chart up. Bring your receipt in and we'll refund the wash. Kind "
            "regards, Mei, Fresh Fold Laundromat, Vancouver"
        ),
        (
            "Thanks for the 5 stars! 🙏 Glad we got the spare car key sorted in time 🚗🔑 Safe "
            "travels! Dave @ KeyMaster Auckland"
        ),
        (
            "Thank you for sharing your concerns. We respectfully see this a little "
            "differently: our price list does state that same-day binding carries a rush fee. "
            "That said, we understand it's easy to miss when you're in a hurry, and we'd be "
            "glad to talk it through. Please email hello@bindright.co.za and I'll reply "
            "personally. Thabo, Manager, BindRight Cape Town"
        ),
        (
            "Thank you for the feedback. We have a strict rule that children can't be "
            "unaccompanied on the loading bay because of the forklift, and we appreciate it "
            "can feel awkward. We've set up a small waiting corner with colouring books in "
            "reception so families have somewhere safe to wait. Sorry for any upset. Brisbane "
            "North Storage"
        ),
        (
            "Thanks so much for the kind words about Priyanka! She's been with us eight years "
            "and is brilliant with first-time customers. We'll make sure she sees this. Harrow "
            "Post Office"
        ),
        (
            "Hi there, we're sorry the photo booth swallowed your coins. It's owned and "
            "serviced by a separate company, but that's no reason for you to lose out, so "
            "there's a refund of £8 waiting at the counter. Just bring the booth receipt. "
            "Kings Road Post Office"
        ),
        (
            "We're terribly sorry about the lost roll of film. We contacted our lab the same "
            "day and, sadly, it hasn't turned up. We've refunded the development fee in full, "
            "and while that doesn't make up for the photos, we wanted to say sorry properly. "
            "If you'd like to talk, please call me directly on 01865 496022. Helen, Owner, "
            "Cowley Road Photo, Oxford"
        ),
        (
            "Cheers for the review! For the record, our CCTV covers every aisle 24/7, so if "
            "you ever need footage for an insurance claim, just ask at reception. Tauranga "
            "Self Storage"
        ),
        (
            "We appreciate you taking the time to write this. You're right that the colour on "
            "your posters was off: we'd set the wrong paper profile. We've reprinted the whole "
            "batch at no charge and it's ready for collection from 8am. Thanks for your "
            "patience. Copy Cat Printing, Chicago"
        ),
        (
            "Thanks for the review. The opening hours on Google were out of date, which is our "
            "mistake, and we're sorry you came to a locked door. They're corrected now: we're "
            "open 7am to 9pm, seven days a week. Suds City Laundromat, Austin"
        ),
        (
            "lol we deserved that one 😅 the sign said open and we were very much closed. "
            "Sorry!! Sign's fixed, and the coffee's on us next time ☕"
        ),
        (
            "Thank you for such a thoughtful review. It's rare for someone to explain exactly "
            "what worked and what didn't, and your point about the unclear signs to the upper "
            "units was spot on. We've put new floor arrows in this week. We're grateful. "
            "Manager, StorageHub Edmonton"
        ),
        (
            "Dear Sir, thank you for your valued feedback. We regret the delay in your "
            "lamination order. Our laminator developed a fault that morning and it has since "
            "been replaced. Your order was completed the same evening. We apologise sincerely. "
            "Management, Kolkata Xerox & Print"
        ),
        (
            "We're sorry to hear you were unhappy with the portrait retouching. Our package "
            "includes light retouching only, as set out in the booking terms, but we'd be very "
            "happy to talk through further edits with you. Please email "
            "studio@lumenportraits.com.au and we'll find a solution together. Lumen Portraits, "
            "Perth"
        ),
        (
            "Thank you! So glad the new quiet dryers made the wait more pleasant 😄 Keep the "
            "feedback coming. The Laundry Lounge, Dunedin"
        ),
    ],
    "fr": [
        (
            "Bonjour, merci pour votre retour. Vous avez raison, le digicode du portail est "
            "tombé en panne samedi et nous sommes désolés que vous ayez attendu sous la pluie. "
            "Nous l'avons remplacé lundi et ajouté un interphone relié directement au bureau. "
            "En cas de souci, appelez-nous au 02 40 12 34 56, de 7 h à 22 h. Cordialement, "
            "Gwenaëlle, Garde-Meubles de l'Erdre, Nantes"
        ),
        (
            "Merci beaucoup pour ce gentil message ! Léa sera ravie de lire que vous avez "
            "apprécié ses conseils pour le séchage des couettes. À très bientôt à la laverie ! "
            "L'équipe de Lav'Confort, Dijon"
        ),
        (
            "Vous avez entièrement raison et nous vous présentons nos excuses. C'est Mathieu "
            "qui a taillé votre clé sur la mauvaise ébauche, mais la responsabilité est celle "
            "de la boutique : nous aurions dû la tester avant votre départ. Nous vous avons "
            "remboursé les 8 € et nous vous referons une clé gratuitement quand vous le "
            "souhaitez. Patrice, Clés Minute, Besançon"
        ),
        (
            "Bonjour, nous sommes désolés pour l'attente de lundi. Deux de nos agents étaient "
            "absents pour maladie et nous n'avons pas pu les remplacer à temps, ce qui "
            "n'excuse pas la gêne occasionnée. Le bureau est ouvert du lundi au vendredi de 9 "
            "h à 17 h 30 et le samedi de 9 h à 12 h ; les mardis après-midi sont généralement "
            "plus calmes. Merci de votre patience. Le bureau de poste de Saint-Lô"
        ),
        (
            "Félicitations à vous deux ! Ce fut un vrai bonheur de photographier votre mariage "
            "au domaine, et la séance au coucher du soleil dans les vignes restera un de nos "
            "plus beaux souvenirs de l'été. Merci de votre confiance. Élodie et Romain, "
            "photographes, Beaune"
        ),
        (
            "Bonjour, merci pour votre remarque sur nos tarifs. La copie noir et blanc est "
            "passée de 8 à 10 centimes ce printemps, et nous sommes désolés de ne pas l'avoir "
            "mieux signalé à la caisse. Le prix du papier a fortement augmenté et nous avons "
            "attendu le plus longtemps possible. La réduction étudiante reste inchangée. "
            "Reprographie du Campus, Poitiers"
        ),
        (
            "Merci pour votre avis ! Pour info, notre carte de fidélité est ouverte à tous : "
            "au dixième lavage, le suivant est offert, sans condition. Bonne journée ! Laverie "
            "du Marché, Liège"
        ),
        (
            "Nous sommes vraiment désolés pour l'effraction de votre box, c'est une épreuve "
            "difficile. Comme vous nous l'avez demandé, nous avons remis les images de "
            "vidéosurveillance à la police, et notre assureur partenaire vous contactera "
            "directement. Nous avons aussi renforcé les serrures de tout le couloir. Notre "
            "responsable de site, Didier, reste joignable au 04 78 55 66 77. Stockage Sécurisé "
            "Lyon-Est"
        ),
        (
            "Bon, on plaide coupable : le séchoir n° 4 a un caractère bien à lui et il a "
            "encore avalé vos pièces. Le technicien est passé lui faire la morale. Passez à "
            "l'accueil, on vous rembourse sans discussion. Bruno, Laverie Bulles d'Or, "
            "Montpellier"
        ),
        (
            "Merci pour les trois étoiles, c'est une note juste. La salle d'attente est trop "
            "petite, on le sait, et des travaux sont prévus cet hiver pour l'agrandir. Merci "
            "de l'avoir signalé. Photo Express Sherbrooke"
        ),
        (
            "Bonjour, merci d'avoir pris le temps d'écrire. Notre système indique que le colis "
            "a été scanné au guichet à 14 h 14, mais nous comprenons que cela ne règle rien "
            "s'il n'est pas arrivé, et nous souhaitons vraiment vérifier avec vous. "
            "Écrivez-nous à contact@relaispostemontreuil.fr ou passez avec votre reçu : nous "
            "ouvrirons une enquête auprès du centre de distribution. Relais poste de "
            "Montreuil-Centre"
        ),
        (
            "Toutes nos condoléances. Ce fut un honneur de restaurer la photographie de votre "
            "père, et nous sommes heureux que les couleurs soient revenues telles que vous "
            "vous en souveniez. Prenez soin de vous. Bien chaleureusement, Monique, Atelier "
            "Photo Mémoire, Fribourg"
        ),
        (
            "Bonjour, merci pour votre avis. Nous comprenons que la règle sur les bidons "
            "d'essence vous ait surpris. Nous ne pouvons accepter ni carburant, ni bouteilles "
            "de gaz, ni produits inflammables dans les box, car une seule étincelle mettrait "
            "en danger les affaires de tous, y compris les vôtres. Nous avons ajouté une "
            "mention plus visible sur le contrat, et notre équipe peut vous conseiller pour "
            "ranger votre matériel de jardin en sécurité. Box Bretagne, Vannes"
        ),
        (
            "Merci infiniment pour ce retour si détaillé, il nous est précieux. Vos remarques "
            "sur le calibrage des couleurs des imprimantes en libre-service et sur l'absence "
            "du format A3 sont justes : un nouveau profil couleur et un bac A3 arrivent le "
            "mois prochain. Nous serons ravis d'avoir votre avis ensuite. Aurélie, Copie Plus, "
            "Grenoble"
        ),
        (
            "Madame, Monsieur, nous accusons réception de votre réclamation. Conformément aux "
            "conditions générales de location, un préavis de quinze jours est normalement "
            "exigé avant la restitution du box. Nous reconnaissons toutefois que cette clause "
            "ne vous a pas été suffisamment expliquée lors de la signature ; en conséquence, "
            "le montant correspondant vous a été remboursé ce jour. Nous vous prions d'agréer "
            "l'expression de nos salutations distinguées. La Direction, Garde-Meubles Moderne, "
            "Metz"
        ),
        "merci bcp 😍 a la prochaine pour la lessive 🧺✨",
        (
            "Merci pour votre retour. Un second guichet sera désormais ouvert aux heures "
            "d'affluence. Toutes nos excuses pour l'attente. Le Service Clients"
        ),
        "Merci. Désolés pour l'attente. La machine est réparée.",
        (
            "Merci pour ce beau commentaire ! Nous sommes heureux que vos photos d'identité "
            "aient été acceptées du premier coup pour le passeport. Le studio est ouvert tous "
            "les jours de 8 h à 19 h, même le dimanche. Au plaisir de vous revoir ! Studio "
            "Teranga, Dakar"
        ),
        (
            "Ah merci beaucoup, ça nous fait chaud au cœur ! On est contents que le double de "
            "la clé de boîte aux lettres ait fonctionné du premier coup. Passez nous dire "
            "bonjour quand vous voulez. Jacky, Cordonnerie-Clés du Vieux-Lille"
        ),
        (
            "Merci pour votre franchise. Vous avez attendu bien trop longtemps pour vos photos "
            "d'identité, et nous n'avons pas d'excuse. Nous avons mis en place des tickets "
            "avec une estimation du temps d'attente. Encore désolés, et nous espérons avoir "
            "l'occasion de faire mieux. Studio Clic, Namur"
        ),
        (
            "Merci beaucoup ! Notre offre de parrainage est ouverte à tous nos clients : si un "
            "proche loue un box grâce à vous, vous profitez tous les deux d'un mois à moitié "
            "prix, quoi que vous pensiez de nous. Bon stockage ! L'équipe de Stock'Malin, Reims"
        ),
        (
            "Nous sommes désolés. Le photocopieur en libre-service est resté bloqué toute la "
            "matinée et personne n'a remarqué que la pancarte « hors service » était tombée. "
            "C'est notre faute. Un membre de l'équipe vérifie maintenant les machines toutes "
            "les heures. Pour en parler, appelez la boutique au 03 22 91 45 00. Copie Service "
            "Amiens"
        ),
        (
            "Merci et félicitations pour l'arrivée de votre bébé ! La séance nouveau-né a été "
            "un vrai moment de douceur, et Inès dit qu'elle n'a jamais vu un bout de chou "
            "aussi calme. Studio Douceur, Annecy"
        ),
        (
            "Bonjour, nous comprenons votre agacement face à la demande de pièce d'identité "
            "pour retirer un colis. C'est une règle nationale qui protège votre courrier, et "
            "nous sommes désolés qu'elle ait allongé votre passage. Une carte d'identité, un "
            "passeport ou un permis de conduire suffisent. Office postal de Carouge"
        ),
        (
            "Nous sommes vraiment navrés que votre pull ait rétréci. Nos machines respectent "
            "la température affichée, mais nous aurions dû afficher des consignes plus claires "
            "pour la laine ; c'est fait depuis hier. Rapportez votre ticket et nous vous "
            "rembourserons le lavage. Bien à vous, Mireille, Lavoir Moderne, Aix-en-Provence"
        ),
        (
            "Merci pour les 5 étoiles 🙏 Contents d'avoir pu refaire ta clé de char à temps 🚗🔑 "
            "Bonne route! Max, Clé Rapide, Laval"
        ),
        (
            "Bonjour, merci de nous avoir fait part de votre mécontentement. Nous voyons les "
            "choses un peu différemment : notre grille tarifaire mentionne bien un supplément "
            "pour la reliure express le jour même. Cela dit, nous comprenons qu'on puisse "
            "passer à côté quand on est pressé, et nous serions heureux d'en discuter. "
            "Écrivez-moi à reliure@copiesdulac.ch, je vous répondrai personnellement. Olivier, "
            "gérant, Copies du Lac, Lausanne"
        ),
        (
            "Merci pour votre avis. Pour des raisons de sécurité, les enfants ne peuvent pas "
            "circuler seuls sur le quai de chargement à cause du chariot élévateur, et nous "
            "comprenons que ce soit compliqué. Nous avons installé un petit coin d'attente "
            "avec des coloriages à l'accueil. Désolés pour ce désagrément. Box Services Abidjan"
        ),
        (
            "Merci pour ces mots si gentils à propos de Fatou, qui est avec nous depuis huit "
            "ans et accompagne toujours les nouveaux clients avec patience. Nous lui "
            "transmettons votre message ! Agence postale de Thiès"
        ),
        (
            "Bonjour, nous sommes désolés que la cabine photo ait avalé vos pièces. Elle "
            "appartient à un prestataire extérieur, mais ce n'est pas une raison pour que vous "
            "soyez perdant : un remboursement de 8 € vous attend au guichet, il suffit de "
            "montrer le ticket de la cabine. Bureau de poste de Vichy"
        ),
        (
            "Nous sommes sincèrement désolés pour la perte de votre pellicule. Nous avons "
            "contacté notre laboratoire le jour même et, malheureusement, elle n'a pas été "
            "retrouvée. Nous vous avons remboursé intégralement le développement ; cela ne "
            "remplace pas vos photos, mais nous tenions à vous présenter de vraies excuses. "
            "N'hésitez pas à m'appeler au 05 63 47 21 90. Sandrine, Photo Argentique, Albi"
        ),
        (
            "Merci pour votre avis ! Pour information, nos caméras couvrent toutes les allées "
            "24 h sur 24 ; si vous avez un jour besoin d'images pour votre assurance, il "
            "suffit de le demander à l'accueil. Box Plus, Saguenay"
        ),
        (
            "Merci d'avoir pris le temps d'écrire. Vous avez raison, les couleurs de vos "
            "affiches n'étaient pas bonnes : nous avions sélectionné le mauvais profil de "
            "papier. Toute la série a été réimprimée gratuitement et vous attend dès 8 h. "
            "Merci de votre patience. Imprimerie Rapide, Charleroi"
        ),
        (
            "Merci pour votre retour. Les horaires affichés sur Google n'étaient pas à jour, "
            "c'est notre erreur, et nous sommes désolés que vous ayez trouvé porte close. Ils "
            "sont corrigés : nous sommes désormais ouverts de 7 h à 21 h, tous les jours. "
            "Laverie Saint-Roch, Québec"
        ),
        (
            "ok on l'a mérité celle-là 😅 la pancarte disait ouvert et on était bien fermés... "
            "désolés !! la pancarte est réparée, et le café est pour nous la prochaine fois ☕"
        ),
        (
            "Merci pour cet avis si réfléchi. C'est rare qu'un client prenne le temps "
            "d'expliquer précisément ce qui va et ce qui ne va pas, et votre remarque sur la "
            "signalétique vers les box de l'étage était très juste. Nous avons posé de "
            "nouvelles flèches au sol cette semaine. Merci encore. La gérance, Stock & Vous, "
            "Mulhouse"
        ),
        (
            "Monsieur, nous vous remercions pour votre retour. Nous regrettons le retard de "
            "votre commande de plastification : notre plastifieuse est tombée en panne le "
            "matin même et elle a été remplacée depuis. Votre commande a été terminée le soir "
            "même. Veuillez agréer nos sincères excuses. La Direction, Cyber Copie Yaoundé"
        ),
        (
            "Nous sommes désolés que la retouche de vos portraits ne vous ait pas satisfait. "
            "Notre formule comprend une retouche légère, comme indiqué dans les conditions de "
            "réservation, mais nous serions ravis de discuter de retouches supplémentaires "
            "avec vous. Écrivez-nous à studio@portraitsdugolfe.fr et nous trouverons une "
            "solution ensemble. Portraits du Golfe, Arcachon"
        ),
        (
            "merci !! trop contents que les nouveaux sechoirs silencieux vous aient plu 😄 a "
            "bientot a la laverie, bonne soiree"
        ),
    ],
}
