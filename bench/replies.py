"""Benchmark the reply assistant: check + suggest per review on 1k real reviews, the
checker's recall / false-positive rate on the hand-written labelled drafts and on the blind
sets of issue 18, and how often the first composed draft answers every labelled complaint.

Each blind set is scored twice: the hand-written rules alone, and rules + the trained sentence
classifier (docs/reply-check-model.md says which sets the classifier was trained on).

Run: .venv/bin/python bench/replies.py [--n 1000] [--coverage-only] [--triage-model DIR]
[--reply-check-model DIR] [--complaint-model DIR]
`--reply-check-model DIR` checks with the reply-check classifier of DIR (a folder written by
`training.train_reply_check --out DIR`) instead of resources/reply_check, to measure a retrain
before it is shipped.
`--triage-model DIR` drafts the coverage's default-engine row with the triage models of DIR
instead of resources/triage: a build of `training.train_triage --exclude-sources` without
HELD_OUT_SOURCES gives the honest held-out figure of the shipped pipeline.
`--complaint-model DIR` switches on the composer's learned complaint source (off: measured and not
kept, workstation/replies/complaint_model.py) with the model of DIR, a folder written by
`training.train_complaint_model --exclude-sources <HELD_OUT_SOURCES> --out DIR` (refused otherwise):
every row then drafts with it, and its held-out figure is honest.
Needs ../shared/data/reviews-dev.csv (and reviews-more.csv, severity-train.jsonl for the
coverage figure) beside the repo; skips clearly when absent.
Budget: check + suggest on one review <= 20 ms; the "ratio" column is time / budget.
"""

from __future__ import annotations

import argparse
import csv
import functools
import statistics
import sys
import time
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.replies.blind_round3 import BLIND1_BAD, BLIND1_GOOD  # noqa: E402
from tests.replies.blind_round4 import BLIND2_BAD, BLIND2_GOOD  # noqa: E402
from tests.replies.blind_round5 import BLIND3_BAD, BLIND3_GOOD  # noqa: E402
from tests.replies.blind_round6 import BLIND4_BAD, BLIND4_GOOD  # noqa: E402
from tests.replies.blind_round7 import BLIND5_BAD, BLIND5_GOOD  # noqa: E402
from tests.replies.blind_round8 import BLIND6_BAD, BLIND6_GOOD  # noqa: E402
from tests.replies.blind_round9 import BLIND7_BAD, BLIND7_GOOD  # noqa: E402
from tests.replies.blind_round10 import BLIND10_BAD, BLIND10_GOOD  # noqa: E402
from tests.replies.blind_round11 import BLIND11_BAD, BLIND11_GOOD  # noqa: E402
from tests.replies.blind_round12 import BLIND12_BAD, BLIND12_GOOD  # noqa: E402
from tests.replies.blind_round13 import BLIND13_BAD, BLIND13_GOOD  # noqa: E402
from tests.replies.blind_round14 import BLIND14_BAD, BLIND14_GOOD  # noqa: E402
from tests.replies.blind_round15 import BLIND15_BAD, BLIND15_GOOD  # noqa: E402
from tests.replies.blind_round16 import BLIND16_BAD, BLIND16_GOOD  # noqa: E402
from tests.replies.blind_round17 import BLIND17_BAD, BLIND17_GOOD  # noqa: E402
from tests.replies.blind_round18 import BLIND18_BAD, BLIND18_GOOD  # noqa: E402
from tests.replies.blind_round19 import BLIND19_BAD, BLIND19_GOOD  # noqa: E402
from tests.replies.blind_round20 import BLIND20_BAD, BLIND20_GOOD  # noqa: E402
from tests.replies.blind_round21 import BLIND21_BAD, BLIND21_GOOD  # noqa: E402
from tests.replies.blind_round22 import BLIND22_BAD, BLIND22_GOOD  # noqa: E402
from tests.replies.blind_round23 import BLIND23_BAD, BLIND23_GOOD  # noqa: E402
from tests.replies.blind_round24 import BLIND24_BAD, BLIND24_GOOD  # noqa: E402
from tests.replies.blind_round25 import BLIND25_BAD, BLIND25_GOOD  # noqa: E402
from tests.replies.blind_round26 import BLIND26_BAD, BLIND26_GOOD  # noqa: E402
from tests.replies.blind_round27 import BLIND27_BAD, BLIND27_GOOD  # noqa: E402
from tests.replies.blind_round28 import BLIND28_BAD, BLIND28_GOOD  # noqa: E402
from tests.replies.blind_round29 import BLIND29_BAD, BLIND29_GOOD  # noqa: E402
from tests.replies.blind_round30 import BLIND30_BAD, BLIND30_GOOD  # noqa: E402
from tests.replies.blind_round31 import BLIND31_BAD, BLIND31_GOOD  # noqa: E402
from tests.replies.blind_round32 import BLIND32_BAD, BLIND32_GOOD  # noqa: E402
from tests.replies.blind_round33 import BLIND33_BAD, BLIND33_GOOD  # noqa: E402
from tests.replies.blind_round34 import BLIND34_BAD, BLIND34_GOOD  # noqa: E402
from tests.replies.blind_round35 import BLIND35_BAD, BLIND35_GOOD  # noqa: E402
from tests.replies.blind_round36 import BLIND36_BAD, BLIND36_GOOD  # noqa: E402
from tests.replies.blind_round37 import BLIND37_BAD, BLIND37_GOOD  # noqa: E402
from tests.replies.blind_round38 import BLIND38_BAD, BLIND38_GOOD  # noqa: E402
from tests.replies.blind_round39 import BLIND39_BAD, BLIND39_GOOD  # noqa: E402
from tests.replies.blind_round40 import BLIND40_BAD, BLIND40_GOOD  # noqa: E402
from tests.replies.blind_round41 import BLIND41_BAD, BLIND41_GOOD  # noqa: E402
from tests.replies.blind_round42 import BLIND42_BAD, BLIND42_GOOD  # noqa: E402
from tests.replies.blind_round43 import BLIND43_BAD, BLIND43_GOOD  # noqa: E402
from tests.replies.blind_round44 import BLIND44_BAD, BLIND44_GOOD  # noqa: E402
from tests.replies.blind_round45 import BLIND45_BAD, BLIND45_GOOD  # noqa: E402
from tests.replies.blind_round46 import BLIND46_BAD, BLIND46_GOOD  # noqa: E402
from tests.replies.blind_round47 import BLIND47_BAD, BLIND47_GOOD  # noqa: E402
from tests.replies.blind_round48 import BLIND48_BAD, BLIND48_GOOD  # noqa: E402
from tests.replies.blind_round49 import BLIND49_BAD, BLIND49_GOOD  # noqa: E402
from tests.replies.blind_round50 import BLIND50_BAD, BLIND50_GOOD  # noqa: E402
from tests.replies.blind_round51 import BLIND51_BAD, BLIND51_GOOD  # noqa: E402
from tests.replies.blind_round52 import BLIND52_BAD, BLIND52_GOOD  # noqa: E402
from tests.replies.blind_round53 import BLIND53_BAD, BLIND53_GOOD  # noqa: E402
from tests.replies.blind_round54 import BLIND54_BAD, BLIND54_GOOD  # noqa: E402
from tests.replies.blind_round55 import BLIND55_BAD, BLIND55_GOOD  # noqa: E402
from tests.replies.blind_round56 import BLIND56_BAD, BLIND56_GOOD  # noqa: E402
from tests.replies.blind_round57 import BLIND57_BAD, BLIND57_GOOD  # noqa: E402
from tests.replies.blind_round58 import BLIND58_BAD, BLIND58_GOOD  # noqa: E402
from tests.replies.blind_round59 import BLIND59_BAD, BLIND59_GOOD  # noqa: E402
from tests.replies.blind_round60 import BLIND60_BAD, BLIND60_GOOD  # noqa: E402
from tests.replies.blind_round61 import BLIND61_BAD, BLIND61_GOOD  # noqa: E402
from tests.replies.blind_round62 import BLIND62_BAD, BLIND62_GOOD  # noqa: E402
from tests.replies.blind_round63 import BLIND63_BAD, BLIND63_GOOD  # noqa: E402
from tests.replies.blind_round64 import BLIND64_BAD, BLIND64_GOOD  # noqa: E402
from tests.replies.blind_round65 import BLIND65_BAD, BLIND65_GOOD  # noqa: E402
from tests.replies.blind_round66 import BLIND66_BAD, BLIND66_GOOD  # noqa: E402
from tests.replies.blind_round67 import BLIND67_BAD, BLIND67_GOOD  # noqa: E402
from tests.replies.blind_round68 import BLIND68_BAD, BLIND68_GOOD  # noqa: E402
from tests.replies.blind_round69 import BLIND69_BAD, BLIND69_GOOD  # noqa: E402
from tests.replies.blind_round70 import BLIND70_BAD, BLIND70_GOOD  # noqa: E402
from tests.replies.blind_round71 import BLIND71_BAD, BLIND71_GOOD  # noqa: E402
from tests.replies.blind_round72 import BLIND72_BAD, BLIND72_GOOD  # noqa: E402
from tests.replies.blind_round73 import BLIND73_BAD, BLIND73_GOOD  # noqa: E402
from tests.replies.blind_round74 import BLIND74_BAD, BLIND74_GOOD  # noqa: E402
from tests.replies.blind_round75 import BLIND75_BAD, BLIND75_GOOD  # noqa: E402
from tests.replies.blind_round76 import BLIND76_BAD, BLIND76_GOOD  # noqa: E402
from tests.replies.blind_round77 import BLIND77_BAD, BLIND77_GOOD  # noqa: E402
from tests.replies.blind_round78 import BLIND78_BAD, BLIND78_GOOD  # noqa: E402
from tests.replies.blind_round79 import BLIND79_BAD, BLIND79_GOOD  # noqa: E402
from tests.replies.blind_round80 import BLIND80_BAD, BLIND80_GOOD  # noqa: E402
from tests.replies.blind_round81 import BLIND81_BAD, BLIND81_GOOD  # noqa: E402
from tests.replies.blind_round82 import BLIND82_BAD, BLIND82_GOOD  # noqa: E402
from tests.replies.blind_round83 import BLIND83_BAD, BLIND83_GOOD  # noqa: E402
from tests.replies.blind_round84 import BLIND84_BAD, BLIND84_GOOD  # noqa: E402
from tests.replies.blind_round85 import BLIND85_BAD, BLIND85_GOOD  # noqa: E402
from tests.replies.blind_round86 import BLIND86_BAD, BLIND86_GOOD  # noqa: E402
from tests.replies.blind_round87 import BLIND87_BAD, BLIND87_GOOD  # noqa: E402
from tests.replies.blind_round88 import BLIND88_BAD, BLIND88_GOOD  # noqa: E402
from tests.replies.blind_round89 import BLIND89_BAD, BLIND89_GOOD  # noqa: E402
from tests.replies.blind_round90 import BLIND90_BAD, BLIND90_GOOD  # noqa: E402
from tests.replies.blind_round91 import BLIND91_BAD, BLIND91_GOOD  # noqa: E402
from tests.replies.blind_round92 import BLIND92_BAD, BLIND92_GOOD  # noqa: E402
from tests.replies.blind_round93 import BLIND93_BAD, BLIND93_GOOD  # noqa: E402
from tests.replies.blind_round94 import BLIND94_BAD, BLIND94_GOOD  # noqa: E402
from tests.replies.blind_round95 import BLIND95_BAD, BLIND95_GOOD  # noqa: E402
from tests.replies.blind_round96 import BLIND96_BAD, BLIND96_GOOD  # noqa: E402
from tests.replies.blind_round97 import BLIND97_BAD, BLIND97_GOOD  # noqa: E402
from tests.replies.blind_round98 import BLIND98_BAD, BLIND98_GOOD  # noqa: E402
from tests.replies.blind_round99 import BLIND99_BAD, BLIND99_GOOD  # noqa: E402
from tests.replies.blind_round100 import BLIND100_BAD, BLIND100_GOOD  # noqa: E402
from tests.replies.blind_round101 import BLIND101_BAD, BLIND101_GOOD  # noqa: E402
from tests.replies.blind_round102 import BLIND102_BAD, BLIND102_GOOD  # noqa: E402
from tests.replies.blind_round103 import BLIND103_BAD, BLIND103_GOOD  # noqa: E402
from tests.replies.blind_round104 import BLIND104_BAD, BLIND104_GOOD  # noqa: E402
from tests.replies.blind_round105 import BLIND105_BAD, BLIND105_GOOD  # noqa: E402
from tests.replies.blind_round106 import BLIND106_BAD, BLIND106_GOOD  # noqa: E402
from tests.replies.blind_round107 import BLIND107_BAD, BLIND107_GOOD  # noqa: E402
from tests.replies.blind_round108 import BLIND108_BAD, BLIND108_GOOD  # noqa: E402
from tests.replies.blind_round109 import BLIND109_BAD, BLIND109_GOOD  # noqa: E402
from tests.replies.blind_round110 import BLIND110_BAD, BLIND110_GOOD  # noqa: E402
from tests.replies.blind_round111 import BLIND111_BAD, BLIND111_GOOD  # noqa: E402
from tests.replies.blind_round112 import BLIND112_BAD, BLIND112_GOOD  # noqa: E402
from tests.replies.blind_round113 import BLIND113_BAD, BLIND113_GOOD  # noqa: E402
from tests.replies.blind_round114 import BLIND114_BAD, BLIND114_GOOD  # noqa: E402
from tests.replies.blind_round115 import BLIND115_BAD, BLIND115_GOOD  # noqa: E402
from tests.replies.blind_round116 import BLIND116_BAD, BLIND116_GOOD  # noqa: E402
from tests.replies.blind_round117 import BLIND117_BAD, BLIND117_GOOD  # noqa: E402
from tests.replies.blind_round118 import BLIND118_BAD, BLIND118_GOOD  # noqa: E402
from tests.replies.blind_round119 import BLIND119_BAD, BLIND119_GOOD  # noqa: E402
from tests.replies.blind_round120 import BLIND120_BAD, BLIND120_GOOD  # noqa: E402
from tests.replies.blind_round121 import BLIND121_BAD, BLIND121_GOOD  # noqa: E402
from tests.replies.blind_round122 import BLIND122_BAD, BLIND122_GOOD  # noqa: E402
from tests.replies.blind_round123 import BLIND123_BAD, BLIND123_GOOD  # noqa: E402
from tests.replies.blind_round124 import BLIND124_BAD, BLIND124_GOOD  # noqa: E402
from tests.replies.blind_round125 import BLIND125_BAD, BLIND125_GOOD  # noqa: E402
from tests.replies.blind_round126 import BLIND126_BAD, BLIND126_GOOD  # noqa: E402
from tests.replies.blind_round127 import BLIND127_BAD, BLIND127_GOOD  # noqa: E402
from tests.replies.blind_round128 import BLIND128_BAD, BLIND128_GOOD  # noqa: E402
from tests.replies.blind_round129 import BLIND129_BAD, BLIND129_GOOD  # noqa: E402
from tests.replies.blind_round130 import BLIND130_BAD, BLIND130_GOOD  # noqa: E402
from tests.replies.blind_round131 import BLIND131_BAD, BLIND131_GOOD  # noqa: E402
from tests.replies.blind_round132 import BLIND132_BAD, BLIND132_GOOD  # noqa: E402
from tests.replies.blind_round133 import BLIND133_BAD, BLIND133_GOOD  # noqa: E402
from tests.replies.blind_round134 import BLIND134_BAD, BLIND134_GOOD  # noqa: E402
from tests.replies.blind_round135 import BLIND135_BAD, BLIND135_GOOD  # noqa: E402
from tests.replies.blind_round136 import BLIND136_BAD, BLIND136_GOOD  # noqa: E402
from tests.replies.blind_round137 import BLIND137_BAD, BLIND137_GOOD  # noqa: E402
from tests.replies.blind_round138 import BLIND138_BAD, BLIND138_GOOD  # noqa: E402
from tests.replies.blind_round139 import BLIND139_BAD, BLIND139_GOOD  # noqa: E402
from tests.replies.blind_round140 import BLIND140_BAD, BLIND140_GOOD  # noqa: E402
from tests.replies.evaluation import (  # noqa: E402
    evaluate,
    evaluate_blind,
    evaluate_blind_severity,
    evaluate_holdout,
    table,
)
from workstation.replies.checker import check_draft  # noqa: E402
from workstation.replies.checks import doubt  # noqa: E402
from workstation.replies.checks.learned import shipped_model, use_model  # noqa: E402
from workstation.replies.complaints import ALIASES  # noqa: E402
from workstation.replies.drafting import draft_suggestions  # noqa: E402
from workstation.replies.library import load_library  # noqa: E402
from workstation.replies.model import (  # noqa: E402
    BUSINESS_KINDS,
    ReplyProfile,
    ReviewInput,
    Severity,
    Suggestion,
)
from workstation.replies.triage import with_reading  # noqa: E402

