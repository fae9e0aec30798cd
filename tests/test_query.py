"""graphbuild.query and `graphbuild query`: loading, running with a timeout, formats, the example queries."""
from __future__ import annotations

import csv
import fnmatch
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphbuild.errors import FormatError, InputError, QueryError, StoreError
from graphbuild.query import (
    QueryResult,
    QuerySyntaxError,
    QueryTimeoutError,
    Term,
    UpdateRefusedError,
    format_result,
    get_query,
    list_queries,
    open_store,
    query_kind,
    run_query,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "query_sample.ttl"
PACKAGE_QUERIES = ROOT / "graphbuild" / "queries"
EXAMPLE_QUERIES = ROOT / "examples" / "queries"
GBO = "https://w3id.org/graphbuild/ontology#"
PUTIN = "https://w3id.org/graphbuild/entity/Q7747"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"


@pytest.fixture(scope="module")
def store():
    return open_store([SAMPLE])


@pytest.fixture(scope="module")
def big_store():
    """A few thousand triples: enough for a cartesian product that would run for hours."""
    import pyoxigraph

    big = pyoxigraph.Store()
    lines = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(3000))
    big.load(input=lines, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return big


def _children() -> set[int]:
    """Live child processes of this process (Linux), to check that stopped queries leave none behind."""
    found: set[int] = set()
    tasks = Path(f"/proc/{os.getpid()}/task")
    if not tasks.is_dir():
        pytest.skip("needs /proc")
    for task in tasks.iterdir():
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    from graphbuild.cli import main

    try:
        code = main(list(argv))
    except SystemExit as error:  # argparse usage errors
        code = error.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ------------------------------------------------------------------------------------------------ loading


def test_open_store_reads_every_suffix_and_keeps_named_graphs(tmp_path):
    import pyoxigraph

    base = open_store([SAMPLE])
    quads = list(base)
    named = [pyoxigraph.Quad(q.subject, q.predicate, q.object, pyoxigraph.NamedNode("http://example.org/g"))
             for q in quads]
    nq = tmp_path / "sample.nq.gz"
    nq.write_bytes(gzip.compress(pyoxigraph.serialize(named, format=pyoxigraph.RdfFormat.N_QUADS)))
    nt = tmp_path / "sample.nt"
    nt.write_bytes(pyoxigraph.serialize([q.triple for q in quads], format=pyoxigraph.RdfFormat.N_TRIPLES))
    trig = tmp_path / "sample.trig"
    trig.write_bytes(pyoxigraph.serialize(named, format=pyoxigraph.RdfFormat.TRIG))
    jsonld = tmp_path / "sample.jsonld"
    jsonld.write_bytes(pyoxigraph.serialize(named, format=pyoxigraph.RdfFormat.JSON_LD))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    for path in (nq, nt, trig, jsonld):
        loaded = open_store([path])
        assert len(loaded) == len(quads), path
        # the default graph is the union, so triples in named graphs answer plain patterns
        assert run_query(loaded, count).values() == [(str(len(quads)),)], path
    assert run_query(open_store([nq]), "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1").values() == [
        ("http://example.org/g",)]


def test_open_store_reads_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.read_bytes())))
    assert len(open_store(["-"])) == len(open_store([SAMPLE]))


def test_open_store_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cannot parse '.*bad\.ttl' as ttl: .*line 1") as caught:
        open_store([bad])
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="no such file"):
        open_store([tmp_path / "missing.ttl"])
    with pytest.raises(FormatError, match="cannot tell the RDF format"):
        open_store([tmp_path / "graph.xml"])
    with pytest.raises(StoreError, match="not a folder"):
        open_store(store_dir=tmp_path / "nowhere")
    with pytest.raises(StoreError, match="no Oxigraph database"):
        open_store(store_dir=tmp_path)
    with pytest.raises(InputError, match="not both"):
        open_store([SAMPLE], store_dir=tmp_path)


