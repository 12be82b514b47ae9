"""French and English typography rules (`workstation.typography`), and the shipped French
translations typeset by them."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from workstation.display_names import display_name
from workstation.typography import (
    NBSP,
    NNBSP,
    fixed,
    label,
    number,
    percent_change,
    punctuate,
    quote,
    signed,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "expected"), [
    ("Note:", f"Note{NBSP}:"),
    ("Urgence : Critique", f"Urgence{NBSP}: Critique"),
    (f"Statut{NNBSP}: ouvert", f"Statut{NBSP}: ouvert"),
    ("Vraiment?", f"Vraiment{NNBSP}?"),
    ("Bienvenue ! Ensuite ; fin", f"Bienvenue{NNBSP}! Ensuite{NNBSP}; fin"),
    ("Sur “x” et « y »", f"Sur «{NNBSP}x{NNBSP}» et «{NNBSP}y{NNBSP}»"),
])
def test_french_spacing_is_one_rule(text: str, expected: str) -> None:
    assert punctuate(text, "fr") == expected
    assert punctuate(expected, "fr") == expected  # stable: running it twice changes nothing


@pytest.mark.parametrize("text", [
    "https://example.com/a?b=1", "à 10:30", "a &amp; b", "C:\\dossier", "%1:%2",
])
def test_what_is_not_punctuation_is_left_alone(text: str) -> None:
    assert punctuate(text, "fr") == text


def test_english_is_untouched() -> None:
    assert punctuate("Status: open? Yes!", "en") == "Status: open? Yes!"
    assert label("Status", "en") == "Status:" and quote("word", "en") == "“word”"


def test_numbers_follow_the_language() -> None:
    assert number(0.1, "fr", 1) == "0,1" and number(0.1, "en", 1) == "0.1"
    assert number(3.0, "fr", 1) == "3"  # no trailing ",0"
    assert number(1234, "fr") == f"1{NNBSP}234" and number(1234, "en") == "1,234"
    assert fixed(4, "fr", 2) == "4,00" and signed(0.25, "fr", 2) == "+0,25"
    assert percent_change(0.12, "fr") == f"+12{NBSP}%" and percent_change(-0.12, "en") == "-12%"


def test_french_names_of_things_are_typeset() -> None:
    late = display_name("flag", "late_import", "fr")
    assert f"{NBSP}:" in late and " :" not in late


def test_every_french_translation_is_typeset() -> None:
    """A translation typed "Note:" or "Note :" fails here until scripts/translations.py ran."""
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    ts = ROOT / "resources" / "translations" / "workstation_fr.ts"
    assert module.badly_spaced(ts, "fr") == []
    text = ts.read_text(encoding="utf-8")
    assert ">Urgence\u00a0: %1<" in text or ">Urgence&#xa0;: %1<" in text
    assert not re.search("(&#xa0;|&#x202f;|\u00a0|\u202f)(&#xa0;|&#x202f;|\u00a0|\u202f)", text)
