"""The pre-post check on real replies that businesses published (issue 18's target: real
published replies of French businesses blocked ≤ 15 %).

The replies are not in this repository: a local cache, `../ext18pub/*/replies.jsonl` beside it
(one JSON object per line: id, source, repo, path, commit, lang, platform, business, stars, review,
reply), fetched from public repositories of the library index. On 2026-12-05 two fetchers found one
usable file only (23 French replies of one hotel, fortbaptiste/le-martin-hotel, Google): a pilot,
not the target's measure. The cache was lost and re-fetched on 2026-12-06 by two more fetchers
(`fr/`: 59 French replies of 4 businesses; `en/`: 124 English of 6; each folder's SOURCES.md names
the files and commits; docs/reply-check-model.md, "Real published replies re-fetched"). Without
the cache the bench says so and exits 0.

Prints, per language and source: replies, share blocked (any finding of severity block), share
warned only, and the blocking codes; with --show, the blocked replies' first 300 characters.

Run: .venv/bin/python bench/real_replies.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.replies.checker import check_draft
from workstation.replies.model import ReviewInput

CACHE = Path(__file__).resolve().parents[2] / "ext18pub"
# The cache's platform names → the app's (None: no platform limit applies).
PLATFORMS = {"tripadvisor": "tripadvisor", "google": "google_business", "trustpilot": "trustpilot",
             "app_store": "app_store", "google_play": "google_play"}


def load(folder: Path) -> list[dict[str, object]]:
    """The cached replies, each text once (first seen kept)."""
    seen: set[str] = set()
    rows = []
    for path in sorted(folder.glob("*/replies.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = str(row["reply"]).strip().lower()
                if key not in seen:
                    seen.add(key)
                    rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--show", action="store_true", help="print the blocked replies")
    args = parser.parse_args(argv)
    rows = load(args.cache) if args.cache.exists() else []
    if not rows:
        print(f"SKIP: no replies under {args.cache} (the local cache of real published replies)")
        return 0
    total: Counter[str] = Counter()
    blocked: Counter[str] = Counter()
    warned: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    shown = []
    for row in rows:
        lang = str(row["lang"])
        given = bool(row.get("review") or row.get("stars"))
        stars = row.get("stars")
        review = ReviewInput(id=str(row["id"]), text=str(row.get("review") or ""),
                             stars=stars if isinstance(stars, int) else None, lang=lang) if given else None
        found = check_draft(str(row["reply"]), lang=lang, platform=PLATFORMS.get(str(row.get("platform"))),
                            review=review)
        blocks = sorted({f.code for f in found if f.severity.value == "block"})
        warns = [f for f in found if f.severity.value == "warn"]
        for part in (lang, f"{lang} {row['source']}"):
            total[part] += 1
            blocked[part] += bool(blocks)
            warned[part] += bool(warns and not blocks)
        codes.update(blocks)
        if blocks:
            shown.append(f"  {blocks} {str(row['reply'])[:300]}")
    for part in sorted(total, key=lambda p: (len(p.split()), p)):
        print(f"{part:<40} replies {total[part]:>4}  blocked {blocked[part]:>3} "
              f"({blocked[part] / total[part]:.1%})  warned only {warned[part]:>3}")
    print("blocking codes:", dict(codes) or "none")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
