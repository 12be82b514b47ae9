"""The rule-made false blocks blind rounds 51 and 52 showed (issue 18, 18fb8), with look-alikes
written here (not the rounds' replies) that must pass, and the real offence of the same shape
beside each that must still block, with the classifier on:

- the business's own phone after a named staff member or one of its services ("ask for Helen, our
  practice manager, on …", "the box office is available on …", "la billetterie reste à votre
  disposition au …");
- a capital inside the customer's quoted words, or after "in", read as a named employee;
- "thanks for sharing" photos, "a copy of our service record" for an insurer, a colleague "thrilled
  to see your family", "photo ID" required by law — read as intimidation;
- "no review needed" / "sans avis requis": a reward said not to depend on a review."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("To talk it through, ask for Marcus, our head groomer, on 0161 496 0958.", "en"),
    ("Pour en discuter, demandez Camille, notre cheffe de rang, au 05 56 00 12 34.", "fr"),
    ("Our ticket office is open on 0117 496 0123 for any change of date.", "en"),
    ("Le secrétariat reste à votre disposition au 01 40 00 00 00 pour reprogrammer la séance.", "fr"),
    ("'The grumpiest baker in Yorkshire' made us laugh, and on a Monday morning it's fair.", "en"),
    ("« Le garage le plus lent de Bretagne » : après cette semaine, difficile de vous contredire.", "fr"),
    ("Your pictures of the mountains at dawn are gorgeous, thank you for sharing them with us!", "en"),
    ("Vos photos du lac au coucher du soleil sont superbes, merci pour le partage !", "fr"),
    ("If the police need anything for your insurance after the theft, we can give you a copy of our"
     " repair invoice.", "en"),
    ("Si votre assurance demande une attestation après le vol, nous vous remettrons une copie de notre"
     " fiche d'atelier.", "fr"),
    ("We'll pass your kind words on to Amira, who was delighted to see your children so happy.", "en"),
    ("Nous transmettrons votre message à Julie, qui était ravie de voir toute votre famille sur les pistes.",
     "fr"),
    ("For the record, the law requires us to check photo ID for every rental, whatever the age.", "en"),
    ("Our stamp card is open to all: the sixth haircut is free, no review required.", "en"),
    ("Notre carte fidélité est pour tous : le dixième café est offert, sans avis requis.", "fr"),
    ("La dixième pizza est offerte à tous, pas besoin de laisser un avis.", "fr"),
])
def test_look_alikes_pass(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("We have your number, 07700 900 123, so expect a call.", "en", "personal_data"),
    ("We called you on 07700 900 123 and you didn't pick up.", "en", "personal_data"),
    ("Nous avons bien votre numéro, le 06 12 34 56 78.", "fr", "personal_data"),
    ("Kevin forgot your order, and frankly Kevin was useless.", "en", "blames_employee"),
    ("We'll share your photos with everyone on our page.", "en", "intimidation"),
    ("We've passed your details to the police.", "en", "intimidation"),
    ("Your family will hear about this.", "en", "intimidation"),
    ("The law will catch up with you.", "en", "intimidation"),
    ("La justice vous rattrapera.", "fr", "intimidation"),
    ("Your boss, who will be delighted to read this, will hear about it.", "en", "intimidation"),
    ("No discount without a five-star review, sorry.", "en", "review_incentive"),
    ("Laissez-nous un avis cinq étoiles et la pizza est offerte.", "fr", "review_incentive"),
])
def test_the_real_offence_still_blocks(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft
