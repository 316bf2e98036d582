"""Our date finder against dateparser.search_dates on the same sentences: correct, false and speed.

Gold: bench/data/dates_gold.jsonl, sentences from several kinds of story, each with the article's date and
the dates it really names as [start, end] intervals. dateparser is scored leniently (a day it finds counts as
correct when it falls inside a gold interval); ours strictly (our interval must equal the gold interval).
Optionally also runs both over a corpus folder's text and prints what each finds there.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from briefings.extract.dates import find_dates

HERE = Path(__file__).resolve().parent
Interval = tuple[date, date]


def ours(text: str, ref: date) -> list[Interval]:
    """Our intervals."""
    return [(m.start, m.end) for m in find_dates(text, reference=ref)]


def theirs(text: str, ref: date) -> list[Interval]:
    """dateparser's found days, as one-day intervals."""
    from dateparser.search import search_dates

    found = (
        search_dates(
            text, languages=["en"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)}
        )
        or []
    )
    return [(d.date(), d.date()) for _span, d in found]


def score(found: list[Interval], gold: list[Interval], *, strict: bool) -> tuple[int, int]:
    """(correct, false) for one sentence; each gold interval can be matched once."""
    left = list(gold)
    correct = false = 0
    for start, end in found:
        match = next(
            (g for g in left if (g == (start, end) if strict else g[0] <= start and end <= g[1])), None
        )
        if match is None:
            false += 1
        else:
            left.remove(match)
            correct += 1
    return correct, false


def load_gold(path: Path) -> list[tuple[str, date, list[Interval]]]:
    """The gold sentences."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            intervals = [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in g["gold"]]
            rows.append((g["text"], date.fromisoformat(g["ref"]), intervals))
    return rows


def timed(
    fn: Callable[[str, date], list[Interval]], rows: list[tuple[str, date, list[Interval]]], repeat: int
) -> tuple[float, list[list[Interval]]]:
    """Seconds per pass over all rows (best of `repeat`), and the last pass's output."""
    best = float("inf")
    out: list[list[Interval]] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = [fn(text, ref) for text, ref, _gold in rows]
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    """Print the comparison table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=HERE / "data" / "dates_gold.jsonl")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, help="also compare on every sentence of this corpus folder")
    args = parser.parse_args()
    rows = load_gold(args.gold)
    total = sum(len(g) for _t, _r, g in rows)
    theirs(rows[0][0], rows[0][1])  # warm dateparser's caches so its first-call cost is not counted
    print(f"{len(rows)} sentences, {total} gold dates")
    print(f"{'system':<22} {'correct':>8} {'false':>6} {'recall':>7} {'precision':>9} {'ms/pass':>9}")
    results = {}
    for name, fn, strict in (("briefbot (strict)", ours, True), ("dateparser (lenient)", theirs, False)):
        seconds, outputs = timed(fn, rows, args.repeat)
        correct = false = 0
        for found, (_t, _r, gold) in zip(outputs, rows, strict=True):
            c, f = score(found, gold, strict=strict)
            correct += c
            false += f
        results[name] = seconds
        precision = correct / (correct + false) if correct + false else 0.0
        print(
            f"{name:<22} {correct:>8} {false:>6} {correct / total:>7.1%} {precision:>9.1%} {seconds * 1000:>9.2f}"
        )
    ratio = results["dateparser (lenient)"] / results["briefbot (strict)"]
    print(f"speed: briefbot is {ratio:.0f}x faster")
    if args.corpus:
        compare_on_corpus(args.corpus, args.repeat)


def compare_on_corpus(folder: Path, repeat: int) -> None:
    """Run both over a corpus's sentences (each against its article's date) and show what each finds."""
    from briefings.article.sentences import corpus_sentences
    from briefings.load.corpus import load_corpus

    docs = load_corpus(folder).documents
    published = {d.id: d.published or date.today() for d in docs}
    rows = [(s.text, published[s.doc_id], []) for s in corpus_sentences(docs) if s.kind != "heading"]
    t_ours, found_ours = timed(ours, rows, repeat)
    t_theirs, found_theirs = timed(theirs, rows, repeat)
    print(f"\ncorpus {folder}: {len(rows)} sentences")
    print(f"briefbot:   {sum(map(len, found_ours)):>4} dates in {t_ours * 1000:8.1f} ms")
    print(
        f"dateparser: {sum(map(len, found_theirs)):>4} dates in {t_theirs * 1000:8.1f} ms "
        f"({t_theirs / t_ours:.0f}x slower)"
    )
    from dateparser.search import search_dates

    spans: dict[str, int] = {}
    for text, ref, _g in rows:
        for span, _d in (
            search_dates(
                text, languages=["en"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)}
            )
            or []
        ):
            if not find_dates(span, reference=ref):
                spans[span] = spans.get(span, 0) + 1
    common = sorted(spans.items(), key=lambda kv: -kv[1])[:15]
    print("dateparser spans briefbot does not read as dates:", ", ".join(f"{s!r}×{n}" for s, n in common))


if __name__ == "__main__":
    main()
