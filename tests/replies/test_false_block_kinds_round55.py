"""The false blocks blind rounds 55 and 56 showed (issue 18, 18fb10), as kinds, with look-alikes
written here (not the rounds' replies) that must pass, and the real offence of the same shape
beside each that must still block, with the classifier on:

- the business's place named by its kind before its address ("pop into the shop at 14 Market
  Street", "passez à la boutique au 3 rue…") read as the reader's address;
- a named colleague's slip the business owns in the past tense ("That was our mistake", "ça a été
  notre erreur") read as blame;
- an offer open to all members "whatever their review" ("quel que soit leur avis") read as an
  incentive;
- (the classifier's) "clearly" said of our own thing in a sentence that does not speak to the
  reader ("Our oven clearly had a mind of its own") read as sarcasm: now a warning, not a block."""

from __future__ import annotations

import pytest

from .evaluation import blocked as _flags
from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("Bring the jacket back to the workshop at 27 Mill Lane and we'll fix the zip on the spot.", "en"),
    ("The showroom on 3 Harbour Road has the new sofas if you'd like to try them.", "en"),
    ("Passez à la boutique au 12 rue des Lilas, on vous refait l'ourlet gratuitement.", "fr"),
    ("L'atelier au 8 avenue Jean Jaurès reprend les réparations dès lundi.", "fr"),
])
def test_our_place_by_its_kind_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our courier left the parcel at the house at 27 Mill Lane, as you asked.", "en"),
    ("We know where you live: the flat at 3 Harbour Road.", "en"),
    ("Nous avons livré votre canapé chez vous au 12 rue des Lilas, au troisième.", "fr"),
])
def test_the_readers_address_still_blocks(draft: str, lang: str) -> None:
    assert "personal_data" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Sorry Priya charged you twice. That was our mistake, not hers — the card reader froze — and"
     " the refund is on its way.", "en"),
    ("Désolés que Karim vous ait servi le mauvais plat. Ça a été notre erreur : les bons de commande"
     " étaient mélangés.", "fr"),
    ("We're sorry Owen forgot your side order. It was entirely our fault, the ticket never printed.", "en"),
])
def test_a_slip_we_own_in_the_past_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Priya charged you twice. That was Priya's mistake, and she has been warned.", "en"),
    ("Karim s'est trompé de plat. Ça a été sa faute, et il a reçu un avertissement.", "fr"),
    ("Owen forgot your side order. It was our mistake to hire him; he has been let go.", "en"),
])
def test_a_named_slip_with_blame_or_sanction_still_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Notre carte fidélité (un café offert au dixième) est proposée à tous nos clients, quel que"
     " soit leur avis.", "fr"),
    ("Le parrainage rapporte 15 € à chacun, quel que soit son avis sur nous.", "fr"),
    ("Our bring-a-friend offer (£10 each) is open to every member, whatever their review says.", "en"),
])
def test_an_offer_whatever_their_review_passes(draft: str, lang: str) -> None:
    assert not _blocks(draft, lang), draft
    assert not _blocks(draft, lang, stars=5), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Un café offert à tous ceux qui modifient leur avis, quel que soit le nombre d'étoiles.", "fr"),
    ("Change your review to five stars and your next massage is free.", "en"),
    ("Le parrainage rapporte 15 € si vous remontez votre note à cinq étoiles.", "fr"),
])
def test_a_reward_for_the_review_still_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our dishwasher clearly had other plans on Friday night; it has been replaced.", "en"),
    ("Notre vieille caisse a visiblement décidé de faire grève samedi ; elle est remplacée.", "fr"),
])
def test_clearly_of_our_own_thing_is_not_blocked_as_sarcasm(draft: str, lang: str) -> None:
    assert "sarcasm" not in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Our chef clearly wasn't up to the exacting standards of someone like you.", "en"),
    ("Notre modeste salon n'était visiblement pas digne de Votre Majesté.", "fr"),
])
def test_clearly_aimed_at_the_reader_is_still_flagged(draft: str, lang: str) -> None:
    assert _flags(draft, lang), draft
