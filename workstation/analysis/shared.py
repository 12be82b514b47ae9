"""The process's one analysis engine, loaded on first use and then shared.

Loading the engine (spaCy's tokenizer, the lexicons, the triage models) costs seconds of CPU
and a few hundred megabytes. The window analyses after every sync and import, and the command
line drafts replies review by review; each used to load its own engine, so every quarter-hour
sync paid those seconds again. Now the first run loads it and later runs start at once.

The engine keeps state while it reads (spaCy's string store grows), so one caller at a time
uses it. `analyze_many` takes the lock for one chunk at a time and never while its caller holds
a result: a batch dropped half-way (a cancelled run) leaves nothing locked. A load
that fails (a damaged resource file) is tried again by the next caller, so the error it
raises is the one each caller sees."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workstation.analysis.analyzer import Analyzer
    from workstation.analysis.model import Analysis

_lock = threading.Lock()
_engine: Analyzer | None = None


def _loaded() -> Analyzer:
    global _engine
    if _engine is None:
        from workstation.analysis.analyzer import Analyzer

        _engine = Analyzer()
    return _engine


class SharedAnalyzer:
    """The `Analyzer` interface the pipelines use, over the process's one engine; creating one
    costs nothing (the engine loads when a review is first analysed)."""

    def analyze(self, text: str, **kwargs: Any) -> Analysis:
        with _lock:
            return _loaded().analyze(text, **kwargs)

    def analyze_many(self, items: Iterable[Any], **kwargs: Any) -> Iterator[Analysis]:
        # In the engine's own batches, so the model scores each review exactly as before.
        from workstation.analysis.analyzer import MODEL_BATCH

        iterator = iter(items)
        while chunk := list(islice(iterator, MODEL_BATCH)):
            with _lock:
                done = list(_loaded().analyze_many(chunk, **kwargs))
            yield from done
