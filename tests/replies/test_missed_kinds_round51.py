"""Kinds of bad reply blind rounds 51 and 52 showed the check missing (issue 18, 18fb8), written
here as new wordings (not the rounds' replies) that must be caught, each beside a harmless
look-alike of the same shape that must pass, with the classifier on:

- a rating asked "à la hausse" / to "drift upwards" with a gift slipped in ("cote" is Québécois
  for a rating; the folded "côté" is not one);
- the reader's conduct reported to the rest of the trade; "a shame if word got round";
- the review's motive said to be money owed;
- a named employee's lasting incompetence, the reader sent to "take it up with her", a colleague
  "invited to reconsider his future";
- a terse list of causes closed by "Not us." (a warning)."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks
from .evaluation import finding_codes


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("Si jamais votre cote remontait à la hausse, un lavage complet vous serait offert.", "fr", "review_incentive"),
    ("Should those stars creep upwards, a bottle of our cider may find its way into your bag.", "en",
     "review_incentive"),
    ("Nous allons signaler votre attitude à tous les garages du secteur.", "fr", "intimidation"),
    ("We will be reporting your behaviour to every other salon in town.", "en", "intimidation"),
    ("It would be a real pity if word got around about clients like you.", "en", "intimidation"),
    ("This review has far more to do with the outstanding balance on your account than with our service.",
     "en", "personal_attack"),
    ("Cet avis tient surtout à votre facture impayée, soyons honnêtes.", "fr", "personal_attack"),
    ("The booking was handled by Priya, who still hasn't learned how the calendar works.", "en",
     "blames_employee"),
    ("La commande a été prise par Julien, qui n'a toujours pas compris notre caisse après deux ans.", "fr",
     "blames_employee"),
    ("The colour was mixed by Sam, not us. Take it up with him.", "en", "blames_employee"),
    ("Our junior, Tom, has since been invited to reconsider his future with the salon.", "en", "blames_employee"),
])
def test_the_offence_is_caught(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("De notre côté, un lavage complet vous est offert pour nous excuser du retard.", "fr"),
    ("Thanks for the stars! A free cider may find its way into your bag: it's our gift to every customer"
     " this month, whatever you write.", "en"),
    ("Nous avons signalé la panne à tous nos techniciens, elle est réparée.", "fr"),
    ("We've reported the fault to the manufacturer and to every other branch.", "en"),
    ("Word got round after the festival, and we're delighted so many people came by.", "en"),
    ("It would be a shame if you missed the summer menu, so do come back in June.", "en"),
    ("Your review has helped us fix the way we show the balance on invoices.", "en"),
    ("Priya has since learned the new calendar and we've double-checked every booking.", "en"),
    ("Julien a tout de suite compris le problème de caisse et vous a remboursé.", "fr"),
    ("If you'd like to thank Sam for the colour, take it up with him next visit — he'd love that!", "en"),
    ("Tom has been with us ten years and we're proud of his future plans for the salon.", "en"),
])
def test_the_look_alike_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


def _warns(draft: str, lang: str) -> bool:
    return "excessive_justification" in finding_codes(draft, lang)


def test_a_terse_list_of_causes_closed_by_not_us_warns() -> None:
    assert _warns("Late start: power cut, sick driver, road works, snow, a flat tyre. Not us.", "en")
    assert _warns("Retard : panne, neige, travaux, chauffeur malade, bouchons. Pas de notre fait.", "fr")


def test_a_list_then_a_question_does_not() -> None:
    assert not _warns("We serve pizza, pasta, salads, desserts and wine. Not us? Come and see.", "en")
