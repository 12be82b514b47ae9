"""A reply's sign-off written as its last sentence: "Avec toute notre gratitude, Marion &
l'équipe, Le Martin Boutique Hotel", "À bientôt, Marion & Emmanuel", "Kind regards, Tom and
the whole team".

The reply-check classifier reads names as a sign of blame, so a signature must not be given
to it. `learned._sign_off` already skips a short first or last *line*; real published replies
(issue 18, 18fb22: 15 of one hotel's 19 French replies warned) often sign on the same line as
the text, after the last full stop. Such a sentence is a sign-off when, after an optional
closing formula, it holds only capitalised names, "&", "and"/"et", "ainsi que" and words for
the team or the business. Without a closing formula it must also name the team, join names
("&", "and"/"et"), so that "Blame Kevin" is still read. A lone word is never a sign-off here
("Noted. Riveting." is sarcasm, "… Mr A. Patel." ends a blame: 18fb22, not kept); a lone name
on its own line still is (`learned._sign_off`).
"""

from __future__ import annotations

import re

MAX_WORDS = 16
_CLOSING = re.compile(
    r"(?i)^(?:(?:avec )?(?:toute )?(?:notre|nos|mes|ma|toute notre) (?:gratitude|amitié|amitie|"
    r"reconnaissance|sincères salutations|meilleures salutations|remerciements|sympathie)|"
    r"bien (?:sincèrement|sincerement|cordialement|à vous|a vous|amicalement)|cordialement|"
    r"sincèrement|sincerement|amicalement|chaleureusement|"
    r"(?:à|a) (?:très |trés |tres )?(?:bientôt|bientot|vite)|au (?:grand )?plaisir(?: de vous (?:revoir|recevoir))?|"
    r"merci(?: encore| à vous| a vous)?|(?:best|kind|warm|warmest|many) (?:regards|wishes|thanks)|regards|"
    r"cheers|thanks(?: again)?|thank you(?: again)?|see you soon|all the best|with (?:thanks|gratitude|love)|"
    r"sincerely|yours(?: sincerely| truly)?)[\s,!.]*"
)
# What a signature is made of besides names: joins and the team.
_JOIN = frozenset({"&", "et", "and", "ainsi", "que", "+"})
_TEAM = frozenset({
    "l'équipe", "l'equipe", "équipe", "equipe", "team", "staff", "toute", "tout", "tous", "the", "whole",
    "all", "la", "le", "les", "du", "de", "des", "d'", "of", "at", "from", "votre", "your", "hôte", "hôtes",
    "hosts", "host", "owner", "owners", "manager", "management", "direction", "gérant", "gérante",
})
_NAME = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$")


def is_sign_off(sentence: str) -> bool:
    """Whether `sentence` (the last of a reply) is only a signature, closing formula first."""
    text = sentence.strip().rstrip("!. ")
    closing = _CLOSING.match(text)
    rest = text[closing.end():] if closing else text
    words = [w.strip(",;:()") for w in rest.replace("’", "'").split()]
    words = [w for w in words if w]
    if not words or len(text.split()) > MAX_WORDS:
        return bool(closing) and not words
    names = [w for w in words if _NAME.match(w)]
    others = [w.lower() for w in words if not _NAME.match(w)]
    if any(w not in _JOIN and w not in _TEAM for w in others) or (not names and not others):
        return False
    return bool(closing) or any(w.lower() in _JOIN or w.lower() in _TEAM for w in words)
