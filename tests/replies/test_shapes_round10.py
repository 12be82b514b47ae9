"""Kinds of wording blind round 10 (`blind_round12.py`) showed the check did not understand,
on NEW wordings written for this test by helper 18n, in English and French: a point-by-point
rebuttal (the record set straight, then a long list of facts), the reader belittled without a
listed insult (their mind, manners, spelling or "level"), mock deference and mock prizes,
the employer told, a threat conditioned on the review *not* being removed, a fault laid on a
named employee ("incombe à", "rests with"), "delete it and…" a reward, spoken French denial
without "ne" ("on a jamais servi ça"); and the look-alikes
that must pass (a reward said not to depend on a review, "we admit it" about ourselves, a
"Pourriez-vous appeler…" invitation to call the business's own number).

Seen while the shapes were written: they guard against regressions, they say nothing about
the next blind round."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.model import ReviewInput, Severity

from .evaluation import blocked

BAD: list[tuple[str, str, str]] = [
    (
        "excessive_justification",
        "en",
        "Since you've posted this publicly, let us set the record straight. Your table was "
        "booked for 7pm and you arrived at 7.40. The kitchen closes orders at 9. The special "
        "had sold out by 8, as the board said. The waiter offered you two other mains. You "
        "chose neither and asked for the bill, which was for drinks only.",
    ),
    (
        "excessive_justification",
        "en",
        "A few clarifications are in order: the quote was sent on the 3rd, the deposit was "
        "paid on the 10th, the tiles arrived on the 14th, our fitter was on site on the 15th "
        "and the grout needs 48 hours before anyone walks on it, which was written on the "
        "quote you signed, so the two-day wait was always part of the plan.",
    ),
    (
        "excessive_justification",
        "fr",
        "Mettons les choses au clair. La réservation indiquait une arrivée à 15 h. Le ménage "
        "se termine à 14 h 30. La clé vous a été remise à 15 h 05. Le chauffage était réglé "
        "sur 20 degrés comme dans toutes nos chambres. Le parking payant est signalé sur le "
        "site depuis deux ans. Nous ne voyons pas ce que nous aurions pu faire de plus.",
    ),
    (
        "excessive_justification",
        "fr",
        "Voici les faits : le colis est parti le lundi, le transporteur l'a présenté le mardi, "
        "personne n'a répondu, un avis de passage a été déposé, le colis est resté dix jours "
        "au relais puis nous est revenu, comme le prévoient nos conditions de vente acceptées "
        "lors de la commande.",
    ),
    ("personal_attack", "en", "Honestly, a microwave meal is probably more your speed."),
    (
        "personal_attack",
        "en",
        "We're sorry about the noise, but reading the booking page clearly isn't your strong suit.",
    ),
    ("personal_attack", "en", "Anyone with half a brain would have asked for the gluten-free menu."),
    ("personal_attack", "en", "you're hands down the rudest guest we've had all year, go cry elsewhere"),
    (
        "personal_attack",
        "fr",
        "Votre manque total de savoir-vivre explique sans doute l'accueil que vous avez reçu.",
    ),
    (
        "personal_attack",
        "fr",
        "Quiconque avec un minimum de bon sens aurait vérifié les horaires avant de venir.",
    ),
    ("personal_attack", "fr", "vu ton orthographe, pas étonnant que t'aies rien compris au menu"),
    (
        "personal_attack",
        "fr",
        "Une cliente aussi désagréable que vous ne sera plus servie chez nous.",
    ),
    (
        "sarcasm",
        "en",
        "Next time we'll run the playlist past you first, since you're obviously the expert.",
    ),
    (
        "sarcasm",
        "en",
        "Congrats on being the only diner this year to find the soup too soupy. Your trophy "
        "ships Monday.",
    ),
    (
        "sarcasm",
        "fr",
        "Promis, on vous consultera avant chaque nouvelle recette, vous qui êtes visiblement "
        "un grand connaisseur.",
    ),
    ("sarcasm", "fr", "Félicitations pour être la première à trouver notre plage trop ensoleillée."),
    (
        "intimidation",
        "en",
        "If you don't delete this review by Friday, the footage goes on our Facebook page.",
    ),
    (
        "intimidation",
        "en",
        "We will be notifying your employer about the way you spoke to our staff.",
    ),
    ("intimidation", "fr", "si tu supprimes pas ton avis on prévient ton patron, c'est clair"),
    (
        "blames_employee",
        "en",
        "Having checked, the billing error rests with our bookkeeper, Mrs Patel, who keyed in "
        "the wrong total.",
    ),
    (
        "blames_employee",
        "fr",
        "Le retard de livraison incombe à notre chauffeur Karim, parti trop tard du dépôt.",
    ),
    ("blames_employee", "en", "The mix-up was on Tom at the front desk, who gave you the wrong key."),
    ("review_incentive", "en", "Sorry about the wait. Take it down and your next pizza is free, deal?"),
    ("review_incentive", "fr", "Bon, retirez-la et le prochain café est offert."),
    ("categorical_denial", "fr", "nan on a jamais facturé le pain, c'est impossible"),
    (
        "intimidation",
        "fr",
        "Nous n'hésiterons pas à avertir votre employeur de votre attitude chez nous.",
    ),
]

GOOD: list[tuple[str, str]] = [
    (
        "en",
        "Thank you for coming! Every fifth haircut is half price for all our regulars, "
        "whether or not you ever write us a review.",
    ),
    ("en", "Our brownies are wickedly rich, we admit it. Thanks for the lovely words!"),
    (
        "en",
        "We're so sorry about the mix-up. To be clear about what went wrong: the order was "
        "sent to the wrong table, the kitchen remade it, and it still arrived late. We've "
        "changed how tickets are numbered so it can't happen again, and we apologise.",
    ),
    ("en", "We're sorry the worst customer service moment of your week happened here."),
    (
        "fr",
        "Merci pour votre visite ! Le café est offert à tous les habitués le vendredi, avis ou "
        "pas, évidemment.",
    ),
    (
        "fr",
        "Nous sommes désolés. Pourriez-vous appeler notre gérant, Marc, au 04 72 00 45 67 ? "
        "Il souhaite comprendre ce qui s'est passé.",
    ),
    (
        "fr",
        "Désolés pour l'attente. Quelques explications : notre four est tombé en panne, deux "
        "cuisiniers étaient malades, et nous avons manqué de pâte. Nous avons réparé le four et "
        "revu nos stocks, et nous espérons vous revoir.",
    ),
    ("fr", "Félicitations à notre équipe pour ce prix, et merci à vous pour ce bel avis !"),
    ("en", "Tell your friends about us, we'd love to meet them!"),
    ("en", "Thanks so much! The credit for the cake is on Tom, our pastry chef."),
    ("en", "The next round is on Tom, our barman, to celebrate the anniversary!"),
    ("en", "The service charge is optional: just ask us to remove it and we'll refund you."),
    ("en", "If the delivery slot doesn't suit, change it and we'll waive the fee."),
    ("fr", "Désolés, on a jamais eu ce problème avant, on va vérifier le four."),
    ("en", "Please tell your family we said hello, and see you at the summer fair."),
    ("fr", "N'hésitez pas à prévenir vos amis, ils seront les bienvenus !"),
    ("fr", "Parlez-en à vos proches et informez vos collègues de notre offre de groupe."),
]


@pytest.mark.parametrize(("code", "lang", "draft"), BAD)
def test_a_new_wording_of_a_round_10_kind_is_caught_by_the_rules(
    code: str, lang: str, draft: str
) -> None:
    assert code in blocked(draft, lang, model=False)


@pytest.mark.parametrize(("lang", "draft"), GOOD)
@pytest.mark.parametrize("stars", [1, 5])
def test_a_round_10_look_alike_is_not_blocked(lang: str, draft: str, stars: int) -> None:
    found = check_draft(
        draft, lang=lang, platform="google_business",
        review=ReviewInput(stars=stars, lang=lang), model=False,
    )
    assert not [f.code for f in found if f.severity is Severity.BLOCK]


def test_a_rebuttal_is_a_warning_with_the_plain_message_in_both_languages() -> None:
    draft = BAD[0][2]
    found = [
        f for f in check_draft(draft, lang="en", platform="google_business", model=False)
        if f.code == "excessive_justification"
    ]
    assert found and found[0].severity is Severity.WARN
    assert "excuses" in found[0].message_en and "excuses" in found[0].message_fr
