"""Fast tests of the HTML view (no browser): offline, escaped, complete, laid out above the threshold."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "view_sample.ttl"
PUTIN = "https://w3id.org/graphbuild/entity/Q7747"
RUSSIA = "https://w3id.org/graphbuild/entity/Q159"


@pytest.fixture(scope="module")
def sample():
    from graphbuild.rdfio import load_graph

    return load_graph(DATA)


@pytest.fixture(scope="module")
def page(sample) -> str:
    from graphbuild.view import render_html

    return render_html(sample, title="sample")


# --- a graph whose every text field tries to break out of the page (also used by test_browser) ---
PWN = "window.__pwned=true"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_EN = f"</script><script>{PWN}</script>"
HOSTILE_SENTENCE = (f"قال <img src=x onerror=\"{PWN}\"> إن بوتين </script><script>{PWN}</script> "
                    "{{x}} {% raw %} \u2028 \u2029 <!-- & &amp; ' \" انتهى")
HOSTILE_TITLE = f"<b onmouseover=\"{PWN}\">{{{{title}}}}</b>"


def hostile_graph():
    """An rdflib Graph in graphbuild's shape with markup, script tags, template syntax and line separators."""
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

    gb = "https://w3id.org/graphbuild/"
    SCHEMA = Namespace("https://schema.org/")
    SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    GAF = Namespace("http://groundedannotationframework.org/gaf#")
    NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    ORG = Namespace("http://www.w3.org/ns/org#")
    GBO = Namespace(gb + "ontology#")
    g = Graph()
    article = URIRef(gb + "article/hostile")
    g.add((article, RDF.type, SCHEMA.NewsArticle))
    g.add((article, SCHEMA.headline, Literal(f"<script>{PWN}</script> عنوان", lang="ar")))
    start = 10
    sentence = URIRef(f"{article}#char={start},{start + len(HOSTILE_SENTENCE)}")
    g.add((sentence, RDF.type, NIF.Sentence))
    g.add((sentence, NIF.anchorOf, Literal(HOSTILE_SENTENCE)))
    g.add((sentence, NIF.beginIndex, Literal(start)))
    g.add((sentence, NIF.endIndex, Literal(start + len(HOSTILE_SENTENCE))))

    def mention(text: str) -> URIRef:
        a = start + HOSTILE_SENTENCE.index(text)
        m = URIRef(f"{article}#char={a},{a + len(text)}")
        g.add((m, RDF.type, NIF.String))
        g.add((m, NIF.anchorOf, Literal(text)))
        g.add((m, NIF.beginIndex, Literal(a)))
        g.add((m, NIF.endIndex, Literal(a + len(text))))
        g.add((m, NIF.sentence, sentence))
        return m

    person = URIRef(gb + "entity/person/hostile")
    g.add((person, RDF.type, SCHEMA.Person))
    g.add((person, RDFS.label, Literal(HOSTILE_NAME, lang="ar")))
    g.add((person, RDFS.label, Literal(HOSTILE_EN, lang="en")))
    g.add((person, SKOS.altLabel, Literal("{{x}} href=javascript:alert(1)", lang="ar")))
    g.add((person, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1")))
    g.add((person, GAF.denotedBy, mention("<img src=x onerror=\"" + PWN + "\">")))
    country = URIRef(gb + "entity/country/hostile")
    g.add((country, RDF.type, SCHEMA.Country))
    g.add((country, RDFS.label, Literal(f"<a href=\"javascript:{PWN}\">x</a>", lang="en")))
    role = URIRef(gb + "role/president")
    post = URIRef(gb + "post/president/hostile")
    g.add((role, RDF.type, ORG.Role))
    g.add((role, RDFS.label, Literal("President", lang="en")))
    g.add((post, RDF.type, ORG.Post))
    g.add((post, ORG.role, role))
    g.add((post, ORG.postIn, country))
    g.add((post, RDFS.label, Literal(f"President of <svg onload={PWN}>", lang="en")))
    g.add((person, ORG.holds, post))
    event = URIRef(gb + "event/hostile")
    g.add((event, RDF.type, SEM.Event))
    g.add((event, RDF.type, GBO.Statement))
    g.add((event, RDFS.label, Literal(f"\" onmouseover=\"{PWN}", lang="ar")))
    g.add((event, SEM.hasActor, person))
    g.add((event, SEM.hasPlace, country))
    g.add((event, SEM.hasTimeStamp, Literal("2021-08-16", datatype=XSD.date)))
    g.add((event, PROV.wasDerivedFrom, article))
    g.add((event, GAF.denotedBy, mention("</script><script>" + PWN + "</script>")))
    return g


def payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', html, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


def scripts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.S)


def node_index(data: dict, iri: str) -> int:
    return next(i for i, m in enumerate(data["meta"]) if m["iri"] == iri)


# --- offline and self-contained -------------------------------------------------------------------


def test_no_external_resource(page):
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "bootstrap" not in page.lower()
    # vis-network is inlined
    assert "vis-network" in page and len(scripts(page)[0]) > 400_000


def test_csp_allows_only_the_page_scripts_and_no_network(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp
    assert "unsafe-eval" not in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    expected = {base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode() for code in scripts(page)}
    assert hashes == expected and len(hashes) == 2


def test_nothing_is_written_but_the_output(sample, tmp_path, monkeypatch):
    from graphbuild.view import render_html, write_html

    monkeypatch.chdir(tmp_path)
    render_html(sample)
    render_html(sample, max_physics_nodes=5)
    assert os.listdir(tmp_path) == []
    out = tmp_path / "out" / "page.html"
    out.parent.mkdir()
    write_html(sample, out)
    assert sorted(os.listdir(tmp_path)) == ["out"] and os.listdir(out.parent) == ["page.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_deterministic(sample, page):
    from graphbuild.view import render_html

    assert render_html(sample, title="sample") == page


# --- what a person sees -----------------------------------------------------------------------------


def test_every_actor_and_event_is_a_node(sample, page):
    from graphbuild.analytics import to_networkx

    data = payload(page)
    G = to_networkx(sample)
    assert len(data["nodes"]) == len(data["meta"]) == G.number_of_nodes() == 32
    kinds = [m["k"] for m in data["meta"]]
    assert kinds.count("Person") == 12 and kinds.count("Event") == 8
    assert {n["group"] for n in data["nodes"]} == {"Person", "Organization", "Country", "Place", "Event"}
    groups = data["options"]["groups"]
    assert len({groups[k]["shape"] for k in groups}) == 5
    assert len({groups[k]["color"]["background"] for k in groups}) == 5
    for kind in ("Person", "Organization", "Country", "Place", "Event"):
        assert f'data-kind="{kind}"' in page  # legend and type filter


def test_events_link_their_actors_and_posts_are_edges(page):
    data = payload(page)
    meta = data["meta"]
    meeting = next(i for i, m in enumerate(meta) if m.get("c") == ["Meeting"])
    actors = [e for e in data["edges"] if e["from"] == meeting and e["role"] == "actor"]
    assert len(actors) == 10
    call = next(i for i, m in enumerate(meta) if m.get("c") == ["PhoneCall"])
    roles = {(meta[e["to"]].get("en"), e["label"]) for e in data["edges"] if e["from"] == call}
    assert ("Vladimir Putin", "actor") in roles and ("Nikol Pashinyan", "actor") in roles
    assert ("TASS", "source") in roles and ("Nagorno-Karabakh", "about") in roles
    putin, russia = node_index(data, PUTIN), node_index(data, RUSSIA)
    assert any(e["from"] == putin and e["to"] == russia and e["label"] == "President of" for e in data["edges"])
    posts = meta[putin]["posts"]
    assert posts[0]["r"] == "President" and posts[0]["o"] == russia and posts[0]["l"] == "President of Russia"


def test_panel_data_names_wikidata_dates_and_sentences(page):
    data = payload(page)
    putin = data["meta"][node_index(data, PUTIN)]
    assert putin["ar"] == "فلاديمير بوتين" and putin["en"] == "Vladimir Putin" and putin["wd"] == ["Q7747"]
    texts = []
    for sentence, ranges in putin["ev"]:
        text = data["sentences"][sentence]["t"]
        texts += [text[a:b] for a, b in ranges]
    assert texts and set(texts) <= {"فلاديمير بوتين", "بوتين"}
    call = next(m for m in data["meta"] if m.get("c") == ["PhoneCall"])
    (sentence, ranges), = call["ev"]
    text = data["sentences"][sentence]["t"]
    assert text.startswith("أجرى الرئيس الروسي") and [text[a:b] for a, b in ranges] == ["اتصالا هاتفيا"]
    war = next(m for m in data["meta"] if m.get("en") == "War of 1992–1994")
    assert (war["d"], war["de"], war["s"], war["e"]) == ("1992", "1994", "1992-01-01", "1994-12-31")
    assert data["dateMin"] == "1992-01-01" and data["dateMax"] == "2021-01-11"


def test_arabic_is_right_to_left_and_searchable(page):
    from graphbuild.view import fold

    assert '<div id="gb-network" dir="rtl" lang="ar">' in page
    assert 'dir: "rtl", lang: "ar"' in page  # sentences in the panel
    assert 'value="ar" checked' in page and 'value="en"' in page  # the label language switch
    data = payload(page)
    putin = data["meta"][node_index(data, PUTIN)]
    assert data["nodes"][node_index(data, PUTIN)]["label"] == "فلاديمير بوتين"
    assert fold("بُوتِين") in putin["q"] and "vladimir putin" in putin["q"]
    assert fold("أرمينيا") == "ارمينيا" and fold("مدينةٌ") == "مدينه" and fold("على") == "علي"


def test_small_graphs_use_physics(page):
    data = payload(page)
    assert data["physics"] is True and data["layout"] == "physics"
    assert data["options"]["physics"]["enabled"] is True
    assert all("x" not in n for n in data["nodes"])
    assert all("label" in e for e in data["edges"])


# --- large graphs ----------------------------------------------------------------------------------


def test_above_threshold_positions_are_computed_and_physics_is_off(sample):
    import shutil

    from graphbuild.view import render_html

    data = payload(render_html(sample, max_physics_nodes=5))
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    assert data["layout"] == ("sfdp" if shutil.which("sfdp") else "radial")
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in points)
    assert len(set(points)) == len(points)
    assert all("label" not in e for e in data["edges"])  # roles stay in the data, not drawn


def test_radial_layout_without_graphviz(sample, monkeypatch):
    from graphbuild import view

    monkeypatch.setattr(view.shutil, "which", lambda name: None)
    data = payload(view.render_html(sample, max_physics_nodes=5))
    assert data["layout"] == "radial"
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(set(points)) == len(points)


def test_layout_keeps_neighbours_close_on_a_bigger_graph():
    """Fringes hang next to their anchor, and a skeleton cap still places every node."""
    import networkx as nx

    from graphbuild import view

    G = nx.barabasi_albert_graph(600, 2, seed=3)
    G.add_edges_from((600 + i, i % 50) for i in range(300))  # leaves
    G.add_edges_from([(1000, 1001), (1001, 1002), (1003, 1003)])  # small components
    n = 1004
    old = view.SFDP_MAX_NODES
    try:
        view.SFDP_MAX_NODES = 200
        positions, method = view._LayoutJob(n, list(G.edges())).result()
    finally:
        view.SFDP_MAX_NODES = old
    assert len(positions) == n and len(set(positions)) == n
    leaf_lengths = [math.dist(positions[600 + i], positions[i % 50]) for i in range(300)]
    assert max(leaf_lengths) < view.EDGE_LENGTH * 6


# --- hostile text ----------------------------------------------------------------------------------


def test_hostile_text_stays_text():
    from graphbuild.view import render_html

    html = render_html(hostile_graph(), title=HOSTILE_TITLE)
    # outside the data block and the two scripts there is no trace of the article's markup
    outside = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)
    assert "<img" not in outside and "onerror" not in outside and "onload" not in outside
    assert "<b onmouseover" not in html
    assert html.count("</script>") == 3 and html.count("<script") == 3
    assert "<!--" not in html and "\u2028" not in html and "\u2029" not in html
    assert "&lt;b onmouseover=&quot;" in html  # the title, escaped
    block = re.search(r'<script type="application/json" id="gb-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)  # and the text is intact
    names = {m.get("ar") for m in data["meta"]} | {m.get("en") for m in data["meta"]}
    assert HOSTILE_NAME in names and HOSTILE_EN in names
    assert data["sentences"][0]["t"] == HOSTILE_SENTENCE
    assert PWN in html  # only as escaped data


def test_no_pyvis_escaping_hole_is_used():
    from graphbuild.view import render_html

    html = render_html(hostile_graph(), title=HOSTILE_TITLE)
    assert "select-node" not in html and "<option value=" not in html.replace('<option value="degree"', "").replace(
        '<option value="pagerank"', "")
    assert "innerHTML" not in scripts(html)[1] and "insertAdjacentHTML" not in scripts(html)[1]
    assert "document.write" not in scripts(html)[1] and "eval(" not in scripts(html)[1]
    assert "title" not in payload(html)["nodes"][0]  # no vis-network tooltips: ours are built with textContent


def test_script_json_escapes():
    from graphbuild.view import script_json

    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&") & set(text) and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_empty_graph():
    import rdflib

    from graphbuild.view import render_html

    data = payload(render_html(rdflib.Graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["dateMin"] is None


# --- the command -----------------------------------------------------------------------------------


def test_view_command(tmp_path, monkeypatch):
    from graphbuild.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["view", str(DATA), "--output", "page.html", "--title", "Seed <1>"]) == 0
    assert os.listdir(tmp_path) == ["page.html"]
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "<title>Seed &lt;1&gt;</title>" in html and len(payload(html)["nodes"]) == 32


def test_view_command_errors(tmp_path, capsys):
    from graphbuild.cli import main

    assert main(["view", str(tmp_path / "missing.ttl"), "-o", str(tmp_path / "x.html")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["view", str(DATA), "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["view", str(DATA), "-o", str(tmp_path / "no" / "x.html")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_view_command_registers_with_any_argparse():
    import argparse

    from graphbuild.commands import view as command

    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["view", "a.ttl", "b.nt", "-o", "v.html", "--max-physics-nodes", "10"])
    assert args.run is command.run and args.graphs == ["a.ttl", "b.nt"] and args.max_physics_nodes == 10
