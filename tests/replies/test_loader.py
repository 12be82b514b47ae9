"""Loading template files: the built-in library, and broken files reported with file and line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from workstation.replies.library import load_library
from workstation.replies.loader import load_file, load_templates
from workstation.replies.resources import resources_dir

GOOD = """lang = "en"

[[template]]
id = "t.one"
kinds = ["positive"]
stars = [4, 5]
body = "Thanks {first_name}!"
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_library_loads_cleanly_with_40_templates_per_language() -> None:
    lib = load_library()
    assert lib.issues == ()
    counts = Counter(t.lang for t in lib.templates)
    assert counts["en"] >= 40 and counts["fr"] >= 40
    assert (resources_dir() / "templates" / "platform_limits.toml").is_file()


def test_syntax_error_reported_with_file_and_line_and_other_files_still_load(
    tmp_path: Path,
) -> None:
    _write(tmp_path, "en/good.toml", GOOD)
    bad = _write(
        tmp_path, "en/bad.toml", 'lang = "en"\n\n[[template]]\nid = "x"\nbody = "unclosed\n'
    )
    result = load_templates([tmp_path])
    assert [t.id for t in result.templates] == ["t.one"]
    (issue,) = result.issues
    assert issue.path == bad and issue.line == 5
    assert str(issue).startswith(f"{bad}:5:")


def test_bad_template_reported_with_its_line_others_in_file_kept(tmp_path: Path) -> None:
    text = (
        GOOD + '\n[[template]]\nid = "t.two"\nbody = ""\n\n[[template]]\nid = "t.three"\n'
        'stars = [5, 1]\nbody = "Hi {nickname}"\ncolour = "red"\n'
    )
    path = _write(tmp_path, "fr/mixed.toml", text.replace('lang = "en"', ""))
    templates, issues = load_file(path)
    assert [t.id for t in templates] == ["t.one", "t.three"]
    assert all(t.lang == "fr" for t in templates)  # from the folder name
    # Lines point at each template's [[template]] header.
    assert any(i.line == 9 and "'body'" in i.message for i in issues)
    messages = " | ".join(i.message for i in issues if i.line == 13)
    assert "stars" in messages and "{nickname}" in messages and "colour" in messages


def test_unknown_placeholder_is_reported_but_template_kept(tmp_path: Path) -> None:
    path = _write(tmp_path, "en/x.toml", GOOD.replace("{first_name}", "{firstname}"))
    templates, issues = load_file(path)
    assert len(templates) == 1
    assert any("unknown placeholder {firstname}" in i.message for i in issues)


def test_duplicate_ids_undecodable_and_wrong_shapes(tmp_path: Path) -> None:
    _write(tmp_path, "en/a.toml", GOOD)
    _write(tmp_path, "en/b.toml", GOOD)
    (tmp_path / "en" / "c.toml").write_bytes(b"\xff\xfe\x00garbage")
    _write(tmp_path, "en/d.toml", 'template = "nope"\n')
    _write(tmp_path, "en/e.toml", "[[template]]\nid = 5\nbody = 'x'\n")
    _write(tmp_path, "en/f.toml", "[[template]]\nid = 'ok.id'\nlang = 'de'\nbody = 'x'\n")
    result = load_templates([tmp_path])
    assert [t.id for t in result.templates] == ["t.one"]
    text = "\n".join(str(i) for i in result.issues)
    assert "duplicate template id 't.one'" in text
    assert "c.toml" in text and "d.toml" in text and "e.toml:1" in text and "f.toml:1" in text


def test_missing_folder_yields_nothing(tmp_path: Path) -> None:
    result = load_templates([tmp_path / "absent"])
    assert result.templates == () and result.issues == ()
