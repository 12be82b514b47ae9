"""A bench script (`bench/*.py`, not a package) loaded as a module, for tests of its options."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_bench(path: Path, name: str) -> ModuleType:
    """`path` executed as the module `name`; the bench's own sys.path additions are undone."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module
