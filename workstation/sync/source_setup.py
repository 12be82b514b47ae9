"""Adding an API source, once for the command line and the window: check it, keep its
secret (keychain, or a user-only file where there is none), record it.

`add_checked_source` refuses a source that could never sync (`sources.validation`) before
anything is written, and says where the secret went. `discover_app_store_ids` fills in
the App Store app ids the key can see when none were given (one API call, so the command
line uses it; the window asks for the ids in its form). Nothing here prints or uses Qt;
callers turn the exceptions (ConfigError, CredentialsError, StoreError) into their message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workstation.error_kinds import carrying, refusal_of, with_kind
from workstation.sources.base import (
    ConfigError,
    ConnectorError,
    Credentials,
    CredentialsError,
    SourceConfig,
)
from workstation.sources.credentials import SavedSecret, SecretStore, delete_secrets, save_secrets
from workstation.sources.validation import check_source
from workstation.store.db import Store
from workstation.store.sync_state import add_source


async def discover_app_store_ids(
    settings: Mapping[str, str], secrets: Mapping[str, str] | None, *, base_url: str | None = None, **options: Any
) -> tuple[dict[str, str], list[str]]:
    """An App Store source given no `app_ids` takes the apps its key can see
    (`GET /v1/apps`); returns the settings to save and the app ids found (none when the
    settings already name apps or there are no secrets).

    Settings that already name apps, or no secrets, come back unchanged (the check then
    says what is missing). A failed listing raises ConfigError with the reason.
    """
    from workstation.sources.app_store import discover_app_ids

    settings = dict(settings)
    if (settings.get("app_ids") or "").strip() or not secrets:
        return settings, []
    from workstation.sync.connectors import SYNC_RETRY

    options.setdefault("retry", SYNC_RETRY)  # offline says so in seconds
    config = SourceConfig("app_store", "discovery", base_url=base_url, settings=settings)
    try:
        found = await discover_app_ids(config, Credentials(secrets), **options)
    except ConnectorError as exc:
        raise with_kind(ConfigError(f"Could not list this key's apps: {exc.user_message} Otherwise set the "
                                    "app id(s) with --setting app_ids=… (digits from the app's URL)."),
                        "app_store_listing_failed", reason=exc) from None
    except CredentialsError as exc:  # its kind goes with it: the window says it in its language
        raise carrying(ConfigError(str(exc)), refusal_of(exc)) from None
    if not found:
        return settings, []  # the check says "Set the App Store app id(s)…"
    settings["app_ids"] = ",".join(found)
    return settings, list(found)


@dataclass(frozen=True)
class AddedSource:
    """The new source's id and, when it has a secret, where that secret lives (plain words)."""

    id: int
    secret_where: str | None = None


def add_checked_source(
    store: Store,
    *,
    platform: str,
    name: str,
    settings: Mapping[str, str] | None = None,
    secrets: Mapping[str, str] | None = None,
    base_url: str | None = None,
    sync_interval_min: int | None = None,
    secret_store: SecretStore = "auto",
    data_dir: Path | None = None,
) -> AddedSource:
    """Check, then create the source with its secret; all or nothing.

    `data_dir` holds the secrets folder when there is no keychain (default: the
    database's folder). Raises ConfigError for a source that could not sync as given.
    """
    settings = dict(settings or {})
    check_source(platform, settings, secrets)
    folder = data_dir or (store.path.parent if store.path is not None else None)
    saved: list[SavedSecret] = []

    def save(key: str) -> str:
        assert secrets is not None
        if folder is None:
            raise ValueError("an in-memory database needs data_dir for a secrets file")
        saved.append(save_secrets(key, dict(secrets), data_dir=folder, store=secret_store))
        return saved[-1].reference

    kind = "file" if platform == "manual" else "api"
    try:
        source_id = add_source(
            store, platform=platform, name=name, kind=kind, base_url=base_url, settings=settings,
            sync_interval_min=sync_interval_min, save_secret=save if secrets else None,
        )
    except BaseException:
        for secret in saved:  # the source was not created: leave no orphan secret behind
            delete_secrets(secret.reference)
        raise
    return AddedSource(source_id, saved[-1].where if saved else None)
