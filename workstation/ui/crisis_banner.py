"""A banner above the inbox when the triage sees a reputation crisis starting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from workstation.store import Store
from workstation.store.analysis_results import CrisisRow, open_crises, set_crisis_status
from workstation.ui import format as fmt
from workstation.ui.banner_frame import banner_text
from workstation.ui.triage_labels import label_name


class CrisisBanner(QFrame):
    """Emits `showReviews(CrisisRow)` when the user asks to open the crisis."""

    showReviews = Signal(object)

    def __init__(self, store: Store, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self.crisis: CrisisRow | None = None
        layout, self.text = banner_text(self, "crisisBanner", background="#FDEDEC", border="#C0392B",
                                        text_colour="#78281F")
        self.show_button = QPushButton(self.tr("Open the crisis room"), self)
        self.show_button.clicked.connect(lambda: self.crisis and self.showReviews.emit(self.crisis))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Hide this alert; it will not come back for this spike"))
        self.dismiss_button.clicked.connect(self.dismiss)
        for b in (self.show_button, self.dismiss_button):
            b.setAccessibleName(b.text())
            layout.addWidget(b)
        self.setAccessibleName(self.tr("Crisis alert"))
        self.refresh()

    def refresh(self) -> None:
        crises = open_crises(self.store)
        self.crisis = crises[0] if crises else None
        if self.crisis is None:
            self.hide()
            return
        c = self.crisis
        hours = max(1, round((c.window_end - c.window_start).total_seconds() / 3600))
        text = (self.tr("Possible crisis: %n negative review(s) about %1 in %2 h (usually %3 a day).", "", c.count)
                .replace("%1", fmt.quote(label_name(c.kind, c.label, self.locale), self.locale))
                .replace("%2", fmt.number(hours, locale=self.locale))
                .replace("%3", fmt.number(c.baseline_per_day, 1, self.locale)))
        if c.evidence:
            words = ", ".join(fmt.quote(e, self.locale) for e in c.evidence[:3])
            text += " " + self.tr("Shared words: %1.").replace("%1", words)
        if len(crises) > 1:
            # Say what the others are: "(+1 more)" left the owner asking "one more what?".
            text += " " + self.tr("(and %n other possible crisis: see the crisis room)", "", len(crises) - 1)
        self.text.setText(text)
        self.show()

    def dismiss(self) -> None:
        if self.crisis is not None and self.crisis.id is not None:
            set_crisis_status(self.store, self.crisis.id, "dismissed")
        self.refresh()
