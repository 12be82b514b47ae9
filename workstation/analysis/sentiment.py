"""Text-only sentiment: a lexicon scorer with negation, boosters, contrast, caps, emoji.

Works on the token stream made by `text.py` (folded NORMs + original offsets) and
returns the overall score in [-1, 1] plus per-clause raw sums, which `topics` uses to
give each topic its own sentiment ("service: negative, food: positive").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .lexicon import LangLexicon, Shifters

SENTENCE_BREAKS = frozenset({".", "!", "?", "…", "\n", "!!", "?!"})
# Squash constants: scores saturate like VADER's x/sqrt(x²+α). The total is first
# divided by a power of the length, hence its smaller α.
ALPHA_TOTAL = 2.0
ALPHA_CLAUSE = 4.0


@dataclass(slots=True)
class Clause:
    """A run of tokens between sentence breaks / contrast words."""

    start: int  # char offset where the clause begins
    end: int  # char offset where the next clause begins (or the text ends)
    raw: float = 0.0
    weight: float = 1.0
    hits: int = 0

    @property
    def sentiment(self) -> float:
        return squash(self.raw, ALPHA_CLAUSE)


@dataclass(frozen=True, slots=True)
class SentimentResult:
    score: float
    clauses: tuple[Clause, ...]
    hits: int


def squash(x: float, alpha: float) -> float:
    return x / math.sqrt(x * x + alpha) if x else 0.0


def _match(lex: LangLexicon, norms: list[str], i: int) -> tuple[tuple[str, ...], float] | None:
    cands = lex.entries.get(norms[i])
    if cands is None:
        return None
    for key, value in cands:
        size = len(key)
        if size == 1 or tuple(norms[i : i + size]) == key:
            return key, value
    return None


def score(
    lex: LangLexicon,
    sh: Shifters,
    norms: list[str],
    texts: list[str],
    starts: list[int],
    all_caps: bool,
) -> SentimentResult:
    """Score one token stream; `starts[i]`/`texts[i]` locate token i in the original."""
    n = len(norms)
    clauses: list[Clause] = [Clause(starts[0] if n else 0, starts[0] if n else 0)]
    sentence_first = 0  # index into clauses of the current sentence's first clause
    clause_start_tok = 0
    i = 0
    entries = lex.entries
    # Words that can start a contrast ("but", "mais", "even though"): most tokens are none,
    # and testing them first saves building a tuple per token.
    contrast_first = {key[0] for key in lex.contrast if key}
    while i < n:
        word = norms[i]
        if word not in entries and word not in contrast_first and word not in SENTENCE_BREAKS:
            i += 1  # the common case: a word that neither scores, nor breaks, nor contrasts
            continue
        if word in SENTENCE_BREAKS:
            if "!" in word:
                for c in clauses[sentence_first:]:
                    c.raw *= 1.0 + sh.exclamation_boost
            clauses[-1].end = starts[i] + len(texts[i])
            clauses.append(Clause(starts[i] + len(texts[i]), starts[i] + len(texts[i])))
            sentence_first = len(clauses) - 1
            clause_start_tok = i + 1
            i += 1
            continue
        contrast = 0
        if (word,) in lex.contrast:
            contrast = 1
        elif i + 1 < n and (word, norms[i + 1]) in lex.contrast:
            contrast = 2
        if contrast:
            prev = clauses[-1]
            prev.weight *= sh.contrast_before
            prev.end = starts[i]
            clauses.append(Clause(starts[i], starts[i], weight=sh.contrast_after))
            clause_start_tok = i + contrast
            i += contrast
            continue
        found = _match(lex, norms, i)
        if found is None:
            i += 1
            continue
        key, value = found
        size = len(key)
        if key[0] not in lex.negators_before:  # "not bad" as a phrase is already shifted
            lo = max(clause_start_tok, i - sh.negation_window)
            for j in range(i - 1, lo - 1, -1):  # a comma or "and" ends the negation's reach
                if norms[j] in lex.scope_breakers:
                    lo = j + 1
                    break
            if any(norms[j] in lex.negators_before for j in range(lo, i)) or (
                key[-1] in lex.post_negated
                and any(norms[j] in lex.negators_after for j in range(i + size, min(n, i + size + 2)))
            ):
                value *= sh.negation_factor
        if i - 1 >= clause_start_tok:
            boost = lex.boosters.get((norms[i - 1],))
            if boost is None and i - 2 >= clause_start_tok:
                boost = lex.boosters.get((norms[i - 2], norms[i - 1]))
            if boost is not None:
                value *= 1.0 + boost
        if not all_caps and len(texts[i]) > 1 and texts[i].isupper():
            value *= 1.0 + sh.caps_boost
        clause = clauses[-1]
        clause.raw += value
        clause.hits += 1
        i += size
    if n:
        clauses[-1].end = max(clauses[-1].end, starts[-1] + len(texts[-1]))
    total = sum(c.raw * c.weight for c in clauses) / (n + 1) ** sh.length_exponent
    kept = tuple(c for c in clauses if c.end > c.start)
    return SentimentResult(squash(total, ALPHA_TOTAL), kept, sum(c.hits for c in clauses))
