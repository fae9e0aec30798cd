"""Graph analytics over graphbuild's RDF output, as pure functions.

``to_networkx`` turns an RDF graph (docs/graph-model.md) into a ``networkx.MultiDiGraph`` whose nodes are
the actors and places (``schema:Person``, ``Organization``, ``Country``, ``Place``) and the events
(``sem:Event``); its edges go from an event to its actors, places, topics and sources (the edge key is the
role: ``actor``, ``place``, ``about``, ``source``) and from a person to the country or organization of a
post they hold (key ``post:<Role>``, label ``"<Role> of"``). Articles, mentions, posts and roles are not
nodes: they are attributes. Every other function takes that networkx graph and returns a plain value.

networkx is imported inside the functions, so importing this module stays light.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

__all__ = [
    "ENTITY_KINDS",
    "KINDS",
    "to_networkx",
    "counts_by_type",
    "events_by_class",
    "top_by_degree",
    "top_by_betweenness",
    "communities",
    "events_per_month",
    "summary",
]

#: The four entity kinds, in the order used when a node states several of them.
ENTITY_KINDS = ("Person", "Country", "Organization", "Place")
#: Every node kind in the networkx graph.
KINDS = ("Person", "Organization", "Country", "Place", "Event")

_SCHEMA = ("https://schema.org/", "http://schema.org/")
_SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
_ORG = "http://www.w3.org/ns/org#"
_PROV = "http://www.w3.org/ns/prov#"
_GBO = "https://w3id.org/graphbuild/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: event -> entity predicates and the role each one draws as.
EVENT_ROLES: dict[str, str] = {
    _SEM + "hasActor": "actor",
    _SEM + "hasPlace": "place",
    _SCHEMA[0] + "about": "about",
    _SCHEMA[1] + "about": "about",
    _PROV + "wasAttributedTo": "source",
}

_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def _pick_label(values: list[tuple[str, str | None]], lang: str) -> str | None:
    """The label for a language: the longest of those tagged ``lang`` (or ``lang-XX``), ties by text."""
    tagged = [text for text, tag in values if tag and (tag.lower() == lang or tag.lower().startswith(lang + "-"))]
    if tagged:
        return max(tagged, key=lambda t: (len(t), t))
    return None


def date_range(lexical: str) -> tuple[str, str] | None:
    """The first and last day (``YYYY-MM-DD``) covered by an ``xsd:date``, ``gYearMonth`` or ``gYear``.

    Examples
    --------
    >>> date_range("2020-11-09")
    ('2020-11-09', '2020-11-09')
    >>> date_range("2021-02")
    ('2021-02-01', '2021-02-28')
    >>> date_range("1991")
    ('1991-01-01', '1991-12-31')
    >>> date_range("soon") is None
    True
    """
    import calendar

    match = _DATE.match(lexical.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day and month:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        try:
            last = calendar.monthrange(int(year), int(month))[1]
        except (ValueError, calendar.IllegalMonthError):
            return None
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def to_networkx(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The actors, places and events of an RDF graph as a ``networkx.MultiDiGraph``.

    Node ids are IRI strings. Node attributes: ``kind`` (one of ``KINDS``), ``classes`` (the project's
    classes stated for it, e.g. ``("PhoneCall",)`` or ``("NewsAgency",)``), ``label_ar``, ``label_en``,
    and for events ``date`` (the lexical timestamp, or the begin timestamp of a span), ``date_end``,
    ``start`` and ``end`` (the first and last day covered, ``YYYY-MM-DD``). Edge keys and ``role``:
    ``actor``, ``place``, ``about``, ``source`` from events, ``post:<Role>`` from a person to the
    organization or country of a post (``label`` is ``"<Role> of"``, ``post`` the post IRI).

    Examples
    --------
    >>> import rdflib
    >>> g = rdflib.Graph().parse(format="turtle", data='''
    ... @prefix schema: <https://schema.org/> . @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <urn:putin> a schema:Person ; rdfs:label "بوتين"@ar , "Putin"@en .
    ... <urn:call> a sem:Event ; sem:hasActor <urn:putin> ; sem:hasTimeStamp "2020-11" .
    ... ''')
    >>> G = to_networkx(g)
    >>> sorted(G.nodes(data="kind"))
    [('urn:call', 'Event'), ('urn:putin', 'Person')]
    >>> list(G.edges(keys=True))
    [('urn:call', 'urn:putin', 'actor')]
    >>> G.nodes["urn:call"]["start"], G.nodes["urn:putin"]["label_en"]
    ('2020-11-01', 'Putin')
    """
    return _to_networkx(_Triples(graph))


