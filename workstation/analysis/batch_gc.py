"""Fewer garbage collections while a batch command analyses many reviews.

Analysis allocates many short-lived objects (tokens, lists, dicts) and almost no reference
cycles, so CPython's cyclic collector mostly re-walks the objects the resources loaded (rule
phrases, lexicons, models) and finds nothing: with the loaded objects frozen and a larger
first generation, analysing 20k reviews takes about 8 % less CPU time, and the whole
`workstation analyze` command about 5 % (bench/analysis_speed.py's reviews, one core).
Only the batch command uses it: the window keeps the interpreter's defaults, since its
collector settings are shared with the interface thread. Leaving the block unfreezes every
frozen object (CPython has no partial unfreeze); nothing else in the app freezes any.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two young-generation collections (CPython's default is 700).
BATCH_THRESHOLD = 50_000


@contextmanager
def few_collections() -> Iterator[None]:
    """Freeze what is alive now (loaded resources) and collect less often until the block ends."""
    old = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(BATCH_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()
