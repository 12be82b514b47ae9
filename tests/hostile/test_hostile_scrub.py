"""Item 11 of issue 19: the log scrubber hides Basic credentials, bare JWTs, PEM key bodies
and whole passwords (spaces included), and still keeps the words around them."""

from __future__ import annotations

import pytest

from workstation.logs import scrub

JWT = ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhYmMiLCJleHAiOjE3MDAwMDAwMDB9."
       "c2lnbmF0dXJlLXNlY3JldC1wYXJ0LWhlcmU")
PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"
PEM = f"-----BEGIN PRIVATE KEY-----\n{PEM_BODY}\nAbCdEf0123\n-----END PRIVATE KEY-----"


@pytest.mark.parametrize(("text", "secret"), [
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="),
    ("headers={'authorization': 'Basic dXNlcjpwYXNzd29yZA=='}", "dXNlcjpwYXNzd29yZA=="),
    (f"token exchange failed for {JWT} (expired)", "c2lnbmF0dXJl"),
    (f"assertion={JWT}", "eyJpc3Mi"),
    (f"bad key: {PEM}", PEM_BODY),
    (repr({"private_key": PEM}), PEM_BODY),
    ("password: correct horse battery staple", "battery staple"),
    ('password="correct horse battery staple" user=bob', "horse battery"),
    ("{'password': 'two words', 'user': 'bob'}", "words"),
    ("client_secret='abc def'", "def"),
    ("refresh failed: access_token=ya29.SECRET123 Bearer abc.def.ghi api_key: K-999", "SECRET123"),
])
def test_secrets_are_hidden(text: str, secret: str) -> None:
    scrubbed = scrub(text)
    assert secret not in scrubbed and "[hidden]" in scrubbed


def test_surrounding_words_stay() -> None:
    scrubbed = scrub(f"sign-in failed (expired) with {JWT}; user=bob\n{PEM}\nnext line")
    assert "sign-in failed (expired)" in scrubbed and "user=bob" in scrubbed and "next line" in scrubbed
    assert "-----BEGIN PRIVATE KEY-----" in scrubbed and "-----END PRIVATE KEY-----" in scrubbed
    assert scrub("{'password': 'two words', 'user': 'bob'}").endswith("'user': 'bob'}")
