"""Relative dates: days, weeks, months and years counted from the reference day ("Tuesday", "yesterday",
"last week", "two months ago", "within 30 days", "this weekend"), the sentence's tense choosing the direction."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefings.extract.date_mention import DateMention, ResolverBase
from briefings.extract.date_patterns import (
    MONTH_NAMES,
    NAMED_TODAY_AFTER,
    NAMED_TODAY_BEFORE,
    TITLE_PERIOD,
    UNPLANNED_AFTER,
    WEEKDAYS,
    quoted_around,
    timeless,
)
from briefings.extract.days import number, shift_month, week_of
from briefings.labels import day_label
from briefings.thresholds import SUNDAY

# "earlier this month" is a part of the month (the days before the article's); "later this month" stays the month,
# as the hand-annotated sentences of bench/data/dates_gold.jsonl read it
_PART_OF_THIS_MONTH = ("earlier this month",)


class RelativeDates(ResolverBase):
    """Resolves the patterns counted from the reference day (see date_patterns.PATTERNS)."""

    def _weekend(self, m: re.Match[str]) -> DateMention | None:
        """ "this weekend", "last weekend", "over the weekend": the week whose Saturday and Sunday are meant."""
        ref = self.reference
        if ref is None:
            return None
        direction = " ".join(m["dir"].lower().split())
        saturday = ref + timedelta(days=5 - ref.weekday())
        if direction.endswith(" the"):  # "over the weekend": the one just gone, or the coming one in a plan
            ahead = (5 - ref.weekday()) % 7 if self.future else -((ref.weekday() - 5) % 7)
            saturday = ref + timedelta(days=ahead)
        elif direction in ("last", "this past"):
            saturday -= timedelta(days=7)
        elif direction == "next" and ref.weekday() >= 5:  # said on a weekend: the one after
            saturday += timedelta(days=7)
        start, end = week_of(saturday)
        return self._mention(m, start, end, "week", f"weekend of {day_label(saturday)}", "weekend", True)

    def _rel_day(self, m: re.Match[str]) -> DateMention | None:
        if self.reference is None:
            return None
        if m["rd"][0].isupper() and (
            NAMED_TODAY_BEFORE.search(m.string[: m.start()]) or NAMED_TODAY_AFTER.match(m.string[m.end() :])
        ):
            return None  # "USA Today", "the Today programme": a title, not a day
        if m["rd"].lower() == "today" and self._nowadays(m) and not re.match(r"[’']s\b", m.string[m.end() :]):
            return None  # "what we have in place today is horrible": nowadays, not a day ("today's vote" is)
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["rd"].lower()]
        d = self.reference + timedelta(days=offset)
        return self._mention(m, d, d, "day", day_label(d), m["rd"].lower(), relative=True)

    def _nowadays(self, m: re.Match[str]) -> bool:
        """Whether "today" means nowadays: the words that hold it have no past and no plan; inside a quotation
        those are the quotation's ("“What we have in place today is horrible,” he said": the quote's tense)."""
        quote = quoted_around(m.string, m.start())
        return timeless(quote) if quote is not None else self.nowadays

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
        qualifier = " ".join(m.group(0).lower().split())
        if unit == "week":
            # said on a Sunday, "last week" is the working week just ended (the one the Sunday closes)
            back = step == -1 and ref.weekday() == SUNDAY
            start, end = week_of(ref if back else ref + timedelta(days=7 * step))
            return self._mention(m, start, end, "week", f"week of {day_label(start)}", qualifier, True)
        if unit == "month":
            year, month = shift_month(ref, step)
            if qualifier in _PART_OF_THIS_MONTH and step == 0:
                return self._this_month_part(m, qualifier)
            return self._whole_month(m, year, month, qualifier=qualifier, relative=True)
        year = ref.year + step
        return self._mention(m, date(year, 1, 1), date(year, 12, 31), "year", str(year), qualifier, True)

    def _this_month_part(self, m: re.Match[str], qualifier: str) -> DateMention | None:
        """ "earlier this month": the month's days before the reference day."""
        ref = self.reference
        if ref is None:
            return None
        first = ref.replace(day=1)
        start, end = first, max(first, ref - timedelta(days=1))
        label = f"{MONTH_NAMES[ref.month]} {ref.year}"
        return self._mention(m, start, end, "part-of-month", label, qualifier, True)

    def _rel_period(self, m: re.Match[str]) -> DateMention | None:
        if m.start() > 0 and TITLE_PERIOD.fullmatch(m.group(0)):
            return None  # "said on ABC's This Week": a programme, not a week
        direction = m["dir"].lower()
        if direction == "the past":
            return None  # "over the past year": the span up to the article (a duration), not the year before
        step = {
            "next": 1,
            "the following": 1,
            "this coming": 1,
            "last": -1,
            "the previous": -1,
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
