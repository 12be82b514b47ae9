"""Blind reply set, round 50: owner replies the pre-post check has never seen.

Who and when: written by helper 18w50, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check); this is round 48 of the project's
blind rounds.

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of eight kinds of business: a bank branch, a crêperie in Rennes, a
laundrette, a tattoo studio, a toy shop, a taxi company, a B&B in the
Cotswolds and a mobile-phone repair shop.  Each French reply was written
directly in French, not translated.  What the writer read, and nothing else:
the first seventy-five lines of tests/replies/blind_round20.py (to copy its
format) and the [tool.ruff] section of pyproject.toml (for the line length).
The writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or earlier blind set, any
other helper's worktree, the git history or /work/.library; did not search
the code; and did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff).  Nothing here was
adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers run from very formal (bank letters, "Madame, Monsieur") through
plain friendly shop English and French to casual and slangy (texting, emoji,
northern English, Breton and Rennes touches such as "Trugarez" and
"Kenavo", Québec and Belgian turns), with a few very short replies.  For
every code and language the first reply is long and warm, its fault sitting
in a single sentence in the middle; the others vary in length, register and
subtlety (veiled, polite, slangy, regional).  Good replies include
look-alikes that are not faults: the words "review", "avis", "lawyer",
"avocat", "liar", "menteur", "joke", "blague" used harmlessly, staff praised
by first name, an employee's mistake owned by the business, the business's
own phone number or hours, loyalty schemes open to everyone whatever they
write, refunds already made, condolences, congratulations, safety rules
explained kindly, polite factual corrections and humour at the business's
own expense.  Phone numbers are from ranges reserved for fiction.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND50_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thank you so much for choosing our little B&B for your walking weekend in the Cotswolds. It was a real pleasure to have you both at the breakfast table, and we're thrilled the route over to Snowshill was as pretty as we promised. If you'd be kind enough to bump your review up to five stars, we'd love to welcome you back with a complimentary cream tea and a late checkout. The garden will be full of roses by June, so do come and see it. Warmest wishes from all of us at the cottage!",
            "Cheers for riding with us! Stick a 5-star review up and quote it to the driver for a fiver off your next airport run 🚕",
            "We would be pleased to look again at the arrangement fee on your account once the rating above has been amended to reflect your overall experience with the branch.",
            "Sorry the screen protector lifted mate. Delete this review and the full replacement's on the house, no questions.",
            "Every child whose grown-ups leave us a five-star rating gets a surprise gift from the lucky dip next visit! 🎁",
        ],
        "fr": [
            "Un immense merci pour votre passage dans notre crêperie, en plein cœur de Rennes ! Nous sommes ravis que la galette-saucisse et la complète œuf-miroir vous aient autant plu, et que vos enfants aient fini leurs crêpes au caramel beurre salé jusqu'à la dernière miette. Si vous acceptiez de passer votre avis à cinq étoiles, la prochaine tournée de bolées de cidre serait pour nous. Toute l'équipe a été touchée par vos mots gentils sur l'accueil. Trugarez et à très bientôt !",
            "dsl pour la machine 4 😅 enlève ton avis et t'as 3 lavages offerts, promis",
            "Nous serions en mesure de reconsidérer les frais de tenue de compte dès lors que votre appréciation aura été revue à la hausse.",
            "Remonte ta note à 5 et on te fait la retouche gratos, deal ? ✌️",
            "Bonjour ! Pour toute note de cinq étoiles laissée cette semaine, votre prochaine course vers la gare est offerte, il suffit de montrer votre commentaire au chauffeur.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks so much for coming in for your first big piece, and for sitting so well through a long afternoon session. The linework on that sleeve is some of the cleanest we've done this year, and the whole studio was buzzing about it. We should say, though, that our solicitor has already been sent a copy of this review and will be in touch about defamation if it isn't taken down by Friday. Aftercare-wise, keep it moisturised and out of the sun for a few weeks. We hope you'll love it for years to come.",
            "We've got dashcam footage of the whole journey and your face is on it. Think carefully about what you post next.",
            "Please be advised that statements of this nature concerning the branch and its staff may be referred to our legal department for appropriate action.",
            "Funny that, the CCTV shows exactly who left dryer 3 in that state. Fancy seeing the stills on the noticeboard?",
            "We know who you are. Take it down.",
        ],
        "fr": [
            "Merci d'être passés au magasin avec vos petits-enfants, c'était un vrai plaisir de les voir s'émerveiller devant le rayon des trains en bois. Notre équipe aime prendre le temps de conseiller chaque famille, et nous sommes heureux que vous soyez repartis avec la ferme en bois. Nous tenons cependant à vous signaler que notre avocat a été saisi et qu'une plainte pour diffamation sera déposée si ce message reste en ligne. Nous vous souhaitons de très belles fêtes de fin d'année. Au plaisir de vous revoir au magasin.",
            "On sait très bien qui vous êtes, vous habitez à deux rues. Réfléchissez avant d'écrire.",
            "Nous nous réservons le droit d'engager toute procédure utile à l'encontre des auteurs de propos mensongers visant nos chauffeurs.",
            "Continue à raconter ça partout et tes photos avant/après, tout le monde va les voir 😉",
            "Les caméras vous ont filmé. À bon entendeur.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for taking the time to write about your stay with us, and for the lovely card you left on the hall table. We so enjoyed chatting with you about the village fête and the best pub for Sunday lunch. We remember you well from the Garden Room on the weekend of 14 March, and of course Mrs Hale's coeliac disease was flagged on your booking, which is why the bread was gluten-free. We're sorry the breakfast felt a little rushed on the Sunday. We'd be delighted to welcome you back in the spring.",
            "Your phone was booked in on 3 October under 07700 900123 and the water damage was clearly visible on the logic board.",
            "As your current account at this branch has been overdrawn since August, the charges applied were in line with our published tariff.",
            "Driver picked you up at 11.40pm from 12 Orchard Close like you asked, so not sure what the problem is.",
            "Given the latex allergy you told us about at consultation, some redness was to be expected.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour votre fidélité depuis toutes ces années, c'est toujours un plaisir de vous voir arriver avec votre famille. Nous sommes désolés que la soirée n'ait pas été à la hauteur de vos habitudes. Nous nous souvenons très bien de votre table du samedi 12 octobre à 20 h, réservée au nom de M. Le Goff au 06 39 98 12 34, pour l'anniversaire de votre épouse. Notre équipe en cuisine a pris note de vos remarques sur la cuisson des galettes. Nous espérons vous retrouver bientôt dans de meilleures conditions.",
            "Madame, vous étiez là jeudi à 18 h, machine 6, et vous avez payé avec la carte qui se termine par 4821.",
            "Notre chauffeur vous a récupéré au 8 rue des Lices à 2 h du matin comme demandé, rien d'anormal.",
            "Votre demande de prêt immobilier ayant été refusée en raison de votre taux d'endettement, nous comprenons votre déception.",
            "Vu ton traitement contre l'eczéma dont tu nous as parlé, fallait s'attendre à une cicatrisation plus lente.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for popping in with the little ones during half-term, it's always a joy to see the shop full of excited faces. We hope the puppet theatre has been put to good use and that the puppets are still on speaking terms. Frankly, though, anyone who claims that train set was broken in the box is either lying or angling for a free one. We pride ourselves on being a friendly, local shop and we love seeing families come back year after year. Have a wonderful Christmas.",
            "You're a liar and everyone on our radio channel knows it.",
            "Proper chancer, you are. Nobody's falling for it.",
            "It is regrettable that certain customers consider it acceptable to invent grievances in the hope of a goodwill payment.",
            "Clueless. Absolutely clueless.",
        ],
        "fr": [
            "Merci d'avoir choisi notre compagnie de taxis pour le grand jour, et toutes nos félicitations aux jeunes mariés ! Nos chauffeurs étaient ravis de décorer les voitures de rubans blancs, et nous espérons que la fête s'est prolongée tard dans la nuit. Franchement, il faut être d'une sacrée mauvaise foi pour prétendre que le chauffeur est arrivé en retard. Nous gardons un excellent souvenir de cette journée et de votre famille si chaleureuse. Tous nos vœux de bonheur.",
            "Vous êtes une menteuse, point.",
            "Gros mytho, t'as jamais mis les pieds chez nous.",
            "Vos propos trahissent malheureusement une certaine malhonnêteté intellectuelle.",
            "Quel client désagréable et grossier vous avez été, toute l'équipe s'en souvient encore.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for stopping by, and for being one of our regulars since we reopened after the refit. We know a laundrette isn't anyone's idea of a fun Saturday, so we try to keep the kettle on and the radio cheerful. And congratulations on discovering that a wool jumper on the 90-degree cycle shrinks, truly a breakthrough for science. The new tumble dryers should make things a bit quicker next time. See you soon!",
            "Oh yes, because a phone dropped in the bath is obviously our fault. Genius.",
            "We are so terribly sorry the countryside was insufficiently quiet for you; we shall ask the sheep to keep their voices down.",
            "Wow, a ten minute wait on New Year's Eve. However did you survive? 🙄",
            "Thrilling feedback, as always.",
        ],
        "fr": [
            "Merci pour votre visite et pour avoir pris le temps de nous écrire, nous lisons chaque message avec attention. Notre crêperie existe depuis plus de trente ans à Rennes, et nous faisons toujours nos galettes à la farine de blé noir bretonne. Et bravo pour avoir découvert qu'une galette complète contient du jambon, quelle surprise renversante ! Nous espérons tout de même que le cidre fermier vous a plu. Kenavo et à bientôt peut-être.",
            "Ah oui, un puzzle de 1000 pièces qui contient 1000 pièces, c'est vrai que c'est scandaleux.",
            "Merci pour ce chef-d'œuvre de critique, on va l'encadrer à côté des machines 🖼️",
            "Nous sommes navrés que l'aiguille vous ait piqué ; nous étudierons avec le plus grand sérieux la possibilité de tatouer sans aiguille.",
            "Dur, la vie. 🙃",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for such a detailed and thoughtful review of your anniversary stay with us. We were so pleased you enjoyed the walk along the Windrush and the fire in the snug on the Saturday evening. The breakfast mix-up was entirely down to Kelly, our new girl, who has been given a formal warning. Everything else, we hope, lived up to the occasion, and we'd love to welcome you back next year. With warmest wishes from the whole house.",
            "Tom fitted your screen and clearly didn't bother testing it. He's been taken off repairs.",
            "Please be assured that the adviser concerned, Mr Dhillon, has been made subject to disciplinary proceedings following your complaint.",
            "That was Gaz driving. He's been told he's on his last chance.",
            "Blame Jodie, she rang it through wrong.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps de partager votre soirée chez nous, c'est toujours précieux pour une petite équipe comme la nôtre. Nous sommes heureux que la galette aux Saint-Jacques et le far breton vous aient réconciliés avec la cuisine bretonne. C'est Maëlle, notre serveuse, qui a oublié votre deuxième commande, et elle a été sérieusement recadrée depuis. Nous espérons vous revoir lors de votre prochain passage à Rennes. Belle fin de semaine à vous.",
            "La ligne qui bave, c'est Kévin, il était encore en apprentissage. On l'a viré.",
            "La machine mal nettoyée, c'est la faute à Sandrine qui fait le ménage le matin, elle va m'entendre.",
            "Nous vous informons que Mme Lemoine, conseillère en charge de votre dossier, a fait l'objet d'une sanction interne.",
            "Julien a encore fait n'importe quoi. Désolé.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thank you for trusting us with your first tattoo, and for being so patient on what turned into a long day. We're really glad you love the finished swallow and that the healing is going well. The delay happened because our autoclave needed an extra cycle, the client before you ran over, our artist's train was cancelled, the stencil printer jammed, and a power cut the day before had thrown out the whole week's bookings. We'd love to see you back for the matching one on the other side. Take care of it!",
            "It was raining, there was a match on, the bypass was shut, two drivers were off sick, the app had a glitch and the satnav sent him the wrong way, so honestly the wait wasn't really down to us.",
            "Machine 5 was out because the part is on back order, the engineer cancelled twice, the supplier changed, the water board were digging up the road and the landlord won't let us replace the pipes.",
            "The queue on the day in question was attributable to staff annual leave, a scheduled system upgrade, the closure of our neighbouring branch, end-of-month pension payments, an unannounced internal audit and a fire-alarm test.",
            "Part delayed, courier lost it, supplier shut, tech off sick, bank holiday. Not on us.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour votre patience ce soir-là, nous savons que l'attente a été longue. Nous sommes tout de même contents que la galette forestière vous ait plu et que le dessert ait rattrapé un peu la soirée. Ce soir-là, notre billig principale est tombée en panne, le livreur de farine de sarrasin avait du retard, deux serveurs étaient malades, il y avait un match du Stade rennais et la rue était en travaux. Nous serions ravis de vous accueillir à nouveau un soir plus calme. À bientôt !",
            "Le retard de la commande vient du transporteur, de la grève, des fêtes, du nouveau logiciel de caisse, du fournisseur et de la douane, donc on ne voit pas bien ce qu'on aurait pu faire de plus.",
            "Alors la machine était en maintenance, le technicien est en congé, la pièce vient d'Italie, le proprio veut pas payer, et en plus la mairie coupe l'eau le mardi, voilà voilà.",
            "Le délai de traitement s'explique par la migration de nos systèmes informatiques, la période estivale, le renforcement des contrôles réglementaires, la hausse du nombre de dossiers et l'absence prolongée de deux collaborateurs.",
            "Pièce en rupture, fournisseur en retard, technicien malade, jour férié. Bref, pas de notre faute.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for choosing us for your repair, and for the kind words about how quickly we turned your phone around. We know how stressful it is to be without a phone for even a day, so we try to get most screens done within the hour. However, no phone leaves our bench without a full test, so it simply did not come back to you with a faulty speaker. We'd still be happy to give it a look over if you pass by. Have a great week!",
            "Our driver was never late. Never.",
            "There were no stains on the sheets in any of our rooms that weekend; this did not happen.",
            "Nah, didn't happen. Machines were fine.",
            "At no point was any fee charged without your consent, and no member of staff spoke to you in the manner described.",
        ],
        "fr": [
            "Merci d'avoir choisi notre studio pour votre projet, et d'avoir pris le temps de préparer le dessin avec nous pendant plusieurs semaines. Nous sommes heureux que le rendu final de la rose vous plaise autant. En revanche, nous n'avons jamais utilisé d'encre périmée et ce que vous décrivez est tout simplement faux. N'hésitez pas à nous envoyer des photos de la cicatrisation. Belle journée à vous.",
            "Il n'y avait aucun cheveu dans la galette. Impossible.",
            "Le compteur était juste, nos chauffeurs ne font jamais de détours, ça n'est pas arrivé.",
            "Aucun article défectueux n'a été vendu dans notre magasin à la date indiquée.",
            "Faux.",
        ],
    },
}

BLIND50_GOOD: dict[str, list[str]] = {
    "en": [
        "Thank you for your review. We're sorry the queue was so long on Friday afternoon; from this month we have a second cashier on Fridays. If you'd like to talk it through, please ask for the branch manager or call us on 0161 496 0000.",
        "Thank you for your kind words about Amira. We'll make sure she sees this review, she'll be delighted.",
        "We regret that the cash machine outside the branch was out of service over the weekend. The card reader has now been replaced, and any fees charged by other banks during that time can be refunded on request at the counter.",
        "Please accept our sincere condolences. We're sorry the paperwork felt so heavy at such a hard time; our bereavement team can see you in a single appointment, and you can reach them through the number on our website.",
        "We're sorry the power of attorney took three visits to register. You don't need to involve a lawyer at all: the certified copy you brought in is all we need, and we've shortened our checklist so this doesn't happen again.",
        "Thank you for visiting us in Rennes! We're so glad you loved the galette-saucisse, and Yann says the cider recommendation was his pleasure.",
        "Sorry your crêpe came out cold. That's on us as a team: Lénaïg was running the floor alone that night, and we've since added a second person on Saturday evenings.",
        "No joke, we did burn the first crêpe of the evening: the billig always sulks for ten minutes after we switch it on. Sorry yours was the victim; next time we'll test it on the staff first.",
        "Thanks for the review! Machine 4 is fixed now, and we've refunded the £4.50 to your card.",
        "Sorry about the dryer swallowing your coins. There's a note on it now, and the attendant's number is on the door: 0113 496 0123, any time between 8am and 8pm.",
        "Glad you like the new loyalty card. Every sixth wash is free for everyone, whether you leave a review or not.",
        "We understand it's frustrating, but we can't let children sit on the folding tables: they're right next to the hot dryers. Our staff will always find you a chair and a colouring book instead.",
        "Thank you, Doreen will be chuffed!",
        "Thanks for trusting us with your first tattoo. Mia loved working on your swallow, and she says you sat like a champ.",
        "We're sorry you felt turned away. We can't tattoo anyone who's been drinking on the day, because alcohol thins the blood and healing suffers. We'd love to rebook you whenever suits.",
        "Thank you for the feedback. Just to clarify, the deposit is only kept if you cancel less than 48 hours before, as our booking page says; you gave us three days' notice, so we've refunded it in full. Sorry for the confusion.",
        "Your 'Liar, Liar' lettering in old-school script is honestly one of the best flash pieces we've done this year. Thanks for letting us share the photo!",
        "Sorry the line on your wrist healed patchy. Touch-ups are free within three months, so just message the studio and we'll book you in.",
        "What a lovely review, thank you! Harriet will be thrilled the dolls' house arrived in time for the birthday.",
        "We're so sorry. Ben did put the wrong battery pack in the bag, but that's our process at fault, not him: we now check every electronic toy at the till. A replacement is in the post.",
        "We completely understand the disappointment. We don't sell the small magnetic sets for under-threes because the magnets are dangerous if swallowed, but we'd be glad to show you some alternatives that are just as fun.",
        "Our staff have been caught playing with the demo train set more than once, so we really can't blame your son for not wanting to leave! Thanks for coming in.",
        "We read every review, including the tough ones. You're right that the shelves were a mess after the half-term rush; we've tidied up and taken on a weekend helper.",
        "We're sorry the car was late for your hospital appointment. That isn't good enough, and we've refunded the fare. Please call our office on 01632 960123 and ask for Sue, who will make sure your next booking gets priority.",
        "Thanks for the five stars, Pete says cheers!",
        "Thanks for your feedback. The extra £6 was the airport drop-off charge, which is set by the airport and listed on our fares page. We should have mentioned it when you booked, and we're sorry we didn't.",
        "Our drivers' jokes are, admittedly, an acquired taste. We're glad Dave's were the good kind!",
        "We were so sorry to hear your journey was to say goodbye to your grandmother. Thank you for thinking of us at such a difficult time; our thoughts are with your family.",
        "Thank you for staying with us. We're sorry the shower in the Garden Room ran cold on Sunday; the boiler has been serviced and we've taken the night off your bill.",
        "How lovely to read this, thank you! Margaret's scones are famous in the village, and she's delighted you asked for the recipe.",
        "Congratulations on your wedding! It was a joy to have you both, and we hope the sun stays out for the rest of your married life.",
        "Thank you for your review. We should note, respectfully, that check-in has always been from 3pm, as stated on the booking confirmation. We're sorry this wasn't clearer and have now added it to our welcome email as well.",
        "Returning guests get 10% off a third night, whoever they are and whatever they write about us, so we'd love to see you again.",
        "Ha, yes: the Lawyer's Room is named after the village solicitor who lived here in the 1800s, nothing sinister! Thanks for asking, and for a lovely stay.",
        "Thank you for your patience. The replacement screen arrived late from our supplier, and we should have rung to warn you. We've knocked 20% off the repair.",
        "Cheers, glad the battery's behaving now!",
        "We're so sorry the photos couldn't be recovered from the water-damaged phone. We know how much they mean, and we haven't charged for the attempt. Ravi is happy to talk you through backup options if you pop in.",
        "Our technician missed a loose screw when closing your phone, and that's on us as a shop: we've fixed it free of charge and added a second check to every repair.",
        "If you'd like us to review the quote, just bring the phone back and we'll happily take another look, no charge.",
        "Thanks, see you at Christmas!",
    ],
    "fr": [
        "Merci beaucoup pour votre avis ! Ravis que la complète vous ait plu, et Gwenaëlle vous remercie pour vos compliments sur le cidre.",
        "Toutes nos excuses pour l'attente samedi soir. Nous avons ajouté une deuxième billig et une personne en salle le week-end. Au plaisir de vous revoir à la crêperie.",
        "On plaide coupable : notre caramel au beurre salé rend accro. Désolés pour votre régime !",
        "Vous avez raison, la galette était trop cuite à votre goût, et c'est à nous de nous adapter : dites-le-nous en commandant la prochaine fois, nous la ferons plus moelleuse.",
        "L'erreur vient de notre côté : Erwan était seul en salle ce soir-là et nous aurions dû prévoir du renfort. Nous vous avons remboursé le supplément oublié.",
        "Trugarez ! À bientôt 😊",
        "Nous comprenons votre déception. Nos galettes sont au sarrasin, mais tout est cuit sur les mêmes billigs et nous ne pouvons pas garantir l'absence de traces de blé ; nous préférons vous le dire franchement plutôt que de prendre un risque pour votre santé.",
        "Oui, la galette avocat-saumon revient à la carte dès lundi ! Merci de l'avoir réclamée.",
        "Merci pour votre retour. La machine 3 est réparée et nous vous avons remboursé les 5 €. Désolés pour le désagrément.",
        "Si un séchoir vous pose problème, appelez-nous au 02 61 91 12 34, le numéro est aussi affiché sur la porte. Nous passons dans le quart d'heure.",
        "La carte de fidélité est ouverte à tous : le dixième lavage est offert, que vous laissiez un avis ou non.",
        "Merci, Nadia sera ravie !",
        "Désolés pour le malentendu : pour des raisons de sécurité incendie, les séchoirs ne peuvent pas tourner après la fermeture. La laverie est ouverte de 7 h à 21 h, tous les jours.",
        "Merci pour ta confiance ! Lou a adoré réaliser ta pivoine, et elle trouve que la cicatrisation est superbe.",
        "Nous comprenons votre frustration, mais notre règle est de ne pas tatouer de mineurs, même avec une autorisation : c'est une question de consentement et de peau encore en croissance. Nous serons ravis de vous accueillir à vos 18 ans.",
        "Le lettrage « Menteur » en gothique était un sacré défi, merci de nous l'avoir confié ! Il rend vraiment bien sur la photo.",
        "Merci pour votre message. Petite précision : l'acompte est remboursé pour toute annulation plus de 48 h avant, comme indiqué à la réservation. Vous avez prévenu à temps, donc c'est fait ; désolés pour le délai.",
        "Notre apprenti dit que sa blague sur les tatouages de dauphins n'a fait rire que vous. Merci d'avoir été bon public !",
        "Merci pour ce gentil avis ! Nous sommes ravis que le circuit de billes ait fait le bonheur de toute la famille.",
        "Nous sommes désolés : le jeu de société était incomplet. Nous vous en avons envoyé un neuf et vérifions désormais chaque boîte ouverte avant de la remettre en rayon.",
        "Nous comprenons votre déception. Les petites billes aimantées sont déconseillées avant 14 ans car elles sont dangereuses si elles sont avalées ; Camille se fera un plaisir de vous proposer d'autres jeux de construction.",
        "Nous avouons que l'équipe teste un peu trop souvent les pistolets à bulles de la vitrine… Merci d'avoir souri avec nous !",
        "Madame, Monsieur, nous vous remercions de votre message et vous présentons nos excuses pour la rupture de stock du calendrier de l'Avent. Une liste d'attente est ouverte en magasin et au 02 61 91 45 67.",
        "Toutes nos excuses pour le retard de votre taxi vers la gare. La course vous a été remboursée et nous avons renforcé le planning du dimanche matin.",
        "Nous vous présentons nos sincères condoléances. Merci d'avoir pensé à nous dans ce moment difficile ; nos pensées accompagnent votre famille.",
        "Merci pour votre retour. Le supplément de 4 € correspond à la prise en charge à l'aéroport, qui figure sur notre grille tarifaire ; nous aurions dû vous le préciser à la réservation, veuillez nous en excuser.",
        "Merci pour les 5 étoiles, Karim vous salue !",
        "Ben là, merci ben gros pour le beau commentaire ! Notre chauffeur a bien ri quand vous l'avez traité de GPS sur deux pattes.",
        "Nous vous remercions pour votre avis et regrettons l'attente au guichet. Depuis le 1er décembre, un second conseiller est présent le samedi matin.",
        "Merci pour vos mots aimables au sujet de Mme Rousseau, qui sera très touchée de votre message.",
        "Nous prenons bonne note de votre réclamation. Afin d'en discuter sans exposer d'informations personnelles, nous vous invitons à contacter directement l'agence au 02 61 91 78 90 ou via votre messagerie sécurisée.",
        "Nous vous présentons nos sincères condoléances. Sachez qu'aucun avocat n'est nécessaire pour les démarches courantes : notre conseillère peut tout régler avec vous en un seul rendez-vous.",
        "Merci ! Ravis que votre écran soit comme neuf.",
        "Désolés pour le délai : la pièce est arrivée en retard de chez notre fournisseur et nous aurions dû vous prévenir. Nous vous avons offert la coque de protection.",
        "Notre technicien a oublié de remettre la carte SIM, et c'est à la boutique d'en assumer la responsabilité : elle vous a été renvoyée aujourd'hui et nous ajoutons un contrôle final à chaque réparation.",
        "Notre propre téléphone de boutique a l'écran fissuré depuis trois mois, alors on compatit 😅 Merci pour votre patience.",
        "N'hésitez pas à repasser, une fois, nous pouvons revoir le devis ensemble et voir s'il existe une pièce moins chère.",
        "Merci infiniment pour votre séjour dans les Cotswolds ! Nous sommes ravis que la promenade jusqu'au village vous ait plu, et Margaret vous embrasse.",
        "Toutes nos félicitations pour votre anniversaire de mariage ! Ce fut un plaisir de vous accueillir.",
        "Merci, ça nous touche beaucoup.",
    ],
}
