"""Blind reply set, round 45: owner replies the pre-post check has never seen.

Who and when: written by helper 18w45, an independent writer, on 2026-12-05,
for issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: a plumbing and heating company, an optician,
a brasserie, a children's indoor play centre, a second-hand clothes shop and
a driving school.  Each French reply was written directly in French, not
translated.  The writer read only the writer brief, the first seventy-five
lines of tests/replies/blind_round20.py (to copy its format) and the
[tool.ruff] section of pyproject.toml (line length).  The writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other worktree, the git history
or /work/.library; did not search the code; and did not run the check, any
test or any bench on these replies (only a syntax parse, a count of entries
and ruff).  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: English from Ireland, Australia, the US South and Scotland; French
from Paris, Brittany, Belgium and the Antilles (Martinique, Guadeloupe, with
some Creole); from very formal letter style to slangy texting with emoji.
For every code and language the first reply is long and warm (three to six
sentences) with the fault in a single sentence in the middle; the others vary
in length, register and subtlety (veiled, polite, blunt, slangy, regional).
Good replies include look-alikes that share words with the faults but are
fine: a loyalty, birthday or trade-in scheme open to everyone, the business's
own phone number or e-mail, staff praised by first name, an employee's
mistake owned by the business, a refund already made, insurance and CCTV
mentioned to help the customer, a law degree congratulated, a satnav 'fired'
as a joke, a star rating quoted neutrally, polite factual corrections that
keep the door open, condolences, safety rules (socks, motorway lessons)
explained kindly, a price rise explained with an apology, a waiting list
explained and humour at the business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND45_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Ah, thanks a million for the lovely words, it made our whole morning here in the shop. We're delighted the new varifocals are working out and that you can read the paper on the bus again without squinting. If you'd bump the review up to five stars, we'll throw in a free pair of prescription sunglasses for the summer. Getting the fitting heights right takes patience, and you were very good to come back in for the second adjustment. Mind yourself, and see you at your next check-up.",
            "Cheers for the feedback legend! Flick us a 5 star and the kiddos get a free arvo pass next time 🦘",
            "Bless your heart for taking the time to write. We'd be real happy to knock the call-out fee off your next service, just as soon as that review gets updated to reflect the whole experience.",
            "Sorry ye had a rough first lesson. Take the review doon and yer next two lessons are on us, nae bother.",
            "Should you see fit to revise your rating upward, we would be pleased to extend a complimentary bottle of house champagne on the occasion of your next reservation.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce joli commentaire ! On est ravis que le manteau en laine des années 70 ait trouvé preneuse, il attendait sur le portant depuis des semaines. Si vous passez votre avis à cinq étoiles, on vous offre un bon de 20 € sur votre prochain achat. Toute l'équipe passe des heures à trier et repasser les pièces, alors ce genre de retour nous donne le sourire pour la journée. À très vite rue de Charonne !",
            "Merci pour votre passage à la brasserie ! Modifiez votre note et le kouign-amann du dessert vous sera offert la prochaine fois, promis juré.",
            "Bonjour, nous serions ravis de vous accorder une heure de conduite gratuite, pour autant que votre avis soit retiré d'ici la fin de la semaine. Bien à vous.",
            "Mèsi pou mésaj la ! Mettez 5 étoiles et les marmailles rentrent gratis samedi prochain, foi de nous 😉",
            "Madame, Monsieur, en contrepartie d'une révision de votre évaluation, notre société vous propose l'entretien annuel de votre chaudière à titre gracieux.",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for coming in on Saturday and for taking the time to write. We're sorry the steak frites came out more well done than you'd asked, and the grill timings have been looked at. Our solicitors have a copy of your review and will be in touch if it isn't taken down within seven days. We'd still love to welcome you back for a proper meal. All the best from the whole team in Glasgow.",
            "We've CCTV of the whole afternoon, so I'd think very carefully before posting anything else about our staff.",
            "Mate, we know exactly which job this was and which street you're on. Reckon you pull this down before it gets ugly.",
            "Ma'am, it's a small town and folks talk. Might be wise to remember that before you go posting about us again.",
            "Please be advised that defamatory statements regarding our clinical standards are taken extremely seriously, and we have retained counsel to assess the appropriate next steps in respect of your post.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de nous écrire après votre visite. Nous sommes désolés que le délai pour vos lentilles ait été plus long que prévu, le fournisseur a eu un retard de livraison ce mois-ci. Sachez toutefois que notre avocat a été saisi et que des poursuites pour diffamation seront engagées si ce commentaire reste en ligne. Nous espérons malgré tout vous revoir bientôt en magasin. Belle journée à vous.",
            "On sait très bien qui tu es, t'inquiète, Vannes c'est petit. À ta place j'effacerais vite fait.",
            "Nous avons transmis votre commentaire à notre conseil juridique, qui ne manquera pas de vous contacter. Réfléchissez bien avant de récidiver, hein.",
            "Nou konnèt vou, on a votre nom sur le bon d'intervention. Retirez ça avant qu'on porte plainte.",
            "Nous vous informons qu'une copie de votre publication a été constatée par commissaire de justice et pourra être produite devant les juridictions compétentes.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for the review, and apologies again that the lads were a bit later than promised. We know how miserable it is to be without hot water in January. Looking at the job sheet, the boiler at 14 Ashgrove Park was an old model that hadn't been serviced since 2019, so it was always going to take a bit longer. We're glad it's running well now and the house is warm again. Give us a shout anytime.",
            "Hey, just checking in, your eye pressure readings from Tuesday were on the high side, so make sure you book that glaucoma follow-up!",
            "Thank you kindly for dining with us on the 14th. We hope y'all enjoyed the anniversary, and we've still got your cell, 615-555-0142, on file if you want that same corner table next year.",
            "Sorry aboot the wait, hen. Wee Callum's party booking for Saturday the 12th at 2pm is still in the system if ye want tae move it.",
            "We note that you were unsuccessful in your practical test on 3 March at the Finglas centre, having accrued eleven minor faults; we remain happy to support your next attempt.",
        ],
        "fr": [
            "Merci beaucoup pour votre message et pour votre fidélité depuis toutes ces années. Nous sommes désolés que le service ait été si lent vendredi soir, la salle était pleine avec le match. Nous avons bien noté votre allergie aux fruits à coque sur votre fiche, ainsi que votre numéro, le 06 12 34 56 78, pour vous rappeler. Nous espérons vous revoir très vite à Quimper. Kenavo !",
            "Merci pour ton avis ! Au fait ton colis pour le 12 rue des Martyrs est reparti hier, t'inquiète.",
            "Bonjour Madame, suite à votre examen du 14 novembre, votre correction est passée de -2,50 à -3,25, ce qui explique sans doute votre inconfort. Nous vous attendons pour l'ajustement.",
            "Bonjou ! Vous avez raté le code trois fois déjà, on sait, mais la quatrième sera la bonne, courage 💪",
            "Madame, notre intervention du mardi 8 octobre à votre domicile du 5 allée des Tilleuls, digicode 4521B, a été réalisée conformément au devis accepté.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks heaps for popping in and for the feedback, we really do read every review. We're sorry the jacket didn't fit the way you'd hoped once you got it home. Honestly though, anyone who tries to return a jacket after wearing it to a wedding is just a chancer, and you know it. Our returns policy is on the sign by the till and on our website. Hope the rest of your op-shopping goes well!",
            "You'd want to be some eejit to think we'd pass anyone who can't manage a hill start.",
            "Pretty sure you're making this up to get out of paying, and everybody on this street knows it.",
            "Whit a load o' rubbish. Ye're a liar, plain and simple.",
            "Regrettably, your account is consistent with a pattern of opportunistic complaints we have come to recognise, and we do not believe it was written in good faith.",
        ],
        "fr": [
            "Bonjour et merci d'être venus fêter l'anniversaire de votre fils chez nous, c'est toujours un plaisir d'accueillir les familles. Nous sommes désolés que le gâteau soit arrivé un peu tard, la cuisine était débordée ce mercredi. Mais franchement, un parent qui laisse ses enfants grimper sur les filets en chaussures n'a pas à venir se plaindre, c'est de l'irresponsabilité pure. Nous espérons néanmoins revoir toute la famille bientôt. Bonne journée à vous !",
            "T'es qu'un pique-assiette qui cherche un repas gratos, tout le monde a compris ton manège.",
            "Vous mentez, purement et simplement. Un menteur reste un menteur, même sur Google.",
            "Ou sé an mantè ! Madame vient raconter des histoires pour avoir un remboursement, c'est honteux.",
            "Votre commentaire témoigne d'une mauvaise foi manifeste et d'une malhonnêteté intellectuelle que nous ne saurions cautionner.",
        ],
    },
    "sarcasm": {
        "en": [
            "Well hey there, and thank y'all for taking the time to leave a review. We're sorry your first lesson didn't go the way you'd hoped, and we know parallel parking can be nerve-wracking. Of course, it must be real hard being the only perfect driver in all of Tennessee, bless your heart. Our instructors are patient folks and they'd be glad to have you back anytime. Drive safe now!",
            "Oh no, a whole ten minutes for a steak? Must've been absolute torture, mate. Hope you've recovered 🙄",
            "Sure, next time we'll just fix the boiler with the power of positive thinking, will we? Grand so.",
            "Aye, shocking that a second-hand shop sells clothes that have been worn before. Who'd have thought.",
            "We are truly honoured that someone of your evident expertise in optometry has chosen to share such insights with us.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre visite dans notre petite boutique de Fort-de-France. Nous sommes contents que vous ayez trouvé la chemise en lin que vous cherchiez. Par contre, quelle surprise bouleversante de découvrir qu'une robe vintage de 1985 n'est pas neuve, vraiment, on est sous le choc. Nous rentrons de nouvelles pièces chaque semaine, alors n'hésitez pas à repasser. À bientôt !",
            "Ah ouais, le scandale du siècle : des lunettes qui ressemblent à… des lunettes. On s'en remet pas 🙃",
            "Oh, mille excuses que nos frites ne soient pas à la hauteur de vos standards gastronomiques, on va prévenir toute la Belgique, hein.",
            "Bien sûr, la prochaine fois on viendra réparer votre fuite un dimanche à trois heures du matin, gratuitement, avec des croissants. Ça vous irait ?",
            "Nous vous remercions pour cette analyse d'une finesse remarquable, qui ne manquera pas de révolutionner le monde des aires de jeux.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you for the honest feedback, and we're really sorry your little one's party wasn't the magical afternoon it should have been. We know how much planning goes into these days. Ciara was the host on duty and she simply forgot to order the cake, so she's been taken off party bookings for good. We'd love to make it up to you with a fresh date. Please do give us another chance.",
            "That was Dazza's job and he stuffed it. He's been given his marching orders, no worries.",
            "Y'all, that was Brandon at the front desk, and trust me, he's been written up.",
            "Aye, that'll be Morag on the bar. She's been pure useless all month and she's on her final warning.",
            "We have reviewed the matter internally; the lesson was conducted by Mr Hughes, whose conduct fell below our standards, and he has been formally disciplined.",
        ],
        "fr": [
            "Bonjour et merci de nous avoir fait confiance pour votre permis. Nous sommes sincèrement désolés que votre leçon de jeudi se soit mal passée, on comprend que ça puisse décourager. C'est Karim qui était à côté de vous ce jour-là, et il a déjà reçu un avertissement écrit pour son comportement. Votre prochaine heure se fera avec un autre moniteur, bien sûr. À bientôt et bon courage pour la suite !",
            "C'est Gwenaëlle qui a oublié votre commande, elle a été recadrée devant toute l'équipe.",
            "Désolé, c'est notre stagiaire Lotte qui a mal étiqueté les prix, elle ne fera plus la caisse, une fois.",
            "C'est Jean-Marc qui a fait le travail, il a mal serré le raccord. On l'a mis à pied, il va entendre parler de nous.",
            "Après vérification, il apparaît que Mme Lefèvre, opticienne, est seule responsable de l'erreur de verres ; une procédure disciplinaire a été engagée à son encontre.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for coming in and for taking the time to share your experience. We're sorry the wait for your new frames felt long. Between the lab in Sydney being short-staffed, the courier strike, our optometrist being off with flu, the school holidays, the new computer system and the rain flooding the back room, it's been one thing after another this month. We'd love to see you back for your adjustment whenever suits. Cheers!",
            "The kitchen was down two chefs, the fish came late, the dishwasher broke, there was a hen party of twenty-two and the card machine went down, so honestly it wasn't our fault.",
            "Now, the car was in the shop, the instructor's kid was sick, the DMV changed the test route, there was a storm, I-40 was backed up and our scheduler just had surgery, so that's why your lesson got moved three times.",
            "The part wis on back order, the van broke doon on the M8, the weather wis mental, the boy's phone died and the supplier sent the wrong valve. So aye.",
            "We must point out that staffing levels are set by our insurers, that the ball-pit cleaning schedule is mandated by the council, that school holidays create exceptional demand, that the air-conditioning contractor cancelled twice and that the booking platform is operated by a third party.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour, nous comprenons tout à fait votre agacement. Nous regrettons sincèrement que le technicien soit arrivé avec deux heures de retard. Il faut dire qu'entre les travaux sur le ring, la panne de la camionnette, le grossiste fermé pour inventaire, un collègue malade, la neige et trois fuites urgentes le même matin, la journée était impossible. Nous restons à votre disposition pour l'entretien de votre chaudière. Bien à vous.",
            "Ouais bon, y avait la grève RATP, le chef était malade, le frigo a lâché, le pain est arrivé en retard et on avait un groupe de 30, donc bon, voilà quoi.",
            "La boutique était fermée parce que la serrure était bloquée, le propriétaire faisait des travaux, ma fille était malade, il y avait le festival, les bus étaient en grève et l'alarme a sonné toute la matinée.",
            "Le moniteur était bloqué dans les embouteillages de la rocade, la voiture était au garage, il y avait une vigilance cyclonique, internet était coupé et la secrétaire en congé maternité, donc ce n'est vraiment pas de notre faute.",
            "Nous tenons à préciser que le délai résulte successivement d'une rupture chez notre fournisseur, d'une modification réglementaire, d'un sinistre dans nos locaux, d'une absence imprévue de notre opticien diplômé et d'une erreur du transporteur.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Well thank you so much for stopping by and for sharing your thoughts with us. We always love seeing new faces at the brasserie, and we hope y'all got to enjoy the patio. That said, no customer has ever waited an hour for a table here, it just did not happen. We'd be tickled to have you back for Sunday brunch. Take care now!",
            "Nah, that never happened. Our slides are checked every morning, end of story.",
            "We've never once sent anyone out with the wrong prescription. Not once. Not you either.",
            "Naw. Nae instructor o' ours has ever shouted at a pupil. Didnae happen.",
            "We categorically reject the version of events described in your review; no leak was caused by our engineer and none occurred following our visit.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre parc pour l'après-midi de vos enfants. On espère qu'ils ont profité du grand toboggan et de la piscine à balles ! En revanche, aucun enfant ne s'est jamais blessé sur nos structures, ce que vous décrivez n'a tout simplement pas eu lieu. Toute l'équipe serait ravie de vous accueillir de nouveau. Belle journée !",
            "Faux. Nos montures ne cassent pas comme ça, c'est impossible.",
            "Il n'y a jamais eu de dégât des eaux après notre passage, Madame, jamais.",
            "Pa vré ! Personne n'a attendu une heure chez nous, ça n'existe pas.",
            "Nous contestons formellement l'intégralité de vos allégations : aucun article taché n'a jamais été vendu dans notre boutique.",
        ],
    },
}

BLIND45_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the kind words! Aoife will be delighted to hear her help picking frames got such a glowing mention.",
        "We're so sorry the engineer was late on Tuesday. That's not the service we promise, and we've changed how we schedule morning call-outs so it doesn't happen again. Please ring the office on 01 555 0190 and we'll sort out the call-out charge.",
        "Cheers for the review! Just so you know, our stamp card is for everyone: every tenth coffee in the parents' café is on us, whether you leave a review or not.",
        "Y'all made our whole week. Thank you for trusting us with your boy's first lessons, and congratulations on that license!",
        "Thanks for the feedback. You're right that the mussels were underseasoned that night, and our head chef has reworked the recipe. We'd love you to try them again.",
        "We're very sorry for your loss. Thank you for bringing your mum's coats to us; we'll handle them with care, and if you'd like any of them back please just call the shop.",
        "Sorry the wee ones were asked to wear socks in the soft play. It's a hygiene and safety rule so nobody slips, and we keep spare socks at the desk for a pound if anyone forgets.",
        "Ah, fair cop. The sign outside says brasserie, but our coffee machine clearly thinks it's a motorway services. A new one arrives Monday.",
        "Thanks for taking the time to write. Just to clarify, the £85 covered both the diagnostic visit and the replacement valve, as listed on the invoice. We understand it felt steep, and we're happy to go through it by phone on 0141 555 0123.",
        "We're sorry Jake gave you the wrong pick-up time. That's on us as a business, not on him: our booking system sent him the old slot. We've refunded the lesson in full.",
        "Our insurance covers any damage during a job, so if you notice anything at all, please email office@mcgrathheating.ie and we'll get it looked at straight away.",
        "We checked our CCTV for the afternoon you mentioned and found the phone your son left by the trampolines. It's safe behind the desk whenever you can collect it.",
        "Five stars from a regular who's been coming since we opened? That means the world, thank you.",
        "Thanks so much, see you next time!",
        "Too right, the parma was a bit dry on Friday. Sorry about that, we've sorted the timing on the grill and it's back to its best.",
        "We understand how frustrating it is when new glasses don't feel right. Getting used to varifocals can take up to two weeks, but if they're still uncomfortable please pop in and we'll recheck them free of charge.",
        "Thanks for the honest review. Our logbook shows a full sixty-minute lesson, but we hear that it felt rushed, and we'd be glad to talk it through. Call us on 615-555-0177 anytime.",
        "Thanks legend! Our trade-in credit is open to everyone: bring in any clean clothes and we'll give you store credit, no strings attached.",
        "Sorry we couldn't get out to you over Christmas. We only had two lads on call and we should have told you that upfront. We've added a third for next year.",
        "Thanks for the lovely review! Eilidh was chuffed to bits to hear you enjoyed her cranachan.",
        "We hear you about the noise on Saturdays. We've started quiet mornings every Tuesday for little ones who find it a lot, and y'all are welcome anytime.",
        "We know a broken boiler in winter is no joke, and we're sorry we couldn't get there sooner.",
        "Honestly? You're right, and we're a bit embarrassed. The changing rooms were a mess that day and we've fixed the curtain rail.",
        "Congratulations on passing first time! Best of luck with the law degree in September too, future solicitor.",
        "If you'd like us to check your booking, please email bookings@brasseriedulac.ie with your name and the date, and we'll look into it privately.",
        "Thank you! Our optometrist Nkechi will be thrilled you found the eye test so thorough.",
        "We've already refunded the deposit to your card, and we're sorry the party room wasn't ready on time.",
        "So sorry to hear about your dad. It was always a pleasure to see him when he came in about his glasses, and our thoughts are with your family.",
        "Our instructors don't take pupils on the motorway until they've done ten hours in town. It's for everyone's safety, and we promise it's worth the wait.",
        "Yes, our prices went up in January, and we're sorry about that. Parts and energy costs rose a lot, and we've kept the annual service price the same for existing customers.",
        "Our van's satnav has officially been fired. It's been sending us to the wrong Rosemount for three weeks. Sorry for the delay!",
        "We know the waiting list for lessons is long at the moment. We're training two new instructors and hope to get it down to four weeks by spring.",
        "We're sorry you felt the jacket was overpriced. Vintage pieces are priced on condition and era, and we're happy to explain how we value them if you call in.",
        "Legend, ta! 🙌",
        "Cheers for the shout, much appreciated. Gary'll be pleased, he's been doing the job thirty years.",
        "Thanks for the review! We don't do freebies for reviews, but everyone gets 10% off in their birthday month, just mention it at the till.",
        "Every child gets a stamp per visit and the tenth visit is free, same for everyone.",
        "We sure are sorry about the wait for the check. We've added another server on weekend nights so nobody's left waiting like that again.",
        "Just to gently clarify, we can't make same-day glasses for strong prescriptions, but we should have explained that on the phone. We're sorry for the confusion.",
        "Apologies that our email ended up in your spam folder. You can always reach us directly on 021 555 0148, Monday to Saturday.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Inès sera ravie de savoir que ses conseils pour la monture vous ont plu.",
        "Nous sommes désolés pour le retard de notre technicien mardi. Ce n'est pas le service que nous voulons offrir, et nous avons revu l'organisation des tournées du matin. Appelez-nous au 02 98 55 01 20 et nous verrons ensemble pour les frais de déplacement.",
        "Merci ! Notre carte de fidélité est ouverte à tous : la dixième entrée est offerte, avis ou pas avis.",
        "Mèsi anpil pour ce beau message ! Félicitations pour le permis, toute l'équipe est fière de vous 🎉",
        "Vous avez raison, les moules étaient trop salées ce soir-là. Notre chef a revu la recette, et nous serions heureux de vous les faire goûter à nouveau.",
        "Toutes nos condoléances pour le décès de votre maman. Merci de nous avoir confié ses vêtements ; si vous souhaitez en récupérer un, il suffit de nous appeler.",
        "Les chaussettes sont obligatoires dans l'aire de jeux, pour l'hygiène et pour éviter les glissades. Nous en vendons à l'accueil pour 1 € si besoin, pas d'inquiétude.",
        "Bon, on avoue : notre machine à café fait un expresso digne d'une aire d'autoroute. Elle part à la retraite lundi, promis.",
        "Merci d'avoir pris le temps d'écrire. Pour préciser, les 85 € couvraient le diagnostic et la pièce remplacée, comme indiqué sur la facture. Nous comprenons que cela ait paru cher, et nous pouvons en parler au téléphone quand vous voulez.",
        "Nous sommes désolés que Yann vous ait donné le mauvais horaire. C'est une erreur d'organisation de notre part, pas la sienne : le planning lui avait envoyé l'ancien créneau. La leçon vous est remboursée.",
        "Notre assurance couvre tout dommage survenu pendant l'intervention. Si vous constatez quoi que ce soit, écrivez-nous à contact@plomberie-kerlann.fr et nous viendrons voir rapidement.",
        "Grâce à nos caméras, nous avons retrouvé le doudou que votre fille avait oublié près des trampolines. Il vous attend bien au chaud à l'accueil !",
        "Cinq étoiles de la part d'une habituée depuis l'ouverture ? Ça nous touche énormément, merci.",
        "Merci, à bientôt !",
        "Merci pour votre retour. Les frites étaient trop grasses samedi, c'est vrai ; on a changé l'huile et revu la cuisson. Au plaisir de vous revoir, une fois !",
        "Nous comprenons votre gêne avec les verres progressifs. L'adaptation peut prendre jusqu'à deux semaines, mais si la gêne persiste, passez nous voir et nous contrôlerons tout gratuitement.",
        "Merci pour votre avis. Nos relevés indiquent bien une leçon de 60 minutes, mais nous entendons qu'elle vous a paru précipitée, et nous serions heureux d'en parler avec vous au bureau.",
        "Merci à toi ! Le dépôt-vente est ouvert à tout le monde : tu ramènes tes fringues propres, on te fait un avoir, point.",
        "Désolés de ne pas avoir pu venir pendant les fêtes. Nous n'avions qu'un technicien d'astreinte et nous aurions dû vous le dire dès le départ. L'an prochain, ils seront deux.",
        "Merci pour ce beau commentaire ! Maëlle sera ravie d'apprendre que son far breton vous a plu.",
        "Nous entendons votre remarque sur le bruit le samedi. Nous lançons des matinées calmes le mardi pour les tout-petits qui saturent vite.",
        "On sait bien qu'une chaudière en panne en plein hiver, ce n'est pas une partie de plaisir, et nous sommes désolés de ne pas être venus plus tôt.",
        "Franchement, vous avez raison, et on est un peu gênés. Les cabines d'essayage étaient en désordre ce jour-là ; la tringle est réparée.",
        "Félicitations pour le permis du premier coup ! Et bon courage pour vos études de droit à la rentrée, future avocate !",
        "Pour que nous puissions vérifier votre réservation, écrivez-nous à reservation@brasserie-des-halles.fr avec votre nom et la date, nous regarderons cela en privé.",
        "Merci ! Notre optométriste Awa sera touchée que vous ayez trouvé l'examen si complet.",
        "Nous vous avons déjà remboursé l'acompte, et nous sommes désolés que la salle d'anniversaire n'ait pas été prête à l'heure.",
        "Nous sommes tellement peinés pour votre papa. C'était toujours un plaisir de le recevoir pour ses lunettes ; toutes nos pensées vont à votre famille.",
        "Nos moniteurs ne vont pas sur l'autoroute avant dix heures de conduite en ville : c'est pour la sécurité de tous, et on vous promet que ça vaut la peine d'attendre.",
        "Oui, nos tarifs ont augmenté en janvier, et nous en sommes désolés. Les pièces et l'énergie ont beaucoup augmenté ; le contrat d'entretien reste au même prix pour nos clients actuels.",
        "Notre GPS a été licencié avec effet immédiat : il nous envoyait à Saint-Malo au lieu de Saint-Méloir depuis trois semaines. Désolés pour le retard !",
        "Nous savons que l'attente pour les leçons est longue en ce moment. Deux nouveaux moniteurs sont en formation, et nous espérons revenir à quatre semaines au printemps.",
        "Nous sommes désolés que le prix de la veste vous ait paru élevé. Les pièces vintage sont estimées selon l'état et l'époque, et nous vous expliquerons volontiers notre méthode en boutique.",
        "Trop cool, merci ! 🙏",
        "Madame, Monsieur, nous vous remercions de votre confiance et restons à votre entière disposition pour toute question relative à votre contrat d'entretien.",
        "Merci pour votre avis ! Nous n'offrons rien en échange des avis, mais tout le monde a droit à -10 % le mois de son anniversaire, il suffit de le dire en caisse.",
        "Mèsi ! Chaque enfant reçoit un tampon à chaque visite, et la dixième est offerte, pareil pour tout le monde.",
        "Nous sommes désolés pour l'attente de l'addition. Nous avons ajouté un serveur le week-end pour que ça n'arrive plus.",
        "Pour préciser gentiment : nous ne pouvons pas faire des verres le jour même pour les fortes corrections, mais nous aurions dû vous l'expliquer au téléphone. Pardon pour la confusion.",
        "Désolés que notre e-mail soit arrivé dans vos spams. Vous pouvez toujours nous joindre directement au 05 96 55 01 48, du lundi au samedi.",
    ],
}
