"""Real reviews from outside ../shared/data, kept in a local cache and never in the repository.

A cache is a folder beside the repository (e.g. `../ext17`) whose `reviews.jsonl` holds one
review per line (`ext_id`, `source`, `lang`, `stars`, `text`, and the repository, path and commit
it came from). Its labels are files of `{"id", "sha1", "categories", "evidence": {category:
[start, end]}}` lines: the 12-hex sha1 fingerprints the text that was labelled, so a cache whose
text changed is refused rather than trained or measured on silently.

`bench/triage_external.py` measures on such a set (test set 17x); `--external DIR` of the
training scripts trains on one (a measurement build: `DIR/reviews.jsonl` + `DIR/labels.jsonl`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

from training.triage_data import Labelled, Review, load_offset_labels


def text_sha1(text: str) -> str:
    """The short fingerprint a label line keeps of the text it labels."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_external(path: Path) -> dict[str, Review]:
    """The cached external reviews by ext_id (source = the dataset's key)."""
    reviews: dict[str, Review] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                reviews[item["ext_id"]] = Review(
                    item["ext_id"], item["lang"], int(item["stars"]), item["text"], item["source"]
                )
    return reviews


def refuse_changed_texts(reviews: Mapping[str, Review], path: Path, *, missing_ok: bool = True) -> None:
    """ValueError naming the line of the label file `path` whose review's cached text is not the
    one its fingerprint says was labelled; a labelled id with no cached review is refused too
    unless `missing_ok` (then the caller's own reading names it)."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                item = json.loads(line)
                review = reviews.get(item["id"])
                if (review is None and not missing_ok) or (
                    review is not None and text_sha1(review.text) != item["sha1"]
                ):
                    raise ValueError(f"{path.name}:{number}: {item['id']}'s cached text is not the one labelled")


def fingerprinted_labels(reviews: dict[str, Review], path: Path, known: set[str] | None = None) -> list[Labelled]:
    """The labelled external reviews of `path`, each checked against the cached text's
    fingerprint (`refuse_changed_texts`); `known` ids are refused as labelled twice (see
    `load_offset_labels`)."""
    refuse_changed_texts(reviews, path)
    return load_offset_labels(path, reviews, known or set())
