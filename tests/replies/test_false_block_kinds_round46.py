"""The rule-made false blocks blind round 46 showed (issue 18, 18fb7), with look-alikes written
here (not the round's replies) that must pass, and the real offence beside each that must still
block, with the classifier on:

- a reward said to hold "whatever your review": "quel que soit votre avis", "whatever your rating";
- "un deuxième avis" / "a second opinion": an opinion, not a review;
- "no lawyers" / "sans avocat": lawyers named to rule them out;
- "vous ont paru mensongers": the reader's view of the business's own wording, not an accusation."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("Notre carte fidélité marche pour tous : la dixième crêpe est offerte, quel que soit votre avis sur nous.", "fr"),
    ("Our stamp card works for everyone: the tenth coffee is on us, whatever your rating.", "en"),
    ("Si vous le souhaitez, nous organisons gratuitement un deuxième avis par un autre opticien.", "fr"),
    ("No lawyers, no forms: if the heater fails again, call us and we'll replace it at no cost.", "en"),
    ("Pas d'avocat ni de paperasse : si la chaudière tombe encore en panne, appelez-nous et nous la changeons.",
     "fr"),
    ("Nous regrettons que nos horaires affichés vous aient paru mensongers : ils sont corrigés sur le site.", "fr"),
])
def test_look_alikes_pass(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("La dixième crêpe est offerte si vous passez votre avis à cinq étoiles.", "fr", "review_incentive"),
    ("Laissez-nous un nouvel avis et le café est offert.", "fr", "review_incentive"),
    ("Our lawyers will be in touch if this review is not taken down by Friday.", "en", "intimidation"),
    ("Vous mentez, et vous le savez très bien.", "fr", "personal_attack"),
])
def test_the_real_offence_still_blocks(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft
