"""Delimiter sniffing, quoted multi-line cells, empty fields and row numbering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workstation.importers import read_file, read_table
from workstation.importers.delimited import parse_delimited, sniff_delimiter

WriteFile = Callable[..., Path]


def test_semicolon_wins_over_commas_inside_text() -> None:
    text = "note;avis\n5;Bon, vraiment bon, très bon\n4;Pas mal, un peu cher\n"
    assert sniff_delimiter(text) == ";"


def test_comma_wins_over_semicolons_inside_quoted_text() -> None:
    text = 'stars,text\n5,"good; really good"\n3,"meh; ok; fine"\n'
    assert sniff_delimiter(text) == ","


def test_multiline_quoted_cell_is_one_row_and_numbers_follow_spreadsheet_rows(
    write_file: WriteFile,
) -> None:
    content = (
        "stars,text,author\r\n"
        '5,"First line\r\nsecond line\n""quoted"" third",Ann\r\n'
        "\r\n"  # a blank line is a (skipped) spreadsheet row
        "4,Short,Bob\r\n"
    )
    table = read_table(write_file("m.csv", content))
    assert table.rows[0][1] == 'First line\r\nsecond line\n"quoted" third'
    assert table.row_numbers == [2, 4]
    result = read_file(write_file("m2.csv", content))
    assert [r.author for r in result.records] == ["Ann", "Bob"]


def test_empty_fields_become_none(write_file: WriteFile) -> None:
    content = "id,stars,text,title,author,date\n,4,Nice,,,\n"
    (record,) = read_file(write_file("e.csv", content)).records
    assert record.external_id is None
    assert record.title is None and record.author is None and record.created_at is None
    assert record.stars == 4


def test_short_and_long_rows_are_tolerated(write_file: WriteFile) -> None:
    content = "stars,text,author\n5,Only two\n4,Three,Carl,extra,cells\n"
    result = read_file(write_file("ragged.csv", content))
    assert result.errors == []
    assert [(r.text, r.author) for r in result.records] == [("Only two", None), ("Three", "Carl")]


def test_excel_sep_hint_line() -> None:
    rows, numbers, delimiter = parse_delimited("sep=|\nstars|text\n5|ok\n", "x.csv")
    assert delimiter == "|"
    assert rows == [["stars", "text"], ["5", "ok"]]
    assert numbers == [1, 2]


def test_tsv_extension_prefers_tab(write_file: WriteFile) -> None:
    content = "text\tstars\nA, B, C\t5\nD, E\t4\n"
    table = read_table(write_file("r.tsv", content))
    assert table.delimiter == "\t"
    assert table.headers == ["text", "stars"]


def test_header_only_file_gives_empty_result(write_file: WriteFile) -> None:
    result = read_file(write_file("h.csv", "stars;avis;date\n"))
    assert result.records == [] and result.errors == []
    assert result.delimiter == ";"


def test_single_column_file(write_file: WriteFile) -> None:
    result = read_file(write_file("one.csv", "commentaire\nSuper\nBof\n"))
    assert [r.text for r in result.records] == ["Super", "Bof"]


def test_title_lines_before_the_header_are_skipped(write_file: WriteFile) -> None:
    content = "Export des avis - novembre 2026\n\nNote;Avis;Auteur\n5;Parfait, merci;Léa\n"
    table = read_table(write_file("titled.csv", content))
    assert table.headers == ["Note", "Avis", "Auteur"]
    assert table.rows == [["5", "Parfait, merci", "Léa"]]
    assert table.row_numbers == [4]
