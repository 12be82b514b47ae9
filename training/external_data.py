"""Real reviews from outside ../shared/data, kept in a local cache and never in the repository.

A cache is a folder beside the repository (e.g. `../ext17`) whose `reviews.jsonl` holds one
review per line (`ext_id`, `source`, `lang`, `stars`, `text`, and the repository, path and commit
it came from). Its labels are files of `{"id", "sha1", "categories", "evidence": {category:
[start, end]}}` lines: the 12-hex sha1 fingerprints the text that was labelled, so a cache whose
text changed is refused rather than trained or measured on silently.

`TEST_SETS` below is the one list of these sets: each set's cache and label files follow from
its name. `bench/triage_external.py` measures the triage on the sets with severity labels,
`bench/reply_points.py --external` the drafts on those with reply-point labels; `--external DIR` of
the training scripts trains on one (a measurement build: `DIR/reviews.jsonl` + `DIR/labels.jsonl`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from training.triage_data import Labelled, Review, load_offset_labels

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ExternalSet:
    """A test set of real reviews of new sources: texts in `../ext<name>/reviews.jsonl` beside the
    repository (`../ext17` for the first, 17x), labels in `training/`, told in `training/labels_<name>.md`."""

    name: str
    about: str
    severity: bool = True  # training/labels_<name>.jsonl: severity categories by the guide
    reply_points: bool = True  # training/reply_points_<name>.jsonl: what a reply must answer

    @property
    def cache(self) -> Path:
        return REPO.parent / ("ext17" if self.name == "17x" else f"ext{self.name}") / "reviews.jsonl"

    @property
    def severity_labels(self) -> Path:
        return REPO / "training" / f"labels_{self.name}.jsonl"

    @property
    def reply_point_labels(self) -> Path:
        return REPO / "training" / f"reply_points_{self.name}.jsonl"


# Every set was fetched by helpers who saw no code, from repositories (or rows) no earlier set used,
# and labelled after the candidates it measures were frozen: nothing is trained or tuned on them.
TEST_SETS: tuple[ExternalSet, ...] = (
    ExternalSet("17x", "the outside check's trades: restaurants, hotels, a fast-food ordering app, banks", reply_points=False),
    ExternalSet("17y", "still other trades: airlines, telecom, insurers, a café chain, bank branches", reply_points=False),
    ExternalSet("17z", "restaurants, a bakery, gyms, French shops, a food-delivery app, local businesses",
                reply_points=False),
    ExternalSet("17w", "doctors, ride-hailing apps, a cinema, a boutique, leisure, hotels, French restaurants",
                reply_points=False),
    ExternalSet("17n", "session k: restaurants, hotels, a food app, banks, shops, a telecom app (EN, FR)"),
    ExternalSet("17q", "session k, after triage round 29's freeze: more of the same kinds"),
    ExternalSet("17r", "142 payment and bank-app reviews (the search budget ran out)", severity=False),
    ExternalSet("17s", "session l, 18 more repositories, after triage round 30 and 18quality"),
    ExternalSet("17m", "163 EN: car hire, shops, an airline, gyms (fetched as 17t)", reply_points=False),
    ExternalSet("17k", "session m: EN telecom and bank apps, airlines, a hotel, restaurants; 11 FR"),
    ExternalSet("17v", "session u: EN restaurants, delivery apps, hotels, banks; FR banks, shops, a carrier, a car maker"),
    ExternalSet("17j", "session u: 157 EN fast food, a food-ordering app, restaurants, a café, a bank app"),
    ExternalSet("17c", "session v: 55 FR, the last French files of the library: neobanks, Moroccan bank branches, "
                "restaurants, holiday rentals"),
    ExternalSet("17a", "session w: 488 EN airlines (Skytrax, Ryanair, British Airways), cafés and restaurants "
                "(Starbucks, Hyderabad), travel insurance, banks and fintech, online shops, gyms"),
    ExternalSet("17b", "session w: 404 EN restaurants, takeaways and bars (Tampa Yelp, Hyderabad Zomato), hotels "
                "(Chicago, Florida), H&M stores, shopping apps (SHEIN, Mercari, Amazon), broadband, card payments"),
    ExternalSet("17d", "session x: 389 EN Los Angeles and Las Vegas restaurants, a pub, cafés (Yelp), hotels (Chennai, "
                "Wisconsin), a gym, a garage, delivery and grocery apps (India, Singapore), shopping apps, UK energy, "
                "Amazon food"),
    ExternalSet("17e", "session x: 473 EN Manchester pubs, Malaysian restaurants, cafés and attractions, Singapore "
                "clinics, US restaurants (OpenTable), the Uber, Netflix, Spotify and Coinbase apps, Vodafone"),
)


def severity_sets() -> dict[str, tuple[Path, Path]]:
    """The sets labelled for severity: name -> (cache, labels)."""
    return {s.name: (s.cache, s.severity_labels) for s in TEST_SETS if s.severity}


def reply_point_sets() -> dict[str, tuple[Path, Path]]:
    """The sets labelled with the complaints a reply must answer: name -> (cache, labels)."""
    return {s.name: (s.cache, s.reply_point_labels) for s in TEST_SETS if s.reply_points}


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
