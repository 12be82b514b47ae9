"""The French verb "avoir" (to have) is no "returns & refunds" topic; a credit note, "un avoir", is
(topics.json, 18avoir2).

The topic's French phrases held the bare word "avoir" for the credit note a shop gives instead of a
refund. It is also the commonest verb of the language: "pour avoir une table", "impossible d'avoir
un rendez-vous" were read as a refund topic, the inbox listed "Returns & refunds" for a bakery's
review, and on a low rating the draft apologised for a money problem nobody raised.
"""

from __future__ import annotations

import pytest

from workstation.analysis.analyzer import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _topics(analyzer: Analyzer, text: str) -> set[str]:
    return {hit.topic for hit in analyzer.analyze(text, stars=2, lang="fr").topics}


@pytest.mark.parametrize(
    "text",
    [
        "Il faut arriver tôt pour avoir une table, le service est lent.",
        "Impossible d'avoir un rendez-vous, personne ne répond.",
        "Après avoir attendu une heure, nous sommes partis.",
    ],
)
def test_the_verb_is_no_refund(analyzer: Analyzer, text: str) -> None:
    assert "returns_refund" not in _topics(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "On m'a fait un avoir au lieu de me rembourser.",
        "Impossible d'utiliser l'avoir sur le site.",
    ],
)
def test_a_credit_note_still_is(analyzer: Analyzer, text: str) -> None:
    assert "returns_refund" in _topics(analyzer, text)
