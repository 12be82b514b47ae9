"""The team server's search and inbox query give the SQLite store's results, side by side.

The same reviews go into a SQLite store and a team server; every query of a battery
(accents, case, prefixes, several words, words like OR/NOT that the search box treats as
words, punctuation inside words, symbols only) must find the same reviews, in the same
order for the inbox's first page. The real reviews of ../shared/data are used too when
they are there (skipped clearly when not).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.team.workers import T0, open_store
from workstation.domain import ReviewRecord
from workstation.store import import_records as sqlite_import
from workstation.store.db import Store
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records as team_import
from workstation.store.postgres.search import search_ids as team_search_ids
from workstation.store.postgres.search import tsquery_text
from workstation.store.queries import ReviewFilter
from workstation.store.queries import search_ids as sqlite_search_ids

SHARED_REVIEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "reviews-dev.csv"

TEXTS = [
    ("Chambre sale", "L'accueil était glacial, la chambre sale.", "Élodie"),
    (None, "Le café était FROID et le croissant rassis", "Zoé Martin"),
    ("Super séjour", "Très bon séjour, personnel aux petits soins. Wi-Fi rapide.", "john"),
    (None, "Lovely breakfast, friendly staff; would come again!", "Mary-Jane"),
    (None, "Écrivez-nous à contact@hotel-du-port.fr pour réserver", "Hôtel du Port"),
    ("Naïve question", "Is the pool open in été? Prices: 12€ for 3 nights", None),
    (None, "Not good, not bad: OR maybe just average", "Ann"),
    (None, "NOT worth it. The chambres were noisy", "Ravi"),
    (None, "Service rapide et efficace, je recommande", "Paul"),
    (None, "Servir chaud svp! Le serveur a oublié", "Lucie"),
    (None, "Mauvaise expérience: attente de 45 minutes", "A. B."),
    (None, "rien_à_dire, parfait", "Zoë"),
    (None, "The staff's attitude was rude and unprofessional", "Tom"),
    (None, "Crème brûlée délicieuse, desserts maison", "Chloé"),
    (None, "🙂🙂 top", "Emoji"),
    (None, "Pas de réponse au téléphone, 3ème fois", "Marc"),
    (None, "Parking plein. Parking payant. parking!", "Noé"),
    (None, "", "Only Author Name"),
    # Schema 8 leaves white space to the parser: e-mails, URLs, paths, tags, numbers, tabs,
    # newlines and other spaces must still give SQLite's words.
    (None, "Mail j.doe+promo@mail.example.com or see https://www.hotel-paris.fr/rooms?id=12&x=3#top", "Web"),
    ("Check-in\t14:00", "then\nbreakfast\r\nat 7.30, app v2.0.1, 3,5 stars, 1e10 -12 +33", "Times"),
    (None, "Aujourd’hui l’hôtel « super » – vraiment\u00a0bien\u2003et\u3000calme", "Typo"),
    (None, "C:\\Users\\file_name.txt /usr/local/bin <b>bold</b> &amp; entity", "Paths"),
]

QUERIES = [
    "chambre", "CHAMBRE", "chambres", "chamb", "ch", "c", "cafe", "café", "CAFÉ", "caf", "froid croissant",
    "croissant froid", "froid lovely", "ete", "été", "naive", "naïve", "accueil", "l'accueil", "l accueil",
    "wi-fi", "wifi", "wi", "fi", "contact", "hotel", "hotel-du-port", "port fr", "12", "12€", "3", "3eme",
    "3ème", "OR", "or", "NOT", "not good", "good OR bad", "-bad", "bad -good", '"not good"', "serv", "servi",
    "service", "serveur", "elodie", "Élodie", "zoe", "zoë", "mary", "jane", "mary-jane", "staff", "staff's",
    "staffs", "rien", "rien_à_dire", "rien_a_di", "rie_a", "dire", "creme brulee", "crème", "brul", "🙂", "🙂 top", "!!", "*", "a*",
    "parking", "park", "only author", "author", "e", "the", "le la", "x y z", "45", "minute",
    "j.doe", "doe", "promo", "example com", "mail", "https", "www", "hotel-paris", "rooms", "id 12", "top",
    "check-in", "14:00", "00", "then breakfast", "7.30", "30", "v2", "v2.0.1", "3,5", "1e10", "12", "33",
    "aujourd", "hui", "aujourd’hui", "l’hôtel", "super", "vraiment bien", "bien et", "calme", "users",
    "file_name", "txt", "usr local", "bold", "amp", "entity", "b",
]


def _records() -> list[ReviewRecord]:
    return [ReviewRecord(text=text, title=title, author=author, stars=1 + i % 5, external_id=f"s{i:03d}",
                         created_at=T0 - timedelta(hours=i * 7), platform="google_business")
            for i, (title, text, author) in enumerate(TEXTS)]


@dataclasses.dataclass
class Both:
    sqlite: Store
    team: PgStore

    def _keys(self, sqlite_ids: list[int], team_ids: list[int]) -> tuple[list[str], list[str]]:
        """Ids differ between engines: compare the reviews' platform ids, in order."""
        s_keys = dict(self.sqlite._conn.execute("SELECT id, external_id FROM reviews").fetchall())
        with self.team.connection() as conn:
            t_keys = {int(i): str(k) for i, k in conn.execute("SELECT id, external_id FROM reviews")}
        return [s_keys[i] for i in sqlite_ids], [t_keys[i] for i in team_ids]

    def found(self, f: ReviewFilter, *, limit: int | None = None) -> tuple[list[str], list[str]]:
        return self._keys(sqlite_search_ids(self.sqlite, f, limit=limit), team_search_ids(self.team, f, limit=limit))


