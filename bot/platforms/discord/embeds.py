"""Render a Reply as Discord messages of embeds that never break a limit.

Limits (Discord's): embed title 256, description 4,096, 25 fields (name 256, value 1,024), footer 2,048, all embeds
of a message together 6,000 characters, 10 embeds a message, content 2,000. A long section continues in a further
embed and, past the message budget, in a further message; past `max_messages` it is cut at an item boundary with
a pointer. Every message carries `allowed_mentions` that parses nothing; in text we did not write, mentions,
markdown (masked links above all) and control characters are escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

from bot.reply import Item, Reply, Section, capped, cut, printable

TITLE, DESCRIPTION, FOOTER, CONTENT = 256, 4096, 2048, 2000
FIELDS, FIELD_NAME, FIELD_VALUE = 25, 256, 1024
MESSAGE_TOTAL, EMBEDS_PER_MESSAGE = 6000, 10
MAX_MESSAGES = 4
NO_MENTIONS: dict[str, Any] = {"parse": []}
CUT_POINTER = "…and more: ask for one section, for example `/{command} dates`."
_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
_MARKDOWN = re.compile(r"[\\\[\]*_~|`]")
_LINE_START = re.compile(r"^([ \t]*)(>|#|-(?=[\s#])|\d+\.(?=\s))", re.MULTILINE)
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
COLOUR = 0x1F3A5F


def escape_mentions(text: str) -> str:
    """Break @everyone, @here, <@id>, <@&id> and <#id> with a zero-width space so they can never ping."""
    return _MENTION.sub(
        lambda m: f"@\u200b{m.group(1)}" if m.group(1) else f"<{m.group(2)}\u200b{m.group(3)}>", text
    )


def escape_markdown(text: str) -> str:
    """Discord markdown in text we did not write shown as typed: no masked link, emphasis, spoiler or heading.

    Every `[` and `]` is escaped (inside a bare URL, percent-encoded), so `[label](http://…)` can never become a
    masked link however it is nested; a bare URL stays a visible, clickable URL.
    """
    out = []
    start = 0
    for url in _URL.finditer(text):
        out.append(_MARKDOWN.sub(r"\\\g<0>", text[start : url.start()]))
        out.append(url.group().replace("[", "%5B").replace("]", "%5D"))
        start = url.end()
    out.append(_MARKDOWN.sub(r"\\\g<0>", text[start:]))
    return _LINE_START.sub(r"\1\\\2", "".join(out))


def escape_text(text: str) -> str:
    """Text we did not write, safe in an embed: controls shown as escapes, markdown and mentions defused."""
    return escape_mentions(escape_markdown(printable(text)))


def timestamp(day: date) -> str:
    """A Discord timestamp showing `day` in each reader's locale (noon UTC, so no zone moves it a day)."""
    moment = datetime.combine(day, time(12, 0), tzinfo=UTC)
    return f"<t:{int(moment.timestamp())}:D>"


def _item_line(reply: Reply, item: Item) -> str:
    label = timestamp(item.when) if item.when else (escape_text(item.label) if item.label else "")
    lead = f"**{label}** " if label else ""
    cite = reply.cite(item.sources)
    note = f" *({escape_text(item.note)})*" if item.note else ""
    line = f"• {lead}{escape_text(item.text)}{' ' + cite if cite else ''}{note}"
    for part in item.parts:
        lead = f"**{escape_text(part.label)}:** " if part.label else ""
        line += f"\n  ◦ {lead}{escape_text(part.text)} {reply.cite(part.sources)}".rstrip()
    return cut(line, FIELD_VALUE * 2)


def embed_size(embed: dict[str, Any]) -> int:
    """The characters Discord counts against the 6,000 a message may carry."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return size + sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))


def _embed(title: str, part: int, description: str) -> dict[str, Any]:
    embed: dict[str, Any] = {"description": description or "—", "color": COLOUR}
    if title:
        embed["title"] = title if part == 0 else cut(f"{title} (continued)", TITLE)
    return embed


def _section_embeds(reply: Reply, section: Section, command: str) -> Iterator[dict[str, Any]]:
    """One embed per section, continued in further embeds when the description would pass 4,096."""
    title = cut(escape_text(section.title), TITLE) if section.title else ""
    lines = [escape_text(section.text)] if section.text else []
    items, rest = capped(section.items)
    lines += [_item_line(reply, item) for item in items]
    if rest:
        lines.append(f"*{rest}*")
    if section.more:
        lines.append(f"*{escape_mentions(printable(section.more))}*")  # our wording, with `commands`
    description = ""
    part = 0
    for line in lines:
        line = cut(line, DESCRIPTION)
        if description and len(description) + 1 + len(line) > DESCRIPTION:
            yield _embed(title, part, description)
            part += 1
            description = line
        else:
            description = f"{description}\n{line}" if description else line
    yield _embed(title, part, description)


def _sources_section(reply: Reply) -> Section:
    items = tuple(Item(label, label=f"[{i}]") for i, (_sid, label) in enumerate(reply.citations, start=1))
    return Section("sources", "Sources", items)


def render_messages(
    reply: Reply, *, command: str = "summit", max_messages: int = MAX_MESSAGES
) -> list[dict[str, Any]]:
    """The reply as one or more message payloads (embeds + allowed_mentions), every limit held."""
    head: dict[str, Any] = {"title": cut(escape_text(reply.title), TITLE), "color": COLOUR}
    if reply.subtitle:
        head["description"] = cut(escape_text(reply.subtitle), DESCRIPTION)
    embeds = [head]
    sections = list(reply.sections)
    if (
        reply.citations
        and reply.kind in ("briefing", "digest")
        and not any(s.key == "sources" for s in sections)
    ):
        sections.append(_sources_section(reply))
    for section in sections:
        embeds.extend(_section_embeds(reply, section, command))
    if reply.footer:
        embeds[-1]["footer"] = {"text": cut(escape_mentions(printable(reply.footer)), FOOTER)}  # no markdown
    messages: list[list[dict[str, Any]]] = [[]]
    for embed in embeds:
        current = messages[-1]
        if current and (
            len(current) >= EMBEDS_PER_MESSAGE
            or sum(map(embed_size, current)) + embed_size(embed) > MESSAGE_TOTAL
        ):
            messages.append([])
        messages[-1].append(embed)
    if len(messages) > max_messages:
        messages = messages[:max_messages]
        last = messages[-1]
        pointer = CUT_POINTER.format(command=command)
        footer = last[-1].setdefault("footer", {"text": ""})
        footer["text"] = cut(f"{footer['text']} {pointer}".strip(), FOOTER)
        while sum(map(embed_size, last)) > MESSAGE_TOTAL and len(last) > 1:
            last.pop(-2)
    return [{"content": None, "embeds": group, "allowed_mentions": NO_MENTIONS} for group in messages]