BUDGET_MS = 20.0
DATA = REPO.parent / "shared" / "data" / "reviews-dev.csv"
MORE = REPO.parent / "shared" / "data" / "reviews-more.csv"
LABELS = REPO.parent / "shared" / "data" / "severity-train.jsonl"
PLATFORMS = {
    "google": "google_business",
    "play": "google_play",
    "google_play": "google_play",
    "trustpilot": "trustpilot",
    "tripadvisor": "tripadvisor",
    "yelp": "yelp",
}


def load_reviews(n: int) -> list[ReviewInput]:
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # Take EN and FR alternately so both languages are measured.
    by_lang: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_lang[row["lang"]].append(row)
    mixed = [r for pair in zip(by_lang["en"], by_lang["fr"], strict=False) for r in pair]
    out = []
    for row in mixed[:n]:
        stars = int(row["stars"]) if row["stars"].isdigit() else None
        # The CSV has no author names; a fixed one stands in so {first_name} gets filled.
        out.append(
            ReviewInput(
                id=row["id"],
                text=row["text"],
                stars=stars,
                lang=row["lang"],
                author="Alex",
                platform=PLATFORMS.get(row["platform"], row["platform"] or None),
                location=row.get("source") or None,
                business="Le Bistrot",
            )
        )
    return out


def bench(reviews: list[ReviewInput], *, recent_n: int, posted_n: int) -> None:
    library = load_library().templates
    profile = ReplyProfile(signature="Claire, Le Bistrot", contact="contact@bistrot.example")
    recent: dict[tuple[str | None, str | None], deque[str]] = defaultdict(
        lambda: deque(maxlen=recent_n)
    )
    posted: deque[str] = deque(maxlen=posted_n)  # replies already posted (near-duplicate check)
    times: list[float] = []
    peer: list[float] = []  # the same drafts checked by the rules alone (same run, same load)
    flagged: Counter[str] = Counter()
    for review in reviews:
        key = (review.location, review.platform)
        t0 = time.perf_counter()
        best = draft_suggestions(
            review,
            library,
            recent_ids=list(recent[key]),
            profile=profile,
            previous_replies=list(posted),
        )
        t1 = time.perf_counter()
        found = check_draft(
            best[0].text,
            lang=review.lang or "en",
            review=review,
            previous_replies=list(posted),
            own_contacts=[profile.contact or ""],
        )
        t2 = time.perf_counter()
        check_draft(
            best[0].text,
            lang=review.lang or "en",
            review=review,
            previous_replies=list(posted),
            own_contacts=[profile.contact or ""],
            model=False,
        )
        t3 = time.perf_counter()
        times.append((t2 - t0) * 1000)
        peer.append((t1 - t0 + t3 - t2) * 1000)
        recent[key].appendleft(best[0].template_id)
        posted.append(best[0].text)
        for f in found:
            if f.severity is not Severity.HINT:
                flagged[f.code] += 1
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    rows = [
        ("median", statistics.median(times)),
        ("mean", statistics.fmean(times)),
        ("p95", p95),
        ("max", times[-1]),
    ]
    print(
        f"\ncheck (rules + classifier) + suggest per review, {len(times)} real reviews "
        f"({Counter(r.lang for r in reviews)})"
    )
    print(f"{'stat':<8}{'ms':>9}{'budget':>9}{'ratio':>8}")
    for name, value in rows:
        print(f"{name:<8}{value:>9.2f}{BUDGET_MS:>9.1f}{value / BUDGET_MS:>8.2f}")
    print(
        f"peer in the same run, rules alone + suggest: median {statistics.median(peer):.2f} ms; "
        f"with the classifier / without: {statistics.median(times) / statistics.median(peer):.2f}"
    )
    total = sum(flagged.values())
    print(
        f"rotation: last {recent_n} template ids per (location, platform); near-duplicate "
        f"check against the last {posted_n} posted replies"
    )
    print(
        f"block/warn findings on the top suggestion posted unedited: {total} "
        f"({dict(flagged) if flagged else 'none'})"
    )


# Sources whose labelled reviews were never read while writing the reply assistant's complaint
# cues (workstation/replies/complaint_cues.py) nor used to choose its star limits: the
# held-out figure. The cues were written from the other sources' reviews ("dev").
HELD_OUT_SOURCES = frozenset(
    {"trustpilot-en-food-brands", "google-maps-fr-job-agency", "booking-fr-paris-hotels"}
)
SEVERITY = frozenset(
    {"health_safety", "minors_safety", "fraud_billing", "discrimination", "staff_behaviour",
     "legal_threat", "escalation"}
)


