"""The command line in French: which language it picks, what it says in French (argparse's
words included), what it never translates (`--json`), and the catalog check that keeps
every CLI text translated."""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from workstation import cli_language
from workstation.__main__ import main
from workstation.cli_language import choose_language, speaking

ROOT = Path(__file__).resolve().parents[2]
CSV = (
    "rating,review,date,author\n"
    "1,\"Food poisoning after the chicken, my son was sick all night\",2026-11-20,Ann\n"
    "5,\"Lovely café, perfect croissants\",2026-11-21,Bea\n"
)
# Words that would betray an English line in French output (argparse's and ours).
ENGLISH = re.compile(r"\b(usage|error|imported|updated|unchanged|errors|show this help|options:\s*\n\s*-h, --help\s+show"
                     r"|Cannot read|works with a team server|the following arguments)\b")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSTATION_LANG", "fr")


def _translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- which language ------------------------------------------------------------------------

@pytest.mark.parametrize(("env", "lang"), [
    ({"WORKSTATION_LANG": "fr", "LANG": "en_US.UTF-8"}, "fr"),
    ({"WORKSTATION_LANG": "en", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"WORKSTATION_LANG": "de", "LANG": "fr_FR.UTF-8"}, "fr"),  # not ours: the locale decides
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "fr_CA"}, "fr"),
    ({"LANG": "fr"}, "fr"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "fr_BE.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),  # LC_ALL first
    ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
    ({"LC_MESSAGES": "fr_FR", "LANG": "en_US"}, "fr"),  # then LC_MESSAGES
    ({"LC_ALL": "", "LANG": "fr_FR.UTF-8"}, "fr"),  # an empty variable is unset
])
def test_language_from_the_environment(env: dict[str, str], lang: str) -> None:
    assert choose_language(env) == lang


def test_without_variables_the_system_locale_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_language.locale, "getlocale", lambda: ("fr_FR", "cp1252"))
    assert choose_language({}) == "fr"
    monkeypatch.setattr(cli_language.locale, "getlocale", lambda: (None, None))
    assert choose_language({}) == "en"


def test_lang_alone_selects_french_and_c_english(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WORKSTATION_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    missing = str(tmp_path / "missing.csv")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    _, out, _ = run(capsys, "import", missing, "--data-dir", str(tmp_path / "d"))
    assert out.startswith("importés 0, mis à jour 0, inchangés 0, erreurs 0")
    monkeypatch.setenv("LANG", "C")
    _, out, _ = run(capsys, "import", missing, "--data-dir", str(tmp_path / "d"))
    assert out.startswith("imported 0, updated 0, unchanged 0, errors 0")


# -- what it says in French ------------------------------------------------------------------

@pytest.mark.usefixtures("french")
def test_import_summary_and_problems_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "reviews.csv"
    f.write_text(CSV + "x,\"no rating\",2026-11-21,Cy\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(f), str(tmp_path / "unknown.csv"), "--data-dir", str(tmp_path / "d"))
    lines = out.splitlines()
    assert code == 2 and err == ""
    assert lines[0] == "importés 2, mis à jour 0, inchangés 0, erreurs 1"
    assert lines[1].startswith(f"{f}:4\u00a0: note\u00a0:")  # the importer's own French reason
    assert lines[2].startswith(f"{tmp_path / 'unknown.csv'}\u00a0: Impossible de lire le fichier unknown.csv")
    assert not ENGLISH.search(out)


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("command", [["import"], ["sync"], ["review", "list"]])
def test_help_in_french(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith(f"utilisation\u00a0: workstation {' '.join(command)} [-h]")
    assert "-h, --help" in out and "afficher ce message d’aide et quitter" in out
    assert "dossier de la base de données" in out  # --data-dir, shared by every command
    assert not ENGLISH.search(out) and "show this help" not in out and "usage:" not in out


@pytest.mark.usefixtures("french")
def test_usage_errors_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    code, _, err = run(capsys, "review", "list", *data)
    assert code == 2 and err.startswith("erreur\u00a0: aucune base d’avis à ")
    (tmp_path / "r.csv").write_text(CSV, encoding="utf-8")
    run(capsys, "import", str(tmp_path / "r.csv"), *data)
    code, _, err = run(capsys, "review", "list", "--level", "urgent", *data)
    assert code == 2
    assert err == ("erreur\u00a0: workstation review list\u00a0: argument --level\u00a0: choix non valide\u00a0: "
                   "'urgent' (choisir parmi 'critical', 'high', 'normal', 'low')\n")
    code, _, err = run(capsys, "import", *data)  # argparse's "required" message
    assert code == 2 and "les arguments suivants sont obligatoires\u00a0: files" in err
    assert not ENGLISH.search(err)


@pytest.mark.usefixtures("french")
def test_team_refusals_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "team", "member", "list")
    assert code == 2
    assert err.startswith("erreur\u00a0: `workstation team` fonctionne avec un serveur d’équipe\u00a0: donnez son adresse")
    # Refused before any connection is tried: no server needed.
    code, _, err = run(capsys, "review", "list", "--demo", "--store", "postgresql://ann@127.0.0.1:9/team")
    assert (code, err) == (2, "erreur\u00a0: --demo agit sur la base de démonstration de cet ordinateur, "
                              "pas sur un serveur d’équipe.\n")
    assert not ENGLISH.search(err)


def test_json_is_the_same_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    (tmp_path / "r.csv").write_text(CSV, encoding="utf-8")
    assert run(capsys, "import", str(tmp_path / "r.csv"), *data)[0] == 0
    outputs = {}
    for lang in ("en", "fr"):
        monkeypatch.setenv("WORKSTATION_LANG", lang)
        outputs[lang] = [run(capsys, "review", "list", "--json", *data)[1],
                         run(capsys, "metrics", "--json", "--now", "2026-11-25T12:00:00", "--tz", "UTC", *data)[1],
                         run(capsys, "reply", "auto-rule", "list", "--json", *data)[1]]
    assert outputs["en"] == outputs["fr"]
    assert len(json.loads(outputs["fr"][0])) == 2


def test_speaking_puts_argparse_back() -> None:
    before = argparse._  # type: ignore[attr-defined]
    with speaking("fr"):
        assert argparse._("options") == "options"  # type: ignore[attr-defined]
        assert argparse._("show this help message and exit") == "afficher ce message d’aide et quitter"  # type: ignore[attr-defined]
    assert argparse._ is before  # type: ignore[attr-defined]


# -- the catalog -----------------------------------------------------------------------------

def test_every_translated_text_is_extracted() -> None:
    """`tr("…")` inside an f-string is invisible to the extractor: every call the code makes
    must be in the catalog's template (else French users would read English unnoticed)."""
    translations = _translations()
    template = {m.id if isinstance(m.id, str) else m.id[0] for m in translations.cli_template() if m.id}
    called = set()
    for source in translations.CLI_SOURCES:
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "ntr", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                called.add(node.args[0].value)
    assert called and called <= template, sorted(called - template)


def test_translations_check_passes() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_fails_on_untranslated_obsolete_or_uncompiled_text(tmp_path: Path) -> None:
    translations = _translations()
    for source in translations.CLI_SOURCES:
        (tmp_path / source).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / source, tmp_path / source)
    po = tmp_path / "cli_fr.po"
    shutil.copy(translations.CLI_PO, po)
    shutil.copy(translations.CLI_PO.with_suffix(".mo"), po.with_suffix(".mo"))
    assert translations.cli_problems(po, tmp_path) == []

    cli = tmp_path / "workstation" / "cli.py"
    cli.write_text(cli.read_text(encoding="utf-8") + '\n\ndef _new() -> str:\n    return tr("A brand new sentence")\n',
                   encoding="utf-8")
    assert translations.cli_problems(po, tmp_path) == ["fr: untranslated (CLI): A brand new sentence"]

    shutil.copy(ROOT / "workstation" / "cli.py", cli)
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "A sentence the code dropped"\nmsgstr "Une phrase"\n',
                  encoding="utf-8")
    problems = translations.cli_problems(po, tmp_path)
    assert any("obsolete" in p and "A sentence the code dropped" in p for p in problems)
    assert any("cli_fr.mo is not cli_fr.po compiled" in p for p in problems)

    translations.update_cli(po, tmp_path)  # the update drops it and compiles again
    assert translations.cli_problems(po, tmp_path) == []
    assert "A sentence the code dropped" not in po.read_text(encoding="utf-8")


