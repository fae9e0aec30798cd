"""Fast phrase matching over folded text: Aho-Corasick with word boundaries and clitic prefixes.

A phrase matches where it covers whole words, except that a word may start with one of the language's
clitic prefixes (``و``, ``ب``, ``لل`` …) which the match leaves out. Overlaps are resolved leftmost-longest.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

import ahocorasick

Payload = TypeVar("Payload")


@dataclass(frozen=True, slots=True)
class Hit(Generic[Payload]):
    """A phrase found in the folded text: ``[start, end)`` excludes any clitic prefix."""

    start: int
    end: int
    word_start: int
    payloads: tuple[Payload, ...]

    @property
    def prefix_length(self) -> int:
        """How many clitic characters precede the match inside its first word."""
        return self.start - self.word_start


class PhraseMatcher(Generic[Payload]):
    """Finds known phrases (already folded) in folded text."""

    def __init__(self, phrases: Iterable[tuple[str, Payload]], prefixes: Iterable[str] = (),
                 definite_article: str | None = None):
        self._prefixes = frozenset(prefixes)
        self._max_prefix = max((len(p) for p in self._prefixes), default=0)
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[Payload]] = {}
        for phrase, payload in phrases:
            phrase = " ".join(phrase.split())
            if not phrase:
                continue
            table.setdefault(phrase, []).append(payload)
            if definite_article and phrase.startswith(definite_article) and len(phrase) > len(definite_article) + 1:
                # "لل…": after the clitic ل the article's alef is dropped, so the text reads ل + ل…
                table.setdefault("\0" + phrase[1:], []).append(payload)
        self._size = len(table)
        for phrase, payloads in table.items():
            key = phrase[1:] if phrase.startswith("\0") else phrase
            needs_lam = phrase.startswith("\0")
            existing = self._automaton.get(key, None)
            entries = list(existing) if existing else []
            entries.append((needs_lam, len(key), tuple(payloads)))
            self._automaton.add_word(key, tuple(entries))
        if self._size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def find_all(self, text: str) -> list[Hit[Payload]]:
        """Every boundary-respecting occurrence, overlapping ones included."""
        if not self._size:
            return []
        hits: list[Hit[Payload]] = []
        length = len(text)
        for last, entries in self._automaton.iter(text):
            end = last + 1
            if end < length and text[end].isalnum():
                continue
            for needs_lam, size, payloads in entries:
                start = end - size
                word_start = start
                while word_start > 0 and text[word_start - 1].isalnum() and start - word_start <= self._max_prefix:
                    word_start -= 1
                prefix = text[word_start:start]
                if needs_lam:
                    if prefix not in ("ل", "ول", "فل"):
                        continue
                    # the match then covers the word without its article: للكرملين -> كرملين
                    start += 1
                elif prefix and prefix not in self._prefixes:
                    continue
                hits.append(Hit(start, end, word_start, payloads))
        return hits

    def find(self, text: str) -> list[Hit[Payload]]:
        """Non-overlapping occurrences, leftmost-longest."""
        return leftmost_longest(self.find_all(text))


def leftmost_longest(hits: Iterable[Hit[Payload]]) -> list[Hit[Payload]]:
    """Keep the leftmost, then longest, of overlapping hits."""
    chosen: list[Hit[Payload]] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.word_start, -(h.end - h.word_start), h.start)):
        if hit.word_start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
