"""Secrets in a file only the user can read, for machines without an OS keychain.

Linux servers and CI runners have no keychain (keyring's `fail` backend), so a scheduled
`workstation sync` there keeps each source's secrets the way established command-line
tools do (ssh keys, ~/.netrc, gh's hosts.yml): one JSON file per source in
`<data folder>/secrets/`, the folder mode 0700 and the file 0600, written atomically.
The database records only the file's path; the file is read at each sync and refused,
with the chmod to run, if other users could read it (the ssh rule). On Windows the
data folder lives in the user's profile, whose access list is the user's alone.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from workstation.error_kinds import os_reason, refused
from workstation.sources.base import CredentialsError

FOLDER = "secrets"
_MAX_FILE = 64 * 1024


def secrets_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        folder.chmod(0o700)  # ours: tighten a folder someone loosened


def write_secret_file(folder: Path, name: str, secrets: dict[str, str]) -> Path:
    """Write (replace) `<folder>/<name>.json` readable only by the user; returns its absolute path."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        # The name is the app's own (a source's secret name), never typed by the user: a bug.
        raise ValueError(f"Not a usable secret name: {name!r}.")
    try:
        _private_folder(folder)
        target = (folder / f"{name}.json").resolve()
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.unlink(missing_ok=True)
        # Created 0600 from the start (O_EXCL: never through a file planted in between).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(json.dumps(secrets, separators=(",", ":")).encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise refused(CredentialsError, "secret_cannot_save", f"Cannot save the secret in {folder}: {os_reason(exc)}",
                      folder=folder, reason=exc) from None
    return target


def check_private(path: Path) -> None:
    """Refuse a secrets file that other users of this computer could read (POSIX only)."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise refused(
            CredentialsError, "secret_file_open_to_others",
            f"{path} can be read by other users of this computer (mode {mode:03o}); "
            f"run `chmod 600 {path}` and try again.", file=path, mode=f"{mode:03o}",
        )


def read_secret_file(path: Path) -> dict[str, str]:
    """The secrets saved at `path`; CredentialsError with plain words when missing, open to others or damaged."""
    path = Path(path)
    try:
        check_private(path)
        raw = path.read_bytes()[: _MAX_FILE + 1]
    except FileNotFoundError:
        raise refused(CredentialsError, "secret_file_missing",
                      f"The secret file {path} is missing; add the source again with its credentials.",
                      file=path) from None
    except OSError as exc:
        raise refused(CredentialsError, "secret_file_unreadable",
                      f"Cannot read the secret file {path}: {os_reason(exc)}", file=path, reason=exc) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict) or len(raw) > _MAX_FILE:
        raise refused(CredentialsError, "secret_file_damaged",
                      f"The secret file {path} is damaged; add the source again with its credentials.", file=path)
    return {str(k): str(v) for k, v in data.items()}


def delete_secret_file(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
