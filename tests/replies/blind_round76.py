"""Blind reply set, round 76: owner replies the pre-post check has never seen.

Who and when: written by helper b76, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
five kinds of business: Swiss or Alpine restaurants and bars (fondue,
raclette, après-ski bars), hotels in UK cities, B&Bs, campsites and ski
rental shops.  Each French reply was written directly in French, not
translated.  The writer read only the first seventy-five lines of
tests/replies/blind_round20.py (to copy its format) and the [tool.ruff]
section of pyproject.toml (line length).  The writer did NOT read the
application code (workstation/), docs/, training/, bench/, resources/, any
other test file or earlier blind set, any other helper's worktree, the git
history or /work/.library; did not run the check, any test or any bench on
these replies (only a syntax parse, a count of entries and ruff); and did not
search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: an old-fashioned, very polite register; smooth
hospitality-corporate language; a chatty family owner; terse one-liners; with
veiled, polite, slangy and regional variants (Valais, Vaud, Savoie, Jura,
Québec; Scotland, Yorkshire, the Lake District, Wales).  For every code and
language the first reply is long and warm and carries its fault in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: loyalty cards and newsletters open to everyone, the business's own
phone, e-mail and address, staff praised by first name, an employee's
mistake owned by the business, condolences, safety rules on the slopes, the
campsite or the lake explained kindly, polite factual corrections that keep
the door open, a refund already made, CCTV or insurance mentioned to help the
guest, a star rating quoted neutrally, and humour at the business's own
expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND76_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for coming up to the chalet restaurant after your day on the slopes, and for such kind words about our raclette. My husband has been scraping that wheel of Valais cheese every winter for twenty years, so hearing that it was the best you've had made his whole evening. If you'd be so kind as to bump your review up to five stars, the next round of glühwein for your table is on us. We also loved hearing that your little one tried rösti for the first time. Do come back and see us before the snow melts!",
            "Change this to 5 stars and your next ski hire is half price. Just show the updated review at the counter.",
            "Dear guest, we should be most grateful were you to reconsider your rating; a complimentary upgrade to one of our superior rooms would, naturally, await you upon your return to Edinburgh.",
            "Cheers for the review mate! Delete the bit about the showers and your next pitch is free, no worries 🏕️",
            "As part of our Guest Appreciation Programme, guests who update their published rating to reflect a five-star experience are eligible for a complimentary breakfast for two on their next stay.",
        ],
        "fr": [
            "Merci mille fois pour votre passage au chalet et pour ce joli message qui nous a beaucoup touchés. Nous sommes ravis que la fondue moitié-moitié vous ait plu et que vous ayez apprécié la vue sur les Dents du Midi depuis la terrasse. Si vous remontez votre note à cinq étoiles, on vous offre le vin cuit et le dessert à votre prochaine visite. Notre petite équipe se donne beaucoup de mal chaque soir, alors vos mots nous font chaud au cœur. À bientôt sur les pistes et à table !",
            "Mettez 5 étoiles et la location des skis est offerte demain. Merci.",
            "Chère Madame, nous nous permettrions de vous offrir une nuitée supplémentaire, s'il vous plaisait de bien vouloir revoir votre appréciation à la hausse.",
            "Hey, t'sais quoi, enlève ton commentaire pis ton emplacement est gratis la semaine prochaine, promis 😉",
            "Dans le cadre de notre programme fidélité, tout client modifiant son avis pour refléter une expérience cinq étoiles bénéficiera d'un surclassement gratuit.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for staying with us at the hotel and for taking the time to share your thoughts on the room and the breakfast. We're genuinely pleased that you enjoyed the location so close to the castle and that the team at reception made you feel welcome. Please be aware that our solicitors have been copied on this review and will be in touch if it is not removed within seven days. We always aim to improve and your comments about the lift have been passed to our maintenance team. We hope to welcome you back to Edinburgh soon.",
            "We know exactly who you are and where you live. Think carefully before posting again.",
            "One would gently remind you that defamation is a serious matter, and that we keep very good records of every guest who passes through our door.",
            "Our legal department is reviewing this content. Continued publication of false statements may result in proceedings being initiated against you.",
            "Aye, we've got your car on the CCTV, pal. Might be worth having a wee think about that review.",
        ],
        "fr": [
            "Merci beaucoup d'avoir choisi notre camping pour vos vacances d'été au bord du lac d'Annecy. Nous sommes contents que les enfants aient profité de la piscine et des animations du soir avec Julie. Sachez toutefois que notre avocat a pris connaissance de votre avis et qu'une plainte pour diffamation sera déposée s'il n'est pas retiré rapidement. Nous avons bien noté vos remarques sur les sanitaires et travaillons déjà à leur rénovation. Au plaisir de vous revoir l'été prochain.",
            "On sait qui vous êtes. Retirez cet avis.",
            "Nous nous permettons de vous rappeler respectueusement que nous conservons les coordonnées de chacun de nos hôtes, et que de tels propos pourraient avoir des suites.",
            "Notre service juridique étudie actuellement vos allégations. Toute publication mensongère fera l'objet de poursuites.",
            "Fais attention à ce que t'écris, le village est petit pis tout le monde se connaît ici, hein.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for choosing our little B&B for your anniversary weekend in the Lakes. It was a real pleasure having you both, and we're so glad the walk up to Catbells was as lovely as we promised. As you'll remember, you booked room 3 under reference BB-4471 for 14–16 March and paid by card ending 2290, so the charge you mention was correct. We do hope the weather was kind on your drive home. Warmest wishes from all of us at the farmhouse.",
            "Mr Hartley, you called us on 07700 912 384 at 11pm on the 3rd to cancel. That's on record.",
            "With the greatest respect, Madam, we recall quite clearly that you mentioned your diabetes at breakfast, which is precisely why the pastries were not offered to you.",
            "Our records indicate that the guest in Room 512, staying 12–15 January under booking ref HX209331, checked out without reporting any issue.",
            "You were here with your kids on Saturday the 8th, pitch 42 by the river, reg plate on the camper ends in XKD — don't think we don't remember!",
        ],
        "fr": [
            "Un grand merci pour votre séjour chez nous et pour ce message si chaleureux. Nous avons adoré discuter avec vous au petit-déjeuner et nous sommes ravis que la confiture de myrtilles maison vous ait plu. Pour rappel, vous aviez réservé la chambre Edelweiss du 22 au 25 février sous le nom de Moreau, et vous nous aviez prévenus par téléphone au 06 12 48 77 31 de votre arrivée tardive. Nous espérons que la route du retour vers Lyon s'est bien passée. Au plaisir de vous accueillir de nouveau !",
            "Réservation n° 88231, M. Favre, 3 paires de skis, rendues le 14 à 18h45. Point.",
            "Madame, vous nous aviez vous-même confié être enceinte de quatre mois, c'est pourquoi nous vous avions déconseillé la fondue au vin blanc.",
            "Selon notre système, le client de la chambre 214 ayant séjourné du 3 au 6 novembre (réf. GLA-55102) n'a formulé aucune réclamation.",
            "Ben voyons, t'étais au chalet le vendredi 12 avec ta blonde, table 7, t'as payé avec la carte qui finit par 4410, on s'en souvient très bien.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for visiting our après-ski bar last weekend and for mentioning how much you enjoyed the live music. The band were thrilled to hear it, and we love seeing people dancing in their ski boots. Frankly, though, anyone who has read your other reviews can see you're simply a serial complainer looking for a free meal. We've since added more seating by the fire, so there's plenty of room for everyone. Hope to see you on the slopes again.",
            "You're lying, and you know it.",
            "It is, I am afraid, rather difficult to take seriously the opinions of someone who behaved so abominably towards my staff.",
            "We have reason to believe this review was posted in bad faith by an individual with a commercial interest in damaging our reputation.",
            "Proper numpty behaviour that, mate. Clueless from start to finish.",
        ],
        "fr": [
            "Merci d'avoir pris le temps de nous laisser un avis après votre passage dans notre magasin de location. Nous sommes contents que les conseils sur la longueur des skis vous aient été utiles et que votre fils ait pu progresser aussi vite. Mais soyons honnêtes : vous êtes de mauvaise foi et vous le savez très bien. Nous avons depuis ajouté un deuxième banc d'essayage pour réduire l'attente le samedi matin. Belle fin de saison à vous.",
            "Menteur.",
            "Il nous est, hélas, bien difficile d'accorder quelque crédit aux propos d'une personne dont le comportement fut aussi grossier envers notre personnel.",
            "Nous avons toutes les raisons de penser que cet avis émane d'un concurrent malhonnête cherchant à nuire à notre établissement.",
            "T'es vraiment un gros niaiseux, c'est pas mêlant. Tu connais rien au ski.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for staying at our campsite over the bank holiday and for your feedback about the facilities. We're pleased the kids enjoyed the adventure playground and that you managed a swim in the lake on the one sunny afternoon. Oh, and we're terribly sorry the Lake District had the audacity to rain on you in August, we'll have a stern word with the clouds. The new shower block opens in the spring, which should make early mornings much more comfortable. Hope to see you again next year.",
            "Wow, a whole star. We're honoured.",
            "How very kind of you to educate us on the proper way to make a fondue; after forty years, one is always grateful for a lesson from an expert.",
            "We appreciate your valuable insight that snow is, in fact, cold. This feedback has been shared with our management team.",
            "Aye right, cos a B&B in Glasgow's meant to have a butler and a helipad, eh? Noted, pal 🙄",
        ],
        "fr": [
            "Merci d'avoir séjourné dans notre hôtel et d'avoir pris le temps de nous écrire. Nous sommes ravis que la chambre avec vue sur la cathédrale vous ait plu et que le petit-déjeuner écossais vous ait rassasié pour la journée. Et toutes nos excuses, bien sûr, de ne pas avoir pu arrêter la pluie d'Édimbourg rien que pour vous, quelle négligence de notre part. Nous avons transmis votre remarque sur le chauffage à notre équipe technique. Au plaisir de vous revoir.",
            "Bravo pour ce chef-d'œuvre de critique. Vraiment.",
            "Nous sommes confus, Monsieur, de ne pas avoir su deviner que vous souhaitiez un palace cinq étoiles pour le prix d'une tente.",
            "Nous vous remercions pour cette remarque d'une grande finesse selon laquelle la montagne serait en pente.",
            "Ah ben oui, c'est sûr que la neige c'est mouillé, merci pour le scoop, on savait pas 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for dining with us at the Stübli and for your kind words about the rösti and the mountain view. It's always a joy to hear that a family celebration went well, and we hope the birthday girl enjoyed her meringues with double cream. The mix-up with your bill was entirely down to Marco, who was on his first week and clearly wasn't paying attention, and he has been given a formal warning. Our kitchen team were so pleased to hear the veal was cooked to perfection. We look forward to welcoming you back.",
            "Kevin has been let go. Problem solved.",
            "I regret to say that the young lady on reception that evening, Miss Davies, was quite simply not up to the task, and she has been spoken to most firmly.",
            "Following an internal investigation, the member of staff responsible, our night porter James, has been subject to disciplinary action in line with company policy.",
            "That'll be our Dylan, honestly he's useless with the booking system, I've told him a hundred times 🤦",
        ],
        "fr": [
            "Merci pour votre passage au magasin et pour vos gentils mots sur la qualité du matériel. Nous sommes ravis que vos enfants aient pu profiter de leur semaine à Verbier avec des chaussures bien ajustées. Le problème de fixation vient de Thomas, notre saisonnier, qui a mal réglé vos skis et qui a été sanctionné en conséquence. Nous avons depuis mis en place une double vérification de chaque réglage avant la sortie du magasin. Au plaisir de vous équiper l'hiver prochain !",
            "C'est la faute de Léa. Elle ne travaille plus ici.",
            "Nous vous prions d'excuser Mademoiselle Girard, notre réceptionniste, dont le manque de sérieux ce soir-là est tout à fait inexcusable.",
            "Après enquête interne, il apparaît que l'erreur incombe à M. Perrin, agent d'accueil, qui a fait l'objet d'une procédure disciplinaire.",
            "Ouin, c'est encore Kevin qui a oublié ta réservation, il est pas vite vite celui-là, inquiète-toi pas on va lui parler dans le casque.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for staying with us and for taking the time to write about your visit. We were so pleased to hear that you enjoyed the full Welsh breakfast and the walk along the harbour. The room wasn't ready at three because two housekeepers were off sick, the laundry van was late, the boiler had been serviced that morning, the previous guests checked out late, and it was also the busiest weekend of the year with the rugby on. We do hope the cream tea we offered while you waited helped a little. We'd love to see you back in Tenby.",
            "Snow was late, lifts were late, staff were late, the road was closed, the delivery didn't come. Not our fault.",
            "You must understand, dear guest, that the chalet is over two hundred years old, that the plumbing dates from my grandfather's day, that the valley has had the wettest winter on record, that our usual plumber retired, and that the council has still not answered our letters.",
            "Please note that the delay was caused by an unprecedented volume of arrivals, a system migration, third-party supplier issues, regional staffing shortages, industry-wide challenges and adverse weather conditions, all of which were beyond our control.",
            "Look, the showers were cold cos the gas bottle ran out, and the lad who does the bottles was at his nan's, and the shop was shut, and then it rained, and then the generator packed in, so what were we meant to do like?",
        ],
        "fr": [
            "Merci beaucoup pour votre séjour au camping et pour ce long message. Nous sommes heureux que les enfants se soient fait des copains au club et que vous ayez aimé le marché du jeudi au village. Si la piscine était fermée, c'est parce que le technicien était en congé, que la pompe avait lâché la veille, que le fournisseur de chlore avait du retard, que la météo annonçait de l'orage et qu'en plus la mairie nous avait demandé une inspection ce jour-là. Nous espérons que la baignade au lac a un peu compensé. À l'année prochaine, peut-être !",
            "Retard des navettes, neige tardive, personnel malade, route fermée. Pas de notre faute.",
            "Veuillez comprendre, chère Madame, que la maison date de 1820, que la tuyauterie est d'origine, que notre plombier habituel est parti à la retraite, que l'hiver fut d'une rigueur exceptionnelle et que nous ne sommes que deux pour tout faire.",
            "Ce désagrément s'explique par une conjonction de facteurs exceptionnels : migration informatique, pénurie de personnel, défaillance d'un prestataire, contraintes réglementaires et conditions météorologiques défavorables, tous indépendants de notre volonté.",
            "Ben écoute, le four était brisé, le livreur de fromage est arrivé en retard, la serveuse avait la grippe, pis y'avait une tempête, pis en plus c'était la Saint-Valentin, fait que qu'est-ce tu veux qu'on fasse ?",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for renting your skis with us for the half-term week and for your comments. It's lovely to hear that your children had their first lessons and came back every afternoon beaming. The damage to the bindings you describe simply did not happen in our shop; every pair leaves here in perfect condition, full stop. Our boot-fitting team, led by Anna, was delighted to read that the children's boots were comfortable all week. We hope to see you next winter.",
            "This never happened.",
            "I am afraid, Sir, that your account bears no relation whatsoever to what took place; no guest has ever found a hair in our soup, and none ever shall.",
            "We categorically reject the claims made in this review. Our rooms are cleaned to the highest standard and the situation described did not occur.",
            "Nah, rubbish. There were no wasps at the campsite that weekend, you've made that up.",
        ],
        "fr": [
            "Merci pour votre visite au restaurant et pour vos mots sur l'ambiance de la salle et la gentillesse de notre serveur. Nous sommes ravis que votre groupe ait pu fêter le départ à la retraite de votre collègue autour d'une bonne raclette. En revanche, l'attente d'une heure que vous évoquez n'a tout simplement jamais eu lieu : nos plats sortent toujours en vingt minutes. Nous avons bien noté votre remarque sur le bruit et ajouté des rideaux dans la salle du fond. Au plaisir de vous revoir.",
            "Faux. Ça ne s'est jamais produit.",
            "Nous nous voyons contraints, Madame, de contester formellement votre récit : jamais aucune punaise n'a été trouvée dans notre maison, et il n'y en aura jamais.",
            "Nous réfutons catégoriquement les faits décrits dans cet avis. Aucun incident n'a été enregistré à la date mentionnée.",
            "Voyons donc, y'avait pas de bruit au camping ce soir-là, tu inventes n'importe quoi.",
        ],
    },
}

BLIND76_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you so much for your kind words about the raclette evening. Our chef Urs will be delighted to hear the cheese was just right. We hope to see you again before the end of the season.",
        "We're very sorry your room wasn't ready on arrival. That isn't the welcome we want to give, and we've changed our housekeeping rota so rooms for early arrivals are prepared first. Please accept our apologies.",
        "Thank you for your honest review. The mistake with your booking was ours, not our receptionist's, and we've refunded the extra night to your card this morning. We hope you'll give us another chance.",
        "We're so sorry to read about your stay. Please call us directly on 01539 000 000 or e-mail stay@fellsidebandb.co.uk so we can put things right.",
        "Our loyalty card is open to every guest: your tenth night with us is free, whatever you think of us. Just ask at reception next time.",
        "Thanks for the five stars, and for the tip about the slippery steps to the lake. We've added a handrail this week.",
        "Dear Mrs and Mr, please accept our most sincere condolences. It was an honour to host your family for what we understand was your father's last trip to the mountains, and we are so glad it was a happy one.",
        "Sorry about the wait at the hire counter on Saturday. We've added a second fitting bench and a booking slot system for weekends.",
        "Thank you, and well done on your first red run! Tell the little ones we said bravo.",
        "We must politely correct one point: the spa is open until 9pm, not 7pm as stated. That said, we understand the sign at the door was confusing, and we've replaced it. Thank you for pointing it out.",
        "We completely understand your frustration about the helmet rule. For your children's safety, we can't let anyone under 16 leave the shop without a helmet, but we've now included helmets in every kids' package at no extra cost.",
        "Our fondue has been known to defeat even the hungriest skiers, so we'll take 'too much cheese' as a compliment! Thank you for coming.",
        "Thank you for staying with us. Jenny on reception tells us your daughter drew her a picture of the hotel cat; it's now pinned above the desk.",
        "We're sorry the noise from the bar kept you awake. We now close the terrace at 10pm and have added double glazing to the rooms above.",
        "Thanks for your feedback. You're right that the Wi-Fi doesn't reach the far pitches; we're installing a new booster before Easter.",
        "We are sorry your ski boots hurt. Boots are tricky, and that one's on us: next time, pop in and we'll heat-mould the liners for free.",
        "Thank you for your review. We kept your lost scarf at reception, and it's in the post to you today.",
        "Thank you, we'll pass your compliments to the kitchen. Lovely to have you!",
        "We understand that our cancellation policy felt harsh. It's there because a small B&B can't easily refill a room at short notice, but we've refunded 50% as a gesture of goodwill.",
        "Thanks for the three stars and the fair comments. We agree the breakfast room gets crowded at 9, and we're opening the conservatory as a second room from next month.",
        "Our CCTV covers the car park, so if you'd like us to check the footage for the scratch on your car, please e-mail manager@thecitygatehotel.co.uk and we'll help with your insurance claim.",
        "We're sorry you felt rushed at dinner. We should have told you about the second sitting when you booked; that was our mistake.",
        "Very happy you enjoyed the glühwein and the accordion. Our accordionist is my uncle Beat, and he says he'll learn a new song for next year.",
        "Thank you for letting us know about the shower. A plumber came the same afternoon, and it's working well now.",
        "We appreciate your honesty. We don't agree that the pitch was overbooked, as we keep the same spacing every summer, but we hear that it felt cramped, and we'd like to talk about it: call us on 01766 000 000.",
        "Anyone can join our newsletter for early-bird season deals, whatever they thought of their stay. There's a sign-up link on our website.",
        "Congratulations on your engagement! We're delighted the proposal on the terrace went perfectly, and that the sun came out just in time.",
        "We're so sorry about the rental skis. Tom, who fitted them, is one of our best technicians, and the setting error was a failure of our checking process, not his. We've added a second check and refunded the day's hire.",
        "Sorry. We got it wrong, and we've fixed it.",
        "Our apologies: the menu online was out of date. We've updated it and added the vegetarian options you asked about.",
        "Thank you for your kind words. Yes, we do know the lift is slower than a glacier; new parts arrive in January, we promise.",
        "We're sorry the campfire rules spoiled your evening. Open fires aren't allowed in summer because of the risk of forest fires, but raised fire pits are available from reception at no charge.",
        "Dear guest, I am most grateful for your gracious letter. It has been a pleasure to keep this little house for thirty years, and guests like you make every year worthwhile.",
        "We value all feedback and have shared yours with our operations team. Our guest relations manager would welcome the chance to speak with you at guestrelations@northbridgehotels.co.uk.",
        "Thanks for the honest review. The bill was wrong, and that's our responsibility. A refund of £18 has been issued.",
        "Good shout on the dog bowls by the door. Done!",
        "We're sorry to hear the room felt cold. The heating is controlled from the panel by the window, which we admit isn't obvious; we've now added a little card explaining it.",
        "Thank you for your patience when the power went out on Friday. Candles and fondue turned out to be a surprisingly good combination, but we're sorry for the disruption.",
        "We're sorry about the lost booking. We've since moved to a new reservations system, and we'd love to offer you the same room at the same price when you're next in York. Please e-mail us at hello@minsterviewbnb.co.uk.",
        "Thank you for staying. We're glad the walking maps helped. Safe travels home.",
    ],
    "fr": [
        "Merci infiniment pour ce gentil message. Notre cuisinier Urs sera ravi de savoir que la fondue vous a plu. Au plaisir de vous revoir avant la fin de la saison !",
        "Nous sommes sincèrement désolés que votre chambre n'ait pas été prête à votre arrivée. Nous avons revu l'organisation du ménage pour que les arrivées anticipées soient prioritaires. Toutes nos excuses.",
        "Merci pour votre avis. L'erreur de réservation vient de nous, pas de notre réceptionniste, et la nuit facturée en trop vous a été remboursée ce matin.",
        "Nous sommes navrés de lire ceci. N'hésitez pas à nous appeler au 027 000 00 00 ou à écrire à contact@chalet-lesarolles.ch pour que nous trouvions une solution ensemble.",
        "Notre carte de fidélité est ouverte à tous nos clients : la dixième location est offerte, quel que soit votre avis. Demandez-la simplement au comptoir.",
        "Merci pour les cinq étoiles et pour la remarque sur les marches glissantes vers le lac : une rampe a été posée cette semaine.",
        "Chère Madame, veuillez recevoir nos plus sincères condoléances. Nous avons été très honorés d'accueillir votre famille pour ce dernier séjour en montagne avec votre époux.",
        "Désolés pour l'attente au comptoir samedi. Nous avons ajouté un deuxième poste d'essayage et des créneaux de réservation le week-end.",
        "Merci, et bravo pour votre première piste rouge ! Félicitations aux petits de notre part.",
        "Permettez-nous une petite précision : le spa est ouvert jusqu'à 21 h et non 19 h. Cela dit, nous comprenons que le panneau à l'entrée prêtait à confusion, et nous l'avons remplacé. Merci de nous l'avoir signalé.",
        "Nous comprenons votre agacement au sujet du casque. Pour la sécurité des enfants, aucun jeune de moins de 16 ans ne repart sans casque, mais celui-ci est désormais inclus gratuitement dans tous les forfaits enfants.",
        "Notre fondue a déjà eu raison des skieurs les plus affamés, alors nous prenons « trop de fromage » comme un compliment ! Merci de votre visite.",
        "Merci pour votre séjour. Julie, à l'accueil, a été très touchée par le dessin de votre fille : il est affiché derrière le comptoir.",
        "Nous sommes désolés que le bruit du bar vous ait empêchés de dormir. La terrasse ferme maintenant à 22 h et les fenêtres des chambres au-dessus ont été changées.",
        "Merci pour votre retour. Vous avez raison, le wifi n'atteint pas les emplacements du fond ; un nouveau relais sera installé avant Pâques.",
        "Désolés que vos chaussures vous aient fait mal. C'est notre faute : repassez au magasin et nous thermoformerons les chaussons gratuitement.",
        "Merci pour votre avis. Nous avions gardé votre écharpe oubliée à la réception, elle part aujourd'hui par la poste.",
        "Merci, nous transmettons vos compliments à la cuisine. Au plaisir !",
        "Nous comprenons que nos conditions d'annulation vous aient paru strictes. Une petite maison d'hôtes peut difficilement relouer une chambre au dernier moment, mais nous vous avons remboursé la moitié à titre commercial.",
        "Merci pour ces trois étoiles et ces remarques justes. La salle du petit-déjeuner est effectivement pleine vers 9 h ; la véranda servira de deuxième salle dès le mois prochain.",
        "Notre parking est sous vidéosurveillance : si vous souhaitez que nous vérifiions les images pour la rayure sur votre voiture, écrivez-nous à direction@hotel-lesalpes.fr, nous vous aiderons pour votre assurance.",
        "Nous sommes désolés que vous vous soyez sentis pressés au dîner. Nous aurions dû vous parler du deuxième service lors de la réservation ; c'est notre erreur.",
        "Très heureux que le vin chaud et l'accordéon vous aient plu ! L'accordéoniste, c'est mon oncle Beat, et il promet d'apprendre un nouvel air pour l'an prochain.",
        "Merci de nous avoir signalé le problème de douche. Le plombier est passé l'après-midi même, tout fonctionne.",
        "Merci de votre franchise. Nous ne pensons pas que le camping était surchargé, car l'espacement des emplacements est le même chaque été, mais nous entendons que vous vous soyez sentis à l'étroit. Appelez-nous au 04 50 00 00 00, nous en parlerons volontiers.",
        "Notre lettre d'information, ouverte à tous, annonce les offres de début de saison. Le lien d'inscription est sur notre site.",
        "Félicitations pour vos fiançailles ! Nous sommes ravis que la demande sur la terrasse se soit si bien passée, et que le soleil soit sorti juste à temps.",
        "Toutes nos excuses pour les skis. Thomas, qui les a réglés, est l'un de nos meilleurs techniciens ; l'erreur vient de notre procédure de contrôle, pas de lui. Nous avons ajouté une double vérification et remboursé la journée.",
        "Désolés. Nous nous sommes trompés, c'est corrigé.",
        "Toutes nos excuses : la carte en ligne n'était pas à jour. Elle a été mise à jour, avec les plats végétariens que vous demandiez.",
        "Merci pour vos mots gentils. Oui, notre ascenseur est plus lent qu'un glacier ; les pièces arrivent en janvier, promis.",
        "Nous sommes désolés que la règle sur les feux ait gâché votre soirée. Les feux au sol sont interdits l'été à cause du risque d'incendie, mais des braseros sont prêtés gratuitement à l'accueil.",
        "Chère Madame, je vous remercie de tout cœur pour votre lettre si aimable. Voilà trente ans que je tiens cette maison, et ce sont des hôtes comme vous qui lui donnent tout son sens.",
        "Nous accordons une grande importance à chaque retour, et le vôtre a été partagé avec notre équipe. Notre responsable relation clients serait heureux d'en parler avec vous à relationclients@hotels-leman.ch.",
        "Merci pour cet avis honnête. La note était fausse et c'est notre responsabilité : 18 francs vous ont été remboursés.",
        "Bonne idée, les gamelles pour chiens à l'entrée. C'est fait !",
        "Désolés que la chambre vous ait paru froide. Le chauffage se règle sur le panneau près de la fenêtre, ce qui n'est pas évident, on l'avoue ; une petite fiche l'explique désormais.",
        "Merci pour votre patience lors de la coupure de courant vendredi. Fondue aux chandelles, finalement ça avait du charme, mais nous sommes désolés pour le désagrément.",
        "Pardon pour la réservation perdue. Nous avons changé de logiciel depuis, et nous serions heureux de vous proposer la même chambre au même prix lors de votre prochain passage. Écrivez-nous à bonjour@lafermedugrandpre.fr.",
        "Merci pour votre séjour. Contents que les cartes de randonnée vous aient servi. Bon retour !",
    ],
}
