"""The conflict box of a team window says why the server kept its version in the window's
language: each refusal kind (`workstation/error_kinds.py`) is worded in English and French through
the shared catalog; a conflict kept before kinds existed, or of a kind this version does not know,
shows its stored English message."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.error_kinds import COUNTS
from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import LinkState, MirrorOutcome
from workstation.store import Store, team_outbound
from workstation.store.errors import Refusal
from workstation.store.refusals import KINDS
from workstation.store.team_cache import open_cache
from workstation.typography import counted
from workstation.ui import translation
from workstation.ui.conflict_reasons import conflict_reason, known_kinds
from workstation.ui.operations import Operations
from workstation.ui.team_link import TeamMirrorController

pytestmark = pytest.mark.gui

#: A value for each param a sentence may name (distinct, so a swapped placeholder shows).
VALUES = {"review": "12", "by": "Camille", "location": "Lyon Part-Dieu", "platform": "Yelp",
          "at": "2026-11-03T14:05:00+00:00",
          # this computer's store errors (a database, its folder, a rule, a source…)
          "folder": "/data/avis", "database": "/data/avis/reviews.sqlite3", "backup": "/data/avis/b.bak",
          "reason": "Permission denied", "schema": "41", "known": "40", "size": "2100", "limit": "2000",
          "rule": "7", "name": "Chez Jo", "source": "3",
          # the other errors of the core (error_kinds.py): hours, links, templates, credentials, addresses
          "unit": "'weeks'", "amount": "-1", "hours": "'9h-12h'", "link": "'avis.example'",
          "path": "/data/modeles/merci.toml", "template": "'fr.merci'", "file": "cles.json",
          "found": "a Google OAuth client file", "error": "KeyringLocked", "url": "'ftp://x'",
          "host": "db.example.org", "sslmode": "disable", "scheme": "mysql", "value": "accounts/1",
          "mode": "644",
          # the team server that cannot be used; a review named as the inbox shows it (its date
          # already in the reader's words)
          "server": "db.example.org:5432", "user": "ann", "date": "3 Nov 2026",
          # a large team import stored in part (how many of the file's reviews)
          "stored": "1200", "total": "5000",
          # a platform's answer (sources/): its status, its own words, a shop's domain, a missing value
          "status": "503", "detail": "PERMISSION_DENIED", "domain": "boulangerie.example", "what": "the API key"}
STORED = "the stored English message"
#: Values the French sentence leaves out on purpose: they are English words from elsewhere
#: (a template parser's message, the name of a keychain error, what a wrong file looks like, which
#: value a saved secret lacks),
#: so the French says what to do instead of quoting them. (A file error's reason is ours,
#: `OS_REASONS`, and said in French: see test_os_reasons_fr.)
LEFT_OUT_IN_FRENCH = {
    "template_invalid": {"reason"}, "keychain_refused": {"error"}, "keychain_unreadable": {"error"},
    "credentials_missing_value": {"what"},
    **{kind: {"found"} for kind in ("credentials_need_oauth_client", "credentials_need_service_account",
                                    "credentials_need_app_store_key", "credentials_need_trustpilot_key")},
}


@pytest.fixture
def french() -> object:
    translation.install("fr")
    yield
    translation.install("en")


def _refusal(kind: str, **overrides: str) -> Refusal:
    return Refusal(kind, {name: overrides.get(name, VALUES[name]) for name in KINDS[kind]})


def test_the_window_words_every_kind_the_store_raises() -> None:
    assert known_kinds() == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_reads_in_french_in_a_french_window(qtbot, kind: str, french: object) -> None:  # type: ignore[no-untyped-def]
    text = conflict_reason(_refusal(kind), STORED)
    translation.install("en")
    english = conflict_reason(_refusal(kind), STORED)
    assert text != STORED and english != STORED  # worded from the kind, not the fallback
    assert text != english  # translated
    assert "%" not in text and "%" not in english  # every placeholder filled
    for name in KINDS[kind]:
        if name in COUNTS:  # a count is written as each language writes numbers (1,200 / 1 200)
            assert counted(VALUES[name], "en") in english and counted(VALUES[name], "fr") in text
        elif name != "at":  # a date is written in each language's way
            assert VALUES[name] in english
            assert (VALUES[name] in text) is (name not in LEFT_OUT_IN_FRENCH.get(kind, set()))
    if "review" in KINDS[kind]:
        assert "review" in english.casefold() and "avis" in text
    if "at" in KINDS[kind]:
        assert "2026" in text and "T14:05" not in text  # a date as the window writes it
    assert "\u202f;" in text or ";" not in text  # French typography from scripts/translations.py


@pytest.mark.parametrize(("refusal", "english", "french_text"), [
    (Refusal("being_sent", {"review": "12"}),
     "The reply to review 12 is being sent right now; change it once it is online.",
     "La réponse à l’avis 12 est en cours d’envoi\u202f; modifiez-la une fois en ligne."),
    (Refusal("reply_being_sent_delete", {"review": "12", "by": "Camille"}),
     "Camille’s reply to review 12 is being sent right now; delete it once it is online.",
     "La réponse de Camille à l’avis 12 est en cours d’envoi\u202f; supprimez-la une fois en ligne."),
    (Refusal("already_online", {"review": "7", "by": ""}),  # nobody known: the anonymous wording
     "Review 7 already has a reply on the platform; yours was not sent again.",
     "L’avis 7 a déjà une réponse sur la plateforme\u202f; la vôtre n’a pas été envoyée une seconde fois."),
    (Refusal("needs_approver_delete", {"review": "3", "location": "Lyon"}),
     "Replies for Lyon need an approver: ask one to delete the reply to review 3. Nothing was deleted.",
     "Les réponses pour Lyon demandent un valideur\u00a0: demandez-lui de supprimer la réponse à l’avis 3. "
     "Rien n’a été supprimé."),
])
def test_some_reasons_word_for_word(qtbot, refusal: Refusal, english: str, french_text: str) -> None:  # type: ignore[no-untyped-def]
    assert conflict_reason(refusal, STORED) == english
    translation.install("fr")
    try:
        assert conflict_reason(refusal, STORED) == french_text
    finally:
        translation.install("en")


def test_a_value_is_never_read_as_a_placeholder(qtbot) -> None:  # type: ignore[no-untyped-def]
    tricky = Refusal("reply_queued_by_other", {"review": "5", "by": "%1 100%"})
    assert conflict_reason(tricky, STORED) == "%1 100% already queued a reply to review 5; yours was not queued."


@pytest.mark.parametrize("refusal", [
    None,  # a conflict kept before refusals had kinds
    Refusal("a_kind_of_a_newer_version", {"review": "4"}),
    Refusal("being_sent", {}),  # a value its sentence names is missing
])
def test_without_a_known_kind_the_stored_message_shows(qtbot, refusal: Refusal | None, french: object) -> None:  # type: ignore[no-untyped-def]
    assert conflict_reason(refusal, STORED) == STORED


class _OneOutcome:
    def __init__(self, outcome: MirrorOutcome) -> None:
        self.outcome = outcome

    def mirror_once(self, _store: Store) -> MirrorOutcome:
        return self.outcome


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_conflict_box_gives_each_reason_in_the_window_language(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    language: str) -> None:
    from PySide6.QtWidgets import QMainWindow

    copy = tmp_path / "copy.sqlite3"
    at = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    with open_cache(copy) as cache:
        team_outbound.record_conflict(cache, 12, "Merci Camille", "Camille's reply to review 12 is being sent "
                                      "right now; delete it once it is online.",
                                      refusal=Refusal("reply_being_sent_delete", {"review": "12", "by": "Camille"}),
                                      now=at)
        team_outbound.record_conflict(cache, 13, "Mon brouillon", "An old refusal, kept in English.", now=at)
    translation.install(language)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        operations = Operations(copy, window)
        outcome = MirrorOutcome(LinkState.UP_TO_DATE, OpChanges(), conflicts=((12, "x"), (13, "y")))
        controller = TeamMirrorController(lambda: _OneOutcome(outcome), operations,  # type: ignore[arg-type,return-value]
                                          window.statusBar(), window, listen=False)
        with qtbot.waitSignal(controller.ran, timeout=10_000):
            controller.run_now()
        qtbot.waitUntil(lambda: getattr(controller, "_conflict_box", None) is not None, timeout=10_000)
        details = controller._conflict_box.detailedText()
        reason = {"en": "Camille’s reply to review 12 is being sent right now; delete it once it is online.",
                  "fr": "La réponse de Camille à l’avis 12 est en cours d’envoi\u202f; supprimez-la une fois en "
                        "ligne."}[language]
        assert reason in details and "Merci Camille" in details
        assert "An old refusal, kept in English." in details and "Mon brouillon" in details
        controller._conflict_box.close()
        controller.stop()
    finally:
        translation.install("en")


@pytest.mark.parametrize(("kind", "english", "french_text"), [
    ("reply_being_sent_take_back", "The reply to review 12 is being sent right now; it can no longer be taken back.",
     "La réponse à l’avis 12 est en cours d’envoi\u202f; elle ne peut plus être reprise."),
    ("deletion_being_sent_take_back", "The deletion of the reply to review 12 is being sent right now; it can no "
     "longer be taken back.", "La suppression de la réponse à l’avis 12 est en cours d’envoi\u202f; elle ne peut "
     "plus être annulée."),
    ("already_deleted", "The reply to review 12 was already deleted on the platform; nothing was taken back.",
     "La réponse à l’avis 12 a déjà été supprimée sur la plateforme\u202f; rien n’a été annulé."),
    ("change_queued_take_back", "The reply to review 12 is already on the platform and a change to it is queued; "
     "it was not taken back.", "La réponse à l’avis 12 est déjà sur la plateforme et une modification est en "
     "attente\u202f; elle n’a pas été reprise."),
])
def test_a_refusal_naming_nobody_reads_without_a_name(qtbot, kind: str, english: str, french_text: str) -> None:  # type: ignore[no-untyped-def]
    """This computer alone (or a server that does not know who) names nobody: '’s reply' never shows."""
    refusal = _refusal(kind, by="")
    assert conflict_reason(refusal, STORED) == english
    translation.install("fr")
    try:
        assert conflict_reason(refusal, STORED) == french_text
    finally:
        translation.install("en")