class _Triples:
    """The triples of the predicates graphbuild reads, gathered in one pass over the graph.

    One pass over every triple costs about half of what a lookup per predicate does with rdflib's
    memory store, and the view reads most predicates anyway.
    """

    def __init__(self, graph: rdflib.Graph, predicates: tuple[str, ...] | None = None):
        import gc
        import warnings

        wanted: dict[str, list[tuple[Any, Any]]] = {str(p): [] for p in (predicates or READ_PREDICATES)}
        get = wanted.get
        was_enabled = gc.isenabled()
        gc.disable()  # the pass allocates a tuple per triple kept; collections would only cost time
        try:
            with warnings.catch_warnings():
                # rdflib 7's Dataset.triples reads its own deprecated default_context
                warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
                for s, p, o in graph.triples((None, None, None)):
                    bucket = get(str(p))  # str keys: rdflib terms hash and compare in Python
                    if bucket is not None:
                        bucket.append((s, o))
        finally:
            if was_enabled:
                gc.enable()
        self._pairs = wanted
        self._index: dict[str, dict[Any, list[Any]]] = {}

    def pairs(self, predicate: str) -> list[tuple[Any, Any]]:
        """``(subject, object)`` of every triple with that predicate."""
        return self._pairs[predicate]

    def index(self, predicate: str) -> dict[str, list[Any]]:
        """subject (as a plain ``str``: rdflib terms hash in Python) -> objects, built on first use."""
        found = self._index.get(predicate)
        if found is None:
            found = {}
            for s, o in self._pairs[predicate]:
                found.setdefault(str(s), []).append(o)
            self._index[predicate] = found
        return found

    def value(self, subject: Any, predicate: str) -> Any:
        """One object (the smallest, for determinism) of ``subject predicate ?o``, or None."""
        objects = self.index(predicate).get(str(subject))
        if not objects:
            return None
        return objects[0] if len(objects) == 1 else min(objects)


_ORG_HOLDS, _ORG_ROLE, _ORG_POST_IN = _ORG + "holds", _ORG + "role", _ORG + "postIn"
_ORG_MEMBER, _ORG_ORGANIZATION, _GBO_POST = _ORG + "member", _ORG + "organization", _GBO + "post"
_STAMPS = tuple(_SEM + name for name in ("hasTimeStamp", "hasBeginTimeStamp", "hasEndTimeStamp"))
#: Every predicate ``to_networkx`` reads.
READ_PREDICATES = (
    _RDF_TYPE, _RDFS_LABEL, *_STAMPS, *EVENT_ROLES,
    _ORG_HOLDS, _ORG_ROLE, _ORG_POST_IN, _ORG_MEMBER, _ORG_ORGANIZATION, _GBO_POST,
)


