"""Severity categories on the hand-written labelled reviews (data/severity_*.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.analysis import Analyzer

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


def load(lang: str) -> list[tuple[set[str], str]]:
    rows = []
    for line in (DATA / f"severity_{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split("\t", 1)
        rows.append(({CODES[c] for c in codes.split(",") if c != "-"}, text))
    return rows


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_labelled_set_is_big_enough(lang: str) -> None:
    rows = load(lang)
    assert len(rows) >= 150
    assert sum(1 for gold, _ in rows if not gold) >= 40  # plenty of look-alike negatives
    for category in CODES.values():
        assert sum(1 for gold, _ in rows if category in gold) >= 8, category


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("category", sorted(CODES.values()))
def test_precision_and_recall_per_category(analyzer: Analyzer, lang: str, category: str) -> None:
    tp = fp = fn = 0
    misses: list[str] = []
    for gold, text in load(lang):
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
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, (precision, recall, misses)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_evidence_spans_index_the_original_text(analyzer: Analyzer, lang: str) -> None:
    for _gold, text in load(lang):
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


def test_critical_category_sets_level(analyzer: Analyzer) -> None:
    result = analyzer.analyze("My daughter got food poisoning here, we are calling our lawyer.")
    assert result.level == "critical"
    assert result.categories[0] in {"health_safety", "minors_safety"}  # most severe first
