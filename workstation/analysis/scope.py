"""Whether the words found for a critical category report a real incident where they stand.

The rules' own negation looks at the one word before a hit ("no cockroach", "worried about
food poisoning"). Reviews also mention incidents that did not happen to them in wider
ways; the guide (../shared/data/SEVERITY_GUIDE.md) says negated or hypothetical mentions do
not count, nor an illness or injury not attributed to the business. Cue phrases in
resources/analysis/scope.json mark them:

- ``accusation`` (any review): earlier in the hit's clause, words someone said *of the
  customer* ("told me to stop harassing his staff", "m'a accusé de vol");
- in a review that is not negative (sentiment ≥ the rules' gate, as for 'gated' phrases,
  so a complaint keeps every hit):
  ``hypothetical``, earlier in the same clause, a worry, fear or search ("worried reading
  reviews about people getting sick", "looking for bed bugs");
  ``treated``, earlier in the same clause, the condition the business treated or the customer
  came for, not harm it caused ("saw the nurse for my chest infection", "brought my son in with
  a bad asthma attack", "suite à une entorse"; round 26c);
  ``self_caused``, in the same sentence, the reviewer's own doing ("tripped over my own
  shoelace", "ma faute");
  ``all_clear``, anywhere after the hit, nothing happened after all ("no reaction", "we were
  totally fine", "plus de peur que de mal").

A cue right after a negator ("not my fault") does not count. The cue lists were written
from the guide and general usage, fixed before the grouped cross-validation that measures
them (docs/triage-model.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .resources import ResourceError, load_json, resources_dir
from .text import expand_braces, phrase_norms

SCOPE_FILE = "scope.json"
KINDS = ("accusation", "hypothetical", "treated", "self_caused", "all_clear")
# Sentence ends, as the analyzer's sentence-level evidence reads them.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", ";", "!!", "?!", "...", "\n"})
# A hypothetical or accusation cue reaches at most this many words forward in its clause.
CLAUSE_REACH = 12


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    start: int  # index in the word list (spaces left out), end exclusive
    end: int


class ScopeCues:
    """Compiled cue phrases; `defused` says which evidence spans do not report an incident."""

    def __init__(self, tokenizer: Tokenizer, base: Path | None = None) -> None:
        folder = base or resources_dir()
        path = folder / SCOPE_FILE
        data = load_json(SCOPE_FILE, folder)
        self._phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # first word → (kind, words)
        for kind in KINDS:
            for words in self._read(path, data, kind, tokenizer):
                self._phrases.setdefault(words[0], []).append((kind, words))
        self._breaks = frozenset(w for words in self._read(path, data, "clause_breaks", tokenizer) for w in words)
        self._negators = frozenset(w for words in self._read(path, data, "negators", tokenizer) for w in words)

    @staticmethod
    def _read(path: Path, data: dict[str, Any], kind: str, tokenizer: Tokenizer) -> Iterable[tuple[str, ...]]:
        spec = data.get(kind)
        if not isinstance(spec, dict):
            raise ResourceError(path, f"'{kind}' must map language → list of phrases")
        for lang, items in spec.items():
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise ResourceError(path, f"{kind}.{lang}: phrases must be a list of strings")
            for item in items:
                for text in expand_braces(item):
                    words = phrase_norms(tokenizer, text)
                    if words:
                        yield words

    def defused(
        self, doc: Doc, spans: list[tuple[int, int]], positive_review: bool
    ) -> list[bool]:
        """For each token span of `doc` (end exclusive), whether a cue says it is no incident."""
        words = [(i, t.norm_) for i, t in enumerate(doc) if not t.is_space or "\n" in t.text]
        norms = [n if n.strip() else "\n" for _i, n in words]
        position = {i: k for k, (i, _n) in enumerate(words)}
        cues = self._cues(norms)
        if not cues:
            return [False] * len(spans)
        out = []
        for start, end in spans:
            first = _word_at(position, start, len(norms))
            last = _word_at(position, end - 1, len(norms))
            out.append(any(self._applies(cue, norms, first, last, positive_review) for cue in cues))
        return out

    def _cues(self, norms: list[str]) -> list[_Cue]:
        found = []
        for k, norm in enumerate(norms):
            for kind, words in self._phrases.get(norm, ()):
                if tuple(norms[k : k + len(words)]) == words and not (k and norms[k - 1] in self._negators):
                    found.append(_Cue(kind, k, k + len(words)))
        return found

    def _applies(self, cue: _Cue, norms: list[str], first: int, last: int, positive_review: bool) -> bool:
        if cue.kind == "accusation" or (cue.kind in ("hypothetical", "treated") and positive_review):
            return cue.end <= first and first - cue.end <= CLAUSE_REACH and not any(
                n in self._breaks or n in SENTENCE_ENDS for n in norms[cue.end : first]
            )
        if not positive_review:
            return False
        if cue.kind == "self_caused":
            gap = norms[cue.end : first] if cue.end <= first else norms[last + 1 : cue.start]
            return not any(n in SENTENCE_ENDS for n in gap)
        return cue.kind == "all_clear" and cue.start > last


def _word_at(position: dict[int, int], token: int, size: int) -> int:
    """The word-list index of a token (a span never starts or ends on a space)."""
    return position.get(token, min(size - 1, max(0, token)))