def _to_networkx(triples: _Triples) -> nx.MultiDiGraph:
    import networkx as nx
    from rdflib import URIRef

    # kinds and classes (keyed by plain str: rdflib terms hash and compare in Python)
    kind_of: dict[str, str] = {}
    classes: dict[str, set[str]] = {}
    entity_rank = {name: i for i, name in enumerate(ENTITY_KINDS)}
    type_names = {base + name: name for base in _SCHEMA for name in ENTITY_KINDS}
    event_class = _SEM + "Event"
    typed = triples.pairs(_RDF_TYPE)
    for subject, cls in typed:
        if not isinstance(subject, URIRef):
            continue
        node, iri = str(subject), str(cls)
        if iri == event_class:
            kind_of[node] = "Event"
        elif iri in type_names and kind_of.get(node) != "Event":
            old = kind_of.get(node)
            name = type_names[iri]
            if old is None or entity_rank[name] < entity_rank[old]:
                kind_of[node] = name
    for subject, cls in typed:
        node, iri = str(subject), str(cls)
        if node in kind_of and iri.startswith(_GBO):
            classes.setdefault(node, set()).add(iri[len(_GBO):])

    labels: dict[str, list[tuple[str, str | None]]] = {}
    for subject, label in triples.pairs(_RDFS_LABEL):
        node = str(subject)
        if node in kind_of:
            labels.setdefault(node, []).append((str(label), getattr(label, "language", None)))

    stamps: dict[str, dict[str, str]] = {}
    for predicate in _STAMPS:
        which = predicate[len(_SEM):]
        for subject, value in triples.pairs(predicate):
            node = str(subject)
            if kind_of.get(node) == "Event":
                current = stamps.setdefault(node, {})
                text = str(value)
                if which not in current or text < current[which]:
                    current[which] = text

    G = nx.MultiDiGraph()
    for node in sorted(kind_of):
        values = labels.get(node, [])
        plain = sorted(text for text, tag in values if not tag)
        attrs: dict[str, Any] = {
            "kind": kind_of[node],
            "classes": tuple(sorted(classes.get(node, ()))),
            "label_ar": _pick_label(values, "ar") or (plain[0] if plain else None),
            "label_en": _pick_label(values, "en") or (plain[0] if plain else None),
        }
        if kind_of[node] == "Event":
            stamp = stamps.get(node, {})
            first = stamp.get("hasTimeStamp") or stamp.get("hasBeginTimeStamp")
            last = stamp.get("hasEndTimeStamp") or stamp.get("hasTimeStamp") or first
            attrs["date"] = first
            attrs["date_end"] = stamp.get("hasEndTimeStamp")
            begin = date_range(first) if first else None
            finish = date_range(last) if last else None
            attrs["start"] = begin[0] if begin else None
            attrs["end"] = finish[1] if finish else (begin[1] if begin else None)
        G.add_node(node, **attrs)

    links = set()
    for predicate, role in EVENT_ROLES.items():
        for subject, obj in triples.pairs(predicate):
            event, target = str(subject), str(obj)
            if kind_of.get(event) == "Event" and target in kind_of and target != event:
                links.add((event, target, role, predicate))
    for event, target, role, predicate in sorted(links):
        if not G.has_edge(event, target, key=role):
            G.add_edge(event, target, key=role, role=role, label=role, predicate=predicate)

    for person, post, role_label, holder in _posts(triples):
        if str(person) in kind_of and holder is not None and str(holder) in kind_of:
            key = f"post:{role_label}"
            if not G.has_edge(str(person), str(holder), key=key):
                G.add_edge(str(person), str(holder), key=key, role=key, label=f"{role_label} of", post=str(post))
    return G


def _role_label(triples: _Triples, role: Any) -> str:
    values = [(str(v), getattr(v, "language", None)) for v in triples.index(_RDFS_LABEL).get(str(role), ())]
    if values:
        return _pick_label(values, "en") or min(text for text, _ in values)
    return _local_name(str(role)).replace("-", " ").title()


