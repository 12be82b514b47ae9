"""The kinds of false block found by blind round 8 (issue 18), each with harmless
look-alikes that must pass and the real offence that must still be caught: a first name
that is also slang, laughter, and a short hyphenated word read as a name. Then the gates
that keep the classifier's doubts off sentences that cannot be in its category at all."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.checks import content, learned, structure
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.model import ReviewInput


def _severities(draft: str, lang: str, code: str) -> set[str]:
    """Severities of the rule findings of `code` on `draft` (classifier off)."""
    found = check_draft(
        draft, lang=lang, platform="google_business", review=ReviewInput(stars=1, lang=lang),
        model=False,
    )
    return {f.severity.value for f in found if f.code == code}


@pytest.mark.parametrize(
    "draft",
    [
        "Thank you! Our manager, Karen, will call you tomorrow to sort out the refund.",
        "Karen and the whole team loved having you.",
        "Je transmets à Karen, notre responsable de salle, qui vous rappellera.",
        "Karen's team has already replaced the lamp.",
    ],
)
def test_a_first_name_that_is_also_slang_is_a_person_when_written_as_a_name(
    draft: str,
) -> None:
    lang = "fr" if "notre" in draft else "en"
    assert "block" not in _severities(draft, lang, "personal_attack")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("You're a real Karen.", "en"),
        ("Such a Karen move to complain about the napkins.", "en"),
        ("ok karen, we'll sort it", "en"),
        ("Typical Karen behaviour.", "en"),
        ("Quelle Karen, franchement.", "fr"),
        ("Une vraie Karen, cette cliente.", "fr"),
    ],
)
def test_the_name_used_as_an_epithet_still_blocks(draft: str, lang: str) -> None:
    assert "block" in _severities(draft, lang, "personal_attack")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Haha, yes, our dog Biscuit does think every guest has come to see him.", "en"),
        ("lol our oven has a mind of its own some days, sorry about the wait!", "en"),
        ("Haha, notre chat Pistache vous salue !", "fr"),
        ("mdr, le chef en rit encore, merci pour votre visite !", "fr"),
    ],
)
def test_laughter_alone_is_at_most_a_warning(draft: str, lang: str) -> None:
    assert "block" not in _severities(draft, lang, "sarcasm")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("lol, maybe learn to read the menu.", "en"),
        ("haha your review made our day, what a tragedy", "en"),
        ("trois minutes d'attente pour un cafe, le drame du siecle lol", "fr"),
        ("mdr votre avis, sérieusement", "fr"),
    ],
)
def test_laughter_at_the_review_or_with_a_lecture_still_blocks(draft: str, lang: str) -> None:
    assert "block" in _severities(draft, lang, "sarcasm")


def test_a_lone_laugh_is_still_flagged() -> None:
    assert _severities("lol", "en", "sarcasm") == {"warn"}


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("We're sorry the Wi-Fi dropped during your stay.", "en"),
        ("The Hi-Fi broke, so the music stopped early.", "en"),
        ("Désolés que le Wi-Fi ait coupé pendant votre séjour.", "fr"),
    ],
)
def test_a_short_hyphenated_word_is_not_a_name(draft: str, lang: str) -> None:
    assert not _severities(draft, lang, "blames_employee")


@pytest.mark.parametrize(
    ("draft", "lang"),
    [
        ("Jean-Pierre forgot your order.", "en"),
        ("Sorry, Marie-Jo forgot your order.", "en"),
        ("That was Jo-Ann's mistake.", "en"),
        ("Jean-Pierre a oublié votre commande.", "fr"),
    ],
)
def test_a_hyphenated_first_name_is_still_blamed(draft: str, lang: str) -> None:
    assert "block" in _severities(draft, lang, "blames_employee")


def _training_sentences(label: str) -> list[str]:
    folder = Path(__file__).resolve().parents[2] / "training" / "reply_check"
    rows = [
        json.loads(line)
        for path in sorted(folder.glob("written_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")  # "#": a file's header comment
    ]
    return [row["text"] for row in rows if row["label"] == label]


@pytest.mark.parametrize(
    "sentence",
    [
        "A new router was installed on Monday.",
        "La bougie, c'était la moindre des choses.",
        "There's a free car park two minutes away on Mill Lane.",
    ],
)
def test_a_short_statement_without_a_reason_cannot_be_an_excuse(sentence: str) -> None:
    assert not content.could_justify(sentence, fold_same_length(sentence))


def test_a_reason_or_a_long_sentence_can_be_an_excuse() -> None:
    for sentence in (
        "Late because of the snow.",
        "We'll be sure to have a team of counsellors on standby for the next time a scone is dry.",
    ):
        assert content.could_justify(sentence, fold_same_length(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # The composer's own apology for several faults (18all3's classifier read it as excuses).
        "We also regret the way you were treated, the wait, the food, the service and the value for money.",
        "We also regret our team's attitude, the wait, the food, the service, the room and the value for money.",
        "Nous regrettons aussi l'attente, la cuisine, le service, le bruit et le rapport qualité-prix.",
        "Nous sommes vraiment désolés pour l'attente, le plat froid, le bruit de la salle et l'addition.",
    ],
)
def test_an_apology_for_a_list_of_faults_is_no_excuse(sentence: str) -> None:
    assert not content.could_justify(sentence, fold_same_length(sentence))


def test_an_apology_followed_by_reasons_can_still_be_an_excuse() -> None:
    for sentence in (
        "We're so sorry, but the heating failed, the rota was short and half-term brought twice the crowds.",
        "We regret the wait, which was due to two staff off sick and a delivery that came in late.",
        "Nous sommes désolés, mais le four est tombé en panne, un serveur était malade et la salle était pleine.",
    ):
        assert content.could_justify(sentence, fold_same_length(sentence))


@pytest.mark.parametrize(
    ("label", "gate"),
    [
        ("incentive", structure.could_be_incentive),
        ("justification", content.could_justify),
        ("personal_data", content.about_someone),
    ],
)
def test_every_training_sentence_of_a_category_passes_its_gate(
    label: str, gate: Callable[[str, str], bool]
) -> None:
    sentences = _training_sentences(label)
    assert sentences
    assert {s for s in sentences if not gate(s, fold_same_length(s))} == GATE_GAPS.get(label, set())


# Sentences of a category's training files that its gate does not let through, so a
# classifier verdict on them would be dropped. The twelve incentives of
# `written_wide_*.jsonl` (18t) once listed here — a review named only as "this" / "the
# post", a bare number of stars ("give us five", "au moins 4"), a kinder "wording" or
# "évaluation", "reviewers who change their minds" — pass since 18g widened the incentive
# concept (tests/replies/test_incentive_implied_review.py); a new gap shows up here.
# Six incentives of `written_deep_*.jsonl` (18w2, merged by 18dn) fail it: the review named
# as "a kinder word", "a positive update", "writes something nice", "vos propos" retirés. Left
# as gaps (a right verdict on them is dropped); widening the gate is a change of its own.
GATE_GAPS: dict[str, set[str]] = {
    "incentive": {
        "A kinder word on here and we'll throw in a free lesson.",
        "A positive update from you and the second tattoo session is on the house.",
        "Every reviewer who writes something nice gets entered into our hamper raffle.",
        "Un mot plus gentil ici et on vous offre une leçon de conduite.",
        "Une mise à jour positive et la deuxième séance de tatouage est pour la maison.",
        "Nous sommes prêts à vous rembourser intégralement dès que vous aurez retiré vos propos.",
    },
}


@pytest.mark.parametrize(
    ("gate", "sentence"),
    [
        (structure.could_be_incentive, "Five stars from a fellow baker means a great deal to us."),
        (structure.could_be_incentive, "Cinq étoiles de la part d'une boulangère, quelle fierté."),
        (content.about_someone, "Le nouveau menu est à 18 €."),
        (content.about_someone, "Starters from £6.50 this winter."),
    ],
)
def test_a_sentence_without_the_ingredients_is_outside_the_category(
    gate: Callable[[str, str], bool], sentence: str
) -> None:
    assert not gate(sentence, fold_same_length(sentence))


@pytest.mark.parametrize(
    ("gate", "sentence"),
    [
        (structure.could_be_incentive, "Make it a 5 and we'll make it worth your while."),
        (structure.could_be_incentive, "Any chance you'd revisit those two stars?"),
        (content.about_someone, "The account registered to 14 Elm Grove shows no such order."),
        (content.about_someone, "Votre table de 6 le samedi 21 à 20 h 30."),
        (content.about_someone, "Les résultats d'analyse récupérés lundi étaient normaux."),
    ],
)
def test_a_sentence_with_the_ingredients_stays_in_the_category(
    gate: Callable[[str, str], bool], sentence: str
) -> None:
    assert gate(sentence, fold_same_length(sentence))


def test_a_signature_after_a_greeting_word_is_a_name() -> None:
    draft = "Merci pour votre visite, à bientôt !\nUne bise Karen"
    assert "block" not in _severities(draft, "fr", "personal_attack")


def test_a_doubt_outside_the_category_is_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier's verdict on a sentence its category cannot hold is dropped."""

    def verdicts(draft: str) -> tuple[learned.Verdict, ...]:
        return (learned.Verdict(0, len(draft.rstrip()), "incentive", 1.0),)

    monkeypatch.setattr(learned, "verdicts", verdicts)
    found = check_draft("Four stars from a fellow florist made our week.", lang="en")
    assert not [f for f in found if f.code == "review_incentive"]
