"""Fake App Store Connect API: customer reviews (cursor paging, `include=response`)
and customer review responses (create / get / delete), with ES256 JWT checks.

Faithful to ../shared/specs/apple/app_store_connect_api.json (JSON:API documents,
`links.next`, `meta.paging`, `ErrorResponse`). Creating a response when one exists
overwrites it (documented) unless `conflict_on_existing` is set (409, as some
integrators report). `response_posts` counts POSTs per review.
"""

from __future__ import annotations

import base64
import re
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from workstation.sources.loopback import FakePlatform, FakeRequest, FakeResponse, json_response

PACIFIC = timezone(timedelta(hours=-8))
CODES = {400: "PARAMETER_ERROR.INVALID", 401: "NOT_AUTHORIZED", 403: "FORBIDDEN_ERROR", 404: "NOT_FOUND",
         409: "ENTITY_ERROR", 422: "ENTITY_UNPROCESSABLE", 429: "RATE_LIMIT_EXCEEDED", 500: "UNEXPECTED_ERROR",
         502: "UNEXPECTED_ERROR", 503: "UNEXPECTED_ERROR"}
_LIST = re.compile(r"^/v1/apps/([^/]+)/customerReviews$")
_REVIEW = re.compile(r"^/v1/customerReviews/([^/]+?)(/response)?$")
_RESPONSE = re.compile(r"^/v1/customerReviewResponses/([^/]+)$")


def apple_time(dt: datetime) -> str:
    return dt.astimezone(PACIFIC).isoformat(timespec="seconds")


