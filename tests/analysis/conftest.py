"""Fixtures for the analysis tests: one Analyzer per session (resources load once)."""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The engine as the app runs it (DEFAULT_DECIDER: see docs/triage-model.md)."""
    return Analyzer()


@pytest.fixture(scope="session")
def model_analyzer() -> Analyzer:
    """The trained triage models deciding, the rules locating their evidence."""
    return Analyzer(decider="model")


@pytest.fixture(scope="session")
def blend_analyzer() -> Analyzer:
    """The shipped blend of model and rules deciding, the rules locating the evidence."""
    return Analyzer(decider="blend")


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The rules alone deciding: they still locate the evidence, so their quality is kept."""
    return Analyzer(decider="rules")
