"""From extraction results to RDF, in the vocabularies of the output contract (docs/graph-model.md).

``doc_triples`` yields one article's triples (``doc_ntriples`` gives the same as N-Triples lines, fast, for
corpora); ``to_graph`` collects them into one rdflib ``Graph`` and
``to_dataset`` into a ``Dataset`` with one named graph per article (its IRI), for N-Quads and TriG.
Only the prefixes a graph uses are bound, and serializations are deterministic (see ``serialize``).
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache
from types import SimpleNamespace
from typing import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, Namespace

from .model import Doc, Entity, Event, Span
from .vocab import (GAF, GBO, ORG, PREFIXES, SCHEMA, SEM, WD, article_iri, entity_iri, event_iri, membership_iri,
                    mention_fragment, post_iri, role_iri)

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ALL_PREFIXES = dict(PREFIXES, nif=str(NIF))

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_SUBTYPE_CLASS = {"NewsAgency": "NewsAgency", "NewsOutlet": "NewsAgency", "City": "City", "Capital": "City"}
_EVENT_LABELS = {
    "Statement": "Statement", "PhoneCall": "Phone call", "Meeting": "Meeting", "Visit": "Visit",
    "Negotiation": "Negotiation", "Agreement": "Agreement", "Ceasefire": "Ceasefire",
    "ArmedConflict": "Armed conflict", "Accusation": "Accusation", "Appointment": "Appointment",
    "Election": "Election", "Aid": "Aid", "Sanction": "Sanction", "Protest": "Protest",
}
_DATE_TYPES = {4: str(XSD.gYear), 7: str(XSD.gYearMonth)}

#: the fixed IRIs the statements use, by attribute name
_VOCABULARY = {
    "type": RDF.type, "label": RDFS.label, "altLabel": SKOS.altLabel, "sameAs": OWL.sameAs,
    "NewsArticle": SCHEMA.NewsArticle, "inLanguage": SCHEMA.inLanguage, "headline": SCHEMA.headline,
    "datePublished": SCHEMA.datePublished, "url": SCHEMA.url, "mentions": SCHEMA.mentions, "about": SCHEMA.about,
    "Sentence": NIF.Sentence, "anchorOf": NIF.anchorOf, "sentence": NIF.sentence,
    "denotedBy": GAF.denotedBy, "holds": ORG.holds, "Post": ORG.Post, "role": ORG.role, "Role": ORG.Role,
    "postIn": ORG.postIn, "Membership": ORG.Membership, "member": ORG.member, "organization": ORG.organization,
    "memberDuring": ORG.memberDuring, "post": GBO.post, "wasDerivedFrom": PROV.wasDerivedFrom,
    "wasAttributedTo": PROV.wasAttributedTo, "Interval": TIME.Interval, "Instant": TIME.Instant,
    "inside": TIME.inside, "inXSDDate": TIME.inXSDDate, "Event": SEM.Event, "hasActor": SEM.hasActor,
    "hasTimeStamp": SEM.hasTimeStamp, "hasBeginTimeStamp": SEM.hasBeginTimeStamp,
    "hasEndTimeStamp": SEM.hasEndTimeStamp, "hasPlace": SEM.hasPlace,
}
_XSD_DATE, _XSD_ANY_URI = str(XSD.date), str(XSD.anyURI)


class _RdflibTerms:
    """Statements as rdflib terms (for graphs held in memory)."""

    def __init__(self) -> None:
        self.v = SimpleNamespace(**{name: URIRef(iri) for name, iri in _VOCABULARY.items()})

    iri = staticmethod(URIRef)

    @staticmethod
    def plain(text: str) -> Literal:
        return Literal(text)

    @staticmethod
    def tagged(text: str, tag: str) -> Literal:
        return Literal(text, lang=tag)

    @staticmethod
    def typed(text: str, datatype: str) -> Literal:
        return Literal(text, datatype=URIRef(datatype))


def _escape(text: str) -> str:
    """The text as the body of an N-Triples string (chained ``replace`` is several times faster than
    ``str.translate`` on Arabic text)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


class _NTriplesTerms:
    """Statements as N-Triples terms (``<iri>``, ``"text"@ar``): the fast path for corpora, which never need
    rdflib objects."""

    def __init__(self) -> None:
        self.v = SimpleNamespace(**{name: f"<{iri}>" for name, iri in _VOCABULARY.items()})

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def plain(text: str) -> str:
        return f'"{_escape(text)}"'

    @staticmethod
    def tagged(text: str, tag: str) -> str:
        return f'"{_escape(text)}"@{tag}'

    @staticmethod
    def typed(text: str, datatype: str) -> str:
        return f'"{_escape(text)}"^^<{datatype}>'


@lru_cache(maxsize=1 << 14)
def _vocabulary_iri(namespace: Namespace, name: str) -> URIRef:
    """``namespace[name]``, remembered: a class or Wikidata item is named in every article that has one, and
    rdflib checks and builds the IRI anew on each lookup."""
    return namespace[name]


@cache
def _terms(kind: str):
    return _RdflibTerms() if kind == "rdflib" else _NTriplesTerms()


