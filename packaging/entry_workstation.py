"""Frozen entry point: PyInstaller needs a script, the app's entry is a function."""

from __future__ import annotations

import multiprocessing

from workstation.__main__ import run

if __name__ == "__main__":
    # A frozen child process started by multiprocessing (spawn) must stop here instead of
    # starting a second app; a no-op unless this process is such a child.
    multiprocessing.freeze_support()
    run()
