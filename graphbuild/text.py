"""Normalization for matching, with an exact offset map back to the original text.

The folded text is what matchers scan; ``FoldedText.to_original`` turns a folded span back into the
code-point span of the text as read, so every mention slices the original exactly. The character
table comes from the language module; this module only applies it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

#: characters removed everywhere: bidi controls, zero-width characters, BOM, soft hyphen
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060"
)
_SPACES = {c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r"}


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded copy of a text and, for each folded character, the index of its source character."""

    original: str
    folded: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the folded span ``[start, end)``; ``end > start`` required."""
        if not 0 <= start < end <= len(self.folded):
            raise ValueError(f"folded span {start}..{end} out of range")
        return self.origin[start], self.origin[end - 1] + 1


def build_table(letter_map: Mapping[str, str], removed: frozenset[str]) -> dict[str, str]:
    """A complete fold table: the language's letters plus the language-neutral rules."""
    table: dict[str, str] = dict(_SPACES)
    for char in INVISIBLE | removed:
        table[char] = ""
    table.update(letter_map)
    return table


def fold(text: str, table: Mapping[str, str]) -> FoldedText:
    """Fold ``text`` character by character with ``table`` (missing characters: lower-cased)."""
    pieces: list[str] = []
    origin: list[int] = []
    get = table.get
    for index, char in enumerate(text):
        replacement = get(char)
        if replacement is None:
            replacement = char.lower() if char.isupper() else char
            if len(replacement) != 1:
                replacement = char
        if not replacement:
            continue
        pieces.append(replacement)
        origin.extend([index] * len(replacement))
    return FoldedText(text, "".join(pieces), tuple(origin))


def fold_string(text: str, table: Mapping[str, str]) -> str:
    """Only the folded string (for lexicon keys)."""
    return fold(text, table).folded


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?؟。]+(?=\s|$)|\n+")


def words(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the word tokens of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: split at final punctuation and line breaks, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
