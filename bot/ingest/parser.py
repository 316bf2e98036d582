"""The `ingest` subcommand's arguments (kept apart so the CLI loads trafilatura only when ingesting)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `ingest`."""
    ingest = sub.add_parser("ingest", help="add web pages (URLs) or article files to the corpus")
    ingest.add_argument(
        "inputs", nargs="*", metavar="URL|FILE", help="http(s) URLs, .html pages or .txt/.md articles"
    )
    ingest.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="an RSS or Atom feed whose new entries to add",
    )
    ingest.add_argument("--corpus", type=Path, metavar="DIR", help="the corpus folder (default: config)")
