"""The guided "connect an account" window, driven per platform against loopback fakes
built from the specs: steps with links, fields checked as typed (Add only when all are
right), "Test connection" success and each failure in plain words, App Store apps found
from the key, and the Accounts list's own test. No real network, no real keychain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.fakes.app_store import FakeAppStore
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.google_play import FakeGooglePlay
from tests.fakes.trustpilot import FakeTrustpilot
from workstation.sources.credentials import store_secrets
from workstation.sources.retry import recording_policy
from workstation.store import Store
from workstation.store.sync_state import add_source, all_sources
from workstation.ui import translation
from workstation.ui.accounts import AccountsDialog, AddSourceDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "acc.sqlite3") as s:
        yield s


@pytest.fixture
def dialog(qtbot: Any, store: Store, memory_keyring: Any) -> AddSourceDialog:
    translation.install("en")  # English with its plural forms ("2 apps")
    dlg = AddSourceDialog(store, connector_options={"retry": recording_policy(attempts=2)[0]})
    qtbot.addWidget(dlg)
    return dlg


def choose(dlg: AddSourceDialog, platform: str, base_url: str | None = None) -> None:
    dlg.platform.setCurrentIndex(dlg.platform.findData(platform))
    if base_url is not None:
        dlg.advanced.setChecked(True)
        dlg.base_url.setText(base_url)


def type_in(dlg: AddSourceDialog, field: str, text: str) -> str:
    """Type into a field; returns the message shown next to it."""
    dlg.fields[field].edit.setText(text)
    return dlg.fields[field].message.text()



def choose_row(accounts: AccountsDialog, row: int) -> None:
    """Select exactly one row. `selectRow` reads the keyboard modifiers Qt believes are held,
    so a Ctrl left down by an earlier test would add to the selection instead of replacing it."""
    model = accounts.table.model()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    accounts.table.selectionModel().select(model.index(row, 0), flags)

def test_result(qtbot: Any, dlg: AddSourceDialog) -> str:
    assert dlg.test_button.isEnabled()
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.job is None and dlg.result.text()[:1] in "✓✗", timeout=30_000)
    return dlg.result.text()


test_result.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def write(path: Path, data: object) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("platform", "link", "steps"), [
    ("google_business", "https://console.cloud.google.com/apis/credentials", 5),
    ("google_play", "https://play.google.com/console", 5),
    ("app_store", "https://appstoreconnect.apple.com/access/integrations/api", 5),
    ("trustpilot", "https://businessapp.b2b.trustpilot.com", 4),
])
def test_each_platform_has_its_steps_with_links(dialog: AddSourceDialog, platform: str, link: str,
                                                steps: int) -> None:
    choose(dialog, platform)
    html = dialog.steps.text()
    assert f'<a href="{link}">' in html and dialog.steps.openExternalLinks()
    assert html.count("<li") == steps
    for jargon in ("api_key", "api_secret", "JSON with", "OAuth client ID → Desktop app), or", "key_id"):
        assert jargon not in html
    assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()


def test_steps_and_messages_in_french(dialog: AddSourceDialog) -> None:
    translation.install("fr")
    try:
        dlg = AddSourceDialog(dialog.store)
        choose(dlg, "app_store")
        assert "Comment connecter l’App Store" in dlg.steps.text()
        assert type_in(dlg, "key_id", "2X9R") == ("Un Key ID compte exactement 10 lettres majuscules et chiffres, "
                                                  "par ex. 2X9R4HXF34.")
        dlg.deleteLater()
    finally:
        translation.install("en")


def test_google_sign_in_without_a_file_says_what_to_choose(qtbot: Any, dialog: AddSourceDialog,
                                                           no_blocking_message_boxes: list[str]) -> None:
    choose(dialog, "google_business")
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    assert dialog.sign_in_status.text() == "First choose the sign-in file you downloaded in step 3."
    assert dialog.fields["oauth_file"].message.text() == (
        "Choose the client_secret_….json file you downloaded in step 3.")
    assert dialog.job is None and not no_blocking_message_boxes
    assert not dialog.save_button.isEnabled()


def test_google_business_with_a_file_holding_a_sign_in(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path,
                                                       memory_keyring: Any) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222", "Boulangerie du Port")
    refresh = fake.issue_refresh_token()
    with fake.serve() as server:
        choose(dialog, "google_business", server.url)
        play_key = {"type": "service_account", "client_email": "a@b", "private_key": "x"}
        assert type_in(dialog, "oauth_file", write(tmp_path / "sa.json", play_key)).startswith(
            "This is a Google Play service-account key")
        user = {"type": "authorized_user", "client_id": fake.client_id, "client_secret": fake.client_secret,
                "refresh_token": refresh}
        assert type_in(dialog, "oauth_file", write(tmp_path / "user.json", user)) == "✓ Looks right."
        assert test_result(qtbot, dialog) == "✓ Connected: Google shows 1 location."
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.source_id == 1
    assert any(refresh in v for v in memory_keyring.secrets.values())
    assert refresh.encode() not in Path(str(dialog.store.path)).read_bytes()


def test_google_sign_in_in_the_browser_keeps_the_refresh_token(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path,
                                                               memory_keyring: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.sources import oauth

    asked: dict[str, str] = {}

    async def fake_flow(client_id: str, client_secret: str, **kw: str) -> oauth.TokenSet:
        asked.update(client_id=client_id, authorize=kw["authorize_url"])
        return oauth.TokenSet(access_token="at", refresh_token="REFRESH-XYZ", expires_in=3600)

    monkeypatch.setattr(oauth, "run_installed_app_flow", fake_flow)
    choose(dialog, "google_business")
    type_in(dialog, "oauth_file", write(tmp_path / "client.json",
                                        {"installed": {"client_id": "cid.apps", "client_secret": "cs"}}))
    assert not dialog.save_button.isEnabled()  # the client file alone is not a sign-in
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=10_000)
    assert asked == {"client_id": "cid.apps", "authorize": "https://accounts.google.com/o/oauth2/v2/auth"}
    assert dialog.sign_in_status.text().startswith("✓ Signed in.")
    assert dialog.save_button.isEnabled()
    dialog.accept()
    assert dialog.source_id == 1 and any("REFRESH-XYZ" in v for v in memory_keyring.secrets.values())


def test_google_play_checked_as_typed_tested_and_added(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path,
                                                       memory_keyring: Any) -> None:
    fake = FakeGooglePlay()
    fake.add_review("gp:1")
    fake.add_review("gp:2")
    with fake.serve() as server:
        choose(dialog, "google_play", server.url)
        assert type_in(dialog, "sa_file", str(tmp_path)) == "This is a folder: choose the file inside it."
        assert type_in(dialog, "sa_file", write(tmp_path / "c.json", {"installed": {"client_id": "c"}})) == (
            "This is a sign-in file for Google Business, not a service-account key: create a key as in step 2.")
        assert type_in(dialog, "sa_file", write(tmp_path / "k.json", fake.service_account_json())) == "✓ Looks right."
        assert type_in(dialog, "package", "booking") == "A package name is words joined by dots, e.g. com.example.app."
        assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()
        link = f"https://play.google.com/store/apps/details?id={fake.package}&hl=fr"
        assert type_in(dialog, "package", link) == "✓ Looks right."
        assert dialog.save_button.isEnabled()
        assert test_result(qtbot, dialog).startswith(
            "✓ Connected to com.example.booking: 2 reviews from the last 7 days")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (source,) = all_sources(dialog.store)
    assert (source.platform, dict(source.settings)) == ("google_play", {"package_name": fake.package})
    assert any(fake.client_email in v for v in memory_keyring.secrets.values())


def p8(path: Path, fake: FakeAppStore) -> str:
    return write(path, fake.p8())


def test_app_store_fields_invalid_as_typed(dialog: AddSourceDialog, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    choose(dialog, "app_store")
    assert type_in(dialog, "key_id", "2X9R4HXF3") == "A Key ID is exactly 10 capital letters and digits, e.g. 2X9R4HXF34."
    assert type_in(dialog, "issuer_id", "2X9R4HXF34").startswith("An Issuer ID has 5 groups")
    rsa_pem = rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()).decode()
    assert type_in(dialog, "p8_file", write(tmp_path / "rsa.p8", rsa_pem)).startswith(
        "This key is not an App Store Connect key")
    assert type_in(dialog, "p8_file", write(tmp_path / "n.p8", "hello")).startswith("This is not a private key file")
    assert type_in(dialog, "p8_file", str(tmp_path / "gone.p8")) == "This file is not there any more: choose it again."
    assert not dialog.find_apps.isEnabled() and not dialog.save_button.isEnabled()
    dialog.find_app_store_apps()  # pressed anyway (keyboard): no request, the fields say what is missing
    assert dialog.job is None


def test_app_store_apps_found_from_the_key(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path,
                                           memory_keyring: Any) -> None:
    fake = FakeAppStore()
    fake.populate("1111111111", 3)
    fake.populate("2222222222", 5)
    with fake.serve() as server:
        choose(dialog, "app_store", server.url)
        type_in(dialog, "issuer_id", fake.issuer_id)
        type_in(dialog, "key_id", fake.key_id.lower())
        assert type_in(dialog, "p8_file", p8(tmp_path / "AuthKey.p8", fake)) == "✓ Looks right."
        assert dialog.apps is not None and dialog.apps.count() == 0
        assert not dialog.save_button.isEnabled()  # no app chosen yet
        qtbot.mouseClick(dialog.find_apps, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.apps is not None and dialog.apps.count() == 2, timeout=30_000)
        assert [dialog.apps.itemText(i) for i in range(2)] == [
            "App 1111111111 (com.example.app1111111111)", "App 2222222222 (com.example.app2222222222)"]
        assert dialog.result.text() == "✓ This key sees 2 apps: pick yours in the list."
        dialog.apps.setCurrentIndex(1)
        assert test_result(qtbot, dialog) == "✓ Connected: this key sees 2 apps; 5 reviews for the chosen app."
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (source,) = all_sources(dialog.store)
    assert dict(source.settings) == {"app_ids": "2222222222"}


def test_changing_the_key_forgets_the_apps_and_the_last_answer(qtbot: Any, dialog: AddSourceDialog,
                                                                tmp_path: Path) -> None:
    fake = FakeAppStore()
    fake.populate("1111111111", 1)
    with fake.serve() as server:
        choose(dialog, "app_store", server.url)
        type_in(dialog, "issuer_id", fake.issuer_id)
        type_in(dialog, "key_id", fake.key_id)
        type_in(dialog, "p8_file", p8(tmp_path / "k.p8", fake))
        qtbot.mouseClick(dialog.find_apps, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.apps is not None and dialog.apps.count() == 1, timeout=30_000)
        assert test_result(qtbot, dialog).startswith("✓ Connected")
        type_in(dialog, "key_id", "AAAAAAAAAA")  # another key: its apps are not known yet
    assert dialog.apps is not None and dialog.apps.count() == 0
    assert dialog.result.text() == "" and not dialog.save_button.isEnabled()


def test_app_store_wrong_key_is_said_when_finding_apps(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path) -> None:
    fake, stranger = FakeAppStore(), FakeAppStore()
    fake.populate("1111111111", 1)
    with fake.serve() as server:
        choose(dialog, "app_store", server.url)
        type_in(dialog, "issuer_id", fake.issuer_id)
        type_in(dialog, "key_id", fake.key_id)
        type_in(dialog, "p8_file", p8(tmp_path / "other.p8", stranger))  # a key Apple does not know
        qtbot.mouseClick(dialog.find_apps, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.job is None and dialog.result.text().startswith("✗"), timeout=30_000)
    assert dialog.result.text() == ("✗ App Store did not accept this key. Check that it was copied whole and was not "
                                    "deleted, or create a new one.")
    assert dialog.apps is not None and dialog.apps.count() == 0 and not dialog.save_button.isEnabled()


@pytest.fixture
def trustpilot() -> Iterator[tuple[FakeTrustpilot, str]]:
    fake = FakeTrustpilot()
    fake.api_key, fake.api_secret = "AbCdEfGh12345678IjKlMnOp", "Zz9Yy8Xx7Ww6"
    fake.populate(3)
    with fake.serve() as server:
        yield fake, server.url


def fill_trustpilot(dlg: AddSourceDialog, fake: FakeTrustpilot, url: str, *, secret: str | None = None,
                    business: str | None = None) -> None:
    choose(dlg, "trustpilot", url)
    type_in(dlg, "tp_key", fake.api_key)
    type_in(dlg, "tp_secret", secret or fake.api_secret)
    type_in(dlg, "tp_business", business or f"https://fr.trustpilot.com/review/{fake.domain}")


def test_trustpilot_fields_and_success(qtbot: Any, dialog: AddSourceDialog,
                                       trustpilot: tuple[FakeTrustpilot, str]) -> None:
    fake, url = trustpilot
    choose(dialog, "trustpilot", url)
    assert type_in(dialog, "tp_key", "AbCd EfGh") == "Remove the spaces: they came with the copy."
    assert type_in(dialog, "tp_key", "AbCd") == "This key is too short: it was probably cut when copied."
    assert type_in(dialog, "tp_business", "my shop") == ("Type a website such as www.example.com, or the "
                                                         "24-character business unit ID.")
    assert dialog.fields["tp_secret"].edit.echoMode() == dialog.fields["tp_secret"].edit.EchoMode.Password
    fill_trustpilot(dialog, fake, url)
    assert test_result(qtbot, dialog) == "✓ Connected to your business on Trustpilot: 3 reviews among the newest."
    dialog.accept()
    (source,) = all_sources(dialog.store)
    assert dict(source.settings) == {"domain": fake.domain}


@pytest.mark.parametrize(("case", "expected"), [
    ("wrong_secret", "✗ Trustpilot did not accept this key. Check that it was copied whole and was not deleted, "
                     "or create a new one."),
    ("unknown_site", "✗ Trustpilot cannot find this business. Check what you typed or chose, then test again."),
    ("other_business", "✗ The key works, but it has no access to this business. Give it access in Trustpilot "
                       "Business (Integrations), then test again."),
    ("down", "✗ Trustpilot is not answering properly right now. The problem is on their side: try again later."),
    ("offline", "✗ No connection: Trustpilot could not be reached. Check that this computer is online, then test "
                "again."),
])
def test_trustpilot_each_failure_in_plain_words(qtbot: Any, dialog: AddSourceDialog,
                                                trustpilot: tuple[FakeTrustpilot, str], case: str,
                                                expected: str) -> None:
    fake, url = trustpilot
    options: dict[str, Any] = {
        "wrong_secret": {"secret": "WrongSecret99"},
        "unknown_site": {"business": "www.unknown-shop.fr"},
        "other_business": {"business": "0123456789abcdef01234567"},
        "down": {},
        "offline": {},
    }[case]
    if case == "down":
        fake.faults.add("server_error", count=20, status=503)
    fill_trustpilot(dialog, fake, "http://127.0.0.1:9" if case == "offline" else url, **options)
    text = test_result(qtbot, dialog)
    assert text == expected
    assert fake.api_secret not in text and "503" not in text and "401" not in text
    assert dialog.save_button.isEnabled()  # the owner may still add it (e.g. offline today)


def test_accounts_list_test_connection_in_both_languages(qtbot: Any, store: Store, memory_keyring: Any) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222")
    token = fake.issue_token()
    with fake.serve() as server:
        add_source(store, platform="google_business", name="Shop", base_url=server.url,
                   save_secret=lambda key: store_secrets(key, {"access_token": token}) or key)
        accounts = AccountsDialog(store)
        qtbot.addWidget(accounts)
        choose_row(accounts, 0)
        qtbot.mouseClick(accounts.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: accounts.job is None, timeout=30_000)
        assert accounts.message.text() == "✓ Connected: Google shows 1 location."
        fake.access_tokens.clear()  # the sign-in was revoked
        translation.install("fr")
        try:
            qtbot.mouseClick(accounts.test_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: accounts.job is None, timeout=30_000)
        finally:
            translation.install("en")
    assert accounts.message.text() == ("✗ Google n’accepte plus cette connexion. Appuyez de nouveau sur "
                                       "« Se connecter avec Google… ».")
    assert token not in accounts.message.text()


def test_platforms_without_api_say_what_to_do_instead(dialog: AddSourceDialog) -> None:
    choose(dialog, "yelp")
    assert "Import or paste these reviews" in dialog.steps.text()
    assert not dialog.save_button.isEnabled() and dialog.test_button.isHidden() and dialog.name.isHidden()
    choose(dialog, "demo")
    assert dialog.save_button.isEnabled() and dialog.advanced.isHidden() and not dialog.name.isHidden()
    choose(dialog, "google_play")
    assert not dialog.advanced.isHidden()


def test_google_sign_in_refused_in_the_browser_says_so(qtbot: Any, dialog: AddSourceDialog, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.sources import oauth
    from workstation.sources.base import ConnectorError

    async def refused(*_a: Any, **_kw: Any) -> oauth.TokenSet:
        raise ConnectorError("auth", "Google access was not granted; connect again and click Allow.")

    monkeypatch.setattr(oauth, "run_installed_app_flow", refused)
    choose(dialog, "google_business")
    type_in(dialog, "oauth_file", write(tmp_path / "client.json",
                                        {"installed": {"client_id": "cid.apps", "client_secret": "cs"}}))
    qtbot.mouseClick(dialog.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.sign_in_status.text().startswith("✗"), timeout=10_000)
    assert dialog.sign_in_status.text() == ("✗ Google did not give access. Press “Sign in with Google…” again and "
                                            "click Allow.")
    assert dialog.signed_in is None and not dialog.save_button.isEnabled() and dialog.sign_in.isEnabled()


def test_accounts_list_tests_only_sources_with_a_connection(qtbot: Any, store: Store) -> None:
    add_source(store, platform="manual", name="Paper book", kind="file")
    accounts = AccountsDialog(store)
    qtbot.addWidget(accounts)
    assert accounts._status_words("file", "ok", None) == "files and pasted reviews"
    assert not accounts.test_button.isEnabled()  # nothing to test: files have no connection
    add_source(store, platform="demo", name="Demo")
    accounts.reload()
    assert accounts.test_button.isEnabled()  # the only source with an API, even with no row chosen
    choose_row(accounts, 0)
    assert not accounts.test_button.isEnabled()
    choose_row(accounts, 1)
    assert accounts.test_button.isEnabled()
    assert accounts.table.item(1, 1).text() == "Not synced yet"


def test_an_unsafe_api_address_is_refused_next_to_the_field(dialog: AddSourceDialog) -> None:
    choose(dialog, "demo")
    choose(dialog, "google_play", "http://proxy.example.com")
    assert not dialog.base_url_problem.isHidden()
    assert dialog.base_url_problem.text() == "Use an address starting with https:// (http:// only for this computer)."
    dialog.base_url.setText("https://proxy.example.com")
    assert dialog.base_url_problem.isHidden()


def test_an_empty_accounts_list_says_what_to_do(qtbot: Any, store: Store) -> None:
    accounts = AccountsDialog(store)
    qtbot.addWidget(accounts)
    assert accounts.message.text() == "No account connected yet: press “Connect an account…” and follow the steps."
    assert not accounts.test_button.isEnabled() and not accounts.sync_button.isEnabled()


@pytest.mark.parametrize("platform", ["google_business", "google_play", "app_store", "trustpilot", "demo", "yelp"])
def test_nothing_is_cut_at_1280x800(qtbot: Any, store: Store, language: str, platform: str) -> None:
    from tests.ui.visible import elided

    dlg = AddSourceDialog(store)
    qtbot.addWidget(dlg)
    choose(dlg, platform)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.width() <= 1280 and dlg.height() <= 800
    assert elided(dlg) == []
    accounts = AccountsDialog(store)
    qtbot.addWidget(accounts)
    accounts.show()
    qtbot.waitExposed(accounts)
    assert elided(accounts) == []
