"""Corpus throughput, store and queries, in one run, on the bench corpus (issue 5).

    python benchmarks/throughput.py [--corpus ../shared/corpus/bench/arabic_news.jsonl] [--sizes 1000,4000,all]
                                    [--work /tmp/graphbuild-bench] [--json results.json]
                                    [--no-dask] [--no-rdflib] [--rdflib-size all] [--no-jobs1-all]

For the first 1,000 and 4,000 articles and for all of them it measures, in this process:

* the floor: reading the JSON Lines and normalizing (folding) the texts;
* spaCy ``blank("ar")`` tokenization of the same texts (a fresh pipeline per size), the same-run peer;
* single-process extraction (``graphbuild.extract``), and its ratio to spaCy (target <= 1.0); both drop each
  Doc once made, as a build does, and the two take blocks of 500 articles in turns, so that the machine's drift
  falls on both alike;

then, as users run it, ``graphbuild build FILE --store DIR`` with ``--jobs 1``, ``--jobs 2`` and ``--dask local``
(2 workers): wall time, CPU time of the whole process tree, articles/s, MB/s, peak RSS (largest single process,
and the sum over the process tree sampled every 0.1 s); a second run on the full store (triples added, time);
and the latency of every ``examples/queries/*.rq`` on the largest store (Oxigraph, the union of its graphs, as
``graphbuild query --store`` runs them) against rdflib's in-memory ``Dataset(default_union=True)`` holding the
same graphs. Each query runs on the Oxigraph store that rdflib's graph was exported from right before rdflib runs
it, for the same reason.

The machine may be shared: CPU times are reported next to wall times, and the load average at each step.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "arabic_news.jsonl"
GRAPHBUILD = [sys.executable, "-m", "graphbuild.cli"]
sys.path.insert(0, str(ROOT / "benchmarks"))  # benchmarks/queries.py times the queries


def log(*parts) -> None:
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


def load_average() -> float:
    return os.getloadavg()[0]


# ----------------------------------------------------------------------------------------------------------------
# Inputs


def slice_corpus(corpus: Path, sizes: list[int | None], work: Path) -> dict[str, tuple[Path, int, float]]:
    """label -> (file, articles, MB of text) for each size (None = all)."""
    lines = corpus.read_bytes().splitlines(keepends=True)
    out = {}
    for size in sizes:
        label = "all" if size is None else str(size)
        chosen = lines if size is None else lines[:size]
        path = corpus if size is None else work / f"first-{size}.jsonl"
        if size is not None:
            path.write_bytes(b"".join(chosen))
        megabytes = sum(len(json.loads(line)["text"].encode("utf-8")) for line in chosen) / 1e6
        out[label] = (path, len(chosen), megabytes)
    return out


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


# ----------------------------------------------------------------------------------------------------------------
# In-process measurements


def timed(function):
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    value = function()
    return value, time.perf_counter() - wall, time.process_time() - cpu


#: articles per block when extraction and spaCy's tokenizer are timed in turns
SPACY_BLOCK = 500


def in_process(label: str, path: Path, n: int, megabytes: float) -> dict:
    import graphbuild
    from graphbuild.lang import get_language

    language = get_language("ar")
    graphbuild.extract("تحميل الموارد", lang="ar")
    result = {"articles": n, "MB": round(megabytes, 2)}

    def floor():
        for record in read_records(path):
            language.fold(record["text"])

    _, wall, cpu = timed(floor)
    result["floor"] = {"wall": wall, "cpu": cpu}
    records = read_records(path)
    try:
        import spacy
    except ImportError:
        spacy = None
    nlp = spacy.blank("ar") if spacy else None

    def extract_block(block: list[dict]) -> None:
        # each Doc is dropped once made, as spaCy's Docs are and as a build does: a list of 16,000 kept Docs
        # would make every full garbage collection walk them all (30.6 CPU s instead of 22.4 here)
        for r in block:
            graphbuild.extract(r["text"], doc_id=r.get("id"), title=r.get("title"))

    def tokenize_block(block: list[dict]) -> None:
        for doc in nlp.pipe(r["text"] for r in block):
            del doc

    # The two run on the same blocks of articles in turns, so that both meet the machine in the same state (its
    # speed drifts by tens of per cent within minutes); spaCy sees the texts in the same order as it would in
    # one go, so its cache of tokenized words fills as it would.
    totals = {"extract": [0.0, 0.0], "spacy": [0.0, 0.0]}
    block_ratios = []
    for start in range(0, len(records), SPACY_BLOCK):
        block = records[start:start + SPACY_BLOCK]
        _, wall, cpu = timed(lambda: extract_block(block))
        totals["extract"][0] += wall
        totals["extract"][1] += cpu
        if nlp is not None:
            _, spacy_wall, spacy_cpu = timed(lambda: tokenize_block(block))
            totals["spacy"][0] += spacy_wall
            totals["spacy"][1] += spacy_cpu
            block_ratios.append(cpu / spacy_cpu if spacy_cpu else float("nan"))
    result["extract"] = {"wall": totals["extract"][0], "cpu": totals["extract"][1]}
    result["spacy"] = {"wall": totals["spacy"][0], "cpu": totals["spacy"][1],
                       "block": SPACY_BLOCK, "block_ratio_min": min(block_ratios),
                       "block_ratio_max": max(block_ratios)} if nlp is not None else None
    if result["spacy"]:
        result["extract_vs_spacy_cpu"] = result["extract"]["cpu"] / result["spacy"]["cpu"]
        result["extract_vs_spacy_wall"] = result["extract"]["wall"] / result["spacy"]["wall"]
    log(f"in-process {label}: floor {result['floor']['cpu']:.1f} s, spaCy "
        f"{(result['spacy'] or {}).get('cpu', float('nan')):.1f} s, extract {result['extract']['cpu']:.1f} s CPU")
    return result


# ----------------------------------------------------------------------------------------------------------------
# CLI runs


class TreeMemory:
    """Samples the summed RSS of a process and its descendants."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        while not self.stop.is_set():
            try:
                root = psutil.Process(self.pid)
                total = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                self.peak = max(self.peak, total)
            except Exception:
                pass
            self.stop.wait(0.1)

    def done(self) -> int:
        self.stop.set()
        self.thread.join()
        return self.peak


