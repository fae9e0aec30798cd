"""The gazetteers: known countries, places, organizations, agencies and people, loaded once per language.

The data files live in ``graphbuild/data/gazetteer/*.jsonl`` (see ``graphbuild/data/SOURCES.md``); each line is
one entity with its names in several languages. This module is language-neutral: the language module
supplies the fold table and clitic prefixes used to index the names.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Iterator, Mapping

from .errors import ResourceError

GAZETTEER_FILES = ("countries", "places", "organizations", "agencies", "people")


@dataclass(frozen=True, slots=True)
class PostFact:
    """A post a known person held, from the lexicon (used to resolve title-only references)."""

    role: str
    of: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known entity."""

    id: str
    type: str
    en: str | None
    wikidata: str | None
    subtype: str | None
    country: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    short: tuple[str, ...]
    abbreviations: tuple[str, ...]
    posts: tuple[PostFact, ...]
    capital: str | None
    iso: str | None = None  # a country's ISO 3166-1 alpha-2 code


def data_path(*parts: str):
    """A traversable path inside the package's data folder."""
    return resources.files("graphbuild").joinpath("data", *parts)


def read_lines(*parts: str) -> Iterator[str]:
    """The non-empty, non-comment lines of a data file (``#`` starts a comment line)."""
    path = data_path(*parts)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"missing language resource: data/{'/'.join(parts)}") from None
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


def _entry(record: Mapping, lang: str) -> GazetteerEntry:
    def names_in(field: str) -> tuple[str, ...]:
        value = record.get(field) or {}
        return tuple(value.get(lang, ())) if isinstance(value, dict) else ()

    posts = tuple(PostFact(p["role"], p.get("of"), p.get("from"), p.get("to")) for p in record.get("posts") or ())
    return GazetteerEntry(
        id=record["id"], type=record["type"], en=record.get("en"), wikidata=record.get("wikidata"),
        subtype=record.get("subtype"), country=record.get("country"),
        names=names_in("names"), demonyms=names_in("demonyms"), short=names_in("short"),
        abbreviations=names_in("abbr"), posts=posts, capital=record.get("capital"), iso=record.get("iso"),
    )


def load_entries(lang: str) -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry, with its names in ``lang`` (and English names for English)."""
    entries: list[GazetteerEntry] = []
    seen: set[str] = set()
    for name in GAZETTEER_FILES:
        for number, line in enumerate(read_lines("gazetteer", f"{name}.jsonl"), 1):
            try:
                record = json.loads(line)
                entry = _entry(record, lang)
            except (ValueError, KeyError, TypeError) as error:
                raise ResourceError(f"data/gazetteer/{name}.jsonl line {number}: {error}") from None
            if entry.id in seen:
                continue
            seen.add(entry.id)
            entries.append(entry)
    return tuple(entries)
