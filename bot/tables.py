"""The database schema: subscriptions, the delivery ledger, digest posts under way, and seen Slack requests."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, String, Table

metadata = MetaData()

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("time", String(5), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("sections", String(200), nullable=False),
    Column("paused", Boolean, nullable=False, default=False),
    Column("paused_reason", String(500)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


deliveries = Table(
    "deliveries",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("digest_day", Date, primary_key=True),  # the day in the channel's own timezone
    Column("status", String(10), nullable=False),  # claimed | sent | failed
    Column("owner", String(64), nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
    Column("claimed_at", DateTime(timezone=True), nullable=False),
    Column("lease_until", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("error", String(500)),
)


# A digest post under way: written before posting, so a run that takes over a crashed claim can look for
# the message in the channel (by `marker`) instead of posting it twice.
posts = Table(
    "posts",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("digest_day", Date, primary_key=True),
    Column("marker", String(200), nullable=False),
    Column("owner", String(64), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("message_ref", String(200)),
)

# Signed Slack requests already answered, kept for the signature's 5-minute window so a replay gets 401.
seen_requests = Table(
    "seen_requests",
    metadata,
    Column("signature", String(80), primary_key=True),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

# Channels that asked for an alert when a new source arrives (optionally only about a keyword or a person).
alerts = Table(
    "alerts",
    metadata,
    Column("platform", String(16), primary_key=True),
    Column("channel", String(128), primary_key=True),
    Column("filter", String(200)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_alert_at", DateTime(timezone=True)),
)
