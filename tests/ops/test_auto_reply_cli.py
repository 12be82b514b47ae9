"""`workstation reply auto-rule …` and `workstation reply auto-run`: the same ops as the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation import paths
from workstation.__main__ import main
from workstation.store import Store
from workstation.store.outbox import pending_items

from .auto_setup import HOUR, MONDAY_10, add_review, café


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    with Store(paths.db_path(str(tmp_path))) as store:
        source = café(store)
        add_review(store, source, "past", stars=5, text="Lovely coffee.", seen=MONDAY_10 - 5 * HOUR)
        add_review(store, source, "bad", stars=2, text="Cold and slow.", seen=MONDAY_10 - 5 * HOUR)
    return str(tmp_path)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_rules_are_managed_previewed_switched_on_and_run(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = ("--data-dir", data_dir)
    code, out, _ = _cli(capsys, "reply", "auto-rule", "add", "--name", "Happy", "--location", "Paris",
                        "--delay", "30", "--now", (MONDAY_10 - 4 * HOUR).isoformat(), *db)
    assert code == 0 and "rule 1 added, off" in out
    code, _, err = _cli(capsys, "reply", "auto-rule", "on", "1", *db)
    assert code == 2 and "past reviews first" in err  # never switched on unseen
    code, out, _ = _cli(capsys, "reply", "auto-rule", "preview", "1", "--json", "--now",
                        (MONDAY_10 - 4 * HOUR).isoformat(), *db)
    preview = json.loads(out)
    assert code == 0 and preview["reviews"] == 2 and preview["automatic"] == 1
    code, out, _ = _cli(capsys, "reply", "auto-rule", "list", "--json", *db)
    assert json.loads(out)[0]["on"] is False
    # Off: nothing is queued.
    code, out, _ = _cli(capsys, "reply", "auto-run", "--now", MONDAY_10.isoformat(), *db)
    assert code == 0 and out.startswith("queued 0")
    assert _cli(capsys, "reply", "auto-rule", "on", "1", "--now", (MONDAY_10 - 3 * HOUR).isoformat(), *db)[0] == 0
    with Store(paths.db_path(data_dir)) as store:
        add_review(store, 1, "new", stars=4, text="Very nice brunch.", seen=MONDAY_10 - 2 * HOUR)
    code, out, _ = _cli(capsys, "reply", "auto-run", "--dry-run", "--now", MONDAY_10.isoformat(), *db)
    assert code == 0 and out.startswith("would queue 1")
    with Store(paths.db_path(data_dir)) as store:
        assert pending_items(store) == []
    code, out, _ = _cli(capsys, "reply", "auto-run", "--json", "--now", MONDAY_10.isoformat(), *db)
    assert [i["outcome"] for i in json.loads(out)] == ["queued"]
    code, out, _ = _cli(capsys, "reply", "auto-run", "--now", (MONDAY_10 + HOUR).isoformat(), *db)
    assert out.startswith("queued 0")  # never twice
    with Store(paths.db_path(data_dir)) as store:
        assert len(pending_items(store)) == 1


def test_a_rule_below_four_stars_is_refused_in_plain_words(data_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _cli(capsys, "reply", "auto-rule", "add", "--name", "All", "--min-stars", "3",
                        "--data-dir", data_dir)
    assert code == 2 and "--min-stars" in err and "Traceback" not in err
    code, _, err = _cli(capsys, "reply", "auto-rule", "add", "--name", "Lyon", "--location", "Lyon",
                        "--data-dir", data_dir)
    assert code == 2 and "Unknown location: Lyon" in err
    code, _, err = _cli(capsys, "reply", "auto-rule", "on", "7", "--data-dir", data_dir)
    assert code == 2 and "no rule 7" in err
    assert _cli(capsys, "reply", "auto-rule", "list", "--data-dir", data_dir)[1].startswith("no automatic-reply rule")


def test_the_scheduled_headless_sync_queues_the_due_automatic_replies(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from .auto_setup import rule, rule_on

    with Store(paths.db_path(data_dir)) as store:
        # Nothing to fetch (a file source; tests never reach a platform): the sync's own part is empty.
        with store.transaction() as conn:
            conn.execute("UPDATE sources SET kind = 'file'")
        rule_on(store, rule(delay_minutes=30), MONDAY_10 - 3 * HOUR)
        new = add_review(store, 1, "new", stars=5, text="Très bon brunch, merci !", lang="fr",
                         seen=MONDAY_10 - 2 * HOUR)
    db = ("--data-dir", data_dir)
    code, out, _ = _cli(capsys, "sync", "--now", MONDAY_10.isoformat(), *db)
    assert code == 0 and "automatic replies: queued 1, waiting 0" in out
    with Store(paths.db_path(data_dir)) as store:
        assert [i.review_id for i in pending_items(store)] == [new]
    code, out, _ = _cli(capsys, "sync", "--now", (MONDAY_10 + HOUR).isoformat(), *db)
    assert code == 0 and "automatic replies: queued 0" in out  # never twice


def test_the_headless_sync_says_nothing_of_automatic_replies_without_a_rule(
    data_dir: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store(paths.db_path(data_dir)) as store, store.transaction() as conn:
        conn.execute("UPDATE sources SET kind = 'file'")
    code, out, _ = _cli(capsys, "sync", "--now", MONDAY_10.isoformat(), "--data-dir", data_dir)
    assert code == 0 and "automatic replies" not in out
    with Store(paths.db_path(data_dir)) as store:
        assert pending_items(store) == []
