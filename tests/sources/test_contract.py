"""Contract: every fake's responses (and the connectors' request bodies) validate
against the official schemas in ../shared/specs, so the fakes cannot drift.

Trustpilot has no published schema: its fake is checked key-for-key against the
project's sample document instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes.app_store import FakeAppStore
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.google_play import FakeGooglePlay
from tests.fakes.schema_check import SchemaSet, key_paths
from tests.fakes.trustpilot import FakeTrustpilot
from tests.sources.conftest import run
from workstation.sources.app_store import AppStoreConnector
from workstation.sources.auth import AppStoreJwt
from workstation.sources.base import Credentials, SourceConfig
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.google_play import GooglePlayConnector

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "specs"


@pytest.fixture(scope="module")
def specs() -> dict[str, SchemaSet]:
    if not SPECS.exists():
        pytest.skip(f"{SPECS} not present (needs ../shared beside the repo)")
    google = SPECS / "google"
    return {
        "gbp": SchemaSet.openapi(google / "mybusiness.v4.openapi.json"),
        "accounts": SchemaSet.discovery(google / "mybusinessaccountmanagement.v1.json"),
        "locations": SchemaSet.discovery(google / "mybusinessbusinessinformation.v1.json"),
        "play": SchemaSet.discovery(google / "androidpublisher.v3.json"),
        "apple": SchemaSet.openapi(SPECS / "apple" / "app_store_connect_api.json"),
    }


def sample(name: str) -> Any:
    return json.loads((SPECS / "samples" / name).read_text(encoding="utf-8"))


def ok(schemas: SchemaSet, doc: Any, schema: str) -> None:
    problems = schemas.errors(doc, schema)
    assert problems == [], problems[:5]


def call(server_url: str, method: str, path: str, token: str, **kw: Any) -> httpx.Response:
    return httpx.request(method, server_url + path, headers={"Authorization": f"Bearer {token}"}, timeout=30, **kw)


def test_samples_validate(specs: dict[str, SchemaSet]) -> None:
    ok(specs["gbp"], sample("gbp-list.json"), "ListReviewsResponse")
    ok(specs["gbp"], sample("gbp-reply.json"), "ReviewReply")
    ok(specs["play"], sample("play-list.json"), "ReviewsListResponse")
    ok(specs["play"], sample("play-list-translated.json"), "ReviewsListResponse")
    ok(specs["play"], sample("play-reply.json"), "ReviewsReplyRequest")
    ok(specs["apple"], sample("appstore-list.json"), "CustomerReviewsResponse")
    ok(specs["apple"], sample("appstore-reply.json"), "CustomerReviewResponseV1CreateRequest")


def test_validator_catches_drift(specs: dict[str, SchemaSet]) -> None:
    doc = sample("gbp-list.json")
    doc["reviews"][0]["starRating"] = "SIX"
    doc["reviews"][1]["rating"] = 5
    doc["totalReviewCount"] = "128"
    problems = specs["gbp"].errors(doc, "ListReviewsResponse")
    assert any("not in enum" in p for p in problems)
    assert any("unknown property 'rating'" in p for p in problems)
    assert any("expected integer" in p for p in problems)
    play = sample("play-list.json")
    play["reviews"][0]["comments"][0]["userComment"]["lastModified"]["seconds"] = 1764064800
    assert specs["play"].errors(play, "ReviewsListResponse")
    apple = sample("appstore-list.json")
    apple["data"][0]["attributes"]["rating"] = 6
    assert specs["apple"].errors(apple, "CustomerReviewsResponse")


@pytest.fixture
def gbp_live() -> Iterator[tuple[FakeGoogleBusiness, str, str, str]]:
    fake = FakeGoogleBusiness()
    parent = fake.add_location("104857600123456789012", "9876543210987654321", "Boulangerie")
    fake.populate(parent, 60)
    fake.add_review(parent, "rating-only", comment=None, stars="THREE")
    with fake.serve() as server:
        yield fake, server.url, fake.issue_token(), parent


def test_google_business_fake_matches_spec(specs: dict[str, SchemaSet], gbp_live: tuple[FakeGoogleBusiness, str, str, str]) -> None:
    fake, url, token, parent = gbp_live
    ok(specs["accounts"], call(url, "GET", "/v1/accounts", token).json(), "ListAccountsResponse")
    locs = call(url, "GET", "/v1/accounts/104857600123456789012/locations", token, params={"readMask": "name,title,metadata"})
    ok(specs["locations"], locs.json(), "ListLocationsResponse")
    page = call(url, "GET", f"/v4/{parent}/reviews", token, params={"pageSize": 50}).json()
    ok(specs["gbp"], page, "ListReviewsResponse")
    assert len(page["reviews"]) == 50 and "nextPageToken" in page
    last = call(url, "GET", f"/v4/{parent}/reviews", token, params={"pageSize": 50, "pageToken": page["nextPageToken"]}).json()
    ok(specs["gbp"], last, "ListReviewsResponse")
    assert "nextPageToken" not in last  # absent on the last page, as documented
    name = page["reviews"][0]["name"]
    ok(specs["gbp"], call(url, "GET", f"/v4/{name}", token).json(), "Review")
    ok(specs["gbp"], call(url, "PUT", f"/v4/{name}/reply", token, json={"comment": "Merci"}).json(), "ReviewReply")
    ok(specs["gbp"], call(url, "DELETE", f"/v4/{name}/reply", token).json(), "Empty")

    async def connector_put() -> None:
        conn = GoogleBusinessConnector(SourceConfig("google_business", "x", base_url=url), Credentials({"access_token": token}))
        try:
            await conn.post_reply(name, "Thank you!")
        finally:
            await conn.aclose()

    run(connector_put())
    body = json.loads(fake.request_bodies[-1][2])
    ok(specs["gbp"], body, "ReviewReply")


def test_google_play_fake_matches_spec(specs: dict[str, SchemaSet]) -> None:
    fake = FakeGooglePlay()
    for i in range(15):
        fake.add_review(f"gp:{i}", reply="Thanks" if i % 3 == 0 else None, translations={"fr": "Super"})
    with fake.serve() as server:
        token = fake.issue_token()
        base = f"/androidpublisher/v3/applications/{fake.package}/reviews"
        page = call(server.url, "GET", base, token).json()
        ok(specs["play"], page, "ReviewsListResponse")
        assert len(page["reviews"]) == 10 and page["tokenPagination"]["nextPageToken"]  # default page size
        ok(specs["play"], call(server.url, "GET", base, token, params={"translationLanguage": "fr"}).json(), "ReviewsListResponse")
        ok(specs["play"], call(server.url, "GET", f"{base}/gp:1", token).json(), "Review")
        ok(specs["play"], call(server.url, "POST", f"{base}/gp:1:reply", token, json={"replyText": "Merci"}).json(),
           "ReviewsReplyResponse")

        async def connector_post() -> None:
            conn = GooglePlayConnector(SourceConfig("google_play", "x", base_url=server.url, settings={"package_name": fake.package}),
                                       Credentials({"access_token": token}))
            try:
                await conn.post_reply("gp:2", "Thank you!")
            finally:
                await conn.aclose()

        run(connector_post())
        ok(specs["play"], json.loads(fake.request_bodies[-1][2]), "ReviewsReplyRequest")


def test_app_store_fake_matches_spec(specs: dict[str, SchemaSet]) -> None:
    fake = FakeAppStore()
    fake.populate("123", 5)
    fake.add_review("123", "with-response", response="Merci !")
    with fake.serve() as server:
        token = AppStoreJwt(fake.key_id, fake.issuer_id, fake.p8()).make_token()
        page = call(server.url, "GET", "/v1/apps/123/customerReviews", token,
                    params={"include": "response", "limit": 4, "sort": "-createdDate"}).json()
        ok(specs["apple"], page, "CustomerReviewsResponse")
        assert page["links"]["next"].startswith(server.url) and page["included"]
        ok(specs["apple"], call(server.url, "GET", "/v1/customerReviews/with-response", token).json(), "CustomerReviewResponse")
        ok(specs["apple"], call(server.url, "GET", "/v1/customerReviews/with-response/response", token).json(),
           "CustomerReviewResponseV1Response")
        missing = call(server.url, "GET", "/v1/customerReviews/nope", token)
        assert missing.status_code == 404
        ok(specs["apple"], missing.json(), "ErrorResponse")

        async def connector_post() -> None:
            conn = AppStoreConnector(SourceConfig("app_store", "x", base_url=server.url, settings={"app_ids": "123"}),
                                     Credentials({"access_token": token}))
            try:
                await conn.post_reply("123-000001", "Thank you!")
            finally:
                await conn.aclose()

        run(connector_post())
        method, path, body = fake.request_bodies[-1]
        assert (method, path) == ("POST", "/v1/customerReviewResponses")
        ok(specs["apple"], json.loads(body), "CustomerReviewResponseV1CreateRequest")
        created = call(server.url, "POST", "/v1/customerReviewResponses", token, json=json.loads(body))
        assert created.status_code == 201
        ok(specs["apple"], created.json(), "CustomerReviewResponseV1Response")
        limited = call(server.url, "GET", "/v1/apps/123/customerReviews", token, params={"limit": 500})
        assert limited.status_code == 400
        ok(specs["apple"], limited.json(), "ErrorResponse")


def test_trustpilot_fake_matches_the_sample_keys() -> None:
    if not SPECS.exists():
        pytest.skip(f"{SPECS} not present")
    fake = FakeTrustpilot()
    fake.add_review("a")
    fake.add_review("b")
    fake.add_review("c", reply="Merci")  # newest first: c and b fill the first page
    with fake.serve() as server:
        token = fake.issue_token()
        doc = call(server.url, "GET", f"/v1/private/business-units/{fake.business_unit}/reviews", token,
                   params={"perPage": 2}).json()
    expected = key_paths(sample("trustpilot-list.json"))
    assert key_paths(doc) == expected
    reply_keys = set(sample("trustpilot-reply.json"))
    assert reply_keys == {"authorBusinessUserId", "message"}
