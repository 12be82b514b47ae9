"""Update the translation files of the window (Qt) and of the command line (gettext), and compile them.

    python scripts/translations.py          # lupdate + lrelease; CLI: extract, merge, compile
    python scripts/translations.py --check  # fail if a string is untranslated, obsolete or badly spaced

Window: translators edit resources/translations/workstation_<lang>.ts with Qt Linguist
(`pyside6-linguist`); the compiled .qm files are shipped with the app.

Command line: resources/translations/cli_fr.po (edit with any PO editor) holds the French of
every `tr(…)`, `ntr(…)` and `N_(…)` text of the CLI modules (`CLI_SOURCES`) and of argparse's
own words (extracted from the running Python's argparse, whose `gettext` calls they are);
English is the source text. It also holds the French of the core's error sentences
(`workstation/error_kinds.py`), which the window reads from the same compiled catalog: one
translation for both, so the window and the command line cannot disagree (nothing to
compare between the .ts and the .po). babel extracts, merges and compiles it to cli_fr.mo, which is
committed like the .qm files: the command line starts without babel's PO reader, and a
frozen app carries no build step.

Every French translation is passed through `workstation.typography.punctuate` before
compiling, so "Note:" and "Note :" both ship as "Note\u00a0:" (one rule, not one per
string); `--check` fails on a French translation that the rule would change, and on a CLI
text that is untranslated, fuzzy or no longer in the code, or a .mo older than its .po.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

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


# -- command line (gettext, through babel) -------------------------------------------------

CLI_PO = TS_DIR / "cli_fr.po"
CLI_SOURCES = (
    "workstation/cli.py", "workstation/command_line.py", "workstation/command_store.py",
    "workstation/team_cli.py", "workstation/team_admin_cli.py", "workstation/team_auto_cli.py",
    "workstation/team_source_cli.py", "workstation/analysis/cli.py", "workstation/metrics/cli.py",
    "workstation/replies/cli.py", "workstation/replies/auto_cli.py", "workstation/sync/cli.py",
    "workstation/app.py",  # the window's own options (`workstation --help`)
    "workstation/error_kinds.py",  # the core's error sentences: the window reads their French here too
)
_CLI_KEYWORDS = {"tr": None, "ntr": (1, 2), "N_": None}
_ARGPARSE_KEYWORDS = {"_": None, "ngettext": (1, 2)}


def cli_template(root: Path = ROOT) -> Catalog:
    """Every text the command line can say, from its modules and from argparse."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(locale=None, project="workstation", charset="utf-8")
    for source in CLI_SOURCES:
        for lineno, message, comments, context in extract_from_file(
                "python", str(root / source), keywords=_CLI_KEYWORDS, comment_tags=("TRANSLATORS:",)):
            template.add(message, locations=[(source, lineno)], auto_comments=comments, context=context)
    for lineno, message, comments, context in extract_from_file(
            "python", argparse.__file__, keywords=_ARGPARSE_KEYWORDS):
        template.add(message, locations=[("argparse.py", lineno)], auto_comments=comments, context=context)
    return template


def _read_po(path: Path) -> Catalog:
    from babel.messages.pofile import read_po

    with path.open("rb") as fh:
        return read_po(fh, locale="fr")


def _forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def _typeset_message(message: Message, punctuate: Callable[[str, str], str]) -> None:
    if isinstance(message.string, tuple | list):
        message.string = tuple(punctuate(form, "fr") for form in message.string)
    else:
        message.string = punctuate(message.string, "fr")


def cli_problems(po: Path = CLI_PO, root: Path = ROOT) -> list[str]:
    """What `--check` refuses in the CLI catalog (empty when it is complete and compiled)."""
    punctuate: Callable[[str, str], str] = _punctuate()  # type: ignore[assignment]
    if not po.exists():
        return [f"fr: {po.name} is missing (run scripts/translations.py)"]
    catalog = _read_po(po)
    template = cli_template(root)
    problems = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, message.context)
        text = message.id if isinstance(message.id, str) else message.id[0]
        if found is None or found.fuzzy or not all(_forms(found)):
            problems.append(f"fr: untranslated (CLI): {text}")
        elif any(punctuate(form, "fr") != form for form in _forms(found)):
            problems.append(f"fr: spacing or quotes not typeset (run scripts/translations.py): {text}")
    for message in catalog:
        if message.id and template.get(message.id, message.context) is None:
            text = message.id if isinstance(message.id, str) else message.id[0]
            problems.append(f"fr: obsolete (CLI, no longer in the code; run scripts/translations.py): {text}")
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.read_bytes() != _compiled(catalog):
        problems.append(f"fr: {mo.name} is not {po.name} compiled (run scripts/translations.py)")
    return problems


def _compiled(catalog: Catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update_cli(po: Path = CLI_PO, root: Path = ROOT) -> None:
    """Merge the code's texts into the .po (new ones empty, gone ones dropped), typeset, compile."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    punctuate: Callable[[str, str], str] = _punctuate()  # type: ignore[assignment]
    catalog = _read_po(po) if po.exists() else Catalog(locale="fr", project="workstation", charset="utf-8")
    created = catalog.creation_date  # `update` would stamp it with today: keep diffs to real changes
    catalog.update(cli_template(root), no_fuzzy_matching=True)
    catalog.creation_date = created
    for message in catalog:
        if message.id:
            _typeset_message(message, punctuate)
    with po.open("wb") as fh:
        write_po(fh, catalog, width=100, ignore_obsolete=True, omit_header=False, sort_output=False)
    po.with_suffix(".mo").write_bytes(_compiled(_read_po(po)))


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
        cli = cli_problems()
        for line in cli:
            print(line)
        return 1 if any(problems.values()) or any(spacing.values()) or cli else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"workstation_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        ts.write_text(typeset(ts, lang), encoding="utf-8")
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    update_cli()
    return 0


if __name__ == "__main__":
    sys.exit(main())
