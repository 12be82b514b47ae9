"""scripts/make_icons.py: the committed icons are valid containers, regeneration works."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.gui  # renders SVG through Qt

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


mi = _load()


def test_committed_pngs_have_their_sizes() -> None:
    for size in mi.PNG_SIZES:
        assert mi.png_size((ICONS / f"workstation-{size}.png").read_bytes()) == (size, size)


def test_committed_ico_holds_every_size_as_png() -> None:
    entries = mi.read_ico((ICONS / "workstation.ico").read_bytes())
    assert [size for size, _ in entries] == list(mi.ICO_SIZES)
    for size, blob in entries:
        assert mi.png_size(blob) == (size, size)


def test_committed_icns_has_retina_entries() -> None:
    entries = dict(mi.read_icns((ICONS / "workstation.icns").read_bytes()))
    expected = dict(mi.ICNS_TYPES)
    assert set(entries) == set(expected)
    for kind, blob in entries.items():
        assert mi.png_size(blob) == (expected[kind], expected[kind])
    assert mi.png_size(entries["ic10"]) == (1024, 1024)  # 512@2x for Retina


def test_icons_stay_small() -> None:
    total = sum(p.stat().st_size for p in ICONS.iterdir() if p.is_file())
    assert total < 300_000


def test_generate_is_deterministic_and_matches_the_layout(tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in mi.generate(out_dir=tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in mi.generate(out_dir=tmp_path / "b")}
    assert first == second
    committed = {p.name for p in ICONS.iterdir() if p.suffix in {".png", ".ico", ".icns"}}
    assert set(first) == committed


@pytest.mark.qt_log_ignore("Cannot read file")  # the broken SVG is the point of the test
def test_unreadable_source_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg", encoding="utf-8")
    assert mi.main(["--source", str(bad), "--out", str(tmp_path / "out")]) == 1


@pytest.mark.parametrize(
    "data",
    [b"", b"icns\x00\x00\x00\x07", b"icns\x00\x00\x00\x10ic07\x00\x00\x00\x20", b"icnX\x00\x00\x00\x08"],
)
def test_read_icns_rejects_malformed(data: bytes) -> None:
    with pytest.raises(mi.IconError):
        mi.read_icns(data)


def test_read_ico_rejects_entry_past_the_end() -> None:
    data = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, 999, 22)
    with pytest.raises(mi.IconError):
        mi.read_ico(data)


def test_ico_refuses_oversized_entries() -> None:
    with pytest.raises(mi.IconError):
        mi.ico_bytes({512: b""})


def test_rendering_leaves_an_application_that_widgets_can_use(tmp_path: Path) -> None:
    """A bare QGuiApplication left behind aborted the interpreter at the next widget test."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    mi.render_pngs(mi.SOURCE, {16})
    assert isinstance(QCoreApplication.instance(), QApplication)
