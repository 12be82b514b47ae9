"""Render the app icons (.png sizes, Windows .ico, macOS .icns) from the one source SVG.

    python scripts/make_icons.py            # rewrites resources/icons/
    python scripts/make_icons.py --out DIR  # somewhere else

The .ico and .icns containers are written here (PNG-compressed entries, which Windows
Vista+ and macOS 10.7+ read), so no image tool beyond Qt is needed and the output is the
same on every OS. Rendering uses QtSvg offscreen; no display is required.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
SOURCE = ICON_DIR / "workstation.svg"
NAME = "workstation"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry type → pixel size (the @2x types reuse the next size up).
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
    ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class IconError(ValueError):
    """The source image cannot be rendered, or an icon container is malformed."""


def render_pngs(source: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of `source` rendered square at each size (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # QSvgRenderer and QPainter need a Gui application object; reuse one if running.
    # A QApplication (not a bare QGuiApplication): one process holds one application
    # object for its whole life, and widgets created later in the same process (the test
    # suite, a screenshot run) abort the interpreter under a QGuiApplication.
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise IconError(f"{source}: not a readable SVG")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs ask for bytes, but PySide6 6.12 rejects bytes here and wants str.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise IconError(f"cannot encode a {size}px PNG")
        pngs[size] = bytes(data.data())
    return pngs


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    if len(data) < 24 or not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        raise IconError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed 32-bit entry per size (≤ 256)."""
    sizes = sorted(pngs)
    if not sizes or sizes[-1] > 256:
        raise IconError("an .ico holds 1 to 256 px entries")
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(declared size, PNG bytes) for each entry of an .ico written by `ico_bytes`."""
    if len(data) < 6:
        raise IconError("truncated .ico")
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1 or count == 0:
        raise IconError("not an .ico")
    out = []
    for i in range(count):
        raw = data[6 + 16 * i : 22 + 16 * i]
        if len(raw) < 16:
            raise IconError("truncated .ico directory")
        side, _h, _c, _r, _planes, _bits, length, offset = struct.unpack("<BBBBHHII", raw)
        blob = data[offset : offset + length]
        if len(blob) != length:
            raise IconError("entry beyond end of file")
        out.append((side or 256, blob))
    return out


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG entries for every type in ICNS_TYPES."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size not in pngs:
            raise IconError(f".icns needs a {size}px image")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> list[tuple[str, bytes]]:
    """(type, payload) for each entry of an .icns."""
    if len(data) < 8 or data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise IconError("not an .icns (bad magic or length)")
    out, pos = [], 8
    while pos < len(data):
        if pos + 8 > len(data):
            raise IconError("truncated .icns entry header")
        kind = data[pos : pos + 4].decode("ascii", "replace")
        length = struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        if length < 8 or pos + length > len(data):
            raise IconError(f"bad length for .icns entry {kind}")
        out.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return out


def generate(source: Path = SOURCE, out_dir: Path = ICON_DIR) -> list[Path]:
    """Write every icon file into `out_dir`; returns the paths written."""
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = render_pngs(source, needed)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out_dir / f"{NAME}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    targets = {
        out_dir / f"{NAME}.ico": ico_bytes({s: pngs[s] for s in ICO_SIZES}),
        out_dir / f"{NAME}.icns": icns_bytes(pngs),
    }
    for path, data in targets.items():
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icons from the source SVG.")
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=ICON_DIR)
    args = parser.parse_args(argv)
    try:
        written = generate(args.source, args.out)
    except (IconError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"{path.stat().st_size:>8} B  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
