"""The composer's "Points to answer" row: leave a point out or add one, and the drafts follow."""

from __future__ import annotations

from PySide6.QtGui import QAction

from workstation.replies.compose import label
from workstation.store import Store
from workstation.ui.main_window import MainWindow
from workstation.ui.point_chooser import POINT_ROLE, PointChooser

from .test_composer import first_one_star, open_on


def _menu_points(chooser: PointChooser) -> dict[str, bool]:
    """Each point the menu offers, and whether it is ticked."""
    chooser._fill_menu()
    actions: list[QAction] = chooser.menu.actions()
    return {a.property(POINT_ROLE): a.isChecked() for a in actions if a.property(POINT_ROLE)}


def test_the_row_names_the_points_found_and_the_menu_ticks_them(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    composer = open_on(qtbot, window, first_one_star(demo_store))
    chooser = composer.point_chooser
    assert chooser.isVisible() and chooser.chosen is None
    assert chooser.found and chooser.found[0] == "health_safety"
    for point in chooser.found:
        assert label(point, "en") in chooser.summary.text()
    offered = _menu_points(chooser)
    assert all(offered[p] for p in chooser.found)
    assert "cleanliness" in offered and not offered["cleanliness"]
    assert "hygiene" not in offered  # health already answers it: a tick there would change nothing


def test_leaving_a_point_out_drafts_again_without_it_and_keeps_the_owners_text(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    composer = open_on(qtbot, window, first_one_star(demo_store))
    chooser = composer.point_chooser
    composer.editor.setPlainText("My own words so far.")
    before = [s.text for s in composer.suggestions]
    dropped = chooser.found[0]
    _menu_points(chooser)  # fills the menu as opening it does
    untick = next(a for a in chooser.menu.actions() if a.property(POINT_ROLE) == dropped)
    with qtbot.waitSignal(chooser.chosenChanged):
        untick.trigger()
    assert chooser.chosen is not None and dropped not in chooser.chosen
    assert "as you chose" in chooser.summary.text() and label(dropped, "en") not in chooser.summary.text()
    assert all(dropped not in s.addresses for s in composer.suggestions)
    assert [s.text for s in composer.suggestions] != before
    assert "answers: " in composer.suggestion_list.item(0).text()
    assert composer.editor.toPlainText() == "My own words so far."  # the owner picks a card when ready
    assert not _menu_points(chooser)[dropped]  # still listed: ticking it again undoes the change
    chooser.reset()
    assert chooser.chosen is None and [s.text for s in composer.suggestions] == before


def test_a_point_added_is_answered_and_another_review_starts_from_its_own_points(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    review_id = first_one_star(demo_store)
    composer = open_on(qtbot, window, review_id)
    chooser = composer.point_chooser
    assert "price" not in chooser.found
    chooser.toggle("price")
    assert "price" in composer.suggestions[0].addresses
    assert label("price", "en") in composer.suggestion_list.item(0).text().splitlines()[1]
    other = int(demo_store.scalar("SELECT id FROM reviews WHERE stars <= 2 AND reply_state = 'none' AND id != ? "
                                  "AND text NOT LIKE '%price%' ORDER BY id LIMIT 1",
                                  (review_id,)))
    composer = open_on(qtbot, window, other)
    assert composer.point_chooser.chosen is None
    assert "price" not in composer.suggestions[0].addresses


def test_menu_entries_show_an_ampersand_as_written(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    composer = open_on(qtbot, window, first_one_star(demo_store))
    _menu_points(composer.point_chooser)
    health = next(a for a in composer.point_chooser.menu.actions() if a.property(POINT_ROLE) == "health_safety")
    assert health.text() == "Health && safety"  # drawn as "Health & safety", no shortcut letter


def test_a_found_topic_that_a_ticked_category_answers_is_shown_ticked_and_greyed(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    composer = open_on(qtbot, window, first_one_star(demo_store))
    chooser = composer.point_chooser
    chooser.show_points(("hygiene", "waiting_time"))
    assert _menu_points(chooser)["hygiene"] is True
    chooser.toggle("health_safety")
    _menu_points(chooser)
    hygiene = next(a for a in chooser.menu.actions() if a.property(POINT_ROLE) == "hygiene")
    assert hygiene.isChecked() and not hygiene.isEnabled()
    assert "Hygiene" not in chooser.summary.text()  # named once, as part of Health & safety
