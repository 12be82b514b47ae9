"""Compose one reply that answers every point a review raises, most serious first.

Shape: greeting, thanks, for each complaint a specific apology then the corrective action,
an offline channel, a close (positive reviews: thanks, specific thanks for what they praised,
a thing they named, an invitation to come back, a close with the business's name). Wording
comes from `blocks`, worded for the profile's kind of business when it has one; the variant
of every sentence is chosen by a hash of the review id and the sentence's slot, so similar
reviews read differently while one review always gets the same draft. When the platform's limit (or 1,500 characters) is too short, the reply is
shortened a whole sentence at a time: lower-priority points first share one sentence, then
the thanks and the close go; then the brief form (one apology naming every point, the most
serious point's action in short, a short offline channel and close: Google Play's 350
characters hold it for most reviews), and only as a last resort are the least serious points
dropped. `addresses` always lists what the final text still answers.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from workstation.display_names import display_name

from .blocks import BlockSet, load_blocks, load_harm
from .complaints import (
    COVERS,
    Points,
    clauses_by_criticism,
    covered_by,
    review_points,
)
from .contact_wording import for_contact
from .fill import first_name
from .french import insert_nouns
from .harm_kind import harm_kind
from .limits import Limit, limit_for, normalise_platform
from .model import ReplyProfile, ReviewInput
from .placeholders import clean_value

# Complaints of harm: health, a child, discrimination, a legal threat (the critical categories).
SERIOUS = frozenset({"health_safety", "minors_safety", "discrimination", "legal_threat"})
# Harm done to a person: the reply is about that harm. Its apology and action come in full and the
# review's other points are named in one shared apology, rather than a paragraph of blocks where
# a child's burn reads as one item beside the bill and the wait. (A legal threat is about the
# complaint behind it, which keeps its own block.)
_HARM = frozenset({"health_safety", "minors_safety", "discrimination"})
# Points that call for a private conversation whatever the rating: harm, a legal threat, money, how a
# person was treated, a threat to go public. A four- or five-star review whose points are all
# everyday ones (a bland dish, no kettle in the room) ends warmly instead, as an owner would (18warm).
_NEEDS_TALK = SERIOUS | {"hygiene", "fraud_billing", "billing", "staff_behaviour", "escalation"}
MAX_CHARS = 1500  # a reply longer than this is not read (issue 18 target)
_SHORT_FORM = 600  # under this limit paragraphs are joined by spaces, not blank lines

# How the window names each point a reply answers ("answers: Waiting time, Food"): by the
# name the detail pane gives the same reason or topic (`display_names`), so that one thing has
# one name on the screen. (kind, code) of that name; hygiene is the composer's own point.
ISSUE_NAMES: dict[str, tuple[str, str]] = {
    "health_safety": ("category", "health_safety"),
    "minors_safety": ("category", "minors_safety"),
    "hygiene": ("point", "hygiene"),
    "fraud_billing": ("category", "fraud_billing"),
    "billing": ("topic", "billing"),
    "discrimination": ("category", "discrimination_harassment"),
    "staff_behaviour": ("category", "staff_behaviour"),
    "staff": ("topic", "staff"),
    "legal_threat": ("category", "legal_threat"),
    "escalation": ("category", "escalation_threat"),
    "waiting_time": ("topic", "waiting_time"),
    "food": ("topic", "food"),
    "service": ("topic", "customer_service"),
    "noise": ("point", "noise"),
    "cleanliness": ("topic", "cleanliness"),
    "room": ("topic", "room"),
    "delivery": ("topic", "delivery"),
    "booking": ("topic", "booking"),
    "product_defect": ("topic", "product_quality"),
    "app_crash": ("topic", "app_bug"),
    "login": ("topic", "login"),
    "price": ("topic", "price"),
    "other": ("point", "other"),
}


def label(issue_id: str, lang: str) -> str:
    """The point's name in `lang`, as the detail pane names the same reason or topic."""
    kind, code = ISSUE_NAMES.get(issue_id, ("point", issue_id))
    return display_name(kind, code, lang)


def point_labels(issue_ids: Iterable[str], lang: str) -> list[str]:
    """The names of `issue_ids` in `lang`, each once; a topic its category answers in full
    (hygiene under health & safety) is not named beside it ("answers: …", "Points to answer: …")."""
    ids = list(issue_ids)
    hidden = covered_by(ids)
    return list(dict.fromkeys(label(i, lang) for i in ids if i not in hidden))


