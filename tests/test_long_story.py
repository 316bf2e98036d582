"""A story followed for weeks: furniture learnt from the corpus, the current state first, one entry per person
and only people, and a short list of questions still open."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from briefings.build import build_briefing
from briefings.load.clean import without_stamps
from briefings.load.structure import structure
from briefings.model import Document, Person, Question
from briefings.story.cast import clean_cast, not_a_person, rank_cast, vocabulary
from briefings.story.watchlist import StoryWords, choose_questions, story_words
from briefings.text import content_stems
from briefings.thresholds import QUESTIONS_SHOWN
from tests.conftest import doc, sentences

START = date(2031, 3, 2)
CALL = (
    "Readers around the world have been sending the newsroom accounts of their search for missing friends and "
    "relatives."
)


def _dated(day: date, body: str, name: str) -> Document:
    return doc(f"---\npublished: {day.isoformat()}\n---\n{body}\n", name)


def _story(extra_early: str = "", extra_late: str = "") -> list[Document]:
    """Early reports of a plea and later reports of a verdict, each carrying the same call for readers."""
    early = [
        _dated(
            START + timedelta(days=i),
            "Plea Entered\nDr Alma Vane has pleaded not guilty to the manslaughter of the harbour pilot. "
            f"The case against the surgeon is expected to take many months to reach a jury. {CALL} "
            f"{extra_early}",
            f"early{i}.txt",
        )
        for i in range(4)
    ]
    late = [
        _dated(
            START + timedelta(days=70 + i),
            "Verdict Reached\nA jury has found Dr Alma Vane guilty of the manslaughter of the harbour pilot. "
            f"The surgeon will be sentenced next month and is expected to appeal the verdict. {CALL} "
            f"{extra_late}",
            f"late{i}.txt",
        )
        for i in range(3)
    ]
    return early + late


def test_a_line_printed_on_many_days_is_never_a_summary_line() -> None:
    """A call for readers' stories that every report carries, early on, is furniture: the summary leaves it out
    (it is the most repeated sentence of the corpus, so a summary by corroboration alone would lead with it)."""
    leads = [
        "Rescue teams pulled four survivors from the collapsed market hall overnight.",
        "The harbour reopened to aid ships after divers cleared the wrecked cranes.",
        "Engineers began checking the cracked dam above the valley town on Thursday.",
        "The airport resumed night flights once the damaged runway lights were fixed.",
        "Schools in the northern districts reopened in tents donated by the aid agencies.",
    ]
    docs = [
        _dated(
            START + timedelta(days=i), f"Quake Update\n{lead} {CALL} Officials gave no new toll.", f"u{i}.txt"
        )
        for i, lead in enumerate(leads)
    ]
    briefing = build_briefing(docs, as_of=START + timedelta(days=5))
    assert briefing.summary
    assert all("search for missing friends" not in s.text for s in briefing.summary)


def test_the_summary_leads_with_the_newest_development_not_the_superseded_plea() -> None:
    """After the verdict the summary opens with it, and the early plea, which the verdict supersedes, is history."""
    briefing = build_briefing(_story(), as_of=START + timedelta(days=73))
    assert "guilty of the manslaughter" in briefing.summary[0].text
    assert all("pleaded not guilty" not in s.text for s in briefing.summary)


def test_the_summary_as_of_the_early_days_tells_the_plea() -> None:
    """Asked while only the early reports exist, the plea is the current state."""
    early = [d for d in _story() if d.id.startswith("early")]
    briefing = build_briefing(early, as_of=START + timedelta(days=4))
    assert "pleaded not guilty" in briefing.summary[0].text


def test_inline_page_stamps_are_cut_and_a_comment_thread_dropped() -> None:
    """A glued "Page last updated at ..." stamp is cut from the text; two reader comments' stamps end the
    article where the thread begins."""
    lines = [
        "Bridge shut for repairs Page last updated at 08:58 GMT, Thursday, 24 June 2032 09:58 UK The bridge is shut.",
        "Engineers found cracks in two of the piers.",
        "Added: Tuesday, 19 January, 2032, 17:08 GMT 17:08 UK Why did nobody check it sooner?",
        "Added: Tuesday, 19 January, 2032, 17:55 GMT 17:55 UK The mayor should resign.",
    ]
    kept = without_stamps(lines)
    assert kept == [
        "Bridge shut for repairs",
        "The bridge is shut.",
        "Engineers found cracks in two of the piers.",
    ]
    blocks = structure(lines)
    assert all("nobody check" not in b.text and "GMT" not in b.text for b in blocks)


def test_the_help_link_after_a_page_stamp_goes_with_it() -> None:
    """ "… Last updated at 11:01 GMT Help The family left court." keeps "The family left court."; a sentence that
    opens with the word ("Help is on the way") keeps it, and so does a line with no stamp."""
    assert without_stamps(["8 November 2032 Last updated at 11:01 GMT Help The family left court."]) == [
        "The family left court."
    ]
    assert without_stamps(
        ["Page last updated at 08:58 GMT, Thursday, 24 June 2032 09:58 UK Help is on the way."]
    ) == ["Help is on the way."]
    assert without_stamps(["Help The family left court."]) == ["Help The family left court."]


def test_a_lone_stamped_line_is_not_a_thread() -> None:
    """One stamp is the page's own: the text after it stays."""
    lines = [
        "Published: Monday, 18 January, 2032, 15:33 GMT 15:33 UK",
        "The ferry resumed service on Monday.",
    ]
    assert without_stamps(lines) == ["The ferry resumed service on Monday."]


