"""Reading and writing RDF files: the format is guessed from the suffix, ``-`` is stdin or stdout.

Outputs are written atomically (a temporary file in the same folder, then a rename), so a crash never
leaves half a file behind.
"""
from __future__ import annotations

import gzip
import io
import os
import re
import stat
import sys
import tempfile
import zlib
from pathlib import Path
from typing import BinaryIO, Callable

from .errors import FormatError, InputError, OutputError

#: suffix -> (rdflib format name, pyoxigraph media type, holds named graphs)
FORMATS: dict[str, tuple[str, str, bool]] = {
    ".ttl": ("turtle", "text/turtle", False),
    ".nt": ("nt", "application/n-triples", False),
    ".nq": ("nquads", "application/n-quads", True),
    ".trig": ("trig", "application/trig", True),
    ".jsonld": ("json-ld", "application/ld+json", True),
}


def rdf_format(path: str | Path) -> str:
    """The RDF suffix of a path (``.ttl``, ``.nq``, …), looking through ``.gz``; ``-`` means Turtle."""
    name = str(path)
    if name == "-":
        return ".ttl"
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if not suffixes or suffixes[-1] not in FORMATS:
        known = " ".join(FORMATS)
        raise FormatError(f"cannot tell the RDF format of '{name}': use one of {known} (optionally .gz)")
    return suffixes[-1]


#: default size limits of one input, in bytes (after decompression); the environment variables override them
ARTICLE_LIMIT = 64 << 20          # one article file (text or HTML page), one JSON Lines record
GRAPH_LIMIT = 1 << 30             # one graph file (validate, view, query, stats), a query file
_LIMIT_VARIABLES = {"article": "GRAPHBUILD_MAX_ARTICLE_BYTES", "graph": "GRAPHBUILD_MAX_GRAPH_BYTES"}
_LIMIT_DEFAULTS = {"article": ARTICLE_LIMIT, "graph": GRAPH_LIMIT}
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def input_limit(kind: str = "graph") -> int:
    """The most bytes one input of this kind (``article`` or ``graph``) may hold, after decompression.

    ``GRAPHBUILD_MAX_ARTICLE_BYTES`` (default 64 MiB) and ``GRAPHBUILD_MAX_GRAPH_BYTES`` (default 1 GiB) set
    them: a number of bytes, optionally with K, M or G (binary units), e.g. ``200M``.
    """
    variable = _LIMIT_VARIABLES[kind]
    value = os.environ.get(variable, "").strip()
    if not value:
        return _LIMIT_DEFAULTS[kind]
    match = re.fullmatch(r"(\d+)\s*([kmg]?)(?:i?b)?", value, re.IGNORECASE)
    limit = int(match.group(1)) * _UNITS[match.group(2).lower()] if match else 0
    if limit <= 0:
        raise InputError(f"{variable} is not a positive number of bytes (like 67108864 or 64M): '{value}'")
    return limit


def size_text(count: int) -> str:
    """``64 MiB``, ``1 GiB``, ``1,500 bytes``: a size for messages, exact."""
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size and count % size == 0:
            return f"{count // size:,} {unit}"
    return f"{count:,} bytes"


def input_error(name: str, error: OSError) -> InputError:
    """The one-line ``InputError`` for an ``OSError`` met while opening or reading the input ``name``."""
    if isinstance(error, IsADirectoryError):
        return InputError(f"'{name}' is a directory, not a file")
    if isinstance(error, FileNotFoundError):
        return InputError(f"no such file: '{name}'")
    if isinstance(error, PermissionError):
        return InputError(f"permission denied: '{name}'")
    return InputError(f"cannot read '{name}': {error.strerror or error}")