def test_open_store_opens_an_on_disk_store_read_only(tmp_path):
    import pyoxigraph

    folder = tmp_path / "store"
    writable = pyoxigraph.Store(str(folder))
    writable.bulk_load(path=str(SAMPLE), format=pyoxigraph.RdfFormat.TURTLE)
    writable.flush()
    del writable
    store = open_store(store_dir=folder)
    assert run_query(store, f"ASK {{ ?e a <{GBO}PhoneCall> }}").boolean is True
    with pytest.raises(QueryError):
        run_query(store, "INSERT DATA { <http://a> <http://b> <http://c> }", allow_update=True)


# ------------------------------------------------------------------------------------------------ running


def test_result_type_is_the_same_for_every_query_form(store):
    select = run_query(store, f"SELECT ?e ?label WHERE {{ ?e a <{GBO}PhoneCall> ; rdfs:label ?label }}")
    ask = run_query(store, f"ASK {{ ?e a <{GBO}Meeting> }}")
    graph = run_query(store, f"CONSTRUCT WHERE {{ ?e a <{GBO}PhoneCall> }}")
    describe = run_query(store, f"DESCRIBE <{PUTIN}>")
    for result in (select, ask, graph, describe):
        assert type(result) is QueryResult
    assert select.kind == "select" and select.variables == ("e", "label") and len(select.rows) == 2
    labels = {cell for row in select.rows for cell in row if cell.kind == "literal"}
    assert Term("literal", "اتصالا هاتفيا", None, "ar") in labels
    assert ask.kind == "ask" and ask.boolean is True and ask.rows == ()
    assert graph.kind == "graph" and graph.variables == ("subject", "predicate", "object")
    assert describe.kind == "graph" and len(describe.rows) > 5
    with pytest.raises(AttributeError):
        select.kind = "ask"  # frozen


def test_unbound_values_are_none(store):
    result = run_query(store, "SELECT ?x ?y WHERE { BIND(1 AS ?x) }")
    assert result.values() == [("1", None)]
    assert result.rows[0][0].datatype == "http://www.w3.org/2001/XMLSchema#integer"


def test_predeclared_prefixes_and_own_prefixes(store):
    assert run_query(store, "ASK { ?e a gbo:PhoneCall ; sem:hasActor gb:entity\\/Q7747 }").boolean is True
    redefined = "PREFIX gbo: <http://example.org/other#> ASK { ?e a gbo:PhoneCall }"
    assert run_query(store, redefined).boolean is False


def test_syntax_error_has_line_column_and_one_line(store):
    with pytest.raises(QuerySyntaxError) as caught:
        run_query(store, "SELECT ?x\nWHERE { ?x ?y }")
    message = str(caught.value)
    assert message.startswith("[GB003] SPARQL syntax error at line 2, column ")
    assert "\n" not in message
    with pytest.raises(QuerySyntaxError, match="undefined prefix 'foo:'"):
        run_query(store, "SELECT * WHERE { ?s foo:bar ?o }")
    with pytest.raises(QuerySyntaxError, match="line 1"):
        run_query(store, "SELEKT * WHERE { ?s ?p ?o }")


def test_arabic_in_a_query_counts_columns_in_characters(store):
    query = 'SELECT * WHERE { ?s ?p "بوتين" . FILTER(?s = ) }'
    assert len(query.encode("utf-8")) > len(query)
    with pytest.raises(QuerySyntaxError, match=rf"line 1, column {len(query) + 1} "):
        run_query(store, query)


def test_update_refused_unless_allowed():
    store = open_store([SAMPLE])
    before = len(store)
    for update in ("INSERT DATA { <http://a> <http://b> <http://c> }", "DELETE WHERE { ?s ?p ?o }",
                   "PREFIX x: <http://x/>\n# a comment\nCLEAR ALL", "LOAD <http://example.org/x.ttl>"):
        with pytest.raises(UpdateRefusedError, match="--allow-update"):
            run_query(store, update)
    assert len(store) == before
    result = run_query(store, "INSERT DATA { <http://a> <http://b> <http://c> }", allow_update=True)
    assert result.kind == "update" and len(store) == before + 1


