"""Platform exports kept as small hand-made samples in tests/data/importers/."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from workstation.domain import Platform, ReplyRecord
from workstation.importers import Field, read_file, read_table
from workstation.importers.exports import platform_hint_for

WriteFile = Callable[..., Path]

PLAY = "reviews_reviews_com.example.rando_202611.csv"


def test_play_export_utf16_with_developer_replies(data_dir: Path) -> None:
    result = read_file(data_dir / PLAY)
    assert result.encoding == "utf-16-le"
    assert result.platform_hint == Platform.GOOGLE_PLAY
    assert result.confident
    assert result.errors == []
    first, second, rating_only, no_link = result.records
    assert first.external_id == "gp:AOqpTOFakeReviewId_001"
    assert first.stars == 2 and first.lang == "fr"
    assert first.text.endswith("hors ligne.\nDommage, le reste est bien.")
    assert first.created_at == datetime(2026, 11, 3, 14, 5, 9, tzinfo=UTC)
    assert first.updated_at == datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    assert first.reply == ReplyRecord(
        "Bonjour, merci pour votre retour ! La version 4.1.3 corrige ce plantage.",
        datetime(2026, 11, 5, 9, 30, tzinfo=UTC),
    )
    assert first.extra["Package Name"] == "com.example.rando"
    assert first.extra["Device"] == "a52sxq"
    assert second.title == "Great trails" and second.reply is None
    assert "🗺️" in second.text
    assert rating_only.text == "" and rating_only.stars == 1 and rating_only.external_id is None
    assert no_link.external_id is None and no_link.url is None
    assert no_link.key().startswith("h:")  # the store falls back to the content hash
    assert {r.platform for r in result.records} == {"google_play"}


def test_play_layout_is_mapped_by_header(data_dir: Path) -> None:
    result = read_file(data_dir / PLAY)
    assert result.mapping[Field.TEXT] == 11
    assert result.mapping[Field.STARS] == 9
    assert result.mapping[Field.DATE] == 5
    assert result.mapping[Field.UPDATED] == 7
    assert result.mapping[Field.REPLY_TEXT] == 14
    assert result.mapping[Field.REPLY_DATE] == 12
    assert result.mapping[Field.URL] == 15
    assert result.mapping[Field.LANG] == 3


def test_play_hint_from_file_name_alone(write_file: WriteFile) -> None:
    path = write_file("reviews_reviews_com.shop.app_202610.csv", "text,rating\nok,4\n", "utf-16")
    assert read_file(path).platform_hint == Platform.GOOGLE_PLAY
    assert platform_hint_for(["text", "rating"], Path("reviews.csv")) is None


def test_trustpilot_export(data_dir: Path) -> None:
    result = read_file(data_dir / "trustpilot-export.csv", tz=ZoneInfo("Europe/Paris"))
    assert result.platform_hint == Platform.TRUSTPILOT
    happy, angry = result.records
    assert happy.external_id == "6561f0a1b2c3d4e5f6a7b8c9"
    assert happy.title == "Livraison rapide" and happy.stars == 5
    assert happy.location == "Paris 11e" and happy.lang == "fr"
    # "(UTC)" columns stay UTC even when the business zone is Paris.
    assert happy.created_at == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
    assert happy.reply == ReplyRecord(
        "Merci beaucoup pour votre confiance !", datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    )
    assert happy.extra["Source Of Review"] == "Invitation"
    assert angry.reply is None
    assert angry.text == "Trois appels, aucun retour.\n\nJe demande le remboursement."
    assert [(e.row, e.reason) for e in result.errors] == [
        (4, "stars: '7' is out of range (expected 1 to 5)")
    ]
    assert all(r.platform == "trustpilot" for r in result.records)


def test_trustpilot_headers_without_source_of_review_as_platform(data_dir: Path) -> None:
    table = read_table(data_dir / "trustpilot-export.csv")
    result = read_file(data_dir / "trustpilot-export.csv")
    assert Field.PLATFORM not in result.mapping
    assert Field.URL not in result.mapping  # "Domain URL" is the shop, not the review
    assert table.headers[8] == "Domain URL"
