"""A classifier verdict blocks only when the sentence also holds a rule concept of its
category (checks/corroboration.py); otherwise the user sees a warning and can still send.

The sentences were written for these tests; none comes from a blind round."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import corroboration, learned
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.model import Severity


def _fake_verdict(monkeypatch: pytest.MonkeyPatch, label: str) -> None:
    """The classifier reads the whole draft as one sentence of `label`."""

    def verdicts(draft: str) -> tuple[learned.Verdict, ...]:
        return (learned.Verdict(0, len(draft.rstrip()), label, 1.0),)

    monkeypatch.setattr(learned, "verdicts", verdicts)


@pytest.mark.parametrize(
    ("label", "code", "draft", "severity"),
    [
        # a change asked for but no reward: at most a doubt (a rating merely mentioned warmly
        # is not in the category at all, test_false_block_kinds.py)
        ("incentive", "review_incentive", "Would you update your rating once the terrace opens?", "warn"),
        # a reward next to the rating, in words the rules do not tie together
        ("incentive", "review_incentive", "Your rating deserves a free dessert, don't you think?", "block"),
        ("blames_employee", "blames_employee", "Our parrot is called Rico and he is shy with strangers.", "warn"),
        ("blames_employee", "blames_employee", "Honestly, Rico is the reason the plates came out late.", "block"),
        ("personal_data", "personal_data", "Le menu du jour est à 14 € jusqu'à 14 h.", "warn"),
        ("personal_data", "personal_data", "Votre table du 3 mars à 20 h était au nom de Mme Roux.", "block"),
        ("intimidation", "intimidation", "Our tiny crew of four went bright red reading this.", "warn"),
        ("intimidation", "intimidation", "Our lawyer found your post very interesting.", "block"),
        ("sarcasm", "sarcasm", "Un avis deux étoiles, ça fait toujours un petit pincement.", "warn"),
        ("sarcasm", "sarcasm", "Bien sûr, un café tiède, quel drame pour vous.", "block"),
        ("accusation", "personal_attack", "Sophie's uncle grew the tomatoes in our salad.", "warn"),
        ("accusation", "personal_attack", "We doubt this visit ever took place.", "block"),
    ],
)
def test_a_verdict_blocks_only_with_a_rule_concept_of_its_category(
    monkeypatch: pytest.MonkeyPatch, label: str, code: str, draft: str, severity: str
) -> None:
    _fake_verdict(monkeypatch, label)
    lang = "fr" if any(w in draft for w in ("Le ", "Votre", "Un ", "Bien")) else "en"
    found = [f for f in check_draft(draft, lang=lang) if f.code == code]
    assert found, f"{label} verdict not reported"
    assert {f.severity.value for f in found} == {severity}


def test_an_unconfirmed_verdict_says_it_is_a_doubt_in_both_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_verdict(monkeypatch, "incentive")
    (f,) = [f for f in check_draft("Would you update your rating soon?", lang="en")
            if f.code == "review_incentive"]
    assert f.severity is Severity.WARN and not f.blocks_sending
    assert "you can still send" in f.message_en
    assert "vous pouvez quand même envoyer" in f.message_fr
    assert f.as_json("fr")["label"] == "À vérifier (vous pouvez quand même envoyer)"


def test_rule_findings_still_block_whatever_the_classifier_says() -> None:
    found = check_draft("Leave us five stars and your next coffee is free.", lang="en", model=False)
    assert any(f.code == "review_incentive" and f.blocks_sending for f in found)


@pytest.mark.parametrize("label", sorted(corroboration.CORROBORATIONS))
def test_a_plain_thank_you_corroborates_no_category(label: str) -> None:
    for sentence in ("Thank you so much, see you soon!", "Merci beaucoup, à bientôt !"):
        assert not corroboration.corroborated(label, sentence, fold_same_length(sentence))


@pytest.mark.parametrize(
    ("sentence", "corroborates"),
    [
        # The business speaking of itself (18all: C_all read the first as an accusation).
        ("Nous ne sommes pas un concurrent des grandes chaînes, juste une petite crêperie.", False),
        ("We're not a competitor of the big chains, just a tiny bakery.", False),
        ("On n'est pas des concurrents, on est voisins.", False),
        # A competitor word about someone else still corroborates an accusation.
        ("Vous êtes sans doute un concurrent jaloux.", True),
        ("We are a small shop and you're obviously a competitor.", True),
        ("This review was clearly written by a competitor.", True),
        ("On sait que c'est la concurrence qui écrit ça.", True),
    ],
)
def test_a_competitor_word_accuses_only_when_it_is_about_someone_else(sentence: str, corroborates: bool) -> None:
    assert corroboration.corroborated("accusation", sentence, fold_same_length(sentence)) is corroborates
