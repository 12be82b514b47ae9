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
from typing import BinaryIO

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
# Imported only when installed, by code the app never runs (httpx's command-line client,
# typer's coloured help for spaCy's CLI); a test imports the app's stack without them.
OPTIONAL_EXTRAS = ("rich", "pygments", "markdown_it", "mdurl")
# Python packages that are installed in a dev venv but never needed at run time, and the
# test suites some libraries ship inside their package.
EXCLUDED_PACKAGES = (
    "tkinter", "_tkinter", "IPython", "matplotlib", "pandas", "scipy", "PIL", "torch",
    "tensorflow", "cupy", "jax", "mxnet", "pytest", "_pytest", "hypothesis", "mypy", "mypyc",
    "pip", "setuptools", "pkg_resources", "importlinter", "grimp", "vaderSentiment", "sphinx",
    "docutils", "lib2to3", "pydoc_data", "PyInstaller",
    "readline", "spacy.tests", "thinc.tests", "srsly.tests", "numpy.tests", "numpy.f2py", "numpy.distutils",
    *OPTIONAL_EXTRAS,
)
EXCLUDES = (*EXCLUDED_QT_MODULES, *EXCLUDED_PACKAGES)

# Data files dropped after analysis: build-time sources and locales the app never asks for.
# babel: the app formats dates only in "en" and "fr" (see metrics/sla_text.py, ui/format.py).
_KEPT_BABEL_LOCALE = re.compile(r"(root|en|fr)(_[A-Za-z0-9]+)*\.dat$")
_DROPPED_DATA_GLOBS = ("*.pyx", "*.pxd", "*.pxi", "*.cpp", "*.c", "*.h", "*.ts", "*/tests/*",
                       # py3langid's 97-language model: the bundle carries ours, cut down to
                       # the languages we ask about (see langid_model_datas).
                       "py3langid/data/model.npz.xz")

# Qt's own translations: the app speaks English and French (ui/translation.py loads qtbase_fr).
_KEPT_QT_TRANSLATION = re.compile(r"qt[a-z_]*?_(en|fr)\.qm$")
# Parts of Qt that PyInstaller's hooks collect but no desktop user of this app needs, dropped
# from both bundles. They form a closed set: nothing kept links to them (build.py checks it).
DROPPED_QT_BINARIES = (
    # The on-screen keyboard plugin, and the Qt Quick/QML stack only it pulls in (the OS
    # has its own touch keyboard).
    "*/platforminputcontexts/*qtvirtualkeyboardplugin*",
    "*Qt6VirtualKeyboard*", "*Qt6Quick*", "*Qt6Qml*",
    "*/QtVirtualKeyboard*.framework/*", "*/QtQuick*.framework/*", "*/QtQml*.framework/*",
    # Platforms for embedded devices without a desktop (framebuffer, EGL, VNC, Vulkan display).
    "*/platforms/*qeglfs*", "*/platforms/*qlinuxfb*", "*/platforms/*qvnc*", "*/platforms/*qvkkhrdisplay*",
    "*/platforms/*qminimalegl*", "*/egldeviceintegrations/*", "*Qt6EglFS*", "*Qt6EglFs*",
    # Image formats the app never reads (it shows PNG/SVG/ICO icons only).
    "*/imageformats/*qtiff*", "*/imageformats/*qwebp*", "*/imageformats/*qtga*", "*/imageformats/*qwbmp*",
)

# Qt's libraries are never touched: stripping them is known to break Qt (and the wheels
# ship them without debug info anyway).
_NEVER_STRIP = ("PySide6/", "shiboken6/")
_BINARY_KINDS = frozenset({"BINARY", "EXTENSION"})

# The resources/ tree ships whole except translation sources (.ts, .po: the .qm/.mo ship), docs for maintainers and the
# icon source/containers (the .ico/.icns are embedded in the exe/.app by the spec).
_RESOURCE_SKIP_SUFFIXES = frozenset({".ts", ".po", ".md", ".svg", ".ico", ".icns"})

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
    "resources/analysis/langid-model.npz.xz",
    "resources/triage/thresholds.json",  # the trained triage models (issue 17)
    "resources/triage/categories/model",
    "resources/triage/sentiment/model",
    # The reply check's sentence classifier (issue 18): since 18all the mean of three members.
    "resources/reply_check/ensemble.json",
    "resources/reply_check/seed18/reply_check/model",
    "resources/reply_check/seed19/reply_check/model",
    "resources/reply_check/seed20/reply_check/model",
    "resources/reply_check/thresholds.json",
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
    if dest.startswith(("PySide6/Qt/translations/", "PySide6/translations/")):  # Linux/macOS, Windows
        return bool(_KEPT_QT_TRANSLATION.fullmatch(dest.rsplit("/", 1)[1]))
    return True


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (bundle-relative path) belongs in the bundle."""
    dest = dest.replace("\\", "/")
    return not any(fnmatch.fnmatch(dest, pattern) for pattern in DROPPED_QT_BINARIES)


def filter_binaries(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the binaries of DROPPED_QT_BINARIES from a PyInstaller TOC."""
    return [entry for entry in entries if keep_binary(entry[0])]


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


