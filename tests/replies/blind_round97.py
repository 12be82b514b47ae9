"""Blind reply set, round 97: owner replies the pre-post check has never seen.

Who and when: written by helper b95, an independent writer, on 2026-12-06,
for the round 95 writer brief (the pre-post reply check).

How it was written: every reply below was invented from the brief's list of
faults and of good-reply traits only, as realistic public replies by owners of
garages and car-repair workshops, bike shops, driving schools, taxi firms and
removal companies.  Each French reply was written directly in French, not
translated.  Apart from the brief and the first seventy-five lines of the
round 20 file, read only to copy its format, the writer did NOT read the
application code, docs, training data, benches, any other test file or
earlier blind set, any other folder under /work, the git history or
/work/.library; did not run the check, any test or any bench on these replies
(only a syntax parse, a count of entries and ruff).  Nothing here was adjusted
after seeing any result.

What it covers: eight fault codes (review_incentive, intimidation,
personal_data, personal_attack, sarcasm, blames_employee,
excessive_justification, categorical_denial), five English and five French
replies each, each with exactly one fault, and forty good English and forty
good French replies.

Registers: French from Toulouse, Lille, Nantes, Geneva and Senegal, blunt,
familiar and formal, with texting and emoji; English from Glasgow, Cardiff,
Brisbane and Ohio, chatty, defensive and terse, with texting and emoji and
very formal corporate English; veiled and polite phrasings; one-liners; and,
for every code and language, one long warm reply (the first of each list)
whose fault sits in a single sentence in the middle.  Good replies include
look-alikes that are not faults: an apology with a concrete fix and an
offline channel, warm thanks, a loyalty or referral scheme open to everyone
whatever they write, the business's own phone, e-mail, address or opening
hours, staff praised by first name, a named employee's mistake owned by the
business, a refund already made, one honest reason given with an apology,
legal terms, insurance, the police or CCTV mentioned neutrally or to help the
customer, a joke at the business's own expense, a star rating quoted
neutrally, polite factual disagreement that keeps the door open,
condolences, congratulations, a safety rule explained kindly and a price
change explained with an apology.

It must be measured once and never tuned or trained on: a miss found here is
reported, not fixed against this file.
"""

from __future__ import annotations