@dataclass(frozen=True, slots=True)
class Composed:
    text: str
    addresses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Shape:
    """How much of the reply to keep; the fitting loop walks from rich to lean shapes."""

    issues: int  # how many complaints (most serious first) are kept
    detail: int  # 0 all full, 1 top full + others' apology, 2 top full + shared sentence,
    # 3 as 2 without the shared action, BRIEF one apology naming all + the top's short action
    ack: int  # 0 full thanks, 1 short thanks, 2 none
    close: bool
    shortest: bool = False  # every sentence in its shortest wording (the brief form's last try)


class _Writer:
    """Picks sentence variants for one review and one variant number."""

    def __init__(
        self, blocks: BlockSet, seed: str, shift: int, values: dict[str, str], avoid: str = ""
    ) -> None:
        self.blocks = blocks
        self.seed = seed
        self.shift = shift
        self.values = values
        self.avoid = avoid
        self.shortest = False

    def pick(self, options: Sequence[str], slot: str) -> str:
        # Each variant number draws every slot afresh, so variants differ in many sentences.
        start = zlib.crc32(f"{self.seed}|{slot}|{self.shift}".encode())
        order = [self.fill(options[(start + i) % len(options)]) for i in range(len(options))]
        if self.shortest:
            return min(order, key=len)
        if self.avoid:
            # The first wording (in this review's order) that the posted replies use least.
            return min(order, key=self.avoid.count)
        return order[0]

    def frame(self, key: str) -> str:
        return self.pick(self.blocks.frame[key], key)

    def frame_unlike(self, key: str, said: Sequence[str]) -> str:
        """A `frame` sentence that does not echo what `said` already says ("See you soon for
        another great time with us. Thanks again, and see you soon!")."""
        echoes = _echoes(" ".join(said))
        options = [o for o in self.blocks.frame[key] if not _echoes(self.fill(o)) & echoes]
        return self.pick(options or self.blocks.frame[key], key)

    def fill(self, sentence: str) -> str:
        sentence = for_contact(sentence, self.values.get("contact"), self.blocks.lang)
        for name, value in self.values.items():
            sentence = sentence.replace("{" + name + "}", value)
        return sentence

    def with_nouns(self, key: str, placeholder: str, nouns: Sequence[str]) -> str:
        """A `frame` sentence naming `nouns` ("de le service" contracted to "du service")."""
        options = self.blocks.frame[key]
        sentence = self.pick([o for o in options if "{" + placeholder + "}" in o] or options, key)
        return insert_nouns(sentence, placeholder, nouns, self.blocks.conjunction)


def _limit_chars(limit: Limit | None) -> int:
    # Bytes limits (Google Business) are far above 1,500 characters: the cap decides there.
    if limit is None or limit.unit == "bytes":
        return MAX_CHARS
    return min(limit.max, MAX_CHARS)


def _fits(text: str, limit: Limit | None, cap: int) -> bool:
    return len(text) <= cap and (limit is None or limit.measure(text) <= limit.max)


BRIEF = 4  # `_Shape.detail` of the brief form


def _shapes(n_issues: int) -> Iterator[_Shape]:
    frames = ((0, True), (1, True), (1, False), (2, False))
    for kept in range(n_issues, 0, -1):
        for ack, close in frames:
            for detail in range(4):
                if detail and kept == 1:
                    continue  # one point: only "full" differs from the others
                yield _Shape(kept, detail, ack, close)
        # Before a point is dropped, the brief form tries to keep them all (its apology
        # sentence thanks or apologises on its own: no separate thanks).
        yield _Shape(kept, BRIEF, 2, True)
        yield _Shape(kept, BRIEF, 2, False)
        yield _Shape(kept, BRIEF, 2, False, shortest=True)


