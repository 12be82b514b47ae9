"""Fixtures of the reply tests: the learned reply points put back after a test that swaps them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workstation.replies import point_model


@pytest.fixture
def restore_model() -> Iterator[None]:
    """Put back whatever learned reply points the composer used before the test."""
    saved = point_model._SHIPPED.state()
    try:
        yield
    finally:
        point_model._SHIPPED.restore(saved)


@pytest.fixture
def lists_alone(restore_model: None) -> None:
    """The word lists' reading, without the learned reply points."""
    point_model.use_model(None)
