"""Find and normalise date expressions in a sentence.

Spans are found with explicit patterns (so the modal "may" or a lone "a" is never a date) and resolved against
a reference day, normally the article's publication date. Every mention keeps its precision and qualifier:
"mid-November 2025" stays a part of a month, "next week" a week, "within two weeks" a range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from briefings.extract.date_patterns import (
    MONTH_NAMES,
    MONTHS,
    NARRATIVE_DAYS,
    NARRATIVE_YEARS,
    NEEDS,
    NUMBER_WORDS,
    PART_OF_MONTH,
    PART_OF_YEAR,
    PATTERNS,
    SEASONS,
    UNPLANNED_AFTER,
    WEEKDAYS,
    features,
    future_context,
    timeless,
)
from briefings.extract.days import (
    EARLIEST,
    LATEST,
    month_end,
    month_of,
    nearest_year,
    number,
    plausible,
    shift_month,
    week_of,
)
from briefings.labels import day_label
from briefings.model import Precision

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "DateMention",
    "day_label",
    "find_dates",
    "future_context",
    "leading_date",
    "plausible",
]


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, resolved to an interval."""

    text: str
    span: tuple[int, int]
    start: date
    end: date
    precision: Precision
    label: str
    qualifier: str | None = None
    relative: bool = False

    @property
    def iso(self) -> str:
        """The date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text allows."""
        if self.precision in ("day", "week", "range"):
            return self.start.isoformat()
        if self.precision in ("month", "part-of-month"):
            return self.start.strftime("%Y-%m")
        return str(self.start.year)


