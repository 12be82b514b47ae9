"""Dashboard, crisis room, SLA settings and prevention dialog (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.metrics_ui.conftest import MONDAY, NOW, PARIS_HOURS
from workstation.metrics import stored
from workstation.metrics.measured import store_metrics
from workstation.metrics.report import metrics_json
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.ui.crisis_room import STEP_KEYS, CrisisRoom, crisis_severity
from workstation.ui.dashboard import DashboardWindow, format_value

pytestmark = pytest.mark.gui


def _open_dashboard(qtbot, store: Store, locale: str = "en") -> DashboardWindow:  # type: ignore[no-untyped-def]
    win = DashboardWindow(store, locale, now=NOW)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready, timeout=10_000)
    return win


def _choose(qtbot, win: DashboardWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    win.is_ready = False
    win.period_combo.setCurrentIndex(win.PERIODS.index(key))
    qtbot.waitUntil(lambda: win.is_ready, timeout=10_000)


def test_dashboard_numbers_match_metrics_json(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    win = _open_dashboard(qtbot, demo_store)
    _choose(qtbot, win, "all")
    js = metrics_json(store_metrics(demo_store, now=NOW).report)
    shown = {key: label.text() for key, label in win.kpi.items()}
    assert shown["total"] == format_value("total", js["counts"]["reviews"], "en")
    assert shown["response_rate"] == format_value("response_rate", js["response_rate"]["all"], "en")
    assert shown["response_rate_negative"] == format_value(
        "response_rate_negative", js["response_rate"]["negative"], "en")
    assert shown["wall_median_h"] == format_value("wall_median_h", js["response_time_hours"]["wall"]["median"], "en")
    assert shown["business_p90_h"] == format_value(
        "business_p90_h", js["response_time_hours"]["business"]["p90"], "en")
    assert shown["sla_attainment"] == format_value("sla_attainment", js["sla"]["attainment"], "en")
    assert shown["average_rating"] == format_value("average_rating", js["average_rating"], "en")
    assert js["counts"]["reviews"] == 327 and shown["total"] == "327"
    # Each rate says what it counts: "80 of 196 reviews", and its tooltip explains the base.
    s = win.result.report.overall  # type: ignore[union-attr]
    assert win.kpi_detail["response_rate"].text() == f"{s.replied} of {s.total:,} reviews"
    assert win.kpi_detail["response_rate_negative"].text() == f"{s.replied_negatives} of {s.negatives} negative reviews"
    due = s.sla_met + s.sla_missed + s.sla_overdue_open
    assert win.kpi_detail["sla_attainment"].text() == f"{s.sla_met} of {due} reviews due so far"
    assert js["sla"]["attainment"] == pytest.approx(s.sla_met / due, abs=1e-4)  # the JSON rounds to 4 places
    assert "deadline" in win.kpi_detail["sla_attainment"].parentWidget().toolTip()
    # Per-location table: one row per location (plus the app reviews without one).
    names = {win.locations_table.item(r, 0).text() for r in range(win.locations_table.rowCount())}
    assert names == {"Paris 11e", "Lyon Presqu'île", "(no location)"}
    assert win.topics_table.rowCount() > 0
    # The demo has no calendar set: the dashboard says which fallback it uses.
    assert "arrived more than a day after publication" in win.notes.text()  # the demo is imported in one go


def test_dashboard_period_changes_the_figures(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    win = _open_dashboard(qtbot, demo_store)
    _choose(qtbot, win, "all")
    everything = int(win.kpi["total"].text())
    _choose(qtbot, win, "30d")
    assert win.result is not None and win.result.report.period_from == NOW - timedelta(days=30)
    assert 0 < int(win.kpi["total"].text()) < everything


def test_dashboard_before_after_pivot(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    win = _open_dashboard(qtbot, small_store, "fr")
    _choose(qtbot, win, "all")
    assert win.result is not None and win.result.pivot == MONDAY + timedelta(hours=2)  # first reply at all
    win.is_ready = False
    win.set_pivot(datetime(2026, 11, 4, 12, tzinfo=UTC))
    qtbot.waitUntil(lambda: win.is_ready, timeout=10_000)
    ba = win.result.before_after
    # The pivot is a day: before = r1, r2 and r5 (no date, first seen that Monday); after = r3, r4, r6.
    assert ba is not None and ba.pivot.date().isoformat() == "2026-11-04"
    assert (ba.before.total, ba.after.total) == (3, 3)
    assert win.compare_table.rowCount() > 0
    assert win.kpi["response_rate"].text().endswith("%") and "," in win.kpi["response_rate"].text()


def test_dashboard_survives_an_empty_store(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "empty.sqlite3")
    win = _open_dashboard(qtbot, store)
    assert win.kpi["total"].text() == "0" and win.kpi["response_rate"].text() == "–"
    assert "No reply" in win.pivot_note.text()
    win.close()
    store.close()


def _crisis_id(store: Store) -> int:
    return next(c.id for c in md.list_crises(store) if c.label == "health_safety")


def test_crisis_room_shows_and_persists(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    cid = _crisis_id(demo_store)
    room = CrisisRoom(demo_store, "en", now=NOW, crisis_id=cid)
    qtbot.addWidget(room)
    room.show()
    assert room.crisis is not None and room.crisis.id == cid
    assert crisis_severity(room.crisis) == "critical"  # health & safety
    assert room.table.rowCount() == len(room.crisis.review_ids) == room.crisis.count
    assert room.answered_count == (0, room.crisis.count)
    statement = room.fields["holding_statement"].toPlainText()
    assert "contact@maison-dupont.fr" in statement and "about health & safety" in statement and "{" not in statement
    room.steps["assess"].setChecked(True)  # saved at once
    room.fields["causes"].setPlainText("A fridge broke down")
    room.notes.setPlainText("Supplier called at 9:00")
    room.save_button.click()
    room.status_combo.setCurrentIndex(1)  # handled
    room.close()
    saved = md.crisis_detail(demo_store, cid)
    assert saved is not None and saved.status == "handled" and saved.notes == "Supplier called at 9:00"
    assert saved.checklist["steps"]["assess"] is True and saved.checklist["causes"] == "A fridge broke down"
    assert set(saved.checklist["steps"]) == set(STEP_KEYS)

    again = CrisisRoom(demo_store, "fr", now=NOW, crisis_id=cid)
    qtbot.addWidget(again)
    assert again.steps["assess"].isChecked() and not again.steps["monitor"].isChecked()
    assert again.notes.toPlainText() == "Supplier called at 9:00"
    assert again.status_combo.currentData() == "handled"


def test_crisis_room_without_crises(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    room = CrisisRoom(small_store, "en", now=NOW)
    qtbot.addWidget(room)
    room.show()
    assert room.crisis is None and room.empty.isVisible()
    room.save()  # nothing to save, no error


def test_sla_settings_save_location_and_targets(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.sla_settings import SlaSettingsDialog

    dialog = SlaSettingsDialog(small_store, "en")
    qtbot.addWidget(dialog)
    dialog.location.setCurrentIndex(dialog.location.findText("Lyon"))
    dialog.timezone.setCurrentText("America/Toronto")
    dialog.country.setCurrentText("CA")
    dialog.subdivision.setText("on")
    dialog._fill_days("09:00-18:00", True)
    dialog.days["sat"].setText("10:00-14:00")
    dialog.closed.setPlainText("2026-12-24\n")
    dialog.amounts["critical"].setValue(2)
    assert dialog.save()
    lyon = next(loc for loc in md.location_settings(small_store) if loc.name == "Lyon")
    assert (lyon.timezone, lyon.country) == ("America/Toronto", "CA")
    cal = stored.load_calendars(small_store)["Lyon"]
    assert cal.subdivision == "ON" and not cal.flags and len(cal.hours.days[5]) == 1
    assert stored.load_sla_policy(small_store).critical.amount == 2
    # Bad hours are refused and explained; nothing is written.
    dialog.days["mon"].setText("9h-18h")
    dialog.amounts["critical"].setValue(3)
    assert not dialog.save()
    assert "Monday: opening hours '9h-18h'" in dialog.message.text()  # the day by its name, not its key
    assert next(loc for loc in md.location_settings(small_store) if loc.name == "Lyon") == lyon
    assert stored.load_sla_policy(small_store).critical.amount == 2
    paris = next(loc for loc in md.location_settings(small_store) if loc.name == "Paris")
    assert paris.hours_json == PARIS_HOURS  # untouched


def test_prevention_dialog_qr_and_messages(qtbot, small_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.prevention import PreventionDialog

    dialog = PreventionDialog(small_store, "fr")
    qtbot.addWidget(dialog)
    dialog.location.setCurrentIndex(dialog.location.findText("Paris"))
    assert dialog.link.text() == "https://example.com/paris/review"
    assert "https://example.com/paris/review" in dialog.message.toPlainText()
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
    path = dialog.export("svg", tmp_path / "qr.svg")
    assert path.read_text(encoding="utf-8").startswith("<svg")
    dialog.location.setCurrentIndex(dialog.location.findText("Lyon"))
    assert not dialog.save_png.isEnabled() and dialog.problem.text()
    dialog.link.setText("https://example.com/lyon")
    dialog.store_link()
    assert next(x for x in md.location_settings(small_store) if x.name == "Lyon").review_url == "https://example.com/lyon"
