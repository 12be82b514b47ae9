"""Entry point: `workstation …` and `python -m workstation …`.

Headless subcommands go to `cli` (no Qt import at all); anything else starts the app,
without importing the command-line modules (start-up time).

This is where the command line gets its adapters: `report --format pdf` is drawn by
`draw_pdf_offscreen` (Qt, `workstation.ui.render`), handed to `cli.main` as a callable, so
`cli`, `ops` and `reports` stay Qt-free and the other commands never load Qt.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workstation.reports.document import ReportDocument

# The names of `cli.COMMANDS`, kept here so that starting the app never imports the CLI
# (a test keeps the two lists equal).
COMMAND_NAMES = frozenset({"import", "analyze", "source", "sync", "review", "outbox", "metrics", "report", "reply",
                           "team"})


def draw_pdf_offscreen(path: Path, document: ReportDocument) -> Path:
    """The command line's `PdfDrawer`: Qt's drawing classes on the offscreen platform (no
    display needed). Qt is imported here, when a PDF is drawn, not when a command starts."""
    from workstation.ui.render.pdf import write_pdf

    return write_pdf(path, document)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMAND_NAMES:
        from workstation import cli

        return cli.main(args, draw_pdf=draw_pdf_offscreen)
    from workstation import app

    return app.main(args)


def run() -> None:
    """The console script and the frozen executable: `main`, then exit.

    After the window closes, the app has already saved and closed everything it owns
    (see `app.main`), so the process ends without Python's module-by-module teardown,
    which costs a desktop app with Qt and spaCy loaded a noticeable fraction of a second.
    """
    args = sys.argv[1:]
    if args and args[0] in COMMAND_NAMES:
        sys.exit(main(args))
    from workstation import app

    app.exit_now(main(args))


if __name__ == "__main__":
    run()