def _posts(triples: _Triples):
    """``(person, post, role label, organization or None)`` for each post held (``org:holds`` or an
    ``org:Membership``), sorted and without repeats."""
    role_of = triples.index(_ORG_ROLE)
    post_in = triples.index(_ORG_POST_IN)

    def role_name(role: Any) -> str:
        return _role_label(triples, role)

    seen = set()
    held = set()
    for person, post in triples.pairs(_ORG_HOLDS):
        for role in role_of.get(str(post), [None]):
            for holder in post_in.get(str(post), [None]):
                name = role_name(role) if role is not None else "Post"
                seen.add((person, post, name, holder))
                held.add((person, name, holder))
    organizations = triples.index(_ORG_ORGANIZATION)
    gbo_post = triples.index(_GBO_POST)
    for membership, person in triples.pairs(_ORG_MEMBER):
        for role in role_of.get(str(membership), [None]):
            for holder in organizations.get(str(membership), [None]):
                name = role_name(role) if role is not None else "Member"
                if (person, name, holder) not in held:
                    held.add((person, name, holder))
                    seen.add((person, (gbo_post.get(str(membership)) or [membership])[0], name, holder))
    return sorted(seen, key=lambda t: tuple(str(x) for x in t))


def counts_by_type(G: nx.MultiDiGraph) -> dict[str, int]:
    """How many nodes of each kind (``Person`` … ``Event``), every kind present as a key.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", kind="Person"); G.add_node("e", kind="Event")
    >>> counts_by_type(G)
    {'Person': 1, 'Organization': 0, 'Country': 0, 'Place': 0, 'Event': 1}
    """
    found = Counter(kind for _, kind in G.nodes(data="kind"))
    return {kind: found.get(kind, 0) for kind in KINDS}


def events_by_class(G: nx.MultiDiGraph) -> dict[str, int]:
    """How many events of each project class (``PhoneCall``, ``Meeting`` …), most frequent first.

    An event stating two classes counts for both; one stating none counts as ``Event``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("e", kind="Event", classes=("Meeting",))
    >>> events_by_class(G)
    {'Meeting': 1}
    """
    found: Counter[str] = Counter()
    for _, data in G.nodes(data=True):
        if data.get("kind") == "Event":
            found.update(data.get("classes") or ("Event",))
    return dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))


def _label(G: nx.MultiDiGraph, node: str) -> str:
    data = G.nodes[node]
    return data.get("label_en") or data.get("label_ar") or node


def top_by_degree(G: nx.MultiDiGraph, n: int = 10, kinds: tuple[str, ...] = ENTITY_KINDS) -> list[dict[str, Any]]:
    """The ``n`` nodes of the given kinds with the most links (in and out, every role), highest first.

    Each item is ``{"node", "label", "kind", "degree"}``; ties are broken by IRI.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", kind="Person", label_en="Putin"); G.add_node("e", kind="Event")
    >>> G.add_edge("e", "p", key="actor")
    'actor'
    >>> top_by_degree(G)
    [{'node': 'p', 'label': 'Putin', 'kind': 'Person', 'degree': 1}]
    """
    ranked = sorted(
        ((node, degree) for node, degree in G.degree() if G.nodes[node].get("kind") in kinds),
        key=lambda item: (-item[1], item[0]),
    )
    return [
        {"node": node, "label": _label(G, node), "kind": G.nodes[node]["kind"], "degree": degree}
        for node, degree in ranked[:n]
    ]


