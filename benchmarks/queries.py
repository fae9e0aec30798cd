"""Latency of the example queries on a store: rows and milliseconds per query, Oxigraph (and optionally rdflib).

    python benchmarks/queries.py --store /tmp/graphbuild-bench/store-v2-all              # all examples/queries/*.rq
    python benchmarks/queries.py --store DIR --only 04,13 --show 5                       # two queries, 5 rows each
    python benchmarks/queries.py --store DIR --rdflib export.nq                          # rdflib on the same graph

Each query runs in a forked child (so that a runaway one can be stopped after ``--timeout`` seconds) on the store
opened read-only, over the union of its graphs (``use_default_graph_as_union=True``, as ``graphbuild query --store``
does: see graphbuild.store). One warm-up run, then the median of ``--repeat`` runs; a query whose warm-up takes
longer than 5 s is timed once. ``--json FILE`` saves the results.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def in_child(function, timeout: float) -> dict:
    """Run ``function`` (returning a JSON-able dict) in a forked child; give up after ``timeout`` seconds."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            payload = json.dumps(function()).encode()
        except BaseException as error:  # the engine could not run it: say why
            message = " ".join(f"{type(error).__name__}: {error}".split())[:300]
            payload = json.dumps({"ms": None, "rows": None, "error": message}).encode()
        with os.fdopen(write, "wb") as out:
            out.write(payload)
        os._exit(0)
    os.close(write)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    os.set_blocking(read, False)
    while True:
        try:
            chunk = os.read(read, 1 << 16)
        except BlockingIOError:
            chunk = None
        if chunk:
            chunks.append(chunk)
            continue
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            os.set_blocking(read, True)
            while chunk := os.read(read, 1 << 16):
                chunks.append(chunk)
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            chunks = []
            break
        time.sleep(0.01)
    os.close(read)
    return json.loads(b"".join(chunks)) if chunks else {"ms": None, "rows": None, "timeout_s": timeout}


def _timed(run, repeat: int, show: int) -> dict:
    started = time.perf_counter()
    rows = run()
    first = time.perf_counter() - started
    times = [first]
    if first < 5:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            rows = run()
            times.append(time.perf_counter() - started)
    out = {"ms": round(statistics.median(times) * 1000, 1), "rows": len(rows)}
    if show:
        out["sample"] = rows[:show]
    return out


def _cell(term) -> str | None:
    if term is None:
        return None
    return str(getattr(term, "value", term))


def oxigraph(store_dir: str, sparql: str, repeat: int, show: int) -> dict:
    import pyoxigraph

    store = pyoxigraph.Store.read_only(store_dir)

    def run():
        result = store.query(sparql, use_default_graph_as_union=True)
        if isinstance(result, pyoxigraph.QueryBoolean):
            return [[bool(result)]]
        return [[_cell(solution[v]) for v in result.variables] for solution in result]

    return _timed(run, repeat, show)


_RDFLIB = None


def load_rdflib(nquads: str) -> int:
    """Parse ``nquads`` into rdflib's in-memory ``Dataset(default_union=True)``, which ``rdflib_run`` queries;
    returns the quads parsed."""
    global _RDFLIB
    from rdflib import Dataset

    _RDFLIB = Dataset(default_union=True)
    _RDFLIB.parse(nquads, format="nquads")
    return len(_RDFLIB)


def rdflib_run(sparql: str, repeat: int, show: int) -> dict:
    def run():
        return [[_cell(term) for term in row] for row in _RDFLIB.query(sparql)]

    return _timed(run, repeat, show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", help="an Oxigraph store folder (graphbuild build --store)")
    parser.add_argument("--rdflib", metavar="NQ", help="also run the queries on rdflib's in-memory Dataset "
                                                       "(default_union) loaded from this N-Quads file")
    parser.add_argument("--queries", default=str(ROOT / "examples" / "queries"), help="folder of .rq files")
    parser.add_argument("--only", default="", help="comma-separated file-name prefixes, e.g. 01,07")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per query and engine (default 60)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", type=int, default=0, help="print this many result rows per query")
    parser.add_argument("--json", metavar="FILE", help="save the results here")
    args = parser.parse_args()

    paths = sorted(Path(args.queries).glob("*.rq"))
    if args.only:
        wanted = tuple(args.only.split(","))
        paths = [path for path in paths if path.name.startswith(wanted)]
    engines = []
    if args.store:
        engines.append(("oxigraph", lambda sparql: oxigraph(args.store, sparql, args.repeat, args.show)))
    if args.rdflib:
        started = time.perf_counter()
        parsed = load_rdflib(args.rdflib)
        print(f"rdflib: {parsed:,} quads parsed in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        engines.append(("rdflib", lambda sparql: rdflib_run(sparql, args.repeat, args.show)))
    if not engines:
        parser.error("give --store and/or --rdflib")

    results: dict[str, dict] = {}
    print(f"{'query':<34} " + " ".join(f"{name + ' rows':>14} {name + ' ms':>12}" for name, _ in engines))
    for path in paths:
        sparql = path.read_text(encoding="utf-8")
        results[path.name] = {}
        cells = []
        for name, run in engines:
            result = in_child(lambda: run(sparql), args.timeout)
            results[path.name][name] = result
            if result.get("ms") is None:
                cells.append(f"{'-':>14} {('> %gs' % args.timeout) if 'timeout_s' in result else 'error':>12}")
            else:
                cells.append(f"{result['rows']:>14,} {result['ms']:>12,.1f}")
        print(f"{path.stem:<34} " + " ".join(cells), flush=True)
        for name, _ in engines:
            result = results[path.name][name]
            if result.get("error"):
                print(f"    {name}: {result['error']}", flush=True)
            for row in result.get("sample", []):
                print(f"    {name}: " + " | ".join("" if c is None else c[:70] for c in row), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
