"""The sync status in a French window: a failed source is named as the user named it (not
"source 3") and its platform's error is said in French from its kind; the lines of a sync that
went well are French too, with plural counts. Real runs on the worker thread: the in-process
demo platform, and a Google source whose saved secret lacks a value."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar

from tests.error_kind_checks import assert_in_french
from workstation.error_kinds import Refusal
from workstation.sources.credentials import store_secrets
from workstation.store import Store
from workstation.store.sync_state import add_source
from workstation.sync.source_sync import SyncResult
from workstation.ui import translation
from workstation.ui.sync_controller import SyncController, SyncOutcome

pytestmark = pytest.mark.gui

ENGLISH = ("source ", "Missing", "saved credentials", "reconnect the", "new", "updated", "did not answer",
           "Sync problem")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield
    translation.install("en")


def _controller(qtbot, db: Path) -> tuple[SyncController, QStatusBar]:  # type: ignore[no-untyped-def]
    """The controller and its status bar (the test holds the bar: its status label lives in it)."""
    bar = QStatusBar()
    qtbot.addWidget(bar)
    return SyncController(db, bar), bar


def test_a_failed_source_is_named_and_its_error_said_in_french(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               french: None) -> None:
    db = tmp_path / "sync.sqlite3"
    with Store(db) as store:
        demo = add_source(store, platform="demo", name="Avis de démonstration")

        def save(key: str) -> None:
            store_secrets(key, {"client_id": "cid.apps.googleusercontent.com"})  # no secret, no sign-in

        broken = add_source(store, platform="google_business", name="Boulangerie du Port",
                            base_url="http://127.0.0.1:9", save_secret=save)
    controller, _bar = _controller(qtbot, db)
    with qtbot.waitSignal(controller.finished, timeout=60_000) as done:
        assert controller.sync_now([demo, broken], send=False)
    assert controller.status.text() == "Problème de synchronisation"
    tip = controller.status.toolTip()
    assert tip.startswith("Boulangerie du Port\u00a0: Il manque une information dans les identifiants enregistrés")
    assert_in_french(tip, ENGLISH)
    lines = done.args[0].lines  # what the main window's status bar shows
    assert lines[0].startswith("Avis de démonstration\u00a0: ") and "nouveaux avis" in lines[0]
    assert_in_french(" ".join(lines), ENGLISH)


def test_a_sync_that_went_well_reads_in_french(qtbot, tmp_path: Path, french: None) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "sync.sqlite3"
    with Store(db) as store:
        demo = add_source(store, platform="demo", name="Avis de démonstration")
    controller, _bar = _controller(qtbot, db)
    with qtbot.waitSignal(controller.finished, timeout=60_000):
        assert controller.sync_now([demo], send=False)
    assert controller.status.text().startswith("Synchronisé")
    tip = controller.status.toolTip()
    assert tip.startswith("Avis de démonstration\u00a0: ") and "nouveaux avis" in tip
    assert_in_french(tip, ENGLISH)


def test_plural_counts_and_a_platform_error_from_its_kind(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          french: None) -> None:
    controller, _bar = _controller(qtbot, tmp_path / "x.sqlite3")
    controller._names = {3: "Boulangerie du Port", 4: "Appli"}
    late = SyncResult(3, error="Google Business Profile did not answer in time.",
                      error_refusal=Refusal("platform_no_answer", {"platform": "Google Business Profile"}))
    assert controller.result_line(late) == "Boulangerie du Port\u00a0: Google Business Profile n’a pas répondu à temps."
    assert controller.result_line(SyncResult(4, new=1, updated=2, replies=1)) == (
        "Appli\u00a0: 1 nouvel avis, 2 mis à jour, 1 réponse trouvée sur la plateforme")
    # An error without a kind (a newer or older core) keeps its English; an unknown source its number.
    assert controller.result_line(SyncResult(9, error="unexpected error (KeyError)")) == (
        "Source 9\u00a0: unexpected error (KeyError)")
    controller._done(SyncOutcome(results=[late], errors=["source 3: English"]))
    assert controller.status.toolTip() == "Boulangerie du Port\u00a0: Google Business Profile n’a pas répondu à temps."


def test_a_team_source_that_failed_says_its_platform_error_in_french(qtbot, french: None) -> None:  # type: ignore[no-untyped-def]
    from workstation.ops.team_actions import SourceState, SourceSync
    from workstation.ui.team_actions import source_line

    english = "Trustpilot asks us to slow down; will try again later."
    failed = SourceSync(5, "Boutique", SourceState.FAILED, message=english,
                        refusal=Refusal("platform_rate_limited", {"platform": "Trustpilot"}))
    assert source_line(failed) == "Boutique\u00a0: Trustpilot demande de ralentir\u202f; nouvel essai plus tard."


def test_the_windows_status_bar_says_a_sync_in_one_short_french_line(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      french: None) -> None:
    from workstation.ui.main_window import MainWindow

    store = Store(tmp_path / "sync.sqlite3")
    add_source(store, platform="demo", name="Demo platform")  # the demo's English default name

    def save(key: str) -> None:
        store_secrets(key, {"client_id": "cid.apps.googleusercontent.com"})

    add_source(store, platform="google_business", name="Boulangerie du Port", base_url="http://127.0.0.1:9",
               save_secret=save)
    win = MainWindow(store, locale="fr", background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.finished, timeout=60_000) as done:
        win.sync_now()
    new = sum(r.new for r in done.args[0].results)
    assert new > 0
    message = win.statusBar().currentMessage()
    assert message == (f"Synchronisation terminée\u00a0: {new} nouveaux avis. 1 source en échec\u00a0: détails sous "
                       "«\u202fProblème de synchronisation\u202f», en bas à droite.")
    # Each source's own line, in the tooltip, names the demo source as the sidebar does.
    assert win.sync.status.toolTip().startswith("Boulangerie du Port")
    assert all(not line.startswith("Demo platform") for line in done.args[0].lines)
