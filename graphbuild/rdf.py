"""From extraction results to RDF, in the vocabularies of the output contract (docs/graph-model.md).

``doc_triples`` yields one article's triples; ``to_graph`` collects them into one rdflib ``Graph`` and
``to_dataset`` into a ``Dataset`` with one named graph per article (its IRI), for N-Quads and TriG.
Only the prefixes a graph uses are bound, and serializations are deterministic (see ``serialize``).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, Namespace

from .model import Doc, Entity, Event, Span
from .vocab import (GAF, GBO, ORG, PREFIXES, SCHEMA, SEM, WD, article_iri, entity_iri, event_iri, membership_iri,
                    mention_iri, post_iri, role_iri)

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ALL_PREFIXES = dict(PREFIXES, nif=str(NIF))

Triple = tuple[URIRef, URIRef, URIRef | Literal]

_SUBTYPE_CLASS = {"NewsAgency": GBO.NewsAgency, "NewsOutlet": GBO.NewsAgency, "City": GBO.City,
                  "Capital": GBO.City}
_EVENT_LABELS = {
    "Statement": "Statement", "PhoneCall": "Phone call", "Meeting": "Meeting", "Visit": "Visit",
    "Negotiation": "Negotiation", "Agreement": "Agreement", "Ceasefire": "Ceasefire",
    "ArmedConflict": "Armed conflict", "Accusation": "Accusation", "Appointment": "Appointment",
    "Election": "Election", "Aid": "Aid", "Sanction": "Sanction", "Protest": "Protest",
}


def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def entity_node(entity: Entity) -> URIRef:
    """The stable IRI of an entity."""
    key = entity.key.split(":", 2)[2] if entity.key.startswith("new:") else entity.key
    return entity_iri(entity.kind, entity.wikidata, key)


def doc_triples(doc: Doc) -> Iterator[Triple]:
    """Every triple one article contributes."""
    article = article_iri(doc.id)
    lang = doc.lang
    yield article, RDF.type, SCHEMA.NewsArticle
    yield article, SCHEMA.inLanguage, Literal(lang)
    if doc.title:
        yield article, SCHEMA.headline, Literal(doc.title, lang=lang)
    if doc.published:
        yield article, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date)
    if doc.url:
        yield article, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)

    nodes = {entity.key: entity_node(entity) for entity in doc.entities}
    sentences = [s.span for s in doc.sentences]
    sentence_starts = [s.start for s in sentences]
    described: set[tuple[int, int]] = set()

    def evidence(span: Span) -> Iterator[Triple]:
        node = mention_iri(article, span.start, span.end)
        if (span.start, span.end) in described:
            return
        described.add((span.start, span.end))
        yield node, RDF.type, NIF.String
        yield node, NIF.anchorOf, Literal(span.text)
        yield node, NIF.beginIndex, Literal(span.start)
        yield node, NIF.endIndex, Literal(span.end)
        yield node, NIF.referenceContext, article
        position = bisect_right(sentence_starts, span.start) - 1
        sentence = sentences[position] if position >= 0 and span.end <= sentences[position].end else None
        if sentence is not None:
            sentence_node = mention_iri(article, sentence.start, sentence.end)
            yield node, NIF.sentence, sentence_node
            if (sentence.start, sentence.end) not in described:
                described.add((sentence.start, sentence.end))
                yield sentence_node, RDF.type, NIF.Sentence
                yield sentence_node, NIF.anchorOf, Literal(sentence.text)
                yield sentence_node, NIF.beginIndex, Literal(sentence.start)
                yield sentence_node, NIF.endIndex, Literal(sentence.end)
                yield sentence_node, NIF.referenceContext, article

    for entity in doc.entities:
        node = nodes[entity.key]
        yield node, RDF.type, SCHEMA[entity.kind]
        if entity.subtype in _SUBTYPE_CLASS:
            yield node, RDF.type, _SUBTYPE_CLASS[entity.subtype]
        yield node, RDFS.label, Literal(entity.names[0], lang=lang)
        for name in entity.names[1:]:
            yield node, SKOS.altLabel, Literal(name, lang=lang)
        if entity.label_en:
            yield node, RDFS.label, Literal(entity.label_en, lang="en")
        if entity.wikidata:
            yield node, OWL.sameAs, WD[entity.wikidata]
        yield article, SCHEMA.mentions, node
        for span in entity.mentions:
            yield node, GAF.denotedBy, mention_iri(article, span.start, span.end)
            yield from evidence(span)

    labels_en = {e.key: e.label_en or e.names[0] for e in doc.entities}
    for post in doc.posts:
        person = nodes[post.person]
        holder_of = nodes.get(post.of) if post.of else None
        post_node = post_iri(post.role, holder_of)
        role_node = role_iri(post.role)
        yield person, ORG.holds, post_node
        yield post_node, RDF.type, ORG.Post
        yield post_node, ORG.role, role_node
        label = post.role + (f" of {labels_en[post.of]}" if post.of else "")
        yield post_node, RDFS.label, Literal(label, lang="en")
        yield role_node, RDF.type, ORG.Role
        yield role_node, RDFS.label, Literal(post.role, lang="en")
        if holder_of is not None:
            yield post_node, ORG.postIn, holder_of
        membership = membership_iri(person, post_node, article)
        yield membership, RDF.type, ORG.Membership
        yield membership, ORG.member, person
        yield membership, ORG.role, role_node
        yield membership, GBO.post, post_node
        if holder_of is not None:
            yield membership, ORG.organization, holder_of
        yield membership, PROV.wasDerivedFrom, article
        for span in post.evidence:
            yield membership, GAF.denotedBy, mention_iri(article, span.start, span.end)
            yield from evidence(span)
        if doc.published:
            during = URIRef(f"{membership}#during")
            seen = URIRef(f"{membership}#seen")
            yield membership, ORG.memberDuring, during
            yield during, RDF.type, TIME.Interval
            yield during, TIME.inside, seen
            yield seen, RDF.type, TIME.Instant
            yield seen, TIME.inXSDDate, Literal(doc.published.isoformat(), datatype=XSD.date)

    for event in doc.events:
        yield from _event_triples(doc, event, article, nodes, labels_en, evidence)

    sources = {event.source for event in doc.events if event.source}
    for source in sorted(sources):
        if source in nodes:
            yield article, PROV.wasAttributedTo, nodes[source]


def _event_triples(doc: Doc, event: Event, article: URIRef, nodes, labels_en, evidence) -> Iterator[Triple]:
    first = event.evidence[0]
    stamp = event.time or event.begin
    node = event_iri(article, event.kind, f"{first.start},{first.end},{stamp.value if stamp else ''}")
    yield node, RDF.type, SEM.Event
    for kind in event.classes:
        yield node, RDF.type, GBO[kind]
    yield node, RDFS.label, Literal(first.text, lang=doc.lang)
    actors = [labels_en[a] for a in event.actors if a in labels_en]
    english = _EVENT_LABELS[event.kind] + (": " + ", ".join(actors) if actors else "")
    yield node, RDFS.label, Literal(english, lang="en")
    for actor in event.actors:
        if actor in nodes:
            yield node, SEM.hasActor, nodes[actor]
    if event.time:
        yield node, SEM.hasTimeStamp, _date_literal(event.time.value)
    if event.begin:
        yield node, SEM.hasBeginTimeStamp, _date_literal(event.begin.value)
    if event.end:
        yield node, SEM.hasEndTimeStamp, _date_literal(event.end.value)
    if event.place and event.place in nodes:
        yield node, SEM.hasPlace, nodes[event.place]
    for topic in event.about:
        if topic in nodes:
            yield node, SCHEMA.about, nodes[topic]
    if event.source and event.source in nodes:
        yield node, PROV.wasAttributedTo, nodes[event.source]
    yield node, PROV.wasDerivedFrom, article
    spans = list(event.evidence) + [s.span for s in (event.time, event.begin) if s and s.span]
    for span in spans:
        yield node, GAF.denotedBy, mention_iri(article, span.start, span.end)
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
