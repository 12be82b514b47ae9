"""Train the learned reply points: `python -m training.train_reply_points [--parts P1-P40]`.

Reads the labelled reviews of `training/reply_points.jsonl` (their texts from ../shared/data),
trains the classifier of `reply_points.cfg` on one fold of reviews left out at a time to get
out-of-fold probabilities, chooses each point's threshold on them against the composer without
the model (`choose_thresholds`), trains on every review and writes `resources/reply_points`
(the spaCy folder, thresholds.json, and training.json naming the parts it was trained on).
Seeded, fixed example order: two runs write the same model. `--cv-only` prints the figures and writes nothing; `--group source` leaves one source out
at a time instead (the honest figure for a business unlike any of ours; the thresholds it prints
are chosen on the same folds, so its figure is optimistic).

The mirror of the composer (`with_learned`) adds the model's points as `review_points` does: the
whole review's, then each clause that names a topic with no word of tone, read alone (18clause).
The shipped model was trained on parts P1-P40 (5,864 reviews) and then measured once on P41-P43
(docs/reply-composer.md, 18combo): `python -m training.train_reply_points --parts P1-P40` (about 3 minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from spacy.language import Language  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import fix_random_seed, load_config, load_model_from_config, minibatch  # noqa: E402
from thinc.api import Adam  # noqa: E402

from training.reply_points_data import (  # noqa: E402
    SAME,
    Score,
    data_present,
    parts_arg,
    read_labels,
    review_rows,
)
from workstation.replies.point_model import (  # noqa: E402
    LANGS,
    PIPE,
    POINTS,
    THRESHOLDS_FILE,
    PointModel,
    clause_topics,
    model_input,
    readable_clauses,
    with_additions,
    with_named,
)

CONFIG = Path(__file__).resolve().parent / "reply_points.cfg"
OUT = REPO / "resources" / "reply_points"
# Thresholds tried for each point; None: the point is never added by the model.
GRID: tuple[float | None, ...] = (None, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass(frozen=True, slots=True)
class Review:
    """A labelled review as training and the threshold choice see it."""

    id: str
    source: str
    stars: int | None
    lang: str
    input: str  # model_input: what the model reads
    gold: frozenset[str]  # the labelled complaints the model learns (POINTS' ids)
    complaints: tuple[str, ...]  # every labelled complaint (scored)
    praised: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Drafted:
    """The composer's points for a review without the model, and the clauses its learned reading
    would read (`point_model.readable_clauses`: topics named with no word of tone)."""

    complaints: tuple[str, ...]
    praised: tuple[str, ...]
    clauses: tuple[tuple[str, tuple[str, ...]], ...] = ()


def settings(config: Path = CONFIG) -> dict[str, float]:
    """The [training] section of `config`: seed, epochs, folds, the threshold choice's costs."""
    return dict(load_config(config)["training"])


def labelled_reviews(parts: Iterable[str] | None = None) -> list[Review]:
    """The labelled reviews of `parts` (all when None), in the label file's order."""
    wanted = set(parts) if parts is not None else None
    rows = review_rows()
    out = []
    for item in read_labels():
        if wanted is not None and item["part"] not in wanted:
            continue
        row = rows[str(item["id"])]
        complaints = tuple(str(c) for c in item["complaints"])  # type: ignore[attr-defined]
        out.append(Review(
            id=row["id"], source=row["source"], stars=int(row["stars"]), lang=row["lang"],
            input=model_input(row["text"], int(row["stars"]), row["lang"]),
            gold=frozenset(SAME.get(c, c) for c in complaints) & POINTS.keys(),
            complaints=complaints, praised=tuple(str(p) for p in item["praised"]),  # type: ignore[attr-defined]
        ))
    return out


