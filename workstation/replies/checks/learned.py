"""The trained sentence classifier of the pre-post check, and the findings it adds.

Hand-written concept rules catch what they were shown and about a quarter of each new
wording (issue 18, four blind rounds). A small spaCy classifier trained on many written
wordings per category (training/reply_check/, training/train_reply_check.py) reads each
sentence of the draft; a sentence it places in a category with enough confidence becomes a
finding of that category's code, with the rule check's own plain message and the sentence as
the highlighted span. Rules and model are combined as flags: each check reports its rule
findings plus the model's sentences that no rule finding of the same code already covers.
A model verdict blocks only when the sentence also holds a rule concept of its category
(`corroboration.py`); otherwise it is a warning, said as a doubt, and the reply can be sent.

The model is loaded on first use (spaCy import and model read: a fraction of a second, once);
if it is missing or unreadable the rules work alone and the problem is logged once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING

from ..load_once import LoadedOnce
from ..model import Finding, Severity
from . import conduct, content, denial, structure, tone
from .base import MAX_PER_CHECK, Check, CheckContext, finding
from .concepts import fold_same_length
from .corroboration import corroborated
from .own_wording import is_own_sentence
from .sentences import Sentence, model_words, split_sentences
from .sign_off import is_sign_off

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_DIR = "reply_check"
PIPE = "reply_check"
THRESHOLDS_FILE = "thresholds.json"
# An ensemble folder lists its member model folders here (training --seeds): {"members": [...]}.
ENSEMBLE_FILE = "ensemble.json"
OK = "ok"
# The classifier was trained on English and French replies only.
LANGS = frozenset({"en", "fr"})
# Sentences remembered with their probabilities: a draft is re-checked as it is edited, and
# composed drafts reuse the same building blocks, so most sentences were seen before.
SENTENCE_CACHE = 4096


@dataclass(frozen=True, slots=True)
class Category:
    """What a classifier label means for the user: the check's code, severity and message."""

    code: str
    severity: Severity
    message: tuple[str, str]


CATEGORIES: dict[str, Category] = {
    "incentive": Category(content.INCENTIVE, Severity.BLOCK, content.INCENTIVE_MSG),
    "intimidation": Category(conduct.INTIMIDATION, Severity.BLOCK, conduct.INTIMIDATION_MSG),
    "personal_data": Category(content.PERSONAL_DATA, Severity.BLOCK, content.DATA_MSG),
    "accusation": Category(tone.ATTACK, Severity.BLOCK, conduct.ACCUSE_MSG),
    "attack": Category(tone.ATTACK, Severity.BLOCK, tone.ATTACK_MSG),
    "sarcasm": Category(conduct.SARCASM, Severity.BLOCK, conduct.SARCASM_MSG),
    "blames_employee": Category(conduct.BLAMES_EMPLOYEE, Severity.BLOCK, conduct.BLAME_MSG),
    "justification": Category(content.JUSTIFICATION, Severity.WARN, content.JUST_MSG),
    "denial": Category(tone.DENIAL, Severity.WARN, tone.DENIAL_MSG),
}
# A model may have fewer labels (one trained before "denial" existed, like C_B): it never
# reports the categories it lacks, and their rules work alone.
LABELS = (OK, *CATEGORIES)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The classifier's most likely category for one sentence of a draft."""

    start: int
    end: int
    label: str
    probability: float


