"""A hotel's "réception" is its front desk, not a delivery (topics.json).

The delivery topic's French phrases held the bare word "réception" (as in "à la réception du
colis"). In 1-2★ Booking reviews of ../shared/data it was the delivery topic's commonest word
(80 times, against 13 for "reçu"): the inbox listed "Delivery (negative)" for hotels, and the
reply drafts apologised to hotel guests for a delivery. Only the receipt of goods is delivery now.
"""

from __future__ import annotations

import pytest

from workstation.analysis.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _topics(analyzer: Analyzer, text: str) -> set[str]:
    return {hit.topic for hit in analyzer.analyze(text, stars=2, lang="fr").topics}


def test_a_front_desk_is_no_delivery(analyzer: Analyzer) -> None:
    assert "delivery" not in _topics(analyzer, "Attente interminable à la réception, personnel débordé.")
    assert "delivery" not in _topics(analyzer, "L'odeur du hall de réception était désagréable.")


def test_receiving_goods_still_is(analyzer: Analyzer) -> None:
    assert "delivery" in _topics(analyzer, "Colis abîmé à la réception du colis.")
    assert "delivery" in _topics(analyzer, "Dès réception de la commande, l'article était cassé.")
    assert "delivery" in _topics(analyzer, "Commande jamais reçue, livraison en retard.")
