"""The long-story table: `../shared/eval/score_story.py` on the dev long stories (mj, haiti), briefed as they
unfold, through the installed `briefbot`, with the issue's goals beside it.

Usage: python bench/story.py [--eval DIR] [--show]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFBOT = str(Path(sys.executable).parent / "briefbot")
GOALS = (
    "goals: people P@10 100%, junk@20 0, splits@20 0, central recall@20 >= 80%; summary current >= 80%, "
    "coverage >= newest-lead + 5 points, stale lines 0; key dates P@8 >= 80%, old still open 0; questions <= 10"
)


def main() -> int:
    """Run the long-story scorer and print its table and the goals."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument(
        "--show", action="store_true", help="print each checkpoint's top people, summary and dates"
    )
    a = ap.parse_args()
    scorer = a.eval / "score_story.py"
    topics = [a.eval / "timelines" / t for t in ("mj", "haiti")]
    if not scorer.exists() or not all(t.exists() for t in topics):
        print(f"long-story bench: {scorer} or its timelines are missing; skipped")
        return 0
    command = [sys.executable, str(scorer), *map(str, topics), "--briefbot", BRIEFBOT]
    run = subprocess.run([*command, *(["--show"] if a.show else [])], check=False)
    print(GOALS)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
