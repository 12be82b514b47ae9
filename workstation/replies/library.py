"""Template management on a user folder: create, edit, duplicate, disable, import, export.

Layout of the user folder: one `<id>.toml` per user template, plus `disabled.toml`
(`ids = [...]`) listing templates, built-in or not, that must not be suggested.
User templates override built-in ones with the same id.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from workstation.error_kinds import os_reason, refused

from .loader import builtin_templates_dir, load_file, load_templates
from .model import LoadIssue, LoadResult, ReplyError, Template
from .toml_write import ids_to_toml, template_to_toml, templates_to_toml

_DISABLED = "disabled.toml"
_SAFE = re.compile(r"[^A-Za-z0-9_.\-]")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Ids written to the user folder, and the issues of the imported file."""

    imported: tuple[str, ...]
    issues: tuple[LoadIssue, ...]


def _atomic_write(path: Path, text: str) -> None:
    # Write then rename, so a crash never leaves a half-written file.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise refused(ReplyError, "template_cannot_write", f"cannot write {path}: {os_reason(exc)}", path=path,
                      reason=exc) from exc


atomic_write = _atomic_write  # also used by batch drafting for its output file


def _user_file(user_dir: Path, template_id: str) -> Path:
    return user_dir / (_SAFE.sub("_", template_id) + ".toml")


def disabled_ids(user_dir: Path) -> frozenset[str]:
    path = user_dir / _DISABLED
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return frozenset()
    ids = data.get("ids", [])
    return frozenset(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else frozenset()


def load_library(user_dir: Path | None = None, *, builtin_dir: Path | None = None) -> LoadResult:
    """Built-in templates, overridden by the user's, with the user's disabled list applied."""
    folders = [builtin_dir or builtin_templates_dir()]
    disabled: frozenset[str] = frozenset()
    if user_dir is not None:
        folders.append(user_dir)
        disabled = disabled_ids(user_dir)
    return load_templates(folders, disabled=disabled)


def save_template(user_dir: Path, template: Template, *, overwrite: bool = False) -> Path:
    """Create (or, with `overwrite`, edit) a user template. Raises ReplyError if it exists."""
    path = _user_file(user_dir, template.id)
    if path.exists() and not overwrite:
        raise refused(ReplyError, "template_exists", f"template {template.id!r} already exists in {user_dir}",
                      template=repr(template.id), folder=user_dir)
    # Round-trip through the loader so an invalid template is refused before it lands on disk.
    text = template_to_toml(replace(template, source=None, line=None))
    _check_roundtrip(text, template.id)
    _atomic_write(path, text)
    return path


def _check_roundtrip(text: str, template_id: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.toml"
        probe.write_text(text, encoding="utf-8")
        templates, issues = load_file(probe)
    if not templates:
        reason = "; ".join(i.message for i in issues) or "not readable"
        raise refused(ReplyError, "template_invalid", f"template {template_id!r} is invalid: {reason}",
                      template=repr(template_id), reason=reason)


def duplicate_template(user_dir: Path, source: Template, *, new_id: str | None = None) -> Template:
    """Copy `source` under a new id (default: `<id>.copy`, `<id>.copy2`, …) into the user folder."""
    candidate = new_id or f"{source.id}.copy"
    n = 2
    while new_id is None and _user_file(user_dir, candidate).exists():
        candidate = f"{source.id}.copy{n}"
        n += 1
    copy = replace(source, id=candidate, title=(source.title + " (copy)").strip(), enabled=True)
    save_template(user_dir, copy)
    return copy


def set_enabled(user_dir: Path, template_id: str, *, enabled: bool) -> None:
    """Disable (or re-enable) a template by id, built-in or user."""
    ids = set(disabled_ids(user_dir))
    if enabled:
        ids.discard(template_id)
    else:
        ids.add(template_id)
    _atomic_write(user_dir / _DISABLED, ids_to_toml("ids", ids))


def delete_template(user_dir: Path, template_id: str) -> bool:
    """Remove a user template file; returns False when there was none."""
    path = _user_file(user_dir, template_id)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise refused(ReplyError, "template_cannot_delete", f"cannot delete {path}: {os_reason(exc)}", path=path,
                      reason=exc) from exc
    return True


def export_templates(templates: Iterable[Template], path: Path) -> int:
    """Write `templates` to one TOML file; returns how many were written."""
    items = list(templates)
    _atomic_write(path, templates_to_toml(items, header="Exported reply templates"))
    return len(items)


def import_templates(user_dir: Path, path: Path, *, overwrite: bool = False) -> ImportResult:
    """Copy every valid template of `path` into the user folder; problems are reported."""
    templates, issues = load_file(path)
    found = list(issues)
    imported: list[str] = []
    for t in templates:
        try:
            save_template(user_dir, t, overwrite=overwrite)
        except ReplyError as exc:
            found.append(LoadIssue(path, t.line, str(exc)))
            continue
        imported.append(t.id)
    return ImportResult(imported=tuple(imported), issues=tuple(found))