BLIND97_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            (
                "Morag, thank you so much for taking the time to write all this. A clutch going on the M8 in rush "
                "hour is nobody's idea of fun, and we're really glad the recovery lads got to you quickly and that "
                "the courtesy car kept you moving while we waited on the part from the dealer. Stevie was delighted "
                "you noticed he'd hoovered out the footwells too, that's just how he works. If you'd bump those four "
                "stars up to five, we'll knock the labour off your next MOT as a wee thank you. Look after that new "
                "clutch and we'll see you in the spring."
            ),
            "cheers legend 🚲🤙 chuck us a 5 star n ur next tune up's on the house, just flash this at the counter 😎",
            (
                "We would be pleased to extend a complimentary executive-vehicle upgrade on your next airport "
                "transfer upon publication of an updated review reflecting your revised experience with our service."
            ),
            (
                "Should you feel able to look at your comments again in a kinder light, we'd be very glad to add a "
                "free hour to your lesson block, just a small gesture from all of us."
            ),
            "Take this doon an we'll refund ye the call-out, nae bother pal.",
        ],
        "fr": [
            (
                "Bonjour et merci mille fois pour ce long message, ça nous a vraiment touchés. Changer une courroie "
                "de distribution juste avant de partir en vacances, ce n'était pas gagné, et toute l'équipe de "
                "l'atelier est contente d'avoir pu vous rendre la voiture le vendredi midi comme promis. On est "
                "aussi ravis que le petit contrôle des pneus vous ait rassurée pour la route. Si vous passiez votre "
                "note à cinq étoiles, on vous offrirait la vidange à votre prochain passage. Bonnes vacances, et à "
                "bientôt à l'atelier !"
            ),
            "merci frérot 🙏 mets nous 5 ⭐ et la révision de ton vélo c cadeau 🚴‍♂️🔥",
            (
                "Nous nous permettons de vous proposer un surclassement en berline pour votre prochaine course, dès "
                "réception d'une évaluation actualisée de votre part sur cette plateforme."
            ),
            (
                "Si jamais le cœur vous en dit de revoir un peu votre commentaire, eh bien une petite attention vous "
                "attendrait à l'accueil, hein, on ne dit pas non à ceux qui font un geste."
            ),
            (
                "Merci grand frère. Enlève seulement ton commentaire-là et on te double les points de ta carte "
                "fidélité, c'est promis wallahi."
            ),
        ],
    },
    "intimidation": {
        "en": [
            (
                "Thanks for getting in touch, and we're sorry the day didn't feel the way you hoped it would. We've "
                "been fixing cars on this street in Canton for over thirty years, and most of our customers have "
                "been with us since their very first banger, so we take every comment to heart. We've gone through "
                "the job card with the team and looked at the diagnostics again. Your review has been passed to our "
                "solicitor, and you can expect a letter from her about the wording you chose. In the meantime the "
                "car is running exactly as it should, and we wish you many safe miles in it."
            ),
            "mate we've still got ur pickup address on file 👀 think hard before posting rubbish like this again 😤",
            (
                "Please be advised that this review has been referred to our legal department, and we reserve the "
                "right to pursue damages for any defamatory statements published about our company or its crews."
            ),
            (
                "We'd gently suggest you consider how your line manager might feel about this review, as we happen "
                "to look after the bikes for his whole office."
            ),
            "Post that again and you're off our books, and every other school in Cardiff will hear exactly why.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir pris le temps de nous écrire après votre déménagement. On sait combien "
                "une journée comme celle-là peut être épuisante, entre les cartons, les clés à rendre et les meubles "
                "à caser, et nos gars ont fait de leur mieux avec l'escalier étroit et la chaleur de juillet. Sachez "
                "toutefois que notre avocat a pris connaissance de votre avis et qu'une mise en demeure pourrait "
                "bien vous parvenir dans les prochains jours. On vous souhaite malgré tout de vous sentir vite chez "
                "vous dans votre nouveau chez-vous."
            ),
            "on a ton adresse hein 😉 fais gaffe à ce que t'écris la prochaine fois 🚕",
            (
                "Nous vous informons que votre publication a été transmise à notre conseil juridique, lequel se "
                "réserve la possibilité d'engager toute procédure utile à votre encontre."
            ),
            (
                "Nous connaissons bien votre employeur, qui nous confie ses apprentis chaque année ; il serait "
                "dommage qu'il découvre la manière dont vous parlez de nous en ligne."
            ),
            "Si tu continues à salir notre nom sur internet, on va passer te voir au quartier et tu vas comprendre.",
        ],
    },
    "personal_data": {
        "en": [
            (
                "G'day and thanks so much for the lovely write-up! Moving a three-bedroom place across town in the "
                "middle of a Brisbane summer is no small job, and the boys were stoked you had cold water and a fan "
                "waiting for them at the top of the stairs. We're glad the piano arrived without a scratch and that "
                "the wardrobe went back together first time. We hope the move into 14 Jacaranda Street, Paddington "
                "is all unpacked by now. If you ever need a hand again, you know where we are. Cheers!"
            ),
            "sorry bout the wait last nite!! 🙈 we'll call u back on 614-555-0187 first thing 👍🚖",
            (
                "Regarding booking reference GX-40218, our records confirm that your card ending 4471 was charged "
                "the correct amount of £312.60 on completion of the work."
            ),
            (
                "We do understand lessons were harder for you after the epilepsy diagnosis in the spring, and we "
                "truly hope the new medication is settling down."
            ),
            "Great to see you Saturday the 3rd with your girlfriend Chloe, Daniel, hope she's loving the new e-bike!",
        ],
        "fr": [
            (
                "Bonjour, et merci beaucoup pour ce message si gentil, ça fait plaisir en plein mois de novembre ! "
                "On sait bien qu'une voiture immobilisée, quand on en a besoin tous les jours, c'est vite la galère, "
                "et on est contents d'avoir pu vous prêter la petite Clio pendant la réparation. La pièce "
                "d'embrayage est commandée et devrait arriver en début de semaine. Comme convenu, on vous rappelle "
                "au 06 12 34 56 78 dès qu'elle est là. Encore merci pour votre patience et votre bonne humeur, à "
                "très vite à l'atelier de Lomme !"
            ),
            (
                "dsl pour le retard de jeudi soir Mme Garcia 🙏 la prochaine fois on vous récupère direct au 12 rue "
                "des Filatiers 🚖"
            ),
            (
                "Concernant le dossier n° DEM-2026-0871 et votre facture réglée par carte se terminant par 3390, "
                "nous vous confirmons que l'ajustement a bien été enregistré."
            ),
            (
                "Nous comprenons que le vélo électrique vous était indispensable avec votre hernie discale, et nous "
                "espérons que les séances chez votre kiné de l'île de Nantes vous soulagent."
            ),
            "Merci Awa, on t'a écrit sur awa.diop88@gmail.com pour reprogrammer ta leçon, regarde tes mails.",
        ],
    },
    "personal_attack": {
        "en": [
            (
                "Hi there, and thanks for choosing us for your move. We've been moving families around Franklin "
                "County for twenty-two years, and we're proud of the crews who turn up every morning rain or shine. "
                "We're glad the new place is coming together and that the bedrooms were set up first, just like you "
                "asked. Frankly, though, anyone reading this can see you were angling for a free move from the "
                "start. We still wish you every happiness in the new house and hope the neighbors are as nice as "
                "ours."
            ),
            "ye were steamin an rude tae the driver, total bampot 🙄 dinnae bother callin us again",
            (
                "It is evident that this review was composed in bad faith by an individual seeking to avoid "
                "settlement of a legitimate invoice."
            ),
            "We'd kindly suggest that the only person who's been less than honest in this whole story is yourself.",
            "You're a liar and a cheapskate, period.",
        ],
        "fr": [
            (
                "Bonjour, et merci d'avoir confié votre véhicule à notre garage des Pâquis. Nous savons que la panne "
                "de climatisation en plein mois d'août n'a rien d'agréable, et notre chef d'atelier a fait en sorte "
                "de vous trouver un créneau dès le lendemain, malgré un planning déjà très chargé. La recharge de "
                "gaz et le contrôle d'étanchéité ont été effectués avec soin. Mais soyons honnêtes, vous cherchiez "
                "surtout à obtenir la réparation gratuitement, et cela se voit. Nous vous souhaitons néanmoins une "
                "bonne route et beaucoup de fraîcheur au volant."
            ),
            "t'es vraiment un gros radin 🙄 personne ici croit à ton histoire",
            (
                "Nous constatons que votre témoignage relève de la pure affabulation, ce qui n'étonnera personne "
                "ayant croisé votre comportement lors du chantier."
            ),
            (
                "Avec tout le respect qu'on vous doit, on a du mal à croire qu'une personne de bonne foi puisse "
                "écrire un truc pareil."
            ),
            "Toi tu es un menteur doublé d'un profiteur, c'est tout.",
        ],
    },
    "sarcasm": {
        "en": [
            (
                "Thanks for riding with us, and for the detailed feedback. Our drivers cover the whole of the "
                "Southside and out to the airport seven days a week, and we're glad yours got you home safely "
                "despite the crowds. The car was cleaned that afternoon and the air con was working a treat. And "
                "yes, we're terribly sorry our driver didn't also carry your shopping up four flights and tuck you "
                "into bed, we'll add that to the fare sheet straight away. We hope to see you again soon."
            ),
            "oh no a squeaky brake, quick call the police 🙄😂",
            (
                "We have duly noted your expert diagnosis, and our ASE-certified technicians eagerly await your "
                "forthcoming training seminar on the subject."
            ),
            (
                "What a shame the roundabouts weren't rearranged to suit you on test day, we'll have a quiet word "
                "with the council."
            ),
            "Wow, one scratch on a thirty-year-old wardrobe. Truly the crime of the century.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre retour après votre passage à l'atelier des Minimes. On a bien changé "
                "les plaquettes et les disques avant, et on a profité du pont pour jeter un œil au silencieux, qui "
                "tiendra encore un bon moment. On sait que le parking est un peu serré le samedi matin, on y "
                "travaille avec la mairie. Quant aux dix minutes d'attente, toutes nos excuses pour cette épreuve "
                "digne de la traversée du désert, on tâchera de mieux traiter votre altesse la prochaine fois. Bonne "
                "route et à bientôt !"
            ),
            "ohlala 5 min de retard quel drame 😱😂 on va tous s'en remettre",
            (
                "Nous prenons bonne note de vos compétences manifestement supérieures à celles de l'inspecteur, et "
                "ne doutons pas que vous obtiendrez votre permis par la seule force de la pensée."
            ),
            (
                "Toutes nos excuses de ne pas avoir prévu le tapis rouge et les violons pour la montée de votre "
                "canapé, Madame."
            ),
            (
                "Ah bon, la clim ne fait pas tomber la neige ? Pardon oh, on va demander à Dieu d'envoyer l'hiver à "
                "Dakar rien que pour toi 😂"
            ),
        ],
    },
    "blames_employee": {
        "en": [
            (
                "Thanks for such a full review, and for choosing us for your flit. We know how stressful a move day "
                "is, and we're glad the crew got everything loaded before the rain came on and that the beds were "
                "built before teatime. The boxes of books were a beast, and the lads were glad of the biscuits. The "
                "broken mirror was down to Kyle, who was careless on the stairs and has been given his final "
                "warning. We've arranged a replacement, and we hope you're settling in nicely."
            ),
            "yeah that was Jordo's stuff-up not ours lol, he's been told 🙄 wheel's true now 🚲",
            (
                "Following an internal review, we have determined that the delay was attributable solely to driver "
                "Marcus T., who has been suspended pending disciplinary action."
            ),
            (
                "Our apprentice Rhys was the one who left the oil cap off, and rest assured he's learnt his lesson "
                "the hard way."
            ),
            "Blame Fiona for that one. She's no longer with us.",
        ],
        "fr": [
            (
                "Bonjour, et un grand merci pour ce message chaleureux après votre parcours chez nous. Passer le "
                "permis demande du courage, et toute l'équipe de l'agence de Chantenay est fière de votre "
                "persévérance pendant ces mois de leçons. On se souvient bien de vos progrès sur les créneaux et en "
                "conduite sur le périphérique. Le retard au rendez-vous de l'examen est entièrement imputable à "
                "Kévin, notre moniteur, qui a reçu un avertissement. Nous vous souhaitons de belles routes et "
                "beaucoup de liberté !"
            ),
            "c'est Mathieu qui a oublié de serrer la roue 🤦‍♂️ il s'est fait remonter les bretelles t'inquiète",
            (
                "Après vérification, il apparaît que le chauffeur M. Bernard Favre a dérogé à nos consignes ; une "
                "sanction disciplinaire a été prononcée à son encontre."
            ),
            (
                "Disons que Jordan n'était pas dans son meilleur jour, et qu'on lui a bien fait comprendre qu'il ne "
                "fallait pas recommencer."
            ),
            "C'est Moussa qui a mal gonflé les pneus, ce n'est pas nous. On l'a déjà mis à l'amende.",
        ],
    },
    "excessive_justification": {
        "en": [
            (
                "Hi, and thank you for being a customer of ours for so many years, it genuinely means a lot to a "
                "small family garage like ours. We've always tried to do things properly and to treat every car like "
                "it was our own. The delay happened because the gearbox came from a supplier in Birmingham, the "
                "courier lost it overnight, one of our two ramps was down for its annual inspection, two mechanics "
                "were off with the flu, the bank holiday shut the supplier for an extra day and the diagnostic "
                "software crashed twice on the Friday. The car is back on the road now and running beautifully. Take "
                "care and drive safe."
            ),
            (
                "look it was schoolies week, the Story Bridge was shut, the app went down, 2 drivers called in sick "
                "n it was bucketing down, what were we meant to do 🤷‍♂️🤷‍♂️"
            ),
            (
                "Please note that the delay resulted from a combination of factors, including unforeseen traffic "
                "conditions on I-71, a mandatory DOT inspection of our vehicle, the late availability of the freight "
                "elevator, a staffing shortfall due to seasonal illness and an inventory exceeding the original "
                "estimate, all of which were outside our control."
            ),
            (
                "We'd just point out, gently, that the cancellation came after a fortnight of snow, our dual-control "
                "car was in for its service, our instructor was off with flu, the test centre moved the slots "
                "without warning and our booking system was being upgraded that same week, so there was really very "
                "little we could have done."
            ),
            (
                "Och listen, the bike wisnae ready cause the parts were stuck at the port, the mechanic was on his "
                "holidays, the van broke doon, the card machine wis aff and the weather's been pure mental, so there "
                "ye go."
            ),
        ],
        "fr": [
            (
                "Bonjour, et merci de votre fidélité depuis toutes ces années, ça compte énormément pour un petit "
                "garage de quartier comme le nôtre à Fives. On a toujours mis un point d'honneur à bien faire les "
                "choses et à expliquer chaque réparation à nos clients. Si la voiture n'était pas prête le mardi, "
                "c'est parce que le fournisseur de Roubaix avait envoyé la mauvaise référence, que le transporteur "
                "était en grève, que notre pont élévateur était en contrôle, que deux mécanos étaient en arrêt "
                "maladie, que le logiciel de diagnostic avait planté et qu'il y avait en plus les travaux de la rue "
                "Pierre-Legrand. Votre voiture roule à nouveau comme une horloge. Bonne route à vous !"
            ),
            (
                "bah y avait la manif sur les boulevards, la rocade bouchée, le GPS qui plante, 2 chauffeurs malades "
                "et la pluie en plus 🤷 on pouvait pas faire mieux"
            ),
            (
                "Nous tenons à préciser que le report de votre déménagement résulte de la conjonction de plusieurs "
                "facteurs, à savoir l'indisponibilité de l'ascenseur de service, une fermeture inopinée du tunnel, "
                "l'absence de deux déménageurs pour raisons médicales, l'immobilisation d'un camion pour contrôle "
                "technique ainsi que des conditions météorologiques défavorables, éléments indépendants de notre "
                "volonté."
            ),
            (
                "Nous nous permettons simplement de rappeler que la révision a pris du retard parce que les pièces "
                "Shimano sont en rupture depuis l'été, que notre mécanicien était en formation, que le livreur s'est "
                "trompé d'adresse, que la saison a commencé plus tôt que prévu et que notre logiciel de caisse a été "
                "changé le même mois."
            ),
            (
                "Il faut comprendre : la voiture école était en panne, il y avait les embouteillages sur la VDN, le "
                "moniteur était parti au Magal, la coupure de courant a bloqué le planning et il a plu tout le "
                "week-end. Ce n'est pas de notre faute."
            ),
        ],
    },
    "categorical_denial": {
        "en": [
            (
                "Hiya, and thanks for taking the time to write to us after your night out in town. We've been "
                "running cabs in Cardiff for nearly twenty years, and Friday nights around St Mary Street are always "
                "busy, so we're glad you got home safe and sound. We know the wait at the rank felt long, and the "
                "new booking app should help with that from next month. That said, none of our drivers was rude to "
                "you that night; it simply did not happen. Enjoy the rest of the festive season and stay safe out "
                "there."
            ),
            "nope 🙅 never happened. we don't sell used parts as new, end of story",
            (
                "We categorically reject the claim that any items were damaged during the relocation; no such "
                "incident occurred."
            ),
            (
                "We've gone over this carefully and can only say, with respect, that the scratch you mention was not "
                "caused here and was not there when the car left us."
            ),
            "Our instructor never shouted. Didn't happen.",
        ],
        "fr": [
            (
                "Bonjour, et merci pour votre message ainsi que pour votre fidélité depuis l'achat de votre break "
                "chez nous il y a six ans. Notre équipe de Plainpalais attache beaucoup d'importance à la "
                "transparence, et chaque intervention est détaillée sur la facture remise au client. La révision des "
                "120 000 km comprenait la vidange, les filtres et le contrôle des freins, comme prévu. En revanche, "
                "nous n'avons jamais facturé une pièce qui n'a pas été remplacée : cela n'a tout simplement pas eu "
                "lieu. Nous vous souhaitons une excellente fin d'année et de bons kilomètres."
            ),
            "ça s'est jamais passé comme ça 🙅 on a jamais vendu un vélo d'occaz pour du neuf, point barre",
            "Nous contestons formellement vos allégations : aucun détour n'a été effectué lors de cette course.",
            (
                "Nous avons bien relu votre message, et nous nous permettons de vous dire, très sincèrement, "
                "qu'aucun meuble n'a été abîmé par notre équipe ce jour-là."
            ),
            "Non non, ça n'est jamais arrivé. Nos chauffeurs ne fument pas dans les voitures, c'est faux.",
        ],
    },
}

