"""Regenerate docs/screenshot.png: the demo inbox as a user first sees it.

Usage: python scripts/screenshot.py [--lang en|fr] [--out docs/screenshot.png] [--size 1280x800]
                                    [--reply | --mapping]
    --all DIR   writes every screen in both languages into DIR (docs/screens/<screen>_<lang>.png)
Runs offscreen unless a display is set; for real fonts and window sizes use
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb python scripts/screenshot.py --all docs/screens
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

_UNKNOWN_LAYOUT = (
    "Qui;Ce qu'il en dit;Combien;Jour;Boutique\n"
    "Léa Martin;Accueil chaleureux et pain excellent, je reviendrai avec plaisir;4;24/11/2026;Lyon\n"
    "Max;Attente interminable et café froid, dommage;2;23/11/2026;Lyon\n"
    "Zoé;Très bon mais un peu cher pour la taille des parts;huit;22/11/2026;Paris\n"
    "Hugo;Les croissants du dimanche sont parfaits;5;21/11/2026;Paris\n"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshot.png")
    parser.add_argument("--view", default="needs_reply")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--reply", action="store_true", help="open the reply composer on the selected review")
    parser.add_argument("--mapping", action="store_true", help="the import's mapping step for an unknown layout")
    parser.add_argument("--all", type=Path, metavar="DIR", help="every screen, both languages, into DIR")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    width, height = (int(n) for n in args.size.split("x"))
    if args.all is not None:
        for lang in ("en", "fr"):
            for screen in ("inbox", "reply", "mapping"):
                shoot(app, lang, screen, args.all / f"{screen}_{lang}.png", args.view, (width, height))
        return 0
    screen = "mapping" if args.mapping else "reply" if args.reply else "inbox"
    shoot(app, args.lang, screen, args.out, args.view, (width, height))
    return 0


def shoot(app: object, lang: str, screen: str, out: Path, view: str, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.app import reset_demo_db
    from workstation.store import Store
    from workstation.ui import translation
    from workstation.ui.main_window import MainWindow

    assert isinstance(app, QApplication)
    translation.install(lang)
    with tempfile.TemporaryDirectory() as tmp:
        # Default window layout, not the one this user last saved.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        store = Store(reset_demo_db(tmp))
        # What a user sees a few seconds after start: the triage and deadlines are in.
        from workstation.analysis.pipeline import analyze_pending
        from workstation.metrics.deadlines import refresh_deadlines

        analyze_pending(store)
        refresh_deadlines(store)
        window = MainWindow(store, locale=lang, demo=True, background_jobs=False)
        window.resize(*size)
        window.show()
        window.sidebar.select_view(view)
        window.move(2)  # select a review, as a user reading the list would
        target = window
        if screen == "reply":
            window.open_composer()
            window.composer._use_suggestion(window.composer.suggestion_list.item(0))
        elif screen == "mapping":
            target = mapping_dialog(window, Path(tmp), lang)
        for _ in range(3):  # let deferred loading and layout settle
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        save_small(target.grab().toImage(), out)
        target.close()
        window.close()
        store.close()
    print(f"wrote {out}")


def save_small(image: object, out: Path) -> None:
    """256 colours and the strongest compression: a screen of flat colours stays sharp and small."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(out), "PNG", 0)


def mapping_dialog(window: object, folder: Path, lang: str) -> object:
    """The mapping step as File → Import opens it for a file with unknown columns."""
    from workstation.importers import detect_mapping, read_table
    from workstation.ui.mapping_dialog import MappingDialog

    path = folder / "avis boutique.csv"
    path.write_text(_UNKNOWN_LAYOUT, encoding="utf-8")
    table = read_table(path)
    guess, _ = detect_mapping(table)
    dialog = MappingDialog(table, guess, path.name, window, locale=lang)  # type: ignore[arg-type]
    combos = {field.value: combo for field, combo in dialog.combos.items()}
    for field, column in (("stars", "Combien"), ("author", "Qui")):  # what the user picks by hand
        combos[field].setCurrentIndex(combos[field].findText(column))
    dialog.show()
    return dialog


if __name__ == "__main__":
    sys.exit(main())
