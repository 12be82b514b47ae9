"""Checks shared by the tests of errors with a kind (`workstation/error_kinds.py`): that an
error carries the kind and values it should, and that a French text has no English left."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest

from workstation.error_kinds import KINDS, Refusal, refusal_of, worded


def english(kind: str, **params: str) -> str:
    """The kind's English sentence filled with `params` (what the error's message must be)."""
    return worded(Refusal(kind, params), "FALLBACK", lambda text: text)


def assert_kind(exc: BaseException, kind: str, **params: str) -> None:
    """`exc` carries `kind` with exactly `params`, and its message is the table's sentence
    (what is kept beside a value — an OS reason's errno name, `reason/os`, an inner error's
    refusal, `reason/refusal` — is checked by test_os_reasons)."""
    refusal = refusal_of(exc)
    assert refusal is not None, f"no kind on: {exc}"
    assert refusal.kind == kind, str(exc)
    named = {name: value for name, value in refusal.params.items() if "/" not in name}
    assert set(named) == set(KINDS[kind])
    assert named == params
    assert english(kind, **params) == str(exc)  # the table says exactly what the error says


def raised(fn: Callable[..., object], *args: object, **kwargs: object) -> BaseException:
    """The exception `fn(*args, **kwargs)` raises (the test fails if it raises none)."""
    with pytest.raises(Exception) as caught:
        fn(*args, **kwargs)
    return caught.value


def assert_in_french(text: str, english_words: Iterable[str]) -> None:
    """No word of the core's English left, and every placeholder filled."""
    assert not any(word in text for word in english_words), text
    assert "{" not in text and "%" not in text, text


def full_disk_and_partly_stored() -> tuple[BaseException, BaseException]:
    """A full disk, and a large team import stored in part because the server went away (its
    inner reason a refusal too): what an import's outcome may carry, for the wording tests."""
    from workstation.error_kinds import refused
    from workstation.store.errors import StoreError
    from workstation.store.postgres.errors import TeamServerUnreachable
    from workstation.store.postgres.reviews import PartlyStoredError

    full = refused(StoreError, "disk_full", "The disk is full: free some space, nothing was lost.")
    away = refused(TeamServerUnreachable, "team_server_unreachable",
                   "The team server db:5432 does not answer: check the address and that it is running. You can "
                   "keep working from this computer's copy.", server="db:5432")
    partly = refused(PartlyStoredError, "team_import_partly_stored",
                     f"24000 of the file's 48000 reviews were stored before this problem: {away} Import the file "
                     "again to store the rest (none is stored twice).", stored=24000, total=48000, reason=away)
    return full, partly
