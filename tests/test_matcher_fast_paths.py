"""The fast paths of matching, folding and reading give exactly what the plain definitions give."""
from __future__ import annotations

import random
import re

import pytest

from graphbuild.lang import ar
from graphbuild.matcher import PhraseMatcher, find_each, leftmost_longest
from graphbuild.text import fold

ALPHABET = "ابلوكف .-_،\n\x00د1"


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def _plain_find_all(phrases, prefixes, definite, text):
    """The matcher's definition, one automaton hit at a time (the code before the marked-text scan)."""
    prefixes = frozenset(prefixes)
    max_prefix = max((len(p) for p in prefixes), default=0)
    table: dict[str, list] = {}
    for phrase, payload in phrases:
        phrase = " ".join(phrase.split())
        if not phrase:
            continue
        table.setdefault(phrase, []).append(payload)
        if definite and phrase.startswith(definite) and len(phrase) > len(definite) + 1:
            table.setdefault("\0" + phrase[1:], []).append(payload)
    found = []
    for end in range(1, len(text) + 1):
        if end < len(text) and text[end].isalnum():
            continue
        # longest phrase first, as the automaton reports them
        for phrase in sorted(table, key=lambda p: -len(p.lstrip("\0"))):
            key = phrase.lstrip("\0") if phrase.startswith("\0") else phrase
            needs_lam = phrase.startswith("\0")
            start = end - len(key)
            if start < 0 or text[start:end] != key:
                continue
            word_start = start
            while word_start > 0 and text[word_start - 1].isalnum() and start - word_start <= max_prefix:
                word_start -= 1
            prefix = text[word_start:start]
            if needs_lam:
                if prefix not in ("ل", "ول", "فل"):
                    continue
                start += 1
            elif prefix and prefix not in prefixes:
                continue
            found.append((start, end, word_start, tuple(table[phrase])))
    return found


PHRASES = [("بل", 1), ("ال بل", 2), ("البل", 3), ("د.", 4), ("ا-ب", 5), ("ا ب", 6), ("كف", 7), ("ل", 8)]


@pytest.mark.parametrize("prefixes, definite", [((), None), (("و", "ب", "ل", "لل", "وال"), "ال")])
def test_find_all_and_find_follow_the_definition(prefixes, definite):
    matcher = PhraseMatcher(PHRASES, prefixes, definite)
    for text in _random_texts(1500) + ["للبل", "وللبل", "د. بل", "ا-ب ا ب"]:
        hits = matcher.find_all(text)
        assert sorted((h.start, h.end, h.word_start, h.payloads) for h in hits) == \
            sorted(_plain_find_all(PHRASES, prefixes, definite, text)), text
        chosen = [(h.start, h.end, h.word_start, h.payloads) for h in matcher.find(text)]
        assert chosen == [(h.start, h.end, h.word_start, h.payloads) for h in leftmost_longest(hits)]


def test_find_each_equals_each_matcher_alone():
    matchers = (PhraseMatcher(PHRASES, ("و", "ل"), "ال"), PhraseMatcher(PHRASES[:3]), PhraseMatcher([("ب", "b")]))
    for text in _random_texts(800, seed=11):
        together = find_each(matchers, text)
        for matcher, hits in zip(matchers, together):
            assert [(h.start, h.end, h.word_start, h.payloads) for h in hits] == \
                [(h.start, h.end, h.word_start, h.payloads) for h in matcher.find(text)]


def test_words_are_the_regex_words():
    for text in _random_texts(1500, seed=3) + ["", "_", "a_b", "ab  cd."]:
        matches = list(re.finditer(r"\w+", text))
        assert ar._words(text) == ([m.start() for m in matches], [m.end() for m in matches],
                                   [m.group() for m in matches])


def test_to_folded_is_the_first_position_at_or_after():
    table = ar.fold_table()
    rnd = random.Random(5)
    texts = ["".join(rnd.choice("اأﻻﷺ \n\t.\u064b\u200b؟xİ") for _ in range(rnd.randint(0, 25))) for _ in range(800)]
    for text in texts:
        folded = fold(text, table)
        origin = folded.origin
        for index in range(len(text) + 2):
            expected = next((i for i, o in enumerate(origin) if o >= index), len(folded.folded))
            assert folded.to_folded(index) == expected, (text, index)


def test_dates_tried_at_digit_runs_are_the_dates_found_by_scanning():
    grammar = ar.ArabicGrammar()
    patterns = grammar._date_patterns
    texts = ["وفي 12 يناير 2021 و2019-2020 وفي 2021/3/4 و4/3/2021", "بال3 مارس", "و15 من شهر مارس عام 2020",
             "12 رمضان 1442 هـ", "x12 يناير", "١٢ يناير"] + _random_texts(300)
    for text in texts:
        text = ar.fold(text)
        starts = [m.start() for m in re.finditer(r"\d+", text)]
        near = sorted({s - back for s in starts for back in range(4) if s - back >= 0})
        for name in ("iso", "dmy_numeric", "hijri", "range"):
            assert [m.span() for m in ar._matches_at(patterns[name], text, starts)] == \
                [m.span() for m in patterns[name].finditer(text)]
        assert [m.span() for m in ar._matches_at(patterns["dmy"], text, near)] == \
            [m.span() for m in patterns["dmy"].finditer(text)]
