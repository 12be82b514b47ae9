"""Header recognition (French/English, accents, case) and the content fallback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.importers import Field, ImportFormatError, RawTable, detect_mapping, read_file
from workstation.importers.fields import match_header, normalize_header

WriteFile = Callable[..., Path]


def table(headers: list[str], rows: list[list[str]], has_header: bool = True) -> RawTable:
    numbers = list(range(2, len(rows) + 2))
    return RawTable(headers, rows, "utf-8", ",", "csv", numbers, has_header=has_header)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Note", Field.STARS), ("ÉTOILES", Field.STARS), ("Star Rating", Field.STARS),
        ("Avis", Field.TEXT), ("Commentaire", Field.TEXT), ("Review Text", Field.TEXT),
        ("contenu", Field.TEXT), ("Titre", Field.TITLE), ("Review Title", Field.TITLE),
        ("Date de l'avis", Field.DATE), ("Publié le", Field.DATE), ("created", Field.DATE),
        ("Review Submit Date and Time", Field.DATE), ("Auteur", Field.AUTHOR),
        ("Nom", Field.AUTHOR), ("client", Field.AUTHOR), ("Review ID", Field.EXTERNAL_ID),
        ("Lien", Field.URL), ("Établissement", Field.LOCATION), ("Lieu", Field.LOCATION),
        ("Langue", Field.LANG), ("Reviewer Language", Field.LANG), ("Plateforme", Field.PLATFORM),
        ("Réponse", Field.REPLY_TEXT), ("Developer Reply Text", Field.REPLY_TEXT),
        ("Reply Text", Field.REPLY_TEXT), ("Date de réponse", Field.REPLY_DATE),
        ("Developer Reply Date and Time", Field.REPLY_DATE),
        ("Review Last Update Date and Time", Field.UPDATED), ("reviewReply.comment", Field.REPLY_TEXT),
        ("reviewer.displayName", Field.AUTHOR), ("Review Created (UTC)", Field.DATE),
    ],
)  # fmt: skip
def test_headers(header: str, field: Field) -> None:
    match = match_header(header)
    assert match is not None and match[0] is field


@pytest.mark.parametrize(
    "header", ["Package Name", "Source Of Review", "Domain URL", "Location ID", "Device", "Tags"]
)
def test_unrelated_headers(header: str) -> None:
    assert match_header(header) is None


def test_normalize_header() -> None:
    assert normalize_header("  Date de l'Avis (UTC) ") == "date de l avis utc"
    assert normalize_header("reviewReply.updateTime") == "review reply update time"


def test_french_file_with_french_dates(write_file: WriteFile) -> None:
    content = (
        "Établissement;Auteur;Note;Commentaire;Publié le;Réponse;Date de réponse\n"
        "Bistrot Rive Gauche;Marie L.;4/5;Très bon, service un peu lent.;24/11/2026 14:05;"
        "Merci Marie !;25 nov. 2026\n"
        "Bistrot Rive Gauche;Jean;2 étoiles;Trop bruyant.;3 novembre 2026;;\n"
    )
    result = read_file(write_file("avis.csv", content, "cp1252"))
    assert result.confident and result.errors == []
    marie, jean = result.records
    assert (marie.location, marie.author, marie.stars) == ("Bistrot Rive Gauche", "Marie L.", 4)
    assert marie.created_at == datetime(2026, 11, 24, 14, 5, tzinfo=UTC)
    assert marie.reply is not None and marie.reply.text == "Merci Marie !"
    assert marie.reply.posted_at == datetime(2026, 11, 25, tzinfo=UTC)
    assert jean.stars == 2 and jean.reply is None
    assert jean.created_at == datetime(2026, 11, 3, tzinfo=UTC)


def test_platform_column_beats_source_column() -> None:
    mapping, _ = detect_mapping(
        table(["id", "source", "platform", "text"], [["1", "x", "trustpilot", "hi"]])
    )
    assert mapping[Field.PLATFORM] == 2
    assert mapping[Field.EXTERNAL_ID] == 0


def test_headerless_file_is_guessed_by_content(write_file: WriteFile) -> None:
    content = (
        "2026-11-01,5,Excellent dîner, personnel adorable,Ann\n"
        "2026-11-02,1,Froid et cher, je ne reviendrai pas,Bob\n"
        "2026-11-03,4,Bien dans l'ensemble,Cy\n"
    )
    result = read_file(write_file("noheader.txt", content.replace(",", "\t")))
    assert not result.confident
    assert result.mapping[Field.DATE] == 0
    assert result.mapping[Field.STARS] == 1
    assert result.mapping[Field.TEXT] == 2
    assert [e.row for e in result.errors] == []
    assert [r.stars for r in result.records] == [5, 1, 4]  # first line is data, not a header


def test_unknown_headers_fall_back_to_content() -> None:
    rows = [["5", "ok", "Lovely staff and a great view over the harbour"],
            ["3", "meh", "Average food but the terrace is nice"]]  # fmt: skip
    mapping, confident = detect_mapping(table(["col_a", "col_b", "col_c"], rows))
    assert (mapping[Field.STARS], mapping[Field.TEXT], confident) == (0, 2, False)


def test_two_text_like_headers_are_not_confident() -> None:
    mapping, confident = detect_mapping(table(["avis", "commentaire"], [["a", "b"]]))
    assert mapping[Field.TEXT] == 0
    assert not confident


def test_no_text_column_raises() -> None:
    with pytest.raises(ImportFormatError, match="No column with review text"):
        detect_mapping(table(["stars", "date"], [["5", "2026-11-01"], ["4", "2026-11-02"]]))


def test_user_mapping_overrides_guess_and_is_validated(write_file: WriteFile) -> None:
    path = write_file("m.csv", "a,b\nfirst,second\n")
    result = read_file(path, mapping={Field.TEXT: 1, Field.TITLE: 0})
    assert (result.records[0].text, result.records[0].title) == ("second", "first")
    assert result.confident
    with pytest.raises(ImportFormatError, match="points to column 8, which does not exist"):
        read_file(path, mapping={Field.TEXT: 7})
    with pytest.raises(ImportFormatError, match="has no column for the review text"):
        read_file(path, mapping={Field.TITLE: 0})
