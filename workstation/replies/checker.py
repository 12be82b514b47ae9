"""Run every pre-post check on a draft and return the findings, worst first.

Each check is a plain function of a `CheckContext`; the registry below is the one
list of codes the UI can show and dismiss. The checks of wording categories (incentive,
intimidation, personal data, attack, sarcasm, blame, justification) add the sentences the
trained classifier flags to their rule findings (`checks/learned.py`); after them, the sentences
the classifier doubts that no finding about the wording points at get one soft warning
(`checks/doubt.py`, code `doubtful_tone`).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from .checks import conduct, content, context, doubt, learned, tone
from .checks.base import Check, CheckContext, fold
from .checks.concepts import fold_same_length
from .model import Finding, ReviewInput, Severity

log = logging.getLogger(__name__)

RULES: dict[str, Check] = {
    context.EMPTY: context.empty,
    tone.DENIAL: tone.denial,
    tone.DEFENSIVE: tone.defensive,
    tone.ATTACK: tone.attack,
    content.JUSTIFICATION: content.justification,
    content.PERSONAL_DATA: content.personal_data,
    content.INCENTIVE: content.incentive,
    conduct.INTIMIDATION: conduct.intimidation,
    conduct.SARCASM: conduct.sarcasm,
    conduct.BLAMES_EMPLOYEE: conduct.blames_employee,
    context.LENGTH: context.length,
    context.LANGUAGE: context.language,
    context.PLACEHOLDER: context.placeholders,
    context.DUPLICATE: context.duplicate,
    tone.SHOUTING: tone.shouting,
    context.NO_ACK: context.acknowledgement,
    context.NO_THANKS: context.thanks,
}

# Codes the trained sentence classifier also reports (learned.CATEGORIES).
LEARNED_CODES = frozenset(category.code for category in learned.CATEGORIES.values())

CHECKS: dict[str, Check] = {
    code: learned.with_model(code, rule) if code in LEARNED_CODES else rule
    for code, rule in RULES.items()
}

# The classifier's soft net: not in CHECKS because it reads the other checks' findings.
DOUBTFUL_TONE = doubt.DOUBTFUL_TONE

_ORDER = {Severity.BLOCK: 0, Severity.WARN: 1, Severity.HINT: 2}


def check_draft(
    draft: str,
    *,
    lang: str,
    platform: str | None = None,
    review: ReviewInput | None = None,
    previous_replies: Sequence[str] = (),
    own_contacts: Sequence[str] = (),
    dismissed: Collection[str] = (),
    model: bool = True,
    doubt_threshold: float | None = None,
) -> list[Finding]:
    """Findings for `draft`, blocking ones first, then by position.

    Args:
        lang: language the reply must be written in (the review's, when known).
        review: the review answered; gives stars and language for the checks that need them.
        previous_replies: texts already posted (near-duplicate check).
        own_contacts: the business's own e-mail/phone, which may appear in a reply.
        dismissed: codes the user dismissed for this draft.
        model: False runs the hand-written rules alone (training and comparisons).
        doubt_threshold: P(ok) under which an uncovered sentence gets the `doubtful_tone`
            warning; None uses `doubt.THRESHOLD`, 0 switches it off (bench comparisons).
    """
    text = draft if isinstance(draft, str) else ""
    review_lang = review.lang if review and review.lang else None
    stars = review.stars if review and isinstance(review.stars, int) else None
    ctx = CheckContext(
        draft=text,
        text=fold(text),
        lang=lang,
        platform=platform or (review.platform if review else None),
        stars=stars,
        review_lang=review_lang,
        previous=previous_replies,
        own_contacts=own_contacts,
        folded=fold_same_length(text),
    )
    findings: list[Finding] = []
    for code, check in (CHECKS if model else RULES).items():
        if code in dismissed:
            continue
        if not text.strip() and code != context.EMPTY:
            continue
        try:
            findings.extend(check(ctx))
        except Exception:  # a bug in one check must not hide the others from the user
            log.exception("reply check %s failed", code)
    if model and text.strip() and DOUBTFUL_TONE not in dismissed:
        try:  # after the others: it only speaks about sentences they left alone
            findings.extend(doubt.doubtful_tone(ctx, findings, threshold=doubt_threshold))
        except Exception:
            log.exception("reply check %s failed", DOUBTFUL_TONE)
    findings.sort(key=lambda f: (_ORDER[f.severity], f.start, f.code))
    return findings