def _issue_sentences(w: _Writer, issues: Sequence[str], detail: int) -> list[str]:
    blocks = w.blocks.issues
    top = blocks[issues[0]]
    if detail == BRIEF:
        # "We're sorry about the wait, the food and the way you were treated." + one action.
        listed = w.with_nouns("brief_sorry", "list", [blocks[i].short_noun for i in issues])
        return [listed, w.pick(top.short_fix, issues[0] + ".short_fix")]
    out = [w.pick(top.sorry, issues[0] + ".sorry"), w.pick(top.fix, issues[0] + ".fix")]
    rest = issues[1:]
    if not rest:
        return out
    if detail == 0:
        for i in rest:
            out += [_further_sorry(w, i), w.pick(blocks[i].fix, i + ".fix")]
    elif detail == 1:
        out += [_further_sorry(w, i) for i in rest]
        out.append(w.frame("list_fix"))
    else:
        out.append(w.with_nouns("list_sorry", "list", [blocks[i].noun for i in rest]))
        if detail == 2:
            out.append(w.frame("list_fix"))
    return out


# Points whose own apology only reads well alone: after another point's, "We're sorry about what
# fell short" would apologise twice for the same thing; "We're also sorry about everything else
# that fell short" (the shared apology naming its noun) says it is the rest.
_SAID_AFTER_OTHERS_BY_NOUN = frozenset({"other"})


def _further_sorry(w: _Writer, issue: str) -> str:
    """The apology for `issue` when another point's came first."""
    if issue in _SAID_AFTER_OTHERS_BY_NOUN:
        return w.with_nouns("list_sorry", "list", [w.blocks.issues[issue].noun])
    return w.pick(w.blocks.issues[issue].sorry, issue + ".sorry")


def _assemble(paragraphs: Sequence[Sequence[str]], signature: str | None, short: bool) -> str:
    # The greeting keeps its own line even in the short form ("Hi Tom," then a capital).
    greeting, *rest = [" ".join(p) for p in paragraphs if p]
    if signature:
        rest.append(signature)
    if short:
        return greeting + "\n" + " ".join(rest)
    return "\n\n".join([greeting, *rest])


def _negative(
    w: _Writer, points: Points, shape: _Shape, stars: int | None, *, thank_praise: bool = False
) -> list[list[str]]:
    """The paragraphs of a reply to a review with complaints (`thank_praise`: thank, after the
    opening, for what a three-star or better review praised)."""
    issues = points.complaints[: shape.issues]
    # Someone reporting harm is not thanked for "feedback that helps us get better" (nor, on a
    # three-star or better review, for "feedback that is really useful to us").
    if set(points.complaints) & SERIOUS:
        thanks = w.frame("ack_serious")
    else:
        thanks = w.frame("thanks_mixed") if stars is not None and stars >= 3 else w.frame("ack")
    opening = [thanks, w.frame("ack_short"), ""][shape.ack]
    body = [opening] if opening else []
    # Three stars, praise, and no complaint found: thank for what was liked rather than regret
    # a visit that "went badly" (the review did not say so), and close warmly.
    praise = _praise(w, points) if not issues and stars == 3 else []
    if issues:
        # "Good food, quick service, the room was noisy": the praise is thanked before the gripe
        # is answered, as an owner would, rather than met with "thanks for the balanced feedback".
        if thank_praise:
            body += _praise(w, points)
        body += _issue_sentences(w, issues, shape.detail)
    elif praise:
        body += praise
    else:
        body += [w.frame("sorry_generic"), w.frame("fix_generic")]
    brief = "brief_" if shape.detail == BRIEF else ""
    if issues and not brief and stars is not None and stars >= 4 and not set(points.complaints) & _NEEDS_TALK:
        return [body, [w.frame_unlike(_positive_close(w), body)]]
    offline = w.frame(brief + ("offline_contact" if "contact" in w.values else "offline"))
    if brief:
        close = w.frame("brief_close")
    elif praise:
        close = w.frame_unlike(_positive_close(w), body)
    elif issues and issues[0] in _HARM and stars is not None and stars <= 2:
        # After an injury, an illness or a child put at risk, "we hope to welcome you back" reads
        # as a sales line to someone who gave one or two stars (a three-star regular may well be
        # welcomed back). The close does not repeat what the apology said ("very seriously").
        close = w.frame_unlike("close_harm", body)
    else:
        close = w.frame(
            "close_mixed" if stars == 3 else "close_negative" if "business" in w.values else "close_negative_nobiz"
        )
    return [body, [offline, close] if shape.close else [offline]]


