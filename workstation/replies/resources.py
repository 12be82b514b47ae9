"""Where the reply assistant's bundled resources live (the lead centralises this later)."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The repository's `resources/` folder."""
    return Path(__file__).resolve().parents[2] / "resources"
