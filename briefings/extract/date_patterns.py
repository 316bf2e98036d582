"""The vocabulary of dates: month and weekday names, the span patterns, and the cues that tell plans from past.

Used by `briefings.extract.dates`, which resolves what these patterns find.
"""

from __future__ import annotations

import calendar
import re

from briefings.thresholds import DATE_CONTEXT_WORDS

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2, "a couple of": 2,
}  # fmt: skip
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
PART_OF_MONTH = {
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10),
    "mid": (11, 20), "middle of": (11, 20),
    "late": (21, 31), "end of": (21, 31),
}  # fmt: skip
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
MONTH_ABBR = [calendar.month_abbr[i] for i in range(13)]

# Month names must be capitalised, so the modal "may" and the verb "march" never match.
_MON = (
    r"(?P<mon>(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20|21)\d{2})"
_NUM = (
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple)"
)
_TBD = r"(?:\s*\((?P<tbd>TBD|TBC|tentative|expected|unconfirmed|est\.?)\))?"
_FLAGS = re.IGNORECASE


# "more than two months ago", "a little over a year ago": only a bound on when it happened, so no date is given
AGO_BOUNDS = ("more than", "over", "less than", "under", "at least", "at most", "no more than", "upwards of")
_AGO_BOUND = (
    r"(?:(?:a\s+little|just|well|slightly|a\s+bit)\s+)?(?:"
    + "|".join(w.replace(" ", r"\s+") for w in AGO_BOUNDS)
    + ")"
)

# What nobody schedules: "Tuesday's earthquake" is the Tuesday gone by even in a sentence of plans ("rescuers
# are expected to reach the survivors of Tuesday's earthquake"); "Thursday's debate" may be either, so it is not here.
UNPLANNED_EVENTS = (
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "eruption", "landslide", "mudslide", "avalanche",
    "attack", "attacks", "shooting", "shootings", "bombing", "bombings", "blast", "explosion", "crash", "collision",
    "derailment", "fire", "blaze", "flood", "flooding", "killing", "killings", "murder", "murders", "massacre",
    "death", "deaths", "collapse", "disaster", "accident", "ambush", "stabbing", "riot", "riots", "outbreak",
)  # fmt: skip
UNPLANNED_AFTER = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+){0,2}?(?:" + "|".join(UNPLANNED_EVENTS) + r")\b", re.IGNORECASE
)

_EVENT_NOUNS = (
    "election|elections|campaign|race|coup|war|season|census|budget|primary|primaries|midterms?|attacks?|"
    "crisis|earthquake|quake|summit|games|olympics|tournament|cup|championship|crash|invasion|uprising|"
    "revolution|referendum|vote|law|act|deal|agreement|accord|treaty|shooting|bombing|hurricane|storm|flood"
)

# Named days, as data. Fixed ones: (month, day). Ones a rule sets: (month, weekday, nth, from_day): the nth such
# weekday on or after from_day (nth -1: the last one of the month). Only names that mean one day wherever the story
# is told ("Thanksgiving" is in November in the U.S., in October in Canada; "Independence Day" is every nation's),
# and only the day itself: "Halloween costumes", "Labor Day weekend" are no day.
FIXED_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26), "veterans day": (11, 11),
}  # fmt: skip
RULE_HOLIDAYS = {
    "election day": (11, 1, 1, 2),  # the U.S. Election Day: the Tuesday after the first Monday of November
    "memorial day": (5, 0, -1, 1),  # the last Monday of May
    "labor day": (9, 0, 1, 1),  # the first Monday of September
}
_HOLIDAY_THINGS = (
    "weekend|holiday|holidays|season|sales?|shopping|shoppers|costumes?|party|parties|trees?|lights|cards?|"
    "decorations?|candy|music|songs?|movies?|films?|specials?|episode|themed|spending|travel|week"
)


# "the November midterm elections", "the June summit": a month that names an event, whichever way the sentence's
# tense points (the nearest such month to the article)
MONTH_NAMES_EVENT = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_EVENT_NOUNS})\b", _FLAGS)
MONTH_AFTER_THE = re.compile(r"\bthe\s+$", _FLAGS)

