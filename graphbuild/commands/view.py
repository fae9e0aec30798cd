"""``graphbuild view``: graphs in, one self-contained interactive HTML page out."""
from __future__ import annotations


def _positive(value: str) -> int:
    import argparse

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def register(subparsers) -> None:
    """Add the ``view`` subcommand."""
    parser = subparsers.add_parser(
        "view", help="write an interactive HTML view of graphs",
        description="Write one self-contained HTML page (vis-network inlined, no network access, nothing else "
                    "written) showing the actors, places and events of the graphs, with search, filters and "
                    "the sentences behind each fact.")
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="RDF files (format from the suffix)")
    parser.add_argument("--output", "-o", required=True, metavar="F.html", help="the page to write ('-': stdout)")
    parser.add_argument("--title", "-t", default=None, help="the page title (default: the first graph's name)")
    parser.add_argument("--max-physics-nodes", type=_positive, default=1500, metavar="N",
                        help="above N nodes, lay the graph out in Python instead of the browser (default 1500)")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Load the graphs and write the page."""
    from pathlib import Path

    from ..errors import OutputError
    from ..rdfio import check_output_path, load_graph, write_text_atomic
    from ..view import render_html

    output = str(args.output)
    if output != "-" and Path(output).is_dir():
        raise OutputError(f"'{output}' is a folder: give the page's file name, e.g. {Path(output) / 'graph.html'}")
    check_output_path(output)  # before the work: a missing folder, or a file used as one
    dataset = load_graph(*args.graphs)
    title = args.title if args.title is not None else (
        Path(args.graphs[0]).name if len(args.graphs) == 1 else f"{Path(args.graphs[0]).name} + {len(args.graphs) - 1}")
    write_text_atomic(output, render_html(dataset, title=title, max_physics_nodes=args.max_physics_nodes))
    return 0
