"""Testing a source's connection, and saying the result in words a shop owner understands.

`check_connection(connector)` asks the platform once for what the source would sync and
returns a `ConnectionVerdict`: OK with what it sees (locations, apps, reviews), or one
of a few failures the owner can act on — wrong key, no access, not found, no network,
platform down, busy. `verdict_for_error` is the one place where connector errors become
these verdicts: the window's "Test connection" and `workstation source test` both show
`verdict.message(lang)`, never an exception text, an HTTP status or a secret.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from workstation.display_names import display_name
from workstation.sources.app_store import AppStoreConnector
from workstation.sources.base import ConfigError, Connector, ConnectorError, CredentialsError
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.google_play import GooglePlayConnector
from workstation.sources.trustpilot import TrustpilotConnector

log = logging.getLogger(__name__)

VerdictKind = Literal[
    "ok", "wrong_key", "no_access", "not_found", "offline", "platform_down", "busy", "setup", "unexpected"
]

#: Connector error kind → verdict. Every ErrorKind of `sources.base` is listed.
_KINDS: dict[str, VerdictKind] = {
    "auth": "wrong_key",
    "reconnect": "wrong_key",
    "forbidden": "no_access",
    "not_found": "not_found",
    "offline": "offline",
    "server": "platform_down",
    "bad_response": "platform_down",
    "conflict": "platform_down",
    "rate_limited": "busy",
    "rejected": "setup",
    "not_supported": "setup",
}

# platform → (what the source reads, where access is given), English and French.
_THING = {
    "google_business": (("your business locations", "vos établissements"),
                        ("your Google Business Profile (People and access)",
                         "votre fiche d’établissement Google (Utilisateurs et accès)")),
    "google_play": (("this app", "cette application"),
                    ("Play Console (Users and permissions)", "la Play Console (Utilisateurs et autorisations)")),
    "app_store": (("this app", "cette application"),
                  ("App Store Connect (Users and Access)", "App Store Connect (Utilisateurs et accès)")),
    "trustpilot": (("this business", "cette entreprise"),
                   ("Trustpilot Business (Integrations)", "Trustpilot Business (Intégrations)")),
}
_DEFAULT_THING = (("this account", "ce compte"), ("the platform's settings", "les réglages de la plateforme"))

# verdict → (English, French); {platform}, {thing}, {where} are filled in.
_FAILURES: dict[str, tuple[str, str]] = {
    "wrong_key": (
        "{platform} did not accept this key. Check that it was copied whole and was not deleted, "
        "or create a new one.",
        "{platform} n’a pas accepté cette clé. Vérifiez qu’elle a été copiée en entier et qu’elle n’a pas "
        "été supprimée, ou créez-en une nouvelle.",
    ),
    "no_access": (
        "The key works, but it has no access to {thing}. Give it access in {where}, then test again.",
        "La clé fonctionne, mais elle n’a pas accès à {thing}. Donnez-lui l’accès dans {where}, puis "
        "testez de nouveau.",
    ),
    "not_found": (
        "{platform} cannot find {thing}. Check what you typed or chose, then test again.",
        "{platform} ne trouve pas {thing}. Vérifiez ce que vous avez saisi ou choisi, puis testez de nouveau.",
    ),
    "offline": (
        "No connection: {platform} could not be reached. Check that this computer is online, then test again.",
        "Pas de connexion : impossible de joindre {platform}. Vérifiez que cet ordinateur est connecté à "
        "Internet, puis testez de nouveau.",
    ),
    "platform_down": (
        "{platform} is not answering properly right now. The problem is on their side: try again later.",
        "{platform} ne répond pas correctement en ce moment. Le problème vient de leur côté : réessayez "
        "plus tard.",
    ),
    "busy": (
        "{platform} asks us to wait a little. Try again in a few minutes.",
        "{platform} demande de patienter un peu. Réessayez dans quelques minutes.",
    ),
    "setup": (
        "Something this account needs is missing or not in the right form. Check each field, then test again.",
        "Il manque une information à ce compte, ou elle n’est pas sous la bonne forme. Vérifiez chaque champ, "
        "puis testez de nouveau.",
    ),
    "unexpected": (
        "The test could not finish because of an unexpected problem. Try again; if it goes on, the details "
        "are in the log.",
        "Le test n’a pas pu aboutir à cause d’un problème inattendu. Réessayez ; si cela continue, les "
        "détails sont dans le journal.",
    ),
}
_GOOGLE_SIGN_IN = (
    "Google no longer accepts this sign-in. Press “Sign in with Google…” again.",
    "Google n’accepte plus cette connexion. Appuyez de nouveau sur « Se connecter avec Google… ».",
)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _count(count: int, more: bool, lang: str, one: tuple[str, str], many: tuple[str, str]) -> str:
    french = lang == "fr"
    text = _plural(count, one[french], many[french])
    if more:
        text = ("plus de " if french else "more than ") + text
    return text


@dataclass(frozen=True)
class ConnectionVerdict:
    """What a connection test found. `kind` "ok" carries what the platform showed."""

    kind: VerdictKind
    platform: str
    locations: int | None = None
    apps: int | None = None
    reviews: int | None = None
    more_reviews: bool = False
    target: str = ""  # the app's package name, or the Trustpilot business found

    @property
    def ok(self) -> bool:
        return self.kind == "ok"

    def message(self, lang: str = "en") -> str:
        """One or two plain sentences in English or French ("fr")."""
        french = lang == "fr"
        name = display_name("platform", self.platform, lang)
        if self.ok:
            return self._ok_message(name, lang)
        if self.kind == "wrong_key" and self.platform == "google_business":
            return _GOOGLE_SIGN_IN[french]
        thing, where = _THING.get(self.platform, _DEFAULT_THING)
        template = _FAILURES[self.kind][french]
        return template.format(platform=name, thing=thing[french], where=where[french])

    def _ok_message(self, name: str, lang: str) -> str:
        french = lang == "fr"
        reviews = _count(self.reviews or 0, self.more_reviews, lang, ("review", "avis"), ("reviews", "avis"))
        if self.platform == "google_business":
            if not self.locations:
                return ("Connected, but this Google account has no business location yet."
                        if not french else "Connecté, mais ce compte Google n’a encore aucun établissement.")
            places = _count(self.locations, False, lang, ("location", "établissement"),
                            ("locations", "établissements"))
            return f"Connecté : Google montre {places}." if french else f"Connected: Google shows {places}."
        if self.platform == "google_play":
            if french:
                return (f"Connecté à {self.target} : {reviews} des 7 derniers jours (Google Play ne donne que "
                        "les 7 derniers jours ; importez les plus anciens depuis un fichier).")
            return (f"Connected to {self.target}: {reviews} from the last 7 days (Google Play only gives the last "
                    "7 days; import older ones from a file).")
        if self.platform == "app_store":
            apps = _count(self.apps or 0, False, lang, ("app", "application"), ("apps", "applications"))
            if french:
                return f"Connecté : cette clé voit {apps} ; {reviews} pour l’application choisie."
            return f"Connected: this key sees {apps}; {reviews} for the chosen app."
        if self.platform == "trustpilot":
            if french:
                return f"Connecté à votre entreprise sur Trustpilot : {reviews} parmi les plus récents."
            return f"Connected to your business on Trustpilot: {reviews} among the newest."
        return f"Connecté à {name}." if french else f"Connected to {name}."


def verdict_for_error(platform: str, exc: BaseException) -> ConnectionVerdict:
    """The one mapping from what a connector raised to what the owner is told."""
    if isinstance(exc, ConnectorError):
        kind = _KINDS.get(exc.kind, "unexpected")
    elif isinstance(exc, CredentialsError):
        kind = "wrong_key"
    elif isinstance(exc, ConfigError):
        kind = "setup"
    else:
        kind = "unexpected"
        log.warning("connection test for %s failed unexpectedly: %s", platform, type(exc).__name__)
    return ConnectionVerdict(kind, platform)


async def _probe(connector: Connector) -> ConnectionVerdict:
    platform = connector.platform
    if isinstance(connector, GoogleBusinessConnector):
        return ConnectionVerdict("ok", platform, locations=len(await connector.locations()))
    if isinstance(connector, GooglePlayConnector):
        count, more = await connector.recent_review_count()
        return ConnectionVerdict("ok", platform, reviews=count, more_reviews=more, target=connector.package)
    if isinstance(connector, AppStoreConnector):
        apps = await connector.key_apps()
        total = 0
        for app_id in connector.app_ids:
            total += await connector.review_total(app_id) or 0
        return ConnectionVerdict("ok", platform, apps=len(apps), reviews=total)
    if isinstance(connector, TrustpilotConnector):
        count, more = await connector.first_page_count()
        return ConnectionVerdict("ok", platform, reviews=count, more_reviews=more,
                                 target=connector.business_unit or "")
    await connector.test_connection()
    return ConnectionVerdict("ok", platform)


async def check_connection(connector: Connector) -> ConnectionVerdict:
    """Ask the platform what this source would see; every failure becomes a verdict."""
    try:
        return await _probe(connector)
    except Exception as exc:  # the test must always answer in plain words
        return verdict_for_error(connector.platform, exc)
