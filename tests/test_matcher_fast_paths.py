"""The fast paths of matching, folding and reading give exactly what the plain definitions give."""
from __future__ import annotations

import random
import re
from bisect import bisect_right

import pytest

from graphbuild.lang import ar
from graphbuild.matcher import (PhraseMatcher, _automaton, _mark, _occurrences, _searched_hits, find_each,
                                leftmost_longest, marked_text)
from graphbuild.text import fold

ALPHABET = "ابلوكف .-_،\n\x00د1"
FOLDING = "اأإﻻﷺ﷽ \n\t.\u064b\u0651\u200b؟xXİ«»ـ٣ ، \u00a0ةى"


def _random_texts(count: int, seed: int = 7, alphabet: str = ALPHABET, longest: int = 40) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


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


def _piece_end(folded, index: int) -> int:
    """Where the original text behind folded character ``index`` ends: one character on when it was copied;
    when it was rewritten from a piece (" \n" folded to "\n"), where the next folded character comes from."""
    segment = bisect_right(folded.starts, index) - 1
    if folded.fixed[segment] < 0:
        return folded.original_index(index) + 1
    later = [folded.original_index(j) for j in range(index + 1, len(folded.folded))
             if folded.original_index(j) != folded.fixed[segment]]
    return later[0] if later else len(folded.original)


def test_to_original_is_original_index_at_the_start_and_the_whole_piece_at_the_end():
    table = ar.fold_table()
    extra = ["", "abc", "أحمد  بن\u064b علي", " \n"]
    for text in _random_texts(600, seed=21, alphabet=FOLDING, longest=30) + extra:
        folded = fold(text, table)
        for start in range(len(folded.folded)):
            for end in range(start + 1, len(folded.folded) + 1):
                assert folded.to_original(start, end) == \
                    (folded.original_index(start), _piece_end(folded, end - 1)), (text, start, end)


def test_folding_replaces_what_translate_maps():
    table = ar.fold_table()
    assert table.changed is not None  # (the Arabic table never maps a character to one it changes again)
    chars = [chr(code) for code in table.translation] + list(FOLDING)
    texts = _random_texts(400, seed=4, alphabet="".join(chars), longest=60)
    for text in texts + _random_texts(400, seed=6, alphabet=FOLDING):
        assert fold(text, table).folded == _plain_fold(text, table), text


def _plain_fold(text: str, table) -> str:
    """fold() as translate alone would give it: runs of spaces first, then the table, then lower case."""
    pieces = []
    previous = 0
    for match in table.resizing.finditer(text):
        piece = match.group()
        pieces.append(text[previous:match.start()])
        pieces.append(("\n" if "\n" in piece else " ") if len(piece) > 1 else table.translation[ord(piece)])
        previous = match.end()
    pieces.append(text[previous:])
    return "".join(pieces).translate(table.translation).lower()


def test_small_matchers_search_as_the_automaton_does():
    phrases = [("بل", 1), ("ال بل", 2), ("البل", 3), ("د.", 4), ("ا-ب", 5), ("ا ب", 6), ("كف", 7), ("ل", 8),
               ("بلب", 9), ("لبل", 10)]
    for prefixes, definite in [((), None), (("و", "ب", "ل", "لل", "وال"), "ال")]:
        matcher = PhraseMatcher(phrases, prefixes, definite)
        automaton = _automaton(matcher._by_mark.items())
        for text in _random_texts(1500, seed=13) + ["للبل بلبلب", "د. بل"]:
            marked = marked_text(text)
            assert _searched_hits(matcher._by_mark, marked) == list(automaton.iter(marked)), text
            assert _occurrences((matcher,), _searched_hits(matcher._by_mark, marked), text, marked) == \
                _occurrences((matcher,), automaton.iter(marked), text, marked)


def test_word_index_by_bisection_is_the_word_index():
    grammar = ar.ArabicGrammar()
    lexicons = ar.Lexicons(grammar.title_phrases)
    matchers = (lexicons.matcher, grammar.title_matcher, grammar.honorific_matcher, grammar.institution_matcher,
                grammar.trigger_matcher)
    texts = ["الرئيس الروسي فلاديمير بوتين ووزير الخارجية سيرجي لافروف، والرئيس الفرنسي",
             "اجتمع وزير  الخارجية السعودي   بنظيره في الرياض.\nوقال"] + _random_texts(300, seed=5)
    for text in texts:
        reader = ar.ArabicReader(grammar, lexicons, fold(text, ar.fold_table()))
        word_at = {start: index for index, start in enumerate(reader.word_starts)}
        word_ending = {end: index for index, end in enumerate(reader.word_ends)}
        for position in range(len(reader.text) + 2):
            assert reader._word_starting(position) == word_at.get(position)
        for hits in find_each(matchers, reader.text):
            expected = {word_at[hit.word_start]: (hit, word_ending[hit.end]) for hit in hits
                        if hit.word_start in word_at and hit.end in word_ending}
            assert reader._index(hits) == expected, text


def test_marking_replaces_every_character_that_is_not_a_letter_or_digit():
    # (with symbols enough to pass _MOST_REPLACED, where the regex takes over)
    alphabet = "ab _\x00.،\n١\u0651-٫😀\t\u200bX" + "".join(chr(code) for code in range(0x2000, 0x2060))
    for text in _random_texts(3000, seed=8, alphabet=alphabet, longest=80) + ["", " ", "_", "\x00"]:
        assert _mark(text) == re.sub(r"[\W_]", "\x00", text), text
