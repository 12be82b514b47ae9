"""Row-level behaviour: errors, verbatim text, platforms, progress and cancellation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workstation.domain import RowError
from workstation.importers import Field, RawTable, read_file, records_from_table

WriteFile = Callable[..., Path]


def table(rows: list[list[str]], headers: list[str] | None = None) -> RawTable:
    headers = headers or ["stars", "text", "date"]
    return RawTable(headers, rows, "utf-8", ",", "csv", list(range(2, len(rows) + 2)))


MAPPING = {Field.STARS: 0, Field.TEXT: 1, Field.DATE: 2}


def test_row_errors_name_the_row_and_value() -> None:
    long_date = "the day after the big storm that flooded the whole street"
    rows = [
        ["5", "fine", "24/11/2026"],
        ["", "   ", ""],
        ["9", "too many", ""],
        ["abc", "what", ""],
        ["3", "bad date", "31/02/2026"],
        ["3", "long date", long_date],
        ["", "text only", ""],
        ["4", "", ""],
    ]
    result = records_from_table(table(rows), MAPPING)
    assert result.errors == [
        RowError(3, "empty review"),
        RowError(4, "stars: '9' is out of range (expected 1 to 5)"),
        RowError(5, "stars: 'abc' is not a rating (expected 1 to 5)"),
        RowError(6, "date: '31/02/2026' is not a date"),
        RowError(7, f"date: '{long_date[:39]}…' is not a date"),
    ]
    assert [(r.text, r.stars) for r in result.records] == [
        ("fine", 5), ("text only", None), ("", 4)
    ]  # fmt: skip


def test_bad_reply_date_is_a_row_error() -> None:
    headers = ["text", "reply", "reply date"]
    rows = [["ok", "thanks", "someday"], ["ok", "", "someday"]]
    mapping = {Field.TEXT: 0, Field.REPLY_TEXT: 1, Field.REPLY_DATE: 2}
    result = records_from_table(table(rows, headers), mapping)
    assert result.errors == [RowError(2, "reply date: 'someday' is not a date")]
    assert len(result.records) == 1 and result.records[0].reply is None


def test_hostile_text_is_kept_verbatim(write_file: WriteFile) -> None:
    samples = [
        "<script>alert('x')</script> <b>bold</b> &amp;",
        "\u202eevil RTL override\u202c and \u200fmark",
        "bell\x07 escape\x1b[31m red \x00 nul",
        "emoji 👩‍👩‍👧 🇫🇷 ❤️ and zero\u200bwidth",
        "line one\r\nline two\u2028line three",
        '=HYPERLINK("http://x")',
    ]
    body = "".join(f'5,"{s.replace(chr(34), chr(34) * 2)}"\n' for s in samples)
    result = read_file(write_file("hostile.csv", "stars,text\n" + body))
    assert result.errors == []
    assert [r.text for r in result.records] == samples


def test_surrounding_whitespace_only_is_stripped(write_file: WriteFile) -> None:
    result = read_file(write_file("ws.csv", 'stars,text\n5,"  \n  inner  \n\n  spaces  \t"\n'))
    assert result.records[0].text == "inner  \n\n  spaces"


def test_hundred_kilobyte_cell(write_file: WriteFile) -> None:
    big = ("Un avis très détaillé, avec des virgules; et des points-virgules. " * 1600)[:100_000]
    path = write_file("big.csv", f'note;avis\n4;"{big}"\n5;court\n', "cp1252")
    result = read_file(path)
    assert result.errors == []
    assert result.records[0].text == big.strip()
    assert result.records[1].text == "court"


def test_platform_values_are_normalised() -> None:
    headers = ["text", "platform"]
    rows = [["a", "Google"], ["b", "Google Play"], ["c", "TRUSTPILOT"], ["d", "MyBlog"], ["e", ""]]
    result = records_from_table(
        table(rows, headers), {Field.TEXT: 0, Field.PLATFORM: 1}, platform_hint="yelp"
    )
    assert [r.platform for r in result.records] == [
        "google_business", "google_play", "trustpilot", "manual", "yelp"
    ]  # fmt: skip
    assert result.records[3].extra == {"platform": "MyBlog"}


def test_progress_reports_monotonic_counts_and_finishes() -> None:
    rows = [["4", f"review {i}", ""] for i in range(2500)]
    calls: list[tuple[int, int]] = []
    result = records_from_table(table(rows), MAPPING, progress=lambda d, t: calls.append((d, t)))
    assert len(result.records) == 2500 and not result.cancelled
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_cancel_stops_early() -> None:
    rows = [["4", f"review {i}", ""] for i in range(5000)]
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 2

    result = records_from_table(table(rows), MAPPING, cancelled=cancelled)
    assert result.cancelled
    assert len(result.records) == 2000  # two batches done, third refused


def test_cancel_before_start(write_file: WriteFile) -> None:
    path = write_file("c.csv", "stars,text\n5,a\n4,b\n")
    progress: list[tuple[int, int]] = []
    result = read_file(path, cancelled=lambda: True, progress=lambda d, t: progress.append((d, t)))
    assert result.cancelled and result.records == [] and progress == []


def test_language_values(write_file: WriteFile) -> None:
    content = "lang,text\nfr_FR,a\nEN,b\nFrançais,c\n???,d\n"
    records = read_file(write_file("l.csv", content)).records
    assert [r.lang for r in records] == ["fr", "en", "fr", None]
    assert records[3].extra == {"lang": "???"}
