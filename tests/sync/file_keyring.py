"""A keyring backend for CLI subprocess tests: secrets in a JSON file named by
`WORKSTATION_TEST_KEYRING` (a temp dir), so a parent test and its child processes
share them without touching any OS keychain. Enabled with
PYTHON_KEYRING_BACKEND=tests.sync.file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["WORKSTATION_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data), encoding="utf-8")
