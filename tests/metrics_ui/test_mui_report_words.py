"""Reports speak plainly: every code has a name in English and French, PDF and CSV show
no internal code, tables stay on one page, chart labels print at 8 pt or more."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from workstation.__main__ import main as workstation_main
from workstation.display_names import display_name, known_codes
from workstation.domain import Platform, ReplyState, TriageStatus
from workstation.metrics.cli import run_report
from workstation.metrics.response_time import TimingFlag
from workstation.metrics.sla import SlaClass, SlaState
from workstation.store import Store

NOW_ARG = ["--now", "2026-11-25T12:00:00Z", "--tz", "Europe/Paris"]
TRIAGE_FLAGS = ("star_mismatch", "mentions_person", "near_duplicate", "review_bombing")
# codes a reader must never see; single words only as whole words ("open" ≠ "opening")
CODE_WORDS = ("open", "none", "due", "missed", "sent", "queued", "standard")


def _codes() -> list[tuple[str, str]]:
    pairs = [("platform", p.value) for p in Platform]
    pairs += [("status", s.value) for s in TriageStatus] + [("reply_state", s.value) for s in ReplyState]
    pairs += [("sla_state", s.value) for s in SlaState] + [("sla_class", c.value) for c in SlaClass]
    pairs += [("flag", f.value) for f in TimingFlag] + [("flag", f) for f in TRIAGE_FLAGS]
    pairs += [("topic", t) for t in known_codes("topic")] + [("category", c) for c in known_codes("category")]
    return pairs


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_code_has_a_plain_name(lang: str) -> None:
    assert len(known_codes("topic")) >= 10  # the analysis resources were read
    for kind, code in _codes():
        name = display_name(kind, code, lang)
        assert name and "_" not in name, (kind, code, name)
        if "_" in code or kind in ("status", "reply_state", "sla_state", "sla_class"):
            assert name != code, (kind, code)
    assert display_name("platform", "app_store", "fr") == "App Store"
    assert display_name("reply_state", "none", "fr") == "Pas encore de réponse"
    assert display_name("topic", "waiting_time", "fr") == "Temps d'attente"
    assert display_name("language", "fr", "en") == "French"
    assert display_name("topic", "brand_new_topic", lang) == "Brand new topic"  # unknown: plain words


def _raw_codes() -> set[str]:
    return {code for _kind, code in _codes() if "_" in code}


def _assert_no_code(text: str) -> None:
    for code in _raw_codes():
        assert code not in text, code
    for word in CODE_WORDS:
        assert not re.search(rf"(?<![\w’'-]){word}(?![\w’'-])", text), word


@pytest.mark.gui  # the PDF is painted by Qt (offscreen)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_shows_no_internal_code(demo_store: Store, tmp_path: Path, lang: str) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) not installed: PDF content not checked")
    out = tmp_path / f"report-{lang}.pdf"
    assert workstation_main(["report", "--format", "pdf", "--out", str(out), "--lang", lang, "--data-dir",
                             str(demo_store.path.parent) if demo_store.path else "", *NOW_ARG]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [out.name]
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    _assert_no_code(text)
    if lang == "fr":
        assert "Période :" in text and "Temps d'attente" in text and "Google Play" in text
        assert "Avis publiés" in text and "Votre première réponse date du" in text
        assert "Avant" not in text.split() and "Après" not in text.split()
    else:
        assert "Reviews in the previous period" in text and "Reviews published" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_csv_shows_names_and_writes_one_file(demo_store: Store, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "reviews.csv"
    assert run_report(["--format", "csv", "--out", str(out), "--lang", lang, "--data-dir",
                       str(demo_store.path.parent) if demo_store.path else "", *NOW_ARG]) == 0
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["reviews.csv"]
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";" if lang == "fr" else ","))
    header, body = rows[0], rows[1:]
    assert body
    # codes may appear inside a review's own words: check the columns we fill, not the texts
    review_col = header.index("avis" if lang == "fr" else "review")
    reply_col = header.index("réponse" if lang == "fr" else "reply")
    author_col = header.index("auteur" if lang == "fr" else "author")
    ours = "\n".join(";".join(c for i, c in enumerate(r) if i not in (review_col, reply_col, author_col))
                     for r in body)
    _assert_no_code(ours)


@pytest.mark.gui
def test_a_table_that_fits_on_a_page_is_never_split() -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from workstation.ui.render.pages import keep_tables_on_one_page

    rows = "".join(f"<tr><td>row {i}</td><td>{i}</td></tr>" for i in range(12))
    page = 800.0
    doc = QTextDocument()

    def pages_of_table() -> set[int]:
        from PySide6.QtGui import QTextCursor

        block = doc.begin()
        while block.isValid() and QTextCursor(block).currentTable() is None:
            block = block.next()
        table = QTextCursor(block).currentTable()
        rect = doc.documentLayout().frameBoundingRect(table)
        return {int(rect.top() // page), int((rect.bottom() - 1) // page)}

    for lines in range(80):  # enough paragraphs above the table to push it across a page break
        filler = "".join(f"<p>paragraph {i}</p>" for i in range(lines))
        doc.setHtml(f"{filler}<h2>Section</h2><table>{rows}</table><p>end</p>")
        doc.setPageSize(QSizeF(600, page))
        if len(pages_of_table()) == 2:
            break

    assert len(pages_of_table()) == 2  # the filler pushes the table across the page break
    assert keep_tables_on_one_page(doc) == 1
    assert len(pages_of_table()) == 1


@pytest.mark.gui
def test_chart_labels_print_at_8_points_or_more() -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QSize

    from workstation.metrics.trends import SentimentPoint
    from workstation.ui.render.charts import (
        MIN_LABEL_PT,
        chart_image,
        sentiment_chart,
        set_label_size,
    )

    points = [SentimentPoint(date(2026, 1, 5) + timedelta(weeks=i), 1, 2, 3, 0) for i in range(26)]
    chart = sentiment_chart(points, "", {})
    set_label_size(chart, MIN_LABEL_PT)
    sizes = [axis.labelsFont().pointSizeF() for axis in chart.axes()] + [chart.legend().font().pointSizeF()]
    assert min(sizes) >= MIN_LABEL_PT
    image = chart_image(chart, QSize(660, 280), 2.0)
    assert (image.width(), image.height()) == (1320, 560)


@pytest.mark.gui
def test_week_labels_are_shown_whole_not_elided() -> None:
    # The dashboard at 1280 px showed "12…" for 12/10 under the turned labels.
    from datetime import date, timedelta

    from PySide6.QtCharts import QBarCategoryAxis

    from workstation.metrics.trends import SentimentPoint
    from workstation.ui.render.charts import sentiment_chart

    points = [SentimentPoint(date(2026, 8, 31) + timedelta(weeks=i), 1, 2, 3, 0) for i in range(14)]
    chart = sentiment_chart(points, "", {})  # kept: the axes die with their chart
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert "12/10" in axis.categories() and not axis.truncateLabels()


@pytest.mark.gui
def test_the_sentiment_axis_counts_in_round_steps() -> None:
    """19 reviews in the tallest week read 0, 5, 10, 15, 20, not 0, 4, 9, 14, 19."""
    from datetime import date, timedelta

    from PySide6.QtCharts import QValueAxis

    from workstation.metrics.trends import SentimentPoint
    from workstation.ui.render.charts import sentiment_chart

    points = [SentimentPoint(date(2026, 8, 31) + timedelta(weeks=i), 8, 1, 10, 0) for i in range(5)]
    chart = sentiment_chart(points, "", {})  # kept: the axes die with their chart
    axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert axis.min() == 0 and axis.max() >= 19
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert step == int(step) and int(step) in (1, 2, 5, 10)
