"""Reading and writing files (graphbuild.rdfio): devices refused, size limits, parse errors, output folders."""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from graphbuild.corpus import Source, read_source
from graphbuild.errors import InputError, OutputError
from graphbuild.rdfio import (ARTICLE_LIMIT, GRAPH_LIMIT, check_output_path, input_error, input_limit, load_graph,
                              open_input, read_bytes)
from test_robustness import cli

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

NEWS = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع رئيس الوزراء الأرميني نيكول باشينيان "
        "في 9 نوفمبر 2020.\n")


def one_line(result: subprocess.CompletedProcess, command: str, code: str = "GB001") -> str:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert re.fullmatch(rf"graphbuild {command}: error: \[{code}\] .+", lines[0]), lines[0]
    return lines[0]


# ---------------------------------------------------------------------------------------------------------------
# Devices and FIFOs


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_character_devices_are_refused_before_reading(device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    with pytest.raises(InputError, match=rf"'{device}' is a character device, not a file"):
        read_bytes(device)
    for command in (["build", device, "-o", "-"], ["explain", device]):
        line = one_line(cli(*command, timeout=60), command[0])
        assert "is a character device, not a file" in line
    line = one_line(cli("build", "--input-format", "jsonl", device, "-o", "-", timeout=60), "build")
    assert "is a character device" in line  # refused while planning the inputs: one line, no report line


def test_a_fifo_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(NEWS, encoding="utf-8"), daemon=True)
    writer.start()
    assert read_bytes(fifo, kind="article").decode("utf-8") == NEWS
    writer.join(timeout=10)


# ---------------------------------------------------------------------------------------------------------------
# Size limits


def test_limits_default_and_from_the_environment(monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_MAX_ARTICLE_BYTES", raising=False)
    monkeypatch.delenv("GRAPHBUILD_MAX_GRAPH_BYTES", raising=False)
    assert input_limit("article") == ARTICLE_LIMIT == 64 << 20
    assert input_limit("graph") == GRAPH_LIMIT == 1 << 30
    for value, limit in (("1000", 1000), ("64M", 64 << 20), ("2GiB", 2 << 30), ("5kb", 5 << 10), (" 7 ", 7)):
        monkeypatch.setenv("GRAPHBUILD_MAX_ARTICLE_BYTES", value)
        assert input_limit("article") == limit
    for value in ("x", "0", "-1", "1.5M", "12T"):
        monkeypatch.setenv("GRAPHBUILD_MAX_ARTICLE_BYTES", value)
        with pytest.raises(InputError, match="GRAPHBUILD_MAX_ARTICLE_BYTES is not a positive number of bytes"):
            input_limit("article")


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_MAX_ARTICLE_BYTES", "1000")
    (tmp_path / "big.txt").write_bytes(b"x" * 1001)
    (tmp_path / "ok.txt").write_bytes(b"x" * 1000)
    with pytest.raises(InputError, match=r"'.*big.txt' holds 1,001 bytes, more than the 1,000 bytes limit for an "
                                         r"article \(set GRAPHBUILD_MAX_ARTICLE_BYTES to raise it\)"):
        read_bytes(tmp_path / "big.txt", kind="article")
    assert len(read_bytes(tmp_path / "ok.txt", kind="article")) == 1000
    assert len(read_bytes(tmp_path / "big.txt", kind="graph")) == 1001  # graph files have their own limit


def test_a_gzip_bomb_stops_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_MAX_ARTICLE_BYTES", "1M")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b" " * (50 << 20)))  # 50 KB that inflate to 50 MB
    with pytest.raises(InputError, match=r"decompresses to more than the 1 MiB limit for an article"):
        read_bytes(tmp_path / "bomb.txt.gz", kind="article")
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(NEWS.encode())[:-12])
    with pytest.raises(InputError, match="is not valid gzip"):
        read_bytes(tmp_path / "broken.txt.gz", kind="article")


def test_endless_stdin_stops_at_the_limit(tmp_path):
    result = cli("build", "-", "-o", "out.ttl", cwd=tmp_path, stdin=b"\x00" * 3000,
                 env={"GRAPHBUILD_MAX_ARTICLE_BYTES": "2K"})
    assert "'-' (stdin) is larger than the 2 KiB limit for an article" in one_line(result, "build")
    assert not (tmp_path / "out.ttl").exists()


