"""Corpus input: files, folders, globs, stdin, ``.gz``, JSON Lines and HTML pages, read into ``Article`` records.

    plan_inputs(["news/", "dump-*.jsonl.gz", "-"])  ->  [Source, ...]      (raises InputError up front)
    read_source(source, fields)                     ->  iterator of Item   (never raises for bad content)

``plan_inputs`` expands every input before any work starts, so a missing path, a device (``/dev/zero``) or a
folder with no articles stops the run at once with one clear error. ``read_source`` then reads one source lazily;
an unreadable file, a malformed JSON Lines record or one longer than the article size limit (64 MiB, see
:func:`graphbuild.rdfio.input_limit`) becomes an :class:`Item` with ``error`` set (its place and the reason), and
reading goes on with the next one.

Kinds of input, by suffix (looking through ``.gz``), or forced with ``kind=``:

* ``text``: one article per file, decoded as :func:`graphbuild.reader.decode` does (``.txt``, anything else);
* ``jsonl``: one article per line (``.jsonl``, ``.ndjson``), with the fields ``id title text published url source``;
  the field names are configurable (``{"text": "body"}``); only ``text`` is required;
* ``html``: one page per file (``.html``, ``.htm``); its main text is extracted with trafilatura, and the offsets
  of the graph are code points of that extracted text.

Inside folders only files with these suffixes are read (hidden files and folders are skipped), in sorted order.
"""
from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, Mapping

from .errors import InputError
from .rdfio import check_input, input_limit, open_input, read_bytes, size_text
from .reader import Article, decode, is_blank

__all__ = ["FIELDS", "KINDS", "Item", "Source", "Partition", "count_articles", "parse_fields", "partition_sources",
           "plan_inputs", "read_partition", "read_source"]

#: canonical JSON Lines fields
FIELDS = ("id", "title", "text", "published", "url", "source")
#: kinds of input
KINDS = ("text", "jsonl", "html")

_SUFFIX_KIND = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
                ".htm": "html", ".xhtml": "html"}
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file (``-`` is stdin) and how to read it."""

    path: str
    kind: str


@dataclass(frozen=True, slots=True)
class Item:
    """One article read from a source, or the reason it could not be read.

    ``where`` locates it for messages (``news.jsonl:12``, ``a/b.txt``); ``key`` is where it comes from, for
    replacing an article whose content (and so whose hash id) changed: the absolute path of a file, or
    ``path#line`` for a JSON Lines record without an id; ``None`` when the article names itself (an id) or
    comes from stdin.
    """

    where: str
    article: Article | None = None
    key: str | None = None
    error: str | None = None
    id: str | None = None       # the id of a record that could not be read, when it has a readable one

    @property
    def label(self) -> str:
        """The article's id when it has one, else where it was read."""
        if self.article is not None:
            return self.article.id or self.where
        return self.id or self.where


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of the inputs that a worker reads by itself: whole files, or a byte range of a JSON Lines file."""

    index: int
    sources: tuple[Source, ...]
    start: int = 0          # byte range, for a single uncompressed JSON Lines file
    end: int | None = None
    first_line: int = 1


def kind_of(path: str) -> str | None:
    """The kind of input a file name says (``text``, ``jsonl``, ``html``), or ``None`` when it says none."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return _SUFFIX_KIND.get(suffixes[-1]) if suffixes else None


def parse_fields(specs: list[str] | None) -> dict[str, str]:
    """``["text=body", "id=docno"]`` -> ``{"text": "body", "id": "docno"}`` (canonical name -> record field)."""
    fields = {name: name for name in FIELDS}
    for spec in specs or ():
        name, sep, field = spec.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not field or name not in FIELDS:
            raise InputError(f"--field takes NAME=FIELD with NAME one of {', '.join(FIELDS)}: '{spec}'")
        fields[name] = field
    return fields


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and kind_of(name) is not None:
                found.append(Path(root) / name)
    return found