# Words that make two closing sentences say the same thing twice when both use them.
_ECHO = re.compile(
    r"\b(soon|again|see you|heartfelt|look forward|can't wait|next visit|welcome you|seriously|"
    r"bientôt|très vite|revoir|retrouver|hâte|prochaine visite|accueillir|au plaisir|gratitude|chaleureu\w*|"
    r"au sérieux)\b",
    re.IGNORECASE,
)


def _echoes(text: str) -> set[str]:
    # Nine letters: "chaleureux" and "chaleureusement" are the same echo.
    return {m.group(1).lower()[:9] for m in _ECHO.finditer(text)}


_APP_STORES = ("google_play", "app_store")
_LISTED_PRAISE = ("food", "service", "price", "cleanliness")


def _positive_close(w: _Writer) -> str:
    """The frame key of a warm goodbye (with the business's name when there is one)."""
    return "close_positive_biz" if "business" in w.values else "close_positive"


def _positive(
    w: _Writer, points: Points, text: str, platform: str | None, stars: int | None = None
) -> list[list[str]]:
    close_key = _positive_close(w)
    # An app's users are not "welcomed back": they are invited to keep using it.
    invite = w.frame("invite_app" if normalise_platform(platform) in _APP_STORES else "invite")
    if not text.strip():
        thanks = w.frame("thanks_rating")
        return [[thanks, invite], [w.frame_unlike(close_key, [thanks, invite])]]
    body = [w.frame("thanks_positive"), *_praise(w, points)]
    # Read once: the gripe is in the critical clauses, a thing to thank for only in the others.
    critical, uncriticised = clauses_by_criticism(text, stars, w.blocks.lang)
    item = _first_named(w.blocks.lang, uncriticised)
    if item:
        body.append(w.with_nouns("mention", "item", [item]))
    if stars is not None and critical:
        # "Great stay, shame the parking is so small": the gripe is thanked for, not ignored.
        body.append(w.frame("gripe"))
    return [body, [invite, w.frame_unlike(close_key, [body[0], invite])]]


def _praise(w: _Writer, points: Points) -> list[str]:
    """Thanks that pick up what was praised: the first topic in its own words, the others listed."""
    praised = [t for t in points.praised if t in w.blocks.praise]
    if not praised:
        return []
    first, *others = praised
    out = [w.pick(w.blocks.praise[first], "praise." + first)]
    # Only nouns that read as praise ("the wait" does not): the rest is said by the first sentence.
    nouns = [w.blocks.issues[t].noun for t in others if t in _LISTED_PRAISE]
    if nouns:
        out.append(w.with_nouns("praise", "list", nouns[:3]))
    return out


@lru_cache(maxsize=4)
def _item_pattern(lang: str) -> re.Pattern[str] | None:
    words = sorted(load_blocks(lang).items, key=len, reverse=True)  # "crème brûlée" before "crème"
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def named_item(lang: str, text: str, stars: int | None = None) -> str | None:
    """The first dish, drink or place the review names (with its article) outside a clause
    that criticises it ("pas de croissants disponibles" is not thanked as praise) and not as the
    reviewer's own ("my garden")."""
    return _first_named(lang, clauses_by_criticism(text, stars, lang)[1])


def _first_named(lang: str, clauses: Iterable[str]) -> str | None:
    """The first thing of the item list named in `clauses`, unless as the reviewer's own."""
    pattern = _item_pattern(lang)
    if pattern is None:
        return None
    for clause in clauses:
        for found in pattern.finditer(clause):
            # "the boxes end up in my garden": the reviewer's own, not the business's.
            if not _OWN.search(clause[: found.start()]):
                return load_blocks(lang).items[found.group(1).casefold()]
    return None


# A possessive of the reviewer's right before a named thing ("my garden", "notre terrasse").
_OWN = re.compile(r"\b(?:my|our|mon|ma|mes|notre|nos)\s+$", re.IGNORECASE)


def _addresses(points: Points, kept: int) -> tuple[str, ...]:
    out: list[str] = []
    for issue in points.complaints[:kept]:
        out.append(issue)
        out.extend(COVERS.get(issue, ()))
    return tuple(out)