def check_input(path: str | Path) -> None:
    """Raise ``InputError`` unless ``path`` exists and is a file or a FIFO (``-``, stdin, is always fine)."""
    name = str(path)
    if name == "-":
        return
    try:
        mode = os.stat(name).st_mode
    except OSError as error:
        raise input_error(name, error) from None
    if stat.S_ISDIR(mode):
        raise InputError(f"'{name}' is a directory, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "character" if stat.S_ISCHR(mode) else "block"
        raise InputError(f"'{name}' is a {kind} device, not a file: give a file, a pipe or '-' (stdin)")
    if stat.S_ISSOCK(mode):
        raise InputError(f"'{name}' is a socket, not a file")


def open_input(path: str | Path):
    """A binary stream over an input file (``-`` is stdin), refusing what cannot be an input.

    Regular files, FIFOs and process substitutions (``<(zcat x.gz)``) are read; directories and devices
    (``/dev/zero``, ``/dev/urandom``, a disk: endless or not text) are refused with an ``InputError``. Stdin is
    read whatever it is (a terminal, a pipe, a redirected file); the size limits bound it.
    """
    name = str(path)
    if name == "-":
        return sys.stdin.buffer
    check_input(name)
    try:
        return open(name, "rb", buffering=1 << 20)
    except OSError as error:
        raise input_error(name, error) from None


def read_bytes(path: str | Path, *, kind: str = "graph") -> bytes:
    """The bytes of an input file (``-`` reads stdin), decompressing ``.gz``.

    At most :func:`input_limit` bytes of ``kind`` (``article`` or ``graph``) are read, before and after
    decompression; a larger input, or a device (see :func:`open_input`), is refused with an ``InputError``.
    """
    name = str(path)
    limit = input_limit(kind)
    what = "'-' (stdin)" if name == "-" else f"'{name}'"
    stream = open_input(name)
    try:
        if stream is not sys.stdin.buffer:
            try:
                size = os.fstat(stream.fileno()).st_size
            except OSError:
                size = 0
            if size > limit:
                raise InputError(_too_large(what, f"holds {size_text(size)}, more than", kind, limit))
        data = stream.read(limit + 1)
    except OSError as error:
        raise input_error(name, error) from None
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if len(data) > limit:
        raise InputError(_too_large(what, "is larger than", kind, limit))
    if name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as unzipped:
                data = unzipped.read(limit + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"{what} is not valid gzip: {error}") from None
        if len(data) > limit:
            raise InputError(_too_large(what, "decompresses to more than", kind, limit))
    return data


def _too_large(what: str, how: str, kind: str, limit: int) -> str:
    noun = "an article" if kind == "article" else "a graph file"
    return f"{what} {how} the {size_text(limit)} limit for {noun} (set {_LIMIT_VARIABLES[kind]} to raise it)"


def _parse_error(path: str | Path, rdflib_format: str, media_type: str, data: bytes, error: Exception) -> str:
    """A one-line message for a file that rdflib could not parse: where (line, column) and why."""
    import json

    from rdflib.plugins.parsers.notation3 import BadSyntax

    where = why = None
    if isinstance(error, BadSyntax):  # Turtle, TriG, N3: rdflib knows the line, the offset and the reason
        text = error._str if isinstance(error._str, bytes) else str(error._str).encode("utf-8")
        start = text.rfind(b"\n", 0, error._i) + 1
        column = len(text[start:error._i].decode("utf-8", "replace")) + 1
        where, why = f"line {error.lines + 1}, column {column}", str(error._why)
    elif isinstance(error, json.JSONDecodeError):
        where, why = f"line {error.lineno}, column {error.colno}", error.msg
    else:  # N-Triples, N-Quads, …: rdflib says what, not where; pyoxigraph's parser says both
        try:
            import pyoxigraph

            for _ in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.from_media_type(media_type)):
                pass
        except SyntaxError as oxigraph_error:
            reason = str(oxigraph_error.msg if hasattr(oxigraph_error, "msg") else oxigraph_error)
            reason = re.sub(r"^Parser error (?:at|between) .*?: ", "", reason)
            why = re.sub(r" \(line \d+\)$", "", reason)
            if oxigraph_error.lineno:
                where = f"line {oxigraph_error.lineno}, column {oxigraph_error.offset or 1}"
        except Exception:  # noqa: BLE001 - only looking for a better message
            pass
    if why is None:
        why = " ".join(str(error).split()) or type(error).__name__
    why = " ".join(why.split())
    if len(why) > 300:
        why = why[:297] + "…"
    return f"cannot parse '{path}' as {rdflib_format}: " + (f"{where}: {why}" if where else why)


def load_graph(*paths: str | Path):
    """Parse RDF files into one rdflib ``Dataset`` (named graphs kept), format by suffix.

    Returns an ``rdflib.Dataset`` whose default graph is the union of all graphs read. A file that does not
    parse gives an ``InputError`` naming the line, the column and the reason.
    """
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    for path in paths:
        suffix = rdf_format(path)
        rdflib_format, media_type, quads = FORMATS[suffix]
        data = read_bytes(path, kind="graph")
        try:
            if quads:
                dataset.parse(data=data, format=rdflib_format)
            else:
                dataset.default_graph.parse(data=data, format=rdflib_format)
        except Exception as error:  # rdflib raises many unrelated types for bad input
            raise InputError(_parse_error(path, rdflib_format, media_type, data, error)) from error
    return dataset


def check_output_path(path: str | Path) -> None:
    """Raise ``OutputError`` when ``path`` cannot be written because of its folder: missing, or a file.

    ``-`` (stdout) is always fine. Call it before the work, so that a wrong ``--output`` fails at once.
    """
    name = str(path)
    if name == "-":
        return
    target = Path(name)
    if target.is_symlink():
        target = target.resolve()
    folder = target.parent if str(target.parent) else Path(".")
    if folder.is_dir():
        return
    for ancestor in (folder, *folder.parents):
        if ancestor.exists() and not ancestor.is_dir():
            raise OutputError(f"cannot write '{name}': '{ancestor}' is a file, not a folder")
    raise OutputError(f"cannot write '{name}': folder '{folder}' does not exist")


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (``-`` writes to stdout), gzip-compressing for ``.gz``."""
    write_atomic(path, lambda stream: stream.write(data))


def write_atomic(path: str | Path, dump: Callable[[BinaryIO], object]) -> None:
    """Call ``dump(stream)`` to write ``path`` atomically: into a temporary file beside it, synced, then renamed
    over it, so a crash or Ctrl-C never leaves a half-written file. ``-`` writes to stdout; a ``.gz`` name is
    gzip-compressed as it is written; a link is followed and kept; a FIFO or device is written in place."""
    name = str(path)
    compress = name.lower().endswith(".gz")

    def write(stream: BinaryIO) -> None:
        if compress:
            with gzip.GzipFile(fileobj=stream, mode="wb", mtime=0, filename="") as zipped:
                dump(zipped)
        else:
            dump(stream)

    if name == "-":
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    target = Path(name)
    if target.is_symlink():
        target = target.resolve()  # write the file the link points to, and keep the link
    if target.exists() and not target.is_file():  # a FIFO or a device (/dev/null) cannot be renamed over
        try:
            with open(target, "wb") as stream:
                write(stream)
        except OSError as error:
            raise OutputError(f"cannot write '{target}': {error.strerror or error}") from None
        return
    check_output_path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write '{name}': {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; an output is as readable as any file written with open()
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write '{name}': {error.strerror or error}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # interrupted (Ctrl-C): leave nothing behind
        raise


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically (see ``write_bytes_atomic``)."""
    write_bytes_atomic(path, text.encode("utf-8"))


