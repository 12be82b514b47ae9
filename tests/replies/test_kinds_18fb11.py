"""Kinds of false blocks and misses that recur across rounds 42-58 and several writers (issue
18, 18fb11), with wordings written here (not the rounds' replies): look-alikes that must pass
beside the real offence of the same shape that must still block, with the classifier on.

False blocks:
- a reward untied from reviews in a new word order ("whether you post a review or not", "pas
  besoin de laisser d'avis", "we don't do gifts for reviews", "rien en échange des avis");
- the police or cameras in the reader's service (the reader helped to report a theft or loss,
  left free to report it, cameras "for everyone's safety");
- sympathy without its subject ("So sorry to hear about your mum");
- a compound that names people or a place, not nature ("the sea kayak team");
- a named colleague's slip the next sentence takes on (the classifier's verdict: a warning).

Misses:
- thanks for a lesson the reader gave us "in" a subject, or for teaching us our trade;
- mock note-taking ("nous prenons bonne note que…", "Noted: …"): a warning, a block with an
  ironic marker;
- nature, animals, the wall spoken to ("we'll ask the seagulls to…", "nous préviendrons la
  pluie");
- mock agreement ("Oh sure, …" going on to "obviously our fault", magic, "will we?", the reader
  knowing better);
- the reader attacked through a generic person ("certain customers … invent grievances", "a
  parent of such evident ignorance", "ils se reconnaîtront");
- the reader's account called untrue in formal words ("the account given here is not accurate",
  "les faits décrits ne correspondent en rien à la réalité"): a warning, as every denial."""

from __future__ import annotations

import pytest

from .evaluation import assert_sends_at_any_rating
from .evaluation import blocking_codes as _blocks
from .evaluation import finding_codes as _codes


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our punch card is for every client: the eighth haircut is free, whether you post a review or not.", "en"),
    ("We don't do gifts for reviews, but every member gets a free class in their birthday week.", "en"),
    ("La carte de fidélité est pour tout le monde : le dixième café est offert. Pas besoin de laisser d'avis.", "fr"),
    ("Nous n'offrons rien en échange des avis ; la remise de fidélité vaut pour tous.", "fr"),
])
def test_reward_untied_from_reviewsassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Post a five-star review and the eighth haircut is free.", "en"),
    ("Laissez-nous un avis cinq étoiles et le dixième café est offert.", "fr"),
])
def test_reward_tied_to_a_review_still_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("We're so sorry your scooter was stolen from the rack. Our manager was glad to help you report it to the police and we've added a second camera.", "en"),
    ("Sorry about your lost wallet. If you'd like to report it to the police, our front desk can print the reference for you.", "en"),
    ("We have cameras at the entrance for everyone's safety; they showed the lift was out for an hour, and it has since been repaired.", "en"),
    ("Désolés pour le vol de votre vélo devant l'hôtel. Notre accueil peut vous aider à porter plainte auprès de la gendarmerie.", "fr"),
    ("Merci de nous avoir signalé la perte de vos clés ; si vous le souhaitez, la police municipale peut enregistrer une déclaration de perte.", "fr"),
])
def test_police_or_cameras_in_the_readers_service_pass(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We have you on camera. Remove this review or the police will hear from us.", "en"),
    ("Nous avons vos images : retirez cet avis ou nous portons plainte contre vous.", "fr"),
])
def test_police_or_cameras_turned_on_the_reader_still_block(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang), draft


def test_sympathy_without_its_subjectassert_sends_at_any_rating() -> None:
    assert_sends_at_any_rating(
        "So sorry to hear about your mum. It was always a pleasure to see her on Saturdays, "
        "and our thoughts are with your family.",
        "en",
    )


def test_the_readers_family_told_still_blocks() -> None:
    assert "intimidation" in _blocks("Your family will hear about what you did here.", "en")


