"""Hostile input stays linear: 100 kB pathological texts against ordinary text of the same size.

    python bench/robustness.py [--runs 3]

Each row times the reply checker + suggester (or the analyzer) on one 100 kB input made of a
single repeated unit (long runs of one character class are what makes a regex backtrack),
beside the same call on 100 kB of ordinary review text measured in the same run. A ratio
near 1 means the input costs no more than normal text; a quadratic regex shows as a ratio in
the tens or hundreds. These used to be timed asserts in tests/replies/test_bad_input.py and
tests/analysis/test_analysis_bad_input.py, which now check correctness only.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from timing import best  # noqa: E402

from workstation.analysis import Analyzer  # noqa: E402
from workstation.replies.checker import check_draft  # noqa: E402
from workstation.replies.library import load_library  # noqa: E402
from workstation.replies.model import ReviewInput  # noqa: E402
from workstation.replies.suggester import suggest  # noqa: E402

SIZE = 100_000
GOAL_RATIO = 3.0  # a hostile input may cost at most three times ordinary text
UNITS = ["9", "A", "é", "!", "?", "a@", "{", "[", ".", "1 ", "Ab ", "x."]
ORDINARY = "The waiter was rude and I got food poisoning, we waited 45 minutes for cold pizzas. "


def reply_assistant(text: str) -> None:
    library = load_library().templates
    check_draft(text, lang="fr", platform="google_business",
                review=ReviewInput(text=text, stars=1, lang="en"), previous_replies=[text[:999]])
    suggest(ReviewInput(text=text), library)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ordinary = (ORDINARY * (SIZE // len(ORDINARY) + 1))[:SIZE]
    analyzer = Analyzer()
    analyzer.analyze("warm-up")
    reply_assistant("warm-up")
    rows: list[tuple[str, float, float]] = []
    peer_reply = best(lambda: reply_assistant(ordinary), args.runs)
    for unit in UNITS:
        hostile = (unit * SIZE)[:SIZE]
        rows.append((f"reply check+suggest {unit!r}", best(partial(reply_assistant, hostile), args.runs), peer_reply))
    peer_analysis = best(lambda: analyzer.analyze(ordinary), args.runs)
    for unit in UNITS:
        hostile = (unit * SIZE)[:SIZE]
        rows.append((f"analyze {unit!r}", best(partial(analyzer.analyze, hostile), args.runs), peer_analysis))
    print(f"{'input (100 kB)':<30}{'hostile (s)':>12}{'ordinary (s)':>14}{'ratio':>8}")
    worst = 0.0
    for name, ours, peer in rows:
        ratio = ours / peer if peer else float("inf")
        worst = max(worst, ratio)
        print(f"{name:<30}{ours:>12.3f}{peer:>14.3f}{ratio:>8.2f}")
    print(f"worst ratio {worst:.2f} (goal ≤ {GOAL_RATIO:.0f}): {'met' if worst <= GOAL_RATIO else 'MISSED'}")


if __name__ == "__main__":
    main()
