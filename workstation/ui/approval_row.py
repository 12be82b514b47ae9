"""The approval row of the reply view on a team server: "Waiting for approval" on a reply an
agent queued for a location that wants an approver's OK and, for an approver who did not
write it, Approve / Send back (with a note for the author).

It reads the window's local copy (`ops.team_mirror.approval_for`: the reply as last read from
the server, the team's roles) and records the decision there (`ops.team_mirror.approve_reply`
/ `send_back`); the mirror pushes it at once, and the server checks roles and authors again,
so a stale copy can never approve what it should not. Hidden when working alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import (
    ApprovalView,
    Decider,
    approval_for,
    approve_reply,
    send_back,
)
from workstation.store import Store


class ApprovalRow(QFrame):
    """`decided(OpChanges)` after Approve or Send back (the window publishes it: the mirror pushes)."""

    decided = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.member: str | None = None  # the name in the team; None when working alone
        self.review_id: int | None = None
        self.view: ApprovalView | None = None
        self.setObjectName("approvalRow")
        self.setStyleSheet("#approvalRow { background: #EBF5FB; border: 1px solid #2874A6; border-radius: 4px; }"
                           "#approvalRow QLabel { color: #1B4F72; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # colleagues' names are never markup
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note for the author"))
        self.note.setPlaceholderText(self.tr("Note for the author (why it goes back)"))
        row.addWidget(self.note, 1)
        self.setAccessibleName(self.tr("Approval"))
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setToolTip(self.tr("Send this reply to the shared outbox in its author’s name"))
        self.approve_button.clicked.connect(self.approve)
        self.send_back_button = QPushButton(self.tr("Send back"), self)
        self.send_back_button.setToolTip(self.tr("Return the reply to its author as a draft, with your note"))
        self.send_back_button.clicked.connect(self.send_back)
        for button in (self.approve_button, self.send_back_button):
            button.setAccessibleName(button.text())
            row.addWidget(button)
        layout.addLayout(row)
        self.hide()

    def set_member(self, member: str | None) -> None:
        """The window joined a team server as `member` (None: working alone)."""
        self.member = member
        self.show_review(self.review_id)

    def show_review(self, review_id: int | None) -> None:
        self.review_id = review_id
        self.refresh()

    def refresh(self) -> None:
        self.view = (approval_for(self.store, self.review_id, self.member)
                     if self.member is not None and self.review_id is not None else None)
        if self.view is None:
            self.hide()
            return
        may_decide = self.view.decider is Decider.YOU and self.view.waiting.decided is None
        for widget in (self.approve_button, self.send_back_button, self.note):
            widget.setVisible(may_decide)
        self.text.setText(self.describe(self.view))
        self.show()

    def describe(self, view: ApprovalView) -> str:
        author = view.waiting.author or self.tr("a colleague")
        if view.waiting.decided == "approve":
            return self.tr("Approved: the reply goes to the shared outbox with the next update from the team server.")
        if view.waiting.decided == "reject":
            return self.tr("Sent back to %1 with your note (with the next update from the team server).") \
                .replace("%1", author)
        if view.decider is Decider.OWN:
            return self.tr("Waiting for approval: you wrote this reply, so another approver must check it.")
        if view.decider is Decider.NOT_APPROVER:
            return self.tr("Waiting for approval: %1’s reply is sent once an approver accepts it.") \
                .replace("%1", author)
        return self.tr("Waiting for approval: %1 wrote this reply. Approve it or send it back.").replace("%1", author)

    def approve(self) -> None:
        if self.view is not None and self.view.decider is Decider.YOU:
            self._decided(approve_reply(self.store, self.view.waiting.review_id))

    def send_back(self) -> None:
        if self.view is not None and self.view.decider is Decider.YOU:
            self._decided(send_back(self.store, self.view.waiting.review_id, self.note.text().strip()))

    def _decided(self, changes: OpChanges) -> None:
        self.note.clear()
        self.refresh()
        self.decided.emit(changes)
