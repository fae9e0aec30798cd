"""`graphbuild serve`: the SPARQL 1.1 Protocol endpoint on 127.0.0.1, queried by real clients."""
from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from graphbuild.query import open_store
from graphbuild.serve import make_server, negotiate

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "query_sample.ttl"
GBO = "https://w3id.org/graphbuild/ontology#"
CALL = "https://w3id.org/graphbuild/event/1f099848d0b7029b"
PHONE_CALL_QUERY = f"""
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?actor WHERE {{ ?call a <{GBO}PhoneCall> ; sem:hasActor ?actor }} ORDER BY ?actor
"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


@contextmanager
def running(store, **options):
    """A server on a free port of 127.0.0.1 in a thread; always shut down."""
    options.setdefault("quiet", True)
    server = make_server(store, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def endpoint():
    with running(open_store([SAMPLE]), timeout=3) as url:
        yield url


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None,
         timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get_query(base: str, query: str, accept: str | None = None, **extra: str):
    parameters = urllib.parse.urlencode({"query": query, **extra})
    return http(f"{base}query?{parameters}", headers={"Accept": accept} if accept else {})


def post_form(base: str, path: str, **fields: str):
    return http(base + path, data=urllib.parse.urlencode(fields).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"})


# ------------------------------------------------------------------------------------------------ clients


@pytest.mark.parametrize("method", ["GET", "POST_FORM"])
def test_rdflib_sparqlstore(endpoint, method):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(query_endpoint=endpoint + "query", method=method))
    rows = list(graph.query(PHONE_CALL_QUERY))
    assert [row.actor for row in rows] == [URIRef("https://w3id.org/graphbuild/entity/Q7747"),
                                          URIRef("https://w3id.org/graphbuild/entity/person/nikol-pashinyan")]
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    constructed = graph.query(f"CONSTRUCT WHERE {{ ?call a <{GBO}PhoneCall> ; {label} ?l }}")
    assert len(constructed) == 3
    assert graph.query(f"ASK {{ <{CALL}> a <{GBO}PhoneCall> }}").askAnswer is True


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_json_xml_csv(endpoint, method):
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint + "query")
    client.setMethod(method)
    client.setQuery(PHONE_CALL_QUERY)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [b["actor"]["value"] for b in bindings] == ["https://w3id.org/graphbuild/entity/Q7747",
                                                      "https://w3id.org/graphbuild/entity/person/nikol-pashinyan"]
    client.setReturnFormat(XML)
    document = client.query().convert()
    assert len(document.getElementsByTagName("result")) == 2
    client.setReturnFormat(CSV)
    assert client.query().convert().decode("utf-8").splitlines()[0] == "actor"


def test_sparqlwrapper_construct_as_turtle(endpoint):
    import rdflib
    from SPARQLWrapper import TURTLE, SPARQLWrapper

    client = SPARQLWrapper(endpoint + "query")
    client.setQuery(f"CONSTRUCT WHERE {{ ?call a <{GBO}PhoneCall> }}")
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert (rdflib.URIRef(CALL), rdflib.RDF.type, rdflib.URIRef(GBO + "PhoneCall")) in graph


def test_named_example_query_through_the_endpoint(endpoint):
    from graphbuild.query import get_query as named

    status, _, body = get_query(endpoint, named("phone-calls").text)
    assert status == 200
    [row] = json.loads(body)["results"]["bindings"]
    assert sorted(row["participants"]["value"].split(", ")) == ["Nikol Pashinyan", "Vladimir Putin"]
    assert row["source"]["value"] == "TASS"


# ------------------------------------------------------------------------------------------------ protocol


def test_content_negotiation(endpoint):
    cases = {
        None: "application/sparql-results+json",
        "application/sparql-results+json": "application/sparql-results+json",
        "application/json": "application/sparql-results+json",
        "application/sparql-results+xml": "application/sparql-results+xml",
        "text/csv": "text/csv; charset=utf-8",
        "text/tab-separated-values": "text/tab-separated-values; charset=utf-8",
        "text/csv;q=0.5, application/sparql-results+xml;q=0.9": "application/sparql-results+xml",
        "*/*": "application/sparql-results+json",
        "text/*": "text/csv; charset=utf-8",
    }
    for accept, expected in cases.items():
        status, headers, body = get_query(endpoint, PHONE_CALL_QUERY, accept)
        assert (status, headers["Content-Type"]) == (200, expected), accept
    assert get_query(endpoint, PHONE_CALL_QUERY, "image/png")[0] == 406
    _, _, body = get_query(endpoint, PHONE_CALL_QUERY, "text/tab-separated-values")
    assert body.decode().splitlines() == ["?actor", "<https://w3id.org/graphbuild/entity/Q7747>",
                                          "<https://w3id.org/graphbuild/entity/person/nikol-pashinyan>"]
    # a format parameter wins over the header
    status, headers, _ = get_query(endpoint, PHONE_CALL_QUERY, "application/json", format="csv")
    assert headers["Content-Type"].startswith("text/csv")


def test_construct_and_describe_as_rdf(endpoint):
    import rdflib

    construct = f"CONSTRUCT WHERE {{ ?call a <{GBO}PhoneCall> ; ?p ?o }}"
    for accept, content_type, parser in (
        (None, "text/turtle; charset=utf-8", "turtle"),
        ("text/turtle", "text/turtle; charset=utf-8", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/ld+json", "application/ld+json", "json-ld"),
    ):
        status, headers, body = get_query(endpoint, construct, accept)
        assert (status, headers["Content-Type"]) == (200, content_type), accept
        if parser == "json-ld":  # rdflib's JSON-LD parser warns about its own deprecations; use Oxigraph's
            import pyoxigraph

            triples = {(str(q.subject), str(q.predicate), str(q.object))
                       for q in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.JSON_LD)}
            assert (f"<{CALL}>", f"<{rdflib.RDF.type}>", f"<{GBO}PhoneCall>") in triples
            continue
        graph = rdflib.Graph().parse(data=body, format=parser)
        assert (rdflib.URIRef(CALL), rdflib.RDF.type, rdflib.URIRef(GBO + "PhoneCall")) in graph
    describe = "DESCRIBE <https://w3id.org/graphbuild/entity/Q7747>"
    status, _, body = get_query(endpoint, describe, "application/n-triples")
    assert status == 200 and b"Vladimir Putin" in body
    assert get_query(endpoint, construct, "application/sparql-results+json")[0] == 406


def test_post_forms_and_sparql_query_bodies(endpoint):
    status, _, body = post_form(endpoint, "query", query=PHONE_CALL_QUERY)
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
    status, _, body = http(endpoint + "query", data="ASK { ?s a ?o }".encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert (status, json.loads(body)) == (200, {"head": {}, "boolean": True})
    status, _, body = http(endpoint + "sparql", data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert status == 415
    assert get_query(endpoint, "SELECT ?x WHERE { ?x")[0] == 400
    status, _, _ = http(endpoint + "query")
    assert status == 400
    status, headers, _ = http(endpoint + "query", method="PUT", data=b"")
    assert status == 405 and "POST" in headers["Allow"]


def test_syntax_error_is_400_with_a_one_line_position(endpoint):
    status, headers, body = get_query(endpoint, "SELECT ?x\nWHERE { ?x ?y }")
    assert status == 400 and headers["Content-Type"] == "text/plain; charset=utf-8"
    text = body.decode()
    assert text.startswith("SPARQL syntax error at line 2, column") and text.count("\n") == 1


def test_default_graph_uri_restricts_the_default_graph(tmp_path):
    import pyoxigraph

    store = pyoxigraph.Store()
    for name in ("a", "b"):
        graph = pyoxigraph.NamedNode(f"http://example.org/{name}")
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"http://example.org/{name}-thing"),
                                  pyoxigraph.NamedNode("http://example.org/p"), pyoxigraph.Literal(name), graph))
    with running(store) as url:
        _, _, body = get_query(url, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", "text/csv")
        assert body.decode().split() == ["o", "a", "b"]  # the union by default
        _, _, body = get_query(url, "SELECT ?o WHERE { ?s ?p ?o }", "text/csv",
                               **{"default-graph-uri": "http://example.org/b"})
        assert body.decode().split() == ["o", "b"]


# ------------------------------------------------------------------------------------------------ safety


def test_updates_are_refused_by_default(endpoint):
    from SPARQLWrapper import POST, SPARQLWrapper

    before = get_query(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")[2]
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    assert post_form(endpoint, "update", update=insert)[0] == 403
    assert http(endpoint + "update", data=insert.encode(),
                headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert get_query(endpoint, "DELETE WHERE { ?s ?p ?o }")[0] == 403
    assert post_form(endpoint, "query", query="DELETE WHERE { ?s ?p ?o }")[0] == 403
    client = SPARQLWrapper(endpoint + "query", updateEndpoint=endpoint + "update")
    client.setMethod(POST)
    client.setQuery(insert)
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403
    assert get_query(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")[2] == before


def test_updates_when_allowed():
    with running(open_store([SAMPLE]), allow_update=True) as url:
        insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
        assert get_query(url, insert)[0] == 400  # an update is not a query, even when updates are allowed
        assert http(url + "update", data=insert.encode(), headers={"Content-Type": "text/plain"})[0] == 415
        status, _, body = post_form(url, "update", update=insert)
        assert status == 200, body
        status, _, body = get_query(url, "ASK { <http://example.org/a> ?p ?o }")
        assert json.loads(body)["boolean"] is True
        status, _, body = http(url + "update", data=b"DELETE WHERE { <http://example.org/a> ?p ?o }",
                               headers={"Content-Type": "application/sparql-update"})
        assert status == 200
        assert json.loads(get_query(url, "ASK { <http://example.org/a> ?p ?o }")[2])["boolean"] is False
        assert http(f"{url}update?update={urllib.parse.quote(insert)}")[0] == 405  # not with GET


@pytest.fixture(scope="module")
def big_endpoint():
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(input="".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(3000)),
               format=pyoxigraph.RdfFormat.N_TRIPLES)
    with running(store, timeout=1.5) as url:
        yield url


def test_slow_query_is_stopped_with_503(big_endpoint):
    started = time.monotonic()
    status, headers, body = get_query(big_endpoint, SLOW)
    elapsed = time.monotonic() - started
    assert status == 503 and body == b"query timed out after 1.5 s\n"
    assert 1.4 < elapsed < 6


def test_quick_queries_are_answered_while_a_slow_one_runs(big_endpoint):
    outcome: list[int] = []
    slow = threading.Thread(target=lambda: outcome.append(get_query(big_endpoint, SLOW)[0]))
    slow.start()
    time.sleep(0.2)
    started = time.monotonic()
    status, _, body = get_query(big_endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")
    assert status == 200 and body.split() == [b"n", b"3000"]
    assert time.monotonic() - started < 1.2  # not held up by the slow query's worker
    slow.join(10)
    assert outcome == [503]


def test_binds_loopback_by_default():
    server = make_server(open_store([SAMPLE]), port=0, quiet=True)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_cors_is_opt_in(endpoint):
    _, headers, _ = get_query(endpoint, "ASK {}")
    assert "Access-Control-Allow-Origin" not in headers
    with running(open_store([SAMPLE]), cors="https://notebook.example.org") as url:
        _, headers, _ = get_query(url, "ASK {}")
        assert headers["Access-Control-Allow-Origin"] == "https://notebook.example.org"
        status, headers, _ = http(url + "query", method="OPTIONS",
                                  headers={"Origin": "https://notebook.example.org",
                                           "Access-Control-Request-Method": "POST"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_large_bodies_are_refused(endpoint):
    # announce a 2 MB body but send only its start: the server must refuse it from the header alone (sending
    # the whole body races the server's early close and fails on the client side with a broken pipe)
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", parts.path + "query")
        connection.putheader("Content-Type", "application/sparql-query")
        connection.putheader("Content-Length", str(1 << 21))
        connection.endheaders(b"ASK {}")
        assert connection.getresponse().status == 413
    finally:
        connection.close()


# ------------------------------------------------------------------------------------------------ the page


def test_page_has_query_box_examples_and_no_inline_script(endpoint):
    status, headers, body = http(endpoint)
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "<textarea" in page and 'src="/app.js"' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline script in the page"
    assert "graphbuild view" in page  # no view given: the page says how to make one
    script = http(endpoint + "app.js")[2].decode()
    assert "textContent" in script and "innerHTML" not in script and "insertAdjacentHTML" not in script
    examples = json.loads(http(endpoint + "queries.json")[2])
    assert len(examples) >= 10 and {"name", "answers", "text"} <= set(examples[0])
    assert http(endpoint + "view")[0] == 404


def test_view_is_served_when_given(tmp_path):
    view = tmp_path / "view.html"
    view.write_text("<!DOCTYPE html><title>graph view</title>", encoding="utf-8")
    with running(open_store([SAMPLE]), view=view) as url:
        assert '<a href="/view">' in http(url)[2].decode()
        status, headers, body = http(url + "view")
        assert status == 200 and body == view.read_bytes()


def test_hostile_labels_come_back_as_data(tmp_path):
    hostile = '</script><img src=x onerror=alert(1)>{{ 7*7 }}'
    graph = tmp_path / "hostile.ttl"
    graph.write_text(f'<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "{hostile}" .\n',
                     encoding="utf-8")
    with running(open_store([graph])) as url:
        status, headers, body = get_query(url, "SELECT ?l WHERE { ?s ?p ?l }")
        assert headers["Content-Type"] == "application/sparql-results+json"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert json.loads(body)["results"]["bindings"][0]["l"]["value"] == hostile


def test_negotiate():
    table = {"text/csv": ("CSV", "text/csv"),
             "application/sparql-results+json": ("JSON", "application/sparql-results+json")}
    assert negotiate(None, table, "application/sparql-results+json") == "application/sparql-results+json"
    assert negotiate("text/csv;q=0.1, application/sparql-results+json;q=0.2", table, "text/csv") == (
        "application/sparql-results+json")
    assert negotiate("image/png, text/csv;q=0", table, "text/csv") is None
    assert negotiate("application/*", table, "text/csv") == "application/sparql-results+json"
    assert negotiate("text/*", table, "application/sparql-results+json") == "text/csv"


# ------------------------------------------------------------------------------------------------ the CLI


def test_cli_serve_starts_answers_and_stops_on_sigterm(tmp_path):
    command = [sys.executable, "-m", "graphbuild.cli", "serve", str(SAMPLE), "--port", "0", "--quiet",
               "--timeout", "5"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert match, line
        url = match.group(1)
        status, _, body = get_query(url, PHONE_CALL_QUERY)
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 2
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()


def test_cli_serve_usage_errors(capsys):
    from graphbuild.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["serve"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["serve", str(SAMPLE), "--port", "70000"])
    assert caught.value.code == 2


def test_cli_serve_port_in_use_is_one_line(capsys):
    from graphbuild.cli import main

    holder = make_server(open_store([SAMPLE]), port=0, quiet=True)
    try:
        code = main(["serve", str(SAMPLE), "--port", str(holder.server_address[1])])
        err = capsys.readouterr().err
        assert code == 1 and "cannot listen on 127.0.0.1" in err and err.count("\n") == 1
    finally:
        holder.server_close()


# ------------------------------------------------------------------------------------------------ the real seed


def test_endpoint_returns_the_putin_pashinyan_call_on_the_seed_graph(seed_ttl):
    """The issue's acceptance check: the call, its two participants and its source (TASS), via the endpoint."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    with running(open_store([seed_ttl])) as url:
        client = SPARQLWrapper(url + "query")
        client.setQuery("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX gbo:  <https://w3id.org/graphbuild/ontology#>
            SELECT ?call ?actor ?actor_label ?source_label WHERE {
              ?call a gbo:PhoneCall ; sem:hasActor ?actor .
              ?actor rdfs:label ?actor_label .
              OPTIONAL { { ?call prov:wasAttributedTo ?source }
                         UNION { ?call prov:wasDerivedFrom/prov:wasAttributedTo ?source }
                         ?source rdfs:label ?source_label }
            }""")
        client.setReturnFormat(JSON)
        bindings = client.query().convert()["results"]["bindings"]
    calls = {b["call"]["value"] for b in bindings}
    assert len(calls) == 1, f"expected one phone call in the seed graph, got {sorted(calls)}"
    actors = {b["actor"]["value"] for b in bindings}
    labels = {b["actor_label"]["value"] for b in bindings}
    assert len(actors) == 2 and {"فلاديمير بوتين", "نيكول باشينيان"} <= labels, labels
    sources = {b["source_label"]["value"] for b in bindings if "source_label" in b}
    assert sources & {"TASS", "تاس"}, (
        f"the phone call's source should be TASS (prov:wasAttributedTo on the event or its article); got {sources}")
