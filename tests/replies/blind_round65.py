"""Blind reply set, round 65: owner replies the pre-post check has never seen.

Who and when: written by helper b65, an independent writer, on 2026-12-05,
for the pre-post reply check of the review-response app.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business (a pizzeria, a dog groomer, a tattoo studio, a
laundrette, a boat hire and a music school).  Each French reply was written
directly in French, not translated.  The writer read only the writer brief,
the first seventy-five lines of tests/replies/blind_round20.py (to copy its
format) and the [tool.ruff] section of pyproject.toml (line length).  The
writer did NOT read the application code (workstation/), docs/, training/,
bench/, resources/, any other test file or earlier blind set, any other
helper's worktree, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: Welsh English and Northern English turns of phrase (Cardiff,
the Valleys, Yorkshire, Lancashire, Geordie), a Breton or Normandy French
voice, formal bilingual replies (English/Welsh, French/English,
French/Breton), dry wit, replies with typos, and an owner who over-explains;
veiled, polite and slangy phrasings; and, for every code and language, one
long warm reply (the first of each list) whose fault sits in a single
sentence in the middle.  Good replies include look-alikes that are not
faults: a loyalty stamp card open to everyone, the business's own phone,
e-mail and address, staff praised by first name, a named employee's mistake
owned by the business, one honest reason with an apology, safety and hygiene
rules explained kindly, a polite factual correction, the word "review" or
"stars" used neutrally, condolences, and jokes at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND65_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Diolch yn fawr, thank you so much for such a lovely write-up after your family's evening with us in Llandeilo. It's tidy to hear the little ones loved stretching their own dough and that the wood-fired oven behaved itself for once. Our kitchen lads were chuffed to bits reading it out at close. If you bump that four up to a five, your next large margherita is on the house, just show this message at the till. Hope to see you all again before the summer's out, cariad!",
            "Ta for the stars love. Make it five and the next wash-and-dry's on us, just say the word at the counter.",
            "Glad the cut came out well! Fancy editing your rating to the full whack? We'd happily knock 20% off your next session, no questions asked.",
            "We shall of course be pleased to extend a complimentary hour on the river to any guest who amends their comments to reflect a more favourable view of the fleet.",
            "thanks for the review!! if u change it to 5 stars ur pup gets a free nail trim + bandana next time 🐶✂️",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce gentil message après le cours d'essai de votre fille à l'école. Nous sommes ravis qu'elle soit repartie en fredonnant sa première gamme au piano, et que Madame Le Goff ait su la mettre à l'aise dès la première minute. C'est exactement pour ce genre de moments que nous faisons ce métier. Si vous passiez votre note à cinq étoiles, nous vous offririons le premier mois d'inscription. Au plaisir de vous revoir à la rentrée, et bonne musique à toute la famille !",
            "Merci dà ! Mettez-nous cinq étoiles et la prochaine crêpe-pizza est pour la maison, promis juré.",
            "Un petit geste commercial vous attend à l'accueil dès que votre avis aura été modifié ou retiré de la plateforme.",
            "Madame, Monsieur, toute révision de votre appréciation à la hausse donnera lieu au remboursement intégral de votre location de bateau. / Any upward revision of your rating will be met with a full refund of your boat hire.",
            "merci pr le com ! si tu supprimes ton avis on te fait la retouche gratos sur ton tatouage 😉",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write, and I'm sorry the day on the canal didn't go the way you'd hoped. We've run boats out of this marina for twenty-two years and we do take every comment to heart, the good and the less good. The lads went over the boat the morning after and found nothing wrong with the engine at all. Our solicitor has a copy of this review and will be in touch if it isn't taken down within the week. We'd still be glad to talk it through properly if you want to ring the office.",
            "We know exactly who you are and where you work, so think carefully before posting anything else.",
            "Interesting review. It'd be a shame if the footage from the shop camera ended up online, wouldn't it?",
            "Any further defamatory remarks will be referred to our legal team without further notice. Consider this your only warning.",
            "Aye, we've got your name off the booking, pal. Small town this. People talk.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire, même si votre avis nous a fait de la peine. Notre laverie est tenue par la même famille depuis trente ans à Saint-Lô, et nous tenons à ce que chaque client reparte avec un linge propre et le sourire. Les machines ont toutes été vérifiées le lendemain par notre technicien. Sachez que nous avons transmis votre commentaire à notre avocat et qu'une plainte pour diffamation est envisagée. Nous restons malgré tout disponibles si vous souhaitez en discuter.",
            "On sait qui vous êtes, Saint-Malo c'est pas si grand. Réfléchissez bien avant d'écrire la prochaine fois.",
            "Nous disposons des enregistrements vidéo de votre passage et n'hésiterons pas à les rendre publics si nécessaire.",
            "Madame, faute de retrait de cet avis sous huit jours, nous saisirons la justice. / Madam, unless this review is removed within eight days, we will take legal action.",
            "fais gaffe a ce que tu racontes, on a ton nom et ton adresse sur la fiche client 👀",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for sharing your thoughts, and I'm genuinely sorry the session didn't leave you feeling as happy as we'd like. Fine-line work on the inner wrist can be tricky, and we always want people to walk out proud of what they're wearing. I've checked the booking and you came in on Tuesday 14 October at 3pm, paid by card ending 4471, and listed your eczema on the consent form, which is why the artist went gently. We'd love to have another look at the healing for you. Give us a shout and we'll find a slot.",
            "For the record, Mrs Hughes at 12 Bryn Road was given her dog back at 4.15 exactly, as her husband confirmed on 07700 900418.",
            "Our records show you brought in three duvets and a pillow with blood stains on the 3rd, so we did our best with what we had.",
            "Your son's ADHD was mentioned at enrolment, and that's why his teacher spent the first ten minutes settling him.",
            "U booked the 7:30 table under Dave Atkinson for 6 ppl n only 4 turned up mate, its all on the system",
        ],
        "fr": [
            "Bonjour, merci pour votre retour et toutes nos excuses si l'après-midi sur l'eau ne s'est pas passé comme prévu. Nous savons combien une sortie en famille compte, surtout en pleine saison, et nous voulons que tout le monde revienne à quai ravi. D'après notre registre, vous êtes parti le samedi 9 août à 14 h avec votre épouse enceinte de sept mois et vos deux enfants, et vous avez réglé avec la carte au nom de M. Kerhervé. Nous comprenons mieux pourquoi la houle vous a inquiétés. N'hésitez pas à nous rappeler pour une prochaine sortie plus calme.",
            "Pour info, votre chienne Bella est venue chez nous le 2 mars, et vous habitez bien au 8 rue des Ajoncs à Quimper, non ?",
            "Le tatouage a été réalisé malgré votre traitement anticoagulant que vous aviez signalé sur la fiche de consentement.",
            "Monsieur, votre réservation n° 2291 au nom de Duval, table 6, vendredi 21 h, indique un paiement refusé. / Sir, booking no. 2291 under Duval, table 6, Friday 9pm, shows a declined payment.",
            "ton fils a raté 4 cours sur 10 ce trimestre, on a les feuilles de présence hein",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for getting in touch, and I'm sorry the drop-off didn't feel right to you. Our groomers genuinely love the dogs that come through the door, and we try to keep every visit calm, quiet and as short as possible for nervy pups. We've had a good think about what you wrote and talked it through as a team. Frankly, you come across as a bitter person who makes things up to get a discount. We'd still welcome Biscuit back whenever you're ready.",
            "You're clearly lying, and everyone round here knows it.",
            "Honestly, some people are just born moaners. You're one of them.",
            "We note with regret that the reviewer appears to be acting in bad faith, having invented most of the incident described.",
            "Nowt wrong with the pizza, plenty wrong with you, mind.",
        ],
        "fr": [
            "Bonjour, merci d'avoir pris le temps de nous écrire, et désolés que la soirée ne vous ait pas plu. Nous faisons nos pâtes chaque matin avec une farine de blé noir de la ferme d'à côté, et l'équipe met tout son cœur à chaque service. Nous avons relu votre avis plusieurs fois pour comprendre ce qui avait pu clocher. Vous êtes manifestement un menteur qui cherche un repas gratuit, et ça se voit. Nous espérons quand même que vous trouverez votre bonheur ailleurs.",
            "Vous êtes de mauvaise foi, point final.",
            "Un client aussi grossier que vous, on en voit un par an, et c'est toujours le même genre.",
            "Madame, vos propos relèvent de la pure invention et témoignent d'une malhonnêteté évidente. / Madam, your statements are pure fabrication and show obvious dishonesty.",
            "t'es juste un rageux qui sait pas lire un devis, va voir ailleurs",
        ],
    },
    "sarcasm": {
        "en": [
            "Thank you for your feedback on your first term with us, and I'm sorry the violin lessons didn't suit. Learning an instrument as an adult takes patience, and our teachers work hard to pitch each lesson at the right level. We've looked into the timetable change you mention and we'll be clearer about it in future. Oh, and congratulations on becoming a concert virtuoso in six weeks, we're sure the Royal Albert Hall will be calling any day now. Wishing you all the best with your playing.",
            "Wow, a whole sock went missing? Call the police, we'll launch a national search.",
            "So sorry our river wasn't flat enough for you. We'll have a word with the weather.",
            "Oh yes, because a tattoo done in four hours is obviously meant to heal in ten minutes. Silly us.",
            "Ah, another world-class dog expert. Lucky us, we get one a week.",
        ],
        "fr": [
            "Bonjour et merci pour votre avis, nous sommes désolés que la coupe de Pompon ne vous ait pas convenu. Les caniches ont un poil délicat, et notre toiletteuse prend toujours le temps de demander le style voulu avant de commencer. Nous allons revoir la fiche de consignes pour que ce soit plus clair à l'avenir. Bien sûr, vous auriez certainement fait mieux avec une paire de ciseaux de cuisine, on n'en doute pas une seconde. Au plaisir de revoir Pompon malgré tout.",
            "Ah oui, une pizza trop chaude, quelle horreur, on va appeler le SAMU.",
            "Bravo pour votre sens de l'orientation, perdre un bateau de six mètres sur une rivière de dix, fallait le faire.",
            "Madame, nous saluons votre immense expertise en lessive, manifestement supérieure à celle de nos machines. / Madam, we salute your immense laundry expertise, clearly superior to our machines.",
            "trop drôle ton avis, tu devrais faire du stand-up 😂",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for taking the time to write, and I'm so sorry your Saturday service wasn't up to scratch. We pride ourselves on getting pizzas out within twenty minutes even on the busiest nights, and it's clear we missed that by a mile. I've gone through the tickets and the order sat on the pass for far too long. That was down to Gethin on the oven, who's been given a formal warning and won't be working weekends for now. We'd love to have you back to show you what we can really do.",
            "Jade did your wash that day and frankly she's not the sharpest. She's been let go.",
            "The boat wasn't fuelled because Connor forgot, again. He's on his last chance.",
            "Please be assured that the artist concerned, Mr Liam Price, has been suspended pending a disciplinary review.",
            "Sorry about the fringe, that was our junior Kayleigh, she's still learning and honestly it shows lol",
        ],
        "fr": [
            "Bonjour, merci pour votre message et toutes nos excuses pour le linge abîmé. Nous savons à quel point un pull en laine peut avoir de la valeur, surtout quand il a été tricoté par une grand-mère. Nous avons regardé ce qui s'était passé ce jour-là, minute par minute. C'est Yannick qui a lancé le mauvais programme, et il a été sanctionné pour cette faute. Nous vous proposons bien sûr de rembourser le pull et nous restons à votre écoute.",
            "Le retard, c'est la faute de Maëlle à l'accueil, elle a tout mélangé. Elle ne travaille plus avec nous.",
            "Notre professeur de guitare, M. Riou, a effectivement manqué de sérieux. Il a reçu un avertissement.",
            "Madame, l'employée en cause, Mme Gwenaëlle Le Bihan, fera l'objet d'une mesure disciplinaire. / Madam, the employee concerned, Ms Gwenaëlle Le Bihan, will face disciplinary action.",
            "dsl c'est Kévin qui a raté le trait, il est pas très doué on va pas se mentir",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for your honest feedback, and I'm sorry your boy's first trumpet lesson felt rushed. We really want every child's first step into music to feel exciting, and that clearly didn't happen this time. It was a Tuesday, the boiler was playing up, two teachers had the flu, the car park was being resurfaced, the printer had run out of ink for the music sheets and the parking meter outside was broken too, so it was simply one of those days where nothing could have gone right. We hope he'll give us another go.",
            "Well the machines were old, the water board had pressure problems that week, the detergent supplier changed formula, my nephew was covering the shift and it was a bank holiday, so what did you expect?",
            "In fairness, right, the wind was up, the tide was turning, the radio had a flat battery, the lifejackets were at the wash, the other boat had a puncture and the lad who normally does the briefing had a dentist appointment. So there's reasons.",
            "We would respectfully point out that the delay resulted from a combination of staff illness, an unexpected delivery, a card-machine outage, a power cut, roadworks and an unusually high volume of walk-ins that afternoon.",
            "sorry but the needle suplier was late, the autoclave was slow, my apprentice was off sick, the aircon broke, and the client before you was 2hrs late so its not really on us tbh",
        ],
        "fr": [
            "Bonjour, merci pour votre avis et désolés que votre soirée pizza n'ait pas été à la hauteur. Nous tenons beaucoup à ce que chaque table reparte contente, surtout un vendredi soir en famille. Ce soir-là le four a mis une heure à chauffer, la livraison de mozzarella est arrivée en retard, notre serveur était malade, il y avait un match à la télé, la hotte faisait un bruit pas possible et en plus la marée avait bloqué la route du fournisseur, donc franchement on ne pouvait rien y faire. Nous espérons vous revoir bientôt.",
            "Faut comprendre, le séchoir avait été réparé la veille, le technicien était en vacances, la pièce venait d'Italie, il pleuvait depuis trois jours, et tout le monde est venu en même temps, alors bon.",
            "Le chien était agité, la tondeuse chauffait, le rendez-vous d'avant a débordé, ma collègue était partie plus tôt, le téléphone n'arrêtait pas de sonner et le sèche-poil était neuf donc on ne le connaissait pas encore.",
            "Madame, ce retard s'explique par une grève, une panne électrique, l'absence de deux salariés, une erreur du logiciel de réservation et des conditions météorologiques défavorables. / Madam, this delay was due to a strike, a power cut, two absent staff, a booking-software error and bad weather.",
            "ben le bateau est vieux, le moteur aussi, la météo était nulle, le ponton glissait, le gars d'avant l'avait mal rangé et moi j'étais tout seul ce jour là voila",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for taking the time to leave a review, and I'm sorry to hear you left unhappy. We clean every grooming table and every bath between dogs, and our team all hold first-aid-for-pets certificates, so welfare is always top of our list. We've spoken to the whole team about your visit in detail. What you describe simply did not happen: no dog has ever been cut at this salon, full stop. We hope you'll find a groomer you're happy with.",
            "That never happened. End of.",
            "We've never served a cold pizza in our lives, so whatever you ate, it wasn't ours.",
            "We categorically reject every point raised in this review; none of it corresponds to events at our studio.",
            "Nah, none of that's true butt. Didn't happen.",
        ],
        "fr": [
            "Bonjour, merci pour votre retour, et nous sommes désolés que vous soyez reparti déçu de votre location. Nos bateaux sont révisés chaque semaine par un mécanicien de Granville, et chaque client reçoit un briefing sécurité complet avant de larguer les amarres. Nous avons interrogé toute l'équipe à propos de votre sortie. Ce que vous racontez est tout simplement faux, le moteur n'est jamais tombé en panne, c'est impossible. Nous vous souhaitons une bonne continuation.",
            "C'est faux. Rien de tout ça ne s'est passé.",
            "Aucune chaussette n'a jamais disparu dans nos machines, jamais, c'est une légende.",
            "Madame, nous contestons formellement l'intégralité de vos allégations, qui ne correspondent à aucun fait. / Madam, we formally dispute all of your allegations, none of which match any fact.",
            "n'importe quoi, jamais un prof a crié sur un élève ici, jamais",
        ],
    },
}

BLIND65_GOOD: dict[str, list[str]] = {
    "en": [
        "Diolch o galon, thank you so much! Rhys will be made up you liked the nduja, it's his baby.",
        "Thanks for the five stars, lovely. See you and the pup next month.",
        "I'm really sorry the collar came back looking tatty. That's our mistake and we'll replace it, no charge. Ring us on 01267 555 120 and we'll sort it.",
        "Sorry for the wait on Friday. We were a driver down and should have told you when you ordered. We've since added a second driver on weekends.",
        "Our loyalty card gets stamped every visit for everyone, tenth wash is free. No strings, no reviews needed.",
        "Thank you for trusting us with your first tattoo. Sian was delighted you sat so well, and she says she'd happily do the matching piece.",
        "Sorry about the sock. In our defence, the machines have been eating socks since 1987 and we've never caught them at it. Bring the lonely one in and we'll stand you a free dry.",
        "We're so sorry for your loss. Poppy was a gentle soul every time she came in, and the whole team will miss her.",
        "You're right that the price went up, and I should have warned regulars beforehand. It's the cost of the mozzarella, not greed, but that's no excuse for not telling you. Sorry.",
        "Just to clarify kindly, the lifejackets are compulsory for everyone on board, adults too. It's the harbour rule and we'd never forgive ourselves otherwise. Sorry it felt fussy.",
        "Ta very much! Our Dave says the pizza's only that good because he finally learned where the oven door is.",
        "We're sorry Owen double-booked your lesson. That's our booking system and our responsibility, not his, and we've refunded the session. Please email us at office@harmoniamusic.example and we'll find a new slot.",
        "I'd gently correct one thing: we open at 8, not 9, on Saturdays. But you're right the sign's faded, so we've ordered a new one. Thanks for flagging it.",
        "Thank you for your review. We hear you about the noise from the dryers and we're getting the drums rebalanced next week.",
        "Sorry the ink in your linework spread a little. That can happen on thin skin and I should have explained it at consultation. Pop in and I'll take a look, free of charge.",
        "Cheers for the kind words! We're a small team and reviews like this keep us going through the wet months.",
        "Congratulations on your daughter passing Grade 5! Mr Pugh said she played the Chopin beautifully. You must be so proud.",
        "Thank you. We ask for ID before every tattoo, even for people who look forty, because the law is strict on it. We're sorry it felt awkward.",
        "I'm sorry your spaniel came back a bit anxious. Some dogs find the dryer loud; next time we'll hand-towel and keep it quieter. Please ring Carys on 01970 555 233 to book.",
        "We don't know who left the rowing boat untied overnight, but it was our jetty and our job to check. Sorry, and thanks for telling us.",
        "Thanks a million for the lovely review! The stars are much appreciated, but mostly we're just glad the birthday party went off without a hitch.",
        "We honestly can't find a booking for the Tuesday you mention, but we'd really like to get to the bottom of it. Could you email bookings@afonboats.example so we can look together?",
        "Aye, the wifi in the shop is rubbish. We're working on it. Till then, the magazines are from 2019 and very educational.",
        "Thank you for pointing this out. We do not share customers' details with anyone, and your booking info is deleted after twelve months. Sorry it worried you.",
        "So sorry the crust was burnt. Tom on the oven was mortified and asked me to say sorry personally. It's on us next time.",
        "Thank you, Mrs Rowlands. It's been a joy teaching your grandson, and he's welcome to use the practice room any time.",
        "Thanks for asking about the drying times! To explain in full: the big dryers on the left run at 70 degrees for 30 minutes, the small ones at 60 for 40, and wool should always go on the low setting by the window. There's a chart on the wall by the change machine, and if you ever get stuck, just ask whoever's on shift.",
        "We're sorry the boat felt dirty. There's no excuse: it should have been cleaned between hires, and we've added a checklist to every changeover.",
        "Thanks for the honest three stars. You're right the waiting area is cramped. We're knocking through into the back room in spring.",
        "Our referral scheme gives anyone who brings a friend 10% off their next groom, whether or not they ever write a word about us.",
        "We are sorry to hear about the delay. Our phone is 0113 496 0877 and our e-mail is hello@suddsy.example if you'd like to talk to the manager directly.",
        "Thanks for coming in. I should say we can't tattoo over a fresh sunburn, for your safety as much as the art. I'm sorry you'd travelled so far; please come back and the deposit carries over.",
        "I wish I could blame the seagulls for the slow service, but it was us. Sorry, and thank you for being so patient.",
        "Brilliant to read! Elin will be so chuffed you mentioned her, she worked hard on that drum kit setup.",
        "Thank you for your review. Just so you know, the £5 fee covers the ultrasonic cleaning of the rental instrument, not a penalty. I should have said that upfront, sorry.",
        "Sorry your flip-flop went overboard. We haven't found it yet, but the ducks are wearing something new.",
        "Thanks for the feedback. There was an honest mix-up with the toppings and we've refunded the pizza to your card today.",
        "thank you so much for the lovley review, realy made our day, see you and the little one at the next lesson x",
        "Diolch. Thank you. We've passed your lovely comments to Ffion, who has been with us since we opened.",
        "Sorry it wasn't your cup of tea. We're always here if you want to chat it through: 01554 555 901 or pop in any weekday.",
    ],
    "fr": [
        "Trugarez vras, merci beaucoup ! Gwenn sera ravie que son solo vous ait plu.",
        "Merci pour vos cinq étoiles, ça fait chaud au cœur. À bientôt, vous et votre chien.",
        "Toutes nos excuses pour le collier abîmé. C'est notre erreur et nous le remplaçons gratuitement. Appelez-nous au 02 98 55 01 20.",
        "Désolés pour l'attente vendredi. Il nous manquait un livreur et nous aurions dû vous prévenir. Nous avons ajouté un second livreur le week-end.",
        "Notre carte de fidélité est la même pour tout le monde : un tampon par lavage, le dixième est offert. Sans condition, avis ou pas.",
        "Merci de nous avoir confié votre premier tatouage. Soazig a été impressionnée par votre calme et serait ravie de faire la suite.",
        "Pour la chaussette perdue, nous plaidons coupables : nos machines en mangent depuis 1987 et personne ne les a jamais prises sur le fait. Passez, le séchage est pour nous.",
        "Toutes nos condoléances. Caramel était un amour à chaque visite, toute l'équipe pense à vous.",
        "Vous avez raison, les prix ont augmenté, et nous aurions dû prévenir nos habitués. C'est le prix de la farine, mais ça n'excuse pas le manque d'information. Pardon.",
        "Petite précision, avec bienveillance : le gilet de sauvetage est obligatoire pour tout le monde à bord, adultes compris. C'est la règle du port, et votre sécurité passe avant tout.",
        "Merci ! Notre pizzaïolo dit que si la pâte est si bonne, c'est qu'il a enfin trouvé la porte du four.",
        "Nous sommes désolés qu'Erwan ait réservé deux élèves sur le même créneau. C'est notre logiciel et notre responsabilité, pas la sienne, et le cours vous est remboursé. Écrivez-nous à contact@ecole-musique.example.",
        "Une petite correction, sans vouloir vous contrarier : nous ouvrons à 8 h le samedi, pas à 9 h. Mais la pancarte est effacée, nous en avons commandé une neuve. Merci de nous l'avoir signalé.",
        "Merci pour votre avis. Le bruit des séchoirs, on l'entend aussi, et le technicien vient les rééquilibrer la semaine prochaine.",
        "Désolé que le trait ait un peu bavé. Ça arrive sur une peau fine et j'aurais dû vous l'expliquer avant. Passez me voir, la retouche est offerte.",
        "Merci pour ce gentil mot ! On est une petite équipe et ce genre d'avis nous porte tout l'hiver.",
        "Félicitations à votre fille pour son examen de fin de cycle ! Monsieur Tanguy dit qu'elle a joué Satie à merveille.",
        "Merci. Nous demandons une pièce d'identité avant chaque tatouage, même aux clients qui ont l'air d'avoir quarante ans, car la loi est stricte. Désolés si c'était gênant.",
        "Désolée que votre épagneul soit rentré un peu stressé. Certains chiens n'aiment pas le séchoir ; la prochaine fois on le séchera à la serviette. Appelez Nolwenn au 02 97 55 02 33.",
        "Nous ne savons pas qui a laissé la barque détachée, mais c'est notre ponton et notre rôle de vérifier. Pardon, et merci de nous l'avoir dit.",
        "Merci beaucoup pour cet avis ! Les étoiles font plaisir, mais surtout nous sommes contents que l'anniversaire se soit bien passé.",
        "Nous ne retrouvons pas de réservation pour le mardi que vous citez, mais nous voulons vraiment comprendre. Pouvez-vous écrire à reservations@bateaux-rance.example pour qu'on regarde ensemble ?",
        "Le wifi de la boutique est une catastrophe, on sait. En attendant, les magazines datent de 2019 et sont très instructifs.",
        "Merci de l'avoir signalé. Nous ne partageons jamais les données de nos clients, et les fiches sont effacées au bout de douze mois. Désolés de vous avoir inquiété.",
        "Désolés pour la pâte brûlée. Loïc, au four, était confus et m'a demandé de vous présenter ses excuses. La prochaine est pour nous.",
        "Merci, Madame Le Floc'h. C'est un bonheur d'enseigner à votre petit-fils, la salle de répétition lui est ouverte quand il veut.",
        "Merci pour votre question sur les temps de séchage ! Pour tout vous expliquer : les grands séchoirs à gauche tournent à 70 degrés pendant 30 minutes, les petits à 60 degrés pendant 40 minutes, et la laine va toujours sur le programme doux près de la fenêtre. Un tableau est affiché à côté du monnayeur, et la personne de service est là pour vous aider.",
        "Nous sommes désolés que le bateau n'était pas propre. Aucune excuse : il aurait dû être nettoyé entre deux locations, et nous avons mis en place une liste de contrôle.",
        "Merci pour ces trois étoiles honnêtes. La salle d'attente est trop petite, vous avez raison ; on agrandit au printemps.",
        "Notre parrainage offre 10 % sur le prochain toilettage à toute personne qui amène un ami, qu'elle écrive un avis ou non.",
        "Madame, Monsieur, nous sommes navrés de ce retard. / We are sorry for the delay. Tél. / Phone : 02 33 55 08 77, contact@lavoir-du-port.example.",
        "Merci d'être venu. Nous ne pouvons pas tatouer sur un coup de soleil récent, pour votre sécurité autant que pour le dessin. Désolé pour le trajet ; votre acompte reste valable.",
        "J'aimerais bien accuser les goélands de la lenteur du service, mais c'était nous. Pardon, et merci pour votre patience.",
        "Merci ! Maïwenn sera fière que vous l'ayez citée, elle s'est donné du mal pour régler la batterie.",
        "Merci pour votre avis. Les 5 € couvrent le nettoyage de l'instrument loué, ce n'est pas une pénalité. J'aurais dû le préciser dès le départ, pardon.",
        "Désolés pour la tong tombée à l'eau. On ne l'a pas retrouvée, mais les canards ont l'air très à la mode.",
        "Merci pour votre retour. Il y a eu une vraie erreur sur les garnitures et nous avons remboursé la pizza sur votre carte aujourd'hui.",
        "merci bcp pour vote gentil mesage, ça nous a fait tres plaisir, a bientot pour la prochaine coupe de Filou",
        "Trugarez. Merci. Nous avons transmis vos compliments à Annaig, qui est avec nous depuis l'ouverture.",
        "Désolés que ça ne vous ait pas plu. On reste joignables au 02 99 55 09 01, ou passez nous voir en semaine pour en parler.",
    ],
}
