"""Severity categories, topics and person-mention rules as spaCy matchers.

All rule text lives in resources/analysis (categories.json, topics.json, flags.json);
this module only compiles it: `{a,b}` alternatives are expanded, phrases go to a
PhraseMatcher on NORM (folded form), token patterns to a Matcher, and `@set` names in
IN/NOT_IN lists are replaced by the file's word sets. 'near' rules (a word of one set
within a few tokens of a word of another, in the same sentence) are matched here
directly: as Matcher patterns, long optional-token gaps branch at every token and made
the analysis several times slower. 'implies' rules derive a category from another one
with a context word nearby (a health hit next to "my son" is also a minors' issue), and
'keep_whole' words become tokenizer special cases. A category's 'sentence_anchors' are the
words of its domain: a sentence without one cannot be the model's evidence for it (`anchored`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from spacy.attrs import NORM, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .normalize import fold
from .resources import ResourceError, load_json, resources_dir
from .text import LEXEME_ATTRS, clean_phrase, expand_braces

CATEGORIES_FILE = "categories.json"
TOPICS_FILE = "topics.json"
FLAGS_FILE = "flags.json"
RULE_LANGS = ("en", "fr")
PHRASE_BATCH = 256
# What a token pattern may test: the word attributes the tokenizer computes, the text itself,
# the operator, and our anchor mark (removed before spaCy sees the pattern).
PATTERN_KEYS = frozenset(LEXEME_ATTRS) | {"ORTH", "TEXT", "LENGTH", "OP", "_anchor"}
# A 'near' pair never spans a sentence end.
SENTENCE_ENDS = (".", "!", "?", "…", ";", "\n")


def _speaks(rule_lang: str, lang: str) -> bool:
    """Whether a rule of `rule_lang` ("any", "en", "fr") reads a review in `lang`: a review in a
    language no rule is written for is read by every rule, as the best guess we have."""
    return rule_lang in ("any", lang) or lang not in RULE_LANGS


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    name: str
    label_en: str
    label_fr: str
    severity: float
    critical: bool
    negatable: bool
    needs_negative: bool


@dataclass(frozen=True, slots=True)
class TopicInfo:
    name: str
    label_en: str
    label_fr: str


# The kind of the 'not_incidents' phrases (set phrases that name no incident).
NOT_INCIDENT = "not_incident"


class RuleMatch(NamedTuple):
    """One rule hit. A named tuple, not a frozen dataclass: a review makes dozens, and a
    frozen dataclass's __init__ cost more than finding them."""

    kind: str  # "category" | "topic" | "flag"
    name: str
    start: int  # token indexes, end exclusive
    end: int
    gated: bool = False  # from 'gated_phrases': counts only in a negative review
    pattern: bool = False  # from a token pattern (wildcards may hide a negation inside)


@dataclass(frozen=True, slots=True)
class _Near:
    match_id: int
    window: int  # max token distance between the two words
    ordered: bool  # the 'a' word must come first


@dataclass(frozen=True, slots=True)
class _Implication:
    """'implies': a `source` hit with a word of `words` nearby also counts as `target`."""

    target: str
    source: str
    words: dict[str, frozenset[str]]  # per rule language
    window: int


def _anchor_pattern(path: Path, name: str, spec: object) -> re.Pattern[str]:
    """One pattern matching a whole folded word of any language's 'sentence_anchors' list
    ("sick*": any word starting with "sick")."""
    if not isinstance(spec, dict) or not all(isinstance(words, list) for words in spec.values()):
        raise ResourceError(path, f"category {name}: 'sentence_anchors' must map language → list")
    alternatives = sorted({
        re.escape(fold(word.removesuffix("*"))) + (r"\S*" if word.endswith("*") else "")
        for words in spec.values() for word in words if isinstance(word, str) and word.strip("*")
    })
    if not alternatives:  # an empty list would keep every model sentence of the category out
        raise ResourceError(path, f"category {name}: 'sentence_anchors' lists no word")
    return re.compile("|".join(alternatives))


