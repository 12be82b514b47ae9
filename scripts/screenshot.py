"""Regenerate docs/screenshot.png: the demo inbox as a user first sees it.

Usage: python scripts/screenshot.py [--lang en|fr] [--out docs/screenshot.png] [--size 1280x800]
            [--row N] [--reply] [--empty] [--screen inbox|mapping|export|report|setup|preferences [--page N]]
            [--all DIR]
`--screen mapping` is the import's column step for a file of unknown layout; `--screen export`
shows File → Export report… over the window; `--screen report` writes the demo's PDF report
and saves its first page (needs pdftoppm). `--all DIR` writes every screen in both languages
into DIR as <screen>_<lang>.png, each in its own process. Runs offscreen unless a display is
set; for real fonts and window sizes use
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb python scripts/screenshot.py --all docs/screens
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt is imported once the display is chosen
    from PySide6.QtWidgets import QApplication

    from workstation.ui.main_window import MainWindow

_UNKNOWN_LAYOUT = (
    "Qui;Ce qu'il en dit;Combien;Jour;Boutique\n"
    "Léa Martin;Accueil chaleureux et pain excellent, je reviendrai avec plaisir;4;24/11/2026;Lyon\n"
    "Max;Attente interminable et café froid, dommage;2;23/11/2026;Lyon\n"
    "Zoé;Très bon mais un peu cher pour la taille des parts;huit;22/11/2026;Paris\n"
    "Hugo;Les croissants du dimanche sont parfaits;5;21/11/2026;Paris\n"
)


# Every screen --all writes: name → the options that show it.
ALL_SCREENS = {
    "inbox": [],
    "reply": ["--reply"],
    "reply-points": ["--reply", "--points"],
    "reply-problem": ["--reply", "--problem"],
    "mapping": ["--screen", "mapping"],
    "export": ["--screen", "export"],
    "report": ["--screen", "report"],
    "first-run": ["--screen", "setup", "--page", "1"],
    "first-run-locations": ["--screen", "setup", "--page", "2"],
    "first-run-team": ["--screen", "setup", "--page", "0", "--join"],
    "preferences": ["--screen", "preferences"],
    "preferences-team": ["--screen", "preferences", "--page", "3", "--join"],
    "auto-replies": ["--screen", "auto-replies"],
    "dashboard": ["--screen", "dashboard"],
    "empty-inbox": ["--empty"],
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshot.png")
    parser.add_argument("--view", default="needs_reply")
    parser.add_argument("--reply", action="store_true", help="open the reply composer on the selected review")
    parser.add_argument("--points", action="store_true", help="with --reply: leave the last point found out and "
                        "show the 'Change points' menu open (needs a display: the menu is its own window)")
    parser.add_argument("--problem", action="store_true", help="with --reply: the draft holds a customer's e-mail, "
                        "so the check blocks it; the problem is selected (its Ignore button shown)")
    parser.add_argument("--approval", action="store_true", help="with --reply: on a team server, the selected "
                        "review's reply waits for approval and you are an approver")
    parser.add_argument("--row", type=int, default=2, help="the row of the list selected (0 is the first)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--screen", default="inbox",
                        choices=("inbox", "mapping", "export", "report", "setup", "preferences", "auto-replies",
                                 "dashboard"))
    parser.add_argument("--page", type=int, default=0, help="with --screen setup: the assistant's step (0-4)")
    parser.add_argument("--join", action="store_true", help="with --screen setup/preferences: "
                        "'Join a team server' chosen, with an example address; with auto-replies: on a team server")
    parser.add_argument("--empty", action="store_true", help="a fresh install: no review yet")
    parser.add_argument("--all", type=Path, metavar="DIR", help="every screen, both languages, into DIR")
    args = parser.parse_args()
    if args.all is not None:
        return _every_screen(args.all, args.size)
    width, height = (int(n) for n in args.size.lower().split("x"))
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.app import reset_demo_db
    from workstation.store import Store
    from workstation.ui import translation
    from workstation.ui.main_window import MainWindow
    from workstation.ui.style import install_style

    app = QApplication(sys.argv[:1])
    install_style(app)  # as the app does
    translation.install(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        # Default window layout, not the one this user last saved.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        store = Store(Path(tmp) / "empty.sqlite3") if args.empty else Store(reset_demo_db(tmp))
        # What a user sees a few seconds after start: the triage and deadlines are in.
        from workstation.analysis.pipeline import analyze_pending
        from workstation.metrics.deadlines import refresh_deadlines

        analyze_pending(store)
        refresh_deadlines(store)
        window = MainWindow(store, locale=args.lang, demo=not args.empty, background_jobs=False)
        window.resize(width, height)
        window.show()
        window.sidebar.select_view(args.view)
        window.move(args.row)  # from the first row, selected on opening
        if args.reply and args.approval:
            _waiting_for_approval(store, window)
        if args.reply:
            window.open_composer()
            window.composer._use_suggestion(window.composer.suggestion_list.item(0))
        if args.reply and args.problem:
            composer = window.composer
            composer.editor.setPlainText(composer.editor.toPlainText() + (
                "\nNous avons noté votre e-mail : jeanne.martin@example.com." if args.lang == "fr"
                else "\nWe have noted your e-mail: jeanne.martin@example.com."))
            composer.finding_list.setCurrentRow(0)
        for _ in range(3):  # let deferred loading and layout settle
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if args.reply and args.points:
            _points_menu(app, window, args.out)
        elif args.screen == "report":
            _report_page(store, args.lang, args.out, Path(tmp))
        elif args.screen == "mapping":
            dialog = _mapping_dialog(window, Path(tmp), args.lang)
            for _ in range(3):
                app.processEvents()
            _save(dialog.grab(), args.out)
            dialog.close()
        elif args.screen == "export":
            _export_dialog(window, args.lang, args.out)
        elif args.screen == "auto-replies":
            _auto_replies_dialog(window, args.lang, args.out, team=args.join)
        elif args.screen == "dashboard":
            _dashboard(window, width, height, args.out)
        elif args.screen in ("setup", "preferences"):
            _setup_dialog(window, args.screen, args.lang, args.page, args.out, join=args.join)
        else:
            _save(window.grab(), args.out)
        window.close()
        store.close()
    print(f"wrote {args.out}")
    return 0


def _points_menu(app: QApplication, window: MainWindow, out: Path) -> None:
    """The composer after the owner left a point out, its points menu open: the whole screen,
    since the menu is a window of its own."""
    from PySide6.QtCore import QEventLoop, QTimer

    composer = window.composer
    assert composer is not None  # opened by --reply
    done = QEventLoop()
    grabbed: list[bool] = []
    composer.point_chooser.toggle(composer.point_chooser.found[-1])
    composer._use_suggestion(composer.suggestion_list.item(0))

    def grab() -> None:
        for _ in range(3):
            app.processEvents()
        _save(app.primaryScreen().grabWindow(0), out)
        grabbed.append(True)
        composer.point_chooser.menu.close()
        done.quit()

    QTimer.singleShot(300, grab)
    composer.point_chooser.button.showMenu()
    # The menu did not hold the event loop (it does on some platforms). Not "the file exists":
    # an earlier screenshot at the same path would leave it unwritten.
    if not grabbed:
        done.exec()


def _waiting_for_approval(store: object, window: object) -> None:
    """Make the demo look like a team copy where Anne's reply to the selected review waits for Claire."""
    from workstation.store.team_cache import ensure_bookkeeping

    ensure_bookkeeping(store)  # type: ignore[arg-type]
    review_id = window.current_review_id()  # type: ignore[attr-defined]
    text = "Bonjour, merci pour votre avis. Nous sommes désolés pour l’attente."
    with store.transaction() as conn:  # type: ignore[attr-defined]
        conn.execute("INSERT OR REPLACE INTO team_roles (name, role) VALUES ('Claire', 'approver')")
        conn.execute("INSERT INTO team_base_replies (id, review_id, text, state, server_state, author, version) "
                     "VALUES (9999, ?, ?, 'ready', 'approval', 'Anne', 1)", (review_id, text))
    window.set_team_member("Claire")  # type: ignore[attr-defined]


