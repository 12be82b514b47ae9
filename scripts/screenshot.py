"""Regenerate docs/screenshot.png: the demo inbox as a user first sees it.

Usage: python scripts/screenshot.py [--lang en|fr] [--out docs/screenshot.png]
Runs offscreen unless a display is set (use xvfb-run for a real window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshot.png")
    parser.add_argument("--view", default="needs_reply")
    parser.add_argument("--reply", action="store_true", help="open the reply composer on the selected review")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.app import reset_demo_db
    from workstation.store import Store
    from workstation.ui import translation
    from workstation.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    translation.install(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        # Default window layout, not the one this user last saved.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        store = Store(reset_demo_db(tmp))
        # What a user sees a few seconds after start: the triage and deadlines are in.
        from workstation.analysis.pipeline import analyze_pending
        from workstation.metrics.deadlines import refresh_deadlines

        analyze_pending(store)
        refresh_deadlines(store)
        window = MainWindow(store, locale=args.lang, demo=True, background_jobs=False)
        window.resize(1400, 820)
        window.show()
        window.sidebar.select_view(args.view)
        window.move(2)
        if args.reply:
            window.open_composer()
            window.composer._use_suggestion(window.composer.suggestion_list.item(0))
        for _ in range(3):  # let deferred loading and layout settle
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.close()
        store.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
