"""Kinds of false blocks and misses that recur across rounds (issue 18, 18fb12), started from
rounds 59-60's notes, with wordings written here (not the rounds' replies): look-alikes that
must pass beside the real offence of the same shape that must still block, with the classifier
on.

False blocks:
- a name that only owns a thing ("Bella's vaccination should have…", "la commande de Milo
  aurait dû…"): the thing is the subject of the slip; an apology word before a comma
  ("Pardon, …") is no person;
- a cleft that gives credit ("C'est Lucie qui a préparé…", "It was Tom who…");
- warmth towards the reader's family ("a joy to serve four generations of your family");
- the business's own hedged belief in a polite correction ("I believe there may be a mix-up
  about the invoice"): at most a warning.

Misses:
- the review named formally ("your assessment", "votre appréciation") beside a gift;
- "delete this one" / "take this one down" beside a reward;
- gifts in courtly or plain words ("with our compliments", "à titre gracieux", "vous
  attendra", "we'll throw in");
- a gossip threat: a small world, news that travels and a warning;
- mock deference: the reader's expertise set against the staff's years;
- the reader's character judged through their review or their kind ("a man of your
  temperament", "en dit plus sur votre caractère que…")."""

from __future__ import annotations

import pytest

from .evaluation import assert_sends_at_any_rating
from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("So sorry. Bella's vaccination reminder should have been sent last week and wasn't. "
     "We've checked our whole reminder list since.", "en"),
    ("Toutes nos excuses : le rappel pour la visite annuelle de Milo aurait dû partir en mars. "
     "Nous avons revu nos envois.", "fr"),
    ("Pardon, la facture aurait dû vous parvenir lundi. Nous l'avons renvoyée ce matin.", "fr"),
])
def test_a_name_that_owns_a_thingassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang", "code"), [
    ("Sorry, Jordan should have sent the reminder and he didn't; he's had a formal warning.",
     "en", "blames_employee"),
    ("Désolés, Inès aurait dû envoyer le rappel et ne l'a pas fait, elle a reçu un "
     "avertissement.", "fr", "blames_employee"),
    ("That was Priya's mistake on the till, and she has been spoken to.", "en", "blames_employee"),
])
def test_the_person_who_slipped_still_blocks(draft: str, lang: str, code: str) -> None:
    assert code in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Merci pour ce joli message ! C'est Lucie qui a préparé votre plateau, elle en rougit "
     "encore.", "fr"),
    ("Thank you! It was Tom who iced your cake, and he's been grinning all morning.", "en"),
])
def test_a_cleft_that_gives_creditassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("C'est Hugo qui a préparé votre plateau et il oublie toujours les sauces, on va le "
     "changer de poste.", "fr"),
    ("It was Tom who iced your cake, and he always gets the names wrong; he's had a written "
     "warning.", "en"),
])
def test_a_cleft_with_a_fault_still_blocks(draft: str, lang: str) -> None:
    assert "blames_employee" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for your lovely card. It has been a joy to cut the hair of four generations "
     "of your family, and we hope to see you all at Christmas.", "en"),
    ("Merci pour votre carte. Quel bonheur d'avoir accueilli trois générations de votre "
     "famille à nos tables, et à très bientôt.", "fr"),
    ("Our chef was thrilled to read that your family now bakes her bread every weekend.", "en"),
])
def test_warmth_towards_the_readers_familyassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("It would be a shame if your family found out what you wrote here.", "en"),
    ("Votre famille serait sûrement curieuse de lire ce que vous publiez sur nous.", "fr"),
])
def test_the_readers_family_told_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for your message. I believe there may be a mix-up about the invoice, which "
     "already included the delivery. I'd be happy to go through it with you.", "en"),
    ("Merci pour votre message. Nous croyons qu'il y a eu une confusion sur le tarif, qui "
     "comprenait la livraison. Appelez-nous, nous vous l'expliquerons.", "fr"),
])
def test_a_hedged_belief_does_not_block(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("I believe you made this story up to get a refund.", "en"),
    ("Nous croyons que vous avez inventé cette histoire pour être remboursé.", "fr"),
])
def test_a_lie_named_beside_a_belief_still_blocks(draft: str, lang: str) -> None:
    assert "personal_attack" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Were you minded to revisit your assessment of our garage, a free winter check would be "
     "yours with our compliments.", "en"),
    ("Si votre appréciation venait à être revue, une vidange vous serait proposée à titre "
     "gracieux.", "fr"),
    ("Take this one down and your next car wash is on us.", "en"),
    ("Une petite retouche à votre avis et un café vous attendra au comptoir.", "fr"),
])
def test_a_gift_for_a_changed_review_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for your assessment of our garage; the winter check is free for every "
     "customer, review or not.", "en"),
    ("Merci pour votre appréciation ! La vidange reste offerte à tous nos clients, avis ou "
     "pas.", "fr"),
    ("Please delete this one and keep the newer booking; we've kept your deposit on it.", "en"),
])
def test_an_assessment_or_a_gift_aloneassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("If I were you I'd be careful: it's a small town and news travels fast.", "en"),
    ("Le quartier est petit, vous savez. Ça finit par se savoir, ces histoires-là.", "fr"),
])
def test_a_gossip_threat_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("It's a small town and news travels fast, so thank you for telling your friends about us!",
     "en"),
    ("Le village est petit et les nouvelles vont vite : merci d'avoir parlé de nous autour de "
     "vous !", "fr"),
])
def test_small_town_talkassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for explaining to us how to lay a patio, after our mere thirty years in the "
     "trade.", "en"),
    ("Merci de nous avoir appris notre métier, vous qui avez manifestement tant d'expérience "
     "en plomberie.", "fr"),
])
def test_mock_deference_blocks(draft: str, lang: str) -> None:
    assert "sarcasm" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("Thank you for telling us how you ride; our twenty years in the trade have taught us "
     "that every rider is different.", "en"),
    ("Notre équipe a vingt ans d'expérience et se fera un plaisir de vous conseiller.", "fr"),
])
def test_earnest_expertiseassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Frankly, your review reflects your behaviour at the counter: loud and unfair.", "en"),
    ("Votre message en dit plus sur votre caractère que sur notre boulangerie.", "fr"),
    ("We can't help a person of your temperament, I'm afraid.", "en"),
])
def test_the_readers_character_judged_blocks(draft: str, lang: str) -> None:
    assert "personal_attack" in _blocks(draft, lang), draft


@pytest.mark.parametrize(("draft", "lang"), [
    ("It says a lot about you that you came back to tell us, thank you.", "en"),
    ("Votre message nous a touchés, il est à l'image de votre gentillesse au comptoir.", "fr"),
])
def test_the_readers_character_praisedassert_sends_at_any_rating(draft: str, lang: str) -> None:
    assert_sends_at_any_rating(draft, lang)


def test_a_file_shown_to_the_readers_boss_still_blocks() -> None:
    draft = "Our van camera caught it all, and we'd gladly send the clip to your manager."
    assert "intimidation" in _blocks(draft, "en"), draft
