"""Schema 8's cheaper search document has exactly schema 2's words and positions.

Schema 2 replaced every run of non-alphanumeric characters by a space before the text search
parser saw the text; schema 8 leaves white space alone (the parser splits there anyway) and
replaces the other non-alphanumeric runs. The parser's input differs only where the text has
white space other than single spaces, so what must hold is: the parser treats every white
space character (`[:space:]`) exactly like a space, alone, doubled, beside punctuation, inside
numbers and accented words. Checked for every character of the Basic Multilingual Plane (all
of Unicode's white space is there; a test below keeps that assumption honest) and on texts
with e-mails, URLs, hyphens, apostrophes, accents, digits, tabs and newlines.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from workstation.store.postgres.schema import _SEARCH_TEXT, _SEARCH_WORDS_2, SEARCH_WORDS

# Both expressions over one text column `s` instead of title/text/author.
_OLD = _SEARCH_WORDS_2.replace(_SEARCH_TEXT, "s")
_NEW = SEARCH_WORDS.replace(_SEARCH_TEXT, "s")

#: Every context a character is put in, in one text (one pass over the characters).
_CONTEXTS = "'a' || c || 'b ' || c || ' 1' || c || '2 ' || c || c || ' é' || c || 'ü.' || c || '.x' || c || '-y'"

TEXTS = [
    "Écrivez-nous à contact@hotel-du-port.fr ou j.doe+promo@mail.example.com",
    "See https://www.hotel-paris.fr/rooms?id=12&x=3#top and ftp://files.example.org/a_b.txt",
    "Check-in 14:00\tthen\nbreakfast\r\nat 7.30 — app v2.0.1, 3,5 stars, 1e10, -12, +33 6 12 34 56 78",
    "Aujourd’hui l’hôtel « super » – vraiment\u00a0bien\u2003et\u3000calme",
    "C:\\Users\\file_name.txt and /usr/local/bin <b>bold</b> &amp; entity",
    "wi-fi  WI-FI\t\twi‑fi (non-breaking hyphen) l'accueil rock'n'roll don't",
    "Naïve crème brûlée, cœur, Œuvre, straße, ÅNGSTRÖM, 3ème, 2ᵉ, ½, №5",
    "   leading and trailing white space \n\n",
    "zero\u200bwidth, soft\u00adhyphen, joiner\u200dhere, bidi\u200emark",
    "",
]


@pytest.fixture
def conn(pg_url: str) -> Iterator[psycopg.Connection[object]]:
    from workstation.store.location import PostgresLocation, parse_store_url
    from workstation.store.postgres.connection import PgStore

    where = parse_store_url(pg_url)
    assert isinstance(where, PostgresLocation)
    PgStore(where).close()  # migrated: the search configuration exists
    with psycopg.connect(pg_url) as connection:
        yield connection  # type: ignore[misc]


def test_every_bmp_character_in_every_context_gives_the_same_words(conn: psycopg.Connection[object]) -> None:
    row = conn.execute(  # type: ignore[call-overload]
        f"SELECT count(*), array_agg(cp ORDER BY cp) FILTER (WHERE {_OLD} IS DISTINCT FROM {_NEW}) FROM ("
        f"SELECT cp, {_CONTEXTS} AS s FROM (SELECT cp, chr(cp) AS c FROM generate_series(1, 65535) cp "
        "WHERE cp NOT BETWEEN 55296 AND 57343) x) y").fetchone()
    assert row is not None
    checked, different = row
    assert checked == 65535 - 2048
    assert different is None


def test_all_white_space_is_in_the_bmp(conn: psycopg.Connection[object]) -> None:
    """Why the check above may stop at U+FFFF: beyond it no character is white space."""
    row = conn.execute("SELECT count(*) FROM generate_series(65536, 1114111) cp "
                       "WHERE chr(cp) ~ '[[:space:]]'").fetchone()
    assert row == (0,)
    # ... and the class is the one the texts below exercise (ideographic space, tab).
    row = conn.execute("SELECT chr(12288) ~ '[[:space:]]', chr(9) ~ '[[:space:]]'").fetchone()
    assert row == (True, True)


def test_review_texts_give_the_same_words_and_positions(conn: psycopg.Connection[object]) -> None:
    for text in TEXTS:
        row = conn.execute(f"SELECT ({_OLD})::text, ({_NEW})::text FROM (SELECT %s::text AS s) x",  # type: ignore[call-overload]
                           (text,)).fetchone()
        assert row is not None
        assert row[0] == row[1], text
    words = conn.execute(f"SELECT ({_NEW})::text FROM (SELECT %s::text AS s) x", (TEXTS[0],)).fetchone()  # type: ignore[call-overload]
    assert words is not None
    assert "'contact':4" in words[0] and "'hotel':5" in words[0] and "'promo':12" in words[0]  # an e-mail is words
