"""A small TOML writer for template files (the standard library only reads TOML).

Bodies are written as multi-line literal strings so the file stays easy to edit by hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Template


def _basic(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _body(text: str) -> str:
    # A literal block cannot hold ''' , a trailing quote or control characters: fall back.
    safe = all(ord(c) >= 0x20 or c in "\n\t" for c in text) and "\x7f" not in text
    if safe and "'''" not in text and not text.endswith("'") and "\r" not in text:
        return "'''\n" + text + "'''"
    return _basic(text)


def _strings(items: Iterable[str]) -> str:
    return "[" + ", ".join(_basic(i) for i in items) + "]"


def template_to_toml(t: Template) -> str:
    """One `[[template]]` table for `t`."""
    lines = [
        "[[template]]",
        f"id = {_basic(t.id)}",
        f"lang = {_basic(t.lang)}",
        f"title = {_basic(t.title)}",
        f"kinds = {_strings(k.value for k in t.kinds)}",
        f"stars = [{t.stars[0]}, {t.stars[1]}]",
        f"categories = {_strings(t.categories)}",
        f"topics = {_strings(t.topics)}",
        f"platforms = {_strings(t.platforms)}",
        f"auto = {'true' if t.auto else 'false'}",
        f"enabled = {'true' if t.enabled else 'false'}",
        f"body = {_body(t.body)}",
    ]
    return "\n".join(lines) + "\n"


def templates_to_toml(templates: Iterable[Template], *, header: str = "") -> str:
    parts = [f"# {line}".rstrip() for line in header.splitlines()] if header else []
    text = "\n".join(parts) + ("\n\n" if parts else "")
    return text + "\n".join(template_to_toml(t) for t in templates)


def ids_to_toml(key: str, ids: Iterable[str]) -> str:
    return f"{key} = {_strings(sorted(ids))}\n"