def test_check_fails_on_french_without_its_spaces(tmp_path: Path) -> None:
    translations = _translations()
    po = tmp_path / "cli_fr.po"
    text = translations.CLI_PO.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "erreur\u00a0: {message}"', 'msgstr "erreur: {message}"'), encoding="utf-8")
    shutil.copy(translations.CLI_PO.with_suffix(".mo"), po.with_suffix(".mo"))
    assert any("spacing or quotes not typeset" in p and "error: {message}" in p
               for p in translations.cli_problems(po, ROOT))


def test_a_narrow_code_page_replaces_what_it_cannot_encode_instead_of_failing() -> None:
    """Redirected output on Windows is cp1252: French typography's narrow no-break space and
    "★" must not end a command with UnicodeEncodeError."""
    import io

    from workstation.cli_language import tolerate_narrow_encodings

    raw = io.BytesIO()
    narrow = io.TextIOWrapper(raw, encoding="cp1252")
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    tolerate_narrow_encodings(narrow, utf8)
    narrow.write("Note\u202f: 5\u2605 « café »\n")
    narrow.flush()
    assert raw.getvalue() == "Note?: 5? « café »\n".encode("cp1252")
    assert utf8.errors == "strict"  # a UTF-8 stream is left as it is


def test_the_window_s_own_help_follows_the_user_s_language(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`workstation --help` (the app's options, not a command) speaks French too."""
    import pytest

    from workstation import app

    monkeypatch.setenv("WORKSTATION_LANG", "fr")
    with pytest.raises(SystemExit):
        app.parse_args(["--help"])
    out = capsys.readouterr().out
    assert "utilisation\u00a0: workstation" in out and "langue de l’interface" in out
    assert "show this help" not in out and "interface language" not in out


def test_a_refused_file_says_why_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    """A store's refusal of a file (its kind, `error_kinds.py`) and a large team import stored in
    part are said in French, the inner reason too — not the store's English sentence."""
    from tests.error_kind_checks import full_disk_and_partly_stored
    from workstation.cli import report_import
    from workstation.ops.imports import ImportOutcome, refused_file

    full, partly = full_disk_and_partly_stored()
    outcome = ImportOutcome((refused_file(Path("a.csv"), full), refused_file(Path("b.csv"), partly)))
    with cli_language.speaking("fr"):
        report_import(outcome)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "a.csv\u00a0: Le disque est plein\u00a0: libérez de la place, rien n’a été perdu."
    assert lines[2].startswith("b.csv\u00a0: 24\u202f000 des 48\u202f000 avis du fichier ont été enregistrés avant ce "
                               "problème\u00a0: Le serveur d’équipe db:5432 ne répond pas")
    assert lines[2].endswith("(aucun ne sera enregistré deux fois).")
    assert "stored" not in lines[2] and "does not answer" not in lines[2]
