"""Blind set, issue 18 round 10: new wordings written blind on 2026-12-03 by helper 18x, an
independent writer. The writer read only the issue text, the module docstrings of
`blind_round10.py` / `blind_round11.py` and the shape of their data (the dict layout and the
category codes used as keys); not the replies in those files, not the check's code
(`workstation/replies/`), its docs, its rules, its training sentences, its other tests, the
bench or any other helper's work, and never ran the check, the bench or any test on these
replies. Same scoring as `blind_round3.py` (`evaluation.evaluate_blind`). It must be measured
once and never tuned or trained on: a miss found here is reported, not fixed against this file.

BLIND12_BAD[code][lang]: 80 replies a careful owner must not post, five per category and
language for all eight categories (review_incentive, intimidation, personal_data,
personal_attack, sarcasm, blames_employee, excessive_justification, categorical_denial), in
formal, casual, sarcastic, texting and unaccented registers, British, American, Canadian and
Australian English, and Quebec French. One reply in each category and language is a long,
polite reply whose fault is a single clause. Incentives are disguised as thank-you gifts
after an update, refunds once a review is taken down or perks for editing; intimidation as
"a reminder of our legal options", camera footage, telling an employer or "we know who you
are"; personal data is a full name with a visit date, a phone number, an e-mail address, a
booking reference, card digits, a street address or a licence plate written back to the
customer; excessive justification is a long self-defensive list that ends by blaming the
customer; categorical denial is "this never happened, our staff never make mistakes".

BLIND12_GOOD[lang]: 80 whole replies (40 en, 40 fr) that must pass: warm thanks, apologies
with a corrective action and the business's own phone or e-mail for continuing offline,
prices and stars, staff named in praise, customers' first names only, pets, jokes about the
business itself, polite factual disagreement without denial, and wordings that look like
faults but are not ("we would never threaten a guest's safety", a lawyer-approved
cancellation policy on the website, a loyalty card open to everyone and not tied to reviews,
"no hard feelings", "this should never have happened", "jamais" in praise).
"""

from __future__ import annotations