def _judged(first: Suggestion, wanted: list[str]) -> tuple[bool, set[str]]:
    """A first draft against a review's labelled categories: does it answer every one within
    1,500 characters, and which severity categories does it answer that were not labelled."""
    answered = set(first.addresses)
    return set(wanted) <= answered and len(first.text) <= 1500, (answered & SEVERITY) - set(wanted)


def coverage(platform: str | None, triage_model: Path | None = None) -> None:
    """Share of labelled reviews whose first draft answers every labelled category, and how
    often a draft answers a category the review was not labelled with ("false-addressed").

    Three inputs: the labels themselves given as categories (what the composer does with a
    perfect triage), the app's analysis engine's categories and topics as the app passes them
    (the real pipeline: the window, `reply suggest` and its batch mode all draft this way), and
    the reply assistant's own keyword fallback on the bare text. The engine runs twice: rules
    only (the honest held-out row: nothing in it learned these labels) and the default decider
    (its model was trained on every labelled review, held-out sources included, so its
    held-out row is contaminated and only shows what the app does). Each is reported on the
    held-out sources (HELD_OUT_SOURCES) and on the development sources the complaint cues were
    written from. Caveat on every row: the engine's rules were built with this whole file in
    view, so even the held-out row is optimistic about the engine's part.
    With `triage_model` (a folder trained without HELD_OUT_SOURCES), the default row uses
    it and is labelled so: its held-out figure is then not contaminated by the model.
    False-addressed counts only the seven severity categories (the labels say nothing of
    topics such as the wait or the food), over every review of the part, labelled or not.
    Under each row, the labelled categories its first drafts leave unanswered, counted
    ("given" when the triage passed the category and the draft still left it out).
    """
    import json

    from workstation.analysis.analyzer import Analyzer

    texts: dict[str, dict[str, str]] = {}
    for path in (DATA, MORE):
        with path.open(encoding="utf-8") as fh:
            texts.update({row["id"]: row for row in csv.DictReader(fh)})
    labelled = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] in texts:
            labelled.append((texts[item["id"]], [ALIASES.get(c, c) for c in item["categories"]]))
    analyzer = Analyzer(triage=_held_out_triage(triage_model)) if triage_model else Analyzer()
    default_mode = "engine, default, trained without held-out" if triage_model else "engine, default"
    # The default engine blends a model trained on every labelled review of this file, the
    # held-out sources included, so its held-out row measures the finder on reviews the
    # engine has already learned. The rules-only engine did not learn them: that row is the
    # held-out figure to quote for the complaint finder.
    rules_analyzer = Analyzer(decider="rules")
    profile = ReplyProfile(signature="Claire", contact="contact@shop.example")
    modes = ("labels given", "engine, rules", default_mode, "text only")
    parts = ("held-out", "dev")
    ok: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    false_by: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    missed_by: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    longest: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row, wanted in labelled:
        part = "held-out" if row["source"] in HELD_OUT_SOURCES else "dev"
        totals[part] += 1
        sizes[part] += bool(wanted)
        stars = int(row["stars"]) if row["stars"].isdigit() else None
        base = ReviewInput(
            id=row["id"], text=row["text"], stars=stars, lang=row["lang"], platform=platform
        )
        inputs = {
            "labels given": ReviewInput(**{**_fields(base), "categories": tuple(wanted)}),
            "engine, rules": with_reading(base, rules_analyzer.analyze(row["text"], stars=stars, lang=row["lang"])),
            default_mode: with_reading(base, analyzer.analyze(row["text"], stars=stars, lang=row["lang"])),
            "text only": base,
        }
        for mode, review in inputs.items():
            if mode == "labels given" and not wanted:
                continue  # nothing to give: the row only counts for false-addressed
            first = draft_suggestions(review, profile=profile)[0]
            longest[mode] = max(longest[mode], len(first.text))
            answers_all, extra = _judged(first, wanted)
            if mode != "labels given":
                false[(part, mode)] += bool(extra)
                false_by[(part, mode)].update(extra)
            if wanted:
                ok[(part, mode)] += answers_all
                # Counts only: a category the draft leaves out, and whether the triage had
                # passed it to the composer ("given") or not even found it.
                missed_by[(part, mode)].update(
                    f"{c}{' (given)' if c in review.categories else ''}"
                    for c in set(wanted) - set(first.addresses)
                )
    print(
        f"\nfirst draft answers every labelled complaint (severity-train.jsonl, platform "
        f"{platform or 'none (1,500-char cap)'}); false-addressed = reviews whose draft answers "
        f"a severity category they were not labelled with"
    )
    if triage_model:
        print(
            f"  '{default_mode}': the shipped decider ({analyzer.decider}) with the triage models "
            f"of {triage_model}, trained without the held-out sources ({', '.join(sorted(HELD_OUT_SOURCES))})"
        )
    else:
        print(
            "  'engine, default': resources/triage, trained on every labelled review: its held-out "
            "row is contaminated (use --triage-model for the honest figure)"
        )
    for part in parts:
        n = sizes[part]
        print(f"  {part} sources: {n} labelled reviews with a category, {totals[part]} reviews in all")
        for mode in modes:
            line = f"    {mode:<42} {ok[(part, mode)]:>5}/{n} = {ok[(part, mode)] / n:.3f}"
            if mode != "labels given":
                worst = ", ".join(f"{c} {k}" for c, k in false_by[(part, mode)].most_common(3))
                line += (
                    f"   false-addressed {false[(part, mode)]}/{totals[part]} = "
                    f"{false[(part, mode)] / totals[part]:.3f} ({worst})"
                )
            print(line)
            missed = ", ".join(f"{c} {k}" for c, k in missed_by[(part, mode)].most_common())
            print(f"      labelled categories left unanswered: {missed or 'none'}")
    print("  longest first draft: " + ", ".join(f"{m} {longest[m]}" for m in modes))


# The kind of business each source of test sets 17x, 17y, 17z and 17w is (its key's first word, after
# the fetch prefix of 17y and 17z: "y1-" … "z5-").
EXTERNAL_KINDS = {"bank": "services", "hotel": "hotel", "resto": "restaurant", "fastfood": "restaurant",
                  "foodapp": "online", "rest": "restaurant", "cafe": "restaurant", "airline": "services",
                  "telecom": "services", "ins": "services", "petins": "services", "finserv": "services",
                  "bankbranch": "services", "themepark": "services", "rental": "hotel",
                  "restaurant": "restaurant", "foodtruck": "restaurant", "coffeeshop": "restaurant",
                  "bakery": "shop", "localbiz": "services", "diy": "shop", "eshop": "online", "sport": "shop",
                  "fooddel": "online", "gym": "services", "attraction": "services", "vet": "services",
                  "multi": "online", "cinema": "services", "doctor": "services", "hospital": "services",
                  "market": "shop", "museum": "services", "shop": "shop", "taxi": "services", "zoo": "services",
                  "bar": "restaurant", "bnb": "hotel"}


