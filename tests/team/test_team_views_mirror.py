"""Saved views on a team server: a view saved or deleted on one desktop reaches the server and
every other desktop's copy; a view changed offline waits and is not undone by a pull; the last
desktop to push a name wins; a copy made before views were shared sends its views."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from tests.team.test_team_mirror import _link, _nowhere, _server_with_reviews, _where
from tests.team.workers import open_store
from workstation.ops import views as ops_views
from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy
from workstation.store import ReviewFilter, settings, team_cache
from workstation.store.db import Store
from workstation.store.postgres import change_feed
from workstation.store.postgres.views import put_view
from workstation.store.team_views_copy import changed_views

ANGRY = ReviewFilter(view="all", stars=(1, 2), lang="fr")
URGENT = ReviewFilter(view="urgent")


def _views(store: Store) -> dict[str, ReviewFilter]:
    return dict(settings.saved_views(store))


def _on_server(url: str) -> dict[str, str]:
    with open_store(url) as server, server.connection() as conn:
        return {str(n): str(f) for n, f in conn.execute("SELECT name, filter_json FROM saved_views")}


@contextlib.contextmanager
def _two_desktops(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, TeamLink, Store, TeamLink]]:
    """Anne's and Bob's copies of one server with reviews, both up to date."""
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path / "a", where) as a, open_local_copy(tmp_path / "b", where) as b, \
            _link(where, "Anne") as link_a, _link(where, "Bob") as link_b:
        link_a.mirror_once(a)
        link_b.mirror_once(b)
        yield a, link_a, b, link_b


def test_a_view_saved_or_deleted_on_one_desktop_reaches_the_others(pg_url: str, tmp_path: Path) -> None:
    with _two_desktops(pg_url, tmp_path) as (a, link_a, b, link_b):
        assert ops_views.save_view(a, " Angry FR ", ANGRY).settings  # the window's team link pushes on it
        sent = link_a.mirror_once(a)
        assert sent.state is LinkState.UP_TO_DATE and sent.views == 1
        assert "1 saved view(s) sent" in sent.summary()
        assert _on_server(pg_url) == {"Angry FR": ANGRY.to_json()}
        assert _views(a) == {"Angry FR": ANGRY}  # the pull that followed kept it

        got = link_b.mirror_once(b)
        assert got.changes.settings and _views(b) == {"Angry FR": ANGRY}
        assert link_b.mirror_once(b).views == 0  # taking the server's views is no change to send

        ops_views.delete_view(b, "Angry FR")
        assert link_b.mirror_once(b).views == 1
        assert _on_server(pg_url) == {}
        assert link_a.mirror_once(a).changes.settings
        assert _views(a) == {}


def test_a_view_changed_offline_waits_and_is_not_undone(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_store(pg_url) as server, server.transaction() as conn:
        put_view(conn, "Urgent", URGENT.to_json())
        put_view(conn, "Angry FR", ANGRY.to_json())
    with open_local_copy(tmp_path, where) as cache, _link(where) as link:
        link.mirror_once(cache)
        assert _views(cache) == {"Urgent": URGENT, "Angry FR": ANGRY}
        ops_views.save_view(cache, "Urgent", ANGRY)
        ops_views.delete_view(cache, "Angry FR")
        with _link(_nowhere(pg_url)) as away:
            assert away.mirror_once(cache).state is LinkState.OFFLINE
        with open_store(pg_url) as server:  # a colleague's view meanwhile, pulled alone
            with server.transaction() as conn:
                put_view(conn, "Mine", URGENT.to_json())
            team_cache.apply_shared(cache, change_feed.read_shared(server))
        assert _views(cache) == {"Urgent": ANGRY, "Mine": URGENT}
        assert changed_views(cache) == [("Angry FR", None), ("Urgent", ANGRY.to_json())]
        assert link.mirror_once(cache).views == 2
        assert _on_server(pg_url) == {"Urgent": ANGRY.to_json(), "Mine": URGENT.to_json()}
        assert changed_views(cache) == []


def test_the_last_desktop_to_push_a_name_wins(pg_url: str, tmp_path: Path) -> None:
    with _two_desktops(pg_url, tmp_path) as (a, link_a, b, link_b):
        ops_views.save_view(a, "Mine", ANGRY)
        ops_views.save_view(b, "Mine", URGENT)
        link_a.mirror_once(a)
        link_b.mirror_once(b)  # Bob pushes last: his view is the team's
        assert _on_server(pg_url) == {"Mine": URGENT.to_json()}
        link_a.mirror_once(a)
        assert _views(a) == _views(b) == {"Mine": URGENT}


def test_a_copy_from_before_views_were_shared_sends_its_views(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as cache, _link(where) as link:
        settings.save_view(cache, "Old view", ANGRY)  # no base yet: the user's, not the server's absence
        assert link.mirror_once(cache).views == 1
        assert _views(cache) == {"Old view": ANGRY}
        assert _on_server(pg_url) == {"Old view": ANGRY.to_json()}


def test_a_blank_name_saves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "w.sqlite3") as store:
        assert ops_views.save_view(store, "  ", ANGRY).empty
        assert _views(store) == {}
