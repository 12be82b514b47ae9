"""An incentive whose review or rating is named without its noun (issue 18, 18g): the review
as "this" / "it" / "le" to remove or soften, a bare score asked for ("give us four"), a
kinder wording asked for, the people "who change their minds". Each counts only beside a
reward and a tie, so the same words in a harmless sentence (a mistaken e-mail deleted, five
minutes asked for, four people at a table) pass both the rules and the classifier's gate.

The sentences were written for these tests; none comes from a blind round or a training file."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import structure
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.model import ReviewInput


def _rule_blocks_incentive(draft: str, lang: str) -> bool:
    found = check_draft(draft, lang=lang, review=ReviewInput(stars=2, lang=lang), model=False)
    return any(f.code == "review_incentive" and f.severity.value == "block" for f in found)


def _gate(sentence: str) -> bool:
    return structure.could_be_incentive(sentence, fold_same_length(sentence))


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        # (1) the review as a pronoun, removed or softened on request
        ("en", "Just remove it, and your next two coffees are on us."),
        ("en", "Take that down and the whole bill is on us."),
        ("fr", "Supprimez-le aujourd'hui et le dessert vous est offert."),
        ("fr", "Retirez ça et on vous rembourse le dîner."),
        # (2) a bare score asked for
        ("en", "Give us four and your dessert is free next time."),
        ("fr", "Mettez-nous au moins 4, et un verre de vin est offert."),
        ("fr", "Donnez-nous cinq et la livraison est gratuite."),
        # (3) a kinder wording asked for
        ("en", "If you could tone down the wording, the spa session would be on us."),
        ("en", "A friendlier tone and the parking fee is waived."),
        ("fr", "Des propos plus doux et le café vous est offert."),
        # (4) the people who change their minds
        ("en", "Diners who change their minds about us get a complimentary dessert."),
        ("en", "Reviewers who update get 10% off their next stay."),
        ("fr", "Les clients qui changent d'avis ont droit à un apéritif offert."),
    ],
)
def test_a_review_named_without_its_noun_is_still_an_incentive(lang: str, draft: str) -> None:
    assert _gate(draft)
    assert _rule_blocks_incentive(draft, lang)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "give us five minutes and we'll have your table ready"),
        ("en", "delete this email if you received it by mistake"),
        ("en", "take the post office route, parking is free"),
        ("fr", "au moins 4 personnes pour le menu groupe, café offert"),
        ("en", "we softened the wording of our cancellation policy"),
        ("en", "clients who change their booking get a free upgrade if available"),
        # the business removing something, not the reader's review
        ("en", "We'll remove it from your bill and refund the difference today."),
        ("fr", "Nous allons le retirer de votre facture et vous rembourser la différence."),
        ("en", "Please delete it if it arrived twice; the refund is already on its way."),
        # a number that counts something else
        ("en", "Give us two days and the replacement part is free."),
        ("fr", "Mettez-nous au moins 3 jours de délai, la livraison est offerte."),
        # a kinder tone promised by the business, a change of booking
        ("en", "Our team will use a friendlier tone on the phone, and delivery stays free."),
        ("fr", "Les clients qui changent leur réservation gardent le dessert offert."),
    ],
)
def test_the_same_words_without_a_review_pass(lang: str, draft: str) -> None:
    assert not _gate(draft)
    assert not _rule_blocks_incentive(draft, lang)


def test_the_implied_review_needs_the_reward() -> None:
    """Without a reward the same asks are no incentive, nor a sentence the gate lets by."""
    for draft in (
        "Delete this and let's talk on the phone.",
        "Give us five and tell us what went wrong.",
        "Soften the wording a bit, please.",
    ):
        assert not _gate(draft)
        assert not _rule_blocks_incentive(draft, "en")


def test_the_business_removing_it_is_no_deal() -> None:
    """"Ask us to remove it" / "let me take it down": the business acts, the reader is asked
    for nothing about a review."""
    for draft in (
        "If the tip feels wrong, let us remove it and refund the amount.",
        "Tell me and I'll take it down from the invoice, free of charge.",
    ):
        assert not _gate(draft)
        assert not _rule_blocks_incentive(draft, "en")


@pytest.mark.parametrize(
    ("lang", "draft", "blocks"),
    [
        # A composed draft for a real 4★ review was blocked for "the good points" next to
        # "feedback": points are a reward only when counted or loyalty points.
        ("en", "Thanks for this feedback, the good points and the others. We regret the welcome our team "
               "gave you. Your feedback has been shared with the whole team.", False),
        ("en", "Some fair points here. We're sorry about the welcome we gave you; your review has been "
               "read by the whole team.", False),
        ("en", "Fair points in your review, and thank you for raising them.", False),
        ("fr", "Merci pour votre avis : vous soulevez des points importants, que l'équipe a lus.", False),
        ("en", "Leave us a 5-star review and we'll add 500 points to your loyalty card.", True),
        ("en", "Update your review and get double points on your next order.", True),
        ("fr", "Mettez-nous 5 étoiles et on vous crédite 200 points fidélité.", True),
    ],
)
def test_points_are_a_reward_only_when_counted_or_loyalty_points(lang: str, draft: str, blocks: bool) -> None:
    assert _rule_blocks_incentive(draft, lang) is blocks
