"""Importing the package for types and crisis detection must not load spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_light_import_does_not_load_spacy() -> None:
    code = (
        "import sys\n"
        "from workstation.analysis import Analysis, CrisisAlert, detect_crises, batch_flags\n"
        "assert 'spacy' not in sys.modules, 'spacy loaded eagerly'\n"
        "from workstation.analysis import Analyzer\n"
        "assert 'spacy' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