def _expand_sets(node: Any, sets: dict[str, list[str]], path: Path) -> Any:
    """Fold NORM/LOWER strings and replace '@set' entries inside IN/NOT_IN lists."""
    if isinstance(node, list):
        out: list[Any] = []
        for item in node:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in sets:
                    raise ResourceError(path, f"unknown word set {item}")
                out.extend(sets[item[1:]])
            else:
                out.append(_expand_sets(item, sets, path))
        return out
    if isinstance(node, dict):
        return {
            k: _expand_sets([v] if isinstance(v, str) and v.startswith("@") else v, sets, path)
            for k, v in node.items()
        }
    if isinstance(node, str):
        return fold(node)
    return node


def _sets(data: dict[str, Any], path: Path) -> dict[str, list[str]]:
    raw = data.get("sets", {})
    if not isinstance(raw, dict):
        raise ResourceError(path, "'sets' must be an object")
    return {str(k): [fold(str(w)) for w in v] for k, v in raw.items()}


class RuleSet:
    """Compiled matchers over one tokenizer's vocab."""

    def __init__(self, tokenizer: Tokenizer, base: Path | None = None) -> None:
        folder = base or resources_dir()
        self._tokenizer = tokenizer
        self._phrases = PhraseMatcher(tokenizer.vocab, attr="NORM")
        self._tokens = Matcher(tokenizer.vocab)
        self._keys: dict[int, tuple[str, str, str]] = {}  # match id → (kind, lang, name)
        self._pattern_ids: set[int] = set()
        # 'not_incidents' phrase match ids → their language (see `_load_categories`).
        self._not_incident_ids: dict[int, str] = {}
        # Words one of which must occur for any token pattern to match (None: always run).
        self._anchors: set[str] | None = set()
        self._anchor_ids: frozenset[int] = frozenset()
        # Tokens in the longest token pattern (None: a pattern repeats without bound).
        self._longest: int | None = 0
        self._near: list[_Near] = []
        self._near_index: dict[int, list[tuple[int, int]]] = {}  # NORM hash → (rule, side)
        self._ends = {tokenizer.vocab.strings.add(e) for e in SENTENCE_ENDS}
        self.categories: dict[str, CategoryInfo] = {}
        self.cancel: dict[str, frozenset[str]] = {}
        self.transparent: dict[str, frozenset[str]] = {}
        self.topics: dict[str, TopicInfo] = {}
        # Per category: whether a folded word is of its domain ('sentence_anchors'; see
        # `anchored`).
        self.sentence_anchors: dict[str, re.Pattern[str]] = {}
        self._implications: list[_Implication] = []
        self._load_categories(folder / CATEGORIES_FILE, load_json(CATEGORIES_FILE, folder))
        self._load_topics(folder / TOPICS_FILE, load_json(TOPICS_FILE, folder))
        self._load_flags(folder / FLAGS_FILE, load_json(FLAGS_FILE, folder))
        if self._anchors is not None:
            self._anchor_ids = frozenset(tokenizer.vocab.strings.add(w) for w in self._anchors)

    def _key(self, kind: str, lang: str, name: str, pattern: bool = False) -> str:
        # Phrase and token-pattern rules get distinct keys: a pattern hit is checked for
        # negations inside its wildcard gap, a phrase hit is not ("pool had no fence").
        key = f"{kind}|{lang}|{name}|{'pattern' if pattern else 'phrase'}"
        match_id = self._tokenizer.vocab.strings.add(key)
        self._keys[match_id] = (kind, lang, name)
        if pattern:
            self._pattern_ids.add(match_id)
        return key

    def _add_phrases(
        self, path: Path, kind: str, name: str, spec: dict[str, Any], field: str = "phrases"
    ) -> None:
        phrases = spec.get(field, {})
        if not isinstance(phrases, dict):
            raise ResourceError(path, f"{name}: 'phrases' must map language → list")
        for lang in RULE_LANGS:
            items = phrases.get(lang, [])
            if not isinstance(items, list):
                raise ResourceError(path, f"{name}.{lang}: phrases must be a list")
            texts = {clean_phrase(t) for item in items for t in expand_braces(str(item)) if t.strip()}
            if not texts:
                continue
            key = self._key(kind, lang, name)
            ordered = sorted(texts)
            # Small batches: a Doc per phrase is heavy, and {a,b} products make thousands.
            for i in range(0, len(ordered), PHRASE_BATCH):
                self._phrases.add(key, [self._tokenizer(t) for t in ordered[i : i + PHRASE_BATCH]])

    def _add_patterns(
        self, path: Path, key: str, patterns: Any, sets: dict[str, list[str]]
    ) -> None:
        if not isinstance(patterns, list) or not all(isinstance(p, list) for p in patterns):
            raise ResourceError(path, f"{key}: patterns must be a list of token lists")
        expanded = _expand_sets(patterns, sets, path)
        for pattern in expanded:
            unread = {k for t in pattern if isinstance(t, dict) for k in t} - PATTERN_KEYS
            if unread:
                raise ResourceError(path, f"{key}: patterns may test only {sorted(PATTERN_KEYS - {'_anchor'})}, "
                                          f"not {sorted(unread)} (the tokenizer computes no other: text.LEXEME_ATTRS)")
            anchors = [t for t in pattern if isinstance(t, dict) and t.pop("_anchor", False)]
            norm = anchors[0].get("NORM") if anchors else None
            words = [norm] if isinstance(norm, str) else norm.get("IN") if isinstance(norm, dict) else None
            if not isinstance(words, list):
                self._anchors = None
            elif self._anchors is not None:
                self._anchors.update(words)
            if self._longest is not None:
                ops = [t.get("OP") for t in pattern if isinstance(t, dict)]
                bounded = len(ops) == len(pattern) and all(op in (None, "?", "!", "1") for op in ops)
                # A window around the anchors holds every hit only if the anchor is in every hit.
                bounded = bounded and bool(anchors) and anchors[0].get("OP") in (None, "1")
                self._longest = max(self._longest, len(pattern)) if bounded else None
        try:
            self._tokens.add(key, expanded)
        except (ValueError, TypeError, KeyError) as exc:
            raise ResourceError(path, f"{key}: invalid spaCy pattern ({exc})") from exc

    def _keep_whole(self, path: Path, data: dict[str, Any]) -> None:
        """Register 'keep_whole' words ("YouTube", "TikTok") as tokenizer special cases.

        The tokenizer splits camel case to undo Trustpilot's glued "titleBody"; brand
        names written that way must stay one token so word sets and phrases match them.
        """
        words = data.get("keep_whole", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ResourceError(path, "'keep_whole' must be a list of words")
        for word in words:
            self._tokenizer.add_special_case(word, [{ORTH: word}])

    def _add_near(self, path: Path, key: str, rules: Any, sets: dict[str, list[str]]) -> None:
        """Compile 'near' rules: {"a": words|"@set", "b": words|"@set", "window": n, "order": "ab"|"any"}."""
        if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
            raise ResourceError(path, f"{key}: 'near' must be a list of objects")
        strings = self._tokenizer.vocab.strings
        for rule in rules:
            sides = []
            for field in ("a", "b"):
                value = rule.get(field)
                words = _expand_sets(value if isinstance(value, list) else [value], sets, path)
                if not words or not all(isinstance(w, str) for w in words):
                    raise ResourceError(path, f"{key}: near rule needs word lists 'a' and 'b'")
                sides.append(words)
            window = rule.get("window", 5)
            if not isinstance(window, int) or window < 1 or rule.get("order", "any") not in ("any", "ab"):
                raise ResourceError(path, f"{key}: bad near window/order")
            index = len(self._near)
            self._near.append(_Near(strings[key], window, rule.get("order") == "ab"))
            for side, words in enumerate(sides):
                for word in words:
                    self._near_index.setdefault(strings.add(word), []).append((index, side))

    def _near_matches(self, norm_ids: list[int]) -> Iterator[tuple[int, int, int]]:
        """(match_id, start, end) for each 'a' word and the closest 'b' word near it."""
        found: dict[int, tuple[list[int], list[int]]] = {}
        ends: list[int] = []
        index, sentence_ends = self._near_index, self._ends
        for i, norm in enumerate(norm_ids):
            if norm in sentence_ends:
                ends.append(i)
            for rule_index, side in index.get(norm, ()):
                found.setdefault(rule_index, ([], []))[side].append(i)
        for rule_index, (firsts, seconds) in found.items():
            if not firsts or not seconds:
                continue
            near = self._near[rule_index]
            for i in firsts:
                best = None
                for j in seconds:
                    if j == i or (near.ordered and j < i) or abs(j - i) > near.window:
                        continue
                    lo, hi = min(i, j), max(i, j)
                    if bisect.bisect_left(ends, lo) != bisect.bisect_left(ends, hi):
                        continue  # a sentence ends in between
                    if best is None or abs(j - i) < abs(best - i):
                        best = j
                if best is not None:
                    yield near.match_id, min(i, best), max(i, best) + 1

    def _load_categories(self, path: Path, data: dict[str, Any]) -> None:
        self._keep_whole(path, data)
        sets = _sets(data, path)
        for field, target in (("cancel", self.cancel), ("transparent", self.transparent)):
            words = data.get(field, {})
            if not isinstance(words, dict):
                raise ResourceError(path, f"'{field}' must map language → list")
            for lang in RULE_LANGS:
                target[lang] = frozenset(fold(str(w)) for w in words.get(lang, []))
        cats = data.get("categories")
        if not isinstance(cats, dict) or not cats:
            raise ResourceError(path, "missing 'categories'")
        for name, spec in cats.items():
            try:
                self.categories[name] = CategoryInfo(
                    name=name,
                    label_en=str(spec["label_en"]),
                    label_fr=str(spec["label_fr"]),
                    severity=float(spec["severity"]),
                    critical=bool(spec.get("critical", False)),
                    negatable=bool(spec.get("negatable", True)),
                    needs_negative=bool(spec.get("needs_negative", False)),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ResourceError(path, f"category {name}: bad or missing {exc}") from exc
            self._add_phrases(path, "category", name, spec)
            self._add_phrases(path, "gated", name, spec, "gated_phrases")
            if "sentence_anchors" in spec:
                self.sentence_anchors[name] = _anchor_pattern(path, name, spec["sentence_anchors"])
            for field, kind in (("patterns", "category"), ("gated_patterns", "gated")):
                for lang, patterns in dict(spec.get(field, {})).items():
                    self._add_patterns(path, self._key(kind, lang, name, True), patterns, sets)
            for field, kind in (("near", "category"), ("gated_near", "gated")):
                for lang, rules in dict(spec.get(field, {})).items():
                    self._add_near(path, self._key(kind, lang, name, True), rules, sets)
        self._load_implications(path, data, sets)
        # 'not_incidents': set phrases whose words name no incident ("point de chute", a place
        # to stay; "spoiled our evening"); a category hit inside or across one is no hit at all
        # (not a negated one, which would still mark a complaint's subject for the blend).
        self._add_phrases(path, NOT_INCIDENT, NOT_INCIDENT, data, "not_incidents")
        self._not_incident_ids = {m: lang for m, (kind, lang, _) in self._keys.items() if kind == NOT_INCIDENT}

    def anchored(self, category: str, words: Iterable[str]) -> bool:
        """Whether `words` (folded) hold a word of `category`'s domain; True for a category
        without 'sentence_anchors'."""
        pattern = self.sentence_anchors.get(category)
        return pattern is None or any(pattern.fullmatch(word) for word in words)

    def _load_implications(self, path: Path, data: dict[str, Any], sets: dict[str, list[str]]) -> None:
        for rule in data.get("implies", []):
            try:
                target, source, window = str(rule["category"]), str(rule["from"]), int(rule["window"])
                words = {
                    lang: frozenset(_expand_sets([rule["near"][lang]], sets, path)) for lang in RULE_LANGS
                }
            except (KeyError, TypeError, ValueError) as exc:
                raise ResourceError(path, f"bad 'implies' rule ({exc})") from exc
            if target not in self.categories or source not in self.categories:
                raise ResourceError(path, f"'implies' names an unknown category: {target} / {source}")
            self._implications.append(_Implication(target, source, words, window))

    def implied(
        self, doc: Doc, lang: str, found: dict[str, list[tuple[int, int]]]
    ) -> Iterator[tuple[str, int, int]]:
        """(category, start, end) implied by the hits in `found` ("my son" + a burn → minors)."""
        for rule in self._implications:
            if rule.source not in found:
                continue
            words = rule.words.get(lang) or frozenset().union(*rule.words.values())
            for start, end in found[rule.source]:
                if self._word_near(doc, start, end, words, rule.window):
                    yield rule.target, start, end

    def _word_near(self, doc: Doc, start: int, end: int, words: frozenset[str], window: int) -> bool:
        """Whether a word of `words` lies within `window` tokens of doc[start:end], same sentence."""
        before = range(start - 1, max(start - window, 0) - 1, -1)
        after = range(end, min(end + window, len(doc)))
        for scan in (before, after):
            for i in scan:
                norm = doc[i].norm_
                if norm in SENTENCE_ENDS:
                    break
                if norm in words:
                    return True
        return False

    def _load_topics(self, path: Path, data: dict[str, Any]) -> None:
        topics = data.get("topics")
        if not isinstance(topics, dict) or not topics:
            raise ResourceError(path, "missing 'topics'")
        for name, spec in topics.items():
            try:
                self.topics[name] = TopicInfo(name, str(spec["label_en"]), str(spec["label_fr"]))
            except (KeyError, TypeError) as exc:
                raise ResourceError(path, f"topic {name}: bad or missing {exc}") from exc
            self._add_phrases(path, "topic", name, spec)

    def _load_flags(self, path: Path, data: dict[str, Any]) -> None:
        sets = _sets(data, path)
        # Person names depend on capitals, so IS_TITLE tests the original text; only
        # NORM values are folded by _expand_sets.
        key = self._key("flag", "any", "mentions_person", True)
        self._add_patterns(path, key, data.get("patterns"), sets)

    def matches(
        self, doc: Doc, lang: str, norms: Iterable[str] | None = None, norm_ids: list[int] | None = None
    ) -> Iterator[RuleMatch]:
        """Every rule hit in `doc` for `lang` ("other"/"unknown" use all languages).

        `norms` (the doc's NORM strings, when the caller has them) lets the token
        matcher be skipped on reviews that contain none of the anchor words, and run
        only around the anchors when it is needed; `norm_ids` (the doc's NORM hashes,
        `doc.to_array(NORM)`) saves reading them again.
        """
        hits = list(self._phrases(doc))
        if norm_ids is None:
            norm_ids = doc.to_array(NORM).tolist()
        if self._near_index:
            hits.extend(self._near_matches(norm_ids))
        anchors = self._anchors
        if anchors is None or norms is None:
            hits.extend(self._tokens(doc))
        elif not anchors.isdisjoint(norms):
            hits.extend(self._token_matches(doc, norm_ids))
        not_incidents = self._not_incident_ids
        idioms = [(s, e) for m, s, e in hits if m in not_incidents and _speaks(not_incidents[m], lang)]
        for match_id, start, end in hits:
            if match_id in not_incidents:
                continue
            kind, rule_lang, name = self._keys[match_id]
            if idioms and kind in ("category", "gated") and any(s < end and start < e for s, e in idioms):
                continue
            if _speaks(rule_lang, lang):
                gated = kind == "gated"
                yield RuleMatch(
                    "category" if gated else kind, name, start, end, gated, match_id in self._pattern_ids
                )

    def _token_matches(self, doc: Doc, norm_ids: list[int]) -> list[tuple[int, int, int]]:
        """The token Matcher's hits, found by running it only around the anchor words.

        The Matcher costs a Python call per token and pattern; a hit holds its anchor,
        and no pattern is longer than `_longest` tokens, so windows of twice that around
        the anchors (merged where they meet) give the same hits in the same order as
        the whole doc. Patterns with unbounded repeats ("+", "*") run on the whole doc.
        """
        longest = self._longest
        if longest is None:
            return list(self._tokens(doc))
        margin = 2 * longest + 1
        ids = self._anchor_ids
        windows: list[list[int]] = []
        for i, norm in enumerate(norm_ids):
            if norm in ids:
                if windows and i - margin <= windows[-1][1]:
                    windows[-1][1] = i + margin
                else:
                    windows.append([max(0, i - margin), i + margin])
        size = len(norm_ids)
        if len(windows) == 1 and windows[0][0] == 0 and windows[0][1] >= size:
            return list(self._tokens(doc))
        hits: list[tuple[int, int, int]] = []
        for start, end in windows:
            for match_id, s, e in self._tokens(doc[start : min(end, size)]):
                hits.append((match_id, s + start, e + start))
        return hits
