"""Every refusal of the team store carries a stable kind and the values it names, beside its
English sentence (unchanged for the command line): the window words the kind in its own
language (`ui/conflict_reasons.py`). Against the throwaway cluster, one situation per kind the
store can be driven into here; the mirror's conflicts are checked in every team test by the
`refusals_have_kinds` fixture (tests/team/conftest.py). A static check makes sure no refusal in
the store's modules is raised without a kind."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.test_error_kinds import WORDED_MODULES
from tests.team.test_team_mirror import _server_with_reviews
from tests.team.workers import T0, open_store
from workstation.store.errors import _KNOWN as SQLITE_ERRORS
from workstation.store.errors import StoreError
from workstation.store.postgres import answered, approval, drafts
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.refusals import KINDS, refusal_of

STORE_MODULES = ("answered", "approval", "drafts", "outbox", "reviews", "roles", "retry", "sources")
# This computer's store: the same list as tests/store/test_store_error_kinds.py checks.
LOCAL_MODULES = ("store/db.py", "store/errors.py", "store/outbox.py", "store/auto_replies.py", "store/sync_state.py",
                 "ops/auto_replies.py", "sync/reply_queue.py", "paths.py", "sync/source_setup.py")
# A sync's own results, which build their refusal (`Refusal(kind, …)`): a source id naming
# nothing, a connector's bug; why a reply in the outbox is not sent yet (its reason's parts).
SYNC_RESULT_MODULES = ("sync/source_sync.py", "sync/outbox_sender.py")
REFUSAL_CLASSES = {"ReplyConflict", "DraftConflict", "ApprovalRefused", "OutboxError", "NoSuchReview",
                   "ApprovalRequired", "DuplicateSourceError"}


def _queue(store: PgStore, review_id: int, author: str, text: str = "Merci !") -> None:
    team_outbox.queue_reply(store, review_id, text, author=author, now=T0)


def _outbox_set(store: PgStore, review_id: int, assignments: str) -> None:
    with store.transaction() as conn:
        conn.execute(f"UPDATE outbox SET {assignments} WHERE review_id = %s", (review_id,))


def _with_approval(store: PgStore) -> None:
    """Lyon (every review's location) wants approval; Claire approves, Anne is an agent."""
    set_location_approval(store, int(store.scalar("SELECT id FROM locations WHERE name = 'Lyon'")), True)
    set_member_role(store, "Claire", "approver")


def _by_hand(store: PgStore, review_id: int, author: str) -> None:
    answered.mark_replied_by_hand(store, review_id, "Posted by hand", author=author, now=T0)


@dataclass(frozen=True)
class Case:
    """Set the server up (`before`), then the refused act (`act`), and what it must say."""

    kind: str
    act: Callable[[PgStore, int], object]
    before: Callable[[PgStore, int], object] = lambda store, rid: None
    params: tuple[tuple[str, str], ...] = ()  # besides the review

    def __str__(self) -> str:
        return self.kind


def _draft_discarded(store: PgStore, rid: int) -> None:
    drafts.save_draft(store, rid, "Bob's draft", author="Bob", base_version=None, now=T0)
    drafts.save_draft(store, rid, "", author="Bob", base_version=1, now=T0)


def _sending(store: PgStore, rid: int) -> None:
    _queue(store, rid, "Bob")
    _outbox_set(store, rid, "state = 'sending'")


def _tried(store: PgStore, rid: int) -> None:
    _queue(store, rid, "Bob")
    _outbox_set(store, rid, "attempts = 1")


def _waiting(author: str) -> Callable[[PgStore, int], object]:
    def put_up(store: PgStore, rid: int) -> None:
        _with_approval(store)
        approval.submit_for_approval(store, rid, "Waiting words", author=author, now=T0)
    return put_up


def _platform(name: str) -> Callable[[PgStore, int], object]:
    def set_it(store: PgStore, rid: int) -> None:
        with store.transaction() as conn:
            conn.execute("UPDATE sources SET platform = %s", (name,))
    return set_it


CASES = [
    Case("empty_text", lambda s, r: _queue(s, r, "Anne", "   ")),
    Case("unknown_review", lambda s, r: _queue(s, r + 10_000, "Anne")),
    Case("reply_queued_by_other", lambda s, r: _queue(s, r, "Anne"), lambda s, r: _queue(s, r, "Bob"),
         (("by", "Bob"),)),
    Case("being_sent", lambda s, r: _queue(s, r, "Anne", "Changed"),
         lambda s, r: (_queue(s, r, "Anne"), _outbox_set(s, r, "state = 'sending'"))),
    Case("already_online", lambda s, r: _queue(s, r, "Anne"), lambda s, r: _by_hand(s, r, "Bob"), (("by", "Bob"),)),
    Case("already_online_by_hand", lambda s, r: _by_hand(s, r, "Anne"), lambda s, r: _by_hand(s, r, "Bob"),
         (("by", "Bob"),)),
    Case("already_online_take_back", lambda s, r: answered.withdraw_reply(s, r, by="Anne", now=T0),
         lambda s, r: _by_hand(s, r, "Bob"), (("by", "Bob"),)),
    Case("reply_being_sent_take_back", lambda s, r: answered.withdraw_reply(s, r, by="Anne", now=T0), _sending,
         (("by", "Bob"),)),
    Case("reply_being_sent_by_hand", lambda s, r: _by_hand(s, r, "Anne"), _sending, (("by", "Bob"),)),
    Case("reply_maybe_online_take_back", lambda s, r: answered.withdraw_reply(s, r, by="Anne", now=T0), _tried,
         (("by", "Bob"),)),
    Case("newer_draft", lambda s, r: drafts.save_draft(s, r, "Anne's", author="Anne", base_version=None, now=T0),
         lambda s, r: drafts.save_draft(s, r, "Bob's", author="Bob", base_version=None, now=T0), (("by", "Bob"),)),
    Case("draft_gone", lambda s, r: drafts.save_draft(s, r, "Anne's", author="Anne", base_version=1, now=T0),
         _draft_discarded),
    Case("nothing_waiting", lambda s, r: approval.approve(s, r, approver="Claire", now=T0)),
    Case("no_approval_needed", lambda s, r: approval.submit_for_approval(s, r, "Words", author="Anne", now=T0)),
    Case("needs_approver_queue", lambda s, r: _queue(s, r, "Anne"), lambda s, r: _with_approval(s),
         (("by", "Anne"), ("location", "Lyon"))),
    Case("own_reply", lambda s, r: approval.approve(s, r, approver="Claire", now=T0), _waiting("Claire"),
         (("by", "Claire"),)),
    Case("not_approver_approve", lambda s, r: approval.approve(s, r, approver="Anne", now=T0), _waiting("Bob"),
         (("by", "Anne"),)),
    Case("not_approver_reject", lambda s, r: approval.reject(s, r, approver="Anne", note="", now=T0),
         _waiting("Bob"), (("by", "Anne"),)),
    Case("nothing_to_delete", lambda s, r: answered.delete_reply(s, r, by="Anne", now=T0)),
    Case("platform_cannot_delete", lambda s, r: answered.delete_reply(s, r, by="Anne", now=T0),
         _platform("yelp"), (("platform", "Yelp"),)),
    Case("needs_approver_delete", lambda s, r: answered.delete_reply(s, r, by="Anne", now=T0),
         lambda s, r: (_by_hand(s, r, "Bob"), _with_approval(s)), (("location", "Lyon"),)),
    Case("deletion_queued", lambda s, r: answered.delete_reply(s, r, by="Anne", now=T0),
         lambda s, r: (_by_hand(s, r, "Bob"), answered.delete_reply(s, r, by="Bob", now=T0)), (("by", "Bob"),)),
    Case("reply_not_online_yet", lambda s, r: answered.delete_reply(s, r, by="Anne", now=T0),
         lambda s, r: _queue(s, r, "Bob"), (("by", "Bob"),)),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_refusal_carries_its_kind_and_the_values_it_names(pg_url: str, case: Case) -> None:
    ids = _server_with_reviews(pg_url, count=2)
    rid = ids[0]
    with open_store(pg_url) as store:
        case.before(store, rid)
        with pytest.raises(StoreError) as raised:
            case.act(store, rid)
    refusal = refusal_of(raised.value)
    assert refusal is not None, f"no kind on: {raised.value}"
    assert refusal.kind == case.kind, str(raised.value)
    assert set(refusal.params) == set(KINDS[case.kind])
    expected = dict(case.params)
    if "review" in KINDS[case.kind]:
        expected["review"] = str(rid + (10_000 if case.kind == "unknown_review" else 0))
    assert {k: refusal.params[k] for k in expected} == expected
    assert str(raised.value)  # the English sentence is still there, for the command line


def _store_module(name: str) -> ast.Module:
    path = Path(__file__).resolve().parents[2] / "workstation" / "store" / "postgres" / f"{name}.py"
    return ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("module", STORE_MODULES)
def test_no_refusal_is_raised_without_a_kind(module: str) -> None:
    """`raise ReplyConflict("…")` (or any refusal class, or returning one) would reach a
    French window in English: every one goes through `refused(…)`."""
    bare = []
    for node in ast.walk(_store_module(module)):
        value = node.exc if isinstance(node, ast.Raise) else node.value if isinstance(node, ast.Return) else None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in REFUSAL_CLASSES:
            bare.append(f"{module}.py:{node.lineno}")
    assert bare == []


def test_every_kind_raised_is_listed_and_every_listed_kind_is_raised() -> None:
    raised: set[str] = set()
    prefixes: set[str] = set()
    # The team store's modules, and this computer's own store, which raises some of the same
    # kinds (take back, platform rules, empty text) and its own (tests/store/test_store_error_kinds.py).
    # And the core's other errors (SLA, hours, links, templates, credentials, addresses) and the
    # connectors' (a platform's answer, its sign-in, its settings): tests/core/test_error_kinds.py.
    modules = (*LOCAL_MODULES, *WORDED_MODULES, *SYNC_RESULT_MODULES)
    local = [Path(__file__).resolve().parents[2] / "workstation" / p for p in modules]
    sources = [_store_module(m) for m in STORE_MODULES] + [ast.parse(p.read_text(encoding="utf-8")) for p in local]
    for tree in sources:
        for node in ast.walk(tree):
            # `with_kind(error, kind)`: an error built otherwise (a connector's), then given its kind
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("refused",
                                                                                                   "with_kind"):
                kind = node.args[1]
                if isinstance(kind, ast.JoinedStr) and isinstance(kind.values[0], ast.Constant):
                    prefixes.add(str(kind.values[0].value))  # reply_being_sent_{act}
                else:  # a name, or one of two (`a if … else b`)
                    choices = [kind.body, kind.orelse] if isinstance(kind, ast.IfExp) else [kind]
                    raised |= {str(c.value) for c in choices if isinstance(c, ast.Constant)}
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Refusal":
                raised.add(str(node.args[0].value))  # type: ignore[attr-defined]  # retry.py builds its own
    raised |= {kind for _needle, kind, _message in SQLITE_ERRORS}  # mapped by store/errors.known_error
    # sources/credentials.py names its kinds in tables (_WANTED, _KEYS) and raises `refused(…, kind, …)`
    raised |= {str(node.value) for tree in sources for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith(
                   ("credentials_need_", "service_account_key_", "p8_key_"))}
    suffixes = {"take_back", "by_hand", "delete"}
    raised |= {prefix + suffix for prefix in prefixes for suffix in suffixes}
    assert raised <= set(KINDS)
    assert set(KINDS) <= raised
