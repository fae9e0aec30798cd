"""The persistent store: an on-disk Oxigraph database with one named graph per article.

    with GraphStore.open("store/") as store:          # a second writer is refused (StoreError)
        known = store.known_hashes()                  # article IRI -> content hash of what is stored
        store.load_articles(rows, nquads)             # bulk-load N-Quads, then record the articles' hashes
        store.remove_articles([iri, ...])
    export_store("store/", "all.trig")                # pyoxigraph's serializers; format by suffix

The folder *is* an Oxigraph (RocksDB) database, so ``pyoxigraph.Store.read_only(folder)``, the ``oxigraph``
CLI and ``graphbuild query --store`` open it directly; graphbuild keeps two more files in it:

* ``graphbuild.lock``: held with ``flock`` by the one process that writes (released by the system when that
  process ends, even by ``kill -9``), and naming it, so a second writer gets a clear message;
* ``graphbuild.sqlite``: one row per stored article: its IRI, the hash of its content and of the extractor,
  where it was read, its counts, and its state.

Consistency under interruption: rows are first written as ``pending`` (committed) before an article's graph is
touched; the quads are bulk-loaded; only then are the rows marked ``done``. A run killed at any point leaves
``pending`` rows, and the next open removes those graphs and rows, so a re-run extracts those articles again.
Quads are a set, so loading an article twice never duplicates anything.
"""
from __future__ import annotations

import errno
import fcntl
import gzip
import os
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import OutputError, StoreError
from .rdfio import FORMATS, rdf_format

__all__ = ["GraphStore", "ArticleRow", "StoreInUseError", "export_store", "is_store", "LOCK_NAME", "INDEX_NAME"]

LOCK_NAME = "graphbuild.lock"
INDEX_NAME = "graphbuild.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    iri      TEXT PRIMARY KEY,
    hash     TEXT,
    origin   TEXT,
    state    TEXT NOT NULL,
    triples  INTEGER NOT NULL DEFAULT 0,
    entities INTEGER NOT NULL DEFAULT 0,
    events   INTEGER NOT NULL DEFAULT 0,
    updated  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
CREATE INDEX IF NOT EXISTS articles_state ON articles(state);
"""


class StoreInUseError(StoreError):
    """Another process is writing to the store."""

    code = "GB008"


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the store records about one article."""

    iri: str
    hash: str
    origin: str | None = None
    triples: int = 0
    entities: int = 0
    events: int = 0


def is_store(folder: str | Path) -> bool:
    """Whether ``folder`` holds an Oxigraph database."""
    return (Path(folder) / "CURRENT").is_file()


def _check_folder(folder: Path, create: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"'{folder}' is not a folder")
    if not folder.exists():
        if not create:
            raise StoreError(f"no store at '{folder}'")
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise StoreError(f"cannot create the store folder '{folder}': {error.strerror or error}") from None
        return
    if not is_store(folder):
        entries = [p.name for p in folder.iterdir() if p.name not in (LOCK_NAME, INDEX_NAME)]
        if entries:
            raise StoreError(f"'{folder}' is not empty and holds no Oxigraph store; give a new or empty folder")
        if not create:
            raise StoreError(f"no store at '{folder}'")


def _lock(folder: Path):
    """Take the writer's lock of ``folder``; ``StoreInUseError`` names the holder when another process has it."""
    path = folder / LOCK_NAME
    try:
        handle = open(path, "a+", encoding="utf-8")
    except OSError as error:
        raise StoreError(f"cannot open the lock file '{path}': {error.strerror or error}") from None
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            handle.close()
            raise StoreError(f"cannot lock the store '{folder}': {error.strerror or error}") from None
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise StoreInUseError(f"the store '{folder}' is in use by {holder}; wait for it to finish "
                              "(one build at a time; queries can still read it)") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"graphbuild (pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')})\n")
    handle.flush()
    return handle


