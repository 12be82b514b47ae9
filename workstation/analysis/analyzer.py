"""The analysis engine: one review text in, one `Analysis` out.

`Analyzer()` loads every resource once (a corrupt file raises `ResourceError` naming
it); `analyze` then runs tokenisation, language id, sentiment, rule matching, topics,
urgency and per-review flags. Nothing here raises on odd text: empty, emoji-only,
HTML, RTL or huge inputs all give a result.

Who decides (`decider`): "rules" (the hand-written rules alone, the previous engine),
"model" (the trained triage models of `triage.py` alone), "blend" (`blend.py`: a small
stacker per category weighs the model's probability with what the rules saw, and the
model's sentiment with the lexicon's) or "blend+rc" (the blend, plus every critical
category the rules alone would report: the stacker never drops a critical rule verdict), or
"blend+ev" (blend+rc, plus the learned evidence finder of evidence_finder.py: its best
sentence is the evidence of a decided category no rule points at, and adds a category of
its own above an out-of-fold threshold in a review that is not positive).
With the model or a blend deciding, the rules only *locate the words* that justify a
category (else the sentence the model scores highest for it), and a category with no
evidence to show is dropped. Whatever the decider, critical evidence that scope.py says
reports no incident (a worry, an accusation against the customer, the reviewer's own doing,
an all-clear later in a review that is not negative) is not shown, and a critical category
left without evidence is dropped. Which one is the default, and why,
is measured by bench/triage_cv.py (cross-validation grouped by source) and written in
docs/triage-model.md. The lexicon gives each topic its own sentiment either way.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Literal

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, NORM
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from .blend import RuleSignals
from .evidence_finder import EvidenceFinder
from .language import LanguageDetector
from .lexicon import LANGS, Shifters, load_lexicons
from .model import Analysis, AnalysisInput, Evidence, TopicHit
from .resources import ResourceError
from .rules import CategoryInfo, RuleMatch, RuleSet, TopicInfo
from .scope import ScopeCues
from .sentiment import Clause, SentimentResult, score, squash
from .text import clip, make_tokenizer
from .triage import DEFAULT_CATEGORY_READING, CategoryReading, TriageModel, TriageScores
from .urgency import urgency_and_level
from .word_vectors import LanguageVectorInput

NEEDS_NEGATIVE_BELOW = 0.1
STAR_MISMATCH_HIGH_STARS_MAX_SENTIMENT = -0.35
STAR_MISMATCH_LOW_STARS_MIN_SENTIMENT = 0.5
# analyze_many scores this many reviews per model call: one call per review would cost
# more in overhead than the prediction itself.
MODEL_BATCH = 256
# Sentence-level evidence for a category the rules cannot point at: the best sentence
# must reach the category's threshold on its own, and at least this probability
# (measured on the hand-written sets: with only the threshold, precision fell from 0.97
# to 0.72 for one point of recall; see docs/triage-model.md).
SENTENCE_EVIDENCE_MIN = 0.5
# Which bar that best sentence must reach: "fixed" (the category's threshold and
# SENTENCE_EVIDENCE_MIN, the default) or "model-threshold" (the category's threshold only:
# what the model needs to decide the category alone). Round 8 (issue 17u, grouped CV):
# "model-threshold" found no critical review more and added false alarms, so "fixed" stays.
EvidenceBar = Literal["fixed", "model-threshold"]
DEFAULT_EVIDENCE_BAR: EvidenceBar = "fixed"
# Word vectors as one more input of the blend (word_vectors.py; round 9, issue 17v): the
# triage model must then carry them and a blend fit with them. Not the default: measured in
# grouped CV, see docs/triage-model.md.
DEFAULT_VECTORS = False
# Evidence from the vectors: the sentence whose mean vector the category's vector regression
# scores highest, if its probability reaches this.
VECTOR_EVIDENCE_MIN = 0.5
Decider = Literal["rules", "model", "blend", "blend+rc", "blend+ev"]
BLEND_DECIDERS = frozenset({"blend", "blend+rc", "blend+ev"})
# "blend+ev": blend+rc, plus the learned evidence finder (evidence_finder.py) as evidence and
# as a finder of categories nobody else decided. Not the default: see docs/triage-model.md.
RULE_CRITICAL_DECIDERS = frozenset({"blend+rc", "blend+ev"})
# The first decider to beat the rules in grouped cross-validation on both critical recall and
# micro F1 (2026-12-03, round 2: blend+rc 0.55 / 0.62, rules 0.54 / 0.60, the blend alone
# 0.47 / 0.61; docs/triage-model.md). Switching changes results: bump ANALYSIS_VERSION with it.
DEFAULT_DECIDER: Decider = "blend+rc"
SENTENCE_ENDS = frozenset({".", "!", "?", "…", ";", "\n", "!!", "?!", "..."})
_READ_ATTRS = [NORM, IS_SPACE, IDX, LENGTH]
_SENTENCE_ATTRS = [NORM, IS_SPACE, IS_PUNCT, IDX, LENGTH]


def _normalise_lang(lang: str | None) -> str | None:
    if not lang or not isinstance(lang, str):
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if not code:
        return None
    return code if code in LANGS else "other"


@dataclass(slots=True)
class _Reading:
    """A review read up to the point where the model's scores are needed."""

    doc: Doc
    text: str
    lang: str
    has_words: bool
    senti: SentimentResult
    matches: list[RuleMatch]
    # Each folded word once, sorted, then the markers (what the shipped models read).
    features: list[str]
    # Every token's folded form in reading order ("\n" for a line break, "" kept): the
    # categories model of an "ordered" triage model reads its words (`_ordered_features`).
    norms: list[str]
    markers: list[str]


