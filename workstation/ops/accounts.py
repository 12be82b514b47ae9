"""Accounts: test a connection (a saved source, or one being set up) and list the apps an
App Store Connect key can see.

The window's Accounts screens and `workstation source test` both come here, so they say
the same thing (`ConnectionVerdict.message`). Nothing is written: a test only reads.
`options` go to the connector (tests pass `client=` with a loopback or mock transport).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from workstation.sources.app_store import AppInfo, discover_apps
from workstation.sources.base import Credentials, SourceConfig
from workstation.sources.registry import make_connector
from workstation.store.db import Store
from workstation.store.sync_state import get_source
from workstation.sync.connection_check import ConnectionVerdict, check_connection, verdict_for_error
from workstation.sync.connectors import SYNC_RETRY, ConnectorFactory, default_connector_factory


async def check_saved_source(
    store: Store, source_id: int, *, connector_factory: ConnectorFactory | None = None
) -> ConnectionVerdict:
    """Test a saved source with its saved secret. Raises LookupError for an unknown id."""
    source = get_source(store, source_id)
    if source is None:
        raise LookupError(f"source {source_id} does not exist")
    try:
        connector = (connector_factory or default_connector_factory())(source)
    except Exception as exc:  # a missing secret or bad setting is a verdict too
        return verdict_for_error(source.platform, exc)
    try:
        return await check_connection(connector)
    finally:
        await connector.aclose()


async def check_new_source(
    platform: str,
    settings: Mapping[str, str],
    secrets: Mapping[str, str] | None,
    *,
    base_url: str | None = None,
    **options: Any,
) -> ConnectionVerdict:
    """Test what the "connect an account" form holds, before anything is saved."""
    options.setdefault("retry", SYNC_RETRY)
    config = SourceConfig(platform, "test", base_url=base_url, settings=dict(settings))
    try:
        connector = make_connector(config, Credentials(secrets or {}), **options)
    except Exception as exc:  # e.g. a setting the connector refuses
        return verdict_for_error(platform, exc)
    try:
        return await check_connection(connector)
    finally:
        await connector.aclose()


@dataclass(frozen=True)
class AppsFound:
    """The apps a key can see, or why they could not be listed (`verdict` not ok)."""

    verdict: ConnectionVerdict
    apps: tuple[AppInfo, ...] = field(default_factory=tuple)


async def find_app_store_apps(
    secrets: Mapping[str, str], *, base_url: str | None = None, **options: Any
) -> AppsFound:
    """List the apps an App Store Connect key can see (`GET /v1/apps`)."""
    options.setdefault("retry", SYNC_RETRY)
    config = SourceConfig("app_store", "discovery", base_url=base_url)
    try:
        apps = await discover_apps(config, Credentials(secrets), **options)
    except Exception as exc:  # shown as a verdict, never as an exception
        return AppsFound(verdict_for_error("app_store", exc))
    return AppsFound(ConnectionVerdict("ok", "app_store", apps=len(apps)), tuple(apps))
