"""The HTML view of a graph: one self-contained page that works offline from ``file://``.

The page is built on pyvis's ``Network`` (its node and edge lists are filled in bulk, its options are a
plain dict) and on the vis-network JavaScript and CSS that pyvis ships, inlined into the page. Nothing is
loaded from a network and nothing but the output is written: pyvis's own page writer (which copies
``lib/`` into the working directory and links Bootstrap from a CDN) is not used.

Everything that comes from the graph enters the page as JSON data inside a
``<script type="application/json">`` element (``<``, ``>``, ``&``, U+2028 and U+2029 escaped) and is
put on screen with ``textContent`` and DOM nodes, never as markup. A Content-Security-Policy allows only
the page's own two scripts (by hash) and no network at all, as a second line of defence.

What a person sees: entities and events in distinct shapes and colours with a legend; events linked to
their actors, places, topics and sources (edge label = role); a person linked to the organization or
country of a post they hold ("President of"); Arabic labels (right to left) with a switch to English;
node size by degree or PageRank; a tooltip and a side panel with names, the Wikidata link, posts, an
event's date, place and source, and the article sentences that state it with the mention highlighted;
search (Arabic or English, folded), filters by type and date range, and neighbourhood highlighting.

Graphs with more than ``max_physics_nodes`` nodes get positions computed in Python (Graphviz ``sfdp`` on
the graph with its tree-like fringes stripped, the fringes placed around their anchors; a radial layout
when ``sfdp`` is missing) and the browser's physics is off.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import shutil
import subprocess
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

__all__ = ["render_html", "write_html", "fold", "KIND_STYLES"]

#: How each kind of node is drawn: vis-network shape, colour, and the legend's names.
KIND_STYLES: dict[str, dict[str, str]] = {
    "Person": {"shape": "dot", "color": "#4e79a7", "en": "Person", "ar": "شخص"},
    "Organization": {"shape": "square", "color": "#f28e2b", "en": "Organization", "ar": "منظمة"},
    "Country": {"shape": "hexagon", "color": "#59a14f", "en": "Country", "ar": "دولة"},
    "Place": {"shape": "triangle", "color": "#9c755f", "en": "Place", "ar": "مكان"},
    "Event": {"shape": "diamond", "color": "#e15759", "en": "Event", "ar": "حدث"},
}
#: Edge colours by role; posts are ``post``.
ROLE_COLORS = {"actor": "#6b7f99", "place": "#9c755f", "about": "#b07aa1", "source": "#9a9a9a", "post": "#59a14f"}

_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_GAF_DENOTED_BY = "http://groundedannotationframework.org/gaf#denotedBy"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_PROV = "http://www.w3.org/ns/prov#"
_ORG = "http://www.w3.org/ns/org#"
_GBO_POST = "https://w3id.org/graphbuild/ontology#post"
_SCHEMA = ("https://schema.org/", "http://schema.org/")
_WIKIDATA = re.compile(r"^https?://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
_CHAR_FRAGMENT = re.compile(r"^(.*)#char=(\d+),(\d+)$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: Most sentences listed for one node in the page (the panel says how many more there are).
MAX_SENTENCES = 12
#: Above this many nodes (and up to the physics threshold) physics starts from a layout computed in Python.
SEEDED_PHYSICS_NODES = 200
#: Most nodes given to Graphviz sfdp; the rest of the graph is placed around them.
SFDP_MAX_NODES = 6000
#: Above the physics threshold, how many nodes (the best connected) are labelled before zooming in.
MAX_INITIAL_LABELS = 1000
#: Typical edge length, in vis-network pixels, of a layout computed in Python.
EDGE_LENGTH = 120.0

# ---------------------------------------------------------------------------------------------------
# folding (the same in the page's JavaScript, see _APP_JS)

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(text: str) -> str:
    """Fold a name for search: NFKC, no tashkeel or tatweel, أإآٱ→ا, ى→ي, ة→ه, lower case.

    >>> fold("فلاديمير بوتين") == fold("فلاديميرُ بوتِين")
    True
    >>> fold("إلهام علييف"), fold("Vladimir PUTIN")
    ('الهام علييف', 'vladimir putin')
    """
    text = unicodedata.normalize("NFKC", text)
    return _TASHKEEL.sub("", text).translate(_ALEF).lower()


# ---------------------------------------------------------------------------------------------------
# public API


def render_html(graph: rdflib.Graph, *, title: str = "graphbuild", max_physics_nodes: int = 1500) -> str:
    """The complete, self-contained HTML page showing ``graph``.

    Parameters
    ----------
    graph
        An rdflib ``Graph`` or ``Dataset`` in graphbuild's shape (docs/graph-model.md).
    title
        The page title, shown as text.
    max_physics_nodes
        Up to this many nodes the browser lays the graph out with physics; above it positions are
        computed in Python and physics is off.
    """
    return _render(graph, title=title, max_physics_nodes=max_physics_nodes)


def _render(graph: rdflib.Graph, *, title: str, max_physics_nodes: int,
            timings: dict[str, float] | None = None) -> str:
    """``render_html``; ``timings``, when given, receives the seconds spent in each phase."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects and no cycles: collection passes only cost time
    try:
        return _render_page(graph, title, max_physics_nodes, timings if timings is not None else {})
    finally:
        if was_enabled:
            gc.enable()


