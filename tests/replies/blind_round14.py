"""Blind reply set, round 14: owner replies the pre-post check has never seen.

Who and when: written by helper 18z, an independent writer, on 2026-12-03, for
issue 18 (the pre-post reply check).

How it was written: every reply below was invented from the issue's list of
faults and of good-reply traits only, as realistic public replies by owners of
small businesses (restaurants, hotels, guesthouses, shops, garages, salons,
apps, banks, gyms, dentists, vets, bakeries, pharmacies, driving schools...).
The writer did NOT read the application code (workstation/), docs/, training/,
bench/, any other test file or earlier blind set, any other helper's worktree,
or the git history; did not run the check, any test or any bench on these
replies; and did not search the code.  Nothing here was adjusted after seeing
any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, and forty good English and forty good French replies.
Registers: formal, casual, texting, unaccented French, Belgian, Swiss and
Quebec French; British, American, Irish, Australian, Scottish and Indian
English; indirect phrasings; short one-liners; and, for every code and
language, one long warm reply whose fault sits in a single clause.  Good
replies include look-alikes that are not faults: a loyalty or referral scheme
open to everyone, the business's own phone, e-mail or address, staff praised
by first name, a refund or replacement already made, one honest reason given
with an apology, legal terms or the police mentioned neutrally, CCTV used to
help the customer, a joke at the business's own expense, a star rating quoted
neutrally, and polite factual disagreement that keeps the door open.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND14_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Thanks so much for stopping by the bakery, and I'm truly sorry the "
            "sourdough was under-baked that morning. Our oven thermostat has since "
            "been recalibrated by the engineer and we now probe every batch. We'd "
            "love to see you back, and if you nudge your stars up a notch your next "
            "loaf and flat white are on the house. Either way, thank you for taking "
            "the time to write.",
            "hey mate sorry bout the wait at the bar. bump ur review to 5 and ur "
            "next round's sorted 🍻",
            "We'd be happy to add a 25% credit to your account as soon as this post "
            "no longer appears on the page.",
            "Kindly revise your feedback to positive, sir, and we shall do the "
            "needful: one complimentary haircut with beard trim will be credited to "
            "you.",
            "Och, sorry it wasnae up to scratch. Take this doon and there's a free "
            "MOT in it for ye next time.",
        ],
        "fr": [
            "Bonjour Madame, merci d'avoir pris le temps de nous écrire après votre "
            "séjour. Nous regrettons sincèrement le bruit de la climatisation ; le "
            "technicien est passé dès lundi et l'appareil a été remplacé. Si vous "
            "acceptez de revoir votre note à la hausse, nous vous offrons volontiers "
            "une nuit lors de votre prochaine venue. Au plaisir de vous accueillir "
            "à nouveau. La direction",
            "slt, desole pr l'attente. si tu remontes ta note on t'offre le "
            "brushing la prochaine fois",
            "Allo! Désolé pour la poutine tiède. Si tu enlèves ton commentaire, ta "
            "prochaine commande est sur nous, promis.",
            "Nous sommes navrés pour ce souci de livraison. Pour tout avis modifié "
            "en cinq étoiles, nous vous ferons parvenir un bon d'achat de septante "
            "euros.",
            "Cher client, un geste commercial de cinquante francs vous sera accordé "
            "dès que votre évaluation aura été mise à jour favorablement.",
        ],
    },
    "intimidation": {
        "en": [
            "Hi there, thanks for the detailed write-up about your stay at the "
            "lodge, and sorry the hot tub was closed. It was down for a scheduled "
            "pump repair, which we should have mentioned at check-in, and we've "
            "since added a notice to every booking confirmation. I'd add that our "
            "solicitor has been copied on this thread and will be in touch should "
            "the review stay up. Hope the rest of your trip went well.",
            "Keep posting this stuff and you'll be hearing from our attorneys. "
            "Consider this your final warning.",
            "Sure we've your car on the CCTV coming in and out, so I'd think twice "
            "about what you put online, pal.",
            "It would be a shame if your manager at the council found out how you "
            "spend your lunch breaks.",
            "Noted. Your name is now on the list we share with every salon in "
            "town, so good luck getting booked in anywhere else.",
        ],
        "fr": [
            "Bonsoir et merci pour votre retour sur notre menu du soir. Nous "
            "entendons votre remarque sur la cuisson de l'entrecôte et en avons "
            "parlé en cuisine : les cuissons sont désormais vérifiées à la sonde. "
            "Sachez néanmoins que nous avons déposé plainte et que la gendarmerie "
            "pourrait prendre contact avec vous au sujet de ces propos. Bonne "
            "soirée à vous.",
            "Votre adresse figure dans notre fichier de livraison. On pourrait "
            "très bien passer vous en parler de vive voix, si vous voyez ce que je "
            "veux dire.",
            "Mon avocat va s'occuper de ton dossier, pis ça va te coûter cher, je te le garantis.",
            "si vous retirez pas ce msg d'ici vendredi on previent votre patron, "
            "on sait tres bien ou vous bossez",
            "Nous transmettons votre pseudo et votre photo à tous les commerçants "
            "de la galerie : vous ne serez plus servi nulle part ici.",
        ],
    },
    "personal_data": {
        "en": [
            "Thanks for coming in for your check-up, and apologies that you waited "
            "forty minutes past your slot. An emergency extraction ran long and we "
            "should have let the waiting room know; reception will now text "
            "patients whenever we run more than fifteen minutes behind. About the "
            "sensitivity after your root canal on tooth 26, Mrs Patel, please do "
            "ring us. Take care.",
            "Hi, we've looked at booking ref HX-44719 and the late checkout fee "
            "has been refunded to your card ending 3382.",
            "Sorry Liam! I'll ring you back on 087 412 5590 this arvo to sort out "
            "the membership freeze.",
            "We're sorry the radiator in room 214 was noisy on the night of "
            "14 March, Mr Okafor; we've made a note on your guest profile.",
            "Your parcel came back to us from 12 Larkfield Crescent marked 'not "
            "known at this address', and we've also emailed "
            "dan.whitlock77@outlook.com twice. Could you confirm your details?",
        ],
        "fr": [
            "Bonjour, merci beaucoup pour ce long message et pour votre fidélité "
            "depuis l'ouverture du salon. Nous sommes désolés que la couleur n'ait "
            "pas tenu comme prévu : la coloriste a revu le temps de pose et nous "
            "vous proposons une retouche offerte. Nous vous rappelons au "
            "06 72 18 44 09 cette semaine pour fixer le créneau, Madame Lefebvre. "
            "Belle journée !",
            "Nous avons bien retrouvé votre réservation n° RX-20931 du samedi "
            "12 octobre au nom de M. Girard.",
            "bjr, on a rembourse sur la carte qui finit par 4471, vous devriez le "
            "voir d'ici 3 jours",
            "Madame, suite à votre séjour en chambre 307 du 3 au 5 février, nous "
            "avons transmis votre remarque au service d'étage.",
            "Nous vous avons écrit hier sur claire.dubois84@gmail.com au sujet de "
            "votre allergie à la pénicilline, sans réponse pour l'instant.",
        ],
    },
    "personal_attack": {
        "en": [
            "Thank you for your feedback on the Sunday roast. We're sorry the "
            "Yorkshire puddings had gone a bit flat; our head chef has moved them "
            "to a later bake so they go out fresh. We do value every comment, "
            "though it was fairly obvious you came in fishing for a free meal "
            "from the start. Hope to welcome you again.",
            "You're making this up and you know it.",
            "Sir, your review is full of lies only. People like you are spoiling "
            "the name of small businesses.",
            "What an absolute muppet. Learn to read a menu.",
            "We can only conclude someone paid you to write this.",
        ],
        "fr": [
            "Bonjour et merci d'avoir pris le temps d'écrire. Nous comprenons que "
            "l'attente au comptoir ait été longue ce samedi-là : nous avons depuis "
            "ajouté une deuxième caisse aux heures de pointe. Cela dit, vous "
            "cherchiez visiblement à vous faire rembourser un article que vous "
            "aviez déjà porté. Nous restons à votre écoute.",
            "Tout ce que vous racontez est inventé de A à Z, et vous le savez très bien.",
            "Ben voyons, encore un gratteux qui veut manger gratis.",
            "vous etes vraiment un gros beauf, ca se voit rien qu'a votre facon d'ecrire",
            "Votre avis relève de la pure mauvaise foi, une fois de plus.",
        ],
    },
    "sarcasm": {
        "en": [
            "Thanks for writing in about the app update. You're right that the "
            "login screen was slow on older Android phones, and version 4.2.1 "
            "fixes it; the team worked the weekend to get it out. And "
            "congratulations on being the first person in history to find a "
            "two-second delay life-changing. Let us know if anything else crops up.",
            "Oh no, a lukewarm chip. However will you recover.",
            "Yeah nah, sorry the ocean was too wet for ya at our surf school. "
            "We'll have a word with the Pacific.",
            "Wow, three whole stars for the exact haircut you asked for. We're honoured, truly.",
            "Aye, we'll get right on making the rain stop for your next visit, your majesty.",
        ],
        "fr": [
            "Bonjour, merci pour votre message. Vous avez raison sur un point : la "
            "salle était pleine et le service a pris du retard, nous avons depuis "
            "recruté un extra pour le week-end. Et bravo pour votre palais "
            "exceptionnel, capable de détecter une pincée de sel de trop à trois "
            "tables de distance. Au plaisir de vous revoir.",
            "Quelle tragédie, un croissant pas assez doré. On a prévenu la cellule de crise.",
            "Nous prenons bonne note que le lac était trop froid. Nous ne "
            "manquerons pas d'en informer la commune, évidemment.",
            "ah oui c'est sur, 5 min d'attente c'est le bout du monde hein",
            "Ah ben merci, grand expert de la mécanique, on va t'engager comme chef "
            "d'atelier tiens.",
        ],
    },
    "blames_employee": {
        "en": [
            "Thanks for your review and for bringing the Golf in for its service. "
            "We're sorry the car came back with a grubby steering wheel and the "
            "radio presets changed; we've since added seat and wheel covers to "
            "every job. That was Kevin on the ramp that day, he's been careless "
            "all month and it's on him rather than the garage. We'd welcome you "
            "back any time.",
            "Our waitress Chloé is new and frankly hopeless; she's the reason your "
            "order was wrong.",
            "The lad who checked you in on Friday night, the tall one with the "
            "ginger beard, messed up your booking, not us.",
            "The delay was entirely due to our technician Mr. Ramesh, who did not "
            "come on time. Management is not responsible.",
            "Blame Dave in the kitchen. It's always Dave.",
        ],
        "fr": [
            "Merci pour votre avis et pour votre fidélité à la pharmacie. Nous "
            "sommes navrés pour l'erreur de boîte dans votre commande et avons mis "
            "en place une double vérification au comptoir. L'erreur vient de "
            "Sandrine, notre préparatrice, qui n'en est pas à son coup d'essai. "
            "N'hésitez pas à repasser nous voir.",
            "C'est le stagiaire du mardi matin qui a tout mélangé, pas nous.",
            "La faute en incombe à notre livreur Mehdi, qui a une fois de plus oublié de sonner.",
            "c julien qui a fait la coupe, il l'a ratee, c pas la faute du salon",
            "C'est Steve au comptoir qui a mal pris ta commande, il est dans la "
            "lune depuis des semaines.",
        ],
    },
    "excessive_justification": {
        "en": [
            "Thanks so much for visiting and for the kind words about our "
            "desserts, the pastry team were thrilled. As for the wait, it was "
            "Mother's Day, two cooks had flu, the dishwasher broke that morning, "
            "the veg supplier turned up late, the card machine froze and the "
            "booking system double-booked half the room, so honestly there was "
            "nothing more we could have done. We hope to see you again soon.",
            "Our delivery was late because of the roadworks on Main Street, the "
            "new traffic lights, the school run, a tyre pressure warning on the "
            "van, the rain, and a customer before you who wasn't home. None of "
            "that is on us.",
            "Please understand that the transfer delay resulted from regulatory "
            "checks, interbank cut-off times, the bank holiday, our processor's "
            "maintenance window and the volume of requests that week; the matter "
            "was therefore outside our control in every respect.",
            "Look, the showers were cold cos the boiler's ancient, the landlord "
            "won't replace it, the plumber's booked till March, the council's "
            "sitting on our permit and gas prices are mental. What do you expect "
            "us to do?",
            "Sir, kindly note the AC was not working due to power cut in the "
            "area, then generator diesel shortage, then technician on leave for "
            "festival, then spare part not available in city. So we are helpless "
            "in this matter.",
        ],
        "fr": [
            "Bonjour et merci pour vos compliments sur la terrasse et le dessert, "
            "toute l'équipe était ravie de les lire. Quant au temps d'attente, il "
            "faut savoir que c'était jour de marché, que deux serveurs étaient "
            "malades, que le lave-vaisselle avait lâché le matin, que le boulanger "
            "a livré en retard et que le terminal de paiement a planté, donc "
            "franchement nous ne pouvions rien faire de plus. Au plaisir !",
            "Le retard s'explique par les travaux rue de la Gare, la grève des "
            "transports, la météo, un fournisseur défaillant, une panne "
            "informatique et un afflux exceptionnel de clients. Nous n'y sommes "
            "pour rien.",
            "Le prix s'explique par le franc fort, le coût du personnel, les loyers "
            "genevois, les normes d'hygiène cantonales, l'énergie et les "
            "assurances ; il est donc parfaitement justifié et nous ne voyons pas "
            "en quoi nous devrions nous excuser.",
            "Ben là, la tempête, la neige, le déneigeur qui est pas passé, le char "
            "du livreur qui partait pas, pis le congé férié : on pouvait pas faire "
            "mieux, c'est de même.",
            "le wifi marchait pas a cause de l'operateur, du routeur, de l'orage, "
            "des murs en pierre et du monde qu'il y avait, on y peut rien",
        ],
    },
    "categorical_denial": {
        "en": [
            "Thank you for choosing our guesthouse for your anniversary weekend, "
            "and I'm so glad you enjoyed the breakfasts and the sea view. As for "
            "the mould you mention, there was no mould in that bathroom, full "
            "stop, and we won't be discussing it further. Wishing you both many "
            "more happy years.",
            "This did not take place. End of discussion.",
            "No one on our team has ever spoken to a customer like that. Didn't happen.",
            "Not a bother on the engine when it left us. Whatever went wrong "
            "afterwards had nothing to do with our work, and that's that.",
            "Our records show no such call was ever received. We consider this matter closed.",
        ],
        "fr": [
            "Bonjour, merci pour votre fidélité depuis toutes ces années et pour "
            "vos mots gentils sur l'accueil de l'équipe. Concernant la facturation "
            "en double que vous évoquez, elle n'a jamais existé et le sujet est "
            "clos de notre côté. Nous vous souhaitons une très bonne fin d'année.",
            "Ce que vous décrivez n'a tout simplement pas eu lieu. Point final.",
            "Il n'y a jamais eu de cheveu dans l'assiette, à aucun moment. Nous ne "
            "reviendrons pas là-dessus.",
            "c faux, ca s'est jamais passe chez nous, fin de la discussion",
            "Voyons donc, jamais une affaire de même est arrivée au garage. Le dossier est fermé.",
        ],
    },
}

BLIND14_GOOD: dict[str, list[str]] = {
    "en": [
        "Thanks a million for the lovely words, and we're delighted the lamb hit "
        "the spot. See you next time!",
        "Thank you for the feedback. Just so you know, our stamp card works the "
        "same for every customer: the tenth coffee is free for anyone who asks at "
        "the till, review or no review. Hope to see you again.",
        "We're sorry the flowers arrived late. Please call the shop on "
        "01632 960 441 or email hello@greenleafflorist.co.uk and we'll put it "
        "right.",
        "Thank you! We'll pass your compliments on to Priya, who'll be thrilled "
        "the colour turned out exactly as you hoped.",
        "We're sorry the jacket's zip failed after a week. We've issued a full "
        "refund to your original payment method and raised the fault with the "
        "supplier.",
        "You're right, the kitchen was slow on Saturday. One of our chefs went "
        "off sick at short notice, which isn't an excuse: we should have warned "
        "you when you sat down. We apologise, and we've set up an on-call cover "
        "rota so it doesn't happen again.",
        "Thanks for your question about the cancellation fee. Under our booking "
        "terms, stays can be cancelled free of charge up to 48 hours before "
        "arrival; we've now made that clearer on the confirmation page. Sorry for "
        "the confusion.",
        "Guilty as charged: our coffee machine has more moods than a teenager. "
        "It's been serviced this week, and we're sorry your latte paid the price.",
        "We're sorry your scarf went missing. With your permission we checked our "
        "CCTV and saw it was handed in at the bar that evening; it's waiting for "
        "you at reception.",
        "Thank you for your review. We see it a little differently, as the "
        "service charge is printed on the menu, but we understand it came as a "
        "surprise and we'll make it more visible on the bill.",
        "Cheers for the five stars, legends!",
        "Thanks for popping in, and sorry the scones had all gone by the "
        "afternoon. We're baking a second batch from now on, so come back soon!",
        "Thank you for your valuable feedback. We apologise for the delay in "
        "delivery. We have spoken to our courier partner and added an extra "
        "check. For any further help, kindly reach us at "
        "support@chaiwalaexpress.in.",
        "We're sorry the app kept logging you out. It was caused by a fault in "
        "last week's update, which has now been fixed. If it happens again, "
        "please contact our support team through the in-app chat.",
        "Thanks for flagging the broken treadmill. It was repaired on Tuesday, "
        "and we've put a fault-report QR code on every machine so problems reach "
        "us faster. Apologies for the hassle.",
        "We're really sorry your appointment felt rushed. We'd like to hear more "
        "so we can improve; please call our practice manager on 020 7946 0321 at "
        "a time that suits you.",
        "Thank you for staying with us. We're sorry the lift was out of service "
        "during your visit; a new control unit has been fitted. We hope you'll "
        "give us another chance.",
        "If you come back to see us, we'd love to hear what you think. We read "
        "every review, good or bad.",
        "Thanks for the feedback on prices. From next month we're introducing a "
        "10% student discount for anyone with a valid card.",
        "We're so sorry the cake was damaged on the way. We'd like to bake you a "
        "replacement; drop us a line at orders@bakehouse.ie and we'll arrange a "
        "date.",
        "We're sorry your bike was stolen from our car park. At your request "
        "we've passed our footage to the police, and we've installed a new bike "
        "rack right under the camera.",
        "Tom and the whole crew at the garage say thanks for the kind words!",
        "thx so much!! glad u loved the nails 💅 see u soon x",
        "We're sorry you felt the price was steep. It includes hand-finished "
        "alterations, which isn't clear from the window display, so we'll add a "
        "note. Thanks for telling us.",
        "To protect your privacy we won't go into your account here. Please call "
        "us on 0800 555 0199 and mention 'review follow-up'.",
        "Sorry we dropped the ball on your takeout order, that's on us. We've "
        "retrained the team to double-check bags before they go out. Hope you'll "
        "give us another shot.",
        "Our car park is, admittedly, a small puzzle best solved with patience. "
        "We've put up clearer signs at the entrance on 4 Mill Lane and we're "
        "sorry it made your visit stressful.",
        "Thanks for your kind words. Martina will be glad to read this; she put "
        "a lot of care into your wedding bouquet.",
        "You're right that our website showed the wrong opening hours for the "
        "bank holiday. We've corrected it, and we apologise for the wasted trip.",
        "We understand your concern about your data. We follow GDPR, and you can "
        "ask us to delete your account at any time by writing to "
        "privacy@fitloop.app.",
        "What a lovely review to wake up to, thank you! The team are chuffed.",
        "Thank you for taking the time to write such a detailed review. You're "
        "right on several points: the room wasn't ready at three o'clock, towels "
        "were missing, and nobody called you back. That isn't the standard we set "
        "ourselves, and I'm sorry. We've changed the housekeeping order so rooms "
        "for early arrivals are done first, added towels to the room inspection "
        "list, and every callback request now goes on a board at reception. If "
        "you'd like to talk it through, my direct line is 01224 555 732. "
        "Fiona, General Manager",
        "We're sorry to read this. The repair is covered by our six-month "
        "warranty, so we'd be glad to look at the car again free of charge. "
        "Please ring the workshop to book a time.",
        "Thanks for your review. We couldn't find the charge you describe on our "
        "side, so we'd really like to work it out with you: could you email "
        "accounts@brightsmile-dental.com so we can check it together?",
        "Thanks for asking! Our refer-a-friend offer gives you both a month free, "
        "and it's open to every member.",
        "Sorry about the wait for a table, mate. We've started a text-when-ready "
        "list so you can grab a drink down the road instead of standing out in "
        "the cold.",
        "We're sorry about the way you were spoken to at the counter. That isn't "
        "acceptable, we've dealt with it internally, and thank you for telling "
        "us.",
        "We checked with our accountant and you were right: the VAT had been "
        "added twice. We've refunded the difference and we apologise.",
        "Thanks for the two stars and the honest feedback. Dark mode is on the "
        "roadmap for the spring release, and you can follow progress on our "
        "public changelog.",
        "We appreciate you raising the slippery floor by the pool. We've fitted "
        "anti-slip matting and a warning sign. Thank you for helping us keep "
        "everyone safe.",
    ],
    "fr": [
        "Merci infiniment pour ce petit mot, toute la brigade est aux anges ! À "
        "très bientôt au bistrot.",
        "Merci pour votre retour. Pour info, notre carte de fidélité est la même "
        "pour tout le monde : au dixième pain, le onzième est offert, que vous "
        "nous laissiez un avis ou non.",
        "Nous sommes désolés pour ce retard de livraison. Contactez-nous au "
        "04 78 62 11 30 ou à contact@fromagerie-dubois.fr et nous trouverons une "
        "solution.",
        "Merci ! Nous transmettrons vos compliments à Inès, qui sera ravie de "
        "savoir que le soin vous a plu.",
        "Nous sommes désolés pour la tache restée sur votre veste. Le nettoyage "
        "vous a été intégralement remboursé et la pièce a été retraitée "
        "gratuitement ; elle vous attend au comptoir.",
        "Vous avez raison, votre leçon de jeudi a été annulée au dernier moment. "
        "La voiture école avait un pneu crevé ; ce n'est pas une excuse, nous "
        "aurions dû vous prévenir plus tôt. Toutes nos excuses, la leçon est "
        "reprogrammée sans frais.",
        "Merci pour votre question. Selon nos conditions générales de vente, "
        "l'acompte est remboursable jusqu'à 30 jours avant l'arrivée ; nous "
        "l'avons mis en évidence sur la page de réservation. Désolés pour le "
        "malentendu.",
        "On l'avoue, notre rayon polars débordait un peu sur les livres de "
        "cuisine… Tout a été rangé cette semaine, merci pour la remarque !",
        "Nous sommes désolés pour ce double passage en caisse. Avec votre accord, "
        "nous avons revisionné l'enregistrement de la caméra au-dessus de la "
        "caisse, ce qui a confirmé l'erreur et permis de vous rembourser le jour "
        "même.",
        "Merci pour votre avis. Nous voyons les choses un peu différemment, le "
        "supplément étant indiqué sur la carte, mais nous comprenons la surprise "
        "et allons l'afficher plus clairement.",
        "Merci ben gros pour ton beau commentaire, ça fait chaud au cœur! À la prochaine!",
        "Merci pour votre passage et désolés que les boulettes sauce lapin "
        "étaient épuisées vers 14 h ; nous en préparons davantage le midi "
        "désormais. À bientôt !",
        "Merci de votre message. Nous regrettons l'attente au guichet ; un "
        "deuxième collaborateur est désormais présent le samedi matin. Pour toute "
        "question, notre agence est joignable au 022 345 67 89.",
        "Nous sommes désolés que les notifications de paiement soient arrivées "
        "en retard. Un correctif a été déployé mercredi. Si cela se reproduit, "
        "écrivez-nous via la messagerie sécurisée de l'application.",
        "Merci d'avoir signalé les casiers cassés du vestiaire. Ils ont été "
        "remplacés lundi, et vous pouvez désormais signaler toute panne à "
        "l'accueil ou sur l'appli. Désolés pour le désagrément.",
        "Nous sommes sincèrement désolés que la consultation de votre chat vous "
        "ait paru expédiée. Notre vétérinaire référente aimerait en parler avec "
        "vous : appelez la clinique au 02 40 12 34 56 quand cela vous convient.",
        "Merci d'avoir séjourné au gîte. Nous regrettons que l'eau chaude ait "
        "manqué le deuxième soir ; le ballon a été remplacé par un modèle plus "
        "grand. Au plaisir de vous recevoir à nouveau.",
        "Si vous revenez nous voir, n'hésitez pas à nous dire ce que vous en avez "
        "pensé : nous lisons tous les avis.",
        "Merci pour votre remarque sur le prix des montures. Depuis ce mois-ci, "
        "la deuxième paire à moitié prix est proposée à tous nos clients, sans "
        "condition.",
        "Nous sommes désolés que le gâteau ait été abîmé pendant la livraison. "
        "Nous aimerions vous en préparer un autre : écrivez-nous à "
        "commandes@patisserie-lemoine.fr pour convenir d'une date.",
        "Nous sommes désolés pour le vol de votre vélo sur notre parking. À votre "
        "demande, nous avons transmis les images à la police et installé un "
        "nouvel arceau juste sous la caméra.",
        "merci beaucoup pour votre avis, ca nous fait tres plaisir, a bientot !",
        "merci bcp !! trop contents que les ongles vous plaisent 💅 a tres vite",
        "Nous comprenons que le prix de la côte de bœuf vous ait surpris. Il "
        "s'agit d'une viande maturée 30 jours, ce que l'étiquette n'indiquait "
        "pas ; nous l'ajoutons dès demain. Merci de nous l'avoir signalé.",
        "Pour protéger votre vie privée, nous ne détaillerons pas votre dossier "
        "ici. Contactez-nous au 0 800 55 01 99 en indiquant « suite à avis ».",
        "Désolés, on s'est trompés de pizza, c'est entièrement de notre faute. "
        "Nous relisons désormais chaque ticket à voix haute avant d'enfourner.",
        "Notre parking est, il faut l'avouer, un petit casse-tête. Nous avons "
        "installé une signalétique plus claire à l'entrée du 8 rue des Tanneurs "
        "et sommes désolés que votre visite ait commencé ainsi.",
        "Merci pour vos mots ! Martin sera touché de les lire, il avait mis "
        "beaucoup de soin dans votre bouquet de mariage.",
        "Vous avez raison, les horaires affichés en ligne pour le jour férié "
        "étaient faux. Nous les avons corrigés et vous prions de nous excuser "
        "pour le déplacement inutile.",
        "Nous comprenons votre inquiétude au sujet de vos données. Nous "
        "respectons le RGPD et vous pouvez demander la suppression de votre "
        "compte à tout moment en écrivant à dpo@fitloop.app.",
        "Merci d'avoir pris le temps d'écrire un avis aussi détaillé. Vous avez "
        "raison sur plusieurs points : la chambre n'était pas prête à 15 h, il "
        "manquait des serviettes et personne ne vous a rappelé. Ce n'est pas le "
        "niveau que nous visons et je vous présente nos excuses. Nous avons revu "
        "l'ordre du ménage pour préparer d'abord les chambres des arrivées "
        "anticipées, ajouté les serviettes à la liste de contrôle et affiché les "
        "demandes de rappel à la réception. Si vous souhaitez en parler, ma "
        "ligne directe est le 03 88 55 73 20. Claire, directrice",
        "Nous sommes désolés de lire cela. La réparation est couverte par notre "
        "garantie de six mois : nous serons heureux de revoir le véhicule "
        "gratuitement. Appelez l'atelier pour prendre rendez-vous.",
        "Merci pour votre avis. Nous n'avons pas retrouvé de notre côté le "
        "prélèvement dont vous parlez, et nous aimerions vraiment comprendre : "
        "pourriez-vous écrire à compta@cabinet-sourire.fr pour que nous "
        "vérifiions ensemble ?",
        "Merci pour la question ! Le parrainage offre un mois gratuit au parrain "
        "et au filleul ; il est ouvert à tous les membres, sans condition.",
        "Désolé pour l'attente pour une table. On a maintenant une liste par "
        "texto : on t'écrit quand c'est prêt, pis tu peux aller prendre un verre "
        "en attendant.",
        "Nous sommes désolés de la façon dont on vous a parlé en caisse. Ce n'est "
        "pas acceptable, nous l'avons traité en interne. Merci de nous l'avoir "
        "dit.",
        "Merci, ça compte beaucoup pour notre petite boutique.",
        "Merci pour les deux étoiles et votre retour honnête. Le mode sombre est "
        "prévu pour la version de printemps ; vous pouvez suivre l'avancement "
        "dans notre journal des modifications.",
        "Merci d'avoir signalé le sol glissant près du bassin. Un tapis "
        "antidérapant et un panneau ont été installés. Merci de nous aider à "
        "garder le lieu sûr pour tous.",
        "Septante ans que la boulangerie existe, et ce sont des messages comme le "
        "vôtre qui nous donnent envie de continuer. Merci !",
    ],
}
