"""Triage quality by cross-validation grouped by source: the trained models vs the rules.

For each source of ../shared/data (8: restaurants EN, food brands EN, e-commerce FR, credit
FR, hiking apps FR, two hotel sets FR, job agency FR), the models are trained on every
other source (plus the hand-written examples of training/extra_examples.jsonl) exactly as
`training/train_triage.py` does, with thresholds chosen on 3 random inner folds of that
training part only; the held-out source is then analysed by the full `Analyzer`
(model decides, evidence required). The rules-only engine (`Analyzer(rules_decide=True)`)
is measured on the same held-out reviews. Nothing is tuned on a reported fold.

Prints per-category P/R/F1, critical-review recall/precision, micro F1, sentiment ROC AUC
(1–2★ vs 4–5★) per source and per language, and the 4–5★ reviews shown critical.

Run: .venv/bin/python bench/triage_cv.py [--quick]   (--quick: 2 sources only, smoke run)
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analysis_quality import roc_auc  # noqa: E402

from training.triage_data import (  # noqa: E402
    CATEGORIES,
    CRITICAL,
    DATA_DIR,
    HANDWRITTEN,
    HELD_OUT_SENTENCE_SETS,
    load_corpus,
    load_sentences,
)
from training.triage_fit import fit, out_of_fold_thresholds  # noqa: E402
from workstation.analysis.analyzer import Analyzer  # noqa: E402

SYSTEMS = ("model", "rules")


class Tally:
    """Per-category true/false positives and misses, plus critical-review counts."""

    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, truth: set[str], predicted: set[str]) -> None:
        for c in CATEGORIES:
            if c in predicted and c in truth:
                self.tp[c] += 1
            elif c in predicted:
                self.fp[c] += 1
            elif c in truth:
                self.fn[c] += 1
        crit_t, crit_p = bool(truth & CRITICAL), bool(predicted & CRITICAL)
        key = "critical review"
        self.tp[key] += crit_t and crit_p
        self.fp[key] += crit_p and not crit_t
        self.fn[key] += crit_t and not crit_p

    def prf(self, keys: Sequence[str]) -> tuple[float, float, float, int]:
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        return p, r, f, tp + fn


def handwritten_sets(rules: Analyzer) -> None:
    """The shipped model and the rules on the held-out hand-written sentences of
    tests/analysis/data (blind4, holdout): neither was trained or tuned on them."""
    shipped = Analyzer(rules_decide=False)  # the shipped model (the app's default is the rules)
    print("\nShipped model on held-out hand-written sentences (micro F1, critical R/P: model | rules)")
    for infix in HELD_OUT_SENTENCE_SETS:
        for lang in ("en", "fr"):
            t = {s: Tally() for s in SYSTEMS}
            for truth, text in load_sentences(infix, lang):
                for name, analyzer in (("model", shipped), ("rules", rules)):
                    t[name].add(set(truth), set(analyzer.analyze(text).categories))
            cells = []
            for name in SYSTEMS:
                cp, cr, _f, n = t[name].prf(["critical review"])
                cells.append(f"F1 {t[name].prf(CATEGORIES)[2]:.2f} crit R {cr:.2f} P {cp:.2f}")
            print(f"  severity_{infix}{lang:<12} n_crit={n:>3}  {cells[0]} | {cells[1]}")


def main(argv: list[str]) -> int:
    if not (DATA_DIR / "severity-train.jsonl").exists():
        print(f"SKIP: {DATA_DIR} not found (needs ../shared beside the repo)")
        return 0
    t_start = time.perf_counter()
    corpus = load_corpus()
    rules = Analyzer(rules_decide=True)
    words = rules.model_features
    labelled = [(lab, words(lab.review.text, lab.review.lang)) for lab in corpus.labelled]
    rated = [(r, pos, words(r.text, r.lang)) for r, pos in corpus.rated()]
    sources = corpus.sources()
    if "--quick" in argv:
        sources = sources[:2]
    tallies = {s: Tally() for s in SYSTEMS}
    by_source: dict[str, dict[str, Tally]] = {}
    scores: dict[str, dict[str, list[tuple[float, bool]]]] = {s: defaultdict(list) for s in SYSTEMS}
    lang_of: dict[str, str] = {}
    high_star_critical: dict[str, list[str]] = {s: [] for s in SYSTEMS}
    for source in sources:
        t0 = time.perf_counter()
        train = [(w, lab.categories) for lab, w in labelled if lab.review.source != source]
        groups = [lab.review.source for lab, _w in labelled if lab.review.source != source]
        thresholds = out_of_fold_thresholds(train, groups, by_source=False)
        model = fit(train, [(w, pos) for r, pos, w in rated if r.source != source], thresholds)
        ours = Analyzer(triage=model, rules_decide=False)
        by_source[source] = {s: Tally() for s in SYSTEMS}
        for lab, _w in labelled:
            if lab.review.source != source:
                continue
            truth = set(lab.categories)
            for name, analyzer in (("model", ours), ("rules", rules)):
                result = analyzer.analyze(lab.review.text, stars=lab.review.stars, lang=lab.review.lang)
                predicted = set(result.categories)
                tallies[name].add(truth, predicted)
                by_source[source][name].add(truth, predicted)
                if (lab.review.stars or 0) >= 4 and result.level == "critical":
                    verdict = "labelled critical" if truth & CRITICAL else "NOT labelled critical"
                    high_star_critical[name].append(
                        f"{lab.review.id} {lab.review.stars}★ {sorted(predicted & CRITICAL)} ({verdict})")
        held = [(r, pos, w) for r, pos, w in rated if r.source == source]
        positive = model.positive(model.docs([w for _r, _p, w in held]))
        lang_of[source] = held[0][0].lang if held else "?"
        for (r, pos, _w), p in zip(held, positive, strict=True):
            scores["model"][source].append((float(p), pos))
            scores["rules"][source].append((rules.analyze(r.text).sentiment, pos))
        print(f"fold {source}: trained and scored in {time.perf_counter() - t0:.0f} s "
              f"(thresholds {', '.join(f'{c[:6]}={t:.2f}' for c, t in thresholds.items())})", flush=True)

    print(f"\nGrouped cross-validation over {len(sources)} sources "
          f"({sum(1 for lab, _ in labelled if lab.review.source != HANDWRITTEN)} labelled reviews), "
          f"{time.perf_counter() - t_start:.0f} s")
    print(f"{'category':<27}{'n':>5} | {'model P':>8}{'R':>6}{'F1':>6} | {'rules P':>8}{'R':>6}{'F1':>6}")
    for key in (*CATEGORIES, "critical review"):
        m, r = tallies["model"].prf([key]), tallies["rules"].prf([key])
        print(f"{key:<27}{m[3]:>5} | {m[0]:>8.2f}{m[1]:>6.2f}{m[2]:>6.2f} | {r[0]:>8.2f}{r[1]:>6.2f}{r[2]:>6.2f}")
    m, r = tallies["model"].prf(CATEGORIES), tallies["rules"].prf(CATEGORIES)
    print(f"{'all categories, micro':<27}{m[3]:>5} | {m[0]:>8.2f}{m[1]:>6.2f}{m[2]:>6.2f} | "
          f"{r[0]:>8.2f}{r[1]:>6.2f}{r[2]:>6.2f}")

    print("\nPer held-out source: micro F1 and critical-review R/P (model | rules)")
    for source, t in by_source.items():
        cells = []
        for name in SYSTEMS:
            f1 = t[name].prf(CATEGORIES)[2]
            cp, cr, _f, n = t[name].prf(["critical review"])
            cells.append(f"F1 {f1:.2f} crit R {cr:.2f} P {cp:.2f} (n={n})")
        print(f"  {source:<30} {cells[0]} | {cells[1]}")

    print("\nSentiment ROC AUC, 1–2★ vs 4–5★ (model | rules lexicon)")
    pooled: dict[str, dict[str, list[tuple[float, bool]]]] = {s: defaultdict(list) for s in SYSTEMS}
    for source in sources:
        cells = []
        for name in SYSTEMS:
            pairs = scores[name][source]
            pooled[name][lang_of[source]].extend(pairs)
            cells.append(roc_auc([p for p, _ in pairs], [y for _, y in pairs]))
        n = len(scores["model"][source])
        print(f"  {source:<30} {lang_of[source]}  n={n:>5}  {cells[0]:.3f} | {cells[1]:.3f}")
    for lang in sorted(pooled["model"]):
        cells = [roc_auc([p for p, _ in pooled[s][lang]], [y for _, y in pooled[s][lang]]) for s in SYSTEMS]
        print(f"  {'all ' + lang:<30} {lang}  n={len(pooled['model'][lang]):>5}  {cells[0]:.3f} | {cells[1]:.3f}")

    handwritten_sets(rules)
    for name in SYSTEMS:
        shown = high_star_critical[name]
        wrong = sum(1 for line in shown if "NOT" in line)
        print(f"\n4–5★ reviews shown critical by {name}: {len(shown)} ({wrong} not labelled critical)")
        for line in shown:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