@lru_cache(maxsize=64)
def _blocks_for(lang: str, kind: str | None, harm: str | None) -> BlockSet:
    """The blocks of `kind` with the close of a reply about harm and, for a `harm` the review's
    words name (harm_kind.py), its own health & safety wording; built once per combination."""
    blocks = load_blocks(lang, kind)
    harm_blocks = load_harm(lang)
    issues = blocks.issues if harm is None else blocks.issues | {"health_safety": harm_blocks.issues[harm]}
    return replace(blocks, issues=issues, frame=blocks.frame | {"close_harm": harm_blocks.close})


def compose(
    review: ReviewInput,
    profile: ReplyProfile | None = None,
    *,
    variant: int = 0,
    compact: bool = False,
    avoid: str = "",
    points: Points | None = None,
) -> Composed:
    """The reply for an enriched `review` (language, stars, categories, topics filled in).

    Args:
        variant: 0 for the best draft; other numbers choose other sentence variants.
        compact: start from the shared-sentence form, for a shorter alternative.
        avoid: replies already posted (joined): each sentence takes the wording they use least.
        points: the points to answer when the owner chose them (`point_choice`); by default
            those the review's words and analysis point at.
    """
    lang = review.lang if review.lang in ("en", "fr") else "en"
    seed = review.id or str(zlib.crc32(review.text.encode()))
    profile = profile or ReplyProfile()
    # The profile's kind of business picks its wording ("your order" rather than "your plate"),
    # and what happened the health & safety wording (a fall is not a hygiene problem).
    blocks = _blocks_for(lang, profile.kind, harm_kind(review.text, profile.kind))
    w = _Writer(blocks, seed, variant, {}, avoid)
    values = {
        "first_name": first_name(review.author),
        "business": clean_value(review.business or profile.business),
        "contact": clean_value(profile.contact),
    }
    w.values = {k: v for k, v in values.items() if v}
    greeting = w.frame("greeting_named" if "first_name" in w.values else "greeting")
    signature = clean_value(profile.signature)
    points = points if points is not None else review_points(review)
    limit = limit_for(review.platform)
    cap = _limit_chars(limit)
    short = cap < _SHORT_FORM
    positive = not points.complaints and (review.stars is None or review.stars >= 4)
    if positive and (review.stars is not None or review.text.strip()):
        text = _assemble(
            [[greeting], *_positive(w, points, review.text, review.platform, review.stars)], signature, short
        )
        return _fit_sentences(text, limit, cap, points.praised)
    last = ""
    compact = compact or (bool(points.complaints) and points.complaints[0] in _HARM)
    for shape in _shapes(max(1, len(points.complaints))):
        if compact and shape.detail < 2 and shape.issues > 1:
            continue
        w.shortest = shape.shortest
        # Thanks for the praise come only where the whole answer still fits: never at the cost of
        # a complaint left unanswered.
        for thank_praise in (True, False) if _thanks_praise(points, review.stars, shape) else (False,):
            paragraphs = _negative(w, points, shape, review.stars, thank_praise=thank_praise)
            last = _assemble([[greeting], *paragraphs], signature, short)
            if _fits(last, limit, cap):
                return Composed(last, _addresses(points, shape.issues))
    return _fit_sentences(last, limit, cap, _addresses(points, 1))


def _thanks_praise(points: Points, stars: int | None, shape: _Shape) -> bool:
    """A reply with complaints also thanks for the praise: three stars or more, something praised
    (not harm, where thanks would read as changing the subject), and only in the fullest shape:
    every complaint answered in full, the full opening and close."""
    return (
        stars is not None
        and stars >= 3
        and bool(points.praised)
        and not set(points.complaints) & SERIOUS
        and shape.detail == 0
        and shape.ack == 0
        and shape.close
        and shape.issues >= len(points.complaints)
    )


def _fit_sentences(
    text: str, limit: Limit | None, cap: int, addresses: tuple[str, ...]
) -> Composed:
    """Last resort for tiny limits: drop whole sentences from the end, never cut one."""
    if _fits(text, limit, cap):
        return Composed(text, addresses)
    sentences = text.replace("\n\n", " ").split(". ")
    while len(sentences) > 1 and not _fits(". ".join(sentences) + ".", limit, cap):
        sentences.pop()
    kept = ". ".join(sentences)
    return Composed(kept if kept.endswith((".", "!", "?")) else kept + ".", ())
