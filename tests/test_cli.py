"""The CLI as users run it: real processes, exit codes, one-line errors, byte-identical rebuilds."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from conftest import SEED_PATH


def graphbuild(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild.cli", *args], capture_output=True, cwd=cwd,
                          input=stdin, timeout=120)


def test_build_twice_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert graphbuild("build", str(SEED_PATH), "--output", str(first)).returncode == 0
    assert graphbuild("build", str(SEED_PATH), "--output", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert len(Graph().parse(first)) > 500


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld", ".nt.gz"])
def test_build_writes_every_format_by_suffix(tmp_path, suffix):
    out = tmp_path / f"seed{suffix}"
    result = graphbuild("build", str(SEED_PATH), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # atomic write left no temporary file


def test_build_reads_stdin_and_writes_stdout():
    result = graphbuild("build", "-", stdin=SEED_PATH.read_bytes())
    assert result.returncode == 0
    assert b"@prefix sem:" in result.stdout


def test_validate_passes_on_the_seed_graph(tmp_path):
    out = tmp_path / "seed.ttl"
    graphbuild("build", str(SEED_PATH), "--output", str(out))
    result = graphbuild("validate", str(out))
    assert result.returncode == 0
    assert result.stdout.decode().startswith("conforms:")


@pytest.mark.parametrize("args, message", [
    (["build", "no-such-file.txt", "-o", "x.ttl"], "no such file"),
    (["build", "{seed}", "-o", "out.xyz"], "cannot tell the RDF format"),
    (["build", "{seed}", "-o", "missing-folder/out.ttl"], "does not exist"),
    (["build", "{folder}", "-o", "out.ttl"], "is a directory"),
    (["validate", "no-such.ttl"], "no such file"),
])
def test_errors_are_one_line_without_traceback(tmp_path, args, message):
    args = [a.format(seed=SEED_PATH, folder=tmp_path) for a in args]
    result = graphbuild(*args, cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_usage_errors_exit_2():
    assert graphbuild("build").returncode == 2
    assert graphbuild("build", str(SEED_PATH), "--published", "yesterday").returncode == 2


def test_binary_input_is_refused(tmp_path):
    fake = tmp_path / "paper.txt"
    fake.write_bytes(b"%PDF-1.4\n...")
    result = graphbuild("build", str(fake), "-o", str(tmp_path / "o.ttl"))
    assert result.returncode == 1
    assert "PDF" in result.stderr.decode()


def test_every_command_is_documented_in_the_readme():
    from graphbuild.cli import make_parser

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = make_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in commands:
        assert f"graphbuild {name}" in readme, f"'graphbuild {name}' is not documented in README.md"
