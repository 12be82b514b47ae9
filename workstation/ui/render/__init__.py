"""The rendering adapter: draws what `workstation.reports` says with Qt's drawing classes —
QtCharts images (`charts`), QTextDocument pages (`html`, `pages`) and the PDF file (`pdf`).

It lives in `ui/` because Qt stays inside `ui/` and `app.py`. The command line draws the
same PDF on a server without a display (a QApplication started offscreen) without loading
the window: it never imports this package itself, the entry point (`workstation.__main__`)
hands it the PDF writer as a callable, so `ops` and `cli` stay Qt-free. This package draws
only: it never imports the window's other modules, the store, the operations or the command
line (import-linter).
"""
