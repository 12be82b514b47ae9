"""Every connector's fake through the same sync + outbox path: reviews arrive, and a
reply that reached the platform before a crash is never posted a second time."""

from __future__ import annotations

import logging

import pytest

from tests.fakes.serve import build
from tests.sync.helpers import clock, factory, no_wait_pacer, run
from workstation.sources.base import Credentials
from workstation.sources.credentials import store_secrets
from workstation.sources.registry import make_connector
from workstation.store.db import Store
from workstation.store.outbox import mark_sending
from workstation.store.sync_state import add_source, get_source
from workstation.sync import queue_reply, send_outbox, sync_source
from workstation.sync.connectors import source_config


def writes(fake: object) -> list[tuple[str, str]]:
    """Reply writes the fake received (token exchanges left out)."""
    return [(m, p) for m, p, _ in fake.request_bodies if "token" not in p.lower()]  # type: ignore[attr-defined]


@pytest.mark.parametrize("platform", ["google_play", "app_store", "trustpilot", "demo", "google_business"])
def test_sync_and_never_post_twice_on_every_platform(
    store: Store, platform: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the most talkative log, httpx and httpcore included
    fake, credentials, settings = build(platform, 12)
    with fake.serve() as server:
        sid = add_source(store, platform=platform, name=f"{platform} shop", base_url=server.url,
                         settings=dict(settings, send_interval="0"),
                         save_secret=lambda key: store_secrets(key, credentials))
        result = run(sync_source(store, sid, connector_factory=factory(), now=clock))
        assert result.ok and result.new >= 12, result
        a, b = (r[0] for r in store.query(
            "SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 2"))
        first = queue_reply(store, a, "Thank you for the feedback.")
        queue_reply(store, b, "Merci pour votre retour.")
        # The crash: row marked 'sending', the request reached the platform, no answer recorded.
        mark_sending(store, first.outbox_id)
        ext_a = str(store.scalar("SELECT external_id FROM reviews WHERE id = ?", (a,)))
        source = get_source(store, sid)
        assert source is not None

        async def post_directly() -> None:
            conn = make_connector(source_config(source), Credentials(credentials))
            try:
                await conn.post_reply(ext_a, "Thank you for the feedback.")
            finally:
                await conn.aclose()

        run(post_directly())
        before = len(writes(fake))
        sent = run(send_outbox(store, connector_factory=factory(), now=clock, pacer=no_wait_pacer()))
        assert (sent.sent, sent.failed, sent.pending) == (2, 0, 0), sent.problems
        assert len(writes(fake)) == before + 1  # only review b was posted
        assert store.scalar("SELECT count(*) FROM reviews WHERE reply_state = 'sent' AND id IN (?, ?)", (a, b)) == 2
    # No secret (token, key, API secret, private key lines) in the database files or the log.
    assert store.path is not None
    files = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))
    assert caplog.text and files and secret_parts(credentials)
    for part in secret_parts(credentials):
        assert part not in caplog.text, part[:6]
        assert part.encode() not in files, part[:6]


def secret_parts(credentials: dict[str, str]) -> list[str]:
    """Every secret value, and each body line of PEM keys (they are stored line-wrapped)."""
    parts = []
    for name, value in credentials.items():
        if name in ("key_id", "issuer_id", "client_email", "username"):
            continue  # identifiers, not secrets
        lines = [v for v in value.splitlines() if len(v) >= 8 and not v.startswith("-----")]
        parts += lines or [value]
    return parts
