"""Kinds of misses that recur across rounds and writers (issue 18, 18fb13), with wordings
written here (not the rounds' replies): the offence beside a look-alike that must pass, with
the classifier on.

- a named employee whose work is taken away "after what happened" / "after what he did", or
  whose staying is in doubt ("while we decide whether she stays");
- a name that is also an ordinary word or a month ("Mai", "May") before ", who has…";
- a long list of causes after an announced explanation or reminder ("we'd like to explain:
  …, …, …, …", "Nous tenons à préciser que …, …, … et …"), without a disowned fault."""

from __future__ import annotations

import pytest

from .evaluation import assert_sends_at_any_rating, blocking_codes, finding_codes


@pytest.mark.parametrize(("draft", "lang"), [
    ("Let us put it this way, Priya won't be doing the colour consultations for us again after what "
     "she did to your fringe.", "en"),
    ("Disons simplement que Bastien n'encadrera plus les sorties du samedi, après ce qu'il a fait "
     "à votre fils.", "fr"),
    ("The mix-up was down to Joel, and he's off the front desk while we decide whether he stays "
     "with the practice.", "en"),
    ("The broken vase was down to May, who has been given a final warning.", "en"),
])
def test_a_named_employee_sanctioned_for_the_incident_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in blocking_codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Priya won't be doing colour consultations after March, as she is starting her own salon; "
     "we wish her well and Tom will take over.", "en"),
    ("Thank you! May, who has run our Sunday classes for ten years, was thrilled to read this.",
     "en"),
    ("Merci ! Bastien, qui a encadré votre sortie, était ravi de lire votre message.", "fr"),
])
def test_a_named_colleague_without_a_faultassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We'd like to explain: the boiler failed overnight, our supplier sent the wrong part, two "
     "of the team were off sick, the road was closed and the weekend was fully booked.", "en"),
    ("Nous tenons à préciser que la salle était pleine, que le traiteur avait du retard, que la "
     "sono est tombée en panne, que la mairie a coupé l'eau et que la météo était exécrable.",
     "fr"),
])
def test_a_long_list_of_causes_after_an_explanation_warns(draft: str, lang: str) -> None:
    assert "excessive_justification" in finding_codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("We'd like to explain what we've changed: a second chef on Fridays and a new booking "
     "system. Sorry again.", "en"),
    ("Nous tenons à préciser que le parking est gratuit pour tous nos clients. Au plaisir !",
     "fr"),
])
def test_a_short_explanation_does_not_warn(draft: str, lang: str) -> None:
    assert "excessive_justification" not in finding_codes(draft, lang), draft


# Categorical denials (rounds 11-62, many writers; the rules alone missed most of them): the
# event itself denied ("didn't happen", "n'a pas eu lieu"), a flat contradiction opening the
# sentence ("Nope,", "Faux."), the account refused in so many words, and new closing words
# ("End of.", "100%", "Aucun.").
@pytest.mark.parametrize(("draft", "lang"), [
    ("Nah, the heater was fine when we handed the van back. 100%.", "en"),
    ("Didn't happen. Our guides don't leave anyone behind, end of.", "en"),
    ("We categorically reject the account given in this review.", "en"),
    ("Faux. Aucune erreur sur votre facture ce mois-là.", "fr"),
    ("Jamais, au grand jamais, nos moniteurs ne crient sur un enfant. Point.", "fr"),
    ("Ce que vous racontez n'a tout bonnement pas eu lieu. Point final.", "fr"),
])
def test_a_closed_denial_warns_with_the_rules_alone(draft: str, lang: str) -> None:
    from .evaluation import blocked

    assert "categorical_denial" in blocked(draft, lang, model=False), draft
    assert "categorical_denial" in finding_codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Nope, you're not bothering us at all! The heater was fine once we swapped the fuse, and "
     "we're sorry it took a second visit.", "en"),
    ("We are so sorry nobody rang you back on Friday. Sarah will ring you today.",
     "en"),
    ("Aucun souci, merci pour votre retour ! Nous sommes désolés que la livraison n'ait pas eu "
     "lieu mardi comme prévu.", "fr"),
    ("Nous rejetons toute forme de discrimination et nous avons revu l'accueil avec l'équipe.",
     "fr"),
])
def test_a_negation_in_a_good_reply_does_not_warn(draft: str, lang: str) -> None:
    from .evaluation import blocked

    assert "categorical_denial" not in blocked(draft, lang, model=False), draft
    assert "categorical_denial" not in finding_codes(draft, lang), draft


def test_the_classifier_training_reads_the_denial_rules_it_was_trained_with_on_its_own_thread() -> None:
    """`training/reply_check_data.py` locates denial sentences inside
    `as_when_classifier_trained()`: there the 18fb13 kinds are off, and only there — a check on
    another thread meanwhile, and every check after the block, keeps the app's rules."""
    import threading

    from workstation.replies.checks.denial import as_when_classifier_trained

    from .evaluation import blocked

    draft = "Nah, the heater was fine when we handed the van back. 100%."
    seen_elsewhere: list[set[str]] = []
    with as_when_classifier_trained():
        assert "categorical_denial" not in blocked(draft, "en", model=False)
        other = threading.Thread(target=lambda: seen_elsewhere.append(blocked(draft, "en", model=False)))
        other.start()
        other.join()
    assert "categorical_denial" in seen_elsewhere[0]
    assert "categorical_denial" in blocked(draft, "en", model=False)


@pytest.mark.parametrize(("draft", "lang"), [
    # the composer's own blocks for a payment problem and a rude welcome (a draft for 17z)
    ("Any amount wrongly taken will be refunded. We regret the welcome our team gave you. Your "
     "feedback has been shared with the team.", "en"),
    ("Tout montant prélevé à tort vous sera remboursé. Nous regrettons l'accueil que vous avez "
     "reçu et nous avons laissé. Votre avis a été transmis à l'équipe.", "fr"),
])
def test_a_review_named_in_the_next_sentence_is_not_a_review_changed(draft: str, lang: str) -> None:
    assert "review_incentive" not in blocking_codes(draft, lang), draft


def test_a_review_changed_for_a_refund_in_one_sentence_still_blocks() -> None:
    assert "review_incentive" in blocking_codes("Change your review and we'll refund the whole bill.", "en")
