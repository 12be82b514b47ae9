"""Scope of critical evidence (scope.py): a worry, an accusation against the customer, the
reviewer's own doing or a later all-clear is no incident; a real incident still is, whatever
the stars."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workstation.analysis import Analyzer, ResourceError
from workstation.analysis.resources import resources_dir
from workstation.analysis.scope import SCOPE_FILE

WORRY_THEN_FINE = (
    "Was worried after reading reviews about people getting food poisoning here, "
    "but we were totally fine. Lovely place!"
)
OWN_SHOELACE = "Tripped over my own shoelace in the lobby, clumsy me, and the doorman helped me straight away. Great stay."
OWN_FAULT = "Lovely hotel and great breakfast. I slipped on the wet floor by the pool, totally my own fault."
NOT_MY_FAULT = (
    "Lovely hotel and great breakfast. I slipped on the wet floor by the pool, not my fault at all, there was no sign."
)
STOP_HARASSING = (
    "The store manager told me to stop harassing his staff and threatened to have me thrown out. Disgusting service."
)
ACCUSE_FR = (
    "Le gérant m'a accusé de propos racistes envers son équipe alors que je demandais juste un remboursement. Honteux."
)
REAL_HARASSMENT = "The store manager kept harassing my daughter and me, asking for our numbers. Disgusting."
FIVE_STAR_COCKROACH = "Great food, friendly team. Found a cockroach in the bathroom though."


@pytest.fixture(scope="module")
def before() -> Analyzer:
    """The default engine without the scope check (as before issue 17f)."""
    return Analyzer(scope=False)


@pytest.mark.parametrize("text", [WORRY_THEN_FINE, OWN_SHOELACE, OWN_FAULT])
def test_no_incident_in_a_happy_review_is_not_critical(analyzer: Analyzer, before: Analyzer, text: str) -> None:
    stars = 4 if text == OWN_FAULT else None
    assert "health_safety" in before.analyze(text, stars=stars).categories  # what the check removes
    assert analyzer.analyze(text, stars=stars).level != "critical"
    assert "health_safety" not in analyzer.analyze(text, stars=stars).categories


@pytest.mark.parametrize("text", [STOP_HARASSING, ACCUSE_FR])
def test_an_accusation_against_the_customer_is_not_harassment(analyzer: Analyzer, before: Analyzer, text: str) -> None:
    assert "discrimination_harassment" in before.analyze(text).categories
    result = analyzer.analyze(text)
    assert "discrimination_harassment" not in result.categories
    assert "staff_behaviour" in result.categories  # the rudeness itself is still there


def test_real_incidents_stay(analyzer: Analyzer) -> None:
    assert "discrimination_harassment" in analyzer.analyze(REAL_HARASSMENT).categories
    # Five stars do not hide an incident that no cue explains away.
    assert "health_safety" in analyzer.analyze(FIVE_STAR_COCKROACH, stars=5).categories
    # "not my fault" is the opposite of the reviewer's own doing.
    assert "health_safety" in analyzer.analyze(NOT_MY_FAULT, stars=4).categories


def test_a_known_low_rating_keeps_the_incident(analyzer: Analyzer) -> None:
    """The worry and the all-clear count only in a review that is not negative: with 2 stars
    the same words are read as a complaint."""
    assert "health_safety" in analyzer.analyze(WORRY_THEN_FINE, stars=2).categories
    assert "health_safety" not in analyzer.analyze(WORRY_THEN_FINE, stars=5).categories


def test_corrupt_scope_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "analysis"
    shutil.copytree(resources_dir(), folder)
    (folder / SCOPE_FILE).write_text('{"accusation": {"en": "not a list"}}', encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        Analyzer(folder, decider="rules")
    assert info.value.path == folder / SCOPE_FILE
