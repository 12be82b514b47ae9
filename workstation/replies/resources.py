"""Where the reply assistant's bundled resources live (the lead centralises this later)."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The app's `resources/` folder (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources()
