"""Random and truncated input never escapes as anything but ImportFormatError."""

from __future__ import annotations

import codecs
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.importers import ImportFormatError, ImportResult, read_file

VALID_CSV = (
    "Note;Avis;Date;Réponse\n"
    '5;"Très bien\nvraiment";24/11/2026 14:05;Merci\n'
    "1;Nul, froid;3 novembre 2026;\n"
    "4;★★★★☆;;\n"
)
VALID_FILES = [
    ("avis.csv", VALID_CSV.replace("★★★★☆", "4/5").encode("cp1252")),
    ("avis.csv", codecs.BOM_UTF8 + VALID_CSV.encode("utf-8")),
    ("reviews_reviews_a.b_202611.csv", codecs.BOM_UTF16_LE + VALID_CSV.encode("utf-16-le")),
    (
        "r.json",
        json.dumps({"reviews": [{"text": "ok", "rating": 4, "date": "2026-11-24"}]}).encode(),
    ),
    ("r.jsonl", b'{"text": "a", "stars": 5}\n{"text": "b", "stars": 1}\n'),
]
NAMES = st.sampled_from(["x.csv", "x.tsv", "x.json", "x.jsonl", "x.txt"])


def _import(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            result = read_file(path)
        except ImportFormatError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert isinstance(result, ImportResult)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, data=st.binary(max_size=2000))
def test_random_bytes(name: str, data: bytes) -> None:
    _import(name, data)


@settings(max_examples=200, deadline=None)
@given(sample=st.sampled_from(VALID_FILES), cut=st.integers(min_value=0, max_value=400))
def test_truncated_valid_files(sample: tuple[str, bytes], cut: int) -> None:
    name, data = sample
    _import(name, data[: max(0, len(data) - cut)])


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300),
    name=NAMES,
)
def test_random_text(name: str, text: str) -> None:
    _import(name, text.encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(
    cells=st.lists(
        st.lists(st.text(alphabet=';,\t"\n\r ab1é5/:-', max_size=12), min_size=1, max_size=5),
        min_size=1,
        max_size=8,
    )
)
def test_csv_shaped_noise(cells: list[list[str]]) -> None:
    content = "\n".join(";".join(row) for row in [["note", "avis", "date"], *cells])
    _import("x.csv", content.encode("utf-8"))
