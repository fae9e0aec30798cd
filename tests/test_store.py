"""The on-disk store: lock, incremental builds, replacement, recovery after SIGINT and kill -9, export."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED_PATH
from graphbuild.errors import StoreError
from graphbuild.store import INDEX_NAME, ArticleRow, ArticleStatements, GraphStore, StoreInUseError, export_store

pyoxigraph = pytest.importorskip("pyoxigraph")

SEED_LINES = [line for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if len(line) > 100]
G = "https://w3id.org/graphbuild/article/"


def article_text(i: int) -> str:
    n = len(SEED_LINES)
    return "\n".join(SEED_LINES[(i + k) % n] for k in (0, 3, 7))


def write_corpus(path: Path, count: int, prefix: str = "art", changed: dict[int, str] | None = None) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for i in range(count):
            text = (changed or {}).get(i, article_text(i))
            stream.write(json.dumps({"id": f"{prefix}-{i}", "text": text, "published": "2021-08-16"},
                                    ensure_ascii=False) + "\n")
    return path


def graphbuild(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild.cli", *args], capture_output=True, timeout=300,
                          env=dict(os.environ, **(env or {})), **kwargs)


def start(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "graphbuild.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=dict(os.environ, **(env or {})))


def nquads(store_dir: Path, tmp_path: Path, name: str) -> list[str]:
    out = tmp_path / f"{name}.nq"
    export_store(store_dir, out)
    return out.read_text(encoding="utf-8").splitlines()


def done_articles(store_dir: Path) -> int:
    try:
        with sqlite3.connect(store_dir / INDEX_NAME, timeout=5) as index:
            return index.execute("SELECT COUNT(*) FROM articles WHERE state = 'done'").fetchone()[0]
    except sqlite3.Error:
        return 0


def triple(s: str, o: str) -> bytes:
    return f"<{s}> <http://example.org/p> \"{o}\" .\n".encode()


def article(iri: str, body: bytes, digest: str = "h") -> tuple[ArticleRow, ArticleStatements]:
    return ArticleRow(iri, digest), ArticleStatements.split(iri, body)


def values(store, graph=None) -> list[str]:
    return sorted(q.object.value for q in store.ox.quads_for_pattern(None, None, None, graph))


# ---------------------------------------------------------------------------------------------------------------
# The store API


def test_a_second_writer_is_refused_clearly_and_readers_still_work(tmp_path):
    folder = tmp_path / "store"
    with GraphStore.open(folder) as store:
        store.load_articles([article(G + "a", triple(G + "a", "x"), "h1")])
        with pytest.raises(StoreInUseError, match=r"in use by graphbuild \(pid \d+"):
            GraphStore.open(folder)
        reader = pyoxigraph.Store.read_only(str(folder))
        rows = list(reader.query("SELECT ?o WHERE { ?s ?p ?o }", use_default_graph_as_union=True))
        assert [row["o"].value for row in rows] == ["x"]
        rows = list(reader.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))
        assert [row["g"].value for row in rows] == [G + "a"]
    with GraphStore.open(folder) as store:  # the lock is released on close
        assert store.known_hashes() == {G + "a": "h1"}


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path):
    (tmp_path / "mine.txt").write_text("precious", encoding="utf-8")
    with pytest.raises(StoreError, match="not empty and holds no Oxigraph store"):
        GraphStore.open(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_a_shared_statement_is_stored_once_and_leaves_with_the_last_article_that_makes_it(tmp_path):
    import pyoxigraph as ox

    folder = tmp_path / "store"
    shared = triple(G + "putin", "label")
    with GraphStore.open(folder) as store:
        store.load_articles([article(G + "a", triple(G + "a#1", "old") + shared, "h1"),
                             article(G + "b", triple(G + "b#1", "b") + shared, "h1")])
        assert values(store, ox.DefaultGraph()) == ["label"]  # once, however many articles state it
        assert values(store, ox.NamedNode(G + "a")) == ["old"]
        store.load_articles([article(G + "a", triple(G + "a#2", "new"), "h2")], replace=[G + "a"])
        assert store.known_hashes() == {G + "a": "h2", G + "b": "h1"}
        assert values(store, ox.NamedNode(G + "a")) == ["new"]
        assert values(store, ox.DefaultGraph()) == ["label"]  # b still states it
        assert store.remove_articles([G + "b"]) == 1
        assert values(store, ox.DefaultGraph()) == []
        assert values(store) == ["new"]
        assert store.articles() == 1


def test_statements_about_what_an_article_mints_go_to_its_graph_and_the_rest_are_shared():
    a = "https://w3id.org/graphbuild/article/news-1"
    body = (f"<{a}> <http://p> \"x\" .\n<{a}#char=0,4> <http://p> \"y\" .\n"
            f"<https://w3id.org/graphbuild/entity/Q1> <http://g> <{a}#char=0,4> .\n"
            f"<https://w3id.org/graphbuild/event/abc> <http://p> <https://w3id.org/graphbuild/entity/Q1> .\n"
            f"<https://w3id.org/graphbuild/entity/Q1> <http://l> \"Q\"@en .\n"
            f"<{a}0> <http://p> \"another article\" .\n").encode()
    split = ArticleStatements.split(a, body)
    assert split.owned.count(b"\n") == 4
    assert sorted(line.split(b" ")[0] for line in split.shared.values()) == [
        f"<{a}0>".encode(), b"<https://w3id.org/graphbuild/entity/Q1>"]


def test_statements_told_apart_as_they_are_made_are_the_split_of_their_lines():
    import graphbuild
    from graphbuild.rdf import doc_ntriples, doc_statements
    from graphbuild.vocab import article_iri

    doc = graphbuild.extract(SEED_PATH.read_text(encoding="utf-8"), doc_id="seed")
    a = str(article_iri(doc.id))
    lines = doc_ntriples(doc)
    made = ArticleStatements.of_statements(a, doc_statements(doc))
    assert made == ArticleStatements.split(a, "".join(lines).encode("utf-8"))
    assert list(made.shared) == list(ArticleStatements.split(a, "".join(lines).encode("utf-8")).shared)
    assert made.owned and made.shared and made.triples == len(lines)


def test_an_interrupted_load_is_removed_at_the_next_open(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    store = GraphStore.open(folder)
    store.load_articles([article(G + "kept", triple(G + "kept", "k") + triple(G + "both", "shared"))])
    real = store.ox

    class Dies:  # loads, then the process "dies" before the rows are marked done
        def __getattr__(self, name):
            return getattr(real, name)

        def bulk_load(self, *args, **kwargs):
            real.bulk_load(*args, **kwargs)
            raise KeyboardInterrupt

    store.ox = Dies()
    with pytest.raises(KeyboardInterrupt):
        store.load_articles([article(G + "half", triple(G + "half", "h") + triple(G + "both", "shared"))])
    store.ox = real
    store.close()
    del real, Dies
    import gc

    gc.collect()  # pyoxigraph closes the database when its last reference goes
    with GraphStore.open(folder) as store:
        assert store.recovered == 1
        assert store.known_hashes() == {G + "kept": "h"}
        assert values(store) == ["k", "shared"]  # the half-loaded graph is gone, the shared statement stays once


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".ttl", ".nt", ".nq.gz", ".jsonld"])
def test_export_writes_every_format_atomically_and_the_same_bytes_for_the_same_quads(tmp_path, suffix):
    articles = [article(G + f"a{i}", b"".join(triple(G + f"a{i}#{k}", f"v{k}") for k in range(10))
                        + triple(G + "e", "shared")) for i in range(3)]
    for name, order in (("one", articles), ("two", list(reversed(articles)))):
        with GraphStore.open(tmp_path / name) as store:
            for one in order:  # loaded in a different order and in pieces
                store.load_articles([one])
    outputs = tmp_path / "out"
    outputs.mkdir()
    first, second = outputs / f"one{suffix}", outputs / f"two{suffix}"
    count = export_store(tmp_path / "one", first)
    export_store(tmp_path / "two", second)
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in outputs.iterdir()) == sorted([first.name, second.name])  # no temporary files
    assert count == 31  # the shared triple once
    if suffix in (".ttl", ".trig"):
        assert first.read_text(encoding="utf-8").startswith("@prefix")


def test_an_export_that_fails_half_way_leaves_no_file(tmp_path, monkeypatch):
    with GraphStore.open(tmp_path / "store") as store:
        store.load_articles([article(G + "a", triple(G + "a", "x"))])
    target = tmp_path / "out" / "all.nq"
    target.parent.mkdir()

    def breaks(iterable, output, **kwargs):
        output.write(b"<half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyoxigraph, "serialize", breaks)
    with pytest.raises(Exception, match="No space left"):
        export_store(tmp_path / "store", target)
    assert list(target.parent.iterdir()) == []


def test_export_refuses_what_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        export_store(tmp_path, tmp_path / "x.nq")


# ---------------------------------------------------------------------------------------------------------------
# build --store


def test_a_second_build_adds_nothing_and_is_fast(tmp_path):
    corpus = write_corpus(tmp_path / "news.jsonl", 30)
    store = tmp_path / "store"
    started = time.perf_counter()
    first = graphbuild("build", str(corpus), "--store", str(store))
    first_time = time.perf_counter() - started
    assert first.returncode == 0, first.stderr
    before = nquads(store, tmp_path, "before")
    started = time.perf_counter()
    second = graphbuild("build", str(corpus), "--store", str(store))
    second_time = time.perf_counter() - started
    assert second.returncode == 0, second.stderr
    assert "0 built, 30 unchanged, 0 failed; 0 triples" in second.stderr.decode()
    assert nquads(store, tmp_path, "after") == before
    assert len(before) == len(set(before)) > 1000
    assert second_time < first_time


def test_a_changed_article_replaces_its_named_graph(tmp_path):
    store = tmp_path / "store"
    graphbuild("build", str(write_corpus(tmp_path / "v1.jsonl", 5)), "--store", str(store), check=True)
    new_text = SEED_LINES[1]
    result = graphbuild("build", str(write_corpus(tmp_path / "v2.jsonl", 5, changed={2: new_text})),
                        "--store", str(store))
    assert result.returncode == 0
    assert "1 built, 4 unchanged" in result.stderr.decode()
    reader = pyoxigraph.Store.read_only(str(store))
    anchors = [row["t"].value for row in reader.query(
        f"SELECT ?t WHERE {{ GRAPH <{G}art-2> {{ ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
        "nif-core#anchorOf> ?t } }")]
    assert anchors and all(anchor in new_text for anchor in anchors)  # nothing of the old text is left
    others = [row["t"].value for row in reader.query(
        f"SELECT ?t WHERE {{ GRAPH <{G}art-3> {{ ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/"
        "nif-core#anchorOf> ?t } }")]
    assert others and all(anchor in article_text(3) for anchor in others)  # the others are untouched


def test_an_edited_text_file_replaces_the_article_read_from_it(tmp_path):
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text(SEED_LINES[0], encoding="utf-8")
    store = tmp_path / "store"
    graphbuild("build", str(article.parent), "--store", str(store), check=True)
    article.write_text(SEED_LINES[1], encoding="utf-8")
    result = graphbuild("build", str(article.parent), "--store", str(store))
    assert result.returncode == 0
    assert "replaced 1 earlier versions" in result.stderr.decode()
    reader = pyoxigraph.Store.read_only(str(store))
    assert len(list(reader.named_graphs())) == 1
    anchors = {row["t"].value for row in reader.query(
        "SELECT ?t WHERE { ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t }",
        use_default_graph_as_union=True)}
    assert anchors and all(anchor in SEED_LINES[1] for anchor in anchors)


def test_two_concurrent_builds_the_second_is_refused(tmp_path):
    store = tmp_path / "store"
    with GraphStore.open(store):
        result = graphbuild("build", str(SEED_PATH), "--store", str(store))
    err = result.stderr.decode()
    assert result.returncode == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "is in use by graphbuild (pid" in err


def test_the_store_opens_read_only_and_its_union_is_the_merge(tmp_path):
    store = tmp_path / "store"
    graphbuild("build", str(write_corpus(tmp_path / "n.jsonl", 3)), "--store", str(store), check=True)
    reader = pyoxigraph.Store.read_only(str(store))

    def count(query: str) -> int:
        return int(next(iter(reader.query(query, use_default_graph_as_union=True)))["n"].value)

    assert count("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }") == 3
    assert len(list(reader.named_graphs())) == 3
    putin = ("SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/graphbuild/entity/Q7747> "
             "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    assert count(putin) == 2  # Arabic and English, once for all 3 articles
    every = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    assert count(every) == count(distinct)  # no statement in two graphs


def test_the_iris_the_store_treats_as_minted_per_article_are_the_ones_vocab_mints():
    from graphbuild.store import _ARTICLE_MINTED
    from graphbuild.vocab import BASE, article_iri, event_iri, membership_iri

    article = article_iri("x")
    assert str(event_iri(article, "Meeting", "1,2")).startswith(_ARTICLE_MINTED)
    assert str(membership_iri(BASE + "entity/Q1", BASE + "post/p/1", article)).startswith(_ARTICLE_MINTED)
