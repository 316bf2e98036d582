"""The platform-neutral reply every command returns and every platform renders."""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

# Characters that must never reach a reader raw: C0/C1 controls (ANSI escapes start with one) and the
# bidirectional embeddings, overrides, isolates and marks that can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

ReplyKind = Literal["briefing", "profile", "help", "error", "digest", "notice"]


@dataclass(frozen=True)
class Item:
    """One line of a section: text we did not write, with the sources that carry it."""

    text: str
    sources: tuple[str, ...] = ()
    label: str | None = None  # a short lead in bold: a date, a name
    note: str | None = None  # a trailing remark: "upcoming", "disputed", "4 of 5 sources"
    parts: tuple[Item, ...] = ()  # rival values of one fact, each with its own sources
    when: date | None = None  # the exact day the label names, for platforms that localise dates


@dataclass(frozen=True)
class Section:
    """A titled part of a reply; `more` tells the reader how to see what was left out."""

    key: str
    title: str
    items: tuple[Item, ...] = ()
    text: str | None = None
    more: str | None = None


@dataclass(frozen=True)
class Reply:
    """A titled reply made of sections; `citations` numbers the sources as [1], [2], …"""

    kind: ReplyKind
    title: str
    sections: tuple[Section, ...] = ()
    subtitle: str | None = None
    footer: str | None = None
    ephemeral: bool = False
    citations: tuple[tuple[str, str], ...] = field(default=())  # (source id, label), numbered in order

    @cached_property
    def _numbers(self) -> dict[str, int]:
        numbers: dict[str, int] = {}
        for i, (sid, _label) in enumerate(self.citations, start=1):
            numbers.setdefault(sid, i)
        return numbers

    def number(self, source_id: str) -> int | None:
        """The citation number of a source id, from 1."""
        return self._numbers.get(source_id)

    @cached_property
    def _cited(self) -> dict[int, tuple[tuple[str, ...], str]]:
        return {}

    def cite(self, sources: tuple[str, ...]) -> str:
        """ "[1][3]" for the given source ids; past MAX_CITED numbers, the count of the rest ("[1]…[8] +12").

        Kept per sources tuple, so a reply rendered for several platforms (or again) numbers each line once.
        """
        kept = self._cited.get(id(sources))
        if kept is not None and kept[0] is sources:
            return kept[1]
        numbers = [n for n in map(self._numbers.get, sources) if n is not None]
        first = heapq.nsmallest(MAX_CITED, numbers)
        text = "".join(f"[{n}]" for n in first)
        text += f" +{len(numbers) - MAX_CITED}" if len(numbers) > MAX_CITED else ""
        self._cited[id(sources)] = (sources, text)
        return text


def printable(text: str) -> str:
    """`text` with control and bidirectional-override characters written as visible escapes ("\\u202e")."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


MAX_CITED = 8  # citation numbers shown on one line
MAX_ITEMS = 200  # items of one section a renderer lays out; no platform message could show more
MAX_ARGUMENT = 200  # characters of a user's argument a reply may echo


def capped(items: tuple[Item, ...]) -> tuple[tuple[Item, ...], str | None]:
    """At most MAX_ITEMS items of a section, and a line counting the rest."""
    if len(items) <= MAX_ITEMS:
        return items, None
    return items[:MAX_ITEMS], f"…and {len(items) - MAX_ITEMS:,} more."


def shorten(text: str, limit: int = MAX_ARGUMENT) -> str:
    """A user's argument fit to echo: whitespace collapsed, at most `limit` characters, cut with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cut(text: str, limit: int) -> str:
    """Shorten `text` to `limit` characters at a sentence end if possible, else at a word; never mid-word.

    Never leaves half an HTML escape ("&am") behind, so escaped text stays valid when cut.
    """
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    sentence = max(room.rfind(". "), room.rfind("! "), room.rfind("? "), room.rfind("\n"))
    if sentence > limit // 2:
        return room[: sentence + 1].rstrip() + " …"
    space = room.rfind(" ")
    head = room[:space] if space > 0 else room
    head = re.sub(r"&[a-z]*$", "", head)
    return head.rstrip(" ,;:") + "…"
