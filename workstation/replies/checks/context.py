"""Checks that depend on the situation: length limit, language, placeholders, near-duplicate,
acknowledgement on bad reviews, thanks on good ones, empty draft."""

from __future__ import annotations

import re

from ..langguess import guess_language
from ..limits import limit_for
from ..model import Finding, Severity
from ..placeholders import all_missing_labels
from ..similarity import most_similar
from .base import CheckContext, finding, match_findings, words

EMPTY = "empty_draft"
LENGTH = "length_limit"
LANGUAGE = "language_mismatch"
PLACEHOLDER = "unfilled_placeholder"
DUPLICATE = "near_duplicate"
NO_ACK = "missing_acknowledgement"
NO_THANKS = "missing_thanks"

DUPLICATE_THRESHOLD = 0.6

_EMPTY_MSG = ("The reply is empty.", "La réponse est vide.")
_LANG_NAMES = {
    "en": ("English", "anglais"),
    "fr": ("French", "français"),
    "de": ("German", "allemand"),
    "es": ("Spanish", "espagnol"),
    "it": ("Italian", "italien"),
    "nl": ("Dutch", "néerlandais"),
}
_PLACEHOLDER_MSG = (
    "Unfilled placeholder: replace it before posting.",
    "Champ à compléter : remplacez-le avant de publier.",
)
_BRACES = re.compile(
    r"\{\{?\s*[A-Za-z_][\w ]{0,30}\}\}?|<\s*(?:name|nom|prénom|first ?name)\s*>"
    r"|\b(?:XXX+|TODO|TBD|À COMPLÉTER|A COMPLETER)\b"
)
# "[customer name]", "[nom du client]", "[date]": a blank typed by hand.
_BLANKS = re.compile(
    r"\[[^\[\]\n]{0,25}\b(?:name|nom|prénom|customer|client|date|e-?mail|phone|téléphone|"
    r"number|numéro)\b[^\[\]\n]{0,25}\]",
    re.IGNORECASE,
)
_LABELS = re.compile("|".join(re.escape(label) for label in sorted(all_missing_labels())))
_DUP_MSG = (
    "Near-duplicate of a reply already posted: readers notice copy-paste. Personalise it.",
    "Presque identique à une réponse déjà publiée : les lecteurs le remarquent. Personnalisez-la.",
)
_ACK_MSG = (
    "A reply to a 1–2★ review needs an acknowledgement or an apology.",
    "Une réponse à un avis 1–2★ doit reconnaître le problème ou présenter des excuses.",
)
_ACK = words(
    r"sorry|apolog\w*|regret\w*|understand\w*|hear that|to hear|"
    r"not the experience|not what you|disappoint\w*|frustrat\w*|fell short|let you down|"
    r"upsetting|unacceptable|take (this|it|your \w+) (very )?seriously|thank you for (raising|"
    r"flagging|telling|letting|reporting|pointing)|concern\w*|should not have|shouldn't have|"
    r"désolée?s?|excuses?|excusez|regrett\w*|navrée?s?|pardon|compren\w*|déçue?s?|déception|"
    r"décevant\w*|pas à la hauteur|au sérieux|inacceptable|merci de nous (avoir|l'avoir) "
    r"(signalé|prévenu|fait part|informé)|merci d'avoir (soulevé|signalé|relevé)|"
    r"n'aurait pas dû|n'auraient pas dû|"
    # owning the fault in other words: "forgive us", "veuillez nous excuser", "we should have
    # told you", "nous aurions dû", "our mistake", "nous déplorons"
    r"excus\w*|forgive\w*|(?:we|i) should have|should've|could have done better|"
    # ("not our fault" / "pas notre faute" disown it: no acknowledgement)
    r"(?<!not )(?<!n't )(?:our|my) (?:mistake|fault|error)|mea culpa|(?:nous aurions|on aurait|j'aurais) dû|"
    r"(?<!pas )(?<!aucunement )(?:notre|ma) (?:erreur|faute)|d[ée]plor\w*"
)
_THANKS_MSG = (
    "A reply to a happy customer should thank them.",
    "Une réponse à un client satisfait devrait le remercier.",
)
_THANKS = words(
    r"thanks?\w*|thank you|grateful|gratitude|appreciat\w*|merci\w*|remerci\w*|reconnaissante?s?"
)


def empty(ctx: CheckContext) -> list[Finding]:
    if ctx.draft.strip():
        return []
    return [finding(EMPTY, Severity.BLOCK, _EMPTY_MSG, 0, len(ctx.draft))]


def length(ctx: CheckContext) -> list[Finding]:
    limit = limit_for(ctx.platform)
    if limit is None or limit.measure(ctx.draft) <= limit.max:
        return []
    size = limit.measure(ctx.draft)
    unit_en, unit_fr = (
        ("bytes", "octets") if limit.unit == "bytes" else ("characters", "caractères")
    )
    msg = (
        f"Too long for {ctx.platform}: {size} {unit_en}, the limit is {limit.max}.",
        f"Trop long pour {ctx.platform} : {size} {unit_fr}, la limite est {limit.max}.",
    )
    return [finding(LENGTH, Severity.BLOCK, msg, limit.cut_offset(ctx.draft), len(ctx.draft))]


def language(ctx: CheckContext) -> list[Finding]:
    expected = ctx.review_lang or ctx.lang
    found = guess_language(ctx.text)
    if found is None or expected is None or found == expected:
        return []
    got = _LANG_NAMES.get(found, (found, found))
    want = _LANG_NAMES.get(expected, (expected, expected))
    msg = (
        f"The reply looks {got[0]} but the review is in {want[0]}.",
        f"La réponse semble en {got[1]} alors que l'avis est en {want[1]}.",
    )
    return [finding(LANGUAGE, Severity.WARN, msg, 0, len(ctx.draft))]


def placeholders(ctx: CheckContext) -> list[Finding]:
    out = match_findings(
        PLACEHOLDER, Severity.BLOCK, _PLACEHOLDER_MSG, ctx.text, _BRACES, _LABELS, _BLANKS
    )
    return out


def duplicate(ctx: CheckContext) -> list[Finding]:
    if not ctx.previous or not ctx.draft.strip():
        return []
    score, _ = most_similar(ctx.draft[:20_000], ctx.previous)
    if score < DUPLICATE_THRESHOLD:
        return []
    return [finding(DUPLICATE, Severity.WARN, _DUP_MSG, 0, len(ctx.draft))]


def acknowledgement(ctx: CheckContext) -> list[Finding]:
    if ctx.stars is None or ctx.stars > 2 or not ctx.draft.strip() or _ACK.search(ctx.text):
        return []
    return [finding(NO_ACK, Severity.WARN, _ACK_MSG, 0, _first_sentence_end(ctx.draft))]


def thanks(ctx: CheckContext) -> list[Finding]:
    if ctx.stars is None or ctx.stars < 4 or not ctx.draft.strip() or _THANKS.search(ctx.text):
        return []
    return [finding(NO_THANKS, Severity.HINT, _THANKS_MSG, 0, _first_sentence_end(ctx.draft))]


def _first_sentence_end(text: str) -> int:
    m = re.search(r"[.!?\n]", text[:2000])
    return m.end() if m else min(len(text), 2000)