class GraphStore:
    """An on-disk Oxigraph store opened for writing, with its article index and its lock."""

    def __init__(self, folder: Path, oxstore, index: sqlite3.Connection, lock_handle):
        self.folder = folder
        self.ox = oxstore
        self.index = index
        self._lock = lock_handle
        self.recovered = 0

    # -- opening and closing ------------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: str | Path, *, create: bool = True) -> GraphStore:
        """Open (or create) the store at ``folder`` for writing, and recover from an interrupted run."""
        import pyoxigraph

        folder = Path(folder)
        _check_folder(folder, create)
        lock_handle = _lock(folder)
        try:
            try:
                oxstore = pyoxigraph.Store(str(folder))
            except OSError as error:
                message = " ".join(str(error).split())
                if "lock" in message.lower():
                    raise StoreInUseError(f"the store '{folder}' is in use by another program: {message}") from None
                raise StoreError(f"cannot open the store '{folder}': {message}") from None
            try:
                # used by one thread at a time: the build's loader thread, then the main thread
                index = sqlite3.connect(str(folder / INDEX_NAME), isolation_level=None, timeout=30,
                                        check_same_thread=False)
                index.execute("PRAGMA journal_mode=WAL")
                index.execute("PRAGMA synchronous=NORMAL")
                index.executescript(_SCHEMA)
            except sqlite3.Error as error:
                raise StoreError(f"cannot open the article index of '{folder}': {error}") from None
        except BaseException:
            lock_handle.close()
            raise
        store = cls(folder, oxstore, index, lock_handle)
        store.recovered = store.recover()
        return store

    def close(self) -> None:
        """Flush and release the store (idempotent)."""
        if self.ox is None:
            return
        try:
            self.ox.flush()
        finally:
            self.index.close()
            self.ox = None
            self._lock.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the article index ---------------------------------------------------------------------------------------

    def recover(self) -> int:
        """Remove what an interrupted run left half-written (``pending`` articles); return how many."""
        pending = [row[0] for row in self.index.execute("SELECT iri FROM articles WHERE state = 'pending'")]
        if pending:
            self._remove_graphs(pending)
            with self._transaction():
                self.index.executemany("DELETE FROM articles WHERE iri = ?", [(iri,) for iri in pending])
        return len(pending)

    def known_hashes(self) -> dict[str, str]:
        """Article IRI -> content hash, for every article stored completely."""
        return dict(self.index.execute("SELECT iri, hash FROM articles WHERE state = 'done'"))

    def articles(self) -> int:
        """How many articles are stored."""
        return self.index.execute("SELECT COUNT(*) FROM articles WHERE state = 'done'").fetchone()[0]

    def by_origin(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Origin key -> IRIs of the articles stored from it."""
        found: dict[str, list[str]] = {}
        keys = list(keys)
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            for iri, origin in self.index.execute(f"SELECT iri, origin FROM articles WHERE origin IN ({marks})", part):
                found.setdefault(origin, []).append(iri)
        return found

    def _transaction(self):
        index = self.index

        class _Tx:
            def __enter__(self):
                index.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind, value, traceback):
                index.execute("ROLLBACK" if kind else "COMMIT")

        return _Tx()

    # -- writing -------------------------------------------------------------------------------------------------

    def _remove_graphs(self, iris: Iterable[str]) -> None:
        import pyoxigraph

        for iri in iris:
            graph = pyoxigraph.NamedNode(iri)
            if self.ox.contains_named_graph(graph):
                self.ox.remove_graph(graph)

    def load_articles(self, rows: Sequence[ArticleRow], nquads: bytes | None, *, replace: Iterable[str] = ()) -> None:
        """Store articles: their quads (N-Quads, each in its article's named graph) and their index rows.

        ``replace`` names articles whose stored graph is out of date (a changed article, or a previous version
        of one); their graphs are removed first. The order of the steps keeps the store consistent if the
        process is killed at any point (see the module docstring).
        """
        import pyoxigraph

        now = time.time()
        replace = sorted(set(replace))
        with self._transaction():
            self.index.executemany(
                "INSERT INTO articles(iri, hash, origin, state, updated) VALUES (?, NULL, ?, 'pending', ?) "
                "ON CONFLICT(iri) DO UPDATE SET state = 'pending', hash = NULL, updated = excluded.updated",
                [(row.iri, row.origin, now) for row in rows] + [(iri, None, now) for iri in replace])
        self._remove_graphs(replace)
        if nquads:
            try:
                self.ox.bulk_load(nquads, pyoxigraph.RdfFormat.N_QUADS)
            except (SyntaxError, ValueError, OSError) as error:
                raise StoreError(f"cannot load into the store: {' '.join(str(error).split())[:300]}") from error
        built = {row.iri for row in rows}
        with self._transaction():
            self.index.executemany(
                "UPDATE articles SET hash = ?, origin = ?, state = 'done', triples = ?, entities = ?, events = ?, "
                "updated = ? WHERE iri = ?",
                [(row.hash, row.origin, row.triples, row.entities, row.events, now, row.iri) for row in rows])
            gone = [iri for iri in replace if iri not in built]
            self.index.executemany("DELETE FROM articles WHERE iri = ?", [(iri,) for iri in gone])

    def remove_articles(self, iris: Iterable[str]) -> int:
        """Remove articles (their graphs and rows); return how many there were."""
        iris = sorted(set(iris))
        if not iris:
            return 0
        with self._transaction():
            self.index.executemany("UPDATE articles SET state = 'pending' WHERE iri = ?", [(iri,) for iri in iris])
        self._remove_graphs(iris)
        with self._transaction():
            self.index.executemany("DELETE FROM articles WHERE iri = ?", [(iri,) for iri in iris])
        return len(iris)

    def quads(self) -> int:
        """How many quads the store holds (a full count)."""
        return len(self.ox)

    def optimize(self) -> None:
        """Compact the database (faster reads, a smaller folder after many loads)."""
        self.ox.optimize()


# ----------------------------------------------------------------------------------------------------------------
# Export


def _open_read_only(folder: str | Path):
    import pyoxigraph

    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"no store at '{folder}': it is not a folder")
    if not is_store(folder):
        raise StoreError(f"no store at '{folder}': the folder holds no Oxigraph database")
    try:
        return pyoxigraph.Store.read_only(str(folder))
    except OSError as error:
        raise StoreError(f"cannot open the store '{folder}': {' '.join(str(error).split())[:300]}") from None


def _prefixes() -> dict[str, str]:
    from .rdf import ALL_PREFIXES

    return dict(sorted(ALL_PREFIXES.items()))


def export_store(folder: str | Path, output: str | Path) -> int:
    """Write the whole store to ``output`` (format by suffix: ``.nq .trig`` keep the named graphs; ``.nt .ttl`` write
    their union, each triple once), atomically (``-`` = Turtle on stdout). Returns the number of statements written.

    Named-graph formats are written in the store's order, which depends only on its content, so two stores with
    the same quads export to the same bytes.
    """
    import pyoxigraph

    name = str(output)
    suffix = rdf_format(name)
    if suffix not in (".nq", ".trig", ".jsonld", ".nt", ".ttl"):
        raise OutputError(f"cannot export a store as {suffix}: use .nq, .trig, .jsonld, .ttl or .nt")
    media_type = FORMATS[suffix][1]
    fmt = pyoxigraph.RdfFormat.from_media_type(media_type)
    store = _open_read_only(folder)
    if FORMATS[suffix][2]:
        source, count = store, None
    else:
        union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        source = pyoxigraph.Store()
        source.bulk_load(union.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES), pyoxigraph.RdfFormat.N_TRIPLES)
        count = None
    prefixes = _prefixes() if suffix in (".ttl", ".trig") else None

    def dump(stream) -> None:
        kwargs = {"prefixes": prefixes} if prefixes else {}
        if FORMATS[suffix][2]:
            source.dump(stream, format=fmt, **kwargs)
        else:
            source.dump(stream, format=fmt, from_graph=pyoxigraph.DefaultGraph(), **kwargs)

    compress = name.lower().endswith(".gz")
    if name == "-":
        dump(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        target = Path(name)
        folder_out = target.parent if str(target.parent) else Path(".")
        if not folder_out.is_dir():
            raise OutputError(f"cannot write '{name}': folder '{folder_out}' does not exist")
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder_out)
        except OSError as error:
            raise OutputError(f"cannot write '{name}': {error.strerror or error}") from None
        try:
            with os.fdopen(handle, "wb") as raw:
                if compress:
                    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as stream:
                        dump(stream)
                else:
                    dump(raw)
                raw.flush()
                os.fsync(raw.fileno())
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, target)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise OutputError(f"cannot write '{name}': {error.strerror or error}") from None
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    count = len(source) if count is None else count
    return count
