"""``graphbuild explain``: show an article with what was extracted from it highlighted and listed."""
from __future__ import annotations

from ._options import published_date

STYLES = {"Person": "bold magenta", "Organization": "bold cyan", "Country": "bold green", "Place": "green"}


def register(subparsers) -> None:
    """Add the ``explain`` subcommand."""
    parser = subparsers.add_parser("explain", help="show an article with its mentions, posts and events",
                                   description="Print the article with mentions highlighted, then the "
                                               "entities, posts and events extracted from it.")
    parser.add_argument("article", metavar="ARTICLE", help="an article file ('-' reads stdin)")
    parser.add_argument("--published", type=published_date, metavar="YYYY-MM-DD")
    parser.add_argument("--lang", choices=("ar", "en", "auto"), default="ar")
    parser.add_argument("--width", type=int, default=None, help="terminal width (default: detected)")
    parser.set_defaults(run=run)


def run(args) -> int:
    """Extract the article and print it, highlighted, with tables."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..pipeline import extract
    from ..reader import read_article

    doc = extract(read_article(args.article).text, lang=args.lang, published=args.published)
    console = Console(width=args.width, highlight=False)
    text = Text(doc.text)
    for mention in doc.mentions:
        text.stylize(STYLES.get(mention.kind, "bold"), mention.span.start, mention.span.end)
    for event in doc.events:
        for span in event.evidence:
            text.stylize("reverse yellow", span.start, span.end)
    console.print(text)

    names = {e.key: e.names[0] for e in doc.entities}
    entities = Table(title="Entities")
    for column in ("type", "name", "English", "Wikidata", "mentions"):
        entities.add_column(column)
    for entity in doc.entities:
        entities.add_row(Text(entity.kind, style=STYLES.get(entity.kind, "")), " / ".join(entity.names),
                         entity.label_en or "", entity.wikidata or "", str(len(entity.mentions)))
    console.print(entities)

    posts = Table(title="Posts")
    for column in ("person", "role", "of", "words"):
        posts.add_column(column)
    for post in doc.posts:
        posts.add_row(names[post.person], post.role, names.get(post.of, "") if post.of else "", post.role_text)
    console.print(posts)

    events = Table(title="Events")
    for column in ("class", "actors", "date", "place", "about", "source", "words"):
        events.add_column(column)
    for event in doc.events:
        stamp = event.time or event.begin
        events.add_row("/".join(event.classes), ", ".join(names.get(a, a) for a in event.actors),
                       (stamp.value if stamp else "") + (f"–{event.end.value}" if event.end else ""),
                       names.get(event.place, "") if event.place else "",
                       ", ".join(names.get(a, a) for a in event.about),
                       names.get(event.source, "") if event.source else "",
                       " … ".join(span.text for span in event.evidence))
    console.print(events)
    return 0
