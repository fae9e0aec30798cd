"""Stage ``read``: bytes from files or stdin into article texts, decoded the way Python reads text files.

Offsets in the graph are code points of the text *as read*: UTF-8 (a BOM is kept as a character, as
``Path.read_text`` keeps it), with universal newlines (``\\r\\n`` and ``\\r`` become ``\\n``; nothing else
changes). What is decoded, and what is refused with a one-line :class:`~graphbuild.errors.InputError`:

* UTF-8, the default; a UTF-8 BOM stays as U+FEFF at offset 0.
* UTF-16 and UTF-32 with a byte-order mark (the mark is dropped, as Python's ``utf-16`` codec drops it).
* Legacy Arabic encodings, when the bytes are not UTF-8: Windows-1256 (older Arabic archives), else
  ISO-8859-6, each accepted only when the decoded text is mostly Arabic letters and has no stray control
  characters; otherwise the error gives the byte offset of the first invalid UTF-8 sequence.
* Bytes that are mostly valid UTF-8 with a few invalid sequences (a corrupted or cut file) are refused with
  the offset, rather than read as Windows-1256 mojibake.
* Refused: known binary formats (PDF, PNG, JPEG, GIF, ZIP/DOCX, gzip, ...) by their magic bytes, NUL
  bytes (with a hint when the file looks like UTF-16 without a byte-order mark), and bytes that decode
  to nothing like text.

Files are read by :func:`graphbuild.rdfio.read_bytes`: devices (``/dev/zero``) are refused, and an article may
hold at most 64 MiB (``GRAPHBUILD_MAX_ARTICLE_BYTES``), before and after ``.gz`` decompression.

Empty and blank texts are *decoded* fine (``decode(b"")`` is ``""``); :func:`read_article` refuses a file
with nothing visible in it (see :func:`is_blank`), as ``graphbuild build`` does. The Python API
(``graphbuild.extract("")``) gives an empty but valid graph: the article node alone.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import InputError
from .rdfio import read_bytes

__all__ = ["Article", "decode", "is_blank", "read_article"]

_BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
                 b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "a program",
                 b"\x1f\x8b": "gzip-compressed (name it .gz to have it decompressed)",
                 b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "a Microsoft Office document (DOC/XLS)",
                 b"{\\rtf": "an RTF document", b"BZh": None, b"\xfd7zXZ\x00": "xz-compressed",
                 b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive", b"Rar!\x1a\x07": "a RAR archive",
                 b"OggS": "an Ogg file", b"ID3": "an MP3 file", b"\x00\x00\x01\x00": "an icon image",
                 b"SQLite format 3\x00": "an SQLite database", b"wOFF": "a web font", b"\x00asm": "WebAssembly"}
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV sound", b"AVI ": "an AVI video"}

#: byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

#: control characters that text files hold (tab, newlines, vertical tab, form feed, the DOS end-of-file mark)
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1a")
#: Latin letters that Windows-1256 places among its Arabic letters; many of them mean "not Windows-1256"
_CP1256_LATIN = frozenset("àâçèéêëîïôùûüœŒ")
_ESCAPED = re.compile("[\udc80-\udcff]")           # invalid UTF-8 bytes under 'surrogateescape'


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract from."""

    text: str
    id: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "-"


def decode(data: bytes, name: str) -> str:
    """Decode article bytes (see the module docstring), or raise ``InputError`` with a one-line reason."""
    _refuse_binary(data, name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_with_bom(data, encoding, name)
            break
    else:
        if b"\x00" in data:
            raise InputError(_nul_message(data, name))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            text = _legacy_arabic(data)
            if text is None:
                raise InputError(_invalid_utf8_message(data, error, name)) from None
    if "\x00" in text:
        raise InputError(f"'{name}' contains NUL characters (at character {text.index(chr(0))}): "
                         "not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_blank(text: str) -> bool:
    """True when the text shows nothing: only whitespace, BOMs, bidi and zero-width controls (or nothing)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def read_article(path: str | Path) -> Article:
    """Read one text article from a file (``-`` = stdin); an empty or blank file is refused."""
    name = str(path)
    text = decode(read_bytes(name, kind="article"), name)
    if is_blank(text):
        what = "empty" if not text else "blank (only whitespace or invisible characters)"
        raise InputError(f"'{name}' is {what}: nothing to extract")
    return Article(text=text, origin=name)


# ----------------------------------------------------------------------------------------------------------------


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            if magic == b"BZh" and data[4:10] != b"1AY&SY":
                continue  # "BZh" is also how a Latin text may begin; bzip2 has its block magic after it
            raise InputError(f"'{name}' is {what or 'bzip2-compressed'}, not a text article")
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        raise InputError(f"'{name}' is {_RIFF_KINDS[data[8:12]]}, not a text article")


def _decode_with_bom(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        kind = encoding.upper()
        raise InputError(f"'{name}' starts with a {kind} byte-order mark but is not valid {kind} "
                         f"(byte {error.start}: {error.reason})") from None


def _nul_message(data: bytes, name: str) -> str:
    at = data.index(b"\x00")
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2 == 0 and max(even, odd) >= 4 * max(1, min(even, odd)):
        order = "big-endian" if even > odd else "little-endian"
        return (f"'{name}' contains NUL bytes (first at byte {at}): it looks like UTF-16 ({order}) without a "
                "byte-order mark; save it as UTF-8")
    return f"'{name}' contains NUL bytes (first at byte {at}): not a text article"


def _invalid_utf8_message(data: bytes, error: UnicodeDecodeError, name: str) -> str:
    where = f"byte {error.start}: 0x{data[error.start]:02X}"
    if error.end >= len(data) and error.reason == "unexpected end of data":
        return f"'{name}' is not valid UTF-8: it ends in the middle of a character ({where}); is it truncated?"
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    if data.startswith(b"\xef\xbb\xbf") or _mostly_utf8(escaped, bad):
        return f"'{name}' is not valid UTF-8 ({where}; {bad:,} invalid byte{'s' * (bad != 1)} in all)"
    return f"'{name}' is not valid UTF-8 ({where}) and does not read as Windows-1256 or ISO-8859-6 Arabic either"


def _mostly_utf8(escaped: str, bad: int) -> bool:
    """Twice as many valid non-ASCII UTF-8 characters as invalid bytes: a UTF-8 file with some damage."""
    valid = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    return valid > 2 * bad


def _legacy_arabic(data: bytes) -> str | None:
    """Windows-1256 or ISO-8859-6, when the bytes decode to mostly Arabic letters; ``None`` otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        return None  # a UTF-8 byte-order mark: UTF-8 with damage
    escaped = data.decode("utf-8", "surrogateescape")
    if _mostly_utf8(escaped, len(_ESCAPED.findall(escaped))):
        return None  # damaged UTF-8, not a legacy encoding
    for encoding in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_arabic(text, encoding):
            return text
    return None


def _looks_arabic(text: str, encoding: str) -> bool:
    controls = sum(1 for c in text if c < " " and c not in _TEXT_CONTROLS or "\x7f" <= c <= "\x9f")
    if controls > len(text) // 100:
        return False  # binary data
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    if not letters or arabic * 2 <= len(letters):
        return False
    if encoding == "cp1256" and sum(1 for c in letters if c in _CP1256_LATIN) * 20 > arabic:
        return False  # é è ç ê among Arabic words: another Arabic code page (ISO-8859-6) read as Windows-1256
    return True
