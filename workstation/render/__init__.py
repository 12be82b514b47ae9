"""The rendering adapter: draws what `workstation.reports` says with Qt's drawing classes —
QtCharts images (`charts`), QTextDocument pages (`html`, `pages`) and the PDF file (`pdf`).

Why a package of its own, beside `workstation/ui` rather than inside it: the command line
draws the same PDF on a server without a display (a QApplication started offscreen), and
must not load the window to do it. So this is the one package outside `ui/` and `app.py`
allowed to import Qt, for drawing only: it never imports the window, the store, the
operations or the command line (import-linter). The window calls it directly; the command
line receives its PDF writer as a callable from the entry point (`workstation.__main__`),
so `ops` and `cli` stay Qt-free.
"""
