"""SPARQL over graphbuild graphs: load graphs or open a store, run a query that can be stopped, format results.

The public functions are small and typed:

* :func:`open_store` loads RDF files (format by suffix, ``.gz`` and ``-`` for stdin) into an in-memory
  Oxigraph store, or opens an on-disk store read-only;
* :func:`run_query` runs one SPARQL query with a timeout and returns a :class:`QueryResult` (always that type);
* :func:`format_result` writes a result as an aligned table, CSV, TSV or SPARQL-results JSON;
* :func:`list_queries` / :func:`get_query` give the named example queries shipped in ``graphbuild/queries``.

Oxigraph cannot cancel a running query from Python, so on POSIX systems a query is evaluated in a forked
child process that shares the store's memory copy-on-write; when the deadline passes the child is killed
and :class:`~graphbuild.errors.QueryError` ``"query timed out after N s"`` is raised. Where ``fork`` does not
exist the query runs in a thread that is abandoned at the deadline.

Examples
--------
>>> store = open_store(["tests/data/query_sample.ttl"])                          # doctest: +SKIP
>>> result = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?e a sem:Event }")  # doctest: +SKIP
>>> print(format_result(result, "csv"))                                          # doctest: +SKIP
n
9
"""
from __future__ import annotations

import csv
import io
import json
import os
import pickle
import re
import select
import signal
import sys
import threading
import unicodedata
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import FormatError, InputError, QueryError, StoreError
from .rdfio import FORMATS, rdf_format, read_bytes

if TYPE_CHECKING:  # pragma: no cover
    import pyoxigraph

__all__ = [
    "DEFAULT_TIMEOUT",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "UpdateRefusedError",
    "PREFIXES",
    "RESULT_FORMATS",
    "NamedQuery",
    "QueryResult",
    "Term",
    "format_result",
    "get_query",
    "list_queries",
    "open_store",
    "query_kind",
    "run_query",
]

#: seconds a query may run unless the caller says otherwise
DEFAULT_TIMEOUT = 30.0

#: formats :func:`format_result` writes (``nt`` and ``ttl`` only for CONSTRUCT/DESCRIBE results)
RESULT_FORMATS = ("table", "csv", "tsv", "json", "nt", "ttl")

#: prefixes every query may use without declaring them (a query's own PREFIX lines win)
PREFIXES: dict[str, str] = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "gaf": "http://groundedannotationframework.org/gaf#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "wd": "http://www.wikidata.org/entity/",
    "gbo": "https://w3id.org/graphbuild/ontology#",
    "gb": "https://w3id.org/graphbuild/",
}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


# --------------------------------------------------------------------------------------------------------------
# Errors (all are QueryError, so the CLI prints them as one line; the server maps them to HTTP statuses)


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse; the message gives the line and column."""


class QueryTimeoutError(QueryError):
    """The query ran past its timeout and was stopped."""


class UpdateRefusedError(QueryError):
    """A SPARQL UPDATE was sent where updates are not allowed."""


# --------------------------------------------------------------------------------------------------------------
# Result values


@dataclass(frozen=True, slots=True)
class Term:
    """One RDF term of a result.

    ``kind`` is ``"uri"``, ``"bnode"``, ``"literal"`` or ``"triple"`` (an RDF-star quoted triple, whose
    ``value`` is its N-Triples form). ``datatype`` is set only for literals that are neither plain strings
    nor language-tagged; ``lang`` only for language-tagged literals.
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    def __str__(self) -> str:
        return self.value

    def n3(self) -> str:
        """The term in N-Triples / Turtle syntax (``<iri>``, ``"text"@ar``, ``"5"^^<…#integer>``, ``_:b``)."""
        if self.kind == "uri":
            return f"<{_escape_iri(self.value)}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple":
            return f"<< {self.value} >>"
        text = f'"{_escape_literal(self.value)}"'
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype:
            return f"{text}^^<{_escape_iri(self.datatype)}>"
        return text

    def to_json(self) -> dict[str, str]:
        """The term as a SPARQL 1.1 results JSON binding."""
        if self.kind == "literal":
            binding = {"type": "literal", "value": self.value}
            if self.lang:
                binding["xml:lang"] = self.lang
            elif self.datatype:
                binding["datatype"] = self.datatype
            return binding
        return {"type": self.kind, "value": self.value}


