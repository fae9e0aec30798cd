"""Running extraction over many articles: in-process, in worker processes (``--jobs N``) or on Dask.

Work goes out in chunks (about a second of work each, so that process overhead does not count, see
``../shared/docs/measured.md``) and comes back as :class:`ChunkResult`: for each article either a
:class:`Built` (its triples as sorted, deduplicated N-Triples lines split as the store keeps them, or its
``Doc`` for file outputs), a
:class:`Failed` (where, id and a one-line reason) or a :class:`Skipped` (unchanged since it was stored).
Results are always handed back in input order, so every runner gives the same output.

* :func:`run_local` — ``jobs`` worker processes (a fork-based pool, started before any store is opened) or, for
  one job, the calling process; the parent reads the input and sends articles;
* :func:`run_dask` — a ``dask.distributed`` cluster (an address, or ``"local"`` for a LocalCluster on 127.0.0.1);
  each worker reads its own partition of the input files and skips unchanged articles itself. Dask is imported
  only here.
"""
from __future__ import annotations

import hashlib
import os
import re
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator, Mapping, Sequence

from .corpus import Item, Partition, parse_fields, read_partition
from .reader import Article
from .store import ArticleStatements

__all__ = ["BuildOptions", "Built", "ChunkResult", "Failed", "Skipped", "article_id", "build_items",
           "build_partition", "chunked", "content_hash", "fingerprint", "run_dask", "run_local"]

#: articles per task sent to a worker process (about 1 s of work)
DEFAULT_CHUNK = 100


@dataclass(frozen=True)
class BuildOptions:
    """What every worker needs to know to build an article."""

    lang: str = "ar"
    published: date | None = None      # the date of articles that do not give their own
    output: str = "ntriples"           # "ntriples" for stores, "doc" for file outputs (the parent serializes)
    fields: tuple[tuple[str, str], ...] = ()
    rebuild: bool = False              # ignore the stored hashes (Dask workers skip unchanged articles themselves)

    def field_map(self) -> dict[str, str]:
        return dict(self.fields) if self.fields else parse_fields(None)


@dataclass(slots=True)
class Built:
    """One article built."""

    where: str
    label: str
    key: str | None
    iri: str
    hash: str
    triples: int
    events: int
    entities: tuple[str, ...]
    statements: ArticleStatements | None = None  # for a store: the article's N-Triples lines, split
    doc: object | None = None


@dataclass(slots=True)
class Failed:
    """One article that could not be read or built, and why (one line)."""

    where: str
    label: str
    reason: str


@dataclass(slots=True)
class Skipped:
    """One article unchanged since it was stored."""

    where: str
    iri: str
    key: str | None = None


@dataclass(slots=True)
class ChunkResult:
    """What one chunk or partition gave, in input order within it."""

    index: int
    results: list[Built | Failed | Skipped] = field(default_factory=list)
    cpu: float = 0.0

    @property
    def read(self) -> int:
        return len(self.results)


# ----------------------------------------------------------------------------------------------------------------
# Hashes


def fingerprint() -> str:
    """What decides an article's graph besides its content and options: graphbuild's version. A new version rebuilds
    every stored article on the next run; after changing extraction code or data without a new version, run
    ``build --rebuild``."""
    from . import __version__

    return f"graphbuild {__version__}"


def article_id(article: Article) -> str:
    """The id an article gets: its own, else a hash of its text (as ``graphbuild.extract`` does)."""
    from .vocab import digest

    return article.id or digest(article.text, length=20)


