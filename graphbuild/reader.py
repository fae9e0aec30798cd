"""Stage ``read``: bytes from files or stdin into article texts, decoded the way Python reads text files.

Offsets in the graph are code points of the text *as read*: UTF-8 (a BOM is kept as a character, as
``Path.read_text`` keeps it), with universal newlines. UTF-16 with a BOM and Windows-1256 Arabic are
decoded too; anything else that is not text is refused with a clear error.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import InputError
from .rdfio import read_bytes

_BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP archive",
                 b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "a program"}


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
    """Decode article bytes (see the module docstring), or raise ``InputError``."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"'{name}' is {what}, not a text article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            text = _legacy_arabic(data)
            if text is None:
                raise InputError(f"'{name}' is not valid UTF-8 (byte {error.start}) nor Windows-1256 Arabic") from None
    if "\x00" in text:
        raise InputError(f"'{name}' contains NUL characters: not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _legacy_arabic(data: bytes) -> str | None:
    """Windows-1256, when the bytes decode to mostly Arabic letters."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return text if letters and arabic / len(letters) > 0.5 else None


def read_article(path: str | Path) -> Article:
    """Read one text article from a file (``-`` = stdin)."""
    name = str(path)
    return Article(text=decode(read_bytes(name), name), origin=name)
