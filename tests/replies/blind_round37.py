"""Blind reply set, round 37: owner replies the pre-post check has never seen.

Who and when: written by helper 18b37, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 35").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by app
developers answering store reviews (games, banking, fitness, food-delivery,
transport, dating, meditation and language-learning apps, photo editors, VPNs,
password managers), online shops (fashion, electronics, cosmetics, furniture,
pet food), subscription boxes, marketplace sellers, e-bike makers, online
courses and ticketing sites.  Each French reply was written directly in
French, not translated.  Apart from the first seventy-five lines of the
round 20 file, read only to copy its format, and the [tool.ruff] section of
pyproject.toml (line length), the writer did NOT read the application code
(workstation/), docs/, training/, bench/, resources/, any other test file or
earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers mixed: an app support team's chirpy style ("Hi there! 👋"), a solo
indie developer, corporate legal-reviewed English, a French start-up's casual
"tu", a French bank's formal "vous", Canadian French, Indian English support,
British understated English and plain everyday speech.  Several faults are
subtle (polite wording hiding the fault); for every code and language the
first reply is long and warm with the fault in a single sentence.  Good
replies include look-alikes that are not faults: a loyalty or referral scheme
open to everyone whatever they write, the business's own support e-mail or
in-app chat, a named employee praised, an employee's mistake owned by the
business, a refund already made, one honest reason with an apology, terms of
service or security rules explained kindly, polite factual corrections that
keep the door open, condolences, and humour at the developer's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND37_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Hi there! 👋 Thanks so much for giving our puzzle game a go on your commute. We love hearing that level 40 had you stuck for a whole train ride – that's exactly the kind of head-scratcher our designers dream of. If you bump this up to five stars, just send us a screenshot in the app's help chat and we'll drop 500 gems into your account. We've also got a new world of levels landing next month, so keep an eye out. Happy puzzling!",
            "Really sorry the parcel was late. Update your review to 5★ and we'll refund the shipping in full.",
            "We would be pleased to extend your premium trial by a further three months once your rating reflects your updated experience with the app.",
            "Hey mate, solo dev here 🙂 If you delete this one-star I'll happily unlock the pro filters on your account for free, no questions asked.",
            "Dear customer, as part of our review programme, any rating revised to four stars or above entitles the author to 15% off their next subscription box.",
        ],
        "fr": [
            "Coucou et merci pour ton retour sur l'appli ! On est super contents que les séances de méditation du soir t'aident à mieux dormir, c'est vraiment pour ça qu'on a lancé le projet il y a deux ans. Toute l'équipe de Lyon a lu ton message avec le sourire. Si tu passes ta note à 5 étoiles, on t'offre un mois de premium, il suffit de nous envoyer une capture. À très vite pour une nouvelle séance 🧘",
            "Désolés pour le retard de livraison. Modifiez votre avis et nous vous rembourserons les frais de port.",
            "Nous serions ravis de vous faire bénéficier d'un geste commercial sur votre prochain colis dès lors que votre évaluation aura été actualisée.",
            "Salut! Enlève ton avis pis on te donne ta prochaine boîte gratis, promis 📦",
            "Madame, Monsieur, tout avis révisé à la hausse ouvre droit à une remise de 20 % sur votre prochaine formation en ligne.",
        ],
    },
    "intimidation": {
        "en": [
            "Hello, and thank you for taking the time to write about your e-bike. We're sorry the battery range didn't match what you hoped for on those hilly routes, and we'd genuinely like to look at the logs with you. Our engineers have tested this model on far steeper climbs than most riders ever face. Please be aware that our legal team has been copied on this review and will act if these statements are not withdrawn. We remain keen to help you get the most out of your bike.",
            "We have your IP address and account details. Think carefully before posting anything else.",
            "For the avoidance of doubt, the Company reserves all rights in respect of defamatory content and has preserved a record of this review for the purposes of any future proceedings.",
            "Funny how this review came from someone we've already banned twice. We know exactly who you are.",
            "Kindly note sir, if this comment is not removed within 48 hours our company will be forced to escalate the matter to the cyber cell.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire au sujet de votre commande de canapé. Nous comprenons tout à fait votre déception concernant le délai, et notre service client reste à votre disposition. Nos menuisiers travaillent chaque pièce à la main, ce qui demande parfois un peu de patience. Sachez toutefois que nos avocats ont été saisis et que des poursuites seront engagées si ces propos ne sont pas retirés. Nous espérons malgré tout que votre canapé vous apportera entière satisfaction.",
            "On sait très bien qui tu es, on a ton pseudo et ton adresse IP. Fais gaffe à ce que tu écris.",
            "Nous nous permettons de vous rappeler que la diffusion d'allégations mensongères engage votre responsabilité, et nous conservons une copie de votre message à toutes fins utiles.",
            "Si vous continuez à publier ce genre de commentaire, on va partager vos échanges avec le support sur nos réseaux. À bon entendeur.",
            "Madame, la banque se réserve le droit de réexaminer votre relation commerciale au regard des propos tenus publiquement dans cet avis.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there! 👋 Thanks for the honest feedback on your food order. We're really sorry the curry arrived lukewarm – that's not the experience we want for anyone, and we've passed it straight to the restaurant partner. Our driver tried your flat at 14 Carlton Road twice before ringing 07700 900123, which is why it took a bit longer. We've added a credit to your account as an apology. Hope your next order is piping hot!",
            "Sir, as per our records your card ending 4417 was declined three times on 12 November, hence the order failed.",
            "We note that your subscription was cancelled on the same day you downgraded from the Couples plan, which may explain the matches you mention.",
            "Sorry you feel the anxiety course didn't help – your journal entries from last week suggest you were having a tough time with panic attacks, so we understand.",
            "Your ticket for row F seat 12 at the O2 on Saturday 14th was scanned at 19:42, so you did get in.",
        ],
        "fr": [
            "Bonjour et merci pour votre message. Nous sommes sincèrement désolés que la doudoune commandée ne corresponde pas à la taille attendue, et notre équipe a bien pris note de votre remarque sur le guide des tailles. Votre colis a été livré le 3 novembre au 27 rue des Lilas à Nantes et signé par Mme Dupont. Un bon d'échange vous attend dans votre espace client. Au plaisir de vous habiller à nouveau !",
            "Monsieur, votre compte se terminant par 0042 présentait un découvert de 312 € le jour du prélèvement, d'où le rejet.",
            "D'après vos données de l'appli, tu n'as fait que deux séances en octobre avec ton genou blessé, donc c'est normal que tu n'aies pas vu de progrès.",
            "Votre chat Moustache est diabétique selon votre fiche, c'est pourquoi nous avons remplacé les croquettes par la gamme vétérinaire.",
            "Bonjour, vous étiez bien connecté depuis un serveur à Montréal le 8 à 23 h 14, donc le VPN fonctionnait.",
        ],
    },
    "personal_attack": {
        "en": [
            "Hello and thank you for your review of our language course. We're glad you enjoyed the Spanish pronunciation videos, and our tutors will be pleased to hear the listening exercises helped. We've also noted your comments about the grammar quizzes for our next update. Frankly, though, anyone who actually completed the lessons would know this review is a pack of lies. We hope you'll give the advanced level a try.",
            "You clearly didn't read the instructions, like most of the people who leave reviews like this.",
            "With respect, this appears to be one of the bad-faith reviews we receive from people trying to get free premium accounts.",
            "Mate, you're a serial complainer and everyone on the forum knows it.",
            "Perhaps it would be best to take your business somewhere better suited to someone of your level of understanding.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis sur notre table basse. Nous sommes contents que la livraison ait été rapide et que le livreur ait pris soin de votre parquet. Nos ateliers travaillent un chêne issu de forêts gérées durablement. Il faut dire que vous êtes de mauvaise foi, car vous avez manifestement monté le plateau à l'envers. Nous restons à votre disposition pour toute question.",
            "T'es vraiment un boulet, lis le tuto avant de râler.",
            "Nous avons le regret de constater que vous cherchez visiblement à obtenir un remboursement par tous les moyens, y compris le mensonge.",
            "Ben voyons, encore un client qui invente des histoires pour avoir une boîte gratuite.",
            "Franchement, avec votre niveau de compréhension, nous doutons que vous puissiez utiliser un ordinateur correctement.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hi there! 👋 Thanks for your feedback on the photo editor. We're glad you love the new portrait mode, and our team worked hard on the skin-tone presets. We've noted your request for batch exports too. Oh, and congratulations on discovering that a free app has ads – truly groundbreaking stuff. Thanks again for using us!",
            "Wow, a two-minute delay on a free train ticket app. How did you survive?",
            "Thank you ever so much for this thoughtful critique; we shall of course rebuild the entire app around your preferences immediately.",
            "Sorry the dog didn't like the premium salmon. Maybe he's more of a caviar guy 🙄",
            "Gosh, who knew a VPN might be slower than your regular connection? Certainly not the entire internet.",
        ],
        "fr": [
            "Bonjour et merci pour ce retour sur notre vélo électrique. Nous sommes ravis que le moteur vous donne satisfaction dans les côtes de Montmartre, et l'équipe technique a pris note de votre remarque sur la béquille. Bravo d'avoir réussi à crever un pneu anti-crevaison, c'est un véritable exploit dont vous pouvez être fier. Notre service après-vente reste joignable sur le site. Bonne route !",
            "Quelle surprise, un jeu gratuit avec des achats intégrés, on n'aurait jamais imaginé ça.",
            "Merci infiniment pour cette analyse d'une grande profondeur, nous allons la faire encadrer.",
            "Ah oui, c'est sûr que le livreur aurait dû deviner votre code de porte par télépathie 😉",
            "Ben là, on va appeler le Guinness, un billet de spectacle qui coûte plus cher la veille, c'est du jamais-vu!",
        ],
    },
    "blames_employee": {
        "en": [
            "Hello, and thank you for your order with our electronics shop. We're sorry the headphones arrived with the wrong charging cable, and we know how frustrating that is when you're excited to try something new. A replacement cable is already on its way to you. The mix-up came from Daniel in our warehouse, who has been given a formal warning and won't be packing orders any more. We hope you enjoy the sound!",
            "Apologies, Priya on our support chat gave you the wrong refund policy. She's been taken off the team.",
            "Please be assured that the agent concerned, Mr. Rahul, has been suitably disciplined for his conduct on your call.",
            "That was Kevin's bug, not ours – he's the junior who pushed the update on Friday night.",
            "We regret the error, which was attributable to the personal negligence of our courier partner's driver, Tom.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour sur votre coffret beauté de novembre. Nous sommes désolés que le sérum soit arrivé ouvert, et nous comprenons votre déception. Un nouveau flacon part aujourd'hui dans votre boîte aux lettres. C'est Léa, à la préparation, qui a mal refermé le colis, et elle a été sanctionnée. Nous espérons que la suite du coffret vous plaira.",
            "C'est Kevin du SAV qui t'a mal répondu, il a été viré depuis, t'inquiète.",
            "Nous vous informons que le conseiller concerné, M. Martin, a fait l'objet d'une procédure disciplinaire à la suite de votre appel.",
            "L'erreur vient de Julie, notre stagiaire, qui n'a pas vérifié la taille avant l'envoi. On lui a bien remonté les bretelles.",
            "Désolé, c'est Marc-André à l'entrepôt qui s'est trompé de commande, il va l'entendre, crois-moi.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Hi there! 👋 Thanks for sharing your experience with the fitness app. We're sorry your workout history disappeared after the update, and we know how motivating those streaks are. We've restored the data for most users already. The update was delayed by Apple's review process, then our cloud provider had an outage, then two of our developers were off sick, then a third-party analytics library changed its API without warning, and on top of that the holidays meant our QA team was half-staffed. Please reach out if your history still isn't back!",
            "The late delivery was due to the weather, the strike, the bank holiday, a new courier, our warehouse move and an unusually high number of orders that week.",
            "Kindly understand sir, the server was under maintenance, our vendor delayed the patch, our team was at a conference, the festival rush increased load, and the payment gateway also had issues on that day.",
            "It's worth noting that the sofa was late because the fabric supplier was late, the factory had a fire alarm, the lorry broke down, the driver got lost, and the customer's street was closed.",
            "Sorry again – solo dev here, so the crash was down to my laptop dying, then my cat knocking my coffee over, then the new OS beta, then a library bug, then a family wedding.",
        ],
        "fr": [
            "Bonjour et merci pour votre message concernant vos billets de concert. Nous sommes sincèrement désolés pour l'attente sur la file virtuelle, et nous comprenons votre frustration. Nos équipes ont travaillé tout le week-end pour améliorer le système. Il faut savoir que la demande était dix fois supérieure aux prévisions, que notre hébergeur a connu une panne, que l'organisateur a changé la date d'ouverture la veille, que des robots ont saturé le site et que notre prestataire de paiement a lui aussi rencontré des difficultés. Nous espérons vous retrouver lors d'un prochain événement.",
            "Si ton paquet est en retard, c'est à cause de la grève, de la météo, du transporteur, des fêtes et de notre déménagement d'entrepôt.",
            "Madame, ce délai s'explique par la réforme réglementaire, la migration de nos systèmes, l'afflux de demandes de fin d'année, l'absence de plusieurs conseillers et un incident technique chez notre sous-traitant.",
            "Faut comprendre, le stock était bas, le fournisseur a eu du retard, la douane a bloqué le conteneur, pis le camion a brisé en chemin.",
            "Nous tenons à préciser que le bug provenait de la dernière version d'Android, d'une bibliothèque tierce, d'un changement de l'API, d'un serveur surchargé et d'une configuration particulière de votre téléphone.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hello, and thank you for taking the time to review our password manager. We really appreciate long-time users, and we're glad the browser extension has saved you time over the years. Our security team takes every report seriously and publishes regular audits. However, your vault was never logged out and no data was lost – that simply did not happen. We're always here if you have further questions.",
            "That never happened. Our drivers always wait at least five minutes.",
            "We have reviewed the matter and can confirm that no such charge was ever applied to your account.",
            "Nope, the app doesn't crash on that screen. Never has, never will.",
            "I'm afraid your account of events is simply not accurate; our tickets are always delivered instantly.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis sur notre appli de réservation de trains. Nous sommes heureux que la nouvelle carte interactive vous plaise, et l'équipe a pris note de votre idée sur les favoris. Nous travaillons chaque semaine à rendre l'appli plus rapide. En revanche, aucun billet n'a été annulé sans votre accord, c'est tout simplement impossible. Bon voyage avec nous !",
            "C'est faux, on n'a jamais débité deux fois ta carte.",
            "Après vérification, nous vous confirmons qu'aucun frais de ce type n'a jamais été prélevé sur votre compte.",
            "Non, nos croquettes ne contiennent pas de céréales. Point.",
            "Voyons donc, nos vélos ne tombent jamais en panne de batterie après 20 km, c'est pas possible.",
        ],
    },
}

BLIND37_GOOD: dict[str, list[str]] = {
    "en": [
        "Hi there! 👋 Thanks so much for the five stars – the whole team is doing a little happy dance. Enjoy the new levels!",
        "We're really sorry your order arrived late. We've refunded the delivery fee and flagged the issue with our courier partner.",
        "Solo dev here – sorry about the crash on launch. It was my mistake in the last update, and a fix is live in version 2.4.1.",
        "Thank you for your feedback. We would like to look into this further; please contact us at support@example.com with your order reference.",
        "Our loyalty programme gives every customer 5% back on each order, whether or not they leave a review. You can join from the account page.",
        "A big thank-you to Aisha on our chat team, who we're delighted to hear sorted your refund so quickly. We'll pass your kind words on.",
        "We're sorry Daniel sent you the wrong size. That's on us as a company, not on him, and we've sent the correct pair by express delivery.",
        "We were very sorry to read about the loss of your dog. Please don't worry about the remaining deliveries; we've cancelled them and refunded the last box.",
        "For your safety, the e-bike's motor cuts out at 25 km/h, as required by law. We know it can feel abrupt on downhills, and we're sorry for the surprise.",
        "Just to clarify gently: the monthly plan renews automatically, as shown at checkout. We understand it's easy to miss, so we've refunded this month.",
        "Well, that's embarrassing – our meditation app kept you awake with a notification at 3 a.m. Sorry! We've fixed the scheduling bug.",
        "Thanks for the honest review. The sofa's lead time is currently eight weeks because of fabric demand. We're sorry we didn't make that clearer.",
        "We can't see an order under the name on this review. Could you drop us a line at help@example.com so we can find it and put things right?",
        "Kindly accept our apologies for the inconvenience, ma'am. Our team has processed your refund and it should reflect in 5–7 working days.",
        "Rather a rough start, we admit. Thank you for sticking with us; the sync issue has now been sorted.",
        "We take security seriously, so we'll never ask for your master password by email or chat. If anyone does, please report it to us.",
        "Thank you for the detailed feedback on our course. We've added subtitles to every module, as you suggested.",
        "We appreciate your review. Our terms allow refunds within 14 days; your request came on day 20, but we've made an exception this once.",
        "We're sorry the concert was postponed. Your ticket is valid for the new date, or you can request a full refund from your account.",
        "Thanks for the four stars! We hear you on the ads – the premium version removes them, and it's on offer this week for everyone.",
        "Hi there! 👋 We hate hearing this. Could you message us through Help > Chat in the app? We'll get your streak restored.",
        "We're sorry the lipstick shade didn't match the photo. Screens vary, but we should do better, so we're updating our swatches.",
        "Our refer-a-friend scheme gives you and your friend £10 each, open to all customers. No review needed!",
        "Thank you for pointing this out. The ingredient list on the page was out of date; it's now been corrected. Apologies for the confusion.",
        "We understand your frustration. Booking fees cover payment processing; we've listed them more clearly at the first step now.",
        "Sorry the VPN dropped during your call. Switching to the WireGuard protocol in settings usually helps; if not, our team is on chat 24/7.",
        "Our team did check this carefully and the charge was for the annual plan you chose in March. If you think something's still wrong, please email us and we'll look again.",
        "Cheers for the kind words! Ravi on the warehouse team packed your order and he'll be chuffed to hear it arrived in one piece.",
        "We're truly sorry for your loss. We've closed the account as requested and refunded the remaining months.",
        "Thank you for your patience while our servers were down yesterday. We've credited every active user with a free week.",
        "Not our finest hour, we'll admit: the update broke dark mode. It's fixed now, and we've bought the developer responsible a very large coffee.",
        "Thanks for trying our language app. We're sorry the French course felt too fast; you can now change the pace in settings.",
        "We don't offer cash refunds on gift boxes, but we'd be happy to swap yours for any other box of the same value.",
        "Our dating app never shares your profile with third parties. We're sorry if the notification made it seem otherwise; we've reworded it.",
        "We really appreciate you taking the time to write this. Our legal team reviewed the wording of our privacy notice and it's been simplified.",
        "Sorry for the wait on the phone line. We've added more staff for the evenings and you can also reach us on chat.",
        "Thank you for your order and your lovely photos! Loki looks very happy with his new bed.",
        "We're sorry the table arrived scratched. A replacement is on its way, and our courier will collect the damaged one at no cost.",
        "Glad to hear the e-bike made your commute easier! Our free service check is open to all owners after 500 km.",
        "Thanks for the feedback. The app doesn't yet support split payments, but it's on our roadmap for next year.",
    ],
    "fr": [
        "Merci beaucoup pour ces cinq étoiles ! Toute l'équipe est ravie que l'appli te plaise 🎉",
        "Nous vous présentons toutes nos excuses pour le retard de votre colis. Les frais de port vous ont été remboursés.",
        "Bonjour, je suis seul à développer l'appli et c'est bien mon erreur qui a causé ce plantage. La version 3.2 corrige le problème.",
        "Madame, Monsieur, nous vous remercions pour votre message. Notre service client est joignable au numéro indiqué sur notre site, du lundi au vendredi.",
        "Notre programme de fidélité est ouvert à tous les clients : 1 point par euro dépensé, que vous laissiez un avis ou non.",
        "Un grand merci à Camille, de notre service client, qui a su régler votre problème si vite. Nous lui transmettons vos compliments.",
        "Nous sommes désolés que Thomas vous ait envoyé le mauvais article. C'est notre responsabilité, et le bon produit est parti en express.",
        "Toutes nos condoléances pour la perte de votre chat. Nous avons résilié l'abonnement et remboursé la dernière box.",
        "Pour votre sécurité, l'assistance du vélo s'arrête à 25 km/h, comme le prévoit la loi. Nous comprenons que cela surprenne, désolés pour la gêne.",
        "Petite précision : l'abonnement se renouvelle automatiquement, comme indiqué lors du paiement. Nous comprenons que cela puisse échapper, et nous avons remboursé ce mois.",
        "Oups, notre appli de méditation vous a réveillé à 3 h du matin… pas très zen de notre part ! Le bug est corrigé.",
        "Merci pour votre franchise. Le délai actuel est de huit semaines en raison de la demande sur ce tissu. Nous aurions dû le signaler plus clairement.",
        "Nous ne retrouvons pas de commande à ce nom. Pourriez-vous nous écrire via le formulaire de contact du site afin que nous puissions vous aider ?",
        "Salut ! Merci pour ton retour. Écris-nous dans le chat de l'appli et on regarde ça ensemble tout de suite.",
        "Bonjour! Merci pour votre beau commentaire, ça nous fait chaud au cœur. Au plaisir de vous revoir sur la plateforme!",
        "Nous ne vous demanderons jamais votre mot de passe maître par courriel. Si quelqu'un le fait, signalez-le-nous.",
        "Merci pour vos suggestions sur la formation. Nous avons ajouté des sous-titres à chaque module.",
        "Nos conditions prévoient un remboursement sous 14 jours ; votre demande est arrivée plus tard, mais nous avons fait une exception.",
        "Nous sommes désolés du report du spectacle. Votre billet reste valable pour la nouvelle date, ou vous pouvez demander un remboursement depuis votre compte.",
        "Merci pour les quatre étoiles ! La version premium supprime les publicités, et elle est en promotion cette semaine pour tout le monde.",
        "Nous sommes navrés que la teinte ne corresponde pas à la photo. Nous mettons à jour nos nuanciers.",
        "Notre offre de parrainage donne 10 € à vous et à votre ami, pour tous les clients, sans condition d'avis.",
        "Merci de nous l'avoir signalé : la liste des ingrédients n'était pas à jour, c'est corrigé. Toutes nos excuses.",
        "Nous comprenons votre agacement. Les frais de réservation couvrent le paiement sécurisé ; ils sont désormais affichés dès la première étape.",
        "Désolés pour la coupure du VPN. Le protocole WireGuard, dans les réglages, règle souvent le souci ; sinon notre équipe est sur le chat 24 h/24.",
        "Après vérification, le prélèvement correspond à l'abonnement annuel souscrit en mars. Si un doute subsiste, écrivez-nous et nous regarderons à nouveau.",
        "Merci ! C'est Karim, à l'entrepôt, qui a préparé votre colis ; il sera ravi de savoir que tout est arrivé intact.",
        "Nous vous adressons nos sincères condoléances. Le compte a été clôturé comme demandé et les mois restants remboursés.",
        "Madame, nous vous prions d'accepter nos excuses pour l'indisponibilité de l'application hier. Tous nos clients ont été informés par courriel.",
        "Bon, on avoue : la mise à jour a cassé le mode sombre. C'est réparé, et on a offert un très grand café au développeur.",
        "Désolés que le cours d'espagnol vous ait paru trop rapide. Vous pouvez désormais régler le rythme dans les paramètres.",
        "Les coffrets cadeaux ne sont pas remboursables, mais nous pouvons l'échanger contre un autre coffret de même valeur.",
        "Notre appli de rencontre ne partage jamais votre profil avec des tiers. Nous avons reformulé la notification qui prêtait à confusion.",
        "Merci d'avoir pris le temps d'écrire. Notre service juridique a simplifié la rédaction de notre politique de confidentialité.",
        "Désolés pour l'attente au téléphone. Nous avons renforcé l'équipe en soirée et le chat reste disponible.",
        "Merci pour votre commande et vos jolies photos ! Filou a l'air très content de son nouveau panier.",
        "Nous sommes désolés que la table soit arrivée rayée. Une nouvelle est en route et le transporteur reprendra l'ancienne gratuitement.",
        "Ravis que le vélo vous facilite les trajets ! La révision gratuite est offerte à tous les propriétaires après 500 km.",
        "Allô! Désolé pour le pépin, on a réglé le bogue dans la dernière mise à jour. Merci de ta patience!",
        "Merci pour votre retour. Le paiement fractionné n'est pas encore disponible, mais il est prévu pour l'an prochain.",
    ],
}
