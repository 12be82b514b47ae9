"""Run one fake platform as a standalone loopback server (for CLI end-to-end tests,
benches and chaos runs where the worker process gets killed but the fake must live).

    python -m tests.fakes.serve google_business --reviews 10000

Prints one JSON line: {"platform", "url", "credentials": {...}, "settings": {...}}
(the credentials are a static access token, so no OAuth exchange is needed), then
serves until stdin closes or the process is terminated.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import UTC, datetime
from typing import Any

from tests.fakes.app_store import FakeAppStore
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.google_play import FakeGooglePlay
from tests.fakes.trustpilot import FakeTrustpilot
from workstation.sources.auth import AppStoreJwt
from workstation.sources.demo_server import DemoServer
from workstation.sources.loopback import FakePlatform


def build(platform: str, reviews: int) -> tuple[FakePlatform, dict[str, str], dict[str, str]]:
    """A seeded fake, the credentials and the source settings a connector needs for it."""
    if platform == "google_business":
        gbp = FakeGoogleBusiness()
        parent = gbp.add_location("1001", "2002", "Boulangerie du Port")
        gbp.populate(parent, reviews)
        return gbp, {"access_token": gbp.issue_token()}, {}
    if platform == "google_play":
        play = FakeGooglePlay()
        play.now = datetime.now(UTC)
        for i in range(reviews):
            play.add_review(f"gp:{i:07d}", stars=1 + i % 5, text=f"Review {i}")
        return play, {"access_token": play.issue_token()}, {"package_name": play.package}
    if platform == "app_store":
        asc = FakeAppStore()
        asc.populate("1234567890", reviews)
        # A static JWT lives 15 minutes; long runs should pass the p8 credentials instead.
        creds = {"key_id": asc.key_id, "issuer_id": asc.issuer_id, "private_key": asc.p8()}
        creds["access_token"] = AppStoreJwt(asc.key_id, asc.issuer_id, asc.p8()).make_token()
        return asc, creds, {"app_ids": "1234567890"}
    if platform == "trustpilot":
        tp = FakeTrustpilot()
        tp.populate(reviews)
        return tp, {"api_key": tp.api_key, "api_secret": tp.api_secret}, {
            "business_unit_id": tp.business_unit, "business_user_id": tp.business_user}
    if platform == "demo":
        return DemoServer(seed_count=reviews or 12), {"access_token": "demo-token"}, {}
    raise SystemExit(f"unknown platform {platform!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("platform", choices=["google_business", "google_play", "app_store", "trustpilot", "demo"])
    parser.add_argument("--reviews", type=int, default=100)
    args = parser.parse_args(argv)
    fake, credentials, settings = build(args.platform, args.reviews)
    with fake.serve() as server:
        info: dict[str, Any] = {"platform": args.platform, "url": server.url, "credentials": credentials,
                                "settings": settings}
        print(json.dumps(info), flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            sys.stdin.read()  # block until the parent closes our stdin
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
