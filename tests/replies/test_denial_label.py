"""The classifier's "denial" label (issue 18, helper 18dn): a categorical denial the rules miss
becomes a categorical_denial warning; a model trained before the label existed still works;
the training data maps the code to the label for the development drafts and blind rounds 4-33;
the shipped model has the label since 18alld (C_alld)."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterator

import pytest

from training import reply_check_data as data
from workstation.replies.checker import LEARNED_CODES, check_draft
from workstation.replies.checks import learned, tone
from workstation.replies.model import Severity

# A denial the rules do not see (no absolute, no "false"): only the classifier can find it.
UNSEEN = "Thank you for your review. Our waiters were perfectly polite to you all evening."
DENYING = UNSEEN.index("Our")


def test_denial_is_a_learned_warning_with_the_rule_message() -> None:
    category = learned.CATEGORIES["denial"]
    assert category.code == tone.DENIAL == "categorical_denial"
    assert category.severity is Severity.WARN
    assert category.message == tone.DENIAL_MSG
    assert "denial" in learned.LABELS and tone.DENIAL in LEARNED_CODES


@pytest.fixture
def says(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The classifier reads the second sentence of a draft as a denial, whatever it is."""

    def verdicts(draft: str) -> tuple[learned.Verdict, ...]:
        start = draft.index(". ") + 2
        return (learned.Verdict(start, len(draft), "denial", 0.99),)

    monkeypatch.setattr(learned, "verdicts", verdicts)
    yield


@pytest.mark.usefixtures("says")
def test_a_denial_verdict_the_rules_miss_becomes_a_categorical_denial_warning() -> None:
    assert tone.DENIAL not in {f.code for f in check_draft(UNSEEN, lang="en", model=False)}
    found = [f for f in check_draft(UNSEEN, lang="en") if f.code == tone.DENIAL]
    assert len(found) == 1
    assert found[0].severity is Severity.WARN
    assert (found[0].start, found[0].end) == (DENYING, len(UNSEEN))
    assert found[0].message_en == tone.DENIAL_MSG[0]  # plain: a warning is not said as a doubt
    assert found[0].message_fr == tone.DENIAL_MSG[1]
    assert not [f for f in check_draft(UNSEEN, lang="en") if f.severity is Severity.BLOCK]


@pytest.mark.usefixtures("says")
def test_a_denial_verdict_on_a_sentence_the_rule_found_is_not_reported_twice() -> None:
    draft = "Thank you for your review. That never happened."
    rules = [f for f in check_draft(draft, lang="en", model=False) if f.code == tone.DENIAL]
    combined = [f for f in check_draft(draft, lang="en") if f.code == tone.DENIAL]
    assert rules and combined == rules


@pytest.mark.usefixtures("says")
def test_a_denial_verdict_is_left_out_in_other_languages_and_when_dismissed() -> None:
    german = "Danke für Ihre Bewertung. Das ist so nicht passiert."
    assert check_draft(german, lang="de") == check_draft(german, lang="de", model=False)
    assert tone.DENIAL not in {f.code for f in check_draft(UNSEEN, lang="en", dismissed={tone.DENIAL})}


def _tiny_model(labels: tuple[str, ...]) -> learned.ReplyCheckModel:
    """An untrained pipeline with the reply-check component and `labels` (a stand-in for a
    model trained with or without "denial")."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("xx")
    pipe = nlp.add_pipe("textcat", name=learned.PIPE)
    for label in labels:
        pipe.add_label(label)  # type: ignore[attr-defined]
    doc = nlp.make_doc("Thank you.")
    nlp.initialize(lambda: [Example.from_dict(doc, {"cats": {label: float(label == "ok") for label in labels}})])
    return learned.ReplyCheckModel(nlp, {"denial": 0.9})


@pytest.fixture
def without_denial(monkeypatch: pytest.MonkeyPatch) -> Iterator[learned.ReplyCheckModel]:
    model = _tiny_model(tuple(label for label in learned.LABELS if label != "denial"))
    learned.scored.cache_clear()
    learned.verdicts.cache_clear()
    monkeypatch.setattr(learned, "shipped_model", lambda: model)
    yield model
    learned.scored.cache_clear()
    learned.verdicts.cache_clear()


def test_a_model_without_the_label_still_reads_and_never_reports_a_denial(
    without_denial: learned.ReplyCheckModel,
) -> None:
    assert "denial" not in without_denial.labels
    probabilities = without_denial.probabilities([UNSEEN])[0]
    assert "denial" not in probabilities
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-4)
    assert without_denial.flags({**probabilities, "ok": 0.0}) != "denial"
    assert without_denial.best(probabilities)[0] != "denial"
    for draft in (UNSEEN, "Thank you for your review. That never happened."):
        rules = [f for f in check_draft(draft, lang="en", model=False) if f.code == tone.DENIAL]
        assert [f for f in check_draft(draft, lang="en") if f.code == tone.DENIAL] == rules


def test_a_model_with_the_label_has_its_threshold() -> None:
    model = _tiny_model(learned.LABELS)
    assert set(model.labels) == set(learned.LABELS)
    assert model.thresholds["denial"] == 0.9
    assert set(model.probabilities([UNSEEN])[0]) == set(learned.LABELS)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("en", "Thank you for your review. That is simply not what happened at our counter."),
        ("fr", "Merci pour votre avis. Ce que vous racontez ne s'est tout simplement pas produit chez nous."),
    ],
)
def test_the_shipped_model_finds_a_denial_the_rules_miss_and_only_warns(lang: str, draft: str) -> None:
    """Since 18alld the shipped model (C_alld) has the label: a denial in words the rules do not
    list is reported as `categorical_denial`, a warning (never a block). Written for this test."""
    model = learned.shipped_model()
    assert model is not None and "denial" in model.labels
    assert not [f for f in check_draft(draft, lang=lang, model=False) if f.code == tone.DENIAL]
    found = [f for f in check_draft(draft, lang=lang) if f.code == tone.DENIAL]
    assert len(found) == 1 and found[0].severity is Severity.WARN and not found[0].blocks_sending
    assert draft[found[0].start : found[0].end].startswith(("That is", "Ce que"))


# Training data


def test_the_development_denial_drafts_train_the_denial_label() -> None:
    assert data._CODE_LABEL[tone.DENIAL] == "denial"
    assert not [e for e in data.development() if e.label == "denial"]  # only when asked (C_D)
    dev = [e for e in data.development(denial=True) if e.label == "denial"]
    assert {e.lang for e in dev} == {"en", "fr"}
    assert len(dev) >= 30  # 17 drafts a language in check_cases.TRIGGER
    assert "This never happened." in {e.text for e in dev}


def test_denial_replies_of_rounds_4_to_94_are_all_located() -> None:
    counts: Counter[str] = Counter()
    examples = data.blind_rounds(counts, through=data.DENIAL_THROUGH, denial=True)
    assert "skipped" not in counts  # every bad reply of rounds 4-94 now gives its sentence(s)
    denials = [e for e in examples if e.label == "denial"]
    # 58 replies of rounds 4-14 (40 by the rule, 4 one sentence, 14 by reading, 18dn) and 190 of
    # rounds 15-33 (142 by the rule, 21 one sentence, 27 by reading, 18alld); rounds 34-94 added
    # 99 more by reading (18all3), the rest by the rule or as one sentence.
    assert len(denials) >= 1006
    assert "Ça s'est jamais passé, OK?" in {e.text for e in denials}  # a reading choice
    # The closing line after a denial is not taught as one ("We consider this matter closed.").
    assert "We consider this matter closed." not in {e.text for e in denials}
    assert data.DENIAL_THROUGH == data.SHIPPED_THROUGH == 94
    read = [key for key in data._located() if key[1] == tone.DENIAL]
    assert len(read) == 14 + 27 + 99
    assert all(name in data.rounds_through(data.DENIAL_THROUGH) for name, *_ in read)


def test_rounds_after_the_last_one_asked_never_enter_training(monkeypatch: pytest.MonkeyPatch) -> None:
    imported: list[str] = []
    real = importlib.import_module

    def spy(name: str, package: str | None = None) -> object:
        imported.append(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", spy)
    data.dataset(blind=True, blind_through=data.SHIPPED_THROUGH)
    rounds = [name.rsplit(".", 1)[-1] for name in imported if ".blind_round" in name]
    assert rounds == [f"blind_round{n}" for n in range(6, 97)]  # rounds 4-94, nothing after
    with pytest.raises(ValueError):
        data.rounds_through(95)  # round 95 (blind_round97) and later are never read
