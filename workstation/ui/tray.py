"""Notifications without overload: a tray icon showing how many urgent reviews wait, a
desktop notification only for critical reviews and new crises, a digest for the rest,
nothing during quiet hours (held back until they end), thresholds configurable.

The decision (`plan_notifications`, `in_quiet_hours`) is plain Python, tested without a
tray; `TrayNotifier` reads the store, applies it and shows the messages. Settings live in
the store (`notifications` key); the last check time too, so a restart does not repeat.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

from workstation.domain import from_iso, to_iso
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.store.settings import get_setting, set_setting
from workstation.ui.icons import app_icon
from workstation.ui.triage_labels import label_name

SETTINGS_KEY = "notifications"
LAST_CHECK_KEY = "notifications_last_check"


@dataclass(frozen=True, slots=True)
class NotifySettings:
    """`notify_levels`: urgency levels that deserve an immediate notification; others
    (`digest_levels`) wait for the digest, sent at most every `digest_minutes`. The tray
    shows its count badge from `badge_threshold` urgent reviews on."""

    enabled: bool = True
    quiet_start: str = "21:00"
    quiet_end: str = "08:00"
    digest_minutes: int = 180
    notify_levels: tuple[str, ...] = ("critical",)
    digest_levels: tuple[str, ...] = ("high",)
    notify_crises: bool = True
    badge_threshold: int = 1

    @classmethod
    def from_json(cls, raw: object) -> NotifySettings:
        """Settings from the stored dict; unusable values fall back to the defaults."""
        base = cls()
        if not isinstance(raw, dict):
            return base
        values: dict[str, Any] = {}
        for name, default in asdict(base).items():
            value = raw.get(name, default)
            if isinstance(default, tuple):
                value = tuple(str(v) for v in value) if isinstance(value, list | tuple) else default
            elif isinstance(default, bool):
                value = value if isinstance(value, bool) else default
            elif isinstance(default, int):
                value = value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default
            elif name in ("quiet_start", "quiet_end"):
                value = value if isinstance(value, str) and _clock(value) is not None else default
            values[name] = value
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _clock(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def load_settings(store: Store) -> NotifySettings:
    return NotifySettings.from_json(get_setting(store, SETTINGS_KEY))


def save_settings(store: Store, settings: NotifySettings) -> None:
    set_setting(store, SETTINGS_KEY, settings.to_json())


def in_quiet_hours(local: time, settings: NotifySettings) -> bool:
    """Whether a local wall time lies in [quiet_start, quiet_end) (overnight aware;
    equal bounds mean no quiet hours)."""
    start, end = _clock(settings.quiet_start), _clock(settings.quiet_end)
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


@dataclass(frozen=True, slots=True)
class Note:
    title: str
    message: str
    critical: bool = False


@dataclass(slots=True)
class Plan:
    """What to show now; `held` is what waits (quiet hours, or the digest's interval)."""

    now: list[Note] = field(default_factory=list)
    held_critical: list[Note] = field(default_factory=list)
    digest_count: int = 0


def plan_notifications(
    critical: list[Note],
    digest_new: int,
    *,
    local_now: time,
    now: datetime,
    last_digest: datetime | None,
    held: list[Note],
    held_digest: int,
    settings: NotifySettings,
) -> Plan:
    """Decide what to show: critical notes at once (unless quiet), the digest when due."""
    plan = Plan()
    if not settings.enabled:
        return plan
    pending = [*held, *critical]
    count = held_digest + digest_new
    if in_quiet_hours(local_now, settings):
        plan.held_critical = pending
        plan.digest_count = count
        return plan
    plan.now.extend(pending)
    due = last_digest is None or now - last_digest >= timedelta(minutes=settings.digest_minutes)
    if count and due:
        plan.now.append(Note(
            QCoreApplication.translate("Tray", "Review digest"),
            QCoreApplication.translate("Tray", "%n new urgent review(s) waiting for a reply.", "", count),
        ))  # fmt: skip
    else:
        plan.digest_count = count
    return plan


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with a red count in its corner (99+ above 99)."""
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(QColor("#34495E"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#C0392B"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(26, 0, 38, 38)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20 if count < 100 else 15)
    painter.setFont(font)
    painter.drawText(26, 0, 38, 38, 0x0084, str(count) if count < 100 else "99+")  # AlignCenter
    painter.end()
    return QIcon(pixmap)


class TrayNotifier(QObject):
    """The tray icon. Connect `openUrgent` to show the inbox's Urgent view and
    `openCrisis(int)` to open the crisis room; call `check()` after each sync/analysis
    (a timer also checks every `interval_ms`)."""

    openUrgent = Signal()
    openCrisis = Signal(int)
    notified = Signal(str, str)  # every note shown (title, message): for logs and tests

    def __init__(
        self,
        store: Store,
        locale: str = "en",
        parent: QObject | None = None,
        *,
        clock: Any = None,
        interval_ms: int = 60_000,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self._clock = clock or (lambda: datetime.now(UTC))
        self.settings = load_settings(store)
        self.urgent_count = 0
        self._held: list[Note] = []
        self._held_digest = 0
        self._last_digest: datetime | None = None
        self._last_crisis: int | None = None
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.activated.connect(self._activated)
        self.tray.messageClicked.connect(self._message_clicked)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def reload_settings(self) -> None:
        self.settings = load_settings(self.store)

    def check(self) -> Plan:
        """Update the badge and show what is due; returns the plan (for tests)."""
        now = self._clock()
        since = from_iso(get_setting(self.store, LAST_CHECK_KEY)) if get_setting(self.store, LAST_CHECK_KEY) else None
        self.urgent_count = md.urgent_unanswered_count(self.store)
        self._update_icon()
        s = self.settings
        critical = [
            Note(QCoreApplication.translate("Tray", "Critical review"),
                 f"{'★' * (r.stars or 0)} {r.snippet}".strip(), True)
            for r in md.critical_reviews_since(self.store, since, levels=s.notify_levels)
        ]  # fmt: skip
        if s.notify_crises:
            for c in md.crises_detected_since(self.store, since):
                critical.append(Note(
                    QCoreApplication.translate("Tray", "Possible crisis"),
                    QCoreApplication.translate("Tray", "%n negative review(s) about “%1”.", "", c.count)
                    .replace("%1", label_name(c.kind, c.label, self.locale)),
                    True,
                ))  # fmt: skip
                self._last_crisis = c.id
        digest_new = len(md.critical_reviews_since(self.store, since, levels=s.digest_levels)) if s.digest_levels else 0
        local = now.astimezone().time()
        plan = plan_notifications(
            critical, digest_new, local_now=local, now=now, last_digest=self._last_digest,
            held=self._held, held_digest=self._held_digest, settings=s,
        )  # fmt: skip
        self._held = plan.held_critical
        self._held_digest = plan.digest_count
        for note in plan.now:
            if note.title == QCoreApplication.translate("Tray", "Review digest"):
                self._last_digest = now
            self._show(note)
        set_setting(self.store, LAST_CHECK_KEY, to_iso(now))
        return plan

    def _update_icon(self) -> None:
        n = self.urgent_count
        show_badge = n >= max(1, self.settings.badge_threshold)
        self.tray.setIcon(badge_icon(app_icon(), n) if show_badge else app_icon())
        self.tray.setToolTip(
            QCoreApplication.translate("Tray", "%n urgent review(s) waiting for a reply", "", n)
            if n else QCoreApplication.translate("Tray", "No urgent review waiting")
        )

    def _show(self, note: Note) -> None:
        self.notified.emit(note.title, note.message)
        if self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            icon = QSystemTrayIcon.MessageIcon.Critical if note.critical else QSystemTrayIcon.MessageIcon.Information
            self.tray.showMessage(note.title, note.message, icon, 10_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openUrgent.emit()

    def _message_clicked(self) -> None:
        if self._last_crisis is not None:
            self.openCrisis.emit(self._last_crisis)
        else:
            self.openUrgent.emit()
