"""Hand-written good replies (EN/FR) that no check may flag; shared by the check tests and bench.

All are under 350 characters so they also fit Google Play.
"""

from __future__ import annotations

GOOD_NEGATIVE: dict[str, list[str]] = {
    "en": [
        "Hi Tom, thank you for your review and I'm sorry your pizza arrived cold. We've changed how "
        "we pack hot orders. Please write to us at hello@bistro.example so we can make it up to you.",
        "Thank you for telling us about the wait, Sarah. An hour is far too long and I apologise. "
        "We've added a second cook on Friday nights. I'd love to welcome you back.",
        "Hi James, I'm sorry our team came across as rude. That's not how we want anyone to feel here. "
        "I'm following it up personally; could you contact me at manager@cafe.example?",
        "Thanks for your honest feedback. We're sorry the room wasn't clean on arrival. Housekeeping "
        "checks have been tightened, and we'd like to hear more at 01 23 45 67 89.",
        "Hi Priya, sorry the app keeps crashing on your phone. Our developers are on it. Please email "
        "support@app.example with your device model and we'll help you directly.",
        "Thank you for flagging the double charge, Mark. I'm sorry for the worry. We're checking the "
        "transaction now; please contact us privately so we can sort it out.",
        "Hello Anna, thank you for your review. We regret that your booking was lost, and we've fixed "
        "the problem in our system. We'd be glad to host you again.",
        "Hi Leo, I'm really sorry the parcel arrived damaged. We've raised it with the courier and "
        "would like to send a replacement. Please get in touch with our team.",
        "Thanks for your feedback, Chloe. We understand the portions felt small for the price, and "
        "we're reviewing the menu. Sorry we disappointed you this time.",
        "Hi Ben, thank you for raising this. Your concerns are being looked at by our manager, and "
        "we'd like to talk with you directly. Please call us on 020 7946 0958.",
        "We're sorry your visit wasn't what you hoped for, Ella. Thank you for letting us know; "
        "we've shared your review with the whole team and we're working on it.",
        "Hi Sam, sorry for the trouble with signing in. A fix is rolling out this week. Thanks for "
        "your patience, and reach out any time if it happens again.",
    ],
    "fr": [
        "Bonjour Thomas, merci pour votre avis et désolé que la pizza soit arrivée froide. Nous avons "
        "changé notre emballage. Écrivez-nous à bonjour@bistrot.example pour que nous puissions nous rattraper.",
        "Merci de nous avoir parlé de l'attente, Sarah. Une heure, c'est beaucoup trop et je vous "
        "présente nos excuses. Nous avons ajouté un cuisinier le vendredi soir.",
        "Bonjour Julien, je suis désolé que notre équipe vous ait paru désagréable. Ce n'est pas "
        "l'accueil que nous voulons offrir. Pouvez-vous me contacter à gerant@cafe.example ?",
        "Merci pour votre retour sincère. Nous sommes désolés que la chambre n'ait pas été propre à "
        "votre arrivée. Nous avons renforcé les contrôles ; joignez-nous au 01 23 45 67 89.",
        "Bonjour Inès, désolés que l'application plante sur votre téléphone. Nos développeurs s'en "
        "occupent. Écrivez à support@app.example en précisant votre modèle.",
        "Merci de nous avoir signalé ce double prélèvement, Marc. Désolé pour l'inquiétude. Nous "
        "vérifions la transaction ; contactez-nous en privé pour régler cela.",
        "Bonjour Anne, merci pour votre avis. Nous regrettons que votre réservation ait été perdue et "
        "nous avons corrigé le problème. Nous serions ravis de vous accueillir à nouveau.",
        "Bonjour Léo, je suis vraiment désolé que le colis soit arrivé abîmé. Nous avons alerté le "
        "transporteur et souhaitons vous envoyer un remplacement. Contactez notre équipe.",
        "Merci pour votre retour, Chloé. Nous comprenons que les portions vous aient semblé petites "
        "pour le prix, et nous revoyons la carte. Désolés de vous avoir déçue.",
        "Bonjour Benoît, merci d'avoir soulevé ce point. Notre responsable examine vos remarques et "
        "aimerait échanger directement avec vous. Appelez-nous au 04 72 00 00 00.",
        "Nous sommes désolés que votre visite n'ait pas été à la hauteur, Élodie. Merci de nous "
        "l'avoir dit ; votre avis a été partagé avec toute l'équipe.",
        "Bonjour Sam, toutes nos excuses pour ce souci de connexion. Un correctif arrive cette "
        "semaine. Merci de votre patience, et n'hésitez pas à nous écrire si cela se reproduit.",
    ],
}

GOOD_POSITIVE: dict[str, list[str]] = {
    "en": [
        "Thank you so much, Emma! We're delighted you enjoyed your evening. See you soon.",
        "Hi Paul, thanks for the lovely review. I've shared it with the kitchen team; they'll be thrilled.",
        "Thank you for choosing us for your anniversary, Lucy. It was a pleasure to have you with us.",
        "We really appreciate your kind words, Omar. Hope to welcome you back at the Harbour Street café.",
        "Thanks a lot for the five stars! We're glad the app makes your mornings easier.",
        "Hi Grace, thank you for recommending us to your friends. Word of mouth means a lot to a small team.",
        "Thank you, Dan! Glad the delivery was quick and the food still hot. Enjoy, and see you next time.",
        "What a lovely review, thank you Mia. Our team works hard and your words made their day.",
        "Thanks for coming back to see us, Noah. Regulars like you are the best part of the job.",
        "Thank you for the kind feedback on our new menu, Zoe. We're glad the vegan options hit the spot.",
        "Hi Ava, we're grateful for your review. See you at the next tasting evening!",
        "Thank you for staying with us, Hugo. We hope to host you again on your next trip to Bath.",
    ],
    "fr": [
        "Merci beaucoup, Emma ! Ravis que vous ayez passé une belle soirée. À très bientôt.",
        "Bonjour Paul, merci pour ce très bel avis. Je l'ai partagé avec l'équipe en cuisine, elle sera ravie.",
        "Merci de nous avoir choisis pour votre anniversaire, Lucie. Ce fut un plaisir de vous recevoir.",
        "Nous vous remercions pour vos gentils mots, Omar. Au plaisir de vous revoir rue du Port.",
        "Merci pour les cinq étoiles ! Heureux que l'application vous simplifie les matinées.",
        "Bonjour Grâce, merci de nous recommander à vos amis. Le bouche-à-oreille compte beaucoup pour nous.",
        "Merci Daniel ! Content que la livraison ait été rapide et le repas encore chaud. À la prochaine.",
        "Quel bel avis, merci Mia. L'équipe travaille dur et vos mots lui font très plaisir.",
        "Merci d'être revenu nous voir, Noé. Les habitués comme vous, c'est ce qu'il y a de mieux.",
        "Merci pour votre retour sur notre nouvelle carte, Zoé. Ravis que les plats végétariens vous aient plu.",
        "Bonjour Ava, nous vous sommes très reconnaissants pour votre avis. À la prochaine dégustation !",
        "Merci d'avoir séjourné chez nous, Hugo. Nous espérons vous accueillir à nouveau lors de votre prochain passage à Lyon.",
    ],
}
