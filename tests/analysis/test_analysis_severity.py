"""Severity categories on the hand-written labelled reviews (data/severity_*.tsv).

Three kinds of file, all written for this project (see resources/analysis/README.md):
- severity_{en,fr}.tsv and severity_blind2_*.tsv: the rules were developed on them,
  so precision and recall must stay ≥ 0.9 per category;
- severity_blind3_*.tsv: a held-out round that was measured, then folded into the rules;
- severity_blind4_*.tsv: written after the rules were frozen again and measured once,
  never used to tune them.
The last two are held to floors equal to the figures actually reached (rounded down),
so a regression is caught without pretending that unseen phrasings are solved.

Since the trained triage models decide (docs/triage-model.md), these figures measure the
rules alone (`rules_analyzer`): the rules now locate the evidence words for what the model
decided, so how much they cover still matters.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from workstation.analysis import Analyzer
from workstation.analysis.resources import ResourceError, resources_dir

DATA = Path(__file__).parent / "data"
CODES = {
    "H": "health_safety",
    "L": "legal_threat",
    "D": "discrimination_harassment",
    "F": "fraud_billing",
    "E": "escalation_threat",
    "S": "staff_behaviour",
    "M": "minors_safety",
}
MIN_PRECISION = MIN_RECALL = 0.9
TUNED = ("", "blind2_")  # file infixes the rules were developed on
# (precision, recall) floors per category: the figures reached, rounded down.
Floors = dict[str, dict[str, tuple[float, float]]]
# Round 3 was held out, then folded in: partly tuned on, so floors are high but not 0.9.
FOLDED_FLOORS: Floors = {
    "en": {
        "health_safety": (0.9, 0.95),
        "legal_threat": (0.95, 0.95),
        "discrimination_harassment": (0.95, 0.75),
        "fraud_billing": (0.9, 0.7),
        "escalation_threat": (0.85, 0.9),
        "staff_behaviour": (0.9, 0.9),
        "minors_safety": (0.95, 0.65),
    },
    "fr": {
        "health_safety": (0.95, 0.95),
        "legal_threat": (0.95, 0.95),
        "discrimination_harassment": (0.95, 0.6),
        "fraud_billing": (0.95, 0.75),
        "escalation_threat": (0.85, 0.85),
        "staff_behaviour": (0.9, 0.95),
        "minors_safety": (0.95, 0.8),
    },
}
# Round 4: written after the rules were frozen, measured once, never tuned on.
HELD_OUT_FLOORS: Floors = {
    "en": {
        "health_safety": (0.95, 0.75),
        "legal_threat": (0.9, 0.8),
        "discrimination_harassment": (0.95, 0.3),
        "fraud_billing": (0.9, 0.55),
        "escalation_threat": (0.9, 0.8),
        "staff_behaviour": (0.95, 0.45),
        "minors_safety": (0.95, 0.4),
    },
    "fr": {
        "health_safety": (0.95, 0.55),
        "legal_threat": (0.9, 0.85),
        "discrimination_harassment": (0.95, 0.4),
        "fraud_billing": (0.95, 0.5),
        "escalation_threat": (0.95, 0.4),
        "staff_behaviour": (0.85, 0.45),
        "minors_safety": (0.95, 0.4),
    },
}


def load(lang: str, infix: str = "") -> list[tuple[set[str], str]]:
    rows = []
    for line in (DATA / f"severity_{infix}{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split("\t", 1)
        rows.append(({CODES[c] for c in codes.split(",") if c != "-"}, text))
    return rows


def precision_recall(
    analyzer: Analyzer, rows: list[tuple[set[str], str]], category: str
) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    misses: list[str] = []
    for gold, text in rows:
        predicted = category in analyzer.analyze(text).categories
        if predicted and category in gold:
            tp += 1
        elif predicted:
            fp += 1
            misses.append(f"FP: {text}")
        elif category in gold:
            fn += 1
            misses.append(f"FN: {text}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, misses


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_labelled_set_is_big_enough(lang: str) -> None:
    rows = load(lang)
    assert len(rows) >= 150
    assert sum(1 for gold, _ in rows if not gold) >= 40  # plenty of look-alike negatives
    for category in CODES.values():
        assert sum(1 for gold, _ in rows if category in gold) >= 8, category


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("infix", "per_category", "negatives"),
    [("blind2_", 40, 200), ("blind3_", 15, 60), ("blind4_", 15, 60)],
)
def test_blind_sets_are_big_enough(
    lang: str, infix: str, per_category: int, negatives: int
) -> None:
    rows = load(lang, infix)
    assert sum(1 for gold, _ in rows if not gold) >= negatives
    for category in CODES.values():
        assert sum(1 for gold, _ in rows if category in gold) >= per_category, category


@pytest.mark.parametrize("infix", TUNED)
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("category", sorted(CODES.values()))
def test_precision_and_recall_per_category(
    rules_analyzer: Analyzer, infix: str, lang: str, category: str
) -> None:
    precision, recall, misses = precision_recall(rules_analyzer, load(lang, infix), category)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, (precision, recall, misses)


@pytest.mark.parametrize(
    ("infix", "floors"), [("blind3_", FOLDED_FLOORS), ("blind4_", HELD_OUT_FLOORS)]
)
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("category", sorted(CODES.values()))
def test_later_rounds_do_not_regress(
    rules_analyzer: Analyzer, infix: str, floors: Floors, lang: str, category: str
) -> None:
    precision, recall, misses = precision_recall(rules_analyzer, load(lang, infix), category)
    min_precision, min_recall = floors[lang][category]
    assert precision >= min_precision and recall >= min_recall, (precision, recall, misses)


@pytest.mark.parametrize("infix", [*TUNED, "blind3_", "blind4_"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_evidence_spans_index_the_original_text(analyzer: Analyzer, lang: str, infix: str) -> None:
    for _gold, text in load(lang, infix):
        result = analyzer.analyze(text)
        for ev in result.evidence:
            assert text[ev.start : ev.end] == ev.text
            assert ev.category in result.categories
            assert ev.label_en and ev.label_fr
        assert set(result.categories) == {ev.category for ev in result.evidence}


def test_evidence_offsets_survive_html_emoji_and_accents(analyzer: Analyzer) -> None:
    text = "<p>😡😡 Vraiment DÉÇUS&nbsp;: <b>INTOXICATION alimentaire</b> après le dîner, j'ai porté plainte.</p>"
    result = analyzer.analyze(text)
    assert {"health_safety", "legal_threat"} <= set(result.categories)
    for ev in result.evidence:
        assert text[ev.start : ev.end] == ev.text
    assert any(ev.text == "INTOXICATION alimentaire" for ev in result.evidence)


def test_negated_and_hypothetical_mentions_do_not_count(analyzer: Analyzer) -> None:
    assert analyzer.analyze("No cockroaches and no hair in my food, spotless.").categories == ()
    assert analyzer.analyze("Aucun cafard, rien à signaler.").categories == ()
    assert "fraud_billing" in analyzer.analyze("Still no refund after a month.").categories
    assert "fraud_billing" in analyzer.analyze("Toujours pas remboursé, honteux.").categories
    assert analyzer.analyze("No one got sick, the food was just bland.").categories == ()
    assert analyzer.analyze("Pas du tout une arnaque, le produit est conforme.").categories == ()


def test_near_rules_stay_inside_one_sentence(analyzer: Analyzer) -> None:
    assert "minors_safety" in analyzer.analyze("My son burned his hand on the heater.").categories
    assert (
        "minors_safety"
        not in analyzer.analyze("My son loved it. The pizza base was burnt.").categories
    )
    assert "minors_safety" not in analyzer.analyze("My son was not hurt at all.").categories


def test_brand_names_in_camel_case_are_one_token(rules_analyzer: Analyzer) -> None:
    result = rules_analyzer.analyze("Horrible service. I'm posting the video on YouTube tonight.")
    assert "escalation_threat" in result.categories
    assert any(ev.text.endswith("YouTube") for ev in result.evidence)


def test_critical_category_sets_level(analyzer: Analyzer) -> None:
    result = analyzer.analyze("My daughter got food poisoning here, we are calling our lawyer.")
    assert result.level == "critical"
    assert result.categories[0] in {"health_safety", "minors_safety"}  # most severe first


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda d: d["categories"]["minors_safety"]["near"]["en"][0].update(window=0),
        lambda d: d["categories"]["staff_behaviour"]["near"]["en"][0].update(a="@no_such_set"),
        lambda d: d["implies"][0].update(category="no_such_category"),
        lambda d: d.update(keep_whole="YouTube"),
    ],
)
def test_bad_near_implies_or_keep_whole_rule_names_the_file(
    tmp_path: Path, corrupt: Callable[[dict[str, Any]], None]
) -> None:
    for source in resources_dir().iterdir():
        shutil.copy(source, tmp_path / source.name)
    path = tmp_path / "categories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    corrupt(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"categories\.json"):
        Analyzer(tmp_path)
