"""Item 13 of issue 19: search's worst cases are bounded — repeated or prefix words cost one
term, the number of terms is capped — and a search made only of emoji or invisible
characters matches nothing instead of everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.domain import ReviewRecord
from workstation.store import ReviewFilter, Store, import_records
from workstation.store.queries import MAX_SEARCH_WORDS, count, fts_query, search_ids


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "workstation.sqlite3")
    import_records(s, [ReviewRecord("Très bon accueil, café parfait", stars=5, author="A", external_id="1"),
                       ReviewRecord("Attente trop longue", stars=2, author="B", external_id="2"),
                       ReviewRecord("Great bread 👍", stars=5, author="C", external_id="3")], platform_hint="yelp")
    return s


def test_repeated_and_prefix_words_are_one_term() -> None:
    assert fts_query(" ".join(["a"] * 200)) == '"a"*'
    assert fts_query("caf café CAFÉ ca") == '"cafe"*'


def test_the_number_of_terms_is_capped() -> None:
    many = " ".join(f"word{i:03d}" for i in range(200))
    assert fts_query(many).count("*") == MAX_SEARCH_WORDS


@pytest.mark.parametrize("search", ["👍", "\u200b", "\u200b\u200d\ufeff", "🙂 👍", "…"])
def test_emoji_or_invisible_only_matches_nothing(store: Store, search: str) -> None:
    assert count(store, ReviewFilter(view="all", search=search)) == 0
    assert search_ids(store, ReviewFilter(view="all", search=search), limit=50) == []


def test_ordinary_searches_still_match(store: Store) -> None:
    assert count(store, ReviewFilter(view="all", search="cafe")) == 1
    assert count(store, ReviewFilter(view="all", search="a a a a a a")) == 2  # accueil, attente
    assert count(store, ReviewFilter(view="all", search="   ")) == 3  # blank is no search