def langid_model_datas(work_dir: Path) -> list[tuple[str, str]]:
    """py3langid's model restricted to the candidate languages of `langid.json`, written
    under `work_dir` and placed beside the other analysis resources (0.86 MB for 4.6 MB)."""
    import json

    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from workstation.analysis.language import LANGID_FILE, REDUCED_MODEL_FILE, write_reduced_model

    settings = json.loads((RESOURCES / "analysis" / LANGID_FILE).read_text(encoding="utf-8"))
    model = write_reduced_model(settings["candidates"], work_dir / "langid" / REDUCED_MODEL_FILE)
    return [(str(model), "resources/analysis")]


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


_DT_NEEDED, _DT_RPATH, _DT_RUNPATH = 1, 15, 29
_STRIP_OPTION = "--strip-unneeded"  # part of the cache key: a changed policy re-strips


def _elf_sections(fh: BinaryIO) -> tuple[str, dict[bytes, tuple[int, int]]]:
    """(struct byte order, {section name: (file offset, size)}) of a 64-bit ELF file."""
    ident = fh.read(64)
    if len(ident) < 64 or ident[:4] != b"\x7fELF" or ident[4] != 2:  # 64-bit only
        raise ValueError("not a 64-bit ELF file")
    end = "<" if ident[5] == 1 else ">"
    shoff = struct.unpack_from(end + "Q", ident, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", ident, 0x3A)
    fh.seek(shoff)
    table = fh.read(shentsize * shnum)
    if shstrndx >= shnum or len(table) < shentsize * shnum:
        raise ValueError("truncated section table")
    str_off, str_size = struct.unpack_from(end + "QQ", table, shstrndx * shentsize + 0x18)
    fh.seek(str_off)
    names = fh.read(str_size)
    sections: dict[bytes, tuple[int, int]] = {}
    for i in range(shnum):
        name_at = struct.unpack_from(end + "I", table, i * shentsize)[0]
        offset, size = struct.unpack_from(end + "QQ", table, i * shentsize + 0x18)
        sections[names[name_at : names.find(b"\0", name_at)]] = (offset, size)
    return end, sections


def _dynamic_strings(
    fh: BinaryIO, end: str, sections: dict[bytes, tuple[int, int]], tags: tuple[int, ...]
) -> list[bytes]:
    """The string values of the dynamic section's entries with one of `tags`."""
    if b".dynamic" not in sections or b".dynstr" not in sections:
        return []
    (dyn_off, dyn_size), (str_off, str_size) = sections[b".dynamic"], sections[b".dynstr"]
    fh.seek(dyn_off)
    dynamic = fh.read(dyn_size)
    fh.seek(str_off)
    strings = fh.read(str_size)
    found = []
    for at in range(0, len(dynamic) - 15, 16):
        tag, value = struct.unpack_from(end + "qQ", dynamic, at)
        if tag in tags:
            found.append(strings[value : strings.find(b"\0", value)])
    return found


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF file ([] for anything else)."""
    try:
        with path.open("rb") as fh:
            end, sections = _elf_sections(fh)
            return [name.decode() for name in _dynamic_strings(fh, end, sections, (_DT_NEEDED,))]
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        return []


def strippable(path: Path) -> bool:
    """Whether `strip` may shrink this file: a 64-bit ELF carrying a static symbol table or
    `.debug_*` sections, and not repaired by auditwheel. Auditwheel's patchelf moves the
    vendored `<pkg>.libs` libraries and their users around (numpy's OpenBLAS, its C
    extensions), and binutils' strip then corrupts them ("ELF load command address/offset
    not page-aligned"); they are recognised by their folder or their RPATH into it."""
    if path.parent.name.endswith(".libs"):
        return False
    try:
        with path.open("rb") as fh:
            end, sections = _elf_sections(fh)
            if any(b".libs" in entry for entry in _dynamic_strings(fh, end, sections, (_DT_RPATH, _DT_RUNPATH))):
                return False
    except (OSError, ValueError, struct.error):
        return False
    return b".symtab" in sections or any(name.startswith(b".debug_") for name in sections)


def strip_binaries(
    entries: Iterable[tuple[str, str, str]], cache_dir: Path
) -> list[tuple[str, str, str]]:
    """Point binaries outside Qt at `strip --strip-unneeded` copies (Linux).

    Python and several wheels (spaCy, blis, thinc, cryptography) ship DWARF data or a full
    static symbol table: useless to users. `--strip-unneeded` keeps the code and the dynamic
    symbols a shared library is loaded by (what distributions do to every `.so`). The copies
    are cached by strip option, source path, size and mtime so rebuilds stay fast.
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
            and strippable(source)
        ):
            stat = source.stat()
            key = hashlib.sha1(f"{_STRIP_OPTION}:{source}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()
            target = cache_dir / key[:16] / source.name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(target.name + ".part")
                shutil.copy2(source, partial)
                subprocess.run([strip, _STRIP_OPTION, str(partial)], check=True)
                partial.replace(target)
            src = str(target)
        out.append((dest, src, kind))
    return out
