"""A small SPARQL 1.1 Protocol endpoint over a pyoxigraph store, with a query page.

* ``GET /query?query=…``, ``POST /query`` (form-encoded ``query=`` or ``application/sparql-query``);
  ``POST /update`` (form-encoded ``update=`` or ``application/sparql-update``) only with ``allow_update``.
  ``/sparql`` is the same endpoint as ``/query``.
* Results by the ``Accept`` header: SPARQL results JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE as
  Turtle, N-Triples, RDF/XML or JSON-LD. A ``format=`` (or ``output=``) parameter such as ``json``, ``csv``
  or ``turtle`` takes precedence over the header.
* Every query runs in a forked worker that is killed at the timeout (see :func:`graphbuild.query.run_isolated`),
  so a runaway query answers ``503`` with a one-line message and costs no CPU afterwards.
* ``/`` is a page with a query box and the example queries; it draws results with ``textContent`` only and
  is served with a Content-Security-Policy that allows no inline script. ``/view`` serves the graph view
  given with ``view_html``.

The server binds to 127.0.0.1 unless told otherwise and sends CORS headers only for the origin it is given.
"""
from __future__ import annotations

import json
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import InputError, OutputError, QueryError
from .query import (
    DEFAULT_TIMEOUT,
    PREFIXES,
    QuerySyntaxError,
    QueryTimeoutError,
    UpdateRefusedError,
    _run_update,
    execute,
    list_queries,
    query_kind,
    run_isolated,
)

__all__ = ["ServeError", "SparqlServer", "make_server", "serve"]


class ServeError(OutputError):
    """The server could not start (the address is in use, or not ours to bind)."""

#: the largest request body accepted (a query or an update), in bytes
MAX_BODY = 1 << 20

_RESULTS_TYPES = {  # media type -> (pyoxigraph QueryResultsFormat name, Content-Type sent)
    "application/sparql-results+json": ("JSON", "application/sparql-results+json"),
    "application/json": ("JSON", "application/sparql-results+json"),
    "application/sparql-results+xml": ("XML", "application/sparql-results+xml"),
    "application/xml": ("XML", "application/sparql-results+xml"),
    "text/xml": ("XML", "application/sparql-results+xml"),
    "text/csv": ("CSV", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("TSV", "text/tab-separated-values; charset=utf-8"),
}
_GRAPH_TYPES = {  # media type -> (pyoxigraph RdfFormat name, Content-Type sent)
    "text/turtle": ("TURTLE", "text/turtle; charset=utf-8"),
    "application/x-turtle": ("TURTLE", "text/turtle; charset=utf-8"),
    "application/n-triples": ("N_TRIPLES", "application/n-triples"),
    "text/plain": ("N_TRIPLES", "application/n-triples"),
    "application/rdf+xml": ("RDF_XML", "application/rdf+xml"),
    "application/ld+json": ("JSON_LD", "application/ld+json"),
}
_FORMAT_PARAMETER = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "ttl": "text/turtle", "turtle": "text/turtle",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "n3": "text/turtle",
    "rdf": "application/rdf+xml", "rdfxml": "application/rdf+xml", "rdf+xml": "application/rdf+xml",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json",
}
_DEFAULT_RESULTS = "application/sparql-results+json"
_DEFAULT_GRAPH = "text/turtle"
#: prefixes for Turtle output (``gb:`` is left out: its local names hold '/', which Turtle must escape)
_TURTLE_PREFIXES = {prefix: iri for prefix, iri in PREFIXES.items() if prefix != "gb"}


