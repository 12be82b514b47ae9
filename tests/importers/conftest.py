"""Fixtures for importer tests: write small hand-made files with an explicit encoding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

WriteFile = Callable[..., Path]
DATA = Path(__file__).resolve().parents[1] / "data" / "importers"


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """write_file(name, text, encoding="utf-8", bom=b"") -> path of the new file."""

    def write(name: str, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
        path = tmp_path / name
        path.write_bytes(bom + text.encode(encoding))
        return path

    return write


@pytest.fixture
def data_dir() -> Path:
    return DATA