@pytest.mark.parametrize("text, kind", [
    ("SELECT * {}", "select"), ("  ask {}", "ask"),
    ("PREFIX a: <x:y> BASE <http://b/> CONSTRUCT {} WHERE {}", "construct"),
    ("# c\nDESCRIBE <x:y>", "describe"), ("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update"),
    ("drop all", "update"), ("garbage", None), ("", None),
])
def test_query_kind(text, kind):
    assert query_kind(text) == kind


def test_slow_query_is_stopped_and_leaves_no_process(big_store):
    before = _children()
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"query timed out after 1\.5 s"):
        run_query(big_store, SLOW, timeout=1.5)
    assert time.monotonic() - started < 5
    assert _children() <= before


def test_quick_queries_still_run_after_a_timeout(big_store):
    with pytest.raises(QueryTimeoutError):
        run_query(big_store, SLOW, timeout=0.5)
    assert run_query(big_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values() == [("3000",)]


# ------------------------------------------------------------------------------------------------ formats


def test_csv_tsv_json_follow_the_sparql_result_formats(store):
    result = run_query(store, f"SELECT ?e ?label ?n WHERE {{ ?e a <{GBO}PhoneCall> ; rdfs:label ?label . "
                              "BIND(2 AS ?n) } ORDER BY ?label")
    text = format_result(result, "csv")
    assert text.startswith("e,label,n\r\n") and text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1] == "Phone call: Vladimir Putin, Nikol Pashinyan" and rows[2][1] == "اتصالا هاتفيا"
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0] == "?e\t?label\t?n"
    assert tsv[2].split("\t")[1:] == ['"اتصالا هاتفيا"@ar', "2"]
    document = json.loads(format_result(result, "json"))
    assert document["head"]["vars"] == ["e", "label", "n"]
    binding = document["results"]["bindings"][1]
    assert binding["label"] == {"type": "literal", "value": "اتصالا هاتفيا", "xml:lang": "ar"}
    assert binding["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    assert binding["e"]["type"] == "uri"
    assert json.loads(format_result(run_query(store, "ASK {}"), "json")) == {"head": {}, "boolean": True}


def test_table_is_aligned_with_arabic_and_marks(store):
    from graphbuild.query import _width

    result = run_query(store, 'SELECT ?name ?en WHERE { VALUES (?name ?en) { ("فلاديمير بوتين" "Putin") '
                              '("مُحَمَّد" "Muhammad") } }')
    lines = format_result(result, "table").splitlines()
    assert lines[-1] == "(2 rows)"
    body = lines[:-1]
    # the second column starts at the same display column on every line (tashkeel takes no width)
    starts = [_width(line[: line.rindex(word)]) for line, word in zip(body, ["en", "  -", "Putin", "Muhammad"])]
    starts[1] += 2
    assert len(set(starts)) == 1, starts
    assert "فلاديمير بوتين" in lines[2]


def test_graph_results_as_ntriples_and_turtle(store):
    import rdflib

    result = run_query(store, f"CONSTRUCT WHERE {{ ?e a <{GBO}PhoneCall> ; rdfs:label ?l }}")
    for fmt, parser in (("nt", "nt"), ("ttl", "turtle")):
        graph = rdflib.Graph().parse(data=format_result(result, fmt), format=parser)
        assert len(graph) == 3
    with pytest.raises(FormatError, match="CONSTRUCT"):
        format_result(run_query(store, "SELECT * {}"), "nt")
    with pytest.raises(FormatError, match="unknown result format"):
        format_result(result, "xlsx")


# ------------------------------------------------------------------------------------------------ example queries


def test_at_least_ten_named_queries_with_name_and_answers():
    queries = list_queries()
    assert len(queries) >= 10
    names = [query.name for query in queries]
    assert len(set(names)) == len(names)
    for query in queries:
        assert re.fullmatch(r"[a-z0-9-]+", query.name)
        assert query.filename == f"{query.filename[:2]}-{query.name}.rq"
        lines = query.text.splitlines()
        assert lines[0] == f"# name: {query.name}" and lines[1].startswith("# answers: ")
        assert len(query.answers) > 20


def test_examples_folder_holds_the_same_queries_as_the_package():
    package = {path.name: path.read_bytes() for path in PACKAGE_QUERIES.glob("*.rq")}
    examples = {path.name: path.read_bytes() for path in EXAMPLE_QUERIES.glob("*.rq")}
    assert sorted(examples) == sorted(package), "examples/queries and graphbuild/queries list different files"
    drifted = [name for name in package if package[name] != examples[name]]
    assert not drifted, f"copy graphbuild/queries/*.rq to examples/queries/ again; these differ: {drifted}"


def test_named_queries_are_package_data():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["graphbuild"]
    assert any(fnmatch.fnmatch("queries/01-posts-held.rq", pattern) for pattern in patterns), (
        "pyproject.toml [tool.setuptools.package-data] must include 'queries/*.rq' so that "
        "`pip install .` ships the named queries")


#: the vocabulary of docs/graph-model.md (and the output contract); the example queries use nothing else
ALLOWED_TERMS = {
    "rdf:type", "rdfs:label", "skos:altLabel", "owl:sameAs", "xsd:date", "xsd:integer",
    "schema:NewsArticle", "schema:inLanguage", "schema:headline", "schema:datePublished", "schema:mentions",
    "schema:about", "schema:Person", "schema:Organization", "schema:Country", "schema:Place",
    "org:holds", "org:Post", "org:role", "org:postIn", "org:Role", "org:Membership", "org:member",
    "org:organization", "org:memberDuring",
    "sem:Event", "sem:hasActor", "sem:hasTimeStamp", "sem:hasBeginTimeStamp", "sem:hasEndTimeStamp", "sem:hasPlace",
    "prov:wasAttributedTo", "prov:wasDerivedFrom", "gaf:denotedBy",
    "nif:Sentence", "nif:anchorOf", "nif:sentence", "time:Interval", "time:Instant", "time:inside", "time:inXSDDate",
    "gbo:post", "gbo:NewsAgency", "gbo:City", "gbo:",
} | {f"gbo:{kind}" for kind in (
    "Statement", "PhoneCall", "Meeting", "Visit", "Negotiation", "Agreement", "Ceasefire", "ArmedConflict",
    "Accusation", "Appointment", "Election", "Aid", "Sanction", "Protest")}


def _terms(text: str) -> set[str]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("#", "PREFIX")))
    body = re.sub(r'"(?:[^"\\]|\\.)*"', '""', body)  # drop string literals
    return set(re.findall(r"\b[a-z]+:[A-Za-z][A-Za-z0-9]*\b|\bgbo:(?=\))", body))


