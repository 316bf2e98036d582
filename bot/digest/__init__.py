"""Daily digests: the /digest commands and the digest reply, when each is due, the runner that sends them
through the ledger, the APScheduler trigger, and the operator CLI."""