# what may follow a year-less day: a year named relative to the article's ("25 June last year"), never "last
# year's" (a possessive names something else's year)
_REL_YEAR = r"(?:,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b(?!['’]s))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(rf"\b(?=[A-Z])(?:{_WD},?\s+)?{_MON}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b")),
    ("dmy", re.compile(rf"\b(?=[A-Z\d])(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b")),
    (
        "part",
        re.compile(
            rf"\b(?P<q>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))[\s-]+{_MON}"
            rf"(?:,?\s+(?:of\s+)?{_YEAR})?\b{_TBD}"
        ),
    ),
    (
        "season",
        re.compile(
            rf"\b(?:the\s+)?(?P<q>(?i:early|late|mid)[\s-]+)?(?P<season>(?i:spring|summer|fall|autumn|winter))"
            rf"\s+(?:of\s+)?{_YEAR}\b",
        ),
    ),
    ("yearpart", re.compile(rf"\b(?P<q>(?i:early|mid|late))[\s-]+{_YEAR}\b")),
    (
        "quarter",
        re.compile(
            rf"\b(?:(?:the\s+)?(?P<qn>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+(?:of\s+)?"
            rf"(?:(?i:fiscal|calendar)\s+)?|Q(?P<qd>[1-4])\s+){_YEAR}\b"
        ),
    ),
    ("my", re.compile(rf"\b(?=[A-Z]){_MON},?\s+(?:of\s+)?{_YEAR}\b{_TBD}")),
    # "June 25", "25 June"; "25 June last year", "May 4 next year": a year named relative to the article's
    ("md", re.compile(rf"\b(?=[A-Z])(?:{_WD},?\s+)?{_MON}\s+{_DAY}\b(?![\d:%])(?!,?\s*\d{{4}}){_REL_YEAR}")),
    (
        "dm",
        re.compile(rf"\b(?=[A-Z\d])(?:{_WD},?\s+)?{_DAY}\s+(?:of\s+)?{_MON}\b(?!,?\s+\d{{4}}){_REL_YEAR}"),
    ),
    # "October of next year", "March last year": the month in the year named relative to the article's
    (
        "month_rel_year",
        re.compile(
            r"\b(?:(?i:in|by|until|after|before|since|from|during)\s+)?(?P<mon>January|February|March|April|May|"
            r"June|July|August|September|October|November|December),?\s+(?:of\s+)?(?P<rel>next|last|this)\s+year\b"
            r"(?!['’]s)"
        ),
    ),
    (
        "month_only",
        re.compile(
            r"\b(?P<dir>(?i:in|since|until|by|from|during|through|last|this|next|early|late|mid|in\s+early|"
            r"in\s+late|in\s+mid|(?:set|scheduled|planned|slated|due)\s+for))[\s-]+"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|"
            r"October|November|December)\b(?![\s,]*\d)(?!,?\s+of\s+\d)"  # "in May of 2016" is a month of a year
        ),
    ),
    # A bare month ("fell 35% in sales in January" is caught above; "as of February", "since October" here):
    # May and March are also a modal and a verb, and a month followed by a capitalised word may be a name.
    (
        "bare_month",
        re.compile(
            r"\b(?P<mon>January|February|April|June|July|August|September|October|November|December)\b"
            r"(?![\s,]*\d)(?!\s+[A-Z])(?!-)(?!,?\s+of\s+\d)"
        ),
    ),
    (
        "quarter_rel",
        re.compile(
            r"\b(?i:the)\s+(?P<qn>(?i:first|second|third|fourth|last|previous|final))\s+(?i:quarter)\b(?!-)"
            r"(?!\s+(?:of\s+)?(?:(?i:fiscal|calendar)\s+)?\d{4})(?!\s+(?:of|century|mile))"
        ),
    ),
    # "this weekend", "last weekend"; "over the weekend": the one just gone (the coming one in a plan)
    (
        "weekend",
        re.compile(
            r"\b(?P<dir>this|last|next|this past|this coming|(?:over|during|at|through|throughout)\s+the)"
            r"\s+weekend\b",
            _FLAGS,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?<![\d,.$£€])\b(?=\w+\s+(?:the\s+|year\s+){{0,2}}\d{{4}})"
            rf"(?:(?i:in|since|by|until|from|before|after|during|of|through|to|and|between)\s+(?:the\s+)?"
            rf"(?:year\s+)?|(?i:his|her|its|their|the)\s+(?=\d{{4}}\s+[A-Za-z]))(?P<yspan>{_YEAR}|1[0-7]\d{{2}}(?=[,.;:)]|\s*$))\b(?!,\d|[\d%]|-(?!\d))"
        ),
    ),
    # "a bloodless 1989 military coup", "the scandal-plagued 2002 Winter Olympics": a year naming an event
    (
        "year",
        re.compile(
            rf"(?<=[a-z] )(?P<yspan>{_YEAR})\b(?![\d,.%-])(?=\s+(?:[A-Z][a-z]+|(?:[a-z]+\s+)?(?:{_EVENT_NOUNS})\b))"
        ),
    ),
    # "today", "Today", never the all-capitals "USA TODAY" of a masthead
    ("rel_day", re.compile(r"\b(?P<rd>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b")),
    # "this morning", "last night": a part of the article's day (or the day before)
    ("part_of_day", re.compile(r"\b(?P<rd>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", _FLAGS)),
    # "shares fell 3% on the day": in a report of one day's trading or events, the article's day
    (
        "the_day",
        re.compile(
            r"\b(?i:(?:on|for|(?:later|late|early)\s+in)\s+the\s+day\b(?=\s*[.,;:!?)]|\s*$)"
            r"|(?:end|ended|ending|finish|finished|finishing)\s+the\s+day\b|(?:at\s+)?the\s+start\s+of\s+the\s+day\b)"
        ),
    ),
    (
        "within",
        re.compile(
            rf"\b(?P<kind>within|in|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?{_NUM}\s+(?P<unit>days?|weeks?|months?)\b"
            r"(?!\s+ago\b)",  # "over two months ago" is a bound on the past, not the window ahead
            _FLAGS,
        ),
    ),
    (
        "ago",
        re.compile(
            rf"\b(?:(?P<bound>{_AGO_BOUND})\s+)?{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
            _FLAGS,
        ),
    ),
    (
        "rel_period",
        re.compile(
            r"\b(?P<dir>next|last|this|the following|the previous|earlier this|later this|this coming|the past)\s+"
            r"(?P<unit>week|month|year)\b",
            _FLAGS,
        ),
    ),
    ("week_after", re.compile(r"\bthe\s+(?P<dir>week|month)\s+(?:after|before)\b", _FLAGS)),
    # "on Election Day", "since Christmas Eve": a named day (see FIXED_HOLIDAYS, RULE_HOLIDAYS); "every
    # Halloween" is a kind of day
    (
        "holiday",
        re.compile(
            r"(?<!\b[Ee]very )(?<!\b[Ee]ach )\b(?P<hol>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|"
            r"Valentine['’]s\s+Day|Boxing\s+Day|Veterans['’]?\s+Day|Election\s+Day|Memorial\s+Day|Labor\s+Day)\b"
            rf"(?!\s+(?:{_HOLIDAY_THINGS})\b)(?!-)"
        ),
    ),
    # "every Sunday", "on a Saturday schedule": a kind of day, not a day ("in a Wednesday media event" is one)
    (
        "weekday",
        re.compile(
            rf"(?<!\b[Ee]very )(?<!\b[Ee]ach )(?<!\b[Aa] (?={_WD}\s+(?:schedule|basis|timetable)\b))"
            rf"\b(?:(?P<dir>(?i:next|last|this|this coming|this past))\s+)?(?P<wd>{_WD})\b"
        ),
    ),
]

