"""The real EN/FR sample in ../shared imports completely (skips when it is absent)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from workstation.importers import Field, read_file


def test_dev_reviews_import_without_errors(dev_reviews_csv: Path) -> None:
    result = read_file(dev_reviews_csv)
    assert result.errors == []
    assert len(result.records) == 9045
    assert result.confident
    assert result.mapping[Field.EXTERNAL_ID] == 0
    assert result.mapping[Field.PLATFORM] == 5
    assert result.mapping[Field.TEXT] == 3
    assert all(r.external_id and r.external_id.startswith("dev-") for r in result.records)
    assert len({r.external_id for r in result.records}) == 9045
    platforms = Counter(r.platform for r in result.records)
    assert set(platforms) == {"trustpilot", "google_business", "google_play"}
    assert {r.lang for r in result.records} == {"en", "fr"}
    assert all(r.stars in (1, 2, 3, 4, 5) for r in result.records)
    assert all("source" in r.extra for r in result.records)
    assert sum(1 for r in result.records if r.created_at) > 0
