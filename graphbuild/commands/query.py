"""``graphbuild query``: run a SPARQL query (or a named example query) over graphs or a store."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from ._options import seconds

USAGE = """graphbuild query GRAPH... QUERY [options]
       graphbuild query GRAPH... (--query-file F.rq | --name NAME) [options]
       graphbuild query --store DIR (QUERY | --query-file F.rq | --name NAME) [options]
       graphbuild query --list"""

EPILOG = """examples:
  graphbuild query seed.ttl 'SELECT ?e WHERE { ?e a gbo:PhoneCall }'
  graphbuild query seed.ttl --name phone-calls --format csv
  graphbuild query --store store/ --query-file examples/queries/01-posts-held.rq
The prefixes rdf rdfs xsd owl skos prov time schema org sem gaf nif wd gbo gb need no PREFIX line.
The default graph is the union of all graphs. Exit status: 0 ok, 1 error (one line on stderr), 2 usage."""


def register(subparsers) -> None:
    """Add the ``query`` subcommand."""
    parser = subparsers.add_parser(
        "query", help="run a SPARQL query over graphs or a store", usage=USAGE, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run a SPARQL 1.1 query over RDF files (format from the suffix: .ttl .nt .nq .trig .jsonld, "
                    "optionally .gz; '-' reads Turtle from stdin) or an on-disk store, and print the result.")
    parser.add_argument("items", nargs="*", metavar="GRAPH... QUERY",
                        help="graph files, then the SPARQL text (unless --query-file or --name gives it)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--query-file", "-f", metavar="F.rq", help="read the query from this file")
    source.add_argument("--name", "-n", metavar="NAME", help="run the named example query (see --list)")
    source.add_argument("--list", action="store_true", help="list the named example queries and exit")
    parser.add_argument("--format", "-F", default="table",
                        choices=("table", "csv", "tsv", "json", "nt", "ttl"),
                        help="result format (default table; nt and ttl for CONSTRUCT/DESCRIBE)")
    parser.add_argument("--timeout", type=seconds, default=30.0, metavar="S",
                        help="stop the query after S seconds (default 30; 0 means no limit)")
    parser.add_argument("--allow-update", action="store_true",
                        help="run SPARQL UPDATE requests (refused otherwise); with --store they are saved")
    parser.add_argument("--store", metavar="DIR", help="query this on-disk Oxigraph store instead of files")
    parser.set_defaults(run=run, query_parser=parser)


def run(args) -> int:
    """Run the query and print its result on stdout."""
    from ..query import format_result, get_query, list_queries, open_store, run_query

    parser = args.query_parser
    if args.list:
        if args.items:
            parser.error("--list takes no other arguments")
        queries = list_queries()
        width = max(len(query.name) for query in queries)
        for query in queries:
            print(f"{query.name:<{width}}  {query.answers}")
        return 0

    items = list(args.items)
    if args.query_file:
        sparql = _read_query_file(args.query_file)
    elif args.name:
        sparql = get_query(args.name).text
    else:
        if not items:
            parser.error("give graph files and a query (or --query-file F.rq, --name NAME, --list)")
        last = items.pop()
        if last.endswith(".rq") and Path(last).is_file():
            sparql = _read_query_file(last)
        elif _looks_like_graph(last) and not any(word in last for word in ("{", "?")):
            parser.error(f"'{last}' looks like a graph file, and no query was given "
                         "(give QUERY, --query-file F.rq or --name NAME)")
        else:
            sparql = last
    if not items and not args.store:
        parser.error("give at least one graph file, or --store DIR")

    store = open_store(items, args.store, read_only=not args.allow_update)
    result = run_query(store, sparql, timeout=args.timeout or None, allow_update=args.allow_update)
    sys.stdout.write(format_result(result, args.format))
    sys.stdout.flush()
    return 0


def _read_query_file(path: str) -> str:
    from ..rdfio import read_bytes

    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from ..errors import InputError

        raise InputError(f"'{path}' is not UTF-8 text") from None


def _looks_like_graph(text: str) -> bool:
    from ..errors import FormatError
    from ..rdfio import rdf_format

    if text == "-":
        return True
    try:
        rdf_format(text)
    except FormatError:
        return False
    return True
