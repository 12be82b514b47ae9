"""FR/EN: every UI string is translated, the .qm files load, and the window switches language."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from workstation.store import Store
from workstation.ui import translation
from workstation.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_string_is_translated() -> None:
    script = load_script()
    for lang in ("fr", "en"):
        ts = ROOT / "resources" / "translations" / f"workstation_{lang}.ts"
        assert script.untranslated(ts) == [], lang
        assert ts.with_suffix(".qm").stat().st_size > 1000


def test_ts_covers_every_tr_call_in_the_ui() -> None:
    """A string added to the UI without updating the .ts would show in English only."""
    import re
    import xml.etree.ElementTree as ET

    sources = {m.findtext("source") for m in
               ET.parse(ROOT / "resources" / "translations" / "workstation_fr.ts").getroot().iter("message")}
    # Single literals only (a literal split over lines is checked by lupdate itself).
    pattern = re.compile(r'(?:self\.tr\(|translate\("\w+",)\s*"((?:[^"\\]|\\.)+)"\s*[,)]')
    for path in (ROOT / "workstation" / "ui").glob("*.py"):
        for text in pattern.findall(path.read_text(encoding="utf-8")):
            text = text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            assert text in sources, f"{path.name}: {text!r} missing from the .ts (run scripts/translations.py)"


def test_window_in_french(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    assert translation.install("fr") == "fr"
    try:
        win = MainWindow(demo_store, locale="fr", demo=True, background_jobs=False)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert "&Fichier" in menus and "Ai&de" in menus
        assert win.sidebar.topLevelItem(0).text(0).startswith("À répondre")
        qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
        assert "avis" in win.count_label.text()
    finally:
        translation.install("en")
    win_en = MainWindow(demo_store, locale="en", demo=True, background_jobs=False)
    qtbot.addWidget(win_en)
    assert "&File" in [a.text() for a in win_en.menuBar().actions()]


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not read `self.tr('…')` inside an f-string: such a string stays English."""
    for path in (ROOT / "workstation" / "ui").glob("*.py"):
        assert "tr('" not in path.read_text(encoding="utf-8"), f"{path.name}: move the tr() call out of the f-string"
