"""Blind reply set, round 52: owner replies the pre-post check has never seen.

Who and when: written by helper 18w52, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check); this is round 50 of the project's
blind rounds.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
eight kinds of business: a private clinic for cosmetic treatments, an estate
agency, a ferry company, a burger bar, a children's nursery, an accountant, a
climbing gym and a furniture shop.  Each French reply was written directly in
French, not translated.  All names, phone numbers (UK and French ranges set
aside for fiction), e-mail addresses, booking references and addresses are
invented; no real person's data is used.  The writer read only the first
seventy-five lines of tests/replies/blind_round20.py, to copy its format, and
the [tool.ruff] section of pyproject.toml, for the line length.  The writer
did NOT read the application code (workstation/), docs/, training/, bench/,
resources/, any other test file or earlier blind set, any other helper's
worktree, the git history or /work/.library; did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff); and did not search the code.  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from formal to casual: very formal corporate and legal English
and administrative French, polite professional replies, warm chatty ones,
slang, texting with emoji, Yorkshire, Australian and Scottish English,
Quebec, Belgian, Swiss, Marseille and Breton French; veiled and indirect
phrasings; short one-liners; and, for every code and language, one long warm
reply (the first of each list) whose fault sits in a single sentence in the
middle.  For personal_data the disclosed detail varies: health and
medication, money and a mortgage, a booking with party and car, a family
separation and custody arrangement, a phone number, a company's tax
reassessment, an injury, a home address and phone, a dated visit with a door
code, and a child's placement by social services.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail or opening
hours, staff praised by first name, an employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, professional secrecy, CCTV, the police or the
maritime gendarmerie mentioned to help the customer, a joke at the business's own expense, a star
rating quoted neutrally, polite factual corrections that keep the door open,
short warm thanks, congratulations, condolences, safety rules explained
kindly and a price rise explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND52_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for taking the time to write about your first visit to the clinic. We're delighted the consultation put you at ease and that your skin-booster results are already looking so natural. If you'd be willing to update your rating to five stars, we'd happily take 20% off your next treatment as a little thank-you. Our whole team works hard to make every appointment feel calm and unhurried, so your kind words mean a great deal. We look forward to welcoming you back in the spring.",
            "Cheers for the review mate! Bump it up to 5⭐ and your next double smash is on us 🍔🔥",
            "Sorry the auto-belays were out of action that evening. Should your review come to reflect a more positive visit, we'd be glad to extend your membership by a month at no charge.",
            "We regret the delay to the 07:40 sailing. Passengers who kindly revise their published feedback become eligible for a complimentary cabin upgrade on a future crossing.",
            "Ey up, sorry about the wobbly leg on that table. Get this review took down and we'll chuck in a set of chair pads for nowt, no bother.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce message si touchant. Toute l'équipe de la section des moyens est ravie que votre petit se soit aussi bien adapté et qu'il rentre le soir en chantant les comptines de la journée. Si vous acceptez de passer votre avis à cinq étoiles, nous vous offrirons un mois de repas à la crèche. Nous mettons tout notre cœur à accompagner chaque enfant à son rythme, et vos mots nous encouragent beaucoup. À très bientôt dans le hall !",
            "Merci frérot 🙏 mets 5 étoiles et ton prochain menu smash est offert, t'as juste à montrer l'avis au comptoir 🍔",
            "Nous prenons bonne note de vos remarques. Dans l'hypothèse où votre appréciation viendrait à évoluer favorablement, le cabinet serait disposé à ne pas facturer votre prochaine déclaration de revenus.",
            "Bin voyons, on s'excuse pour le retard à la visite ! Si vous modifiez votre commentaire, on vous rembourse les frais de dossier, c'est promis.",
            "Oh fan de chichourle, désolés pour l'attente au bloc ! Enlève ce commentaire et on t'offre une séance avec la location des chaussons, promis juré.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your experience of selling your flat with us. We're genuinely sorry the completion dragged on longer than anyone wanted, and we know how stressful a chain can be. Please be aware that our solicitors have been copied into this thread and are reviewing whether your comments about our fees are defamatory. Our valuers take great pride in their work and we'd always rather resolve concerns directly. We hope the move itself went smoothly and wish you every happiness in your new home.",
            "Lol we got cameras bro, we know exactly which table you were sat at. Think carefully before posting again 👀",
            "We would gently remind you that your engagement letter contains a confidentiality clause, and that any further public statements concerning this firm may have consequences you would prefer to avoid.",
            "We have your vehicle registration on file from the booking, and our security team is well aware of your conduct on the car deck. We'd strongly suggest you remove this post.",
            "It would be such a shame for the other parents to hear how this review really came about. Perhaps it's best we all just move on, don't you think?",
        ],
        "fr": [
            "Madame, nous vous remercions d'avoir pris le temps de revenir vers nous après votre séance au sein de la clinique. Nous comprenons tout à fait qu'une légère rougeur puisse inquiéter, et notre médecin reste disponible pour en parler avec vous. Nous tenons toutefois à vous informer que notre avocat a été saisi et qu'une plainte pour dénigrement sera déposée si ce commentaire n'est pas retiré sous huit jours. Toute notre équipe a à cœur la sécurité et le confort de ses patientes. Nous vous souhaitons une très bonne fin de semaine.",
            "T'inquiète on sait très bien qui t'es, tu grimpes le jeudi soir. On en reparlera à ta prochaine séance 😉",
            "Nous vous informons que vos propos font actuellement l'objet d'une analyse par notre service juridique, lequel se réserve le droit d'engager toute action qu'il jugera utile à votre encontre.",
            "Savez-vous, on a gardé une copie de tous vos relevés, hein. Ce serait dommage que certaines choses sortent, alors réfléchissez bien avant d'écrire, une fois.",
            "Nous avons transmis votre avis, ainsi que les images de la caméra du pont, à la capitainerie. Elle sera sans doute ravie de pouvoir mettre un nom sur votre visage.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you so much for your thoughtful review, and we're truly sorry your recovery didn't feel as smooth as you'd hoped. Our nurses take aftercare very seriously and we'd love the chance to put things right. As you'll remember, the swelling after your lip filler on 14 March was made worse by the blood thinners you told us about at your consultation, which is why we'd advised waiting. We'd really welcome you back for a free review appointment whenever suits you. Wishing you a speedy return to feeling like yourself.",
            "Sorry you feel the offer process was slow, but you did go in at £38,000 under asking on the Elm Grove house with a mortgage in principle that hadn't even been approved yet.",
            "Hi Mr Thornbury, we've checked booking KFL-20931 for two adults, one child and a silver Skoda on the 18:15 from Kilmory, and can confirm the cabin supplement was refunded to your card ending 4417.",
            "We understand things have been difficult since you and Dan separated, and we've already made a note that only you can collect Mia on Tuesdays and Thursdays.",
            "Soz bout the order mix-up Jodie! Gave u a bell on 07700 900418 but no answer, try us back x",
        ],
        "fr": [
            "Bonjour Monsieur, merci d'avoir pris le temps de nous faire part de votre ressenti sur cette première année de collaboration. Nous comprenons que la période de clôture ait été stressante, les délais étaient serrés pour tout le monde. Pour rappel, le redressement de 4 200 € sur votre SARL de plomberie de Vénissieux portait sur les frais de véhicule de 2024, point que nous reverrons ensemble. Notre équipe reste à votre entière disposition au cabinet. Belle fin d'année à vous et à votre famille.",
            "Désolés pour ta chute Karim, mais avec ta tendinite à l'épaule droite on t'avait conseillé de rester sur les voies faciles 🙏",
            "Madame Perrin, nous avons tenté de vous joindre au 06 39 98 12 47 ainsi que par courrier au 14 rue des Tilleuls, sans réponse à ce jour.",
            "Vous êtes bien passée le samedi 8 novembre vers 16 h avec votre mari, la dame au manteau rouge qui a pris le canapé d'angle gris ? Livraison au 3e étage, code 4512B, c'est noté.",
            "Nous comprenons votre colère, mais depuis le placement de votre fils par l'Aide sociale à l'enfance, nous sommes tenus de suivre les consignes de l'assistante sociale.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for stopping by our showroom and for taking the time to leave a review. We're sorry the oak sideboard arrived with a scuff on the corner; that's never the standard we aim for. Frankly, though, anyone who's dealt with you knows you exaggerate everything to wangle a discount. We've already arranged for our furniture restorer to visit next week. Enjoy the rest of your new dining set.",
            "Mate you were so hammered you couldn't find the door, don't come on here chatting rubbish about our burgers 🙄",
            "It is regrettable that a client so consistently unable to supply his own receipts on time should now seek to hold others responsible for his disorganisation.",
            "You're clearly a rival agent posting fake reviews, and frankly it's pathetic.",
            "Honestly mate, you're a bludger and a whinger, and the whole gym's glad you've moved on.",
        ],
        "fr": [
            "Bonjour et merci d'avoir voyagé avec nous jusqu'à l'île. Nous sommes navrés que la traversée ait été agitée, la houle était particulièrement forte ce jour-là. Cela dit, vous êtes manifestement le genre de passager malhonnête qui invente des histoires pour obtenir un remboursement. Notre équipage fait toujours de son mieux pour le confort de chacun à bord. Nous vous souhaitons de belles vacances malgré tout.",
            "T'es un gros rageux frère, t'as jamais mangé chez nous, arrête de mytho 🤡",
            "Il est manifeste que vous êtes de mauvaise foi, et nous ne saurions accorder le moindre crédit aux allégations d'une personne aussi peu scrupuleuse.",
            "Franchement, vous êtes une maman à problèmes, toute l'équipe le sait depuis la rentrée, hein.",
            "Certains clients entretiennent, disons, un rapport assez créatif avec la vérité. Nous vous laissons vous reconnaître.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your feedback about the autumn term, and for being part of our nursery family. We always want parents to feel informed, so we're sorry the newsletter about the closure day didn't reach you in time. And congratulations on being the first parent in history to think a nursery should stay open on a bank holiday, truly groundbreaking stuff. Our room leaders are always happy to talk through the term calendar at pick-up. Thanks again and have a lovely half term.",
            "Wow, a 20 min wait on a Saturday night, how did you ever survive 😂 hope you've recovered x",
            "We are, of course, deeply sorry that we were unable to calm the North Sea for your personal convenience, and shall raise the matter with the weather at our earliest opportunity.",
            "Shocking news: climbing walls are, in fact, quite tall. Thanks for the heads-up, we'll let the wall know 🧗",
            "So sorry the three-bed detached with a garden wasn't available for £900 a month. We'll keep checking down the back of the sofa for one.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur votre commande de bibliothèque. Nous sommes désolés que le montage vous ait pris plus de temps que prévu, et nous comprenons que la notice n'était pas des plus claires. Bravo d'ailleurs d'avoir réussi à visser toutes les étagères à l'envers, ce n'est pas donné à tout le monde ! Notre service client peut vous envoyer une notice illustrée plus détaillée. Bonne soirée à vous.",
            "Ah oui quel scandale, des frites trop salées, on appelle l'ONU tout de suite 😂",
            "Nous prenons acte avec le plus grand intérêt de vos compétences fiscales manifestement supérieures aux nôtres, et ne manquerons pas de vous consulter à l'avenir.",
            "Étonnant, une seule séance n'a pas effacé vingt ans ? Nous voilà sous le choc, vraiment.",
            "Ben oui, c'est don' ben injuste, un mur d'escalade qui monte. On va te l'installer à plat la prochaine fois, promis 😉",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for travelling with us and for taking the time to write such a detailed review. We're so sorry your family's crossing didn't get off to the best start, especially with little ones in tow. The mix-up with your cabin was entirely down to Gareth at the booking desk, who has now been given a formal warning. The rest of the crew were delighted to hear you enjoyed the dolphins off the headland. We hope to welcome you aboard again next summer.",
            "Yeah that was Tyler on the grill, he's been sacked 🤷 won't happen again",
            "Please be assured that the junior associate responsible, Ms Okafor, has been removed from your file and is subject to internal disciplinary procedures.",
            "Our apologies. Chloe in the baby room is new and clearly not up to the job yet, so we're keeping a very close eye on her.",
            "Our delivery driver that day (Mick, for those who know him) has now had his last chance, let's just say.",
        ],
        "fr": [
            "Bonjour Madame, et merci pour ce retour détaillé sur la vente de votre maison. Nous sommes sincèrement désolés que le compromis ait pris autant de retard, nous savons combien ces semaines d'attente sont éprouvantes. L'erreur sur le diagnostic vient entièrement de notre négociateur Julien, qui a été sanctionné et ne suivra plus aucun dossier. Le reste de l'équipe reste mobilisé pour que la signature chez le notaire se passe au mieux. Nous vous souhaitons beaucoup de bonheur dans votre nouvelle vie.",
            "Dsl c Kevin qui a oublié ta sauce, il a pris un savon et il est à la plonge toute la semaine mdr",
            "La praticienne concernée, Mme Lefort, a fait l'objet d'une procédure disciplinaire et n'exerce plus au sein de notre établissement.",
            "Le nœud mal vérifié, c'est Théo à l'accueil, on lui a remonté les bretelles, t'inquiète.",
            "Sachez que la puéricultrice de la section des bébés, Nadia, a été changée de groupe suite à ses nombreux manquements, hein.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for coming in for Burger Tuesday, and for the kind words about our brioche buns. We're sorry your fries were cold when they reached the table. The fryer had been playing up all week, two of the team called in sick, a coach party turned up unannounced, the card machine went down at seven, the supplier shorted us on potatoes and, honestly, the new extractor fan makes it impossible to hear the ticket printer. We'd love to see you again and get it right next time. Cheers!",
            "The delay resulted from adverse tidal conditions, a late-arriving inbound vessel, a mechanical inspection required by the maritime authority, a shortage of linkspan staff, heavier-than-forecast freight volumes and a fire alarm test scheduled by the port operator. Furthermore, the conditions of carriage state that times are subject to change, as printed on your ticket, displayed in the terminal and announced twice on board.",
            "In our defence the vendor kept changing their mind, the surveyor was on holiday, the council searches took six weeks, the solicitor's email was down, the buyer below you pulled out and it was half term as well.",
            "We hear you, but snack was late because the cook was off, the delivery van was stuck on the ring road, one room was short-staffed, the regulations don't let us swap menus at short notice, the fridge thermometer needed checking and the kids were extra hungry after outdoor play.",
            "ok so the showers were cold bc the boiler's ancient, the plumber bailed, the landlord won't pay, the part's on backorder from Germany, it was -2 outside AND we had a comp on that wknd soooo yeah 🤷",
        ],
        "fr": [
            "Merci beaucoup d'avoir pris le temps de nous écrire après votre rendez-vous. Nous sommes désolés pour ces quarante minutes d'attente en salle. Il faut dire que notre médecin sortait d'une urgence, que deux patientes étaient arrivées en avance, que le logiciel de rendez-vous avait planté le matin, que l'assistante était en formation, que le laser devait être recalibré et que le parking de la rue était fermé pour travaux. Nous ferons tout pour que votre prochaine visite soit plus fluide. Belle journée à vous.",
            "Le retard de dépôt s'explique par la refonte du portail de l'administration fiscale, l'absence prolongée de notre collaboratrice, la transmission tardive des justificatifs, la saturation de notre messagerie, la période de clôture, les nouvelles obligations de facturation électronique ainsi que les congés de l'associé signataire.",
            "Alors oui la livraison a eu du retard, mais le transporteur a changé, le camion est tombé en panne, le fournisseur italien était en grève, il a neigé, le quai de chargement était bloqué et en plus c'était la semaine des soldes.",
            "Bah en vrai c la faute du livreur, de l'appli qui bug, de la friteuse qui a lâché, du boulanger en retard et du match qui a ramené tout le quartier d'un coup, on pouvait rien faire nous 🤷",
            "La traversée a été annulée à cause du coup de vent, de la marée de coefficient 110, de l'avarie sur la passerelle, du retard du bateau précédent, de l'équipage réduit par la grippe et de l'arrêté du préfet maritime, voyez-vous, alors on n'y est pour rien, dame.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for your review, and for trusting us with your tax affairs. We understand how unsettling it is to receive a letter from the tax office, and we're genuinely sorry it caused you worry. However, we did not miss the filing deadline; that simply did not happen. Our team is always happy to walk clients through their return line by line. We wish you a calm and prosperous new year.",
            "Nah that never happened, we don't even sell onion rings lol",
            "We categorically refute the claim that any bruising resulted from treatment at our clinic. No such incident occurred.",
            "There was no scratch on that table when it left our warehouse. Full stop.",
            "None of our staff has ever been rude to a customer, so this simply isn't true.",
        ],
        "fr": [
            "Salut et merci d'avoir pris le temps de laisser un avis ! On est super contents que l'ambiance du mardi soir t'ait plu et que tu aies progressé sur les blocs jaunes. Par contre, le tapis n'était pas déchiré, ça n'est jamais arrivé. Toute l'équipe bosse dur pour garder la salle au top, et on ouvre une nouvelle zone en janvier. À très vite sur les murs !",
            "Nous contestons formellement l'intégralité des faits rapportés : aucune visite n'a été annulée par notre agence.",
            "Votre enfant n'a jamais été laissé seul, c'est tout simplement faux.",
            "Impossible, on ferme jamais avant 23 h, t'as dû confondre avec un autre resto.",
            "Aucun passager n'a été refusé à l'embarquement ce jour-là. Ce que vous décrivez ne s'est pas produit.",
        ],
    },
}

BLIND52_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for your honest feedback. We're sorry your appointment ran so late, and we've since added a buffer between consultations so it doesn't happen again. Please call our patient coordinator on 01632 960214 if you'd like to talk anything through.",
        "We're so pleased you're happy with your results. Dr Hale was delighted to read your kind words about how reassuring she was.",
        "We completely understand the frustration of being asked to reschedule. For everyone's safety we never carry out laser treatments within four weeks of sun exposure, and we should have explained that clearly when you booked. We're sorry for the wasted trip and have refunded your deposit.",
        "Thank you for your review. Just to clarify for other readers, our consultations are free and there's never any obligation to book a treatment. We're sorry if that wasn't clear on the day, and we'd welcome the chance to talk again.",
        "Thank you for choosing us to sell your home, and congratulations on the move! Priya and the whole sales team loved working with you.",
        "We're sorry the viewing was cancelled at such short notice. One of our team booked two viewings at the same time, but that's on us as a business, not on any one person, and we've changed how our diary works so it can't happen again.",
        "We understand your frustration about the holding deposit. The law only lets an agent keep it in specific circumstances, which we'd be very happy to go through with you at the branch or on 01632 960385.",
        "Guilty as charged: our For Sale board did spend a week leaning at a jaunty angle. It's been straightened, and we've finally invested in a spirit level.",
        "We're truly sorry your sailing was cancelled. Safety has to come first when the wind reaches gale force, but we know that doesn't make a ruined day any easier. Your fare will be refunded automatically, and our customer team on 01632 960490 can help you rebook.",
        "We know how disappointing it is to miss a connection, and we're sorry. Your comments have been passed to our operations team.",
        "Thank you for letting us know about your lost bag. Our crew checked the passenger deck and the CCTV straight away to help trace it, and if you'd like to report it to the police as well, our terminal staff can give you the reference they'll need.",
        "Thanks for sailing with us all summer! Just so you know, our Island Saver card gives every regular passenger 10% off, whether or not they ever leave a review; ask at any ticket office.",
        "Thank you for the three stars. We hear you on the café prices, and a cheaper meal deal starts next month.",
        "Cheers for the five stars, legends! 🍔 See you Friday.",
        "Fair cop, our 'world's messiest burger' lived up to its name a bit too well. We've ordered bigger napkins and we're sorry about your shirt; pop in and we'll cover the dry cleaning.",
        "Thanks so much! We'll make sure Jamal hears he made your night; he's been perfecting that smash technique for months.",
        "Sorry about the wait on Saturday. Our grill broke mid-service and we should have told everyone at the door, and next time we will. Drop us a line at hello@stackshackburgers.example and we'll make it up to you.",
        "Thank you for flagging this. For allergy safety we can't prepare gluten-free buns in our kitchen, and we should have explained that kindly rather than just saying no. We're sorry, and we've added clear allergen information to the menu.",
        "Thank you for such a lovely review. It's been a joy watching your little one grow in confidence this year, and the whole Caterpillar Room will miss you.",
        "We were so sorry to hear of your family's loss. Please know we're thinking of you all, and we're here whenever you need us.",
        "We understand it felt strict to be asked for your password at pick-up. It's a rule we apply to every single family to keep all the children safe, and we're sorry it came across as unfriendly on the day.",
        "Thank you for your feedback. To clarify, our fees haven't changed this year; the funded hours are now shown termly rather than monthly on every family's invoice. We'd be glad to go through it with you, just pop into the office or email office@littleacornsnursery.example.",
        "We're very sorry the spare clothes weren't sent home. That was our mistake as a nursery, and we've put a checklist in every room so it won't happen again.",
        "Thank you for your kind words. Helen and the payroll team are delighted the year-end went so smoothly.",
        "We take the confidentiality of our clients very seriously, so we won't discuss any specifics here. Please call the office on 01632 960587 and ask for our practice manager.",
        "We're sorry our fees went up this year without enough notice. Software and insurance costs rose, but we should have written to clients much sooner, and we'll honour the old rate for this year's return.",
        "Thank you! Our referral scheme is open to every client: introduce a friend and you'll both get £50 off your next return, no review needed.",
        "We're sorry you felt rushed. Our records suggest a reminder went out in October, but it may well have landed in spam, and we'd really like to talk it through, so please do get in touch.",
        "Sorry about the packed Tuesday session! We've since opened an extra evening slot, and our quieter times are listed on the website.",
        "We know the belay check feels like a hassle when you've been climbing for years. We ask everyone to do it on their first visit, our own staff included; it's simply part of keeping the wall safe. Thanks for bearing with us.",
        "Yes, our chalk bucket has been known to explode without warning. Sorry it got your new jacket; come and say hi at the desk and we'll cover the cleaning.",
        "Thank you! Sam will be chuffed to bits you finally sent that overhang; they've been cheering you on all month.",
        "Thanks for asking about the waiver. It's required by our insurer for every climber, and you're very welcome to read the full terms at reception before signing.",
        "We're sorry your sofa arrived damaged. A replacement is on its way, and our delivery team will take the old one away at no cost.",
        "Thanks for your patience with the delayed wardrobe. If you'd like an update, our customer care team is on 01632 960771, Monday to Saturday, 9 to 5.",
        "Five stars from someone who built our bunk bed without a single spare screw? We're genuinely impressed, and very grateful!",
        "We're sorry the colour didn't match the sample. Solid oak varies from batch to batch and we should have warned you; we'll happily arrange a return.",
        "Aye, we got your delivery date wrong, and we're sorry. That mistake was ours as a shop, not the lad who rang you, and we've changed the way we confirm bookings.",
        "Thank you so much, you've made our day!",
        "Congratulations on the new flat! We hope the dining table sees many happy dinners.",
    ],
    "fr": [
        "Madame, nous vous remercions sincèrement pour votre retour. Nous sommes désolés pour l'attente et avons depuis revu l'organisation de nos plannings. Notre coordinatrice reste joignable au 01 99 00 24 61 pour tout échange.",
        "Merci pour ce très gentil message ! Le Dr Marchand a été très touchée de lire vos mots sur sa douceur et sa patience.",
        "Nous comprenons votre déception. Par précaution, nous ne réalisons aucune injection dans les deux semaines qui suivent certains soins, règle appliquée à toutes nos patientes, et nous aurions dû l'expliquer clairement lors de la prise de rendez-vous. Nous en sommes sincèrement désolés.",
        "Merci pour votre avis. Pour être tout à fait transparents, la première consultation est gratuite et sans engagement ; nous sommes désolés si cela n'a pas été clair et serions heureux d'en reparler avec vous.",
        "Merci de nous avoir confié la vente de votre appartement, et félicitations pour ce nouveau départ ! Camille a adoré vous accompagner.",
        "Nous comprenons votre question sur les honoraires. Ils suivent le barème affiché en vitrine et sur notre site, comme la loi l'exige, et nous restons à votre disposition à l'agence pour en parler.",
        "Nous sommes navrés que la visite ait été annulée au dernier moment. L'erreur vient de notre organisation, pas de la personne qui vous a appelée, et nous avons changé notre façon de gérer l'agenda.",
        "Vous avez raison, notre panneau « À vendre » penchait plus que la tour de Pise. Il a été redressé, et nous avons enfin acheté un niveau à bulle !",
        "Nous sommes sincèrement désolés pour l'annulation de la traversée. La sécurité des passagers passe avant tout par vent fort, mais nous savons que cela gâche une journée. Le remboursement est automatique et notre service client peut vous aider à reprogrammer votre voyage.",
        "On sait à quel point c'est plate de manquer une correspondance, pis on s'en excuse sincèrement. Vos commentaires ont été transmis à l'équipe d'exploitation.",
        "Merci de nous avoir signalé la perte de votre sac. L'équipage a fait le tour du pont et prévenu les objets trouvés du port ; si vous le souhaitez, la gendarmerie maritime peut aussi enregistrer une déclaration de perte.",
        "Merci pour votre fidélité cet été ! Notre carte Insulaire offre 10 % de réduction à tous les passagers réguliers, qu'ils laissent un avis ou non ; elle est disponible à la billetterie.",
        "Merci pour vos trois étoiles. Vous avez raison sur les prix du bar, et une formule moins chère arrive le mois prochain.",
        "Merci la team pour les 5 étoiles 🍔🔥 à vendredi !",
        "Bon, on avoue, notre burger « spécial serviettes » porte bien son nom. On a commandé des serviettes plus grandes et on est désolés pour ta chemise ; passe nous voir, on s'occupe du pressing.",
        "Merci ! On a dit à Inès que c'était grâce à elle que votre soirée était réussie, elle était trop contente.",
        "Désolés pour l'attente samedi, une fois. La plaque a lâché en plein service et on aurait dû prévenir à l'entrée ; la prochaine fois, on le fera.",
        "Merci de nous l'avoir signalé. Pour des raisons de sécurité liées aux allergies, nous ne pouvons pas préparer de pain sans gluten dans notre cuisine, et nous aurions dû l'expliquer plus gentiment. L'information figure désormais sur la carte.",
        "Merci infiniment pour ce joli message. Toute l'équipe des grands a adoré accompagner votre enfant cette année, et on vous souhaite une belle rentrée à l'école.",
        "Toute l'équipe a été très émue d'apprendre votre deuil. Nous pensons fort à vous et restons présents si vous avez besoin de quoi que ce soit.",
        "Nous comprenons que la demande de pièce d'identité au moment du départ ait pu vous surprendre. C'est une règle appliquée à toutes les familles pour la sécurité des enfants, et nous sommes désolés si elle a été présentée sèchement.",
        "Merci pour votre retour. Pour précision, nos tarifs n'ont pas changé cette année : ils suivent le barème national, identique pour toutes les familles. Nous serions heureux d'en parler avec vous au bureau de la direction.",
        "Nous sommes vraiment désolés que le doudou soit resté à la crèche ce week-end. C'est une erreur de toute l'équipe, et nous avons mis en place une vérification au moment des départs.",
        "Merci pour votre confiance. Sophie et l'équipe paie sont ravies que la clôture se soit aussi bien passée.",
        "Le secret professionnel nous interdit d'évoquer ici le moindre détail d'un dossier. Nous vous invitons à contacter le cabinet au 01 99 00 37 12 pour en discuter.",
        "Nous sommes désolés que la hausse de nos honoraires vous ait surpris. Nos coûts de logiciels et d'assurance ont augmenté, mais nous aurions dû prévenir plus tôt ; l'ancien tarif sera maintenu pour cet exercice.",
        "Merci ! Notre offre de parrainage est ouverte à tous nos clients : 50 € de remise pour vous et pour la personne parrainée, sans aucune condition d'avis.",
        "Nous sommes désolés que vous vous soyez senti pressé. Il nous semble avoir envoyé un rappel en octobre, mais il a pu se perdre, et nous aimerions vraiment en parler avec vous.",
        "Désolés pour la foule du mardi soir ! On a ouvert un créneau supplémentaire, et les heures creuses sont indiquées sur le site.",
        "On sait que le test d'assurage peut sembler pénible quand on grimpe depuis des années. On le demande à tout le monde lors de la première visite, même à nos moniteurs, c'est juste une question de sécurité. Merci de ta patience !",
        "Oui, notre seau de magnésie a tendance à exploser sans prévenir 😅 Désolés pour ta veste, passe à l'accueil, on prend le nettoyage en charge.",
        "Merci ! Lucas est ravi que tu aies enfin enchaîné ce dévers, il t'encourageait depuis un mois.",
        "Merci pour ta question sur la décharge. Elle est exigée par notre assureur pour chaque grimpeur, et tu peux lire le règlement complet à l'accueil avant de signer, ça prend septante secondes.",
        "Nous sommes désolés que votre canapé soit arrivé abîmé. Un remplacement est en route et nos livreurs reprendront l'ancien gratuitement.",
        "Merci pour votre patience concernant l'armoire en retard. Notre service client est joignable au 01 99 00 58 90, du lundi au samedi de 9 h à 18 h.",
        "Cinq étoiles de la part de quelqu'un qui a monté notre lit superposé sans une seule vis en trop : chapeau, et merci !",
        "Nous sommes désolés que la teinte ne corresponde pas à l'échantillon. Le chêne massif varie d'un lot à l'autre et nous aurions dû vous en avertir ; nous organisons volontiers le retour.",
        "Désolés pour la mauvaise date de livraison qu'on vous a donnée. L'erreur vient du magasin, pas de la personne au téléphone, et nous avons revu notre façon de confirmer les rendez-vous.",
        "Un grand merci, ça nous a fait la journée !",
        "Félicitations pour votre nouvel appartement ! Nous espérons que la table accueillera de nombreux repas joyeux.",
    ],
}
