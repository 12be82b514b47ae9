"""Set phrases that name no incident (issue 17, round 34, categories.json 'not_incidents').

"Un bon point de chute" is a place to stay, "des étincelles dans les yeux" delight, "ça donne le
cafard" low spirits, "une belle glisse" a water slide, "la sirène de police" street noise, "le
service a chuté" a service that got worse; "spoiled our evening" is a ruined evening, "spoiled for
choice" praise, "burnt toast" a dish. A critical word inside one of them is no hit at all. The
sentences were written from French and English usage, not taken from the labelled reviews; the
real incidents below, in the same words, must keep counting.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer

CRITICAL = {"health_safety", "legal_threat", "discrimination_harassment", "minors_safety"}

LOOK_ALIKES = [
    ("Un excellent point de chute pour visiter la région, chambre calme.", "fr", 5),
    ("Notre point de chute habituel à Lyon, toujours aussi bien.", "fr", 4),
    ("Un spectacle qui met des étincelles dans les yeux des enfants.", "fr", 5),
    ("Salle d'attente lumineuse, ça ne donne pas le cafard comme ailleurs.", "fr", 4),
    ("La piscine est top, une belle glisse sur le toboggan.", "fr", 4),
    ("Chambre sur rue : on entend la sirène de police la nuit.", "fr", 3),
    ("Depuis le changement de direction la qualité a bien chuté.", "fr", 2),
    ("Le service client a nettement chuté cette année.", "fr", 2),
    ("A noisy group at the next table spoiled our evening a little.", "en", 4),
    ("The rain spoiled the view but the staff were lovely.", "en", 4),
    ("Huge menu, we were spoiled for choice.", "en", 5),
    ("The team spoiled us rotten for our anniversary.", "en", 5),
    ("I got burnt toast twice this week, please watch the grill.", "en", 2),
    ("Burnt coffee again, the machine needs cleaning.", "en", 2),
]

REAL_INCIDENTS = [
    ("Ma mère a chuté dans l'escalier mal éclairé de l'hôtel.", "fr", 1),
    ("J'ai glissé sur le carrelage mouillé et je me suis fait mal au dos.", "fr", 1),
    ("Un cafard dans la chambre, c'est inadmissible.", "fr", 1),
    ("J'ai été malade toute la nuit après le repas.", "fr", 1),
    ("I got burnt by the hot plate the waiter dropped on my hand.", "en", 1),
    ("The chicken was spoiled and my son was sick all night.", "en", 1),
    ("The milk had gone off and smelled sour.", "en", 1),
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(("text", "lang", "stars"), LOOK_ALIKES)
def test_a_set_phrase_is_no_critical_incident(analyzer: Analyzer, text: str, lang: str, stars: int) -> None:
    result = analyzer.analyze(text, stars=stars, lang=lang)
    assert not set(result.categories) & CRITICAL, (text, result.categories)


@pytest.mark.parametrize(("text", "lang", "stars"), REAL_INCIDENTS)
def test_the_same_words_still_report_a_real_incident(
    analyzer: Analyzer, text: str, lang: str, stars: int
) -> None:
    assert "health_safety" in analyzer.analyze(text, stars=stars, lang=lang).categories, text


def test_a_set_phrase_removes_the_hit_rather_than_negating_it(analyzer: Analyzer) -> None:
    # A negated hit still tells the blend that the review speaks of the subject ("no one got sick"):
    # a set phrase says nothing of it, so its word leaves no rule marker at all.
    doc = analyzer._tokenizer("Un excellent point de chute pour visiter la région.")
    hits = [m for m in analyzer._rules.matches(doc, "fr") if m.kind == "category"]
    assert not any(m.name == "health_safety" for m in hits)
    doc = analyzer._tokenizer("Ma mère a chuté dans l'escalier.")
    assert any(m.name == "health_safety" for m in analyzer._rules.matches(doc, "fr"))