def _render_page(graph: rdflib.Graph, title: str, max_physics_nodes: int, timings: dict[str, float]) -> str:
    import time

    from . import analytics

    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - clock
        clock = now

    triples = analytics._Triples(graph, analytics.READ_PREDICATES + VIEW_PREDICATES)
    lap("read")
    G = analytics._to_networkx(triples)
    lap("networkx")
    order = list(G.nodes)  # sorted by IRI in to_networkx
    index = {node: i for i, node in enumerate(order)}
    n = len(order)

    # one vis edge per (from, to) pair; the roles of parallel links are joined
    pairs: dict[tuple[int, int], list[str]] = {}
    for u, v, data in G.edges(data=True):
        pairs.setdefault((index[u], index[v]), []).append(data.get("label") or data.get("role") or "")
    use_layout = n > max_physics_nodes
    # mid-sized graphs keep physics but start from a computed layout, so that fewer iterations settle them
    seed_layout = not use_layout and n > SEEDED_PHYSICS_NODES
    layout_job = _LayoutJob(n, list(pairs)) if use_layout or seed_layout else None  # runs while we read details
    lap("layout start")

    details = _Details(triples, G, order, index)
    meta = details.meta()
    degree = [G.degree(node) for node in order]
    lap("details")

    # Above the physics threshold only the best-connected nodes carry a label from the start (the page
    # labels the others when the view is zoomed in on them) and edges carry no drawn label: measuring
    # tens of thousands of labels is what makes vis-network's first draw slow.
    labelled = set(range(n))
    if use_layout and n > MAX_INITIAL_LABELS:
        labelled = set(sorted(range(n), key=lambda i: (-degree[i], i))[:MAX_INITIAL_LABELS])
    vis_nodes = []
    for i, node in enumerate(order):
        data = G.nodes[node]
        vis_node = {"id": i, "group": data["kind"], "value": degree[i] + 1}
        if i in labelled:
            vis_node["label"] = data.get("label_ar") or data.get("label_en") or _short(node)
        vis_nodes.append(vis_node)
        meta[i]["g"] = degree[i]
    vis_edges = []
    for j, ((a, b), labels) in enumerate(sorted(pairs.items())):
        roles = sorted(set(labels), key=labels.index)
        first = roles[0]
        style = ROLE_COLORS.get("post" if first.endswith(" of") else first, "#8a8a8a")
        edge = {"id": j, "from": a, "to": b, "role": ", ".join(roles), "color": style}
        if not use_layout:
            edge["label"] = edge["role"]
        if first in ("about", "source"):
            edge["dashes"] = True
        vis_edges.append(edge)

    lap("vis data")
    layout_name = "physics"
    if layout_job is not None:
        positions, method = layout_job.result()
        layout_name = method if use_layout else f"physics from {method}"
        for node, (x, y) in zip(vis_nodes, positions):
            node["x"] = round(x)
            node["y"] = round(y)
    lap("layout wait")

    iterations = 300 if n <= SEEDED_PHYSICS_NODES else max(50, min(200, 60_000 // max(n, 1)))
    net = _pyvis_network(vis_nodes, vis_edges,
                         _options(physics=not use_layout, big=n > 5000, iterations=iterations))
    nodes_out, edges_out, _heading, _height, _width, options_json = net.get_network_data()

    dates = [d for m in meta for d in (m.get("s"), m.get("e")) if d and _ISO_DAY.match(d)]
    payload = {
        "nodes": nodes_out,
        "edges": edges_out,
        "options": json.loads(options_json),
        "meta": meta,
        "sentences": details.sentences,
        "articles": details.articles,
        "kinds": {k: {"color": v["color"], "shape": v["shape"], "en": v["en"], "ar": v["ar"]} for k, v in KIND_STYLES.items()},
        "layout": layout_name,
        "physics": not use_layout,
        "dateMin": min(dates) if dates else None,
        "dateMax": max(dates) if dates else None,
    }
    counts = {kind: 0 for kind in KIND_STYLES}
    for _, kind in G.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    page = _page(title, payload, counts, n, len(vis_edges))
    lap("page")
    return page


def write_html(graph: rdflib.Graph, path: str | Path, *, title: str = "graphbuild",
               max_physics_nodes: int = 1500) -> None:
    """Write the page for ``graph`` to ``path`` atomically (nothing else is written)."""
    from .rdfio import write_text_atomic

    write_text_atomic(path, render_html(graph, title=title, max_physics_nodes=max_physics_nodes))


# ---------------------------------------------------------------------------------------------------
# reading the details a person sees (labels, posts, dates, sources, sentences)


def _short(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def _utf16(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as a UTF-16 offset (what JavaScript strings count)."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: What the view reads beside what ``analytics.to_networkx`` reads.
VIEW_PREDICATES = (
    _SKOS_ALT, _OWL_SAME_AS, _GAF_DENOTED_BY, _PROV + "wasDerivedFrom", _PROV + "wasAttributedTo",
    _NIF + "sentence", _NIF + "anchorOf", _NIF + "beginIndex", _NIF + "endIndex", _NIF + "referenceContext",
    *(base + name for base in _SCHEMA for name in ("headline", "datePublished")),
)


class _Details:
    """Reads, per node, what the tooltip and the side panel show; sentences and articles are shared tables."""

    def __init__(self, triples: Any, G: Any, order: list[str], index: dict[str, int]):
        self.triples = triples
        self.G = G
        self.order = order
        self.index = index
        self.sentences: list[dict[str, Any]] = []
        self._sentence_index: dict[str, int] = {}
        self._sentence_bmp: list[bool] = []
        self.articles: list[dict[str, Any]] = []
        self._article_index: dict[str, int] = {}

    # -- helpers ------------------------------------------------------------------------------------
    def _by_node(self, predicate: str) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        index = self.index
        for s, o in self.triples.pairs(predicate):
            key = str(s)
            if key in index:
                out.setdefault(key, []).append(o)
        return out

    def _article(self, iri: str) -> int:
        found = self._article_index.get(iri)
        if found is not None:
            return found
        triples, node = self.triples, iri
        headline = published = None
        for base in _SCHEMA:
            headline = headline or triples.value(node, base + "headline")
            published = published or triples.value(node, base + "datePublished")
        sources = sorted({self.index[str(a)] for a in triples.index(_PROV + "wasAttributedTo").get(iri, ())
                          if str(a) in self.index})
        entry: dict[str, Any] = {"iri": iri}
        if headline is not None:
            entry["h"] = str(headline)
        if published is not None:
            entry["d"] = str(published)
        if sources:
            entry["src"] = sources
        self._article_index[iri] = len(self.articles)
        self.articles.append(entry)
        return self._article_index[iri]

    def _sentence(self, sentence: Any) -> tuple[int, int, str] | None:
        """(index in the sentence table, begin offset in the article, text) of a nif:Sentence."""
        sentence = str(sentence)
        found = self._sentence_index.get(sentence)
        if found is not None:
            entry = self.sentences[found]
            return found, entry["b"], entry["t"]
        triples = self.triples
        text = triples.value(sentence, _NIF + "anchorOf")
        if text is None:
            return None
        text = str(text)
        match = _CHAR_FRAGMENT.match(sentence)
        begin: int | None = int(match.group(2)) if match else None
        if begin is None:
            try:
                begin = int(triples.value(sentence, _NIF + "beginIndex"))
            except (TypeError, ValueError):
                return None
        article = match.group(1) if match else triples.value(sentence, _NIF + "referenceContext")
        entry: dict[str, Any] = {"t": text, "b": begin}
        if article is not None:
            entry["a"] = self._article(str(article))
        self._sentence_index[sentence] = len(self.sentences)
        self.sentences.append(entry)
        self._sentence_bmp.append(len(text.encode("utf-16-le")) == 2 * len(text))
        return len(self.sentences) - 1, begin, text

    def _mention_span(self, mention: Any) -> tuple[str | None, int, int] | None:
        match = _CHAR_FRAGMENT.match(str(mention))
        if match:
            return match.group(1), int(match.group(2)), int(match.group(3))
        triples = self.triples
        try:
            begin = int(triples.value(mention, _NIF + "beginIndex"))
            end = int(triples.value(mention, _NIF + "endIndex"))
        except (TypeError, ValueError):
            return None
        context = triples.value(mention, _NIF + "referenceContext")
        return (str(context) if context is not None else None), begin, end

    def evidence(self, mentions: list[Any]) -> tuple[list[Any], list[str], list[int], int]:
        """Sentences with highlighted ranges (``[sentence, [[start, end], …]]``, UTF-16 offsets into the
        sentence), anchors of mentions that have no sentence, the articles they come from, and how many
        of the mentions these show (at most ``MAX_SENTENCES`` sentences are listed)."""
        sentence_of = self.triples.index(_NIF + "sentence")
        by_sentence: dict[int, list[list[int]]] = {}
        loose: list[str] = []
        articles: set[int] = set()
        shown = 0
        spans = []
        for mention in mentions:
            span = self._mention_span(mention)
            spans.append((span[1] if span else 1 << 60, str(mention), mention, span))
        spans.sort(key=lambda item: (item[0], item[1]))
        for _, _, mention, span in spans:
            if span and span[0]:
                articles.add(self._article(span[0]))
            if len(by_sentence) + len(loose) >= MAX_SENTENCES:
                continue
            sentences = sentence_of.get(str(mention))
            found = self._sentence(min(sentences)) if sentences else None
            if found is None:
                anchor = self.triples.value(mention, _NIF + "anchorOf")
                if anchor is not None:
                    loose.append(str(anchor))
                    shown += 1
                continue
            index, begin, text = found
            ranges = by_sentence.setdefault(index, [])
            shown += 1
            if span:
                start, end = span[1] - begin, span[2] - begin
                if 0 <= start <= end <= len(text):
                    if not self._sentence_bmp[index]:
                        start, end = _utf16(text, start), _utf16(text, end)
                    ranges.append([start, end])
        return [[index, ranges] for index, ranges in by_sentence.items()], loose, sorted(articles), shown

    # -- the per-node table -------------------------------------------------------------------------
    def meta(self) -> list[dict[str, Any]]:
        from . import analytics

        G, order, index, triples = self.G, self.order, self.index, self.triples
        alt = self._by_node(_SKOS_ALT)
        same = self._by_node(_OWL_SAME_AS)
        denoted = self._by_node(_GAF_DENOTED_BY)
        derived = self._by_node(_PROV + "wasDerivedFrom")

        # posts, with the evidence of the memberships that attest them
        posts: dict[str, list[dict[str, Any]]] = {}
        membership_evidence = self._membership_evidence()
        for person, post, role_label, holder in analytics._posts(triples):
            if str(person) not in index:
                continue
            entry: dict[str, Any] = {"r": role_label}
            if holder is not None and str(holder) in index:
                entry["o"] = index[str(holder)]
            label = analytics._pick_label(
                [(str(v), getattr(v, "language", None)) for v in triples.index(_RDFS_LABEL).get(str(post), ())], "en")
            if label:
                entry["l"] = label
            mentions = membership_evidence.get((str(person), role_label, str(holder) if holder is not None else None))
            if mentions:
                sentences, loose, _, _ = self.evidence(mentions)
                if sentences:
                    entry["ev"] = sentences
                if loose:
                    entry["mx"] = loose
            posts.setdefault(str(person), []).append(entry)

        meta: list[dict[str, Any]] = []
        for node in order:
            data = G.nodes[node]
            item: dict[str, Any] = {"iri": node, "k": data["kind"]}
            if data.get("classes"):
                item["c"] = list(data["classes"])
            ar, en = data.get("label_ar"), data.get("label_en")
            if ar:
                item["ar"] = ar
            if en:
                item["en"] = en
            alts = sorted({str(a) for a in alt.get(node, ())} - {ar, en})
            if alts:
                item["alt"] = alts
            wikidata = sorted({m.group(1) for s in same.get(node, ()) if (m := _WIKIDATA.match(str(s)))})
            if wikidata:
                item["wd"] = wikidata
            if node in posts:
                item["posts"] = posts[node]
            if data["kind"] == "Event":
                for key, attr in (("d", "date"), ("de", "date_end"), ("s", "start"), ("e", "end")):
                    if data.get(attr):
                        item[key] = data[attr]
            mentions = denoted.get(node, [])
            sentences, loose, articles, shown = self.evidence(mentions) if mentions else ([], [], [], 0)
            if sentences:
                item["ev"] = sentences
            if loose:
                item["mx"] = loose
            if len(mentions) > shown:
                item["more"] = len(mentions) - shown
            sources = derived.get(node)
            if sources:
                articles = sorted(set(articles) | {self._article(str(source)) for source in sources})
            if articles:
                item["art"] = articles
            names = [ar or "", en or "", *alts]
            item["q"] = fold(" ".join(name for name in names if name))
            meta.append(item)
        return meta

    def _membership_evidence(self) -> dict[tuple[str, str, str | None], list[Any]]:
        """(person, role label, organization) -> mentions of the memberships that attest the post."""
        from . import analytics

        triples = self.triples
        denoted = triples.index(_GAF_DENOTED_BY)
        out: dict[tuple[str, str, str | None], list[Any]] = {}
        for membership, person in triples.pairs(_ORG + "member"):
            role = triples.value(membership, _ORG + "role")
            holder = triples.value(membership, _ORG + "organization")
            name = analytics._role_label(triples, role) if role is not None else "Member"
            key = (str(person), name, str(holder) if holder is not None else None)
            out.setdefault(key, []).extend(denoted.get(str(membership), ()))
        return out


# ---------------------------------------------------------------------------------------------------
# layout for large graphs


class _LayoutJob:
    """Positions for a large graph, computed while the caller does other work.

    The graph's tree-like fringes (nodes that become leaves when leaves are stripped repeatedly) are taken
    off. Graphviz ``sfdp`` lays out, in a subprocess, a skeleton of what is left (the 2-core components;
    above ``SFDP_MAX_NODES`` nodes, the nodes of highest core number): it takes about 4 s of CPU for
    15,000 nodes and 33,000 edges here, which is most of the time budget. The other core nodes are then
    placed, in breadth-first order from the skeleton, at the centroid of their placed neighbours; every
    fringe node goes on rings around the node it hangs from; small components are packed below.
    Without ``sfdp`` (or if it fails or times out), core components get a radial layout instead.
    """

    def __init__(self, n: int, edges: list[tuple[int, int]], timeout: float | None = None):
        self.n = n
        self.adj: list[set[int]] = [set() for _ in range(n)]
        for a, b in edges:
            if a != b:
                self.adj[a].add(b)
                self.adj[b].add(a)
        self._strip()
        self._core_components()
        self.method = "radial"
        self._sfdp_result: list[Any] = []
        self._thread: threading.Thread | None = None
        self._sfdp_nodes: list[int] = []
        big = [c for c in self.components if len(c) >= 3]
        sfdp = shutil.which("sfdp")
        if sfdp and big:
            self.method = "sfdp"
            self._sfdp_nodes = self._skeleton([i for c in big for i in c])
            timeout = timeout if timeout is not None else 30.0 + len(self._sfdp_nodes) / 500.0
            self._thread = threading.Thread(target=self._run_sfdp, args=(sfdp, timeout), daemon=True)
            self._thread.start()

    def _skeleton(self, nodes: list[int]) -> list[int]:
        """At most ``SFDP_MAX_NODES`` of ``nodes``: those of highest core number, then degree."""
        if len(nodes) <= SFDP_MAX_NODES:
            return nodes
        import networkx as nx

        member = set(nodes)
        core = nx.Graph()
        core.add_nodes_from(nodes)
        core.add_edges_from((u, v) for u in nodes for v in self.adj[u] if u < v and v in member)
        number = nx.core_number(core)
        ranked = sorted(nodes, key=lambda u: (-number[u], -len(self.adj[u]), u))
        chosen = set(ranked[:SFDP_MAX_NODES])
        # sfdp would pack the skeleton's separate pieces side by side, far from where their links go: keep
        # the largest piece of each core component; the rest is placed around it
        component_of = {u: c for c, component in enumerate(self.components) for u in component}
        best: dict[int, list[int]] = {}
        seen: set[int] = set()
        for start in sorted(chosen):
            if start in seen:
                continue
            seen.add(start)
            piece, queue = [], [start]
            while queue:
                u = queue.pop()
                piece.append(u)
                for v in self.adj[u]:
                    if v in chosen and v not in seen:
                        seen.add(v)
                        queue.append(v)
            c = component_of[start]
            if len(piece) > len(best.get(c, ())):
                best[c] = piece
        return sorted(u for piece in best.values() for u in piece)

    def _strip(self) -> None:
        adj, n = self.adj, self.n
        degree = [len(a) for a in adj]
        removed = [False] * n
        parent = [-1] * n
        order: list[int] = []
        stack = [i for i in range(n) if degree[i] == 1]
        while stack:
            u = stack.pop()
            if removed[u] or degree[u] != 1:
                continue
            p = next(v for v in adj[u] if not removed[v])
            removed[u] = True
            parent[u] = p
            order.append(u)
            degree[p] -= 1
            if degree[p] == 1:
                stack.append(p)
        self.removed, self.parent, self.stripped = removed, parent, order

    def _core_components(self) -> None:
        seen = [False] * self.n
        components = []
        for start in range(self.n):
            if self.removed[start] or seen[start]:
                continue
            seen[start] = True
            component, queue = [], [start]
            while queue:
                u = queue.pop()
                component.append(u)
                for v in self.adj[u]:
                    if not self.removed[v] and not seen[v]:
                        seen[v] = True
                        queue.append(v)
            components.append(sorted(component))
        self.components = components

    def _run_sfdp(self, sfdp: str, timeout: float) -> None:
        nodes = self._sfdp_nodes
        local = {node: i for i, node in enumerate(nodes)}
        lines = ["graph G {", 'node [shape=point, label=""];', ";".join(str(i) for i in range(len(nodes))) + ";"]
        for node in nodes:
            for other in self.adj[node]:
                if node < other and other in local:
                    lines.append(f"{local[node]}--{local[other]};")
        lines.append("}")
        try:
            done = subprocess.run(
                [sfdp, "-Tplain", "-Goverlap=true", "-Gquadtree=fast", "-Gsplines=none"],
                input="\n".join(lines).encode("ascii"), capture_output=True, timeout=timeout, check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return
        if done.returncode != 0:
            return
        positions: dict[int, tuple[float, float]] = {}
        for line in done.stdout.decode("ascii", "replace").splitlines():
            if line.startswith("node "):
                parts = line.split()
                try:
                    positions[nodes[int(parts[1])]] = (float(parts[2]), -float(parts[3]))
                except (IndexError, ValueError):
                    continue
        if len(positions) == len(nodes):
            self._sfdp_result.append(positions)

    def result(self) -> tuple[list[tuple[float, float]], str]:
        """The positions (vis-network pixels, one per node) and the name of the method used."""
        n = self.n
        pos: list[Any] = [None] * n
        if self._thread is not None:
            self._thread.join()
        placed_by_sfdp = self._sfdp_result[0] if self._sfdp_result else None
        if placed_by_sfdp is not None:
            scale = self._scale(placed_by_sfdp)
            for node, (x, y) in placed_by_sfdp.items():
                pos[node] = (x * scale, y * scale)
        else:
            self.method = "radial"
        blocks: list[list[int]] = []  # core components laid out on their own, packed below the main layout
        if placed_by_sfdp is not None:
            self._barycentric(list(placed_by_sfdp), pos)
        for component in self.components:
            if placed_by_sfdp is not None and len(component) >= 3 and pos[component[0]] is not None:
                continue
            self._radial(component, pos)
            blocks.append(component)
        # the fringes, outward from what is placed
        children: dict[int, list[int]] = {}
        for u in self.stripped:
            children.setdefault(self.parent[u], []).append(u)
        for p in self._parents_in_order(children):
            self._ring(p, children[p], pos)
        # every node goes with the block of the core node it hangs from
        root_of = list(range(n))
        for u in reversed(self.stripped):
            root_of[u] = root_of[self.parent[u]]
        block_of = {}
        for b, component in enumerate(blocks):
            for u in component:
                block_of[u] = b
        main: list[int] = []
        grouped: list[list[int]] = [[] for _ in blocks]
        for u in range(n):
            b = block_of.get(root_of[u])
            (main if b is None else grouped[b]).append(u)
        self._pack(main, grouped, pos)
        return [p if p is not None else (0.0, 0.0) for p in pos], self.method

    def _barycentric(self, placed: list[int], pos: list[Any]) -> None:
        """Place the core nodes reachable from ``placed``, breadth first, at the centroid of their placed
        neighbours (nudged a little so that nodes sharing neighbours do not coincide)."""
        golden = math.pi * (3 - math.sqrt(5))
        seen = set(placed)
        queue = []
        for u in sorted(placed):
            for v in sorted(self.adj[u]):
                if not self.removed[v] and v not in seen:
                    seen.add(v)
                    queue.append(v)
        turns: dict[int, int] = {}
        head = 0
        while head < len(queue):
            u = queue[head]
            head += 1
            near = [pos[v] for v in self.adj[u] if pos[v] is not None and not self.removed[v]]
            cx = sum(p[0] for p in near) / len(near)
            cy = sum(p[1] for p in near) / len(near)
            if len(near) == 1:
                anchor = next(v for v in self.adj[u] if pos[v] is not None and not self.removed[v])
                k = turns[anchor] = turns.get(anchor, 0) + 1
                radius = EDGE_LENGTH * 0.9
            else:
                k = u
                radius = EDGE_LENGTH * 0.25
            pos[u] = (cx + radius * math.cos(k * golden), cy + radius * math.sin(k * golden))
            for v in sorted(self.adj[u]):
                if not self.removed[v] and v not in seen:
                    seen.add(v)
                    queue.append(v)

    def _parents_in_order(self, children: dict[int, list[int]]) -> list[int]:
        """Parents so that each is placed before its children are (core nodes first, then by stripping)."""
        order = [p for p in children if not self.removed[p]]
        order.sort()
        stripped_parents = [u for u in reversed(self.stripped) if u in children]
        return order + stripped_parents

    def _scale(self, found: dict[int, tuple[float, float]]) -> float:
        lengths = []
        for node, (x, y) in found.items():
            for other in self.adj[node]:
                if node < other and other in found:
                    ox, oy = found[other]
                    lengths.append(math.hypot(x - ox, y - oy))
        lengths.sort()
        median = lengths[len(lengths) // 2] if lengths else 0.0
        return EDGE_LENGTH / median if median > 0 else 1.0

    def _radial(self, component: list[int], pos: list[Any]) -> None:
        """A radial BFS-tree layout of a core component around its best-connected node."""
        if len(component) == 1:
            pos[component[0]] = (0.0, 0.0)
            return
        members = set(component)
        root = max(component, key=lambda u: (len(self.adj[u]), -u))
        levels = [[root]]
        tree_parent = {root: -1}
        while True:
            nxt = []
            for u in levels[-1]:
                for v in sorted(self.adj[u]):
                    if v in members and v not in tree_parent:
                        tree_parent[v] = u
                        nxt.append(v)
            if not nxt:
                break
            levels.append(nxt)
        # order each level by its parent's angle so subtrees stay together
        pos[root] = (0.0, 0.0)
        angle = {root: 0.0}
        radius = 0.0
        for level in levels[1:]:
            level.sort(key=lambda v: (angle[tree_parent[v]], v))
            radius = max(radius + EDGE_LENGTH, len(level) * EDGE_LENGTH * 0.35 / (2 * math.pi))
            for k, v in enumerate(level):
                theta = 2 * math.pi * k / len(level)
                angle[v] = theta
                pos[v] = (radius * math.cos(theta), radius * math.sin(theta))

    def _ring(self, p: int, kids: list[int], pos: list[Any]) -> None:
        """Place ``kids`` on rings around ``p``, facing away from ``p``'s other placed neighbours."""
        px, py = pos[p] if pos[p] is not None else (0.0, 0.0)
        if pos[p] is None:
            pos[p] = (px, py)
        kid_set = set(kids)
        anchors = [pos[v] for v in self.adj[p] if v not in kid_set and pos[v] is not None]
        kids = sorted(kids)
        if anchors:
            ax = sum(a[0] for a in anchors) / len(anchors)
            ay = sum(a[1] for a in anchors) / len(anchors)
            direction = math.atan2(py - ay, px - ax) if (ax, ay) != (px, py) else 0.0
            spread = min(2 * math.pi, max(math.pi / 2, 0.45 * len(kids)))
        else:
            direction, spread = 0.0, 2 * math.pi
        spacing = EDGE_LENGTH * 0.4
        placed = 0
        ring = 1
        while placed < len(kids):
            radius = EDGE_LENGTH * (0.6 + 0.45 * ring)
            capacity = max(1, int(spread * radius / spacing))
            batch = kids[placed:placed + capacity]
            for k, v in enumerate(batch):
                if spread >= 2 * math.pi - 1e-9:
                    theta = direction + 2 * math.pi * k / len(batch)
                else:
                    theta = direction - spread / 2 + spread * (k + 0.5) / len(batch)
                pos[v] = (px + radius * math.cos(theta), py + radius * math.sin(theta))
            placed += len(batch)
            ring += 1

    @staticmethod
    def _pack(main: list[int], blocks: list[list[int]], pos: list[Any]) -> None:
        """Shelf-pack the blocks (largest first) in rows under the main layout."""
        def box(nodes: list[int]) -> tuple[float, float, float, float]:
            xs = [pos[u][0] for u in nodes]
            ys = [pos[u][1] for u in nodes]
            return min(xs), min(ys), max(xs), max(ys)

        gap = EDGE_LENGTH
        if main:
            x0, y0, x1, y1 = box(main)
        else:
            x0 = y0 = x1 = y1 = 0.0
        blocks = [b for b in blocks if b]
        blocks.sort(key=lambda b: (-len(b), b[0]))
        boxes = [box(b) for b in blocks]
        total = sum((bx1 - bx0 + gap) * (by1 - by0 + gap) for bx0, by0, bx1, by1 in boxes)
        width = max(x1 - x0, math.sqrt(total) * 1.3 if total else 0.0, gap)
        cursor_x, cursor_y = x0, (y1 + gap * 2) if main else y0
        row_height = 0.0
        for nodes, (bx0, by0, bx1, by1) in zip(blocks, boxes):
            w, h = bx1 - bx0, by1 - by0
            if cursor_x > x0 and cursor_x + w > x0 + width:
                cursor_x = x0
                cursor_y += row_height + gap
                row_height = 0.0
            dx, dy = cursor_x - bx0, cursor_y - by0
            for u in nodes:
                pos[u] = (pos[u][0] + dx, pos[u][1] + dy)
            cursor_x += w + gap
            row_height = max(row_height, h)


# ---------------------------------------------------------------------------------------------------
# the pyvis network and the page


def _options(*, physics: bool, big: bool, iterations: int = 300) -> dict[str, Any]:
    font = "system-ui, 'Noto Sans Arabic', 'DejaVu Sans', Tahoma, sans-serif"
    groups = {
        kind: {"shape": style["shape"], "color": {"background": style["color"], "border": style["color"],
                                                  "highlight": {"background": style["color"], "border": "#111"},
                                                  "hover": {"background": style["color"], "border": "#111"}}}
        for kind, style in KIND_STYLES.items()
    }
    options: dict[str, Any] = {
        "groups": groups,
        "nodes": {
            "borderWidth": 1,
            "font": {"face": font, "size": 14, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 42, "label": {"enabled": True, "min": 12, "max": 26, "drawThreshold": 7}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"face": font, "size": 10, "color": "#4b5563", "strokeWidth": 2, "align": "middle"},
            "width": 1,
            "selectionWidth": 2,
            "smooth": False if not physics else {"enabled": True, "type": "continuous", "roundness": 0.3},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": physics, "randomSeed": 7},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.01, "springLength": 110,
                                 "springConstant": 0.06, "avoidOverlap": 0.5},
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def _pyvis_network(vis_nodes: list[dict[str, Any]], vis_edges: list[dict[str, Any]], options: dict[str, Any]):
    """pyvis's Network, filled in bulk (``add_node`` checks a list for every node, ``add_edge`` scans edges)."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [node["id"] for node in vis_nodes]
    net.node_map = {node["id"]: node for node in vis_nodes}
    net.options = options
    return net


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as pyvis ships them."""
    import pyvis

    base = Path(pyvis.__file__).resolve().parent
    for folder in ("lib/vis-9.1.2", "templates/lib/vis-9.1.2"):
        js_path, css_path = base / folder / "vis-network.min.js", base / folder / "vis-network.css"
        if js_path.is_file() and css_path.is_file():
            break
    else:
        found = sorted(base.rglob("vis-network.min.js"))
        if not found:
            from .errors import ResourceError

            raise ResourceError(f"vis-network.min.js not found under the pyvis package at {base}")
        js_path = found[-1]
        css_path = js_path.with_name("vis-network.css")
    js = js_path.read_text(encoding="utf-8")
    css = css_path.read_text(encoding="utf-8") if css_path.is_file() else ""
    return _newlines(js), _newlines(css)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _inline_script(code: str) -> str:
    """JavaScript made safe inside ``<script>``: no ``</script`` or ``<!--`` can end or confuse it."""
    return re.sub(r"<(?=/?script|!--)", r"\\x3c", code, flags=re.IGNORECASE)


def script_json(value: Any) -> str:
    """JSON for a ``<script type="application/json">`` element: ``<``, ``>``, ``&``, U+2028/2029 escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _legend(counts: dict[str, int]) -> str:
    shapes = {
        "dot": '<circle cx="8" cy="8" r="6"/>',
        "square": '<rect x="2" y="2" width="12" height="12"/>',
        "hexagon": '<polygon points="8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5"/>',
        "triangle": '<polygon points="8,1 15,14 1,14"/>',
        "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    }
    rows = []
    for kind, style in KIND_STYLES.items():
        rows.append(
            f'<label class="gb-legend-row"><input type="checkbox" data-kind="{kind}" checked>'
            f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="{style["color"]}">'
            f'{shapes[style["shape"]]}</svg><span>{style["en"]}</span>'
            f'<span lang="ar" dir="rtl" class="gb-ar">{style["ar"]}</span>'
            f'<span class="gb-count">{counts.get(kind, 0)}</span></label>'
        )
    edge_rows = []
    for role, color in ROLE_COLORS.items():
        name = "post (… of)" if role == "post" else role
        dash = ' stroke-dasharray="3,2"' if role in ("about", "source") else ""
        edge_rows.append(
            f'<div class="gb-legend-row"><svg width="16" height="16" aria-hidden="true">'
            f'<line x1="1" y1="8" x2="15" y2="8" stroke="{color}" stroke-width="2"{dash}/></svg><span>{name}</span></div>'
        )
    return "".join(rows) + '<div class="gb-legend-sep"></div>' + "".join(edge_rows)


def _page(title: str, payload: dict[str, Any], counts: dict[str, int], n_nodes: int, n_edges: int) -> str:
    vis_js, vis_css = _vis_assets()
    vis_js = _inline_script(vis_js)
    app_js = _inline_script(_APP_JS)
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(app_js)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    safe_title = html.escape(title, quote=True)
    date_min = payload.get("dateMin") or ""
    date_max = payload.get("dateMax") or ""
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="graphbuild (pyvis, vis-network 9.1.2)">\n',
        f"<title>{safe_title}</title>\n",
        "<style>\n", vis_css, "\n</style>\n<style>\n", _CSS, "</style>\n</head>\n<body>\n",
        '<header id="gb-bar">',
        f'<h1 id="gb-title" dir="auto">{safe_title}</h1>',
        '<div class="gb-search-box"><input id="gb-search" type="search" dir="auto" autocomplete="off" spellcheck="false" '
        'placeholder="Search · بحث" aria-label="Search names (Arabic or English)">'
        '<ul id="gb-results" role="listbox" hidden></ul></div>',
        '<fieldset class="gb-group"><legend>Labels</legend>'
        '<label><input type="radio" name="gb-lang" value="ar" checked> <span lang="ar" dir="rtl">العربية</span></label>'
        '<label><input type="radio" name="gb-lang" value="en"> English</label></fieldset>',
        '<fieldset class="gb-group"><legend>Size</legend><select id="gb-size" aria-label="Node size">'
        '<option value="degree">degree</option><option value="pagerank">PageRank</option></select></fieldset>',
        '<fieldset class="gb-group"><legend>Event dates</legend>'
        f'<input type="date" id="gb-from" aria-label="from" value="{html.escape(date_min)}" '
        f'min="{html.escape(date_min)}" max="{html.escape(date_max)}">'
        f'<span>–</span><input type="date" id="gb-to" aria-label="to" value="{html.escape(date_max)}" '
        f'min="{html.escape(date_min)}" max="{html.escape(date_max)}">'
        '<label><input type="checkbox" id="gb-undated" checked> undated</label></fieldset>',
        '<button type="button" id="gb-reset">Reset</button>',
        f'<span id="gb-info">{n_nodes:,} nodes · {n_edges:,} links · layout: {html.escape(payload["layout"])}</span>',
        "</header>\n<main>\n",
        '<div id="gb-network" dir="rtl" lang="ar"></div>\n',
        f'<aside id="gb-legend" aria-label="Legend">{_legend(counts)}</aside>\n',
        '<aside id="gb-panel" hidden aria-live="polite"><button type="button" id="gb-close" aria-label="Close">×</button>'
        '<div id="gb-panel-body"></div></aside>\n',
        '<div id="gb-tooltip" role="tooltip" hidden></div>\n',
        "</main>\n",
        '<script type="application/json" id="gb-data">', script_json(payload), "</script>\n",
        "<script>", vis_js, "</script>\n",
        "<script>", app_js, "</script>\n",
        "</body>\n</html>\n",
    ])


_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, 'Noto Sans Arabic', 'DejaVu Sans', Tahoma, sans-serif;
  color: #1f2933; background: #f7f7f5; }
body { display: flex; flex-direction: column; }
#gb-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 6px 12px;
  background: #fff; border-bottom: 1px solid #d8dde3; position: relative; z-index: 5; }
#gb-title { font-size: 16px; margin: 0 6px 0 0; font-weight: 600; }
.gb-group { border: 0; margin: 0; padding: 0; display: flex; align-items: center; gap: 6px; }
.gb-group legend { float: left; color: #6b7280; font-size: 12px; margin-right: 4px; padding: 0; }
.gb-search-box { position: relative; }
#gb-search { width: 230px; padding: 4px 8px; border: 1px solid #b8c0cc; border-radius: 4px; font: inherit; }
#gb-results { position: absolute; top: 100%; left: 0; width: 320px; max-height: 60vh; overflow: auto; margin: 2px 0 0;
  padding: 0; list-style: none; background: #fff; border: 1px solid #b8c0cc; border-radius: 4px;
  box-shadow: 0 4px 14px rgba(0,0,0,.15); z-index: 20; }
#gb-results li button { display: flex; width: 100%; gap: 8px; align-items: center; border: 0; background: none;
  padding: 5px 8px; text-align: start; font: inherit; cursor: pointer; }
#gb-results li button:hover, #gb-results li button:focus { background: #eef2f7; }
#gb-info { color: #6b7280; font-size: 12px; margin-left: auto; }
button { font: inherit; }
#gb-reset { padding: 3px 10px; border: 1px solid #b8c0cc; border-radius: 4px; background: #fff; cursor: pointer; }
main { flex: 1; position: relative; min-height: 0; }
#gb-network { position: absolute; inset: 0; background: #fff; }
#gb-legend { position: absolute; left: 10px; bottom: 10px; background: rgba(255,255,255,.94); border: 1px solid #d8dde3;
  border-radius: 6px; padding: 6px 10px; font-size: 12px; z-index: 4; }
.gb-legend-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.gb-legend-row .gb-ar { color: #6b7280; }
.gb-count { margin-left: auto; padding-left: 10px; color: #6b7280; font-variant-numeric: tabular-nums; }
.gb-legend-sep { border-top: 1px solid #e5e7eb; margin: 5px 0; }
#gb-panel { position: absolute; top: 0; right: 0; bottom: 0; width: 400px; max-width: 90vw; overflow: auto;
  background: #fff; border-left: 1px solid #d8dde3; box-shadow: -4px 0 14px rgba(0,0,0,.08); padding: 12px 16px;
  box-sizing: border-box; z-index: 6; }
#gb-close { position: absolute; top: 6px; right: 8px; border: 0; background: none; font-size: 20px; cursor: pointer; }
#gb-panel h2 { font-size: 20px; margin: 4px 24px 2px 0; }
#gb-panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; margin: 14px 0 4px; }
#gb-panel .gb-en { color: #374151; font-size: 15px; }
#gb-panel .gb-kind { display: inline-block; font-size: 12px; color: #fff; border-radius: 3px; padding: 1px 6px; margin: 4px 0; }
#gb-panel .gb-iri { font-size: 11px; color: #6b7280; word-break: break-all; }
#gb-panel ul { margin: 0; padding-left: 18px; }
#gb-panel li { margin: 2px 0; }
.gb-chip { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #d1d5db; background: #f9fafb;
  border-radius: 12px; padding: 0 8px; margin: 1px 2px; cursor: pointer; font-size: 13px; }
.gb-chip:hover { background: #eef2f7; }
.gb-swatch { display: inline-block; width: 9px; height: 9px; border-radius: 50%; flex: none; }
.gb-sent { background: #f9fafb; border-right: 3px solid #e15759; padding: 6px 8px; margin: 6px 0; font-size: 15px;
  line-height: 1.7; }
.gb-sent mark { background: #ffe08a; padding: 0 1px; border-radius: 2px; }
.gb-cite { font-size: 11px; color: #6b7280; margin: -4px 0 8px; }
.gb-muted { color: #6b7280; }
#gb-tooltip { position: absolute; pointer-events: none; background: #fff; border: 1px solid #cbd2d9; border-radius: 5px;
  padding: 6px 9px; box-shadow: 0 3px 10px rgba(0,0,0,.15); max-width: 340px; font-size: 13px; z-index: 10; }
#gb-tooltip .gb-tip-ar { font-size: 15px; font-weight: 600; }
#gb-tooltip .gb-tip-line { color: #4b5563; }
[hidden] { display: none !important; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  var T = window.__gbTimings = { start: performance.now() };
  var D = JSON.parse(document.getElementById("gb-data").textContent);
  T.parsed = performance.now();
  var M = D.meta, S = D.sentences, A = D.articles, K = D.kinds;
  var N = M.length;
  var container = document.getElementById("gb-network");
  var panel = document.getElementById("gb-panel"), panelBody = document.getElementById("gb-panel-body");
  var tooltip = document.getElementById("gb-tooltip");
  var lang = "ar";

  // --- folding: the same as graphbuild.view.fold --------------------------------------------------
  var TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
  function fold(s) {
    return s.normalize("NFKC").replace(TASHKEEL, "").replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647").toLowerCase();
  }

  // --- DOM helpers: text only, never markup ------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.append(c); });
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function name(k, which) {
    var m = M[k];
    if (which === "en") return m.en || m.ar || m.iri;
    return m.ar || m.en || m.iri;
  }
  function kindText(k) {
    var m = M[k];
    return m.k + (m.c && m.c.length ? " \u00b7 " + m.c.join(", ") : "");
  }

  // --- adjacency ---------------------------------------------------------------------------------
  var nbr = [];
  for (var i = 0; i < N; i++) nbr.push([]);
  D.edges.forEach(function (e, j) {
    nbr[e.from].push([e.to, j, 1]);
    nbr[e.to].push([e.from, j, 0]);
  });

  // --- the network -------------------------------------------------------------------------------
  var nodes = new vis.DataSet(D.nodes);
  var edges = new vis.DataSet(D.edges);
  T.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, D.options);
  T.network = performance.now();
  network.once("afterDrawing", function () {
    window.__gbFirstDraw = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  if (D.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
    });
  }

  // --- tooltip -----------------------------------------------------------------------------------
  function postText(p) {
    if (p.l) return p.l;
    return p.r + (p.o !== undefined ? " of " + name(p.o, "en") : "");
  }
  network.on("hoverNode", function (params) {
    var k = params.node, m = M[k];
    clear(tooltip);
    tooltip.append(el("div", { className: "gb-tip-ar", dir: "auto", lang: m.ar ? "ar" : "en", text: name(k, "ar") }));
    if (m.en && m.ar) tooltip.append(el("div", { dir: "ltr", text: m.en }));
    tooltip.append(el("div", { className: "gb-tip-line", text: kindText(k) }));
    (m.posts || []).slice(0, 3).forEach(function (p) {
      tooltip.append(el("div", { className: "gb-tip-line", text: postText(p) }));
    });
    if (m.d) tooltip.append(el("div", { className: "gb-tip-line", text: "date: " + m.d + (m.de ? " \u2013 " + m.de : "") }));
    tooltip.append(el("div", { className: "gb-tip-line gb-muted", text: "click for details" }));
    var p = params.pointer.DOM;
    tooltip.style.left = Math.min(p.x + 14, container.clientWidth - 260) + "px";
    tooltip.style.top = (p.y + 14) + "px";
    tooltip.hidden = false;
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });
  network.on("zoom", function () { tooltip.hidden = true; });

  // --- side panel --------------------------------------------------------------------------------
  function chip(k, prefix) {
    var b = el("button", { type: "button", className: "gb-chip" }, [
      el("span", { className: "gb-swatch", style: "background:" + K[M[k].k].color }),
      el("span", { dir: "auto", text: (prefix || "") + name(k, lang) })
    ]);
    b.addEventListener("click", function () { select(k, true); });
    return b;
  }
  function sentenceBlock(entry) {
    var s = S[entry[0]];
    if (!s) return null;
    var text = s.t, pos = 0;
    var p = el("p", { className: "gb-sent", dir: "rtl", lang: "ar" });
    entry[1].slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (r) {
      if (r[0] < pos || r[1] > text.length || r[0] > r[1]) return;
      if (r[0] > pos) p.append(document.createTextNode(text.slice(pos, r[0])));
      p.append(el("mark", { text: text.slice(r[0], r[1]) }));
      pos = r[1];
    });
    if (pos < text.length) p.append(document.createTextNode(text.slice(pos)));
    var frag = document.createDocumentFragment();
    frag.append(p);
    if (s.a !== undefined && A[s.a]) {
      var art = A[s.a];
      frag.append(el("div", { className: "gb-cite", dir: "auto",
        text: (art.h ? art.h : art.iri) + " \u00b7 chars " + s.b + "\u2013" + (s.b + [...text].length) }));
    }
    return frag;
  }
  function section(title, items) {
    if (!items.length) return null;
    var f = document.createDocumentFragment();
    f.append(el("h3", { text: title }));
    items.forEach(function (x) { f.append(x); });
    return f;
  }
  function showPanel(k) {
    var m = M[k];
    clear(panelBody);
    var add = function (x) { if (x) panelBody.append(x); };
    add(el("h2", { dir: "auto", lang: m.ar ? "ar" : "en", text: m.ar || m.en || m.iri }));
    if (m.en && m.ar) add(el("div", { className: "gb-en", dir: "ltr", lang: "en", text: m.en }));
    add(el("span", { className: "gb-kind", style: "background:" + K[m.k].color, text: kindText(k) }));
    if (m.alt) add(el("div", { className: "gb-muted", dir: "auto", text: "also: " + m.alt.join(" \u00b7 ") }));
    if (m.wd) {
      var links = el("div", {});
      m.wd.forEach(function (q) {
        if (!/^Q[1-9][0-9]*$/.test(q)) return;
        links.append(el("a", { href: "http://www.wikidata.org/entity/" + q, target: "_blank",
          rel: "noopener noreferrer", text: "wd:" + q }), " ");
      });
      add(section("Wikidata", [links]));
    }
    add(el("div", { className: "gb-iri", text: m.iri }));
    if (m.k === "Event") {
      var facts = [];
      if (m.d) facts.push(el("div", { text: "Date: " + m.d + (m.de ? " \u2013 " + m.de : "") }));
      add(section("When", facts));
    }
    // links by role
    var roles = {};
    nbr[k].forEach(function (t) {
      var e = D.edges[t[1]];
      var label = t[2] ? e.role : (M[t[0]].k === "Event" ? "in event (" + e.role + ")" : "\u2190 " + e.role);
      (roles[label] = roles[label] || []).push(t[0]);
    });
    Object.keys(roles).sort().forEach(function (label) {
      var box = el("div", {});
      roles[label].forEach(function (o) { box.append(chip(o)); });
      add(section(label, [box]));
    });
    if (m.posts) {
      var items = m.posts.map(function (p) {
        var li = el("li", {}, [el("span", { text: p.o !== undefined ? p.r + " of " : (p.l || p.r) })]);
        if (p.o !== undefined) li.append(chip(p.o));
        (p.ev || []).forEach(function (entry) { li.append(sentenceBlock(entry)); });
        return li;
      });
      add(section("Posts", [el("ul", {}, items)]));
    }
    var said = (m.ev || []).map(sentenceBlock).filter(Boolean);
    (m.mx || []).forEach(function (t) { said.push(el("p", { className: "gb-sent", dir: "auto", text: t })); });
    if (m.more) said.push(el("div", { className: "gb-muted", text: "\u2026 and " + m.more + " more mention(s)" }));
    add(section("Stated in", said));
    if (m.art) {
      add(section("Articles", m.art.map(function (a) {
        var art = A[a], line = el("div", { dir: "auto" }, [el("span", { text: art.h || art.iri })]);
        if (art.d) line.append(el("span", { className: "gb-muted", text: " \u00b7 " + art.d }));
        (art.src || []).forEach(function (s) { line.append(chip(s, "source: ")); });
        return line;
      })));
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  document.getElementById("gb-close").addEventListener("click", function () { unselect(); });

  // --- neighbourhood highlight -------------------------------------------------------------------
  var DIM = { background: "rgba(200,205,212,0.35)", border: "rgba(200,205,212,0.5)" };
  var dimmed = new Uint8Array(N), edgeDimmed = new Uint8Array(D.edges.length);
  function colorOf(k) { var c = K[M[k].k].color; return { background: c, border: c, highlight: { background: c, border: "#111" } }; }
  function setDim(keep) {
    var nu = [], eu = [];
    for (var k = 0; k < N; k++) {
      var d = keep && !keep.has(k) ? 1 : 0;
      if (d !== dimmed[k]) {
        dimmed[k] = d;
        nu.push({ id: k, color: d ? DIM : colorOf(k), font: { color: d ? "rgba(120,120,120,0.35)" : "#1f2933" } });
      }
    }
    D.edges.forEach(function (e, j) {
      var d = keep && !(keep.has(e.from) && keep.has(e.to)) ? 1 : 0;
      if (d !== edgeDimmed[j]) {
        edgeDimmed[j] = d;
        eu.push({ id: j, color: d ? "rgba(200,205,212,0.25)" : e.color, font: { color: d ? "rgba(0,0,0,0)" : "#4b5563" } });
      }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  var current = null;
  function select(k, focus) {
    current = k;
    var keep = new Set([k]);
    nbr[k].forEach(function (t) { keep.add(t[0]); });
    setDim(keep);
    var missing = [];
    keep.forEach(function (o) { if (!labelled[o]) { labelled[o] = 1; missing.push({ id: o, label: name(o, lang) }); } });
    if (missing.length) nodes.update(missing);
    network.selectNodes([k]);
    showPanel(k);
    if (focus) network.focus(k, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 350 } });
  }
  function unselect() {
    current = null;
    setDim(null);
    network.unselectAll();
    panel.hidden = true;
  }
  network.on("click", function (params) {
    tooltip.hidden = true;
    if (params.nodes.length) select(params.nodes[0], false);
    else unselect();
  });

  // --- search ------------------------------------------------------------------------------------
  var search = document.getElementById("gb-search"), results = document.getElementById("gb-results");
  function runSearch() {
    var q = fold(search.value.trim());
    clear(results);
    if (!q) { results.hidden = true; return []; }
    var found = [];
    for (var k = 0; k < N; k++) {
      var key = M[k].q || "", at = key.indexOf(q);
      if (at >= 0) found.push([at === 0 ? 0 : (key.indexOf(" " + q) >= 0 ? 1 : 2), -(M[k].g || 0), k]);
    }
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    found = found.slice(0, 25);
    found.forEach(function (f) {
      var k = f[2];
      var b = el("button", { type: "button" }, [
        el("span", { className: "gb-swatch", style: "background:" + K[M[k].k].color }),
        el("span", { dir: "auto", lang: "ar", text: name(k, "ar") }),
        M[k].en && M[k].ar ? el("span", { className: "gb-muted", dir: "ltr", text: M[k].en }) : null
      ]);
      b.addEventListener("click", function () { results.hidden = true; select(k, true); });
      results.append(el("li", { role: "option" }, [b]));
    });
    if (!found.length) results.append(el("li", { className: "gb-muted", text: "no match", style: "padding:5px 8px" }));
    results.hidden = false;
    return found;
  }
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 120); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      clearTimeout(timer);
      var found = runSearch();
      if (found.length) { results.hidden = true; select(found[0][2], true); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });

  // --- labels: Arabic or English; on big graphs, labelled as the view zooms in ---------------------
  var labelled = new Uint8Array(N);
  D.nodes.forEach(function (n) { if (n.label !== undefined) labelled[n.id] = 1; });
  function setLang(value) {
    lang = value;
    container.setAttribute("dir", value === "ar" ? "rtl" : "ltr");
    container.setAttribute("lang", value);
    var updates = [];
    for (var k = 0; k < N; k++) if (labelled[k]) updates.push({ id: k, label: name(k, value) });
    nodes.update(updates);
    if (current !== null) showPanel(current);
  }
  function labelView() {
    if (network.getScale() < 0.35) return;
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    var positions = network.getPositions(), updates = [];
    for (var k = 0; k < N && updates.length < 1500; k++) {
      if (labelled[k]) continue;
      var p = positions[k];
      if (p && p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y) {
        labelled[k] = 1;
        updates.push({ id: k, label: name(k, lang) });
      }
    }
    if (updates.length) nodes.update(updates);
  }
  var labelTimer = null;
  if (labelled.indexOf(0) >= 0) {
    ["zoom", "dragEnd", "animationFinished"].forEach(function (ev) {
      network.on(ev, function () { clearTimeout(labelTimer); labelTimer = setTimeout(labelView, 200); });
    });
  }
  document.querySelectorAll('input[name="gb-lang"]').forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) setLang(r.value); });
  });

  // --- size: degree or PageRank (computed here, on the undirected graph) --------------------------
  var rank = null;
  function pagerank() {
    var d = 0.85, pr = new Float64Array(N).fill(1 / N), next = new Float64Array(N);
    for (var it = 0; it < 100; it++) {
      var dangling = 0;
      next.fill((1 - d) / N);
      for (var i = 0; i < N; i++) {
        var deg = nbr[i].length;
        if (!deg) { dangling += pr[i]; continue; }
        var share = d * pr[i] / deg;
        for (var j = 0; j < deg; j++) next[nbr[i][j][0]] += share;
      }
      var err = 0;
      for (i = 0; i < N; i++) { next[i] += d * dangling / N; err += Math.abs(next[i] - pr[i]); }
      var t = pr; pr = next; next = t;
      if (err < 1e-9 * N) break;
    }
    return pr;
  }
  document.getElementById("gb-size").addEventListener("change", function (ev) {
    if (ev.target.value === "pagerank") {
      rank = rank || pagerank();
      nodes.update(M.map(function (m, k) { return { id: k, value: rank[k] * N }; }));
    } else {
      nodes.update(M.map(function (m, k) { return { id: k, value: (m.g || 0) + 1 }; }));
    }
  });

  // --- filters: type and date range --------------------------------------------------------------
  var hidden = new Uint8Array(N);
  var from = document.getElementById("gb-from"), to = document.getElementById("gb-to");
  var undated = document.getElementById("gb-undated");
  function applyFilters() {
    var kinds = {};
    document.querySelectorAll("#gb-legend input[data-kind]").forEach(function (c) { kinds[c.getAttribute("data-kind")] = c.checked; });
    var lo = from.value || "", hi = to.value || "";
    var updates = [];
    for (var k = 0; k < N; k++) {
      var m = M[k], h = kinds[m.k] === false;
      if (!h && m.k === "Event") {
        if (!m.s) h = !undated.checked;
        else h = (lo && m.e < lo) || (hi && m.s > hi) ? true : false;
      }
      h = h ? 1 : 0;
      if (h !== hidden[k]) { hidden[k] = h; updates.push({ id: k, hidden: !!h }); }
    }
    if (updates.length) nodes.update(updates);
  }
  document.querySelectorAll("#gb-legend input[data-kind]").forEach(function (c) { c.addEventListener("change", applyFilters); });
  [from, to, undated].forEach(function (x) { x.addEventListener("change", applyFilters); });
  document.getElementById("gb-reset").addEventListener("click", function () {
    document.querySelectorAll("#gb-legend input[data-kind]").forEach(function (c) { c.checked = true; });
    from.value = D.dateMin || ""; to.value = D.dateMax || ""; undated.checked = true;
    search.value = ""; results.hidden = true;
    applyFilters(); unselect(); network.fit();
  });
  document.addEventListener("click", function (ev) {
    if (!results.contains(ev.target) && ev.target !== search) results.hidden = true;
  });

  window.graphbuildView = {
    network: network, nodes: nodes, edges: edges, data: D, fold: fold,
    select: function (iri) {
      for (var k = 0; k < N; k++) if (M[k].iri === iri) { select(k, true); return k; }
      return -1;
    },
    positionOf: function (iri) {
      for (var k = 0; k < N; k++) if (M[k].iri === iri) return network.canvasToDOM(network.getPositions([k])[k]);
      return null;
    }
  };
})();
"""
