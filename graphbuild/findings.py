"""What the language grammars find in folded text, before entities are resolved.

Offsets here are into the *folded* text; the pipeline maps them back to the original with the offset map.
These records are internal to extraction; the public result is ``graphbuild.model.Doc``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: ``RawMention.how`` of the person an appointment replaces ("بدلا من X"): named, but no actor of the events
#: of that sentence
REPLACED = "replaced"
#: ``RawMention.how`` of whom a sentence's events are told by ("وفق ما أفادت به وزارة الصحة"): named, but no
#: party to them
TELLER = "teller"
#: the contract's bare minister's role (``RawPost.role``), and how the roles of ministers with a portfolio begin
MINISTER = "Minister"
PORTFOLIO = "Minister of "
#: the contract's roles one person holds in a country at a time, which a title may name without its country
#: ("الملك", "ولي العهد"): it refers to the article's one holder of that role
SOLE_HOLDER_ROLES = frozenset({"King", "Queen", "Emir", "Sultan", "Crown Prince"})
#: the subtypes of the gazetteer's news agencies and outlets, which report events and take no part in them
NEWS_SUBTYPES = frozenset({"NewsAgency", "NewsOutlet"})


@dataclass(frozen=True, slots=True)
class RawMention:
    """A name, demonym or descriptive phrase that refers to an entity.

    ``ref`` is a gazetteer id, or for an entity the lexicon does not know, ``new:{Kind}:{folded name}``.
    """

    start: int
    end: int
    kind: str
    ref: str
    how: str
    adjective: bool = False
    country: str | None = None

    def __init__(self, start: int, end: int, kind: str, ref: str, how: str, adjective: bool = False,
                 country: str | None = None) -> None:
        # the generated __init__'s work with the slots' own setters (as graphbuild.model does): the generated one
        # calls object.__setattr__ per field, and an article makes dozens of mentions
        _set_mention_start(self, start)
        _set_mention_end(self, end)
        _set_mention_kind(self, kind)
        _set_mention_ref(self, ref)
        _set_mention_how(self, how)
        _set_mention_adjective(self, adjective)
        _set_mention_country(self, country)


(_set_mention_start, _set_mention_end, _set_mention_kind, _set_mention_ref, _set_mention_how, _set_mention_adjective,
 _set_mention_country) = (
    RawMention.start.__set__, RawMention.end.__set__, RawMention.kind.__set__, RawMention.ref.__set__,
    RawMention.how.__set__, RawMention.adjective.__set__, RawMention.country.__set__)


@dataclass(frozen=True, slots=True)
class RawPost:
    """A title that gives a person a post; ``person`` and ``of`` index the mentions list."""

    person: int
    role: str
    of: int | None
    start: int
    end: int
    counterpart: bool = False
    #: the title refers back with a pronoun ("المتحدث باسمها", its spokesperson): without a country or an
    #: organization of its own, the post is in the one named last before it in the sentence
    anaphoric: bool = False


@dataclass(frozen=True, slots=True)
class RawTitleReference:
    """A title standing for a person without a name ("الرئيس الروسي"), to be resolved by coreference."""

    start: int
    end: int
    role: str
    of: int | None


@dataclass(frozen=True, slots=True)
class RawTrigger:
    """A word or phrase that states an event."""

    start: int
    end: int
    kind: str
    also: tuple[str, ...]
    part: str
    definite: bool
    plural: bool
    #: an agreement known by its name (named_agreements.tsv): its parties (entity keys) and its date
    parties: tuple[str, ...] = ()
    known_date: str | None = None


@dataclass(frozen=True, slots=True)
class RawAttribution:
    """A phrase crediting a source ("حسبما أفادت وكالة …"); ``source`` indexes the mentions list."""

    start: int
    end: int
    source: int


@dataclass
class Findings:
    """Everything a grammar found in one article (built up by one reader, then frozen into a Doc)."""

    mentions: list[RawMention] = field(default_factory=list)
    posts: list[RawPost] = field(default_factory=list)
    title_references: list[RawTitleReference] = field(default_factory=list)
    triggers: list[RawTrigger] = field(default_factory=list)
    attributions: list[RawAttribution] = field(default_factory=list)
    attendance: list[tuple[int, int]] = field(default_factory=list)
    # (place, agency): the mentions a dateline opens with ("الكويت - كونا -"), each indexing the mentions list
    datelines: list[tuple[int, int]] = field(default_factory=list)
