"""The composer's "Points to answer" row: what the drafts answer, and a menu to change it.

The points found in a review are a guess (issue 18: drafts sometimes apologise for something
the customer never said, or skip what they were angry about). Here the owner ticks a point
off or adds one the analysis missed; the composer then drafts again for exactly those points.
Unticking keeps the point in the menu, so a change is undone the way it was made, and "Use the
points found" goes back to the guess. The choice lasts while the review is open; a draft the
owner picked is saved as usual.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from workstation.replies.complaints import ISSUE_ORDER, covered_by
from workstation.replies.compose import label as point_label
from workstation.replies.compose import point_labels
from workstation.replies.point_choice import CHOOSABLE

POINT_ROLE = "point_id"  # the action property holding a point's id


class PointChooser(QWidget):
    """Emits `chosenChanged` when the owner changes the points; read `chosen` (None: as found)."""

    chosenChanged = Signal()

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "fr" if locale.lower().startswith("fr") else "en"
        self.found: tuple[str, ...] = ()
        self.offered: tuple[str, ...] = CHOOSABLE
        self.chosen: tuple[str, ...] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)  # five points in French must not be cut
        layout.addWidget(self.summary, 1)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        # A push button with a menu: the platform draws its arrow beside the text, not over it.
        self.button = QPushButton(self.tr("Change points…"), self)
        self.button.setAccessibleName(self.tr("Change the points the drafts answer"))
        self.button.setToolTip(self.tr(
            "Leave out a point the review never raised, or add one it did: the drafts are written again"))
        self.button.setMenu(self.menu)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_points(self, found: Sequence[str], offered: Sequence[str] = CHOOSABLE) -> None:
        """A new review: show the points found, forget any earlier choice; `offered` are
        the points the menu proposes to add (`point_choice.points_offered`)."""
        self.found = tuple(found)
        self.offered = tuple(offered)
        self.chosen = None
        self._show_summary()

    @property
    def current(self) -> tuple[str, ...]:
        return self.found if self.chosen is None else self.chosen

    def toggle(self, point: str) -> None:
        """Add `point` to the drafts' points, or leave it out; emits `chosenChanged`."""
        now = set(self.current) ^ {point}
        ordered = tuple(i for i in ISSUE_ORDER if i in now)
        self.chosen = None if set(ordered) == set(self.found) else ordered
        self._show_summary()
        self.chosenChanged.emit()

    def reset(self) -> None:
        """Back to the points found in the review."""
        if self.chosen is None:
            return
        self.chosen = None
        self._show_summary()
        self.chosenChanged.emit()

    def _show_summary(self) -> None:
        names = ", ".join(point_labels(self.current, self.lang))
        if self.chosen is None:
            text = (self.tr("Points to answer: %1").replace("%1", names) if names
                    else self.tr("Points to answer: none found (the drafts thank or answer in general)"))
        else:
            text = (self.tr("Points to answer, as you chose: %1").replace("%1", names) if names
                    else self.tr("Points to answer, as you chose: none (the drafts answer in general)"))
        self.summary.setText(text)
        self.summary.setAccessibleName(text)

    def _fill_menu(self) -> None:
        """Found points first, then the others the review's kind of business may need, then the
        way back."""
        self.menu.clear()
        current = set(self.current)
        # A topic that a chosen category already answers in full (hygiene under health) would
        # be a tick that changes nothing: it is not offered.
        answered = covered_by(current)
        others = [p for p in self.offered if p not in self.found and p not in answered]
        # Points added earlier stay listed among the others (ticked), whatever their id.
        others += [p for p in self.current if p not in self.found and p not in others]
        self.menu.addSection(self.tr("Found in the review"))
        if not self.found:
            self.menu.addAction(self.tr("(none)")).setEnabled(False)
        for point in self.found:
            # A found topic that a ticked category now answers in full (hygiene once health &
            # safety is ticked) stays ticked but greyed: unticking it alone would change nothing.
            self._add_point(point, point in current or point in answered, enabled=point not in answered)
        self.menu.addSection(self.tr("Add a point"))
        for point in sorted(others, key=ISSUE_ORDER.index):
            self._add_point(point, point in current)
        self.menu.addSeparator()
        back = self.menu.addAction(self.tr("Use the points found"))
        back.setEnabled(self.chosen is not None)
        back.triggered.connect(self.reset)

    def _add_point(self, point: str, checked: bool, *, enabled: bool = True) -> None:
        # "Health & safety": a lone & in a menu entry would mark a shortcut letter instead.
        action = QAction(point_label(point, self.lang).replace("&", "&&"), self.menu)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setProperty(POINT_ROLE, point)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _=False, p=point: self.toggle(p))
        self.menu.addAction(action)
