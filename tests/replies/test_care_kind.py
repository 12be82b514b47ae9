"""Kind "care" (health and care: practices, dentists, pharmacies, vets, clinics, nursing homes):
its drafts speak of patients, appointments and the care team, and answer the same points as a
"services" draft."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.cli import run_suggest
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import BUSINESS_KINDS, ReplyProfile, ReviewInput

CARE = ReplyProfile(signature="Claire", contact="contact@cabinet.example", kind="care")
SERVICES = ReplyProfile(signature="Claire", contact="contact@cabinet.example", kind="services")
FOOD_HYGIENE = re.compile(r"\b(food|kitchen|plates?|chef|menu|cuisine|assiettes?|aliment\w*|nourriture)\b", re.IGNORECASE)
REVIEWS = [
    ("en", 2, "Waited two hours in A&E with my sick daughter and the receptionist was rude to us."),
    ("fr", 1, "Le médecin ne m'a pas écouté, j'étais malade depuis une semaine et il m'a renvoyé chez moi en 5 minutes."),
    ("en", 3, "The vet was lovely but the bill for my sick cat was shocking."),
    ("en", 1, "The pharmacist gave me the wrong dose of my blood thinner and I ended up bleeding for days."),
    ("fr", 1, "Ma mère est tombée de son lit et s'est blessée, personne n'est venu."),
    ("fr", 2, "Rendez-vous décalé trois fois, secrétariat injoignable."),
]


def test_care_is_a_kind_and_loads_in_both_languages() -> None:
    assert "care" in BUSINESS_KINDS
    for lang in ("en", "fr"):
        blocks = load_blocks(lang, "care")
        assert blocks.issues["health_safety"].fix != load_blocks(lang, "services").issues["health_safety"].fix
        for issue in ("health_safety", "hygiene", "food", "waiting_time", "booking"):
            for sentence in (*blocks.issues[issue].sorry, *blocks.issues[issue].fix, *blocks.issues[issue].short_fix):
                assert not FOOD_HYGIENE.search(sentence), sentence


@pytest.mark.parametrize(("lang", "stars", "text"), REVIEWS)
def test_care_words_the_same_points_as_services(lang: str, stars: int, text: str) -> None:
    # The kind changes the wording only: what a draft answers is read as for every kind (a
    # care-specific reading of the complaints was measured and not kept: docs/reply-composer.md).
    review = ReviewInput(text=text, stars=stars, lang=lang, id="same")
    care, services = draft_suggestions(review, profile=CARE), draft_suggestions(review, profile=SERVICES)
    assert [d.addresses for d in care] == [d.addresses for d in services]
    assert not any(FOOD_HYGIENE.search(d.text) for d in care), care[0].text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_health_point_is_answered_with_the_care_teams_review(lang: str) -> None:
    # The analysis engine found an incident: the care wording answers it as a review of the care.
    text = "I was sick for a week after the visit." if lang == "en" else "J'ai été malade une semaine après la visite."
    review = ReviewInput(text=text, stars=1, lang=lang, categories=("health_safety",), id="given")
    first = draft_suggestions(review, profile=CARE)[0]
    assert "health_safety" in first.addresses
    assert any(f in first.text for f in load_blocks(lang, "care").issues["health_safety"].fix), first.text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_care_drafts_offer_the_practice_contact(lang: str) -> None:
    text = "Rendez-vous annulé sans prévenir, personne au téléphone." if lang == "fr" else (
        "Appointment cancelled without notice and nobody answers the phone.")
    for seed in range(4):
        drafts = draft_suggestions(ReviewInput(text=text, stars=1, lang=lang, id=f"c{seed}"), profile=CARE)
        assert all("contact@cabinet.example" in d.text for d in drafts)
        assert not any(FOOD_HYGIENE.search(d.text) for d in drafts), drafts[0].text


def test_happy_patient_is_thanked_for_the_care(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"text": "Dr Martin was so kind and the nurse really listened. Thank you!",
                                  "stars": 5, "lang": "en", "id": "p"}), encoding="utf-8")
    assert run_suggest(["--review-file", str(review), "--business-kind", "care"]) == 0
    drafts = json.loads(capsys.readouterr().out)
    assert drafts and not any(FOOD_HYGIENE.search(d["text"]) for d in drafts)


# Medical confidentiality (HIPAA in the US, le secret médical in France): a public reply must not
# confirm that the reader is a patient, so no care block speaks of "your visit", "your care",
# "your appointment", "votre consultation", "vos soins", "votre dossier"…
CONFIRMS_A_PATIENT = re.compile(
    r"\byour (?:visit|care|case|appointment|consultation|treatment|records?|child|next)\b|look after you\b|"
    r"\bvos soins\b|\bvotre (?:consultation|dossier|rendez-vous|enfant|venue|visite|traitement|prise en charge|prochaine?)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_care_sentence_confirms_the_reader_is_a_patient(lang: str) -> None:
    blocks = load_blocks(lang, "care")
    sentences = [s for issue in blocks.issues.values() for s in (*issue.sorry, *issue.fix, *issue.short_fix)]
    sentences += [s for variants in (*blocks.frame.values(), *blocks.praise.values()) for s in variants]
    sentences += [issue.noun for issue in blocks.issues.values()]
    assert not [s for s in sentences if CONFIRMS_A_PATIENT.search(s)]
