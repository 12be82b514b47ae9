"""Credentials files of each platform, wrong-kind errors, and the keychain helpers."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from workstation.sources.base import Credentials, CredentialsError
from workstation.sources.credentials import (
    SERVICE,
    delete_secrets,
    load_credentials,
    load_secrets,
    parse_credentials_file,
    store_secrets,
)


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def rsa_pem(key: object) -> str:
    return key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


OAUTH_CLIENT = {"installed": {"client_id": "id.apps.googleusercontent.com", "client_secret": "s3cret",
                              "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                              "token_uri": "https://oauth2.googleapis.com/token", "redirect_uris": ["http://localhost"]}}


def test_google_business_oauth_client(tmp_path: Path) -> None:
    got = parse_credentials_file("google_business", write(tmp_path, "client.json", OAUTH_CLIENT))
    assert got == {"client_id": "id.apps.googleusercontent.com", "client_secret": "s3cret"}


def test_google_play_service_account(tmp_path: Path, play_fake_key: object) -> None:
    sa = {"type": "service_account", "client_email": "a@b.iam.gserviceaccount.com",
          "private_key": rsa_pem(play_fake_key), "private_key_id": "x", "project_id": "p"}
    got = parse_credentials_file("google_play", write(tmp_path, "sa.json", sa))
    assert set(got) == {"client_email", "private_key"}
    with pytest.raises(CredentialsError, match="service-account key; this source needs an OAuth client"):
        parse_credentials_file("google_business", write(tmp_path, "sa2.json", sa))
    broken = dict(sa, private_key="-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n")
    with pytest.raises(CredentialsError, match="cannot be read"):
        parse_credentials_file("google_play", write(tmp_path, "sa3.json", broken))


def test_app_store_p8_by_relative_path(tmp_path: Path, play_fake_key: object) -> None:
    p8 = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "AuthKey_ABC.p8").write_text(rsa_pem(p8), encoding="utf-8")
    got = parse_credentials_file("app_store", write(tmp_path, "asc.json", {
        "key_id": "ABC", "issuer_id": "iss", "private_key_path": "AuthKey_ABC.p8"}))
    assert got["key_id"] == "ABC" and got["private_key"].startswith("-----BEGIN PRIVATE KEY-----")
    with pytest.raises(CredentialsError, match="wrong type"):  # an RSA key is not a .p8
        parse_credentials_file("app_store", write(tmp_path, "asc2.json", {
            "key_id": "ABC", "issuer_id": "iss", "private_key": rsa_pem(play_fake_key)}))
    with pytest.raises(CredentialsError, match=r"Cannot read the \.p8"):
        parse_credentials_file("app_store", write(tmp_path, "asc3.json", {
            "key_id": "ABC", "issuer_id": "iss", "private_key_path": "missing.p8"}))


def test_trustpilot_and_static_token(tmp_path: Path) -> None:
    got = parse_credentials_file("trustpilot", write(tmp_path, "tp.json", {"apiKey": "k", "apiSecret": "s"}))
    assert got == {"api_key": "k", "api_secret": "s"}
    for platform in ("google_business", "google_play", "app_store", "trustpilot"):
        assert parse_credentials_file(platform, write(tmp_path, "t.json", {"access_token": "ya29.x"})) == {
            "access_token": "ya29.x"}
    with pytest.raises(CredentialsError, match="Trustpilot API key file; this source needs a Google"):
        parse_credentials_file("google_play", write(tmp_path, "tp2.json", {"api_key": "k", "api_secret": "s"}))


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", "\x00\x01", "{" * 10])
def test_garbage_files_give_one_clear_line(tmp_path: Path, content: str) -> None:
    with pytest.raises(CredentialsError) as err:
        parse_credentials_file("google_business", write(tmp_path, "bad.json", content))
    assert "\n" not in str(err.value)


def test_missing_file_and_unknown_platform(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError, match="Cannot read"):
        parse_credentials_file("trustpilot", tmp_path / "nope.json")
    with pytest.raises(CredentialsError, match="Unknown platform"):
        parse_credentials_file("yelp", write(tmp_path, "x.json", {}))


def test_keychain_round_trip_and_masking() -> None:
    store_secrets("source-7", {"refresh_token": "1//secret-value"})
    assert load_secrets("source-7") == {"refresh_token": "1//secret-value"}
    creds = load_credentials("source-7")
    assert creds.get("refresh_token") == "1//secret-value"
    assert "secret-value" not in repr(creds) and "secret-value" not in str(creds)
    keyring.set_password(SERVICE, "source-8", "{damaged")
    with pytest.raises(CredentialsError, match="damaged"):
        load_secrets("source-8")
    delete_secrets("source-7")
    delete_secrets("source-7")  # twice is fine
    assert load_secrets("source-7") == {}
    with pytest.raises(CredentialsError, match="Missing the OAuth client id"):
        Credentials({}).require("client_id", "the OAuth client id")