class FakeAppStore(FakePlatform):
    label = "app_store"

    def __init__(self) -> None:
        super().__init__()
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.key_id, self.issuer_id = "2X9R4HXF34", "57246542-96fe-1a63-e053-0824d011072a"
        self.apps: set[str] = set()
        self.reviews: dict[str, dict[str, Any]] = {}  # id -> {"app", "attributes", "response"}
        self.responses: dict[str, dict[str, Any]] = {}  # response id -> {"review", "attributes"}
        self.response_posts: Counter[str] = Counter()
        self.response_deletes = 0
        self.conflict_on_existing = False
        self.host = ""
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def p8(self) -> str:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()

    def add_review(self, app_id: str, review_id: str, *, rating: Any = 5, title: str = "Nice", body: str = "Works well",
                   nickname: str = "jess.k", created: datetime | None = None, territory: str = "GBR",
                   response: str | None = None) -> str:
        self.apps.add(app_id)
        self.reviews[review_id] = {"app": app_id, "response": None, "attributes": {
            "rating": rating, "title": title, "body": body, "reviewerNickname": nickname,
            "createdDate": apple_time(created or self.now), "territory": territory}}
        if response is not None:
            self._store_response(review_id, response, "PUBLISHED")
        return review_id

    def populate(self, app_id: str, count: int, *, start: datetime | None = None) -> None:
        start = start or datetime(2025, 1, 1, tzinfo=UTC)
        for i in range(count):
            self.add_review(app_id, f"{app_id}-{i:06d}", rating=1 + i % 5, body=f"Review {i}",
                            created=start + timedelta(minutes=i), territory=("FRA" if i % 2 else "GBR"))

    def _store_response(self, review_id: str, text: str, state: str) -> str:
        old = self.reviews[review_id]["response"]
        if old:
            self.responses.pop(old, None)
        response_id = str(uuid.uuid4())
        self.responses[response_id] = {"review": review_id, "attributes": {
            "responseBody": text, "lastModifiedDate": apple_time(self.now), "state": state}}
        self.reviews[review_id]["response"] = response_id
        return response_id

    def publish_all(self) -> None:
        for item in self.responses.values():
            item["attributes"]["state"] = "PUBLISHED"

    # -- documents -------------------------------------------------------------
    def _url(self, path: str) -> str:
        return f"{self.host}{path}"

    def _review_doc(self, review_id: str) -> dict[str, Any]:
        review = self.reviews[review_id]
        response: dict[str, Any] = {"links": {
            "self": self._url(f"/v1/customerReviews/{review_id}/relationships/response"),
            "related": self._url(f"/v1/customerReviews/{review_id}/response")}}
        if review["response"]:
            response["data"] = {"type": "customerReviewResponses", "id": review["response"]}
        return {"type": "customerReviews", "id": review_id, "attributes": review["attributes"],
                "relationships": {"response": response},
                "links": {"self": self._url(f"/v1/customerReviews/{review_id}")}}

    def _response_doc(self, response_id: str) -> dict[str, Any]:
        item = self.responses[response_id]
        return {"type": "customerReviewResponses", "id": response_id, "attributes": item["attributes"],
                "relationships": {"review": {"data": {"type": "customerReviews", "id": item["review"]}}},
                "links": {"self": self._url(f"/v1/customerReviewResponses/{response_id}")}}

    def error(self, status: int, message: str) -> FakeResponse:
        return json_response(status, {"errors": [{"id": str(uuid.uuid4()), "status": str(status),
                                                  "code": CODES.get(status, "UNEXPECTED_ERROR"),
                                                  "title": message, "detail": message}]})

    def _authorized(self, req: FakeRequest) -> str | None:
        header = req.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return "Missing bearer token."
        token = header[7:]
        try:
            head = jwt.get_unverified_header(token)
            claims = jwt.decode(token, self.key.public_key(), algorithms=["ES256"], audience="appstoreconnect-v1")
        except jwt.PyJWTError as exc:
            return f"Invalid token: {type(exc).__name__}"
        if head.get("kid") != self.key_id or claims.get("iss") != self.issuer_id:
            return "Unknown key or issuer."
        if int(claims.get("exp", 0)) - time.time() > 20 * 60:
            return "Token expiry is too far in the future."
        return None

    def route(self, req: FakeRequest) -> FakeResponse:
        self.host = "http://" + req.headers.get("host", "127.0.0.1")
        problem = self._authorized(req)
        if problem:
            return self.error(401, problem)
        resp = self._route(req)
        resp.headers["X-Rate-Limit"] = "user-hour-lim:3600;user-hour-rem:3599;"
        return resp

    def _route(self, req: FakeRequest) -> FakeResponse:
        if req.path == "/v1/apps" and req.method == "GET":
            return self._apps(req)
        if (m := _LIST.match(req.path)) and req.method == "GET":
            if m.group(1) not in self.apps:
                return self.error(404, "The specified resource does not exist.")
            return self._list(req, m.group(1))
        if (m := _REVIEW.match(req.path)) and req.method == "GET":
            review_id = m.group(1)
            if review_id not in self.reviews:
                return self.error(404, "The specified resource does not exist.")
            if m.group(2):
                response_id = self.reviews[review_id]["response"]
                if not response_id:
                    return self.error(404, "There is no response for this review.")
                return json_response(200, {"data": self._response_doc(response_id),
                                           "links": {"self": self._url(req.path)}})
            return json_response(200, {"data": self._review_doc(review_id), "links": {"self": self._url(req.path)}})
        if req.path == "/v1/customerReviewResponses" and req.method == "POST":
            return self._create(req)
        if (m := _RESPONSE.match(req.path)) and req.method in ("GET", "DELETE"):
            response_id = m.group(1)
            if response_id not in self.responses:
                return self.error(404, "The specified resource does not exist.")
            if req.method == "GET":
                return json_response(200, {"data": self._response_doc(response_id), "links": {"self": self._url(req.path)}})
            review_id = self.responses.pop(response_id)["review"]
            self.reviews[review_id]["response"] = None
            self.response_deletes += 1
            return FakeResponse(204)
        return self.error(404, f"No route for {req.method} {req.path}")

    def _list(self, req: FakeRequest, app_id: str) -> FakeResponse:
        limit = int(req.q("limit") or 50)
        if not 1 <= limit <= 200:
            return self.error(400, "limit must be between 1 and 200")
        sort = req.q("sort") or "-createdDate"
        if sort not in ("rating", "-rating", "createdDate", "-createdDate"):
            return self.error(400, f"Invalid sort {sort}")
        key = "rating" if "rating" in sort else "createdDate"
        territories = set(filter(None, (req.q("filter[territory]") or "").split(",")))
        items = [rid for rid, r in self.reviews.items() if r["app"] == app_id
                 and (not territories or r["attributes"]["territory"] in territories)]
        items.sort(key=lambda rid: (str(self.reviews[rid]["attributes"][key]) if key == "createdDate"
                                    else self.reviews[rid]["attributes"][key], rid), reverse=sort.startswith("-"))
        cursor = req.q("cursor")
        start = int(base64.urlsafe_b64decode(cursor.encode()).decode()) if cursor else 0
        chunk = items[start:start + limit]
        query = {k: v[0] for k, v in req.query.items() if k != "cursor"}
        doc: dict[str, Any] = {"data": [self._review_doc(rid) for rid in chunk],
                               "links": {"self": self._url(req.path + "?" + urlencode(dict(query, **({"cursor": cursor} if cursor else {}))))},
                               "meta": {"paging": {"total": len(items), "limit": limit}}}
        if "response" in (req.q("include") or "").split(","):
            doc["included"] = [self._response_doc(self.reviews[rid]["response"]) for rid in chunk
                               if self.reviews[rid]["response"]]
        if start + limit < len(items):
            nxt = base64.urlsafe_b64encode(str(start + limit).encode()).decode()
            doc["links"]["next"] = self._url(req.path + "?" + urlencode(dict(query, cursor=nxt)))
            doc["meta"]["paging"]["nextCursor"] = nxt
        return json_response(200, doc)

    def _apps(self, req: FakeRequest) -> FakeResponse:
        """`apps_getCollection`: the apps the key can see, `limit` (≤ 200) per page, `links.next`."""
        limit = int(req.q("limit") or 50)
        if not 1 <= limit <= 200:
            return self.error(400, "limit must be between 1 and 200")
        apps = sorted(self.apps)
        cursor = req.q("cursor")
        start = int(base64.urlsafe_b64decode(cursor.encode()).decode()) if cursor else 0
        chunk = apps[start:start + limit]
        doc: dict[str, Any] = {
            "data": [{"type": "apps", "id": app_id, "attributes": {"name": f"App {app_id}",
                                                                   "bundleId": f"com.example.app{app_id}"},
                      "links": {"self": self._url(f"/v1/apps/{app_id}")}} for app_id in chunk],
            "links": {"self": self._url(req.path)}, "meta": {"paging": {"total": len(apps), "limit": limit}}}
        if start + limit < len(apps):
            nxt = base64.urlsafe_b64encode(str(start + limit).encode()).decode()
            doc["links"]["next"] = self._url(f"{req.path}?{urlencode({'limit': limit, 'cursor': nxt})}")
        return json_response(200, doc)

    def _create(self, req: FakeRequest) -> FakeResponse:
        body = req.json()
        data = body.get("data") if isinstance(body, dict) else None
        try:
            assert isinstance(data, dict) and data["type"] == "customerReviewResponses"
            text = data["attributes"]["responseBody"]
            rel = data["relationships"]["review"]["data"]
            assert rel["type"] == "customerReviews" and isinstance(text, str) and text
            review_id = rel["id"]
        except (AssertionError, KeyError, TypeError):
            return self.error(422, "The request entity is not valid.")
        if review_id not in self.reviews:
            return self.error(404, "The specified resource does not exist.")
        if self.conflict_on_existing and self.reviews[review_id]["response"]:
            return self.error(409, "A response already exists for this review.")
        self.response_posts[review_id] += 1
        response_id = self._store_response(review_id, text, "PENDING_PUBLISH")
        return json_response(201, {"data": self._response_doc(response_id),
                                   "links": {"self": self._url(f"/v1/customerReviewResponses/{response_id}")}})