def entity_node(entity: Entity) -> URIRef:
    """The stable IRI of an entity."""
    key = entity.key.split(":", 2)[2] if entity.key.startswith("new:") else entity.key
    return entity_iri(entity.kind, entity.wikidata, key)


def doc_triples(doc: Doc) -> Iterator[Triple]:
    """Every triple one article contributes, as rdflib terms."""
    return _statements(doc, _terms("rdflib"))


def doc_ntriples(doc: Doc) -> list[str]:
    """Every triple one article contributes, as sorted, distinct N-Triples lines (``\\n``-terminated).

    The same statements as ``doc_triples``, written without building rdflib terms: several times faster, for
    corpora. IRIs are written as minted (from slugs, digests and gazetteer ids); ``parallel.build_article`` checks
    those that come from data before a store loads the lines.
    """
    return sorted({f"{s} {p} {o} .\n" for s, p, o in doc_statements(doc)})


def doc_statements(doc: Doc) -> Iterator[tuple[str, str, str]]:
    """Every statement of one article as its three N-Triples terms (``<iri>``, ``"text"@ar``), repeats included:
    what ``doc_ntriples`` writes, for a consumer that looks at subjects and objects (``store.ArticleStatements``)."""
    return _statements(doc, _terms("ntriples"))


def _statements(doc: Doc, t) -> Iterator[tuple]:
    """The statements of one article, in the terms of ``t`` (``_RdflibTerms`` or ``_NTriplesTerms``)."""
    v, iri = t.v, t.iri
    article_node = article_iri(doc.id)
    article = iri(article_node)
    lang = doc.lang
    yield article, v.type, v.NewsArticle
    yield article, v.inLanguage, t.plain(lang)
    if doc.title:
        yield article, v.headline, t.tagged(doc.title, lang)
    if doc.published:
        yield article, v.datePublished, t.typed(doc.published.isoformat(), _XSD_DATE)
    if doc.url:
        yield article, v.url, t.typed(doc.url, _XSD_ANY_URI)

    entity_iris = {entity.key: entity_node(entity) for entity in doc.entities}
    nodes = {key: iri(value) for key, value in entity_iris.items()}
    sentences = [s.span for s in doc.sentences]
    sentence_starts = [s.start for s in sentences]
    described: set[tuple[int, int]] = set()
    typed_sentences: set[tuple[int, int]] = set()  # apart: a mention can span a whole sentence (a dateline)

    article_prefix = str(article_node)
    mention_terms: dict[tuple[int, int], object] = {}

    def mention(span: Span):
        # a span is named up to three times (its entity's gaf:denotedBy, its anchor, its sentence): its term is
        # made once, from the article's IRI as a str (rdflib's URIRef + str costs a new URIRef each time)
        key = (span.start, span.end)
        term = mention_terms.get(key)
        if term is None:
            term = mention_terms[key] = iri(article_prefix + mention_fragment(span.start, span.end))
        return term

    def evidence(span: Span) -> Iterator[tuple]:
        if (span.start, span.end) in described:
            return
        described.add((span.start, span.end))
        # the offsets and the article are in the mention's IRI (an RFC 5147 fragment), so nif:beginIndex,
        # nif:endIndex and nif:referenceContext are not stated again: they would be 40 % of a corpus's quads
        node = mention(span)
        yield node, v.anchorOf, t.plain(span.text)
        position = bisect_right(sentence_starts, span.start) - 1
        sentence = sentences[position] if position >= 0 and span.end <= sentences[position].end else None
        if sentence is not None:
            sentence_node = mention(sentence)
            yield node, v.sentence, sentence_node
            if (sentence.start, sentence.end) not in typed_sentences:
                typed_sentences.add((sentence.start, sentence.end))
                yield sentence_node, v.type, v.Sentence
                yield sentence_node, v.anchorOf, t.plain(sentence.text)

    for entity in doc.entities:
        node = nodes[entity.key]
        yield node, v.type, iri(_vocabulary_iri(SCHEMA, entity.kind))
        if entity.subtype in _SUBTYPE_CLASS:
            yield node, v.type, iri(_vocabulary_iri(GBO, _SUBTYPE_CLASS[entity.subtype]))
        # one label per language across articles (the gazetteer's name when there is one), so that the merged
        # graph of a corpus has one label per entity; the article's own spellings are alternative labels
        label = entity.preferred_name or entity.names[0]
        yield node, v.label, t.tagged(label, lang)
        for name in entity.names:
            if name != label:
                yield node, v.altLabel, t.tagged(name, lang)
        if entity.label_en:
            yield node, v.label, t.tagged(entity.label_en, "en")
        if entity.wikidata:
            yield node, v.sameAs, iri(_vocabulary_iri(WD, entity.wikidata))
        yield article, v.mentions, node
        for span in entity.mentions:
            yield node, v.denotedBy, mention(span)
            yield from evidence(span)

    labels_en = {e.key: e.label_en or e.names[0] for e in doc.entities}
    for post in doc.posts:
        person = nodes[post.person]
        holder_of = nodes.get(post.of) if post.of else None
        post_node = post_iri(post.role, entity_iris.get(post.of) if post.of else None)
        post_term, role_term = iri(post_node), iri(role_iri(post.role))
        yield person, v.holds, post_term
        yield post_term, v.type, v.Post
        yield post_term, v.role, role_term
        label = post.role + (f" of {labels_en[post.of]}" if post.of else "")
        yield post_term, v.label, t.tagged(label, "en")
        yield role_term, v.type, v.Role
        yield role_term, v.label, t.tagged(post.role, "en")
        if holder_of is not None:
            yield post_term, v.postIn, holder_of
        membership_node = membership_iri(entity_iris[post.person], post_node, article_node)
        membership = iri(membership_node)
        yield membership, v.type, v.Membership
        yield membership, v.member, person
        yield membership, v.role, role_term
        yield membership, v.post, post_term
        if holder_of is not None:
            yield membership, v.organization, holder_of
        yield membership, v.wasDerivedFrom, article
        for span in post.evidence:
            yield membership, v.denotedBy, mention(span)
            yield from evidence(span)
        if doc.published:
            during, seen = iri(f"{membership_node}#during"), iri(f"{membership_node}#seen")
            yield membership, v.memberDuring, during
            yield during, v.type, v.Interval
            yield during, v.inside, seen
            yield seen, v.type, v.Instant
            yield seen, v.inXSDDate, t.typed(doc.published.isoformat(), _XSD_DATE)

    for event in doc.events:
        yield from _event_statements(doc, event, article_node, t, nodes, labels_en, mention, evidence)

    sources = {event.source for event in doc.events if event.source}
    for source in sorted(sources):
        if source in nodes:
            yield article, v.wasAttributedTo, nodes[source]