def _both(pg_url: str, tmp_path: Path, records: list[ReviewRecord]) -> Iterator[Both]:
    with Store(tmp_path / "workstation.sqlite3") as sqlite, open_store(pg_url) as team:
        for start in range(0, len(records), 2000):
            sqlite_import(sqlite, records[start:start + 2000], now=T0)
            team_import(team, records[start:start + 2000], now=T0)
        yield Both(sqlite, team)


@pytest.fixture
def both(pg_url: str, tmp_path: Path) -> Iterator[Both]:
    yield from _both(pg_url, tmp_path, _records())


def test_every_query_of_the_battery_finds_the_same_reviews(both: Both) -> None:
    for query in QUERIES:
        on_sqlite, on_team = both.found(ReviewFilter(view="all", search=query, sort="newest"))
        assert on_team == on_sqlite, query


def test_the_battery_is_not_trivial(both: Both) -> None:
    sizes = {q: len(both.found(ReviewFilter(view="all", search=q))[0]) for q in QUERIES}
    assert sizes["chambre"] == 2 and sizes["cafe"] == 1 and sizes["🙂"] == 0 and sizes["c"] > 3
    assert sizes["not good"] == 1 and sizes["OR"] >= 1  # words, not operators


def test_the_inbox_first_page_with_filters_and_sorts_matches(both: Both) -> None:
    filters = [
        ReviewFilter(view="needs_reply", sort=sort, stars=stars, search=search, date_from=since)
        for sort in ("newest", "oldest", "stars", "urgency", "deadline")
        for stars in ((), (1, 2))
        for search in ("", "le")
        for since in (None, (T0 - timedelta(days=2)).date())
    ] + [ReviewFilter(view=view) for view in ("urgent", "due", "all", "replied", "outbox", "archived")]
    labelled = {"s001": -0.6, "s003": 0.4, "s007": -0.2}
    both.sqlite._conn.executemany(
        "INSERT INTO review_labels (review_id, kind, label, sentiment) "
        "SELECT id, 'topic', 'service', ? FROM reviews WHERE external_id = ?", [(v, k) for k, v in labelled.items()])
    with both.team.connection() as conn:
        for key, sentiment in labelled.items():
            conn.execute("INSERT INTO review_labels (review_id, kind, label, sentiment) "
                         "SELECT id, 'topic', 'service', %s FROM reviews WHERE external_id = %s", (sentiment, key))
    filters += [ReviewFilter(view="all", labels=(spec,)) for spec in ("topic:service", "topic:service:neg")]
    assert both.found(filters[-1]) == (["s001", "s007"], ["s001", "s007"])
    for f in filters:
        assert both.found(f, limit=5)[1] == both.found(f, limit=5)[0], f
        assert both.found(f)[1] == both.found(f)[0], f


