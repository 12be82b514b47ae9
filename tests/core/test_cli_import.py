"""`workstation import`: summary line, bad rows, exit codes, idempotence, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.__main__ import main
from workstation.importers import ImportFormatError, read_file
from workstation.store import Store, import_records

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"

CSV_FR = (
    "note;avis;date;auteur\n"
    "5;Très bon accueil, merci !;24/11/2026 14:05;Camille\n"
    "9;Note impossible;24/11/2026 15:00;Bob\n"
    '1;"Attente interminable.\nPlus jamais.";23/11/2026;Luc\n'
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(list(args))
    return code, capsys.readouterr().out.splitlines()


def test_import_reports_and_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "avis.csv"
    f.write_bytes(CSV_FR.encode("cp1252"))
    code, out = run(capsys, "import", str(f), "--data-dir", str(tmp_path / "d"), "--tz", "Europe/Paris")
    assert code == 1  # part of the work failed: a row was rejected (README's exit codes)
    assert out[0] == "imported 2, updated 0, unchanged 0, errors 1"
    assert out[1].startswith(f"{f}:3: ")
    code, out = run(capsys, "import", str(f), "--data-dir", str(tmp_path / "d"), "--tz", "Europe/Paris")
    assert out[0] == "imported 0, updated 0, unchanged 2, errors 1"
    f.write_bytes(CSV_FR.replace("Très bon accueil", "Excellent accueil").encode("cp1252"))
    code, out = run(capsys, "import", str(f), "--data-dir", str(tmp_path / "d"), "--tz", "Europe/Paris")
    assert out[0] == "imported 0, updated 1, unchanged 1, errors 1"
    with Store(tmp_path / "d" / "workstation.sqlite3") as store:
        assert store.scalar("SELECT text FROM review_versions") == "Très bon accueil, merci !"
        assert store.scalar("SELECT created_at FROM reviews WHERE author = 'Camille'") == "2026-11-24T13:05:00Z"


def test_unreadable_file_exits_2_and_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "photo.csv"
    f.write_bytes(bytes(range(256)) * 20)
    code, out = run(capsys, "import", str(f), "--data-dir", str(tmp_path / "d"))
    assert code == 2
    assert out[0] == "imported 0, updated 0, unchanged 0, errors 0"
    assert out[1].startswith(f"{f}: ")
    code, out = run(capsys, "import", str(tmp_path / "missing.csv"), "--data-dir", str(tmp_path / "d"))
    assert code == 2


def test_play_export_keeps_developer_replies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    play = DATA / "reviews_reviews_com.example.rando_202611.csv"
    code, out = run(capsys, "import", str(play), "--data-dir", str(tmp_path / "d"))
    assert code == 0, out
    with Store(tmp_path / "d" / "workstation.sqlite3") as store:
        assert store.scalar("SELECT count(*) FROM sources WHERE platform = 'google_play'") == 1
        replies = store.scalar("SELECT count(*) FROM replies WHERE state = 'sent' AND posted_at IS NOT NULL")
        assert replies >= 1
        assert store.scalar("SELECT count(*) FROM reviews WHERE reply_state = 'sent'") == replies
    code, out = run(capsys, "import", str(play), "--data-dir", str(tmp_path / "d"))
    with Store(tmp_path / "d" / "workstation.sqlite3") as store:
        assert store.scalar("SELECT count(*) FROM replies") == replies


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), crash_at=st.integers(min_value=0, max_value=5))
def test_random_input_never_half_imports(tmp_path: Path, data: bytes, crash_at: int) -> None:
    """Garbage is refused or imported whole; a crash mid-import leaves the DB as it was."""
    f = tmp_path / "fuzz.csv"
    f.write_bytes(CSV_FR.encode() + data)
    db = tmp_path / "fuzz.sqlite3"
    for suffix in ("", "-wal", "-shm"):  # a fresh database for every example
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store(db)
    try:
        before = store.scalar("SELECT count(*) FROM reviews")
        try:
            result = read_file(f)
        except ImportFormatError:
            return

        calls = {"n": 0}

        def crash(done: int, total: int) -> None:
            calls["n"] += 1
            if calls["n"] > crash_at:
                raise KeyboardInterrupt("simulated crash")

        try:
            import_records(store, result.records, platform_hint="yelp", progress=crash)
        except KeyboardInterrupt:
            assert store.scalar("SELECT count(*) FROM reviews") == before
        else:
            keys = {r.key() for r in result.records}
            assert store.scalar("SELECT count(*) FROM reviews") - before == len(keys)
        assert store.integrity_ok()
    finally:
        store.close()