def content_hash(article: Article, options: BuildOptions) -> str:
    """A hash of everything that goes into an article's graph."""
    published = article.published or options.published
    parts = (fingerprint(), options.lang, article.id or "", article.title or "", published.isoformat() if published else "",
             article.url or "", article.text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


# ----------------------------------------------------------------------------------------------------------------
# Building one article


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_iri(value: str) -> str:
    """``value`` if it can be written as an N-Quads IRI; else ``ValueError``."""
    if _BAD_IRI.search(value) or ":" not in value:
        raise ValueError(f"an IRI that cannot be written: {value[:80]!r}")
    return value


def build_article(article: Article, options: BuildOptions, *, key: str | None = None, where: str | None = None,
                  digest_: str | None = None) -> Built:
    """Extract one article and turn it into RDF (raises on failure)."""
    from . import pipeline
    from .rdf import doc_ntriples, doc_statements, entity_node
    from .vocab import article_iri

    doc_id = article_id(article)
    doc = pipeline.extract(article.text, lang=options.lang, published=article.published or options.published,
                           doc_id=doc_id, title=article.title, url=article.url)
    iri = check_iri(str(article_iri(doc.id)))
    entities = tuple(sorted({check_iri(str(entity_node(entity))) for entity in doc.entities}))
    built = Built(where=where or article.origin, label=article.id or where or article.origin, key=key, iri=iri,
                  hash=digest_ or content_hash(article, options), triples=0, events=len(doc.events),
                  entities=entities)
    if options.output == "doc":
        built.doc = doc
        built.triples = len(doc_ntriples(doc))
    else:
        built.statements = ArticleStatements.of_statements(iri, doc_statements(doc))
        built.triples = built.statements.triples
    return built


def _reason(error: BaseException) -> str:
    from .errors import GraphbuildError

    if isinstance(error, GraphbuildError):
        text = error.message
    elif isinstance(error, (ValueError, UnicodeError)):
        text = str(error)
    elif isinstance(error, RecursionError):
        text = "too deeply nested to process"
    elif isinstance(error, MemoryError):
        text = "out of memory"
    else:
        text = f"internal error: {type(error).__name__}: {error}"
    return " ".join(text.split())[:300] or type(error).__name__


def build_one(item: Item, options: BuildOptions, digest_: str | None = None) -> Built | Failed:
    """Build one read item, turning any failure into a ``Failed``."""
    if item.article is None:
        return Failed(item.where, item.label, item.error or "unreadable")
    try:
        return build_article(item.article, options, key=item.key, where=item.where, digest_=digest_)
    except Exception as error:  # isolate every article: one bad article never stops the run
        if os.environ.get("GRAPHBUILD_DEBUG"):
            import traceback

            traceback.print_exc()
        return Failed(item.where, item.label, _reason(error))


def build_items(index: int, tasks: Sequence[tuple[Item, str | None]], options: BuildOptions) -> ChunkResult:
    """Build a chunk of ``(item, content hash)`` pairs (a worker task)."""
    started = time.process_time()
    result = ChunkResult(index)
    for item, digest_ in tasks:
        result.results.append(build_one(item, options, digest_))
    result.cpu = time.process_time() - started
    return result


def build_partition(partition: Partition, options: BuildOptions, known: Mapping[str, str] | None = None) -> ChunkResult:
    """Read one partition, skip the articles ``known`` holds unchanged, and build the rest (a Dask task)."""
    started = time.process_time()
    result = ChunkResult(partition.index)
    known = known or {}
    for item in read_partition(partition, options.field_map()):
        if item.article is None:
            result.results.append(Failed(item.where, item.label, item.error or "unreadable"))
            continue
        digest_ = content_hash(item.article, options)
        if not options.rebuild and known:
            from .vocab import article_iri

            iri = str(article_iri(article_id(item.article)))
            if known.get(iri) == digest_:
                result.results.append(Skipped(item.where, iri, item.key))
                continue
        result.results.append(build_one(item, options, digest_))
    result.cpu = time.process_time() - started
    return result


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter)."""
    chunk = []
    for element in iterable:
        chunk.append(element)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ----------------------------------------------------------------------------------------------------------------
# Worker processes


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent dies, even by ``kill -9``: else it would block for ever writing a result
    nobody reads (Linux ``PR_SET_PDEATHSIG``; elsewhere the worker ends at its next write)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)


def _worker_init(lang: str, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (forked after it was set)
    _exit_with_parent(parent)
    from .lang import get_language

    try:
        get_language(lang if lang != "auto" else "ar")  # load resources once per process, before the first task
    except Exception:  # reported per article when it matters
        pass


class LocalRunner:
    """``jobs`` worker processes (or the calling process for one job) building chunks in input order.

    A worker that dies (killed, out of memory, a crash in native code) does not stop the run: the chunks it
    had are built again one article per task in a fresh pool, and an article that kills a worker again is
    reported as failed.
    """

    def __init__(self, jobs: int, options: BuildOptions):
        self.jobs = max(1, jobs)
        self.options = options
        self.executor = None
        if self.jobs > 1:
            self.executor = self._start()

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        executor = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                       initializer=_worker_init, initargs=(self.options.lang, os.getpid()))
        # the pool forks its workers at the first task: start them now, before the caller opens a store, so that
        # no worker inherits the store's lock (a worker outliving a killed parent would keep the store locked)
        executor.submit(os.getpid).result()
        return executor

    def run(self, chunks: Iterable[list[tuple[Item, str | None]]]) -> Iterator[ChunkResult]:
        """Build every chunk; yield the results in order, with at most two chunks per worker in flight."""
        if self.executor is None:
            for index, chunk in enumerate(chunks):
                yield build_items(index, chunk, self.options)
            return
        from concurrent.futures.process import BrokenProcessPool

        pending: deque = deque()
        limit = 2 * self.jobs
        iterator = enumerate(chunks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                try:
                    index, chunk = next(iterator)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((index, chunk, self.executor.submit(build_items, index, chunk, self.options)))
            if not pending:
                return
            index, chunk, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                retry = [(index, chunk)] + [(i, c) for i, c, _ in pending]
                pending.clear()
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.executor = self._start()
                results = [self._one_by_one(i, c) for i, c in retry]
                yield from results

    def _one_by_one(self, index: int, chunk: list[tuple[Item, str | None]]) -> ChunkResult:
        from concurrent.futures.process import BrokenProcessPool

        result = ChunkResult(index)
        for item, digest_ in chunk:
            try:
                part = self.executor.submit(build_items, index, [(item, digest_)], self.options).result()
                result.results.extend(part.results)
                result.cpu += part.cpu
            except BrokenProcessPool:
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.executor = self._start()
                result.results.append(Failed(item.where, item.label, "the worker process died building it "
                                                                     "(killed, out of memory or a crash)"))
        return result

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True)
            self.executor = None

    def terminate(self) -> None:
        """Stop the workers (on Ctrl-C or an error): tasks not started are cancelled, a chunk being built may
        finish for up to two seconds, then the workers still busy are killed."""
        if self.executor is not None:
            executor, self.executor = self.executor, None
            processes = list((getattr(executor, "_processes", None) or {}).values())
            executor.shutdown(wait=False, cancel_futures=True)
            # a worker killed while it writes a result leaves the pool's result thread waiting for the rest of
            # the message for ever, and the interpreter waits for that thread at exit: give the chunks being
            # built time to finish, so the workers leave on their own
            deadline = time.monotonic() + 2
            for process in processes:
                process.join(timeout=max(0.0, deadline - time.monotonic()))
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(timeout=5)


def run_local(chunks: Iterable[list[tuple[Item, str | None]]], options: BuildOptions, jobs: int = 1
              ) -> Iterator[ChunkResult]:
    """Build chunks with ``jobs`` processes; results in input order."""
    runner = LocalRunner(jobs, options)
    try:
        yield from runner.run(chunks)
        runner.close()
    finally:
        runner.terminate()


# ----------------------------------------------------------------------------------------------------------------
# Dask


class DaskRunner:
    """Partitions built on a dask.distributed cluster, each worker reading its own input."""

    def __init__(self, address: str, workers: int | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            from .errors import GraphbuildError

            raise GraphbuildError("--dask needs dask.distributed: pip install 'graphbuild[dask]'") from None
        import logging

        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 2, threads_per_worker=1,
                                        processes=True, host="127.0.0.1", dashboard_address=None,
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="10s")
            except (OSError, TimeoutError) as error:
                from .errors import GraphbuildError

                raise GraphbuildError(f"cannot reach the Dask scheduler at '{address}': {error}") from None

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def run(self, partitions: Sequence[Partition], options: BuildOptions, known: Mapping[str, str] | None = None
            ) -> Iterator[ChunkResult]:
        """Build every partition; yield results in partition order, with a bounded number in flight."""
        from dask.distributed import as_completed

        # a dict given to scatter() is scattered value by value: wrap it in a list to send it whole
        known_future = self.client.scatter([dict(known)], broadcast=True)[0] if known else None
        limit = 2 * self.workers
        todo = deque(partitions)
        done: dict[int, ChunkResult] = {}
        flying = as_completed()
        next_index = 0

        def submit() -> None:
            partition = todo.popleft()
            flying.add(self.client.submit(build_partition, partition, options, known_future, pure=False,
                                          key=f"graphbuild-partition-{partition.index}-{os.getpid()}-{time.time_ns()}"))

        for _ in range(min(limit, len(todo))):
            submit()
        while next_index < len(partitions):
            future = next(flying)
            result = future.result()
            future.release()
            done[result.index] = result
            if todo:
                submit()
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


def run_dask(address: str, partitions: Sequence[Partition], options: BuildOptions,
             known: Mapping[str, str] | None = None, workers: int | None = None) -> Iterator[ChunkResult]:
    """Build partitions on Dask (``address`` or ``"local"``); results in partition order."""
    runner = DaskRunner(address, workers)
    try:
        yield from runner.run(partitions, options, known)
    finally:
        runner.close()
