"""Tray notifications (quiet hours, digest, counts) and the prevention kit (texts, QR)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from tests.metrics_ui.conftest import MONDAY, NOW
from workstation.metrics.prevention import PreventionError, invitation, qr_code, write_kit
from workstation.store import Store
from workstation.store.analysis_results import AnalysisRow, CrisisRow, save_analysis, save_crises
from workstation.ui.tray import (
    Note,
    NotifySettings,
    TrayNotifier,
    in_quiet_hours,
    load_settings,
    plan_notifications,
    save_settings,
)

QUIET = NotifySettings(quiet_start="21:00", quiet_end="08:00", digest_minutes=60)


@pytest.mark.parametrize(
    ("local", "quiet"),
    [(time(20, 59), False), (time(21, 0), True), (time(2, 0), True), (time(7, 59), True), (time(8, 0), False)],
)
def test_quiet_hours_overnight(local: time, quiet: bool) -> None:
    assert in_quiet_hours(local, QUIET) is quiet


def test_quiet_hours_same_day_and_disabled() -> None:
    lunch = NotifySettings(quiet_start="12:00", quiet_end="14:00")
    assert in_quiet_hours(time(13), lunch) and not in_quiet_hours(time(15), lunch)
    assert not in_quiet_hours(time(3), NotifySettings(quiet_start="00:00", quiet_end="00:00"))


def _plan(critical: list[Note], digest: int, local: time, *, last: datetime | None = None,
          held: list[Note] | None = None, held_digest: int = 0, settings: NotifySettings = QUIET):  # type: ignore[no-untyped-def]
    return plan_notifications(critical, digest, local_now=local, now=NOW, last_digest=last,
                              held=held or [], held_digest=held_digest, settings=settings)


def test_critical_now_others_in_a_digest(qapp) -> None:  # type: ignore[no-untyped-def]
    note = Note("Critical review", "Food poisoning", True)
    plan = _plan([note], 3, time(10))
    assert plan.now[0] == note and "3" in plan.now[1].message and plan.digest_count == 0
    # A digest was sent 10 minutes ago: the new urgent ones wait, the critical one does not.
    plan = _plan([note], 2, time(10), last=NOW - timedelta(minutes=10))
    assert plan.now == [note] and plan.digest_count == 2


def test_quiet_hours_hold_everything_until_they_end(qapp) -> None:  # type: ignore[no-untyped-def]
    note = Note("Critical review", "Food poisoning", True)
    night = _plan([note], 4, time(23))
    assert night.now == [] and night.held_critical == [note] and night.digest_count == 4
    morning = _plan([], 1, time(8, 30), held=night.held_critical, held_digest=night.digest_count)
    assert morning.now[0] == note and "5" in morning.now[1].message


def test_disabled_shows_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    plan = _plan([Note("x", "y", True)], 9, time(10), settings=NotifySettings(enabled=False))
    assert plan.now == [] and plan.held_critical == []


def test_settings_round_trip_and_bad_values(small_store: Store) -> None:
    assert load_settings(small_store) == NotifySettings()
    custom = NotifySettings(quiet_start="22:30", notify_levels=("critical", "high"), badge_threshold=3)
    save_settings(small_store, custom)
    assert load_settings(small_store) == custom
    from workstation.store.settings import set_setting

    set_setting(small_store, "notifications", {"quiet_start": "late", "digest_minutes": -5, "enabled": "yes"})
    assert load_settings(small_store) == NotifySettings()


def test_tray_counts_and_notifies_once(qtbot, small_store: Store) -> None:  # type: ignore[no-untyped-def]
    ids = dict(small_store._conn.execute("SELECT external_id, id FROM reviews").fetchall())
    save_analysis(small_store, [AnalysisRow(ids["r3"], "en", -0.8, 0.95, "critical", "{}", 1),
                                AnalysisRow(ids["r5"], "en", -0.4, 0.7, "high", "{}", 1)])
    noon = datetime(2026, 11, 25, 12, tzinfo=UTC)
    save_crises(small_store, [CrisisRow("topic:wait:x", "topic", "waiting_time", MONDAY,
                                        MONDAY + timedelta(hours=5), 3, 0.1, [ids["r3"]], [])],
                now=noon - timedelta(hours=1))  # detected before the first check, on the test's clock
    clock = [noon]
    tray = TrayNotifier(small_store, "en", clock=lambda: clock[0])
    try:
        _counts_and_notifies_once(tray, clock, noon)
    finally:  # a timer left running would fire into later tests once this store is closed
        tray.timer.stop()
        tray.deleteLater()


def _counts_and_notifies_once(tray: TrayNotifier, clock: list[datetime], noon: datetime) -> None:
    small_store = tray.store
    seen: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, message: seen.append((title, message)))
    save_settings(small_store, NotifySettings(quiet_start="00:00", quiet_end="00:00"))
    tray.reload_settings()
    tray.check()
    assert tray.urgent_count == 2
    assert "2" in tray.tray.toolTip()
    titles = [t for t, _ in seen]
    assert titles == ["Critical review", "Possible crisis", "Review digest"]
    assert "Slow service" in seen[0][1]
    seen.clear()
    clock[0] = noon + timedelta(minutes=5)
    tray.check()  # nothing new since the last check
    assert seen == []


def test_invitations_fr_en_never_gate_or_incentivise() -> None:
    link = "https://g.page/r/abc/review"
    for lang in ("fr", "en"):
        for channel in ("email", "sms", "card"):
            text = invitation(channel, lang, link=link, business="Maison Dupont", location="Paris 11e")
            assert link in text and "Maison Dupont" in text
            for word in ("5 star", "5 étoiles", "discount", "réduction", "gift", "cadeau"):
                assert word not in text.lower()
    assert "Merci" in invitation("email", "fr", link=link, business="X")
    assert invitation("sms", "en", link=link, business="Maison Dupont", location="Paris 11e").startswith(
        "Thanks for visiting Maison Dupont Paris 11e")


@pytest.mark.parametrize("bad", [None, "", "   ", "g.page/r/abc", "javascript:alert(1)", "ftp://x.y/z"])
def test_bad_links_are_refused(bad: str | None) -> None:
    with pytest.raises(PreventionError):
        qr_code(bad)


def test_qr_code_is_well_formed_and_decodes(tmp_path: Path) -> None:
    link = "https://example.com/review?place=Paris%2011e"
    code = qr_code(link)
    assert code.size == len(code.matrix) and all(len(row) == code.size for row in code.matrix)
    assert (code.size - 17) % 4 == 0  # a real QR version: 21, 25, 29… modules
    # The three finder patterns: a 7×7 dark ring around a 3×3 dark centre.
    for r0, c0 in ((0, 0), (0, code.size - 7), (code.size - 7, 0)):
        ring = [code.matrix[r0 + i][c0 + j] for i in range(7) for j in range(7) if i in (0, 6) or j in (0, 6)]
        centre = [code.matrix[r0 + i][c0 + j] for i in range(2, 5) for j in range(2, 5)]
        assert all(ring) and all(centre) and not code.matrix[r0 + 1][c0 + 1]
    files = write_kit(tmp_path, "Paris 11e", link, lang="fr", business="Maison Dupont")
    png, svg, txt = files
    assert png.read_bytes().startswith(b"\x89PNG") and png.name == "paris-11e-qr.png"
    assert ET.fromstring(svg.read_text(encoding="utf-8")).tag.endswith("svg")
    assert link in txt.read_text(encoding="utf-8")
    if shutil.which("zbarimg"):
        for path in (png,):
            out = subprocess.run(["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True, timeout=30)
            assert out.stdout.strip() == link
