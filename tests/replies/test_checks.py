"""Every check against hand-written drafts that must (and must not) raise it, EN and FR."""

from __future__ import annotations

import pytest

from workstation.replies.checker import CHECKS, check_draft
from workstation.replies.model import Finding, ReviewInput, Severity

from .check_cases import TRIGGER, negatives
from .evaluation import evaluate, raises, summary, table

LANGS = ("en", "fr")
_POS = [(c, lang, d) for c in CHECKS for lang in LANGS for d in TRIGGER[c][lang]]
_NEG = [(c, lang, d) for c in CHECKS for lang in LANGS for d in negatives(c, lang)]


@pytest.mark.parametrize("code", list(CHECKS))
@pytest.mark.parametrize("lang", LANGS)
def test_every_check_has_at_least_ten_examples_each_way(code: str, lang: str) -> None:
    assert len(TRIGGER[code][lang]) >= 10
    assert len(negatives(code, lang)) >= 10


@pytest.mark.parametrize(("code", "lang", "draft"), _POS)
def test_draft_triggers_check(code: str, lang: str, draft: str) -> None:
    assert raises(code, lang, draft), f"{code} missed: {draft!r}"


@pytest.mark.parametrize(("code", "lang", "draft"), _NEG)
def test_good_reply_does_not_trigger_check(code: str, lang: str, draft: str) -> None:
    assert not raises(code, lang, draft), f"{code} false positive: {draft!r}"


def test_overall_recall_and_false_positive_rate(capsys: pytest.CaptureFixture[str]) -> None:
    scores = evaluate()
    recall, fpr, _, _ = summary(scores)
    with capsys.disabled():
        print("\n" + table(scores))
    assert recall >= 0.95
    assert fpr <= 0.02


def test_finding_spans_point_at_offending_text() -> None:
    draft = "Thank you. You should have told us. We’re sorry!!!"
    found = check_draft(draft, lang="en")
    spans = {f.code: draft[f.start : f.end] for f in found}
    assert spans["defensive_tone"].startswith("You should have")
    assert spans["shouting"] == "!!!"


def test_findings_sorted_by_severity_and_messages_in_both_languages() -> None:
    draft = "You are a liar. You should have read the menu!!"
    found = check_draft(draft, lang="fr", review=ReviewInput(stars=1, lang="en"))
    order = [f.severity for f in found]
    assert order == sorted(order, key=[Severity.BLOCK, Severity.WARN, Severity.HINT].index)
    for f in found:
        assert f.message_en and f.message_fr and f.message_en != f.message_fr
        assert f.as_json("fr")["message"] == f.message_fr
        assert set(f.as_json("en")) == {
            "code", "severity", "blocks_sending", "label", "message", "start", "end"
        }
        assert f.as_json("en")["blocks_sending"] is (f.severity is Severity.BLOCK)


def test_dismissed_codes_are_not_reported() -> None:
    draft = "Thanks!!! You should have called."
    codes = {f.code for f in check_draft(draft, lang="en")}
    assert {"shouting", "defensive_tone"} <= codes
    left = check_draft(draft, lang="en", dismissed={"shouting"})
    assert "shouting" not in {f.code for f in left}
    assert "defensive_tone" in {f.code for f in left}


def test_length_counts_utf8_bytes_for_google_business() -> None:
    draft = "é" * 2100  # 2,100 characters but 4,200 bytes
    found = check_draft(draft, lang="fr", platform="google_business")
    length = [f for f in found if f.code == "length_limit"]
    assert length and length[0].severity is Severity.BLOCK
    assert length[0].start == 2048  # the first character past 4,096 bytes
    assert not [
        f
        for f in check_draft("é" * 2000, lang="fr", platform="google_business")
        if f.code == "length_limit"
    ]


def test_platform_aliases_and_unknown_platform() -> None:
    long = "Thank you. " * 40
    assert any(f.code == "length_limit" for f in check_draft(long, lang="en", platform="play"))
    assert not any(f.code == "length_limit" for f in check_draft(long, lang="en", platform="yelp"))
    assert not any(
        f.code == "length_limit" for f in check_draft(long, lang="en", platform="nowhere")
    )


def test_own_contact_details_are_allowed_but_customer_data_is_not() -> None:
    own = ["hello@bistro.example"]
    ok = check_draft("Sorry! Reach the team: hello@bistro.example", lang="en", own_contacts=own)
    assert not [f for f in ok if f.code == "personal_data"]
    bad = check_draft("We refunded jane.doe@mail.example yesterday.", lang="en", own_contacts=own)
    assert [f for f in bad if f.code == "personal_data"]


def test_language_mismatch_uses_review_language_over_lang() -> None:
    draft = "Merci beaucoup pour votre avis, nous sommes ravis de votre visite."
    found = check_draft(draft, lang="fr", review=ReviewInput(lang="en", stars=5))
    assert [f for f in found if f.code == "language_mismatch"]
    assert not [f for f in check_draft(draft, lang="fr") if f.code == "language_mismatch"]


def test_a_failing_check_does_not_hide_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_ctx: object) -> list[Finding]:
        raise RuntimeError("bug")

    monkeypatch.setitem(CHECKS, "shouting", broken)
    found = check_draft("You should have asked!!!", lang="en")
    assert {f.code for f in found} == {"defensive_tone"}
