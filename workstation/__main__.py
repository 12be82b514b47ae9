"""Entry point: `workstation …` and `python -m workstation …`.

Headless subcommands go to `cli` (no Qt import at all); anything else starts the app,
without importing the command-line modules (start-up time).
"""

from __future__ import annotations

import sys

# The names of `cli.COMMANDS`, kept here so that starting the app never imports the CLI
# (a test keeps the two lists equal).
COMMAND_NAMES = frozenset({"import", "analyze", "source", "sync", "review", "outbox", "metrics", "report", "reply",
                           "team"})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMAND_NAMES:
        from workstation import cli

        return cli.main(args)
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
