"""Encodings × delimiters, BOM handling and refusal of non-text files."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from workstation.importers import ImportFormatError, read_file, read_table
from workstation.importers.decoding import decode_bytes

WriteFile = Callable[..., Path]

ROWS = [
    ("note", "avis", "date"),
    ("5", "Très bon accueil, café crème à 2 €", "24/11/2026"),
    ("2", "Service lent; l’addition était « salée »", "25/11/2026"),
]

ENCODINGS = [
    # (name, python codec, BOM to prepend, expected detected encoding)
    ("utf8", "utf-8", b"", "utf-8"),
    ("utf8-bom", "utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf16le-bom", "utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf16be-bom", "utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("cp1252", "cp1252", b"", "cp1252"),
]
DELIMITERS = [(",", "csv"), (";", "csv"), ("\t", "tsv")]


def _render(delimiter: str) -> str:
    lines = []
    for row in ROWS:
        cells = [f'"{c}"' if delimiter in c or ";" in c or "," in c else c for c in row]
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize(("label", "codec", "bom", "expected"), ENCODINGS)
@pytest.mark.parametrize(("delimiter", "suffix"), DELIMITERS)
def test_every_encoding_and_delimiter(
    write_file: WriteFile,
    label: str,
    codec: str,
    bom: bytes,
    expected: str,
    delimiter: str,
    suffix: str,
) -> None:
    path = write_file(f"{label}.{suffix}", _render(delimiter), codec, bom)
    result = read_file(path)
    assert result.encoding == expected
    assert result.delimiter == delimiter
    assert result.errors == []
    assert [r.text for r in result.records] == [ROWS[1][1], ROWS[2][1]]
    assert [r.stars for r in result.records] == [5, 2]
    assert result.confident


def test_tab_delimiter_sniffed_without_tsv_extension(write_file: WriteFile) -> None:
    path = write_file("export.txt", "rating\ttext\n4\tgood, really\n")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows == [["4", "good, really"]]


def test_utf16_without_bom_is_recognised() -> None:
    text, encoding = decode_bytes("stars,text\n5,bien\n".encode("utf-16-le"), "x.csv")
    assert encoding == "utf-16-le"
    assert text.startswith("stars,text")


def test_utf8_is_preferred_over_cp1252_when_valid() -> None:
    _, encoding = decode_bytes("avis\nhôtel".encode(), "x.csv")
    assert encoding == "utf-8"
    text, encoding = decode_bytes("avis\nhôtel".encode("cp1252"), "x.csv")
    assert (text, encoding) == ("avis\nhôtel", "cp1252")


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "empty_file"),
        (b"   \r\n\n", "empty_file"),
        (codecs.BOM_UTF8, "empty_file"),
        (codecs.BOM_UTF16_LE, "empty_file"),
        (codecs.BOM_UTF16_LE + "avis\nbon".encode("utf-16-le")[:-1], "truncated_utf16"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "truncated_utf16"),  # lone surrogate
        (bytes(range(256)) * 8, "bad_encoding"),  # cp1252 has undefined bytes (0x81…)
        (b"\x01\x02\x03\x04hello\x05\x06\x07\x08" * 20, "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00\x13\x07" * 50, "binary"),
    ],
)
def test_unreadable_files_raise_one_line_error(tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFormatError) as info:
        read_file(path)
    assert info.value.key == key
    assert "\n" not in str(info.value)
    assert "bad.csv" in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="Cannot read"):
        read_file(tmp_path / "nope.csv")
    with pytest.raises(ImportFormatError, match="Cannot read"):
        read_file(tmp_path)


def test_file_over_the_size_limit(write_file: WriteFile) -> None:
    path = write_file("big.csv", "text\n" + "x" * 500 + "\n")
    with pytest.raises(ImportFormatError, match="too large"):
        read_table(path, max_bytes=100)
