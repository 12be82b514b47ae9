"""The one table of error sentences (`workstation/error_kinds.py`): each kind's English
sentence is the message it is raised with (so `str(error)` is unchanged), its French is in
the catalog both the window and the command line read, placeholders agree, and a static
check fails when a raise in the modules that word their errors skips its kind."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from tests.error_kind_checks import assert_kind, english, raised
from workstation.cli_language import catalog
from workstation.error_kinds import (
    ANONYMOUS,
    KINDS,
    SENTENCES,
    Refusal,
    placeholders,
    worded,
)
from workstation.metrics.calendar_config import parse_day_hours
from workstation.metrics.prevention import check_link, qr_code
from workstation.metrics.sla import SlaTarget
from workstation.replies import library
from workstation.replies.model import Template
from workstation.sources.credentials import parse_credentials_file
from workstation.sources.endpoints import check_base_url, resolve_endpoints
from workstation.sources.validation import check_source
from workstation.store.location import parse_store_url

ROOT = Path(__file__).resolve().parents[2] / "workstation"
FRENCH = catalog("fr")

#: module → the error classes it raises for the user; None: every function, else only those
#: named (calendar_config's other raises are checks of the code's own values, not the user's).
WORDED_MODULES: dict[str, tuple[set[str], set[str] | None]] = {
    "metrics/sla.py": ({"SlaPolicyError"}, None),
    "metrics/calendar_config.py": ({"CalendarError"}, {"parse_day_hours"}),
    "metrics/prevention.py": ({"PreventionError"}, None),
    "replies/library.py": ({"ReplyError"}, None),
    "sources/credentials.py": ({"CredentialsError"}, None),
    "sources/secret_files.py": ({"CredentialsError"}, None),
    "sources/endpoints.py": ({"ConfigError"}, None),
    "sources/validation.py": ({"ConfigError"}, None),
    "store/location.py": ({"StoreUrlError"}, None),
    # The connectors: a platform's answer (or silence), its sign-in, its own rules. An error
    # built otherwise (ConnectorError takes more than a message) gets its kind by `with_kind`.
    "sources/http.py": ({"ConnectorError", "_NotRetried", "_Unsent", "_AuthFailed"}, None),
    "sources/common.py": ({"ConnectorError"}, None),
    "sources/auth.py": ({"ConnectorError", "CredentialsError"}, None),
    "sources/oauth.py": ({"ConnectorError"}, None),
    "sources/base.py": ({"CredentialsError"}, None),
    "sources/app_store.py": ({"ConnectorError"}, None),
    "sources/google_play.py": ({"ConnectorError"}, None),
    "sources/google_business.py": ({"ConnectorError"}, None),
    "sources/trustpilot.py": ({"ConnectorError"}, None),
    "sources/demo.py": ({"ConnectorError"}, None),
    "sources/registry.py": ({"ConfigError"}, None),
    # Two outbox senders at once; the team server that cannot be used (its connection, its
    # schema, the package team mode needs).
    "sync/sender_lock.py": ({"SenderBusy"}, None),
    "store/postgres/errors.py": ({"TeamServerError", "TeamServerUnreachable", "WrongPasswordError",
                                  "NoEncryptionError", "CertificateError", "UnknownDatabaseError"}, None),
    "store/postgres/connection.py": ({"NewerDatabaseError"}, None),
    "store/factory.py": ({"StoreError"}, None),
}




# -- one case per family: the kind, its values, and the English message as it always was ---

def test_sla_targets_and_opening_hours() -> None:
    exc = raised(SlaTarget, -1)
    assert str(exc) == "SLA amount -1: expected a number ≥ 0"
    assert_kind(exc, "sla_bad_amount", amount="-1")
    assert_kind(raised(SlaTarget, 1, "weeks"), "sla_unknown_unit", unit="'weeks'")
    exc = raised(parse_day_hours, "9h-18h")
    assert str(exc) == "opening hours '9h-18h': expected HH:MM-HH:MM"
    assert_kind(exc, "hours_bad_format", hours="'9h-18h'")
    assert_kind(raised(parse_day_hours, "25:00-26:00"), "hours_bad_time", hours="'25:00-26:00'")


def test_review_links() -> None:
    assert_kind(raised(check_link, ""), "review_link_missing")
    exc = raised(check_link, "avis.example")
    assert str(exc) == "not a web link: 'avis.example'"
    assert_kind(exc, "review_link_not_web", link="'avis.example'")
    assert_kind(raised(qr_code, "https://" + "x" * 3000), "review_link_too_long")


def test_templates(tmp_path: Path) -> None:
    template = Template(id="fr.custom.merci", lang="fr", body="Merci\n{signature}", title="Merci")
    library.save_template(tmp_path, template)
    exc = raised(library.save_template, tmp_path, template)
    assert str(exc) == f"template 'fr.custom.merci' already exists in {tmp_path}"
    assert_kind(exc, "template_exists", template="'fr.custom.merci'", folder=str(tmp_path))


def test_credentials_files(tmp_path: Path) -> None:
    wrong = tmp_path / "cles.json"
    wrong.write_text(json.dumps({"type": "service_account"}), encoding="utf-8")
    exc = raised(parse_credentials_file, "trustpilot", wrong)
    assert str(exc) == ("cles.json is a Google service-account key; this source needs a JSON with the Trustpilot "
                        "api_key and api_secret.")
    assert_kind(exc, "credentials_need_trustpilot_key", file="cles.json", found="a Google service-account key")
    (tmp_path / "vide.json").write_text("[]", encoding="utf-8")
    assert_kind(raised(parse_credentials_file, "trustpilot", tmp_path / "vide.json"), "credentials_not_object",
          file="vide.json")
    assert_kind(raised(parse_credentials_file, "app_store", tmp_path / "absent.json"), "credentials_unreadable",
          file="absent.json", reason="the file or folder does not exist")
    bad_key = tmp_path / "sa.json"
    bad_key.write_text(json.dumps({"type": "service_account", "client_email": "a@b", "private_key": "x"}))
    assert_kind(raised(parse_credentials_file, "google_play", bad_key), "service_account_key_unreadable")


def test_api_addresses() -> None:
    exc = raised(check_base_url, "http://api.example.org")
    assert str(exc).startswith("Base URL 'http://api.example.org' uses plain http://")
    assert_kind(exc, "address_plain_http", url="'http://api.example.org'")
    assert_kind(raised(check_base_url, "ftp://x"), "address_not_web", url="'ftp://x'")
    assert_kind(raised(resolve_endpoints, "myspace"), "address_unknown_platform", platform="'myspace'")


@pytest.mark.parametrize(("platform", "settings", "secrets", "kind", "params"), [
    ("app_store", {"app_ids": "not digits"}, None, "setting_app_store_ids", {}),
    ("google_play", {}, None, "setting_play_package", {}),
    ("trustpilot", {}, None, "setting_trustpilot_unit", {}),
    ("google_business", {"locations": "accounts/1"}, None, "setting_google_location", {"value": "accounts/1"}),
    ("trustpilot", {"business_unit_id": "u1"}, None, "credentials_file_needed", {}),
    ("google_business", {}, {"client_id": "a", "client_secret": "b"}, "google_sign_in_missing", {}),
])
def test_a_source_that_could_never_sync(platform: str, settings: dict[str, str], secrets: dict[str, str] | None,
                                        kind: str, params: dict[str, str]) -> None:
    """The connectors' own setting checks carry their kind through `check_source`."""
    assert_kind(raised(check_source, platform, settings, secrets), kind, **params)


