"""Faults during ``graphbuild build --store`` as a user meets them, in real processes (issue 6).

A corpus of a few hundred small Arabic articles (paragraphs of the seed article, combined and varied) is built
with ``--jobs 2 --quiet``, read from a pipe; the build is interrupted by SIGINT or killed by SIGKILL in the middle, then run again
to completion. The store must then hold exactly the quads of a clean one-shot build into a fresh store: the
same set, as many (no duplicates), and every article recorded as done. Two concurrent builds on one store: the
second is refused in one line, and the first completes.

Each build runs in its own session (process group), so that a test can kill all of its processes, and its
output goes to files: a worker that outlives its parent would hold a pipe open for ever.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import SEED_PATH

pyoxigraph = pytest.importorskip("pyoxigraph")

PARAGRAPHS = [line for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if len(line) > 60]
PLACES = ["موسكو", "يريفان", "باكو", "القاهرة", "الرياض", "أنقرة"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ARTICLES = 250
#: batches of about 8 articles and chunks of 4, so that a run is interrupted between many loads; the clean
#: build and the re-runs use the defaults (one load at the end)
SLOW = {"GRAPHBUILD_LOAD_BATCH_BYTES": "1000000"}


def article_text(i: int) -> str:
    n = len(PARAGRAPHS)
    extra = (f"وعقد الاجتماع في {PLACES[i % len(PLACES)]} في {1 + i % 28} {MONTHS[i % 12]} {2019 + i % 4}، "
             f"بحسب البيان رقم {i}.")
    return "\n".join([PARAGRAPHS[i % n], PARAGRAPHS[(i * 7 + 3) % n], extra])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for i in range(ARTICLES):
            stream.write(json.dumps({"id": f"news-{i}", "text": article_text(i), "published": "2021-08-16"},
                                    ensure_ascii=False) + "\n")
    return path


def build_args(corpus: Path, store: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "graphbuild.cli", "build", str(corpus), "--store", str(store), "--jobs", "2",
            "--quiet", *extra]


def run_build(corpus: Path, store: Path) -> subprocess.CompletedProcess:
    return subprocess.run(build_args(corpus, store), capture_output=True, timeout=300)


def _default_sigint() -> None:
    # a run started in the background by a non-interactive shell (nohup, `&`) inherits SIGINT ignored, and Python
    # then keeps ignoring it; the build under test must get Ctrl-C as a terminal gives it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Build:
    """A build running in its own session, its output in files, reading the corpus from a pipe the test feeds.

    The first half of the corpus is written at once and the rest only by ``finish_input``, so a build is still
    running, waiting for input, when a test interrupts it, however fast it builds.
    """

    def __init__(self, corpus: Path, store: Path, folder: Path):
        self.out, self.err = folder / f"{store.name}.out", folder / f"{store.name}.err"
        feed = folder / f"{store.name}-feed.jsonl"
        os.mkfifo(feed)
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(build_args(feed, store, "--chunk-size", "4"), stdout=out, stderr=err,
                                            env=dict(os.environ, **SLOW), start_new_session=True,
                                            preexec_fn=_default_sigint)
        self.pid = self.process.pid
        self.lines = corpus.read_bytes().splitlines(keepends=True)
        self.writer = None
        deadline = time.monotonic() + 60
        while self.writer is None and self.process.poll() is None and time.monotonic() < deadline:
            try:  # non-blocking: fails until the build opens the pipe to read
                self.writer = os.fdopen(os.open(feed, os.O_WRONLY | os.O_NONBLOCK), "wb")
            except OSError:
                time.sleep(0.01)
        assert self.writer is not None, "the build did not open its input: " + self.stderr
        os.set_blocking(self.writer.fileno(), True)
        self.feeding = threading.Thread(target=self._write, args=(self.lines[:ARTICLES // 2],), daemon=True)
        self.feeding.start()

    def _write(self, lines: list[bytes]) -> None:
        try:
            self.writer.write(b"".join(lines))
            self.writer.flush()
        except (OSError, ValueError):  # the build is gone
            pass

    def finish_input(self) -> None:
        """Write the rest of the corpus and close the pipe: the build can then complete."""
        self.feeding.join()
        self._write(self.lines[ARTICLES // 2:])
        self.close_input()

    def close_input(self) -> None:
        try:
            self.writer.close()
        except OSError:
            pass

    def wait(self, timeout: float = 120) -> int:
        return self.process.wait(timeout=timeout)

    @property
    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def group_alive(self) -> list[int]:
        """The processes still in the build's process group (its workers, once it is gone)."""
        alive = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[2]) == self.pid and fields[0] != "Z":  # the process group, not a zombie
                    alive.append(int(entry.name))
        return alive

    def kill_group(self) -> None:
        self.close_input()
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass


def done_articles(store: Path) -> int:
    try:
        with sqlite3.connect(f"file:{store / 'graphbuild.sqlite'}?mode=ro", uri=True, timeout=5) as index:
            return index.execute("SELECT COUNT(*) FROM articles WHERE state = 'done'").fetchone()[0]
    except sqlite3.Error:
        return 0


def states(store: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{store / 'graphbuild.sqlite'}?mode=ro", uri=True, timeout=5) as index:
        return dict(index.execute("SELECT state, COUNT(*) FROM articles GROUP BY state").fetchall())


def quads(store: Path) -> tuple[int, set[str]]:
    """How many quads the store holds, and the set of them (as N-Quads terms)."""
    reader = pyoxigraph.Store.read_only(str(store))
    listed = [f"{q.subject} {q.predicate} {q.object} {q.graph_name}" for q in reader]
    return len(reader), set(listed) if len(listed) == len(reader) else set()


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> tuple[int, set[str]]:
    """A clean one-shot build of the corpus into a fresh store: what every recovered store must equal."""
    store = tmp_path_factory.mktemp("clean") / "store"
    result = run_build(corpus, store)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""  # --quiet
    count, listed = quads(store)
    assert count == len(listed) > 10 * ARTICLES
    assert states(store) == {"done": ARTICLES}
    return count, listed


def wait_until_some_are_stored(build: Build, store: Path, count: int = 20) -> None:
    deadline = time.monotonic() + 120
    while done_articles(store) < count and build.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert build.process.poll() is None, "the build ended before it could be interrupted: " + build.stderr


def check_completed_by_a_rerun(corpus: Path, store: Path, clean) -> None:
    assert 0 < done_articles(store) < ARTICLES
    rerun = run_build(corpus, store)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert rerun.stderr == b""  # --quiet
    assert quads(store) == clean  # the same quads as a clean build, each once
    assert states(store) == {"done": ARTICLES}


@contextmanager
def build_in_the_middle(corpus: Path, tmp_path: Path):
    """A build that has stored some articles and waits for more input; its processes are killed on leaving."""
    store = tmp_path / "store"
    build = Build(corpus, store, tmp_path)
    try:
        wait_until_some_are_stored(build, store)
        yield build, store
    finally:
        build.kill_group()


def test_sigint_in_the_middle_then_a_rerun_completes_the_store_without_duplicates(corpus, clean, tmp_path):
    with build_in_the_middle(corpus, tmp_path) as (build, store):
        os.kill(build.pid, signal.SIGINT)  # as `kill -INT PID` (a terminal's Ctrl-C signals the whole group)
        assert build.wait() == 130, build.stderr
        assert build.stderr.strip() == "graphbuild build: interrupted"  # --quiet: only why it stopped
        assert build.group_alive() == []  # the workers were stopped with it
        assert "pending" not in states(store)  # a load cut short was removed before exiting
    check_completed_by_a_rerun(corpus, store, clean)


def test_sigkill_of_every_build_process_then_a_rerun_completes_the_store_without_duplicates(corpus, clean, tmp_path):
    # kill -9 of the whole job, as a crash, a container stop or `kill -9 -PGID` does
    with build_in_the_middle(corpus, tmp_path) as (build, store):
        os.killpg(build.pid, signal.SIGKILL)
        assert build.wait() == -signal.SIGKILL
    check_completed_by_a_rerun(corpus, store, clean)


def test_sigkill_of_the_main_process_only_then_a_rerun_completes(corpus, clean, tmp_path):
    with build_in_the_middle(corpus, tmp_path) as (build, store):
        os.kill(build.pid, signal.SIGKILL)  # `kill -9 PID`, or the OOM killer: the workers are not signalled
        assert build.wait() == -signal.SIGKILL
        deadline = time.monotonic() + 5
        while build.group_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        orphans = build.group_alive()
        rerun = run_build(corpus, store)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert orphans == [], "workers outlived the build they worked for"


def test_two_concurrent_builds_the_second_is_refused_in_one_line(corpus, clean, tmp_path):
    store = tmp_path / "store"
    first = Build(corpus, store, tmp_path)
    try:
        lock = store / "graphbuild.lock"
        deadline = time.monotonic() + 120
        while (not lock.exists() or f"pid {first.pid}," not in lock.read_text(encoding="utf-8", errors="replace")) \
                and first.process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert first.process.poll() is None, "the first build ended before the second started: " + first.stderr
        second = run_build(corpus, store)
        err = second.stderr.decode()
        assert second.returncode == 1, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert lines[0].startswith(f"graphbuild build: error: [GB008] the store '{store}' is in use by graphbuild "
                                   f"(pid {first.pid}, since ")
        assert lines[0].endswith("wait for it to finish (one build at a time; queries can still read it)")
        first.finish_input()
        assert first.wait(timeout=300) == 0, first.stderr
        assert first.stderr == ""
    finally:
        first.kill_group()
    assert quads(store) == clean and states(store) == {"done": ARTICLES}