BLIND12_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you for taking the time to share your experience, Priya. We're sorry the room wasn't ready at check-in, and we've spoken with housekeeping about turnaround times. If you feel able to revisit your rating once you've seen the changes, we'd love to send you a £25 thank-you voucher as a token of our appreciation. Kind regards, the Harbourview team.",
            "Cheers mate, sorry the snags were burnt! Bump us up to five stars and your next brekkie's on us, no worries.",
            "hey thx 4 the review!! if u change it 2 5* we'll throw in a free oil change next time u come by 👍",
            "We value your feedback. Guests who update their review after a follow-up visit are eligible for a complimentary upgrade to our premium suite; simply mention this reply at the front desk.",
            "Sorry the poutine was soggy, eh. Our manager will gladly refund your meal in full as soon as the review comes down, just show him on your phone when you pop in.",
        ],
        "fr": [
            "Madame, nous vous remercions pour votre retour et regrettons sincèrement l'attente. Pour vous remercier de bien vouloir réévaluer votre note, une bouteille de champagne vous sera offerte lors de votre prochaine visite. Bien cordialement, la direction.",
            "merci pr l avis ! si tu remontes a 5 etoiles on t offre le cafe pendant 1 mois, promis",
            "Allo! Désolé pour l'attente au comptoir. Si tu modifies ton commentaire pour mettre plus d'étoiles, ta prochaine poutine est sur la maison, c'est promis!",
            "Bonjour Nadia, merci d'avoir pris le temps de nous écrire. Nous sommes désolés que la coupe ne corresponde pas à vos attentes, et notre coiffeuse vous propose une retouche gratuite. En petit cadeau de remerciement après la mise à jour de votre avis, un soin capillaire vous sera également offert. À très vite !",
            "Franchement merci pour ce commentaire ! Supprimez-le et on vous rembourse les deux entrées, on est réglos.",
        ],
    },
    "intimidation": {
        "en": [
            "We note that your review contains several statements we consider defamatory. As a reminder of our legal options, we have forwarded it to our solicitors and will pursue damages unless it is withdrawn within seven days.",
            "Pretty bold posting that under your own name. We've got your face on the lobby camera, so maybe think twice before you write about us again.",
            "Keep it up and we'll share the messages you sent our staff with everyone on this page, including the ones you'd rather your employer didn't see.",
            "u know we know where u live right? delete this",
            "Thank you for your feedback about the delivery delay, and we are sorry the sofa arrived two days late. Our logistics partner has since added a second van in your area. Please be aware that any further posts of this kind will be referred to our legal department, which does not hesitate to take action against reviewers. Best regards, Customer Care.",
        ],
        "fr": [
            "Monsieur, vos propos relèvent de la diffamation. Nous vous rappelons nos voies de recours : sans retrait de cet avis sous 48 heures, notre avocat engagera une procédure à votre encontre.",
            "on a vos images sur la camera de surveillance, on va les poster si vous retirez pas ce commentaire",
            "Fais attention à ce que t'écris, le quartier est petit pis tout le monde se connaît. On sait c'est qui, toi.",
            "Bonjour, merci pour votre message et toutes nos excuses pour le bruit pendant votre séjour. Nous avons depuis installé des fenêtres insonorisées. Sachez toutefois que nous avons conservé votre dossier et que nous n'hésiterons pas à porter plainte si vous continuez à publier ce genre de commentaire. Bonne journée.",
            "Puisque vous aimez rendre les choses publiques, nous allons informer votre employeur de votre comportement dans notre établissement.",
        ],
    },
    "personal_data": {
        "en": [
            "Mr Gareth Llewellyn, our records show you dined with us on Saturday 14 November at 8.15pm at table 12 and left without raising any concern with staff.",
            "Hi Tom, I tried calling you on 07700 900461 three times yesterday, please pick up so we can sort this out.",
            "We have emailed your refund details to dana.whitfield82@example.com, so please check your spam folder.",
            "Your booking HX-55821 was charged once to the Visa ending 4417 on 2 October, so there is no double charge on our side.",
            "G'day Shaun, our tow driver picked up your silver Corolla, rego 1ABC 234, from 17 Wattle Street in Marrickville at 9am as scheduled.",
        ],
        "fr": [
            "Madame Sylvie Marchand, vous êtes venue le mardi 3 novembre à 19 h avec vos deux enfants et vous avez commandé trois menus : nous avons bien vérifié.",
            "bonjour Kevin, rappelez nous svp, on a essaye le 06 12 34 56 78 qui est le numero que vous nous avez laisse mais ca tombe sur la messagerie",
            "Votre réservation n° RES-2026-0487 au nom de Lefèvre, chambre 21 du 12 au 14 octobre, a bien été réglée avec la carte se terminant par 8832.",
            "Bonjour Mme Tremblay, notre technicien s'est présenté au 245, rue Beaubien Est, app. 3, le 9 novembre à 10 h, mais personne n'a répondu.",
            "Nous avons retrouvé votre véhicule immatriculé FG-482-KL sur le parking et envoyé la facture à julien.moreau@example.fr.",
        ],
    },
    "personal_attack": {
        "en": [
            "Frankly, a reviewer of your evident intelligence was never going to appreciate a tasting menu. Perhaps a drive-through is more your level.",
            "Mate, you were rude, loud and clearly plastered. Nobody here wants clowns like you back.",
            "lol ur literally the worst customer we've ever had, go cry somewhere else",
            "Thank you for writing, Claire. We are sorry the colour didn't come out as you hoped, and we'd like to offer you a correction appointment. That said, anyone with a bit of sense would have mentioned the box dye beforehand, but we suppose thinking ahead isn't your strong suit. Warm regards, Studio Nine.",
            "Honestly, you come across as a bitter, lonely person who enjoys ruining other people's day.",
        ],
        "fr": [
            "Vu l'orthographe de votre avis, on comprend mieux pourquoi vous n'avez pas su lire la carte.",
            "vous etes un gros radin et un mal eleve, ne revenez jamais",
            "T'es juste un chialeux de profession, personne ici veut te revoir la face.",
            "Madame, votre grossièreté envers notre équipe n'a d'égale que votre absence totale d'éducation.",
            "Bonjour, merci pour votre retour concernant la livraison. Nous avons vérifié auprès du transporteur : le colis a bien été livré avec un jour de retard, ce que nous regrettons. Pour le reste, un client aussi pénible et impoli que vous n'est pas le bienvenu chez nous. Cordialement.",
        ],
    },
    "sarcasm": {
        "en": [
            "Oh no, the free bread wasn't warm enough? Truly a tragedy. We'll alert the authorities at once.",
            "Thanks ever so much for the one star, it really made our week. We'll be sure to consult you before we change the menu, since you're clearly the expert.",
            "wow 2 stars bc the wifi was slow?? so sorry our café ruined ur whole life 🙄",
            "Congratulations on being the first guest in ten years to find our pool too wet. Your award is in the mail.",
            "Thank you for your detailed review of your stay. We're sorry breakfast ended at 10am as advertised; perhaps next time we can arrange for the sun to rise a little later, just for you. We have passed your comments to our front-desk team and hope to welcome you again.",
        ],
        "fr": [
            "Quel drame, un café servi trente secondes trop tard ! On a failli ouvrir une cellule de crise.",
            "bravo pour ce chef d oeuvre de critique, on va l encadrer dans les toilettes",
            "Wow, merci ben gros pour tes précieux conseils! On va sûrement t'engager comme chef, un génie comme toi, ça court pas les rues.",
            "Nous vous remercions pour cette analyse d'une finesse rare. Nous ne doutons pas que votre palais exceptionnel saura trouver ailleurs un établissement digne de lui.",
            "Bonjour et merci pour votre avis. Nous sommes désolés pour l'attente au moment du paiement, un deuxième terminal est en commande. Et promis, la prochaine fois nous ferons venir une fanfare pour vous accueillir, puisqu'un simple bonjour ne vous suffisait visiblement pas. Belle journée à vous.",
        ],
    },
    "blames_employee": {
        "en": [
            "That was Jordan on the till that night. He's new and honestly hopeless with orders, so the mistake is entirely on him.",
            "We have investigated, and the error was made by our receptionist, Mrs Okafor, who failed to record your reservation. She has received a formal warning.",
            "sorry!! that was kayla's fault, she forgot ur fries again 🙄 she's always doing that",
            "Dear Ahmed, thank you for your patience and for letting us know about the wrong lenses. We have remade your glasses at no charge and they are ready for collection. For the record, the measurements were taken by our trainee optician, Liam, who clearly didn't follow procedure. Kind regards.",
            "Yeah nah, that one's on Bec in the kitchen, mate. She burnt the lot and didn't tell anyone. We've had words.",
        ],
        "fr": [
            "C'est Mélanie qui était à l'accueil ce soir-là, elle a complètement oublié votre réservation. Ce n'est pas la première fois avec elle.",
            "desole c est dylan le livreur qui s est trompe d adresse, il est pas tres malin",
            "Toutes nos excuses! C'est Jérémie au service à l'auto qui a mêlé les commandes, y'é dans la lune depuis deux semaines.",
            "Après vérification, l'erreur de facturation incombe à notre comptable, Mme Girard, qui a saisi le mauvais montant. Nous avons pris les mesures disciplinaires qui s'imposent.",
            "Bonjour Camille, merci pour votre message et désolés pour ce rendez-vous manqué. Nous vous avons recontactée pour en fixer un nouveau à votre convenance. Pour être transparents, c'est notre esthéticienne Inès qui a mal noté l'heure dans l'agenda, et elle a été recadrée. Au plaisir de vous revoir.",
        ],
    },
    "excessive_justification": {
        "en": [
            "We need to set the record straight. First, you arrived 25 minutes after your booking. Second, you changed your order three times. Third, the kitchen was running exactly to schedule until you sent back a steak cooked precisely as you asked. Fourth, our policy on split bills is printed on every menu. Fifth, your server checked on your table four times. Sixth, you raised none of this on the night. Given all of this, we simply do not accept that the evening went wrong because of us.",
            "To be absolutely clear about what happened: the parcel left our warehouse on the Monday, as the tracking shows; it was handed to the courier at 2.04pm; the courier attempted delivery on the Tuesday; a card was put through your door; you did not rebook; and the parcel came back to us on the Friday under the carrier's standard terms, which you accepted at checkout. Every step was followed correctly on our side, and the delay arose solely from your not acting on that card.",
            "Look, we get it, nobody likes waiting, but let us explain. Saturday is our busiest night, two of our cooks were out sick, the fryer had been serviced that afternoon, a party of twenty walked in without calling ahead, the register lagged for ten minutes, and on top of all that you ordered the one dish that takes the longest. We did everything humanly possible, so honestly, expecting your food in fifteen minutes on a night like that just wasn't realistic.",
            "Before anyone reads this review and gets the wrong idea, here are the facts. You were quoted in writing. You signed the quote. You asked for an extra outlet after the work had started. That outlet needed a second permit. The city took eleven business days to issue it. We called you on day three, day six and day nine to explain. Every line on the invoice matches what you signed off on. So the extra cost and the delay came from your own change request, not from anything we did.",
            "Thank you for your review. We would like to respond point by point. The room was cleaned at 11am, as logged. The air conditioning was tested the day before your arrival and worked. The noise you mention came from a wedding next door, which is outside our control. Minibar prices are displayed in the room. Checkout time is stated on the booking confirmation. The parking fee appears on our website. We therefore feel your two stars reflect expectations that were never part of what you booked, and most of these issues could have been avoided had you read the information provided.",
        ],
        "fr": [
            "Nous tenons à rétablir les faits point par point. Vous êtes arrivés avec trente-cinq minutes de retard. Vous avez refusé la table proposée. Vous avez demandé à modifier trois plats. La cuisine a respecté chaque demande. Le serveur est passé à cinq reprises. L'addition correspondait exactement à la carte affichée en vitrine. Nous ne voyons donc pas en quoi nous serions responsables d'une soirée que vous avez vous-mêmes compliquée du début à la fin.",
            "alors pour etre clair : la voiture est arrivee le lundi, le devis vous a ete envoye le mardi, vous avez mis 4 jours a le valider, la piece a ete commandee le jour meme, le fournisseur l a livree le vendredi suivant, on l a montee le lundi et on vous a appele le soir meme. on a tout fait dans les regles, si ca a pris deux semaines c est parce que vous avez traine pour repondre",
            "On va remettre les pendules à l'heure. Le contrat disait clairement de 8 h à midi pour le déménagement. Vous étiez pas prêts, les boîtes étaient pas fermées, l'ascenseur était pas réservé, pis le divan passait pas dans la porte. Nos gars ont fait des miracles avec ce qu'ils avaient. Le supplément sur la facture, c'est juste le temps que vous nous avez fait perdre.",
            "Madame, votre avis appelle de notre part plusieurs précisions. Nos horaires d'ouverture sont affichés sur la porte et sur notre site. Le délai de préparation est indiqué lors de la commande. Le produit que vous mentionnez était en rupture, comme le précisait le courriel automatique. Notre politique d'échange figure au dos du ticket. Enfin, notre vendeuse vous a proposé trois alternatives, que vous avez refusées. Nous estimons par conséquent que votre insatisfaction découle d'une lecture insuffisante des informations mises à votre disposition.",
            "Bonjour et merci pour votre retour. Nous souhaitons toutefois apporter quelques explications. Le bassin est chauffé à 28 degrés conformément aux normes, la température est contrôlée trois fois par jour et consignée dans un registre, le maître-nageur était présent toute la journée, les vestiaires sont nettoyés toutes les deux heures et le planning des cours est publié une semaine à l'avance. Si l'eau vous a semblé froide, c'est sans doute que vous êtes arrivé juste après l'aquagym, ce qui figurait sur le planning que vous n'avez manifestement pas consulté.",
        ],
    },
    "categorical_denial": {
        "en": [
            "This never happened. Our staff never make mistakes with allergies, full stop.",
            "We have no record of any such incident and can state categorically that it did not take place on our premises.",
            "Nope, not buying it. Nobody has ever found a hair in our food in twelve years, so this is simply not true.",
            "that def didnt happen here, we NEVER overcharge anyone. wrong shop maybe?",
            "Dear guest, thank you for taking the time to write. We always welcome feedback and read every review carefully. However, we must be clear that the bed bugs you describe do not exist in our hotel and never have; our rooms are spotless and such a thing is simply impossible here. We hope you'll consider staying with us again.",
        ],
        "fr": [
            "C'est totalement faux, cela ne s'est jamais produit chez nous. Notre équipe ne commet jamais d'erreur.",
            "impossible, on a jamais servi de poisson pas frais, jamais, ca n est jamais arrive",
            "Voyons donc, ça se peut pas. On n'a jamais eu une seule plainte comme ça en vingt ans, t'as dû te tromper de garage.",
            "Nous contestons formellement l'ensemble de vos allégations : aucun de nos techniciens n'a jamais endommagé le véhicule d'un client, et ce que vous décrivez n'a tout simplement pas eu lieu.",
            "Bonjour, merci d'avoir pris le temps de partager votre avis, nous lisons chaque commentaire avec attention. Nous tenons cependant à préciser que l'intoxication dont vous parlez est impossible : nos produits sont toujours parfaitement frais et personne n'est jamais tombé malade après un repas chez nous. Nous espérons vous revoir bientôt.",
        ],
    },
}