def external_kind(source: str) -> str:
    """The kind of business of an external test set's source key ("y2-airline-en-skytrax"); a
    written set's source ("written-hotel-fr", gen1) by the kind it names, else "services": the
    care sets' practices ("written-dentist-en") are taken as what a practice picks today when no
    kind fits it better (`--profile-kinds` compares others)."""
    words = source.split("-")
    if words[0] == "written":
        return EXTERNAL_KINDS.get(words[1], "services")
    fetch_prefix = len(words[0]) == 2 and words[0][0] in "yz" and words[0][1].isdigit()
    return EXTERNAL_KINDS[words[1] if fetch_prefix else words[0]]


def external_coverage(name: str = "17x", kinds: Sequence[str] = ()) -> None:
    """The coverage measure on an external test set (bench/triage_external.py; 17x: real reviews
    of banks, fast food, ordering apps, French restaurants and hotels, English hotels; 17y:
    airlines, telecom, insurers, bank branches, cafés, restaurants; 17z: restaurants, gyms, shops,
    a bakery, a food-delivery app, local businesses; 17w: doctors, ride-hailing apps, a cinema,
    a boutique, leisure, hotels, restaurants in French; labelled with the severity
    categories by the guide, never trained or tuned on): the first draft, for the source's kind
    of business, answers every labelled category, within 1,500 characters. Both engines are
    honest here: neither the rules nor the models saw these reviews.

    The written care sets (care1, care2, care3: bench/triage_external.py WRITTEN_SETS) are read
    the same way. With `kinds`, every review is drafted once per kind of business named (the
    same analysis for all), one table per kind, instead of the source's own kind: "services"
    against "care" shows what a health practice gains by choosing its own kind."""
    sys.path.insert(0, str(REPO / "bench"))
    import triage_external

    from workstation.analysis.analyzer import Analyzer

    cache, labels = {**triage_external.EXTERNAL_SETS, **triage_external.WRITTEN_SETS}[name]
    if not (cache.exists() and labels.exists()):
        print(f"skipped: {cache} not found (the local cache of test set {name})")
        return
    rows = triage_external.labelled_rows(triage_external.load_external(cache), labels)
    engines = {"engine, default": Analyzer(), "engine, rules": Analyzer(decider="rules")}
    modes = ("labels given", *engines)
    read: list[tuple[str, list[str], dict[str, ReviewInput]]] = []
    for review, categories in rows:
        wanted = [ALIASES.get(c, c) for c in sorted(categories)]
        base = ReviewInput(id=review.id, text=review.text, stars=review.stars, lang=review.lang)
        inputs = {"labels given": ReviewInput(**{**_fields(base), "categories": tuple(wanted)})}
        for mode, analyzer in engines.items():
            inputs[mode] = with_reading(base, analyzer.analyze(review.text, stars=review.stars, lang=review.lang))
        read.append((review.source, wanted, inputs))
    for kind in kinds or (None,):
        _external_table(name, kind, modes, read)


def _external_table(
    name: str, kind: str | None, modes: Sequence[str], read: list[tuple[str, list[str], dict[str, ReviewInput]]]
) -> None:
    """One coverage table of `external_coverage`: every review drafted for `kind` (None: the
    source's own kind), from the inputs already read."""
    ok: Counter[tuple[str, str]] = Counter()
    false: Counter[tuple[str, str]] = Counter()
    missed: dict[str, Counter[str]] = defaultdict(Counter)
    labelled: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for source, wanted, inputs in read:
        profile = ReplyProfile(signature="Claire", contact="contact@shop.example",
                               kind=kind or external_kind(source))
        for part in (source, "all"):
            totals[part] += 1
            labelled[part] += bool(wanted)
        for mode, given in inputs.items():
            if mode == "labels given" and not wanted:
                continue
            first = draft_suggestions(given, profile=profile)[0]
            answers_all, extra = _judged(first, wanted)
            for part in (source, "all"):
                if wanted:
                    ok[(part, mode)] += answers_all
                if mode != "labels given":
                    false[(part, mode)] += bool(extra)
            if wanted:
                missed[mode].update(set(wanted) - set(first.addresses))
    drafted_for = f"every review drafted for kind {kind!r}" if kind else "kind of business per source"
    print(f"\nfirst draft answers every labelled complaint on test set {name} ({drafted_for}; "
          "cells: all answered / labelled with a category, then false-addressed / reviews)")
    print(f"  {'source':<26}" + "".join(f"{m:>28}" for m in modes))
    for part in [*sorted(p for p in totals if p != "all"), "all"]:
        cells = []
        for mode in modes:
            cell = f"{ok[(part, mode)]}/{labelled[part]}"
            if mode != "labels given":
                cell += f", {false[(part, mode)]}/{totals[part]}"
            cells.append(f"{cell:>28}")
        print(f"  {part:<26}" + "".join(cells))
    for mode in modes:
        print(f"  {mode}: labelled categories left unanswered: "
              + (", ".join(f"{c} {k}" for c, k in missed[mode].most_common()) or "none"))


