"""Blind reply set, round 31: owner replies the pre-post check has never seen.

Who and when: written by helper 18b31, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check, "round 29").

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of these kinds of business: ski schools, mountain huts, gîtes and
chambres d'hôtes, wineries, breweries, cheese shops, butchers, fishmongers,
food trucks, ice-cream parlours, crêperies, kebab shops, sushi delivery,
vegan cafés, tea rooms, bike repair, car washes, garages, EV charging, phone
repair, computer shops, print shops, photo studios, tattoo parlours, barbers,
nail bars, spas and escape rooms.  Each French reply was written directly in
French, not translated.  All names, numbers, dates and bookings are invented.

What the writer read: the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (read only to copy its format) and the
[tool.ruff] section of pyproject.toml (line length).  The writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers mixed: Swiss French, familiar southern French, Australian English,
Irish English, an American customer-service script, an elderly owner's
formal style, a young owner's emoji-heavy style and plain everyday wording;
veiled and polite phrasings as well as blunt and slangy ones; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single sentence in the middle.  Good
replies include look-alikes that share words with the faults but are fine: a
loyalty card or wine club open to everyone whatever they write, an offer of a
new visit that is not tied to the review, the business's own phone, e-mail,
address or opening hours, staff praised by first name, a named or unnamed
employee's mistake owned by the business, a refund already made, one honest
reason given with an apology, a guarantee, legal age rules or CCTV mentioned
neutrally or to help the customer, a star rating quoted neutrally, "we know
how much this meant to you", a promise not to share customers' details,
polite factual corrections that keep the door open, a price rise explained,
condolences, congratulations, safety rules explained kindly, short warm
thanks and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND31_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "G'day and thanks heaps for the lovely words about your week with us at the ski school. It's ripper to hear your youngest went from snowplough to parallel turns on the blue run by Thursday — that's all down to her grit and a bit of patience from the crew. The snow gods were kind to us that week too, which never hurts. If you bump the review up to five stars, we'll throw in a free half-day private lesson for her next season. Hope to see the whole family back on the slopes, cheers!",
            "Thanks a million for dropping into the taproom. Sure if you'd knock that up to five stars the next pint's on the house, no bother at all.",
            "We appreciate your feedback! Customers who update their review to reflect a 5-star experience are eligible for a complimentary Ultimate Shine wash. Simply show your updated review at the pay station.",
            "omg thank u babe 💅✨ delete the 3 star one n ur next gel set is half price 💖💖",
            "Dear Madam, it would give me great pleasure to set aside a piece of our thirty-month Comté for you, should you feel inclined, on reflection, to revise your assessment of our little shop.",
        ],
        "fr": [
            "Bonjour et merci infiniment pour ce gentil message après votre week-end dans notre gîte. Nous sommes touchés que la cheminée, les confitures maison et la vue sur le Vercors vous aient autant plu. Mon mari a passé tout l'hiver à refaire la salle de bain, alors lire vos compliments lui a fait très plaisir. Si vous passez votre note à cinq étoiles, la prochaine nuitée vous sera offerte. Au plaisir de vous accueillir de nouveau avec les beaux jours !",
            "Merci collègue ! Allez, mets-nous 5 étoiles et le prochain kebab il est pour moi, promis, té 🌯",
            "Merci pour votre passage au caveau. Une bouteille de notre chasselas vous attend volontiers si vous nous faites le plaisir de corriger votre appréciation d'ici la fin du mois. Belle journée à vous !",
            "merciii 🍦🍦 si tu enlèves ton avis on t'offre 2 boules la prochaine fois promis 🤞😘",
            "Madame, nous serions honorés de vous offrir le thé et les pâtisseries lors de votre prochaine venue, dès lors que votre appréciation aura été revue à la hausse. Veuillez agréer nos salutations distinguées.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write this, and I'm genuinely sorry the healing on your new piece hasn't gone the way you hoped. Fine-line work can be unpredictable, and aftercare makes a huge difference, so we'd love to have you back in for a free touch-up once it has settled. Please know our solicitor already has a copy of this review and we will be pursuing it if it isn't taken down by Friday. We really do want you to walk out happy with your ink. Pop in any Tuesday to Saturday and we'll take a look.",
            "Mate, we know exactly who you are and where you park that ute. I'd think twice before posting rubbish like this again.",
            "We take false statements about our network seriously. Please be advised that your account activity has been flagged and referred to our legal department for further action.",
            "Grand so. Small town, though — people talk, and I'd be careful whose name ends up getting mentioned around the place.",
            "lol ok 😂 screenshotted ur profile n sending it round the group chat, let's see how brave u r then 👀📸",
        ],
        "fr": [
            "Bonjour, et merci d'avoir séjourné dans notre maison d'hôtes. Nous regrettons sincèrement que le bruit de la route vous ait gêné la deuxième nuit ; c'est un point que nous prenons très au sérieux et le double vitrage est prévu pour le printemps. Sachez cependant que votre commentaire a été transmis à notre avocat, qui prépare une plainte pour diffamation si rien n'est retiré sous huit jours. Pour le reste, nous serions heureux de vous faire découvrir le jardin en été. Bien cordialement.",
            "Oh fada, on sait très bien qui tu es, hein. Le quartier est petit, fais attention à ce que tu racontes.",
            "Nous avons bien relevé votre numéro de plaque. Nous vous conseillons vivement de retirer ce message avant que nous ne prenions d'autres dispositions.",
            "ok on a ton adresse hein 😏🍣 réfléchis bien avant d'écrire ce genre de truc 👀",
            "Monsieur, je me vois contraint de vous informer que toute nouvelle publication de cette nature fera l'objet de poursuites. Je vous prie de considérer cet avertissement avec le plus grand sérieux.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you so much for choosing our spa for your anniversary weekend, and for sharing such thoughtful feedback. We're sorry the steam room was closed for maintenance during your stay; that's not the experience we want for any guest. As noted on your intake form, with you being in the second trimester of your pregnancy we couldn't offer the hot-stone massage, which is why you were moved to the prenatal package. We hope the rest of the weekend was relaxing, and we'd love to welcome you both back soon.",
            "Ah now, your Corolla was in with us on the 3rd of March for the clutch and the bill came to €640, it's all on file. Give us a ring if you want to go through it.",
            "Hi Mark, we've checked and your phone (the one ending 4471) was collected on 12 June at 5:40pm. Happy to talk it through if you call in.",
            "babe u literally told us ur allergic to red ink 🥲 that's why we did it all in black 🖤",
            "Dear Sir, our register shows that you and Mrs Walsh arrived at the hut on the evening of 14 August without a reservation, having set off from the car park at Les Houches; we did our very best to accommodate you.",
        ],
        "fr": [
            "Bonjour et merci pour votre passage à la fromagerie. Nous sommes désolés que le saint-marcellin n'ait pas été assez affiné à votre goût ; l'affinage dépend beaucoup de la météo et nous aurions dû vous en proposer un autre. Comme vous nous l'aviez confié au comptoir, vous suivez un régime sans lactose depuis votre opération de l'estomac, et nous vous avions justement mis de côté des chèvres plus secs. Revenez nous voir, nous vous ferons goûter avant de trancher. Bonne semaine !",
            "Té, tu es venu le mardi 14 à 18 h avec ta Clio grise immatriculée AB-123-CD, formule à 9 €, on a tout dans le registre.",
            "Bonjour Madame Rochat, votre réservation n° 20871 pour les cours du petit Léo du 2 au 7 février, au nom de votre mari, est bien enregistrée chez nous.",
            "coucou ! on t'appelle demain au 06 12 34 56 78 pour caler la séance photo de ta grossesse 🤰✨📸",
            "Madame, je me permets de vous rappeler que vous étiez attablée avec votre fille le jeudi 9 mai à 15 heures et que vous aviez commandé deux thés et une tarte au citron.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for stopping by the brewery on the long weekend and for giving the new hazy pale a crack. Glad to hear the kids loved the sandpit while you sat out on the deck — that's exactly the vibe we're after. Honestly though, anyone who says that schooner was half froth is either blind or a liar angling for a free beer. We've got a seasonal sour coming out next month if you fancy another go. Cheers for the support.",
            "You were langers at 3am and couldn't tell a kebab from a kettle. Don't be wasting people's time.",
            "We're sorry you feel that way. However, it's clear from your review that you lack the basic technical knowledge needed to operate the device you purchased.",
            "ur just a bitter troll who hates anything plant-based 🤡🙄 get a life",
            "Madam, I have been in this trade for forty-one years, and I can say with some confidence that you are the most dishonest and ill-mannered customer I have ever had the misfortune to serve.",
        ],
        "fr": [
            "Merci d'être venus à la crêperie avec toute la famille, ça fait toujours plaisir de voir des tablées d'enfants. On est contents que la complète et la caramel beurre salé aient fait l'unanimité. Par contre, il faut être d'une sacrée mauvaise foi pour prétendre que vous avez attendu une heure, et vous le savez très bien. Le week-end prochain on lance la galette chèvre-miel, venez goûter. Bonne soirée à vous.",
            "Oh le menteur ! Tu sais même pas faire la différence entre un loup et une dorade, alors viens pas nous donner des leçons, va.",
            "Vous êtes manifestement quelqu'un de malhonnête qui cherche à obtenir une réparation gratuite par tous les moyens. C'est navrant.",
            "t'es juste un rageux qui a pas trouvé le code 🤡😂 cheh",
            "Monsieur, votre commentaire révèle surtout un manque d'éducation et une ignorance crasse en matière de vin, ce qui ne surprendra personne ici.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for coming in on such a scorcher of an afternoon, and for bringing the whole gang. We're glad the little ones loved the bubblegum and the honeycomb crunch — those are always the first tubs to empty in summer. And of course we're terribly sorry that a queue on the hottest day of the year came as such a shocking surprise to you. We've added a second till for weekends now, so things should move quicker. Hope to see you again soon!",
            "Oh, a bit of bird dropping left on the wing mirror, what a tragedy. We'll have the flags at half mast so.",
            "Thank you for your valuable feedback! We're so sorry our chargers didn't magically know you'd be arriving and save a spot just for you. We'll get right on developing mind-reading technology.",
            "wow a fade that's 1mm off, someone call the police 🚨😭 ur so brave for sharing 💀",
            "We do apologise that the hut, at 2,800 metres and reachable only on foot, was unable to provide the room service to which you are evidently accustomed.",
        ],
        "fr": [
            "Merci beaucoup d'être passés au food truck lors du marché de Vevey, ça nous fait toujours plaisir de voir de nouvelles têtes. Ravis que les frites maison et la sauce au raifort vous aient plu, c'est notre fierté. Et toutes nos excuses, bien sûr, de ne pas avoir prévu de salon climatisé avec service à table au milieu de la place du marché. Nous sommes là chaque samedi jusqu'à fin octobre. Au plaisir de vous revoir !",
            "Oh pauvre, trop de sauce blanche dans un kebab, quel drame, on va appeler la cellule psychologique, té.",
            "Bien sûr, nous aurions dû réparer en dix minutes, sans pièce et gratuitement un téléphone tombé dans la piscine. Quelle erreur impardonnable de notre part.",
            "ohlala un ongle un poil plus court que les autres, la fin du monde 😱💅 courage à toi 🫶",
            "Nous sommes navrés, Madame, que le silence de notre espace détente n'ait pas été à la hauteur du tumulte auquel vous semblez tant tenir.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for ordering with us and for taking the time to share your experience. We're so sorry your order arrived late and the miso soup was lukewarm — that's not the standard we hold ourselves to. The delay was entirely down to our driver Kevin, who ignored the route he was given and has now received a formal written warning. We've updated our packaging so soups stay hot for longer. We hope you'll give us another try soon!",
            "That was Siobhán on the counter that day and she's been told in no uncertain terms. She's on her last chance now, it won't happen again.",
            "Yeah nah, that was our apprentice Jayden who forgot to torque the wheel nuts. He's been stood down, don't worry.",
            "soz that was Leo's work not mine 😬 he's new n honestly still learning lol 🙈",
            "Madam, please be assured that the young waitress responsible, Miss Parker, has been spoken to most severely and her hours reduced accordingly.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de nous écrire après votre semaine à Verbier. Nous sommes désolés que le cours collectif du mardi se soit aussi mal passé pour votre fille, qui a perdu confiance sur la piste rouge. C'est Mathieu, le moniteur ce jour-là, qui a fait preuve d'une grave négligence en emmenant le groupe trop haut, et il ne travaillera plus avec les enfants. Le reste de l'équipe sera ravi de la retrouver au printemps pour reprendre en douceur. Belle fin de saison à vous !",
            "C'est la faute au petit Kévin qui a mal pesé, je lui ai passé un savon devant tout le monde, il recommencera pas.",
            "La réparation a été bâclée par Nadia, notre technicienne, qui n'a pas suivi la procédure. Elle a été sanctionnée.",
            "désolée c'était Inès ce jour-là 🙄 elle enchaîne les bêtises en ce moment, on va la recadrer 💅",
            "Madame, notre femme de ménage, Mme Lopes, est seule responsable de cet oubli regrettable ; je lui ai fait part de mon plus vif mécontentement.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for bringing your bike in and for the honest review, we really do appreciate it. I'm sorry the service took longer than the three days we quoted. The part was on back order, our supplier switched couriers, two of our mechanics were off sick, the workshop flooded on the Tuesday, the card machine died and it was the busiest week of the year with the sportive on Sunday. We've now put up a job board so customers can see exactly where their repair is. Hope to see you back out on the road soon.",
            "Ah look, the kettle was acting up, the girl was new, the milk didn't come, it was lashing so everyone piled in at once, and sure the scones were only out of the oven a minute.",
            "We understand your frustration. Please note that repair times may be affected by parts availability, manufacturer backorders, shipping delays, technician scheduling, high seasonal volume, diagnostic complexity and unforeseen technical issues, all of which are outside our control.",
            "sorryyy 😭 generator died + it was pouring + gas ran out + my mate called in sick + the festival moved our spot 🙃🙃 literally everything went wrong",
            "Sir, you must understand that the water pressure in our district was reduced that week by the council, that our brush supplier had delivered the wrong model, that my son was away, and that the weather, as you will recall, was most unusual for the season.",
        ],
        "fr": [
            "Merci pour votre visite au domaine et pour ce retour sincère, on y tient beaucoup. Nous sommes désolés que la dégustation ait commencé en retard. Il faut dire que les vendanges avaient pris du retard à cause de la grêle, que le pressoir était tombé en panne la veille, que notre caviste avait dû partir plus tôt, qu'un car de touristes est arrivé une heure en avance et que la route du domaine était barrée pour travaux. Nous avons depuis ajouté un créneau le samedi matin. Au plaisir de vous revoir au caveau !",
            "Il faut comprendre que la pièce venait d'Allemagne, que le transporteur a eu du retard, que notre mécanicien était en vacances, que le logiciel de diagnostic a planté et qu'en plus le pont élévateur était en révision.",
            "Oh mais attends, ce soir-là y avait le match, la billig avait lâché, la serveuse était nouvelle, y avait plus de sarrasin et le mistral faisait claquer la porte, alors bon.",
            "dsl pour le retard des photos 😩 l'ordi a planté, le disque dur aussi, j'avais 3 mariages ce mois-ci, le logiciel a fait une mise à jour et en plus j'étais malade 🤒📸",
            "Monsieur, permettez-moi de préciser que la chaleur exceptionnelle de juillet, la grève des transporteurs, la panne de notre chambre froide, le départ à la retraite de notre affineur et les nouvelles normes sanitaires ont tous contribué à cette situation.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks heaps for giving our Pharaoh's Tomb room a go with your mates, and for taking the time to leave a review. We love hearing that the hieroglyph puzzle had everyone stumped for a while — it's our favourite too. That said, the room was never too hot and no clue was broken during your session; that simply didn't happen. Our game masters reset every prop between bookings. Hope you'll come back and try the Heist room next time!",
            "No, that never happened. Our sausages are made fresh every morning, end of story.",
            "We have reviewed your claim and can confirm that no such incident occurred. Our technicians did not damage your laptop.",
            "nope 🙅‍♀️ there was def no dairy in that cake, never has been, never will be ✌️🌱",
            "Madam, I can assure you that no appointment was ever cancelled by this studio. Your account of events is simply not what occurred.",
        ],
        "fr": [
            "Merci d'être montés jusqu'au refuge et d'avoir pris le temps de nous laisser un avis. Nous sommes ravis que la tartiflette et le coucher de soleil sur le glacier vous aient réchauffé le cœur après la montée. En revanche, il n'y a jamais eu de punaises de lit dans nos dortoirs, c'est tout simplement faux. L'équipe aère les couvertures chaque semaine et les duvets sont lavés en fin de saison. Bonne continuation sur les sentiers !",
            "Non non non, le poisson était du matin, point barre. Ce que vous racontez, ça s'est jamais passé.",
            "Nous contestons formellement votre version : aucun client n'a été refusé à l'entrée ce jour-là.",
            "euh non 😅 ta commande est arrivée à l'heure, c'est pas vrai ce que tu dis 🙅‍♂️🍣",
            "Madame, notre établissement n'a jamais facturé une prestation non réalisée. Vos affirmations sont dénuées de tout fondement.",
        ],
    },
}

BLIND31_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks heaps for the review! So sorry the lift queue ate into your first lesson. We've moved the beginner meeting point to the bottom of the magic carpet so classes start on time. Give the ski school office a bell any time — we'd love to have you back.",
        "Dear Sir, thank you for your kind letter after your night at the hut. I regret that the dormitory was so crowded on the Saturday; from next summer we shall cap bookings at thirty guests. With my warmest regards.",
        "Thanks for visiting the cellar door! Just so you know, our wine club is open to everyone — members get 10% off every bottle and a free tasting each season.",
        "Ah thanks a million for the kind words! Delighted you enjoyed the red ale, and Dermot on the taps will be thrilled you mentioned him.",
        "We were so sorry to read that the cheese board was for your father's funeral. Please accept our heartfelt condolences, and thank you for thinking of us at such a hard time.",
        "Thank you for your feedback. We're sorry the chops were cut thinner than you asked for. That's on us — our new apprentice was still learning, and we should have checked before the order left the counter. We've refunded the difference to your card.",
        "Thanks for the feedback. We understand the frustration about not tasting the oysters in the shop; hygiene rules don't allow us to open shellfish at the counter, but we're always happy to talk you through what's best that day.",
        "Guilty as charged — our generator is louder than our playlist. A quieter one is on order, and thanks for sticking around for the tacos anyway.",
        "thank u sm 🍦💕 so glad u loved the pistachio!! see u next summer ☀️",
        "Sorry about the cold chips, mate. That shouldn't happen. We've replaced the fryer thermostat, so come back and tell us if it's fixed.",
        "We're sorry your order was missing the edamame. Please call the shop on 03 9123 4567 or reply to your order e-mail and we'll make it right.",
        "Thanks for your note. Just to clarify, our chocolate cake is made with oat milk and no dairy at all; we've double-checked the recipe with the kitchen. We're sorry it didn't agree with you, and we'd be glad to chat about it any time.",
        "Dear Madam, I was most grateful for your kind words about our scones. Margaret, who has baked them every morning for twenty years, was quite overcome when I read your review to her.",
        "Cheers for the five stars! Tom did a great job on your wheel truing and he'll be chuffed to read this.",
        "We're sorry to hear about the scratch on your door. We have cameras on every bay, and we're happy to go through the footage with you so we can sort this out fairly. Please ask for the manager at the kiosk.",
        "Thanks for your review. Your repair is covered by our 12-month parts and labour guarantee, so please bring the car back and we'll look at it free of charge.",
        "We apologize for the out-of-service charger at this location. Our technicians repaired it on Tuesday. If you were billed for a session that failed, please contact our support team through the app and we'll issue a full refund.",
        "sorry the screen lifted 😩 that's on us!! bring it back n we'll redo it free 🙏📱",
        "Sorry for the wait on the laptop. We should have rang you to say the part was delayed. That's our fault, and we've changed how we keep customers updated.",
        "Thank you! We loved printing your wedding invitations — congratulations to you both!",
        "Our photographer admits he was more nervous than the baby. Thanks so much for your patience, and for such a lovely review.",
        "We totally get the disappointment. We don't tattoo anyone who's been drinking — it's a rule for everyone, because alcohol thins the blood and slows healing. We'd love to book you in on another day.",
        "Thanks for the honest review, mate. You don't need to change a thing — we read every review, good or bad, and yours helped us sort out the Saturday queue.",
        "Thanks lovely! Our stamp card is for everyone — ten sets and the eleventh is on us 💅",
        "We're truly sorry the pool was colder than we advertise. The heating has been serviced, and if you'd like to come back for a swim on us, just let us know at reception — whatever you decide about your review.",
        "Thank you for the three stars and the honest feedback. A three-star review tells us we've got work to do on the lighting, and we've already brightened the second room.",
        "Sorry the hut was booked out when you got up to us. In summer we're full most nights, so we always recommend booking ahead on our website. Glad we could squeeze in a mattress for you all the same.",
        "Dear guests, thank you for staying with us. We apologise that the hot water ran out on the Sunday morning; a larger tank was fitted last week.",
        "We're sorry your lesson started late. Jess was sent to the wrong meeting point, and that's our responsibility, not hers — our booking confirmations weren't clear. We've refunded the lesson and rewritten the confirmations.",
        "We're sorry the taproom was so loud during your visit. We've since put in acoustic panels, so conversation should be a lot easier now.",
        "You're right that our Comté has gone up. Our supplier raised prices after a hard summer for the herds, and we've passed on as little as we could. Sorry, and thank you for staying with us.",
        "Ah sorry about that, the hake should have been filleted the way you asked. Pop in and we'll sort you out with a fresh piece, no charge.",
        "Thanks! We're at the harbour car park every Friday from 5pm, and our full schedule is on our Instagram.",
        "Cheers for the lovely words, we'll pass them on to the whole crew.",
        "We never share customers' details, so rest assured your booking information stays with us. Sorry again for the mix-up with the table.",
        "For legal reasons we can't serve wine to anyone under 18, even with their parents present. We're sorry this wasn't clearer on the booking page, and we've updated it.",
        "Thanks for the feedback. The receipt lists the laptop with Windows Home rather than Pro, but we understand how confusing the labels can be, and we'd be glad to help you upgrade at cost. Just give the shop a call.",
        "The clock puzzle stumped you, and honestly it stumps half our staff too 😅 We've added an extra hint. Thanks for playing!",
        "We know how much this birthday meant to you, and we're very sorry the spa room wasn't ready on time. The manager will call you back on the number you gave us at booking to put it right.",
        "Thanks a lot, see you next time!",
    ],
    "fr": [
        "Merci pour votre message. Nous sommes navrés que le cours ait commencé en retard ; le point de rendez-vous est maintenant indiqué par un drapeau au pied du télésiège. N'hésitez pas à appeler le bureau de l'école, nous vous trouverons un créneau. Belle saison !",
        "Merci d'être montés jusqu'à nous ! Désolés pour l'eau froide aux douches : le chauffe-eau solaire ne suit pas par temps couvert, et nous l'indiquons désormais sur la réservation.",
        "Chers hôtes, nous vous remercions vivement pour votre séjour et vous prions de nous excuser pour le chauffage défaillant de la chambre bleue. Un chauffagiste est passé cette semaine. Avec nos meilleurs sentiments.",
        "Merci pour ce gentil mot ! Ravis que le petit-déj sur la terrasse vous ait plu, et désolés pour les cigales, on a essayé de leur parler mais elles n'écoutent rien 😄",
        "Merci de votre visite ! Notre club des amis du domaine est ouvert à tous : 10 % sur chaque commande et une dégustation offerte par saison.",
        "Merci beaucoup ! Julien, notre brasseur, est ravi que la blanche vous ait plu.",
        "Nous avons été très touchés d'apprendre le décès de votre maman, qui venait chez nous depuis tant d'années. Toutes nos condoléances à vous et à votre famille.",
        "Vous avez raison, le rôti n'était pas ficelé comme demandé. C'est notre erreur : notre apprenti débutait et nous aurions dû vérifier. Passez à la boutique, on vous le remplace.",
        "Merci pour votre retour. Nous ne pouvons pas vendre de coquillages sans étiquette sanitaire, c'est une règle stricte pour votre sécurité, mais nous vous conseillerons volontiers sur les arrivages du jour.",
        "Merci ! On est sur la place du marché tous les jeudis de 11 h à 14 h, et le planning complet est sur notre page.",
        "merciii 🍦💛 trop contents que le sorbet citron-basilic t'ait plu, à très vite ☀️",
        "Désolés pour l'attente ce samedi. Pour les groupes, appelez-nous au 02 98 00 00 00 et on vous réserve une table.",
        "Merci chef ! Désolé pour les frites molles, on a changé l'huile et réglé la friteuse. Reviens nous dire ce que t'en penses !",
        "Nous sommes désolés pour la commande incomplète. Le remboursement des makis manquants a été effectué ce matin.",
        "Merci pour votre retour. Pour être précis, notre gâteau au chocolat ne contient ni lait ni œuf, la recette a été revérifiée. Nous sommes désolés qu'il ne vous ait pas plu et serions heureux d'en discuter.",
        "Madame, je vous remercie de votre aimable visite et vous présente mes excuses pour l'attente. Notre nouvelle serveuse apprenait encore le service, et c'est à moi qu'il revenait de mieux l'épauler.",
        "Merci beaucoup ! Nous sommes contents que votre vélo roule à nouveau. Le contrôle des freins à six mois est offert à tous nos clients, passez quand vous voulez.",
        "Nous sommes désolés pour la rayure. Toutes nos pistes sont filmées et nous pouvons regarder les images ensemble pour trouver une solution juste. Demandez le responsable à l'accueil.",
        "Votre réparation est couverte par notre garantie d'un an pièces et main-d'œuvre : ramenez le véhicule et nous le reprendrons sans frais.",
        "Toutes nos excuses pour la borne hors service. Elle a été réparée mardi. Si une recharge vous a été facturée sans aboutir, écrivez à notre service client depuis l'application, nous vous rembourserons.",
        "Désolés que la vitre se soit décollée, c'est notre faute. Repassez en boutique, on la refait gratuitement.",
        "Merci pour votre patience. Nous aurions dû vous prévenir du retard de la pièce, et nous avons changé notre façon de tenir nos clients informés.",
        "Merci ! Nous avons adoré imprimer vos faire-part de mariage, tous nos vœux de bonheur à tous les deux !",
        "Notre photographe avoue qu'il était plus intimidé que le bébé 😅 Merci pour votre patience et pour ce joli mot.",
        "Nous comprenons votre déception. Nous ne tatouons jamais une personne qui a bu : c'est une règle pour tout le monde, car l'alcool favorise les saignements et nuit à la cicatrisation. On serait ravis de vous recevoir un autre jour.",
        "Merci mon grand ! Nabil sera content, c'est lui le roi du dégradé chez nous.",
        "Merci ma belle 💅 La carte fidélité est pour tout le monde : 10 poses et la 11e est offerte !",
        "Nous sommes sincèrement désolés que la piscine n'ait pas été à la bonne température. Le chauffage a été révisé, et nous vous offrons volontiers une nouvelle entrée, quel que soit votre avis : il suffit de nous écrire.",
        "Merci pour vos trois étoiles et vos remarques franches : elles nous ont aidés à améliorer l'éclairage de la deuxième salle.",
        "Nous sommes navrés que la cabane ait été complète à votre arrivée. En été, il est prudent de réserver sur notre site quelques jours à l'avance. Nous sommes contents d'avoir pu vous trouver un matelas malgré tout.",
        "Pour des raisons légales, nous ne pouvons pas servir de vin aux mineurs, même accompagnés. Nous aurions dû le préciser lors de la réservation, toutes nos excuses.",
        "Vous avez raison, le prix du beaufort a augmenté. Notre producteur a connu un été difficile et nous avons répercuté le moins possible. Merci de votre fidélité.",
        "Nous ne communiquons jamais les coordonnées de nos clients ; vos informations de réservation restent chez nous. Encore désolés pour la confusion de table.",
        "La file est longue le dimanche, on le sait bien ! On a ajouté une deuxième caisse pour que ça avance plus vite.",
        "Cher Monsieur, merci de votre fidélité depuis tant d'années. Votre mot nous a beaucoup touchés, mon épouse et moi.",
        "Merci pour votre avis. Sur la facture, la vidange et le filtre figurent bien comme prévu au devis, mais nous comprenons que ce ne soit pas clair. Passez nous voir, nous la reprendrons ligne par ligne avec vous.",
        "Nous savons combien cette soirée comptait pour vous, et nous regrettons sincèrement que la salle n'ait pas été prête à l'heure.",
        "merci 🙏💻 trop content que le PC tourne nickel, reviens quand tu veux !",
        "Merci, à bientôt !",
        "Merci pour votre confiance. Nos coordonnées sont sur le site : n'hésitez pas à nous écrire pour toute retouche, c'est inclus dans la séance.",
    ],
}
