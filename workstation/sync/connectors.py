"""Building a connector for a stored source, with the retry policy sync uses.

The factory is injectable everywhere (tests pass loopback-backed connectors, the demo
passes its in-process server); the default reads secrets from the keychain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workstation.sources.base import Connector, SourceConfig
from workstation.sources.registry import make_connector
from workstation.sources.retry import RetryPolicy
from workstation.store.sync_state import SourceRow

ConnectorFactory = Callable[[SourceRow], Connector]

#: Short and bounded: a sync is repeated by the scheduler anyway, and an offline
#: machine should say "offline" within seconds, not after a minute of backoff.
SYNC_RETRY = RetryPolicy(attempts=3, wait_initial=0.5, wait_max=8.0, wait_jitter=0.5, max_retry_after=30.0)


def source_config(source: SourceRow) -> SourceConfig:
    return SourceConfig(
        platform=source.platform,
        name=source.name,
        base_url=source.base_url,
        settings=dict(source.settings),
        secret_key=source.secret_key,
    )


def default_connector_factory(**options: Any) -> ConnectorFactory:
    """A factory using the keychain secrets; `options` go to every connector (e.g. `retry`)."""
    options.setdefault("retry", SYNC_RETRY)

    def build(source: SourceRow) -> Connector:
        return make_connector(source_config(source), **options)

    return build
