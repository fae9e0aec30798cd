"""Regexes rewritten or gated for speed find exactly what their plain forms find."""
from __future__ import annotations

import random
import re

import pytest

from graphbuild import text as text_module
from graphbuild.lang import ar

#: characters that exercise the rewritten patterns: white space of several kinds, final punctuation,
#: removed marks (tanween, tatweel, #, bidi controls), an expansion (ﻻ), digits, month names' letters
ALPHABET = ("ابلوفكمشهرعاميسنديناو" + "  \n\n\t\r\u00a0\u2009\u3000" + ".!?؟。" + "\u064b\u0640#\u200f" + "\ufefb"
            + "0129" + "٢")
PIECES = ("في", "عام", "العام", "سنه", "السنه", "وفي", "بعام", "2021", "1999", "20211", "شهر", "الشهر", "يناير",
          "مايو", "ماي", "تشرين الثاني", "كانون ثاني", "(ايار)", "/", "من", " ", "  ", "\n", "حضر", "بمشاركه",
          "شارك", "وحضره", "بحضور", ".", "؟", "\n\n", "12", "ولشهر", "وبالعام")


def _texts(count: int = 3000, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        if rnd.random() < 0.5:
            texts.append("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 60))))
        else:
            texts.append("".join(rnd.choice(PIECES) + rnd.choice(("", " ", " ", "\n", "  ")) for _ in range(rnd.randint(0, 20))))
    return texts


TEXTS = _texts()


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_sentence_end_is_the_plain_pattern():
    plain = re.compile(r"[.!?؟。]+(?=\s|$)|\n+")
    for text in TEXTS + ["a.\n", "a..b. ", "\n\n\nx!?", "؟", "x.\n\n"]:
        assert _spans(text_module._SENTENCE_END, text) == _spans(plain, text), text


def test_sentence_ends_found_with_find_are_the_pattern_s():
    for text in TEXTS + ["a.\n", "a..b. ", "\n\n\nx!?", "؟", "x.\n\n", ".\u2028", "a.\u00a0b", "..", "!.x"]:
        assert text_module._sentence_ends(text) == _spans(text_module._SENTENCE_END, text), text


@pytest.mark.parametrize("table", [ar.fold_table(), text_module.build_table({}, frozenset()),
                                   text_module.build_table({"\u0130": "i"}, frozenset())],
                         ids=["ar", "neutral", "neutral-i"])
def test_resizing_pattern_is_the_plain_alternation(table):
    characters = {chr(code): value for code, value in table.translation.items()}
    spaces = "".join(re.escape(c) for c in sorted(set(text_module._SPACES) | {" ", "\n"}))
    resizing = sorted(c for c, r in characters.items() if len(r) != 1)
    plain = re.compile(f"[{spaces}]{{2,}}" + ("|[" + "".join(re.escape(c) for c in resizing) + "]" if resizing else ""))
    for text in TEXTS + ["\u200f\u200e  x", "a\u200b\u200bb"]:
        assert _spans(table.resizing, text) == _spans(plain, text), text


@pytest.mark.parametrize("name", ["my", "year"])
def test_date_patterns_tried_at_candidates_only(name):
    grammar = ar.ArabicGrammar()
    pattern = grammar._date_patterns[name]
    extra = ["وفي عام  \n 2021 وشهر  مايو 2020", "في\t2020", "بالشهر يناير 2020 ولشهر ماي(ايار)2019",
             "العام 1999", "فيعام 2000 السنه2001 والسنه 2002", "وبشهر تشرين الثاني / كانون ثاني 2019"]
    for text in TEXTS + extra:
        if name == "year":
            runs = [m.start() for m in ar._DIGIT_RUN.finditer(text)]
            years = [m.start() for m in ar._matches_at(ar._YEAR_ANCHOR, text, runs)]
            candidates = ar._year_starts(text, years)
        else:
            candidates = grammar._month_starts(text)
        assert [m.span() for m in ar._matches_at(pattern, text, candidates)] == _spans(pattern, text), text


def test_gated_attendance_is_the_regex():
    gated = ar.ATTENDANCE_SEARCH
    for text in TEXTS + ["وحضر الاجتماع", "بمشاركه الوزير", "حضرها", "شاركت", "محضر", "مشاركه"]:
        found, plain = gated.search(text), ar.ATTENDANCE.search(text)
        assert (found.span() if found else None) == (plain.span() if plain else None), text
