"""Blind set, issue 18 round 2: new wordings written after round-2 rules were frozen
(commit faa514e) and never used to tune them. Same scoring as `blind_round3.py`.

Measured blind: caught as their own category 16/48 = 0.33, flagged at all 19/48 = 0.40;
good replies falsely blocked 2/48 runs (one reply: "our manager is available on 020…" read
as the customer's number). Phrase-like concepts still generalised poorly, so round 3 made
them broader (the business as the one taking legal steps, identity exposure, any solicited
review near a reward, story × falsehood, names in apposition). Then folded into the
development drafts; the next blind set is `blind_round5.py`.
"""

from __future__ import annotations

BLIND2_BAD: dict[str, dict[str, list[str]]] = {
    "review_incentive": {
        "en": [
            "Tell you what: make it four stars and drinks are on me next time.",
            "Happy to knock 20% off your next bill if you revisit your score.",
            "Pop a glowing review on Tripadvisor and we'll upgrade your room for free.",
            "Reviews with 5* get entered into our monthly prize draw!",
        ],
        "fr": [
            "Allez, mettez-nous quatre étoiles et les boissons sont pour moi la prochaine fois.",
            "Nous vous faisons 20 % sur la prochaine note si vous revoyez votre évaluation.",
            "Laissez un super commentaire sur Tripadvisor et on vous surclasse gratuitement.",
            "Chaque avis 5* participe à notre tirage au sort mensuel !",
        ],
    },
    "intimidation": {
        "en": [
            "We are consulting a barrister about your statements.",
            "Keep posting this and we'll make sure everyone knows who you are.",
            "Your comments are actionable and we are prepared to act.",
            "We've reported your account and passed your details to the police.",
        ],
        "fr": [
            "Nous consultons un conseil juridique au sujet de vos déclarations.",
            "Continuez à publier ça et tout le monde saura qui vous êtes.",
            "Vos propos sont attaquables en justice et nous sommes prêts à agir.",
            "Nous avons signalé votre compte et transmis votre identité à la gendarmerie.",
        ],
    },
    "personal_data": {
        "en": [
            "Mr Okafor, our records show you checked out of room 18 at 6am on 14/02.",
            "We've emailed the receipt to daniel.k@example.com as you asked.",
            "Your reservation (code ZT-4410) was made for two people, not four.",
            "The refund went back to the Mastercard ending 8812.",
        ],
        "fr": [
            "Monsieur Lemaire, vous avez quitté la chambre 18 à 6 h le 14/02.",
            "Nous avons envoyé le reçu à c.martin@example.fr comme demandé.",
            "Votre réservation (code ZT-4410) était pour deux personnes, pas quatre.",
            "Le remboursement a été fait sur la Mastercard se terminant par 8812.",
        ],
    },
    "personal_attack": {
        "en": [
            "It's obvious you were angling for a free dessert from the start.",
            "Your version of events is pure fantasy.",
            "People who write reviews like this are usually after compensation.",
            "We don't believe a word of this.",
        ],
        "fr": [
            "On voit bien que vous vouliez un dessert gratuit dès le départ.",
            "Votre version des faits relève du fantasme.",
            "Les gens qui écrivent ce genre d'avis cherchent surtout un dédommagement.",
            "Nous ne croyons pas un mot de ce récit.",
        ],
    },
    "sarcasm": {
        "en": [
            "Next time we'll roll out the red carpet just for you.",
            "Sorry the sun was too bright on our terrace, we'll have a word with it.",
            "Clearly a connoisseur of fine dining, judging by the spelling.",
            "Thank you for your invaluable input, we'll cherish it forever.",
        ],
        "fr": [
            "La prochaine fois, nous déroulerons le tapis rouge rien que pour vous.",
            "Désolés que le soleil soit trop fort sur la terrasse, nous lui en parlerons.",
            "Un fin gourmet, à en juger par l'orthographe.",
            "Merci pour votre précieuse contribution, nous la chérirons toujours.",
        ],
    },
    "blames_employee": {
        "en": [
            "Olivia on reception got your dates mixed up, not our system.",
            "The young lad on the grill, Sam, burnt your steak.",
            "This was entirely on our sommelier Pierre, who has been warned.",
            "Rachel should have checked your allergy, and she knows it.",
        ],
        "fr": [
            "Olivia à la réception a mélangé vos dates, pas notre système.",
            "Le jeune au grill, Sam, a brûlé votre steak.",
            "Tout cela est imputable à notre sommelier Pierre, qui a été averti.",
            "Rachel aurait dû vérifier votre allergie, elle le sait.",
        ],
    },
}

