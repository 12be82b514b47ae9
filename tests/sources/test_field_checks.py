"""Each field of the "connect an account" form is checked as typed: the shapes the
platforms document (PLATFORMS.md), files that are really what they claim, and a plain
code for what is wrong — never an empty-path error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from workstation.sources import field_checks as checks


@pytest.mark.parametrize(("text", "value", "problem"), [
    ("2X9R4HXF34", "2X9R4HXF34", None),
    (" 2x9r4hxf34 ", "2X9R4HXF34", None),
    ("", "", "empty"),
    ("2X9R 4HXF34", "", "spaces"),
    ("2X9R4HXF3", "", "shape"),
    ("57246542-96fe-1a63-e053-0824d011072a", "", "shape"),
])
def test_key_id(text: str, value: str, problem: str | None) -> None:
    assert checks.key_id(text) == checks.Checked(value, problem)


@pytest.mark.parametrize(("text", "problem"), [
    ("57246542-96fe-1a63-e053-0824d011072a", None),
    ("57246542-96FE-1A63-E053-0824D011072A", None),
    ("", "empty"),
    ("2X9R4HXF34", "shape"),
    ("57246542-96fe-1a63-e053-0824d011072", "shape"),
])
def test_issuer_id(text: str, problem: str | None) -> None:
    assert checks.issuer_id(text).problem == problem


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def test_p8_file_must_be_a_readable_ec_private_key(tmp_path: Path, play_fake_key: object) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    good = checks.p8_file(_write(tmp_path / "AuthKey_2X9R4HXF34.p8", pem))
    assert good.ok and good.value.startswith("-----BEGIN PRIVATE KEY-----")
    rsa_pem = play_fake_key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    assert checks.p8_file(_write(tmp_path / "rsa.p8", rsa_pem)).problem == "wrong_key_type"
    assert checks.p8_file(_write(tmp_path / "notes.p8", b"hello")).problem == "not_key"
    assert checks.p8_file(_write(tmp_path / "bin.p8", b"\xff\xfe\x00")).problem == "not_key"
    broken = pem.replace(b"MIG", b"XXX", 1)
    assert checks.p8_file(_write(tmp_path / "broken.p8", broken)).problem == "not_key"
    assert checks.p8_file("").problem == "no_file"
    assert checks.p8_file("   ").problem == "no_file"
    assert checks.p8_file(str(tmp_path)).problem == "folder"
    assert checks.p8_file(str(tmp_path / "absent.p8")).problem == "missing"
    assert checks.p8_file(_write(tmp_path / "big.p8", b"x" * 70_000)).problem == "too_big"


def test_service_account_file(tmp_path: Path, play_fake_key: object) -> None:
    pem = play_fake_key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    sa = {"type": "service_account", "client_email": "r@p.iam.gserviceaccount.com", "private_key": pem}
    secrets, problem = checks.service_account_file(_write(tmp_path / "sa.json", json.dumps(sa).encode()))
    assert problem is None and secrets == {"client_email": sa["client_email"], "private_key": pem.strip()}
    client = {"installed": {"client_id": "c", "client_secret": "s"}}
    assert checks.service_account_file(_write(tmp_path / "c.json", json.dumps(client).encode()))[1] == \
        "oauth_client_not_key"
    no_key = dict(sa, private_key="")
    assert checks.service_account_file(_write(tmp_path / "n.json", json.dumps(no_key).encode()))[1] == \
        "not_service_account"
    bad_key = dict(sa, private_key="-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")
    assert checks.service_account_file(_write(tmp_path / "b.json", json.dumps(bad_key).encode()))[1] == \
        "damaged_key"
    assert checks.service_account_file(_write(tmp_path / "x.json", b"[1]"))[1] == "not_json"
    assert checks.service_account_file("")[1] == "no_file"


def test_oauth_client_file(tmp_path: Path) -> None:
    client = {"installed": {"client_id": "cid.apps", "client_secret": "cs"}}
    assert checks.oauth_client_file(_write(tmp_path / "c.json", json.dumps(client).encode())) == (
        {"client_id": "cid.apps", "client_secret": "cs"}, None)
    user = {"type": "authorized_user", "client_id": "a", "client_secret": "b", "refresh_token": "r"}
    assert checks.oauth_client_file(_write(tmp_path / "u.json", json.dumps(user).encode()))[0] == {
        "client_id": "a", "client_secret": "b", "refresh_token": "r"}
    sa = {"type": "service_account"}
    assert checks.oauth_client_file(_write(tmp_path / "s.json", json.dumps(sa).encode()))[1] == \
        "service_account_not_client"
    assert checks.oauth_client_file(_write(tmp_path / "o.json", b"{}"))[1] == "not_oauth_client"
    assert checks.oauth_client_file("")[1] == "no_file"  # never "Cannot read : Is a directory"
    assert checks.oauth_client_file(str(tmp_path))[1] == "folder"


@pytest.mark.parametrize(("text", "value", "problem"), [
    ("com.example.booking", "com.example.booking", None),
    ("https://play.google.com/store/apps/details?id=com.example.booking&hl=fr", "com.example.booking", None),
    ("play.google.com/store/apps/details?id=fr.boulangerie.app", "fr.boulangerie.app", None),
    ("https://play.google.com/store/apps", "", "link_without_id"),
    ("booking", "", "shape"),
    ("com.example booking", "", "spaces"),
    ("com.1example.app", "", "shape"),
    ("", "", "empty"),
])
def test_package_name(text: str, value: str, problem: str | None) -> None:
    assert checks.package_name(text) == checks.Checked(value, problem)


@pytest.mark.parametrize(("text", "problem"), [
    ("AbCdEfGh12345678IjKlMnOp90123456", None),
    ("abc123", "too_short"),
    ("AbCdEfGh1234 5678IjKlMnOp", "spaces"),
    ("AbCdEfGh12345678:IjKlMnOp", "shape"),
    ("", "empty"),
])
def test_api_token(text: str, problem: str | None) -> None:
    assert checks.api_token(text).problem == problem


@pytest.mark.parametrize(("text", "setting", "problem"), [
    ("5F1E3C9A0B2D4E0001A1B2C3", {"business_unit_id": "5f1e3c9a0b2d4e0001a1b2c3"}, None),
    ("www.exemple-boutique.fr", {"domain": "www.exemple-boutique.fr"}, None),
    ("https://www.exemple-boutique.fr/", {"domain": "www.exemple-boutique.fr"}, None),
    ("https://fr.trustpilot.com/review/www.exemple-boutique.fr?page=2", {"domain": "www.exemple-boutique.fr"}, None),
    ("https://fr.trustpilot.com/categories", None, "trustpilot_address"),
    ("my shop", None, "shape"),
    ("", None, "empty"),
])
def test_business_unit(text: str, setting: dict[str, str] | None, problem: str | None) -> None:
    assert checks.business_unit(text) == (setting, problem)
