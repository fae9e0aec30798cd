"""``graphbuild build``: articles in, a graph (and optionally an HTML view) out."""
from __future__ import annotations

import argparse
from datetime import date

from ..errors import GraphbuildError, InputError


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): '{value}'") from None


def register(subparsers) -> None:
    """Add the ``build`` subcommand."""
    parser = subparsers.add_parser("build", help="extract a graph from articles",
                                   description="Extract entities, posts and events from articles into RDF.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files ('-' reads stdin)")
    parser.add_argument("--output", "-o", default="-",
                        help="output file; format from the suffix (.ttl .nt .nq .trig .jsonld, optionally .gz); "
                             "'-' writes Turtle to stdout (default)")
    parser.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                        help="publication date, used to resolve relative dates")
    parser.add_argument("--lang", choices=("ar", "en", "auto"), default="ar", help="article language (default ar)")
    parser.add_argument("--id", dest="doc_id", help="article id (default: a hash of its text); one input only")
    parser.add_argument("--html", metavar="FILE", help="also write the interactive HTML view")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Build the graph of the given articles."""
    from ..export import serialize
    from ..pipeline import extract
    from ..rdf import to_dataset, to_graph
    from ..rdfio import FORMATS, rdf_format, write_bytes_atomic
    from ..reader import read_article

    suffix = rdf_format(args.output)
    if args.doc_id and len(args.inputs) > 1:
        raise InputError("--id names one article; give one input")
    docs = []
    for path in args.inputs:
        article = read_article(path)
        docs.append(extract(article.text, lang=args.lang, published=args.published, doc_id=args.doc_id))
    graph = to_dataset(docs) if FORMATS[suffix][2] else to_graph(docs)
    data = serialize(graph, suffix)
    if args.html:
        try:
            from ..view import write_html
        except ImportError as error:
            raise GraphbuildError(f"the HTML view is not available: {error}") from None
        write_html(to_graph(docs), args.html)
    write_bytes_atomic(args.output, data)
    return 0
