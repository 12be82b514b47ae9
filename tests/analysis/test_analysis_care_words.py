"""Care-setting words and care errors (issue 17, round 26b, docs/triage-model.md).

In a review of a restaurant or a hotel, "we ended up in hospital" reports an incident; in a
review of a doctor, a dentist or a hospital, "doctor" and "hospital" name the business. Round 26b
stopped counting the bare words as health & safety evidence (on test set 17w, 39 of 50 false
critical alarms were reviews of a hospital and of doctors): the consequence ("ended up at A&E",
"fini chez le médecin") and the care error ("wrong dose", "erreur d'étiquetage") still count.
Round 26c: in a review that is not negative, the condition the business treated or the customer
came for ("saw the GP for my ear infection", "suite à une entorse") is no incident either (scope.py,
kind "treated"); in a complaint the same words keep counting.
The sentences were written from usage and the severity guide, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer

CARE_BUSINESS_REVIEWS = [
    ("Great doctor. Always on time and he explains everything.", 5),
    ("Best hospital in the region, the nurses were wonderful.", 5),
    ("Waited an hour to see the doctor and the receptionist was rude.", 1),
    ("The GP never returns calls and the appointments are impossible to get.", 1),
    ("Dr Martin is a very good dentist, no pain at all.", 5),
    ("Très bon médecin, à l'écoute et disponible.", 5),
    ("L'hôpital est bien organisé, personnel souriant.", 5),
    ("Impossible d'avoir un rendez-vous avec le médecin, secrétariat désagréable.", 1),
    ("Le docteur est toujours en retard, deux heures d'attente.", 2),
    ("Merci au service des urgences pédiatriques, équipe adorable.", 5),
    ("Saw the GP the same day for my ear infection, really efficient.", 5),
    ("Brought my daughter in with a high fever at midnight, the nurses were calm and kind.", 5),
    ("Venue pour une intoxication alimentaire, prise en charge rapide et humaine.", 5),
    ("Suite à une fracture du poignet, trois mois de rééducation ici : super équipe.", 5),
]
COMPLAINTS_STILL_COUNT = [
    ("Came in with a small cut and left with an infection, the nurse never cleaned it.", 1),
    ("Venue pour une entorse, on m'a fait tomber du brancard. Scandaleux.", 1),
]

STILL_INCIDENTS = [
    ("We all had food poisoning and ended up at A&E.", "health_safety"),
    ("My husband was sick all night and had to go to urgent care.", "health_safety"),
    ("Après le repas, mon fils a fini à l'hôpital avec une intoxication.", "health_safety"),
    ("Nous avons fini chez le médecin après ce dîner.", "health_safety"),
    ("The pharmacy gave me the wrong dose and I was ill for days.", "health_safety"),
    ("They pulled the wrong tooth. Disgraceful.", "health_safety"),
    ("Erreur de dosage sur l'ordonnance, j'ai été malade, inadmissible.", "health_safety"),
    ("Erreur d'étiquetage : j'ai reçu les résultats d'une autre patiente. Inadmissible.", "health_safety"),
    ("Ma fille a été emmenée aux urgences après le repas.", "health_safety"),
    ("On a dû appeler le SAMU, mon mari ne respirait plus après le dessert.", "health_safety"),
]


@pytest.mark.parametrize(("text", "stars"), CARE_BUSINESS_REVIEWS)
def test_a_review_of_a_care_business_is_no_incident(analyzer: Analyzer, text: str, stars: int) -> None:
    assert "health_safety" not in analyzer.analyze(text, stars=stars).categories


@pytest.mark.parametrize(("text", "category"), STILL_INCIDENTS)
def test_consequences_and_care_errors_still_count(rules_analyzer: Analyzer, text: str, category: str) -> None:
    assert category in rules_analyzer.analyze(text).categories


@pytest.mark.parametrize(("text", "stars"), COMPLAINTS_STILL_COUNT)
def test_a_treated_condition_still_counts_in_a_complaint(analyzer: Analyzer, text: str, stars: int) -> None:
    assert "health_safety" in analyzer.analyze(text, stars=stars).categories
