"""``graphbuild stats``: counts, top actors, communities and events per month of graphs."""
from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    """Add the ``stats`` subcommand."""
    parser = subparsers.add_parser(
        "stats", help="summarize graphs: counts, top actors, communities, events per month",
        description="Counts by type, the top actors by degree and by betweenness, Louvain communities "
                    "(seeded) and events per month of the actors, places and events in the graphs.")
    parser.add_argument("graphs", nargs="+", metavar="GRAPH", help="RDF files (format from the suffix)")
    parser.add_argument("--format", "-F", choices=("table", "json"), default="table", help="output format")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many top actors and communities")
    parser.add_argument("--samples", type=int, default=None, metavar="K",
                        help="approximate betweenness with K pivots (default: exact up to 500 nodes, else 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed for Louvain and betweenness sampling")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Compute and print the summary."""
    from ..analytics import summary, to_networkx
    from ..errors import InputError
    from ..rdfio import load_graph

    if args.top < 1:
        raise InputError("--top must be 1 or more")
    if args.samples is not None and args.samples < 1:
        raise InputError("--samples must be 1 or more")
    result = summary(to_networkx(load_graph(*args.graphs)), top=args.top, samples=args.samples, seed=args.seed)
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(result))
    return 0


def format_table(result: dict) -> str:
    """The summary as aligned plain-text tables."""
    lines: list[str] = []

    def table(title: str, header: tuple[str, ...], rows: list[tuple]) -> None:
        lines.append(title)
        cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in row) for row in rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
        numeric = [all(_is_number(row[i]) for row in cells[1:]) and len(cells) > 1 for i in range(len(header))]
        for k, row in enumerate(cells):
            lines.append("  " + "  ".join(
                cell.rjust(widths[i]) if numeric[i] else cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
            if k == 0:
                lines.append("  " + "  ".join("-" * w for w in widths))
        lines.append("")

    lines.append(f"{result['nodes']:,} nodes, {result['edges']:,} links")
    lines.append("")
    table("counts by type", ("type", "count"), list(result["counts"].items()))
    if result["events_by_class"]:
        table("events by class", ("class", "count"), list(result["events_by_class"].items()))
    table("top actors by degree", ("actor", "type", "degree"),
          [(r["label"], r["kind"], r["degree"]) for r in result["top_degree"]])
    table("top actors by betweenness", ("actor", "type", "betweenness"),
          [(r["label"], r["kind"], f"{r['betweenness']:.4f}") for r in result["top_betweenness"]])
    communities = result["communities"]
    table(f"communities (Louvain): {communities['count']}", ("size", "best connected members"),
          [(c["size"], ", ".join(c["members"])) for c in communities["largest"]])
    months = list(result["events_per_month"].items())
    if result["events_undated"]:
        months.append(("undated", result["events_undated"]))
    table("events per month", ("month", "events"), months)
    return "\n".join(lines)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True
