"""A reply telling the reader they are no trouble is no denial, whatever the classifier reads
(issue 18, 18fb20: a classifier trained on more rounds read "Nope, you're not bothering us at
all!" as a categorical denial); a real denial that opens the same way stays one."""

from __future__ import annotations

import pytest

from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.checks.denial import reassures
from workstation.replies.checks.learned import fits_category


@pytest.mark.parametrize("sentence", [
    "Nope, you're not bothering us at all!",
    "No worries, we'll sort it out on Monday.",
    "It's no trouble for us at all.",
    "Aucun souci, merci pour votre retour !",
    "Vous ne nous dérangez jamais, revenez quand vous voulez.",
    "Ne vous inquiétez pas, nous gardons votre réservation.",
])
def test_a_reassurance_is_no_denial(sentence: str) -> None:
    folded = fold_same_length(sentence)
    assert reassures(folded)
    assert not fits_category("denial", sentence, folded)


@pytest.mark.parametrize("sentence", [
    "Aucun souci n'a été signalé ce soir-là.",
    "No trouble was reported that night.",
    "We never bothered you with calls.",
    "Our staff never disturbed you, full stop.",
    "Il n'y a eu aucun problème avec votre commande.",
])
def test_a_denial_that_looks_like_one_is_still_read(sentence: str) -> None:
    folded = fold_same_length(sentence)
    assert not reassures(folded)
    assert fits_category("denial", sentence, folded)
