"""Starting the desktop app: arguments, Qt + qasync loop, the database, --demo and --smoke-test."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from workstation import paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from workstation.store import Store
    from workstation.store.location import PostgresLocation
    from workstation.ui.single_instance import SingleInstance

# How long closing waits for background jobs (asked to stop first; they check between small
# batches) before the process ends anyway. The database stays consistent either way: every
# write is one transaction, and the outbox commits "sending" before each network call.
_JOBS_GRACE_MS = 700


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's options; `--help` and argparse's errors in the user's language, as the
    command line's (cli_language: light, no command-line module is imported)."""
    from workstation.cli_language import speaking, tr

    with speaking():
        parser = argparse.ArgumentParser(prog="workstation", description=tr("Review-response workstation."))
        parser.add_argument("--demo", action="store_true",
                            help=tr("open a demo inbox (its own database, rebuilt each day; see --reset-demo)"))
        parser.add_argument("--reset-demo", action="store_true", help=tr("with --demo: rebuild the demo inbox now"))
        parser.add_argument("--data-dir", help=tr("folder for the database (default: the user data folder)"))
        parser.add_argument("--smoke-test", action="store_true",
                            help=tr("open the window, wait for the inbox to show rows, print 'smoke-test ok' "
                                    "and exit"))
        parser.add_argument("--lang", choices=("en", "fr"), help=tr("interface language"))
        return parser.parse_args(argv)


def reset_demo_db(data_dir: str | None, *, force: bool = True) -> Path:
    """The demo database (see `workstation.demo.demo_db`)."""
    from workstation.demo import demo_db

    return demo_db(data_dir, force=force)


def open_or_recover(db_file: Path, *, interactive: bool):  # type: ignore[no-untyped-def]
    """Open the database; if it is damaged, offer to restore the last backup or start fresh
    (the broken file is renamed, never deleted). None when the user chose to quit."""
    from workstation.store import CorruptDatabaseError, Store

    try:
        return Store(db_file)
    except CorruptDatabaseError as exc:
        if not interactive:
            raise
        from workstation.store import backups
        from workstation.ui.conflict_reasons import error_text
        from workstation.ui.recovery import ask_recovery

        choice = ask_recovery(error_text(exc), backups.list_backups(db_file))
        if choice is None:
            return None
        if choice == "fresh":
            backups.set_aside(db_file)
        else:
            backups.restore(db_file, choice)
        return Store(db_file)


def start_daily_backup(db_file: Path) -> None:
    """Copy the database to backups/ once a day, on a worker thread."""
    from workstation.store import Store
    from workstation.store.backups import daily_backup
    from workstation.ui.worker import Job

    def work(_progress: object, _cancelled: object) -> object:
        with Store(db_file) as store:
            return daily_backup(store)

    job = Job(work)  # type: ignore[arg-type]
    _jobs.append(job)
    job.finished.connect(lambda _result: _jobs.remove(job))
    job.failed.connect(lambda message, _details: _jobs.remove(job))
    job.start()


_jobs: list[object] = []  # keeps running jobs alive


def team_server_of(prefs: QSettings) -> PostgresLocation | None:
    """The team server the user joined (Preferences / first run), None when working alone.
    An address that no longer passes the TLS rule is said once and the app works alone."""
    from workstation.store.location import StoreUrlError
    from workstation.ui.team_server import load_choice

    choice = load_choice(prefs)
    if not choice.team:
        return None
    try:
        return choice.location()
    except StoreUrlError as exc:
        logging.getLogger(__name__).warning("team server address refused: %s", exc)
        return None


def team_copy_file(data_dir: str | None, where: PostgresLocation) -> Path:
    from workstation.store.team_cache import cache_file, ensure_bookkeeping
    from workstation.store.team_cache import open_cache as open_copy

    path = cache_file(paths.data_dir(data_dir), where.secret_name)
    if not path.exists():
        open_copy(path).close()  # a new copy: the shop schema and its bookkeeping tables
    else:
        from workstation.store import Store

        with Store(path) as store:
            ensure_bookkeeping(store)
    return path


