"""`briefbot`: the command line. Subcommands: summit, who, dates, chat, run, eval, preview, digest."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from bot.digest.cli import add_parsers as add_digest_parsers
from bot.digest.cli import cmd_digest, cmd_subscriptions
from bot.ingest.parser import add_parser as add_ingest_parser
from bot.logsetup import Redactor, settings_secrets, setup_logging
from bot.messages import SECTIONS
from bot.reply import shorten
from bot.service import make_service
from bot.settings import Settings, SettingsError, corpus_missing, load_settings, story_from_folder
from briefings.errors import ArticleSkipped, BriefbotError
from briefings.model import Briefing
from briefings.output.lookup import find_person
from briefings.output.serialize import SECTION_KEYS, briefing_json, person_json

if TYPE_CHECKING:
    from bot.commands import Options

# The chat application, its replies' templates and the name matcher load only in the commands that use them:
# `summit --json` and `who --json` start without them.

log = logging.getLogger("briefbot")
FIRST_YEAR, LAST_YEAR = (
    1000,
    2999,
)  # dates outside these years are dropped from articles; no as-of day is there


def _iso_date(text: str) -> date:
    shown = shorten(text, 40)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {shown!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:  # well formed, but no such day: 2025-02-30
        raise argparse.ArgumentTypeError(f"{text} is not a day of the calendar ({exc})") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:  # the years the briefing reads dates in at all
        raise argparse.ArgumentTypeError(f"{text} is outside the years {FIRST_YEAR}-{LAST_YEAR}")
    return day


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefbot")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 1 to 65535, got {shorten(text, 40)!r}")
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="briefbot", description="Brief a team on a developing news story.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument("--version", action="version", version=f"briefbot {_version()}")
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="the config file (default: $BRIEFBOT_CONFIG, ./config/briefbot.toml, then the user's config folder)",
    )
    sub = parser.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    corpus = argparse.ArgumentParser(add_help=False)
    corpus.add_argument(
        "--corpus", type=Path, metavar="DIR", help="folder of .txt/.md articles (default: config)"
    )
    corpus.add_argument(
        "--as-of", type=_iso_date, metavar="YYYY-MM-DD", help="brief as of this day (default: today)"
    )
    corpus.add_argument(
        "--story",
        metavar="TITLE",
        help="the story's title (default: config, or the folder's name with --corpus)",
    )

    summit = sub.add_parser("summit", parents=[corpus], help="print the briefing or one section of it")
    summit.add_argument(
        "section", nargs="?", choices=SECTIONS, metavar="SECTION", help="one of: " + ", ".join(SECTIONS)
    )
    summit.add_argument("--json", action="store_true", help="print JSON instead of text")
    summit.add_argument(
        "--summary-words",
        type=_positive,
        metavar="N",
        help="the summary's budget in words (a story of 30+ sources may add up to N more from its latest reports)",
    )

    who = sub.add_parser("who", parents=[corpus], help="a person's profile")
    who.add_argument("name", nargs="+", help="name, surname or alias; case and accents do not matter")
    who.add_argument("--json", action="store_true", help="print JSON instead of text")

    evaluation = sub.add_parser(
        "eval", help="ROUGE of the summary against a human reference, beside baselines"
    )
    evaluation.add_argument("--corpus", type=Path, metavar="DIR", help="folder of articles (default: config)")
    evaluation.add_argument(
        "--reference",
        type=Path,
        required=True,
        metavar="FILE",
        help="human reference summary, one sentence a line",
    )
    evaluation.add_argument(
        "--words",
        type=_positive,
        metavar="N",
        help="word budget for every system (default: the reference's length)",
    )
    evaluation.add_argument("--json", action="store_true", help="print JSON instead of a table")

    dates = sub.add_parser("dates", help="every date expression in one article, resolved")
    dates.add_argument("file", type=Path, metavar="FILE", help="an article (.txt or .md)")
    dates.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the article's publication day (default: front matter, else inferred from the text)",
    )
    dates.add_argument("--json", action="store_true", help="print JSON instead of text")

    sub.add_parser("chat", parents=[corpus], help="the console chat adapter, reading commands from stdin")
    run = sub.add_parser(
        "run", parents=[corpus], help="start the configured adapters (console when no token is set)"
    )
    run.add_argument(
        "--slack-http",
        action="store_true",
        help="serve Slack over HTTP at /slack/events (default: Socket Mode with SLACK_APP_TOKEN)",
    )
    run.add_argument("--port", type=_port, default=3000, help="port for --slack-http (default: 3000)")
    run.add_argument(
        "--host",
        default="127.0.0.1",
        help="address for --slack-http to bind (default: 127.0.0.1; 0.0.0.0 for every interface)",
    )
    run.add_argument(
        "--data", type=Path, metavar="DIR", help="folder for the SQLite database (default: config)"
    )

    add_digest_parsers(sub, corpus)
    add_ingest_parser(sub)

    sub.add_parser("manifest", help="print the Slack app manifest for the configured commands")
    prev = sub.add_parser(
        "preview", parents=[corpus], help="print the exact payload the bot would answer a command with"
    )
    prev.add_argument("platform", choices=["slack", "discord"], help="the platform whose payload to print")
    prev.add_argument("words", nargs="+", metavar="COMMAND", help="for example: /who NAME")
    return parser


def _briefing(settings: Settings, args: argparse.Namespace, *, people_only: bool = False) -> Briefing:
    words = getattr(args, "summary_words", None) or settings.summary_words
    service = make_service(replace(settings, summary_words=words), args.as_of, progress=True)
    return service.people() if people_only else service.current()


def _options(settings: Settings) -> Options:
    from bot.commands import Options

    return Options(command=settings.command, stale_days=settings.stale_days, call="briefbot summit")


def cmd_summit(settings: Settings, args: argparse.Namespace) -> int:
    """Print the briefing."""
    briefing = _briefing(settings, args)
    if args.json:
        data = briefing_json(briefing)
        out = (
            data
            if args.section is None
            else {
                "story": data["story"],
                "as_of": data["as_of"],
                SECTION_KEYS[args.section]: data[SECTION_KEYS[args.section]],
            }
        )
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        from bot.commands import summit_reply
        from bot.render import render_text

        print(render_text(summit_reply(briefing, args.section, options=_options(settings))), end="")
    return 0


def cmd_who(settings: Settings, args: argparse.Namespace) -> int:
    """Print a person's profile; exit 1 with suggestions when nobody matches."""
    briefing = _briefing(settings, args, people_only=True)
    name = " ".join(args.name)
    person = find_person(briefing.people, name)
    if person is None:
        from bot.names import close_names

        names = close_names(briefing.people, name)
        print(f"briefbot: no one called {name!r} appears in the sources.", file=sys.stderr)
        if names:
            print("Did you mean: " + ", ".join(names) + "?", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(person_json(person, full=True), ensure_ascii=False, indent=2))
    else:
        from bot.commands import who_reply
        from bot.render import render_text

        print(render_text(who_reply(briefing, name, options=_options(settings))), end="")
    return 0


