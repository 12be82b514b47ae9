"""Choose the doubtful-tone threshold (checks/doubt.py) on seen data only.

Rounds 4-10 (blind_round6 ... blind_round12, read while the rules were written) and the
development drafts (check_cases, holdout); never rounds 11-12 (blind_round13/14) nor later
ones. For each T of the grid: bad replies flagged at all and good-reply runs warned (no
block), as `bench/replies.py` counts them. The rule (docs/reply-check-model.md, "A
doubtful-tone warning (18w)"): the T flagging the most bad replies of rounds 4-10 while their good runs warned rise
by at most 5 points, the lowest on a tie.

Run: .venv/bin/python bench/doubt_sweep.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.replies.blind_round6 import BLIND4_BAD, BLIND4_GOOD  # noqa: E402
from tests.replies.blind_round7 import BLIND5_BAD, BLIND5_GOOD  # noqa: E402
from tests.replies.blind_round8 import BLIND6_BAD, BLIND6_GOOD  # noqa: E402
from tests.replies.blind_round9 import BLIND7_BAD, BLIND7_GOOD  # noqa: E402
from tests.replies.blind_round10 import BLIND10_BAD, BLIND10_GOOD  # noqa: E402
from tests.replies.blind_round11 import BLIND11_BAD, BLIND11_GOOD  # noqa: E402
from tests.replies.blind_round12 import BLIND12_BAD, BLIND12_GOOD  # noqa: E402
from tests.replies.check_cases import TRIGGER, negatives  # noqa: E402
from tests.replies.evaluation import _SITUATIONAL  # noqa: E402
from tests.replies.holdout_cases import (  # noqa: E402
    HOLDOUT_CLEAN_NEGATIVE,
    HOLDOUT_CLEAN_POSITIVE,
    HOLDOUT_TRIGGER,
)
from workstation.replies.checker import CHECKS, check_draft  # noqa: E402
from workstation.replies.checks import doubt, learned  # noqa: E402
from workstation.replies.checks.base import CheckContext, fold  # noqa: E402
from workstation.replies.checks.concepts import fold_same_length  # noqa: E402
from workstation.replies.model import ReviewInput  # noqa: E402

SEEN = [
    (BLIND4_BAD, BLIND4_GOOD),
    (BLIND5_BAD, BLIND5_GOOD),
    (BLIND6_BAD, BLIND6_GOOD),
    (BLIND7_BAD, BLIND7_GOOD),
    (BLIND10_BAD, BLIND10_GOOD),
    (BLIND11_BAD, BLIND11_GOOD),
    (BLIND12_BAD, BLIND12_GOOD),
]
GRID = [1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.02] + [round(0.05 * i, 2) for i in range(1, 20)]
MAX_RISE_POINTS = 5.0
WORDING = (
    "categorical_denial", "defensive_tone", "personal_attack", "excessive_justification",
    "personal_data", "review_incentive", "intimidation", "sarcasm", "blames_employee", "shouting",
)

Row = tuple[bool, bool, bool, float]  # flagged, blocked, warned (no doubt), lowest adjusted P(ok)


def score(draft: str, lang: str, stars: int | None) -> Row:
    review = ReviewInput(lang=lang, stars=stars)
    base = check_draft(draft, lang=lang, platform="google_business", review=review, doubt_threshold=0.0)
    wording = [f for f in base if f.code not in _SITUATIONAL and f.severity.value != "hint"]
    ctx = CheckContext(draft=draft, text=fold(draft), lang=lang, folded=fold_same_length(draft))
    # Every uncovered sentence is a candidate at a bar just above 1; keep the most doubtful.
    doubted = doubt.doubtful_tone(ctx, base, threshold=1.000001, limit=1)
    probabilities = {s.start: p for s, p in learned.scored(draft)}
    lowest = min(
        (1.0 - doubt.doubt(ctx, f.start, f.end, probabilities[f.start]) for f in doubted),
        default=1.0,
    )
    blocked = any(f.severity.value == "block" for f in wording)
    warned = any(f.severity.value == "warn" for f in wording)
    return bool(wording), blocked, warned, lowest


def bad_rows(sets: list[dict[str, dict[str, list[str]]]]) -> list[Row]:
    return [
        score(d, lang, None)
        for bad in sets
        for by_lang in bad.values()
        for lang, drafts in by_lang.items()
        for d in drafts
    ]


def good_rows(sets: list[dict[str, list[str]]]) -> list[Row]:
    return [
        score(d, lang, stars)
        for good in sets
        for lang, drafts in good.items()
        for d in drafts
        for stars in (1, 5)
    ]


def table(name: str, bad: list[Row], good: list[Row]) -> dict[float, tuple[int, float]]:
    base_flag = sum(r[0] for r in bad)
    base_warn = sum((not r[1]) and r[2] for r in good)
    print(
        f"\n{name}: {len(bad)} bad, {len(good)} good runs; baseline flagged {base_flag}, "
        f"good warned {base_warn}"
    )
    print(f"{'T':>8}{'flagged':>9}{'+':>4}{'good warned':>13}{'+pts':>7}")
    out = {}
    for t in GRID:
        flag = sum(r[0] or r[3] < t for r in bad)
        warn = sum((not r[1]) and (r[2] or r[3] < t) for r in good)
        points = 100 * (warn - base_warn) / len(good)
        out[t] = (flag - base_flag, points)
        print(f"{t:>8g}{flag:>9}{flag - base_flag:>4}{warn:>13}{points:>7.1f}")
    return out


def main() -> int:
    seen = table(
        "rounds 4-10 (seen)",
        bad_rows([bad for bad, _ in SEEN]),
        good_rows([good for _, good in SEEN]),
    )
    allowed = [t for t in GRID if seen[t][1] <= MAX_RISE_POINTS]
    best = max(seen[t][0] for t in allowed)
    chosen = min(t for t in allowed if seen[t][0] == best)
    print(f"\nchosen T = {chosen:g} (+{best} flagged, good warned +{seen[chosen][1]:.1f} points)")
    dev_bad = [
        {c: TRIGGER[c] for c in WORDING if c in TRIGGER},
        {c: v for c, v in HOLDOUT_TRIGGER.items() if c in WORDING},
    ]
    dev_good = {
        lang: sorted(
            {d for c in CHECKS for d in negatives(c, lang)}
            | set(HOLDOUT_CLEAN_NEGATIVE.get(lang, []))
            | set(HOLDOUT_CLEAN_POSITIVE.get(lang, []))
        )
        for lang in ("en", "fr")
    }
    table(
        "development drafts (check_cases wording codes + holdout; good: every negative + holdout clean)",
        bad_rows(dev_bad),
        good_rows([dev_good]),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
