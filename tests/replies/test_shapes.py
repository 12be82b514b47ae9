"""Sentence shapes of the wording categories (`checks/shapes.py`, `checks/denial.py`), on
wordings written for this test by helper 18l while building them, in English and French,
formal, casual and texted: each bad reply is caught in its category by the rules alone, and
each harmless look-alike (the same words used kindly, the business's own contacts, a
negation that explains) is not blocked, answering a one-star or a five-star review.

These wordings were seen while the shapes were written, so they guard against regressions;
they say nothing about the next blind round."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.model import ReviewInput, Severity

from .evaluation import blocked

BAD: list[tuple[str, str, str]] = [
    (
        "categorical_denial",
        "en",
        "Our kitchen is spotless and there has never been a single mouse in it, period.",
    ),
    ("categorical_denial", "en", "Nobody on our team was rude to you. Not once."),
    ("categorical_denial", "en", "That charge is correct and we stand by it. End of story."),
    ("categorical_denial", "fr", "Personne chez nous ne vous a parlé sur ce ton, jamais."),
    (
        "categorical_denial",
        "fr",
        "Notre cuisine est propre, il n'y a jamais eu le moindre problème d'hygiène ici, point final.",
    ),
    ("categorical_denial", "fr", "nan nan on a jamais servi de poulet cru, c'est impossible"),
    ("categorical_denial", "en", "we dont do that. ever."),
    (
        "categorical_denial",
        "en",
        "Your invoice was accurate to the penny and we never add hidden fees.",
    ),
    ("sarcasm", "en", "Apologies, we'll speak to the sun about being so bright on our terrace."),
    (
        "sarcasm",
        "fr",
        "Désolés pour la pluie, on va demander à la météo de faire un effort la prochaine fois.",
    ),
    (
        "sarcasm",
        "en",
        "Thank you for the priceless lesson on how to run a hotel, truly enlightening.",
    ),
    (
        "sarcasm",
        "fr",
        "Merci pour ces précieux conseils, on se demande comment on a tenu vingt ans sans vous.",
    ),
    (
        "sarcasm",
        "en",
        "We clearly didn't realise we were serving a professional food critic that evening.",
    ),
    (
        "sarcasm",
        "fr",
        "Un orchestre symphonique vous accueillera à votre prochaine visite, évidemment.",
    ),
    (
        "sarcasm",
        "en",
        "A pizzeria being loud on a Saturday, how utterly scandalous. Who'd have guessed?",
    ),
    (
        "sarcasm",
        "fr",
        "Ouin, c'est sûr que le stationnement aurait dû être vide un samedi, voyons donc.",
    ),
    ("sarcasm", "en", "yeah right, like we were supposed to guess you wanted no onions"),
    (
        "personal_attack",
        "en",
        "Funny, your profile was created yesterday. Are you working for the competition?",
    ),
    ("personal_attack", "fr", "Vous êtes sûrement un ancien employé qui règle ses comptes."),
    ("personal_attack", "fr", "ça sent le faux compte à plein nez"),
    ("personal_attack", "en", "pretty sure ur a troll lol"),
    ("personal_attack", "en", "We suspect this review is from a disgruntled ex-employee."),
    ("personal_attack", "en", "Your recollection of the night is, let's say, a little stretched."),
    ("personal_attack", "fr", "Votre récit est pour le moins brodé."),
    ("intimidation", "en", "Carry on like this and you will find yourself in serious trouble."),
    ("intimidation", "fr", "Tu vas avoir de gros problèmes si tu continues."),
    (
        "intimidation",
        "en",
        "Our photos of your table will stay on our Instagram until you delete this.",
    ),
    ("intimidation", "fr", "La vidéo de votre visite pourrait bien circuler dans le quartier."),
    ("intimidation", "en", "We'd hate for your employer to see what you've been posting."),
    (
        "excessive_justification",
        "en",
        "None of this was our fault; the supplier was late, two cooks called in sick, the dishwasher broke and the power went out twice.",
    ),
    (
        "excessive_justification",
        "fr",
        "Ce n'est pas de notre faute : la livraison est arrivée en retard, le four est tombé en panne, deux serveurs étaient malades et il y avait un match au stade.",
    ),
    ("review_incentive", "fr", "Remontez votre note et le café est sur la maison."),
    ("review_incentive", "fr", "Mettez-nous 5 étoiles pis votre prochain lave-auto est gratis."),
    ("review_incentive", "en", "edit ur review to 5 and ur next coffee's on me"),
    (
        "blames_employee",
        "fr",
        "Si Chloé avait vérifié la commande comme il faut, vous auriez eu vos frites.",
    ),
]

GOOD: list[tuple[str, str]] = [
    ("en", "We never want a guest to wait that long, and we're sorry we let you down."),
    ("en", "There was no excuse for the wait; we've added a second cook."),
    ("fr", "Il n'y a jamais de frais de réservation chez nous, n'hésitez pas à réserver en ligne."),
    ("en", "Sorry the sun was so strong on the terrace; we've now put up parasols."),
    (
        "en",
        "Thank you for the helpful tip about the step at the entrance; we've painted it yellow.",
    ),
    (
        "fr",
        "Merci pour vos conseils sur la carte des vins, nous avons ajouté deux rouges de Loire.",
    ),
    ("en", "Our string quartet plays every Sunday brunch, we hope you'll join us."),
    ("en", "We had no idea it was your birthday, next time tell us and the cake is on us!"),
    ("en", "Our chef is a former competitor on Top Chef and loved your feedback."),
    ("fr", "Nous ne sommes pas un concurrent des grandes chaînes, juste une petite crêperie."),
    ("en", "You'll have no trouble finding parking behind the shop."),
    ("fr", "Vous n'aurez aucun problème pour vous garer."),
    ("en", "Unless you'd prefer a refund, we'll send a replacement today."),
    ("en", "It was beyond our control, but we've refunded you in full."),
    ("fr", "Ben oui, revenez quand vous voulez, on vous attend avec plaisir !"),
    ("en", "Who knew a little bakery could get so many lovely reviews? Thank you!"),
    ("en", "We don't charge for tap water, ever, so we have refunded the line on your bill."),
    (
        "fr",
        "Nous ne servons jamais de viande congelée : nous avons vérifié avec le chef et nous vous rappelons demain.",
    ),
    (
        "en",
        "Sorry for the mix-up. Our staff never intend to rush anyone, and we've spoken to the team.",
    ),
    (
        "fr",
        "La caméra de recul de votre voiture de location a été réparée, merci de nous l'avoir signalée.",
    ),
    (
        "en",
        "Our video of the wedding is on our Facebook page if you'd like to share it with your friends.",
    ),
    ("en", "If Sam had known it was your anniversary, he'd have brought a candle!"),
    ("fr", "Si Léa avait su que vous veniez, elle vous aurait gardé une table près de la fenêtre."),
    ("en", "Please leave us a review whenever you like; it helps a small business."),
    ("en", "Thanks for the tip about the Wi-Fi, it's fixed now and the password is on the menu."),
    (
        "fr",
        "Votre addition était juste selon notre caisse, mais nous avons refait le calcul et vous rembourserons la différence de 4 €.",
    ),
    ("en", "Absolutely not the experience we want anyone to have. We're so sorry."),
    ("fr", "Non, non, ne vous excusez pas, c'est à nous de nous excuser pour l'attente."),
    ("en", "Thanks for the five stars, Priya! We'll pass your kind words to the kitchen."),
    (
        "en",
        "We're sorry about the cold chips; we've refunded them and spoken to the kitchen team about timing.",
    ),
    ("fr", "Merci pour votre avis ! Notre serveuse Inès sera ravie de lire vos compliments."),
    ("fr", "Désolés pour l'attente, nous avons ajouté un serveur le samedi midi."),
    (
        "en",
        "Our CCTV is only used for security and never shared; we've reviewed the evening and can't see the issue, so please call us.",
    ),
    ("en", "Please call us on 01632 960123 and ask for Dev, our manager."),
    ("fr", "Pour toute question, écrivez-nous à contact@maisonbleue.fr."),
    ("en", "Jess was thrilled to read this, she'll be on the till again on Saturday!"),
    ("fr", "Julien, notre chef, a repris la recette du fondant suite à votre retour."),
    ("en", "We never charge for tap water, so I've asked the team to check what happened."),
    ("fr", "Nous sommes désolés, ce n'est pas l'accueil que nous voulons offrir."),
    (
        "en",
        "It was a bank holiday and we were short-staffed, which is no excuse; sorry for the wait.",
    ),
    ("en", "Haha, the parrot is called Rocky and he says hi! Thanks for visiting."),
    ("fr", "Mdr, notre chien adore tout le monde ! Merci pour votre passage."),
    ("en", "Free parking is available behind the building for all our customers."),
    ("fr", "Le dessert du jour est offert à tous les enfants le mercredi."),
    ("en", "We'd love to see you again; our loyalty card gives every 10th coffee free."),
    (
        "en",
        "Thanks for the review! Your feedback on the music volume has been passed to our manager.",
    ),
    ("fr", "Merci pour votre retour, nous avons revu la carte et ajouté des options sans gluten."),
    (
        "en",
        "Sorry, we couldn't find a booking under that name; could you email us at bookings@thegrill.co.uk?",
    ),
    (
        "en",
        "Our lawyer reviewed our cancellation policy last month and it's now clearer on the website.",
    ),
    (
        "fr",
        "Nous avons contacté notre assureur pour la vitre cassée de votre voiture et vous tiendrons informé.",
    ),
    ("en", "We honestly can't thank you enough for such a lovely review, it made our week."),
    ("fr", "Honnêtement, votre avis nous a fait chaud au cœur, merci !"),
    ("en", "Who doesn't love a Friday night crowd? Thanks for joining us and for the kind words."),
    ("fr", "Quel plaisir de vous revoir ! Merci pour les cinq étoiles."),
    ("en", "Ha, you caught us — the brownies really are that good. See you soon!"),
    (
        "fr",
        "Vous avez raison, l'attente était trop longue ; nous avons revu l'organisation du service.",
    ),
    ("en", "Thank you, Marco and the grill team will love hearing the burgers hit the spot!"),
    ("fr", "Merci beaucoup ! Lucas, notre stagiaire, a adoré préparer votre commande."),
    (
        "en",
        "Sorry about the wait; we were fully booked and should have warned you. We've changed how we take walk-ins.",
    ),
    (
        "fr",
        "Vous pouvez nous écrire à reservation@lepetitzinc.fr ou nous appeler au 04 78 12 34 56.",
    ),
    ("en", "We'll be sure to save you a table by the window for your next visit!"),
    ("fr", "La prochaine fois, demandez la terrasse, le soleil s'y couche tard en été."),
    ("en", "Thanks for the helpful reminder about the broken hand dryer, it's fixed."),
    ("en", "Our loyalty card gives you a free coffee after nine visits, no review needed."),
    (
        "fr",
        "Nous ne réutilisons jamais le pain, et nous avons rappelé la règle à toute l'équipe après votre message.",
    ),
    ("en", "Ha, what a compliment, thank you! The team is still smiling."),
    ("fr", "Félicitations aux jeunes mariés, et merci pour ce magnifique avis !"),
    (
        "en",
        "We're so sorry; a judge at the county fair once said our pies were the best, and this time we let you down.",
    ),
    (
        "en",
        "Thank you for your honest review. We checked the booking system and found the error on our side.",
    ),
    ("fr", "Bonjour Nadia, merci pour vos cinq étoiles, à très vite !"),
    ("en", "Please don't hesitate to update us on how the repair holds up, we're here to help."),
    (
        "en",
        "If your rating reflects the long wait, we completely understand and we're working on it.",
    ),
    (
        "fr",
        "Nous sommes navrés : aucun de nos serveurs n'aurait dû vous parler ainsi, et nous avons revu ce point avec l'équipe.",
    ),
    ("en", "We never stop learning from feedback like yours, thank you."),
    ("en", "Thanks Mrs Chen! The margheritas are our pride, see you soon."),
    ("fr", "Merci pour votre commentaire positif, toute l'équipe est ravie !"),
    ("en", "Our loyalty card gives 10 points per visit; ask at the counter."),
    (
        "en",
        "We're devastated to hear you were unwell after your meal and have contacted the environmental health officer ourselves.",
    ),
    ("fr", "Nous sommes profondément désolés, ce n'est pas l'accueil que nous souhaitons."),
    ("en", "Tom, who served you, was so happy to read this!"),
    ("fr", "Notre livreur Karim vous remercie pour le pourboire !"),
    ("en", "We've checked the cameras and can see the wait was far too long; sorry."),
    (
        "fr",
        "Nous avons regardé les images avec l'équipe pour comprendre ce qui s'est passé, et nous revoyons l'accueil.",
    ),
    ("en", "This is a small town and we love our regulars; thank you for being one."),
    ("en", "People like you make running a café worth it, thank you!"),
    ("fr", "Merci ! Et bravo pour votre premier marathon, la pizza était bien méritée."),
    ("en", "Our legal notice and privacy policy are on the website if you need them."),
    (
        "fr",
        "Vos données ne sont jamais transmises à des tiers ; écrivez-nous à rgpd@garage-martin.fr pour toute demande.",
    ),
    ("en", "It's clear we got this wrong, and we've refunded you in full."),
]


@pytest.mark.parametrize(("code", "lang", "draft"), BAD)
def test_a_new_wording_of_a_category_is_caught_by_the_rules(
    code: str, lang: str, draft: str
) -> None:
    assert code in blocked(draft, lang, model=False)


@pytest.mark.parametrize(("lang", "draft"), GOOD)
@pytest.mark.parametrize("stars", [1, 5])
def test_a_harmless_look_alike_is_not_blocked(lang: str, draft: str, stars: int) -> None:
    found = check_draft(
        draft, lang=lang, platform="google_business", review=ReviewInput(stars=stars, lang=lang)
    )
    assert not [f.code for f in found if f.severity is Severity.BLOCK]


def test_laughter_shared_with_a_pleased_customer_is_no_block_but_at_a_one_star_review_it_is() -> (
    None
):
    draft = "lol thanks!! best review of the whole year 😂"

    def severities(stars: int) -> set[str]:
        found = check_draft(
            draft,
            lang="en",
            platform="google_business",
            review=ReviewInput(stars=stars, lang="en"),
            model=False,
        )
        return {f.severity.value for f in found if f.code == "sarcasm"}

    assert "block" not in severities(5)
    assert "block" in severities(1)


def test_a_closed_denial_is_a_warning_with_the_plain_message_in_both_languages() -> None:
    found = [
        f
        for f in check_draft("We don't lose parcels. Never.", lang="en", model=False)
        if f.code == "categorical_denial"
    ]
    assert len(found) == 1 and found[0].severity is Severity.WARN
    assert found[0].message_en.startswith("Categorical denial")
    assert found[0].message_fr.startswith("Démenti catégorique")
