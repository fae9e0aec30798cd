"""``graphbuild build``: articles in, a graph file (and optionally an HTML view) or a persistent store out.

Inputs are files, folders (recursively), globs, ``-`` (stdin), optionally ``.gz``: plain text articles, JSON Lines
(one article per line) and HTML pages (see ``graphbuild.corpus``). With ``--output`` the graph is written to one
file; with ``--store DIR`` every article goes into its own named graph of an on-disk Oxigraph store, and a re-run
only builds what changed (see ``graphbuild.store``).

A bad article is reported on stderr with where it was read, its id and the reason, and the run goes on
(``--strict`` stops at the first). Exit status: 0 every article built (or unchanged), 1 an error stopped the run,
2 usage error, 3 the run completed but some articles failed, 130 interrupted (what was stored is kept; run the
same command again to finish).
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
import time

from ..errors import GraphbuildError, InputError
from ._options import published_date

EXIT_PARTIAL = 3

EPILOG = """examples:
  graphbuild build article.txt -o article.ttl
  graphbuild build news/ 'archive/*.jsonl.gz' --store store/ --jobs 2
  graphbuild build dump.jsonl --field text=body --field id=docno --store store/
  graphbuild build dump.jsonl --store store/ --dask local
exit status: 0 all built, 1 error, 2 usage, 3 some articles failed (the others were built), 130 interrupted."""


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: '{value}'") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs cannot be negative (0 means one per CPU)")
    return jobs or os.cpu_count() or 1


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number: '{value}'")
    return number


def register(subparsers) -> None:
    """Add the ``build`` subcommand."""
    parser = subparsers.add_parser(
        "build", help="extract a graph from articles", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract entities, posts and events from articles into RDF: one graph file, or an on-disk "
                    "store that later runs add to.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="article files, folders (read recursively), globs or '-' (stdin); .txt, .jsonl/.ndjson "
                             "(one article per line), .html/.htm, each optionally .gz")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--output", "-o", default=None,
                        help="output file; format from the suffix (.ttl .nt .nq .trig .jsonld, optionally .gz); "
                             "'-' writes Turtle to stdout (the default without --store)")
    target.add_argument("--store", metavar="DIR",
                        help="add the articles to the on-disk store in DIR (created if needed): one named graph per "
                             "article; unchanged articles are skipped, changed ones replaced")
    parser.add_argument("--published", type=published_date, metavar="YYYY-MM-DD",
                        help="publication date of articles that do not give one, used to resolve relative dates")
    parser.add_argument("--lang", choices=("ar", "en", "auto"), default="ar", help="article language (default ar)")
    parser.add_argument("--id", dest="doc_id", help="article id (default: a hash of its text); one input only")
    parser.add_argument("--html", metavar="FILE", help="also write the interactive HTML view (not with --store)")
    parser.add_argument("--input-format", choices=("auto", "text", "jsonl", "html"), default="auto",
                        help="how to read the inputs (default: from the suffix; stdin is text)")
    parser.add_argument("--field", action="append", metavar="NAME=FIELD",
                        help="JSON Lines field holding NAME (id title text published url source), e.g. text=body; "
                             "repeatable")
    parser.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per CPU)")
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run on a dask.distributed scheduler at ADDRESS, or 'local' to start one on this machine "
                             "(with --jobs workers, default one per CPU); workers read the input files themselves")
    parser.add_argument("--chunk-size", type=_positive, default=None, metavar="N",
                        help="articles per worker task (default 100)")
    parser.add_argument("--strict", action="store_true", help="stop at the first article that fails")
    parser.add_argument("--rebuild", action="store_true", help="with --store: rebuild articles even when unchanged")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    parser.set_defaults(run=run)


# ----------------------------------------------------------------------------------------------------------------
# Progress and summary


class Report:
    """Counts, the progress bar (on a terminal) and the lines written to stderr."""

    def __init__(self, total: int | None, quiet: bool, label: str = "building"):
        self.read = self.built = self.unchanged = self.failed = self.duplicates = 0
        self.triples = self.events = 0
        self.entities: set[str] = set()
        self.started = time.perf_counter()
        self.progress = None
        self.task = None
        self.quiet = quiet
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task) -> Text:
                    elapsed = task.elapsed or 0
                    rate = task.completed / elapsed if elapsed > 0 else 0
                    return Text(f"{rate:,.0f} articles/s", style="progress.data.speed")

            self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     Rate(), TimeElapsedColumn(), TimeRemainingColumn(),
                                     TextColumn("{task.fields[failed]}"),
                                     console=Console(stderr=True), transient=False)
            self.progress.start()
            self.task = self.progress.add_task(label, total=total, failed="")

    def line(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False)
        else:
            print(text, file=sys.stderr, flush=True)

    def advance(self, n: int = 1) -> None:
        if self.progress is not None:
            self.progress.update(self.task, advance=n,
                                 failed=f"{self.failed:,} failed" if self.failed else "")

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def summary(self) -> str:
        seconds = self.elapsed
        rate = self.read / seconds if seconds > 0 else 0.0
        parts = [f"{self.built:,} built", f"{self.unchanged:,} unchanged", f"{self.failed:,} failed"]
        if self.duplicates:
            parts.append(f"{self.duplicates:,} duplicates skipped")
        return (f"{self.read:,} articles read: {', '.join(parts)}; {self.triples:,} triples, "
                f"{len(self.entities):,} entities, {self.events:,} events; {seconds:.1f} s ({rate:,.0f} articles/s)")


def _failure_text(where: str, label: str, reason: str) -> str:
    place = where if label == where else f"{where} (id {label})"
    if f"'{where}'" in reason and label == where:
        return f"graphbuild build: failed: {reason}"
    return f"graphbuild build: failed: {place}: {reason}"


class _Stop(Exception):
    """--strict: the first failure stops the run."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ----------------------------------------------------------------------------------------------------------------
