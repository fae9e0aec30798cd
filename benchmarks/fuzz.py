"""Fuzz the extractor with hypothesis for many cases, outside CI (issue 6: 10^5 cases, 0 crashes).

    python benchmarks/fuzz.py                       # 100,000 cases, seed 0
    python benchmarks/fuzz.py --cases 20000 --seed 3 --round-trip-every 10 --crashes crashes.jsonl

The target and the strategy are those of ``tests/test_fuzz.py`` (random Arabic-heavy Unicode: letters, tashkeel,
tatweel runs, presentation forms, Persian letters, bidi and zero-width controls, three kinds of digits, Latin,
emoji, markup, newlines, fragments and whole sentences of news): extraction must not raise, and every span
must point at exactly its text. Every Nth case also writes the graph as Turtle and parses it back
(isomorphic). A failure is recorded (text, published date, error) and the run goes on. A *crash* is an
exception the extractor (or the RDF writer) raised; a *property failure* is an AssertionError of the checks
(a span that does not match its text, or has surrounding whitespace; a round trip that differs). The summary:

    cases: N, crashes: C, property failures: P, distinct errors: D, round trips: R, seconds: S

Runs of different seeds can go in parallel or one after the other; add their case counts.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from test_fuzz import arabic_texts, fuzz_one, published_dates, round_trip  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--round-trip-every", type=int, default=20, metavar="N",
                        help="also write and re-read Turtle for every Nth case (0: never)")
    parser.add_argument("--crashes", type=Path, default=None, help="append crashing inputs to this JSON Lines file")
    parser.add_argument("--progress", type=int, default=10_000, metavar="N", help="print a line every N cases")
    args = parser.parse_args()

    import graphbuild

    graphbuild.extract("تحميل الموارد", lang="ar")  # load resources before timing
    counts = {"cases": 0, "crashes": 0, "property_failures": 0, "round_trips": 0, "chars": 0, "mentions": 0,
              "events": 0}
    errors: dict[str, int] = {}
    started = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), derandomize=False)
    @given(text=arabic_texts, published=published_dates)
    def target(text, published):
        counts["cases"] += 1
        counts["chars"] += len(text)
        try:
            doc = fuzz_one(text, published)
            counts["mentions"] += len(doc.mentions)
            counts["events"] += len(doc.events)
            if args.round_trip_every and counts["cases"] % args.round_trip_every == 0:
                round_trip(doc, ".ttl")
                counts["round_trips"] += 1
        except Exception as error:  # a crash or a property failure: record it and go on
            kind = "property failure" if isinstance(error, AssertionError) else "crash"
            counts["property_failures" if kind == "property failure" else "crashes"] += 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            key = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}"
            errors[key] = errors.get(key, 0) + 1
            if errors[key] <= 3:
                print(f"{kind}: {key}: {str(error)[:300]}\n  text={text[:500]!r}", flush=True)
            if args.crashes is not None:
                with args.crashes.open("a", encoding="utf-8") as stream:
                    stream.write(json.dumps({"text": text, "published": published.isoformat() if published else None,
                                             "error": f"{key}: {error}"}, ensure_ascii=False) + "\n")
        if args.progress and counts["cases"] % args.progress == 0:
            print(f"  {counts['cases']:,} cases, {counts['crashes']} crashes, "
                  f"{counts['property_failures']} property failures, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)

    target()
    seconds = time.perf_counter() - started
    print(f"cases: {counts['cases']}, crashes: {counts['crashes']}, "
          f"property failures: {counts['property_failures']}, distinct errors: {len(errors)}, "
          f"round trips: {counts['round_trips']}, seconds: {seconds:.0f} "
          f"(seed {args.seed}; {counts['chars']:,} characters, {counts['mentions']:,} mentions, "
          f"{counts['events']:,} events)")
    for key, count in sorted(errors.items(), key=lambda item: -item[1]):
        print(f"  {count:6}  {key}")
    return 1 if counts["crashes"] or counts["property_failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
