"""The kinds of false block blind round 15 showed (issue 18), each with look-alikes written
here (not the round's replies) that must pass, and the real offence beside them that must
still block, with the classifier on:

- the police or an insurer helping a customer who suffered a theft or damage is not a threat;
- the business giving its own new address is not the customer's personal data;
- "we'd welcome a call on 0161…" invites a call to the business (English "a" is an article);
- a referral reward "sans aucune condition d'avis" / "whether or not you review" is no deal;
- photos as a business's work ("the wedding photos came out beautifully") hold nothing
  against the reader."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("We're very sorry your scooter was stolen from our car park. The camera footage has gone to the police, "
     "and we can send you a letter for your insurer today.", "en"),
    ("So sorry about the break-in at your unit. We passed the CCTV to the police and told our insurance; "
     "ask us for the crime reference whenever you need it.", "en"),
    ("Nous sommes désolés pour le vol de votre trottinette devant la boutique. Nous avons remis les vidéos au "
     "commissariat et nous vous envoyons une attestation pour votre assureur.", "fr"),
    ("Toutes nos excuses pour les dégâts sur votre voiture dans notre parking : les images ont été transmises à "
     "la gendarmerie et notre assurance prendra contact avec la vôtre.", "fr"),
])
def test_the_police_helping_a_customer_who_suffered_a_theft_is_not_a_threat(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your car was not stolen here. We have given the footage to the police and your insurer will hear "
     "what you did.", "en"),
    ("We have handed the CCTV to the police: your review is defamation and our insurer agrees.", "en"),
    ("Votre vélo n'a pas été volé chez nous. Les images sont à la police et votre assurance saura ce que "
     "vous avez cassé.", "fr"),
])
def test_the_police_turned_on_the_reader_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thanks for coming! Good news for everyone: we've moved to 27 Harbour Road, next to the library.", "en"),
    ("Come and find us at our new shop, 3 Mill Lane, from Monday.", "en"),
    ("Merci ! Pour celles et ceux qui nous cherchent : nous avons déménagé au 12 avenue Jean Jaurès.", "fr"),
    ("Retrouvez-nous désormais au 5 place du Marché, même équipe, même sourire.", "fr"),
])
def test_the_business_giving_its_own_address_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We've moved your delivery to 27 Harbour Road as you asked.", "en"),
    ("We know you live at 14 Church Street.", "en"),
    ("Nous avons déménagé votre colis au 12 avenue Jean Jaurès, chez votre voisin.", "fr"),
])
def test_the_customers_address_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize("draft", [
    "We're sorry for the wait. We'd welcome a call on 0113 496 0321 to put it right.",
    "Please give us a ring on 020 7946 0018 and ask for the manager.",
])
def test_an_invited_call_to_the_business_is_not_personal_data(draft: str) -> None:
    assert "personal_data" not in _blocks(draft, "en")


@pytest.mark.parametrize(("draft", "lang"), [
    ("We left you a message on 07700 900123 yesterday.", "en"),
    ("Notre livreur a appelé le 06 12 34 56 78 à 14 h.", "fr"),
])
def test_a_call_made_to_the_customers_number_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thanks for joining! Our refer-a-friend scheme gives you both a free class, whether or not you ever "
     "write a review.", "en"),
    ("Merci ! Notre programme de parrainage offre un cours gratuit à chacun, sans aucune condition d'avis.", "fr"),
])
def test_a_reward_said_not_to_depend_on_a_review_is_no_deal(draft: str, lang: str) -> None:
    assert "review_incentive" not in _blocks(draft, lang, stars=5)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Change your review to five stars and your next class is free.", "en"),
    ("Passez votre avis à 5 étoiles et le prochain cours est offert.", "fr"),
])
def test_a_reward_for_a_rating_still_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang)


@pytest.mark.parametrize("draft", [
    "Thank you so much! We're delighted the photos from the christening came out so well.",
    "The pictures from your garden party were a joy to edit; thank you for choosing us.",
])
def test_photos_as_the_businesss_work_are_no_threat(draft: str) -> None:
    assert "intimidation" not in _blocks(draft, "en", stars=5)


def test_footage_of_the_reader_held_still_blocks() -> None:
    assert "intimidation" in _blocks("We have footage of you at the counter, so think twice.", "en")
