"""Turn the bytes of an export file into text: BOM, then strict UTF-8, then line by line.

A file that is not UTF-8 as a whole is decoded one line at a time: UTF-8 where the line
is valid UTF-8, else Windows-1252. Files pasted together from two tools mix both (a UTF-8
export with lines appended by an old spreadsheet); decoding the whole file as Windows-1252
would silently turn "Zoë" into "ZoÃ«". A UTF-8 line of accented text is practically never
also a plausible Windows-1252 line, so the per-line guess is safe.

UTF-16 without a BOM is recognised by its pattern of zero bytes, because some tools
write it that way. Binary files are refused early so they never reach the parsers.
"""

from __future__ import annotations

import codecs

from workstation.importers.errors import ImportFormatError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_SAMPLE = 65_536
# Text files may hold a few stray control characters (hostile reviews do); binaries hold many.
_MAX_CONTROL_RATIO = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode file content; returns (text, encoding name).

    Raises:
        ImportFormatError: empty, binary, truncated UTF-16 or undecodable content.
    """
    # Look at the head first so a large file is not copied just to check it is blank.
    if not data[:4096].strip() and not data.strip():
        raise ImportFormatError("empty_file", name=name)
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom) :], label, codec, name), label
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _decode_unicode(data, utf16, utf16, name), utf16
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _decode_per_line(data, name)
    _refuse_binary(text, name)
    return text, encoding


def _decode_per_line(data: bytes, name: str) -> tuple[str, str]:
    """Each line as UTF-8 if it is valid UTF-8, else as Windows-1252; the encoding is
    'cp1252' when no line needed UTF-8, 'utf-8+cp1252' for a mixed file."""
    if data.decode("utf-8", errors="ignore").isascii():
        # Not one well-formed UTF-8 multi-byte character (dropping the invalid bytes leaves
        # only ASCII): plain Windows-1252, decoded in one call.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise ImportFormatError("bad_encoding", name=name) from None
    parts: list[str] = []
    utf8_lines = 0
    for line in data.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            try:
                parts.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                raise ImportFormatError("bad_encoding", name=name) from None
    return "".join(parts), "utf-8+cp1252" if utf8_lines else "cp1252"


def _decode_unicode(body: bytes, label: str, codec: str, name: str) -> str:
    if codec in ("utf-16", "utf-32"):
        codec = label  # decode without expecting another BOM
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        key = "truncated_utf16" if codec.startswith("utf-16") else "bad_encoding"
        raise ImportFormatError(key, name=name) from None
    if not text.strip():
        raise ImportFormatError("empty_file", name=name)
    _refuse_binary(text, name)
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of mostly-ASCII text is zero."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.7 and even_zero < 0.1:
        return "utf-16-le"
    if even_zero > 0.7 and odd_zero < 0.1:
        return "utf-16-be"
    return None


def _refuse_binary(text: str, name: str) -> None:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > len(sample) * _MAX_CONTROL_RATIO:
        raise ImportFormatError("binary", name=name)
