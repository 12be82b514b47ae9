"""Platform reply-length limits, read from resources/templates/platform_limits.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import resources_dir

# Aliases used by PLATFORMS.md's common model and by users on the command line.
_ALIASES = {
    "gbp": "google_business",
    "google": "google_business",
    "play": "google_play",
    "appstore": "app_store",
    "apple": "app_store",
}


@dataclass(frozen=True, slots=True)
class Limit:
    max: int
    unit: str  # "chars" or "bytes"

    def measure(self, text: str) -> int:
        return len(text.encode("utf-8")) if self.unit == "bytes" else len(text)

    def cut_offset(self, text: str) -> int:
        """Character offset where the text starts to exceed the limit."""
        if self.unit == "chars":
            return min(self.max, len(text))
        used = 0
        for i, ch in enumerate(text):
            used += len(ch.encode("utf-8"))
            if used > self.max:
                return i
        return len(text)


def normalise_platform(name: str | None) -> str:
    key = (name or "").strip().lower().replace("-", "_").replace(" ", "_")
    return _ALIASES.get(key, key)


@lru_cache(maxsize=4)
def load_limits(path: Path | None = None) -> dict[str, Limit]:
    """Limits by platform id; an unreadable file means no limits rather than a crash."""
    source = path or resources_dir() / "templates" / "platform_limits.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    out: dict[str, Limit] = {}
    for name, entry in data.items():
        if isinstance(entry, dict) and isinstance(entry.get("max"), int):
            unit = entry.get("unit", "chars")
            out[name] = Limit(entry["max"], unit if unit in ("chars", "bytes") else "chars")
    return out


def limit_for(platform: str | None) -> Limit | None:
    return load_limits().get(normalise_platform(platform))
