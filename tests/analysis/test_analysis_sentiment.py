"""Text-only sentiment: negation, contrast, intensifiers, emoji, elisions, caps.

The review's sentiment now comes from the trained model (docs/triage-model.md); the
lexicon scorer still gives each topic its own sentiment and is one of the model's
features, so its properties are tested on `rules_analyzer` (lexicon alone), and the
model is held to the same signs except its documented misses.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


def s(analyzer: Analyzer, text: str) -> float:
    return analyzer.analyze(text).sentiment


SIGNS = [
    ("Great food, lovely staff!", 1),
    ("Terrible service, never again.", -1),
    ("Not bad at all.", 1),
    ("The food was not good.", -1),
    ("I wouldn't recommend it.", -1),
    ("Pas terrible.", -1),
    ("Pas du tout satisfait.", -1),
    ("Je ne recommande pas ce restaurant.", -1),
    ("Je recommande pas.", -1),
    ("C'est nul, j'suis déçu.", -1),
    ("Service impeccable, je recommande vivement !", 1),
    ("Pas mal du tout, et pas cher.", 1),
    ("😍😍👍", 1),
    ("😡🤮", -1),
    ("Jamais déçu par ce site.", 1),
    ("Fidèle client !Jamais déçue !", 1),  # no space after "!"
    ("Super siteLivraison rapide", 1),  # Trustpilot title glued to the body
    ("The burger was good but the service was horrible.", -1),
    ("Le service était lent mais la cuisine est excellente.", 1),
    ("Aucun problème, livraison rapide.", 1),
    ("Commande jamais reçue, aucune réponse du service client.", -1),
]


@pytest.mark.parametrize(("text", "sign"), SIGNS)
def test_sign(rules_analyzer: Analyzer, text: str, sign: int) -> None:
    value = s(rules_analyzer, text)
    assert value * sign > 0, value


# The model's documented misses (docs/triage-model.md): a negated positive word in a very
# short review. "I wouldn't recommend it." moved from -0.03 to +0.005 with the retrain of
# round 18 (17dev); the blend, which the app uses, gives -0.83. Strict xfail: a retrained model
# that gets them right must update this.
MODEL_MISSES = {"Pas du tout satisfait.", "I wouldn't recommend it."}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        pytest.param(t, sign, marks=pytest.mark.xfail(reason="documented model miss", strict=True))
        if t in MODEL_MISSES else (t, sign)
        for t, sign in SIGNS
    ],
)
def test_model_sign(model_analyzer: Analyzer, text: str, sign: int) -> None:
    assert s(model_analyzer, text) * sign > 0


def test_range_and_neutral_for_the_model(model_analyzer: Analyzer) -> None:
    assert s(model_analyzer, "") == 0.0  # no words: no opinion, whatever the model's prior
    for text in ["AMAZING!!! BEST EVER!!!", "worst worst worst " * 50, "😡😡😡"]:
        assert -1.0 <= s(model_analyzer, text) <= 1.0


def test_range_and_neutral(rules_analyzer: Analyzer) -> None:
    assert s(rules_analyzer, "") == 0.0
    assert s(rules_analyzer, "We had dinner on Tuesday.") == 0.0
    for text in ["AMAZING!!! BEST EVER!!!", "worst worst worst " * 50]:
        assert -1.0 <= s(rules_analyzer, text) <= 1.0


def test_intensifiers_caps_and_exclamation_strengthen(rules_analyzer: Analyzer) -> None:
    assert s(rules_analyzer, "The food was very good.") > s(rules_analyzer, "The food was good.")
    assert s(rules_analyzer, "La cuisine était un peu décevante.") > s(rules_analyzer, "La cuisine était décevante.")
    assert s(rules_analyzer, "The food was GOOD, the rest was fine.") > s(rules_analyzer, "The food was good, the rest was fine.")
    assert s(rules_analyzer, "Horrible!") < s(rules_analyzer, "Horrible.")


def test_negation_flips_weaker(rules_analyzer: Analyzer) -> None:
    assert 0 < s(rules_analyzer, "not bad") < s(rules_analyzer, "good")
    assert s(rules_analyzer, "bad") < s(rules_analyzer, "not good") < 0


def test_accents_and_elisions_are_optional(rules_analyzer: Analyzer) -> None:
    assert s(rules_analyzer, "tres decu, c'est nul") == pytest.approx(s(rules_analyzer, "Très déçu, c’est nul"), abs=0.02)


def test_stars_never_change_sentiment(analyzer: Analyzer) -> None:
    text = "Food was cold and the waiter forgot our drinks."
    values = {analyzer.analyze(text, stars=n).sentiment for n in (None, 1, 3, 5)}
    assert len(values) == 1


def test_topics_get_their_own_sentiment(analyzer: Analyzer) -> None:
    result = analyzer.analyze("The food was delicious but the service was painfully slow and rude.")
    topics = {t.topic: t.sentiment for t in result.topics}
    assert topics["food"] > 0 > topics["service"]
    fr = analyzer.analyze("Les plats sont délicieux. Par contre le service est lamentable.")
    topics = {t.topic: t.sentiment for t in fr.topics}
    assert topics["food"] > 0 > topics["service"]
    for t in fr.topics:
        assert 0 <= t.start < t.end <= len("Les plats sont délicieux. Par contre le service est lamentable.")


def test_star_mismatch_and_person_flags(analyzer: Analyzer) -> None:
    assert "star_mismatch" in analyzer.analyze("Horrible, rude staff, never again.", stars=5).flags
    assert "star_mismatch" in analyzer.analyze("Excellent, parfait, je recommande !", stars=1).flags
    assert "star_mismatch" not in analyzer.analyze("Excellent, parfait, je recommande !", stars=5).flags
    assert "mentions_person" in analyzer.analyze("Our waiter Marco was fantastic.").flags
    assert "mentions_person" in analyzer.analyze("Merci à Julie pour son accueil.").flags
    assert "mentions_person" not in analyzer.analyze("Merci à toute l'équipe.").flags


@pytest.mark.parametrize(("text", "sign"), SIGNS)
def test_blend_sign(blend_analyzer: Analyzer, text: str, sign: int) -> None:
    """The blend weighs the lexicon in: it gets the model's miss above right."""
    assert s(blend_analyzer, text) * sign > 0
