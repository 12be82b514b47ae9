"""JSON list, {"reviews": [...]} wrapper, nested Google-style objects and JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.importers import Field, ImportFormatError, read_file, read_table

WriteFile = Callable[..., Path]

REVIEWS = [
    {"id": "r1", "rating": 5, "text": "Parfait", "date": "2026-11-24T10:00:00Z", "author": "Zoé"},
    {"id": "r2", "rating": "2", "text": "Bof", "date": 1795514709000, "lang": "fr-FR"},
]


def test_json_list(write_file: WriteFile) -> None:
    result = read_file(write_file("r.json", json.dumps(REVIEWS)))
    assert result.errors == [] and result.delimiter is None
    first, second = result.records
    assert (first.external_id, first.stars, first.author) == ("r1", 5, "Zoé")
    assert first.created_at == datetime(2026, 11, 24, 10, tzinfo=UTC)
    assert second.created_at == datetime(2026, 11, 24, 10, 5, 9, tzinfo=UTC)  # epoch ms
    assert second.lang == "fr"


def test_json_object_with_reviews_key_and_row_numbers(write_file: WriteFile) -> None:
    path = write_file("r.json", json.dumps({"count": 3, "reviews": [*REVIEWS, {"text": ""}]}))
    result = read_file(path)
    assert [r.external_id for r in result.records] == ["r1", "r2"]
    assert [(e.row, e.reason) for e in result.errors] == [(3, "empty review")]
    assert read_table(path).kind == "json"


def test_google_takeout_like_nested_objects(write_file: WriteFile) -> None:
    review = {
        "name": "accounts/1/locations/2/reviews/abc",
        "reviewId": "abc",
        "reviewer": {"displayName": "Sam", "profilePhotoUrl": "https://x"},
        "starRating": "FOUR",
        "comment": "Good coffee",
        "createTime": "2026-11-01T09:00:00.000Z",
        "updateTime": "2026-11-02T09:00:00Z",
        "reviewReply": {"comment": "Thanks Sam", "updateTime": "2026-11-03T09:00:00Z"},
    }
    result = read_file(write_file("reviews.json", json.dumps({"reviews": [review]})))
    (record,) = result.records
    assert (record.author, record.stars, record.text, record.external_id) == (
        "Sam",
        4,
        "Good coffee",
        "abc",
    )
    assert record.updated_at == datetime(2026, 11, 2, 9, tzinfo=UTC)
    assert record.reply is not None and record.reply.text == "Thanks Sam"
    assert record.reply.posted_at == datetime(2026, 11, 3, 9, tzinfo=UTC)
    assert result.mapping[Field.TEXT] == 5  # "comment", after the flattened reviewer.*


def test_json_lines_with_a_broken_line(write_file: WriteFile) -> None:
    lines = [json.dumps(r) for r in REVIEWS]
    content = lines[0] + "\n\n" + '{"text": "cut off' + "\n" + lines[1] + "\n"
    path = write_file("r.jsonl", content)
    result = read_file(path)
    assert [r.external_id for r in result.records] == ["r1", "r2"]
    assert len(result.errors) == 1 and result.errors[0].row == 3
    assert result.errors[0].reason.startswith("row could not be read")
    assert read_table(path).row_numbers == [1, 4]


def test_jsonl_sniffed_without_extension(write_file: WriteFile) -> None:
    content = "\n".join(json.dumps(r) for r in REVIEWS)
    assert read_table(write_file("export.txt", content)).kind == "jsonl"


@pytest.mark.parametrize(
    "content", ['{"a": ', "[1, 2, 3]", '"just a string"', "[" * 100_000, "{}\n{"]
)
def test_bad_json_raises(write_file: WriteFile, content: str) -> None:
    with pytest.raises(ImportFormatError):
        read_file(write_file("bad.json", content))


def test_json_values_of_other_types(write_file: WriteFile) -> None:
    item = {"text": "ok", "stars": 4.0, "verified": True, "tags": ["a", "b"], "meta": [{"k": 1}],
            "removed": None}  # fmt: skip
    (record,) = read_file(write_file("r.json", json.dumps([item]))).records
    assert record.stars == 4
    assert record.extra == {"verified": "true", "tags": "a, b", "meta": '[{"k": 1}]'}


def test_non_object_items_become_row_errors(write_file: WriteFile) -> None:
    result = read_file(write_file("r.json", json.dumps([{"text": "a"}, "oops", {"text": "b"}])))
    assert [r.text for r in result.records] == ["a", "b"]
    assert [(e.row, e.reason) for e in result.errors] == [
        (2, "row could not be read: not a JSON object")
    ]


def test_list_under_any_key_and_single_object(write_file: WriteFile) -> None:
    wrapped = {"meta": {"page": 1}, "entries": [{"avis": "Top", "note": "5"}]}
    (record,) = read_file(write_file("w.json", json.dumps(wrapped))).records
    assert (record.text, record.stars) == ("Top", 5)
    (single,) = read_file(write_file("s.json", json.dumps({"comment": "Seul"}))).records
    assert single.text == "Seul"


def test_app_store_json_api_shape(write_file: WriteFile) -> None:
    document = {
        "data": [
            {
                "type": "customerReviews",
                "id": "r-1",
                "attributes": {
                    "rating": 2,
                    "title": "Connexion impossible",
                    "body": "Déconnecté à chaque ouverture.",
                    "reviewerNickname": "Nico_75",
                    "createdDate": "2026-11-20T05:14:07-08:00",
                    "territory": "FRA",
                },
            }
        ]
    }
    result = read_file(write_file("appstore.json", json.dumps(document)))
    (record,) = result.records
    assert result.confident
    assert (record.external_id, record.stars, record.author) == ("r-1", 2, "Nico_75")
    assert (record.title, record.text) == ("Connexion impossible", "Déconnecté à chaque ouverture.")
    assert record.created_at == datetime(2026, 11, 20, 13, 14, 7, tzinfo=UTC)
    assert record.extra["attributes.territory"] == "FRA"


def test_trustpilot_api_json_gets_platform_hint(write_file: WriteFile) -> None:
    item = {
        "id": "t1",
        "consumer": {"displayName": "Sophie L."},
        "businessUnit": {"id": "bu"},
        "stars": 1,
        "text": "Colis jamais reçu",
        "companyReply": {"text": "Désolés", "createdAt": "2026-11-19T08:05:00Z"},
    }
    result = read_file(write_file("tp.json", json.dumps({"reviews": [item]})))
    (record,) = result.records
    assert result.platform_hint == "trustpilot" and record.platform == "trustpilot"
    assert record.author == "Sophie L."
    assert record.reply is not None and record.reply.text == "Désolés"
    assert record.reply.posted_at == datetime(2026, 11, 19, 8, 5, tzinfo=UTC)