BLIND12_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much, Emma! We're thrilled you enjoyed the lamb shoulder, and we'll pass your kind words on to Chef Marco. See you next time!",
        "Cheers for the five stars, Dave! Glad the new brakes are treating you well. Drive safe.",
        "We're really sorry your order arrived cold. That should never have happened. We've changed our delivery packaging and added insulated bags to every driver's kit. Please email us at hello@thecornerkitchen.co.uk so we can make it right.",
        "Thank you for your honest review. We would never threaten a guest's safety, and the loose handrail you mentioned was repaired the morning after your stay. We're grateful you pointed it out.",
        "Hi Sam, thanks for the feedback. Our lawyer-approved cancellation policy is on our website under Bookings, and we've now added a link to it in every confirmation email so it's easier to find. If you'd like us to look at your case, call our front desk on 020 7946 0321.",
        "Thanks for stopping by! Our loyalty card is open to everyone: every tenth coffee is free, whether or not you ever leave a review.",
        "No hard feelings at all, Jess. We know Saturday mornings get hectic, so we've added a second barista on weekends and hope the wait is shorter next time.",
        "Ha, guilty as charged: our car park is the size of a postage stamp. We've arranged overflow parking at the church next door on weekends.",
        "Thanks for the review. We see the price a little differently: our set lunch is $18 and includes a drink and dessert, and it hasn't changed since 2023. That said, we hear you on the portion size and will look at it with the kitchen.",
        "Thanks a lot for the four stars! We'd love to know what we could do better, so drop us a line at feedback@bluegumcafe.com.au anytime.",
        "We're so sorry about the delivery. You're right that the driver should have called ahead. We've reminded the whole team of the procedure and would be glad to refund the delivery fee; please reach us at support@oakandpine.com with your order number.",
        "Thank you for the lovely words about Priya and Tomás at the front desk, they'll be chuffed to bits. We hope to welcome you back to Bath soon.",
        "Sorry we missed the mark with the pad thai this time. The recipe hasn't changed, but we switched tamarind suppliers last month and your feedback has us double-checking that. Would you give us another try? Ask for Nok, our head chef, and she'll look after you.",
        "Thanks, Chris! Yes, we really are the only bike shop in town open on Sundays. Someone has to fix all those Saturday punctures.",
        "We appreciate your review. To clarify, the resort fee covers pool towels, Wi-Fi and parking, and it's listed on the booking page before payment. We understand it can still feel like a surprise, and we're looking at how to show it more clearly.",
        "Thank you for letting us know. We take allergy concerns very seriously and would like to understand exactly what happened. Could you call our manager, Helen, on 604 555 0199? We'd really appreciate the chance to look into it.",
        "Thanks for the kind review, mate! The water bowls out the front are always full, so bring Biscuit back anytime.",
        "You're absolutely right, and we're sorry. The bathroom wasn't up to our standard that day. We've added an extra cleaning round at 2pm and a checklist on the door.",
        "Thank you for the 5-star review! The team worked really hard on the renovation, and it's wonderful to hear that it shows.",
        "We're sorry your appointment ran late. We know a long wait is frustrating, so we now text patients whenever we're running more than 15 minutes behind.",
        "Honestly, reviews like yours are why we do this. Thank you, Aisha!",
        "Thanks for your review. We respectfully see the repair differently, as the inspection found a worn timing belt, but we understand it was an unexpected cost. We're happy to walk you through the report; just call the workshop on 01632 960418.",
        "Sorry to hear you felt rushed at checkout. That's not the experience we want anyone to have, and we've shared your feedback so everyone takes a moment to say goodbye properly.",
        "What a lovely surprise to read this! Happy birthday again, and thanks for celebrating with us.",
        "Thank you for your feedback on our prices. A haircut here is $35 including a wash and style, and we offer a $25 rate for seniors and students every weekday.",
        "We hear you, and we're sorry. Nobody should wait 40 minutes for a table they booked. We've changed how we space reservations on Friday nights. If you'd like to tell us more, our email is bookings@saltandvine.com.",
        "Thanks for the shout-out! Our cinnamon rolls are dangerously good, we admit it. We can't stop eating them either.",
        "We're sorry the room felt chilly. The heating in the east wing has now been serviced, and if it ever happens again just call reception and we'll move you straight away.",
        "Thanks for the review. Just to clear up one point: we do offer gluten-free bread, but we ran out early that day, which we should have told you when you ordered. We've increased our daily order.",
        "G'day and thanks heaps! Stoked you loved the flat white. See you at the next farmers' market.",
        "Thank you for the two-star review. We won't make excuses: the service was slow and the fries were cold. We want to do better and would welcome the chance to hear more at manager@riversidediner.com.",
        "Thank you, Grace. We never want anyone to feel unwelcome, and reading this was hard. We've booked accessibility training for the whole team this month, and I'd be grateful to talk with you directly. I'm the owner, and my line is 555 0142.",
        "Love this review! Shout-out to Kenji, who apparently wrapped your present better than any of us ever could.",
        "Thanks for flagging the broken link on our booking page. It's fixed now. Legend!",
        "We're sorry the package arrived damaged. We've sent the photos to the courier and started a free replacement, and our support team will email you within a day.",
        "Thank you for your candid feedback. Our menu prices went up in September because our suppliers' costs rose; we tried to keep the change small, and the kids' menu is still $9.",
        "So happy to hear the hike went well! Our guides Lachlan and Mia say thanks for the great company.",
        "Appreciate the honest review. The noise from the bar is a fair point: we now close the terrace at 10pm and offer quieter rooms on request when you book.",
        "Five stars and a drawing of our cat? You've made our year. Thank you!",
        "We're sorry, and this should never have happened. You can reach us any day on 1-800-555-0143, and we'll work out a fix together.",
    ],
    "fr": [
        "Merci beaucoup Léa pour ce joli message ! Toute l'équipe est ravie que le gâteau d'anniversaire vous ait plu.",
        "Un grand merci pour vos cinq étoiles ! Nous transmettons vos compliments à Julien, notre pâtissier, qui va en rougir.",
        "Nous sommes sincèrement désolés pour l'attente de samedi soir. Cela n'aurait jamais dû arriver. Nous avons ajouté un serveur le week-end et revu l'organisation en cuisine. N'hésitez pas à nous écrire à contact@lepetitzinc.fr pour en parler.",
        "Merci pour votre retour. Nous ne mettrions jamais en danger la sécurité de nos clients : la marche signalée a été réparée dès le lendemain. Merci de nous l'avoir fait remarquer.",
        "Bonjour Thomas, notre politique d'annulation, validée par notre avocat, est disponible sur notre site. Nous l'avons aussi ajoutée au courriel de confirmation pour qu'elle soit plus visible. Pour toute question, appelez-nous au 04 78 55 12 30.",
        "Merci de votre fidélité ! Notre carte de fidélité est ouverte à tous : la dixième coupe est offerte, avis ou pas.",
        "Aucune rancune, bien au contraire : vos remarques nous aident. Nous avons déjà revu la cuisson des frites.",
        "Oui, on l'avoue, notre parking est minuscule ! Depuis ce mois-ci, le parking de la mairie, juste à côté, est gratuit le samedi.",
        "Merci pour votre avis. Nous voyons les choses un peu différemment sur le prix : notre menu du midi est à 16 €, entrée, plat et café compris, et il n'a pas bougé depuis deux ans. Cela dit, nous entendons votre remarque sur les portions et allons en parler en cuisine.",
        "Merci pour vos quatre étoiles ! Si quelque chose aurait pu être mieux, dites-le-nous à bonjour@atelierdesfleurs.fr, on adore progresser.",
        "Nous sommes vraiment désolés que votre commande soit arrivée incomplète. Nous avons ajouté une vérification avant chaque départ en livraison et nous vous rembourserons le plat manquant : écrivez-nous simplement à commandes@sushiloft.fr.",
        "Merci pour vos mots si gentils sur Fatou et Marc à l'accueil, ils étaient tout contents en les lisant !",
        "Désolés que le couscous n'ait pas été à la hauteur cette fois. La recette n'a pas changé, mais nous avons changé de fournisseur de semoule le mois dernier et allons vérifier cela de près. Revenez nous voir et demandez Karim, notre chef.",
        "Merci Hugo ! Oui, nous sommes bien le seul vélociste ouvert le dimanche, il faut bien quelqu'un pour réparer les crevaisons du samedi.",
        "Merci pour votre commentaire. Pour préciser, la taxe de séjour est fixée par la commune et apparaît sur la page de réservation avant le paiement. Nous comprenons qu'elle puisse surprendre et allons l'afficher plus clairement.",
        "Merci de nous avoir alertés. Nous prenons les allergies très au sérieux et aimerions comprendre ce qui s'est passé. Pourriez-vous appeler notre responsable, Hélène, au 05 56 00 12 34 ?",
        "Merci pour la jolie photo de Caramel devant la vitrine ! Les gamelles d'eau sont toujours remplies pour nos amis à quatre pattes.",
        "Vous avez entièrement raison et nous vous présentons nos excuses : les sanitaires n'étaient pas à la hauteur ce jour-là. Nous avons ajouté un passage de nettoyage à 14 h.",
        "Merci pour ces 5 étoiles ! Nous n'avions jamais reçu un aussi beau message sur la rénovation de la salle, l'équipe est aux anges.",
        "Toutes nos excuses pour le retard de votre rendez-vous. Nous envoyons désormais un SMS aux patients dès que nous avons plus de quinze minutes de retard.",
        "Franchement, c'est pour des messages comme le vôtre qu'on se lève le matin. Merci Chloé !",
        "Merci pour votre avis. Nous ne partageons pas tout à fait votre analyse, car le diagnostic montrait une courroie de distribution usée, photo à l'appui. Nous comprenons toutefois que la dépense ait été imprévue et pouvons vous montrer le rapport au garage : appelez-nous au 02 40 11 22 33.",
        "Désolés que le passage en caisse vous ait paru précipité. Ce n'est pas l'accueil que nous voulons offrir, et nous en avons parlé en équipe.",
        "Quelle belle surprise de lire ça ! Encore joyeux anniversaire, et merci d'avoir fêté ça avec nous.",
        "Merci pour votre remarque sur les tarifs. Une coupe chez nous coûte 32 €, shampoing et coiffage compris, et nous proposons 24 € aux étudiants en semaine.",
        "On vous entend, et on est désolés. Personne ne devrait attendre 40 minutes une table réservée. Nous avons revu l'espacement des réservations le vendredi soir. Pour nous en dire plus : reservation@lecomptoirbleu.fr.",
        "Merci pour le compliment ! On l'avoue, nos kouign-amann sont une vraie tentation : même l'équipe n'y résiste pas.",
        "Ça nous fait chaud au cœur, merci ben gros! On a bien hâte de vous revoir à la cabane au printemps.",
        "Merci pour votre retour. Une précision : nous proposons bien du pain sans gluten, mais nous en avons manqué ce jour-là, ce que nous aurions dû vous signaler à la commande. Nous avons augmenté notre commande quotidienne.",
        "merci beaucoup pour les 5 etoiles, ca fait super plaisir ! a bientot au marche",
        "Merci pour cet avis. Nous ne cherchons pas d'excuses : le service était lent et les frites froides. Nous voulons faire mieux et serions heureux d'en discuter avec vous à direction@bistrotdelagare.fr.",
        "Merci Sophie. Nous ne voudrions jamais qu'un client se sente mal accueilli, et votre message nous a touchés. Toute l'équipe suivra ce mois-ci une formation à l'accueil des personnes handicapées. Je serais heureuse d'en parler avec vous : je suis la gérante, joignable au 03 88 00 45 67.",
        "Bravo à Lucas, qui a emballé votre cadeau mieux que nous ne l'aurions jamais fait !",
        "Merci d'avoir signalé le lien cassé sur notre page de réservation, c'est corrigé !",
        "Nous sommes désolés que le colis soit arrivé abîmé. Nous avons transmis les photos au transporteur et lancé un renvoi sans frais. Notre service client vous écrit dans la journée.",
        "Merci pour votre franchise. Nos prix ont augmenté en septembre à cause de la hausse du coût des matières premières ; nous avons essayé de la limiter, et le menu enfant reste à 9 €.",
        "Allo! Merci pour le beau commentaire, nos guides Maxime pis Gabrielle ont ben aimé votre groupe. Au plaisir de vous revoir sur les sentiers!",
        "Merci pour cet avis honnête. Le bruit du bar est une remarque juste : la terrasse ferme désormais à 22 h et nous proposons des chambres plus calmes sur demande à la réservation.",
        "Cinq étoiles et un dessin de notre chat ? Vous avez illuminé notre semaine, merci !",
        "Nous sommes désolés, cela n'aurait jamais dû se produire. Vous pouvez nous joindre tous les jours au 01 44 55 66 77 ou à accueil@hotelduparc.fr pour que nous trouvions une solution ensemble.",
    ],
}
