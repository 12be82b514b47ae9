"""Pros / cons reviews read in two parts, for the sentiment model and its blend: issue 17s,
measured and **not kept** (docs/triage-model.md, "Sentiment round (issue 17s)"). Nothing in
the app or the shipped models uses it; `training/refit_sentiment.py --measure
--pros-cons-model … [--pros-cons-blend]` measures it again.

Booking.com exports a review as what the guest liked, then what they disliked, joined by
" / " ("Hôtel très sympa … / Le ménage n'était pas très bien fait …"); either part may be
missing, and then there is no separator at all. Read as one bag of words, a 5-star stay with
a long list of small complaints looks like a bad one.

**The split rule** (`split_point`) is structural and deliberately narrow, so that ordinary
texts using a slash ("rapport qualité / prix", "5 / 20") are not cut by accident:

- the text holds the separator — a slash with one space on each side — exactly once
  (a list "thème / accueil / chambre" is a list, not two parts);
- each part has at least one letter;
- the words touching it do not both hold a digit ("5 / 20", "3,1 / 5", "1jour / 1 nuit": a
  ratio; one digit is not enough, as a disliked part often starts with a number:
  "… / 45 minutes pour s'enregistrer", "… arrivés à 23h30. / La chambre …");
- the words touching it are not both ratio words ("qualité / prix", "quality / price").

On reviews-dev.csv + reviews-more.csv it splits 4,737 of 6,084 Disneyland-hotel and 2,298 of
3,647 Paris-hotel Booking texts, and 22 of the other 17,230 texts (0.13 %), those by
accident ("29 euros / an", "les mails / appels", "handling / shipping").

**What is read** (`read`): the sentiment model reads every word and marker as before, plus
"__pros_cons", each part's lexicon bucket ("__lex1+1", "__lex2-1") and length bucket
("__len2_4": bit length of its word count, at most 7), and each part's words under a marker
of their own ("__1:" liked, "__2:" disliked: "rien" is a complaint in the first part and
praise in the second) — `model_input` keeps all ("full"), the markers only ("markers") or
none. The blend (`blend_features`) weighs, besides the model's logit and the lexicon, "read
as two parts", each part's lexicon score and each part's log(1 + words) (0 when not split).
The categories model never reads any of it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workstation.analysis.analyzer import Analyzer
from workstation.analysis.blend import logit, sigmoid
from workstation.analysis.normalize import fold

from .triage_blend import LANGS, SENTIMENT_L2, fit_logistic

SEPARATOR = " / "
# Ratios written with a spaced slash in ordinary reviews (folded: case and accents ignored).
RATIO_WORDS = frozenset({"qualite", "prix", "quality", "price", "value", "cost"})
MODEL_INPUTS = ("none", "markers", "full")
PART_WORD_PREFIXES = ("__1:", "__2:")
MAX_LENGTH_BUCKET = 7
_WORD = re.compile(r"\w+")
_EDGE_PUNCTUATION = ".,;:!?()\"'«»"


@dataclass(frozen=True, slots=True)
class TwoParts:
    """A pros / cons review's parts as the blend reads them: the lexicon's score of each
    and its number of words. What the guest liked is positive by construction and what they
    disliked negative, so the sentiment is in how much each part says and how strongly."""

    first_lexicon: float
    second_lexicon: float
    first_words: int
    second_words: int


def split_point(text: str) -> int | None:
    """Offset of the separator (" / ") that cuts `text` into liked / disliked parts, or
    None when the rule above says it is not a pros / cons text."""
    first = text.find(SEPARATOR)
    if first < 0 or text.find(SEPARATOR, first + 1) >= 0:
        return None
    before, after = text[:first], text[first + len(SEPARATOR):]
    if not any(c.isalpha() for c in before) or not any(c.isalpha() for c in after):
        return None
    left, right = before.split()[-1].strip(_EDGE_PUNCTUATION), after.split()[0].strip(_EDGE_PUNCTUATION)
    if any(c.isdigit() for c in left) and any(c.isdigit() for c in right):
        return None
    if fold(left) in RATIO_WORDS and fold(right) in RATIO_WORDS:
        return None
    return first


def read(analyzer: Analyzer, text: str, lang: str | None) -> tuple[list[str], float, TwoParts | None]:
    """(what the sentiment model reads, the lexicon's score of the whole text, the parts or
    None): `analyzer.blend_inputs` of the whole text, plus the parts of a pros / cons text,
    each read by the same analyzer on its own (in the review's language)."""
    features, signals = analyzer.blend_inputs(text, lang)
    cut = split_point(text) if features else None
    if cut is None:
        return features, signals.lexicon, None
    halves = (text[:cut], text[cut + len(SEPARATOR):])
    extra, lexicons, counts = ["__pros_cons"], [], []
    for number, half in enumerate(halves, start=1):
        words, part = analyzer.blend_inputs(half, lang)
        count = len(_WORD.findall(half))
        lexicons.append(part.lexicon)
        counts.append(count)
        extra += [f"__lex{number}{round(part.lexicon * 2):+d}", f"__len{number}_{min(count.bit_length(), MAX_LENGTH_BUCKET)}"]
        extra += [f"__{number}:{w}" for w in words if not w.startswith("__")]
    return features + extra, signals.lexicon, TwoParts(lexicons[0], lexicons[1], counts[0], counts[1])


def model_input(features: list[str], parts: TwoParts | None, kind: str) -> list[str]:
    """`read`'s features cut down to `kind` (MODEL_INPUTS) for the sentiment model."""
    if parts is None or kind == "full":
        return features
    if kind == "markers":
        return [f for f in features if not f.startswith(PART_WORD_PREFIXES)]
    return features[: features.index("__pros_cons")]


def blend_features(positive: float, lexicon: float, parts: TwoParts | None) -> np.ndarray:
    """bias, model logit, lexicon, two parts, lexicon of each part, log(1 + words) of each part."""
    base = [1.0, float(logit(positive)), lexicon]
    if parts is None:
        return np.array([*base, 0.0, 0.0, 0.0, 0.0, 0.0])
    return np.array([*base, 1.0, parts.first_lexicon, parts.second_lexicon,
                     math.log1p(parts.first_words), math.log1p(parts.second_words)])


def fit_blend(
    positive: np.ndarray, lexicon: np.ndarray, langs: Sequence[str], is_positive: np.ndarray,
    parts: Sequence[TwoParts | None],
) -> dict[str, np.ndarray]:
    """Per-language weights over `blend_features`, fit as `triage_blend.fit_sentiment` fits its three."""
    weights = {}
    for lang in LANGS:
        rows = [i for i, code in enumerate(langs) if code == lang]
        if rows:
            x = np.stack([blend_features(positive[i], float(lexicon[i]), parts[i]) for i in rows])
            weights[lang] = fit_logistic(x, np.asarray(is_positive)[rows].astype("float64"), SENTIMENT_L2)
    return weights


def blended(weights: dict[str, np.ndarray], lang: str, positive: float, lexicon: float, parts: TwoParts | None) -> float:
    """Sentiment in [-1, 1] as `Blend.sentiment` gives it (the lexicon for a language without weights)."""
    w = weights.get(lang)
    if w is None:
        return lexicon
    return float(2.0 * sigmoid(w @ blend_features(positive, lexicon, parts)) - 1.0)
