"""The classifier's intimidation verdict on a sentence about the police is dropped when the
next sentence tells of the business helping the customer who suffered a theft, a loss or
damage (issue 18), as the intimidation rules already did: "We have contacted the police.
They can have our CCTV footage for their investigation." The classifier then shipped (C_alld)
read such first sentences as threats on their own. Beside each, the threat that must still
block. The first three cases blocked before this change."""

from __future__ import annotations

import pytest

from workstation.replies.checks import learned
from workstation.replies.checks.base import CheckContext, fold
from workstation.replies.checks.concepts import fold_same_length
from workstation.replies.checks.conduct import helps_victim_at
from workstation.replies.checks.sentences import split_sentences

from .evaluation import blocking_codes as _blocks

_HELP_IN_NEXT_SENTENCE = [
    ("Your phone went missing during your stay, which is awful. The police have been informed. Our "
     "recordings are at their disposal for the investigation.", "en"),
    ("We are sorry your car was scratched in our car park. We have contacted the police. They can have "
     "our CCTV footage for their investigation.", "en"),
    ("Nous sommes désolés pour le vol de votre vélo devant la boutique. Portez plainte auprès de la "
     "police. Nous leur remettrons nos enregistrements vidéo pour l'enquête.", "fr"),
]


@pytest.mark.parametrize(("draft", "lang"), _HELP_IN_NEXT_SENTENCE)
def test_help_told_in_the_next_sentence_does_not_block(draft: str, lang: str) -> None:
    assert "intimidation" not in _blocks(draft, lang)


def _threat_verdict_on(
    draft: str, lang: str, index: int, monkeypatch: pytest.MonkeyPatch
) -> CheckContext:
    """The draft's context, with the classifier made to read sentence `index` as a threat."""
    sentence = split_sentences(draft)[index]
    verdict = learned.Verdict(sentence.start, sentence.end, "intimidation", 0.99)
    monkeypatch.setattr(learned, "verdicts", lambda _draft: (verdict,))
    return CheckContext(draft=draft, text=fold(draft), lang=lang, folded=fold_same_length(fold(draft)))


@pytest.mark.parametrize(("draft", "lang"), _HELP_IN_NEXT_SENTENCE)
def test_a_threat_verdict_on_the_police_sentence_is_dropped(
    draft: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the change is about, whatever the shipped classifier reads: C_alld read these
    sentences about the police as threats; 18all3's classifier, shipped since 18fb21, reads them
    as fine. A threat verdict on them is dropped because the next sentence tells of help."""
    assert "police" in split_sentences(draft)[1].text
    ctx = _threat_verdict_on(draft, lang, 1, monkeypatch)
    assert learned.model_findings(ctx, "intimidation") == []


def test_a_threat_verdict_beside_a_theft_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _threat_verdict_on("Your bike was stolen, sorry. The police will hear about this.", "en", 1, monkeypatch)
    assert [f.code for f in learned.model_findings(ctx, "intimidation")] == ["intimidation"]


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your bike was stolen, sorry. The police will hear about your review. Our lawyer is watching.", "en"),
    ("We have passed your details to the police. We'll also hand them our camera footage of you.", "en"),
    ("Votre vélo a été volé, désolés. La police entendra parler de votre avis. Notre avocat suit "
     "l'affaire.", "fr"),
])
def test_a_threat_beside_a_theft_still_blocks(draft: str, lang: str) -> None:
    assert "intimidation" in _blocks(draft, lang)


def test_help_is_read_at_the_sentence_of_the_position_only() -> None:
    draft = fold_same_length(
        "The police will hear about this. Thanks for coming. Sorry your bag went missing. "
        "We reported the theft. Our footage is with the police for their investigation."
    )
    assert not helps_victim_at(draft, 0)
    assert helps_victim_at(draft, draft.index("we reported"))


@pytest.mark.parametrize(("draft", "lang"), [
    ("Your bike was stolen, sorry. The police will hear about your review. Our lawyer is watching.", "en"),
    ("Our solicitor is going to hear about you and your little post.", "en"),
    ("Votre vélo a été volé, désolés. La police entendra parler de votre avis.", "fr"),
    ("Notre avocat entendra parler de vous, soyez-en sûr.", "fr"),
])
def test_the_authorities_told_of_the_reader_block_by_the_rules_alone(draft: str, lang: str) -> None:
    """18fb20: the rules, not only the classifier, read the reader or their review reported to
    the police or a lawyer as a threat (a classifier trained on more rounds read it as help)."""
    from .evaluation import blocked

    assert "intimidation" in blocked(draft, lang, model=False)


@pytest.mark.parametrize(("draft", "lang"), [
    ("We are sorry your bike was stolen. The police will hear about the theft from us today, with our CCTV.", "en"),
    ("Désolés pour le vol de votre vélo : la police entendra parler de nos images dès ce soir.", "fr"),
])
def test_the_authorities_told_of_the_theft_is_help(draft: str, lang: str) -> None:
    from .evaluation import blocked

    assert "intimidation" not in blocked(draft, lang, model=False)
