"""`briefbot subscriptions ...` and `briefbot digest [send]`: digests from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import AsyncExitStack
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.digest.schedule import next_delivery
from bot.digest.subscriptions import (
    DIGEST_SECTIONS,
    PLATFORMS,
    SubscriptionError,
    check_platform,
    check_timezone,
    parse_time,
)
from bot.service import make_service
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.digest.runner import Publisher


def _aware(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO-8601 time such as 2025-10-21T08:00+02:00, got {text!r}"
        ) from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no timezone; add one, e.g. {text}+00:00 or {text}Z")
    return moment


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parsers(sub: Any, corpus: argparse.ArgumentParser) -> None:
    """Register the `subscriptions` and `digest` subcommands."""
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument(
        "--data", type=Path, metavar="DIR", help="folder of the SQLite database (default: config)"
    )

    subs = sub.add_parser("subscriptions", help="list and manage digest subscriptions")
    actions = subs.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[data], help="every subscription and its state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = actions.add_parser("add", parents=[data], help="subscribe a channel")
    add.add_argument("platform", help=", ".join(PLATFORMS))
    add.add_argument("channel", help="channel id (a name for console)")
    add.add_argument("--time", required=True, help="24-hour HH:MM in the timezone")
    add.add_argument("--tz", help="IANA timezone such as Europe/Budapest (default: config)")
    add.add_argument("--sections", help="comma-separated, from: " + ", ".join(DIGEST_SECTIONS))
    for name, text in (
        ("remove", "unsubscribe a channel"),
        ("pause", "pause a channel's digest"),
        ("resume", "resume a paused digest"),
    ):
        act = actions.add_parser(name, parents=[data], help=text)
        act.add_argument("platform", help=", ".join(PLATFORMS))
        act.add_argument("channel")

    digest = sub.add_parser("digest", parents=[corpus, data], help="print the digest, or send the due ones")
    digest.add_argument(
        "--date", type=_day, metavar="YYYY-MM-DD", help="the digest of this day (default: today)"
    )
    digest.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="report what is new since this day")
    digest.add_argument("--json", action="store_true", help="print JSON")
    send_sub = digest.add_subparsers(dest="send", metavar="send")
    send = send_sub.add_parser("send", parents=[corpus, data], help="send every digest due now, once")
    send.add_argument("--now", type=_aware, metavar="ISO-8601", help="act as if it were this moment")


def _with_data(settings: Settings, args: argparse.Namespace) -> Settings:
    from dataclasses import replace

    return replace(settings, data_dir=args.data) if getattr(args, "data", None) else settings


def cmd_subscriptions(settings: Settings, args: argparse.Namespace) -> int:
    """Run one `subscriptions` action."""
    from bot.run import make_store

    settings = _with_data(settings, args)
    store = make_store(settings)
    now = datetime.now(UTC)
    try:
        if args.action == "list":
            subs = store.list()
            rows = [
                {
                    "platform": s.platform,
                    "channel": s.channel,
                    "time": s.time,
                    "timezone": s.timezone,
                    "sections": list(s.sections),
                    "paused": s.paused,
                    "paused_reason": s.paused_reason,
                    "next": (n.isoformat() if (n := next_delivery(s, now)) else None),
                    "last_sent": (ls.isoformat() if (ls := store.last_sent(s.platform, s.channel)) else None),
                }
                for s in subs
            ]
            if args.json:
                print(json.dumps(rows, indent=2))
            elif not rows:
                print("no subscriptions")
            for sub, r in [] if args.json else zip(subs, rows, strict=True):
                state = f"paused ({r['paused_reason']})" if r["paused"] else f"next {r['next']}"
                last = f"last sent {r['last_sent']}" if r["last_sent"] else "never sent"
                line = (
                    f"{r['platform']:<8} {r['channel']:<22} {r['time']} {r['timezone']:<20} {state}; {last}"
                )
                print(f"{line}; sections {','.join(sub.sections)}")
            return 0
        platform = check_platform(args.platform)
        if args.action == "add":
            sections = (
                tuple(s.strip() for s in args.sections.split(",") if s.strip()) if args.sections else None
            )
            unknown = [s for s in sections or () if s not in DIGEST_SECTIONS]
            if unknown:
                raise SubscriptionError(
                    f"unknown section(s) {', '.join(unknown)}; use: {', '.join(DIGEST_SECTIONS)}"
                )
            sub = store.subscribe(
                platform,
                args.channel,
                time=parse_time(args.time),
                timezone=check_timezone(args.tz or settings.digest_timezone),
                now=now,
                sections=sections,
            )
            print(f"subscribed {platform} {args.channel} at {sub.time} {sub.timezone}")
            return 0
        done = {
            "remove": lambda: store.unsubscribe(platform, args.channel),
            "pause": lambda: store.set_paused(
                platform, args.channel, True, now=now, reason="paused by an operator"
            ),
            "resume": lambda: store.set_paused(platform, args.channel, False, now=now),
        }[args.action]()
        if not done:
            print(f"briefbot: no subscription for {platform} {args.channel}", file=sys.stderr)
            return 1
        print(f"{args.action}d {platform} {args.channel}")
        return 0
    except SubscriptionError as exc:
        print(f"briefbot: error: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()


def cmd_digest(settings: Settings, args: argparse.Namespace) -> int:
    """Print the digest, or send every due one (`digest send`)."""
    from bot.digest.commands import render_digest
    from bot.render import render_text  # jinja2: loaded only by the commands that render text
    from briefings.output.digest import build_digest

    settings = _with_data(settings, args)
    if args.send:
        import asyncio

        return asyncio.run(_send(settings, args.now or datetime.now(UTC)))
    day = args.date or date.today()
    now = datetime.combine(day, time(12, 0), tzinfo=UTC) if args.date else datetime.now(UTC)
    briefing = make_service(settings, day, progress=True).current()
    since = datetime.combine(args.since, time(0, 0), tzinfo=UTC) if args.since else None
    if args.json:
        d = build_digest(briefing, since=since, now=now, stale_days=settings.stale_days)
        print(json.dumps(_digest_json(d), ensure_ascii=False, indent=2))
    else:
        print(render_text(render_digest(briefing, since, now, stale_days=settings.stale_days)), end="")
    return 0


def _digest_json(d: Any) -> dict[str, Any]:
    def key_date(k: Any) -> dict[str, Any]:
        return {
            "date": k.date,
            "precision": k.precision,
            "label": k.label,
            "event": k.event,
            "sources": list(k.sources),
            "disputed": k.disputed,
        }

    return {
        "story": d.story,
        "now": d.now.isoformat(),
        "since": d.since.isoformat() if d.since else None,
        "nothing_new": d.nothing_new,
        "developments": [{"text": s.text, "sources": list(s.sources)} for s in d.developments],
        "moved": [{"topic": m.topic, "values": [c.value for c in m.claims]} for m in d.moved],
        "new_sources": [s.id for s in d.new_sources],
        "new_dates": [key_date(k) for k in d.new_dates],
        "new_questions": [q.text for q in d.new_questions],
        "answered": [{"question": a.question, "answer": a.answer, "source": a.source} for a in d.answered],
        "upcoming": [key_date(k) for k in d.upcoming],
        "open_questions": [q.text for q in d.open_questions],
        "summary": d.summary,
        "newest_age_days": d.newest_age_days,
        "stale": d.stale,
    }


async def _publishers(settings: Settings, stack: AsyncExitStack) -> tuple[dict[str, Publisher], list[str]]:
    """A publisher per platform whose token its platform accepts, and a line per platform that refused one
    (its digests are skipped; the other platforms' still go). A platform that cannot be reached keeps its
    publisher: its sends fail and are retried like any network failure."""
    from bot.platforms.console import ConsolePublisher
    from bot.tokens import TokenError, check_slack, discord_login

    publishers: dict[str, Publisher] = {"console": ConsolePublisher()}
    problems: list[str] = []
    if settings.has_slack:
        from bot.platforms.slack.app import web_client
        from bot.platforms.slack.publisher import SlackPublisher

        client = web_client(settings)
        try:
            await check_slack(client, settings, socket_mode=False)
        except TokenError as exc:
            if exc.refused:
                problems.append(str(exc))
        if not problems:
            publishers["slack"] = SlackPublisher(client, command=settings.command)
    if settings.has_discord and settings.discord_token is not None:
        from bot.platforms.discord.bot import make_client
        from bot.platforms.discord.publisher import DiscordPublisher

        discord_client = make_client(settings, gateway=False)
        try:
            await discord_login(discord_client, settings.discord_token.get())  # HTTP only: no gateway
            stack.push_async_callback(discord_client.close)
            publishers["discord"] = DiscordPublisher(discord_client, command=settings.command)
        except TokenError as exc:
            problems.append(str(exc))
    return publishers, problems


async def _send(settings: Settings, now: datetime, out: Callable[[str], None] = print) -> int:
    import asyncio

    from bot.run import make_runner, make_store

    store = await asyncio.to_thread(make_store, settings)
    service = make_service(settings, now.date())
    async with AsyncExitStack() as stack:
        stack.callback(store.close)
        publishers, problems = await _publishers(settings, stack)
        for problem in problems:
            print(f"briefbot: error: {problem}", file=sys.stderr)
        outcomes = await make_runner(settings, store, service.current, publishers).run_due(now=now)
    for outcome in outcomes:
        out(outcome.line())
    if not outcomes:
        out("no subscriptions")
    return 1 if problems or any(o.status == "failed" for o in outcomes) else 0
