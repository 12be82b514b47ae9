"""The headless commands with `--store postgresql://…` / WORKSTATION_STORE: import, sync,
review list, reply queue and outbox send run on the team server; the other commands say
they cannot (exit 2, one sentence, no traceback, nothing written to a SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.team.workers import open_store
from workstation.cli import main
from workstation.store.location import ENV_VAR
from workstation.store.postgres.locks import source_sync_lock
from workstation.store.postgres.sources import add_source

CSV = ("id,date,rating,author,text\n"
       "a1,2026-10-01,1,Élodie,Chambre sale et accueil glacial\n"
       "a2,2026-10-02,5,John,Lovely breakfast and friendly staff\n"
       "a3,2026-10-03,2,Zoé,Le café était froid\n")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_then_list_and_search_on_the_team_server(pg_url: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path, "a.csv", CSV)
    overlapping = _write(tmp_path, "b.csv", CSV.replace("a1,", "b9,", 1))
    assert main(["import", str(first), "--store", pg_url, "--platform", "google_business", "--tz", "UTC"]) == 0
    assert "imported 3," in capsys.readouterr().out
    assert main(["import", str(overlapping), "--store", pg_url, "--platform", "google_business", "--tz", "UTC"]) == 0
    assert "imported 1, updated 0, unchanged 2" in capsys.readouterr().out
    assert main(["review", "list", "--store", pg_url, "--search", "cafe", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [r["external_id"] for r in found] == ["a3"]
    assert main(["review", "list", "--store", pg_url]) == 0
    assert capsys.readouterr().out.startswith("4 reviews")
    assert not (tmp_path / "workstation.sqlite3").exists()


def test_the_environment_variable_chooses_the_team_server(pg_url: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_VAR, pg_url)
    assert main(["import", str(_write(tmp_path, "a.csv", CSV)), "--platform", "google_business", "--tz", "UTC"]) == 0
    capsys.readouterr()
    assert main(["review", "list", "--search", "chambre glac", "--json"]) == 0
    assert [r["external_id"] for r in json.loads(capsys.readouterr().out)] == ["a1"]
    assert not (tmp_path / "workstation.sqlite3").exists()


def test_sync_queue_and_send_through_the_shared_outbox(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(pg_url) as store:
        source_id = add_source(store, platform="demo", name="Demo")
    assert main(["sync", "--store", pg_url]) == 0
    line = capsys.readouterr().out
    assert line.startswith(f"source {source_id}: new ") and not line.startswith(f"source {source_id}: new 0,")
    with open_store(pg_url) as store:
        review_id = int(store.scalar("SELECT min(id) FROM reviews WHERE reply_state = 'none'"))
        assert store.scalar("SELECT status FROM sources WHERE id = %s", (source_id,)) == "ok"
        # Another desktop syncing the same source: this one is told so and stores nothing.
        with source_sync_lock(store, source_id):
            assert main(["sync", "--store", pg_url, "--source", str(source_id)]) == 1
        assert "Another computer of the team is syncing this source" in capsys.readouterr().out
    assert main(["reply", "queue", "--store", pg_url, "--review", str(review_id), "--text", "Merci !",
                 "--as", "Camille"]) == 0
    assert f"for review {review_id} (post)" in capsys.readouterr().out
    # A second team member cannot queue a second reply to the same review.
    assert main(["reply", "queue", "--store", pg_url, "--review", str(review_id), "--text", "Thanks",
                 "--as", "Anne"]) == 2
    assert "Camille already queued a reply" in capsys.readouterr().err
    assert main(["outbox", "send", "--store", pg_url]) == 0
    assert "sent 1" in capsys.readouterr().out
    with open_store(pg_url) as store:
        assert store.scalar("SELECT reply_state FROM reviews WHERE id = %s", (review_id,)) == "sent"
        assert store.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1


@pytest.mark.parametrize("argv", [["reply", "check", "--text", "hi"], ["analyze", "--in", "x.csv"]])
def test_a_command_team_mode_cannot_serve_says_so(pg_url: str, argv: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*argv, "--store", pg_url]) == 2
    err = capsys.readouterr().err
    assert "does not work on a team server yet" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_server_down_offers_the_local_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://someone:s3cr3t-pw@127.0.0.1:{port}/team"
    assert main(["review", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert "does not answer" in err and "without --store" in err and "this computer's copy" in err
    assert "s3cr3t" not in err


def test_bad_store_addresses_are_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "list", "--store", "postgresql://me@db.example.com/shop?sslmode=disable"]) == 2
    assert "must be reached with encryption" in capsys.readouterr().err
    assert main(["review", "list", "--store", "mysql://x/y"]) == 2
    assert "Unknown store address" in capsys.readouterr().err


def test_a_command_without_a_store_ignores_the_team_server_of_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from workstation.team_cli import route

    monkeypatch.setenv(ENV_VAR, "postgresql://me@127.0.0.1:1/team")
    assert route("analyze", ["--in", "a.csv"]) == (None, ["--in", "a.csv"])
    where, rest = route("metrics", ["--json"])
    assert where is not None and where.database == "team" and rest == ["--json"]
    assert route("review", ["list", "--store", str(tmp_path)]) == (None, ["list", "--data-dir", str(tmp_path)])


def test_an_import_leaves_the_reviews_triaged_as_on_this_computer(pg_url: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The same file imported on a team server and into a local database lists the same
    levels, reasons and labels (deadlines: the same reviews have one; times follow each import's clock)."""
    reviews = _write(tmp_path, "a.csv", CSV)
    listed = {}
    for where in (["--store", pg_url], ["--data-dir", str(tmp_path / "solo")]):
        assert main(["import", str(reviews), *where, "--platform", "google_business", "--tz", "UTC"]) == 0
        capsys.readouterr()
        assert main(["review", "list", *where, "--json"]) == 0
        listed[where[0]] = {r["external_id"]: r for r in json.loads(capsys.readouterr().out)}
    team, solo = listed["--store"], listed["--data-dir"]
    assert team.keys() == solo.keys() == {"a1", "a2", "a3"}
    for key, row in solo.items():
        assert row["level"] is not None, "the local import triages"
        assert {k: v for k, v in team[key].items() if k not in ("id", "source_id", "due_at")} == \
            {k: v for k, v in row.items() if k not in ("id", "source_id", "due_at")}
        assert (team[key]["due_at"] is None) == (row["due_at"] is None)
