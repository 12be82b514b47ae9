"""Language identification: a function-word vote first, py3langid when the vote is unclear.

The vote settles most reviews in microseconds (py3langid costs ~0.2 ms each) and is
steadier than n-gram models on very short texts ("Top!", "Nickel, merci").

py3langid's model covers 97 languages (4.6 MB on disk, ~76 MB once loaded); we only ever
ask it about the `candidates`. `write_reduced_model` keeps just their columns (0.86 MB,
~43 MB loaded); the frozen build ships that file instead of the full model, and both give
the same answers. Whichever file is read, only the candidates' columns are kept in memory:
py3langid's own `set_languages` would keep the whole table beside them (28 MB more), and a
run from source would then measure more memory than the installed app uses.
"""

from __future__ import annotations

import lzma
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .normalize import fold
from .resources import ResourceError, load_json, resources_dir

LANGID_FILE = "langid.json"
LANGID_MAX_CHARS = 1000  # py3langid is linear in length; the start is enough
REDUCED_MODEL_FILE = "langid-model.npz.xz"  # written by the frozen build, see write_reduced_model


def write_reduced_model(candidates: Sequence[str], out: Path) -> Path:
    """py3langid's model restricted to `candidates` (same file format), written to `out`."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model, save_model

    model = _restricted(load_model(MODEL_DIR / MODEL_FILE), candidates)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_model(out, model)
    return out


def _restricted(model: tuple[Any, ...], candidates: Sequence[str]) -> tuple[Any, ...]:
    """py3langid's model tuple (as `load_model` returns it) with only the candidates' columns,
    in the model's own order (as `set_languages` orders them); ValueError if one is missing."""
    ptc, pc, classes, nextmove, row, output = model
    keep = [i for i, label in enumerate(classes) if label in set(candidates)]
    missing = set(candidates) - {classes[i] for i in keep}
    if missing:
        raise ValueError(f"py3langid has no model for {sorted(missing)}")
    return ptc[:, keep], pc[keep], [classes[i] for i in keep], nextmove, row, output


class LanguageDetector:
    """`detect(text, norms)` → "en" | "fr" | "other" | "unknown"."""

    def __init__(self, base: Path | None = None) -> None:
        path = (base or resources_dir()) / LANGID_FILE
        data = load_json(LANGID_FILE, base)
        try:
            words: dict[str, Any] = data["stopwords"]
            self._votes: dict[str, str] = {}
            for lang in ("other", "fr", "en"):  # later wins: en/fr over "other" on overlaps
                for word in words[lang]:
                    self._votes[fold(str(word))] = lang
            self._min_votes = int(data["min_votes"])
            self._min_ratio = float(data["min_ratio"])
            self._candidates = [str(c) for c in data["candidates"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(path, f"bad or missing setting: {exc}") from exc
        self._folder = path.parent
        self._identifier: Any = None

    def _langid(self, text: str) -> str:
        if self._identifier is None:
            # py3langid loads its model on first use; keep that off import time.
            self._identifier = self._load_identifier()
        lang, _prob = self._identifier.classify(text[:LANGID_MAX_CHARS])
        return str(lang)

    def _load_identifier(self) -> Any:
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
        from py3langid.modelio import load_model

        reduced = self._folder / REDUCED_MODEL_FILE
        path = reduced if reduced.is_file() else MODEL_DIR / MODEL_FILE
        try:
            ptc, pc, classes, nextmove, row, output = _restricted(load_model(path), self._candidates)
            # What `from_model_file` builds (`load_model` already gives arrays), from the
            # candidates' columns only.
            ident = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
        except (OSError, ValueError, KeyError, lzma.LZMAError) as exc:
            # Includes a reduced model that lacks one of the candidates (a stale build).
            raise ResourceError(path, f"cannot load the language model ({exc})") from exc
        return ident

    def detect(self, text: str, norms: Sequence[str]) -> str:
        counts = {"en": 0, "fr": 0, "other": 0}
        letters = False
        for norm in norms:
            lang = self._votes.get(norm)
            if lang is not None:
                counts[lang] += 1
            elif not letters and any(c.isalpha() for c in norm):
                letters = True
        en, fr, other = counts["en"], counts["fr"], counts["other"]
        if not letters and en + fr + other == 0:
            return "unknown"
        best, second = (en, max(fr, other)) if en >= fr else (fr, max(en, other))
        if (best >= self._min_votes and best >= self._min_ratio * second) or (best and not second):
            return "en" if en >= fr else "fr"
        found = self._langid(text)
        return found if found in ("en", "fr") else "other"
