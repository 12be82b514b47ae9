"""The command line prints a core error that carries a kind in its own language (the same
English table and French catalog as the window: `workstation/error_kinds.py`, cli_fr.po),
and exactly the core's English message in English: one case per family the command line
reaches (a store or team server address, a credentials file, an API address, this
computer's store), run in-process through the CLI entry with WORKSTATION_LANG set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation.__main__ import main

NBSP, NNBSP = "\u00a0", "\u202f"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, *args: str) -> tuple[int, str]:
    monkeypatch.setenv("WORKSTATION_LANG", lang)
    code = main(list(args))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("args", "french", "english"), [
    (["review", "list", "--store", "mysql://x/y"],
     f"erreur{NBSP}: Adresse des données inconnue mysql://…{NBSP}: indiquez le chemin d’un fichier de base de "
     "données ou postgresql://utilisateur@serveur/base.\n",
     "error: Unknown store address mysql://…: use a database file path or postgresql://user@host/database.\n"),
    (["review", "list", "--store", "postgresql://ann@db.example.org/shop?sslmode=disable"],
     f"erreur{NBSP}: Le serveur d’équipe db.example.org doit être joint avec chiffrement (TLS){NBSP}: retirez "
     "sslmode=disable de l’adresse, ou demandez à l’administrateur du serveur d’activer TLS.\n",
     "error: The team server db.example.org must be reached with encryption (TLS): remove sslmode=disable from "
     "the address, or ask the server's administrator to enable TLS.\n"),
])
def test_a_store_address_refused(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                 args: list[str], french: str, english: str) -> None:
    assert run(capsys, monkeypatch, "fr", *args) == (2, french)
    assert run(capsys, monkeypatch, "en", *args) == (2, english)


def test_a_credentials_file_of_the_wrong_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = tmp_path / "cles.json"
    wrong.write_text(json.dumps({"installed": {"client_id": "a", "client_secret": "b"}}), encoding="utf-8")
    args = ["source", "add", "--platform", "trustpilot", "--name", "Boutique", "--credentials", str(wrong),
            "--data-dir", str(tmp_path / "d")]
    assert run(capsys, monkeypatch, "fr", *args) == (
        2, f"erreur{NBSP}: cles.json n’est pas le bon fichier{NBSP}: ce compte demande un JSON avec l’api_key et "
           "l’api_secret de Trustpilot.\n")
    assert run(capsys, monkeypatch, "en", *args) == (
        2, "error: cles.json is a Google OAuth client file; this source needs a JSON with the Trustpilot api_key "
           "and api_secret.\n")


def test_an_api_address_without_encryption(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["source", "add", "--platform", "trustpilot", "--name", "Boutique", "--base-url",
            "http://api.example.org", "--data-dir", str(tmp_path / "d")]
    code, err = run(capsys, monkeypatch, "fr", *args)
    assert code == 2 and err.startswith(f"erreur{NBSP}: L’adresse de l’API 'http://api.example.org' utilise "
                                        "http:// sans chiffrement")
    assert run(capsys, monkeypatch, "en", *args) == (
        2, "error: Base URL 'http://api.example.org' uses plain http://, which would send your access token "
           "unencrypted: use https:// (plain http is only allowed for this computer, e.g. 127.0.0.1).\n")


def test_a_source_setting_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["source", "add", "--platform", "trustpilot", "--name", "Boutique", "--data-dir", str(tmp_path / "d")]
    assert run(capsys, monkeypatch, "fr", *args) == (
        2, f"erreur{NBSP}: Indiquez l’identifiant Trustpilot de l’entreprise (business unit) ou le domaine de la "
           "boutique pour cette source.\n")
    assert run(capsys, monkeypatch, "en", *args) == (
        2, "error: Set the Trustpilot business unit id or the shop's domain for this source.\n")


def test_this_computer_s_store(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A store refusal (here: an unknown review) was already worded in the window; now the
    command line says it in French too, from the same sentence."""
    data = ["--data-dir", str(tmp_path / "d")]
    (tmp_path / "r.csv").write_text("rating,review\n5,Très bien\n", encoding="utf-8")
    run(capsys, monkeypatch, "en", "import", str(tmp_path / "r.csv"), *data)
    args = ["reply", "queue", "--review", "999", "--text", "Merci", *data]
    assert run(capsys, monkeypatch, "fr", *args) == (2, f"erreur{NBSP}: L’avis 999 n’existe pas.\n")
    assert run(capsys, monkeypatch, "en", *args) == (2, "error: Review 999 does not exist.\n")


def test_a_platform_is_named_not_coded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.command_line import said
    from workstation.store import Store
    from workstation.store.sync_state import add_source

    store = Store(tmp_path / "db.sqlite3")
    add_source(store, platform="google_play", name="Boutique", kind="api")
    with pytest.raises(Exception) as raised:
        add_source(store, platform="google_play", name="Boutique", kind="api")
    monkeypatch.setenv("WORKSTATION_LANG", "fr")
    assert said(raised.value) == f"Une source Google Play nommée «{NNBSP}Boutique{NNBSP}» existe déjà (n° 1)."
    monkeypatch.setenv("WORKSTATION_LANG", "en")
    assert said(raised.value) == "A Google Play source named 'Boutique' already exists (id 1)."
