"""Command-line arguments shared by the training scripts (`--data`, `--out`).

Both scripts read the labelled data from ../shared and refuse to start without it, with
the same one-line message; keeping that check here means they cannot drift apart.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from training.triage_data import DATA_DIR


def parse_training_args(description: str, argv: list[str] | None, out_default: Path | None) -> argparse.Namespace | None:
    """Parse `--data` and `--out`; None (after one plain line) when the labelled data is absent.

    `out_default=None` makes `--out` required: used when nothing trained by the script is
    shipped, so it must never overwrite a folder under resources/ by default.
    """
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    if out_default is None:
        parser.add_argument("--out", type=Path, required=True)
    else:
        parser.add_argument("--out", type=Path, default=out_default)
    args = parser.parse_args(argv)
    if not (args.data / "severity-train.jsonl").exists():
        print(f"error: {args.data} has no severity-train.jsonl (needs ../shared beside the repo)")
        return None
    return args
