"""Normalization for matching, with an exact offset map back to the original text.

The folded text is what matchers scan; ``FoldedText.to_original`` turns a folded span back into the
code-point span of the text as read, so every mention slices the original exactly. The character
table comes from the language module; this module only applies it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

#: characters removed everywhere: bidi controls, zero-width characters, BOM, soft hyphen
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060\u061c"
)
_BEYOND = float("inf")
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r"}


#: the code points ``FoldTable.fast`` covers: the Basic Multilingual Plane (the others are rare and unmapped)
_FAST_SIZE = 0x10000


@dataclass(frozen=True, slots=True)
class FoldTable:
    """A fold table ready for ``str.translate``, and the characters that change the text's length.

    ``fast`` is the same table as a list indexed by code point: ``str.translate`` looks every character up
    in its table, and a list answers an unmapped character without the KeyError a dict raises (twice as fast).
    """

    translation: dict[int, str]
    resizing: re.Pattern
    fast: list = field(default_factory=list, repr=False, compare=False)
    #: the characters the table changes, as one character class, and what each becomes (see ``_translate``);
    #: None when some replacement holds a character the table changes again
    changed: re.Pattern | None = field(default=None, repr=False, compare=False)
    replacements: dict[str, str] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded copy of a text and a sparse map from folded positions back to original ones.

    The map is a list of segments, each starting at a folded position: in a *shifted* segment the original
    index is the folded one plus a delta; in a *fixed* segment (the characters an expansion such as ﻻ → لا
    produced) every folded position comes from one original character.
    """

    original: str
    folded: str
    starts: tuple[int, ...] = (0,)
    deltas: tuple[int, ...] = (0,)
    fixed: tuple[int, ...] = (-1,)
    #: the original index of each segment's first character, computed on first use by ``to_folded``
    _origins: list | None = field(default=None, init=False, repr=False, compare=False)

    def original_index(self, index: int) -> int:
        """The original index of the character at folded position ``index``."""
        segment = bisect_right(self.starts, index) - 1
        anchor = self.fixed[segment]
        return anchor if anchor >= 0 else index + self.deltas[segment]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the folded span ``[start, end)``; ``end > start`` required."""
        if not 0 <= start < end <= len(self.folded):
            raise ValueError(f"folded span {start}..{end} out of range")
        # original_index() twice, inlined: this runs for every mention, sentence, trigger and date
        starts, deltas, fixed = self.starts, self.deltas, self.fixed
        if len(starts) == 1 and fixed[0] < 0:
            delta = deltas[0]  # one shifted segment (a text folding left in place): no search
            return start + delta, end + delta
        last = end - 1
        segment = bisect_right(starts, start) - 1
        anchor = fixed[segment]
        original_start = anchor if anchor >= 0 else start + deltas[segment]
        segment = bisect_right(starts, last, segment) - 1
        if fixed[segment] < 0:
            return original_start, last + deltas[segment] + 1
        # the last character was rewritten from an original piece (" \n" folded to "\n"): the span takes the
        # whole piece, which ends where the next segment's first character comes from
        after = segment + 1
        if after == len(starts):
            return original_start, len(self.original)
        return original_start, fixed[after] if fixed[after] >= 0 else starts[after] + deltas[after]

    def to_folded(self, original_index: int) -> int:
        """The first folded position whose character comes from ``original_index`` or later."""
        # original_index() grows with the folded position, segment by segment: find the first segment
        # whose first character comes from original_index or later; the answer is in the segment before
        # it (a shifted one) or is that segment's start.
        starts, deltas, fixed = self.starts, self.deltas, self.fixed
        size = len(self.folded)
        firsts = self._origins
        if firsts is None:
            firsts = self._segment_origins()
            object.__setattr__(self, "_origins", firsts)  # a cache, not state: the value never changes
        segment = bisect_left(firsts, original_index)
        if segment == 0:
            return 0
        before = segment - 1
        limit = starts[segment] if segment < len(starts) else size
        if fixed[before] >= 0:
            return min(limit, size)  # every character of a fixed segment comes from before original_index
        return min(max(starts[before], original_index - deltas[before]), limit, size)

    def _segment_origins(self) -> list[int]:
        """The original index of each segment's first character (segments past the end count as beyond)."""
        size = len(self.folded)
        return [(anchor if anchor >= 0 else start + delta) if start < size else _BEYOND
                for start, delta, anchor in zip(self.starts, self.deltas, self.fixed)]

    @property
    def origin(self) -> tuple[int, ...]:
        """The original index of every folded character (computed on demand; for tests and tools)."""
        return tuple(self.original_index(i) for i in range(len(self.folded)))