@dataclass(frozen=True, slots=True)
class QueryResult:
    """What a query returned; the same type whatever the query form.

    * ``kind == "select"``: ``variables`` and ``rows`` (one tuple per solution, ``None`` where unbound);
    * ``kind == "ask"``: ``boolean``; no variables, no rows;
    * ``kind == "graph"`` (CONSTRUCT, DESCRIBE): ``rows`` are the triples, ``variables`` are
      ``("subject", "predicate", "object")``;
    * ``kind == "update"``: an UPDATE that ran (only with ``allow_update=True``); nothing else is set.
    """

    kind: Literal["select", "ask", "graph", "update"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None

    def values(self) -> list[tuple[str | None, ...]]:
        """The rows as plain strings (IRI, lexical form of literals, blank node label), ``None`` where unbound."""
        return [tuple(None if cell is None else cell.value for cell in row) for row in self.rows]

    def column(self, variable: str) -> list[str | None]:
        """The plain-string values of one variable, in row order."""
        try:
            index = self.variables.index(variable)
        except ValueError:
            known = ", ".join(self.variables) or "none"
            raise QueryError(f"the result has no variable '{variable}' (it has {known})") from None
        return [None if row[index] is None else row[index].value for row in self.rows]


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """An example query shipped with graphbuild (``graphbuild/queries/NN-name.rq``)."""

    name: str
    answers: str
    text: str
    filename: str


# --------------------------------------------------------------------------------------------------------------
# Loading


def open_store(
    paths: Sequence[str | Path] = (),
    store_dir: str | Path | None = None,
    *,
    read_only: bool = True,
) -> pyoxigraph.Store:
    """A pyoxigraph ``Store`` holding the given RDF files, or the on-disk store at ``store_dir``.

    Files are read by suffix (``.ttl .nt .nq .trig .jsonld``, each optionally ``.gz``; ``-`` is Turtle on
    stdin) with Oxigraph's own parsers; named graphs are kept. :func:`run_query` queries the union of all
    graphs as the default graph. ``store_dir`` is opened read-only unless ``read_only=False``.

    Raises :class:`~graphbuild.errors.InputError` for unreadable or malformed files and
    :class:`~graphbuild.errors.StoreError` when the store cannot be opened.
    """
    import pyoxigraph

    if store_dir is not None:
        if paths:
            raise InputError("give either graph files or a store folder (--store), not both")
        folder = Path(store_dir)
        if not folder.is_dir():
            raise StoreError(f"no store at '{store_dir}': it is not a folder")
        if not (folder / "CURRENT").exists():
            raise StoreError(f"no store at '{store_dir}': the folder holds no Oxigraph database")
        try:
            return pyoxigraph.Store.read_only(str(folder)) if read_only else pyoxigraph.Store(str(folder))
        except OSError as error:
            raise StoreError(f"cannot open the store at '{store_dir}': {_one_line(error)}") from error

    store = pyoxigraph.Store()
    for path in paths:
        suffix = rdf_format(path)
        media_type = FORMATS[suffix][1]
        data = read_bytes(path)
        try:
            store.load(input=data, format=pyoxigraph.RdfFormat.from_media_type(media_type))
        except SyntaxError as error:
            raise InputError(f"cannot parse '{path}' as {suffix[1:]}: {_one_line(error)}") from None
        except (ValueError, OSError) as error:
            raise InputError(f"cannot load '{path}': {_one_line(error)}") from None
    return store


# --------------------------------------------------------------------------------------------------------------
# Running


_PROLOGUE = re.compile(
    r"""\s*(?:\#[^\n]*\n?\s*)*                                   # blanks and comments
        (?:(?:BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)\s*(?:\#[^\n]*\n?\s*)*)*   # the prologue
        (?P<word>[A-Za-z]+)""",
    re.IGNORECASE | re.VERBOSE,
)
_QUERY_WORDS = {"select": "select", "ask": "ask", "construct": "construct", "describe": "describe"}
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with"}


def query_kind(sparql: str) -> str | None:
    """``"select"``, ``"ask"``, ``"construct"``, ``"describe"`` or ``"update"`` from the first keyword
    after the prologue; ``None`` when it is none of these (the parser then reports the error)."""
    match = _PROLOGUE.match(sparql)
    if not match:
        return None
    word = match.group("word").lower()
    if word in _QUERY_WORDS:
        return _QUERY_WORDS[word]
    if word in _UPDATE_WORDS:
        return "update"
    return None


def _refuse_update() -> UpdateRefusedError:
    return UpdateRefusedError("this is a SPARQL UPDATE, and updates are refused: give --allow-update to run it")


def run_query(
    store: pyoxigraph.Store,
    sparql: str,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_update: bool = False,
) -> QueryResult:
    """Run one SPARQL query (or, with ``allow_update``, an UPDATE) and return its :class:`QueryResult`.

    The default graph is the union of all graphs; the prefixes of :data:`PREFIXES` are predeclared.
    ``timeout`` is in seconds (``None`` or ``0``: no limit).

    Raises :class:`~graphbuild.errors.QueryError` for a syntax error (with line and column), an UPDATE
    without ``allow_update``, and a query that runs past ``timeout``.
    """
    kind = query_kind(sparql)
    if kind == "update":
        if not allow_update:
            raise _refuse_update()
        _run_update(store, sparql, timeout)
        return QueryResult(kind="update")
    payload = run_isolated(lambda: pickle.dumps(_evaluate(store, sparql), pickle.HIGHEST_PROTOCOL), sparql, timeout)
    return pickle.loads(payload)


def _evaluate(store: pyoxigraph.Store, sparql: str, **options) -> QueryResult:
    """Run the query in this process and convert every term (called inside the isolated worker)."""
    import pyoxigraph

    results = execute(store, sparql, **options)
    if isinstance(results, pyoxigraph.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(results))
    if isinstance(results, pyoxigraph.QuerySolutions):
        variables = tuple(variable.value for variable in results.variables)
        count = len(variables)
        rows = tuple(tuple(_term(solution[i]) for i in range(count)) for solution in results)
        return QueryResult(kind="select", variables=variables, rows=rows)
    rows = tuple((_term(t.subject), _term(t.predicate), _term(t.object)) for t in results)
    return QueryResult(kind="graph", variables=("subject", "predicate", "object"), rows=rows)


def execute(store: pyoxigraph.Store, sparql: str, *, default_graph=None, named_graphs=None):
    """``store.query`` with graphbuild's defaults: predeclared prefixes and the union default graph.

    When ``default_graph`` (a list of pyoxigraph graph names) is given, it replaces the union.
    """
    options = {"prefixes": PREFIXES}
    if default_graph:
        options["default_graph"] = default_graph
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = named_graphs
    return store.query(sparql, **options)


def _term(value) -> Term | None:
    import pyoxigraph

    if value is None:
        return None
    if isinstance(value, pyoxigraph.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, pyoxigraph.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, pyoxigraph.Literal):
        datatype = value.datatype.value
        if value.language or datatype in (_XSD_STRING, _RDF_LANG_STRING):
            datatype = None
        return Term("literal", value.value, datatype, value.language)
    return Term("triple", str(value))


def _run_update(store: pyoxigraph.Store, sparql: str, timeout: float | None) -> None:
    """Updates change the caller's store, so they run in this process (in a thread, to keep a deadline)."""
    failure: list[BaseException] = []

    def work() -> None:
        try:
            store.update(sparql, prefixes=PREFIXES)
        except BaseException as error:  # handed to the caller's thread
            failure.append(error)

    worker = threading.Thread(target=work, name="graphbuild-update", daemon=True)
    worker.start()
    worker.join(timeout if timeout else None)
    if worker.is_alive():
        raise QueryTimeoutError(
            f"update timed out after {timeout:g} s (Oxigraph applies an update all at once, so nothing is "
            "written unless it finishes)"
        )
    if failure:
        error = failure[0]
        if isinstance(error, SyntaxError):
            raise QuerySyntaxError(syntax_message(sparql, str(error))) from None
        raise QueryError(f"update failed: {_one_line(error)}") from None


# Forking while another thread of this process forks would be harmless, but Python 3.12+ warns about
# fork() in a threaded process (the server); the lock keeps the warning filter change to one thread.
_FORK_LOCK = threading.Lock()


def run_isolated(job: Callable[[], bytes], sparql: str, timeout: float | None) -> bytes:
    """Run ``job`` (which evaluates ``sparql`` and returns bytes) where it can be stopped at ``timeout``.

    On POSIX the job runs in a forked child; its bytes come back through a pipe. A ``SyntaxError`` in the
    job becomes a :class:`QueryError` with the position; any other error a one-line :class:`QueryError`.
    """
    if not hasattr(os, "fork"):  # pragma: no cover - Windows
        return _run_in_thread(job, sparql, timeout)
    parent = os.getpid()
    die_with_parent = _die_with_parent_function()
    with _FORK_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        read_end, write_end = os.pipe()
        _PIPES.update((read_end, write_end))
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; coverage cannot see it
            if die_with_parent is not None:
                die_with_parent(1, signal.SIGKILL)  # prctl(PR_SET_PDEATHSIG): no orphan runs on
            if os.getppid() != parent:
                os._exit(1)
            _child(job, write_end)
        _PIPES.discard(write_end)
        os.close(write_end)
    status = 0
    finished = False
    try:
        data = _read_all(read_end, timeout)
        if data is not None:
            _, status = os.waitpid(pid, 0)
            finished = True
    finally:
        with _FORK_LOCK:
            _PIPES.discard(read_end)
            os.close(read_end)
        if not finished:
            _kill(pid)
    if data is None:
        raise QueryTimeoutError(f"query timed out after {timeout:g} s")
    return _unpack(data, sparql, status)


_PRCTL: list = []


def _die_with_parent_function():
    """Linux ``prctl`` (looked up once, before any fork), so a worker is killed if the process that forked it
    dies; ``None`` elsewhere."""
    if not _PRCTL:
        function = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                function = ctypes.CDLL(None, use_errno=True).prctl
            except (OSError, AttributeError):
                function = None
        _PRCTL.append(function)
    return _PRCTL[0]


#: pipe ends of queries in flight; a new child closes the ones that are not its own
_PIPES: set[int] = set()


def _close_inherited(keep: int) -> None:  # pragma: no cover - runs in the child
    """Close the pipes and sockets this child inherited from other requests, so that their readers and
    clients see end-of-file when their own work ends (a store's files stay open: they are neither)."""
    import stat

    try:
        candidates = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        candidates = list(_PIPES)
    for fd in candidates:
        if fd <= 2 or fd == keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
            if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
                os.close(fd)
        except OSError:
            pass


def _child(job: Callable[[], bytes], write_end: int) -> None:  # pragma: no cover
    code = 0
    try:
        _close_inherited(write_end)
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                signal.signal(signum, signal.SIG_DFL)
            except (ValueError, OSError):
                pass
        try:
            payload = b"K" + job()
        except SyntaxError as error:
            payload = b"S" + str(error).encode("utf-8", "replace")
        except QueryError as error:
            payload = b"Q" + error.message.encode("utf-8", "replace")
        except BaseException as error:
            payload = b"E" + _one_line(error).encode("utf-8", "replace")
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_all(fd: int, timeout: float | None) -> bytes | None:
    """Everything the child writes, or ``None`` if the deadline passes first."""
    import time

    deadline = time.monotonic() + timeout if timeout else None
    chunks: list[bytes] = []
    while True:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                return None
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _unpack(data: bytes, sparql: str, status: int = 0) -> bytes:
    tag, body = data[:1], data[1:]
    if tag == b"K":
        return body
    if tag == b"S":
        raise QuerySyntaxError(syntax_message(sparql, body.decode("utf-8", "replace")))
    if tag == b"Q":
        raise QueryError(body.decode("utf-8", "replace"))
    if tag == b"E":
        raise QueryError(f"query failed: {body.decode('utf-8', 'replace')}")
    if os.WIFSIGNALED(status):
        raise QueryError(f"the query process was stopped by signal {os.WTERMSIG(status)} (out of memory?)")
    raise QueryError("the query process ended without an answer")


def _run_in_thread(job: Callable[[], bytes], sparql: str, timeout: float | None) -> bytes:  # pragma: no cover
    box: list[bytes] = []

    def work() -> None:
        try:
            box.append(b"K" + job())
        except SyntaxError as error:
            box.append(b"S" + str(error).encode("utf-8", "replace"))
        except QueryError as error:
            box.append(b"Q" + error.message.encode("utf-8", "replace"))
        except Exception as error:
            box.append(b"E" + _one_line(error).encode("utf-8", "replace"))

    worker = threading.Thread(target=work, name="graphbuild-query", daemon=True)
    worker.start()
    worker.join(timeout if timeout else None)
    if worker.is_alive() or not box:
        raise QueryTimeoutError(f"query timed out after {timeout:g} s")
    return _unpack(box[0], sparql)


# --------------------------------------------------------------------------------------------------------------
# Error messages

_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)
_PREFIX_BEFORE = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")


