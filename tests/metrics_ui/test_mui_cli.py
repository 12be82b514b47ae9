"""`workstation metrics --json` and `workstation report --format csv|pdf`."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.metrics_ui.conftest import NOW
from workstation.__main__ import main as workstation_main
from workstation.metrics import stored
from workstation.metrics.cli import parse_bound, previous_month, run_metrics, run_report
from workstation.metrics.report import compute_metrics, metrics_json
from workstation.store import Store

NOW_ARG = ["--now", "2026-11-25T12:00:00Z", "--tz", "UTC"]


def _data_dir(store: Store) -> str:
    assert store.path is not None
    return str(store.path.parent)


def test_metrics_json_matches_the_core(small_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_metrics(["--json", "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    out = json.loads(capsys.readouterr().out)
    expected = metrics_json(compute_metrics(stored.load_review_facts(small_store), now=NOW,
                                            calendars=stored.load_calendars(small_store)))
    before_after = out.pop("before_after")
    # Automatic replies are counted apart (no rule wrote any of these).
    assert out.pop("automatic_replies") == {"automatic": 0, "replies": 4, "share": 0.0}
    assert out == expected
    assert out["counts"]["reviews"] == 6 and out["counts"]["replied"] == 4
    assert out["flags"] == {"no_publish_date": 1, "reply_before_review": 1}
    assert out["by_location"]["Paris"]["response_time_hours"]["business"]["median"] == 5.5
    assert before_after["pivot"] == "2026-11-02T12:00:00Z"


def test_metrics_period_is_inclusive_of_the_last_day(small_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--json", "--data-dir", _data_dir(small_store), "--from", "2026-11-02", "--to", "2026-11-03", *NOW_ARG]
    assert run_metrics(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["period"] == {"from": "2026-11-02T00:00:00Z", "to": "2026-11-04T00:00:00Z"}
    assert out["counts"]["reviews"] == 3  # r1, r2 and the undated r5 (first seen on Monday)


def test_bad_usage_exits_2(small_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_metrics(["--json", "--from", "last week", "--data-dir", _data_dir(small_store)]) == 2
    assert "not a date" in capsys.readouterr().err
    assert run_metrics(["--tz", "Mars/Olympus", "--data-dir", _data_dir(small_store)]) == 2
    assert run_report(["--format", "doc", "--out", "x"]) == 2


def test_unwritable_output_exits_2(small_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = blocker / "sub" / "report.csv"  # a folder inside a file
    assert run_report(["--format", "csv", "--out", str(out), "--data-dir", _data_dir(small_store)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_csv_english(small_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert run_report(["--format", "csv", "--out", str(out), "--lang", "en",
                       "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 6
    first = next(r for r in rows if r["review"] == "Great croissants")
    assert (first["response time (h)"], first["response time (business h)"], first["deadline status"]) == \
        ("2.00", "2.00", "Answered in time")
    assert first["reply"] == "Thanks!" and first["published"] == "2026-11-02 10:00"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["report.csv"]
    figures = tmp_path / "figures.csv"
    assert run_report(["--format", "summary-csv", "--out", str(figures), "--lang", "en",
                       "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    metrics = list(csv.reader(figures.open(encoding="utf-8", newline="")))
    assert metrics[1][:4] == ["overall", "", "6", "4"]
    assert {r[1] for r in metrics if r[0] == "Location"} == {"Paris", "Lyon", "(not set)"}


def test_csv_french_is_excel_friendly(small_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "rapport.csv"
    assert run_report(["--format", "csv", "--out", str(out), "--lang", "fr",
                       "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    figures = tmp_path / "chiffres.csv"
    assert run_report(["--format", "summary-csv", "--out", str(figures), "--lang", "fr",
                       "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    for path in (out, figures):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    r2 = next(r for r in rows if r["avis"] == "Cold coffee")
    assert r2["délai (h ouvrées)"] == "9,00" and r2["étoiles"] == "1"
    summary = list(csv.reader(figures.open(encoding="utf-8-sig", newline=""),
                              delimiter=";"))
    assert summary[0][0] == "Portée" and summary[1][4] == "0,6667"


def test_csv_period_keeps_only_its_reviews(small_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    assert run_report(["--format", "csv", "--out", str(out), "--lang", "en", "--from", "2026-11-04",
                       "--data-dir", _data_dir(small_store), *NOW_ARG]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert sorted(r["review"] for r in rows) == ["App ok", "Nice", "Slow service"]


@pytest.mark.gui  # the PDF is painted by Qt (offscreen)
def test_pdf_report_is_drawn(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    assert workstation_main(["report", "--format", "pdf", "--out", str(out), "--lang", "fr",
                             "--data-dir", _data_dir(demo_store), "--now", "2026-11-25T12:00:00Z",
                             "--tz", "Europe/Paris"]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000  # text plus two chart images
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed: PDF content not checked")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    assert "Rapport des avis" in text and "Taux de réponse" in text and "octobre 2026" in text
    assert text.count("\f") >= 2  # at least two pages
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                       check=True, timeout=60)
        from PySide6.QtGui import QImage

        page = QImage(str(next(tmp_path.glob("p*.png"))))
        colours = {page.pixel(x, y) for x in range(0, page.width(), 7) for y in range(0, page.height(), 7)}
        assert len(colours) > 10  # charts in colour, not a blank page


def test_a_pdf_needs_the_renderer_the_entry_point_passes(small_store: Store, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert run_report(["--format", "pdf", "--out", str(out), "--data-dir", _data_dir(small_store), *NOW_ARG]) == 2
    assert "cannot draw PDFs" in capsys.readouterr().err and not out.exists()


@pytest.mark.slow  # a fresh interpreter loads Qt
def test_the_command_line_draws_the_pdf_without_a_display(small_store: Store, tmp_path: Path) -> None:
    """`python -m workstation report --format pdf` with no display and no platform chosen:
    the entry point's renderer starts Qt offscreen by itself."""
    out = tmp_path / "out" / "r.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    run = subprocess.run([sys.executable, "-m", "workstation", "report", "--format", "pdf", "--out", str(out),
                          "--lang", "en", "--data-dir", _data_dir(small_store), *NOW_ARG],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in out.parent.iterdir()] == ["r.pdf"]


def test_bounds_and_previous_month() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    assert parse_bound("2026-03-01", paris, end=False) == datetime(2026, 2, 28, 23, tzinfo=UTC)
    assert parse_bound("2026-03-31", paris, end=True) == datetime(2026, 3, 31, 22, tzinfo=UTC)  # DST
    assert parse_bound("2026-03-01T08:00:00+00:00", paris, end=True) == datetime(2026, 3, 1, 8, tzinfo=UTC)
    assert previous_month(datetime(2026, 1, 10, tzinfo=UTC), UTC) == (
        datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))