def build_table(letter_map: Mapping[str, str], removed: frozenset[str]) -> FoldTable:
    """A complete fold table: the language's letters plus the language-neutral rules."""
    table: dict[str, str] = dict(_SPACES)
    for char in INVISIBLE | removed:
        table[char] = ""
    table.update(letter_map)
    table["\u0130"] = "i"  # the one capital whose lower case is two characters
    resizing = sorted(c for c, r in table.items() if len(r) != 1)
    spaces = "".join(re.escape(c) for c in sorted(set(_SPACES) | {" ", "\n"}))
    # runs of white space fold to one space (or one line break), so phrases match however they are spaced
    # ``[spaces]{2,}|[resizing]``, written to start with one character class (which the regex engine skips
    # to without trying both branches at every position): the same matches, half the time
    if resizing:
        changing = "".join(re.escape(c) for c in resizing)
        pattern = re.compile(f"[{spaces}{changing}](?:(?<=[{spaces}])[{spaces}]+|(?<=[{changing}]))")
    else:
        pattern = re.compile(f"[{spaces}][{spaces}]+")
    translation = {ord(c): r for c, r in table.items()}
    fast = [translation.get(code, code) for code in range(_FAST_SIZE)]
    for code in translation:
        if code >= _FAST_SIZE:
            fast = translation  # (no language maps such characters; keep the dict if one ever does)
            break
    replacements = {c: r for c, r in table.items() if c != r}
    changed = None
    if replacements and not set("".join(replacements.values())) & replacements.keys():
        # no replacement is changed again: replacing each character in turn is the same as translating
        changed = re.compile("[%s]" % "".join(re.escape(c) for c in sorted(replacements)))
    return FoldTable(translation, pattern, fast, changed, replacements)


def _translate(text: str, table: FoldTable) -> str:
    """``text.translate`` with the table.

    str.translate looks up every character of the text; an article holds only a few of the characters the
    table changes (أ ة ى, digits …), so finding which ones (one regex pass in C) and replacing each of them
    throughout takes half the time.
    """
    changed = table.changed
    if changed is None:
        return text.translate(table.fast or table.translation)
    replacements = table.replacements
    # An article holds a hundred such characters but few distinct ones (أ ة ى …): find the first, replace it
    # throughout, and look for the next one from where it stood (the text before it holds none, and no
    # replacement is a character the table changes): a few searches instead of a match object per character
    search = changed.search
    found = search(text)
    while found is not None:
        position = found.start()
        char = text[position]
        text = text.replace(char, replacements[char])
        found = search(text, position)
    return text


def _replacement(piece: str, translation: dict[int, str]) -> str:
    if len(piece) > 1:
        return "\n" if "\n" in piece else " "
    return translation[ord(piece)]


def fold(text: str, table: FoldTable) -> FoldedText:
    """Fold ``text`` with ``table`` (then lower-case), keeping the map back to the original."""
    translation = table.translation
    matches = list(table.resizing.finditer(text))
    if not matches:
        return FoldedText(text, _translate(text, table).lower())
    # one pass over the matches both rewrites the text (as resizing.sub would) and records the offset map
    pieces = []
    previous = 0
    starts, deltas, fixed = [0], [0], [-1]
    delta = 0
    for match in matches:
        position, match_end = match.span()
        replacement = _replacement(match.group(), translation)
        pieces.append(text[previous:position])
        pieces.append(replacement)
        previous = match_end
        width, size = match_end - position, len(replacement)
        at = position - delta
        if size:
            # a run of spaces folds to its first character; an expansion (ﻻ → لا) to one fixed source
            _segment(starts, deltas, fixed, at, delta, position)
        delta += width - size
        _segment(starts, deltas, fixed, at + size, delta, -1)
    pieces.append(text[previous:])
    folded = _translate("".join(pieces), table).lower()
    return FoldedText(text, folded, tuple(starts), tuple(deltas), tuple(fixed))


