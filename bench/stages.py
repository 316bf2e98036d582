"""Per-stage time and calls of a build on a real long story, and the user-facing steps as commands.

By default the story is the two long dev stories in one folder (`../shared/eval/timelines/mj` and `haiti`,
396 real articles), written as `NNNN.txt` files with their publication day in front matter. Prints:

1. the steps a user takes, each a new `briefbot` process sharing one data folder: `summit --json` cold, the same
   again, after a syndicated copy of an article is added, after an article of its own is added, and `who` (on
   today, unlike the summit's `--as-of`) after the summit;
2. a table of the build's stages (time and calls): a cold build in one process, the same with the articles'
   own work spread over the usable cores, the merge alone (every article's own work kept, the briefing's
   sections not), and a build after one article is added (its own work and the merge's affected part);
3. the same table for generated corpora of 1,000 articles (and 10,000 with `--generated 1000,10000`: minutes),
   recombined from the real articles by bench/scale.py's generator, without the one-process column.

    python bench/stages.py [--eval ../shared/eval] [--corpus DIR] [--skip-commands] [--generated 1000,10000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BRIEFBOT = Path(sys.executable).parent / "briefbot"

# functions called inside stages (and by loading), timed wherever they are called in the serial build
INNER = [
    ("briefings.load.corpus", "_parse"),
    ("briefings.story.quotes", "document_quotes"),
    ("briefings.article.sightings", "find_dates"),
    ("briefings.load.structure", "leading_date"),
    ("briefings.article.sentences", "split_sentences"),
]


def write_story(eval_dir: Path, folder: Path) -> str:
    """Write mj + haiti as one folder of articles; the last publication day."""
    folder.mkdir(parents=True, exist_ok=True)
    last = ""
    number = 0
    for topic in ("mj", "haiti"):
        for line in (
            (eval_dir / "timelines" / topic / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        ):
            item = json.loads(line)
            number += 1
            day = item["published"][:10]
            last = max(last, day)
            text = f"---\npublished: {day}\n---\n{item['text']}"
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    return last


CPU: list[float] = []  # the CPU seconds of each command run (its own and its processes'), in order


def _run(args: list[str], data: Path) -> float:
    """The wall seconds of one `briefbot` command (its CPU seconds appended to CPU)."""
    env = {**os.environ, "BRIEFBOT_DATA_DIR": str(data)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([str(BRIEFBOT), *args], env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def _median(run: Callable[[], float], repeat: int) -> tuple[float, float]:
    """The median wall seconds of `repeat` runs, and the median CPU seconds."""
    walls = [run() for _ in range(repeat)]
    return statistics.median(walls), statistics.median(CPU[-repeat:])


def commands(corpus: Path, last: str, repeat: int) -> None:
    """The four steps a user takes, each a new process, with one data folder."""
    with tempfile.TemporaryDirectory() as tmp:
        data, folder = Path(tmp) / "data", Path(tmp) / "story"
        shutil.copytree(corpus, folder)
        summit = ["summit", "--json", "--corpus", str(folder), "--as-of", last]
        rows = [("summit --json, cold", _run(summit, data), CPU[-1], 4.0)]
        rows.append(("the same again, nothing changed", *_median(lambda: _run(summit, data), repeat), 0.3))
        first = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2]
        text = first.read_text(encoding="utf-8")
        # a syndicated copy of the middle article (retitled): the copy merge reads it as that article
        (folder / "9999-added.txt").write_text(
            text.replace("---\n", "---\ntitle: One more\n", 1), encoding="utf-8"
        )
        rows.append(("one article added (a copy)", _run(summit, data), CPU[-1], 0.5))
        # the middle article again with a line of its own (as in the stage table): read as an article of its own
        (folder / "9998-new.txt").write_text(
            text.replace("---\n", "---\ntitle: Another one\n", 1)
            + "\nA late line written for this report alone.\n",
            encoding="utf-8",
        )
        rows.append(("one article added (new text)", _run(summit, data), CPU[-1], 0.5))
        _run(summit, data)
        who = ["who", "Jackson", "--corpus", str(folder)]
        _run(who, data)
        rows.append(("who NAME after a summit (new process)", *_median(lambda: _run(who, data), repeat), 0.3))
    print(f"{'step':<42} {'seconds':>8} {'goal':>6}        {'CPU s':>6}")
    for name, seconds, cpu, goal in rows:
        print(
            f"{name:<42} {seconds:>8.2f} {goal:>6.1f}  {'ok' if seconds <= goal else 'MISSED':<6} {cpu:>6.2f}"
        )
    print("(seconds: wall time; CPU s: the command's CPU time, its worker processes' included)")


@contextmanager
def timed() -> Iterator[dict[str, list[float]]]:
    """Time every function in INNER wherever it is called in this process."""
    import importlib

    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    undo = []
    for module_name, name in INNER:
        module = importlib.import_module(module_name)
        original = getattr(module, name)

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                entry = spent[_n]
                entry[0] += time.perf_counter() - started
                entry[1] += 1

        setattr(module, name, wrapper)
        undo.append((module, name, original))
    try:
        yield spent
    finally:
        for module, name, original in undo:
            setattr(module, name, original)


def stages(corpus: Path, last: str, *, serial: bool = True) -> None:
    """The stage table from the runner's own counts: a cold build serial (unless not `serial`), a cold build
    over the usable cores, the merge alone (every article's work kept), one article added; then the inner
    functions of the serial build."""
    from briefings.build import build_briefing
    from briefings.keeping import MemoryKept
    from briefings.load.corpus import load_corpus
    from briefings.parallel import ProcessMap, serial_map, usable_cores
    from briefings.pipeline import PIPELINE
    from briefings.runner import Pass, Runner
    from briefings.tables import load_article_tables, load_merge_tables

    as_of = date.fromisoformat(last)
    columns: list[tuple[str, float, float, Runner]] = []
    kept = MemoryKept()
    inner: dict[str, list[float]] = {}
    pooled = f"cold, {usable_cores()} processes"
    added = corpus / "zzzz-added.txt"
    for label, make in (
        *((("cold, 1 process", lambda: serial_map),) if serial else ()),
        (pooled, lambda: ProcessMap(before=load_article_tables, meanwhile=load_merge_tables)),
        ("merge only (work kept)", lambda: serial_map),
        ("one article added", lambda: serial_map),
    ):
        store = MemoryKept() if label.startswith("cold") else kept
        if label.startswith("merge only"):  # the sections kept by the cold build would spare the merge itself
            for key in [k for k in store.items if k.startswith("story:")]:
                del store.items[key]
        mapper = make()
        # the merges declared aside run in forked processes beside the others where the build uses the cores
        # (a tree from before the aside stages is benched as it is)
        beside = {"aside": mapper.aside} if hasattr(mapper, "aside") else {}
        runner = Runner(PIPELINE, kept=store, mapper=mapper, **beside)
        if label == "one article added":  # a copy of the middle article, retitled and with a line of its own
            middle = sorted(p for p in corpus.iterdir() if p != added)[len(list(corpus.iterdir())) // 2]
            text = middle.read_text(encoding="utf-8").replace("---\n", "---\ntitle: One more\n", 1)
            added.write_text(text + "\nA late line written for this report alone.\n", encoding="utf-8")
        with timed() as spent:
            started = time.perf_counter()
            docs = load_corpus(corpus, kept=store, mapper=mapper).documents
            loaded = time.perf_counter() - started
            build_briefing(docs, as_of=as_of, runner=runner)
            wall = time.perf_counter() - started
        added.unlink(missing_ok=True)
        if isinstance(mapper, ProcessMap):
            mapper.close()
        if label.startswith("cold, 1") or (label == pooled and not serial):
            kept, inner = store, dict(spent)
        columns.append((label, loaded, wall, runner))
    print(f"\n{len(docs)} articles, {sum(len(b.text.split()) for d in docs for b in d.blocks):,} words")
    head = "".join(f"{label:>26}" for label, _, _, _ in columns)
    print(f"{'stage':<22}{'runs':<9}{head}")
    print(
        f"{'load_corpus':<22}{'story':<9}"
        + "".join(f"{loaded:>9.3f} s{'':>16}" for _, loaded, _, _ in columns)
    )
    for step in PIPELINE.steps:
        rows = (
            [(s.name, "article") for s in step.stages] if isinstance(step, Pass) else [(step.name, "story")]
        )
        if isinstance(step, Pass):
            rows.insert(0, (step.name, "pass"))
        for name, kind in rows:
            cells = []
            for _label, _loaded, _wall, runner in columns:
                calls, seconds = runner.calls.get(name, 0), runner.seconds.get(name, 0.0)
                shown = seconds > 0 or calls
                if runner.reused.get(name):
                    cells.append(f"{'kept':>26}")
                else:
                    cells.append(f"{seconds:>9.3f} s {int(calls):>7} calls" if shown else f"{'-':>26}")
            print(f"{name:<22}{kind:<9}{''.join(cells)}")
    walls = "".join(f"{wall:>9.3f} s{'':>16}" for _, _, wall, _ in columns)
    print(f"{'whole build':<31}{walls}")
    peak, worker = (resource.getrusage(w).ru_maxrss / 1024 for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"{'peak memory':<31}{peak:>9.0f} MB (this process so far; the largest worker process {worker:.0f} MB)")
    print(
        "(per-article rows under a pool add up the workers' time; a pass's row is its wall time; "
        "kept: a section read back, its fingerprint unchanged; under a pool the sections declared aside "
        "are timed in their own process, beside the others)"
    )
    if not serial:
        return
    print(f"\n{'inside the serial build':<26}{'seconds':>9}{'calls':>9}")
    for _module, name in INNER:
        seconds, calls = inner.get(name, (0.0, 0))
        print(f"{name:<26}{seconds:>9.3f}{int(calls):>9}")


def main() -> int:
    """Write the story, then print the commands' figures and the stage table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--corpus", type=Path, help="a folder of articles instead of mj + haiti")
    parser.add_argument("--as-of", help="the day to brief as of (default: the newest article's)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each quick step (the median is shown)")
    parser.add_argument("--skip-commands", action="store_true", help="only the stage table")
    parser.add_argument(
        "--generated",
        default="1000",
        help="sizes of generated corpora to tabulate too (comma-separated, 0: none)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.corpus:
            corpus, last = args.corpus, args.as_of
        elif (args.eval / "timelines" / "mj").is_dir():
            corpus = Path(tmp) / "mj-haiti"
            last = write_story(args.eval, corpus)
        else:
            print(f"stages: no evaluation data at {args.eval} (pass --eval or --corpus); skipped")
            return 0  # `make bench` goes on with the other benches
        if not last:
            print("--as-of is needed with --corpus", file=sys.stderr)
            return 2
        print(f"story: {corpus} as of {last}")
        if not args.skip_commands:
            commands(corpus, last, args.repeat)
        stages(corpus, last)
        for size in (int(n) for n in args.generated.split(",") if int(n) > 0):
            if not (args.eval / "timelines").is_dir():
                break
            from scale import generate  # the scale bench's generator: real paragraphs recombined

            folder = Path(tmp) / f"generated-{size}"
            generate(folder, size)
            newest = max(
                line.split(":", 1)[1].strip()[:10]
                for path in folder.iterdir()
                for line in path.read_text(encoding="utf-8").splitlines()[:5]
                if line.startswith("published:")
            )
            print(f"\ngenerated story: {size:,} articles as of {newest}")
            stages(folder, newest, serial=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
