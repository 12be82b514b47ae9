"""Pause Python's cyclic garbage collector around bulk, acyclic allocations.

Measuring 100k reviews allocates ~200k small objects without reference cycles; the
collector would walk the growing heap again and again for nothing (about a quarter of
the run time). Reference counting still frees everything; collection resumes after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic GC for the block, restoring the previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
