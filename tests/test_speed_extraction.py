"""The fast paths of extraction give exactly what their plain definitions give."""
from __future__ import annotations

import random
import re
from bisect import bisect_right

from graphbuild.lang import ar
from graphbuild.matcher import PhraseMatcher, _automaton, _mark, _occurrences, _searched_hits, find_each, marked_text
from graphbuild.text import fold

ALPHABET = "ابلوكف .-_،\n\x00د1"
FOLDING = "اأإﻻﷺ﷽ \n\t.\u064b\u0651\u200b؟xXİ«»ـ٣ ، \u00a0ةى"


def _random_texts(alphabet: str, count: int, seed: int, longest: int = 40) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


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
    for text in _random_texts(FOLDING, 600, seed=21, longest=30) + ["", "abc", "أحمد  بن\u064b علي", " \n"]:
        folded = fold(text, table)
        for start in range(len(folded.folded)):
            for end in range(start + 1, len(folded.folded) + 1):
                assert folded.to_original(start, end) == \
                    (folded.original_index(start), _piece_end(folded, end - 1)), (text, start, end)


def test_folding_replaces_what_translate_maps():
    table = ar.fold_table()
    assert table.changed is not None  # (the Arabic table never maps a character to one it changes again)
    chars = [chr(code) for code in table.translation] + list(FOLDING)
    for text in _random_texts("".join(chars), 400, seed=4, longest=60) + _random_texts(FOLDING, 400, seed=6):
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
        for text in _random_texts(ALPHABET, 1500, seed=13) + ["للبل بلبلب", "د. بل"]:
            marked = marked_text(text)
            assert _searched_hits(matcher._by_mark, marked) == list(automaton.iter(marked)), text
            assert _occurrences((matcher,), _searched_hits(matcher._by_mark, marked), text, marked) == \
                _occurrences((matcher,), automaton.iter(marked), text, marked)


def test_word_index_by_bisection_is_the_word_index():
    grammar, lexicons = ar.ArabicGrammar(), ar.Lexicons()
    matchers = (lexicons.matcher, grammar.title_matcher, grammar.honorific_matcher, grammar.institution_matcher,
                grammar.trigger_matcher)
    texts = ["الرئيس الروسي فلاديمير بوتين ووزير الخارجية سيرجي لافروف، والرئيس الفرنسي",
             "اجتمع وزير  الخارجية السعودي   بنظيره في الرياض.\nوقال"] + _random_texts(ALPHABET, 300, seed=5)
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
    for text in _random_texts(alphabet, 3000, seed=8, longest=80) + ["", " ", "_", "\x00"]:
        assert _mark(text) == re.sub(r"[\W_]", "\x00", text), text
