"""Languages graphbuild reads, looked up by code. Each one is loaded once, on first use.

A language provides folding (with an offset map), and a reader that finds mentions, titles, triggers,
attributions and dates in folded text. Everything after that is language-neutral.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable

from ..errors import GraphbuildError
from ..findings import Findings
from ..lexicon import GazetteerEntry
from ..text import FoldedText

SUPPORTED = ("ar",)


@dataclass(frozen=True)
class EventWords:
    """The words the event stage looks for around triggers. Its rules are language-neutral; the words they
    look for are the language's. Patterns search the original text unless they say folded."""

    attendance: re.Pattern  # folded: a sentence stating attendance (or anything with ``search``, ar.GatedPattern)
    two_sides: re.Pattern  # folded: "the two sides" as a subject, standing for the parties of the event just told (or
    # anything with ``search``, as attendance)
    demonstratives: frozenset[str]  # a word right before a trigger that makes it a retelling ("this agreement")
    between: re.Pattern  # "between" or "with", opening the parties of an agreement
    coordination: re.Pattern  # all that may join one party to the next after "between" ("and", a comma, a word)
    relative: re.Pattern  # a relative pronoun right after a noun, opening a clause about that noun
    day_shifts: dict[str, int]  # a word before an event's noun -> days from its sentence's date ("the eve of")
    # folded: (text, start, end) -> (speaker start, speaker end, end of the word opening what is said) of each
    # report in text[start:end] ("قال X إن"), not where a pronoun for the speaker follows ("إنه": he takes part)
    reported: Callable[[str, int, int], list[tuple[int, int, int]]]
    # a delegation and what may stand between it and the country or body it comes from ("وفد رفيع المستوى من")
    delegation: re.Pattern
    # what, ending right before a name, makes it the place or the topic of an event ("in", "about"): searched in
    # the text before it
    place_or_topic: re.Pattern
    # a preposition, ending right before a visit's noun, that makes the visit what the clause before tells ("arrived
    # in Paris on a visit"): its subject, before the noun, is the visitor
    on_a_visit: re.Pattern
    # a visit's noun with a pronoun for the visitor ("upon his arrival"), searched in the trigger: the visitor is
    # named before it, and whoever is named after it (who receives him) is not
    visitor_named_before: re.Pattern
    # folded: the opening of a sentence that tells more of the occasion told before it ("on this occasion"): its
    # undated events happen then
    same_occasion: re.Pattern
    # who receives a visitor ("receiving him was"), searched in the text between a visit's noun and a person
    # after it: that person is no visitor
    receiving: re.Pattern
    # folded: the honorific pronouns that stand for a person as a verb's subject ("his highness", right after the
    # verb: "تلقى سموه اتصالا"), the person told of before
    honorific_pronouns: frozenset[str]
    # "the sides" right before a country's adjective, or before another adjective and "and" ("the Egyptian and
    # Saudi sides"), searched in the text before it: the adjective names a party
    sides_of: re.Pattern
    # a counterpart noun right before a country's adjective ("his Armenian counterpart"), searched in the text
    # before it: with no name after it, the counterpart's country stands for him in a meeting or call
    counterpart_of: re.Pattern
    # what, ending right before a capital's name, makes it stand for its country, searched in the text before
    # it: a verb whose subject or object it is ("اتهمت واشنطن بكين", "تتهم موسكو"), or a word opening the parties
    # of something ("بين واشنطن وأنقرة", "مع طهران", "عقوبات على موسكو")
    acting_before: re.Pattern
    # a verb of condemning (not of accusing), searched in an accusation's trigger as written
    condemning: re.Pattern
    # what stands between an event's noun and the adjective saying whose it is ("the Russian air strikes": one
    # word at most), and between that adjective and whom the event is against ("on", "against"), searched in
    # the text between them
    to_owner: re.Pattern
    against: re.Pattern
    # a conjunction opening a clause that tells something else ("while", "whereas"), searched in the original
    # text: an event's parties are those of its own clause where that clause names any
    contrast: re.Pattern
    # a word of congratulating ("congratulated", "a cable of congratulation"), searched in the original text
    # before an election or an appointment: who congratulates is no party to it
    congratulating: re.Pattern
    # a word of judging something (welcoming, praising, supporting, rejecting, criticizing, condemning), searched
    # in the original text before an event's noun it has for its object: who judges the event is no party to it
    judging: re.Pattern
    # a preposition right before an event's noun that makes the noun a frame, not what a word before it is
    # about ("during", "after"), searched in the original text before it
    framing: re.Pattern


@dataclass(frozen=True)
class Language:
    """What the pipeline needs from a language."""

    code: str
    fold: Callable[[str], FoldedText]
    read: Callable[[FoldedText, date | None], tuple[Findings, list]]
    entries: dict[str, GazetteerEntry]
    event_words: EventWords
    fold_name: Callable[[str], str]
    is_name_word: Callable[[str], bool]
    given_names: frozenset[str]
    written_name: Callable[[str, int, int], str]  # (text, start, end) -> the name there as written on its own
    # a folded name of an unknown person -> the id of the known person it names in another spelling, if any
    respelled: Callable[[str], str | None]


class UnsupportedLanguage(GraphbuildError):
    """The requested language has no module."""

    code = "GB010"


@lru_cache(maxsize=None)
def get_language(code: str) -> Language:
    """The language with this ISO 639-1 code (loads its resources on first use)."""
    if code == "ar":
        from . import ar

        grammar = ar.ArabicGrammar()
        lexicons = ar.Lexicons(grammar.title_phrases)

        def read(folded: FoldedText, published: date | None) -> tuple[Findings, list]:
            reader = ar.ArabicReader(grammar, lexicons, folded)
            findings = reader.read()
            # (without a publication date, the dateline's day places "today" and "yesterday")
            return findings, grammar.find_dates(folded.folded, published or reader.dateline_date())

        def fold(text: str) -> FoldedText:
            from ..text import fold as fold_text

            return fold_text(text, ar.fold_table())

        def is_name_word(word: str) -> bool:
            return (word not in grammar.common_words and word not in grammar.function_words
                    and len(word) > 2 and not word.isdigit())

        return Language("ar", fold, read, lexicons.entries, ar.EVENT_WORDS, ar.canonical_name, is_name_word,
                        frozenset(lexicons.given_names), ar.written_name,
                        lexicons.respelled)
    raise UnsupportedLanguage(f"language '{code}' is not supported (supported: {', '.join(SUPPORTED)})")


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-z]")


def detect(text: str) -> str:
    """``ar`` when Arabic letters outnumber Latin ones, else ``en``."""
    sample = text[:5000]
    return "ar" if len(_ARABIC.findall(sample)) >= len(_LATIN.findall(sample)) else "en"
