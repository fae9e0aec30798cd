"""``graphbuild validate``: check graphs against the SHACL shapes of the output contract."""
from __future__ import annotations

import sys


def register(subparsers) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser("validate", help="check graphs against the SHACL shapes",
                                   description="Validate RDF files against graphbuild's SHACL shapes. "
                                               "Exit 0 when they conform, 1 when there are violations.")
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="RDF files (format from the suffix)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the summary line")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Validate the graphs and print a readable report."""
    from ..rdfio import load_graph
    from ..validate import validate

    dataset = load_graph(*args.graphs)
    report = validate(dataset)
    triples = len(dataset)
    if report.conforms:
        print(f"conforms: {triples} triples, 0 violations ({', '.join(args.graphs)})")
        return 0
    if not args.quiet:
        sys.stdout.write(report.text)
    print(f"does not conform: {report.violations} violations in {triples} triples ({', '.join(args.graphs)})")
    return 1
