"""Round 28 (issue 17desc): staff attitude, money problems and harassment as customers tell them.

Reviewers rarely name the category ("rude", "fraud", "harassment"); they tell what happened: the
cashier shrugged, the card was blocked, a fee nobody mentioned, a man who kept putting his hands
on a friend. These phrases count only in a negative review (`gated_phrases`), so the same words in
a happy review stay nothing. The sentences are written for this test, not taken from any data set.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


TOLD = [
    ("en", 1, "Cold burger, wrong drink. When I pointed it out the cashier just shrugged and turned away.",
     "staff_behaviour", "shrugged"),
    ("fr", 1, "Commande incomplète et quand je l'ai signalé, le serveur a haussé les épaules.",
     "staff_behaviour", "haussé les épaules"),
    ("en", 1, "The duty manager said these things happen and walked off. Never again.",
     "staff_behaviour", "these things happen"),
    ("en", 1, "My card was blocked for three days with no explanation and I couldn't pay rent.",
     "fraud_billing", "card was blocked"),
    ("fr", 1, "Mon compte bloqué depuis deux semaines, impossible de retirer mon argent.",
     "fraud_billing", "compte bloqué"),
    ("en", 2, "Nice room but there was a $40 resort fee nobody mentioned when I booked.",
     "fraud_billing", "resort fee"),
    ("en", 1, "The man at the bar kept putting his hands on my friend and the staff did nothing.",
     "discrimination_harassment", "kept putting his hands on"),
    ("fr", 1, "Le réceptionniste m'a demandé si j'étais seule ce soir. Très mal à l'aise.",
     "discrimination_harassment", "demandé si j'étais seule ce soir"),
]


@pytest.mark.parametrize(("lang", "stars", "text", "category", "quote"), TOLD)
def test_told_incident_is_found_with_its_words(
    analyzer: Analyzer, lang: str, stars: int, text: str, category: str, quote: str
) -> None:
    result = analyzer.analyze(text, stars=stars, lang=lang)
    assert category in result.categories
    assert any(quote in e.text for e in result.evidence if e.category == category)


NOTHING = [
    ("en", 5, "Lovely staff, we laughed all evening with the owner. Best pizza in town."),
    ("en", 5, "Small mix-up with the bill, fixed straight away, no apology needed. Great night."),
    # The toilet seat ("le siège") is no head office.
    ("fr", 2, "Chambre correcte, petit déjeuner moyen, le siège des toilettes était un peu bancal."),
    # "Sans prévenir" alone is no hidden fee.
    ("fr", 2, "Rendez-vous annulé sans prévenir, deuxième fois ce mois-ci."),
]


@pytest.mark.parametrize(("lang", "stars", "text"), NOTHING)
def test_look_alikes_report_no_escalation_fraud_or_staff(analyzer: Analyzer, lang: str, stars: int, text: str) -> None:
    shown = set(analyzer.analyze(text, stars=stars, lang=lang).categories)
    assert not shown & {"escalation_threat", "fraud_billing", "staff_behaviour"}


@pytest.mark.xfail(strict=True, reason="the rules see head office, the blend's escalation stacker does not "
                   "decide it (28 real examples); docs/triage-model.md, round 28")
def test_head_office_is_escalation(analyzer: Analyzer) -> None:
    text = "Terrible stay. I've emailed head office and I'm waiting for their answer."
    assert "escalation_threat" in analyzer.analyze(text, stars=1, lang="en").categories
