"""Review fields an input column can hold, and how header names map onto them.

Headers are compared after normalising (case, accents, punctuation, camelCase), first as
a whole, then without a vendor prefix such as "Review " or "Developer " and without a
"(UTC)" note, so "Review Created (UTC)" and "reviewReply.comment" are recognised.
"""

from __future__ import annotations

import enum
import re
import unicodedata


class Field(enum.StrEnum):
    """A review attribute that a column can be mapped to."""

    TEXT = "text"
    STARS = "stars"
    TITLE = "title"
    DATE = "date"
    AUTHOR = "author"
    EXTERNAL_ID = "external_id"
    URL = "url"
    LOCATION = "location"
    LANG = "lang"
    PLATFORM = "platform"
    REPLY_TEXT = "reply_text"
    REPLY_DATE = "reply_date"
    UPDATED = "updated"


ColumnMapping = dict[Field, int]

# Earlier synonyms win when several columns match one field ("platform" beats "source").
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.TEXT: (
        "text",
        "review text",
        "review",
        "comment",
        "comments",
        "content",
        "review content",
        "body",
        "message",
        "avis",
        "commentaire",
        "commentaires",
        "contenu",
        "texte",
        "texte de l avis",
        "contenu de l avis",
        "votre avis",
        "review comment",
        "feedback",
        "votre commentaire",
        "vos commentaires",
        "remarque",
        "remarques",
        "texte libre",
        "verbatim",
    ),
    Field.STARS: (
        "rating",
        "stars",
        "star rating",
        "note",
        "etoiles",
        "etoile",
        "nombre d etoiles",
        "note sur 5",
        "note 5",
        "score",
        "review rating",
        "review stars",
        "star",
        "rating value",
        "evaluation",
        "notation",
        "votre note",
        "note globale",
        "note attribuee",
        "note donnee",
        "nb etoiles",
    ),
    Field.TITLE: (
        "title",
        "review title",
        "titre",
        "subject",
        "headline",
        "objet",
        "titre de l avis",
    ),
    Field.DATE: (
        "date",
        "created",
        "created at",
        "creation date",
        "submit date and time",
        "review submit date and time",
        "date de l avis",
        "publie le",
        "date de publication",
        "published",
        "published at",
        "published date",
        "time",
        "create time",
        "review date",
        "date created",
        "posted",
        "posted at",
        "posted on",
        "date de creation",
        "date d ecriture",
        "experienced at",
        "created date",
        "date de visite",
        "date visite",
    ),
    Field.AUTHOR: (
        "author",
        "reviewer display name",
        "name",
        "reviewer",
        "reviewer name",
        "auteur",
        "nom",
        "client",
        "customer",
        "customer name",
        "user",
        "user name",
        "username",
        "display name",
        "consumer name",
        "pseudo",
        "nom du client",
        "prenom",
        "author name",
        "nickname",
        "reviewer nickname",
        "nom et prenom",
        "prenom et nom",
        "nom prenom",
        "prenom nom",
        "nom complet",
        "full name",
    ),
    Field.EXTERNAL_ID: (
        "id",
        "review id",
        "reviewid",
        "identifiant",
        "id de l avis",
        "review name",
    ),
    Field.URL: ("url", "link", "lien", "review link", "review url", "permalink", "web link"),
    Field.LOCATION: (
        "location",
        "location name",
        "etablissement",
        "lieu",
        "store",
        "store name",
        "shop",
        "magasin",
        "boutique",
        "business",
        "place",
        "agence",
        "restaurant",
    ),
    Field.LANG: (
        "language",
        "lang",
        "langue",
        "reviewer language",
        "review language",
        "locale",
        "language code",
        "code langue",
    ),
    Field.PLATFORM: ("platform", "plateforme", "source", "site source", "channel", "canal"),
    Field.REPLY_TEXT: (
        "reply",
        "response",
        "reponse",
        "reply text",
        "developer reply text",
        "reply content",
        "response text",
        "reply comment",
        "owner response",
        "owner reply",
        "company reply",
        "reponse du proprietaire",
        "reponse de l entreprise",
        "texte de la reponse",
        "reponse du commercant",
        "answer",
        "response body",
    ),
    Field.REPLY_DATE: (
        "reply date",
        "response date",
        "reply date and time",
        "developer reply date and time",
        "date de reponse",
        "date de la reponse",
        "reply update time",
        "replied at",
        "reply created",
        "response created",
        "reply time",
        "answered at",
        "repondu le",
        "reply created at",
        "reply updated at",
        "response created at",
        "last modified date",
    ),
    Field.UPDATED: (
        "updated",
        "updated at",
        "last update",
        "last update date and time",
        "review last update date and time",
        "update time",
        "modified",
        "last modified",
        "date de modification",
        "modifie le",
        "mis a jour le",
    ),
}

# Vendor words that prefix otherwise ordinary headers in platform exports.
_PREFIXES = (
    "attributes ",  # JSON:API objects (App Store Connect) nest fields under "attributes"
    "review ",
    "reviewer ",
    "developer ",
    "company ",
    "consumer ",
    "customer ",
    "owner ",
    "business ",
)

# Words that qualify an ordinary header in hand-made French files: "Nom client" is the
# author, "Commentaire client" the text, "Date avis" the date, "Note/5" the rating.
_SUFFIXES = (" du client", " de l avis", " client", " avis", " sur 5", " 5")

_LOOKUP: dict[str, tuple[Field, int]] = {}
for _field, _names in _SYNONYMS.items():
    for _rank, _name in enumerate(_names):
        _LOOKUP.setdefault(_name, (_field, _rank))

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_PAREN = re.compile(r"\([^)]*\)")


def normalize_header(header: str) -> str:
    """Lower-case, accent-free words: "Date de l'Avis" -> "date de l avis".

    camelCase and dotted JSON keys split too: "reviewReply.comment" -> "review reply comment".
    """
    spaced = _CAMEL.sub(" ", header.strip())
    plain = unicodedata.normalize("NFKD", spaced.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain).split())


def match_header(header: str) -> tuple[Field, int] | None:
    """The field a header names and its rank (lower is a better match), or None.

    Rank grows by 100 when the match needed a prefix, a qualifying suffix ("client") or a
    "(...)" note removed, so a
    plain "Date" column beats "Review Created (UTC)" for the same field.
    """
    norm = normalize_header(header)
    if norm in _LOOKUP:
        return _LOOKUP[norm]
    candidates = [normalize_header(_PAREN.sub(" ", header))]
    if norm.endswith(" utc"):
        candidates.append(norm[:-4])
    for base in list(candidates):
        stripped = base
        for _ in range(2):  # "Review Consumer Name" carries two vendor words
            for prefix in _PREFIXES:
                if stripped.startswith(prefix):
                    stripped = stripped[len(prefix) :]
                    candidates.append(stripped)
                    break
    for base in list(candidates):
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) > len(suffix):
                candidates.append(base[: -len(suffix)])
    for cand in candidates:
        if cand in _LOOKUP:
            field, rank = _LOOKUP[cand]
            return field, rank + 100
    return None


def is_known_header(header: str) -> bool:
    """Whether a cell looks like one of the recognised column names."""
    return match_header(header) is not None