# What each pattern cannot match without; one cheap scan finds which of these a sentence has.
_LOWER_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_MONTH3 = frozenset(name[:3] for name in MONTHS)
_FEATURE_WORDS = {
    "wd": frozenset(WEEKDAYS),
    "season": frozenset(SEASONS),
    "unit": frozenset("day days week weeks month months year years".split()),
    "rel": frozenset("today tonight yesterday tomorrow".split()),
    "partday": frozenset("morning afternoon evening night".split()),
    "day": frozenset({"day"}),
    "quarter": frozenset({"quarter"}),
    "weekend": frozenset({"weekend"}),
    "hol": frozenset(
        "christmas year halloween valentine boxing veterans veteran election memorial labor".split()
    ),
}


def features(text: str) -> set[str]:
    """Which kinds of date word a text holds: month, weekday, digit, season, unit, relative day."""
    lowered = set(_LOWER_WORD.findall(text.lower()))
    present = {name for name, vocabulary in _FEATURE_WORDS.items() if not lowered.isdisjoint(vocabulary)}
    if any(w[:3] in _MONTH3 for w in lowered):
        present.add("mon")
    if _DIGIT.search(text):
        present.add("digit")
    return present


NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset({"digit"}), "mdy": frozenset({"mon", "digit"}), "dmy": frozenset({"mon", "digit"}),
    "part": frozenset({"mon"}), "season": frozenset({"season", "digit"}), "yearpart": frozenset({"digit"}),
    "my": frozenset({"mon", "digit"}), "md": frozenset({"mon", "digit"}), "dm": frozenset({"mon", "digit"}),
    "year": frozenset({"digit"}), "quarter": frozenset({"digit"}), "rel_day": frozenset({"rel"}),
    "part_of_day": frozenset({"partday"}), "the_day": frozenset({"day"}),
    "within": frozenset({"unit"}),
    "ago": frozenset({"unit"}), "rel_period": frozenset({"unit"}), "week_after": frozenset({"unit"}),
    "weekday": frozenset({"wd"}), "month_only": frozenset({"mon"}), "bare_month": frozenset({"mon"}),
    "month_rel_year": frozenset({"mon"}),
    "quarter_rel": frozenset({"quarter"}), "weekend": frozenset({"weekend"}), "holiday": frozenset({"hol"}),
}  # fmt: skip

