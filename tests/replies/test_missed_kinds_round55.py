"""The misses of blind rounds 55 and 56 (issue 18, 18fb10) answered as kinds that recur in
earlier rounds too, with wordings written here (not the rounds' replies): the offence must be
flagged as its category, and the harmless look-alike beside it must not block (or, for a
denial, not warn), with the classifier on:

- a flat denial closed by "Point." alone, or one whose subject is the reader's own thing
  ("Votre appareil n'a jamais été mal posé.") — rounds 35, 53, 55, 56;
- our own thing given the nerve to be what it is ("nos ciseaux ont eu l'audace de couper") —
  rounds 46, 55;
- the review called "ton com" / "votre comm" in familiar French, tied to a reward — rounds 47, 55;
- the reader's health papers and appointments (a medical certificate, a hospital appointment, a
  diet, "your son's records show", a ride to the oncology unit) — rounds 55, 56."""

from __future__ import annotations

import pytest

from .evaluation import blocked as _flags
from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("Votre vélo n'a jamais été rayé dans notre atelier. Point.", "fr"),
    ("Non, nos pizzas ne sont pas surgelées. Point.", "fr"),
    ("Your coat wasn't damaged in our cleaning. Period.", "en"),
    ("Ta commande n'a jamais quitté la cuisine froide.", "fr"),
])
def test_a_closed_denial_warns(draft: str, lang: str) -> None:
    assert "categorical_denial" in _flags(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Un point de vue utile, merci. Votre vélo sera prêt jeudi.", "fr"),
    ("Merci ! Un conseil de votre kiné ne fait jamais de mal avant la reprise.", "fr"),
    ("Your coat wasn't ready on Friday and we're sorry about that.", "en"),
])
def test_a_denial_look_alike_does_not_warn(draft: str, lang: str) -> None:
    assert "categorical_denial" not in _flags(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Nous sommes navrés que notre four ait eu l'audace de cuire votre pizza.", "fr"),
    ("So sorry our sun loungers had the audacity to be in the sun.", "en"),
])
def test_our_thing_given_the_nerve_is_sarcasm(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Merci d'avoir eu l'audace de tester notre piment le plus fort !", "fr"),
    ("Thanks for having the nerve to try the triple-chilli challenge, you legend!", "en"),
])
def test_the_readers_daring_praised_is_not_sarcasm(draft: str, lang: str) -> None:
    assert "sarcasm" not in _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Supprime ton com et ta prochaine coupe est offerte.", "fr"),
    ("Si vous retirez votre comm, le dessert est pour nous.", "fr"),
])
def test_a_reward_for_removing_the_com_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Merci pour ton com ! Le café est offert à tous les lundis.", "fr"),
    ("Le com de Julie sur le gâteau nous a fait plaisir, merci !", "fr"),
])
def test_the_com_thanked_for_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("On a bien reçu ton certificat médical pour le genou, Léo.", "fr"),
    ("Vous êtes arrivée tard à cause de votre rendez-vous chez le spécialiste, nous l'avions noté.", "fr"),
    ("As your son's records show, his brace was fitted late because of the missed visits.", "en"),
    ("We drove you to the dialysis unit three times that week, so the fares are correct.", "en"),
    ("Your sick note for the missed classes is on file.", "en"),
])
def test_the_readers_health_papers_block(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Si vous avez un certificat médical, l'abonnement peut être suspendu : il suffit de l'apporter.", "fr"),
    ("Our records show the van left on time; we're sorry it still arrived late.", "en"),
    ("We run a free shuttle to the hospital every morning for anyone who needs it.", "en"),
])
def test_health_words_not_about_the_reader_pass(draft: str, lang: str) -> None:
    assert "personal_data" not in _blocks(draft, lang), draft


# A sanction by deed told of a named colleague, or of "him/her/l'" right after the sentence
# naming them ("nous l'avons retiré du planning", "ne fera plus partie de l'équipe", "pulled off
# the floor"), and an error "by" a named colleague — rounds 41-56.
@pytest.mark.parametrize(("draft", "lang"), [
    ("Le moniteur Hugo n'a pas vérifié votre harnais ; nous l'avons retiré du planning.", "fr"),
    ("La coiffeuse du samedi, Inès, ne fera plus partie de l'équipe après votre coupe.", "fr"),
    ("Disons que Romain ne donnera plus de cours le dimanche.", "fr"),
    ("Marcus skipped the safety brief. He's been pulled off the floor for now.", "en"),
    ("Mistake by receptionist Dana P. Dealt with internally.", "en"),
])
def test_a_colleague_sanctioned_by_deed_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Notre moniteur Hugo a adoré votre groupe ; nous l'avons mis au planning de l'été.", "fr"),
    ("Inès fera partie de l'équipe du salon dès septembre, elle a hâte de vous revoir !", "fr"),
    ("Marcus ran the safety brief and loved having you on the floor.", "en"),
    ("Thanks to Dana on reception, who spotted the error by our card machine straight away.", "en"),
])
def test_a_colleague_praised_or_scheduled_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang, stars=5), draft
