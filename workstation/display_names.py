"""What people read instead of internal codes: platform, state, urgency, flag, topic and
reason names in English and French.

The one mapping used by the window (through `workstation.ui.triage_labels`) and by the
reports (PDF and CSV), so "app_store", "waiting_time", "late_import" or "none" never reach
a reader. Topic and reason names come from the analysis resource files (one source of
truth for the rules and their labels). An unknown code is shown with its underscores as
spaces rather than failing.
"""

from __future__ import annotations

import json
from functools import cache

from babel import Locale, UnknownLocaleError

from workstation.domain import Platform
from workstation.paths import resources_dir
from workstation.typography import punctuate

LANGUAGES = ("en", "fr")

# kind → code → (English, French)
_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "platform": {
        Platform.GOOGLE_BUSINESS: ("Google", "Google"),
        Platform.GOOGLE_PLAY: ("Google Play", "Google Play"),
        Platform.APP_STORE: ("App Store", "App Store"),
        Platform.TRUSTPILOT: ("Trustpilot", "Trustpilot"),
        Platform.TRIPADVISOR: ("Tripadvisor", "Tripadvisor"),
        Platform.YELP: ("Yelp", "Yelp"),
        Platform.FACEBOOK: ("Facebook", "Facebook"),
        Platform.DEMO: ("Demo platform", "Démo"),  # short: the sidebar shows it beside its count
        Platform.MANUAL: ("Other", "Autre"),
    },
    "level": {
        "critical": ("Critical", "Critique"),
        "high": ("High", "Élevée"),
        "normal": ("Normal", "Normale"),
        "low": ("Low", "Faible"),
    },
    "status": {
        "open": ("To handle", "À traiter"),
        "no_reply_needed": ("No reply needed", "Pas de réponse nécessaire"),
        "archived": ("Archived", "Archivé"),
    },
    "reply_state": {
        "none": ("No reply yet", "Pas encore de réponse"),
        "draft": ("Draft", "Brouillon"),
        "ready": ("Reply ready", "Réponse prête"),
        "queued": ("Reply queued", "Réponse en file"),
        "sent": ("Replied", "Répondu"),
        "failed": ("Reply failed", "Échec de la réponse"),
    },
    "sla_state": {
        "due": ("Not answered yet, on time", "Sans réponse, dans les temps"),
        "due_soon": ("Not answered yet, deadline close", "Sans réponse, échéance proche"),
        "overdue": ("Not answered, deadline passed", "Sans réponse, échéance dépassée"),
        "met": ("Answered in time", "Répondu à temps"),
        "missed": ("Answered after the deadline", "Répondu après l’échéance"),
    },
    "sla_class": {
        "critical": ("Critical review", "Avis critique"),
        "negative": ("Negative review", "Avis négatif"),
        "standard": ("Other review", "Autre avis"),
    },
    "sentiment": {
        "negative": ("Negative", "Négatif"),
        "neutral": ("Neutral", "Neutre"),
        "positive": ("Positive", "Positif"),
        "unknown": ("Unknown", "Inconnu"),
    },
    # Points a reply answers that are neither a reason nor a topic of the analysis (the
    # composer's own, `replies/compose.py`).
    "point": {
        "hygiene": ("Hygiene", "Hygiène"),
        "noise": ("Noise", "Bruit"),
        "other": ("Other points raised", "Autres points soulevés"),
    },
    # The inbox's chips: a reason as short as it can be while still saying what it is, so
    # two or three fit the list's Review column in French too. The detail pane and the
    # reports keep the category's full name (kind "category"); a reason not named here
    # has a chip of its full name.
    "chip": {
        "fraud_billing": ("Fraud or billing", "Fraude ou facturation"),
        "escalation_threat": ("Escalation threat", "Menace de buzz"),
        "staff_behaviour": ("Staff behaviour", "Attitude du personnel"),
    },
    "flag": {
        # how the response time was measured
        "no_date": ("No date at all", "Aucune date"),
        "no_publish_date": ("Publication date missing", "Date de publication manquante"),
        "late_import": (
            "Arrived over a day after publication: deadline counted from its arrival",
            "Arrivé plus d’un jour après sa publication : échéance comptée depuis son arrivée",
        ),
        "history": (
            "Arrived over 14 days after publication (older review): no deadline",
            "Arrivé plus de 14 jours après sa publication (avis ancien) : sans échéance",
        ),
        "reply_before_review": ("Reply dated before the review", "Réponse datée avant l’avis"),
        "assumed_utc": ("Time zone of the date assumed (UTC)", "Fuseau de la date supposé (UTC)"),
        "out_of_range": ("Date outside the usual range", "Date hors de la plage habituelle"),
        # what the analysis noticed
        "star_mismatch": ("Text and stars disagree", "Le texte et la note ne concordent pas"),
        "mentions_person": ("Mentions a person by name", "Cite une personne par son nom"),
        "near_duplicate": ("Near-duplicate of another review", "Quasi-doublon d’un autre avis"),
        "review_bombing": ("Possible review bombing", "Possible vague d’avis malveillants"),
    },
}


def _pick(names: tuple[str, str], lang: str) -> str:
    return punctuate(names[1], lang) if lang.lower().startswith("fr") else names[0]


@cache
def _resource_names() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    folder = resources_dir() / "analysis"
    for kind, file, key in (("category", "categories.json", "categories"), ("topic", "topics.json", "topics")):
        try:
            specs = json.loads((folder / file).read_text(encoding="utf-8")).get(key, {})
        except (OSError, ValueError):
            continue  # the analysis reports a broken resource itself; names fall back to plain words
        for name, spec in specs.items():
            fallback = plain(name)
            out[(kind, name)] = (str(spec.get("label_en") or fallback), str(spec.get("label_fr") or fallback))
    return out


def plain(code: str) -> str:
    """Last resort for a code nobody named: "waiting_time" → "Waiting time"."""
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def display_name(kind: str, code: str | None, lang: str) -> str:
    """The name of `code` (of `kind`: platform, level, status, reply_state, sla_state,
    sla_class, sentiment, flag, topic, category, point or language) in `lang`; "" for no code."""
    if not code:
        return ""
    code = str(code)
    if kind == "language":
        return language_name(code, lang)
    names = _NAMES.get(kind, {}).get(code) or _resource_names().get((kind, code))
    return _pick(names, lang) if names else plain(code)


def chip_name(category: str, lang: str) -> str:
    """A reason as the inbox's chip names it: its short name, else its full one."""
    names = _NAMES["chip"].get(category)
    return _pick(names, lang) if names else display_name("category", category, lang)


def platform_named_in(value: str, lang: str) -> str:
    """A platform given by its code ("google_play") or its English name ("Demo platform", as
    some errors carry it) named in `lang`; any other value as it is."""
    for code, names in _NAMES["platform"].items():
        if value in (code, names[0]):
            return _pick(names, lang)
    return value


# Codes that name no language ("und": undetermined, as some files write it): babel would
# expand "und" to "English (United States)", a name no reader should see for it.
_NO_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})


def language_name(code: str, lang: str) -> str:
    """"fr" → "French" / "français" (babel's CLDR names); "" for a code that names no
    language ("und")."""
    if code.replace("-", "_").split("_")[0].lower() in _NO_LANGUAGE:
        return ""
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name("fr" if lang.lower().startswith("fr") else "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return name or code


def known_codes(kind: str) -> tuple[str, ...]:
    """Every code of `kind` this mapping names (tests check none is missing)."""
    return tuple(_NAMES.get(kind, {})) + tuple(c for k, c in _resource_names() if k == kind)
