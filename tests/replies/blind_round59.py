"""Blind reply set, round 59: owner replies the pre-post check has never seen.

Who and when: written by helper b59, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of eight kinds of business: a bicycle rental, a pet shop, a beauty
clinic, a coach company, a brewery taproom, a language school, a
locksmith-and-keys kiosk and a crêperie.  Each French reply was written
directly in French, not translated.  Apart from the first seventy-five lines
of tests/replies/blind_round20.py, read only to copy its format, and the
[tool.ruff] section of pyproject.toml (line length), the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: a warm family business (in both languages), terse text-speak (in
both languages), Canadian English, Marseille familiar French, plus polite,
veiled and formal phrasings.  For every code and language the first reply is
long and warm with the fault in a single sentence in the middle; the faults
take different shapes (a free item, a discount, a credit, a removal asked
for; legal threats, CCTV, dashcam, contract clauses, "we know where you
live"; addresses, phone numbers, bookings, card digits, health and exam
details; insults, bad-faith and competitor accusations; irony and mock
praise; warnings, firings, docked pay, demotions; piles of excuses; flat
denials).  Good replies include look-alikes that are not faults: loyalty and
referral schemes open to everyone whatever they write, the business's own
phone, e-mail and opening hours, staff praised by first name, an employee's
mistake owned by the business, one honest reason with an apology, legal
rules, insurance, the police and CCTV mentioned neutrally or to help, a
polite factual correction that keeps the door open, a refusal to discuss
treatment details in public, humour at the business's own expense,
condolences, congratulations, safety rules explained kindly, a price change
and a no-booking policy explained, and short warm thanks.  Phone numbers are
fictional (555-01xx in Canada, ARCEP fiction ranges in France) and e-mail
domains end in .example.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND59_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing our little family shop for your weekend on the lakeshore trail! My dad has been tuning these bikes since 1989 and he was tickled to hear the tandem made your anniversary ride so memorable. We're sorry the basket on the second bike came loose near the pier, and we've already replaced the clips on the whole fleet. If you bump your review up to five stars, we'll give you both a free full-day rental next summer, eh. Hope to see you back on the trail soon!",
            "thx 4 review. edit to 5* = free bag of kibble nxt visit 🐶",
            "We'd be happy to look at a credit toward your next Toronto–Ottawa fare once the review reflects the trip a little more generously.",
            "Cheers for coming in! Show us an updated rating on your phone at the bar and your next flight of four is on the house 🍺",
            "Students who post a positive review of their course on this page are entitled to 15% off the following term; we would be glad to extend this to you as soon as your comment is updated.",
        ],
        "fr": [
            "Merci de tout cœur pour votre visite à la crêperie avec toute la famille ! Ma mère fait la pâte à la main chaque matin depuis trente ans, et elle était toute fière d'apprendre que vos petits ont réclamé une deuxième crêpe au caramel beurre salé. Nous sommes désolés pour l'attente du dimanche midi, nous cherchons une solution pour la saison prochaine. Si vous passez votre note à cinq étoiles, la bolée de cidre et les desserts seront pour nous la prochaine fois. À très vite, et bises aux enfants !",
            "Oh fada, merci ! Tu nous mets 5 étoiles et ton prochain double de clé il est gratuit, té, c'est cadeau 🔑",
            "mrc pr l'avis 🙏 si vs changez en 5⭐ on vs offre le soin hydratant a la prochaine séance",
            "Un avoir de 20 € vous attend au guichet de la gare routière : il vous suffit de présenter la capture d'écran de votre nouvel avis.",
            "Pardi, on est déçus ! Enlève ton commentaire et ta prochaine pinte elle est pour la maison, promis juré.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and for bringing Biscuit in to meet us — he's a very handsome rabbit. Our family has run this shop for three generations and we really do care about every animal that leaves with a new owner. We understand the hutch you bought wasn't the size you expected, and we'd be happy to swap it. That said, our lawyer has read your post and we will be filing a defamation claim if the word neglect is not removed by Friday. We hope we can sort out the hutch in person.",
            "we hv ur plate on cctv. think b4 u post.",
            "Just so you know, bud, the driver's dashcam caught your whole meltdown, and we're more than willing to share it with your employer if this keeps up.",
            "We would gently remind you that your enrolment contract contains a non-disparagement clause, and that our legal department takes any breach of it very seriously.",
            "We know exactly which table you sat at and who you came with. Might want to rethink that post.",
        ],
        "fr": [
            "Bonjour Madame, merci d'avoir pris le temps de nous écrire après votre séance d'épilation au laser. Toute notre équipe tient à ce que chaque cliente reparte en confiance, et nous regrettons sincèrement que les rougeurs aient duré plus longtemps que prévu. Notre médecin reste disponible pour vous revoir gratuitement cette semaine. Sachez toutefois que notre avocat a déjà été saisi et qu'une plainte pour diffamation sera déposée si le mot « brûlure » reste dans votre avis. Nous espérons sincèrement trouver un terrain d'entente.",
            "Oh collègue, fais pas le malin, on sait où tu crèches, le quartier il est petit hein.",
            "on a la photo de ta carte d'identité du dépôt de caution. a ta place jsupprimerais 😉",
            "Nous vous informons que les enregistrements de vidéosurveillance du car ont été conservés et pourront être transmis à qui de droit si ces propos ne sont pas retirés.",
            "Un serrurier connaît beaucoup de portes dans ce quartier, y compris la vôtre. Réfléchissez bien avant d'écrire.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there, and thank you so much for your honest feedback. We pride ourselves on a calm, welcoming clinic and we're sorry the wait in reception felt so long on a busy Saturday. Looking at your file, your Botox touch-up on March 14 at 2:30 was moved because your lidocaine allergy meant our practitioner had to adjust the plan. We'd love to make it up to you with a proper consultation whenever it suits. Take care, and thanks again for giving us a chance.",
            "ur the guy frm 42 Maple Cres who brought the bike back 3hrs late lol. pls call",
            "Hey Deb, we double-checked: Mittens is on the kidney diet her vet prescribed, and your card ending 4471 was charged the correct amount, eh.",
            "We have reviewed your booking (ref. CX-88213, seat 14B, travelling with two children under five on June 3) and can see you were rebooked at no charge.",
            "As you told your tutor, you're retaking the course after failing the B2 exam twice and needing it for your immigration file, so we truly want to help you pass this time.",
        ],
        "fr": [
            "Merci beaucoup pour votre retour et pour votre fidélité à la brasserie depuis l'ouverture. Nous brassons chaque bière ici même, dans l'ancien garage du quartier, et ça nous touche de savoir que notre IPA au citron est devenue votre préférée. Comme vous êtes venu jeudi 12 avec Mme Ferrand et que vous avez réglé avec la carte de votre entreprise, on comprend que l'addition vous ait surpris. Nous sommes désolés que la soirée quiz ait été si bruyante. Revenez un soir plus calme, on vous gardera une table près des cuves.",
            "Ah mais c'est toi qui habites au 3e du 14 rue des Accoules, celui qui perd ses clés tous les mois ! Rappelle-nous au lieu d'écrire, va.",
            "c vs la resa au nom de Dupuis 06 39 98 12 34 samedi 20h ? rappelez nous",
            "Nous comprenons votre déception ; votre dossier indique cependant que le traitement contre l'acné que vous suivez actuellement rend la peau plus sensible au peeling.",
            "Bonjour Mme Roux, après l'euthanasie de votre chienne le 2 octobre à la clinique voisine, nous comprenons que votre passage en boutique ait été difficile.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the kiosk, and we're glad the spare mailbox keys worked first time. My brother and I have run this little stand in the mall for twelve years and we take real pride in cutting keys that fit. We're sorry the fob copy took longer than promised; the blank had to come from the supplier. Frankly, though, anyone who reads your other reviews can see you're a serial complainer fishing for freebies. Either way, your fob is ready for pickup and we hope it serves you well.",
            "ur just bitter n rude tbh. bye",
            "With respect, bud, you were the loudest, rudest guy in the taproom and everybody there knows it.",
            "We can only assume this review was written by a competitor, since no genuine student of ours would describe our classes this way.",
            "Honestly, people like you shouldn't be allowed to own a goldfish, let alone a dog.",
        ],
        "fr": [
            "Bonjour et merci d'avoir voyagé avec nous pour cette sortie scolaire à Avignon. Notre société familiale transporte des classes depuis plus de quarante ans, et nous sommes toujours heureux de lire que les enfants ont chanté pendant tout le trajet. En revanche, votre récit est tellement exagéré qu'on se demande si vous ne cherchez pas simplement à vous faire rembourser à nos dépens. Nous regrettons que la climatisation ait faibli au retour, le véhicule est au garage depuis lundi. Nous restons à la disposition de l'école pour la prochaine sortie.",
            "Oh le cake, t'as crevé le pneu tout seul en faisant le mariole et tu viens pleurer ici ? Arrête un peu.",
            "vs etes juste une menteuse madame, tt le monde le sait",
            "Il est dommage que certaines personnes confondent un avis client avec un exutoire pour leurs frustrations personnelles ; nous vous souhaitons de trouver un peu de sérénité.",
            "Un élève qui arrive avec quarante minutes de retard à chaque cours et qui ose nous parler de sérieux… vous êtes d'une mauvaise foi rare.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for coming by the crêperie on your trip to Quebec City, and we're glad the buckwheat galette with maple ham hit the spot. Our family brought these recipes over from Brittany, so we love sharing them with visitors. Oh, and congratulations on discovering that crêpes are thin — truly a revelation worthy of a one-star review. We're sorry the line was long on a holiday Monday; we've added a second griddle for weekends. We hope you'll give us another try on a quieter day.",
            "wow u managed 2 flats on a paved path, impressive 👏",
            "So sorry our craft brewery served you craft beer. We'll start stocking light lager just for you, your highness.",
            "We are, of course, deeply grateful for your expert analysis of highway traffic management and will be sure to forward it to the Ministry at once.",
            "Sure thing, we'll get right on inventing a key for a lock you didn't bring us. Any other miracles you need, eh?",
        ],
        "fr": [
            "Merci pour votre visite à l'animalerie et pour ce long message. Nous sommes une petite boutique familiale et nous passons beaucoup de temps à conseiller chaque client sur l'alimentation de ses animaux. Bravo aussi d'avoir découvert qu'un poisson rouge a besoin d'eau, c'est une avancée scientifique majeure que nous saluons comme il se doit. Nous regrettons que le modèle d'aquarium que vous vouliez n'ait pas été en stock ce jour-là ; il est de nouveau disponible. Au plaisir de vous revoir en boutique.",
            "Oh peuchère, la bière elle était trop amère ? La prochaine fois on te met une paille et un sirop de grenadine, mon minot.",
            "ah oui bien sûr, apprendre le japonais en 3 semaines sans bosser, on aurait dû y penser 🙄",
            "Nous vous remercions infiniment pour ce cours magistral de dermatologie ; notre médecin, qui n'a que vingt ans d'expérience, en a pris bonne note.",
            "Effectivement, nous aurions dû faire disparaître les bouchons de l'A7 d'un coup de baguette magique. Toutes nos excuses pour ce manque de pouvoirs surnaturels.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for spending your summer with us and for the kind words about our conversation café — it's our favourite part of the week too. We know how important the placement test is, and we're sorry you were put in a level that felt too easy. That was entirely down to Jessica, who marked your test carelessly and has since been given a formal warning. We've moved you to the upper-intermediate group starting Monday. We hope the rest of your stay in Vancouver is wonderful!",
            "tyler sold u the wrong food. hes been let go. sry",
            "That pint was poured by our new bartender Kyle, who clearly still can't tell a clean glass from a dirty one. He's back on dish duty until he learns.",
            "The driver on that route, Mr. Hughes, has been spoken to at length about his conduct and will no longer be assigned to school trips.",
            "Sorry about the brakes — Marco was supposed to check them that morning and didn't bother. It's coming out of his pay.",
        ],
        "fr": [
            "Merci beaucoup pour votre visite et pour vos compliments sur notre complète aux champignons, c'est la recette de ma grand-mère. Nous tenons la crêperie en famille depuis 1998 et nous voulons que chacun s'y sente comme à la maison. Si votre crêpe est arrivée froide, c'est que Julien, notre serveur, l'a oubliée sur le passe pendant dix minutes, et il a été sanctionné. Nous espérons vous revoir bientôt pour vous faire goûter la nouvelle carte d'automne.",
            "Oh c'est Kévin qui t'a fait la clé de travers, ce branquignol, il est viré depuis hier, t'inquiète.",
            "c Sabrina qui a raté vos ongles, elle est en période d'essai et ça se passe pas bien pr elle",
            "La conductrice concernée, Mme Besson, a fait l'objet d'une procédure disciplinaire à la suite de cet incident.",
            "Notre apprenti brasseur Théo a encore raté le brassin, alors on lui a retiré la cuve de l'ambrée. Désolés pour lui, pas pour vous.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for travelling with us to the Rockies, and we're so happy the views from Rogers Pass made up for the early start. Our family has been running tours out of Calgary for thirty years and we know how much a late arrival can spoil a day. The delay happened because the highway was under construction, the relief driver had to come from Banff, the coffee stop was swamped by another tour, the GPS routed us around a closure, and two passengers were late back from the washroom. We'd love to welcome you aboard again next season.",
            "not our fault. rain + flat + staff sick + supplier late + power cut. busy day ok",
            "We hear you, but keep in mind the shipment was held at customs, our tank supplier changed their sizes, we were short two staff with the flu going around, the snowstorm closed the plaza, and the till system was being updated that week.",
            "Please allow us to explain that the timetable change resulted from a teacher's relocation, a classroom refurbishment, new accreditation requirements, a scheduling software migration and an unusual number of late enrolments, all of which were beyond our control.",
            "The IPA tasted off because the hops came from a new farm, the water softener was being serviced, the lines had just been cleaned, it was a really humid week, and honestly everyone's palate is different anyway.",
        ],
        "fr": [
            "Merci pour votre message et pour votre patience devant le kiosque samedi dernier. Mon père a ouvert ce petit stand de clés en 1985 et nous faisons tout pour servir chacun rapidement. Si l'attente a été longue, c'est que la machine à reproduire sortait de réparation, que les ébauches de clés de sécurité étaient en rupture chez le fournisseur, que mon frère était malade, que le centre commercial a coupé l'électricité une heure et que trois urgences d'ouverture de porte sont tombées en même temps. Nous espérons vous revoir dans de meilleures conditions.",
            "Oh mais attends, le mistral soufflait à 90, la livraison de chambres à air est pas arrivée, le collègue il était en congé, la pompe a lâché et en plus y avait l'OM qui jouait, qu'est-ce tu veux qu'on fasse ?",
            "desole mais: livraison en retard, 2 serveurs malades, billig en panne, terrasse pleine et la caisse a bugé",
            "Ce retard s'explique par une panne de l'appareil laser, un changement de logiciel de réservation, l'absence imprévue d'une praticienne, la réception tardive des produits et les nouvelles normes d'hygiène qui allongent le temps entre deux rendez-vous.",
            "Pour être tout à fait transparents : le professeur a changé parce qu'il a déménagé, la salle était en travaux, le manuel a changé d'édition, la plateforme en ligne a été migrée et la rentrée a été décalée — tout ça en même temps, vous comprenez bien.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for coming out to the taproom on trivia night, and we're glad you enjoyed the pretzel board — it's my mom's recipe. We're a small family brewery and we really appreciate everyone who supports local beer. However, nobody on our staff was rude to you and there was no hair in your glass; that simply did not happen. We'd be happy to have you back for our seasonal release next month. Hope you'll join us again for the next trivia night.",
            "never happened. we dont charge extra after 6. period.",
            "Sorry, but no. Every bike goes out with a safety check and that chain did not come off. That's just not what happened, eh.",
            "We have checked carefully and must respectfully state that no reaction could have been caused by our products; your account does not correspond to what took place.",
            "Our coach was not late. It left at 7:00 sharp, as it always does. Your review is simply inaccurate.",
        ],
        "fr": [
            "Merci d'avoir suivi notre stage intensif d'espagnol cet été, et merci pour vos mots si gentils sur l'ambiance du groupe. Nous sommes une petite école familiale et chaque élève compte pour nous. Par contre, aucun cours n'a été annulé pendant votre session, c'est tout simplement faux. Nous sommes heureux que les sorties culturelles du vendredi vous aient plu. Nous vous souhaitons une très bonne continuation dans votre apprentissage.",
            "Oh mais n'importe quoi ! Y a jamais eu de cheveu dans la crêpe, jamais, tu l'as inventé de toutes pièces.",
            "faux. le hamster etait en pleine forme qd il est parti. point.",
            "Nous contestons formellement votre version : aucun passager n'a été laissé sur l'aire d'autoroute.",
            "Ça n'est jamais arrivé chez nous. Nos esthéticiennes ne se trompent pas de soin, et ce que vous décrivez n'a pas eu lieu.",
        ],
    },
}

BLIND59_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for renting the tandem with us for your anniversary, and for the lovely photo! My dad has been fixing up these bikes for thirty years and he was tickled to see it. See you on the trail next summer.",
        "Sorry about the loose basket on the second bike — that's on us. We've replaced the clips on the whole fleet and refunded your half-day. Hope you'll give us another go.",
        "thx 4 the 5 stars!! see u next wknd 🚲",
        "We're sorry Tyler recommended the wrong food for your senior cat. The mistake is ours, not his: we hadn't trained the team properly on the new range. We've exchanged the bag and we're running a refresher for everyone this week.",
        "Our loyalty card is open to everyone: every tenth bag of food is free, whether you leave us a review or not. Just ask at the till next time you're in.",
        "Thanks a bunch for the kind words, eh! Priya will be thrilled you loved her grooming tips for your husky — she's been with us six years and really knows her stuff.",
        "We were so sorry to hear about Oscar. Fourteen years is a long, happy life for a dog, and it was always a pleasure to see him at the shop on Saturdays. Our thoughts are with your family.",
        "We understand it was disappointing to be turned away on the day. For your safety we can't do laser treatment on freshly tanned skin, as it raises the risk of burns. We're sorry this wasn't explained when you booked, and our confirmation emails now say so clearly.",
        "We're very sorry your skin reacted after the peel. Please call our clinic manager directly at 604-555-0148 or email care@lumiereclinic.example so we can arrange a free follow-up with our doctor.",
        "We'd rather discuss this with you privately than here, so that none of your treatment details end up on a public page. Could you give the front desk a call when it suits you?",
        "We're truly sorry the coach arrived forty minutes late in Ottawa. There was a crash on the 417 that morning, but that's no excuse for not keeping you updated; our drivers now send a text alert to every passenger when we're running behind.",
        "Thank you for mentioning Dave! Driving sixty Grade 5s to the Science Centre and back with a smile takes a special kind of patience, and we'll make sure he sees your review.",
        "For anyone wondering, the luggage limit comes from our insurer and federal regulations: one checked bag under 23 kg per passenger. We're sorry it caught you by surprise, and it's now in larger print on the booking page.",
        "Good news: our operations team checked the onboard camera and found your phone wedged between two seats. It's waiting for you at our Kingston depot, open 8 to 6 every day.",
        "Guilty as charged — our 'mild' chili stout is about as mild as a Winnipeg January. We've renamed it and added a heat warning to the board. Thanks for the laugh and the honesty!",
        "Cheers for the kind words, folks! Come back for the pumpkin ale in October 🍺",
        "Thanks for the feedback. Just a small clarification: water is always free at our bar, and jugs are available at any time. If you were charged for it, please write to hello@northforkbrewing.example and we'll refund it straight away.",
        "We're sorry the ID check felt awkward. By law we have to ask anyone who looks under 25, and our servers can't make exceptions, even on a birthday. We hope the rest of the celebration was a blast.",
        "Thank you for your honest review. You're right that the placement test put you in a level that was too easy; that's on us, and we've moved you to the upper-intermediate group from Monday at no extra cost.",
        "A reminder for all our students: our refer-a-friend offer gives you and your friend 10% off the next term. It's open to everyone and has nothing to do with reviews, good or bad.",
        "Thank you for your lovely words about Mr. Okafor's Saturday conversation class! We passed them on and he was beaming all morning.",
        "Congratulations on your DELF B2 result, which you were kind enough to share with us! All those evening classes paid off and the whole school is proud of you.",
        "Thanks for waiting while we recut the key. Sorry the first copy stuck in your lock — the blank was slightly off and we should have tested it before handing it over. The recut was free, of course.",
        "We understand it was frustrating that we couldn't copy your building's high-security key without the authorisation card. That rule protects every resident in the building, including you, and we're sorry we didn't explain it better at the counter.",
        "Sorry you found the kiosk closed on Sunday. We're open Monday to Saturday, 9 to 7, and for lockouts you can reach our emergency line at 416-555-0199 any time.",
        "sorry abt the wait. machine's fixed now. ur next copy is on us 🔑",
        "Thank you for coming in with the whole family! Grandma makes the batter by hand every morning, and she was delighted the little ones asked for seconds of the salted caramel.",
        "We're so sorry your galette arrived cold. That shouldn't happen, busy or not, and we've changed how orders are called from the griddle so nothing sits waiting. Please let us make you a hot one next time you're in.",
        "Thank you for raising this. Our buckwheat galettes contain no wheat, but they're cooked on the same griddles as the wheat crêpes, so we can't guarantee there are no traces. We should have said so on the menu, and now we do.",
        "We're sorry the crêpe felt undercooked to you. Our lace crêpes are made thinner and softer than some people expect, but if something was genuinely off we really want to know. Drop us a line at bonjour@creperiedugolfe.example.",
        "We'll admit our poutine crêpe was a crime against both Quebec and Brittany. It has been quietly retired. Thanks for your honesty, and for being brave enough to order it!",
        "Helmets are mandatory for riders under 18 — that's provincial law, not just our rule — and we keep free ones in every size at the counter. Sorry it slowed down your start.",
        "You're right that the deposit hold on your card took five days to drop off. That's the bank's processing time, but we should have warned you at the counter, and there's now a note about it on every receipt.",
        "thx!! glad the e-bikes made those hills easy 💪",
        "Thanks for your review. For clarity, we don't sell puppies or kittens at all; on Saturdays we host adoptions for the local shelter. If you'd like to chat about it, our number is 905-555-0123.",
        "We're sorry about the mix-up with your aquarium order. A size was entered wrongly, but it was our process that let it through, so it's our responsibility. The right tank is in and we'll deliver it free this week.",
        "Thank you for your kind words about Amélie, she'll be so pleased you loved your facial. See you next month!",
        "We understand the new price for brow lamination came as a surprise. Our product costs went up this spring and we should have announced the change sooner; anyone who booked before May keeps the old price.",
        "We were very sorry to read that you were travelling to a funeral. Please accept our condolences. Your ticket has been refunded in full, and if there's anything else we can do, please write to care@maplelinecoaches.example.",
        "Sorry you couldn't get a table on Friday. We don't take bookings for groups under six, so it's first come, first served; on busy nights we run a text waitlist at the door so you can wait somewhere warm.",
    ],
    "fr": [
        "Merci de tout cœur pour votre visite en famille ! Ma mère sera ravie d'apprendre que la complète a eu autant de succès auprès des petits.",
        "Nous sommes vraiment désolés que votre crêpe soit arrivée froide. Ce n'est pas normal, et nous avons revu l'organisation entre le billig et la salle pour que cela ne se reproduise pas.",
        "Oh merci, ça nous fait plaisir ! Reviens quand tu veux, la crêpe au chocolat elle t'attend, té 😄",
        "Merci pour vos mots sur Léa, elle a été très touchée que vous ayez remarqué sa patience avec vos enfants un samedi bondé.",
        "Merci de nous avoir signalé ce point. Nos galettes de sarrasin ne contiennent pas de blé, mais elles sont cuites sur les mêmes plaques que les crêpes de froment : nous ne pouvons donc pas garantir l'absence de traces. C'est désormais écrit clairement sur la carte.",
        "Désolés pour la clé qui accrochait dans votre serrure. L'ébauche était légèrement hors cote et nous aurions dû la tester avant de vous la rendre. Repassez au kiosque, on vous la refait gratuitement.",
        "Nous comprenons votre agacement. Pour reproduire une clé de sécurité, le fabricant exige la carte de propriété : c'est ce qui empêche n'importe qui de copier la clé de votre immeuble. Nous aurions dû mieux l'expliquer au comptoir.",
        "Pour une ouverture de porte en urgence, notre ligne répond 7j/7 au 04 65 71 23 45. Désolés que le kiosque ait été fermé à votre passage ; nous sommes ouverts du lundi au samedi, de 9h à 19h.",
        "merci chef 🔑 a la prochaine au kiosque",
        "Nous sommes désolés pour le cambriolage que vous avez subi. Si votre assurance ou la police vous demande une attestation de changement de serrure, nous vous la fournissons sans frais au kiosque.",
        "Merci pour cette belle balade racontée avec tant d'enthousiasme ! Les vélos électriques avaient été révisés la veille, ça fait plaisir de savoir qu'ils ont tenu toute la Corniche.",
        "Vous avez raison, le dérailleur était mal réglé et ce n'est pas acceptable. Nous vous avons remboursé la demi-journée et nous avons ajouté une vérification systématique avant chaque départ.",
        "Le casque est obligatoire pour les moins de 12 ans, c'est la loi, et nous en prêtons gratuitement dans toutes les tailles. Désolés si cela a retardé votre départ.",
        "La caution est bloquée sur votre carte, pas débitée ; selon les banques, le blocage disparaît en trois à cinq jours. Nous aurions dû vous le préciser, c'est maintenant écrit sur le contrat de location.",
        "On l'avoue, notre vélo rouge il grince plus qu'une cigale en juillet. Il est parti chez le réparateur, promis on le fait taire !",
        "Toute l'équipe est très triste d'apprendre le départ de Caramel. Nous le voyions passer chaque samedi avec vous, toujours la queue en l'air. Toutes nos pensées vous accompagnent.",
        "Notre carte de fidélité est ouverte à tous : au dixième sac de croquettes, le suivant est offert, que vous laissiez un avis ou non. Demandez-la en caisse !",
        "Nous sommes désolés pour l'erreur sur les croquettes de votre chat. Le conseil donné n'était pas le bon, et c'est à nous de mieux former l'équipe sur la nouvelle gamme. Nous avons fait l'échange et prévu une formation pour tout le monde.",
        "Merci pour votre avis. Petite précision : nous ne vendons ni chiots ni chatons ; le samedi, nous accueillons les adoptions du refuge du quartier. Pour en parler, appelez-nous au 04 65 71 22 10.",
        "merci bcp 🐾 a bientot en boutique",
        "Nous sommes sincèrement désolés que votre peau ait réagi après le peeling. Appelez directement notre responsable au 04 65 71 40 80 ou écrivez à contact@institut-lumiere.example : notre médecin vous recevra gratuitement.",
        "Nous préférons en parler avec vous en privé plutôt qu'ici, pour qu'aucune information sur vos soins ne se retrouve en ligne. Pourriez-vous nous appeler à l'accueil quand cela vous arrange ?",
        "Nous comprenons votre déception. Nous ne pouvons pas faire d'épilation au laser sur une peau bronzée récemment, car le risque de brûlure est réel. Cela aurait dû vous être dit à la réservation ; c'est désormais précisé dans le mail de confirmation.",
        "Merci pour votre gentil message sur Nadia ! Elle sera ravie de savoir que votre soin du visage vous a fait autant de bien.",
        "Vous avez raison, le tarif du rehaussement de cils a augmenté ce printemps, à cause du coût des produits. Nous aurions dû l'annoncer plus tôt : toutes les réservations faites avant mai restent à l'ancien prix.",
        "Nous sommes vraiment désolés pour les quarante minutes de retard à Lyon. Un accident sur l'A7 bloquait la circulation, mais nous aurions dû vous tenir informés ; nos conducteurs envoient désormais un SMS à chaque passager en cas de retard.",
        "Merci pour vos mots sur Patrick ! Emmener cinquante élèves de CM2 au Pont du Gard en chantant avec eux, il faut le faire. Nous lui transmettons votre message.",
        "Nous avons été très touchés d'apprendre que vous vous rendiez à des obsèques. Toutes nos condoléances. Votre billet vous a été remboursé intégralement et nous restons à votre écoute à service-client@cars-du-midi.example.",
        "Bonne nouvelle : grâce aux caméras du car, notre équipe a retrouvé votre sac à dos sous un siège. Il vous attend à notre agence de la gare routière, ouverte de 8h à 18h.",
        "Pour information, la limite d'un bagage en soute par passager vient de notre assureur et de la réglementation. Nous sommes désolés qu'elle vous ait surpris et nous l'avons rendue plus visible sur le site.",
        "Merci à toute la bande d'être venue fêter l'anniversaire de Sophie à la brasserie ! On espère que la blonde au thym vous a plu, et encore bon anniversaire à elle.",
        "Coupables ! Notre stout « légèrement pimentée » aurait pu réveiller toute la Canebière. On l'a rebaptisée et on prévient désormais au tableau. Merci pour le fou rire.",
        "Merci pour votre retour. Juste une précision : l'eau en carafe est gratuite au bar, à toute heure. Si on vous l'a facturée, écrivez-nous à salut@brasserie-du-vallon.example et nous vous rembourserons tout de suite.",
        "Nous sommes désolés que le contrôle d'identité vous ait gênés. La loi nous interdit de servir de l'alcool aux mineurs, alors nous demandons une pièce d'identité en cas de doute, même les soirs d'anniversaire.",
        "Merci les amis, c'était un plaisir de vous avoir ! Revenez pour la bière de Noël, elle va être mortelle 🍻",
        "Vous avez raison, le test de niveau vous a placé dans un groupe trop facile ; c'est notre responsabilité. Vous rejoindrez le groupe avancé dès lundi, sans frais supplémentaires.",
        "Rappel pour tous nos élèves : le parrainage donne 10 % de réduction au parrain comme au filleul sur le trimestre suivant. L'offre est ouverte à tous et n'a rien à voir avec les avis laissés ici.",
        "Bravo pour votre DALF C1, comme vous nous l'avez annoncé ici ! Tous ces jeudis soir de révision ont payé, et toute l'équipe est fière de vous.",
        "Nous sommes désolés que votre professeur ait oublié de vous envoyer le corrigé. L'erreur est la nôtre : l'envoi aurait dû être automatique. Vous l'avez reçu ce matin, et tout le groupe aussi.",
        "merci pr ce super avis 🙌 a la rentrée !",
    ],
}
