"""Equipment that fails is a product complaint in itself (18broken): "out of order", "the wifi kept
dropping", "room key stopped working", "le distributeur avale les cartes" — and "out of service" is
a machine, not the service."""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of

pytestmark = pytest.mark.usefixtures("lists_alone")


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Nice café. Toilet out of order though.", 3, "en"),
        ("Lovely spot, but the wifi kept dropping out.", 4, "en"),
        ("Le wifi coupe toutes les 20 minutes.", 3, "fr"),
        ("Le distributeur avale les cartes régulièrement.", 3, "fr"),
        ("The cash machine outside has been out of service for a month.", 3, "en"),
        ("Distributeur hors service depuis une semaine.", 2, "fr"),
    ],
)
def test_failing_equipment_is_a_product_complaint(text: str, stars: int, lang: str) -> None:
    points = complaints_of(text, stars, lang)
    assert "product_defect" in points and "service" not in points


def test_a_key_card_that_stopped_working_is_the_rooms_point() -> None:
    assert complaints_of("Great stay. Room key stopped working twice.", 4) == ("room",)


def test_equipment_praised_is_no_complaint() -> None:
    assert complaints_of("Free wifi, a lift and a quiet room. Great.", 5) == ()
