"""Benchmark of the HTML graph view: generation time in Python and time to first draw in headless Chromium.

Compares ``graphbuild.view.render_html`` with naive pyvis usage (``add_node``/``add_edge`` one by one,
default physics, ``cdn_resources="in_line"``) on synthetic graphs shaped like graphbuild's output
(docs/graph-model.md): entities of the four kinds, events with actors, places, sources and dates,
posts, and NIF mentions and sentences.

Run from the repository root::

    .venv/bin/python benchmarks/view_bench.py                 # 500, 5000 and 20000 nodes
    .venv/bin/python benchmarks/view_bench.py --sizes 500 --naive-timeout 30

Needs Debian ``chromium`` and Playwright for Python; Graphviz ``sfdp`` for the large-graph layout.
Naive runs are capped: a step that takes longer than ``--naive-timeout`` seconds is reported as "> N s".
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]

EVENT_KINDS = ("Statement", "PhoneCall", "Meeting", "Visit", "Negotiation", "Agreement", "Ceasefire",
               "ArmedConflict", "Accusation", "Aid", "Sanction", "Protest")
ROLES = ("President", "Prime Minister", "Minister", "Minister of Foreign Affairs", "Spokesperson",
         "Ambassador", "Director", "Chair", "Secretary-General", "Governor")
_AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _ar_word(rng: random.Random) -> str:
    return "".join(rng.choice(_AR_LETTERS) for _ in range(rng.randint(3, 7)))


def make_graph(n_nodes: int, seed: int = 1):
    """A synthetic, contract-shaped rdflib Graph whose view has exactly ``n_nodes`` nodes.

    About 40 % of the nodes are events and 60 % entities; entities are picked by events with a
    Zipf-like skew, so a few actors are hubs and the graph has one large component plus small ones.
    """
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

    rng = random.Random(seed)
    gb = "https://w3id.org/graphbuild/"
    GBO = Namespace(gb + "ontology#")
    SCHEMA = Namespace("https://schema.org/")
    ORG = Namespace("http://www.w3.org/ns/org#")
    SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    GAF = Namespace("http://groundedannotationframework.org/gaf#")
    NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    WD = Namespace("http://www.wikidata.org/entity/")

    graph = Graph()
    add = graph.add
    n_events = round(n_nodes * 0.4)
    n_entities = n_nodes - n_events
    kinds = ["Person"] * 50 + ["Organization"] * 20 + ["Country"] * 10 + ["Place"] * 20
    entities: list[tuple[URIRef, str, str]] = []
    for i in range(n_entities):
        kind = kinds[i % 100]
        iri = URIRef(f"{gb}entity/{kind.lower()}/e{i}")
        name_ar = f"{_ar_word(rng)} {_ar_word(rng)}"
        entities.append((iri, kind, name_ar))
        add((iri, RDF.type, SCHEMA[kind]))
        add((iri, RDFS.label, Literal(name_ar, lang="ar")))
        add((iri, RDFS.label, Literal(f"{kind} {i}", lang="en")))
        add((iri, SKOS.altLabel, Literal(name_ar.split()[1], lang="ar")))
        if i % 3 == 0:
            add((iri, OWL.sameAs, WD[f"Q{1000 + i}"]))
        if kind == "Organization" and i % 7 == 0:
            add((iri, RDF.type, GBO.NewsAgency))
    actors = [e for e in entities if e[1] != "Place"]
    places = [e for e in entities if e[1] in ("Place", "Country")]
    agencies = [e for e in entities if e[1] == "Organization"][:20] or actors[:1]
    holders = [e for e in entities if e[1] in ("Organization", "Country")] or actors
    # news has regions: most events draw their actors and places from one region (150 entities, a
    # Zipf-like skew inside it), some also meet one of the hubs everyone meets
    region_size = 150
    region_entities = [entities[i:i + region_size] for i in range(0, len(entities), region_size)]
    region_actors = [[e for e in r if e[1] != "Place"] or actors for r in region_entities]
    region_places = [[e for e in r if e[1] in ("Place", "Country")] or places for r in region_entities]
    region_holders = [[e for e in r if e[1] in ("Organization", "Country")] or holders for r in region_entities]
    region_weights = [[1.0 / (rank + 1) ** 0.8 for rank in range(len(r))] for r in region_actors]
    hubs = actors[:max(10, len(actors) // 100)]
    hub_weights = [1.0 / (rank + 1) for rank in range(len(hubs))]
    # every entity is used at least once, by an event of its region
    pending = [list(r) for r in region_entities]
    for bucket in pending:
        rng.shuffle(bucket)

    articles_per = 4
    article = None
    for j in range(n_events):
        if j % articles_per == 0:
            article = URIRef(f"{gb}article/a{j // articles_per}")
            add((article, RDF.type, SCHEMA.NewsArticle))
            add((article, SCHEMA.inLanguage, Literal("ar")))
            add((article, SCHEMA.headline, Literal(f"{_ar_word(rng)} {_ar_word(rng)} {_ar_word(rng)}", lang="ar")))
            add((article, SCHEMA.datePublished, Literal(f"202{rng.randint(0, 3)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD.date)))
        kind = EVENT_KINDS[j % len(EVENT_KINDS)]
        n_actors = rng.randint(5, 10) if kind == "Meeting" else rng.randint(1, 3)
        home = j % len(region_entities)
        chosen = set(rng.choices(region_actors[home], weights=region_weights[home], k=n_actors))
        if rng.random() < 0.3:
            chosen.add(rng.choices(hubs, weights=hub_weights, k=1)[0])
        while pending[home] and len(chosen) < n_actors + 2:
            chosen.add(pending[home].pop())
        chosen = sorted(chosen)
        offset = (j % articles_per) * 400
        trigger = _ar_word(rng)
        words = [_ar_word(rng), trigger]
        starts = []
        for _, _, name_ar in chosen:
            starts.append(len(" ".join(words)) + 1)
            words.append(name_ar)
        words += [_ar_word(rng) for _ in range(6)]
        sent_text = " ".join(words)
        sentence = URIRef(f"{article}#char={offset},{offset + len(sent_text)}")
        add((sentence, RDF.type, NIF.Sentence))
        add((sentence, NIF.anchorOf, Literal(sent_text)))
        add((sentence, NIF.beginIndex, Literal(offset)))
        add((sentence, NIF.endIndex, Literal(offset + len(sent_text))))
        trigger_start = offset + len(words[0]) + 1
        trigger_end = trigger_start + len(trigger)
        ev_mention = URIRef(f"{article}#char={trigger_start},{trigger_end}")
        add((ev_mention, RDF.type, NIF.String))
        add((ev_mention, NIF.anchorOf, Literal(trigger)))
        add((ev_mention, NIF.beginIndex, Literal(trigger_start)))
        add((ev_mention, NIF.endIndex, Literal(trigger_end)))
        add((ev_mention, NIF.sentence, sentence))
        event = URIRef(f"{gb}event/ev{j}")
        add((event, RDF.type, SEM.Event))
        add((event, RDF.type, GBO[kind]))
        add((event, RDFS.label, Literal(trigger, lang="ar")))
        add((event, RDFS.label, Literal(f"{kind} {j}", lang="en")))
        add((event, GAF.denotedBy, ev_mention))
        add((event, PROV.wasDerivedFrom, article))
        if rng.random() < 0.8:
            add((event, SEM.hasTimeStamp, Literal(f"20{rng.randint(18, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=XSD.date)))
        for (iri, ekind, name_ar), start in zip(chosen, starts):
            if ekind == "Place":
                add((event, SEM.hasPlace, iri))
            else:
                add((event, SEM.hasActor, iri))
            add((article, SCHEMA.mentions, iri))
            mention = URIRef(f"{article}#char={offset + start},{offset + start + len(name_ar)}")
            add((iri, GAF.denotedBy, mention))
            add((mention, RDF.type, NIF.String))
            add((mention, NIF.anchorOf, Literal(name_ar)))
            add((mention, NIF.beginIndex, Literal(offset + start)))
            add((mention, NIF.endIndex, Literal(offset + start + len(name_ar))))
            add((mention, NIF.sentence, sentence))
        if rng.random() < 0.5:
            add((event, SEM.hasPlace, rng.choice(region_places[home])[0]))
        if rng.random() < 0.4:
            add((event, PROV.wasAttributedTo, rng.choice(agencies)[0]))
    for i, (iri, kind, _) in enumerate(entities):
        if kind == "Person" and i % 3 == 0:
            role = ROLES[i % len(ROLES)]
            holder = rng.choice(region_holders[i // region_size] if rng.random() < 0.8 else holders)[0]
            post = URIRef(f"{gb}post/{role.lower().replace(' ', '-')}/{str(holder).rsplit('/', 1)[-1]}")
            role_iri = URIRef(f"{gb}role/{role.lower().replace(' ', '-')}")
            add((iri, ORG.holds, post))
            add((post, RDF.type, ORG.Post))
            add((post, ORG.role, role_iri))
            add((post, ORG.postIn, holder))
            add((role_iri, RDF.type, ORG.Role))
            add((role_iri, RDFS.label, Literal(role, lang="en")))
    return graph


# --------------------------------------------------------------------------------------------------
# generation


def naive_pyvis(graph, out_path: str) -> None:
    """What a pyvis user writes first: one add_node/add_edge call per item, default physics."""
    from pyvis.network import Network

    from graphbuild.analytics import to_networkx

    g = to_networkx(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in g.nodes(data=True):
        net.add_node(node, label=data.get("label_ar") or data.get("label_en") or node, title=data.get("label_en") or "")
    for u, v, data in g.edges(data=True):
        net.add_edge(u, v, label=data.get("label", ""))
    html = net.generate_html()
    Path(out_path).write_text(html, encoding="utf-8")


class _Timeout(Exception):
    pass


def _naive_child(n_nodes: int, seed: int, out_path: str, timeout: float, queue) -> None:
    import signal

    graph = make_graph(n_nodes, seed)

    def alarm(signum, frame):
        raise _Timeout

    signal.signal(signal.SIGALRM, alarm)
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        naive_pyvis(graph, out_path)
        queue.put(time.perf_counter() - start)
    except _Timeout:
        queue.put(None)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def time_naive_generation(n_nodes: int, seed: int, out_path: str, timeout: float) -> float | None:
    """Seconds to generate the naive page (in a fresh process), or None when it ran past ``timeout``."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_naive_child, args=(n_nodes, seed, out_path, timeout, queue))
    proc.start()
    try:
        return queue.get(timeout=timeout + 60 + n_nodes / 200)  # building the synthetic graph is not timed
    except Exception:  # noqa: BLE001 - the queue's Empty
        return None
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.terminate()
            proc.join()


