"""Render a Reply as a Slack Block Kit payload that never breaks a limit.

Limits (Slack's): at most 50 blocks, section text 3,000 characters, header 150, context 10 elements. What does
not fit is cut at an item or sentence boundary and a pointer says how to see the rest. Every text we did not
write (article text, titles, the user's words) has `&`, `<` and `>` escaped, so `<!channel>` can never ping
and `<http://…|label>` can never mask a link; control and bidirectional characters are shown as escapes.
"""

from __future__ import annotations

from typing import Any

from bot.reply import Item, Reply, Section, capped, cut, printable

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_FALLBACK = 3000
TRUNCATED = "Some parts were shortened to fit Slack; ask for one section, for example `/{command} dates`."


def escape(text: str) -> str:
    """Slack's escaping for text we did not write: `&`, `<` and `>`, so no link or mention is live; control
    and bidirectional characters shown as escapes."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cite(reply: Reply, sources: tuple[str, ...]) -> str:
    return reply.cite(sources)


def _item_line(reply: Reply, item: Item) -> str:
    label = f"*{escape(item.label)}* " if item.label else ""
    cite = _cite(reply, item.sources)
    note = f" _({escape(item.note)})_" if item.note else ""
    line = f"• {label}{escape(item.text)}{' ' + cite if cite else ''}{note}"
    for part in item.parts:
        lead = f"*{escape(part.label)}:* " if part.label else ""
        line += f"\n      ◦ {lead}{escape(part.text)} {_cite(reply, part.sources)}".rstrip()
    return cut(line, MAX_SECTION - 100)


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(cut(text, MAX_SECTION))}


def _context(*texts: str) -> dict[str, Any]:
    return {
        "type": "context",
        "elements": [_mrkdwn(cut(t, MAX_SECTION)) for t in texts[:MAX_CONTEXT_ELEMENTS]],
    }


def _section_blocks(reply: Reply, section: Section) -> list[dict[str, Any]]:
    """A titled section as section blocks of whole items, each under 3,000 characters."""
    blocks: list[dict[str, Any]] = []
    title = f"*{escape(section.title)}*" if section.title else ""
    current = title
    if section.text:
        current = f"{current}\n{escape(section.text)}".strip()
    items, rest = capped(section.items)
    for item in items:
        line = _item_line(reply, item)
        if current and len(current) + 1 + len(line) > MAX_SECTION:
            blocks.append(_section(current))
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        blocks.append(_section(current))
    if rest:
        blocks.append(_context(rest))
    if section.more:
        blocks.append(_context(escape(section.more)))
    return blocks


def _sources_blocks(reply: Reply) -> list[dict[str, Any]]:
    items = tuple(Item(label, label=f"[{i}]") for i, (_sid, label) in enumerate(reply.citations, start=1))
    return _section_blocks(reply, Section("sources", "Sources", items))


def render_blocks(reply: Reply, *, command: str = "summit") -> list[dict[str, Any]]:
    """The Block Kit blocks for a reply, at most 50."""
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": cut(escape(reply.title), MAX_HEADER), "emoji": True},
        }
    ]
    if reply.subtitle:
        blocks.append(_context(escape(reply.subtitle)))
    for section in reply.sections:
        if blocks[-1]["type"] != "header":
            blocks.append({"type": "divider"})
        blocks.extend(_section_blocks(reply, section))
    has_sources = any(s.key == "sources" for s in reply.sections)
    if reply.citations and reply.kind in ("briefing", "digest") and not has_sources:
        blocks.append({"type": "divider"})
        blocks.extend(_sources_blocks(reply))
    if reply.footer:
        blocks.append(_context(f":warning: {escape(reply.footer)}"))
    if len(blocks) > MAX_BLOCKS:
        keep = blocks[: MAX_BLOCKS - 1]
        while keep and keep[-1]["type"] == "divider":
            keep.pop()
        blocks = [*keep, _context(TRUNCATED.format(command=command))]
    return blocks


def fallback_text(reply: Reply) -> str:
    """The plain notification text sent beside the blocks."""
    text = reply.title if not reply.subtitle else f"{reply.title} — {reply.subtitle}"
    return cut(escape(text), MAX_FALLBACK)


def command_response(reply: Reply, *, command: str = "summit") -> dict[str, Any]:
    """The body that answers a slash command: in the channel, or only to the asker (`reply.ephemeral`)."""
    return {
        "response_type": "ephemeral" if reply.ephemeral else "in_channel",
        "text": fallback_text(reply),
        "blocks": render_blocks(reply, command=command),
    }


def message_payload(channel: str, reply: Reply, *, command: str = "summit") -> dict[str, Any]:
    """The arguments of chat.postMessage for posting a reply (a digest) into a channel."""
    return {
        "channel": channel,
        "text": fallback_text(reply),
        "blocks": render_blocks(reply, command=command),
        "unfurl_links": False,
        "unfurl_media": False,
    }