def cmd_dates(settings: Settings, args: argparse.Namespace) -> int:
    """Print every date expression in one article with its offsets and resolved date."""
    from briefings.load.corpus import read_article
    from briefings.load.scan import article_dates

    try:
        text = read_article(args.file, max_bytes=settings.max_article_bytes)
    except ArticleSkipped as exc:
        print(f"briefbot: error: cannot read {args.file}: {exc.reason}", file=sys.stderr)
        return 2
    published, found = article_dates(text, published=args.published)
    if args.json:
        print(json.dumps([asdict(d) for d in found], ensure_ascii=False, indent=2))
        return 0
    when = published.isoformat() if published else "unknown (relative dates left out)"
    print(f"{args.file.name}: published {when}; {len(found)} date expressions")
    for d in found:
        print(f"{d.start:>7}-{d.end:<7} {d.text!r} -> {d.label} ({d.precision})")
    return 0


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    """Run the console chat adapter."""
    from bot.app import Application
    from bot.platforms.console import run_console

    service = make_service(settings, args.as_of, progress=True)
    service.snapshot()  # fail early, before the first prompt, if the corpus is unusable
    return run_console(Application(service.current, settings))  # no store: /digest needs `briefbot run`


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Start the configured adapters; the console one when no platform token is set."""
    if args.data:
        settings = replace(settings, data_dir=args.data)
    if args.slack_http and (not settings.has_slack or settings.slack_signing_secret is None):
        raise SettingsError(
            "--slack-http needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in the environment "
            "(see the README's Slack section); without them `briefbot run` starts the console"
        )
    import asyncio

    from bot.app import Application
    from bot.platforms.console import run_console
    from bot.run import Resync, make_store, run_platforms, start_console_digests

    if not (settings.has_slack or settings.has_discord):
        service = make_service(settings, args.as_of, progress=True)
        service.snapshot()  # fail early, before the first prompt, if the corpus is unusable
        store = make_store(settings)
        resync = Resync()
        stop_background = start_console_digests(settings, service, resync)
        try:
            return run_console(Application(service.current, settings, store=store, on_change=resync))
        finally:
            stop_background()
            store.close()
    try:
        asyncio.run(
            run_platforms(
                settings, slack_http=args.slack_http, port=args.port, host=args.host, as_of=args.as_of
            )
        )
    except KeyboardInterrupt:
        return 0
    return 0


def cmd_preview(settings: Settings, args: argparse.Namespace) -> int:
    """Print the payload for one command."""
    from bot.preview import preview

    print(preview(settings, args.platform, args.words, as_of=args.as_of))
    return 0


def cmd_manifest(settings: Settings, args: argparse.Namespace) -> int:
    """Print the Slack app manifest made from the command registry."""
    from bot.platforms.slack.manifest import slack_manifest

    print(slack_manifest(settings.command), end="")
    return 0


def cmd_eval(settings: Settings, args: argparse.Namespace) -> int:
    """Score the summary and the baselines against a reference summary."""
    from bot.evaluate import EvalUnavailable, evaluate, format_table
    from briefings.load.corpus import load_corpus

    try:
        reference = args.reference.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"briefbot: error: cannot read --reference {args.reference}: {exc}", file=sys.stderr)
        return 2
    if not reference.strip():
        print(f"briefbot: error: --reference {args.reference} is empty", file=sys.stderr)
        return 2
    documents = load_corpus(settings.corpus, max_bytes=settings.max_article_bytes).documents
    budget = args.words or sum(len(line.split()) for line in reference.splitlines() if line.strip())
    try:
        scores = evaluate(documents, reference, budget=budget)
    except EvalUnavailable as exc:
        print(f"briefbot: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"budget": budget, "scores": [s.as_dict() for s in scores]}, indent=2))
    else:
        print(format_table(scores, budget))
    return 0


def cmd_ingest(settings: Settings, args: argparse.Namespace) -> int:
    """Add pages and files to the corpus (trafilatura and lxml are imported only here)."""
    from bot.ingest.cli import cmd_ingest as ingest

    return ingest(settings, args)


READS_CORPUS = frozenset({"summit", "who", "chat", "run", "eval", "preview", "digest"})
# the commands that print and are done: run as `briefbot`, they end the process at once (see _end)
ENDS_AT_ONCE = frozenset({"summit", "who"})
COMMANDS = {
    "summit": cmd_summit,
    "who": cmd_who,
    "chat": cmd_chat,
    "dates": cmd_dates,
    "run": cmd_run,
    "eval": cmd_eval,
    "preview": cmd_preview,
    "manifest": cmd_manifest,
    "subscriptions": cmd_subscriptions,
    "digest": cmd_digest,
    "ingest": cmd_ingest,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `briefbot` console script."""
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    redact = Redactor()
    try:
        settings = load_settings(config=args.config)
        secrets = settings_secrets(vars(settings).values())
        setup_logging(args.verbose, secrets)
        redact = Redactor(secrets)
        if getattr(args, "corpus", None) and args.corpus.resolve() != settings.corpus.resolve():
            settings = replace(
                settings,
                corpus=args.corpus,
                story_title=story_from_folder(args.corpus),
                corpus_from="--corpus",
            )
        if getattr(args, "story", None):
            settings = replace(settings, story_title=args.story)
        if args.cmd in READS_CORPUS and not settings.corpus.is_dir():
            raise SettingsError(corpus_missing(settings))
        code = COMMANDS[args.cmd](settings, args)
        if argv is None and args.cmd in ENDS_AT_ONCE:
            _end(code)
        return code
    except (BriefbotError, SettingsError) as exc:
        print(f"briefbot: error: {redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 120


def _quiet_stdout() -> None:
    """The reader went away (`briefbot summit --json | head`): what is left to print goes nowhere, and no traceback
    tells the user about it (the kept work was written before the output)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # a stdout with no file behind it (a test's): nothing to redirect


def _end(code: int) -> NoReturn:
    """End the process now, its output written: a build leaves millions of objects (sentences, kept work read
    back) that a normal exit frees one by one, about 0.2 to 0.4 s, when everything is already written (the
    kept work at the build's end, the workers stopped)."""
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # the reader went away (`| head`): the exit status Python gives then
        code = 120
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