@pytest.mark.parametrize(("draft", "lang"), [
    ("We'll ask the sea kayak team to ring you about the refund.", "en"),
    ("We've asked the weather station for the readings and we'll tell the crew.", "en"),
])
def test_a_compound_is_not_nature_spoken_to(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("So sorry the harbour was too noisy. We'll ask the seagulls to whisper next time.", "en"),
    ("Thanks for the tip, we'll let the mountain know it's too steep.", "en"),
    ("Des vagues trop fortes ? Nous préviendrons la mer.", "fr"),
    ("Les moutons étaient bruyants : nous transmettrons aux moutons.", "fr"),
])
def test_nature_spoken_to_blocks(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


def test_a_slip_owned_in_the_next_sentence_does_not_block() -> None:
    assert_sends_at_any_rating(
        "Our fitter Rangi arrived late because we sent him the wrong address. That's our "
        "scheduling error, not his, and the booking form has been fixed.",
        "en",
    )


def test_a_slip_owned_with_a_sanction_still_blocks() -> None:
    draft = "Our fitter Rangi arrived late and was rude. That's our error, and he has been let go."
    assert "blames_employee" in _blocks(draft, "en"), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("We are most grateful for this lecture on wine pairing from a guest who ordered cola.", "en"),
    ("Merci mille fois pour ce cours magistral de plomberie, notre artisan en rougit encore.", "fr"),
    ("Nous vous remercions de nous avoir appris notre métier en trois lignes.", "fr"),
])
def test_thanks_for_a_lesson_in_a_subject_blocks(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for joining the lesson on Saturday, and for your kind words about Tom.", "en"),
    ("Merci d'avoir suivi ce cours de yoga avec nous, à bientôt !", "fr"),
])
def test_thanks_for_our_own_lessonassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)
    assert "sarcasm" not in _codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Nous prenons bonne note qu'une glace est froide, selon vous. Nous avertirons le congélateur.", "fr"),
    ("Noted: a ten-minute queue at a sold-out gig is apparently a scandal.", "en"),
])
def test_mock_note_taking_with_irony_blocks(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


def test_note_taken_that_warns() -> None:
    draft = "Nous prenons bonne note qu'une piscine extérieure est fraîche en avril."
    assert "sarcasm" in _codes(draft, "fr"), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Nous prenons bonne note de votre remarque sur le parking et ajoutons des places.", "fr"),
    ("Noted, and thanks: we've added a ramp at the side door.", "en"),
])
def test_note_of_a_remarkassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)
    assert "sarcasm" not in _codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Oh sure, a cold pool in March is obviously our fault.", "en"),
    ("Yeah right, next time we'll just heat the lake with positive thinking, will we?", "en"),
    ("Bien sûr, votre voisin qui a lu un forum en sait plus que nos mécaniciens.", "fr"),
    ("Effectivement, nous aurions dû arrêter la pluie d'un coup de baguette magique.", "fr"),
])
def test_mock_agreement_blocks(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Yes, our stairs are steep! We've added a handrail on both sides.", "en"),
    ("Of course, it was our fault, and we've refunded the whole booking.", "en"),
    ("Yes, the magic show ran late, sorry about that!", "en"),
    ("Bien sûr, nous pouvons décaler votre rendez-vous. Ça vous irait mardi ?", "fr"),
    ("Effectivement, c'est notre faute et nous vous remboursons.", "fr"),
])
def test_earnest_agreementassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Sadly, some diners think inventing complaints will earn them a free dessert.", "en"),
    ("It is a pity that a guest of such limited taste should feel qualified to judge our chef.", "en"),
    ("Certains clients ont un rapport très créatif avec la vérité ; ils se reconnaîtront.", "fr"),
    ("Il est regrettable que certaines personnes prennent les avis pour un exutoire.", "fr"),
])
def test_reader_attacked_through_a_generic_person_blocks(draft: str, lang: str) -> None:
    assert "personal_attack" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Some customers were unable to find parking, so a second car park opens in May.", "en"),
    ("Some customers asked about our inventory of vintage lenses, so the list is now online.", "en"),
    ("Certains clients nous ont signalé le bruit ; nous avons posé des joints aux fenêtres.", "fr"),
])
def test_other_customers_named_in_earnest_pass(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Having checked the logs, the account given in this review is not accurate.", "en"),
    ("We are confident that what you described simply isn't how our tastings run.", "en"),
    ("Our sealed packaging makes the leak you describe impossible.", "en"),
    ("Les faits relatés ne correspondent en rien à la réalité de notre salon.", "fr"),
])
def test_the_account_called_untrue_in_formal_words_warns(draft: str, lang: str) -> None:
    assert "categorical_denial" in _codes(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("What you describe isn't how we want any guest to feel, and we're sorry.", "en"),
    ("What you describe is not the standard we aim for; the team has been retrained.", "en"),
    # (the classifier alone warns on it without "Désolés", as on main: a denial label)
    ("Désolés : ce que vous décrivez ne correspond pas à nos standards, nous avons revu l'accueil.", "fr"),
])
def test_the_account_owned_does_not_warn(draft: str, lang: str) -> None:
    assert "categorical_denial" not in _codes(draft, lang), draft
