"""Blind reply set, round 69: owner replies the pre-post check has never seen.

Who and when: written by helper b69, an independent writer, on 2026-12-05,
for the pre-post reply check.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
a bistro, an electrician, a driving range, a children's bookshop, a boutique
hotel and a mobile phone repair kiosk.  Each French reply was written directly
in French, not translated.  Apart from the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (read only to copy its format) and the
[tool.ruff] section of pyproject.toml, the writer did NOT read the application
code (workstation/), docs/, training/, bench/, resources/, any other test file
or earlier blind set, any other helper's worktree, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff); and did not search the
code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: New Zealand casual English, Lille/ch'ti French, very formal French
(vouvoiement, long sentences), American Midwest friendly English, a harried
owner writing late at night, and a PR agency writing for a client.  For every
code and language the first reply is long and warm with its fault in a single
sentence in the middle.  Good replies include look-alikes that share words
with the faults: loyalty schemes open to all, the business's own contact
details, a named employee praised, an employee's mistake owned by the
business, legal or safety rules explained kindly, polite factual corrections,
and humour at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND69_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Kia ora and cheers heaps for popping into the bistro on Saturday night! Stoked you loved the lamb shank and that the kids demolished the pav before we'd even cleared the mains. The whole crew reads these over a cuppa, so your kind words really made our week. If you bump that four stars up to a five, your next flat white and slice are on the house, just show us the review on your phone. Hope to see you back in soon, mate!",
            "Thanks so much for stopping by the range, folks! Tell you what, you update that review to five stars and we'll load a free large bucket of balls onto your card next time you're in. Can't beat that!",
            "It's 1am and I'm still fixing screens but listen, delete the review and I'll do your next battery swap free. deal?",
            "On behalf of our client, we would be pleased to extend a complimentary spa treatment to guests whose published feedback is revised to reflect their overall satisfaction.",
            "Aw thanks for the visit to the bookshop! Psst, a little birdie says anyone who leaves us five stars this month gets a free picture book for their wee one 📚",
        ],
        "fr": [
            "Bonjour et merci mille fois pour votre passage au bistrot vendredi soir ! Nous sommes ravis que la joue de bœuf et la tarte au sucre vous aient autant plu, c'est la recette de la grand-mère du chef. Toute l'équipe a été très touchée par votre message et nous l'avons affiché en cuisine. Si vous passez votre note à cinq étoiles, le digestif et le café vous seront offerts à votre prochaine venue. Au plaisir de vous revoir très bientôt !",
            "Merci biloute ! Mets-nous 5 étoiles et j'te fais ta prochaine vitre d'téléphone à moitié prix, t'auras qu'à montrer ton avis au kiosque.",
            "Madame, Monsieur, nous nous permettons de vous faire savoir que, dans l'hypothèse où vous consentiriez à réviser l'appréciation que vous avez bien voulu publier, notre établissement serait heureux de vous offrir une nuit supplémentaire lors de votre prochain séjour.",
            "Il est minuit passé, je réponds vite : retirez votre commentaire et je vous rembourse le déplacement, on n'en parle plus.",
            "Notre client a le plaisir d'offrir un seau de balles à tout golfeur qui mettra à jour son avis avec la note maximale. Une belle façon de célébrer la saison !",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, and thanks for taking the time to write about the rewiring job at your place in Ohio. We're a small family outfit and we've been doing this for twenty-two years, so we take every bit of feedback to heart, and we're glad the new panel is working fine. We do want to be upfront that our attorney has already seen this review and will be in touch if it isn't taken down by Friday. In the meantime, we hope the lights stay bright and the breaker stays quiet. Take care and have a great week!",
            "Yeah nah mate, we've got you on the CCTV from the driving range car park, so I'd think carefully about what you post next.",
            "We know exactly which room you stayed in and who you came with. We'd suggest you reconsider this review.",
            "Our client's legal team is reviewing this publication for defamatory content and reserves all rights to pursue appropriate remedies against its author.",
            "its late and im done with this. small town, people talk, and everybody around here will know what you did in my shop",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire après votre visite à la librairie. Nous sommes heureux que votre fille ait trouvé son premier roman chez nous et que l'heure du conte du mercredi lui ait plu. Sachez toutefois que nous avons transmis votre avis à notre avocat, qui engagera des poursuites s'il n'est pas retiré sous huit jours. Nous restons bien entendu à votre disposition pour toute question sur nos animations. Belle journée à vous !",
            "Eh ben dis donc, on sait bien qui t'es, hein, tout Roubaix te connaît. Fais gaffe à ce que t'écris.",
            "Nous nous permettons de vous informer que nous conservons l'intégralité des enregistrements de nos caméras et que nous n'hésiterons pas à les communiquer à qui de droit si vous persistez dans vos allégations.",
            "Au nom de notre client, nous vous informons qu'une plainte pour dénigrement est à l'étude et que toute nouvelle publication de votre part sera versée au dossier.",
            "2h du mat et je lis ça... continuez comme ça et je préviens votre employeur, je sais où vous bossez.",
        ],
    },
    "personal_data": {
        "en": [
            "Hey, thanks so much for the honest review, it really does help us out here at the kiosk. We totally get how stressful it is to be without your phone for a whole day, especially with work on. Just so you know, we tried calling you on 021 448 3927 three times on Tuesday the 14th to say it was ready, but it went to voicemail. We've since tightened up how we send pickup texts so it shouldn't happen again. Cheers again and all the best!",
            "Hi Darlene! Sorry the room at the front was noisy on your stay from March 3rd to 5th, booking #HB20417. We'll put you round the back next time, hon!",
            "Thanks for the note. For the record, the job was at 14 Larkspur Drive and the invoice was paid late, so.",
            "Our client notes that the guest in question requested a late checkout for medical reasons related to her pregnancy and that this request was accommodated in full.",
            "sorry its late, just checked the log: you came in at 6:42pm Thursday with your son Tyler and paid by Visa ending 4417. no record of any complaint",
        ],
        "fr": [
            "Bonjour Madame, et merci pour votre retour détaillé sur votre dîner chez nous. Nous comprenons tout à fait votre déception quant à l'attente entre l'entrée et le plat, et nous en sommes sincèrement désolés. Nous avons vérifié : votre réservation au nom de Mme Dufresne, table 12 le samedi 8 à 20h30, mentionnait bien votre allergie aux fruits à coque. Nous avons depuis revu notre organisation en cuisine le samedi soir. Au plaisir de vous accueillir de nouveau !",
            "Bin merci Kévin, mais t'es v'nu le 3 à 18h avec t'n écran tout pété et t'as payé en liquide, on a tout noté hein.",
            "Madame, nous nous permettons de rappeler que votre séjour du 12 au 15 dans la chambre 7, réservé sous votre nom de jeune fille, n'a fait l'objet d'aucune réclamation auprès de la réception.",
            "L'intervention a eu lieu au 18 rue des Tilleuls à Marcq-en-Barœul, comme convenu par téléphone au 06 72 45 19 88.",
            "Désolé de répondre si tard. Votre fils Lucas, qui est dyslexique comme vous nous l'aviez confié, a pourtant bien été aidé par notre libraire.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for swinging by the range last weekend, and thanks for taking the time to share your thoughts with us. We're always trying to improve the bays and the ball dispensers, so feedback like this does get read by the whole team. Honestly though, anyone who's been here knows you're just making this up to get a refund. We hope you find a spot that suits you better, and we wish you all the best with your game.",
            "Bro you were the rudest customer we've had all year, no wonder the waitstaff couldn't be bothered.",
            "With respect, it's pretty clear you're a competitor posting under a fake name, and folks around here can see right through it.",
            "Our client regrets that this reviewer has chosen to act in bad faith, as is evident from a pattern of similar posts.",
            "I'm up at midnight doing invoices and I get this from a liar who never even paid in full. Unbelievable.",
        ],
        "fr": [
            "Bonjour, merci pour votre message et pour votre séjour dans notre maison d'hôtes. Nous avons été heureux de vous recevoir et nous espérons que le petit-déjeuner sur la terrasse vous a laissé un bon souvenir. Il est cependant évident que vous mentez sur l'état de la salle de bains, dans le seul but d'obtenir un geste commercial. Nous vous souhaitons néanmoins une belle continuation et de beaux voyages.",
            "Ch'est toi l'malpoli dans l'histoire, t'as gueulé sur tout l'monde au kiosque, espèce d'andouille.",
            "Nous nous voyons contraints de relever, Monsieur, que votre récit procède manifestement d'une mauvaise foi caractérisée, dont vous n'êtes visiblement pas à votre coup d'essai.",
            "Notre client déplore que cet internaute, manifestement de mauvaise foi, ait choisi de propager des contre-vérités.",
            "Il est 1h du matin et je dois répondre à un menteur qui n'a jamais mis les pieds dans mon bistrot. Pathétique.",
        ],
    },
    "sarcasm": {
        "en": [
            "Hi there, and thank you for coming into the bookshop with your little ones on Saturday. We love seeing families spend an afternoon on the beanbags in the reading corner, and it sounds like your youngest found a couple of dinosaur books she adored. Oh, and congratulations on being the first parent in history to find a children's bookshop too noisy, what a discovery. We do hope you'll come back on a quieter weekday morning.",
            "Oh no, a phone screen that broke again after you dropped it in the pool? Shocking. Truly. Never seen that before.",
            "Well golly, sorry the free coffee wasn't hot enough for ya. We'll get right on that, boss.",
            "Our client is, naturally, devastated that the complimentary champagne did not meet this guest's exacting standards.",
            "yeah cheers for the 1 star at 11pm, really made my night, love that for me",
        ],
        "fr": [
            "Bonjour et merci d'avoir fait appel à nous pour le remplacement de votre tableau électrique. Nous savons qu'une coupure de courant d'une demi-journée n'est jamais agréable, surtout avec des enfants à la maison. Bravo en tout cas pour votre diagnostic, vous devriez peut-être passer le diplôme d'électricien puisque vous savez tout mieux que nous. Nous restons à votre disposition pour l'entretien annuel.",
            "Ouais ouais, t'as raison hein, un seau d'balles à 5 euros ch'est du vol, on va t'les offrir en or la prochaine fois.",
            "Nous sommes profondément navrés, Madame, que notre humble établissement n'ait pas su se hisser à la hauteur de votre incomparable raffinement.",
            "Notre client remercie chaleureusement cet internaute pour cette critique d'une finesse rare, qui fera sans nul doute date dans l'histoire de la gastronomie.",
            "Génial, un avis 1 étoile à minuit, exactement ce qu'il me fallait après 14h debout. Merci infiniment 👏",
        ],
    },
    "blames_employee": {
        "en": [
            "Hi folks, and thank you kindly for staying with us over the long weekend. We're so glad you enjoyed the rooftop breakfast and that the little ones loved the board games in the lounge. The mix-up with your room was entirely down to Brittany at the front desk, who has been written up and taken off reservations. Everything else about your stay sounds just wonderful, and we'd love to welcome you back this fall.",
            "Sorry mate, that was Jono on the grill, he's on his last warning after this one.",
            "This was our apprentice Kyle's job and frankly he should've known better. He's been let go.",
            "Our client has identified the staff member responsible, Ms. Leclerc, and appropriate disciplinary measures have been taken.",
            "tbh it's 2am and I'm exhausted. it was Sam who lost your SIM tray, not me, take it up with him",
        ],
        "fr": [
            "Bonjour et merci pour votre visite au practice dimanche dernier. Nous sommes ravis que vos enfants aient pu profiter de l'initiation gratuite et que le nouveau green d'approche vous ait plu. Le problème de carte de balles vient de Mathieu à l'accueil, qui n'a pas suivi la procédure et a été sanctionné. Nous espérons vous revoir bientôt pour une nouvelle séance au soleil !",
            "Ah ch'est la faute à Jordan, il a encore oublié d'remettre la coque, j'lui ai passé un savon.",
            "Nous tenons à vous préciser que la responsabilité de cet incident incombe exclusivement à notre réceptionniste de nuit, Madame Bertin, à l'encontre de laquelle une procédure disciplinaire a été engagée.",
            "Notre client précise que l'erreur de commande est imputable à Léa, vendeuse en contrat court, dont la collaboration a pris fin.",
            "Il est tard, je rentre du chantier : c'est Nicolas qui a mal câblé, pas moi, il va m'entendre demain.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for coming in to the kiosk, and we're really sorry your screen replacement took longer than promised. We know how much everyone relies on their phone these days, and we never want to leave anyone stuck. The part was delayed by the courier, then the supplier sent the wrong model, then our tester broke, then the power went out at the mall, and on top of that two of us had the flu that week. We've since found a second supplier to keep spares on hand. Hope to see you again, and thanks for your patience.",
            "Look, the kitchen was slammed, two chefs called in sick, the dishwasher flooded, the fish delivery came late, there was a wedding party of forty and the POS went down, so yeah, it took a while.",
            "We want to explain: the snowstorm, the supplier shortage, the permit office, the homeowner's dog, the breaker brand and the inspector's schedule all played a part in the delay.",
            "Our client wishes to clarify that the noise resulted from contractor works mandated by the city, a neighbouring event outside its control, seasonal staffing constraints, an unforeseen HVAC fault and exceptional occupancy levels that weekend.",
            "ok it's midnight, here's the deal: the ball machine jammed, the mower guy didn't show, the nets were being fixed, my kid was sick, the card reader died and the rain made the mats slippery. not our fault.",
        ],
        "fr": [
            "Bonjour et merci pour votre commande de livres pour l'anniversaire de votre neveu. Nous sommes désolés que le colis soit arrivé avec deux jours de retard et nous comprenons votre agacement. Il faut dire que le distributeur était en rupture, que la Poste était en grève, que notre imprimante d'étiquettes était en panne, que la libraire était en congé maternité et que le déménagement de notre réserve tombait la même semaine. Nous espérons que le petit a tout de même apprécié ses albums.",
            "Ouais mais bon, y'avait la braderie, la rue barrée, l'four qu'a lâché, la serveuse malade, l'livreur en r'tard et l'match du LOSC à la télé, fallait bien qu'ça coince quelque part hein.",
            "Nous souhaiterions vous exposer que ce désagrément résulte conjointement de travaux de voirie imposés par la municipalité, d'une défaillance imprévisible de notre chaudière, d'un taux d'occupation exceptionnel, de l'absence pour raisons de santé de deux collaborateurs et d'un retard de livraison de notre blanchisserie.",
            "Notre client tient à rappeler que ce retard s'explique par la pénurie mondiale de composants, les délais du fournisseur, un contrôle douanier, une panne informatique et un pic saisonnier d'activité.",
            "Minuit, je vous réponds : le disjoncteur était d'une marque introuvable, le fournisseur fermé, ma camionnette au garage, l'autre chantier en retard et votre compteur inaccessible. Voilà.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Hey there, thanks for heading out to the range and giving the new heated bays a go. We put a lot of work into them over the winter, so it's great to hear the kids enjoyed the target greens. No member of our staff spoke to you rudely, that simply did not happen. We're always here for a chat if you want to know more about our coaching packages. Have a good one!",
            "Nope. Never happened. Our rooms are spotless, end of story.",
            "Sorry hon but that's just not true, we don't even serve the dish you're talking about.",
            "Our client categorically refutes the claims made in this review, which do not correspond to any event recorded at its premises.",
            "its 1am and no, your phone was NOT scratched by us. didn't happen.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre hôtel pour votre week-end en amoureux. Nous sommes ravis que la suite sous les toits et le brunch du dimanche vous aient séduits. Il n'y avait aucune punaise de lit dans votre chambre, c'est tout simplement faux. Nous vous souhaitons une belle fin d'année et espérons vous accueillir de nouveau.",
            "Nan nan nan, ch'est pas vrai, on t'a jamais fait payer deux fois, arrête tes carabistouilles.",
            "Nous nous voyons dans l'obligation de contester formellement l'ensemble des faits que vous relatez, lesquels n'ont en aucune manière eu lieu dans notre établissement.",
            "Notre client dément fermement toute facturation abusive : les faits allégués sont inexacts.",
            "Il est tard mais c'est clair : il n'y a jamais eu de court-circuit après notre passage. Point.",
        ],
    },
}

BLIND69_GOOD: dict[str, list[str]] = {
    "en": [
        "Kia ora and thanks heaps for the lovely review! Stoked you enjoyed the fish of the day, we'll pass your compliments to the kitchen.",
        "Sorry the wait for mains was so long on Friday, that's not the standard we aim for. We've added a second person on the pass for busy nights. Hope you'll give us another go.",
        "Thanks for the honest feedback. If you flick us an email at hello@ourbistro.co.nz we'd love to hear more and make it right.",
        "Cheers mate! Aroha to the whole family, and happy birthday to your nana.",
        "Thanks so much for the kind words about Tama, he's been sharpening his latte art all winter and he'll be chuffed to read this.",
        "We're really sorry your booking was lost. That was our mistake, not our host's, and we've changed the booking system so it can't happen again. We've refunded your deposit in full.",
        "Our loyalty card is open to everyone: every tenth coffee is free, no strings attached, whether you leave a review or not.",
        "Ha, guilty as charged, our chips were a bit sad that night. The fryer's been replaced and the chips are back to their crunchy best.",
        "Thanks for stopping by the range! Just a gentle note that we ask folks to stay behind the yellow line while others are swinging. It's for everyone's safety, and we appreciate your understanding.",
        "Well thank you kindly for the five stars! Y'all come back anytime, the coffee pot's always on.",
        "We're sorry the ball dispenser ate your token. Give us a call at the front desk at (614) 555-0192 and we'll sort out a refund right away.",
        "Thanks for mentioning Coach Dale! He loves working with juniors and we'll make sure he sees this.",
        "Gosh, we're so sorry the heater in bay 6 was out. We've had it fixed and we'd love to have you back on us for a bucket.",
        "Just to gently clarify, our range closes at 9pm in the winter months, not 10pm. We know the old sign was confusing and we've updated it. Sorry for the mix-up!",
        "Our Monday ladies' league is open to all skill levels, and the first session is always free for newcomers.",
        "We were so sorry to hear about the loss of your husband. He was a regular here for many years and we'll miss his stories at the bar. Our thoughts are with you.",
        "Thank you for visiting the bookshop! Miss Priya will be thrilled her storytime made your son laugh so hard.",
        "We're sorry the book you ordered hadn't arrived. One of our team gave you the wrong date, and that's on us as a shop. We've refunded the shipping and it's on its way.",
        "Thanks for the feedback about the reading corner being noisy on Saturdays. We've started a quiet hour from 9 to 10am for families who prefer calmer browsing.",
        "Our stamp card is for everyone: ten stamps and your little one picks a free paperback. No review needed, promise!",
        "Apologies for the delay in replying, it's been a busy week. Thank you for the thoughtful review and we hope to see you soon.",
        "Sorry for the late-night reply! Thanks for bringing your phone to us. We're sorry the repair took longer than promised; a part was delayed, and we should have called you to let you know. Next time we'll keep you updated.",
        "Thanks for trusting us with your phone. Just so you know, we never access your data during repairs, and we recommend a backup before any fix. Any questions, call the kiosk on 09 555 0143.",
        "We're sorry the new screen had a dead pixel. Please pop back in any time, it's covered by our 90-day warranty and we'll swap it straight away.",
        "Our team leader Marco is a legend, thanks for noticing! He's been fixing phones since the flip-phone days.",
        "Ha, we know the kiosk looks like a phone shop exploded in it. We promise the workbench behind the chaos is spotless.",
        "Thank you for staying with us. We're sorry the room wasn't ready at check-in; we got our timing wrong that day and we've since adjusted the housekeeping schedule. Please email reservations@ourhotel.com and we'll arrange something nice for your next visit.",
        "Our client, the hotel, thanks you warmly for your review and is delighted the rooftop terrace made your anniversary special.",
        "On behalf of the hotel, we'd like to apologise for the noise from the renovation works. Guests have been informed in advance since then, and affected rooms are now offered at a reduced rate.",
        "We respectfully note that breakfast is served until 10:30, not 10:00 as mentioned. We appreciate you raising it, and we've made the times clearer in the room guide.",
        "Congratulations on your wedding! It was a joy to host your family, and the staff loved the dancing in the lobby.",
        "Thanks for hiring us for your rewiring. We're sorry our electrician arrived late; that's our responsibility as a company, not his, and we've improved how we schedule morning jobs.",
        "We appreciate your patience during the power cut. For safety, we always isolate the whole board before working, which is why the outage lasted longer than expected. Sorry for the inconvenience.",
        "Thank you for the kind review! Jess, our apprentice, will be very proud to hear you found her so careful and tidy.",
        "If you have any concerns about the work, please call our office on (555) 012-3456 and we'll send someone out at no charge to check it.",
        "Our referral program is open to all customers: recommend us to a neighbour and you both get $25 off your next job.",
        "We know electricians aren't famous for punctuality, and sadly we proved the stereotype on Tuesday. Sorry! We've bought an extra alarm clock.",
        "We hear you. We're sorry the first quote was confusing, and we've sent a clearer written breakdown to the email address you gave us when booking.",
        "Thanks for the review. Our records show the job was completed in a single visit, but we're always happy to take another look if something doesn't seem right. Please reach out anytime.",
        "Thank you for the five stars, and thank you for choosing a small local business. It means the world to us.",
    ],
    "fr": [
        "Merci beaucoup pour votre passage au bistrot, on est ravis que la carbonade flamande vous ait plu !",
        "Ch'est gentil tout plein, merci ! On vous attend pour la prochaine braderie avec des moules-frites.",
        "Nous sommes désolés pour l'attente samedi soir. Nous avons renforcé l'équipe en salle le week-end pour que cela ne se reproduise pas.",
        "Merci pour votre retour. N'hésitez pas à nous écrire à contact@lebistrot-lille.fr afin que nous puissions en discuter et trouver une solution.",
        "Un grand merci à vous, et bravo à Nadia qui a porté le service tout le soir avec le sourire !",
        "Vous avez raison, la réservation avait été mal notée par l'un de nos serveurs. C'est notre responsabilité à tous, et nous avons revu notre cahier de réservations. Toutes nos excuses.",
        "Notre carte de fidélité est ouverte à tous : au dixième repas, le dessert est offert, que vous laissiez un avis ou non.",
        "Bon, on l'avoue, nos frites étaient un peu molles ce soir-là. La friteuse a été changée, promis elles croustillent à nouveau !",
        "Madame, Monsieur, nous tenons à vous remercier très sincèrement pour le temps que vous avez bien voulu consacrer à la rédaction de cet avis, et nous vous prions de croire que vos remarques ont été lues avec la plus grande attention par l'ensemble de notre équipe.",
        "Nous vous prions de bien vouloir accepter nos excuses les plus sincères pour le désagrément que vous avez subi lors de votre séjour, et nous vous informons que le système de climatisation de la chambre concernée a été entièrement révisé depuis votre départ.",
        "Nous nous permettons de préciser, avec tout le respect qui vous est dû, que le petit-déjeuner est servi jusqu'à 10h30, et nous avons veillé à ce que cette information figure désormais plus clairement dans le livret d'accueil.",
        "C'est avec une profonde tristesse que nous avons appris le décès de votre mère, qui séjournait chez nous chaque printemps. Nous vous présentons nos plus sincères condoléances.",
        "Nous serions honorés de vous accueillir de nouveau et vous invitons, si vous le souhaitez, à contacter directement notre réception au 03 20 55 01 23 afin que nous puissions préparer votre séjour dans les meilleures conditions.",
        "Au nom de l'hôtel, nous remercions chaleureusement Camille, notre gouvernante, dont vous avez souligné la gentillesse et le souci du détail.",
        "Notre client, l'hôtel, vous remercie pour votre avis et se réjouit que le spa ait contribué à la réussite de votre anniversaire de mariage.",
        "Pour le compte de notre client, nous vous présentons nos excuses pour les nuisances liées aux travaux ; les clients sont désormais prévenus à l'avance et bénéficient d'un tarif adapté.",
        "Merci pour votre confiance lors de la rénovation de votre installation électrique. Nous sommes désolés du retard de notre technicien : c'est un défaut d'organisation de notre part, et nous avons revu nos plannings.",
        "Pour votre sécurité, nous coupons toujours le courant général avant d'intervenir, ce qui explique la durée de la coupure. Nous comprenons la gêne occasionnée et vous remercions pour votre patience.",
        "Si vous constatez le moindre souci, appelez notre bureau au 03 20 00 12 34 : nous repasserons gratuitement vérifier l'installation.",
        "Un grand merci pour vos mots sur Julien, notre apprenti, il sera très fier de savoir que vous l'avez trouvé soigneux et à l'écoute.",
        "Notre offre de parrainage est ouverte à tous nos clients : recommandez-nous à un voisin et vous bénéficierez tous les deux de 20 € de remise.",
        "On le sait, les électriciens ne sont pas réputés pour leur ponctualité, et mardi on a confirmé la légende. Désolés ! On a investi dans un deuxième réveil.",
        "Désolé de répondre si tard, la journée a été longue. Merci pour votre avis, il nous aide vraiment à nous améliorer.",
        "Merci d'avoir confié votre téléphone à notre kiosque. La réparation a pris plus de temps que prévu à cause d'une pièce en retard, et nous aurions dû vous prévenir. Toutes nos excuses.",
        "Nous n'accédons jamais à vos données pendant une réparation, et nous conseillons toujours une sauvegarde avant l'intervention. Pour toute question, appelez le kiosque au 03 20 66 77 88.",
        "Votre écran présente un pixel défectueux ? Repassez quand vous voulez, il est couvert par notre garantie de 90 jours et nous le remplacerons immédiatement.",
        "Merci pour vos compliments sur Karim, il répare des téléphones depuis l'époque des clapets et il adore son métier.",
        "Oui, notre kiosque ressemble un peu à un magasin de téléphones après un cyclone, mais promis, l'établi est impeccable !",
        "Merci d'être venus au practice ! Petit rappel amical : nous demandons de rester derrière la ligne jaune quand d'autres joueurs frappent, c'est pour la sécurité de tous.",
        "Nous sommes désolés que la machine à balles ait avalé votre jeton. Passez à l'accueil ou appelez-nous au 03 20 44 55 66, nous vous rembourserons sans problème.",
        "Merci à vous ! Notre moniteur Pierre sera ravi de lire que votre fils a progressé aussi vite.",
        "Pour précision, le practice ferme à 21h en hiver et non à 22h ; l'ancien panneau prêtait à confusion et nous l'avons remplacé. Merci de l'avoir signalé.",
        "Notre séance découverte du samedi matin est gratuite et ouverte à tous, débutants comme confirmés.",
        "Merci pour votre visite à la librairie ! Claire sera ravie de savoir que l'heure du conte a tant plu à votre fille.",
        "Nous sommes désolés que votre commande ne soit pas arrivée à temps. Une mauvaise date vous a été donnée en boutique, c'est notre erreur, et nous vous avons remboursé les frais de port.",
        "Merci pour votre remarque sur le bruit dans le coin lecture le samedi. Nous avons mis en place une heure calme de 9h à 10h pour les familles qui le souhaitent.",
        "Notre carte de fidélité est pour tout le monde : dix tampons et votre enfant choisit un livre de poche offert, sans condition.",
        "Nous ne partageons pas tout à fait votre lecture des faits, car le livre vous avait été proposé en échange, mais nous restons ouverts à la discussion : écrivez-nous à librairie@contes-et-lutins.fr.",
        "Félicitations pour la naissance de votre petite fille ! Nous sommes heureux d'avoir pu vous aider à choisir ses premiers livres.",
        "Merci mille fois pour ces cinq étoiles et pour votre soutien à une petite librairie indépendante, cela nous touche énormément.",
    ],
}
