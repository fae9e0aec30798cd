"""Namespaces and IRI minting: the single place that decides what graphbuild's IRIs look like.

IRIs come from content, never from counters, so the same entity or article gets the same IRI in every
run and on every machine, and graphs merge without a join step.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

BASE = "https://w3id.org/graphbuild/"
GBO = Namespace(BASE + "ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "time": str(TIME),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "sem": str(SEM),
    "gaf": str(GAF),
    "wd": str(WD),
    "gbo": str(GBO),
    "gb": BASE,
}

_UNSAFE = re.compile(r"[^a-z0-9]+")


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of the given strings (SHA-256, unit-separator joined)."""
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:length]


def slug(text: str) -> str:
    """An ASCII slug for an IRI path segment; empty when the text has no ASCII letters or digits."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", ascii_text.lower()).strip("-")


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article, from its id (a corpus id or a content hash).

    An id that is already a slug (lower-case ASCII letters, digits and inner hyphens, as content hashes are) is
    the IRI's last segment as it is. Any other id gets its slug, cut to 80 characters, then ``_`` and 8 hex
    digits of its SHA-256, so that ids differing only in case or punctuation (``news 1``, ``news-1``,
    ``News-1``) get distinct IRIs; ``_`` never occurs in a slug, so these never equal the IRI of a clean id.
    An id without ASCII letters or digits is its 16-digit digest.
    """
    readable = slug(article_id)
    if readable == article_id:
        return URIRef(f"{BASE}article/{readable}")
    if not readable:
        return URIRef(f"{BASE}article/{digest(article_id)}")
    return URIRef(f"{BASE}article/{readable[:80].rstrip('-')}_{digest(article_id, length=8)}")


def mention_iri(article: URIRef, start: int, end: int) -> URIRef:
    """An RFC 5147 character fragment of the article: ``text[start:end]`` is the mention."""
    return URIRef(article + mention_fragment(start, end))


def mention_fragment(start: int, end: int) -> str:
    """The fragment that ``mention_iri`` appends to an article's IRI."""
    return f"#char={start},{end}"


@lru_cache(maxsize=1 << 16)
def entity_iri(kind: str, wikidata: str | None, key: str) -> URIRef:
    """The IRI of an entity: by Wikidata id when known, else by its kind and a canonical key. (Remembered: the
    same entities recur in every article of a corpus, and each is named in several places of its graph.)"""
    if wikidata:
        return URIRef(f"{BASE}entity/{wikidata}")
    readable = slug(key)
    suffix = readable if readable and readable.isascii() and len(readable) <= 60 else digest(kind, key)
    return URIRef(f"{BASE}entity/{kind.lower()}/{suffix}")


@lru_cache(maxsize=256)
def role_iri(role_label: str) -> URIRef:
    """The IRI of a role such as ``Prime Minister``."""
    return URIRef(f"{BASE}role/{slug(role_label)}")


@lru_cache(maxsize=1 << 14)
def post_iri(role_label: str, holder_of: URIRef | None) -> URIRef:
    """The IRI of a post: a role in a country or organization (shared by all who hold it)."""
    where = digest(str(holder_of), length=12) if holder_of is not None else "unspecified"
    return URIRef(f"{BASE}post/{slug(role_label)}/{where}")


def event_iri(article: URIRef, kind: str, anchor: str) -> URIRef:
    """The IRI of an event reported by an article, anchored on the words that first state it."""
    return URIRef(f"{BASE}event/{digest(str(article), kind, anchor)}")


def membership_iri(person: URIRef, post: URIRef, article: URIRef) -> URIRef:
    """The IRI of a time-qualified holding of a post, as one article attests it."""
    return URIRef(f"{BASE}membership/{digest(str(person), str(post), str(article))}")
