"""What the reports say, as plain data: the monthly report's sections, tables, texts and
chart series (`document`, `figures`, `monthly`), and how a headline figure is written
(`numbers`).

Pure Python, no Qt (import-linter): the command line, the window and the tests build and
inspect a report without a display. Drawing it — QTextDocument pages, QtCharts images, the
PDF file — is the rendering adapter's job, `workstation.ui.render`, which the window calls
directly and the command line receives as a callable from its entry point.
"""
