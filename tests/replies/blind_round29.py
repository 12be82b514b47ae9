"""Blind reply set, round 29: owner replies the pre-post check has never seen.

Who and when: written by helper 18b29, an independent writer, on 2026-12-04,
for issue 18 (the pre-post reply check, blind round 27 of that issue).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
kinds of business chosen to differ from round 20's (butchers, cinemas, tattoo
studios, cleaning companies, music schools, ski rental shops, hostels, garden
centres, physiotherapists and food trucks).  Each French reply was written
directly in French, not translated.  Apart from the first seventy-five lines
of the round 20 file, read only to copy its format, the writer did NOT read
the application code (workstation/), docs/, training/, bench/, resources/,
any other test file or earlier blind set, any other helper's worktree, the
git history or /work/.library; did not run the check, any test or any bench
on these replies (only a syntax parse, a count of entries and ruff); and did
not search the code.  Nothing here was adjusted after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers, drawn from: English from Yorkshire and Tyneside (Geordie), New
York and the Midwest, Caribbean English (Jamaica, Trinidad, Barbados), very
formal letters and texting with emoji; French from Nantes, Corsica,
Normandy and Côte d'Ivoire (nouchi), very polite old-fashioned French,
texting and unaccented French; indirect phrasings and euphemisms; short
one-liners; and, for every code and language, one long warm reply (the first
of each list) whose fault sits in a single clause.  Good replies include
look-alikes that are not faults: a loyalty or referral scheme open to
everyone whatever they write, the business's own phone, e-mail, address or
opening hours, staff praised by first name, a refund already made, one
honest reason given with an apology, legal terms, insurance, the police or
CCTV mentioned neutrally or to help the customer, a joke at the business's
own expense, a star rating quoted neutrally, polite factual disagreement
that keeps the door open, thanks to happy customers, an invitation to call
or e-mail, an apology for a named employee's mistake with the business
taking responsibility, short warm thanks, congratulations, condolences, a
safety rule explained kindly, a price change explained with an apology, a
guarantee open to every customer, a free re-do offered with no link to the
review, lost property handled privately and a waiting list explained.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND29_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Eeh, what a grand review to read with a brew first thing, thank you! We've been butchers on this street in Halifax for three generations and it still makes our day when someone says the Sunday brisket was the best they've had since their nana's. Dave's chuffed you liked the black pudding too, it's his own recipe and he won't tell anyone what goes in it. If you'd pop back on and bump it up to five stars, there's a free pound of our pork and leek sausages waiting behind the counter with your name on it. Ta again, and see you at the Christmas order queue!",
            "thx for comin by the truck!! edit ur review to 5⭐ n ur next pulled pork bun is on us 🌭🔥",
            "Dear Madam, should you see fit to revisit your rating once your shoulder has fully settled, we would be glad to make your next treatment session at the clinic entirely complimentary. Yours faithfully, the Practice Manager.",
            "Sorry the boots pinched! Word to the wise: folks who take a second look at their reviews have a funny way of finding a free wax-and-edge voucher in their inbox a few days later 😉⛷️",
            "Bless up, fam! Drop we a five-star review pon de page an' yuh next deep clean is half price, true true. Jus' show we de screenshot.",
        ],
        "fr": [
            "Bonjour et merci mille fois pour ce joli message ! Toute l'équipe de la jardinerie est ravie que vos hortensias aient survécu à l'été nantais et que les conseils de Maëlle pour le paillage vous aient servi. On adore voir nos clients revenir avec des photos de leurs massifs, et les vôtres sont superbes. Si vous passiez votre avis à cinq étoiles, on vous offrirait volontiers un bon d'achat de 15 € à valoir sur tous nos rosiers d'automne. Au plaisir de vous revoir du côté de Saint-Herblain, et bonnes plantations !",
            "Merci mon frère, on est ensemble ! Tu mets 5 étoiles là, ton prochain garba est cadeau, c'est pour toi 🙏🐟",
            "Nous nous permettrions, chère Madame, de vous offrir bien volontiers votre prochaine séance de rééducation, si d'aventure vous consentiez à reconsidérer l'appréciation que vous avez bien voulu nous laisser.",
            "si tu supprimes ton avis on t offre 2 places + un menu popcorn 🍿 envoie nous un mp",
            "Salute ! Modifie ton avis en 5 étoiles et la retouche de ton tatouage est offerte, avà ci vedemu à Aiacciu.",
        ],
    },
    "intimidation": {
        "en": [
            "Howay, thanks for coming along to the late showing on Saturday, and for being so nice about the new recliner seats, we're proper proud of them. Sorry the popcorn machine was playing up, the part's on order and it should be sorted by the weekend. We've been running this little picture house in Tynemouth for twenty-odd years and reviews like yours keep us going. Just so you know, we've kept the camera footage of you and your mates from that night, and if the bit about the sticky floors isn't down by Friday it's going straight to the police. Otherwise, hope to see you at the Christmas double bill, pet!",
            "Keep talkin', pal. We got your face on camera and half the block knows you. Think about it.",
            "Please be advised that our legal counsel has been instructed to commence defamation proceedings against you should this review not be withdrawn within seven (7) days of the date hereof.",
            "Just so you know, we've shared your name with every rental shop in the valley, so best of luck finding boots this winter. Real nice review, though.",
            "we kno which bunk u were in 😉 n we still got ur passport scan on file. delete this or u'll see",
        ],
        "fr": [
            "Bonjour, et merci d'être passé nous voir à la jardinerie de Caen un samedi de grande affluence, ce qui n'était pas gagné avec la pluie normande ! Nous sommes contents que les pommiers à cidre vous aient plu et que Gaëtan ait pris le temps de vous expliquer la taille d'hiver. Nous prenons bonne note de votre remarque sur l'attente en caisse. Sachez toutefois que notre avocat est déjà saisi et qu'une plainte pour diffamation sera déposée contre vous si ce commentaire n'est pas retiré d'ici lundi. Au plaisir de vous revoir au printemps pour les plants de légumes.",
            "Tu parles trop dèh. On connaît ton quartier à Yopougon, faut faire attention à toi maintenant.",
            "Nous ne saurions trop vous conseiller, Monsieur, de retirer ces propos avant que l'affaire ne prenne une tournure judiciaire qui vous serait, croyez-le bien, fort préjudiciable.",
            "supprime ton avis sinon on te signale à toutes les auberges de nantes, tu dormiras dehors 😘",
            "Ici tout le monde se connaît, tu sais. Réfléchis bien avant d'écrire ce genre de choses sur nous, ce serait dommage qu'il t'arrive des ennuis.",
        ],
    },
    "personal_data": {
        "en": [
            "Hi there, and thanks so much for taking the time to write. We're a small family music school here in Des Moines and every bit of feedback helps us do better by our students. We completely understand how frustrating it is when a lesson gets moved at short notice, and we're sorry the reschedule message didn't reach you in time. We've gone back over the sign-in sheet for Tyler Jensen's Tuesday 4:30 guitar lesson on March 3rd and can see exactly where the mix-up happened. Our front desk is putting a text reminder system in place so it won't happen again. We hope Tyler keeps strumming and we'd love to see him back soon!",
            "Hiya Mrs Okafor at 14 Westgate Road, your cleaner will be back Thursday at 10 to redo the oven, sorry love.",
            "Further to your stay with us from 12 to 14 February (booking reference HX-55821, paid by Mastercard ending 7730), we confirm that a partial refund has been approved.",
            "Danny, we tried you at 917-555-0143 three times this week, your touch-up is booked for Thursday, call us back!",
            "hey jess!! order #4471 (2 jerk chicken, 1 festival) was ready at 12:10 per our screen, sorry u waited 🙏🍗",
        ],
        "fr": [
            "Bonjour, et merci sincèrement d'avoir pris le temps de nous écrire. Au cabinet, nous attachons beaucoup d'importance au ressenti de nos patients, et nous sommes désolés que votre rééducation du genou vous ait paru trop rapide. Nous avons bien vérifié votre dossier, Monsieur Le Goff, concernant votre séance du mardi 14 janvier à 18h avec le protocole post-ligamentoplastie, et nous allons en reparler en équipe. Chaque patient mérite le temps nécessaire, et nous allons revoir notre planning du soir pour éviter les créneaux trop serrés. Nous espérons vous revoir au cabinet de Rezé très bientôt.",
            "Madame Kouassi, votre numéro 07 58 22 41 09 est bien enregistré, l'équipe passe lundi à Cocody Riviera 3, villa 12, on va tout nettoyer comme il faut.",
            "Nous avons l'honneur de vous confirmer, Madame Delacroix, demeurant 8 rue des Tilleuls à Bayeux, que votre commande de rosiers anciens vous sera livrée jeudi prochain.",
            "on a retrouvé ta CB au nom de Kevin Marchal oubliée salle 3 à la séance de 21h samedi, passe la récup à la caisse 👍",
            "Réservation n° SKI-20931 au nom de Santoni, véhicule immatriculé AB-123-CD : vos skis vous attendent au pied des pistes du Val d'Ese.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for staying with us at the hostel and for the kind words about the rooftop terrace, it really is the best view in Brooklyn and we never get tired of it. We're glad the breakfast bagels hit the spot and that you got along so well with the other guests on the walking tour. We hear you about the Wi-Fi on the fourth floor, and a new booster is going in next week. But let's be honest, you were angling for a free night out of us from the moment you checked in. Safe travels, and thanks again for choosing us.",
            "Nice try, love. You're just after a free pound of mince.",
            "We regret to observe that your account bears little relation to the truth and appears to be motivated solely by a wish to obtain a refund to which you are plainly not entitled.",
            "Yer a liar, pet, plain and simple. Naebody else had a bother wi' the film that night.",
            "Some folks just can't be happy unless they're getting something for nothing, and I think we all know which kind you are. Have a blessed day.",
        ],
        "fr": [
            "Bonjour et merci d'être venus jusqu'au food truck samedi midi sur l'île de Nantes, malgré la bruine ! On est contents que les galettes-saucisses vous aient plu et que les enfants aient adoré le caramel au beurre salé, c'est la recette de ma grand-mère. On a bien noté la remarque sur l'attente, on a pris un deuxième bilig pour le mois prochain. Mais soyons francs, vous cherchiez surtout à manger gratuitement, comme la dernière fois. À bientôt sur le marché de la Petite Hollande !",
            "Toi tu es menteur dèh, tu n'es même pas venu au salon. Arrête ça.",
            "Votre récit, Madame, relève de la pure affabulation, et nous ne sommes nullement dupes des intentions qui le motivent.",
            "Tu es un profiteur, tout le village le sait, et ce n'est pas ton avis qui va changer quelque chose.",
            "mdr t'es juste un rageux qui voulait pas payer ses cours de batterie",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks so much for renting with us over Presidents' Day weekend, and we're thrilled your kids took to the bunny hill so quickly. Our crew loves seeing families out on the snow together, and we're glad the helmet fitting went smoothly. Sorry about the line on Saturday morning, that's always our busiest few hours. And congratulations on being the first person in forty years to find our boots too heavy, we'll be sure to order you a pair made of feathers. Hope to see you all back up at the lodge next season!",
            "Oh wow, a movie theater with loud sound. Who could've seen that coming. 🙄",
            "Aye, sorry the sausages tasted of sausage. We'll try harder.",
            "We are, of course, deeply honoured that a customer of your evident expertise in physiotherapy has deigned to share it with our humble clinic.",
            "lol so sorry the jerk chicken was spicy 😂 next time we'll do u some plain boiled rice, bless ur heart",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour votre visite à la jardinerie de Lisieux et pour vos compliments sur notre rayon de vivaces, dont nous sommes assez fiers. Nous sommes heureux que Chantal ait pu vous conseiller pour votre haie champêtre, et que vous ayez trouvé les bulbes de printemps que vous cherchiez. Et toutes nos excuses si nos plantes ont osé pousser moins vite que prévu, nous allons leur parler très sévèrement. Nous vous attendons avec plaisir pour la fête des plantes en avril !",
            "Ah oui, un film qui fait du bruit dans un cinéma, quel scandale, on n'en revient toujours pas.",
            "Bravo champion, tu as découvert que l'encre de tatouage, c'est définitif. Le prix Nobel, c'est pour quand ?",
            "Nous vous savons infiniment gré, Monsieur, de bien vouloir nous enseigner notre métier avec tant de modestie.",
            "Ehh pardon patron, on savait pas que tu étais kiné de France 😂 on va venir apprendre chez toi hein.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks for coming into the studio, and for the lovely words about how clean and comfy the place is, we put a lot of work into it. Really glad the lettering on your wrist came out just how you wanted and that the aftercare sheet helped. We're sorry the shading on the rose didn't match the sketch. That was down to Kayleigh, our apprentice, who frankly rushed it and didn't listen to what you asked for, and she's been told. Pop in whenever you like and we'll have a chat about a touch-up. Cheers, pet!",
            "That was Marco's crew. Marco's been sloppy all month, that one's not on us.",
            "The night receptionist on duty, Mr Peters, failed entirely to follow our check-in procedure, and the fault in this matter lies squarely with him.",
            "Honestly, that's on our drum teacher Brad. He's late every week and we've told him a hundred times.",
            "soz bout the order, the new lad on saturday mornings is useless, weighed it all wrong again 🙄 not the shop's fault",
        ],
        "fr": [
            "Bonjour et merci pour votre retour détaillé, c'est précieux pour nous. Nous sommes contents que l'accueil au cabinet de Cherbourg vous ait plu et que vous ayez retrouvé une bonne mobilité de l'épaule après vos dix séances. Nous comprenons votre agacement concernant la dernière séance. Le problème vient uniquement de Julien, notre remplaçant, qui n'a même pas pris la peine de lire votre dossier avant de commencer. Nous restons à votre disposition pour la suite de votre rééducation et vous souhaitons une belle fin d'année.",
            "C'est Awa qui a mal servi, elle est trop lente, c'est pas nous.",
            "Nous déplorons la négligence de Mme Lefèvre, notre agente d'entretien, à qui seule incombe la responsabilité de ce travail bâclé.",
            "c le projectionniste de samedi soir, Thomas, il s'est endormi 🙄 on y est pour rien",
            "Le gars de l'accueil de nuit, le grand brun avec la barbe, a fait n'importe quoi, c'est lui le problème. On va le recadrer.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks for choosing us for your end-of-tenancy clean, and we're really glad the bathroom and windows came up sparkling. We've been cleaning homes round Wakefield for twelve years and we take pride in every job. About the oven: the van broke down on the ring road that morning, two of the lasses were off with flu, the job before yours in Ossett ran an hour over because the landlord wasn't there with the keys, our usual degreaser supplier had sent the wrong product, the M1 was shut at junction 40, and on top of all that it was the Friday before a bank holiday, so there was really no way anyone could have got through the full list that day. Anyway, all the best with the new place!",
            "Look, the projector is twenty years old, the parts come from Germany, the tech was stuck on the Van Wyck, the AC guy cancelled, Saturday's always slammed, and the studio sent the print late. So, you know. It is what it is.",
            "We wish to point out that the delay in fitting was the result of an unusually high volume of customers, the late arrival of two members of staff owing to road closures, a fault in our booking system, the seasonal replacement of our boot-heating units, and the unavailability of certain sizes owing to supply issues beyond our control.",
            "Well, see, the thing is, we'd had a hard frost the week before, and our grower in Wisconsin shipped late, and the truck got held up on I-94, and our greenhouse heater went out Tuesday night, and we were two people short because of the county fair, so some of the mums were bound to be a little droopy.",
            "Listen nah, de water was cold because de tank old, de plumber didn' come, de current went Tuesday, Carnival week everybody busy, de guest before yuh used all de hot water, an' de landlord ain' fixing nothing. So dat is how it go.",
        ],
        "fr": [
            "Bonjour, et merci pour votre message et pour les mots gentils sur la chorale des enfants du samedi matin, ils étaient tellement fiers de chanter devant leurs parents ! Notre école de musique existe depuis 1998 à Nantes et nous faisons tout pour que chaque élève progresse à son rythme. Concernant l'annulation du cours de violon : notre professeure était souffrante, sa remplaçante habituelle était en congé, la salle 2 était inondée depuis l'orage de la veille, le tram était en grève ce jour-là, notre logiciel de messagerie ne fonctionnait plus depuis la mise à jour, et la mairie ne nous avait pas prévenus des travaux dans la cour, donc vraiment, nous n'y pouvions rien. Bonne continuation à votre fille !",
            "Bah faut comprendre aussi, le groupe électrogène il a lâché, le gaz était fini, on était que deux, le marché était blindé, le fournisseur de pain il est arrivé en retard, et en plus il pleuvait, alors forcément ça a pris du temps.",
            "Nous nous permettons de vous faire observer que le retard de votre commande tient à la fermeture exceptionnelle de l'abattoir, à l'absence de notre commis pour raisons familiales, à l'indisponibilité de notre véhicule réfrigéré, aux intempéries de la semaine et à l'affluence inhabituelle des fêtes de fin d'année.",
            "Eh, le ferry était en retard, le fromager de Corte n'a pas livré, le camion a eu un souci de freins sur la route de Bastia, mon cousin était malade et on avait deux mariages le même jour, alors voilà, c'est la Corse, on fait comme on peut.",
            "ok mais le logiciel de rdv a bugué, la secrétaire était en arrêt, le kiné d'avant a débordé, y avait des travaux devant le cabinet, pas de place pour se garer et en plus c'était les vacances scolaires donc bon",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thanks for staying with us on the Quayside and for the kind words about the breakfast and the pool table, we're proper proud of our little common room. Glad you and your mates had a cracking time on the Toon, and that Liam's pub crawl recommendations went down well. We do want to be clear about one thing though: there have never been bedbugs in this hostel, not once, so that simply didn't happen. Hope to see you back next time you're up north, and safe travels!",
            "Never happened. Next.",
            "We categorically deny that any incident of the kind described took place on our premises.",
            "Nope. Our needles are single-use, always, so there's no way any of that happened. End of story.",
            "No sah, dat never happen at we truck. Never. We food always hot.",
        ],
        "fr": [
            "Bonjour, et un grand merci pour votre séjour au Val d'Ese et pour vos mots si gentils sur la vue depuis notre boutique, on ne s'en lasse pas non plus ! Nous sommes ravis que votre fils ait pris ses premières leçons avec autant de plaisir et que les casques vous aient été bien ajustés. Nous tenons cependant à préciser que nos skis ne sont jamais rendus mal fartés, cela ne s'est tout simplement jamais produit chez nous. Au plaisir de vous revoir en Corse pour la saison prochaine !",
            "Ça ne s'est jamais produit. Point.",
            "Nous contestons formellement la réalité de ces faits, qui n'ont jamais eu lieu dans notre établissement.",
            "Jamais ça ne s'est passé ici, c'est faux, on ne vend pas viande avariée chez nous, jamais.",
            "nan ça n'est jamais arrivé, on a jamais eu une seule infection ici. jamais.",
        ],
    },
}

BLIND29_GOOD: dict[str, list[str]] = {
    "en": [
        "Ta very much, love! Right glad the Sunday joint went down a treat with the family. Mick says the secret's in resting it for twenty minutes, but don't tell anyone he told you. See you Saturday!",
        "Thanks for the honest feedback about the queue at lunchtime, you're right that it was too long. We're adding a second grill and another pair of hands on market days from next month. And just so you know, our stamp card is for everyone: every tenth bun is free, whatever you think of us!",
        "We're so sorry your cleaner didn't turn up on Tuesday morning. That's not the service we promise and you shouldn't have had to chase us. Please ring our office on 0113 496 0821 or email bookings@brightnessclean.co.uk and we'll arrange a free re-clean at a time that suits you.",
        "We're really sorry the film stopped halfway through on Friday night. The refund for your tickets has already gone back to the card you paid with, and we've had the projector serviced since. We hope you'll give us another try.",
        "Sorry the hot water ran cold on Saturday morning. Our boiler failed at six and the engineer couldn't get to us until noon, which is no comfort at all when you need a shower before a flight, and we apologise. We've now had a backup water heater installed.",
        "We're so sorry your bike was taken from the rack outside. We've given our CCTV footage to the police to help with their enquiries, and if you need a written incident report for your insurer, just email frontdesk@harbourhostel.co.uk and we'll send one the same day.",
        "Fair point, our car park is tighter than a rental boot after a cheese fondue! Sorry about the wait for a space on Sunday. We've marked out twenty extra spaces in the lower lot, and there's now a shuttle from the village every fifteen minutes.",
        "Thank you for the three stars and the honest feedback. You're right that our waiting room is cramped and that the chairs are not kind to a sore back. New seating arrives next week, and we're moving the reception desk to free up space.",
        "Thanks for taking the time to write. We've looked into it, and our timetable shows the lesson was booked for 45 minutes, but we understand it may not have felt that way if the tuning and warm-up ate into the playing time. We'd really like to talk this through with you, so please give us a ring on 515-555-0188 whenever suits.",
        "We're sorry, Jordan gave you boots a size too small, and that's on us as a shop, not on him: our fitting checklist should have caught it. We've refunded the day's hire and added a second size check to every fitting.",
        "We were so sorry to hear of your father's passing. It was an honour to cook for his send-off, and we'll always remember him stopping by the truck every Friday for his brisket sandwich. Our thoughts are with you and your family.",
        "Congratulations on passing your Grade 5 piano with distinction! Ms Harper was grinning from ear to ear all week. All that scales practice paid off, and we can't wait to hear what you pick for Grade 6.",
        "We completely understand it was disappointing to be turned away on the night. For your safety we can't tattoo anyone who's had a drink, as alcohol thins the blood and makes healing much harder. We'd love to see you another day, and your deposit carries over to any date you choose.",
        "You're right that our day hire went up by £4 this season, and we're sorry it came as a surprise at the counter. Our insurance and servicing costs rose sharply this year, and we should have flagged it on the website sooner. It's now clearly listed on our prices page.",
        "Cheers pet, that's made wor week! Glad the little 'un loved the cartoon matinee. Sandra on the kiosk says the pick 'n' mix is always there for return visitors. Haway back soon!",
        "Thanks for the shout-out! So glad the pastrami on rye hit the spot on your lunch break. Tell your office we're parked on 23rd and Park every Wednesday, rain or shine.",
        "Well, thank you kindly! It was a real pleasure helping you pick out the perennials for your new flower beds. Ruth says to give those coneflowers plenty of sun, and you'll have butterflies by July. Come see us again real soon!",
        "Big up yuhself, darlin'! We so glad de team leave de place spotless fi yuh mother's birthday lime. Tell she happy birthday from all a we, an' we look forward fi see yuh again.",
        "Dear Sir, thank you for your letter of feedback concerning your recent course of treatment. We are sorry that the evening appointments were so frequently delayed. The practice has now extended its clinic hours in order to reduce waiting times, and the Practice Manager would be pleased to discuss the matter with you personally on 0191 496 0277.",
        "Thanks so much for your patience! Our Saturday beginner guitar group is full this term, which is why you were placed on the waiting list. We'll be in touch in date order as soon as a place opens, and there's a new Wednesday evening group starting in January if that helps.",
        "We're very sorry a vase was broken during your clean. Our team is fully insured for exactly this kind of accident, so the cost will be covered in full. Please email claims@tidyhomeswakefield.co.uk with a photo and we'll handle everything from there.",
        "Under our booking terms, deposits are usually refundable up to 48 hours before arrival, but given your flight was cancelled, we've waived that and refunded you in full. We hope to welcome you another time.",
        "Thanks for your lovely review! For anyone planning a visit: we're open Tuesday to Sunday, 9am to 6pm, with late opening until 8pm on Thursdays through December for Christmas trees.",
        "Thanks for bearing with us during the move! We're now at 42 Harbour Street, right beside the ferry terminal, with parking round the back and a step-free entrance.",
        "Thank you so much, see you next winter! ⛷️❄️",
        "thank u!! 🙌 so glad u loved the tacos, catch us friday at the night market 🌮🌮",
        "Glad you've enjoyed your first term with us! Just so everyone knows, our bring-a-friend offer is open to all students: bring someone along to a free trial lesson and you both get 10% off the next term.",
        "I'm sorry your session felt rushed. That's not how we want anyone to feel after treatment. I'm the clinic manager, and I'd really like to understand what happened, so please email me at hello@movewellphysio.com and I'll call you back myself.",
        "You're absolutely right, and we're sorry. We should have told you the gravy contains wheat. Our menu board now lists every allergen for every dish, and staff have been retrained to ask about allergies before serving.",
        "Thank you for telling us about the mould in the shower room on the second floor. It was a fair complaint and we're sorry. The room was closed the same day, the sealant has been replaced, and we've added a weekly check of every bathroom.",
        "Thanks for your feedback on how the delay was communicated to you. That's something we need to do better as a team, and we've changed how we update customers when a crew is running late.",
        "If you think you left something behind after the screening, please call us on 020 7946 0350 and describe the item. Lost property is kept safely at the box office for thirty days.",
        "We're sorry the dorm was noisy on Saturday night. Quiet hours run from 11pm to 7am and we've now got a night manager on duty to keep it that way. Free earplugs are at reception for every guest too.",
        "So sorry your lavender didn't make it through the winter. All our hardy plants come with a one-year guarantee for every customer, so bring it in with your receipt, or even just the pot, and we'll replace it.",
        "Thanks for raising this. You're right that the side entrance wasn't clearly signed for wheelchair users, and we apologise. New signs went up this week, and our staff can help you to any screen via the lift.",
        "We're truly sorry your visit fell short. One star is a fair reflection of how you felt, and we'd like the chance to put it right. Could you drop us a line at info@yorkshiresteaks.co.uk so we can look into it properly?",
        "What a lovely message, thank you! We'll pass your kind words and the tip on to Aisha, who was thrilled to hear her sports massage helped you finish the marathon. Congratulations on your time!",
        "We don't think the beef had gone off. It was dry-aged for 28 days, which gives it a stronger, nutty smell that can surprise people, but we're sorry it wasn't to your taste and that we didn't explain it at the counter. Bring it back any time and we'll happily swap it.",
        "We went back through the CCTV from that evening and you were right, the queue for the kiosk stretched out the door for twenty minutes. We're sorry. We've added a second till and mobile ordering from next month.",
        "Five stars from a first-timer, that's made our day! Glad the team talked you through the design so patiently and that the healing's going well. Look after it and we'll see you for the next one.",
    ],
    "fr": [
        "Merci beaucoup pour ce gentil message ! Toute l'équipe de la boucherie est ravie que le rôti de veau ait fait l'unanimité au repas de famille. Erwan vous dit que le secret, c'est de le laisser reposer sous un papier alu. À samedi sur le marché de Talensac !",
        "Merci pour votre retour sincère sur l'attente en caisse, vous avez raison, c'était trop long samedi. Nous ouvrons une deuxième caisse le week-end dès le mois prochain. Et pour information, notre carte de fidélité est ouverte à tous : dix euros offerts tous les cent euros d'achat, quel que soit votre avis.",
        "Nous sommes vraiment désolés que l'intervenante ne soit pas venue mardi matin. Ce n'est pas le service que nous promettons. Appelez-nous au 02 40 12 34 56 ou écrivez à contact@netnantes.fr, et nous organiserons un nouveau passage gratuit au créneau qui vous arrange.",
        "Toutes nos excuses pour la coupure au milieu du film vendredi soir. Le remboursement de vos places a déjà été effectué sur la carte utilisée lors de l'achat, et le projecteur a été révisé depuis. Nous espérons vous revoir bientôt dans nos salles.",
        "Désolés pour l'eau froide samedi matin. Notre chaudière est tombée en panne à six heures et le chauffagiste n'a pu venir qu'à midi, ce qui ne change rien au désagrément pour vous, et nous nous en excusons sincèrement. Un chauffe-eau de secours a été installé depuis.",
        "Nous sommes navrés pour le vol de votre vélo devant l'auberge. Nous avons transmis les images de vidéosurveillance à la police pour aider à l'enquête, et si votre assurance demande une attestation, écrivez-nous à accueil@aubergeduport.fr, nous vous l'enverrons dans la journée.",
        "Vous avez raison, notre parking est plus étroit qu'une chaussure de ski en location ! Désolés pour l'attente dimanche. Vingt places supplémentaires sont désormais tracées en contrebas, et une navette part du village toutes les quinze minutes.",
        "Merci pour vos trois étoiles et pour ce retour honnête. Vous avez raison, notre salle d'attente est exiguë et les chaises ne sont pas tendres pour un dos douloureux. De nouveaux sièges arrivent la semaine prochaine et nous réaménageons l'accueil.",
        "Merci d'avoir pris le temps d'écrire. D'après notre planning, le cours était bien prévu pour 45 minutes, mais nous comprenons qu'il ait pu vous sembler plus court si l'accordage et l'échauffement ont pris du temps. Nous aimerions en discuter avec vous : n'hésitez pas à nous appeler au 02 40 98 76 54.",
        "Nous sommes désolés : Lucas vous a remis des chaussures d'une pointure trop petite, et c'est à nous, en tant que magasin, d'en assumer la responsabilité, car notre procédure d'essayage aurait dû l'éviter. La journée de location vous a été remboursée et nous avons ajouté une double vérification.",
        "Nous avons appris avec beaucoup de tristesse le décès de votre père. Ce fut un honneur de préparer le buffet pour lui rendre hommage, et nous nous souviendrons longtemps de ses passages au camion chaque vendredi. Toutes nos pensées vous accompagnent, vous et votre famille.",
        "Félicitations pour votre examen de fin de cycle avec mention très bien ! Madame Guillou était aux anges toute la semaine. Tout ce travail de gammes a payé, et nous avons hâte de vous entendre au concert de juin.",
        "Nous comprenons votre déception d'avoir été refusé ce soir-là. Pour votre sécurité, nous ne tatouons jamais une personne ayant bu de l'alcool, car il fluidifie le sang et complique la cicatrisation. Votre acompte reste valable pour la date de votre choix, et nous serons ravis de vous revoir.",
        "Vous avez raison, le tarif de la location à la journée a augmenté de 4 € cette saison, et nous sommes désolés que vous l'ayez découvert au comptoir. Nos frais d'assurance et d'entretien ont fortement augmenté, et nous aurions dû l'annoncer plus tôt sur notre site, c'est désormais corrigé.",
        "Merci pour ce super message ! On est contents que la petite ait adoré la séance du mercredi après-midi. À très bientôt, la séance des familles revient tous les mercredis à 14h.",
        "Ah, merci ! Ça fait plaisir de lire ça un jour de crachin normand. Heureux que le boudin noir et les tripes à la mode de Caen vous aient plu. Revenez nous voir au marché de Bayeux le samedi !",
        "Merci beaucoup ! Ce fut un vrai plaisir de vous aider à choisir vos vivaces pour le nouveau massif. Sylvie vous conseille de bien pailler avant les gelées, et vous aurez des fleurs tout l'été. À bientôt à la jardinerie !",
        "Merci beaucoup, tantie ! On est très contents que l'équipe ait bien nettoyé la maison avant la fête de baptême. Que Dieu bénisse la famille, et on est là quand vous voulez.",
        "Madame, Monsieur, nous avons bien reçu votre avis concernant votre récente prise en charge et vous en remercions. Nous regrettons sincèrement les retards répétés des rendez-vous du soir. Le cabinet a depuis élargi ses horaires afin de réduire l'attente, et notre responsable se tient à votre disposition au 02 31 45 67 89. Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
        "Merci de votre patience ! Le cours de guitare débutant du samedi est complet ce trimestre, d'où votre inscription sur liste d'attente. Nous contactons les familles dans l'ordre d'inscription dès qu'une place se libère, et un nouveau groupe ouvre le mercredi soir en janvier.",
        "Nous sommes vraiment désolés pour le vase cassé pendant le ménage. Nos équipes sont assurées pour ce type d'accident, et le remboursement sera intégralement pris en charge. Envoyez-nous simplement une photo à sinistres@propretenormande.fr et nous nous occupons de tout.",
        "Selon nos conditions générales, les arrhes ne sont remboursables que jusqu'à 48 heures avant l'arrivée, mais votre vol ayant été annulé, nous avons bien sûr fait une exception et vous avons remboursé intégralement. Au plaisir de vous accueillir une autre fois.",
        "Merci pour ce bel avis ! Pour celles et ceux qui souhaitent passer : nous sommes ouverts du mardi au dimanche, de 9h à 19h, avec une nocturne le jeudi jusqu'à 21h en décembre pour les sapins.",
        "Merci de nous avoir suivis pendant le déménagement ! Le salon est désormais au 12 cours Napoléon à Ajaccio, juste à côté de la poste, avec un accès de plain-pied.",
        "Merci beaucoup, et à l'hiver prochain ! ⛷️❄️",
        "merci bcp !! 🙌 contents que les tacos vous aient plu, on est au marché de nuit vendredi 🌮",
        "Ravis que ce premier trimestre vous ait plu ! Pour information, notre offre parrainage est ouverte à tous les élèves : amenez un ami à un cours d'essai gratuit et vous bénéficiez tous deux de 10 % sur le trimestre suivant.",
        "Je suis désolée que votre séance vous ait paru précipitée. Ce n'est pas ainsi que nous voulons travailler. Je suis la responsable du cabinet et j'aimerais comprendre ce qui s'est passé : écrivez-moi à contact@kine-reze.fr et je vous rappellerai moi-même.",
        "Vous avez entièrement raison et nous vous présentons nos excuses : nous aurions dû vous signaler que la sauce contenait du gluten. Notre ardoise indique désormais tous les allergènes, et l'équipe demande systématiquement s'il y a des allergies avant de servir.",
        "Merci de nous avoir signalé la moisissure dans la salle de bains du deuxième étage. La remarque était tout à fait justifiée et nous en sommes désolés. La pièce a été fermée le jour même, les joints ont été refaits, et nous avons mis en place un contrôle hebdomadaire de toutes les salles d'eau.",
        "Mon cher Monsieur, permettez-moi de vous remercier bien sincèrement pour votre fidélité depuis tant d'années. C'est toujours un bonheur de vous servir votre gigot du dimanche, et je vous prie de transmettre mes hommages respectueux à Madame.",
        "Si vous pensez avoir oublié un objet lors de la séance, appelez-nous au 02 35 71 22 10 en le décrivant. Les objets trouvés sont conservés à la caisse pendant trente jours.",
        "Désolés pour le bruit dans le dortoir samedi soir. Le calme est de rigueur de 23h à 7h, et un veilleur de nuit est désormais présent pour le faire respecter. Des bouchons d'oreilles sont aussi à disposition gratuitement à l'accueil.",
        "Désolés que votre lavande n'ait pas passé l'hiver. Toutes nos plantes rustiques sont garanties un an pour tous nos clients : rapportez-la avec votre ticket, ou même simplement le pot, et nous la remplacerons.",
        "Merci de nous l'avoir signalé. Vous avez raison, l'entrée latérale n'était pas clairement indiquée pour les personnes en fauteuil, et nous nous en excusons. De nouveaux panneaux ont été posés cette semaine, et notre équipe peut vous accompagner jusqu'à chaque salle par l'ascenseur.",
        "Nous sommes sincèrement désolés que votre visite vous ait déçu. Une étoile reflète honnêtement votre ressenti, et nous aimerions avoir l'occasion d'y remédier. Pourriez-vous nous écrire à contact@boucherie-erdre.fr pour que nous puissions regarder cela de près ?",
        "Quel joli message, merci ! Nous transmettrons vos compliments et votre pourboire à Aminata, qui était ravie d'apprendre que ses massages vous ont aidé à terminer le marathon. Bravo pour votre temps !",
        "Nous ne pensons pas que la viande était avariée : elle avait maturé 28 jours, ce qui lui donne une odeur plus marquée, de noisette, qui peut surprendre. Nous sommes néanmoins désolés qu'elle ne vous ait pas plu et de ne pas l'avoir expliqué au comptoir. Rapportez-la quand vous voulez, nous vous l'échangerons volontiers.",
        "Nous avons revu les images de vidéosurveillance de cette soirée, et vous aviez raison : la file d'attente au comptoir débordait sur le trottoir pendant vingt minutes. Nous en sommes désolés. Une deuxième caisse et la commande en ligne arrivent le mois prochain.",
        "Akwaba et merci pour les cinq étoiles ! On est contents que l'alloco et le poulet braisé t'aient plu. Kouamé te dit que la sauce piment, c'est toujours à volonté. À vendredi au Plateau !",
    ],
}
