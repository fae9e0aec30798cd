"""Fast phrase matching over folded text: Aho-Corasick with word boundaries and clitic prefixes.

A phrase matches where it covers whole words, except that a word may start with one of the language's
clitic prefixes (``و``, ``ب``, ``لل`` …) which the match leaves out. Overlaps are resolved leftmost-longest.
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Generic, Iterable, NamedTuple, TypeVar

import ahocorasick

Payload = TypeVar("Payload")


class Hit(NamedTuple, Generic[Payload]):
    """A phrase found in the folded text: ``[start, end)`` excludes any clitic prefix.

    (A named tuple, immutable like a frozen dataclass: articles make dozens of hits, and a tuple is made
    in half the time.)
    """

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
        self._prefixes, self._max_prefix, self._prefix_ends = _prefix_settings(frozenset(prefixes))
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
        # The automaton scans the *marked* text (see marked_text): a phrase is indexed as its marked form plus one
        # boundary mark, so it is only reported where it ends a word, which spares the Python loop in
        # _scan most of the automaton's hits. A phrase with other characters than letters and digits
        # ("محمد بن سلمان", "د.") shares its marked form with others and is checked against the text itself.
        by_mark: dict[str, list[tuple]] = {}
        for phrase, payloads in table.items():
            key = phrase[1:] if phrase.startswith("\0") else phrase
            needs_lam = phrase.startswith("\0")
            if not key:
                continue  # (the automaton would not index an empty key either)
            # (the entries have the shape _occurrences reads: this matcher is number 0, see _group_automaton)
            by_mark.setdefault(_marked_phrase(key) + BOUNDARY, []).append(
                (0, needs_lam, len(key), tuple(payloads), None if key.isalnum() else key))
        self._by_mark = {marked: tuple(entries) for marked, entries in by_mark.items()}
        self._automaton: ahocorasick.Automaton | None = None  # built on first use (see find_each)

    def __len__(self) -> int:
        return self._size

    def find_all(self, text: str) -> list[Hit[Payload]]:
        """Every boundary-respecting occurrence, overlapping ones included."""
        return [_new_hit(Hit, (start, end, word_start, payloads))
                for word_start, _, start, _, end, payloads in self._occurrences(text)]

    def find(self, text: str) -> list[Hit[Payload]]:
        """Non-overlapping occurrences, leftmost-longest."""
        return _leftmost_longest(self._occurrences(text))

    def _occurrences(self, text: str) -> list[tuple]:
        """``(word_start, word_start - end, start, order, end, payloads)`` of every occurrence.

        The first three items are leftmost_longest's sort key; ``order`` (the order the automaton reports
        occurrences in) settles ties the way its stable sort does.
        """
        if not self._by_mark:
            return []
        marked = marked_text(text)
        if len(self._by_mark) <= SEARCHED_ONE_BY_ONE:
            # a handful of phrases (an article's own names, see entities): one str.find per phrase costs
            # less than building an automaton
            return _occurrences((self,), _searched_hits(self._by_mark, marked), text, marked)[0]
        if self._automaton is None:
            self._automaton = _automaton(self._by_mark.items())
        return _occurrences((self,), self._automaton.iter(marked), text, marked)[0]


@lru_cache(maxsize=64)
def _prefix_settings(prefixes: frozenset[str]) -> tuple[frozenset[str], int, frozenset[str]]:
    """The prefixes, the length of the longest, and the characters a clitic prefix, or the ل before a phrase
    without its article (see _occurrences), ends with. (Remembered: entities makes a matcher per article, with
    the same prefixes.)"""
    ends = frozenset(prefix[-1] for prefix in prefixes if prefix) | {"ل"}
    return prefixes, max(map(len, prefixes), default=0), ends


#: how many phrases' marked forms _marked_phrase remembers (entities makes a matcher per article, of the names
#: of its people, which recur across articles)
MOST_REMEMBERED_PHRASES = 1 << 14


@lru_cache(maxsize=MOST_REMEMBERED_PHRASES)
def _marked_phrase(phrase: str) -> str:
    return _mark(phrase)


#: matchers with at most this many (marked) phrases look for each with str.find, without an automaton
SEARCHED_ONE_BY_ONE = 40


def _searched_hits(by_mark: dict[str, tuple], marked: str) -> list[tuple[int, tuple]]:
    """What an automaton over ``by_mark`` reports for ``marked``, in the same order: every occurrence,
    overlapping ones included, by end, and the longest first where several end at one place (no two keys
    of one length end at one place: they would be the same key)."""
    hits = []
    for key, entries in by_mark.items():
        last = len(key) - 1
        position = marked.find(key)
        while position >= 0:
            hits.append((position + last, -last, entries))
            position = marked.find(key, position + 1)
    hits.sort(key=_END_THEN_LONGEST)
    return [(end, entries) for end, _, entries in hits]


_END_THEN_LONGEST = itemgetter(0, 1)


def find_each(matchers: tuple[PhraseMatcher, ...], text: str) -> list[list[Hit]]:
    """``[m.find(text) for m in matchers]``, scanning the text once for all of them.

    The automaton over the phrases of all the matchers is built on first use and kept for the same matchers
    (so this is for matchers that live as long as the program, such as a language's).
    """
    known = _groups.get(tuple(map(id, matchers)))
    group = known[1] if known is not None else _group_automaton(matchers)
    return [_leftmost_longest(occurrences) for occurrences in _scan(matchers, group, text)]


def _scan(matchers: tuple[PhraseMatcher, ...], automaton: ahocorasick.Automaton, text: str) -> list[list[tuple]]:
    """The occurrences (see PhraseMatcher._occurrences) of each matcher's phrases in ``text``."""
    marked = marked_text(text)
    return _occurrences(matchers, automaton.iter(marked), text, marked)


def _occurrences(matchers: tuple[PhraseMatcher, ...], hits: Iterable[tuple[int, tuple]], text: str,
                 marked: str) -> list[list[tuple]]:
    """The occurrences of each matcher's phrases, from the automaton's ``hits`` in ``marked`` text.

    A hit's value is a flat tuple of entries ``(matcher number, needs_lam, size, payloads, check)``.
    """
    found: list[list[tuple]] = [[] for _ in matchers]
    settings = [(matcher._prefixes, matcher._max_prefix) for matcher in matchers]
    prefix_ends = [matcher._prefix_ends for matcher in matchers]
    # ``end`` is where the boundary mark after the phrase stands: the phrase ends a word
    for end, entries in hits:
        for number, needs_lam, size, payloads, check in entries:
            start = end - size
            if check is not None and not text.startswith(check, start):
                continue  # the same marked form as the text, not the same characters
            occurrences = found[number]
            if start == 0 or marked[start - 1] == BOUNDARY:
                # the phrase starts its word (the usual case): no clitic prefix
                if not needs_lam:
                    occurrences.append((start, start - end, start, len(occurrences), end, payloads))
                continue
            if marked[start - 1] not in prefix_ends[number]:
                continue  # (most phrases found inside a word end a longer word: no prefix ends where they start)
            prefixes, max_prefix = settings[number]
            # the word's start, looked for no further back than one character more than the longest prefix
            # (a longer run of letters before the phrase is no prefix)
            lowest = start - max_prefix - 1 if start > max_prefix else 0
            word_start = marked.rfind(BOUNDARY, lowest, start) + 1 or lowest
            prefix = text[word_start:start]
            if needs_lam:
                if prefix not in ("ل", "ول", "فل"):
                    continue
                # the match then covers the word without its article: للكرملين -> كرملين
                start += 1
            elif prefix not in prefixes:
                continue
            occurrences.append((word_start, word_start - end, start, len(occurrences), end, payloads))
    return found


#: id()s of a tuple of matchers -> (the matchers, kept alive so that the ids stay theirs; their automaton)
_groups: dict[tuple[int, ...], tuple[tuple[PhraseMatcher, ...], ahocorasick.Automaton]] = {}


def _group_automaton(matchers: tuple[PhraseMatcher, ...]) -> ahocorasick.Automaton:
    # each marked phrase maps to the entries of every matcher, numbered by matcher: within one matcher, the
    # automaton reports phrases in the order its own automaton would, so every matcher finds what it finds alone
    combined: dict[str, list[tuple]] = {}
    for number, matcher in enumerate(matchers):
        for marked, entries in matcher._by_mark.items():
            combined.setdefault(marked, []).extend((number, *entry[1:]) for entry in entries)
    automaton = _automaton((marked, tuple(values)) for marked, values in combined.items())
    _groups[tuple(map(id, matchers))] = (matchers, automaton)
    return automaton


def _automaton(items: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, value in items:
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def _leftmost_longest(occurrences: list[tuple]) -> list[Hit]:
    """leftmost_longest() of the occurrences, on plain tuples that sort by themselves (no key function),
    building a Hit only for the ones kept."""
    chosen: list[Hit] = []
    last_end = -1
    for word_start, _, start, _, end, payloads in sorted(occurrences):
        if word_start >= last_end:
            chosen.append(_new_hit(Hit, (start, end, word_start, payloads)))
            last_end = end
    return chosen


#: ``Hit(*fields)`` without the named tuple's __new__, a Python function around this one (an article makes
#: dozens of hits)
_new_hit = tuple.__new__


#: what stands for every character that is not a letter or digit (``str.isalnum``) in marked text
BOUNDARY = "\0"
_NOT_ALNUM = re.compile(r"[\W_]")  # \w is exactly str.isalnum() plus the underscore
_last_marked: tuple[str, str] = ("", BOUNDARY)


#: what _mark replaces after spaces and underscores: every other character that is not a letter or digit
_OTHER_NOT_ALNUM = re.compile(r"[^\w \0]")
#: how many distinct characters _mark replaces one by one before it lets the regex replace the rest
_MOST_REPLACED = 24


def _mark(text: str) -> str:
    """``text`` with every character that is not a letter or digit replaced by the boundary mark."""
    # A text holds hundreds of such characters but few distinct ones (space, . ، " and line breaks): replacing
    # each distinct one throughout (str.replace, in C) is faster than the regex's replacement of each one.
    marked = text.replace(" ", BOUNDARY)
    if "_" in marked:
        marked = marked.replace("_", BOUNDARY)
    search = _OTHER_NOT_ALNUM.search
    found = search(marked)
    for _ in range(_MOST_REPLACED):
        if found is None:
            return marked
        marked = marked.replace(found.group(), BOUNDARY)
        found = search(marked, found.start())  # (the characters before it are all replaced already)
    return _NOT_ALNUM.sub(BOUNDARY, marked) if found else marked


def marked_text(text: str) -> str:
    """``text`` with every character that is not a letter or digit (``str.isalnum``) replaced by
    ``BOUNDARY``, then one more ``BOUNDARY`` (the end of the text ends a word too).

    The matchers and the reader of one article all want the same text marked: the last one is kept.
    """
    global _last_marked
    cached_text, marked = _last_marked
    if cached_text is not text:
        marked = _mark(text) + BOUNDARY
        _last_marked = (text, marked)
    return marked


def leftmost_longest(hits: Iterable[Hit[Payload]]) -> list[Hit[Payload]]:
    """Keep the leftmost, then longest, of overlapping hits."""
    chosen: list[Hit[Payload]] = []
    last_end = -1
    for hit in sorted(hits, key=lambda h: (h.word_start, -(h.end - h.word_start), h.start)):
        if hit.word_start >= last_end:
            chosen.append(hit)
            last_end = hit.end
    return chosen
