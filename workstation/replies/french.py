"""French article contraction where noun phrases are put into a sentence.

A block such as "Ce que vous dites de {list}" receives nouns that carry their article
("le service", "les plats"); French then requires "du service et des plats", and "à" gives
"au", "aux". In a list the preposition is repeated before every noun, as French does. Only
the preposition written right before the placeholder counts: a pronoun that happens to follow
"de" or "à" elsewhere ("vous ayez à le réclamer") must stay as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
_ARTICLE = re.compile(r"(le|les) ", re.IGNORECASE)


def with_preposition(prep: str, noun: str) -> str:
    """"de" + "le service" → "du service"; other articles keep the preposition ("de la carte")."""
    article = _ARTICLE.match(noun)
    if article is None:
        return f"{prep} {noun}"
    short = _CONTRACTED[(prep.lower(), article.group(1).lower())]
    return (short.capitalize() if prep[0].isupper() else short) + " " + noun[article.end() :]


def join_nouns(nouns: Sequence[str], conjunction: str, prep: str = "") -> str:
    """"a, b and c", each noun preceded by `prep` (contracted) when one is given."""
    parts = [with_preposition(prep.lower(), n) if prep else n for n in nouns]
    if prep:
        parts[0] = with_preposition(prep, nouns[0])
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def insert_nouns(sentence: str, placeholder: str, nouns: Sequence[str], conjunction: str) -> str:
    """`sentence` with `{placeholder}` replaced by the listed `nouns`, contracting "de le" → "du"."""
    marker = "{" + placeholder + "}"
    found = re.search(r"(?<![\w'])([Dd]e|[Àà]) " + re.escape(marker), sentence)
    if found is None:
        return sentence.replace(marker, join_nouns(nouns, conjunction))
    listed = join_nouns(nouns, conjunction, found.group(1))
    return sentence[: found.start()] + listed + sentence[found.end() :]
