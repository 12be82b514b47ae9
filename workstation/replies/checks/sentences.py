"""Split a draft into sentences with their offsets, and turn a sentence into the word forms
the reply-check classifier reads.

The classifier judges one sentence at a time, so the sentence it objects to is the span the
window highlights. Word forms are shared by training and the app (one function, one truth):
accents stripped, apostrophes unified, every digit written 0 (a phone number or a booking
code is a shape, not a value), lower case except capitalised words inside a sentence, which
are most often names (a named employee, a customer's name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Sentences beyond these limits are not classified: every platform's reply limit is far
# below, and a pasted 100 kB text must not cost seconds.
MAX_CHARS = 6_000
MAX_SENTENCES = 40
MAX_WORDS = 80  # a run-on "sentence" is read up to this many words

_SENTENCE_END = re.compile(r"(?<=[.!?…;])[\"»”)\]]*\s+|\n\s*|(?<=[\U0001F300-\U0001FAFF])\s+")
_TOKEN = re.compile(r"\d+|[^\W\d_]+'?|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(draft: str) -> list[Sentence]:
    """Non-empty sentences of the first `MAX_CHARS` characters of `draft`, in order."""
    head = draft[:MAX_CHARS]
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(head):
        _add(out, head, pos, m.start())
        pos = m.end()
        if len(out) >= MAX_SENTENCES:
            return out[:MAX_SENTENCES]
    _add(out, head, pos, len(head))
    return out[:MAX_SENTENCES]


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not any(ch.isalnum() for ch in stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    out.append(Sentence(s, s + len(stripped), stripped))


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    if ch in "’‘`´ʼ":
        return "'"
    if ch.isdigit():
        return "0"
    base = unicodedata.normalize("NFD", ch)
    return "".join(c for c in base if not unicodedata.combining(c)) or ch


def model_words(sentence: str) -> list[str]:
    """The word forms of one sentence, as the classifier was trained on them."""
    folded = "".join(_fold(ch) for ch in sentence[:MAX_CHARS])
    words = []
    for i, m in enumerate(_TOKEN.finditer(folded)):
        word = m.group()
        # A capital at the start of a sentence says nothing; inside it, it is likely a name.
        if i == 0 or not word[:1].isupper() or word.isupper():
            word = word.lower()
        words.append(word)
        if len(words) >= MAX_WORDS:
            break
    return words or ["."]
