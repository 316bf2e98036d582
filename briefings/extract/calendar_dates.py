"""Calendar dates: days, months, parts of months, seasons, quarters and years named outright ("March 5, 2024",
"mid-November", "the fourth quarter", "in 2014"), the year taken from the text or the reference day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from briefings.extract.date_mention import DateMention, ResolverBase
from briefings.extract.date_patterns import (
    FIXED_HOLIDAYS,
    MONTH_AFTER_THE,
    MONTH_NAMES,
    MONTH_NAMES_EVENT,
    PART_OF_YEAR,
    RULE_HOLIDAYS,
    SEASONS,
    told_as_past,
)
from briefings.extract.days import month_end, month_of, nearest_year
from briefings.labels import day_label
from briefings.thresholds import HOLIDAY_SLACK, NARRATIVE_DAYS, NARRATIVE_YEARS


class CalendarDates(ResolverBase):
    """Resolves the patterns that name a calendar date (see date_patterns.PATTERNS)."""

    def _iso(self, m: re.Match[str]) -> DateMention:
        return self._day(m, int(m["year"]), int(m["m"]), int(m["day"]))

    def _mdy(self, m: re.Match[str]) -> DateMention:
        return self._day(m, int(m["year"]), month_of(m["mon"]), int(m["day"]))

    _dmy = _mdy

    def _md(self, m: re.Match[str]) -> DateMention | None:
        month, day = month_of(m["mon"]), int(m["day"])
        if m["rel"]:  # "25 June last year": the year counted from the article's, only with a reference day
            if self.reference is None:
                return None
            year = self.reference.year + {"next": 1, "last": -1, "this": 0}[m["rel"]]
            return replace(self._day(m, year, month, day), relative=True)
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

    def _holiday(self, m: re.Match[str]) -> DateMention | None:
        """ "on Election Day", "since Christmas Eve": the named day nearest the article; the one before when the
        sentence tells the past and the nearest is more than HOLIDAY_SLACK days ahead, the one after when it plans
        and the nearest is more than HOLIDAY_SLACK days gone (reported speech and modals shift tense by a little:
        "said trick-or-treating was fine for Halloween", told the day before, is the coming Halloween)."""
        ref = self.reference
        if ref is None:
            return None
        name = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'")).replace(
            "veterans' day", "veterans day"
        )
        days = [_holiday_in(name, year) for year in (ref.year - 1, ref.year, ref.year + 1)]
        day = min(days, key=lambda d: abs((d - ref).days))
        slack = timedelta(days=HOLIDAY_SLACK)
        if self.future and day < ref - slack:
            day = min(d for d in days if d >= ref)
        elif not self.future and day > ref + slack and told_as_past(m.string, m.start()):
            day = max(d for d in days if d <= ref)
        return self._mention(m, day, day, "day", day_label(day), m["hol"], relative=True)

    def _month_only(self, m: re.Match[str], direction: str | None = None) -> DateMention | None:
        """ "in August", "by March", "next June", "late May": the year the sentence's tense points to (what
        has happened, this month or before; a plan, this month or after), else the one nearest the article."""
        ref = self.reference
        if ref is None:
            return None
        month = month_of(m["mon"])
        direction = direction or " ".join(m["dir"].lower().split())
        year = nearest_year(month, 15, ref)
        # "is set for May": a plan, its month this one or one to come; "was scheduled for May": the nearest May
        planned = direction.endswith(" for")
        naming = (
            direction == "in"
            and MONTH_AFTER_THE.search(m.string, 0, m.start()) is not None
            and MONTH_NAMES_EVENT.match(m.string, m.end()) is not None
        )
        ahead = not naming and (
            direction in ("next", "by", "until")
            or (planned and not told_as_past(m.string, m.start()))
            or (self.future and direction != "last")
        )
        behind = (
            not naming
            and not planned
            and (direction in ("last", "since") or (not self.future and direction != "next"))
        )
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


def _holiday_in(name: str, year: int) -> date:
    """The day a named day (FIXED_HOLIDAYS, RULE_HOLIDAYS) falls on in `year`."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return date(year, month, day)
    month, weekday, nth, from_day = RULE_HOLIDAYS[name]
    if nth < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, from_day)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
