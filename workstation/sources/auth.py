"""Access-token providers: static token, Google refresh token, Google service account
(JWT bearer grant), App Store Connect ES256 JWT, Trustpilot OAuth.

Tokens stay in memory; a 401 makes `ApiClient` call `invalidate()` and retry once.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from typing import Any

import jwt

from workstation.error_kinds import refused, with_kind
from workstation.sources.base import ConnectorError, Credentials, CredentialsError
from workstation.sources.http import ApiClient, Auth

Clock = Callable[[], float]

GOOGLE_JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
PLAY_SCOPE = "https://www.googleapis.com/auth/androidpublisher"
BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage"
APPLE_AUDIENCE = "appstoreconnect-v1"


def _seconds(value: object, default: float = 3600.0) -> float:
    """`expires_in` as a number; servers send ints or strings, a garbled one means the default."""
    try:
        return float(value) if isinstance(value, int | float | str) else default
    except ValueError:
        return default


def static_token_or(credentials: Credentials, label: str, exchange: Callable[[], Auth]) -> Auth:
    """A saved `access_token` (scripts, `--credentials token.json`) wins over the platform's
    own exchange, which `exchange` builds only when there is none."""
    token = credentials.get("access_token")
    return StaticToken(token, label) if token else exchange()


class StaticToken:
    """`{"access_token": ...}` credentials: no exchange, a 401 means reconnect."""

    refreshable = False

    def __init__(self, token: str, label: str) -> None:
        self._token = token
        self._label = label

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError(
            "reconnect", f"{self._label} refused the saved access token; reconnect this account.", status=status
        ), "reconnect_saved_token", platform=self._label)

    async def headers(self, api: ApiClient) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        return None


class _CachedToken:
    """Shared caching for providers that fetch a bearer token from an endpoint."""

    refreshable = True

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._token: str | None = None
        self._expires = 0.0

    async def headers(self, api: ApiClient) -> dict[str, str]:
        if self._token is None or self._clock() > self._expires - 60:
            data = await self._fetch_checked(api)
            token = data.get("access_token") if isinstance(data, dict) else None
            if not isinstance(token, str) or not token:
                raise with_kind(ConnectorError("bad_response", "The sign-in server sent no access token."),
                                "sign_in_no_token")
            self._token = token
            self._expires = self._clock() + _seconds(data.get("expires_in"))
            self._remember(data)
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        self._token = None

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError("reconnect", "Access was refused; reconnect this account.", status=status),
                         "reconnect_access_refused")

    async def _fetch_checked(self, api: ApiClient) -> Any:
        try:
            return await self._fetch(api)
        except ConnectorError as exc:
            if exc.kind in ("reconnect", "rejected", "forbidden", "not_found", "conflict"):
                raise self.reconnect_error(exc.status) from None
            raise

    async def _fetch(self, api: ApiClient) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _remember(self, data: dict[str, Any]) -> None:
        return None


class GoogleRefreshToken(_CachedToken):
    """Installed-app OAuth: trade the stored refresh token for an access token."""

    def __init__(
        self, token_url: str, client_id: str, client_secret: str, refresh_token: str, clock: Clock = time.time
    ) -> None:
        super().__init__(clock)
        self._url, self._id, self._secret, self._refresh = token_url, client_id, client_secret, refresh_token

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError(
            "reconnect", "Google no longer accepts this account's sign-in (consent revoked or expired); reconnect it.",
            status=status), "reconnect_google_sign_in")

    async def _fetch(self, api: ApiClient) -> Any:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh,
            "client_id": self._id,
            "client_secret": self._secret,
        }
        return await api.request("POST", self._url, form=form, use_auth=False)


class GoogleServiceAccount(_CachedToken):
    """Service-account key → signed JWT → access token (RFC 7523 bearer grant)."""

    def __init__(
        self, token_url: str, client_email: str, private_key: str, scope: str, clock: Clock = time.time
    ) -> None:
        super().__init__(clock)
        self._url, self._email, self._key, self._scope = token_url, client_email, private_key, scope

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError(
            "reconnect", "Google refused the service-account key (deleted key, or no access in Play Console); "
            "add a new key.", status=status), "reconnect_google_service_account")

    def assertion(self) -> str:
        now = int(self._clock())
        claims = {"iss": self._email, "scope": self._scope, "aud": self._url, "iat": now, "exp": now + 3600}
        try:
            return jwt.encode(claims, self._key, algorithm="RS256")
        except (ValueError, TypeError, jwt.PyJWTError):
            raise refused(CredentialsError, "service_account_key_unreadable",
                          "The service-account private key cannot be read.") from None

    async def _fetch(self, api: ApiClient) -> Any:
        form = {"grant_type": GOOGLE_JWT_GRANT, "assertion": self.assertion()}
        return await api.request("POST", self._url, form=form, use_auth=False)


class AppStoreJwt:
    """ES256 token built locally; lives 15 minutes (Apple refuses more than 20)."""

    refreshable = True

    def __init__(
        self, key_id: str, issuer_id: str, private_key: str, clock: Clock = time.time, lifetime: int = 900
    ) -> None:
        self._kid, self._iss, self._key = key_id, issuer_id, private_key
        self._clock, self._lifetime = clock, lifetime
        self._token: str | None = None
        self._expires = 0.0

    def make_token(self) -> str:
        now = int(self._clock())
        # iat slightly in the past tolerates a local clock a little ahead of Apple's.
        claims = {"iss": self._iss, "iat": now - 30, "exp": now + self._lifetime, "aud": APPLE_AUDIENCE}
        try:
            return jwt.encode(claims, self._key, algorithm="ES256", headers={"kid": self._kid, "typ": "JWT"})
        except (ValueError, TypeError, jwt.PyJWTError):
            raise refused(CredentialsError, "p8_key_unreadable",
                          "The App Store Connect .p8 private key cannot be read.") from None

    async def headers(self, api: ApiClient) -> dict[str, str]:
        if self._token is None or self._clock() > self._expires - 60:
            self._token = self.make_token()
            self._expires = self._clock() + self._lifetime
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        self._token = None

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError(
            "reconnect", "App Store Connect refused the API key: check the key id, issuer id and .p8 file, "
            "that the key was not revoked, and that this computer's clock is right.", status=status),
            "reconnect_app_store_key")


class TrustpilotOAuth(_CachedToken):
    """Business-user token: password grant when a username is saved, else client credentials.

    Public endpoints also need the `apikey` header, which this provider adds.
    """

    def __init__(
        self,
        token_url: str,
        api_key: str,
        api_secret: str,
        *,
        username: str | None = None,
        password: str | None = None,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(clock)
        self._url, self._key, self._secret = token_url, api_key, api_secret
        self._username, self._password = username, password
        self._refresh: str | None = None

    def reconnect_error(self, status: int | None) -> ConnectorError:
        return with_kind(ConnectorError(
            "reconnect", "Trustpilot refused the API key/secret or the business user; reconnect it.", status=status),
            "reconnect_trustpilot")

    async def headers(self, api: ApiClient) -> dict[str, str]:
        headers = await super().headers(api)
        headers["apikey"] = self._key
        return headers

    async def _fetch(self, api: ApiClient) -> Any:
        basic = base64.b64encode(f"{self._key}:{self._secret}".encode()).decode()
        if self._refresh:
            form = {"grant_type": "refresh_token", "refresh_token": self._refresh}
            url = self._url.rsplit("/", 1)[0] + "/refresh"
        elif self._username and self._password:
            form = {"grant_type": "password", "username": self._username, "password": self._password}
            url = self._url
        else:
            form = {"grant_type": "client_credentials"}
            url = self._url
        try:
            return await api.request(
                "POST", url, form=form, headers={"Authorization": f"Basic {basic}"}, use_auth=False
            )
        except ConnectorError:
            if not self._refresh:
                raise
            self._refresh = None  # expired refresh token: fall back to a fresh grant once
            return await self._fetch(api)

    def _remember(self, data: dict[str, Any]) -> None:
        refresh = data.get("refresh_token")
        self._refresh = refresh if isinstance(refresh, str) and refresh else None
