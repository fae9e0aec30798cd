"""Property tests over hostile, Arabic-heavy Unicode (hypothesis).

1. every mention, entity span, post and event evidence, date and sentence points at exactly its text
   (``doc.text[start:end] == span.text``), and names and evidence are stripped of whitespace;
2. Turtle written then parsed gives an isomorphic graph (also N-Triples and JSON-LD);
3. the extractor never raises, whatever the text.

The strategy mixes Arabic letters, tashkeel, tatweel, presentation forms (ﻻ ﷲ), Persian and Urdu letters,
bidi and zero-width controls, three kinds of digits, punctuation, Latin, emoji, newlines, and fragments of
real news phrases, sometimes decorated letter by letter. The CI runs a few hundred examples;
``benchmarks/fuzz.py`` runs the same target for 10^5 cases.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphbuild
from graphbuild.export import serialize

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib.*")

# ---------------------------------------------------------------------------------------------------------------
# The strategy (also imported by benchmarks/fuzz.py)

ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
TASHKEEL = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"
TATWEEL = "\u0640"
PERSIAN_URDU = "یکگپچژےہۀۃۓ"
PRESENTATION = "ﻻﻷﻹﻵﷲﷺﺍﺑﺘﺜﻣﻬﻴﺓﺔﻯﻰ"  # ﻻ (FEFB) ﷲ (FDF2) ... and contextual letter forms
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
DIGITS = "0123456789" + "".join(chr(c) for c in range(0x0660, 0x066A)) + "".join(chr(c) for c in range(0x06F0, 0x06FA))
PUNCTUATION = "،؛؟.,:;!?\"'«»()[]-–—/…٪٫٬*#@&<>{}|\\"
SPACES = " \n\t\r\u00a0\u2028\u2029\u3000\u202f"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçß"
EMOJI = ["😀", "🇷🇺", "👍🏽", "👨‍👩‍👧", "❤️", "🕌", "☪", "🔥", "\U0001f9d1\u200d\U0001f4bb", "🏳️‍🌈"]
MARKUP = ["<script>alert(1)</script>", "</script>", "{{ x }}", "&amp;", "&", "\"", "'", "<b>", "]]>", "\\u0000"]

PHRASES = [
    "الرئيس الروسي", "وزير الخارجية", "اتصالا هاتفيا", "9 نوفمبر الماضي", "فلاديمير بوتين", "أجرى",
    "مع نظيره", "ونظيره الروسي", "والأذربيجاني إلهام علييف", "رئيس الوزراء الأرميني نيكول باشينيان",
    "وقال", "وأكد", "وكالة الأنباء الروسية", "تاس", "الأمم المتحدة", "مجلس الأمن", "مجلس الأمن الروسي",
    "يوم الثلاثاء", "أمس", "اليوم", "غدا", "وقع", "اتفاقية", "اتفاق وقف إطلاق النار", "في موسكو",
    "بحث", "العلاقات الثنائية", "خلال زيارته", "إلى القاهرة", "وزارة الخارجية المصرية", "سامح شكري",
    "الملك عبد الله الثاني", "ولي العهد السعودي الأمير محمد بن سلمان", "الشيخ", "سمو", "فخامة",
    "15 رمضان 1442 هـ", "2021-08-16", "١٦ أغسطس ٢٠٢١", "۱۴۰۰", "من 3 إلى 5 مايو", "الاجتماع", "هذا الاتفاق",
    "وحضر الاجتماع", "سلطان المنصوري وزير الاقتصاد", "الرئيسان الروسي", "جهاز الأمن الفيدرالي",
    "عبد الفتاح السيسي", "أبو ظبي", "الولايات المتحدة", "إيران", "تركيا", "الاتحاد الأوروبي",
]

_SINGLES = (ARABIC_LETTERS * 4 + TASHKEEL + TATWEEL * 2 + PERSIAN_URDU + PRESENTATION + BIDI + ZERO_WIDTH + DIGITS
            + PUNCTUATION + SPACES + LATIN)

_decoration = st.sampled_from(TASHKEEL + TATWEEL + BIDI + ZERO_WIDTH + "\u0640\u0640\u0640")


@st.composite
def decorated(draw, phrase: str) -> str:
    """A phrase with tashkeel, tatweel runs, bidi or zero-width controls slipped between its letters."""
    marks = draw(st.lists(st.tuples(st.integers(0, len(phrase)), _decoration), max_size=8))
    out = phrase
    for position, mark in sorted(marks, reverse=True):
        out = out[:position] + mark + out[position:]
    return out


def _phrase() -> st.SearchStrategy[str]:
    plain = st.sampled_from(PHRASES)
    return st.one_of(plain, plain.flatmap(decorated),
                     plain.map(lambda p: "".join(c + "\u064e" if c.isalpha() else c for c in p)),  # tashkeel on all
                     plain.map(lambda p: p.replace("ي", "ی").replace("ك", "ک")),  # Persian letters
                     plain.map(lambda p: p.replace("لا", "ﻻ").replace("الله", "ﷲ")),
                     plain.map(lambda p: "".join(c + "ـ" * 3 if c.isalpha() else c for c in p)))  # tatweel runs


SUBJECTS = ["الرئيس الروسي فلاديمير بوتين", "وزير الخارجية الأمريكي أنتوني بلينكن", "رئيس الوزراء نيكول باشينيان",
            "الملك عبد الله الثاني", "الرئيس عبد الفتاح السيسي", "وزير الخارجية سامح شكري", "الأمين العام للأمم المتحدة",
            "ولي العهد السعودي الأمير محمد بن سلمان", "الرئيسان الروسي والأذربيجاني", "رئيس مجلس النواب"]
VERBS = ["أجرى اتصالا هاتفيا مع", "التقى", "استقبل", "بحث مع", "وقع اتفاقية مع", "زار", "قال إن", "أكد",
         "اتهم", "دعا", "أدان", "عين"]
WHEN = ["", "أمس", "اليوم", "يوم الثلاثاء", "في 9 نوفمبر الماضي", "في ١٦ أغسطس ٢٠٢١", "في 15 رمضان 1442 هـ",
        "من 3 إلى 5 مايو", "الأسبوع الماضي", "في عام 2019"]
WHERE = ["", "في موسكو", "في القاهرة", "خلال زيارته إلى أبو ظبي", "في مقر الأمم المتحدة"]


@st.composite
def news_sentence(draw) -> str:
    """A sentence shaped like the ones the extractor is built for, sometimes decorated."""
    words = [draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(SUBJECTS)),
             draw(st.sampled_from(WHERE)), draw(st.sampled_from(WHEN))]
    sentence = " ".join(w for w in words if w) + draw(st.sampled_from([".", "،", " .", "\n", "", "؟"]))
    if draw(st.booleans()):
        sentence = draw(decorated(sentence))
    return sentence


PIECES = st.one_of(
    _phrase(),
    news_sentence(),
    st.text(alphabet=_SINGLES, min_size=1, max_size=12),
    st.sampled_from(EMOJI + MARKUP + list(BIDI) + list(SPACES) + ["، ", ". ", "\n\n", " و", "ـــــ"]),
    st.text(min_size=1, max_size=4),  # anything Unicode has (no surrogates)
)

#: random Arabic-heavy news-like text
arabic_texts = st.lists(PIECES, max_size=40).map(lambda parts: " ".join(parts) if len(parts) % 3 else "".join(parts))
published_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))


# ---------------------------------------------------------------------------------------------------------------
# The target


def check_spans(doc) -> int:
    """Assert that every span of the Doc is exact (and names and evidence are stripped); return how many."""
    text = doc.text
    checked = 0

    def exact(span, what: str, stripped: bool = True) -> None:
        nonlocal checked
        assert 0 <= span.start < span.end <= len(text), f"{what}: span {span.start}..{span.end} outside the text"
        assert text[span.start:span.end] == span.text, (
            f"{what}: text[{span.start}:{span.end}] = {text[span.start:span.end]!r} != {span.text!r}")
        if stripped:
            assert span.text == span.text.strip(), f"{what}: {span.text!r} has surrounding whitespace"
        checked += 1

    for sentence in doc.sentences:
        exact(sentence.span, "sentence")
    for mention in doc.mentions:
        exact(mention.span, f"{mention.kind} mention")
    for entity in doc.entities:
        for span in entity.mentions:
            exact(span, f"mention of entity {entity.key}")
    for post in doc.posts:
        for span in post.evidence:
            exact(span, "post evidence")
    for event in doc.events:
        for span in event.evidence:
            exact(span, f"{event.kind} evidence")
        for stamp in (event.time, event.begin, event.end):
            if stamp is not None and stamp.span is not None:
                exact(stamp.span, "date")
    return checked


def fuzz_one(text: str, published: date | None = None):
    """The fuzz target: extraction must not raise and every offset must be exact. Returns the Doc."""
    doc = graphbuild.extract(text, lang="ar", published=published)
    assert doc.text == text
    check_spans(doc)
    return doc


def round_trip(doc, suffix: str = ".ttl") -> None:
    """Serialize the Doc's graph and parse it back: the same graph (isomorphic)."""
    from rdflib import Graph
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    graph = graphbuild.to_graph([doc])
    data = serialize(graph, suffix)
    back = Graph().parse(data=data, format={".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}[suffix])
    if not isomorphic(graph, back):
        _, only_written, only_read = graph_diff(to_isomorphic(graph), to_isomorphic(back))
        raise AssertionError(f"{suffix} round trip differs:\nwritten only:\n{only_written.serialize(format='nt')}\n"
                             f"read only:\n{only_read.serialize(format='nt')}")


# ---------------------------------------------------------------------------------------------------------------
# The CI properties (short)

CI = settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@CI
@given(text=arabic_texts, published=published_dates)
def test_the_extractor_never_raises_and_every_offset_is_exact(text, published):
    fuzz_one(text, published)


@settings(CI, max_examples=150)
@given(text=arabic_texts, doc_id=st.one_of(st.none(), st.text(max_size=30)),
       title=st.one_of(st.none(), st.text(max_size=60)))
def test_turtle_written_then_parsed_is_isomorphic(text, doc_id, title):
    doc = graphbuild.extract(text, lang="ar", doc_id=doc_id or None, title=title)
    check_spans(doc)
    round_trip(doc, ".ttl")


@settings(CI, max_examples=60)
@given(text=arabic_texts)
def test_n_triples_and_json_ld_round_trip_too(text):
    doc = fuzz_one(text)
    round_trip(doc, ".nt")
    round_trip(doc, ".jsonld")


@pytest.mark.parametrize("text", [
    "",
    "\ufeff",
    "\u200f\u200e\u202b\u202c",
    "الرئيس الروسي" + "\u0640" * 500,
    "".join(c + "\u0651\u064e" for c in "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا"),
])
def test_known_edge_texts(text):
    round_trip(fuzz_one(text))