ROUNDS = {
    "round 1 (blind_round3.py, trained on)": (BLIND1_BAD, BLIND1_GOOD),
    "round 2 (blind_round4.py, trained on)": (BLIND2_BAD, BLIND2_GOOD),
    "round 3 (blind_round5.py, trained on)": (BLIND3_BAD, BLIND3_GOOD),
    "round 4 (blind_round6.py, seen by structural)": (BLIND4_BAD, BLIND4_GOOD),
    "round 5 (blind_round7.py, seen by structural)": (BLIND5_BAD, BLIND5_GOOD),
    "round 6 (blind_round8.py, seen by rules 2bac464)": (BLIND6_BAD, BLIND6_GOOD),
    "round 7 (blind_round9.py, seen by rules 57de240)": (BLIND7_BAD, BLIND7_GOOD),
    "round 8 (blind_round10.py, seen by 18l)": (BLIND10_BAD, BLIND10_GOOD),
    "round 9 (blind_round11.py, seen by 18l)": (BLIND11_BAD, BLIND11_GOOD),
    "round 10 (blind_round12.py, seen by 18n)": (BLIND12_BAD, BLIND12_GOOD),
    "round 11 (blind_round13.py, measured once after 18n)": (BLIND13_BAD, BLIND13_GOOD),
    "round 12 (blind_round14.py, blind: independent writer)": (BLIND14_BAD, BLIND14_GOOD),
    "round 13 (blind_round15.py, blind: independent writer)": (BLIND15_BAD, BLIND15_GOOD),
    "round 14 (blind_round16.py, blind: independent writer)": (BLIND16_BAD, BLIND16_GOOD),
    "round 15 (blind_round17.py, used by 18fb)": (BLIND17_BAD, BLIND17_GOOD),
    "round 16 (blind_round18.py, used by 18fb2)": (BLIND18_BAD, BLIND18_GOOD),
    "round 17 (blind_round19.py, used by 18fb2)": (BLIND19_BAD, BLIND19_GOOD),
    "round 18 (blind_round20.py, blind: independent writer)": (BLIND20_BAD, BLIND20_GOOD),
    "round 19 (blind_round21.py, used by 18fb3)": (BLIND21_BAD, BLIND21_GOOD),
    "round 20 (blind_round22.py, used by 18fb3)": (BLIND22_BAD, BLIND22_GOOD),
    "round 21 (blind_round23.py, blind: independent writer)": (BLIND23_BAD, BLIND23_GOOD),
    "round 22 (blind_round24.py, blind: independent writer)": (BLIND24_BAD, BLIND24_GOOD),
    "round 23 (blind_round25.py, blind: independent writer)": (BLIND25_BAD, BLIND25_GOOD),
    "round 24 (blind_round26.py, used by 18fb4)": (BLIND26_BAD, BLIND26_GOOD),
    "round 25 (blind_round27.py, used by 18fb4)": (BLIND27_BAD, BLIND27_GOOD),
    "round 26 (blind_round28.py, blind: independent writer)": (BLIND28_BAD, BLIND28_GOOD),
    "round 27 (blind_round29.py, blind: independent writer)": (BLIND29_BAD, BLIND29_GOOD),
    "round 28 (blind_round30.py, blind: independent writer)": (BLIND30_BAD, BLIND30_GOOD),
    "round 29 (blind_round31.py, blind: independent writer)": (BLIND31_BAD, BLIND31_GOOD),
    "round 30 (blind_round32.py, blind: independent writer)": (BLIND32_BAD, BLIND32_GOOD),
    "round 31 (blind_round33.py, blind: independent writer)": (BLIND33_BAD, BLIND33_GOOD),
    "round 32 (blind_round34.py, blind: independent writer)": (BLIND34_BAD, BLIND34_GOOD),
    "round 33 (blind_round35.py, blind: independent writer)": (BLIND35_BAD, BLIND35_GOOD),
    "round 34 (blind_round36.py, blind: independent writer)": (BLIND36_BAD, BLIND36_GOOD),
    "round 35 (blind_round37.py, blind: independent writer)": (BLIND37_BAD, BLIND37_GOOD),
    "round 36 (blind_round38.py, blind: independent writer)": (BLIND38_BAD, BLIND38_GOOD),
    "round 37 (blind_round39.py, blind: independent writer)": (BLIND39_BAD, BLIND39_GOOD),
    "round 38 (blind_round40.py, blind: independent writer)": (BLIND40_BAD, BLIND40_GOOD),
    "round 39 (blind_round41.py, blind: independent writer)": (BLIND41_BAD, BLIND41_GOOD),
    "round 40 (blind_round42.py, blind: independent writer)": (BLIND42_BAD, BLIND42_GOOD),
    "round 41 (blind_round43.py, blind: independent writer)": (BLIND43_BAD, BLIND43_GOOD),
    "round 42 (blind_round44.py, blind: independent writer)": (BLIND44_BAD, BLIND44_GOOD),
    "round 43 (blind_round45.py, blind: independent writer)": (BLIND45_BAD, BLIND45_GOOD),
    "round 44 (blind_round46.py, blind: independent writer)": (BLIND46_BAD, BLIND46_GOOD),
    "round 45 (blind_round47.py, blind: independent writer)": (BLIND47_BAD, BLIND47_GOOD),
    "round 46 (blind_round48.py, blind: independent writer)": (BLIND48_BAD, BLIND48_GOOD),
    "round 47 (blind_round49.py, blind: independent writer)": (BLIND49_BAD, BLIND49_GOOD),
    "round 48 (blind_round50.py, blind: independent writer)": (BLIND50_BAD, BLIND50_GOOD),
    "round 49 (blind_round51.py, blind: independent writer)": (BLIND51_BAD, BLIND51_GOOD),
    "round 50 (blind_round52.py, blind: independent writer)": (BLIND52_BAD, BLIND52_GOOD),
    "round 51 (blind_round53.py, used by 18fb8)": (BLIND53_BAD, BLIND53_GOOD),
    "round 52 (blind_round54.py, used by 18fb8)": (BLIND54_BAD, BLIND54_GOOD),
    "round 53 (blind_round55.py, used by 18fb9)": (BLIND55_BAD, BLIND55_GOOD),
    "round 54 (blind_round56.py, used by 18fb9)": (BLIND56_BAD, BLIND56_GOOD),
    "round 55 (blind_round57.py, blind: independent writer)": (BLIND57_BAD, BLIND57_GOOD),
    "round 56 (blind_round58.py, blind: independent writer)": (BLIND58_BAD, BLIND58_GOOD),
    "round 57 (blind_round59.py, blind: independent writer)": (BLIND59_BAD, BLIND59_GOOD),
    "round 58 (blind_round60.py, blind: independent writer)": (BLIND60_BAD, BLIND60_GOOD),
    "round 59 (blind_round61.py, blind: independent writer)": (BLIND61_BAD, BLIND61_GOOD),
    "round 60 (blind_round62.py, blind: independent writer)": (BLIND62_BAD, BLIND62_GOOD),
    "round 61 (blind_round63.py, blind: independent writer)": (BLIND63_BAD, BLIND63_GOOD),
    "round 62 (blind_round64.py, blind: independent writer)": (BLIND64_BAD, BLIND64_GOOD),
    "round 63 (blind_round65.py, blind: independent writer)": (BLIND65_BAD, BLIND65_GOOD),
    "round 64 (blind_round66.py, blind: independent writer)": (BLIND66_BAD, BLIND66_GOOD),
    "round 65 (blind_round67.py, blind: independent writer)": (BLIND67_BAD, BLIND67_GOOD),
    "round 66 (blind_round68.py, blind: independent writer)": (BLIND68_BAD, BLIND68_GOOD),
    "round 67 (blind_round69.py, blind: independent writer)": (BLIND69_BAD, BLIND69_GOOD),
    "round 68 (blind_round70.py, blind: independent writer)": (BLIND70_BAD, BLIND70_GOOD),
    "round 69 (blind_round71.py, blind: independent writer)": (BLIND71_BAD, BLIND71_GOOD),
    "round 70 (blind_round72.py, blind: independent writer)": (BLIND72_BAD, BLIND72_GOOD),
    "round 71 (blind_round73.py, blind: independent writer)": (BLIND73_BAD, BLIND73_GOOD),
    "round 72 (blind_round74.py, blind: independent writer)": (BLIND74_BAD, BLIND74_GOOD),
    "round 73 (blind_round75.py, blind: independent writer)": (BLIND75_BAD, BLIND75_GOOD),
    "round 74 (blind_round76.py, blind: independent writer)": (BLIND76_BAD, BLIND76_GOOD),
    "round 75 (blind_round77.py, used by 18fb15)": (BLIND77_BAD, BLIND77_GOOD),
    "round 76 (blind_round78.py, used by 18fb15)": (BLIND78_BAD, BLIND78_GOOD),
    "round 77 (blind_round79.py, used by 18fb15)": (BLIND79_BAD, BLIND79_GOOD),
    "round 78 (blind_round80.py, used by 18fb15)": (BLIND80_BAD, BLIND80_GOOD),
    "round 79 (blind_round81.py, blind: independent writer)": (BLIND81_BAD, BLIND81_GOOD),
    "round 80 (blind_round82.py, blind: independent writer)": (BLIND82_BAD, BLIND82_GOOD),
    "round 81 (blind_round83.py, blind: independent writer)": (BLIND83_BAD, BLIND83_GOOD),
    "round 82 (blind_round84.py, blind: independent writer)": (BLIND84_BAD, BLIND84_GOOD),
    "round 83 (blind_round85.py, blind: independent writer)": (BLIND85_BAD, BLIND85_GOOD),
    "round 84 (blind_round86.py, blind: independent writer)": (BLIND86_BAD, BLIND86_GOOD),
    "round 85 (blind_round87.py, blind: independent writer)": (BLIND87_BAD, BLIND87_GOOD),
    "round 86 (blind_round88.py, blind: independent writer)": (BLIND88_BAD, BLIND88_GOOD),
    "round 87 (blind_round89.py, blind: independent writer)": (BLIND89_BAD, BLIND89_GOOD),
    "round 88 (blind_round90.py, blind: independent writer)": (BLIND90_BAD, BLIND90_GOOD),
    "round 89 (blind_round91.py, blind: independent writer)": (BLIND91_BAD, BLIND91_GOOD),
    "round 90 (blind_round92.py, blind: independent writer)": (BLIND92_BAD, BLIND92_GOOD),
    "round 91 (blind_round93.py, blind: independent writer)": (BLIND93_BAD, BLIND93_GOOD),
    "round 92 (blind_round94.py, blind: independent writer)": (BLIND94_BAD, BLIND94_GOOD),
    "round 93 (blind_round95.py, blind: independent writer)": (BLIND95_BAD, BLIND95_GOOD),
    "round 94 (blind_round96.py, blind: independent writer)": (BLIND96_BAD, BLIND96_GOOD),
    "round 95 (blind_round97.py, blind: independent writer)": (BLIND97_BAD, BLIND97_GOOD),
    "round 96 (blind_round98.py, blind: independent writer)": (BLIND98_BAD, BLIND98_GOOD),
    "round 97 (blind_round99.py, blind: independent writer)": (BLIND99_BAD, BLIND99_GOOD),
    "round 98 (blind_round100.py, blind: independent writer)": (BLIND100_BAD, BLIND100_GOOD),
    "round 99 (blind_round101.py, blind: independent writer)": (BLIND101_BAD, BLIND101_GOOD),
    "round 100 (blind_round102.py, blind: independent writer)": (BLIND102_BAD, BLIND102_GOOD),
    "round 101 (blind_round103.py, blind: independent writer)": (BLIND103_BAD, BLIND103_GOOD),
    "round 102 (blind_round104.py, blind: independent writer)": (BLIND104_BAD, BLIND104_GOOD),
    "round 103 (blind_round105.py, blind: independent writer)": (BLIND105_BAD, BLIND105_GOOD),
    "round 104 (blind_round106.py, blind: independent writer)": (BLIND106_BAD, BLIND106_GOOD),
    "round 105 (blind_round107.py, blind: independent writer)": (BLIND107_BAD, BLIND107_GOOD),
    "round 106 (blind_round108.py, blind: independent writer)": (BLIND108_BAD, BLIND108_GOOD),
    "round 107 (blind_round109.py, blind: independent writer)": (BLIND109_BAD, BLIND109_GOOD),
    "round 108 (blind_round110.py, blind: independent writer)": (BLIND110_BAD, BLIND110_GOOD),
    "round 109 (blind_round111.py, blind: independent writer)": (BLIND111_BAD, BLIND111_GOOD),
    "round 110 (blind_round112.py, blind: independent writer)": (BLIND112_BAD, BLIND112_GOOD),
    "round 111 (blind_round113.py, blind: independent writer)": (BLIND113_BAD, BLIND113_GOOD),
    "round 112 (blind_round114.py, blind: independent writer)": (BLIND114_BAD, BLIND114_GOOD),
    "round 113 (blind_round115.py, blind: independent writer)": (BLIND115_BAD, BLIND115_GOOD),
    "round 114 (blind_round116.py, blind: independent writer)": (BLIND116_BAD, BLIND116_GOOD),
    "round 115 (blind_round117.py, blind: independent writer)": (BLIND117_BAD, BLIND117_GOOD),
    "round 116 (blind_round118.py, blind: independent writer)": (BLIND118_BAD, BLIND118_GOOD),
    "round 117 (blind_round119.py, blind: independent writer)": (BLIND119_BAD, BLIND119_GOOD),
    "round 118 (blind_round120.py, blind: independent writer)": (BLIND120_BAD, BLIND120_GOOD),
    "round 119 (blind_round121.py, blind: independent writer)": (BLIND121_BAD, BLIND121_GOOD),
    "round 120 (blind_round122.py, blind: independent writer)": (BLIND122_BAD, BLIND122_GOOD),
    "round 121 (blind_round123.py, blind: independent writer)": (BLIND123_BAD, BLIND123_GOOD),
    "round 122 (blind_round124.py, blind: independent writer)": (BLIND124_BAD, BLIND124_GOOD),
    "round 123 (blind_round125.py, blind: independent writer)": (BLIND125_BAD, BLIND125_GOOD),
    "round 124 (blind_round126.py, blind: independent writer)": (BLIND126_BAD, BLIND126_GOOD),
    "round 125 (blind_round127.py, blind: independent writer)": (BLIND127_BAD, BLIND127_GOOD),
    "round 126 (blind_round128.py, blind: independent writer)": (BLIND128_BAD, BLIND128_GOOD),
    "round 127 (blind_round129.py, blind: independent writer)": (BLIND129_BAD, BLIND129_GOOD),
    "round 128 (blind_round130.py, blind: independent writer)": (BLIND130_BAD, BLIND130_GOOD),
    "round 129 (blind_round131.py, blind: independent writer)": (BLIND131_BAD, BLIND131_GOOD),
    "round 130 (blind_round132.py, blind: independent writer)": (BLIND132_BAD, BLIND132_GOOD),
    "round 131 (blind_round133.py, blind: independent writer)": (BLIND133_BAD, BLIND133_GOOD),
    "round 132 (blind_round134.py, blind: independent writer)": (BLIND134_BAD, BLIND134_GOOD),
    "round 133 (blind_round135.py, blind: independent writer)": (BLIND135_BAD, BLIND135_GOOD),
    "round 134 (blind_round136.py, blind: independent writer)": (BLIND136_BAD, BLIND136_GOOD),
    "round 135 (blind_round137.py, blind: independent writer)": (BLIND137_BAD, BLIND137_GOOD),
    "round 136 (blind_round138.py, blind: independent writer)": (BLIND138_BAD, BLIND138_GOOD),
    "round 137 (blind_round139.py, blind: independent writer)": (BLIND139_BAD, BLIND139_GOOD),
    "round 138 (blind_round140.py, blind: independent writer)": (BLIND140_BAD, BLIND140_GOOD),
}


