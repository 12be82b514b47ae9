"""An order that never came is a money complaint only where the review speaks of money (issue 18,
18unrec, docs/reply-composer.md).

"Never received my order", "colis jamais reçu": the labellers answer the delivery. The draft used to
add an apology for a money problem nobody raised; with a payment, a refund or an amount in the review
the money point stays.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies.complaint_cues import complaint_cues


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("This order was not delivered.", "en"),
        ("Never received my order, the driver just marked it as delivered.", "en"),
        ("Colis jamais reçu, le transporteur ne répond pas.", "fr"),
        # "Avoir" is also "to have": it names no money (18avoir).
        ("Colis jamais reçu, impossible d'avoir une réponse du vendeur.", "fr"),
        ("Commande jamais livrée, pas moyen d'avoir le service client au téléphone.", "fr"),
    ],
)
def test_an_order_that_never_came_is_not_a_money_cue(text: str, lang: str) -> None:
    assert "fraud_billing" not in {cue.category for cue in complaint_cues(text, 1)}
    assert "fraud_billing" not in complaints_of(text, 1, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I paid 40 dollars and the order was never delivered.", "en"),
        ("Never received my order and still no refund.", "en"),
        ("Commande jamais reçue et toujours pas remboursée.", "fr"),
        ("Colis jamais reçu, on m'a proposé un avoir au lieu de me rembourser.", "fr"),
    ],
)
def test_with_money_named_it_stays_a_money_complaint(text: str, lang: str) -> None:
    assert "fraud_billing" in complaints_of(text, 1, lang)
