"""A phone number as the business's contact is worded as a call in every built-in template and
composed sentence ("call us on", "appelez-nous au"), and an address keeps the written wording."""

from __future__ import annotations

import re

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.checker import check_draft
from workstation.replies.contact_wording import for_contact, is_phone_number
from workstation.replies.drafting import draft_suggestions
from workstation.replies.loader import builtin_templates_dir, load_templates
from workstation.replies.model import ReplyProfile, ReviewInput
from workstation.replies.placeholders import render

PHONE = "04 91 00 00 00"
ADDRESS = "contact@boulangerie.example"
# What must never stand right before a phone number: a verb of writing, or French "à".
WRITTEN_TO_A_PHONE = {
    "en": re.compile(r"\b(write|writing|e-?mail)\b[^.?!:]{0,12}\b(at|to)\s+" + re.escape(PHONE), re.IGNORECASE),
    "fr": re.compile(r"(\bécri\w*[^.?!]{0,12}|\bà)\s+:?\s*" + re.escape(PHONE), re.IGNORECASE),
}


def _sentences_with_contact() -> list[tuple[str, str]]:
    """(lang, text) of every built-in template body and composed frame that names the contact."""
    found = [(t.lang, t.body) for t in load_templates([builtin_templates_dir()]).templates if "{contact}" in t.body]
    for lang in ("en", "fr"):
        frames = load_blocks(lang).frame
        found += [(lang, s) for options in frames.values() for s in options if "{contact}" in s]
    return found


@pytest.mark.parametrize(
    ("contact", "phone"),
    [
        ("01 23 45 67 89", True), ("+33 1 23 45 67 89", True), ("(555) 123-4567", True), ("06.12.34.56.78", True),
        (ADDRESS, False), ("www.boulangerie.example/contact", False), ("Tel 01 23 45 67 89", False),
        ("12", False), ("1234567890123456789", False), ("", False), (None, False),
    ],
)
def test_only_a_bare_phone_number_counts_as_one(contact: str | None, phone: bool) -> None:
    assert is_phone_number(contact) is phone


def test_every_built_in_sentence_reads_as_a_call_with_a_phone_number() -> None:
    sentences = _sentences_with_contact()
    assert len(sentences) > 60  # templates of both languages and the composer's frames
    wrong = [
        text for lang, text in sentences
        if WRITTEN_TO_A_PHONE[lang].search(render(text, {"contact": PHONE}, lang).text)
    ]
    assert not wrong


def test_an_address_keeps_every_sentence_as_written() -> None:
    for lang, text in _sentences_with_contact():
        assert for_contact(text, ADDRESS, lang) == text
        assert render(text, {"contact": ADDRESS}, lang).text == render(text.replace("{contact}", ADDRESS), {}, lang).text


@pytest.mark.parametrize(
    ("lang", "written", "called"),
    [
        ("fr", "Écrivez-nous à {contact} pour en parler.", f"Appelez-nous au {PHONE} pour en parler."),
        ("fr", "Pourriez-vous nous écrire à {contact} ?", f"Pourriez-vous nous appeler au {PHONE} ?"),
        ("fr", "Un message à {contact} nous aiderait.", f"Un appel au {PHONE} nous aiderait."),
        ("fr", "Envoyez-nous un message à {contact}.", f"Envoyez-nous un message au {PHONE}."),  # a text
        ("fr", "Vous pouvez me joindre à {contact}.", f"Vous pouvez me joindre au {PHONE}."),
        ("fr", "Parlons-en directement : {contact}.", f"Parlons-en directement : {PHONE}."),
        ("en", "Please write to us at {contact}.", f"Please call us on {PHONE}."),
        ("en", "Do email us at {contact} so we can talk.", f"Do call us on {PHONE} so we can talk."),
        ("en", "A message to {contact} would help.", f"A call to {PHONE} would help."),
        ("en", "You can reach me at {contact}.", f"You can reach me at {PHONE}."),
    ],
)
def test_the_verb_and_preposition_follow_the_contact(lang: str, written: str, called: str) -> None:
    assert render(written, {"contact": PHONE}, lang).text == called


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_composed_reply_with_a_phone_number_passes_the_check(lang: str) -> None:
    text = {
        "fr": "45 minutes d'attente, pizzas froides et serveur désagréable.",
        "en": "We waited 45 minutes, the pizzas were cold and the waiter was rude.",
    }[lang]
    review = ReviewInput(id="r1", text=text, stars=1, lang=lang, author="Marie")
    profile = ReplyProfile(signature="Luc", contact=PHONE)
    for suggestion in draft_suggestions(review, profile=profile):
        assert PHONE in suggestion.text and not WRITTEN_TO_A_PHONE[lang].search(suggestion.text)
        findings = check_draft(suggestion.text, lang=lang, review=review, own_contacts=[PHONE])
        assert not [f for f in findings if f.severity.value == "block"], findings