def _event_statements(doc: Doc, event: Event, article_node: URIRef, t, nodes, labels_en, mention, evidence
                      ) -> Iterator[tuple]:
    v, iri = t.v, t.iri
    first = event.evidence[0]
    stamp = event.time or event.begin
    node = iri(event_iri(article_node, event.kind, f"{first.start},{first.end},{stamp.value if stamp else ''}"))
    yield node, v.type, v.Event
    for kind in event.classes:
        yield node, v.type, iri(_vocabulary_iri(GBO, kind))
    yield node, v.label, t.tagged(first.text, doc.lang)
    actors = [labels_en[a] for a in event.actors if a in labels_en]
    english = _EVENT_LABELS[event.kind] + (": " + ", ".join(actors) if actors else "")
    yield node, v.label, t.tagged(english, "en")
    for actor in event.actors:
        if actor in nodes:
            yield node, v.hasActor, nodes[actor]
    for predicate, value in ((v.hasTimeStamp, event.time), (v.hasBeginTimeStamp, event.begin),
                             (v.hasEndTimeStamp, event.end)):
        if value:
            yield node, predicate, t.typed(value.value, _DATE_TYPES.get(len(value.value), _XSD_DATE))
    if event.place and event.place in nodes:
        yield node, v.hasPlace, nodes[event.place]
    for topic in event.about:
        if topic in nodes:
            yield node, v.about, nodes[topic]
    if event.source and event.source in nodes:
        yield node, v.wasAttributedTo, nodes[event.source]
    yield node, v.wasDerivedFrom, iri(article_node)
    spans = list(event.evidence) + [s.span for s in (event.time, event.begin) if s and s.span]
    for span in spans:
        yield node, v.denotedBy, mention(span)
        yield from evidence(span)


def bind_used_prefixes(graph: Graph, triples: Iterable[Triple] | None = None) -> None:
    """Bind exactly the prefixes whose namespaces the graph's terms use."""
    used: set[str] = set()
    namespaces = sorted(ALL_PREFIXES.items(), key=lambda item: -len(item[1]))
    for triple in graph if triples is None else triples:
        for term in triple:
            value = str(term.datatype) if isinstance(term, Literal) and term.datatype else str(term)
            for prefix, namespace in namespaces:
                if value.startswith(namespace):
                    used.add(prefix)
                    break
    for prefix in sorted(used):
        graph.bind(prefix, ALL_PREFIXES[prefix], override=True, replace=True)


def _fresh_graph(cls):
    graph = cls(bind_namespaces="none") if cls is Graph else cls()
    return graph


def to_graph(docs: Iterable[Doc]) -> Graph:
    """All articles' triples in one graph."""
    graph = Graph(bind_namespaces="none")
    for doc in docs:
        for triple in doc_triples(doc):
            graph.add(triple)
    bind_used_prefixes(graph)
    return graph


def to_dataset(docs: Iterable[Doc]) -> Dataset:
    """One named graph per article, named by the article's IRI."""
    dataset = Dataset()
    dataset.namespace_manager = Graph(bind_namespaces="none").namespace_manager
    used: list[Triple] = []
    for doc in docs:
        named = dataset.graph(article_iri(doc.id))
        for triple in doc_triples(doc):
            named.add(triple)
            used.append(triple)
    bind_used_prefixes(dataset, used)
    return dataset
