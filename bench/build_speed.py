"""How long loading and building the briefing takes on a corpus (the seeds by default). Prints figures."""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from briefings import build_briefing, load_corpus

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Time load and build over several runs and print the median and worst."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    loads, builds = [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        docs = load_corpus(args.corpus).documents
        t1 = time.perf_counter()
        build_briefing(docs, as_of=date(2025, 10, 20))
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        builds.append(t2 - t1)
    words = sum(len(b.text.split()) for d in docs for b in d.blocks)
    print(f"corpus: {args.corpus} ({len(docs)} articles, {words:,} words), {args.runs} runs")
    print(f"load:  median {statistics.median(loads) * 1000:7.1f} ms   max {max(loads) * 1000:7.1f} ms")
    print(f"build: median {statistics.median(builds) * 1000:7.1f} ms   max {max(builds) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
