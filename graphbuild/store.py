"""The persistent store: an on-disk Oxigraph database with one named graph per article.

    with GraphStore.open("store/") as store:          # a second writer is refused (StoreError)
        known = store.known_hashes()                  # article IRI -> content hash of what is stored
        store.load_articles([(row, ArticleStatements.split(row.iri, ntriples)), ...])
        store.remove_articles([iri, ...])
    export_store("store/", "all.trig")                # pyoxigraph's serializers; format by suffix

Each statement is stored once, in one graph:

* an article's **named graph** (the article's IRI) holds the statements about what that article alone mints: the
  article, its ``#char=`` mentions and sentences, its events and memberships, and every statement that points at
  one of them (``?entity gaf:denotedBy <article#char=…>``). Provenance is exact, and an article is replaced or
  removed with its graph;
* the **default graph** holds the statements that many articles can make: an entity's types, labels and
  ``owl:sameAs``, posts and roles, who holds which post. Each is stored once however many articles state it;
  a count per statement (in the index) says how many do, and the statement goes when the last of them goes.

So the union of all graphs is the RDF merge of the articles' graphs, every statement once: query it with
``use_default_graph_as_union=True`` (``graphbuild query --store`` and ``serve`` do; ``oxigraph query
--union-default-graph``). Loading each statement into one graph only, rather than into its article's graph and
again into a merged default graph, halves what the store writes (each named-graph quad feeds six indexes).

The folder *is* an Oxigraph (RocksDB) database, so ``pyoxigraph.Store.read_only(folder)``, the ``oxigraph``
CLI and ``graphbuild query --store`` open it directly; graphbuild keeps two more files in it:

* ``graphbuild.lock``: held with ``flock`` by the one process that writes (released by the system when that
  process ends, even by ``kill -9``), and naming it, so a second writer gets a clear message;
* ``graphbuild.sqlite``: one row per stored article (its IRI, the hash of its content and of the extractor, where
  it was read, its counts, its state, and which shared statements it makes), and the count of each shared
  statement.

Consistency under interruption: rows are first written as ``pending`` (committed) before an article's graph is
touched; the quads are bulk-loaded; only then are the rows marked ``done`` and the shared statements counted, in
one transaction. A run killed at any point leaves ``pending`` rows, and the next open removes those graphs and
rows, so a re-run extracts those articles again. Quads are a set, so loading an article twice never duplicates
anything. A run killed between a load and its commit can leave shared statements that no stored article makes
yet (an entity's label); building those articles again counts them, and nothing is ever duplicated.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import sqlite3
import time
from array import array
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .errors import OutputError, StoreError
from .rdfio import FORMATS, rdf_format, write_atomic

__all__ = ["GraphStore", "ArticleRow", "ArticleStatements", "StoreInUseError", "export_store", "is_store",
           "is_graphbuild_store", "LOCK_NAME", "INDEX_NAME"]

LOCK_NAME = "graphbuild.lock"
#: IRIs minted from an article's IRI (``graphbuild.vocab.event_iri``, ``membership_iri``): stated by that article only
_ARTICLE_MINTED = ("https://w3id.org/graphbuild/event/", "https://w3id.org/graphbuild/membership/")
LAYOUT = "2"
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
    updated  REAL NOT NULL,
    shared   BLOB
);
CREATE INDEX IF NOT EXISTS articles_origin ON articles(origin);
CREATE INDEX IF NOT EXISTS articles_state ON articles(state);
CREATE TABLE IF NOT EXISTS shared (hash INTEGER PRIMARY KEY, refs INTEGER NOT NULL, line BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(name, value) VALUES ('default_graph', 'statements shared by articles; query the union');
INSERT OR IGNORE INTO meta(name, value) VALUES ('layout', '2');
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


def _minted_prefixes(article: str) -> tuple[str, ...]:
    """How the N-Triples terms of what ``article`` alone mints begin: itself, its fragments (mentions,
    sentences), its events and memberships."""
    return (f"<{article}>", f"<{article}#") + tuple(f"<{prefix}" for prefix in _ARTICLE_MINTED)


def _statement_hash(line: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(line, digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True, slots=True)
class ArticleStatements:
    """An article's N-Triples lines, split into those about what it alone mints (its named graph) and those
    many articles can make (the shared default graph)."""

    owned: bytes
    shared: dict[int, bytes]  # a hash of each shared line -> the line

    @classmethod
    def split(cls, article: str, ntriples: bytes) -> ArticleStatements:
        """Split the N-Triples lines of ``article`` (one statement a line, as ``graphbuild.rdf.doc_ntriples``)."""
        mine = tuple(prefix.encode() for prefix in _minted_prefixes(article))
        owned, shared = [], {}
        for line in ntriples.splitlines(keepends=True):
            subject, _, rest = line.partition(b" ")
            if subject.startswith(mine) or rest.partition(b" ")[2].startswith(mine):
                owned.append(line)
            else:
                shared[_statement_hash(line)] = line
        return cls(b"".join(owned), shared)

    @classmethod
    def of_statements(cls, article: str, statements: Iterable[tuple[str, str, str]]) -> ArticleStatements:
        """What ``split`` makes of the distinct N-Triples lines of ``statements`` (``graphbuild.rdf.doc_statements``),
        sorted: told apart by their subjects and objects as they are made, without reading the lines again."""
        mine = _minted_prefixes(article)
        owned, shared = set(), set()
        for subject, predicate, value in statements:
            line = f"{subject} {predicate} {value} .\n"
            if subject.startswith(mine) or value.startswith(mine):
                owned.add(line)
            else:
                shared.add(line)
        encoded = [line.encode("utf-8") for line in sorted(shared)]
        return cls("".join(sorted(owned)).encode("utf-8"), dict(zip(map(_statement_hash, encoded), encoded)))

    @property
    def triples(self) -> int:
        """How many statements (lines) there are."""
        return self.owned.count(b"\n") + len(self.shared)

    @property
    def size(self) -> int:
        return len(self.owned) + sum(map(len, self.shared.values()))


def _pack(hashes: list[int]) -> bytes:
    return array("q", hashes).tobytes()


def _unpack(blob: bytes) -> list[int]:
    return array("q", blob).tolist()


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
                layout = index.execute("SELECT value FROM meta WHERE name = 'layout'").fetchone()
            except sqlite3.Error as error:
                raise StoreError(f"cannot open the article index of '{folder}': {error}") from None
            if layout[0] != LAYOUT:
                index.close()
                raise StoreError(f"the store '{folder}' was built by an older graphbuild (layout {layout[0]}); "
                                 "build it again into a new folder")
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
            self._remove(pending)
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

    def _remove(self, iris: Sequence[str]) -> None:
        """Remove articles' named graphs, and the shared statements that no other article makes.

        The counts go down (and the articles' lists of shared statements are cleared) in one transaction before
        the statements that reached zero leave the default graph, so running it again after an interruption
        never counts twice; an interruption in between leaves at worst a statement no article makes.
        """
        import pyoxigraph

        for iri in iris:
            self.ox.remove_graph(pyoxigraph.NamedNode(iri))
        gone: list[bytes] = []
        with self._transaction():
            lowered: set[int] = set()
            for start in range(0, len(iris), 500):
                part = list(iris[start:start + 500])
                marks = ",".join("?" * len(part))
                blobs = self.index.execute(
                    f"SELECT shared FROM articles WHERE iri IN ({marks}) AND shared IS NOT NULL", part).fetchall()
                hashes = [h for (blob,) in blobs for h in _unpack(blob)]
                self.index.executemany("UPDATE articles SET shared = NULL WHERE iri = ?", [(i,) for i in part])
                self.index.executemany("UPDATE shared SET refs = refs - 1 WHERE hash = ?", [(h,) for h in hashes])
                lowered.update(hashes)
            candidates = sorted(lowered)
            for start in range(0, len(candidates), 500):
                part = candidates[start:start + 500]
                marks = ",".join("?" * len(part))
                gone += [line for (line,) in self.index.execute(
                    f"SELECT line FROM shared WHERE hash IN ({marks}) AND refs <= 0", part)]
                self.index.execute(f"DELETE FROM shared WHERE hash IN ({marks}) AND refs <= 0", part)
        if gone:
            self.ox.update(f"DELETE DATA {{ {b''.join(gone).decode('utf-8')} }}")

    def load_articles(self, articles: Sequence[tuple[ArticleRow, ArticleStatements]], *,
                      replace: Iterable[str] = ()) -> None:
        """Store articles: each one's own statements into its named graph, its shared ones into the default
        graph (once), and its index row.

        ``replace`` names articles whose stored graph is out of date (a changed article, or a previous version
        of one); they are removed first. The order of the steps keeps the store consistent if the process is
        killed at any point (see the module docstring).
        """
        import pyoxigraph

        now = time.time()
        rows = [row for row, _ in articles]
        replace = sorted(set(replace))
        with self._transaction():
            self.index.executemany(
                "INSERT INTO articles(iri, hash, origin, state, updated) VALUES (?, NULL, ?, 'pending', ?) "
                "ON CONFLICT(iri) DO UPDATE SET state = 'pending', hash = NULL, updated = excluded.updated",
                [(row.iri, row.origin, now) for row in rows] + [(iri, None, now) for iri in replace])
        if replace:
            self._remove(replace)
        lines: dict[int, bytes] = {}
        refs: Counter[int] = Counter()
        for _, statements in articles:
            lines.update(statements.shared)
            refs.update(statements.shared.keys())
        new = self._unknown(sorted(lines))
        named = [b"<%s> {\n%s}\n" % (row.iri.encode("utf-8"), statements.owned)
                 for row, statements in articles if statements.owned]
        try:
            # lenient: the lines were written by graphbuild.rdf, whose IRIs are minted or checked
            # (parallel.check_iri), so the parser's IRI validation is skipped
            if named:
                self.ox.bulk_load(b"".join(named), pyoxigraph.RdfFormat.TRIG, lenient=True)
            if new:
                self.ox.bulk_load(b"".join(lines[h] for h in new), pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)
        except (SyntaxError, ValueError, OSError) as error:
            raise StoreError(f"cannot load into the store: {' '.join(str(error).split())[:300]}") from error
        built = {row.iri for row in rows}
        with self._transaction():
            self.index.executemany(
                "INSERT INTO shared(hash, refs, line) VALUES (?, ?, ?) "
                "ON CONFLICT(hash) DO UPDATE SET refs = refs + excluded.refs",
                [(h, count, lines[h]) for h, count in sorted(refs.items())])
            self.index.executemany(
                "UPDATE articles SET hash = ?, origin = ?, state = 'done', triples = ?, entities = ?, events = ?, "
                "updated = ?, shared = ? WHERE iri = ?",
                [(row.hash, row.origin, row.triples, row.entities, row.events, now,
                  _pack(sorted(statements.shared)), row.iri) for row, statements in articles])
            gone = [iri for iri in replace if iri not in built]
            self.index.executemany("DELETE FROM articles WHERE iri = ?", [(iri,) for iri in gone])

    def _unknown(self, hashes: list[int]) -> list[int]:
        """Those of ``hashes`` that no stored article makes yet."""
        known: set[int] = set()
        for start in range(0, len(hashes), 500):
            part = hashes[start:start + 500]
            marks = ",".join("?" * len(part))
            known.update(h for (h,) in self.index.execute(f"SELECT hash FROM shared WHERE hash IN ({marks})", part))
        return [h for h in hashes if h not in known]

    def remove_articles(self, iris: Iterable[str]) -> int:
        """Remove articles (their graphs, their shared statements no other article makes, and their rows);
        return how many there were."""
        iris = sorted(set(iris))
        if not iris:
            return 0
        with self._transaction():
            self.index.executemany("UPDATE articles SET state = 'pending' WHERE iri = ?", [(iri,) for iri in iris])
        self._remove(iris)
        with self._transaction():
            self.index.executemany("DELETE FROM articles WHERE iri = ?", [(iri,) for iri in iris])
        return len(iris)

    def quads(self) -> int:
        """How many quads the store holds (a full count)."""
        return len(self.ox)

    def optimize(self) -> None:
        """Compact the database: after bulk loads, reads get several times faster and the folder smaller (about
        7 s for the 16k-article bench store)."""
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


def is_graphbuild_store(folder: str | Path) -> bool:
    """Whether ``folder`` holds a store graphbuild built, where every statement is in one graph only."""
    return (Path(folder) / INDEX_NAME).is_file()


def export_store(folder: str | Path, output: str | Path) -> int:
    """Write the store to ``output``, atomically (``-`` = Turtle on stdout); returns the statements written.

    The format comes from the suffix: ``.nq``, ``.trig`` and ``.jsonld`` write the graphs as stored (each
    article's named graph, and the shared statements in the default graph); ``.ttl`` and ``.nt`` write their
    merge, each triple once. Output is in the store's order, which depends only on its content, so two stores
    with the same facts export to the same bytes.
    """
    import pyoxigraph

    name = str(output)
    suffix = rdf_format(name)
    if suffix not in (".nq", ".trig", ".jsonld", ".nt", ".ttl"):
        raise OutputError(f"cannot export a store as {suffix}: use .nq, .trig, .jsonld, .ttl or .nt")
    fmt = pyoxigraph.RdfFormat.from_media_type(FORMATS[suffix][1])
    store = _open_read_only(folder)
    quads = FORMATS[suffix][2]
    ours = is_graphbuild_store(folder)
    prefixes = _prefixes() if suffix in (".ttl", ".trig", ".jsonld") else None
    counted = [0]

    def counting(iterable):
        for element in iterable:
            counted[0] += 1
            yield element

    def dump(stream) -> None:
        kwargs = {"prefixes": prefixes} if prefixes else {}
        if quads:
            pyoxigraph.serialize(counting(iter(store)), stream, format=fmt, **kwargs)
        elif ours:  # each statement is in one graph only
            pyoxigraph.serialize(counting(quad.triple for quad in store), stream, format=fmt, **kwargs)
        else:  # another store may state a triple in several graphs: merge them in memory
            union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
            memory = pyoxigraph.Store()
            memory.bulk_load(union.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES), pyoxigraph.RdfFormat.N_TRIPLES)
            pyoxigraph.serialize(counting(quad.triple for quad in memory), stream, format=fmt, **kwargs)

    write_atomic(name, dump)
    return counted[0]
