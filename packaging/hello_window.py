"""The peer for the bundle benchmark: a bare PySide6 window (QMainWindow + QTableView).

Frozen with the same excludes as the app; `--smoke-test` shows the window, prints
`smoke-test ok` once it is visible and exits, like the app's smoke test.
"""

from __future__ import annotations

import sys
import time


def main() -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(10, 5))
    window.setCentralWidget(view)
    window.show()
    window.repaint()
    if "--smoke-test" in sys.argv:
        print(f"smoke-test ok ({time.perf_counter() - started:.2f} s)", flush=True)
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