class Analyzer:
    """Loads resources once (~0.3 s); `analyze` is then pure CPU work (no I/O).

    Not thread-safe (spaCy's vocab grows as new words are seen): give each worker
    thread or process its own Analyzer.
    """

    def __init__(
        self,
        resources: Path | None = None,
        *,
        triage: TriageModel | None = None,
        rules_decide: bool | None = None,
        decider: Decider | None = None,
        finder: EvidenceFinder | None = None,
        scope: bool = True,
        evidence_bar: EvidenceBar = DEFAULT_EVIDENCE_BAR,
        vectors: bool = DEFAULT_VECTORS,
    ) -> None:
        """`decider` says who decides (default DEFAULT_DECIDER); the older `rules_decide`
        flag means "rules" (True) or "model" (False). `scope=False` keeps critical evidence
        that scope.py says is no incident (the engine before issue 17f, for measuring).
        `evidence_bar` is what the best sentence must reach to show a decided category no rule
        points at (see EvidenceBar). `vectors=True` makes the blend read the triage model's word
        vectors (its blend must have been fit with them) and lets a sentence the vector
        regression scores ≥ VECTOR_EVIDENCE_MIN be the evidence of a decided category."""
        if decider is None:
            decider = DEFAULT_DECIDER if rules_decide is None else "rules" if rules_decide else "model"
        self._triage = triage
        self._finder = finder
        self._evidence_bar: EvidenceBar = evidence_bar
        self._vectors = vectors
        # Shown categories whose evidence is the vector regression's sentence (for the bench).
        self.vector_evidence: Counter[str] = Counter()
        self._vector_found: set[str] = set()
        self.decider: Decider = decider
        self._rules_decide = decider == "rules"
        self._tokenizer = make_tokenizer()
        self._shifters: Shifters
        self._shifters, self._lexicons = load_lexicons(self._tokenizer, resources)
        self._rules = RuleSet(self._tokenizer, resources)
        self._detector = LanguageDetector(resources)
        self._scope = ScopeCues(self._tokenizer, resources) if scope else None
        # "other"/"unknown" texts use the rules of every language, so their cues too.
        self._cancel = dict(self._rules.cancel)
        self._transparent = dict(self._rules.transparent)
        self._cancel["*"] = frozenset().union(*self._rules.cancel.values())
        self._transparent["*"] = frozenset().union(*self._rules.transparent.values())
        # NORM hash → string: a dict lookup is cheaper than the StringStore's.
        self._norm_strings: dict[int, str] = {}
        self._string_store = self._tokenizer.vocab.strings

    @property
    def model(self) -> TriageModel:
        """The triage models, loaded on first use (after the window's first paint)."""
        if self._triage is None:
            self._triage = TriageModel.load()
        return self._triage

    @property
    def finder(self) -> EvidenceFinder:
        """The learned evidence finder ("blend+ev"), loaded on first use."""
        if self._finder is None:
            self._finder = EvidenceFinder.load()
        return self._finder

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
        read = self._read(_clean(text), lang)
        scores = None if self._rules_decide else self._score([read])[0]
        return self._finish(read, scores, stars, created_at, platform, now)

    def analyze_many(
        self, items: Iterable[AnalysisInput], *, now: datetime | None = None
    ) -> Iterator[Analysis]:
        """Lazily analyse `items` in order: a worker can report progress per result and
        cancel by simply stopping the iteration (the model scores MODEL_BATCH at a time)."""
        iterator = iter(items)
        while chunk := list(islice(iterator, MODEL_BATCH)):
            reads = [self._read(_clean(item.text), item.lang) for item in chunk]
            scores: list[TriageScores | None] = (
                [None] * len(reads) if self._rules_decide else list(self._score(reads))
            )
            for item, read, score_ in zip(chunk, reads, scores, strict=True):
                yield self._finish(read, score_, item.stars, item.created_at, item.platform, now)

    def _score(self, reads: list[_Reading]) -> list[TriageScores]:
        """The model's scores; an "ordered" model's categories classifier reads each review's
        words in reading order (`_ordered_features`), its sentiment classifier as always."""
        model = self.model
        ordered = [_ordered_features(r) for r in reads] if model.reading == "ordered" else None
        return model.score([r.features for r in reads], ordered)

    def model_features(self, text: str, lang: str | None = None) -> list[str]:
        """What the triage models read for `text` (used to train them, too)."""
        return self._read(_clean(text), lang).features

    def blend_inputs(
        self, text: str, lang: str | None = None, reading: CategoryReading = DEFAULT_CATEGORY_READING,
    ) -> tuple[list[str], RuleSignals]:
        """What the models read and what the rules saw, for training the blend; `reading`
        "ordered": what an ordered categories classifier reads (round 13, see CategoryReading)."""
        read = self._read(_clean(text), lang)
        return read.features if reading == "sorted" else _ordered_features(read), self._signals(read)[0]

    def sentence_features(self, text: str, lang: str | None = None) -> list[tuple[int, int, list[str]]]:
        """Each sentence of `text` as (start char, end char, what the evidence finder reads);
        none for a text without words."""
        read = self._read(_clean(text), lang)
        doc = read.doc
        return [
            (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), features)
            for (s, e), features in self._sentence_rows(read)
        ]

    def sentence_tokens(self, text: str) -> list[list[str]]:
        """The folded words of each sentence of `text` in reading order, punctuation left out
        (what training/word_vectors.py counts co-occurrences in); none for a text without words."""
        doc = self._tokenizer(_clean(text))
        if not any(not t.is_space for t in doc):
            return []
        out = []
        for (s, e), _words in _sentence_words(doc):
            tokens = [folded for _surface, folded in _surface_tokens(doc[s:e])]
            if tokens:
                out.append(tokens)
        return out

    def surface_tokens(self, text: str, lang: str | None = None) -> tuple[str, list[tuple[str, str]]]:
        """The language `text` is read in and its (lower-cased surface form, folded form) words
        (round 10: what pretrained vectors keyed by surface forms read)."""
        read = self._read(_clean(text), lang)
        return read.lang, _surface_tokens(read.doc)

    def span_features(self, text: str, lang: str | None = None) -> list[str]:
        """What the evidence finder reads for `text` taken as one sentence (an evidence quote)."""
        read = self._read(_clean(text), lang)
        return sorted(set(_words(read.doc))) + self._markers(read.doc, read.matches, read.lang, 0.0)

    def _sentence_rows(self, read: _Reading) -> list[tuple[tuple[int, int], list[str]]]:
        """Token spans of the sentences and their features (the rule hits inside each, no
        sentiment: the same features the model's sentence-level evidence reads)."""
        if not read.has_words:
            return []
        doc, matches = read.doc, read.matches
        return [
            ((s, e), words + self._markers(doc, [m for m in matches if s <= m.start and m.end <= e], read.lang, 0.0))
            for (s, e), words in _sentence_words(doc)
        ]

    def _learned_evidence(
        self, read: _Reading, decided: set[str], found: dict[str, list[tuple[int, int]]], sentiment: float
    ) -> dict[str, list[tuple[int, int]]]:
        """The finder's sentences: evidence for a decided category nobody could point at (score
        ≥ SENTENCE_EVIDENCE_MIN), and categories of their own where a sentence reaches the
        category's add threshold in a review that is not positive (as the rules' gates)."""
        finder = self.finder
        wanted = [
            c for c in finder.labels
            if c not in found and (c in decided or (c in finder.add_thresholds and sentiment < NEEDS_NEGATIVE_BELOW))
        ]
        if not wanted:
            return found
        rows = self._sentence_rows(read)
        if not rows:
            return found
        matrix = finder.matrix([features for _span, features in rows])
        found = dict(found)
        for name in wanted:
            j = finder.labels.index(name)
            best = int(matrix[:, j].argmax())
            needed = SENTENCE_EVIDENCE_MIN if name in decided else finder.add_thresholds[name]
            if matrix[best, j] >= needed:
                found[name] = [rows[best][0]]
        return found

    def _signals(self, read: _Reading) -> tuple[RuleSignals, dict[str, list[tuple[int, int]]]]:
        """What the rules saw, and the spans they locate with the gates off (the evidence)."""
        lexicon = read.senti.score
        deciding = self._rule_spans(read.doc, read.matches, read.lang, lexicon)
        locating = self._rule_spans(read.doc, read.matches, read.lang, None)
        negated = frozenset(f[2:-4] for f in read.features if f.startswith("__") and f.endswith("_neg"))
        return RuleSignals(frozenset(deciding), frozenset(locating), negated, lexicon), locating

    def _read(self, text: str, lang_hint: str | None) -> _Reading:
        """Everything that does not need the model: tokens, language, lexicon, rule hits."""
        doc = self._tokenizer(text)
        norms: list[str] = []
        texts: list[str] = []
        starts: list[int] = []
        words: set[str] = set()
        strings = self._norm_strings
        # One pass over plain integer arrays: a Python Token object per token cost more
        # than all the work done on it.
        table = doc.to_array(_READ_ATTRS)
        norm_ids: list[int] = table[:, 0].tolist()
        for norm_id, space, start, length in table.tolist():
            tok_text = text[start : start + length]
            if space:
                if "\n" in tok_text:
                    norms.append("\n")
                    texts.append(tok_text)
                    starts.append(start)
                continue
            norm = strings.get(norm_id)
            if norm is None:
                norm = strings[norm_id] = self._string_store[norm_id]
            norms.append(norm)
            texts.append(tok_text)
            starts.append(start)
            if norm:
                words.add(norm)
        lang = _normalise_lang(lang_hint) or self._detector.detect(text, norms)
        senti = self._sentiment(lang, norms, texts, starts, text)
        matches = list(self._rules.matches(doc, lang, norms, norm_ids))
        # Each word once: with counts, long reviews drown the few words that matter.
        features = sorted(words)
        markers = self._markers(doc, matches, lang, senti.score) if features else []
        features += markers
        return _Reading(doc, text, lang, bool(features), senti, matches, features, norms, markers)

    def _markers(self, doc: Doc, matches: list[RuleMatch], lang: str, lexicon_score: float) -> list[str]:
        """Rule hits and the lexicon's verdict as extra words for the models: the model
        learns when a rule hit is an incident and when it is a dish name in a happy review."""
        markers = {f"__lex{round(lexicon_score * 2):+d}"}
        for m in matches:
            if m.kind != "category":
                continue
            info = self._rules.categories[m.name]
            kind = "neg" if info.negatable and self._cancelled(doc, m, lang) else "gated" if m.gated else "hit"
            markers.add(f"__{m.name}_{kind}")
        return sorted(markers)

    def _finish(
        self,
        read: _Reading,
        scores: TriageScores | None,
        stars: int | None,
        created_at: datetime | None,
        platform: str | None,
        now: datetime | None,
    ) -> Analysis:
        doc, text, lang, senti, matches = read.doc, read.text, read.lang, read.senti, read.matches
        stars = stars if isinstance(stars, int) and 1 <= stars <= 5 else None
        if scores is None:
            sentiment = senti.score
            found = self._rule_spans(doc, matches, lang, sentiment)
        elif self.decider in BLEND_DECIDERS:
            sentiment, found = self._blend(read, scores)
        else:
            # An empty text says nothing (the model would answer its prior), and the model
            # knows only French and English words: other languages keep the lexicon's
            # emoji and loanwords rather than a guess from unknown tokens.
            if not read.has_words:
                sentiment = 0.0
            elif lang in LANGS:
                sentiment = 2.0 * scores.positive - 1.0
            else:
                sentiment = senti.score
            decided = set(self.model.decided(scores)) if read.has_words else set()
            found = self._model_spans(doc, matches, lang, decided)
        if self._scope is not None:
            # Not negative: 4-5 stars where the rating is known, else the lexicon's verdict as
            # for the rules' own gates (the blend's sentiment reads the incident words
            # themselves: "bed bugs" makes a spotless-hotel review negative).
            positive = stars >= 4 if stars is not None else senti.score >= NEEDS_NEGATIVE_BELOW
            found = self._in_scope(doc, found, positive)
        if self._vector_found:
            self.vector_evidence.update(c for c in self._vector_found if c in found)
            self._vector_found = set()
        categories, evidence = self._evidence(doc, text, found)
        topics = self._topics(doc, matches, senti.clauses)
        flags: list[str] = []
        if stars is not None and (
            (stars >= 4 and sentiment <= STAR_MISMATCH_HIGH_STARS_MAX_SENTIMENT)
            or (stars <= 2 and sentiment >= STAR_MISMATCH_LOW_STARS_MIN_SENTIMENT)
        ):
            flags.append("star_mismatch")
        if any(m.kind == "flag" and m.name == "mentions_person" for m in matches):
            flags.append("mentions_person")
        infos = [self._rules.categories[c] for c in categories]
        urgency, level = urgency_and_level(sentiment, stars, infos, created_at, now, platform)
        return Analysis(
            lang=lang,
            sentiment=round(sentiment, 4),
            urgency=urgency,
            level=level,
            categories=tuple(categories),
            evidence=tuple(evidence),
            topics=tuple(topics),
            flags=tuple(flags),
        )

    def _blend(self, read: _Reading, scores: TriageScores) -> tuple[float, dict[str, list[tuple[int, int]]]]:
        """Sentiment and evidence spans when the blend decides (same fallbacks as the model:
        nothing for a text without words, the lexicon for languages the model never saw)."""
        blend = self.model.blend
        if blend is None:
            raise ResourceError(Path("triage") / "blend.json", "the triage model has no blend")
        if not read.has_words:
            return 0.0, {}
        signals, located = self._signals(read)
        sentiment = blend.sentiment(read.lang, scores.positive, signals.lexicon) if read.lang in LANGS else signals.lexicon
        vector_logits = None
        if self._vectors or blend.uses_vectors:
            vectors = self.model.vectors
            if vectors is None or not (self._vectors and blend.uses_vectors):
                raise ResourceError(Path("triage"), "the blend and Analyzer(vectors=...) disagree on word vectors, "
                                    "or the triage model has none")
            if isinstance(vectors, LanguageVectorInput):
                vector_logits = vectors.logits(read.lang, read.features, _surface_tokens(read.doc))
            else:
                vector_logits = vectors.logits(read.features)
        decided = set(blend.decided(scores.categories, signals, vector_logits))
        if self.decider in RULE_CRITICAL_DECIDERS:
            # The rules' critical verdicts (sentiment gates on) are kept as they are: the
            # stacker may add critical categories the rules miss, never remove theirs.
            decided |= {c for c in signals.decide if self._rules.categories[c].critical}
        found = self._model_spans(read.doc, read.matches, read.lang, decided, located)
        if self.decider == "blend+ev":
            found = self._learned_evidence(read, decided, found, sentiment)
        return sentiment, found

    def _in_scope(
        self, doc: Doc, found: dict[str, list[tuple[int, int]]], positive_review: bool
    ) -> dict[str, list[tuple[int, int]]]:
        """`found` without the critical evidence scope.py says reports no incident (a worry,
        an accusation against the customer, their own doing, or an all-clear later in a
        `positive_review`); a critical category left with no evidence is dropped."""
        critical = [c for c in found if self._rules.categories[c].critical]
        if not critical or self._scope is None:
            return found
        spans = [span for c in critical for span in found[c]]
        verdicts = iter(self._scope.defused(doc, spans, positive_review))
        kept = dict(found)
        for name in critical:
            left = [span for span in found[name] if not next(verdicts)]
            if left:
                kept[name] = left
            else:
                del kept[name]
        return kept

    def _sentiment(
        self, lang: str, norms: list[str], texts: list[str], starts: list[int], text: str
    ) -> SentimentResult:
        # All caps: at least one letter and every letter upper case (stops at the first lower one).
        letters = (c for c in text if c.isalpha())
        first = next(letters, None)
        all_caps = first is not None and first.isupper() and all(c.isupper() for c in letters)
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

    def _model_spans(
        self, doc: Doc, matches: list[RuleMatch], lang: str, decided: set[str],
        located: dict[str, list[tuple[int, int]]] | None = None,
    ) -> dict[str, list[tuple[int, int]]]:
        """Token spans of evidence for each category the model (or the blend) decided.

        The rules point at the words (sentiment gates off: the model already judged
        the context); a decided category they cannot point at gets the sentence the
        model itself scores highest for it among those of the category's domain (its
        'sentence_anchors' words), if that sentence alone is convincing enough.
        """
        if not decided:
            return {}
        if located is None:
            located = self._rule_spans(doc, matches, lang, None)
        found = {c: spans for c, spans in located.items() if c in decided}
        missing = [c for c in self.model.labels if c in decided and c not in found]
        if missing:
            # An "ordered" model reads each sentence's words in reading order too.
            rows = _sentence_words(doc, ordered=self.model.reading == "ordered")
            sentences = [span for span, _words in rows]
            matrix = self.model.category_matrix_of([
                words + self._markers(doc, [m for m in matches if s <= m.start and m.end <= e], lang, 0.0)
                for (s, e), words in rows
            ])
            unseen = []
            for name in missing:
                j = self.model.labels.index(name)
                # Only a sentence of the category's domain can be shown as its evidence (round
                # 30): on new sources the model's best "health & safety" sentence was often an
                # app that did not work or a law firm's service, which no owner could act on.
                scores = [
                    score if self._rules.anchored(name, words) else -1.0
                    for score, (_span, words) in zip(matrix[:, j].tolist(), rows, strict=True)
                ]
                best = max(range(len(scores)), key=scores.__getitem__)
                if scores[best] >= self._sentence_bar(name):
                    found[name] = [sentences[best]]
                else:
                    unseen.append(name)
            if unseen and self._vectors and self.model.vectors is not None:
                found.update(self._vector_spans(doc, lang, rows, unseen))
        return found

    def _vector_spans(
        self, doc: Doc, lang: str, rows: list[tuple[tuple[int, int], list[str]]], names: list[str]
    ) -> dict[str, list[tuple[int, int]]]:
        """Evidence from the word vectors: for each of `names`, the sentence whose mean vector
        its vector regression scores highest, if that probability reaches VECTOR_EVIDENCE_MIN."""
        vectors = self.model.vectors
        assert vectors is not None
        if isinstance(vectors, LanguageVectorInput):
            logits, labels = vectors.sentence_logits(
                lang, [(words, _surface_tokens(doc[s:e])) for (s, e), words in rows])
        else:
            logits = vectors.sentence_logits([words for _span, words in rows])
            labels = vectors.regression.labels
        bar = math.log(VECTOR_EVIDENCE_MIN / (1 - VECTOR_EVIDENCE_MIN))
        out = {}
        for name in names:
            if name not in labels:
                continue
            column = logits[:, labels.index(name)]
            best = int(column.argmax())
            if column[best] >= bar:
                out[name] = [rows[best][0]]
                self._vector_found.add(name)
        return out

    def _sentence_bar(self, name: str) -> float:
        """What the best sentence must score for `name` to be its evidence."""
        threshold = self.model.thresholds.get(name, 0.5)
        return threshold if self._evidence_bar == "model-threshold" else max(threshold, SENTENCE_EVIDENCE_MIN)

    def _rule_spans(
        self, doc: Doc, matches: list[RuleMatch], lang: str, sentiment: float | None
    ) -> dict[str, list[tuple[int, int]]]:
        """Category → token spans of rule hits (negated hits removed). With a `sentiment`,
        gated rules need a negative review, as when the rules alone decided."""
        found: dict[str, list[tuple[int, int]]] = {}
        for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
            if m.kind != "category":
                continue
            info = self._rules.categories[m.name]
            gated = info.needs_negative or m.gated
            if gated and sentiment is not None and sentiment >= NEEDS_NEGATIVE_BELOW:
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
        return found

    def _evidence(
        self, doc: Doc, text: str, found: dict[str, list[tuple[int, int]]]
    ) -> tuple[list[str], list[Evidence]]:
        """Categories (most severe first) and their evidence as character spans."""
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



