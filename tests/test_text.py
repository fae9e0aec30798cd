"""Folding and offsets: property tests (hypothesis) that every folded span maps back exactly."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from graphbuild.lang import get_language
from graphbuild.lang.ar import fold
from graphbuild.text import sentence_spans

ARABIC_HEAVY = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
        st.sampled_from(list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200c\u200d\u00a0 \n.،؟")),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(["😀", "ی", "ک", "ـ", "ﻻ", "ﷲ", "٣", "۴"]),
    ),
    max_size=200,
)


def test_fold_letter_variants():
    assert fold("أحمد إبراهيم آمنة") == "احمد ابراهيم امنه"
    assert fold("مُحَمَّد") == "محمد"
    assert fold("بوتيـــن") == "بوتين"
    assert fold("٢٠٢٠ و۲۰۲۱") == "2020 و2021"
    assert fold("ﻻ") == "لا"
    assert fold("علی") == "علي"
    assert fold("\u200fبوتين\u200e") == "بوتين"


@settings(max_examples=300, deadline=None)
@given(ARABIC_HEAVY)
@example(" \n")  # a space folded into the line break after it: the span maps back to both
def test_every_folded_span_maps_back_inside_the_original(text):
    folded = get_language("ar").fold(text)
    assert len(folded.origin) == len(folded.folded)
    assert list(folded.origin) == sorted(folded.origin)
    for start in range(len(folded.folded)):
        end = min(len(folded.folded), start + 5)
        original_start, original_end = folded.to_original(start, end)
        assert 0 <= original_start < original_end <= len(text)
        # folding the original slice gives back the folded span (within it, for ligatures like ﻻ)
        assert folded.folded[start:end] in get_language("ar").fold(text[original_start:original_end]).folded


@settings(max_examples=200, deadline=None)
@given(ARABIC_HEAVY)
def test_mentions_slice_the_original_text(text):
    import graphbuild

    doc = graphbuild.extract("الرئيس الروسي فلاديمير بوتين " + text + " وزير الخارجية سيرجي لافروف", lang="ar")
    for mention in doc.mentions:
        assert doc.text[mention.span.start:mention.span.end] == mention.span.text
        assert mention.span.text == mention.span.text.strip()
    for entity in doc.entities:
        for span in entity.mentions:
            assert doc.text[span.start:span.end] == span.text


def test_sentences_split_at_final_punctuation_and_lines():
    text = "جملة أولى. جملة ثانية؟\nسطر ثالث 3.5 مليون"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["جملة أولى.", "جملة ثانية؟", "سطر ثالث 3.5 مليون"]