def negotiate(accept: str | None, table: dict[str, tuple[str, str]], default: str) -> str | None:
    """The media type of ``table`` that ``accept`` prefers (``default`` for ``*/*`` or no header);
    ``None`` when nothing acceptable is offered."""
    if not accept or not accept.strip():
        return default
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        fields = [field.strip() for field in part.split(";")]
        media = fields[0].lower()
        quality = 1.0
        for field in fields[1:]:
            if field.lower().startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media))
    for _, _, media in sorted(ranked):
        if media in table:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):  # judged by the Content-Type actually sent
            family = media[:-1]
            if table[default][1].startswith(family):
                return default
            for candidate, (_, sent) in table.items():
                if sent.startswith(family):
                    return candidate
    return None


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that holds the store and the endpoint's settings."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, store, *, timeout: float | None = DEFAULT_TIMEOUT, allow_update: bool = False,
                 cors: str | None = None, view_html: bytes | None = None, quiet: bool = False,
                 max_queries: int = 4):
        super().__init__(address, SparqlHandler)
        self.store = store
        self.query_timeout = timeout or None
        self.allow_update = allow_update
        self.cors = cors
        self.view_html = view_html
        self.quiet = quiet
        self.slots = threading.BoundedSemaphore(max(1, max_queries))
        self.update_lock = threading.Lock()
        examples = [{"name": q.name, "answers": q.answers, "text": q.text} for q in list_queries()]
        self.examples_json = json.dumps(examples, ensure_ascii=False).encode("utf-8")

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"