def test_a_searched_first_page_is_the_same_whichever_way_it_is_found(both: Both,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.store.postgres import search

    for walk_rows in (2, 6, 5000):  # the walk too short (rare words), just enough, everything
        monkeypatch.setattr(search, "WALK_ROWS", walk_rows)
        for query in ("c", "le", "parking", "e", "staff", "chambre"):
            for limit in (1, 2, 3, 5):
                for sort in ("newest", "oldest", "stars"):
                    f = ReviewFilter(view="all", search=query, sort=sort)
                    on_sqlite, on_team = both.found(f, limit=limit)
                    assert on_team == on_sqlite, (walk_rows, query, limit, sort)


#: Urgencies (and dates) for the urgency sort, which the team server reads in runs (schema 10,
#: `search.URGENCY_RUNS`): positive ones with ties, none (NULL) and 0 — one group, by date
#: then id, with a date shared across NULL and 0 and reviews without a date —, negative ones.
_URGENCIES = {"s000": 0.9, "s001": 0.5, "s002": 0.5, "s003": 0.5, "s004": None, "s005": 0.0, "s006": None,
              "s007": 0.0, "s008": None, "s009": -0.2, "s010": -0.2, "s011": 0.1, "s012": 1.0, "s013": 0.0}
_DATES = {"s002": "2026-10-20T08:00:00+00:00", "s003": "2026-10-20T08:00:00+00:00",
          "s005": "2026-10-21T09:00:00+00:00", "s006": "2026-10-21T09:00:00+00:00", "s004": "2026-10-21T09:00:00+00:00",
          "s007": None, "s008": None, "s014": None, "s009": None}


def _set_urgencies(both: Both) -> None:
    """The same urgencies, dates and one archived review on both engines (the rest keep their
    import's: no urgency)."""
    for key, urgency in _URGENCIES.items():
        both.sqlite._conn.execute("UPDATE reviews SET urgency = ? WHERE external_id = ?", (urgency, key))
    for key, created in _DATES.items():
        both.sqlite._conn.execute("UPDATE reviews SET created_at = ? WHERE external_id = ?", (created, key))
    both.sqlite._conn.execute("UPDATE reviews SET status = 'archived' WHERE external_id = 's001'")
    with both.team.connection() as conn:
        for key, urgency in _URGENCIES.items():
            conn.execute("UPDATE reviews SET urgency = %s WHERE external_id = %s", (urgency, key))
        for key, created in _DATES.items():
            conn.execute("UPDATE reviews SET created_at = %s WHERE external_id = %s", (created, key))
        conn.execute("UPDATE reviews SET status = 'archived' WHERE external_id = 's001'")


def _urgency_filters() -> list[ReviewFilter]:
    return [ReviewFilter(view=view, sort="urgency", stars=stars, search=search, date_from=since)
            for view in ("all", "needs_reply")
            for stars in ((), (1, 2), (3,))
            for search in ("", "le", "e", "parking")
            for since in (None, (T0 - timedelta(days=2)).date())]


def test_the_urgency_sort_read_in_runs_is_sqlites_order_for_every_page_size(both: Both) -> None:
    _set_urgencies(both)
    everything = both.found(ReviewFilter(view="all", sort="urgency"))
    assert everything[1] == everything[0]
    # The battery crosses every run boundary: positive (with ties), none/0 mixed by date, negative.
    assert everything[0][:6] == ["s012", "s000", "s002", "s003", "s001", "s011"]
    assert everything[0][6:12] == ["s007", "s008", "s014", "s004", "s005", "s006"]
    assert everything[0][-2:] == ["s009", "s010"]
    sizes = set()
    for f in _urgency_filters():
        on_sqlite, on_team = both.found(f)
        assert on_team == on_sqlite, f
        sizes.add(len(on_sqlite))
        for limit in range(1, len(on_sqlite) + 2):  # every page size, one past the end too
            assert both.found(f, limit=limit) == (on_sqlite[:limit], on_sqlite[:limit]), (f, limit)
    assert max(sizes) == 22 and min(sizes) < 5


def test_the_urgency_runs_give_the_one_statement_order(both: Both) -> None:
    from workstation.store.postgres.search import listing_sql

    _set_urgencies(both)
    for f in _urgency_filters():
        sql, params = listing_sql(f)
        with both.team.connection() as conn:
            one_statement = [int(r[0]) for r in conn.execute(sql, params)]  # type: ignore[arg-type]
        assert team_search_ids(both.team, f) == one_statement, f


def test_a_searched_urgency_page_is_the_same_whichever_way_each_run_is_found(
        both: Both, monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.store.postgres import search

    _set_urgencies(both)
    for walk_rows in (1, 2, 6, 5000):
        monkeypatch.setattr(search, "WALK_ROWS", walk_rows)
        for query in ("c", "le", "e", "parking", "staff"):
            for limit in (1, 2, 3, 5, 8, 13):
                f = ReviewFilter(view="all", search=query, sort="urgency")
                on_sqlite, on_team = both.found(f, limit=limit)
                assert on_team == on_sqlite, (walk_rows, query, limit)


def test_the_urgency_runs_read_one_snapshot(both: Both, monkeypatch: pytest.MonkeyPatch) -> None:
    """Triage on another desktop gives a listed review an urgency between two runs' statements:
    the listing is the one from before (that review once, in the unset group), not a review
    missed by the first run and gone from the second."""
    from workstation.store.postgres import search

    _set_urgencies(both)
    f = ReviewFilter(view="all", sort="urgency")
    before = team_search_ids(both.team, f)
    with both.team.connection() as conn:
        moved = int(conn.execute("SELECT id FROM reviews WHERE external_id = 's004'").fetchone()[0])  # type: ignore[index]
    real = search.page_queries
    calls: list[int] = []

    def triage_meanwhile(f: ReviewFilter, limit: int | None, run: int = 0) -> list[tuple[str, list[object]]]:
        if run == 1 and not calls:  # after the positive run was read, before the unset run
            calls.append(run)
            with both.team.connection() as other:
                other.execute("UPDATE reviews SET urgency = 0.7 WHERE id = %s", (moved,))
        return real(f, limit, run)

    monkeypatch.setattr(search, "page_queries", triage_meanwhile)
    assert team_search_ids(both.team, f) == before
    assert calls == [1] and before.count(moved) == 1
    monkeypatch.setattr(search, "page_queries", real)
    after = team_search_ids(both.team, f)
    assert after.count(moved) == 1 and after.index(moved) < before.index(moved)  # listed anew, higher


def test_a_ligature_is_unfolded_on_the_team_server_only(pg_url: str, tmp_path: Path) -> None:
    # The one known difference (see store/postgres/search.py): "coeur" also finds "cœur" there.
    heart = ReviewRecord(text="Un cœur brisé", external_id="h1", created_at=T0, platform="google_business")
    for both in _both(pg_url, tmp_path, [heart]):
        assert both.found(ReviewFilter(view="all", search="cœur bris")) == (["h1"], ["h1"])
        assert both.found(ReviewFilter(view="all", search="coeur")) == ([], ["h1"])


def test_words_become_required_prefixes() -> None:
    assert tsquery_text("Café  CAFÉ froid") == "('froid':*) & ('cafe':*)"
    assert tsquery_text("rien_à_dire") == "('rien' <-> 'a' <-> 'dire':*)"
    assert tsquery_text("🙂 !!") == ""


def test_real_reviews_give_the_same_results(pg_url: str, tmp_path: Path) -> None:
    if not SHARED_REVIEWS.exists():
        pytest.skip(f"the shared reviews are not here ({SHARED_REVIEWS})")
    from workstation.importers import read_file

    records = [r for r in read_file(SHARED_REVIEWS).records if "œ" not in r.text.casefold()
               and "ß" not in r.text.casefold()][:3000]
    queries = ["service", "serv", "tres bien", "très", "not", "food cold", "personnel", "accueil", "prix",
               "attente", "sale", "rude", "manager", "a", "é", "d'accord", "wifi", "recommande", "jamais plus"]
    for both in _both(pg_url, tmp_path, records):
        for query in queries:
            on_sqlite, on_team = both.found(ReviewFilter(view="all", search=query, sort="newest"))
            assert on_team == on_sqlite, query
        assert len(both.found(ReviewFilter(view="all", search="service"))[0]) > 10
