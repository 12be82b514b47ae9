"""The kinds of false block blind rounds 16 and 17 showed (issue 18), each with look-alikes
written here (not the rounds' replies) that must pass, and the real offence beside them that
must still block, with the classifier on:

- the business's own number after what its team is available for, or after its own e-mail
  ("… at care@shop.example or on 0800…");
- the police in lost property or a procedure followed for a customer's loss;
- photos shared with the consent of those pictured;
- a named colleague's mistake that the business takes on itself ("that's on us, not her");
- "the class was a good laugh" (a fun time, nobody laughed at), "duct tape" (no recording),
  "bravo à Yanis, notre apprenti" (a colleague praised)."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("We understand your frustration, and our manager is available to go through the invoice with you on "
     "0113 496 0555.", "en"),
    ("Sorry again. Please write to our bookings team at bookings@harbourtours.example or on 0800 555 0142.", "en"),
    ("Nous restons disponibles pour revoir le devis ensemble au 04 72 55 01 99.", "fr"),
    ("Vous pouvez écrire à notre accueil à accueil@piscine-exemple.fr ou au 05 61 55 02 10.", "fr"),
])
def test_the_businesss_own_number_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We have your number, 07700 900456, or on your wife's phone 07700 900457.", "en"),
    ("Nous avons votre numéro : 06 12 34 56 78, ou au 06 98 76 54 32.", "fr"),
])
def test_the_customers_numbers_still_block(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Sorry you lost your scarf. Anything found in the hall is kept for a month, then handed to the police.",
     "en"),
    ("Désolés pour votre sac oublié : les objets trouvés sont remis au commissariat après quinze jours.", "fr"),
    ("Nous avons bien noté l'incident : la vidéo a été transmise à la police, comme le prévoit la procédure.", "fr"),
])
def test_the_police_handling_a_customers_loss_is_not_a_threat(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("After the incident you caused, the police have the video and will hear from us.", "en"),
    ("Suite à l'incident, votre avis diffamatoire a été transmis à la police.", "fr"),
])
def test_the_police_turned_on_the_reader_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("What a night! The photos are on our Instagram, posted with the permission of everyone in them.", "en"),
    ("Merci à tous ! Les photos de la soirée sont en ligne, avec l'accord des personnes photographiées.", "fr"),
])
def test_photos_shared_with_consent_expose_nobody(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang, stars=5)


def test_footage_shown_to_punish_still_blocks() -> None:
    assert "intimidation" in _blocks("Keep this up and the CCTV of you goes online for everyone to see.", "en")


@pytest.mark.parametrize(("draft", "lang"), [
    ("You're right that Maya booked the wrong date, and that's our responsibility as a school, not hers.", "en"),
    ("Effectivement, Hugo s'est trompé de pointure, et c'est à nous, le magasin, d'en assumer la responsabilité.",
     "fr"),
])
def test_a_colleagues_mistake_the_business_takes_on_is_not_blame(draft: str, lang: str) -> None:
    assert "blames_employee" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our waiter Tom forgot your order and has been given a formal warning; that's on us now.", "en"),
    ("Hugo s'est trompé de pointure, c'est entièrement de sa faute.", "fr"),
])
def test_blame_or_a_sanction_still_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("Thanks for the lovely review! So glad the workshop was a good laugh, even if the vase leans a bit.", "en",
     "sarcasm"),
    ("Our old van runs on duct tape and good will, so thank you for the kind words!", "en", "intimidation"),
    ("Merci pour votre visite ! Bravo à Inès, notre apprentie, pour son premier gâteau de mariage.", "fr",
     "sarcasm"),
])
def test_fun_tape_and_a_colleague_praised_are_harmless(draft: str, lang: str, code: str) -> None:
    assert code not in _blocks(draft, lang, stars=5)


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("We had a good laugh reading your review.", "en", "sarcasm"),
    ("We keep the CCTV tapes of you on file.", "en", "intimidation"),
])
def test_laughing_at_the_reader_and_tapes_held_still_block(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang)
