"""The doubtful-tone warning (round 13, 18w): a sentence the shipped classifier does not trust
as "ok", that no wording finding covers, gets one soft warning — an option, off in the app.

The sentences here were written for this test (none comes from a blind set)."""

from __future__ import annotations

import json

import pytest

from workstation.replies.checker import DOUBTFUL_TONE, LEARNED_CODES, check_draft
from workstation.replies.checks import doubt, learned
from workstation.replies.checks.base import CheckContext, fold
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.cli import run_check
from workstation.replies.model import ReviewInput, Severity

from .good_replies import GOOD_POSITIVE

# CHOSEN_THRESHOLD (0.001) was chosen for C_B, whose probabilities sat at 0 or 1. The shipped
# classifier since 18all (C_all) is the mean of three members, so its doubts are milder and no
# sentence falls under 0.001 without a category reaching its threshold: the mechanism is tested
# at 0.6 (the option stays off in the app).
ON = 0.6
# Hostile, and no category reaches its threshold nor does a rule see it: the model only doubts
# the sentence. (C_B read "Honestly, we expected nothing less from someone like you." as an
# attack; C_all reads "Franchement, nous n'attendions pas mieux de quelqu'un comme vous." as one,
# and the shipped model since 18alld reads "Some customers are simply never happy, and we have
# made our peace with that." as a categorical denial, a warning of its own.)
HOSTILE = {
    "en": "We have seen your kind before.",
    "fr": "Il y a des clients qu'on préfère ne pas revoir, voilà tout.",
}
OPENING = {"en": "Thank you for your review. ", "fr": "Merci pour votre avis. "}


def _check(draft: str, lang: str, **kwargs: object) -> list:  # type: ignore[type-arg]
    return check_draft(draft, lang=lang, review=ReviewInput(lang=lang, stars=1), **kwargs)  # type: ignore[arg-type]


def _ctx(draft: str, lang: str = "en", own: tuple[str, ...] = ()) -> CheckContext:
    return CheckContext(
        draft=draft, text=fold(draft), lang=lang, own_contacts=own, folded=fold_same_length(draft)
    )


@pytest.fixture(autouse=True)
def _model() -> None:
    if learned.shipped_model() is None:
        pytest.skip("the shipped reply-check model is not readable")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_hostile_sentence_the_categories_miss_gets_one_warning(lang: str) -> None:
    draft = OPENING[lang] + HOSTILE[lang]
    start = len(OPENING[lang])
    found = _check(draft, lang, doubt_threshold=ON)
    doubted = [f for f in found if f.code == DOUBTFUL_TONE]
    assert len(doubted) == 1
    warning = doubted[0]
    assert (warning.start, warning.end) == (start, len(draft))
    assert warning.severity is Severity.WARN and not warning.blocks_sending
    assert (warning.message_en, warning.message_fr) == doubt.DOUBT_MSG
    assert warning.message("fr").startswith("Ton douteux : cette phrase")
    assert warning.message("en").startswith("Doubtful tone: this sentence")
    # The categories and the rules say nothing about it: the net is what catches it.
    assert not any(f.code in LEARNED_CODES for f in found)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_off_in_the_app_and_when_dismissed(lang: str) -> None:
    draft = OPENING[lang] + HOSTILE[lang]
    assert doubt.THRESHOLD == 0.0  # the round 13 decision: not kept (docs/reply-check-model.md)
    assert not any(f.code == DOUBTFUL_TONE for f in _check(draft, lang))
    dismissed = _check(draft, lang, doubt_threshold=ON, dismissed={DOUBTFUL_TONE})
    assert not any(f.code == DOUBTFUL_TONE for f in dismissed)
    assert not any(f.code == DOUBTFUL_TONE for f in _check(draft, lang, doubt_threshold=ON, model=False))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_warm_replies_get_none(lang: str) -> None:
    for draft in GOOD_POSITIVE[lang]:
        assert not any(
            f.code == DOUBTFUL_TONE for f in _check(draft, lang, doubt_threshold=ON)
        ), draft


def test_other_languages_are_not_read() -> None:
    draft = "Danke für Ihre Bewertung. Ehrlich gesagt haben wir von Ihnen nichts anderes erwartet."
    assert doubt.doubtful_tone(_ctx(draft, "de"), [], threshold=1.0) == []


def test_a_signature_line_is_never_warned() -> None:
    signature = "Julien, Maison Dupont Lyon"
    model = learned.shipped_model()
    assert model is not None
    # Alone, the model does not read the signature as "ok" (it sees a name: blame or personal
    # data); at the threshold used below every such sentence is doubted, so only the sign-off
    # rule keeps it out.
    assert model.probabilities([signature])[0][learned.OK] < 0.5
    draft = (
        "Hi Daniel,\nThank you for your lovely review, we are delighted you enjoyed the "
        f"tasting menu.\n{signature}"
    )
    start = draft.index(signature)
    every = doubt.doubtful_tone(_ctx(draft), [], threshold=1.0, limit=40)
    assert not any(f.end > start for f in every)


def test_at_most_two_warnings_the_most_doubtful() -> None:
    draft = (
        "Honestly, we expected nothing less from someone like you. "
        "Frankly, we expected nothing better from people like you. "
        "Honestly, nothing less was expected from someone of your sort."
    )
    ctx = _ctx(draft)
    scored = learned.scored(draft)
    assert len(scored) == 3
    found = doubt.doubtful_tone(ctx, [], threshold=1.0)
    assert len(found) == doubt.MAX_WARNINGS == 2
    assert [f.start for f in found] == sorted(f.start for f in found)  # in draft order
    doubts = {s.start: doubt.doubt(ctx, s.start, s.end, p) for s, p in scored}
    kept = sorted(doubts, key=lambda start: -doubts[start])[:2]
    assert {f.start for f in found} == set(kept)


def test_a_sentence_a_finding_covers_is_left_to_it() -> None:
    draft = "Thank you for your review. Perhaps a fast-food chain would suit your palate better."
    found = _check(draft, "en", doubt_threshold=1.0)
    sarcasm = [f for f in found if f.code == "sarcasm"]
    assert sarcasm
    assert not any(
        f.code == DOUBTFUL_TONE and f.start < s.end and s.start < f.end
        for f in found
        for s in sarcasm
    )


def test_the_business_contact_is_not_held_against_a_sentence() -> None:
    draft = "Write to us at hello@bistro.example whenever suits you."
    end = len(draft)
    probabilities = {learned.OK: 0.0, "personal_data": 1.0}
    assert doubt.doubt(_ctx(draft, own=("hello@bistro.example",)), 0, end, probabilities) == 0.0
    attack = {learned.OK: 0.0, "attack": 1.0}
    assert doubt.doubt(_ctx(draft, own=("hello@bistro.example",)), 0, end, attack) == 1.0


def test_reply_check_prints_it_as_a_warning_that_does_not_block(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(doubt, "THRESHOLD", ON)
    draft = OPENING["fr"] + HOSTILE["fr"]
    assert run_check(["--lang", "fr", "--platform", "google_business", "--text", draft]) == 0
    out = json.loads(capsys.readouterr().out)
    doubted = [f for f in out if f["code"] == DOUBTFUL_TONE]
    assert len(doubted) == 1
    assert doubted[0]["severity"] == "warn" and doubted[0]["blocks_sending"] is False
    assert doubted[0]["message"] == doubt.DOUBT_MSG[1]
    assert doubted[0]["label"] == "À vérifier (vous pouvez quand même envoyer)"
