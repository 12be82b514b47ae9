"""Blind reply set, round 39: owner replies the pre-post check has never seen.

Who and when: written by helper 18b39, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 37").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
these kinds of business: tutoring centres, language schools, driving schools,
nurseries and crèches, after-school clubs, music teachers, opticians,
physiotherapists, yoga studios, climbing gyms, public swimming pools, ski
schools, ski-rental shops, mountain huts, gîtes, glamping sites, tour
operators, travel agencies, walking-tour guides, boat trips, wine tours, food
markets, cheese shops, butchers, fishmongers, kebab shops, burger vans,
ice-cream parlours and crêperies.  Each French reply was written directly in
French, not translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length); the writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from the US, Canada and Australia, from very formal
corporate English to very casual slang and texting with emoji; French from
Québec, West Africa (Côte d'Ivoire, Senegal) and the south of France, from
formal vous to SMS-style tu, with regional words.  For every code and
language, the first reply is long and warm (three to six sentences) with the
fault in a single sentence in the middle; the others vary in length, register
and subtlety (veiled, polite, slangy, regional).  Good replies include
look-alikes that are not faults: a loyalty scheme open to everyone, star
ratings or an updated review mentioned without any reward, the business's own
phone, e-mail or counter, staff praised by first name, an employee's mistake
owned by the business, CCTV, the police, insurance or air-passenger rules
mentioned to help the customer, a refusal to discuss health details online,
jokes at the business's own expense, polite factual corrections that keep the
door open, one honest reason with an apology, a price rise and a waiting list
explained, safety rules explained kindly, congratulations and condolences.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND39_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for the kind words about our new bouldering wall here in Denver! Our route setters spent three late nights on that overhang, and reading that your kids topped out on their very first try honestly made their week. It's climbers like your family who make this place feel like a community rather than just a gym. If you bump your rating up to five stars, your next family day pass is on us. Chalk up and see you on the wall soon!",
            "Cheers mate, sorry the van ran outta brekkie rolls. Whack us a 5 star and ya next burger's on the house 🍔👌",
            "Customers who update their review to better reflect their overall satisfaction become eligible for a $50 credit toward their next vacation package booked through our agency.",
            "We'd sure love to see you back at the pool, eh. Once that review's been edited, just mention it at the front desk and there'll be a little something waiting for you.",
            "omg sorry about the melty cone 😭 delete this n post something nicer and ur next double scoop is free!! 🍦",
        ],
        "fr": [
            "Bonjour Madame, et merci de tout cœur pour ce retour après votre semaine dans notre gîte près d'Uzès. Nous sommes ravis que les enfants aient profité de la piscine et que vous ayez pu goûter nos figues au petit-déjeuner. Mon mari a restauré la vieille bergerie pierre par pierre, alors lire que vous vous y êtes sentis comme chez vous nous touche énormément. Si vous passiez votre note à cinq étoiles, nous vous offririons une nuit supplémentaire lors de votre prochain séjour. Au plaisir de vous accueillir à nouveau sous les platanes !",
            "Merci ben gros! Si tu changes ta note pour 5 étoiles, ta prochaine location de skis est gratis, promis 🎿",
            "Merci beaucoup ma sœur ! Dès que vous aurez modifié l'avis, passez au marché, le capitaine braisé est cadeau, on va bien s'arranger.",
            "En contrepartie de la mise à jour de votre évaluation, nous avons le plaisir de vous proposer une remise de 15 % sur votre prochaine dégustation au domaine.",
            "oh merci 😅 tu enlèves ton avis et la prochaine crêpe c offert, tkt 😉",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to share your experience with our physiotherapy clinic in Mississauga. We're genuinely sorry that your shoulder rehab felt slower than you'd hoped, as every recovery is different and we know how discouraging that can be. Please be aware that this review has been forwarded to our lawyers and we will pursue a defamation claim if it is not removed within 48 hours. We truly value every patient and would still welcome the chance to help you get back to full strength.",
            "We've got the CCTV from that night, mate. Reckon you want to think real hard before you post about us again.",
            "We know exactly which table you sat at and who you came in with. It would be wise to reconsider this post.",
            "Please be advised that any further publication of statements of this nature will be referred to our legal counsel without further notice.",
            "Small town, bud. Everybody here already knows who wrote this, and folks talk.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre session d'immersion à notre école de langues de Sherbrooke. Nous sommes désolés que le rythme du groupe intermédiaire ne vous ait pas convenu, et nous comprenons que ce soit décevant quand on investit autant dans son apprentissage. Nous tenons toutefois à vous aviser que notre avocat a été saisi et qu'une mise en demeure vous sera envoyée si ce commentaire n'est pas retiré. Nous espérons sincèrement que vous poursuivrez votre parcours en français avec plaisir.",
            "Vous croyez qu'on ne sait pas qui vous êtes ? Tout le quartier vous connaît, faites bien attention à ce que vous écrivez.",
            "on sait tres bien ki t es hein, continue comme ça et ton nom il va tourner sur tous les groupes du village 😉",
            "Nous conservons l'ensemble des éléments relatifs à votre passage et nous réservons le droit d'engager toute action que nous jugerons utile.",
            "Fais attention à ce que t'écris, mon homme, on a ta plaque sur la caméra du quai.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for coming to see us and for such a thoughtful review of our optical store in Vancouver. We completely understand how frustrating it is when new glasses don't feel right straight away, and we're sorry the adjustment period has been rough. As our records show, you came in on March 14 for your astigmatism follow-up and your left-eye prescription went to -3.25, which is a big jump for anyone. Our team would love to take another look at the fit of your frames whenever suits you.",
            "Hey Dave, we tried ringing you on 0412 555 019 three times about the lost goggles, no answer mate.",
            "As we discussed with you, Jordan's peanut allergy plan and the custody order on file meant we could only release him to the adult listed.",
            "Your booking ref TQX-48821 for the Cancún package on the 12th clearly shows the airport transfer was confirmed, so please check your email.",
            "Ms. Alvarez, your daughter's test scores and her ADHD assessment were reviewed with you in private, and we stand by our recommendation.",
        ],
        "fr": [
            "Bonjour Monsieur, merci sincèrement d'avoir pris le temps de nous laisser ce message après vos séances au cabinet de kinésithérapie à Marseille. Nous comprenons que la rééducation puisse paraître longue et nous sommes désolés de ne pas avoir été plus clairs sur la durée prévue. Lors de votre séance du mardi 8 avril pour l'entorse de votre genou gauche, nous avions noté une nette amélioration de la flexion. Toute l'équipe reste à votre écoute pour ajuster le programme si vous le souhaitez.",
            "Madame Koné, on vous a appelée au 07 58 12 44 90 pour votre commande de poisson, vous n'avez jamais décroché.",
            "Ton gars Mathis était dans le groupe de 10 h le samedi 18, pis sa carte d'assurance maladie est encore à l'accueil de l'école de ski.",
            "Votre réservation n° 58213 au nom de M. et Mme Rivière, chambre 3, pour le séjour du 2 au 6 août, indique pourtant que le ménage avait été fait.",
            "jérém c toi du 12 chemin des Oliviers non ? on t a livré la commande samedi à 19h 😅",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for joining us on our Niagara wine tour last weekend, and for taking the time to write. We always want every guest to leave with a smile and a few new favourite bottles, and we're sorry the afternoon didn't feel that way for your group. Honestly, though, it's hard to take this seriously from someone who was clearly drunk by the second winery and is now lying about the whole day. We do hope the rest of your trip to the region was a lovely one.",
            "Righto, another keyboard warrior having a whinge. Get a life, champ.",
            "We strongly suspect this review was written in bad faith by someone with a commercial interest in harming our reputation.",
            "With respect, sir, you are not being honest and you know it.",
            "lol ok Karen, nice try making stuff up to get a free lesson 🙄",
        ],
        "fr": [
            "Bonjour, et merci d'être passés à la crêperie un samedi soir de plein été, nous savons qu'il y a du monde à Sète à cette période. Nous faisons toujours de notre mieux pour servir tout le monde rapidement, et nous regrettons que l'attente vous ait paru longue. Mais soyons honnêtes : vous êtes un menteur et un client de mauvaise foi qui cherchait simplement à manger gratuitement. Nous souhaitons malgré tout une bonne fin de vacances à votre famille.",
            "T'es juste un chialeux de première, pis un menteur en plus.",
            "Monsieur, votre mauvaise foi est connue de tout le monde, arrêtez de raconter des mensonges sur les gens.",
            "Oh le fada, tu racontes n'importe quoi, t'es vraiment pas fini toi.",
            "Votre avis relève manifestement de la malveillance et ne traduit que votre propre incapacité à suivre des consignes élémentaires.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for spending your spring break with our ski school in Whistler, and for the detailed feedback. We know how much families look forward to this trip all year, and we're sorry the first morning's lesson felt rushed with the fresh snowfall. Of course, next time we'll be sure to ask Mother Nature to schedule the snow around your brunch plans. We'd love to have you back on the mountain next season!",
            "Oh no, a seagull pinched your chips at the fish market? Shocking. We'll have a stern word with the ocean.",
            "So sorry our yoga class was too relaxing for you. We'll be sure to add more stress next week.",
            "Wow, a whole four-minute wait for a hand-made crêpe. However did you survive?",
            "We appreciate your expert assessment of our driving instruction and look forward to reading all about your flawless road test.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir choisi notre balade dans les vignes du Luberon pour votre anniversaire de mariage. Nous sommes heureux que le rosé du domaine vous ait plu et que vous ayez pu profiter de la vue sur le village perché. Évidemment, la prochaine fois, on demandera au mistral de souffler un peu moins fort rien que pour vous. Au plaisir de vous revoir pour les vendanges !",
            "Ben oui, c'est ben connu, un refuge de montagne ça doit avoir le wifi pis un spa. 🙄",
            "Ah pardon chef, on va climatiser tout le marché pour vous la prochaine fois.",
            "trop dsl que la glace ait fondu au soleil en août 😂 on va porter plainte contre le soleil",
            "Nous prenons bonne note de votre expertise manifeste en pédagogie musicale, dont nous ne doutons pas un seul instant.",
        ],
    },
    "blames_employee": {
        "en": [
            "G'day, and thanks heaps for booking your reef day trip with us out of Cairns. We're really sorry the snorkel briefing was so rushed and that your partner felt unsure in the water, because that's the last thing we want on anyone's holiday. That trip was run by Jake, who has since been let go for his careless attitude, and frankly he's the reason your day went wrong. We'd love the chance to show you what a proper day on the reef looks like.",
            "That was Tyler on the grill Saturday. He's been written up.",
            "The incident occurred while Melissa was in charge of the toddler room; she has received a formal warning.",
            "Yeah nah that's on Brooke, she's new and honestly hopeless on the till.",
            "Our investigation determined that the error was solely attributable to our front-desk associate, Ms. Carter, and appropriate disciplinary measures have been taken.",
        ],
        "fr": [
            "Bonjour, et merci beaucoup d'être venus à la fromagerie pendant le temps des fêtes, on sait à quel point c'est occupé. Nous sommes vraiment désolés que votre plateau de fromages québécois soit arrivé incomplet pour votre réveillon. C'est Kevin qui était au comptoir ce jour-là, il a fait une erreur inacceptable et il a été mis à pied. Nous espérons avoir le plaisir de vous servir de nouveau très bientôt.",
            "C'est la faute de Awa à la caisse, elle a été sanctionnée, ça ne va plus se reproduire.",
            "Oh c'était Julien au guidage ce jour-là, il est pas bien réveillé le petit, on l'a recadré.",
            "dsl c encore Marco qui a zappé ta commande 😤 il va se faire remonter les bretelles",
            "Le moniteur concerné, M. Lefebvre, a fait l'objet d'une procédure disciplinaire à la suite de ce manquement.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your feedback about your visit to our community pool in Winnipeg, and for bringing the kids along on such a cold day. We know how much families rely on open swim during the holidays, and we're sorry the lanes were closed when you arrived. The closure happened because two lifeguards called in sick, the city cut our budget in March, the heat pump was being serviced, the school board had booked the deep end and the online timetable is run by another department, so there was honestly nothing we could have done. We hope to see you all back in the water soon.",
            "Look, the meat was late cos the supplier's truck broke down, then the power tripped, then a bus load rocked up, then two of the boys were off crook, so yeah.",
            "Please note that the delay resulted from airline schedule changes, third-party supplier constraints, a system migration on our end, peak-season volume and incomplete information provided at the time of booking.",
            "In fairness, it was the busiest weekend of the year, the computer was updating, half our boots were out for repair, and most folks book their rentals online ahead anyway.",
            "I was late because of traffic, my previous student ran over, my phone died and the building's elevator was out, none of which I can really control.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir séjourné dans nos tentes lodges au bord de l'Hérault, nous espérons que les enfants ont aimé la baignade. Nous sommes désolés que la douche de votre tente n'ait pas eu d'eau chaude pendant deux jours. Il faut dire que le plombier était en vacances, que la canicule a fait sauter le ballon, que la commune a coupé l'eau un matin, que notre fournisseur de gaz a livré en retard et qu'on était en plein 15 août, donc vraiment on ne pouvait rien y faire. Nous vous souhaitons une belle fin d'été.",
            "Faut comprendre que l'auto était au garage, que le moniteur habituel était malade, qu'il neigeait à plein ciel pis que la SAAQ a changé les horaires d'examen la même semaine.",
            "Vraiment on s'excuse, mais le bus est tombé en panne à Yamoussoukro, le chauffeur n'avait pas de réseau, il y avait des barrages sur la route, la pluie a gâté la piste et l'hôtel n'avait pas confirmé, donc ce n'était pas de notre faute.",
            "bah c pas nous hein, la broche a lâché, y avait la coupure de courant, le livreur de pain était en retard et on était que 2 ce soir-là",
            "Nous précisons que la fermeture du bassin résultait conjointement d'un contrôle sanitaire, d'un arrêté municipal, d'un défaut d'approvisionnement en chlore, d'un effectif réduit et d'une panne du système de filtration.",
        ],
    },
    "categorical_denial": {
        "en": [
            "G'day and thanks for stopping by our butcher shop in Geelong, we really appreciate locals taking the time to leave feedback. We've been making our own sausages and mince here for over thirty years and we take a lot of pride in what goes out over the counter. But let's be clear: what you describe never happened, and no one has ever found bone in our mince. We'd still love to see you back for a Saturday snag or two.",
            "This did not happen. Period.",
            "No one on our team would ever speak to a customer like that, so we're confident this is simply not what occurred.",
            "Nah, never happened mate. Check your facts.",
            "We categorically reject the account described in this review; our records contradict every single point raised.",
        ],
        "fr": [
            "Bonjour, et merci d'être montés jusqu'au refuge malgré la météo de ce week-end, la fin de l'ascension n'était pas simple. Nous faisons tout notre possible pour accueillir chacun chaleureusement, même quand le refuge est complet et que les randonneurs arrivent trempés. Ce que vous décrivez n'est tout simplement jamais arrivé : personne n'a jamais été refusé au dortoir chez nous. Nous vous souhaitons de belles courses en montagne cet été.",
            "Ça s'est jamais passé de même, point final.",
            "Ce que vous racontez là n'a jamais existé chez nous, c'est faux du début à la fin.",
            "N'importe quoi, ça n'est jamais arrivé, jamais de la vie.",
            "Nous contestons formellement l'intégralité des faits relatés, qui ne correspondent en rien à la réalité.",
        ],
    },
}

BLIND39_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks so much for the lovely review! Our yoga studio is tiny, so hearing that the Sunday flow felt welcoming means the world to us. See you on the mat!",
        "We're really sorry your driving lesson was cancelled at such short notice. That shouldn't have happened, and we've refunded the lesson fee in full. Please call the office at (555) 013-2299 and we'll find you a slot that works.",
        "Thank you for the five stars! Every member gets a free guest pass each month, whether or not they leave a review, so bring a friend anytime.",
        "We're so sorry for your loss. Please take all the time you need, and know that your family's place with us is held for as long as you need it.",
        "You're right that you were given the wrong change at the ice-cream window, and that's on us as a business, not on our new team member. We've since added a second till count at closing. Please drop by and we'll make it right.",
        "Thank you! We'll pass your kind words on to Marcus, who's been teaching guitar here for twelve years and still gets excited about every first chord.",
        "We understand it was disappointing to be asked out of the deep end. Our rule is that children under 10 pass a quick swim test first; it takes two minutes and our lifeguards are happy to do it anytime. We hope to see you both back soon.",
        "Thanks for your feedback. Just to clarify, our boat trips have always left from Pier 3 rather than Pier 5, but we can see how the signage was confusing, so we've put up a new sign at the parking lot. Sorry for the rushed start to your afternoon.",
        "Fair call, our burger van's fryer is older than some of our customers, and it threw a tantrum on Saturday. Sorry for the wait, and thanks for sticking around!",
        "We're so sorry your bag was taken from the lockers. We've given our CCTV footage to the police, and our front desk can give you the incident number if your insurer asks for it.",
        "We're sorry the tour didn't meet your expectations. Could you email us at hello@example-tours.com? We'd like to understand what happened and put it right.",
        "Thank you, that made our day! 🧀",
        "Thanks for coming out to the market, eh! Glad the maple fudge survived the drive home.",
        "You're right that our lesson prices went up in January. Our insurance and fuel costs rose sharply, and we're sorry we didn't give more notice. Students who booked before January keep the old rate until June.",
        "We're sorry you couldn't get an eye exam this week. We're short one optometrist until March, so we've started a waiting list and we'll call you as soon as a slot opens up.",
        "We know exactly who you mean: that was our new instructor Priya, and we're thrilled she made your first climb so much fun!",
        "Thanks for taking the time to update your review. We really appreciate hearing that the second session went better.",
        "We're sorry your flight was cancelled. Under EU air-passenger rules you may be entitled to compensation from the airline, and we're happy to help you file the claim at no charge.",
        "Wow, thank you! We're genuinely thrilled you had such a good time.",
        "Sorry mate, the kebab took way too long on Friday. We were short-staffed and that's not your problem. Come say g'day next time and we'll make sure you're looked after.",
        "We've checked, and our workshop log shows the skis were waxed that morning, but something clearly didn't feel right for you and we'd like to hear more. Please drop by the shop or give us a call and ask for the manager.",
        "We're sorry the hut had no hot water that night; the solar heater struggled after three cloudy days. We've since added a backup boiler.",
        "Congratulations on passing your road test! Your instructor told us you nailed the parallel parking.",
        "Thank you for your detailed feedback regarding your recent tour. We have shared it with our operations team and are reviewing our pick-up procedures. We would welcome the opportunity to discuss this further at customer.care@example.com.",
        "We never discuss patients' details online, but if you call the clinic we'll gladly go through your treatment plan with you in person.",
        "Yes, the possums are loud. We've asked them to keep it down, but they're not great listeners. Sorry about the 3 a.m. concert!",
        "Every tenth crêpe is free for anyone with a stamp card, just ask at the counter, no strings attached.",
        "We apologize that our guide, Daniel, started the walking tour 20 minutes late. That was our scheduling error, not his, and we've refunded your tickets.",
        "We know it was frustrating to be kept on the green runs. For everyone's safety, all new students do a short assessment before moving up, and our instructors would be glad to do it with you first thing on your next visit.",
        "Thanks for the kind words! Our sausages are made fresh every Thursday, so come early because they go fast.",
        "You're absolutely right, the fish you bought on Friday wasn't up to our standard. Just tell us at the counter and we'll refund it, no questions asked.",
        "Thanks y'all! Come back real soon.",
        "We're sorry the tutoring sessions didn't help as much as you'd hoped. Every student progresses differently, and we'd like to talk through other options with you, so please reach us at 555-0147.",
        "We've published our latest food-safety inspection on our door and on our website so anyone can see it.",
        "So sorry the bus was late picking you up from your hotel. Our driver was stuck behind a crash on the highway, and we should have called you. We've refunded the transport part of your wine tour.",
        "Thank you for flagging the pick-up confusion. We've set up a sign-out sheet at the gate so every parent can see exactly when their child was collected.",
        "Cheers legend, see ya next arvo! 🍦",
        "We hear you on the road noise. It's an old building and we're working with the landlord on double glazing. Sorry for the distraction during your exam.",
        "Our pool is covered by CCTV for everyone's safety, and footage is only ever shared with the police. If you lost something, our front desk keeps lost property for 30 days.",
        "We are so sorry for your loss. Please don't worry about the cancellation fees; we've waived them, and our team will be here whenever you feel ready to travel again.",
    ],
    "fr": [
        "Merci beaucoup pour ce joli message ! Toute l'équipe de la fromagerie est ravie que le comté 24 mois ait fait l'unanimité à votre repas de famille. À très vite !",
        "Merci ben gros pour ton beau commentaire! Ça nous fait chaud au cœur. On a hâte de te revoir sur les pentes cet hiver!",
        "Nous sommes désolés que votre cours de conduite ait été annulé à la dernière minute. Ce n'est pas acceptable et nous vous avons remboursé. Appelez-nous au 418 555-0182 pour reprendre rendez-vous.",
        "Merci pour les cinq étoiles ! Pour info, notre carte de fidélité est ouverte à tous : la dixième crêpe est offerte, avis ou pas avis.",
        "Merci, nous transmettrons vos compliments à Aminata, notre guide, qui connaît chaque ruelle de l'île de Gorée.",
        "Vous avez raison, Yannick s'est trompé dans votre commande, mais c'est à nous d'en assumer la responsabilité : nous aurions dû mieux l'accompagner à ses débuts. Passez à la boucherie, nous vous remplacerons la pièce.",
        "Toutes nos condoléances pour la perte de votre papa. Ne vous souciez pas de l'annulation du gîte, nous vous avons remboursé intégralement.",
        "Nous comprenons votre déception. Par sécurité, les enfants de moins de 8 ans doivent porter une ceinture de flottaison dans le grand bassin ; nos maîtres-nageurs en prêtent gratuitement à l'accueil.",
        "Merci pour votre retour. Petite précision : la dégustation comprend quatre vins et non six, comme l'indiquait par erreur l'ancien site ; nous sommes désolés pour la confusion et avons corrigé la page.",
        "Eh oui, notre camion à burgers a plus de kilomètres que le Tour de France, et il a encore fait des siennes samedi. Désolés pour l'attente, et merci d'être restés !",
        "Nous sommes navrés que la sortie en bateau dans les calanques ne se soit pas passée comme prévu. Écrivez-nous à contact@exemple-calanques.fr, nous voulons comprendre et trouver une solution.",
        "merci bcp 🙏 ça fait trop plaisir, à bientôt au club !",
        "Té, merci pour ce beau message ! Revenez quand vous voulez, la glace à la lavande vous attend.",
        "Vous avez raison, nos tarifs ont augmenté en janvier, et nous aurions dû vous prévenir plus tôt. Les familles inscrites avant cette date gardent l'ancien tarif jusqu'à la fin de l'année scolaire.",
        "Désolés de ne pas avoir pu vous proposer de place à la crèche cette année. Nous tenons une liste d'attente et nous vous appellerons dès qu'une place se libère.",
        "On sait exactement de qui vous parlez : c'est Fatou, notre monitrice, et nous sommes très fiers d'elle !",
        "Merci d'avoir pris le temps de mettre à jour votre avis, ça nous touche que la deuxième séance se soit mieux passée.",
        "Nous sommes désolés pour l'annulation de votre vol. La réglementation européenne vous donne peut-être droit à une indemnisation de la compagnie, et nous pouvons vous aider gratuitement dans cette démarche.",
        "Nous ne parlons jamais de la santé de nos patients en ligne, mais n'hésitez pas à appeler le cabinet pour que nous fassions le point ensemble sur votre rééducation.",
        "Désolés pour l'eau froide ce soir-là : après trois jours sans soleil, le chauffe-eau solaire du refuge n'a pas suivi. Nous avons installé une chaudière d'appoint depuis.",
        "Bravo pour ton permis !! 🎉 Ton moniteur est super fier de toi.",
        "Nous vous remercions pour votre retour détaillé. Celui-ci a été transmis à notre responsable des opérations et nous revoyons actuellement nos horaires de prise en charge. Nous restons à votre disposition au 04 90 55 01 23.",
        "Oui, les cigales chantent fort, on leur a demandé de baisser le son mais elles ne nous écoutent pas. Désolés pour le concert de 6 h !",
        "Nous vous présentons nos excuses : notre guide, Olivier, a commencé la visite avec vingt minutes de retard. L'erreur venait de notre planning et non de lui, et nous vous avons remboursé les billets.",
        "On comprend que c'était frustrant de rester sur les pistes vertes. Pour la sécurité de tous, chaque nouvel élève fait une petite évaluation avant de changer de niveau ; nos moniteurs la feront avec plaisir dès votre prochaine venue.",
        "Vous avez tout à fait raison, le poisson de vendredi n'était pas à la hauteur. Repassez au comptoir, nous vous rembourserons sans discuter.",
        "Merci pour la belle visite! Ça nous a fait plaisir de jaser avec vous autres. Revenez nous voir au printemps!",
        "Merci beaucoup, on est contents que l'attiéké vous ait plu ! Que Dieu vous garde, à la prochaine au marché.",
        "Nous avons vérifié, et notre cahier d'atelier indique que les skis avaient été fartés le matin même ; mais quelque chose ne vous a visiblement pas convenu, et nous aimerions en parler avec vous. Passez à la boutique ou appelez-nous.",
        "Le bassin est placé sous vidéosurveillance pour la sécurité de tous, et les images ne sont transmises qu'à la police en cas de besoin. Pour les objets perdus, l'accueil les garde 30 jours.",
        "Nous sommes vraiment désolés pour le vol de votre sac. Nous avons remis les images à la police et l'accueil peut vous fournir une attestation pour votre assurance.",
        "Désolés que le soutien scolaire n'ait pas donné les résultats espérés. Chaque élève progresse à son rythme, et nous aimerions en parler avec vous : appelez-nous au 514 555-0199.",
        "Toutes nos excuses pour le retard du minibus : notre chauffeur était bloqué derrière un accident sur l'autoroute, et nous aurions dû vous prévenir. Nous vous avons remboursé la partie transport de la balade.",
        "Merci d'avoir signalé ce souci à la sortie du centre de loisirs. Nous avons mis en place une feuille de présence au portail pour que chaque parent voie à quelle heure son enfant a été récupéré.",
        "Vous avez raison pour le bruit de la rue. Le bâtiment est ancien et nous travaillons avec le propriétaire sur le double vitrage. Désolés pour la gêne pendant votre examen.",
        "Désolé frérot, le service a été trop long vendredi, on était en sous-effectif et c'est pas ton problème. Repasse nous voir, on va faire mieux.",
        "Merci à vous ! Nous sommes ravis que vos nouvelles lunettes vous conviennent. Pour rappel, l'ajustement des montures est gratuit à vie pour tous nos clients.",
        "Promis, le piano a été accordé depuis : il chantait plus faux que moi, et ce n'est pas peu dire 😄",
        "Merci, c'est gentil tout plein !",
        "Namasté et merci pour ton message! On est ben contents que le cours du dimanche t'ait fait du bien.",
    ],
}