class _Resolver:
    """Turns one regex match into a DateMention, given the reference day and the sentence's tense."""

    def __init__(self, reference: date | None, year_hint: int | None, future: bool) -> None:
        self.reference = reference
        self.year_hint = year_hint
        self.future = future
        self.nowadays = False  # the sentence has no past and no plan: "today" means nowadays
        self.context_day: date | None = None  # the day "the day" refers back to
        self.anchor: date | None = None  # the last day the article named with its year (see NARRATIVE_DAYS)

    def resolve(self, kind: str, m: re.Match[str]) -> DateMention | None:
        handler = getattr(self, f"_{kind}")
        try:
            result: DateMention | None = handler(m)
        except (ValueError, OverflowError, KeyError):
            return None
        if result is not None and not (EARLIEST <= result.start <= result.end <= LATEST):
            return None  # "in 257077 days", the year 0001: no calendar a story is told in
        return result

    def _mention(
        self,
        m: re.Match[str],
        start: date,
        end: date,
        precision: Precision,
        label: str,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        return DateMention(m.group(0), m.span(), start, end, precision, label, qualifier, relative)

    def _day(self, m: re.Match[str], year: int, month: int, day: int) -> DateMention:
        d = date(year, month, day)
        return self._mention(m, d, d, "day", day_label(d))

    def _iso(self, m: re.Match[str]) -> DateMention:
        return self._day(m, int(m["year"]), int(m["m"]), int(m["day"]))

    def _mdy(self, m: re.Match[str]) -> DateMention:
        return self._day(m, int(m["year"]), month_of(m["mon"]), int(m["day"]))

    _dmy = _mdy

    def _md(self, m: re.Match[str]) -> DateMention | None:
        month, day = month_of(m["mon"]), int(m["day"])
        if self.anchor is not None and self._narrated(month, day):
            year = self.anchor.year
        elif self.reference is not None:
            year = nearest_year(month, day, self.reference)
        elif self.year_hint is not None:
            year = self.year_hint
        else:
            return None
        return self._day(m, year, month, day)

    _dm = _md

    def _narrated(self, month: int, day: int) -> bool:
        """Whether a year-less day belongs to the other year the article was just telling of: it falls shortly
        after the last day named with its year, NARRATIVE_YEARS or more before the reference's (or the year hint's)."""
        anchor = self.anchor
        now = self.reference.year if self.reference else self.year_hint
        if anchor is None or now is None or anchor.year > now - NARRATIVE_YEARS:
            return False
        try:
            gap = (date(anchor.year, month, day) - anchor).days
        except ValueError:
            return False
        return 0 <= gap <= NARRATIVE_DAYS

    def _year_for(self, m: re.Match[str], month: int) -> int | None:
        if m["year"]:
            return int(m["year"])
        if self.reference is not None:
            return nearest_year(month, 15, self.reference)
        return self.year_hint

    def _whole_month(
        self,
        m: re.Match[str],
        year: int,
        month: int,
        *,
        label: str | None = None,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        """A mention of one calendar month."""
        return self._mention(
            m,
            date(year, month, 1),
            month_end(year, month),
            "month",
            label or f"{MONTH_NAMES[month]} {year}",
            qualifier,
            relative,
        )

    def _part_of_month(
        self,
        m: re.Match[str],
        year: int,
        month: int,
        word: str,
        *,
        qualifier: str | None = None,
        relative: bool = False,
    ) -> DateMention:
        """Early (1-10), mid (11-20) or late (21-end) in a month."""
        first, last = PART_OF_MONTH[word]
        end = month_end(year, month)
        stop = end if last >= 28 else date(year, month, last)
        label = (
            f"{word}-{MONTH_NAMES[month]} {year}" if word == "mid" else f"{word} {MONTH_NAMES[month]} {year}"
        )
        return self._mention(
            m, date(year, month, first), stop, "part-of-month", label, qualifier or word, relative
        )

    def _part(self, m: re.Match[str]) -> DateMention | None:
        month = month_of(m["mon"])
        year = self._year_for(m, month)
        if year is None:
            return None
        q = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m["q"].lower()))
        word = {"beginning of": "early", "start of": "early", "middle of": "mid", "end of": "late"}.get(q, q)
        qualifier = word if not m["tbd"] else f"{word}, {m['tbd'].lower()}"
        return self._part_of_month(m, year, month, word, qualifier=qualifier)

    def _my(self, m: re.Match[str]) -> DateMention:
        month, year = month_of(m["mon"]), int(m["year"])
        if m["tbd"]:
            tbd = m["tbd"]
            return self._whole_month(
                m,
                year,
                month,
                label=f"{MONTH_NAMES[month]} {year} ({tbd})",
                qualifier=tbd.lower().rstrip("."),
            )
        return self._whole_month(m, year, month)

    def _month_only(self, m: re.Match[str], direction: str | None = None) -> DateMention | None:
        """ "in August", "by March", "next June", "late May": the year the sentence's tense points to (what
        has happened, this month or before; a plan, this month or after), else the one nearest the article."""
        ref = self.reference
        if ref is None:
            return None
        month = month_of(m["mon"])
        direction = direction or " ".join(m["dir"].lower().split())
        year = nearest_year(month, 15, ref)
        ahead = direction in ("next", "by", "until") or (self.future and direction != "last")
        behind = direction in ("last", "since") or (not self.future and direction != "next")
        if ahead and month_end(year, month) < ref:
            year += 1  # a plan's month is this one or one to come
        elif behind and date(year, month, 1) > ref:
            year -= 1  # what has happened happened this month or before
        word = direction.replace("in ", "")
        if word in ("early", "mid", "late"):
            return self._part_of_month(m, year, month, word, relative=True)
        return self._whole_month(m, year, month, relative=True)

    def _month_rel_year(self, m: re.Match[str]) -> DateMention | None:
        """ "October of next year": that month of the year after (or before, or of) the article's."""
        if self.reference is None:
            return None
        year = self.reference.year + {"next": 1, "last": -1, "this": 0}[m["rel"]]
        return self._whole_month(m, year, month_of(m["mon"]), relative=True)

    def _bare_month(self, m: re.Match[str]) -> DateMention | None:
        """ "as of February": a month named alone, in the year its tense points to."""
        return self._month_only(m, direction="in")

    def _quarter_rel(self, m: re.Match[str]) -> DateMention | None:
        """ "the fourth quarter", "last quarter": a quarter of the article's year (or the one before)."""
        ref = self.reference
        if ref is None:
            return None
        word = m["qn"].lower()
        current = (ref.month - 1) // 3 + 1
        names = {"first": 1, "second": 2, "third": 3, "fourth": 4}
        year = ref.year
        if word in names:
            quarter = names[word]
        elif current == 1:  # "last quarter" in January to March: the year before's fourth
            quarter, year = 4, year - 1
        else:
            quarter = current - 1
        first = 3 * quarter - 2
        return self._mention(
            m,
            date(year, first, 1),
            month_end(year, first + 2),
            "year",
            f"Q{quarter} {year}",
            f"Q{quarter}",
            True,
        )

    def _weekend(self, m: re.Match[str]) -> DateMention | None:
        """ "this weekend", "last weekend": the week whose Saturday and Sunday are meant."""
        ref = self.reference
        if ref is None:
            return None
        direction = m["dir"].lower()
        saturday = ref + timedelta(days=5 - ref.weekday())
        if direction in ("last", "this past"):
            saturday -= timedelta(days=7)
        elif direction == "next" and ref.weekday() >= 5:  # said on a weekend: the one after
            saturday += timedelta(days=7)
        start, end = week_of(saturday)
        return self._mention(m, start, end, "week", f"weekend of {day_label(saturday)}", "weekend", True)

    def _season(self, m: re.Match[str]) -> DateMention:
        year = int(m["year"])
        season = m["season"].lower()
        first, last = SEASONS[season]
        start = date(year, first, 1)
        end = month_end(year + 1, last) if last < first else month_end(year, last)
        prefix = f"{m['q'].strip().lower()} " if m["q"] else ""
        return self._mention(m, start, end, "year", f"{prefix}{season} {year}", f"{prefix}{season}".strip())

    def _quarter(self, m: re.Match[str]) -> DateMention:
        year = int(m["year"])
        names = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        quarter = int(m["qd"]) if m["qd"] else names[m["qn"].lower()]
        first = 3 * quarter - 2
        return self._mention(
            m, date(year, first, 1), month_end(year, first + 2), "year", f"Q{quarter} {year}", f"Q{quarter}"
        )

    def _yearpart(self, m: re.Match[str]) -> DateMention:
        year = int(m["year"])
        q = m["q"].lower()
        first, last = PART_OF_YEAR[q]
        return self._mention(m, date(year, first, 1), month_end(year, last), "year", f"{q} {year}", q)

    def _year(self, m: re.Match[str]) -> DateMention:
        year = int(m["yspan"])  # an old year ("in 1659") only when nothing follows it in the clause
        span = m.span("yspan")
        return DateMention(m["yspan"], span, date(year, 1, 1), date(year, 12, 31), "year", str(year))

    def _rel_day(self, m: re.Match[str]) -> DateMention | None:
        if self.reference is None:
            return None
        if m["rd"].lower() == "today" and self.nowadays and not re.match(r"[’']s\b", m.string[m.end() :]):
            return None  # "what we have in place today is horrible": nowadays, not a day ("today's vote" is)
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["rd"].lower()]
        d = self.reference + timedelta(days=offset)
        return self._mention(m, d, d, "day", day_label(d), m["rd"].lower(), relative=True)

    def _part_of_day(self, m: re.Match[str]) -> DateMention | None:
        """ "this morning" is the article's day; "last night" the evening before it."""
        if self.reference is None:
            return None
        back = 1 if m["rd"].lower() == "last" else 0
        d = self.reference - timedelta(days=back)
        return self._mention(m, d, d, "day", day_label(d), m.group(0).lower(), relative=True)

    def _the_day(self, m: re.Match[str]) -> DateMention | None:
        """ "closed 3% lower on the day": the day named just before, or else the article's own day."""
        day = self.context_day or self.reference
        if day is None or self.future:
            return None
        return self._mention(m, day, day, "day", day_label(day), "that day", True)

    def _within(self, m: re.Match[str]) -> DateMention | None:
        n = number(m["n"])
        if self.reference is None or n is None:
            return None
        unit = m["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30}[unit] * n
        ref = self.reference
        if m["kind"].lower() == "over" and not self.future:
            return None  # "the talks ran over two weeks": a span of the past, not the window ahead
        if m["kind"].lower() in ("within", "over"):
            end = ref + timedelta(days=days)
            start = ref + timedelta(days=1)
            return self._mention(m, start, end, "range", f"by {day_label(end)}", "within", relative=True)
        if not self.future:
            return None  # "shifted by 1% in six months" is a span, not a date; only a plan makes it one
        target = ref + timedelta(days=days)
        if unit == "day":
            return self._mention(m, target, target, "day", day_label(target), "about", relative=True)
        if unit == "week":
            start, end = week_of(target)
            return self._mention(m, start, end, "week", f"week of {day_label(start)}", "about", relative=True)
        year, month = shift_month(ref, n)
        return self._whole_month(m, year, month, qualifier="about", relative=True)

    def _ago(self, m: re.Match[str]) -> DateMention | None:
        n = number(m["n"])
        if self.reference is None or n is None or m["bound"]:
            return None  # "over two months ago" bounds the day without giving it: left out, never guessed
        unit = m["unit"].lower().rstrip("s")
        ref = self.reference
        if unit == "day":
            d = ref - timedelta(days=n)
            return self._mention(m, d, d, "day", day_label(d), relative=True)
        if unit == "week":
            start, end = week_of(ref - timedelta(days=7 * n))
            return self._mention(m, start, end, "week", f"week of {day_label(start)}", relative=True)
        if unit == "month":
            year, month = shift_month(ref, -n)
            return self._whole_month(m, year, month, relative=True)
        year = ref.year - n
        return self._mention(m, date(year, 1, 1), date(year, 12, 31), "year", str(year), relative=True)

    def _period(self, m: re.Match[str], unit: str, step: int) -> DateMention | None:
        ref = self.reference
        if ref is None:
            return None
        qualifier = m.group(0).lower()
        if unit == "week":
            start, end = week_of(ref + timedelta(days=7 * step))
            return self._mention(m, start, end, "week", f"week of {day_label(start)}", qualifier, True)
        if unit == "month":
            year, month = shift_month(ref, step)
            return self._whole_month(m, year, month, qualifier=qualifier, relative=True)
        year = ref.year + step
        return self._mention(m, date(year, 1, 1), date(year, 12, 31), "year", str(year), qualifier, True)

    def _rel_period(self, m: re.Match[str]) -> DateMention | None:
        direction = m["dir"].lower()
        step = {
            "next": 1,
            "the following": 1,
            "this coming": 1,
            "last": -1,
            "the previous": -1,
            "the past": -1,
        }.get(direction, 0)
        return self._period(m, m["unit"].lower(), step)

    def _week_after(self, m: re.Match[str]) -> DateMention | None:
        step = 1 if "after" in m.group(0).lower() else -1
        return self._period(m, m["dir"].lower(), step)

    def _weekday(self, m: re.Match[str]) -> DateMention | None:
        ref = self.reference
        if ref is None:
            return None
        target = WEEKDAYS[m["wd"].lower()]
        direction = (m["dir"] or "").lower()
        ahead = (target - ref.weekday()) % 7
        if direction in ("next", "this coming"):
            d = ref + timedelta(days=ahead or 7)
        elif direction in ("last", "this past"):
            d = ref - timedelta(days=((ref.weekday() - target) % 7) or 7)
        elif self.future and not UNPLANNED_AFTER.match(m.string, m.end()):
            d = ref + timedelta(days=ahead)
        else:  # told as past, or an unplanned event's ("Tuesday's earthquake"): the nearest on or before
            d = ref - timedelta(days=(ref.weekday() - target) % 7)
        return self._mention(m, d, d, "day", day_label(d), direction or None, relative=True)


def find_dates(
    text: str,
    *,
    reference: date | None = None,
    year_hint: int | None = None,
    future: bool | None = None,
    context_day: date | None = None,
    anchor: date | None = None,
) -> list[DateMention]:
    """Every date expression in `text`, longest match first, resolved against `reference`.

    `reference` is the day relative expressions and year-less dates count from (the article's publication
    date); without it, relative expressions are dropped and year-less dates take `year_hint`. `future` says
    whether the sentence speaks of what is planned (bare weekdays then point forward); by default it is read
    from the words around each date. `context_day` is the last day the paragraph named before `text`: "the day"
    and "later in the day" refer back to it (or to a day named earlier in `text`).
    """
    resolver = _Resolver(reference, year_hint, bool(future))
    resolver.context_day = context_day
    resolver.anchor = anchor
    resolver.nowadays = "today" in text.lower() and timeless(text)  # only "today" asks; the check is costly
    found = _matches(text)
    mentions: list[DateMention] = []
    taken_until = -1
    for start, neg_len, _order, kind, m in found:
        if start < taken_until:
            continue
        if future is None:
            resolver.future = future_context(text, (start, start - neg_len))
        mention = resolver.resolve(kind, m)
        if mention is None:
            continue
        mentions.append(mention)
        taken_until = start - neg_len
        if mention.precision == "day":
            resolver.context_day = mention.start
            if kind in ("mdy", "dmy", "iso"):
                resolver.anchor = mention.start
    return mentions


_Found = tuple[int, int, int, str, "re.Match[str]"]


def _matches(text: str, *, at_start: bool = False) -> list[_Found]:
    """Every pattern's matches in `text` (only those starting at its first character with `at_start`), as
    (start, minus length, pattern order, kind, match), in the order find_dates takes them."""
    found: list[_Found] = []
    present = features(text)
    for order, (kind, pattern) in enumerate(PATTERNS):
        if not NEEDS[kind] <= present:
            continue  # a cheap scan showed the pattern cannot match: skip its costly one
        if at_start:  # the first match finditer would give, when it starts the text
            first = pattern.match(text)
            matches: Iterable[re.Match[str]] = () if first is None else (first,)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            start, end = m.span("yspan") if kind == "year" else m.span()
            if start == 0 or not at_start:
                found.append((start, -(end - start), order, kind, m))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    return found


def leading_date(line: str) -> int | None:
    """If `line` starts with an absolute date expression (a timeline row), the offset where it ends.

    The first date find_dates(line, year_hint=2000) would give, read from the matches at the line's start
    only: a date found further on means no leading date, so the rest of the line is not scanned.
    """
    resolver = _Resolver(None, 2000, False)
    resolver.nowadays = "today" in line.lower() and timeless(line)
    for start, neg_len, _order, kind, m in _matches(line, at_start=True):
        resolver.future = future_context(line, (start, start - neg_len))
        mention = resolver.resolve(kind, m)
        if mention is None:
            continue
        if mention.span[0] == 0 and not mention.relative and mention.precision != "year":
            return mention.span[1]
        if mention.span[0] == 0 and mention.precision == "year" and re.match(r"\d{4}\b", line):
            return mention.span[1]
        return None
    return None
