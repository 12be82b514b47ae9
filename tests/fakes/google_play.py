"""Fake Google Play Developer API (androidpublisher v3 `reviews`) + Google token endpoint.

Faithful to ../shared/specs/google/androidpublisher.v3.json: `maxResults` (default 10,
cap 100), `token` paging via `tokenPagination.nextPageToken`, `translationLanguage`,
`Timestamp` {seconds (string), nanos}, reply upsert via `…:reply`, no reply delete.
Only reviews changed in the last 7 days are listed. The token endpoint checks the
service-account JWT signature, issuer, audience and scope.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.google_business import STATUS_NAMES
from workstation.sources.loopback import FakePlatform, FakeRequest, FakeResponse, json_response

PLAY_SCOPE = "https://www.googleapis.com/auth/androidpublisher"
_LIST = re.compile(r"^/androidpublisher/v3/applications/([^/]+)/reviews$")
_ONE = re.compile(r"^/androidpublisher/v3/applications/([^/]+)/reviews/([^/]+?)(:reply)?$")


def stamp(dt: datetime) -> dict[str, Any]:
    return {"seconds": str(int(dt.timestamp())), "nanos": dt.microsecond * 1000}


class FakeGooglePlay(FakePlatform):
    label = "google_play"

    def __init__(self, package: str = "com.example.booking") -> None:
        super().__init__()
        self.package = package
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.client_email = "replies@example-project.iam.gserviceaccount.com"
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
        self.reviews: dict[str, dict[str, Any]] = {}
        self.translations: dict[str, dict[str, str]] = {}  # review id -> {lang: text}
        self.access_tokens: set[str] = set()
        self.reply_posts: Counter[str] = Counter()
        self.token_requests = 0
        self.omit_page_info = False  # real servers often leave pageInfo out
        self.short_by = 0  # serve fewer rows than asked, as observed in the wild

    def service_account_json(self) -> dict[str, str]:
        pem = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        return {"type": "service_account", "project_id": "example-project", "private_key_id": "k1",
                "private_key": pem, "client_email": self.client_email, "client_id": "1234567890",
                "token_uri": "https://oauth2.googleapis.com/token"}

    def issue_token(self) -> str:
        token = "ya29.play." + secrets.token_urlsafe(12)
        self.access_tokens.add(token)
        return token

    def add_review(self, review_id: str, *, text: str = "Great app", stars: int | Any = 5, lang: str = "en",
                   modified: datetime | None = None, author: str = "Play user", reply: str | None = None,
                   translations: dict[str, str] | None = None) -> str:
        user: dict[str, Any] = {"text": text, "lastModified": stamp(modified or self.now), "starRating": stars,
                                "reviewerLanguage": lang, "appVersionCode": 412, "appVersionName": "4.1.2",
                                "device": "a52q", "androidOsVersion": 34, "thumbsUpCount": 0, "thumbsDownCount": 0}
        comments: list[dict[str, Any]] = [{"userComment": user}]
        if reply is not None:
            comments.append({"developerComment": {"text": reply, "lastModified": stamp(modified or self.now)}})
        self.reviews[review_id] = {"reviewId": review_id, "authorName": author, "comments": comments}
        if translations:
            self.translations[review_id] = translations
        return review_id

    def edit_review(self, review_id: str, *, text: str | None = None, reply: str | None = None,
                    when: datetime | None = None) -> None:
        review = self.reviews[review_id]
        stamp_now = stamp(when or self.now)
        user = review["comments"][0]["userComment"]
        if text is not None:
            user["text"] = text
            user["lastModified"] = stamp_now
        if reply is not None:
            review["comments"] = [c for c in review["comments"] if "userComment" in c]
            review["comments"].append({"developerComment": {"text": reply, "lastModified": stamp_now}})
            user["lastModified"] = stamp_now  # a reply counts as a modification for ordering

    def error(self, status: int, message: str) -> FakeResponse:
        return json_response(status, {"error": {"code": status, "message": message,
                                                "status": STATUS_NAMES.get(status, "UNKNOWN")}})

    def route(self, req: FakeRequest) -> FakeResponse:
        if req.path == "/token" and req.method == "POST":
            return self._token(req)
        header = req.headers.get("authorization", "")
        if not header.startswith("Bearer ") or header[7:] not in self.access_tokens:
            return self.error(401, "Request had invalid authentication credentials.")
        if (m := _LIST.match(req.path)) and req.method == "GET":
            if m.group(1) != self.package:
                return self.error(403, "The current user has insufficient permissions to perform the requested operation.")
            return self._list(req)
        if m := _ONE.match(req.path):
            if m.group(1) != self.package:
                return self.error(403, "The current user has insufficient permissions to perform the requested operation.")
            review = self.reviews.get(m.group(2))
            if review is None:
                return self.error(404, "No review found.")
            if m.group(3) and req.method == "POST":
                return self._reply(m.group(2), review, req)
            if not m.group(3) and req.method == "GET":
                return json_response(200, self._view(m.group(2), review, req.q("translationLanguage")))
        return self.error(404, f"No route for {req.method} {req.path}")

    def _modified(self, review: dict[str, Any]) -> float:
        return float(review["comments"][0]["userComment"]["lastModified"]["seconds"])

    def _view(self, review_id: str, review: dict[str, Any], lang: str | None) -> dict[str, Any]:
        translated = self.translations.get(review_id, {}).get(lang or "")
        if not translated:
            return review
        copy = {**review, "comments": [dict(c) for c in review["comments"]]}
        user = dict(copy["comments"][0]["userComment"])
        user["originalText"], user["text"] = user["text"], translated
        copy["comments"][0]["userComment"] = user
        return copy

    def _list(self, req: FakeRequest) -> FakeResponse:
        size = int(req.q("maxResults") or 10)
        size = max(1, min(size, 100))
        cutoff = (self.now - timedelta(days=7)).timestamp()
        visible = sorted(
            ((rid, r) for rid, r in self.reviews.items() if self._modified(r) >= cutoff),
            key=lambda item: (self._modified(item[1]), item[0]), reverse=True,
        )
        token = req.q("token")
        start = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
        served = max(1, size - self.short_by)
        chunk = visible[start:start + served]
        body: dict[str, Any] = {"reviews": [self._view(rid, r, req.q("translationLanguage")) for rid, r in chunk]}
        if start + served < len(visible):
            body["tokenPagination"] = {"nextPageToken": base64.urlsafe_b64encode(str(start + served).encode()).decode()}
        if not self.omit_page_info:
            body["pageInfo"] = {"totalResults": len(visible), "resultPerPage": served, "startIndex": start}
        return json_response(200, body)

    def _reply(self, review_id: str, review: dict[str, Any], req: FakeRequest) -> FakeResponse:
        body = req.json()
        text = body.get("replyText") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text:
            return self.error(400, "replyText is required")
        if len(text) > 350:
            return self.error(400, "Reply text is too long.")
        self.reply_posts[review_id] += 1
        review["comments"] = [c for c in review["comments"] if "userComment" in c]
        review["comments"].append({"developerComment": {"text": text, "lastModified": stamp(self.now)}})
        return json_response(200, {"result": {"replyText": text, "lastEdited": stamp(self.now)}})

    def _token(self, req: FakeRequest) -> FakeResponse:
        self.token_requests += 1
        form = req.form()
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return json_response(400, {"error": "unsupported_grant_type"})
        try:
            claims = jwt.decode(form.get("assertion", ""), self.key.public_key(), algorithms=["RS256"],
                                options={"verify_aud": False}, leeway=300)
        except jwt.PyJWTError:
            return json_response(400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
        if (claims.get("iss") != self.client_email or claims.get("scope") != PLAY_SCOPE
                or not str(claims.get("aud", "")).endswith("/token")
                or int(claims.get("exp", 0)) - int(claims.get("iat", 0)) > 3600):
            return json_response(400, {"error": "invalid_grant", "error_description": "Invalid JWT claims."})
        return json_response(200, {"access_token": self.issue_token(), "expires_in": 3599, "token_type": "Bearer"})