class _HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class SparqlHandler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol over :class:`SparqlServer`'s store, plus the query page."""

    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "graphbuild"
    sys_version = ""

    # -- dispatch ------------------------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - the http.server naming
        self._dispatch("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._dispatch("OPTIONS")

    def do_PUT(self) -> None:  # noqa: N802
        self._dispatch("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        try:
            path = urlsplit(self.path).path
            if method == "OPTIONS":
                self._preflight()
            elif path in ("/query", "/sparql"):
                self._endpoint(method, update_path=False)
            elif path == "/update":
                self._endpoint(method, update_path=True)
            elif path in ("/", "/index.html"):
                self._static(method, _page(self.server.view_html is not None).encode("utf-8"),
                             "text/html; charset=utf-8")
            elif path == "/app.js":
                self._static(method, _SCRIPT.encode("utf-8"), "text/javascript; charset=utf-8")
            elif path == "/app.css":
                self._static(method, _STYLE.encode("utf-8"), "text/css; charset=utf-8")
            elif path == "/queries.json":
                self._static(method, self.server.examples_json, "application/json")
            elif path == "/view":
                if self.server.view_html is None:
                    raise _HttpError(HTTPStatus.NOT_FOUND, "no graph view: make one with `graphbuild view` (or "
                                     "`graphbuild build ARTICLE --html view.html`) and start the server with "
                                     "--view view.html")
                self._static(method, self.server.view_html, "text/html; charset=utf-8", page=False)
            else:
                raise _HttpError(HTTPStatus.NOT_FOUND, f"nothing at {path}: the SPARQL endpoint is /query")
        except _HttpError as error:
            self._send_error(error.status, error.message, error.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    # -- SPARQL --------------------------------------------------------------------------------------------

    def _endpoint(self, method: str, *, update_path: bool) -> None:
        if method not in ("GET", "POST", "HEAD"):
            raise _HttpError(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not supported here; use GET or POST",
                             {"Allow": "GET, POST, OPTIONS"})
        parameters = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        query = update = None
        if method == "POST":
            body = self._read_body()
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    raise _HttpError(HTTPStatus.BAD_REQUEST, "the form is not UTF-8") from None
                for key, values in form.items():
                    parameters.setdefault(key, []).extend(values)
            elif content_type == "application/sparql-query":
                query = _decode(body)
            elif content_type == "application/sparql-update":
                update = _decode(body)
            else:
                raise _HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                 f"unsupported Content-Type '{content_type or 'none'}': use "
                                 "application/x-www-form-urlencoded, application/sparql-query or "
                                 "application/sparql-update")
        if query is None and "query" in parameters:
            query = _single(parameters, "query")
        if update is None and "update" in parameters:
            update = _single(parameters, "update")
        if method != "POST" and update is not None:
            raise _HttpError(HTTPStatus.METHOD_NOT_ALLOWED, "send updates with POST",
                             {"Allow": "POST, OPTIONS"})
        if query is not None and update is not None:
            raise _HttpError(HTTPStatus.BAD_REQUEST, "give either query or update, not both")
        if update is not None or (update_path and query is None):
            self._update(update)
            return
        if query is None:
            raise _HttpError(HTTPStatus.BAD_REQUEST, "no query: send ?query=… (GET) or a form field query= (POST)")
        if query_kind(query) == "update":
            if not self.server.allow_update:
                raise _HttpError(HTTPStatus.FORBIDDEN, "updates are refused: this server is read-only "
                                 "(start it with --allow-update to accept them)")
            raise _HttpError(HTTPStatus.BAD_REQUEST, "this is an UPDATE: send it as update= or "
                             "application/sparql-update to /update")
        self._query(method, query, parameters)

    def _query(self, method: str, query: str, parameters: dict[str, list[str]]) -> None:
        accept = self.headers.get("Accept")
        forced = (parameters.get("format") or parameters.get("output") or [""])[0].lower()
        if forced in _FORMAT_PARAMETER:  # an unknown value is left to the Accept header, as clients expect
            accept = f"{_FORMAT_PARAMETER[forced]}, */*;q=0.1"
        results_type = negotiate(accept, _RESULTS_TYPES, _DEFAULT_RESULTS)
        graph_type = negotiate(accept, _GRAPH_TYPES, _DEFAULT_GRAPH)
        default_graphs = parameters.get("default-graph-uri", [])
        named_graphs = parameters.get("named-graph-uri", [])
        store = self.server.store

        def job() -> bytes:
            return _evaluate_to_bytes(store, query, results_type, graph_type, default_graphs, named_graphs)

        if not self.server.slots.acquire(timeout=self.server.query_timeout or None):
            raise _HttpError(HTTPStatus.SERVICE_UNAVAILABLE, "the server is busy; try again")
        try:
            payload = run_isolated(job, query, self.server.query_timeout)
        except QuerySyntaxError as error:
            raise _HttpError(HTTPStatus.BAD_REQUEST, error.message) from None
        except QueryTimeoutError as error:
            raise _HttpError(HTTPStatus.SERVICE_UNAVAILABLE, error.message) from None
        except QueryError as error:
            raise _HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, error.message) from None
        finally:
            self.server.slots.release()
        content_type, _, body = payload.partition(b"\n")
        if not content_type:
            raise _HttpError(HTTPStatus.NOT_ACCEPTABLE, body.decode("utf-8"))
        self._send(HTTPStatus.OK, body if method != "HEAD" else b"", content_type.decode("ascii"),
                   {"Vary": "Accept", "Cache-Control": "no-store"}, length=len(body))

    def _update(self, update: str | None) -> None:
        if not self.server.allow_update:
            raise _HttpError(HTTPStatus.FORBIDDEN, "updates are refused: this server is read-only "
                             "(start it with --allow-update to accept them)")
        if not update:
            raise _HttpError(HTTPStatus.BAD_REQUEST, "no update: send a form field update= or "
                             "application/sparql-update")
        with self.server.update_lock:
            try:
                _run_update(self.server.store, update, self.server.query_timeout)
            except QuerySyntaxError as error:
                raise _HttpError(HTTPStatus.BAD_REQUEST, error.message) from None
            except QueryTimeoutError as error:
                raise _HttpError(HTTPStatus.SERVICE_UNAVAILABLE, error.message) from None
            except UpdateRefusedError as error:
                raise _HttpError(HTTPStatus.FORBIDDEN, error.message) from None
            except QueryError as error:
                raise _HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, error.message) from None
        self._send(HTTPStatus.OK, b"update done\n", "text/plain; charset=utf-8")

    # -- plumbing ------------------------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            raise _HttpError(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length (chunked bodies are not supported)")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            raise _HttpError(HTTPStatus.BAD_REQUEST, "bad Content-Length") from None
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            raise _HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is larger than {MAX_BODY} bytes")
        return self.rfile.read(length) if length else b""

    def _preflight(self) -> None:
        headers = {"Allow": "GET, POST, OPTIONS"}
        if self.server.cors:
            headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
            headers["Access-Control-Max-Age"] = "600"
        self._send(HTTPStatus.NO_CONTENT, b"", None, headers)

    def _static(self, method: str, body: bytes, content_type: str, *, page: bool = True) -> None:
        if method not in ("GET", "HEAD"):
            raise _HttpError(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not supported here",
                             {"Allow": "GET, HEAD"})
        headers = {"Cache-Control": "no-cache"}
        if page:
            headers["Content-Security-Policy"] = (
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        self._send(HTTPStatus.OK, body if method != "HEAD" else b"", content_type, headers, length=len(body))

    def _send_error(self, status: HTTPStatus, message: str, headers: dict[str, str]) -> None:
        body = (" ".join(message.split()) + "\n").encode("utf-8")
        self._send(status, body, "text/plain; charset=utf-8", headers)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str | None,
              headers: dict[str, str] | None = None, *, length: int | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
            if self.server.cors != "*":
                self.send_header("Vary", "Origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the http.server signature
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


def _single(parameters: dict[str, list[str]], name: str) -> str:
    values = parameters[name]
    if len(values) != 1:
        raise _HttpError(HTTPStatus.BAD_REQUEST, f"give exactly one {name} parameter")
    return values[0]


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise _HttpError(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None


def _evaluate_to_bytes(store, query: str, results_type: str | None, graph_type: str | None,
                       default_graphs: list[str], named_graphs: list[str]) -> bytes:
    """Run the query and serialize it in the negotiated format (runs inside the isolated worker).

    Returns ``b"<content type>\\n<body>"``, or ``b"\\n<message>"`` when the client accepts no format we have.
    """
    import pyoxigraph

    try:
        defaults = [pyoxigraph.NamedNode(iri) for iri in default_graphs] or None
        named = [pyoxigraph.NamedNode(iri) for iri in named_graphs] or None
    except ValueError as error:
        raise QueryError(f"bad graph IRI: {error}") from None
    results = execute(store, query, default_graph=defaults, named_graphs=named)
    if isinstance(results, pyoxigraph.QueryTriples):
        if graph_type is None:
            return b"\n" + ("this query returns RDF; accept one of: " + ", ".join(_GRAPH_TYPES)).encode()
        name, content_type = _GRAPH_TYPES[graph_type]
        rdf_format = getattr(pyoxigraph.RdfFormat, name)
        if rdf_format == pyoxigraph.RdfFormat.TURTLE:
            triples = list(results)
            iris = {term.value for triple in triples for term in (triple.subject, triple.predicate, triple.object)
                    if isinstance(term, pyoxigraph.NamedNode)}
            used = {prefix: iri for prefix, iri in _TURTLE_PREFIXES.items()
                    if any(value.startswith(iri) for value in iris)}
            body = pyoxigraph.serialize(triples, format=rdf_format, prefixes=used)
        else:
            body = results.serialize(format=rdf_format)
        return content_type.encode("ascii") + b"\n" + body
    if results_type is None:
        return b"\n" + ("this query returns results; accept one of: " + ", ".join(_RESULTS_TYPES)).encode()
    name, content_type = _RESULTS_TYPES[results_type]
    body = results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, name))
    return content_type.encode("ascii") + b"\n" + body


def make_server(store, *, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = DEFAULT_TIMEOUT,
                allow_update: bool = False, cors: str | None = None, view: str | Path | None = None,
                quiet: bool = False) -> SparqlServer:
    """A :class:`SparqlServer` bound to ``host:port`` (``port=0`` picks a free one); call ``serve_forever()``."""
    view_html = None
    if view is not None:
        try:
            view_html = Path(view).read_bytes()
        except OSError as error:
            raise InputError(f"cannot read the view '{view}': {error.strerror or error}") from None
    try:
        return SparqlServer((host, port), store, timeout=timeout, allow_update=allow_update, cors=cors,
                            view_html=view_html, quiet=quiet)
    except OSError as error:
        raise ServeError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def serve(server: SparqlServer) -> None:
    """Serve until interrupted; always closes the socket."""
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# ----------------------------------------------------------------------------------------------------------------
# The page. Data reaches the DOM only through textContent and form values; no inline script (CSP).


def _page(has_view: bool) -> str:
    if has_view:
        view = '<a href="/view">Open the graph view</a>'
    else:
        view = ('<span>No graph view was given: make one with <code>graphbuild view</code> (or '
                '<code>graphbuild build ARTICLE --html view.html</code>), then start the server with '
                '<code>--view view.html</code>.</span>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>graphbuild SPARQL</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header><h1>graphbuild SPARQL endpoint</h1><nav>{view}</nav></header>
<main>
<section id="examples"><h2>Example queries</h2><ul id="example-list"></ul></section>
<section>
<form id="query-form">
<label for="query">SPARQL query (the endpoint is <code>/query</code>;
prefixes such as gbo:, sem:, org: are predeclared)</label>
<textarea id="query" name="query" rows="14" spellcheck="false" dir="ltr">SELECT ?event ?label WHERE {{
  ?event a sem:Event ; rdfs:label ?label .
}} LIMIT 20</textarea>
<div class="controls"><button type="submit">Run</button> <span id="status" role="status"></span></div>
</form>
<div id="answer" aria-live="polite"></div>
</section>
</main>
</body>
</html>
"""


_STYLE = """
body { font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif; margin: 1rem 2rem; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
h1 { font-size: 1.3rem; } h2 { font-size: 1rem; }
textarea { width: 100%; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
#example-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
#example-list button { cursor: pointer; }
.controls { margin: 0.5rem 0; }
#status.error { color: #a00; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: start; vertical-align: top;
         unicode-bidi: plaintext; }
th { background: #f3f3f3; }
pre { white-space: pre-wrap; unicode-bidi: plaintext; }
"""

_SCRIPT = r"""
"use strict";
(function () {
  const form = document.getElementById("query-form");
  const box = document.getElementById("query");
  const statusLine = document.getElementById("status");
  const answer = document.getElementById("answer");

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = isError ? "error" : "";
  }

  function cellText(term) {
    if (!term) return "";
    if (term.type === "triple") return JSON.stringify(term.value);
    return term.value;
  }

  function drawTable(data) {
    answer.replaceChildren();
    if (typeof data.boolean === "boolean") {
      const p = document.createElement("p");
      p.textContent = data.boolean ? "true" : "false";
      answer.appendChild(p);
      return 1;
    }
    const vars = data.head.vars || [];
    const rows = data.results.bindings || [];
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const name of vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const binding of rows) {
      const tr = body.insertRow();
      for (const name of vars) {
        const td = tr.insertCell();
        const term = binding[name];
        td.textContent = cellText(term);
        td.dir = "auto";
        if (term && term["xml:lang"]) td.lang = term["xml:lang"];
        if (term && term.type === "uri") td.title = "IRI";
      }
    }
    answer.appendChild(table);
    return rows.length;
  }

  function drawText(text) {
    const pre = document.createElement("pre");
    pre.textContent = text;
    answer.replaceChildren(pre);
  }

  async function run(query) {
    say("running…", false);
    const started = performance.now();
    let response;
    try {
      response = await fetch("/query", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9"
        },
        body: new URLSearchParams({ query: query })
      });
    } catch (error) {
      say("the server did not answer: " + error, true);
      return;
    }
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      answer.replaceChildren();
      say(response.status + ": " + text.trim(), true);
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (type.startsWith("application/sparql-results+json")) {
      const count = drawTable(JSON.parse(text));
      say(count + " result" + (count === 1 ? "" : "s") + " in " + seconds + " s", false);
    } else {
      drawText(text);
      say("RDF in " + seconds + " s", false);
    }
  }

  async function loadExamples() {
    const list = document.getElementById("example-list");
    let examples = [];
    try {
      examples = await (await fetch("/queries.json")).json();
    } catch (error) {
      return;
    }
    for (const example of examples) {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = example.name;
      button.title = example.answers;
      button.addEventListener("click", function () {
        box.value = example.text;
        run(example.text);
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?" + new URLSearchParams({ query: box.value }));
    run(box.value);
  });
  loadExamples();
  const shared = new URLSearchParams(window.location.search).get("query");
  if (shared) {  // a link such as /?query=SELECT… fills the box and runs it
    box.value = shared;
    run(shared);
  }
})();
"""
