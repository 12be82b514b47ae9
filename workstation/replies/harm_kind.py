"""What kind of harm a review's health & safety complaint is: an injury, an illness after a
meal, an allergic reaction, or pests — read from the review's own words.

The composer's health & safety block speaks of hygiene and food storage, which answers a
stomach bug but not a fall on a wet floor or a child's burn. Each kind has its own apology
(with a wish for the person's recovery where someone was hurt or ill) and its own action
(`[issue.health_<kind>]` in resources/compose/<lang>.toml). Only kinds of business where that
harm and that action make sense use it: a hotel or a restaurant all four; a shop or a service an
injury on its premises; an online business or a care practice none (a care practice's harm is a
care error, worded by its own kind's block).
"""

from __future__ import annotations

import re

# In order of precedence: an allergy is also an illness, a burn from a dish is an injury.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("allergy", re.compile(
        r"\b(?:allerg\w*|anaphyla\w*|epi-?pens?|arachides?|peanuts?|nut\s+allerg\w*|coeliac|celiac|c[œo]eliaque)\b",
        re.IGNORECASE,
    )),
    ("injury", re.compile(
        r"\b(?:(?:fell|fallen|falling)(?!\s+(?:ill|sick|asleep|apart|in\s+love|for|short))|slipped|slipping|tripped|"
        # A burnt dish is not a burn: a burn is on someone.
        r"burn(?:ed|t)\s+(?:my|his|her|their|our)\s+(?:hand|hands|arm|mouth|tongue|finger|fingers|palm|leg|face|lips?|wrist|skin)|"
        r"(?:a|the|bad|severe|nasty)\s+burns?\b|scald\w*|fractur\w*|sprain\w*|injur\w*|wounded|bruis\w*|stitches|"
        r"broke\s+(?:my|his|her|their|a)\s+(?:arm|wrist|leg|ankle|hip|nose|finger|toe|tooth)|"
        r"bless[ée]\w*|(?:fait|faite)\s+une\s+chute|chute\s+(?:dans|sur|en\s+descendant)|"
        # "tombé sur une personne" is coming across someone; a fall says where.
        r"tomb[ée]e?s?\s+(?:dans\s+(?:l'escalier|les\s+escaliers)|par\s+terre|au\s+sol|en\s+(?:glissant|descendant|marchant))|"
        r"gliss[ée]\w*|br[uû]l[ée]e?s?\s+(?:la|le|les|à\s+la|au|aux|sa|son|ses|ma|mon|mes)\s+"
        r"(?:main|mains|bras|jambe|doigt|doigts|visage|pied|paume|poignet|bouche|langue)|"
        r"br[uû]lures?|entorse\w*|coupure\w*|points\s+de\s+suture)\b",
        re.IGNORECASE,
    )),
    ("pests", re.compile(
        r"\b(?:bed\s?bugs?|cockroach\w*|roach(?:es)?|mice|mouse|rats?|vermin|maggots?|fleas|"
        r"punaises?(?:\s+de\s+lit)?|cafards?|blattes?|souris|rongeurs?|asticots?|puces)\b",
        re.IGNORECASE,
    )),
    ("illness", re.compile(
        r"\b(?:sick|ill|unwell|vomit\w*|threw\s+up|throwing\s+up|food\s+poison\w*|diarrh\w*|stomach|nause\w*|"
        # "gastro" alone is a gastronomic restaurant.
        r"malades?|vomi\w*|intoxi\w*|gastro-?ent[ée]rite\w*|diarrh[ée]\w*|mal\s+au\s+ventre)\b",
        re.IGNORECASE,
    )),
)
# The kinds of harm each kind of business words apart (None: the default, a restaurant).
_BY_BUSINESS: dict[str | None, frozenset[str]] = {
    None: frozenset({"allergy", "injury", "pests", "illness"}),
    "restaurant": frozenset({"allergy", "injury", "pests", "illness"}),
    "hotel": frozenset({"allergy", "injury", "pests", "illness"}),
    "shop": frozenset({"injury"}),
    "services": frozenset({"injury"}),
}
_WINDOW = 4000  # characters read, as the rest of the reply assistant


def harm_kind(text: str, business_kind: str | None) -> str | None:
    """"allergy", "injury", "pests" or "illness" for a review whose words say which, where the
    kind of business words that harm apart; None otherwise (the general block answers)."""
    allowed = _BY_BUSINESS.get(business_kind, frozenset())
    sample = text[:_WINDOW]
    return next((kind for kind, words in _KINDS if kind in allowed and words.search(sample)), None)