def _save(shot: object, out: Path) -> None:
    """A small PNG for docs/: 256 colours are plenty for a window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPixmap

    image = shot.toImage() if isinstance(shot, QPixmap) else shot
    assert isinstance(image, QImage)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(out), "PNG", 0)


def _export_dialog(window: object, lang: str, out: Path) -> None:
    """File → Export report… over the window."""
    from workstation.ui.report_export import ReportExportDialog

    dialog = ReportExportDialog(window.store, lang, window)  # type: ignore[attr-defined]
    dialog.path.setText(str(Path.home() / "Documents" / Path(dialog.path.text()).name))
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()  # the preview is measured on a worker: show it, not "Preparing…"
    dialog.preview.shown.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    dialog.show()
    loop.exec()
    _over(window, dialog, out)


def _dashboard(window: object, width: int, height: int, out: Path) -> None:
    """Review → Dashboard, once its figures are in, at the window's size."""
    import time

    from PySide6.QtWidgets import QApplication

    window.show_dashboard()  # type: ignore[attr-defined]
    dashboard = window._windows[-1]  # type: ignore[attr-defined]
    dashboard.resize(width, height)
    deadline = time.monotonic() + 120
    while not dashboard.is_ready and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(3):
        QApplication.processEvents()
    _save(dashboard.grab(), out)
    dashboard.close()


