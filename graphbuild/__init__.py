"""graphbuild: turn news articles into an event-centric RDF knowledge graph.

The public API::

    doc = graphbuild.extract(text, lang="ar", published=date(2021, 8, 16))
    graph = graphbuild.to_graph([doc])          # rdflib.Graph
    dataset = graphbuild.to_dataset([doc])      # rdflib.Dataset, one named graph per article

Submodules are imported on first use, so ``import graphbuild`` stays light.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "to_graph", "to_dataset", "GraphbuildError", "__version__"]

from .errors import GraphbuildError


def __getattr__(name: str):
    if name == "extract":
        from .pipeline import extract

        return extract
    if name in ("to_graph", "to_dataset"):
        from . import rdf

        return getattr(rdf, name)
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")
