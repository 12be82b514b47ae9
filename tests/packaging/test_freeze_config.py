"""packaging/freeze_config.py: what the frozen build keeps, drops and strips."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("freeze_config", ROOT / "packaging" / "freeze_config.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fc = _load()


def _imported_modules() -> set[str]:
    """Every module named in an import statement anywhere under workstation/."""
    names: set[str] = set()
    for path in (ROOT / "workstation").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_no_module_the_app_imports_is_excluded() -> None:
    used = _imported_modules()
    clashes = {
        name for name in used for excluded in fc.EXCLUDES
        if name == excluded or name.startswith(excluded + ".")
    }
    assert not clashes


def test_every_used_qt_module_is_kept() -> None:
    qt = {n.split(".")[1] for n in _imported_modules() if n.startswith("PySide6.Qt")}
    assert qt <= fc.KEPT_QT_MODULES
    assert not {f"PySide6.{m}" for m in fc.KEPT_QT_MODULES} & set(fc.EXCLUDED_QT_MODULES)


def test_resources_land_at_the_bundle_root_for_both_lookups() -> None:
    pairs = fc.resource_datas()
    dests = {Path(dest) / Path(src).name for src, dest in pairs}
    # What the app reads at run time, relative to sys._MEIPASS.
    for needed in (
        "resources/analysis/categories.json", "resources/analysis/sentiment_fr.txt",
        "resources/templates/platform_limits.toml", "resources/translations/workstation_en.qm",
        "resources/translations/cli_fr.mo", "resources/icons/workstation-256.png",
    ):
        assert Path(needed) in dests
    assert not [d for d in dests if d.suffix in {".ts", ".po", ".svg", ".icns"}]
    # Every template file ships.
    templates = {p.relative_to(ROOT) for p in (ROOT / "resources" / "templates").rglob("*")
                 if p.is_file() and p.suffix != ".md"}
    assert templates <= dests


def test_resource_datas_of_a_custom_tree(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("", encoding="utf-8")
    assert fc.resource_datas(tmp_path) == [(str(tmp_path / "a" / "b" / "x.json"), "resources/a/b")]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("babel/locale-data/root.dat", True), ("babel/locale-data/fr.dat", True),
        ("babel/locale-data/fr_CA.dat", True), ("babel/locale-data/en_150.dat", True),
        ("babel/locale-data/de.dat", False), ("babel/locale-data/frr.dat", False),
        ("spacy/tokens/doc.pyx", False), ("spacy/tests/lang/x.json", False),
        ("thinc/backends/cpu_kernels.hh", True), ("py3langid/data/model.npz.xz", False),
        ("babel\\locale-data\\es.dat", False),
        ("holidays/locale/de/LC_MESSAGES/DE.mo", True),  # needed: a country's default language
        ("PySide6/Qt/translations/qtbase_fr.qm", True), ("PySide6/Qt/translations/qt_help_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False), ("PySide6/Qt/translations/qt_fa.qm", False),
        ("PySide6\\translations\\qtbase_ja.qm", False), ("PySide6/translations/qtbase_fr.qm", True),
    ],
)
def test_keep_data(dest: str, kept: bool) -> None:
    assert fc.keep_data(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True), ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True), ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True), ("PySide6/Qt/plugins/imageformats/qico.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False), ("PySide6\\Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False), ("PySide6/Qt/plugins/imageformats/qtiff.dll", False),
    ],
)
def test_keep_binary(dest: str, kept: bool) -> None:
    assert fc.keep_binary(dest) is kept
    assert (fc.filter_binaries([(dest, "src", "BINARY")]) != []) is kept


def test_required_files_exist_in_the_sources() -> None:
    generated = {"resources/analysis/langid-model.npz.xz"}  # written by langid_model_datas
    for name in fc.REQUIRED_FILES:
        if name.startswith("resources/") and name not in generated:
            assert (ROOT / name).is_file(), name


def test_langid_model_datas_writes_the_reduced_model(tmp_path: Path) -> None:
    [(source, dest)] = fc.langid_model_datas(tmp_path)
    assert dest == "resources/analysis"
    assert Path(source).name == "langid-model.npz.xz" and Path(source).stat().st_size < 1_500_000


def test_app_stack_imports_without_the_optional_extras() -> None:
    """What OPTIONAL_EXTRAS leaves out of the bundle is never needed by the app's code paths."""
    code = (
        "import sys\n"
        f"for name in {fc.OPTIONAL_EXTRAS!r}: sys.modules[name] = None  # as if not installed\n"
        "import httpx, jwt, spacy\n"
        "import workstation.sources.google_business, workstation.sync.source_sync\n"
        "from workstation.analysis import Analyzer\n"
        "print(Analyzer().analyze('Terrible service, I will sue you.').level)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "critical"


def test_info_plist_is_valid_and_versioned() -> None:
    plist = fc.info_plist()
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == fc.app_version()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleExecutable"] == fc.APP_NAME
    assert "@" not in str(plist)


def test_installer_is_per_user_and_keeps_data() -> None:
    iss = (ROOT / "packaging" / "windows" / "workstation.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{userprograms}" in iss
    assert "UninstallSilent" in iss and "MB_DEFBUTTON2" in iss  # default answer: keep data
    paths_py = (ROOT / "workstation" / "paths.py").read_text(encoding="utf-8")
    assert 'APP_NAME = "ReviewWorkstation"' in paths_py  # the data folder the uninstaller asks about


def test_strippable_on_non_elf_and_truncated(tmp_path: Path) -> None:
    (tmp_path / "t.so").write_bytes(b"\x7fELF\x02\x01" + b"\x00" * 10)
    (tmp_path / "x.txt").write_text("hello", encoding="utf-8")
    assert not fc.strippable(tmp_path / "t.so")
    assert not fc.strippable(tmp_path / "x.txt")
    assert not fc.strippable(tmp_path / "missing.so")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("gcc") or not shutil.which("strip"),
                    reason="needs Linux with gcc and binutils")
def test_strip_binaries_copies_and_strips_outside_qt(tmp_path: Path) -> None:
    src = tmp_path / "m.c"
    src.write_text("static int helper(void) { return 41; }\nint answer(void) { return helper() + 1; }\n",
                   encoding="utf-8")
    lib = tmp_path / "libm_test.so"
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", str(src), "-o", str(lib)], check=True)
    assert fc.strippable(lib)
    toc = [("spacy/libm_test.so", str(lib), "BINARY"), ("PySide6/libm_test.so", str(lib), "BINARY"),
           ("resources/x.json", str(src), "DATA")]
    out = fc.strip_binaries(toc, tmp_path / "cache")
    stripped = Path(out[0][1])
    assert stripped != lib and not fc.strippable(stripped)
    assert stripped.stat().st_size < lib.stat().st_size
    assert fc.strippable(lib)  # the venv's file is never modified
    assert out[1:] == toc[1:]
    assert fc.strip_binaries(toc, tmp_path / "cache")[0][1] == str(stripped)  # cached
    # Still loadable, and the exported function still answers.
    import ctypes

    assert ctypes.CDLL(str(stripped)).answer() == 42
    # What auditwheel repaired is left alone: libraries in `<pkg>.libs`, and their users
    # (RPATH into that folder); any other RPATH is no reason to skip.
    vendored = tmp_path / "numpy.libs" / "libvendored.so"
    vendored.parent.mkdir()
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", str(src), "-o", str(vendored)], check=True)
    user = tmp_path / "libuser.so"
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", "-Wl,-rpath,$ORIGIN/../numpy.libs", str(src), "-o", str(user)],
                   check=True)
    other = tmp_path / "libother.so"
    subprocess.run(["gcc", "-g", "-shared", "-fPIC", "-Wl,-rpath,$ORIGIN/lib", str(src), "-o", str(other)], check=True)
    assert (fc.strippable(vendored), fc.strippable(user), fc.strippable(other)) == (False, False, True)
    assert "libc.so.6" in fc.needed_libraries(Path(sys.executable).resolve()) and fc.needed_libraries(src) == []


@pytest.mark.parametrize("spec", ["workstation.spec", "hello.spec"])
def test_specs_are_valid_python_using_the_shared_config(spec: str) -> None:
    text = (ROOT / "packaging" / spec).read_text(encoding="utf-8")
    compile(text, spec, "exec")
    assert "excludes=list(fc.EXCLUDES)" in text
    assert "fc.strip_binaries(" in text and "fc.filter_datas(" in text
