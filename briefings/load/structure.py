"""Turn an article's cleaned lines into blocks: headings, paragraphs, bullet items and table rows."""

from __future__ import annotations

import re

from briefings.extract.dates import leading_date
from briefings.load.clean import is_caption, is_chrome, without_credit, without_stamps
from briefings.model import Block, BlockKind
from briefings.text import normalize_space, words

_BULLET = re.compile(r"^\s*(?:[-*•‣▪◦●·–]|\d{1,2}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MINOR = frozenset(
    "a an the and or but nor of in on at to for with by from as vs via into over amid after before about up".split()
)
_TABLE_HEAD_WORDS = frozenset(
    "date dates when time day year period event events what description milestone".split()
)


def looks_like_heading(line: str) -> bool:
    """A short line without sentence-final punctuation, mostly in title case: a heading."""
    text = line.strip()
    tokens = words(text)
    if not tokens or len(tokens) > 15 or len(text) > 140:
        return False
    if re.search(r"[.,;:!\"”’)]$", text) and not text.endswith("?"):
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    significant = [t for t in tokens if t.lower() not in _MINOR]
    if not significant:
        return False
    capitalised = sum(1 for t in significant if t[0].isupper() or t[0].isdigit())
    if text.endswith("?") and len(tokens) > 8:
        return capitalised / len(significant) >= 0.75
    return capitalised / len(significant) >= 0.6


def _is_table_header(line: str) -> bool:
    tokens = line.split()
    if not 2 <= len(tokens) <= 4 or not all(t[0].isupper() for t in tokens):
        return False
    return any(t.lower() in _TABLE_HEAD_WORDS for t in tokens) and not re.search(r"[.!?:]$", line)


def _date_row(line: str) -> Block | None:
    end = leading_date(line)
    if end is None:
        return None
    rest = line[end:].strip(" \t:–—-|,")
    if not rest or (re.search(r"[.!?]$", rest) and len(words(rest)) > 20):
        return None
    return Block("table_row", normalize_space(f"{line[:end]} {rest}"), None, (line[:end].strip(), rest))


def structure(lines: list[str]) -> list[Block]:
    """Classify the lines of one article into blocks, each carrying the heading it stands under."""
    raw: list[tuple[BlockKind, str, tuple[str, ...]]] = []
    kept = [ln for ln in without_stamps(lines) if not is_chrome(ln)]
    in_table = False
    rows: dict[
        int, Block | None
    ] = {}  # each line's date row, read once (a line is also its predecessor's next)

    normal = [normalize_space(line) for line in kept]  # each line's spaces normalized once

    def row_at(k: int) -> Block | None:
        if k not in rows:
            rows[k] = _date_row(normal[k])
        return rows[k]

    for i, line in enumerate(kept):
        text = normal[i]
        if _PIPE_ROW.match(line):
            if _PIPE_RULE.match(line):
                continue
            cells = tuple(normalize_space(c) for c in line.strip().strip("|").split("|"))
            raw.append(("table_row", " ".join(c for c in cells if c), cells))
            continue
        if "\t" in line.strip() and len(line.strip().split("\t")) >= 2:
            cells = tuple(normalize_space(c) for c in line.strip().split("\t") if c.strip())
            raw.append(("table_row", " ".join(cells), cells))
            continue
        if _MD_HEADING.match(line):
            raw.append(("heading", normalize_space(_MD_HEADING.sub("", line)), ()))
            in_table = False
            continue
        bullet = _BULLET.match(line)
        if bullet:
            raw.append(("bullet", normalize_space(line[bullet.end() :]), ()))
            in_table = False
            continue
        if _is_table_header(text) and i + 1 < len(kept) and row_at(i + 1) is not None:
            in_table = True
            continue  # the header row itself says nothing
        row = row_at(i)
        next_row = row_at(i + 1) if i + 1 < len(kept) else None
        if row is not None and (in_table or next_row is not None or (raw and raw[-1][0] == "table_row")):
            raw.append((row.kind, row.text, row.cells))
            in_table = True
            continue
        in_table = False
        if is_caption(text):
            raw.append(("caption", without_credit(text) or text, ()))
            continue
        kind: BlockKind = "heading" if looks_like_heading(text) else "paragraph"
        raw.append((kind, text, ()))
    # A heading with nothing under it before the end ("Sources" over a stripped link list) is dropped.
    while raw and raw[-1][0] == "heading" and len(raw) > 1:
        raw.pop()
    blocks: list[Block] = []
    section: str | None = None
    for kind, text, cells in raw:
        if kind == "heading":
            section = text.rstrip(":")
            blocks.append(Block("heading", text, None))
        else:
            blocks.append(Block(kind, text, section, cells))
    return blocks
