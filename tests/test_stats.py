"""Tests of graphbuild.analytics and `graphbuild stats`."""
from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "view_sample.ttl"
PUTIN = "https://w3id.org/graphbuild/entity/Q7747"
RUSSIA = "https://w3id.org/graphbuild/entity/Q159"


@pytest.fixture(scope="module")
def G():
    from graphbuild.analytics import to_networkx
    from graphbuild.rdfio import load_graph

    return to_networkx(load_graph(DATA))


def test_doctests():
    import graphbuild.analytics

    result = doctest.testmod(graphbuild.analytics, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0


def test_to_networkx_nodes_and_edges(G):
    assert G.number_of_nodes() == 32
    assert G.nodes[PUTIN]["kind"] == "Person"
    assert (G.nodes[PUTIN]["label_ar"], G.nodes[PUTIN]["label_en"]) == ("فلاديمير بوتين", "Vladimir Putin")
    assert G.has_edge(PUTIN, RUSSIA, key="post:President")
    assert G.edges[PUTIN, RUSSIA, "post:President"]["label"] == "President of"
    meeting = next(n for n, d in G.nodes(data=True) if d.get("classes") == ("Meeting",))
    assert sum(1 for _, _, k in G.out_edges(meeting, keys=True) if k == "actor") == 10
    # articles, posts, roles, mentions and sentences are not nodes
    assert all(d["kind"] in ("Person", "Organization", "Country", "Place", "Event") for _, d in G.nodes(data=True))


def test_counts_and_classes(G):
    from graphbuild.analytics import counts_by_type, events_by_class

    assert counts_by_type(G) == {"Person": 12, "Organization": 7, "Country": 4, "Place": 1, "Event": 8}
    classes = events_by_class(G)
    assert classes["Agreement"] == 2 and classes["PhoneCall"] == 1 and classes["Meeting"] == 1
    assert list(classes.values()) == sorted(classes.values(), reverse=True)


def test_top_actors(G):
    from graphbuild.analytics import top_by_betweenness, top_by_degree

    degree = top_by_degree(G, 3)
    assert [r["label"] for r in degree] == ["Nagorno-Karabakh", "Russia", "Vladimir Putin"]
    assert all(r["kind"] != "Event" for r in top_by_degree(G, 50))
    between = top_by_betweenness(G, 3)
    assert between[0]["label"] == "Vladimir Putin" and between[0]["betweenness"] > between[1]["betweenness"]
    approx = top_by_betweenness(G, 3, samples=8, seed=1)
    assert approx == top_by_betweenness(G, 3, samples=8, seed=1)  # seeded


def test_communities_are_seeded_and_cover_every_node(G):
    from graphbuild.analytics import communities

    first = communities(G, seed=0)
    assert first == communities(G, seed=0)
    assert sorted(n for group in first for n in group) == sorted(G.nodes)
    assert [len(g) for g in first] == sorted((len(g) for g in first), reverse=True)
    putin_group = next(group for group in first if PUTIN in group)
    assert RUSSIA in putin_group


def test_events_per_month(G):
    from graphbuild.analytics import events_per_month

    assert events_per_month(G) == {"1992": 1, "2020-09": 1, "2020-11": 2, "2021-01": 1}


def test_summary_is_json_and_deterministic(G):
    from graphbuild.analytics import summary

    result = summary(G)
    assert json.loads(json.dumps(result)) == result == summary(G)
    assert result["events_undated"] == 3 and result["communities"]["count"] == len(result["communities"]["sizes"])


def test_big_graph_betweenness_is_sampled():
    import networkx as nx

    from graphbuild.analytics import top_by_betweenness

    base = nx.barabasi_albert_graph(800, 2, seed=2)
    G = nx.MultiDiGraph()
    G.add_nodes_from((n, {"kind": "Person", "label_en": f"p{n}"}) for n in base)
    G.add_edges_from(base.edges())
    top = top_by_betweenness(G, 5)  # 100 pivots by default above 500 nodes
    assert len(top) == 5 and top == top_by_betweenness(G, 5)
    assert {r["node"] for r in top} & {0, 1, 2, 3, 4, 5}  # the oldest nodes are the hubs


def test_stats_command_table(capsys):
    from graphbuild.cli import main

    assert main(["stats", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("32 nodes, 41 links")
    for heading in ("counts by type", "top actors by degree", "top actors by betweenness",
                    "communities (Louvain)", "events per month"):
        assert heading in out
    assert "Vladimir Putin" in out and "2020-11" in out and "undated" in out


def test_stats_command_json(capsys):
    from graphbuild.cli import main

    assert main(["stats", str(DATA), "--format", "json", "--top", "3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["counts"]["Event"] == 8 and len(result["top_degree"]) == 3
    assert result["events_per_month"]["2020-11"] == 2


def test_stats_command_errors(tmp_path, capsys):
    from graphbuild.cli import main

    assert main(["stats", str(tmp_path / "missing.ttl")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["stats", str(DATA), "--top", "0"]) == 1
    assert "--top" in capsys.readouterr().err


def test_stats_command_registers_with_any_argparse():
    import argparse

    from graphbuild.commands import stats as command

    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["stats", "a.ttl", "-F", "json", "--samples", "20"])
    assert args.run is command.run and args.format == "json" and args.samples == 20