def _clean(text: object) -> str:
    return clip(text if isinstance(text, str) else "" if text is None else str(text))


def _words(doc: Doc | Span) -> list[str]:
    """What the triage models read: folded word forms, whitespace left out."""
    return [t.norm_ for t in doc if not t.is_space and t.norm_]


def _surface_tokens(doc: Doc | Span) -> list[tuple[str, str]]:
    """(lower-cased surface form, folded form) of each word, spaces and punctuation left out:
    what surface-keyed vectors read (round 10); `Analyzer.sentence_tokens` keeps the folded
    forms (what round 9's vectors are counted from)."""
    return [(t.text.lower(), t.norm_) for t in doc if not t.is_space and not t.is_punct and t.norm_]


def _ordered_features(read: _Reading) -> list[str]:
    """What an "ordered" categories classifier reads (round 13): every folded word in reading
    order, duplicates kept (`_words(read.doc)`), then the rule markers; none without words."""
    if not read.has_words:
        return []
    return [n for n in read.norms if n and n != "\n"] + read.markers


def _sentence_words(doc: Doc, ordered: bool = False) -> list[tuple[tuple[int, int], list[str]]]:
    """Token spans of the sentences of `doc` (end exclusive, blank ones left out, trimmed of
    spaces and punctuation) with their words as the models read them (sorted, each once; with
    `ordered`, in reading order with duplicates, as an "ordered" categories classifier reads).

    Read from integer arrays rather than Token objects, which cost more than the rest of
    the sentence-level evidence (tests/analysis/test_analysis_fast_paths.py keeps the
    Token version as the reference)."""
    strings = doc.vocab.strings
    ends = {strings.add(e) for e in SENTENCE_ENDS}
    text = doc.text
    table: list[list[int]] = doc.to_array(_SENTENCE_ATTRS).tolist()
    spans: list[tuple[int, int]] = []
    start, has_word = 0, False
    for i, (norm_id, space, _punct, idx, length) in enumerate(table):
        has_word = has_word or not space
        if norm_id in ends or (space and "\n" in text[idx : idx + length]):
            if has_word:
                spans.append((start, i + 1))
            start, has_word = i + 1, False
    if has_word:
        spans.append((start, len(table)))
    # An evidence span starts and ends on a word, not on the punctuation around it.
    out: list[tuple[tuple[int, int], list[str]]] = []
    for s, e in spans:
        while s < e and (table[s][1] or table[s][2]):
            s += 1
        while e > s and (table[e - 1][1] or table[e - 1][2]):
            e -= 1
        if s < e:
            out.append(((s, e), _span_words(table, strings, s, e, ordered)))
    return out or [((0, len(table)), _span_words(table, strings, 0, len(table), ordered))]


def _span_words(table: list[list[int]], strings: StringStore, start: int, end: int, ordered: bool = False) -> list[str]:
    """`sorted(set(_words(doc[start:end])))` from the rows of `_SENTENCE_ATTRS` (with
    `ordered`: `_words(doc[start:end])`)."""
    if ordered:
        return [w for row in table[start:end] if not row[1] and (w := strings[row[0]])]
    words = {strings[row[0]] for row in table[start:end] if not row[1]}
    words.discard("")
    return sorted(words)