@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_named_query_uses_only_the_graph_model_vocabulary(query):
    unknown = _terms(query.text) - ALLOWED_TERMS
    assert not unknown, f"{query.name} uses terms outside docs/graph-model.md: {sorted(unknown)}"


@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_named_query_runs_on_the_sample_and_returns_rows(store, query):
    result = run_query(store, query.text)
    assert result.kind == "select"
    assert result.rows, f"{query.name} returned nothing on tests/data/query_sample.ttl"


def _table(store, name: str) -> list[dict[str, str | None]]:
    result = run_query(store, get_query(name).text)
    return [dict(zip(result.variables, row)) for row in result.values()]


def test_phone_call_with_participants_and_source(store):
    [call] = _table(store, "phone-calls")
    assert sorted(call["participants"].split(", ")) == ["Nikol Pashinyan", "Vladimir Putin"]
    assert call["source"] == "TASS"
    assert call["words"] == "اتصالا هاتفيا"


def test_security_council_attendees_with_posts(store):
    rows = _table(store, "meeting-attendees")
    assert len(rows) == 10
    posts = {row["attendee_en"]: row["post"] for row in rows}
    assert posts["Sergey Lavrov"] == "Minister of Foreign Affairs of Russia"
    assert posts["Nikolai Patrushev"] == "Secretary of Security Council of Russia"
    assert all(posts.values())


