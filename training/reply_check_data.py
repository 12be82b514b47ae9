"""Training sentences of the reply-check classifier: "ok" or one of its categories.

Two sources, both in the repo (no shared data needed):
- `training/reply_check/written_{en,fr}.jsonl`: sentences written for this model by the team,
  one JSON object a line `{"text", "label", "lang"}`: for each category many wordings
  (casual, unaccented, slang, indirect) and ~110 good-reply sentences a language in the
  style of published owner replies (thanks, apology, corrective action, offline channel,
  praise of a named employee, one honest reason, prices and policies stated politely);
- the app's own reply wording, `resources/compose/*.toml` (building blocks of composed
  drafts) and `resources/templates/*/*.toml` (template bodies), placeholders filled with
  sample values: every sentence of them is a good reply sentence ("ok");
- the development drafts of the rule checks in `tests/replies/` (`check_cases.py`, which
  includes the blind sets of rounds 1-3 once measured, and the good replies beside them).
  A bad draft gives the sentence(s) the rule finding points at; its other sentences are
  left out (they may carry the tone). Good drafts give all their sentences as "ok".

Left out on purpose, so they stay held-out measures of the shipped model:
`tests/replies/holdout_cases.py`, round 4 (`blind_round6.py`), round 5 (`blind_round7.py`),
round 6 (`blind_round8.py`), round 7 (`blind_round9.py`) and round 8 (`blind_round10.py`).

`written_more_{en,fr}.jsonl` (issue 18, after round 6): 35 sarcasm, 35 accusation and 45
harmless look-alike sentences a language. A model retrained with them was measured and
discarded (docs/reply-check-model.md): the shipped model was not trained on them.

`written_wide_{en,fr}.jsonl` (issue 18, helper 18t, after round 11): ~750 sentences a language
written from the categories' definitions only (60-65 a category, ~260 good sentences and
harmless look-alikes), in many registers; their header says how they were made. A model
retrained with them caught 58/80 of round 11 against the shipped model's 59/80 and was not
shipped (docs/reply-check-model.md, "Round 12 data"). Only the files the shipped model was
trained on (`SHIPPED_WRITTEN`) are read unless `written(include_unshipped=True)` (`--with-unshipped`
in training/train_reply_check.py), so a plain retrain never takes in data that was measured and
rejected (one line a JSON object; lines starting with '#' are comments).

Blind rounds 4-18 (`tests/replies/blind_round6.py` … `blind_round20.py`, fifteen writers; helper
18y for rounds 4-12, 18c added rounds 13 and 14, 18d rounds 15-18, each once measured): read only
with `blind_rounds=True` (`--with-blind-rounds`). Every sentence of a good reply
is "ok"; from a bad reply only the sentence(s) holding the fault, with the reply's label: the
sentences a rule finding of its code points at, else a one-sentence reply's sentence, else the
choice recorded in `reply_check/blind_rounds_located.jsonl` (made by reading; it also gives the
accusation/attack label of a personal_attack reply no rule points at). The other sentences of
a bad reply are not used. categorical_denial replies (label "denial", 18dn) are located the same
way in rounds 4-94 (`DENIAL_THROUGH`; rounds 15-33 by 18alld, 34-94 by 18all3).
Rounds 19-33 (`blind_round21.py` … `blind_round35.py`, each measured once before, then used by
18all: 267 faults located by reading, two helpers) and rounds 34-94 (`blind_round36.py` …
`blind_round96.py`, each measured once before, then used by 18all3: 1,098 faults located by
reading, four helpers who saw no code) are read only with `--blind-rounds-through N` beyond 18.
Round 95 (`blind_round97.py`) and later rounds are never read here (the measuring rounds).

The "denial" label (18dn) also comes from the development drafts of categorical_denial and from
`written_deep_*.jsonl` (18w2, read only with `--with-written`); `written_{en,fr}` and
`written_wide_*` have none. A model trained before it (C_B) has no such label and still works.
All of the label's sentences are read only with `denial=True` (`--with-denial`): candidate C_D
trained it and was not shipped (docs/reply-check-model.md), so a plain retrain is C_B's data.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WRITTEN = HERE / "reply_check"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from workstation.replies.checker import check_draft  # noqa: E402
from workstation.replies.checks import content, tone  # noqa: E402
from workstation.replies.checks.denial import as_when_classifier_trained  # noqa: E402
from workstation.replies.checks.learned import CATEGORIES, OK  # noqa: E402
from workstation.replies.checks.own_wording import reply_texts  # noqa: E402
from workstation.replies.checks.sentences import split_sentences  # noqa: E402

# Rule code of a development draft → classifier label (personal_attack is split by message).
_CODE_LABEL = {
    "review_incentive": "incentive",
    "intimidation": "intimidation",
    "personal_data": "personal_data",
    "sarcasm": "sarcasm",
    "blames_employee": "blames_employee",
    "excessive_justification": "justification",
    "personal_attack": "accusation",
    "categorical_denial": "denial",
}
_LEARNED_CODES = {c.code for c in CATEGORIES.values()}
#: The "denial" label (18dn) was measured in candidate C_D and not shipped: its sentences are
#: read only with `denial=True` (`--with-denial`), so a plain retrain reproduces C_B's data.
DENIAL = "denial"


def _codes(denial: bool) -> set[str]:
    return _LEARNED_CODES if denial else _LEARNED_CODES - {tone.DENIAL}

# First names swapped into copies of sentences that name someone, so the model learns
# "a name here", not these names (EN and FR, women's and men's).
NAMES = (
    "Kevin", "Megan", "Paul", "Sophie", "Dave", "Jessica", "Tom", "Marco", "Linda", "Rachel",
    "Josh", "Amy", "Maria", "Ben", "Carlos", "Tim", "Hannah", "Greg", "Chloe", "Nathan", "Lucy",
    "Enzo", "Steve", "Olivia", "Julie", "Sam", "Alex", "Sarah", "Mark", "Emma", "Karen",
    "Ahmed", "Priya", "Leo", "Anna", "Thomas", "Camille", "Nicolas", "Léa", "Hugo", "Manon",
    "Julien", "Inès", "Mathieu", "Sandrine", "Karim", "Fatou", "Yann", "Élodie", "Pierre",
    "Aurélie", "Bastien", "Margaux", "Romain", "Nadia", "Jérôme", "Clara", "Antoine", "Lina",
)
_NAME_SET = frozenset(NAMES)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    lang: str
    source: str  # "written" or "dev" (the test drafts)


#: The written files the shipped model was trained on; the other `written_*.jsonl` were
#: measured in a retrain and not shipped.
SHIPPED_WRITTEN = ("written_en.jsonl", "written_fr.jsonl")


def written(*, include_unshipped: bool = False, extra: tuple[str, ...] = ()) -> list[Example]:
    """The written files: `SHIPPED_WRITTEN`, plus the `extra` file names, or every one."""
    out = []
    paths = sorted(WRITTEN.glob("written_*.jsonl")) if include_unshipped else [
        WRITTEN / n for n in dict.fromkeys((*SHIPPED_WRITTEN, *extra))
    ]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):  # '#': a file's header comment
                item = json.loads(line)
                out.append(Example(item["text"], item["label"], item["lang"], "written"))
    return out


_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_SAMPLES = {
    "business": "Le Bistrot",
    "contact": "contact@bistrot.example",
    "signature": "Claire",
    "list": "the wait and the noise",
}
_SAMPLES_FR = {**_SAMPLES, "list": "l'attente et le bruit"}


def app_wording() -> list[Example]:
    """Every sentence of the app's reply building blocks and templates, as "ok"."""
    resources = REPO / "resources"
    rng = random.Random(0)
    out = []
    for path in sorted([*resources.glob("compose/*.toml"), *resources.glob("templates/*/*.toml")]):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        lang = data.get("lang", path.parent.name)
        samples = _SAMPLES_FR if lang == "fr" else _SAMPLES
        def sample(match: re.Match[str], known: dict[str, str] = samples) -> str:
            return known.get(match.group(1), rng.choice(NAMES))

        for text in reply_texts(data.get("template", data)):
            filled = _PLACEHOLDER.sub(sample, text)
            out += [Example(s.text, OK, lang, "app") for s in split_sentences(filled)]
    return out


