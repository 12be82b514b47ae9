"""Tokenisation shared by every analysis step.

One spaCy `Vocab` + rule-based `Tokenizer` for EN and FR (blank pipelines, no model):
lexeme NORM is the lower-cased, accent-folded form, computed once per distinct word
and cached by spaCy, so lexicons and phrase patterns match "déçu", "DECU" and "decu"
alike. The rules split French elisions ("l'hôtel" → "l'", "hôtel"), emoji, and the
"titleBody" joins that Trustpilot exports leave ("Très bienLivraison rapide").
Token offsets (`token.idx`) always index the original text.
"""

from __future__ import annotations

import re

from spacy.attrs import IDS, NORM
from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .normalize import fold

# Longer texts are analysed on their first MAX_CHARS characters: bounded time per review,
# and offsets stay valid because a prefix keeps positions.
MAX_CHARS = 20_000

_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_OPEN = r"""[\[\(\{"'«“‘¿¡<*#@~_]"""
_CLOSE = r"""[\]\)\}"'»”’.,!?;:…>*~_%]"""
_PREFIX = re.compile(rf"^(?:{_OPEN}|[!?.,;:…]|[{_EMOJI}])")  # "!Jamais": no space after "!"
_SUFFIX = re.compile(rf"(?:{_CLOSE}|[{_EMOJI}])$")
_INFIX = re.compile(
    r"(?:(?<=\b[cdjlmnstCDJLMNST]['’])|(?<=\b[qQ]u['’]))(?=\w)"  # French elision
    r"|(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])"  # "bienLivraison": title glued to body
    rf"|[{_EMOJI}]"
    r"|(?<=\w)[.,!?;:…/()\"+=*<>]+(?=\w)"  # "good.The", "prix/qualité"
    r"|(?<=[^\W\d])-(?=\d)|(?<=\d)-(?=[^\W\d])"
)


# The word attributes anything reads from these tokens: NORM (everything), IS_SPACE and
# IS_PUNCT (the analyzer), IS_TITLE and LIKE_NUM (token patterns; rules.py refuses a pattern
# reading any other). spaCy calls every getter once per new word: its twenty-two cost more
# than the tokenising itself on a fresh vocabulary, and the others were never read.
LEXEME_ATTRS = ("NORM", "IS_SPACE", "IS_PUNCT", "IS_TITLE", "LIKE_NUM")


def make_tokenizer() -> Tokenizer:
    """A fresh tokenizer whose vocab computes NORM with `fold` (and the LEXEME_ATTRS)."""
    getters = {IDS[name]: LEX_ATTRS[IDS[name]] for name in LEXEME_ATTRS}
    getters[NORM] = fold
    vocab = Vocab(lex_attr_getters=getters)
    return Tokenizer(
        vocab,
        rules={},
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )


def clip(text: str) -> str:
    """The part of `text` that is analysed."""
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS]


_ELISION_GAP = re.compile(r"(\b\w{1,5}['’])\s+(?=\w)")


def clean_phrase(phrase: str) -> str:
    """Collapse spaces and glue elisions ("m' a" → "m'a") so a resource phrase is
    tokenised exactly like the same words inside a review."""
    return _ELISION_GAP.sub(r"\1", " ".join(phrase.split()))


def phrase_norms(tokenizer: Tokenizer, phrase: str) -> tuple[str, ...]:
    """The NORM sequence of a lexicon/pattern phrase, tokenised like review text."""
    doc: Doc = tokenizer(clean_phrase(phrase))
    return tuple(t.norm_ for t in doc if not t.is_space)


def expand_braces(pattern: str) -> list[str]:
    """'rembours{er,é{,e},ement}' → ['rembourser', 'remboursé', 'remboursée', 'remboursement'].

    Lets resource files list inflections compactly (blank pipelines have no lemmatiser).
    """
    start = pattern.find("{")
    if start < 0:
        return [pattern]
    depth, options, piece_start = 0, [], start + 1
    for pos in range(start, len(pattern)):
        char = pattern[pos]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                options.append(pattern[piece_start:pos])
                head, tail = pattern[:start], pattern[pos + 1 :]
                return [x for o in options for x in expand_braces(head + o + tail)]
        elif char == "," and depth == 1:
            options.append(pattern[piece_start:pos])
            piece_start = pos + 1
    return [pattern]  # unbalanced: taken literally