def plan_inputs(inputs: list[str], kind: str = "auto") -> list[Source]:
    """Expand inputs (files, folders recursively, globs, ``-``) into sources, in a stable order.

    Raises :class:`InputError` for a path that does not exist, a glob that matches nothing, or a folder that
    holds no article files. A file given by name is read even without a known suffix (as text).
    """
    input_limit("article")  # a malformed GRAPHBUILD_MAX_ARTICLE_BYTES stops the run here, not at each article
    sources: list[Source] = []
    seen: set[str] = set()

    def add(path: str, named: bool) -> None:
        if path != "-":
            real = os.path.realpath(path)
            if real in seen:
                return
            seen.add(real)
        forced = None if kind == "auto" else kind
        sources.append(Source(path, forced or (kind_of(path) if path != "-" else None) or "text"))

    for spec in inputs:
        if spec == "-":
            add("-", True)
            continue
        path = Path(spec)
        if path.is_dir():
            files = _walk(path)
            if not files:
                raise InputError(f"'{spec}' is a directory with no articles in it "
                                 f"(looked for {' '.join(sorted(_SUFFIX_KIND))}, optionally .gz)")
            for file in files:
                add(str(file), False)
        elif path.exists():
            if not path.is_file():
                check_input(spec)  # a device (/dev/zero) or a socket: refused before any work; FIFOs are read
            add(spec, True)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise InputError(f"no files match '{spec}'")
            for match in matches:
                if Path(match).is_dir():
                    for file in _walk(Path(match)):
                        add(str(file), False)
                elif not Path(match).name.startswith("."):
                    if not Path(match).is_file():
                        check_input(match)
                    add(match, False)
        else:
            raise InputError(f"no such file: '{spec}'")
    if not sources:
        raise InputError("no articles to read")
    return sources


# ----------------------------------------------------------------------------------------------------------------
# Reading


def _read(path: str) -> bytes:
    return read_bytes(path, kind="article")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:300]


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' is not a date string: {value!r}")
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"'published' is not a date (YYYY-MM-DD): {text[:40]!r}") from None