def train(reviews: Sequence[Review], config: Path = CONFIG) -> Language:
    """A fresh pipeline of `config` trained on `reviews`, deterministically."""
    conf = settings(config)
    seed = int(conf["seed"])
    fix_random_seed(seed)
    nlp = load_model_from_config(load_config(config), auto_fill=True, validate=True)
    pipe = nlp.get_pipe(PIPE)
    for label in sorted(POINTS):
        pipe.add_label(label)  # type: ignore[attr-defined]
    data = [
        Example.from_dict(nlp.make_doc(r.input), {"cats": {label: float(label in r.gold) for label in sorted(POINTS)}})
        for r in reviews
    ]
    nlp.initialize(lambda: data)
    optimizer = Adam(float(conf["learn_rate"]))
    order = random.Random(seed)
    for _epoch in range(int(conf["epochs"])):
        order.shuffle(data)
        for batch in minibatch(data, size=int(conf["batch_size"])):
            nlp.update(batch, drop=float(conf["dropout"]), sgd=optimizer)
    return nlp


def fold_of(review: Review, group: str, folds: int, sources: Sequence[str]) -> int:
    """The review's fold: a hash of its id (stable whatever the file's order), or its source."""
    if group == "source":
        return sources.index(review.source)
    return zlib.crc32(review.id.encode()) % folds


@dataclass(frozen=True, slots=True)
class OutOfFold:
    """A review's probabilities from a model trained without its fold: the whole review's, and
    those of each clause its `Drafted.clauses` holds, in order."""

    review: dict[str, float]
    clauses: tuple[dict[str, float], ...] = ()


def out_of_fold(
    reviews: Sequence[Review],
    group: str,
    drafted: dict[str, Drafted] | None = None,
    config: Path = CONFIG,
    log: Callable[[str], None] = print,
) -> dict[str, OutOfFold]:
    """Each review's probabilities (and its clauses', given `drafted`) from a model trained
    without its fold."""
    folds = int(settings(config)["folds"])
    sources = sorted({r.source for r in reviews})
    of = [fold_of(r, group, folds, sources) for r in reviews]
    found: dict[str, OutOfFold] = {}
    for k in sorted(set(of)):
        held = [r for r, f in zip(reviews, of, strict=True) if f == k]
        model = PointModel(train([r for r, f in zip(reviews, of, strict=True) if f != k], config), {})
        for r, probs in zip(held, model.probabilities([r.input for r in held]), strict=True):
            clauses = drafted[r.id].clauses if drafted else ()
            inputs = [model_input(clause, r.stars, r.lang) for clause, _ in clauses]
            found[r.id] = OutOfFold(probs, tuple(model.probabilities(inputs)) if inputs else ())
        log(f"  fold {k + 1}: {len(held)} reviews scored")
    return found


def drafted_without_model(reviews: Sequence[Review]) -> dict[str, Drafted]:
    """What the composer answers and thanks for each review with the word lists alone (the
    analysis engine's reading, as `workstation reply suggest` and the window)."""
    from workstation.analysis.analyzer import Analyzer
    from workstation.replies import point_model
    from workstation.replies.complaints import review_points, toneless_topic_clauses
    from workstation.replies.model import ReviewInput
    from workstation.replies.triage import with_reading

    point_model.use_model(None)
    rows = review_rows()
    analyzer = Analyzer()
    out = {}
    for r in reviews:
        row = rows[r.id]
        stars = int(row["stars"])
        review = ReviewInput(id=r.id, text=row["text"], stars=stars, lang=row["lang"])
        points = review_points(with_reading(review, analyzer.analyze(row["text"], stars=stars, lang=row["lang"])))
        clauses = readable_clauses(toneless_topic_clauses(row["text"], stars, row["lang"])) if r.lang in LANGS else []
        out[r.id] = Drafted(
            points.complaints, points.praised, tuple((clause, tuple(topics)) for clause, topics in clauses)
        )
    return out