@pytest.mark.parametrize(("url", "kind", "params"), [
    ("", "store_address_empty", {}),
    ("mysql://x/y", "store_address_unknown", {"scheme": "mysql"}),
    ("postgresql://ann@db.example.org/shop?sslmode=disable", "team_server_needs_tls",
     {"host": "db.example.org", "sslmode": "disable"}),
    ("postgresql://ann@db.example.org/shop?sslmode=require", "team_server_unverified",
     {"host": "db.example.org", "sslmode": "require"}),
    ("postgresql://ann@db.example.org:port/shop", "team_server_port", {}),
    ("postgresql://db.example.org/shop", "team_server_needs_user", {}),
    ("postgresql://ann@[db.example.org:abc]:5432/shop", "team_server_address_unreadable", {}),
])
def test_store_and_team_server_addresses(url: str, kind: str, params: dict[str, str]) -> None:
    assert_kind(raised(parse_store_url, url), kind, **params)


# -- the table and its French --------------------------------------------------------------

@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_every_sentence_has_its_french_with_the_same_placeholders(key: str) -> None:
    english = SENTENCES[key]
    french = FRENCH.gettext(english)
    assert french != english, f"no French for {key}"
    # French may leave out a value that is English words from elsewhere (a system's reason,
    # a keychain error's name), never name one the English does not fill.
    assert set(placeholders(french)) <= set(placeholders(english)), key
    assert "\u202f;" in french or ";" not in french  # typeset by scripts/translations.py
    kind = key.removesuffix(ANONYMOUS)
    assert set(placeholders(english)) <= set(KINDS[kind])


def test_a_value_is_never_read_as_a_placeholder() -> None:
    tricky = Refusal("reply_queued_by_other", {"review": "{by}", "by": "Ann {review} 100%"})
    assert english("reply_queued_by_other", **tricky.params) == (
        "Ann {review} 100% already queued a reply to review {by}; yours was not queued.")
    assert worded(tricky, "x", FRENCH.gettext).startswith("Ann {review} 100% a déjà mis une réponse à l’avis {by}")


def test_no_kind_or_a_missing_value_keeps_the_english_message() -> None:
    assert worded(None, "as raised", FRENCH.gettext) == "as raised"
    assert worded(Refusal("a_kind_of_a_newer_version"), "as raised", FRENCH.gettext) == "as raised"
    assert worded(Refusal("hours_bad_format", {}), "as raised", FRENCH.gettext) == "as raised"


# -- no raise skips its kind ---------------------------------------------------------------

def _functions(tree: ast.Module, names: set[str] | None) -> list[ast.AST]:
    if names is None:
        return [tree]
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name in names]


@pytest.mark.parametrize("module", sorted(WORDED_MODULES))
def test_no_error_for_the_user_is_raised_without_a_kind(module: str) -> None:
    """`raise CredentialsError("…")` (or returning one) would reach a French window, or a
    French command line, in English: every one goes through `refused(…)`, or `with_kind(…)`
    for an error built otherwise (a connector's)."""
    classes, functions = WORDED_MODULES[module]
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    bare, kinds = [], set()
    for scope in _functions(tree, functions):
        for node in ast.walk(scope):
            value = node.exc if isinstance(node, ast.Raise) else node.value if isinstance(node, ast.Return) else None
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in classes:
                bare.append(f"{module}:{node.lineno}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("refused",
                                                                                                   "with_kind"):
                kind = node.args[1]
                kinds |= {kind.body, kind.orelse} if isinstance(kind, ast.IfExp) else {kind}
    assert bare == []
    assert kinds, f"{module} raises nothing through refused or with_kind"
    for kind in kinds:  # a literal kind must be one of the table's
        if isinstance(kind, ast.Constant):
            assert kind.value in KINDS, f"{module}: unknown kind {kind.value!r}"