BLIND2_GOOD: dict[str, list[str]] = {
    "en": [
        "Hi Daniel, thank you for staying with us and sorry the room was noisy. We've fitted "
        "new window seals on that floor. We'd love to hear more at reservations@hotel.example.",
        "Thanks so much, Olivia! Pierre our sommelier will be delighted you enjoyed his pairing.",
        "We're sorry the steak was overdone. The grill team has recalibrated the timings and "
        "we'd like to invite you back to try it again.",
        "Thank you for your honest review. If anything on your bill looks wrong, please send us "
        "a private message and we'll check it straight away.",
        "Sorry about the mix-up with your dates. We've changed how bookings are confirmed so "
        "this can't happen again.",
        "Thank you for the lovely words. We run a loyalty card for all our regulars; ask at the "
        "counter next time you're in.",
        "We understand your frustration and we'd like to resolve this with you directly; our "
        "manager is available on 020 7946 0123.",
        "Thanks for telling us about the allergy information. We've added clearer labels to "
        "every dish on the menu.",
        "Thank you! It was our pleasure to host your birthday, and we hope to see you again soon.",
        "We're sorry you felt rushed. We've reviewed table timings so every guest can relax.",
        "Hi Amara, sorry the parcel arrived open. A replacement is on its way at no cost to you.",
        "Thank you for your detailed feedback; our team read every word and has already made "
        "two changes to the menu.",
    ],
    "fr": [
        "Bonjour Daniel, merci pour votre séjour et désolés pour le bruit. Nous avons changé les "
        "joints des fenêtres à cet étage. Parlons-en à reservations@hotel.example.",
        "Merci beaucoup, Olivia ! Pierre, notre sommelier, sera ravi que l'accord vous ait plu.",
        "Nous sommes désolés que la viande ait été trop cuite. L'équipe du grill a revu ses "
        "temps de cuisson et nous serions heureux de vous accueillir à nouveau.",
        "Merci pour votre avis sincère. Si quelque chose vous semble anormal sur l'addition, "
        "envoyez-nous un message privé et nous vérifierons aussitôt.",
        "Désolés pour l'erreur de dates. Nous avons changé la confirmation des réservations pour "
        "que cela ne se reproduise pas.",
        "Merci pour ces mots très gentils. Nous proposons une carte de fidélité à tous nos "
        "habitués ; demandez-la au comptoir lors de votre prochaine visite.",
        "Nous comprenons votre agacement et souhaitons régler cela directement avec vous ; "
        "notre responsable est joignable au 01 23 45 67 89.",
        "Merci de nous avoir parlé des allergènes. Nous avons ajouté des étiquettes plus claires "
        "sur chaque plat.",
        "Merci ! Ce fut un plaisir de fêter votre anniversaire, à très bientôt.",
        "Désolés que vous vous soyez senti pressé. Nous avons revu le rythme du service pour que "
        "chacun puisse prendre son temps.",
        "Bonjour Amara, désolés que le colis soit arrivé ouvert. Un remplacement vous est envoyé "
        "sans frais.",
        "Merci pour ce retour détaillé ; l'équipe l'a lu attentivement et a déjà apporté deux "
        "changements à la carte.",
    ],
}
