"""What the monthly report says, checked as plain data (no Qt): the sections in order, the
key figures, one row per location and per platform under the same columns, and chart
series that count every review once."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tests.metrics_ui.conftest import NOW
from workstation.display_names import display_name
from workstation.ops.reports import gather_report, report_document, write_gathered
from workstation.reports.document import Figure, ReportDocument, Table, TableKind
from workstation.reports.figures import SENTIMENT_COLOURS, RatingLine, SentimentBars
from workstation.store import Store

REVIEWS = 6  # small_records(); the one without a date counts at the day it was imported
STARS = (5, 1, 2, 4, 3, 4)  # small_records()' ratings: 19/6 = 3.17 on average


def _document(store: Store, business: str | None = None) -> ReportDocument:
    from workstation.store.settings import set_setting

    if business:
        set_setting(store, "business_name", business)
    return report_document(gather_report(store, zone=ZoneInfo("UTC"), now=NOW), lang="fr")


def _only(section_blocks: tuple[object, ...], kind: type) -> object:
    (block,) = section_blocks
    assert isinstance(block, kind)
    return block


def test_the_report_says_its_sections_in_order_in_french(small_store: Store) -> None:
    doc = _document(small_store, business="Café Lumière")
    assert (doc.title, doc.heading) == ("Rapport des avis", "Rapport des avis — Café Lumière")
    assert doc.period_label == "Période\u00a0:"  # French puts a (non-breaking) space before the colon
    assert [s.heading for s in doc.sections] == [
        "Chiffres clés", "Note moyenne par semaine", "Avis par tonalité, par semaine", "Sujets principaux",
        "Par établissement", "Par plateforme", "Depuis que vous répondez"]


def test_key_figures_are_written_in_french(small_store: Store) -> None:
    key = _only(_document(small_store).sections[0].blocks, Table)
    assert isinstance(key, Table) and key.kind is TableKind.KEY_FIGURES and not key.columns
    figures = {row[0].text: row[1].text for row in key.rows}
    assert figures["Avis"] == str(REVIEWS)
    assert figures["Note moyenne"] == f"{sum(STARS) / len(STARS):.2f} ★".replace(".", ",")
    assert figures["Taux de réponse"] == "66,7\u00a0%"  # 4 of 6 answered; a space before % in French
    assert all(row[1].strong for row in key.rows)
    assert key.rows[-1][0].text == "Échéance dépassée, sans réponse"
    assert "Avis sans aucune date (exclus)" not in figures  # every review has a date here


def test_locations_and_platforms_are_compared_under_the_same_columns(small_store: Store) -> None:
    doc = _document(small_store)
    by_location = _only(doc.sections[4].blocks, Table)
    by_source = _only(doc.sections[5].blocks, Table)
    assert isinstance(by_location, Table) and isinstance(by_source, Table)
    assert by_location.kind is by_source.kind is TableKind.COMPARISON
    assert by_location.columns[1:] == by_source.columns[1:] and len(by_location.columns) == 8
    assert {row[0].text for row in by_location.rows} == {"Paris", "Lyon", "(non renseigné)"}
    platforms = {display_name("platform", p, "fr") for p in ("google_business", "trustpilot", "google_play")}
    assert {row[0].text for row in by_source.rows} == platforms
    assert all(len(row) == 8 for row in (*by_location.rows, *by_source.rows))


def test_the_charts_count_every_review_once(small_store: Store) -> None:
    doc = _document(small_store)
    rating = _only(doc.sections[1].blocks, Figure)
    sentiment = _only(doc.sections[2].blocks, Figure)
    assert isinstance(rating, Figure) and isinstance(rating.chart, RatingLine)
    assert rating.chart.points and all(1 <= stars <= 5 for _day, stars in rating.chart.points)
    assert isinstance(sentiment, Figure) and isinstance(sentiment.chart, SentimentBars)
    bars = sentiment.chart
    assert [s.name for s in bars.stacks] == ["Négatif", "Neutre", "Positif"]
    assert [s.colour for s in bars.stacks] == list(SENTIMENT_COLOURS.values())
    assert sum(sum(s.values) for s in bars.stacks) == REVIEWS
    assert all(len(s.values) == len(bars.categories) for s in bars.stacks)


def test_a_pdf_without_a_renderer_is_refused_and_writes_nothing(small_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gathered = gather_report(small_store, zone=ZoneInfo("UTC"), now=NOW)
    out = tmp_path / "out"
    with pytest.raises(ValueError, match="PdfDrawer"):
        write_gathered(gathered, out / "r.pdf", fmt="pdf", lang="en", zone=ZoneInfo("UTC"))
    assert not out.exists()


def test_the_pdf_drawer_receives_what_the_report_says(small_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gathered = gather_report(small_store, zone=ZoneInfo("UTC"), now=NOW)
    drawn: list[ReportDocument] = []

    def draw(path, document):  # type: ignore[no-untyped-def]
        drawn.append(document)
        path.write_bytes(b"%PDF-fake")
        return path

    written = write_gathered(gathered, tmp_path / "r.pdf", fmt="pdf", lang="fr", zone=ZoneInfo("UTC"), draw_pdf=draw)
    assert written == [tmp_path / "r.pdf"] and drawn == [report_document(gathered, lang="fr")]
