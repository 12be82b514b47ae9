"""Update the Qt Linguist files from the UI code and compile them.

    python scripts/translations.py          # lupdate (keeps existing translations) + lrelease
    python scripts/translations.py --check  # fail if a French or English string is untranslated

Translators edit resources/translations/workstation_<lang>.ts with Qt Linguist
(`pyside6-linguist`); the compiled .qm files are shipped with the app. Every French
translation is passed through `workstation.typography.punctuate` before compiling, so
"Note:" and "Note :" both ship as "Note\u00a0:" (one rule, not one per string); `--check`
fails on a French translation that the rule would change.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
BIN = Path(sys.executable).parent
_TEXTS = re.compile(r"(<(translation|numerusform)(?: [^>]*)?>)([^<]*)(</\2>)")
# lupdate writes no-break spaces as character references: read them as the spaces they are.
_SPACE_REFS = re.compile(r"&#(?:x(a0|202f)|(160|8239));", re.IGNORECASE)


def _spaces(text: str) -> str:
    return _SPACE_REFS.sub(lambda m: chr(int(m.group(1), 16) if m.group(1) else int(m.group(2))), text)


def _punctuate() -> object:
    sys.path.insert(0, str(ROOT))
    from workstation.typography import punctuate

    return punctuate


def typeset(ts: Path, lang: str) -> str:
    """The .ts text with every translation in `lang`'s typography (the raw XML is kept:
    entities such as "&amp;" are left alone by the rule)."""
    punctuate = _punctuate()
    text = ts.read_text(encoding="utf-8")
    return _TEXTS.sub(lambda m: m.group(1) + punctuate(_spaces(m.group(3)), lang) + m.group(4), text)  # type: ignore[operator]


def badly_spaced(ts: Path, lang: str) -> list[str]:
    """Translations whose spaces or quotes differ from the language's rule."""
    punctuate = _punctuate()
    return [m.group(3) for m in _TEXTS.finditer(ts.read_text(encoding="utf-8"))
            if punctuate(_spaces(m.group(3)), lang) != _spaces(m.group(3))]  # type: ignore[operator]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workstation" / "ui").glob("*.py"))


def untranslated(ts: Path) -> list[str]:
    """Source texts whose translation is missing or marked unfinished (obsolete ones ignored)."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
        if tr.get("type") == "unfinished" or not all(forms):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = {lang: untranslated(TS_DIR / f"workstation_{lang}.ts") for lang in LANGUAGES}
        for lang, missing in problems.items():
            for text in missing:
                print(f"{lang}: untranslated: {text}")
        spacing = {lang: badly_spaced(TS_DIR / f"workstation_{lang}.ts", lang) for lang in LANGUAGES}
        for lang, texts in spacing.items():
            for text in texts:
                print(f"{lang}: spacing or quotes not typeset (run scripts/translations.py): {text}")
        return 1 if any(problems.values()) or any(spacing.values()) else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"workstation_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        ts.write_text(typeset(ts, lang), encoding="utf-8")
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
