"""Corpus input: discovery of files, folders and globs, JSON Lines, gzip, HTML, partitions, bad records."""
from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from conftest import SEED_PATH
from graphbuild.corpus import (Source, count_articles, parse_fields, partition_sources, plan_inputs, read_partition,
                               read_source, read_sources)
from graphbuild.errors import InputError

SEED_LINES = [line for line in SEED_PATH.read_text(encoding="utf-8").splitlines() if len(line) > 100]


def write_jsonl(path, records, compress=False):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def test_folders_are_read_recursively_in_sorted_order_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(SEED_LINES[0], encoding="utf-8")
    (tmp_path / "1.txt.gz").write_bytes(gzip.compress(SEED_LINES[1].encode()))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    write_jsonl(tmp_path / "d.jsonl", [{"text": SEED_LINES[2]}])
    sources = plan_inputs([str(tmp_path)])
    names = [s.path.removeprefix(str(tmp_path) + "/") for s in sources]
    assert names == ["1.txt.gz", "d.jsonl", "page.html", "b/2.txt"]
    assert [s.kind for s in sources] == ["text", "jsonl", "html", "text"]


def test_globs_files_and_stdin_keep_the_given_order_without_repeats(tmp_path):
    for name in ("a.txt", "b.txt", "c.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    sources = plan_inputs([str(tmp_path / "c.jsonl"), str(tmp_path / "*.txt"), str(tmp_path / "a.txt"), "-"])
    assert [s.path.rsplit("/", 1)[-1] for s in sources] == ["c.jsonl", "a.txt", "b.txt", "-"]
    assert sources[-1] == Source("-", "text")
    assert plan_inputs([str(tmp_path / "a.txt")], kind="jsonl")[0].kind == "jsonl"


@pytest.mark.parametrize("spec, message", [
    ("missing.txt", "no such file"),
    ("nothing-*.jsonl", "no files match"),
    ("empty-folder", "is a directory with no articles"),
])
def test_bad_inputs_stop_before_any_work(tmp_path, spec, message):
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(InputError, match=message):
        plan_inputs([str(tmp_path / spec)])


def test_json_lines_fields_dates_and_configurable_names(tmp_path):
    path = write_jsonl(tmp_path / "news.jsonl", [
        {"docno": "A-1", "headline": "عنوان", "body": SEED_LINES[0], "date": "2021-08-16T10:00:00Z",
         "link": "https://example.org/a", "src": "agency"},
        {"docno": 7, "body": SEED_LINES[1]},
    ])
    fields = parse_fields(["id=docno", "title=headline", "text=body", "published=date", "url=link", "source=src"])
    items = list(read_source(Source(str(path), "jsonl"), fields))
    first, second = (item.article for item in items)
    assert (first.id, first.title, first.published.isoformat(), first.url, first.source) == \
        ("A-1", "عنوان", "2021-08-16", "https://example.org/a", "agency")
    assert first.text == SEED_LINES[0]
    assert second.id == "7" and second.published is None
    assert items[0].where.endswith("news.jsonl:1") and items[0].key is None  # an id names the article


def test_field_specs_are_checked():
    with pytest.raises(InputError, match="NAME=FIELD"):
        parse_fields(["body"])
    with pytest.raises(InputError, match="NAME=FIELD"):
        parse_fields(["content=body"])


def test_bad_records_are_reported_with_line_id_and_reason_and_reading_goes_on(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": SEED_LINES[0]}),
        "{not json",
        json.dumps({"id": "no-text", "body": "x"}),
        json.dumps({"id": "empty", "text": "   \n "}),
        json.dumps({"id": "number", "text": 5}),
        json.dumps([1, 2]),
        json.dumps({"id": "nul", "text": "a\u0000b"}),
        json.dumps({"id": "surrogate", "text": "a\ud800b"}),
        json.dumps({"id": "bad-date", "text": "نص", "published": "yesterday"}),
        "[" * 100000 + "]" * 100000,
        "",
        json.dumps({"id": "ok-2", "text": SEED_LINES[1]}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b"\xff\xfe{\n")
    items = list(read_source(Source(str(path), "jsonl")))
    good = [i.article.id for i in items if i.article is not None]
    bad = {i.where.rsplit(":", 1)[1]: (i.label, i.error) for i in items if i.article is None}
    assert good == ["ok-1", "ok-2"]
    assert bad["2"][1].startswith("not valid JSON")
    assert bad["3"] == ("no-text", "no 'text' field")
    assert "empty text" in bad["4"][1]
    assert bad["5"] == ("number", "'text' is not a string")
    assert "not a JSON object" in bad["6"][1]
    assert "NUL" in bad["7"][1]
    assert "surrogate" in bad["8"][1]
    assert "not a date" in bad["9"][1]
    assert bad["10"][1]  # too deeply nested: an error, not a crash
    assert "UTF-8" in bad["13"][1]
    assert len(bad) == 10  # the blank line is no article


def test_gzip_json_lines_and_text_files_are_read_transparently(tmp_path):
    write_jsonl(tmp_path / "a.jsonl.gz", [{"id": "g1", "text": SEED_LINES[0]}], compress=True)
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(SEED_LINES[1].encode("utf-8")))
    items = list(read_sources(plan_inputs([str(tmp_path)])))
    assert [i.article.text for i in items] == [SEED_LINES[0], SEED_LINES[1]]
    assert items[1].key == str(tmp_path / "b.txt.gz")  # a file without an id is replaced by its path


def test_a_truncated_gzip_file_is_an_error_not_a_crash(tmp_path):
    data = gzip.compress(("\n".join(json.dumps({"text": SEED_LINES[0]}) for _ in range(200)) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = list(read_source(Source(str(tmp_path / "cut.jsonl.gz"), "jsonl")))
    assert items[-1].article is None and "cannot read further" in items[-1].error


def test_stdin_is_read_as_one_text_article_or_as_json_lines(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(SEED_LINES[0].encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    (item,) = read_sources(plan_inputs(["-"]))
    assert item.article.text == SEED_LINES[0] and item.key is None

    Stdin.buffer = io.BytesIO((json.dumps({"text": SEED_LINES[0]}) + "\n").encode())
    (item,) = read_sources(plan_inputs(["-"], kind="jsonl"))
    assert item.article.text == SEED_LINES[0] and item.where == "-:1"


def test_html_main_text_is_extracted_and_offsets_are_into_that_text(tmp_path):
    pytest.importorskip("trafilatura")
    import graphbuild

    paragraph = SEED_LINES[1]
    page = (f"<html><head><title>عنوان &amp; خبر</title><script>alert('x')</script><style>p{{}}</style></head>"
            f"<body><nav>القائمة</nav><article><p>{paragraph}</p><!-- a comment --><p>{SEED_LINES[2]}</p>"
            f"</article><footer>حقوق</footer></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (item,) = read_sources(plan_inputs([str(tmp_path / "page.html")]))
    text = item.article.text
    assert paragraph in text and "alert" not in text and "a comment" not in text and "p{}" not in text
    assert item.article.title == "عنوان & خبر"
    doc = graphbuild.extract(text, title=item.article.title)
    assert doc.entities
    for entity in doc.entities:
        for span in entity.mentions:
            assert text[span.start:span.end] == span.text


def test_partitions_cover_every_line_once(tmp_path):
    records = [{"id": f"p{i}", "text": SEED_LINES[i % len(SEED_LINES)]} for i in range(300)]
    big = write_jsonl(tmp_path / "big.jsonl", records)
    small = tmp_path / "small.txt"
    small.write_text(SEED_LINES[0], encoding="utf-8")
    sources = plan_inputs([str(big), str(small)])
    partitions = partition_sources(sources, target_bytes=20_000)
    assert len(partitions) > 3
    assert [p.index for p in partitions] == list(range(len(partitions)))
    read = [item for p in partitions for item in read_partition(p)]
    direct = list(read_sources(sources))
    assert [(i.where, i.article.id, i.article.text) for i in read] == \
        [(i.where, i.article.id, i.article.text) for i in direct]
    assert count_articles(sources) == 301


def test_stdin_cannot_be_partitioned():
    with pytest.raises(InputError, match="stdin"):
        partition_sources([Source("-", "text")])


# ---------------------------------------------------------------------------------------------------------------
# HTML publication dates: only what the page states in its metadata


def _page(head: str = "", before: str = "") -> str:
    return (f"<html><head><title>خبر</title>{head}</head><body>{before}<article><p>{SEED_LINES[1]}</p>"
            f"<p>وقال الكرملين في 9 نوفمبر 2020 و2020-11-13 إن الجانبين بحثا الوضع.</p></article>"
            "<footer>© 2019 agency</footer></body></html>")


@pytest.mark.parametrize("name, head, before, published", [
    ("no date", "", "", None),  # trafilatura alone gives 2020-01-01: a year in the text, 1 January guessed
    ("a date in a plain <time>", "", "<time datetime='2020-11-11'>11/11</time>", None),
    ("meta article:published_time", "<meta property='article:published_time' content='2020-11-10T08:00:00+03:00'>",
     "", "2020-11-10"),
    ("meta name=pubdate, RFC 2822", "<meta name='pubdate' content='Tue, 10 Nov 2020 08:00:00 GMT'>", "", "2020-11-10"),
    ("JSON-LD datePublished", '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
                              '{"@type": "NewsArticle", "datePublished": "2020-11-12T10:00:00Z"}]}</script>', "",
     "2020-11-12"),
    ("time itemprop=datePublished", "", "<time itemprop='datePublished' datetime='2020-11-11'>11/11</time>",
     "2020-11-11"),
    ("a meta date that is no date", "<meta property='article:published_time' content='yesterday'>", "", None),
])
def test_an_html_page_gets_only_the_date_its_metadata_states(tmp_path, name, head, before, published):
    pytest.importorskip("trafilatura")
    (tmp_path / "page.html").write_text(_page(head, before), encoding="utf-8")
    (item,) = read_sources(plan_inputs([str(tmp_path / "page.html")]))
    assert item.article is not None, item.error
    assert (item.article.published.isoformat() if item.article.published else None) == published


# ---------------------------------------------------------------------------------------------------------------
# Blank texts: nothing visible is nothing to extract


@pytest.mark.parametrize("text", ["\ufeff", "\u200f\u200e\u202b\u202c\n", "\u200b\u200c\u200d \u2066\u2069\t",
                                  "\ufeff\u061c\n"])
def test_a_text_with_nothing_visible_is_refused_like_an_empty_one(tmp_path, text):
    (tmp_path / "invisible.txt").write_text(text, encoding="utf-8")
    (item,) = read_source(Source(str(tmp_path / "invisible.txt"), "text"))
    assert item.article is None and item.error.startswith("blank text") and "nothing to extract" in item.error
    write_jsonl(tmp_path / "records.jsonl", [{"id": "invisible", "text": text}, {"id": "ok", "text": SEED_LINES[0]}])
    bad, good = read_source(Source(str(tmp_path / "records.jsonl"), "jsonl"))
    assert bad.article is None and bad.label == "invisible" and bad.error.startswith("blank text")
    assert good.article.id == "ok"


def test_a_visible_character_among_invisible_ones_is_a_text(tmp_path):
    (tmp_path / "one.txt").write_text("\ufeff\u200fب\n", encoding="utf-8")
    (item,) = read_source(Source(str(tmp_path / "one.txt"), "text"))
    assert item.article is not None and item.article.text == "\ufeff\u200fب\n"


def test_counting_articles_for_the_progress_bar_leaves_a_fifo_unread(tmp_path):
    import os
    import threading

    fifo = tmp_path / "news.jsonl"
    os.mkfifo(fifo)
    source = Source(str(fifo), "jsonl")
    assert count_articles([source]) is None  # returns at once: opening the FIFO would block, reading would drain it
    writer = threading.Thread(target=lambda: write_jsonl(fifo, [{"id": "f1", "text": SEED_LINES[0]}]), daemon=True)
    writer.start()
    (item,) = read_source(source)
    assert item.article.id == "f1"
    writer.join(timeout=10)