def _clean_text(text: str) -> str:
    if "\x00" in text:
        raise ValueError("the text contains NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError(f"the text holds invalid Unicode (a lone surrogate at character {error.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        raise ValueError("empty text: nothing to extract")
    if is_blank(text):
        raise ValueError("blank text (only whitespace and invisible characters such as BOMs, bidi and zero-width "
                         "marks): nothing to extract")
    return text


def _optional_str(record: Mapping, field: str, name: str) -> str | None:
    value = record.get(field)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"'{field}' is not a string")
    return value.strip() or None


def record_article(record, fields: Mapping[str, str], where: str) -> Article:
    """An article from one decoded JSON Lines record; ``ValueError`` says why it is not one."""
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object but {type(record).__name__}")
    text_field = fields["text"]
    if text_field not in record:
        raise ValueError(f"no '{text_field}' field")
    text = record[text_field]
    if not isinstance(text, str):
        raise ValueError(f"'{text_field}' is not a string")
    return Article(text=_clean_text(text), id=_optional_str(record, fields["id"], "id"),
                   title=_optional_str(record, fields["title"], "title"),
                   published=_date(record.get(fields["published"])),
                   url=_optional_str(record, fields["url"], "url"),
                   source=_optional_str(record, fields["source"], "source"), origin=where)


def _lines(stream: io.BufferedIOBase, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream; ``None`` for a line longer than ``limit`` bytes (read past, never held)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield raw


def _jsonl_lines(stream: io.BufferedIOBase, path: str, fields: Mapping[str, str], first_line: int) -> Iterator[Item]:
    absolute = os.path.abspath(path) if path != "-" else None
    number = first_line - 1
    limit = input_limit("article")
    for raw in _lines(stream, limit):
        number += 1
        where = f"{path}:{number}"
        if raw is None:
            yield Item(where, error=f"the line is longer than the {size_text(limit)} limit for an article "
                                    "(set GRAPHBUILD_MAX_ARTICLE_BYTES to raise it)")
            continue
        if not raw.strip():
            continue
        record = None
        try:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise ValueError(f"not valid UTF-8 (byte {error.start})") from None
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"not valid JSON ({error.msg}, column {error.colno})") from None
            article = record_article(record, fields, where)
        except (ValueError, RecursionError) as error:
            ident = record.get(fields["id"]) if isinstance(record, dict) else None
            ident = str(ident)[:200] if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None
            yield Item(where, error=_one_line(error), id=ident or None)
            continue
        key = None if article.id or absolute is None else f"{absolute}#{number}"
        yield Item(where, article=article, key=key)


def _html_article(data: bytes, path: str) -> Article:
    try:
        import trafilatura
    except ImportError:
        raise ValueError("reading HTML needs trafilatura (pip install trafilatura)") from None
    html = decode(data, path)
    # trafilatura's date is not used: without a date in the metadata, htmldate guesses one from the text (a year
    # it finds becomes 1 January); the page's own metadata is read below instead
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         date_extraction_params={"extensive_search": False, "original_date": True})
    if result is None:
        raise ValueError("no main text found in the HTML page")
    get = result.get if isinstance(result, dict) else (lambda name: getattr(result, name, None))
    text = get("text") or ""
    return Article(text=_clean_text(text), title=(get("title") or None), published=stated_date(html),
                   url=get("url") or None, origin=path)


#: <meta> names and properties that give a page's publication date (lower case)
_DATE_META = frozenset({
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date",
    "citation_date", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
})


def stated_date(html: str) -> date | None:
    """The publication date an HTML page states in its metadata, or ``None``: never a date guessed from its text.

    Looked for, in this order: ``<meta>`` tags (``article:published_time``, ``datePublished``, ``DC.date``, …),
    ``datePublished`` in JSON-LD, then ``<time datetime>`` marked ``itemprop="datePublished"`` or ``pubdate``.
    The value must be a date (ISO 8601, ``YYYY-MM-DD…``, or an RFC 2822 date as in HTTP and e-mail).
    """
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - no lxml, or its ParserError on a page with no elements
        return None
    for meta in tree.iter("meta"):
        for attribute in ("property", "name", "itemprop"):
            if (meta.get(attribute) or "").strip().lower() in _DATE_META:
                stated = _stated_day(meta.get("content"))
                if stated is not None:
                    return stated
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except (ValueError, RecursionError):
            continue
        stated = _json_ld_date(data, 0)
        if stated is not None:
            return stated
    for element in tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate]'):
        stated = _stated_day(element.get("datetime"))
        if stated is not None:
            return stated
    return None


def _json_ld_date(data, depth: int) -> date | None:
    if depth > 20:
        return None
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, dict):
            value = value.get("@value")
        stated = _stated_day(value) if isinstance(value, str) else None
        if stated is not None:
            return stated
        data = list(data.values())
    if isinstance(data, list):
        for element in data:
            if isinstance(element, (dict, list)):
                stated = _json_ld_date(element, depth + 1)
                if stated is not None:
                    return stated
    return None


