"""Item 5 of issue 19: a file mixing UTF-8 and Windows-1252 lines is decoded line by line,
so neither kind of line turns into mojibake."""

from __future__ import annotations

from pathlib import Path

from workstation.__main__ import main
from workstation.importers import read_file
from workstation.importers.decoding import decode_bytes
from workstation.store import Store


def mixed_bytes() -> bytes:
    return (b"author,stars,text\n"
            + "Zoë,5,très bon hôpital\n".encode()
            + "Benoît,2,\"service trop lent, déçu\"\n".encode("cp1252")
            + "Chloé,4,“parfait” — merci\n".encode())


def test_each_line_keeps_its_own_encoding() -> None:
    text, encoding = decode_bytes(mixed_bytes(), "mixed.csv")
    assert encoding == "utf-8+cp1252"
    assert "Zoë,5,très bon hôpital" in text and "Benoît,2,\"service trop lent, déçu\"" in text
    assert "“parfait” — merci" in text and "Ã" not in text


def test_a_whole_windows_1252_file_is_still_recognised() -> None:
    assert decode_bytes("avis\nhôtel\n".encode("cp1252"), "x.csv") == ("avis\nhôtel\n", "cp1252")


def test_mixed_file_is_stored_without_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(mixed_bytes())
    result = read_file(path)
    assert not result.errors
    assert {r.author for r in result.records} == {"Zoë", "Benoît", "Chloé"}
    assert main(["import", str(path), "--platform", "yelp", "--data-dir", str(tmp_path)]) == 0
    with Store(tmp_path / "workstation.sqlite3") as store:
        texts = {row[0] for row in store._conn.execute("SELECT text FROM reviews")}
    assert "très bon hôpital" in texts and "service trop lent, déçu" in texts
