"""Extraction throughput, single process, on the first N articles of the bench corpus.

    python benchmarks/extraction.py [--corpus ../shared/corpus/bench/arabic_news.jsonl] [--limit 2000]

Prints articles/s and MB/s for extraction alone (text -> Doc) and for extraction plus RDF triples, with
reading and folding the same texts as the floor, all measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import graphbuild
from graphbuild.lang import get_language
from graphbuild.rdf import doc_triples

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bench" / "arabic_news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args()
    texts = []
    with args.corpus.open(encoding="utf-8") as stream:
        for line in stream:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.limit:
                break
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    language = get_language("ar")
    graphbuild.extract("تحميل الموارد", lang="ar")  # load resources once, outside the timings

    started = time.perf_counter()
    for text in texts:
        language.fold(text)
    floor = time.perf_counter() - started

    started = time.perf_counter()
    docs = [graphbuild.extract(text, lang="ar") for text in texts]
    extraction = time.perf_counter() - started

    started = time.perf_counter()
    triples = sum(1 for doc in docs for _ in doc_triples(doc))
    rdf = time.perf_counter() - started

    n = len(texts)
    print(f"articles: {n}, {megabytes:.1f} MB")
    print(f"read+fold (floor): {n / floor:,.0f} articles/s, {megabytes / floor:.2f} MB/s")
    print(f"extraction:        {n / extraction:,.0f} articles/s, {megabytes / extraction:.2f} MB/s")
    print(f"extraction + RDF:  {n / (extraction + rdf):,.0f} articles/s ({triples:,} triples)")


if __name__ == "__main__":
    main()
