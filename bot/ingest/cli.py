"""`briefbot ingest URL|FILE... [--feed URL]... [--corpus DIR]`: add web pages and article files to the corpus."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime

from bot.ingest.pipeline import ingest
from bot.settings import Settings


def cmd_ingest(settings: Settings, args: argparse.Namespace) -> int:
    """Run `briefbot ingest`."""
    if not args.inputs and not args.feed:
        print("briefbot: error: ingest needs a URL, a file or --feed URL", file=sys.stderr)
        return 2
    corpus = args.corpus or settings.corpus
    return asyncio.run(ingest(args.inputs, corpus, now=datetime.now(UTC), feeds=args.feed))
