"""Triage on a team server: the same reviews are triaged exactly as on SQLite (scores, level,
labels, batch flags, crises, deadlines in the location's hours), and two desktops processing at
once share the pending reviews without analysing any twice."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.ops.helpers import CountingAnalyzer
from tests.team.workers import T0, open_store, review
from workstation.analysis.model import Analysis, AnalysisInput
from workstation.domain import ReviewRecord
from workstation.ops.process import process_new_reviews
from workstation.ops.team_triage import process_team_reviews
from workstation.store import ingest as sqlite_ingest
from workstation.store import metrics_data
from workstation.store.db import Store
from workstation.store.postgres import settings as team_settings
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records

NOW = T0 + timedelta(days=2, hours=3)  # reviews are dated from T0: every date follows this clock
HOURS = json.dumps({"days": {"mon": "09:00-18:00", "tue": "09:00-18:00", "wed": "09:00-18:00",
                             "thu": "09:00-18:00", "fri": "09:00-17:00", "sat": "closed", "sun": "closed"}})

_TRIAGE = ("SELECT s.platform, r.external_id, r.lang, r.sentiment, r.urgency, r.level, r.analysis_json, "
           "r.analysis_version, r.due_at FROM reviews r JOIN sources s ON s.id = r.source_id")
_LABELS = ("SELECT s.platform, r.external_id, l.kind, l.label, l.sentiment FROM review_labels l "
           "JOIN reviews r ON r.id = l.review_id JOIN sources s ON s.id = r.source_id")
_CRISES = "SELECT key, kind, label, count, baseline_per_day, evidence FROM crises"


def _records() -> list[ReviewRecord]:
    """Ordinary reviews, urgent ones (some with words the analysis flags), a burst of
    one-star copies (batch flags, a crisis) and two locations with different hours."""
    texts = [
        "Lovely breakfast, friendly staff, we will come back.",
        "The chicken was raw and my son was sick all night. Food poisoning!",
        "Service très lent, personne ne répond au téléphone. Déçu.",
        "Rude manager, he shouted at us. Never again.",
        "Chambre sale, des cafards dans la salle de bain.",
        "Great coffee but the wifi never works.",
    ]
    out = [dataclasses.replace(review(i), text=texts[i % len(texts)] + f" (visit {i})",
                               location="Lyon" if i % 2 else "Paris") for i in range(24)]
    burst = [dataclasses.replace(review(100 + i), stars=1, location="Paris",
                                 text="Worst place ever, avoid, they stole my money",
                                 created_at=NOW - timedelta(hours=2, minutes=i)) for i in range(8)]
    return out + burst


def _sqlite_triaged(tmp_path: Path, records: Sequence[ReviewRecord], analyzer: object) -> dict[str, Any]:
    with Store(tmp_path / "solo.db") as store:
        sqlite_ingest.import_records(store, records, now=T0)
        for loc in metrics_data.location_settings(store):
            metrics_data.save_location_settings(store, loc.id, timezone="Europe/Paris", country="FR",
                                                hours_json=HOURS if loc.name == "Paris" else None)
        result = process_new_reviews(store, analyzer=analyzer, now=NOW, batch_size=5)
        rows = {
            "triage": sorted(tuple(r) for r in store._conn.execute(_TRIAGE)),
            "labels": sorted(tuple(r) for r in store._conn.execute(_LABELS)),
            "crises": sorted(tuple(r) for r in store._conn.execute(_CRISES)),
        }
    return {"result": result, **rows}


def _team_triaged(store: PgStore, records: Sequence[ReviewRecord], analyzer: object) -> dict[str, Any]:
    import_records(store, records, now=T0)
    for loc in team_settings.location_settings(store):
        team_settings.save_location_settings(store, loc.id, timezone="Europe/Paris", country="FR",
                                             hours_json=HOURS if loc.name == "Paris" else None)
    result = process_team_reviews(store, analyzer=analyzer, now=NOW, batch_size=5)
    with store.connection() as conn:
        rows = {
            "triage": sorted(tuple(r) for r in conn.execute(_TRIAGE)),
            "labels": sorted(tuple(r) for r in conn.execute(_LABELS)),
            "crises": sorted(tuple(r) for r in conn.execute(_CRISES)),
        }
    return {"result": result, **rows}


def _real_analyzer() -> object:
    try:
        from workstation.analysis.analyzer import Analyzer

        return Analyzer()
    except Exception as exc:  # a missing language model is a skip, said plainly
        pytest.skip(f"the analysis engine cannot load here: {exc}")


def test_the_same_reviews_are_triaged_exactly_as_on_sqlite(pg_url: str, tmp_path: Path) -> None:
    analyzer = _real_analyzer()
    records = _records()
    solo = _sqlite_triaged(tmp_path, records, analyzer)
    with open_store(pg_url) as store:
        team = _team_triaged(store, records, analyzer)
    assert team["triage"] == solo["triage"]
    assert team["labels"] == solo["labels"]
    assert team["crises"] == solo["crises"]
    assert {r[5] for r in solo["triage"]} >= {"low", "high"}, "the sample must triage to several levels"
    assert any(r[8] for r in solo["triage"]), "some reviews must carry a deadline"
    assert any(label[2] == "flag" for label in solo["labels"]), "the burst must be flagged"
    s, t = solo["result"], team["result"]
    assert (t.analysed, t.new_crises, t.deadlines, t.labels) == (s.analysed, s.new_crises, s.deadlines, s.labels)
    assert t.changes == s.changes


def test_processing_again_finds_nothing_and_an_edit_is_analysed_again(pg_url: str) -> None:
    analyzer = CountingAnalyzer()
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(6)], now=T0)
        assert process_team_reviews(store, analyzer=analyzer, now=NOW, batch_size=4).analysed == 6
        assert process_team_reviews(store, analyzer=analyzer, now=NOW).analysed == 0
        import_records(store, [dataclasses.replace(review(2), text="Cold soup")], now=T0)
        again = process_team_reviews(store, analyzer=analyzer, now=NOW)
        assert again.analysed == 1 and analyzer.analysed[-1] == "Cold soup"
        assert again.labels["category"] == [("food_safety", 1)]


def test_a_cancelled_run_keeps_its_batches_and_the_next_one_resumes(pg_url: str) -> None:
    analyzer = CountingAnalyzer()
    stop = threading.Event()
    analyzer.on_batch = stop.set
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(6)], now=T0)
        first = process_team_reviews(store, analyzer=analyzer, cancelled=stop.is_set, now=NOW, batch_size=2)
        assert (first.analysed, first.cancelled) == (2, True)
        second = process_team_reviews(store, analyzer=analyzer, now=NOW, batch_size=2)
        assert second.analysed == 4 and len(analyzer.analysed) == 6 == len(set(analyzer.analysed))


class _HoldingAnalyzer(CountingAnalyzer):
    """Holds its first batch (the claim stays open) until the other desktop has analysed one."""

    def __init__(self, hold: threading.Event | None, done_one: threading.Event) -> None:
        super().__init__()
        self.hold, self.done_one = hold, done_one
        self.claimed = threading.Event()  # set once this desktop holds a claimed batch

    def analyze_many(self, inputs: Sequence[AnalysisInput], **kw: object) -> list[Analysis]:
        self.claimed.set()
        if self.hold is not None:
            assert self.hold.wait(30), "the other desktop never got a batch while this one held its claim"
            self.hold = None
        out = super().analyze_many(inputs, **kw)
        self.done_one.set()
        return out


def test_two_desktops_processing_at_once_never_analyse_a_review_twice(pg_url: str) -> None:
    other_done = threading.Event()
    first = _HoldingAnalyzer(hold=other_done, done_one=threading.Event())
    second = _HoldingAnalyzer(hold=None, done_one=other_done)
    with open_store(pg_url) as seed:
        import_records(seed, [review(i) for i in range(40)], now=T0)
    errors: list[BaseException] = []

    def desktop(analyzer: _HoldingAnalyzer) -> None:
        try:
            with open_store(pg_url) as store:
                process_team_reviews(store, analyzer=analyzer, now=NOW, batch_size=5)
        except BaseException as exc:  # reported by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=desktop, args=(a,)) for a in (first, second)]
    # The second desktop starts once the first holds a claim: started together, the second
    # could drain every batch before the first connected, and the test would hang on luck.
    threads[0].start()
    assert first.claimed.wait(30), "the first desktop never claimed a batch"
    threads[1].start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert first.analysed and second.analysed, "both desktops took part"
    assert not set(first.analysed) & set(second.analysed)
    assert len(first.analysed) + len(second.analysed) == 40
    with open_store(pg_url) as store:
        assert store.scalar("SELECT count(*) FROM reviews WHERE analysis_version IS NULL") == 0
