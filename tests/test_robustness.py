"""Hostile input, faults and untrusted text (issue 6): every row of docs/robustness.md that is tested here.

Each input either gives a clear one-line error (``graphbuild CMD: error: [GBxxx] …``, exit 1; usage errors
exit 2) or a graph that validates, with offsets that point at exactly the characters they name in the text
as Python reads it (``Path.read_text``). Nothing prints a traceback, nothing half-written is left behind.

The store, corpus-isolation, parallel and SPARQL rows are tested in test_store.py, test_corpus.py,
test_parallel.py and test_query.py; the HTML view's escaping in test_view.py.
"""
from __future__ import annotations

import errno
import gzip
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

import graphbuild
from graphbuild.errors import InputError
from graphbuild.export import serialize
from graphbuild.reader import decode, is_blank, read_article

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "examples" / "seed" / "000_0252e96b1e74b8b3.txt"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

#: one news sentence with a person from the gazetteer, a phone call and a date
NEWS = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع رئيس الوزراء الأرميني نيكول باشينيان "
        "في 9 نوفمبر 2020.\nوقال الكرملين إن الجانبين بحثا الوضع في إقليم قره باغ.\n")


# ---------------------------------------------------------------------------------------------------------------
# Helpers


def cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 300,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m graphbuild.cli ARGS``; stdout and stderr as text."""
    environment = dict(os.environ, **(env or {}))
    environment.pop("GRAPHBUILD_DEBUG", None)
    result = subprocess.run([sys.executable, "-m", "graphbuild.cli", *map(str, args)], cwd=cwd, input=stdin,
                            capture_output=True, timeout=timeout, env=environment)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def error_line(result: subprocess.CompletedProcess, command: str, code: str = "GB001") -> str:
    """Assert a clean failure (exit 1, no traceback, the error on the last line) and return that line."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert lines, "no message"
    assert re.fullmatch(rf"graphbuild {command}: error: \[{code}\] .+", lines[-1]), lines[-1]
    # with several inputs, ``build`` also reports each failed article on its own line before the error
    assert all(line.startswith(f"graphbuild {command}: ") for line in lines), lines
    return lines[-1]


def one_line_error(result: subprocess.CompletedProcess, command: str, code: str = "GB001") -> str:
    line = error_line(result, command, code)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return line


def built(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def validates(*graphs: Path) -> int:
    """``graphbuild validate`` on the files: conforms; returns the number of triples it reports."""
    result = cli("validate", *graphs)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    match = re.match(r"conforms: (\d+) triples, 0 violations", result.stdout)
    assert match, result.stdout
    return int(match.group(1))


def load(path: Path):
    """Parse an RDF file with pyoxigraph (fast) into a list of quads."""
    import pyoxigraph

    suffix = path.suffix
    fmt = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
           ".nq": pyoxigraph.RdfFormat.N_QUADS, ".trig": pyoxigraph.RdfFormat.TRIG}[suffix]
    return list(pyoxigraph.parse(path.read_bytes(), format=fmt))


def check_anchors(quads, text: str, article: str | None = None) -> int:
    """Every NIF anchor (mentions and sentences, ``<article#char=S,E> nif:anchorOf "…"``): ``text[S:E]`` is the
    anchor; returns how many were checked."""
    anchors = {}
    for quad in quads:
        if article is not None and not quad.subject.value.startswith(article + "#"):
            continue
        if quad.predicate.value == NIF + "anchorOf":
            anchors[quad.subject.value] = quad.object.value
    assert anchors
    for node, anchor in anchors.items():
        start, end = char_range(node)
        assert text[start:end] == anchor, (node, text[start:end], anchor)
    return len(anchors)


def char_range(node: str) -> tuple[int, int]:
    """The (start, end) of an RFC 5147 ``#char=S,E`` IRI."""
    start, end = node.rsplit("#char=", 1)[1].split(",")
    return int(start), int(end)


def _union(path: Path):
    from rdflib import Dataset, Graph

    dataset = Dataset()
    dataset.parse(path)  # JSON-LD, N-Quads and TriG hold one named graph per article
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def graphs_equal(a: Path, b: Path) -> bool:
    from rdflib.compare import isomorphic

    return isomorphic(_union(a), _union(b))


