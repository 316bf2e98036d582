"""The /digest commands and the digest reply, platform-neutral: words in, a Reply out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot import messages as msg
from bot.commands import time_left
from bot.digest.alerts import ALERT_GAP
from bot.digest.schedule import next_delivery
from bot.digest.subscriptions import (
    DIGEST_SECTIONS,
    Subscription,
    SubscriptionError,
    check_timezone,
    parse_time,
)
from bot.reply import Item, Reply, Section, shorten
from briefings.labels import day_label
from briefings.model import Briefing, Digest
from briefings.output.digest import build_digest

if TYPE_CHECKING:
    from bot.store import Store


@dataclass(frozen=True)
class DigestContext:
    """Where a /digest command was typed and what it may use."""

    platform: str
    channel: str
    store: Store
    default_timezone: str
    now: datetime
    stale_days: int = 7
    last_sent: datetime | None = None
    on_change: Callable[[], None] | None = None  # tells the scheduler to re-read the table


def _changed(ctx: DigestContext) -> None:
    if ctx.on_change is not None:
        ctx.on_change()


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "none while paused"
    return f"{day_label(moment.date())} {moment:%H:%M} {moment.tzname()}"


def _status(sub: Subscription, ctx: DigestContext) -> Reply:
    state = (
        f"paused: {sub.paused_reason}"
        if sub.paused and sub.paused_reason
        else ("paused" if sub.paused else "on")
    )
    items = (
        Item(f"{sub.time} {sub.timezone}", label="Time"),
        Item(state, label="State"),
        Item(_when(next_delivery(sub, ctx.now)), label="Next"),
        Item(_when(ctx.last_sent) if ctx.last_sent else "never", label="Last sent"),
        Item(", ".join(sub.sections), label="Sections"),
    )
    return Reply("notice", msg.DIGEST_TITLE, (Section("status", "", items),), ephemeral=True)


def _notice(text: str) -> Reply:
    return Reply("notice", text, ephemeral=True)


def handle_digest(args: Sequence[str], briefing: Briefing, ctx: DigestContext) -> Reply:
    """Answer `/digest subscribe|unsubscribe|pause|resume|status|now` for the channel it was typed in."""
    if not args:
        return _notice(msg.DIGEST_USAGE)
    action, rest = args[0].lower(), list(args[1:])
    store, platform, channel = ctx.store, ctx.platform, ctx.channel
    try:
        if action == "subscribe":
            if not rest or len(rest) > 2:
                return Reply("error", msg.DIGEST_USAGE, ephemeral=True)
            time = parse_time(rest[0])
            tz = check_timezone(rest[1] if len(rest) > 1 else ctx.default_timezone)
            sub = store.subscribe(platform, channel, time=time, timezone=tz, now=ctx.now)
            _changed(ctx)
            return _notice(
                msg.DIGEST_SUBSCRIBED.format(time=time, tz=tz, next=_when(next_delivery(sub, ctx.now)))
            )
    except SubscriptionError as exc:
        return Reply("error", str(exc), ephemeral=True)
    if action == "alerts":
        switch = rest[0].lower() if rest else ""
        if switch not in ("on", "off"):
            return Reply("error", msg.DIGEST_USAGE, ephemeral=True)
        about = shorten(" ".join(rest[1:]), 100) or None
        store.set_alerts(platform, channel, switch == "on", now=ctx.now, filter=about)
        if switch == "off":
            return _notice(msg.ALERTS_OFF)
        minutes = int(ALERT_GAP.total_seconds() // 60)
        return _notice(msg.ALERTS_ON.format(about=f" about “{about}”" if about else "", minutes=minutes))
    if action == "now":
        return digest_reply(
            build_digest(briefing, since=ctx.last_sent, now=ctx.now, stale_days=ctx.stale_days), briefing
        )
    current = store.get(platform, channel)
    if action not in ("unsubscribe", "pause", "resume", "status"):
        return Reply("error", msg.DIGEST_USAGE, ephemeral=True)
    if current is None:
        return _notice(msg.DIGEST_NOT_SUBSCRIBED)
    if action == "unsubscribe":
        store.unsubscribe(platform, channel)
        _changed(ctx)
        return _notice(msg.DIGEST_UNSUBSCRIBED)
    if action == "pause":
        store.set_paused(platform, channel, True, now=ctx.now, reason="paused by a member")
        _changed(ctx)
        return _notice(msg.DIGEST_PAUSED)
    if action == "resume":
        store.set_paused(platform, channel, False, now=ctx.now)
        _changed(ctx)
        resumed = store.get(platform, channel)
        assert resumed is not None
        return _notice(
            msg.DIGEST_RESUMED.format(
                time=resumed.time, tz=resumed.timezone, next=_when(next_delivery(resumed, ctx.now))
            )
        )
    return _status(current, ctx)


def render_digest(
    briefing: Briefing,
    since: datetime | None,
    now: datetime,
    sections: Sequence[str] = DIGEST_SECTIONS,
    *,
    stale_days: int = 7,
) -> Reply:
    """The digest reply for a channel whose last digest went out at `since`, with only its chosen sections."""
    return digest_reply(
        build_digest(briefing, since=since, now=now, stale_days=stale_days), briefing, sections=sections
    )


def digest_reply(d: Digest, briefing: Briefing, *, sections: Sequence[str] = DIGEST_SECTIONS) -> Reply:
    """A digest as a Reply: what is new, what is coming, open questions and the summary."""
    citations = tuple(
        (s.id, f"{s.title} · {day_label(s.published) if s.published else 'date unknown'}")
        for s in briefing.sources
    )
    parts: list[Section] = []
    subtitle = f"{day_label(d.now.date())} · {len(briefing.sources)} sources"
    if d.nothing_new and d.since is not None:
        parts.append(Section("new", "", text=msg.DIGEST_NOTHING_NEW.format(since=day_label(d.since.date()))))
    elif d.since is not None:
        # what changed first: developments, moved figures, answers, announced dates; then questions, sources
        new: list[Item] = [Item(s.text, s.sources, label=msg.DIGEST_DEVELOPMENT) for s in d.developments]
        new += [
            Item(
                m.topic,
                tuple(sorted({src for c in m.claims for src in c.sources})),
                label=msg.DIGEST_MOVED,
                note=" → ".join(c.value for c in reversed(m.claims)),
            )
            for m in d.moved
        ]
        new += [Item(a.answer, (a.source,), label=f"Answers “{a.question}”") for a in d.answered]
        new += [Item(k.event, k.sources, label=k.label) for k in d.new_dates]
        new += [Item(q.text, q.sources, label="New question") for q in d.new_questions]
        new += [Item(s.title, (s.id,), label="New source") for s in d.new_sources]
        parts.append(Section("new", "What's new", tuple(new)))
    today = d.now.date()
    upcoming = tuple(
        Item(
            k.event,
            k.sources,
            label=k.label,
            when=k.start if k.precision == "day" else None,
            note=time_left(k, today) + (", disputed" if k.disputed else ""),
        )
        for k in d.upcoming
    )
    if upcoming:
        parts.append(Section("upcoming", "Coming up", upcoming))
    if d.open_questions and not d.nothing_new:
        parts.append(
            Section(
                "questions", "Open questions", tuple(Item(q.text, q.sources) for q in d.open_questions[:5])
            )
        )
    if d.summary and not d.nothing_new:
        parts.append(Section("summary", "In short", (Item(d.summary, d.summary_sources),)))
    chosen = [part for part in parts if part.key in sections] or parts[:1]
    footer = msg.DIGEST_STALE.format(days=d.newest_age_days) if d.stale else None
    return Reply(
        "digest",
        f"{d.story}: {msg.DIGEST_TITLE}",
        tuple(chosen),
        subtitle=subtitle,
        footer=footer,
        citations=citations,
    )
