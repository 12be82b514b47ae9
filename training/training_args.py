"""Command-line arguments shared by the training scripts (`--data`, `--out`, `--exclude-sources`,
`--own-labels`, `--architecture`, `--external`, `--cross-source-words`).

Both scripts read the labelled data from ../shared and refuse to start without it, with
the same one-line message; keeping that check here means they cannot drift apart.
`--exclude-sources a,b` trains as if those sources did not exist (labels, evidence quotes
and star ratings), so that a model can be measured honestly on them: such a build is a
measurement tool, written where `--out` says, never into resources/. `--own-labels [NAMES]`
also trains on our label files not in the shipped default (`OWN_LABELS`): "17h"
(training/labels_17h.jsonl, round 6 of issue 17; the default when no name follows), "17t"
(training/labels_17t.jsonl, round 7) or "17h,17t"; it likewise needs an explicit `--out`.
`--architecture ensemble` (round 12) trains the categories classifier as bag of words + CNN
(training/triage_ensemble.cfg) instead of the shipped bag of words ("bow", the default); a
measurement build too, so it likewise needs an explicit `--out`. `--architecture ensemble-ordered`
(round 13): the same ensemble, reading each review's words in reading order.
`--external DIR[,DIR]` (round 23) also trains on real reviews of other trades kept in a local cache
outside the repository (`DIR/reviews.jsonl` + `DIR/labels.jsonl`, training/external_data.py): their
labels, evidence and star ratings. They train every out-of-fold model and the final one but are never
a scored fold (as the hand-written group): thresholds and blend are chosen on ../shared's sources
alone (round 23: scored as folds of their own, they pulled the health threshold to its floor). A
measurement build, needs `--out`.
`--cross-source-words` (round 15) trains the categories classifier only on the words found in the
real labelled reviews of at least 2 distinct training sources (rule markers kept); off by
default, a measurement build too, so it likewise needs an explicit `--out`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from training.external_data import fingerprinted_labels, load_external
from training.triage_data import (
    DATA_DIR,
    DEFAULT_EXTRA_LABELS,
    LABEL_FILES,
    Corpus,
    load_corpus,
    own_label_files,
    without_sources,
)
from training.triage_fit import ARCHITECTURES, DEFAULT_ARCHITECTURE


def parse_training_args(description: str, argv: list[str] | None, out_default: Path | None) -> argparse.Namespace | None:
    """Parse `--data`, `--out` and `--exclude-sources`; None (after one plain line) when the
    labelled data is absent, or when sources are excluded without an explicit `--out`.

    `out_default=None` makes `--out` required: used when nothing trained by the script is
    shipped, so it must never overwrite a folder under resources/ by default.
    """
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    if out_default is None:
        parser.add_argument("--out", type=Path, required=True)
    else:
        parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--exclude-sources", type=_source_list, default=frozenset(), metavar="A,B",
        help="train as if these sources (comma-separated) did not exist; needs --out",
    )
    parser.add_argument(
        "--own-labels", nargs="?", const=DEFAULT_EXTRA_LABELS, default=None, metavar="NAMES",
        help=f"also train on these label files of ours, comma-separated, of {', '.join(LABEL_FILES)} "
             f"(default {DEFAULT_EXTRA_LABELS}; not in the shipped default); needs --out",
    )
    parser.add_argument(
        "--architecture", choices=ARCHITECTURES, default=DEFAULT_ARCHITECTURE,
        help=f"the categories classifier (default {DEFAULT_ARCHITECTURE}; ensemble: bag of words + CNN, "
             "training/triage_ensemble.cfg, not shipped; ensemble-ordered: the same, reading the words in "
             "reading order); not the default needs --out",
    )
    parser.add_argument(
        "--external", type=_path_list, default=(), metavar="DIR[,DIR]",
        help="also train on the labelled reviews of these local caches (DIR/reviews.jsonl + DIR/labels.jsonl, "
             "texts outside the repository); needs --out",
    )
    parser.add_argument(
        "--cross-source-words", action="store_true",
        help="train the categories classifier only on words of the real labelled reviews of at least 2 "
             "training sources (rule markers kept; round 15, not shipped); needs --out",
    )
    args = parser.parse_args(argv)
    if args.own_labels is not None:
        try:
            own_label_files(args.own_labels)
        except ValueError as exc:
            print(f"error: {exc}")
            return None
    if args.out is None:
        if args.exclude_sources or args.own_labels or args.architecture != DEFAULT_ARCHITECTURE \
                or args.cross_source_words or args.external:
            # A measurement build must not replace the shipped model by default.
            print("error: --exclude-sources, --own-labels, --architecture, --cross-source-words and --external need --out "
                  "(a folder outside resources/)")
            return None
        args.out = out_default
    missing = [str(folder) for folder in args.external
               if not ((folder / "reviews.jsonl").exists() and (folder / "labels.jsonl").exists())]
    if missing:
        print(f"error: no reviews.jsonl and labels.jsonl in {', '.join(missing)}")
        return None
    if not (args.data / "severity-train.jsonl").exists():
        print(f"error: {args.data} has no severity-train.jsonl (needs ../shared beside the repo)")
        return None
    return args


def load_training_corpus(args: argparse.Namespace) -> Corpus | None:
    """The corpus of `args.data` without `args.exclude_sources`; None (after one plain line)
    when a named source is not in the data (a typo would otherwise exclude nothing)."""
    corpus = load_corpus(args.data, own_labels=own_label_files(args.own_labels))
    args.external_sources = set()
    for folder in args.external:
        reviews = load_external(folder / "reviews.jsonl")
        try:
            corpus.labelled.extend(fingerprinted_labels(reviews, folder / "labels.jsonl",
                                                        {lab.review.id for lab in corpus.labelled}))
        except ValueError as exc:
            print(f"error: {folder}: {exc}")
            return None
        corpus.reviews.update(reviews)
        args.external_sources |= {r.source for r in reviews.values()}
        print(f"external {folder}: {len(reviews)} reviews from {len({r.source for r in reviews.values()})} sources")
    if not args.exclude_sources:
        return corpus
    try:
        kept = without_sources(corpus, args.exclude_sources)
    except ValueError as exc:
        print(f"error: {exc}")
        return None
    print(f"excluded sources: {', '.join(sorted(args.exclude_sources))}")
    return kept


def _path_list(value: str) -> tuple[Path, ...]:
    return tuple(Path(name.strip()) for name in value.split(",") if name.strip())


def _source_list(value: str) -> frozenset[str]:
    return frozenset(name.strip() for name in value.split(",") if name.strip())