def syntax_message(sparql: str, raw: str) -> str:
    """A one-line message for Oxigraph's ``error at L:C: expected …`` (lines and columns count from 1)."""
    match = _POSITION.search(raw)
    if not match:
        return f"SPARQL syntax error: {_one_line(raw)}"
    line, column, detail = int(match.group(1)), int(match.group(2)), " ".join(match.group(3).split())
    lines = sparql.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    if "Prefix not found" in detail:
        prefix = _PREFIX_BEFORE.search(text[: column - 1])
        detail = f"undefined prefix '{prefix.group(1) or ''}:'" if prefix else "undefined prefix"
    elif len(detail) > 120:
        detail = detail[:117].rsplit(",", 1)[0] + ", …"
    near = text[column - 1: column + 24].strip() if column - 1 < len(text) else ""
    where = f" near '{near}'" if near else " at the end of the line" if text else ""
    return f"SPARQL syntax error at line {line}, column {column}{where}: {detail}"


def _one_line(error: BaseException | str) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 300 else text[:297] + "…"


# --------------------------------------------------------------------------------------------------------------
# Formatting


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: ``table`` (aligned columns), ``csv``/``tsv``/``json`` (SPARQL 1.1 result formats),
    or ``nt``/``ttl`` for the triples of a CONSTRUCT or DESCRIBE.

    CSV lines end with CRLF and hold plain values; TSV holds terms in Turtle syntax; both follow the SPARQL
    1.1 CSV/TSV results note.
    """
    if fmt not in RESULT_FORMATS:
        raise FormatError(f"unknown result format '{fmt}': use one of {', '.join(RESULT_FORMATS)}")
    if fmt in ("nt", "ttl") and result.kind != "graph":
        raise FormatError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; use table, csv, tsv or json")
    if result.kind == "update":
        return "" if fmt in ("csv", "tsv") else ("{}\n" if fmt == "json" else "update done\n")
    if result.kind == "ask":
        return _format_boolean(bool(result.boolean), fmt)
    if fmt == "nt":
        return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in result.rows)
    if fmt == "ttl":
        return _turtle(result)
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "json":
        return _json(result)
    return _table(result)


def _format_boolean(value: bool, fmt: str) -> str:
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    if fmt == "csv":
        return f"boolean\r\n{word}\r\n"
    if fmt == "tsv":
        return f"?boolean\n{word}\n"
    return f"{word}\n"


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if cell is None else (f"_:{cell.value}" if cell.kind == "bnode" else cell.value)
                         for cell in row])
    return buffer.getvalue()


_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE = {_XSD + "integer": re.compile(r"[+-]?[0-9]+"), _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
         _XSD + "boolean": re.compile(r"true|false")}


def _tsv_term(cell: Term | None) -> str:
    if cell is None:
        return ""
    pattern = _BARE.get(cell.datatype or "")
    if cell.kind == "literal" and pattern and pattern.fullmatch(cell.value):
        return cell.value  # Turtle's short forms, as the SPARQL TSV format allows
    return cell.n3()


def _tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    lines += ["\t".join(_tsv_term(cell) for cell in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json(result: QueryResult) -> str:
    bindings = [
        {name: cell.to_json() for name, cell in zip(result.variables, row) if cell is not None}
        for row in result.rows
    ]
    head = json.dumps({"vars": list(result.variables)}, ensure_ascii=False)
    if not bindings:
        return f'{{"head": {head}, "results": {{"bindings": []}}}}\n'
    lines = ",\n".join("  " + json.dumps(binding, ensure_ascii=False) for binding in bindings)
    return f'{{"head": {head},\n "results": {{"bindings": [\n{lines}\n]}}}}\n'


def _turtle(result: QueryResult) -> str:
    import pyoxigraph

    def node(cell: Term):
        if cell.kind == "uri":
            return pyoxigraph.NamedNode(cell.value)
        if cell.kind == "bnode":
            return pyoxigraph.BlankNode(cell.value)
        if cell.kind == "literal":
            if cell.lang:
                return pyoxigraph.Literal(cell.value, language=cell.lang)
            if cell.datatype:
                return pyoxigraph.Literal(cell.value, datatype=pyoxigraph.NamedNode(cell.datatype))
            return pyoxigraph.Literal(cell.value)
        raise FormatError("RDF-star triples cannot be written as Turtle here; use --format nt")

    triples = [pyoxigraph.Triple(node(s), node(p), node(o)) for s, p, o in result.rows]
    iris = {cell.value for row in result.rows for cell in row if cell.kind == "uri"}
    used = {prefix: iri for prefix, iri in PREFIXES.items()
            if any(value.startswith(iri) and _LOCAL.fullmatch(value[len(iri):]) for value in iris)}
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=used).decode("utf-8")


_MAX_CELL = 100
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _short(cell: Term | None) -> str:
    if cell is None:
        return ""
    if cell.kind == "uri":
        for prefix, iri in PREFIXES.items():
            if cell.value.startswith(iri) and len(cell.value) > len(iri):
                return f"{prefix}:{cell.value[len(iri):]}"
        return f"<{cell.value}>"
    if cell.kind == "bnode":
        return f"_:{cell.value}"
    text = " ".join(cell.value.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _width(text: str) -> int:
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _table(result: QueryResult) -> str:
    header = list(result.variables)
    body = [[_short(cell) for cell in row] for row in result.rows]
    widths = [max([_width(name)] + [_width(row[i]) for row in body]) for i, name in enumerate(header)]

    def line(cells: list[str]) -> str:
        padded = [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(cells)]
        return "  ".join(padded).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(row) for row in body]
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"


def _escape_literal(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


def _escape_iri(text: str) -> str:
    return "".join(f"\\u{ord(c):04X}" if c in '<>"{}|^`\\' or ord(c) <= 0x20 else c for c in text)


# --------------------------------------------------------------------------------------------------------------
# Named example queries

_HEADER = re.compile(r"^#\s*(name|answers)\s*:\s*(.+?)\s*$", re.MULTILINE)


def list_queries() -> list[NamedQuery]:
    """The example queries shipped in ``graphbuild/queries`` (the same files as ``examples/queries``)."""
    from importlib.resources import files

    folder = files("graphbuild") / "queries"
    queries = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".rq"):
            queries.append(parse_named_query(entry.read_text(encoding="utf-8"), entry.name))
    return queries


def parse_named_query(text: str, filename: str) -> NamedQuery:
    """A :class:`NamedQuery` from the text of an ``.rq`` file with ``# name:`` and ``# answers:`` lines."""
    fields = {key: value for key, value in _HEADER.findall(text)}
    if "name" not in fields or "answers" not in fields:
        raise QueryError(f"example query '{filename}' lacks a '# name:' or '# answers:' line")
    return NamedQuery(name=fields["name"], answers=fields["answers"], text=text, filename=filename)


def get_query(name: str) -> NamedQuery:
    """The example query called ``name``; :class:`QueryError` listing the names when there is none."""
    queries = list_queries()
    for query in queries:
        if query.name == name:
            return query
    known = ", ".join(query.name for query in queries)
    raise QueryError(f"no example query named '{name}'; known: {known}")
