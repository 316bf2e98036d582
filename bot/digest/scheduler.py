"""Daily digests on APScheduler: one cron job per active subscription, in the subscription's own timezone.

The subscriptions table is the one truth: jobs are derived from it at start, whenever a /digest command
changes it, and every minute (so changes made by another process or the CLI are picked up). A cron trigger in
the channel's timezone follows daylight saving changes; on the autumn day when a wall time happens twice the
ledger lets only the first run send. On start, a digest missed while the bot was down is sent once if its
day is not over and it is within the grace period; older ones are never sent. Every minute, a digest whose
sender crashed (its claim's lease ran out) or failed is retried within the grace.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.digest.runner import DigestRunner, Outcome
from bot.digest.subscriptions import Subscription
from bot.store import Store

log = logging.getLogger(__name__)
JOB_PREFIX = "digest:"
RESYNC_JOB = "resync-subscriptions"
REVISIT_JOB = "revisit-unfinished-digests"


class DigestScheduler:
    """Keeps APScheduler's jobs equal to the active subscriptions and runs the runner when they fire."""

    def __init__(
        self,
        store: Store,
        runner: DigestRunner,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        resync_seconds: float = 60.0,
    ) -> None:
        self.store = store
        self.runner = runner
        self.clock = clock
        self.resync_seconds = resync_seconds
        grace = int(runner.grace.total_seconds())
        self.scheduler = AsyncIOScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace}
        )
        self._signatures: dict[str, tuple[str, str]] = {}
        self.outcomes: list[Outcome] = []

    @staticmethod
    def job_id(platform: str, channel: str) -> str:
        """The job id of one channel's digest."""
        return f"{JOB_PREFIX}{platform}:{channel}"

    def sync(self) -> None:
        """Add, change or remove jobs so there is exactly one per active subscription (reads the table here)."""
        self._apply(self.store.list())

    async def resync(self) -> None:
        """`sync` for the event loop: the table is read in a worker thread, never blocking the loop."""
        self._apply(await asyncio.to_thread(self.store.list))

    def _apply(self, subscriptions: list[Subscription]) -> None:
        wanted = {self.job_id(s.platform, s.channel): s for s in subscriptions if not s.paused}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
                job.remove()
                self._signatures.pop(job.id, None)
        for job_id, sub in wanted.items():
            signature = (sub.time, sub.timezone)
            if self._signatures.get(job_id) == signature and self.scheduler.get_job(job_id) is not None:
                continue
            trigger = CronTrigger(hour=sub.hour, minute=sub.minute, timezone=sub.zone)
            self.scheduler.add_job(
                self._fire,
                trigger,
                id=job_id,
                args=[sub.platform, sub.channel],
                replace_existing=True,
                name=f"digest {sub.platform} {sub.channel}",
            )
            self._signatures[job_id] = signature

    def request_sync(self) -> None:
        """Called after a /digest command changed the table (from any thread)."""
        loop = getattr(self.scheduler, "_eventloop", None)
        if loop is not None and loop.is_running():
            asyncio.run_coroutine_threadsafe(self.resync(), loop)
        else:
            self.sync()

    async def _fire(self, platform: str, channel: str) -> None:
        outcome = await self.runner.run_one(platform, channel, now=self.clock())
        self.outcomes.append(outcome)
        log.info("digest: %s", outcome.line())

    async def catch_up(self) -> list[Outcome]:
        """Send, once, today's digests that fell due while the bot was down and are still within the grace."""
        outcomes = await self.runner.run_due(now=self.clock())
        for outcome in outcomes:
            if outcome.status != "skipped" or "late" in outcome.detail:
                log.info("digest catch-up: %s", outcome.line())
        self.outcomes.extend(outcomes)
        return outcomes

    async def revisit(self) -> list[Outcome]:
        """Retry today's unfinished digests (a crashed holder's expired claim, a failed send) within the grace."""
        outcomes = await self.runner.run_unfinished(now=self.clock())
        for outcome in outcomes:
            log.info("digest retry: %s", outcome.line())
        self.outcomes.extend(outcomes)
        return outcomes

    async def start(self) -> None:
        """Start the scheduler: derive the jobs, catch up, and re-read the table every minute."""
        self.scheduler.start()
        await self.resync()  # also fails early if the database is unreachable
        self.scheduler.add_job(
            self.resync, "interval", seconds=self.resync_seconds, id=RESYNC_JOB, replace_existing=True
        )
        self.scheduler.add_job(
            self.revisit, "interval", seconds=self.resync_seconds, id=REVISIT_JOB, replace_existing=True
        )
        await self.catch_up()

    def shutdown(self) -> None:
        """Stop scheduling (running sends finish on their own)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
