"""The kinds of false block blind rounds 24 and 25 showed (issue 18), each with look-alikes
written here (not the rounds' replies) that must pass, and the real offence beside them that
must still block, with the classifier on:

- the police, the business's cameras or its insurer helping the customer after a theft, a
  break-in or something gone missing ("went missing", "a disparu", "effraction"), also when
  the help is told in the next sentence, and with "your own claim" / "votre déclaration" the
  customer's insurance paperwork, not their review;
- the business's own line or mailbox: "happy to go through the invoice with you on 029…",
  "reprendre la facture avec vous au 02…", "send us a photo at claims@…", "appelle-nous au
  01…", "envoyez-nous une photo à sinistres@…";
- a named colleague's slip the business takes on in the next sentence ("That's on us as a
  company, not on you") or by "c'est notre entreprise qui en porte la responsabilité";
- a day or a month taken for a person ("Our dryer was down on Saturday and we should have…"),
  an article ("The grill broke…"), the reader called by name after an apology ("Sorry about
  Friday night, Owen.");
- a car valet the business sells taken for "a valet at your service";
- declining to speak of the reader's health in public ("nous ne pouvons pas parler de votre
  traitement ici")."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("So sorry your scooter went missing from our car park. We've handed the CCTV to the police, and our "
     "insurer can give you a letter for your own claim.", "en"),
    ("We're sorry your tent was broken into overnight. Please report it to the police; we'll happily pass "
     "them our gate camera recordings.", "en"),
    ("Sorry your wallet disappeared during the concert. With your permission we reviewed the footage and "
     "we're handing it over to the police to help find it.", "en"),
    ("Nous sommes désolés pour le vol de votre trottinette. Les images de nos caméras ont été remises à la "
     "police, et notre assureur vous fera une attestation pour votre déclaration.", "fr"),
    ("Désolés pour l'effraction de votre casier. Nous tenons nos enregistrements à la disposition de la "
     "gendarmerie dès que vous aurez porté plainte.", "fr"),
    ("Nous sommes navrés que votre sac ait disparu au vestiaire : nous avons porté plainte et remis les "
     "images à la police.", "fr"),
])
def test_the_police_helping_a_customer_who_lost_something_is_no_threat(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your bike went missing? Funny that. We've handed the CCTV to the police and they'll be in touch about "
     "your review.", "en"),
    ("We've given our footage to the police, and your little review will be part of the file.", "en"),
    ("Nous avons remis les images à la police : votre avis diffamatoire fera partie du dossier.", "fr"),
    ("Take this review down or we hand the footage of you to the police.", "en"),
])
def test_the_police_aimed_at_the_reviewer_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Happy to go through the quote with you on 0113 496 0555 any weekday.", "en"),
    ("We'd be glad to talk it through with you at 020 7946 0321.", "en"),
    ("Please send us a photo at claims@movers.example and we'll arrange the repair.", "en"),
    ("Call us on 0161 496 0777 and we'll sort it.", "en"),
    ("Nous serions heureux de reprendre le devis avec vous au 01 44 55 66 77.", "fr"),
    ("Appelle-nous au 06 12 34 56 78 et on règle ça.", "fr"),
    ("Envoyez-nous simplement une photo à sinistres@transports.example.", "fr"),
])
def test_the_businesss_own_line_or_mailbox_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We called you back on 07700 900123 as you asked.", "en"),
    ("We have your number, 07700 900456, on file from the booking.", "en"),
    ("Nous vous avons rappelé au 06 98 76 54 32 hier soir.", "fr"),
    ("Your e-mail jane.doe@mail.example is on the booking.", "en"),
])
def test_the_customers_number_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Ryan should have strapped the wardrobe before the drive. That's on us as a company, not on you.", "en"),
    ("Chloé aurait dû vérifier la commande, mais c'est notre entreprise qui en porte la responsabilité.", "fr"),
    ("Our fridge was down on Monday and we should have warned you before you ordered.", "en"),
    ("The oven broke halfway through service, which is why everything was late.", "en"),
    ("Sorry about Saturday, Megan. The card machine failed and we should have said so at the door.", "en"),
    ("Désolés pour samedi, Karim. Le four est tombé en panne et nous aurions dû vous prévenir.", "fr"),
])
def test_a_slip_the_business_takes_on_or_no_person_is_not_blame(draft: str, lang: str) -> None:
    assert "blames_employee" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Ryan should have strapped the wardrobe. He has been given a final warning.", "en"),
    ("Sorry for the wait; the delay was down to our waiter, Kevin.", "en"),
    ("Désolés pour l'attente, la faute revient à notre serveur, Kevin.", "fr"),
    ("Tom forgot your order, sorry.", "en"),
    ("Honestly, Jake should have checked the brakes before handing the car back.", "en"),
])
def test_blaming_a_named_colleague_still_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("You're right that the full valet has gone up by £5, and we're sorry the new prices weren't posted.", "en"),
    ("Our valet parking is free for every guest staying two nights or more.", "en"),
])
def test_a_car_valet_is_no_mock_service(draft: str, lang: str) -> None:
    assert "sarcasm" not in _blocks(draft, lang)


def test_a_valet_at_the_readers_service_still_mocks() -> None:
    assert "sarcasm" in _blocks("Next time we'll hire you a personal valet, since our service is beneath you.", "en")


@pytest.mark.parametrize(("draft", "lang"), [
    ("Par respect du secret médical, nous ne pouvons pas parler de votre traitement ici ; notre pharmacien "
     "vous attend au comptoir.", "fr"),
    ("We can't discuss your medication here, but our pharmacist is happy to talk in private.", "en"),
])
def test_declining_to_speak_of_health_in_public_is_not_personal_data(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We've checked and your medication was dispensed correctly on Tuesday.", "en"),
    ("Votre traitement pour le diabète était bien prêt mardi.", "fr"),
])
def test_the_readers_health_written_out_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang)