def test_posts_on_a_date_and_posts_that_change(store):
    on_date = {row["person_en"]: row["post"] for row in _table(store, "posts-on-date")}
    assert on_date["Dmitry Medvedev"] == "Deputy Chair of Security Council of Russia"
    earlier = get_query("posts-on-date").text.replace('"2021-08-16"^^xsd:date', '"2020-06-01"^^xsd:date')
    result = run_query(store, earlier)
    assert ("Dmitry Medvedev", "Prime Minister of Russia") in {(row[0], row[2]) for row in result.values()}
    changes = {row["person_en"]: (row["earlier_post"], row["later_post"]) for row in _table(store, "post-changes")}
    assert changes == {
        "Dmitry Medvedev": ("Prime Minister of Russia", "Deputy Chair of Security Council of Russia"),
        "Mikhail Mishustin": ("Director of Federal Tax Service", "Prime Minister of Russia"),
    }


def test_agreements_sources_sentences_and_wikidata(store):
    agreements = {row["date"]: row for row in _table(store, "agreements")}
    assert sorted(agreements["2020-11-09"]["signatories"].split(", ")) == [
        "Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"]
    sources = {(row["source"], row["attributed_in"], row["type"]) for row in _table(store, "event-sources")}
    assert ("TASS", "event", "PhoneCall") in sources
    assert ("RIA Novosti", "article", "Appointment") in sources
    sentences = _table(store, "fact-sentences")
    assert sentences and all(row["words"] in row["sentence"] for row in sentences)
    seed = (ROOT / "examples" / "seed" / "000_0252e96b1e74b8b3.txt")
    if seed.exists():
        text = seed.read_text(encoding="utf-8")
        for row in sentences:
            if row["article"].endswith("000-0252e96b1e74b8b3"):
                assert text[int(row["start"]):int(row["end"])] == row["words"]
    missing = {row["name_en"] for row in _table(store, "entities-without-wikidata")}
    assert "Nikol Pashinyan" in missing and "Vladimir Putin" not in missing and "Russia" not in missing
    timeline = _table(store, "country-timeline")
    assert ("Armenia", "2020-09-27", "ArmedConflict") in {(r["country"], r["date"], r["type"]) for r in timeline}


def test_get_query_unknown_name_lists_the_known_ones():
    with pytest.raises(QueryError, match="no example query named 'nope'; known: posts-held"):
        get_query("nope")


# ------------------------------------------------------------------------------------------------ the CLI


def test_cli_list_and_named_query(capsys):
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0 and len(out.splitlines()) == len(list_queries())
    assert out.startswith("posts-held ")
    code, out, err = run_cli(capsys, "query", str(SAMPLE), "--name", "phone-calls", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["source"] == "TASS"


def test_cli_query_text_file_and_formats(capsys, tmp_path):
    query = tmp_path / "calls.rq"
    query.write_text("SELECT ?e WHERE { ?e a gbo:PhoneCall }", encoding="utf-8")
    for argv in ([str(SAMPLE), "SELECT ?e WHERE { ?e a gbo:PhoneCall }"], [str(SAMPLE), "--query-file", str(query)],
                 [str(SAMPLE), str(query)]):
        code, out, err = run_cli(capsys, "query", *argv, "--format", "tsv")
        assert code == 0, err
        assert out.splitlines() == ["?e", "<https://w3id.org/graphbuild/event/1f099848d0b7029b>"]
    code, out, _ = run_cli(capsys, "query", str(SAMPLE), "ASK { ?e a gbo:PhoneCall }")
    assert (code, out) == (0, "true\n")
    code, out, _ = run_cli(capsys, "query", str(SAMPLE), "CONSTRUCT WHERE { ?e a gbo:PhoneCall }", "-F", "nt")
    assert out == ("<https://w3id.org/graphbuild/event/1f099848d0b7029b> "
                   "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   "<https://w3id.org/graphbuild/ontology#PhoneCall> .\n")


def test_cli_errors_are_one_line_with_exit_codes(capsys, big_store, tmp_path):
    code, out, err = run_cli(capsys, "query", str(SAMPLE), "SELECT ?x WHERE { ?x")
    assert code == 1 and out == "" and err.count("\n") == 1 and "line 1, column" in err
    code, _, err = run_cli(capsys, "query", str(SAMPLE), "DELETE WHERE { ?s ?p ?o }")
    assert code == 1 and "--allow-update" in err and err.count("\n") == 1
    code, _, err = run_cli(capsys, "query", str(SAMPLE))
    assert code == 2 and "no query was given" in err
    code, _, err = run_cli(capsys, "query", "SELECT * {}")
    assert code == 2
    code, _, err = run_cli(capsys, "query", str(SAMPLE), "--name", "nope")
    assert code == 1 and "known: posts-held" in err
    code, _, err = run_cli(capsys, "query", str(tmp_path / "missing.ttl"), "ASK {}")
    assert code == 1 and "no such file" in err
    code, _, err = run_cli(capsys, "query", str(SAMPLE), "ASK {}", "--timeout", "-1")
    assert code == 2
    nt = tmp_path / "big.nt"
    nt.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(3000)),
                  encoding="utf-8")
    code, _, err = run_cli(capsys, "query", str(nt), SLOW, "--timeout", "1")
    assert code == 1 and "query timed out after 1 s" in err


