"""An error of this computer's store (a busy database, an empty reply, a rule without a name,
a source named twice…) reads in the window's language: `error_text` words its kind
(`store/refusals.py`) through Qt's translations; in English it is the store's own message,
word for word, as before kinds existed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.ops.auto_setup import MONDAY_10, café
from workstation.domain import ReviewRecord, TriageStatus
from workstation.ops import auto_replies as auto
from workstation.store import Store, StoreError, import_records
from workstation.store.auto_replies import RuleRow
from workstation.store.outbox import queue_reply
from workstation.store.refusals import refusal_of
from workstation.store.sync_state import add_source
from workstation.sync.reply_queue import check_reply_text
from workstation.ui import translation
from workstation.ui.auto_replies import AutoRepliesDialog
from workstation.ui.conflict_reasons import error_text
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def _full_disk(store: Store) -> None:
    store._conn.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count') + 2}")
    import_records(store, [ReviewRecord(text="x" * 5000 + str(i), stars=4, author="Ann", created_at=T0,
                                        external_id=f"b{i}") for i in range(200)], platform_hint="google")


def _twice(store: Store) -> None:
    add_source(store, platform="google_business", name="Chez Jo", now=T0)
    add_source(store, platform="google_business", name="Chez Jo", now=T0)


# What the store is made to do → the French the window says.
CASES: list[tuple[Callable[[Store], object], str]] = [
    (_full_disk, "Le disque est plein\u00a0: libérez de la place, rien n’a été perdu."),
    (lambda s: queue_reply(s, 1, "  ", now=T0), "Le texte de la réponse est vide."),
    (lambda s: queue_reply(s, 404, "Merci", now=T0), "L’avis 404 n’existe pas."),
    (lambda s: auto.save_rule(s, RuleRow(None, ""), now=T0), "Une règle doit avoir un nom."),
    (lambda s: auto.save_rule(s, RuleRow(None, "Happy", min_stars=3), now=T0),
     "Les réponses automatiques ne répondent qu’aux avis à 4 et 5 étoiles, après un délai de 0 minute ou plus."),
    (lambda s: auto.switch_rule(s, 99, True, now=T0), "La règle 99 n’existe pas."),
    (_twice, "Une source Google nommée «\u202fChez Jo\u202f» existe déjà (n° 1)."),
    (lambda s: check_reply_text("demo", "x" * 2001),
     "La réponse est trop longue pour Démo\u00a0: 2001 caractères, la limite est de 2000."),
]


@pytest.mark.parametrize(("act", "french"), CASES)
def test_a_store_error_reads_in_the_window_language(qtbot, tmp_path: Path, act: Callable[[Store], object],  # type: ignore[no-untyped-def]
                                                     french: str) -> None:
    with Store(tmp_path / "db.sqlite3") as store, pytest.raises(StoreError) as raised:
        act(store)
    assert refusal_of(raised.value) is not None
    assert error_text(raised.value) == str(raised.value)  # English: the store's own words
    translation.install("fr")
    try:
        assert error_text(raised.value) == french
    finally:
        translation.install("en")


def test_an_error_without_a_kind_keeps_its_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    translation.install("fr")
    try:
        assert error_text(StoreError("Something only English knows.")) == "Something only English knows."
        assert error_text(ValueError("plain")) == "plain"
    finally:
        translation.install("en")


def test_the_window_says_a_busy_database_in_its_language(window_1280: MainWindow, language: str,  # type: ignore[no-untyped-def]
                                                         no_blocking_message_boxes: list[str]) -> None:
    """Archiving while another program holds the database: the warning box is in French in a
    French window, and the store's English message in an English one."""
    window_1280.table.selectRow(0)
    window_1280.store._conn.execute("PRAGMA busy_timeout = 0")  # no five-second wait in a test
    other = sqlite3.connect(window_1280.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        window_1280.set_status(TriageStatus("archived"))
    finally:
        other.rollback()
        other.close()
    assert no_blocking_message_boxes == [{
        "en": "The database is busy in another program or window; try again.",
        "fr": "La base de données est occupée par un autre programme ou une autre fenêtre\u202f; réessayez.",
    }[language]]


def test_the_rules_dialog_says_a_missing_name_in_french(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store(tmp_path / "db.sqlite3") as store:
        café(store)
        translation.install("fr")
        try:
            dialog = AutoRepliesDialog(store, "fr", clock=lambda: MONDAY_10)
            qtbot.addWidget(dialog)
            dialog.name.setText("")
            assert not dialog.save_rule()
            assert dialog.message.text() == "Une règle doit avoir un nom."
        finally:
            translation.install("en")
