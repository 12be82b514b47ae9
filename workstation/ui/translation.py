"""Installing the Qt translator for the chosen UI language (FR/EN)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workstation.paths import resources_dir

SUPPORTED = ("en", "fr")
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language the window is shown in (set by `install`)."""
    return _current[0]


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in SUPPORTED else "en"


def install(language: str) -> str:
    """Load our `.qm` and Qt's own for `language`; returns the language in effect."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in SUPPORTED else "en"
    _current[0] = language
    ours = QTranslator(app)  # English too: it holds the plural forms of "%n review(s)"
    if ours.load(str(resources_dir() / "translations" / f"workstation_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
