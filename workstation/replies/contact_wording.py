"""The offline channel's wording when the business's contact is a phone number.

Templates and composed drafts were written for an address ("write to us at {contact}",
"écrivez-nous à {contact}"), but the settings invite a phone number too ("01 23 45 67 89"),
and "Please write to us at 01 23 45 67 89" is not what a shop owner would post. When the
contact is a phone number, the verb and preposition just before `{contact}` are rewritten
("call us on", "appelez-nous au") before the value is filled in; any other wording is left
as it was, so a template a user wrote keeps its words.
"""

from __future__ import annotations

import re
from functools import partial

# Only digits and the separators people type in phone numbers; letters or "@" mean an
# address, a web page or a sentence, which keep the written wording.
_PHONE = re.compile(r"\+?[\d\s().\-/]+\Z")
_MIN_DIGITS, _MAX_DIGITS = 6, 15  # ITU-T E.164 numbers have at most 15 digits

_C = r"\{contact\}"
_Rewrite = tuple[re.Pattern[str], str]
#: (pattern, replacement) in order; each pattern ends at the placeholder, and the
#: replacement takes the case of the words it replaces ("Écrivez" -> "Appelez"). French
#: first renames the verbs of writing, then turns any remaining "à" into "au" ("joindre au").
_REWRITES: dict[str, list[_Rewrite]] = {
    "fr": [
        (re.compile(r"\b[ÉéEe]crivez-(?P<who>nous|moi)\s*(?:à|:)\s*" + _C), "appelez-{who} au {{contact}}"),
        (re.compile(r"\b[ÉéEe]crivez à " + _C), "appelez le {{contact}}"),
        (re.compile(r"\b(?P<who>nous|me) écrire à " + _C), "{who} appeler au {{contact}}"),
        # A sentence that starts "Un message à …" becomes a call; "envoyez-nous un message au
        # 01…" (a text message) only changes its preposition, below.
        (re.compile(r"\bUn message à " + _C), "un appel au {{contact}}"),
        (re.compile(r"\b[Cc]ontactez " + _C), "contactez le {{contact}}"),
        (re.compile(r"\bà " + _C), "au {{contact}}"),
    ],
    "en": [
        (re.compile(r"\b(?:[Ww]rite to|[Ee]mail) us at " + _C), "call us on {{contact}}"),
        (re.compile(r"\b[Ww]rite to " + _C), "call {{contact}}"),
        (re.compile(r"\bA message to " + _C), "a call to {{contact}}"),  # "send us a message at" stays
    ],
}


def is_phone_number(contact: str | None) -> bool:
    """True when the contact is a phone number and nothing else ("+33 1 23 45 67 89")."""
    if not contact or not _PHONE.match(contact.strip()):
        return False
    return _MIN_DIGITS <= sum(ch.isdigit() for ch in contact) <= _MAX_DIGITS


def for_contact(text: str, contact: str | None, lang: str) -> str:
    """`text` (a template body or a composed sentence, `{contact}` not yet filled) worded
    for this contact: unchanged unless the contact is a phone number."""
    if "{contact}" not in text or not is_phone_number(contact):
        return text
    for pattern, replacement in _REWRITES.get(lang, []):
        text = pattern.sub(partial(_like, replacement), text)
    return text


def _like(replacement: str, match: re.Match[str]) -> str:
    new = replacement.format(**match.groupdict())
    return new[0].upper() + new[1:] if match.group(0)[0].isupper() else new
