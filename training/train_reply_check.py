"""Train the reply-check sentence classifier: `python -m training.train_reply_check`.

Reads the sentences of `reply_check_data.py` (all in the repo), chooses each category's
threshold on out-of-fold probabilities of a 4-fold cross-validation, trains the shipped
model on everything (the folds and the final model train in parallel processes) with the pipeline of `reply_check.cfg`, and writes it to
`resources/reply_check` (spaCy folder + thresholds.json + meta.json). Seeded: two runs write
the same model. `--cv-only` prints the cross-validation and writes nothing. `--config PATH`
trains a variant pipeline (e.g. a measured candidate) without editing the shipped config;
training.json records which config a model was trained with.

The shipped model (18all3: C_alld's recipe on blind rounds 4-94, docs/reply-check-model.md) is the
mean of three seeds:
`python -m training.train_reply_check --with-blind-rounds --with-denial --with-written
written_wide_en.jsonl --with-written written_wide_fr.jsonl --seeds 18,19,20` (about 45 minutes on two cores).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example as SpacyExample  # noqa: E402
from spacy.util import (  # noqa: E402
    compounding,
    fix_random_seed,
    load_config,
    load_model_from_config,
    minibatch,
)
from thinc.api import Adam  # noqa: E402

from training.reply_check_data import SHIPPED_THROUGH, Example, dataset, with_swapped_names  # noqa: E402
from workstation.replies.checks.learned import (  # noqa: E402
    CATEGORIES,
    ENSEMBLE_FILE,
    OK,
    PIPE,
    THRESHOLDS_FILE,
    ReplyCheckModel,
)
from workstation.replies.checks.sentences import model_words  # noqa: E402

CONFIG = Path(__file__).resolve().parent / "reply_check.cfg"
OUT = REPO / "resources" / "reply_check"
FOLDS = 4
# A category is reported from the lowest probability on this grid at which, out of fold, it
# flags at most FALSE_FLAG_SHARE of the "ok" sentences: good replies are never blocked
# lightly (the target is <= 10 % of good replies, and real published replies are blocked
# 1 % of the time by the rules alone; a reply has several sentences).
GRID = [*(round(0.30 + 0.05 * i, 2) for i in range(14)), 0.97, 0.99]  # 0.30 … 0.99
FALSE_FLAG_SHARE = 0.002

Log = Callable[[str], None]


def settings(config: Path = CONFIG) -> dict[str, float]:
    return dict(load_config(config)["training"])


def train(
    examples: Sequence[Example], log: Log | None = None, config: Path = CONFIG, seed: int | None = None
) -> Language:
    """A fresh pipeline of `config` (reply_check.cfg) trained on `examples`, deterministically
    (with `seed`, or the config's [training] seed)."""
    conf = settings(config)
    seed = int(conf["seed"]) if seed is None else seed
    fix_random_seed(seed)
    nlp = load_model_from_config(load_config(config), auto_fill=True, validate=True)
    rows = with_swapped_names(list(examples), int(conf["augment_copies"]), seed)
    # The labels the data has (without --with-denial there is no "denial": C_B's and C_all's labels).
    labels = [OK, *_trained(examples)]
    data = [
        SpacyExample.from_dict(
            Doc(nlp.vocab, words=model_words(e.text)),
            {"cats": {label: float(label == e.label) for label in labels}},
        )
        for e in rows
    ]
    pipe = nlp.get_pipe(PIPE)
    for label in labels:
        pipe.add_label(label)  # type: ignore[attr-defined]
    nlp.initialize(lambda: data)
    optimizer = Adam(float(conf["learn_rate"]))
    order = random.Random(seed)
    epochs = int(conf["epochs"])
    for epoch in range(epochs):
        order.shuffle(data)
        losses: dict[str, float] = {}
        sizes = compounding(float(conf["batch_start"]), float(conf["batch_stop"]), 1.001)
        for batch in minibatch(data, size=sizes):
            nlp.update(batch, drop=float(conf["dropout"]), sgd=optimizer, losses=losses)
        if log and (epoch + 1) % 5 == 0:
            log(f"  epoch {epoch + 1}/{epochs}: loss {losses.get(PIPE, 0.0):.3f}")
    return nlp


def folds(examples: Sequence[Example], config: Path = CONFIG, seed: int | None = None) -> list[int]:
    """The fold of each example: stratified by label, seeded (`seed` or the config's)."""
    rng = random.Random(int(settings(config)["seed"]) if seed is None else seed)
    fold_of: dict[int, int] = {}
    by_label: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_label.setdefault(e.label, []).append(i)
    for indices in by_label.values():
        rng.shuffle(indices)
        for k, i in enumerate(indices):
            fold_of[i] = k % FOLDS
    return [fold_of[i] for i in range(len(examples))]


FoldTask = tuple[list[Example], list[int], int, str, int | None]


def _fold_task(task: FoldTask) -> list[tuple[int, dict[str, float]]]:
    """Train without fold `fold`, return the held-out examples' probabilities."""
    examples, fold_of, fold, config, seed = task
    train_part = [e for i, e in enumerate(examples) if fold_of[i] != fold]
    test_idx = [i for i in range(len(examples)) if fold_of[i] == fold]
    model = ReplyCheckModel(train(train_part, config=Path(config), seed=seed), {})
    return list(zip(test_idx, model.probabilities([examples[i].text for i in test_idx]), strict=True))


def _final_task(task: tuple[list[Example], str, str, int | None]) -> None:
    examples, out, config, seed = task
    Path(out).mkdir(parents=True, exist_ok=True)
    train(examples, print, Path(config), seed).to_disk(out)


def out_of_fold(
    examples: Sequence[Example], out: Path | None, log: Log, config: Path = CONFIG
) -> list[dict[str, float]]:
    """Each example's probabilities from a model that never saw it; the folds (and the
    final model, when `out` is given) train in parallel processes, each seeded alike."""
    return _runs(examples, {None: out}, log, config)[None]


def _runs(
    examples: Sequence[Example], outs: dict[int | None, Path | None], log: Log, config: Path
) -> dict[int | None, list[dict[str, float]]]:
    """Each seed's out-of-fold probabilities (seed None: the config's), and each seed's final
    model written to its folder when one is given; all in one pool of FOLDS + 1 processes."""
    probs: dict[int | None, list[dict[str, float]]] = {seed: [{} for _ in examples] for seed in outs}
    members = len(outs) > 1
    with multiprocessing.get_context("fork").Pool(FOLDS + any(o is not None for o in outs.values())) as pool:
        finals = [
            pool.apply_async(_final_task, ((list(examples), str(out), str(config), seed),))
            for seed, out in outs.items()
            if out is not None
        ]
        tasks: list[FoldTask] = [
            (list(examples), fold_of, fold, str(config), seed)
            for seed, fold_of in ((seed, folds(examples, config, seed)) for seed in outs)
            for fold in range(FOLDS)
        ]
        for task, rows in zip(tasks, pool.imap(_fold_task, tasks), strict=True):
            seed, fold = task[4], task[2]
            log(f"{f'seed {seed} ' if members else ''}fold {fold + 1}/{FOLDS} done")
            for i, p in rows:
                probs[seed][i] = p
        for final in finals:
            final.get()
    return probs


def mean_probabilities(members: Sequence[Sequence[dict[str, float]]]) -> list[dict[str, float]]:
    """Per sentence, each label's mean probability over the members (an ensemble's reading)."""
    return [
        {label: sum(p[label] for p in rows) / len(rows) for label in rows[0]}
        for rows in zip(*members, strict=True)
    ]


def member_dir(seed: int) -> str:
    """The subfolder of an ensemble's member trained with `seed`."""
    return f"seed{seed}"


def parse_seeds(text: str) -> list[int]:
    seeds = [int(part) for part in text.split(",") if part.strip()]
    if len(seeds) < 2 or len(set(seeds)) != len(seeds):
        raise argparse.ArgumentTypeError("--seeds needs two or more distinct integers, e.g. 18,19,20")
    return seeds


def _trained(examples: Sequence[Example]) -> list[str]:
    """The categories the examples have (without --with-denial, not "denial")."""
    present = {e.label for e in examples}
    return [label for label in CATEGORIES if label in present]


def choose_thresholds(examples: Sequence[Example], probs: Sequence[dict[str, float]]) -> dict[str, float]:
    thresholds = {}
    allowed = int(FALSE_FLAG_SHARE * sum(1 for e in examples if e.label == OK))
    for label in _trained(examples):
        chosen = GRID[-1]
        for t in GRID:
            false_flags = sum(
                1 for e, p in zip(examples, probs, strict=True)
                if e.label == OK and _top(p) == label and p[label] >= t
            )
            if false_flags <= allowed:
                chosen = t
                break
        thresholds[label] = chosen
    return thresholds


def _top(p: dict[str, float]) -> str:
    return max((name for name in CATEGORIES if name in p), key=lambda name: p[name])


def report(examples: Sequence[Example], probs: Sequence[dict[str, float]],
           thresholds: dict[str, float], log: Log) -> dict[str, object]:
    """Out-of-fold recall per category and false flags on "ok" sentences."""
    table: dict[str, object] = {}
    for label in _trained(examples):
        rows = [(e, p) for e, p in zip(examples, probs, strict=True) if e.label == label]
        caught = sum(1 for _e, p in rows if _top(p) == label and p[label] >= thresholds[label])
        flagged = sum(1 for _e, p in rows if p[_top(p)] >= thresholds[_top(p)])
        table[label] = {"n": len(rows), "caught_as_category": caught, "flagged": flagged}
        log(f"  {label:<16} n={len(rows):>4}  as category {caught / len(rows):.2f}  "
            f"flagged {flagged / len(rows):.2f}  threshold {thresholds[label]}")
    ok = [p for e, p in zip(examples, probs, strict=True) if e.label == OK]
    false_flags = sum(1 for p in ok if p[_top(p)] >= thresholds[_top(p)])
    log(f"  ok sentences falsely flagged: {false_flags}/{len(ok)}")
    table["ok"] = {"n": len(ok), "falsely_flagged": false_flags}
    return table


def write_thresholds(folder: Path, thresholds: dict[str, float]) -> None:
    (folder / THRESHOLDS_FILE).write_text(
        json.dumps({"thresholds": thresholds}, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def config_name(config: Path) -> str:
    """How training.json names a config: its path in the repo (training/reply_check.cfg),
    or the path as given when it lies outside."""
    try:
        return config.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(config)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--config", type=Path, default=CONFIG, metavar="PATH",
                        help="the pipeline and training settings (default training/reply_check.cfg, the shipped model's)")
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--with-unshipped", action="store_true",
                        help="also the written files a retrain was measured with and not shipped")
    parser.add_argument("--with-written", action="append", default=[], metavar="FILE",
                        help="also this file of training/reply_check/ (e.g. written_wide_en.jsonl); repeatable")
    parser.add_argument("--with-blind-rounds", action="store_true",
                        help="also the replies of blind rounds 4 to --blind-rounds-through (reply_check_data.blind_rounds)")
    parser.add_argument("--with-denial", action="store_true",
                        help="also train the 'denial' label (18dn; shipped since 18alld, C_alld)")
    parser.add_argument("--blind-rounds-through", type=int, default=SHIPPED_THROUGH, metavar="N",
                        help=f"the last blind round read (default {SHIPPED_THROUGH}: the shipped model's; at most 94)")
    parser.add_argument("--seeds", type=parse_seeds, default=None, metavar="A,B,C",
                        help="train an ensemble: one model per seed (overriding the config's), in "
                             "OUT/seedN; thresholds on the mean out-of-fold probabilities")
    args = parser.parse_args(argv)
    config = args.config.resolve()
    if not config.is_file():
        parser.error(f"no config file {args.config}")
    t0 = time.perf_counter()
    located: Counter[str] = Counter()
    examples = dataset(
        include_unshipped=args.with_unshipped, extra_written=tuple(args.with_written),
        blind=args.with_blind_rounds, blind_through=args.blind_rounds_through, counts=located,
        denial=args.with_denial,
    )
    counts = Counter(f"{e.lang}:{e.label}" for e in examples)
    print(f"{len(examples)} sentences: {dict(sorted(counts.items()))}")
    if args.with_blind_rounds:
        print(f"blind rounds 4-{args.blind_rounds_through}, bad replies located: {dict(sorted(located.items()))}")
    print(f"config: {config_name(config)}")
    member_cv: dict[str, object] = {}
    member_thresholds: dict[int, dict[str, float]] = {}
    if args.seeds:
        print(f"ensemble of seeds {args.seeds}")
        runs = _runs(
            examples,
            {seed: None if args.cv_only else args.out / member_dir(seed) for seed in args.seeds},
            print, config,
        )
        for seed, member in runs.items():
            assert seed is not None  # every member was asked for by its seed
            print(f"member seed {seed} alone, out-of-fold with its own thresholds:")
            member_thresholds[seed] = choose_thresholds(examples, member)
            member_cv[str(seed)] = report(examples, member, member_thresholds[seed], print)
        probs = mean_probabilities(list(runs.values()))
    else:
        probs = out_of_fold(examples, None if args.cv_only else args.out, print, config)
    thresholds = choose_thresholds(examples, probs)
    print(f"out-of-fold ({FOLDS} folds) with the chosen thresholds:")
    cv = report(examples, probs, thresholds, print)
    if args.cv_only:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    if args.seeds:
        (args.out / ENSEMBLE_FILE).write_text(
            json.dumps({"members": [member_dir(seed) for seed in args.seeds]}, indent=2) + "\n",
            encoding="utf-8",
        )
    # Each member also gets its own out-of-fold thresholds: alone it is a single-model folder.
    for seed, own in member_thresholds.items():
        write_thresholds(args.out / member_dir(seed), own)
    write_thresholds(args.out, thresholds)
    meta = {
        "data": {
            "with_unshipped": args.with_unshipped,
            "with_written": args.with_written,
            "with_blind_rounds": args.with_blind_rounds,
            **({"with_denial": True} if args.with_denial else {}),
            **({"blind_rounds_through": args.blind_rounds_through} if args.with_blind_rounds else {}),
        },
        "sentences": len(examples),
        "by_language_and_label": dict(sorted(counts.items())),
        **({"seeds": args.seeds} if args.seeds else {"seed": int(settings(config)["seed"])}),
        "config": config_name(config),
        "cross_validation": cv,
        **({"members_cross_validation": member_cv} if args.seeds else {}),
    }
    (args.out / "training.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