# --------------------------------------------------------------------------------------------------
# first draw

_HOOK = """
(() => {
  let value;
  window.__gbFirstDraw = undefined;
  Object.defineProperty(window, 'network', {
    configurable: true,
    get() { return value; },
    set(v) {
      value = v;
      if (v && v.once) v.once('afterDrawing', () => { window.__gbFirstDraw = performance.now(); });
    },
  });
})();
"""


def time_first_draw(browser, path: str, timeout: float) -> float | None:
    """Milliseconds from navigation start to the first drawn frame, or None past ``timeout`` seconds.

    Our pages set ``window.__gbFirstDraw`` themselves; for naive pyvis pages an init script hooks the
    global ``network`` that pyvis's template assigns.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.add_init_script(_HOOK)
    # naive pyvis pages reference Bootstrap on a CDN: refuse it at once instead of waiting for DNS
    page.route("http*://**/*", lambda route: route.abort())
    deadline = time.monotonic() + timeout
    try:
        page.goto(Path(path).resolve().as_uri(), wait_until="commit", timeout=timeout * 1000)
        # polled with evaluate: our pages' Content-Security-Policy forbids the eval behind wait_for_function
        while time.monotonic() < deadline:
            value = page.evaluate("window.__gbFirstDraw")
            if value is not None:
                return value
            time.sleep(0.05)
        return None
    except Exception:  # noqa: BLE001 - a timeout is the expected outcome for naive large graphs
        return None
    finally:
        context.close()


def _fmt(seconds: float | None, cap: float) -> str:
    return f"> {cap:.0f} s" if seconds is None else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=3, help="runs of our generation per size (median)")
    parser.add_argument("--naive-timeout", type=float, default=60.0, help="cap in seconds for each naive step")
    parser.add_argument("--draw-timeout", type=float, default=60.0, help="cap in seconds for our first draw")
    parser.add_argument("--no-naive", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from graphbuild import view

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in args.sizes:
            graph = make_graph(n)
            times = []
            phases: dict[str, float] = {}
            html = ""
            for _ in range(args.repeat):
                start = time.perf_counter()
                phases = {}
                html = view._render(graph, title=f"synthetic {n}", max_physics_nodes=1500, timings=phases)
                times.append(time.perf_counter() - start)
            ours_path = os.path.join(tmp, f"ours-{n}.html")
            Path(ours_path).write_text(html, encoding="utf-8")
            draws = [time_first_draw(browser, ours_path, args.draw_timeout) for _ in range(args.repeat)]
            ok_draws = [d for d in draws if d is not None]
            row = {
                "nodes": n,
                "triples": len(graph),
                "ours_generate_s": statistics.median(times),
                "ours_draw_s": statistics.median(ok_draws) / 1000 if len(ok_draws) == len(draws) else None,
                "ours_page_mb": len(html.encode("utf-8")) / 1e6,
                "layout": "physics" if n <= 1500 else "precomputed",
                "phases_s": {k: round(v, 2) for k, v in phases.items()},
            }
            if not args.no_naive:
                naive_path = os.path.join(tmp, f"naive-{n}.html")
                gen = time_naive_generation(n, 1, naive_path, args.naive_timeout)
                row["naive_generate_s"] = gen
                row["naive_draw_s"] = None
                if gen is not None:
                    draw = time_first_draw(browser, naive_path, args.naive_timeout)
                    row["naive_draw_s"] = draw / 1000 if draw is not None else None
            results.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
        browser.close()

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    cap = args.naive_timeout
    print("| nodes | triples | ours: generate | ours: first draw | page size | naive pyvis: generate | naive pyvis: first draw |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        naive_gen = _fmt(r.get("naive_generate_s"), cap) if not args.no_naive else "–"
        if args.no_naive:
            naive_draw = "–"
        elif r.get("naive_generate_s") is None:
            naive_draw = "not reached"
        else:
            naive_draw = _fmt(r.get("naive_draw_s"), cap)
        print(f"| {r['nodes']:,} | {r['triples']:,} | {_fmt(r['ours_generate_s'], 0)} | "
              f"{_fmt(r['ours_draw_s'], args.draw_timeout)} | {r['ours_page_mb']:.1f} MB | {naive_gen} | {naive_draw} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
