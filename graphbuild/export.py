"""Serializing graphs to bytes, deterministically: the same graph always gives the same bytes.

N-Triples and N-Quads are written as sorted lines; Turtle, TriG and JSON-LD by rdflib, whose writers
sort subjects and predicates. The format comes from the output's suffix (``graphbuild.rdfio.FORMATS``).
"""
from __future__ import annotations

from rdflib import Dataset, Graph

from .rdfio import FORMATS, rdf_format, write_bytes_atomic


def serialize(graph: Graph | Dataset, suffix: str) -> bytes:
    """The graph in the format of ``suffix`` (``.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``)."""
    rdflib_format, _, quads = FORMATS[suffix]
    if suffix in (".nt", ".nq"):
        text = graph.serialize(format="nquads" if quads and isinstance(graph, Dataset) else "nt")
        # split at "\n" only: str.splitlines also breaks at U+2028, U+0085 … that literals may hold raw
        lines = sorted(set(line for line in text.split("\n") if line.strip()))
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if suffix == ".jsonld":
        context = {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}
        text = graph.serialize(format="json-ld", context=context, sort_keys=True, indent=1, auto_compact=True)
        return text.encode("utf-8")
    if quads and not isinstance(graph, Dataset):
        raise ValueError("named-graph formats need a Dataset")
    return graph.serialize(format=rdflib_format, encoding="utf-8")


def write_graph(graph: Graph | Dataset, path: str) -> None:
    """Write the graph to ``path`` (``-`` = Turtle on stdout), atomically, format by suffix."""
    write_bytes_atomic(path, serialize(graph, rdf_format(path)))