def _segment(starts: list[int], deltas: list[int], fixed: list[int], at: int, delta: int, anchor: int) -> None:
    if starts[-1] == at:
        deltas[-1], fixed[-1] = delta, anchor
    else:
        starts.append(at)
        deltas.append(delta)
        fixed.append(anchor)


def fold_string(text: str, table: FoldTable) -> str:
    """Only the folded string (for lexicon keys)."""
    return text.translate(table.fast or table.translation).lower()


_WORD = re.compile(r"\w+")
#: ``[.!?؟。]+(?=\s|$)|\n+``, written to start with one character class: the regex engine then skips to the
#: candidates without trying both branches at every position (four times faster, same matches)
_SENTENCE_END = re.compile(r"[.!?؟。\n](?:(?<=[.!?؟。])[.!?؟。]*(?=\s|$)|(?<=\n)\n*)")


#: the fewest letters of the shorter of two forms of one name (forms_of_one_name): "جو" is no form of "جون"
SHORTENED_NAME_LETTERS = 3


def forms_of_one_name(one: str, other: str) -> bool:
    """Whether two given names are one name, whole and shortened or spelt without its first letters: either
    begins or ends the other, in SHORTENED_NAME_LETTERS letters at least (Mike / Michael, Steve / Steven,
    Manuel / Emmanuel); John and Jake are two names."""
    shorter, longer = sorted((one, other), key=len)
    return len(shorter) >= SHORTENED_NAME_LETTERS and (longer.startswith(shorter) or longer.endswith(shorter))


def words(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the word tokens of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: split at final punctuation and line breaks, trimmed of white space."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # cached: the pipeline splits the same folded text in more than one stage
    trimmed = []
    start = 0
    for match_start, match_end in _sentence_ends(text):
        # final punctuation stays with its sentence; line breaks belong to none
        end = match_start if text[match_start] == "\n" else match_end
        # _add_trimmed(text, start, end, trimmed), inlined (it runs for every sentence)
        piece = text[start:end]
        first, last = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        if last > first:
            trimmed.append((first, last))
        start = match_end
    _add_trimmed(text, start, len(text), trimmed)
    return tuple(trimmed)


#: the final punctuation _SENTENCE_END reads (a run of it ends a sentence when white space or the end follows)
_FINAL_PUNCTUATION = ".!?؟。"


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_END.finditer(text)``, found with str.find.

    The regex engine tests every character of the text against the pattern's first character class (the
    class holds ؟ and 。, so a big table); the few characters it can start with are found faster one by one.
    A run of final punctuation matches as a whole when white space (``\\s`` is exactly ``str.isspace``) or
    the end of the text follows it, and nowhere else; a run of line breaks always matches.
    """
    candidates = []
    for mark in _FINAL_PUNCTUATION + "\n":
        position = text.find(mark)
        while position >= 0:
            candidates.append(position)
            position = text.find(mark, position + 1)
    candidates.sort()
    ends = []
    size = len(text)
    resume = 0
    for position in candidates:
        if position < resume:
            continue  # (inside the run read before)
        run = "\n" if text[position] == "\n" else _FINAL_PUNCTUATION
        after = position + 1
        while after < size and text[after] in run:
            after += 1
        if run == "\n" or after == size or text[after].isspace():
            ends.append((position, after))
        resume = after
    return ends


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add ``[start, end)`` without its leading and trailing white space, unless nothing remains."""
    piece = text[start:end]
    # str.strip() removes exactly the characters str.isspace() accepts
    start, end = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
    if end > start:
        spans.append((start, end))
