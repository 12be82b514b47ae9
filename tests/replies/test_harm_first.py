"""A review reporting harm to a person gets a reply about that harm: its apology and action in
full, the review's other points named in one shared apology (answered, not dropped), instead of
a paragraph of blocks where a child's burn reads as one item beside the bill and the wait."""

from __future__ import annotations

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.complaints import Points
from workstation.replies.compose import compose
from workstation.replies.model import ReviewInput

REVIEW = ReviewInput(text="(written for this test)", stars=1, lang="en", id="harm-1")
OTHERS = ("waiting_time", "fraud_billing")


@pytest.mark.parametrize("harm", ["health_safety", "minors_safety", "discrimination"])
def test_harm_comes_in_full_and_the_other_points_in_one_sentence(harm: str) -> None:
    blocks = load_blocks("en").issues
    draft = compose(REVIEW, points=Points((harm, *OTHERS), ()))
    assert {harm, *OTHERS} <= set(draft.addresses)
    assert any(fix in draft.text for fix in blocks[harm].fix)
    for other in OTHERS:
        assert blocks[other].noun in draft.text
        assert not any(fix in draft.text for fix in blocks[other].fix)


def test_without_harm_every_point_keeps_its_own_action() -> None:
    blocks = load_blocks("en").issues
    draft = compose(REVIEW, points=Points(OTHERS, ()))
    for other in OTHERS:
        assert any(fix in draft.text for fix in blocks[other].fix)
