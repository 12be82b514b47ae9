"""Template management on a user folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.replies.library import (
    delete_template,
    disabled_ids,
    duplicate_template,
    export_templates,
    import_templates,
    load_library,
    save_template,
    set_enabled,
)
from workstation.replies.model import Kind, ReplyError, ReviewInput, Template
from workstation.replies.suggester import suggest

MINE = Template(
    id="me.thanks",
    lang="en",
    title="Mine",
    body="Cheers {first_name}, thank you!\nIt's 'quoted' and \"double\" \\ and ''' too.",
    kinds=(Kind.POSITIVE,),
    stars=(4, 5),
    topics=("food",),
)


def test_create_edit_and_load_user_template(tmp_path: Path) -> None:
    save_template(tmp_path, MINE)
    with pytest.raises(ReplyError):
        save_template(tmp_path, MINE)
    lib = load_library(tmp_path).by_id()
    got = lib["me.thanks"]
    assert got.body == MINE.body and got.kinds == MINE.kinds and got.topics == ("food",)
    save_template(tmp_path, Template(id="me.thanks", lang="en", body="Edited"), overwrite=True)
    assert load_library(tmp_path).by_id()["me.thanks"].body == "Edited"
    assert delete_template(tmp_path, "me.thanks") and not delete_template(tmp_path, "me.thanks")


def test_invalid_template_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ReplyError):
        save_template(tmp_path, Template(id="bad id!", lang="en", body="x"))
    with pytest.raises(ReplyError):
        save_template(tmp_path, Template(id="ok", lang="en", body="   "))
    assert list(tmp_path.iterdir()) == []


def test_user_template_overrides_builtin(tmp_path: Path) -> None:
    save_template(
        tmp_path,
        Template(
            id="en.positive.warm", lang="en", body="Thanks!", kinds=(Kind.POSITIVE,), stars=(4, 5)
        ),
    )
    assert load_library(tmp_path).by_id()["en.positive.warm"].body == "Thanks!"


def test_duplicate_gets_a_fresh_id(tmp_path: Path) -> None:
    src = load_library().by_id()["fr.positive.warm"]
    a = duplicate_template(tmp_path, src)
    b = duplicate_template(tmp_path, src)
    assert (a.id, b.id) == ("fr.positive.warm.copy", "fr.positive.warm.copy2")
    assert load_library(tmp_path).by_id()[b.id].body == src.body


def test_disable_and_enable(tmp_path: Path) -> None:
    set_enabled(tmp_path, "en.positive.warm", enabled=False)
    assert disabled_ids(tmp_path) == {"en.positive.warm"}
    lib = load_library(tmp_path)
    assert not lib.by_id()["en.positive.warm"].enabled
    for _ in range(15):
        ids = [
            s.template_id
            for s in suggest(ReviewInput(text="Top", stars=5, lang="en"), lib.templates)
        ]
        assert "en.positive.warm" not in ids
    set_enabled(tmp_path, "en.positive.warm", enabled=True)
    assert load_library(tmp_path).by_id()["en.positive.warm"].enabled


def test_export_import_round_trip(tmp_path: Path) -> None:
    builtin = [t for t in load_library().templates if t.lang == "fr"]
    out = tmp_path / "export.toml"
    assert export_templates([*builtin, MINE], out) == len(builtin) + 1
    user = tmp_path / "user"
    result = import_templates(user, out)
    assert result.issues == () and len(result.imported) == len(builtin) + 1
    again = load_library(user, builtin_dir=tmp_path / "none").by_id()
    for t in [*builtin, MINE]:
        got = again[t.id]
        assert (
            got.body,
            got.kinds,
            got.stars,
            got.categories,
            got.topics,
            got.auto,
            got.platforms,
        ) == (t.body, t.kinds, t.stars, t.categories, t.topics, t.auto, t.platforms)
    clash = import_templates(user, out)
    assert clash.imported == () and len(clash.issues) == len(builtin) + 1


def test_import_malformed_file_reports_and_keeps_good_ones(tmp_path: Path) -> None:
    src = tmp_path / "in.toml"
    src.write_text(
        '[[template]]\nid = "a.ok"\nlang = "en"\nbody = "Thanks"\n\n'
        '[[template]]\nid = "a.bad"\nlang = "xx"\nbody = "Thanks"\n',
        encoding="utf-8",
    )
    result = import_templates(tmp_path / "u", src)
    assert result.imported == ("a.ok",)
    assert result.issues[0].line == 6
    broken = tmp_path / "broken.toml"
    broken.write_text("[[template]\n", encoding="utf-8")
    assert import_templates(tmp_path / "u", broken).issues[0].line == 1


def test_unwritable_folder_raises_reply_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ReplyError):
        save_template(blocker / "sub", MINE)