class ReplyCheckModel:
    """The spaCy pipeline (or an ensemble of pipelines, whose probabilities are averaged) and
    the probability each category needs before it is reported."""

    def __init__(self, nlp: Language | Sequence[Language], thresholds: dict[str, float]) -> None:
        members: list[Language] = list(nlp) if isinstance(nlp, Sequence) else [nlp]
        if not members:
            raise ValueError("a reply-check ensemble needs at least one model")
        self.members: tuple[Language, ...] = tuple(members)
        self.thresholds = {label: float(thresholds.get(label, 0.5)) for label in CATEGORIES}
        self._pipes = [member.get_pipe(PIPE) for member in self.members]
        self.labels: tuple[str, ...] = tuple(self._pipes[0].labels)  # type: ignore[attr-defined]
        for pipe in self._pipes[1:]:
            if tuple(pipe.labels) != self.labels:  # type: ignore[attr-defined]
                raise ValueError("the members of the reply-check ensemble have different labels")
        self._seen: OrderedDict[str, dict[str, float]] = OrderedDict()
        # The composer checks on the UI thread while automatic replies may be checked on a
        # worker: one model, one cache, one caller at a time.
        self._lock = threading.Lock()
        unknown = set(self.labels) - set(LABELS)
        if unknown or OK not in self.labels:
            raise ValueError(f"unexpected labels {sorted(unknown)} in the reply-check model")

    @classmethod
    def load(cls, folder: Path | None = None) -> ReplyCheckModel:
        """Read a model folder written by training/train_reply_check.py: one spaCy model, or
        (with `--seeds`) an ensemble whose ensemble.json lists its member subfolders."""
        import spacy

        path = folder or model_dir()
        ensemble = path / ENSEMBLE_FILE
        if ensemble.is_file():
            names = json.loads(ensemble.read_text(encoding="utf-8"))["members"]
            if not isinstance(names, list) or not names or not all(
                isinstance(n, str) and n and Path(n).name == n for n in names
            ):
                raise ValueError(f"{ensemble}: 'members' must list subfolder names")
            nlp: Language | list[Language] = [spacy.load(path / name) for name in names]
        else:
            nlp = spacy.load(path)
        raw = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
        return cls(nlp, {str(k): float(v) for k, v in raw["thresholds"].items()})

    def probabilities(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        """label → probability for each sentence (the labels sum to 1); an ensemble's is the
        mean of its members'."""
        with self._lock:
            return self._probabilities(sentences)

    def _probabilities(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        new = list(dict.fromkeys(s for s in sentences if s not in self._seen))
        if new:
            import numpy
            from spacy.tokens import Doc

            words = [model_words(s) for s in new]
            scores = [
                numpy.asarray(pipe.predict([Doc(member.vocab, words=w) for w in words]),  # type: ignore[attr-defined]
                              dtype=numpy.float64)
                for member, pipe in zip(self.members, self._pipes, strict=True)
            ]
            # The members' mean, summed in order in float64 (one model's scores divided by 1: themselves).
            rows = (reduce(add, scores) / len(scores)).tolist()
            for sentence, row in zip(new, rows, strict=True):
                self._seen[sentence] = {label: row[i] for i, label in enumerate(self.labels)}
        out = []
        for sentence in sentences:
            self._seen.move_to_end(sentence)
            out.append(self._seen[sentence])
        while len(self._seen) > SENTENCE_CACHE:
            self._seen.popitem(last=False)
        return out

    def best(self, probabilities: dict[str, float]) -> tuple[str, float]:
        """The most likely category other than "ok", and its probability."""
        label = max(CATEGORIES, key=lambda name: probabilities.get(name, 0.0))
        return label, probabilities.get(label, 0.0)

    def flags(self, probabilities: dict[str, float]) -> str | None:
        """The category to report for a sentence, or None when it reads as a fine reply."""
        label, p = self.best(probabilities)
        return label if p >= self.thresholds[label] else None


def model_dir() -> Path:
    """The shipped model: `resources/reply_check` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / MODEL_DIR


_SHIPPED: LoadedOnce[ReplyCheckModel] = LoadedOnce(
    ReplyCheckModel.load, log, "reply-check model unavailable; the check uses its rules alone"
)


def shipped_model() -> ReplyCheckModel | None:
    """The shipped classifier, loaded once; None (rules alone) when it cannot be read."""
    return _SHIPPED.get()


def use_model(folder: Path) -> ReplyCheckModel:
    """Check with the model of `folder` instead of the shipped one, from now on (benches measure
    a retrained model this way: `bench/replies.py --reply-check-model DIR`). Raises when the
    folder cannot be read, so a measurement never falls back to the rules alone unnoticed."""
    model = ReplyCheckModel.load(folder)
    _SHIPPED.use(model)
    scored.cache_clear()
    verdicts.cache_clear()
    return model


def preload() -> threading.Thread:
    """Load the model on a background thread (seconds on a slow machine), so that the first
    check a user runs does not wait for it. Optional: the first check loads it otherwise."""
    return _SHIPPED.preload("reply-check-model")


@lru_cache(maxsize=64)
def scored(draft: str) -> tuple[tuple[Sentence, dict[str, float]], ...]:
    """Each sentence the classifier reads in `draft` (greeting and signature lines and the app's
    own wording left out, `split_sentences`' caps applied) with its label probabilities; ()
    without a model.

    Cached on the draft: every check of one `check_draft` call reads it.
    """
    model = shipped_model()
    if model is None:
        return ()
    split = split_sentences(draft)
    sentences = [
        s for i, s in enumerate(split)
        if not _sign_off(s, i, len(split) - 1, draft) and not is_own_sentence(s.text)
    ]
    return tuple(
        zip(sentences, model.probabilities([s.text for s in sentences]), strict=True)
    )


@lru_cache(maxsize=64)
def verdicts(draft: str) -> tuple[Verdict, ...]:
    """Sentences of `draft` the shipped classifier places in a category."""
    model = shipped_model()
    if model is None:
        return ()
    out = []
    for sentence, probs in scored(draft):
        label = model.flags(probs)
        if label is not None:
            out.append(Verdict(sentence.start, sentence.end, label, probs[label]))
    return tuple(out)


_SIGN_OFF_WORDS = 6


def _sign_off(sentence: Sentence, index: int, last: int, draft: str) -> bool:
    """A greeting or signature line ("Hi Daniel," / "Julien, Maison Dupont Lyon"), or a last
    sentence that only signs (`sign_off.is_sign_off`: "… Bien sincèrement, Marion & l'équipe").

    It names people without saying anything about them, and the model, which reads names as
    a sign of blame, must not judge it: the first or last line of a multi-line draft, short,
    without a full stop; or, on any draft, the last of several sentences when it is only a
    signature (real replies sign on the text's last line, 18fb22b).
    """
    if 0 < index == last and is_sign_off(sentence.text):
        return True
    if "\n" not in draft.strip() or sentence.text.endswith((".", "!", "?", "…")):
        return False
    lines = [line.strip() for line in draft.strip().splitlines() if line.strip()]
    return (
        sentence.text in (lines[0], lines[-1])
        and len(sentence.text.split()) <= _SIGN_OFF_WORDS
    )


def model_findings(ctx: CheckContext, code: str) -> list[Finding]:
    """The classifier's findings of `code` for the draft of `ctx`."""
    if ctx.lang not in LANGS or not ctx.draft.strip():
        return []
    out = []
    for verdict in verdicts(ctx.draft):
        category = CATEGORIES[verdict.label]
        if category.code != code:
            continue
        if code == content.PERSONAL_DATA and content.holds_own_contact(ctx, verdict.start, verdict.end):
            continue  # the business's own phone or e-mail is meant to be public
        original = ctx.draft[verdict.start : verdict.end]
        folded = fold_same_length(original)
        if code == conduct.INTIMIDATION and (
            conduct.helps_victim(ctx.folded, folded)
            or conduct.helps_victim_at(ctx.folded, verdict.start)
        ):
            continue  # the police told of a theft the customer suffered: help, not a threat
        if not fits_category(verdict.label, original, folded):
            continue
        severity, message = category.severity, category.message
        if severity is Severity.BLOCK and (
            not corroborated(verdict.label, original, folded)
            # a named colleague's slip the business takes on in the next sentence (18fb11)
            or (code == conduct.BLAMES_EMPLOYEE and conduct.owned_at(ctx.folded, verdict.start))
        ):
            severity, message = Severity.WARN, unconfirmed_message(category.message)
        out.append(finding(code, severity, message, verdict.start, verdict.end))
    return out


def unconfirmed_message(message: tuple[str, str]) -> tuple[str, str]:
    """The category's message, said as a doubt: the model alone flagged the sentence."""
    return (
        "Possibly a problem (the automatic reading is not sure, you can still send): "
        + message[0],
        "Problème possible (la lecture automatique n'est pas sûre, vous pouvez quand même "
        "envoyer) : " + message[1],
    )


# What a sentence must contain to be in a category at all, whatever the model says. The model
# read "overflow parking, free for all guests" and "Five stars from a fellow baker means a
# great deal" as incentives, "our stylist Anna was delighted" as blame, "A new router was
# installed on Monday." as an excuse and "Le nouveau menu est à 18 €." as personal data. So
# an incentive needs a rating beside a reward, a condition or a change asked for; a blame a
# person and something other than plain praise; an excuse a reason word or room for several;
# personal data someone it is about (a price is about nobody); a denial is no reassurance
# ("Nope, you're not bothering us at all!", read as a denial by 18all3). Each gate passes every
# training sentence of its category (training/reply_check/written_*.jsonl, tested).
_GATES = {
    "denial": lambda _sentence, folded: not denial.reassures(folded),
    "incentive": structure.could_be_incentive,
    "blames_employee": structure.blame_cue,
    "justification": content.could_justify,
    "personal_data": content.about_someone,
}


def fits_category(label: str, sentence: str, folded: str) -> bool:
    """Whether `sentence` holds what `label` needs at all (its gate), whatever the model says."""
    gate = _GATES.get(label)
    return gate is None or gate(sentence, folded)


def with_model(code: str, rules: Check) -> Check:
    """The check of `code`: its rule findings, plus the classifier's sentences they miss."""

    def check(ctx: CheckContext) -> list[Finding]:
        found = rules(ctx)
        covered = [(f.start, f.end) for f in found]
        extra = [
            f
            for f in model_findings(ctx, code)
            if not any(f.start < end and start < f.end for start, end in covered)
        ]
        return found + extra[: max(0, MAX_PER_CHECK - len(found))]

    check.__name__ = getattr(rules, "__name__", code)
    check.__doc__ = rules.__doc__
    return check