# "was due to start on 13 July" is a plan; "due to the storm", "due to rain" give a cause: only these verbs follow
# the plan's "due to"
PLAN_DUE_VERBS = (
    "be", "start", "begin", "open", "close", "end", "take", "meet", "appear", "arrive", "leave", "stage", "hold",
    "face", "return", "vote", "sign", "deliver", "testify", "speak", "visit", "launch", "resume", "finish",
    "complete", "release", "announce", "decide", "rule", "hear", "go", "play", "perform", "expire", "host", "fly",
)  # fmt: skip
_FUTURE = re.compile(
    r"\b(will|won['’]t|shall|going to|set to|set for|scheduled|expected|plans?\s+to|planned|upcoming|tentatively|"
    r"to be held|is to|are to|(?-i:may)|might|could|would|should|ahead(?!\s+of\b)|prepar\w*|hopes?\s+to|"
    r"intends?\s+to|"
    r"ha(?:s|ve)\s+until|deadline|due\s+(?:on|by)|due\s+to\s+(?:"
    + "|".join(PLAN_DUE_VERBS)
    + r"))\b|['’]ll\b",
    _FLAGS,
)
_PAST = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?!(?:scheduled|planned|expected|prepared)\b)"
    r"(?:was|were|had|did|came|took|said|met|told|wrote|broke|began|made|gave|held|spoke|saw|left|went|"
    r"sent|won|lost|fell|rose|began|ended|hit|struck|died|\w{3,}ed)\b",
    _FLAGS,
)
# "ahead of" makes a plan only of the date it governs ("ahead of Thursday's debate", "ahead of the Feb. 1
# caucuses"); in "spoke two months ago, just ahead of the primary in September" the sentence's past tense decides.
_AHEAD_OF = re.compile(r"\bahead\s+of(?:\s+(?:the|this|next))?$", _FLAGS)
# "ABC's This Week", "Last Week Tonight": a relative period written in title case inside a sentence is a title
TITLE_PERIOD = re.compile(r"(?:[A-Z][a-z]+\s+)+(?:Week|Month|Year)")

