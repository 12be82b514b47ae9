"""Incidents told in passing, and words of an incident that name none (issue 17, round 36,
docs/triage-model.md).

A hair found in a dish, a pillow stained with blood, faeces left on the floor, a pizza "raw from
inside" or "not baked properly", paneer that "was smelling", food that gives "the runs", a seat that
left the customer with back pain: hazards and injuries the severity guide names, told in words the
phrase lists did not hold. "Unlawful" is a legal charge; rudeness "to foreigners" and a child seated
apart from its parents on a plane are the guide's discrimination and minors. A "bug in the app", a
caller who "could barely slur words", "as if we were her children" and "a Chinese place" name no
incident. Round 37 adds staff or a courier without a mask, an expired item, a regulator named by its
name (Ofgem, Ofcom), advances made to a customer and an underage friend; "you people" alone is no
discrimination and "they tell you to contact the police" no legal threat. The sentences were written from
usage and the guide, not copied from labelled reviews.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("We found a hair in the biryani and the waiter just shrugged.", "health_safety"),
        ("The pillowcase was stained with blood and the sheets were grey.", "health_safety"),
        ("The plumber left faeces on the bathroom floor after the repair.", "health_safety"),
        ("Got a pizza raw from inside instead of the pasta I ordered.", "health_safety"),
        ("The chicken was not cooked properly and still pink.", "health_safety"),
        ("The paneer was smelling, we sent it back.", "health_safety"),
        ("Their curry gave me the runs for two days.", "health_safety"),
        ("The seat was so bad that I developed back pain for a week.", "health_safety"),
        ("Keeping my deposit like this is unlawful and you know it.", "legal_threat"),
        ("The advisers are polite to locals but very rude to foreigners.", "discrimination_harassment"),
        ("Our daughter sat apart from us for the whole flight, the crew would not move anyone.", "minors_safety"),
        ("The courier came to the door with no mask during the outbreak.", "health_safety"),
        ("Blinkit delivered an expired item again.", "health_safety"),
        ("Three months of wrong bills, I am going to Ofgem.", "legal_threat"),
        ("The bartender kept making advances to my sister all evening.", "discrimination_harassment"),
        ("The cashier kept flirting with my underage friend.", "minors_safety"),
    ],
)
def test_the_incident_counts(analyzer: Analyzer, text: str, present: str) -> None:
    assert present in analyzer.analyze(text, stars=1, lang="en").categories, text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The app keeps closing, there is a bug in the program since the update.", "health_safety"),
        ("The agent could barely slur words and took ages to answer.", "discrimination_harassment"),
        ("The new manager spoke down to me and my girlfriend as if we were her children over a glass of tea.",
         "minors_safety"),
        ("This is an average Chinese place with slow service.", "discrimination_harassment"),
        ("I rate you people three stars because the app still has no search by company name.",
         "discrimination_harassment"),
        ("Sellers scammed me and the support told me to contact the police.", "legal_threat"),
    ],
)
def test_no_incident(analyzer: Analyzer, text: str, absent: str) -> None:
    assert absent not in analyzer.analyze(text, stars=1, lang="en").categories, text
