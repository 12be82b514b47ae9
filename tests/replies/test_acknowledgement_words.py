"""A reply to a 1–2★ review that owns the fault in other words than "sorry" is an
acknowledgement (helper 18var found "forgive us" and "veuillez nous excuser" warned as missing
one); a reply with none still gets the warning."""

from __future__ import annotations

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.model import ReviewInput


def _warned(draft: str, lang: str) -> bool:
    found = check_draft(draft, lang=lang, platform="google_business", review=ReviewInput(stars=1, lang=lang))
    return any(f.code == "missing_acknowledgement" for f in found)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your table should have been kept; forgive us. Please write to us at hello@bistro.example.", "en"),
    ("We should have told you about the delay before you ordered. Call us on 020 7946 0000.", "en"),
    ("That was our mistake, and the booking system now sends a reminder.", "en"),
    ("Veuillez nous excuser pour l'attente : un serveur de plus est prévu le samedi.", "fr"),
    ("Nous nous excusons pour cette erreur de commande.", "fr"),
    ("Nous aurions dû vous prévenir du retard avant votre arrivée.", "fr"),
    ("C'est notre erreur, et nous avons changé la procédure de réservation.", "fr"),
    ("Nous déplorons ce retard de livraison et avons changé de transporteur.", "fr"),
])
def test_owning_the_fault_in_other_words_is_an_acknowledgement(draft: str, lang: str) -> None:
    assert not _warned(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our opening hours are on the website. Next time, book ahead.", "en"),
    ("Nos horaires sont affichés à l'entrée. La prochaine fois, réservez.", "fr"),
    ("The delay was not our fault: the supplier was late.", "en"),
    ("Ce n'est pas notre faute : le fournisseur était en retard.", "fr"),
])
def test_a_reply_acknowledging_nothing_is_still_warned(draft: str, lang: str) -> None:
    assert _warned(draft, lang)
