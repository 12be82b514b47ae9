"""Errors that reached a French reader in English, now with a kind: a second outbox sender,
the team server that cannot be used (its connection, its schema, team mode not installed),
a database error the app has no words of its own for, a platform the app cannot connect
to. Each is said in French by the command line (the catalog the window reads too), and its
English message is the table's sentence, as before for the command line and the logs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.error_kind_checks import assert_in_french, assert_kind, raised
from workstation.cli_language import speaking
from workstation.command_line import plain_message, said
from workstation.sources.base import SourceConfig
from workstation.sources.registry import make_connector
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres import errors
from workstation.store.postgres.connection import _refuse_newer
from workstation.store.postgres.schema import PG_SCHEMA_VERSION
from workstation.sync.sender_lock import SenderBusy, sender_lock

NBSP = "\u00a0"
WHERE = parse_store_url("postgresql://ann@db.example.org:5433/shop")
SERVER = "db.example.org:5433"
ENGLISH = ("The team server", "password", "does not", "answer", "user", "database", "Please", "update",
           "connect", "import", "Replies", "Nothing", "cannot", "restore", "backup", "reinstall")


def _french(exc: BaseException) -> str:
    with speaking("fr"):
        return said(exc)


@pytest.mark.parametrize(("server_says", "cls", "kind", "params", "french"), [
    ('FATAL:  password authentication failed for user "ann"', errors.WrongPasswordError,
     "team_server_wrong_password", {"server": SERVER, "user": "ann"},
     f"Le serveur d’équipe {SERVER} a refusé le mot de passe de l’utilisateur ann{NBSP}: saisissez-le de nouveau"),
    ('FATAL:  role "ann" does not exist', errors.WrongPasswordError, "team_server_unknown_user",
     {"server": SERVER, "user": "ann"}, f"Le serveur d’équipe {SERVER} n’a pas d’utilisateur nommé ann."),
    ("server does not support SSL, but SSL was required", errors.NoEncryptionError, "team_server_no_tls",
     {"server": SERVER}, f"Le serveur d’équipe {SERVER} ne propose pas de chiffrement (TLS)"),
    ("certificate verify failed: self-signed certificate", errors.CertificateError, "team_server_certificate",
     {"server": SERVER}, f"Le certificat du serveur d’équipe {SERVER} n’a pas pu être vérifié."),
    ('FATAL:  database "shop" does not exist', errors.UnknownDatabaseError, "team_server_no_database",
     {"server": SERVER, "database": "shop"}, f"Le serveur d’équipe {SERVER} n’a pas de base de données nommée shop."),
    ("connection refused", errors.TeamServerUnreachable, "team_server_unreachable", {"server": SERVER},
     f"Le serveur d’équipe {SERVER} ne répond pas{NBSP}: vérifiez l’adresse"),
])
def test_a_team_server_that_cannot_be_used(server_says: str, cls: type, kind: str, params: dict[str, str],
                                           french: str) -> None:
    assert isinstance(WHERE, PostgresLocation)
    exc = errors.connection_error(Exception(server_says), WHERE)
    assert type(exc) is cls  # the window's own wording (ui/team_server.problem_text) still goes by class
    assert_kind(exc, kind, **params)
    said_fr = _french(exc)
    assert said_fr.startswith(french), said_fr
    assert_in_french(said_fr.replace("--accept-self-signed-certificate", ""), ENGLISH)


def test_a_team_server_set_up_by_a_newer_version() -> None:
    exc = raised(_refuse_newer, PG_SCHEMA_VERSION + 1)
    assert_kind(exc, "newer_team_server", schema=str(PG_SCHEMA_VERSION + 1), known=str(PG_SCHEMA_VERSION))
    assert str(exc).startswith("The team server was set up by a newer version of the app")
    assert _french(exc).startswith("Le serveur d’équipe a été installé par une version plus récente")
    assert_in_french(_french(exc), ENGLISH)


def test_a_database_error_without_words_of_its_own() -> None:
    exc = sqlite3.DatabaseError("no such table: reviews")
    with speaking("fr"):
        french = plain_message(exc)
    with speaking("en"):
        english = plain_message(exc)
    assert english == ("The database cannot be used: restore a backup (the app offers it at start). "
                       "Details: no such table: reviews")
    assert french == (f"La base de données est inutilisable{NBSP}: restaurez une sauvegarde (l’application le "
                      f"propose au démarrage). Détails{NBSP}: no such table: reviews")


@pytest.mark.parametrize(("platform", "named_en", "named_fr"), [("yelp", "Yelp", "Yelp"), ("manual", "Other", "Autre")])
def test_a_platform_the_app_cannot_connect_to(platform: str, named_en: str, named_fr: str) -> None:
    exc = raised(make_connector, SourceConfig(platform, "x"))
    assert_kind(exc, "no_connector", platform=named_en)  # as the sidebar names it, never "'yelp'"
    assert str(exc) == f"The app cannot connect to {named_en}: import its reviews from a file instead."
    assert _french(exc) == (f"L’application ne peut pas se connecter à {named_fr}{NBSP}: importez plutôt ses avis "
                            "depuis un fichier.")


def test_a_second_sender(tmp_path: Path) -> None:
    with sender_lock(tmp_path / "db.sqlite3"), pytest.raises(SenderBusy) as busy, sender_lock(tmp_path / "db.sqlite3"):
        pass
    assert_kind(busy.value, "sender_busy")
    assert _french(busy.value).startswith("Les réponses sont déjà en cours d’envoi depuis une autre fenêtre")
    assert_in_french(_french(busy.value), ENGLISH)