def with_learned(
    drafted: Drafted, stars: int | None, probabilities: OutOfFold, thresholds: dict[str, float]
) -> set[str]:
    """The composer's complaints once the model's points are added, as `review_points` adds them:
    the whole review's (`point_model.with_additions`), then the clauses' read alone (18clause)."""
    learned = frozenset(
        POINTS[label] for label, t in thresholds.items() if probabilities.review.get(label, 0.0) >= t
    )
    complaints = with_additions(learned, set(drafted.complaints), drafted.praised, stars)
    named = clause_topics(drafted.clauses, probabilities.clauses) - set(drafted.praised)
    return with_named(complaints, named)


def score(
    reviews: Sequence[Review], drafted: dict[str, Drafted], probs: dict[str, OutOfFold],
    thresholds: dict[str, float],
) -> Score:
    total = Score()
    for r in reviews:
        total.add(with_learned(drafted[r.id], r.stars, probs[r.id], thresholds), r.complaints, r.praised)
    return total


def choose_thresholds(
    reviews: Sequence[Review],
    drafted: dict[str, Drafted],
    probs: dict[str, OutOfFold],
    config: Path = CONFIG,
) -> dict[str, float]:
    """Per point, the threshold of `GRID` that best trades reviews answered in full against wrong
    apologies (`reply_points.cfg`'s costs), among those whose added points are right at least
    `added_precision_floor` of the time; coordinate ascent, two passes in a fixed order."""
    conf = settings(config)
    review_cost, point_cost = float(conf["false_review_cost"]), float(conf["false_point_cost"])
    floor = float(conf["added_precision_floor"])
    base = score(reviews, drafted, probs, {})

    def value(thresholds: dict[str, float]) -> float:
        s = score(reviews, drafted, probs, thresholds)
        added = s.said - base.said
        if added and (s.right - base.right) / added < floor:
            return float("-inf")
        return s.fully_answered - review_cost * s.with_false - point_cost * (s.said - s.right)

    chosen: dict[str, float] = {}
    best = value(chosen)
    for _pass in range(2):
        for label in sorted(POINTS):
            for t in GRID:
                trial = {k: v for k, v in chosen.items() if k != label}
                if t is not None:
                    trial[label] = t
                v = value(trial)
                if v > best + 1e-9:
                    best, chosen = v, trial
    return dict(sorted(chosen.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--parts", type=parts_arg, help="label parts to train on, e.g. P1-P17 (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validation, write nothing")
    parser.add_argument("--group", choices=("id", "source"), default="id", help="folds by review (default) or by source")
    args = parser.parse_args(argv)
    if not data_present():
        print("skipped: needs ../shared/data/reviews-dev.csv and reviews-more.csv beside the repo")
        return 2
    t0 = time.perf_counter()
    reviews = labelled_reviews(args.parts)
    print(f"{len(reviews)} labelled reviews; out-of-fold probabilities ({args.group} folds):")
    drafted = drafted_without_model(reviews)
    probs = out_of_fold(reviews, args.group, drafted)
    thresholds = choose_thresholds(reviews, drafted, probs)
    print(f"thresholds: {json.dumps(thresholds)}")
    print(f"  without the whole-review points (the clause reading on): {score(reviews, drafted, probs, {}).line()}")
    print(f"  with it (out of fold): {score(reviews, drafted, probs, thresholds).line()}")
    if args.cv_only or args.group != "id":
        print(f"nothing written ({time.perf_counter() - t0:.0f} s)")
        return 0
    nlp = train(reviews)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    (args.out / THRESHOLDS_FILE).write_text(json.dumps({"thresholds": thresholds}, indent=2) + "\n", encoding="utf-8")
    meta = {
        "purpose": "learned reply points (workstation/replies/point_model.py)",
        "parts": sorted({str(p) for p in args.parts} if args.parts else {str(i["part"]) for i in read_labels()},
                        key=lambda p: int(p[1:])),
        "labelled_reviews": len(reviews), "seed": int(settings()["seed"]),
    }
    (args.out / "training.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