def development(*, denial: bool = False) -> list[Example]:
    """Sentences from the rule checks' development drafts (see the module docstring)."""
    from tests.replies import check_cases as cc
    from tests.replies.blind_round3 import BLIND1_GOOD
    from tests.replies.blind_round4 import BLIND2_GOOD
    from tests.replies.blind_round5 import BLIND3_GOOD
    from tests.replies.good_replies import GOOD_NEGATIVE, GOOD_POSITIVE
    from tests.replies.round1_cases import ROUND1_CLEAN_NEGATIVE, ROUND1_CLEAN_POSITIVE

    out: list[Example] = []
    for code, label in _CODE_LABEL.items():
        if label == DENIAL and not denial:
            continue
        for lang, drafts in cc.TRIGGER.get(code, {}).items():
            for draft in drafts:
                out += _bad_sentences(draft, lang, code, label, denial=denial)
    good_pools = [
        GOOD_NEGATIVE, GOOD_POSITIVE, ROUND1_CLEAN_NEGATIVE, ROUND1_CLEAN_POSITIVE,
        BLIND1_GOOD, BLIND2_GOOD, BLIND3_GOOD,
        *cc.HARD_NEGATIVE.values(),
    ]
    for pool in good_pools:
        for lang, drafts in pool.items():
            for draft in drafts:
                out += _good_sentences(draft, lang, denial=denial)
    return out