BLIND97_GOOD: dict[str, list[str]] = {
    "en": [
        (
            "Sorry your car came back with the warning light still on, that's not good enough. We've changed our "
            "sign-off so every car now gets a road test before it's handed back. Give Alan a ring at the workshop on "
            "0141 496 0321 and we'll get you straight back in at no cost."
        ),
        (
            "Thanks heaps, Tash! Stoked the new gravel bike's treating you well. See you in six weeks for the first "
            "service."
        ),
        (
            "Thanks for riding with us. Just so everyone knows, every tenth ride is free on our rewards card, "
            "whether or not you ever leave a review. Ask any driver for one."
        ),
        (
            "Thanks for the question! Our office on Cowbridge Road East is open Monday to Saturday, 8:30 till 5:30, "
            "and you can email bookings@taffdrivingschool.co.uk any time."
        ),
        "Cheers for the kind words! Davie and Shona will be chuffed you noticed how careful they were with the piano.",
        (
            "You're right, Owen booked you in for the wrong day, and that's on us as a business, not on him: our "
            "system should have caught it. We're sorry. We've added a confirmation text the day before so it can't "
            "happen again."
        ),
        (
            "We're really sorry about the dented fridge. We've already refunded the cost of the repair, and it "
            "should show up within three working days."
        ),
        (
            "We're sorry your repair took two weeks. The honest reason is that the Shimano parts were back-ordered "
            "all fall. We should have told you up front, and from now on we'll call ahead."
        ),
        (
            "Sorry about the damaged lamp. Under our terms every move is insured up to £50,000, so you're fully "
            "covered. Email claims@clydeflits.co.uk with a photo and we'll handle it from there."
        ),
        (
            "So sorry your bike was taken from outside the shop. Our CCTV caught the whole thing and we've given the "
            "footage to South Wales Police to help with your report. Pop in whenever you like and we'll lend you a "
            "bike in the meantime."
        ),
        (
            "Fair call, our driver's sense of direction was about as reliable as our office coffee, and that's "
            "saying something. Sorry for the detour; we've refunded the difference."
        ),
        (
            "Thanks for the three stars and the honest feedback. We hear you on the waiting room and we're adding "
            "more seats and a working Wi-Fi this month."
        ),
        (
            "We're sorry you feel the lesson was cut short. Our diary shows it ran the full sixty minutes, but we "
            "may well be missing something, so please give us a call and we'll go through it together."
        ),
        (
            "We're so sorry for your loss. It was a privilege to help clear the family home, and we hope you all "
            "find some comfort in the weeks ahead."
        ),
        "Congratulations on passing first go! You earned every bit of it. Drive safe and enjoy the freedom.",
        (
            "We're sorry the driver asked for your dog to go in its carrier. Our insurance needs pets to travel "
            "secured, for their safety as much as anyone's, and we should have mentioned it when you booked."
        ),
        (
            "You're right that fares went up in October, and we're sorry it came as a surprise. The council raised "
            "the tariff for all licensed cabs, and we should have put notices in the cars sooner."
        ),
        "legend, thanks heaps 🙌🚲 see ya on the trails!",
        "Thanks, Dave. Glad the move went smooth.",
        "Aw diolch, lovely to hear! Glad the MOT was painless and the coffee hit the spot. See you next year.",
        (
            "We hear you, and we won't pretend otherwise: the van turned up late. There's no excuse worth giving. "
            "Sorry. Ring me directly on 029 2018 0447 and I'll sort it out with you."
        ),
        "Sorry about the wait. Not acceptable. Call (614) 555-0142 and ask for Jim.",
        (
            "Ach, you've made our week! Brilliant that the bike fits perfect. Bring it back after a month for the "
            "free first check we do on every new bike."
        ),
        (
            "Thanks for recommending us to your mates! Anyone who refers a friend gets a free hour once the friend "
            "books, reviews or no reviews, it's just our way of saying ta."
        ),
        (
            "Sorry the boxes didn't arrive. You can grab free packing boxes any weekday from our depot at 22 "
            "Kingsford Smith Drive, Eagle Farm, 7am to 4pm, or call us on (07) 3555 0199 and we'll drop them out."
        ),
        (
            "Thank you! We'll pass this on to Tanya, who's been teaching nervous drivers for twenty years and loves "
            "a success story."
        ),
        (
            "We're sorry the car smelt of smoke. That breaks our own rules, the car has been valeted and we've "
            "reminded the whole team. Email hello@glasgowcabs.co.uk if you'd like to talk it over."
        ),
        (
            "Sorry we couldn't fit you in on Saturday. There are only two of us on the tools and the spring rush "
            "caught us out. We've opened online booking so you can see free slots yourself."
        ),
        (
            "Sorry about the hassle with the claim. We're happy to send our report straight to your insurer if you'd "
            "like. Just call the front desk and we'll do the paperwork with you."
        ),
        (
            "Guilty as charged: three grown men and it still took us twenty minutes to get the sofa round that bend. "
            "We've since invested in a tape measure. Thanks for your patience, and for the tea!"
        ),
        "Thanks for the four stars, Mia. We'll take the tip about later evening lessons on board.",
        (
            "We're sorry the final bill felt off. The extra charge was for items added on the day that weren't on "
            "the original inventory, but we're glad to go through it line by line. Call us whenever suits."
        ),
        (
            "Very sorry to hear about your loss. Our drivers will always wait as long as you need, and there's no "
            "charge for the waiting time."
        ),
        "Congratulations on the new house! Hope you're settling in and the kettle's found its new home.",
        (
            "We're sorry you were turned away from the demo ride. We only let bikes out with a helmet on, because "
            "both Queensland law and our insurance insist, but we've got loan helmets now so it won't happen again."
        ),
        (
            "Sorry about the jump in our labor rate. Parts and insurance costs went up this year and we had to "
            "follow, but we should have warned our regulars first. Your feedback's been heard."
        ),
        "cheers pal 👍 glad the gears are sorted, nae bother",
        (
            "Thank you for your feedback. We apologize for the inconvenience and have shared your comments with our "
            "dispatch team. Please contact us at support@buckeyecabs.com so we can look into this further."
        ),
        (
            "You're spot on, Lachie took the long way and that shouldn't have happened. That's on us as a company, "
            "not just him, and we've already refunded the extra fare."
        ),
        "Thanks for the feedback. Sorry. We're sorting it. Ring us on 029 2018 0000.",
    ],
    "fr": [
        (
            "Bonjour, toutes nos excuses pour le voyant resté allumé après la révision. Désormais, chaque voiture "
            "fait un essai sur route avant d'être rendue. Appelez-nous au 05 61 00 42 17, on vous reprend sans frais "
            "dès cette semaine."
        ),
        (
            "Merci beaucoup pour ce joli message ! Ravis que le vélo cargo vous plaise autant sur les bords de "
            "l'Erdre. À bientôt à l'atelier !"
        ),
        (
            "Merci pour la course ! Pour info, notre carte fidélité offre un trajet tous les dix, pour tous nos "
            "clients, avis ou pas. Demandez-la au chauffeur."
        ),
        (
            "Merci pour votre message. Notre secrétariat de la rue de Carouge est ouvert du lundi au vendredi de 8 h "
            "à 18 h et le samedi matin ; vous pouvez aussi nous écrire à contact@autoecole-carouge.ch."
        ),
        (
            "Merci beaucoup ! Ibrahima et Pape seront contents de savoir que leur travail vous a plu. Que Dieu vous "
            "garde dans votre nouvelle maison."
        ),
        (
            "Vous avez raison, Julien a noté le mauvais créneau, mais c'est à nous, l'entreprise, d'avoir un système "
            "qui évite ça. Nous sommes désolés ; un SMS de confirmation part désormais la veille."
        ),
        (
            "Nous sommes vraiment désolés pour le miroir brisé. Le remboursement a déjà été effectué, vous devriez "
            "le voir d'ici trois jours ouvrés."
        ),
        (
            "Désolés pour ces deux semaines d'attente. La vraie raison : la pièce venait d'Allemagne et a pris du "
            "retard. On aurait dû vous prévenir, et on le fera désormais."
        ),
        (
            "Nous sommes navrés pour le vase endommagé. Conformément à nos conditions générales, tous les biens "
            "transportés sont assurés ; écrivez-nous à sinistres@demenagements-leman.ch avec une photo et nous nous "
            "occupons du reste."
        ),
        (
            "Vraiment désolés pour le vol de votre vélo devant la boutique. Nos caméras ont tout filmé et on a "
            "transmis les images à la police pour appuyer votre plainte. Passez quand vous voulez, on vous prête un "
            "vélo en attendant."
        ),
        (
            "Touché ! Notre chauffeur connaît Lille comme sa poche… mais visiblement il avait changé de pantalon ce "
            "jour-là. Désolés pour le détour, on vous a remboursé la différence."
        ),
        (
            "Merci pour vos trois étoiles et vos remarques. Vous avez raison pour les créneaux du soir, nous en "
            "ouvrons davantage dès janvier."
        ),
        (
            "Nous sommes désolés que vous ayez eu ce sentiment. D'après notre fiche d'intervention, les plaquettes "
            "ont bien été changées, mais nous pouvons nous tromper : passez au garage et nous regarderons ensemble, "
            "pièces à l'appui."
        ),
        (
            "Toutes nos condoléances à vous et à votre famille. Nos chauffeurs restent à votre disposition pendant "
            "ces jours difficiles. Que la terre lui soit légère."
        ),
        "Félicitations pour le permis du premier coup ! Vous l'avez bien mérité. Roulez prudemment et profitez !",
        (
            "Désolés que l'équipe ait refusé de monter le piano par l'escalier. Au-delà de 200 kg, nos règles "
            "imposent un monte-meubles pour la sécurité de tous ; on aurait dû vous l'expliquer au moment du devis."
        ),
        (
            "Vous avez raison, nos tarifs ont augmenté en octobre et nous sommes désolés de ne pas l'avoir mieux "
            "annoncé. La hausse suit le nouveau barème cantonal et le coût de l'assurance."
        ),
        "merci à toi 🙌🚲 à la prochaine !",
        "Merci. Content que la voiture roule. À la prochaine.",
        "Merci beaucoup grande sœur ! On est contents que le déménagement se soit bien passé. Jërëjëf !",
        (
            "Madame, Monsieur, nous vous prions d'accepter nos plus sincères excuses pour le retard du véhicule. "
            "Nous avons revu notre planification et restons à votre disposition au 022 555 01 23 pour en discuter."
        ),
        (
            "Désolés pour le carton abîmé. Écrivez-nous à bonjour@demenageurs-nantais.fr et on trouve une solution "
            "ensemble."
        ),
        (
            "Merci d'avoir parlé de nous autour de vous ! Pour tout le monde, chaque parrainage qui aboutit donne "
            "droit à une heure de conduite offerte, que vous laissiez un avis ou non."
        ),
        (
            "Merci pour votre message. Le garage se trouve à la sortie de Rufisque, sur la route nationale, ouvert "
            "du lundi au samedi de 8 h à 19 h. Vous pouvez aussi appeler le 33 836 00 00."
        ),
        "Merci ! On transmet à Nadia, qui va être ravie : elle adore accompagner les élèves stressés jusqu'au bout.",
        (
            "Vous avez raison, la voiture n'était pas propre et ce n'est pas acceptable. Nous avons renforcé le "
            "nettoyage entre chaque course. Contactez-nous au 02 40 00 18 36 si vous souhaitez en parler."
        ),
        (
            "Nous regrettons de n'avoir pas pu vous recevoir samedi. Nous ne sommes que deux mécaniciens et la "
            "saison a démarré plus tôt que prévu. La prise de rendez-vous en ligne est désormais ouverte."
        ),
        (
            "Désolés pour la galère avec l'assurance. Si vous voulez, on envoie directement notre rapport à votre "
            "assureur : passez nous voir et on fait les papiers ensemble."
        ),
        (
            "Coupables ! À trois costauds, on a quand même mis vingt minutes à faire passer le canapé dans le "
            "virage. On a depuis investi dans un mètre ruban. Merci pour votre patience (et pour le café) !"
        ),
        "Merci pour les quatre étoiles. On a bien noté pour les horaires du soir, on va s'organiser.",
        (
            "Nous comprenons votre surprise. Le supplément correspond aux meubles ajoutés le jour même par rapport "
            "au devis, mais nous sommes prêts à tout reprendre ligne par ligne avec vous ; appelez-nous quand vous "
            "voulez."
        ),
        (
            "Toutes nos condoléances. C'était un honneur de vous aider à vider la maison familiale, et nous pensons "
            "bien à vous."
        ),
        "Toutes nos félicitations pour votre nouvel appartement ! Nous vous souhaitons d'y être très heureux.",
        (
            "Désolés que l'essai vous ait été refusé sans casque. C'est une règle de notre assurance, et surtout "
            "pour votre sécurité ; nous avons maintenant des casques de prêt à l'accueil."
        ),
        (
            "Pardon pour la hausse du tarif vers l'aéroport. Le carburant a beaucoup augmenté, le péage aussi, mais "
            "on aurait dû prévenir avant. Excusez-nous."
        ),
        "merci beaucoup 😊 contents que ton vélo roule nickel, à bientôt !",
        (
            "Nous vous remercions pour votre retour. Vos remarques ont été transmises à notre chef d'atelier et nous "
            "restons à votre disposition à info@garage-plainpalais.ch pour tout complément."
        ),
        (
            "Vous avez raison, Sébastien s'est trompé d'itinéraire. C'est notre responsabilité d'entreprise, pas "
            "seulement la sienne ; la différence vous a déjà été remboursée et nous en sommes désolés."
        ),
        "Désolés. On a merdé sur le délai. Appelez-nous, on arrange ça.",
        (
            "Merci infiniment pour ce beau message ! Toute l'équipe de l'auto-école est fière de votre réussite. "
            "Bonne route, et prudence sur l'autoroute à péage !"
        ),
    ],
}
