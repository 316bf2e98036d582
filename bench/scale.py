"""How the cost grows with the corpus: build time, per-article cost and peak memory at several sizes, and the
/summit and /who handlers (rendered for Slack and Discord) on the largest. Prints one table.

The corpora come from a deterministic generator that recombines the real articles of ../shared/eval/timelines
(paragraphs shuffled between articles, numbers and days varied) into N articles of one story, so no two are
copies. Each size is built in its own process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMELINES = ROOT.parent / "shared" / "eval" / "timelines"


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """Write `count` articles recombined from the real timeline articles."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    days: list[str] = []
    for topic in sorted(p for p in TIMELINES.iterdir() if p.is_dir()):
        for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            days.append(row["published"])
            paragraphs += [p for p in row["text"].splitlines() if len(p.split()) >= 8]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(8, 20)))
        body = [re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group()) + rng.randint(0, 9)), p) for p in body]
        day = rng.choice(days)
        head = f"---\ntitle: Report {i} on the story\nsource: Outlet {i % 37}\npublished: {day}\n---\n"
        path = folder / f"a{i:05d}.txt"
        path.write_text(head + "\n".join(body) + "\n", encoding="utf-8")
        os.utime(path, (SETTLED, SETTLED))


SETTLED = 1_600_000_000  # the generated files' modification time: long settled, so a briefing of them is kept

CHILD = r"""
import json, os, resource, statistics, sys, time
from datetime import date
from pathlib import Path
from bot.kept import KeptStore
from bot.service import BriefingService
from bot.commands import summit_reply, warm, who_reply
from bot.platforms.slack.blocks import command_response
from bot.platforms.discord.embeds import render_messages
folder, data = Path(sys.argv[1]), Path(sys.argv[2])
service = BriefingService(folder, story="S", today=lambda: date(2010, 3, 1), kept=KeptStore.open(data))
t0 = time.perf_counter()
b = service.current()
t1 = time.perf_counter()
warm(b)  # as the running bot does on every new briefing, off the request path
names = [p.name for p in b.people[:20]] or ["Nobody"]
lat = []
for k in range(200):
    s = time.perf_counter()
    r = summit_reply(b) if k % 2 == 0 else who_reply(b, names[k % len(names)])
    command_response(r); render_messages(r)
    lat.append(time.perf_counter() - s)
lat.sort()
first = sorted(folder.iterdir())[0].read_text(encoding="utf-8")
(folder / "zz-late.txt").write_text(first.replace("on the story", "late on the story"), encoding="utf-8")
t2 = time.perf_counter()
service.refresh()
t3 = time.perf_counter()
os.utime(folder / "zz-late.txt", (SETTLED, SETTLED))
print(json.dumps({"docs": len(b.sources), "build": t1 - t0, "add_one": t3 - t2, "person": names[0],
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "p99_ms": lat[int(len(lat) * 0.99) - 1] * 1000}))
""".replace("SETTLED", str(SETTLED))


def one_long_article(folder: Path, size: int = 1_990_000) -> str:
    """Build the briefing of one article just under the 2 MB cap (real paragraphs, recombined), in its own
    process: seconds and peak memory."""
    rng = random.Random(3)
    paragraphs = [
        p
        for topic in sorted(p for p in TIMELINES.iterdir() if p.is_dir())
        for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        for p in json.loads(line)["text"].splitlines()
        if len(p.split()) >= 8
    ]
    lines = ["---", "title: One very long article", "published: 2010-02-01", "---"]
    total = 0
    while total < size:
        lines.append(rng.choice(paragraphs))
        total += len(lines[-1].encode()) + 1
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "long.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    child = (
        "import json, resource, sys, time\nfrom datetime import date\nfrom pathlib import Path\n"
        "from briefings import build_briefing, load_corpus\nt = time.perf_counter()\n"
        "build_briefing(load_corpus(Path(sys.argv[1])).documents, as_of=date(2010, 3, 1))\n"
        "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(folder)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode != 0:
        return f"one 2 MB article: failed ({done.stderr.strip().splitlines()[-1:]})"
    seconds, peak = json.loads(done.stdout.strip().splitlines()[-1])
    return f"one {total / 1e6:.1f} MB article: {seconds:.1f} s to brief, peak {peak:.0f} MB (goal <= 2 s, <= 300 MB)"


def who_process(folder: Path, data: Path, name: str) -> float:
    """Median seconds of `briefbot who NAME` as a new process once its briefing is kept (one run keeps it)."""
    command = [sys.executable, "-m", "bot.cli", "who", name, "--corpus", str(folder), "--as-of", "2010-03-01"]
    env = {**os.environ, "BRIEFBOT_DATA_DIR": str(data)}
    times = []
    for _ in range(6):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, cwd=ROOT, env=env, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def versus_lexrank(folder: Path, sentences: int = 1000) -> str:
    """Our summary and sumy's LexRank on the same ~1,000 sentences (needs the eval extra), timed."""
    try:
        from bot.evaluate import EvalUnavailable, ours, sumy_baseline
        from briefings import load_corpus
        from briefings.article.sentences import corpus_sentences
    except ImportError:
        return "summary vs LexRank: not measured (install the eval extra)"
    count = 40
    while True:
        generate(folder, count, seed=11)
        docs = load_corpus(folder).documents
        found = len(corpus_sentences(docs))
        if found >= sentences or count > 400:
            break
        count += 20
    started = time.perf_counter()
    ours(docs, 120)
    mine = time.perf_counter() - started
    try:
        started = time.perf_counter()
        sumy_baseline("lexrank", docs, 120)
        theirs = time.perf_counter() - started
    except EvalUnavailable as exc:
        return f"summary vs LexRank: not measured ({exc})"
    ratio = theirs / mine
    return (
        f"summary vs LexRank on {found:,} sentences: ours {mine:.2f} s, LexRank {theirs:.2f} s ({ratio:.0f}x)"
    )


def main() -> int:
    """Generate and measure each size; print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", default="100,1000", help="comma-separated corpus sizes (add 10000 for the big one)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        "articles  kept after copies  cold s  per article  add one s  peak MB  handlers p99  `briefbot who` s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder, data = Path(tmp) / str(n), Path(tmp) / f"data{n}"
            generate(folder, n)
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(folder), str(data)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=False,
            )
            if done.returncode != 0:
                print(f"{n:>8}   failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            who = who_process(folder, data, r["person"])
            print(
                f"{n:>8}  {r['docs']:>16,}  {r['build']:6.1f}  {r['build'] / n * 1000:8.1f} ms  {r['add_one']:9.1f}"
                f"  {r['rss_mb']:7.0f}  {r['p99_ms']:9.1f} ms  {who:15.2f}"
                f"   ({time.perf_counter() - started:.0f} s wall)"
            )
        print(one_long_article(Path(tmp) / "long"))
        print(versus_lexrank(Path(tmp) / "lexrank"))
    print(
        "goals: 1,000 articles <= 10 s; 10,000 <= 60 s and <= 1 GB; add one to 10,000 <= 1 s; handlers p99 <= 20 ms;"
        " `briefbot who` <= 0.4 s; summary >= 10x LexRank"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
