"""Blind reply set, round 26: owner replies the pre-post check has never seen.

Who and when: written by helper 18b26, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, blind round 24).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business not favoured in round 20 (veterinary clinics, driving
schools, bike repair shops, wedding venues, dental practices, campsites,
bakery chains, phone repair kiosks, language schools and car washes).  Each
French reply was written directly in French, not translated.  Apart from the
first seventy-five lines of the round 20 file, read only to copy its format,
the writer did NOT read the application code (workstation/), docs/,
training/, bench/, resources/, any other test file or earlier blind set, any
other helper's worktree, the git history or /work/.library; did not run the
check, any test or any bench on these replies (only a syntax parse, a count
of entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: English from Glasgow, Aberdeen, Dundee and the
Highlands (Scottish English, with a few Scots words), Cape Town and Durban
(South African English and slang), Toronto, Vancouver and Ontario generally
(Canadian English), texting with emoji, very formal corporate English and an
older speaker's very polite style; French from Marseille (provençal turns),
Lille (ch'ti touches), Lyon (gones and local pastries), Réunion (créole
mixed in), texting, very formal administrative French, an older speaker's
very polite style and unaccented French; indirect phrasings and euphemisms;
short one-liners; and, for every code and language, one long warm reply (the
first of each list) whose fault sits in a single clause.  Good replies
include look-alikes that are not faults: a loyalty card or refer-a-friend
scheme open to everyone whatever they write, the business's own phone,
e-mail, address or opening hours, staff praised by first name, a refund
already made, a goodwill gesture not tied to any review, one honest reason
given with an apology, legal terms, insurance, the police, the gendarmerie
or CCTV mentioned neutrally or to help the customer, a joke at the
business's own expense, a star rating quoted neutrally, polite factual
disagreement that keeps the door open, thanks to happy customers, an
invitation to call or e-mail, an apology for a named employee's mistake with
the business taking responsibility, short warm thanks, congratulations on a
wedding, an engagement, a driving test or an exam, condolences for a pet, a
safety rule (fire ban, X-ray room, nut allergy) explained kindly, a price
change explained with an apology and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND26_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Och, thank you so much for this lovely review, it's made the whole surgery's week. Bramble was such a brave wee lass for her vaccinations, and our nurse couldn't stop talking about how she tried to lick everyone in the waiting room. We're really glad the new flea treatment is working and that the itching has finally settled down. If you pop back on and bump your rating up to the full five stars, we'll take 20% off her next booster jab as a wee thank you. Give her a cuddle from all of us here in Glasgow!",
            "cheers bru 🚗✨ update ur review to 5 stars and ur next full valet is on us, lekker!",
            "Should you feel able to revise your review of the venue, we would be delighted to extend a complimentary upgrade to our champagne package for your first anniversary dinner.",
            "Funny thing, folks who leave us five stars tend to find a free cinnamon bun waiting at the till next time they're in. Just saying 😉",
            "Sorry about the wait on the tune-up. Delete this one and we'll throw in free winter storage for the bike, no charge, no questions.",
        ],
        "fr": [
            "Bonjour et un grand merci pour ce message après votre semaine au camping ! Nous sommes ravis que la petite crique en contrebas vous ait plu et que les enfants aient passé leurs journées à chercher des oursins avec nos moniteurs. Toute l'équipe a mis du cœur à rénover les sanitaires cet hiver, alors lire que tout était impeccable nous touche beaucoup. Si vous modifiez votre avis pour nous mettre cinq étoiles, nous vous offrirons une nuitée supplémentaire lors de votre prochain séjour. Au plaisir de vous revoir sous les pins, et bonne rentrée à toute la famille !",
            "Merci biloute ! Mets-nous 5 étoiles et t'auras un merveilleux offert à tin prochain passage, hein 😉",
            "Nous vous informons qu'une remise de 15 % sur votre prochain forfait de leçons de conduite vous sera accordée sur présentation d'une capture d'écran de votre avis modifié.",
            "Mèrsi ! Si ou mette 5 étoiles, nou offre aou la vitre de protection pou ou téléphone, la prochaine fois ou passe au kiosque 📱",
            "Un petit geste de votre part sur la note, et nous ferons un petit geste sur votre prochain détartrage. Chacun son tour 🙂",
        ],
    },
    "intimidation": {
        "en": [
            "Thanks for taking the time to write about your lessons with us, and well done again on getting your confidence back on the dual carriageway. We know Aberdeen's roundabouts can be a nightmare for anyone learning, and our instructors genuinely enjoyed seeing you improve week on week. We're always open to feedback about how we run things, and we've already looked at how we handle cancelled slots. That said, your instructor's dashcam recorded every lesson, and if this review isn't taken down by Friday our solicitor will be in touch about defamation. We wish you all the best with the test.",
            "We have your number plate on camera, boet. Think very carefully before you post about us again.",
            "Just so you know, we've passed your name to every campground in Ontario. Good luck booking anywhere this summer.",
            "Please be advised that your review has been forwarded to our legal counsel and that the practice reserves the right to seek damages for the harm caused to its reputation.",
            "keep posting lies n see wat happens 👀 we know where u work m8",
        ],
        "fr": [
            "Merci d'avoir pris le temps de nous écrire après votre mariage au domaine. Nous gardons un souvenir ému de votre entrée sous les platanes et du lâcher de lanternes au-dessus des vignes, et toute l'équipe a été touchée par le discours de votre témoin. Nous entendons vos remarques sur le service du dessert et nous en avons déjà parlé avec notre traiteur lyonnais. Nous tenons toutefois à vous prévenir que si ce commentaire n'est pas retiré sous huit jours, notre avocat engagera une procédure pour diffamation. Nous vous souhaitons, malgré tout, beaucoup de bonheur à tous les deux.",
            "Oh fada, tu crois qu'on t'a pas reconnu ? Reviens au lavage et tu vas voir comment on va t'accueillir.",
            "Nous vous informons que votre avis a été transmis à notre service juridique, lequel se réserve le droit d'engager toute poursuite utile à votre encontre.",
            "continue tes avis bidon et on balance ta tête sur tous les groupes vélo de la ville 😡",
            "Eh bin, t'as intérêt à pus r'mettre les pieds dans nos boulangeries, on a affiché ta photo à toutes les caisses, hein.",
        ],
    },
    "personal_data": {
        "en": [
            "Thank you for getting in touch, and we're genuinely sorry that your crown has been giving you trouble since you were last in with us. Nobody should have to put up with that kind of sensitivity, especially over the festive season, and our whole team in Cape Town wants to get it sorted properly. Dr Naidoo has already gone back over the notes from your appointment on Tuesday 14 October at 3.15pm, Mrs Van der Merwe, and our receptionist will ring you on 082 555 0147 this week to book a review. In the meantime, a soft toothbrush and a desensitising toothpaste should help. Thanks again for your patience with us.",
            "Hi there, your silver Corolla, reg CA 123-456, went through the wash at 10:42 on Saturday, we have the slip right here.",
            "Hey Mark, we checked work order #BR-20931: the derailleur was adjusted as agreed and you paid with the Visa ending 4417.",
            "sry bout that! sent the invoice again to jenny.mcleod88@gmail.com, check ur spam 👍",
            "Dear Mr Okonkwo, we confirm that your enrolment (student ID LS-4471, Intermediate B1, Tuesdays and Thursdays at 18:00) remains active and that our registrar will write to you at 12 Dunmore Crescent.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message qui nous a beaucoup touchés. Caramel est un chat adorable, et nous comprenons parfaitement votre inquiétude après son opération, d'autant plus qu'il n'avait jamais passé une nuit loin de la maison. Nos vétérinaires ont relu son dossier avec attention ce matin et tout semble bien se dérouler, mais nous préférons en parler de vive voix : nous rappellerons Madame Giraud au 06 12 34 56 78 dès demain matin. Toute l'équipe de la clinique de la Croix-Rousse lui envoie de grosses caresses et lui souhaite un prompt rétablissement.",
            "Pas de souci, on a retrouvé votre passage : la Clio grise immatriculée FG-482-KL, samedi à 11 h, c'était bien vous !",
            "Nous accusons réception de votre réclamation relative au dossier n° 2026-0884 ouvert au nom de M. Julien Lefebvre, né le 3 mars 2004, inscrit en formation B.",
            "c bon on t a renvoyé la facture sur kevin.martin59@hotmail.fr 👌",
            "Mèrsi la famille Payet pou zot mariage le samedi 12 septembre ! La facture n° 2026-118 i attend à zot au 14 chemin des Goyaviers, Saint-Pierre.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for your review, and for being such a regular at our Perth Road shop over the years. We know how much you love the steak bridies, and the girls behind the counter always look forward to seeing you on a Saturday morning. We've taken your comments about the pastry to the bakehouse and they're looking at the oven temperatures this week. We'd also say, with respect, that this is the third time you've complained after finishing the whole box, and we think you're just angling for a free one. We hope to see you again soon all the same.",
            "Nice try, but we both know you're making this up to get your deposit back.",
            "Ag shame, another chancer wanting a free valet. Not happening, china.",
            "It is regrettable that a guest whose conduct on the evening was, frankly, boorish should now choose to misrepresent events in this forum.",
            "lol ur the one who dropped it in the bath, stop lying 🤡",
        ],
        "fr": [
            "Bonjour, et merci d'avoir suivi notre session d'anglais intensif cet automne. Nous sommes contents que votre groupe ait été aussi soudé, et nos formateurs ont beaucoup apprécié les soirées conversation au café du quai Saint-Antoine. Nous prenons note de vos remarques sur le manuel, qui sera d'ailleurs remplacé pour la session de janvier. Nous avons cependant du mal à croire à votre version : vous cherchez visiblement à vous faire rembourser un trimestre que vous avez suivi jusqu'au bout. Nous vous souhaitons une bonne continuation dans votre apprentissage.",
            "Arrête de raconter des craques, t'es un menteur et tout le quartier le sait.",
            "Nous constatons que vos allégations relèvent manifestement de la mauvaise foi et visent uniquement à obtenir des soins gratuits.",
            "Eh boubourse, tu veux juste des croissants gratis, hein, on t'connaît !",
            "Ou lé in menteur, ou la jamais payé le lavage complet, arrête raconte zafèr.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for taking the time to write this, and congratulations again on passing your test at the second attempt, that's a brilliant result. We're pleased you found your instructor calm and patient, and we'll pass on your kind words about the mock tests on the Shieldhall route. We hear you on the early starts, too. Of course, we'll get right on installing a time machine so that lessons can begin after your lie-in finishes, what a genius suggestion that is. Safe driving, and enjoy the freedom of the open road!",
            "Wow, what a shock that the cat didn't enjoy the thermometer. Truly groundbreaking feedback.",
            "Shame, shame. A whole R150 for a puncture repair. Must be the end of the world, hey 🙄",
            "We are deeply sorry that our dentists have not yet mastered painless injections for patients who flinch at the mere sight of a mirror.",
            "omg a croissant with flaky crumbs?? someone call the news 😱🙄",
        ],
        "fr": [
            "Merci pour votre retour et pour ces deux semaines passées avec nous au-dessus des calanques. Nous sommes ravis que la piscine et les soirées pétanque vous aient plu, et que vos enfants aient sympathisé avec ceux des emplacements voisins. Nous avons bien noté la remarque sur l'éclairage des allées, qui sera revu avant l'été prochain. Nous tâcherons aussi de faire taire les cigales à partir de 22 h, puisque c'est visiblement notre faute si la Provence chante en juillet. Au plaisir de vous revoir au soleil !",
            "Ah ouais, vingt minutes d'attente pour un pain au chocolat, quel drame, faut appeler la télé !",
            "Nous prenons bonne note de votre étonnement de devoir parler anglais en cours d'anglais, remarque d'une grande pertinence.",
            "Ah bon, l'écran la cassé tout seul dan la poche ? Lé magique ou téléphone 😂",
            "Désolés que le beaujolais n'ait pas coulé à flots au point de vous faire oublier l'heure de fin. Quelle tragédie, vraiment.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thank you both so much for choosing us for your big day, and for such a heartfelt review. The ceilidh was one of the liveliest we've ever hosted, and seeing your gran up dancing the Gay Gordons at midnight was a highlight for the whole team. We're delighted the photos by the walled garden turned out so beautifully. The one sour note was the delay with the evening buffet, and that was entirely down to Craig, our events coordinator that night, who forgot to pass your timings to the kitchen. Wishing you every happiness in your married life.",
            "That was Tyler's shift. He's the one who missed the rims, not us.",
            "Apologies, the receptionist Thandi double-booked you, she's always making these mistakes.",
            "ya that was our new guy Ahmed, he dnt know wat hes doing tbh 🤷",
            "We wish to make clear that the cancelled lesson was the sole responsibility of Ms Fraser, the tutor assigned to your group, who failed to notify the office.",
        ],
        "fr": [
            "Merci infiniment pour ce message plein de gentillesse. Nous sommes tellement heureux que Pistache se soit bien remise de sa stérilisation et qu'elle ait déjà repris ses courses dans le jardin. Nos vétérinaires ont beaucoup apprécié votre confiance et la façon dont vous avez suivi les soins à la maison. Le seul couac, c'est l'attente à l'accueil, et là c'est vraiment la faute de notre assistante Océane, qui a encore oublié de noter votre rendez-vous. Nous vous souhaitons de belles promenades à toutes les deux sur les quais de Saône.",
            "C'est Momo qui était au Kärcher ce jour-là, c'est lui qui a raté les jantes, pas la maison.",
            "Il convient de préciser que l'incident relève de la seule responsabilité de M. Dubreuil, moniteur chargé de votre leçon.",
            "Ch'est la nouvelle vendeuse de la rue Gambetta, la Jessica, elle comprend rien, ch'est elle qui s'est trompée dans vot' commande.",
            "dsl c lucas qui a monté ta chaîne à l'envers, il est nul ce mec 🙄",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for staying with us by the loch, and we're really glad the kids loved the red squirrels and the boat trip to the island. It's always lovely to hear that families get that proper Highland quiet at night. About the showers: the boiler was serviced in March, but the plumber couldn't come out until the Tuesday because of the ferry timetable, our backup heater was on loan to the village hall, two of our staff were off sick, the bank holiday crowds doubled the demand and the midges meant we couldn't keep the block doors open, so honestly there was no way anyone could have had hot water that weekend. Hope to see you next summer.",
            "The brushes were fine. It was minus 30 that morning, the water lines froze, the dryer fan was on backorder from Calgary, the power flickered twice and we were down a guy, so yeah, streaks happen.",
            "Load-shedding hit at 2pm, the generator was being serviced, the supplier in Joburg sent the wrong screen, the courier got stuck on the N2 and the adhesive needs four hours to cure, so there was honestly nothing we could do.",
            "The delay is attributable to an earlier emergency extraction, a software update mandated by the health authority, the late arrival of the hygienist owing to roadworks and the statutory sterilisation cycle between patients, none of which was within the practice's control.",
            "ok so the oven broke, the flour delivery was late, 2 ppl called in sick, the till crashed AND it was raining so everyone came in at once 🤷 not our fault",
        ],
        "fr": [
            "Merci pour ce retour et pour vos mots sur la cérémonie laïque dans le jardin, c'était un moment magnifique et toute l'équipe en garde un souvenir très fort. Nous sommes heureux que la décoration et les fleurs aient été à la hauteur de vos attentes. Concernant le retard du dîner, il faut savoir que le traiteur a été bloqué sur le périphérique, que le groupe électrogène a lâché à cause de l'orage, que deux serveurs nous ont fait faux bond le matin même, que la mairie nous impose de couper la musique à une heure et qu'avec 180 invités au lieu des 150 prévus, personne n'aurait pu faire mieux. Encore tous nos vœux de bonheur !",
            "Le vélo était pas prêt parce que la pièce vient d'Italie, que le transporteur était en grève, que le mistral a arraché le store, que mon collègue était malade et qu'en plus c'était la semaine du derby, voilà.",
            "Le report de votre examen résulte de la réduction des places attribuées par la préfecture, de l'indisponibilité du véhicule à double commande, de la révision du planning des inspecteurs et des contraintes réglementaires en vigueur, éléments indépendants de notre volonté.",
            "Lé pa nout faute : la pièce la pa arrivé, l'avion la été retardé, le cyclone la passé, la douane la bloqué le colis et nout technicien lété malade, alors kosa ou vé nou fé ?",
            "alors le rouleau était en panne, le produit en rupture, y avait la queue jusqu'au rond-point, il pleuvait et le terminal CB buggait donc bon voilà quoi",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks so much for the kind words about Jen and how quickly she got your commuter bike back on the road. We know how much you rely on it for the ride down to the lakeshore, and we're glad the new brake pads have made such a difference in the wet. Our workshop is small, but we try hard to treat every bike like it's our own. As for the scratched frame, that simply did not happen in our shop, and no bike has ever left here with a mark on it. Thanks again for supporting a local Toronto business, and ride safe this winter!",
            "No ways. Nobody here scratched your bakkie. Never happened.",
            "There was nae hair in any pie of ours. Didnae happen, simple as.",
            "We categorically deny that any lesson was cancelled during the period in question.",
            "nope, never happened, no one has ever been charged twice here 👋",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de laisser un avis sur notre cabinet. Nous sommes contents que l'accueil vous ait plu et que vous ayez trouvé la salle d'attente agréable, notre assistante a mis beaucoup de soin à la réaménager cet été. Nous savons que les soins dentaires ne sont jamais un moment facile, et nous faisons tout pour que nos patients lillois se sentent à l'aise. Quant à la douleur après l'extraction, cela n'est tout simplement pas possible : aucun patient n'est jamais ressorti de chez nous avec un soin mal fait. Belle fin d'année à vous.",
            "N'importe quoi, y a jamais eu de rayure sur votre voiture, ça n'est jamais arrivé.",
            "Nous contestons formellement l'existence de tout dysfonctionnement des sanitaires à la date indiquée.",
            "Nou la jamais vend in pain rassis, jamais, sa lé pa vré.",
            "non c faux, aucun chien a jamais été blessé ici, point",
        ],
    },
}

BLIND26_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for this! Wee Hamish was a brave boy for his stitches, and Dr Campbell says he's the best-behaved Westie she's seen all month. Give him a clap from us all.",
        "Thank you for the lovely words about our sourdough! Just so everyone knows, our stamp card is open to all: every tenth loaf is on us, whether or not you ever leave a review. Ask at any of our branches.",
        "We're very sorry your new filling has been sensitive. Please ring the practice on 0141 496 0012 (Monday to Friday, 8am to 6pm) and we'll see you for a free check as soon as we can.",
        "Congratulations on passing first time! Lindsay will be chuffed to bits, she said your reverse park in the last lesson was spot on. Drive safe!",
        "Sorry the replacement screen started flickering after two days. We refunded the full R1,200 to your card this morning, and you're welcome to bring the phone back any time for a free look.",
        "You're right, and we're sorry. Our dryer was down on Saturday and we should have told customers before they paid. The part is in and it's running again, and if you'd like to come back, your next wash is on us.",
        "We're so sorry your bike went missing from the pitch. We've pulled the CCTV from the entrance barrier and handed it to the police, and our insurer has the incident reference if you need it for your own claim. Please get in touch at hello@lochsidecamping.co.uk so we can help however we can.",
        "Guilty as charged: our baker got a bit carried away with the cinnamon, and we are now officially the spiciest bakery in Dundee. We've toned it down, so do come back and give us another go.",
        "Thank you for your three-star review. We take every rating seriously, and your point about the pace of the conversation classes is a fair one. We're reorganising the levels for January and would love to hear more at info@harbourlanguages.co.uk.",
        "Thanks for the feedback. Our records show the quote we gave was for parts only, and I'm sorry if that wasn't clear at the counter. We've since changed our quote forms to show labour separately. Happy to go through it with you at 416-555-0182 any time.",
        "We're truly sorry. Jamie put the wrong table plan on the easel, but that's on us as a team, and we should have checked it before your guests arrived. We've added a second check to every wedding from now on, and I'd love to talk to you both directly.",
        "We are so very sorry for the loss of Bella. Fourteen years is a lifetime of love, and it was a privilege to care for her at the end. Our thoughts are with your whole family.",
        "Congratulations to you both! What a day, the sun came out just in time for the vineyard photos. Thank you for choosing us, and we'd love to welcome you back for your first anniversary.",
        "We're sorry the campfire rule spoiled your evening. With the current fire ban across the province, open fires aren't allowed on any pitch, but we lend out gas stoves free of charge at the office. Thanks for understanding.",
        "You're right that the full valet has gone up by R20, and we're sorry the new price board wasn't up in time. Water and chemical costs rose sharply this year; the basic wash stays the same price.",
        "Cheers for the 5 stars mate, glad the new battery's holding up 🔋🙌",
        "We're sorry your visit didn't go as it should have. We'd like to understand what happened, so could you call our office manager, Priya, at 604-555-0133? We want to make this right.",
        "Thanks for asking. For clarity, all our cars are dual-controlled and fully insured for learner drivers, and that cover is included in your lesson fee. Any other questions, just give us a ring.",
        "Sorry there wasn't a place left in the Tuesday evening French class. We keep a waiting list, first come first served, and we'll e-mail you the moment a spot opens up.",
        "Thanks for the lovely review! For anyone reading: we run a refer-a-friend scheme, and if a friend books a block of lessons you both get a free hour. It's open to every pupil, review or no review.",
        "Sorry we'd sold out of pies by the time you got there. Our Perth Road shop bakes a second batch at 1pm, and we're open till 5.30, Monday to Saturday, so an afternoon visit might suit you better.",
        "We're very sorry to hear your car was broken into while it was parked with us. If you haven't yet, please report it to the police; we'll gladly give them our camera footage, and you can reach the manager directly on 0141 496 0321.",
        "thx for the shout out!! glad the commute's smooth again 🚲😊",
        "Thank you for your feedback regarding appointment availability. We acknowledge that waiting times this autumn have been longer than we would wish, and we apologise. Two additional hygienists join the practice in January, and our patient services team can be reached at feedback@westenddental.co.uk.",
        "You're absolutely right, the dance floor was too small for 150 guests and we should have said so at the planning meeting. We're sorry. We've since extended the deck and changed our advice for larger weddings.",
        "Thank you so very much for your kind words. It is always a joy to see dear old Tammy trotting in, and we are delighted that the new tablets have helped her joints. With warmest regards from everyone at the surgery.",
        "Fair cop: our 'one-hour repair' turned into a three-hour saga, and we're sorry. Even the clock on the wall looked embarrassed. We've taken on a second technician for weekends.",
        "We're sorry you felt the pitch was smaller than advertised. Our pitches measure 10m by 8m, as shown on the booking page, but we understand a large awning can make them feel tight. Next time just mention it and we'll put you on one of our bigger hardstanding pitches.",
        "Sorry the butter tarts were all gone by noon. One of our delivery trucks broke down on the 401 that morning, so two shops got half their usual stock. That shouldn't have been your problem, and we apologise.",
        "We're sorry the course was cancelled at such short notice. The full fee of £240 was refunded to your original payment method on Monday; please let us know if it hasn't shown up yet.",
        "Thanks a bunch! We'll pass your kind words on to Marc and Sophie, who did the interior. They'll be thrilled.",
        "We're so sorry the wheel failed after our repair. Please bring the bike in and we'll inspect it for free; if our work was at fault, our insurance will cover the damage and any costs you've had. You can call Dave on 0141 496 0877.",
        "A four-star from a regular is high praise, thank you! We're working on the parking situation.",
        "Cheers pal, glad the motor's sparkling again!",
        "We're sorry you were asked to wait outside with your toddler during the X-ray. For safety, only the patient can be in the room while it's taken, but we should have explained that more kindly, and we will next time.",
        "Thanks for asking about nuts. We're sorry we couldn't promise a nut-free birthday cake: everything we make comes out of a kitchen that handles nuts, and we'd never want to take that risk with your son. We're happy to recommend a local nut-free baker.",
        "We understand the bill came as a shock, and we're sorry we didn't give you an estimate before the X-rays. Our prices rose in April with the new equipment, and we should have talked it through with you first. Please ring us on 0141 496 0555 and we'll go through it line by line.",
        "Congratulations on your engagement! The sunset over the loch clearly did its job. Thank you for choosing us for such a special moment.",
        "Thank you for your kind words about your IELTS preparation course, and congratulations on your band 7.5. We wish you every success with your studies in Vancouver.",
        "We're sorry you felt the lesson was cut short. Our lessons run 60 minutes from pickup to drop-off, including the drive to the test route, which we explain at booking, but we know it can feel short. We'd be glad to talk about a 90-minute option; just e-mail lessons@firstgeardriving.ca.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil mot ! Toute l'équipe de la rue de Béthune est ravie que la tarte au sucre vous ait rappelé celle de votre grand-mère. À bientôt, hein !",
        "Merci pour votre visite ! Petit rappel : notre carte de fidélité est ouverte à tous, sans condition. La dixième baguette est offerte, que vous laissiez un avis ou non.",
        "Nous sommes profondément désolés pour le départ de Filou. Il a eu une longue et belle vie à vos côtés. Toute l'équipe de la clinique pense bien à vous.",
        "Nous sommes navrés que la couronne vous gêne encore. N'hésitez pas à appeler le cabinet au 04 65 71 20 20, du lundi au vendredi, nous vous recevrons rapidement pour un contrôle sans frais.",
        "Bravo pour le permis du premier coup ! Nadia est trop fière de vous, elle nous a parlé de votre créneau toute la semaine.",
        "Nou lé vraiment désolé pou l'écran. Le remboursement de 89 € la été fé hier sur votre carte bancaire. Revenez quand zot vé, nou va vérifier le téléphone gratuitement.",
        "Vous avez raison, et nous vous présentons nos excuses : le portique de séchage était en panne samedi et nous aurions dû vous prévenir avant le paiement. Il est réparé depuis lundi, et votre prochain lavage vous est offert si vous souhaitez revenir.",
        "Nous sommes désolés pour le vol de vos vélos. Nous avons transmis les images de vidéosurveillance à la gendarmerie, et notre assureur peut vous fournir une attestation pour votre déclaration. Écrivez-nous à accueil@campinglesbaumes.fr, nous ferons tout pour vous aider.",
        "Bon, on plaide coupable : la praline rose a eu la main un peu lourde ce jour-là, et vos dents s'en souviennent sûrement. On a revu la recette, promis !",
        "Merci pour votre note de trois étoiles. Vos remarques sur le rythme des cours de conversation sont très justes, et nous revoyons les groupes de niveau pour la rentrée de janvier.",
        "Merci pour votre retour. D'après notre fiche atelier, le devis portait sur la pièce seule, hors main-d'œuvre, mais nous comprenons que ce n'était pas clair et nous en sommes désolés. Passez nous voir quand vous voulez, on regardera ça ensemble.",
        "Nous vous présentons toutes nos excuses. Julien a servi le mauvais vin d'honneur, mais c'est à nous, à la direction, de vérifier chaque commande : l'erreur est la nôtre. Nous avons mis en place une double vérification et nous aimerions vous rencontrer pour en parler.",
        "Félicitations aux jeunes mariés ! Quel bonheur de vous voir danser le séga jusqu'au bout de la nuit. Merci de nous avoir fait confiance pour ce grand jour.",
        "Nous sommes désolés que l'interdiction des barbecues vous ait déçus. En période de risque incendie, la préfecture les interdit sur tout le massif ; des planchas électriques sont prêtées gratuitement à l'accueil.",
        "Vous avez raison, le programme complet est passé de 12 à 14 €, et nous aurions dû l'afficher plus clairement. Nous en sommes désolés. La hausse vient du prix de l'eau et de l'électricité ; le lavage simple, lui, ne change pas.",
        "merci pour les 5 étoiles 🙏 contents que le nouvel écran tienne le coup !",
        "Madame, Monsieur, nous accusons réception de votre avis et vous prions de bien vouloir accepter nos excuses pour le report de votre leçon. Notre secrétariat se tient à votre disposition au 04 65 71 12 34, du lundi au vendredi de 9 h à 18 h, afin de convenir d'un nouveau créneau.",
        "Pour répondre à votre question : tous nos véhicules sont équipés de doubles commandes et assurés pour l'apprentissage, conformément à la réglementation. Cette assurance est comprise dans le prix de la leçon.",
        "Désolés qu'il n'y ait plus de place dans le cours d'italien du jeudi soir. Nous tenons une liste d'attente par ordre d'inscription et nous vous écrirons dès qu'une place se libère.",
        "Merci ! Et pour tout le monde : not' parrainage est ouvert à tous nos élèves, un ami inscrit, ch'est une heure de conduite offerte à chacun, avis ou pas avis.",
        "Désolés, les navettes étaient toutes parties avant votre passage ! On en refait une fournée à 15 h au magasin du Vieux-Port, ouvert de 7 h à 19 h tous les jours. À bientôt !",
        "Nous sommes vraiment désolés pour l'effraction de votre véhicule sur notre parking. Nous tenons les enregistrements à la disposition de la police dès que vous aurez porté plainte, et le gérant reste joignable au 04 65 71 45 67.",
        "Merci mille fois, ça nous fait plaisir ! Votre vélo est reparti comme un avion, profitez bien de la Corniche 🚴",
        "Nous vous remercions de votre retour concernant les délais de rendez-vous. Nous reconnaissons que l'attente a été trop longue cet automne et vous prions de nous en excuser. Un nouveau praticien rejoindra le cabinet en janvier.",
        "Vous avez entièrement raison : la piste de danse était trop petite pour 160 invités, et nous aurions dû vous le signaler lors de la visite. Nous en sommes désolés. Nous avons agrandi la terrasse depuis.",
        "Chère Madame, nous vous remercions infiniment pour votre aimable message. C'est toujours un plaisir d'accueillir votre vieux Pompon, et nous sommes heureux que son nouveau traitement le soulage. Veuillez agréer nos sentiments les meilleurs.",
        "Bon, notre « réparation en 30 minutes » a duré deux heures… même notre chrono avait honte. Désolés ! On a embauché un deuxième technicien pour le samedi.",
        "Nous sommes désolés que l'emplacement vous ait paru petit. Nos emplacements font 100 m², comme indiqué sur le site, mais avec un grand auvent on comprend que ça puisse sembler juste. Signalez-le à la réservation et nous vous proposerons un emplacement grand confort.",
        "Désolés pour les étagères à moitié vides samedi. Not' four principal est tombé en panne à 4 h du matin et on n'a pu cuire que la moitié de la fournée. Ch'est pas normal pour vous, et on s'en excuse.",
        "Nous sommes désolés de l'annulation tardive du stage. Les 180 € vous ont été remboursés lundi sur votre moyen de paiement ; n'hésitez pas à nous écrire s'ils n'apparaissent pas.",
        "Mèrsi bien ! Nou va dire à Jimmy et Sandrine, zot la fé l'intérieur, zot va èt contents !",
        "Nous sommes vraiment désolés que la roue ait lâché après notre intervention. Rapportez-nous le vélo : nous l'examinerons gratuitement, et si notre travail est en cause, notre assurance responsabilité civile prendra en charge les dégâts.",
        "Quatre étoiles de la part d'un habitué, on prend ! Merci, et on travaille sur le stationnement.",
        "Merci les gones, à bientôt à l'atelier !",
        "Nous sommes désolés que vous ayez dû attendre dehors avec votre enfant pendant la radio. Pour des raisons de radioprotection, seul le patient peut rester dans la salle, mais nous aurions dû vous l'expliquer plus gentiment.",
        "Merci pour votre question. Nous sommes désolés de ne pas pouvoir garantir un gâteau sans fruits à coque : tout est fabriqué dans le même atelier, et nous ne voulons prendre aucun risque pour votre fils.",
        "Nous comprenons que la facture vous ait surpris, et nous sommes désolés de ne pas vous avoir remis de devis avant les radios. Appelez-nous au 04 65 71 98 76, nous la reprendrons ligne par ligne avec vous.",
        "Félicitations pour vos fiançailles ! Le coucher de soleil sur le lagon a bien fait son travail 😊 Merci d'avoir choisi notre camping pour un moment si particulier.",
        "Nous vous remercions de votre appréciation relative à la préparation au DELF B2 et vous adressons nos sincères félicitations pour l'obtention de votre diplôme.",
        "Nous sommes désolés que la leçon vous ait paru courte. Nos leçons durent 60 minutes, trajet jusqu'au circuit d'examen compris, comme précisé à l'inscription. Nous pouvons tout à fait vous proposer des leçons de 90 minutes : écrivez-nous à contact@autoecole-bellecour.fr.",
    ],
}
