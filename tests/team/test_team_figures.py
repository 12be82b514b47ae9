"""`workstation metrics --store URL` and `workstation report --store URL …`: run on this
computer's copy of the team server, brought up to date first (said in one line on stderr), or,
with the server away, on the copy as of its last update (said plainly, with the time)."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from tests.team.test_team_mirror import _nowhere, _server_with_reviews, _where
from tests.team.workers import T0, open_store
from workstation.cli import main
from workstation.ops import team
from workstation.store.team_cache import cache_file

NOW = (T0 + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _metrics(url: str, data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object], str]:
    code = main(["metrics", "--json", "--store", url, "--data-dir", str(data), "--now", NOW, "--tz", "UTC"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), err


def test_metrics_on_a_team_server_bring_the_copy_up_to_date_first(pg_url: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ids = _server_with_reviews(pg_url)
    code, doc, err = _metrics(pg_url, tmp_path, capsys)
    assert code == 0 and doc["counts"]["reviews"] == len(ids)  # type: ignore[index]
    assert err == "Figures from this computer's copy of the team server, brought up to date just now.\n"
    with open_store(pg_url) as server:  # a colleague adds reviews: the next run counts them
        from tests.team.workers import review
        from workstation.store.postgres.reviews import import_records

        import_records(server, [review(100), review(101)], default_location="Lyon", now=T0)
        team.queue_reply(server, ids[0], "Merci !", author="Bob", origin="bob@desk")
    code, doc, _err = _metrics(pg_url, tmp_path, capsys)
    assert doc["counts"]["reviews"] == len(ids) + 2  # type: ignore[index]


def test_a_report_on_a_team_server_lists_the_servers_reviews(pg_url: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    ids = _server_with_reviews(pg_url)
    out = tmp_path / "reviews.csv"
    assert main(["report", "--format", "csv", "--out", str(out), "--store", pg_url, "--data-dir", str(tmp_path),
                 "--now", NOW, "--tz", "UTC", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "brought up to date just now" in captured.err and f"wrote {out}" in captured.out
    with out.open(newline="", encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == len(ids)


def test_with_the_server_away_the_figures_say_how_old_the_copy_is(pg_url: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ids = _server_with_reviews(pg_url)
    assert _metrics(pg_url, tmp_path, capsys)[0] == 0
    away = _nowhere(pg_url)
    # The same copy, for the server at an address where nothing answers now.
    shutil.copy(cache_file(tmp_path, _where(pg_url).secret_name), cache_file(tmp_path, away.secret_name))
    away_url = f"postgresql://{away.user}:{away.password}@{away.host}:{away.port}/{away.database}"
    code, doc, err = _metrics(away_url, tmp_path, capsys)
    assert code == 0 and doc["counts"]["reviews"] == len(ids)  # type: ignore[index]
    assert "does not answer" in err and "These figures are from this computer's copy of the team server as of 20" in err
    assert err.count("\n") == 1 and (away.password or "§") not in err


def test_with_the_server_away_and_no_copy_there_are_no_figures(pg_url: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    away = _nowhere(pg_url)
    away_url = f"postgresql://{away.user}:{away.password}@{away.host}:{away.port}/{away.database}"
    code, _doc, err = _metrics(away_url, tmp_path, capsys)
    assert code == 2
    assert "no copy of the team server yet" in err and "Traceback" not in err
