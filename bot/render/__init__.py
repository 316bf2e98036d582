"""Jinja2 rendering of a Reply; each platform adds its own template or renderer on the same Reply."""

from __future__ import annotations

import textwrap
from functools import cache
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined

from bot.reply import Reply, printable


def _wrap(text: str, width: int = 100, indent: str = "   ") -> str:
    return textwrap.fill(
        text, width=width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _finalize(value: Any) -> Any:
    """Every printed value: control characters (ANSI escapes) and bidi overrides shown as escapes."""
    return printable(value) if isinstance(value, str) else value


@cache
def environment() -> Environment:
    """The Jinja2 environment for reply templates (plain text: no HTML autoescaping)."""
    try:  # templates compiled once per user, not once per process: a console command starts 20 ms sooner
        cache: BytecodeCache | None = FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no private temporary folder to be had: compile each time
        cache = None
    env = Environment(
        loader=PackageLoader("bot", "render/templates"),
        bytecode_cache=cache,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
        finalize=_finalize,
    )
    env.filters["wrap"] = _wrap
    return env


def render_text(reply: Reply, *, width: int = 100) -> str:
    """A reply as plain text, for the console and the command line."""
    return environment().get_template("reply.txt.j2").render(reply=reply, width=width).rstrip() + "\n"
