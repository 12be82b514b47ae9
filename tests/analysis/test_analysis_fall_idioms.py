"""Fall rules and fall idioms (issue 17, round 14, docs/triage-model.md: measured, not kept).

"Je suis tombé(e) sur …" is mostly "I came across" ("sur une perle", "sur un vendeur"), "tombé
en panne" is a breakdown, "tombé des nues" / "de haut" astonishment, "fell in love", "fell
through", "fell on deaf ears" no fall at all. The sentences were written from French and English
usage and the severity guide (a fall, an injury), not taken from the labelled reviews. The
real falls must keep counting whatever a later round changes; the idioms the rules still
read as a fall are strict expected failures.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer

FALLS = {"health_safety", "minors_safety"}
# Round 14 voided the fall word of these idioms (categories.json 'idioms'); the grouped CV found 3
# critical reviews fewer with it (docs/triage-model.md), so it was not kept: known misses, pinned
# strict so that a later fix shows. 17dev: bare "je suis / nous sommes tombé(e)s" became a token
# pattern that skips a following "sur", "en", "de", "dans", "amoureux", "sous", "pile"... unless a
# fall word comes next ("sur le sol", "dans la baignoire", "de vélo", "en descendant"): the "tombé"
# idioms below pass now; the real falls further down still count.
MISS = pytest.mark.xfail(strict=True, reason="fall idiom read as a fall (round 14 measured, not kept)")

LOOK_ALIKES = [
    # French: "tomber sur" = come across, and the other idioms of "tomber"
    "Je suis tombée sur cette librairie par hasard, une merveille.",
    "Je suis tombé sur une dame adorable à l'accueil.",
    "Nous sommes tombés sur un vendeur très compétent.",
    "Je suis tombé sur une perle : le meilleur garagiste de la ville.",
    "Je suis tombée sur votre site en cherchant un cadeau.",
    "Je suis tombé sur le bon conseiller, enfin !",
    "Je suis tombée dessus en me promenant, quelle belle surprise.",
    "Je suis tombé en panne à dix kilomètres du garage.",
    "Nous sommes tombés en panne sèche sur l'autoroute.",
    "Je suis tombé des nues en lisant la facture.",
    "Je suis tombée de haut quand on m'a annoncé le prix.",
    "Je suis tombé de très haut en découvrant leur réponse.",
    "Je suis tombée sous le charme de ce petit hôtel.",
    "Je suis tombé amoureux de ce restaurant dès la première visite.",
    "Nous sommes tombées amoureuses de la décoration.",
    "Je suis tombé dans le panneau de leur publicité.",
    "Je suis tombée dans une équipe formidable grâce à l'agence.",
    "Je suis tombé pile au moment de l'ouverture.",
    pytest.param("Mon fils est tombé amoureux du parc, il veut revenir.", marks=MISS),
    pytest.param("Ma fille est tombée sur une animatrice géniale au club enfants.", marks=MISS),
    pytest.param("Avec les enfants on les a laissé tomber au bout d'une heure, trop long.", marks=MISS),
    pytest.param("Grosse chute de qualité depuis le changement de propriétaire.", marks=MISS),
    pytest.param("La qualité du service est en chute libre.", marks=MISS),
    # English
    "I fell in love with this place the moment we walked in.",
    "We fell for the cheap price, lesson learned.",
    pytest.param("My son fell in love with the pool and the staff.", marks=MISS),
    pytest.param("The kids fell asleep in the car on the way back, a perfect day.", marks=MISS),
    pytest.param("I nearly fell asleep waiting for the bill.", marks=MISS),
    "Our wedding plans fell through when the venue closed.",
    "The booking fell through at the last minute.",
    pytest.param("The toy fell apart after a day and my daughter was disappointed.", marks=MISS),
    "The hotel is falling apart, paint peeling everywhere.",
    pytest.param("The dessert fell flat, too sweet and no texture.", marks=MISS),
    pytest.param("My complaints fell on deaf ears.", marks=MISS),
    "It falls short of what was advertised.",
    pytest.param("We came here with our kids this fall and loved it.", marks=MISS),
    pytest.param("The staff fell over themselves to help us.", marks=MISS),
]

REAL_FALLS = [
    ("Je suis tombé.", "health_safety"),
    ("Je suis tombée dans l'escalier de l'hôtel, mal éclairé.", "health_safety"),
    ("Je suis tombé dans la baignoire.", "health_safety"),
    ("Je suis tombée par terre en sortant de l'ascenseur.", "health_safety"),
    ("Je suis tombé sur le sol mouillé, aucun panneau.", "health_safety"),
    ("Je suis tombée sur la tête.", "health_safety"),
    ("Je suis tombé sur le carrelage mouillé de la piscine.", "health_safety"),
    ("Je suis tombé de ma chaise, un pied était cassé.", "health_safety"),
    ("Je suis tombée du lit superposé, il n'y avait pas de barrière.", "health_safety"),
    ("Je suis tombé de vélo à cause d'un trou sur la piste.", "health_safety"),
    ("Je suis tombée en descendant les marches glissantes.", "health_safety"),
    ("Je suis tombé en me levant de la table.", "health_safety"),
    ("Nous sommes tombés et nous nous sommes fait mal au dos.", "health_safety"),
    ("J'ai fait une chute dans la salle de bain.", "health_safety"),
    ("Mon fils est tombé du toboggan.", "minors_safety"),
    ("Le lit superposé n'avait pas de barrière, mon fils de 4 ans est tombé en pleine nuit.", "minors_safety"),
    ("Ma fille est tombée dans la piscine sans surveillance.", "minors_safety"),
    ("I slipped and fell on the wet floor.", "health_safety"),
    ("I fell down the stairs, there was no handrail.", "health_safety"),
    ("I fell through a rotten floorboard on the terrace.", "health_safety"),
    ("I fell flat on my face on the wet tiles.", "health_safety"),
    ("I tripped and fell over a loose cable.", "health_safety"),
    ("My daughter fell off the slide.", "minors_safety"),
    ("The trampoline fell apart while my son was on it.", "minors_safety"),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fall_idioms_are_no_incident(rules_analyzer: Analyzer, text: str) -> None:
    assert not FALLS & set(rules_analyzer.analyze(text).categories)


@pytest.mark.parametrize(("text", "category"), REAL_FALLS)
def test_real_falls_still_count(rules_analyzer: Analyzer, text: str, category: str) -> None:
    assert category in rules_analyzer.analyze(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Je suis tombée sur cette biblio par hasard, un vrai bonheur, merci !",
        "Je suis tombé sur une vendeuse adorable qui m'a très bien conseillé.",
        "I fell in love with this place, the staff are wonderful.",
    ],
)
def test_five_star_fall_idiom_is_not_critical(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text, stars=5).level != "critical"