def test_a_json_lines_record_longer_than_the_limit_is_reported_and_the_next_ones_read(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHBUILD_MAX_ARTICLE_BYTES", "2000")
    records = [{"id": "a", "text": NEWS}, {"id": "big", "text": "ب" * 3000}, {"id": "c", "text": NEWS + "."}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    for name, content in (("news.jsonl", data), ("news.jsonl.gz", gzip.compress(data))):
        (tmp_path / name).write_bytes(content)
        items = list(read_source(Source(str(tmp_path / name), "jsonl")))
        assert [i.article.id if i.article else None for i in items] == ["a", None, "c"]
        assert items[1].where.endswith(f"{name}:2")
        assert "the line is longer than the 2,000 bytes limit for an article" in items[1].error


def test_a_50_mb_article_is_under_the_default_limit(tmp_path, monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_MAX_ARTICLE_BYTES", raising=False)
    path = tmp_path / "big.txt"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: the size is what is checked
    assert len(read_bytes(path, kind="article")) == 50_000_000


# ---------------------------------------------------------------------------------------------------------------
# One mapping of OS errors, shared by read_bytes and the JSON Lines reader


def test_os_errors_map_to_one_line_input_errors(tmp_path):
    assert input_error("x", FileNotFoundError(2, "No such file")).message == "no such file: 'x'"
    assert input_error("x", IsADirectoryError(21, "Is a directory")).message == "'x' is a directory, not a file"
    assert input_error("x", PermissionError(13, "Permission denied")).message == "permission denied: 'x'"
    assert input_error("x", OSError(5, "Input/output error")).message == "cannot read 'x': Input/output error"
    (tmp_path / "folder.jsonl").mkdir()
    for reader in (lambda p: read_bytes(p), lambda p: open_input(p)):
        with pytest.raises(InputError, match="no such file"):
            reader(str(tmp_path / "missing.txt"))
        with pytest.raises(InputError, match="is a directory, not a file"):
            reader(str(tmp_path / "folder.jsonl"))
    (item,) = read_source(Source(str(tmp_path / "missing.jsonl"), "jsonl"))
    assert item.error == f"no such file: '{tmp_path / 'missing.jsonl'}'"
    (item,) = read_source(Source(str(tmp_path / "folder.jsonl"), "jsonl"))
    assert item.error.endswith("is a directory, not a file")


def test_stdin_is_open_input_dash(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(b"x")

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert open_input("-") is Stdin.buffer


# ---------------------------------------------------------------------------------------------------------------
# Parse errors: line, column and reason, in one line

BROKEN = [
    ("bad.ttl", b'@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c .\nex:a ex:b "unterminated .\nex:d ex:e ex:f .\n',
     r"cannot parse '.*bad.ttl' as turtle: line 3, column \d+: newline found in string literal"),
    ("unbound.ttl", b"ex:a ex:b ex:c .\n", r"line 1, column 1: Prefix \"ex:\" not bound"),
    ("object.ttl", b"@prefix ex: <http://ex.org/> .\nex:a ex:b ex:c ;\n  ex:d .\n",
     r"line 3, column \d+: objectList expected"),
    ("bad.nt", b'<http://a> <http://b> <http://c> .\n<http://a> <http://b> "x\n',
     r"cannot parse '.*bad.nt' as nt: line 2, column \d+: .+"),
    ("bad.nq", b'<http://a> <http://b> <http://c> <http://g> .\n<http://a> <http://b> .\n',
     r"cannot parse '.*bad.nq' as nquads: line 2, column \d+: .+"),
    ("bad.trig", b"<http://g> { <http://a> <http://b> ", r"as trig: line 1, column \d+: .+"),
    ("bad.jsonld", b'{"@id": "x", ', r"as json-ld: line 1, column 14: Expecting property name"),
]


@pytest.mark.parametrize("name, data, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_parse_errors_give_line_column_and_reason(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as caught:
        load_graph(tmp_path / name)
    text = caught.value.message
    assert re.search(message, text), text
    assert "\n" not in text and "Bad syntax" not in text and len(text) < 400


def test_a_parse_error_from_the_command_line_is_one_line(tmp_path):
    (tmp_path / "bad.ttl").write_bytes(BROKEN[0][1])
    line = one_line(cli("validate", "bad.ttl", cwd=tmp_path), "validate")
    assert "cannot parse 'bad.ttl' as turtle: line 3, column" in line and "newline found in string literal" in line


# ---------------------------------------------------------------------------------------------------------------
# Output folders


def test_an_output_under_a_file_says_the_file_is_not_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("x", encoding="utf-8")
    for output in ("a.txt/out.ttl", "a.txt/sub/out.ttl"):
        with pytest.raises(OutputError) as caught:
            check_output_path(output)
        assert caught.value.message == f"cannot write '{output}': 'a.txt' is a file, not a folder"
    with pytest.raises(OutputError) as caught:
        check_output_path("missing/out.ttl")
    assert caught.value.message == "cannot write 'missing/out.ttl': folder 'missing' does not exist"
    check_output_path("out.ttl")
    check_output_path("-")


def test_view_and_export_say_the_output_folder_is_a_file(tmp_path, seed_ttl):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    line = one_line(cli("view", seed_ttl, "-o", "a.txt/view.html", cwd=tmp_path), "view", "GB005")
    assert line.endswith("cannot write 'a.txt/view.html': 'a.txt' is a file, not a folder")
    line = one_line(cli("export", "--store", "nostore", "-o", "a.txt/all.nq", cwd=tmp_path), "export", "GB005")
    assert line.endswith("cannot write 'a.txt/all.nq': 'a.txt' is a file, not a folder")


def test_build_says_the_output_folder_is_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    line = one_line(cli("build", "a.txt", "-o", "a.txt/out.ttl", cwd=tmp_path), "build", "GB005")
    assert line.endswith("cannot write 'a.txt/out.ttl': 'a.txt' is a file, not a folder")
