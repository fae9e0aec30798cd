"""Reading and writing RDF files: the format is guessed from the suffix, ``-`` is stdin or stdout.

Outputs are written atomically (a temporary file in the same folder, then a rename), so a crash never
leaves half a file behind.
"""
from __future__ import annotations

import gzip

import os
import sys
import tempfile
from pathlib import Path


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


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a file (``-`` reads stdin), decompressing ``.gz``."""
    name = str(path)
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(name).read_bytes()
    except IsADirectoryError:
        raise InputError(f"'{name}' is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(f"no such file: '{name}'") from None
    except PermissionError:
        raise InputError(f"permission denied: '{name}'") from None
    except OSError as error:
        raise InputError(f"cannot read '{name}': {error.strerror or error}") from None
    if name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(f"'{name}' is not valid gzip: {error}") from None
    return data


def load_graph(*paths: str | Path):
    """Parse RDF files into one rdflib ``Dataset`` (named graphs kept), format by suffix.

    Returns an ``rdflib.Dataset`` whose default graph is the union of all graphs read.
    """
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    for path in paths:
        suffix = rdf_format(path)
        rdflib_format = FORMATS[suffix][0]
        data = read_bytes(path)
        try:
            if FORMATS[suffix][2]:
                dataset.parse(data=data, format=rdflib_format)
            else:
                dataset.default_graph.parse(data=data, format=rdflib_format)
        except Exception as error:  # rdflib raises many unrelated types for bad input
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise InputError(f"cannot parse '{path}' as {rdflib_format}: {first_line}") from error
    return dataset


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (``-`` writes to stdout), gzip-compressing for ``.gz``."""
    name = str(path)
    if name.lower().endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    if name == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(name)
    if target.is_symlink():
        target = target.resolve()  # write the file the link points to, and keep the link
    if target.exists() and not target.is_file():
        _write_in_place(target, data)  # a FIFO or a device (/dev/null) cannot be renamed over
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write '{name}': folder '{folder}' does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write '{name}': {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
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


def _write_in_place(target: Path, data: bytes) -> None:
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise OutputError(f"cannot write '{target}': {error.strerror or error}") from None


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically (see ``write_bytes_atomic``)."""
    write_bytes_atomic(path, text.encode("utf-8"))


