"""What goes into the frozen build: excludes, data files, metadata, hidden imports.

Shared by `workstation.spec` (the app) and `hello.spec` (the peer window the bench compares
against) so that both are built with exactly the same excludes. Pure Python except
`collect_*`, which import PyInstaller lazily: the tests read the lists without it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = REPO_ROOT / "resources"
ICONS = RESOURCES / "icons"
APP_NAME = "workstation"  # executable and bundle folder name
CLI_NAME = "workstation-cli"  # Windows only: console twin of the windowed exe
DISPLAY_NAME = "Review Workstation"
BUNDLE_ID = "org.reviewworkstation.workstation"

# Qt modules the app uses or is about to use (charts, PDF printing, QLocalServer).
KEPT_QT_MODULES = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtCharts", "QtPrintSupport"}
)
# Everything else PySide6 ships. PyInstaller's hooks already collect only imported modules;
# listing them also stops an indirect import (a plugin, a helper) from dragging them in.
EXCLUDED_QT_MODULES = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDBus", "QtDataVisualization",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
        "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQmlFeatures",
        "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
        "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
        "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
        "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
        "QtWebSockets", "QtWebView", "QtXml",
    )
)
# Python packages that are installed in a dev venv but never needed at run time, and the
# test suites some libraries ship inside their package.
EXCLUDED_PACKAGES = (
    "tkinter", "_tkinter", "IPython", "matplotlib", "pandas", "scipy", "PIL", "torch",
    "tensorflow", "cupy", "jax", "mxnet", "pytest", "_pytest", "hypothesis", "mypy", "mypyc",
    "pip", "setuptools", "pkg_resources", "importlinter", "grimp", "vaderSentiment", "sphinx",
    "docutils", "lib2to3", "pydoc_data", "PyInstaller",
    "readline", "spacy.tests", "thinc.tests", "srsly.tests", "numpy.tests", "numpy.f2py", "numpy.distutils",
)
EXCLUDES = (*EXCLUDED_QT_MODULES, *EXCLUDED_PACKAGES)

# Data files dropped after analysis: build-time sources and locales the app never asks for.
# babel: the app formats dates only in "en" and "fr" (see metrics/sla_text.py, ui/format.py).
_KEPT_BABEL_LOCALE = re.compile(r"(root|en|fr)(_[A-Za-z0-9]+)*\.dat$")
_DROPPED_DATA_GLOBS = ("*.pyx", "*.pxd", "*.pxi", "*.cpp", "*.c", "*.h", "*.ts", "*/tests/*")

# Qt's libraries are never touched: stripping them is known to break Qt (and the wheels
# ship them without debug info anyway).
_NEVER_STRIP = ("PySide6/", "shiboken6/")
_BINARY_KINDS = frozenset({"BINARY", "EXTENSION"})

# The resources/ tree ships whole except translation sources, docs for maintainers and the
# icon source/containers (the .ico/.icns are embedded in the exe/.app by the spec).
_RESOURCE_SKIP_SUFFIXES = frozenset({".ts", ".md", ".svg", ".ico", ".icns"})

# Distribution metadata read through importlib.metadata at run time (spaCy checks
# versions and reads entry points for its registries; catalogue/confection likewise).
METADATA_PACKAGES = ("spacy", "thinc", "catalogue", "confection", "srsly", "pydantic", "weasel")
DATA_PACKAGES = ("spacy", "thinc", "py3langid", "holidays", "babel")

# Files the frozen app must contain; checked after every build (bench, test, CI).
REQUIRED_FILES = (
    "resources/analysis/categories.json",
    "resources/analysis/langid.json",
    "resources/templates/platform_limits.toml",
    "resources/translations/workstation_fr.qm",
    "py3langid/data/model.npz.xz",
    "babel/locale-data/root.dat",
    "babel/locale-data/en.dat",
    "babel/locale-data/fr.dat",
    "holidays/locale/fr/LC_MESSAGES/FR.mo",
)


def resource_datas(root: Path = RESOURCES) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs placing `resources/` at the bundle root.

    At the root, both lookups work: `paths.resources_dir()` reads `sys._MEIPASS/resources`
    and the analysis/replies modules compute `parents[2] / "resources"` from their
    `__file__`, which PyInstaller sets to `sys._MEIPASS/workstation/<pkg>/<mod>.pyc`.
    """
    pairs: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix not in _RESOURCE_SKIP_SUFFIXES:
            dest = Path("resources") / path.parent.relative_to(root)
            pairs.append((str(path), dest.as_posix()))
    return pairs