def _stated_day(value: str | None) -> date | None:
    """The day of a date written in ISO 8601 (``2020-11-09``, ``2020-11-09T08:00:00+03:00``) or RFC 2822."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def read_source(source: Source, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """The articles of one source, in order; bad content becomes an ``Item`` with ``error`` set."""
    fields = fields or parse_fields(None)
    path = source.path
    if source.kind == "jsonl":
        try:
            stream = _open_lines(path)
        except InputError as error:
            yield Item(path, error=error.message)
            return
        try:
            yield from _jsonl_lines(stream, path, fields, 1)
        except (OSError, EOFError) as error:  # a truncated .gz, a read error half-way
            yield Item(path, error=f"cannot read further: {_one_line(error)}")
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
        return
    key = os.path.abspath(path) if path != "-" else None
    try:
        data = _read(path)
        if source.kind == "html":
            article = _html_article(data, path)
        else:
            article = Article(text=_clean_text(decode(data, path)), origin=path)
    except InputError as error:
        yield Item(path, error=error.message)
        return
    except (ValueError, RecursionError) as error:
        yield Item(path, error=_one_line(error))
        return
    yield Item(path, article=article, key=key)


def _open_lines(path: str):
    """A binary line stream over a file (``-`` = stdin), decompressing ``.gz`` as it goes; devices are refused
    (see :func:`graphbuild.rdfio.open_input`)."""
    stream = open_input(path)
    if path != "-" and path.lower().endswith(".gz"):
        return _GzipLines(stream)
    return stream


class _GzipLines(gzip.GzipFile):
    """A gzip stream over an open file that closes the file with it."""

    def __init__(self, raw):
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def read_sources(sources: list[Source], fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Every article of every source, in order."""
    for source in sources:
        yield from read_source(source, fields)


def count_articles(sources: list[Source]) -> int | None:
    """How many articles the sources hold, when that is cheap to know (for a progress bar); else ``None``."""
    total = 0
    for source in sources:
        if source.path == "-":
            return None
        if source.kind != "jsonl":
            total += 1
            continue
        if source.path.lower().endswith(".gz") or not os.path.isfile(source.path):
            return None  # counting would consume a FIFO (<(zcat x.jsonl.gz)) that the build then finds empty
        try:
            with open(source.path, "rb") as stream:
                last = b"\n"
                while block := stream.read(1 << 22):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        except OSError:
            return None
    return total


# ----------------------------------------------------------------------------------------------------------------
# Partitions that workers read by themselves (Dask)


def partition_sources(sources: list[Source], target_bytes: int = 4 << 20) -> list[Partition]:
    """Split the sources into partitions of about ``target_bytes`` each, for workers that read their own input.

    An uncompressed JSON Lines file is cut into byte ranges on line boundaries; other files are grouped whole.
    Stdin cannot be shared with workers and is refused.
    """
    partitions: list[Partition] = []
    group: list[Source] = []
    group_bytes = 0

    def close_group() -> None:
        nonlocal group, group_bytes
        if group:
            partitions.append(Partition(len(partitions), tuple(group)))
            group, group_bytes = [], 0

    for source in sources:
        if source.path == "-":
            raise InputError("stdin ('-') cannot be read by distributed workers; give files")
        try:
            size = os.path.getsize(source.path)
        except OSError:
            size = 0
        if source.kind == "jsonl" and not source.path.lower().endswith(".gz") and size > target_bytes:
            close_group()
            with open(source.path, "rb") as stream:
                start, line = 0, 1
                while start < size:
                    stream.seek(min(start + target_bytes, size))
                    stream.readline()  # to the end of the line the cut fell in
                    end = min(stream.tell(), size) if start + target_bytes < size else size
                    stream.seek(start)
                    lines = stream.read(end - start).count(b"\n")
                    partitions.append(Partition(len(partitions), (source,), start, end, line))
                    start, line = end, line + lines
            continue
        group.append(source)
        group_bytes += size
        if group_bytes >= target_bytes:
            close_group()
    close_group()
    return partitions


def read_partition(partition: Partition, fields: Mapping[str, str] | None = None) -> Iterator[Item]:
    """The articles of one partition, as ``read_source`` gives them."""
    fields = fields or parse_fields(None)
    if partition.end is None:
        for source in partition.sources:
            yield from read_source(source, fields)
        return
    (source,) = partition.sources
    try:
        stream = _open_lines(source.path)
    except InputError as error:
        yield Item(source.path, error=error.message)
        return
    with stream:
        stream.seek(partition.start)
        data = stream.read(partition.end - partition.start)
    yield from _jsonl_lines(io.BytesIO(data), source.path, fields, partition.first_line)
