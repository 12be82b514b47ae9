"""The in-process "demo platform" behind `--demo`: a tiny review API with seeded
French and English reviews, replies, edits and removals, so users can watch sync
and posting work without any account.

Run it without sockets (`demo_transport()`, used by default by `DemoConnector`) or
as a loopback server (`DemoServer().serve()` → `.url`) for the CLI and tests.

API (JSON): GET /v1/reviews?updated_since=&page_size=&page_token= (oldest change
first), GET /v1/reviews/{id}, PUT and DELETE /v1/reviews/{id}/reply.
Bearer token: any non-empty string.
"""

from __future__ import annotations

import itertools
import re
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from workstation.sources.loopback import FakePlatform, FakeRequest, FakeResponse, json_response

_ONE = re.compile(r"^/v1/reviews/([A-Za-z0-9_-]+)(/reply)?$")
REPLY_MAX_CHARS = 2000

# Written for the demo (not taken from any real review): (author, stars, lang, title, text).
_POOL: list[tuple[str, int, str, str, str]] = [
    ("Claire M.", 5, "fr", "Parfait", "Croissants encore chauds à 7 h et un accueil adorable. On reviendra !"),
    ("James P.", 2, "en", "Slow service", "Waited twenty minutes for two coffees and nobody apologised."),
    ("Hélène D.", 1, "fr", "Commande oubliée", "Ma commande pour l'anniversaire n'était pas prête, personne ne m'a rappelée."),
    ("Priya S.", 4, "en", "Lovely brunch", "Great eggs benedict, a bit noisy at lunchtime but the staff were kind."),
    ("Marc T.", 3, "fr", "Correct", "Bon pain mais les prix ont beaucoup augmenté depuis l'été."),
    ("Olivia R.", 5, "en", "Best sourdough in town", "Crusty, tangy and still fresh the next day. Worth the queue."),
    ("Sami B.", 1, "fr", "Intoxication", "Malade toute la nuit après le sandwich au poulet. Je veux une explication."),
    ("Tom W.", 4, "en", "", "Friendly team, good flat white. Card machine was down though."),
    ("Nathalie G.", 2, "fr", "Accueil froid", "La vendeuse a soupiré quand j'ai demandé un sac. Dommage, les gâteaux sont bons."),
    ("Ben K.", 5, "en", "Birthday cake", "The cake was exactly what we asked for and the kids loved it."),
    ("Lucie F.", 4, "fr", "Très bien", "Large choix de viennoiseries, je recommande le pain aux raisins."),
    ("Grace L.", 3, "en", "Okay", "Nice pastries but the tables were sticky and the bin was overflowing."),
    ("Yann R.", 5, "fr", "Au top", "Service rapide même le dimanche matin, merci à toute l'équipe."),
    ("Daniel H.", 1, "en", "Rude manager", "Asked for a refund for a stale loaf and was told to leave."),
    ("Inès C.", 4, "fr", "", "Très bons macarons, un peu chers mais délicieux."),
    ("Megan O.", 2, "en", "Allergy worry", "Asked if the cookies had nuts, got a shrug. Please train the staff."),
]


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DemoServer(FakePlatform):
    """Demo review platform state; thread-safe, deterministic for a given `now`."""

    label = "demo"

    def __init__(self, now: datetime | None = None, seed_count: int = 12) -> None:
        super().__init__()
        self.now = now or datetime.now(UTC).replace(microsecond=0)
        self.reviews: dict[str, dict[str, Any]] = {}
        self.reply_puts: dict[str, int] = {}
        self._ids = itertools.count(1)
        self._pool = itertools.cycle(_POOL)
        for i in range(seed_count):
            created = self.now - timedelta(days=seed_count - i, hours=i % 5)
            rid = self.add_review(created)
            if i % 3 == 0:  # some already answered "on the platform"
                self.reply_elsewhere(rid, "Merci pour votre avis !" if self.reviews[rid]["lang"] == "fr"
                                     else "Thank you for your review!", created + timedelta(hours=5))

    def _clock(self) -> datetime:
        # Every change gets a distinct, increasing time so incremental sync can follow.
        self.now += timedelta(seconds=1)
        return self.now

    def add_review(self, created: datetime | None = None) -> str:
        with self.lock:
            author, stars, lang, title, text = next(self._pool)
            rid = f"demo-{next(self._ids):05d}"
            when = created or self._clock()
            self.reviews[rid] = {
                "id": rid, "author": author, "stars": stars, "lang": lang, "title": title, "text": text,
                "created_at": _iso(when), "updated_at": _iso(when), "reply": None, "removed": False,
                "url": f"https://demo.invalid/reviews/{rid}",
            }
            return rid

    def tick(self) -> str:
        """A new review arrives (the demo calls this to make the next sync show something)."""
        return self.add_review()

    def reply_elsewhere(self, review_id: str, text: str, when: datetime | None = None) -> None:
        with self.lock:
            stamp = _iso(when or self._clock())
            review = self.reviews[review_id]
            review["reply"] = {"id": f"rep-{review_id}", "text": text, "updated_at": stamp}
            review["updated_at"] = max(review["updated_at"], stamp)

    def edit_review(self, review_id: str, text: str, stars: int | None = None) -> None:
        with self.lock:
            review = self.reviews[review_id]
            review["text"] = text
            if stars is not None:
                review["stars"] = stars
            review["updated_at"] = _iso(self._clock())

    def remove_review(self, review_id: str) -> None:
        with self.lock:
            self.reviews[review_id]["removed"] = True
            self.reviews[review_id]["updated_at"] = _iso(self._clock())

    # -- HTTP ------------------------------------------------------------------
    def error(self, status: int, message: str) -> FakeResponse:
        return json_response(status, {"error": {"code": status, "message": message}})

    def route(self, req: FakeRequest) -> FakeResponse:
        if not req.headers.get("authorization", "").startswith("Bearer ") or len(req.headers["authorization"]) < 8:
            return self.error(401, "Missing demo token")
        if req.path == "/v1/reviews" and req.method == "GET":
            return self._list(req)
        m = _ONE.match(req.path)
        review = self.reviews.get(m.group(1)) if m else None
        if m is None or review is None or (review["removed"] and req.method != "GET"):
            return self.error(404, "No such review")
        if not m.group(2) and req.method == "GET":
            return json_response(200, review)
        if m.group(2) and req.method == "PUT":
            body = req.json()
            text = body.get("text") if isinstance(body, dict) else None
            if not isinstance(text, str) or not text.strip() or len(text) > REPLY_MAX_CHARS:
                return self.error(400, f"Reply text must be 1 to {REPLY_MAX_CHARS} characters")
            self.reply_puts[review["id"]] = self.reply_puts.get(review["id"], 0) + 1
            stamp = _iso(self._clock())
            review["reply"] = {"id": f"rep-{review['id']}", "text": text, "updated_at": stamp}
            review["updated_at"] = stamp
            return json_response(200, review["reply"])
        if m.group(2) and req.method == "DELETE":
            review["reply"] = None
            review["updated_at"] = _iso(self._clock())
            return FakeResponse(204)
        return self.error(405, "Method not allowed")

    def _list(self, req: FakeRequest) -> FakeResponse:
        since = req.q("updated_since") or ""
        try:
            size = max(1, min(100, int(req.q("page_size") or 50)))
            start = int(req.q("page_token") or 0)
        except ValueError:
            return self.error(400, "Bad page_size or page_token")
        items = sorted((r for r in self.reviews.values() if r["updated_at"] >= since),
                       key=lambda r: (r["updated_at"], r["id"]))
        body: dict[str, Any] = {"reviews": items[start:start + size]}
        if start + size < len(items):
            body["next_page_token"] = str(start + size)
        return json_response(200, body)


_default: DemoServer | None = None
_default_lock = threading.Lock()


def default_demo_server() -> DemoServer:
    """The process-wide demo platform the app's `--demo` source talks to."""
    global _default
    with _default_lock:
        if _default is None:
            _default = DemoServer()
        return _default


def demo_transport(server: DemoServer | None = None) -> httpx.MockTransport:
    return (server or default_demo_server()).transport()