def start_team_link(window: object, where: PostgresLocation, prefs: QSettings, data_dir: str | None) -> None:
    """Keep the window's local copy in step with the team server, in the background."""
    import socket

    from workstation.ops.team_mirror import TeamLink
    from workstation.ui.team_link import TeamMirrorController
    from workstation.ui.team_server import load_choice

    author = load_choice(prefs).author()
    origin = f"{author}@{socket.gethostname()}:{os.getpid()}"
    folder = paths.data_dir(data_dir)

    def make_link() -> TeamLink:
        return TeamLink(where, author=author, origin=origin, data_dir=folder)

    def save_typing() -> None:
        composer = getattr(window, "composer", None)
        if composer is not None:
            composer.save_now()

    controller = TeamMirrorController(make_link, window.operations, window.statusBar(), window,  # type: ignore[attr-defined]
                                      before_run=save_typing)
    window.team = controller  # type: ignore[attr-defined]
    window.set_team_member(author)  # type: ignore[attr-defined]
    # Sync now, the schedule, the sender and File → Import act on the server itself.
    from workstation.ui.team_actions import TeamActions

    window.use_team_actions(TeamActions(make_link, window.operations, window.statusBar(),  # type: ignore[attr-defined]
                                        controller, window))  # type: ignore[arg-type]
    # Who else is answering the review shown: a board the reply view reads from memory, kept by
    # a thread of its own (the copy's review ids are the server's).
    from workstation.ops.team_presence import PresenceBoard
    from workstation.ops.team_presence_keeper import PresenceKeeper

    board = PresenceBoard(origin=origin, member=author)
    keeper = PresenceKeeper(lambda: make_link().server(), board)
    window.team_presence = keeper  # type: ignore[attr-defined]
    window.set_presence(board)  # type: ignore[attr-defined]
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, controller.start)
    QTimer.singleShot(0, keeper.start)


def stop_team_link(window: object) -> None:
    controller = getattr(window, "team", None)
    if controller is not None:
        controller.stop()
    actions = getattr(window, "team_actions", None)
    if actions is not None:
        actions.stop()
    keeper = getattr(window, "team_presence", None)
    if keeper is not None:
        keeper.stop()