def _auto_replies_dialog(window: object, lang: str, out: Path, *, team: bool = False) -> None:
    """Review → Automatic replies…: one rule, tried on the demo's past reviews (`team`: as on a
    team server's copy, with the note saying the rules are the team's)."""
    from workstation.ui.auto_replies import AutoRepliesDialog

    dialog = AutoRepliesDialog(window.store, lang, window)  # type: ignore[attr-defined]
    if team:
        window.team = object()  # type: ignore[attr-defined]
        window._shared_with_team(dialog, automatic_replies=True)  # type: ignore[attr-defined]
    dialog.save_rule()
    row = dialog.rules[dialog.rule_id]  # type: ignore[index]
    from workstation.ops.auto_replies import preview_plan

    dialog._show_preview(preview_plan(window.store, row).run())  # type: ignore[attr-defined]
    _over(window, dialog, out)


def _setup_dialog(window: object, screen: str, lang: str, page: int, out: Path, *, join: bool = False) -> None:
    """The first-run assistant at one step, or Preferences, over the window (`join`: the team
    server page filled in as a user joining one would)."""
    from PySide6.QtWidgets import QDialog

    from workstation.ui.first_run import SetupAssistant
    from workstation.ui.preferences import PreferencesDialog

    store = window.store  # type: ignore[attr-defined]
    dialog: QDialog
    if screen == "preferences":
        dialog = PreferencesDialog(store, lang, window)  # type: ignore[arg-type]
        dialog.tabs.setCurrentIndex(page)
    else:
        dialog = SetupAssistant(store, lang, window)  # type: ignore[arg-type]
        dialog.pages.setCurrentIndex(page)
    if join:
        team = dialog.team  # type: ignore[attr-defined]
        team.join.setChecked(True)
        team.host.setText("reviews.agency.example")
        team.database.setText("reviews")
        team.user.setText("camille")
        team.password.setText("example")
        team.name.setText("Camille")
    _over(window, dialog, out)


def _over(window: object, dialog: object, out: Path) -> None:
    """`dialog` centred over the window, captured together (what the user sees)."""
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    assert isinstance(window, QMainWindow) and isinstance(dialog, QWidget)
    dialog.show()
    dialog.adjustSize()
    for _ in range(3):
        QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    x, y = (shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 2
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(x, y, dialog.grab())
    painter.end()
    _save(shot, out)
    dialog.close()


def _report_page(store: object, lang: str, out: Path, tmp: Path) -> None:
    """The demo's monthly PDF report, first page as an image."""
    import subprocess
    from datetime import UTC, datetime

    from workstation.metrics.cli import previous_month
    from workstation.ops.reports import write_report
    from workstation.ui.render.pdf import write_pdf
    from workstation.ui.report_export import local_zone

    pdf = tmp / "report.pdf"
    now, zone = datetime.now(UTC), local_zone()
    start, end = previous_month(now, zone)  # what `workstation report --format pdf` covers by default
    write_report(store, pdf, fmt="pdf", lang=lang, zone=zone, now=now, period_from=start, period_to=end,  # type: ignore[arg-type]
                 draw_pdf=write_pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                    str(out.with_suffix(""))], check=True, timeout=120)


def _every_screen(folder: Path, size: str) -> int:
    """Each screen of ALL_SCREENS in English and French, one process each (one language per
    QApplication, and a fresh demo database every time)."""
    import subprocess

    for lang in ("en", "fr"):
        for name, options in ALL_SCREENS.items():
            out = folder / f"{name}_{lang}.png"
            subprocess.run([sys.executable, __file__, "--lang", lang, "--size", size, *options, "--out", str(out)],
                           check=True, timeout=600)
    return 0


def _mapping_dialog(window: object, folder: Path, lang: str) -> object:
    """The mapping step as File → Import opens it for a file with unknown columns."""
    from workstation.importers import detect_mapping, read_table
    from workstation.ui.mapping_dialog import MappingDialog

    path = folder / "avis boutique.csv"
    path.write_text(_UNKNOWN_LAYOUT, encoding="utf-8")
    table = read_table(path)
    guess, _ = detect_mapping(table)
    dialog = MappingDialog(table, guess, path.name, window, locale=lang)  # type: ignore[arg-type]
    combos = {field.value: combo for field, combo in dialog.combos.items()}
    for field, column in (("stars", "Combien"), ("author", "Qui")):  # what the user picks by hand
        combos[field].setCurrentIndex(combos[field].findText(column))
    dialog.show()
    return dialog


if __name__ == "__main__":
    sys.exit(main())
