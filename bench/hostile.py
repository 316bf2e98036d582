"""Hostile corpora (../shared/eval/fuzz/gen.py): crashes, corpora over 10 s and the slowest, each corpus built in
its own process through the Python API. Prints figures; goals: 0 crashes, 0 over 10 s, slowest <= 5 s."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "eval" / "fuzz" / "gen.py"
BUILD = """
import logging, sys, time
logging.disable(logging.WARNING)
from datetime import date
from briefings import build_briefing, load_corpus
from briefings.errors import BriefbotError
t = time.perf_counter()
try:
    build_briefing(load_corpus(sys.argv[1]).documents, as_of=date(2025, 10, 20))
    print("ok", time.perf_counter() - t)
except BriefbotError:
    print("documented", time.perf_counter() - t)
"""


def build(folder: str, limit: float) -> tuple[str, str, float]:
    """Build one corpus in a fresh process: (name, outcome, seconds of building)."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", BUILD, folder], capture_output=True, text=True, timeout=limit
        )
    except subprocess.TimeoutExpired:
        return Path(folder).name, "timeout", limit
    words = done.stdout.split()
    if done.returncode or len(words) != 2:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return Path(folder).name, f"crash: {last}", 0.0
    return Path(folder).name, words[0], float(words[1])


def main() -> int:
    """Generate the corpora, build each, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a corpus counts as stalled")
    args = parser.parse_args()
    if not GEN.exists():
        print(f"hostile corpora: generator not found at {GEN}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, str(GEN), tmp, str(args.count), str(args.seed)], check=True, capture_output=True
        )
        folders = sorted(str(p) for p in Path(tmp).iterdir() if p.is_dir())
        started = time.perf_counter()
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(lambda f: build(f, args.limit), folders))
        wall = time.perf_counter() - started
    crashes = [r for r in results if r[1].startswith("crash")]
    slow = sorted(results, key=lambda r: -r[2])
    over = [r for r in results if r[2] > 10 or r[1] == "timeout"]
    print(f"{'hostile corpora':22} {'crashes':>8} {'over 10 s':>10} {'slowest':>8}  detail")
    print(
        f"{'briefbot':22} {len(crashes):>8} {len(over):>10} {slow[0][2]:>7.1f}s  {len(results)} corpora, seed "
        f"{args.seed}, {wall:.0f} s wall on 2 workers; slowest: "
        + ", ".join(f"{name} {secs:.1f}s" for name, _, secs in slow[:3])
    )
    for name, outcome, _ in crashes[:5]:
        print(f"  {name}: {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
