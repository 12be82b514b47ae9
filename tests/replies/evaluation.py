"""Score the checker on the labelled drafts: per-check and overall recall / false positives."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.replies.checker import CHECKS, check_draft
from workstation.replies.model import ReviewInput

from .check_cases import TRIGGER, context, negatives
from .holdout_cases import HOLDOUT_CLEAN_NEGATIVE, HOLDOUT_CLEAN_POSITIVE, HOLDOUT_TRIGGER


@dataclass
class Score:
    code: str
    lang: str
    positives: int = 0
    hits: int = 0
    negatives: int = 0
    false_hits: int = 0

    @property
    def recall(self) -> float:
        return self.hits / self.positives if self.positives else 1.0

    @property
    def fp_rate(self) -> float:
        return self.false_hits / self.negatives if self.negatives else 0.0


def raises(code: str, lang: str, draft: str) -> bool:
    ctx = context(code, lang)
    found = check_draft(
        draft,
        lang=lang,
        platform=ctx["platform"],
        review=ReviewInput(stars=ctx["stars"], lang=lang),
        previous_replies=ctx["previous"],
    )
    return any(f.code == code for f in found)


def evaluate() -> list[Score]:
    scores = []
    for code in CHECKS:
        for lang in ("en", "fr"):
            s = Score(code, lang)
            for draft in TRIGGER[code][lang]:
                s.positives += 1
                s.hits += raises(code, lang, draft)
            for draft in negatives(code, lang):
                s.negatives += 1
                s.false_hits += raises(code, lang, draft)
            scores.append(s)
    return scores


def summary(scores: list[Score]) -> tuple[float, float, int, int]:
    pos = sum(s.positives for s in scores)
    neg = sum(s.negatives for s in scores)
    recall = sum(s.hits for s in scores) / pos
    fpr = sum(s.false_hits for s in scores) / neg
    return recall, fpr, pos, neg


def table(scores: list[Score]) -> str:
    lines = [f"{'check':<26}{'lang':<6}{'pos':>5}{'recall':>8}{'neg':>6}{'FP rate':>9}"]
    for s in scores:
        lines.append(
            f"{s.code:<26}{s.lang:<6}{s.positives:>5}{s.recall:>8.2f}{s.negatives:>6}{s.fp_rate:>9.3f}"
        )
    recall, fpr, pos, neg = summary(scores)
    lines.append(f"{'OVERALL':<32}{pos:>5}{recall:>8.3f}{neg:>6}{fpr:>9.3f}")
    return "\n".join(lines)


def evaluate_holdout() -> tuple[int, int, int, int, list[str]]:
    """(hits, positives, false flags, check runs on clean replies, misses) on the held-out set."""
    hits = positives = false_flags = runs = 0
    misses = []
    for code, by_lang in HOLDOUT_TRIGGER.items():
        for lang, drafts in by_lang.items():
            for draft in drafts:
                positives += 1
                if raises(code, lang, draft):
                    hits += 1
                else:
                    misses.append(f"{code}/{lang}: {draft}")
    for pool, star_options in (
        (HOLDOUT_CLEAN_NEGATIVE, (1, None)),
        (HOLDOUT_CLEAN_POSITIVE, (5, None)),
    ):
        for lang, drafts in pool.items():
            for draft in drafts:
                for stars in star_options:
                    found = check_draft(
                        draft,
                        lang=lang,
                        platform="google_play",
                        review=ReviewInput(stars=stars, lang=lang),
                    )
                    runs += len(CHECKS)
                    false_flags += len({f.code for f in found})
    return hits, positives, false_flags, runs, misses


# Findings about the situation rather than the wording: a bare bad sentence lacks an
# apology, but that is not what a blind set of bad replies is measuring.
_SITUATIONAL = {"missing_acknowledgement", "missing_thanks", "language_mismatch", "length_limit"}


def blocked(draft: str, lang: str, *, model: bool = True) -> set[str]:
    """Codes of the blocking and warning findings about the wording of `draft`."""
    found = check_draft(
        draft, lang=lang, platform="google_business", review=ReviewInput(lang=lang), model=model
    )
    return {f.code for f in found if f.severity.value != "hint" and f.code not in _SITUATIONAL}


def blocking_codes(draft: str, lang: str, stars: int = 1) -> set[str]:
    """Codes of the findings that stop the send of `draft`, answering a `stars` review, with
    the classifier on (the false-block tests of the rounds used)."""
    found = check_draft(
        draft, lang=lang, platform="google_business", review=ReviewInput(stars=stars, lang=lang), model=True
    )
    return {f.code for f in found if f.severity.value == "block"}


def assert_sends_at_any_rating(draft: str, lang: str) -> None:
    """A good reply must not be blocked, whether it answers a 1★ or a 5★ review (the look-alikes
    of the kinds tests)."""
    assert not blocking_codes(draft, lang), draft
    assert not blocking_codes(draft, lang, stars=5), draft


def finding_codes(draft: str, lang: str, stars: int = 1) -> set[str]:
    """Codes of every finding about `draft`, whatever its severity, answering a `stars` review,
    with the classifier on (the missed-kinds tests of the rounds used: a pile of excuses warns)."""
    found = check_draft(
        draft, lang=lang, platform="google_business", review=ReviewInput(stars=stars, lang=lang), model=True
    )
    return {f.code for f in found}


def evaluate_blind(
    bad: dict[str, dict[str, list[str]]], good: dict[str, list[str]], *, model: bool = True
) -> tuple[int, int, int, int, int, list[str]]:
    """(bad caught as their category, bad flagged at all, bad total, good falsely blocked,
    good check runs, notes) on a blind set.

    A good reply is run as the answer to a 1★ and to a 5★ review; it is a false block when
    it raises a blocking finding. `model` False scores the hand-written rules alone.
    """
    strict = caught = total = false_blocks = runs = 0
    notes: list[str] = []
    for code, by_lang in bad.items():
        for lang, drafts in by_lang.items():
            for draft in drafts:
                total += 1
                codes = blocked(draft, lang, model=model)
                strict += code in codes
                caught += bool(codes)
                if not codes:
                    notes.append(f"MISSED {code}/{lang}: {draft}")
                elif code not in codes:
                    notes.append(f"caught as {sorted(codes)}, not {code}: {draft}")
    for lang, drafts in good.items():
        for draft in drafts:
            for stars in (1, 5):
                runs += 1
                found = check_draft(
                    draft,
                    lang=lang,
                    platform="google_business",
                    review=ReviewInput(stars=stars, lang=lang),
                    model=model,
                )
                blocks = {f.code for f in found if f.severity.value == "block"}
                if blocks:
                    false_blocks += 1
                    notes.append(f"FALSE BLOCK {sorted(blocks)} ({stars}★): {draft}")
    return strict, caught, total, false_blocks, runs, notes


def evaluate_blind_severity(
    bad: dict[str, dict[str, list[str]]], good: dict[str, list[str]], *, model: bool = True
) -> tuple[int, int]:
    """(bad replies blocked outright, good-reply runs warned but not blocked) on a blind set.

    `evaluate_blind` counts a bad reply as caught when it is blocked *or* warned about; this
    says how many of them actually stop the send, and how many good replies the user sees a
    wording warning on (they can still send them).
    """
    bad_blocked = good_warned = 0
    for by_lang in bad.values():
        for lang, drafts in by_lang.items():
            for draft in drafts:
                found = check_draft(
                    draft, lang=lang, platform="google_business", review=ReviewInput(lang=lang),
                    model=model,
                )
                bad_blocked += any(f.severity.value == "block" for f in found)
    for lang, drafts in good.items():
        for draft in drafts:
            for stars in (1, 5):
                found = check_draft(
                    draft, lang=lang, platform="google_business",
                    review=ReviewInput(stars=stars, lang=lang), model=model,
                )
                wording = [f for f in found if f.code not in _SITUATIONAL]
                blocks = any(f.severity.value == "block" for f in wording)
                good_warned += not blocks and any(f.severity.value == "warn" for f in wording)
    return bad_blocked, good_warned
