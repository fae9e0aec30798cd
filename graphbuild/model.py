"""The extraction result: an immutable, Doc-like value with character offsets into the original text.

Every record points back to the characters that state it: ``doc.text[span.start:span.end] == span.text``.
Stages never mutate a ``Doc``; each returns a new one (``replace_doc``, which is ``dataclasses.replace``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

ENTITY_KINDS = ("Person", "Organization", "Country", "Place")

EVENT_KINDS = (
    "Statement", "PhoneCall", "Meeting", "Visit", "Negotiation", "Agreement", "Ceasefire", "ArmedConflict",
    "Accusation", "Appointment", "Election", "Aid", "Sanction", "Protest",
)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the original article text."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # what the generated __init__ and a __post_init__ check do, in half the time (an article makes
        # dozens of spans): check the range, then set the slots directly (the class is frozen)
        if not 0 <= start <= end:
            raise ValueError(f"bad span {start}..{end}")
        _set_span_start(self, start)
        _set_span_end(self, end)
        _set_span_text(self, text)


# the slots' own setters, which a frozen class's __setattr__ does not stand in front of
_set_span_start, _set_span_end, _set_span_text = Span.start.__set__, Span.end.__set__, Span.text.__set__


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article, by offsets into the original text."""

    span: Span


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names, or refers to, an entity.

    ``entity`` is the key of the resolved entity (see ``Entity.key``); ``how`` says which mechanism found
    it (``gazetteer``, ``title``, ``pattern``, ``demonym``, ``coref``).
    """

    span: Span
    kind: str
    entity: str
    how: str
    is_adjective: bool = False

    def __init__(self, span: Span, kind: str, entity: str, how: str, is_adjective: bool = False) -> None:
        # the generated __init__'s work with the slots' own setters (see Span.__init__)
        _set_mention_span(self, span)
        _set_mention_kind(self, kind)
        _set_mention_entity(self, entity)
        _set_mention_how(self, how)
        _set_mention_is_adjective(self, is_adjective)


_set_mention_span, _set_mention_kind, _set_mention_entity, _set_mention_how, _set_mention_is_adjective = (
    Mention.span.__set__, Mention.kind.__set__, Mention.entity.__set__, Mention.how.__set__,
    Mention.is_adjective.__set__)


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world actor or place the article refers to, with all the ways it names it."""

    key: str
    kind: str
    names: tuple[str, ...]
    label_en: str | None = None
    wikidata: str | None = None
    subtype: str | None = None
    mentions: tuple[Span, ...] = ()
    #: the gazetteer's name for it in the article's language: one label per entity across all articles
    preferred_name: str | None = None

    def __init__(self, key: str, kind: str, names: tuple[str, ...], label_en: str | None = None,
                 wikidata: str | None = None, subtype: str | None = None, mentions: tuple[Span, ...] = (),
                 preferred_name: str | None = None) -> None:
        # the generated __init__'s work with the slots' own setters (see Span.__init__): an article makes
        # a dozen entities
        _set_entity_key(self, key)
        _set_entity_kind(self, kind)
        _set_entity_names(self, names)
        _set_entity_label_en(self, label_en)
        _set_entity_wikidata(self, wikidata)
        _set_entity_subtype(self, subtype)
        _set_entity_mentions(self, mentions)
        _set_entity_preferred_name(self, preferred_name)

    @property
    def label(self) -> str:
        """The fullest name the article uses (the first of ``names``)."""
        return self.names[0] if self.names else (self.label_en or self.key)


(_set_entity_key, _set_entity_kind, _set_entity_names, _set_entity_label_en, _set_entity_wikidata,
 _set_entity_subtype, _set_entity_mentions, _set_entity_preferred_name) = (
    Entity.key.__set__, Entity.kind.__set__, Entity.names.__set__, Entity.label_en.__set__,
    Entity.wikidata.__set__, Entity.subtype.__set__, Entity.mentions.__set__, Entity.preferred_name.__set__)


@dataclass(frozen=True, slots=True)
class Post:
    """A person holding a role, in a country or organization when the text says which."""

    person: str
    role: str
    of: str | None
    evidence: tuple[Span, ...]
    role_text: str = ""


@dataclass(frozen=True, slots=True)
class TimeStamp:
    """A date as precise as the text gives it: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    value: str
    span: Span | None = None

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        return {4: "year", 7: "month"}.get(len(self.value), "day")


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, as the article reports it."""

    kind: str
    actors: tuple[str, ...]
    evidence: tuple[Span, ...]
    time: TimeStamp | None = None
    begin: TimeStamp | None = None
    end: TimeStamp | None = None
    place: str | None = None
    about: tuple[str, ...] = ()
    source: str | None = None
    kinds: tuple[str, ...] = ()

    @property
    def classes(self) -> tuple[str, ...]:
        """The event's project classes: its main kind first, then any compatible ones."""
        return (self.kind,) + tuple(k for k in self.kinds if k != self.kind)


@dataclass(frozen=True, slots=True)
class Doc:
    """One article and everything extracted from it."""

    id: str
    text: str
    lang: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    posts: tuple[Post, ...] = ()
    events: tuple[Event, ...] = ()

    def entity(self, key: str) -> Entity:
        """The entity with this key (``KeyError`` if there is none)."""
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)

    def span(self, start: int, end: int) -> Span:
        """A span of this article's text."""
        return Span(start, end, self.text[start:end])


#: (name, getter, setter) of each of Doc's slots, in field order
_DOC_SLOTS = tuple((f.name, getattr(Doc, f.name).__get__, getattr(Doc, f.name).__set__)
                   for f in dataclasses.fields(Doc))
_DOC_FIELDS = frozenset(name for name, _, _ in _DOC_SLOTS)


def replace_doc(doc: Doc, **changes) -> Doc:
    """``dataclasses.replace(doc, **changes)``: a new Doc with some fields changed.

    Every stage calls it once per article; dataclasses.replace's per-field bookkeeping and the generated
    __init__ (a frozen class's object.__setattr__ per field) cost four times as much as copying the slots.
    """
    if type(doc) is not Doc or not changes.keys() <= _DOC_FIELDS:
        return dataclasses.replace(doc, **changes)  # (a subclass, or a wrong name: the usual behaviour and errors)
    changed = object.__new__(Doc)
    for name, get, set_field in _DOC_SLOTS:
        set_field(changed, changes[name] if name in changes else get(doc))
    return changed
