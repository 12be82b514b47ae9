"""False blocks found on real published owner replies (18rp): warm thanks and sympathy that name
the reader's photos or family are no exposure threat; the threats of the same shape still are.

The two real replies (a French hotel's, 2026-12-05) were blocked as intimidation; the sentences
below were written from them and from usage, in English and French."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft

GOOD = [
    ("fr", "Merci infiniment pour votre avis 5 étoiles et pour le partage de vos magnifiques photos !"),
    ("fr", "Ce fut un réel plaisir de vous accueillir, vous et votre famille, lors de votre long séjour."),
    ("fr", "Nous sommes désolés pour ce que vous et votre famille avez vécu."),
    ("fr", "Nous avons été heureux de vous revoir, vous et vos enfants."),
    ("fr", "Merci beaucoup pour ce retour et d'avoir partagé vos photos."),
    ("en", "Thank you so much for your lovely review and for sharing your photos!"),
    ("en", "We're so sorry for what you and your family went through."),
]
THREATS = [
    ("fr", "Votre famille sera curieuse de savoir ce que vous avez écrit."),
    ("fr", "Honte de vous, votre famille devrait le savoir."),
    ("en", "Your family will be interested to hear what you wrote."),
    ("en", "We will share your photos with your family."),
]


def _blocking(text: str, lang: str) -> set[str]:
    return {f.code for f in check_draft(text, lang=lang) if f.severity.value == "block"}


@pytest.mark.parametrize(("lang", "text"), GOOD)
def test_thanks_and_sympathy_naming_photos_or_family_are_not_blocked(lang: str, text: str) -> None:
    assert not _blocking(text, lang)


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_the_exposure_threats_of_the_same_shape_still_are(lang: str, text: str) -> None:
    assert "intimidation" in _blocking(text, lang)