def _person(name: str, sources: tuple[str, ...], *aliases: str) -> Person:
    return Person(name=name, roles=(), aliases=aliases, sources=sources, mentions=len(sources))


def test_two_spellings_merge_and_relatives_stay_apart() -> None:
    """ "La Toya Roe" and "LaToya Roe" are one person; her brother "Tito Roe" stays his own entry."""
    vocab = vocabulary(sentences("The family met on Sunday.\n"))
    cast = clean_cast(
        [
            _person("LaToya Roe", ("a", "b")),
            _person("La Toya Roe", ("c",)),
            _person("Tito Roe", ("a", "c")),
        ],
        vocab,
    )
    names = sorted(p.name for p in cast)
    assert names == ["LaToya Roe", "Tito Roe"]
    merged = next(p for p in cast if p.name == "LaToya Roe")
    assert set(merged.sources) == {"a", "b", "c"} and "La Toya Roe" in merged.aliases


def test_a_name_glued_to_a_place_or_a_doubled_word_joins_the_person() -> None:
    """ "Los Angeles Ann Roe" and "Ann Ann Roe" are scraper glue around "Ann Roe"."""
    vocab = vocabulary(sentences("Fans gathered outside on Sunday.\n"))
    cast = clean_cast(
        [_person("Ann Roe", ("a",)), _person("Los Angeles Ann Roe", ("b",)), _person("Ann Ann Roe", ("c",))],
        vocab,
    )
    assert [p.name for p in cast] == ["Ann Roe"]
    assert set(cast[0].sources) == {"a", "b", "c"}


def test_places_nationalities_and_organisations_are_never_people() -> None:
    """A place pair, a nationality, ordinary words and a name written as "the ..." are no people; real names
    that are also places stay."""
    vocab = vocabulary(
        sentences(
            "Many fans and people came to the cross on Sunday, the red flags high, the bill brown with dust.\n"
            "The Relief Fund said it would help, and the Relief Fund sent food.\n"
        ),
        ["Relief Fund"],
    )
    for junk in ("Haiti Many", "Los Angeles Fans", "Matt Frei Haitian", "Red Cross", "Relief Fund", "Brazil"):
        assert not_a_person(junk, vocab) is not None, junk
    for name in (
        "Marco Rubio",
        "Paris Hilton",
        "Michael Jordan",
        "Gordon Brown",
        "Bill Brown",
        "Bill Clinton",
        "Obama",
    ):
        assert not_a_person(name, vocab) is None, name


