"""``graphbuild export``: write a store's graph to a file, with pyoxigraph's serializers."""
from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export", help="write a store's graph to a file",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write the graph of an on-disk store (built with graphbuild build --store) to a file. "
                    ".nq, .trig and .jsonld keep one named graph per article; .ttl and .nt write their union, "
                    "each triple once. The store can be exported while a build is adding to it (what was stored "
                    "when the export started is written).",
        epilog="example:\n  graphbuild export --store store/ --output all.trig\n"
               "exit status: 0 ok, 1 error (one line on stderr), 2 usage.")
    parser.add_argument("--store", required=True, metavar="DIR", help="the store folder")
    parser.add_argument("--output", "-o", required=True,
                        help="output file; format from the suffix (.nq .trig .jsonld .ttl .nt, optionally .gz); "
                             "'-' writes Turtle to stdout")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary line")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Export the store."""
    import time

    from ..rdfio import check_output_path
    from ..store import export_store

    check_output_path(args.output)  # a missing folder, or a file used as one: said before the store is opened
    started = time.perf_counter()
    count = export_store(args.store, args.output)
    if not args.quiet and args.output != "-":
        print(f"graphbuild export: {count:,} statements written to '{args.output}' in "
              f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0
