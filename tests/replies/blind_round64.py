"""Blind reply set, round 64: owner replies the pre-post check has never seen.

Who and when: written by helper b64, an independent writer, on 2026-12-05,
for the pre-post reply check (blind round 64).

How it was written: every reply below was invented from the writer brief's
list of faults and of good-reply traits only, as realistic public replies by
owners of six kinds of business: an optician, a removals company, a karting
track, a cheese shop, a physiotherapy practice and a guesthouse on a farm.
Each French reply was written directly in French, not translated.  Apart from
the writer brief, the first seventy-five lines of
tests/replies/blind_round20.py (read only to copy its format) and the
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
Registers, drawn from: Australian casual English, an Alsatian or
northern-French voice (Strasbourg, Colmar, Mulhouse, Lille, Roubaix, Arras, Lens,
Dunkerque), legalistic and stiff wording in both languages, gentle humour, a
teenager helping at the family business (texting style, emoji), and a
franchise head office's corporate voice; veiled and polite phrasings, slang
and short one-liners; and, for every code and language, one long warm reply
(the first of each list) whose fault sits in a single sentence in the middle.
Good replies include look-alikes that are not faults: a loyalty card or
referral scheme open to everyone whatever they write, the business's own
phone, e-mail, address or opening hours, staff praised by first name, an
employee's mistake owned by the business, a refund already made, condolences,
safety rules explained kindly (helmets, kart flags, farm animals, lifting),
polite factual corrections that keep the door open, legal or insurance terms
mentioned neutrally, a star rating quoted neutrally, and humour at the
business's own expense.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND64_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "G'day and thanks heaps for coming out to the track with the whole footy team for Brodie's send-off. It sounds like the grand final heat was an absolute cracker, and we're stoked the lads kept it clean on the hairpin. Our marshals reckon it was one of the loudest groups we've had all winter, in the best way. If you bump this one up to five stars, flash us the review at the counter and the next ten-lap session's on the house for you. Hope to see the crew back before Christmas, mate!",
            "Thanks for stopping by the cheese counter! Quick one: any customer who edits their review to 5 stars this month gets a free 200 g wedge of aged comté at the till 🧀",
            "We'd be more than happy to cover the cost of your next pair of lenses in full, once the one-star rating above has been revisited.",
            "omg thank u!! my dad says if u change it to 5 stars ur next night at the farm is half price lol 🐄✨ just show the review when u check in",
            "Head office wishes to inform all guests that any review amended to a five-star rating before 31 January qualifies for a complimentary physiotherapy follow-up at any participating clinic.",
        ],
        "fr": [
            "Bonjour et merci de tout cœur pour ce gentil message après votre déménagement de Colmar à Mulhouse. Nous savons combien un déménagement avec deux enfants en bas âge peut être éprouvant, et nous sommes contents que l'équipe ait réussi à monter l'armoire de grand-mère par l'escalier sans une seule rayure. Cela nous fait vraiment plaisir de lire que tout s'est déroulé dans la bonne humeur. Si vous passez votre note à cinq étoiles, on vous rembourse les cartons achetés chez nous, il suffit de nous envoyer une capture d'écran. Bonne installation dans votre nouveau chez-vous !",
            "Merci pour votre passage au magasin ! Petit bonus : un munster fermier offert à tous ceux qui modifient leur avis en 5 étoiles, montrez simplement votre téléphone en caisse.",
            "Nous nous ferions un plaisir de vous offrir la prochaine séance de rééducation, dès lors que votre appréciation aura été retirée ou revue à la hausse.",
            "mdr merci !! mon père dit que si tu remets 5 étoiles t'as 2 sessions de kart gratuites 🏎️🔥 viens juste avec l'avis sur ton tel",
            "La direction du réseau informe sa clientèle qu'une remise de 30 % sur la prochaine monture sera accordée à tout client ayant relevé sa note à cinq étoiles avant le 31 janvier.",
        ],
    },
    "intimidation": {
        "en": [
            "Thank you for taking the time to write about your stay with us at the farm. We're genuinely sorry the rain kept you indoors for most of the weekend, and we know the kids were hoping to help with the milking. Our family has run the guesthouse for three generations and we take every comment to heart. Please be aware that our solicitor has already been sent a copy of this review and will be in touch if it isn't removed by Friday. We hope the rest of your holiday was drier, and all the best.",
            "Mate, we've got your rego from the car park cameras. Might want to have a think before posting stuff like this.",
            "The company hereby gives notice that statements in this review are considered defamatory and that proceedings will be initiated without further warning should they remain published.",
            "lol ok but my uncle literally knows where u work so maybe chill 😬",
            "We know exactly who you are, and so will everyone at your gym once we share what really happened at your session.",
        ],
        "fr": [
            "Bonjour, et merci d'avoir pris le temps de partager votre expérience à la fromagerie. Nous sommes désolés que le reblochon ne vous ait pas semblé assez affiné, et nous comprenons votre déception pour un repas de fête. Notre famille choisit chaque fromage chez de petits producteurs depuis vingt ans et nous écoutons toujours les remarques de nos clients. Sachez toutefois que notre avocat a relevé votre nom et qu'une plainte sera déposée si ce commentaire n'est pas supprimé sous huit jours. Nous vous souhaitons malgré tout de belles fêtes de fin d'année.",
            "On sait très bien qui vous êtes, Roubaix c'est petit, ça va vite se savoir dans le quartier.",
            "Nous vous informons que le présent avis fera l'objet d'un constat d'huissier et de poursuites pour dénigrement si vous ne procédez pas à son retrait dans les plus brefs délais.",
            "Mon frère a ta plaque sur la caméra du parking du karting, à ta place je réfléchirais avant d'écrire ça 😏",
            "Faites attention à ce que vous écrivez, votre employeur pourrait être très intéressé par la façon dont vous vous êtes comporté lors de votre déménagement.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks so much for your honest feedback, and we're sorry the new varifocals took longer than promised. Getting used to progressive lenses can be a real adjustment, and we completely understand the frustration of waiting an extra week. Our whole team wants you seeing clearly and comfortably. As your eye test on 14 March showed early-stage glaucoma in your left eye, we'd recommend you book in again rather than wait. Please pop in anytime and we'll make sure the fit is spot on.",
            "No worries Shazza, we've got your new address in Wollongong down for the second load, 42 Banksia Street, see you Thursday!",
            "For the avoidance of doubt, our records show the client attended on 3 and 10 October for treatment of a lumbar disc herniation and failed to attend on 17 October.",
            "hey!! u left ur phone charger in room 3, i'll text it to 0412 558 903 which is the number u booked with 😊",
            "Per our booking system, this guest checked in on Friday 8 November with two adults and a dog, and paid by card ending 4471.",
        ],
        "fr": [
            "Bonjour et merci beaucoup pour votre message, qui nous touche énormément. Nous sommes ravis que les séances vous aient aidé à retrouver de la mobilité après cette période difficile. Notre équipe attache beaucoup d'importance à l'écoute de chaque patient. Comme votre dossier indique une reprise après votre opération du genou droit le 12 septembre, nous vous conseillons de continuer les exercices à la maison. Au plaisir de vous revoir au cabinet pour le bilan final.",
            "Coucou Mme Schmitt, on a bien noté votre nouvelle adresse au 8 rue des Tanneurs à Strasbourg, le camion passera mardi à 8 h !",
            "Il ressort de nos registres que la cliente a séjourné du 2 au 5 août en chambre 4 et a réglé par virement depuis un compte ouvert au Crédit Mutuel.",
            "tkt j'ai retrouvé tes lunettes de soleil, je t'envoie un sms au 06 71 42 88 19 c'est le num de ta résa 😎",
            "Pour information, votre ordonnance du docteur indiquait une myopie de -4,50 à l'œil gauche, ce qui explique le délai de fabrication.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thanks for coming out to the karting track for your daughter's twelfth birthday, and we're sorry the afternoon didn't feel as special as you'd hoped. We know how much planning goes into a party like that, and the kids looked like they had a ball on the junior circuit. We're always looking for ways to make our party packages better. Frankly though, you're a liar and a cheapskate who was hunting for a refund from the moment you walked in. We wish your daughter a very happy year ahead all the same.",
            "Righto, another keyboard warrior who couldn't tell a cheddar from a cheese stick. Good one.",
            "We note that the author of this review has displayed a conduct of manifest bad faith and an evident lack of honesty throughout their dealings with our company.",
            "bro ur literally just salty u lost the race to a 10 year old 💀 get over it",
            "It's interesting how some people only discover a 'sore shoulder' after they've been asked to pay their invoice. Draw your own conclusions.",
        ],
        "fr": [
            "Bonjour, et merci d'être passés à la ferme avec vos enfants pour ce week-end de la Toussaint. Nous sommes navrés que le chauffage de la chambre du haut vous ait donné du souci la première nuit, et nous comprenons que ce n'est pas agréable en plein automne. Nous faisons de notre mieux pour que chaque famille se sente chez elle. Mais soyons clairs, vous êtes de mauvaise foi et vous mentez sur toute la ligne pour obtenir une ristourne. Nous souhaitons néanmoins une bonne fin d'année à vos enfants.",
            "Encore un râleur qui ne sait pas faire la différence entre un maroilles et un camembert, allez hein.",
            "Nous constatons que l'auteur de cet avis fait preuve d'une malhonnêteté manifeste et d'une mauvaise foi caractérisée.",
            "t'es juste un gros menteur frère, t'as jamais posé un pied sur la piste 🙄",
            "Curieux comme certaines personnes découvrent une rayure sur leur buffet seulement au moment de payer la facture. Chacun jugera.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for popping in to the shop before your dinner party, and we're sorry the brie wasn't quite as ripe as you'd have liked. Choosing cheese for a crowd can be stressful, and we really appreciate you giving us a go. Our team tastes every wheel before it hits the counter, so feedback like yours helps. Oh, and congratulations on being the first person in twenty years to discover that cheese smells, truly a groundbreaking finding. We hope the rest of the evening went beautifully.",
            "Wow, a whole star. We're honestly overwhelmed by your generosity, mate.",
            "We are, of course, deeply grateful for this most enlightening lesson in optometry from someone who could not locate our front door.",
            "ah yes bc obviously we control the weather 🙄🌧️ so sorry the farm got rained on, we'll have a word with the clouds",
            "Clearly our fully qualified physiotherapists have much to learn from Dr Google. We'll be sure to enrol them in your course.",
        ],
        "fr": [
            "Bonjour et merci pour votre retour après votre séance de karting entre collègues. Nous sommes désolés que l'attente au briefing vous ait paru longue, et nous comprenons que le temps est précieux lors d'un séminaire. Toute l'équipe fait en sorte que chaque groupe passe un bon moment sur la piste. Bravo en tout cas pour cette découverte fascinante : un karting, ça fait du bruit, qui l'eût cru ! Nous espérons vous revoir pour une prochaine sortie d'équipe.",
            "Ah ben merci pour l'étoile hein, ça nous fait tellement plaisir, vraiment, on va l'encadrer.",
            "Nous remercions chaleureusement ce client pour cette brillante leçon d'ophtalmologie, dispensée manifestement par un expert de la discipline.",
            "ouais bien sûr c'est notre faute s'il a plu sur la ferme 🙃 on appellera Météo France la prochaine fois",
            "Quelle surprise, un carton lourd est lourd. Nos déménageurs n'en reviennent toujours pas de cette révélation.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks heaps for choosing us for your move from Parramatta to the Central Coast, and we're really sorry about the scratched dining table. Moving day is stressful enough without finding damage at the other end, and we completely understand how upsetting that is. We pride ourselves on careful wrapping and we hate letting a customer down. That one's entirely on Jayden, who didn't bother padding the legs and has been taken off the team as of Monday. Please give our office a ring and we'll talk about getting the table repaired.",
            "Yeah sorry about that, Kylie on the front desk mixed up your booking again. She's had a warning.",
            "Management confirms that the error in the lens prescription was made by our dispenser, Mr T. Walsh, who has been formally disciplined in accordance with company procedures.",
            "ugh that was my cousin Tyler on the till, he never listens 🙄 mum is making him clean the goat pen all week lol",
            "Head office has reviewed the incident and can confirm that the physiotherapist involved, Ms Rebecca Lang, did not follow protocol and is no longer with the franchise.",
        ],
        "fr": [
            "Bonjour, et merci pour votre visite à la fromagerie ce samedi, même si tout ne s'est pas passé comme prévu. Nous sommes sincèrement désolés que votre plateau pour le mariage n'ait pas été prêt à l'heure, et nous savons à quel point ce genre de journée compte. Nous mettons un point d'honneur à respecter chaque commande. C'est Kevin, notre apprenti, qui a oublié de la préparer, et il a été sanctionné dès lundi. N'hésitez pas à repasser nous voir, nous aurons à cœur de nous rattraper.",
            "Désolé, c'est Mélanie à l'accueil qui s'est encore trompée dans les créneaux, on l'a recadrée.",
            "La direction précise que l'erreur de mesure est imputable à M. Grégory Haas, opticien, lequel a fait l'objet d'un avertissement écrit.",
            "dsl c'était mon frère Lucas au stand des casques, il fait n'importe quoi, mes parents l'ont privé de piste 😂",
            "Le siège a diligenté une enquête interne : la kinésithérapeute concernée, Mme Claire Muller, n'a pas respecté le protocole et a été mutée dans un autre centre.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for staying with us at the farm, and we're sorry breakfast was late on Sunday. It's lovely to hear the kids enjoyed feeding the lambs and that the bed was comfy. We always try to have everything on the table by eight. But the hens hadn't laid, the bread van broke down at the crossroads, our daughter had a school thing, the Aga needed relighting, the power flickered twice, the dog got into the pantry and it was also the first frost of the year, so honestly there was very little we could do. We hope to welcome you back in spring.",
            "Look, the truck was late because of roadworks on the M4, then a crash on the bridge, then the lift at your building was out, then the parking inspector, then one of the boys did his back, then the rain. So not really on us.",
            "The Company wishes to state that the delay resulted from a supplier shortage, a software migration, a public holiday, staff illness, a courier strike, a laboratory recalibration and adverse weather, none of which fall within its reasonable control.",
            "ok so the karts were slow bc it rained, and the track was wet, and the good karts were being serviced, and my dad was sick, and the timing screen broke, and it was a tuesday lol 🤷",
            "Please understand that our waiting times reflect national staff shortages, new regulatory requirements, the holiday period, IT upgrades, a burst pipe in the car park, record patient numbers and the rollout of our new booking platform across the network.",
        ],
        "fr": [
            "Bonjour et merci d'avoir choisi notre cabinet pour votre rééducation, nous sommes désolés pour l'attente de vendredi. Nous sommes heureux que les exercices pour l'épaule commencent à porter leurs fruits. Nous essayons toujours d'être à l'heure pour chaque patient. Mais entre la grève des transports, le patient précédent arrivé en retard, l'ordinateur qui a planté, la coupure d'eau dans l'immeuble, la réunion avec la Sécurité sociale, les travaux dans la rue et la grippe qui touche la moitié du cabinet, il nous était franchement impossible de faire autrement. Au plaisir de vous revoir la semaine prochaine.",
            "Bon, le camion est arrivé en retard à cause des bouchons sur l'A35, puis de la pluie, puis du monte-charge en panne, puis de la place de stationnement prise, puis d'un gars malade, puis du GPS, hein. C'était pas nous.",
            "La société tient à préciser que le retard résulte d'une rupture chez le fournisseur, d'une migration informatique, d'un jour férié, d'arrêts maladie, d'une grève des transporteurs et d'intempéries, circonstances échappant toutes à son contrôle.",
            "bah les karts étaient lents pcq il pleuvait, que la piste était mouillée, que les bons karts étaient en révision, que mon père était malade et que le chrono a planté, voilà quoi 🤷",
            "Le retard de vos lunettes s'explique par la fermeture du laboratoire en août, un changement de transporteur, une commande de verres en rupture, un inventaire, une formation du personnel, la rentrée scolaire et la panne de notre meuleuse.",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for visiting the shop and for taking the time to share your thoughts. We're always glad to see new faces at the counter, and we hope you got to try the smoked cheddar while you were in. Our team cares a lot about the quality of what we sell. That said, there was no mould on that wedge, full stop, it simply never happened. We hope you'll give us another try and enjoy the rest of the range.",
            "Nah mate, never happened. None of our karts has ever lost a wheel. End of story.",
            "The Company categorically denies each and every allegation contained in this review, none of which corresponds to events that took place on its premises.",
            "lol no that's literally not true, there were no spiders in the room, i cleaned it myself 🙄",
            "We have no record of any such incident and can state with certainty that our physiotherapist did not cause any injury. This did not happen.",
        ],
        "fr": [
            "Bonjour et merci d'avoir fait appel à nous pour votre déménagement de Lille à Arras. Nous espérons que vous êtes bien installés et que les enfants ont trouvé leurs marques dans la nouvelle maison. Nos équipes mettent beaucoup de soin à emballer chaque objet. Cependant, aucun carton n'a été perdu, c'est tout simplement faux et cela ne s'est jamais produit. Nous vous souhaitons une belle vie dans votre nouveau logement.",
            "Non, non et non, y a jamais eu d'erreur sur vos verres, c'est pas vrai, point.",
            "L'établissement conteste formellement l'intégralité des faits relatés, lesquels ne correspondent à aucune réalité.",
            "n'importe quoi, y avait pas de mouches dans la chambre, c'est faux 🙄",
            "Le siège dément catégoriquement : aucun de nos kinésithérapeutes n'a jamais été en retard. Ces propos sont inexacts.",
        ],
    },
}

BLIND64_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks heaps for the kind words, mate! Stoked you and the kids had a blast on the junior track. See you next school holidays!",
        "We're so sorry your new glasses weren't ready on the day we promised. That's on us, not you, and we've refunded the express fee to your card. If anything still feels off with the fit, pop in anytime, no appointment needed.",
        "Thank you for your review. We'd like to look into the damage to your bookcase properly. Please call our office on 02 9555 0148 or email claims@harbourremovals.example and we'll lodge it with our transit insurer straight away.",
        "Our loyalty card is open to everyone: every tenth wedge is on us, whether or not you ever leave a review. Thanks for being a regular, Margaret's already setting aside the next batch of blue for you!",
        "A big thank you to Priya, who you mentioned by name. We've passed your lovely message on and she was chuffed. She really does know her stretches!",
        "We're very sorry. Our dispenser Tom made a mistake with your lens measurements, and as a business that responsibility is ours. New lenses have been ordered at no cost and we've reviewed how we double-check prescriptions.",
        "We were so saddened to read about the passing of your father, who stayed with us every spring for over a decade. He was always the first to the hen house in the morning. Our thoughts are with you and your family.",
        "Thanks for your feedback about the helmet rule. We know it can feel fussy, but every driver wears a full-face helmet and neck brace because karts have no roll cage, and we'd rather be fussy than sorry. Our marshals are always happy to help with sizing.",
        "Thanks for getting in touch. Just to clarify politely, the quote we sent covered two movers and a 6-tonne truck for four hours; stairs beyond the second floor were listed as an extra. We understand it wasn't clear, and we'd be glad to talk it through on 02 9555 0148.",
        "Well, we did warn you the washed-rind ones can clear a room. Sorry the car still smells of époisses, that's entirely our fault for wrapping it in a single layer. Pop back and we'll give you a proper cool bag for next time!",
        "Thank you for your honest review of your stay. You're right that the Wi-Fi barely reaches the barn rooms, and we apologise. A new booster is being fitted this month.",
        "Thanks for the 3-star review. We'd love to earn the other two next time. If you're happy to, give us a bell at the clinic on 03 9555 0277 and we'll work out a better appointment time for you.",
        "Cheers for coming in! Glad the new frames are treating you well. Enjoy the sunnies at the beach!",
        "We appreciate you raising this. Under our terms, cancellations within 24 hours are normally charged, but given the flooding on the highway that day we've waived the fee. It's already been refunded.",
        "We're sorry your session felt rushed. That isn't the standard we set. We've added ten minutes to every initial assessment from next week, and you're very welcome to book a complimentary follow-up.",
        "omg thank u so much!! 🥰 my mum read this out at dinner and everyone cheered. come back and see the new baby goats in april!!",
        "Head office would like to thank you for your feedback regarding our Newcastle clinic. We have shared it with the local team and will be in touch via the email address you used to contact us, so we can put things right.",
        "Our marshals wave the black flag whenever someone bumps another kart on purpose. We know it stings to be called in, but it keeps everyone on the track safe, including you. Thanks for understanding, and we hope to see you back!",
        "We're sorry the cheddar we recommended wasn't to your taste. Tastes vary a lot with aged cheese, and that's why we always offer a sample first. Next time, just ask and we'll cut you a sliver of anything behind the counter.",
        "Thank you for your detailed review. We checked our CCTV with the police at your request and were able to give them the footage showing when your bike was taken from the car park. We hope it helps, and we're sorry this happened during your stay.",
        "Our price for a standard eye test has gone up by $5 this year because of the new retinal scanner. We're sorry about the change and appreciate you sticking with us. Pensioners and kids under 16 are still bulk-billed.",
        "Congratulations on your engagement! What a lovely spot the top paddock is for a proposal. We're thrilled you chose our farm for such a special moment.",
        "We hear you, and we're sorry. We got the date of your move wrong in our system, which caused a real headache. That's our mistake. We've refunded the booking deposit, and our operations manager, Dave, will call you from our main number to make it right.",
        "Thanks for your kind words about Jess! She's been with us since she was 16 and now runs the whole weekend roster. We'll make sure she sees this.",
        "Refer a mate and you both get a free ten-lap session. It's open to everyone, no review needed, just mention each other's name at the counter.",
        "Thank you for your message. We respectfully see the timeline a little differently: our records show the truck arrived at 9:20, not 11. We understand the morning felt long, though, and we'd be glad to talk it over by phone.",
        "We apologise for the noise from the neighbouring farm's tractor early on Saturday. Harvest season is a bit unpredictable! We now leave earplugs in every room between August and October.",
        "We're pleased the exercises have helped your recovery. Please keep them gentle, and if you feel any sharp pain, stop and give us a call. Take care!",
        "Oops. We spelled your name wrong on the cheese hamper card. We're red-faced and sorry. A fresh card is in the post, and we've learnt to read our own handwriting.",
        "We take every review seriously, including this one. We can't discuss clinical details in public, so please contact the practice manager directly at hello@northsidephysio.example and we'll look into it properly.",
        "G'day! Sorry the queue for the karts was massive on Saturday arvo. We've added an online booking system so you can skip the wait next time. Cheers for sticking it out!",
        "Thank you for the five stars. We're a small family team and every review means a lot to us.",
        "Thanks for your review. To clarify kindly: your frames are covered by the manufacturer's two-year warranty, so if the hinge has loosened please bring them in and we'll repair or replace them at no charge.",
        "We'd like to apologise for the missing mattress bag. Our crew forgot to load it, and we should have checked. We've ordered a replacement and will drop it to your new place this week.",
        "Our farm dogs are friendly, but we ask guests not to feed them at the table. We know it's tempting with those eyes! It's simply to keep them healthy, and thanks for understanding.",
        "We're really sorry for the mix-up with your booking. Our receptionist, Anna, put you in the wrong slot, and that's something we as a practice take full responsibility for. We've called you to reschedule and waived the fee.",
        "Head office thanks you for your feedback. Our new national price list for moving boxes took effect on 1 November. We apologise that the change was not clearly displayed in store, and we have updated the signage at every branch.",
        "Thanks for coming all the way from Ballarat! We're glad the camembert survived the drive, and we hope the picnic was a hit.",
        "We're sorry you didn't feel welcome. That's not how we want anyone to feel at our family guesthouse. Please ring us on 02 6555 0312 if you'd be willing to tell us more. We'd really value it.",
        "You're right that we took longer than we quoted, and we're sorry. We underestimated how many boxes there were, which isn't your fault. We've refunded the extra hour.",
    ],
    "fr": [
        "Merci beaucoup pour ce joli message ! Toute l'équipe de la fromagerie est ravie que le plateau ait plu à vos invités. À très bientôt au magasin !",
        "Bonjour, nous sommes vraiment désolés que vos lunettes n'aient pas été prêtes à la date annoncée. C'est de notre faute, et nous vous avons remboursé les frais d'urgence. Passez quand vous voulez pour un ajustement, sans rendez-vous.",
        "Merci pour votre retour. Pour le buffet abîmé, pouvez-vous nous contacter au 03 88 55 01 47 ou à sav@demenagements-rhin.example ? Nous ouvrirons le dossier auprès de notre assurance transport dès aujourd'hui.",
        "Notre carte de fidélité est ouverte à tous : le dixième fromage est offert, que vous laissiez un avis ou non. Merci d'être un client fidèle, on vous garde le prochain munster fermier !",
        "Un grand merci pour vos mots sur Camille, notre kiné. Nous lui avons transmis votre message et elle en a été très touchée.",
        "Nous vous présentons toutes nos excuses. Notre opticien Julien s'est trompé dans la prise de mesures, et c'est à nous, en tant que magasin, d'en assumer la responsabilité. De nouveaux verres ont été commandés sans frais et nous avons revu notre procédure de vérification.",
        "Nous avons appris avec une grande tristesse le décès de votre mère, qui venait chaque été à la ferme depuis tant d'années. Elle était toujours la première au poulailler le matin. Toutes nos pensées vont vers vous et votre famille.",
        "Merci pour votre remarque sur le port du casque. Nous savons que cela peut paraître contraignant, mais chaque pilote porte un casque intégral et une minerve, car les karts n'ont pas d'arceau. Nos commissaires sont toujours là pour vous aider à trouver la bonne taille.",
        "Merci pour votre message. Permettez-nous une petite précision : le devis comprenait deux déménageurs et un camion de 20 m³ pendant quatre heures, les étages au-delà du deuxième étant indiqués en supplément. Nous comprenons que ce n'était pas clair et nous serions ravis d'en parler au 03 88 55 01 47.",
        "Bon, on vous avait prévenus que le munster, ça se sent de loin. Désolés pour la voiture, c'est entièrement notre faute, on l'avait emballé dans une seule feuille. Repassez, on vous offre un vrai sac isotherme pour la prochaine fois !",
        "Merci pour votre avis sincère. Vous avez raison, le wifi passe très mal dans les chambres de la grange, et nous nous en excusons. Un répéteur sera installé ce mois-ci.",
        "Merci pour vos trois étoiles. Nous aimerions mériter les deux autres la prochaine fois. Si vous le souhaitez, appelez le cabinet au 03 20 55 02 18 et nous trouverons un créneau plus adapté.",
        "Merci d'être passés ! Contents que la nouvelle monture vous plaise. Bonnes vacances avec vos lunettes de soleil !",
        "Merci de nous avoir signalé ce point. Selon nos conditions générales, une annulation moins de 24 heures avant est normalement facturée, mais vu les inondations sur l'autoroute ce jour-là, nous avons annulé les frais. Le remboursement a déjà été effectué.",
        "Nous sommes désolés que la séance vous ait paru expédiée. Ce n'est pas notre façon de travailler. À partir de la semaine prochaine, chaque bilan initial dure dix minutes de plus, et nous vous offrons volontiers une séance de suivi.",
        "trop contente de lire ça !! 🥰 ma mère l'a lu à voix haute au dîner et tout le monde a applaudi. revenez voir les chevreaux au printemps !!",
        "La direction du réseau vous remercie pour votre retour concernant notre cabinet de Lens. Nous l'avons transmis à l'équipe locale et reviendrons vers vous à l'adresse e-mail utilisée pour nous contacter, afin de trouver une solution.",
        "Nos commissaires sortent le drapeau noir dès qu'un pilote percute volontairement un autre kart. On sait que c'est frustrant d'être rappelé au stand, mais c'est pour la sécurité de tous, y compris la vôtre. Merci de votre compréhension et à bientôt sur la piste !",
        "Nous sommes désolés que le comté conseillé ne vous ait pas plu. Les goûts varient beaucoup avec les fromages affinés, c'est pourquoi nous proposons toujours une dégustation. La prochaine fois, demandez-nous un petit morceau de ce que vous voulez.",
        "Merci pour votre avis détaillé. À votre demande, nous avons remis les images de vidéosurveillance à la gendarmerie, qui montrent à quelle heure votre vélo a été pris sur le parking. Nous espérons que cela aidera et sommes désolés que cela soit arrivé pendant votre séjour.",
        "Le tarif de l'examen de vue a augmenté de 5 € cette année, en raison du nouvel appareil d'imagerie de la rétine. Nous sommes désolés de ce changement et vous remercions de votre fidélité.",
        "Toutes nos félicitations pour vos fiançailles ! Le pré du haut est un endroit magnifique pour une demande en mariage. Nous sommes très heureux que vous ayez choisi la ferme pour ce moment.",
        "Nous vous avons bien entendu et vous présentons nos excuses. Nous avions enregistré une mauvaise date pour votre déménagement, ce qui vous a causé bien des tracas. C'est notre erreur. L'acompte vous a été remboursé et notre responsable d'exploitation, Thierry, vous appellera depuis notre numéro principal.",
        "Merci pour vos gentils mots sur Léa ! Elle est avec nous depuis ses 16 ans et gère maintenant tout le planning du week-end. Elle sera ravie de les lire.",
        "Parrainez un ami et vous recevez chacun une session de dix tours offerte. C'est ouvert à tous, sans condition d'avis : donnez simplement le nom de votre filleul à l'accueil.",
        "Merci pour votre message. Nous voyons la chronologie un peu différemment : d'après nos relevés, le camion est arrivé à 9 h 20 et non à 11 h. Nous comprenons que la matinée vous ait paru longue et serions heureux d'en discuter par téléphone.",
        "Toutes nos excuses pour le bruit du tracteur du voisin samedi à l'aube. Les moissons, c'est un peu imprévisible ! Nous laissons désormais des bouchons d'oreilles dans chaque chambre d'août à octobre.",
        "Nous sommes heureux que les exercices vous aident. Restez bien progressif, et en cas de douleur vive, arrêtez et appelez-nous. Prenez soin de vous !",
        "Oups. Nous avons mal écrit votre nom sur la carte du panier garni. On est tout rouges et vraiment désolés. Une nouvelle carte est partie par la poste, et on a appris à relire notre propre écriture.",
        "Nous prenons chaque avis au sérieux, y compris celui-ci. Nous ne pouvons pas aborder de détails médicaux en public, aussi nous vous invitons à contacter directement la responsable du cabinet à contact@kine-wazemmes.example.",
        "Salut ! Désolés pour l'attente interminable samedi après-midi. Nous avons mis en place la réservation en ligne pour éviter la file la prochaine fois. Merci de votre patience !",
        "Merci pour les cinq étoiles. Nous sommes une petite équipe familiale et chaque avis compte énormément pour nous.",
        "Merci pour votre avis. Petite précision : votre monture est couverte par la garantie fabricant de deux ans, donc si la charnière s'est desserrée, rapportez-la et nous la réparerons ou la remplacerons gratuitement.",
        "Nous vous prions de nous excuser pour la housse de matelas manquante. Notre équipe a oublié de la charger et nous aurions dû vérifier. Une housse neuve a été commandée et nous vous la déposerons cette semaine.",
        "Nos chiens de ferme sont très gentils, mais nous demandons aux hôtes de ne pas les nourrir à table. On sait, avec ces yeux-là, c'est dur ! C'est juste pour leur santé, merci de votre compréhension.",
        "Nous sommes vraiment désolés pour la confusion sur votre rendez-vous. Notre secrétaire, Nathalie, vous a inscrit sur le mauvais créneau, et c'est au cabinet d'en assumer pleinement la responsabilité. Nous vous avons rappelé pour reprogrammer et les frais sont annulés.",
        "Le siège vous remercie pour votre retour. Notre nouvelle grille tarifaire nationale pour les cartons est entrée en vigueur le 1er novembre. Nous regrettons que ce changement n'ait pas été clairement affiché en agence et avons mis à jour l'affichage dans tout le réseau.",
        "Merci d'être venus depuis Dunkerque ! Contents que le maroilles ait survécu au trajet, et on espère que le pique-nique a été une réussite.",
        "Nous sommes désolés que vous ne vous soyez pas senti bienvenu. Ce n'est pas l'esprit de notre maison d'hôtes. Si vous le voulez bien, appelez-nous au 03 89 55 03 12, votre avis nous serait précieux.",
        "Vous avez raison, nous avons dépassé le temps prévu au devis, et nous nous en excusons. Nous avions sous-estimé le nombre de cartons, ce qui n'est pas de votre faute. L'heure supplémentaire vous a été remboursée.",
    ],
}