# "USA Today", "the Today programme", "BBC's World Today", "The Tonight Show", "on Today show": a capitalised
# "Today" or "Tonight" after "the" or another capitalised word, or before "show"/"program", names a paper or a
# programme, not a day (a sentence's own "Today, ..." has nothing before it)
NAMED_TODAY_BEFORE = re.compile(r"(?:\bthe|\b[A-Z][\w.&-]*(?:['’]s)?)\s+$")
NAMED_TODAY_AFTER = re.compile(r"\s+(?:show|program|programme|newspaper|paper|segment|host|anchor)s?\b", re.I)


# "markets have fallen today": a present perfect tells news
_PERFECT = re.compile(
    r"\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|gone|done|made|said|seen|won|lost|hit|set|put|cut)\b",
    _FLAGS,
)


_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"


def quoted_around(text: str, position: int) -> str | None:
    """The quotation (between curly or straight double quotes) that holds `position`, or None."""
    opened = text.rfind(_QUOTE_OPEN, 0, position)
    if opened >= 0 and text.rfind(_QUOTE_CLOSE, 0, position) < opened:
        closed = text.find(_QUOTE_CLOSE, position)
        return text[opened + 1 : closed if closed >= 0 else len(text)]
    straight = [i for i, ch in enumerate(text) if ch == '"']
    before = [i for i in straight if i < position]
    if len(before) % 2 == 1:  # an odd number of straight quotes before: inside one
        after = [i for i in straight if i > position]
        return text[before[-1] + 1 : after[0] if after else len(text)]
    return None


def timeless(sentence: str) -> bool:
    """A sentence with no verb of the past and no word of plans: "Today, we employ 18,500 people" speaks of
    nowadays, so its "today" is no date."""
    return not _PAST.search(sentence) and not _FUTURE.search(sentence) and not _PERFECT.search(sentence)


def told_as_past(sentence: str, start: int) -> bool:
    """Whether the nearest tense marker before `start` is one of the past ("the hearing was scheduled for")."""
    before = " ".join(sentence[max(0, start - DATE_CONTEXT_WORDS * 30) : start].split()[-DATE_CONTEXT_WORDS:])
    last_future = max((m.end() for m in _FUTURE.finditer(before)), default=-1)
    last_past = max((m.end() for m in _PAST.finditer(before)), default=-1)
    return last_past > last_future


def future_context(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the words around a date speak of a plan ("is set to host ... on October 17").

    The nearest tense marker before the date decides; when there is none, the first one after it does.
    """
    window = (
        DATE_CONTEXT_WORDS * 30
    )  # characters enough for the words read; the rest of a long line is not split
    before = " ".join(sentence[max(0, span[0] - window) : span[0]].split()[-DATE_CONTEXT_WORDS:])
    last_future = max((m.end() for m in _FUTURE.finditer(before)), default=-1)
    last_past = max((m.end() for m in _PAST.finditer(before)), default=-1)
    if _AHEAD_OF.search(before):
        return True
    if (
        re.search(r"\b(?:until|till)$", before, re.IGNORECASE)
        and sentence[span[0] : span[1]].lower() != "today"
    ):
        return True  # "markets stay closed until Friday": the day the state ends is still ahead
    if last_future >= 0 or last_past >= 0:
        return last_future > last_past
    after = " ".join(sentence[span[1] : span[1] + window].split()[: DATE_CONTEXT_WORDS // 2])
    first_future = next((m.start() for m in _FUTURE.finditer(after)), None)
    first_past = next((m.start() for m in _PAST.finditer(after)), None)
    if first_future is None:
        return False
    return first_past is None or first_future < first_past


# "Thursday's debate", "the Thursday night debate", "Fox News's Thursday debate": a weekday that names an event,
# told in a sentence whose verb may speak of something else
_NAMING_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", _FLAGS)
_NAMING_AFTER = re.compile(r"['’]s\b")


def weak_tense(sentence: str, span: tuple[int, int]) -> bool:
    """Whether a date's tense is not told by its sentence: the sentence has no verb of the past and no word of
    plans ("Thursday's debate is the final one"), or the date names an event ("the Thursday debate")."""
    return (
        _NAMING_AFTER.match(sentence, span[1]) is not None
        or _NAMING_BEFORE.search(sentence, 0, span[0]) is not None
        or timeless(sentence)
    )
