"""Issue 17s's pros / cons reading of Booking reviews (training/pros_cons.py, measured and not
kept): where a "liked / disliked" text splits, on fixed strings and their look-alikes; what the
sentiment model would read of it (the whole text's features first, unchanged, so the
categories model's input is never touched); and that the measuring options never write.
"""

from __future__ import annotations

import pytest

from training import pros_cons, refit_sentiment
from training.pros_cons import TwoParts, blend_features, model_input, split_point
from workstation.analysis import Analyzer

BOOKING = "Hôtel très sympa, personnel adorable / Le ménage n'était pas très bien fait"


@pytest.mark.parametrize(("text", "first_part"), [
    (BOOKING, "Hôtel très sympa, personnel adorable"),
    ("Très bon accueil / Rien", "Très bon accueil"),
    ("l'ambiance / rien", "l'ambiance"),
    ("Proximité / Tarifs élevés", "Proximité"),
    # A disliked part that starts with a number, or a liked part that ends with one.
    ("Localisation / 45 minutes pour s'enregistrer", "Localisation"),
    ("Accueil sympa même en arrivant à 23h30. / La chambre était sale", "Accueil sympa même en arrivant à 23h30."),
    ("Le buffet du soir très bon et copieux a 38€ / adulte", "Le buffet du soir très bon et copieux a 38€"),
])
def test_a_liked_disliked_text_splits_at_its_separator(text: str, first_part: str) -> None:
    cut = split_point(text)
    assert cut is not None and text[:cut] == first_part and text[cut : cut + 3] == " / "


@pytest.mark.parametrize("text", [
    "Chambre spacieuse et propre, personnel agréable.",  # one part only: no separator at all
    "le thème / l'accueil / la chambre / la nourriture",  # a list, not two parts
    "Tjs diversité d'articles, bon rapport qualité / prix",  # a ratio
    "Mauvais rapport QUALITÉ / Prix du petit-déjeuner",  # the same, any case and accents
    "Good food, great value / price",
    "pas de note ayant dépassé 5 / 20 durant ma scolarité",  # numbers on both sides
    "noté 3,1 / 5 seulement",
    "1jour / 1 nuit, les explications très nulles",
    "rapport prix/qualité correct",  # no spaces around the slash
    "Très bon accueil\n/\nRien",  # line breaks are not the separator
    " / rien",  # nothing before it
    "Calme absolu. Accueil. Literie / -",  # nothing but punctuation after it
    "",
])
def test_look_alikes_are_not_split(text: str) -> None:
    assert split_point(text) is None


def test_the_sentiment_input_adds_to_the_whole_text_and_never_changes_it(rules_analyzer: Analyzer) -> None:
    whole, signals = rules_analyzer.blend_inputs(BOOKING, "fr")
    features, lexicon, parts = pros_cons.read(rules_analyzer, BOOKING, "fr")
    assert features[: len(whole)] == whole and lexicon == signals.lexicon
    extra = features[len(whole):]
    assert extra[0] == "__pros_cons" and {"__1:adorable", "__2:menage", "__lex1+1"} <= set(extra)
    assert "__1:menage" not in extra and "__2:adorable" not in extra
    assert parts is not None and parts.first_lexicon > 0 > parts.second_lexicon
    assert (parts.first_words, parts.second_words) == (5, 8)  # n' counts as a word
    assert model_input(features, parts, "none") == whole
    markers = model_input(features, parts, "markers")
    assert "__pros_cons" in markers and not any(f.startswith(("__1:", "__2:")) for f in markers)


def test_a_text_that_is_not_split_reads_as_before(rules_analyzer: Analyzer) -> None:
    text = "Bon rapport qualité / prix, personnel adorable."
    whole, signals = rules_analyzer.blend_inputs(text, "fr")
    assert pros_cons.read(rules_analyzer, text, "fr") == (whole, signals.lexicon, None)
    assert list(blend_features(0.5, 0.25, None)[3:]) == [0.0] * 5
    assert blend_features(0.5, 0.25, TwoParts(0.5, -0.5, 4, 9))[3] == 1.0


def test_the_pros_cons_options_only_measure() -> None:
    with pytest.raises(SystemExit) as refused:
        refit_sentiment.main(["--pros-cons-model", "full"])
    assert refused.value.code == 2
