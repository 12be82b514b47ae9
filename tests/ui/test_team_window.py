"""The window on a team server: the "Work alone / Join a team server" page (TLS rule, test
connection in plain words, password to the keychain, choice remembered), the first-run
assistant's join, and the status that says whether the team server is up to date or the
desktop works offline (in English and French)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import LinkState, MirrorOutcome
from workstation.store import Store
from workstation.store.errors import NewerDatabaseError
from workstation.store.location import PostgresLocation
from workstation.store.postgres.errors import TeamServerUnreachable, WrongPasswordError
from workstation.store.postgres.password import server_password
from workstation.store.team_cache import open_cache
from workstation.ui import translation
from workstation.ui.first_run import SetupAssistant
from workstation.ui.operations import Operations
from workstation.ui.team_link import TeamMirrorController
from workstation.ui.team_server import TeamChoice, TeamServerPage, load_choice, window_settings

pytestmark = pytest.mark.gui


def _fill(page: TeamServerPage, host: str = "db.agency.example") -> None:
    page.join.setChecked(True)
    page.host.setText(host)
    page.database.setText("reviews")
    page.user.setText("camille")
    page.password.setText("s3cret")
    page.name.setText("Camille")


def _tester(error: Exception | None):  # type: ignore[no-untyped-def]
    def test(_where: PostgresLocation) -> None:
        if error is not None:
            raise error

    return test


def test_the_page_applies_the_tls_rule_and_remembers_the_choice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = TeamServerPage(data_dir=tmp_path, tester=_tester(None))
    qtbot.addWidget(page)
    assert page.alone.isChecked() and not page.server_box.isEnabled() and page.complete()
    _fill(page)
    assert page.server_box.isEnabled() and page.self_signed.isEnabled()
    where = page.choice().location()
    assert (where.host, where.database, where.user, where.sslmode) == ("db.agency.example", "reviews", "camille",
                                                                       "verify-full")
    page.self_signed.setChecked(True)
    assert page.choice().location().sslmode == "require"  # only when explicitly accepted
    page.host.setText("127.0.0.1")
    assert not page.self_signed.isEnabled()  # this computer: no certificate to accept
    page.host.setText("db.agency.example")
    page.remember_password(tmp_path)
    assert server_password(page.choice().location(), data_dir=tmp_path) == "s3cret"  # the keychain, not settings
    settings = window_settings()
    from workstation.ui.team_server import save_choice

    save_choice(settings, page.choice())
    saved = load_choice(window_settings())
    assert saved == page.choice() and saved.team and saved.author() == "Camille"
    assert "s3cret" not in Path(settings.fileName()).read_text()


@pytest.mark.parametrize(("error", "english", "french"), [
    (None, "Connected: the team server answers and is ready.", "Connecté\u00a0: le serveur d’équipe répond et il est prêt."),
    (WrongPasswordError("x"), "The server refused this user name or password. Type them again.",
     "Le serveur a refusé ce nom d’utilisateur ou ce mot de passe. Saisissez-les à nouveau."),
    (TeamServerUnreachable("x"), "The server does not answer. Check the address and that the server is running.",
     "Le serveur ne répond pas. Vérifiez l’adresse et que le serveur est en marche."),
    (NewerDatabaseError("x"), "This team server was set up by a newer version of the app. Update the app first; "
     "nothing was changed on the server.", "Ce serveur d’équipe a été installé par une version plus récente de "
     "l’application. Mettez d’abord l’application à jour\u202f; rien n’a été modifié sur le serveur."),
])
def test_test_connection_answers_in_plain_words(qtbot, tmp_path: Path, error: Exception | None, english: str,  # type: ignore[no-untyped-def]
                                                 french: str) -> None:
    for language, expected in (("en", english), ("fr", french)):
        translation.install(language)
        try:
            page = TeamServerPage(data_dir=tmp_path, tester=_tester(error))
            qtbot.addWidget(page)
            _fill(page)
            with qtbot.waitSignal(page.tested, timeout=10_000) as result:
                page.test.click()
            assert result.args == [error is None, expected]
            assert page.result.text() == expected
        finally:
            translation.install("en")


def test_the_connection_checks_the_certificate_of_another_computer(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[PostgresLocation] = []
    page = TeamServerPage(data_dir=tmp_path, tester=calls.append)
    qtbot.addWidget(page)
    _fill(page)
    for host in ("db.agency.example", "localhost"):
        page.host.setText(host)
        with qtbot.waitSignal(page.tested, timeout=5_000):
            page.test.click()
    assert [(w.host, w.sslmode, w.password) for w in calls] == [("db.agency.example", "verify-full", "s3cret"),
                                                                 ("localhost", "prefer", "s3cret")]


def test_the_assistant_joins_a_team_server(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Store(tmp_path / "workstation.sqlite3") as solo:
        assistant = SetupAssistant(solo, "en")
        qtbot.addWidget(assistant)
        assistant.show()
        _fill(assistant.team)
        assert assistant.next.text() == "Join the team" and assistant.next.isEnabled()
        assistant.next.click()
        assert assistant.next_step == "team"
    choice = load_choice(window_settings())
    assert choice.team and (choice.host, choice.user, choice.name) == ("db.agency.example", "camille", "Camille")
    assert server_password(choice.location(), data_dir=tmp_path) == "s3cret"


class FakeLink:
    """Answers like TeamLink.mirror_once, from a list of outcomes."""

    def __init__(self, outcomes: list[MirrorOutcome]) -> None:
        self.outcomes = outcomes

    def mirror_once(self, _store: Store) -> MirrorOutcome:
        return self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_status_says_offline_then_up_to_date(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    translation.install(language)
    try:
        open_cache(tmp_path / "copy.sqlite3").close()
        window = QMainWindow()
        qtbot.addWidget(window)
        operations = Operations(tmp_path / "copy.sqlite3", window)
        changes: list[OpChanges] = []
        operations.didExecute.connect(lambda c, _i: changes.append(c))
        down = MirrorOutcome(LinkState.OFFLINE, OpChanges(), "The team server 10.0.0.5:5432 does not answer.",
                             error=TeamServerUnreachable("x"))
        pulled = OpChanges(reviews=True, counts=True, review_ids=frozenset({7}))
        link = FakeLink([down, MirrorOutcome(LinkState.UP_TO_DATE, pulled, received=1)])
        controller = TeamMirrorController(lambda: link, operations, window.statusBar(), window,  # type: ignore[arg-type,return-value]
                                          listen=False)
        with qtbot.waitSignal(controller.stateChanged, timeout=10_000):
            controller.start()
        offline = {"en": "Working offline — your replies will be sent when the server is back",
                   "fr": "Hors ligne — vos réponses partiront dès que le serveur sera revenu"}
        assert controller.status.text() == offline[language]
        assert controller.status.toolTip() == "The team server 10.0.0.5:5432 does not answer."
        assert window.statusBar().currentMessage()  # said once at start: the window shows the local copy
        with qtbot.waitSignal(controller.stateChanged, timeout=10_000):
            controller.run_now()
        up = {"en": "Team server: up to date", "fr": "Serveur d’équipe\u00a0: à jour"}
        assert controller.status.text() == up[language]
        assert changes == [pulled]  # the views redraw from the pull's change set
        controller.stop()
    finally:
        translation.install("en")


def test_local_reply_work_starts_a_push_soon(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    open_cache(tmp_path / "copy.sqlite3").close()
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(tmp_path / "copy.sqlite3", window)
    link = FakeLink([MirrorOutcome(LinkState.UP_TO_DATE, OpChanges())])
    controller = TeamMirrorController(lambda: link, operations, window.statusBar(), window, listen=False)  # type: ignore[arg-type,return-value]
    operations.publish(OpChanges(reviews=True, drafts=True, review_ids=frozenset({3})))
    assert controller.push_soon.isActive()
    controller.push_soon.stop()
    operations.publish(OpChanges(reviews=True, counts=True, review_ids=frozenset({3})))  # a triage key
    assert controller.push_soon.isActive()
    controller.push_soon.stop()
    operations.publish(OpChanges(reviews=True, review_ids=frozenset({3})))  # a redraw: nothing to push
    assert not controller.push_soon.isActive()
    controller.stop()


def test_the_choice_defaults_to_working_alone() -> None:
    assert load_choice(window_settings()) == TeamChoice()


def test_a_link_stopped_during_its_run_is_closed_when_the_run_ends(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window closing while a push/pull runs: the run closes the link itself, because its
    done signal may never be delivered (the event loop is gone), and a team pool left open makes
    the app's exit wait on psycopg_pool's join of its threads (CI hung on one, session n)."""
    import threading

    from PySide6.QtWidgets import QMainWindow

    class SlowLink(FakeLink):
        def __init__(self) -> None:
            super().__init__([MirrorOutcome(LinkState.UP_TO_DATE, OpChanges())])
            self.started, self.release = threading.Event(), threading.Event()
            self.closed = threading.Event()

        def mirror_once(self, store: Store) -> MirrorOutcome:
            self.started.set()
            self.release.wait(10)
            return super().mirror_once(store)

        def close(self) -> None:
            self.closed.set()

    open_cache(tmp_path / "copy.sqlite3").close()
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(tmp_path / "copy.sqlite3", window)
    link = SlowLink()
    controller = TeamMirrorController(lambda: link, operations, window.statusBar(), window, listen=False)  # type: ignore[arg-type,return-value]
    controller.run_now()
    assert link.started.wait(10)
    controller.stop()
    assert not link.closed.is_set()  # still in use by the run
    link.release.set()
    assert link.closed.wait(10)  # closed by the run's end, without the event loop turning


def test_a_link_is_closed_on_stop_after_a_run_that_never_reached_its_work(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The job failed before its work ran (the local copy would not open): the run is over all
    the same, so stopping later still closes the link."""
    import threading

    from PySide6.QtWidgets import QMainWindow

    class ClosingLink(FakeLink):
        def __init__(self) -> None:
            super().__init__([MirrorOutcome(LinkState.UP_TO_DATE, OpChanges())])
            self.closed = threading.Event()

        def close(self) -> None:
            self.closed.set()

    not_a_database = tmp_path / "copy.sqlite3"
    not_a_database.mkdir()  # a folder where the copy should be: the worker cannot open it
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(not_a_database, window)
    link = ClosingLink()
    controller = TeamMirrorController(lambda: link, operations, window.statusBar(), window, listen=False)  # type: ignore[arg-type,return-value]
    controller.run_now()
    qtbot.waitUntil(lambda: controller.status.text() == "Team server: problem", timeout=10_000)
    controller.stop()
    assert link.closed.is_set()
