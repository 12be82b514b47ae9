"""The composer's learned complaint source (workstation/replies/complaint_model.py).

Measured once on the held-out sources and not kept, so it is off: drafts never load it. The
rule it would apply when a bench switches it on (a category per sentence score threshold,
≤ MAX_STARS only) is tested with a stand-in model, so no trained model is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from workstation.analysis.resources import ResourceError
from workstation.replies import complaint_model
from workstation.replies.complaints import review_points
from workstation.replies.model import ReviewInput

_LABELS = ("health_safety", "fraud_billing", "staff_behaviour", "escalation_threat")


class _Finder:
    """Scores a sentence 0.95 for money when it says "zorblax", 0.95 for staff when "grumbly"."""

    labels = _LABELS

    def matrix(self, rows: list[list[str]]) -> np.ndarray:
        return np.array([
            [0.0, 0.95 if "zorblax" in words else 0.1, 0.95 if "grumbly" in words else 0.1, 0.0]
            for words in rows
        ])


class _Rules:
    """Splits on full stops, as (start, end, words)."""

    def sentence_features(self, text: str, lang: str | None = None) -> list[tuple[int, int, list[str]]]:
        out, start = [], 0
        for part in text.split("."):
            if part.strip():
                out.append((start, start + len(part), part.lower().split()))
            start += len(part) + 1
        return out


@pytest.fixture
def not_loaded() -> Iterator[None]:
    """The complaint model as if nothing had loaded it yet; what was loaded is put back after."""
    saved = complaint_model._LOADED.state()
    complaint_model._LOADED.restore(())
    try:
        yield
    finally:
        complaint_model._LOADED.restore(saved)


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch, not_loaded: None) -> None:
    monkeypatch.setattr(complaint_model, "ENABLED", True)
    complaint_model._LOADED.use((_Finder(), _Rules()))  # type: ignore[arg-type]


def test_off_by_default_and_never_loaded(monkeypatch: pytest.MonkeyPatch, not_loaded: None) -> None:
    def refuse(folder: object) -> None:
        raise AssertionError("the learned complaint model must not load while it is off")

    monkeypatch.setattr(complaint_model, "_load", refuse)
    assert complaint_model.ENABLED is False
    review = ReviewInput(id="r1", text="The zorblax was a disgrace. Never again.", stars=1, lang="en")
    assert complaint_model.learned_complaints(review.text, review.stars, review.lang) == frozenset()
    assert "fraud_billing" not in review_points(review).complaints


@pytest.mark.usefixtures("switched_on")
def test_on_a_sentence_over_its_category_threshold_is_a_complaint() -> None:
    text = "Lovely room. The zorblax was a disgrace."
    assert complaint_model.learned_complaints(text, 1, "en") == frozenset({"fraud_billing"})
    assert complaint_model.learned_complaints(text, 2, "en") == frozenset({"fraud_billing"})
    review = ReviewInput(id="r2", text=text, stars=1, lang="en")
    assert "fraud_billing" in review_points(review).complaints


@pytest.mark.usefixtures("switched_on")
def test_on_nothing_above_two_stars_without_rating_or_threshold() -> None:
    text = "The zorblax was a disgrace."
    assert complaint_model.learned_complaints(text, 3, "en") == frozenset()
    assert complaint_model.learned_complaints(text, 5, "en") == frozenset()
    assert complaint_model.learned_complaints(text, None, "en") == frozenset()
    # staff scores 0.95 here, but the rule gives staff no threshold: never added by the model
    assert complaint_model.learned_complaints("The grumbly waiter.", 1, "en") == frozenset()
    assert complaint_model.sentence_scores("The grumbly waiter.")[0][1]["staff_behaviour"] == pytest.approx(0.95)


def test_on_a_model_that_cannot_load_leaves_drafting_working(monkeypatch: pytest.MonkeyPatch, not_loaded: None) -> None:
    def broken(folder: object) -> None:
        raise ResourceError(Path("complaint_model"), "cannot load")

    monkeypatch.setattr(complaint_model, "ENABLED", True)
    monkeypatch.setattr(complaint_model, "_load", broken)
    assert complaint_model.learned_complaints("The zorblax was a disgrace.", 1, "en") == frozenset()
    review = ReviewInput(id="r3", text="The zorblax was a disgrace.", stars=1, lang="en")
    assert "fraud_billing" not in review_points(review).complaints
