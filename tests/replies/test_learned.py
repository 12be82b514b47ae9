"""The shipped reply-check classifier: it loads, gives its documented answers, the check
reports its sentences with the rule's message, and odd input never raises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import learned
from workstation.replies.checks.sentences import MAX_SENTENCES, model_words, split_sentences
from workstation.replies.model import Severity

from .blind_round6 import BLIND4_BAD, BLIND4_GOOD
from .blind_round7 import BLIND5_BAD, BLIND5_GOOD
from .blind_round8 import BLIND6_BAD, BLIND6_GOOD
from .blind_round9 import BLIND7_BAD, BLIND7_GOOD
from .blind_round10 import BLIND10_BAD, BLIND10_GOOD
from .blind_round11 import BLIND11_BAD, BLIND11_GOOD
from .blind_round12 import BLIND12_BAD, BLIND12_GOOD
from .blind_round13 import BLIND13_BAD, BLIND13_GOOD
from .blind_round14 import BLIND14_BAD, BLIND14_GOOD
from .blind_round15 import BLIND15_BAD, BLIND15_GOOD
from .blind_round16 import BLIND16_BAD, BLIND16_GOOD
from .blind_round17 import BLIND17_BAD, BLIND17_GOOD
from .blind_round18 import BLIND18_BAD, BLIND18_GOOD
from .blind_round19 import BLIND19_BAD, BLIND19_GOOD
from .blind_round20 import BLIND20_BAD, BLIND20_GOOD
from .blind_round21 import BLIND21_BAD, BLIND21_GOOD
from .blind_round22 import BLIND22_BAD, BLIND22_GOOD
from .blind_round23 import BLIND23_BAD, BLIND23_GOOD
from .blind_round24 import BLIND24_BAD, BLIND24_GOOD
from .blind_round25 import BLIND25_BAD, BLIND25_GOOD
from .blind_round26 import BLIND26_BAD, BLIND26_GOOD
from .blind_round27 import BLIND27_BAD, BLIND27_GOOD
from .blind_round28 import BLIND28_BAD, BLIND28_GOOD
from .blind_round29 import BLIND29_BAD, BLIND29_GOOD
from .blind_round30 import BLIND30_BAD, BLIND30_GOOD
from .blind_round31 import BLIND31_BAD, BLIND31_GOOD
from .blind_round32 import BLIND32_BAD, BLIND32_GOOD
from .blind_round33 import BLIND33_BAD, BLIND33_GOOD
from .blind_round34 import BLIND34_BAD, BLIND34_GOOD
from .blind_round35 import BLIND35_BAD, BLIND35_GOOD
from .blind_round36 import BLIND36_BAD, BLIND36_GOOD
from .blind_round37 import BLIND37_BAD, BLIND37_GOOD
from .blind_round38 import BLIND38_BAD, BLIND38_GOOD
from .blind_round39 import BLIND39_BAD, BLIND39_GOOD
from .blind_round40 import BLIND40_BAD, BLIND40_GOOD
from .blind_round41 import BLIND41_BAD, BLIND41_GOOD
from .blind_round42 import BLIND42_BAD, BLIND42_GOOD
from .blind_round43 import BLIND43_BAD, BLIND43_GOOD
from .blind_round44 import BLIND44_BAD, BLIND44_GOOD
from .blind_round45 import BLIND45_BAD, BLIND45_GOOD
from .blind_round46 import BLIND46_BAD, BLIND46_GOOD
from .blind_round47 import BLIND47_BAD, BLIND47_GOOD
from .blind_round48 import BLIND48_BAD, BLIND48_GOOD
from .blind_round49 import BLIND49_BAD, BLIND49_GOOD
from .blind_round50 import BLIND50_BAD, BLIND50_GOOD
from .blind_round51 import BLIND51_BAD, BLIND51_GOOD
from .blind_round52 import BLIND52_BAD, BLIND52_GOOD
from .blind_round53 import BLIND53_BAD, BLIND53_GOOD
from .blind_round54 import BLIND54_BAD, BLIND54_GOOD
from .blind_round55 import BLIND55_BAD, BLIND55_GOOD
from .blind_round56 import BLIND56_BAD, BLIND56_GOOD
from .blind_round57 import BLIND57_BAD, BLIND57_GOOD
from .blind_round58 import BLIND58_BAD, BLIND58_GOOD
from .blind_round59 import BLIND59_BAD, BLIND59_GOOD
from .blind_round60 import BLIND60_BAD, BLIND60_GOOD
from .blind_round61 import BLIND61_BAD, BLIND61_GOOD
from .blind_round62 import BLIND62_BAD, BLIND62_GOOD
from .blind_round63 import BLIND63_BAD, BLIND63_GOOD
from .blind_round64 import BLIND64_BAD, BLIND64_GOOD
from .blind_round65 import BLIND65_BAD, BLIND65_GOOD
from .blind_round66 import BLIND66_BAD, BLIND66_GOOD
from .blind_round67 import BLIND67_BAD, BLIND67_GOOD
from .blind_round68 import BLIND68_BAD, BLIND68_GOOD
from .blind_round69 import BLIND69_BAD, BLIND69_GOOD
from .blind_round70 import BLIND70_BAD, BLIND70_GOOD
from .blind_round71 import BLIND71_BAD, BLIND71_GOOD
from .blind_round72 import BLIND72_BAD, BLIND72_GOOD
from .blind_round73 import BLIND73_BAD, BLIND73_GOOD
from .blind_round74 import BLIND74_BAD, BLIND74_GOOD
from .blind_round75 import BLIND75_BAD, BLIND75_GOOD
from .blind_round76 import BLIND76_BAD, BLIND76_GOOD
from .blind_round77 import BLIND77_BAD, BLIND77_GOOD
from .blind_round78 import BLIND78_BAD, BLIND78_GOOD
from .blind_round79 import BLIND79_BAD, BLIND79_GOOD
from .blind_round80 import BLIND80_BAD, BLIND80_GOOD
from .blind_round81 import BLIND81_BAD, BLIND81_GOOD
from .blind_round82 import BLIND82_BAD, BLIND82_GOOD
from .blind_round83 import BLIND83_BAD, BLIND83_GOOD
from .blind_round84 import BLIND84_BAD, BLIND84_GOOD
from .blind_round85 import BLIND85_BAD, BLIND85_GOOD
from .blind_round86 import BLIND86_BAD, BLIND86_GOOD
from .blind_round87 import BLIND87_BAD, BLIND87_GOOD
from .blind_round88 import BLIND88_BAD, BLIND88_GOOD
from .blind_round89 import BLIND89_BAD, BLIND89_GOOD
from .blind_round90 import BLIND90_BAD, BLIND90_GOOD
from .blind_round91 import BLIND91_BAD, BLIND91_GOOD
from .blind_round92 import BLIND92_BAD, BLIND92_GOOD
from .blind_round93 import BLIND93_BAD, BLIND93_GOOD
from .blind_round94 import BLIND94_BAD, BLIND94_GOOD
from .blind_round95 import BLIND95_BAD, BLIND95_GOOD
from .blind_round96 import BLIND96_BAD, BLIND96_GOOD
from .blind_round97 import BLIND97_BAD, BLIND97_GOOD
from .blind_round98 import BLIND98_BAD, BLIND98_GOOD
from .blind_round99 import BLIND99_BAD, BLIND99_GOOD
from .blind_round100 import BLIND100_BAD, BLIND100_GOOD
from .blind_round101 import BLIND101_BAD, BLIND101_GOOD
from .blind_round102 import BLIND102_BAD, BLIND102_GOOD
from .blind_round103 import BLIND103_BAD, BLIND103_GOOD
from .blind_round104 import BLIND104_BAD, BLIND104_GOOD
from .blind_round105 import BLIND105_BAD, BLIND105_GOOD
from .blind_round106 import BLIND106_BAD, BLIND106_GOOD
from .blind_round107 import BLIND107_BAD, BLIND107_GOOD
from .blind_round108 import BLIND108_BAD, BLIND108_GOOD
from .blind_round109 import BLIND109_BAD, BLIND109_GOOD
from .blind_round110 import BLIND110_BAD, BLIND110_GOOD
from .blind_round111 import BLIND111_BAD, BLIND111_GOOD
from .blind_round112 import BLIND112_BAD, BLIND112_GOOD
from .blind_round113 import BLIND113_BAD, BLIND113_GOOD
from .blind_round114 import BLIND114_BAD, BLIND114_GOOD
from .blind_round115 import BLIND115_BAD, BLIND115_GOOD
from .blind_round116 import BLIND116_BAD, BLIND116_GOOD
from .blind_round117 import BLIND117_BAD, BLIND117_GOOD
from .blind_round118 import BLIND118_BAD, BLIND118_GOOD
from .blind_round119 import BLIND119_BAD, BLIND119_GOOD
from .blind_round120 import BLIND120_BAD, BLIND120_GOOD
from .blind_round121 import BLIND121_BAD, BLIND121_GOOD
from .blind_round122 import BLIND122_BAD, BLIND122_GOOD
from .blind_round123 import BLIND123_BAD, BLIND123_GOOD
from .blind_round124 import BLIND124_BAD, BLIND124_GOOD
from .blind_round125 import BLIND125_BAD, BLIND125_GOOD
from .blind_round126 import BLIND126_BAD, BLIND126_GOOD
from .blind_round127 import BLIND127_BAD, BLIND127_GOOD
from .blind_round128 import BLIND128_BAD, BLIND128_GOOD
from .blind_round129 import BLIND129_BAD, BLIND129_GOOD
from .blind_round130 import BLIND130_BAD, BLIND130_GOOD
from .blind_round131 import BLIND131_BAD, BLIND131_GOOD
from .blind_round132 import BLIND132_BAD, BLIND132_GOOD
from .blind_round133 import BLIND133_BAD, BLIND133_GOOD
from .blind_round134 import BLIND134_BAD, BLIND134_GOOD
from .blind_round135 import BLIND135_BAD, BLIND135_GOOD
from .blind_round136 import BLIND136_BAD, BLIND136_GOOD
from .blind_round137 import BLIND137_BAD, BLIND137_GOOD
from .blind_round138 import BLIND138_BAD, BLIND138_GOOD
from .blind_round139 import BLIND139_BAD, BLIND139_GOOD
from .blind_round140 import BLIND140_BAD, BLIND140_GOOD
from .evaluation import evaluate_blind

# Documented answers of the shipped model (docs/reply-check-model.md): sentence → the code it
# reports, None for a sentence it lets through. Written before looking at its answers; the
# two it misses are kept as documented misses (its probability stays under the threshold),
# so a retrained model that changes them shows here.
DOCUMENTED: dict[str, str | None] = {
    "Pop us a five-star review and your next latte is on the house.": "review_incentive",
    "Mettez-nous 5 étoiles et le dessert est offert.": "review_incentive",
    "Our lawyers will be in touch about this post.": "intimidation",
    "Nos avocats vont s'occuper de votre cas.": "intimidation",  # C_alld's miss (0.55 < 0.99); 18all3: 0.74 >= 0.65
    "Mr Patel, you sat at table 4 on Friday 12 May at 8.30pm.": "personal_data",
    "You just wanted a free dinner, admit it.": "personal_attack",  # C_B's miss; caught since 18alld
    "Oh, what a tragedy, your soup was hot.": "sarcasm",
    "It was Kevin's fault, he never listens.": "blames_employee",
    "Thank you so much for your kind review, see you soon!": None,
    "Nous sommes désolés pour l'attente et avons renforcé l'équipe le samedi.": None,
    "Please call us on 01 23 45 67 89 so we can put this right.": None,
    "Julie will be delighted to read your lovely words.": None,
}


@pytest.fixture
def model() -> learned.ReplyCheckModel:
    shipped = learned.shipped_model()
    assert shipped is not None, "resources/reply_check must ship with the app"
    return shipped


def _code(model: learned.ReplyCheckModel, sentence: str) -> str | None:
    label = model.flags(model.probabilities([sentence])[0])
    return learned.CATEGORIES[label].code if label else None


def test_shipped_model_has_the_check_labels_and_sane_thresholds(
    model: learned.ReplyCheckModel,
) -> None:
    # C_B was trained before the "denial" label existed: a model may lack it, nothing else.
    assert set(learned.LABELS) - {"denial"} <= set(model.labels) <= set(learned.LABELS)
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())
    probs = model.probabilities(["Thank you for your visit."])[0]
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(("sentence", "code"), list(DOCUMENTED.items()))
def test_documented_answers(model: learned.ReplyCheckModel, sentence: str, code: str | None) -> None:
    assert _code(model, sentence) == code


def test_check_reports_the_classifier_sentence_with_the_rule_message() -> None:
    # (The rules learnt "… and the next round is free" after round 7: a comma here.)
    draft = "Thank you for your review. Whack a five on it, the next round is free."
    rules_only = check_draft(draft, lang="en", model=False)
    combined = check_draft(draft, lang="en")
    assert "review_incentive" not in {f.code for f in rules_only}  # the rules miss this wording
    found = [f for f in combined if f.code == "review_incentive"]
    assert len(found) == 1 and found[0].severity is Severity.BLOCK
    assert draft[found[0].start : found[0].end] == draft[draft.index("Whack") :]
    assert found[0].message_en.startswith("Review incentive")
    assert found[0].message_fr and found[0].message_fr != found[0].message_en


def test_rule_and_classifier_do_not_report_the_same_sentence_twice() -> None:
    draft = "Our solicitor will contact you about this defamatory post."
    combined = [f for f in check_draft(draft, lang="en") if f.code == "intimidation"]
    rules = [f for f in check_draft(draft, lang="en", model=False) if f.code == "intimidation"]
    assert rules and combined == rules  # the model's sentence overlaps them: not added


def test_good_reply_passes_and_other_languages_are_left_to_the_rules() -> None:
    good = (
        "Hi Sam, thank you for your review and sorry about the wait. We have added a cook on "
        "Fridays. Please write to us at hello@bistro.example so we can make it up to you."
    )
    assert not [f for f in check_draft(good, lang="en") if f.severity is Severity.BLOCK]
    german = "Geben Sie uns fünf Sterne und der Kaffee ist gratis."
    assert check_draft(german, lang="de") == check_draft(german, lang="de", model=False)


def test_greeting_and_signature_lines_are_not_judged_by_the_model() -> None:
    # Found by the composer test: the model read "Julien, Maison Dupont Lyon" as blame.
    draft = "Hi Daniel,\n\nThank you for your review, we are sorry.\n\nJulien, Maison Dupont Lyon"
    assert not check_draft(draft, lang="en")


def test_own_contact_in_a_sentence_is_not_personal_data() -> None:
    draft = "Call Claire on 06 11 22 33 44 any day before noon."
    found = check_draft(draft, lang="en", own_contacts=["06 11 22 33 44"])
    assert "personal_data" not in {f.code for f in found}


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    learned.verdicts.cache_clear()
    monkeypatch.setattr(learned, "shipped_model", lambda: None)
    yield
    learned.verdicts.cache_clear()


@pytest.mark.usefixtures("no_model")
def test_without_a_model_the_rules_work_alone() -> None:
    draft = "Thank you. Our solicitor will contact you. Whack a five on it and the next round is free."
    assert check_draft(draft, lang="en") == check_draft(draft, lang="en", model=False)


def test_an_unreadable_model_folder_raises_so_the_app_falls_back(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("not a config", encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 - spaCy raises several kinds; any is fine here
        learned.ReplyCheckModel.load(tmp_path)


def test_a_bench_can_check_with_another_model_folder() -> None:
    shipped = learned.shipped_model()
    assert shipped is not None
    try:
        other = learned.use_model(learned.model_dir())  # a copy read again stands in for a retrain
        assert learned.shipped_model() is other and other is not shipped
    finally:
        learned._SHIPPED.use(shipped)
        learned.scored.cache_clear()
        learned.verdicts.cache_clear()


def test_a_bench_never_falls_back_to_the_rules_on_an_unreadable_model(tmp_path: Path) -> None:
    shipped = learned.shipped_model()
    with pytest.raises(Exception):  # noqa: B017 - spaCy raises several kinds; any is fine here
        learned.use_model(tmp_path)
    assert learned.shipped_model() is shipped


BAD_INPUT = [
    "",
    "   \n\t ",
    "<html><script>alert('5 stars = free meal')</script><b>Thanks!</b></html>",
    "🙂🎉🔥 " * 300,
    "Merci 🙏 pour les 5 ⭐⭐⭐⭐⭐ !!! 😍",
    ("Give us five stars and dinner is free. " * 3000)[:100_000],
    "x" * 100_000,
    "\x00\x1f\u202e\ufeff",
]


@pytest.mark.parametrize("draft", BAD_INPUT)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bad_input_gives_a_result(draft: str, lang: str) -> None:
    found = check_draft(draft, lang=lang)
    assert all(0 <= f.start <= f.end <= len(draft) for f in found)
    assert len(split_sentences(draft)) <= MAX_SENTENCES


def test_sentences_point_into_the_draft() -> None:
    draft = "  Thank you!  We're sorry.\nSee you soon…  Bye 🙂 Next"
    sentences = split_sentences(draft)
    assert [s.text for s in sentences] == ["Thank you!", "We're sorry.", "See you soon…", "Bye 🙂", "Next"]
    assert all(draft[s.start : s.end] == s.text for s in sentences)


def test_model_words_fold_accents_digits_and_keep_names() -> None:
    # An apostrophe stays on its word, so "l'" and "qu'" are words of their own.
    assert model_words("Écrivez à Julie au 06 12 34 56 78, merci’") == [
        "ecrivez", "a", "Julie", "au", "00", "00", "00", "00", "00", ",", "merci'",
    ]
    assert model_words("L'équipe")[:1] == ["l'"]


@pytest.mark.parametrize(
    ("bad", "good", "floor", "most_false_blocks"),
    [
        # Blind when first measured (16/36, 40/70); the structural detectors were written
        # with their misses in view (docs/reply-check-model.md), so these floors only make a
        # regression visible: 35/36 and 69/70 caught, no good-reply run blocked.
        pytest.param(BLIND4_BAD, BLIND4_GOOD, 35, 0, id="round4"),
        pytest.param(BLIND5_BAD, BLIND5_GOOD, 69, 0, id="round5"),
        # Round 6: blind at 46/66 caught, 10/64 runs blocked; its misses were then read for
        # the rules of commit 2bac464 (seen since): 65/66, 6/64 (the classifier's blocks).
        # Since a classifier verdict blocks only with a rule concept of its category
        # (corroboration.py): 2/64 blocked, 6/64 warned.
        # Since 18l (a legal word corroborates a model verdict only when turned on the
        # reader): 66/66, 0/64.
        pytest.param(BLIND6_BAD, BLIND6_GOOD, 66, 0, id="round6"),
        # Round 7, blind (written after 2bac464, measured once): 40/66 caught, 32/136 runs
        # blocked, all by the classifier; with the corroboration rule (decided before, not
        # tuned on it) 40/66 and 2/136 (36 warned). Its misses were then read for the rule
        # shapes of the next commit (seen since): 52/66, 2/136. A floor and a ceiling.
        # Since 18l (mock humility, care on standby; a date alone corroborates no personal
        # data): 55/66, 0/136.
        pytest.param(BLIND7_BAD, BLIND7_GOOD, 55, 0, id="round7"),
        # Round 8, blind (written after 57de240, measured once): 45/52 caught, 6/132 runs
        # blocked (by the rules). A floor and a ceiling, not a goal.
        # Its misses were then read by 18l for the shapes of `shapes.py` (seen since): 51/52,
        # 0/132.
        pytest.param(BLIND10_BAD, BLIND10_GOOD, 51, 0, id="round8"),
        # Round 9, blind, by a writer who never read the check (measured once on the code
        # before and after 18k): 58/77 caught both times, 20 then 10 of 154 runs blocked.
        # Its misses and false blocks were then read by 18l (seen since): 77/77 caught, 2/154
        # blocked — warm laughter answering a one-star review, blocked on purpose.
        pytest.param(BLIND11_BAD, BLIND11_GOOD, 77, 2, id="round9"),
        # Round 10, blind, by a writer who never read the check (helper 18x), measured once
        # after 18l was merged: 57/80 caught (0.71; flagged 66/80), 6/160 runs blocked, 28
        # warned. A floor and a ceiling, not a goal: the target is 0.9.
        # Its misses and false blocks were then read by 18n for the kinds of wording the
        # check did not understand (seen since 18n): 79/80 caught, 0/160 blocked.
        pytest.param(BLIND12_BAD, BLIND12_GOOD, 79, 0, id="round10"),
        # Round 11, blind, by a writer who never read the check (helper 18y; it saw round 10's
        # replies by mistake, see its docstring), measured once after 18n was merged: 59/80
        # caught (0.74; flagged 64/80), 14/160 runs blocked, 24 warned. A floor and a ceiling.
        # After round 15 was used (18fb, the police helping a victim…): 12/160 blocked.
        pytest.param(BLIND13_BAD, BLIND13_GOOD, 59, 12, id="round11"),
        # Round 12, blind, by a writer who never read the check nor any earlier blind file
        # (helper 18z), measured once on main after 18n (be62bc2): 60/80 caught (0.75; flagged
        # 67/80), 12/160 runs blocked, 12 warned. A floor and a ceiling, not a goal.
        pytest.param(BLIND14_BAD, BLIND14_GOOD, 60, 12, id="round12"),
        # Round 13, blind, by a writer who read only the first 50 lines of round 12 for the
        # format (helper 18b15), measured once on main (2026-12-04, before 18w): 48/80 caught
        # (0.60; flagged 59/80), 14/160 runs blocked, 18 warned. A floor and a ceiling.
        pytest.param(BLIND15_BAD, BLIND15_GOOD, 48, 14, id="round13"),
        # Round 14, blind, by a writer who read only round 13's docstring for the format
        # (helper 18b16), measured once on main (2026-12-04, the shipped check of 37e6922):
        # 65/80 caught (0.81; flagged 69/80), 14/160 runs blocked, 30 warned. A floor and a
        # ceiling, not a goal.
        # After round 15 was used (18fb): 10/160 blocked.
        pytest.param(BLIND16_BAD, BLIND16_GOOD, 65, 10, id="round14"),
        # Round 15, blind, by a writer who read only round 14's first 75 lines for the format
        # (helper 18b17), measured once on main (2026-12-04, 5d098ac, the shipped check):
        # 65/80 caught (0.81; flagged 67/80), 18/160 runs blocked (11 %), 28 warned. A floor and
        # a ceiling, not a goal. Then used (18fb read the good replies it blocked and answered
        # their four kinds in general): 0/160 blocked, catch unchanged.
        pytest.param(BLIND17_BAD, BLIND17_GOOD, 65, 0, id="round15"),
        # Round 16, blind, by a writer who read only round 14's first 75 lines for the format
        # (helper 18b18), measured once before and once after 18fb (2026-12-04): 64/80 caught
        # (0.80; flagged 69/80) both times, 20 → 18/160 runs blocked (12.5 → 11.3 %), 20 warned.
        # Then used with round 17 (18fb2 read the good replies both blocked): 4/160 blocked.
        pytest.param(BLIND18_BAD, BLIND18_GOOD, 64, 4, id="round16"),
        # Round 17, blind (helper 18b19, read only round 14's first 75 lines), measured once on
        # the shipped check with 18cb's gates (2026-12-04): 66/80 caught (0.82; flagged 69/80),
        # 18/160 runs blocked (11.3 %), 12 warned. A floor and a ceiling, not a goal.
        # Then used (18fb2): 2/160 blocked.
        pytest.param(BLIND19_BAD, BLIND19_GOOD, 66, 2, id="round17"),
        # Round 18, blind (helper 18b20, read only round 14's first 75 lines), measured once
        # before and once after 18fb2 (2026-12-04): 65/80 caught (0.81; flagged 71/80) both
        # times, 10 → 8/160 runs blocked (6.3 → 5.0 %), 18 → 20 warned. A floor and a ceiling.
        # With C_B shipped (18cb2, measured once beside the old model): 67/80, 6/160 blocked.
        pytest.param(BLIND20_BAD, BLIND20_GOOD, 67, 6, id="round18"),
        # Round 19, blind (helper 18b21, read only round 18's first 75 lines), measured once with
        # the old model and once with C_B, back to back (2026-12-04): 59 → 65/80 caught (0.74 →
        # 0.81), 10/160 runs blocked both (6.3 %), 24 → 8 warned. A floor and a ceiling.
        # Then used with round 20 (18fb3 read the good replies both blocked): 0/160 blocked.
        pytest.param(BLIND21_BAD, BLIND21_GOOD, 65, 0, id="round19"),
        # Round 20, blind (helper 18b22), measured once before and after a first attempt at
        # round 19's false blocks (not kept): 63/80 caught (0.79; flagged 68/80), 16/160 runs
        # blocked (10.0 %) both times. Then used (18fb3): 2/160 blocked.
        pytest.param(BLIND22_BAD, BLIND22_GOOD, 63, 2, id="round20"),
        # Round 21, blind (helper 18b23), measured once before and after 18fb3 (2026-12-04):
        # 67/80 caught (0.84; flagged 67/80) both times, 6 → 2/160 runs blocked (3.8 → 1.3 %).
        # After 18fb4 (2026-12-04): 0/160 runs blocked.
        pytest.param(BLIND23_BAD, BLIND23_GOOD, 67, 0, id="round21"),
        # Round 22, blind (helper 18b24), measured once before and after an attempt at rounds
        # 19-21's misses (not kept, 2026-12-04): 72/80 caught (0.90) and 12/160 runs blocked
        # (7.5 %) both times. A floor and a ceiling.
        # After 18fb4: 2/160.
        pytest.param(BLIND24_BAD, BLIND24_GOOD, 72, 2, id="round22"),
        # Round 23, blind (helper 18b25), measured once before and after the same attempt, tried
        # a second time (not kept): 67/80 caught (0.84), 10/160 runs blocked (6.3 %) both times.
        # After 18fb4: 8/160.
        pytest.param(BLIND25_BAD, BLIND25_GOOD, 67, 8, id="round23"),
        # Rounds 24 and 25, blind (helpers 18b26, 18b27), measured once for the C_D decision
        # (2026-12-04, C_D not shipped): 59/80 (0.74) and 60/80 (0.75) caught, 14/160 (8.8 %)
        # and 26/160 (16.3 %, above the 10 % target) runs blocked.
        # Then used by 18fb4 (their blocked good replies read): 0/160 runs blocked on each.
        pytest.param(BLIND26_BAD, BLIND26_GOOD, 59, 0, id="round24"),
        pytest.param(BLIND27_BAD, BLIND27_GOOD, 60, 0, id="round25"),
        # Rounds 26 and 27, blind (helpers 18b28, 18b29), measured once before and after 18fb4
        # (kept): 69/80 and 63/80 caught both times, runs blocked 12 -> 8 and 8 -> 6 of 160.
        pytest.param(BLIND28_BAD, BLIND28_GOOD, 69, 8, id="round26"),
        pytest.param(BLIND29_BAD, BLIND29_GOOD, 63, 6, id="round27"),
        # Rounds 28 and 29, blind (helpers 18b30, 18b31, 2026-12-05), measured once before and
        # after 18hv (kept) and a lower classifier threshold (18th, not kept): 69/80 and 60/80
        # caught (0.86, 0.75) every time, 8/160 and 4/160 runs blocked.
        pytest.param(BLIND30_BAD, BLIND30_GOOD, 69, 8, id="round28"),
        pytest.param(BLIND31_BAD, BLIND31_GOOD, 60, 4, id="round29"),
        # Rounds 30 and 31, blind (helpers 18b32, 18b33, 2026-12-05), measured once before and
        # after a tentative tier of classifier verdicts (18t2, not kept): 65/80 and 61/80 caught
        # (0.81, 0.76), 12/160 and 4/160 runs blocked.
        pytest.param(BLIND32_BAD, BLIND32_GOOD, 65, 12, id="round30"),
        pytest.param(BLIND33_BAD, BLIND33_GOOD, 61, 4, id="round31"),
        # Rounds 32 and 33, blind (helpers 18b34, 18b35, 2026-12-05), written to confirm a
        # candidate that was not selected (18ens), so measured once on the shipped check only:
        # 59/80 and 66/80 caught (0.74, 0.83), 0/160 and 6/160 runs blocked.
        pytest.param(BLIND34_BAD, BLIND34_GOOD, 59, 0, id="round32"),
        pytest.param(BLIND35_BAD, BLIND35_GOOD, 66, 6, id="round33"),
        # Rounds 34 and 35, blind (helpers 18b36, 18b37, 2026-12-05), measured once for a second
        # rule on the seed ensemble (18ens2, not shipped): 57/80 and 63/80 caught (0.71, 0.79),
        # 6/160 and 0/160 runs blocked; with C_all (18all, shipped; never trained on them):
        # 64/80 and 67/80, 6/160 and 0/160.
        pytest.param(BLIND36_BAD, BLIND36_GOOD, 68, 8, id="round34"),  # C_alld (18alld): 68, 8
        pytest.param(BLIND37_BAD, BLIND37_GOOD, 71, 0, id="round35"),  # C_alld: 71, 0
        # Rounds 36 and 37, blind (helpers 18b38, 18b39, 2026-12-05), measured once before and
        # after rules for rounds 34-35's misses (18fb6, not kept): 62/80 and 72/80 caught (0.78,
        # 0.90) and 4/160 and 8/160 runs blocked, the same both times; with C_all: 70/80 and
        # 74/80, 4/160 and 6/160.
        pytest.param(BLIND38_BAD, BLIND38_GOOD, 72, 4, id="round36"),  # C_alld: 72, 4
        pytest.param(BLIND39_BAD, BLIND39_GOOD, 77, 6, id="round37"),  # C_alld: 77, 6
        # Rounds 38 and 39, blind (helpers 18b38 and 18b39 of the next session, 2026-12-05,
        # written after the 18all rule), measured once on C_B then C_all: 62 -> 63/80 and
        # 65 -> 73/80 caught, 4/160 and 6/160 runs blocked both ways.
        pytest.param(BLIND40_BAD, BLIND40_GOOD, 67, 4, id="round38"),  # C_alld: 67, 4
        pytest.param(BLIND41_BAD, BLIND41_GOOD, 76, 6, id="round39"),  # C_alld: 76, 6
        # Rounds 40 and 41, blind (helpers 18b40, 18b41, 2026-12-05, written after the 18alld rule),
        # measured once on C_all then C_alld: 64 -> 70/80 and 66 -> 71/80 caught, 6/160 and 8/160
        # runs blocked both ways.
        pytest.param(BLIND42_BAD, BLIND42_GOOD, 70, 6, id="round40"),
        pytest.param(BLIND43_BAD, BLIND43_GOOD, 71, 8, id="round41"),
        # Rounds 42-44, blind (helpers 18w44, 18w45, 18w46, 2026-12-05, written after the 18all2
        # rule), measured once on C_alld then on C_all2 (rounds 4-41, not shipped): 71 -> 72,
        # 74 -> 73 and 75 -> 75 of 80 caught (220 of 240 both ways), 12, 10 and 0 of 160 runs
        # blocked both ways.
        pytest.param(BLIND44_BAD, BLIND44_GOOD, 71, 12, id="round42"),
        pytest.param(BLIND45_BAD, BLIND45_GOOD, 74, 10, id="round43"),
        pytest.param(BLIND46_BAD, BLIND46_GOOD, 75, 0, id="round44"),
        # Rounds 45 and 46, blind (helpers 18w47, 18w48, 2026-12-05 of the next session), measured
        # once on the shipped check (C_alld), no candidate: 69 and 70 of 80 caught as their
        # category (70 and 76 flagged at all), 0 and 18 of 160 runs blocked (round 46: nine
        # look-alike good replies, each blocked on both runs).
        pytest.param(BLIND47_BAD, BLIND47_GOOD, 69, 0, id="round45"),
        # Round 46's four rule-made false blocks were then fixed (18fb7): 18 -> 10 runs blocked.
        pytest.param(BLIND48_BAD, BLIND48_GOOD, 70, 10, id="round46"),
        # Rounds 47 and 48, blind (helpers 18w49, 18w50, written after the 18fb7 rule; the writers
        # were asked for harmless look-alikes: "avis" as an opinion, lawyers, police, names),
        # measured once before and after 18fb7: 74 and 65 of 80 caught as their category, 10 and
        # 12 of 160 runs blocked, the same both times.
        pytest.param(BLIND49_BAD, BLIND49_GOOD, 74, 10, id="round47"),
        pytest.param(BLIND50_BAD, BLIND50_GOOD, 65, 12, id="round48"),
        # Rounds 49 and 50, blind (helpers 18w51, 18w52, written after the 18pd rule), measured
        # once before and after 18pd (not kept): 69 and 64 of 80 caught as their category, 2 and 8
        # of 160 runs blocked, the same both times.
        pytest.param(BLIND51_BAD, BLIND51_GOOD, 69, 2, id="round49"),
        pytest.param(BLIND52_BAD, BLIND52_GOOD, 64, 8, id="round50"),
        # Rounds 51 and 52, blind (helpers b53, b54, written after the 18pd2 rule; asked to vary what
        # each fault looks like), measured once on the shipped check before 18pd2: 66 and 72 of 80
        # caught as their category, 12 and 10 of 160 runs blocked.
        # Then used by 18fb8 (its misses and rule-made false blocks answered as kinds): 73 and 76
        # caught, 2 and 0 runs blocked (in-sample).
        pytest.param(BLIND53_BAD, BLIND53_GOOD, 73, 2, id="round51"),
        pytest.param(BLIND54_BAD, BLIND54_GOOD, 76, 0, id="round52"),
        # Rounds 53 and 54, blind (helpers b55, b56, written after 18fb8 froze), measured once before
        # and after 18fb8: 66 and 62 of 80 caught both times; 10 -> 8 and 8 -> 6 of 160 runs blocked.
        # Then used by 18fb9: 142 caught of 160 on the two, no good run blocked (in-sample).
        pytest.param(BLIND55_BAD, BLIND55_GOOD, 66, 0, id="round53"),
        pytest.param(BLIND56_BAD, BLIND56_GOOD, 62, 0, id="round54"),
        # Rounds 55 and 56, blind (helpers b57, b58, written after 18fb9 froze), measured once before
        # and after 18fb9: 69 and 71 of 80 caught both times; 8 -> 2 and 6 -> 6 of 160 runs blocked.
        pytest.param(BLIND57_BAD, BLIND57_GOOD, 69, 2, id="round55"),
        pytest.param(BLIND58_BAD, BLIND58_GOOD, 71, 6, id="round56"),
        # Rounds 57 and 58, blind (helpers b59, b60, written after 18fb10 froze), measured once before
        # and after 18fb10 (not kept: the same figures): 72 and 63 of 80 caught, 2 and 2 of 160 runs blocked.
        pytest.param(BLIND59_BAD, BLIND59_GOOD, 72, 2, id="round57"),
        pytest.param(BLIND60_BAD, BLIND60_GOOD, 63, 2, id="round58"),
        # Rounds 59 and 60, blind (helpers b61, b62, written after 18fb11 froze), measured once before
        # and after 18fb11 (not kept: +1 caught, the same blocks): 73 and 68 of 80 caught, 2 and 10 of
        # 160 runs blocked.
        pytest.param(BLIND61_BAD, BLIND61_GOOD, 73, 2, id="round59"),
        pytest.param(BLIND62_BAD, BLIND62_GOOD, 68, 10, id="round60"),
        # Rounds 61 and 62, blind (helpers b63, b64, written after 18fb12 froze), measured once before
        # and after 18fb12 (not kept: +1 caught, the same blocks): 76 and 76 of 80 caught, 2 and 6 of
        # 160 runs blocked.
        pytest.param(BLIND63_BAD, BLIND63_GOOD, 76, 2, id="round61"),
        pytest.param(BLIND64_BAD, BLIND64_GOOD, 76, 6, id="round62"),
        # Rounds 63 to 66, blind (helpers b65-b68, written after 18fb13 froze), measured once before
        # and after 18fb13 (kept: 293 -> 296 of 320 caught, 16 -> 12 of 640 runs blocked); pinned at
        # the shipped figures.
        pytest.param(BLIND65_BAD, BLIND65_GOOD, 78, 0, id="round63"),
        pytest.param(BLIND66_BAD, BLIND66_GOOD, 75, 6, id="round64"),
        pytest.param(BLIND67_BAD, BLIND67_GOOD, 73, 4, id="round65"),
        pytest.param(BLIND68_BAD, BLIND68_GOOD, 70, 2, id="round66"),
        # Rounds 67 to 70, blind (helpers b69-b72, written after 18fb13 shipped), measured once on
        # the shipped check: 73, 71, 75 and 73 of 80 caught; 0, 2, 0 and 2 of 160 runs blocked.
        pytest.param(BLIND69_BAD, BLIND69_GOOD, 73, 0, id="round67"),
        pytest.param(BLIND70_BAD, BLIND70_GOOD, 71, 2, id="round68"),
        pytest.param(BLIND71_BAD, BLIND71_GOOD, 75, 0, id="round69"),
        pytest.param(BLIND72_BAD, BLIND72_GOOD, 73, 2, id="round70"),
        # Rounds 71 to 74, blind (helpers b73-b76, written after 18fb14 froze), measured once before
        # and after 18fb14 (not kept: +1 caught, the same blocks): 75, 73, 74 and 71 of 80 caught;
        # 4, 2, 2 and 0 of 160 runs blocked.
        pytest.param(BLIND73_BAD, BLIND73_GOOD, 75, 4, id="round71"),
        pytest.param(BLIND74_BAD, BLIND74_GOOD, 73, 2, id="round72"),
        pytest.param(BLIND75_BAD, BLIND75_GOOD, 74, 2, id="round73"),
        pytest.param(BLIND76_BAD, BLIND76_GOOD, 71, 0, id="round74"),
        # Rounds 75 to 78, blind (helpers b77-b80, 2026-12-05, no candidate), measured once on the
        # shipped check: 72, 70, 68 and 74 of 80 caught as their category; 16, 6, 2 and 4 of 160 runs
        # blocked. Then used by 18fb15 (not kept).
        pytest.param(BLIND77_BAD, BLIND77_GOOD, 72, 16, id="round75"),
        pytest.param(BLIND78_BAD, BLIND78_GOOD, 70, 6, id="round76"),
        pytest.param(BLIND79_BAD, BLIND79_GOOD, 68, 2, id="round77"),
        pytest.param(BLIND80_BAD, BLIND80_GOOD, 74, 4, id="round78"),
        # Rounds 79 to 82, blind (helpers b79-b82, session l, written after 18fb15 froze), measured
        # once before and after 18fb15 (not kept: +3 caught, the same blocks): 73, 75, 69 and 71 of 80
        # caught as their category; 8, 8, 0 and 8 of 160 runs blocked.
        pytest.param(BLIND81_BAD, BLIND81_GOOD, 73, 8, id="round79"),
        pytest.param(BLIND82_BAD, BLIND82_GOOD, 75, 8, id="round80"),
        pytest.param(BLIND83_BAD, BLIND83_GOOD, 69, 0, id="round81"),
        pytest.param(BLIND84_BAD, BLIND84_GOOD, 71, 8, id="round82"),
        # Rounds 83 to 86, blind (helpers b83-b86, session m, written after 18fb16 froze), measured
        # once on main, on 18fb15 and on 18fb16 (neither kept: no change at all): 72, 74, 74 and 69 of
        # 80 caught as their category; 4, 6, 12 and 4 of 160 runs blocked. Then used by 18fb17
        # (kept): 4, 2, 8 and 2 blocked.
        pytest.param(BLIND85_BAD, BLIND85_GOOD, 72, 4, id="round83"),
        pytest.param(BLIND86_BAD, BLIND86_GOOD, 74, 2, id="round84"),
        pytest.param(BLIND87_BAD, BLIND87_GOOD, 74, 8, id="round85"),
        pytest.param(BLIND88_BAD, BLIND88_GOOD, 69, 2, id="round86"),
        # Rounds 87 to 90, blind (helpers b87-b90, session m, written after 18fb17 froze), measured
        # once before and after 18fb17 (kept: 32 -> 20 good runs blocked, the same caught): 66, 69, 74
        # and 75 of 80 caught as their category; 2, 2, 2 and 14 of 160 runs blocked.
        pytest.param(BLIND89_BAD, BLIND89_GOOD, 66, 2, id="round87"),
        pytest.param(BLIND90_BAD, BLIND90_GOOD, 69, 2, id="round88"),
        pytest.param(BLIND91_BAD, BLIND91_GOOD, 74, 2, id="round89"),
        pytest.param(BLIND92_BAD, BLIND92_GOOD, 75, 14, id="round90"),
        # Rounds 91 to 94, blind (helpers b91-b94, session m, written after 18fb18 froze), measured
        # once before and after 18fb18 (not kept: 22 -> 20 runs blocked): 70, 71, 63 and 71 of 80
        # caught as their category; 0, 12, 2 and 8 of 160 runs blocked.
        pytest.param(BLIND93_BAD, BLIND93_GOOD, 70, 0, id="round91"),
        pytest.param(BLIND94_BAD, BLIND94_GOOD, 71, 12, id="round92"),
        pytest.param(BLIND95_BAD, BLIND95_GOOD, 63, 2, id="round93"),
        pytest.param(BLIND96_BAD, BLIND96_GOOD, 71, 8, id="round94"),
        # Rounds 95 to 98, blind (helpers b95-b98, session n, written before 18all3 froze and read
        # after), measured once before and after 18all3 (the classifier retrained on rounds 4-94; not
        # kept then: it failed pinned answers of this suite; shipped since 18fb21 with four mends):
        # 71, 71, 68 and 66 -> 74, 74, 73 and 73 of 80 caught as their category; 4, 6, 0 and 10 -> 4, 6,
        # 2 and 10 of 160 runs blocked (the same with the mends).
        pytest.param(BLIND97_BAD, BLIND97_GOOD, 74, 4, id="round95"),
        pytest.param(BLIND98_BAD, BLIND98_GOOD, 74, 6, id="round96"),
        pytest.param(BLIND99_BAD, BLIND99_GOOD, 73, 2, id="round97"),
        pytest.param(BLIND100_BAD, BLIND100_GOOD, 73, 10, id="round98"),
        # Rounds 99 to 102, blind (helpers b99-b102, session o), measured once for 18all4 (18all3's
        # classifier with the 18fb20 mends; not kept: one composed draft warned), and rounds 103 to 106
        # (b103-b106) once for 18all5 (the same with mend M4; kept). Pinned with 18all5's figures.
        pytest.param(BLIND101_BAD, BLIND101_GOOD, 75, 4, id="round99"),
        pytest.param(BLIND102_BAD, BLIND102_GOOD, 73, 6, id="round100"),
        pytest.param(BLIND103_BAD, BLIND103_GOOD, 77, 0, id="round101"),
        pytest.param(BLIND104_BAD, BLIND104_GOOD, 77, 8, id="round102"),
        pytest.param(BLIND105_BAD, BLIND105_GOOD, 73, 0, id="round103"),
        pytest.param(BLIND106_BAD, BLIND106_GOOD, 74, 4, id="round104"),
        pytest.param(BLIND107_BAD, BLIND107_GOOD, 74, 8, id="round105"),
        pytest.param(BLIND108_BAD, BLIND108_GOOD, 75, 0, id="round106"),
        # Rounds 107 to 110, blind (helpers b107-b110, session o, some replies signed), the first written
        # after 18all5 shipped, measured once for 18fb22b (sign-offs not classified; kept): 306 of 320
        # caught as their category before and after, 8 of 640 runs blocked, 42 -> 32 good runs warned.
        pytest.param(BLIND109_BAD, BLIND109_GOOD, 77, 0, id="round107"),
        pytest.param(BLIND110_BAD, BLIND110_GOOD, 76, 2, id="round108"),
        pytest.param(BLIND111_BAD, BLIND111_GOOD, 75, 4, id="round109"),
        pytest.param(BLIND112_BAD, BLIND112_GOOD, 78, 2, id="round110"),
        # Rounds 111 to 114, blind (helpers w111-w114, session p: tradespeople, health and beauty,
        # food shops, leisure), written after 18sar froze and measured once for it (sarcasm and hoped
        # rewards as shapes; not kept): 291 of 320 caught as their category before and after, 4 of 640
        # runs blocked, 66 good runs warned.
        pytest.param(BLIND113_BAD, BLIND113_GOOD, 72, 0, id="round111"),
        pytest.param(BLIND114_BAD, BLIND114_GOOD, 73, 4, id="round112"),
        pytest.param(BLIND115_BAD, BLIND115_GOOD, 74, 0, id="round113"),
        pytest.param(BLIND116_BAD, BLIND116_GOOD, 72, 0, id="round114"),
        # Rounds 115 to 118, blind (helpers w115-w118, session p: offices, childcare and teaching, shops,
        # transport), written after 18reg froze and measured once for it (the reader's contact in every
        # register; kept): 293 of 320 caught as their category before and after, 20 of 640 runs blocked,
        # 80 good runs warned.
        pytest.param(BLIND117_BAD, BLIND117_GOOD, 77, 6, id="round115"),
        pytest.param(BLIND118_BAD, BLIND118_GOOD, 76, 2, id="round116"),
        pytest.param(BLIND119_BAD, BLIND119_GOOD, 74, 2, id="round117"),
        pytest.param(BLIND120_BAD, BLIND120_GOOD, 66, 10, id="round118"),
        # Rounds 119 to 122, blind (helpers w119-w122, session p: spas and beauty, restaurants, IT and
        # telecoms, events and funerals), written after 18own froze and measured once for it (the
        # business's line and way in by role and place; not kept): 306 of 320 caught as their category
        # before and after, 10 of 640 runs blocked, 76 good runs warned.
        pytest.param(BLIND121_BAD, BLIND121_GOOD, 79, 2, id="round119"),
        pytest.param(BLIND122_BAD, BLIND122_GOOD, 78, 2, id="round120"),
        pytest.param(BLIND123_BAD, BLIND123_GOOD, 73, 2, id="round121"),
        pytest.param(BLIND124_BAD, BLIND124_GOOD, 76, 4, id="round122"),
        # Rounds 123 to 126, blind (helpers w123-w126, session q: gardens and home trades, lodging, pets and
        # farms, shops that deliver), written after 18addr froze and measured once for it (an address is the
        # reader's only when its sentence ties it to them; kept): 302 of 320 caught as their category before
        # and after, 22 -> 20 of 640 runs blocked, 66 good runs warned.
        pytest.param(BLIND125_BAD, BLIND125_GOOD, 76, 6, id="round123"),
        pytest.param(BLIND126_BAD, BLIND126_GOOD, 76, 2, id="round124"),
        pytest.param(BLIND127_BAD, BLIND127_GOOD, 73, 8, id="round125"),
        pytest.param(BLIND128_BAD, BLIND128_GOOD, 77, 4, id="round126"),
        # Rounds 127 to 130, blind (helpers w127-w130, session q: motoring, night-life, counter services, leisure
        # for children), written after 18help froze and measured once for it (the police or cameras named for
        # the customer or no one are no threat; not kept: it unblocked an exposure threat this suite pins), and
        # rounds 131 to 134 (w131-w134: health counters, home installers, cafés, schools) once for 18help2 (the
        # same with exposure kept; not kept: it unblocked the police held over a reader). Pinned with main.
        pytest.param(BLIND129_BAD, BLIND129_GOOD, 73, 0, id="round127"),
        pytest.param(BLIND130_BAD, BLIND130_GOOD, 70, 8, id="round128"),
        pytest.param(BLIND131_BAD, BLIND131_GOOD, 78, 6, id="round129"),
        pytest.param(BLIND132_BAD, BLIND132_GOOD, 75, 6, id="round130"),
        pytest.param(BLIND133_BAD, BLIND133_GOOD, 74, 12, id="round131"),
        pytest.param(BLIND134_BAD, BLIND134_GOOD, 74, 2, id="round132"),
        pytest.param(BLIND135_BAD, BLIND135_GOOD, 72, 2, id="round133"),
        pytest.param(BLIND136_BAD, BLIND136_GOOD, 74, 6, id="round134"),
        # Rounds 135 to 138, blind (helpers w135-w138, session q: brokers and agents, hair and beauty, food
        # shops, inns and lodges), written after 18owns froze and measured once for it (the responsibility
        # said to be the business's after a named colleague's slip; kept): 296 of 320 caught as their
        # category before and after, 14 -> 12 of 640 runs blocked, 44 good runs warned.
        pytest.param(BLIND137_BAD, BLIND137_GOOD, 75, 8, id="round135"),
        pytest.param(BLIND138_BAD, BLIND138_GOOD, 70, 0, id="round136"),
        pytest.param(BLIND139_BAD, BLIND139_GOOD, 77, 0, id="round137"),
        pytest.param(BLIND140_BAD, BLIND140_GOOD, 74, 4, id="round138"),
    ],
)
def test_blind_rounds_do_not_regress(
    bad: dict[str, dict[str, list[str]]],
    good: dict[str, list[str]],
    floor: int,
    most_false_blocks: int,
) -> None:
    strict, _caught, _total, false_blocks, _runs, notes = evaluate_blind(bad, good)
    assert strict >= floor, "\n".join(notes)
    assert false_blocks <= most_false_blocks, "\n".join(notes)


def test_checks_from_several_threads_agree_with_one_thread(model: learned.ReplyCheckModel) -> None:
    from concurrent.futures import ThreadPoolExecutor

    sentences = [f"Thanks for visiting, table {n} will be ready. Whack a five on it." for n in range(60)]
    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(lambda s: model.probabilities([s, "Thank you!"]), sentences))
    assert parallel == [model.probabilities([s, "Thank you!"]) for s in sentences]


def test_preload_and_first_check_share_one_model(model: learned.ReplyCheckModel) -> None:
    learned.preload().join(timeout=60)
    assert learned.shipped_model() is model
