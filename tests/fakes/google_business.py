"""Fake Google Business Profile: Account Management v1, Business Information v1,
My Business v4 reviews and the OAuth token endpoint, on one loopback host.

Faithful to ../shared/specs/google: paths, `pageSize` ≤ 50 + `nextPageToken`,
`starRating` enums, `ReviewReply`, Google error bodies. State is in memory;
`reply_puts` counts PUT …/reply per review so tests can assert "never posted twice".
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.sources.loopback import FakePlatform, FakeRequest, FakeResponse, json_response

STATUS_NAMES = {
    400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
    409: "ABORTED", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 502: "UNAVAILABLE", 503: "UNAVAILABLE",
}
STAR_NAMES = ["ONE", "TWO", "THREE", "FOUR", "FIVE"]
_REVIEWS = re.compile(r"^/v4/(accounts/[^/]+/locations/[^/]+)/reviews$")
_REVIEW = re.compile(r"^/v4/(accounts/[^/]+/locations/[^/]+/reviews/[^/]+?)(/reply)?$")
_LOCATIONS = re.compile(r"^/v1/(accounts/[^/]+)/locations$")


def gtime(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeGoogleBusiness(FakePlatform):
    label = "google_business"

    def __init__(self, *, client_id: str = "cid.apps.googleusercontent.com", client_secret: str = "csecret") -> None:
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.accounts: list[dict[str, Any]] = []
        self.locations: dict[str, list[dict[str, Any]]] = {}
        self.reviews: dict[str, dict[str, Any]] = {}  # name -> Review
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.auth_codes: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self.reply_puts: Counter[str] = Counter()
        self.reply_deletes: Counter[str] = Counter()
        self.token_requests = 0
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
        self._sorted: dict[str, list[dict[str, Any]]] = {}

    # -- state helpers ---------------------------------------------------------
    def add_location(self, account_id: str, location_id: str, title: str = "Boulangerie") -> str:
        account = f"accounts/{account_id}"
        if not any(a["name"] == account for a in self.accounts):
            self.accounts.append(
                {"name": account, "accountName": f"Account {account_id}", "type": "PERSONAL",
                 "verificationState": "VERIFIED"}
            )
        self.locations.setdefault(account, []).append(
            {"name": f"locations/{location_id}", "title": title,
             "metadata": {"mapsUri": f"https://maps.google.com/maps?cid={location_id}", "placeId": f"place{location_id}"}}
        )
        return f"{account}/locations/{location_id}"

    def issue_token(self) -> str:
        token = "ya29." + secrets.token_urlsafe(16)
        self.access_tokens.add(token)
        return token

    def issue_refresh_token(self) -> str:
        token = "1//" + secrets.token_urlsafe(16)
        self.refresh_tokens.add(token)
        return token

    def add_review(
        self, parent: str, review_id: str, *, stars: str | None = "FIVE", comment: str | None = "Great",
        created: datetime | None = None, updated: datetime | None = None, author: str = "A Google user",
        reply: str | None = None, reply_time: datetime | None = None,
    ) -> str:
        created = created or self.now
        name = f"{parent}/reviews/{review_id}"
        review: dict[str, Any] = {
            "name": name, "reviewId": review_id,
            "reviewer": {"displayName": author, "isAnonymous": False},
            "createTime": gtime(created), "updateTime": gtime(updated or created),
        }
        if stars is not None:
            review["starRating"] = stars
        if comment is not None:
            review["comment"] = comment
        if reply is not None:
            review["reviewReply"] = {"comment": reply, "updateTime": gtime(reply_time or created)}
        self.reviews[name] = review
        self._sorted.pop(parent, None)
        return name

    def edit_review(self, name: str, *, comment: str | None = None, stars: str | None = None,
                    reply: str | None = None, when: datetime | None = None) -> None:
        review = self.reviews[name]
        when = when or self.now
        if comment is not None:
            review["comment"] = comment
        if stars is not None:
            review["starRating"] = stars
        if reply is not None:  # a reply posted elsewhere (e.g. the Business Profile app)
            review["reviewReply"] = {"comment": reply, "updateTime": gtime(when)}
        review["updateTime"] = gtime(when)
        self._sorted.pop(name.rsplit("/reviews/", 1)[0], None)

    def remove_review(self, name: str) -> None:
        del self.reviews[name]
        self._sorted.pop(name.rsplit("/reviews/", 1)[0], None)

    def populate(self, parent: str, count: int, *, start: datetime | None = None) -> None:
        """`count` synthetic reviews, one minute apart, every tenth with a reply (scale tests)."""
        start = start or datetime(2024, 1, 1, tzinfo=UTC)
        for i in range(count):
            when = start + timedelta(minutes=i)
            self.add_review(
                parent, f"r{i:07d}", stars=STAR_NAMES[i % 5], comment=f"Synthetic review number {i}",
                created=when, author=f"Reviewer {i % 97}",
                reply=("Thanks!" if i % 10 == 0 else None), reply_time=when + timedelta(hours=3),
            )

    # -- HTTP ------------------------------------------------------------------
    def error(self, status: int, message: str) -> FakeResponse:
        return json_response(
            status, {"error": {"code": status, "message": message, "status": STATUS_NAMES.get(status, "UNKNOWN")}}
        )

    def _authorized(self, req: FakeRequest) -> bool:
        header = req.headers.get("authorization", "")
        return header.startswith("Bearer ") and header[7:] in self.access_tokens

    def route(self, req: FakeRequest) -> FakeResponse:
        if req.path == "/token" and req.method == "POST":
            return self._token(req)
        if not self._authorized(req):
            return self.error(401, "Request had invalid authentication credentials.")
        if req.method == "GET" and req.path == "/v1/accounts":
            return self._page(req, self.accounts, "accounts", default=20, cap=20)
        if req.method == "GET" and (m := _LOCATIONS.match(req.path)):
            if not req.q("readMask"):
                return self.error(400, "Request contains an invalid argument: read_mask is required.")
            return self._page(req, self.locations.get(m.group(1), []), "locations", default=10, cap=100)
        if req.method == "GET" and (m := _REVIEWS.match(req.path)):
            return self._list_reviews(req, m.group(1))
        if m := _REVIEW.match(req.path):
            name, is_reply = m.group(1), bool(m.group(2))
            review = self.reviews.get(name)
            if review is None:
                return self.error(404, "Requested entity was not found.")
            if req.method == "GET" and not is_reply:
                return json_response(200, review)
            if req.method == "PUT" and is_reply:
                body = req.json()
                comment = body.get("comment") if isinstance(body, dict) else None
                if not isinstance(comment, str) or not comment:
                    return self.error(400, "comment is required")
                if len(comment.encode("utf-8")) > 4096:
                    return self.error(400, "comment exceeds 4096 bytes")
                self.reply_puts[name] += 1
                review["reviewReply"] = {"comment": comment, "updateTime": gtime(self.now)}
                return json_response(200, review["reviewReply"])
            if req.method == "DELETE" and is_reply:
                self.reply_deletes[name] += 1
                review.pop("reviewReply", None)
                return json_response(200, {})
        return self.error(404, f"No route for {req.method} {req.path}")

    def _page(self, req: FakeRequest, items: list[dict[str, Any]], key: str, *, default: int, cap: int) -> FakeResponse:
        size = int(req.q("pageSize") or default)
        if size < 1 or size > cap:
            return self.error(400, f"pageSize must be between 1 and {cap}")
        start = _decode_token(req.q("pageToken"))
        if start is None:
            return self.error(400, "Invalid page token")
        body: dict[str, Any] = {key: items[start:start + size]}
        if start + size < len(items):
            body["nextPageToken"] = _encode_token(start + size)
        return json_response(200, body)

    def _list_reviews(self, req: FakeRequest, parent: str) -> FakeResponse:
        if parent.split("/locations/")[0] not in self.locations:
            return self.error(404, "Requested entity was not found.")
        order = req.q("orderBy") or "update_time desc"
        if order not in ("update_time desc", "rating", "rating desc"):
            return self.error(400, f"Invalid orderBy {order!r}")
        ordered = self._sorted.get(parent)
        if ordered is None:
            ordered = sorted(
                (r for n, r in self.reviews.items() if n.startswith(parent + "/")),
                key=lambda r: (r["updateTime"], r.get("name", "")), reverse=True,
            )
            self._sorted[parent] = ordered
        size = int(req.q("pageSize") or 50)
        if size < 1 or size > 50:
            return self.error(400, "The maximum page_size is 50.")
        start = _decode_token(req.q("pageToken"))
        if start is None:
            return self.error(400, "Invalid page token")
        stars = [STAR_NAMES.index(r["starRating"]) + 1 for r in ordered if r.get("starRating") in STAR_NAMES]
        body: dict[str, Any] = {"reviews": ordered[start:start + size], "totalReviewCount": len(ordered)}
        if stars:
            body["averageRating"] = round(sum(stars) / len(stars), 1)
        if start + size < len(ordered):
            body["nextPageToken"] = _encode_token(start + size)
        return json_response(200, body)

    def _token(self, req: FakeRequest) -> FakeResponse:
        self.token_requests += 1
        form = req.form()
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return json_response(401, {"error": "invalid_client", "error_description": "The OAuth client was not found."})
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return json_response(400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
            return json_response(200, {"access_token": self.issue_token(), "expires_in": 3599,
                                       "scope": "https://www.googleapis.com/auth/business.manage", "token_type": "Bearer"})
        if grant == "authorization_code":
            entry = self.auth_codes.pop(form.get("code", ""), None)
            if entry is None or entry[1] != form.get("redirect_uri"):
                return json_response(400, {"error": "invalid_grant", "error_description": "Bad code or redirect_uri."})
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if challenge != entry[0]:
                return json_response(400, {"error": "invalid_grant", "error_description": "PKCE verification failed."})
            return json_response(200, {"access_token": self.issue_token(), "refresh_token": self.issue_refresh_token(),
                                       "expires_in": 3599, "token_type": "Bearer"})
        return json_response(400, {"error": "unsupported_grant_type"})

    def grant_code(self, code_challenge: str, redirect_uri: str) -> str:
        """What the consent screen does once the user clicks Allow (tests call it)."""
        code = "4/" + secrets.token_urlsafe(12)
        with self.lock:
            self.auth_codes[code] = (code_challenge, redirect_uri)
        return code


class HoldingGoogleBusiness(FakeGoogleBusiness):
    """Records a reply PUT, then holds its answer for one chosen review (`hold`, a review name)
    until `released`, so a sender can be killed after the platform has the reply but before
    it hears so."""

    def __init__(self) -> None:
        super().__init__()
        self.hold: str | None = None
        self.released = threading.Event()

    def route(self, req: FakeRequest) -> FakeResponse:
        response = super().route(req)
        if req.method == "PUT" and self.hold and req.path == f"/v4/{self.hold}/reply":
            self.released.wait(60)
        return response


def _encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def _decode_token(token: str | None) -> int | None:
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        return int(text.split(":", 1)[1]) if text.startswith("o:") else None
    except (ValueError, UnicodeDecodeError):
        return None