def run_cli(args: list[str], env: dict | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = load_average()
    started = time.perf_counter()
    process = subprocess.Popen(GRAPHBUILD + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, **(env or {})))
    memory = TreeMemory(process.pid)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    peak_tree = memory.done()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 3):
        raise RuntimeError(f"graphbuild {' '.join(args)} failed ({process.returncode}): {err.decode()[-2000:]}")
    return {"command": "graphbuild " + " ".join(args), "wall": wall, "cpu_tree": cpu,
            "peak_rss_process_MB": after.ru_maxrss / 1024, "peak_rss_tree_MB": peak_tree / 2**20,
            "load_before": load, "stderr": err.decode().strip().splitlines()[-3:]}


def store_quads(folder: Path) -> int:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(folder))
    count = len(store)
    del store
    gc.collect()
    return count


def build(label: str, path: Path, n: int, megabytes: float, work: Path, mode: str) -> dict:
    store = work / f"store-{mode}-{label}"
    shutil.rmtree(store, ignore_errors=True)
    args = ["build", str(path), "--store", str(store), "--quiet"]
    args += ["--dask", "local", "--jobs", "2"] if mode == "dask" else ["--jobs", mode.removeprefix("j")]
    result = run_cli(args)
    result["articles_per_s"] = n / result["wall"]
    result["MB_per_s"] = megabytes / result["wall"]
    result["ms_per_article"] = 1000 * result["wall"] / n
    result["cpu_ms_per_article"] = 1000 * result["cpu_tree"] / n
    result["store"] = str(store)
    log(f"build {mode} {label}: {result['wall']:.1f} s wall, {result['cpu_tree']:.1f} s CPU, "
        f"{result['articles_per_s']:.0f} articles/s, peak {result['peak_rss_tree_MB']:.0f} MB (tree), "
        f"load {result['load_before']:.1f}")
    return result


# ----------------------------------------------------------------------------------------------------------------
# Queries


def oxigraph_queries(store_dir: Path, queries: list[Path], timeout: float) -> dict:
    """Each query on the store (the union of its graphs), timed as ``benchmarks/queries.py`` times it."""
    import queries as query_bench

    out = {}
    for path in queries:
        sparql = path.read_text(encoding="utf-8")
        out[path.name] = query_bench.in_child(lambda: query_bench.oxigraph(str(store_dir), sparql, 3, 0), timeout)
        log(f"oxigraph {path.name}: {out[path.name]}")
    return out


