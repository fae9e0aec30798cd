"""``graphbuild serve``: a SPARQL 1.1 endpoint and query page over graphs or a store."""
from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
from ._options import seconds

EPILOG = """examples:
  graphbuild serve seed.ttl                      # http://127.0.0.1:7878/ (page) and /query (endpoint)
  graphbuild serve --store store/ --port 8000 --timeout 10
  graphbuild serve seed.ttl --view view.html --cors https://notebook.example.org
The endpoint is read-only unless --allow-update is given. Queries run past --timeout are stopped (HTTP 503)."""


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: '{value}'") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: '{value}' (0-65535; 0 picks a free one)")
    return port


def register(subparsers) -> None:
    """Add the ``serve`` subcommand."""
    parser = subparsers.add_parser(
        "serve", help="serve graphs over the SPARQL 1.1 Protocol", epilog=EPILOG,
        usage="graphbuild serve (--store DIR | GRAPH...) [--host 127.0.0.1] [--port 7878] [--timeout S] "
              "[--allow-update] [--cors ORIGIN] [--view F.html]",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve RDF files (format from the suffix) or an on-disk Oxigraph store as a SPARQL 1.1 "
                    "endpoint at /query, with a query page at /.")
    parser.add_argument("graphs", nargs="*", metavar="GRAPH", help="RDF files to serve (read into memory)")
    parser.add_argument("--store", metavar="DIR", help="serve this on-disk Oxigraph store (read-only)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=_port, default=7878, help="port (default 7878; 0 picks a free one)")
    parser.add_argument("--timeout", type=seconds, default=30.0, metavar="S",
                        help="stop queries after S seconds (default 30; 0 means no limit)")
    parser.add_argument("--allow-update", action="store_true",
                        help="accept SPARQL UPDATE at /update (refused otherwise; with --store they are saved)")
    parser.add_argument("--cors", metavar="ORIGIN",
                        help="allow cross-origin requests from ORIGIN (e.g. https://example.org, or *)")
    parser.add_argument("--view", metavar="F.html", help="serve this graph view page at /view")
    parser.add_argument("--quiet", "-q", action="store_true", help="do not log requests")
    parser.set_defaults(run=run, serve_parser=parser)


def run(args) -> int:
    """Open the graphs and serve them until interrupted."""
    from ..query import open_store
    from ..serve import make_server, serve

    if bool(args.graphs) == bool(args.store):
        args.serve_parser.error("give graph files or --store DIR (one of them)")
    store = open_store(args.graphs, args.store, read_only=not args.allow_update)
    server = make_server(store, host=args.host, port=args.port, timeout=args.timeout or None,
                         allow_update=args.allow_update, cors=args.cors, view=args.view, quiet=args.quiet)
    if not _is_loopback(args.host):
        print(f"graphbuild serve: warning: listening on {args.host}, so other machines can reach the endpoint"
              + (" and change the data (--allow-update)" if args.allow_update else ""), file=sys.stderr)
    what = f"the store {args.store}" if args.store else f"{len(store)} triples"
    print(f"graphbuild serve: {what} at {server.url} (SPARQL endpoint {server.url}query"
          f"{', updates at ' + server.url + 'update' if args.allow_update else ', read-only'}); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    signal.signal(signal.SIGTERM, _interrupt)  # stop as on Ctrl-C: close the socket, end the workers
    serve(server)
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
