"""Platform-neutral command handlers: a briefing and the user's words in, a Reply out."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bot import messages as msg
from bot.names import close_names
from bot.reply import Item, Reply, Section, shorten
from briefings.labels import day_label
from briefings.model import Briefing, KeyDate, Person, SourceInfo
from briefings.output.lookup import find_person

FULL_LIMITS = {"summary": 12, "dates": 8, "questions": 5, "people": 8, "disagreements": 6, "sources": 50}
SECTION_LIMIT = 25  # `/summit SECTION` shows this many items, most important first, and counts the rest


@dataclass(frozen=True)
class Options:
    """What shapes replies: the slash command's name and the staleness threshold."""

    command: str = "summit"
    stale_days: int = 7
    digests: bool = True  # whether /digest is available where the reply is read
    call: str | None = (
        None  # how the reader asks for the briefing: "/summit" in chat, "briefbot summit" in a shell
    )

    @property
    def invoke(self) -> str:
        """What the reader types before a section name: "/summit" or "briefbot summit"."""
        return self.call or f"/{self.command}"


def _source_label(s: SourceInfo) -> str:
    when = day_label(s.published) if s.published else "date unknown"
    if not s.published and s.published_estimate:
        when += f" (about {day_label(s.published_estimate)})"
    if s.published and s.published_inferred:
        when += " (inferred)"
    origin = f" · {s.source}" if s.source else ""
    also = f" · also carried by {', '.join(s.also_carried_by)}" if s.also_carried_by else ""
    return f"{s.title}{origin} · {when}{also}"


_CITED: list[tuple[Briefing, tuple[tuple[str, str], ...], dict[str, int]]] = []


def _cited(briefing: Briefing) -> tuple[tuple[tuple[str, str], ...], dict[str, int]]:
    """Every source's (id, label), numbered by position, and each id's position; made once per briefing
    (10,000 labels take 15 ms)."""
    if _CITED and _CITED[0][0] is briefing:
        return _CITED[0][1], _CITED[0][2]
    citations = tuple((s.id, _source_label(s)) for s in briefing.sources)
    positions = {sid: i for i, (sid, _) in enumerate(citations)}
    _CITED[:] = [(briefing, citations, positions)]
    return citations, positions


def _citations(briefing: Briefing) -> tuple[tuple[str, str], ...]:
    """Every source's (id, label), numbered by position."""
    return _cited(briefing)[0]


def freshness(briefing: Briefing, stale_days: int) -> tuple[str, str | None]:
    """A subtitle saying how old the newest source is, and a staleness warning when it is old."""
    n = len(briefing.sources)
    head = f"As of {day_label(briefing.as_of)} · {n} source{'s' if n != 1 else ''}"
    age = briefing.newest_source_age_days
    if age is None or briefing.newest_source is None:
        return head, msg.NO_DATED_SOURCE
    if age < 0:  # briefing as of a day before the newest source was published
        when = f"{plural(-age, 'day')} after the as-of day"
    else:
        when = "today" if age == 0 else f"{plural(age, 'day')} old"
    head += f" · newest {day_label(briefing.newest_source)} ({when})"
    return head, msg.STALE.format(days=age) if age > stale_days else None


