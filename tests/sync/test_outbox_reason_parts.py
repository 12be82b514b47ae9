"""A reply the outbox could not send keeps why as parts beside its English (`last_error_refusal`):
the platform's refusal (its kind), then when it is tried again or that the wait asked for was
too long. Worded in English through the table, the parts say exactly the English kept for the
command line; in French they leave no English."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.error_kind_checks import assert_in_french
from tests.sync.helpers import NOW, Gbp, clock, factory, no_wait_pacer, run
from workstation.cli_language import catalog
from workstation.domain import from_iso, to_iso
from workstation.error_kinds import Refusal, worded_parts
from workstation.store.refusals import parts_from_json
from workstation.sync import queue_reply, send_outbox, sync_source

ENGLISH = ("next try", "asked to wait", "retry it later", "refused", "trouble", "slow down", "Retry failed")


def _send_one(g: Gbp) -> tuple[str, tuple[Refusal, ...]]:
    assert run(sync_source(g.store, g.source_id, connector_factory=factory(), now=clock)).ok
    rid = int(g.store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 1"))
    queue_reply(g.store, rid, "Merci pour votre avis")
    run(send_outbox(g.store, connector_factory=factory(), pacer=no_wait_pacer(), now=clock))
    row = g.store.query("SELECT last_error, last_error_refusal FROM outbox")[0]
    return str(row[0]), parts_from_json(row[1])


def _local(at: str) -> str:
    when = from_iso(at)
    assert when is not None
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("fault", "kinds", "at"), [
    ({"kind": "server_error", "status": 503}, ["platform_server_error", "outbox_next_try"], 30),
    ({"kind": "rate_limit", "retry_after": "999999"}, ["platform_rate_limited", "outbox_wait_too_long"], 999999),
    ({"kind": "forbidden"}, ["platform_forbidden_detail"], None),
])
def test_the_reason_is_kept_as_parts_that_say_its_english(gbp: Gbp, fault: dict[str, object], kinds: list[str],
                                                           at: int | None) -> None:
    gbp.fake.faults.add(**fault, count=10, path="/reply", method="PUT")  # type: ignore[arg-type]
    english, parts = _send_one(gbp)
    assert [p.kind for p in parts] == kinds
    if at is not None:
        assert parts[-1].params == {"at": to_iso(NOW + timedelta(seconds=at))}
    # The table's English, the time shown as the command line shows it, is the English kept.
    assert worded_parts(parts, "FALLBACK", lambda text: text, _local) == english
    french = worded_parts(parts, english, catalog("fr").gettext)
    assert french != english
    assert_in_french(french, ENGLISH)


def test_each_problem_line_has_parts_that_say_its_english(gbp: Gbp) -> None:
    """The run's problem lines (the sync status tooltip) carry their parts too: the review or
    source they are about, then the reason; a reply still waiting says when it is tried next,
    once (the stored reason's own "(next try at …)" is left out of its line)."""
    gbp.fake.faults.add("server_error", count=10, path="/reply", method="PUT", status=503)
    _send_one(gbp)
    later = run(send_outbox(gbp.store, connector_factory=factory(), pacer=no_wait_pacer(),
                            now=lambda: NOW + timedelta(seconds=5)))
    (waiting,) = later.problems
    assert [p.kind for p in later.problem_parts[0]] == ["outbox_problem_waiting", "platform_server_error"]
    assert waiting.count("next try at") == 1
    assert worded_parts(later.problem_parts[0], "FALLBACK", lambda text: text, _local) == waiting
    french = worded_parts(later.problem_parts[0], waiting, catalog("fr").gettext)
    assert french.startswith("avis ") and "en attente" in french
    assert_in_french(french, (*ENGLISH, "waiting", "review"))


def test_a_problem_without_a_kind_keeps_its_english() -> None:
    from workstation.sync import SendResult

    result = SendResult()
    result.problem("source 1: something odd", [Refusal("outbox_problem_source", {"source": "1"}), None])
    result.problem("source 2: offline", [Refusal("outbox_problem_source", {"source": "2"}), Refusal("outbox_offline")])
    assert result.problems == ["source 1: something odd", "source 2: offline"]
    assert list(result.problem_parts) == [1]
    assert worded_parts(result.problem_parts[1], "FALLBACK", lambda text: text) == "source 2: offline"
