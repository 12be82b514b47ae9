"""The demo inbox analysed by each decider: levels, categories, 4–5★ reviews shown critical,
and the crisis room's alerts (all, and those of the last 7 days), at one fixed clock.

Checks that a change of decider keeps the crisis room of the demo meaningful (issue 17:
"re-check the crisis room on the demo with the new model"). Needs only the repository.

Run: nice -n 10 .venv/bin/python bench/triage_demo.py [--deciders rules,blend+rc]
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workstation.analysis import Analyzer  # noqa: E402
from workstation.analysis.crisis import detect_crises  # noqa: E402
from workstation.demo import demo_records  # noqa: E402

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def main(argv: list[str]) -> int:
    deciders = argv[argv.index("--deciders") + 1].split(",") if "--deciders" in argv else ["rules", "blend+rc"]
    records = demo_records(now=NOW)
    print(f"demo inbox: {len(records)} reviews, clock {NOW:%Y-%m-%d %H:%M} UTC")
    for decider in deciders:
        analyzer = Analyzer(decider=decider)  # type: ignore[arg-type]
        results = [
            (str(i), r.created_at, analyzer.analyze(r.text, stars=r.stars, lang=r.lang, created_at=r.created_at, now=NOW))
            for i, r in enumerate(records)
        ]
        levels = Counter(a.level for _i, _d, a in results)
        categories = Counter(c for _i, _d, a in results for c in a.categories)
        high_star_critical = [records[int(i)].text[:60] for i, _d, a in results
                              if (records[int(i)].stars or 0) >= 4 and a.level == "critical"]
        alerts = detect_crises(results, now=NOW)
        recent = detect_crises(results, now=NOW, only_recent=timedelta(days=7))
        print(f"\n{decider}: levels {dict(sorted(levels.items()))}")
        print(f"  categories {dict(sorted(categories.items()))}")
        print(f"  4–5★ shown critical: {len(high_star_critical)} {high_star_critical}")
        print(f"  crisis alerts: {', '.join(f'{a.key} ({a.count})' for a in alerts) or 'none'}")
        print(f"  of the last 7 days: {', '.join(a.key for a in recent) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
