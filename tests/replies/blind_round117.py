"""Blind reply set, round 117: owner replies the pre-post check has never seen.

Who and when: written by helper w115, an independent writer, on 2026-12-07,
for blind round 115 (file tests/replies/blind_round117.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
accountants' practices, solicitors' and notaries' offices, estate agents and
letting agents (including Swiss régies), insurance brokers, bank branches and
driving schools.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other folder under /work, the git history
or /work/.library; did not run the check, any test or any bench on these
replies (only a syntax parse, a count of entries and ruff); and did not search
the code.  Nothing here was adjusted after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each carrying exactly one fault, and forty good English and
forty good French replies.  For every code and language the first reply is a
long, warm, otherwise perfect reply whose fault sits in a single sentence or
clause in the middle; the others are one-liners, texting with slang and emoji,
very formal or corporate wording, veiled and polite phrasings and regional
speech, some signed.  Registers: French from Angers, Lyon, Bordeaux, Rennes,
Lille, Nantes, Toulouse, Montpellier, Marseille, Strasbourg, Grenoble,
Namur, Charleroi, Liège, Wavre, Lausanne, Pully, Genève, Neuchâtel, Sion,
Québec, Abidjan, Dakar, Douala, Yaoundé and Cotonou, texting, very formal
administrative French and unaccented French; English from Bristol, Leicester,
Manchester, Glasgow, Edinburgh, Cardiff, Huddersfield, Dublin, Cork, Galway,
Toronto, Vancouver, Texas, Alabama, Brisbane, the Gold Coast, New Zealand,
Pretoria, Durban, Mumbai and Chennai, texting with emoji and very formal
corporate English.  Good replies include look-alikes that are not faults: a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by first
name, a named employee's mistake owned by the business, a refund already
made, one honest reason given with an apology, legal terms and professional
secrecy, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open, condolences,
congratulations, a safety rule explained kindly, a price change explained
with an apology and sincere thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND117_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you so much for such a generous write-up. Getting your self-assessment "
                "sorted two days before the January deadline was a real team effort, and we're "
                "pleased the new client portal made uploading your receipts less painful than last "
                "year. It's always a relief to hear that our explanation of allowable expenses "
                "made sense, as it isn't the most thrilling topic. If you're able to bump your "
                "review up from four stars to five, we'll happily knock 15% off next year's return "
                "fee as a thank-you. Do pop in if anything from HMRC lands on your doormat in the "
                "meantime. Warm regards, the team at Hartley & Moss Accountants, Bristol."
            ),
            "cheers for the review legend 🙌 flip it to 5⭐ n ur next 2 driving lessons are on us 🚗💨",
            (
                "Should you feel able to revisit your rating in light of the resolution reached, "
                "we would be pleased to apply a goodwill credit of £50 to your account at your "
                "next renewal."
            ),
            (
                "Sorry about the mix-up with the valuation. Take the review down there and we'll "
                "do the next one free of charge, no bother. — Lee Valley Estates, Cork"
            ),
            (
                "Dear Sir, kindly upgrade your rating to 5 star and the branch will waive your "
                "locker charges for one full year. Regards, Branch Manager, Andheri West."
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci infiniment pour ce message si chaleureux. La signature de "
                "votre acte de vente était un moment chargé d'émotion, et nous avons été touchés "
                "que vous nous l'ayez confié. Maître Lefèvre tenait à ce que chaque clause soit "
                "expliquée calmement, et nous sommes heureux que cela vous ait rassurée. Si vous "
                "pouviez passer votre avis de quatre à cinq étoiles, nous vous offririons "
                "volontiers les frais de rédaction de votre prochaine procuration. N'hésitez pas à "
                "nous appeler pour toute question sur la suite du dossier. Bien cordialement, "
                "l'étude de Maître Lefèvre, Angers."
            ),
            (
                "merci ben gros 😄 si tu montes ta note a 5 etoiles on te donne ta prochaine lecon "
                "de conduite gratis, promis 🚙"
            ),
            (
                "Nous vous informons qu'une exonération des frais de tenue de compte pour l'année "
                "en cours pourra vous être accordée, sous réserve de la modification de votre "
                "évaluation."
            ),
            (
                "Nous vous serions très reconnaissants de bien vouloir reconsidérer votre note ; "
                "en pareil cas, l'estimation de votre appartement serait naturellement effectuée à "
                "titre gracieux. Régie du Léman, Lausanne"
            ),
            (
                "Merci beaucoup Madame. Si vous retirez cet avis, le cabinet vous fait la "
                "déclaration fiscale de cette année gratuitement, c'est promis. Que Dieu vous "
                "bénisse. Cabinet Kouassi & Associés, Abidjan"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your search for a flat in Didsbury. "
                "We completely understand how stressful the rental market is at the moment, and "
                "we're sorry the property you had your heart set on went to another applicant. Our "
                "lettings team does try to keep every applicant updated, and we've already looked "
                "at how we can make our follow-up calls quicker. Please be aware that several "
                "statements in your review are defamatory and our solicitors have been asked to "
                "consider the appropriate next steps. We'd still be glad to help you find "
                "somewhere, and new listings go up every Thursday. Kind regards, Nadia, Lettings "
                "Manager, Parkside Homes, Manchester."
            ),
            "keep posting rubbish like this n ur gonna hear from our lawyer 😤 simple as",
            (
                "We have retained a copy of this review and of your account records, and we "
                "reserve all rights, including referral to our legal department, should this "
                "content not be removed within seven days."
            ),
            (
                "We would gently remind you that the broker who wrote this policy is also the one "
                "who handles your claims file, and it would be such a shame if anything were to "
                "slow down."
            ),
            (
                "Aye, we ken fine who ye are, and we'll be having a wee word wi' yer employer "
                "about the patter ye've posted here. — Clydeside Accountancy, Glasgow"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous faire part de votre ressenti sur la "
                "clôture de vos comptes annuels. Nous comprenons que les délais de fin d'exercice "
                "aient pu vous paraître longs, et nous en sommes sincèrement désolés. Notre équipe "
                "a depuis mis en place un calendrier partagé pour que chaque client sache où en "
                "est son dossier. Sachez toutefois que notre avocat a été saisi de vos propos et "
                "qu'une plainte pour diffamation n'est pas exclue. Nous restons bien sûr à votre "
                "écoute pour préparer sereinement l'exercice prochain. Bien cordialement, le "
                "cabinet Durand Expertise, Lyon."
            ),
            (
                "continue a raconter nimporte quoi sur l auto ecole et tu vas voir 😡 on sait ou tu "
                "habites"
            ),
            (
                "Nous vous informons que le présent avis a fait l'objet d'un constat de "
                "commissaire de justice et que l'étude se réserve le droit d'engager toute "
                "procédure utile à l'encontre de son auteur."
            ),
            (
                "Savez-vous, on connaît bien votre patron, hein. Quand il saura ce que vous "
                "écrivez sur nous, on verra bien qui rigole. Agence Immo Meuse, Namur"
            ),
            (
                "On vous suggère fortement de retirer ce commentaire avant que notre service du "
                "contentieux s'en occupe. Ce serait plate pour tout le monde."
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for coming back to us about your visit, and we're sorry the queue was "
                "so long. Lunchtimes at the branch can be very busy, and we've now added a second "
                "cashier between twelve and two. We can see that you came in, Mrs Okafor, on "
                "Tuesday 14 October at about 1.15 pm with your daughter to open her first savings "
                "account, and we're sorry she had to wait for such an exciting moment. Our team "
                "would love to welcome you both back and make it up to you. Please ask for Imran, "
                "our branch manager, who'll look after you personally. Kind regards, the Granby "
                "Street branch team, Leicester."
            ),
            "hey we tried ringing u on 07700 914 382 like 3 times?? pick up lol 📞",
            (
                "For the avoidance of doubt, policy POL-88341207 was cancelled on 3 March "
                "following the failed direct debit from your account ending 4471."
            ),
            (
                "We've already sent the revised valuation to sarah.whitlock82@gmail.com, so do "
                "have a look in your spam folder."
            ),
            (
                "Dear Sir, your matter ref. MT-2291/24 concerning the transfer of Erf 1147, 12 "
                "Jacaranda Street, Lynnwood, is progressing and lodgement at the Deeds Office is "
                "expected next week. Regards, Van der Merwe Attorneys, Pretoria"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre retour détaillé sur la recherche de votre "
                "appartement. Nous sommes désolés que la première visite ait été reportée au "
                "dernier moment, ce n'est pas l'image que nous voulons donner. Nous avons depuis "
                "revu notre façon de confirmer les rendez-vous la veille par SMS. Nous avions bien "
                "noté que vous étiez venue le samedi 8 novembre à 10 h avec votre compagnon, M. "
                "Lucas Ferrand, pour le T3 de la rue Judaïque. Nous espérons sincèrement pouvoir "
                "vous accompagner jusqu'à la signature. Bien à vous, Sophie, agence Garonne "
                "Immobilier, Bordeaux."
            ),
            (
                "on a essayé de vous joindre au 06 12 48 77 30 mais ça sonne dans le vide 😅 "
                "rappelez nous"
            ),
            (
                "Nous vous confirmons que le prélèvement sur votre compte FR76 3000 4012 3400 0109 "
                "8765 432 a été rejeté le 12 septembre, ce qui explique la suspension de votre "
                "contrat."
            ),
            (
                "Votre dossier de succession n° 2024/0417, au nom de feu M. Bernard Chappuis, "
                "chemin des Vignes 12 à Pully, est en cours de traitement. Meilleures salutations, "
                "l'étude."
            ),
            (
                "Bonjour Madame Diallo, votre carte bancaire se terminant par 5821 est disponible "
                "a l agence du Plateau depuis lundi, vous pouvez passer la retirer."
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thanks for taking the time to leave a review, and congratulations on getting "
                "through your theory test at the first attempt. We know learning in city traffic "
                "can be daunting, and our instructors work hard to keep every lesson calm and "
                "patient. We did suggest three extra lessons before your test date, and honestly "
                "it sounds like you just wanted a full licence handed to you for nothing. Many of "
                "our learners find a mock test in the last week really helps, and that offer still "
                "stands. We wish you the very best of luck on the road. All the best, the team at "
                "Liffey Driving School, Dublin."
            ),
            "lol ur a liar n everyone in the office knows it 🤡",
            (
                "It is regrettable that the reviewer has chosen to misrepresent the facts in what "
                "appears to be a deliberate attempt to obtain compensation to which they are not "
                "entitled."
            ),
            (
                "With respect, if you had bothered to read the tenancy agreement you signed, you "
                "wouldn't be posting this nonsense."
            ),
            (
                "Mate, you're a tight-fisted chancer who wanted the conveyancing done for free, "
                "plain and simple. Cheers, Bruce"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre expérience à notre agence "
                "de Rennes Centre. Nous comprenons que le refus d'un prêt immobilier soit une "
                "vraie déception quand on a déjà visité la maison de ses rêves. Notre conseillère "
                "a étudié votre dossier avec beaucoup d'attention et a proposé plusieurs pistes, "
                "dont un apport complémentaire ou une durée plus longue. Franchement, vous êtes de "
                "mauvaise foi et vous le savez très bien. Nous restons disponibles pour refaire un "
                "point sur votre projet dans quelques mois si vous le souhaitez. Cordialement, "
                "l'équipe de l'agence."
            ),
            "t es juste un rageux qui voulait son code sans bosser 🤣 ciao",
            (
                "Il apparaît manifestement que l'auteur de cet avis cherche, par des allégations "
                "mensongères, à obtenir un avantage financier indu."
            ),
            (
                "Oh fada, arrête un peu de mentir, tu voulais ton estimation gratuite et c'est "
                "tout, va !"
            ),
            (
                "Franchement, un client de même, on s'en passe. T'es juste un chialeux qui voulait "
                "pas payer nos honoraires."
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi there, and thank you for sharing your experience of renewing your home "
                "insurance with us. We understand how frustrating it is to see a premium go up, "
                "and we're sorry the renewal letter didn't explain the change more clearly. Rates "
                "across Ontario have risen this year because of storm claims, and our brokers are "
                "happy to shop your policy around other insurers. And thank you, truly, for "
                "teaching us that reading a renewal notice is apparently our job rather than yours "
                "— what would we do without you? If you give us a call, we'll sit down and go "
                "through every option line by line. Best regards, Maple Leaf Insurance Brokers, "
                "Toronto."
            ),
            "omg so sorry the bank didn't open at 3am just for u 😭🙏 we'll get right on that",
            (
                "We are, of course, deeply honoured that a reviewer of such evident expertise in "
                "property law has found the time to instruct us on how conveyancing ought to work."
            ),
            (
                "Well, what a surprise to hear that failing three tests in a row is somehow the "
                "instructor's fault. We'll be sure to look into that, y'all."
            ),
            (
                "Shame, hey, imagine the agony of an accountant actually asking for your bank "
                "statements. We'll try to cope with the guilt. Regards, Botha & Naidoo "
                "Accountants, Durban"
            ),
        ],
        "fr": [
            (
                "Bonjour et merci pour votre avis, nous lisons chaque retour avec attention. Nous "
                "comprenons que l'attente d'une place d'examen puisse être décourageante, surtout "
                "quand on a besoin du permis pour travailler. Nous avons ajouté des créneaux le "
                "samedi matin et tenons désormais une liste d'attente partagée. Bravo aussi pour "
                "votre découverte révolutionnaire : apparemment, un moniteur qui freine au feu "
                "rouge, c'est de l'excès de zèle. Notre secrétariat reste à votre disposition pour "
                "faire le point sur votre dossier. Bonne continuation, l'équipe de l'auto-école "
                "des Flandres, Lille."
            ),
            (
                "oh la la quel drame, 10 min d attente a la banque, on va ouvrir une cellule "
                "psychologique 😂"
            ),
            (
                "Nous vous remercions vivement de nous avoir éclairés de vos lumières en matière "
                "de droit des successions ; l'étude ne manquera pas de s'inspirer de votre immense "
                "expertise."
            ),
            (
                "Merci infiniment pour ce commentaire d'une rare finesse, nous l'avons affiché en "
                "salle de pause pour le plus grand plaisir de toute l'équipe. Régie du Lac, "
                "Neuchâtel"
            ),
            (
                "Ah pardon, on s'excuse beaucoup que le courtier n'ait pas deviné tout seul votre "
                "nouvelle adresse, vraiment nous sommes trop nuls hein 😅"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your honest feedback, and we're genuinely sorry your VAT return was "
                "submitted late. We know how worrying a penalty letter from HMRC can be for a "
                "small business owner, and we never want a client to feel that way. The delay "
                "happened because Fiona Baxter, who was handling your file, simply forgot to press "
                "submit before going on leave. We've already asked HMRC to cancel the penalty, and "
                "we'll cover it ourselves if they refuse. A partner will now review your returns "
                "personally each quarter. Kind regards, Ross, Managing Partner, Lothian Ledger "
                "Accountants, Edinburgh."
            ),
            "yeah that was Jake's fault tbh he double booked ur lesson 🙄 not on us",
            (
                "Following an internal review, we have established that the error in your policy "
                "documents was made solely by our junior broker, Mr Daniel Okoro, who has since "
                "been spoken to."
            ),
            (
                "We're so sorry. Between us, Priya on reception hasn't quite got the hang of the "
                "appointment diary yet, bless her."
            ),
            (
                "Ah look, it was Ciarán who lost the keys for the viewing, not the rest of us. "
                "He's been told. Sorry again. — Corrib Homes, Galway"
            ),
        ],
        "fr": [
            (
                "Bonjour Monsieur, merci d'avoir pris le temps de nous écrire, et toutes nos "
                "excuses pour ce désagrément. Nous savons combien il est stressant de découvrir, "
                "après un dégât des eaux, que la déclaration n'a pas été transmise à temps. C'est "
                "Julie Morel, notre gestionnaire, qui a oublié d'envoyer votre déclaration à "
                "l'assureur avant de partir en congés. Nous avons depuis relancé la compagnie et "
                "suivons votre dossier chaque jour. Nous vous tiendrons informé de chaque étape "
                "jusqu'à l'indemnisation. Bien cordialement, Marc, Cabinet Loire Assurances, "
                "Nantes."
            ),
            "dsl c Kevin qui s est planté sur ton planning, nous on y est pour rien 🤷",
            (
                "Après vérification, il s'avère que l'erreur de calcul figurant sur votre liasse "
                "fiscale est exclusivement imputable à Mme Sandrine Petit, collaboratrice du "
                "cabinet."
            ),
            (
                "Ah ça, c'est Jean-Marc qui a oublié de vous rappeler, hein, il est un peu tête en "
                "l'air, on lui a dit. Immo Sambre, Charleroi"
            ),
            (
                "Désolé, c'est notre préposée Mélanie qui vous a donné la mauvaise information au "
                "comptoir, elle est encore en formation."
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your feedback on your house purchase, and congratulations on "
                "getting the keys. We understand that waiting twelve weeks for completion was "
                "frustrating, especially with a removal van booked. The delay was partly down to "
                "the seller's solicitors, partly the local authority searches that took six weeks, "
                "partly the lender's valuer being off sick, partly the Land Registry backlog, "
                "partly the bank holiday and partly two of our conveyancers being called for jury "
                "service, so very little of it was actually within our control. We'd still like to "
                "hear how we could have kept you better informed, and our senior partner would be "
                "glad to call you. We hope you're settling into your new home. Kind regards, Taff "
                "Valley Solicitors, Cardiff."
            ),
            (
                "sorry but the instructor was late cos of roadworks AND the car needed petrol AND "
                "his last student ran over AND the satnav died so yeah not really our fault 🤷"
            ),
            (
                "Please note that the processing time reflected (i) the insurer's underwriting "
                "queue, (ii) outstanding documentation, (iii) regulatory anti-money-laundering "
                "checks, (iv) a system migration at the carrier, (v) seasonal volumes and (vi) "
                "postal delays, none of which fall within the broker's remit."
            ),
            (
                "Respected Sir, kindly note that the delay was due to the server being down, the "
                "Branch Manager being on leave, the month-end rush, pension day and an audit in "
                "the same week, hence the inconvenience was beyond our control."
            ),
            (
                "Look, the inspection ran late because the tenants weren't ready, our agent was "
                "stuck on the M1, the key safe code had been changed, the owner rang halfway "
                "through and it was bucketing down, so there wasn't much we could do."
            ),
        ],
        "fr": [
            (
                "Bonjour Madame, merci pour votre message et pour la confiance accordée à notre "
                "étude pour l'achat de votre maison. Nous comprenons que le report de la signature "
                "ait bouleversé votre organisation, et nous en sommes sincèrement désolés. Il faut "
                "dire que le retard venait de la banque qui a envoyé l'offre tard, du géomètre qui "
                "n'avait pas fini le bornage, de la mairie qui a tardé à répondre sur le droit de "
                "préemption, du syndic qui n'a pas transmis l'état daté et des congés de la "
                "Toussaint, si bien que nous n'y pouvions pas grand-chose. Nous restons joignables "
                "pour toute question sur les suites de la vente. Nous vous souhaitons beaucoup de "
                "bonheur dans votre nouvelle maison. Bien cordialement, l'étude de Maître "
                "Castagné, Toulouse."
            ),
            (
                "mais c pas nous !! le moniteur etait malade, la voiture au garage, la prefecture "
                "a bougé les dates et en plus y avait grève 😩 on peut rien y faire"
            ),
            (
                "Nous tenons à préciser que ce délai résulte successivement de la transmission "
                "tardive de vos pièces justificatives, de la migration de notre logiciel de "
                "production, de la surcharge liée à la période fiscale, de l'indisponibilité de "
                "l'administration et des contraintes réglementaires propres à notre profession."
            ),
            (
                "Nous comprenons votre agacement, mais il faut savoir que le concierge était en "
                "vacances, que le propriétaire était injoignable, que le chauffagiste avait du "
                "retard, que la gérance changeait de logiciel et qu'il y a eu le Jeûne genevois au "
                "milieu."
            ),
            (
                "Bonjour, la lenteur vient du réseau qui était coupé, du groupe électrogène en "
                "panne, du délestage, de la fin du mois et du changement de système à la direction "
                "générale, donc ce n'était vraiment pas de notre faute. Agence de Cotonou"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to write to us about your visit to our Kitsilano "
                "branch. We know how important it is to feel welcome when you're discussing "
                "something as personal as your finances, and we're sorry the visit left you "
                "feeling otherwise. Our team is committed to giving every client the time and "
                "privacy they deserve. That said, none of our advisors would ever speak to a "
                "client in the tone you describe, so that simply did not happen. We'd be glad to "
                "set up a fresh appointment at a time that suits you, in a private office. Warm "
                "regards, the Kitsilano branch team, Vancouver."
            ),
            "nah never happened, our instructors don't touch their phones during lessons. end of 📵",
            (
                "The firm categorically rejects the assertion that any fee was charged without "
                "prior written agreement; this is not possible under our engagement process."
            ),
            (
                "We're sorry you feel that way, but our agents never show a property without the "
                "landlord's consent, so what you describe cannot have occurred."
            ),
            (
                "Dear Madam, it is impossible that your claim file was misplaced, as our office "
                "maintains all records digitally. No such incident has occurred. Regards, Claims "
                "Desk, Chennai"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de laisser un avis sur notre accompagnement "
                "pour la création de votre micro-entreprise. Nous savons que les premières "
                "démarches administratives peuvent paraître intimidantes, et nous faisons de notre "
                "mieux pour les rendre simples. Notre équipe prépare chaque dossier avec soin et "
                "reste joignable par téléphone toute la semaine. En revanche, nos collaborateurs "
                "ne facturent jamais un rendez-vous sans l'avoir annoncé, donc ce que vous "
                "décrivez n'a tout simplement pas pu se produire. Nous serions heureux de faire le "
                "point avec vous sur la suite de votre activité. Bien à vous, le cabinet Garrigue "
                "Conseil, Montpellier."
            ),
            (
                "n'importe quoi, aucun moniteur n'a jamais crié sur un élève ici, ça s'est jamais "
                "passé 🙄"
            ),
            (
                "L'agence conteste formellement les faits allégués : aucune opération n'a été "
                "effectuée sur votre compte sans votre autorisation, une telle situation étant "
                "matériellement impossible."
            ),
            (
                "Désolé mais ça, c'est impossible : chez nous, on ne fait jamais de visite sans "
                "prévenir le locataire. Point. Immo Ourthe, Liège"
            ),
            (
                "Ca n est jamais arrive. Nos courtiers envoient toujours les documents le jour "
                "meme, sans exception."
            ),
        ],
    },
}

BLIND117_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the kind words! We're delighted your tax return was filed well "
            "ahead of the deadline, and we look forward to helping again next year. — The team at "
            "Pennine Accounts, Huddersfield"
        ),
        (
            "Thanks for your feedback. Just so you know, every client can join our refer-a-friend "
            "scheme: £25 off your next invoice for each friend who signs up, whatever you think of "
            "us. Details are at reception."
        ),
        (
            "We're sorry you couldn't get through on Monday. Our phone lines are open 8.30am to "
            "5.30pm on weekdays on 0161 496 0732, or you can e-mail hello@northgateestates.co.uk "
            "and a negotiator will reply the same day."
        ),
        (
            "Cheers for the lovely review! We'll pass your thanks on to Dave. He's been teaching "
            "nervous drivers for twenty years and he'll be chuffed you passed first time. 🚗🎉"
        ),
        (
            "We're very sorry. Sophie sent your draft contract to the wrong address, and that is "
            "our responsibility as a firm, not hers alone. Every document is now checked by a "
            "second person before it goes out. Please call our practice manager on 029 2018 4400 "
            "so we can put things right."
        ),
        (
            "Thank you for letting us know. We've refunded the cancellation fee for your lesson in "
            "full, and it should reach your account within three working days. Sorry for the "
            "hassle."
        ),
        (
            "We're sorry your mortgage appointment started 25 minutes late. Our adviser was held "
            "up with a client whose application had an urgent problem, and we should have told you "
            "sooner. Next time we'll ring ahead if we're running behind."
        ),
        (
            "Thank you for your review. Under the terms of your engagement letter, fees for "
            "additional work are agreed in writing before we start, and we'd be happy to go "
            "through the invoice with you line by line if anything isn't clear."
        ),
        (
            "We're so sorry to hear about the break-in. Your contents policy should cover the "
            "stolen laptop, and our claims team will help you with the form. Just give us a call "
            "on 1800 555 214 and we'll take it from there."
        ),
        (
            "That's awful, and we're so sorry it happened outside our branch. Please report the "
            "theft to the police and call the 24-hour fraud line on the back of your card; our "
            "CCTV footage can be shared with the police on request if it helps."
        ),
        (
            "Thanks for the five stars! We'll admit our office coffee is still the worst in Cork, "
            "but we promise the conveyancing is a lot better than the espresso. ☕"
        ),
        (
            "Thank you for the three-star review. We'd love to know what would have made it a five "
            "for you, so we can keep improving. Feel free to drop us a line any time."
        ),
        (
            "Thank you for your feedback. Our records show the valuation report was sent on the "
            "day we agreed, though it may well have gone astray, so we'd really like to check with "
            "you. Could you give us a call so we can look into it together?"
        ),
        (
            "Please accept our heartfelt condolences on the loss of your father. We know how hard "
            "it is to deal with an estate while grieving, and we're here whenever you're ready. "
            "Warm regards, Helen, Fairweather & Co Solicitors."
        ),
        (
            "Congratulations on your first home! 🏡 It was a pleasure to help you find it, and we "
            "hope you'll be very happy there. Enjoy the housewarming!"
        ),
        (
            "We understand it was disappointing to have the lesson cut short. Our instructors have "
            "to stop a lesson if a learner is wearing flip-flops, as they can slip off the pedals. "
            "We're sorry we didn't mention this when you booked, and it's now in our confirmation "
            "texts."
        ),
        (
            "We're sorry the fee for your annual accounts went up this year without much notice. "
            "Our software and insurance costs have risen, but we should have written to explain "
            "earlier. If the new fee is a problem, please talk to us and we'll look at a payment "
            "plan."
        ),
        (
            "Thank you for such detailed and thoughtful feedback. Your points about the online "
            "banking sign-up process are really useful, and we've shared them with our digital "
            "team."
        ),
        "Thanks for the review. Glad we could help. — Kerr Insurance Brokers",
        "yesss congrats on passing!! 🥳🚦 so proud of u, drive safe!!",
        (
            "We appreciate your feedback regarding the onboarding process. We have reviewed the "
            "matter and introduced a dedicated point of contact for all new business clients. "
            "Please contact our client services team at clients@harbourline.co.za should you wish "
            "to discuss it further."
        ),
        (
            "Dear Customer, thank you for your valuable feedback. We regret the inconvenience "
            "caused at the branch. Kindly contact the Branch Manager on 044 2434 5678 between 10 "
            "am and 4 pm so that we may resolve your concern at the earliest."
        ),
        (
            "Kia ora and thanks heaps for the review! Stoked we found the right cover for the "
            "bach. Chat soon, the team at Kiwi Cover Brokers."
        ),
        (
            "We're sorry the keys weren't ready when you arrived to move in. That's not the start "
            "you deserved. We've set up a key handover checklist so it doesn't happen again, and "
            "our lettings manager would like to apologise in person: please e-mail "
            "lettings@rowanproperty.co.uk with a good time to call."
        ),
        (
            "Thank you for your review. All our pupils can get 10% off a block of ten lessons, "
            "whether they're new or returning. Just mention it when you book."
        ),
        (
            "We're sorry you found the office closed. We've moved to 14 Castle Street, and our new "
            "hours are Monday to Friday, 9am to 5pm, with Saturday mornings by appointment."
        ),
        (
            "Thank you for your message. As solicitors we are bound by client confidentiality, so "
            "we can't discuss any matter here, but we'd welcome a call on 01632 960 118 to talk it "
            "through."
        ),
        (
            "Thanks so much for the kind words about Aisha! She really does go above and beyond, "
            "and we'll make sure she sees this. 🌟"
        ),
        (
            "We've reversed the overdraft charge applied in error and apologise for the worry it "
            "caused. Please pop into the branch or give us a ring if you notice anything else."
        ),
        (
            "Ah, thanks a million for the lovely review! Delighted the sale went through so "
            "smoothly, and the best of luck in the new place. — Mairéad and all at Shannon Homes"
        ),
        (
            "We're sorry you felt the fee was high. Our conveyancing quotes include searches and "
            "Land Registry fees, which some firms list separately, but we appreciate we could have "
            "explained that better. Do get in touch if you'd like a breakdown."
        ),
        (
            "Thank you for flagging the damage to your car in our car park. We've checked our CCTV "
            "and passed the footage to your insurer as you asked; let us know if there's anything "
            "else we can do."
        ),
        (
            "We're really sorry Tom was late for your lesson. That's on us as a school, not on "
            "him, and we've credited you a free hour. We've also changed how we schedule "
            "back-to-back lessons."
        ),
        (
            "Well, thank y'all so much for the kind review! We sure enjoyed helping you get your "
            "bookkeeping in order, and we'll see you come tax time. — The folks at Magnolia Tax & "
            "Accounting, Mobile"
        ),
        (
            "Thanks so much for the lekker review! We're glad the bond came through in time and "
            "wish you many happy years in your new home. Regards, Protea Home Loans"
        ),
        "Sorry for the delay. Sorted now. Thanks for your patience.",
        (
            "Thank you! We're told our waiting-room magazines are from 2019, so we're glad the "
            "mortgage advice was more up to date. 😄"
        ),
        (
            "We apologise that your test was cancelled at short notice. The examiner was unwell "
            "and the test centre moved all bookings that morning. We know how frustrating that is, "
            "and we've booked you a priority lesson before your new date."
        ),
        (
            "Thanks for taking the time to write such a thorough review of your claim experience. "
            "It's really helpful to know the online form was confusing, and we're now rewriting it "
            "in plainer English."
        ),
        (
            "Thanks for the great review, eh! We're so glad our team could help you move your RRSP "
            "without any hassle. Have a wonderful winter."
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour votre message ! Toute l'équipe est ravie que la vente de votre "
            "appartement se soit si bien passée. Au plaisir de vous recroiser dans le quartier. — "
            "L'agence Croix-Rousse Immobilier"
        ),
        (
            "Merci pour votre retour. Pour information, notre programme de parrainage est ouvert à "
            "tous nos élèves : 30 € de réduction pour vous et pour la personne parrainée dès son "
            "inscription, que vous nous laissiez un avis ou non."
        ),
        (
            "Nous sommes désolés que vous n'ayez pas réussi à nous joindre. Notre standard est "
            "ouvert du lundi au vendredi de 9 h à 18 h au 04 76 52 31 08, et vous pouvez aussi "
            "nous écrire à contact@cabinet-dauphine.fr."
        ),
        (
            "Merci pour ce joli message ! Nous transmettons vos compliments à Nadia, qui sera "
            "ravie de savoir que ses conseils vous ont aidé à réussir le code du premier coup. 🎉"
        ),
        (
            "Nous vous présentons toutes nos excuses. Notre collaboratrice Claire a effectivement "
            "envoyé le mauvais document, mais c'est au cabinet d'en assumer la responsabilité. "
            "Nous avons mis en place une double vérification avant chaque envoi. Appelez-nous "
            "quand vous voulez pour en parler."
        ),
        (
            "Bonjour, nous avons procédé au remboursement intégral des frais de dossier la semaine "
            "dernière. Encore toutes nos excuses pour ce contretemps."
        ),
        (
            "Nous sommes désolés pour l'attente à l'accueil samedi matin. Deux conseillers étaient "
            "absents pour raison de santé et nous n'avons pas pu les remplacer à temps. Nous "
            "aurions dû prévenir, et nous nous en excusons."
        ),
        (
            "Merci pour votre avis. Conformément au Code de la consommation, vous disposez d'un "
            "délai de rétractation de quatorze jours, et nous restons à votre disposition pour "
            "vous accompagner dans cette démarche si vous le souhaitez."
        ),
        (
            "Nous sommes navrés pour ce sinistre. Votre contrat habitation prévoit bien la prise "
            "en charge des dégâts des eaux, et notre gestionnaire vous aidera volontiers à "
            "constituer le dossier. Contactez-nous au cabinet pour avancer ensemble."
        ),
        (
            "Nous sommes vraiment désolés pour ce vol. Nous vous conseillons de porter plainte au "
            "commissariat et de faire opposition au numéro indiqué au dos de votre carte ; les "
            "images de vidéosurveillance de l'agence peuvent être transmises aux enquêteurs sur "
            "réquisition."
        ),
        (
            "Merci pour les cinq étoiles ! On reconnaît que notre machine à café est plus "
            "capricieuse que le marché immobilier, mais promis, on s'améliore. ☕😄"
        ),
        (
            "Merci pour votre note de trois étoiles. Nous aimerions savoir ce qui vous aurait fait "
            "mettre cinq, afin de nous améliorer ; n'hésitez pas à nous écrire."
        ),
        (
            "Merci pour votre retour. D'après notre dossier, le compromis vous a été envoyé le "
            "jour convenu, mais il a pu se perdre en route, et nous aimerions vérifier avec vous. "
            "Pourriez-vous nous appeler pour que l'on regarde cela ensemble ?"
        ),
        (
            "Toutes nos sincères condoléances pour la perte de votre mère. Nous savons combien le "
            "règlement d'une succession est difficile dans ces moments-là, et l'étude reste à vos "
            "côtés. Bien respectueusement, Maître Rousseau et son équipe."
        ),
        (
            "Félicitations pour ton permis !!! 🎉🚗 Toute l'équipe est fière de toi, et surtout "
            "prudence sur la route 😉"
        ),
        (
            "Nous comprenons votre déception. Pour des raisons de sécurité, nos moniteurs ne "
            "peuvent pas commencer une leçon en tongs, qui risquent de glisser des pédales. Nous "
            "aurions dû vous le préciser à l'inscription ; c'est désormais indiqué dans le SMS de "
            "confirmation."
        ),
        (
            "Nous sommes désolés que la hausse de nos honoraires vous ait surpris. Elle s'explique "
            "par l'augmentation du coût de nos logiciels, mais nous aurions dû vous en informer "
            "plus tôt. Si cela vous pose difficulté, parlons-en pour trouver un échéancier."
        ),
        (
            "Merci infiniment pour ce retour si complet et constructif. Vos remarques sur "
            "l'application mobile ont été transmises à nos équipes et vont nous aider à la rendre "
            "plus simple."
        ),
        "Merci pour votre avis. Bonne journée. — Cabinet Morin",
        "merci bcp pour ton avis 🙏 trop contents pour toi, bonne route !! 🚙💨",
        (
            "Nous accusons bonne réception de votre avis et vous prions de bien vouloir accepter "
            "nos excuses pour les désagréments rencontrés. Le service concerné a été informé et un "
            "suivi renforcé a été mis en place. Nous vous invitons à prendre contact avec le "
            "secrétariat de l'étude aux heures d'ouverture afin d'examiner votre situation."
        ),
        (
            "On est bien contents que tout se soit bien passé pour la vente, savez-vous. Bonne "
            "installation et à bientôt peut-être ! L'équipe d'Immo Brabant, Wavre"
        ),
        (
            "Un grand merci pour votre retour. Nous sommes ravis que l'état des lieux de sortie se "
            "soit bien déroulé et vous souhaitons plein de bonnes choses dans votre nouveau "
            "logement. Meilleures salutations, Régie des Alpes, Sion"
        ),
        (
            "Merci ben gros pour ton beau commentaire ! On est vraiment contents d'avoir pu "
            "t'aider avec ta déclaration d'impôts. À l'an prochain ! — L'équipe de Comptabilité "
            "Laurentides"
        ),
        (
            "Merci beaucoup pour ce témoignage, cela nous fait chaud au cœur. Toute l'équipe de "
            "l'agence de Yaoundé vous souhaite une excellente continuation et reste à votre "
            "disposition."
        ),
        (
            "Merci pour votre retour et desole pour l attente au telephone. On a ajoute une ligne "
            "le lundi matin, ca devrait aller mieux maintenant."
        ),
        (
            "Nous sommes désolés que vous ayez trouvé porte close. L'agence a déménagé au 12 place "
            "du Marché, et nous sommes ouverts du mardi au samedi de 9 h à 12 h 30 et de 14 h à 18 "
            "h."
        ),
        (
            "Merci pour votre message. Tenus au secret professionnel, nous ne pouvons évoquer "
            "aucun dossier ici, mais nous serions heureux d'en parler avec vous par téléphone au "
            "cabinet."
        ),
        (
            "Toutes nos excuses pour le retard de Thomas : c'est une erreur de planning de notre "
            "part, pas la sienne. Nous vous avons crédité une heure de conduite en compensation."
        ),
        (
            "Nous sommes sincèrement désolés que les clés n'aient pas été prêtes le jour de votre "
            "emménagement. Nous avons mis en place une liste de vérification pour chaque remise de "
            "clés. Notre responsable location aimerait s'excuser de vive voix ; écrivez-nous à "
            "location@immo-garonne.fr."
        ),
        (
            "Merci pour votre message. Pour information, tous nos clients bénéficient de 10 % de "
            "réduction sur la déclaration de revenus à partir de la deuxième année, sans "
            "condition."
        ),
        (
            "Merci de nous avoir signalé la rayure sur votre véhicule. Nous avons visionné les "
            "images de la caméra du parking et les avons transmises à votre assureur, comme vous "
            "l'avez demandé."
        ),
        (
            "Merci pour les étoiles ! On sait, notre ascenseur est plus lent qu'un compromis de "
            "vente en août, on a enfin appelé le réparateur. 😅"
        ),
        (
            "Bonjour, on a remboursé les frais d'annulation hier, vous devriez les voir dans votre "
            "compte d'ici deux ou trois jours ouvrables. Désolé pour le trouble."
        ),
        (
            "Madame, Monsieur, nous vous prions de recevoir nos plus sincères excuses pour le "
            "délai de traitement de votre demande de prêt. Un conseiller dédié a été désigné pour "
            "assurer le suivi de votre dossier. Nous restons à votre entière disposition."
        ),
        (
            "Merci vielmols pour ce gentil mot ! Toute l'équipe de l'auto-école est ravie pour "
            "vous. Gueti Fàhrt, et à bientôt peut-être pour le permis moto !"
        ),
        (
            "Nous sommes désolés que votre examen ait été annulé à la dernière minute. "
            "L'inspecteur était malade et le centre a reporté toutes les épreuves de la matinée. "
            "Nous vous avons déjà réservé une leçon prioritaire avant la nouvelle date."
        ),
        (
            "Nous comprenons votre surprise face à la hausse de la prime. Les assureurs ont relevé "
            "leurs tarifs après les tempêtes de l'hiver dernier, et nous aurions dû mieux vous "
            "l'expliquer. Nous pouvons comparer d'autres offres pour vous si vous le souhaitez."
        ),
        (
            "Nous respectons votre avis, même si nous voyons les choses un peu différemment : les "
            "frais de notaire sont surtout des taxes reversées à l'État. Nous serions heureux de "
            "vous en détailler le calcul lors d'un rendez-vous."
        ),
        (
            "Merci beaucoup pour vos bénédictions, c'est nous qui vous remercions pour votre "
            "fidélité. Que votre nouvelle entreprise prospère ! Le cabinet reste là pour vous "
            "accompagner. — Cabinet Ndiaye Expertise, Dakar"
        ),
    ],
}
