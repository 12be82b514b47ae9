"""Entry point: `workstation …` and `python -m workstation …`.

Headless subcommands go to `cli` (no Qt import at all); anything else starts the app.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from workstation import cli

    if args and args[0] in cli.COMMANDS:
        return cli.main(args)
    from workstation import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
