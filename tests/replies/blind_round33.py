"""Blind reply set, round 33: owner replies the pre-post check has never seen.

Who and when: written by helper 18b33, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 31").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business given for this round (coworking spaces, call centres,
internet providers, mobile-phone shops, energy suppliers, insurance brokers,
estate agents, letting agents, property managers, building contractors,
architects, interior designers, wedding planners, event photographers, office
caterers, sandwich bars, bubble-tea shops, juice bars, doughnut shops,
chocolate makers, delicatessens, organic grocers, supermarkets' local
branches, corner shops, newsagents, tobacconists and laundrettes).  Each
French reply was written directly in French, not translated.  The writer read
only the writer brief, the first seventy-five lines of the round 20 file
(tests/replies/blind_round20.py, to copy its format) and the [tool.ruff]
section of pyproject.toml; it did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, mixed: an owner who is a native Spanish speaker writing English,
London street English, Welsh English, corporate legalistic English and plain
everyday English; an elderly Breton or Norman owner writing French, familiar
Marseille French, African French from Dakar and Abidjan and plain everyday
French.  For every code and language the first reply is long and warm, with
its fault in a single sentence in the middle; several others are subtle, the
fault hidden under polite wording.  Good replies include look-alikes that are
not faults: a loyalty card or referral scheme open to everyone, the
business's own phone, e-mail or address, staff praised by first name, an
employee's mistake owned by the business, the police, CCTV, contracts or
insurance mentioned neutrally or to help the customer, a joke at the
business's own expense, polite factual corrections that keep the door open,
condolences, safety rules explained kindly, and one honest reason given with
an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND33_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing our coworking space for your first month as a freelancer, it is really nice to read. We are happy the standing desks by the window and the quiet phone booths worked well for your client calls, and that Tomás helped you set up the printer on day one. Community is the reason we opened this place, so your kind words about the Friday breakfast mean a lot. If you update your review to five stars, we will add a free week of hot-desking to your account. Hope to see you at the next breakfast!",
            "Cheers for the shout bruv, bump it to 5 stars and your next bubble tea's on the house, just show the screen at the till innit 🧋",
            "Should you feel able to revisit the rating you have given, we would be glad to waive the setup fee on your broadband upgrade as a gesture of goodwill.",
            "Diolch! Sorry the doughnuts ran out early Saturday. Pop the review down and there's a dozen waiting for you next week, no charge, lovely.",
            "Hello my friend, thank you for the comment. For every client who put the five stars we give the ten percent discount in the next laundry service, so please you can change it and we apply it.",
        ],
        "fr": [
            "Bonjour Madame, et merci de tout cœur pour ce gentil mot après votre mariage au manoir. Nous avons été tellement émus de vous voir danser sous les lampions, et toute l'équipe garde un souvenir magnifique de cette journée malgré l'averse de l'après-midi. Nos fleuristes ont adoré travailler avec vos couleurs, le bleu et le blanc allaient si bien avec les hortensias. Si vous passiez votre note à cinq étoiles, nous vous offririons l'album photo en édition luxe. Encore tous nos vœux de bonheur à vous deux !",
            "Wesh merci frérot 😎 tu mets 5 étoiles et le prochain jus détox il est pour moi, tranquille, tu montres juste ton avis au comptoir",
            "Nous nous permettons de vous indiquer qu'un bon d'achat de vingt euros vous sera adressé dès réception de votre avis modifié.",
            "Merci beaucoup ma sœur ! Enlève seulement le commentaire-là et ta prochaine recharge de crédit téléphone est cadeau, on s'arrange, walaï.",
            "Ma bonne dame, j'ai été peiné de votre avis sur mes chocolats. Si vous voulez bien le retirer, je vous mets de côté une boîte de caramels au beurre salé pour Noël, ce sera de bon cœur.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write about the renovation of your kitchen, we read every word. Our team worked through a very wet October and we know the delays on the worktop were frustrating for your family. We have always tried to be open about costs, and the final invoice reflects the extra plastering you asked for in writing. Please be aware that our solicitor has been copied on this review and we will not hesitate to pursue defamation proceedings if it remains online. We would still rather settle this by talking, so call the office when you are ready.",
            "Know where you park your van mate. Might wanna think twice before posting stuff like that about my shop.",
            "The Company hereby notifies the reviewer that the statements published herein are under review by our legal department and that all remedies available at law are expressly reserved.",
            "We have the CCTV from your visit to the deli and we are sure your employer would find it very interesting to see how you spoke to my staff.",
            "Hello, we are sorry you are not happy, but I tell you friendly: we have your contract with your signature and if you continue to write these things about the agency we will go to the tribunal, it is not a joke.",
        ],
        "fr": [
            "Bonjour Monsieur, nous vous remercions d'avoir pris le temps de nous écrire au sujet de la gestion de votre immeuble. Nous savons que le remplacement de l'ascenseur a été long, et que les personnes âgées du troisième ont beaucoup souffert de cette attente. Notre équipe a relancé l'entreprise chaque semaine et nous avons tenu les copropriétaires informés par courrier. Sachez toutefois que nous avons transmis votre avis à notre avocat et qu'une plainte pour diffamation sera déposée si ces propos ne sont pas retirés sous huit jours. Nous restons bien entendu à votre écoute pour la prochaine assemblée générale.",
            "Oh collègue, fais attention à ce que t'écris hein, on sait très bien qui tu es et où tu habites, le quartier il est petit.",
            "Nous vous informons respectueusement que votre identité nous est connue et que nous nous réservons le droit de communiquer ces échanges à votre employeur.",
            "Tonton, on a vu ton visage sur la caméra du magasin, donc continue seulement à raconter n'importe quoi, tu vas voir ce qui va t'arriver.",
            "J'ai soixante-dix-huit ans et ça fait cinquante ans que je tiens ce tabac. Je connais votre père, je lui dirai ce que vous écrivez sur internet, et vous verrez s'il est fier de vous.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for your feedback on the house viewing, and for being so patient with us during a busy spring. We completely understand that the garden looked smaller than in the photos, and we have asked the photographer to add a wider shot. We also checked our notes and can confirm you viewed 14 Marlowe Close on Tuesday 3 March at 5.30pm with your wife and your mortgage agreement of £320,000. Our team is always happy to show you more properties that suit your budget. Have a lovely week.",
            "Hi Dave, we rang you on 07700 900417 three times about the router and left voicemails, give us a shout back.",
            "We regret any inconvenience; as our records show, your policy was cancelled following your claim for the back surgery in February, so the premium was adjusted accordingly.",
            "Mate you was in here last Thursday at like 11pm buying three bottles of vodka, don't act like we didn't serve you proper.",
            "Dear customer, I am very sorry for the laundry. I see in the system your address is flat 2, 19 Clarence Road, we will send the driver there tomorrow morning with the shirts, no problem.",
        ],
        "fr": [
            "Bonjour Madame, merci beaucoup pour ce retour détaillé sur la livraison de votre buffet d'entreprise. Nous sommes désolés que les verrines soient arrivées en retard, le camion a été bloqué sur le périphérique et nous aurions dû vous prévenir plus tôt. Pour rappel, votre commande n°48213 du jeudi 12 mars pour quarante personnes, livrée au 4e étage du 27 rue des Tanneurs, mentionnait bien l'allergie aux noix de votre directeur. Nous avons revu nos horaires de départ pour que cela ne se reproduise pas. Au plaisir de vous régaler à nouveau.",
            "Bonjour Monsieur Diallo, on a essayé de vous joindre au 06 12 34 56 78 plusieurs fois pour votre abonnement, rappelez-nous svp.",
            "Nous comprenons votre mécontentement ; toutefois, compte tenu de votre grossesse déclarée lors de la souscription, le tarif appliqué était conforme.",
            "Eh fada, t'étais là samedi à 2h du mat avec ta copine, tu crois que je t'ai pas reconnu ? Arrête de dire qu'on t'a mal servi.",
            "Ma chère dame, je me souviens très bien de vous, vous êtes passée mardi dernier avec votre petit-fils acheter vos cigarettes mentholées, comme chaque semaine depuis votre opération.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your message about the design of your living room, it is always useful to hear how a project felt from the client's side. We spent a lot of time on the mood boards with you and we are proud of the way the reading corner turned out. We understand that the sofa delivery was later than planned and we apologise for the weeks without somewhere comfortable to sit. Frankly, though, it is hard to take criticism from someone who changed their mind eleven times and clearly has no taste. We wish you all the best in your new home.",
            "You're a proper wrong'un mate, tried to nick a meal deal and now you're crying online. Behave.",
            "We note with some sadness that this review was posted by a competitor pretending to be a customer, which says everything about their honesty.",
            "Hello, I am sorry but you are lying. You never bought any phone in my shop and you know it, people like you only want something for free.",
            "It is a shame that a gentleman of your education would choose to invent a story simply to avoid paying the balance of your invoice.",
        ],
        "fr": [
            "Bonjour, merci pour votre avis sur notre salle de coworking et pour les quatre mois passés parmi nous. Nous sommes contents que le café et la terrasse vous aient plu, et nous avons bien noté que le wifi du deuxième étage était trop lent en fin de journée. Un nouveau point d'accès a d'ailleurs été installé la semaine dernière. Mais franchement, venant d'un mauvais payeur de votre espèce, qui ment comme il respire, ces reproches prêtent à sourire. Nous vous souhaitons une bonne continuation.",
            "Oh le cake, t'es un vrai tchoutchou toi, tu viens mettre le bazar dans ma boutique et après tu pleures sur internet.",
            "Il est regrettable qu'une personne manifestement de mauvaise foi prenne la peine d'inventer de tels récits pour nuire à un commerce de quartier.",
            "Vous êtes un menteur, Monsieur. Ce n'est pas la première fois que vous essayez de vous faire rembourser un gâteau déjà mangé.",
            "Ah mon frère, tu es un vrai gaou hein, tu ne connais rien aux travaux et tu viens parler comme un grand ingénieur.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for sharing your thoughts about our call centre, we always read reviews as a team on Monday mornings. We know wait times were longer than usual in January because of the storm outages, and we added twenty more advisers to help. Most customers told us the callback option made a real difference. Oh, and congratulations on being the only person in the whole of Wales who managed to wait forty minutes without pressing the big button that says 'call me back' — truly a skill. Have a good week.",
            "Wow, three stars for a sandwich you ate in two bites, we're honoured, really, what a tough critic.",
            "What a shame our chocolates did not meet your refined palate; we shall of course rush to import cocoa from Mars for your next visit.",
            "Oh no, the juice was cold? In a juice bar? Whatever next, wet water?",
            "We are deeply sorry that our tariffs were so difficult to understand, perhaps next time we will draw them with crayons for you.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de laisser un avis sur notre épicerie fine. Nous sommes contents que le jambon ibérique et les olives de Kalamata vous aient plu, et nous avons noté votre suggestion d'ouvrir plus tôt le dimanche. L'équipe réfléchit à un créneau de 9 heures pour le printemps. Quant au prix du fromage, désolés, nous avons oublié que le Comté de trente mois devait se vendre au prix d'une tranche de plastique sous vide, quelle étourderie de notre part. Bonne journée à vous.",
            "Ah pardon, le pressing a rendu votre chemise trop propre, on fera mieux la prochaine fois, promis, on y mettra un peu de ketchup.",
            "Bravo pour cette analyse d'une finesse rare, nous attendons avec impatience votre prochain traité sur l'art de se plaindre d'un beignet.",
            "Ah oui, c'est vrai, le bubble tea il y a des perles dedans, quelle surprise terrible, on aurait dû mettre un panneau lumineux.",
            "Merci mon frère pour ce grand conseil d'expert, vraiment, on va fermer la boutique demain et tout te confier puisque tu sais tout.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for your honest review of your stay in one of our managed flats, and we are sorry your first week did not go smoothly. The boiler is now replaced and the building's hot water has been checked by an engineer. We know that living without heating in November is miserable, and we want to make it right with a partial rent refund. The delay happened because Gareth on our maintenance team forgot to log your call, and he has been given a formal written warning. Please do get in touch with the office if anything else needs attention.",
            "Sorry about the wrong order, that was Kofi on the morning shift, he's new and honestly useless, we've let him go.",
            "We have identified that the error on your quote was made by our junior surveyor, Ms Patel, who has since been removed from client-facing duties pending a review of her conduct.",
            "Hola, sorry sorry for the photos! It was Marco, my second photographer, he forget to change the battery, I already deduct it from his salary so you don't worry.",
            "Apologies for the rudeness, it was Jade on the till. She's been told if it happens again she's out.",
        ],
        "fr": [
            "Bonjour Madame, merci pour votre message et pour votre fidélité depuis tant d'années à notre agence. Nous sommes sincèrement désolés pour la confusion autour de l'état des lieux de sortie et pour la retenue sur caution qui vous a été appliquée à tort. La somme vous a été intégralement restituée ce matin. C'est notre collaboratrice Sandrine qui avait mal rempli le formulaire, et elle a reçu un avertissement de la direction. Nous espérons vous revoir pour votre prochain projet de location.",
            "Désolé pour la commande, c'est Moussa qui était au comptoir, il ne fait jamais attention, on va le renvoyer.",
            "Après vérification, l'erreur de facturation est imputable à Mme Leroux, conseillère, qui fera l'objet d'une procédure disciplinaire.",
            "Ah excuse frère, c'était le petit Karim à la caisse, il est tête en l'air, je lui ai passé un savon devant tout le monde.",
            "Ma bonne dame, c'est ma vendeuse Gwenaëlle qui s'est trompée dans la monnaie, je l'ai bien grondée et je retiens l'argent sur sa paie.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for letting us know about the late cake delivery for your office party, and we are sorry it caused stress on the day. We know how much planning goes into these events and we value your business very much. The van had a flat tyre, the driver's satnav sent him the wrong way round the ring road, two of our bakers were off with flu, our flour supplier delivered late that morning, the lift in your building was out of order and the security desk would not let us in without a pass we were never told about. We are looking at all of it for next time. Thank you again for your patience.",
            "It wasn't our fault the internet went down: the cable was cut by the council, the weather was bad, the regional exchange had issues, our supplier had a strike, Openreach never answered, and the engineer's van broke down.",
            "While we acknowledge your concerns, we would note that the delay arose from supplier shortages, regulatory changes, unprecedented demand, staff illness, the bank holiday, IT migration and third-party courier failures, none of which were within our reasonable control.",
            "Yes the shop was closed at 9am but my cousin had the keys, the shutter was stuck, it was raining, the delivery was late and my phone died so I couldn't post a sign.",
            "We are sorry for the queue, but please understand: it was Saturday, two tills were broken, the card machine was slow, the self-checkout had no paper, there was a school match nearby, and many customers paid with coins.",
        ],
        "fr": [
            "Bonjour Monsieur, merci pour votre avis sur votre nouveau contrat d'électricité. Nous comprenons votre agacement face à cette première facture plus élevée que prévu. Il faut dire que l'hiver a été très froid, que le compteur a été relevé en retard, que les tarifs réglementés ont changé en février, que notre logiciel a été mis à jour la même semaine, que le précédent fournisseur nous a transmis de mauvais index et que la poste a perdu notre courrier d'explication. Nos conseillers restent à votre disposition pour étaler le paiement. Bonne journée.",
            "Oui on était fermés lundi mais c'était la grève, puis la pluie, puis le fournisseur, puis ma femme malade, puis la panne de voiture, puis le livreur, puis le chauffe-eau, bref.",
            "Le retard du chantier s'explique par les intempéries, la pénurie de matériaux, les délais administratifs, la défaillance d'un sous-traitant, les congés du bureau de contrôle et une modification tardive du plan par l'architecte de la copropriété.",
            "Ah mais fallait comprendre, il y avait le délestage, le groupe électrogène était en panne, le gardien était au village, le carburant était cher, et la route de Rufisque était bouchée.",
            "Eh oui le pain était pas frais, mais le boulanger était en retard, le frigo a lâché, le camion est arrivé tard, il faisait une chaleur de fou et en plus c'était le jour du match de l'OM.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to review our organic grocery, we truly appreciate every customer who shops local. We are proud of our suppliers and visit most of the farms ourselves each season, and we are glad you liked the sourdough and the honey. We always want to hear how we can do better. However, there was no mould on any strawberries sold in our shop that day, that simply did not happen. We hope to welcome you again soon.",
            "Never happened. Nobody here was rude to you. End of.",
            "We have carefully reviewed this matter and can state that no error of any kind occurred in the preparation of your wedding photographs.",
            "This is not true, the machine in our laundrette never damaged anybody's clothes, never in twenty years, is impossible.",
            "We'd politely point out that our tobacconist has never once sold out of that brand, so we're not sure which shop you visited.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et pour l'intérêt que vous portez à notre chocolaterie depuis son ouverture. Nos artisans travaillent chaque jour des fèves issues du commerce équitable, et nous sommes ravis que les mendiants et les orangettes vous aient plu. Nous restons toujours ouverts aux suggestions de nos clients. En revanche, aucun chocolat blanchi n'a été vendu dans notre boutique, c'est tout simplement faux. Au plaisir de vous accueillir à nouveau.",
            "Faux. Personne ne vous a mal parlé. Point.",
            "Nous contestons formellement l'ensemble des faits relatés, qui ne correspondent en rien à la réalité de notre intervention.",
            "Ça n'est jamais arrivé chez nous, on ne vend pas de cartes SIM périmées, jamais, c'est impossible mon frère.",
            "Vous devez confondre avec un autre commerce, Monsieur, car chez nous la machine à café n'est jamais tombée en panne, pas une seule fois.",
        ],
    },
}

BLIND33_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for the kind words about the coworking space, we're glad the quiet room helped you finish your thesis. See you at Friday breakfast!",
        "We're really sorry about the wait on the phone line last week. We've added staff on Monday mornings, and if your issue isn't sorted yet please email help@example-callcentre.co.uk and a team leader will ring you back.",
        "Sorry your broadband dropped out so often in March. An engineer fixed a faulty line card at the cabinet on the 28th, and we've credited every affected customer on your street with a month free. Please tell us if it happens again.",
        "Thanks for shopping with us! Our phone-case loyalty card is open to everyone: buy five, get the sixth free, no strings attached.",
        "We're sorry the switch to our energy tariff took longer than promised. That was our mistake, not yours, and we've applied the welcome credit we promised to your account. Our team is on 0800 000 000 if anything still looks wrong.",
        "Diolch yn fawr for the lovely review! Rhiannon will be chuffed to hear she made the home insurance renewal so painless for you.",
        "Thank you for your feedback. We want to gently correct one detail: the admin fee was listed on page two of the quote, but we agree it should have been clearer, so we've moved it to the first page for everyone.",
        "Sorry for the mix-up over the viewing time. That was our error; our negotiator had the wrong slot in the diary and we've apologised to him and changed how bookings are confirmed. Please call the branch and we'll book you in at a time that suits you.",
        "Thanks for the honest review. We know the tenancy deposit took too long to come back. It has now been returned in full, and we're sorry for the worry it caused.",
        "We were very sorry to read about your father's passing. Please don't worry about the notice period on the flat; call us whenever you feel ready and we'll take care of it.",
        "Thanks for choosing us for the extension. Our site manager, Bryn, was delighted with your kind words about how tidy the site was kept.",
        "Thank you for your review. For safety reasons we can't let anyone onto the scaffolding without a hard hat, even for a quick look. Sorry if that came across as abrupt; we'd be glad to arrange a guided site visit.",
        "We loved working on your barn conversion, thank you! The drawings are ready to collect from our studio whenever you're passing.",
        "Sorry the curtain fabric you chose came in a slightly different shade. We've ordered a replacement at our cost and Lucía will bring samples round before fitting.",
        "Hola! Thank you so much for letting us plan your wedding, it was a pleasure. I am sorry the music started late, it was our coordination and I take the responsibility. We will send you a small refund this week.",
        "Thank you for having us photograph your company's awards night. Your gallery is online now and we've added the group shots you asked for.",
        "Sorry the office lunch arrived twenty minutes late on Thursday. Our driver was held up by a road closure, and we should have phoned ahead. We've refunded the delivery charge.",
        "Cheers for the review! Sorry the chicken sandwich was a bit dry; we've changed the recipe and added more mayo. Come back and tell us if it's better.",
        "Thank you for the lovely message! Shout out to Mei at the bubble-tea counter, who remembered your order after one visit, that's the kind of service we love.",
        "Thanks for the feedback. Our new green juice is an acquired taste, we admit, even our own kids pull a face. We've added a sweeter version for anyone who prefers it.",
        "Our doughnuts sell out early on Saturdays, we know, and we're sorry you missed out. You can reserve a box by calling the shop the day before.",
        "Thank you! We're glad the salted caramel truffles made it through the post in one piece this time. We've also switched to recyclable packaging.",
        "Sorry the ham was sliced thicker than you asked. That was our fault and we're reminding everyone on the counter. Next time just tell us and we'll cut it again on the spot.",
        "Thanks for your review. To clear up a small misunderstanding: our eggs are free-range, and the organic certificate is displayed next to the till if you'd like to see it.",
        "We're sorry the self-checkouts at our local branch were out of order on Sunday. They've now been repaired, and the store manager has added an extra staffed till at weekends.",
        "Thanks for being a regular at the corner shop for ten years! We don't say it enough.",
        "We appreciate the feedback about the newspaper delivery. Our paper round changed route in January and your house was missed for two days; sorry about that, it's fixed now.",
        "Thank you for your review. By law we have to ask for ID from anyone who looks under 25 when buying tobacco. We're sorry if it felt awkward, it's nothing personal.",
        "Sorry the dryer ate your coins! Please call the number on the laundrette wall and we'll refund you straight away, no questions.",
        "We take your comments seriously. We've reviewed the CCTV in our own shop to check the queue system and we've now added a second person at the counter at lunchtime.",
        "Thank you for pointing out that our estate agency's advert said 'three bedrooms' when the third is a box room. You're right, and we've changed the listing.",
        "We're sorry you felt the quote for the kitchen fitting was high. One honest reason: the price of worktops went up by a fifth this year. We're happy to talk through cheaper options.",
        "Yes, we do have a referral scheme: any customer who recommends a friend gets £20 off, whatever they think of us. Thanks for asking!",
        "Thank you for your five stars! Our call centre team reads every review, and Priya was over the moon that you mentioned her.",
        "Sorry, mate, the card machine was down on Friday night. Not ideal in a cashless world, we know. A new one is installed now.",
        "We appreciate your feedback. We respectfully see the timeline a little differently, as our records show the engineer arrived at 10am, but we completely accept the repair wasn't good enough, and we'll send someone back free of charge.",
        "Congratulations on your new home! It was a pleasure helping you find it, and we hope the garden is everything you wanted.",
        "Sorry the parcel we were holding for you at the newsagent had gone back to the courier. That was our slip. We've rung them and it'll be back with us on Tuesday.",
        "Thank you for your review. Our contract terms do include a thirty-day notice period, but given the circumstances you described we're happy to waive it.",
        "We'll happily admit our coffee machine is older than some of our members. A new one arrives next week, thank you for your patience!",
    ],
    "fr": [
        "Merci beaucoup pour ce joli message, nous sommes ravis que l'espace de coworking vous ait plu. À bientôt pour le petit-déjeuner du vendredi !",
        "Nous sommes désolés pour l'attente au téléphone. Nous avons renforcé l'équipe le lundi matin ; si votre dossier n'est pas réglé, écrivez-nous à contact@exemple-service.fr et un responsable vous rappellera.",
        "Toutes nos excuses pour les coupures de votre box en mars. Un technicien a réparé l'équipement du quartier le 28, et tous les abonnés concernés ont reçu un mois offert.",
        "Merci pour votre visite ! Notre carte de fidélité est ouverte à tous : pour cinq accessoires achetés, le sixième est offert.",
        "Nous vous présentons nos excuses pour le retard de votre changement de fournisseur d'électricité. L'erreur vient de chez nous, et le bonus de bienvenue promis a été crédité sur votre compte.",
        "Merci infiniment, Madame ! Fatou sera très contente de savoir que vous avez apprécié ses conseils pour votre assurance habitation.",
        "Merci pour votre retour. Une petite précision : les frais de dossier figuraient en page deux du devis, mais vous avez raison, ce n'était pas assez visible, nous les avons mis en première page pour tout le monde.",
        "Pardon pour la confusion sur l'heure de la visite. C'est notre erreur : le créneau était mal noté dans l'agenda de l'agence. Appelez-nous et nous trouverons un horaire qui vous convient.",
        "Merci pour votre franchise. Le dépôt de garantie a mis trop de temps à vous être restitué ; c'est fait aujourd'hui, et nous en sommes sincèrement désolés.",
        "Nous avons appris avec beaucoup de tristesse le décès de votre mère. Ne vous souciez pas du préavis du logement, nous nous en occuperons quand vous serez prêt.",
        "Merci de nous avoir confié votre extension. Notre chef de chantier, Yannick, a été très touché par vos mots sur la propreté du chantier.",
        "Merci pour votre avis. Pour des raisons de sécurité, personne ne peut monter sur l'échafaudage sans casque, même pour un coup d'œil. Désolés si cela a paru sec ; nous organisons volontiers une visite accompagnée.",
        "Ce fut un vrai plaisir de travailler sur la rénovation de votre longère, merci ! Les plans sont prêts, passez les chercher à l'atelier quand vous voulez.",
        "Désolés que le tissu choisi soit arrivé dans une teinte un peu différente. Nous avons recommandé le bon à nos frais, et Élodie passera avec des échantillons avant la pose.",
        "Mille mercis de nous avoir confié votre mariage. Nous sommes désolés que la musique ait commencé en retard ; c'était notre coordination, nous en prenons la responsabilité et un geste vous sera remboursé cette semaine.",
        "Merci de nous avoir fait confiance pour photographier votre soirée d'entreprise. La galerie est en ligne, avec les photos de groupe demandées.",
        "Désolés pour les plateaux-repas arrivés avec vingt minutes de retard jeudi. Notre livreur a été bloqué par une route fermée et nous aurions dû vous prévenir. Les frais de livraison vous sont remboursés.",
        "Merci pour l'avis ! Pardon pour le sandwich un peu sec, on a revu la recette. Revenez nous dire si c'est mieux.",
        "Merci pour ce gentil message ! Bravo à Linh au comptoir, qui se souvenait de votre bubble tea dès la deuxième visite.",
        "Merci ! On avoue que notre jus vert, c'est pas pour tout le monde, même nos enfants font la grimace. On a ajouté une version plus douce.",
        "Nos beignets partent très vite le samedi, on sait, désolés que vous soyez repartie sans. Vous pouvez réserver une boîte en appelant la boutique la veille.",
        "Merci beaucoup ! Ravis que les truffes au caramel soient arrivées intactes cette fois. Nous sommes aussi passés à un emballage recyclable.",
        "Désolés que le jambon ait été coupé trop épais. C'est de notre faute ; la prochaine fois dites-le, on le recoupe tout de suite devant vous.",
        "Merci pour votre avis. Une précision pour lever un malentendu : nos œufs sont bien bio, et le certificat est affiché près de la caisse si vous souhaitez le voir.",
        "Nous sommes désolés que les caisses automatiques de notre magasin de proximité aient été en panne dimanche. Elles sont réparées et une caisse supplémentaire est ouverte le week-end.",
        "Merci d'être fidèle à notre petite épicerie depuis dix ans, ça nous fait chaud au cœur.",
        "Merci pour votre remarque sur le portage des journaux. La tournée a changé en janvier et votre maison a été oubliée deux jours ; désolés, c'est corrigé.",
        "Merci pour votre avis. La loi nous oblige à demander une pièce d'identité pour la vente de tabac en cas de doute sur l'âge. Rien de personnel, et désolés si c'était gênant.",
        "Désolés, le séchoir a avalé vos pièces ! Appelez le numéro affiché au mur de la laverie, on vous rembourse tout de suite.",
        "Nous avons regardé les images de notre propre caméra pour comprendre l'attente en caisse, et une deuxième personne sera désormais au comptoir à midi.",
        "Eh merci collègue, t'es un crème ! Le pastis et les olives c'est pour la maison la prochaine fois que tu passes, comme pour tous nos habitués le vendredi.",
        "Merci beaucoup mon frère, on est contents que la boutique te plaise. Le transfert d'argent marche de nouveau, on s'excuse pour la panne de la semaine passée.",
        "Merci à vous ma fille, votre avis m'a fait bien plaisir. Je vous attends pour les caramels de Noël, comme tous les ans, ils seront prêts début décembre.",
        "Vous avez raison, le devis était plus élevé que prévu. Une raison honnête : le prix du bois a beaucoup augmenté cette année. Nous pouvons vous proposer d'autres solutions moins chères.",
        "Oui, nous avons un parrainage : tout client qui recommande un ami reçoit vingt euros, quel que soit son avis. Merci de votre intérêt !",
        "Nous voyons les horaires un peu différemment, notre registre indique que le technicien est arrivé à 10 h, mais nous reconnaissons que la réparation n'était pas satisfaisante et nous revenons gratuitement.",
        "Félicitations pour votre nouvelle maison ! Ce fut un plaisir de vous accompagner, et nous espérons que le jardin vous comblera.",
        "Pardon, le colis que nous gardions pour vous au bureau de tabac est reparti chez le transporteur. C'est notre erreur ; il sera de retour mardi.",
        "Merci pour votre avis. Notre contrat prévoit un préavis de trente jours, mais vu les circonstances que vous décrivez, nous y renonçons volontiers.",
        "On l'avoue, notre machine à café est plus vieille que certains de nos membres ! La nouvelle arrive la semaine prochaine, merci de votre patience.",
    ],
}