@pytest.fixture(scope="module")
def news_graph(tmp_path_factory) -> Path:
    """NEWS written as UTF-8 and built: the reference graph the other encodings must reproduce."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "news.txt").write_bytes(NEWS.encode("utf-8"))
    result = cli("build", folder / "news.txt", "-o", folder / "news.ttl")
    built(result)
    assert validates(folder / "news.ttl") > 50
    return folder / "news.ttl"


# ---------------------------------------------------------------------------------------------------------------
# Input bytes: refused clearly

CUT = len("أجرى الرئيس ".encode("utf-8"))  # a byte offset between two words


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty text: nothing to extract"),
    ("blank.txt", b"  \n\t\r\n \n", "empty text: nothing to extract"),
    ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "is a PDF document"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "is a PNG image"),
    ("archive.txt", gzip.compress(NEWS.encode("utf-8"), mtime=0), "is gzip-compressed (name it .gz"),
    ("word.txt", b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive"),
    ("french.txt", "Le président a téléphoné à son homologue.".encode("latin-1"),
     "is not valid UTF-8 (byte 5: 0xE9) and does not read as Windows-1256 or ISO-8859-6 Arabic either"),
    ("damaged.txt", NEWS.encode("utf-8")[:CUT] + b"\xff\xfe" + NEWS.encode("utf-8")[CUT:],
     f"is not valid UTF-8 (byte {CUT}: 0xFF; 2 invalid bytes in all)"),
    ("cut.txt", NEWS.encode("utf-8")[:-2] + "ب".encode("utf-8")[:1],
     "is not valid UTF-8: it ends in the middle of a character"),
    ("nul.txt", b"\xd8\xa3\xd8\xac\xd8\xb1\xd9\x89 \x00 text", "contains NUL bytes (first at byte 9): not a text article"),
    ("utf16-no-bom.txt", NEWS.encode("utf-16-le"), "looks like UTF-16 (little-endian) without a byte-order mark"),
    ("utf16-odd.txt", NEWS.encode("utf-16")[:-1], "starts with a UTF-16 byte-order mark but is not valid UTF-16"),
    ("random.txt", bytes(b or 1 for b in random.Random(6).randbytes(4096)), "is not valid UTF-8 (byte"),
])
def test_bytes_that_are_not_an_article_are_refused_with_one_clear_line(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    result = cli("build", name, "-o", "out.ttl", cwd=tmp_path)
    line = error_line(result, "build")
    assert message in line
    assert name in line
    assert not (tmp_path / "out.ttl").exists()
    assert not list(tmp_path.glob(".out.ttl*"))  # no temporary file either


def test_invalid_utf8_errors_give_the_byte_offset():
    data = NEWS.encode("utf-8")
    offset = len("أجرى الرئيس".encode("utf-8"))
    with pytest.raises(InputError, match=rf"byte {offset}: 0xC0"):
        decode(data[:offset] + b"\xc0" + data[offset:], "x.txt")
    with pytest.raises(InputError, match=r"byte 3: 0xE9"):
        decode("Le élu".encode("latin-1"), "x.txt")


def test_explain_refuses_what_build_refuses_in_one_line(tmp_path):
    for name, data, message in [("empty.txt", b"", "is empty: nothing to extract"),
                                ("bom-only.txt", b"\xef\xbb\xbf\xe2\x80\x8f\n", "is blank"),
                                ("paper.txt", b"%PDF-1.4", "is a PDF document"),
                                ("folder", None, "is a directory, not a file"),
                                ("missing.txt", None, "no such file")]:
        if data is not None:
            (tmp_path / name).write_bytes(data)
        elif name == "folder":
            (tmp_path / name).mkdir()
        assert message in one_line_error(cli("explain", name, cwd=tmp_path), "explain")


def test_blank_means_nothing_visible():
    assert is_blank("") and is_blank(" \n\t") and is_blank("\ufeff\u200f\u200d\u2066 \u2069")
    assert not is_blank("\ufeffب") and not is_blank("😀") and not is_blank("\u0640")


def test_a_file_with_only_a_bom_and_bidi_marks_is_refused_by_build_as_by_explain(tmp_path):
    # nothing visible: build refuses it as explain does (reader.is_blank), instead of an empty graph
    (tmp_path / "invisible.txt").write_bytes("\ufeff\u200f\u202b\u202c\n".encode("utf-8"))
    line = one_line_error(cli("build", "invisible.txt", "-o", "out.ttl", cwd=tmp_path), "build")
    assert "invisible.txt: blank text (only whitespace and invisible characters" in line
    assert "nothing to extract" in line and not (tmp_path / "out.ttl").exists()
    assert "is blank" in one_line_error(cli("explain", "invisible.txt", cwd=tmp_path), "explain")


def test_the_python_api_gives_an_empty_but_valid_graph_for_empty_text():
    from graphbuild.validate import validate

    for text in ("", "   \n", "\ufeff"):
        graph = graphbuild.to_graph([graphbuild.extract(text)])
        assert len(graph) in (2, 3)  # the article, its language (and a headline when something is visible)
        assert validate(graph).conforms


# ---------------------------------------------------------------------------------------------------------------
# Input bytes: decoded, and the same article as UTF-8


@pytest.mark.parametrize("name, encode", [
    ("utf16le.txt", lambda text: text.encode("utf-16")),                       # with its BOM (FF FE)
    ("utf16be.txt", lambda text: b"\xfe\xff" + text.encode("utf-16-be")),
    ("utf32.txt", lambda text: text.encode("utf-32")),
    ("cp1256.txt", lambda text: text.encode("cp1256")),
    ("iso8859-6.txt", lambda text: text.encode("iso8859_6")),
    ("crlf.txt", lambda text: text.replace("\n", "\r\n").encode("utf-8")),
    ("cr.txt", lambda text: text.replace("\n", "\r").encode("utf-8")),
    ("stdin", lambda text: text.encode("utf-8")),
    ("news.txt.gz", lambda text: gzip.compress(text.encode("utf-8"), mtime=0)),
])
def test_other_encodings_give_exactly_the_utf8_graph(tmp_path, news_graph, name, encode):
    out = tmp_path / "out.ttl"
    if name == "stdin":
        result = cli("build", "-", "-o", out, stdin=encode(NEWS))
    else:
        (tmp_path / name).write_bytes(encode(NEWS))
        result = cli("build", tmp_path / name, "-o", out)
    built(result)
    assert graphs_equal(out, news_graph)  # same text, so the same id, IRIs and offsets


def test_windows_1256_with_french_words_and_iso_8859_6_are_told_apart():
    text = "قال الرئيس إيمانويل ماكرون (Emmanuel Macron) في باريس: «c'est très bien».\n" + NEWS
    assert decode(text.encode("cp1256"), "a.txt") == text
    assert decode(NEWS.encode("iso8859_6"), "b.txt") == NEWS


def test_utf8_bom_is_kept_as_a_character_and_offsets_count_it(tmp_path, news_graph):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + NEWS.encode("utf-8"))
    built(cli("build", "bom.txt", "-o", "bom.ttl", cwd=tmp_path))
    text = (tmp_path / "bom.txt").read_text(encoding="utf-8")  # how the scorer reads it: the BOM stays
    assert text[0] == "\ufeff" and read_article(tmp_path / "bom.txt").text == text
    assert check_anchors(load(tmp_path / "bom.ttl"), text) > 5
    plain = {char_range(q.subject.value)[0] for q in load(news_graph) if q.predicate.value == NIF + "anchorOf"}
    shifted = {char_range(q.subject.value)[0] for q in load(tmp_path / "bom.ttl")
               if q.predicate.value == NIF + "anchorOf"}
    assert {start + 1 for start in plain} == shifted
    validates(tmp_path / "bom.ttl")


# ---------------------------------------------------------------------------------------------------------------
# Size


def _filler(size: int, seed: int, sentences: bool) -> str:
    """Arabic running text of common words (few names), ``size`` bytes of UTF-8, deterministic."""
    path = ROOT / "graphbuild" / "data" / "ar" / "common_words.txt"
    words = [w for w in path.read_text(encoding="utf-8").split() if not w.isascii()]
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        part = " ".join(rng.choices(words, k=12)) + (". " if sentences else " ")
        if sentences and rng.random() < 0.2:
            part += "\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
    return "".join(parts)


def test_a_5_mb_article_builds_with_exact_offsets_at_its_end(tmp_path):
    seed = SEED_PATH.read_text(encoding="utf-8")
    text = seed + "\n" + _filler(5_000_000, 1, sentences=True) + "\n" + seed
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    result = cli("build", "big.txt", "-o", "big.nt", cwd=tmp_path)
    built(result)
    quads = load(tmp_path / "big.nt")
    assert check_anchors(quads, text) > 100
    last = len(text) - len(seed)
    putin = [q for q in quads if q.predicate.value == NIF + "anchorOf" and char_range(q.subject.value)[0] > last]
    assert putin, "the copy of the seed article after 5 MB was not read"


def test_one_long_line_without_punctuation(tmp_path):
    seed_words = " ".join(w for w in SEED_PATH.read_text(encoding="utf-8").split() if w.isalpha())
    text = seed_words + " " + _filler(1_500_000, 2, sentences=False) + seed_words
    assert "\n" not in text and "." not in text
    (tmp_path / "line.txt").write_text(text, encoding="utf-8")
    built(cli("build", "line.txt", "-o", "line.nt", cwd=tmp_path))
    quads = load(tmp_path / "line.nt")
    assert check_anchors(quads, text) > 20
    sentences = [q for q in quads if q.object.value == NIF + "Sentence"]
    assert len(sentences) <= 1  # the whole line is one sentence, written once


# ---------------------------------------------------------------------------------------------------------------
# Unicode: everything still found, every offset exact


def _tashkeel(text: str) -> str:
    marks = "\u064e\u064f\u0650\u0651\u0652\u064b"
    return "".join(c + marks[i % len(marks)] if "\u0621" <= c <= "\u064a" else c for i, c in enumerate(text))


UNICODE_VARIANTS = {
    "bidi-marks": "\u202b" + NEWS.replace(" ", "\u200f ").replace("9", "\u200e9").replace("2020", "\u20662020\u2069")
                  + "\u202c",
    "bidi-isolates-override": "\u2067" + NEWS.replace("بوتين", "\u202eبوتين\u202c").replace("نوفمبر", "\u2068نوفمبر\u2069")
                              + "\u2069\u061c\u202a\u202d\u202c",
    "zwj-zwnj": NEWS.replace("بوتين", "بو\u200cتين").replace("فلاديمير", "فلاد\u200dيمير").replace("هاتفيا", "هاتف\u200bيا"),
    "presentation-forms": NEWS.replace("بوتين", "ﺑﻮﺗﻴﻦ").replace("اتصالا", "اتصاﻻ") + "وقال عبد ﷲ.\n",
    "persian-urdu-letters": NEWS.replace("ي", "ی").replace("ك", "ک"),
    "arabic-indic-digits": NEWS.replace("9", "٩").replace("2020", "٢٠٢٠"),
    "eastern-digits": NEWS.replace("9", "۹").replace("2020", "۲۰۲۰"),
    "tashkeel-everywhere": _tashkeel(NEWS),
    "tatweel-runs": NEWS.replace("بوتين", "بــــوتـــــين").replace("الرئيس", "الرئـــــــيس").replace("نوفمبر", "نوفـــمبر"),
    "mixed-latin": NEWS.replace("بوتين", "بوتين (Vladimir Putin)").replace("باشينيان", "باشينيان Nikol Pashinyan")
                   + "(November 9, 2020) – AFP/Reuters\n",
    "emoji": "🇷🇺📞 " + NEWS.replace("اتصالا", "👍🏽 اتصالا").replace("مع", "👨‍👩‍👧 مع") + "🔥\U0001f9d1\u200d\U0001f4bb\n",
    "line-and-paragraph-separators": NEWS.replace("\n", "\u2028").replace("في إقليم", "في\u2029إقليم")
                                     .replace("مع", "\x85مع"),
}


@pytest.mark.parametrize("name", UNICODE_VARIANTS)
def test_unicode_variants_are_read_and_every_offset_is_exact(name):
    text = UNICODE_VARIANTS[name]
    doc = graphbuild.extract(text, lang="ar")
    assert doc.text == text
    assert "Q7747" in {e.wikidata for e in doc.entities}, [e.names for e in doc.entities]  # Putin
    calls = [e for e in doc.events if e.kind == "PhoneCall"]
    assert calls and calls[0].time is not None and calls[0].time.value == "2020-11-09"
    for mention in doc.mentions:
        assert text[mention.span.start:mention.span.end] == mention.span.text
    for event in doc.events:
        for span in event.evidence:
            assert text[span.start:span.end] == span.text


@pytest.fixture(scope="module")
def unicode_build(tmp_path_factory):
    """Every Unicode variant as a file, built in one run into TriG (one named graph per article)."""
    folder = tmp_path_factory.mktemp("unicode")
    for name, text in UNICODE_VARIANTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    result = cli("build", folder, "-o", folder / "all.trig", "--published", "2020-11-10")
    return folder, result


def test_unicode_variants_build_into_a_graph_that_validates(unicode_build):
    folder, result = unicode_build
    built(result)
    assert validates(folder / "all.trig") > 500


@pytest.mark.parametrize("name", UNICODE_VARIANTS)
def test_unicode_variant_offsets_in_the_written_graph(unicode_build, name):
    from graphbuild.vocab import article_iri, digest

    folder, result = unicode_build
    built(result)
    path = folder / f"{name}.txt"
    # the text as read: universal newlines turn \r into \n, nothing else (U+2028, U+0085 stay)
    text = path.read_text(encoding="utf-8")
    article = str(article_iri(digest(text, length=20)))
    assert check_anchors(load(folder / "all.trig"), text, article) > 5


# ---------------------------------------------------------------------------------------------------------------
# Markup and hostile names: literals and IRIs that no input breaks

HOSTILE = ["<script>alert('x')</script>", "</script><script>alert(1)</script>", 'a "quoted" name', "it's",
           "Tom & Jerry &amp; &lt;b&gt;", "{{ constructor.constructor('alert(1)')() }}", "{% raw %}", "line\nbreak",
           "cr\rreturn", "tab\there", 'ends with a quote"', "ends with a backslash\\", '"""triple"""', "'''",
           "\\u0041 is not A", "\\n", "<!-- comment -->", "]]>", "${x}", "\u202eevil\u202c", "\ufeff", "😀",
           "@prefix x: <y> .", "<http://example.org/> <p> <o> .", "_:b0", "# not a comment"]


def _hostile_doc():
    """A Doc whose entity names, title, URL and id are all hostile strings, with exact spans."""
    import dataclasses

    from graphbuild.model import Entity, Mention, Span

    text = "\n".join(HOSTILE) + "\n" + NEWS
    doc = graphbuild.extract(text, lang="ar", doc_id='id with spaces, "quotes", <angle> & ünïcødé',
                             title=" | ".join(HOSTILE), url='http://example.org/a b?c="d"&e=<f>')
    entities, mentions, position = list(doc.entities), list(doc.mentions), 0
    for index, name in enumerate(HOSTILE):
        span = Span(position, position + len(name), name)
        key = f"new:Person:{name}" if index % 2 else f"new:Organization:{name}"
        kind = "Person" if index % 2 else "Organization"
        entities.append(Entity(key=key, kind=kind, names=(name, name + " (alt)"), label_en=name, mentions=(span,)))
        mentions.append(Mention(span=span, kind=kind, entity=key, how="test"))
        position += len(name) + 1
    return dataclasses.replace(doc, entities=tuple(entities), mentions=tuple(mentions))


@pytest.mark.parametrize("suffix, rdflib_format", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"),
                                                    (".nq", "nquads"), (".trig", "trig")])
def test_hostile_names_reach_every_format_safely_and_parse_back_the_same(suffix, rdflib_format):
    from rdflib import Dataset, Graph, Literal
    from rdflib.compare import isomorphic

    doc = _hostile_doc()
    quads = suffix in (".nq", ".trig")
    graph = graphbuild.to_dataset([doc]) if quads else graphbuild.to_graph([doc])
    data = serialize(graph, suffix)
    if quads:
        back = Dataset()
        back.parse(data=data, format=rdflib_format)
        written = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            written.add((s, p, o))
        read = Graph()
        for s, p, o, _ in back.quads((None, None, None, None)):
            read.add((s, p, o))
    else:
        written, read = graph, Graph().parse(data=data, format=rdflib_format)
    assert isomorphic(written, read)
    labels = {str(o) for o in read.objects() if isinstance(o, Literal)}
    for name in HOSTILE:
        assert name in labels and name + " (alt)" in labels
    assert " | ".join(HOSTILE) in labels
    assert len(read) == len(written)


def test_hostile_names_in_the_graph_validate(tmp_path):
    from graphbuild.validate import validate

    report = validate(graphbuild.to_graph([_hostile_doc()]))
    assert report.conforms, report.text[:3000]


SAFE_IRI = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


@pytest.mark.parametrize("doc_id", ["news 1", 'he said "yes"', "<script>", "a>b", "x#char=1,2", "../../etc/passwd",
                                    "ملف رقم ١", "ünïcødé", "line\nbreak", "", " ", "%20", "\u202e", "😀",
                                    "a" * 5000, "} ; <x> <y> <z> . <q", "\\", "\x00\x01"])
def test_article_ids_cannot_break_an_iri(doc_id):
    from rdflib import Graph, URIRef

    doc = graphbuild.extract(NEWS, lang="ar", doc_id=doc_id or None)
    graph = graphbuild.to_graph([doc])
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        assert SAFE_IRI.fullmatch(str(term)), str(term)
    for suffix, fmt in ((".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld")):
        back = Graph().parse(data=serialize(graph, suffix), format=fmt)
        assert len(back) == len(graph)


def test_article_ids_from_the_command_line_and_json_lines(tmp_path):
    hostile_id = 'id "with" <angle> & spaces\nand a newline'
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    built(cli("build", "a.txt", "--id", hostile_id, "-o", "a.ttl", cwd=tmp_path))
    records = [{"id": hostile_id + str(n), "title": HOSTILE[n], "text": HOSTILE[n] + "\n" + NEWS,
                "url": "javascript:alert(1)"} for n in range(5)]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    built(cli("build", "b.jsonl", "-o", "b.nq", cwd=tmp_path))
    built(cli("build", "b.jsonl", "-o", "b.jsonld", cwd=tmp_path))
    assert validates(tmp_path / "a.ttl", tmp_path / "b.nq", tmp_path / "b.jsonld") > 100


def test_ids_that_differ_only_in_case_or_punctuation_get_distinct_iris():
    from graphbuild.vocab import BASE, article_iri

    ids = ["news 1", "news-1", "News-1", "NEWS_1", "news--1", " news-1", "news-1 ", "ملف 1", "ملف 2", "ملف"]
    iris = [article_iri(i) for i in ids]
    assert len(set(iris)) == len(ids), iris
    assert all(type(iri) is type(article_iri("x")) for iri in iris)
    assert str(article_iri("news-1")) == BASE + "article/news-1"  # a clean slug is the IRI as it was
    assert str(article_iri("2318653287391c50cecb")) == BASE + "article/2318653287391c50cecb"  # content hashes too
    assert re.fullmatch(re.escape(BASE) + r"article/news-1_[0-9a-f]{8}", str(article_iri("News-1")))
    assert article_iri("News-1") == article_iri("News-1")  # stable
    assert len(str(article_iri("A" * 5000))) < len(BASE) + 100  # a long unclean id is cut, then digested


def test_json_lines_ids_that_differ_only_in_punctuation_are_all_built(tmp_path):
    records = [{"id": ident, "text": NEWS} for ident in ("news 1", "news-1", "News-1")]
    (tmp_path / "coll.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = cli("build", "coll.jsonl", "-o", "coll.nq", cwd=tmp_path)
    built(result)
    graphs = {q.graph_name.value for q in load(tmp_path / "coll.nq")}
    assert len(graphs) == 3 and "https://w3id.org/graphbuild/article/news-1" in graphs


def test_an_html_page_with_scripts_styles_comments_and_entities(tmp_path):
    first, second = NEWS.splitlines()
    page = ("<!DOCTYPE html><html><head><title>عنوان &lt;script&gt; &amp; \"quotes\"</title>"
            "<style>body{color:red}</style><script>alert('stolen')</script></head><body>"
            "<!-- أجرى الرئيس الفرنسي اتصالا --><article><h1>اتصال هاتفي &amp; بيان</h1>"
            f"<p>{first.rstrip('.')} &lt;/script&gt; {{{{ x }}}} &#1576; &quot;نص&quot;.</p>"
            "<script>document.write('<p>injected</p>')</script>"
            f"<p>{second} &mdash; وتنفيذ البيان الثلاثي.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    built(cli("build", "page.html", "-o", "page.ttl", cwd=tmp_path))
    built(cli("build", "page.html", "-o", "page.jsonld", cwd=tmp_path))
    written = (tmp_path / "page.ttl").read_text(encoding="utf-8")
    assert "stolen" not in written and "injected" not in written and "color:red" not in written
    assert '2020 </script> {{ x }} ب \\"نص\\".' in written  # entities decoded, kept as text in a literal
    assert '"اتصال هاتفي & بيان"@ar' in written
    assert graphs_equal(tmp_path / "page.ttl", tmp_path / "page.jsonld")
    validates(tmp_path / "page.ttl")


def test_markup_in_a_plain_text_article_stays_text(tmp_path):
    text = "<html><script>alert('x')</script>\n" + "\n".join(HOSTILE) + "\n" + NEWS
    (tmp_path / "markup.txt").write_text(text, encoding="utf-8")
    for suffix in (".ttl", ".nt", ".jsonld"):
        built(cli("build", "markup.txt", "-o", f"markup{suffix}", cwd=tmp_path))
    assert graphs_equal(tmp_path / "markup.ttl", tmp_path / "markup.nt")
    assert graphs_equal(tmp_path / "markup.ttl", tmp_path / "markup.jsonld")
    assert check_anchors(load(tmp_path / "markup.nt"), text) > 5
    validates(tmp_path / "markup.ttl")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_n_triples_survive_unicode_line_separators_inside_literals(separator):
    from rdflib import Graph

    text = NEWS.replace(" اتصالا", separator + "اتصالا")
    graph = graphbuild.to_graph([graphbuild.extract(text)])
    back = Graph().parse(data=serialize(graph, ".nt"), format="nt")
    assert len(back) == len(graph)


# ---------------------------------------------------------------------------------------------------------------
# Files and faults


def test_a_missing_input_path(tmp_path):
    assert "no such file: 'nothing.txt'" in one_line_error(cli("build", "nothing.txt", "-o", "o.ttl", cwd=tmp_path),
                                                           "build")
    assert "no files match" in one_line_error(cli("build", "no*.txt", "-o", "o.ttl", cwd=tmp_path), "build")
    assert "no such file" in one_line_error(cli("validate", "nothing.ttl", cwd=tmp_path), "validate")


def test_a_directory_where_a_file_is_expected(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "graph.ttl").mkdir()
    assert "is a directory with no articles" in one_line_error(cli("build", "empty", "-o", "o.ttl", cwd=tmp_path),
                                                               "build")
    assert "is a directory, not a file" in one_line_error(cli("validate", "graph.ttl", cwd=tmp_path), "validate")
    assert "is a directory, not a file" in one_line_error(cli("explain", "empty", cwd=tmp_path), "explain")
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    # the output is an existing folder
    line = one_line_error(cli("build", "a.txt", "-o", "graph.ttl", cwd=tmp_path), "build", "GB005")
    assert "cannot write 'graph.ttl'" in line
    assert (tmp_path / "graph.ttl").is_dir() and not list(tmp_path.glob(".graph.ttl*"))


def test_an_unwritable_output_folder(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    # a file used as a folder: refused before any work, whoever runs the test
    line = one_line_error(cli("build", "a.txt", "-o", "a.txt/out.ttl", cwd=tmp_path), "build", "GB005")
    assert "cannot write 'a.txt/out.ttl'" in line
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        line = one_line_error(cli("build", "a.txt", "-o", "locked/out.ttl", cwd=tmp_path), "build", "GB005")
        assert "Permission denied" in line
    elif Path("/sys/kernel").is_dir():  # root writes anywhere it has permissions for, but not into sysfs
        line = one_line_error(cli("build", "a.txt", "-o", "/sys/out.ttl", cwd=tmp_path), "build", "GB005")
        assert "cannot write '/sys/out.ttl'" in line


class _FullDisk:
    """A file object that writes half of what it is given, then fails as a full disk does."""

    def __init__(self, stream, error: BaseException):
        self.stream, self.error = stream, error

    def write(self, data):
        self.stream.write(data[: len(data) // 2])
        self.stream.flush()
        raise self.error

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()
        return False


def _in_process_build(tmp_path, monkeypatch, capsys, *args):
    from graphbuild.cli import main

    monkeypatch.chdir(tmp_path)
    code = main(["build", *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_keeps_the_previous_output_and_leaves_no_temporary_file(tmp_path, monkeypatch, capsys, where):
    import graphbuild.rdfio as rdfio

    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "out.ttl").write_bytes(b"# the previous graph\n")
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    if where == "write":
        real = os.fdopen
        monkeypatch.setattr(rdfio.os, "fdopen", lambda fd, *a, **k: _FullDisk(real(fd, *a, **k), full))
    else:
        def fsync(fd):
            raise full
        monkeypatch.setattr(rdfio.os, "fsync", fsync)
    code, err = _in_process_build(tmp_path, monkeypatch, capsys, "a.txt", "-o", "out.ttl")
    assert code == 1
    assert err.strip() == "graphbuild build: error: [GB005] cannot write 'out.ttl': No space left on device"
    assert (tmp_path / "out.ttl").read_bytes() == b"# the previous graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.ttl"]


def test_output_is_written_to_a_temporary_file_then_renamed(tmp_path, monkeypatch, capsys):
    import graphbuild.rdfio as rdfio

    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    target = tmp_path / "out.ttl"
    target.write_bytes(b"# the previous graph\n")
    seen = []
    real_replace = os.replace

    def replace(source, destination):
        # at the moment of the rename the old file is whole and the new one is complete
        seen.append((Path(source), Path(destination), target.read_bytes(), Path(source).read_bytes()))
        return real_replace(source, destination)

    monkeypatch.setattr(rdfio.os, "replace", replace)
    code, err = _in_process_build(tmp_path, monkeypatch, capsys, "a.txt", "-o", "out.ttl")
    assert code == 0, err
    [(source, destination, old, new)] = seen
    assert source.parent == tmp_path and source.name.startswith(".out.ttl.") and destination.name == "out.ttl"
    assert old == b"# the previous graph\n" and new == target.read_bytes() and b"gaf:denotedBy" in new


def test_a_process_killed_while_writing_leaves_the_previous_output_whole(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "out.ttl").write_bytes(b"# the previous graph\n")
    # kill -9 after every byte is written and before the rename: the worst moment
    script = ("import os, signal, sys\n"
              "import graphbuild.rdfio as rdfio\n"
              "rdfio.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
              "from graphbuild.cli import main\n"
              "sys.exit(main(['build', 'a.txt', '-o', 'out.ttl']))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, timeout=120)
    assert result.returncode == -9
    assert (tmp_path / "out.ttl").read_bytes() == b"# the previous graph\n"
    built(cli("build", "a.txt", "-o", "out.ttl", cwd=tmp_path))  # a re-run replaces it
    assert b"gaf:denotedBy" in (tmp_path / "out.ttl").read_bytes()


def test_an_interrupt_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch, capsys):
    import graphbuild.rdfio as rdfio

    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    real = os.fdopen
    monkeypatch.setattr(rdfio.os, "fdopen", lambda fd, *a, **k: _FullDisk(real(fd, *a, **k), KeyboardInterrupt()))
    code, _ = _in_process_build(tmp_path, monkeypatch, capsys, "a.txt", "-o", "out.ttl")
    assert code == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_outputs_are_readable_like_any_file_not_0600_like_a_temporary_file(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    built(cli("build", "a.txt", "-o", "out.ttl", cwd=tmp_path))
    assert (tmp_path / "out.ttl").stat().st_mode & 0o444 == 0o444


def test_writing_to_a_fifo_writes_into_it_and_keeps_it(tmp_path):
    import stat
    import threading

    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    built(cli("build", "a.txt", "-o", "pipe.ttl", cwd=tmp_path, timeout=120))
    reader.join(timeout=60)
    assert received and b"gaf:denotedBy" in received[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO, not replaced by a regular file


def test_writing_through_a_symlink_writes_its_target(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "real.ttl").write_bytes(b"")
    (tmp_path / "link.ttl").symlink_to("real.ttl")
    built(cli("build", "a.txt", "-o", "link.ttl", cwd=tmp_path))
    assert (tmp_path / "link.ttl").is_symlink()
    assert b"gaf:denotedBy" in (tmp_path / "real.ttl").read_bytes()


def test_a_single_bad_article_is_reported_in_one_line(tmp_path):
    (tmp_path / "paper.txt").write_bytes(b"%PDF-1.4")
    one_line_error(cli("build", "paper.txt", "-o", "out.ttl", cwd=tmp_path), "build")


def test_usage_errors_exit_2(tmp_path):
    for args in (["build"], ["build", "a.txt", "--published", "yesterday"], ["build", "a.txt", "--jobs", "x"],
                 ["explain"], ["nonsense"]):
        result = cli(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("after", [" .", " (الموافق 27 أبريل)", " \u061cهـ."])
def test_a_hijri_date_span_ends_at_the_date(after):
    text = "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية سامح شكري في موسكو في 15 رمضان 1442" + after
    spans = [s.span for e in graphbuild.extract(text).events for s in (e.time, e.begin, e.end) if s and s.span]
    assert spans and all(span.text == span.text.strip() for span in spans), [s.text for s in spans]
