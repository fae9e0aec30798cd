"""Parallel builds: --jobs and Dask give the same graph as one process; bad articles are isolated."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_PATH
from graphbuild.corpus import Item
from graphbuild.parallel import BuildOptions, Built, Failed, LocalRunner, chunked
from graphbuild.reader import Article
from graphbuild.store import export_store

SEED_LINES = [line for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if len(line) > 100]


def article_text(i: int) -> str:
    n = len(SEED_LINES)
    return "\n".join(SEED_LINES[(i + k) % n] for k in (0, 3, 7))


def graphbuild(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild.cli", *args], capture_output=True, timeout=600,
                          env=dict(os.environ, **(env or {})))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for i in range(60):
            record = {"id": f"n-{i}", "text": article_text(i), "title": f"خبر {i}"}
            if i % 2:
                record["published"] = f"2021-08-{1 + i % 28:02d}"
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("suffix", [".nq", ".ttl"])
def test_jobs_1_and_2_write_byte_identical_files(tmp_path, corpus, suffix):
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    assert graphbuild("build", str(corpus), "-o", str(one), "--jobs", "1", "--chunk-size", "7").returncode == 0
    result = graphbuild("build", str(corpus), "-o", str(two), "--jobs", "2", "--chunk-size", "7")
    assert result.returncode == 0, result.stderr
    assert one.read_bytes() == two.read_bytes()
    assert "60 articles read: 60 built" in result.stderr.decode()


def test_jobs_1_and_2_build_identical_stores(tmp_path, corpus):
    for jobs in ("1", "2"):
        result = graphbuild("build", str(corpus), "--store", str(tmp_path / f"s{jobs}"), "--jobs", jobs,
                            "--chunk-size", "4", env={"GRAPHBUILD_LOAD_BATCH_BYTES": "200000"})
        assert result.returncode == 0, result.stderr
        export_store(tmp_path / f"s{jobs}", tmp_path / f"s{jobs}.nq")
    assert (tmp_path / "s1.nq").read_bytes() == (tmp_path / "s2.nq").read_bytes()


@pytest.mark.dask
def test_a_dask_local_cluster_builds_the_same_graph_as_one_process(tmp_path, corpus):
    pytest.importorskip("dask.distributed")
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    result = graphbuild("build", str(corpus), "--store", str(tmp_path / "dask"), "--dask", "local", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert graphbuild("build", str(corpus), "--store", str(tmp_path / "one")).returncode == 0
    for name in ("dask", "one"):
        export_store(tmp_path / name, tmp_path / f"{name}.nq")
    dask_bytes, one_bytes = (tmp_path / "dask.nq").read_bytes(), (tmp_path / "one.nq").read_bytes()
    assert dask_bytes == one_bytes

    def graphs(data: bytes) -> dict:
        dataset = Dataset()
        dataset.parse(data=data, format="nquads")
        return {str(graph.identifier): graph for graph in dataset.graphs() if len(graph)}

    dask_graphs, one_graphs = graphs(dask_bytes), graphs(one_bytes)
    assert sorted(dask_graphs) == sorted(one_graphs)
    assert sum(name.startswith("https://w3id.org/graphbuild/article/") for name in one_graphs) == 60
    assert all(isomorphic(dask_graphs[name], one_graphs[name]) for name in one_graphs)
    again = graphbuild("build", str(corpus), "--store", str(tmp_path / "dask"), "--dask", "local", "--jobs", "2")
    assert again.returncode == 0
    assert "0 built, 60 unchanged" in again.stderr.decode()  # workers skip unchanged articles themselves


HOSTILE = [
    lambda i: "{broken json " + str(i),
    lambda i: json.dumps({"id": f"bad-{i}", "body": "no text field"}),
    lambda i: json.dumps({"id": f"bad-{i}", "text": "  \n\t "}),
    lambda i: json.dumps({"id": f"bad-{i}", "text": ["not", "a", "string"]}),
    lambda i: json.dumps({"id": f"bad-{i}", "text": "نص\u0000مع صفر"}),
    lambda i: json.dumps({"id": f"bad-{i}", "text": "نص \ud83d مكسور"}),
    lambda i: json.dumps({"id": f"bad-{i}", "text": "نص", "published": "2021-13-45"}),
    lambda i: json.dumps([f"bad-{i}"]),
    lambda i: json.dumps({"id": f"bad-{i}", "text": "نص", "title": {"nested": True}}),
    lambda i: "[" * 50000 + "]" * 50000,
]


def test_1000_articles_with_50_hostile_ones_build_the_950_and_report_the_50(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good, bad_lines = [], []
    with path.open("w", encoding="utf-8") as stream:
        for i in range(1000):
            if i % 20 == 7:
                stream.write(HOSTILE[(i // 20) % len(HOSTILE)](i) + "\n")
                bad_lines.append(i + 1)
            else:
                stream.write(json.dumps({"id": f"good-{i}", "text": article_text(i)}, ensure_ascii=False) + "\n")
                good.append(f"good-{i}")
    assert len(bad_lines) == 50
    store = tmp_path / "store"
    result = graphbuild("build", str(path), "--store", str(store), "--jobs", "2")
    err = result.stderr.decode()
    assert result.returncode == 3, err  # completed, some articles failed
    assert "Traceback" not in err
    failures = [line for line in err.splitlines() if line.startswith("graphbuild build: failed: ")]
    assert sorted(int(re.search(r"mixed\.jsonl:(\d+)", line).group(1)) for line in failures) == bad_lines
    assert all(re.search(r"jsonl:\d+( \(id bad-\d+\))?: \S", line) for line in failures)
    assert "1,000 articles read: 950 built, 0 unchanged, 50 failed" in err
    import pyoxigraph

    reader = pyoxigraph.Store.read_only(str(store))
    graphs = {graph.value.rsplit("/", 1)[1] for graph in reader.named_graphs()}
    assert graphs == set(good)


def test_strict_stops_at_the_first_failure(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "text": article_text(0)}) + "\n{oops\n"
                    + json.dumps({"id": "c", "text": article_text(1)}) + "\n", encoding="utf-8")
    result = graphbuild("build", str(path), "-o", str(tmp_path / "out.ttl"), "--strict")
    err = result.stderr.decode()
    assert result.returncode == 1
    assert len(err.strip().splitlines()) == 1 and "news.jsonl:2" in err
    assert not (tmp_path / "out.ttl").exists()
    partial = graphbuild("build", str(path), "-o", str(tmp_path / "out.ttl"))
    assert partial.returncode == 3
    assert (tmp_path / "out.ttl").exists()


def _crash_on_marker(text, **kwargs):
    if "CRASH-THE-WORKER" in text:
        os._exit(1)
    if "RAISE-IN-EXTRACTION" in text:
        raise KeyError("boom")
    return _REAL_EXTRACT(text, **kwargs)


_REAL_EXTRACT = None


def test_a_worker_that_dies_or_raises_fails_only_its_article(monkeypatch):
    global _REAL_EXTRACT
    from graphbuild import pipeline

    _REAL_EXTRACT = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", _crash_on_marker)  # the forked workers inherit the patch
    texts = [article_text(i) for i in range(12)]
    texts[4] += "\nCRASH-THE-WORKER"
    texts[9] += "\nRAISE-IN-EXTRACTION"
    items = [(Item(f"t{i}", Article(text, id=f"t{i}", origin=f"t{i}")), None) for i, text in enumerate(texts)]
    runner = LocalRunner(2, BuildOptions())
    try:
        results = [r for chunk in runner.run(chunked(items, 3)) for r in chunk.results]
    finally:
        runner.terminate()
    assert [r.where for r in results] == [f"t{i}" for i in range(12)]
    failed = {r.where: r.reason for r in results if isinstance(r, Failed)}
    assert set(failed) == {"t4", "t9"}
    assert "worker process died" in failed["t4"]
    assert failed["t9"] == "internal error: KeyError: 'boom'"
    assert all(isinstance(r, Built) and r.triples > 30 for r in results if r.where not in failed)
