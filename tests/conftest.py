"""Shared fixtures: the seed article, its extraction and its graph (built once per session)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "examples" / "seed" / "000_0252e96b1e74b8b3.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article, read as the CLI reads it."""
    from graphbuild.reader import read_article

    return read_article(SEED_PATH).text


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    """The seed article's extraction result."""
    import graphbuild

    return graphbuild.extract(seed_text, lang="ar")


@pytest.fixture(scope="session")
def seed_graph(seed_doc):
    """The seed article's graph (rdflib.Graph)."""
    import graphbuild

    return graphbuild.to_graph([seed_doc])


@pytest.fixture(scope="session")
def seed_ttl(tmp_path_factory, seed_graph) -> Path:
    """The seed graph written as Turtle, as `graphbuild build` writes it."""
    from graphbuild.export import write_graph

    path = tmp_path_factory.mktemp("seed") / "seed.ttl"
    write_graph(seed_graph, str(path))
    return path