# The command


def run(args) -> int:
    """Build the graph of the given articles."""
    from ..corpus import parse_fields, plan_inputs
    from ..parallel import BuildOptions

    if args.store and args.html:
        raise InputError("--html writes a view of the articles built now; with --store, export the store and run "
                         "graphbuild view on it")
    if args.rebuild and not args.store:
        raise InputError("--rebuild only applies to --store")
    fields = parse_fields(args.field)
    sources = plan_inputs(args.inputs, args.input_format)
    if args.doc_id and (len(sources) != 1 or sources[0].kind == "jsonl"):
        raise InputError("--id names one article; give one input")
    options = BuildOptions(lang=args.lang, published=args.published, output="ntriples" if args.store else "doc",
                           fields=tuple(sorted(fields.items())), rebuild=args.rebuild)
    if args.store:
        return _run_store(args, sources, options)
    return _run_file(args, sources, options)


def _items(sources, options, doc_id: str | None):
    """Read items in order; ``--id`` renames the single article."""
    import dataclasses

    from ..corpus import read_sources

    for item in read_sources(sources, options.field_map()):
        if doc_id and item.article is not None:
            item = dataclasses.replace(item, article=dataclasses.replace(item.article, id=doc_id), key=None)
        yield item


def _total(sources) -> int | None:
    from ..corpus import count_articles

    return count_articles(sources) if sys.stderr.isatty() else None


def _run_file(args, sources, options) -> int:
    """Build into one graph file (the single-file behaviour, now for any number of inputs)."""

    from ..export import serialize
    from ..parallel import Failed, LocalRunner, chunked
    from ..rdf import to_dataset, to_graph
    from ..rdfio import FORMATS, check_output_path, rdf_format, write_bytes_atomic

    output = args.output or "-"
    suffix = rdf_format(output)
    check_output_path(output)
    if args.dask:
        raise InputError("--dask builds into a store: give --store DIR")
    single_article = len(sources) == 1 and sources[0].kind != "jsonl"
    report = Report(_total(sources), args.quiet or single_article)
    docs = []
    failures: list[Failed] = []
    seen: dict[str, str] = {}
    runner = LocalRunner(args.jobs, options)
    try:
        chunks = chunked(((item, None) for item in _items(sources, options, args.doc_id)), args.chunk_size or 100)
        for chunk in runner.run(chunks):
            for result in chunk.results:
                report.read += 1
                if isinstance(result, Failed):
                    failures.append(result)
                    report.failed += 1
                    if args.strict:
                        raise _Stop(_failure_text(result.where, result.label, result.reason))
                    if not single_article:  # one article alone: its error below says it once
                        report.line(_failure_text(result.where, result.label, result.reason))
                elif result.iri in seen:
                    if seen[result.iri] == result.hash:
                        report.duplicates += 1
                    else:
                        reason = f"another article has the same id (first read from {seen['@' + result.iri]})"
                        failures.append(Failed(result.where, result.label, reason))
                        report.failed += 1
                        if args.strict:
                            raise _Stop(_failure_text(result.where, result.label, reason))
                        report.line(_failure_text(result.where, result.label, reason))
                else:
                    seen[result.iri] = result.hash
                    seen["@" + result.iri] = result.where
                    docs.append(result.doc)
                    report.built += 1
                    report.triples += result.triples
                    report.events += result.events
                    report.entities.update(result.entities)
                report.advance()
        runner.close()
    except _Stop as stop:
        report.stop()
        raise InputError(stop.message.removeprefix("graphbuild build: ")) from None
    finally:
        runner.terminate()
        report.stop()
    if not docs:
        if report.read == 1 and failures:
            failure = failures[0]
            reason = failure.reason if failure.where in failure.reason else f"{failure.where}: {failure.reason}"
            raise InputError(reason)
        raise InputError(f"no article could be built ({report.failed:,} failed)")
    graph = to_dataset(docs) if FORMATS[suffix][2] else to_graph(docs)
    data = serialize(graph, suffix)
    if args.html:
        try:
            from ..view import write_html
        except ImportError as error:
            raise GraphbuildError(f"the HTML view is not available: {error}") from None
        write_html(to_graph(docs), args.html)
    write_bytes_atomic(output, data)
    if not args.quiet and report.read > 1:
        report.line(f"graphbuild build: {report.summary()}")
    return EXIT_PARTIAL if failures else 0


