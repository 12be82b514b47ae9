"""Fixtures for the analysis tests: one Analyzer per session (resources load once)."""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The rules alone deciding: they still locate the evidence, so their quality is kept."""
    return Analyzer(rules_decide=True)
