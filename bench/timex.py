"""Date expressions against MEANTIME (Wikinews, TimeML gold): value precision, recall and F1 on DATE timexes.

Each article's text goes through `briefbot dates FILE --published DAY --json`, run in process. A system
expression is right when it overlaps a gold DATE span and its value agrees at the gold's granularity (YYYY,
YYYY-MM, YYYY-MM-DD, YYYY-Www; seasons and quarters at the year). Gold DATEs without a calendar value
(PRESENT_REF, XXXX-XX-XX) and gold TIME, DURATION and SET spans are neither found nor missed: an expression
overlapping one is not counted, nor is the dateline that opens each article's second line (TimeML annotates it
as the document's creation time, outside the text). `dateparser.search_dates` is scored the same way beside it,
when installed. The detail also gives F1 without the gold spans the annotation got wrong (empty, "which",
"car", whole passages), which no system can find.
Usage: python bench/timex.py [../shared/eval/timex/meantime.jsonl] [--misses N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from bot.cli import main as briefbot

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "timex" / "meantime.jsonl"
Span = tuple[int, int, str, str]  # start, end, value (YYYY[-MM[-DD]]), precision


def value_ok(gold: str, value: str, precision: str) -> bool:
    """Whether a system value agrees with a gold TimeML value at the gold's granularity."""
    gold = re.sub(r"^(\d{4}-W\d{2})-WE$", r"\1", gold)  # a weekend: its week
    gold = re.sub(r"^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI)$", r"\1", gold)  # "this morning": its day
    if re.fullmatch(r"\d{4}-W\d{2}", gold):
        if len(value) != 10:
            return False
        year, week, _ = date.fromisoformat(value).isocalendar()
        return f"{year}-W{week:02d}" == gold
    if re.fullmatch(r"\d{4}-(?:SP|SU|FA|AU|WI|Q\d|H\d)", gold):
        gold = gold[:4]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold) and precision not in ("day",):
        return False
    return len(value) >= len(gold) and value[: len(gold)] == gold


def calendar_value(gold: str) -> bool:
    """Whether a gold value names a calendar date (not PRESENT_REF, XXXX-XX-XX)."""
    return re.match(r"\d{4}", gold) is not None


def ours(text: str, published: str | None) -> list[Span]:
    """Our expressions, through the `briefbot dates` command."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        briefbot(["dates", f.name, "--json", *(["--published", published] if published else [])])
    Path(f.name).unlink()
    return [(d["start"], d["end"], d["date"], d["precision"]) for d in json.loads(out.getvalue())]


def dateparser_spans(text: str, published: str | None) -> list[Span]:
    """dateparser.search_dates's expressions, located in the text, as day-precision values."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(published)} if published else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    spans: list[Span] = []
    cursor = 0
    for phrase, when in found:
        at = text.find(phrase, cursor)
        if at < 0:
            continue
        cursor = at + len(phrase)
        spans.append((at, at + len(phrase), when.date().isoformat(), "day"))
    return spans


System = Callable[[str, str | None], list[Span]]


_TIME_WORD = re.compile(
    r"(?i)\d|day|week|month|year|quarter|spring|summer|autumn|fall|winter|now|morning|night|time|season|period|"
    r"date|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)


def malformed(g: dict) -> bool:
    """A gold span the annotation got wrong: empty, naming no time ("which", "car"), or a whole passage."""
    return not _TIME_WORD.search(g["text"]) or len(g["text"].split()) > 12


def score(articles: list[dict], system: System) -> tuple[int, int, int, list[str], float, int]:
    """True positives, system count, gold count, misses, seconds and malformed gold spans missed."""
    tp = n_sys = n_gold = bad_missed = 0
    misses: list[str] = []
    t0 = time.perf_counter()
    for art in articles:
        gold = [g for g in art["timexes"]]
        dates = [g for g in gold if g["type"] == "DATE" and calendar_value(g["value"])]
        n_gold += len(dates)
        found = system(art["text"], art.get("published"))
        # the Wikinews dateline opens line 2: TimeML's creation time, not a timex
        dct = art["text"].find("\n") + 1
        if not any(g["start"] == dct for g in gold):
            found = [f for f in found if f[0] != dct]
        hit: set[int] = set()
        for start, end, value, precision in found:
            over = [g for g in gold if g["start"] < end and start < g["end"]]
            scored = [g for g in over if g in dates]
            if over and not scored:
                continue  # overlaps a TIME/DURATION/SET or an uncalendared DATE: not scored
            n_sys += 1
            good = next((g for g in scored if value_ok(g["value"], value, precision)), None)
            if good is not None and id(good) not in hit:
                hit.add(id(good))
                tp += 1
            else:
                what = f"{scored[0]['value']}" if scored else "no gold"
                misses.append(f"wrong: {art['text'][start:end]!r} -> {value} ({what})")
        for g in dates:
            if id(g) not in hit:
                bad_missed += malformed(g)
                misses.append(f"missed: {g['text']!r} = {g['value']}")
    return tp, n_sys, n_gold, misses, time.perf_counter() - t0, bad_missed


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 in percent."""
    p = 100 * tp / n_sys if n_sys else 0.0
    r = 100 * tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rows(path: Path) -> Iterable[tuple[str, float, float, float, str]]:
    """One row per system: name, precision, recall, F1 and a detail."""
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    systems: list[tuple[str, System]] = [("briefbot", ours)]
    try:
        import dateparser  # noqa: F401

        systems.append(("dateparser", dateparser_spans))
    except ImportError:
        pass
    for name, system in systems:
        tp, n_sys, n_gold, misses, secs, bad = score(articles, system)
        p, r, f = prf(tp, n_sys, n_gold)
        f_clean = prf(tp, n_sys, n_gold - bad)[2]
        detail = f"{tp} right of {n_sys} given, {n_gold} gold, {secs:.1f} s"
        detail += f"; F1 {f_clean:.1f} without {bad} malformed gold spans"
        yield name, p, r, f, detail, misses


def main() -> int:
    """Print the table, then our misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", type=int, default=0, help="print this many of our misses")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"timex: no gold at {args.gold}", file=sys.stderr)
        return 2
    print(f"{'timex (DATE values)':22} {'precision':>9} {'recall':>7} {'F1':>6}  detail")
    ours_misses: list[str] = []
    for name, p, r, f, detail, misses in rows(args.gold):
        print(f"{name:22} {p:8.1f}% {r:6.1f}% {f:6.1f}  {detail}")
        if name == "briefbot":
            ours_misses = misses
    for miss in ours_misses[: args.misses]:
        print("  -", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
