"""The analysis engine: one review text in, one `Analysis` out.

`Analyzer()` loads every resource once (a corrupt file raises `ResourceError` naming
it); `analyze` then runs tokenisation, language id, sentiment, rule matching, topics,
urgency and per-review flags. Nothing here raises on odd text: empty, emoji-only,
HTML, RTL or huge inputs all give a result.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from spacy.tokens import Doc

from .language import LanguageDetector
from .lexicon import LANGS, Shifters, load_lexicons
from .model import Analysis, AnalysisInput, Evidence, TopicHit
from .rules import CategoryInfo, RuleMatch, RuleSet, TopicInfo
from .sentiment import Clause, SentimentResult, score, squash
from .text import clip, make_tokenizer
from .urgency import urgency_and_level

NEEDS_NEGATIVE_BELOW = 0.1
STAR_MISMATCH_HIGH_STARS_MAX_SENTIMENT = -0.35
STAR_MISMATCH_LOW_STARS_MIN_SENTIMENT = 0.5


def _normalise_lang(lang: str | None) -> str | None:
    if not lang or not isinstance(lang, str):
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if not code:
        return None
    return code if code in LANGS else "other"


class Analyzer:
    """Loads resources once (~0.3 s); `analyze` is then pure CPU work (no I/O).

    Not thread-safe (spaCy's vocab grows as new words are seen): give each worker
    thread or process its own Analyzer.
    """

    def __init__(self, resources: Path | None = None) -> None:
        self._tokenizer = make_tokenizer()
        self._shifters: Shifters
        self._shifters, self._lexicons = load_lexicons(self._tokenizer, resources)
        self._rules = RuleSet(self._tokenizer, resources)
        self._detector = LanguageDetector(resources)
        # "other"/"unknown" texts use the rules of every language, so their cues too.
        self._cancel = dict(self._rules.cancel)
        self._transparent = dict(self._rules.transparent)
        self._cancel["*"] = frozenset().union(*self._rules.cancel.values())
        self._transparent["*"] = frozenset().union(*self._rules.transparent.values())

    @property
    def categories(self) -> dict[str, CategoryInfo]:
        """Severity categories by name, with their EN/FR labels (for filters and badges)."""
        return dict(self._rules.categories)

    @property
    def topics(self) -> dict[str, TopicInfo]:
        """Topics by name, with their EN/FR labels."""
        return dict(self._rules.topics)

    def analyze(
        self,
        text: str,
        *,
        stars: int | None = None,
        lang: str | None = None,
        created_at: datetime | None = None,
        platform: str | None = None,
        now: datetime | None = None,
    ) -> Analysis:
        clean = clip(text if isinstance(text, str) else "" if text is None else str(text))
        return self._analyze_doc(self._tokenizer(clean), clean, stars, lang, created_at, platform, now)

    def analyze_many(
        self, items: Iterable[AnalysisInput], *, now: datetime | None = None
    ) -> Iterator[Analysis]:
        """Lazily analyse `items` in order: a worker can report progress per result and
        cancel by simply stopping the iteration."""
        for item in items:
            yield self.analyze(
                item.text,
                stars=item.stars,
                lang=item.lang,
                created_at=item.created_at,
                platform=item.platform,
                now=now,
            )

    def _analyze_doc(
        self,
        doc: Doc,
        text: str,
        stars: int | None,
        lang_hint: str | None,
        created_at: datetime | None,
        platform: str | None,
        now: datetime | None,
    ) -> Analysis:
        norms: list[str] = []
        texts: list[str] = []
        starts: list[int] = []
        for tok in doc:
            if tok.is_space:
                if "\n" in tok.text:
                    norms.append("\n")
                    texts.append(tok.text)
                    starts.append(tok.idx)
                continue
            norms.append(tok.norm_)
            texts.append(tok.text)
            starts.append(tok.idx)
        lang = _normalise_lang(lang_hint) or self._detector.detect(text, norms)
        stars = stars if isinstance(stars, int) and 1 <= stars <= 5 else None
        senti = self._sentiment(lang, norms, texts, starts, text)
        matches = list(self._rules.matches(doc, lang, norms))
        categories, evidence = self._categories(doc, text, matches, senti.score, lang)
        topics = self._topics(doc, matches, senti.clauses)
        flags: list[str] = []
        if stars is not None and (
            (stars >= 4 and senti.score <= STAR_MISMATCH_HIGH_STARS_MAX_SENTIMENT)
            or (stars <= 2 and senti.score >= STAR_MISMATCH_LOW_STARS_MIN_SENTIMENT)
        ):
            flags.append("star_mismatch")
        if any(m.kind == "flag" and m.name == "mentions_person" for m in matches):
            flags.append("mentions_person")
        infos = [self._rules.categories[c] for c in categories]
        urgency, level = urgency_and_level(senti.score, stars, infos, created_at, now, platform)
        return Analysis(
            lang=lang,
            sentiment=round(senti.score, 4),
            urgency=urgency,
            level=level,
            categories=tuple(categories),
            evidence=tuple(evidence),
            topics=tuple(topics),
            flags=tuple(flags),
        )

    def _sentiment(
        self, lang: str, norms: list[str], texts: list[str], starts: list[int], text: str
    ) -> SentimentResult:
        letters = [c for c in text if c.isalpha()]
        all_caps = bool(letters) and all(c.isupper() for c in letters)
        if lang in self._lexicons:
            return score(self._lexicons[lang], self._shifters, norms, texts, starts, all_caps)
        # Unknown or other language: whichever lexicon recognises more words decides
        # (emoji and loanwords like "super", "top" are shared).
        results = [
            score(lex, self._shifters, norms, texts, starts, all_caps) for lex in self._lexicons.values()
        ]
        return max(results, key=lambda r: r.hits)

    def _cancelled(self, doc: Doc, m: RuleMatch, lang: str) -> bool:
        """Whether a negatable match is negated or hypothetical.

        The nearest word before the match that is not 'transparent' (articles,
        possessives, copulas) decides; a match starting with a cue ("no refund",
        "pas aimable") is kept. Token patterns are also cancelled by a cue inside
        their wildcard gap ("the waiter was not rude").
        """
        key = lang if lang in self._cancel else "*"
        cancel, transparent = self._cancel[key], self._transparent[key]
        if doc[m.start].norm_ in cancel:
            return False
        if m.pattern and any(doc[j].norm_ in cancel for j in range(m.start + 1, m.end - 1)):
            return True
        j = m.start - 1
        while j >= 0:
            tok = doc[j]
            j -= 1
            if tok.is_space:
                if "\n" in tok.text:
                    return False
                continue
            norm = tok.norm_
            if norm in transparent:
                continue
            return norm in cancel
        return False

    def _categories(
        self, doc: Doc, text: str, matches: list[RuleMatch], sentiment: float, lang: str
    ) -> tuple[list[str], list[Evidence]]:
        found: dict[str, list[tuple[int, int]]] = {}
        for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
            if m.kind != "category":
                continue
            info = self._rules.categories[m.name]
            if (info.needs_negative or m.gated) and sentiment >= NEEDS_NEGATIVE_BELOW:
                continue
            if info.negatable and self._cancelled(doc, m, lang):
                continue
            spans = found.setdefault(m.name, [])
            if any(s <= m.start and m.end <= e for s, e in spans):
                continue  # inside a longer hit of the same category
            spans[:] = [(s, e) for s, e in spans if not (m.start <= s and e <= m.end)]
            spans.append((m.start, m.end))
        for name, s, e in list(self._rules.implied(doc, lang, found)):
            if (s, e) not in found.setdefault(name, []):
                found[name].append((s, e))
        evidence: list[Evidence] = []
        for name, spans in found.items():
            info = self._rules.categories[name]
            for s, e in spans:
                start = doc[s].idx
                end = doc[e - 1].idx + len(doc[e - 1].text)
                evidence.append(Evidence(name, info.label_en, info.label_fr, start, end, text[start:end]))
        evidence.sort(key=lambda ev: (ev.start, ev.category))
        ordered = sorted(found, key=lambda n: -self._rules.categories[n].severity)
        return ordered, evidence

    def _topics(self, doc: Doc, matches: list[RuleMatch], clauses: tuple[Clause, ...]) -> list[TopicHit]:
        clause_starts = [c.start for c in clauses]
        by_topic: dict[str, tuple[int, int, list[float]]] = {}
        for m in matches:
            if m.kind != "topic":
                continue
            start = doc[m.start].idx
            end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
            pos = bisect.bisect_right(clause_starts, start) - 1
            raw = clauses[pos].raw if 0 <= pos < len(clauses) else 0.0
            first = by_topic.get(m.name)
            if first is None:
                by_topic[m.name] = (start, end, [raw])
            else:
                first[2].append(raw)
                if start < first[0]:
                    by_topic[m.name] = (start, end, first[2])
        hits = [
            TopicHit(name, round(squash(sum(raws), 4.0), 4), start, end)
            for name, (start, end, raws) in by_topic.items()
        ]
        hits.sort(key=lambda h: h.start)
        return hits

