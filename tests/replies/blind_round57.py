"""Blind reply set, round 57: owner replies the pre-post check has never seen.

Who and when: written by helper b57, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of a garden centre, a boxing gym, a dry cleaner, a music venue, a
children's play centre, a sushi takeaway, a mortgage broker and a
guesthouse.  Each French reply was written directly in French, not
translated.  The writer read only the brief, the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other worktree, the git history or
/work/.library; did not search the code; and did not run the check, any test
or any bench on these replies (only a syntax parse, a count of entries and
ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: plain and friendly, stiff and legalistic, Scottish English and
Parisian familiar French (plus unaccented standard French), texting with
emoji, veiled and polite phrasings and short one-liners; for every code and
language the first reply is long and warm, with the fault in one sentence in
the middle.  The faults vary in form: rewards for raising, deleting or
softening a review; threats of lawsuits, of publishing CCTV, of "settling it
at the club" and "we know who you are"; addresses, order numbers, door codes,
incomes, medical certificates, allergies and dated visits; insults, "fake
review" and bad-faith accusations; irony and mock solemnity; named staff
dismissed, warned or mocked; long lists of excuses; flat denials.  Good
replies include look-alikes that are not faults: loyalty and stamp cards open
to all, a newsletter discount with no review needed, free re-pressing to fix
a fault, the business's own phone, e-mail, address and hours, CCTV given to
the police to help the customer, terms and conditions cited neutrally, polite
factual disagreement with an invitation to talk, staff praised by first name,
an employee's mistake owned by the business, one honest reason with an
apology, condolences, safety and hygiene rules explained kindly, a price rise
explained, a waiting list, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND57_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for popping in on Saturday and for such a kind write-up. We're delighted the olive tree has settled in on your patio and that Mo's tip about drainage helped. Spring is our busiest time, so it means a lot that you still felt looked after. If you could bump your review up from four stars to five, just show it at the till and we'll knock 15% off your next compost order. Happy gardening, and see you soon!",
            "Cheers for the review pal. Bump it tae five stars an' yer next month at the club's on us, nae bother 🥊",
            "Subject to the reviewer's amendment of the published rating to the maximum available score, the firm shall waive its arrangement fee on any subsequent remortgage application.",
            "Sorry the collar wasn't quite right. Let's just say customers who leave us glowing feedback tend to find their next shirt pressed free of charge 😉",
            "Delete this and your next bento box is on the house. Deal?",
        ],
        "fr": [
            "Merci infiniment pour ce gentil message après votre week-end chez nous. Nous sommes ravis que la chambre côté jardin vous ait plu et que les confitures maison du petit-déjeuner aient fait l'unanimité. Votre remarque sur le chauffe-eau est bien notée, le plombier passe la semaine prochaine. Si vous pouviez passer votre note de quatre à cinq étoiles, nous vous offririons volontiers une nuit lors de votre prochain séjour. Au plaisir de vous accueillir à nouveau !",
            "Franchement merci d'être passés au concert vendredi ! Tu nous mets 5 étoiles et on te file deux places pour la prochaine date, c'est cadeau 🎸",
            "Sous réserve de la modification de votre évaluation en faveur de la note maximale, notre cabinet procédera au remboursement intégral des frais de dossier.",
            "On est désolés pour l'attente à l'entrée. Un petit avis un peu plus positif et on saura vous remercier à la prochaine séance, promis 😉",
            "Retire ton com et ton prochain plateau de makis est offert, ça marche ?",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks so much for coming along to the Friday gig and for taking the time to write. We're really glad you enjoyed the support act, a local band we've been championing for a while. We hear you on the bar queues and we're adding a second till from next month. That said, our solicitor has been copied on this thread and any further remarks of this kind will be treated as defamation. Hope to see you at another show soon.",
            "Ah ken exactly who ye are, son, ye train Tuesdays. Think aboot that afore ye post again.",
            "Please be advised that the firm reserves all rights in respect of the statements published herein and that a letter before action will issue should this review not be withdrawn within seven days.",
            "We'd gently remind you that we have your details from the booking, and that a small village like ours talks. We'd think carefully before leaving comments like this.",
            "We've got the car park CCTV from Sunday and we'll happily post it on here for everyone to see if you keep this up.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire. Nous comprenons votre déception concernant la veste en lin et nous avons bien vérifié le ticket de dépôt. Notre équipe traite chaque vêtement avec soin depuis plus de vingt ans dans le quartier. Sachez toutefois que nous avons transmis votre avis à notre avocat et qu'une plainte pour diffamation n'est pas exclue. Nous restons à votre disposition en boutique.",
            "T'inquiète on sait très bien qui t'es, on a ta tête sur les caméras de l'entrée. Fais gaffe à ce que t'écris.",
            "Nous vous informons que les propos tenus dans le présent avis sont susceptibles de constituer un dénigrement fautif et que nous nous réservons le droit d'engager toute action utile à l'encontre de leur auteur.",
            "Tu devrais passer au club en discuter en face, avec les gars. On règle ça entre nous, tu vois ce que je veux dire.",
            "Si cet avis n'est pas supprimé d'ici demain, on publie sur notre page la vidéo de l'incident de samedi, et tout le monde jugera.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for staying with us and for your thoughtful feedback. We're so pleased you enjoyed the walks along the loch and that the porridge lived up to its reputation. We've passed your point about the shower pressure to our plumber. We also hope your wife's knee operation on the 14th goes smoothly, which is exactly why we kept room 3 on the ground floor for you. Wishing you both a restful winter.",
            "Hi Daniel, so sorry your order #48213 to 22 Brookfield Road on Thursday night was late, we've refunded the delivery charge.",
            "With reference to your application of 3 March, in which you declared a gross income of £41,500 and an outstanding car loan, we confirm that the lender's decision was communicated to you in writing.",
            "Aye Kirsty, sorry aboot the mix-up. We tried ye on yer mobile, 07700 900418, three times last week aboot yer lapsed direct debit.",
            "Sorry your visit didn't go to plan. For what it's worth, the staff did spot your little one's EpiPen in the bag and the nut allergy note on the party booking for her 5th.",
        ],
        "fr": [
            "Merci beaucoup pour votre retour, Madame Leclerc, et pour votre fidélité depuis toutes ces années. Nous sommes contents que la robe de mariée de votre fille ait retrouvé tout son éclat. Notre repasseuse a passé un temps fou sur la dentelle et votre message lui a fait très plaisir. Nous vous rappelons d'ailleurs que le manteau déposé le 12 novembre au nom de votre mari, au 14 rue des Martyrs, est prêt depuis lundi. À très bientôt au comptoir !",
            "Yo Karim, ta commande de jeudi soir au 3e du 27 rue Oberkampf, digicode 4B12, le livreur a sonné trois fois hein 😅",
            "Nous vous rappelons que votre dossier, déposé le 2 février et faisant état d'un CDD ainsi que d'un taux d'endettement de 38 %, ne remplissait pas les critères de la banque.",
            "Nous avions pourtant bien noté votre régime sans gluten et votre arrivée tardive après votre rendez-vous à l'hôpital, c'est dommage.",
            "Salut Julien, vu ton certificat médical pour l'épaule, on pensait pas te revoir avant janvier.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch, and for trusting us with your suits for so long. We always want every garment to leave the counter looking its best, and we're sorry the trousers weren't as crisp as you'd hoped. Our pressing team retrains every season on new fabrics. Frankly, though, anyone who's met you at the counter knows you'd complain about winning the lottery. We'd still be happy to re-press them at no charge.",
            "Away an' bile yer heid, ya numpty. Ye were steamin' before ye even got in the door.",
            "The firm notes that the reviewer has chosen to misrepresent the advice given, in what can only be described as a deliberate attempt to mislead prospective clients.",
            "Lovely to hear from you again! Funny how a review from you always turns up just before you ask for a discount, isn't it?",
            "Nobody believes this. Another fake review from the place across the road.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Nous sommes heureux que votre fils ait adoré le toboggan géant et la piscine à balles. Nous prenons très au sérieux la propreté des lieux et allons revoir le planning de ménage du week-end. Cela dit, un parent qui laisse son enfant de trois ans sans surveillance pendant une heure est bien mal placé pour donner des leçons. Nous espérons tout de même vous revoir.",
            "Arrête de mytho, t'étais même pas là samedi. Sérieux, t'as rien d'autre à faire de ta vie ?",
            "Nous regrettons que vous ayez choisi de travestir la réalité de nos échanges avec une mauvaise foi qui, à ce niveau, confine à la malhonnêteté.",
            "Nous avons rarement reçu un client aussi désagréable, et cet avis est à votre image.",
            "Encore un rageux qui veut manger gratos. Pathétique.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for staying with us over the bank holiday weekend. We're glad the sea views from the front rooms were everything you hoped for and that you enjoyed the cooked breakfast. We've noted your comments about the Wi-Fi and we're looking at a booster for the top floor. And we're truly sorry our Victorian townhouse couldn't magically sprout a lift for you; we'll have a stern word with the architect, who died in 1887. Hope to welcome you back.",
            "Aye, sorry the boxing gym wis too sweaty for ye. We'll get the lads tae train in ball gowns fae now on.",
            "We are, of course, deeply grateful for your expert analysis of the mortgage market, which we shall no doubt forward to the Bank of England for its urgent consideration.",
            "Oh no, the raw fish was raw? Who could have seen that coming 🙃",
            "What a shame the children's play centre had children in it. We'll try to keep them out next time.",
        ],
        "fr": [
            "Bonjour et merci d'être venu nous voir samedi malgré la foule. Nous sommes ravis que les conseils de notre équipe sur la taille des rosiers vous aient été utiles. Nous avons bien noté votre remarque sur le manque de chariots et nous en commandons une vingtaine de plus. Par contre, nous sommes sincèrement navrés que nos plantes d'extérieur aient eu l'audace d'être mouillées par la pluie, nous leur parlerons sévèrement. Bonne saison au jardin !",
            "Ah ouais, dur la vie, ta chemise à 300 balles a une micro-trace. On ouvre une cellule de crise, promis 🙄",
            "Nous prenons bonne note de votre éminente expertise en matière de taux immobiliers, que nous ne manquerons pas de soumettre sans délai à la Banque de France.",
            "Oui, le concert de métal était bruyant. Quelle surprise, vraiment.",
            "Bravo champion, tu as découvert que la boxe, ça fatigue. Prochaine étape : l'eau, ça mouille.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you so much for ordering from us and for taking the time to write. We're thrilled you loved the salmon aburi and the miso soup, which is a family recipe. We're so sorry your order arrived without the gyoza. That was Kevin on the packing station, and he's been taken off evening shifts as a result. We'd love to make it up to you next time.",
            "Sorry aboot the room no' bein' ready. Morag wis on that day and she's had a right tellin' aff, believe me.",
            "The delay in submitting your application is attributable solely to our former adviser, Mr Hale, whose employment was terminated following a disciplinary review.",
            "Apologies for the wrong advice on the fertiliser. Our Saturday lad Josh clearly doesn't know his roses from his rhubarb, and he's been told so.",
            "We've reviewed the door incident. Let's just say the steward on duty, Callum, won't be working our gigs any more.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre fidélité, vous faites partie de nos clients de la première heure. Nous sommes désolés pour la tache restée sur votre manteau en laine. C'est Sandrine, notre nouvelle employée, qui a oublié le prétraitement, et elle a reçu un avertissement. Nous reprendrons le manteau gratuitement dès votre prochain passage. Encore merci pour votre compréhension.",
            "Dsl pour la commande, c'est Théo en cuisine qui a encore tout mélangé, il va se faire recadrer.",
            "Le retard constaté dans le traitement de votre dossier relève de la seule responsabilité de Mme Garnier, collaboratrice à laquelle une sanction disciplinaire a été notifiée.",
            "L'animatrice de l'anniversaire, Léa, n'a visiblement pas fait son travail. Nous avons pris les mesures qui s'imposent.",
            "Disons que le coach du mardi, Yanis, ne donnera plus de cours aux débutants. Vous comprendrez pourquoi.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for bringing the twins to their party with us, and we're so pleased they loved the soft play and the bouncy castle. We hear you about the wait for food. The oven had been playing up all week, two of our hosts were off with flu, the supplier delivered the wrong buns, a school group was booked into the same slot, the card machine kept dropping out and the car park was being resurfaced that very morning. We hope to see you again soon.",
            "Aye, the coat wis late, but the boiler went, the van broke doon on the Leith road, ma cousin wis aff sick, the weather wis pure mental and the hangers didnae arrive, so whit could we dae?",
            "The delay must be considered in light of lender backlogs, the Bank Rate announcement that week, revised affordability criteria, a regional shortage of surveyors, the bank holiday, system migrations at two lenders and the general volume of applications.",
            "Sorry it was late, but Friday's our busiest night, it was raining, two drivers had quit, the app crashed, the rice cooker broke and the fish came in late, so there really wasn't much we could do.",
            "The sound was off because the engineer was new, the band brought their own desk, the PA is old, the room is listed, the council caps the decibels and the headliner insisted on it.",
        ],
        "fr": [
            "Merci beaucoup pour votre séjour et pour vos mots gentils sur le jardin et les petits-déjeuners. Nous sommes désolés que la chambre ait été froide la première nuit. Il faut dire que la chaudière a vingt ans, que le chauffagiste était en vacances, que la météo annonçait un week-end doux, que nos radiateurs d'appoint étaient prêtés, que l'électricien n'a pas pu passer et que la maison est classée, donc impossible d'isoler par l'extérieur. Nous espérons vous revoir au printemps.",
            "Ouais bon le retard, c'était la grève, la pluie, le scooter en panne, le livreur malade, l'appli qui plantait et le poissonnier en retard, on peut pas tout gérer non plus.",
            "Ce délai s'explique par le durcissement des critères d'octroi, l'engorgement des services bancaires, l'indisponibilité de l'expert, la période estivale, la migration informatique de notre partenaire et la complexité inhérente à ce type de dossier.",
            "Les plants étaient abîmés, certes, mais le transporteur était en retard, la serre avait une fuite, le gel est tombé tôt, l'arrosage automatique a lâché et on manquait de bras ce week-end-là.",
            "Si les vestiaires étaient sales, c'est que l'agent d'entretien était en congé, que le chauffe-eau fuyait, que le club était plein pour les interclubs et que la mairie nous a coupé l'eau deux heures.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for visiting us during our autumn bulb festival and for your lovely comments about the café. We're so glad your grandchildren enjoyed the pumpkin trail. We always want every visit to feel special. However, none of our staff was rude to you at the tills that day; it simply did not happen. We hope you'll come back for the Christmas grotto.",
            "Naw. Naebody got hurt in sparring, that's pure rubbish. Never happened.",
            "The firm categorically rejects the assertion that any fee was levied without prior written disclosure; no such event occurred.",
            "We don't lose buttons. Every garment is checked twice, so whatever happened to your shirt, it wasn't here.",
            "We've checked and we're confident there was no overcharging at the bar on Saturday. The prices you mention simply aren't ours.",
        ],
        "fr": [
            "Bonjour et merci d'être venus fêter l'anniversaire de votre fille chez nous. Nous sommes ravis que le gâteau et la chasse au trésor aient été un succès. Notre équipe adore organiser ces fêtes et vos photos nous ont fait très plaisir. En revanche, aucun enfant ne s'est blessé dans la structure ce jour-là, c'est tout simplement faux. Au plaisir de vous revoir bientôt.",
            "N'importe quoi, y a jamais eu de bagarre dans la fosse samedi. Jamais.",
            "Nous contestons formellement l'existence de frais non annoncés : aucun frais de cette nature n'a été facturé, à aucun moment.",
            "Nos sushis sont préparés le jour même, toujours. Un poisson pas frais chez nous, c'est impossible.",
            "Votre pull n'a pas rétréci chez nous. Point.",
        ],
    },
}

BLIND57_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for the lovely review! Our loyalty card is free for everyone: ask at the till and you'll get a stamp for every £10 spent.",
        "We're so sorry the hanging baskets wilted within a week. That's not the standard we aim for. Please bring them back or send a photo to plants@greenacre-garden.co.uk and we'll replace them or refund you, whichever you prefer.",
        "Cheers for the kind words! Big shout oot tae Coach Aileen, she'll be chuffed tae hear her pad work helped ye drop a weight class.",
        "We're sorry you were frustrated at not being allowed to spar on your first night. For everyone's safety, new members do four weeks of technique classes before any contact. It's a rule we apply to all, but we promise it's worth the wait.",
        "Our apologies: your jacket was given the wrong ticket number at the counter. That's our mistake as a business, and our process should have caught it. We've refunded the cleaning and added a second check at drop-off.",
        "We've looked into this and our drop-off ticket notes the stain when the dress came in. We understand how disappointing this is, though, and we'd like to talk it through. Please call us on 0131 496 0721 and ask for the manager.",
        "Yes, our toilets are legendary, and not in a good way. The refit starts in January; until then we can only apologise and suggest you bring a sense of adventure.",
        "Thanks for coming to the gig! We're sorry the bar queue was so long at the interval. We're opening a second bar for sold-out shows from next month.",
        "We're sorry your son was upset about having to wear socks in the soft play. It's a hygiene and safety rule for all children and adults, and we keep spare pairs at reception for £1 if anyone forgets.",
        "Thank you for choosing us for the birthday party, and happy birthday to the birthday girl from all the team!",
        "Sorry the order was late on Friday. There's no excuse: we took on more orders than the kitchen could handle. We now cap online orders at peak time so it doesn't happen again.",
        "Our chef read your review and has gone to sulk in the walk-in fridge. He'll be fine. Thanks for the honest feedback on the rice; we've adjusted the seasoning.",
        "We thank you for your review and regret that the process took longer than anticipated. Should you wish to discuss your experience, please contact our client services team at hello@harbourline-mortgages.co.uk; there is no need to share any personal details here.",
        "Many thanks for the five-star review. We're delighted Priya could guide you through your first purchase, and we wish you every happiness in your new home.",
        "Thank you for your feedback. For clarity, our broker fee is set out in the initial disclosure document given to every client before any work begins. We're sorry if that wasn't clear at the time and would welcome the chance to go through it with you on 0161 496 0384.",
        "Thanks a million for stayin' wi' us. Glad ye liked the tablet on the pillow, it's ma granny's recipe an' she'd be fair chuffed.",
        "We were so sorry to read that your stay coincided with such sad news for your family. Please accept our sincere condolences. We've refunded the remaining nights and hope to welcome you back in happier times.",
        "We're sorry your bike was taken from the lane. We've given our CCTV footage to the police to help with their enquiries, and there's now a locked bike shed for all guests.",
        "Thanks for your feedback. Everyone who signs up to our newsletter gets 10% off their next visit; there's no catch and no need to leave a review.",
        "Wow, what a review! Thank you, we're genuinely blushing.",
        "You're welcome to pop into the shop at 14 Market Street any weekday between 8 and 6, and we'll re-press the suit free while you wait.",
        "We're sorry the tram closure made getting to us so hard on Saturday. We should have warned ticket holders by email, and next time we will.",
        "Sorry the café ran out of scones by eleven. That's on us: we underestimated the Easter crowds. We're baking an extra batch every weekend from now on.",
        "Thank you! Jamal on the plant desk will be delighted you got your orchid to flower again.",
        "Thank you so much, see you in the spring!",
        "We acknowledge receipt of your review and apologise for the inconvenience caused. A full refund has been processed and should appear in your account within five working days.",
        "We'll admit the changing-room showers run at North Sea in February temperature. A new boiler arrives next week; until then, call it character building.",
        "Sorry you felt ignored at the front desk. That shouldn't happen to anyone, new or regular. We've set up a welcome rota so every new face gets shown around.",
        "We're sorry about the rise in ticket prices. Our energy and licensing costs have gone up sharply this year, and we've kept a £10 allocation for under-25s at every show.",
        "Thanks for the kind words about Sophie, our party host. She'll be delighted you noticed her face painting; the dragon was apparently a masterpiece.",
        "We're sorry you had a worrying afternoon. Our accident log for Sunday doesn't show an incident, but we'd really like to hear more so we can check. Please email hello@jumpingjacks-play.co.uk or call us on 0113 496 0552.",
        "Thanks for ordering! Just a reminder that our stamp card is open to everyone: every tenth roll is free.",
        "We're very sorry your wool coat shrank. A member of our team used the wrong programme, but the responsibility is ours as a business. We'll cover a replacement; please bring your receipt into the shop.",
        "We understand your frustration that the lender declined the application. Lenders make their own decisions and we can't overturn them, but we'd be glad to look at other options with you whenever you're ready.",
        "Sorry we couldn't fit you in for the festival weekend. Those dates book up a year ahead, but we keep a waiting list for cancellations; just drop us a line at stay@thornbankhouse.co.uk.",
        "Ach, sorry aboot that. We'll get it sorted, nae charge, just bring it back in when ye're passin'.",
        "Cheers for comin' oot on a wet Tuesday! Glad ye enjoyed the ceilidh band, they'll be back in March.",
        "We note your concerns regarding our terms and conditions. For transparency, our cancellation policy is set out in section 4 of the booking terms on our website. We would welcome the opportunity to discuss any points you feel were unfair.",
        "We're sorry our team asked you to keep your dog on a lead in the glasshouse. Some of our plants are toxic to pets, so it applies to every visitor's dog, and we've added clearer signs at the entrance.",
        "Thank you for raising this. We take allergies very seriously: please always tell us when ordering, and our full allergen list is on the menu page. We're sorry the label on the box wasn't clearer and we've reprinted them.",
    ],
    "fr": [
        "Merci beaucoup pour votre avis ! Notre carte de fidélité est gratuite et ouverte à tous : un tampon tous les 10 € d'achat.",
        "Nous sommes désolés que vos jardinières aient fané si vite. Rapportez-les ou envoyez-nous une photo à contact@jardinerie-des-tilleuls.fr, nous les remplacerons ou vous rembourserons, comme vous préférez.",
        "Merci mec ! Big up à Coach Nadia, elle va être trop contente que ses cours t'aient remis en forme 💪",
        "Désolés que tu aies été frustré de ne pas pouvoir faire de sparring dès la première séance. Pour la sécurité de tous, les nouveaux font un mois de technique avant tout contact. C'est la règle pour tout le monde, mais promis, ça vaut le coup.",
        "Toutes nos excuses : les tickets de votre veste ont été inversés au comptoir, et c'est notre organisation qui aurait dû repérer l'erreur. Nous vous avons remboursé le nettoyage et ajouté une double vérification au dépôt.",
        "Nous avons vérifié : la tache figurait sur le ticket au moment du dépôt. Nous comprenons toutefois votre déception et serions heureux d'en parler avec vous au 01 99 00 41 27 ou directement en boutique.",
        "Oui, nos toilettes sont légendaires, et pas dans le bon sens. Les travaux commencent en janvier ; d'ici là, on ne peut que s'excuser platement.",
        "Merci d'être venus ! Désolés pour l'attente au bar pendant l'entracte, on ouvre un deuxième bar les soirs complets dès le mois prochain.",
        "Nous sommes désolés que votre fils ait été contrarié de devoir porter des chaussettes. C'est une règle d'hygiène et de sécurité pour tous, enfants comme adultes, et nous en vendons à l'accueil à 1 € en cas d'oubli.",
        "Merci d'avoir choisi notre espace pour l'anniversaire, et joyeux anniversaire de la part de toute l'équipe !",
        "Désolés pour le retard de vendredi. Pas d'excuse : on a pris plus de commandes que la cuisine ne pouvait en suivre. On limite désormais les commandes en ligne aux heures de pointe.",
        "Notre chef a lu votre avis et boude dans la chambre froide. Il s'en remettra. Merci pour la remarque sur le riz, on a revu l'assaisonnement.",
        "Nous vous remercions pour votre avis et regrettons que la procédure ait été plus longue que prévu. Pour en discuter, nous vous invitons à contacter notre service clients à contact@courtage-horizon.fr, sans communiquer d'informations personnelles ici.",
        "Merci infiniment pour ces cinq étoiles. Nous sommes ravis qu'Émilie ait pu vous accompagner dans votre premier achat et vous souhaitons beaucoup de bonheur dans votre nouveau logement.",
        "Merci pour votre retour. Pour rappel, nos honoraires figurent dans la fiche d'information remise à chaque client avant tout engagement. Nous sommes désolés si cela n'était pas clair et restons à votre disposition au 01 99 00 58 63 pour en reparler.",
        "Merci à vous deux, c'était trop cool de vous avoir ! Contents que les croissants du boulanger d'à côté vous aient plu 🥐",
        "Nous avons été très peinés d'apprendre la triste nouvelle survenue pendant votre séjour. Toutes nos condoléances à vous et à votre famille. Nous avons remboursé les nuits restantes et espérons vous accueillir à nouveau dans des jours plus heureux.",
        "Nous sommes désolés pour le vol de votre vélo dans la cour. Nous avons transmis les images de vidéosurveillance à la police pour aider l'enquête, et un local à vélos fermé est désormais à la disposition de tous nos hôtes.",
        "Merci pour votre retour. Tous les inscrits à notre newsletter bénéficient de 10 % sur leur prochaine visite, sans condition et sans avoir à laisser d'avis.",
        "Waouh, quel avis ! Merci, on en rougit sincèrement.",
        "Passez quand vous voulez à la boutique, 8 rue des Lilas, du lundi au samedi de 8 h à 19 h, et on vous repasse le costume gratuitement pendant que vous attendez.",
        "Désolés que la fermeture de la ligne 9 ait compliqué votre venue samedi. On aurait dû prévenir les détenteurs de billets par e-mail, ce sera fait la prochaine fois.",
        "Désolés que le salon de thé ait été à court de tartes dès 11 h. C'est notre faute, on a sous-estimé l'affluence de Pâques. On prévoit une fournée de plus chaque week-end.",
        "Merci ! Karim, au rayon plantes, va être ravi que votre orchidée ait refleuri.",
        "Merci beaucoup, à bientôt au printemps !",
        "Nous accusons réception de votre avis et vous prions de nous excuser pour la gêne occasionnée. Un remboursement intégral a été effectué et apparaîtra sur votre compte sous cinq jours ouvrés.",
        "On avoue, les douches sont à la température de la Manche en février. La nouvelle chaudière arrive la semaine prochaine ; d'ici là, on appelle ça de l'endurcissement.",
        "Désolés que tu te sois senti ignoré à l'accueil. Ça ne devrait arriver à personne. On a mis en place un tour de rôle pour que chaque nouveau soit accueilli et guidé.",
        "Désolés pour la hausse du prix des billets. Nos coûts d'énergie et de licence ont fortement augmenté cette année, et nous gardons un quota de places à 10 € pour les moins de 25 ans à chaque concert.",
        "Merci pour vos mots sur Inès, notre animatrice ! Elle sera ravie que son maquillage de dragon ait fait sensation.",
        "Nous sommes désolés que cet après-midi vous ait inquiétés. Notre registre d'incidents de dimanche ne mentionne rien, mais nous aimerions en savoir plus pour vérifier : écrivez-nous à bonjour@les-petits-bonds.fr ou appelez le 01 99 00 73 15.",
        "Merci pour la commande ! Petit rappel : notre carte à tampons est ouverte à tous, le dixième plateau est offert.",
        "Nous sommes vraiment désolés que votre manteau en laine ait rétréci. Un membre de l'équipe a choisi le mauvais programme, mais la responsabilité nous revient entièrement. Nous prenons en charge le remplacement : passez avec votre ticket.",
        "Nous comprenons votre déception face au refus de la banque. Les établissements prêteurs décident seuls et nous ne pouvons pas revenir sur leur choix, mais nous serions heureux d'étudier d'autres solutions avec vous quand vous le souhaiterez.",
        "Désolés de ne pas avoir pu vous loger pour le week-end du festival. Ces dates sont complètes un an à l'avance, mais nous tenons une liste d'attente pour les annulations : écrivez-nous à sejour@maison-des-glycines.fr.",
        "Ah mince, désolé pour ça ! Repasse quand tu veux, on te refait la chemise gratos, c'est la moindre des choses.",
        "Merci d'être venus un mardi sous la flotte ! Contents que le groupe vous ait plu, il revient en mars.",
        "Nous prenons note de vos remarques concernant nos conditions générales. Par souci de transparence, notre politique d'annulation figure à l'article 4 des conditions de réservation, consultables sur notre site. Nous serions heureux d'échanger sur les points que vous jugez injustes.",
        "Désolés que notre équipe vous ait demandé de tenir votre chien en laisse dans la serre. Certaines de nos plantes sont toxiques pour les animaux, la règle vaut pour tous les chiens, et nous avons ajouté des panneaux plus visibles à l'entrée.",
        "Merci de nous l'avoir signalé. Nous prenons les allergies très au sérieux : indiquez-les toujours à la commande, la liste complète des allergènes figure sur notre carte. Désolés que l'étiquette de la boîte n'ait pas été plus claire, nous l'avons refaite.",
    ],
}
