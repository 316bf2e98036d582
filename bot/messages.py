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
STALE_AS_OF = "To brief as of the newest source, add --as-of {day}."
NO_DATED_SOURCE = "No source carries a publication date, so freshness is unknown."
MORE = "{shown} of {total} shown; `{call} {section}` lists all."
MORE_TOP = "{shown} of {total} shown; `{call} {section}` lists the top {top}."
MORE_IN_JSON = "{shown} of {total} shown, most important first; `briefbot summit {section} --json` lists all."
CORPUS_ERROR = "The briefing is unavailable: {error}"
INTERNAL_ERROR = "Something went wrong while answering; it has been logged. Please try again."
TOKEN_REFUSED = "{platform} refused {variable} ({reason}): set it to the token shown in the README's {platform} section"
TOKEN_UNCHECKED = "cannot reach {platform} to check {variable} ({reason}): check the network, or {variable}"


# The commands' wording (their structure is in bot.registry): Discord shows at most 100 characters a description.
COMMAND_TEXT = {
    "summit": "The story's briefing, or one section of it",
    "who": "A person's profile, roles, quotes and sources",
    "digest": "This channel's daily digest and new-source alerts",
    "digest subscribe": "Get the digest here every day at a time, in a timezone",
    "digest unsubscribe": "Stop this channel's digest",
    "digest pause": "Pause this channel's digest",
    "digest resume": "Resume this channel's digest",
    "digest status": "Show this channel's digest settings",
    "digest now": "Post the digest here now",
    "digest alerts": "A short alert here when a new source arrives (on), or none (off)",
}
COMMAND_HELP = {
    "summit": "the whole briefing (summary, key dates, open questions, people, disagreements, sources), or one "
    "section: " + ", ".join(SECTIONS),
    "who": "a person's profile: roles, aliases, quotes and sources (any case, accents optional)",
    "digest": "a daily digest here; also unsubscribe, pause, resume, status, now, alerts on|off",
    "help": "this help",
}
ARGUMENT_TEXT = {
    "section": "Only this section",
    "name": "Name, surname or alias; case and accents do not matter",
    "time": "24-hour HH:MM, e.g. 08:30",
    "timezone": "IANA Area/City, e.g. Europe/Budapest",
    "switch": "on or off",
    "about": "Only sources about this keyword or person",
}


DIGEST_TITLE = "Daily digest"
DIGEST_DEVELOPMENT = "New"
DIGEST_MOVED = "Changed"
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