def test_a_one_word_name_written_as_a_place_is_no_person() -> None:
    """ "in Jacmel", "from Jacmel": a town the list took for a surname; "Obama said" stays a person."""
    vocab = vocabulary(
        sentences(
            "Aid reached Jacmel on Monday. Survivors in Jacmel slept outside.\n"
            "Trucks drove from Jacmel to the capital, Obama said, and Obama sent more.\n"
        ),
        ["Jacmel", "Obama"],
    )
    assert not_a_person("Jacmel", vocab) == "written as a place's"
    assert not_a_person("Obama", vocab) is None


def test_people_rank_by_their_part_in_the_newest_reports() -> None:
    """Named in as many sources, the one the newest reports name comes first; a reporter comes last."""
    published = {
        "old1": START,
        "old2": START,
        "new1": START + timedelta(days=60),
        "new2": START + timedelta(60),
    }
    people = [
        _person("Ann Early", ("old1", "old2")),
        _person("Bo Late", ("new1", "new2")),
        Person("Cy Writer", ("BBC correspondent",), (), ("new1", "new2", "old1"), mentions=3),
    ]
    assert [p.name for p in rank_cast(people, published)] == ["Bo Late", "Ann Early", "Cy Writer"]


def _words(text: str) -> StoryWords:
    """The story words of ten sources that each print `text`."""
    return story_words((f"s{i}", content_stems(text)) for i in range(10))


def test_questions_are_about_the_story_in_the_reporters_voice_and_few() -> None:
    """A reader call-out, dialogue and a sidebar line are left out; at most QUESTIONS_SHOWN are kept."""
    published = {f"d{i}": START for i in range(30)}
    terms = _words("The bridge inspectors found cracks in a span, and the council shut the bridge.")
    asked = [
        Question("Have you been affected by the bridge closure?", ("d0",)),
        Question("Are you going to tell him or am I?", ("d1",)),
        Question("He asked if the bridge was safe,” she said.", ("d2",)),
        Question("It was not clear whether the racing driver would start on Sunday.", ("d3",)),
        *(Question(f"It is unclear when bridge span {i} will reopen.", (f"d{i}",)) for i in range(4, 30)),
    ]
    chosen = choose_questions(asked, published=published, words=terms)
    assert len(chosen) == QUESTIONS_SHOWN
    assert all("reopen" in q.text for q in chosen)


def test_a_question_the_story_has_long_moved_past_is_not_open() -> None:
    """Months after it was asked, with many reports since, an old question is no longer shown as open."""
    published = {"old": START, **{f"n{i}": START + timedelta(days=200 + i) for i in range(12)}}
    terms = _words("Inspectors shut the bridge after cracks were found; repairs will take months.")
    asked = [
        Question("It is unclear when the bridge will reopen.", ("old",)),
        Question("It is not yet known who will pay for the bridge repairs.", ("n3",)),
    ]
    assert [q.sources for q in choose_questions(asked, published=published, words=terms)] == [("n3",)]


def test_the_briefing_bounds_its_questions(tmp_path: Path) -> None:
    """However many sources leave things open, the briefing keeps at most QUESTIONS_SHOWN."""
    docs = [
        _dated(
            START,
            f"Bridge Report {i}\nInspectors said the bridge had cracks. It is unclear when bridge pier {i} will be "
            f"repaired. Officials have not said whether bridge lane {i} will reopen.",
            f"q{i}.txt",
        )
        for i in range(20)
    ]
    briefing = build_briefing(docs, as_of=START)
    assert 0 < len(briefing.open_questions) <= QUESTIONS_SHOWN


def test_a_stamp_with_a_dash_before_its_clock_is_cut() -> None:
    """ "Last updated: 19 January, 2032 - 14:10 GMT" is a stamp too."""
    assert without_stamps(["Last updated: 19 January, 2032 - 14:10 GMT Ferry strike ends"]) == [
        "Ferry strike ends"
    ]