def rdflib_queries(nquads: Path, store_dir: Path, queries: list[Path], timeout: float) -> tuple[dict, dict]:
    """Each query on rdflib's in-memory Dataset, loaded once from ``nquads``, and right before it on the Oxigraph
    store in ``store_dir`` that holds the same graphs, each in a forked child (stopped after ``timeout``): the
    Oxigraph results, then rdflib's."""
    import queries as query_bench

    started = time.perf_counter()
    parsed = query_bench.load_rdflib(str(nquads))
    load_seconds = time.perf_counter() - started
    log(f"rdflib: parsed {parsed:,} quads in {load_seconds:.0f} s")
    oxigraph: dict = {}
    rdflib = {"_load_s": load_seconds, "_peak_rss_MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    for path in queries:
        sparql = path.read_text(encoding="utf-8")
        oxigraph[path.name] = query_bench.in_child(lambda: query_bench.oxigraph(str(store_dir), sparql, 3, 0), timeout)
        rdflib[path.name] = query_bench.in_child(lambda: query_bench.rdflib_run(sparql, 3, 0), timeout)
        log(f"{path.name}: oxigraph {oxigraph[path.name]}, rdflib {rdflib[path.name]}")
    return oxigraph, rdflib


# ----------------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,4000,all")
    parser.add_argument("--work", type=Path, default=Path("/tmp/graphbuild-bench"))
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--no-jobs1-all", action="store_true", help="skip --jobs 1 on the whole corpus")
    parser.add_argument("--no-in-process", action="store_true")
    parser.add_argument("--rdflib-size", default="all", help="size whose store rdflib is compared on")
    parser.add_argument("--query-timeout", type=float, default=300, help="seconds per query and engine")
    parser.add_argument("--only-queries", action="store_true",
                        help="skip the measurements and builds; query the stores a previous run left in --work")
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [None if s == "all" else int(s) for s in args.sizes.split(",")]
    slices = slice_corpus(args.corpus, sizes, args.work)
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()},
                     "corpus": str(args.corpus), "sizes": {}, "builds": {}, "queries": {}}

    def save() -> None:
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), encoding="utf-8")

    queries = sorted((ROOT / "examples" / "queries").glob("*.rq"))
    largest = list(slices)[-1]
    if args.only_queries:
        results["builds"] = {f"j2-{label}": {"store": str(args.work / f"store-j2-{label}")} for label in slices}
        run_queries(args, results, slices, largest, queries, save)
        print(json.dumps(results, indent=1, ensure_ascii=False, default=str))
        return
    for label, (path, n, megabytes) in slices.items():
        results["sizes"][label] = {"articles": n, "MB": megabytes}
        if not args.no_in_process:
            results["sizes"][label]["in_process"] = in_process(label, path, n, megabytes)
            save()

    modes = ["j1", "j2"] + ([] if args.no_dask else ["dask"])
    for label, (path, n, megabytes) in slices.items():
        for mode in modes:
            if mode == "j1" and label == "all" and args.no_jobs1_all:
                continue
            results["builds"][f"{mode}-{label}"] = build(label, path, n, megabytes, args.work, mode)
            save()

    full = results["builds"][f"j2-{largest}"]
    store = Path(full["store"])
    quads = store_quads(store)
    again = run_cli(["build", str(slices[largest][0]), "--store", str(store), "--jobs", "2", "--quiet"])
    again["quads_before"], again["quads_after"] = quads, store_quads(store)
    again["fraction_of_first"] = again["wall"] / full["wall"]
    results["second_run"] = again
    log(f"second run: {again['wall']:.1f} s ({again['fraction_of_first']:.1%} of the first), "
        f"{again['quads_after'] - again['quads_before']} quads added")
    if "j2-1000" in results["builds"]:
        small = results["builds"]["j2-1000"]
        results["scaling_j2_ms_per_article_ratio"] = full["ms_per_article"] / small["ms_per_article"]

    save()
    run_queries(args, results, slices, largest, queries, save)
    print(json.dumps(results, indent=1, ensure_ascii=False, default=str))


def run_queries(args, results, slices, largest, queries, save) -> None:
    store = Path(results["builds"][f"j2-{largest}"]["store"])
    results["queries"]["oxigraph"] = oxigraph_queries(store, queries, args.query_timeout)
    results["queries"]["oxigraph_store"] = str(store)
    save()
    if args.no_rdflib:
        return
    rdflib_store = Path(results["builds"][f"j2-{args.rdflib_size}"]["store"])
    export = args.work / f"export-{args.rdflib_size}.nq"
    started = time.perf_counter()
    from graphbuild.store import export_store

    export_store(rdflib_store, export)
    results["queries"]["export_nq_s"] = time.perf_counter() - started
    results["queries"]["oxigraph_same_store"], results["queries"]["rdflib"] = rdflib_queries(
        export, rdflib_store, queries, args.query_timeout)
    results["queries"]["rdflib_store"] = str(rdflib_store)
    save()


if __name__ == "__main__":
    main()
