"""Every user-facing wording in one place."""

from __future__ import annotations

SECTIONS = ("summary", "dates", "questions", "people", "disagreements", "sources")
SECTION_TITLES = {
    "summary": "Summary",
    "dates": "Key dates",
    "background": "Background dates",
    "questions": "Open questions",
    "answered": "Answered since",
    "people": "People",
    "disagreements": "Where sources disagree",
    "agreements": "Where sources agree",
    "sources": "Sources",
}
HELP_TITLE = "How to use Briefbot"
UPDATED = "updated by later reports: {history}"
LATEST = "Latest"
UNKNOWN_SECTION = "Unknown section “{section}”. Try one of: {choices}."
WHO_USAGE = "Tell me whom to look up, for example `/who {example}`."
WHO_NOT_FOUND = "No one called “{name}” appears in the sources."
WHO_SUGGEST = "Did you mean: {names}?"
WHO_NO_SUGGESTION = "Try `{call} people` to see everyone the sources mention."
UNKNOWN_COMMAND = "Unknown command “{command}”. Type /help to see what I can do."
STALE = "The newest source is {days} days old: the story may have moved on."
NO_DATED_SOURCE = "No source carries a publication date, so freshness is unknown."
MORE = "{shown} of {total} shown; `{call} {section}` lists all."
CORPUS_ERROR = "The briefing is unavailable: {error}"
INTERNAL_ERROR = "Something went wrong while answering; it has been logged. Please try again."
TOKEN_REFUSED = "{platform} refused {variable} ({reason}): set it to the token shown in the README's {platform} section"
TOKEN_UNCHECKED = "cannot reach {platform} to check {variable} ({reason}): check the network, or {variable}"


def help_lines(command: str, *, digests: bool = True) -> list[tuple[str, str]]:
    """(usage, explanation) pairs for the help reply (without /digest where digests are not available)."""
    lines = [
        (
            f"/{command}",
            "the whole briefing: summary, key dates, open questions, people, disagreements, sources",
        ),
        (f"/{command} SECTION", "one section: " + ", ".join(SECTIONS)),
        (f"/{command} help", "this help"),
        ("/who NAME", "a person's profile: roles, aliases, quotes and sources (any case, accents optional)"),
        (
            "/digest subscribe HH:MM [Area/City]",
            "a daily digest here; also unsubscribe, pause, resume, status, now, alerts on|off",
        ),
        ("/help", "this help"),
    ]
    return [line for line in lines if digests or not line[0].startswith("/digest")]


DIGEST_TITLE = "Daily digest"
DIGEST_USAGE = (
    "Usage: `/digest subscribe HH:MM [Area/City]`, `/digest unsubscribe`, `/digest pause`, `/digest resume`, "
    "`/digest status`, `/digest now`, `/digest alerts on [keyword or person]`, `/digest alerts off`."
)
ALERTS_ON = (
    "This channel gets a short alert when a new source arrives{about} (at most one every {minutes} minutes)."
)
ALERTS_OFF = "This channel no longer gets new-source alerts."
ALERT_TITLE = "{story}: {count} new source{s}"
DIGEST_SUBSCRIBED = "This channel gets the daily digest at {time} {tz}. Next one: {next}."
DIGEST_UNSUBSCRIBED = "This channel no longer gets the daily digest."
DIGEST_NOT_SUBSCRIBED = (
    "This channel has no daily digest. Start one with `/digest subscribe HH:MM [Area/City]`."
)
DIGEST_PAUSED = "The daily digest for this channel is paused. `/digest resume` starts it again."
DIGEST_RESUMED = "The daily digest for this channel is back on: {time} {tz}. Next one: {next}."
DIGEST_NOTHING_NEW = "Nothing new since the last digest ({since})."
DIGEST_STALE = "The newest source is {days} days old: the story may be stale."
DIGEST_UNAVAILABLE = "Daily digests need the running bot: start it with `briefbot run`."
DIGEST_FORBIDDEN = "Only members who can manage this server or channel can change its digest."
