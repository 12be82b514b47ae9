"""Running the analysis over the store: pending reviews in batches, then the checks that
need many reviews at once (review bombing, near duplicates, crisis spikes).

Qt-free; the app runs it on a worker thread with its own `Store`, the CLI directly.
Re-running is cheap: only reviews without a result of the current `ANALYSIS_VERSION`
are analysed, so a new version re-analyses everything automatically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.analysis.batch import BatchItem, batch_flags
from workstation.analysis.crisis import detect_crises
from workstation.analysis.model import ANALYSIS_VERSION, Analysis, AnalysisInput
from workstation.domain import review_body, utcnow
from workstation.store import analysis_results as results
from workstation.store.db import Store

BATCH = 500
HISTORY = timedelta(days=90)  # what batch checks and crisis baselines look at
CURRENT_CRISIS = timedelta(days=7)  # alerts whose window ended earlier are history, not news


@dataclass
class PipelineResult:
    analysed: int = 0
    flagged: int = 0
    new_crises: int = 0
    cancelled: bool = False


def to_row(review_id: int, analysis: Analysis) -> results.AnalysisRow:
    labels: list[tuple[str, str, float | None]] = [("category", c, None) for c in analysis.categories]
    labels += [("topic", t.topic, t.sentiment) for t in analysis.topics]
    labels += [("flag", f, None) for f in analysis.flags]
    # One row per (kind, label): a topic mentioned twice keeps its first sentiment.
    unique = list({(k, label): (k, label, s) for k, label, s in reversed(labels)}.values())
    return results.AnalysisRow(
        review_id, analysis.lang, analysis.sentiment, analysis.urgency, analysis.level,
        analysis.to_json(), analysis.version, unique,
    )


def analyze_pending(
    store: Store,
    analyzer: object | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_checks: bool = True,
    now: datetime | None = None,
    batch_size: int = BATCH,
) -> PipelineResult:
    """Analyse every review lacking a current result, then run the batch checks.

    Each batch of `batch_size` is stored before `cancelled` is asked again, so a
    cancelled run keeps what it finished and the next run resumes from there."""
    if analyzer is None:
        from workstation.analysis.shared import SharedAnalyzer

        analyzer = SharedAnalyzer()
    now = now or utcnow()
    out = PipelineResult()
    total = results.count_pending(store, ANALYSIS_VERSION)
    while True:
        if cancelled and cancelled():
            out.cancelled = True
            return out
        pending = results.pending_reviews(store, ANALYSIS_VERSION, batch_size)
        if not pending:
            break
        results.save_analysis(store, analyse_batch(analyzer, pending, now))
        out.analysed += len(pending)
        if progress:
            progress(out.analysed, max(total, out.analysed))
    if batch_checks and (out.analysed or total == 0):
        out.flagged, out.new_crises = run_batch_checks(store, now)
    return out


def analyse_batch(analyzer: object, pending: Sequence[results.PendingReview], now: datetime) -> list[results.AnalysisRow]:
    """The rows to store for a batch of pending reviews (the same on both stores)."""
    inputs = [
        AnalysisInput(review_body(p.title, p.text), stars=p.stars, lang=p.lang,
                      created_at=p.created_at, platform=p.platform)
        for p in pending
    ]
    analyses = analyzer.analyze_many(inputs, now=now)  # type: ignore[attr-defined]
    return [to_row(p.id, a) for p, a in zip(pending, analyses, strict=True)]


def run_batch_checks(store: Store, now: datetime) -> tuple[int, int]:
    """Flags that need many reviews, and crisis spikes; returns (flagged, new crises)."""
    flags, crises = batch_check_results(results.recent_analyses(store, now - HISTORY), now)
    results.add_flags(store, flags)
    return len(flags), results.save_crises(store, crises, now=now)


def batch_check_results(
    reviews: Iterable[results.AnalysedReview], now: datetime
) -> tuple[dict[int, list[str]], list[results.CrisisRow]]:
    """The batch flags per review id and the crisis rows of recently analysed reviews."""
    items = []
    decoded: list[tuple[str, datetime | None, Analysis]] = []
    for review in reviews:
        try:
            analysis = Analysis.from_json(review.analysis_json)
        except ValueError:
            continue
        decoded.append((str(review.id), review.created_at, analysis))
        items.append(BatchItem(str(review.id), review.text, review.stars, review.created_at))
    flags = {int(rid): list(names) for rid, names in batch_flags(items).items()}
    alerts = detect_crises(decoded, now=now, only_recent=CURRENT_CRISIS)
    rows = [
        results.CrisisRow(
            key=f"{a.key}:{a.window_start:%Y-%m-%dT%H}", kind=a.kind, label=a.name,
            window_start=a.window_start, window_end=a.window_end, count=a.count,
            baseline_per_day=a.baseline_per_day, review_ids=[int(i) for i in a.review_ids],
            evidence=list(a.shared_evidence),
        )
        for a in alerts
    ]
    return flags, rows