def keep_data(dest: str) -> bool:
    """Whether a collected data file (bundle-relative path) belongs in the bundle."""
    dest = dest.replace("\\", "/")
    if any(fnmatch.fnmatch(dest, pattern) for pattern in _DROPPED_DATA_GLOBS):
        return False
    if dest.startswith("babel/locale-data/"):
        return bool(_KEPT_BABEL_LOCALE.fullmatch(dest.rsplit("/", 1)[1]))
    return True


def filter_datas(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unwanted entries from a PyInstaller TOC of (dest, source, kind) tuples."""
    return [entry for entry in entries if keep_data(entry[0])]


def third_party_datas() -> list[tuple[str, str]]:
    """Package data and metadata the libraries need (PyInstaller imported here only)."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    pairs: list[tuple[str, str]] = []
    for package in DATA_PACKAGES:
        pairs += collect_data_files(package)
    for package in METADATA_PACKAGES:
        pairs += copy_metadata(package)
    return pairs


def hidden_imports() -> list[str]:
    """Modules imported by name at run time, invisible to PyInstaller's static analysis."""
    from PyInstaller.utils.hooks import collect_submodules

    # spaCy resolves languages through its registry (spacy.blank); holidays imports each
    # country module by name when asked for it.
    return [
        "spacy.lang.en",
        "spacy.lang.fr",
        "spacy.lang.xx",
        *collect_submodules("holidays.countries"),
        *collect_submodules("holidays.financial"),
    ]


def app_version(pyproject: Path = REPO_ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: one number for the exe, Info.plist and installer."""
    import tomllib

    return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])


def info_plist(template: Path = Path(__file__).parent / "macos" / "Info.plist.in") -> dict[str, object]:
    """The macOS Info.plist keys, from the template with name, id and version filled in."""
    import plistlib

    text = template.read_text(encoding="utf-8")
    for key, value in {
        "@NAME@": DISPLAY_NAME,
        "@EXECUTABLE@": APP_NAME,
        "@BUNDLE_ID@": BUNDLE_ID,
        "@VERSION@": app_version(),
    }.items():
        text = text.replace(key, value)
    data = plistlib.loads(text.encode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{template}: top level must be a dict")
    return data


def has_debug_info(path: Path) -> bool:
    """Whether an ELF file carries `.debug_*` sections (False for anything not ELF)."""
    try:
        with path.open("rb") as fh:
            ident = fh.read(64)
            if len(ident) < 64 or ident[:4] != b"\x7fELF" or ident[4] != 2:  # 64-bit only
                return False
            end = "<" if ident[5] == 1 else ">"
            shoff = struct.unpack_from(end + "Q", ident, 0x28)[0]
            shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", ident, 0x3A)
            fh.seek(shoff)
            table = fh.read(shentsize * shnum)
            if shstrndx >= shnum or len(table) < shentsize * shnum:
                return False
            str_off, str_size = struct.unpack_from(end + "QQ", table, shstrndx * shentsize + 0x18)
            fh.seek(str_off)
            names = fh.read(str_size)
    except (OSError, struct.error):
        return False
    for i in range(shnum):
        name_at = struct.unpack_from(end + "I", table, i * shentsize)[0]
        if names[name_at : name_at + 7] == b".debug_":
            return True
    return False


def strip_debug_info(
    entries: Iterable[tuple[str, str, str]], cache_dir: Path
) -> list[tuple[str, str, str]]:
    """Point binaries that carry debug info at stripped copies (Linux, outside Qt).

    Python and several wheels (spaCy, blis, thinc) ship with DWARF data: ~60 % of their
    size and useless to users. `strip --strip-debug` keeps code and symbols intact; the
    copies are cached by source path, size and mtime so rebuilds stay fast.
    """
    entries = list(entries)
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return entries
    out: list[tuple[str, str, str]] = []
    for dest, src, kind in entries:
        source = Path(src)
        if (
            kind in _BINARY_KINDS
            and not dest.replace("\\", "/").startswith(_NEVER_STRIP)
            and has_debug_info(source)
        ):
            stat = source.stat()
            key = hashlib.sha1(f"{source}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()
            target = cache_dir / key[:16] / source.name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(target.name + ".part")
                shutil.copy2(source, partial)
                subprocess.run([strip, "--strip-debug", str(partial)], check=True)
                partial.replace(target)
            src = str(target)
        out.append((dest, src, kind))
    return out
