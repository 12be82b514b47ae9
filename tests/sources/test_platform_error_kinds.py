"""A platform's errors carry their kind (`workstation/error_kinds.py`), raised for real: the
shared call path against the loopback Google Business fake (a real socket) with its faults,
a port nobody listens on, and the connectors' own reply rules. The English message is the
table's sentence (what the command line's English and the logs say); in French every one
is French, the platform named as in the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.error_kind_checks import assert_in_french, assert_kind
from tests.fakes.google_business import FakeGoogleBusiness
from tests.sources.conftest import collect, run
from workstation.cli_language import catalog
from workstation.display_names import platform_named_in
from workstation.error_kinds import SENTENCES, Refusal, error_words, worded
from workstation.sources.base import ConnectorError, Credentials, SourceConfig
from workstation.sources.demo import DemoConnector
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.google_play import GooglePlayConnector
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import RetryPolicy
from workstation.sources.trustpilot import TrustpilotConnector

Fixture = tuple[FakeGoogleBusiness, LoopbackServer]
GBP = "Google Business Profile"
FRENCH = catalog("fr")


def _fetch(fake: FakeGoogleBusiness, base_url: str, retry: RetryPolicy, *, refresh: bool = False) -> BaseException:
    """What listing the reviews raises (the test fails if it raises nothing)."""
    secrets = ({"client_id": fake.client_id, "client_secret": fake.client_secret,
                "refresh_token": fake.issue_refresh_token()} if refresh else {"access_token": fake.issue_token()})

    async def go() -> None:
        conn = GoogleBusinessConnector(SourceConfig("google_business", "Bakery", base_url=base_url),
                                       Credentials(secrets), retry=retry)
        try:
            await collect(conn.fetch(None))
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as caught:
        run(go())
    return caught.value


@pytest.mark.parametrize(("fault", "options", "kind", "params"), [
    ("forbidden", {}, "platform_forbidden_detail", {"detail": "injected forbidden"}),
    ("not_found", {}, "platform_not_found_detail", {"detail": "injected not_found"}),
    ("conflict", {}, "platform_conflict_detail", {"detail": "injected conflict"}),
    ("rate_limit", {"retry_after": "7200"}, "platform_rate_limited", {}),
    ("server_error", {"status": 503}, "platform_server_error", {"status": "503"}),
    ("html", {}, "platform_web_page", {}),
    ("malformed_json", {}, "platform_malformed", {}),
    ("truncated", {}, "platform_cut_off", {}),
])
def test_each_answer_of_the_platform_carries_its_kind(gbp: Fixture, retry: tuple[RetryPolicy, list[float]],
                                                      fault: str, options: dict[str, Any], kind: str,
                                                      params: dict[str, str]) -> None:
    fake, server = gbp
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.faults.add(fault, count=10, path="/reviews", **options)
    assert_kind(_fetch(fake, server.url, retry[0]), kind, platform=GBP, **params)


def test_a_sign_in_google_no_longer_accepts_says_reconnect(gbp: Fixture,
                                                          retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = gbp
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.faults.add("unauthorized", count=2, path="/reviews")  # a fresh token is refused too
    assert_kind(_fetch(fake, server.url, retry[0], refresh=True), "reconnect_google_sign_in")


def test_a_sign_in_server_in_trouble_passes_its_kind_on(gbp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = gbp
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.faults.add("server_error", count=50, path="/token", status=503)  # getting the token fails (_AuthFailed)
    assert_kind(_fetch(fake, server.url, retry[0], refresh=True), "platform_server_error", platform=GBP,
                status="503")


def test_a_saved_token_refused_names_the_platform(gbp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = gbp
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.faults.add("unauthorized", count=2, path="/reviews")
    assert_kind(_fetch(fake, server.url, retry[0]), "reconnect_saved_token", platform=GBP)


def test_nobody_answering_on_this_computer(retry: tuple[RetryPolicy, list[float]]) -> None:
    exc = _fetch(FakeGoogleBusiness(), "http://127.0.0.1:9", retry[0])  # nothing listens on the discard port
    assert_kind(exc, "platform_unreachable", platform=GBP)
    assert exc.transient  # the kind changes nothing of how it is retried


def _rule(make: Callable[[], Any], call: Callable[[Any], Any]) -> BaseException:
    async def go() -> None:
        conn = make()
        try:
            await call(conn)
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as caught:
        run(go())
    return caught.value


def test_the_connectors_own_reply_rules(play_fake_key: Any) -> None:
    from cryptography.hazmat.primitives import serialization

    pem = play_fake_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()).decode()
    play = lambda: GooglePlayConnector(  # noqa: E731
        SourceConfig("google_play", "App", settings={"package_name": "com.example.app"}),
        Credentials({"client_email": "a@b.iam.gserviceaccount.com", "private_key": pem}))
    exc = _rule(play, lambda c: c.post_reply("gp:1", "x" * 400))
    assert str(exc) == "The reply is too long for Google Play: 400 characters, the limit is 350."
    assert_kind(exc, "reply_too_long_characters", platform="Google Play", size="400", limit="350")
    assert_kind(_rule(play, lambda c: c.post_reply("gp:1", "  ")), "empty_text")
    assert_kind(_rule(play, lambda c: c.delete_reply("gp:1")), "play_cannot_delete")
    assert_kind(_rule(play, lambda c: c.post_reply("../x", "Merci")), "not_a_review_id", platform="Google Play")
    trustpilot = lambda: TrustpilotConnector(  # noqa: E731
        SourceConfig("trustpilot", "Shop", settings={"business_unit_id": "u1"}),
        Credentials({"api_key": "k", "api_secret": "s"}))
    assert_kind(_rule(trustpilot, lambda c: c.post_reply("r1", "Merci")), "trustpilot_business_user_missing")
    demo = lambda: DemoConnector(SourceConfig("demo", "Demo"), Credentials({"access_token": "t"}))  # noqa: E731
    assert_kind(_rule(demo, lambda c: c.post_reply("a/b", "Merci")), "not_a_review_id", platform="Demo platform")


# -- in French -----------------------------------------------------------------------------

ENGLISH = ("did not answer", "refused", "reconnect this", "reconnect it", "slow down", "trouble", "answer", "review id", "reply",
           "Demo platform", "will try", "sign-in", "Cannot", "Network", "web page")


def _french(refusal: Refusal) -> str:
    return worded(refusal, "FALLBACK", FRENCH.gettext, platform=lambda value: platform_named_in(value, "fr"))


@pytest.mark.parametrize("kind", sorted(k for k in SENTENCES if k.startswith(("platform_", "reconnect_",
                                                                              "google_sign_in", "not_a_review"))))
def test_every_platform_sentence_reads_in_french(kind: str) -> None:
    params = {"platform": "Google Play", "status": "503", "detail": "PERMISSION_DENIED", "host": "api.example.org",
              "review": "12"}
    said = _french(Refusal(kind, params))
    assert said != "FALLBACK"
    assert_in_french(said, ENGLISH)


def test_a_few_in_french_word_for_word(gbp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = gbp
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.faults.add("rate_limit", count=10, path="/reviews", retry_after="7200")
    exc = _fetch(fake, server.url, retry[0])
    assert error_words(exc, FRENCH.gettext) == "Google Business Profile demande de ralentir\u202f; nouvel essai plus tard."
    assert _french(Refusal("platform_no_answer", {"platform": "Demo platform"})) == "Démo n’a pas répondu à temps."
    assert _french(Refusal("not_a_review_id", {"platform": "Trustpilot"})) == (
        "Ce n’est pas un identifiant d’avis de Trustpilot.")
