"""`briefbot run`: start the adapters that have tokens, the digest scheduler, and the held briefing."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Coroutine, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from bot.app import Application
from bot.digest.commands import render_digest
from bot.digest.runner import DigestRunner, Publisher
from bot.digest.scheduler import DigestScheduler
from bot.logsetup import Redactor, settings_secrets
from bot.reply import Reply
from bot.service import BriefingService, make_service
from bot.settings import Settings, SettingsError
from bot.store import Store, database_url
from briefings.model import Briefing

log = logging.getLogger(__name__)
STOP_WAIT_SECONDS = 5.0  # at exit, the console's background work gets this long to finish a rebuild or an alert


def make_store(settings: Settings) -> Store:
    """The store at BRIEFBOT_DATABASE_URL, or the SQLite file in the data folder."""
    return Store(database_url(settings.data_dir, settings.database_url))


def owner_name() -> str:
    """Who holds a ledger claim: host, process and a random suffix, unique per running bot."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Resync:
    """Tells the digest scheduler, once one runs, that a /digest command changed the subscriptions table."""

    def __init__(self) -> None:
        self._scheduler: DigestScheduler | None = None

    def attach(self, scheduler: DigestScheduler) -> None:
        """The scheduler to tell from now on."""
        self._scheduler = scheduler

    def __call__(self) -> None:
        if self._scheduler is not None:
            self._scheduler.request_sync()


def make_runner(
    settings: Settings, store: Store, briefing: Callable[[], Briefing], publishers: Mapping[str, Publisher]
) -> DigestRunner:
    """The digest runner with the configured grace and staleness threshold."""

    def render(b: Briefing, since: datetime | None, now: datetime, sections: tuple[str, ...]) -> Reply:
        return render_digest(b, since, now, sections, stale_days=settings.stale_days)

    return DigestRunner(
        store,
        publishers,
        briefing,
        owner=owner_name(),
        render=render,
        grace=timedelta(hours=settings.grace_hours),
        redact=Redactor(settings_secrets(vars(settings).values())),
    )


async def run_platforms(
    settings: Settings, *, slack_http: bool, port: int, as_of: date | None = None, host: str = "127.0.0.1"
) -> None:
    """Serve every platform with a token, and their digests, until cancelled.

    The tokens are checked first (TokenError: one line naming the variable), before the briefing is built."""
    from bot.tokens import check_slack, discord_login

    service = make_service(settings, as_of)
    store = await asyncio.to_thread(make_store, settings)
    publishers: dict[str, Publisher] = {}
    changed = Resync()
    application = Application(service.held, settings, store=store, on_change=changed)
    tasks: list[asyncio.Task[None]] = []
    client = None
    runner_task: Coroutine[Any, Any, None] | None = None
    try:
        if settings.has_slack:
            from bot.platforms.slack.app import build_app
            from bot.platforms.slack.publisher import SlackPublisher
            from bot.platforms.slack.runner import run_http, run_socket_mode

            secret = settings.slack_signing_secret
            if slack_http and secret is None:
                raise SettingsError("SLACK_SIGNING_SECRET is not set (Basic Information > App Credentials)")
            if not slack_http and settings.slack_app_token is None:
                raise SettingsError(
                    "SLACK_APP_TOKEN is not set: it is needed for Socket Mode (or run with --slack-http)"
                )
            app = build_app(application, settings)
            await check_slack(app.client, settings, socket_mode=not slack_http)
            publishers["slack"] = SlackPublisher(app.client, command=settings.command)
            if slack_http and secret is not None:
                from bot.platforms.slack.endpoint import SlackEndpoint

                endpoint = SlackEndpoint(app, secret.get(), store)
                runner_task = run_http(endpoint, host=host, port=port)
            else:
                runner_task = run_socket_mode(app, settings)
        if settings.has_discord and settings.discord_token is not None:
            from bot.platforms.discord.bot import build_client
            from bot.platforms.discord.publisher import DiscordPublisher

            client, _tree = build_client(application, settings)
            await discord_login(client, settings.discord_token.get())  # also syncs the commands
            publishers["discord"] = DiscordPublisher(client, command=settings.command)
        await asyncio.to_thread(service.snapshot)  # build before the first command arrives
        await asyncio.to_thread(application.warm)
        if runner_task is not None:
            tasks.append(asyncio.create_task(runner_task))
            log.warning("Slack adapter starting (%s)", f"HTTP on {host}:{port}" if slack_http else "Socket Mode")
        if client is not None:
            tasks.append(asyncio.create_task(client.connect()))
            log.warning(
                "Discord adapter starting (commands synced %s)",
                f"to server {settings.discord_guild_id}" if settings.discord_guild_id else "globally",
            )
    except BaseException:
        if runner_task is not None and not tasks:
            runner_task.close()  # never started: no "never awaited" warning
        if client is not None:
            await client.close()
        store.close()
        raise
    await serve(settings, service, application, store, publishers, changed, tasks)


