"""Automatic replies on real reviews: how many a default rule (4-5 stars, any text) would have
answered, why the others stay with a person, and what it costs per review.

    python bench/auto_replies.py [--limit 3000] [--lang en|fr]

Reads ../shared/data/reviews-dev.csv (skips with a message when absent) in file order, as one
location's stream: each posted reply joins the earlier replies the near-duplicate check compares
with (the last 50, as the composer). The peer is drafting the three replies of the same review
without any check (the part of the work a person's composer does too).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from workstation.replies.autoreply import AutoRule, decide
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReplyProfile, ReviewInput
from workstation.replies.suggester import enrich

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reviews-dev.csv"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--lang", choices=("en", "fr"), help="only the reviews in this language")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is not here")
        return 0
    with DATA.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if args.lang in (None, r.get("lang"))][: args.limit]
    profile = ReplyProfile(signature="— Claire, Maison Dupont", business="Maison Dupont")
    rule = AutoRule("default", enabled=True)
    when = datetime(2026, 3, 2, 10, tzinfo=UTC)
    posted: list[str] = []
    reasons: Counter[str] = Counter()
    costs, peers = [], []
    by_lang: Counter[tuple[str, bool]] = Counter()
    for n, row in enumerate(rows):
        try:
            stars = int(float(row.get("stars") or ""))
        except ValueError:
            stars = None
        review = ReviewInput(text=row.get("text", ""), stars=stars, lang=row.get("lang") or None,
                             platform="google_business", id=str(n))
        start = time.perf_counter()
        decision = decide(review, [rule], received_at=when, profile=profile, previous_replies=posted)
        costs.append(time.perf_counter() - start)
        if stars is not None and stars >= 4:
            start = time.perf_counter()
            draft_suggestions(enrich(review), profile=profile, previous_replies=posted)
            peers.append(time.perf_counter() - start)
        by_lang[(row.get("lang") or "?", decision.automatic)] += 1
        if decision.text is not None:
            posted.insert(0, decision.text)
            reasons["answered automatically"] += 1
        else:
            reasons[decision.reason_en] += 1
    total = len(rows)
    print(f"reviews: {total} (first {args.limit} of {DATA.name})")
    for reason, count in reasons.most_common():
        print(f"  {count:5d}  {count / total:6.1%}  {reason}")
    for lang in sorted({k[0] for k in by_lang}):
        done, all_ = by_lang[(lang, True)], by_lang[(lang, True)] + by_lang[(lang, False)]
        print(f"  {lang}: {done}/{all_} answered automatically")
    median, peer = statistics.median(costs) * 1000, statistics.median(peers) * 1000
    print(f"median per review: {median:.2f} ms (peer, drafting only on 4-5 stars: {peer:.2f} ms; "
          f"ratio {median / peer:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