def plural(n: int, noun: str) -> str:
    """ "1 mention", "3 mentions"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def sources_count(n: int, total: int) -> str:
    """ "1 source", "all 4 sources", "2 of 5 sources": never "(1 of 1 sources)"."""
    if total <= 1 or n == total:
        return plural(n, "source") if n <= 1 else f"all {n} sources"
    return f"{n} of {total} sources"


def support_note(support: int, total: int) -> str:
    """ "reported by 3 of 5 sources", "reported by all 4 sources" or "single source"."""
    if support <= 1:
        return "single source"
    return (
        f"reported by all {total} sources"
        if support >= total
        else f"reported by {support} of {total} sources"
    )


def countdown(k: KeyDate, as_of: date) -> str:
    """A key date's status for a reader: "past", "upcoming, in 5 days", "upcoming, today", "upcoming, tomorrow",
    or for a span already begun that ends later ("by Feb 5", "within a week") "upcoming, within 5 days"."""
    if k.status != "upcoming":
        return k.status
    left = time_left(k, as_of)
    return "upcoming" if left == UNDER_WAY else f"upcoming, {left}"


UNDER_WAY = "under way"


def time_left(k: KeyDate, as_of: date) -> str:
    """How far off a date not yet past is: "in 5 days", "today", "tomorrow", "within 5 days" (a span begun that
    ends later) or "under way"; the summit's dates and the digest's "Coming up" say it alike."""
    days = (k.start - as_of).days
    if days > 1:
        return f"in {days} days"
    if days in (0, 1):
        return "today" if days == 0 else "tomorrow"
    left = (k.end - as_of).days
    return f"within {plural(left, 'day')}" if left > 0 else UNDER_WAY


def _date_item(k: KeyDate, as_of: date) -> Item:
    note = countdown(k, as_of) + (", disputed" if k.disputed else "")
    return Item(k.event, k.sources, label=k.label, note=note, when=k.start if k.precision == "day" else None)


def date_importance(k: KeyDate) -> tuple[bool, bool, float, bool]:
    """Which story dates matter most: disputed, not yet past, then by weight (sources naming the day outright),
    most precise."""
    return (k.disputed, k.status != "past", k.weight, k.precision == "day")


def _important_dates(b: Briefing) -> list[int]:
    story = [k for k in b.key_dates if not k.background]
    return sorted(range(len(story)), key=lambda i: date_importance(story[i]), reverse=True)


# Parts shown under their own title that a section command lists: "Answered since" is in `/summit questions`.
_ASKED_AS = {"answered": "questions", "background": "dates", "agreements": "disagreements"}


def _limit(section: Section, limit: int | None, call: str, keep: Sequence[int] | None = None) -> Section:
    """At most `limit` items (the ones at indexes `keep` when given, in section order) and a pointer to all."""
    if limit is None or len(section.items) <= limit:
        return section
    chosen = sorted(keep[:limit]) if keep is not None else list(range(limit))
    total = len(section.items)
    asked = _ASKED_AS.get(section.key, section.key)
    wording = msg.MORE if total <= SECTION_LIMIT or asked == "sources" else msg.MORE_TOP
    more = wording.format(shown=limit, total=total, call=call, section=asked, top=SECTION_LIMIT)
    return Section(section.key, section.title, tuple(section.items[i] for i in chosen), section.text, more)


def _top(section: Section, briefing: Briefing) -> Section:
    """One section asked for on its own: its SECTION_LIMIT most important items and how many more there are
    (`--json` keeps them all)."""
    if len(section.items) <= SECTION_LIMIT or section.key == "sources":
        return section
    keep = _important_dates(briefing) if section.key == "dates" else list(range(len(section.items)))
    chosen = sorted(keep[:SECTION_LIMIT])
    more = msg.MORE_IN_JSON.format(shown=SECTION_LIMIT, total=len(section.items), section=section.key)
    return Section(section.key, section.title, tuple(section.items[i] for i in chosen), section.text, more)


def _sources_section(citations: Sequence[tuple[str, str]]) -> Section:
    """The numbered sources."""
    items = tuple(Item(label, label=f"[{i}]") for i, (_, label) in enumerate(citations, start=1))
    return Section("sources", msg.SECTION_TITLES["sources"], items)


def _person_sources(
    citations: Sequence[tuple[str, str]], positions: Mapping[str, int], person: Person, call: str
) -> Section:
    """The sources naming a person, newest first as in the briefing, at most FULL_LIMITS["sources"] of them
    (built from the person's own sources: one named in 5,000 of 10,000 costs 50 items, not 10,000 checks)."""
    limit = FULL_LIMITS["sources"]
    numbers = sorted(positions[s] for s in set(person.sources) if s in positions)
    items = tuple(Item(citations[i][1], label=f"[{i + 1}]") for i in numbers[:limit])
    title = msg.SECTION_TITLES["sources"]
    if len(numbers) <= limit:
        return Section("sources", title, items)
    more = msg.MORE.format(shown=limit, total=len(numbers), call=call, section="sources")
    return Section("sources", title, items, None, more)


def _disagreement_sections(b: Briefing) -> list[Section]:
    total = len(b.sources)
    disputes = tuple(
        Item(
            d.topic,
            tuple(sorted({s for c in d.claims for s in c.sources})),
            note=msg.UPDATED.format(history=" → ".join(c.value for c in reversed(d.claims)))
            if d.kind == "update"
            else None,
            parts=tuple(
                Item(c.value, c.sources, label=msg.LATEST if d.kind == "update" and k == 0 else None)
                for k, c in enumerate(d.claims)
            ),
        )
        for d in b.disagreements
    )
    agreed = tuple(
        Item(
            a.value,
            a.sources,
            label=a.topic,
            note="single source" if a.single_source else sources_count(len(a.sources), total),
        )
        for a in b.agreements
    )
    return [
        Section("disagreements", msg.SECTION_TITLES["disagreements"], disputes),
        Section("agreements", msg.SECTION_TITLES["agreements"], agreed),
    ]


def _sections(b: Briefing, key: str) -> list[Section]:
    total = len(b.sources)
    if key == "summary":
        items = tuple(Item(s.text, s.sources, note=support_note(s.support, total)) for s in b.summary)
        return [Section("summary", msg.SECTION_TITLES["summary"], items)]
    if key == "dates":
        story = tuple(_date_item(k, b.as_of) for k in b.key_dates if not k.background)
        background = tuple(_date_item(k, b.as_of) for k in b.key_dates if k.background)
        out = [Section("dates", msg.SECTION_TITLES["dates"], story)]
        if background:
            out.append(Section("background", msg.SECTION_TITLES["background"], background))
        return out
    if key == "questions":
        items = tuple(Item(q.text, q.sources) for q in b.open_questions if q.answer is None)
        answered = tuple(
            Item(q.text, q.sources, parts=(Item(q.answer, q.answered_by, label="Answer"),))
            for q in b.open_questions
            if q.answer is not None
        )
        out = [Section("questions", msg.SECTION_TITLES["questions"], items)] if items or not answered else []
        if answered:
            out.append(Section("answered", msg.SECTION_TITLES["answered"], answered))
        return out
    if key == "people":
        items = tuple(
            Item(
                "; ".join(p.roles) or "role not stated",
                p.sources,
                label=p.name,
                note=sources_count(len(p.sources), total),
            )
            for p in b.people
        )
        return [Section("people", msg.SECTION_TITLES["people"], items)]
    if key == "disagreements":
        return _disagreement_sections(b)
    return [_sources_section(_citations(b))]


_REPLIES: dict[tuple[int, str | None, Options], tuple[Briefing, Reply]] = {}
_MAX_CACHED = 32


def _kept(briefing: Briefing, asked: str | None, options: Options, build: Callable[[], Reply]) -> Reply:
    """The reply to `asked` about this briefing, built once: a briefing never changes once built."""
    key = (id(briefing), asked, options)
    cached = _REPLIES.get(key)
    if cached is not None and cached[0] is briefing:  # the same object, not a new one at a reused id
        return cached[1]
    reply = build()
    if len(_REPLIES) >= _MAX_CACHED:
        _REPLIES.clear()
    _REPLIES[key] = (briefing, reply)
    return reply


def warm(briefing: Briefing, options: Options = Options()) -> None:
    """Build what the first /summit and /who on a new briefing would otherwise build while someone waits: the
    numbered sources and the whole-briefing reply (run where the briefing is rebuilt, off the request path)."""
    _cited(briefing)
    summit_reply(briefing, options=options)


def summit_reply(briefing: Briefing, section: str | None = None, *, options: Options = Options()) -> Reply:
    """The whole briefing (each section cut to its most important items), or one section in full.

    A briefing never changes once built, so its replies are built once and kept (a few, for the briefings held).
    """
    return _kept(briefing, section, options, lambda: _summit_reply(briefing, section, options))


def _summit_reply(briefing: Briefing, section: str | None, options: Options) -> Reply:
    subtitle, warning = freshness(briefing, options.stale_days)
    if warning and options.call and briefing.newest_source is not None and msg.STALE[:20] in warning:
        warning += " " + msg.STALE_AS_OF.format(day=briefing.newest_source.isoformat())
    if section is None:
        sections: list[Section] = []
        for key in msg.SECTIONS:
            for part in _sections(briefing, key):
                if part.key in ("background", "agreements") or not (part.items or part.key == "summary"):
                    continue
                keep = _important_dates(briefing) if part.key == "dates" else None
                sections.append(_limit(part, FULL_LIMITS.get(key), options.invoke, keep))
    else:
        sections = [_top(part, briefing) for part in _sections(briefing, section)]
    title = briefing.story if section is None else f"{briefing.story}: {msg.SECTION_TITLES[section]}"
    return Reply(
        "briefing", title, tuple(sections), subtitle=subtitle, footer=warning, citations=_citations(briefing)
    )


def _role_items(person: Person) -> tuple[Item, ...]:
    """The person's roles as in JSON (`roles`), each with the sources that give it or a shorter form of it."""
    items = []
    for role in person.roles:
        whole = f" {role.lower()} "
        sources = {r.source for r in person.role_sources if f" {r.title.lower()} " in whole}
        items.append(Item(role, tuple(sorted(sources))))
    return tuple(items)


def _profile_sections(person: Person) -> list[Section]:
    sections = [Section("roles", "Roles", _role_items(person))]
    if person.aliases:
        sections.append(Section("aliases", "Also written", text=", ".join(person.aliases)))
    if person.quotes:
        by_text: dict[str, set[str]] = {}
        for q in person.quotes:
            by_text.setdefault(q.text, set()).add(q.source)
        quotes = tuple(Item(f"“{text}”", tuple(sorted(srcs))) for text, srcs in by_text.items())
        sections.append(Section("quotes", "Quotes", quotes))
    return sections


def who_reply(briefing: Briefing, name: str, *, options: Options = Options()) -> Reply:
    """A person's profile, or a not-found reply with close suggestions (kept per briefing, like /summit's)."""
    asked = "who:" + " ".join(name.split()).casefold()
    return _kept(briefing, asked, options, lambda: _who_reply(briefing, name, options))


def _who_reply(briefing: Briefing, name: str, options: Options) -> Reply:
    name = " ".join(name.split())
    if not name:
        example = briefing.people[0].name.split()[-1] if briefing.people else "NAME"
        return error_reply(msg.WHO_USAGE.format(example=example))
    person = find_person(briefing.people, name)
    if person is None:
        names = close_names(briefing.people, name)
        if names:
            hint = msg.WHO_SUGGEST.format(names=", ".join(names))
        else:
            hint = msg.WHO_NO_SUGGESTION.format(call=options.invoke)
        return Reply(
            "error",
            msg.WHO_NOT_FOUND.format(name=shorten(name)),
            (Section("hint", "", text=hint),),
            ephemeral=True,
        )
    mentions = plural(person.mentions, "mention")
    subtitle = f"In {sources_count(len(person.sources), len(briefing.sources))} · {mentions}"
    # numbered as in the whole briefing, so [3] is the same source everywhere
    citations, positions = _cited(briefing)
    return Reply(
        "profile",
        person.name,
        (*_profile_sections(person), _person_sources(citations, positions, person, options.invoke)),
        subtitle=subtitle,
        ephemeral=True,
        citations=citations,
    )


def help_reply(options: Options = Options()) -> Reply:
    """What the bot can do."""
    from bot.registry import help_lines

    lines = help_lines(options.command, digests=options.digests)
    items = tuple(Item(text, label=usage) for usage, text in lines)
    return Reply("help", msg.HELP_TITLE, (Section("help", "", items),), ephemeral=True)


def error_reply(text: str) -> Reply:
    """A short error, shown only to the asker."""
    return Reply("error", text, ephemeral=True)


def parse_section(words: Sequence[str]) -> tuple[str | None, str | None]:
    """(section, error) from the words after /summit."""
    if not words:
        return None, None
    key = words[0].lower()
    if key in msg.SECTIONS:
        return key, None
    return None, msg.UNKNOWN_SECTION.format(section=shorten(" ".join(words)), choices=", ".join(msg.SECTIONS))
