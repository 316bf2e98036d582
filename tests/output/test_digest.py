"""build_digest: what is new since the last digest, what is coming, staleness, and the one-line no-news case."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from briefings import build_briefing
from briefings.load.corpus import parse_article
from briefings.output.digest import build_digest

OLD_A = (
    "---\npublished: 2024-03-04\n---\nThe council voted on March 4, 2024, to close the river bridge over cracks.\n"
    "Repairs will start on the river bridge in mid-April 2024, the mayor said.\n"
    "What to Watch\n- Will the repairs to the river bridge start on time?\n- Who will pay for the detour?\n"
)
OLD_B = (
    "---\npublished: 2024-03-05\n---\nThe river bridge closed after the council vote on March 4.\n"
    "Repairs to the river bridge are expected within the next two weeks, engineers said.\n"
)
NEW_C = (
    "---\npublished: 2024-03-08\n---\nThe city confirmed that repairs to the river bridge will start on "
    "April 15, 2024, with a detour paid for by the regional government.\n"
    "Key questions\n- Will the ferry service be extended during the repairs?\n"
)
SINCE = datetime(2024, 3, 6, 7, 0, tzinfo=UTC)
NOW = datetime(2024, 3, 9, 7, 0, tzinfo=UTC)


def docs(with_new: bool):  # type: ignore[no-untyped-def]
    old = [
        replace(parse_article(Path(f"{n}.txt"), t), added=datetime(2024, 3, 5, 12, tzinfo=UTC))
        for n, t in (("a", OLD_A), ("b", OLD_B))
    ]
    if with_new:
        old.append(replace(parse_article(Path("c.txt"), NEW_C), added=datetime(2024, 3, 8, 9, tzinfo=UTC)))
    return old


def test_first_digest_has_everything_and_is_not_nothing_new() -> None:
    """A channel's first digest (no `since`) reports the whole picture, not "nothing new"."""
    d = build_digest(build_briefing(docs(False), as_of=NOW.date()), since=None, now=NOW)
    assert not d.nothing_new and {s.id for s in d.new_sources} == {"a", "b"}
    assert d.summary and d.open_questions


def test_an_added_article_is_what_is_new_with_its_dates_questions_and_answers() -> None:
    """The article added after the last digest, its date and question are new; an old question it answers is shown."""
    d = build_digest(build_briefing(docs(True), as_of=NOW.date()), since=SINCE, now=NOW)
    assert [s.id for s in d.new_sources] == ["c"]
    assert any("Apr 15, 2024" in k.label for k in d.new_dates)  # a new value for the known repairs date
    assert [q.text for q in d.new_questions] == ["Will the ferry service be extended during the repairs?"]
    answered = {a.question: a.source for a in d.answered}
    assert answered.get("Who will pay for the detour?") == "c"
    assert not d.nothing_new


def test_nothing_changed_says_so() -> None:
    """No source added since the last digest: nothing_new, and no new items."""
    d = build_digest(build_briefing(docs(False), as_of=NOW.date()), since=SINCE, now=NOW)
    assert d.nothing_new and not d.new_sources and not d.new_dates and not d.answered


def test_upcoming_dates_with_disputes_and_staleness() -> None:
    """Dates ahead are listed in order (disputed ones too); an old newest source makes the digest stale."""
    briefing = build_briefing(docs(True), as_of=date(2024, 3, 9))
    d = build_digest(briefing, since=SINCE, now=NOW, stale_days=7)
    assert d.upcoming and all(k.end >= NOW.date() for k in d.upcoming)
    assert [k.start for k in d.upcoming] == sorted(k.start for k in d.upcoming)
    assert not d.stale and d.newest_age_days == 1
    late = build_digest(briefing, since=SINCE, now=datetime(2024, 3, 30, tzinfo=UTC), stale_days=7)
    assert late.stale and late.newest_age_days == 22


def _quake(name: str, day: str, body: str, added: datetime):  # type: ignore[no-untyped-def]
    return replace(parse_article(Path(name), f"---\npublished: {day}\n---\n{body}\n"), added=added)


def test_a_digest_on_a_growing_story_opens_with_what_changed() -> None:
    """Between two digests new reports raise the toll and tell the search's end: the digest leads with those
    developments and shows the toll's move old → new; a digest after them has nothing new."""
    first = datetime(2031, 5, 2, 9, tzinfo=UTC)
    later = datetime(2031, 5, 9, 9, tzinfo=UTC)
    briefing = build_briefing(
        [
            _quake(
                "o0.txt",
                "2031-05-01",
                "Quake Hits Valley\nAn earthquake killed 120 people in the Arlen valley on Thursday, officials "
                "said. Rescue teams searched collapsed homes through the night.",
                first,
            ),
            _quake(
                "o1.txt",
                "2031-05-02",
                "Valley Mourns\nThe quake in the Arlen valley killed 120 people, according to officials. "
                "Families gathered at the school.",
                first,
            ),
            _quake(
                "n0.txt",
                "2031-05-08",
                "Toll Rises\nThe earthquake in the Arlen valley killed 340 people, officials said on Thursday. "
                "Rescue teams ended the search for survivors and began clearing the rubble.",
                later,
            ),
            _quake(
                "n1.txt",
                "2031-05-09",
                "Search Ends\nOfficials said the earthquake in the Arlen valley killed 340 people. The army took "
                "over the clearing of roads.",
                later,
            ),
        ],
        as_of=date(2031, 5, 9),
    )
    d = build_digest(
        briefing, since=datetime(2031, 5, 3, 7, tzinfo=UTC), now=datetime(2031, 5, 10, 7, tzinfo=UTC)
    )
    assert d.developments and all({"n0", "n1"} & set(s.sources) for s in d.developments)
    assert [c.value for c in d.moved[0].claims] == ["340", "120"]
    quiet = build_digest(
        briefing, since=datetime(2031, 5, 9, 12, tzinfo=UTC), now=datetime(2031, 5, 10, tzinfo=UTC)
    )
    assert quiet.nothing_new and not quiet.developments and not quiet.moved