def _rule_spans(draft: str, lang: str, *, denial: bool) -> list[tuple[str, str, int, int]]:
    """(code, message, start, end) of the rule findings of the learned codes."""
    # the denial rules as they were when the shipped classifier was trained (18fb13)
    with as_when_classifier_trained():
        found = check_draft(draft, lang=lang, model=False)
    codes = _codes(denial)
    return [(f.code, f.message_en, f.start, f.end) for f in found if f.code in codes]


def _bad_sentences(draft: str, lang: str, code: str, label: str, *, denial: bool) -> list[Example]:
    sentences = split_sentences(draft)
    if code == content.JUSTIFICATION:
        # A draft-level finding (too many reasons): only a one-sentence draft is a sentence example.
        return [Example(s.text, label, lang, "dev") for s in sentences] if len(sentences) == 1 else []
    spans = [(msg, s, e) for c, msg, s, e in _rule_spans(draft, lang, denial=denial) if c == code]
    out = []
    for sentence in sentences:
        hits = [msg for msg, s, e in spans if s < sentence.end and sentence.start < e]
        if hits or (not spans and len(sentences) == 1):
            this = "attack" if code == tone.ATTACK and tone.ATTACK_MSG[0] in hits else label
            out.append(Example(sentence.text, this, lang, "dev"))
    return out


def _good_sentences(draft: str, lang: str, *, denial: bool) -> list[Example]:
    flagged = _rule_spans(draft, lang, denial=denial)
    return [
        Example(s.text, OK, lang, "dev")
        for s in split_sentences(draft)
        # A near miss of one check may still be a hit of another: never teach it as fine.
        if not any(a < s.end and s.start < b for _c, _m, a, b in flagged)
    ]


#: The blind rounds whose replies may be trained on (rounds 4-12: read for the rules already;
#: rounds 13-18: measured, then read to locate their faults; rounds 19-33: measured, then their
#: faults located by reading for candidate C_all, 18all; rounds 34-94 likewise for 18all3).
BLIND_ROUNDS = tuple(f"blind_round{n}" for n in range(6, 97))
LOCATED = WRITTEN / "blind_rounds_located.jsonl"
#: The last round the shipped classifier (18all3: C_alld's recipe) was trained on: a plain
#: `--with-blind-rounds` retrain reads its rounds (their denial replies with `--with-denial`,
#: which the shipped recipe uses); `--blind-rounds-through 14` gives C_B's.
SHIPPED_THROUGH = 94
#: The last round whose categorical_denial replies were located (by rule, one sentence or
#: reading: helper 18dn for rounds 4-14, 18alld for 15-33, 18all3 for 34-94): a later round's denial replies
#: would be skipped, as all were before the "denial" label existed.
DENIAL_THROUGH = 94


def rounds_through(last: int) -> tuple[str, ...]:
    """The files of blind rounds 4 … `last` (round n is `blind_round{n + 2}.py`)."""
    if not 4 <= last <= 4 + len(BLIND_ROUNDS) - 1:
        raise ValueError(f"blind rounds run from 4 to {4 + len(BLIND_ROUNDS) - 1}, not {last}")
    return BLIND_ROUNDS[: last - 3]


