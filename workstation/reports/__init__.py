"""Documents drawn for people: the monthly PDF report and its charts.

The one place outside `workstation/ui` allowed to use Qt, and only its drawing parts
(QtGui, QtCharts, a QApplication started offscreen): headless `workstation report
--format pdf` imports it normally, and it never imports the window (import-linter).
"""
