"""Fake Trustpilot APIs: business-unit lookup, private review list (page + perPage),
private review get, company reply create/replace/delete, business-user token grants.

There is no public OpenAPI; shapes follow ../shared/specs/PLATFORMS.md §4 and
samples/trustpilot-*.json (the contract test checks the keys against the sample).
"""

from __future__ import annotations

import base64
import re
import secrets
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.sources.loopback import FakePlatform, FakeRequest, FakeResponse, json_response

TOKEN_PATH = "/v1/oauth/oauth-business-users-for-applications/accesstoken"
REFRESH_PATH = "/v1/oauth/oauth-business-users-for-applications/refresh"
_LIST = re.compile(r"^/v1/private/business-units/([^/]+)/reviews$")
_REVIEW = re.compile(r"^/v1/private/reviews/([^/]+?)(/reply)?$")


def tp_time(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeTrustpilot(FakePlatform):
    label = "trustpilot"

    def __init__(self) -> None:
        super().__init__()
        self.api_key, self.api_secret = "tp-key-123", "tp-secret-456"
        self.username, self.password = "owner@example.com", "hunter2"
        self.business_unit = "5f1e3c9a0b2d4e0001a1b2c3"
        self.domain = "www.exemple-boutique.fr"
        self.business_user = "6001a2b3c4d5e6f7a8b9c0d1"
        self.reviews: dict[str, dict[str, Any]] = {}
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = set()
        self.reply_posts: Counter[str] = Counter()
        self.token_grants: list[str] = []
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def issue_token(self) -> str:
        token = "tp." + secrets.token_urlsafe(12)
        self.access_tokens.add(token)
        return token

    def add_review(self, review_id: str, *, stars: Any = 5, text: str = "Fast delivery", title: str = "Great",
                   language: str = "en", created: datetime | None = None, reply: str | None = None,
                   author: str = "Mark H.") -> str:
        created = created or self.now
        review: dict[str, Any] = {
            "id": review_id,
            "consumer": {"id": "c" + review_id, "displayName": author, "displayLocation": "Bristol", "numberOfReviews": 3},
            "businessUnit": {"id": self.business_unit, "identifyingName": self.domain, "displayName": "Exemple Boutique"},
            "stars": stars, "title": title, "text": text, "language": language,
            "createdAt": tp_time(created), "updatedAt": tp_time(created), "experiencedAt": tp_time(created),
            "isVerified": True, "numberOfLikes": 0, "status": "active",
            "links": [{"href": f"https://api.trustpilot.com/v1/reviews/{review_id}", "method": "GET", "rel": "reviews"}],
        }
        if reply is not None:
            review["companyReply"] = {"text": reply, "createdAt": tp_time(created), "updatedAt": tp_time(created)}
        self.reviews[review_id] = review
        return review_id

    def populate(self, count: int, start: datetime | None = None) -> None:
        start = start or datetime(2025, 1, 1, tzinfo=UTC)
        for i in range(count):
            self.add_review(f"tp{i:06d}", stars=1 + i % 5, created=start + timedelta(hours=i))

    def route(self, req: FakeRequest) -> FakeResponse:
        if req.method == "POST" and req.path in (TOKEN_PATH, REFRESH_PATH):
            return self._token(req)
        if req.path == "/v1/business-units/find" and req.method == "GET":
            if req.headers.get("apikey") != self.api_key:
                return self.error(401, "Unknown API key")
            if req.q("name") != self.domain:
                return self.error(404, "Business unit not found")
            return json_response(200, {"id": self.business_unit, "displayName": "Exemple Boutique",
                                       "name": {"identifying": self.domain, "referring": [self.domain]}})
        header = req.headers.get("authorization", "")
        if not header.startswith("Bearer ") or header[7:] not in self.access_tokens:
            return self.error(401, "Unauthorized")
        if (m := _LIST.match(req.path)) and req.method == "GET":
            if m.group(1) != self.business_unit:
                return self.error(403, "Forbidden")
            return self._list(req)
        if m := _REVIEW.match(req.path):
            review = self.reviews.get(m.group(1))
            if review is None:
                return self.error(404, "Review not found")
            if not m.group(2) and req.method == "GET":
                return json_response(200, review)
            if m.group(2) and req.method == "POST":
                body = req.json()
                if not isinstance(body, dict) or body.get("authorBusinessUserId") != self.business_user:
                    return self.error(400, "authorBusinessUserId is invalid")
                message = body.get("message")
                if not isinstance(message, str) or not message or len(message) > 2048:
                    return self.error(400, "message is invalid")
                self.reply_posts[m.group(1)] += 1
                created = review.get("companyReply", {}).get("createdAt", tp_time(self.now))
                review["companyReply"] = {"text": message, "createdAt": created, "updatedAt": tp_time(self.now)}
                return FakeResponse(201)
            if m.group(2) and req.method == "DELETE":
                if "companyReply" not in review:
                    return self.error(404, "Reply not found")
                del review["companyReply"]
                return FakeResponse(204)
        return self.error(404, f"No route for {req.method} {req.path}")

    def _list(self, req: FakeRequest) -> FakeResponse:
        page, per_page = int(req.q("page") or 1), int(req.q("perPage") or 20)
        if page < 1 or not 1 <= per_page <= 100:
            return self.error(400, "perPage must be between 1 and 100")
        order = req.q("orderBy") or "createdat.desc"
        if order not in ("createdat.desc", "createdat.asc"):
            return self.error(400, "Invalid orderBy")
        items = sorted(self.reviews.values(), key=lambda r: (r["createdAt"], r["id"]), reverse=order.endswith("desc"))
        chunk = items[(page - 1) * per_page: page * per_page]
        links = []
        if page * per_page < len(items):
            links.append({"href": f"https://api.trustpilot.com{req.path}?page={page + 1}&perPage={per_page}",
                          "method": "GET", "rel": "next-page"})
        return json_response(200, {"reviews": chunk, "links": links})

    def _token(self, req: FakeRequest) -> FakeResponse:
        expected = base64.b64encode(f"{self.api_key}:{self.api_secret}".encode()).decode()
        if req.headers.get("authorization") != f"Basic {expected}":
            return json_response(401, {"error": "invalid_client", "error_description": "Invalid API key or secret"})
        form = req.form()
        grant = form.get("grant_type", "")
        self.token_grants.append(grant)
        body: dict[str, Any] = {"access_token": self.issue_token(), "expires_in": "359999", "token_type": "Bearer"}
        if grant == "client_credentials":
            return json_response(200, body)
        if grant == "password":
            if (form.get("username"), form.get("password")) != (self.username, self.password):
                return json_response(400, {"error": "invalid_grant", "error_description": "Bad credentials"})
        elif grant == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return json_response(400, {"error": "invalid_grant", "error_description": "Refresh token expired"})
        else:
            return json_response(400, {"error": "unsupported_grant_type"})
        refresh = secrets.token_urlsafe(12)
        self.refresh_tokens.add(refresh)
        body["refresh_token"] = refresh
        return json_response(200, body)
