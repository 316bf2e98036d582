"""The dev quality table: the gold scorer, date expressions and long-story timelines, beside goals and peers.

Runs `../shared/eval/score_gold.py` on the dev stories (through the installed `briefbot`), `bench/timex.py`
on MEANTIME and `../shared/eval/score_timeline.py` on the long stories, then prints one table. Needs the
evaluation data beside the project (`../shared/eval`); prints what is missing otherwise.
Then prints the gold sections again on a fixed split of the dev stories (even and odd places among the sorted
folder names), side by side: a rule written looking at one half must help the other half too.
Usage: python bench/quality.py [--eval DIR] [--misses FILE] [--scored GOLD_JSON] [--gold-only]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BRIEFBOT = str(Path(sys.executable).parent / "briefbot")


def _python(script: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a Python script with this interpreter and capture what it prints."""
    command = [sys.executable, str(script), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def pct(a: float, b: float) -> str:
    """a of b in percent, or n/a."""
    return f"{100 * a / b:5.1f}%" if b else "   n/a"


def score_gold(eval_dir: Path, misses: Path | None) -> dict[str, Any] | str:
    """The gold scorer's JSON on every dev story, or why it failed."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "gold.json"
        run = _python(eval_dir / "score_gold.py", eval_dir / "dev", "--briefbot", BRIEFBOT, "--json", out)
        if misses:
            misses.write_text(run.stdout, encoding="utf-8")
        if not out.exists():
            return f"failed: {run.stderr.strip()[-200:]}"
        scored: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return scored


def halves(eval_dir: Path) -> tuple[set[str], set[str]]:
    """The fixed split of the dev stories: by the parity of each story's place among the sorted folder names.

    Rules are written looking at one half and kept only when they also help the other (see README)."""
    names = sorted(p.parent.name for p in (eval_dir / "dev").glob("*/gold.json"))
    ids = [json.loads((eval_dir / "dev" / n / "gold.json").read_text(encoding="utf-8"))["id"] for n in names]
    return set(ids[0::2]), set(ids[1::2])


def totals(results: list[dict[str, Any]]) -> dict[str, list[float]]:
    """The scorer's per-section sums over some stories (as score_gold.py sums them)."""
    out: dict[str, list[float]] = {}
    for r in results:
        for key, value in r.items():
            if isinstance(value, list) and key != "miss":
                out.setdefault(key, [0.0] * len(value))
                out[key] = [x + y for x, y in zip(out[key], value, strict=True)]
    return out


Row = tuple[str, str, str, str, str]


def gold_rows(results: list[dict[str, Any]]) -> list[Row]:
    """Rows for some scored stories: section, precision, recall, goal, detail."""
    t = totals(results)
    rows: list[Row] = []
    p = t.get("people", [0.0] * 4)
    rows.append(("people", pct(p[0], p[1]), pct(p[2], p[3]), ">=95 / >=90",
                 f"{p[0]:.0f}/{p[1]:.0f} real, {p[2]:.0f}/{p[3]:.0f} found"))  # fmt: skip
    if "roles" in t:
        r = t["roles"]
        rows.append(("roles", pct(r[0], r[1]), "", "fit the text", f"{r[0]:.0f}/{r[1]:.0f} role lists fit"))
    q = t.get("quotes", [0.0] * 3)
    rows.append(("quotes", pct(q[0], q[0] + q[2]), pct(q[0], q[1]), ">=90 found / <=2% wrong",
                 f"{q[0]:.0f}/{q[1]:.0f} under the right person, {q[2]:.0f} under a wrong one"))  # fmt: skip
    d = t.get("dates", [0.0] * 5)
    rows.append(("key dates", pct(d[0], d[1]), pct(d[2], d[3]), ">=85 / >=70, 0 status",
                 f"{d[0]:.0f}/{d[1]:.0f} right, {d[2]:.0f}/{d[3]:.0f} found, {d[4]:.0f} wrong status"))  # fmt: skip
    g = t.get("disagreements", [0.0] * 5)
    rows.append(("disagreements", pct(g[0], g[1]), pct(g[2], g[3]), ">=80 / >=50",
                 f"{g[0]:.0f}/{g[1]:.0f} real, {g[2]:.0f}/{g[3]:.0f} found, {g[4]:.0f} traps"))  # fmt: skip
    o = t.get("questions", [0.0] * 4)
    rows.append(("open questions", pct(o[0], o[1]), pct(o[2], o[3]), ">=80 / >=50",
                 f"{o[0]:.0f}/{o[1]:.0f} real, {o[2]:.0f}/{o[3]:.0f} found"))  # fmt: skip
    c = t.get("citations", [0.0] * 2)
    rows.append(("summary citations", pct(c[0], c[1]), "", ">=98",
                 f"{c[0]:.0f}/{c[1]:.0f} cited sources carry the figures"))  # fmt: skip
    leads = [r["lead"] for r in results if r.get("lead") is not None]
    rows.append(("summary lead", "", pct(sum(leads), len(leads)), "every story",
                 f"{sum(leads)}/{len(leads)} stories"))  # fmt: skip
    pub = t.get("published", [0.0] * 3)
    rows.append(("publication dates", pct(pub[0], pub[0] + pub[1]), pct(pub[0], sum(pub)),
                 ">=95 right, <=60 unknown",
                 f"{pub[0]:.0f} right, {pub[1]:.0f} wrong, {pub[2]:.0f} unknown"))  # fmt: skip
    rouge = [r["rouge"] for r in results if "rouge" in r]
    if rouge:
        r1 = 100 * sum(x[0] for x in rouge) / len(rouge)
        r2 = 100 * sum(x[1] for x in rouge) / len(rouge)
        rows.append(("ROUGE-1 / ROUGE-2", "", "", "R-2 >=16", f"{r1:.1f} / {r2:.1f} at the reference's length"))
    return rows


def split_table(results: list[dict[str, Any]], eval_dir: Path) -> list[str]:
    """Every gold section on each half of the fixed split, side by side (precision / recall)."""
    first, second = halves(eval_dir)
    a = gold_rows([r for r in results if r["id"] in first])
    b = gold_rows([r for r in results if r["id"] in second])
    lines = [f"{'split (even | odd half)':22} {'even P':>7} {'even R':>7}   {'odd P':>7} {'odd R':>7}  "
             f"({len(first)} | {len(second)} stories)"]  # fmt: skip
    for (name, pa, ra, _g, da), (_n, pb, rb, _g2, db) in zip(a, b, strict=True):
        lines.append(f"{name:22} {pa:>7} {ra:>7}   {pb:>7} {rb:>7}  {da} | {db}")
    return lines


def timex_rows(eval_dir: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows from bench/timex.py: ours and dateparser's."""
    run = _python(ROOT / "bench" / "timex.py", eval_dir / "timex" / "meantime.jsonl")
    rows = []
    for line in run.stdout.splitlines()[1:]:
        m = re.match(r"(\S+)\s+([\d.]+)%\s+([\d.]+)%\s+([\d.]+)\s+(.*)", line)
        if m:
            name = "timex DATE" if m[1] == "briefbot" else f"  peer: {m[1]}"
            rows.append(
                (name, f"{m[2]}%", f"{m[3]}%", "F1 >=85" if m[1] == "briefbot" else "", f"F1 {m[4]}; {m[5]}")
            )
    return rows or [("timex", "", "", "", f"failed: {run.stderr.strip()[-200:]}")]


def timeline_rows(eval_dir: Path) -> list[tuple[str, str, str, str, str]]:
    """Rows from score_timeline.py: our mean Date-F1 and the busiest-days peer."""
    topics = sorted(str(p) for p in (eval_dir / "timelines").iterdir() if p.is_dir())
    run = _python(eval_dir / "score_timeline.py", *topics, "--briefbot", BRIEFBOT)
    m = re.search(
        r"mean Date-F1 ([\d.]+) over (\d+) timelines; same run, the busiest publication days: ([\d.]+)",
        run.stdout,
    )
    if not m:
        return [("timelines", "", "", "", f"failed: {run.stderr.strip()[-200:]}")]
    per = "; ".join(
        line.split(" (")[0] for line in run.stdout.splitlines() if "Date-F1" in line and "/" in line
    )
    return [
        ("timelines Date-F1", "", "", ">=0.60, > peer", f"{m[1]} over {m[2]} timelines ({per})"),
        ("  peer: busiest days", "", "", "", m[3]),
    ]


def main() -> int:
    """Print the table: the whole dev set, then the split."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--misses", type=Path, help="write the gold scorer's full output (every miss) here")
    parser.add_argument("--scored", type=Path, help="read a saved `score_gold.py --json` run instead of scoring")
    parser.add_argument("--gold-only", action="store_true", help="only the gold sections (no timex, timelines)")
    args = parser.parse_args()
    if not (args.eval / "score_gold.py").exists():
        print(
            f"quality: no evaluation data at {args.eval} (expected score_gold.py, dev/, timex/, timelines/)"
        )
        return 0
    scored = (
        json.loads(args.scored.read_text(encoding="utf-8")) if args.scored else score_gold(args.eval, args.misses)
    )
    results: list[dict[str, Any]] = scored["results"] if isinstance(scored, dict) else []
    rows = gold_rows(results) if isinstance(scored, dict) else [("gold scorer", "", "", "", str(scored))]
    if not args.gold_only:
        rows += [*timex_rows(args.eval), *timeline_rows(args.eval)]
    print(f"{'dev quality':22} {'precision':>9} {'recall':>7}  {'goal':24} detail")
    for name, p, r, goal, detail in rows:
        print(f"{name:22} {p:>9} {r:>7}  {goal:24} {detail}")
    if results:
        print()
        print("\n".join(split_table(results, args.eval)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