def _located() -> dict[tuple[str, str, str, int], dict[str, object]]:
    out = {}
    for line in LOCATED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            item = json.loads(line)
            out[(item["file"], item["code"], item["lang"], int(item["index"]))] = item
    return out


def blind_rounds(
    counts: Counter[str] | None = None, through: int | None = None, *, denial: bool = False
) -> list[Example]:
    """Sentences of the blind rounds' replies (module docstring), rounds 4 … `through` (all of
    them by default); `counts` gets how many bad replies were located each way ("rule", "one
    sentence", "read", "read: none", "skipped")."""
    import importlib

    counts = Counter() if counts is None else counts
    located = _located()
    out: list[Example] = []
    for name in BLIND_ROUNDS if through is None else rounds_through(through):
        module = importlib.import_module(f"tests.replies.{name}")
        bad = next(v for k, v in vars(module).items() if k.endswith("_BAD"))
        good = next(v for k, v in vars(module).items() if k.endswith("_GOOD"))
        round_no = BLIND_ROUNDS.index(name) + 4
        for code, by_lang in bad.items():
            label = _CODE_LABEL.get(code)
            if code == tone.DENIAL and (round_no > DENIAL_THROUGH or not denial):
                label = None  # not located, or the label not asked for: skipped
            for lang, drafts in by_lang.items():
                for index, draft in enumerate(drafts):
                    if label is None:
                        counts["skipped"] += 1
                        continue
                    choice = located.get((name, code, lang, index))
                    out += _blind_bad(draft, lang, code, label, choice, counts, denial=denial)
        for lang, drafts in good.items():
            for draft in drafts:
                out += [Example(s.text, OK, lang, "blind") for s in split_sentences(draft)]
    return out


def _blind_bad(
    draft: str, lang: str, code: str, label: str, choice: dict[str, object] | None, counts: Counter[str],
    *, denial: bool,
) -> list[Example]:
    sentences = split_sentences(draft)
    if choice is not None:
        indices = choice["sentences"]
        assert isinstance(indices, list)
        counts["read" if indices else "read: none"] += 1
        this = str(choice.get("label", label))
        return [Example(sentences[i].text, this, lang, "blind") for i in indices]
    if code != content.JUSTIFICATION:
        found = [
            Example(e.text, e.label, lang, "blind") for e in _bad_sentences(draft, lang, code, label, denial=denial)
        ]
        spans = [c for c, *_ in _rule_spans(draft, lang, denial=denial) if c == code]
        if spans and found:
            counts["rule"] += 1
            return found
    if len(sentences) == 1 and code != tone.ATTACK:
        counts["one sentence"] += 1
        return [Example(sentences[0].text, label, lang, "blind")]
    raise ValueError(f"a bad blind reply with no located sentence ({code}/{lang}): {draft[:60]}")


def dataset(
    *, include_unshipped: bool = False, extra_written: tuple[str, ...] = (), blind: bool = False,
    blind_through: int = SHIPPED_THROUGH, counts: Counter[str] | None = None, denial: bool = False,
) -> list[Example]:
    """Written and development sentences (and, with `blind`, the blind rounds' ones through
    round `blind_through`), one label per text (a bad label wins over "ok"); the "denial"
    label's sentences only with `denial` (a written file's denials are left out without it)."""
    chosen: dict[str, Example] = {}
    extra = blind_rounds(counts, through=blind_through, denial=denial) if blind else []
    texts = [
        e for e in written(include_unshipped=include_unshipped, extra=extra_written)
        if denial or e.label != DENIAL
    ]
    for example in texts + development(denial=denial) + app_wording() + extra:
        key = example.text.strip()
        previous = chosen.get(key)
        if previous is None or (previous.label == OK and example.label != OK):
            chosen[key] = example
    return list(chosen.values())


def with_swapped_names(examples: list[Example], copies: int, seed: int) -> list[Example]:
    """`examples` plus `copies` variants of each one naming someone, with other names."""
    rng = random.Random(seed)
    out = list(examples)
    for example in examples:
        if not any(w in _NAME_SET for w in _WORD.findall(example.text)):
            continue
        for _ in range(copies):
            text = _WORD.sub(
                lambda m: rng.choice(NAMES) if m.group() in _NAME_SET else m.group(), example.text
            )
            out.append(Example(text, example.label, example.lang, example.source))
    return out