def _run_store(args, sources, options) -> int:
    """Build into the on-disk store: skip unchanged articles, replace changed ones, load in bulk."""
    from ..parallel import Failed, LocalRunner, Skipped, article_id, chunked, content_hash
    from ..store import GraphStore
    from ..vocab import article_iri

    report = None
    runner = None
    dask = None
    if not args.dask:
        runner = LocalRunner(args.jobs, options)  # fork the workers before the store opens its threads
    previous_term = signal.getsignal(signal.SIGTERM)

    def on_term(signum, frame):
        raise KeyboardInterrupt

    store = None
    loader = None
    try:
        signal.signal(signal.SIGTERM, on_term)
        store = GraphStore.open(args.store)
        known = store.known_hashes()
        report = Report(_total(sources), args.quiet)
        if store.recovered and not args.quiet:
            report.line(f"graphbuild build: removed {store.recovered:,} half-written articles left by an "
                        "interrupted run; they are built again")
        loader = _Loader(store, report, args.strict)
        seen: dict[str, tuple[str, str]] = {}

        def consume(result) -> None:
            report.read += 1
            if isinstance(result, Failed):
                loader.fail(result.where, result.label, result.reason)
            elif isinstance(result, Skipped):
                report.unchanged += 1
                seen.setdefault(result.iri, ("", result.where))
                if result.key is not None:
                    loader.origins[result.key] = None
            else:
                first = seen.get(result.iri)
                if first is not None:
                    if first[0] in ("", result.hash):
                        report.duplicates += 1
                    else:
                        loader.fail(result.where, result.label,
                                    f"another article has the same id (first read from {first[1]})")
                else:
                    seen[result.iri] = (result.hash, result.where)
                    loader.add(result, replace=result.iri in known)
            report.advance()

        if args.dask:
            from ..corpus import partition_sources
            from ..parallel import DaskRunner

            partitions = partition_sources(sources)
            dask = DaskRunner(args.dask, args.jobs if args.jobs > 1 else None)
            for chunk in dask.run(partitions, options, {} if args.rebuild else known):
                for result in chunk.results:
                    consume(result)
        else:
            def tasks():
                for item in _items(sources, options, args.doc_id):
                    if item.article is None:
                        consume(Failed(item.where, item.label, item.error or "unreadable"))
                        continue
                    digest_ = content_hash(item.article, options)
                    iri = str(article_iri(article_id(item.article)))
                    if not args.rebuild and known.get(iri) == digest_:
                        consume(Skipped(item.where, iri, item.key))
                        continue
                    yield item, digest_

            for chunk in runner.run(chunked(tasks(), args.chunk_size or 100)):
                for result in chunk.results:
                    consume(result)
            runner.close()
        loader.flush()
        stale = loader.stale(seen)
        if stale:
            store.remove_articles(stale)
        compacted = None
        if report.built + len(stale) >= 0.2 * max(1, store.articles()):
            started = time.perf_counter()
            store.optimize()  # a big share of the store was written: compact it, queries get several times faster
            compacted = time.perf_counter() - started
        report.stop()
        if not args.quiet:
            report.line(f"graphbuild build: {report.summary()}")
            report.line(f"graphbuild build: store '{args.store}': {store.articles():,} articles"
                        + (f"; replaced {len(stale):,} earlier versions" if stale else "")
                        + (f"; compacted in {compacted:.1f} s" if compacted is not None else ""))
        return EXIT_PARTIAL if report.failed else 0
    except _Stop as stop:
        if report is not None:
            report.stop()
        if loader is not None:
            loader.stop()
        raise InputError(stop.message.removeprefix("graphbuild build: ") + " (stopped by --strict; the articles "
                         "built before it are stored)") from None
    except KeyboardInterrupt:
        if runner is not None:
            runner.terminate()
        if report is not None:
            report.stop()
        if store is not None and store.ox is not None:
            try:
                if loader is not None:
                    loader.flush()  # keep the articles already built
            except (KeyboardInterrupt, GraphbuildError):
                loader.stop()
            store.recover()  # a load cut half-way: remove it now rather than at the next open
            if report is not None and not args.quiet:
                report.line(f"graphbuild build: interrupted after {report.read:,} articles; "
                            f"{store.articles():,} articles are in the store; run the same command again to finish")
        raise
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        if runner is not None:
            runner.terminate()
        if dask is not None:
            dask.close()
        if report is not None:
            report.stop()
        if loader is not None:
            loader.stop()  # an error elsewhere: let a load in progress finish before the store closes
        if store is not None:
            store.close()