async def serve(
    settings: Settings,
    service: BriefingService,
    application: Application,
    store: Store,
    publishers: dict[str, Publisher],
    changed: Resync,
    tasks: list[asyncio.Task[None]],
) -> None:
    """Watch the corpus, poll the feeds, send alerts and digests beside the adapters' `tasks`, until one fails
    or all are cancelled."""
    from bot.digest.alerts import AlertRunner
    from bot.watch import watch_corpus

    alerts = AlertRunner(store, publishers)
    tasks.append(asyncio.create_task(watch_corpus(service, on_change=alerts.changed, warm=application.warm)))
    if settings.feeds:
        from bot.ingest.poller import FeedPoller

        tasks.append(asyncio.create_task(FeedPoller(settings.feeds, settings.corpus).run()))
    scheduler = DigestScheduler(store, make_runner(settings, store, service.held, publishers))
    changed.attach(scheduler)
    await scheduler.start()
    try:
        done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            task.result()
    finally:
        scheduler.shutdown()
        for task in tasks:
            task.cancel()
        store.close()


def start_console_digests(
    settings: Settings, service: BriefingService, resync: Resync
) -> Callable[[], None]:
    """In console mode, run the digest scheduler, new-source alerts and the configured feeds' poller in a
    background thread; console channels print here. Returns what stops that thread in order (when the console
    ends), so no rebuild or alert is cut off half-way by the interpreter shutting down.

    `resync` is attached to the scheduler once it runs, so `/digest` changes make it re-read the table.
    """
    from bot.digest.alerts import AlertRunner
    from bot.platforms.console import ConsolePublisher
    from bot.watch import watch_corpus

    requested = threading.Event()  # the console has ended: set before or after the loop below starts
    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def main() -> None:
        async def serve() -> None:
            stop = asyncio.Event()
            running.append((asyncio.get_running_loop(), stop))
            if requested.is_set():
                stop.set()
            store = await asyncio.to_thread(make_store, settings)
            publishers: dict[str, Publisher] = {"console": ConsolePublisher()}
            scheduler = DigestScheduler(store, make_runner(settings, store, service.held, publishers))
            resync.attach(scheduler)
            await scheduler.start()
            alerts = AlertRunner(store, publishers)
            watcher = asyncio.create_task(watch_corpus(service, on_change=alerts.changed, stop=stop))
            others: list[asyncio.Task[None]] = []
            if settings.feeds:
                from bot.ingest.poller import FeedPoller

                others.append(asyncio.create_task(FeedPoller(settings.feeds, settings.corpus).run()))
            stopping = asyncio.create_task(stop.wait())
            try:
                done, _ = await asyncio.wait([watcher, *others, stopping], return_when=asyncio.FIRST_COMPLETED)
                for task in done - {stopping}:
                    task.result()  # a task that ended on its own ended on an error: say so
            finally:
                stop.set()  # the watcher ends after the rebuild or alert it is in, the rest is cancelled
                for task in [*others, stopping]:
                    task.cancel()
                await asyncio.wait([watcher], timeout=STOP_WAIT_SECONDS)
                watcher.cancel()
                await asyncio.gather(watcher, *others, stopping, return_exceptions=True)
                scheduler.shutdown()
                store.close()

        try:
            asyncio.run(serve())
        except Exception:
            log.exception("the console digest scheduler stopped")

    thread = threading.Thread(target=main, name="console-digests", daemon=True)
    thread.start()

    def stop() -> None:
        """Ask the background work to finish what it is doing and stop; wait a few seconds for it."""
        requested.set()
        for loop, event in running:
            loop.call_soon_threadsafe(event.set)
        thread.join(timeout=STOP_WAIT_SECONDS + 1)

    return stop