def _rss_mb() -> float:
    """Peak resident memory in MB (0 where the platform does not say)."""
    try:  # Linux: VmHWM resets at exec, unlike ru_maxrss which a child inherits from its parent
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    if args.smoke_test and "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workstation.store import StoreError
    from workstation.store import settings as db_settings
    from workstation.ui import translation
    from workstation.ui.icons import app_icon
    from workstation.ui.main_window import MainWindow, ui_settings
    from workstation.ui.style import install_style

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("ReviewWorkstation")
    app.setApplicationName("workstation")
    app.setApplicationDisplayName("Review Workstation")
    app.setWindowIcon(app_icon())
    install_style(app)
    portable_settings = paths.settings_dir(args.data_dir)
    if portable_settings is not None:  # --data-dir: settings travel with the data
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable_settings))
    prefs = ui_settings()
    language = translation.install(args.lang or str(prefs.value("language", translation.system_language())))

    from workstation.ui.crash import install_excepthook, setup_logging
    from workstation.ui.single_instance import SingleInstance

    setup_logging(paths.log_dir(args.data_dir))
    if not args.smoke_test:
        install_excepthook()
    team_where = None if args.demo or args.smoke_test else team_server_of(prefs)
    try:
        db_file = (team_copy_file(args.data_dir, team_where) if team_where is not None
                   else paths.db_path(args.data_dir, demo=args.demo))
    except paths.DataDirError as exc:
        if not args.smoke_test:
            from workstation.ui.conflict_reasons import error_text

            QMessageBox.critical(None, "Review Workstation", error_text(exc))  # in the window's language
        print(f"error: {exc}", file=sys.stderr)
        return 2
    instance = SingleInstance(db_file)
    if instance.notify_running():
        print("Review Workstation is already running on this database: brought its window to the front.")
        return 0
    instance.listen()

    try:
        if args.demo:
            reset_demo_db(args.data_dir, force=args.reset_demo)
        store = open_or_recover(db_file, interactive=not args.smoke_test)
    except StoreError as exc:
        if not args.smoke_test:
            from workstation.ui.conflict_reasons import error_text

            QMessageBox.critical(None, "Review Workstation", error_text(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if store is None:
        return 2

    next_step: str | None = None
    if (team_where is None and not args.demo and not args.smoke_test
            and not db_settings.get_setting(store, "first_run_done")):
        from workstation.ui.first_run import SetupAssistant

        assistant = SetupAssistant(store, language)
        accepted = assistant.exec() == SetupAssistant.DialogCode.Accepted
        language = assistant.language  # the assistant may have switched it already
        prefs.setValue("language", language)
        if accepted:
            db_settings.set_setting(store, "first_run_done", True)
            next_step = assistant.next_step
        if next_step == "team":  # joined a team server: the window shows this computer's copy of it
            team_where = team_server_of(prefs)
            if team_where is not None:
                store.close()
                db_file = team_copy_file(args.data_dir, team_where)
                store = open_or_recover(db_file, interactive=True)
                if store is None:
                    return 2
        if next_step == "demo":  # look around first: the sample database, the real one stays as set up
            store.close()
            args.demo = True
            store = open_or_recover(Path(reset_demo_db(args.data_dir)), interactive=True)
            if store is None:
                return 2

    state: dict[str, MainWindow] = {}

    def open_window() -> None:
        window = MainWindow(store, locale=language, demo=args.demo, local_sender=team_where is None)
        window.languageChangeRequested.connect(change_language)
        if team_where is not None:
            start_team_link(window, team_where, prefs, args.data_dir)
        state["window"] = window
        window.show()

    def bring_to_front() -> None:
        window = state["window"]
        window.showNormal()
        window.raise_()
        window.activateWindow()

    instance.activated.connect(bring_to_front)

    def change_language(code: str) -> None:
        nonlocal language
        prefs.setValue("language", code)
        language = translation.install(code)
        old = state["window"]
        stop_team_link(old)
        old.save_geometry()
        open_window()
        old.hide()
        old.deleteLater()

    open_window()
    # Paint the first rows before anything else (the async loop, deferred loading).
    state["window"].repaint()
    if next_step == "import":
        QTimer.singleShot(0, state["window"].choose_import)
    elif next_step == "connect":
        QTimer.singleShot(0, state["window"].show_accounts)

    exit_code = 0
    if args.smoke_test:
        deadline = time.perf_counter() + 60

        def check() -> None:
            nonlocal exit_code
            window = state["window"]
            if window.isVisible() and window.model.rowCount() > 0:
                print(f"smoke-test ok ({time.perf_counter() - started:.2f} s, {window.model.rowCount()} rows, "
                      f"RSS {_rss_mb():.0f} MB)", flush=True)
                # Quit from inside the async loop, so the smoke test also proves the loop runs.
                QTimer.singleShot(0, app.quit)
            elif time.perf_counter() > deadline:
                print("smoke-test FAILED: the inbox showed no rows", file=sys.stderr)
                exit_code = 1
                QTimer.singleShot(0, app.quit)
            else:
                QTimer.singleShot(5, check)

        check()

    if not args.demo:
        QTimer.singleShot(5000, lambda: start_daily_backup(db_file))

    def preload_reply_check() -> None:
        # The reply check's classifier and the learned reply points take seconds to load: load
        # them in the background after the first paint, so the first reply a user opens or
        # checks does not wait for them.
        from workstation.replies import point_model
        from workstation.replies.checks import learned

        learned.preload()
        point_model.preload()

    QTimer.singleShot(2000, preload_reply_check)

    # asyncio and qasync load after the first paint: they are not needed to show the inbox.
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quit_future: asyncio.Future[None] = loop.create_future()
    app.aboutToQuit.connect(lambda: quit_future.done() or quit_future.set_result(None))
    app.lastWindowClosed.connect(app.quit)
    try:
        with loop:
            loop.run_until_complete(quit_future)
    finally:
        asyncio.set_event_loop(None)
        if "window" in state:
            stop_team_link(state["window"])
        shut_down(store, instance, prefs)
    return exit_code


def shut_down(store: Store, instance: SingleInstance, prefs: QSettings) -> None:
    """Finish, in order, what interpreter teardown would otherwise do: let background jobs
    end (the window cancelled them), close the database and the single-instance socket,
    and write the preferences (`prefs` sits in a reference cycle with the window's slots,
    so nothing else would write it before `exit_now`)."""
    from PySide6.QtCore import QThreadPool

    from workstation.ui.worker import cancel_all_jobs

    cancel_all_jobs()  # quitting without closing the window (smoke test, session end) cancels too
    QThreadPool.globalInstance().waitForDone(_JOBS_GRACE_MS)
    store.close()
    instance.close()
    prefs.sync()


def exit_now(code: int) -> NoReturn:
    """End the process once `main` returned: flush logs and output, skip module teardown."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
