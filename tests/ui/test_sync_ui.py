"""Sync and outbox from the window, against the in-process demo platform."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.store import ReviewFilter, Store, queries
from workstation.store.sync_state import add_source
from workstation.ui.accounts import AccountsDialog, add_source_from_form
from workstation.ui.main_window import MainWindow

from .clock import let_send_delay_pass


@pytest.fixture
def demo_platform_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "sync.sqlite3")
    add_source(store, platform="demo", name="Demo platform")
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    return win


def test_sync_now_then_send_a_reply(qtbot, demo_platform_window: MainWindow,  # type: ignore[no-untyped-def]
                                    no_blocking_message_boxes: list[str]) -> None:
    win = demo_platform_window
    store = win.store
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.finished, timeout=30000) as done:
        win.sync_now()
    outcome = done.args[0]
    # One line per source, named as the user named it (tests/ui/test_sync_status_fr.py: in French)
    assert outcome.lines and outcome.lines[0].startswith("Demo platform: ") and "new review" in outcome.lines[0]
    assert queries.count(store, ReviewFilter(view="all")) > 0
    assert "Synced" in win.sync.status.text()

    review_id = store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' LIMIT 1")
    win.sidebar.select_view("all")
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    win._select_row(win.model.row_of(review_id))  # type: ignore[arg-type]
    win.open_composer()
    composer = win.composer
    assert composer is not None and composer.send_button.isVisible()  # an API platform
    composer.editor.setPlainText("Thank you very much for your review, see you soon!")
    composer.send()
    let_send_delay_pass(composer)
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) == "queued"
    with qtbot.waitSignal(win.sync.finished, timeout=30000) as sent:
        win.sync_now([])
    assert sent.args[0].sent == 1
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) == "sent"
    assert store.scalar("SELECT external_id IS NOT NULL FROM replies WHERE review_id = ? AND state = 'sent'",
                        (review_id,))

    # Delete it again on the platform (the demo platform allows it).
    from PySide6.QtWidgets import QMessageBox

    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    try:
        win.delete_reply()
        assert not no_blocking_message_boxes, no_blocking_message_boxes
        with qtbot.waitSignal(win.sync.finished, timeout=30000) as deleted:
            pass
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert not no_blocking_message_boxes, no_blocking_message_boxes
    assert deleted.args[0].failed == 0
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) != "sent"


def test_take_back_a_queued_deletion_in_the_window(qtbot, demo_platform_window: MainWindow,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.ops import replies

    win = demo_platform_window
    store = win.store
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.finished, timeout=30000):
        win.sync_now()
    review_id = int(store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' LIMIT 1"))
    replies.queue_reply(store, review_id, "Thank you for your visit!")
    with qtbot.waitSignal(win.sync.finished, timeout=30000) as sent:
        win.sync_now([])
    assert sent.args[0].sent == 1
    replies.withdraw_reply(store, review_id)  # its deletion queued (the platform was away, say)
    win.sidebar.select_view("all")
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    win._select_row(win.model.row_of(review_id))  # type: ignore[arg-type]
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, text, *a, **k: asked.append((title, text)) or QMessageBox.StandardButton.Yes))
    win.withdraw_queued()
    assert [title for title, _ in asked] == ["Take back the deletion"]
    assert asked[0][1].endswith("? The reply stays on the platform.")
    assert win.statusBar().currentMessage() == "Deletion taken back: the reply stays on the platform."
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) == "sent"
    assert store.scalar("SELECT state FROM outbox WHERE action = 'delete'") == "cancelled"
    win.withdraw_queued()  # nothing waits any more: said, nothing asked
    assert len(asked) == 1 and win.statusBar().currentMessage() == "This review has no queued reply to take back."


def test_offline_is_quiet(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "off.sqlite3")
    add_source(store, platform="google_business", name="Shop", base_url="http://127.0.0.1:9")  # nothing listens
    from workstation.sources.credentials import store_secrets

    store_secrets("source-1", {"access_token": "x"})
    store._conn.execute("UPDATE sources SET secret_key = 'source-1'")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    assert win.sync is not None
    with qtbot.waitSignal(win.sync.finished, timeout=60000) as done:
        win.sync_now()
    assert done.args[0].offline
    assert win.sync.status.text() == "Offline"
    assert not warnings


def test_add_source_form_validates_and_keeps_secrets_out_of_the_db(qtbot, tmp_path: Path,
                                                                    memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "acc.sqlite3")
    key = tmp_path / "token.json"
    key.write_text('{"access_token": "SECRET-TOKEN-123"}', encoding="utf-8")
    with pytest.raises(ValueError, match="name"):
        add_source_from_form(store, "google_business", " ", str(key), "", 60, "")
    with pytest.raises(ValueError):
        add_source_from_form(store, "google_business", "Shop", str(key), "", 60, "ftp://example.com")
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "service_account"}', encoding="utf-8")
    with pytest.raises(ValueError):
        add_source_from_form(store, "google_business", "Shop", str(bad), "", 60, "")
    source_id = add_source_from_form(store, "google_business", "Shop", str(key), "", 60, "")
    assert source_id == 1
    assert any("SECRET-TOKEN-123" in v for v in memory_keyring.secrets.values())
    store.close()
    assert b"SECRET-TOKEN-123" not in (tmp_path / "acc.sqlite3").read_bytes()
    store = Store(tmp_path / "acc.sqlite3")
    dialog = AccountsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and "Shop" in dialog.table.item(0, 0).text()
