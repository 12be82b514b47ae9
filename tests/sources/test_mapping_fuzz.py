"""Any JSON a server might send maps to a record or to None, never an exception."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.sources import app_store, demo, google_business, google_play, trustpilot
from workstation.sources.common import decode_marks, parse_time

KEYS = ["name", "reviewId", "starRating", "comment", "createTime", "updateTime", "reviewReply", "reviewer",
        "comments", "userComment", "developerComment", "text", "originalText", "lastModified", "seconds",
        "nanos", "id", "type", "attributes", "rating", "createdDate", "relationships", "response", "data",
        "stars", "createdAt", "updatedAt", "companyReply", "consumer", "displayName", "reply", "removed"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12),
                    st.sampled_from(["FIVE", "SIX", "customerReviews", "accounts/1/locations/2/reviews/3",
                                     "2026-11-20T08:41:12.123456789Z", "1764064800", "\t"]))
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.sampled_from(KEYS), children, max_size=5)),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_mappers_never_raise(raw: Any) -> None:
    google_business.map_review(raw)
    google_play.map_review(raw, "pkg")
    app_store.map_review(raw, {"x": raw} if isinstance(raw, dict) else {}, "1")
    trustpilot.map_review(raw)
    demo.map_review(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_cursor_and_time_parsing_never_raise(text: str) -> None:
    decode_marks(text)
    parse_time(text)
