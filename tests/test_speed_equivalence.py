"""The CPU fast paths of extraction give exactly what the plain code they replace gives."""
from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from graphbuild.entities import _distinct_spans
from graphbuild.events import _Index
from graphbuild.lang import ar
from graphbuild.matcher import SEARCHED_ONE_BY_ONE, PhraseMatcher
from graphbuild.model import Doc, Entity, Span, replace_doc
from graphbuild.pipeline import SPAN_ORDER
from graphbuild.text import _translate

#: letters the Arabic table changes (أ ة ى, digits, tashkeel, quotes, spaces), letters it keeps, and the rest
FOLDING = "اأإآةىيئؤ٣۴0a Aبل\n\t\u00a0\u064b\u0651_#«»“ـ.،\u200b"
CLITICS = "وفبلكال"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=FOLDING, max_size=60))
def test_translating_one_character_at_a_time_is_str_translate(text):
    table = ar.fold_table()
    assert _translate(text, table) == text.translate(table.translation)


class _Everything:
    """A set that holds every character: the matcher without its test of the letter before a phrase."""

    def __contains__(self, item) -> bool:
        return True


_PHRASES = ["كرملين", "الكرملين", "مين", "رم", "ن", "الامن", "امن", "لبنان", "بنان", "ان"]
#: a word: maybe some letters before it (a clitic, two, or the end of a longer word), then maybe a phrase
_WORDS = st.builds(lambda before, phrase: before + phrase, st.text(alphabet=CLITICS + "مس", max_size=4),
                   st.sampled_from(_PHRASES + [""]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=6, unique=True),
       st.lists(_WORDS, max_size=8).map(" ".join))
@example(["الكرملين", "كرملين"], "للكرملين وللكرملين فالكرملين بكرملين")
def test_the_letter_before_a_phrase_rules_out_only_what_the_prefixes_do(phrases, text):
    # (the gazetteer's prefixes; and prefixes none of which ends in ل, where only ل, ول, فل before a phrase
    # without its article end there)
    for prefixes in (("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "وال", "بال", "لل"), ("و", "ف", "فب")):
        _check_prefixes(phrases, text, prefixes)


def _check_prefixes(phrases: list[str], text: str, prefixes: tuple[str, ...]) -> None:
    # with str.find (a few phrases), and with the automaton (phrases that never match make them many)
    for fillers in ([], [f"ز{number}" for number in range(SEARCHED_ONE_BY_ONE + 1)]):
        listed = [(p, p) for p in phrases + fillers]
        matcher = PhraseMatcher(listed, prefixes, definite_article="ال")
        plain = PhraseMatcher(listed, prefixes, definite_article="ال")
        plain._prefix_ends = _Everything()
        assert matcher.find_all(text) == plain.find_all(text)
        assert matcher.find(text) == plain.find(text)


_spans = st.lists(st.builds(lambda start, length, text: Span(start, start + length, text),
                            st.integers(0, 6), st.integers(0, 3), st.sampled_from(["", "a", "b"])),
                  min_size=1, max_size=12)


@given(_spans)
def test_distinct_spans_are_the_sorted_set(spans):
    assert _distinct_spans(spans) == tuple(sorted(set(spans), key=SPAN_ORDER))


@given(_spans)
def test_index_keeps_the_stable_order_by_start_and_end(spans):
    items = [(span, number) for number, span in enumerate(spans)]
    assert _Index(items).items == sorted(items, key=lambda item: (item[0].start, item[0].end))


def test_replace_doc_is_dataclasses_replace():
    doc = Doc(id="d", text="نص", lang="ar", published=date(2021, 1, 2), title="t")
    changes = {"posts": ("p",), "title": None, "events": ("e",)}
    assert replace_doc(doc, **changes) == dataclasses.replace(doc, **changes)
    assert replace_doc(doc) == doc and replace_doc(doc) is not doc
    try:
        replace_doc(doc, nonsense=1)
    except TypeError:
        pass
    else:
        raise AssertionError("an unknown field must be refused, as dataclasses.replace refuses it")


def test_entity_init_is_the_dataclass_init():
    entity = Entity("k", "Person", ("n",), mentions=(Span(0, 1, "a"),))
    assert [getattr(entity, f.name) for f in dataclasses.fields(Entity)] == \
        ["k", "Person", ("n",), None, None, None, (Span(0, 1, "a"),), None]
    try:
        entity.key = "x"
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("an Entity stays frozen")