def blind_sets(with_model: bool) -> None:
    """Recall and good replies blocked on every issue-18 set, rules alone and combined."""
    print(
        "\nissue-18 blind sets: caught as category / flagged at all (bad replies), "
        "good replies blocked (each good reply run as the answer to a 1★ and a 5★ review)"
    )
    print(
        "(category and flagged count warnings too; 'bad blocked' = bad replies that stop the "
        "send; 'good warned' = good-reply runs with a wording warning but no block)"
    )
    print(
        f"{'set':<56}{'check':<15}{'category':>12}{'flagged':>12}{'bad blocked':>13}"
        f"{'good blocked':>14}{'good warned':>13}"
    )
    for name, (bad, good) in ROUNDS.items():
        for model in (False, True) if with_model else (False,):
            strict, caught, total, false_blocks, runs, _ = evaluate_blind(bad, good, model=model)
            bad_blocked, good_warned = evaluate_blind_severity(bad, good, model=model)
            print(
                f"{name:<56}{'rules + model' if model else 'rules alone':<15}"
                f"{f'{strict}/{total}={strict / total:.2f}':>12}"
                f"{f'{caught}/{total}={caught / total:.2f}':>12}"
                f"{f'{bad_blocked}/{total}':>13}"
                f"{f'{false_blocks}/{runs}':>14}"
                f"{f'{good_warned}/{runs}':>13}"
            )


