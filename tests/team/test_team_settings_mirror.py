"""Settings edited in the window of a team desktop reach the team server and every other
desktop's copy: response-time targets, location hours, the business profile. A pull never
undoes a change not pushed yet (offline), saving unchanged values never undoes a colleague's
change, and the last desktop to push a setting wins."""

from __future__ import annotations

import json
from pathlib import Path

from tests.team.test_team_mirror import _link, _nowhere, _server_with_reviews, _where
from tests.team.workers import open_store
from workstation.metrics.sla import SlaPolicy, SlaTarget
from workstation.metrics.stored import (
    SLA_SETTING,
    load_sla_policy,
    save_sla_policy,
    sla_policy_from,
)
from workstation.ops.team_mirror import LinkState, open_local_copy
from workstation.store import metrics_data as md
from workstation.store import team_cache
from workstation.store.business_profile import load_profile, save_profile
from workstation.store.db import Store
from workstation.store.postgres import change_feed
from workstation.store.postgres import settings as team_settings
from workstation.store.team_settings_copy import changed_settings

HOURS = json.dumps({"days": {"mon": "09:00-12:00", "tue": "09:00-18:00"}}, sort_keys=True)


def _policy(hours: int) -> SlaPolicy:
    return SlaPolicy(critical=SlaTarget(hours, "business_hours"), negative=SlaTarget(24, "business_hours"),
                     standard=SlaTarget(3, "business_days"))


def _lyon(store: Store) -> md.LocationSettings:
    return next(loc for loc in md.location_settings(store) if loc.name == "Lyon")


def test_settings_changed_on_one_desktop_reach_the_server_and_the_others(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path / "a", where) as a, open_local_copy(tmp_path / "b", where) as b, \
            _link(where, "Anne") as link_a, _link(where, "Bob") as link_b:
        assert link_a.mirror_once(a).state is LinkState.UP_TO_DATE
        assert link_b.mirror_once(b).state is LinkState.UP_TO_DATE
        save_sla_policy(a, _policy(2))
        lyon = _lyon(a)
        md.save_location_settings(a, lyon.id, timezone="Europe/Paris", country="fr", hours_json=HOURS)
        profile = load_profile(a)
        profile.business_name = "Boulangerie Anne"
        profile.signature = "L'équipe"
        save_profile(a, profile)

        sent = link_a.mirror_once(a)
        assert sent.state is LinkState.UP_TO_DATE and sent.settings >= 3
        assert "setting(s) sent" in sent.summary()
        # The pull that followed kept them (the server has them now): nothing was reverted.
        assert load_sla_policy(a) == _policy(2)
        assert _lyon(a).hours_json == HOURS and _lyon(a).country == "FR"
        with open_store(pg_url) as server:
            assert sla_policy_from(team_settings.get_setting(server, SLA_SETTING)) == _policy(2)
            on_server = next(loc for loc in team_settings.location_settings(server) if loc.name == "Lyon")
            assert (on_server.timezone, on_server.country, on_server.hours_json) == ("Europe/Paris", "FR", HOURS)
            assert team_settings.load_profile(server).business_name == "Boulangerie Anne"

        got = link_b.mirror_once(b)
        assert got.changes.settings and got.changes.sources
        assert load_sla_policy(b) == _policy(2)
        assert _lyon(b).hours_json == HOURS
        assert load_profile(b).business_name == "Boulangerie Anne" and load_profile(b).signature == "L'équipe"
        assert link_b.mirror_once(b).settings == 0  # taking the server's values is not a change to send