def top_by_betweenness(
    G: nx.MultiDiGraph,
    n: int = 10,
    kinds: tuple[str, ...] = ENTITY_KINDS,
    samples: int | None = None,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """The ``n`` nodes of the given kinds with the highest betweenness centrality (undirected, normalized).

    ``samples`` pivots approximate it on big graphs (``networkx.betweenness_centrality(k=…)``); by default
    it is exact up to 500 nodes and uses 100 seeded pivots above. Each item is ``{"node", "label", "kind",
    "betweenness"}``, rounded to 6 places; ties by IRI.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for node, kind in [("a", "Person"), ("b", "Person"), ("e", "Event"), ("f", "Event")]:
    ...     G.add_node(node, kind=kind)
    >>> G.add_edges_from([("e", "a"), ("e", "b"), ("f", "b")])
    [0, 0, 0]
    >>> [(item["node"], item["betweenness"]) for item in top_by_betweenness(G)]
    [('b', 0.666667), ('a', 0.0)]
    """
    import networkx as nx

    simple = nx.Graph(G.to_undirected(as_view=True))
    if samples is None and simple.number_of_nodes() > 500:
        samples = 100
    if samples is not None and samples >= simple.number_of_nodes():
        samples = None
    scores = nx.betweenness_centrality(simple, k=samples, seed=seed, normalized=True)
    ranked = sorted(
        ((node, score) for node, score in scores.items() if G.nodes[node].get("kind") in kinds),
        key=lambda item: (-round(item[1], 9), item[0]),
    )
    return [
        {"node": node, "label": _label(G, node), "kind": G.nodes[node]["kind"], "betweenness": round(score, 6)}
        for node, score in ranked[:n]
    ]


def communities(G: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0) -> list[list[str]]:
    """Louvain communities of the undirected graph (parallel links add weight), seeded so runs agree.

    Returns lists of node ids, each sorted; the largest community first, ties by first id.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y")])
    [0, 0, 0, 0]
    >>> communities(G)
    [['a', 'b', 'c'], ['x', 'y']]
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(G.nodes)
    for u, v in G.edges():
        if u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += 1
        else:
            simple.add_edge(u, v, weight=1)
    found = nx.community.louvain_communities(simple, weight="weight", resolution=resolution, seed=seed)
    groups = [sorted(group) for group in found]
    return sorted(groups, key=lambda group: (-len(group), group[0] if group else ""))


def events_per_month(G: nx.MultiDiGraph) -> dict[str, int]:
    """How many events fall in each month (``YYYY-MM``), in date order.

    An event known only to the year counts under ``YYYY``; undated events are left out (see ``summary``).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", kind="Event", date="2020-11-09"); G.add_node("b", kind="Event", date="2020-11")
    >>> G.add_node("c", kind="Event", date="1991"); G.add_node("d", kind="Event", date=None)
    >>> events_per_month(G)
    {'1991': 1, '2020-11': 2}
    """
    found: Counter[str] = Counter()
    for _, data in G.nodes(data=True):
        if data.get("kind") != "Event" or not data.get("date"):
            continue
        match = _DATE.match(data["date"])
        if not match:
            continue
        found[f"{match.group(1)}-{match.group(2)}" if match.group(2) else match.group(1)] += 1
    return dict(sorted(found.items()))


def summary(G: nx.MultiDiGraph, top: int = 10, samples: int | None = None, seed: int = 0) -> dict[str, Any]:
    """Everything ``graphbuild stats`` reports, as one JSON-ready dict.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("p", kind="Person", label_en="Putin")
    >>> result = summary(G)
    >>> result["nodes"], result["counts"]["Person"], result["communities"]["count"]
    (1, 1, 1)
    """
    groups = communities(G, seed=seed)
    undated = sum(1 for _, d in G.nodes(data=True) if d.get("kind") == "Event" and not d.get("date"))
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "counts": counts_by_type(G),
        "events_by_class": events_by_class(G),
        "top_degree": top_by_degree(G, top),
        "top_betweenness": top_by_betweenness(G, top, samples=samples, seed=seed),
        "communities": {
            "count": len(groups),
            "sizes": [len(group) for group in groups],
            "largest": [
                {"size": len(group), "members": [_label(G, node) for node in _central(G, group, 5)]}
                for group in groups[:top]
            ],
        },
        "events_per_month": events_per_month(G),
        "events_undated": undated,
    }


def _central(G: nx.MultiDiGraph, group: list[str], n: int) -> list[str]:
    """The ``n`` best-connected members of a group (entities before events), for naming it."""
    return sorted(group, key=lambda node: (G.nodes[node].get("kind") == "Event", -G.degree(node), node))[:n]
