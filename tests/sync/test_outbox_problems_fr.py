"""`workstation outbox send` says its problem lines in the command's language: a reply the
platform refused, a reply waiting for its next try, a second sender, each worded from its
parts (the review or source by the number `review list` shows, then the reason) through the
same table and French catalog as the window; in English, the same lines as before."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.error_kind_checks import assert_in_french
from tests.sync.helpers import NOW, Gbp, clock, factory, no_wait_pacer, run
from workstation.__main__ import main
from workstation.sync import SendResult, queue_reply, send_outbox, sync_source
from workstation.sync.sender_lock import sender_lock

ENGLISH = ("review", "waiting", "next try", "refused", "trouble", "error", "another", "Nothing to do", "permission")
NBSP = "\u00a0"


def _one_queued(g: Gbp) -> int:
    assert run(sync_source(g.store, g.source_id, connector_factory=factory(), now=clock)).ok
    rid = int(g.store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 1"))
    queue_reply(g.store, rid, "Merci pour votre avis")
    return rid


def _send(g: Gbp) -> SendResult:
    return run(send_outbox(g.store, connector_factory=factory(), pacer=no_wait_pacer(), now=clock))


def _cli(g: Gbp, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str,
         seconds_later: int = 5) -> tuple[int, list[str]]:
    monkeypatch.setenv("WORKSTATION_LANG", lang)
    assert g.store.path is not None
    code = main(["outbox", "send", "--data-dir", str(g.store.path.parent),
                 "--now", (NOW + timedelta(seconds=seconds_later)).isoformat()])
    return code, capsys.readouterr().out.splitlines()


def test_a_waiting_reply_is_said_in_french(gbp: Gbp, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rid = _one_queued(gbp)
    gbp.fake.faults.add("server_error", count=10, path="/reply", method="PUT", status=503)
    assert _send(gbp).pending == 1  # parked for 30 s: the command below runs inside the pause
    code, (summary, line) = _cli(gbp, capsys, monkeypatch, "fr")
    assert code == 1
    assert line.startswith(f"avis {rid}{NBSP}: en attente, nouvel essai le "), line
    assert "(erreur 503)" in line
    assert line.count("nouvel essai le") == 1  # the stored reason's own "(nouvel essai le …)" is not repeated
    assert_in_french(line, ENGLISH)
    code, (summary, line) = _cli(gbp, capsys, monkeypatch, "en")
    assert summary == "sent 0, failed 0, pending 1"
    assert line.startswith(f"review {rid}: waiting, next try at ") and "(error 503)" in line, line
    assert line.count("next try at") == 1


def test_a_refused_reply_is_said_in_french(gbp: Gbp, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    rid = _one_queued(gbp)
    gbp.fake.faults.add("forbidden", count=10, path="/reply", method="PUT")
    code, (summary, line) = _cli(gbp, capsys, monkeypatch, "fr")
    assert (code, summary) == (1, "envoyées 0, en échec 1, en attente 0")
    assert line.startswith(f"avis {rid}{NBSP}: Google Business Profile a refusé l’accès{NBSP}: "), line
    assert_in_french(line.replace("(injected forbidden)", ""), ENGLISH)
    with gbp.store.transaction() as conn:  # the same refusal again, in English
        conn.execute("UPDATE outbox SET state = 'queued'")
    code, (summary, line) = _cli(gbp, capsys, monkeypatch, "en")
    assert (code, summary) == (1, "sent 0, failed 1, pending 0")
    assert line == (f"review {rid}: Google Business Profile refused access: this account lacks the permission "
                    "(injected forbidden).")


def test_a_second_sender_is_said_in_french(gbp: Gbp, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _one_queued(gbp)
    assert gbp.store.path is not None
    with sender_lock(gbp.store.path):  # the window is sending while cron starts `outbox send`
        code, (summary, line) = _cli(gbp, capsys, monkeypatch, "fr")
        assert (code, summary) == (1, "envoyées 0, en échec 0, en attente 1")
        assert line.startswith("Les réponses sont déjà en cours d’envoi depuis une autre fenêtre")
        assert_in_french(line, ENGLISH)
        code, (summary, line) = _cli(gbp, capsys, monkeypatch, "en")
    assert (code, summary) == (1, "sent 0, failed 0, pending 1")
    assert line == ("Replies are already being sent from another window or program; they will go out from there. "
                    "Nothing to do.")
