"""Blind reply set, round 85: owner replies the pre-post check has never seen.

Who and when: written by helper b83, an independent writer, on 2026-12-06,
for the pre-post reply check (writer brief "round 83").

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
restaurants, pizzerias, sushi bars, pubs, cocktail bars, cafés and food
trucks.  Each French reply was written directly in French, not translated.
Apart from the first seventy-five lines of the round 20 file, read only to
copy its format, the writer did NOT read the application code, docs,
training data, benches, any other test file or earlier blind set, any other
folder under /work, the git history or /work/.library; did not run the check,
any test or any bench on these replies (only a syntax parse, a count of
entries and ruff); and did not search the code.  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each bad reply carrying exactly one fault; and forty good
English and forty good French replies.  For every code and language the first
reply is a long, warm reply whose fault sits in a single sentence in the
middle; the others vary between one-liners, slang or texting with emoji, very
formal or corporate wording, veiled and polite phrasings and regional speech.
Good replies include look-alikes that are not faults: an apology with a
concrete fix and an offline channel, warm thanks to happy customers, a
loyalty or referral scheme open to everyone whatever they write, the
business's own phone, e-mail, address or opening hours, staff praised by
first name, a named employee's mistake owned by the business, a refund
already made, one honest reason given with an apology, legal terms,
insurance, the police or CCTV mentioned neutrally or to help the customer, a
joke at the business's own expense, a star rating quoted neutrally, polite
factual disagreement that keeps the door open, condolences, congratulations,
a safety rule explained kindly and a price change explained with an apology.

Registers: French from Montpellier, Dijon, Clermont-Ferrand, Luxembourg and
Côte d'Ivoire, chatty, curt and very formal; English from Leeds, Edinburgh,
Brisbane and Ohio, banter, texting with emoji and stiff corporate English.
Phone numbers are drawn from ranges reserved for fiction.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND85_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Thank you ever so much for coming in for Sunday lunch with us in Chapel Allerton. It's "
                "lovely to hear the Yorkshires were as big as your head and that the beef was pink just "
                "how you like it. We're a small team and weekends are hectic, so knowing the table felt "
                "looked after really does mean a lot to everyone in the kitchen. If you'd be kind enough "
                "to bump your review up to the full five stars, your next round of drinks is on the house. "
                "The sticky toffee pudding is back on the specials board from next week, so do come and "
                "try it. Thanks again and see you soon!"
            ),
            (
                "Cheers legend 🙌 bump us up to 5 ⭐ and ya next brekkie burrito's on us, just flash the "
                "updated review at the window 🌯🚚"
            ),
            (
                "On behalf of the management team, please note that 500 bonus loyalty points will be "
                "credited to your account upon publication of a revised rating that reflects your overall "
                "satisfaction with our restaurant."
            ),
            (
                "We'd hate for one slow evening to be the last word on us. Should you feel able to let "
                "this post quietly disappear, there's a little something waiting behind the bar for you."
            ),
            "Delete this and your next bento box is free.",
        ],
        "fr": [
            (
                "Bonsoir et merci mille fois pour ce joli message ! Nous sommes ravis que la tielle "
                "sétoise et la brandade vous aient rappelé les repas de votre grand-mère, c'est exactement "
                "ce qu'on cherche à transmettre dans cette petite salle de l'Écusson. Toute l'équipe a lu "
                "votre avis au briefing de midi, et je peux vous dire que ça a fait des sourires. Si vous "
                "aviez la gentillesse de passer votre note à cinq étoiles, le dessert et le café vous "
                "seraient offerts lors de votre prochaine visite. La terrasse rouvre dès les premiers "
                "beaux jours, on vous y attend avec plaisir !"
            ),
            (
                "Ahh merci beaucoup ma sœur 🙏🏾 ! Faut mettre 5 étoiles là, ton garba de la prochaine "
                "fois c'est cadeau, on te promet 😄🐟"
            ),
            (
                "Nous vous saurions gré de bien vouloir reconsidérer votre évaluation ; une invitation "
                "pour deux personnes à notre brunch dominical vous sera adressée dès que la modification "
                "aura été effectuée."
            ),
            (
                "Un petit geste vous attend au comptoir, pour peu que ce commentaire ait disparu d'ici la "
                "fin de la semaine."
            ),
            "Retirez cet avis, on vous rembourse le repas.",
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thank you for joining us for dinner during the Festival and for such a thoughtful "
                "write-up. We're so glad the haggis bonbons and the cranachan went down well, and that "
                "your table by the window gave you a view of the castle all lit up. We hear you on the "
                "wait for mains, and the kitchen has already talked through how to pace the busiest nights "
                "better. Our solicitors have been copied in on this review and will be writing to you if "
                "it isn't taken down by Friday. Otherwise we'd love to welcome you back when things are "
                "calmer in the autumn."
            ),
            ("Post another one like this, mate, and your boss hears all about it. We know who ya work for 😤👀"),
            (
                "Please be advised that this review has been forwarded to our legal department, and that "
                "we reserve the right to pursue all available remedies against its author."
            ),
            (
                "It would be a terrible shame if your neighbours got to hear about how Saturday night at "
                "the bar really went, so perhaps have a little think before you post again."
            ),
            "You're barred, and if we see you near the door again you won't like what happens.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre table pour une occasion aussi importante, c'est un "
                "honneur pour nous. Nous sommes heureux que le bœuf bourguignon et les gougères vous aient "
                "régalés, et que le Marsannay conseillé par notre sommelier ait accompagné le repas comme "
                "il faut. Nous entendons votre remarque sur la température de la salle, et nous faisons "
                "vérifier le chauffage cette semaine. Votre avis a été transmis à notre avocat, qui "
                "engagera des poursuites si vous ne le retirez pas sous huit jours. Au plaisir, malgré "
                "tout, de vous revoir pour la saison de la truffe."
            ),
            "Eh mon frère, on connaît ton quartier hein, faut faire attention à ce que tu écris sur nous 😠",
            (
                "Nous vous informons qu'un commissaire de justice a été mandaté afin de constater vos "
                "propos, et que toute récidive donnera lieu à un dépôt de plainte."
            ),
            (
                "On a les images de la caméra de samedi soir, ce serait dommage qu'elles se retrouvent sur "
                "les réseaux, vous ne trouvez pas ?"
            ),
            "Interdit de camion. Et si on vous revoit traîner devant, vous le regretterez.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "Thanks so much for the lovely words about our sourdough bases — the dough has a 48-hour "
                "prove and we're a bit obsessed with it, so that really made the team's day. We're sorry "
                "the garlic dip went missing from the bag, though. We've pulled up your order, #LS6-4821 "
                "for Hannah Okafor, delivered to 14 Cardigan Road on Friday the 12th at 7.48pm, and can "
                "see the dip was left off at packing. We've added a final check at the counter so every "
                "side is ticked off before a driver leaves. Hope to bake for you again soon!"
            ),
            ("Jess!! You and Tom from your office were an absolute hoot at table 6 last Saturday 🍸😂 see ya soon x"),
            (
                "We have reviewed the transaction charged to your Visa card ending in 4417 on November 3rd "
                "and have issued a correction for the duplicate amount."
            ),
            (
                "So sorry, Mrs Drummond. We know how careful you have to be with your coeliac disease, and "
                "we'll make sure the kitchen double-checks your scones when you're next in on a Thursday "
                "morning."
            ),
            "Raj, we've tried your mobile on 07700 900312 twice now, please pick up!",
        ],
        "fr": [
            (
                "Bonjour et merci beaucoup pour ce retour si détaillé, ça nous aide vraiment à progresser. "
                "Nous sommes contents que le plateau du chef et les gyozas maison vous aient plu, et que "
                "la livraison soit arrivée bien au chaud malgré la pluie. Vous avez raison pour le wasabi "
                "manquant, et nous en sommes désolés. Nous avons retrouvé votre commande n° 20481, livrée "
                "le 9 novembre au 12 rue de l'Aiguillerie au nom de Mme Castagnol, et le sachet avait bien "
                "été oublié à l'emballage. Nous avons ajouté une vérification avant chaque départ de "
                "livreur. À bientôt, on l'espère !"
            ),
            (
                "Merci tantie Awa 🙏🏾 on t'a vue samedi avec ton mari et tes deux petits à la table du "
                "fond, revenez vite hein ! 😊"
            ),
            (
                "Nous avons procédé à la vérification de votre réservation n° LUX-7734 du 14 novembre, "
                "effectuée au nom de M. Weber, ainsi que du paiement réglé par la carte se terminant par "
                "0928."
            ),
            (
                "Monsieur Perrot, nous avons bien noté votre allergie aux fruits à coque, comme lors de "
                "votre venue de mardi midi avec votre collègue de la mairie."
            ),
            "Mme Fabre, nous vous avons laissé un message au 06 39 98 27 53 ce matin.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "G'day and thanks heaps for dropping into the café on a Saturday morning. We're stoked you "
                "loved the flat white and the banana bread, and that the courtyard was in full sun for "
                "you. We're sorry the smashed avo came out cooler than it should have. Honestly, though, "
                "it's pretty clear you were only ever angling for a free brekkie. The new winter menu "
                "lands next month with a proper chilli scramble, and we'd love to see you back for it. "
                "Have a ripper week!"
            ),
            "Honestly pal, you're a right miserable sod, and everyone at the bar thought so too 🙄🍺",
            (
                "Regrettably, this review appears to have been written in bad faith by an individual "
                "seeking compensation to which they are not entitled."
            ),
            (
                "Put politely, some guests are a pleasure to look after and some are not, and you were "
                "very much the latter."
            ),
            "You're a freeloader and every chef here knows it.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre passage. Nous sommes "
                "contents que la truffade et le saint-nectaire fermier vous aient plu, c'est la fierté de "
                "notre cuisine depuis trois générations. Nous sommes désolés pour l'attente entre l'entrée "
                "et le plat, le service du dimanche est toujours un peu tendu. Cela dit, vous êtes "
                "manifestement de ces clients qui cherchent le moindre prétexte pour ne pas payer "
                "l'addition. Les beaux jours reviennent, et la terrasse face au puy de Dôme vous attend."
            ),
            "Toi tu es jaloux seulement, tu aimes trop gâter le nom des gens 😒",
            (
                "Nous constatons avec regret que ce commentaire émane d'une personne manifestement de "
                "mauvaise foi, coutumière de ce genre de publications."
            ),
            (
                "Il y a des clients qu'on regrette de voir partir, et d'autres dont on se passe très bien "
                "; vous savez désormais dans quelle catégorie vous ranger."
            ),
            "Menteur et radin. Bonne journée.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Hi there, and thanks so much for stopping by the diner on your way through Dayton. We're "
                "thrilled you enjoyed the buttermilk pancakes and that Brenda kept your coffee topped up "
                "the whole time — she'll be delighted to hear it. We always want to know how we can do "
                "better, so thank you for taking the time to write. Oh no, a pickle spear touched your "
                "burger bun — we honestly don't know how you found the strength to finish your meal. Our "
                "pie case gets restocked every morning, so do stop back in for a slice of Dutch apple next "
                "time you're in town."
            ),
            "Strewth, a whole eight minutes for a pizza, must've been absolute torture for ya 🙄🍕😂",
            (
                "We have escalated your concern regarding the insufficient number of ice cubes in your gin "
                "and tonic to our crisis management team, who are working around the clock on it."
            ),
            (
                "Thank you for the feedback. Next time we'll be sure to roll out the red carpet and book a "
                "string quartet, since a table by the window clearly wasn't quite enough."
            ),
            "Raw fish at a sushi bar. Who could possibly have seen that coming?",
        ],
        "fr": [
            (
                "Bonjour et merci pour votre visite dans notre pizzeria du Grund ! Nous sommes ravis que "
                "la pizza à la truffe et le tiramisu maison vous aient plu, et que notre pizzaiolo ait "
                "pris le temps de vous montrer le four à bois. Vos compliments sur la pâte nous touchent "
                "beaucoup, elle repose quarante-huit heures avant d'être cuite. Quel drame, en effet, ces "
                "trois minutes d'attente supplémentaires pour l'addition, on se demande encore comment "
                "vous avez survécu. Au plaisir de vous accueillir à nouveau en terrasse cet été."
            ),
            ("Ehhh pardon oh, l'alloco était trop chaud pour toi ? On va le mettre au frigo la prochaine fois 😂😂"),
            (
                "Nous prenons très au sérieux votre signalement concernant la couleur des serviettes et "
                "avons naturellement convoqué une cellule de crise."
            ),
            (
                "Merci pour cette critique gastronomique d'une rare finesse ; nous ignorions que la "
                "moutarde de Dijon était censée être douce."
            ),
            "Bravo pour l'enquête, Sherlock.",
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thank you so much for choosing us for your celebration, and for such a kind review. We're "
                "so pleased the lamb rump and the rhubarb crumble were a hit, and that the private room "
                "felt cosy and relaxed. We're sorry the dessert arrived without the candle you'd asked "
                "for. That was down to Kieran on the pass, who didn't bother reading the note on the "
                "ticket, and he's been taken off weekend shifts while he thinks about it. We'd love to "
                "welcome you back for the next big occasion."
            ),
            "Yeah nah, sorry bout that, Brayden stuffed up ya order big time, he's been told 🙄",
            (
                "Following an internal review, we have determined that the error was caused by our server, "
                "Madison K., who has since received a formal written warning."
            ),
            (
                "The mix-up was Fiona's doing on the till that morning. We've had a quiet word, and let's "
                "just say it won't be happening again."
            ),
            "That was Kenji's fault, not ours. He's gone.",
        ],
        "fr": [
            (
                "Bonsoir, et merci pour ce long message plein de gentillesse. Nous sommes heureux que les "
                "escargots et le jambon persillé vous aient rappelé la cuisine bourguignonne, et que la "
                "salle voûtée vous ait plu. Nous sommes désolés pour la bouteille de Gevrey-Chambertin "
                "servie à la place de celle que vous aviez choisie. C'est Julien, notre nouveau sommelier, "
                "qui s'est trompé de millésime, et il a été sanctionné dès le lendemain. Nous espérons "
                "vous revoir bientôt pour la carte d'automne."
            ),
            "Pardon hein, c'est Koffi qui a mal fait, il a servi sans regarder, on l'a déjà grondé 😤",
            (
                "Après vérification, l'incident est imputable à Mme Schmit, notre responsable de salle, à "
                "l'encontre de laquelle une procédure disciplinaire a été engagée."
            ),
            (
                "Disons que Léa n'était pas dans son meilleur jour derrière le bar samedi ; on a eu une "
                "petite conversation avec elle."
            ),
            "Faute du serveur, Kevin. Il est viré.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Thanks heaps for coming along to our rooftop on Friday and for the lovely words about the "
                "view over the river. We're glad the passionfruit spritz was a hit and that the DJ got "
                "everyone up dancing by ten. As for the wait at the bar, two of our bartenders called in "
                "sick, the ice machine packed it in at six, the glasswasher flooded behind the counter, "
                "the bottle-shop delivery turned up an hour late, the card terminal kept dropping out and "
                "half of Fortitude Valley arrived at once after the footy, so there really was nothing "
                "more we could have done. We hope to see you again for sunset drinks soon."
            ),
            (
                "Look, it were Saturday, we were two down, the fryer went, the lad on the door were new, "
                "the rain brought everyone in at once, the card machine kept cutting out n the brewery "
                "sent the wrong barrels, so it were never gonna be perfect, were it 🤷‍♂️"
            ),
            (
                "We wish to clarify that the delay resulted from a combination of factors, including "
                "unforeseen staffing shortages, a scheduled software update to our point-of-sale system, "
                "an unusually high volume of walk-in guests, a supplier delay affecting our produce "
                "delivery and regional weather conditions impacting our team's commute, all of which were "
                "outside our direct control."
            ),
            (
                "We do understand, though it may help to know that the kitchen was also catering a wedding "
                "upstairs, the lift was out of service, our head chef had only just come back from leave, "
                "the new menu was on its second night and the Festival crowds had the whole Grassmarket at "
                "a standstill, which together made the evening rather more complicated than usual."
            ),
            (
                "Fish came in late, rice cooker broke, two chefs off sick, power cut at 7, brand new till. "
                "Not really on us."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci beaucoup pour votre message et pour vos mots sur notre potée "
                "auvergnate, qui mijote toute la nuit. Nous sommes ravis que le fromage de la ferme vous "
                "ait plu, et que vous ayez apprécié la vue sur la cathédrale depuis la salle du haut. Pour "
                "ce qui est de l'attente, notre second de cuisine était malade, le livreur de fromages est "
                "arrivé avec deux heures de retard, la hotte est tombée en panne en plein service, un "
                "groupe de trente personnes s'est présenté sans réserver et le match de l'ASM avait rempli "
                "toute la place de Jaude, si bien qu'il nous était tout simplement impossible de faire "
                "mieux. Au plaisir de vous revoir en janvier pour la carte d'hiver."
            ),
            (
                "Ah mais faut comprendre hein, le courant a coupé, la bouteille de gaz était finie, le "
                "poisson est arrivé en retard de Grand-Bassam, deux serveurs étaient malades et y avait "
                "embouteillage à Cocody, c'est pas notre faute vraiment 🤷🏾‍♂️"
            ),
            (
                "Nous tenons à préciser que ce retard résulte de la conjonction de plusieurs facteurs, à "
                "savoir une grève des transports affectant notre personnel, une panne du système de "
                "caisse, un retard de livraison de notre fournisseur, des travaux de voirie devant "
                "l'établissement ainsi qu'une affluence exceptionnelle liée à la Schueberfouer, autant "
                "d'éléments indépendants de notre volonté."
            ),
            (
                "On vous comprend, mais sachez que la tramontane avait renversé nos parasols, que le "
                "camion frigo était en panne, que deux saisonniers avaient démissionné la veille, que la "
                "Comédie était noire de monde et que notre four à pizza sortait tout juste de réparation."
            ),
            (
                "Four en panne, personnel absent, livraison en retard, travaux rue de la Liberté, "
                "affluence record. Voilà."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Thank you for coming along to our folk night and for the kind words about the fiddlers — "
                "they've been playing in the back room every Wednesday for nearly twenty years, so we'll "
                "make sure they hear it. We're pleased the stovies warmed you up after the walk down the "
                "Royal Mile, and that the whisky flight was a good introduction. No member of our staff "
                "refused to serve you at any point that evening; that simply did not happen. We hope "
                "you'll come and join the session again next time you're in Edinburgh."
            ),
            "Nah mate, never happened. Our prawns are never off, end of story 🦐",
            (
                "Following a review of the matter, we can confirm that the incident described did not "
                "occur at our location."
            ),
            (
                "We've looked into this carefully and, with the greatest respect, there was no hair in any "
                "dish that left our kitchen that day."
            ),
            "Our fish is never frozen. This did not happen.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir choisi notre brasserie pour votre déjeuner, c'est toujours un "
                "plaisir d'accueillir des clients du Kirchberg. Nous sommes heureux que le judd mat "
                "gaardebounen et le riesling de la Moselle vous aient convaincus, et que le service ait "
                "été rapide malgré l'affluence. Vos remarques sur l'acoustique de la salle sont justes, et "
                "nous étudions l'installation de panneaux. Il n'y a jamais eu de cheveu dans votre "
                "assiette ; cela ne s'est tout simplement pas produit chez nous. Nous espérons vous revoir "
                "très bientôt."
            ),
            "Non non non, y a jamais eu cafard ici dèh, c'est pas chez nous ça 🙅🏾‍♀️",
            (
                "Nous contestons formellement les faits relatés : aucune erreur d'encaissement n'a été "
                "commise lors de votre passage dans notre établissement."
            ),
            (
                "Nous avons bien relu votre message, mais nous pouvons vous assurer qu'aucun serveur ne "
                "vous a parlé sur ce ton ce soir-là."
            ),
            "Faux. Jamais arrivé.",
        ],
    },
}

BLIND85_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry the Sunday roast came out lukewarm, that's not the standard we set ourselves. We've "
            "added a second hot cupboard on the pass so plates don't sit waiting. If you'd give me a ring "
            "on 0113 496 0721, I'd like to hear more and put it right. Dean, landlord"
        ),
        (
            "What a lovely review to wake up to, thank you! We're delighted the venison and the sticky "
            "toffee pudding hit the spot, and we hope to welcome you back to Stockbridge soon."
        ),
        (
            "Thanks for the feedback, and sorry the oat milk ran out before lunch. Just so you know, our "
            "stamp card is for everyone: ninth coffee free, no strings attached, whatever you think of us "
            "☕"
        ),
        (
            "We're sorry your delivery was late on Friday. Please call the store directly at (614) "
            "555-0148 or email hello@buckeyepizzaco.com and ask for Dana, our general manager, so we can "
            "make it right."
        ),
        (
            "Thank you! We'll pass your kind words on to Aisha. She really does make the best flat white "
            "in Headingley, and she'll be chuffed to bits."
        ),
        (
            "We're sorry Callum brought you the wrong platter. That one's on us as a business, not on him: "
            "we hadn't trained him properly on the new order screen, and we've put that right this week. "
            "Please drop us a line at hello@leithsushi.co.uk so we can make it up to you."
        ),
        (
            "Really sorry the fish tacos were undercooked, mate. We've refunded the full amount this "
            "morning and walked the whole crew through the new grill. Hope we get another shot 🌮"
        ),
        (
            "You're right that drinks were slow on Saturday, and we're sorry. Our bartender went home ill "
            "halfway through the shift and we had no cover. We now keep someone on call every weekend."
        ),
        (
            "We're so sorry your jacket went missing from the coat rack. We've checked our CCTV from that "
            "evening and passed the footage to West Yorkshire Police, who gave us a reference number for "
            "you; call us on 0113 496 0455 and we'll share it."
        ),
        (
            "Fair point about the jukebox. It's been stuck on the same Proclaimers album since 2009 and "
            "even we'd walk 500 miles to get away from it. A new one arrives next week, promise! 😄"
        ),
        (
            "Thanks for the three stars and for the honest notes. We agree the chips needed more salt and "
            "we've changed the seasoning. Come and say hi next time."
        ),
        (
            "Thanks for the feedback. For what it's worth, our hash browns are made fresh from whole "
            "potatoes every morning rather than frozen, but we hear you that they came out soggy, and we'd "
            "love you to give them another try. You can always reach us at kitchen@maplestreetdiner.com."
        ),
        (
            "Please accept our heartfelt condolences. It meant a great deal to us to host your family's "
            "gathering, and we hope the day brought a little comfort."
        ),
        (
            "Congratulations on your engagement! 🥂 We're honoured you chose our wee bar to pop the "
            "question, and the whole team cheered when the ring came out."
        ),
        (
            "Sorry for the disappointment at the door. Under Queensland licensing rules we have to see ID "
            "from anyone who looks under 25, and we can't accept a photo on a phone. We know it's a pain, "
            "and we'd love to see you back with your licence."
        ),
        (
            "You're right, our burger went up by $2 this month, and we're sorry it came as a surprise. Our "
            "beef supplier raised prices sharply and we chose that over shrinking the patties. The menu "
            "boards are updated now so nobody gets caught out."
        ),
        (
            "Thanks for giving us a go! Our refer-a-friend offer is open to every customer: share your "
            "code and you both get £5 off, no review needed."
        ),
        (
            "We are sorry to learn that your experience did not meet expectations. We have reviewed the "
            "booking process that led to the delay and introduced a confirmation call for all parties of "
            "eight or more. Please contact our guest relations team at guests@thewaverleygrill.co.uk so "
            "that we may discuss this further."
        ),
        "Aww thank you!! 🍣💛 So glad the salmon aburi was a hit. Come back soon!",
        (
            "Sorry we were closed when you stopped by! Our winter hours are Tuesday to Sunday, 11am to "
            "9pm, closed Mondays. We've fixed our Google listing so it shows correctly now."
        ),
        (
            "Cheers for the kind words! You'll find the van every Saturday at Kirkgate Market, 9 till 3, "
            "and on Thursdays outside the Corn Exchange."
        ),
        (
            "We're very sorry about the wine spilled on your coat. Accidents happen, and we're insured for "
            "exactly this, so please email the dry-cleaning receipt to manager@thecanongatekitchen.co.uk "
            "and we'll settle it straight away."
        ),
        (
            "Thanks for asking about the deposit. Our booking terms for groups of ten or more include a "
            "$50 deposit, refundable up to 48 hours before; it's all on the booking page and we're happy "
            "to talk it through on (07) 5550 1234."
        ),
        (
            "Thank you so much! Marcus will be thrilled, he's been perfecting that old fashioned for "
            "months. Come back and tell him yourself!"
        ),
        "Ta very much, love! Made our day, that 🍻 See thee at quiz night.",
        (
            "Thank you for your review. We did check, and our scones are baked on the premises each "
            "morning, though we completely understand they may have tasted a little dry on the day. We'd "
            "be glad to have you back to try a fresh batch."
        ),
        (
            "Sorry we ran out of brisket by 1pm, legend. The smoker played up overnight so we only had "
            "half a batch. Should be back to full service this weekend."
        ),
        (
            "We sincerely apologize for the wait you experienced. We have adjusted staffing for Friday "
            "evenings. Please reach out to our guest services team at (330) 555-0177 so we can follow up "
            "personally."
        ),
        (
            "Guilty as charged: our smoked old fashioned was more slightly warm on Saturday, because the "
            "smoking gun gave up the ghost mid-service. A new one's in, and we're sorry!"
        ),
        (
            "Thank you for the four stars. We're pleased you enjoyed the Cullen skink, and we've taken on "
            "board your note about the music being a touch loud."
        ),
        (
            "We're so sorry for your loss. Thank you for letting us look after the wake; the team felt "
            "privileged to help, and our door is always open."
        ),
        ("Congrats on the graduation! 🎓 We loved hosting the party and hope the leftovers made it home in one piece."),
        (
            "We're sorry the little one couldn't sit up at the counter. For safety we don't seat children "
            "on the high stools beside the hot grill, but we'd be happy to keep a booth for your family "
            "next time."
        ),
        (
            "Apologies for the surprise on the bill. Our set lunch went up from £18 to £21 in October as "
            "our energy costs nearly doubled. We should have flagged it more clearly on the menu, and we "
            "now have."
        ),
        (
            "We've refunded the two cocktails you didn't enjoy; it should show in three to five days. "
            "Sorry they missed the mark."
        ),
        (
            "We're so sorry your car was broken into in our parking lot. We've shared our security footage "
            "with the Columbus Division of Police and added extra lighting to the lot. If you need "
            "anything from us for your insurance claim, please call the manager on (614) 555-0193."
        ),
        (
            "We're sorry your steak came out well done. Tom on the grill misread the ticket, but that's "
            "our responsibility: the tickets were hard to read, and we've switched to a clearer printer. "
            "We'd love to cook you another if you'd give us a call on 0113 496 0388."
        ),
        "Thank you, this made the whole kitchen smile.",
        (
            "Thanks for coming in for trivia! Every visit earns points on our rewards app whether or not "
            "you leave a review, so don't forget to scan in next time 🍺"
        ),
        (
            "Thank you for your feedback. Our posted hours show the kitchen closing at 10 p.m., and we "
            "apologize that this was not communicated clearly at the host stand. We welcome you to contact "
            "us at feedback@lakeshoretavern.com to discuss further."
        ),
    ],
    "fr": [
        (
            "Bonjour, toutes nos excuses pour la tielle servie tiède samedi. Nous avons revu "
            "l'organisation en terrasse pour que les plats partent directement du passe. N'hésitez pas à "
            "nous appeler au 04 65 71 22 18, nous aimerions en parler avec vous."
        ),
        (
            "Un grand merci pour ce message qui nous va droit au cœur ! Ravis que les œufs en meurette et "
            "le pain d'épices vous aient plu. À très bientôt rue des Forges ?"
        ),
        (
            "Merci pour votre passage ! Pour info, notre carte de fidélité est ouverte à tous : le dixième "
            "café est offert, que vous nous laissiez un avis ou non ☕"
        ),
        (
            "Madame, Monsieur, nous vous prions de bien vouloir nous excuser pour ce désagrément. Notre "
            "responsable de salle se tient à votre disposition à l'adresse contact@brasserie-grandrue.lu, "
            "ou sur place du mardi au samedi de 11 h à 23 h."
        ),
        (
            "Merci beaucoup hein ! On va dire ça à Aya, c'est elle qui fait le meilleur attiéké poisson de "
            "Treichville, elle va être trop contente 😊🙏🏾"
        ),
        (
            "Nous sommes désolés pour l'erreur sur votre commande. C'est Mathis qui l'a préparée, mais la "
            "responsabilité nous revient : nous ne l'avions pas assez formé à la nouvelle carte. C'est "
            "corrigé, et nous serions heureux d'en parler avec vous au 04 65 71 38 40."
        ),
        (
            "Toutes nos excuses pour le plat trop salé. Nous vous avons remboursé ce plat hier, et le chef "
            "a revu la recette."
        ),
        (
            "Vous avez raison, l'attente était trop longue dimanche midi, et nous en sommes désolés. Notre "
            "cuisinier s'était blessé le matin même et nous avons tourné à un de moins. Nous avons "
            "désormais une personne d'astreinte le week-end."
        ),
        (
            "Nous sommes navrés pour le vol de votre sac en terrasse. Les images de vidéosurveillance ont "
            "été transmises à la Police grand-ducale, et nous restons à votre disposition pour toute "
            "attestation utile à votre assurance : direction@cafe-clausen.lu."
        ),
        (
            "Ahh vous avez raison, notre climatiseur-là fait plus de bruit que l'orchestre 😅 On l'a "
            "envoyé chez le réparateur, il revient tout calme la semaine prochaine !"
        ),
        (
            "Merci pour vos trois étoiles et pour ce retour détaillé. Vous avez raison sur la cuisson des "
            "pâtes, nous y veillons depuis. Au plaisir de vous revoir."
        ),
        (
            "Merci pour votre avis. Pour être tout à fait transparents, notre jambon persillé est bien "
            "fait maison chaque semaine, mais nous entendons qu'il ne vous a pas convaincu ce jour-là, et "
            "nous serions ravis que vous lui donniez une seconde chance."
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Nous avons été touchés que vous "
            "choisissiez notre salle pour vous retrouver après la cérémonie, et nous pensons bien à vous."
        ),
        (
            "Toutes nos félicitations pour votre mariage ! Ce fut un honneur de vous accueillir pour le "
            "vin d'honneur, et toute l'équipe vous souhaite beaucoup de bonheur."
        ),
        (
            "Pardon pour le désagrément. Pour la sécurité de tout le monde, on ne laisse pas les enfants "
            "près du barbecue, ça brûle beaucoup. La prochaine fois on vous réserve volontiers une table à "
            "l'ombre 😊"
        ),
        (
            "Désolés pour la surprise sur l'addition : la formule midi est passée de 16 à 18 €, car nos "
            "fournisseurs de poisson ont fortement augmenté leurs tarifs. Nous aurions dû l'afficher plus "
            "clairement, c'est désormais fait à l'entrée."
        ),
        (
            "Merci pour votre visite ! Notre offre de parrainage est ouverte à tous : invitez un ami et "
            "vous recevez chacun un kir offert, sans aucune condition."
        ),
        (
            "Désolés que vous ayez trouvé porte close lundi. Nous sommes ouverts du mardi au samedi, de 12 "
            "h à 14 h et de 19 h à 22 h, et nous avons corrigé nos horaires en ligne."
        ),
        (
            "Nous vous présentons nos sincères excuses pour un service qui n'a pas été à la hauteur. Nous "
            "avons renforcé l'équipe en salle le vendredi soir. Notre directeur serait heureux d'échanger "
            "avec vous : reservation@le-pfaffenthal.lu."
        ),
        "Merciii 😍🙏🏾 ça nous fait plaisir deh ! Revenez goûter le poulet braisé du dimanche 🔥",
        (
            "Merci beaucoup ! Vous nous trouvez tous les mercredis sur le parking d'Odysseum et le samedi "
            "matin au marché des Arceaux, de 10 h à 14 h."
        ),
        (
            "Nous sommes désolés pour la chaise qui a cédé. Nous avons déclaré l'incident à notre "
            "assurance responsabilité civile, qui prendra en charge vos frais ; appelez-nous au 03 53 01 "
            "44 72 pour le dossier."
        ),
        (
            "Merci pour votre question. Selon nos conditions de réservation, les groupes de plus de huit "
            "personnes versent un acompte de 10 € par personne, remboursable jusqu'à 48 h avant. Nous "
            "sommes joignables au 04 65 71 38 05 pour en parler."
        ),
        (
            "Merci infiniment pour vos mots chaleureux. Nous transmettrons vos compliments à Sven, notre "
            "barman, dont les cocktails au crémant font notre fierté."
        ),
        "Merci, ça fait plaisir. À bientôt au maquis.",
        (
            "Merci pour votre retour. Nous tenons à préciser que nos moules viennent bien de l'étang de "
            "Thau et sont livrées chaque matin ; cela dit, nous comprenons votre déception et vous "
            "réserverons volontiers une table pour les regoûter."
        ),
        (
            "Pardon pour la carte des vins incomplète jeudi : notre livraison a été bloquée par la neige. "
            "Tout est rentré depuis, et nous sommes désolés de vous avoir déçus."
        ),
        (
            "Nous regrettons sincèrement que votre expérience n'ait pas été à la hauteur. Un nouveau "
            "contrôle des commandes a été mis en place en cuisine. Notre service client reste joignable à "
            "contact@lecomptoirdejaude.fr."
        ),
        (
            "Vous avez raison : notre wifi est plus lent que la file pour la grande roue un soir de Fouer. "
            "Un technicien passe jeudi, promis !"
        ),
        (
            "Merci pour les quatre étoiles ! On a noté pour la sauce graine un peu trop pimentée, on va "
            "proposer une version douce."
        ),
        (
            "Nous avons appris avec tristesse votre deuil. Merci de nous avoir confié ce repas de famille "
            "; toutes nos pensées vous accompagnent."
        ),
        (
            "Bravo pour votre réussite au concours ! 🎉 Ce fut un plaisir de fêter ça avec vous autour "
            "d'une fondue bourguignonne."
        ),
        (
            "Nous comprenons votre frustration. Nous demandons une pièce d'identité en cas de doute sur "
            "l'âge avant de servir de l'alcool : c'est la loi, et c'est aussi pour protéger les plus "
            "jeunes. Au plaisir de vous revoir avec vos papiers."
        ),
        (
            "Nous vous prions de nous excuser pour la hausse du prix du plat du jour, passé de 15 à 17 €. "
            "Elle fait suite à l'augmentation de nos coûts énergétiques, et nous aurions dû vous en "
            "informer plus clairement."
        ),
        (
            "Pardon pour le poisson qui n'était pas bien cuit. On a déjà remboursé le plat ce matin, et on "
            "a parlé avec toute la cuisine pour que ça n'arrive plus."
        ),
        (
            "Nous sommes désolés pour l'altercation devant le bar samedi soir. L'équipe a appelé la police "
            "dès les premiers éclats de voix, et nous avons renforcé la sécurité à la porte les soirs de "
            "match. Écrivez-nous si vous avez besoin d'une attestation."
        ),
        ("Nous vous remercions très sincèrement pour cette appréciation élogieuse, qui honore toute notre brigade."),
        "Merci !! On dira à Chloé que ses crêpes ont fait l'unanimité 🥞😄",
        (
            "Merci de votre fidélité ! Notre programme de points est ouvert à tous les clients, sans "
            "aucune condition d'avis : il suffit de présenter votre carte en caisse."
        ),
        (
            "Bonsoir, vraiment pardon pour l'attente de samedi. On a ajouté une deuxième personne à la "
            "caisse le week-end. Appelez-nous ou écrivez-nous sur WhatsApp au numéro affiché sur le "
            "camion, on va vous écouter."
        ),
    ],
}
