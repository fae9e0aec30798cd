"""SHACL validation of graphs against ``ontologies/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from rdflib import Graph


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph."""

    conforms: bool
    violations: int
    text: str


def shapes_graph() -> Graph:
    """The project's SHACL shapes (shipped inside the package)."""
    data = resources.files("graphbuild").joinpath("data", "ontologies", "shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=data, format="turtle")


def ontology_graph() -> Graph:
    """The project's OWL ontology (shipped inside the package)."""
    data = resources.files("graphbuild").joinpath("data", "ontologies", "graphbuild.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=data, format="turtle")


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (a Graph, or a Dataset whose union is validated) against the shapes."""
    import pyshacl
    from rdflib import Dataset

    data = graph
    if isinstance(graph, Dataset):
        data = Graph()
        for triple in graph.triples((None, None, None)):
            data.add(triple)
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
        allow_warnings=True, advanced=True)
    violations = text.count("Constraint Violation")
    return ValidationReport(bool(conforms), violations, text)