def test_cli_update_with_store_is_saved(capsys, tmp_path):
    import pyoxigraph

    folder = tmp_path / "store"
    writable = pyoxigraph.Store(str(folder))
    writable.load(path=str(SAMPLE), format=pyoxigraph.RdfFormat.TURTLE)
    writable.flush()
    del writable
    insert = "INSERT DATA { <http://a> <http://b> <http://c> }"
    code, _, err = run_cli(capsys, "query", "--store", str(folder), insert)
    assert code == 1 and "--allow-update" in err
    code, out, err = run_cli(capsys, "query", "--store", str(folder), insert, "--allow-update")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "query", "--store", str(folder), "ASK { <http://a> <http://b> <http://c> }")
    assert out == "true\n"


# ------------------------------------------------------------------------------------------------ the oxigraph CLI


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    return found


def _normalize(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """Rows as sorted tuples; GROUP_CONCAT cells are compared as sets (their order is not defined)."""
    def cell(value: str) -> str:
        for separator in ("; ", ", "):
            if separator in value:
                return separator.join(sorted(value.split(separator)))
        return value
    return sorted(tuple(cell(value) for value in row) for row in rows)


def test_oxigraph_cli_gives_the_same_answers(capsys, tmp_path):
    import pyoxigraph

    oxigraph = _oxigraph()
    # an export with one named graph per article, as N-Quads
    store = open_store([SAMPLE])
    quads = []
    for quad in store:
        article = re.match(r"(https://w3id.org/graphbuild/article/[^#]+)", quad.subject.value if isinstance(
            quad.subject, pyoxigraph.NamedNode) else "")
        name = article.group(1) if article else "https://w3id.org/graphbuild/shared"
        graph = pyoxigraph.NamedNode(name)
        quads.append(pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, graph))
    export = tmp_path / "export.nq"
    export.write_bytes(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS))
    location = tmp_path / "oxstore"
    subprocess.run([oxigraph, "load", "--location", str(location), "--file", str(export)], check=True,
                   capture_output=True, timeout=120)
    for query in list_queries():
        theirs = subprocess.run([oxigraph, "query", "--location", str(location), "--query", query.text,
                                 "--results-format", "csv", "--union-default-graph"],
                                check=True, capture_output=True, timeout=120).stdout.decode("utf-8")
        code, ours, err = run_cli(capsys, "query", str(export), "--name", query.name, "--format", "csv")
        assert code == 0, err
        their_rows = list(csv.reader(io.StringIO(theirs)))
        our_rows = list(csv.reader(io.StringIO(ours)))
        assert their_rows[0] == our_rows[0], query.name
        assert _normalize(their_rows[1:]) == _normalize(our_rows[1:]), query.name
        assert our_rows[1:], query.name
    # and graphbuild reads the store that `oxigraph load` wrote
    code, ours, err = run_cli(capsys, "query", "--store", str(location), "--name", "phone-calls", "--format", "csv")
    assert code == 0, err
    assert "TASS" in ours