class _Loader:
    """Batches built articles and loads them into the store in bulk, in a background thread.

    pyoxigraph releases the GIL while it bulk-loads, so the main thread keeps feeding the workers meanwhile. At
    most one batch waits while another loads, which bounds memory.
    """

    def __init__(self, store, report: Report, strict: bool):
        import queue
        import threading

        self.store = store
        self.report = report
        self.strict = strict
        self.rows = []
        self.parts: list = []  # ArticleStatements
        self.replace: list[str] = []
        self.size = 0
        self.limit = int(os.environ.get("GRAPHBUILD_LOAD_BATCH_BYTES", 64 << 20))
        self.origins: dict[str, None] = {}
        self.queue: queue.Queue = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._work, name="graphbuild-loader", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while True:
            batch = self.queue.get()
            if batch is None:
                return
            if self.error is not None:
                continue  # drain: a failed load stops the run, later batches are not loaded
            try:
                self.store.load_articles(batch[0], replace=batch[1])
            except BaseException as error:  # handed to the main thread
                self.error = error

    def _check(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def fail(self, where: str, label: str, reason: str) -> None:
        self.report.failed += 1
        text = _failure_text(where, label, reason)
        if self.strict:
            self.flush()
            raise _Stop(text)
        self.report.line(text)

    def add(self, built, *, replace: bool) -> None:
        from ..store import ArticleRow

        self.rows.append(ArticleRow(built.iri, built.hash, built.key, built.triples, len(built.entities),
                                    built.events))
        if built.key is not None:
            self.origins[built.key] = None
        if replace:
            self.replace.append(built.iri)
        self.parts.append(built.statements)
        self.size += built.statements.size
        self.report.built += 1
        self.report.triples += built.triples
        self.report.events += built.events
        self.report.entities.update(built.entities)
        if self.size >= self.limit:
            self._send()

    def _send(self) -> None:
        self._check()
        if self.rows or self.replace:
            batch = (list(zip(self.rows, self.parts)), self.replace)
            self.rows, self.parts, self.replace, self.size = [], [], [], 0
            self.queue.put(batch)

    def flush(self) -> None:
        """Load what is batched and wait until everything sent is loaded (the loader then stops)."""
        if self.thread.is_alive():
            self._send()
            self.queue.put(None)
            self.thread.join()
        self._check()

    def stop(self) -> None:
        """Drop what is batched, let the batch being loaded finish, and stop the loader (on Ctrl-C)."""
        self.rows, self.parts, self.replace, self.size = [], [], [], 0
        if self.thread.is_alive():
            try:
                while True:
                    self.queue.get_nowait()
            except Exception:
                pass
            self.queue.put(None)
            self.thread.join()

    def stale(self, seen) -> list[str]:
        """Articles stored from an origin read now that no longer gives them (an edited text file)."""
        if not self.origins:
            return []
        stale = []
        for origin, iris in self.store.by_origin(self.origins).items():
            stale.extend(iri for iri in iris if iri not in seen)
        return stale