def test_a_change_made_offline_waits_and_is_not_undone(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as cache, _link(where) as link:
        link.mirror_once(cache)
        save_sla_policy(cache, _policy(5))
        with _link(_nowhere(pg_url)) as away:
            assert away.mirror_once(cache).state is LinkState.OFFLINE
        assert load_sla_policy(cache) == _policy(5)
        with open_store(pg_url) as server:  # a colleague's other setting meanwhile, pulled alone
            team_settings.set_setting(server, "business_name", "Chez Bob")
            team_cache.apply_shared(cache, change_feed.read_shared(server))
        assert load_sla_policy(cache) == _policy(5)
        back = link.mirror_once(cache)
        assert back.settings == 1
        assert load_sla_policy(cache) == _policy(5) and load_profile(cache).business_name == "Chez Bob"
        with open_store(pg_url) as server:
            assert sla_policy_from(team_settings.get_setting(server, SLA_SETTING)) == _policy(5)


def test_the_last_desktop_to_push_wins_and_an_unchanged_save_sends_nothing(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path / "a", where) as a, open_local_copy(tmp_path / "b", where) as b, \
            _link(where, "Anne") as link_a, _link(where, "Bob") as link_b:
        link_a.mirror_once(a)
        link_b.mirror_once(b)
        save_sla_policy(b, _policy(6))
        assert link_b.mirror_once(b).settings == 1
        # Anne's copy is behind; she saves her targets without changing them: nothing is sent.
        save_sla_policy(a, load_sla_policy(a))
        save_profile(a, load_profile(a))
        assert changed_settings(a) == ([], [])
        assert link_a.mirror_once(a).settings == 0
        assert load_sla_policy(a) == _policy(6)
        save_sla_policy(a, _policy(8))  # then she changes them: hers is the last word
        assert link_a.mirror_once(a).settings == 1
        link_b.mirror_once(b)
        assert load_sla_policy(b) == _policy(8)


def test_a_location_added_in_preferences_becomes_the_servers(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as cache, _link(where) as link:
        link.mirror_once(cache)
        profile = load_profile(cache)
        profile.locations.append(type(profile.locations[0])(name="Nice", timezone="Europe/Paris"))
        save_profile(cache, profile)
        assert link.mirror_once(cache).settings >= 1
        with open_store(pg_url) as server:
            server_ids = {loc.name: loc.id for loc in team_settings.location_settings(server)}
        assert {loc.name: loc.id for loc in md.location_settings(cache)} == server_ids
        assert "Nice" in server_ids
        assert link.mirror_once(cache).settings == 0


def test_crisis_room_edits_are_shared_and_not_undone_by_a_pull(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_store(pg_url) as server, server.transaction() as conn:
        crisis_id = conn.execute(
            "INSERT INTO crises (key, kind, label, detected_at, window_start, window_end, count, baseline_per_day, "
            "review_ids, evidence) VALUES ('topic:hygiene', 'topic', 'hygiene', '2026-11-02T00:00:00Z', "
            "'2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 4, 0.5, '[]', '[]') RETURNING id").fetchone()[0]
    with open_local_copy(tmp_path / "a", where) as a, open_local_copy(tmp_path / "b", where) as b, \
            _link(where, "Anne") as link_a, _link(where, "Bob") as link_b:
        link_a.mirror_once(a)
        link_b.mirror_once(b)
        md.save_crisis_notes(a, crisis_id, "Called the supplier")
        md.change_crisis_status(a, crisis_id, "handled")
        with _link(_nowhere(pg_url)) as away:
            away.mirror_once(a)
        with open_store(pg_url) as server:  # a pull alone (Anne's edit not pushed yet) keeps it
            team_settings.set_setting(server, "business_name", "Chez Bob")
            team_cache.apply_shared(a, change_feed.read_shared(server))
        assert md.crisis_detail(a, crisis_id).notes == "Called the supplier"
        assert load_profile(a).business_name == "Chez Bob"
        assert link_a.mirror_once(a).settings == 1
        assert md.crisis_detail(a, crisis_id).notes == "Called the supplier"
        with open_store(pg_url) as server:
            assert server.scalar("SELECT status || ' ' || notes FROM crises WHERE id = %s", (crisis_id,)) == \
                "handled Called the supplier"
        assert link_b.mirror_once(b).changes.crises
        detail = md.crisis_detail(b, crisis_id)
        assert (detail.status, detail.notes) == ("handled", "Called the supplier")


def test_a_copy_from_before_settings_were_shared_keeps_what_only_it_has(pg_url: str, tmp_path: Path) -> None:
    _server_with_reviews(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as cache, _link(where) as link:
        link.mirror_once(cache)
        with cache.transaction() as conn:  # as an older app left it: no base of the settings
            conn.execute("DELETE FROM team_base_settings")
        save_sla_policy(cache, _policy(7))
        with open_store(pg_url) as server:
            team_cache.apply_shared(cache, change_feed.read_shared(server))
        assert load_sla_policy(cache) == _policy(7)  # not deleted by the pull
        assert link.mirror_once(cache).settings == 1  # but sent with the next push
        with open_store(pg_url) as server:
            assert sla_policy_from(team_settings.get_setting(server, SLA_SETTING)) == _policy(7)
