"""Blind reply set, round 137: owner replies the pre-post check has never seen.

Who and when: written by helper w135, an independent writer, on 2026-12-07,
for blind round 135 (file tests/replies/blind_round137.py).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
accountancy practices, notaries' offices, estate agents, letting agents,
mortgage brokers and insurance brokers.  Each French reply was written
directly in French, not translated.  Apart from the brief and the first
seventy-five lines of tests/replies/blind_round20.py, read only to copy its
format, the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or blind set, any other
folder under /work, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result of the checker.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, every one carrying exactly one fault, and forty good English
and forty good French replies.  For every code and language the first reply
is a long, warm, otherwise perfect reply whose fault sits in a single
sentence or clause in the middle; the others are one-liners, texting with
slang and emoji, very formal or corporate wording, veiled and polite
phrasings and regional speech, some signed with a first name, the team or
the business.  Registers, drawn from: French from Lyon, Nantes, Bordeaux,
Toulouse, Strasbourg, Lille, Montpellier, Rennes, Marseille, Quimper, Agen,
Annecy, Dijon, Namur, Liège, Arlon, Pully, Neuchâtel, Geneva, the Saguenay,
Longueuil, the Laurentians, Dakar, Abidjan, Douala and Ouagadougou, texting,
very formal administrative French and unaccented French; English from
Bristol, Manchester, Leeds, Edinburgh, Cardiff, London, Dublin, Limerick,
Galway, Toronto, Calgary, Omaha, the Gold Coast, Perth, Byron Bay,
Wellington, Johannesburg, Cape Town, Mumbai, Pune and Bengaluru, texting with
emoji and very formal corporate English.  Good replies include look-alikes
that are not faults: a loyalty or referral scheme open to everyone whatever
they write, the business's own phone, e-mail, address or opening hours,
staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly, a price change
explained with an apology, data-protection rules explained and sincere
thanks for detailed feedback.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND137_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you for such a generous review, and for trusting us with your first self-assessment "
                "return since going freelance. We know how daunting HMRC letters can look, and we're really "
                "pleased Hannah was able to walk you through the payments on account in plain English. It's "
                "lovely to hear you felt comfortable asking the 'silly questions' — there's no such thing "
                "here. If you could bump the rating up to five stars, we'll knock £50 off next year's return "
                "as a thank-you. We've also set up your reminders so you'll hear from us well before the "
                "January deadline. Wishing you a brilliant first full year of trading, and thanks again from "
                "everyone at Harbourside Accounts in Bristol."
            ),
            "cheers for the review mate 🙌 make it 5⭐ and ur next tenancy renewal fee is on us 😉🏠",
            (
                "Further to your feedback, we would be pleased to extend a preferential reduction of 0.10% "
                "on your product transfer, subject to the publication of a revised rating reflecting your "
                "overall experience with our firm."
            ),
            (
                "We do hope you might see your way to revisiting those two stars — there may well be a "
                "little something in the post for you if you do. Warm regards, Siobhan, Liffey Lettings, "
                "Dublin"
            ),
            (
                "Kindly update your rating to 5 stars and we shall waive the policy renewal processing "
                "charge for you, sir. Regards, Team Shree Insurance Brokers, Pune"
            ),
        ],
        "fr": [
            (
                "Madame, Monsieur, merci beaucoup pour votre message chaleureux après la signature de l'acte "
                "de vente de votre première maison. Nous savons combien l'attente entre le compromis et "
                "l'acte authentique peut paraître longue, et nous sommes heureux que Maître Delorme ait pris "
                "le temps de vous expliquer chaque clause. Vos remerciements pour la clarté du décompte des "
                "frais nous touchent beaucoup. Si vous acceptiez de passer votre avis à cinq étoiles, nous "
                "vous offririons la rédaction de votre testament lors de votre prochain rendez-vous. Nous "
                "vous souhaitons de très belles années dans votre nouvelle maison. Toute l'étude lyonnaise "
                "vous adresse ses plus cordiales salutations."
            ),
            (
                "Merci ben gros! 😄 Si tu montes ça à 5 étoiles, on te fait ta prochaine déclaration d'impôts "
                "gratis, promis 🙌 — la gang de Compta Saguenay"
            ),
            (
                "Nous vous informons qu'une remise exceptionnelle sur les honoraires de gestion locative "
                "pourra vous être accordée après modification de votre appréciation sur la présente "
                "plateforme."
            ),
            (
                "merci pour votre avis, si vous le retirez on vous rembourse les frais de dossier, passez a "
                "l agence"
            ),
            (
                "On espère que vous reverrez un peu ces deux étoiles à la hausse, ce serait l'occasion pour "
                "nous de vous offrir l'estimation de votre appartement, une fois. Bien à vous, l'agence Immo "
                "Meuse, Namur"
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for taking the time to write about your sale, and I'm genuinely sorry the chain "
                "collapsed twice before completion — that's exhausting for anyone. We chased the buyer's "
                "solicitors every day in that final fortnight, and I know it still felt far too slow from "
                "your side. I'm pleased the third offer came in above the asking price in the end. Please "
                "note, though, that your comments about our fees are defamatory, and our solicitors will be "
                "in touch if the review isn't amended by Friday. Our team has really valued working with you "
                "over the last eight months. We wish you every happiness in the new place and hope the move "
                "itself goes smoothly. Best wishes, Daniel, Northgate Estates, Manchester"
            ),
            "Remove this review or expect to hear from our legal department.",
            "we have ur address on file u know 👀 think twice before posting stuff like this",
            (
                "We would gently remind you that your lender is a close partner of ours, and we would hate "
                "for them to hear about the way you have chosen to conduct yourself online."
            ),
            (
                "We've passed your details to our attorneys and they'll be contacting you about this review "
                "shortly. Regards, Karoo Cover Insurance Brokers, Johannesburg"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de revenir sur ces trois années de collaboration avec "
                "notre cabinet. Nous comprenons tout à fait que la hausse de nos honoraires ait pu vous "
                "surprendre, et nous aurions dû vous l'annoncer plus tôt. Nous avons toujours apprécié la "
                "confiance que vous nous avez accordée pour la comptabilité de votre entreprise. Sachez "
                "cependant que nous avons transmis votre commentaire à notre avocat, qui étudiera les suites "
                "à y donner si vous ne le retirez pas. Nous restons naturellement à votre disposition pour "
                "la clôture de l'exercice en cours. Nous vous souhaitons une belle continuation. Le cabinet "
                "Loire Conseil Expertise, Nantes"
            ),
            "Retirez cet avis tout de suite ou on porte plainte, c'est clair ?",
            "tkt on sait qui t es et on a ton adresse dans le dossier 😉 reflechis avant d ecrire",
            (
                "Nous vous informons que votre comportement a été signalé à votre employeur ainsi qu'au "
                "propriétaire du logement, et que nous nous réservons la possibilité d'engager toute "
                "procédure utile."
            ),
            (
                "Mon frère, faites attention à ce que vous écrivez. Notre avocat a déjà votre dossier, et si "
                "ça continue on vous bloque dans toutes nos agences. L'agence Teranga Immobilier, Dakar"
            ),
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thank you for your kind words about the move-in, and for being so patient while the "
                "engineer sorted the hot water. We know the first week in a new flat can be a bit chaotic, "
                "and we're glad the inventory was ready and clear. It was a pleasure meeting you and your "
                "partner Tom at the viewing of 14/3 Marchmont Crescent on the 2nd of March. We've passed "
                "your lovely comments about Fiona on to the whole team. Do let us know if anything else "
                "crops up over the winter — our maintenance line is open every day. Enjoy the new home! "
                "Best, the Meadows Lettings team, Edinburgh"
            ),
            (
                "Your reference is LET-20931 and your deposit of £1,450 was returned to the card ending 4417 "
                "on 3 June."
            ),
            "hey Jess!! 😊 was great seeing u n ur mum on tues at 10am, we'll ring u back on 07700 900482 👍",
            (
                "For transparency, we confirm that policy HB-7782-19 in the name of Mr Raj Patel, 22 Lindon "
                "Road, Leicester, was cancelled at the client's own request."
            ),
            (
                "No worries Kylie, we've just emailed the revised quote to kylie.b.harris@bigpond.com — "
                "check your junk folder, cheers! Shaun, Coastline Mortgages, Gold Coast"
            ),
        ],
        "fr": [
            (
                "Merci infiniment pour ce très bel avis ! Nous sommes ravis d'avoir pu vous accompagner dans "
                "la vente de votre appartement, du premier rendez-vous d'estimation jusqu'à la signature "
                "chez le notaire. Votre patience pendant les visites de l'été a vraiment été précieuse. Nous "
                "gardons un excellent souvenir de votre passage à l'agence le mardi 12 septembre avec votre "
                "fille Camille, Madame Lefèvre. Toute l'équipe vous souhaite une très belle installation "
                "dans votre nouvelle région. N'hésitez pas à nous recommander autour de vous ! L'équipe de "
                "Garonne Immobilier, Bordeaux"
            ),
            (
                "Votre dossier n° 2024-LOC-5517 a bien été clôturé et le dépôt de garantie de 980 € reviré "
                "sur votre IBAN FR76 3000 4000 0300 1234 5678 901."
            ),
            (
                "coucou Sandrine 😘 on t a rappelée au 06 12 34 56 78 mais ça sonne dans le vide, rappelle "
                "nous !!"
            ),
            (
                "Nous confirmons que la police n° RC-448120 de M. et Mme Favre, chemin des Vignes 8 à Pully, "
                "a été résiliée conformément à leur demande. Meilleures salutations, Léman Courtage SA"
            ),
            (
                "Salut Marc-André, on t'a renvoyé la soumission à marc.andre.gagnon@videotron.ca hier soir, "
                "checke tes courriels! Bonne soirée de la gang d'Hypothèques Saguenay"
            ),
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Thank you for your review and for letting us help with your remortgage this spring. We "
                "appreciate that rates moved a lot between your first call and the offer, and we completely "
                "understand why that was frustrating. Our team worked hard to find a product that still "
                "fitted your budget, and we were pleased the lender approved it within ten days. Frankly, "
                "though, you were after free advice from day one and never had any intention of paying a "
                "fee. We do hope the lower monthly payments make a real difference to your household. "
                "Wishing you all the best, Aire Valley Mortgages, Leeds"
            ),
            "Your review is a pack of lies from start to finish, and you know it.",
            "mate ur literally the rudest landlord we've ever dealt with 🤡",
            (
                "With the greatest respect, some people simply aren't able to follow a plain policy wording, "
                "and you appear to be one of them. Kind regards, Shannon Insurance Brokers, Limerick"
            ),
            (
                "Honestly, you're the kind of client who shows up with a shoebox of receipts on April 14th "
                "and then blames everyone else. — Mike, Prairie Tax & Bookkeeping, Omaha"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir partagé votre expérience avec notre cabinet de courtage. Nous "
                "comprenons que le délai d'indemnisation après le dégât des eaux vous ait paru interminable, "
                "et nous regrettons sincèrement ce désagrément. Nous avons relancé l'assureur à plusieurs "
                "reprises et le dossier est aujourd'hui réglé. Mais soyons honnêtes : vous cherchiez surtout "
                "à vous faire payer une cuisine neuve sans rien débourser. Nous restons à votre écoute pour "
                "toute question sur vos garanties. Nous vous souhaitons une bonne fin de semaine. Cabinet "
                "Capitole Assurances, Toulouse"
            ),
            "Vous êtes un menteur, point.",
            "franchement t es le client le plus relou qu on ait jamais eu 🙄🙄",
            (
                "Il nous semble que votre avis relève davantage de la mauvaise foi que d'une quelconque "
                "insatisfaction réelle."
            ),
            (
                "Écoutez, avec vos grands airs de seigneur, pas étonnant que personne ne veuille vous louer "
                "un appartement à Liège. L'agence"
            ),
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thank you for your review of our notarial service for your overseas property documents. We "
                "understand the apostille stage took longer than you'd hoped, and we're sorry you had to "
                "chase us by email. We have since added a tracking step so clients can see exactly where "
                "their documents are. Oh, and thank you ever so much for the one star — it's truly inspiring "
                "to learn that five working days is now considered an eternity. Our team is always happy to "
                "help with any further certification you might need. We wish you the very best with your "
                "purchase abroad. Kind regards, Ellis & Moore Notaries, London"
            ),
            "Wow, a whole two stars. We're honoured.",
            (
                "omg so sorry our 9am viewing was too early for u 😭😭 we'll schedule the next one around ur "
                "beauty sleep 💅"
            ),
            (
                "We are, of course, deeply grateful for your expert assessment of mortgage regulation, which "
                "clearly surpasses that of the Financial Conduct Authority."
            ),
            (
                "Gosh, who'd have thought reading a lease before signing it would be so hard? Cheers, the "
                "team at Harbour Lets, Wellington"
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous laisser ce retour détaillé. Nous regrettons "
                "sincèrement le retard dans l'envoi de votre liasse fiscale, qui vous a obligé à nous "
                "relancer à plusieurs reprises. Depuis, nous avons mis en place un calendrier partagé pour "
                "que chaque client sache où en est son dossier. Et bravo, vraiment, d'avoir découvert en "
                "avril que la déclaration se fait chaque année : c'est une révélation pour nous tous. Nous "
                "restons bien sûr disponibles pour préparer sereinement l'exercice prochain avec vous. Bien "
                "cordialement, le cabinet Ill Compta, Strasbourg"
            ),
            "Quelle surprise, un avis négatif de votre part. On n'en revient pas.",
            "oh la la pardon d avoir osé vous demander un justificatif de revenus 😱😂 on tremble",
            (
                "Nous vous remercions pour cette brillante leçon de droit immobilier, dont nous ne "
                "manquerons pas de faire profiter l'ensemble de nos notaires."
            ),
            (
                "Ben voyons, merci ben gros pour la belle étoile, ça nous fait tellement chaud au cœur 🙄 — "
                "L'équipe de Courtage Laurentides"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you for your honest review, and I'm so sorry your check-out inspection was "
                "rescheduled three times. Moving out is stressful enough without the uncertainty, and you "
                "deserved a clear date from the start. We're very glad your full deposit has now been "
                "returned. The delays were entirely down to Gareth Price, who kept double-booking his diary "
                "and didn't tell anyone. We've updated our booking system so inspections are now confirmed "
                "by text within 24 hours. Thank you again for renting with us for four years, and good luck "
                "with the next chapter. Diolch, Taff Lettings, Cardiff"
            ),
            "That was Priya's mistake, not ours. She's been spoken to.",
            "soz about that!! Kev messed up ur valuation, he's new 🙈",
            (
                "An internal review has established that the error in your policy documents originated with "
                "our junior adviser, Ms Chloe Hammond, and the matter is being handled accordingly."
            ),
            (
                "Sir, the delay in your home-loan file was due to Mr Suresh from our Andheri branch, who did "
                "not forward the papers on time. Regards, Team Sai Home Finance, Mumbai"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci pour ce long message et pour votre franchise. Nous sommes désolés que l'état "
                "des lieux d'entrée ait été aussi approximatif, et nous comprenons votre agacement en "
                "découvrant les traces d'humidité quelques jours plus tard. Le propriétaire a été prévenu et "
                "un artisan passe dès la semaine prochaine. C'est Kevin, notre stagiaire, qui a bâclé cet "
                "état des lieux sans même vérifier la salle de bains. Nous restons joignables à l'agence "
                "pour suivre l'intervention avec vous. Bien à vous, l'équipe de Flandres Habitat, Lille"
            ),
            "L'erreur vient de Nathalie à l'accueil. Pas de nous.",
            "dsl c est Julien qui a oublié d envoyer ton offre de prêt a la banque 🤦‍♂️",
            (
                "Après vérification, il apparaît que Maître Bertrand Rolland, collaborateur de l'étude, est "
                "seul responsable de l'erreur de date figurant dans l'acte."
            ),
            (
                "Désolé oh, c'est Awa qui a mal rempli le dossier de votre assurance auto, on lui a parlé "
                "sévèrement. Courtage Lagune Assurances, Abidjan"
            ),
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thank you for your feedback, and I'm sorry the claim for your basement flooding took so "
                "long to settle. We know how upsetting water damage is, especially in a family home. We're "
                "glad the adjuster's final offer covered the flooring and the furnace. In fairness, the "
                "insurer was short-staffed after the spring storms, the adjuster was off sick for a week, "
                "the plumber's report came in late, the photos were low resolution, the portal was down for "
                "maintenance twice and our own office was closed for the long weekend, so there really was "
                "very little we could have done. We'll keep your renewal reminders coming as usual. All the "
                "best, Lakeshore Insurance Brokers, Toronto"
            ),
            (
                "The delay was due to the lender, the valuer, the solicitor, the bank holiday, the system "
                "upgrade and the credit reference agency, so not us."
            ),
            (
                "Please be advised that our fee structure was set out in Section 4.2 of our Terms of "
                "Business; it was restated in our engagement letter; it was referenced again in our January "
                "correspondence; it is displayed on our website; it is printed in our reception area; and it "
                "is consistent with published industry norms. We therefore consider the matter fully "
                "explained."
            ),
            (
                "ok so basically the keys were late bc the landlord was abroad n the locksmith cancelled n "
                "our van broke down n it was bucketing down n our phones were out 🤷‍♀️ not our fault tbh"
            ),
            (
                "Look, load-shedding knocked out our servers, the bank's system was offline, the deeds "
                "office was on a go-slow, two consultants were off sick and the courier got lost in Midrand, "
                "so the transfer delay really wasn't down to us. Regards, Highveld Property Group"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de nous écrire, et toutes nos excuses pour le stress "
                "vécu à l'approche de la date de signature. Nous savons à quel point l'achat d'une première "
                "maison est un moment important. Nous sommes heureux que l'offre de prêt soit finalement "
                "arrivée à temps. Il faut dire que la banque a changé d'interlocuteur en cours de route, que "
                "l'assureur emprunteur a exigé une pièce justificative supplémentaire, que l'expert a "
                "reporté sa visite, que les taux ont bougé deux fois en un mois, que la poste a égaré un "
                "courrier recommandé et que notre logiciel a connu une panne de trois jours, ce qui explique "
                "largement les délais. Nous vous souhaitons beaucoup de bonheur dans votre nouvelle maison. "
                "L'équipe d'Hérault Crédit Conseil, Montpellier"
            ),
            "Retard dû à la banque, au notaire, au syndic, aux vacances, aux grèves et à la météo. Voilà.",
            (
                "bah en fait le proprio était injoignable, le plombier a annulé, le serrurier aussi, y avait "
                "les grèves et notre standard a planté donc bon c pas nous 🤷"
            ),
            (
                "Nous tenons à préciser que le délai constaté résulte successivement de la transmission "
                "tardive des pièces par l'administration fiscale, de la fermeture estivale de nos bureaux, "
                "de la mise à jour réglementaire de notre logiciel, de l'absence prolongée d'un "
                "collaborateur, puis de l'engorgement des services de la publicité foncière, circonstances "
                "totalement indépendantes de notre volonté."
            ),
            (
                "Alors voilà, la régie attendait le feu vert du propriétaire, le propriétaire attendait le "
                "devis, le devis attendait le concierge, et le concierge était en vacances au Tessin, donc "
                "nous n'y pouvions rien. Meilleures salutations, Régie du Lac SA, Neuchâtel"
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for taking the time to share your thoughts, and for being with us for the past "
                "three tax years. We really value the trust you've placed in our small practice. We're glad "
                "the VAT registration went through quickly and that you found the quarterly bookkeeping "
                "packages easy to follow. However, our staff never miss a filing deadline, so the "
                "late-filing penalty you mention simply cannot have come from us. We'd always welcome a chat "
                "about anything else you'd like us to look at this year. Thanks again, and all the best from "
                "everyone at Grand Canal Accountants, Dublin"
            ),
            "That never happened.",
            "nah thats impossible, our agents always turn up on time 💯",
            (
                "We categorically reject the suggestion that any undisclosed commission was received in "
                "connection with your mortgage application; no such payment exists."
            ),
            (
                "Sorry mate, but that's just not what happened — nobody here would ever quote one premium "
                "and charge another. Cheers, Dan, Southern Cross Insurance Brokers, Perth"
            ),
        ],
        "fr": [
            (
                "Bonjour, merci d'avoir pris le temps de partager votre ressenti après ce règlement de "
                "succession, et recevez à nouveau toutes nos condoléances. Nous savons combien ces démarches "
                "sont lourdes dans un moment aussi difficile. Nous sommes heureux que le partage ait pu être "
                "signé avant l'été comme vous le souhaitiez. En revanche, aucun frais supplémentaire n'a "
                "jamais été facturé par notre étude sans accord préalable : c'est tout simplement "
                "impossible. Nous restons à votre disposition pour toute question sur les documents remis. "
                "Avec nos sentiments les plus respectueux, l'Étude de Maître Le Goff, Rennes"
            ),
            "Faux. Ça ne s'est jamais passé.",
            "nan c impossible, on perd jamais les clés des locataires 😅",
            (
                "Nos conseillers ne proposent en aucun cas de produits inadaptés à la situation de nos "
                "clients ; les faits que vous décrivez n'ont pas pu se produire."
            ),
            (
                "Non non, ce que vous racontez n'est jamais arrivé ici. Chez nous, on ne demande jamais "
                "d'argent en liquide. La Direction, Wouri Immobilier, Douala"
            ),
        ],
    },
}

BLIND137_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Thank you so much for the kind words, Aisha — we're thrilled the first-time buyer process felt "
            "so straightforward. Enjoy the new home! — Marcus, Northern Key Mortgages, Leeds"
        ),
        (
            "Thanks for your review! Just so you know, every landlord who signs up with us gets their first "
            "month's management fee free. It's open to everyone, no strings attached."
        ),
        (
            "We're sorry to hear your call wasn't returned. Please ring our office on 0161 496 0732 or email "
            "hello@mancunianlets.co.uk and ask for the lettings manager, who will sort this out today."
        ),
        (
            "Thanks for flagging this. Our Camden office is now open until 7pm on Thursdays and from 10am to "
            "2pm on Saturdays, so it should be easier to drop documents in after work."
        ),
        (
            "What a lovely review — we'll make sure Ngozi sees it. She really does go above and beyond for "
            "every tenant. Thank you!"
        ),
        (
            "I'm so sorry. Tom sent you the wrong draft accounts, but that's our responsibility as a firm, "
            "not his alone, and we've added a second check before anything leaves the office. Please call me "
            "directly on 0117 496 0210. — Sarah Collins, Managing Partner"
        ),
        (
            "You were right that the valuation fee shouldn't have been charged when the application didn't "
            "proceed. We've refunded it in full, and I'm sorry it took a review for us to notice."
        ),
        (
            "I'm really sorry for the slow reply. Two of our advisers were off sick the same week and we "
            "didn't redistribute their cases quickly enough — that's on us, and we've changed how we cover "
            "absences."
        ),
        (
            "We're sorry for the confusion about the holding deposit. Under the Tenant Fees Act it must be "
            "refunded within seven days unless certain conditions apply, and we've now refunded it. Please "
            "get in touch if anything is unclear."
        ),
        (
            "Sorry to hear about the burst pipe. The damage to your belongings should be covered by your "
            "contents insurance, and we're happy to help you put the claim together — just call the office."
        ),
        (
            "We're so sorry your car was broken into in our car park. We've handed our CCTV footage to the "
            "police to help their enquiry, and we'll gladly provide anything you need for your insurer."
        ),
        (
            "Guilty as charged — our coffee machine is older than some of our mortgages. A new one arrives "
            "next week! Thanks for the laugh and for the lovely review."
        ),
        (
            "Thank you for your 3-star review. We appreciate the balanced feedback, and we're working on the "
            "response times you rightly pointed out."
        ),
        (
            "Thank you for the feedback. Our records show the renewal notice went out 30 days before the "
            "date, but we accept it may have landed in a spam folder, and we'd like to understand what "
            "happened. Could you call us on 01632 960 118 so we can look at it together?"
        ),
        (
            "We were so sorry to hear of your loss, and we're grateful you let us help with the estate at "
            "such a hard time. Please don't hesitate to get in touch if you need anything further."
        ),
        (
            "Congratulations on getting the keys! 🎉🔑 It was a pleasure helping you through the whole "
            "process. Enjoy every minute."
        ),
        (
            "We understand it was frustrating not to be let in alone. For everyone's safety, accompanied "
            "viewings are required on all occupied properties — it protects both the tenants and visitors. "
            "We're sorry this wasn't explained when you booked."
        ),
        (
            "We're sorry our fee for tax returns went up this year without enough notice. Our software and "
            "insurance costs rose sharply, but we should have told clients in the autumn, so we'll honour "
            "last year's price for anyone who booked before January."
        ),
        (
            "Thank you for such detailed feedback — it's exactly what helps us improve. We've shared your "
            "points about the onboarding paperwork with the team and are simplifying the forms."
        ),
        (
            "Aw thanks heaps!! 🙌😊 So stoked you love the new place. Give us a shout if you need anything! — "
            "the crew at Tidewater Rentals, Byron Bay"
        ),
        "Thanks for the review. Sorry for the delay — we're on it.",
        (
            "We apologise for the inconvenience caused by the delay to your application. We have reviewed "
            "our processes and introduced weekly status updates for all clients. Please contact our client "
            "services team at clientcare@meridianbrokers.com should you wish to discuss this further."
        ),
        (
            "Thank you for your kind feedback, ma'am. We are happy the home-loan disbursement was smooth. "
            "Our office on MG Road is open Monday to Saturday, 10am to 6pm, if you need any help. Regards, "
            "Team Kaveri Home Finance, Bengaluru"
        ),
        (
            "Thanks so much for the lekker review! We'll pass your compliments on to Thandi, who handled the "
            "transfer. All the best in the new house. — Cape Point Properties"
        ),
        (
            "Ah, thanks a million for that. It was a pleasure to help with the sale, and best of luck with "
            "the move. — Niamh, Corrib Estates, Galway"
        ),
        (
            "I'm really sorry the inventory report had errors — that shouldn't happen. I'd like to go "
            "through it with you and correct it properly. Please email me at james@parkviewlettings.co.uk or "
            "call 020 7946 0331."
        ),
        (
            "Thanks for choosing us! We run a refer-a-friend scheme for all clients: if someone you "
            "introduce takes out a policy, you both receive a £25 voucher. It's open to everyone and has "
            "nothing to do with reviews."
        ),
        (
            "We're sorry you felt pressured. Our advisers are asked never to push a product, and our notes "
            "show two options were discussed, but we take your comment seriously and would welcome a call to "
            "hear more. Please ring Helen on 0131 496 0044."
        ),
        "Thank you, Graham! Always a pleasure. 😊",
        (
            "I'm sorry the deduction for cleaning came as a surprise. It was based on the check-out report, "
            "which we've emailed you again, and the deposit scheme offers free dispute resolution if you "
            "disagree — we'll cooperate fully with it."
        ),
        (
            "Thank you for your question about the cooling-off period. For this type of policy you have 14 "
            "days to cancel without penalty, and we'd be happy to walk you through it — please give us a "
            "call."
        ),
        (
            "We're sorry — Liam quoted you the wrong stamp duty figure. The mistake was ours as a company, "
            "and we've since checked every quote issued that week. Please let us know if it affected your "
            "budget; we'd like to help."
        ),
        (
            "Sorry you were kept waiting in reception for 40 minutes. That's not acceptable, and we've "
            "changed how appointments are booked so it doesn't happen again."
        ),
        (
            "Thanks so much for the 5 stars! We loved helping you find your first condo. Enjoy the view! — "
            "Rocky Mountain Realty, Calgary"
        ),
        (
            "Cheers for the honest feedback. You're right, we dropped the ball on the lease renewal "
            "reminder. We've set up automatic reminders 60 days out. Give me a bell on 08 9123 4567 if you "
            "want to chat. — Bec, Swan River Property, Perth"
        ),
        (
            "We thank you for your feedback regarding the certification of your documents. We regret the "
            "delay and have since extended our appointment availability. Please contact our office at "
            "info@holbornnotaries.co.uk for any further assistance."
        ),
        (
            "Thanks for the feedback. You're right that we should have returned your call before the filing "
            "deadline, and I apologize. I'd like to make it right, so please call me directly at (402) "
            "555-0187. — Linda, Platte Valley Tax"
        ),
        (
            "Fair cop — our website looks like it was built in 2004, because it was. A new one goes live "
            "next month. Thanks for bearing with us! 😅"
        ),
        (
            "Thanks for pointing out that the photos in the listing were out of date. We've reshot the "
            "property and updated the advert. Really appreciate you taking the time."
        ),
        (
            "We understand it was frustrating that we couldn't discuss a policy held in another person's "
            "name over the phone. Data protection rules mean we need the policyholder's consent first, but "
            "we're happy to set that up — just call us on 028 9046 0123."
        ),
    ],
    "fr": [
        (
            "Merci beaucoup pour votre avis, ça nous fait très plaisir ! Toute l'équipe vous souhaite une "
            "belle installation. À bientôt, L'Immobilière du Vieux-Port, Marseille"
        ),
        (
            "Merci pour votre confiance ! Pour info, notre programme de parrainage est ouvert à tous nos "
            "clients : 100 € offerts pour chaque nouveau mandat apporté, sans aucun lien avec les avis "
            "laissés."
        ),
        (
            "Nous sommes désolés de ne pas vous avoir rappelé. Vous pouvez joindre directement notre "
            "responsable gestion locative au 02 99 45 12 30 ou par mail à gestion@rennes-location.fr ; elle "
            "reprendra votre dossier dès aujourd'hui."
        ),
        (
            "Merci pour votre remarque. Depuis ce mois-ci, le cabinet est ouvert le samedi matin de 9 h à 12 "
            "h, ce qui devrait faciliter le dépôt de vos pièces."
        ),
        (
            "Merci infiniment ! Nous transmettrons vos compliments à Élodie, qui sera ravie de lire votre "
            "message."
        ),
        (
            "Toutes nos excuses : Thomas vous a transmis un mauvais décompte, mais c'est bien l'étude qui en "
            "porte la responsabilité. Nous avons mis en place une double vérification. N'hésitez pas à me "
            "contacter directement. Maître Anne Vidal"
        ),
        (
            "Vous aviez raison, les frais de dossier n'auraient pas dû être prélevés. Ils vous ont été "
            "intégralement remboursés hier, et nous vous présentons nos excuses."
        ),
        (
            "Pardon pour ce délai de réponse. Notre conseillère était absente et nous n'avons pas réparti "
            "ses dossiers assez vite : c'est notre faute, et nous avons revu notre organisation."
        ),
        (
            "Nous comprenons votre question sur le délai de rétractation. Pour un compromis de vente, la loi "
            "prévoit dix jours à compter du lendemain de la notification ; nous restons à votre disposition "
            "pour vous l'expliquer de vive voix."
        ),
        (
            "Nous sommes désolés pour ce dégât des eaux. Votre assurance habitation devrait prendre en "
            "charge une partie des dommages, et nous pouvons vous aider à monter la déclaration de sinistre "
            ": appelez-nous au cabinet."
        ),
        (
            "Nous sommes navrés pour ce vol de vélo dans le local de la résidence. Nous avons transmis les "
            "images de vidéosurveillance à la police pour faciliter l'enquête, et nous pouvons vous fournir "
            "une attestation pour votre assureur."
        ),
        (
            "Touché ! Notre photocopieuse a plus d'années de service que certains de nos collaborateurs 😅 "
            "Elle part à la retraite la semaine prochaine. Merci pour ce retour plein d'humour."
        ),
        (
            "Merci pour vos trois étoiles et pour ce retour nuancé. Vous avez raison sur la lenteur de nos "
            "réponses par mail, nous y travaillons."
        ),
        (
            "Merci pour votre retour. D'après notre dossier, l'avis d'échéance a été envoyé un mois avant la "
            "date, mais il a pu s'égarer et nous aimerions comprendre ce qui s'est passé. Pouvez-vous nous "
            "appeler au 04 67 58 20 11 ?"
        ),
        (
            "Nous vous adressons nos sincères condoléances et vous remercions de votre confiance dans un "
            "moment aussi douloureux. L'étude reste à votre écoute pour toute question."
        ),
        (
            "Félicitations pour votre premier achat ! 🎉🔑 Ce fut un vrai plaisir de vous accompagner jusqu'à "
            "la remise des clés."
        ),
        (
            "Nous comprenons votre déception de ne pas avoir pu visiter seul. Pour la sécurité de tous, les "
            "visites de logements occupés se font toujours accompagnées, afin de protéger les locataires "
            "comme les visiteurs. Nous aurions dû vous le préciser lors de la prise de rendez-vous, pardon."
        ),
        (
            "Nous sommes désolés que la hausse de nos honoraires vous ait été annoncée si tard. Nos coûts de "
            "logiciel et d'assurance professionnelle ont fortement augmenté, mais nous aurions dû prévenir "
            "plus tôt ; l'ancien tarif s'applique donc à toutes les missions signées avant janvier."
        ),
        (
            "Merci pour ce retour très détaillé, c'est précieux pour nous. Nous avons partagé vos remarques "
            "sur les documents d'entrée avec toute l'équipe et nous simplifions les formulaires."
        ),
        "merci bcp 😊🙏 trop contents que l appart vous plaise, bonne installation !!",
        "Merci pour votre avis. Désolés pour le retard, on s'en occupe.",
        (
            "Nous accusons réception de votre avis et vous prions de bien vouloir accepter nos excuses pour "
            "le désagrément occasionné. Nous vous invitons à contacter notre service relations clients à "
            "l'adresse contact@courtage-dauphine.fr afin que votre dossier soit réexaminé."
        ),
        (
            "Merci beaucoup pour ce chouette avis ! On est ravis que la vente se soit bien passée. À tantôt "
            "peut-être, l'équipe d'Immo Ardenne, Arlon"
        ),
        (
            "Un grand merci pour votre message. Nous sommes heureux que la remise de votre appartement se "
            "soit bien déroulée. Meilleures salutations, Régie Salève SA, Genève"
        ),
        (
            "Merci ben gros pour votre beau commentaire! C'était un plaisir de vous aider avec votre "
            "hypothèque. Bonne journée! — Courtage Rive-Sud, Longueuil"
        ),
        (
            "Merci beaucoup pour votre confiance. Nous sommes heureux d'avoir pu vous accompagner pour votre "
            "assurance habitation. Que Dieu bénisse votre nouvelle maison ! Cabinet Sahel Courtage, "
            "Ouagadougou"
        ),
        (
            "merci pour votre retour, desole pour l attente au telephone, on a ajoute une ligne pour que ca "
            "n arrive plus. bonne journee"
        ),
        (
            "Je suis sincèrement désolée pour les erreurs dans l'état des lieux. Je souhaite les corriger "
            "avec vous : écrivez-moi à claire@agence-montmartre.fr ou appelez le 01 42 62 18 90."
        ),
        (
            "Merci pour votre fidélité ! Notre offre de bienvenue, un mois de frais de gestion offert, "
            "s'applique à tous les nouveaux propriétaires bailleurs, quel que soit leur avis."
        ),
        (
            "Nous vous présentons nos excuses : Sophie a oublié de transmettre votre dossier à la banque, "
            "mais la responsabilité en revient à notre cabinet. Nous avons mis en place un suivi partagé "
            "pour que cela ne se reproduise plus."
        ),
        (
            "Nous sommes désolés que vous vous soyez senti pressé. Nos conseillers ont pour consigne de ne "
            "jamais forcer une décision, et notre compte rendu mentionne deux options présentées, mais votre "
            "ressenti compte : nous serions heureux d'en parler avec vous par téléphone."
        ),
        "Merci Josiane, c'est toujours un plaisir ! 😊",
        (
            "Nous regrettons que la retenue pour le ménage vous ait surpris. Elle repose sur l'état des "
            "lieux de sortie, que nous vous avons renvoyé, et la commission départementale de conciliation "
            "peut être saisie gratuitement en cas de désaccord ; nous coopérerons pleinement."
        ),
        (
            "Maître Perrin vous remercie pour votre message et regrette le délai rencontré. L'étude a depuis "
            "élargi ses plages de rendez-vous. Pour toute question, le secrétariat est joignable au 03 80 30 "
            "12 45 du lundi au vendredi. Étude Perrin, Dijon"
        ),
        (
            "Merci pour ce super retour ! Ravis que votre première déclaration de TVA se soit passée sans "
            "stress. À l'année prochaine pour le bilan ! Le cabinet Alpes Compta, Annecy"
        ),
        (
            "Vous avez tout à fait raison, nous avons oublié de vous prévenir du changement d'interlocuteur. "
            "Toutes nos excuses. Votre nouvelle conseillère vous appellera cette semaine pour faire le point."
        ),
        (
            "Trugarez ! Merci beaucoup pour ce gentil mot, ça fait plaisir. Bonne installation ! L'équipe de "
            "Penn Ar Bed Immobilier, Quimper"
        ),
        (
            "Merci, c'est gentil comme tout ! On est ravis d'avoir trouvé la maison qui vous correspond. Au "
            "plaisir de vous croiser au marché ! L'agence des Coteaux, Agen"
        ),
        (
            "Nous comprenons votre inquiétude après ce sinistre. Votre contrat prévoit une franchise de 300 "
            "€, comme indiqué dans les conditions particulières ; nous avons relancé l'assureur pour "
            "accélérer l'indemnisation et nous vous tiendrons informé."
        ),
        (
            "Nous comprenons qu'il ait été frustrant de ne pas obtenir d'informations sur un contrat établi "
            "à un autre nom. La réglementation sur la protection des données nous oblige à obtenir l'accord "
            "du titulaire, mais nous pouvons organiser très simplement un rendez-vous à trois."
        ),
    ],
}