def _refuse_unless_held_out(folder: Path, meta_file: str, what: str) -> None:
    """Exit with one line unless the model of `folder` was trained without exactly the
    held-out sources (its `meta_file` says which): otherwise its held-out figure is not honest."""
    import json

    try:
        meta = json.loads((folder / meta_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"error: {folder} is not a {what} folder ({exc})") from exc
    excluded = meta.get("excluded_sources", [])
    if set(excluded) != HELD_OUT_SOURCES:
        seen = f"without {', '.join(sorted(excluded))}" if excluded else "on every source"
        raise SystemExit(
            f"error: {folder} was trained {seen}, not without the held-out sources "
            f"{', '.join(sorted(HELD_OUT_SOURCES))}: its held-out figure would not be honest"
        )


@functools.cache
def _held_out_triage(folder: Path) -> Any:
    """The triage models of `folder`, refused unless they were trained without exactly the
    held-out sources (its thresholds.json says which, see training/train_triage.py)."""
    from workstation.analysis.triage import THRESHOLDS_FILE, TriageModel

    _refuse_unless_held_out(folder, THRESHOLDS_FILE, "triage model")
    return TriageModel.load(folder)


def _use_held_out_complaint_model(folder: Path) -> None:
    """Draft with the complaint model of `folder`, refused unless it was trained without
    exactly the held-out sources (its add_thresholds.json says which)."""
    from workstation.analysis.evidence_finder import THRESHOLDS_FILE
    from workstation.replies import complaint_model

    _refuse_unless_held_out(folder, THRESHOLDS_FILE, "complaint model")
    complaint_model.use_model(folder)


def _fields(review: ReviewInput) -> dict[str, object]:
    return {name: getattr(review, name) for name in review.__slots__}  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument(
        "--recent", type=int, default=5, help="template ids remembered for rotation"
    )
    parser.add_argument("--posted", type=int, default=200, help="posted replies compared with")
    parser.add_argument(
        "--coverage-only",
        action="store_true",
        help="only the 'first draft answers every labelled complaint' tables (about 2 minutes)",
    )
    parser.add_argument(
        "--blind-only", action="store_true", help="only the issue-18 blind-set table"
    )
    parser.add_argument(
        "--coverage-external",
        nargs="?",
        const="17x",
        default=None,
        choices=("17x", "17y", "17z", "17w", "care1", "care2", "care3", "gen1"),
        help="only the coverage table on an external test set (17x by default, or 17y, 17z, 17w: real reviews of "
        "other trades; needs its local cache; care1-care3: the written care sets; gen1: written reviews of restaurants, hotels, fast food and banks)",
    )
    parser.add_argument(
        "--profile-kinds",
        default="",
        metavar="KINDS",
        help="with --coverage-external: draft every review for each of these kinds of business "
        "(comma-separated, e.g. services,care), one table each, instead of the source's own kind",
    )
    parser.add_argument(
        "--triage-model",
        type=Path,
        default=None,
        metavar="DIR",
        help="triage models for the coverage's default-engine row, trained without the held-out "
        "sources (training.train_triage --exclude-sources ... --out DIR)",
    )
    parser.add_argument(
        "--complaint-model",
        type=Path,
        default=None,
        metavar="DIR",
        help="the composer's learned complaint model, trained without the held-out sources "
        "(training.train_complaint_model --exclude-sources ... --out DIR)",
    )
    parser.add_argument(
        "--doubt-threshold",
        type=float,
        default=None,
        metavar="T",
        help="P(ok) under which an uncovered sentence gets the doubtful-tone warning "
        "(default: the shipped checks/doubt.THRESHOLD; 0 switches it off)",
    )
    parser.add_argument(
        "--reply-check-model",
        type=Path,
        default=None,
        metavar="DIR",
        help="reply-check classifier folder to measure instead of resources/reply_check "
        "(training.train_reply_check --out DIR)",
    )
    args = parser.parse_args()
    if args.reply_check_model:
        use_model(args.reply_check_model)
        print(f"reply-check classifier: {args.reply_check_model} (not the shipped one)")
    if args.doubt_threshold is not None:
        doubt.THRESHOLD = args.doubt_threshold
    print(f"doubtful-tone warning: P(ok) < {doubt.THRESHOLD:g}" if doubt.THRESHOLD > 0 else "doubtful-tone warning: off")
    if args.triage_model:
        _held_out_triage(args.triage_model)  # refuse a wrong folder before any long run
    if args.complaint_model:
        _use_held_out_complaint_model(args.complaint_model)
        print(f"composer's complaint model: {args.complaint_model} (trained without the held-out sources)")
    if args.blind_only:
        blind_sets(shipped_model() is not None)
        return 0
    if args.coverage_external:
        kinds = [k for k in args.profile_kinds.split(",") if k]
        unknown = set(kinds) - set(BUSINESS_KINDS)
        if unknown:
            parser.error(f"unknown kinds of business: {', '.join(sorted(unknown))}")
        external_coverage(args.coverage_external, kinds)
        return 0
    if args.coverage_only:
        if not (DATA.exists() and MORE.exists() and LABELS.exists()):
            print(f"skipped: {LABELS.parent} not complete (needs ../shared beside the repo)")
            return 0
        coverage(None, args.triage_model)
        coverage("google_play", args.triage_model)
        return 0
    t0 = time.perf_counter()
    loaded = shipped_model() is not None
    print(
        f"reply-check classifier {'loaded' if loaded else 'MISSING (rules alone)'} in "
        f"{(time.perf_counter() - t0) * 1000:.0f} ms (once per process, before any timing)"
    )
    scores = evaluate()
    print("pre-post checks on hand-written labelled drafts (tests/replies/check_cases.py)")
    print(table(scores))
    hits, positives, false_flags, runs, _ = evaluate_holdout()
    print(
        f"held-out drafts (tests/replies/holdout_cases.py, never used for tuning): recall "
        f"{hits}/{positives} = {hits / positives:.3f}; false flags {false_flags}/{runs} "
        f"check runs on clean replies"
    )
    blind_sets(loaded)
    if not DATA.exists():
        print(f"\nskipped timing: {DATA} not present (needs ../shared beside the repo)")
        return 0
    bench(load_reviews(args.n), recent_n=args.recent, posted_n=args.posted)
    if MORE.exists() and LABELS.exists():
        coverage(None, args.triage_model)
        coverage("google_play", args.triage_model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
