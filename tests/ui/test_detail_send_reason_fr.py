"""Why a reply is not sent yet, in the detail pane of a French window: the reason kept as parts
(the platform's refusal, then when it is tried again, or that its wait was too long) is said in
French, the time as the window shows dates; a row kept before parts existed shows its English.
The English window says the same sentence the command line keeps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.error_kind_checks import assert_in_french
from workstation.error_kinds import Refusal
from workstation.ops import replies as reply_ops
from workstation.store import Store, queries
from workstation.store.outbox import mark_failed, mark_retry, pending_items
from workstation.ui import translation
from workstation.ui.detail import DetailPane

pytestmark = pytest.mark.gui

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
TROUBLE = Refusal("platform_server_error", {"platform": "demo", "status": "503"})
ENGLISH = ("Not sent", "next try", "trouble", "asked", "wait", "retry it", "Retry failed", "slow down")


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield
    translation.install("en")


def _queued(store: Store) -> int:
    review_id = int(store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 1"))
    reply_ops.queue_reply(store, review_id, "Merci pour votre avis", now=AT)
    return review_id


def _history(qtbot, store: Store, review_id: int, locale: str) -> str:  # type: ignore[no-untyped-def]
    pane = DetailPane(locale)
    qtbot.addWidget(pane)
    pane.show_review(queries.review_detail(store, review_id))
    return pane.history.toPlainText()


def test_a_waiting_reply_says_why_in_french(qtbot, demo_store: Store, french: None) -> None:  # type: ignore[no-untyped-def]
    review_id = _queued(demo_store)
    (item,) = [i for i in pending_items(demo_store) if i.review_id == review_id]
    mark_retry(demo_store, item.id, "Demo platform is having trouble (error 503); will try again later. "
               "(next try at 2026-11-25 10:30)", not_before=AT, now=AT,
               parts=[TROUBLE, Refusal("outbox_next_try", {"at": "2026-11-25T09:30:00Z"})])
    shown = _history(qtbot, demo_store, review_id, "fr")
    line = next(line for line in shown.splitlines() if line.startswith("Pas encore envoyée"))
    assert "(erreur 503)" in line and "(nouvel essai le " in line and "2026" in line, line
    assert_in_french(line, ENGLISH)


def test_a_reply_whose_wait_was_too_long_says_so_in_french(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                            french: None) -> None:
    review_id = _queued(demo_store)
    (item,) = [i for i in pending_items(demo_store) if i.review_id == review_id]
    mark_failed(demo_store, item, "Demo platform asks us to slow down; will try again later. It asked to wait "
                "until 2026-12-07 03:46: not sent; retry it later (outbox send --retry-failed, or Retry failed "
                "replies).", now=AT, parts=[Refusal("platform_rate_limited", {"platform": "demo"}),
                                    Refusal("outbox_wait_too_long", {"at": "2026-12-07T02:46:00Z"})])
    shown = _history(qtbot, demo_store, review_id, "fr")
    line = next(line for line in shown.splitlines() if line.startswith("Pas encore envoyée"))
    assert "jusqu’au 7 déc. 2026" in line and "Réessayer les réponses en échec" in line, line
    assert_in_french(line.replace("--retry-failed", ""), ENGLISH)


def test_a_reason_kept_before_parts_shows_its_english(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                      french: None) -> None:
    review_id = _queued(demo_store)
    (item,) = [i for i in pending_items(demo_store) if i.review_id == review_id]
    mark_failed(demo_store, item, "The platform refused the reply.", now=AT)
    assert "Pas encore envoyée : The platform refused the reply." in _history(qtbot, demo_store, review_id, "fr")


def test_the_english_window_says_the_english_sentence(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    review_id = _queued(demo_store)
    (item,) = [i for i in pending_items(demo_store) if i.review_id == review_id]
    mark_failed(demo_store, item, "Demo platform is having trouble (error 503); will try again later.",
                now=AT, parts=[TROUBLE])
    assert ("Not sent yet: Demo platform is having trouble (error 503); will try again later."
            in _history(qtbot, demo_store, review_id, "en"))


def test_the_sync_status_says_send_problems_in_french(qtbot, tmp_path, french: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStatusBar

    from workstation.ui.sync_controller import SyncController, SyncOutcome

    bar = QStatusBar()
    qtbot.addWidget(bar)
    controller = SyncController(tmp_path / "x.sqlite3", bar)
    refused = "review 7: Demo platform is having trouble (error 503); will try again later."
    odd = "source 2: something without a kind"
    controller._done(SyncOutcome(failed=1, send_problems=[refused, odd], send_problem_parts={
        0: (Refusal("outbox_problem_review", {"review": "7"}), TROUBLE)}))
    assert controller.status.text() == "Problème de synchronisation"
    first, second = controller.status.toolTip().splitlines()
    assert first.startswith("avis 7\u00a0: ") and "(erreur 503)" in first, first
    assert_in_french(first, ENGLISH)
    assert second == odd  # no parts: its English, as before


def test_a_send_problems_source_is_named_as_the_sidebar_names_it(qtbot, tmp_path, french: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStatusBar

    from workstation.ui.sync_controller import SyncController, SyncOutcome

    bar = QStatusBar()
    qtbot.addWidget(bar)
    controller = SyncController(tmp_path / "x.sqlite3", bar)
    controller._names = {2: "Boulangerie du Port"}  # what sync_now reads from the store
    english = "source 2: Demo platform is having trouble (error 503); will try again later."
    controller._done(SyncOutcome(failed=1, send_problems=[english, english], send_problem_parts={
        0: (Refusal("outbox_problem_source", {"source": "2"}), TROUBLE),
        1: (Refusal("outbox_problem_source", {"source": "9"}), TROUBLE)}))  # a source it does not know
    first, second = controller.status.toolTip().splitlines()
    assert first.startswith("source Boulangerie du Port\u00a0: ") and "(erreur 503)" in first, first
    assert second.startswith("source 9\u00a0: ")
