"""Header guesses for hand-made French files, and the mapping remembered per file layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.importers import Field, layout_signature, read_file, read_table, remembered_mapping
from workstation.importers.fields import match_header
from workstation.ops.imports import import_files, known_layouts, remember_layout
from workstation.store import Store


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom client", Field.AUTHOR), ("Client", Field.AUTHOR), ("Pseudo", Field.AUTHOR),
        ("Nom et prénom", Field.AUTHOR), ("Avis", Field.TEXT), ("Commentaire client", Field.TEXT),
        ("Commentaire du client", Field.TEXT), ("Note/5", Field.STARS), ("Évaluation", Field.STARS),
        ("Note client", Field.STARS), ("Votre note", Field.STARS), ("Date avis", Field.DATE),
        ("Date de visite", Field.DATE),
    ],
)
def test_french_headers_are_recognised(header: str, field: Field) -> None:
    match = match_header(header)
    assert match is not None and match[0] is field


def test_a_plain_header_beats_a_qualified_one() -> None:
    assert match_header("Avis")[1] < match_header("Avis client")[1]  # type: ignore[index]


def test_signature_ignores_case_and_accents_but_not_order(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    a.write_text("Qui;Évaluation;Texte\nx;4;bien\n", encoding="utf-8")
    b.write_text("qui;EVALUATION;texte\ny;2;mal\n", encoding="utf-8")
    c.write_text("Évaluation;Qui;Texte\n4;x;bien\n", encoding="utf-8")
    signatures = [layout_signature(read_table(p)) for p in (a, b, c)]
    assert signatures[0] == signatures[1] != signatures[2]


def test_a_remembered_mapping_that_no_longer_fits_is_ignored(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text("Qui;Quoi\nLéa;Très bien\n", encoding="utf-8")
    table = read_table(f)
    signature = layout_signature(table)
    assert signature is not None
    assert remembered_mapping(table, {signature: {"text": 1, "author": 0}}) == {Field.TEXT: 1, Field.AUTHOR: 0}
    assert remembered_mapping(table, {signature: {"text": 5}}) is None
    assert remembered_mapping(table, {signature: {"author": 0}}) is None
    assert remembered_mapping(table, {signature: {"nonsense": 0}}) is None


def test_command_line_import_uses_the_remembered_layout(tmp_path: Path) -> None:
    f = tmp_path / "maison.csv"
    f.write_text("Qui;Ce qu'il en dit;Signature\nLéa;Excellent pain;Léa M.\n", encoding="utf-8")
    guessed = read_file(f)
    assert guessed.mapping.get(Field.AUTHOR) is None  # nothing names the author: not guessed
    with Store(tmp_path / "db.sqlite3") as store:
        assert remember_layout(store, read_table(f), {Field.TEXT: 1, Field.AUTHOR: 2})
        assert len(known_layouts(store)) == 1
        outcome = import_files(store, [f], process=False)
        assert outcome.total("imported") == 1
        assert [row[0] for row in store._conn.execute("SELECT author FROM reviews")] == ["Léa M."]


def test_headerless_files_are_not_remembered(tmp_path: Path) -> None:
    f = tmp_path / "brut.csv"
    f.write_text("Lovely staff and great bread, will be back,5\nCold coffee and a long wait,2\n", encoding="utf-8")
    table = read_table(f)
    assert layout_signature(table) is None
    with Store(tmp_path / "db.sqlite3") as store:
        assert not remember_layout(store, table, {Field.TEXT: 0})
